import TafelCore
import Testing

@testable import TafelUI

/// The timeline (issue 16) drawn from three sessions of the demo: the profile at the end of
/// each, its move explained, comfort needs and topics as they stood; ←/→ step through.
@Suite struct TimelineViewTests {
  /// Session 1: everyone but Jan de Wit; session 2: Jan de Wit joins, Fatima leaves, Kees's red
  /// goes up, a need is agreed; session 3: an exit agreement.
  static func points() throws -> [HistoryPoint] {
    let first = try DemoWorkshop.load()
    let everyone = first.participants.map(\.id)
    var second = first
    let kees = try #require(second.participants.firstIndex { $0.name == "Kees Brouwer" })
    second.participants[kees].scores[.red] += 30
    second.comfortNeeds.append(
      ComfortNeed(
        id: "tijd", organisationID: "ggz-kustland", text: "Tijd om de achterban mee te nemen"))
    var third = second
    third.comfortNeeds[third.comfortNeeds.count - 1].status = .agreed
    third.topics.append(
      FormalisationTopic(id: "exit", status: .agreed, agreement: "Uittreden na twee jaar"))
    return [
      HistoryPoint(
        number: 1, date: "2026-09-14", title: "Kennismaking", workshop: first,
        present: everyone.filter { $0 != "jan-de-wit" }),
      HistoryPoint(
        number: 2, date: "2026-10-12", title: "Belangen", workshop: second,
        present: everyone.filter { $0 != "fatima-yilmaz" }),
      HistoryPoint(number: 3, date: "2026-11-30", title: "Vorm", workshop: third, present: []),
    ]
  }

  func screen(_ state: AppState, _ size: Size) -> String {
    ScreenRenderer.render(state, size: size, context: UIFixtures.context()).text
  }

  @Test func eachSessionShowsItsProfileAndWhyItMoved() throws {
    var state = try UIFixtures.demo()
    let points = try Self.points()
    state.overlays = [.timeline(points: points, index: 2)]
    _ = reduce(&state, .stepTimeline(-1))
    #expect(state.topOverlay == .timeline(points: points, index: 1))
    let wide = screen(state, Size(width: 160, height: 45))
    #expect(wide.contains("Tijdlijn · sessie 2 van 3 · 2026-10-12 Belangen"))
    #expect(wide.contains("Erbij: Jan de Wit"))
    #expect(wide.contains("Niet meer: Fatima Yilmaz"))
    #expect(wide.contains("Nieuwe scores van Kees Brouwer: rood"))
    #expect(wide.contains("door wie er was"))
    #expect(wide.contains("Nieuwe wens van GGZ: Tijd om de achterban mee te nemen"))

    _ = reduce(&state, .stepTimeline(1))
    let third = screen(state, Size(width: 120, height: 36))
    #expect(third.contains("sessie 3 van 3"))
    #expect(third.contains("Wens van GGZ (Tijd om de achterban mee te nemen): open"))
    #expect(third.contains("Uittreden: open → afgesproken"))

    _ = reduce(&state, .stepTimeline(-5))
    let first = screen(state, Size(width: 80, height: 24))
    #expect(first.contains("sessie 1 van 3"))
    #expect(first.contains("De eerste sessie"))
    _ = reduce(&state, .cancel)
    #expect(state.topOverlay == nil)
  }

  @Test func privacyModeCountsPeopleAndNamesNoScores() throws {
    var state = try UIFixtures.demo()
    state.wall.privacyMode = true
    state.overlays = [.timeline(points: try Self.points(), index: 1)]
    let text = screen(state, Size(width: 160, height: 45))
    #expect(text.contains("Erbij: 1; niet meer: 1"))
    #expect(!text.contains("Kees Brouwer"))
    #expect(!text.contains("Jan de Wit"))
  }

  @Test func withoutSessionsTheTimelineSaysHowToStart() throws {
    var state = try UIFixtures.demo()
    _ = reduce(&state, .toggleTimeline)
    #expect(screen(state, Size(width: 80, height: 24)).contains("Nog geen sessies"))
    _ = reduce(&state, .toggleTimeline)
    #expect(state.topOverlay == nil)
  }
}
