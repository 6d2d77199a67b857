/// What may be shown about people where they must not be singled out: in privacy mode on the
/// wall, and in every anonymous report (HTML, Markdown, CSV). One rule, in one place, that the
/// views and the exports both ask:
///
/// - no name beside anything taken from a profile (who complements the group, who carries a
///   colour alone, a pitfall about one person);
/// - no figure computed from fewer than three people: such a group is "too small to show", and
///   a colour "rejected by many" of fewer than three with rejection scores is left out;
/// - and no figure that, with the others shown, gives such a group's away: when the delegations
///   that are too small hold one or two people together, the whole room minus the rest would
///   tell theirs, so the smallest delegation shown is hidden too.
///
/// In the open (privacy off, a report with names) everything may be shown.
public struct Disclosure: Equatable, Sendable {
  /// The fewest people a figure may be computed from when people must not be singled out.
  public static let minimumGroup = 3

  /// True in privacy mode and for an anonymous report.
  public var isPrivate: Bool

  public init(isPrivate: Bool) { self.isPrivate = isPrivate }

  public static let open = Disclosure(isPrivate: false)
  public static let anonymous = Disclosure(isPrivate: true)

  /// Whether a name may stand beside a score, a colour or a label.
  public var showsNames: Bool { !isPrivate }

  /// Whether figures computed from `count` people may be shown.
  public func showsFigures(ofGroupOf count: Int) -> Bool {
    !isPrivate || count >= Self.minimumGroup
  }

  /// The analysis as it may be shown: nil when its group is too small; in private, without the
  /// parts that name someone (complements, colours carried alone, who carries a rejected colour, pitfalls about one
  /// person).
  public func shown(_ analysis: GroupAnalysis) -> GroupAnalysis? {
    guard showsFigures(ofGroupOf: analysis.profile.participantCount) else { return nil }
    guard isPrivate else { return analysis }
    var shown = analysis
    shown.complements = []
    shown.carriedAlone = []
    // Rejections are counted among those who filled in rejection scores: of two, "2 of 2 reject
    // red" (and the pitfall it fires) says what both of them reject.
    let tooFewMeasured = Set(
      analysis.rejections.filter { $0.outOf < Self.minimumGroup }.map(\.colour))
    // Who has a rejected colour first or second is a profile beside a name.
    shown.rejections = analysis.rejections.filter { !tooFewMeasured.contains($0.colour) }.map {
      var rejection = $0
      rejection.carriers = []
      return rejection
    }
    shown.pitfalls = analysis.pitfalls.filter { pitfall in
      pitfall.participantID == nil
        && !(pitfall.rule.when.rejectedByMany == true
          && pitfall.colour.map(tooFewMeasured.contains) == true)
    }
    return shown
  }

  /// The organisations whose delegation's figures may be shown, given that the whole room's
  /// are shown too.
  public func organisationsShown(in workshop: Workshop) -> Set<String> {
    let sizes = workshop.organisations.map { ($0.id, workshop.participants(of: $0.id).count) }
    guard isPrivate else { return Set(sizes.map(\.0)) }
    let hidden = sizes.filter { $0.1 > 0 && $0.1 < Self.minimumGroup }
    var shown = sizes.filter { $0.1 >= Self.minimumGroup }
    let hiddenPeople = hidden.reduce(0) { $0 + $1.1 }
    let roomShown = showsFigures(ofGroupOf: workshop.participants.count)
    if roomShown, hiddenPeople > 0, hiddenPeople < Self.minimumGroup,
      let smallest = shown.min(by: { $0.1 < $1.1 })
    {
      shown.removeAll { $0.0 == smallest.0 }
    }
    return Set(shown.map(\.0))
  }

  /// The split of one option's choices by first colour as it may be shown: in private, nil when
  /// any colour in it stands for one or two people (the rest would give that one away).
  public func colourSplit(_ split: [DriveColour: Int]) -> [DriveColour: Int]? {
    guard isPrivate else { return split }
    let tooSmall = split.values.contains { $0 > 0 && $0 < Self.minimumGroup }
    return tooSmall ? nil : split
  }
}
