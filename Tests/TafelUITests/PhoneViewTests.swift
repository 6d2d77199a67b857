import Foundation
import TafelCore
import Testing

@testable import TafelUI

/// `PhoneView`: a phone sees its own person and nothing about anyone else's choice before the
/// reveal; the bytes carry nothing private, whatever the facilitator has open.
@Suite struct PhoneViewTests {
  let content = WallFixtures.content
  var people: [Participant] { WallFixtures.workshop().participants }

  func json(_ view: PhoneView) throws -> String {
    String(decoding: try view.jsonData(), as: UTF8.self)
  }

  @Test func beforeClaimingAPhoneSeesWhoCanBeClaimedAndNoProfile() throws {
    var state = RoomReducerTests.openRoom()
    _ = reduce(
      &state,
      .room(.claim(ticket: 1, participant: people[1].id, token: RoomReducerTests.tokenA)))
    let view = PhoneView.of(state, participant: nil, content: content)
    #expect(view.you == nil && view.profile == nil && view.comfort == nil)
    let claimable = try #require(view.people)
    #expect(claimable.map(\.id) == people.map(\.id))
    #expect(claimable.map(\.claimed) == people.indices.map { $0 == 1 })
    #expect(claimable[0].organisation == "Zorg Oost")
    // Whoever has not claimed anyone sees the round, and nobody's choice.
    #expect(view.round?.yourChoice == nil)
  }

  @Test func nothingAboutAnyonesChoiceBeforeTheReveal() throws {
    // Five of nine are in; the phone belongs to the sixth, who has not chosen.
    let state = RoomReducerTests.stateWithChoices(stage: .collecting)
    let view = PhoneView.of(state, participant: people[5].id, content: content)
    let round = try #require(view.round)
    #expect(round.answered == 5 && round.of == 9)
    #expect(round.yourChoice == nil && round.results == nil)
    let text = try json(view)
    for other in people where other.id != people[5].id {
      #expect(!text.contains(other.id))
      #expect(!text.contains(other.name))
    }
    #expect(!text.contains("\"results\""))
    // One's own choice, and only that.
    let own = PhoneView.of(state, participant: people[0].id, content: content)
    #expect(own.round?.yourChoice == 0)
    #expect(!(try json(own)).contains(people[1].id))
  }

  @Test func theRevealIsSplitByColourOnlyWhereNoColourStandsForOneOrTwo() throws {
    let state = RoomReducerTests.stateWithChoices(stage: .reveal)
    let view = PhoneView.of(state, participant: people[0].id, content: content)
    let results = try #require(view.round?.results)
    #expect(results.map(\.count) == [4, 3, 2, 0])
    // Nine people with six different first colours: every split has a colour of one or two.
    #expect(results.allSatisfy { $0.byColour == nil || $0.byColour == [] })
    // With privacy off the wall would split; the phone still does not.
    var open = state
    open.wall.privacyMode = false
    #expect(PhoneView.of(open, participant: people[0].id, content: content).round == view.round)
    let wall = try #require(
      {
        if case .dilemma(.round(let round)) = WallView.of(open, content: content).page?.screen,
          case .reveal(let results) = round.stage
        {
          return results
        }
        return nil
      }())
    #expect(wall.contains { $0.byColour != nil })
  }

  @Test func aPhoneSeesItsOwnProfileOnlyAndOnlyWhenAllowed() throws {
    var state = RoomReducerTests.openRoom()
    let anna = people[0]
    let view = PhoneView.of(state, participant: anna.id, content: content)
    let profile = try #require(view.profile)
    #expect(profile.scores.map(\.score) == DriveColour.allCases.map { anna.scores[$0] })
    #expect(profile.first.colour == IndividualProfile(scores: anna.scores).first)
    #expect(profile.second.colour == IndividualProfile(scores: anna.scores).second)
    let text = try json(view)
    for other in people.dropFirst() {
      #expect(!text.contains(String(WallFixtures.signature(people.firstIndex(of: other) ?? 0))))
    }
    _ = reduce(&state, .toggleOwnProfiles)
    #expect(PhoneView.of(state, participant: anna.id, content: content).profile == nil)
  }

  @Test func theComfortRoundShowsOnesOwnProposalsOnly() throws {
    var state = RoomReducerTests.openRoom()
    state.wall.screen = .impasse
    state.wall.impasseSection = .comfort
    for (index, token) in [RoomReducerTests.tokenA, RoomReducerTests.tokenB].enumerated() {
      _ = reduce(
        &state, .room(.claim(ticket: UInt64(index), participant: people[index].id, token: token)))
      _ = reduce(
        &state, .room(.propose(ticket: UInt64(10 + index), token: token, text: "wens \(index)")))
    }
    let comfort = try #require(
      PhoneView.of(state, participant: people[0].id, content: content).comfort)
    #expect(comfort.organisation == "Zorg Oost")
    #expect(comfort.proposals.map(\.text) == ["wens 0"])
  }

  @Test func nothingPrivateInAnyPhonesBytesWhateverIsOpen() throws {
    for setting in WallFixtures.allSettings() {
      var state = setting.state
      state.room.status = .open(url: "http://127.0.0.1:1/", code: "ABCDE")
      state.room.claims[people[0].id] = RoomClaim(token: RoomReducerTests.tokenA)
      for participant in [nil, people[0].id] {
        let text = try json(PhoneView.of(state, participant: participant, content: content))
        #expect(!text.contains(WallFixtures.marker), "\(setting)")
        #expect(!text.contains(RoomReducerTests.tokenA), "\(setting)")
      }
    }
  }
}

extension RoomReducerTests {
  /// An open room whose round has the fixtures' choices (five in while collecting, all nine
  /// after), with privacy mode on as a room with phones would have it.
  static func stateWithChoices(stage: RoundStage) -> AppState {
    var state = WallFixtures.state(WallFixtures.workshop(stage: stage))
    state.overlays = []
    state.wall.screen = .dilemma
    state.wall.privacyMode = true
    state.room.status = .open(url: "http://127.0.0.1:1/", code: "ABCDE")
    return state
  }
}
