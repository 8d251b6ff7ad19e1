#ifndef ADVANCE_CEDITLINE_SHIM_H
#define ADVANCE_CEDITLINE_SHIM_H

// Swift cannot call C functions with variable arguments, and el_set, el_get and history are such
// functions. Each operation the line editor uses gets a typed wrapper here.

#include <histedit.h>
#include <stddef.h>
#include <stdio.h>
#include <wchar.h>

typedef char *(*advance_el_prompt_fn)(EditLine *);
typedef unsigned char (*advance_el_command_fn)(EditLine *, int);
typedef int (*advance_el_getc_fn)(EditLine *, wchar_t *);

// The standard streams, which Swift 6 sees as shared mutable globals.
static inline FILE *advance_stdin(void) { return stdin; }
static inline FILE *advance_stdout(void) { return stdout; }
static inline FILE *advance_stderr(void) { return stderr; }

static inline int advance_el_set_prompt(EditLine *el, advance_el_prompt_fn fn, char escape) {
  return el_set(el, EL_PROMPT_ESC, fn, escape);
}

static inline int advance_el_set_client_data(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}

static inline void *advance_el_client_data(EditLine *el) {
  void *data = NULL;
  if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
  return data;
}

static inline int advance_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}

static inline int advance_el_set_getc(EditLine *el, advance_el_getc_fn fn) {
  return el_set(el, EL_GETCFN, fn);
}

static inline int advance_el_add_function(
    EditLine *el, const char *name, const char *help, advance_el_command_fn fn) {
  return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int advance_el_bind(EditLine *el, const char *key, const char *command) {
  return el_set(el, EL_BIND, key, command, NULL);
}

static inline int advance_el_set_history(EditLine *el, History *history_state) {
  return el_set(el, EL_HIST, history, history_state);
}

static inline int advance_el_refresh(EditLine *el) { return el_set(el, EL_REFRESH); }

static inline int advance_history_set_size(History *h, int size) {
  HistEvent event;
  return history(h, &event, H_SETSIZE, size);
}

static inline int advance_history_set_unique(History *h, int unique) {
  HistEvent event;
  return history(h, &event, H_SETUNIQUE, unique);
}

static inline int advance_history_enter(History *h, const char *line) {
  HistEvent event;
  return history(h, &event, H_ENTER, line);
}

static inline int advance_history_clear(History *h) {
  HistEvent event;
  return history(h, &event, H_CLEAR);
}

#endif
