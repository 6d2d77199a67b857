import Foundation

/// Readable, stable identifiers made from names, such as "anouk-hoevenaars" from "Anouk Hoëvenaars".
public enum Slug {
  /// A lower-case ASCII slug of `name`: accents folded, letters and digits kept, everything
  /// else collapsed into single hyphens. Never empty.
  public static func make(from name: String) -> String {
    let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    var slug = ""
    var pendingHyphen = false
    for character in folded {
      if character.isASCII, character.isLetter || character.isNumber {
        if pendingHyphen, !slug.isEmpty { slug.append("-") }
        slug.append(character)
        pendingHyphen = false
      } else {
        pendingHyphen = true
      }
    }
    return slug.isEmpty ? "x" : slug
  }

  /// `make(from:)`, with "-2", "-3", … appended until it is not in `taken`.
  public static func unique(from name: String, avoiding taken: Set<String>) -> String {
    let base = make(from: name)
    guard taken.contains(base) else { return base }
    var counter = 2
    while taken.contains("\(base)-\(counter)") { counter += 1 }
    return "\(base)-\(counter)"
  }
}
