// A process of months: 30 sessions, 20 people, 5,000 journal entries (issue 16). Opening the
// file, saving it and replaying the journal to the end of a session must each stay well under
// 100 ms in a release build. Run from the Benchmarks folder; see docs/performance.md. The
// process is `ProcessOfMonths.workshop()` (TafelFixtures), which ProcessHistoryTests checks for size and replay.
//
//   swift package --allow-writing-to-package-directory benchmark --target History

import Benchmark
import Foundation
import TafelCore
import TafelFixtures

let benchmarks: @Sendable () -> Void = {
  let configuration = Benchmark.Configuration(
    metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
    timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(3), maxIterations: 50)

  Benchmark("Open a process of 5,000 changes", configuration: configuration) { benchmark, bytes in
    for _ in benchmark.scaledIterations {
      blackHole(try WorkshopStore.decode(bytes, path: "proces.json"))
    }
  } setup: {
    try WorkshopStore.encode(ProcessOfMonths.workshop())
  }

  // The interface saves after every change: the lines of the entries it wrote before are
  // reused, so this is the save that follows one more change (two alternating ones, so every
  // save has a new last line to encode).
  Benchmark("Save a process of 5,000 changes after one more", configuration: configuration) {
    (benchmark: Benchmark, versions: [Workshop]) in
    for iteration in benchmark.scaledIterations {
      blackHole(try WorkshopStore.encode(versions[iteration % 2]))
    }
  } setup: { () -> [Workshop] in
    let workshop = ProcessOfMonths.workshop()
    return [45, 50].map { value in
      var next = workshop
      next.applyRecording(.setScore(participant: "p0", colour: .red, value: value), at: "t")
      return next
    }
  }

  // What the facilitator waits for at the first edit of an evening: the file opened, one
  // change, the save (the lines read on opening are reused).
  Benchmark("Open a process of 5,000 changes and save one more", configuration: configuration) {
    benchmark, bytes in
    for _ in benchmark.scaledIterations {
      var workshop = try WorkshopStore.decode(bytes, path: "proces.json")
      workshop.applyRecording(.setScore(participant: "p0", colour: .red, value: 45), at: "t")
      blackHole(try WorkshopStore.encode(workshop))
    }
  } setup: {
    try WorkshopStore.encode(ProcessOfMonths.workshop())
  }

  // Only after forgetting a person, which rewrites the history.
  Benchmark("Save a process of 5,000 changes, the first time", configuration: configuration) {
    benchmark, workshop in
    for _ in benchmark.scaledIterations {
      blackHole(try WorkshopStore.encode(workshop, reusingJournalLines: false))
    }
  } setup: {
    ProcessOfMonths.workshop()
  }

  Benchmark("Replay a process to the end of session 15", configuration: configuration) {
    benchmark, workshop in
    for _ in benchmark.scaledIterations {
      blackHole(workshop.replayed(throughSession: 15))
    }
  } setup: {
    ProcessOfMonths.workshop()
  }

  Benchmark("Replay a whole process of 5,000 changes", configuration: configuration) {
    benchmark, workshop in
    for _ in benchmark.scaledIterations {
      blackHole(workshop.replayed())
    }
  } setup: {
    ProcessOfMonths.workshop()
  }
}
