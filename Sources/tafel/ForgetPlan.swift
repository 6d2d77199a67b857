import Foundation
import TafelCore

/// Every file Tafel wrote for a workshop that may name a person, and what forgetting does to
/// each: the workshop, its backup and its rescue copies are written again without the person;
/// a report at a name `tafel export` gives (`alliantie.html`, `.md`, `.csv`, a session's
/// `alliantie-sessie-2.html`) that names them is removed, since Tafel cannot tell which choices made it; a copy that does not read as a
/// workshop but names them is removed too. Reports written elsewhere (`--output`) and copies in
/// git or a sync folder are beyond what Tafel knows, and the command says so.
struct ForgetPlan {
  enum Kind: Equatable {
    case workshop, backup, rescue, report, unreadable
  }

  enum Step {
    case rewrite(path: String, workshop: Workshop, kind: Kind)
    case remove(path: String, kind: Kind)

    var path: String {
      switch self {
      case .rewrite(let path, _, _), .remove(let path, _): path
      }
    }
  }

  var person: Participant
  /// The workshop's own forgetting: what the command reports about texts and words left.
  var forgetting: Forgetting
  var steps: [Step]

  /// The plan for forgetting `person` from the workshop at `path` (already loaded as
  /// `workshop`, under its lock) and the files beside it; with `includingWorkshop` false, the
  /// workshop itself is left to the caller (the interface saves it its own way).
  static func make(
    path: String, workshop: Workshop, person: Participant, replacement: String,
    environment: [String: String], includingWorkshop: Bool = true
  ) -> ForgetPlan {
    let names = [person.name]
    let forgetting = workshop.forgetting(
      participant: person.id, names: names, replacement: replacement)
    var steps: [Step] =
      includingWorkshop
      ? [.rewrite(path: path, workshop: forgetting.workshop, kind: .workshop)] : []
    let copies =
      [(path + ".bak", Kind.backup)]
      + RescueCopy.copies(of: path, environment: environment).map { ($0, Kind.rescue) }
    for (copy, kind) in copies {
      guard let bytes = try? FileBytes.read(at: copy),
        Forgetting.mentions(String(decoding: bytes, as: UTF8.self), names: names, id: person.id)
      else { continue }
      guard let old = try? WorkshopStore.decode(bytes, path: copy, validating: false) else {
        steps.append(.remove(path: copy, kind: .unreadable))
        continue
      }
      // The copy may know the person by an older name.
      let older = old.participants.first { $0.id == person.id }.map { [$0.name] } ?? []
      let forgotten = old.forgetting(
        participant: person.id, names: names + older, replacement: replacement)
      steps.append(.rewrite(path: copy, workshop: forgotten.workshop, kind: kind))
    }
    for report in reports(of: path) {
      guard let bytes = try? FileBytes.read(at: report),
        Forgetting.mentions(String(decoding: bytes, as: UTF8.self), names: names, id: person.id)
      else { continue }
      steps.append(.remove(path: report, kind: .report))
    }
    return ForgetPlan(person: person, forgetting: forgetting, steps: steps)
  }

  /// The reports at the names `tafel export` gives them: the whole workshop's
  /// (`alliantie.html`, `.md`, `.csv`) and each session's minutes (`alliantie-sessie-2.html`).
  static func reports(of path: String) -> [String] {
    let base = FilePaths.removingExtension(path)
    let formats = ["html", "md", "csv"]
    let folder = FilePaths.openableFolder(of: path)
    let prefix = FilePaths.name(of: base) + "-sessie-"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    let sessions = names.sorted().filter { name in
      guard name.hasPrefix(prefix) else { return false }
      let rest = name.dropFirst(prefix.count)
      guard let dot = rest.firstIndex(of: ".") else { return false }
      let number = rest[..<dot]
      return !number.isEmpty && number.allSatisfy { $0.isASCII && $0.isNumber }
        && formats.contains(String(rest[rest.index(after: dot)...]))
    }
    return formats.map { base + "." + $0 }
      + sessions.map { base + $0.dropFirst(FilePaths.name(of: base).count) }
  }

  /// Carries the plan out, the workshop first; stops at the first file that fails.
  func carryOut() throws(FileError) {
    for step in steps {
      switch step {
      case .rewrite(let path, let workshop, .workshop):
        // No backup: the version it replaces still names the person.
        try WorkshopStore.save(workshop, to: path, keepingBackup: false)
      case .rewrite(let path, let workshop, _):
        try WorkshopStore.writeFile(try WorkshopStore.encode(workshop), to: path, replacing: true)
      case .remove(let path, _):
        guard unlink(path) == 0 || errno == ENOENT else {
          throw FileError.writeFailed(path, errno: errno)
        }
      }
    }
  }
}
