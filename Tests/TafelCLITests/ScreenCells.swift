/// One character on a tmux screen with how it looks, read from `capture-pane -e`.
struct ScreenCell: Equatable, CustomStringConvertible {
  var character: Character
  var bold = false
  var dim = false
  var underline = false
  var reverse = false
  /// The SGR parameters of the colour ("5;33", "31"), nil for the terminal's own.
  var foreground: String?
  var background: String?
  /// Parameters this reader does not know, kept so they are compared too.
  var other: [String] = []

  var description: String {
    var marks = [bold ? "b" : "", dim ? "d" : "", underline ? "u" : "", reverse ? "r" : ""]
      .joined()
    if let foreground { marks += " f\(foreground)" }
    if let background { marks += " g\(background)" }
    if !other.isEmpty { marks += " ?\(other.joined(separator: ","))" }
    return marks.isEmpty ? String(character) : "\(character)[\(marks)]"
  }

  /// The cell as it can be seen: a space shows nothing of its foreground, boldness or dimness,
  /// so those are left out (ncurses erases with the background alone, and tmux then keeps no
  /// foreground for the cell).
  var visible: ScreenCell {
    guard character == " ", !reverse, !underline else { return self }
    var cell = self
    cell.foreground = nil
    cell.bold = false
    cell.dim = false
    return cell
  }

  static let blank = ScreenCell(character: " ")

  /// Each row's cells, as seen, without the blanks that end it. Digits on the first row (the
  /// clock) become "#".
  static func rows(of captured: String) -> [[ScreenCell]] {
    captured.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
      index, line in
      var cells = parse(line).map(\.visible)
      if index == 0 {
        for column in cells.indices where cells[column].character.isNumber {
          cells[column].character = "#"
        }
      }
      while cells.last == .blank { cells.removeLast() }
      return cells
    }
  }

  private static func parse(_ line: Substring) -> [ScreenCell] {
    var cells: [ScreenCell] = []
    var pen = ScreenCell(character: " ")
    var characters = line.makeIterator()
    while let character = characters.next() {
      guard character == "\u{1B}" else {
        pen.character = character
        cells.append(pen)
        continue
      }
      var sequence = ""
      while let next = characters.next(), next != "m" { sequence.append(next) }
      apply(sequence.hasPrefix("[") ? String(sequence.dropFirst()) : sequence, to: &pen)
    }
    return cells
  }

  private static func apply(_ sequence: String, to pen: inout ScreenCell) {
    var parameters = sequence.split(separator: ";", omittingEmptySubsequences: false).map(
      String.init)
    if parameters.isEmpty { parameters = ["0"] }
    var index = 0
    while index < parameters.count {
      let parameter = parameters[index]
      index += 1
      switch Int(parameter) ?? 0 {
      case 0: pen = ScreenCell(character: " ")
      case 1: pen.bold = true
      case 2: pen.dim = true
      case 4: pen.underline = true
      case 7: pen.reverse = true
      case 22: (pen.bold, pen.dim) = (false, false)
      case 24: pen.underline = false
      case 27: pen.reverse = false
      case 30...37, 90...97: pen.foreground = parameter
      case 39: pen.foreground = nil
      case 40...47, 100...107: pen.background = parameter
      case 49: pen.background = nil
      case 38, 48:
        let count = parameters.dropFirst(index).first == "2" ? 4 : 2
        let colour = parameters.dropFirst(index).prefix(count).joined(separator: ";")
        index += count
        if parameter == "38" { pen.foreground = colour } else { pen.background = colour }
      default: pen.other.append(parameter)
      }
    }
  }
}
