// Tafel's performance benchmarks: frame rendering, group analysis, and loading plus saving a
// workshop file. Run from the Benchmarks folder; see docs/performance.md.
//
//   swift package --allow-writing-to-package-directory benchmark
//
// Targets (the issue's): a frame in under 1 ms with 20 participants and under 16 ms with 1,000;
// save plus load of 1,000 participants in under 50 ms.

import Benchmark
import Foundation
import TafelCore
import TafelUI

// MARK: - Fixtures

/// The demo workshop grown to `count` participants. The demo's own participants come first,
/// unchanged; every further one repeats a demo participant with a unique id and name, scores
/// shifted by a fixed pattern, and a place in each of the eight organisations in turn. The same
/// `count` always gives the same workshop.
func workshop(participants count: Int) -> Workshop {
  var workshop = demo
  let originals = demo.participants
  let organisations = demo.organisations
  var participants: [Participant] = []
  participants.reserveCapacity(count)
  for index in 0..<count {
    let base = originals[index % originals.count]
    if index < originals.count {
      participants.append(base)
      continue
    }
    participants.append(
      Participant(
        id: "\(base.id)-\(index)",
        name: "\(base.name) \(index)",
        organisationID: organisations[index % organisations.count].id,
        role: base.role,
        scores: varied(base.scores, index),
        rejection: base.rejection.map { varied($0, index &* 7) },
        note: base.note))
  }
  workshop.participants = participants
  return workshop
}

/// `scores` moved by -20...+20 points per colour, by a fixed pattern of `seed`, kept in 0...100.
func varied(_ scores: DriveScores, _ seed: Int) -> DriveScores {
  var result = scores
  for colour in DriveColour.allCases {
    let shift = (seed &* 37 &+ colour.canonicalIndex &* 11) % 41 - 20
    result[colour] = min(100, max(0, scores[colour] + shift))
  }
  return result
}

// Globals are lazily initialised once per process (thread-safe), and only when a benchmark
// that needs them runs.
let demo: Workshop = try! DemoWorkshop.load()
let content: Content = try! Content.embedded()
let context = RenderContext(content: content, theme: Theme(.dark), glyphs: .unicode, clock: "10:30")

func state(_ screen: Screen, participants count: Int) -> AppState {
  var state = AppState(workshop: workshop(participants: count), language: .nl)
  state.screen = screen
  return state
}

/// A fresh folder for one benchmark's workshop file, removed in teardown.
func temporaryFolder() -> String {
  let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent(
    "tafel-benchmark-\(getpid())")
  try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  return folder
}

// MARK: - Benchmarks

let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident]

let benchmarks: @Sendable () -> Void = {
  let configuration = Benchmark.Configuration(
    metrics: metrics, timeUnits: .microseconds, warmupIterations: 3,
    maxDuration: .seconds(2), maxIterations: 10_000)

  // Frame render: the whole screen (header, view, prompt, key bar) into a cell grid, as the app
  // does for every frame. Terminal painting is not included.
  for screen in [Screen.team, .group] {
    for count in [20, 200, 1_000] {
      for size in [Size(width: 120, height: 36), Size(width: 250, height: 70)] {
        let name = "Render \(screen.rawValue) \(size.width)x\(size.height), \(count) participants"
        Benchmark(name, configuration: configuration) { benchmark, state in
          for _ in benchmark.scaledIterations {
            blackHole(ScreenRenderer.render(state, size: size, context: context))
          }
        } setup: {
          state(screen, participants: count)
        }
      }
    }
  }

  // Group analysis of the whole room.
  for count in [20, 1_000, 10_000] {
    Benchmark("GroupAnalysis, \(count) participants", configuration: configuration) {
      benchmark, workshop in
      for _ in benchmark.scaledIterations {
        blackHole(GroupAnalysis(workshop: workshop, content: content))
      }
    } setup: {
      workshop(participants: count)
    }
  }

  // One key typed (and taken back) at the end of a note of this many characters: the same cost
  // for a short note and a page, as TextField keeps its byte count instead of recounting.
  for count in [100, 5_000, 19_000] {
    Benchmark("Typing a key, note of \(count) characters", configuration: configuration) {
      benchmark, note in
      var field = note
      for _ in benchmark.scaledIterations {
        field.insert("a")
        field.deleteBackward()
      }
      blackHole(field)
    } setup: {
      TextField(String(repeating: "ë", count: count))
    }
  }

  // Save (encode, atomic write with fsync, .bak kept) then load (read, decode, validate).
  for count in [20, 1_000, 10_000] {
    let path = (temporaryFolder() as NSString).appendingPathComponent("workshop-\(count).json")
    Benchmark("Save+load, \(count) participants", configuration: configuration) {
      benchmark, workshop in
      for _ in benchmark.scaledIterations {
        try! WorkshopStore.save(workshop, to: path)
        blackHole(try! WorkshopStore.load(from: path))
      }
    } setup: {
      workshop(participants: count)
    } teardown: {
      try? FileManager.default.removeItem(atPath: path)
      try? FileManager.default.removeItem(atPath: path + ".bak")
    }
  }

  // The two halves of save+load at 1,000, to see where the time goes.
  do {
    let count = 1_000
    let path = (temporaryFolder() as NSString).appendingPathComponent("workshop-split.json")
    Benchmark("Save only, \(count) participants", configuration: configuration) {
      benchmark, workshop in
      for _ in benchmark.scaledIterations {
        try! WorkshopStore.save(workshop, to: path)
      }
    } setup: {
      workshop(participants: count)
    } teardown: {
      try? FileManager.default.removeItem(atPath: path)
      try? FileManager.default.removeItem(atPath: path + ".bak")
    }
    Benchmark("Load only, \(count) participants", configuration: configuration) { benchmark in
      for _ in benchmark.scaledIterations {
        blackHole(try! WorkshopStore.load(from: path))
      }
    } setup: {
      try! WorkshopStore.save(workshop(participants: count), to: path)
    } teardown: {
      try? FileManager.default.removeItem(atPath: path)
      try? FileManager.default.removeItem(atPath: path + ".bak")
    }
  }
}
