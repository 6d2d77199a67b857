import Testing

@testable import TafelUI

@Suite struct TextFieldTests {
  @Test func dutchLettersAreOneStepEachForCursorAndBackspace() {
    var field = TextField("Çelik")
    field.moveLeft()
    field.deleteBackward()
    #expect(field.value == "Çelk")
    field.moveHome()
    field.deleteForward()
    #expect(field.value == "elk")
  }

  @Test func aPasteStopsAtTheMaximumSoTheFileStillLoads() {
    var field = TextField("begin ")
    field.insert(String(repeating: "ë", count: TextField.maximumLength))
    #expect(field.text.count == TextField.maximumLength)
    #expect(field.value.hasPrefix("begin ë"))
    field.deleteBackward()
    field.insert("x")
    field.insert("y")
    #expect(field.value.hasSuffix("ëx"))
    // The longest field, in the widest letters, stays far below what a workshop file may hold.
    #expect(field.value.utf8.count * 2 < 1_048_576)
  }

  @Test func lettersLadenWithMarksStopAtTheByteLimit() {
    var field = TextField()
    let laden = Character("e" + String(repeating: "\u{0301}", count: 30))
    for _ in 0..<20_000 { field.insert(laden) }
    #expect(field.value.utf8.count <= TextField.maximumBytes)
    #expect(field.value.utf8.count > TextField.maximumBytes - 100)
  }
}

@Suite struct TextFieldWorkTests {
  /// A long note must not make each key slower: a key measures only the character it adds,
  /// never the text that is already there.
  @Test func eachKeyMeasuresOnlyItsOwnCharacter() {
    var field = TextField(String(repeating: "ë", count: 5_000))
    let before = field.charactersMeasured
    for _ in 0..<1_000 { field.insert("a") }
    field.moveHome()
    for _ in 0..<1_000 { field.insert("é") }
    #expect(field.charactersMeasured - before == 2_000)
    #expect(field.value.utf8.count == 5_000 * 2 + 1_000 + 1_000 * 2)
  }

  @Test func theByteLimitStillHoldsAfterDeletes() {
    let laden = String(Character("e" + String(repeating: "\u{0301}", count: 30)))
    var field = TextField(String(repeating: laden, count: 3_278))
    #expect(field.value.utf8.count == 199_958)
    for _ in 0..<22 { field.insert("ë") }
    #expect(field.value.utf8.count == TextField.maximumBytes)
    field.moveHome()
    field.deleteForward()
    for _ in 0..<40 { field.insert("ë") }
    #expect(field.value.utf8.count == TextField.maximumBytes - 1)
    field.insert("a")
    #expect(field.value.utf8.count == TextField.maximumBytes)
  }

  /// Typing through the reducer edits the text in place: copying it on every key made a key in a
  /// long note cost as much as the note.
  @Test func typingThroughTheReducerDoesNotCopyTheText() throws {
    var state = try ReducerTests.demoState()
    state.mode = .enteringText(
      TextEntry(purpose: .saveAs, text: String(repeating: "n", count: 5_000)))
    func storage() -> UInt {
      guard case .enteringText(let entry) = state.mode else { return 0 }
      return entry.field.text.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
    }
    var moves = 0
    var last = storage()
    for _ in 0..<100 {
      _ = reduce(&state, .text(.insert("x")))
      let now = storage()
      if now != last { moves += 1 }
      last = now
    }
    // Growing the array moves it a few times; a copy per key would move it every time.
    #expect(moves <= 3)
    guard case .enteringText(let entry) = state.mode else {
      Issue.record("the field closed")
      return
    }
    #expect(entry.field.value.count == 5_100)
  }
}
