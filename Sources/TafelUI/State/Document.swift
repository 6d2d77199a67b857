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
  /// The time now, ISO 8601, from the clock's ticks: what the journal writes beside a change.
  public var now = ""
  /// Where the grouped edit under way has its journal entry.
  private var openEntry: Int?

  public init(workshop: Workshop, readOnly: Bool = false, savedAt: String = "") {
    self.workshop = workshop
    saveStatus = readOnly ? .readOnly : .saved(at: savedAt)
  }

  public var isReadOnly: Bool { saveStatus == .readOnly }

  /// Applies `change` unless the window is read-only; false when it was refused. A change that
  /// leaves the workshop as it is records nothing and asks for no save. Every change that does
  /// something is written into the journal with the time (`now`) and the open session; a
  /// grouped edit is one entry, rewritten in place while the edit is under way, so a save in
  /// the middle of it still holds a journal that replays to what was saved.
  @discardableResult
  public mutating func apply(_ change: WorkshopChange, undo: Undo = .step) -> Bool {
    // Read-only is enforced here, once, rather than in every editing path.
    guard !isReadOnly else { return false }
    guard workshop.applying(change) != workshop else { return true }
    if undo == .step { endStep() }
    let before = workshop
    // A workshop from before the journal starts its history with what it holds now.
    var next = before.beginningHistory(at: now).applying(change)
    switch undo {
    case .step:
      record(Step(before: before, changes: [change]))
      next.journal.append(entry([change], before: before, after: next))
    case .grouped:
      var step = openStep ?? Step(before: before, changes: [])
      step.changes.append(change)
      openStep = step
      let entry = entry(
        WorkshopChange.collapsed(step.changes), before: step.before, after: next)
      if let index = openEntry, next.journal.indices.contains(index) {
        next.journal[index] = entry
      } else {
        openEntry = next.journal.count
        next.journal.append(entry)
      }
    case .none:
      next.journal.append(entry([change], before: before, after: next))
    }
    workshop = next
    saveDue = true
    return true
  }

  /// Ends the grouped edit: what it changed is one step for undo.
  public mutating func endStep() {
    guard let step = openStep else { return }
    openStep = nil
    let index = openEntry
    openEntry = nil
    if workshop != step.before.keepingGameProgress(of: workshop) {
      record(step)
    } else if let index, workshop.journal.indices.contains(index) {
      // Up and down again: nothing happened, and the history does not say otherwise.
      workshop.journal.remove(at: index)
    }
  }

  /// Puts back what the grouped edit changed (Esc in the score editor or a person's form).
  public mutating func discardStep() {
    guard let step = openStep else { return }
    openStep = nil
    var restored = step.before.keepingGameProgress(of: workshop)
    if let index = openEntry, restored.journal.indices.contains(index) {
      restored.journal.remove(at: index)
    }
    openEntry = nil
    guard restored != workshop else { return }
    workshop = restored
    saveDue = true
  }

  /// Takes back the last step; the game's progress stays. Returns the step, to say what it was.
  /// The journal keeps what undo did as changes of its own ("score rood van Sandra 45 → 30").
  public mutating func undo() -> Step? {
    guard !isReadOnly, openStep == nil, let step = undoStack.popLast() else { return nil }
    redoStack.append(step)
    let current = workshop
    var restored = step.before.keepingGameProgress(of: current)
    let changes = current.changes(to: restored)
    if !changes.isEmpty {
      restored.journal.append(
        JournalEntry(
          at: now, session: current.openSession?.number, kind: .undo, changes: changes))
    }
    workshop = restored
    saveDue = true
    return step
  }

  /// Does the last undone step again, on the workshop as it is now. Returns the step as made
  /// now, with the workshop it was made on.
  public mutating func redo() -> Step? {
    guard !isReadOnly, openStep == nil, let undone = redoStack.popLast() else { return nil }
    let step = Step(before: workshop, changes: undone.changes)
    undoStack.append(step)
    var next = workshop.applying(undone.changes)
    var entry = entry(WorkshopChange.collapsed(undone.changes), before: workshop, after: next)
    entry.kind = .redo
    next.journal.append(entry)
    workshop = next
    saveDue = true
    return step
  }

  private func entry(
    _ changes: [WorkshopChange], before: Workshop, after: Workshop
  ) -> JournalEntry {
    // Opening a session belongs to it; closing one too.
    let session = after.openSession?.number ?? before.openSession?.number
    return JournalEntry(at: now, session: session, changes: changes)
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
