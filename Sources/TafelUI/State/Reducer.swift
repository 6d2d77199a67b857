import Foundation
import TafelCore

/// The one way the screen's state changes. Returns the effects for the shell to run: every change
/// to the workshop makes a save due (`Document.apply`), which is what makes autosave complete.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
  // Time passing is not a key: it keeps notices, a blank wall and the edit as they are.
  if case .tick(let moment) = action {
    state.now = moment.timestamp
    state.clockSeconds = moment.seconds
    state.clock = moment.clock
    return []
  }
  // Walls coming and going are no key: no notice goes, a blank wall stays blank.
  if case .wallsConnected(let count) = action {
    state.wallsConnected = max(0, count)
    return []
  }
  var effects: [Effect] = []
  var fromTheShell = false
  switch action {
  // A phone is not the facilitator's key either: it leaves their notice and a blank wall be.
  case .saveFinished, .savedAs, .exported, .remark, .askOverwrite, .room: fromTheShell = true
  default:
    state.notice = nil
    state.undone = nil
  }
  // A blank wall comes back with any key, which does nothing else; what the shell reports (a
  // save that finished after the key that blanked it) is not a key. With a wall of its own the
  // facilitator's screen stays up and works on; `b` then brings the wall back.
  if state.wall.blanked && !fromTheShell && state.wallsConnected == 0 {
    state.wall.blanked = false
    return []
  }
  // A read-only window opens no editor: the keys that edit do nothing (the bar hides them).
  // The workshop itself is guarded by `Document.apply`, whatever path a change takes.
  if state.isReadOnly, action.edits { return [] }
  switch action {
  case .show, .nextScreen, .previousScreen, .moveSelection, .selectParticipant,
    .stepOrganisationFilter, .toggleHelp, .scrollGroup, .scrollProfile, .stepHelpPage:
    state.navigate(action)
  case .startScoreEdit, .stepEditedColour, .adjustScore, .typeDigit:
    state.editScores(action)
  case .startAddParticipant, .startRenameParticipant, .startAddOrganisation,
    .startRenameOrganisation, .text, .requestRemoveParticipant, .requestRemoveOrganisation,
    .requestForgetParticipant:
    if case .picking = state.mode {
      state.pick(action)
    } else if case .editingPerson = state.mode {
      state.editPerson(action)
    } else {
      state.editPeople(action)
    }
  case .startEditPerson: state.startEditingPerson()
  case .stepFormField, .stepFormValue: state.editPerson(action)
  case .movePicker: state.pick(action)
  case .startImport:
    guard state.mode == .browsing else { return [] }
    state.mode = .enteringText(TextEntry(purpose: .importSheet))
  case .sheetRead(let path, let reading):
    state.importSheet(path: path, reading)
  case .stepImpasseSection, .toggleComfortProjection, .toggleComfortOverview, .stepProjection,
    .toggleLegalForms, .stepLegalForm:
    state.navigateImpasse(action)
  case .moveImpasseCursor, .activateImpasseRow:
    if case .choosingOrganisations = state.mode {
      state.chooseOrganisations(action)
    } else if case .moveImpasseCursor = action {
      state.navigateImpasse(action)
    } else {
      state.editImpasse(action)
    }
  case .cycleStatus, .chooseNeedTopic, .startChooseAskedOf, .startEditImpasseText,
    .startAddImpasseItem, .requestRemoveImpasseItem:
    state.editImpasse(action)
  case .stepSessionsSection, .moveSessionsCursor:
    guard state.mode == .browsing else { return [] }
    state.navigateSessions(action)
  case .activateSessionsRow, .startAddSessionsItem, .startEditSessionsText,
    .startEditSessionsDate, .cycleDecisionStatus, .startReviseDecision, .chooseSessionsLink,
    .toggleSessionOpen, .requestRemoveAction:
    state.editSessions(action)
  case .toggleProjectorMode: state.wall.projectorMode.toggle()
  case .togglePrivacyMode: state.wall.privacyMode.toggle()
  case .toggleBlank: state.wall.blanked = state.wallsConnected > 0 ? !state.wall.blanked : true
  case .toggleFreeze: state.wall.frozen = state.wall.isFrozen ? nil : FrozenWall(state)
  case .sendToWall: if state.wall.isFrozen { state.wall.frozen = FrozenWall(state) }
  case .stepRound, .openCardPicker, .moveDilemmaCursor, .choose, .clearChoice, .toggleCountingHands,
    .toggleHistory, .toggleRolePlays, .stepRolePlay, .timerStartPause, .timerReset,
    .startEditRoundNotes, .startEditRoundOutcome:
    guard state.mode == .browsing else { return [] }
    state.forgetPhoneAnswer(overwrittenBy: action)
    state.playDilemma(action)
  case .toggleTimeline, .stepTimeline:
    state.browseTimeline(action)
  case .toggleSinceLastTime, .scrollSinceLastTime:
    state.browseSinceLastTime(action)
  case .startExport:
    guard state.mode == .browsing else { return [] }
    state.exportAudience = .participants
    state.mode = .enteringText(TextEntry(purpose: .export))
  case .toggleExportAudience:
    guard case .enteringText(let entry) = state.mode, entry.purpose == .export else { return [] }
    state.exportAudience = state.exportAudience == .participants ? .facilitator : .participants
  case .exported(let message):
    state.notice = message
  case .remark(let message):
    if state.notice == nil { state.notice = message }
  case .askOverwrite(let overwrite):
    state.open(.editing(.confirmingOverwrite(overwrite)))
  case .startSaveAs:
    // Also allowed read-only: saving a copy elsewhere changes nothing here.
    guard state.mode == .browsing else { return [] }
    state.mode = .enteringText(TextEntry(purpose: .saveAs))
  case .commit:
    // Enter answers what is on top: a question opens over whatever is open under it.
    if state.topOverlay == .editing(.confirmingQuit) {
      state.mode = .browsing
      return [.quit]
    }
    if case .editing(.confirmingOverwrite(let overwrite)) = state.topOverlay {
      state.mode = .browsing
      switch overwrite.purpose {
      case .saveAs:
        return [.saveAs(path: overwrite.path, workshop: state.workshop, overwrite: true)]
      case .export(let anonymous):
        return [
          .export(
            path: overwrite.path, workshop: state.workshop, anonymous: anonymous, overwrite: true,
            audience: state.exportAudience)
        ]
      }
    }
    if case .cardPicker = state.topOverlay {
      state.pickCard()
      break
    }
    if case .enteringText(let entry) = state.mode, entry.purpose == .saveAs {
      let path = entry.field.value.trimmingCharacters(in: .whitespaces)
      guard !path.isEmpty else { return [] }
      state.mode = .browsing
      return [.saveAs(path: path, workshop: state.workshop)]
    }
    if case .enteringText(let entry) = state.mode, entry.purpose == .export {
      let path = entry.field.value.trimmingCharacters(in: .whitespaces)
      guard !path.isEmpty else { return [] }
      state.mode = .browsing
      return [
        .export(
          path: path, workshop: state.workshop, anonymous: state.wall.privacyMode,
          audience: state.exportAudience)
      ]
    }
    if case .enteringText(let entry) = state.mode, entry.purpose == .importSheet {
      let path = entry.field.value.trimmingCharacters(in: .whitespaces)
      guard !path.isEmpty else { return [] }
      state.mode = .browsing
      return [.readSheet(path: path)]
    }
    if case .confirmingRemoval(.forgetParticipant(let id)) = state.mode {
      return state.forgetParticipant(id)
    }
    state.commit()
  case .cancel:
    state.closeTop()
  case .undo:
    guard state.mode == .browsing else { return [] }
    guard state.undo() else {
      state.notice = Message(.uiNothingToUndo)
      return []
    }
    state.keepSelectionValid()
  case .redo:
    guard state.mode == .browsing else { return [] }
    guard state.redo() else {
      state.notice = Message(.uiNothingToRedo)
      return []
    }
    state.keepSelectionValid()
  case .tick, .wallsConnected: break  // handled above
  case .toggleRoom, .releaseClaim, .toggleOwnProfiles, .room:
    let waiting = state.waitingProposals.count
    state.runRoom(action)
    state.announceProposals(waitingBefore: waiting)
  case .toggleComfortQueue, .moveProposalCursor, .acceptProposal, .editProposal,
    .setProposalAside:
    state.runComfortQueue(action)
  case .toggleJoinOnWall:
    state.toggleJoinOnWall()
  case .quit:
    if case .failed = state.saveStatus, state.mode == .browsing {
      state.open(.editing(.confirmingQuit))
    } else {
      effects.append(.quit)
    }
  case .saveFinished(let status):
    if !state.isReadOnly { state.saveStatus = status }
  case .savedAs(let path, let status):
    if case .saved = status {
      state.saveStatus = status
      state.notice = Message(.uiSavedAs, ["path": path])
    } else if case .failed(let reason) = status {
      // A failed copy changes nothing about the file in use: whether that is saved, failing
      // or read-only stays as it was. The reason shows in the notice.
      state.notice = Message(.uiSaveAsFailed, ["path": path, "reason": reason])
    }
  }
  state.keepRoomInStep(after: action)
  if state.document.takeSaveDue() {
    state.saveStatus = .saving
    effects.insert(.save(state.workshop), at: 0)
  }
  return effects
}

