import Foundation
import Synchronization
import TafelCore
import TafelUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The facilitator's end of the wall's link: a Unix socket that any number of walls of the
/// same user connect to, served from a thread of its own. The loop only ever calls `publish`,
/// which stores the newest view and wakes that thread; it never waits for a wall. Each wall
/// gets the hello line, then the newest snapshot at once and every newer one after it; a wall
/// that reads slowly skips the snapshots it missed rather than holding them (one in flight,
/// the newest waiting), so a stuck wall costs neither memory nor time. A process of another
/// user is closed on connect, before a byte is sent.
///
/// Each wall says its size (`WallFrame`); `fit` is what the largest of them can show, so the
/// loop projects one snapshot for all of them, no longer than that.
public final class WallServer: Sendable {
  /// Where walls connect now; save-as moves it (`move`).
  public var path: String { shared.withLock { $0.path } }
  private let listener: Int32
  private let wakeRead: Int32
  private let wakeWrite: Int32
  /// The socket file this server made: `stop` removes it only while it is still that file.
  private let madeFile: (device: UInt64, inode: UInt64)
  private let shared: Mutex<Shared>
  private let finished = DispatchSemaphore(value: 0)
  private let onCount: @Sendable (Int) -> Void

  private struct Shared {
    var path: String
    var latest: WallView?
    var generation = 0
    var stopping = false
    var stopped = false
    var fit: WallFit? = WallServer.defaultFit
    var unknownLines = 0
  }

  /// What is projected before any wall said its size: a large projector's terminal. A wall
  /// that connects gets this at once and its own size a moment later.
  public static let defaultFit = WallFit(width: 200, height: 60)
  /// How long a new wall may take to say its size; one that stays silent is an older
  /// `tafel wall` that never will, and gets every list whole.
  static let silenceMilliseconds: UInt64 = 1000

  /// How far lists in the snapshots should go: the largest size the connected walls said, the
  /// default before any did, nil (everything) while a wall that never says it is connected.
  public var fit: WallFit? { shared.withLock { $0.fit } }

  /// How many lines from walls were not a size this Tafel knows (skipped).
  public var unknownLines: Int { shared.withLock { $0.unknownLines } }

  /// Serves the walls of the workshop at `workshopPath` from the runtime folder of
  /// `environment`. `onCount` is called from the server's thread with the number of connected
  /// walls whenever it or their `fit` changes.
  public static func start(
    workshopAt workshopPath: String, environment: [String: String],
    onCount: @escaping @Sendable (Int) -> Void
  ) throws(LinkError) -> WallServer {
    let folder = try RuntimeFolder.ensure(environment: environment)
    sweep(folder)
    return try WallServer(
      at: WallAddress.socket(forWorkshopAt: workshopPath, in: folder), onCount: onCount)
  }

  /// Serves at `path`. A socket file left there by a Tafel that is gone is replaced; one that
  /// still answers, or anything that is not this user's socket, is left alone and refused.
  public init(at path: String, onCount: @escaping @Sendable (Int) -> Void) throws(LinkError) {
    shared = Mutex(Shared(path: path))
    self.onCount = onCount
    try Self.clearStale(path)
    let listener = UnixSocket.make()
    guard listener >= 0 else { throw .system(path: path, call: "socket", errno: errno) }
    let listened = UnixSocket.listen(listener, at: path)
    guard listened == 0 else {
      close(listener)
      // Another Tafel made it between the look and the bind.
      if listened == EADDRINUSE { throw .alreadyServed(path: path) }
      throw .system(path: path, call: "bind", errno: listened)
    }
    _ = chmod(path, 0o600)
    UnixSocket.setNonBlocking(listener)
    var status = stat()
    _ = lstat(path, &status)
    madeFile = (UInt64(status.st_dev), UInt64(status.st_ino))
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else {
      let code = errno
      close(listener)
      unlink(path)
      throw .system(path: path, call: "pipe", errno: code)
    }
    for end in ends {
      UnixSocket.setNonBlocking(end)
      _ = fcntl(end, F_SETFD, FD_CLOEXEC)
    }
    self.listener = listener
    wakeRead = ends[0]
    wakeWrite = ends[1]
    let thread = Thread { [self] in
      serve()
      finished.signal()
    }
    thread.name = "tafel.wall-server"
    thread.start()
  }

