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
