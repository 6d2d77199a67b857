import Foundation
import TafelCore

extension AppState {
  mutating func navigateImpasse(_ action: Action) {
    switch action {
    case .stepImpasseSection(let delta):
      let all = ImpasseSection.allCases
      let index = all.firstIndex(of: wall.impasseSection) ?? 0
      wall.impasseSection = all[((index + delta) % all.count + all.count) % all.count]
      impasse.cursor = 0
      wall.comfortView = .list
      wall.legalForm = nil
    case .moveImpasseCursor(let delta):
      let count = impasseRows.count
      impasse.cursor = count == 0 ? 0 : min(max(0, impasse.cursor + delta), count - 1)
    case .toggleComfortProjection:
      guard wall.impasseSection == .comfort else { return }
      if case .projection = wall.comfortView {
        wall.comfortView = .list
      } else {
        wall.comfortView = .projection(organisationIndex: projectionStart)
      }
    case .toggleComfortOverview:
      guard wall.impasseSection == .comfort else { return }
      wall.comfortView = wall.comfortView == .overview ? .list : .overview
    case .stepProjection(let delta):
      guard case .projection(let index) = wall.comfortView, !workshop.organisations.isEmpty
      else { return }
      let count = workshop.organisations.count
      wall.comfortView = .projection(organisationIndex: min(max(0, index + delta), count - 1))
    case .toggleLegalForms:
      guard wall.impasseSection == .formalisation else { return }
      wall.legalForm = wall.legalForm == nil ? 0 : nil
    case .stepLegalForm(let delta):
      guard let index = wall.legalForm, !impasseContent.legalForms.isEmpty else { return }
      let count = impasseContent.legalForms.count
      wall.legalForm = ((index + delta) % count + count) % count
    default: break
    }
  }

  /// The projection starts at the organisation of the selected row.
  private var projectionStart: Int {
    let organisationID: String?
    switch selectedImpasseRow {
    case .organisation(let id): organisationID = id
    case .need(let id): organisationID = workshop.comfortNeeds.first { $0.id == id }?.organisationID
    default: organisationID = nil
    }
    return organisationID.flatMap { id in workshop.organisations.firstIndex { $0.id == id } } ?? 0
  }

  mutating func editImpasse(_ action: Action) {
    guard mode == .browsing else { return }
    let row = selectedImpasseRow
    switch (action, row) {
    case (.activateImpasseRow, .checkItem(let list, let item)): toggleCheck(list: list, item: item)
    case (.activateImpasseRow, .organisation(let id)):
      // The row names the organisation, and so does the prompt: nothing is filed blind.
      mode = .enteringText(TextEntry(purpose: .newNeed(organisationID: id)))
    case (.startAddImpasseItem, .organisation(let id)):
      mode = .picking(organisationPicker(selectedID: id))
    case (.startAddImpasseItem, .need(let id)):
      mode = .picking(organisationPicker(selectedID: need(id)?.organisationID))
    case (.startAddImpasseItem, _) where wall.impasseSection == .formalisation:
      mode = .enteringText(TextEntry(purpose: .newTopic))
    case (.activateImpasseRow, .need(let id)), (.cycleStatus, .need(let id)):
      if let need = need(id) { apply(.setNeedStatus(need: id, status: need.status.next)) }
    case (.activateImpasseRow, .topic(let id)), (.cycleStatus, .topic(let id)):
      let status = allTopics.first { $0.id == id }?.status ?? .open
      apply(.setTopicStatus(topic: id, status: status.next))
    case (.activateImpasseRow, .phase(let phase)):
      apply(.setPhase(phase: phase))
    case (.activateImpasseRow, .intake):
      startEditingText(row)
    case (.chooseNeedTopic, .need(let id)):
      if let need = need(id) { mode = .picking(topicPicker(for: need)) }
    case (.startChooseAskedOf, .need(let id)):
      guard let need = need(id) else { return }
      mode = .choosingOrganisations(.init(needID: id, chosen: Set(need.askedOf), cursor: 0))
    case (.startEditImpasseText, _):
      startEditingText(row)
    case (.requestRemoveImpasseItem, .need(let id)):
      mode = .confirmingRemoval(.need(id: id))
    case (.requestRemoveImpasseItem, .topic(let id)):
      // Standard topics belong to the content; only added ones can go.
      if !impasseContent.topics.contains(where: { $0.id == id }) {
        mode = .confirmingRemoval(.topic(id: id))
      }
    default: break
    }
  }

