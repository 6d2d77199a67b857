import TafelCore

/// The `?` overlay: every key, by where it applies, from the key map. It flows into as many
/// columns as the window needs.
enum HelpView {
  static func render(
    page: Int, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    let language = context.language
    let theme = context.theme
    let glyphs = context.glyphs
    grid.fill(rect, style: theme.normal)
    let entries = lines(language: language, context: context)
    let pages = pageCount(entries.count, in: rect)
    // Paging wraps around, so the next-page key also leads back to the first.
    let page = ((page % pages) + pages) % pages
    var title = context.text(.uiHelpTitle, [:], language)
    if pages > 1 {
      title +=
        " " + context.text(.uiHelpPage, ["page": "\(page + 1)", "pages": "\(pages)"], language)
    }
    let inside = grid.box(rect, title: title, glyphs: glyphs, theme: theme)
    guard inside.height > 1, inside.width > 10 else { return }
    let columns = columnCount(inside)
    let columnWidth = inside.width / columns
    let perPage = inside.height * columns
    for (index, entry) in entries.dropFirst(page * perPage).prefix(perPage).enumerated() {
      let x = inside.x + 1 + (index / inside.height) * columnWidth
      let y = inside.y + index % inside.height
      switch entry {
      case .heading(let text):
        grid.write(text, x: x, y: y, style: theme.heading, limit: columnWidth - 1)
      case .binding(let keys, let label):
        let keyWidth = min(14, columnWidth * 2 / 5)
        grid.write(
          keys.truncated(toWidth: keyWidth - 1, glyphs: glyphs), x: x, y: y, style: theme.keyName)
        grid.write(
          label, x: x + keyWidth, y: y, style: theme.normal, limit: columnWidth - keyWidth - 1)
      }
    }
  }

  /// Two columns where the window is wide enough for whole labels, else one.
  static func columnCount(_ inside: Rect) -> Int { inside.width >= 76 ? 2 : 1 }

  /// How many pages the help takes in `rect`; the reducer clamps the page with it.
  static func pageCount(_ entries: Int, in rect: Rect) -> Int {
    let inside = rect.inset(by: 1)
    let perPage = max(1, inside.height * columnCount(inside))
    return max(1, (entries + perPage - 1) / perPage)
  }

  enum Line {
    case heading(String)
    case binding(keys: String, label: String)
  }

  static func lines(language: Language, context: RenderContext) -> [Line] {
    KeyScope.allCases.flatMap { scope -> [Line] in
      let bindings = KeyMap.bindings.filter { $0.scope == scope }
      guard !bindings.isEmpty else { return [] }
      return [.heading(context.text(scope.stringKey, [:], language))]
        + bindings.map { binding in
          .binding(
            keys: binding.keys.map { KeyNames.name($0, glyphs: context.glyphs) }.joined(
              separator: " "),
            label: context.text(binding.label, [:], language))
        }
    }
  }
}

extension KeyScope {
  public var stringKey: StringKey {
    switch self {
    case .global: .scopeGlobal
    case .wall: .scopeWall
    case .team: .scopeTeam
    case .group: .scopeGroup
    case .impasse: .scopeImpasse
    case .comfortProjection: .scopeComfortProjection
    case .comfortOverview: .scopeComfortOverview
    case .legalForms: .scopeLegalForms
    case .organisationChoice: .scopeOrganisationChoice
    case .picker: .scopePicker
    case .personForm: .scopePersonForm
    case .importProblems: .scopeImportProblems
    case .dilemma: .scopeDilemma
    case .sessions: .scopeSessions
    case .dilemmaCollecting: .scopeDilemmaCollecting
    case .cardPicker: .scopeCardPicker
    case .roundHistory: .scopeRoundHistory
    case .comfortQueue: .scopeComfortQueue
    case .timeline: .scopeTimeline
    case .sinceLastTime: .scopeSinceLastTime
    case .rolePlay: .scopeRolePlay
    case .scoreEditing: .scopeScoreEditing
    case .textEntry: .scopeTextEntry
    case .confirmation: .scopeConfirmation
    case .removal: .scopeRemoval
    case .exportEntry: .scopeExportEntry
    case .help: .scopeHelp
    }
  }
}
