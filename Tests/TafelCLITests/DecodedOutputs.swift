import Foundation

/// The parts of a workshop file the tests look at, decoded by the tests' own reading of the
/// format rather than by TafelCore's types.
struct WorkshopFileContents: Decodable {
  struct Organisation: Decodable {
    var id: String
    var name: String
  }

  struct Participant: Decodable {
    var id: String
    var name: String
    var organisation: String
    var scores: [String: Int]
  }

  var schemaVersion: Int
  var title: String
  var dates: [String]
  var language: String
  var organisations: [Organisation]
  var participants: [Participant]

  init(_ data: Data) throws {
    self = try JSONDecoder().decode(Self.self, from: data)
  }
}

/// The parts of `tafel profile --json` the tests look at.
struct ProfileOutput: Decodable {
  struct Person: Decodable {
    var id: String
    var name: String
    var organisation: String
  }

  struct Pitfall: Decodable {
    var rule: String
    var title: String
  }

  struct Group: Decodable {
    var participantCount: Int
    var dominant: [String]
    var underRepresented: [String]
    var pitfalls: [Pitfall]
  }

  var workshop: String
  var organisation: String?
  var language: String
  var participants: [Person]
  var group: Group

  init(_ text: String) throws {
    self = try JSONDecoder().decode(Self.self, from: Data(text.utf8))
  }
}
