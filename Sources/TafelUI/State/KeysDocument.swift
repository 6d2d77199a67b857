import TafelCore

/// `docs/keys.md`, written from the key map so that the document cannot drift from the keys.
public enum KeysDocument {
  public static func markdown(content: Content) -> String {
    var lines = [
      "# Keys", "",
      "Generated from the key map (`Sources/TafelUI/State/KeyMap.swift`); a test fails when this file",
      "is out of date (`SNAPSHOT_RECORD=1 swift test` rewrites it). The bottom bar shows the keys marked ●.",
      "",
    ]
    for scope in KeyScope.allCases {
      let bindings = KeyMap.bindings.filter { $0.scope == scope }
      guard !bindings.isEmpty else { continue }
      lines += [
        "## " + content.strings.text(scope.stringKey, in: .en) + " / "
          + content.strings.text(scope.stringKey, in: .nl),
        "", "| keys | English | Nederlands | bar |", "| --- | --- | --- | --- |",
      ]
      for binding in bindings {
        let keys = binding.keys.map { "`" + KeyNames.name($0, glyphs: .unicode) + "`" }.joined(
          separator: " ")
        lines.append(
          "| \(keys) | \(content.strings.text(binding.label, in: .en)) | \(content.strings.text(binding.label, in: .nl)) | \(binding.inBar ? "●" : "") |"
        )
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  /// The KEYS section of the manual page, in mdoc: `scripts/release.sh` puts it into the page
  /// swift-argument-parser generates. ASCII key names, so any pager shows them.
  public static func manualSection(content: Content) -> String {
    var lines = [
      ".Sh KEYS",
      "The full-screen interface shows the most used keys in its bottom bar and all of them under",
      ".Sy \\&? .",
    ]
    for scope in KeyScope.allCases {
      let bindings = KeyMap.bindings.filter { $0.scope == scope }
      guard !bindings.isEmpty else { continue }
      lines += [
        ".Ss " + manualText(content.strings.text(scope.stringKey, in: .en)),
        ".Bl -tag -width 16n -compact",
      ]
      for binding in bindings {
        let keys = binding.keys.map { "\\&" + manualText(KeyNames.name($0, glyphs: .ascii)) }
        lines += [
          ".It " + keys.joined(separator: " , "),
          "\\&" + manualText(content.strings.text(binding.label, in: .en)),
        ]
      }
      lines.append(".El")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// mdoc reads a backslash as an escape and a quote as an argument delimiter.
  private static func manualText(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "\"", with: "\\(dq")
  }
}
