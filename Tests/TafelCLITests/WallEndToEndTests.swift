import Foundation
import TafelCore
import Testing

@testable import TafelLink

/// The facilitator's Tafel and `tafel wall` in two terminals, as on the laptop with a projector:
/// what the keys on the laptop do shows on the wall, and only what the room may see.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct WallEndToEndTests {
  /// Every demo surname, in forms found nowhere else on the screens (`Dijk` alone is also in
  /// "Zorggroep Dijkzicht").
  static let demoSurnames = [
    "Yilmaz", "Brouwer", "Hoëvenaars", "Çelik", "Ünal", "Hoekstra", "de Wit", "van Dijk",
    "Martina", "El Amrani", "Bakker", "Verbeek", "Jansen", "Vermeulen",
  ]

  @Test func aDilemmaRoundDrivenByPageDownOnTheLaptopIsOnTheWall() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let laptop = try TwoScreens.facilitator(workspace)
      let wall = try TwoScreens.wall(workspace)
      try wall.waitFor("Anouk Hoëvenaars")
      try laptop.send("4")
      try laptop.waitFor("PgDn of spatie trekt de eerste kaart")
      try laptop.send("NPage")
      try laptop.waitFor("RONDE 1 · de kaart")
      try wall.waitFor("RONDE 1 · de kaart")
      try wall.waitFor("Dreigen met vertrek")
      try laptop.send("NPage")
      try laptop.waitFor("Keuzes: 0 van 14 binnen")
      try wall.waitFor("0 van 14")
      try laptop.send("a", "c", "c")
      try laptop.waitFor("Keuzes: 3 van 14 binnen")
      let collecting = try wall.waitFor("3 van 14")
      // Who has chosen is on the laptop; on the wall, no name at all.
      for name in ["Fatima", "Kees", "Anouk", "Mehmet"] {
        #expect(!collecting.contains(name), "\(collecting)")
      }
      try laptop.send("NPage")
      try wall.waitFor("RONDE 1 · onthulling")
      try laptop.send("NPage")
      try wall.waitFor("RONDE 1 · bespreking")
      // Blank: the wall goes dark while the laptop works on, until blanked again.
      try laptop.send(".")
      try wall.waitForScreen { !$0.contains("RONDE") && !$0.contains("Wijkalliantie") }
      // With a wall of its own, the blank key brings the wall back; other keys are not swallowed.
      try laptop.waitFor("1 muur · ZWART")
      try laptop.send(".")
      try wall.waitFor("RONDE 1 · bespreking")
      try laptop.send("NPage")
      try wall.waitFor("RONDE 2 · de kaart")
      try laptop.send("q")
      try laptop.waitFor("EXIT=0")
      try wall.waitFor("Geen verbinding met Tafel")
      // Keys on the wall do nothing there but say where they belong; q ends it.
      try wall.send("NPage")
      try wall.waitFor("andere toetsen doen hier niets")
      try wall.send("q")
      try wall.waitFor("EXIT=0")
    }
  }

  @Test func inPrivacyModeTheWallShowsNoSurnameAndNoSmallColourSplit() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let laptop = try TwoScreens.facilitator(workspace)
      let wall = try TwoScreens.wall(workspace)
      // Before privacy mode the wall names people in full; waited for as a whole, since the
      // first frame may be read while it is still arriving over the pty.
      try wall.waitForScreen { $0.contains("Anouk Hoëvenaars") && $0.contains("Vermeulen") }
      try laptop.send("I")
      // A surname that stays on the wall makes this wait fail with the screen it showed.
      let hidden = try wall.waitForScreen { screen in
        screen.contains("privacymodus") && !Self.demoSurnames.contains { screen.contains($0) }
      }
      #expect(hidden.contains("Anouk"))
      // The reveal in privacy mode: no split by colour of one or two people.
      try laptop.send("4", "NPage", "NPage", "a", "c", "c", "NPage")
      let reveal = try wall.waitFor("RONDE 1 · onthulling")
      #expect(!reveal.contains("Ge █"), "\(reveal)")
      try laptop.send("q")
      try laptop.waitFor("EXIT=0")
    }
  }

  @Test func aWallStartedFirstWaitsAndFollowsAFacilitatorKilledAndStartedAgain() throws {
    try withWorkspace { workspace in
      #expect(try workspace.tafel("demo", "--output", "w.json").status == 0)
      let wall = try TwoScreens.wall(workspace, width: 80, height: 24)
      try wall.waitFor("Wacht op Tafel")
      try wall.waitFor("tafel open w.json")
      var laptop = try TwoScreens.facilitator(workspace)
      try wall.waitFor("Anouk Hoëvenaars")
      try laptop.send("4")
      try wall.waitFor("20 kaarten")

      let tafel = KillDuringAutosaveTests.children(of: try laptop.panePID())
      #expect(!tafel.isEmpty)
      for pid in tafel { kill(pid, SIGKILL) }
      try laptop.waitForScreen { $0.filter { !$0.isWhitespace }.contains("EXIT=137") }
      // The room keeps its picture, with a calm line under it.
      let lost = try wall.waitFor("Geen verbinding met Tafel")
      #expect(lost.contains("20 kaarten"))

      // The socket the killed Tafel left is replaced, and the wall catches up at once.
      laptop = try TwoScreens.facilitator(workspace)
      let back = try wall.waitFor("Anouk Hoëvenaars")
      #expect(!back.contains("Geen verbinding"))
      #expect(!(try laptop.screen()).contains("Geen muur mogelijk"))
      try laptop.send("q")
      try laptop.waitFor("EXIT=0")
    }
  }
}
