import TafelCore

/// The line above the key bar where a name is typed or a removal confirmed.
enum PromptView {
  static func height(for state: AppState) -> Int {
    switch state.mode {
    // A removal names everyone and everything that goes, so it gets room to wrap.
    case .confirmingRemoval: return 3
    case .enteringText, .confirmingQuit, .confirmingOverwrite: return 1
    case .browsing, .editingScores, .choosingOrganisations, .picking, .editingPerson:
      if case .failed = state.saveStatus { return 1 }
      return state.notice == nil && state.undone == nil ? 0 : 1
    }
  }

  static func render(
    _ state: AppState, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    guard !rect.isEmpty else { return }
    let language = state.language
    let theme = context.theme
    switch state.mode {
    case .enteringText(let entry):
      let question =
        " "
        + prompt(entry.purpose, state, context).truncated(
          toWidth: rect.width * 3 / 5, glyphs: context.glyphs) + " "
      var x = rect.x + grid.write(question, x: rect.x, y: rect.y, style: theme.heading)
      let room = rect.maxX - x - 1
      // Show the end of a long text, where the cursor usually is.
      let characters = entry.field.text
      let masked = state.wall.screenIsPublic && entry.purpose.isPrivateNote
      let start = max(0, min(entry.field.cursor, characters.count) - room + 1)
      // Indexed from `start`, so a frame costs the visible part and not the whole note.
      for index in start..<characters.count {
        guard x < rect.maxX - 1 else { break }
        let style = index == entry.field.cursor ? theme.cursor : theme.input
        // A private note typed on a screen the room reads in privacy mode shows as dots.
        let shown =
          masked ? (context.glyphs == .unicode ? "•" : "*") : String(characters[index])
        x += grid.write(shown, x: x, y: rect.y, style: style)
      }
      if entry.field.cursor >= characters.count, x < rect.maxX {
        grid.write(" ", x: x, y: rect.y, style: theme.cursor)
      }
    case .confirmingQuit:
      var reason = ""
      if case .failed(let message) = state.saveStatus { reason = message }
      grid.write(
        " " + context.text(.uiConfirmQuitUnsaved, ["reason": reason], language), x: rect.x,
        y: rect.y, style: theme.warning, limit: rect.width)
    case .confirmingOverwrite(let overwrite):
      let what = context.content.strings.text(overwrite.existing, in: language)
      grid.write(
        " " + context.text(.uiConfirmOverwrite, ["path": overwrite.path, "what": what], language),
        x: rect.x, y: rect.y, style: theme.warning, limit: rect.width)
    case .confirmingRemoval(let removal):
      let question: String
      switch removal {
      case .participant(let id):
        let person = state.workshop.participants.first { $0.id == id }
        // In privacy mode on a screen the room reads, the first name, as the wall names people.
        let name =
          person.map { state.wall.screenIsPublic ? state.wall.displayName($0) : $0.name } ?? id
        if let organisation = person.flatMap({
          state.workshop.organisation(withID: $0.organisationID)
        }) {
          question = context.text(
            .uiConfirmRemoveParticipantOf, ["name": name, "organisation": organisation.name],
            language)
        } else {
          question = context.text(.uiConfirmRemove, ["name": name], language)
        }
      case .organisation(let id):
        let name = state.workshop.organisation(withID: id)?.name ?? id
        let people = state.workshop.participants(of: id).map {
          state.wall.screenIsPublic ? state.wall.displayName($0) : $0.name
        }
        question = context.text(
          .uiConfirmRemoveOrganisation,
          [
            "name": name,
            "people": people.isEmpty
              ? context.text(.reportNone, [:], language) : people.joined(separator: ", "),
          ], language)
      case .need(let id):
        let need = state.need(id)
        let organisation = need.flatMap { state.workshop.organisation(withID: $0.organisationID) }
        question = context.text(
          .uiConfirmRemoveNeed,
          ["text": need?.text ?? id, "organisation": organisation?.name ?? ""], language)
      case .topic(let id):
        let name = ComfortStatusText.topicName(id, state.impasseSlice, state.language) ?? id
        question = context.text(.uiConfirmRemoveTopic, ["name": name], language)
      case .action(let number):
        question = context.text(
          .uiConfirmRemoveAction,
          ["number": "\(number)", "text": state.workshop.action(number)?.text ?? ""], language)
      case .forgetParticipant(let id):
        let person = state.workshop.participants.first { $0.id == id }
        question = context.text(
          .uiConfirmForget,
          [
            "name": person?.name ?? id,
            "organisation": person.flatMap {
              state.workshop.organisation(withID: $0.organisationID)
            }?
            .name ?? "",
          ], language)
      }
      grid.paragraph(
        question, in: Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: rect.height),
        style: theme.warning)
    case .browsing, .editingScores, .choosingOrganisations, .picking, .editingPerson:
      if let undone = state.undone {
        grid.write(
          " " + UndoText.text(undone, context, language, privacy: state.wall.privacyMode),
          x: rect.x, y: rect.y,
          style: theme.heading, limit: rect.width)
      } else if let notice = state.notice {
        grid.write(
          " " + context.content.strings.text(notice, in: language), x: rect.x, y: rect.y,
          style: theme.heading, limit: rect.width)
      } else if case .failed(let reason) = state.saveStatus {
        grid.write(
          " " + context.text(.uiSaveFailedNotice, ["reason": reason], language), x: rect.x,
          y: rect.y, style: theme.warning, limit: rect.width)
      }
    }
  }

  static func prompt(_ purpose: TextEntry.Purpose, _ state: AppState, _ context: RenderContext)
    -> String
  {
    let language = state.language
    switch purpose {
    case .newParticipantName(let organisationID):
      let organisation = state.workshop.organisation(withID: organisationID)?.name ?? ""
      return context.text(.uiPromptNewParticipant, ["organisation": organisation], language)
    case .renameParticipant: return context.text(.uiPromptRename, [:], language)
    case .newOrganisationName: return context.text(.uiPromptNewOrganisation, [:], language)
    case .renameOrganisation: return context.text(.uiPromptRenameOrganisation, [:], language)
    case .saveAs: return context.text(.uiPromptSaveAs, [:], language)
    case .export:
      let audience = context.text(
        state.exportAudience == .facilitator ? .uiExportFacilitator : .uiExportParticipants, [:],
        language)
      return context.text(.uiPromptExportFor, ["audience": audience], language)
    case .importSheet: return context.text(.uiPromptImport, [:], language)
    case .proposal(let id):
      let organisation = state.room.comfortQueue.first { $0.id == id }.flatMap {
        state.workshop.organisation(withID: $0.organisationID)?.name
      }
      return context.text(.uiPromptProposal, ["organisation": organisation ?? ""], language)
    case .checklistNote: return context.text(.uiPromptNote, [:], language)
    case .newNeed(let organisationID):
      let organisation = state.workshop.organisation(withID: organisationID)?.name ?? ""
      return context.text(.uiPromptNewNeed, ["organisation": organisation], language)
    case .needText: return context.text(.uiPromptNeedText, [:], language)
    case .newTopic: return context.text(.uiPromptNewTopic, [:], language)
    case .topicAgreement: return context.text(.uiPromptAgreement, [:], language)
    case .roundNotes: return context.text(.uiPromptRoundNotes, [:], language)
    case .roundOutcome: return context.text(.uiPromptRoundOutcome, [:], language)
    case .intakeNote(let organisationID, let field):
      let organisation = state.workshop.organisation(withID: organisationID)?.name ?? ""
      return organisation + context.glyphs.separator
        + PhaseListView.intakeLabel(field, context, language) + ":"
    case .phaseNotes(let phase):
      return context.text(
        .uiPromptPhaseNotes, ["phase": context.text(phase.stringKey, [:], language)], language)
    default:
      return SessionsPrompt.text(purpose, state, context)
    }
  }
}

