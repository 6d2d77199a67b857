import Foundation
import TafelCore

/// Choosing one item from a list that narrows as the facilitator types: a topic for a comfort
/// need, the organisation a new need belongs to. The list is on screen, so nothing is chosen blind.
public struct Picker: Equatable, Sendable {
  public enum Purpose: Equatable, Sendable {
    /// The formalisation topic a comfort need belongs to.
    case needTopic(needID: String)
    /// The organisation whose comfort need is typed next.
    case newNeedOrganisation
    /// Who does an action: a participant (`p:` id), an organisation (`o:` id) or nobody yet.
    case actionOwner(number: Int)
    /// The formalisation topic a decision settles.
    case decisionTopic(number: Int)
  }

  /// One choice; `id` nil is "none" (no topic), which the view names.
  public struct Option: Equatable, Sendable {
    public var id: String?
    public var label: String

    public init(id: String?, label: String) {
      self.id = id
      self.label = label
    }
  }

  public var purpose: Purpose
  public var options: [Option]
  public var filter = TextField()
  /// The row among `matches` the cursor is on.
  public var cursor = 0

  public init(purpose: Purpose, options: [Option], selectedID: String? = nil) {
    self.purpose = purpose
    self.options = options
    cursor = options.firstIndex { $0.id == selectedID } ?? 0
  }

  /// The options whose label contains what was typed, ignoring case and accents ("coop" finds
  /// "Coöperatie"); "none" only while nothing is typed.
  public var matches: [Option] {
    let query = Self.folded(filter.value.trimmingCharacters(in: .whitespaces))
    guard !query.isEmpty else { return options }
    return options.filter { $0.id != nil && Self.folded($0.label).contains(query) }
  }

  public var chosen: Option? {
    let matches = matches
    return matches.indices.contains(cursor) ? matches[cursor] : nil
  }

  mutating func move(by delta: Int) {
    cursor = min(max(0, cursor + delta), max(0, matches.count - 1))
  }

  mutating func edit(_ edit: TextEdit) {
    filter.apply(edit)
    cursor = 0
  }

  static func folded(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
