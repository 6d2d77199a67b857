extension OrganisationKind {
  /// The type a sheet names: the Dutch or English word Tafel shows (as in `strings.json`), a
  /// few other spellings, or the file's own name, without regard to case.
  public init?(sheetValue text: String) {
    let key = text.trimmingCharacters(in: .whitespaces).lowercased()
    guard
      let kind = Self.allCases.first(where: {
        $0.rawValue.lowercased() == key || $0.sheetWords.contains(key)
      })
    else { return nil }
    self = kind
  }

  /// The Dutch words, as a message lists what a type column may hold.
  public static var sheetNames: [String] { allCases.map { $0.sheetWords[0] } }

  /// Dutch first, then English, then other spellings.
  var sheetWords: [String] {
    switch self {
    case .municipality: ["gemeente", "municipality", "council"]
    case .housingCorporation:
      ["woningcorporatie", "housing corporation", "woningbouwcorporatie", "housing association"]
    case .welfare: ["welzijn", "welfare", "welzijnsorganisatie"]
    case .mentalHealthCare: ["ggz", "mental health care", "geestelijke gezondheidszorg"]
    case .shelter: ["maatschappelijke opvang", "shelter", "opvang"]
    case .youthCare: ["jeugdzorg", "youth care", "jeugdhulp"]
    case .disabilityCare: ["gehandicaptenzorg", "disability care"]
    case .elderlyCare: ["ouderenzorg", "elderly care", "vvt"]
    case .healthInsurer: ["zorgverzekeraar", "health insurer", "verzekeraar"]
    case .other: ["overig", "other", "anders"]
    }
  }
}
