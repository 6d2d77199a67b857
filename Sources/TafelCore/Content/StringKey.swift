/// Every UI string Tafel shows, by key. `strings.json` holds each in Dutch and English; a test
/// checks that none is missing.
public enum StringKey: String, CaseIterable, Sendable {
  // Problems in a workshop's content.
  case problemEmptyTitle, problemEmptyName, problemEmptyID, problemDuplicateID
  case problemScoreOutOfRange, problemUnknownOrganisation, problemBadDate, problemNewerSchema
  case problemImpossibleSchema
  case problemEmptyText
  case problemUnknownKey, problemUnknownKeySuggestion, problemLineBreak
  case placeField

  // Problems with files.
  case fileNotFound, fileIsDirectory, fileUnreadable, fileTooLarge, fileNotJSON, fileWrongValue
  case fileMissingField, fileInvalid, fileAlreadyExists, fileWriteFailed, fileLocked
  case fileChangedSinceOpened, fileGoneSinceOpened, fileReservedName
  case fileSymbolicLink, fileNotMadeByTafel, fileExistsWithoutForce, fileWorkshopItself

  // What the system said, in the facilitator's language.
  case systemNoSpace, systemQuota, systemPermission, systemNotPermitted, systemReadOnly
  case systemNotFound, systemNotFolder, systemIsFolder, systemLinkLoop, systemNameTooLong
  case systemFileTooLarge, systemInputOutput, systemExists, systemBusy, systemTooManyOpen
  case systemNoMemory

  // What a file reader expected and found.
  case expectUTF8, expectValue, expectEndOfFile, expectLessNesting, expectKey, expectColon
  case expectShorterText, expectSensibleNumber, expectWholeCharacter
  case expectCommaOrBrace, expectCommaOrBracket, expectHexDigits, expectEscape
  case expectClosingQuote, expectClosingQuoteOnLine, expectDigit, expectValidValue, expectOneOf
  case expectWholeNumber, expectNumber, expectText, expectBool, expectList, expectObject
  case expectFolder
  case foundEndOfFile, foundNotUTF8, foundControlCharacter, foundCharacter, foundLongText
  case foundNumber, foundHalfCharacter
  case expectUniqueKey, foundDuplicateKey, expectKeyAfterComma, expectValueAfterComma
  case foundTrailingComma, expectVisibleCharacter, foundControlCode

  // Importing a spreadsheet.
  case importEmpty, importNotUTF8, importUTF16, importMissingColumns, importEmptyName
  case importTooManyFields, importFractionalScore, importDuplicatePerson, importControlCharacter
  case importLineBreak, importUnclosedQuote, importDuplicateColumn
  case importEmptyOrganisation, importBadScore, importNothingWritten, importTooLong
  case importAdded, importUpdated, importCreatedOrganisation, importSaved
  case importIgnoredColumn

  // Command line results.
  case createdWorkshop, demoWritten, checkPassed, unknownOrganisationFilter
  case lockedHint

  // Usage errors: Tafel's own and the parser's common ones in the user's language.
  case usageUnknownCommand, usageErrorPrefix, usageUsage, usageSeeHelp, usageMissingArgument
  case usageMissingValue, usageUnknownOption, usageUnknownOptionSuggestion
  case usageUnexpectedArgument, usageUnexpectedArguments, usageInvalidChoice, usageInvalidValue
  case usageOr, usageProfileFileOrDemo

  // The settings file (config.toml).
  case configSyntax, configUnreadable, configNotText, configBadValue, configNotAText
  case configNotATable, configUnknownKey

  // The profile report.
  case reportParticipants, reportGroupWholeRoom, reportGroupDelegation, reportNoParticipants
  case reportGroupLogic, reportDominant, reportUnderRepresented, reportNone, reportStepAtRisk
  case reportPitfalls, reportNoPitfalls, reportFacilitatorMoves, reportBasis, reportComplements
  case reportStrongOn, reportFirstColourWeak, reportCarriedAlone, reportRejectedBy
  case reportWhenMissing, reportStatusDominant, reportStatusUnder

  // The terminal UI.
  case uiConfirmRemove, uiDrivesToCollaborate, uiEditingHint, uiFirstThen, uiGroupProfile
  case uiHelpTitle, uiKeywords, uiNoParticipants, uiParticipants, uiPhase
  case uiPromptNewOrganisation, uiPromptNewParticipant, uiPromptRename
  case uiProfileScrollHint
  case uiPromptRenameOrganisation, uiReadOnly, uiSaveFailed, uiSaved, uiSaving, uiScrollHint
  case uiSelectSomeone, uiStrongOn, uiTooSmall, uiWholeRoom, uiWhyCollaborate

