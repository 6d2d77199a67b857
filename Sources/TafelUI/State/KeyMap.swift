import TafelCore

/// Where a key binding applies.
public enum KeyScope: String, CaseIterable, Sendable {
  /// Anywhere while browsing.
  case global
  /// While a wall (`tafel wall`) is connected: blank, freeze and send.
  case wall
  case team
  case group
  case impasse
  /// The comfort round projected one organisation at a time.
  case comfortProjection
  case comfortOverview
  case legalForms
  /// Ticking the organisations a comfort need is asked of.
  case organisationChoice
  case dilemma
  /// The Sessions screen: sessions, decisions, actions.
  case sessions
  /// While a round's choices are collected.
  case dilemmaCollecting
  case cardPicker
  case roundHistory
  /// The comfort proposals from phones.
  case comfortQueue
  /// The timeline of the sessions.
  case timeline
  /// "Sinds vorige keer": what changed since the session before.
  case sinceLastTime
  case rolePlay
  case scoreEditing
  case textEntry
  /// The question for the quit after a failed save.
  case confirmation
  /// Removing a person, an organisation, a need or a topic: only an explicit yes removes.
  case removal
  /// Typing where a report goes, and for whom.
  case exportEntry
  case help
  /// Choosing from a list that narrows as one types.
  case picker
  /// The form with a person's name, role, organisation and scores.
  case personForm
  /// The reasons an import was refused.
  case importProblems
}

/// One key binding: the keys, the action, where it applies, and how the help and the bottom bar
/// name it. The key map is data so that the bottom bar, the help overlay and `docs/keys.md` all
/// come from one list.
public struct KeyBinding: Equatable, Sendable {
  public var keys: [Key]
  public var action: Action
  public var scope: KeyScope
  /// The short name in the bottom bar and the help.
  public var label: StringKey
  /// Whether the bottom bar shows it (the help always does).
  public var inBar: Bool

  public init(
    _ keys: [Key], _ action: Action, _ scope: KeyScope, _ label: StringKey, inBar: Bool = false
  ) {
    self.keys = keys
    self.action = action
    self.scope = scope
    self.label = label
    self.inBar = inBar
  }
}

