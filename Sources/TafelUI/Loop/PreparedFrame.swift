/// A loop's first frame rendered ahead, while the terminal is still being set up (ncurses's
/// `newterm` runs on a thread of its own meanwhile, `TerminalWarmUp`): the state as
/// `AppLoop.run` begins it, ticked at `moment`, for a screen of `size`.
///
/// The loop paints it, rather than rendering, only when its first paint comes before anything
/// else happened and the screen turned out to be that size; whoever prepares it checks that the
/// theme and glyphs it was rendered with are the ones the terminal can show.
public struct PreparedFrame: Sendable {
  public let moment: Moment
  public let size: Size
  let grid: Grid

  public init(state: AppState, moment: Moment, size: Size, context: RenderContext) {
    var state = state
    _ = reduce(&state, .tick(moment))
    self.moment = moment
    self.size = size
    grid = AppLoop.frame(of: state, size: size, context: context)
  }
}
