#ifndef TK_SIGTRAN_H
#define TK_SIGTRAN_H

#include <stddef.h>
#include <stdint.h>

#include "bytes.h"
#include "internal.h"

/* the parameter at *pos of p[..end): 1 and *pos past it, 0 at the end, -1 malformed (e
 * set, offsets plus base, reason prefixed with proto) */
int tk_sigtran_next_param(const uint8_t *p, size_t end, size_t base, size_t *pos, unsigned *tag, size_t *voff,
			  size_t *vlen, enum tk_layer layer, const char *proto, struct tk_error *e);

#endif
