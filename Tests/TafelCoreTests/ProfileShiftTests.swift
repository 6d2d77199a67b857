import Testing

@testable import TafelCore

/// The timeline's explanation of a moved group profile (issue 16): who was present versus
/// scores that changed, split exactly.
@Suite struct ProfileShiftTests {
  static func person(_ name: String, red: Int) -> Participant {
    Fixtures.participant(name, Fixtures.scores(50, 50, 50, 50, red, 50))
  }

  let earlier = Fixtures.workshop([
    person("Anna", red: 20), person("Bram", red: 40), person("Cor", red: 60),
  ])

  @Test func aMoveIsSplitIntoWhoWasThereAndWhatChanged() {
    var later = earlier
    later.participants[1].scores[.red] = 50
    later.participants.append(Self.person("Dewi", red: 90))
    let shift = ProfileShift(
      earlier: earlier, presentBefore: ["anna", "bram"], later: later,
      presentAfter: ["bram", "cor", "dewi"], thresholds: Fixtures.content.rules.thresholds)

    let red = shift.colours[DriveColour.red.canonicalIndex]
    #expect(red.before == 30)
    #expect(red.after == 200.0 / 3)
    // Bram at 40, Cor at 60 and Dewi (new) at 90: 190/3 with the earlier scores.
    #expect(abs(red.presence - (190.0 / 3 - 30)) < 1e-9)
    #expect(abs(red.scores - 10.0 / 3) < 1e-9)
    #expect(abs(red.presence + red.scores - red.change) < 1e-9)
    #expect(shift.joined == ["cor", "dewi"])
    #expect(shift.left == ["anna"])
    #expect(shift.changedScores == [.init(participant: "bram", colour: .red, from: 40, to: 50)])
    #expect(shift.colours[DriveColour.yellow.canonicalIndex].change == 0)
  }

  @Test func noPresentListMeansEveryoneAndAnUnknownIdCountsForNothing() {
    let shift = ProfileShift(
      earlier: earlier, presentBefore: [], later: earlier, presentAfter: ["anna", "removed:1"],
      thresholds: Fixtures.content.rules.thresholds)
    #expect(shift.before.participantCount == 3)
    #expect(shift.after.participantCount == 1)
    #expect(shift.left == ["bram", "cor"])
    #expect(shift.changedScores.isEmpty)
    #expect(shift.colours[DriveColour.red.canonicalIndex].scores == 0)
  }

  @Test func movesNameNeedsTopicsPeopleAndRoundsThatMoved() {
    var before = earlier
    before.comfortNeeds = [
      ComfortNeed(id: "n1", organisationID: "org", text: "Tijd"),
      ComfortNeed(id: "n2", organisationID: "org", text: "Geld"),
    ]
    before.dilemmaRounds = [DilemmaRound(cardID: "c1", optionCount: 2, timerSeconds: 60)]
    var after = before
    after.comfortNeeds[0].status = .agreed
    after.comfortNeeds.remove(at: 1)
    after.comfortNeeds.append(ComfortNeed(id: "n3", organisationID: "org", text: "Rust"))
    after.topics = [FormalisationTopic(id: "exit", status: .agreed, agreement: "Na 2 jaar")]
    after.participants.removeFirst()
    after.phase = .formalisation
    after.dilemmaRounds[0].outcome = "Eerst de wijk"
    after.dilemmaRounds.append(DilemmaRound(cardID: "c2", optionCount: 2, timerSeconds: 60))

    let moves = WorkshopMoves(from: before, to: after)

    #expect(moves.needs.map(\.need.id) == ["n1", "n3", "n2"])
    #expect(moves.needs.map(\.from) == [.open, nil, .open])
    #expect(moves.needs.map(\.to) == [.agreed, .open, nil])
    #expect(
      moves.topics == [
        .init(topic: after.topics[0], from: .open, to: .agreed, agreement: "Na 2 jaar")
      ])
    #expect(moves.removedPeople.map(\.id) == ["anna"])
    #expect(moves.phase == .formalisation)
    // The second round was only drawn: nothing to report yet.
    #expect(moves.rounds == [1])
    #expect(WorkshopMoves(from: after, to: after).isEmpty)
  }
}
