/*
 * A reader of the ALIGNED variant of PER (ITU-T X.691), for the ASN.1 of the radio network
 * protocols that ride inside SS7 messages as octets: RANAP (TS 25.413) in MAP AN-APDUs and
 * BSSMAP, and the S1AP (TS 36.413) containers inside RANAP and BSSMAP.  asn1c 0.9.28 has no
 * ALIGNED PER, so the decoders built on this read their types field by field.
 *
 * Every read is bounds-checked against one complete encoding (the PDU, or an open type's
 * octets); the first failure is reported through the caller's struct tk_inner_err with the
 * offset of the octet where it happened, and every later read of that encoding fails
 * quietly, so a decoder can go on emitting what it has without checking each call.
 */
#ifndef TK_APER_H
#define TK_APER_H

#include <stddef.h>
#include <stdint.h>

#include "inner.h"
#include "names.h"

/* a reading position, in bits, over one complete encoding (the PDU or an open type's octets) */
struct tk_per {
	const uint8_t *p;
	size_t n;		/* octets */
	size_t bit;		/* next bit to read, counted from the first bit of p[0] */
	size_t base;		/* offset of p[0] in the outermost octets, for error offsets */
	struct tk_inner_err *er;
	int bad;		/* a read failed: what follows in this encoding is unknown */
	unsigned depth;		/* open types enclosing this encoding (the PDU is 0) */
	int ctx;		/* the caller's: what the enclosing message says about the
			 * encodings in it (RANAP: the relocation target); inherited
			 * by open types */
};

void tk_per_init(struct tk_per *r, const uint8_t *p, size_t n, size_t base,
		 struct tk_inner_err *er);
/* report the problem at the octet holding the next bit (only the first one of r) */
void tk_per_fail(struct tk_per *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* k <= 32 bits, most significant first; 0, or -1 when they are not there */
int tk_per_bits(struct tk_per *r, unsigned k, const char *what, uint32_t *v);
/* to the next octet boundary */
void tk_per_align(struct tk_per *r);
/* k octets from the next octet boundary, or NULL */
const uint8_t *tk_per_octets(struct tk_per *r, size_t k, const char *what);
/* a constrained whole number 0..range-1, range <= 64K (X.691 10.5.7) */
int tk_per_cwn(struct tk_per *r, uint32_t range, const char *what, uint32_t *v);
/* a normally small non-negative whole number, up to 63 (X.691 10.6) */
int tk_per_nsnn(struct tk_per *r, const char *what, uint32_t *v);
/* an unconstrained length determinant, up to 16383 (X.691 10.9.3.6-8) */
int tk_per_length(struct tk_per *r, const char *what, size_t *len);
/* an open type (X.691 10.2): sub reads its octets, one level deeper, with r's ctx */
int tk_per_open(struct tk_per *r, const char *what, struct tk_per *sub);
/* a constrained whole number of a range above 64K (X.691 10.5.7.4) */
int tk_per_big(struct tk_per *r, uint64_t range, const char *what, uint64_t *v);
/* a BIT STRING (SIZE (lb..ub[, ...])) with ub above 16: the octets holding *nbits bits */
const uint8_t *tk_per_var_bits(struct tk_per *r, uint32_t lb, uint32_t ub, int ext,
			       const char *what, size_t *nbits);
/* an unconstrained OCTET STRING (X.691 17.8): its octets and *len, or NULL */
const uint8_t *tk_per_octet_string(struct tk_per *r, const char *what, size_t *len);
/* the end of a complete encoding: anything but the last octet's padding is reported */
void tk_per_end(struct tk_per *r, const char *what);

/* ---- the containers of RANAP, S1AP and NGAP ------------------------------------------------- */

/*
 * Their -Containers modules build every list of IEs and every iE-Extensions from one shape,
 * the field SEQUENCE { id (0..65535), criticality Criticality, value open type }: a protocol
 * says how its IDs are named and which values it decodes, and the readers below walk the
 * containers and list each field as {"id", "name", "criticality", "value" (hex)} followed by
 * what decode emits.
 */

/* Criticality ::= ENUMERATED { reject, ignore, notify } (the CommonDataTypes of all three) */
extern const struct tk_value_string tk_per_criticality_names[];

struct tk_per_fields {
	const char *id_what;	/* the ID in error messages ("ProtocolIE-ID") */
	const char *value_what;	/* the value's open type in error messages ("IE value") */
	/* the name of ID id, or NULL: "unknown (id)" */
	const char *(*name)(const struct tk_per_fields *f, uint32_t id);
	/* after the hex, the value v of ID id decoded when the protocol knows it (NULL: none) */
	void (*decode)(struct tk_emitter *e, const struct tk_per_fields *f, uint32_t id,
		       struct tk_per *v);
	const void *arg;	/* the protocol's (the IDs a type lets its extensions carry ...) */
};

/* one field: key (unless NULL) and its object, once id, criticality and value were read;
 * -1 when they could not be */
int tk_per_field(struct tk_emitter *e, struct tk_per *r, const char *key,
		 const struct tk_per_fields *f);
/* a SEQUENCE (SIZE (lb..range-1)) OF fields, lb 0 (ProtocolIE-Container) or 1
 * (ProtocolExtensionContainer, ProtocolIE-SingleContainer lists): the count (what names it
 * in errors), then "key": [the fields] */
void tk_per_container(struct tk_emitter *e, struct tk_per *r, const char *key,
		      const char *what, uint32_t range, unsigned lb, const struct tk_per_fields *f);
/* the extension additions of an extensible SEQUENCE whose extension bit is set (X.691
 * 19.7-19.9): "extensionAdditions": [the hex of each present one] */
void tk_per_additions(struct tk_emitter *e, struct tk_per *r);
/* the end of an extensible SEQUENCE: its iE-Extensions (a ProtocolExtensionContainer,
 * "extensions") when its preamble bit ie_ext says they are there, then when ext (its
 * extension bit) the extension additions */
void tk_per_seq_tail(struct tk_emitter *e, struct tk_per *r, uint32_t ie_ext, uint32_t ext,
		     const struct tk_per_fields *f);

#endif
