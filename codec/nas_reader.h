/*
 * Reading a NAS message of TS 24.007 11.2 (EPS NAS TS 24.301 in eps_nas.c, 5GS NAS TS 24.501
 * in nas_5gs.c): the mandatory V / LV / LV-E elements in order, then the optional ones by
 * identifier, each checked against the octets that are left; errors go to the message's
 * tk_inner_err with their offset.
 */
#ifndef TK_NAS_READER_H
#define TK_NAS_READER_H

#include <stddef.h>
#include <stdint.h>

#include "inner.h"
#include "print.h"

/* a message being read: octets, the next one, where errors go, the nesting depth */
struct tk_nas {
	struct tk_emitter *e;
	const uint8_t *p;
	size_t n;
	size_t off;
	struct tk_inner_err *er;
	int ok;			/* 0 once a mandatory element is missing: nothing after it is read */
	int depth;
	int aux;		/* the caller's own state (nas_5gs.c: the payload container type) */
};

/* m reading p[0..n) at depth, errors to er */
void tk_nas_init(struct tk_nas *m, struct tk_emitter *e, const uint8_t *p, size_t n,
		 struct tk_inner_err *er, int depth);

/* an error at offset at of the message */
void tk_nas_fail(struct tk_nas *m, size_t at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* k octets of a mandatory V element, or NULL (and stop) when the message ends first */
const uint8_t *tk_nas_take_v(struct tk_nas *m, size_t k, const char *what);

/* a mandatory LV (ext 0) or LV-E (ext 1: a length of two octets) element, or NULL (and stop) */
const uint8_t *tk_nas_take_lv(struct tk_nas *m, const char *what, int ext, size_t *len);

typedef void (*tk_nas_val_fn)(struct tk_emitter *e, const uint8_t *p, size_t n);

/* TS 24.007 11.2.1.1: type 1 (identifier in bits 8-5, value in 4-1), type 2 (identifier only),
 * type 3 (identifier and a value of fixed length), type 4 (identifier, length), type 6 (TLV-E:
 * identifier, a length of two octets) */
enum tk_nas_ie_fmt { TK_NAS_TV1 = 1, TK_NAS_T, TK_NAS_TV, TK_NAS_TLV, TK_NAS_TLVE };

/* one optional element of a message's table (ended by one with a NULL name) */
struct tk_nas_ie {
	uint8_t iei;		/* TK_NAS_TV1: bits 8-5, bits 4-1 zero */
	uint8_t fmt;		/* enum tk_nas_ie_fmt */
	uint8_t len;		/* TK_NAS_TV: the whole element, identifier included */
	uint8_t kind;		/* 0: dec's value; else the caller's kind (struct tk_nas_ies) */
	const char *name;
	tk_nas_val_fn dec;	/* NULL: the value in hex (TK_NAS_TV1: its number) */
};

/* what differs between the protocols reading their optional elements */
struct tk_nas_ies {
	/* unknown identifiers 7x have a length of two octets (TLV-E): TS 24.501 */
	int tlve_7x;
	/* emits the value of an element of kind != 0 (for type 1, v is the half octet, len 1) */
	void (*value)(struct tk_nas *m, const struct tk_nas_ie *d, const uint8_t *v, size_t len);
};

/* the rest of the message as optional elements of defs: "ies": [{"iei", "name", "value"}];
 * unknown ones skipped by TS 24.007 11.2.4 */
void tk_nas_opt_ies(struct tk_nas *m, const struct tk_nas_ie *defs, const struct tk_nas_ies *how);

/*
 * The rest of a security protected message (TS 24.301 8.2.23, TS 24.501 9.1.1) after its
 * security header: "messageAuthenticationCode" (4 octets), "sequenceNumber", then the plain
 * NAS message (what, for the error when it is missing) as "nasMessage" through nested at
 * depth + 1, or as "cipheredNasMessage" hex when the security header type sht says ciphered
 * (2 or 4: TS 24.301 9.3.1, TS 24.501 9.3)
 */
void tk_nas_security_protected(struct tk_nas *m, unsigned sht, const char *what,
			       void (*nested)(struct tk_emitter *e, const uint8_t *p, size_t n,
					      int depth));

#endif