  /// Leaves a socket file alone unless it is this user's and nobody answers on it (the Tafel
  /// that made it died); that one is removed.
  static func clearStale(_ path: String) throws(LinkError) {
    var status = stat()
    guard lstat(path, &status) == 0 else { return }
    guard status.st_mode & S_IFMT == S_IFSOCK else {
      throw .foreign(path: path, reason: .notSocket)
    }
    guard status.st_uid == getuid() else {
      throw .foreign(path: path, reason: .ownedBy(uid: UInt32(status.st_uid)))
    }
    let probe = UnixSocket.make()
    guard probe >= 0 else { throw .system(path: path, call: "socket", errno: errno) }
    defer { close(probe) }
    switch UnixSocket.connect(probe, to: path) {
    case 0: throw .alreadyServed(path: path)
    case ECONNREFUSED, ENOENT: unlink(path)
    case let code: throw .system(path: path, call: "connect", errno: code)
    }
  }

  /// Removes the sockets in `folder` that Tafels killed or crashed left behind: this user's,
  /// nobody answering on them, and made more than `staleSeconds` ago (a Tafel that has just
  /// bound its socket and not yet listened is not taken for a dead one). What is not a socket,
  /// or answers, stays.
  static func sweep(_ folder: String) {
    guard let names = FolderEntries.names(in: folder) else { return }
    let now = time(nil)
    for name in names where name.hasSuffix(WallAddress.suffix) {
      let path = folder + "/" + name
      var status = stat()
      guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFSOCK,
        status.st_uid == getuid(), now - status.modificationTime.tv_sec > staleSeconds
      else { continue }
      let probe = UnixSocket.make()
      guard probe >= 0 else { return }
      if UnixSocket.connect(probe, to: path) == ECONNREFUSED { unlink(path) }
      close(probe)
    }
  }

  static let staleSeconds = 10

  /// Moves the socket to the name of the workshop's new file, after save-as: the walls already
  /// connected stay connected (the socket itself moves), and a wall started for the new file
  /// finds it. Refused as `init` refuses (another Tafel serves the new name, a stranger's file
  /// is there); then the socket stays where it was.
  public func move(toWorkshopAt workshopPath: String, environment: [String: String])
    throws(LinkError)
  {
    let folder = try RuntimeFolder.ensure(environment: environment)
    try move(to: WallAddress.socket(forWorkshopAt: workshopPath, in: folder))
  }

  public func move(to newPath: String) throws(LinkError) {
    let old = path
    guard newPath != old else { return }
    var status = stat()
    guard lstat(old, &status) == 0, UInt64(status.st_dev) == madeFile.device,
      UInt64(status.st_ino) == madeFile.inode
    else { throw .system(path: old, call: "lstat", errno: ENOENT) }
    try Self.clearStale(newPath)
    guard rename(old, newPath) == 0 else {
      throw .system(path: newPath, call: "rename", errno: errno)
    }
    shared.withLock { $0.path = newPath }
  }

  /// Hands the wall its newest view; returns at once. The same view twice sends nothing.
  public func publish(_ view: WallView) {
    let changed = shared.withLock { shared in
      guard !shared.stopping, shared.latest != view else { return false }
      shared.latest = view
      shared.generation += 1
      return true
    }
    if changed { wake() }
  }

  /// Closes every wall's connection and removes the socket; waits for the server's thread.
  /// The walls then show that the link is lost and wait for the next Tafel.
  public func stop() {
    let first = shared.withLock { shared in
      defer { shared.stopping = true }
      return !shared.stopping
    }
    guard first else { return }
    wake()
    finished.wait()
    let path = self.path
    var status = stat()
    if lstat(path, &status) == 0, UInt64(status.st_dev) == madeFile.device,
      UInt64(status.st_ino) == madeFile.inode
    {
      unlink(path)
    }
    close(listener)
    close(wakeRead)
    close(wakeWrite)
  }

  private func wake() {
    var byte: UInt8 = 1
    // A full pipe already holds a wake-up.
    _ = write(wakeWrite, &byte, 1)
  }

  // MARK: - The server's thread

  private struct Client {
    var descriptor: Int32
    var outgoing = WallFrame.hello
    var offset = 0
    var sentGeneration = 0
    var incoming = LineBuffer(limit: WallFrame.maximumWallLineBytes)
    /// The size the wall said; nil until it does.
    var fit: WallFit?
    let connected = DispatchTime.now().uptimeNanoseconds
    /// Silent past `silenceMilliseconds`: an older wall, which never says its size.
    var silent = false

    var awaited: Bool { fit == nil && !silent }

