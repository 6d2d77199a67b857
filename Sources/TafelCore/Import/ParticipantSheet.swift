/// Participants read from a spreadsheet export (CSV): one row per person with name, organisation,
/// role and the six scores. Headers may be English or Dutch, the separator a comma, a semicolon (as
/// Dutch spreadsheets write) or a tab (or what Excel's `sep=` line names), and the text UTF-8 with
/// or without a byte-order mark. Nothing is guessed: a row that cannot be read exactly as written
/// is a bad row, and one bad row stops the whole import.
public struct ParticipantSheet: Equatable, Sendable {
  /// One person as the sheet gives them.
  public struct Row: Equatable, Sendable {
    /// The row's line in the file, counting from 1.
    public var line: Int
    public var name: String
    public var organisation: String
    public var role: String
    public var scores: DriveScores
    /// The organisation's type, when the sheet has a type column and the cell is filled.
    public var kind: OrganisationKind? = nil
    /// The six rejection scores, when the sheet has them and the row fills all six.
    public var rejection: DriveScores? = nil
  }

  /// A row that cannot be imported, and why.
  public struct RowProblem: Equatable, Sendable {
    public var line: Int
    public var message: Message

    public init(line: Int, message: Message) {
      self.line = line
      self.message = message
    }
  }

  /// Why a sheet cannot be imported. Nothing is imported when any of these occurs.
  public enum Failure: Error, Equatable, Sendable {
    case empty
    /// Not UTF-8 (most often Windows-1252, what Excel's plain "CSV" writes) from this place on.
    case notUTF8(line: Int, column: Int)
    case utf16
    case missingColumns([Column])
    case badRows([RowProblem])
  }

  public var rows: [Row]
  /// Columns whose header names nothing Tafel reads: said, so nothing goes unread unseen.
  public var ignoredColumns: [String] = []

  /// Reads a sheet; throws with every bad row when any row is bad.
  public init(bytes: [UInt8]) throws(Failure) {
    try Self.checkEncoding(bytes)
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var firstLine = 1
    var delimiter = Self.guessDelimiter(bytes[start...])
    if let (separator, end) = Self.separatorLine(bytes, from: start) {
      delimiter = separator
      start = end
      firstLine = 2
    }
    let read = CSVRecords(bytes, from: start, firstLine: firstLine, delimiter: delimiter)
    let records = read.records.filter { !$0.fields.allSatisfy(\.isEmpty) }
    guard let header = records.first else {
      if let line = read.unclosedQuoteLine {
        throw .badRows([RowProblem(line: line, message: Message(.importUnclosedQuote))])
      }
      throw .empty
    }
    let layout = try Layout(header: header)
    var rows: [Row] = []
    var problems: [RowProblem] = []
    var seen: [String: Int] = [:]
    for record in records.dropFirst() {
      switch layout.row(record) {
      case .success(let row):
        let person = row.organisation.lowercased() + "\u{0}" + row.name.lowercased()
        if let earlier = seen[person] {
          problems.append(
            RowProblem(
              line: row.line,
              message: Message(
                .importDuplicatePerson,
                ["name": row.name, "organisation": row.organisation, "line": "\(earlier)"])))
        } else {
          seen[person] = row.line
          rows.append(row)
        }
      case .failure(let failure): problems += failure.problems
      }
    }
    if let line = read.unclosedQuoteLine {
      problems.append(RowProblem(line: line, message: Message(.importUnclosedQuote)))
    }
    guard problems.isEmpty else { throw .badRows(problems) }
    guard !rows.isEmpty else { throw .empty }
    self.rows = rows
    ignoredColumns = layout.ignored
  }

  /// Refuses UTF-16 (by its byte-order mark or its zero bytes) and anything else that is not
  /// UTF-8, at the line and column of the first byte that is not.
  static func checkEncoding(_ bytes: [UInt8]) throws(Failure) {
    // Text in UTF-16 has a zero byte beside every ASCII letter; one stray NUL does not make it.
    let head = bytes.prefix(64)
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
      || (head.count >= 4 && head.filter { $0 == 0 }.count * 4 >= head.count)
    {
      throw .utf16
    }
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var line = 1
    var column = 1
    var previous: Unicode.Scalar?
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        let scalar = Unicode.UTF8.decode(encoded)
        if scalar == "\n" {
          if previous != "\r" { line += 1 }
          column = 1
        } else if scalar == "\r" {
          line += 1
          column = 1
        } else if scalar != "\u{FEFF}" || line > 1 || column > 1 {
          column += 1
        }
        previous = scalar
      case .emptyInput: return
      case .error: throw .notUTF8(line: line, column: column)
      }
    }
  }

  /// The separator that occurs most often in the first line, outside quotes.
  static func guessDelimiter(_ bytes: ArraySlice<UInt8>) -> UInt8 {
    var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 0x09: 0]
    var quoted = false
    for byte in bytes {
      if byte == UInt8(ascii: "\"") { quoted.toggle() }
      if !quoted, byte == 0x0A || byte == 0x0D { break }
      if !quoted, counts[byte] != nil { counts[byte, default: 0] += 1 }
    }
    let ranked: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: ","), 0x09]
    return ranked.max { counts[$0, default: 0] < counts[$1, default: 0] } ?? UInt8(ascii: ",")
  }

  /// Excel's first line `sep=;` names the separator: the separator and where the next line starts.
  static func separatorLine(_ bytes: [UInt8], from start: Int) -> (UInt8, Int)? {
    let prefix = Array("sep=".utf8)
    guard bytes.count >= start + 5,
      zip(bytes[start..<start + 4], prefix).allSatisfy({ $0 | 0x20 == $1 | 0x20 })
    else { return nil }
    let separator = bytes[start + 4]
    var end = start + 5
    while end < bytes.count, bytes[end] == 0x20 { end += 1 }
    // One visible ASCII sign or a tab; a letter, a quote or half a character separates nothing.
    let isLetterOrDigit =
      (0x30...0x39).contains(separator) || (0x41...0x5A).contains(separator)
      || (0x61...0x7A).contains(separator)
    let isSign = (0x21...0x7E).contains(separator) && !isLetterOrDigit
    guard (isSign && separator != UInt8(ascii: "\"")) || separator == 0x09 else { return nil }
    if end < bytes.count, bytes[end] == 0x0D { end += 1 }
    if end < bytes.count, bytes[end] == 0x0A { end += 1 }
    guard end == bytes.count || bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D else {
      return nil
    }
    return (separator, end)
  }

  /// Characters in a name, organisation or role; far more than any, far less than 1 MB.
  static let maximumText = 1_000

  struct RowFailure: Error {
    var problems: [RowProblem]
  }

  /// A whole score from 0 to 100, written in digits only. `0x1F`, `1e2` and `+50` are numbers to
  /// a programmer but not scores a facilitator typed; decimals are refused by `isDecimal` rather
  /// than rounded, so no score changes without a word.
  static func parseScore(_ text: String) -> Int? {
    guard (1...3).contains(text.utf8.count), text.utf8.allSatisfy({ (48...57).contains($0) }),
      let value = Int(text), DriveScores.range.contains(value)
    else { return nil }
    return value
  }

  /// A number with a decimal point or comma, such as `62,5` or `0.72`.
  static func isDecimal(_ text: String) -> Bool {
    let parts = text.split(separator: ",", omittingEmptySubsequences: false).flatMap {
      $0.split(separator: ".", omittingEmptySubsequences: false)
    }
    return parts.count == 2
      && parts.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { (48...57).contains($0) } }
  }
}
