extension Workshop {
  /// The workshop as it stood at the end of each session, in order (an open session ends now),
  /// from one pass over the journal: what `replayed(throughSession:)` gives for each, without
  /// replaying the journal from the start once per session.
  public var sessionEnds: [Workshop] {
    var result: [Workshop] = []
    result.reserveCapacity(sessions.count)
    var state = emptied
    var applied = 0
    for (index, session) in sessions.enumerated() {
      if session.isOpen || journal.isEmpty {
        result.append(withoutJournal)
        continue
      }
      let count = journalCount(throughSession: index + 1)
      // A journal whose sessions are out of order (edited by hand) is replayed afresh.
      guard count >= applied else {
        result.append(replayed(entries: count))
        continue
      }
      for entry in journal[applied..<count] {
        for change in entry.changes { state.apply(change) }
      }
      applied = count
      result.append(state)
    }
    return result
  }
}