/// Tafel's keys.
public enum KeyMap {
  public static let bindings: [KeyBinding] = [
    KeyBinding([.character("1")], .show(.team), .global, .keyTeam, inBar: true),
    KeyBinding([.character("2")], .show(.group), .global, .keyGroup, inBar: true),
    KeyBinding([.character("3")], .show(.impasse), .global, .keyImpasse, inBar: true),
    KeyBinding([.character("4")], .show(.dilemma), .global, .keyDilemma, inBar: true),
    KeyBinding([.character("5")], .show(.sessions), .global, .keySessions, inBar: true),
    KeyBinding([.character("P"), .function(5)], .toggleProjectorMode, .global, .keyProjector),
    KeyBinding([.character("I")], .togglePrivacyMode, .global, .keyPrivacy),
    KeyBinding([.character("b"), .character(".")], .toggleBlank, .global, .keyBlank),
    KeyBinding([.tab], .nextScreen, .global, .keyNextScreen),

    KeyBinding(
      [.character("b"), .character(".")], .toggleBlank, .wall, .keyBlankWall, inBar: true),
    KeyBinding([.character("F")], .toggleFreeze, .wall, .keyFreeze, inBar: true),
    KeyBinding([.character("W")], .sendToWall, .wall, .keySendToWall, inBar: true),

    KeyBinding([.backTab], .previousScreen, .global, .keyPreviousScreen),
    KeyBinding(
      [.character("o")], .stepOrganisationFilter(1), .global, .keyOrganisationFilter, inBar: true),
    KeyBinding([.character("O")], .stepOrganisationFilter(-1), .global, .keyOrganisationFilterBack),
    KeyBinding([.character("u")], .undo, .global, .keyUndo, inBar: true),
    KeyBinding([.control("r"), .character("U")], .redo, .global, .keyRedo),
    KeyBinding([.character("?"), .function(1)], .toggleHelp, .global, .keyHelp, inBar: true),
    KeyBinding([.character("S")], .startSaveAs, .global, .keySaveAs),
    KeyBinding([.character("E")], .startExport, .global, .keyExport),
    KeyBinding([.character("q")], .quit, .global, .keyQuit, inBar: true),
    // The room (issue 15).
    KeyBinding([.character("Z")], .toggleRoom, .global, .keyRoom),
    KeyBinding([.character("C")], .toggleComfortQueue, .global, .keyComfortQueue),
    KeyBinding([.up, .character("k")], .moveProposalCursor(-1), .comfortQueue, .keyUp),
    KeyBinding([.down, .character("j")], .moveProposalCursor(1), .comfortQueue, .keyDown),
    KeyBinding([.enter], .acceptProposal, .comfortQueue, .keyAcceptProposal, inBar: true),
    KeyBinding([.character("e")], .editProposal, .comfortQueue, .keyEditProposal, inBar: true),
    KeyBinding(
      [.character("x"), .delete], .setProposalAside, .comfortQueue, .keySetProposalAside,
      inBar: true),
    KeyBinding(
      [.escape, .character("C")], .toggleComfortQueue, .comfortQueue, .keyCloseView, inBar: true),
    KeyBinding([.character("?"), .function(1)], .toggleHelp, .comfortQueue, .keyHelp),
    KeyBinding([.character("Y")], .toggleOwnProfiles, .global, .keyOwnProfiles),
    KeyBinding([.character("T")], .toggleTimeline, .global, .keyTimeline),
    KeyBinding([.character("Q")], .toggleJoinOnWall, .global, .keyJoinOnWall),

    KeyBinding([.up, .character("k")], .moveSelection(-1), .team, .keyUp),
    KeyBinding([.down, .character("j")], .moveSelection(1), .team, .keyDown),
    KeyBinding([.pageUp], .moveSelection(-10), .team, .keyPageUp),
    KeyBinding([.pageDown], .moveSelection(10), .team, .keyPageDown),
    KeyBinding([.home, .character("g")], .moveSelection(-10_000), .team, .keyFirst),
    KeyBinding([.end, .character("G")], .moveSelection(10_000), .team, .keyLast),
    KeyBinding([.character("J")], .scrollProfile(3), .team, .keyProfileDown),
    KeyBinding([.character("K")], .scrollProfile(-3), .team, .keyProfileUp),
    KeyBinding([.enter], .startScoreEdit, .team, .keyEditScores, inBar: true),
    KeyBinding([.character("e")], .startEditPerson, .team, .keyEditPerson, inBar: true),
    KeyBinding([.character("i")], .startImport, .team, .keyImport),
    KeyBinding([.character("a")], .startAddParticipant, .team, .keyAddParticipant, inBar: true),
    KeyBinding([.character("r")], .startRenameParticipant, .team, .keyRenameParticipant),
    KeyBinding(
      [.character("x"), .delete], .requestRemoveParticipant, .team, .keyRemoveParticipant),
    KeyBinding([.character("V")], .requestForgetParticipant, .team, .keyForgetParticipant),
    KeyBinding([.character("A")], .startAddOrganisation, .team, .keyAddOrganisation),
    KeyBinding([.character("X")], .requestRemoveOrganisation, .team, .keyRemoveOrganisation),
    KeyBinding([.character("R")], .startRenameOrganisation, .team, .keyRenameOrganisation),
    KeyBinding([.character("L")], .releaseClaim, .team, .keyReleaseClaim),

    KeyBinding([.up, .character("k")], .scrollGroup(-1), .group, .keyScrollUp),
    KeyBinding([.down, .character("j")], .scrollGroup(1), .group, .keyScrollDown, inBar: true),
    KeyBinding([.pageUp], .scrollGroup(-10), .group, .keyPageUp),
    KeyBinding([.pageDown], .scrollGroup(10), .group, .keyPageDown),

    KeyBinding(
      [.pageDown, .right, .character(" ")], .stepRound(1), .dilemma, .keyNextStage, inBar: true),
    KeyBinding([.pageUp, .left], .stepRound(-1), .dilemma, .keyPreviousStage),
    KeyBinding([.character("K")], .openCardPicker, .dilemma, .keyChooseCard),
    KeyBinding([.character("t")], .timerStartPause, .dilemma, .keyTimer, inBar: true),
    KeyBinding([.character("r")], .timerReset, .dilemma, .keyTimerReset),
    KeyBinding([.character("e")], .startEditRoundNotes, .dilemma, .keyRoundNotes, inBar: true),
    KeyBinding(
      [.character("o")], .startEditRoundOutcome, .dilemma, .keyRoundOutcome, inBar: true),
    KeyBinding([.character("H")], .toggleHistory, .dilemma, .keyHistory),
    KeyBinding([.character("R")], .toggleRolePlays, .dilemma, .keyRolePlays),
    KeyBinding(
      [.right, .pageDown, .character(" ")], .stepRolePlay(1), .rolePlay, .keyNextCard, inBar: true),
    KeyBinding([.left, .pageUp], .stepRolePlay(-1), .rolePlay, .keyPreviousCard),
    KeyBinding([.escape, .character("R")], .cancel, .rolePlay, .keyCloseView, inBar: true),
    KeyBinding([.character("a")], .choose(0), .dilemmaCollecting, .keyChooseA, inBar: true),
    KeyBinding([.character("b")], .choose(1), .dilemmaCollecting, .keyChooseB),
    KeyBinding([.character("c")], .choose(2), .dilemmaCollecting, .keyChooseC),
    KeyBinding([.character("d")], .choose(3), .dilemmaCollecting, .keyChooseD),
    KeyBinding([.up, .character("k")], .moveDilemmaCursor(-1), .dilemmaCollecting, .keyUp),
    KeyBinding([.down, .character("j")], .moveDilemmaCursor(1), .dilemmaCollecting, .keyDown),
    KeyBinding([.backspace, .delete], .clearChoice, .dilemmaCollecting, .keyClearChoice),
    KeyBinding([.character("L")], .releaseClaim, .dilemmaCollecting, .keyReleaseClaim),
    KeyBinding(
      [.character("h")], .toggleCountingHands, .dilemmaCollecting, .keyCountHands, inBar: true),
    KeyBinding([.up, .character("k")], .moveDilemmaCursor(-1), .cardPicker, .keyUp),
    KeyBinding([.down, .character("j")], .moveDilemmaCursor(1), .cardPicker, .keyDown),
    KeyBinding([.enter], .commit, .cardPicker, .keyKeep, inBar: true),
    KeyBinding([.escape], .cancel, .cardPicker, .keyCancel, inBar: true),
    KeyBinding([.character("?"), .function(1)], .toggleHelp, .cardPicker, .keyHelp),
    KeyBinding([.escape, .character("H")], .cancel, .roundHistory, .keyCloseView, inBar: true),
    KeyBinding(
      [.left, .character("["), .pageUp], .stepTimeline(-1), .timeline, .keyEarlierSession,
      inBar: true),
    KeyBinding(
      [.right, .character("]"), .pageDown], .stepTimeline(1), .timeline, .keyLaterSession,
      inBar: true),
    KeyBinding([.escape, .character("T")], .cancel, .timeline, .keyCloseView, inBar: true),
    KeyBinding([.up, .character("k")], .scrollSinceLastTime(-1), .sinceLastTime, .keyScrollUp),
    KeyBinding(
      [.down, .character("j")], .scrollSinceLastTime(1), .sinceLastTime, .keyScrollDown,
      inBar: true),
    KeyBinding([.pageUp], .scrollSinceLastTime(-10), .sinceLastTime, .keyPageUp),
    KeyBinding([.pageDown], .scrollSinceLastTime(10), .sinceLastTime, .keyPageDown),
    KeyBinding(
      [.escape, .character("v")], .cancel, .sinceLastTime, .keyCloseView, inBar: true),

    KeyBinding([.left, .character("[")], .stepImpasseSection(-1), .impasse, .keyPreviousSection),
    KeyBinding(
      [.right, .character("]")], .stepImpasseSection(1), .impasse, .keyNextSection, inBar: true),
    KeyBinding([.up, .character("k")], .moveImpasseCursor(-1), .impasse, .keyUp),
    KeyBinding([.down, .character("j")], .moveImpasseCursor(1), .impasse, .keyDown),
    KeyBinding([.pageUp], .moveImpasseCursor(-10), .impasse, .keyPageUp),
    KeyBinding([.pageDown], .moveImpasseCursor(10), .impasse, .keyPageDown),
    KeyBinding(
      [.enter, .character(" ")], .activateImpasseRow, .impasse, .keyActivate, inBar: true),
    KeyBinding([.character("e")], .startEditImpasseText, .impasse, .keyEditText, inBar: true),
    KeyBinding([.character("a")], .startAddImpasseItem, .impasse, .keyAddItem),
    KeyBinding([.character("s")], .cycleStatus, .impasse, .keyStatus),
    KeyBinding([.character("t")], .chooseNeedTopic, .impasse, .keyNeedTopic),
    KeyBinding([.character("w")], .startChooseAskedOf, .impasse, .keyAskedOf),
    KeyBinding([.character("x"), .delete], .requestRemoveImpasseItem, .impasse, .keyRemoveItem),
    KeyBinding([.character("p")], .toggleComfortProjection, .impasse, .keyProjection),
    KeyBinding([.character("v")], .toggleComfortOverview, .impasse, .keyOverview),
    KeyBinding([.character("l")], .toggleLegalForms, .impasse, .keyLegalForms),

    KeyBinding(
      [.left, .character("[")], .stepSessionsSection(-1), .sessions, .keyPreviousSection),
    KeyBinding(
      [.right, .character("]")], .stepSessionsSection(1), .sessions, .keyNextSection, inBar: true),
    KeyBinding([.up, .character("k")], .moveSessionsCursor(-1), .sessions, .keyUp),
    KeyBinding([.down, .character("j")], .moveSessionsCursor(1), .sessions, .keyDown),
    KeyBinding([.pageUp], .moveSessionsCursor(-10), .sessions, .keyPageUp),
    KeyBinding([.pageDown], .moveSessionsCursor(10), .sessions, .keyPageDown),
    KeyBinding(
      [.enter, .character(" ")], .activateSessionsRow, .sessions, .keySessionsActivate,
      inBar: true),
    KeyBinding([.character("a")], .startAddSessionsItem, .sessions, .keySessionsAdd, inBar: true),
    KeyBinding([.character("e")], .startEditSessionsText, .sessions, .keyEditText),
    KeyBinding([.character("d")], .startEditSessionsDate, .sessions, .keySessionsDate),
    KeyBinding([.character("s")], .cycleDecisionStatus, .sessions, .keyStatus),
    KeyBinding([.character("r")], .startReviseDecision, .sessions, .keyReviseDecision),
    KeyBinding([.character("w")], .chooseSessionsLink, .sessions, .keySessionsLink),
    KeyBinding([.character("c")], .toggleSessionOpen, .sessions, .keyCloseSession, inBar: true),
    KeyBinding([.character("x"), .delete], .requestRemoveAction, .sessions, .keyRemoveAction),
    KeyBinding(
      [.character("v")], .toggleSinceLastTime, .sessions, .keySinceLastTime, inBar: true),

    KeyBinding(
      [.pageDown, .right, .character(" "), .down], .stepProjection(1), .comfortProjection,
      .keyNextOrganisation, inBar: true),
    KeyBinding(
      [.pageUp, .left, .up], .stepProjection(-1), .comfortProjection, .keyPreviousOrganisation),
    KeyBinding(
      [.character("p"), .escape], .toggleComfortProjection, .comfortProjection, .keyCloseView,
      inBar: true),
    KeyBinding(
      [.character("v"), .escape], .toggleComfortOverview, .comfortOverview, .keyCloseView,
      inBar: true),
    KeyBinding(
      [.right, .pageDown, .character(" ")], .stepLegalForm(1), .legalForms, .keyNextCard,
      inBar: true),
    KeyBinding([.left, .pageUp], .stepLegalForm(-1), .legalForms, .keyPreviousCard),
    KeyBinding(
      [.character("l"), .escape], .toggleLegalForms, .legalForms, .keyCloseView, inBar: true),
    KeyBinding([.up, .character("k")], .moveImpasseCursor(-1), .organisationChoice, .keyUp),
    KeyBinding([.down, .character("j")], .moveImpasseCursor(1), .organisationChoice, .keyDown),
    KeyBinding(
      [.character(" ")], .activateImpasseRow, .organisationChoice, .keyToggleChoice, inBar: true),
    KeyBinding([.enter], .commit, .organisationChoice, .keyKeep, inBar: true),
    KeyBinding([.escape], .cancel, .organisationChoice, .keyCancel, inBar: true),

    KeyBinding(
      [.up, .character("k")], .stepEditedColour(-1), .scoreEditing, .keyPreviousColour, inBar: true),
    KeyBinding([.down, .character("j")], .stepEditedColour(1), .scoreEditing, .keyNextColour),
    KeyBinding(
      [.right, .character("l")], .adjustScore(1), .scoreEditing, .keyScoreUp, inBar: true),
    KeyBinding([.left, .character("h")], .adjustScore(-1), .scoreEditing, .keyScoreDown),
    KeyBinding(
      [.pageUp, .shiftRight], .adjustScore(10), .scoreEditing, .keyScoreUpTen, inBar: true),
    KeyBinding([.pageDown, .shiftLeft], .adjustScore(-10), .scoreEditing, .keyScoreDownTen),
    KeyBinding([.enter], .commit, .scoreEditing, .keyKeep, inBar: true),
    KeyBinding([.escape], .cancel, .scoreEditing, .keyCancel, inBar: true),

    KeyBinding([.up], .movePicker(-1), .picker, .keyUp),
    KeyBinding([.down], .movePicker(1), .picker, .keyDown),
    KeyBinding([.pageUp], .movePicker(-10), .picker, .keyPageUp),
    KeyBinding([.pageDown], .movePicker(10), .picker, .keyPageDown),
    KeyBinding([.enter], .commit, .picker, .keyChoose, inBar: true),
    KeyBinding([.escape], .cancel, .picker, .keyCancel, inBar: true),
    KeyBinding([.backspace], .text(.deleteBackward), .picker, .keyDeleteBackward),

    KeyBinding([.down, .tab], .stepFormField(1), .personForm, .keyNextField, inBar: true),
    KeyBinding([.up, .backTab], .stepFormField(-1), .personForm, .keyPreviousField),
    KeyBinding([.right], .stepFormValue(1), .personForm, .keyValueUp, inBar: true),
    KeyBinding([.left], .stepFormValue(-1), .personForm, .keyValueDown),
    KeyBinding([.pageUp, .shiftRight], .stepFormValue(10), .personForm, .keyScoreUpTen),
    KeyBinding([.pageDown, .shiftLeft], .stepFormValue(-10), .personForm, .keyScoreDownTen),
    KeyBinding([.backspace], .text(.deleteBackward), .personForm, .keyDeleteBackward),
    KeyBinding([.delete], .text(.deleteForward), .personForm, .keyClearRejection),
    KeyBinding([.home], .text(.moveHome), .personForm, .keyCursorHome),
    KeyBinding([.end], .text(.moveEnd), .personForm, .keyCursorEnd),
    KeyBinding([.enter], .commit, .personForm, .keyKeep, inBar: true),
    KeyBinding([.escape], .cancel, .personForm, .keyCancel, inBar: true),

    KeyBinding([.escape, .enter], .cancel, .importProblems, .keyCloseView, inBar: true),

    KeyBinding([.enter], .commit, .textEntry, .keyKeep, inBar: true),
    KeyBinding([.escape], .cancel, .textEntry, .keyCancel, inBar: true),
    KeyBinding([.backspace], .text(.deleteBackward), .textEntry, .keyDeleteBackward),
    KeyBinding([.delete], .text(.deleteForward), .textEntry, .keyDeleteForward),
    KeyBinding([.left], .text(.moveLeft), .textEntry, .keyCursorLeft),
    KeyBinding([.right], .text(.moveRight), .textEntry, .keyCursorRight),
    KeyBinding([.home], .text(.moveHome), .textEntry, .keyCursorHome),
    KeyBinding([.end], .text(.moveEnd), .textEntry, .keyCursorEnd),

    KeyBinding(
      [.character("y"), .character("j"), .enter], .commit, .confirmation, .keyConfirm, inBar: true),
    KeyBinding([.character("n"), .escape], .cancel, .confirmation, .keyCancel, inBar: true),
    KeyBinding([.character("y")], .commit, .removal, .keyRemoveYes, inBar: true),
    KeyBinding([.character("n"), .escape], .cancel, .removal, .keyRemoveNo, inBar: true),
    KeyBinding([.tab], .toggleExportAudience, .exportEntry, .keyExportAudience, inBar: true),

    KeyBinding(
      [.pageDown, .down, .character(" ")], .stepHelpPage(1), .help, .keyHelpNextPage, inBar: true),
    KeyBinding([.pageUp, .up], .stepHelpPage(-1), .help, .keyHelpPreviousPage),
    KeyBinding(
      [.escape, .character("?"), .character("q"), .function(1)], .cancel, .help, .keyCloseHelp,
      inBar: true),
  ]

