import Foundation
import PackagePlugin

/// Compiles data/content and the demo workshop into Swift values for TafelCore at build time
/// (ContentCompiler), so no generated file is kept in the sources and no content is decoded at
/// start-up.
@main
struct EmbedContent: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    let root = context.package.directoryURL
    let content = root.appendingPathComponent("data/content")
    let inputs =
      try FileManager.default.contentsOfDirectory(atPath: content.path)
      .filter { $0.hasSuffix(".json") }.sorted()
      .map { content.appendingPathComponent($0) }
      + [root.appendingPathComponent("data/demo/workshop.json")]
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedContent.swift")
    return [
      .buildCommand(
        displayName: "Compiling data/content into Swift values",
        executable: try context.tool(named: "ContentCompiler").url,
        arguments: [root.path, output.path],
        inputFiles: inputs,
        outputFiles: [output])
    ]
  }
}
