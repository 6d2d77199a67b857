import Foundation

/// Reads and writes workshop files. Writing is atomic (a temporary file in the same folder, flushed
/// to disk, then renamed over the old one) and leaves the file readable by its owner only:
/// profiles are personal data. `FILE.bak` holds an earlier whole version: the interface makes it
/// once, when it opens the file (`keepBackup`), and its saves leave it alone; a command that
/// writes once (`tafel import`) keeps the version it replaced.
public enum WorkshopStore {
  /// Loads the workshop at `path`. Refuses files that are not JSON, do not have a workshop's shape,
  /// or come from a newer Tafel; with `validating`, also workshops with problems in their content.
  public static func load(from path: String, validating: Bool = true) throws(FileError) -> Workshop
  {
    let bytes = try FileBytes.read(at: path)
    return try decode(bytes, path: path, validating: validating)
  }

  /// `load` on bytes already read, with `path` named in errors.
  public static func decode(
    _ bytes: [UInt8], path: String, validating: Bool = true
  ) throws(FileError) -> Workshop {
    let sourceMap: JSONSourceMap
    do {
      sourceMap = try JSONSourceMap(bytes, recordingPositions: false, buildingTree: true)
    } catch {
      throw FileError(
        path: path, kind: .notJSON(expected: error.expected, found: error.found),
        position: error.position)
    }
    // The fast way: the strict reader's values decoded as they are. A file it cannot take
    // (another version, a value of the wrong kind, an unknown key) goes the slow way, which
    // says what is wrong.
    if let tree = sourceMap.tree,
      let version = tree.rootInteger("schemaVersion", in: bytes),
      version <= Workshop.currentSchemaVersion,
      let (workshop, hasUnknownKeys) = TreeDecoding.decode(Workshop.self, bytes: bytes, tree: tree),
      !hasUnknownKeys
    {
      let workshop = try validated(
        workshop, path: path, validating: validating, sourceMap: sourceMap)
      if let journal = tree.child(of: 0, named: "journal") {
        let lines = tree.childIndices(of: journal).map {
          bytes[tree.nodes[$0].start..<tree.nodes[$0].end]
        }
        JournalLineCache.shared.remember(workshop.journal, lines: lines)
      }
      return workshop
    }
    return try decodeReportingProblems(bytes, path: path, validating: validating)
  }

  /// The slow way in, through `JSONDecoder` with every key and position recorded: it finds
  /// what is wrong with a file and says where.
  static func decodeReportingProblems(
    _ bytes: [UInt8], path: String, validating: Bool = true
  ) throws(FileError) -> Workshop {
    let sourceMap: JSONSourceMap
    do {
      sourceMap = try JSONSourceMap(bytes, recordingPositions: true)
    } catch {
      throw FileError(
        path: path, kind: .notJSON(expected: error.expected, found: error.found),
        position: error.position)
    }
    let header = try JSONFileDecoder.decode(
      SchemaHeader.self, from: bytes, path: path, sourceMap: sourceMap)
    if header.schemaVersion > Workshop.currentSchemaVersion {
      throw FileError(
        path: path,
        kind: .newerSchema(
          version: header.schemaVersion, supported: Workshop.currentSchemaVersion),
        position: sourceMap.position(of: [.key("schemaVersion")]))
    }
    let log = KeyLog()
    let decoder = JSONDecoder()
    decoder.userInfo[KeyLog.userInfoKey] = log
    let workshop: Workshop
    do {
      workshop = try JSONFileDecoder.decode(
        KeyRecorded<Workshop>.self, from: bytes, path: path, sourceMap: sourceMap,
        decoder: decoder
      ).value
    } catch {
      // A field missing beside an unknown key is most often that key misspelt ("knid" for
      // "kind"): the unknown key, with its suggestion, is what the person must change.
      // Keys after the one that failed were never asked for, so only a key that resembles the
      // missing one counts.
      let unknown = UnknownKeys.problems(in: sourceMap, log: log).filter { problem in
        guard case .unknownKey(let suggestion?) = problem.kind else { return false }
        return error.isMissing(suggestion, in: FieldPath(problem.path.components.dropLast()))
      }
      guard !unknown.isEmpty else { throw error }
      throw FileError(
        path: path, kind: .invalid(unknown),
        problemPositions: unknown.map { sourceMap.keyPosition(of: $0.path) })
    }
    // A key the model never read would be gone after the next save: refused, never dropped.
    let unknown = UnknownKeys.problems(in: sourceMap, log: log)
    return try validated(
      workshop, path: path, validating: validating, sourceMap: sourceMap, unknown: unknown)
  }

