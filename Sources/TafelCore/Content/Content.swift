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

  /// The content embedded in the binary, from `data/content` at build time.
  public static func embedded() throws(FileError) -> Content {
    try load { file in embeddedSource(file) }
  }

  /// Only the embedded UI strings: for messages before the rest of the content is needed, such as
  /// a usage error or a broken config file.
  public static func embeddedStrings() throws(FileError) -> UIStrings {
    let (bytes, path, _) = embeddedSource(.strings)
    return try JSONFileDecoder.decodeTrusted(UIStrings.self, from: bytes, path: path)
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
      if FileManager.default.fileExists(atPath: path) {
        return (try JSONFileDecoder.readBytes(at: path), path, false)
      }
      return embeddedSource(file)
    }
  }

  /// The embedded copy of `file`: trusted, because a test checks it against `data/content`.
  private static func embeddedSource(_ file: File) -> (bytes: [UInt8], path: String, trusted: Bool)
  {
    (Array((EmbeddedContent.files[file.rawValue] ?? "").utf8), "(embedded) " + file.rawValue, true)
  }

  private static func load(
    _ source: (File) throws(FileError) -> (bytes: [UInt8], path: String, trusted: Bool)
  ) throws(FileError) -> Content {
    func decode<T: Decodable>(_ type: T.Type, _ file: File) throws(FileError) -> (T, String) {
      let (bytes, path, trusted) = try source(file)
      if trusted { return (try JSONFileDecoder.decodeTrusted(type, from: bytes, path: path), path) }
      return (try JSONFileDecoder.decode(type, from: bytes, path: path).value, path)
    }
    let (colourTable, colourPath) = try decode(ColourTable.self, .colours)
    let (rules, _) = try decode(PitfallRuleTable.self, .pitfallRules)
    let (steps, _) = try decode(DevelopmentStepTable.self, .developmentSteps)
    let (strings, _) = try decode(UIStrings.self, .strings)
    let (impasse, _) = try decode(ImpasseContent.self, .impasse)
    let (deck, _) = try decode(DilemmaDeck.self, .dilemmas)
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
