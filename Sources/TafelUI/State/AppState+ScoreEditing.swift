import TafelCore

extension AppState {
  mutating func editScores(_ action: Action) {
    if case .startScoreEdit = action {
      guard mode == .browsing, let participant = selectedParticipant else { return }
      // The profile is hidden in privacy mode: scores changed there would be changed unseen.
      guard !wall.privacyMode else {
        notice = Message(.uiPrivacyNoScoreEdit)
        return
      }
      mode = .editingScores(
        ScoreEditor(participantID: participant.id))
      return
    }
    guard case .editingScores(var editor) = mode,
      let index = workshop.participants.firstIndex(where: { $0.id == editor.participantID })
    else { return }
    switch action {
    case .stepEditedColour(let delta):
      let all = DriveColour.allCases
      editor.colour = all[min(max(0, editor.colour.canonicalIndex + delta), all.count - 1)]
      editor.typed = nil
    case .adjustScore(let delta):
      let current = workshop.participants[index].scores[editor.colour]
      setScore(editor, clamp(current + delta))
      editor.typed = nil
    case .typeDigit(let digit):
      // Typing starts a new value; a third digit only fits as 100.
      var typed = (editor.typed ?? "") + "\(digit)"
      if typed.count > 3 || (Int(typed) ?? 0) > 100 { typed = "\(digit)" }
      editor.typed = typed
      setScore(editor, clamp(Int(typed) ?? 0))
    default: break
    }
    mode = .editingScores(editor)
  }

  /// Every keystroke changes the workshop, so the bars follow; the keystrokes until Enter are
  /// one step for undo, and Esc puts the scores back.
  private mutating func setScore(_ editor: ScoreEditor, _ value: Int) {
    apply(
      .setScore(participant: editor.participantID, colour: editor.colour, value: value),
      undo: .grouped)
  }

  mutating func commitScores() {
    mode = .browsing
    document.endStep()
  }

  private func clamp(_ value: Int) -> Int {
    min(max(value, DriveScores.range.lowerBound), DriveScores.range.upperBound)
  }
}
