import Foundation
import TafelCore

/// Every file Tafel wrote for a workshop that may name a person, and what forgetting does to
/// each: the workshop, its backup and its rescue copies are written again without the person;
/// a report at the name `tafel export` gives (`alliantie.html`, `.md`, `.csv`) that names them
/// is removed, since Tafel cannot tell which choices made it; a copy that does not read as a
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
      guard let bytes = try? JSONFileDecoder.readBytes(at: copy),
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
    for format in ["html", "md", "csv"] {
      let report = FilePaths.removingExtension(path) + "." + format
      guard let bytes = try? JSONFileDecoder.readBytes(at: report),
        Forgetting.mentions(String(decoding: bytes, as: UTF8.self), names: names, id: person.id)
      else { continue }
      steps.append(.remove(path: report, kind: .report))
    }
    return ForgetPlan(person: person, forgetting: forgetting, steps: steps)
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
