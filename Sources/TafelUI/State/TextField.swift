/// A one-line text input: the text and a cursor that moves by whole characters, so "ë" and "Ç"
/// are one step and one backspace. Every edit costs the same however long the text is: the byte
/// count is kept as the text changes, not recounted.
public struct TextField: Equatable, Sendable {
  public private(set) var text: [Character]
  /// The cursor's position: 0 is before the first character, `text.count` after the last.
  public private(set) var cursor: Int
  /// The UTF-8 length of `text`, kept up to date by every edit.
  private var byteCount: Int
  /// How many characters have had their bytes counted: the work a test can hold to one per key.
  private(set) var charactersMeasured = 0

  /// Far below the longest text a workshop file may hold (1 MB), so what is typed or pasted
  /// always saves into a file that loads again; a page of notes is some 3,000 characters.
  public static let maximumLength = 20_000
  /// Letters with many combining marks are many bytes each; this keeps any field far below 1 MB.
  public static let maximumBytes = 200_000

  public init(_ text: String = "") {
    self.text = Array(text)
    cursor = self.text.count
    byteCount = text.utf8.count
  }

  public static func == (lhs: TextField, rhs: TextField) -> Bool {
    lhs.cursor == rhs.cursor && lhs.text == rhs.text
  }

  public var value: String { String(text) }

  public mutating func insert(_ character: Character) {
    charactersMeasured += 1
    let bytes = character.utf8.count
    guard !character.isNewline, text.count < Self.maximumLength,
      byteCount + bytes <= Self.maximumBytes
    else { return }
    text.insert(character, at: cursor)
    byteCount += bytes
    cursor += 1
  }

  public mutating func insert(_ string: String) {
    for character in string { insert(character) }
  }

  public mutating func deleteBackward() {
    guard cursor > 0 else { return }
    byteCount -= text.remove(at: cursor - 1).utf8.count
    cursor -= 1
  }

  public mutating func deleteForward() {
    guard cursor < text.count else { return }
    byteCount -= text.remove(at: cursor).utf8.count
  }

  public mutating func moveLeft() { cursor = max(0, cursor - 1) }
  public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
  public mutating func moveHome() { cursor = 0 }
  public mutating func moveEnd() { cursor = text.count }
}
