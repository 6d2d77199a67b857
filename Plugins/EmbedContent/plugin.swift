import Foundation
import PackagePlugin

/// Compiles data/content and the demo workshop into Swift values for TafelCore at build time
/// (`compile(root:)`), so no generated file is kept in the sources and no content is decoded at
/// start-up. The plugin writes the file itself, rather than through a tool target built for the
/// purpose: `scripts/fuzz.sh` builds every executable target with libFuzzer, whose own `main`
/// cannot be linked into a tool.
@main
struct EmbedContent: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    let folder = context.pluginWorkDirectoryURL.appendingPathComponent("Generated")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let output = folder.appendingPathComponent("EmbeddedContent.swift")
    let source: String
    do {
      source = try compile(root: context.package.directoryURL)
    } catch {
      Diagnostics.error("EmbedContent: \(error)")
      throw error
    }
    // Written only when it changes: an unchanged file keeps its date, and TafelCore is not
    // compiled again on every build.
    if (try? String(contentsOf: output, encoding: .utf8)) != source {
      try source.write(to: output, atomically: true, encoding: .utf8)
    }
    // The files in `Generated` join TafelCore's sources; the command itself has nothing to do.
    return [
      .prebuildCommand(
        displayName: "Content compiled from data/content",
        executable: URL(fileURLWithPath: "/usr/bin/env"),
        arguments: ["true"],
        outputFilesDirectory: folder)
    ]
  }
}
