/// What importing a sheet did to a workshop.
public struct ImportSummary: Equatable, Sendable {
  public var added: [Participant] = []
  /// Participants already in the workshop (same name, same organisation) whose role and scores
  /// the sheet replaced, so importing a corrected sheet again does not double anyone.
  public var updated: [Participant] = []
  public var createdOrganisations: [Organisation] = []
}

extension Workshop {
  /// Adds the sheet's participants; organisations the workshop does not know are created.
  public mutating func importParticipants(_ sheet: ParticipantSheet) -> ImportSummary {
    var summary = ImportSummary()
    for row in sheet.rows {
      let organisationID = organisationID(forImported: row.organisation, summary: &summary)
      if let index = participants.firstIndex(where: {
        $0.organisationID == organisationID && $0.name.lowercased() == row.name.lowercased()
      }) {
        participants[index].scores = row.scores
        if !row.role.isEmpty { participants[index].role = row.role }
        summary.updated.append(participants[index])
        continue
      }
      let participant = Participant(
        id: Slug.unique(from: row.name, avoiding: Set(participants.map(\.id))), name: row.name,
        organisationID: organisationID, role: row.role, scores: row.scores)
      participants.append(participant)
      summary.added.append(participant)
    }
    return summary
  }

  private mutating func organisationID(
    forImported name: String, summary: inout ImportSummary
  ) -> String {
    if let existing = organisation(named: name) { return existing.id }
    let organisation = Organisation(
      id: Slug.unique(from: name, avoiding: Set(organisations.map(\.id))), name: name,
      shortName: name, kind: .other)
    organisations.append(organisation)
    summary.createdOrganisations.append(organisation)
    return organisation.id
  }
}
