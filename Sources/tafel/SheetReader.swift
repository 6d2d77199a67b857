import TafelCore
import TafelUI

/// Reads a spreadsheet for the import inside the interface, with the checks of `tafel import`:
/// the same size limit and reader, the same sheet rules, the same words for what is wrong.
enum SheetReader {
  static func read(_ path: String, content: Content, language: Language) -> SheetReading {
    let strings = content.strings
    let expanded = FilePaths.expandingTilde(path)
    let bytes: [UInt8]
    do {
      bytes = try FileBytes.read(at: expanded)
    } catch {
      return .refused(error.messages(strings, in: language))
    }
    do {
      return .sheet(try ParticipantSheet(bytes: bytes))
    } catch .badRows(let problems) {
      // The file is named in the title; each row by its line, as a spreadsheet numbers them.
      return .refused(
        problems.map { problem in
          strings.text(
            .uiImportLine,
            ["line": "\(problem.line)", "message": strings.text(problem.message, in: language)],
            in: language)
        })
    } catch {
      return .refused(ImportCommand.messages(for: error, path: path, strings, language))
    }
  }
}
