import TafelCore

/// The formats a session report is written in.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// One self-contained page: inline CSS and SVG, no scripts, nothing fetched; prints on A4.
  case html
  /// The same content as text, with tables, to paste into minutes.
  case md
  /// The participants and their scores, in the columns `tafel import` reads.
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

  public init(workshop: Workshop, content: Content, language: Language, anonymous: Bool) {
    self.workshop = workshop
    self.content = content
    self.language = language
    self.anonymous = anonymous
  }

  func text(_ key: StringKey, _ arguments: [String: String] = [:]) -> String {
    content.strings.text(key, arguments, in: language)
  }

  func colourName(_ colour: DriveColour) -> String { content.colour(colour).name[language] }

  var analysis: GroupAnalysis { GroupAnalysis(workshop: workshop, content: content) }

  /// A participant as the report names them: their name, or "participant 3" when anonymous.
  func name(of participant: Participant) -> String {
    guard anonymous else { return participant.name }
    let number = (workshop.participants.firstIndex(of: participant) ?? 0) + 1
    return text(.exportParticipantNumber, ["number": "\(number)"])
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
