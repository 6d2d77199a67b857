extension Workshop {
  /// Changes that turn this workshop's content into `target`'s: what an undo did, written into
  /// the journal as what it did ("score rood van Sandra 45 → 30"). Parts that single changes
  /// cannot say exactly (a removed person back in their old place) are restored whole, so
  /// `applying(changes(to: target))` always has `target`'s content. The title, dates, language
  /// and the journal itself are not compared: no change touches them.
  public func changes(to target: Workshop) -> [WorkshopChange] {
    var result: [WorkshopChange] = []
    let removedOrganisations = organisationChanges(to: target, into: &result)
    result += Self.listChanges(
      participants, target.participants, remove: { .removeParticipant(participant: $0.id) },
      add: { .addParticipant(participant: $0) }, edit: Self.personChanges)
    result += Self.listChanges(
      comfortNeeds, target.comfortNeeds, remove: { .removeNeed(need: $0.id) },
      add: { .addNeed(need: $0) }, edit: Self.needChanges)
    result += Self.listChanges(
      topics, target.topics, remove: { .removeTopic(topic: $0.id) },
      add: { .addTopic(topic: $0) }, edit: Self.topicChanges)
    result += markChanges(to: target)
    if phase != target.phase { result.append(.setPhase(phase: target.phase)) }
    for key in Set(phaseNotes.keys).union(target.phaseNotes.keys).sorted()
    where phaseNotes[key] != target.phaseNotes[key] {
      if let phase = ProcessPhase(rawValue: key) {
        result.append(.setPhaseNotes(phase: phase, notes: target.phaseNotes[key] ?? ""))
      }
    }
    for id in Set(intakeNotes.keys).union(target.intakeNotes.keys).sorted() {
      let old = intakeNotes[id] ?? IntakeNote()
      let new = target.intakeNotes[id] ?? IntakeNote()
      for field in IntakeField.allCases where old[field] != new[field] {
        result.append(.setIntakeNote(organisation: id, field: field, text: new[field]))
      }
    }
    result += roundChanges(to: target)
    result += sessionChanges(to: target)
    result += Self.listChanges(
      decisions, target.decisions, remove: { _ in nil }, add: { .addDecision(decision: $0) },
      edit: Self.decisionChanges)
    result += Self.listChanges(
      actions, target.actions, remove: { .removeAction(action: $0.number) },
      add: { .addAction(action: $0) }, edit: Self.actionChanges)
    result += removedOrganisations
    // Whatever the single changes did not get exactly right is put back whole.
    let reached = applying(result)
    var parts = WorkshopParts()
    if reached.notes != target.notes { parts.notes = target.notes }
    if reached.organisations != target.organisations { parts.organisations = target.organisations }
    if reached.participants != target.participants { parts.participants = target.participants }
    if reached.checklistMarks != target.checklistMarks {
      parts.checklistMarks = target.checklistMarks
    }
    if reached.comfortNeeds != target.comfortNeeds { parts.comfortNeeds = target.comfortNeeds }
    if reached.topics != target.topics { parts.topics = target.topics }
    if reached.phaseNotes != target.phaseNotes { parts.phaseNotes = target.phaseNotes }
    if reached.intakeNotes != target.intakeNotes { parts.intakeNotes = target.intakeNotes }
    if reached.dilemmaRounds != target.dilemmaRounds { parts.dilemmaRounds = target.dilemmaRounds }
    if reached.sessions != target.sessions { parts.sessions = target.sessions }
    if reached.decisions != target.decisions { parts.decisions = target.decisions }
    if reached.actions != target.actions { parts.actions = target.actions }
    if !parts.isEmpty { result.append(.restore(parts: parts)) }
    return result
  }

  /// Adds and edits organisations into `result`; returns the removals, which go last (removing
  /// an organisation removes its people, needs and intake).
  private func organisationChanges(
    to target: Workshop, into result: inout [WorkshopChange]
  ) -> [WorkshopChange] {
    let kept = Set(target.organisations.map(\.id))
    let old = Dictionary(organisations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for organisation in target.organisations {
      guard let before = old[organisation.id] else {
        result.append(.addOrganisation(organisation: organisation))
        continue
      }
      if before.name != organisation.name || before.shortName != organisation.shortName {
        result.append(.renameOrganisation(organisation: organisation.id, name: organisation.name))
      }
      if before.kind != organisation.kind {
        result.append(.setOrganisationKind(organisation: organisation.id, kind: organisation.kind))
      }
    }
    return organisations.filter { !kept.contains($0.id) }.map {
      .removeOrganisation(organisation: $0.id)
    }
  }

  /// Removals of what `target` lacks, edits of what both have, additions of what is new.
  private static func listChanges<Item>(
    _ old: [Item], _ new: [Item], remove: (Item) -> WorkshopChange?,
    add: (Item) -> WorkshopChange, edit: (Item, Item) -> [WorkshopChange]
  ) -> [WorkshopChange] where Item: Equatable & Keyed {
    let newKeys = Set(new.map(\.key))
    let oldByKey = Dictionary(old.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    var result = old.filter { !newKeys.contains($0.key) }.compactMap(remove)
    for item in new {
      if let before = oldByKey[item.key] {
        if before != item { result += edit(before, item) }
      } else {
        result.append(add(item))
      }
    }
    return result
  }

  private static func personChanges(_ old: Participant, _ new: Participant) -> [WorkshopChange] {
    let id = new.id
    var result: [WorkshopChange] = []
    if old.name != new.name { result.append(.renameParticipant(participant: id, name: new.name)) }
    if old.role != new.role { result.append(.setRole(participant: id, role: new.role)) }
    if old.organisationID != new.organisationID {
      result.append(.moveParticipant(participant: id, organisation: new.organisationID))
    }
    for colour in DriveColour.allCases where old.scores[colour] != new.scores[colour] {
      result.append(.setScore(participant: id, colour: colour, value: new.scores[colour]))
    }
    switch (old.rejection, new.rejection) {
    case (_, nil) where old.rejection != nil: result.append(.clearRejection(participant: id))
    case (let before, let after?) where before != after:
      let start = before ?? DriveScores(all: 0)
      for colour in DriveColour.allCases where start[colour] != after[colour] || before == nil {
        result.append(.setRejection(participant: id, colour: colour, value: after[colour]))
      }
    default: break
    }
    return result
  }

  private static func needChanges(_ old: ComfortNeed, _ new: ComfortNeed) -> [WorkshopChange] {
    var result: [WorkshopChange] = []
    if old.text != new.text { result.append(.setNeedText(need: new.id, text: new.text)) }
    if old.topicID != new.topicID { result.append(.setNeedTopic(need: new.id, topic: new.topicID)) }
    if old.askedOf != new.askedOf {
      result.append(.setNeedAskedOf(need: new.id, organisations: new.askedOf))
    }
    if old.status != new.status { result.append(.setNeedStatus(need: new.id, status: new.status)) }
    return result
  }

  private static func topicChanges(
    _ old: FormalisationTopic, _ new: FormalisationTopic
  ) -> [WorkshopChange] {
    var result: [WorkshopChange] = []
    // An agreement sets the status too, so the status comes after it.
    if old.agreement != new.agreement {
      result.append(.setTopicAgreement(topic: new.id, agreement: new.agreement))
    }
    result.append(.setTopicStatus(topic: new.id, status: new.status))
    return result
  }

  private func markChanges(to target: Workshop) -> [WorkshopChange] {
    var result: [WorkshopChange] = []
    for key in Set(checklistMarks.keys).union(target.checklistMarks.keys).sorted() {
      let old = checklistMarks[key] ?? ChecklistMark()
      let new = target.checklistMarks[key] ?? ChecklistMark()
      if old.tickedAt != new.tickedAt { result.append(.setTick(key: key, tickedAt: new.tickedAt)) }
      if old.note != new.note { result.append(.setChecklistNote(key: key, note: new.note)) }
    }
    return result
  }

  private func roundChanges(to target: Workshop) -> [WorkshopChange] {
    guard dilemmaRounds.count == target.dilemmaRounds.count else { return [] }
    var result: [WorkshopChange] = []
    for (index, (old, new)) in zip(dilemmaRounds, target.dilemmaRounds).enumerated()
    where old != new {
      let number = index + 1
      for id in Set(old.choices.keys).union(new.choices.keys).sorted()
      where old.choices[id] != new.choices[id] {
        result.append(.setChoice(round: number, participant: id, option: new.choices[id]))
      }
      if old.handCounts != new.handCounts {
        result.append(.setHandCounts(round: number, counts: new.handCounts))
      }
      if old.notes != new.notes { result.append(.setRoundNotes(round: number, notes: new.notes)) }
      if old.outcome != new.outcome {
        result.append(.setRoundOutcome(round: number, outcome: new.outcome))
      }
      if old.stage != new.stage { result.append(.setRoundStage(round: number, stage: new.stage)) }
      if old.timer != new.timer { result.append(.setRoundTimer(round: number, timer: new.timer)) }
    }
    return result
  }

  private func sessionChanges(to target: Workshop) -> [WorkshopChange] {
    guard sessions.count == target.sessions.count else { return [] }
    var result: [WorkshopChange] = []
    for (index, (old, new)) in zip(sessions, target.sessions).enumerated() where old != new {
      let number = index + 1
      if old.title != new.title {
        result.append(.setSessionTitle(session: number, title: new.title))
      }
      if old.date != new.date { result.append(.setSessionDate(session: number, date: new.date)) }
      for id in Set(old.present).symmetricDifference(new.present).sorted() {
        result.append(
          .setPresent(session: number, participant: id, present: new.present.contains(id)))
      }
      if old.guests != new.guests { result.append(.setGuests(session: number, guests: new.guests)) }
      if old.closedAt != new.closedAt {
        result.append(
          new.closedAt.map { .closeSession(session: number, at: $0) }
            ?? .reopenSession(session: number))
      }
    }
    return result
  }

  private static func decisionChanges(_ old: Decision, _ new: Decision) -> [WorkshopChange] {
    var result: [WorkshopChange] = []
    let number = new.number
    if old.text != new.text { result.append(.setDecisionText(decision: number, text: new.text)) }
    if old.status != new.status {
      result.append(.setDecisionStatus(decision: number, status: new.status))
    }
    if old.topic != new.topic {
      result.append(.setDecisionTopic(decision: number, topic: new.topic))
    }
    if old.round != new.round {
      result.append(.setDecisionRound(decision: number, round: new.round))
    }
    return result
  }

  private static func actionChanges(_ old: ActionItem, _ new: ActionItem) -> [WorkshopChange] {
    var result: [WorkshopChange] = []
    let number = new.number
    if old.text != new.text { result.append(.setActionText(action: number, text: new.text)) }
    if old.participant != new.participant || old.organisation != new.organisation {
      result.append(
        .setActionOwner(
          action: number, participant: new.participant, organisation: new.organisation))
    }
    if old.due != new.due { result.append(.setActionDue(action: number, due: new.due)) }
    if old.done != new.done { result.append(.setActionDone(action: number, done: new.done)) }
    return result
  }
}

/// What identifies a record in a list, for comparing two versions of the list.
protocol Keyed {
  var key: String { get }
}

extension Participant: Keyed { var key: String { id } }
extension ComfortNeed: Keyed { var key: String { id } }
extension FormalisationTopic: Keyed { var key: String { id } }
extension Decision: Keyed { var key: String { "\(number)" } }
extension ActionItem: Keyed { var key: String { "\(number)" } }
