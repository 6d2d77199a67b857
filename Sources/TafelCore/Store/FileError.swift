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
  }

  public var path: String
  public var kind: Kind
  /// Where in the file the problem is, when it is in one place.
  public var position: JSONSourceMap.Position?
  /// For `.invalid`: the position of each problem, in the same order.
  public var problemPositions: [JSONSourceMap.Position?]

  public init(
    path: String, kind: Kind, position: JSONSourceMap.Position? = nil,
    problemPositions: [JSONSourceMap.Position?] = []
  ) {
    self.path = path
    self.kind = kind
    self.position = position
    self.problemPositions = problemPositions
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
    }
  }

  /// Tenths of a megabyte; rounded up where a size over a limit must not read as the limit.
  static func megabytes(_ bytes: Int, roundingUp: Bool = false) -> String {
    let tenths = (bytes * 10 + (roundingUp ? 1_048_575 : 524_288)) / 1_048_576
    return "\(tenths / 10).\(tenths % 10) MB"
  }
}
