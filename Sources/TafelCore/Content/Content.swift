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
    try load { file in
      (Array((EmbeddedContent.files[file.rawValue] ?? "").utf8), "(embedded) " + file.rawValue)
    }
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
      let path = (directory as NSString).appendingPathComponent(file.rawValue)
      if FileManager.default.fileExists(atPath: path) {
        return (try JSONFileDecoder.readBytes(at: path), path)
      }
      return (
        Array((EmbeddedContent.files[file.rawValue] ?? "").utf8), "(embedded) " + file.rawValue
      )
    }
  }

  private static func load(
    _ source: (File) throws(FileError) -> (bytes: [UInt8], path: String)
  ) throws(FileError) -> Content {
    let (colourBytes, colourPath) = try source(.colours)
    let colourTable = try JSONFileDecoder.decode(
      ColourTable.self, from: colourBytes, path: colourPath)
    let (ruleBytes, rulePath) = try source(.pitfallRules)
    let rules = try JSONFileDecoder.decode(PitfallRuleTable.self, from: ruleBytes, path: rulePath)
    let (stepBytes, stepPath) = try source(.developmentSteps)
    let steps = try JSONFileDecoder.decode(
      DevelopmentStepTable.self, from: stepBytes, path: stepPath)
    let (stringBytes, stringPath) = try source(.strings)
    let strings = try JSONFileDecoder.decode(UIStrings.self, from: stringBytes, path: stringPath)
    let (impasseBytes, impassePath) = try source(.impasse)
    let impasse = try JSONFileDecoder.decode(
      ImpasseContent.self, from: impasseBytes, path: impassePath)
    let (deckBytes, deckPath) = try source(.dilemmas)
    let deck = try JSONFileDecoder.decode(DilemmaDeck.self, from: deckBytes, path: deckPath)
    let colours = try orderedColours(colourTable.value.colours, path: colourPath)
    return Content(
      colours: colours, rules: rules.value, steps: steps.value.steps, strings: strings.value,
      impasse: impasse.value, dilemmas: deck.value)
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
