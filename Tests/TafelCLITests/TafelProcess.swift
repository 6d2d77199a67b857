import Foundation
import Testing

/// What one run of the `tafel` binary did.
struct TafelResult {
  var status: Int32
  var stdout: String
  var stderr: String

  /// The non-empty lines written to standard error.
  var errorLines: [String] {
    stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
  }
}

/// Runs the real, built `tafel` executable as a child process.
enum TafelProcess {
  /// A fixed environment, so that results do not depend on the machine: a UTF-8 locale that
  /// names no language, and no TERM.
  static let environment = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]

  /// The `tafel` binary built next to the test bundle.
  static let executable: URL = {
    guard let found = locateExecutable() else {
      fatalError("no executable named tafel found above the test bundle")
    }
    return found
  }()

  /// Runs `tafel` with `arguments` in `directory`. Standard output and error go to files, not
  /// pipes, so a long report cannot fill a pipe and block the child.
  static func run(
    _ arguments: [String], in directory: URL, environment: [String: String] = environment,
    input: String? = nil
  ) throws -> TafelResult {
    let captures = FileManager.default.temporaryDirectory
      .appendingPathComponent("TafelCLITests-output-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: captures, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: captures) }
    let outURL = captures.appendingPathComponent("stdout")
    let errURL = captures.appendingPathComponent("stderr")
    try Data().write(to: outURL)
    try Data().write(to: errURL)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)

    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = environment
    process.currentDirectoryURL = directory
    if let input {
      // A file, not a pipe: the answer is there before the question, as a typed line would be.
      let inURL = captures.appendingPathComponent("stdin")
      try Data(input.utf8).write(to: inURL)
      process.standardInput = try FileHandle(forReadingFrom: inURL)
    } else {
      process.standardInput = FileHandle.nullDevice
    }
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    #expect(process.terminationReason == .exit, "tafel was killed by a signal")

    return TafelResult(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }

  /// Walks up from the running test executable until a folder holds an executable file named
  /// `tafel`. On Linux `/proc/self/exe` is the test runner inside the build folder; the bundle
  /// and argv[0] are fallbacks for other platforms.
  private static func locateExecutable() -> URL? {
    var starts: [URL] = []
    if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      starts.append(URL(fileURLWithPath: exe))
    }
    starts.append(Bundle.main.bundleURL)
    if let first = CommandLine.arguments.first {
      starts.append(URL(fileURLWithPath: first))
    }
    for start in starts {
      var folder = start.standardizedFileURL.deletingLastPathComponent()
      while folder.path != "/" {
        let candidate = folder.appendingPathComponent("tafel")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
          !isDirectory.boolValue, FileManager.default.isExecutableFile(atPath: candidate.path)
        {
          return candidate
        }
        folder.deleteLastPathComponent()
      }
    }
    return nil
  }
}

/// The package's own files, found from this source file's place in `Tests/TafelCLITests/`.
enum PackageFiles {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  static func data(_ relativePath: String) -> URL {
    root.appendingPathComponent("data").appendingPathComponent(relativePath)
  }
}

/// A temporary folder of its own for one test.
struct Workspace {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("TafelCLITests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  func write(_ text: String, to name: String) throws {
    try Data(text.utf8).write(to: url.appendingPathComponent(name))
  }

  func bytes(_ name: String) throws -> Data {
    try Data(contentsOf: url.appendingPathComponent(name))
  }

  func text(_ name: String) throws -> String {
    String(decoding: try bytes(name), as: UTF8.self)
  }

  func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }

  /// The permission bits of the file, such as `0o600`.
  func mode(_ name: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path(name))
    return ((attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1) & 0o777
  }

  /// Anouk Hoëvenaars' yellow score in the workshop file `name`: 72 in the demo, and the score
  /// the end-to-end tests change.
  func anoukYellow(in name: String = "w.json") throws -> Int? {
    let saved = try JSONSerialization.jsonObject(with: try bytes(name)) as? [String: Any]
    let people = saved?["participants"] as? [[String: Any]] ?? []
    let anouk = people.first { $0["name"] as? String == "Anouk Hoëvenaars" }
    return (anouk?["scores"] as? [String: Int])?["yellow"]
  }

  func contents() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
  }

  /// Runs `tafel` with this folder as its working directory.
  func tafel(
    _ arguments: String..., environment: [String: String] = TafelProcess.environment
  ) throws -> TafelResult {
    try TafelProcess.run(arguments, in: url, environment: environment)
  }

  func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Runs `body` with a fresh workspace and removes it afterwards, whatever happens.
func withWorkspace<T>(_ body: (Workspace) throws -> T) throws -> T {
  let workspace = try Workspace()
  defer { workspace.remove() }
  return try body(workspace)
}

/// The 1-based line and column (counted in characters) where `needle` first occurs in `text`.
func position(of needle: String, in text: String) -> (line: Int, column: Int)? {
  guard let range = text.range(of: needle) else { return nil }
  let before = text[..<range.lowerBound]
  let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
  let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
  return (line, before[lineStart...].unicodeScalars.count + 1)
}
