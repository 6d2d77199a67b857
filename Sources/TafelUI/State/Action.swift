import TafelCore

/// Everything that can happen to the screen's state. Keys, mouse clicks and the save loop all
/// become actions; `reduce` is the one place they take effect.
public enum Action: Equatable, Sendable {
  case show(Screen)
  case nextScreen
  case previousScreen
  /// Moves the selection in the Team list by this many rows.
  case moveSelection(Int)
  case selectParticipant(id: String)
  /// Scrolls the Group view's pitfalls by this many rows.
  case scrollGroup(Int)
  /// Scrolls the Team view's profile text by this many rows.
  case scrollProfile(Int)
  /// Steps the organisation filter through the organisations (and "all") by this many.
  case stepOrganisationFilter(Int)

  case startScoreEdit
  /// Moves the edited colour up (-1) or down (+1).
  case stepEditedColour(Int)
  case adjustScore(Int)
  case typeDigit(Int)
  case commit
  case cancel

  case startAddParticipant
  case startRenameParticipant
  case startAddOrganisation
  case startRenameOrganisation
  case startSaveAs
  case startExport
  /// While a report's path is typed: switches between the participants' report and the
  /// facilitators' confidential record.
  case toggleExportAudience
  case text(TextEdit)

  case requestRemoveParticipant
  /// Asks to forget the selected person (issue 16: the right to erasure).
  case requestForgetParticipant
  /// Opens (or closes) the timeline at the last session; steps it to another session.
  case toggleTimeline
  case stepTimeline(Int)
  /// Opens (or closes) "sinds vorige keer" for the session in focus; scrolls it by this many rows.
  case toggleSinceLastTime
  case scrollSinceLastTime(Int)
  /// Opens the form with the selected person's name, role, organisation and scores.
  case startEditPerson
  /// Moves to the previous (-1) or next (+1) field of the person form.
  case stepFormField(Int)
  /// ← and → (±1), PgUp and PgDn (±10) on the person form's field.
  case stepFormValue(Int)
  /// Moves the cursor in a picker's list.
  case movePicker(Int)
  /// Asks for the path of a spreadsheet to import.
  case startImport
  /// The shell read the spreadsheet at `path` (or could not).
  case sheetRead(path: String, result: SheetReading)

  // The dilemma game.
  /// PageDown (+1) and PageUp (-1): the next or previous stage; past discussion, a new round.
  case stepRound(Int)
  case openCardPicker
  case moveDilemmaCursor(Int)
  /// Records option A (0) to D (3) for the selected person, or counts a hand for it.
  case choose(Int)
  case clearChoice
  case toggleCountingHands
  case toggleHistory
  /// Shows the role-play cards: play a situation from a given colour.
  case toggleRolePlays
  case stepRolePlay(Int)
  case timerStartPause
  case timerReset
  case startEditRoundNotes
  case startEditRoundOutcome
  case toggleProjectorMode
  case togglePrivacyMode
  case toggleBlank
  /// The wall (issue 14): freeze or release it, send the current view to a frozen wall, and
  /// the number of walls connected, posted by the wall link.
  case toggleFreeze
  case sendToWall
  case wallsConnected(Int)

  // The Impasse view.
  case stepImpasseSection(Int)
  case moveImpasseCursor(Int)
  /// Ticks a checklist item, adds a need to an organisation, steps a status, sets the phase:
  /// whatever the selected row's main action is.
  case activateImpasseRow
  case cycleStatus
  /// Chooses the selected need's topic from a list.
  case chooseNeedTopic
  case startChooseAskedOf
  case startEditImpasseText
  case startAddImpasseItem
  case requestRemoveImpasseItem
  case toggleComfortProjection
  case toggleComfortOverview
  case stepProjection(Int)
  case toggleLegalForms
  case stepLegalForm(Int)
  /// Asks to remove the selected person's organisation, with its delegation.
  case requestRemoveOrganisation

  // The Sessions screen.
  case stepSessionsSection(Int)
  case moveSessionsCursor(Int)
  /// Focuses a session, ticks who is present, opens the guests: the selected row's main action.
  case activateSessionsRow
  /// A new session, decision or action, by section.
  case startAddSessionsItem
  case startEditSessionsText
  /// A session's date or an action's due date.
  case startEditSessionsDate
  case cycleDecisionStatus
  case startReviseDecision
  case chooseSessionsLink
  /// Closes the open session, or opens the last one again.
  case toggleSessionOpen
  case requestRemoveAction

