import Foundation
import Synchronization
import TafelCore
import TafelUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The wall's end of the link: finds the facilitator's socket, connects, reads snapshots, and
/// when the line drops tries again on its own, for as long as the wall runs. It works on a
/// thread of its own; the wall's screen reads `status` and is told of each change through
/// `onChange`. It opens no workshop file, and writes to the socket only how large the wall is
/// (`tell`), so the facilitator's side sends no more than it can show.
public final class WallClient: Sendable {
  /// Which facilitator to follow.
  public enum Target: Equatable, Sendable {
    /// The Tafel that has this workshop open. The socket's name is worked out again on each
    /// try, so a workshop file made after the wall started is found under its full name.
    case workshop(path: String, folder: String)
    /// The Tafel serving at this socket.
    case socket(String)
    /// Whichever one Tafel runs for this user, in this runtime folder; when several do, the
    /// wall asks to be told which.
    case anyIn(folder: String)
  }

  public enum Link: Equatable, Sendable {
    /// Never connected yet: no Tafel has this workshop open.
    case waiting
    case connected
    /// Was connected; the facilitator's Tafel quit or died. Trying again.
    case lost
    /// Something stands in the way that the wall will not use (another user's socket or
    /// folder, another version of Tafel, several workshops to choose from). Trying again.
    case refused(Message)
  }

  public struct Status: Equatable, Sendable {
    public var link: Link = .waiting
    /// The newest snapshot; kept while the link is lost, so the room keeps its picture under
    /// the banner instead of a sudden empty screen.
    public var view: WallView?
    /// How many snapshots arrived; a test waits on this.
    public var received = 0
    /// Set when the newest line from Tafel could not be read (which one, how long), until a
    /// picture that can be read follows: the wall says so rather than silently showing the one
    /// before.
    public var unreadable: Message?
  }

  /// How often a waiting wall looks for its Tafel.
  static let retryMilliseconds: Int32 = 200

  private let target: Target
  private let state = Mutex<(status: Status, stopping: Bool, fit: WallFit?)>((Status(), false, nil))
  private let onChange: @Sendable () -> Void
  private let wakeRead: Int32
  private let wakeWrite: Int32
  private let finished = DispatchSemaphore(value: 0)

  public init(_ target: Target, onChange: @escaping @Sendable () -> Void = {}) {
    self.target = target
    self.onChange = onChange
    var ends: [Int32] = [-1, -1]
    if pipe(&ends) == 0 {
      for end in ends {
        UnixSocket.setNonBlocking(end)
        _ = fcntl(end, F_SETFD, FD_CLOEXEC)
      }
    }
    wakeRead = ends[0]
    wakeWrite = ends[1]
  }

  deinit {
    if wakeRead >= 0 { close(wakeRead) }
    if wakeWrite >= 0 { close(wakeWrite) }
  }

  public var status: Status { state.withLock { $0.status } }

  /// Starts following the facilitator on the client's own thread.
  public func start() {
    let thread = Thread { [self] in
      follow()
      finished.signal()
    }
    thread.name = "tafel.wall-client"
    thread.start()
  }

  /// Ends the connection and waits for the client's thread.
  public func stop() {
    state.withLock { $0.stopping = true }
    var byte: UInt8 = 1
    _ = write(wakeWrite, &byte, 1)
    finished.wait()
  }

  /// Says how much this wall shows, now and on every later connection; call it again after a
  /// resize. Returns at once.
  public func tell(_ fit: WallFit) {
    let changed = state.withLock { state in
      defer { state.fit = fit }
      return state.fit != fit
    }
    guard changed else { return }
    var byte: UInt8 = 1
    _ = write(wakeWrite, &byte, 1)
  }

  private var stopping: Bool { state.withLock { $0.stopping } }

  private func update(_ change: (inout Status) -> Void) {
    let changed = state.withLock { state in
      let before = state.status
      change(&state.status)
      return state.status != before
    }
    if changed { onChange() }
  }

  /// Waits `milliseconds` or until `stop`; true when stopping.
  private func pause(_ milliseconds: Int32) -> Bool {
    _ = UnixSocket.wait([(wakeRead, Int16(POLLIN))], milliseconds: milliseconds)
    return stopping
  }

