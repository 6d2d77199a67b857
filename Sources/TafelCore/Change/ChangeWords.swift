/// The words for one change: names, colours, statuses and values looked up in the workshop
/// before it and in the content, in one language.
struct ChangeWords {
  var before: Workshop
  var content: Content
  var language: Language
  /// False in privacy mode: no individual's figures (the screen may be on the wall).
  var disclosing = true

  func say(_ key: StringKey) -> String { content.strings.text(key, in: language) }

  func name(_ participantID: String) -> String {
    shown(before.participants.first { $0.id == participantID }?.name ?? participantID)
  }

  /// A person's name as the wall may show it: in privacy mode the first name only.
  func shown(_ fullName: String) -> String {
    guard !disclosing else { return fullName }
    return fullName.split(separator: " ").first.map(String.init) ?? fullName
  }

  func organisationName(_ id: String) -> String { before.organisation(withID: id)?.name ?? id }

  func colour(_ colour: DriveColour) -> String { content.colour(colour).name[language] }

  func orEmpty(_ text: String) -> String { text.isEmpty ? say(.changeEmpty) : text }

  func person(_ id: String) -> Participant? { before.participants.first { $0.id == id } }

  func need(_ id: String) -> ComfortNeed? { before.comfortNeeds.first { $0.id == id } }

  func topicName(_ id: String) -> String {
    content.impasse.topic(id)?.name[language] ?? before.topics.first { $0.id == id }?.title ?? id
  }

  func checklistItem(_ key: String) -> String {
    let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
    guard parts.count == 2,
      let item = content.impasse.checklist(parts[0])?.items.first(where: { $0.id == parts[1] })
    else { return key }
    return item.text[language]
  }

  func card(_ id: String) -> String { content.dilemmas.card(id)?.title[language] ?? id }

  func round(_ number: Int) -> DilemmaRound? {
    before.dilemmaRounds.indices.contains(number - 1) ? before.dilemmaRounds[number - 1] : nil
  }

  func message(_ change: WorkshopChange) -> Message {
    switch change {
    case .addParticipant, .renameParticipant, .setRole, .moveParticipant, .removeParticipant,
      .setScore, .setScores, .setRejection, .clearRejection:
      peopleMessage(change)
    case .addOrganisation, .renameOrganisation, .setOrganisationKind, .removeOrganisation,
      .importSheet:
      organisationMessage(change)
    case .setTick, .setChecklistNote, .addNeed, .setNeedText, .setNeedTopic, .setNeedAskedOf,
      .setNeedStatus, .removeNeed:
      comfortMessage(change)
    case .addTopic, .setTopicStatus, .setTopicAgreement, .removeTopic, .setIntakeNote, .setPhase,
      .setPhaseNotes:
      formalisationMessage(change)
    case .startRound, .replaceCard, .setChoice, .setHandCounts, .setRoundNotes, .setRoundOutcome,
      .setRoundStage, .setRoundTimer:
      roundMessage(change)
    case .startSession, .closeSession, .reopenSession, .setSessionTitle, .setSessionDate,
      .setPresent, .setGuests, .addDecision, .setDecisionText, .setDecisionStatus,
      .setDecisionTopic, .setDecisionRound, .reviseDecision, .addAction, .setActionText,
      .setActionOwner, .setActionDue, .setActionDone, .removeAction, .restore:
      sessionMessage(change)
    }
  }

  private func peopleMessage(_ change: WorkshopChange) -> Message {
    switch change {
    case .addParticipant(let person):
      return Message(.changeParticipantAdded, ["name": shown(person.name)])
    case .renameParticipant(let id, let name):
      return Message(.changeParticipantRenamed, ["from": self.name(id), "to": shown(name)])
    case .setRole(let id, let role):
      return Message(
        .changeRole,
        ["name": name(id), "from": orEmpty(person(id)?.role ?? ""), "to": orEmpty(role)])
    case .moveParticipant(let id, let organisation):
      return Message(
        .changeParticipantMoved,
        [
          "name": name(id), "from": organisationName(person(id)?.organisationID ?? ""),
          "to": organisationName(organisation),
        ])
    case .removeParticipant(let id): return Message(.changeParticipantRemoved, ["name": name(id)])
    case .setScore(let id, let colour, _) where !disclosing:
      return Message(.changeScoreHidden, ["name": name(id), "colour": self.colour(colour)])
    case .setRejection(let id, let colour, _) where !disclosing:
      return Message(.changeRejectionHidden, ["name": name(id), "colour": self.colour(colour)])
    case .setScore(let id, let colour, let value):
      return Message(
        .changeScore,
        [
          "name": name(id), "colour": self.colour(colour),
          "from": person(id).map { "\($0.scores[colour])" } ?? "", "to": "\(value)",
        ])
    case .setScores(let id, _): return Message(.changeScores, ["name": name(id)])
    case .setRejection(let id, let colour, let value):
      return Message(
        .changeRejection,
        [
          "name": name(id), "colour": self.colour(colour),
          "from": "\(person(id)?.rejection?[colour] ?? 0)", "to": "\(value)",
        ])
    case .clearRejection(let id): return Message(.changeRejectionCleared, ["name": name(id)])
    default: return Message(.changeNothing)
    }
  }