  /// The scopes that apply in `state`, most specific first: the top overlay decides; with none
  /// open, the screen and what the wall shows on it.
  public static func scopes(for state: AppState) -> [KeyScope] {
    switch state.topOverlay {
    case .help: return [.help]
    case .editing(.editingScores): return [.scoreEditing]
    case .editing(.enteringText(let entry)):
      return entry.purpose == .export ? [.exportEntry, .textEntry] : [.textEntry]
    case .editing(.confirmingRemoval): return [.removal]
    case .editing(.confirmingQuit), .editing(.confirmingOverwrite): return [.confirmation]
    case .editing(.choosingOrganisations): return [.organisationChoice]
    case .editing(.picking): return [.picker]
    case .editing(.editingPerson): return [.personForm]
    case .editing(.browsing): return screenScopes(for: state)
    case .importProblems: return withWall([.importProblems, .global], state)
    case .cardPicker: return [.cardPicker]
    case .roundHistory: return withWall([.roundHistory, .global], state)
    case .comfortQueue: return [.comfortQueue]
    case .timeline: return withWall([.timeline, .global], state)
    case .sinceLastTime: return withWall([.sinceLastTime, .global], state)
    case nil: return screenScopes(for: state)
    }
  }

  /// The wall's keys come just before the global ones, and only while a wall is connected: a
  /// screen's own use of `b` (option B while collecting) goes first.
  private static func withWall(_ scopes: [KeyScope], _ state: AppState) -> [KeyScope] {
    guard state.wallsConnected > 0, let global = scopes.firstIndex(of: .global) else {
      return scopes
    }
    var result = scopes
    result.insert(.wall, at: global)
    return result
  }

