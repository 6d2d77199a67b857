extension WorkshopChange {
  /// Reads a change as its synthesized `init(from:)` would, straight from the tree: one object
  /// with the case's name as its only key, holding the labelled values. A case this does not
  /// know throws, which sends the file the slow way: slower, never wrong
  /// (TreeDecoderTests compares every case with `JSONDecoder`'s reading).
  init(tree state: TreeDecoding, node: Int) throws {
    guard let (name, body) = try TreeFields(state, node: node).onlyKey else {
      throw state.mismatch(WorkshopChange.self, at: node)
    }
    let fields = try TreeFields(state, node: body)
    if let change = try Self.peopleAndOrganisations(name, fields)
      ?? Self.impasse(name, fields) ?? Self.game(name, fields) ?? Self.history(name, fields)
    {
      self = change
    } else {
      throw state.mismatch(WorkshopChange.self, at: node)
    }
  }

  private static func peopleAndOrganisations(_ name: String, _ f: TreeFields) throws -> Self? {
    switch name {
    case "addParticipant": .addParticipant(participant: try f.value("participant"))
    case "renameParticipant":
      .renameParticipant(participant: try f.string("participant"), name: try f.string("name"))
    case "setRole": .setRole(participant: try f.string("participant"), role: try f.string("role"))
    case "moveParticipant":
      .moveParticipant(
        participant: try f.string("participant"), organisation: try f.string("organisation"))
    case "removeParticipant": .removeParticipant(participant: try f.string("participant"))
    case "setScore":
      .setScore(
        participant: try f.string("participant"), colour: try f.value("colour"),
        value: try f.int("value"))
    case "setScores":
      .setScores(participant: try f.string("participant"), scores: try f.value("scores"))
    case "setRejection":
      .setRejection(
        participant: try f.string("participant"), colour: try f.value("colour"),
        value: try f.int("value"))
    case "clearRejection": .clearRejection(participant: try f.string("participant"))
    case "addOrganisation": .addOrganisation(organisation: try f.value("organisation"))
    case "renameOrganisation":
      .renameOrganisation(organisation: try f.string("organisation"), name: try f.string("name"))
    case "setOrganisationKind":
      .setOrganisationKind(organisation: try f.string("organisation"), kind: try f.value("kind"))
    case "removeOrganisation": .removeOrganisation(organisation: try f.string("organisation"))
    case "importSheet":
      .importSheet(
        organisations: try f.value("organisations"), participants: try f.value("participants"))
    case "restore": .restore(parts: try f.value("parts"))
    default: nil
    }
  }

  private static func impasse(_ name: String, _ f: TreeFields) throws -> Self? {
    switch name {
    case "setTick": .setTick(key: try f.string("key"), tickedAt: try f.optionalString("tickedAt"))
    case "setChecklistNote": .setChecklistNote(key: try f.string("key"), note: try f.string("note"))
    case "addNeed": .addNeed(need: try f.value("need"))
    case "setNeedText": .setNeedText(need: try f.string("need"), text: try f.string("text"))
    case "setNeedTopic":
      .setNeedTopic(need: try f.string("need"), topic: try f.optionalString("topic"))
    case "setNeedAskedOf":
      .setNeedAskedOf(need: try f.string("need"), organisations: try f.strings("organisations"))
    case "setNeedStatus": .setNeedStatus(need: try f.string("need"), status: try f.value("status"))
    case "removeNeed": .removeNeed(need: try f.string("need"))
    case "addTopic": .addTopic(topic: try f.value("topic"))
    case "setTopicStatus":
      .setTopicStatus(topic: try f.string("topic"), status: try f.value("status"))
    case "setTopicAgreement":
      .setTopicAgreement(topic: try f.string("topic"), agreement: try f.string("agreement"))
    case "removeTopic": .removeTopic(topic: try f.string("topic"))
    case "setIntakeNote":
      .setIntakeNote(
        organisation: try f.string("organisation"), field: try f.value("field"),
        text: try f.string("text"))
    case "setPhase": .setPhase(phase: try f.value("phase"))
    case "setPhaseNotes": .setPhaseNotes(phase: try f.value("phase"), notes: try f.string("notes"))
    default: nil
    }
  }

  private static func game(_ name: String, _ f: TreeFields) throws -> Self? {
    switch name {
    case "startRound":
      .startRound(
        card: try f.string("card"), options: try f.int("options"),
        timerSeconds: try f.int("timerSeconds"))
    case "replaceCard":
      .replaceCard(
        card: try f.string("card"), options: try f.int("options"),
        timerSeconds: try f.int("timerSeconds"))
    case "setChoice":
      .setChoice(
        round: try f.int("round"), participant: try f.string("participant"),
        option: try f.optionalInt("option"))
    case "setHandCounts": .setHandCounts(round: try f.int("round"), counts: try f.ints("counts"))
    case "setRoundNotes": .setRoundNotes(round: try f.int("round"), notes: try f.string("notes"))
    case "setRoundOutcome":
      .setRoundOutcome(round: try f.int("round"), outcome: try f.string("outcome"))
    case "setRoundStage": .setRoundStage(round: try f.int("round"), stage: try f.value("stage"))
    case "setRoundTimer": .setRoundTimer(round: try f.int("round"), timer: try f.value("timer"))
    default: nil
    }
  }

  private static func history(_ name: String, _ f: TreeFields) throws -> Self? {
    switch name {
    case "startSession": .startSession(session: try f.value("session"))
    case "closeSession": .closeSession(session: try f.int("session"), at: try f.string("at"))
    case "reopenSession": .reopenSession(session: try f.int("session"))
    case "setSessionTitle":
      .setSessionTitle(session: try f.int("session"), title: try f.string("title"))
    case "setSessionDate":
      .setSessionDate(session: try f.int("session"), date: try f.string("date"))
    case "setPresent":
      .setPresent(
        session: try f.int("session"), participant: try f.string("participant"),
        present: try f.bool("present"))
    case "setGuests": .setGuests(session: try f.int("session"), guests: try f.strings("guests"))
    case "addDecision": .addDecision(decision: try f.value("decision"))
    case "setDecisionText":
      .setDecisionText(decision: try f.int("decision"), text: try f.string("text"))
    case "setDecisionStatus":
      .setDecisionStatus(decision: try f.int("decision"), status: try f.value("status"))
    case "setDecisionTopic":
      .setDecisionTopic(decision: try f.int("decision"), topic: try f.optionalString("topic"))
    case "setDecisionRound":
      .setDecisionRound(decision: try f.int("decision"), round: try f.optionalInt("round"))
    case "reviseDecision":
      .reviseDecision(decision: try f.int("decision"), revision: try f.value("revision"))
    case "addAction": .addAction(action: try f.value("action"))
    case "setActionText": .setActionText(action: try f.int("action"), text: try f.string("text"))
    case "setActionOwner":
      .setActionOwner(
        action: try f.int("action"), participant: try f.optionalString("participant"),
        organisation: try f.optionalString("organisation"))
    case "setActionDue":
      .setActionDue(action: try f.int("action"), due: try f.optionalString("due"))
    case "setActionDone": .setActionDone(action: try f.int("action"), done: try f.bool("done"))
    case "removeAction": .removeAction(action: try f.int("action"))
    default: nil
    }
  }
}
