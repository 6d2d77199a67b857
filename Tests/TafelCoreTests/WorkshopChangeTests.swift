import Foundation
import Testing

@testable import TafelCore

@Suite struct WorkshopChangeTests {
  let start = ChangeFixtures.workshop()

  @Test func theExamplesHoldEveryCaseAndEachChangesTheWorkshop() {
    #expect(
      Set(ChangeFixtures.examples.map(ChangeFixtures.caseName)).count == ChangeFixtures.caseCount)
    for change in ChangeFixtures.examples {
      #expect(start.applying(change) != start, "\(change)")
      // Applying is the whole change: again on its own result changes nothing more, except a
      // drawn card, which draws another round.
      if case .startRound = change { continue }
      #expect(start.applying(change).applying(change) == start.applying(change), "\(change)")
    }
  }

  @Test func aChangeNamingWhatIsGoneChangesNothing() {
    let gone: [WorkshopChange] = [
      .renameParticipant(participant: "nobody", name: "X"),
      .setRole(participant: "nobody", role: "x"),
      .moveParticipant(participant: "nobody", organisation: "gemeente"),
      .moveParticipant(participant: "sandra", organisation: "nowhere"),
      .removeParticipant(participant: "nobody"),
      .setScore(participant: "nobody", colour: .red, value: 1),
      .setScores(participant: "nobody", scores: DriveScores(all: 1)),
      .setRejection(participant: "nobody", colour: .red, value: 1),
      .clearRejection(participant: "nobody"),
      .addParticipant(
        participant:
          Participant(
            id: "x", name: "X", organisationID: "nowhere", role: "", scores: .init(all: 1))),
      .addParticipant(participant: ChangeFixtures.workshop().participants[0]),
      .addOrganisation(organisation: ChangeFixtures.workshop().organisations[0]),
      .renameOrganisation(organisation: "nowhere", name: "X"),
      .setOrganisationKind(organisation: "nowhere", kind: .shelter),
      .removeOrganisation(organisation: "nowhere"),
      .addNeed(need: ComfortNeed(id: "x", organisationID: "nowhere", text: "x")),
      .setNeedText(need: "nothing", text: "x"),
      .setNeedTopic(need: "nothing", topic: "exit"),
      .setNeedAskedOf(need: "nothing", organisations: []),
      .setNeedStatus(need: "nothing", status: .agreed),
      .removeNeed(need: "nothing"),
      .addTopic(topic: FormalisationTopic(id: "eigen", title: "twice")),
      .removeTopic(topic: "nothing"),
      .setIntakeNote(organisation: "nowhere", field: .willingness, text: "x"),
      .setChoice(round: 9, participant: "sandra", option: 1),
      .setChoice(round: 0, participant: "sandra", option: 1),
      .setHandCounts(round: 9, counts: [1]),
      .setRoundNotes(round: 9, notes: "x"),
      .setRoundOutcome(round: -1, outcome: "x"),
      .setRoundStage(round: 9, stage: .reveal),
      .setRoundTimer(round: 9, timer: RoundTimer(durationSeconds: 1)),
      .replaceCard(card: "x", options: 2, timerSeconds: 1),
    ]
    var played = start
    played.dilemmaRounds.removeLast()
    for change in gone {
      // The played round cannot have its card replaced; the others have nothing to change.
      let workshop = { if case .replaceCard = change { played } else { start } }()
      #expect(workshop.applying(change) == workshop, "\(change)")
    }
    var empty = Workshop(title: "leeg")
    for change in ChangeFixtures.examples {
      switch change {
      case .setPhase, .setPhaseNotes, .setTick, .setChecklistNote, .addTopic, .setTopicStatus,
        .setTopicAgreement, .startRound, .addOrganisation, .importSheet, .startSession,
        .addDecision, .addAction, .restore:
        continue  // these need nothing that could be gone
      default:
        #expect(empty.applying(change) == empty, "\(change)")
      }
    }
    empty.apply(.importSheet(organisations: [], participants: [ChangeFixtures.newcomer]))
    #expect(empty.participants.isEmpty)
  }

  @Test func peopleChanges() throws {
    var workshop = start
    workshop.apply(.addParticipant(participant: ChangeFixtures.newcomer))
    #expect(workshop.participants.last == ChangeFixtures.newcomer)
    workshop.apply(.renameParticipant(participant: "sandra", name: "Sandra Visser"))
    workshop.apply(.setRole(participant: "sandra", role: "burgemeester"))
    workshop.apply(.moveParticipant(participant: "sandra", organisation: "woonzorg"))
    workshop.apply(.setScore(participant: "sandra", colour: .red, value: 145))
    workshop.apply(.setRejection(participant: "sandra", colour: .blue, value: 60))
    let sandra = try #require(workshop.participants.first { $0.id == "sandra" })
    #expect(sandra.name == "Sandra Visser")
    #expect(sandra.role == "burgemeester")
    #expect(sandra.organisationID == "woonzorg")
    #expect(sandra.scores.red == 100)
    #expect(
      sandra.rejection == DriveScores(yellow: 0, green: 0, orange: 0, blue: 60, red: 0, purple: 0))
    workshop.apply(.setScores(participant: "sandra", scores: DriveScores(all: -5)))
    #expect(workshop.participants.first { $0.id == "sandra" }?.scores == DriveScores(all: 0))
    workshop.apply(.clearRejection(participant: "piet"))
    #expect(workshop.participants.first { $0.id == "piet" }?.rejection == nil)
    workshop.apply(.removeParticipant(participant: "piet"))
    #expect(!workshop.participants.contains { $0.id == "piet" })
  }

  @Test func organisationChanges() {
    var workshop = start
    let ggz = Organisation(id: "ggz", name: "GGZ Noord", shortName: "GGZ", kind: .mentalHealthCare)
    workshop.apply(.addOrganisation(organisation: ggz))
    #expect(workshop.organisations.last == ggz)
    workshop.apply(.renameOrganisation(organisation: "woonzorg", name: "Woonzorg Noord"))
    #expect(workshop.organisation(withID: "woonzorg")?.name == "Woonzorg Noord")
    #expect(workshop.organisation(withID: "woonzorg")?.shortName == "Woonzorg Noord")
    workshop.apply(.setOrganisationKind(organisation: "woonzorg", kind: .elderlyCare))
    #expect(workshop.organisation(withID: "woonzorg")?.kind == .elderlyCare)
    // The delegation, what it said and its intake go with it; what others asked of it no
    // longer names it.
    workshop.apply(.removeOrganisation(organisation: "gemeente"))
    #expect(workshop.organisation(withID: "gemeente") == nil)
    #expect(!workshop.participants.contains { $0.organisationID == "gemeente" })
    #expect(workshop.intakeNotes["gemeente"] == nil)
    #expect(workshop.comfortNeeds.first?.askedOf == [])
  }

  @Test func theImportReplacesWhatItKnowsAndAddsTheRest() {
    var updated = start.participants[0]
    updated.scores = DriveScores(all: 90)
    let ggz = Organisation(id: "ggz", name: "GGZ", shortName: "GGZ", kind: .other)
    var newcomer = ChangeFixtures.newcomer
    newcomer.organisationID = "ggz"
    let workshop = start.applying(
      .importSheet(organisations: [ggz], participants: [updated, newcomer]))
    #expect(workshop.participants.count == 3)
    #expect(workshop.participants[0].scores == DriveScores(all: 90))
    #expect(workshop.participants.last == newcomer)
    #expect(workshop.organisations.last == ggz)
  }

  @Test func theImportAsAChangeIsWhatTheImportDid() throws {
    let text =
      "naam,organisatie,geel,groen,oranje,blauw,rood,paars\n"
      + "Sandra de Vries,Gemeente Noord,1,2,3,4,5,6\nNieuw,Nieuwe Org,6,5,4,3,2,1\n"
    let sheet = try ParticipantSheet(bytes: Array(text.utf8))
    var imported = start
    _ = imported.importParticipants(sheet)
    #expect(start.applying(WorkshopChange.importing(sheet, into: start).change) == imported)
  }

  @Test func comfortAndChecklistChanges() {
    var workshop = start
    workshop.apply(.setTick(key: "signals/a", tickedAt: "t"))
    #expect(workshop.checklistMarks["signals/a"]?.tickedAt == "t")
    workshop.apply(.setChecklistNote(key: "signals/a", note: "n"))
    workshop.apply(.setTick(key: "signals/a", tickedAt: nil))
    #expect(workshop.checklistMarks["signals/a"] == ChecklistMark(tickedAt: nil, note: "n"))
    workshop.apply(.setChecklistNote(key: "signals/a", note: ""))
    #expect(workshop.checklistMarks["signals/a"] == nil)
    workshop.apply(
      .addNeed(need: ComfortNeed(id: "geld", organisationID: "gemeente", text: "Geld")))
    workshop.apply(.setNeedText(need: "geld", text: "Meer geld"))
    workshop.apply(.setNeedTopic(need: "geld", topic: "resources"))
    workshop.apply(.setNeedAskedOf(need: "geld", organisations: ["woonzorg", "gemeente"]))
    workshop.apply(.setNeedStatus(need: "geld", status: .addressed))
    #expect(
      workshop.comfortNeeds.last
        == ComfortNeed(
          id: "geld", organisationID: "gemeente", text: "Meer geld",
          askedOf: ["gemeente", "woonzorg"], status: .addressed, topicID: "resources"))
    workshop.apply(.removeNeed(need: "geld"))
    #expect(workshop.comfortNeeds.map(\.id) == ["tijd"])
  }

  @Test func formalisationAndPhaseChanges() {
    var workshop = start
    workshop.apply(.setTopicStatus(topic: "exit", status: .parked))
    #expect(workshop.topics.last == FormalisationTopic(id: "exit", status: .parked))
    workshop.apply(.setTopicAgreement(topic: "exit", agreement: "Opzegtermijn een jaar"))
    #expect(workshop.topics.last?.status == .agreed)
    workshop.apply(.addTopic(topic: FormalisationTopic(id: "data", title: "Data")))
    workshop.apply(.setNeedTopic(need: "tijd", topic: "data"))
    workshop.apply(.removeTopic(topic: "data"))
    #expect(!workshop.topics.contains { $0.id == "data" })
    #expect(workshop.comfortNeeds[0].topicID == nil)
    workshop.apply(.setIntakeNote(organisation: "gemeente", field: .willingness, text: ""))
    #expect(workshop.intakeNotes["gemeente"] == nil)
    workshop.apply(.setIntakeNote(organisation: "woonzorg", field: .addedValue, text: "wonen"))
    #expect(workshop.intakeNotes["woonzorg"] == IntakeNote(addedValue: "wonen"))
    workshop.apply(.setPhase(phase: .collaboration))
    workshop.apply(.setPhaseNotes(phase: .intake, notes: "klaar"))
    #expect(workshop.phase == .collaboration)
    #expect(workshop.phaseNotes == ["intake": "klaar"])
    workshop.apply(.setPhaseNotes(phase: .intake, notes: ""))
    #expect(workshop.phaseNotes.isEmpty)
  }

  @Test func roundChanges() throws {
    var workshop = start
    workshop.apply(.replaceCard(card: "partner-threatens-to-leave", options: 4, timerSeconds: 60))
    #expect(workshop.dilemmaRounds.count == 2)
    #expect(workshop.dilemmaRounds[1].cardID == "partner-threatens-to-leave")
    #expect(workshop.dilemmaRounds[1].handCounts == [0, 0, 0, 0])
    workshop.apply(.setChoice(round: 2, participant: "piet", option: 1))
    // Once someone chose, the card stays.
    workshop.apply(.replaceCard(card: "the-deadline", options: 2, timerSeconds: 60))
    #expect(workshop.dilemmaRounds[1].cardID == "partner-threatens-to-leave")
    workshop.apply(.setChoice(round: 1, participant: "sandra", option: nil))
    #expect(workshop.dilemmaRounds[0].choices.isEmpty)
    workshop.apply(.setHandCounts(round: 2, counts: [3, -1, 0, 0]))
    workshop.apply(.setRoundNotes(round: 2, notes: "n"))
    workshop.apply(.setRoundOutcome(round: 2, outcome: "o"))
    workshop.apply(.setRoundStage(round: 2, stage: .discussion))
    let timer = RoundTimer(durationSeconds: 60, elapsedSeconds: 5, runningSince: 100)
    workshop.apply(.setRoundTimer(round: 2, timer: timer))
    let round = workshop.dilemmaRounds[1]
    #expect(round.handCounts == [3, 0, 0, 0])
    #expect(round.notes == "n" && round.outcome == "o")
    #expect(round.stage == .discussion && round.timer == timer)
    workshop.apply(.startRound(card: "the-deadline", options: 2, timerSeconds: 300))
    #expect(workshop.dilemmaRounds.count == 3)
    #expect(workshop.dilemmaRounds[2].timer.durationSeconds == 300)
  }

  @Test func onlyTheDrawTheStageAndTheTimerAreGameProgress() {
    let progress = ChangeFixtures.examples.filter(\.isGameProgress).map(ChangeFixtures.caseName)
    #expect(
      Set(progress) == [
        "startRound", "setRoundStage", "setRoundTimer", "startSession", "closeSession",
        "reopenSession",
      ])
  }

  @Test func theCodableFormIsReadableAndReadsBack() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let score = try encoder.encode(
      WorkshopChange.setScore(participant: "sandra", colour: .red, value: 45))
    #expect(
      String(decoding: score, as: UTF8.self)
        == #"{"setScore":{"colour":"red","participant":"sandra","value":45}}"#)
    for change in ChangeFixtures.examples {
      let data = try encoder.encode(change)
      // Every value has a name a reader understands; none is a positional "_0".
      #expect(!String(decoding: data, as: UTF8.self).contains("\"_0\""), "\(change)")
      #expect(try JSONDecoder().decode(WorkshopChange.self, from: data) == change, "\(change)")
    }
  }
}
