import TafelCore

/// The look of the screen by role. Views ask for a role ("a selected row", "a yellow bar"); the
/// theme decides colours and attributes. Monochrome keeps only bold, reverse, underline and dim,
/// so nothing depends on colour alone.
public struct Theme: Equatable, Sendable {
  public enum Kind: String, CaseIterable, Sendable {
    /// Light text on the terminal's own (usually dark) background.
    case dark
    /// Black on white, for projectors that wash out dark backgrounds: no grey, and drive
    /// colours apart in lightness as well as hue.
    case light
    /// No colour at all: for NO_COLOR and terminals without colour.
    case monochrome
  }

  public var kind: Kind
  /// Projector mode: no grey text and no thin grey borders, which a projector washes out.
  public var highContrast = false

  public init(_ kind: Kind, highContrast: Bool = false) {
    self.kind = kind
    self.highContrast = highContrast
  }

  private var base: Style {
    kind == .light ? Style(foreground: .black, background: .white) : .plain
  }

  private func with(_ change: (inout Style) -> Void) -> Style {
    var style = base
    change(&style)
    return style
  }

  public var normal: Style { base }
  public var title: Style { with { $0.bold = true } }
  public var heading: Style { with { $0.bold = true } }
  /// Grey lines and text only on the dark theme: the light theme is for projectors, which wash
  /// grey out on white (242 all but vanished), so there they stay black.
  public var border: Style {
    with { if kind == .dark, !highContrast { $0.foreground = .grey } }
  }
  public var dim: Style {
    with {
      if highContrast { return }
      switch kind {
      case .dark: $0.foreground = .grey
      case .light: break
      case .monochrome: $0.dim = true
      }
    }
  }
  public var selected: Style { with { $0.reverse = true } }
  public var header: Style {
    with {
      $0.reverse = true
      $0.bold = true
    }
  }
  public var keyName: Style { with { $0.bold = true } }
  public var warning: Style {
    with {
      $0.bold = true
      if kind == .monochrome { $0.underline = true } else { $0.foreground = .drive(.red) }
    }
  }
  public var good: Style {
    with { if kind != .monochrome { $0.foreground = .drive(.green) } }
  }
  public var input: Style { with { $0.underline = true } }
  public var cursor: Style { with { $0.reverse = true } }

  /// A bar in a drive colour. Without colour, bars differ by their letter, which every bar
  /// carries.
  public func bar(_ colour: DriveColour) -> Style {
    with { if kind != .monochrome { $0.foreground = .drive(colour) } }
  }

  public func barLetter(_ colour: DriveColour) -> Style {
    with {
      $0.bold = true
      if kind != .monochrome { $0.foreground = .drive(colour) }
    }
  }
}
