extension WorkshopChange {
  /// The change importing `sheet` makes to `workshop`, with what the import reports: the
  /// organisations it creates or gives a type, and the people it adds or updates, each whole.
  public static func importing(_ sheet: ParticipantSheet, into workshop: Workshop)
    -> (change: WorkshopChange, summary: ImportSummary)
  {
    var imported = workshop
    let summary = imported.importParticipants(sheet)
    // The import only appends, so what was there keeps its place: compare place by place.
    let organisations = imported.organisations.enumerated().filter { position, organisation in
      position >= workshop.organisations.count || workshop.organisations[position] != organisation
    }.map(\.element)
    let participants = imported.participants.enumerated().filter { position, person in
      position >= workshop.participants.count || workshop.participants[position] != person
    }.map(\.element)
    return (.importSheet(organisations: organisations, participants: participants), summary)
  }
}
