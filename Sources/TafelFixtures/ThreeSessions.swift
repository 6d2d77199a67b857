import TafelCore

/// The demo workshop after three evenings of work, each change recorded in the journal as the
/// interface records it: for the tests of the sessions' minutes and the whole-process report.
///
/// 1. "Kennismaking" (2026-01-12): everyone, and a guest; decision 1 proposed; action 1 for
///    Anouk Hoëvenaars; GGZ Kustland asks for time for its members.
/// 2. "Belangen" (2026-02-09): five present; decision 1 taken, decision 2 under the supervisory
///    board's approval; action 1 done; the legal form in discussion; Kees Brouwer's red moved.
/// 3. "Besluiten" (2026-03-09): everyone but Anouk; decision 2 revised by decision 3; action 2
///    for the municipality; a dilemma round with its outcome.
public enum ThreeSessions {
  public static let guest = "Jan de Vries (RvT)"

  public static func workshop() throws(FileError) -> Workshop {
    var workshop = try DemoWorkshop.load()
    let everyone = workshop.participants.map(\.id)
    func record(_ day: String, _ changes: WorkshopChange...) {
      for change in changes { workshop.applyRecording(change, at: day + "T19:30:00+01:00") }
    }
    record(
      "2026-01-12",
      .startSession(
        session: Session(
          date: "2026-01-12", title: "Kennismaking", present: everyone, guests: [guest])),
      .addDecision(
        decision: Decision(
          number: 1, session: 1, date: "2026-01-12", text: "We verkennen samen een coöperatie")),
      .addAction(
        action: ActionItem(
          number: 1, session: 1, text: "Modelstatuten opvragen", participant: "anouk-hoevenaars",
          due: "2026-02-01")),
      .addNeed(
        need: ComfortNeed(
          id: "tijd", organisationID: "ggz-kustland", text: "Tijd om de achterban te raadplegen")),
      .closeSession(session: 1, at: "2026-01-12T21:30:00+01:00"))
    record(
      "2026-02-09",
      .startSession(
        session: Session(date: "2026-02-09", title: "Belangen", present: Array(everyone.prefix(5)))),
      .setDecisionStatus(decision: 1, status: .decided),
      .addDecision(
        decision: Decision(
          number: 2, session: 2, date: "2026-02-09", text: "Elke partij legt 10.000 euro in",
          status: .pendingSupervisors, topic: "resources")),
      .setActionDone(action: 1, done: true),
      .setTopicStatus(topic: "legal-form", status: .inDiscussion),
      .setScore(participant: "kees-brouwer", colour: .red, value: 80),
      .closeSession(session: 2, at: "2026-02-09T21:30:00+01:00"))
    record(
      "2026-03-09",
      .startSession(
        session: Session(
          date: "2026-03-09", title: "Besluiten",
          present: everyone.filter { $0 != "anouk-hoevenaars" })),
      .reviseDecision(
        decision: 2,
        revision: Decision(
          number: 3, session: 3, date: "2026-03-09", text: "Elke partij legt 15.000 euro in",
          status: .decided, replaces: 2, topic: "resources")),
      .addAction(
        action: ActionItem(
          number: 2, session: 3, text: "Begroting rondsturen", organisation: "gemeente-noordhaven",
          due: "2026-04-01")),
      .startRound(card: "partner-threatens-to-leave", options: 4, timerSeconds: 0),
      .setRoundOutcome(round: 1, outcome: "We houden de deur open"),
      .closeSession(session: 3, at: "2026-03-09T21:30:00+01:00"))
    return workshop
  }
}
