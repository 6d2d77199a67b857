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
  /// Linear in the rows and the people already there: every look-up is in a dictionary built once.
  public mutating func importParticipants(_ sheet: ParticipantSheet) -> ImportSummary {
    var summary = ImportSummary()
    var index = ImportIndex(self)
    for row in sheet.rows {
      let organisationID = organisationID(forImported: row.organisation, &index, &summary)
      // A filled type cell sets the organisation's type; an empty one leaves it as it is.
      if let kind = row.kind, let position = index.organisationPositions[organisationID] {
        organisations[position].kind = kind
      }
      let person = ImportIndex.person(organisationID, row.name)
      if let existing = index.participants[person] {
        participants[existing].scores = row.scores
        if !row.role.isEmpty { participants[existing].role = row.role }
        // Rejection scores typed in before stay when this sheet has none for the person.
        if let rejection = row.rejection { participants[existing].rejection = rejection }
        summary.updated.append(participants[existing])
        continue
      }
      let participant = Participant(
        id: index.participantIDs.unique(from: row.name), name: row.name,
        organisationID: organisationID, role: row.role, scores: row.scores,
        rejection: row.rejection)
      index.participants[person] = participants.count
      participants.append(participant)
      summary.added.append(participant)
    }
    return summary
  }

  private mutating func organisationID(
    forImported name: String, _ index: inout ImportIndex, _ summary: inout ImportSummary
  ) -> String {
    if let existing = index.organisations[name.lowercased()] { return existing }
    let organisation = Organisation(
      id: index.organisationIDs.unique(from: name), name: name, shortName: name, kind: .other)
    index.organisationPositions[organisation.id] = organisations.count
    organisations.append(organisation)
    index.add(organisation)
    summary.createdOrganisations.append(organisation)
    return organisation.id
  }
}

/// The look-ups an import needs, each answered in constant time.
private struct ImportIndex {
  /// Organisation ids by lower-cased id, name and short name; the first organisation wins, as
  /// in `Workshop.organisation(named:)`.
  var organisations: [String: String] = [:]
  /// Participants' positions by organisation id and lower-cased name; the first one wins.
  var participants: [String: Int] = [:]
  /// Each organisation's position in the workshop, by id.
  var organisationPositions: [String: Int] = [:]
  var participantIDs: TakenSlugs
  var organisationIDs: TakenSlugs

  init(_ workshop: Workshop) {
    participantIDs = TakenSlugs(workshop.participants.map(\.id))
    organisationIDs = TakenSlugs(workshop.organisations.map(\.id))
    for (position, organisation) in workshop.organisations.enumerated() {
      add(organisation)
      if organisationPositions[organisation.id] == nil {
        organisationPositions[organisation.id] = position
      }
    }
    for (position, participant) in workshop.participants.enumerated() {
      let key = Self.person(participant.organisationID, participant.name)
      if participants[key] == nil { participants[key] = position }
    }
  }

  mutating func add(_ organisation: Organisation) {
    for key in [organisation.id, organisation.name, organisation.shortName]
    where organisations[key.lowercased()] == nil {
      organisations[key.lowercased()] = organisation.id
    }
  }

  static func person(_ organisationID: String, _ name: String) -> String {
    organisationID + "\u{0}" + name.lowercased()
  }
}

/// Slugs already used, with the next suffix to try per base, so that a thousand people of the
/// same name do not each count up from 2.
private struct TakenSlugs {
  var taken: Set<String>
  var nextSuffix: [String: Int] = [:]

  init(_ ids: [String]) { taken = Set(ids) }

  mutating func unique(from name: String) -> String {
    let base = Slug.make(from: name)
    var slug = base
    if taken.contains(base) {
      var counter = nextSuffix[base, default: 2]
      while taken.contains("\(base)-\(counter)") { counter += 1 }
      nextSuffix[base] = counter + 1
      slug = "\(base)-\(counter)"
    }
    taken.insert(slug)
    return slug
  }
}