    /// Takes in what the wall sent; false when it is gone or sent what no wall sends.
    mutating func read(unknown: inout Int) -> Bool {
      guard let bytes = UnixSocket.receive(descriptor), let lines = incoming.add(bytes) else {
        return false
      }
      for line in lines {
        if let said = WallFrame.fit(line) { fit = said } else { unknown += 1 }
      }
      return true
    }

    func wantsToWrite(_ generation: Int) -> Bool {
      offset < outgoing.count || sentGeneration < generation
    }

    /// Sends what the socket takes now: the rest of the line in flight, then the newest
    /// snapshot if this wall has not had it. False when the wall is gone.
    mutating func flush(_ newest: (generation: Int, line: [UInt8])) -> Bool {
      while true {
        if offset == outgoing.count {
          guard sentGeneration < newest.generation, !newest.line.isEmpty else { return true }
          outgoing = newest.line
          offset = 0
          sentGeneration = newest.generation
        }
        guard let sent = UnixSocket.send(descriptor, outgoing[offset...]) else { return false }
        if sent == 0 { return true }
        offset += sent
      }
    }
  }

  private func serve() {
    var clients: [Client] = []
    var newest: (generation: Int, line: [UInt8]) = (0, [])
    var reported = 0
    let readable = Int16(POLLIN)
    let broken = Int16(POLLIN) | Int16(POLLHUP) | Int16(POLLERR)
    while true {
      let watched =
        [(listener, readable), (wakeRead, readable)]
        + clients.map {
          ($0.descriptor, readable | ($0.wantsToWrite(newest.generation) ? Int16(POLLOUT) : 0))
        }
      let waitsForSize = clients.contains(where: \.awaited)
      let events = UnixSocket.wait(watched, milliseconds: waitsForSize ? 100 : -1)
      while UnixSocket.receive(wakeRead, upTo: 256)?.isEmpty == false {}
      if shared.withLock({ $0.stopping }) { break }
      var kept: [Client] = []
      var unknown = 0
      let now = DispatchTime.now().uptimeNanoseconds
      for (index, var client) in clients.enumerated() {
        // A wall sends only its size; its end is noticed here too.
        if events[2 + index] & broken != 0, !client.read(unknown: &unknown) {
          close(client.descriptor)
          continue
        }
        if client.awaited, now - client.connected > Self.silenceMilliseconds * 1_000_000 {
          client.silent = true
        }
        kept.append(client)
      }
      clients = kept
      if events[0] & readable != 0 {
        while let client = accept() { clients.append(client) }
      }
      // Read after the accepts: a wall that connected after a publish gets at least that view.
      // Encoded only for a wall to send it to: with none, this thread would compete with the
      // loop's first frame on a two-core laptop for nothing.
      let (latest, generation) = shared.withLock { ($0.latest, $0.generation) }
      if !clients.isEmpty, generation != newest.generation, let latest,
        let line = WallFrame.line(for: latest)
      {
        newest = (generation, line)
      }
      kept = []
      for var client in clients {
        if client.flush(newest) { kept.append(client) } else { close(client.descriptor) }
      }
      clients = kept
      let fit = Self.fit(of: clients)
      let fitChanged = shared.withLock { shared in
        shared.unknownLines += unknown
        defer { shared.fit = fit }
        return shared.fit != fit
      }
      if clients.count != reported || fitChanged {
        reported = clients.count
        onCount(reported)
      }
    }
    for client in clients { close(client.descriptor) }
    if reported != 0 { onCount(0) }
  }

  /// What one snapshot for all these walls should hold: see `fit`. A wall still about to say
  /// its size is left out of the reckoning until it does or falls silent.
  private static func fit(of clients: [Client]) -> WallFit? {
    if clients.contains(where: \.silent) { return nil }
    let said = clients.compactMap(\.fit)
    guard let first = said.first else { return defaultFit }
    return said.dropFirst().reduce(first) { $0.union($1) }
  }

  /// The next wall waiting to be let in, or nil when none is. Another user's process is closed
  /// at once and the next one looked at.
  private func accept() -> Client? {
    while true {
      let descriptor = acceptConnection(listener)
      guard descriptor >= 0 else {
        if errno == EINTR || errno == ECONNABORTED { continue }
        return nil
      }
      UnixSocket.prepare(descriptor)
      guard UnixSocket.peerUser(descriptor) == getuid() else {
        close(descriptor)
        continue
      }
      UnixSocket.setNonBlocking(descriptor)
      return Client(descriptor: descriptor)
    }
  }
}

private func acceptConnection(_ listener: Int32) -> Int32 {
  accept(listener, nil, nil)
}