extension AppState {
  mutating func navigate(_ action: Action) {
    let previous = wall.screen
    defer {
      closeOverlays(leaving: previous)
      if wall.screen == .sessions, previous != .sessions { wall.beforeSessions = previous }
      // Choosing a screen, even the one behind it, is moving on from the join page: the screen
      // comes back, with the join line along its bottom.
      switch action {
      case .show, .nextScreen, .previousScreen: wall.showsJoin = false
      default: break
      }
    }
    switch action {
    case .show(let screen): wall.screen = screen
    case .nextScreen: wall.screen = Self.step(wall.screen, by: 1)
    case .previousScreen: wall.screen = Self.step(wall.screen, by: -1)
    case .moveSelection(let delta): moveSelection(by: delta)
    case .selectParticipant(let id):
      if visibleParticipants.contains(where: { $0.id == id }) { selectedParticipantID = id }
    case .stepOrganisationFilter(let delta): stepOrganisationFilter(by: delta)
    case .toggleHelp:
      if case .help = topOverlay { overlays.removeLast() } else { open(.help(page: 0)) }
    case .stepHelpPage(let delta):
      if case .help(let page) = topOverlay { replaceTop(with: .help(page: page + delta)) }
    case .scrollGroup(let delta): groupScroll = max(0, groupScroll + delta)
    // The view stops at the end; the count stops not far past it, so K answers at once.
    case .scrollProfile(let delta): profileScroll = min(max(0, profileScroll + delta), 40)
    default: break
    }
  }

