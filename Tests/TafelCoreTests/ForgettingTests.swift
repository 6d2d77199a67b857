import Foundation
import Testing

@testable import TafelCore

/// Forgetting a person (issue 16): gone from the people and from every text, their dilemma
/// choices kept without them, and what is left of their name said plainly.
@Suite struct ForgettingTests {
  static func workshop() -> Workshop {
    var workshop = Fixtures.workshop([
      Fixtures.participant(
        "Sandra de Vries", organisation: "ggz", Fixtures.scores(80, 20, 30, 40, 50, 60)),
      Fixtures.participant(
        "Jan Smit", organisation: "gemeente", Fixtures.scores(20, 80, 30, 40, 50, 60)),
      Fixtures.participant(
        "Jan Smit", organisation: "corporatie", Fixtures.scores(20, 30, 80, 40, 50, 60)),
    ])
    workshop.participants[2].id = "jan-smit-2"
    workshop.participants[1].note = "Werkt al jaren met Sandra de Vries samen."
    workshop.notes = "sandra de vries wil tempo; Januari is druk. Sandra belt nog."
    workshop.comfortNeeds = [
      ComfortNeed(id: "n1", organisationID: "ggz", text: "Tijd, zegt Sandra de Vries.")
    ]
    var round = DilemmaRound(cardID: "c1", optionCount: 3, timerSeconds: 60)
    round.choices = ["sandra-de-vries": 2, "jan-smit": 0]
    round.outcome = "Sandra De Vries koos C."
    workshop.dilemmaRounds = [round]
    return workshop
  }

  @Test func aWholeNameOrAnIdFindsThePersonAndNothingElseDoes() {
    let workshop = Self.workshop()
    #expect(workshop.lookUpParticipant("sandra de  vries") == .found(workshop.participants[0]))
    #expect(workshop.lookUpParticipant("jan-smit-2") == .found(workshop.participants[2]))
    #expect(
      workshop.lookUpParticipant("Jan Smit")
        == .ambiguous([workshop.participants[1], workshop.participants[2]]))
    #expect(
      workshop.lookUpParticipant("Sandra") == .unknown(candidates: [workshop.participants[0]]))
    #expect(
      workshop.lookUpParticipant("Sandra de Fries")
        == .unknown(candidates: [workshop.participants[0]]))
    #expect(workshop.lookUpParticipant("Piet") == .unknown(candidates: []))
  }

  @Test func theForgottenPersonIsGoneFromEveryTextAndTheirChoiceCountsWithoutThem() throws {
    let forgotten = Self.workshop().forgetting(
      participant: "sandra-de-vries", names: ["Sandra de Vries"],
      replacement: "een verwijderde deelnemer")
    let workshop = forgotten.workshop
    #expect(workshop.participants.map(\.id) == ["jan-smit", "jan-smit-2"])
    #expect(workshop.participants[0].note == "Werkt al jaren met een verwijderde deelnemer samen.")
    #expect(
      workshop.notes == "een verwijderde deelnemer wil tempo; Januari is druk. Sandra belt nog.")
    #expect(workshop.comfortNeeds[0].text == "Tijd, zegt een verwijderde deelnemer.")
    #expect(workshop.dilemmaRounds[0].outcome == "een verwijderde deelnemer koos C.")
    #expect(workshop.dilemmaRounds[0].choices == ["removed:1": 2, "jan-smit": 0])
    #expect(workshop.dilemmaRounds[0].tally(optionCount: 3) == [1, 0, 1])
    #expect(forgotten.replacedTexts == 4)
    // "Sandra" alone may be her or another Sandra: said, not guessed.
    #expect(forgotten.remainingWords == [.init(word: "Sandra", texts: 1)])
    let bytes = String(decoding: try WorkshopStore.encode(workshop), as: UTF8.self)
    #expect(!bytes.localizedCaseInsensitiveContains("vries"))
    #expect(!bytes.contains("sandra-de-vries"))
    #expect(workshop.validate().isEmpty)
  }

  @Test func anOlderNameIsScrubbedTooAndTheLongestNameFirst() {
    let text = Forgetting.scrub(
      "Sandra de Vries en Sandra V. en sandra v.", names: ["Sandra V.", "Sandra de Vries"],
      replacement: "X")
    #expect(text == "X en X en X")
  }
}

/// Forgetting reaches the history (issue 16's journal): no entry holds their name, an older
/// name, their id or their scores, and the history still replays to the workshop.
@Suite struct ForgettingHistoryTests {
  @Test func theJournalIsToldAgainWithoutThePerson() throws {
    var workshop = Fixtures.workshop([
      Fixtures.participant(
        "Jan Smit", organisation: "gemeente", Fixtures.scores(20, 80, 30, 40, 50, 60))
    ])
    let sandra = Participant(
      id: "sandra-v", name: "Sandra V.", organisationID: "gemeente", role: "wethouder",
      scores: Fixtures.scores(80, 20, 30, 40, 50, 60))
    let time = "2026-09-14T10:00:00+02:00"
    workshop.applyRecording(.addParticipant(participant: sandra), at: time)
    workshop.applyRecording(
      .startSession(
        session: Session(date: "2026-09-14", title: "Start", present: ["sandra-v", "jan-smit"])),
      at: time)
    workshop.applyRecording(.setScore(participant: "sandra-v", colour: .red, value: 77), at: time)
    workshop.applyRecording(
      .renameParticipant(participant: "sandra-v", name: "Sandra de Vries"), at: time)
    workshop.applyRecording(
      .addNeed(need: ComfortNeed(id: "n1", organisationID: "gemeente", text: "Sandra V. wil tijd")),
      at: time)
    workshop.applyRecording(
      .addAction(
        action: ActionItem(
          number: 1, text: "Sandra de Vries belt de burgemeester", participant: "sandra-v")),
      at: time)
    workshop.applyRecording(.setScore(participant: "jan-smit", colour: .red, value: 55), at: time)
    #expect(workshop.journal.count >= 6)

    let forgotten = workshop.forgetting(
      participant: "sandra-v", names: ["Sandra de Vries"], replacement: "een verwijderde deelnemer"
    ).workshop

    let bytes = String(decoding: try WorkshopStore.encode(forgotten), as: UTF8.self)
    for trace in ["sandra", "vries", "sandra-v", "wethouder\"", "77"] {
      #expect(!bytes.lowercased().contains(trace), "\(trace)")
    }
    #expect(forgotten.replayed() == forgotten.withoutJournal)
    #expect(forgotten.sessions[0].present == ["removed:1", "jan-smit"])
    #expect(forgotten.actions[0].participant == "removed:1")
    #expect(forgotten.actions[0].text == "een verwijderde deelnemer belt de burgemeester")
    #expect(forgotten.comfortNeeds[0].text == "een verwijderde deelnemer wil tijd")
    #expect(forgotten.participants.map(\.id) == ["jan-smit"])
    // Jan's own score change is still in the history.
    #expect(
      forgotten.journal.contains {
        $0.changes.contains(.setScore(participant: "jan-smit", colour: .red, value: 55))
      })
    #expect(try WorkshopStore.decode(Array(bytes.utf8), path: "w.json") == forgotten)
  }
}
