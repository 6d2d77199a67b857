import Foundation
import TafelCore

/// What the room may see, and nothing else: the one value that ever leaves the facilitator's
/// laptop (to `tafel wall` over a socket, to participants' phones). It is computed from the
/// state by one pure function, `WallView.of(_:content:)`, with the privacy rule (`Disclosure`)
/// applied there; what is not in it cannot reach the wall, whatever the receiving end draws.
///
/// Never in it: notes of any kind (the workshop's, a person's, a checklist item's, a phase's, a
/// round's), intake texts, the facilitation checklists and prompts, what the facilitators can do
/// about a pitfall, who has chosen what before the reveal, and anything only the facilitator's
/// screen overlays (help, pickers, forms, prompts, notices, file paths, save state).
///
/// Texts from the workshop and the content (names, card and rule texts, topics) arrive written
/// out in the workshop's language, so the receiver needs no content of its own to show them; what
/// Tafel itself names (colours, stages, statuses, phases) travels as a code the receiver words.
public struct WallView: Equatable, Sendable {
  /// What the wall shows; nil while the wall is blank: a blank wall carries nothing else.
  public var page: WallPage?

  public init(page: WallPage?) { self.page = page }

  public static let blank = WallView(page: nil)

  public var isBlank: Bool { page == nil }
}

/// A wall that shows something: the workshop's title and phase, how the wall is set up, and the
/// screen the facilitator is on.
public struct WallPage: Equatable, Sendable, Codable {
  public var language: Language
  public var title: String
  public var phase: ProcessPhase
  /// Block letters and less chrome, for the back of the room.
  public var projector: Bool
  /// First names and group figures only (see `Disclosure`); the receiver may say so.
  public var privacy: Bool
  public var screen: WallScreen
  /// How phones join, while the room is open; nil when it is closed.
  public var join: JoinInfo?

  public init(
    language: Language, title: String, phase: ProcessPhase, projector: Bool, privacy: Bool,
    screen: WallScreen, join: JoinInfo? = nil
  ) {
    self.language = language
    self.title = title
    self.phase = phase
    self.projector = projector
    self.privacy = privacy
    self.screen = screen
    self.join = join
  }
}

/// The facilitator's screen as the room may see it.
public enum WallScreen: Equatable, Sendable {
  case team(TeamWall)
  case group(GroupWall)
  case impasse(ImpasseWall)
  case dilemma(DilemmaWall)
}

// MARK: - JSON

extension WallView: Codable {
  enum CodingKeys: String, CodingKey { case blank, page }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    page = try container.decodeIfPresent(WallPage.self, forKey: .page)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    // Said out loud, so a reader of the bytes sees a blank wall as one.
    try container.encode(isBlank, forKey: .blank)
    try container.encodeIfPresent(page, forKey: .page)
  }

  /// The wall as one line of JSON with its keys sorted: the same view always gives the same bytes,
  /// so a receiver (or a test) can compare snapshots, and a newline can end each one on a socket.
  public func jsonData() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }

  public static func decoded(from data: Data) throws -> WallView {
    try JSONDecoder().decode(WallView.self, from: data)
  }
}

extension WallScreen: Codable {
  // One key naming the screen, holding what it shows: {"team": {...}}.
  enum CodingKeys: String, CodingKey { case team, group, impasse, dilemma }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    guard container.allKeys.count == 1, let key = container.allKeys.first else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "expected exactly one screen"))
    }
    switch key {
    case .team: self = .team(try container.decode(TeamWall.self, forKey: key))
    case .group: self = .group(try container.decode(GroupWall.self, forKey: key))
    case .impasse: self = .impasse(try container.decode(ImpasseWall.self, forKey: key))
    case .dilemma: self = .dilemma(try container.decode(DilemmaWall.self, forKey: key))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .team(let team): try container.encode(team, forKey: .team)
    case .group(let group): try container.encode(group, forKey: .group)
    case .impasse(let impasse): try container.encode(impasse, forKey: .impasse)
    case .dilemma(let dilemma): try container.encode(dilemma, forKey: .dilemma)
    }
  }
}

/// A count per drive colour, in the colours' order; a list rather than a dictionary so it reads
/// as `{"colour": "red", "count": 4}` in JSON.
public struct ColourCount: Equatable, Sendable, Codable {
  public var colour: DriveColour
  public var count: Int

  public init(colour: DriveColour, count: Int) {
    self.colour = colour
    self.count = count
  }
}
