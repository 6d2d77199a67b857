import TafelCore

/// The room: participants' phones answering over the local network (issue 15). Everything here
/// lives only while Tafel runs and is never saved in the workshop file: a claim and its token
/// are worth nothing once the room closes, and the comfort queue is the facilitator's to sort
/// before anything of it becomes part of the workshop (`WorkshopChange.addNeed`).
///
/// Only `reduce` changes it, like the rest of `AppState`: a phone's request reaches it as a
/// `RoomAction` posted to the loop's inbox, and the outcome of each request is kept in
/// `outcomes` under the ticket the server gave it, so the server answers the phone only once
/// the loop has taken the request (or refused it).
public struct RoomState: Equatable, Sendable {
  public enum Status: Equatable, Sendable {
    case closed
    /// The facilitator asked for the room; the server is starting.
    case opening
    /// The server listens at `url`; phones join with `code`.
    case open(url: String, code: String)
  }

  public var status: Status = .closed
  /// Who claimed whom: the participant's id to the claim holding the phone's token.
  public var claims: [String: RoomClaim] = [:]
  /// What participants proposed in the comfort round, waiting for the facilitator (oldest first).
  public var comfortQueue: [ComfortProposal] = []
  /// Whether a participant may see their own drive profile on their phone.
  public var ownProfileAllowed = true
  /// The outcome of the latest requests from phones, newest last, at most `outcomeLimit`.
  public var outcomes: [RoomOutcome] = []
  /// Every answer a phone gave and the loop acknowledged, by participant: an undo of the
  /// facilitator's own edit restores the workshop as it was before that edit, and would
  /// otherwise take these with it (see `AppState.keepPhoneAnswers`).
  public var phoneAnswers: [String: PhoneAnswer] = [:]
  /// Numbers the comfort proposals; never reused while Tafel runs.
  public var proposalsMade = 0

  /// Enough for every phone in a big room to have a request waiting several times over.
  public static let outcomeLimit = 512
  /// The longest comfort proposal, in characters: a sentence or two, as said at the table.
  public static let proposalLimit = 280
  /// How many proposals may wait from one person at a time.
  public static let proposalsPerPerson = 5

  public init() {}

  public var isOpen: Bool {
    if case .open = status { true } else { false }
  }

  /// The address and code while the room is open.
  public var url: String? {
    if case .open(let url, _) = status { url } else { nil }
  }

  public var code: String? {
    if case .open(_, let code) = status { code } else { nil }
  }

  /// The participant holding `token`, if any. Every claim is compared in full whatever matches,
  /// so the time taken says nothing about how close a guess came.
  public func participant(holding token: String) -> String? {
    var found: String?
    for (participant, claim) in claims.sorted(by: { $0.key < $1.key })
    where RoomToken.equal(claim.token, token) {
      found = participant
    }
    return found
  }

  /// The outcome recorded for `ticket`, if the loop has taken that request.
  public func outcome(of ticket: UInt64) -> RoomOutcome? {
    outcomes.last { $0.ticket == ticket }
  }

  mutating func record(_ ticket: UInt64, _ result: RoomResult) {
    outcomes.append(RoomOutcome(ticket: ticket, result: result))
    if outcomes.count > Self.outcomeLimit {
      outcomes.removeFirst(outcomes.count - Self.outcomeLimit)
    }
  }
}

/// A phone that claimed a participant.
public struct RoomClaim: Equatable, Sendable {
  /// 128 random bits as 32 hexadecimal digits, made by the server; the phone keeps it.
  public var token: String

  public init(token: String) { self.token = token }
}

/// An answer a phone gave in a round.
public struct PhoneAnswer: Equatable, Sendable {
  public var round: Int
  public var option: Int

  public init(round: Int, option: Int) {
    self.round = round
    self.option = option
  }
}

/// A comfort need as a participant typed it, waiting for the facilitator to accept, edit or set
/// it aside. Never shown on the wall.
public struct ComfortProposal: Equatable, Sendable, Identifiable {
  public enum Status: String, Equatable, Sendable, Codable {
    case waiting, accepted, setAside
  }

  public var id: String
  public var participantID: String
  public var organisationID: String
  public var text: String
  /// What the facilitator last did with it. Taken on is only true while the workshop holds the
  /// need it became (`needID`): `AppState.status(of:)` is what the queue and the phone show.
  public var status: Status
  /// The comfort need it became when taken on.
  public var needID: String?

  public init(
    id: String, participantID: String, organisationID: String, text: String,
    status: Status = .waiting, needID: String? = nil
  ) {
    self.id = id
    self.participantID = participantID
    self.organisationID = organisationID
    self.text = text
    self.status = status
    self.needID = needID
  }
}

/// What the loop did with one request from a phone.
public struct RoomOutcome: Equatable, Sendable {
  public var ticket: UInt64
  public var result: RoomResult

  public init(ticket: UInt64, result: RoomResult) {
    self.ticket = ticket
    self.result = result
  }
}

public enum RoomResult: Equatable, Sendable {
  /// Taken: the claim, the answer or the proposal is in. `id` names a new proposal.
  case accepted(id: String? = nil)
  case refused(RoomRefusal)
}

/// Why the loop refused a phone's request; the server turns each into an HTTP status.
public enum RoomRefusal: String, Equatable, Sendable, Codable {
  /// The room closed before the request was taken.
  case roomClosed
  /// The token belongs to no claim (never did, or the claim was released).
  case unknownToken
  case unknownParticipant
  /// Someone else's phone holds this participant.
  case alreadyClaimed
  /// No round is collecting choices, or the request names another round.
  case roundNotCollecting
  case noSuchOption
  /// The workshop is open read-only: nothing can be recorded.
  case readOnly
  /// The comfort round is not up.
  case comfortClosed
  /// Empty, too long, or with control characters.
  case badText
  /// Too many proposals waiting from this person.
  case tooManyProposals
}

/// Comparing tokens without giving away, by the time it takes, how much of a guess was right.
public enum RoomToken {
  /// True when `a` and `b` are the same bytes; the time depends only on their lengths.
  public static func equal(_ a: String, _ b: String) -> Bool {
    let left = Array(a.utf8)
    let right = Array(b.utf8)
    var difference = UInt8(truncatingIfNeeded: left.count ^ right.count)
    difference |= left.count == right.count ? 0 : 1
    for index in 0..<max(left.count, right.count) {
      let x = index < left.count ? left[index] : 0
      let y = index < right.count ? right[index] : 0
      difference |= x ^ y
    }
    return difference == 0
  }

  /// Whether `text` looks like a token (32 lowercase hexadecimal digits), before any compare.
  public static func isWellFormed(_ text: String) -> Bool {
    text.utf8.count == 32
      && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
  }
}
