import Foundation

// Compiles Tafel's default content (data/content/*.json) into Swift values, and the demo
// workshop (data/demo/workshop.json) and the phones' page (data/room: page.html, page.js,
// page.css) into strings: the work of the EmbedContent plugin.
// Decoding the content from JSON at every start was half of the time to the first frame; values
// the compiler laid out cost next to nothing. The output is generated at build time, never
// committed.
//
// The shapes below mirror the content types of TafelCore, field by field in the order of their
// initialisers. A field the shapes do not know stops the build with its file and path; a test
// compares the compiled values with the same files read by the strict reader.

/// A JSON value as the content files hold it.
indirect enum JSON: Decodable {
  case string(String)
  case int(Int)
  case double(Double)
  case bool(Bool)
  case array([JSON])
  case object([String: JSON])
  case null

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Int.self) {
      self = .int(value)
    } else if let value = try? container.decode(Double.self) {
      self = .double(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSON].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSON].self))
    }
  }
}

/// The Swift type a JSON value becomes.
indirect enum Shape: Sendable {
  case string
  case int
  case double
  case bool
  /// A `String`-backed enum of TafelCore, written as `Type.case`.
  case enumeration(String)
  case localized(Shape)
  case array(Shape)
  case dictionary(Shape)
  /// A dictionary in JSON, written as a list of (key, value) sorted by key, passed as the
  /// initialiser's argument `label`: looked up by halving, it needs no hashing at start.
  case sortedEntries(label: String, Shape)
  case optional(Shape)
  /// A struct, built with its initialiser: the fields in the order of its parameters.
  case object(String, [(String, Shape)])

  var swiftType: String {
    switch self {
    case .string: "String"
    case .int: "Int"
    case .double: "Double"
    case .bool: "Bool"
    case .enumeration(let name): name
    case .localized(let value): "Localized<\(value.swiftType)>"
    case .array(let element): "[\(element.swiftType)]"
    case .dictionary(let value): "[String: \(value.swiftType)]"
    case .sortedEntries(_, let value): "[(key: String, text: \(value.swiftType))]"
    case .optional(let wrapped): "\(wrapped.swiftType)?"
    case .object(let name, _): name
    }
  }
}

struct CompileError: Error, CustomStringConvertible {
  var description: String
}

let text = Shape.string
let localizedText = Shape.localized(.string)
let localizedList = Shape.localized(.array(.string))
let colour = Shape.enumeration("DriveColour")

let colourTable = Shape.object(
  "ColourTable",
  [
    (
      "colours",
      .array(
        .object(
          "ColourContent",
          [
            ("colour", colour), ("letter", localizedText), ("name", localizedText),
            ("role", localizedText), ("keywords", localizedList), ("strengths", localizedList),
            ("pitfalls", localizedList), ("whyCollaborate", localizedText),
            ("brings", .optional(localizedText)), ("wants", .optional(localizedText)),
            ("whenMissing", localizedText),
          ]))
    )
  ])

let ruleTable = Shape.object(
  "PitfallRuleTable",
  [
    (
      "thresholds",
      .object(
        "AnalysisThresholds",
        [
          ("dominantMargin", .double), ("underRepresentedMargin", .double),
          ("rejectionScore", .int), ("rejectionShare", .double),
        ])
    ),
    (
      "rules",
      .array(
        .object(
          "PitfallRule",
          [
            ("id", text), ("basis", .enumeration("RuleBasis")), ("source", localizedText),
            (
              "when",
              .object(
                "RuleCondition",
                [
                  ("dominant", .optional(.array(colour))),
                  ("underRepresented", .optional(.array(colour))),
                  ("rejectedByMany", .optional(.bool)), ("carriedAlone", .optional(.bool)),
                ])
            ),
            ("title", localizedText), ("question", localizedText),
            ("explanation", localizedText), ("facilitatorMoves", localizedText),
          ]))
    ),
  ])

let stepTable = Shape.object(
  "DevelopmentStepTable",
  [
    (
      "steps",
      .array(
        .object(
          "DevelopmentStep",
          [
            ("id", text), ("colours", .array(colour)), ("name", localizedText),
            ("atRisk", localizedText),
          ]))
    )
  ])

