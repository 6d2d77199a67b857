import FlyingFox
import Foundation
import TafelCore
import TafelUI

/// Every request a phone makes, answered: the page and its script and style, joining, claiming,
/// polling, answering, a comfort proposal (docs/room-api.yaml). Checks come first and in this
/// order, so a refused request has changed nothing and cost little: the headers' size, the host,
/// the address's rate, the origin, the method and path, the body's type and size, its JSON,
/// then the room code or token.
struct RoomHandler: HTTPHandler {
  let desk: RoomDesk
  let code: String
  /// The `Host` a request must carry (this server's own address, never a name a foreign site
  /// could point at it: DNS rebinding) and the `Origin` a browser sends from the page itself.
  let identity: RoomServer.Identity
  let site: RoomSite
  let content: Content
  let limits: RoomLimits

  /// The most a request body may hold.
  static let bodyLimit = 4_096
  /// The most a request's headers may hold, names and values together, and how many there may
  /// be.
  static let headLimit = 8_192
  static let headerCountLimit = 64

  /// The size of `request`'s headers, or more than `headLimit` when there are too many.
  static func headSize(_ request: HTTPRequest) -> Int {
    var size = request.path.utf8.count
    var count = 0
    for (name, value) in request.headers {
      count += 1
      guard count <= headerCountLimit else { return headLimit + 1 }
      size += name.rawValue.utf8.count + value.utf8.count
    }
    return size
  }

