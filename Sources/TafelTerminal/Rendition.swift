import CNcursesw

/// A foreground/background pair of colour numbers, the key under which a pair is allocated.
struct ColourPairKey: Hashable {
  var foreground: Int16
  var background: Int16
}

/// The attributes and colours one cell is drawn with; `colours` is nil on monochrome terminals.
struct Rendition: Hashable {
  var bold = false
  var dim = false
  var reverse = false
  var underline = false
  var colours: ColourPairKey?

  var attributes: attr_t {
    var attributes = TAFEL_A_NORMAL
    if bold { attributes |= TAFEL_A_BOLD }
    if dim { attributes |= TAFEL_A_DIM }
    if reverse { attributes |= TAFEL_A_REVERSE }
    if underline { attributes |= TAFEL_A_UNDERLINE }
    return attributes
  }
}
