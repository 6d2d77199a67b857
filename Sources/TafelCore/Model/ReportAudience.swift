/// Who a session report is written for. The participants' report leaves out what the
/// facilitators keep to themselves (ticked signals, their notes, each organisation's
/// confidential intake); the facilitators' full record holds everything and says so first.
public enum ReportAudience: String, CaseIterable, Sendable {
  case participants
  case facilitator
}
