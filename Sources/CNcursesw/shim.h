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

// Attribute and mouse masks are built by function-like macros, so Swift sees them only as
// constants evaluated here.
static const attr_t TAFEL_A_NORMAL = A_NORMAL;
static const attr_t TAFEL_A_BOLD = A_BOLD;
static const attr_t TAFEL_A_DIM = A_DIM;
static const attr_t TAFEL_A_REVERSE = A_REVERSE;
static const attr_t TAFEL_A_UNDERLINE = A_UNDERLINE;

static const mmask_t TAFEL_ALL_MOUSE_EVENTS = ALL_MOUSE_EVENTS;
static const mmask_t TAFEL_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t TAFEL_BUTTON1_RELEASED = BUTTON1_RELEASED;
static const mmask_t TAFEL_BUTTON1_CLICKED = BUTTON1_CLICKED;
// The wheel arrives as presses of buttons 4 (up) and 5 (down).
static const mmask_t TAFEL_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t TAFEL_BUTTON5_PRESSED = BUTTON5_PRESSED;

// wchar.h declares wcwidth only for X/Open, which SwiftPM's dropped -D flags would have asked
// for. It is the measure ncurses uses for every cell.
extern int wcwidth(wchar_t character);
static inline int tafel_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

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
