/// The text `tafel profile` prints: each participant's profile, then the group profile with its
/// dominant and under-represented colours, the steps at risk, the pitfalls as questions, and who
/// complements the group.
public struct ProfileReport {
  public var workshop: Workshop
  public var participants: [Participant]
  public var analysis: GroupAnalysis
  /// The delegation reported on, or nil for the whole room.
  public var organisation: Organisation?
  public var content: Content
  public var language: Language
  public var unicode: Bool
  /// The width prose is wrapped to, so long explanations stay readable on a narrow terminal.
  public var width: Int

  public init(
    workshop: Workshop, organisation: Organisation?, content: Content, language: Language,
    unicode: Bool = true, width: Int = 100
  ) {
    self.workshop = workshop
    self.organisation = organisation
    self.participants =
      organisation.map { workshop.participants(of: $0.id) } ?? workshop.participants
    self.analysis = GroupAnalysis(participants: participants, content: content)
    self.content = content
    self.language = language
    self.unicode = unicode
    self.width = max(40, width)
  }

  // Every text from the workshop or a content folder passes `safe` where it is composed, before
  // a terminal adds its own colour codes: no control character from the data reaches a terminal.
  private func safe(_ text: String) -> String { TerminalText.visible(text) }

  private func text(_ key: StringKey, _ arguments: [String: String] = [:]) -> String {
    safe(content.strings.text(key, arguments, in: language))
  }

  private func name(_ colour: DriveColour) -> String {
    safe(content.colour(colour).name[language])
  }

  private func names(_ colours: [DriveColour]) -> String {
    colours.isEmpty ? text(.reportNone) : colours.map(name).joined(separator: ", ")
  }

  private func heading(_ title: String) -> ReportLine { ReportLine([.init(safe(title), .heading)]) }

  private let barWidth = 30

  /// The report as plain text.
  public func render() -> String { render(styling: \.text) }

  /// The report with each styled part (headings, bars) written as `styling` says, as a terminal
  /// that shows colours wants it; TafelCore itself writes no terminal codes.
  public func render(styling: (ReportLine.Part) -> String) -> String {
    lines().flatMap { line in
      let plain = line.composed(\.text)
      let styled = line.composed(styling)
      // A styled line (a bar, a heading) is short by construction; its codes must not be split.
      return styled == plain ? wrap(plain) : [styled]
    }.joined(separator: "\n") + "\n"
  }

  /// The report's lines before wrapping, each in parts with their style.
  public func lines() -> [ReportLine] {
    var lines = [heading(workshop.title), ""]
    lines += participantSection()
    lines += groupSection()
    lines += pitfallSection()
    lines += complementSection()
    return lines
  }

  /// Breaks a line wider than `width` at spaces, indenting the continuation like the line itself.
  func wrap(_ line: String) -> [String] {
    guard line.count > width else { return [line] }
    let indent = String(line.prefix { $0 == " " })
    var lines: [String] = []
    var current = ""
    for word in line.dropFirst(indent.count).split(separator: " ") {
      let candidate = current.isEmpty ? indent + word : current + " " + word
      if candidate.count > width, !current.isEmpty {
        lines.append(current)
        current = indent + "  " + word
      } else {
        current = candidate
      }
    }
    return lines + [current]
  }

  /// One bar line: letter, name, bar, value, and any suffix.
  private func barLine(_ colour: DriveColour, value: Double, suffix: String) -> ReportLine {
    let colourContent = content.colour(colour)
    let letter = safe(colourContent.letter[language]).padding(toWidth: 3)
    let label = safe(colourContent.name[language]).padding(toWidth: 8)
    let bar = TextBar.draw(value: value, width: barWidth, unicode: unicode)
    return ReportLine(
      [.init("    "), .init(letter + label + bar, .colour(colour)), .init(" " + safe(suffix))],
      dropsTrailingSpaces: true)
  }

  private func participantSection() -> [ReportLine] {
    var lines = [heading(text(.reportParticipants, ["count": "\(participants.count)"]))]
    if participants.isEmpty { return lines + ["  " + text(.reportNoParticipants), ""] }
    for participant in participants {
      let profile = IndividualProfile(scores: participant.scores)
      let organisationName = workshop.organisation(withID: participant.organisationID)?.name ?? ""
      let who = [participant.name, organisationName, participant.role].filter { !$0.isEmpty }
      lines.append(
        "  " + safe(who.joined(separator: " · ")) + "  —  "
          + safe(profile.label(content, in: language)))
      for colour in DriveColour.allCases {
        let value = participant.scores[colour]
        var suffix = "\(value)".leftPadded(toWidth: 3)
        if let rejection = participant.rejection {
          suffix += "   " + text(.reportRejectionScore, ["value": "\(rejection[colour])"])
        }
        lines.append(barLine(colour, value: Double(value), suffix: suffix))
      }
      lines.append("")
    }
    return lines
  }

