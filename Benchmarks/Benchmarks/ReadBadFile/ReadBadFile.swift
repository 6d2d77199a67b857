// Reading a workshop file full of problems: every problem is found and placed at its line and
// column in one pass over the file, so a hand-edited or damaged file of any size is refused at
// once. Run from the Benchmarks folder; see docs/performance.md.
//
//   swift package --allow-writing-to-package-directory benchmark --target ReadBadFile
//
// Target (fuzzing, issue 11): 21,000 bad values refused well under a second; the time grows
// linearly with the number of problems. This replaces a wall-clock assertion in a unit test,
// which a shared, busy machine made fail.

import Benchmark
import TafelCore

/// A workshop whose `dates` hold `count` empty strings: each one is a problem with a position.
func fileWithProblems(_ count: Int) -> [UInt8] {
  let dates = Array(repeating: "\"\"", count: count).joined(separator: ",")
  return Array("{\"schemaVersion\":2,\"title\":\"t\",\"dates\":[\(dates)]}".utf8)
}

let benchmarks: @Sendable () -> Void = {
  let configuration = Benchmark.Configuration(
    metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
    timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(2), maxIterations: 50)

  for count in [10_500, 21_000, 42_000] {
    Benchmark("Refuse a file with \(count) problems", configuration: configuration) {
      benchmark, bytes in
      for _ in benchmark.scaledIterations {
        do {
          blackHole(try WorkshopStore.decode(bytes, path: "many.json"))
        } catch {
          blackHole(error)
        }
      }
    } setup: {
      fileWithProblems(count)
    }
  }
}
