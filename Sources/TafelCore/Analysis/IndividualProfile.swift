/// What a participant's scores say about them: the order of their drives (their "logic") and
/// their first two colours, by which the room knows them ("a green-blue person").
public struct IndividualProfile: Equatable, Sendable {
  public var colourOrder: [DriveColour]

  public init(scores: DriveScores) {
    colourOrder = scores.colourOrder
  }

  public var first: DriveColour { colourOrder[0] }
  public var second: DriveColour { colourOrder[1] }

  /// The two-colour label used in the room, such as "groen-blauw" or "green-blue".
  public func label(_ content: Content, in language: Language) -> String {
    content.colour(first).name[language] + "-" + content.colour(second).name[language]
  }
}