  private static func screenScopes(for state: AppState) -> [KeyScope] {
    withWall(screenOnlyScopes(for: state), state)
  }

  private static func screenOnlyScopes(for state: AppState) -> [KeyScope] {
    switch state.wall.screen {
    case .team: return [.team, .global]
    case .group: return [.group, .global]
    case .dilemma:
      if state.wall.rolePlay != nil { return [.rolePlay, .global] }
      if state.currentRound?.stage == .collecting {
        return [.dilemmaCollecting, .dilemma, .global]
      }
      return [.dilemma, .global]
    case .sessions: return [.sessions, .global]
    case .impasse:
      if case .projection = state.wall.comfortView { return [.comfortProjection, .global] }
      if state.wall.comfortView == .overview { return [.comfortOverview, .global] }
      if state.wall.legalForm != nil { return [.legalForms, .global] }
      return [.impasse, .global]
    }
  }

  /// What `key` does in `state`. Printable characters type into a text field; digits type a score.
  public static func action(for key: Key, in state: AppState) -> Action? {
    // Any key brings a blanked wall back, unless the wall is a screen of its own.
    if state.wall.blanked, state.wallsConnected == 0 { return .toggleBlank }
    let scopes = scopes(for: state)
    // By index, so only the binding found is copied: copying each one on the way (its action,
    // its keys) was most of finding the bar's keys, which every frame does.
    let bindings = bindings
    for scope in scopes {
      for index in bindings.indices
      where bindings[index].scope == scope && bindings[index].keys.contains(key) {
        return bindings[index].action
      }
    }
    if case .character(let character) = key {
      if scopes.contains(.textEntry) || scopes.contains(.picker) || scopes.contains(.personForm) {
        return .text(.insert(String(character)))
      }
      if scopes.contains(.scoreEditing), let digit = character.wholeNumberValue, character.isASCII {
        return .typeDigit(digit)
      }
    }
    return nil
  }

