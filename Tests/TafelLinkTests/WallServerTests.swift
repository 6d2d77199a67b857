import Foundation
import TafelCore
import TafelUI
import Testing

@testable import TafelLink

/// What crosses the socket, read as bytes by a plain client.
@Suite struct WallServerTests {
  @Test func aWallGetsTheHelloThenTheNewestSnapshotAndEveryChangeOnce() throws {
    let temporary = TemporaryFolder()
    let server = try WallServer(at: temporary.file("w.sock"), onCount: { _ in })
    defer { server.stop() }
    server.publish(Views.page("eerste"))
    server.publish(Views.page("tweede"))
    let wall = try #require(RawWall(server.path))
    #expect(wall.text() == helloText)
    // Late, so it catches up with the newest only.
    #expect(wall.text() == Views.json(Views.page("tweede")))
    server.publish(Views.page("tweede"))
    server.publish(.blank)
    #expect(wall.text() == #"{"blank":true}"#)
    server.publish(Views.page("derde"))
    #expect(wall.text() == Views.json(Views.page("derde")))
    #expect(wall.text(seconds: 0.3) == nil)
  }

  @Test func nothingPrivateCrossesTheSocketForAnyScreenOrSetting() throws {
    let temporary = TemporaryFolder()
    let server = try WallServer(at: temporary.file("w.sock"), onCount: { _ in })
    defer { server.stop() }
    let wall = try #require(RawWall(server.path))
    #expect(wall.text() == helloText)
    var previous: WallView?
    for setting in WallFixtures.allSettings() {
      let view = WallView.onWall(setting.state, content: WallFixtures.content)
      server.publish(view)
      guard view != previous else { continue }
      previous = view
      let bytes = try #require(wall.text(), "\(setting) sent nothing")
      #expect(bytes == Views.json(view), "\(setting)")
      #expect(!bytes.contains(WallFixtures.marker), "\(setting): \(bytes)")
      guard setting.state.wall.privacyMode else { continue }
      for surname in WallFixtures.surnames {
        #expect(bytes.range(of: surname, options: .caseInsensitive) == nil, "\(setting)")
      }
      #expect(!bytes.contains("\"scores\""), "\(setting)")
    }
  }

  @Test func theCountOfWallsFollowsThemComingAndGoing() throws {
    let temporary = TemporaryFolder()
    let counts = CountRecorder()
    let server = try WallServer(at: temporary.file("w.sock"), onCount: counts.report)
    defer { server.stop() }
    var walls = (0..<3).compactMap { _ in RawWall(server.path) }
    #expect(walls.count == 3)
    waitUntil("three walls") { counts.last == 3 }
    walls.removeLast()
    waitUntil("two walls") { counts.last == 2 }
    walls.removeAll()
    waitUntil("no walls") { counts.last == 0 }
  }

  @Test func aHundredWallsComingAndGoingLeaveTheServerServing() throws {
    let temporary = TemporaryFolder()
    let counts = CountRecorder()
    let server = try WallServer(at: temporary.file("w.sock"), onCount: counts.report)
    defer { server.stop() }
    for round in 0..<100 {
      server.publish(Views.page("ronde \(round)"))
      let wall = try #require(RawWall(server.path), "connection \(round)")
      // Half of them leave without reading a byte, half after the first snapshot.
      if round.isMultiple(of: 2) {
        #expect(wall.text() == helloText)
        #expect(wall.text() == Views.json(Views.page("ronde \(round)")))
      }
    }
    waitUntil("every wall gone") { counts.last == 0 }
    let last = try #require(RawWall(server.path))
    #expect(last.text() == helloText)
    #expect(last.text() == Views.json(Views.page("ronde 99")))
  }

  @Test func aWallThatStopsReadingHoldsNeitherTheServerNorTheOtherWalls() throws {
    let temporary = TemporaryFolder()
    let server = try WallServer(at: temporary.file("w.sock"), onCount: { _ in })
    defer { server.stop() }
    let stuck = try #require(RawWall(server.path))
    let reader = try #require(RawWall(server.path))
    let title = String(repeating: "lange titel ", count: 2_000)
    for round in 0..<300 { server.publish(Views.page("\(round) \(title)")) }
    #expect(reader.text() == helloText)
    // The newest comes through, whatever the stuck one is doing.
    waitUntil("the newest snapshot") {
      reader.text(seconds: 0.5).map { $0.contains("299 lange") } ?? false
    }
    _ = stuck
  }

