#ifndef ADVANCE_CTERMINAL_H
#define ADVANCE_CTERMINAL_H
/* placeholder */
int advance_terminal_placeholder(void);
#endif
