import TafelCore
import TafelUI

/// A process of months: 30 sessions, 20 people, 5,000 journal entries (issue 16). Measured by
/// Benchmarks/Benchmarks/History (open, save, replay) and checked by ProcessHistoryTests (size
/// on disk, exact replay), so both talk about the same file.
public enum ProcessOfMonths {
  /// The workshop after 30 sessions of work, each change made through `Document` as the
  /// interface makes it: scores, comfort needs, topics, presence, decisions and actions.
  public static func workshop(entries: Int = 5_000, sessions: Int = 30, people: Int = 20)
    -> Workshop
  {
    let organisations = (0..<8).map {
      Organisation(id: "org\($0)", name: "Organisatie \($0)", shortName: "Org \($0)", kind: .other)
    }
    let participants = (0..<people).map { index in
      Participant(
        id: "p\(index)", name: "Deelnemer \(index) van Achternaam",
        organisationID: "org\(index % 8)",
        role: "bestuurder", scores: DriveScores(all: 40 + index))
    }
    var document = Document(
      workshop: Workshop(
        title: "Alliantie", dates: [], organisations: organisations, participants: participants))
    var seed: UInt64 = 42
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    let perSession = entries / sessions
    for session in 1...sessions {
      let day = String(format: "2026-%02d-%02d", 1 + session % 12, 1 + session % 28)
      document.now = day + "T19:00:00+01:00"
      document.apply(
        .startSession(
          session: Session(
            date: day, title: "Sessie \(session)", present: participants.map(\.id),
            startedAt: document.now)), undo: .none)
      // Edits that end where they began leave no entry, so the count is what is kept.
      var step = 0
      while document.workshop.journal.count < session * perSession - 1 {
        step += 1
        document.now = day + "T19:\(10 + step % 50):00+01:00"
        let person = "p\(next(people))"
        switch next(10) {
        case 0...4:
          // A score moved with the arrows: one entry for the whole run.
          for value in 0..<(1 + next(8)) {
            document.apply(
              .setScore(
                participant: person, colour: DriveColour.allCases[next(6)], value: 30 + value * 5),
              undo: .grouped)
          }
          document.endStep()
        case 5:
          let id = "need\(session)-\(step)"
          document.apply(
            .addNeed(
              need: ComfortNeed(
                id: id, organisationID: "org\(next(8))", text: "Zekerheid over het budget \(step)"))
          )
        case 6:
          document.apply(.setPresent(session: session, participant: person, present: next(2) == 0))
        case 7:
          let number = document.workshop.nextDecisionNumber
          document.apply(
            .addDecision(
              decision: Decision(
                number: number, session: session, date: day,
                text: "Besluit over de bijdrage per partij, ronde \(step)")))
        case 8:
          let number = document.workshop.nextActionNumber
          document.apply(
            .addAction(
              action: ActionItem(
                number: number, session: session, text: "Conceptstatuten opvragen",
                participant: person,
                due: day)))
        default:
          document.apply(
            .setTopicStatus(topic: "exit", status: TopicStatus.allCases[next(4)]))
        }
      }
      document.apply(.closeSession(session: session, at: day + "T21:30:00+01:00"), undo: .none)
    }
    return document.workshop
  }
}
