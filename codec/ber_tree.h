#ifndef TK_BER_TREE_H
#define TK_BER_TREE_H

#include <stddef.h>
#include <stdint.h>

struct tk_emitter;

/*
 * BER of an unknown type as its TLV structure (X.690): one object
 * {"ber":[{"tag":"[UNIVERSAL 16]","length":n,"elements":[...]} | {...,"value":"hex"}],
 *  "hex", "error"} with depth and element count bounded.
 */
void tk_emit_ber_tree(struct tk_emitter *e, const uint8_t *p, size_t n);

/* the same "ber" array, as a key of an object the caller has opened (n > 0); problems go
 * to er (inner.h) */
struct tk_inner_err;
void tk_emit_ber_tree_key(struct tk_emitter *e, struct tk_inner_err *er, const uint8_t *p, size_t n);

#endif
