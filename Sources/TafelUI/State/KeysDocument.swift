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
}
