import TafelCore

extension AppState {
  /// Imports what the shell read; the whole import is one step for undo.
  mutating func importSheet(path: String, _ reading: SheetReading) {
    guard !isReadOnly else { return }
    switch reading {
    case .refused(let lines):
      overlays.removeAll { if case .importProblems = $0 { true } else { false } }
      open(.importProblems(ImportProblems(path: path, lines: lines)))
      notice = Message(.uiImportRefused, ["path": path, "count": "\(lines.count)"])
    case .sheet(let sheet):
      let previous = workshop
      let summary = workshop.importParticipants(sheet)
      overlays.removeAll { if case .importProblems = $0 { true } else { false } }
      if workshop != previous { recordUndo(previous) }
      if let first = summary.added.first ?? summary.updated.first {
        organisationFilter = nil
        selectedParticipantID = first.id
      }
      notice = Message(
        .uiImported,
        [
          "path": path, "added": "\(summary.added.count)",
          "updated": "\(summary.updated.count)",
          "organisations": "\(summary.createdOrganisations.count)",
        ])
    }
  }
}
