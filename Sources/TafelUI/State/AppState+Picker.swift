import TafelCore

extension AppState {
  /// The topics a need can be filed under, "none" first, named in the language on screen.
  func topicPicker(for need: ComfortNeed) -> Picker {
    let options =
      [Picker.Option(id: nil, label: "")]
      + allTopics.map { topic in
        Picker.Option(
          id: topic.id,
          label: impasseContent.topic(topic.id)?.name[language] ?? topic.title ?? topic.id)
      }
    return Picker(purpose: .needTopic(needID: need.id), options: options, selectedID: need.topicID)
  }

  /// The organisations a new need can come from, with the cursor on `selectedID`.
  func organisationPicker(selectedID: String?) -> Picker {
    Picker(
      purpose: .newNeedOrganisation,
      options: workshop.organisations.map { Picker.Option(id: $0.id, label: $0.name) },
      selectedID: selectedID)
  }

  mutating func pick(_ action: Action) {
    guard case .picking(var picker) = mode else { return }
    switch action {
    case .movePicker(let delta): picker.move(by: delta)
    case .text(let edit): picker.edit(edit)
    default: return
    }
    mode = .picking(picker)
  }

  mutating func commitPick(_ picker: Picker) {
    // Typed text that matches nothing chooses nothing; the list stays open to type again.
    guard let option = picker.chosen else { return }
    mode = .browsing
    switch picker.purpose {
    case .needTopic(let needID):
      apply(.setNeedTopic(need: needID, topic: option.id))
    case .newNeedOrganisation:
      guard let id = option.id else { return }
      mode = .enteringText(TextEntry(purpose: .newNeed(organisationID: id)))
    case .actionOwner, .decisionTopic:
      commitSessionsPick(picker.purpose, option)
    }
  }
}
