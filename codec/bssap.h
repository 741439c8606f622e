#ifndef TK_BSSAP_H
#define TK_BSSAP_H

#include <stddef.h>
#include <stdint.h>

struct tk_emitter;

/* TS 48.006 BSSAP (BSSMAP or DTAP) as MAP AN-APDU signalInfo carries it */
void tk_emit_bssap(struct tk_emitter *e, const uint8_t *p, size_t n);

#endif
