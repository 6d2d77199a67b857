import TafelCore

/// A small workshop and one example of every kind of change, for the change tests.
enum ChangeFixtures {
  static let red = DriveScores(yellow: 50, green: 40, orange: 60, blue: 20, red: 30, purple: 10)

  static func workshop() -> Workshop {
    var workshop = Workshop(
      title: "Alliantie Noord",
      organisations: [
        Organisation(
          id: "gemeente", name: "Gemeente Noord", shortName: "Noord", kind: .municipality),
        Organisation(id: "woonzorg", name: "Woonzorg", shortName: "Woonzorg", kind: .other),
      ],
      participants: [
        Participant(
          id: "sandra", name: "Sandra de Vries", organisationID: "gemeente", role: "wethouder",
          scores: red),
        Participant(
          id: "piet", name: "Piet Jansen", organisationID: "woonzorg", role: "", scores: red,
          rejection: DriveScores(all: 10)),
      ])
    workshop.comfortNeeds = [
      ComfortNeed(id: "tijd", organisationID: "woonzorg", text: "Tijd", askedOf: ["gemeente"])
    ]
    workshop.topics = [FormalisationTopic(id: "eigen", title: "Eigen onderwerp")]
    workshop.intakeNotes = ["gemeente": IntakeNote(willingness: "groot")]
    var round = DilemmaRound(cardID: "the-lead-party", optionCount: 3, timerSeconds: 480)
    round.choices = ["sandra": 0]
    // The first round was played; the second card was only drawn.
    workshop.dilemmaRounds = [
      round, DilemmaRound(cardID: "the-deadline", optionCount: 2, timerSeconds: 480),
    ]
    workshop.sessions = [
      Session(
        date: "2026-01-12", title: "Kennismaking", present: ["sandra"],
        startedAt: "2026-01-12T10:00:00+01:00", closedAt: "2026-01-12T12:00:00+01:00")
    ]
    workshop.decisions = [
      Decision(number: 1, session: 1, date: "2026-01-12", text: "Samen verder", status: .decided)
    ]
    workshop.actions = [
      ActionItem(number: 1, session: 1, text: "Statuten opvragen", participant: "piet")
    ]
    return workshop
  }

  static let newcomer = Participant(
    id: "anouk", name: "Anouk", organisationID: "woonzorg", role: "directeur", scores: red)

  /// One of every case, each changing `workshop()`.
  static let examples: [WorkshopChange] = [
    .addParticipant(participant: newcomer),
    .renameParticipant(participant: "sandra", name: "Sandra Visser"),
    .setRole(participant: "piet", role: "bestuurder"),
    .moveParticipant(participant: "sandra", organisation: "woonzorg"),
    .removeParticipant(participant: "piet"),
    .setScore(participant: "sandra", colour: .red, value: 45),
    .setScores(participant: "sandra", scores: DriveScores(all: 70)),
    .setRejection(participant: "sandra", colour: .blue, value: 60),
    .clearRejection(participant: "piet"),
    .addOrganisation(
      organisation: Organisation(id: "ggz", name: "GGZ Noord", shortName: "GGZ", kind: .other)),
    .renameOrganisation(organisation: "woonzorg", name: "Woonzorg Noord"),
    .setOrganisationKind(organisation: "woonzorg", kind: .elderlyCare),
    .removeOrganisation(organisation: "gemeente"),
    .setTick(key: "signals/talks-stiffen", tickedAt: "2026-12-01T10:00:00Z"),
    .setChecklistNote(key: "signals/talks-stiffen", note: "na de pauze"),
    .addNeed(need: ComfortNeed(id: "geld", organisationID: "gemeente", text: "Geld")),
    .setNeedText(need: "tijd", text: "Meer tijd"),
    .setNeedTopic(need: "tijd", topic: "resources"),
    .setNeedAskedOf(need: "tijd", organisations: ["woonzorg", "gemeente"]),
    .setNeedStatus(need: "tijd", status: .agreed),
    .removeNeed(need: "tijd"),
    .addTopic(topic: FormalisationTopic(id: "data", title: "Data delen")),
    .setTopicStatus(topic: "exit", status: .inDiscussion),
    .setTopicAgreement(topic: "eigen", agreement: "Elk jaar"),
    .removeTopic(topic: "eigen"),
    .setIntakeNote(organisation: "woonzorg", field: .showstoppers, text: "geen"),
    .setPhase(phase: .formalisation),
    .setPhaseNotes(phase: .content, notes: "ambitie staat"),
    .startRound(card: "speaking-without-mandate", options: 2, timerSeconds: 300),
    .replaceCard(card: "partner-threatens-to-leave", options: 4, timerSeconds: 480),
    .setChoice(round: 1, participant: "piet", option: 2),
    .setHandCounts(round: 1, counts: [1, 2, 0]),
    .setRoundNotes(round: 1, notes: "stil"),
    .setRoundOutcome(round: 1, outcome: "samen"),
    .setRoundStage(round: 1, stage: .reveal),
    .setRoundTimer(round: 1, timer: RoundTimer(durationSeconds: 480, elapsedSeconds: 60)),
    .importSheet(
      organisations: [
        Organisation(id: "gemeente", name: "Gemeente Noord", shortName: "Noord", kind: .welfare)
      ],
      participants: [newcomer]),
    .startSession(
      session: Session(
        date: "2026-02-09", title: "Tweede", present: ["sandra", "piet"],
        startedAt: "2026-02-09T10:00:00+01:00")),
    .closeSession(session: 1, at: "2026-01-12T12:30:00+01:00"),
    .reopenSession(session: 1),
    .setSessionTitle(session: 1, title: "Eerste kennismaking"),
    .setSessionDate(session: 1, date: "2026-01-13"),
    .setPresent(session: 1, participant: "piet", present: true),
    .setGuests(session: 1, guests: ["Jan (toezicht)"]),
    .addDecision(decision: Decision(number: 2, session: 1, date: "2026-01-12", text: "Coöperatie")),
    .setDecisionText(decision: 1, text: "Samen verder, met Woonzorg"),
    .setDecisionStatus(decision: 1, status: .pendingSupervisors),
    .setDecisionTopic(decision: 1, topic: "legal-form"),
    .setDecisionRound(decision: 1, round: 1),
    .reviseDecision(
      decision: 1, revision: Decision(number: 2, date: "2026-02-09", text: "Samen verder tot 2028")),
    .addAction(action: ActionItem(number: 2, text: "Begroting", organisation: "gemeente")),
    .setActionText(action: 1, text: "Statuten en begroting opvragen"),
    .setActionOwner(action: 1, participant: nil, organisation: "woonzorg"),
    .setActionDue(action: 1, due: "2026-02-01"),
    .setActionDone(action: 1, done: true),
    .removeAction(action: 1),
    .restore(
      parts: {
        var parts = WorkshopParts()
        parts.notes = "hersteld"
        return parts
      }()),
  ]

