/// "Sinds vorige keer": what changed between the end of one session and the next one, as a
/// facilitator opens a meeting with it. Decisions taken or moved, actions that are due or done,
/// comfort needs and topics that moved, people who joined or left, and the group profile's move
/// with its reason (`shift`). Pure comparison of the workshop at the end of the earlier session (replayed
/// from the journal) with the later one; changes made between meetings count too.
public struct SinceLastTime: Equatable, Sendable {
  /// A decision new since the earlier session (`from` nil) or whose status changed.
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
  /// Actions ticked done since the earlier session.
  public var done: [ActionItem]
  public var moves: WorkshopMoves

  /// What changed from the end of session `number - 1` to session `number` of `workshop`: as it
  /// stands now when `number` is the last session, else as it stood at its end. Nil when there is
  /// no such session or no session before it.
  public init?(_ workshop: Workshop, session number: Int) {
    guard number >= 2, let session = workshop.session(number),
      let previous = workshop.session(number - 1)
    else { return nil }
    let before = workshop.replayed(throughSession: number - 1)
    let after =
      number == workshop.sessions.count
      ? workshop.withoutJournal : workshop.replayed(throughSession: number)
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
