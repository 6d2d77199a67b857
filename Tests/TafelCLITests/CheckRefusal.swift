import Foundation
import Testing

/// Writes `text` as `w.json`, runs `tafel check w.json` and checks what every refusal shares:
/// exit code 1, nothing on standard output, and the file and folder exactly as they were. Gives
/// the lines on standard error.
func checkRefusal(
  _ text: String, language: String = "en", sourceLocation: SourceLocation = #_sourceLocation
) throws -> [String] {
  try withWorkspace { workspace in
    try workspace.write(text, to: "w.json")
    let before = try workspace.bytes("w.json")

    let result = try workspace.tafel("check", "w.json", "--lang", language)

    #expect(result.status == 1, sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    #expect(try workspace.bytes("w.json") == before, sourceLocation: sourceLocation)
    #expect(try workspace.contents() == ["w.json"], sourceLocation: sourceLocation)
    return result.errorLines
  }
}
