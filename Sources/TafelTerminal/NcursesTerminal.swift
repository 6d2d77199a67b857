import CNcursesw
import TafelUI
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real screen and keyboard behind Tafel's full-screen UI: the only code that talks to
/// ncurses. It paints `Grid`s and turns input into `TerminalEvent`s; everything else (layout,
/// themes, key bindings) stays pure and is tested against a fake `Terminal`.
///
/// ```swift
/// let terminal = try NcursesTerminal.start(environment: environment, background: .dark)
/// defer { terminal.stop() }
/// terminal.paint(grid)
/// let event = terminal.nextEvent(timeoutMilliseconds: 100, wakingFor: inbox)
/// ```
///
/// Use it from one thread only: ncurses keeps global state.
public final class NcursesTerminal: Terminal {
  /// The background the UI is shown on; chooses the palette.
  public enum Background: Sendable {
    /// The terminal's own (usually dark) background.
    case dark
    /// A projector theme: dark colours on a white background, whatever the terminal's own.
    case light
  }

  /// How many colours are in use: 0 (monochrome, or `NO_COLOR`), 8, 16 or 256.
  public let colourDepth: Int
  /// Whether the locale is UTF-8; if not, text is transliterated to ASCII before drawing.
  public let unicode: Bool

  /// The current screen size; ncurses updates it on resize.
  public var size: Size {
    guard screen != nil else { return Size(width: 0, height: 0) }
    return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
  }

  /// Nil once stopped: every call after `stop()` does nothing.
  var screen: OpaquePointer?
  let window: UnsafeMutablePointer<WINDOW>
  let palette: ColourPalette
  var pairs: ColourPairs
  /// The descriptor ncurses writes to (a copy of standard output's).
  let output: Int32
  /// Until the first frame is painted.
  var isFirstFrame = true
  private let previousSignalActions: [sigaction]

  private init(
    screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, output: Int32,
    palette: ColourPalette, unicode: Bool, previousSignalActions: [sigaction]
  ) {
    self.screen = screen
    self.window = window
    self.output = output
    self.palette = palette
    self.colourDepth = palette.depth
    self.unicode = unicode
    self.previousSignalActions = previousSignalActions
    let pairZero =
      palette.defaultColours
      ? ColourPairKey(foreground: -1, background: -1)
      : ColourPairKey(foreground: Int16(COLOR_WHITE), background: Int16(COLOR_BLACK))
    pairs = ColourPairs(limit: palette.depth > 0 ? Int(tafel_color_pairs()) : 0, pairZero: pairZero)
  }

  deinit { stop() }

  /// Takes over the terminal: alternate screen, raw keys, mouse, colours.
  ///
  /// Never uses `initscr`, which exits the process on a bad `TERM`; every refusal comes back as
  /// a `TerminalStartError` with the terminal left as it was.
  ///
  /// With a `warmUp` begun for the same environment, its `newterm` is used; without one (or
  /// after it was cancelled) one is begun and taken at once: ncurses is started one way.
  public static func start(
    environment: [String: String], background: Background, warmUp: TerminalWarmUp? = nil
  ) throws(TerminalStartError) -> NcursesTerminal {
    let term = environment["TERM"] ?? ""
    let taken: (screen: OpaquePointer?, output: Int32, previousSignalActions: [sigaction])
    if let early = warmUp?.take() {
      taken = early
    } else {
      guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else { throw .notATerminal }
      ProcessLocale.adopt()
      guard !term.isEmpty else { throw .unknownTerminal(term) }
      guard let now = TerminalWarmUp.begin(term: term)?.take() else { throw .notATerminal }
      taken = now
    }
    let previousSignalActions = taken.previousSignalActions
    guard let screen = taken.screen else {
      SignalWatcher.restore(previousSignalActions)
      throw .unknownTerminal(term)
    }
    guard let window = tafel_stdscr(), hasCursorAddressing() else {
      endwin()
      delscreen(screen)
      SignalWatcher.restore(previousSignalActions)
      throw .noCursorAddressing(term)
    }
    prepareOutput(window)
    SignalWatcher.install()
    configureInput(window)
    let palette = startColours(environment: environment, background: background)
    let terminal = NcursesTerminal(
      screen: screen, window: window, output: taken.output, palette: palette,
      unicode: tafel_locale_is_utf8() != 0, previousSignalActions: previousSignalActions)
    terminal.fillBackground()
    return terminal
  }

