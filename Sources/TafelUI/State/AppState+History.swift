import TafelCore

extension AppState {
  /// The moments the timeline steps through: the end of each session, replayed from the
  /// journal (an open session: as it stands now).
  var historyPoints: [HistoryPoint] {
    let workshop = self.workshop
    return workshop.sessions.enumerated().map { index, session in
      let number = index + 1
      let state =
        session.isOpen ? workshop.withoutJournal : workshop.replayed(throughSession: number)
      return HistoryPoint(
        number: number, date: session.date, title: session.title, workshop: state,
        present: session.present)
    }
  }

  mutating func browseTimeline(_ action: Action) {
    switch action {
    case .toggleTimeline:
      if case .timeline = topOverlay {
        overlays.removeLast()
        return
      }
      guard mode == .browsing else { return }
      let points = historyPoints
      open(.timeline(points: points, index: max(0, points.count - 1)))
    case .stepTimeline(let delta):
      guard case .timeline(let points, let index) = topOverlay else { return }
      let last = max(0, points.count - 1)
      replaceTop(with: .timeline(points: points, index: min(max(0, index + delta), last)))
    default: break
    }
  }

  /// "Sinds vorige keer" for the session in focus on the Sessions screen (the open or last one):
  /// opened by `v`, and by itself when a session starts and there was one before.
  mutating func browseSinceLastTime(_ action: Action) {
    switch action {
    case .toggleSinceLastTime:
      if case .sinceLastTime = topOverlay {
        overlays.removeLast()
        return
      }
      guard mode == .browsing else { return }
      openSinceLastTime(session: focusedSession ?? 0)
    case .scrollSinceLastTime(let delta):
      guard case .sinceLastTime(let since, let scroll) = topOverlay else { return }
      // The view stops at the last row; this only keeps ↑ from having to climb back far.
      let bound = since.map { Self.sinceRowBound($0) } ?? 0
      replaceTop(with: .sinceLastTime(since, scroll: min(max(0, scroll + delta), bound)))
    default: break
    }
  }

  mutating func openSinceLastTime(session number: Int) {
    open(.sinceLastTime(SinceLastTime(workshop, session: number), scroll: 0))
  }

  /// More rows than the screen can ever have for `since` (every item wrapped to three rows).
  static func sinceRowBound(_ since: SinceLastTime) -> Int {
    let moves = since.moves
    let items =
      since.decisions.count + since.due.count + since.done.count + moves.needs.count
      + 2 * moves.topics.count + 2 * moves.rounds.count + moves.addedPeople.count
      + moves.removedPeople.count + since.later.workshop.participants.count + 12
    return 3 * items
  }
}
