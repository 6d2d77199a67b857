/// One moment of the process to look back at: the workshop as it stood at the end of a session
/// (replayed from the journal), with who was there.
public struct HistoryPoint: Equatable, Sendable {
  /// The session's number, from 1.
  public var number: Int
  public var date: String
  public var title: String
  public var workshop: Workshop
  /// Present, by id; empty when nobody was ticked (then the profile is everyone's).
  public var present: [String]

  public init(number: Int, date: String, title: String, workshop: Workshop, present: [String]) {
    self.number = number
    self.date = date
    self.title = title
    self.workshop = workshop
    self.present = present
  }

  /// The people the group profile of this moment is about.
  public var room: [Participant] { ProfileShift.room(workshop, present) }
}

/// One step of the timeline (←/→ through the sessions): the group profile, comfort needs and
/// formalisation topics as they stood at the end of a session, and what moved since the one
/// before, with the profile's move explained (who was present versus changed scores).
public struct TimelineStep: Equatable, Sendable {
  public var point: HistoryPoint
  public var profile: GroupProfile
  /// Since the session before; nil for the first.
  public var shift: ProfileShift?
  public var moves: WorkshopMoves?

  /// The steps for `points`, in the order given (oldest first).
  public static func steps(_ points: [HistoryPoint], thresholds: AnalysisThresholds)
    -> [TimelineStep]
  {
    points.indices.map { index in
      let point = points[index]
      guard index > 0 else {
        return TimelineStep(
          point: point,
          profile: GroupProfile(scores: point.room.map(\.scores), thresholds: thresholds),
          shift: nil, moves: nil)
      }
      let previous = points[index - 1]
      let shift = ProfileShift(
        earlier: previous.workshop, presentBefore: previous.present, later: point.workshop,
        presentAfter: point.present, thresholds: thresholds)
      return TimelineStep(
        point: point, profile: shift.after, shift: shift,
        moves: WorkshopMoves(from: previous.workshop, to: point.workshop))
    }
  }
}
