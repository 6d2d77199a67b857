import Foundation
import Testing

@testable import TafelCore

@Suite struct LocalTimeTests {
  let moment = Date(timeIntervalSince1970: 1_795_616_165)  // 2026-11-25 12:36:05 UTC

  @Test func theTimestampIsISO8601AndNamesTheSameMoment() throws {
    let stamp = LocalTime.iso8601(moment)
    #expect(
      stamp.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)/) != nil, "\(stamp)")
    let parsed = ISO8601DateFormatter().date(from: stamp)
    #expect(parsed == moment)
  }

  @Test func hoursAndMinutesAndTheCompactFormAgreeWithTheTimestamp() {
    let stamp = LocalTime.iso8601(moment)
    let time = String(stamp.dropFirst(11).prefix(5))
    #expect(LocalTime.hoursAndMinutes(moment) == time)
    let compact = LocalTime.compact(moment)
    #expect(compact.count == 15)
    #expect(compact.hasPrefix(stamp.prefix(10).replacingOccurrences(of: "-", with: "") + "-"))
    #expect(compact.dropFirst(9).prefix(4) == time.replacingOccurrences(of: ":", with: ""))
  }
}