  case undo
  case redo
  case toggleHelp
  /// Turns the help's pages; past the last page it starts again at the first.
  case stepHelpPage(Int)
  case quit
  /// The time now, from the clock: the one way time enters the state.
  case tick(Moment)
  /// The save loop reports how the last save went.
  case saveFinished(SaveStatus)
  /// The shell reports how saving to another path went; on success, that path is the file now.
  case savedAs(path: String, status: SaveStatus)
  /// The shell reports how an export went.
  case exported(Message)
  /// The shell says something that gives way to what is already said: shown only when the
  /// prompt line is free (the walls' socket refused after the first frame, under a notice).
  case remark(Message)
  /// The shell found a file where save-as or an export would write: ask before replacing it.
  case askOverwrite(AppState.Overwrite)

  // The comfort queue: proposals typed on phones, for the facilitator alone (issue 15).
  /// C: opens or closes the queue of comfort proposals waiting.
  case toggleComfortQueue
  case moveProposalCursor(Int)
  /// Takes the proposal under the cursor on as a comfort need of its organisation.
  case acceptProposal
  /// Opens the proposal's text for editing; Enter takes the edited text on.
  case editProposal
  /// Leaves the proposal out of the workshop; the phone sees it was set aside.
  case setProposalAside

  // The room: phones in the room (issue 15).
  /// Z: opens the room to phones, or closes it (every claim ends with it).
  case toggleRoom
  /// Ends the phone claim of the selected person, so they can claim again from another phone.
  case releaseClaim
  /// Whether participants may see their own drive profile on their phone.
  case toggleOwnProfiles
  /// What the room's server reports and what a phone asks for: never a key.
  case room(RoomAction)
  /// C: the join page (QR code, address, room code) on the wall, or back to the screen.
  case toggleJoinOnWall
}

/// What reaches the loop from the room's server: that it listens (or could not), and each
/// request of a phone under the ticket the server waits on for the outcome
/// (`RoomState.outcomes`). Tokens are checked here again, on the loop's own state: a claim
/// released a moment ago no longer answers.
public enum RoomAction: Equatable, Sendable {
  case opened(url: String, code: String)
  case failedToOpen(reason: String)
  /// A phone claims `participant` with a token the server made for it.
  case claim(ticket: UInt64, participant: String, token: String)
  /// A phone gives its person back ("this is not me").
  case release(ticket: UInt64, token: String)
  /// The choice of the token's person in round `round` (numbered from 1): set or changed.
  case answer(ticket: UInt64, token: String, round: Int, option: Int)
  /// A comfort need the token's organisation asks of the others, for the facilitator's queue.
  case propose(ticket: UInt64, token: String, text: String)
}

/// An edit to the line of text being typed.
public enum TextEdit: Equatable, Sendable {
  case insert(String)
  case deleteBackward
  case deleteForward
  case moveLeft
  case moveRight
  case moveHome
  case moveEnd
}

/// Work the reducer asks the shell to do: it stays data, so tests can check it.
public enum Effect: Equatable, Sendable {
  /// Write this version of the workshop to its file.
  case save(Workshop)
  /// Write the workshop to this path, and keep saving there from now on. A file already there
  /// is replaced only with `overwrite`, after the facilitator said yes.
  case saveAs(path: String, workshop: Workshop, overwrite: Bool = false)
  /// Write a session report to this path (its extension gives the format); anonymous in
  /// privacy mode. A file already there is replaced only with `overwrite`.
  case export(
    path: String, workshop: Workshop, anonymous: Bool, overwrite: Bool = false,
    audience: ReportAudience = .participants)
  case quit
  /// Read a spreadsheet to import into the workshop.
  case readSheet(path: String)
  /// The person was forgotten in the workshop: forget them in the files beside it too (the
  /// backup, rescue copies, reports at the export's names).
  case forgetFiles(Participant)
}

/// What reading a spreadsheet gave: the sheet, or why it cannot be imported.
public enum SheetReading: Equatable, Sendable {
  case sheet(ParticipantSheet)
  /// Why nothing can be imported, line by line in the language on screen, as `tafel import`
  /// says it: a file that cannot be read, missing columns, or every bad row.
  case refused([String])
}
