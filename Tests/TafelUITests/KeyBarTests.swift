import TafelCore
import Testing

@testable import TafelUI

/// The key bar at 80 columns keeps what matters most and says where the rest is: the screen's
/// own keys, the wall's while one is connected, a way to the other screens, `?` always last;
/// never half of the screen keys, and a click lands on the key drawn under it.
@Suite struct KeyBarTests {
  struct Case: CustomStringConvertible {
    var screen: Screen
    var walls: Int
    var room: Bool
    var description: String { "\(screen) walls \(walls)\(room ? " room" : "")" }
  }

  static let cases: [Case] = [Screen.team, .group, .impasse, .dilemma, .sessions].flatMap {
    screen in
    [0, 1].flatMap { walls in [false, true].map { Case(screen: screen, walls: walls, room: $0) } }
  }

  static func state(_ setting: Case) throws -> AppState {
    var state = try UIFixtures.demo()
    _ = reduce(&state, .show(setting.screen))
    state.wallsConnected = setting.walls
    if setting.room { state.room.status = .open(url: "http://10.0.0.2:8737", code: "ABCDE") }
    return state
  }

  static func bar(_ state: AppState, width: Int) -> String {
    ScreenRenderer.render(
      state, size: Size(width: width, height: width == 80 ? 24 : 36),
      context: UIFixtures.context()
    ).rowText(width == 80 ? 23 : 35)
  }

  @Test(arguments: cases)
  func atEightyColumnsTheBarKeepsWhatMattersAndHelpLast(_ setting: Case) throws {
    let state = try Self.state(setting)
    let bar = Self.bar(state, width: 80)
    #expect(bar.trimmingCharacters(in: .whitespaces).hasSuffix("? hulp"), "\(setting): \(bar)")
    // The screen's first two keys always; each of its others unless it could not fit (with a
    // wall, the blank key goes before them).
    let own = KeyMap.barBindings(for: state).filter { $0.scope != .global && $0.scope != .wall }
    let used = DisplayWidth.of(String(bar.reversed().drop { $0 == " " }.reversed()))
    for (index, binding) in own.enumerated() {
      let (key, label) = KeyBarView.label(for: binding, state, UIFixtures.context())
      let width = DisplayWidth.of(key) + 1 + DisplayWidth.of(label)
      guard index >= 2 else {
        #expect(bar.contains(key + " " + label), "\(setting): \(label) missing from \(bar)")
        continue
      }
      #expect(
        bar.contains(key + " " + label) || used + 2 + width > 80,
        "\(setting): \(label) missing from \(bar)")
    }
    if setting.walls > 0 { #expect(bar.contains("b zwart"), "\(setting): \(bar)") }
    // The other screens: all five by name, or the five in one; never some of them.
    let named = ["1 Team", "2 Groep", "3 Impasse", "4 Dilemma", "5 Sessies"].filter {
      bar.contains($0)
    }
    #expect(named.isEmpty || named.count == 5, "\(setting): \(bar)")
    if setting.screen != .sessions {
      #expect(named.count == 5 || bar.contains("1-5 schermen"), "\(setting): \(bar)")
    }
  }

  /// A frozen wall is released with F or sent the current view with W: both in the bar.
  @Test(arguments: [Screen.team, .group, .impasse, .dilemma])
  func aFrozenWallsKeysAreInTheBarAtEightyColumns(_ screen: Screen) throws {
    var state = try Self.state(Case(screen: screen, walls: 1, room: false))
    _ = reduce(&state, .toggleFreeze)
    let bar = Self.bar(state, width: 80)
    for key in ["b zwart", "F bevriezen", "W naar muur", "? hulp"] {
      #expect(bar.contains(key), "\(screen): \(bar)")
    }
  }

  @Test(arguments: cases)
  func atAHundredAndTwentyColumnsTheScreensAreNamed(_ setting: Case) throws {
    let bar = Self.bar(try Self.state(setting), width: 120)
    #expect(bar.trimmingCharacters(in: .whitespaces).hasSuffix("? hulp"), "\(setting): \(bar)")
    let named = ["1 Team", "2 Groep", "3 Impasse", "4 Dilemma", "5 Sessies"].filter {
      bar.contains($0)
    }
    #expect(named.isEmpty || named.count == 5, "\(setting): \(bar)")
  }

  /// A click on the bar does what is drawn under it, at any width.
  @Test(arguments: cases)
  func aClickOnTheBarDoesWhatIsDrawnThere(_ setting: Case) throws {
    let state = try Self.state(setting)
    for width in [80, 120] {
      let size = Size(width: width, height: width == 80 ? 24 : 36)
      let bar = Self.bar(state, width: width)
      guard let help = bar.range(of: "? hulp") else {
        Issue.record("\(setting): no help in \(bar)")
        continue
      }
      let column = bar.distance(from: bar.startIndex, to: help.lowerBound)
      let action = MouseMap.action(
        x: column + 2, y: size.height - 1, button: .left, state: state, size: size,
        context: UIFixtures.context())
      #expect(action == .toggleHelp, "\(setting) at \(width): \(bar)")
    }
  }
}
