import Testing

@testable import TafelCore

@Suite struct WorkshopValidationTests {
  @Test func aSoundWorkshopHasNoProblems() throws {
    #expect(try DemoWorkshop.load().validate().isEmpty)
  }

  @Test func everyProblemIsFoundWithItsPlace() {
    var workshop = Fixtures.workshop(Fixtures.yellowGroup)
    workshop.title = "  "
    workshop.dates = ["2026-02-30", "2026-11-25"]
    workshop.participants[1].scores.blue = 140
    workshop.participants[2].organisationID = "nowhere"
    workshop.participants[3].id = workshop.participants[0].id
    workshop.participants[3].name = ""
    workshop.participants[0].rejection = Fixtures.scores(0, 0, 0, 0, -1, 0)
    let problems = workshop.validate()
    let found = problems.map { "\($0.path) \($0.kind)" }
    #expect(
      found == [
        "title emptyTitle",
        "dates[0] badDate(\"2026-02-30\")",
        "participants[0].rejection.red scoreOutOfRange(-1)",
        "participants[1].scores.blue scoreOutOfRange(140)",
        "participants[2].organisation unknownOrganisation(\"nowhere\")",
        "participants[3].id duplicateID(\"anna\")",
        "participants[3].name emptyName",
      ])
  }

  @Test func duplicateOrganisationIDsAreProblems() {
    var workshop = Fixtures.workshop(Fixtures.yellowGroup)
    workshop.organisations.append(workshop.organisations[0])
    #expect(workshop.validate().map(\.kind) == [.duplicateID("org")])
  }

  @Test func aNewerSchemaIsAProblem() {
    var workshop = Fixtures.workshop([])
    workshop.schemaVersion = Workshop.currentSchemaVersion + 1
    #expect(
      workshop.validate().map(\.kind) == [
        .unsupportedSchemaVersion(Workshop.currentSchemaVersion + 1)
      ])
  }

  @Test func leapDaysAreDates() {
    #expect(Workshop.isCalendarDate("2028-02-29"))
    #expect(!Workshop.isCalendarDate("2026-02-29"))
    #expect(!Workshop.isCalendarDate("26-1-1"))
  }
}
