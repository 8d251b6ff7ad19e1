#include "CTerminal.h"

#include <errno.h>
#include <pthread.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static int tty_fd = -1;
static struct termios sane_settings;
static volatile sig_atomic_t interrupted = 0;
static volatile sig_atomic_t resumed = 0;
static volatile sig_atomic_t resized = 0;
static int wakeup_pipe[2] = {-1, -1};
static volatile sig_atomic_t bracketed_paste = 0;

static void write_paste_mode(int on) {
  static const char enable[] = "\033[?2004h";
  static const char disable[] = "\033[?2004l";
  if (tty_fd < 0) return;
  (void)write(STDOUT_FILENO, on ? enable : disable, sizeof(enable) - 1);
}

void advance_terminal_set_bracketed_paste(int on) {
  if (tty_fd < 0 || bracketed_paste == (on != 0)) return;
  bracketed_paste = on != 0;
  write_paste_mode(on);
}

static void wake_reader(void) {
  if (wakeup_pipe[1] >= 0) {
    int saved_errno = errno;
    char byte = 1;
    (void)write(wakeup_pipe[1], &byte, 1);
    errno = saved_errno;
  }
}

static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
#define CRASH_SIGNAL_COUNT (sizeof(crash_signals) / sizeof(crash_signals[0]))
static struct sigaction previous_crash_actions[CRASH_SIGNAL_COUNT];

void advance_terminal_restore(void) {
  if (tty_fd >= 0) {
    int saved_errno = errno;
    tcsetattr(tty_fd, TCSAFLUSH, &sane_settings);
    // A shell after us must not get its pastes wrapped in markers it does not expect.
    if (bracketed_paste) write_paste_mode(0);
    errno = saved_errno;
  }
}

static void on_interrupt(int signo) {
  (void)signo;
  interrupted = 1;
  wake_reader();
}

static void on_resize(int signo) {
  (void)signo;
  resized = 1;
  wake_reader();
}

static void install(int signo, void (*handler)(int), int flags) {
  struct sigaction action;
  memset(&action, 0, sizeof(action));
  action.sa_handler = handler;
  action.sa_flags = flags;
  sigemptyset(&action.sa_mask);
  sigaction(signo, &action, NULL);
}

static void on_stop(int signo) {
  int saved_errno = errno;
  struct termios editing;
  int have_editing = tty_fd >= 0 && tcgetattr(tty_fd, &editing) == 0;
  advance_terminal_restore();

  // Stop for real with the default action, then pick up where we were once continued.
  install(signo, SIG_DFL, 0);
  sigset_t unblock;
  sigemptyset(&unblock);
  sigaddset(&unblock, signo);
  sigprocmask(SIG_UNBLOCK, &unblock, NULL);
  raise(signo);
  sigprocmask(SIG_BLOCK, &unblock, NULL);
  install(signo, on_stop, 0);

  if (have_editing) tcsetattr(tty_fd, TCSADRAIN, &editing);
  if (bracketed_paste) write_paste_mode(1);
  resumed = 1;
  wake_reader();
  errno = saved_errno;
}

static void on_terminate(int signo) {
  advance_terminal_restore();
  _exit(128 + signo);
}

static void on_crash(int signo) {
  advance_terminal_restore();
  for (size_t i = 0; i < CRASH_SIGNAL_COUNT; i++) {
    if (crash_signals[i] == signo) {
      sigaction(signo, &previous_crash_actions[i], NULL);
      break;
    }
  }
  // Returning re-runs the faulting instruction under the previous handler; for signals sent
  // with kill or abort, raise it again.
  sigset_t unblock;
  sigemptyset(&unblock);
  sigaddset(&unblock, signo);
  sigprocmask(SIG_UNBLOCK, &unblock, NULL);
  raise(signo);
}

int advance_terminal_install(int fd) {
  if (!isatty(fd) || tcgetattr(fd, &sane_settings) != 0) return -1;
  tty_fd = fd;
  if (pipe(wakeup_pipe) == 0) {
    for (int i = 0; i < 2; i++) {
      fcntl(wakeup_pipe[i], F_SETFL, fcntl(wakeup_pipe[i], F_GETFL) | O_NONBLOCK);
      fcntl(wakeup_pipe[i], F_SETFD, FD_CLOEXEC);
    }
  } else {
    wakeup_pipe[0] = wakeup_pipe[1] = -1;
  }

  install(SIGINT, on_interrupt, 0);
  install(SIGWINCH, on_resize, 0);
  install(SIGTSTP, on_stop, 0);
  install(SIGTERM, on_terminate, 0);
  install(SIGHUP, on_terminate, 0);

  // A crash may be a stack overflow: give the handler a stack of its own.
  static char alternate_stack[64 * 1024];
  stack_t current;
  if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
    stack_t stack;
    stack.ss_sp = alternate_stack;
    stack.ss_size = sizeof(alternate_stack);
    stack.ss_flags = 0;
    sigaltstack(&stack, NULL);
  }
  for (size_t i = 0; i < CRASH_SIGNAL_COUNT; i++) {
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = on_crash;
    action.sa_flags = SA_ONSTACK | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    sigaction(crash_signals[i], &action, &previous_crash_actions[i]);
  }
  return 0;
}

int advance_terminal_wakeup_fd(void) { return wakeup_pipe[0]; }

void advance_terminal_drain_wakeups(void) {
  if (wakeup_pipe[0] < 0) return;
  char buffer[64];
  while (read(wakeup_pipe[0], buffer, sizeof(buffer)) > 0) {
  }
}

int advance_terminal_take_interrupt(void) {
  int value = interrupted;
  interrupted = 0;
  return value;
}

int advance_terminal_take_resume(void) {
  int value = resumed;
  resumed = 0;
  return value;
}

int advance_terminal_take_resize(void) {
  int value = resized;
  resized = 0;
  return value;
}

static void *fault_when_told(void *unused) {
  (void)unused;
  sigset_t usr2;
  sigemptyset(&usr2);
  sigaddset(&usr2, SIGUSR2);
  int received = 0;
  if (sigwait(&usr2, &received) == 0) {
    volatile int *nowhere = NULL;
    *nowhere = 1;
  }
  return NULL;
}

void advance_terminal_fault_on_usr2(void) {
  sigset_t usr2;
  sigemptyset(&usr2);
  sigaddset(&usr2, SIGUSR2);
  // Blocked here, so every later thread inherits the block and only sigwait takes it.
  pthread_sigmask(SIG_BLOCK, &usr2, NULL);
  pthread_t thread;
  if (pthread_create(&thread, NULL, fault_when_told, NULL) == 0) {
    pthread_detach(thread);
  }
}
