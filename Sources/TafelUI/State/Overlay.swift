import TafelCore

/// Something open on top of the view for the facilitator: the help, a list, a form, a question.
/// They lie in one stack (`AppState.overlays`) so that one rule answers "what does this key
/// do, what does Esc close, what is drawn last": the top one. Before the stack, eight fields each
/// held one of them and two functions guessed their order, so Esc could close a card hidden under
/// the help.
///
/// What the room is looking at (a role-play card, a legal-form card, the comfort projection) is
/// not an overlay but part of `WallState`; Esc closes it only when no overlay is open.
public enum Overlay: Equatable, Sendable {
  /// Every key, by where it applies; `page` when it does not fit on one.
  case help(page: Int)
  /// Why the last import inside the interface was refused.
  case importProblems(ImportProblems)
  /// Choosing the next dilemma card; the cursor is an index into the deck.
  case cardPicker(cursor: Int)
  /// The rounds played so far, with their tallies and outcomes.
  case roundHistory
  /// The comfort proposals from phones waiting for the facilitator; the cursor is an index into
  /// the waiting ones. Never on the wall (`WallView` knows nothing of overlays).
  case comfortQueue(cursor: Int)
  /// The timeline: the workshop at the end of each session (replayed once, when it opens: the
  /// past does not change while it is looked at) and the session shown.
  case timeline(points: [HistoryPoint], index: Int)
  /// "Sinds vorige keer": what changed since the session before (worked out once, when it
  /// opens); nil for the first session, which has no last time. `scroll` is the first row shown.
  case sinceLastTime(SinceLastTime?, scroll: Int)
  /// Something being edited, typed, chosen or answered: the keyboard's mode while it is on top.
  /// Never `.browsing`, which is no overlay at all (`AppState.mode`'s setter sees to that).
  case editing(AppState.Mode)

  /// The keyboard mode this overlay stands for, when it is one of the editing ones.
  public var mode: AppState.Mode? {
    if case .editing(let mode) = self { mode } else { nil }
  }

  /// Whether a click goes through to the view under it: lists that only show something do; the
  /// help and anything being typed or answered do not.
  var letsTheMouseThrough: Bool {
    switch self {
    case .importProblems, .cardPicker, .roundHistory, .timeline, .sinceLastTime: true
    default: false
    }
  }

  /// Overlays that belong to one screen and close when the facilitator leaves it.
  var screen: Screen? {
    switch self {
    case .cardPicker, .roundHistory: .dilemma
    default: nil
    }
  }
}

extension AppState {
  /// What Esc closes, what the keys act on and what is drawn last; nil when nothing is open.
  public var topOverlay: Overlay? { overlays.last }

  /// Whether the help is open (it covers the view, and brings the key bar back on the wall).
  public var showsHelp: Bool {
    overlays.contains { if case .help = $0 { true } else { false } }
  }

  /// The keyboard mode as the editing code reads and sets it: the editing overlay on top, or
  /// browsing. Setting a mode replaces an editing overlay on top (a picker that leads to a
  /// prompt) or opens one; setting browsing closes it.
  public var mode: Mode {
    get { topOverlay?.mode ?? .browsing }
    set {
      if topOverlay?.mode != nil { overlays.removeLast() }
      if newValue != .browsing { overlays.append(.editing(newValue)) }
    }
  }

  /// Opens `overlay` over whatever is open.
  mutating func open(_ overlay: Overlay) {
    overlays.append(overlay)
  }

  /// Replaces the top overlay, for a cursor or a page that moves inside it.
  mutating func replaceTop(with overlay: Overlay) {
    guard !overlays.isEmpty else { return }
    overlays[overlays.count - 1] = overlay
  }

  /// Esc: closes what is on top. A score edit puts the scores back and a person form is
  /// cancelled as a whole; with no overlay open, the card or projection the wall shows closes.
  mutating func closeTop() {
    guard let top = overlays.popLast() else {
      closeWallView()
      return
    }
    switch top {
    case .editing(.editingScores):
      document.discardStep()
    case .editing(.editingPerson(let form)):
      overlays.append(top)
      cancelPerson(form)
    case .editing(.confirmingOverwrite(let overwrite)):
      notice = Message(.uiOverwriteDeclined, ["path": overwrite.path])
    default: break
    }
  }

  /// Closes the extra view of the screen on the wall: the role-play card, the legal-form card,
  /// the comfort projection or overview.
  mutating func closeWallView() {
    switch wall.screen {
    case .dilemma: wall.rolePlay = nil
    case .impasse:
      wall.legalForm = nil
      wall.comfortView = .list
    case .team, .group, .sessions: break
    }
  }

  /// Leaving a screen closes what belongs to it, so no hidden list is left to take the keys.
  mutating func closeOverlays(leaving previous: Screen) {
    guard wall.screen != previous else { return }
    overlays.removeAll { $0.screen == previous }
  }
}
