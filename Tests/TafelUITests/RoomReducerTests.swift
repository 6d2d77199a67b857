import TafelCore
import Testing

@testable import TafelUI

/// The room through `reduce`: opening and closing, claims, answers and comfort proposals, each
/// with the outcome the server waits for.
@Suite struct RoomReducerTests {
  static let tokenA = String(repeating: "a", count: 32)
  static let tokenB = String(repeating: "b", count: 32)

  /// An open room on the Dilemma view with a round collecting, nobody in yet.
  static func openRoom(stage: RoundStage = .collecting) -> AppState {
    var state = WallFixtures.state(WallFixtures.workshop(stage: stage, choices: [:]))
    state.overlays = []
    state.notice = nil
    state.wall.screen = .dilemma
    _ = reduce(&state, .toggleRoom)
    _ = reduce(&state, .room(.opened(url: "http://127.0.0.1:8737/", code: "K7P2Q")))
    return state
  }

  var people: [Participant] { WallFixtures.workshop().participants }

  @Test func theRoomOpensOnlyOnceTheServerListensAndClosingForgetsEveryClaim() {
    var state = WallFixtures.state(WallFixtures.workshop())
    state.overlays = []
    _ = reduce(&state, .toggleRoom)
    #expect(state.room.status == .opening)
    #expect(!state.room.isOpen)
    _ = reduce(&state, .room(.opened(url: "http://10.0.0.5:8737/", code: "ABCDE")))
    #expect(state.room.status == .open(url: "http://10.0.0.5:8737/", code: "ABCDE"))
    #expect(
      state.notice == Message(.roomOpened, ["url": "http://10.0.0.5:8737/", "code": "ABCDE"]))
    _ = reduce(&state, .room(.claim(ticket: 1, participant: people[0].id, token: Self.tokenA)))
    #expect(state.room.claims.count == 1)
    _ = reduce(&state, .toggleRoom)
    #expect(state.room.status == .closed)
    #expect(state.room.claims.isEmpty)
    // A server that reports late for a room already closed does not open it again.
    _ = reduce(&state, .room(.opened(url: "http://10.0.0.5:8737/", code: "ABCDE")))
    #expect(state.room.status == .closed)
  }

  @Test func aReadOnlyWindowDoesNotOpenTheRoom() {
    var state = AppState(
      workshop: WallFixtures.workshop(), language: .nl, readOnly: true,
      dilemmaDeck: WallFixtures.content.dilemmas)
    _ = reduce(&state, .toggleRoom)
    #expect(state.room.status == .closed)
    #expect(state.notice == Message(.roomReadOnly))
  }

  @Test func aPersonIsClaimedOnceAndTheSamePhoneMayAskAgain() {
    var state = Self.openRoom()
    let anna = people[0].id
    _ = reduce(&state, .room(.claim(ticket: 1, participant: anna, token: Self.tokenA)))
    _ = reduce(&state, .room(.claim(ticket: 2, participant: anna, token: Self.tokenB)))
    _ = reduce(&state, .room(.claim(ticket: 3, participant: anna, token: Self.tokenA)))
    _ = reduce(&state, .room(.claim(ticket: 4, participant: "nobody", token: Self.tokenB)))
    #expect(state.room.outcome(of: 1)?.result == .accepted())
    #expect(state.room.outcome(of: 2)?.result == .refused(.alreadyClaimed))
    #expect(state.room.outcome(of: 3)?.result == .accepted())
    #expect(state.room.outcome(of: 4)?.result == .refused(.unknownParticipant))
    #expect(state.room.claims == [anna: RoomClaim(token: Self.tokenA)])
  }

  @Test func anAnswerIsRecordedForTheTokensPersonOnlyAndAChangeReplacesIt() throws {
    var state = Self.openRoom()
    let anna = people[0].id
    _ = reduce(&state, .room(.claim(ticket: 1, participant: anna, token: Self.tokenA)))
    let effects = reduce(&state, .room(.answer(ticket: 2, token: Self.tokenA, round: 1, option: 2)))
    #expect(state.room.outcome(of: 2)?.result == .accepted())
    #expect(state.currentRound?.choices == [anna: 2])
    // Saved like any change, and not a step the facilitator's undo takes back.
    #expect(effects.first.map { if case .save = $0 { true } else { false } } == true)
    #expect(state.undoStack.isEmpty)
    _ = reduce(&state, .room(.answer(ticket: 3, token: Self.tokenA, round: 1, option: 0)))
    _ = reduce(&state, .room(.answer(ticket: 4, token: Self.tokenA, round: 1, option: 0)))
    let round = try #require(state.currentRound)
    #expect(round.choices == [anna: 0])
    #expect(round.tally(optionCount: 4) == [1, 0, 0, 0])
  }

  @Test func answersOutsideTheCollectingRoundChangeNothing() {
    let anna = people[0].id
    for stage in [RoundStage.card, .reveal, .discussion] {
      var state = Self.openRoom(stage: stage)
      _ = reduce(&state, .room(.claim(ticket: 1, participant: anna, token: Self.tokenA)))
      let before = state.workshop
      _ = reduce(&state, .room(.answer(ticket: 2, token: Self.tokenA, round: 1, option: 1)))
      #expect(state.room.outcome(of: 2)?.result == .refused(.roundNotCollecting))
      #expect(state.workshop == before)
    }
    var state = Self.openRoom()
    _ = reduce(&state, .room(.claim(ticket: 1, participant: anna, token: Self.tokenA)))
    let before = state.workshop
    let refused: [(RoomAction, RoomRefusal)] = [
      (.answer(ticket: 2, token: Self.tokenA, round: 2, option: 1), .roundNotCollecting),
      (.answer(ticket: 3, token: Self.tokenA, round: 0, option: 1), .roundNotCollecting),
      (.answer(ticket: 4, token: Self.tokenA, round: 1, option: 4), .noSuchOption),
      (.answer(ticket: 5, token: Self.tokenA, round: 1, option: -1), .noSuchOption),
      (.answer(ticket: 6, token: Self.tokenB, round: 1, option: 1), .unknownToken),
      (
        .answer(ticket: 7, token: String(Self.tokenA.dropLast()), round: 1, option: 1),
        .unknownToken
      ),
    ]
    for (request, refusal) in refused {
      _ = reduce(&state, .room(request))
      guard case .answer(let ticket, _, _, _) = request else { continue }
      #expect(state.room.outcome(of: ticket)?.result == .refused(refusal))
    }
    #expect(state.workshop == before)
  }

  @Test func aClosedRoomOrAReleasedClaimTakesNoMoreAnswers() {
    var state = Self.openRoom()
    let anna = people[0].id
    _ = reduce(&state, .room(.claim(ticket: 1, participant: anna, token: Self.tokenA)))
    state.selectedParticipantID = anna
    state.wall.screen = .team
    _ = reduce(&state, .releaseClaim)
    #expect(state.notice == Message(.roomReleased, ["name": people[0].name]))
    _ = reduce(&state, .room(.answer(ticket: 2, token: Self.tokenA, round: 1, option: 1)))
    #expect(state.room.outcome(of: 2)?.result == .refused(.unknownToken))
    _ = reduce(&state, .room(.claim(ticket: 3, participant: anna, token: Self.tokenB)))
    _ = reduce(&state, .toggleRoom)
    _ = reduce(&state, .room(.answer(ticket: 4, token: Self.tokenB, round: 1, option: 1)))
    #expect(state.room.outcome(of: 4)?.result == .refused(.roomClosed))
    #expect(state.currentRound?.choices == [:])
  }

  @Test func aPhonesAnswerOutlivesTheFacilitatorsUndo() throws {
    var state = Self.openRoom()
    let anna = people[0].id
    // The facilitator keys Bram's choice (an undo step), then Anna answers from her phone.
    state.dilemma.participantCursor = 1
    _ = reduce(&state, .choose(3))
    _ = reduce(&state, .room(.claim(ticket: 1, participant: anna, token: Self.tokenA)))
    _ = reduce(&state, .room(.answer(ticket: 2, token: Self.tokenA, round: 1, option: 2)))
    _ = reduce(&state, .undo)
    let round = try #require(state.currentRound)
    #expect(round.choices == [anna: 2])
    // Keying Anna's choice overrules her phone; undoing that brings the phone's answer back.
    state.dilemma.participantCursor = 0
    _ = reduce(&state, .choose(1))
    #expect(state.currentRound?.choices[anna] == 1)
    _ = reduce(&state, .undo)
    #expect(state.currentRound?.choices[anna] == 2)
    // Cleared by the facilitator, it stays cleared.
    state.dilemma.participantCursor = 0
    _ = reduce(&state, .clearChoice)
    _ = reduce(&state, .stepRound(0))
    #expect(state.currentRound?.choices[anna] == nil)
  }

  @Test func phonesLeaveTheNoticeAndABlankWallAsTheyAre() {
    var state = Self.openRoom()
    state.notice = Message(.uiSavedAs, ["path": "/tmp/x.json"])
    state.wall.blanked = true
    _ = reduce(&state, .room(.claim(ticket: 1, participant: people[0].id, token: Self.tokenA)))
    _ = reduce(&state, .room(.answer(ticket: 2, token: Self.tokenA, round: 1, option: 1)))
    #expect(state.wall.blanked)
    #expect(state.notice == Message(.uiSavedAs, ["path": "/tmp/x.json"]))
    #expect(state.currentRound?.choices == [people[0].id: 1])
  }

  @Test func comfortProposalsQueueOnlyInTheComfortRoundAndAsPlainText() {
    var state = Self.openRoom()
    let anna = people[0]
    _ = reduce(&state, .room(.claim(ticket: 1, participant: anna.id, token: Self.tokenA)))
    _ = reduce(&state, .room(.propose(ticket: 2, token: Self.tokenA, text: "Tijd")))
    #expect(state.room.outcome(of: 2)?.result == .refused(.comfortClosed))
    state.wall.screen = .impasse
    state.wall.impasseSection = .comfort
    _ = reduce(
      &state, .room(.propose(ticket: 3, token: Self.tokenA, text: "  Tijd om te oefenen ")))
    _ = reduce(&state, .room(.propose(ticket: 4, token: Self.tokenA, text: "kleur\u{1B}[31m")))
    _ = reduce(&state, .room(.propose(ticket: 5, token: Self.tokenA, text: "   ")))
    _ = reduce(
      &state,
      .room(.propose(ticket: 6, token: Self.tokenA, text: String(repeating: "x", count: 281))))
    #expect(state.room.outcome(of: 3)?.result == .accepted(id: "p1"))
    for ticket: UInt64 in [4, 5, 6] {
      #expect(state.room.outcome(of: ticket)?.result == .refused(.badText))
    }
    #expect(
      state.room.comfortQueue == [
        ComfortProposal(
          id: "p1", participantID: anna.id, organisationID: anna.organisationID,
          text: "Tijd om te oefenen")
      ])
    // The queue is the facilitator's: the workshop's comfort needs are untouched.
    #expect(state.workshop.comfortNeeds == WallFixtures.workshop().comfortNeeds)
    for ticket: UInt64 in 7...11 {
      _ = reduce(&state, .room(.propose(ticket: ticket, token: Self.tokenA, text: "nog één")))
    }
    #expect(state.room.outcome(of: 11)?.result == .refused(.tooManyProposals))
    #expect(state.room.comfortQueue.count == 5)
  }

  @Test func claimsOfRemovedPeopleEnd() {
    var state = Self.openRoom()
    let anna = people[0].id
    _ = reduce(&state, .room(.claim(ticket: 1, participant: anna, token: Self.tokenA)))
    _ = state.apply(.removeParticipant(participant: anna))
    _ = reduce(&state, .stepRound(0))
    #expect(state.room.claims.isEmpty)
  }

  @Test func tokensCompareWholeAndOnlyWhenWellFormed() {
    #expect(RoomToken.equal(Self.tokenA, Self.tokenA))
    #expect(!RoomToken.equal(Self.tokenA, Self.tokenB))
    #expect(!RoomToken.equal(Self.tokenA, Self.tokenA + "a"))
    #expect(!RoomToken.equal(Self.tokenA, ""))
    #expect(RoomToken.isWellFormed("0123456789abcdef0123456789abcdef"))
    #expect(!RoomToken.isWellFormed("0123456789ABCDEF0123456789abcdef"))
    #expect(!RoomToken.isWellFormed("0123456789abcdef0123456789abcde"))
  }

  @Test func theOutcomesKeptAreBounded() {
    var state = Self.openRoom()
    for ticket in 1...UInt64(RoomState.outcomeLimit + 10) {
      _ = reduce(&state, .room(.release(ticket: ticket, token: Self.tokenA)))
    }
    #expect(state.room.outcomes.count == RoomState.outcomeLimit)
    #expect(state.room.outcome(of: 1) == nil)
    #expect(state.room.outcome(of: UInt64(RoomState.outcomeLimit + 10)) != nil)
  }
}