  case uiStrengths, uiColourPitfalls, uiHelpPage, keyHelpNextPage, keyHelpPreviousPage
  case uiSavedAs, uiSaveAsFailed, uiSaveFailedNotice, uiPromptSaveAs, keySaveAs
  case uiConfirmOverwrite, uiOverwriteDeclined, uiExistingWorkshop, uiExistingChangedWorkshop
  case uiExistingFile, uiExistingLink
  case uiNotATerminal, uiUnknownTerminal, uiNoCursorAddressing, openReadOnlyQuestion
  case openReadOnlyHint, demoCopyMade, closedSaved, closedRescued, closedUnsaved, closedRescueFailed
  case uiFolderNotWritable, uiConfirmRemoveOrganisation
  case keyRemoveOrganisation

  // Key labels, in the bottom bar and the help.
  case keyTeam, keyGroup, keyNextScreen, keyPreviousScreen, keyOrganisationFilter, keyScreens
  case keyOrganisationFilterBack, keyUndo, keyRedo, keyHelp, keyQuit, keyUp, keyDown, keyPageUp
  case keyPageDown, keyFirst, keyLast, keyEditScores, keyAddParticipant, keyRenameParticipant
  case keyRemoveParticipant, keyAddOrganisation, keyRenameOrganisation, keyScrollUp
  case keyProfileDown, keyProfileUp
  case keyScrollDown, keyPreviousColour, keyNextColour, keyScoreUp, keyScoreDown, keyScoreUpTen
  case keyScoreDownTen, keyKeep, keyCancel, keyDeleteBackward, keyDeleteForward, keyCursorLeft
  case keyCursorRight, keyCursorHome, keyCursorEnd, keyConfirm, keyCloseHelp

  // The Impasse view.
  case uiSectionSignals, uiSectionComfort, uiSectionFormalisation, uiSectionPrompts
  case uiSectionPhases, uiMatchesSignals, uiTickedAt, uiNote, uiNoNotes, uiAnsweredBy, uiAnswers
  case statusOpen, statusAddressed, statusAgreed, statusInDiscussion, statusParked, uiAskedOfAll
  case uiAskedOf, uiComfortTitle, uiNoNeeds, uiProjectionTitle, uiProjectionQuestion
  case uiNoNeedsProjected, uiOverviewTitle, uiNoTopic, uiNoNeedsAtAll, uiChooseAskedOf
  case uiTopicsTitle, uiLegalFormsHint, uiNoAgreement, uiAgreement, uiNeedsForTopic
  case uiLegalLiability, uiLegalExit, uiLegalResources, uiLegalFitsWhen, uiLegalDisclaimer
  case uiCurrentPhase, uiConfirmRemoveNeed, uiConfirmRemoveTopic, uiConfirmQuitUnsaved, uiPromptNote
  case uiPromptNewNeed
  case uiPromptNeedText, uiPromptNewTopic, uiPromptAgreement, uiPromptPhaseNotes

  case uiIntakeTitle, uiIntakeWillingness, uiIntakeAddedValue, uiIntakeShowstoppers

  // The dilemma game.
  case keyDilemma, keyProjector, keyPrivacy, keyBlank, keyNextStage, keyPreviousStage
  case keyChooseCard, keyTimer, keyTimerReset, keyRoundNotes, keyRoundOutcome, keyHistory
  case keyChooseA, keyChooseB, keyChooseC, keyChooseD, keyClearChoice, keyCountHands
  case scopeDilemma, scopeDilemmaCollecting, scopeCardPicker, scopeRoundHistory, uiDilemmaIntro
  case uiRound, stageCard, stageCollecting, stageReveal, stageDiscussion, uiHandsCounted
  case uiChoicesIn, uiHiddenUntilReveal, uiWhoChose, uiHands, uiNoOutcome, uiOutcome
  case uiChooseCard, uiRoundHistory, uiPromptRoundNotes, uiPromptRoundOutcome, uiPrivacyProfile
  case uiPrivacyNoScoreEdit
  case uiPrivacy
  case privacyTooSmall, privacyTooSmallGroup, privacyNoNames, exportNote
  case privacyHiddenForOthers, privacyHiddenForOthersGroup