  func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
    var response = await respond(to: request)
    for (name, value) in RoomSite.securityHeaders where response.headers[HTTPHeader(name)] == nil {
      response.headers[HTTPHeader(name)] = value
    }
    return response
  }

  private func respond(to request: HTTPRequest) async -> HTTPResponse {
    // FlyingFox read the whole head before this; a phone's browser sends a dozen short lines.
    if Self.headSize(request) > Self.headLimit {
      return Self.error(.requestHeaderFieldsTooLarge, "headers-too-large")
    }
    guard let host = request.headers[.host], identity.allows(host: host) else {
      return Self.error(.forbidden, "origin")
    }
    let address = Self.address(of: request)
    if let wait = limits.perAddress.take(address) { return Self.rateLimited(wait) }
    if let origin = request.headers[HTTPHeader("Origin")], !identity.allows(origin: origin) {
      return Self.error(.forbidden, "origin")
    }
    if let file = site.file(at: request.path) {
      guard request.method == .GET else {
        return Self.error(.methodNotAllowed, "method", headers: [HTTPHeader("Allow"): "GET"])
      }
      return file
    }
    switch (request.path, request.method) {
    case ("/", .GET): return site.response()
    // The QR code's address carries the room code as its path; the page reads it from there.
    // Any code-shaped path gets the page, so an old code only means typing the new one.
    case (let path, .GET) where Self.isCodePath(path): return site.response()
    case ("/api/state", .GET): return await state(request, address: address)
    case ("/api/join", .POST), ("/api/claim", .POST), ("/api/release", .POST),
      ("/api/answer", .POST), ("/api/comfort", .POST):
      return await post(request, address: address)
    case ("/", _), ("/api/state", _):
      return Self.error(.methodNotAllowed, "method", headers: [HTTPHeader("Allow"): "GET"])
    case ("/api/join", _), ("/api/claim", _), ("/api/release", _), ("/api/answer", _),
      ("/api/comfort", _):
      return Self.error(.methodNotAllowed, "method", headers: [HTTPHeader("Allow"): "POST"])
    default: return Self.error(.notFound, "not-found")
    }
  }

  /// `/` and five capitals or digits, as `JoinInfo.qrText` ends.
  static func isCodePath(_ path: String) -> Bool {
    let code = path.utf8.dropFirst()
    return path.hasPrefix("/") && code.count == 5
      && code.allSatisfy { (65...90).contains($0) || (48...57).contains($0) }
  }

  /// The peer's own address: a forwarded-for header is the sender's say-so and counts for
  /// nothing here.
  static func address(of request: HTTPRequest) -> String {
    switch request.remoteAddress {
    case .ip4(let ip, _), .ip6(let ip, _): ip
    case .unix(let path): path
    case nil: "?"
    }
  }

  // MARK: - Reading

  private func state(_ request: HTTPRequest, address: String) async -> HTTPResponse {
    guard let (_, participant) = holder(request) else { return refusedToken(address) }
    guard let state = desk.state, !desk.isClosed else {
      return Self.error(.serviceUnavailable, "room-closed", headers: Self.retry(2))
    }
    return Self.json(PhoneView.of(state, participant: participant, content: content))
  }

  /// The token the request carries and the participant it holds, in the newest state.
  private func holder(_ request: HTTPRequest) -> (token: String, participant: String)? {
    guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else {
      return nil
    }
    let token = String(header.dropFirst("Bearer ".count))
    guard RoomToken.isWellFormed(token),
      let participant = desk.state?.room.participant(holding: token)
    else { return nil }
    return (token, participant)
  }

  private func refusedToken(_ address: String) -> HTTPResponse {
    if let wait = limits.failures.take(address) { return Self.rateLimited(wait) }
    return Self.error(.unauthorized, "token")
  }

  // MARK: - Changing

  private func post(_ request: HTTPRequest, address: String) async -> HTTPResponse {
    let contentType = (request.headers[.contentType] ?? "").lowercased()
    guard contentType == "application/json" || contentType.hasPrefix("application/json;") else {
      return Self.error(.unsupportedMediaType, "media-type")
    }
    guard let body = await Self.body(of: request) else {
      return Self.error(.payloadTooLarge, "too-large")
    }
    switch request.path {
    case "/api/join":
      guard let fields = Self.read(body, ["code": .string(maximumLength: 64)]) else {
        return Self.error(.badRequest, "bad-request")
      }
      if let refused = checkCode(fields["code"]?.string, address: address) { return refused }
      guard let state = desk.state else {
        return Self.error(.serviceUnavailable, "room-closed", headers: Self.retry(2))
      }
      return Self.json(PhoneView.of(state, participant: nil, content: content))
    case "/api/claim":
      let shape: [String: StrictJSON.Kind] = [
        "code": .string(maximumLength: 64), "person": .string(maximumLength: 200),
      ]
      guard let fields = Self.read(body, shape), let person = fields["person"]?.string else {
        return Self.error(.badRequest, "bad-request")
      }
      if let refused = checkCode(fields["code"]?.string, address: address) { return refused }
      let token = RoomSecrets.token()
      let reply = await desk.submit { .claim(ticket: $0, participant: person, token: token) }
      return Self.answer(reply) { _ in Self.json(ClaimReply(token: token, person: person)) }
    default:
      return await postWithToken(request, body: body, address: address)
    }
  }

  private func postWithToken(_ request: HTTPRequest, body: Data, address: String) async
    -> HTTPResponse
  {
    let shape: [String: StrictJSON.Kind]
    switch request.path {
    case "/api/answer": shape = ["round": .integer, "option": .integer]
    case "/api/comfort": shape = ["text": .string(maximumLength: 2_000)]
    default: shape = [:]
    }
    guard let fields = Self.read(body, shape) else {
      return Self.error(.badRequest, "bad-request")
    }
    guard let (token, _) = holder(request) else { return refusedToken(address) }
    if let wait = limits.perToken.take(token) { return Self.rateLimited(wait) }
    switch request.path {
    case "/api/answer":
      let round = fields["round"]?.integer ?? 0
      let option = fields["option"]?.integer ?? -1
      let reply = await desk.submit(needsSave: true) {
        .answer(ticket: $0, token: token, round: round, option: option)
      }
      return Self.answer(reply) { saved in
        Self.json(AnswerReply(round: round, option: option, saved: saved))
      }
    case "/api/comfort":
      let text = fields["text"]?.string ?? ""
      let reply = await desk.submit { .propose(ticket: $0, token: token, text: text) }
      guard case .accepted(let id, _) = reply else { return Self.answer(reply) { _ in nil } }
      return Self.json(ComfortReply(id: id ?? ""))
    default:
      let reply = await desk.submit { .release(ticket: $0, token: token) }
      return Self.answer(reply) { _ in HTTPResponse(statusCode: .noContent) }
    }
  }

  /// A wrong or missing room code; too many wrong ones from one address slow it down.
  private func checkCode(_ given: String?, address: String) -> HTTPResponse? {
    if let wait = limits.failures.peek(address) { return Self.rateLimited(wait) }
    let wanted = given?.uppercased().filter { !$0.isWhitespace && $0 != "-" } ?? ""
    guard RoomToken.equal(wanted, code) else {
      if let wait = limits.failures.take(address) { return Self.rateLimited(wait) }
      return Self.error(.forbidden, "room-code")
    }
    return nil
  }

  /// The body, or nil when it is larger than `bodyLimit`; read no further than that.
  static func body(of request: HTTPRequest) async -> Data? {
    if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > bodyLimit {
      return nil
    }
    var data = Data()
    do {
      for try await chunk in request.bodySequence {
        data.append(chunk)
        if data.count > bodyLimit { return nil }
      }
    } catch {
      return nil
    }
    return data
  }

  static func read(_ body: Data, _ shape: [String: StrictJSON.Kind]) -> [String: StrictJSON.Value]?
  {
    try? StrictJSON.read(body, fields: shape)
  }

  // MARK: - Answering

  private struct ClaimReply: Encodable {
    var token: String
    var person: String
  }

  private struct AnswerReply: Encodable {
    var round: Int
    var option: Int
    var saved: Bool
  }

  private struct ComfortReply: Encodable {
    var id: String
  }

  private struct ErrorReply: Encodable {
    var error: String
  }

  /// The loop's reply as HTTP: `accepted` builds the success (given whether it is saved).
  static func answer(_ reply: RoomDesk.Reply, accepted: (Bool) -> HTTPResponse?) -> HTTPResponse {
    switch reply {
    case .accepted(_, let saved):
      return accepted(saved) ?? error(.internalServerError, "busy")
    case .busy: return error(.serviceUnavailable, "busy", headers: retry(1))
    case .refused(let refusal):
      switch refusal {
      case .roomClosed: return error(.serviceUnavailable, "room-closed", headers: retry(2))
      case .unknownToken: return error(.unauthorized, "token")
      case .unknownParticipant: return error(.notFound, "unknown-person")
      case .alreadyClaimed: return error(.conflict, "claimed")
      case .roundNotCollecting: return error(.locked, "round-closed")
      case .noSuchOption: return error(.unprocessableContent, "no-such-option")
      case .readOnly: return error(.locked, "read-only")
      case .comfortClosed: return error(.locked, "comfort-closed")
      case .badText: return error(.unprocessableContent, "bad-text")
      case .tooManyProposals: return error(.unprocessableContent, "too-many")
      }
    }
  }

  static func json(
    _ value: some Encodable, status: HTTPStatusCode = .ok, headers: HTTPHeaders = [:]
  )
    -> HTTPResponse
  {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let body = try? encoder.encode(value) else {
      return HTTPResponse(statusCode: .internalServerError)
    }
    var all = headers
    all[.contentType] = "application/json; charset=utf-8"
    return HTTPResponse(statusCode: status, headers: all, body: body)
  }

  static func error(_ status: HTTPStatusCode, _ code: String, headers: HTTPHeaders = [:])
    -> HTTPResponse
  {
    json(ErrorReply(error: code), status: status, headers: headers)
  }

  static func retry(_ seconds: Int) -> HTTPHeaders {
    [HTTPHeader("Retry-After"): String(seconds)]
  }

  static func rateLimited(_ seconds: Int) -> HTTPResponse {
    error(.tooManyRequests, "rate-limited", headers: retry(seconds))
  }
}

/// How fast one address, one token and wrong guesses may go.
public struct RoomLimits: Sendable {
  public var perAddress: RateLimiter
  public var perToken: RateLimiter
  /// Wrong room codes and unknown tokens, per address.
  public var failures: RateLimiter
  /// How long a connection may be silent (mid-request, or kept open between requests) before
  /// the server drops it.
  public var idle: Duration

  public init(
    perAddress: RateLimiter.Rule = .init(burst: 40, perSecond: 10),
    perToken: RateLimiter.Rule = .init(burst: 10, perSecond: 2),
    failures: RateLimiter.Rule = .init(burst: 10, perSecond: 0.2),
    idle: Duration = .seconds(20)
  ) {
    self.perAddress = RateLimiter(perAddress)
    self.perToken = RateLimiter(perToken)
    self.failures = RateLimiter(failures)
    self.idle = idle
  }
}
