import Foundation
import TafelCore
import Testing

@testable import TafelUI

/// A long list goes to the wall only as far as a wall of the told size can show it: the picture
/// is the same as from the whole list, the bytes are a page's, not the room's.
@Suite struct WallFitTests {
  /// A thousand people in twelve delegations, the 1,000-participant benchmark's shape.
  static let large: AppState = {
    let organisations = (0..<12).map {
      Organisation(
        id: "org\($0)", name: "Organisatie \($0)", shortName: "O\($0)", kind: .elderlyCare)
    }
    var workshop = Workshop(
      title: "Groot", dates: ["2026-12-02"], phase: .content, organisations: organisations)
    workshop.participants = (0..<1000).map { index in
      Participant(
        id: "p\(index)", name: "Voornaam\(index) Achternaam\(index)",
        organisationID: "org\(index % 12)", role: "bestuurder",
        scores: DriveScores(
          yellow: index % 40, green: 20, orange: (index * 7) % 50, blue: 30, red: 25,
          purple: (index * 3) % 45))
    }
    var state = WallFixtures.state(workshop)
    state.overlays = []
    state.notice = nil
    state.wall.screen = .team
    return state
  }()

  static let sizes = [
    Size(width: 80, height: 24), Size(width: 120, height: 36), Size(width: 160, height: 45),
    Size(width: 40, height: 12), Size(width: 300, height: 90),
  ]

  static func variants(_ base: AppState) -> [(String, AppState)] {
    var result: [(String, AppState)] = []
    for privacy in [false, true] {
      for projector in [false, true] {
        for selected in [nil, "p0", "p999"] as [String?] {
          for filter in [nil, "org3"] as [String?] {
            var state = base
            state.wall.privacyMode = privacy
            state.wall.projectorMode = projector
            state.selectedParticipantID = selected
            state.organisationFilter = filter
            result.append(
              (
                "privacy \(privacy) projector \(projector) \(selected ?? "-") \(filter ?? "-")",
                state
              ))
          }
        }
      }
    }
    return result
  }

  @Test func aWallFittedToItsSizeShowsWhatTheWholeListShows() {
    let context = UIFixtures.context()
    for (name, state) in Self.variants(Self.large) {
      let whole = WallView.of(state, content: UIFixtures.content)
      for size in Self.sizes {
        let fitted = WallView.of(state, content: UIFixtures.content, fit: WallFit(size))
        #expect(
          WallRenderer.render(fitted, size: size, context: context).dump
            == WallRenderer.render(whole, size: size, context: context).dump,
          "\(name) at \(size.width)x\(size.height)")
      }
    }
  }

  @Test func aThousandPeopleSendAPageNotTheRoom() throws {
    let whole = try WallView.of(Self.large, content: UIFixtures.content).jsonData()
    let fitted = try WallView.of(
      Self.large, content: UIFixtures.content, fit: WallFit(width: 120, height: 36)
    ).jsonData()
    #expect(whole.count > 80_000)
    #expect(fitted.count < 15_000, "\(fitted.count) bytes")
    guard case .team(let team)? = try WallView.decoded(from: fitted).page?.screen else {
      Issue.record("not the Team wall")
      return
    }
    #expect(team.peopleCount == 1000)
    #expect(team.unsent == 1000 - WallFit(width: 120, height: 36).listRows)
  }

  @Test func aListThatFitsIsSentWholeAndByteForByteAsBefore() throws {
    for setting in WallFixtures.allSettings() {
      let whole = try WallView.onWall(setting.state, content: WallFixtures.content).jsonData()
      let fitted = try WallView.onWall(
        setting.state, content: WallFixtures.content, fit: WallFit(width: 80, height: 24)
      ).jsonData()
      #expect(fitted == whole, "\(setting)")
      #expect(!String(decoding: fitted, as: UTF8.self).contains("unsent"), "\(setting)")
    }
  }
}
