import Foundation
import Plot
import TafelCore

/// The session report as one self-contained HTML page. Plot builds the markup and escapes every
/// text from the workshop; nothing from the workshop goes into an attribute.
public enum HTMLReport {
  public static func render(_ input: ReportInput) -> String {
    let workshop = input.workshop
    let html = HTML(
      .lang(input.language == .nl ? .dutch : .english),
      .head(
        .meta(.charset(.utf8)),
        // Not Plot's .title, which also copies the title into og: and twitter: meta attributes.
        .element(named: "title", text: workshop.title),
        .style(css)
      ),
      .body(
        input.forFacilitator
          ? .p(.class("confidential"), .strong(.text(input.text(.exportForFacilitatorBanner))))
          : .group([]),
        .h1(.text(workshop.title)),
        .p(.class("meta"), .text(meta(input))),
        participantsSection(input),
        groupSection(input),
        comfortSection(input),
        topicsSection(input),
        sessionsSection(input),
        .group(input.historyTables.map(historySection)),
        dilemmaSection(input),
        notesSection(input)
      )
    )
    return html.render(indentedBy: .spaces(2)) + "\n"
  }

  static func meta(_ input: ReportInput) -> String {
    let workshop = input.workshop
    var parts = [input.text(.exportPhase, ["phase": input.text(workshop.phase.stringKey)])]
    if !workshop.dates.isEmpty { parts.insert(workshop.dates.joined(separator: ", "), at: 0) }
    if input.anonymous { parts.append(input.text(.exportAnonymousNote)) }
    if !input.forFacilitator { parts.append(input.text(.exportForParticipantsNote)) }
    return parts.joined(separator: " · ")
  }

  static func participantsSection(_ input: ReportInput) -> Node<HTML.BodyContext> {
    let workshop = input.workshop
    let rows: [Node<HTML.TableContext>] = workshop.organisations.map { organisation in
      let people = workshop.participants(of: organisation.id)
      let names =
        input.anonymous
        ? "\(people.count)" : people.map { input.name(of: $0) }.joined(separator: ", ")
      return .tr(
        .td(.text(organisation.name)), .td(.text(input.text(organisation.kind.stringKey))),
        .td(.text(names)))
    }
    var nodes: [Node<HTML.BodyContext>] = [
      .h2(.text(input.text(.exportOrganisations))),
      .table(
        .tr(
          .th(.text(input.text(.exportOrganisation))), .th(.text(input.text(.exportKind))),
          .th(.text(input.text(input.anonymous ? .exportCount : .exportParticipants)))),
        .group(rows)),
    ]
    if !input.anonymous {
      nodes.append(.h2(.text(input.text(.exportProfiles))))
      nodes.append(
        .div(
          .class("profiles"),
          .group(
            workshop.participants.map { person in
              let profile = IndividualProfile(scores: person.scores)
              let heading = [
                input.name(of: person), input.organisationName(person.organisationID), person.role,
              ]
              .filter { !$0.isEmpty }.joined(separator: " · ")
              return .div(
                .class("profile"),
                .h3(.text(heading)),
                .p(.class("label"), .text(profile.label(input.content, in: input.language))),
                barChart(
                  input,
                  values: DriveColour.allCases.map {
                    ($0, Double(person.scores[$0]), "\(person.scores[$0])")
                  }),
                .if(
                  person.rejection != nil,
                  .p(
                    .class("rejection"),
                    .text(input.text(.exportRejection) + ": " + input.rejectionText(person)))))
            })))
    }
    return .section(.group(nodes))
  }

