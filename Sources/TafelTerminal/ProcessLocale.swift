#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The parts of the user's locale Tafel uses: the character set (UTF-8 output and the glyphs)
/// and the system's messages (a file's error in the user's language). Not all of it: the
/// C library then reads two of its files instead of twelve at every start, and numbers printed
/// through it keep their point whatever the language.
public enum ProcessLocale {
  /// Once, at start, before any thread: `setlocale` races with threads that read the locale.
  public static func adopt() {
    setlocale(LC_CTYPE, "")
    setlocale(LC_MESSAGES, "")
  }
}
