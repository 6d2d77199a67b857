import Testing

@testable import TafelCore

/// The privacy rule: no name beside a profile and no figure about fewer than three people.
@Suite struct DisclosureTests {
  static func people(_ count: Int, in organisation: String) -> [Participant] {
    (0..<count).map {
      Fixtures.participant(
        "\(organisation) \($0)", organisation: organisation, Fixtures.scores(80, 20, 50, 10, 70, 30)
      )
    }
  }

  @Test func aGroupOfOneOrTwoIsTooSmallToShow() {
    for count in 1...2 {
      let analysis = GroupAnalysis(
        participants: Self.people(count, in: "a"), content: Fixtures.content)
      #expect(Disclosure.anonymous.shown(analysis) == nil)
      #expect(Disclosure.open.shown(analysis) == analysis)
    }
    let three = GroupAnalysis(participants: Self.people(3, in: "a"), content: Fixtures.content)
    #expect(Disclosure.anonymous.shown(three) != nil)
  }

  @Test func privateAnalysesNameNobody() throws {
    var group = Fixtures.yellowGroup
    // Dewi alone carries red: the open analysis says so by name.
    group[3].scores = Fixtures.scores(85, 45, 40, 15, 90, 50)
    let analysis = GroupAnalysis(participants: group, content: Fixtures.content)
    #expect(!analysis.carriedAlone.isEmpty)
    #expect(!analysis.complements.isEmpty)
    let shown = try #require(Disclosure.anonymous.shown(analysis))
    #expect(shown.complements.isEmpty)
    #expect(shown.carriedAlone.isEmpty)
    #expect(shown.pitfalls.allSatisfy { $0.participantID == nil })
    #expect(shown.profile == analysis.profile)
  }

  @Test func smallDelegationsAreHiddenAndCannotBeWorkedOutFromTheRest() {
    let workshop = Fixtures.workshop(
      Self.people(5, in: "a") + Self.people(3, in: "b") + Self.people(1, in: "c"))
    // c alone is too small; and with the room shown, room minus a minus b would give c's scores,
    // so the smallest delegation shown (b) is hidden too.
    #expect(Disclosure.anonymous.organisationsShown(in: workshop) == ["a"])
    #expect(Disclosure.open.organisationsShown(in: workshop) == ["a", "b", "c"])
    let enough = Fixtures.workshop(
      Self.people(4, in: "a") + Self.people(1, in: "b") + Self.people(2, in: "c"))
    #expect(Disclosure.anonymous.organisationsShown(in: enough) == ["a"])
    let pairs = Fixtures.workshop(Self.people(2, in: "a") + Self.people(2, in: "b"))
    #expect(Disclosure.anonymous.organisationsShown(in: pairs).isEmpty)
  }

  @Test func aColourSplitWithOneOrTwoPeopleIsNotShownInPrivate() {
    #expect(Disclosure.anonymous.colourSplit([.red: 1, .yellow: 4]) == nil)
    #expect(Disclosure.anonymous.colourSplit([.red: 3, .yellow: 4]) == [.red: 3, .yellow: 4])
    #expect(Disclosure.open.colourSplit([.red: 1]) == [.red: 1])
  }
}

extension DisclosureTests {
  /// "Red rejected by 2 of 2" in a room of five: only two people filled in rejection scores, so
  /// the figure is about those two and tells that both reject red.
  @Test func aRejectionMeasuredOnFewerThanThreeIsNotShownInPrivate() throws {
    var people = Self.people(5, in: "a")
    for index in 0..<2 { people[index].rejection = Fixtures.scores(10, 10, 10, 10, 90, 10) }
    let analysis = GroupAnalysis(participants: people, content: Fixtures.content)
    #expect(analysis.rejections.map(\.outOf) == [2])
    // "Many participants reject red" fires on the same two.
    #expect(analysis.pitfalls.contains { $0.rule.when.rejectedByMany == true })
    let shown = try #require(Disclosure.anonymous.shown(analysis))
    #expect(shown.rejections.isEmpty)
    #expect(!shown.pitfalls.contains { $0.rule.when.rejectedByMany == true })
    #expect(Disclosure.open.shown(analysis)?.rejections == analysis.rejections)
    for index in 2..<5 { people[index].rejection = Fixtures.scores(10, 10, 10, 10, 90, 10) }
    let measuredByFive = GroupAnalysis(participants: people, content: Fixtures.content)
    #expect(Disclosure.anonymous.shown(measuredByFive)?.rejections.count == 1)
  }
}