  static func groupSection(_ input: ReportInput) -> Node<HTML.BodyContext> {
    guard let analysis = input.shownAnalysis else {
      let count = input.workshop.participants.count
      return .section(
        .h2(.text(input.text(.reportGroupWholeRoom, ["count": "\(count)"]))),
        .p(.text(input.text(.privacyTooSmallGroup))))
    }
    let profile = analysis.profile
    let values = profile.colourOrder.map { colour -> (DriveColour, Double, String) in
      let figures = profile.figures(colour)
      return (
        colour, figures.mean, "\(Int(figures.mean.rounded())) ±\(Int(figures.spread.rounded()))"
      )
    }
    let names = { (colours: [DriveColour]) in
      colours.isEmpty
        ? input.text(.reportNone) : colours.map(input.colourName).joined(separator: ", ")
    }
    let pitfalls: [Node<HTML.ListContext>] = input.pitfalls.map { pitfall in
      let arguments = input.arguments(for: pitfall)
      let rule = pitfall.rule
      return .li(
        .strong(.text(UIStrings.fill(rule.question[input.language], with: arguments))),
        .p(
          .text(
            UIStrings.fill(rule.title[input.language], with: arguments) + ": "
              + UIStrings.fill(rule.explanation[input.language], with: arguments))),
        .p(
          .text(
            input.text(.reportFacilitatorMoves) + ": "
              + UIStrings.fill(rule.facilitatorMoves[input.language], with: arguments))),
        .p(
          .class("basis"),
          .text(
            input.text(
              .reportBasis,
              ["basis": input.text(rule.basis.stringKey), "source": rule.source[input.language]]))))
    }
    return .section(
      .h2(.text(input.text(.reportGroupWholeRoom, ["count": "\(profile.participantCount)"]))),
      barChart(input, values: values),
      .p(.text(input.text(.reportGroupLogic) + ": " + names(profile.colourOrder))),
      .p(.text(input.text(.reportDominant) + ": " + names(profile.dominant))),
      .p(.text(input.text(.reportUnderRepresented) + ": " + names(profile.underRepresented))),
      .group(
        analysis.stepsAtRisk.map { step in
          .p(
            .class("risk"),
            .text(
              input.text(
                .reportStepAtRisk,
                [
                  "step": step.name[input.language],
                  "colours": step.colours.map(input.colourName).joined(separator: " + "),
                ]) + ". " + step.atRisk[input.language]))
        }),
      .h3(.text(input.text(.reportPitfalls))),
      pitfalls.isEmpty ? .p(.text(input.text(.reportNoPitfalls))) : .ul(.group(pitfalls)))
  }

  static func comfortSection(_ input: ReportInput) -> Node<HTML.BodyContext> {
    let needs = input.workshop.comfortNeeds
    guard !needs.isEmpty else { return .group([]) }
    let rows: [Node<HTML.TableContext>] = needs.map { need in
      let askedOf =
        need.askedOf.isEmpty
        ? input.text(.exportAskedOfAll)
        : need.askedOf.map(input.organisationName).joined(separator: ", ")
      return .tr(
        .td(.text(input.organisationName(need.organisationID))), .td(.text(need.text)),
        .td(.text(askedOf)),
        .td(.text(need.topicID.map(input.topicName) ?? "—")),
        .td(.class("status"), .text(input.statusWord(need.status))))
    }
    return .section(
      .h2(.text(input.text(.uiProjectionTitle))),
      .p(.text(input.text(.uiProjectionQuestion))),
      .table(
        .class("comfort"),
        .thead(
          .tr(
            .th(.text(input.text(.exportOrganisation))), .th(.text(input.text(.exportNeed))),
            .th(.text(input.text(.exportAskedOf))), .th(.text(input.text(.exportTopic))),
            .th(.text(input.text(.exportStatus))))),
        .tbody(.group(rows))))
  }

  static func topicsSection(_ input: ReportInput) -> Node<HTML.BodyContext> {
    let rows: [Node<HTML.TableContext>] = input.topics.map { topic in
      .tr(
        .td(.text(input.topicName(topic.id))),
        .td(.class("status"), .text(input.statusWord(topic.status))),
        .td(.text(topic.agreement)))
    }
    return .section(
      .h2(.text(input.text(.uiTopicsTitle))),
      .table(
        .thead(
          .tr(
            .th(.text(input.text(.exportTopic))), .th(.text(input.text(.exportStatus))),
            .th(.text(input.text(.exportAgreement))))),
        .tbody(.group(rows))))
  }

