#ifndef TAFEL_CNCURSESW_SHIM_H
#define TAFEL_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags, so the wide-character API must be switched on here,
// before curses.h decides NCURSES_WIDECHAR for itself.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <langinfo.h>
#include <string.h>
#include <unistd.h>
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

/// Makes `term` the current terminal for terminfo's lookups, without a screen; 0 when it is
/// unknown. `tafel_terminfo_end` lets it go.
static inline int tafel_terminfo_begin(const char *term) {
  int status = 0;
  return setupterm(term, -1, &status) == OK && status == 1;
}
static inline void tafel_terminfo_end(void) { del_curterm(cur_term); }

// Variadic C functions do not reach Swift: a capability with one or two numbers filled in.
// The answer is ncurses's own buffer, good until the next call.
static inline const char *tafel_tiparm1(const char *capability, int first) {
  return tiparm(capability, first);
}
static inline const char *tafel_tiparm2(const char *capability, int first, int second) {
  return tiparm(capability, first, second);
}

/// Points `output` at /dev/null, so what ncurses sends meanwhile reaches nothing (the first
/// frame, already written another way; an `endwin` whose screen switch must not show). Answers
/// the descriptor `tafel_output_back` puts back, or -1 when nothing was changed.
static inline int tafel_output_aside(int output) {
  int saved = fcntl(output, F_DUPFD_CLOEXEC, 3);
  int nowhere = open("/dev/null", O_WRONLY | O_CLOEXEC);
  int turned = saved >= 0 && nowhere >= 0 && dup2(nowhere, output) >= 0;
  if (nowhere >= 0) close(nowhere);
  if (!turned) {
    if (saved >= 0) close(saved);
    return -1;
  }
  fcntl(output, F_SETFD, FD_CLOEXEC);
  return saved;
}

/// Points `output` at the terminal again. On the only failures Linux has here (a signal, a
/// descriptor being opened at that moment) it tries again.
static inline void tafel_output_back(int output, int saved) {
  while (dup2(saved, output) < 0 && (errno == EINTR || errno == EBUSY)) {}
  fcntl(output, F_SETFD, FD_CLOEXEC);
  close(saved);
}

// `newterm` on a thread of its own, begun while the workshop is still being read. In C, so the
// thread touches no Swift value; whoever begins it joins it (`tafel_newterm_finish`) before any
// other ncurses call, and ncurses is used from one thread at a time.
//
// The screen writes to a copy of standard output's descriptor, so a start that ends before the
// screen can point that copy at /dev/null: `delscreen` sends what ncurses still holds (the
// alternate screen's switch among it), and the shell's screen must not get it.
struct tafel_newterm {
  pthread_t thread;
  char *term;
  SCREEN *screen;
  int output;
};

static inline void *tafel_newterm_body(void *context) {
  struct tafel_newterm *job = context;
  job->output = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
  // Never closed: ncurses keeps writing and reading through them until the process ends.
  FILE *output = job->output >= 0 ? fdopen(job->output, "w") : NULL;
  FILE *input = fdopen(STDIN_FILENO, "r");
  job->screen = (output != NULL && input != NULL) ? newterm(job->term, output, input) : NULL;
  return NULL;
}

/// Starts the thread; NULL when it could not be started (nothing is left to undo then).
static inline struct tafel_newterm *tafel_newterm_begin(const char *term) {
  struct tafel_newterm *job = calloc(1, sizeof *job);
  if (job == NULL) return NULL;
  job->term = strdup(term);
  if (job->term == NULL || pthread_create(&job->thread, NULL, tafel_newterm_body, job) != 0) {
    free(job->term);
    free(job);
    return NULL;
  }
  return job;
}

/// Waits for the thread and frees the job: the screen `newterm` made, or NULL, and in `output`
/// the descriptor it writes to.
static inline SCREEN *tafel_newterm_finish(struct tafel_newterm *job, int *output) {
  pthread_join(job->thread, NULL);
  SCREEN *screen = job->screen;
  *output = job->output;
  free(job->term);
  free(job);
  return screen;
}

/// Deletes a screen that never showed, sending what ncurses still holds for it nowhere.
static inline void tafel_newterm_discard(SCREEN *screen, int output) {
  int nowhere = open("/dev/null", O_WRONLY | O_CLOEXEC);
  if (nowhere >= 0 && output >= 0 && dup2(nowhere, output) >= 0) {
    fcntl(output, F_SETFD, FD_CLOEXEC);
  }
  if (nowhere >= 0) close(nowhere);
  delscreen(screen);
}

#endif
