import TafelCore
import TafelLink
import TafelUI

/// What the wall's terminal shows for what its client has: the picture, the waiting screen,
/// a refusal in plain words, and the calm lines along the bottom (the link is lost; keys go to
/// the laptop). Pure: the wall's status in, a grid out.
enum WallPicture {
  static func draw(
    _ status: WallClient.Status, size: Size, context: RenderContext, file: String?, hint: Bool
  ) -> Grid {
    let theme = context.theme
    let strings = context.content.strings
    let language = context.language
    var grid = Grid(size: size, style: theme.normal)
    var lines: [(String, Style)] = []
    switch (status.link, status.view) {
    case (.refused(let message), _):
      lines = [(strings.text(message, in: language), theme.warning)]
    case (_, let view?):
      lines = plainLines(view, context: context)
    case (_, nil):
      lines = [
        ("Tafel", theme.title), ("", theme.normal),
        (
          file.map { strings.text(Message(.linkWaitingFor, ["file": $0]), in: language) }
            ?? strings.text(Message(.linkWaitingAny, [:]), in: language), theme.normal
        ),
      ]
    }
    var y = max(0, (size.height - lines.count) / 2)
    for (text, style) in lines {
      let shown = String(text.prefix(max(0, size.width - 2)))
      grid.write(shown, x: max(0, (size.width - DisplayWidth.of(shown)) / 2), y: y, style: style)
      y += 1
    }
    var bottom: [String] = []
    if status.link == .lost { bottom.append(strings.text(Message(.linkLost, [:]), in: language)) }
    if hint { bottom.append(strings.text(Message(.linkQuitHint, [:]), in: language)) }
    for (offset, text) in bottom.reversed().enumerated() {
      let row = size.height - 1 - offset
      let shown = String(text.prefix(max(0, size.width - 2)))
      grid.write(
        shown, x: max(0, (size.width - DisplayWidth.of(shown)) / 2), y: row, style: theme.header)
    }
    return grid
  }

  /// Until the wall renderer draws it properly: the title and which screen is up.
  private static func plainLines(_ view: WallView, context: RenderContext) -> [(String, Style)] {
    guard let page = view.page else { return [] }
    let theme = context.theme
    var lines: [(String, Style)] = [(page.title, theme.title), ("", theme.normal)]
    switch page.screen {
    case .team: lines.append(("Team", theme.normal))
    case .group: lines.append(("Groep", theme.normal))
    case .impasse: lines.append(("Impasse", theme.normal))
    case .dilemma(.round(let round)):
      lines.append(("\(round.number). \(round.title)", theme.normal))
      switch round.stage {
      case .card: lines.append(("kaart", theme.normal))
      case .collecting(let answered, let of):
        lines.append(("\(answered) van \(of.map(String.init) ?? "?")", theme.normal))
      case .reveal(let results):
        for result in results { lines.append(("\(result.option): \(result.count)", theme.normal)) }
      case .discussion: lines.append(("gesprek", theme.normal))
      }
    case .dilemma: lines.append(("Dilemma", theme.normal))
    }
    return lines
  }
}