  case keyRolePlays, scopeRolePlay, uiRolePlay, uiPlayAs

  // The Impasse view's keys and scopes.
  case keyImpasse, keyPreviousSection, keyNextSection, keyActivate, keyEditText, keyAddItem
  case keyStatus, keyNeedTopic, keyAskedOf, keyRemoveItem, keyProjection, keyOverview
  case keyLegalForms, keyNextOrganisation, keyPreviousOrganisation, keyCloseView, keyNextCard
  case keyPreviousCard, keyToggleChoice, scopeImpasse, scopeComfortProjection
  case scopeComfortOverview, scopeLegalForms, scopeOrganisationChoice

  // Where keys apply, as the help groups them.
  case scopeGlobal, scopeTeam, scopeGroup, scopeScoreEditing, scopeTextEntry, scopeConfirmation
  case scopeHelp

  // Session reports.
  case exportParticipantNumber, exportPhase, exportAnonymousNote, exportOrganisations
  case exportOrganisation, exportKind, exportParticipants, exportParticipant, exportCount
  case exportProfiles, exportLabel, exportColour, exportMean, exportSpread, exportNeed
  case exportAskedOf, exportTopic, exportStatus, exportAgreement, exportDilemmaRounds
  case exportOption, exportByColour, exportNotes, exportWritten, exportFailed
  case exportUnknownFormat, uiPromptExport, keyExport

  case exportTickedSignals, exportColourKey

  // Rule bases.
  case basisPractice, basisSourced, basisDerived

  // Organisation kinds.
  // Editing a person, choosing from a list, importing inside the interface.
  case keyEditPerson, keyImport, keyChoose, keyNextField, keyPreviousField, keyValueUp
  case keyValueDown, keyClearRejection, scopePicker, scopePersonForm, scopeImportProblems
  case uiImportRefused, uiImported, uiPromptImport, uiImportProblemsTitle, uiImportLine
  case uiPickerFilter, uiPickNeedTopic, uiPickNeedOrganisation, uiPickNothing, uiFormTitle
  case uiFormName, uiFormRole, uiFormOrganisation, uiFormKind, uiFormKindNote, uiFormScores
  case uiFormRejection, uiFormNotMeasured, uiFormHint, uiFormRejectionHint
  case reportRejectionScore, reportRejectedCarriers, exportRejection, importUnknownKind
  case importPartialRejection

  case kindMunicipality, kindHousingCorporation, kindWelfare, kindMentalHealthCare, kindShelter
  case kindYouthCare, kindDisabilityCare, kindElderlyCare, kindHealthInsurer, kindOther

  // Process phases.
  case phaseIntake, phaseContent, phaseFormalisation, phaseCollaboration

  // What undo and redo put back.
  case uiUndone, uiRedone, uiNothingToUndo, uiNothingToRedo
  case changeParticipantAdded, changeParticipantRemoved, changeOrganisationAdded
  case changeOrganisationRemoved, changeScore, changeScores, changeParticipant
  case changeParticipantRenamed, changeRole, changeParticipantMoved, changeRejection
  case changeRejectionCleared, changeOrganisationRenamed, changeOrganisationKind
  case changeTicked, changeUnticked, changeChecklistNote, changeNeedAdded, changeNeedText
  case changeNeedTopic, changeNeedAskedOf, changeNeedStatus, changeNeedRemoved
  case changeTopicAdded, changeTopicStatus, changeTopicAgreement, changeTopicRemoved
  case changeIntakeNote, changePhaseSet, changePhaseNotes
  case changeRoundStarted, changeCardReplaced, changeChoice, changeHands, changeRoundNotes
  case changeRoundOutcome, changeRoundStage, changeRoundTimer, changeImport, changeSeveral
  case changeNothing, changeEmpty, changeNone, changeScoreHidden, changeRejectionHidden

  // Removing, only with an explicit yes.
  case keyRemoveYes, keyRemoveNo, scopeRemoval, uiConfirmRemoveParticipantOf, scopeExportEntry

  // Who a report is for.
  case exportForFacilitatorBanner, exportForParticipantsNote, uiPromptExportFor
  case keyExportAudience, uiExportParticipants, uiExportFacilitator

  // A person's first two colours in collaboration.
  case uiBringsWants

