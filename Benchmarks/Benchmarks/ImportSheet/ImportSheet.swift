// What `tafel import` does between reading the file and saving the workshop: read the sheet
// (`ParticipantSheet`) and add its people (`Workshop.importParticipants`). Run from the
// Benchmarks folder; see docs/performance.md.
//
//   swift package --allow-writing-to-package-directory benchmark --target ImportSheet
//
// Target (issue 11): 5,000 rows well under a second; the time grows linearly with the rows.

import Benchmark
import TafelCore

/// A Dutch sheet as Excel writes it (byte-order mark, semicolons, CR LF) of `count` people in 40
/// organisations, with scores from a fixed pattern: the same `count` gives the same bytes.
func sheet(rows count: Int) -> [UInt8] {
  var text = "\u{FEFF}naam;organisatie;rol;geel;groen;oranje;blauw;rood;paars\r\n"
  for index in 0..<count {
    let scores = (0..<6).map { String((index &* 37 &+ $0 &* 11) % 101) }
    text += "Deelnemer \(index);Organisatie \(index % 40);rol;"
    text += scores.joined(separator: ";") + "\r\n"
  }
  return Array(text.utf8)
}

/// A workshop filled from a sheet, and that sheet.
struct Reimport {
  var workshop: Workshop
  var bytes: [UInt8]
}

let benchmarks: @Sendable () -> Void = {
  let configuration = Benchmark.Configuration(
    metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
    timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(2), maxIterations: 100)

  // Into an empty workshop: everyone is added, 40 organisations are created.
  for count in [2_500, 5_000, 10_000] {
    Benchmark("Import sheet, \(count) rows", configuration: configuration) { benchmark, bytes in
      for _ in benchmark.scaledIterations {
        var workshop = Workshop(title: "Import")
        let sheet = try! ParticipantSheet(bytes: bytes)
        blackHole(workshop.importParticipants(sheet))
      }
    } setup: {
      sheet(rows: count)
    }
  }

  // The same sheet again into the workshop it filled: everyone is found and updated.
  Benchmark("Import sheet again, 5000 rows", configuration: configuration) {
    (benchmark: Benchmark, input: Reimport) in
    for _ in benchmark.scaledIterations {
      var workshop = input.workshop
      let sheet = try! ParticipantSheet(bytes: input.bytes)
      blackHole(workshop.importParticipants(sheet))
    }
  } setup: {
    let bytes = sheet(rows: 5_000)
    var workshop = Workshop(title: "Import")
    _ = workshop.importParticipants(try! ParticipantSheet(bytes: bytes))
    return Reimport(workshop: workshop, bytes: bytes)
  }
}
