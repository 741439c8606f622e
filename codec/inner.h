/*
 * What the inner decoders (isup.c, location.c, ...) share: each emits one object for an
 * OCTET STRING, keeps going after the first problem where it can, and ends the object
 * with the raw octets and that first problem.
 */
#ifndef TK_INNER_H
#define TK_INNER_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"

/* the first thing wrong with the octets; later problems would only repeat it */
struct tk_inner_err {
	int set;
	size_t offset;
	char reason[128];
};

/* open the value's object and clear er; returns n, or 0 when p is NULL */
size_t tk_inner_start(struct tk_emitter *e, struct tk_inner_err *er, const uint8_t *p, size_t n);
void tk_inner_fail(struct tk_inner_err *er, size_t offset, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* close the value's object: "hex", then "error" if there was one */
void tk_inner_finish(struct tk_emitter *e, const uint8_t *p, size_t n, const struct tk_inner_err *er);

/*
 * Length checks of a value of k octets, what naming it in the reason ("an RR Cause"):
 * tk_inner_need reports a value that ends before k octets (at the offset where the octets
 * end) and returns 0, else 1; tk_inner_extra reports octets after the k; tk_inner_fixed
 * does both and returns whether the k octets are there to decode.
 */
int tk_inner_need(struct tk_inner_err *er, size_t n, size_t k, const char *what);
void tk_inner_extra(struct tk_inner_err *er, size_t n, size_t k, const char *what);
int tk_inner_fixed(struct tk_inner_err *er, size_t n, size_t k, const char *what);
/* a whole value that is one unsigned number of exactly k octets (1 to 4), most significant
 * first: {key: number, "hex"}, and tk_inner_fixed's errors (what names the value) */
void tk_inner_number(struct tk_emitter *e, const uint8_t *p, size_t n, size_t k, const char *key,
		     const char *what);
/* one named bit of a one-octet value: key true when (octet & mask) != 0, or with invert when
 * it is 0 (a bit that says "not allowed") */
struct tk_octet_flag {
	const char *key;
	uint8_t mask;
	uint8_t invert;
};

/* octets that are all printable ASCII (0x20-0x7e) as key: the text, else as key + "Hex": their
 * hex (a name or identifier a standard gives as characters, which a peer may fill otherwise) */
void tk_inner_text_or_hex(struct tk_emitter *e, const char *key, const uint8_t *p, size_t n);
/* a whole value that is one octet of count named bits: {key: bool, ..., "hex"}, and
 * tk_inner_fixed's errors (what names the value) */
void tk_inner_octet_flags(struct tk_emitter *e, const uint8_t *p, size_t n,
			  const struct tk_octet_flag *flags, size_t count, const char *what);
/* ... for a value that starts at octet base of the caller's octets (a field element) */
int tk_inner_fixed_at(struct tk_inner_err *er, size_t base, size_t n, size_t k, const char *what);

/* a range of codes sharing one name ("reserved for national use", "SC specific use") */
struct tk_vrange {
	long lo, hi;
	const char *name;
};

/*
 * key: the name of v from vs, else from the ranges (with the number, since "reserved for
 * national use" alone loses which code it was), else dflt with the number.  vs and
 * ranges may be NULL; ranges end with a NULL name.
 */
struct tk_value_string;
void tk_inner_emit_name(struct tk_emitter *e, const char *key, const struct tk_value_string *vs,
			const struct tk_vrange *ranges, const char *dflt, long v);

#endif
