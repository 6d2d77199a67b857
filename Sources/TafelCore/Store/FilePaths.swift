/// Path arithmetic Tafel needs, without `NSString`: on Linux, swift-corelibs-foundation 6.3's
/// `deletingLastPathComponent` traps on a relative name of one character ("b"), which is a name a
/// facilitator may well type at the save-as prompt.
public enum FilePaths {
  /// The folder part of `path`, as `NSString.deletingLastPathComponent` gives it: "" for a bare
  /// name, "/" for a name in the root, and no trailing slash otherwise.
  public static func folder(of path: String) -> String {
    var characters = Substring(path)
    while characters.count > 1, characters.hasSuffix("/") { characters.removeLast() }
    guard let slash = characters.lastIndex(of: "/") else { return "" }
    var folder = characters[..<slash]
    while folder.hasSuffix("/") { folder.removeLast() }
    return folder.isEmpty ? "/" : String(folder)
  }

  /// The folder of `path` to open or list: "." for a bare name.
  public static func openableFolder(of path: String) -> String {
    let folder = folder(of: path)
    return folder.isEmpty ? "." : folder
  }
}
