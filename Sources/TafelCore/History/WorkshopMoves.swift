/// What moved in a workshop between two moments (the end of one session and the end of the
/// next, or the last session and now): comfort needs, formalisation topics, people, the phase
/// and the dilemma rounds. Pure comparison of two workshops; the journal gives the moments.
public struct WorkshopMoves: Equatable, Sendable {
  /// A comfort need that is new, changed standing, or is gone.
  public struct NeedMove: Equatable, Sendable {
    public var need: ComfortNeed
    /// nil: new since then.
    public var from: ComfortStatus?
    /// nil: taken off the list since then.
    public var to: ComfortStatus?
  }

  /// A formalisation topic whose status or agreement changed.
  public struct TopicMove: Equatable, Sendable {
    public var topic: FormalisationTopic
    public var from: TopicStatus
    public var to: TopicStatus
    /// The agreement as it now reads, when it changed.
    public var agreement: String?
  }

  public var needs: [NeedMove]
  public var topics: [TopicMove]
  /// People added to or removed from the workshop (not: present or absent).
  public var addedPeople: [Participant]
  public var removedPeople: [Participant]
  public var phase: ProcessPhase?
  /// The rounds of the dilemma game played or continued, by number (from 1).
  public var rounds: [Int]

  public init(from earlier: Workshop, to later: Workshop) {
    let oldNeeds = Dictionary(
      earlier.comfortNeeds.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let newIDs = Set(later.comfortNeeds.map(\.id))
    needs =
      later.comfortNeeds.compactMap { need in
        guard let old = oldNeeds[need.id] else {
          return NeedMove(need: need, from: nil, to: need.status)
        }
        return old.status == need.status
          ? nil : NeedMove(need: need, from: old.status, to: need.status)
      }
      + earlier.comfortNeeds.filter { !newIDs.contains($0.id) }.map {
        NeedMove(need: $0, from: $0.status, to: nil)
      }
    let oldTopics = Dictionary(
      earlier.topics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    topics = later.topics.compactMap { topic in
      let old = oldTopics[topic.id] ?? FormalisationTopic(id: topic.id, title: topic.title)
      guard old.status != topic.status || old.agreement != topic.agreement else { return nil }
      return TopicMove(
        topic: topic, from: old.status, to: topic.status,
        agreement: old.agreement == topic.agreement ? nil : topic.agreement)
    }
    let oldPeople = Set(earlier.participants.map(\.id))
    let newPeople = Set(later.participants.map(\.id))
    addedPeople = later.participants.filter { !oldPeople.contains($0.id) }
    removedPeople = earlier.participants.filter { !newPeople.contains($0.id) }
    phase = earlier.phase == later.phase ? nil : later.phase
    rounds = later.dilemmaRounds.indices.compactMap { index in
      let round = later.dilemmaRounds[index]
      guard round.isPlayed else { return nil }
      guard index < earlier.dilemmaRounds.count else { return index + 1 }
      let old = earlier.dilemmaRounds[index]
      let moved =
        old.cardID != round.cardID || old.choices != round.choices
        || old.handCounts != round.handCounts || old.outcome != round.outcome
        || old.notes != round.notes
      return moved ? index + 1 : nil
    }
  }

  public var isEmpty: Bool {
    needs.isEmpty && topics.isEmpty && addedPeople.isEmpty && removedPeople.isEmpty
      && phase == nil && rounds.isEmpty
  }
}
