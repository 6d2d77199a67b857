/// What a change did, in words for the facilitator: "score rood van Sandra 30 → 45". Read against
/// the workshop the change was applied to, which knows the names and the values it replaced.
extension WorkshopChange {
  /// With `disclosing` false (privacy mode) no individual's score is named.
  public func message(
    on before: Workshop, content: Content, language: Language, disclosing: Bool = true
  ) -> Message {
    ChangeWords(before: before, content: content, language: language, disclosing: disclosing)
      .message(self)
  }

  /// One message for the changes of one undo step: a score edited with the arrows says the first
  /// and the last value, a person's form names the person, an unrelated few are listed.
  public static func message(
    for changes: [WorkshopChange], on before: Workshop, content: Content, language: Language,
    disclosing: Bool = true
  ) -> Message {
    let steps = collapsed(changes)
    guard let first = steps.first else { return Message(.changeNothing) }
    if steps.count == 1 {
      return first.message(
        on: before, content: content, language: language, disclosing: disclosing)
    }
    let after = before.applying(steps)
    let words = ChangeWords(
      before: after, content: content, language: language, disclosing: disclosing)
    let people = Set(steps.compactMap(\.participant))
    let aboutOnePerson = steps.allSatisfy {
      if case .setOrganisationKind = $0 { true } else { $0.participant != nil }
    }
    if aboutOnePerson, people.count == 1, let id = people.first {
      if case .addParticipant = first {
        return Message(.changeParticipantAdded, ["name": words.name(id)])
      }
      let onlyScores = steps.allSatisfy {
        if case .setScore = $0 { true } else if case .setScores = $0 { true } else { false }
      }
      return Message(onlyScores ? .changeScores : .changeParticipant, ["name": words.name(id)])
    }
    var workshop = before
    var texts: [String] = []
    for step in steps {
      let message = step.message(
        on: workshop, content: content, language: language, disclosing: disclosing)
      texts.append(content.strings.text(message, in: language))
      workshop.apply(step)
    }
    return Message(.changeSeveral, ["changes": texts.joined(separator: "; ")])
  }

  /// The changes with each run of edits to the same value (a score stepped with the arrows, a
  /// name typed letter by letter) kept as its last; the result is the same workshop.
  public static func collapsed(_ changes: [WorkshopChange]) -> [WorkshopChange] {
    var result: [WorkshopChange] = []
    for change in changes {
      if let key = change.overwriteKey, let last = result.last, last.overwriteKey == key {
        result[result.count - 1] = change
      } else {
        result.append(change)
      }
    }
    return result
  }

  /// The same key for two changes when the later one overwrites all the earlier one did.
  private var overwriteKey: String? {
    switch self {
    case .renameParticipant(let id, _): "name/" + id
    case .setRole(let id, _): "role/" + id
    case .moveParticipant(let id, _): "move/" + id
    case .setScore(let id, let colour, _): "score/\(id)/\(colour.rawValue)"
    case .setRejection(let id, let colour, _): "rejection/\(id)/\(colour.rawValue)"
    case .setOrganisationKind(let id, _): "kind/" + id
    case .renameOrganisation(let id, _): "organisation/" + id
    default: nil
    }
  }

  /// The person a change is about, for a step that edits one person only. A person's form also
  /// sets their organisation's type, which counts as editing them.
  var participant: String? {
    switch self {
    case .addParticipant(let person): person.id
    case .renameParticipant(let id, _), .setRole(let id, _), .moveParticipant(let id, _),
      .removeParticipant(let id), .setScore(let id, _, _), .setScores(let id, _),
      .setRejection(let id, _, _), .clearRejection(let id):
      id
    default: nil
    }
  }
}
