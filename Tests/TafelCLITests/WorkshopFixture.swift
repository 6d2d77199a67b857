import Testing

/// A small, sound workshop file written by hand, one value per line where it matters, so that a
/// test can break one place and know the line and column the error must name.
enum WorkshopFixture {
  static let sound = """
    {
      "schemaVersion": 1,
      "title": "Alliantie Test",
      "language": "en",
      "organisations": [
        {
          "id": "gemeente", "name": "Gemeente Test", "shortName": "Gemeente",
          "kind": "municipality"
        },
        {
          "id": "welzijn", "name": "Welzijn Test", "shortName": "Welzijn",
          "kind": "welfare"
        }
      ],
      "participants": [
        {
          "id": "anna",
          "name": "Anna de Boer",
          "organisation": "gemeente",
          "role": "adviseur",
          "scores": { "yellow": 60, "green": 50, "orange": 40, "blue": 30, "red": 20, "purple": 10 }
        },
        {
          "id": "bram",
          "name": "Bram Ünal",
          "organisation": "welzijn",
          "role": "teamleider",
          "scores": { "yellow": 35, "green": 40, "orange": 52, "blue": 70, "red": 45, "purple": 38 }
        }
      ]
    }

    """

  /// The sound fixture with each `(old, new)` replaced once; records an issue when `old` is not
  /// in the text, so a fixture edit cannot silently turn a test into a no-op.
  static func sound(
    replacing replacements: (String, String)..., sourceLocation: SourceLocation = #_sourceLocation
  ) -> String {
    var text = sound
    for (old, new) in replacements {
      guard let range = text.range(of: old) else {
        Issue.record("fixture lacks \(old)", sourceLocation: sourceLocation)
        continue
      }
      text.replaceSubrange(range, with: new)
    }
    return text
  }
}
