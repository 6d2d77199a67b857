extension Workshop {
  /// This workshop with nothing in it but its title, dates and language: where replaying the
  /// journal starts.
  public var emptied: Workshop { Workshop(title: title, dates: dates, language: language) }

  /// The content after the first `count` journal entries (all by default), replayed from an
  /// empty workshop. The result has no journal. A workshop without a journal (an older file
  /// nothing was changed in yet) is its own history.
  public func replayed(entries count: Int? = nil) -> Workshop {
    guard !journal.isEmpty else { return withoutJournal }
    var result = emptied
    for entry in journal.prefix(count ?? journal.count) {
      for change in entry.changes { result.apply(change) }
    }
    return result
  }

  /// How many journal entries lie up to the end of session `number`: its own and all before.
  public func journalCount(throughSession number: Int) -> Int {
    if let last = journal.lastIndex(where: { $0.session == number }) { return last + 1 }
    return journal.firstIndex { ($0.session ?? 0) > number } ?? journal.count
  }

  /// The workshop as it stood at the end of session `number`.
  public func replayed(throughSession number: Int) -> Workshop {
    replayed(entries: journalCount(throughSession: number))
  }

  /// This workshop with a journal that starts from what it holds now: a workshop from before the
  /// journal (an older file, the demo) gets one first entry with its content, so that replaying
  /// the journal always gives the workshop. One that has a journal, or nothing, is returned as it is.
  public func beginningHistory(at time: String) -> Workshop {
    guard journal.isEmpty else { return self }
    let empty = WorkshopParts(of: emptied)
    let full = WorkshopParts(of: self)
    guard full != empty else { return self }
    var parts = WorkshopParts()
    if full.notes != empty.notes { parts.notes = full.notes }
    if full.phase != empty.phase { parts.phase = full.phase }
    if full.organisations != empty.organisations { parts.organisations = full.organisations }
    if full.participants != empty.participants { parts.participants = full.participants }
    if full.checklistMarks != empty.checklistMarks { parts.checklistMarks = full.checklistMarks }
    if full.comfortNeeds != empty.comfortNeeds { parts.comfortNeeds = full.comfortNeeds }
    if full.topics != empty.topics { parts.topics = full.topics }
    if full.phaseNotes != empty.phaseNotes { parts.phaseNotes = full.phaseNotes }
    if full.intakeNotes != empty.intakeNotes { parts.intakeNotes = full.intakeNotes }
    if full.dilemmaRounds != empty.dilemmaRounds { parts.dilemmaRounds = full.dilemmaRounds }
    if full.sessions != empty.sessions { parts.sessions = full.sessions }
    if full.decisions != empty.decisions { parts.decisions = full.decisions }
    if full.actions != empty.actions { parts.actions = full.actions }
    var result = self
    result.journal = [JournalEntry(at: time, kind: .start, changes: [.restore(parts: parts)])]
    return result
  }

  /// Applies `change` and writes it into the journal at `time`, as the interface's `Document`
  /// does: for commands that change a file once (`tafel import`).
  public mutating func applyRecording(_ change: WorkshopChange, at time: String) {
    let before = beginningHistory(at: time)
    var next = before.applying(change)
    guard next.withoutJournal != before.withoutJournal else { return }
    let session = next.openSession?.number ?? before.openSession?.number
    next.journal.append(JournalEntry(at: time, session: session, changes: [change]))
    self = next
  }

  /// The content without the history, for comparing what two workshops hold.
  public var withoutJournal: Workshop {
    var result = self
    result.journal = []
    return result
  }
}
