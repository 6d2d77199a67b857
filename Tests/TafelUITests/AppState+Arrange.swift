import TafelCore

@testable import TafelUI

extension AppState {
  /// Sets a test's scene: the workshop as `edit` leaves it, as if the file had been opened so
  /// (no undo step, no save due; the save status stays).
  mutating func arrange(_ edit: (inout Workshop) -> Void) {
    var workshop = self.workshop
    edit(&workshop)
    let status = saveStatus
    document = Document(workshop: workshop)
    saveStatus = status
  }
}
