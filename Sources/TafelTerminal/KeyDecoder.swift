import CNcursesw
import TafelUI

/// Turns the numbers `get_wch` and `getmouse` report into Tafel's keys and buttons. Pure, so the
/// whole table is unit-tested without a terminal; `NcursesTerminal` only adds the parts that
/// have to ask ncurses again (the new size, the mouse event, whether more bytes follow ESC).
enum KeyDecoder {
  /// What a `KEY_CODE_YES` code stands for.
  enum Special: Hashable {
    case key(Key)
    /// ncurses has already resized the screen; the caller reads the new size.
    case resize
    /// A mouse event waits in ncurses' queue; the caller fetches it with `getmouse`.
    case mouse
  }

  /// Function keys run from KEY_F(1) up to 63 (`KEY_F(n)` is a macro Swift cannot import).
  private static let functionKeys = (KEY_F0 + 1)...(KEY_F0 + 63)

  /// The meaning of a code that came with `KEY_CODE_YES`, or nil for keys Tafel does not use.
  static func special(keyCode: Int32) -> Special? {
    if functionKeys.contains(keyCode) { return .key(.function(Int(keyCode - KEY_F0))) }
    switch keyCode {
    case KEY_RESIZE: return .resize
    case KEY_MOUSE: return .mouse
    default: return namedKeys[keyCode].map(Special.key)
    }
  }

  private static let namedKeys: [Int32: Key] = [
    KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
    KEY_NPAGE: .pageDown, KEY_PPAGE: .pageUp, KEY_HOME: .home, KEY_END: .end,
    KEY_BACKSPACE: .backspace, KEY_DC: .delete, KEY_BTAB: .backTab, KEY_ENTER: .enter,
    // Terminfo names shifted arrows after what they did on old terminals: scroll reverse/forward.
    KEY_SR: .shiftUp, KEY_SF: .shiftDown, KEY_SLEFT: .shiftLeft, KEY_SRIGHT: .shiftRight,
  ]

  /// The key for a character `get_wch` returned with `OK`. ESC (27) decodes as `.escape`; the
  /// caller first checks that it was not the start of a sequence ncurses did not recognise.
  static func key(character value: UInt32) -> Key? {
    switch value {
    case 10, 13: return .enter
    case 9: return .tab
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26: return Unicode.Scalar(value + 96).map { .control(Character($0)) }
    case 0, 28...31: return Unicode.Scalar(value + 64).map { .control(Character($0)) }
    case 128..<160: return nil
    default: return Unicode.Scalar(value).map { .character(Character($0)) }
    }
  }

  /// The button for a mouse event's state, or nil for releases and buttons Tafel ignores. With
  /// `mouseinterval(0)` a click arrives as a press; CLICKED is kept for terminals that merge.
  static func button(state: mmask_t) -> MouseButton? {
    if state & (TAFEL_BUTTON1_PRESSED | TAFEL_BUTTON1_CLICKED) != 0 { return .left }
    if state & TAFEL_BUTTON4_PRESSED != 0 { return .wheelUp }
    if state & TAFEL_BUTTON5_PRESSED != 0 { return .wheelDown }
    return nil
  }
}
