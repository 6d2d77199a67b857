#ifndef TAFEL_CNCURSESW_SHIM_H
#define TAFEL_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags, so the wide-character API must be switched on here,
// before curses.h decides NCURSES_WIDECHAR for itself.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include <wchar.h>
#include <ncurses.h>
#include <term.h>

// Swift 6 rejects reads of mutable C globals and cannot import function-like macros:
// these accessors are the only way Swift reaches them.
static inline WINDOW *tafel_stdscr(void) { return stdscr; }
static inline int tafel_colors(void) { return COLORS; }
static inline int tafel_color_pairs(void) { return COLOR_PAIRS; }

static inline int tafel_locale_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && strncmp(codeset, "UTF", 3) == 0;
}

/// The number of colours terminfo gives for TERM, without taking over the terminal:
/// -1 when TERM is unknown or has no colour capability.
static inline int tafel_terminfo_colours(const char *term) {
  int status = 0;
  if (setupterm(term, -1, &status) != OK || status != 1) return -1;
  int colours = tigetnum("colors");
  del_curterm(cur_term);
  return colours;
}

#endif
