import Testing

@testable import TafelCore

@Suite struct GroupProfileTests {
  let thresholds = AnalysisThresholds()

  @Test func meanAndSpreadPerColour() {
    let profile = GroupProfile(
      scores: [Fixtures.scores(40, 0, 0, 0, 0, 0), Fixtures.scores(60, 0, 0, 0, 0, 0)],
      thresholds: thresholds)
    #expect(profile.figures(.yellow).mean == 50)
    #expect(profile.figures(.yellow).spread == 10)
    #expect(profile.figures(.green).spread == 0)
  }

  /// Means 60, 50, 50, 50, 50, 40: the level is 50, so yellow is exactly 10 above and red exactly
  /// 10 below.
  @Test func aColourExactlyOnTheMarginCounts() {
    let profile = GroupProfile(
      scores: [Fixtures.scores(60, 50, 50, 50, 40, 50)], thresholds: thresholds)
    #expect(profile.overallLevel == 50)
    #expect(profile.dominant == [.yellow])
    #expect(profile.underRepresented == [.red])
  }

  /// Means 59, 50, 50, 50, 41, 50: the level is 50, so yellow is 9 above and red 9 below.
  @Test func aColourJustInsideTheMarginIsBalanced() {
    let profile = GroupProfile(
      scores: [Fixtures.scores(59, 50, 50, 50, 41, 50)], thresholds: thresholds)
    #expect(profile.dominant.isEmpty)
    #expect(profile.underRepresented.isEmpty)
    #expect(profile.figures(.yellow).status == .balanced)
  }

  @Test func marginsComeFromTheThresholds() {
    let strict = AnalysisThresholds(dominantMargin: 5, underRepresentedMargin: 20)
    let profile = GroupProfile(
      scores: [Fixtures.scores(59, 50, 50, 50, 41, 50)], thresholds: strict)
    #expect(profile.dominant == [.yellow])
    #expect(profile.underRepresented.isEmpty)
  }

  @Test func theYellowCaseIsYellowDominantAndLacksBlueAndRed() {
    let profile = GroupProfile(scores: Fixtures.yellowGroup.map(\.scores), thresholds: thresholds)
    // Blue and red tie at 20; the tie keeps the canonical order.
    #expect(profile.colourOrder == [.yellow, .green, .orange, .purple, .blue, .red])
    #expect(profile.dominant == [.yellow])
    #expect(profile.underRepresented == [.blue, .red])
    #expect(profile.weakest == [.red, .blue])
  }

  @Test func anEmptyGroupHasNoDominantOrMissingColours() {
    let profile = GroupProfile(scores: [], thresholds: thresholds)
    #expect(profile.participantCount == 0)
    #expect(profile.dominant.isEmpty)
    #expect(profile.underRepresented.isEmpty)
  }

  @Test func withoutUnderRepresentedColoursTheWeakestAreTheTwoLowest() {
    let profile = GroupProfile(
      scores: [Fixtures.scores(55, 50, 52, 48, 45, 50)], thresholds: thresholds)
    #expect(profile.underRepresented.isEmpty)
    #expect(profile.weakest == [.red, .blue])
  }
}
