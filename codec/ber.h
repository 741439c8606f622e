/*
 * Bounds-checked BER TLV reading.  Every read of the TCAP layer goes through
 * tk_ber_read(): it never looks past the end of the region it is given, reports the
 * offset of what it could not read, and follows indefinite lengths with a bounded depth.
 */
#ifndef TK_BER_H
#define TK_BER_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"

enum tk_ber_class { TK_BER_UNIVERSAL = 0, TK_BER_APPLICATION = 1, TK_BER_CONTEXT = 2, TK_BER_PRIVATE = 3 };

struct tk_tlv {
	enum tk_ber_class cls;
	int constructed;
	uint32_t tag;		/* tag number */
	size_t off;		/* offset of the identifier octet (message-relative) */
	size_t hdr_len;		/* identifier + length octets */
	size_t len;		/* content length (for indefinite: up to the end-of-contents) */
	int indefinite;		/* content followed by 00 00 */
	const uint8_t *val;	/* content */
	size_t total;		/* hdr_len + len (+ 2 for indefinite) */
};

/* A region of the message: [base + start, base + end) with offsets relative to base. */
struct tk_ber_cur {
	const uint8_t *base;
	size_t pos, end;
	unsigned depth;		/* nesting depth of this region */
	unsigned max_depth;
};

void tk_ber_cur_init(struct tk_ber_cur *c, const uint8_t *base, size_t start, size_t end,
		     unsigned max_depth);
/* the content of a constructed TLV as a region one level deeper */
int tk_ber_cur_enter(const struct tk_ber_cur *outer, const struct tk_tlv *t, struct tk_ber_cur *inner,
		     struct tk_error *err, enum tk_layer layer);
static inline int tk_ber_cur_more(const struct tk_ber_cur *c) { return c->pos < c->end; }

/* read the next TLV of the region; TK_OK and advance, or an error with its offset */
enum tk_status tk_ber_read(struct tk_ber_cur *c, struct tk_tlv *t, struct tk_error *err,
			   enum tk_layer layer);

/* content of a primitive INTEGER (1..8 octets, two's complement) */
enum tk_status tk_ber_int(const struct tk_tlv *t, long *v, struct tk_error *err, enum tk_layer layer);

/* identifier octet of a short-form tag, for comparisons */
#define TK_TAG(cls, cons, num) (((unsigned)(cls) << 6) | ((cons) ? 0x20u : 0u) | (unsigned)(num))
static inline int tk_tlv_is(const struct tk_tlv *t, enum tk_ber_class cls, int cons, uint32_t num)
{
	return t->cls == cls && !!t->constructed == !!cons && t->tag == num;
}
const char *tk_ber_class_name(enum tk_ber_class c);

#endif
