extension Workshop {
  /// The one function that changes a workshop. Pure: no clock, no files. A change naming a
  /// person, organisation, need or round the workshop no longer has changes nothing (a phone's
  /// late answer or a journal replayed over an edited file must not trap).
  public mutating func apply(_ change: WorkshopChange) {
    switch change {
    case .addParticipant, .renameParticipant, .setRole, .moveParticipant, .removeParticipant,
      .setScore, .setScores, .setRejection, .clearRejection:
      applyToPeople(change)
    case .addOrganisation, .renameOrganisation, .setOrganisationKind, .removeOrganisation,
      .importSheet:
      applyToOrganisations(change)
    case .setTick, .setChecklistNote, .addNeed, .setNeedText, .setNeedTopic, .setNeedAskedOf,
      .setNeedStatus, .removeNeed, .addTopic, .setTopicStatus, .setTopicAgreement, .removeTopic,
      .setIntakeNote, .setPhase, .setPhaseNotes:
      applyToImpasse(change)
    case .startRound, .replaceCard, .setChoice, .setHandCounts, .setRoundNotes, .setRoundOutcome,
      .setRoundStage, .setRoundTimer:
      applyToRounds(change)
    case .startSession, .closeSession, .reopenSession, .setSessionTitle, .setSessionDate,
      .setPresent, .setGuests, .addDecision, .setDecisionText, .setDecisionStatus,
      .setDecisionTopic, .setDecisionRound, .reviseDecision, .addAction, .setActionText,
      .setActionOwner, .setActionDue, .setActionDone, .removeAction, .restore:
      applyToSessions(change)
    }
  }

  /// This workshop with `change` applied.
  public func applying(_ change: WorkshopChange) -> Workshop {
    var result = self
    result.apply(change)
    return result
  }

  /// This workshop with `changes` applied in order.
  public func applying(_ changes: [WorkshopChange]) -> Workshop {
    var result = self
    for change in changes { result.apply(change) }
    return result
  }

  private mutating func updatePerson(_ id: String, _ edit: (inout Participant) -> Void) {
    guard let index = participants.firstIndex(where: { $0.id == id }) else { return }
    edit(&participants[index])
  }

  private mutating func applyToPeople(_ change: WorkshopChange) {
    switch change {
    case .addParticipant(let person):
      // An id in use or an unknown organisation would make a file that does not load again.
      guard !participants.contains(where: { $0.id == person.id }),
        organisation(withID: person.organisationID) != nil
      else { return }
      participants.append(person)
    case .renameParticipant(let id, let name): updatePerson(id) { $0.name = name }
    case .setRole(let id, let role): updatePerson(id) { $0.role = role }
    case .moveParticipant(let id, let organisationID):
      guard organisation(withID: organisationID) != nil else { return }
      updatePerson(id) { $0.organisationID = organisationID }
    case .removeParticipant(let id): participants.removeAll { $0.id == id }
    case .setScore(let id, let colour, let value):
      updatePerson(id) { $0.scores[colour] = Self.clamp(value) }
    case .setScores(let id, let scores): updatePerson(id) { $0.scores = Self.clamp(scores) }
    case .setRejection(let id, let colour, let value):
      // The first rejection score given makes a rejection profile; the other colours start at 0.
      updatePerson(id) { person in
        var rejection = person.rejection ?? DriveScores(all: 0)
        rejection[colour] = Self.clamp(value)
        person.rejection = rejection
      }
    case .clearRejection(let id): updatePerson(id) { $0.rejection = nil }
    default: break
    }
  }

  private mutating func applyToOrganisations(_ change: WorkshopChange) {
    switch change {
    case .addOrganisation(let organisation):
      guard self.organisation(withID: organisation.id) == nil else { return }
      organisations.append(organisation)
    case .renameOrganisation(let id, let name):
      guard let index = organisations.firstIndex(where: { $0.id == id }) else { return }
      organisations[index].name = name
      organisations[index].shortName = name
    case .setOrganisationKind(let id, let kind):
      guard let index = organisations.firstIndex(where: { $0.id == id }) else { return }
      organisations[index].kind = kind
    case .removeOrganisation(let id):
      guard let index = organisations.firstIndex(where: { $0.id == id }) else { return }
      organisations.remove(at: index)
      participants.removeAll { $0.organisationID == id }
      // What the organisation said goes with it; what others asked of it no longer names it.
      comfortNeeds.removeAll { $0.organisationID == id }
      for need in comfortNeeds.indices { comfortNeeds[need].askedOf.removeAll { $0 == id } }
      intakeNotes[id] = nil
    case .importSheet(let newOrganisations, let people):
      importRecords(newOrganisations, people)
    default: break
    }
  }

