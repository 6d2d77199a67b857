import ArgumentParser
import Foundation
import TafelCore
import TafelUI

/// `tafel room`: the room for phones, outside the interface.
struct RoomCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "room",
    abstract: "The room for participants' phones.",
    subcommands: [RoomCheckCommand.self])
}

/// `tafel room check`: before the session, in the venue. Lists the laptop's addresses, proves
/// that a page answers on the one the room would use, and (with `--wait`) waits for the
/// facilitator's own phone to open it, which is the only real test of the venue's Wi-Fi. Exit 0
/// when the page answers (and, when waiting, a phone reached it), 1 when not, 64 for a
/// `--listen` that is not an address of this laptop.
struct RoomCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check that phones can reach the room: addresses, a test page, advice.")

  @Option(
    help:
      "Where the room listens: ADDR[:PORT] or an interface name (default: the default route's address, port 8737)."
  )
  var listen: String?

  @Option(help: "Seconds to wait for a phone to open the test page (default: 0).")
  var wait: Int = 0

  @OptionGroup var common: CommonOptions

  /// `--listen`, else `[room] address` from config.toml, as `tafel open` takes them.
  var requested: String? { listen ?? UserConfig.current.roomAddress }

  /// A `--listen` that is no address of this laptop is a usage error (64), said before anything
  /// else; a laptop without a network is a failure of the check (1), said after the list.
  func validate() throws {
    guard wait >= 0, wait <= 3_600 else {
      throw usageError(.roomCheckBadWait, language: common.language)
    }
    guard let requested else { return }
    let addresses = NetworkInterfaces.addresses()
    let choice = Self.choose(requested, addresses, NetworkInterfaces.defaultRouteInterface())
    if case .failure(let problem) = choice, problem != .noNetwork {
      let strings = (try? Content.embeddedStrings()) ?? UIStrings(strings: [:])
      throw ValidationError(
        problem.message(strings, in: common.language, addresses: addresses))
    }
  }

  static func choose(
    _ listen: String?, _ addresses: [NetworkAddress], _ defaultInterface: String?
  ) -> Result<RoomEndpoint, RoomEndpoint.Problem> {
    var request: RoomEndpoint.Request?
    if let listen {
      switch RoomEndpoint.request(listen) {
      case .success(let asked): request = asked
      case .failure(let problem): return .failure(problem)
      }
    }
    return RoomEndpoint.choose(request, addresses: addresses, defaultInterface: defaultInterface)
  }

  func run() throws {
    let content = try common.loadContent()
    let strings = content.strings
    let language = common.language
    func say(_ key: StringKey, _ arguments: [String: String] = [:]) -> String {
      strings.text(key, arguments, in: language)
    }
    let addresses = NetworkInterfaces.addresses()
    let defaultInterface = NetworkInterfaces.defaultRouteInterface()
    let choice = Self.choose(requested, addresses, defaultInterface)
    Console.out(say(.roomCheckAddresses))
    for line in Self.addressLines(addresses, defaultInterface, try? choice.get(), say) {
      Console.out(line)
    }
    let chosen: RoomEndpoint
    switch choice {
    case .success(let address): chosen = address
    case .failure(let problem):
      throw CommandFailure(lines: [
        problem.message(strings, in: language, addresses: addresses), say(.roomCheckGuestWifi),
      ])
    }

    let probe: RoomProbe
    switch RoomProbe.listen(address: chosen.listen, port: chosen.port, page: say(.roomCheckPage))
    {
    case .success(let listening): probe = listening
    case .failure(let failure):
      throw CommandFailure(lines: [Self.failureText(failure, chosen, strings, language)])
    }
    if case .failure(let failure) = probe.answersItself(at: chosen.shown, port: chosen.port) {
      throw CommandFailure(lines: [Self.failureText(failure, chosen, strings, language)])
    }
    Console.out(say(.roomCheckAnswers, ["url": chosen.url]))
    let reach = addresses.first { $0.address == chosen.shown }?.reach ?? .localNetwork
    switch reach {
    case .thisLaptop, .linkLocal:
      Console.out(say(.roomCheckOnlyThisLaptop, ["address": chosen.shown]))
    case .internet: Console.out(say(.roomCheckInternet, ["address": chosen.shown]))
    case .localNetwork: break
    }
    guard wait > 0 else {
      // The same check again, waiting: with the address it was asked for, if any.
      let again = ["tafel room check"] + (listen.map { ["--listen", $0] } ?? []) + ["--wait 60"]
      Console.out(
        say(.roomCheckTryPhone, ["url": chosen.url, "command": again.joined(separator: " ")]))
      Console.out(say(.roomCheckGuestWifi))
      return
    }
    Console.out(say(.roomCheckWaiting, ["url": chosen.url, "seconds": String(wait)]))
    let own = Set(addresses.map(\.address))
    let visitor = probe.waitForVisitor(seconds: wait, ownAddresses: own) { address in
      Console.out(say(.roomCheckReachedItself, ["address": address]))
    }
    guard let visitor else {
      throw CommandFailure(lines: [
        say(.roomCheckNotReached, ["seconds": String(wait)]), say(.roomCheckGuestWifi),
      ])
    }
    Console.out(say(.roomCheckReached, ["address": visitor]))
  }

  /// One line per address: interface, address, and what it is (the default route, the chosen
  /// one, this laptop only).
  static func addressLines(
    _ addresses: [NetworkAddress], _ defaultInterface: String?, _ chosen: RoomEndpoint?,
    _ say: (StringKey, [String: String]) -> String
  ) -> [String] {
    guard !addresses.isEmpty else { return ["  " + say(.roomCheckNoAddresses, [:])] }
    let nameWidth = addresses.map(\.interface.count).max() ?? 0
    let addressWidth = addresses.map(\.address.count).max() ?? 0
    return addresses.map { address in
      var notes: [String] = []
      // /proc/net/route knows IPv4 routes only.
      if address.interface == defaultInterface, !address.isLoopback, !address.isIPv6 {
        notes.append(say(.roomCheckDefaultRoute, [:]))
      }
      switch address.reach {
      case .thisLaptop: notes.append(say(.roomCheckThisLaptop, [:]))
      case .linkLocal: notes.append(say(.roomCheckLinkLocal, [:]))
      case .localNetwork, .internet: break
      }
      if let chosen, chosen.shown == address.address, chosen.interface == address.interface {
        notes.append(say(.roomCheckChosen, [:]))
      }
      let name = address.interface.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
      let number = address.address.padding(toLength: addressWidth, withPad: " ", startingAt: 0)
      let line = "  \(name)  \(number)  " + notes.joined(separator: " · ")
      return String(line.reversed().drop { $0 == " " }.reversed())
    }
  }

  static func failureText(
    _ failure: RoomProbe.Failure, _ address: RoomEndpoint, _ strings: UIStrings,
    _ language: Language
  ) -> String {
    switch failure {
    case .inUse:
      let other = address.port < 65_535 ? address.port + 1 : address.port - 1
      return strings.text(
        .roomCheckPortTaken,
        ["port": String(address.port), "address": address.listen, "other": String(other)],
        in: language)
    case .cannotListen(let code):
      return strings.text(
        .roomCheckCannotListen,
        [
          "address": address.listen, "port": String(address.port),
          "reason": SystemError.text(errno: code, strings, in: language),
        ], in: language)
    case .noAnswer(let code):
      return strings.text(
        .roomCheckNoAnswer,
        ["url": address.url, "reason": SystemError.text(errno: code, strings, in: language)],
        in: language)
    }
  }
}
