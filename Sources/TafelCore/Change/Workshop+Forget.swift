import Foundation

/// Which person a name typed on the command line means. Forgetting cannot be undone, so only a
/// whole name (or the person's id) picks someone; a part of a name or a near miss is refused
/// with the people it might have meant.
public enum ParticipantLookup: Equatable, Sendable {
  case found(Participant)
  /// Several people have exactly this name: the id tells them apart.
  case ambiguous([Participant])
  /// Nobody has exactly this name or id; `candidates` are the names that contain it or come close.
  case unknown(candidates: [Participant])
}

/// What forgetting a person left: the workshop without them, and what the facilitator should
/// still look at.
public struct Forgetting: Equatable, Sendable {
  public var workshop: Workshop
  /// How many free texts named the person and now say "a removed participant" instead.
  public var replacedTexts: Int
  /// Parts of the name (a first name, a surname) that still stand on their own in a text, with
  /// how many texts: they may be about this person or about someone else with that name, which
  /// only the facilitator can tell.
  public var remainingWords: [RemainingWord]

  public struct RemainingWord: Equatable, Sendable {
    public var word: String
    public var texts: Int
  }
}

extension Workshop {
  /// The person `query` names: by id, or by their whole name (case and accents aside).
  public func lookUpParticipant(_ query: String) -> ParticipantLookup {
    let wanted = Forgetting.folded(query)
    if let person = participants.first(where: { $0.id == query }) { return .found(person) }
    let exact = participants.filter { Forgetting.folded($0.name) == wanted }
    if exact.count == 1 { return .found(exact[0]) }
    if exact.count > 1 { return .ambiguous(exact) }
    guard !wanted.isEmpty else { return .unknown(candidates: []) }
    let candidates = participants.filter { person in
      let name = Forgetting.folded(person.name)
      return name.contains(wanted) || wanted.contains(name)
        || SlipDistance.between(name, wanted) <= max(2, wanted.count / 5)
    }
    return .unknown(candidates: candidates)
  }

  /// This workshop with the person `id` forgotten, as the right to erasure asks: gone from the
  /// people with their scores and notes; their choices in the dilemma rounds kept under a name
  /// that says nobody (so the room's counts stay what they were); every free text that names
  /// them (by any of `names`, whole and as a word) saying `replacement` instead.
  public func forgetting(participant id: String, names: [String], replacement: String)
    -> Forgetting
  {
    // The names they had earlier in the history count too: a note from before a rename.
    let names = (names + historicalNames(of: id)).reduce(into: [String]()) { list, name in
      if !name.trimmingCharacters(in: .whitespaces).isEmpty, !list.contains(name) {
        list.append(name)
      }
    }
    let key = Forgetting.removedKey(
      avoiding: Set(dilemmaRounds.flatMap(\.choices.keys) + sessions.flatMap(\.present)))
    var replaced = 0
    var result = forgettingContent(
      participant: id, names: names, replacement: replacement, key: key, replaced: &replaced)
    result.journal = forgettingHistory(
      participant: id, names: names, replacement: replacement, key: key)
    var remaining: [String: Int] = [:]
    let words = Forgetting.nameWords(names)
    result.editFreeTexts { text in
      for word in words where Forgetting.ranges(of: word, in: text).first != nil {
        remaining[word, default: 0] += 1
      }
    }
    return Forgetting(
      workshop: result, replacedTexts: replaced,
      remainingWords: words.compactMap { word in
        remaining[word].map { Forgetting.RemainingWord(word: word, texts: $0) }
      })
  }

  /// Every name the person `id` had in the journal's history, oldest first.
  func historicalNames(of id: String) -> [String] {
    var names: [String] = []
    var state = emptied
    for entry in journal {
      for change in entry.changes { state.apply(change) }
      if let name = state.participants.first(where: { $0.id == id })?.name,
        !names.contains(name)
      {
        names.append(name)
      }
    }
    return names
  }

  /// The content (not the journal) with the person forgotten: `key` in their place where the
  /// room's record needs someone (answers, presence, an action's owner), `replacement` for
  /// their name in every text.
  func forgettingContent(
    participant id: String, names: [String], replacement: String, key: String,
    replaced: inout Int
  ) -> Workshop {
    var result = self
    result.participants.removeAll { $0.id == id }
    for index in result.dilemmaRounds.indices {
      guard let choice = result.dilemmaRounds[index].choices.removeValue(forKey: id) else {
        continue
      }
      result.dilemmaRounds[index].choices[key] = choice
    }
    for index in result.sessions.indices {
      result.sessions[index].present = result.sessions[index].present.map { $0 == id ? key : $0 }
    }
    for index in result.actions.indices where result.actions[index].participant == id {
      result.actions[index].participant = key
    }
    var count = 0
    result.editFreeTexts { text in
      let scrubbed = Forgetting.scrub(text, names: names, replacement: replacement)
      if scrubbed != text {
        text = scrubbed
        count += 1
      }
    }
    replaced += count
    return result
  }

