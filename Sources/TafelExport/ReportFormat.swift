import TafelCore

/// The formats a session report is written in.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// One self-contained page: inline CSS and SVG, no scripts, nothing fetched; prints on A4.
  case html
  /// The same content as text, with tables, to paste into minutes.
  case md
  /// The participants and their scores, in the columns `tafel import` reads; once the workshop
  /// has sessions, decisions or actions, the process's minutes instead (`ProcessCSV`), unless
  /// the participant list is asked for.
  case csv

  /// The format a file name asks for by its extension.
  public init?(fileName: String) {
    let lowered = fileName.lowercased()
    if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") {
      self = .html
    } else if lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") {
      self = .md
    } else if lowered.hasSuffix(".csv") {
      self = .csv
    } else {
      return nil
    }
  }
}

/// What goes into a report, whatever its format: the workshop, the content that names things,
/// the language, and whether names and individual scores stay out.
public struct ReportInput: Sendable {
  public var workshop: Workshop
  public var content: Content
  public var language: Language
  /// Only group figures: no names, no individual scores (for a report that leaves the room).
  public var anonymous: Bool
  /// The participants' report leaves out what the facilitators keep to themselves.
  public var audience: ReportAudience = .participants
  /// A CSV of the participants in the columns `tafel import` reads, even once the workshop has
  /// a process (whose CSV is otherwise its minutes).
  public var participantList = false

  var forFacilitator: Bool { audience == .facilitator }

  public init(workshop: Workshop, content: Content, language: Language, anonymous: Bool) {
    self.workshop = workshop
    self.content = content
    self.language = language
    self.anonymous = anonymous
  }

  /// The same report about another version of the workshop (a session's end, say).
  func about(_ other: Workshop) -> ReportInput {
    var input = ReportInput(
      workshop: other, content: content, language: language, anonymous: anonymous)
    input.audience = audience
    return input
  }

  func text(_ key: StringKey, _ arguments: [String: String] = [:]) -> String {
    content.strings.text(key, arguments, in: language)
  }

  func colourName(_ colour: DriveColour) -> String { content.colour(colour).name[language] }

  var analysis: GroupAnalysis { GroupAnalysis(workshop: workshop, content: content) }

  /// What an anonymous report may show about people; a report with names shows everything.
  var disclosure: Disclosure { Disclosure(isPrivate: anonymous) }

  /// The whole room's analysis as this report may show it; nil when the room is too small.
  var shownAnalysis: GroupAnalysis? { disclosure.shown(analysis) }

  /// A participant as the report names them: their name, or "participant 3" when anonymous.
  func name(of participant: Participant) -> String {
    guard anonymous else { return participant.name }
    let number = (workshop.participants.firstIndex(of: participant) ?? 0) + 1
    return text(.exportParticipantNumber, ["number": "\(number)"])
  }

  /// The pitfalls the report shows: anonymous reports leave out those about one person, and all
  /// of them for a room too small to show.
  var pitfalls: [GroupAnalysis.Pitfall] { shownAnalysis?.pitfalls ?? [] }

  /// The ticked signals, each with when it was ticked and its note.
  var tickedSignals: [String] {
    let signals = content.impasse.checklist("signals")?.items ?? []
    return signals.compactMap { item in
      guard let mark = workshop.checklistMarks[ChecklistMark.key(list: "signals", item: item.id)],
        mark.isTicked
      else { return nil }
      return item.text[language] + (mark.note.isEmpty ? "" : " — " + mark.note)
    }
  }

  /// Per organisation, what its intake conversation brought up.
  var intakeLines: [String] {
    workshop.organisations.compactMap { organisation in
      guard let note = workshop.intakeNotes[organisation.id], !note.isEmpty else { return nil }
      let parts: [(StringKey, String)] = [
        (.uiIntakeWillingness, note.willingness), (.uiIntakeAddedValue, note.addedValue),
        (.uiIntakeShowstoppers, note.showstoppers),
      ]
      return organisation.name + ": "
        + parts.filter { !$0.1.isEmpty }.map { text($0.0) + ": " + $0.1 }.joined(separator: "; ")
    }
  }

  func arguments(for pitfall: GroupAnalysis.Pitfall) -> [String: String] {
    pitfall.arguments(
      colourName: colourName,
      personName: { id in workshop.participants.first { $0.id == id }.map(name(of:)) ?? id })
  }

  func organisationName(_ id: String) -> String { workshop.organisation(withID: id)?.name ?? id }

  func topicName(_ id: String) -> String {
    content.impasse.topic(id)?.name[language] ?? workshop.topics.first { $0.id == id }?.title ?? id
  }

  func statusWord(_ status: ComfortStatus) -> String { text(status.stringKey) }

  func statusWord(_ status: TopicStatus) -> String { text(status.stringKey) }

  /// The standard topics with their state, then the ones the facilitator added.
  var topics: [FormalisationTopic] {
    let standardIDs = Set(content.impasse.topics.map(\.id))
    return content.impasse.topics.map { topic in
      workshop.topics.first { $0.id == topic.id } ?? FormalisationTopic(id: topic.id)
    } + workshop.topics.filter { !standardIDs.contains($0.id) }
  }

  /// Per option of a round: how many chose it, and per first colour how many of those.
  func split(of round: DilemmaRound, options: Int) -> [(total: Int, byColour: [DriveColour: Int])] {
    let people = Dictionary(uniqueKeysWithValues: workshop.participants.map { ($0.id, $0) })
    let tally = round.tally(optionCount: options)
    return (0..<options).map { option in
      var byColour: [DriveColour: Int] = [:]
      for (id, choice) in round.choices where choice == option {
        if let person = people[id] {
          byColour[IndividualProfile(scores: person.scores).first, default: 0] += 1
        }
      }
      return (tally[option], byColour)
    }
  }
}
