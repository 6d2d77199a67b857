import Foundation
import Testing

/// The file under a running Tafel goes wrong: replaced or deleted by another program, a file-size
/// limit, a full disk, a read-only folder. Each time the screen says so, the edits in memory stay,
/// the file on disk is never half-written, and save-as (or the rescue copy on quit) keeps
/// everything.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct FileFaultTests {
  /// A private mount namespace with a small tmpfs is how a full disk and a read-only folder are
  /// made without touching the machine; it needs user namespaces (or root).
  static let canMountPrivately: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
    process.arguments = ["-rm", "sh", "-c", "mount -t tmpfs -o size=8k tmpfs /mnt"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }()

  func title(_ workspace: Workspace, _ name: String) throws -> String? {
    let saved =
      try JSONSerialization.jsonObject(with: try workspace.bytes(name)) as? [String: Any]
    return saved?["title"] as? String
  }

  /// Opens the demo copy `w.json` (or `file`) on the Team view with Anouk selected.
  func open(
    _ workspace: Workspace, file: String = "w.json", launcher: String = "",
    expecting: String = "▸ Anouk Hoëvenaars"
  ) throws -> TmuxSession {
    try FileManager.default.createDirectory(
      atPath: workspace.path("xdg"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      atPath: workspace.path("tmp"), withIntermediateDirectories: true)
    let tmux = try TmuxSession(
      ["open", file, "--lang", "nl"], width: 160, in: workspace.url,
      environment: ["XDG_DATA_HOME": workspace.path("xdg"), "TMPDIR": workspace.path("tmp")],
      launcher: launcher)
    try tmux.waitFor(expecting)
    return tmux
  }

  /// Opens a copy of the demo in `vol/`, a tmpfs that only Tafel sees, made with `options` and
  /// then treated with `afterCopy` (a shell command, or nothing).
  func openOnPrivateMount(
    _ workspace: Workspace, options: String, afterCopy: String = "",
    expecting: String = "▸ Anouk Hoëvenaars"
  ) throws -> TmuxSession {
    #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
    try FileManager.default.createDirectory(
      atPath: workspace.path("vol"), withIntermediateDirectories: true)
    let then = afterCopy.isEmpty ? "" : afterCopy + " && "
    return try open(
      workspace, file: "vol/w.json",
      launcher: "unshare -rm sh -c 'mount -t tmpfs \(options) tmpfs vol && cp w.json vol/ && "
        + then + "exec \"$@\"' sh",
      expecting: expecting)
  }

  func raiseAnoukYellow(_ tmux: TmuxSession) throws {
    try tmux.send("Enter", "Right", "Enter")
  }

  func saveAs(_ name: String, _ tmux: TmuxSession) throws {
    try tmux.send("S")
    try tmux.waitFor("Opslaan als")
    try tmux.send(name, literally: true)
    try tmux.send("Enter")
    try tmux.waitFor("Opgeslagen als")
  }

  @Test func aFileReplacedUnderATafelIsNotOverwrittenAndSaveAsKeepsTheEdits() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let tmux = try open(workspace)

      // Another program (a sync client, an editor) puts its own version in place.
      var other =
        try JSONSerialization.jsonObject(with: try workspace.bytes("w.json")) as? [String: Any]
      other?["title"] = "Versie van de gemeente"
      try JSONSerialization.data(withJSONObject: other ?? [:]).write(
        to: workspace.url.appendingPathComponent("w.json"), options: .atomic)
      let theirs = try workspace.bytes("w.json")

      try raiseAnoukYellow(tmux)
      try tmux.waitFor("NIET opgeslagen")
      try tmux.waitFor("w.json: is buiten Tafel gewijzigd of vervangen")
      #expect(try workspace.bytes("w.json") == theirs)

      // One letter: Foundation's path arithmetic traps on such a name; Tafel's must not.
      try saveAs("g", tmux)
      #expect(try workspace.anoukYellow(in: "g") == 73)
      #expect(try title(workspace, "g") == "Wijkalliantie Noord")
      try raiseAnoukYellow(tmux)
      try tmux.waitForScreen { _ in (try? workspace.anoukYellow(in: "g")) == 74 }
      #expect(try workspace.bytes("w.json") == theirs)

      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
    }
  }

  @Test func aFileDeletedUnderATafelComesBackWhenSavedUnderItsOwnName() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let tmux = try open(workspace)
      try FileManager.default.removeItem(atPath: workspace.path("w.json"))

      try raiseAnoukYellow(tmux)
      try tmux.waitFor("w.json: is intussen verwijderd of verplaatst")
      #expect(!workspace.exists("w.json"))

      // A doubled slash before a letter such as é made Foundation's path methods trap.
      try FileManager.default.createDirectory(
        atPath: workspace.path("map"), withIntermediateDirectories: true)
      try saveAs("map//é.json", tmux)
      #expect(try workspace.anoukYellow(in: "map/é.json") == 73)

      try saveAs("w.json", tmux)
      #expect(try workspace.anoukYellow(in: "w.json") == 73)
      try raiseAnoukYellow(tmux)
      try tmux.waitForScreen { _ in (try? workspace.anoukYellow(in: "w.json")) == 74 }
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
      #expect(try workspace.tafel("check", "w.json").status == 0)
    }
  }

  @Test func saveAsOverTafelsOwnLockOrBackupIsRefusedAndTheWorkGoesOn() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let tmux = try open(workspace)
      try raiseAnoukYellow(tmux)
      try tmux.waitForScreen { _ in (try? workspace.anoukYellow(in: "w.json")) == 73 }
      for name in ["w.json.lock", "w.json.bak"] {
        try tmux.send("S")
        try tmux.waitFor("Opslaan als")
        try tmux.send(name, literally: true)
        try tmux.send("Enter")
        try tmux.waitFor("\(name): eindigt op .lock, .bak of .tmp")
      }
      try raiseAnoukYellow(tmux)
      try tmux.waitForScreen { _ in (try? workspace.anoukYellow(in: "w.json")) == 74 }
      // The backup is the file as this Tafel opened it, not the version before the last save.
      #expect(try workspace.anoukYellow(in: "w.json.bak") == 72)
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
      #expect(try workspace.contents() == ["tmp", "w.json", "w.json.bak", "xdg"])
    }
  }

  @Test func aFileSizeLimitFailsTheSaveButDoesNotKillTafel() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let before = try workspace.bytes("w.json")
      // 8 blocks of 512 bytes: less than the demo file, so every save and the rescue copy fail.
      let tmux = try open(workspace, launcher: "sh -c 'ulimit -f 8; exec \"$@\"' sh")

      try raiseAnoukYellow(tmux)
      try tmux.waitFor("Niets is kwijt: druk S om elders op te slaan. Opslaan mislukt: w.json")
      try tmux.send("q")
      try tmux.waitFor("Toch stoppen?")
      try tmux.send("j")
      let end = try tmux.waitFor("EXIT=")
      #expect(end.contains("De laatste wijzigingen zijn niet opgeslagen"))
      #expect(end.contains("Ook een reservekopie lukte niet"))
      #expect(end.contains("EXIT=1"))
      #expect(try workspace.bytes("w.json") == before)
      #expect(try workspace.contents().filter { $0.hasPrefix(".") }.isEmpty, "no temporary files")
    }
  }

  @Test(.enabled(if: canMountPrivately, "needs a private mount namespace (unshare -rm)"))
  func aFullDiskFailsTheSaveAndQuittingLeavesARescueCopy() throws {
    try withWorkspace { workspace in
      // Three pages: the workshop (two) and its lock (one) fill it.
      let tmux = try openOnPrivateMount(workspace, options: "-o size=12k")
      try raiseAnoukYellow(tmux)
      // In Dutch, like everything else on the screen.
      try tmux.waitFor("de schijf is vol")
      try tmux.waitFor("✗ NIET opgeslagen")
      // No: back to the workshop, with the edit still there.
      try tmux.send("q")
      try tmux.waitFor("Toch stoppen?")
      try tmux.send("n")
      try tmux.waitForScreen { !$0.contains("Toch stoppen?") }
      try tmux.send("q")
      try tmux.waitFor("Toch stoppen?")
      try tmux.send("j")
      let end = try tmux.waitFor("EXIT=")
      #expect(end.contains("EXIT=1"))
      #expect(end.contains("Een reservekopie met alle wijzigingen staat in"))
      let rescues = try FileManager.default.contentsOfDirectory(
        atPath: workspace.path("xdg/tafel/rescue"))
      #expect(rescues.count == 1)
      let rescue = "xdg/tafel/rescue/" + (rescues.first ?? "")
      #expect(rescue.hasSuffix(".json") && rescue.contains("/w-"))
      #expect(try workspace.anoukYellow(in: rescue) == 73)
      #expect(try workspace.mode(rescue) == 0o600)
      #expect(try workspace.tafel("check", rescue).status == 0)
    }
  }

  @Test(.enabled(if: canMountPrivately, "needs a private mount namespace (unshare -rm)"))
  func aReadOnlyFolderOpensReadOnlyAndSaveAsMakesAnEditableCopy() throws {
    try withWorkspace { workspace in
      let tmux = try openOnPrivateMount(
        workspace, options: "", afterCopy: "mount -o remount,ro vol",
        expecting: "Niet beschrijfbaar: de map van vol/w.json (de schijf of map is alleen-lezen)")
      try tmux.waitFor("alleen lezen")
      try raiseAnoukYellow(tmux)

      try saveAs("kopie.json", tmux)
      #expect(try workspace.anoukYellow(in: "kopie.json") == 72, "read-only: the edit did nothing")
      try raiseAnoukYellow(tmux)
      try tmux.waitForScreen { _ in (try? workspace.anoukYellow(in: "kopie.json")) == 73 }
      try tmux.send("q")
      try tmux.waitFor("EXIT=0")
    }
  }
}
