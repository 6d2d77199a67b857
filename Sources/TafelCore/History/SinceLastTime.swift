/// "Sinds vorige keer": what changed since the room last met, as a facilitator opens a meeting
/// with it. "Last time" is the session before and everything after it: what that meeting agreed
/// and what was done between the meetings, up to the start of this one. Decisions taken or
/// moved, actions that are due or done, comfort needs and topics that moved, people who joined
/// or left, and the group profile's move with its reason (`shift`). Pure comparison of the
/// workshop as the session before began (replayed from the journal) with the workshop as this
/// one began; what this session itself changes belongs to its own minutes.
public struct SinceLastTime: Equatable, Sendable {
  /// A decision new since the earlier session began (`from` nil) or whose status changed.
  public struct DecisionMove: Equatable, Sendable {
    public var decision: Decision
    public var from: DecisionStatus?
  }

  /// The session looked back at and the one it is looked at from, numbered from 1.
  public var earlier: HistoryPoint
  public var later: HistoryPoint
  public var decisions: [DecisionMove]
  /// Open actions due on or before the later session's date, oldest date first.
  public var due: [ActionItem]
  /// Actions ticked done since the earlier session began.
  public var done: [ActionItem]
  public var moves: WorkshopMoves

  /// What changed from the start of session `number - 1` to the start of session `number` of
  /// `workshop`. Nil when there is no such session or no session before it.
  public init?(_ workshop: Workshop, session number: Int) {
    guard number >= 2, let session = workshop.session(number),
      let previous = workshop.session(number - 1)
    else { return nil }
    let before = Self.atStart(of: number - 1, workshop)
    let after = Self.atStart(of: number, workshop)
    earlier = HistoryPoint(
      number: number - 1, date: previous.date, title: previous.title, workshop: before,
      present: previous.present)
    later = HistoryPoint(
      number: number, date: session.date, title: session.title, workshop: after,
      present: session.present)
    let oldDecisions = Dictionary(
      before.decisions.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
    decisions = after.decisions.compactMap { decision in
      guard let old = oldDecisions[decision.number] else {
        return DecisionMove(decision: decision, from: nil)
      }
      return old.status == decision.status
        ? nil : DecisionMove(decision: decision, from: old.status)
    }
    let date = session.date
    due = after.actions.filter { action in
      guard !action.done, let day = action.due else { return false }
      return day <= date
    }.sorted { ($0.due ?? "", $0.number) < ($1.due ?? "", $1.number) }
    let doneBefore = Set(before.actions.filter(\.done).map(\.number))
    done = after.actions.filter { $0.done && !doneBefore.contains($0.number) }
    moves = WorkshopMoves(from: before, to: after)
  }

  /// How the group profile moved from the earlier room to the later one, and why. The
  /// thresholds are the content's (they only decide what counts as dominant).
  public func shift(thresholds: AnalysisThresholds) -> ProfileShift {
    ProfileShift(
      earlier: earlier.workshop, presentBefore: earlier.present, later: later.workshop,
      presentAfter: later.present, thresholds: thresholds)
  }

  /// The workshop as session `number` began: the journal up to and with the entry that opened
  /// it. A workshop without a journal has no past to tell; it is its own start.
  static func atStart(of number: Int, _ workshop: Workshop) -> Workshop {
    guard let start = workshop.journal.firstIndex(where: { $0.session == number }) else {
      return workshop.withoutJournal
    }
    return workshop.replayed(entries: start + 1)
  }

  /// Whether an action is past its date on the later session's day (not merely due that day).
  public func isOverdue(_ action: ActionItem) -> Bool {
    guard !action.done, let day = action.due else { return false }
    return day < later.date
  }

  /// Nothing at all to tell the room.
  public var isEmpty: Bool {
    decisions.isEmpty && due.isEmpty && done.isEmpty && moves.isEmpty
      && shift(thresholds: AnalysisThresholds()).isEmpty
  }
}
