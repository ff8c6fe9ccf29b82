#ifndef MAILLAGE_CGRAPHVIZ_SHIM_H
#define MAILLAGE_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Agdirected / Agundirected are mutable C globals, which Swift 6 refuses to
   read; these accessors hand out copies. */
static inline Agdesc_t maillage_agundirected(void) { return Agundirected; }
static inline Agdesc_t maillage_agdirected(void) { return Agdirected; }

#endif
