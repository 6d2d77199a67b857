extension Workshop {
  /// This workshop with the game's progress from `other`: the rounds drawn since, and the
  /// timers and stages of the rounds both have. Where the room is in the game and how long it
  /// has run are not edits, so undo leaves them as they are; choices, notes, outcomes and a
  /// swapped card are edits and do go back. The same holds for opening and closing sessions, and
  /// for the journal.
  public func keepingGameProgress(of other: Workshop) -> Workshop {
    var result = self
    for index in result.dilemmaRounds.indices where index < other.dilemmaRounds.count {
      guard result.dilemmaRounds[index].cardID == other.dilemmaRounds[index].cardID else {
        continue
      }
      result.dilemmaRounds[index].timer = other.dilemmaRounds[index].timer
      result.dilemmaRounds[index].stage = other.dilemmaRounds[index].stage
    }
    if other.dilemmaRounds.count > result.dilemmaRounds.count {
      result.dilemmaRounds += other.dilemmaRounds[result.dilemmaRounds.count...]
    }
    // Sessions opened and closed since stay so; what was edited in them (title, present) goes
    // back. The history only grows: undo is itself a line of it.
    for index in result.sessions.indices where index < other.sessions.count {
      result.sessions[index].closedAt = other.sessions[index].closedAt
    }
    if other.sessions.count > result.sessions.count {
      result.sessions += other.sessions[result.sessions.count...]
    }
    result.journal = other.journal
    return result
  }
}
