import Foundation
import TafelCore
import TafelUI

/// The file behind the screen: where the workshop is saved, and the lock that keeps a second
/// Tafel from editing it at the same time. Save-as moves both to the new path.
final class WorkshopSession {
  private(set) var path: String
  private var lock: WorkshopLock?
  private let strings: UIStrings
  private let language: Language

  init(path: String, lock: WorkshopLock?, strings: UIStrings, language: Language) {
    self.path = path
    self.lock = lock
    self.strings = strings
    self.language = language
  }

  func save(_ workshop: Workshop) -> SaveStatus {
    do {
      try WorkshopStore.save(workshop, to: path)
      return .saved(at: Clock.now())
    } catch {
      return .failed(message: reason(error))
    }
  }

  func saveAs(_ newPath: String, _ workshop: Workshop) -> SaveStatus {
    let expanded = (newPath as NSString).expandingTildeInPath
    do {
      let newLock = try WorkshopLock(workshopPath: expanded)
      try WorkshopStore.save(workshop, to: expanded)
      lock?.release()
      lock = newLock
      path = expanded
      return .saved(at: Clock.now())
    } catch {
      return .failed(message: reason(error))
    }
  }

  func close() {
    lock?.release()
    lock = nil
  }

  private func reason(_ error: FileError) -> String {
    error.messages(strings, in: language).joined(separator: "; ")
  }
}

/// The wall-clock time as the header shows it, and as a timestamp for what is recorded.
enum Clock {
  static func timestamp() -> String {
    ISO8601DateFormatter.string(
      from: Date(), timeZone: .current, formatOptions: [.withInternetDateTime])
  }

  static func now() -> String {
    let formatter = DateFormatter()
    formatter.dateFormat = "HH:mm"
    return formatter.string(from: Date())
  }
}
