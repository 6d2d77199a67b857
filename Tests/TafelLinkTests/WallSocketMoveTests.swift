import Foundation
import TafelCore
import TafelUI
import Testing

@testable import TafelLink

/// The socket follows the workshop's file (save-as) and does not outlive the Tafel that made it.
@Suite struct WallSocketMoveTests {
  @Test func aMovedSocketKeepsItsWallsAndAnswersAtTheNewNameOnly() throws {
    let temporary = TemporaryFolder()
    let old = temporary.file("oud.sock")
    let new = temporary.file("nieuw.sock")
    let server = try WallServer(at: old, onCount: { _ in })
    let before = try #require(RawWall(old))
    #expect(before.text() == helloText)
    try server.move(to: new)
    #expect(server.path == new)
    #expect(!FileManager.default.fileExists(atPath: old))
    server.publish(Views.page("na opslaan als"))
    #expect(before.text() == Views.json(Views.page("na opslaan als")))
    let after = try #require(RawWall(new))
    #expect(after.text() == helloText)
    #expect(after.text() == Views.json(Views.page("na opslaan als")))
    #expect(RawWall(old) == nil)
    server.stop()
    #expect(!FileManager.default.fileExists(atPath: new))
  }

  @Test func aMoveOntoALiveSocketIsRefusedAndTheSocketStays() throws {
    let temporary = TemporaryFolder()
    let other = try WallServer(at: temporary.file("ander.sock"), onCount: { _ in })
    defer { other.stop() }
    let server = try WallServer(at: temporary.file("oud.sock"), onCount: { _ in })
    defer { server.stop() }
    #expect(throws: LinkError.alreadyServed(path: other.path)) {
      try server.move(to: other.path)
    }
    #expect(server.path == temporary.file("oud.sock"))
    #expect(RawWall(server.path)?.text() == helloText)
  }

  static func deadSocket(_ path: String, age seconds: Int) {
    let dead = UnixSocket.make()
    _ = UnixSocket.listen(dead, at: path)
    close(dead)
    var times = [timespec(tv_sec: time(nil) - seconds, tv_nsec: 0)]
    times.append(times[0])
    _ = utimensat(AT_FDCWD, path, &times, AT_SYMLINK_NOFOLLOW)
  }

  @Test func aSweepRemovesOnlyOldSocketsNobodyAnswers() throws {
    let temporary = TemporaryFolder()
    let folder = try temporary.runtime()
    Self.deadSocket(folder + "/gecrasht-1.sock", age: 3600)
    Self.deadSocket(folder + "/net-gemaakt-2.sock", age: 0)
    let live = try WallServer(at: folder + "/levend-3.sock", onCount: { _ in })
    defer { live.stop() }
    #expect(FileManager.default.createFile(atPath: folder + "/notities.sock", contents: Data()))
    WallServer.sweep(folder)
    let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(left == ["levend-3.sock", "net-gemaakt-2.sock", "notities.sock"])
  }

  @Test func startingATafelClearsWhatCrashesLeft() throws {
    let temporary = TemporaryFolder()
    let folder = try temporary.runtime()
    Self.deadSocket(folder + "/gecrasht-1.sock", age: 3600)
    let server = try WallServer.start(
      workshopAt: temporary.file("w.json"), environment: ["XDG_RUNTIME_DIR": temporary.path],
      onCount: { _ in })
    let left = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(left == [String(server.path.split(separator: "/").last ?? "")])
    server.stop()
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
  }
}
