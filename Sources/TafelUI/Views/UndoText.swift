import TafelCore

/// How the line above the key bar names what an undo or redo put back. In privacy mode it names
/// no individual's score: the screen may be on the wall.
enum UndoText {
  static func text(
    _ notice: UndoNotice, _ context: RenderContext, _ language: Language, privacy: Bool
  ) -> String {
    let message = WorkshopChange.message(
      for: notice.step.changes, on: notice.step.before, content: context.content,
      language: language, disclosing: !privacy)
    let change = context.content.strings.text(message, in: language)
    return context.text(notice.redone ? .uiRedone : .uiUndone, ["change": change], language)
  }
}
