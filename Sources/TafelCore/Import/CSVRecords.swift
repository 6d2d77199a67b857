/// The records of a delimited text file (RFC 4180 as spreadsheet programs write it), each with
/// the line it starts on. Written here rather than taken from a library because a refusal must
/// name the line where a quote opens and is never closed; a reader that takes the rest of the
/// file into that field hides the row that is really wrong.
struct CSVRecords {
  struct Record: Equatable {
    var fields: [String]
    /// The line the record starts on, counting from 1.
    var line: Int
  }

  var records: [Record] = []
  /// The line of a quote that opens a field and is not closed before the file ends.
  var unclosedQuoteLine: Int?

  /// Reads `bytes` from `start`, which is on line `firstLine`. CR LF, a lone CR and LF each end a
  /// line. Spaces around a field are dropped; inside quotes everything is kept.
  init(_ bytes: [UInt8], from start: Int, firstLine: Int, delimiter: UInt8) {
    let quote = UInt8(ascii: "\"")
    var index = start
    var line = firstLine
    var fields: [String] = []
    var field: [UInt8] = []
    var recordLine = line
    var quoted = false
    var wasQuoted = false

    func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || (byte == 0x09 && delimiter != 0x09) }

    func endField() {
      var text = field[...]
      if !wasQuoted {
        while let first = text.first, isBlank(first) { text = text.dropFirst() }
      }
      while let last = text.last, isBlank(last), !wasQuoted { text = text.dropLast() }
      fields.append(String(decoding: text, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
      wasQuoted = false
    }

    while index < bytes.count {
      let byte = bytes[index]
      if quoted {
        if byte == quote {
          if index + 1 < bytes.count, bytes[index + 1] == quote {
            field.append(quote)
            index += 2
            continue
          }
          quoted = false
        } else {
          if byte == 0x0A
            || (byte == 0x0D && !(index + 1 < bytes.count && bytes[index + 1] == 0x0A))
          {
            line += 1
          }
          field.append(byte)
        }
        index += 1
        continue
      }
      switch byte {
      case quote where field.allSatisfy(isBlank) && !wasQuoted:
        // A quote opens a field only at its start; elsewhere it is an ordinary character.
        field.removeAll(keepingCapacity: true)
        quoted = true
        wasQuoted = true
        unclosedQuoteLine = line
      case delimiter:
        endField()
      case 0x0A, 0x0D:
        if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
        endField()
        records.append(Record(fields: fields, line: recordLine))
        fields.removeAll()
        line += 1
        recordLine = line
      default:
        // Text after a closing quote (`"a"b`) is kept, as spreadsheet programs keep it.
        if wasQuoted, isBlank(byte) { break }
        field.append(byte)
      }
      index += 1
    }
    if quoted { return }
    unclosedQuoteLine = nil
    if !fields.isEmpty || !field.isEmpty || wasQuoted {
      endField()
      records.append(Record(fields: fields, line: recordLine))
    }
  }
}
