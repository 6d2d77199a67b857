import ArgumentParser
import Foundation
import TafelCore

struct ForgetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "forget",
    abstract: "Forget a person: remove them from the workshop, its backup and its history.",
    discussion: """
      The right to erasure: the person goes from the workshop with their scores and notes, from \
      its backup (.bak) and rescue copies, and reports at the export's own names (FILE.html, \
      .md, .csv) that name them are removed. Texts that named them say "a removed participant"; \
      their dilemma choices still count, without them. Give the whole name or the person's id; \
      Tafel lists what it will change and asks first (--yes for scripts). This cannot be undone.
      """)

  @Argument(help: "The workshop file.")
  var file: String

  @Option(help: "The person's whole name, or their id when two people share a name.")
  var participant: String

  @Flag(help: "Do not ask: forget at once (for scripts).")
  var yes = false

  @OptionGroup var common: CommonOptions

  func run() throws {
    let content = try common.loadContent()
    let language = common.language
    let strings = content.strings
    func say(_ key: StringKey, _ arguments: [String: String] = [:]) -> String {
      strings.text(key, arguments, in: language)
    }
    // Through a symbolic link, the real file is locked and rewritten (see `OpenCommand`).
    let file = FilePaths.resolvingLink(self.file)
    let lock = try reportingFileErrors(content, language) { () throws(FileError) in
      try WorkshopLock(workshopPath: file)
    }
    defer { lock.release() }
    let workshop = try reportingFileErrors(content, language) { () throws(FileError) in
      try WorkshopStore.load(from: file)
    }
    func listed(_ people: [Participant]) -> String {
      people.map { person in
        say(
          .forgetCandidate,
          [
            "name": person.name, "id": person.id,
            "organisation": workshop.organisation(withID: person.organisationID)?.name ?? "",
          ])
      }.joined(separator: ", ")
    }
    let person: Participant
    switch workshop.lookUpParticipant(participant) {
    case .found(let found): person = found
    case .ambiguous(let people):
      throw CommandFailure(lines: [
        say(.forgetAmbiguous, ["file": file, "name": participant, "people": listed(people)])
      ])
    case .unknown(let candidates):
      throw CommandFailure(
        lines: [say(.forgetUnknown, ["file": file, "name": participant])]
          + (candidates.isEmpty ? [] : [say(.forgetCandidates, ["people": listed(candidates)])]))
    }
    let replacement = strings.text(.forgetRemovedParticipant, in: workshop.language)
    let plan = ForgetPlan.make(
      path: file, workshop: workshop, person: person, replacement: replacement,
      environment: ProcessEnvironment.current)

    Console.error(
      say(
        .forgetPlanHeading,
        [
          "name": person.name,
          "organisation": workshop.organisation(withID: person.organisationID)?.name ?? "",
        ]))
    for step in plan.steps {
      let key: StringKey =
        switch step {
        case .rewrite(_, _, .workshop): .forgetPlanWorkshop
        case .rewrite(_, _, .backup): .forgetPlanBackup
        case .rewrite: .forgetPlanRescue
        case .remove(_, .report): .forgetPlanReport
        case .remove: .forgetPlanUnreadable
        }
      Console.error("  " + say(key, ["file": step.path]))
      if case .rewrite(_, _, .workshop) = step, plan.forgetting.replacedTexts > 0 {
        let texts = strings.count(.countTexts, plan.forgetting.replacedTexts, in: language)
        Console.error(
          "  "
            + say(
              .forgetPlanTexts, ["file": step.path, "texts": texts, "replacement": replacement]))
      }
    }
    if !yes {
      Console.ask(say(.forgetQuestion))
      let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
      guard ["j", "ja", "y", "yes"].contains(answer) else {
        throw CommandFailure(lines: [say(.forgetCancelled)])
      }
    }
    try reportingFileErrors(content, language) { () throws(FileError) in
      try plan.carryOut()
    }
    let removed = plan.steps.filter { if case .remove = $0 { true } else { false } }.count
    Console.out(
      say(
        .forgetDone,
        [
          "name": person.name,
          "changed": strings.count(.countFiles, plan.steps.count - removed, in: language),
          "removed": "\(removed)",
        ]))
    for word in plan.forgetting.remainingWords {
      Console.out(
        say(
          .forgetRemainingWord,
          ["word": word.word, "texts": strings.count(.countTexts, word.texts, in: language)]))
    }
    Console.out(say(.forgetElsewhere))
  }
}
