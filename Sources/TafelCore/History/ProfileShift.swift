/// How the group profile moved from one moment to another (the end of two sessions), and why:
/// a different room (who was present) or different scores (people who filled in again). A mean
/// that rose by 7 can be two new directors with much red, or three people whose red went up;
/// the facilitator needs to say which.
///
/// The split is exact: `after - before == presence + scores` for every colour. `presence` is
/// the move of the mean with everyone's earlier scores (the later room scored as they were
/// then, minus the earlier room); `scores` is the rest: the later room with its later scores
/// minus the same room with its earlier scores. Someone new to the workshop counts with the
/// scores they have (no earlier ones), so only presence moves for them.
public struct ProfileShift: Equatable, Sendable {
  public struct ColourShift: Equatable, Sendable {
    public var colour: DriveColour
    public var before: Double
    public var after: Double
    /// The part of the move that comes from who was present.
    public var presence: Double
    /// The part that comes from changed scores of people present the second time.
    public var scores: Double

    public var change: Double { after - before }
  }

  /// One person's score that changed between the two moments (people present the second time).
  public struct ScoreChange: Equatable, Sendable {
    public var participant: String
    public var colour: DriveColour
    public var from: Int
    public var to: Int
  }

  public var before: GroupProfile
  public var after: GroupProfile
  public var colours: [ColourShift]
  /// Present the second time and not the first, by id, in the later workshop's order.
  public var joined: [String]
  /// Present the first time and not the second, by id, in the earlier workshop's order.
  public var left: [String]
  public var changedScores: [ScoreChange]

  /// The shift from `earlier` (with those in `presentBefore` present) to `later` (with
  /// `presentAfter`). An empty present list means everyone in that workshop; an id of someone
  /// the workshop does not have (removed, or forgotten) counts for nothing.
  public init(
    earlier: Workshop, presentBefore: [String], later: Workshop, presentAfter: [String],
    thresholds: AnalysisThresholds
  ) {
    let roomBefore = Self.room(earlier, presentBefore)
    let roomAfter = Self.room(later, presentAfter)
    let earlierScores = Dictionary(
      earlier.participants.map { ($0.id, $0.scores) }, uniquingKeysWith: { first, _ in first })
    let afterAsBefore = roomAfter.map { earlierScores[$0.id] ?? $0.scores }
    before = GroupProfile(scores: roomBefore.map(\.scores), thresholds: thresholds)
    after = GroupProfile(scores: roomAfter.map(\.scores), thresholds: thresholds)
    let middle = GroupProfile(scores: afterAsBefore, thresholds: thresholds)
    colours = DriveColour.allCases.map { [before, after] colour in
      let start = before.figures(colour).mean
      let end = after.figures(colour).mean
      let between = middle.figures(colour).mean
      return ColourShift(
        colour: colour, before: start, after: end, presence: between - start,
        scores: end - between)
    }
    let idsBefore = Set(roomBefore.map(\.id))
    let idsAfter = Set(roomAfter.map(\.id))
    joined = roomAfter.map(\.id).filter { !idsBefore.contains($0) }
    left = roomBefore.map(\.id).filter { !idsAfter.contains($0) }
    changedScores = roomAfter.flatMap { person -> [ScoreChange] in
      guard let old = earlierScores[person.id] else { return [] }
      return DriveColour.allCases.compactMap { colour in
        old[colour] == person.scores[colour]
          ? nil
          : ScoreChange(
            participant: person.id, colour: colour, from: old[colour], to: person.scores[colour])
      }
    }
  }

  /// A colour whose standing changed (became dominant, or no longer under-represented).
  public struct StatusChange: Equatable, Sendable {
    public var colour: DriveColour
    public var from: GroupProfile.ColourStatus
    public var to: GroupProfile.ColourStatus
  }

  public var statusChanges: [StatusChange] {
    DriveColour.allCases.compactMap { colour in
      let from = before.figures(colour).status
      let to = after.figures(colour).status
      return from == to ? nil : StatusChange(colour: colour, from: from, to: to)
    }
  }

  /// Whether anything about the profile moved at all.
  public var isEmpty: Bool {
    joined.isEmpty && left.isEmpty && changedScores.isEmpty
  }

  /// The people a profile is about: those present, or everyone when no one was ticked.
  static func room(_ workshop: Workshop, _ present: [String]) -> [Participant] {
    guard !present.isEmpty else { return workshop.participants }
    let ids = Set(present)
    return workshop.participants.filter { ids.contains($0.id) }
  }
}