  private func follow() {
    var everConnected = false
    while !stopping {
      let path: String
      switch locate() {
      case .refused(let refusal):
        update { $0.link = .refused(refusal) }
        if pause(1000) { return }
        continue
      case .nobody:
        update { $0.link = everConnected ? .lost : .waiting }
        if pause(Self.retryMilliseconds) { return }
        continue
      case .found(let found):
        path = found
      }
      let descriptor = UnixSocket.make()
      guard descriptor >= 0, UnixSocket.connect(descriptor, to: path) == 0 else {
        if descriptor >= 0 { close(descriptor) }
        update { $0.link = everConnected ? .lost : .waiting }
        if pause(Self.retryMilliseconds) { return }
        continue
      }
      // The wall shows what comes in as the facilitator's: only this user's Tafel may speak.
      let owner = UnixSocket.peerUser(descriptor)
      guard owner == getuid() else {
        close(descriptor)
        let refusal = LinkError.foreign(
          path: path, reason: .ownedBy(uid: UInt32(owner ?? uid_t.max)))
        update { $0.link = .refused(refusal.message) }
        if pause(1000) { return }
        continue
      }
      UnixSocket.setNonBlocking(descriptor)
      let ending = read(from: descriptor)
      close(descriptor)
      switch ending {
      case .stopped: return
      case .lost(let wasConnected):
        everConnected = everConnected || wasConnected
        update { $0.link = everConnected ? .lost : .waiting }
        if pause(Self.retryMilliseconds) { return }
      case .otherVersion(let version):
        update {
          $0.link = .refused(
            Message(.linkOtherVersion, ["theirs": "\(version)", "ours": "\(WallFrame.version)"]))
        }
        if pause(2000) { return }
      }
    }
  }

  private enum Ending {
    case stopped
    case lost(wasConnected: Bool)
    case otherVersion(Int)
  }

  private func read(from descriptor: Int32) -> Ending {
    var lines = LineBuffer()
    var greeted = false
    var number = 0
    var told: WallFit?
    let readable = Int16(POLLIN) | Int16(POLLHUP) | Int16(POLLERR)
    while true {
      // The size first, and again whenever it changed; a full socket only delays it.
      if let fit = state.withLock({ $0.fit }), fit != told {
        let line = WallFrame.line(for: fit)
        if UnixSocket.send(descriptor, line[...]) == line.count { told = fit }
      }
      let events = UnixSocket.wait(
        [(descriptor, Int16(POLLIN)), (wakeRead, Int16(POLLIN))], milliseconds: -1)
      while UnixSocket.receive(wakeRead, upTo: 256)?.isEmpty == false {}
      if stopping { return .stopped }
      guard events[0] & readable != 0 else { continue }
      guard let bytes = UnixSocket.receive(descriptor), let complete = lines.add(bytes) else {
        return .lost(wasConnected: greeted)
      }
      var newest: WallView?
      var count = 0
      var unreadable: Message?
      for line in complete {
        number += 1
        guard greeted else {
          guard let version = WallFrame.helloVersion(line) else {
            return .lost(wasConnected: false)
          }
          guard version == WallFrame.version else { return .otherVersion(version) }
          greeted = true
          update {
            $0.link = .connected
            $0.unreadable = nil
          }
          continue
        }
        // A line that does not decode is skipped and said; the next whole snapshot puts
        // things right.
        if let view = try? WallView.decoded(from: Data(line)) {
          newest = view
          count += 1
          unreadable = nil
        } else {
          unreadable = Message(
            .wallUnreadable, ["line": "\(number - 1)", "bytes": "\(line.count)"])
        }
      }
      if newest != nil || unreadable != nil {
        update {
          if let newest { $0.view = newest }
          $0.received += count
          $0.unreadable = unreadable
        }
      }
    }
  }

  private enum Located {
    case found(String)
    case nobody
    case refused(Message)
  }

  private func locate() -> Located {
    let folder: String
    var socket: String?
    switch target {
    case .socket(let path):
      folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
      socket = path
    case .workshop(let workshop, let given):
      folder = given
      socket = WallAddress.socket(forWorkshopAt: workshop, in: given)
    case .anyIn(let given): folder = given
    }
    guard RuntimeFolder.exists(folder) else { return .nobody }
    do throws(LinkError) {
      try RuntimeFolder.check(folder)
      if let socket { try Self.checkSocketFile(socket) }
    } catch {
      return .refused(error.message)
    }
    if let socket { return .found(socket) }
    let running = WallAddress.running(in: folder)
    guard running.count <= 1 else {
      let names = running.map { WallAddress.workshopName(ofSocket: $0) }
      return .refused(Message(.linkSeveral, ["names": names.joined(separator: ", ")]))
    }
    return running.first.map { .found($0) } ?? .nobody
  }

  /// What the facilitator's side refuses to replace, the wall refuses to follow, and says so.
  static func checkSocketFile(_ path: String) throws(LinkError) {
    var status = stat()
    guard lstat(path, &status) == 0 else { return }
    guard status.st_mode & S_IFMT == S_IFSOCK else {
      throw .foreign(path: path, reason: .notSocket)
    }
    guard status.st_uid == getuid() else {
      throw .foreign(path: path, reason: .ownedBy(uid: UInt32(status.st_uid)))
    }
  }
}