  private func organisationMessage(_ change: WorkshopChange) -> Message {
    switch change {
    case .addOrganisation(let organisation):
      return Message(.changeOrganisationAdded, ["name": organisation.name])
    case .renameOrganisation(let id, let name):
      return Message(.changeOrganisationRenamed, ["from": organisationName(id), "to": name])
    case .setOrganisationKind(let id, let kind):
      let old = before.organisation(withID: id)?.kind ?? .other
      return Message(
        .changeOrganisationKind,
        ["name": organisationName(id), "from": say(old.stringKey), "to": say(kind.stringKey)])
    case .removeOrganisation(let id):
      return Message(.changeOrganisationRemoved, ["name": organisationName(id)])
    case .importSheet(_, let people):
      return Message(.changeImport, ["count": "\(people.count)"])
    default: return Message(.changeNothing)
    }
  }

  private func comfortMessage(_ change: WorkshopChange) -> Message {
    switch change {
    case .setTick(let key, let tickedAt):
      return Message(
        tickedAt == nil ? .changeUnticked : .changeTicked, ["item": checklistItem(key)])
    case .setChecklistNote(let key, _):
      return Message(.changeChecklistNote, ["item": checklistItem(key)])
    case .addNeed(let need):
      return Message(
        .changeNeedAdded,
        ["organisation": organisationName(need.organisationID), "text": need.text])
    case .setNeedText(let id, let text):
      return Message(.changeNeedText, ["from": need(id)?.text ?? id, "to": text])
    case .setNeedTopic(let id, let topic):
      return Message(
        .changeNeedTopic,
        [
          "text": need(id)?.text ?? id,
          "from": need(id)?.topicID.map(topicName) ?? say(.changeNone),
          "to": topic.map(topicName) ?? say(.changeNone),
        ])
    case .setNeedAskedOf(let id, _):
      return Message(.changeNeedAskedOf, ["text": need(id)?.text ?? id])
    case .setNeedStatus(let id, let status):
      return Message(
        .changeNeedStatus,
        [
          "text": need(id)?.text ?? id, "from": say((need(id)?.status ?? .open).stringKey),
          "to": say(status.stringKey),
        ])
    case .removeNeed(let id): return Message(.changeNeedRemoved, ["text": need(id)?.text ?? id])
    default: return Message(.changeNothing)
    }
  }

  private func formalisationMessage(_ change: WorkshopChange) -> Message {
    switch change {
    case .addTopic(let topic):
      return Message(.changeTopicAdded, ["name": topic.title ?? topicName(topic.id)])
    case .setTopicStatus(let id, let status):
      let old = before.topics.first { $0.id == id }?.status ?? .open
      return Message(
        .changeTopicStatus,
        ["name": topicName(id), "from": say(old.stringKey), "to": say(status.stringKey)])
    case .setTopicAgreement(let id, _):
      return Message(.changeTopicAgreement, ["name": topicName(id)])
    case .removeTopic(let id): return Message(.changeTopicRemoved, ["name": topicName(id)])
    case .setIntakeNote(let id, let field, _):
      return Message(
        .changeIntakeNote, ["organisation": organisationName(id), "field": say(field.stringKey)])
    case .setPhase(let phase):
      return Message(
        .changePhaseSet, ["from": say(before.phase.stringKey), "to": say(phase.stringKey)])
    case .setPhaseNotes(let phase, _):
      return Message(.changePhaseNotes, ["phase": say(phase.stringKey)])
    default: return Message(.changeNothing)
    }
  }

  private func roundMessage(_ change: WorkshopChange) -> Message {
    switch change {
    case .startRound(let card, _, _):
      return Message(
        .changeRoundStarted,
        ["number": "\(before.dilemmaRounds.count + 1)", "card": self.card(card)])
    case .replaceCard(let card, _, _):
      return Message(
        .changeCardReplaced,
        [
          "number": "\(before.dilemmaRounds.count)",
          "from": before.dilemmaRounds.last.map { self.card($0.cardID) } ?? "",
          "to": self.card(card),
        ])
    case .setChoice(let number, let id, _):
      // Which option stays unsaid: who chose what is hidden until the reveal, and this line
      // may be on the wall.
      return Message(.changeChoice, ["name": name(id), "number": "\(number)"])
    case .setHandCounts(let number, _): return Message(.changeHands, ["number": "\(number)"])
    case .setRoundNotes(let number, _): return Message(.changeRoundNotes, ["number": "\(number)"])
    case .setRoundOutcome(let number, _):
      return Message(.changeRoundOutcome, ["number": "\(number)"])
    case .setRoundStage(let number, let stage):
      return Message(
        .changeRoundStage,
        [
          "number": "\(number)", "from": say((round(number)?.stage ?? .card).stringKey),
          "to": say(stage.stringKey),
        ])
    case .setRoundTimer(let number, _): return Message(.changeRoundTimer, ["number": "\(number)"])
    default: return Message(.changeNothing)
    }
  }
}

extension IntakeField {
  public var stringKey: StringKey {
    switch self {
    case .willingness: .uiIntakeWillingness
    case .addedValue: .uiIntakeAddedValue
    case .showstoppers: .uiIntakeShowstoppers
    }
  }
}

extension RoundStage {
  public var stringKey: StringKey {
    switch self {
    case .card: .stageCard
    case .collecting: .stageCollecting
    case .reveal: .stageReveal
    case .discussion: .stageDiscussion
    }
  }
}
