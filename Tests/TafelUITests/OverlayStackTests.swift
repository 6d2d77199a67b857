import TafelCore
import Testing

@testable import TafelUI

/// Esc closes what is on top. Driven by keys through the key map and read off the screen, so the
/// tests say what the facilitator sees, whatever the state looks like inside.
@Suite struct OverlayStackTests {
  static let size = Size(width: 120, height: 36)

  func press(_ state: inout AppState, _ keys: [Key]) {
    for key in keys {
      if let action = KeyMap.action(for: key, in: state) { _ = reduce(&state, action) }
    }
  }

  func screen(_ state: AppState) -> String {
    let grid = ScreenRenderer.render(state, size: Self.size, context: UIFixtures.context())
    return grid.dump.components(separatedBy: "--- styles")[0]
  }

  func text(_ key: StringKey) -> String {
    UIFixtures.content.strings.text(key, [:], in: .nl)
  }

  var helpTitle: String { text(.uiHelpTitle) }
  var rolePlay: String { text(.uiRolePlay).uppercased() }

  @Test func escapeClosesHelpOpenedOverARolePlayCardAndLeavesTheCard() throws {
    var state = try ReducerTests.demoState()
    press(&state, [.character("4"), .character("R"), .character("?")])
    #expect(screen(state).contains(helpTitle))
    press(&state, [.escape])
    let shown = screen(state)
    #expect(!shown.contains(helpTitle))
    #expect(shown.contains(rolePlay))
    press(&state, [.escape])
    #expect(!screen(state).contains(rolePlay))
  }

  @Test func escapeClosesHelpOpenedOverTheCardPickerAndLeavesThePicker() throws {
    var state = try ReducerTests.demoState()
    press(&state, [.character("4"), .character("K"), .character("?")])
    #expect(screen(state).contains(helpTitle))
    press(&state, [.escape])
    let shown = screen(state)
    #expect(!shown.contains(helpTitle))
    #expect(shown.contains(text(.uiChooseCard)))
    press(&state, [.escape])
    #expect(!screen(state).contains(text(.uiChooseCard)))
  }

  @Test func escapeClosesASaveAsPromptOpenedOverARolePlayCardAndLeavesTheCard() throws {
    var state = try ReducerTests.demoState()
    press(&state, [.character("4"), .character("R"), .character("S")])
    #expect(screen(state).contains(text(.uiPromptSaveAs)))
    press(&state, [.escape])
    let shown = screen(state)
    #expect(!shown.contains(text(.uiPromptSaveAs)))
    #expect(shown.contains(rolePlay))
  }

  @Test func escapeClosesHelpOpenedOverTheImportProblemsAndLeavesThem() throws {
    var state = try ReducerTests.demoState()
    _ = reduce(&state, .sheetRead(path: "/tmp/sheet.csv", result: .refused(["regel 7: kapot"])))
    #expect(screen(state).contains("regel 7: kapot"))
    press(&state, [.character("?"), .escape])
    let shown = screen(state)
    #expect(!shown.contains(helpTitle))
    #expect(shown.contains("regel 7: kapot"))
  }

  @Test func escapeClosesHelpOpenedOverALegalFormCardAndLeavesTheCard() throws {
    var state = try ReducerTests.demoState()
    press(&state, [.character("3"), .right, .right])
    let topics = screen(state)
    press(&state, [.character("l")])
    let card = screen(state)
    #expect(card != topics)
    press(&state, [.character("?")])
    #expect(screen(state).contains(helpTitle))
    press(&state, [.escape])
    #expect(screen(state) == card)
  }

  @Test func theOverwriteQuestionOpensOnTopAndEscapeAnswersItFirst() throws {
    var state = try ReducerTests.demoState()
    _ = reduce(&state, .sheetRead(path: "x.csv", result: .refused(["regel 2: leeg"])))
    let overwrite = AppState.Overwrite(
      path: "/tmp/kopie.json", purpose: .saveAs, existing: Message(.uiPromptSaveAs))
    _ = reduce(&state, .askOverwrite(overwrite))
    #expect(KeyMap.scopes(for: state) == [.confirmation])
    press(&state, [.escape])
    #expect(
      state.overlays == [.importProblems(ImportProblems(path: "x.csv", lines: ["regel 2: leeg"]))])
    #expect(state.notice == Message(.uiOverwriteDeclined, ["path": "/tmp/kopie.json"]))
  }

  @Test func leavingTheDilemmaClosesItsHistorySoNoHiddenListTakesTheKeys() throws {
    var state = try ReducerTests.demoState()
    press(&state, [.character("4"), .character("H")])
    #expect(state.topOverlay == .roundHistory)
    press(&state, [.character("1")])
    #expect(state.overlays.isEmpty)
    #expect(KeyMap.action(for: .escape, in: state) == nil)
    #expect(KeyMap.action(for: .down, in: state) == .moveSelection(1))
  }

  @Test func theModeIsTheEditingOverlayOnTop() throws {
    var state = try ReducerTests.demoState()
    press(&state, [.character("?")])
    #expect(state.mode == .browsing)
    press(&state, [.escape, .character("a")])
    guard case .enteringText = state.mode else {
      Issue.record("a name prompt should be open, not \(state.overlays)")
      return
    }
    press(&state, [.escape])
    #expect(state.overlays.isEmpty)
  }

  @Test func aQuestionThatArrivesWhileTheHelpIsOpenIsShownOverIt() throws {
    var state = try ReducerTests.demoState()
    press(&state, [.character("?")])
    let overwrite = AppState.Overwrite(
      path: "/tmp/kopie.json", purpose: .saveAs, existing: Message(.uiPromptSaveAs))
    _ = reduce(&state, .askOverwrite(overwrite))
    #expect(screen(state).contains("/tmp/kopie.json"))
    press(&state, [.escape])
    #expect(screen(state).contains(helpTitle))
    #expect(!screen(state).contains("/tmp/kopie.json"))
  }
}
