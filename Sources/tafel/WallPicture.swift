import TafelCore
import TafelLink
import TafelUI

/// What the wall's terminal shows for what its client has: the picture (drawn by
/// `WallRenderer` from the `WallView` alone), the waiting screen with the command that brings
/// the facilitator's side up, a refusal in plain words, the calm line when the link is lost,
/// a line when a picture from Tafel could not be read, and for a while after a key (and at
/// start) the line that says keys belong on the laptop. Pure: the wall's status in, a grid out.
enum WallPicture {
  static func draw(
    _ status: WallClient.Status, size: Size, context: RenderContext, file: String?, hint: Bool
  ) -> Grid {
    let strings = context.content.strings
    let language = context.language
    var grid: Grid
    switch (status.link, status.view) {
    case (.refused(let message), _):
      grid = Grid(size: size, style: context.theme.normal)
      let lines = TextWrap.lines(strings.text(message, in: language), width: max(1, size.width - 4))
      var y = max(0, (size.height - lines.count) / 2)
      for line in lines {
        grid.write(
          line, x: max(0, (size.width - DisplayWidth.of(line)) / 2), y: y,
          style: context.theme.warning)
        y += 1
      }
      return grid
    case (let link, let view?):
      grid = WallRenderer.render(
        view, size: size, context: context, connection: link == .lost ? .lost : .live)
    case (.lost, nil):
      grid = WallRenderer.render(.blank, size: size, context: context, connection: .lost)
    case (_, nil):
      // The waiting screen says the quit key itself; below it, what to type on the laptop.
      grid = WallRenderer.waiting(size: size, context: context)
      let command =
        file.map { strings.text(Message(.linkWaitingFor, ["file": $0]), in: language) }
        ?? strings.text(Message(.linkWaitingAny), in: language)
      line(command, row: size.height - 2, into: &grid, style: context.theme.dim)
      return grid
    }
    if let unreadable = status.unreadable, status.link == .connected {
      line(
        strings.text(unreadable, in: language), row: size.height - 1, into: &grid,
        style: context.theme.warning)
    }
    if hint {
      let row = size.height - (status.link == .lost ? 2 : 1)
      line(
        strings.text(Message(.wallQuitHint), in: language), row: row, into: &grid,
        style: context.theme.header)
    }
    return grid
  }

  /// One centred line across `row`, over whatever is there.
  private static func line(_ text: String, row: Int, into grid: inout Grid, style: Style) {
    guard row >= 0 else { return }
    let width = grid.size.width
    grid.fill(Rect(x: 0, y: row, width: width, height: 1), style: style)
    let shown = String(text.prefix(max(0, width - 2)))
    grid.write(shown, x: max(0, (width - DisplayWidth.of(shown)) / 2), y: row, style: style)
  }
}
