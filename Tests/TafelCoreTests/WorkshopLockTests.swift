import Foundation
import Testing

@testable import TafelCore

@Suite struct WorkshopLockTests {
  let scratch: ScratchFolder
  init() throws { scratch = try ScratchFolder() }
  var folder: URL { scratch.url }
  var path: String { scratch.workshopPath }

  @Test func aSecondLockIsRefusedAndToldWhoHoldsIt() throws {
    let first = try WorkshopLock(workshopPath: path)
    defer { first.release() }
    do {
      _ = try WorkshopLock(workshopPath: path)
      Issue.record("a second lock was granted")
    } catch {
      guard case .locked(let owner) = error.kind else {
        Issue.record("expected locked, got \(error.kind)")
        return
      }
      #expect(owner.processID == getpid())
      #expect(!owner.since.isEmpty)
    }
    #expect(WorkshopLock.currentOwner(ofWorkshopAt: path)?.processID == getpid())
  }

  @Test func takingTheLockClearsWhatAKilledSaveLeftOfThisFileOnly() throws {
    let name = (path as NSString).lastPathComponent
    let leftovers = ["." + name + ".tmp-a1B2c3", name + ".bak.tmp"]
    let others = [".andere.json.tmp-a1B2c3", "." + name + ".tmp-notmine", name + ".bak"]
    for file in leftovers + others {
      #expect(
        FileManager.default.createFile(
          atPath: folder.appendingPathComponent(file).path, contents: Data("{".utf8)))
    }
    let lock = try WorkshopLock(workshopPath: path)
    defer { lock.release() }
    let present = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
    #expect(present.isDisjoint(with: leftovers))
    #expect(present.isSuperset(of: others))
  }

  @Test func aReleasedLockCanBeTakenAgain() throws {
    let first = try WorkshopLock(workshopPath: path)
    first.release()
    #expect(WorkshopLock.currentOwner(ofWorkshopAt: path) == nil)
    let second = try WorkshopLock(workshopPath: path)
    second.release()
  }

  @Test func aLockFileLeftByACrashedProcessDoesNotBlock() throws {
    let stale = "{\"host\":\"elders\",\"processID\":999999,\"since\":\"2026-01-01T09:00:00+01:00\"}"
    try Data(stale.utf8).write(to: URL(fileURLWithPath: path + ".lock"))
    #expect(WorkshopLock.currentOwner(ofWorkshopAt: path) == nil)
    let lock = try WorkshopLock(workshopPath: path)
    #expect(WorkshopLock.currentOwner(ofWorkshopAt: path)?.processID == getpid())
    lock.release()
  }

  @Test func aFileOfSomeonesOwnAtTheLocksNameIsNeitherTruncatedNorLocked() throws {
    let notes = "Notities voor de sessie van dinsdag\n"
    try Data(notes.utf8).write(to: URL(fileURLWithPath: path + ".lock"))
    #expect(throws: FileError(path: path + ".lock", kind: .notMadeByTafel)) {
      try WorkshopLock(workshopPath: path)
    }
    #expect(try String(contentsOfFile: path + ".lock", encoding: .utf8) == notes)
  }

  @Test func aLinkAtTheLocksNameIsNotFollowed() throws {
    let victim = folder.appendingPathComponent("victim.txt")
    try Data("precious".utf8).write(to: victim)
    try FileManager.default.createSymbolicLink(
      atPath: path + ".lock", withDestinationPath: victim.path)
    #expect(throws: FileError(path: path + ".lock", kind: .symbolicLink)) {
      try WorkshopLock(workshopPath: path)
    }
    #expect(try String(contentsOf: victim, encoding: .utf8) == "precious")
    #expect(WorkshopLock.currentOwner(ofWorkshopAt: path) == nil)
  }

  /// The lock's text is written by hand; whatever the machine is called, it reads back.
  @Test func theLockTextReadsBackWhateverTheHostIsCalled() throws {
    for host in ["laptop", "Anouk's \"laptop\"", "a\\b", "tab\there\nline", "\u{1}\u{7F}é😀", ""] {
      let owner = LockOwner(processID: 4242, host: host, since: "2026-12-02T10:00:00+01:00")
      let read = try JSONDecoder().decode(LockOwner.self, from: Data(owner.fileText))
      #expect(read == owner, "\(host)")
    }
  }
}
