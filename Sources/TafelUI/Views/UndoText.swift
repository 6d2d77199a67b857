import TafelCore

/// How the line above the key bar names what an undo or redo put back.
enum UndoText {
  static func text(_ notice: UndoNotice, _ context: RenderContext, _ language: Language) -> String {
    let message = WorkshopChange.message(
      for: notice.step.changes, on: notice.step.before, content: context.content,
      language: language)
    let change = context.content.strings.text(message, in: language)
    return context.text(notice.redone ? .uiRedone : .uiUndone, ["change": change], language)
  }
}