  private mutating func startEditingText(_ row: ImpasseRow?) {
    switch row {
    case .checkItem(let list, let item):
      let key = ChecklistMark.key(list: list, item: item)
      mode = .enteringText(
        TextEntry(purpose: .checklistNote(key: key), text: workshop.checklistMarks[key]?.note ?? "")
      )
    case .need(let id):
      mode = .enteringText(TextEntry(purpose: .needText(id: id), text: need(id)?.text ?? ""))
    case .topic(let id):
      let agreement = allTopics.first { $0.id == id }?.agreement ?? ""
      mode = .enteringText(TextEntry(purpose: .topicAgreement(id: id), text: agreement))
    case .phase(let phase):
      mode = .enteringText(
        TextEntry(purpose: .phaseNotes(phase), text: workshop.phaseNotes[phase.rawValue] ?? ""))
    case .intake(let organisationID, let field):
      let text = workshop.intakeNotes[organisationID]?[field] ?? ""
      mode = .enteringText(
        TextEntry(purpose: .intakeNote(organisationID: organisationID, field: field), text: text))
    case .organisation, nil:
      break
    }
  }

  mutating func toggleCheck(list: String, item: String) {
    let key = ChecklistMark.key(list: list, item: item)
    let ticked = workshop.checklistMarks[key]?.isTicked ?? false
    apply(.setTick(key: key, tickedAt: ticked ? nil : now))
  }

  func need(_ id: String) -> ComfortNeed? { workshop.comfortNeeds.first { $0.id == id } }

  /// Commits text typed for the impasse work.
  mutating func commitImpasseText(_ purpose: TextEntry.Purpose, _ text: String) {
    switch purpose {
    case .checklistNote(let key): apply(.setChecklistNote(key: key, note: text))
    case .newNeed(let organisationID):
      guard !text.isEmpty else { return }
      let id = Slug.unique(
        from: organisationID + " " + String(text.prefix(24)),
        avoiding: Set(workshop.comfortNeeds.map(\.id)))
      apply(.addNeed(need: ComfortNeed(id: id, organisationID: organisationID, text: text)))
      if let row = impasseRows.firstIndex(of: .need(id: id)) { impasse.cursor = row }
    case .needText(let id):
      guard !text.isEmpty else { return }
      apply(.setNeedText(need: id, text: text))
    case .newTopic:
      guard !text.isEmpty else { return }
      let id = Slug.unique(from: text, avoiding: Set(allTopics.map(\.id)))
      apply(.addTopic(topic: FormalisationTopic(id: id, title: text)))
      if let row = impasseRows.firstIndex(of: .topic(id: id)) { impasse.cursor = row }
    case .topicAgreement(let id): apply(.setTopicAgreement(topic: id, agreement: text))
    case .phaseNotes(let phase): apply(.setPhaseNotes(phase: phase, notes: text))
    case .roundNotes:
      apply(.setRoundNotes(round: workshop.dilemmaRounds.count, notes: text))
    case .roundOutcome:
      apply(.setRoundOutcome(round: workshop.dilemmaRounds.count, outcome: text))
    case .intakeNote(let organisationID, let field):
      apply(.setIntakeNote(organisation: organisationID, field: field, text: text))
    default:
      break
    }
  }

  mutating func removeImpasseItem(_ removal: Removal) {
    switch removal {
    case .need(let id): apply(.removeNeed(need: id))
    case .topic(let id): apply(.removeTopic(topic: id))
    default: return
    }
    impasse.cursor = min(impasse.cursor, max(0, impasseRows.count - 1))
  }

  mutating func chooseOrganisations(_ action: Action) {
    guard case .choosingOrganisations(var choice) = mode else { return }
    let organisations = workshop.organisations.filter {
      $0.id != need(choice.needID)?.organisationID
    }
    switch action {
    case .moveImpasseCursor(let delta):
      choice.cursor = min(max(0, choice.cursor + delta), max(0, organisations.count - 1))
    case .activateImpasseRow:
      guard organisations.indices.contains(choice.cursor) else { return }
      let id = organisations[choice.cursor].id
      if choice.chosen.contains(id) { choice.chosen.remove(id) } else { choice.chosen.insert(id) }
    default: return
    }
    mode = .choosingOrganisations(choice)
  }

  mutating func commitChoice(_ choice: OrganisationChoice) {
    mode = .browsing
    // The change keeps them in the workshop's order of organisations.
    let ordered = workshop.organisations.map(\.id).filter { choice.chosen.contains($0) }
    apply(.setNeedAskedOf(need: choice.needID, organisations: ordered))
  }
}

extension ComfortStatus {
  var next: ComfortStatus {
    let all = Self.allCases
    return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
  }
}

extension TopicStatus {
  var next: TopicStatus {
    let all = Self.allCases
    return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
  }
}
