import Foundation
import TafelCore

/// Shared test data: content, scores and workshops small enough to reason about by hand.
enum Fixtures {
  static let content: Content = {
    do {
      return try Content.embedded()
    } catch {
      preconditionFailure("the embedded content must load: \(error)")
    }
  }()

  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func scores(_ y: Int, _ g: Int, _ o: Int, _ b: Int, _ r: Int, _ p: Int) -> DriveScores {
    DriveScores(yellow: y, green: g, orange: o, blue: b, red: r, purple: p)
  }

  static func participant(
    _ name: String, organisation: String = "org", _ scores: DriveScores,
    rejection: DriveScores? = nil
  ) -> Participant {
    Participant(
      id: Slug.make(from: name), name: name, organisationID: organisation, role: "",
      scores: scores, rejection: rejection)
  }

  /// The case from practice: much yellow, little blue and red.
  static let yellowGroup: [Participant] = [
    participant("Anna", scores(80, 55, 45, 20, 15, 40)),
    participant("Bram", scores(75, 60, 40, 25, 20, 45)),
    participant("Cor", scores(70, 50, 50, 20, 25, 35)),
    participant("Dewi", scores(85, 45, 40, 15, 20, 50)),
  ]

  static func workshop(_ participants: [Participant]) -> Workshop {
    let ids = Set(participants.map(\.organisationID)).sorted()
    return Workshop(
      title: "Test",
      organisations: ids.map { Organisation(id: $0, name: $0, shortName: $0, kind: .other) },
      participants: participants)
  }

  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("tafel-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// A temporary folder for one test, removed when the test is done with it.
final class ScratchFolder: Sendable {
  let url: URL
  var workshopPath: String { url.appendingPathComponent("workshop.json").path }

  init() throws { url = try Fixtures.temporaryDirectory() }

  deinit { try? FileManager.default.removeItem(at: url) }
}
