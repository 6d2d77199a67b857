import CSV
import Foundation
import Plot
import TafelCore

/// Minutes as a document of headings, paragraphs, lists and tables, before any format: what the
/// minutes of a session (or the whole process) say is decided once, from the model
/// (`MinutesBuilder`), and HTML, Markdown and CSV only write it down. A test can read the
/// document as a value; the formats cannot disagree about what is in it.
public struct Minutes: Equatable, Sendable {
  public enum Block: Equatable, Sendable {
    case paragraph(String)
    /// A line set apart: a decision's number and status, a confidential banner.
    case emphasis(String)
    case list([String])
    case table(header: [String], rows: [[String]])
  }

  public struct Section: Equatable, Sendable {
    public var heading: String
    /// Nested one level below the previous top section (a session in the whole-process report).
    public var isSubsection: Bool
    public var blocks: [Block]

    public init(heading: String, isSubsection: Bool = false, blocks: [Block]) {
      self.heading = heading
      self.isSubsection = isSubsection
      self.blocks = blocks
    }
  }

  public var title: String
  /// Under the title: the date, the session, who it is for.
  public var meta: String
  /// Said before everything else (the facilitators' confidential record).
  public var banner: String?
  public var language: TafelCore.Language
  public var sections: [Section]

  public init(
    title: String, meta: String, banner: String? = nil, language: TafelCore.Language,
    sections: [Section]
  ) {
    self.title = title
    self.meta = meta
    self.banner = banner
    self.language = language
    self.sections = sections
  }

  public func render(as format: ReportFormat) throws -> String {
    let text =
      switch format {
      case .html: html()
      case .md: markdown()
      case .csv: try csv()
      }
    // No control character from the workshop reaches a browser, an editor or a spreadsheet.
    return TerminalText.printable(text)
  }

  func markdown() -> String {
    var lines: [String] = []
    if let banner { lines += ["**" + MarkdownReport.inline(banner) + "**", ""] }
    lines += ["# " + MarkdownReport.inline(title), "", MarkdownReport.inline(meta), ""]
    for section in sections {
      lines += [
        (section.isSubsection ? "### " : "## ") + MarkdownReport.inline(section.heading), "",
      ]
      lines += Self.markdown(section.blocks)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func markdown(_ blocks: [Block]) -> [String] {
    blocks.flatMap { block -> [String] in
      switch block {
      case .paragraph(let text): [MarkdownReport.inline(text), ""]
      case .emphasis(let text): ["**" + MarkdownReport.inline(text) + "**", ""]
      case .list(let items): items.map { "- " + MarkdownReport.inline($0) } + [""]
      case .table(let header, let rows): MarkdownReport.table(header, rows)
      }
    }
  }

  func html() -> String {
    let body: [Node<HTML.BodyContext>] =
      (banner.map { [.p(.class("confidential"), .strong(.text($0)))] } ?? [])
      + [.h1(.text(title)), .p(.class("meta"), .text(meta))]
      + sections.map { section in
        .section(
          section.isSubsection ? .h3(.text(section.heading)) : .h2(.text(section.heading)),
          .group(section.blocks.map(Self.html)))
      }
    let page = HTML(
      .lang(language == .nl ? .dutch : .english),
      .head(
        .meta(.charset(.utf8)), .element(named: "title", text: title), .style(HTMLReport.css)),
      .body(.group(body)))
    return page.render(indentedBy: .spaces(2)) + "\n"
  }

  static func html(_ block: Block) -> Node<HTML.BodyContext> {
    switch block {
    case .paragraph(let text): .p(.text(text))
    case .emphasis(let text): .p(.strong(.text(text)))
    case .list(let items): .ul(.group(items.map { .li(.text($0)) }))
    case .table(let header, let rows):
      .table(
        .tr(.group(header.map { .th(.text($0)) })),
        .group(rows.map { row in .tr(.group(row.map { .td(.text($0)) })) }))
    }
  }

  /// One row per line of the minutes, headed by its section, so a minute-taker can sort and
  /// filter decisions and actions in a spreadsheet; a table's own columns follow the section.
  func csv() throws -> String {
    let writer = try CSVWriter(stream: .toMemory())
    let dutch = language == .nl
    try writer.write(row: [dutch ? "onderdeel" : "part", dutch ? "tekst" : "text"])
    for section in sections {
      let heading = SpreadsheetFormula.neutralised(section.heading)
      for block in section.blocks {
        switch block {
        case .paragraph(let text), .emphasis(let text):
          try writer.write(row: [heading, SpreadsheetFormula.neutralised(text)])
        case .list(let items):
          for item in items {
            try writer.write(row: [heading, SpreadsheetFormula.neutralised(item)])
          }
        case .table(let header, let rows):
          try writer.write(row: [heading] + header.map(SpreadsheetFormula.neutralised))
          for row in rows {
            try writer.write(row: [heading] + row.map(SpreadsheetFormula.neutralised))
          }
        }
      }
    }
    writer.stream.close()
    let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
