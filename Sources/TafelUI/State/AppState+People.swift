import Foundation
import TafelCore

extension AppState {
  mutating func editPeople(_ action: Action) {
    switch action {
    case .startAddParticipant:
      guard mode == .browsing else { return }
      guard
        let organisationID = selectedParticipant?.organisationID ?? organisationFilter
          ?? workshop.organisations.first?.id
      else {
        // People belong to an organisation; with none yet, the first one is asked for first.
        mode = .enteringText(TextEntry(purpose: .newOrganisationName))
        return
      }
      mode = .enteringText(TextEntry(purpose: .newParticipantName(organisationID: organisationID)))
    case .startRenameParticipant:
      guard mode == .browsing, let participant = selectedParticipant else { return }
      mode = .enteringText(
        TextEntry(purpose: .renameParticipant(id: participant.id), text: participant.name))
    case .startAddOrganisation:
      guard mode == .browsing else { return }
      mode = .enteringText(TextEntry(purpose: .newOrganisationName))
    case .startRenameOrganisation:
      guard mode == .browsing,
        let organisation = (selectedParticipant?.organisationID ?? organisationFilter)
          .flatMap(workshop.organisation(withID:))
      else { return }
      mode = .enteringText(
        TextEntry(purpose: .renameOrganisation(id: organisation.id), text: organisation.name))
    case .text(let edit):
      guard case .enteringText(var entry) = mode else { return }
      mode = .browsing  // lets the edit below change the text in place instead of copying it
      entry.field.apply(edit)
      mode = .enteringText(entry)
    case .requestRemoveParticipant:
      guard mode == .browsing, let participant = selectedParticipant else { return }
      mode = .confirmingRemoval(.participant(id: participant.id))
    case .requestForgetParticipant:
      guard mode == .browsing, let participant = selectedParticipant else { return }
      mode = .confirmingRemoval(.forgetParticipant(id: participant.id))
    case .requestRemoveOrganisation:
      guard mode == .browsing,
        let id = selectedParticipant?.organisationID ?? organisationFilter
          ?? workshop.organisations.first?.id
      else { return }
      mode = .confirmingRemoval(.organisation(id: id))
    default: break
    }
  }

  mutating func commitText(_ entry: TextEntry) {
    let text = entry.field.value.trimmingCharacters(in: .whitespaces)
    let previous = workshop
    if entry.purpose.isImpasseText {
      // Impasse texts may be empty: that clears a note.
      mode = .browsing
      commitImpasseText(entry.purpose, text)
      return
    }
    if entry.purpose.isSessionsText {
      commitSessionsText(entry)
      return
    }
    // An empty name is not a name: the field stays open until there is one or Esc.
    guard !text.isEmpty else { return }
    mode = .browsing
    switch entry.purpose {
    case .newParticipantName(let organisationID):
      let id = Slug.unique(from: text, avoiding: Set(workshop.participants.map(\.id)))
      let scores = DriveScores(all: 50)
      let person = Participant(
        id: id, name: text, organisationID: organisationID, role: "", scores: scores)
      // Adding them and the form that follows are one step for undo.
      guard apply(.addParticipant(participant: person), undo: .grouped) else { return }
      if let filter = organisationFilter, filter != organisationID { organisationFilter = nil }
      selectedParticipantID = id
      // A new person's role, delegation and scores are filled in straight away, on the form;
      // adding them and the form are one step for undo, and Esc keeps what is there.
      var form = PersonForm(
        participantID: id, field: .role, original: previous, isNew: true)
      form.text = TextField()
      mode = .editingPerson(form)
    case .renameParticipant(let id):
      apply(.renameParticipant(participant: id, name: text))
    case .newOrganisationName:
      let id = Slug.unique(from: text, avoiding: Set(workshop.organisations.map(\.id)))
      guard
        apply(
          .addOrganisation(
            organisation: Organisation(id: id, name: text, shortName: text, kind: .other)))
      else { return }
      organisationFilter = id
      mode = .enteringText(TextEntry(purpose: .newParticipantName(organisationID: id)))
    case .saveAs, .export, .importSheet, .checklistNote, .newNeed, .needText, .newTopic,
      .topicAgreement,
      .phaseNotes,
      .intakeNote, .roundNotes, .roundOutcome, .newSession, .sessionTitle, .sessionDate,
      .sessionGuests, .newDecision, .decisionText, .reviseDecision, .newAction, .actionText,
      .actionDue:
      // Save-as becomes an effect in the reducer; the impasse texts were committed above.
      return
    case .renameOrganisation(let id):
      apply(.renameOrganisation(organisation: id, name: text))
    }
  }

  mutating func removeOrganisation(_ id: String) {
    mode = .browsing
    apply(.removeOrganisation(organisation: id))
    keepSelectionValid()
  }

  mutating func removeParticipant(_ id: String) {
    mode = .browsing
    guard workshop.participants.contains(where: { $0.id == id }) else { return }
    let visible = visibleParticipants
    let position = visible.firstIndex { $0.id == id } ?? 0
    apply(.removeParticipant(participant: id))
    let remaining = visibleParticipants
    selectedParticipantID =
      remaining.isEmpty ? nil : remaining[min(position, remaining.count - 1)].id
  }
}

extension TextField {
  mutating func apply(_ edit: TextEdit) {
    switch edit {
    case .insert(let text): insert(text)
    case .deleteBackward: deleteBackward()
    case .deleteForward: deleteForward()
    case .moveLeft: moveLeft()
    case .moveRight: moveRight()
    case .moveHome: moveHome()
    case .moveEnd: moveEnd()
    }
  }
}