  /// Every session in order, each with its minutes.
  static func sessionsSection(_ input: ReportInput) -> Node<HTML.BodyContext> {
    let sessions = input.sessionMinutes
    guard !sessions.isEmpty else { return .group([]) }
    return .section(
      .h2(.text(input.text(.uiSessionsTitle))),
      .group(
        sessions.map { session in
          .section(
            .class("session"), .h3(.text(session.heading)),
            .group(
              session.sections.map { part in
                .group(
                  [.element(named: "h4", text: part.heading)]
                    + part.blocks.map(Minutes.html))
              }))
        }))
  }

  /// The decisions or the actions as a table.
  static func historySection(_ table: ReportInput.Table) -> Node<HTML.BodyContext> {
    .section(
      .h2(.text(table.title)),
      .table(
        .thead(.tr(.group(table.header.map { .th(.text($0)) }))),
        .tbody(.group(table.rows.map { row in .tr(.group(row.map { .td(.text($0)) })) }))))
  }

  static func dilemmaSection(_ input: ReportInput) -> Node<HTML.BodyContext> {
    let rounds = input.workshop.dilemmaRounds
    guard !rounds.isEmpty else { return .group([]) }
    let deck = input.content.dilemmas
    return .section(
      .h2(.text(input.text(.exportDilemmaRounds))),
      .p(.class("label"), .text(input.text(.exportColourKey, ["key": colourKey(input)]))),
      .group(
        rounds.enumerated().compactMap { number, round -> Node<HTML.BodyContext>? in
          guard let card = deck.card(round.cardID) else { return nil }
          let split = input.split(of: round, options: card.options.count)
          let rows: [Node<HTML.TableContext>] = card.options.enumerated().map { index, option in
            // Anonymous: a colour split of small numbers would point at people.
            let colours =
              input.anonymous
              ? ""
              : DriveColour.allCases.compactMap { colour in
                split[index].byColour[colour].map {
                  input.content.colour(colour).letter[input.language] + " \($0)"
                }
              }.joined(separator: ", ")
            return .tr(
              .td(.text(String(UnicodeScalar(UInt8(65 + index))))),
              .td(.text(option[input.language])),
              .td(.text("\(split[index].total)")), .td(.text(colours)))
          }
          return .div(
            .class("round"),
            .h3(
              .text(
                input.text(.uiRound, ["number": "\(number + 1)"]) + ": "
                  + card.title[input.language])),
            .p(.text(card.situation[input.language])),
            .table(
              .thead(
                .tr(
                  .th(.text("")), .th(.text(input.text(.exportOption))),
                  .th(.text(input.text(.exportCount))),
                  .th(.text(input.anonymous ? "" : input.text(.exportByColour))))),
              .tbody(.group(rows))),
            round.notes.isEmpty
              ? .group([]) : .p(.text(input.text(.uiNote, ["note": round.notes]))),
            round.outcome.isEmpty
              ? .group([]) : .p(.strong(.text(input.text(.uiOutcome, ["outcome": round.outcome])))))
        }))
  }

  /// The facilitators' notes, ticked signals and intakes: only in their own record.
  static func notesSection(_ input: ReportInput) -> Node<HTML.BodyContext> {
    guard input.forFacilitator else { return .group([]) }
    let workshop = input.workshop
    var items: [Node<HTML.BodyContext>] = []
    if !workshop.notes.isEmpty { items.append(.p(.text(workshop.notes))) }
    for phase in ProcessPhase.allCases {
      if let notes = workshop.phaseNotes[phase.rawValue] {
        items.append(.p(.strong(.text(input.text(phase.stringKey) + ": ")), .text(notes)))
      }
    }
    let ticked = input.tickedSignals
    if !ticked.isEmpty {
      items.append(.h3(.text(input.text(.exportTickedSignals))))
      items.append(.ul(.group(ticked.map { item in .li(.text(item)) })))
    }
    let intakes = input.intakeLines
    if !intakes.isEmpty {
      items.append(.h3(.text(input.text(.uiIntakeTitle))))
      items.append(.ul(.group(intakes.map { line in .li(.text(line)) })))
    }
    guard !items.isEmpty else { return .group([]) }
    return .section(.h2(.text(input.text(.exportNotes))), .group(items))
  }

