import Foundation
import TafelCore
import Testing

@testable import TafelLink

/// What goes wrong around a wall must never cost the facilitator: walls that come and go by the
/// hundred, a wall killed, a stranger's file where the socket goes, another user's process.
/// Each test ends by editing a score on the laptop and finding it in the file.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct WallFaultTests {
  @Test func aHundredWallsComingAndGoingNeitherBlockNorCostAnEdit() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let laptop = try TwoScreens.facilitator(workspace)
      let path = try TwoScreens.socket(workspace)
      // The socket opens just after the first frame, which the Team view on screen only
      // promises has been painted: a connection in between finds no socket (ENOENT).
      let deadline = Date().addingTimeInterval(10)
      while Date() < deadline, !FileManager.default.fileExists(atPath: path) { usleep(20_000) }
      var greeted = 0
      for round in 0..<100 {
        let descriptor = UnixSocket.make()
        defer { close(descriptor) }
        #expect(UnixSocket.connect(descriptor, to: path) == 0, "connection \(round)")
        // Every other one reads its hello and first picture; the rest leave at once.
        guard round.isMultiple(of: 2) else { continue }
        if UnixSocket.wait([(descriptor, Int16(POLLIN))], milliseconds: 5000)[0] != 0,
          let bytes = UnixSocket.receive(descriptor), bytes.starts(with: WallFrame.hello)
        {
          greeted += 1
        }
        if round == 50 { try laptop.send("4") }
      }
      #expect(greeted == 50)
      let wall = try TwoScreens.wall(workspace)
      try wall.waitFor("20 kaarten")
      try TwoScreens.editIsKept(laptop, workspace)
      try wall.waitFor("Anouk Hoëvenaars")
      try laptop.send("q")
      try laptop.waitFor("EXIT=0")
    }
  }

  @Test func aWallKilledWithMinus9LeavesTheLaptopAsItWas() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let laptop = try TwoScreens.facilitator(workspace)
      let first = try TwoScreens.wall(workspace)
      try first.waitFor("Anouk Hoëvenaars")
      for pid in KillDuringAutosaveTests.children(of: try first.panePID()) { kill(pid, SIGKILL) }
      try first.waitForScreen { $0.filter { !$0.isWhitespace }.contains("EXIT=137") }
      try TwoScreens.editIsKept(laptop, workspace)
      let second = try TwoScreens.wall(workspace)
      try second.waitFor("Anouk Hoëvenaars")
      try laptop.send("q")
      try laptop.waitFor("EXIT=0")
    }
  }

  @Test func aStrangersFileWhereTheSocketGoesIsLeftAloneAndSaidOnBothSides() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let path = try TwoScreens.socket(workspace)
      #expect(FileManager.default.createFile(atPath: path, contents: Data("van iemand".utf8)))
      let laptop = try TwoScreens.facilitator(workspace)
      try laptop.waitFor("Geen muur mogelijk")
      let wall = try TwoScreens.wall(workspace)
      try wall.waitFor("geen verbinding is")
      try TwoScreens.editIsKept(laptop, workspace)
      #expect(FileManager.default.contents(atPath: path) == Data("van iemand".utf8))
      try laptop.send("q")
      try laptop.waitFor("EXIT=0")
      #expect(FileManager.default.contents(atPath: path) == Data("van iemand".utf8))
    }
  }

  @Test(.enabled(if: getuid() == 0, "needs root to act as another user through setpriv"))
  func anotherUsersProcessReachesNoWall() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      // Open to all but the runtime folder, so only the folder and the socket stand between.
      _ = chmod(workspace.url.path, 0o755)
      let laptop = try TwoScreens.facilitator(workspace)
      let path = try TwoScreens.socket(workspace)
      let script = """
        import socket
        s = socket.socket(socket.AF_UNIX)
        try:
            s.connect("\(path)")
            s.settimeout(5)
            print("bytes", len(s.recv(65536)))
        except OSError as error:
            print("refused", error.errno)
        """
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
      process.arguments = [
        "--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/python3", "-c", script,
      ]
      let output = Pipe()
      process.standardOutput = output
      process.standardError = output
      try process.run()
      process.waitUntilExit()
      let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      #expect(said.contains("refused") || said.contains("bytes 0"), "\(said)")
      try TwoScreens.editIsKept(laptop, workspace)
      try laptop.send("q")
      try laptop.waitFor("EXIT=0")
    }
  }
}