  // Counted words (under `plurals` in strings.json) and texts that replace "0 of 0".
  case countOrganisations, countParticipants, countCards, countMinutes, uiComfortTitleNone
  case exportAskedOfAll

  // The wall on the projector (issue 14): what it says itself, without keys.
  case wallConnectionLost, wallWaiting, wallWaitingHint, wallQuitHint, wallPrivacy, wallUnreadable
  case wallNoParticipants, wallDilemmaIntro, wallAnsweredOf, wallHandsCounted
  case wallChoicesCaption, wallHandsCaption
  // The wall's link and `tafel wall` (issue 14, the socket's side).
  case linkFolderOwner, linkFolderOpen, linkFolderNotFolder, linkSocketOwner, linkSocketNotSocket
  case linkAlreadyServed, linkSystemError, linkOtherVersion, linkSeveral, linkWaitingFor
  case linkWaitingAny
  // The room: phones in the room (issue 15).
  case keyRoom, keyReleaseClaim, keyOwnProfiles
  case roomOpening, roomOpened, roomClosed, roomOpenFailed, roomReadOnly, roomReleased
  case roomNotClaimed, roomOwnProfilesOn, roomOwnProfilesOff
  case roomBadListen
  // Joining the room from a phone (issue 15): the wall's join panel.
  case joinTitle, joinScan, joinOrGoTo, joinGoTo, joinRoomCode
  case keyJoinOnWall, joinRoomClosed
  case joinLine
  // Forgetting a person (tafel forget, issue 16).
  case forgetRemovedParticipant, forgetCandidate, forgetUnknown, forgetCandidates
  case forgetAmbiguous, forgetPlanHeading, forgetPlanWorkshop, forgetPlanTexts, forgetPlanBackup
  case forgetPlanRescue, forgetPlanReport, forgetPlanUnreadable, forgetQuestion
  case forgetCancelled, forgetDone, forgetRemainingWord, forgetElsewhere, countTexts, countFiles
  case keyForgetParticipant, uiConfirmForget, uiForgotten, uiForgottenFiles, uiForgetFilesFailed

  // The timeline and "sinds vorige keer" (issue 16).
  case keyTimeline, keyEarlierSession, keyLaterSession, scopeTimeline, uiTimeline, uiTimelineEmpty
  case uiTimelineTitle, uiTimelineProfile, uiTimelineSince, uiTimelineFirst, uiHistoryProfileSame
  case uiHistoryColourMove, uiHistoryJoined, uiHistoryLeft, uiHistoryJoinedLeftCount
  case uiHistoryNewScores, uiHistoryNeedNew, uiHistoryNeedMoved, uiHistoryNeedGone
  case uiHistoryTopicMoved, uiHistoryRound, uiHistoryPhase, uiHistoryColourByPresence
  case uiHistoryColourByScores, uiHistoryProfileSteady, exportNoSuchSession, exportSessionMeta
  case keySinceLastTime, scopeSinceLastTime, uiSinceTitle, uiSinceNoEarlier, uiSinceNothing
  case uiSinceComfort, uiSincePeople, uiSinceDecisionNew, uiSinceDecisionMoved
  case uiSinceActionOverdue, uiSinceActionDue, uiSinceActionDone, uiSinceAdded, uiSinceRemoved
  case uiSinceMore, uiHistoryColourPlain, uiSinceCame, uiSinceAway, uiSinceCameAwayCount

