import Foundation
import TafelCore

/// The folder for workshops from config.toml (`workshops = "~/Workshops"`): a bare file name
/// (no `/`) given to `tafel new` goes there, and `tafel open NAME` looks there when the current
/// folder has no such file. Without the setting, names are taken as given.
enum WorkshopFolder {
  static func forNew(_ name: String, folder: String? = UserConfig.current.workshops) -> String {
    guard let folder, isBare(name) else { return name }
    return FilePaths.joined(folder, name)
  }

  static func existing(_ name: String, folder: String? = UserConfig.current.workshops) -> String {
    guard let folder, isBare(name), !FileManager.default.fileExists(atPath: name) else {
      return name
    }
    let inFolder = FilePaths.joined(folder, name)
    return FileManager.default.fileExists(atPath: inFolder) ? inFolder : name
  }

  private static func isBare(_ name: String) -> Bool {
    !name.contains("/") && !name.hasPrefix("~") && name != "." && name != ".."
  }
}
