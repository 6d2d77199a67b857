/// The keys in a file that the model did not read, each as a problem at the key's path with
/// the known key it most resembles ("rloe": did you mean "role"?).
enum UnknownKeys {
  static func problems(in sourceMap: JSONSourceMap, log: KeyLog) -> [ValidationProblem] {
    var problems: [ValidationProblem] = []
    for path in sourceMap.keyPaths {
      guard case .key(let key)? = path.components.last else { continue }
      let parent = FieldPath(path.components.dropLast())
      // Only objects a type read as objects: what lies under an unknown key is not judged
      // again, and a dictionary reads every key it holds.
      guard let known = log.keys(in: parent), !known.contains(key) else { continue }
      problems.append(.init(.unknownKey(suggestion: suggestion(for: key, among: known)), at: path))
    }
    return problems
  }

  /// The known key closest to `key`, when it is close enough to be a slip of the finger: one
  /// edit (a letter changed, added, left out, or two swapped) in a short key, two in a longer one.
  static func suggestion(for key: String, among known: Set<String>) -> String? {
    let limit = key.count <= 4 ? 1 : 2
    let ranked = known.map { ($0, SlipDistance.between(key.lowercased(), $0.lowercased())) }
      .filter { $0.1 <= limit }
      .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
    return ranked.first?.0
  }

}
