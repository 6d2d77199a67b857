import Foundation
import TafelCore

extension AppState {
  /// Opens the form for the selected person at `field`.
  mutating func startEditingPerson(field: PersonForm.Field = .role) {
    guard mode == .browsing, let participant = selectedParticipant else { return }
    // The form shows the full name and every score: not on a screen the room reads in privacy
    // mode. On the console of a wall of its own it opens.
    guard !(wall.screenIsPublic && wallsConnected == 0) else {
      notice = Message(.uiPrivacyNoPersonForm)
      return
    }
    var form = PersonForm(participantID: participant.id, field: field, original: workshop)
    form.text = TextField(textValue(of: field, participant) ?? "")
    mode = .editingPerson(form)
  }

  mutating func editPerson(_ action: Action) {
    guard case .editingPerson(var form) = mode,
      let index = workshop.participants.firstIndex(where: { $0.id == form.participantID })
    else { return }
    switch action {
    case .stepFormField(let delta):
      restoreBlankName(form, index: index)
      let all = PersonForm.Field.all
      let position = all.firstIndex(of: form.field) ?? 0
      form.field = all[min(max(0, position + delta), all.count - 1)]
      form.typed = nil
      form.text = TextField(textValue(of: form.field, workshop.participants[index]) ?? "")
    case .stepFormValue(let delta):
      stepValue(delta, form: &form, index: index)
    case .text(let edit):
      typeInto(edit, form: &form, index: index)
    default: return
    }
    mode = .editingPerson(form)
  }

  private func textValue(of field: PersonForm.Field, _ participant: Participant) -> String? {
    switch field {
    case .name: participant.name
    case .role: participant.role
    default: nil
    }
  }

  private mutating func stepValue(_ delta: Int, form: inout PersonForm, index: Int) {
    form.typed = nil
    switch form.field {
    case .name, .role:
      // On a text field ← and → move the cursor.
      form.text.apply(delta < 0 ? .moveLeft : .moveRight)
    case .organisation:
      let ids = workshop.organisations.map(\.id)
      guard !ids.isEmpty else { return }
      let current = ids.firstIndex(of: workshop.participants[index].organisationID) ?? 0
      let next = ((current + delta.signum()) % ids.count + ids.count) % ids.count
      formEdit(.moveParticipant(participant: form.participantID, organisation: ids[next]))
    case .organisationKind:
      guard
        let organisation = workshop.organisations.firstIndex(where: {
          $0.id == workshop.participants[index].organisationID
        })
      else { return }
      let kinds = OrganisationKind.allCases
      let current = kinds.firstIndex(of: workshop.organisations[organisation].kind) ?? 0
      let next = ((current + delta.signum()) % kinds.count + kinds.count) % kinds.count
      let id = workshop.organisations[organisation].id
      formEdit(.setOrganisationKind(organisation: id, kind: kinds[next]))
    case .score(let colour):
      let value = Self.clamp(workshop.participants[index].scores[colour] + delta)
      formEdit(.setScore(participant: form.participantID, colour: colour, value: value))
    case .rejection(let colour):
      let current = workshop.participants[index].rejection?[colour] ?? 0
      let value = Self.clamp(current + delta)
      formEdit(.setRejection(participant: form.participantID, colour: colour, value: value))
    }
  }

  private mutating func typeInto(_ edit: TextEdit, form: inout PersonForm, index: Int) {
    switch form.field {
    case .name, .role:
      form.text.apply(edit)
      if form.field == .name {
        // Every keystroke is saved, and a file with a blank name does not load again: a blank
        // name stays off the workshop until something is typed.
        if !form.text.value.isBlankName {
          formEdit(.renameParticipant(participant: form.participantID, name: form.text.value))
        }
      } else {
        formEdit(.setRole(participant: form.participantID, role: form.text.value))
      }
    case .score(let colour), .rejection(let colour):
      var typed = form.typed ?? ""
      switch edit {
      case .insert(let text):
        guard let character = text.last, character.isASCII, let digit = character.wholeNumberValue
        else { return }
        // Typing starts a new value; a third digit only fits as 100.
        typed += "\(digit)"
        if typed.count > 3 || (Int(typed) ?? 0) > 100 { typed = "\(digit)" }
      case .deleteBackward:
        typed = String(typed.dropLast())
      case .deleteForward:
        // Del on a rejection score: this person has no rejection scores (not measured).
        if case .rejection = form.field {
          formEdit(.clearRejection(participant: form.participantID))
          form.typed = nil
        }
        return
      default: return
      }
      form.typed = typed.isEmpty ? nil : typed
      let value = Self.clamp(Int(typed) ?? 0)
      if case .score = form.field {
        formEdit(.setScore(participant: form.participantID, colour: colour, value: value))
      } else {
        formEdit(.setRejection(participant: form.participantID, colour: colour, value: value))
      }
    case .organisation:
      // A letter jumps to the next organisation whose name starts with it.
      guard case .insert(let text) = edit, let letter = text.first else { return }
      let organisations = workshop.organisations
      let current =
        organisations.firstIndex { $0.id == workshop.participants[index].organisationID } ?? 0
      let order = organisations[(current + 1)...] + organisations[...current]
      if let next = order.first(where: {
        Picker.folded(String($0.name.prefix(1))) == Picker.folded(String(letter))
      }) {
        formEdit(.moveParticipant(participant: form.participantID, organisation: next.id))
      }
    case .organisationKind:
      return
    }
  }

  /// Each keystroke in the form changes the workshop; until Enter (or Esc) they are one step.
  private mutating func formEdit(_ change: WorkshopChange) {
    apply(change, undo: .grouped)
  }

  /// A name left blank is the name from before the form.
  private mutating func restoreBlankName(_ form: PersonForm, index: Int) {
    guard form.field == .name, form.text.value.isBlankName,
      let original = form.original.participants.first(where: { $0.id == form.participantID })
    else { return }
    formEdit(.renameParticipant(participant: form.participantID, name: original.name))
  }

  mutating func commitPerson(_ form: PersonForm) {
    mode = .browsing
    guard let index = workshop.participants.firstIndex(where: { $0.id == form.participantID })
    else {
      document.endStep()
      return
    }
    restoreBlankName(form, index: index)
    let person = workshop.participants[index]
    formEdit(
      .renameParticipant(
        participant: person.id, name: person.name.trimmingCharacters(in: .whitespaces)))
    formEdit(
      .setRole(participant: person.id, role: person.role.trimmingCharacters(in: .whitespaces)))
    let organisationID = person.organisationID
    if let filter = organisationFilter, filter != organisationID { organisationFilter = nil }
    selectedParticipantID = form.participantID
    document.endStep()
  }

  mutating func cancelPerson(_ form: PersonForm) {
    // A person just added stays, with what was typed so far: Esc only closes their form.
    if form.isNew {
      commitPerson(form)
      return
    }
    document.discardStep()
    mode = .browsing
  }

  static func clamp(_ value: Int) -> Int {
    min(max(value, DriveScores.range.lowerBound), DriveScores.range.upperBound)
  }
}

extension String {
  fileprivate var isBlankName: Bool { trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
}