  /// The journal told again without the person: each entry becomes the changes from the
  /// forgotten workshop before it to the forgotten workshop after it, so the history replays to
  /// the forgotten workshop and holds nothing of theirs (no name, no score, no id); an entry
  /// that was only about them (their scores, their role) is left out, since when their scores
  /// changed is about them too.
  func forgettingHistory(
    participant id: String, names: [String], replacement: String, key: String
  ) -> [JournalEntry] {
    guard !journal.isEmpty else { return [] }
    var unused = 0
    var state = emptied
    var before = emptied.forgettingContent(
      participant: id, names: names, replacement: replacement, key: key, replaced: &unused)
    var result: [JournalEntry] = []
    for entry in journal {
      for change in entry.changes { state.apply(change) }
      let after = state.forgettingContent(
        participant: id, names: names, replacement: replacement, key: key, replaced: &unused)
      var told = entry
      told.changes = before.changes(to: after)
      if !told.changes.isEmpty || entry.kind == .start { result.append(told) }
      before = after
    }
    return result
  }

  /// Calls `edit` on every text the facilitator typed freely (notes, roles, needs, agreements,
  /// round notes and outcomes, intake and phase notes, checklist notes), not on names of people
  /// or organisations, which are what they are.
  mutating func editFreeTexts(_ edit: (inout String) -> Void) {
    edit(&title)
    edit(&notes)
    for index in participants.indices {
      edit(&participants[index].role)
      edit(&participants[index].note)
    }
    for key in checklistMarks.keys { edit(&checklistMarks[key, default: ChecklistMark()].note) }
    for index in comfortNeeds.indices { edit(&comfortNeeds[index].text) }
    for index in topics.indices {
      edit(&topics[index].agreement)
      if var title = topics[index].title {
        edit(&title)
        topics[index].title = title
      }
    }
    for key in phaseNotes.keys { edit(&phaseNotes[key, default: ""]) }
    for key in intakeNotes.keys {
      for field in IntakeField.allCases { edit(&intakeNotes[key, default: IntakeNote()][field]) }
    }
    for index in dilemmaRounds.indices {
      edit(&dilemmaRounds[index].notes)
      edit(&dilemmaRounds[index].outcome)
    }
    for index in sessions.indices {
      edit(&sessions[index].title)
      for guest in sessions[index].guests.indices { edit(&sessions[index].guests[guest]) }
    }
    for index in decisions.indices { edit(&decisions[index].text) }
    for index in actions.indices { edit(&actions[index].text) }
  }
}

extension Forgetting {
  /// What a forgotten person's answers are kept under: "removed:1", "removed:2", …, one per
  /// person forgotten, never an id a person could have (a slug has no colon).
  static func removedKey(avoiding taken: Set<String>) -> String {
    var number = 1
    while taken.contains("removed:\(number)") { number += 1 }
    return "removed:\(number)"
  }

  /// Whether `id` stands for a forgotten person ("een verwijderde deelnemer").
  public static func isRemovedKey(_ id: String) -> Bool { id.hasPrefix("removed:") }

  /// `text` with each of `names` (whole, as words, case and accents aside) replaced.
  public static func scrub(_ text: String, names: [String], replacement: String) -> String {
    var result = text
    // The longest first, so "Sandra de Vries" goes before an older "Sandra".
    for name in names.sorted(by: { $0.count > $1.count }) {
      for range in ranges(of: name, in: result).reversed() {
        result.replaceSubrange(range, with: replacement)
      }
    }
    return result
  }

  /// Whether `text` (a file's bytes as text) names the person: one of `names` as words, or
  /// their `id`.
  public static func mentions(_ text: String, names: [String], id: String) -> Bool {
    text.contains(id) || names.contains { !ranges(of: $0, in: text).isEmpty }
  }

  /// Where `word` stands in `text` as a whole word (not inside "Januari" for "Jan"), case and
  /// accents aside.
  static func ranges(of word: String, in text: String) -> [Range<String.Index>] {
    guard !word.isEmpty else { return [] }
    var found: [Range<String.Index>] = []
    var start = text.startIndex
    while start < text.endIndex,
      let range = text.range(
        of: word, options: [.caseInsensitive, .diacriticInsensitive], range: start..<text.endIndex)
    {
      let before =
        range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
      let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
      if !isWordCharacter(before), !isWordCharacter(after) { found.append(range) }
      start = range.upperBound > range.lowerBound ? range.upperBound : text.index(after: start)
    }
    return found
  }

  private static func isWordCharacter(_ character: Character?) -> Bool {
    guard let character else { return false }
    return character.isLetter || character.isNumber
  }

  /// The parts of the names that could name someone on their own: words of three letters or
  /// more, without the particles of Dutch surnames.
  static func nameWords(_ names: [String]) -> [String] {
    let particles: Set<String> = [
      "van", "der", "den", "het", "ten", "ter", "de", "te", "la", "le", "du", "von", "del",
    ]
    var seen = Set<String>()
    var words: [String] = []
    for name in names {
      for part in name.split(whereSeparator: { !$0.isLetter && $0 != "'" }) {
        let word = String(part)
        let key = folded(word)
        guard word.count >= 3, !particles.contains(key), seen.insert(key).inserted else { continue }
        words.append(word)
      }
    }
    return words
  }

  /// A name as compared: lower case, without accents, spaces collapsed.
  static func folded(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
