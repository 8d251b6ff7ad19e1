#include "CTerminal.h"
int advance_terminal_placeholder(void) { return 0; }
