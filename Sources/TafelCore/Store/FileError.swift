/// Why a file could not be read or written, with everything a person needs to act on it: the
/// file's path and, where it applies, the line and column of the problem and what was expected.
public struct FileError: Error, Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    case notFound
    case isDirectory
    case unreadable(reason: String)
    case tooLarge(bytes: Int, limit: Int)
    case notJSON(expected: Message, found: Message)
    /// The JSON is well-formed but a value is not what the format needs.
    case wrongValue(field: FieldPath, expected: Message)
    case missingField(field: FieldPath, name: String)
    case newerSchema(version: Int, supported: Int)
    case invalid([ValidationProblem])
    case alreadyExists
    case writeFailed(reason: String)
    case locked(LockOwner)
    /// Another program rewrote or replaced the file since Tafel last read or wrote it.
    case changedSinceOpened
    /// The file was deleted or moved away since Tafel last read or wrote it.
    case goneSinceOpened
    /// A name Tafel keeps for its own files beside a workshop (`.lock`, `.bak`).
    case reservedName
    /// A symbolic link where Tafel creates a file of its own (a lock, a report): Tafel never
    /// follows one there, or it would write into whatever the link points at.
    case symbolicLink
    /// Something Tafel did not make where it creates a file of its own: another user's file, a
    /// hard link to another file, or not a plain file. Tafel never writes into it.
    case notMadeByTafel
    /// An existing file that only an explicit `--force` may replace.
    case existsWithoutForce
    /// The workshop being read, its backup or its lock: an export never writes over them.
    case workshopItself
  }

  public var path: String
  public var kind: Kind
  /// Where in the file the problem is, when it is in one place.
  public var position: JSONSourceMap.Position?
  /// For `.invalid`: the position of each problem, in the same order.
  public var problemPositions: [JSONSourceMap.Position?]
  /// The C library's error number behind a `reason`, so the reason can be said in the
  /// facilitator's language rather than the system's English.
  public var systemCode: Int32?

  public init(
    path: String, kind: Kind, position: JSONSourceMap.Position? = nil,
    problemPositions: [JSONSourceMap.Position?] = [], systemCode: Int32? = nil
  ) {
    self.path = path
    self.kind = kind
    self.position = position
    self.problemPositions = problemPositions
    self.systemCode = systemCode
  }

  /// A write that the system refused with `code` (`errno`).
  public static func writeFailed(_ path: String, errno code: Int32) -> FileError {
    FileError(
      path: path, kind: .writeFailed(reason: SystemError.describe(errno: code)), systemCode: code)
  }

  /// A read that the system refused with `code` (`errno`).
  public static func unreadable(_ path: String, errno code: Int32) -> FileError {
    FileError(
      path: path, kind: .unreadable(reason: SystemError.describe(errno: code)), systemCode: code)
  }

  /// The reason the system gave, in `language` for the errors Tafel commonly meets; the
  /// system's own text otherwise.
  public func systemReason(_ strings: UIStrings, in language: Language) -> String? {
    guard let code = systemCode else {
      switch kind {
      case .writeFailed(let reason), .unreadable(let reason): return reason
      default: return nil
      }
    }
    return SystemError.text(errno: code, strings, in: language)
  }

  /// The messages to show, one per problem: `path:line:column: what is wrong`.
  public func messages(_ strings: UIStrings, in language: Language) -> [String] {
    switch kind {
    case .invalid(let problems):
      return problems.enumerated().map { index, problem in
        let position = index < problemPositions.count ? problemPositions[index] : nil
        let place = strings.text(.placeField, ["field": problem.path.description], in: language)
        return located(position) + place + strings.text(problem.message, in: language)
      }
    case .notJSON(let expected, let found):
      let text = strings.text(
        .fileNotJSON,
        [
          "expected": strings.text(expected, in: language),
          "found": strings.text(found, in: language),
        ], in: language)
      return [located(position) + text]
    case .wrongValue(let field, let expected):
      let text = strings.text(
        .fileWrongValue,
        ["field": field.description, "expected": strings.text(expected, in: language)],
        in: language)
      return [located(position) + text]
    default:
      var message = message
      if message.arguments["reason"] != nil, let reason = systemReason(strings, in: language) {
        message.arguments["reason"] = reason
      }
      return [located(position) + strings.text(message, in: language)]
    }
  }

  private func located(_ position: JSONSourceMap.Position?) -> String {
    position.map { "\(path):\($0.line):\($0.column): " } ?? "\(path): "
  }

  /// The message for a single-problem error, without the location prefix; `messages` adds the
  /// nested parts (what was expected and found) that a `Message` cannot carry.
  public var message: Message {
    switch kind {
    case .notFound: Message(.fileNotFound)
    case .isDirectory: Message(.fileIsDirectory)
    case .unreadable(let reason): Message(.fileUnreadable, ["reason": reason])
    case .tooLarge(let bytes, let limit):
      Message(
        .fileTooLarge, ["size": Self.megabytes(bytes), "limit": Self.megabytes(limit)])
    case .notJSON: Message(.fileNotJSON)
    case .wrongValue(let field, _): Message(.fileWrongValue, ["field": field.description])
    case .missingField(let field, let name):
      Message(
        .fileMissingField,
        ["field": field.description.isEmpty ? "/" : field.description, "name": name])
    case .newerSchema(let version, let supported):
      Message(.problemNewerSchema, ["version": "\(version)", "supported": "\(supported)"])
    case .invalid(let problems): Message(.fileInvalid, ["count": "\(problems.count)"])
    case .alreadyExists: Message(.fileAlreadyExists)
    case .writeFailed(let reason): Message(.fileWriteFailed, ["reason": reason])
    case .locked(let owner):
      Message(.fileLocked, ["pid": "\(owner.processID)", "host": owner.host, "since": owner.since])
    case .changedSinceOpened: Message(.fileChangedSinceOpened)
    case .goneSinceOpened: Message(.fileGoneSinceOpened)
    case .reservedName: Message(.fileReservedName)
    case .symbolicLink: Message(.fileSymbolicLink)
    case .notMadeByTafel: Message(.fileNotMadeByTafel)
    case .existsWithoutForce: Message(.fileExistsWithoutForce)
    case .workshopItself: Message(.fileWorkshopItself)
    }
  }

  /// Tenths of a megabyte; rounded up where a size over a limit must not read as the limit.
  static func megabytes(_ bytes: Int, roundingUp: Bool = false) -> String {
    let tenths = (bytes * 10 + (roundingUp ? 1_048_575 : 524_288)) / 1_048_576
    return "\(tenths / 10).\(tenths % 10) MB"
  }
}
