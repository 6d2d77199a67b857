import Testing

@testable import TafelCore

@Suite struct WorkshopChangeMessageTests {
  let start = ChangeFixtures.workshop()
  let content = Fixtures.content

  func text(_ change: WorkshopChange, _ language: Language = .nl) -> String {
    content.strings.text(
      change.message(on: start, content: content, language: language), in: language)
  }

  func text(_ changes: [WorkshopChange], _ language: Language = .nl) -> String {
    let message = WorkshopChange.message(
      for: changes, on: start, content: content, language: language)
    return content.strings.text(message, in: language)
  }

  @Test func everyChangeSaysWhatItDidInBothLanguages() {
    for change in ChangeFixtures.examples {
      for language in Language.allCases {
        let said = text(change, language)
        #expect(!said.isEmpty && !said.contains("{") && !said.hasPrefix("change"), "\(change)")
        #expect(said != content.strings.text(.changeNothing, in: language), "\(change)")
      }
    }
  }

  @Test func aScoreSaysWhoseColourFromWhatToWhat() {
    let change = WorkshopChange.setScore(participant: "sandra", colour: .red, value: 45)
    #expect(text(change) == "score rood van Sandra de Vries 30 → 45")
    #expect(text(change, .en) == "Sandra de Vries's red score 30 → 45")
  }

  /// The line may be on the wall: in privacy mode no individual's score, and never who chose
  /// what (hidden until the reveal).
  @Test func privacyModeNamesNoFigureAndNoChoiceIsEverSaid() {
    let score = WorkshopChange.setScore(participant: "sandra", colour: .red, value: 45)
    let hidden = WorkshopChange.message(
      for: [score, .setRejection(participant: "piet", colour: .blue, value: 60)], on: start,
      content: content, language: .nl, disclosing: false)
    #expect(
      content.strings.text(hidden, in: .nl)
        == "score rood van Sandra; afwijzing blauw van Piet")
    let one = score.message(on: start, content: content, language: .nl, disclosing: false)
    #expect(content.strings.text(one, in: .nl) == "score rood van Sandra")
    for option in [0, 1, 2] {
      let said = text(.setChoice(round: 1, participant: "piet", option: option))
      #expect(!said.contains("A") && !said.contains("B") && !said.contains("C"), "\(said)")
    }
  }

  @Test func valuesBeforeAndAfterComeFromTheWorkshop() {
    #expect(
      text(.renameParticipant(participant: "sandra", name: "Sandra Visser"))
        == "naam Sandra de Vries → Sandra Visser")
    #expect(
      text(.setRole(participant: "piet", role: "bestuurder"))
        == "rol van Piet Jansen: (leeg) → bestuurder")
    #expect(
      text(.moveParticipant(participant: "sandra", organisation: "woonzorg"))
        == "Sandra de Vries: Gemeente Noord → Woonzorg")
    #expect(
      text(.setNeedStatus(need: "tijd", status: .agreed)) == "wens „Tijd”: open → afgesproken")
    #expect(text(.setPhase(phase: .formalisation)) == "fase Intake → Formalisering")
    #expect(
      text(.setChoice(round: 1, participant: "sandra", option: 2))
        == "keuze van Sandra de Vries in ronde 1")
    #expect(
      text(.removeOrganisation(organisation: "gemeente"))
        == "verwijderen van organisatie Gemeente Noord met haar delegatie")
    #expect(
      text(.importSheet(organisations: [], participants: [ChangeFixtures.newcomer]))
        == "import van 1 persoon")
  }

  @Test func aScoreEditedWithTheArrowsIsOneStepFromFirstToLast() {
    let steps: [WorkshopChange] = [31, 32, 33, 45].map {
      .setScore(participant: "sandra", colour: .red, value: $0)
    }
    #expect(text(steps) == "score rood van Sandra de Vries 30 → 45")
  }

  @Test func aPersonsFormNamesThePerson() {
    let form: [WorkshopChange] = [
      .setRole(participant: "sandra", role: "b"), .setRole(participant: "sandra", role: "bu"),
      .setScore(participant: "sandra", colour: .red, value: 31),
      .setOrganisationKind(organisation: "gemeente", kind: .welfare),
    ]
    #expect(text(form) == "gegevens van Sandra de Vries")
    let scores: [WorkshopChange] = [
      .setScore(participant: "sandra", colour: .red, value: 31),
      .setScore(participant: "sandra", colour: .blue, value: 31),
    ]
    #expect(text(scores) == "scores van Sandra de Vries")
    let added: [WorkshopChange] = [
      .addParticipant(participant: ChangeFixtures.newcomer),
      .renameParticipant(participant: "anouk", name: "Anouk B"),
    ]
    #expect(text(added) == "toevoegen van Anouk B")
  }

  @Test func unrelatedChangesAreListed() {
    let changes: [WorkshopChange] = [.setPhase(phase: .content), .removeNeed(need: "tijd")]
    #expect(text(changes) == "fase Intake → Inhoud; verwijderen van wens „Tijd”")
  }
}