let uiStrings = Shape.object(
  "UIStrings",
  [
    ("strings", .sortedEntries(label: "sorted", localizedText)),
    (
      "plurals",
      .optional(
        .dictionary(.localized(.object("PluralForms", [("one", text), ("other", text)]))))
    ),
  ])

let impasse = Shape.object(
  "ImpasseContent",
  [
    (
      "checklists",
      .array(
        .object(
          "Checklist",
          [
            ("id", text), ("title", localizedText), ("intro", localizedText),
            (
              "items",
              .array(
                .object(
                  "ChecklistItem",
                  [("id", text), ("text", localizedText), ("signals", .optional(.array(text)))]))
            ),
          ]))
    ),
    (
      "topics",
      .array(
        .object(
          "TopicContent", [("id", text), ("name", localizedText), ("question", localizedText)])
      )
    ),
    (
      "legalForms",
      .array(
        .object(
          "LegalFormCard",
          [
            ("id", text), ("name", localizedText), ("summary", localizedText),
            ("liability", localizedText), ("exit", localizedText), ("resources", localizedText),
            ("fitsWhen", localizedText),
          ]))
    ),
    (
      "phases",
      .array(
        .object(
          "PhaseContent",
          [
            ("id", text), ("name", localizedText), ("description", localizedText),
            ("prompts", localizedList),
          ]))
    ),
  ])

let dilemmas = Shape.object(
  "DilemmaDeck",
  [
    (
      "deck",
      .object(
        "DilemmaDeck.Info", [("id", text), ("title", localizedText), ("roundMinutes", .int)])
    ),
    (
      "cards",
      .array(
        .object(
          "DilemmaCard",
          [
            ("id", text), ("title", localizedText), ("situation", localizedText),
            ("options", .array(localizedText)), ("questions", localizedList), ("theme", text),
          ]))
    ),
    (
      "rolePlays",
      .array(
        .object(
          "RolePlayCard",
          [("id", text), ("colour", colour), ("title", localizedText), ("brief", localizedText)]))
    ),
  ])

/// The files, by the name of the value each becomes.
let files: [(name: String, file: String, shape: Shape)] = [
  ("colours", "colours.json", colourTable),
  ("rules", "pitfall-rules.json", ruleTable),
  ("steps", "development-steps.json", stepTable),
  ("strings", "strings.json", uiStrings),
  ("impasse", "impasse.json", impasse),
  ("dilemmas", "dilemmas.json", dilemmas),
]

/// `value` as a Swift expression of `shape`, at `indent`; `path` names it in errors.
func expression(_ value: JSON, _ shape: Shape, path: String, indent: String) throws -> String {
  func wrong() -> CompileError {
    CompileError(description: "\(path): expected \(shape.swiftType), found \(value)")
  }
  switch (shape, value) {
  case (.optional, .null): return "nil"
  case (.optional(let wrapped), _):
    return try expression(value, wrapped, path: path, indent: indent)
  case (.string, .string(let string)): return literal(string)
  case (.int, .int(let number)): return String(number)
  case (.double, .int(let number)): return String(number)
  case (.double, .double(let number)): return "\(number)"
  case (.bool, .bool(let flag)): return String(flag)
  case (.enumeration(let name), .string(let raw)):
    guard let first = raw.unicodeScalars.first, CharacterSet.lowercaseLetters.contains(first),
      raw.unicodeScalars.allSatisfy(CharacterSet.alphanumerics.contains)
    else { throw CompileError(description: "\(path): \"\(raw)\" is no \(name)") }
    return "\(name).\(raw)"
  case (.localized(let inner), .object(let languages)):
    let fields: [(String, Shape)] = [("nl", inner), ("en", inner)]
    return try initialiser(shape.swiftType, fields, languages, path: path, indent: indent)
  case (.array(let element), .array(let elements)):
    if elements.isEmpty { return "[]" }
    let inner = indent + "  "
    let items = try elements.enumerated().map { index, item in
      inner + (try expression(item, element, path: "\(path)[\(index)]", indent: inner))
    }
    return "[\n" + items.joined(separator: ",\n") + ",\n\(indent)]"
  case (.dictionary(let valueShape), .object(let entries)),
    (.sortedEntries(_, let valueShape), .object(let entries)):
    let isDictionary: Bool
    if case .dictionary = shape { isDictionary = true } else { isDictionary = false }
    if entries.isEmpty { return isDictionary ? "[:]" : "[]" }
    let inner = indent + "  "
    // Sorted by Swift's own order of strings: the order `UIStrings` searches its list in.
    let items = try entries.keys.sorted().map { key in
      let entry = try expression(entries[key]!, valueShape, path: "\(path).\(key)", indent: inner)
      return inner + (isDictionary ? literal(key) + ": " + entry : "(\(literal(key)), \(entry))")
    }
    return "[\n" + items.joined(separator: ",\n") + ",\n\(indent)]"
  case (.object(let name, let fields), .object(let members)):
    return try initialiser(name, fields, members, path: path, indent: indent)
  default:
    throw wrong()
  }
}

