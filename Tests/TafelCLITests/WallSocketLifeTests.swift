import Foundation
import TafelCore
import Testing

@testable import TafelLink

/// The wall's socket lives as long as the facilitator's Tafel and goes where the workshop goes:
/// save-as moves it to the new file's name, quitting removes it, and one left by a crash is
/// cleared when a Tafel finds it.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct WallSocketLifeTests {
  @Test func afterSaveAsAWallFindsTheWorkshopUnderItsNewNameAndTheOldWallFollows() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let laptop = try TwoScreens.facilitator(workspace)
      let old = try TwoScreens.wall(workspace)
      try old.waitFor("Anouk Hoëvenaars")
      try laptop.send("S")
      try laptop.waitFor("Opslaan als")
      try laptop.send("nieuw.json", literally: true)
      try laptop.send("Enter")
      try laptop.waitFor("Opgeslagen als")
      #expect(TwoScreens.sockets(workspace) == [try TwoScreens.socketName(workspace, "nieuw.json")])
      let new = try TwoScreens.wall(workspace, file: "nieuw.json")
      try new.waitFor("Anouk Hoëvenaars")
      try laptop.waitFor("2 muren")
      // Both walls follow the next key.
      try laptop.send("4")
      try new.waitFor("20 kaarten")
      try old.waitFor("20 kaarten")
      try laptop.send("q")
      try laptop.waitFor("EXIT=0")
      try new.waitFor("Geen verbinding met Tafel")
      #expect(TwoScreens.sockets(workspace).isEmpty)
    }
  }

  @Test func quittingRemovesTheSocketAndOneLeftByACrashIsClearedWhenFound() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      #expect(try workspace.tafel("demo", "--output", "ander.json").status == 0)
      // A socket nobody answers on, as a Tafel killed with -9 leaves it, for another workshop.
      let stale = try TwoScreens.socket(workspace, file: "ander.json")
      let dead = UnixSocket.make()
      #expect(UnixSocket.listen(dead, at: stale) == 0)
      close(dead)
      // Older than a moment: one being made right now is never taken for a crash's.
      var times = [timespec(tv_sec: 1_700_000_000, tv_nsec: 0)]
      times.append(times[0])
      #expect(utimensat(AT_FDCWD, stale, &times, AT_SYMLINK_NOFOLLOW) == 0)
      let laptop = try TwoScreens.facilitator(workspace)
      #expect(TwoScreens.sockets(workspace) == [try TwoScreens.socketName(workspace, "w.json")])
      try laptop.send("q")
      try laptop.waitFor("EXIT=0")
      #expect(TwoScreens.sockets(workspace).isEmpty)
    }
  }
}
