import TafelCore

extension ReportInput {
  /// A person's rejection scores, short: "Ge 10 · Gr 15 · …", or "—" when not measured.
  func rejectionText(_ person: Participant) -> String {
    guard let rejection = person.rejection else { return "—" }
    return DriveColour.allCases.map { content.colour($0).letter[language] + " \(rejection[$0])" }
      .joined(separator: " · ")
  }
}