func initialiser(
  _ name: String, _ fields: [(String, Shape)], _ members: [String: JSON], path: String,
  indent: String
) throws -> String {
  let known = Set(fields.map(\.0))
  if let unknown = members.keys.sorted().first(where: { !known.contains($0) }) {
    throw CompileError(description: "\(path): \"\(unknown)\" is not a field of \(name)")
  }
  let inner = indent + "  "
  let arguments = try fields.map { field, shape in
    guard let member = members[field] else {
      if case .optional = shape { return inner + "\(field): nil" }
      throw CompileError(description: "\(path): \(name) needs \"\(field)\"")
    }
    var label = field
    if case .sortedEntries(let argument, _) = shape { label = argument }
    return inner + "\(label): "
      + (try expression(member, shape, path: "\(path).\(field)", indent: inner))
  }
  return "\(name)(\n" + arguments.joined(separator: ",\n") + "\n\(indent))"
}

/// A Swift string literal of `string`.
func literal(_ string: String) -> String {
  var result = "\""
  for scalar in string.unicodeScalars {
    switch scalar {
    case "\"": result += "\\\""
    case "\\": result += "\\\\"
    case "\n": result += "\\n"
    case "\r": result += "\\r"
    case "\t": result += "\\t"
    case _ where scalar.value < 0x20 || scalar.value == 0x7F:
      result += "\\u{\(String(scalar.value, radix: 16))}"
    default: result.unicodeScalars.append(scalar)
    }
  }
  return result + "\""
}

/// A raw multi-line literal holding `text` exactly.
func rawLiteral(_ text: String) -> String {
  var hashes = "#"
  while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
  return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
}

func compile(root: URL) throws -> String {
  var lines = [
    "// Generated at build time by ContentCompiler (the EmbedContent plugin) from data/content",
    "// data/demo and data/room. Not committed; edit those files instead.",
    "// swift-format-ignore-file",
    "",
    "/// The default content, the demo workshop and the phones' page, compiled in so that the binary works when",
    "/// copied alone, and starts without decoding them.",
    "enum EmbeddedContent {",
  ]
  for (name, file, shape) in files {
    let url = root.appendingPathComponent("data/content/\(file)")
    let value = try JSONDecoder().decode(JSON.self, from: Data(contentsOf: url))
    let body = try expression(value, shape, path: file, indent: "  ")
    lines.append("  static let \(name): \(shape.swiftType) = \(body)")
    lines.append("")
  }
  // The demo stays a file's text: `tafel demo` writes it out byte for byte.
  let demo = try String(
    contentsOf: root.appendingPathComponent("data/demo/workshop.json"), encoding: .utf8)
  var demoText = demo
  while demoText.hasSuffix("\n") { demoText.removeLast() }
  lines.append("  static let demoWorkshop = \(rawLiteral(demoText))")
  lines.append("")
  // The participants' page (issue 15) stays files' text too, served byte for byte: the page, its
  // script and its style.
  for (name, file) in [
    ("roomPage", "page.html"), ("roomScript", "page.js"), ("roomStyle", "page.css"),
  ] {
    var text = try String(
      contentsOf: root.appendingPathComponent("data/room/\(file)"), encoding: .utf8)
    while text.hasSuffix("\n") { text.removeLast() }
    lines.append("  static let \(name) = \(rawLiteral(text))")
  }
  lines.append("}")
  lines.append("")
  return lines.joined(separator: "\n")
}
