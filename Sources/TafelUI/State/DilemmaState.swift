import TafelCore

/// Where the facilitator is in the dilemma game, beyond what the rounds in the workshop record.
public struct DilemmaState: Equatable, Sendable {
  /// The participant selected while choices are collected.
  public var participantCursor = 0
  /// Counting hands per option instead of recording each person's choice.
  public var countingHands = false

  public init() {}
}

extension AppState {
  public var currentRound: DilemmaRound? { workshop.dilemmaRounds.last }

  public var currentCard: DilemmaCard? { currentRound.flatMap { dilemmaDeck.card($0.cardID) } }

  /// The next card to draw: the first one no round has used yet, or, once all have been played,
  /// the deck from the start again.
  var nextCardID: String? {
    let used = Set(workshop.dilemmaRounds.map(\.cardID))
    return dilemmaDeck.cards.first { !used.contains($0.id) }?.id ?? dilemmaDeck.cards.first?.id
  }

  /// The cards of rounds that were played (see `DilemmaRound.isPlayed`).
  public var playedCardIDs: Set<String> {
    Set(workshop.dilemmaRounds.filter(\.isPlayed).map(\.cardID))
  }

  /// Where the card picker opens: the first card not yet played, other than the one on the wall.
  var cardToPick: String? {
    let skipped = playedCardIDs.union(currentRound.map { [$0.cardID] } ?? [])
    return dilemmaDeck.cards.first { !skipped.contains($0.id) }?.id ?? dilemmaDeck.cards.first?.id
  }

  /// The participants as the wall may show them: full names, or first names in privacy mode.
  public func displayName(_ participant: Participant) -> String { wall.displayName(participant) }

  mutating func playDilemma(_ action: Action) {
    switch action {
    case .stepRound(let delta): stepRound(by: delta)
    case .openCardPicker:
      open(.cardPicker(cursor: max(0, dilemmaDeck.cards.firstIndex { $0.id == cardToPick } ?? 0)))
    case .moveDilemmaCursor(let delta):
      if case .cardPicker(let cursor) = topOverlay {
        replaceTop(
          with: .cardPicker(
            cursor: min(max(0, cursor + delta), max(0, dilemmaDeck.cards.count - 1))))
      } else {
        dilemma.participantCursor = min(
          max(0, dilemma.participantCursor + delta), max(0, workshop.participants.count - 1))
      }
    case .choose(let option): choose(option)
    case .clearChoice: clearChoice()
    case .toggleCountingHands: dilemma.countingHands.toggle()
    case .toggleHistory:
      if topOverlay == .roundHistory { overlays.removeLast() } else { open(.roundHistory) }
    case .toggleRolePlays:
      wall.rolePlay = wall.rolePlay == nil && !dilemmaDeck.rolePlays.isEmpty ? 0 : nil
    case .stepRolePlay(let delta):
      guard let index = wall.rolePlay, !dilemmaDeck.rolePlays.isEmpty else { return }
      let count = dilemmaDeck.rolePlays.count
      wall.rolePlay = ((index + delta) % count + count) % count
    case .timerStartPause:
      guard var timer = currentRound?.timer else { return }
      if timer.isRunning { timer.pause(at: clockSeconds) } else { timer.start(at: clockSeconds) }
      apply(.setRoundTimer(round: roundNumber, timer: timer), undo: .none)
    case .timerReset:
      guard var timer = currentRound?.timer else { return }
      timer.reset()
      apply(.setRoundTimer(round: roundNumber, timer: timer), undo: .none)
    case .startEditRoundNotes:
      if let round = currentRound {
        mode = .enteringText(TextEntry(purpose: .roundNotes, text: round.notes))
      }
    case .startEditRoundOutcome:
      if let round = currentRound {
        mode = .enteringText(TextEntry(purpose: .roundOutcome, text: round.outcome))
      }
    default: break
    }
  }

  /// The current round's number, as the changes to a round name it.
  private var roundNumber: Int { workshop.dilemmaRounds.count }

  // Drawing a card, the stage and the timer are the game moving on: saved, not undo steps.
  private mutating func stepRound(by delta: Int) {
    guard var round = currentRound else {
      if delta > 0 { startRound(cardID: nextCardID) }
      return
    }
    let stages = RoundStage.allCases
    let index = stages.firstIndex(of: round.stage) ?? 0
    if delta > 0, index == stages.count - 1 {
      // The timer of a finished round stops where it was.
      round.timer.pause(at: clockSeconds)
      apply(.setRoundTimer(round: roundNumber, timer: round.timer), undo: .none)
      startRound(cardID: nextCardID)
      return
    }
    let next = min(max(0, index + delta), stages.count - 1)
    apply(.setRoundStage(round: roundNumber, stage: stages[next]), undo: .none)
    if stages[next] == .collecting { dilemma.participantCursor = 0 }
  }

  mutating func startRound(cardID: String?) {
    guard let cardID, let card = dilemmaDeck.card(cardID) else { return }
    let draw = WorkshopChange.startRound(
      card: cardID, options: card.options.count, timerSeconds: dilemmaDeck.deck.roundMinutes * 60)
    guard apply(draw, undo: .none) else { return }
    dilemma.participantCursor = 0
  }

  /// The picked card replaces the current one while that was not played (whatever stage it
  /// reached); otherwise it starts a new round.
  mutating func pickCard() {
    guard case .cardPicker(let picker) = topOverlay, dilemmaDeck.cards.indices.contains(picker)
    else { return }
    overlays.removeLast()
    let card = dilemmaDeck.cards[picker]
    if let round = currentRound, !round.isPlayed {
      // Another card for a round nobody played yet is an edit, and undo brings the first back.
      let replace = WorkshopChange.replaceCard(
        card: card.id, options: card.options.count,
        timerSeconds: dilemmaDeck.deck.roundMinutes * 60)
      if apply(replace) { dilemma.participantCursor = 0 }
      return
    }
    startRound(cardID: card.id)
  }

  private mutating func choose(_ option: Int) {
    guard let card = currentCard, option < card.options.count, currentRound?.stage == .collecting
    else { return }
    if dilemma.countingHands {
      var counts = currentRound?.handCounts ?? []
      if counts.count < card.options.count {
        counts += Array(repeating: 0, count: card.options.count - counts.count)
      }
      counts[option] += 1
      apply(.setHandCounts(round: roundNumber, counts: counts))
      return
    }
    guard workshop.participants.indices.contains(dilemma.participantCursor) else { return }
    let id = workshop.participants[dilemma.participantCursor].id
    apply(.setChoice(round: roundNumber, participant: id, option: option))
    dilemma.participantCursor = min(dilemma.participantCursor + 1, workshop.participants.count - 1)
  }

  private mutating func clearChoice() {
    guard currentRound?.stage == .collecting else { return }
    if dilemma.countingHands {
      let counts = (currentRound?.handCounts ?? []).map { _ in 0 }
      apply(.setHandCounts(round: roundNumber, counts: counts))
      return
    }
    guard workshop.participants.indices.contains(dilemma.participantCursor) else { return }
    let id = workshop.participants[dilemma.participantCursor].id
    apply(.setChoice(round: roundNumber, participant: id, option: nil))
  }
}