  // Sessions, decisions and actions (issue 16).
  case changeSessionStarted, changeSessionClosed, changeSessionReopened, changeSessionTitle
  case changeSessionDate, changePresent, changeAbsent, changeGuests, changeDecisionAdded
  case changeDecisionText, changeDecisionStatus, changeDecisionTopic, changeDecisionRound
  case changeDecisionRevised, changeActionAdded, changeActionText, changeActionOwner
  case changeActionDue, changeActionDone, changeActionReopened, changeActionRemoved
  case changeRestored, changeNobody, changeNoDate
  case decisionProposal, decisionDecided, decisionPendingSupervisors, decisionPendingConstituency
  case decisionRevised, decisionWithdrawn, presentRemoved, problemBadNumber, problemSessionStillOpen
  case keySessions, keySessionsActivate, keySessionsAdd, keySessionsDate, keyReviseDecision
  case keySessionsLink, keyCloseSession, keyRemoveAction, scopeSessions, uiSessionsTitle
  case uiDecisionsTitle, uiActionsTitle, uiNoSessions, uiNoDecisions, uiNoActions, uiSessionOpen
  case uiSessionClosed, uiPresentAt, uiGuests, uiNoGuests, uiDecisionSession, uiDecisionReplaces
  case uiDecisionReplacedBy, uiDecisionTopic, uiDecisionRound, uiActionDue, uiActionOverdue
  case uiActionDone, uiNoOne, uiOutsideSession, uiPromptNewSession, uiPromptSessionTitle
  case uiPromptSessionDate, uiPromptGuests, uiPromptNewDecision, uiPromptDecisionText
  case uiPromptReviseDecision, uiPromptNewAction, uiPromptActionText, uiPromptActionDue
  case uiPickActionOwner, uiPickDecisionTopic, uiConfirmRemoveAction
  case exportDate, exportTitle, exportPresent, exportGuests, exportSession, exportDecision
  case exportRemark, exportAction, exportWho, exportDue, exportDone, exportYes, exportNo
  case exportRemovedPeople, exportNumber
  case decisionShortPendingSupervisors, decisionShortPendingConstituency
  case keyBlankWall, keyFreeze, keySendToWall, scopeWall
  case consoleOnWall, consoleLive, consoleFrozen, consoleBlank, consoleNext, consoleNextCard
  case consoleTimer, consoleTimerPaused, consoleClock, consoleAnswered, consoleWaitingFor
  case consoleNotes, consoleNoNotes, uiFrozen, uiWallBlank, countWalls, uiPrivacyNoPersonForm
  // The comfort queue: proposals typed on phones, for the facilitator alone (issue 15).
  case uiComfortQueueTitle, uiComfortQueueEmpty, uiComfortQueueNotOnWall, uiComfortQueueHidden
  case uiComfortQueueFrom, uiPromptProposal, uiProposalAccepted, uiProposalSetAside
  case uiProposalArrived
  case keyComfortQueue, keyAcceptProposal, keyEditProposal, keySetProposalAside, scopeComfortQueue

  // The room's address (issue 15): --listen and `tafel room check`.
  case listenEmpty, listenBadAddress, listenBadPort, listenPrivilegedPort, listenNotOnThisLaptop
  case listenNoNetwork, roomCheckAddresses, roomCheckDefaultRoute, roomCheckChosen
  case roomCheckThisLaptop, roomCheckLinkLocal, roomCheckNoAddresses, roomCheckAnswers
  case roomCheckPortTaken, roomCheckCannotListen, roomCheckNoAnswer, roomCheckOnlyThisLaptop
  case roomCheckInternet, roomCheckTryPhone, roomCheckWaiting, roomCheckReached
  case roomCheckReachedItself, roomCheckNotReached, roomCheckGuestWifi, roomCheckPage
  case roomCheckBadWait
  // Forgetting a person (tafel forget, issue 16).

  // The timeline and "sinds vorige keer" (issue 16).
}

extension RuleBasis {
  public var stringKey: StringKey {
    switch self {
    case .practice: .basisPractice
    case .sourced: .basisSourced
    case .derived: .basisDerived
    }
  }
}

extension OrganisationKind {
  public var stringKey: StringKey {
    switch self {
    case .municipality: .kindMunicipality
    case .housingCorporation: .kindHousingCorporation
    case .welfare: .kindWelfare
    case .mentalHealthCare: .kindMentalHealthCare
    case .shelter: .kindShelter
    case .youthCare: .kindYouthCare
    case .disabilityCare: .kindDisabilityCare
    case .elderlyCare: .kindElderlyCare
    case .healthInsurer: .kindHealthInsurer
    case .other: .kindOther
    }
  }
}

extension ProcessPhase {
  public var stringKey: StringKey {
    switch self {
    case .intake: .phaseIntake
    case .content: .phaseContent
    case .formalisation: .phaseFormalisation
    case .collaboration: .phaseCollaboration
    }
  }
}

extension ComfortStatus {
  public var stringKey: StringKey {
    switch self {
    case .open: .statusOpen
    case .addressed: .statusAddressed
    case .agreed: .statusAgreed
    }
  }
}

extension TopicStatus {
  public var stringKey: StringKey {
    switch self {
    case .open: .statusOpen
    case .inDiscussion: .statusInDiscussion
    case .agreed: .statusAgreed
    case .parked: .statusParked
    }
  }
}
