import TafelCore

/// What moved between two moments, as lines for the timeline and "sinds vorige keer": the group
/// profile's move with its reason (who was present versus changed scores), who joined or left,
/// comfort needs, formalisation topics and dilemma outcomes. In privacy mode no name stands
/// beside a score and people are counted, not named.
enum HistoryText {
  struct Line: Equatable {
    var text: String
    var style: Style
    var indent = 0
  }

  static func shift(
    _ shift: ProfileShift, earlier: Workshop, later: Workshop, privacy: Bool,
    context: RenderContext, presence: Presence = .timeline
  ) -> [Line] {
    let language = context.language
    let theme = context.theme
    func name(_ id: String, _ workshops: [Workshop]) -> String {
      if Forgetting.isRemovedKey(id) {
        return context.text(.forgetRemovedParticipant, [:], language)
      }
      for workshop in workshops {
        if let person = workshop.participants.first(where: { $0.id == id }) { return person.name }
      }
      return context.text(.forgetRemovedParticipant, [:], language)
    }
    var lines: [Line] = []
    if shift.isEmpty {
      return [Line(text: context.text(.uiHistoryProfileSame, [:], language), style: theme.dim)]
    }
    if shift.before.participantCount >= 3, shift.after.participantCount >= 3 {
      let changedStatus = Set(shift.statusChanges.map(\.colour))
      // A point or two is noise on a scale of a hundred; a colour that changed standing
      // (dominant, under-represented) is always worth a line.
      let moved = shift.colours.filter {
        abs($0.change) >= Self.noticeable || changedStatus.contains($0.colour)
      }
      // On a screen the room sees, a part of the move that comes from fewer than three people
      // would be about those people ("+5 by new scores" when one person filled in again says
      // how their scores moved): then only the group's before and after are shown.
      let rescored = Set(shift.changedScores.map(\.participant)).count
      let swapped = shift.joined.count + shift.left.count
      for colour in moved {
        let byPresence = abs(colour.presence.rounded()) >= 1
        let byScores = abs(colour.scores.rounded()) >= 1
        let shownAlone =
          privacy && ((byScores && rescored < 3) || (byPresence && swapped < 3))
        let key: StringKey =
          shownAlone
          ? .uiHistoryColourPlain
          : byPresence && byScores
            ? .uiHistoryColourMove
            : byScores ? .uiHistoryColourByScores : .uiHistoryColourByPresence
        lines.append(
          Line(
            text: context.text(
              key,
              [
                "colour": context.colourName(colour.colour, language),
                "from": "\(Int(colour.before.rounded()))", "to": "\(Int(colour.after.rounded()))",
                "presence": signed(colour.presence), "scores": signed(colour.scores),
              ], language), style: theme.barLetter(colour.colour)))
      }
      if moved.isEmpty {
        lines.append(
          Line(text: context.text(.uiHistoryProfileSteady, [:], language), style: theme.dim))
      }
    }
    if privacy {
      if !shift.joined.isEmpty || !shift.left.isEmpty {
        lines.append(
          Line(
            text: context.text(
              presence.counted,
              ["joined": "\(shift.joined.count)", "left": "\(shift.left.count)"], language),
            style: theme.normal))
      }
    } else {
      let joined = shift.joined.filter { !presence.named.contains($0) }
      if !joined.isEmpty {
        lines.append(
          Line(
            text: context.text(
              presence.joined,
              ["names": joined.map { name($0, [later]) }.joined(separator: ", ")], language),
            style: theme.normal))
      }
      if !shift.left.isEmpty {
        lines.append(
          Line(
            text: context.text(
              presence.left,
              ["names": shift.left.map { name($0, [earlier, later]) }.joined(separator: ", ")],
              language), style: theme.normal))
      }
      let byPerson = Dictionary(grouping: shift.changedScores, by: \.participant)
      let people = shift.changedScores.map(\.participant).reduce(into: [String]()) {
        if !$0.contains($1) { $0.append($1) }
      }
      for person in people {
        let changes = (byPerson[person] ?? []).map {
          context.colourName($0.colour, language) + " \($0.from) → \($0.to)"
        }
        lines.append(
          Line(
            text: context.text(
              .uiHistoryNewScores,
              ["name": name(person, [later]), "changes": changes.joined(separator: ", ")],
              language), style: theme.normal))
      }
    }
    return lines
  }

  static func moves(
    _ moves: WorkshopMoves, workshop: Workshop, impasse: ImpasseContent, deck: DilemmaDeck,
    context: RenderContext
  ) -> [Line] {
    let language = context.language
    let theme = context.theme
    func organisation(_ id: String) -> String { workshop.organisation(withID: id)?.shortName ?? id }
    func status(_ status: ComfortStatus?) -> String {
      status.map { context.text($0.stringKey, [:], language) } ?? "–"
    }
    var lines: [Line] = []
    for move in moves.needs {
      let key: StringKey =
        move.from == nil
        ? .uiHistoryNeedNew : (move.to == nil ? .uiHistoryNeedGone : .uiHistoryNeedMoved)
      lines.append(
        Line(
          text: context.text(
            key,
            [
              "text": move.need.text, "organisation": organisation(move.need.organisationID),
              "from": status(move.from), "to": status(move.to),
            ], language), style: theme.normal))
    }
    for move in moves.topics {
      let name = impasse.topic(move.topic.id)?.name[language] ?? move.topic.title ?? move.topic.id
      lines.append(
        Line(
          text: context.text(
            .uiHistoryTopicMoved,
            [
              "topic": name, "from": context.text(move.from.stringKey, [:], language),
              "to": context.text(move.to.stringKey, [:], language),
            ], language), style: theme.normal))
      if let agreement = move.agreement, !agreement.isEmpty {
        lines.append(Line(text: agreement, style: theme.dim, indent: 2))
      }
    }
    for number in moves.rounds where workshop.dilemmaRounds.indices.contains(number - 1) {
      let round = workshop.dilemmaRounds[number - 1]
      let title = deck.card(round.cardID)?.title[language] ?? round.cardID
      lines.append(
        Line(
          text: context.text(
            .uiHistoryRound, ["number": "\(number)", "card": title], language),
          style: theme.normal))
      if !round.outcome.isEmpty {
        lines.append(Line(text: round.outcome, style: theme.dim, indent: 2))
      }
    }
    if let phase = moves.phase {
      lines.append(
        Line(
          text: context.text(
            .uiHistoryPhase, ["phase": context.text(phase.stringKey, [:], language)], language),
          style: theme.normal))
    }
    return lines
  }

  /// How the people present and absent are worded: "erbij / niet meer" beside a timeline's
  /// profile; beside "sinds vorige keer", where people new to the workshop are already named,
  /// "aanwezig, vorige keer niet" for the others.
  struct Presence {
    var joined: StringKey
    var left: StringKey
    /// Both counted, in privacy mode.
    var counted: StringKey
    /// People already named above, by id: not named again as present.
    var named: Set<String> = []

    static let timeline = Presence(
      joined: .uiHistoryJoined, left: .uiHistoryLeft, counted: .uiHistoryJoinedLeftCount)
  }

  /// How many points a colour's mean must move to get a line of its own.
  static let noticeable = 3.0

  /// "+5" or "−2": a part of a move, rounded.
  static func signed(_ value: Double) -> String {
    let rounded = Int(value.rounded())
    return rounded > 0 ? "+\(rounded)" : rounded < 0 ? "−\(-rounded)" : "0"
  }
}