  /// Replaces the records with an id the workshop has and adds the others, in one pass over
  /// each list (an import of a thousand rows stays linear).
  private mutating func importRecords(_ newOrganisations: [Organisation], _ people: [Participant]) {
    var organisationPositions = Dictionary(
      organisations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    for organisation in newOrganisations {
      if let position = organisationPositions[organisation.id] {
        organisations[position] = organisation
      } else {
        organisationPositions[organisation.id] = organisations.count
        organisations.append(organisation)
      }
    }
    var personPositions = Dictionary(
      participants.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    for person in people where organisationPositions[person.organisationID] != nil {
      if let position = personPositions[person.id] {
        participants[position] = person
      } else {
        personPositions[person.id] = participants.count
        participants.append(person)
      }
    }
  }

  private mutating func updateNeed(_ id: String, _ edit: (inout ComfortNeed) -> Void) {
    guard let index = comfortNeeds.firstIndex(where: { $0.id == id }) else { return }
    edit(&comfortNeeds[index])
  }

  private mutating func updateTopic(_ id: String, _ edit: (inout FormalisationTopic) -> Void) {
    if let index = topics.firstIndex(where: { $0.id == id }) {
      edit(&topics[index])
    } else {
      var topic = FormalisationTopic(id: id)
      edit(&topic)
      topics.append(topic)
    }
  }

  private mutating func updateMark(_ key: String, _ edit: (inout ChecklistMark) -> Void) {
    var mark = checklistMarks[key] ?? ChecklistMark()
    edit(&mark)
    // A mark without a tick and without a note is no mark: the file keeps only what was noted.
    checklistMarks[key] = mark.isTicked || !mark.note.isEmpty ? mark : nil
  }

  private mutating func applyToImpasse(_ change: WorkshopChange) {
    switch change {
    case .setTick(let key, let tickedAt): updateMark(key) { $0.tickedAt = tickedAt }
    case .setChecklistNote(let key, let note): updateMark(key) { $0.note = note }
    case .addNeed(let need):
      guard !comfortNeeds.contains(where: { $0.id == need.id }),
        organisation(withID: need.organisationID) != nil
      else { return }
      comfortNeeds.append(need)
    case .setNeedText(let id, let text): updateNeed(id) { $0.text = text }
    case .setNeedTopic(let id, let topic): updateNeed(id) { $0.topicID = topic }
    case .setNeedAskedOf(let id, let askedOf):
      // Kept in the workshop's order of organisations, so the file does not change by the order
      // in which they were ticked.
      let chosen = Set(askedOf)
      let ordered = organisations.map(\.id).filter { chosen.contains($0) }
      updateNeed(id) { $0.askedOf = ordered }
    case .setNeedStatus(let id, let status): updateNeed(id) { $0.status = status }
    case .removeNeed(let id): comfortNeeds.removeAll { $0.id == id }
    case .addTopic(let topic):
      guard !topics.contains(where: { $0.id == topic.id }) else { return }
      topics.append(topic)
    case .setTopicStatus(let id, let status): updateTopic(id) { $0.status = status }
    case .setTopicAgreement(let id, let agreement):
      updateTopic(id) { topic in
        topic.agreement = agreement
        if !agreement.isEmpty { topic.status = .agreed }
      }
    case .removeTopic(let id):
      topics.removeAll { $0.id == id }
      for index in comfortNeeds.indices where comfortNeeds[index].topicID == id {
        comfortNeeds[index].topicID = nil
      }
    case .setIntakeNote(let id, let field, let text):
      guard organisation(withID: id) != nil else { return }
      var note = intakeNotes[id] ?? IntakeNote()
      note[field] = text
      intakeNotes[id] = note.isEmpty ? nil : note
    case .setPhase(let phase): self.phase = phase
    case .setPhaseNotes(let phase, let notes):
      phaseNotes[phase.rawValue] = notes.isEmpty ? nil : notes
    default: break
    }
  }

  private mutating func updateRound(_ number: Int, _ edit: (inout DilemmaRound) -> Void) {
    guard dilemmaRounds.indices.contains(number - 1) else { return }
    edit(&dilemmaRounds[number - 1])
  }

  private mutating func applyToRounds(_ change: WorkshopChange) {
    switch change {
    case .startRound(let card, let options, let seconds):
      dilemmaRounds.append(
        DilemmaRound(cardID: card, optionCount: max(0, options), timerSeconds: seconds))
    case .replaceCard(let card, let options, let seconds):
      guard let last = dilemmaRounds.last, !last.isPlayed else { return }
      dilemmaRounds[dilemmaRounds.count - 1] = DilemmaRound(
        cardID: card, optionCount: max(0, options), timerSeconds: seconds)
    case .setChoice(let number, let person, let option):
      updateRound(number) { $0.choices[person] = option }
    case .setHandCounts(let number, let counts):
      updateRound(number) { $0.handCounts = counts.map { max(0, $0) } }
    case .setRoundNotes(let number, let notes): updateRound(number) { $0.notes = notes }
    case .setRoundOutcome(let number, let outcome): updateRound(number) { $0.outcome = outcome }
    case .setRoundStage(let number, let stage): updateRound(number) { $0.stage = stage }
    case .setRoundTimer(let number, let timer): updateRound(number) { $0.timer = timer }
    default: break
    }
  }

  static func clamp(_ value: Int) -> Int {
    min(max(value, DriveScores.range.lowerBound), DriveScores.range.upperBound)
  }

  static func clamp(_ scores: DriveScores) -> DriveScores {
    var result = scores
    for colour in DriveColour.allCases { result[colour] = clamp(scores[colour]) }
    return result
  }
}
