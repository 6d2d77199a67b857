import TafelCore

/// What an undo or redo put back, named for the facilitator ("score rood van Sandra"). It is
/// worked out from the two versions of the workshop, so every way of editing is covered without
/// each one having to describe itself.
public enum WorkshopChange: Equatable, Sendable {
  case participantAdded(name: String)
  case participantRemoved(name: String)
  case organisationAdded(name: String)
  case organisationRemoved(name: String)
  case score(name: String, colour: DriveColour)
  case scores(name: String)
  case participant(name: String)
  case organisation(name: String)
  case roundStarted(number: Int)
  case roundRemoved(number: Int)
  case choices(round: Int)
  case roundNotes(round: Int)
  case roundOutcome(round: Int)
  case checklist
  case comfort
  case topics
  case intake
  case phase
  case other

  /// The change that leads from `old` to `new`, the most telling one when several changed.
  public static func between(_ old: Workshop, _ new: Workshop) -> WorkshopChange {
    if let change = peopleChange(old, new) { return change }
    if let change = organisationChange(old, new) { return change }
    if let change = roundChange(old, new) { return change }
    if old.checklistMarks != new.checklistMarks { return .checklist }
    if old.comfortNeeds != new.comfortNeeds { return .comfort }
    if old.topics != new.topics { return .topics }
    if old.intakeNotes != new.intakeNotes { return .intake }
    if old.phase != new.phase || old.phaseNotes != new.phaseNotes { return .phase }
    return .other
  }

  private static func peopleChange(_ old: Workshop, _ new: Workshop) -> WorkshopChange? {
    let oldIDs = Set(old.participants.map(\.id))
    let newIDs = Set(new.participants.map(\.id))
    let orgsChanged = old.organisations.count != new.organisations.count
    if !orgsChanged, let added = new.participants.first(where: { !oldIDs.contains($0.id) }) {
      return .participantAdded(name: added.name)
    }
    if !orgsChanged, let removed = old.participants.first(where: { !newIDs.contains($0.id) }) {
      return .participantRemoved(name: removed.name)
    }
    for person in new.participants {
      guard let before = old.participants.first(where: { $0.id == person.id }),
        before != person
      else { continue }
      if before.scores != person.scores {
        let changed = DriveColour.allCases.filter { before.scores[$0] != person.scores[$0] }
        if changed.count == 1 { return .score(name: person.name, colour: changed[0]) }
        return .scores(name: person.name)
      }
      return .participant(name: person.name)
    }
    return nil
  }

  private static func organisationChange(_ old: Workshop, _ new: Workshop) -> WorkshopChange? {
    let oldIDs = Set(old.organisations.map(\.id))
    let newIDs = Set(new.organisations.map(\.id))
    if let added = new.organisations.first(where: { !oldIDs.contains($0.id) }) {
      return .organisationAdded(name: added.name)
    }
    if let removed = old.organisations.first(where: { !newIDs.contains($0.id) }) {
      return .organisationRemoved(name: removed.name)
    }
    for organisation in new.organisations
    where old.organisations.first(where: { $0.id == organisation.id }) != organisation {
      return .organisation(name: organisation.name)
    }
    return nil
  }

  private static func roundChange(_ old: Workshop, _ new: Workshop) -> WorkshopChange? {
    let oldRounds = old.dilemmaRounds
    let newRounds = new.dilemmaRounds
    if newRounds.count > oldRounds.count { return .roundStarted(number: newRounds.count) }
    if newRounds.count < oldRounds.count { return .roundRemoved(number: oldRounds.count) }
    for (index, (before, after)) in zip(oldRounds, newRounds).enumerated() where before != after {
      if before.cardID != after.cardID { return .roundStarted(number: index + 1) }
      if before.choices != after.choices || before.handCounts != after.handCounts {
        return .choices(round: index + 1)
      }
      if before.notes != after.notes { return .roundNotes(round: index + 1) }
      if before.outcome != after.outcome { return .roundOutcome(round: index + 1) }
    }
    return nil
  }
}

extension Workshop {
  /// This workshop with the game's progress from `other`: the rounds drawn since, and the
  /// timers and stages of the rounds both have. Where the room is in the game and how long it
  /// has run are not edits, so undo and redo leave them as they are; choices, notes, outcomes
  /// and a swapped card are edits and do go back.
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
