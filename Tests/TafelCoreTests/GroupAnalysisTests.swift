import Testing

@testable import TafelCore

@Suite struct GroupAnalysisTests {
  let content = Fixtures.content

  @Test func yellowGroupWithoutBlueAndRedGetsFocusPitfall() {
    let analysis = GroupAnalysis(participants: Fixtures.yellowGroup, content: content)
    let rule = analysis.pitfalls.first { $0.rule.id == "vision-without-focus" }?.rule
    #expect(rule?.title.nl == "Gebrek aan focus en durven kiezen")
    #expect(rule?.title.en == "Lack of focus and of daring to choose")
    #expect(rule?.basis == .practice)
    #expect(rule?.question.nl.hasSuffix("?") == true)
  }

  @Test func focusPitfallNeedsBothBlueAndRedMissing() {
    var group = Fixtures.yellowGroup
    for index in group.indices { group[index].scores.blue = 50 }
    let analysis = GroupAnalysis(participants: group, content: content)
    #expect(analysis.profile.underRepresented == [.red])
    #expect(!analysis.pitfalls.contains { $0.rule.id == "vision-without-focus" })
  }

  @Test func strategyStepIsAtRiskWhenOrangeAndRedAreLow() {
    let analysis = GroupAnalysis(participants: Fixtures.yellowGroup, content: content)
    #expect(analysis.stepsAtRisk.map(\.id).contains("strategyFocus"))
    #expect(!analysis.stepsAtRisk.map(\.id).contains("missionVision"))
  }

  @Test func theMostComplementaryPersonIsStrongWhereTheGroupIsWeak() {
    let group =
      Fixtures.yellowGroup + [Fixtures.participant("Erik", Fixtures.scores(30, 35, 55, 75, 70, 30))]
    let analysis = GroupAnalysis(participants: group, content: content)
    let best = analysis.complements[0]
    #expect(best.participantID == "erik")
    #expect(Set(best.strongOn) == [.blue, .red])
    #expect(best.firstColourIsWeak)
    #expect(analysis.complements.last?.score == 0)
  }

  @Test func aScoreJustAboveTheGroupMeanDoesNotComplement() {
    // Red is the group's weakest colour; Sandra's 30 is only just above its mean of 29.
    let group = [
      Fixtures.participant("Sandra", Fixtures.scores(60, 60, 60, 60, 30, 60)),
      Fixtures.participant("Kees", Fixtures.scores(60, 60, 60, 60, 28, 60)),
      Fixtures.participant("Anouk", Fixtures.scores(60, 60, 60, 60, 29, 60)),
    ]
    let analysis = GroupAnalysis(participants: group, content: content)
    #expect(analysis.profile.weakest.contains(.red))
    #expect(analysis.complements.allSatisfy { $0.strongOn.isEmpty && $0.score == 0 })
  }

  @Test func aComplementIsClearlyHighAndSaysByHowMuch() {
    let group = [
      Fixtures.participant("Sandra", Fixtures.scores(60, 60, 60, 60, 50, 60)),
      Fixtures.participant("Kees", Fixtures.scores(60, 60, 60, 60, 20, 60)),
      Fixtures.participant("Anouk", Fixtures.scores(60, 60, 60, 60, 20, 60)),
      Fixtures.participant("Piet", Fixtures.scores(60, 60, 60, 60, 38, 60)),
    ]
    // Red's mean is 32: Sandra is 18 above it (clear), Piet 6 (not clear).
    let analysis = GroupAnalysis(participants: group, content: content)
    let sandra = analysis.complements.first { $0.participantID == "sandra" }
    #expect(sandra?.strengths == [.init(colour: .red, pointsAbove: 18)])
    let piet = analysis.complements.first { $0.participantID == "piet" }
    #expect(piet?.strongOn == [])
  }

  @Test func aColourHeldByOnePersonAloneIsNamedWithThatPerson() {
    let group =
      Fixtures.yellowGroup + [Fixtures.participant("Erik", Fixtures.scores(30, 35, 55, 75, 70, 30))]
    let analysis = GroupAnalysis(participants: group, content: content)
    #expect(analysis.carriedAlone.contains(.init(colour: .red, participantID: "erik")))
    let pitfall = analysis.pitfalls.first { $0.rule.id == "carried-alone" && $0.colour == .red }
    #expect(pitfall?.participantID == "erik")
  }

  @Test func twoPeopleAreTooFewToCallAColourCarriedAlone() {
    let analysis = GroupAnalysis(
      participants: Array(Fixtures.yellowGroup.prefix(2)), content: content)
    #expect(analysis.carriedAlone.isEmpty)
  }

  @Test func aColourRejectedByAQuarterOfTheMeasuredIsRejectedByMany() {
    var group =
      Fixtures.yellowGroup
      + Fixtures.yellowGroup.map {
        var copy = $0
        copy.id += "-2"
        return copy
      }
    let rejectsBlue = Fixtures.scores(0, 0, 0, 60, 0, 0)
    let rejectsNothing = DriveScores(all: 10)
    for index in group.indices { group[index].rejection = index < 2 ? rejectsBlue : rejectsNothing }
    let analysis = GroupAnalysis(participants: group, content: content)
    #expect(analysis.rejections == [.init(colour: .blue, count: 2, outOf: 8)])
    #expect(analysis.pitfalls.contains { $0.rule.id == "rejected-by-many" && $0.colour == .blue })
  }

  @Test func oneRejecterIsNeverMany() {
    var group = Array(Fixtures.yellowGroup.prefix(3))
    group[0].rejection = Fixtures.scores(0, 0, 0, 90, 0, 0)
    let analysis = GroupAnalysis(participants: group, content: content)
    #expect(analysis.rejections.isEmpty)
  }

  @Test func delegationAnalysisUsesOnlyThatOrganisation() {
    let workshop = Fixtures.workshop(
      Fixtures.yellowGroup + [
        Fixtures.participant("Erik", organisation: "other", Fixtures.scores(30, 35, 55, 75, 70, 30))
      ])
    let delegation = GroupAnalysis(workshop: workshop, organisationID: "other", content: content)
    #expect(delegation.profile.participantCount == 1)
    #expect(delegation.profile.figures(.blue).mean == 75)
    let room = GroupAnalysis(workshop: workshop, content: content)
    #expect(room.profile.participantCount == 5)
  }

  @Test func anEmptyGroupHasNoPitfalls() {
    let analysis = GroupAnalysis(participants: [], content: content)
    #expect(analysis.pitfalls.isEmpty)
    #expect(analysis.complements.isEmpty)
    #expect(analysis.stepsAtRisk.isEmpty)
  }

  @Test func theDemoShowsTheCaseFromPractice() throws {
    let demo = try DemoWorkshop.load()
    #expect(demo.organisations.count == 8)
    #expect(demo.participants.count == 14)
    let analysis = GroupAnalysis(workshop: demo, content: content)
    #expect(analysis.profile.dominant == [.yellow])
    #expect(analysis.profile.underRepresented == [.blue, .red])
    #expect(analysis.pitfalls.first?.rule.id == "vision-without-focus")
  }
}
