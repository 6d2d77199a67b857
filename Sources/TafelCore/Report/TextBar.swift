/// A horizontal bar for a score from 0 to 100, drawn in text: eighth blocks where the terminal
/// speaks UTF-8, `#` otherwise.
public enum TextBar {
  public static func draw(value: Double, width: Int, unicode: Bool) -> String {
    guard width > 0 else { return "" }
    let clamped = min(max(value, 0), 100)
    let eighths = Int((clamped / 100 * Double(width * 8)).rounded())
    if !unicode {
      let full = (eighths + 4) / 8
      return String(repeating: "#", count: full) + String(repeating: " ", count: width - full)
    }
    let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    let full = eighths / 8
    let partial = partials[eighths % 8]
    let used = full + (partial.isEmpty ? 0 : 1)
    return String(repeating: "█", count: full) + partial
      + String(repeating: " ", count: max(0, width - used))
  }
}
