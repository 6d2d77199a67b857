import Foundation
import Testing

@testable import TafelCore

@Suite final class WorkshopLockTests {
  let folder: URL
  let path: String

  init() throws {
    folder = try Fixtures.temporaryDirectory()
    path = folder.appendingPathComponent("workshop.json").path
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

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
}
