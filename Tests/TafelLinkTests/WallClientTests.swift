import Foundation
import TafelCore
import TafelUI
import Testing

@testable import TafelLink

/// The wall's end: waits, follows, notices the loss, comes back and catches up on its own.
@Suite struct WallClientTests {
  @Test func aWallStartedFirstWaitsThenFollowsLosesAndCatchesUp() throws {
    let temporary = TemporaryFolder()
    let folder = try temporary.runtime()
    let path = WallAddress.socket(forWorkshopAt: temporary.file("w.json"), in: folder)
    let client = WallClient(.socket(path))
    client.start()
    defer { client.stop() }
    usleep(300_000)
    #expect(client.status.link == .waiting)
    #expect(client.status.view == nil)

    var server = try WallServer(at: path, onCount: { _ in })
    server.publish(Views.page("eerste"))
    waitUntil("the first picture") { client.status.view == Views.page("eerste") }
    #expect(client.status.link == .connected)
    server.publish(Views.page("tweede"))
    waitUntil("the second picture") { client.status.view == Views.page("tweede") }

    server.stop()
    waitUntil("the loss") { client.status.link == .lost }
    // The room keeps its picture under the banner.
    #expect(client.status.view == Views.page("tweede"))

    server = try WallServer(at: path, onCount: { _ in })
    defer { server.stop() }
    server.publish(Views.page("derde"))
    waitUntil("catching up") { client.status.view == Views.page("derde") }
    #expect(client.status.link == .connected)
  }

  @Test func aTafelKilledWithoutStoppingIsLostAndItsSocketReplacedByTheNext() throws {
    let temporary = TemporaryFolder()
    let path = temporary.file("w.sock")
    // A server that vanishes without removing its socket, as after kill -9.
    let listener = UnixSocket.make()
    #expect(UnixSocket.listen(listener, at: path) == 0)
    let client = WallClient(.socket(path))
    client.start()
    defer { client.stop() }
    waitUntil("a connection") {
      let accepted = accept(listener, nil, nil)
      guard accepted >= 0 else { return false }
      let hello = WallFrame.hello + (WallFrame.line(for: Views.page("voor")) ?? [])
      _ = hello.withUnsafeBytes { write(accepted, $0.baseAddress, $0.count) }
      close(accepted)
      return true
    }
    close(listener)
    waitUntil("the loss") { client.status.link == .lost }
    #expect(client.status.view == Views.page("voor"))
    let server = try WallServer(at: path, onCount: { _ in })
    defer { server.stop() }
    server.publish(Views.page("na"))
    waitUntil("catching up") { client.status.view == Views.page("na") }
  }

  @Test func anotherVersionIsSaidAndNotDrawn() throws {
    let temporary = TemporaryFolder()
    let path = temporary.file("w.sock")
    let listener = UnixSocket.make()
    #expect(UnixSocket.listen(listener, at: path) == 0)
    defer { close(listener) }
    let client = WallClient(.socket(path))
    client.start()
    defer { client.stop() }
    waitUntil("a connection") {
      let accepted = accept(listener, nil, nil)
      guard accepted >= 0 else { return false }
      let bytes =
        Array(#"{"tafel":"wall","version":99}"#.utf8) + [10]
        + (WallFrame.line(for: Views.page("x")) ?? [])
      _ = bytes.withUnsafeBytes { write(accepted, $0.baseAddress, $0.count) }
      close(accepted)
      return true
    }
    waitUntil("the refusal") {
      client.status.link == .refused(Message(.linkOtherVersion, ["theirs": "99", "ours": "1"]))
    }
    #expect(client.status.view == nil)
  }

  @Test func withoutAFileItFollowsTheOneTafelAndAsksWhenThereAreSeveral() throws {
    let temporary = TemporaryFolder()
    let folder = try temporary.runtime()
    let client = WallClient(.anyIn(folder: folder))
    client.start()
    defer { client.stop() }
    let first = try WallServer(
      at: WallAddress.socket(forWorkshopAt: "/a/alliantie.json", in: folder), onCount: { _ in })
    defer { first.stop() }
    first.publish(Views.page("alliantie"))
    waitUntil("the one Tafel") { client.status.view == Views.page("alliantie") }

    let other = WallClient(.anyIn(folder: folder))
    let second = try WallServer(
      at: WallAddress.socket(forWorkshopAt: "/b/rivierenland.json", in: folder), onCount: { _ in })
    defer { second.stop() }
    other.start()
    defer { other.stop() }
    waitUntil("the question") {
      other.status.link == .refused(Message(.linkSeveral, ["names": "alliantie, rivierenland"]))
    }
  }

  @Test func aRuntimeFolderOthersCanEnterIsNotFollowed() throws {
    let temporary = TemporaryFolder()
    let folder = try temporary.runtime()
    _ = chmod(folder, 0o755)
    let client = WallClient(.socket(folder + "/w.sock"))
    client.start()
    defer { client.stop() }
    waitUntil("the refusal") {
      client.status.link
        == .refused(LinkError.folderUnsafe(path: folder, reason: .openToOthers).message)
    }
  }
}

/// The wall does not follow what the facilitator's side would not use either.
@Suite struct WallClientRefusalTests {
  @Test func aFileThatIsNoSocketIsSaidNotFollowed() throws {
    let temporary = TemporaryFolder()
    let folder = try temporary.runtime()
    let workshop = temporary.file("w.json")
    let path = WallAddress.socket(forWorkshopAt: workshop, in: folder)
    #expect(FileManager.default.createFile(atPath: path, contents: Data("x".utf8)))
    let client = WallClient(.workshop(path: workshop, folder: folder))
    client.start()
    defer { client.stop() }
    waitUntil("the refusal") {
      client.status.link == .refused(LinkError.foreign(path: path, reason: .notSocket).message)
    }
  }

  @Test func aWorkshopMadeAfterTheWallStartedIsFoundByItsFullName() throws {
    let temporary = TemporaryFolder()
    let folder = try temporary.runtime()
    #expect(mkdir(temporary.file("real"), 0o700) == 0)
    #expect(symlink(temporary.file("real"), temporary.file("link")) == 0)
    // Named through a link while the file is not there yet.
    let client = WallClient(.workshop(path: temporary.file("link/w.json"), folder: folder))
    client.start()
    defer { client.stop() }
    usleep(300_000)
    #expect(client.status.link == .waiting)
    let workshop = temporary.file("real/w.json")
    #expect(FileManager.default.createFile(atPath: workshop, contents: Data("{}".utf8)))
    let server = try WallServer.start(
      workshopAt: workshop, environment: ["XDG_RUNTIME_DIR": temporary.path], onCount: { _ in })
    defer { server.stop() }
    server.publish(Views.page("gevonden"))
    waitUntil("the picture") { client.status.view == Views.page("gevonden") }
  }
}