  /// `workshop` as the current version, or the problems of its content (and its `unknown`
  /// keys) with their positions.
  private static func validated(
    _ workshop: Workshop, path: String, validating: Bool, sourceMap: JSONSourceMap,
    unknown: [ValidationProblem] = []
  ) throws(FileError) -> Workshop {
    var workshop = workshop
    var problems = unknown
    var positions = unknown.map { sourceMap.keyPosition(of: $0.path) }
    if validating {
      let invalid = workshop.validate()
      problems += invalid
      positions += sourceMap.nearestPositions(of: invalid.map(\.path))
    }
    if !problems.isEmpty {
      // In file order, so that the list reads from top to bottom; validation already gives
      // its problems in that order, so only a mix of both needs sorting.
      if !unknown.isEmpty, problems.count > unknown.count {
        let order = positions.indices.sorted { lhs, rhs in
          let left = positions[lhs].map { ($0.line, $0.column) } ?? (Int.max, Int.max)
          let right = positions[rhs].map { ($0.line, $0.column) } ?? (Int.max, Int.max)
          return left != right ? left < right : lhs < rhs
        }
        problems = order.map { problems[$0] }
        positions = order.map { positions[$0] }
      }
      throw FileError(path: path, kind: .invalid(problems), problemPositions: positions)
    }
    // Older versions read as they are (what they lack has defaults); from here on the workshop
    // is the current version, and is saved as such.
    workshop.schemaVersion = Workshop.currentSchemaVersion
    return workshop
  }

  /// The bytes of a workshop file: UTF-8, pretty-printed, keys sorted, so a workshop kept in git
  /// diffs cleanly. The journal is one entry per line: a session's history is as many new lines
  /// at its end (5,000 entries are about 1.2 MB). The lines of entries written before
  /// are reused (`JournalLineCache`) unless `reusingJournalLines` is false.
  public static func encode(_ workshop: Workshop, reusingJournalLines: Bool = true)
    throws(FileError) -> [UInt8]
  {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var bytes: [UInt8]
    do {
      var body = workshop
      body.journal = []
      bytes = [UInt8](try encoder.encode(body)) + [0x0A]
      if !workshop.journal.isEmpty {
        let lines =
          reusingJournalLines
          ? try JournalLineCache.shared.lines(of: workshop.journal)
          : try JournalLineCache.encode(workshop.journal[...])
        try JournalLines.insert(lines, into: &bytes)
      }
    } catch {
      throw FileError(path: "", kind: .writeFailed(reason: "\(error)"))
    }
    // A file the reader refuses would be a workshop that no longer opens.
    let limit = FileBytes.maximumSize
    guard bytes.count <= limit else {
      throw FileError(path: "", kind: .tooLarge(bytes: bytes.count, limit: limit))
    }
    return bytes
  }

  /// Writes `workshop` to `path` atomically; with `keepingBackup`, the version it replaces
  /// becomes `path.bak`.
  public static func save(_ workshop: Workshop, to path: String, keepingBackup: Bool = true)
    throws(FileError)
  {
    var bytes: [UInt8]
    do {
      bytes = try encode(workshop)
    } catch {
      throw FileError(path: path, kind: error.kind)
    }
    try AtomicFile.write(bytes, to: path, backup: keepingBackup ? path + ".bak" : nil)
  }

  /// Makes `path.bak` the file as it is now (whole, private, never through a link planted at
  /// the backup's name). The interface calls it once on opening, so the backup is the workshop
  /// as it was before this session, not one keystroke old.
  public static func keepBackup(of path: String) throws(FileError) {
    try AtomicFile.keepBackup(of: path, at: path + ".bak")
  }

  /// Writes any file the way a workshop is written: atomically, readable by its owner only; no
  /// backup is kept. Without `replacing`, a file (or link) already at `path` is left alone and
  /// the write fails with `.existsWithoutForce`.
  public static func writeFile(_ bytes: [UInt8], to path: String, replacing: Bool = false)
    throws(FileError)
  {
    try AtomicFile.write(
      bytes, to: path, backup: nil, existing: replacing ? .replace : .refuse(.existsWithoutForce))
  }

  /// Writes a new workshop file; refuses to replace anything at `path`, a dangling link
  /// included, even one that appears while the file is being written.
  public static func create(_ workshop: Workshop, at path: String) throws(FileError) {
    var bytes: [UInt8]
    do {
      bytes = try encode(workshop)
    } catch {
      throw FileError(path: path, kind: error.kind)
    }
    try AtomicFile.write(bytes, to: path, backup: nil, existing: .refuse(.alreadyExists))
  }

  /// Only the version, read first so a newer file is refused before its shape is judged.
  private struct SchemaHeader: Decodable {
    var schemaVersion: Int
  }
}

extension FileError {
  /// True when the error says that `key` of the object at `object` is missing or wrong.
  fileprivate func isMissing(_ key: String, in object: FieldPath) -> Bool {
    switch kind {
    case .missingField(let field, let name): field == object && name == key
    case .wrongValue(let field, _): field == object.appending(key)
    default: false
    }
  }
}
