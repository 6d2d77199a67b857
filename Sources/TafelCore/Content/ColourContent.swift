/// What Tafel tells the room about one drive colour, in both languages.
public struct ColourContent: Codable, Sendable, Equatable {
  public var colour: DriveColour
  /// The short letter code shown with every bar, so a bar reads without colour ("Ge", "Y").
  public var letter: Localized<String>
  public var name: Localized<String>
  public var role: Localized<String>
  public var keywords: Localized<[String]>
  public var strengths: Localized<[String]>
  public var pitfalls: Localized<[String]>
  /// Why someone with this drive would collaborate at all.
  public var whyCollaborate: Localized<String>
  /// What this colour brings to a collaboration, and what it wants from one; a profile shows
  /// both for a person's first two colours. Optional so an older content folder still loads.
  public var brings: Localized<String>?
  public var wants: Localized<String>?
  /// What the facilitators can do when the group lacks this colour.
  public var whenMissing: Localized<String>
}

/// The shape of `colours.json`.
struct ColourTable: Codable, Sendable {
  var colours: [ColourContent]
}
