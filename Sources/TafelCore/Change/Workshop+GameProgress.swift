extension Workshop {
  /// This workshop with the game's progress from `other`: the rounds drawn since, and the
  /// timers and stages of the rounds both have. Where the room is in the game and how long it
  /// has run are not edits, so undo leaves them as they are; choices, notes, outcomes and a
  /// swapped card are edits and do go back.
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
    return result
  }
}
