import TafelCore

/// Editing one participant's scores in place: up/down picks the colour, left/right and the page
/// keys change it, digits type a value. The workshop changes with every keystroke, so the bars and
/// the group profile follow live; the keystrokes until Enter are one undo step, and Esc puts back
/// what was there before (`Document.discardStep`).
public struct ScoreEditor: Equatable, Sendable {
  public var participantID: String
  public var colour: DriveColour
  /// Digits typed so far for the current colour, or nil when none are being typed.
  public var typed: String?

  public init(participantID: String, colour: DriveColour = .yellow) {
    self.participantID = participantID
    self.colour = colour
  }
}