  /// The bindings the bottom bar shows in `state`: only those whose key does what the label
  /// says here (a key a nearer scope takes over is left out) and that can act now.
  public static func barBindings(for state: AppState) -> [KeyBinding] {
    scopes(for: state).flatMap { scope in bindings.filter { $0.scope == scope && $0.inBar } }
      .filter { binding in
        guard let key = KeyBarKey.shown(of: binding, in: state.language) else { return false }
        return action(for: key, in: state) == binding.action && canAct(binding.action, in: state)
      }
  }

  /// Whether `action` can do anything in `state`: a read-only file takes no edits, and there is
  /// nothing to undo before the first edit. The bar hides what cannot act.
  public static func canAct(_ action: Action, in state: AppState) -> Bool {
    switch action {
    case .undo: return !state.isReadOnly && !state.undoStack.isEmpty
    case .redo: return !state.isReadOnly && !state.redoStack.isEmpty
    // Sending the current view means something only to a frozen wall; a live one follows.
    case .sendToWall: return state.wall.isFrozen
    default: return !(state.isReadOnly && action.edits)
    }
  }
}

/// Which of a binding's keys the bar names.
public enum KeyBarKey {
  /// A yes is bound to both y and j; the bar names the one of the language on screen.
  public static func shown(of binding: KeyBinding, in language: Language) -> Key? {
    let otherYes: Key = language == .nl ? .character("y") : .character("j")
    let yes: Key = language == .nl ? .character("j") : .character("y")
    guard binding.keys.contains(yes), binding.keys.contains(otherYes) else {
      return binding.keys.first
    }
    return binding.keys.first { $0 != otherYes }
  }
}

extension Action {
  /// Whether the action changes the workshop (or starts a change): such keys cannot act on a
  /// file opened read-only.
  var edits: Bool {
    switch self {
    case .startScoreEdit, .startAddParticipant, .startRenameParticipant, .startAddOrganisation,
      .startRenameOrganisation, .requestRemoveParticipant, .requestForgetParticipant,
      .requestRemoveOrganisation, .activateImpasseRow, .cycleStatus, .chooseNeedTopic,
      .startChooseAskedOf, .startEditPerson,
      .startImport,
      .startEditImpasseText, .startAddImpasseItem, .requestRemoveImpasseItem, .stepRound,
      .openCardPicker, .choose, .clearChoice, .timerStartPause, .timerReset,
      .startEditRoundNotes, .startEditRoundOutcome, .undo, .redo, .activateSessionsRow,
      .startAddSessionsItem, .startEditSessionsText, .startEditSessionsDate, .cycleDecisionStatus,
      .startReviseDecision, .chooseSessionsLink, .toggleSessionOpen, .requestRemoveAction,
      .acceptProposal, .editProposal, .setProposalAside:
      true
    default: false
    }
  }
}
