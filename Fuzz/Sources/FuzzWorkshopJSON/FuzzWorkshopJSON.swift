// libFuzzer target: a workshop file's bytes through `WorkshopStore.decode`, validating and not.
//
// What must hold for any input (a broken one is reported as a crash):
// - decoding either succeeds or throws a `FileError` that names the file, and, for every kind
//   that is about the file's text, a line and column inside the file; its messages render in
//   both languages;
// - a workshop that decodes encodes, and the encoded bytes decode to an equal workshop.
//
// Tests/TafelCoreTests/FuzzRegressionTests.swift checks the same for every file in
// Fuzz/Regressions.
import TafelCore

let fileName = "fuzz.json"

let strings: UIStrings = {
  do {
    return try Content.embedded().strings
  } catch {
    fatalError("the embedded content must load: \(error)")
  }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkshopJSON(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
  checkDecode(bytes, validating: true)
  checkDecode(bytes, validating: false)
  return 0
}

func checkDecode(_ bytes: [UInt8], validating: Bool) {
  let workshop: Workshop
  do {
    workshop = try WorkshopStore.decode(bytes, path: fileName, validating: validating)
  } catch {
    checkError(error, in: bytes)
    return
  }
  let encoded: [UInt8]
  do {
    encoded = try WorkshopStore.encode(workshop)
  } catch {
    fatalError("a decoded workshop does not encode: \(error)")
  }
  let again: Workshop
  do {
    again = try WorkshopStore.decode(encoded, path: fileName, validating: validating)
  } catch {
    fatalError(
      "an encoded workshop does not decode (validating: \(validating)): "
        + error.messages(strings, in: .en).joined(separator: "\n"))
  }
  if again != workshop {
    fatalError("encode then decode changed the workshop:\n\(workshop)\n---\n\(again)")
  }
}

func checkError(_ error: FileError, in bytes: [UInt8]) {
  if error.path != fileName { fatalError("the error names \(error.path), not the file") }
  let positions: [JSONSourceMap.Position?]
  switch error.kind {
  case .notJSON, .wrongValue, .missingField, .newerSchema:
    positions = [error.position]
  case .invalid(let problems):
    if problems.isEmpty { fatalError("an invalid workshop without problems") }
    if error.problemPositions.count != problems.count {
      fatalError("\(problems.count) problems but \(error.problemPositions.count) positions")
    }
    positions = error.problemPositions
  default:
    fatalError("decoding bytes threw an unexpected kind of error: \(error.kind)")
  }
  let lineCount = bytes.count(where: { $0 == 0x0A }) + 1
  let found = positions.compactMap { $0 }
  if found.count != positions.count { fatalError("no position for \(error.kind)") }
  for position in found {
    if !(1...lineCount).contains(position.line) || position.column < 1 {
      fatalError("position \(position) is outside the file's \(lineCount) lines: \(error.kind)")
    }
  }
  for language in Language.allCases {
    let lines = error.messages(strings, in: language)
    if lines.count != found.count { fatalError("\(lines.count) messages: \(error.kind)") }
    for (line, position) in zip(lines, found) {
      let prefix = "\(fileName):\(position.line):\(position.column): "
      if !line.hasPrefix(prefix) || line.count <= prefix.count {
        fatalError("the message does not start with \(prefix) and say something: \(line)")
      }
    }
  }
}
