/// An organisation taking part in the alliance; its participants form its delegation.
public struct Organisation: Codable, Equatable, Hashable, Sendable, Identifiable {
  /// Stable identifier, a readable slug; participants refer to it.
  public var id: String
  public var name: String
  /// The name used where room is short, such as list headings at 80 columns.
  public var shortName: String
  public var kind: OrganisationKind

  public init(id: String, name: String, shortName: String, kind: OrganisationKind) {
    self.id = id
    self.name = name
    self.shortName = shortName
    self.kind = kind
  }
}

/// The sector an organisation works in. Its display name comes from the content strings.
public enum OrganisationKind: String, Codable, CaseIterable, Sendable {
  case municipality
  case housingCorporation
  case welfare
  case mentalHealthCare
  case shelter
  case youthCare
  case disabilityCare
  case elderlyCare
  case healthInsurer
  case other
}
