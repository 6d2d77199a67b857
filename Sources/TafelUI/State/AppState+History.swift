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
}
