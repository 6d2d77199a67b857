import TafelCore

/// What is saved: the workshop, the way back (undo) and forward (redo), whether a save is due
/// and how the last one went. The workshop changes only through `apply`, which is the one place
/// that refuses a read-only window, records undo and marks a save as due.
public struct Document: Equatable, Sendable {
  /// One undo step: the workshop before it and the changes it made, so undo can say what it
  /// undid ("score rood van Sandra 30 → 45").
  public struct Step: Equatable, Sendable {
    public var before: Workshop
    public var changes: [WorkshopChange]
  }

  /// How a change counts for undo.
  public enum Undo: Equatable, Sendable {
    /// A step of its own.
    case step
    /// Part of the edit under way (a score with the arrows, a person's form): the edit becomes
    /// one step when it ends (`endStep`), or is put back whole (`discardStep`).
    case grouped
    /// The game moving on (a card drawn, a stage, the timer): saved, but not a step back.
    case none
  }

  /// How many steps undo keeps; a workshop is small, so this is generous.
  public static let undoLimit = 200

  public private(set) var workshop: Workshop
  /// Earlier steps, newest last.
  public private(set) var undoStack: [Step] = []
  public private(set) var redoStack: [Step] = []
  /// The grouped edit under way, if any.
  public private(set) var openStep: Step?
  public var saveStatus: SaveStatus
  /// The workshop changed since the last save was asked for.
  public private(set) var saveDue = false

  public init(workshop: Workshop, readOnly: Bool = false, savedAt: String = "") {
    self.workshop = workshop
    saveStatus = readOnly ? .readOnly : .saved(at: savedAt)
  }

  public var isReadOnly: Bool { saveStatus == .readOnly }

  /// Applies `change` unless the window is read-only; false when it was refused. A change that
  /// leaves the workshop as it is records nothing and asks for no save.
  @discardableResult
  public mutating func apply(_ change: WorkshopChange, undo: Undo = .step) -> Bool {
    // Read-only is enforced here, once, rather than in every editing path.
    guard !isReadOnly else { return false }
    let next = workshop.applying(change)
    guard next != workshop else { return true }
    switch undo {
    case .step:
      endStep()
      record(Step(before: workshop, changes: [change]))
    case .grouped:
      var step = openStep ?? Step(before: workshop, changes: [])
      step.changes.append(change)
      openStep = step
    case .none:
      break
    }
    workshop = next
    saveDue = true
    return true
  }

  /// Ends the grouped edit: what it changed is one step for undo.
  public mutating func endStep() {
    guard let step = openStep else { return }
    openStep = nil
    if workshop != step.before.keepingGameProgress(of: workshop) { record(step) }
  }

  /// Puts back what the grouped edit changed (Esc in the score editor or a person's form).
  public mutating func discardStep() {
    guard let step = openStep else { return }
    openStep = nil
    let restored = step.before.keepingGameProgress(of: workshop)
    guard restored != workshop else { return }
    workshop = restored
    saveDue = true
  }

  /// Takes back the last step; the game's progress stays. Returns the step, to say what it was.
  public mutating func undo() -> Step? {
    guard !isReadOnly, openStep == nil, let step = undoStack.popLast() else { return nil }
    redoStack.append(step)
    workshop = step.before.keepingGameProgress(of: workshop)
    saveDue = true
    return step
  }

  /// Does the last undone step again, on the workshop as it is now. Returns the step as made
  /// now, with the workshop it was made on.
  public mutating func redo() -> Step? {
    guard !isReadOnly, openStep == nil, let undone = redoStack.popLast() else { return nil }
    let step = Step(before: workshop, changes: undone.changes)
    undoStack.append(step)
    workshop = workshop.applying(undone.changes)
    saveDue = true
    return step
  }

  /// Whether a save is due, and from now on not: the reducer asks once per action.
  public mutating func takeSaveDue() -> Bool {
    defer { saveDue = false }
    return saveDue
  }

  private mutating func record(_ step: Step) {
    undoStack.append(step)
    if undoStack.count > Self.undoLimit { undoStack.removeFirst() }
    redoStack.removeAll()
  }
}
