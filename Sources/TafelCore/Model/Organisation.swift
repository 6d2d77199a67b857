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

  enum CodingKeys: String, CodingKey {
    case id, name, shortName, kind
  }

  public init(from decoder: any Decoder) throws {
    // As `Participant`: a sound file's organisations are read from the tree field by field.
    if let fields = try TreeFields.of(decoder) {
      self.init(
        id: try fields.string("id"), name: try fields.string("name"),
        shortName: try fields.string("shortName"), kind: try fields.value("kind"))
      return
    }
    self = try Self.decodedFromContainer(decoder)
  }

  @inline(never)
  private static func decodedFromContainer(_ decoder: any Decoder) throws -> Organisation {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    return Organisation(
      id: try container.decode(String.self, forKey: .id),
      name: try container.decode(String.self, forKey: .name),
      shortName: try container.decode(String.self, forKey: .shortName),
      kind: try container.decode(OrganisationKind.self, forKey: .kind))
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
