import Foundation
import TOMLKit
import TafelCore

/// The facilitator's defaults from `$XDG_CONFIG_HOME/tafel/config.toml` (else
/// `~/.config/tafel/config.toml`); options on the command line take precedence. A file that is
/// missing is no problem; a broken one is reported with its line and Tafel starts with its
/// defaults (every good setting of a file with a bad value or an unknown key still counts).
struct UserConfig: Sendable, Equatable {
  var language: Language?
  var theme: OpenCommand.ThemeChoice?
  /// Where `tafel new NAME` puts a bare name, where `tafel open NAME` also looks, and where the
  /// demo copy is kept.
  var workshops: String?
  var content: String?
  var deck: String?
  /// The room's address for the phone room (`[room] address`): kept, not used yet.
  var roomAddress: String?

  /// What went wrong in the file, each with its line, to show before or in the interface.
  var problems: [Message] = []

  /// The settings of this run, read once.
  static let current = UserConfig.load(environment: ProcessEnvironment.current)

  static func path(environment: [String: String]) -> String {
    let base =
      environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
      ?? FilePaths.joined(environment["HOME"] ?? NSHomeDirectory(), ".config")
    return FilePaths.joined(FilePaths.joined(base, "tafel"), "config.toml")
  }

  static func load(environment: [String: String]) -> UserConfig {
    let path = path(environment: environment)
    // The common case costs one failed open: no file, no parser (and not Foundation's file
    // reading, whose first use cost a tenth of a millisecond of every start).
    let bytes: [UInt8]
    do throws(FileError) {
      bytes = try FileBytes.read(at: path)
    } catch {
      // A folder on the way that is a file means no config file either, as it always did.
      if error.kind == .notFound || error.systemCode == ENOTDIR { return UserConfig() }
      return UserConfig(problems: [Message(.configUnreadable, ["file": path])])
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return UserConfig(problems: [Message(.configNotText, ["file": path])])
    }
    return parse(text, path: path)
  }

  /// The settings in `text`, a TOML document read from `path`.
  static func parse(_ text: String, path: String) -> UserConfig {
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      let at = error.source.begin
      return UserConfig(problems: [
        Message(
          .configSyntax,
          [
            "file": path, "line": "\(at.line)", "column": "\(at.column)",
            "reason": error.description,
          ]
        )
      ])
    } catch {
      return UserConfig(problems: [
        Message(.configSyntax, ["file": path, "line": "1", "column": "1", "reason": "\(error)"])
      ])
    }
    var config = UserConfig()
    var reader = Reader(text: text, path: path)
    for key in table.keys.sorted() {
      guard let value = table[key] else { continue }
      switch key {
      case "language":
        config.language = reader.choice(key, value, Language.allCases.map(\.rawValue))
          .flatMap(Language.init(rawValue:))
      case "theme":
        config.theme = reader.choice(key, value, OpenCommand.ThemeChoice.allCases.map(\.rawValue))
          .flatMap(OpenCommand.ThemeChoice.init(rawValue:))
      case "workshops": config.workshops = reader.path(key, value)
      case "content": config.content = reader.path(key, value)
      case "deck": config.deck = reader.path(key, value)
      case "room":
        guard let room = value.table else {
          reader.wrong(key, value, .configNotATable)
          continue
        }
        for roomKey in room.keys.sorted() {
          guard let roomValue = room[roomKey] else { continue }
          if roomKey == "address" {
            config.roomAddress = reader.text("room.address", roomValue)
          } else {
            reader.unknown("room." + roomKey)
          }
        }
      default: reader.unknown(key)
      }
    }
    config.problems = reader.problems.sorted { $0.line < $1.line }.map(\.message)
    return config
  }

  /// Every setting the file may hold, for the message about an unknown one.
  static let knownKeys = ["language", "theme", "workshops", "content", "deck", "room.address"]

  /// Reads values and collects problems with the line each is on.
  private struct Reader {
    let lines: [Substring]
    let path: String
    var problems: [(line: Int, message: Message)] = []

    init(text: String, path: String) {
      lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      self.path = path
    }

    mutating func choice(_ key: String, _ value: TOMLValueConvertible, _ allowed: [String])
      -> String?
    {
      guard let text = value.string, allowed.contains(text) else {
        let list = allowed.map { "\"\($0)\"" }.joined(separator: ", ")
        report(
          key,
          Message(
            .configBadValue,
            ["key": key, "value": Self.shown(value), "expected": list]))
        return nil
      }
      return text
    }

    mutating func text(_ key: String, _ value: TOMLValueConvertible) -> String? {
      guard let text = value.string, !text.isEmpty else {
        wrong(key, value, .configNotAText)
        return nil
      }
      return text
    }

    mutating func path(_ key: String, _ value: TOMLValueConvertible) -> String? {
      text(key, value).map { FilePaths.expandingTilde($0) }
    }

    mutating func wrong(_ key: String, _ value: TOMLValueConvertible, _ problem: StringKey) {
      report(key, Message(problem, ["key": key, "value": Self.shown(value)]))
    }

    /// The value as the file has it, cut short: a table or array can be long.
    static func shown(_ value: TOMLValueConvertible) -> String {
      let text = value.tomlValue.debugDescription
        .split(separator: "\n").joined(separator: " ")
      return text.count > 40 ? String(text.prefix(39)) + "…" : text
    }

    mutating func unknown(_ key: String) {
      report(
        key,
        Message(
          .configUnknownKey, ["key": key, "known": UserConfig.knownKeys.joined(separator: ", ")]))
    }

    private mutating func report(_ key: String, _ message: Message) {
      let line = self.line(of: key)
      var message = message
      message.arguments["file"] = path
      message.arguments["line"] = "\(line)"
      problems.append((line, message))
    }

    /// The line a key is set on: after its table's header (`[room]`), or as a dotted key
    /// (`room.address`). TOMLKit keeps no positions, and a config file is small.
    private func line(of key: String) -> Int {
      let parts = key.split(separator: ".")
      let name = String(parts.last ?? "")
      var start = 0
      if parts.count > 1, let header = lines.firstIndex(where: { isHeader($0, String(parts[0])) }) {
        start = header + 1
      }
      for index in start..<lines.count where sets(lines[index], name) || sets(lines[index], key) {
        return index + 1
      }
      if parts.count > 1, let header = lines.firstIndex(where: { isHeader($0, String(parts[0])) }) {
        return header + 1
      }
      return lines.firstIndex { isHeader($0, key) }.map { $0 + 1 } ?? 1
    }

    private func sets(_ line: Substring, _ key: String) -> Bool {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      for quoted in [key, "\"\(key)\"", "'\(key)'"] where trimmed.hasPrefix(quoted) {
        let rest = trimmed.dropFirst(quoted.count).drop { $0 == " " || $0 == "\t" }
        if rest.hasPrefix("=") { return true }
      }
      return false
    }

    private func isHeader(_ line: Substring, _ table: String) -> Bool {
      line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "")
        == "[\(table)]"
    }
  }
}
