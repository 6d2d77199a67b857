/// What `tafel --version` says. `scripts/release.sh` builds from its own copy of the sources and
/// writes the commit into that copy's `commit` line; any other build keeps `nil` and says so.
enum BuildInfo {
  static let version = "0.1.0"
  static let commit: String? = nil

  /// `0.1.0 (commit 1a2b3c4d5e6f)` or `0.1.0 (unknown commit)`.
  static var versionLine: String {
    version + " (" + (commit.map { "commit " + $0 } ?? "unknown commit") + ")"
  }
}
