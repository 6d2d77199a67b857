import Foundation
import Testing

@testable import TafelCore

/// Rejection scores: what the analysis does with them and where the reports show them.
@Suite struct RejectionTests {
  let content = Fixtures.content

  /// The yellow group from practice, one blue person, and two who reject blue.
  func group() -> [Participant] {
    var group =
      Fixtures.yellowGroup + [Fixtures.participant("Erik", Fixtures.scores(30, 40, 35, 80, 60, 20))]
    group[0].rejection = Fixtures.scores(0, 0, 0, 70, 0, 0)
    group[1].rejection = Fixtures.scores(5, 5, 5, 55, 5, 5)
    return group
  }

  @Test func aColourRejectedByManyNamesWhoseBehaviourMeetsTheIrritation() {
    let analysis = GroupAnalysis(participants: group(), content: content)
    #expect(analysis.rejections.map(\.colour) == [.blue])
    #expect(analysis.rejections.first?.carriers == ["erik"])
    #expect(analysis.rejections.first?.outOf == 2)
  }

  @Test func theProfileReportShowsEachPersonsRejectionAndWhoCarriesARejectedColour() {
    let workshop = Fixtures.workshop(group())
    let report = ProfileReport(
      workshop: workshop, organisation: nil, content: content, language: .nl
    ).render()
    #expect(report.contains("afwijzing 70"))
    #expect(report.contains("2 van de 2 deelnemers wijzen blauw af"))
    #expect(report.contains("Met blauw als eerste of tweede kleur: Erik."))
    let english = ProfileReport(
      workshop: workshop, organisation: nil, content: content, language: .en
    ).render()
    #expect(english.contains("rejection 55"))
    #expect(english.contains("With blue first or second: Erik."))
    let json = ProfileReport(workshop: workshop, organisation: nil, content: content, language: .nl)
      .json
    #expect(json.participants.first?.rejection == Fixtures.scores(0, 0, 0, 70, 0, 0))
    #expect(json.participants.last?.rejection == nil)
  }
}
