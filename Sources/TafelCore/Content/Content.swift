import Foundation

/// All of Tafel's content: the colours, the pitfall rules with their thresholds, the development
/// steps and the UI strings, in Dutch and English. The defaults are embedded in the binary; a
/// facilitator may point Tafel at a folder of their own files.
public struct Content: Sendable, Equatable {
  /// The content files a content folder may hold, each replacing the embedded default.
  public enum File: String, CaseIterable, Sendable {
    case colours = "colours.json"
    case pitfallRules = "pitfall-rules.json"
    case developmentSteps = "development-steps.json"
    case strings = "strings.json"
    case impasse = "impasse.json"
    case dilemmas = "dilemmas.json"
  }

  public var colours: [ColourContent]
  public var rules: PitfallRuleTable
  public var steps: [DevelopmentStep]
  public var strings: UIStrings
  public var impasse: ImpasseContent
  public var dilemmas: DilemmaDeck

  public func colour(_ colour: DriveColour) -> ColourContent {
    colours[colour.canonicalIndex]
  }

  /// The content embedded in the binary: `data/content`, compiled into Swift values at build
  /// time (the EmbedContent plugin), so nothing is decoded here.
  public static func embedded() throws(FileError) -> Content {
    try load { _ throws(FileError) in nil }
  }

  /// Only the embedded UI strings: for messages before the rest of the content is needed, such as
  /// a usage error or a broken config file.
  public static func embeddedStrings() throws(FileError) -> UIStrings {
    EmbeddedContent.strings
  }

  /// The embedded content with every file found in `directory` taking the place of its default.
  public static func load(overridingWith directory: String) throws(FileError) -> Content {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
      throw FileError(path: directory, kind: .notFound)
    }
    guard isDirectory.boolValue else {
      throw FileError(
        path: directory, kind: .wrongValue(field: [], expected: Message(.expectFolder)))
    }
    return try load { file throws(FileError) in
      let path = FilePaths.joined(directory, file.rawValue)
      guard FileManager.default.fileExists(atPath: path) else { return nil }
      return (try FileBytes.read(at: path), path)
    }
  }

  /// The content with each file that `source` gives (its bytes and path) read by the strict
  /// reader in place of the embedded value.
  private static func load(
    _ source: (File) throws(FileError) -> (bytes: [UInt8], path: String)?
  ) throws(FileError) -> Content {
    func value<T: Decodable>(_ file: File, _ embedded: T) throws(FileError) -> (T, String) {
      guard let (bytes, path) = try source(file) else {
        return (embedded, "(embedded) " + file.rawValue)
      }
      return (try JSONFileDecoder.decode(T.self, from: bytes, path: path).value, path)
    }
    let (colourTable, colourPath) = try value(.colours, EmbeddedContent.colours)
    let (rules, _) = try value(.pitfallRules, EmbeddedContent.rules)
    let (steps, _) = try value(.developmentSteps, EmbeddedContent.steps)
    let (strings, _) = try value(.strings, EmbeddedContent.strings)
    let (impasse, _) = try value(.impasse, EmbeddedContent.impasse)
    let (deck, _) = try value(.dilemmas, EmbeddedContent.dilemmas)
    let colours = try orderedColours(colourTable.colours, path: colourPath)
    return Content(
      colours: colours, rules: rules, steps: steps.steps, strings: strings, impasse: impasse,
      dilemmas: deck)
  }

  /// The colour entries in canonical order; every colour must be there exactly once.
  private static func orderedColours(
    _ entries: [ColourContent], path: String
  ) throws(FileError) -> [ColourContent] {
    var ordered: [ColourContent] = []
    for colour in DriveColour.allCases {
      guard let entry = entries.first(where: { $0.colour == colour }) else {
        throw FileError(
          path: path, kind: .missingField(field: [.key("colours")], name: colour.rawValue))
      }
      ordered.append(entry)
    }
    return ordered
  }
}
