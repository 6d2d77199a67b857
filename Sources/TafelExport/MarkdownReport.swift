import TafelCore

/// The session report as Markdown: the same content as the HTML page, with tables where they fit,
/// so it pastes into minutes.
public enum MarkdownReport {
  public static func render(_ input: ReportInput) -> String {
    let workshop = input.workshop
    var lines = ["# " + inline(workshop.title), "", inline(HTMLReport.meta(input)), ""]
    if input.forFacilitator {
      lines.insert(
        contentsOf: ["**" + inline(input.text(.exportForFacilitatorBanner)) + "**", ""], at: 0)
    }
    lines += participants(input)
    lines += group(input)
    lines += comfort(input)
    lines += topics(input)
    lines += sessions(input)
    for history in input.historyTables {
      lines += ["## " + inline(history.title), ""] + table(history.header, history.rows)
    }
    lines += dilemmas(input)
    lines += notes(input)
    return lines.joined(separator: "\n") + "\n"
  }

  /// Text as it may stand in a Markdown line or table cell: no line breaks, no stray pipes or
  /// markup characters taken for syntax.
  static func inline(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\n", "\r": result.append(" ")
      case "|", "*", "_", "`", "<", ">", "[", "]", "#", "\\": result += "\\" + String(character)
      default: result.append(character)
      }
    }
    return result
  }

  static func table(_ header: [String], _ rows: [[String]]) -> [String] {
    [
      "| " + header.map(inline).joined(separator: " | ") + " |",
      "|" + header.map { _ in " --- |" }.joined(),
    ]
      + rows.map { "| " + $0.map(inline).joined(separator: " | ") + " |" } + [""]
  }

  static func participants(_ input: ReportInput) -> [String] {
    let workshop = input.workshop
    var lines = ["## " + inline(input.text(.exportOrganisations)), ""]
    lines += table(
      [
        input.text(.exportOrganisation), input.text(.exportKind),
        input.text(input.anonymous ? .exportCount : .exportParticipants),
      ],
      workshop.organisations.map { organisation in
        let people = workshop.participants(of: organisation.id)
        let names =
          input.anonymous
          ? "\(people.count)" : people.map { input.name(of: $0) }.joined(separator: ", ")
        return [organisation.name, input.text(organisation.kind.stringKey), names]
      })
    guard !input.anonymous else { return lines }
    lines += ["## " + inline(input.text(.exportProfiles)), ""]
    let colours = DriveColour.allCases
    let hasRejection = workshop.participants.contains { $0.rejection != nil }
    lines += table(
      [input.text(.exportParticipant), input.text(.exportOrganisation)]
        + colours.map(input.colourName) + [input.text(.exportLabel)]
        + (hasRejection ? [input.text(.exportRejection)] : []),
      workshop.participants.map { person in
        [input.name(of: person), input.organisationName(person.organisationID)]
          + colours.map { "\(person.scores[$0])" }
          + [IndividualProfile(scores: person.scores).label(input.content, in: input.language)]
          + (hasRejection ? [input.rejectionText(person)] : [])
      })
    return lines
  }

  static func group(_ input: ReportInput) -> [String] {
    let heading =
      "## "
      + inline(
        input.text(.reportGroupWholeRoom, ["count": "\(input.workshop.participants.count)"]))
    guard let analysis = input.shownAnalysis else {
      return [heading, "", inline(input.text(.privacyTooSmallGroup)), ""]
    }
    let profile = analysis.profile
    var lines = [heading, ""]
    lines += table(
      [
        input.text(.exportColour), input.text(.exportMean), input.text(.exportSpread),
        input.text(.exportStatus),
      ],
      profile.colourOrder.map { colour in
        let figures = profile.figures(colour)
        let status: String
        switch figures.status {
        case .dominant: status = input.text(.reportStatusDominant)
        case .underRepresented: status = input.text(.reportStatusUnder)
        case .balanced: status = ""
        }
        return [
          input.colourName(colour), "\(Int(figures.mean.rounded()))",
          "\(Int(figures.spread.rounded()))", status,
        ]
      })
    for step in analysis.stepsAtRisk {
      let colours = step.colours.map(input.colourName).joined(separator: " + ")
      lines.append(
        "**"
          + inline(
            input.text(.reportStepAtRisk, ["step": step.name[input.language], "colours": colours]))
          + "** " + inline(step.atRisk[input.language]))
      lines.append("")
    }
    lines += ["### " + inline(input.text(.reportPitfalls)), ""]
    if input.pitfalls.isEmpty { lines += [inline(input.text(.reportNoPitfalls)), ""] }
    for pitfall in input.pitfalls {
      let arguments = input.arguments(for: pitfall)
      let rule = pitfall.rule
      lines.append(
        "- **" + inline(UIStrings.fill(rule.question[input.language], with: arguments)) + "** "
          + inline(UIStrings.fill(rule.explanation[input.language], with: arguments)))
      lines.append(
        "  "
          + inline(
            input.text(.reportFacilitatorMoves) + ": "
              + UIStrings.fill(rule.facilitatorMoves[input.language], with: arguments)))
    }
    return lines + [""]
  }

  static func comfort(_ input: ReportInput) -> [String] {
    let needs = input.workshop.comfortNeeds
    guard !needs.isEmpty else { return [] }
    return ["## " + inline(input.text(.uiProjectionTitle)), ""]
      + table(
        [
          input.text(.exportOrganisation), input.text(.exportNeed), input.text(.exportAskedOf),
          input.text(.exportTopic), input.text(.exportStatus),
        ],
        needs.map { need in
          [
            input.organisationName(need.organisationID), need.text,
            need.askedOf.isEmpty
              ? input.text(.exportAskedOfAll)
              : need.askedOf.map(input.organisationName).joined(separator: ", "),
            need.topicID.map(input.topicName) ?? "", input.statusWord(need.status),
          ]
        })
  }

  static func topics(_ input: ReportInput) -> [String] {
    ["## " + inline(input.text(.uiTopicsTitle)), ""]
      + table(
        [input.text(.exportTopic), input.text(.exportStatus), input.text(.exportAgreement)],
        input.topics.map { [input.topicName($0.id), input.statusWord($0.status), $0.agreement] })
  }

  /// Every session in order, each with its minutes.
  static func sessions(_ input: ReportInput) -> [String] {
    let sessions = input.sessionMinutes
    guard !sessions.isEmpty else { return [] }
    var lines = ["## " + inline(input.text(.uiSessionsTitle)), ""]
    for session in sessions {
      lines += ["### " + inline(session.heading), ""]
      for part in session.sections {
        lines += ["#### " + inline(part.heading), ""] + Minutes.markdown(part.blocks)
      }
    }
    return lines
  }

  static func dilemmas(_ input: ReportInput) -> [String] {
    let rounds = input.workshop.dilemmaRounds
    guard !rounds.isEmpty else { return [] }
    var lines = ["## " + inline(input.text(.exportDilemmaRounds)), ""]
    for (number, round) in rounds.enumerated() {
      guard let card = input.content.dilemmas.card(round.cardID) else { continue }
      let split = input.split(of: round, options: card.options.count)
      lines += [
        "### "
          + inline(
            input.text(.uiRound, ["number": "\(number + 1)"]) + ": " + card.title[input.language]),
        "",
      ]
      lines += table(
        ["", input.text(.exportOption), input.text(.exportCount), input.text(.exportByColour)],
        card.options.enumerated().map { index, option in
          let colours =
            input.anonymous
            ? ""
            : DriveColour.allCases.compactMap { colour in
              split[index].byColour[colour].map {
                input.content.colour(colour).letter[input.language] + " \($0)"
              }
            }.joined(separator: ", ")
          return [
            String(UnicodeScalar(UInt8(65 + index))), option[input.language],
            "\(split[index].total)", colours,
          ]
        })
      if !round.notes.isEmpty { lines += [inline(input.text(.uiNote, ["note": round.notes])), ""] }
      if !round.outcome.isEmpty {
        lines += ["**" + inline(input.text(.uiOutcome, ["outcome": round.outcome])) + "**", ""]
      }
    }
    return lines
  }

  /// The facilitators' notes, ticked signals and intakes: only in their own record.
  static func notes(_ input: ReportInput) -> [String] {
    guard input.forFacilitator else { return [] }
    let workshop = input.workshop
    var lines: [String] = []
    if !workshop.notes.isEmpty { lines += [inline(workshop.notes), ""] }
    for phase in ProcessPhase.allCases {
      if let notes = workshop.phaseNotes[phase.rawValue] {
        lines += ["**" + inline(input.text(phase.stringKey)) + ":** " + inline(notes), ""]
      }
    }
    let ticked = input.tickedSignals
    if !ticked.isEmpty {
      lines +=
        ["### " + inline(input.text(.exportTickedSignals)), ""] + ticked.map { "- " + inline($0) }
        + [""]
    }
    let intakes = input.intakeLines
    if !intakes.isEmpty {
      lines +=
        ["### " + inline(input.text(.uiIntakeTitle)), ""] + intakes.map { "- " + inline($0) } + [""]
    }
    return lines.isEmpty ? [] : ["## " + inline(input.text(.exportNotes)), ""] + lines
  }
}
