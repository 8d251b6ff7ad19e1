#ifndef ADVANCE_CTERMINAL_H
#define ADVANCE_CTERMINAL_H

// The parts of terminal handling that run inside signal handlers, where only async-signal-safe
// calls are allowed: restoring the saved terminal settings on exit, stop and crash.

/// Remembers the current settings of `fd` (a terminal) as the sane ones, and installs handlers:
/// SIGINT sets a flag (no SA_RESTART, so a blocked read returns EINTR), SIGTSTP restores the
/// settings before stopping and re-applies the editing ones after SIGCONT, SIGWINCH sets a flag,
/// SIGTERM and SIGHUP restore the settings and exit 128+signal, and crash signals restore the
/// settings before the previous handler runs.
/// Returns 0, or -1 when `fd` is not a terminal (nothing is installed then).
int advance_terminal_install(int fd);

/// Restores the settings saved by `advance_terminal_install`. Safe to call at any time.
void advance_terminal_restore(void);

/// A descriptor that becomes readable whenever a handler has news (interrupt, resume, resize),
/// so a reader polling it with the terminal never misses a signal that came between its checks
/// and its wait. Returns -1 before `advance_terminal_install` succeeded.
int advance_terminal_wakeup_fd(void);

/// Empties the wake-up descriptor.
void advance_terminal_drain_wakeups(void);

/// Asks the terminal to mark pasted text (`ESC [200~` … `ESC [201~`) while `on` is 1, and to
/// stop when 0. Restoring the terminal (exit, stop, crash) turns it off too; continuing after a
/// stop turns it on again when it was on.
void advance_terminal_set_bracketed_paste(int on);

/// Returns 1 once for each SIGINT received since the last call.
int advance_terminal_take_interrupt(void);

/// Returns 1 when the process was stopped and continued since the last call.
int advance_terminal_take_resume(void);

/// Returns 1 when the window size changed since the last call.
int advance_terminal_take_resize(void);

#endif

/// For the crash tests only: starts a thread that, when the process receives SIGUSR2, writes
/// through a null pointer, a real fault on a thread other than the main one. Call it before
/// any other thread starts, so SIGUSR2 reaches that thread alone.
void advance_terminal_fault_on_usr2(void);
