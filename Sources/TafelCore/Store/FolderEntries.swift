#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The names in a folder, read with `readdir`. Every start lists two folders (the workshop's,
/// for leftover temporary files, and the wall sockets'), and FileManager's listing cost as much
/// as reading the demo workshop.
public enum FolderEntries {
  /// Every name in `folder` but "." and "..", in the order the file system gives them; nil when
  /// the folder cannot be read.
  public static func names(in folder: String) -> [String]? {
    guard let directory = opendir(folder) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }
}