/// The bottom line: the keys that matter now, from the key map. Each entry is clickable.
///
/// Where not all fit (80 columns), the most important stay, in the key map's order: the
/// screen's first two keys and, with a wall connected, the one that blanks it (and, while it is
/// frozen, the two that release it and send to it); then the screen's other keys; the screens
/// (as one "1-5 schermen" unless all five fit by name); the wall's other keys; quit; the rest.
/// `?` always ends the bar: its list has everything.
enum KeyBarView {
  struct Entry {
    var binding: KeyBinding
    var key: String
    var label: String
    var x: Int
    var width: Int
  }

  static func entries(_ state: AppState, width: Int, context: RenderContext) -> [Entry] {
    let bindings = KeyMap.barBindings(for: state)
    let help = bindings.first { $0.label == .keyHelp }
    let shown = bindings.filter { $0.label != .keyHelp }
    func entry(_ binding: KeyBinding) -> Entry {
      let (key, text) = label(for: binding, state, context)
      return Entry(
        binding: binding, key: key, label: text, x: 0,
        width: DisplayWidth.of(key) + 1 + DisplayWidth.of(text))
    }
    let screens = shown.filter { if case .show = $0.action { true } else { false } }
    var candidates = shown.filter { binding in !screens.contains { $0 == binding } }.map(entry)
    // The screens stand in the key map's order where the first of them stood.
    let screensAt = shown.firstIndex { binding in screens.contains { $0 == binding } }
      .map { index in shown[..<index].count { binding in !screens.contains { $0 == binding } } }
    let named = screens.map(entry)
    let together = combined(named, label: context.text(.keyScreens, [:], state.language))
    if let screensAt, let together { candidates.insert(together, at: screensAt) }
    var budget = width - 1 - (help.map { entry($0).width } ?? 0)
    var chosen = Array(repeating: false, count: candidates.count)
    // Ranked once each: a rank looks at the bar's bindings, and a sort compares many times.
    let ranks = candidates.map { rank($0, state, bindings) }
    let ranked = candidates.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }
    for index in ranked where candidates[index].width + 2 <= budget {
      chosen[index] = true
      budget -= candidates[index].width + 2
    }
    var kept: [Entry] = []
    for (index, candidate) in candidates.enumerated() where chosen[index] {
      // With room to spare, the screens by name.
      let spare = named.reduce(0) { $0 + $1.width + 2 } - candidate.width - 2
      if candidate.binding == together?.binding, spare <= budget {
        kept += named
        budget -= spare
      } else {
        kept.append(candidate)
      }
    }
    if let help { kept.append(entry(help)) }
    var x = 1
    for index in kept.indices {
      kept[index].x = x
      x += kept[index].width + 2
    }
    return kept
  }

  /// The screens as one entry, "1-5 schermen"; a click goes to the next.
  private static func combined(_ screens: [Entry], label: String) -> Entry? {
    guard let first = screens.first, let last = screens.last else { return nil }
    guard screens.count > 1 else { return first }
    let binding = KeyBinding([.tab], .nextScreen, .global, .keyScreens)
    let key = first.key + "-" + last.key
    return Entry(
      binding: binding, key: key, label: label, x: 0,
      width: DisplayWidth.of(key) + 1 + DisplayWidth.of(label))
  }

  /// Lower goes first when the bar is short of room.
  private static func rank(_ entry: Entry, _ state: AppState, _ bar: [KeyBinding]) -> Int {
    let binding = entry.binding
    switch binding.scope {
    // A frozen wall waits for F or W: then they count as much as the blank key.
    case .wall: return binding.action == .toggleBlank || state.wall.isFrozen ? 0 : 3
    case .global:
      if binding.label == .keyScreens { return 2 }
      if case .show = binding.action { return 2 }
      return binding.action == .quit ? 4 : 5
    default:
      let own = bar.filter { $0.scope == binding.scope }
      return own.prefix(2).contains { $0 == binding } ? 0 : 1
    }
  }

  static func label(for binding: KeyBinding, _ state: AppState, _ context: RenderContext) -> (
    key: String, label: String
  ) {
    (
      shownKey(of: binding, in: state.language).map { KeyNames.name($0, glyphs: context.glyphs) }
        ?? "", context.text(binding.label, [:], state.language)
    )
  }

  static func shownKey(of binding: KeyBinding, in language: Language) -> Key? {
    KeyBarKey.shown(of: binding, in: language)
  }

  static func render(
    _ state: AppState, in rect: Rect, into grid: inout Grid, context: RenderContext
  ) {
    for entry in entries(state, width: rect.width, context: context) {
      let x = rect.x + entry.x
      grid.write(entry.key, x: x, y: rect.y, style: context.theme.keyName)
      grid.write(
        " " + entry.label, x: x + DisplayWidth.of(entry.key), y: rect.y, style: context.theme.normal
      )
    }
  }

  /// The key drawn at column `x` of a bar `width` wide.
  static func binding(atColumn x: Int, width: Int, state: AppState, context: RenderContext)
    -> KeyBinding?
  {
    entries(state, width: width, context: context).first { x >= $0.x && x < $0.x + $0.width }?
      .binding
  }
}

/// How a key is written in the bar and the help.
public enum KeyNames {
  public static func name(_ key: Key, glyphs: Glyphs) -> String {
    let unicode = glyphs == .unicode
    switch key {
    case .character(" "): return unicode ? "␣" : "Space"
    case .character(let character): return String(character)
    case .control(let character): return "Ctrl-" + character.uppercased()
    case .enter: return unicode ? "⏎" : "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .backspace: return "Backspace"
    case .delete: return "Del"
    case .up: return unicode ? "↑" : "Up"
    case .down: return unicode ? "↓" : "Down"
    case .left: return unicode ? "←" : "Left"
    case .right: return unicode ? "→" : "Right"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .shiftUp: return unicode ? "Shift-↑" : "Shift-Up"
    case .shiftDown: return unicode ? "Shift-↓" : "Shift-Down"
    case .shiftLeft: return unicode ? "Shift-←" : "Shift-Left"
    case .shiftRight: return unicode ? "Shift-→" : "Shift-Right"
    case .function(let number): return "F\(number)"
    }
  }
}
