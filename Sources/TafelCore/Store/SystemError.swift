import Foundation

/// Turns system errors into short human sentences.
public enum SystemError {
  static func describe(_ error: any Error) -> String {
    if let code = code(of: error) { return describe(errno: code) }
    return (error as NSError).localizedDescription
  }

  /// The `errno` behind a Foundation or POSIX error, when there is one.
  public static func code(of error: any Error) -> Int32? {
    if let posix = error as? POSIXError { return posix.code.rawValue }
    let nsError = error as NSError
    if nsError.domain == NSPOSIXErrorDomain { return Int32(nsError.code) }
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return Int32(underlying.code)
    }
    return nil
  }

  public static func describe(errno code: Int32) -> String { String(cString: strerror(code)) }

  /// The errors a facilitator's laptop commonly meets, in Tafel's own words.
  static let keys: [Int32: StringKey] = [
    ENOSPC: .systemNoSpace, EDQUOT: .systemQuota, EACCES: .systemPermission,
    EPERM: .systemNotPermitted, EROFS: .systemReadOnly, ENOENT: .systemNotFound,
    ENOTDIR: .systemNotFolder, EISDIR: .systemIsFolder, ELOOP: .systemLinkLoop,
    ENAMETOOLONG: .systemNameTooLong, EFBIG: .systemFileTooLarge, EIO: .systemInputOutput,
    EEXIST: .systemExists, EBUSY: .systemBusy, EMFILE: .systemTooManyOpen,
    ENFILE: .systemTooManyOpen, ENOMEM: .systemNoMemory,
  ]

  /// `code` in `language`, falling back to the system's text for an uncommon one.
  public static func text(errno code: Int32, _ strings: UIStrings, in language: Language)
    -> String
  {
    keys[code].map { strings.text($0, in: language) } ?? describe(errno: code)
  }
}
