#if os(Linux)
  import CNcursesw
  import Glibc
  import TafelUI
  import Testing

  /// ncurses measures every cell with the C library's `wcwidth`; Tafel's table must give the same
  /// number for every scalar, or the border after a character moves. The table is glibc's; on
  /// other systems the terminal backend replaces what their C library measures differently.
  @Suite struct WidthTableTests {
    @Test func theTableIsTheCLibrarysWcwidthForEveryScalar() throws {
      let utf8 = try #require(newlocale(LC_CTYPE_MASK, "C.UTF-8", nil))
      let previous = uselocale(utf8)
      defer {
        uselocale(previous)
        freelocale(utf8)
      }
      var differences: [String] = []
      for value in UInt32(1)...0x10FFFF where !(0xD800...0xDFFF).contains(value) {
        let system = Int(tafel_wcwidth(value))
        let table = DisplayWidth.scalarWidth(value) ?? -1
        if system != table, differences.count < 20 {
          differences.append(
            "U+\(String(value, radix: 16, uppercase: true)): \(system) vs \(table)")
        }
      }
      #expect(differences.isEmpty, "wcwidth vs table: \(differences)")
    }
  }
#endif
