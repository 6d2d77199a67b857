import Foundation
import TafelCore

/// The facilitator's own copy of the demo workshop, so the shipped demo is never changed.
enum DemoCopy {
  static func ensure(environment: [String: String], strings: UIStrings, language: Language) throws
    -> String
  {
    let base =
      environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? FilePaths.joined(NSHomeDirectory(), ".local/share")
    let folder = UserConfig.current.workshops ?? FilePaths.joined(base, "tafel")
    let path = FilePaths.joined(folder, "demo.json")
    if FileManager.default.fileExists(atPath: path) { return path }
    let content = try Content.embedded()
    // Private from the start: the copy will hold profiles the facilitator types in.
    try reportingFileErrors(content, language) { () throws(FileError) in
      try PrivateFolder.create(folder)
    }
    try reportingFileErrors(content, language) { () throws(FileError) in
      try WorkshopStore.create(try DemoWorkshop.load(), at: path)
    }
    Console.error(strings.text(.demoCopyMade, ["file": path], in: language))
    return path
  }
}