  private func groupSection() -> [ReportLine] {
    let profile = analysis.profile
    let title =
      organisation.map {
        text(
          .reportGroupDelegation, ["organisation": $0.name, "count": "\(profile.participantCount)"])
      }
      ?? text(.reportGroupWholeRoom, ["count": "\(profile.participantCount)"])
    var lines = [heading(title)]
    guard profile.participantCount > 0 else {
      return lines + ["  " + text(.reportNoParticipants), ""]
    }
    for colour in profile.colourOrder {
      let figures = profile.figures(colour)
      var suffix =
        "\(Int(figures.mean.rounded()))".leftPadded(toWidth: 3)
        + " ±" + "\(Int(figures.spread.rounded()))".padding(toWidth: 3)
      switch figures.status {
      case .dominant: suffix += " " + text(.reportStatusDominant)
      case .underRepresented: suffix += " " + text(.reportStatusUnder)
      case .balanced: break
      }
      lines.append(barLine(colour, value: figures.mean, suffix: suffix))
    }
    lines.append("")
    lines.append("  " + text(.reportGroupLogic) + ": " + names(profile.colourOrder))
    lines.append("  " + text(.reportDominant) + ": " + names(profile.dominant))
    lines.append("  " + text(.reportUnderRepresented) + ": " + names(profile.underRepresented))
    for step in analysis.stepsAtRisk {
      let colours = step.colours.map(name).joined(separator: " + ")
      lines.append(
        "  " + text(.reportStepAtRisk, ["step": step.name[language], "colours": colours]))
      lines.append("    " + safe(step.atRisk[language]))
    }
    for colour in profile.underRepresented {
      lines.append("  " + text(.reportWhenMissing, ["colour": name(colour)]))
      lines.append("    " + safe(content.colour(colour).whenMissing[language]))
    }
    return lines + [""]
  }

  private func pitfallSection() -> [ReportLine] {
    var lines = [heading(text(.reportPitfalls))]
    guard !analysis.pitfalls.isEmpty else { return lines + ["  " + text(.reportNoPitfalls), ""] }
    for pitfall in analysis.pitfalls {
      let arguments = pitfall.arguments(
        colourName: name,
        personName: { id in workshop.participants.first { $0.id == id }?.name ?? id })
      let rule = pitfall.rule
      lines.append("  ? " + safe(UIStrings.fill(rule.question[language], with: arguments)))
      lines.append(
        "    " + safe(UIStrings.fill(rule.title[language], with: arguments)) + ": "
          + safe(UIStrings.fill(rule.explanation[language], with: arguments)))
      lines.append(
        "    " + text(.reportFacilitatorMoves) + ": "
          + safe(UIStrings.fill(rule.facilitatorMoves[language], with: arguments)))
      lines.append(
        "    "
          + text(
            .reportBasis, ["basis": text(rule.basis.stringKey), "source": rule.source[language]]))
      lines.append("")
    }
    return lines
  }

  private func complementSection() -> [ReportLine] {
    guard analysis.profile.participantCount > 1 else { return [] }
    var lines = [heading(text(.reportComplements))]
    let names = Dictionary(uniqueKeysWithValues: participants.map { ($0.id, $0) })
    let width = min(28, participants.map { safe($0.name).count }.max() ?? 0)
    for complement in analysis.complements.prefix(5) where complement.score > 0 {
      guard let participant = names[complement.participantID] else { continue }
      let label = safe(IndividualProfile(scores: participant.scores).label(content, in: language))
      var line =
        "  " + safe(participant.name).padding(toWidth: width) + "  " + label.padding(toWidth: 16)
      let strengths = complement.strengths.map {
        name($0.colour) + " +" + String(Int($0.pointsAbove.rounded()))
      }
      line += text(.reportStrongOn, ["colours": strengths.joined(separator: ", ")])
      if complement.firstColourIsWeak { line += "; " + text(.reportFirstColourWeak) }
      lines.append(line)
    }
    for carried in analysis.carriedAlone {
      let person = names[carried.participantID]?.name ?? carried.participantID
      lines.append(
        "  " + text(.reportCarriedAlone, ["colour": name(carried.colour), "person": person]))
    }
    for rejection in analysis.rejections {
      lines.append(
        "  "
          + text(
            .reportRejectedBy,
            [
              "colour": name(rejection.colour), "rejecting": "\(rejection.count)",
              "count": "\(rejection.outOf)",
            ]))
      let carriers = rejection.carriers.compactMap { names[$0]?.name }
      if !carriers.isEmpty {
        lines.append(
          "    "
            + text(
              .reportRejectedCarriers,
              ["colour": name(rejection.colour), "people": carriers.joined(separator: ", ")]))
      }
    }
    return lines + [""]
  }
}

extension String {
  /// The string padded with spaces to `width` characters (never cut).
  func padding(toWidth width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  func leftPadded(toWidth width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