  /// The name of a change's case; the switch makes a new case fail to compile here until the
  /// tests know it.
  static func caseName(_ change: WorkshopChange) -> String {
    switch change {
    case .addParticipant: "addParticipant"
    case .renameParticipant: "renameParticipant"
    case .setRole: "setRole"
    case .moveParticipant: "moveParticipant"
    case .removeParticipant: "removeParticipant"
    case .setScore: "setScore"
    case .setScores: "setScores"
    case .setRejection: "setRejection"
    case .clearRejection: "clearRejection"
    case .addOrganisation: "addOrganisation"
    case .renameOrganisation: "renameOrganisation"
    case .setOrganisationKind: "setOrganisationKind"
    case .removeOrganisation: "removeOrganisation"
    case .setTick: "setTick"
    case .setChecklistNote: "setChecklistNote"
    case .addNeed: "addNeed"
    case .setNeedText: "setNeedText"
    case .setNeedTopic: "setNeedTopic"
    case .setNeedAskedOf: "setNeedAskedOf"
    case .setNeedStatus: "setNeedStatus"
    case .removeNeed: "removeNeed"
    case .addTopic: "addTopic"
    case .setTopicStatus: "setTopicStatus"
    case .setTopicAgreement: "setTopicAgreement"
    case .removeTopic: "removeTopic"
    case .setIntakeNote: "setIntakeNote"
    case .setPhase: "setPhase"
    case .setPhaseNotes: "setPhaseNotes"
    case .startRound: "startRound"
    case .replaceCard: "replaceCard"
    case .setChoice: "setChoice"
    case .startSession: "startSession"
    case .closeSession: "closeSession"
    case .reopenSession: "reopenSession"
    case .setSessionTitle: "setSessionTitle"
    case .setSessionDate: "setSessionDate"
    case .setPresent: "setPresent"
    case .setGuests: "setGuests"
    case .addDecision: "addDecision"
    case .setDecisionText: "setDecisionText"
    case .setDecisionStatus: "setDecisionStatus"
    case .setDecisionTopic: "setDecisionTopic"
    case .setDecisionRound: "setDecisionRound"
    case .reviseDecision: "reviseDecision"
    case .addAction: "addAction"
    case .setActionText: "setActionText"
    case .setActionOwner: "setActionOwner"
    case .setActionDue: "setActionDue"
    case .setActionDone: "setActionDone"
    case .removeAction: "removeAction"
    case .restore: "restore"
    case .setHandCounts: "setHandCounts"
    case .setRoundNotes: "setRoundNotes"
    case .setRoundOutcome: "setRoundOutcome"
    case .setRoundStage: "setRoundStage"
    case .setRoundTimer: "setRoundTimer"
    case .importSheet: "importSheet"
    }
  }

  static let caseCount = 57
}
