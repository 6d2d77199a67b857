import TafelCore

/// How the line above the key bar names what an undo or redo put back.
enum UndoText {
  static func text(_ change: WorkshopChange, _ context: RenderContext, _ language: Language)
    -> String
  {
    func say(_ key: StringKey, _ arguments: [String: String] = [:]) -> String {
      context.text(key, arguments, language)
    }
    switch change {
    case .participantAdded(let name): return say(.changeParticipantAdded, ["name": name])
    case .participantRemoved(let name): return say(.changeParticipantRemoved, ["name": name])
    case .organisationAdded(let name): return say(.changeOrganisationAdded, ["name": name])
    case .organisationRemoved(let name): return say(.changeOrganisationRemoved, ["name": name])
    case .score(let name, let colour):
      return say(.changeScore, ["name": name, "colour": context.colourName(colour, language)])
    case .scores(let name): return say(.changeScores, ["name": name])
    case .participant(let name): return say(.changeParticipant, ["name": name])
    case .organisation(let name): return say(.changeOrganisation, ["name": name])
    case .roundStarted(let number): return say(.changeRoundStarted, ["number": "\(number)"])
    case .roundRemoved(let number): return say(.changeRoundRemoved, ["number": "\(number)"])
    case .choices(let round): return say(.changeChoices, ["number": "\(round)"])
    case .roundNotes(let round): return say(.changeRoundNotes, ["number": "\(round)"])
    case .roundOutcome(let round): return say(.changeRoundOutcome, ["number": "\(round)"])
    case .checklist: return say(.changeChecklist)
    case .comfort: return say(.changeComfort)
    case .topics: return say(.changeTopics)
    case .intake: return say(.changeIntake)
    case .phase: return say(.changePhase)
    case .other: return say(.changeOther)
    }
  }
}