  static func step(_ screen: Screen, by delta: Int) -> Screen {
    let all = Screen.allCases
    let index = all.firstIndex(of: screen) ?? 0
    return all[((index + delta) % all.count + all.count) % all.count]
  }

  mutating func moveSelection(by delta: Int) {
    let people = visibleParticipants
    guard !people.isEmpty else {
      selectedParticipantID = nil
      return
    }
    let current = people.firstIndex { $0.id == selectedParticipantID } ?? 0
    let next = min(max(0, current + delta), people.count - 1)
    selectedParticipantID = people[next].id
  }

  mutating func stepOrganisationFilter(by delta: Int) {
    let choices: [String?] = [nil] + workshop.organisations.map(\.id)
    let index = choices.firstIndex(of: organisationFilter) ?? 0
    organisationFilter = choices[((index + delta) % choices.count + choices.count) % choices.count]
    groupScroll = 0
    keepSelectionValid()
  }

  /// After a change that may have removed the selected person from view, select someone visible.
  mutating func keepSelectionValid() {
    if organisationFilter.map({ workshop.organisation(withID: $0) == nil }) ?? false {
      organisationFilter = nil
    }
    if !visibleParticipants.contains(where: { $0.id == selectedParticipantID }) {
      selectedParticipantID = visibleParticipants.first?.id
    }
  }

  mutating func commit() {
    switch mode {
    case .browsing: break
    case .editingScores: commitScores()
    case .enteringText(let entry): commitText(entry)
    case .confirmingQuit, .confirmingOverwrite: mode = .browsing
    case .confirmingRemoval(.participant(let id)): removeParticipant(id)
    case .confirmingRemoval(.organisation(let id)): removeOrganisation(id)
    case .confirmingRemoval(.action(let number)): removeAction(number)
    case .confirmingRemoval(let removal):
      mode = .browsing
      removeImpasseItem(removal)
    case .choosingOrganisations(let choice):
      commitChoice(choice)
    case .picking(let picker): commitPick(picker)
    case .editingPerson(let form): commitPerson(form)
    }
  }
}