  @Test func aSocketLeftByACrashIsReplaced() throws {
    let temporary = TemporaryFolder()
    let path = temporary.file("w.sock")
    // A socket file nobody answers on, as a Tafel killed with -9 leaves it.
    let dead = UnixSocket.make()
    #expect(UnixSocket.listen(dead, at: path) == 0)
    close(dead)
    #expect(FileManager.default.fileExists(atPath: path))
    let server = try WallServer(at: path, onCount: { _ in })
    defer { server.stop() }
    let wall = try #require(RawWall(path))
    #expect(wall.text() == helloText)
  }

  @Test func aLiveSocketIsNotTakenOver() throws {
    let temporary = TemporaryFolder()
    let path = temporary.file("w.sock")
    let first = try WallServer(at: path, onCount: { _ in })
    defer { first.stop() }
    first.publish(Views.page("eerste"))
    #expect(throws: LinkError.alreadyServed(path: path)) {
      _ = try WallServer(at: path, onCount: { _ in })
    }
    let wall = try #require(RawWall(path))
    #expect(wall.text() == helloText)
    #expect(wall.text() == Views.json(Views.page("eerste")))
  }

  @Test func aFileThatIsNoSocketIsLeftAlone() throws {
    let temporary = TemporaryFolder()
    let path = temporary.file("w.sock")
    #expect(FileManager.default.createFile(atPath: path, contents: Data("notities".utf8)))
    #expect(throws: LinkError.foreign(path: path, reason: .notSocket)) {
      _ = try WallServer(at: path, onCount: { _ in })
    }
    #expect(FileManager.default.contents(atPath: path) == Data("notities".utf8))
  }

  @Test(.enabled(if: runsAsRoot, "needs to give a socket to another user"))
  func anotherUsersSocketIsRefusedAndLeftAlone() throws {
    let temporary = TemporaryFolder()
    let path = temporary.file("w.sock")
    let stranger = UnixSocket.make()
    #expect(UnixSocket.listen(stranger, at: path) == 0)
    defer { close(stranger) }
    #expect(chown(path, 65534, 65534) == 0)
    #expect(throws: LinkError.foreign(path: path, reason: .ownedBy(uid: 65534))) {
      _ = try WallServer(at: path, onCount: { _ in })
    }
    #expect(FileManager.default.fileExists(atPath: path))
    let strings = try Content.embedded().strings
    let message = strings.text(
      LinkError.foreign(path: path, reason: .ownedBy(uid: 65534)).message, in: .nl)
    #expect(message.contains(path) && message.contains("andere gebruiker"))
  }

  /// Even with the folder and socket opened up by mistake, another user's process is closed
  /// before a byte is sent: the check is the kernel's word on who connected (SO_PEERCRED).
  @Test(.enabled(if: canSwitchUser, "needs root, setpriv and /usr/bin/python3"))
  func anotherUsersProcessGetsNotAByte() throws {
    let temporary = TemporaryFolder()
    _ = chmod(temporary.path, 0o777)
    let path = temporary.file("w.sock")
    let counts = CountRecorder()
    let server = try WallServer(at: path, onCount: counts.report)
    defer { server.stop() }
    server.publish(Views.page("Alliantie"))
    _ = chmod(path, 0o777)
    let script = """
      import socket
      s = socket.socket(socket.AF_UNIX)
      s.connect("\(path)")
      s.settimeout(5)
      data = b""
      while True:
          chunk = s.recv(65536)
          if not chunk: break
          data += chunk
      print("bytes", len(data))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: setprivPath)
    process.arguments = [
      "--reuid=65534", "--regid=65534", "--clear-groups", systemPython, "-c", script,
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    process.waitUntilExit()
    let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(said.contains("bytes 0"), "\(said)")
    #expect(counts.all.allSatisfy { $0 == 0 })
    let own = try #require(RawWall(path))
    #expect(own.text() == helloText)
  }

  @Test func stoppingClosesTheWallsAndRemovesTheSocket() throws {
    let temporary = TemporaryFolder()
    let path = temporary.file("w.sock")
    let server = try WallServer(at: path, onCount: { _ in })
    let wall = try #require(RawWall(path))
    #expect(wall.text() == helloText)
    server.stop()
    #expect(wall.text(seconds: 5) == nil)
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test func startFindsTheWorkshopsSocketInThePrivateFolder() throws {
    let temporary = TemporaryFolder()
    let workshop = temporary.file("alliantie.json")
    let server = try WallServer.start(
      workshopAt: workshop, environment: ["XDG_RUNTIME_DIR": temporary.path], onCount: { _ in })
    defer { server.stop() }
    #expect(server.path == WallAddress.socket(forWorkshopAt: workshop, in: try temporary.runtime()))
    var status = stat()
    #expect(lstat(server.path, &status) == 0)
    #expect(status.st_mode & 0o077 == 0)
  }
}
