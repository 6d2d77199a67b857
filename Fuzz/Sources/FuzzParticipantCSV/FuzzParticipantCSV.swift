// libFuzzer target: a spreadsheet export's bytes through `ParticipantSheet`, then what
// `tafel import` does with a sheet that reads: import it into a workshop and save it.
//
// What must hold for any input (a broken one is reported as a crash):
// - reading either succeeds or throws a `Failure` that says what is wrong; a bad row is named by
//   a line that is in the file;
// - every row read has a name, an organisation and six scores from 0 to 100, and no control
//   character in any text;
// - importing the rows into an empty and into the demo workshop adds or updates each row once,
//   leaves a workshop that validates and survives encode then decode unchanged, and importing
//   the same sheet again adds no one.
//
// Tests/TafelCoreTests/FuzzRegressionTests.swift checks the same for every file in
// Fuzz/Regressions.
import TafelCore

let strings: UIStrings = {
  do {
    return try Content.embedded().strings
  } catch {
    fatalError("the embedded content must load: \(error)")
  }
}()

let workshops: [Workshop] = {
  do {
    return [Workshop(title: "Leeg"), try DemoWorkshop.load()]
  } catch {
    fatalError("the demo workshop must load: \(error)")
  }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParticipantCSV(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
  let sheet: ParticipantSheet
  do {
    sheet = try ParticipantSheet(bytes: bytes)
  } catch {
    checkFailure(error, in: bytes)
    return 0
  }
  checkRows(sheet, in: bytes)
  for workshop in workshops { checkImport(sheet, into: workshop) }
  return 0
}

/// The lines a spreadsheet program would show: CR LF, CR and LF each end one.
func lineCount(_ bytes: [UInt8]) -> Int {
  var count = 1
  for (index, byte) in bytes.enumerated() {
    if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
      count += 1
    }
  }
  return count
}

func checkFailure(_ failure: ParticipantSheet.Failure, in bytes: [UInt8]) {
  switch failure {
  case .empty, .utf16:
    break
  case .notUTF8(let line, let column):
    if !(1...lineCount(bytes)).contains(line) || column < 1 {
      fatalError("not UTF-8 at \(line):\(column) of a file with \(lineCount(bytes)) lines")
    }
  case .missingColumns(let columns):
    if columns.isEmpty || columns.contains(.role) { fatalError("missing columns: \(columns)") }
  case .badRows(let problems):
    if problems.isEmpty { fatalError("bad rows without problems") }
    let lines = lineCount(bytes)
    for problem in problems {
      // Line 1 may be the header (a column named twice).
      if !(1...lines).contains(problem.line) {
        fatalError("a bad row on line \(problem.line) of a file with \(lines) lines")
      }
      for language in Language.allCases where strings.text(problem.message, in: language).isEmpty {
        fatalError("an empty message for \(problem)")
      }
    }
  }
}

func checkRows(_ sheet: ParticipantSheet, in bytes: [UInt8]) {
  if sheet.rows.isEmpty { fatalError("a sheet without rows") }
  let lines = lineCount(bytes)
  for row in sheet.rows {
    if !(2...lines).contains(row.line) {
      fatalError("a row on line \(row.line) of a file with \(lines) lines")
    }
    if row.name.allSatisfy(\.isWhitespace) || row.organisation.allSatisfy(\.isWhitespace) {
      fatalError("a row without a name or organisation: \(row)")
    }
    for text in [row.name, row.organisation, row.role]
    where TextSafety.firstControlCharacter(in: text) != nil {
      fatalError("a control character got in: \(row)")
    }
    for colour in DriveColour.allCases where !DriveScores.range.contains(row.scores[colour]) {
      fatalError("a score out of range: \(row)")
    }
  }
}

func checkImport(_ sheet: ParticipantSheet, into original: Workshop) {
  var workshop = original
  let summary = workshop.importParticipants(sheet)
  if summary.added.count + summary.updated.count != sheet.rows.count {
    fatalError("\(sheet.rows.count) rows, but \(summary)")
  }
  let problems = workshop.validate()
  if !problems.isEmpty { fatalError("the imported workshop does not validate: \(problems)") }
  do {
    let decoded = try WorkshopStore.decode(
      try WorkshopStore.encode(workshop), path: "imported.json")
    if decoded != workshop { fatalError("encode then decode changed the imported workshop") }
  } catch {
    fatalError(
      "the imported workshop does not save and load: "
        + error.messages(strings, in: .en).joined(separator: "\n"))
  }
  var again = workshop
  let second = again.importParticipants(sheet)
  if !second.added.isEmpty || !second.createdOrganisations.isEmpty {
    fatalError("importing the same sheet again added \(second)")
  }
}