  static func colourKey(_ input: ReportInput) -> String {
    input.content.colours.map { $0.letter[input.language] + " = " + $0.name[input.language] }
      .joined(separator: ", ")
  }

  /// Horizontal bars in the six colours, each with its letter, name and value written beside it,
  /// so the chart reads in grey on paper too.
  static func barChart(_ input: ReportInput, values: [(DriveColour, Double, String)]) -> Node<
    HTML.BodyContext
  > {
    let rowHeight = 22
    let height = rowHeight * values.count + 4
    let bars: [Node<HTML.BodyContext>] = values.enumerated().flatMap {
      index, entry -> [Node<HTML.BodyContext>] in
      let (colour, value, label) = entry
      let y = index * rowHeight + 2
      let width = max(0, min(100, value)) * 2.4
      let colourContent = input.content.colour(colour)
      return [
        svgElement(
          "text", ["x": "0", "y": "\(y + 15)", "class": "letter"],
          text: colourContent.letter[input.language]),
        svgElement(
          "text", ["x": "28", "y": "\(y + 15)"], text: colourContent.name[input.language]),
        svgElement(
          "rect",
          [
            "x": "100", "y": "\(y + 3)", "width": String(format: "%.1f", width), "height": "15",
            "fill": fill[colour] ?? "#888", "stroke": "#333", "stroke-width": "0.5",
          ]),
        svgElement("text", ["x": "\(Int(width) + 106)", "y": "\(y + 15)"], text: label),
      ]
    }
    return .element(
      named: "svg",
      nodes: [
        .attribute(named: "xmlns", value: "http://www.w3.org/2000/svg"),
        .attribute(named: "viewBox", value: "0 0 420 \(height)"),
        .attribute(named: "width", value: "420"),
        .attribute(named: "height", value: "\(height)"),
        .attribute(named: "role", value: "img"),
      ] + bars)
  }

  /// An SVG element; the attribute values are ours (numbers, colours), the text is escaped.
  static func svgElement(_ name: String, _ attributes: [String: String], text: String? = nil)
    -> Node<HTML.BodyContext>
  {
    let attributeNodes: [Node<HTML.BodyContext>] = attributes.sorted { $0.key < $1.key }.map {
      .attribute(named: $0.key, value: $0.value)
    }
    return .element(named: name, nodes: attributeNodes + (text.map { [.text($0)] } ?? []))
  }

  static let fill: [DriveColour: String] = [
    .yellow: "#f5d000", .green: "#2e9e3e", .orange: "#f08a00", .blue: "#1f6fd1", .red: "#d7263d",
    .purple: "#7b3fb5",
  ]

  static let css = """
    body { font-family: system-ui, sans-serif; max-width: 50em; margin: 2em auto; color: #111; }
    h1 { margin-bottom: 0.2em; } .meta { color: #444; }
    .confidential { border: 2px solid #000; padding: 0.4em; }
    table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
    th, td { border: 1px solid #bbb; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
    th { background: #eee; }
    .profiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(21em, 1fr)); gap: 0.5em 2em; }
    .profile { break-inside: avoid; min-width: 0; } .profile h3 { font-size: 1em; margin: 0.5em 0 0; }
    .profile svg { width: 100%; max-width: 420px; height: auto; }
    table.comfort td:nth-child(2) { width: 35%; } td.status { white-space: nowrap; }
    tr, li { break-inside: avoid; } h3 { break-after: avoid; } li + li { margin-top: 0.8em; }
    .label, .basis { color: #444; font-size: 0.9em; margin: 0.2em 0; }
    .risk { border-left: 3px solid #d7263d; padding-left: 0.5em; } .round { break-inside: avoid; }
    svg text { font-size: 12px; } svg .letter { font-weight: bold; }
    section { break-inside: auto; }
    @page { size: A4; margin: 15mm; }
    @media print { body { margin: 0; max-width: none; font-size: 10.5pt; } h2 { break-after: avoid; } }
    """
}

extension Node where Context == HTML.BodyContext {
  static func h3(_ nodes: Node<HTML.BodyContext>...) -> Node {
    .element(named: "h3", nodes: nodes)
  }
}
