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
