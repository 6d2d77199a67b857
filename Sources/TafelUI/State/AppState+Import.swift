import TafelCore

extension AppState {
  /// Imports what the shell read; the whole import is one step for undo.
  mutating func importSheet(path: String, _ reading: SheetReading) {
    switch reading {
    case .refused(let lines):
      overlays.removeAll { if case .importProblems = $0 { true } else { false } }
      open(.importProblems(ImportProblems(path: path, lines: lines)))
      notice = Message(.uiImportRefused, ["path": path, "count": "\(lines.count)"])
    case .sheet(let sheet):
      let (change, summary) = WorkshopChange.importing(sheet, into: workshop)
      guard apply(change) else { return }
      overlays.removeAll { if case .importProblems = $0 { true } else { false } }
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
