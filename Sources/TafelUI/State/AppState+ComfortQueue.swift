import TafelCore

/// The facilitator's side of the comfort round from phones (issue 15): proposals wait in
/// `room.comfortQueue` until the facilitator takes one on (it becomes a comfort need of its
/// organisation, `WorkshopChange.addNeed`, one undo step), edits it first, or sets it aside.
/// Nothing of the queue reaches the wall; the phone that sent a proposal sees what became of it.
extension AppState {
  /// The proposals still waiting, oldest first: what the queue lists and the cursor indexes.
  public var waitingProposals: [ComfortProposal] {
    room.comfortQueue.filter { status(of: $0) == .waiting }
  }

  /// What became of `proposal`, as the queue and the phone show it: taken on only while the
  /// workshop holds the need it became. An undo (or a redo, or removing that need) moves it with
  /// the workshop, so a phone never says "taken on" of a need that is not there; undone, it
  /// waits in the queue again.
  public func status(of proposal: ComfortProposal) -> ComfortProposal.Status {
    guard proposal.status == .accepted else { return proposal.status }
    guard let needID = proposal.needID, workshop.comfortNeeds.contains(where: { $0.id == needID })
    else { return .waiting }
    return .accepted
  }

  mutating func runComfortQueue(_ action: Action) {
    switch action {
    case .toggleComfortQueue:
      if case .comfortQueue = topOverlay {
        overlays.removeLast()
      } else if mode == .browsing {
        open(.comfortQueue(cursor: 0))
      }
    case .moveProposalCursor(let delta):
      guard case .comfortQueue(let cursor) = topOverlay else { return }
      replaceTop(with: .comfortQueue(cursor: clamped(cursor + delta)))
    case .acceptProposal:
      guard let proposal = proposalUnderCursor else { return }
      acceptProposal(proposal.id, text: proposal.text)
    case .editProposal:
      guard let proposal = proposalUnderCursor else { return }
      mode = .enteringText(TextEntry(purpose: .proposal(id: proposal.id), text: proposal.text))
    case .setProposalAside:
      guard let proposal = proposalUnderCursor else { return }
      setStatus(of: proposal.id, to: .setAside)
      notice = Message(.uiProposalSetAside)
    default: break
    }
  }

  /// Takes proposal `id` on with `text` (as typed, or as the facilitator edited it).
  mutating func acceptProposal(_ id: String, text: String) {
    guard let proposal = room.comfortQueue.first(where: { $0.id == id }),
      status(of: proposal) == .waiting, !text.isEmpty
    else { return }
    // Never the id of a need another proposal became and an undo took out: a redo could bring
    // that one back, and the other proposal would read as taken on.
    let needID = Slug.unique(
      from: proposal.organisationID + " " + String(text.prefix(24)),
      avoiding: Set(workshop.comfortNeeds.map(\.id) + room.comfortQueue.compactMap(\.needID)))
    let need = ComfortNeed(id: needID, organisationID: proposal.organisationID, text: text)
    guard apply(.addNeed(need: need)) else { return }
    if let index = room.comfortQueue.firstIndex(where: { $0.id == id }) {
      room.comfortQueue[index].needID = needID
    }
    setStatus(of: id, to: .accepted)
    let organisation = workshop.organisation(withID: proposal.organisationID)?.name ?? ""
    notice = Message(.uiProposalAccepted, ["organisation": organisation])
  }

  /// Tells the facilitator a proposal came in, unless the queue is open and shows it already.
  mutating func announceProposals(waitingBefore count: Int) {
    let waiting = waitingProposals
    guard waiting.count > count, let newest = waiting.last else { return }
    if case .comfortQueue = topOverlay { return }
    let organisation = workshop.organisation(withID: newest.organisationID)?.name ?? ""
    notice = Message(.uiProposalArrived, ["organisation": organisation])
  }

  private var proposalUnderCursor: ComfortProposal? {
    guard case .comfortQueue(let cursor) = topOverlay else { return nil }
    let waiting = waitingProposals
    return waiting.indices.contains(cursor) ? waiting[cursor] : nil
  }

  private func clamped(_ cursor: Int) -> Int {
    min(max(0, cursor), max(0, waitingProposals.count - 1))
  }

  private mutating func setStatus(of id: String, to status: ComfortProposal.Status) {
    guard let index = room.comfortQueue.firstIndex(where: { $0.id == id }) else { return }
    room.comfortQueue[index].status = status
    // The one under the cursor left the list: the cursor stays in it.
    if case .comfortQueue(let cursor) = topOverlay {
      replaceTop(with: .comfortQueue(cursor: clamped(cursor)))
    }
  }
}
