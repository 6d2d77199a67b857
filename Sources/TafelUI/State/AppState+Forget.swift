import TafelCore

extension AppState {
  /// Forgets the person `id` (after the facilitator's `y`): out of the workshop and every text
  /// that named them, and, through the shell, out of the backup, rescue copies and reports.
  /// Unlike removing (`x`), this cannot be undone: every undo step holds the workshop as it was,
  /// with the person, so the document starts afresh with nothing to undo or redo.
  mutating func forgetParticipant(_ id: String) -> [Effect] {
    mode = .browsing
    guard !isReadOnly, let person = workshop.participants.first(where: { $0.id == id }) else {
      return []
    }
    let replacement =
      (try? Content.embeddedStrings())?.text(
        .forgetRemovedParticipant, in: workshop.language) ?? ""
    let forgotten = workshop.forgetting(
      participant: id, names: [person.name], replacement: replacement)
    var fresh = Document(workshop: forgotten.workshop)
    fresh.saveStatus = .saving
    document = fresh
    keepSelectionValid()
    notice = Message(.uiForgotten, ["name": person.name])
    return [.save(workshop), .forgetFiles(person)]
  }
}
