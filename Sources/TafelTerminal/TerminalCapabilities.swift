import CNcursesw
import Synchronization
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// terminfo's `setupterm` sets a process-wide current terminal; two lookups at once would
/// corrupt it.
let terminfoLock = Mutex(())

/// What the terminal on the other end of standard output can show, asked of terminfo without
/// taking the screen over. Command-line output uses it to decide on colours and glyphs.
public struct TerminalCapabilities: Equatable, Sendable {
  /// How many colours the terminal has; 0 when it has none or output is not a terminal.
  public var colours: Int
  /// Whether the locale's character set is UTF-8, so block and box glyphs can be drawn.
  public var unicode: Bool
  /// The terminal's width in columns, when output is a terminal.
  public var columns: Int?

  public init(colours: Int, unicode: Bool, columns: Int? = nil) {
    self.colours = colours
    self.unicode = unicode
    self.columns = columns
  }

  /// Asks the environment: `NO_COLOR` turns colour off, as does output that is not a terminal.
  /// The program must have set its locale (`ProcessLocale.adopt()`) before, once, at start:
  /// setting it here would race with other threads.
  public static func detect(
    environment: [String: String], outputIsTerminal: Bool = isatty(STDOUT_FILENO) != 0
  ) -> TerminalCapabilities {
    let unicode = tafel_locale_is_utf8() != 0
    guard outputIsTerminal else {
      return TerminalCapabilities(colours: 0, unicode: unicode)
    }
    var size = winsize()
    let columns =
      ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
    guard environment["NO_COLOR"].map(\.isEmpty) ?? true,
      let term = environment["TERM"], !term.isEmpty, term != "dumb"
    else { return TerminalCapabilities(colours: 0, unicode: unicode, columns: columns) }
    let colours = terminfoLock.withLock { _ in term.withCString { tafel_terminfo_colours($0) } }
    return TerminalCapabilities(colours: max(0, Int(colours)), unicode: unicode, columns: columns)
  }
}