  /// The screen's size and whether it shows Unicode, as `start` will most likely find them,
  /// asked without ncurses or terminfo (their set-up may be running on another thread): the
  /// window's size from the kernel (nil when standard output is no terminal) and the locale.
  public static func expected() -> (size: Size?, unicode: Bool) {
    var window = winsize()
    let known =
      ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0 && window.ws_col > 0
      && window.ws_row > 0
    let size = known ? Size(width: Int(window.ws_col), height: Int(window.ws_row)) : nil
    return (size, tafel_locale_is_utf8() != 0)
  }

  /// Gives the terminal back: normal screen, cursor, echo and line mode, and the signal
  /// handlers there were before `start`. Safe to call more than once.
  public func stop() {
    guard let screen else { return }
    self.screen = nil
    SignalWatcher.wakes(-1)
    endwin()
    delscreen(screen)
    SignalWatcher.restore(previousSignalActions)
  }

  /// Gives the terminal back as on quitting, stops the process group as the terminal's own
  /// Ctrl-Z would, and after `fg` takes the terminal again and redraws all of it.
  public func suspend() {
    guard screen != nil else { return }
    endwin()
    var standard = sigaction()
    var ours = sigaction()
    standard.handler = SIG_DFL
    sigemptyset(&standard.sa_mask)
    sigaction(SIGTSTP, &standard, &ours)
    kill(0, SIGTSTP)
    // Here again after `fg`.
    sigaction(SIGTSTP, &ours, nil)
    clearok(window, true)
    wrefresh(window)
  }

  private static func hasCursorAddressing() -> Bool { TerminfoStrings.has("cup") }

  private static func configureInput(_ window: UnsafeMutablePointer<WINDOW>) {
    cbreak()
    noecho()
    nonl()
    keypad(window, true)
    curs_set(0)
    // The default ESCDELAY of one second makes Esc feel broken.
    set_escdelay(25)
    mousemask(TAFEL_ALL_MOUSE_EVENTS, nil)
    // Without this, clicks wait 166 ms to be merged into CLICKED events.
    mouseinterval(0)
    disableFlowControl()
  }

  /// Ctrl-S would otherwise freeze all output until Ctrl-Q (XON/XOFF): a facilitator who presses
  /// it out of habit to save would see a dead screen. Ctrl-\ becomes an ordinary key too.
  /// `def_prog_mode` makes ncurses keep these settings when it gives the terminal back on Ctrl-Z
  /// and takes it again on `fg`.
  private static func disableFlowControl() {
    var modes = termios()
    guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
    modes.c_iflag &= ~tcflag_t(IXON)
    // Ctrl-\ would send SIGQUIT, and the Swift runtime would print a backtrace over the wall.
    // (0 is _POSIX_VDISABLE on Linux: no key matches it.)
    withUnsafeMutableBytes(of: &modes.c_cc) { $0[Int(VQUIT)] = 0 }
    tcsetattr(STDIN_FILENO, TCSANOW, &modes)
    def_prog_mode()
  }

  private static func startColours(
    environment: [String: String], background: Background
  ) -> ColourPalette {
    let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
    guard has_colors(), !noColour else {
      return ColourPalette(depth: 0, background: background, defaultColours: false)
    }
    // Before `start_color`, which then makes pair 0 the terminal's own colours at once. After
    // it, ncurses changes pair 0 and walks the whole screen for cells to redraw in it.
    let defaultColours = use_default_colors() == OK
    guard start_color() == OK else {
      return ColourPalette(depth: 0, background: background, defaultColours: false)
    }
    let colours = tafel_colors()
    let depth = colours >= 256 ? 256 : colours >= 16 ? 16 : colours >= 8 ? 8 : 0
    return ColourPalette(depth: depth, background: background, defaultColours: defaultColours)
  }

  /// Gives the window the palette's default colours, so cleared areas match the UI (white for
  /// the light theme even on a dark terminal).
  private func fillBackground() {
    var blank = cchar_t()
    setcchar(&blank, [wchar_t(32), 0], TAFEL_A_NORMAL, pair(for: .plain).pair, nil)
    wbkgrnd(window, &blank)
    // Filling marks every cell changed, and the first wait for a key (`wget_wch`) would then
    // send a whole screen of background before the first frame: a blank flash, and at 250x70
    // a tenth of the start-up's instructions. The first frame draws every cell anyway.
    untouchwin(window)
  }
}
