extension WallPainter {
  /// The body less the join line along its bottom while the room is open.
  var screenArea: Rect {
    guard let join = page.join, !join.fullWall else { return body }
    return body.splitBottom(2).rest
  }

  /// How phones join: the whole body (`C`), or one line along its bottom so latecomers can
  /// still join; returns true when the join page took the body.
  mutating func drawJoin() -> Bool {
    guard let join = page.join else { return false }
    if join.fullWall {
      JoinPanel.draw(join, in: body, into: &grid, context: context, language: language)
      return true
    }
    JoinPanel.drawLine(join, in: body, into: &grid, context: context, language: language)
    return false
  }
}
