import Foundation

/// Local wall-clock times as Tafel writes them, formatted with the C library: Foundation's date
/// formatters load ICU, which cost a noticeable part of Tafel's start-up for a few characters.
public enum LocalTime {
  /// ISO 8601 with seconds and the UTC offset, as `2026-11-25T14:36:05+01:00` (`Z` for UTC).
  public static func iso8601(_ date: Date = Date()) -> String {
    var parts = brokenDown(date)
    let stamp = format("%Y-%m-%dT%H:%M:%S", &parts)
    let offset = parts.tm_gmtoff
    guard offset != 0 else { return stamp + "Z" }
    let minutes = abs(offset) / 60
    let hours = minutes / 60
    return stamp + (offset < 0 ? "-" : "+") + twoDigits(hours) + ":" + twoDigits(minutes % 60)
  }

  /// Hours and minutes, as the header shows the time: `14:36`.
  public static func hoursAndMinutes(_ date: Date = Date()) -> String {
    var parts = brokenDown(date)
    return format("%H:%M", &parts)
  }

  /// When a file was last changed, as a person asks it: `14:02` today, `2026-11-24 14:02`
  /// before.
  public static func whenChanged(_ date: Date, now: Date = Date()) -> String {
    var parts = brokenDown(date)
    var today = brokenDown(now)
    let time = format("%H:%M", &parts)
    return format("%Y-%m-%d", &parts) == format("%Y-%m-%d", &today)
      ? time : format("%Y-%m-%d", &parts) + " " + time
  }

  /// For file names: `20261125-143605`.
  public static func compact(_ date: Date = Date()) -> String {
    var parts = brokenDown(date)
    return format("%Y%m%d-%H%M%S", &parts)
  }

  private static func brokenDown(_ date: Date) -> tm {
    var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
    var parts = tm()
    localtime_r(&seconds, &parts)
    return parts
  }

  private static func format(_ pattern: String, _ parts: inout tm) -> String {
    var buffer = [CChar](repeating: 0, count: 64)
    let count = strftime(&buffer, buffer.count, pattern, &parts)
    return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  private static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }
}
