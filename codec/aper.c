/*
 * The ALIGNED PER reader of aper.h (ITU-T X.691, the clauses cited at each function).
 */
#include <stdarg.h>
#include <stdio.h>

#include "aper.h"

void tk_per_init(struct tk_per *r, const uint8_t *p, size_t n, size_t base,
		 struct tk_inner_err *er)
{
	r->p = p;
	r->n = n;
	r->bit = 0;
	r->base = base;
	r->er = er;
	r->bad = 0;
	r->depth = 0;
	r->ctx = 0;
}

/* the problem at the octet holding the next bit */
void tk_per_fail(struct tk_per *r, const char *fmt, ...)
{
	char buf[128];
	size_t o = r->bit / 8;
	va_list ap;

	if (r->bad)
		return;
	r->bad = 1;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	tk_inner_fail(r->er, r->base + (o < r->n ? o : r->n), "%s", buf);
}

/* k <= 32 bits, most significant first */
int tk_per_bits(struct tk_per *r, unsigned k, const char *what, uint32_t *v)
{
	uint32_t x = 0;
	unsigned i;

	if (r->bad)
		return -1;
	if (k > r->n * 8 - r->bit) {
		tk_per_fail(r, "truncated in %s", what);
		return -1;
	}
	for (i = 0; i < k; i++, r->bit++)
		x = x << 1 | ((r->p[r->bit / 8] >> (7 - r->bit % 8)) & 1);
	*v = x;
	return 0;
}

/* to the next octet boundary (the padding bits are not checked: X.691 says they are 0) */
void tk_per_align(struct tk_per *r)
{
	r->bit = (r->bit + 7) & ~(size_t)7;
}

/* k octets from the next octet boundary */
const uint8_t *tk_per_octets(struct tk_per *r, size_t k, const char *what)
{
	const uint8_t *q;

	if (r->bad)
		return NULL;
	tk_per_align(r);
	if (k > r->n - r->bit / 8) {
		tk_per_fail(r, "truncated in %s: %zu octets, %zu present", what, k,
			    r->n - r->bit / 8);
		return NULL;
	}
	q = r->p + r->bit / 8;
	r->bit += 8 * k;
	return q;
}

/*
 * A constrained whole number 0..range-1 (X.691 10.5.7, ALIGNED variant), range <= 64K:
 * a bit-field of the fewest bits up to a range of 255, one aligned octet for 256, two
 * aligned octets above.  A value outside the range is reported.
 */
int tk_per_cwn(struct tk_per *r, uint32_t range, const char *what, uint32_t *v)
{
	size_t start = r->bit;
	unsigned k = 0;
	int rc;

	if (range <= 1) {
		*v = 0;
		return r->bad ? -1 : 0;
	}
	if (range <= 255) {
		while ((1u << k) < range)
			k++;
		rc = tk_per_bits(r, k, what, v);
	} else {
		if (!r->bad)
			tk_per_align(r);
		start = r->bit;		/* a value out of range is reported where it begins */
		rc = tk_per_bits(r, range == 256 ? 8 : 16, what, v);
	}
	if (rc == 0 && *v >= range) {
		r->bit = start;
		tk_per_fail(r, "%s is %u, more than its range allows (%u values)", what, *v, range);
		return -1;
	}
	return rc;
}

/*
 * A normally small non-negative whole number (X.691 10.6): the index of a CHOICE extension
 * and the length of a SEQUENCE's extension bitmap.  Above 63 it would be a semi-constrained
 * number, which no RANAP extension comes near: reported.
 */
int tk_per_nsnn(struct tk_per *r, const char *what, uint32_t *v)
{
	uint32_t big;

	if (tk_per_bits(r, 1, what, &big))
		return -1;
	if (big) {
		r->bit--;
		tk_per_fail(r, "%s: a number above 63 (not supported)", what);
		return -1;
	}
	return tk_per_bits(r, 6, what, v);
}

/*
 * An unconstrained length determinant (X.691 10.9.3.6-8, ALIGNED variant): aligned, one
 * octet 0xxxxxxx up to 127, two octets 10xxxxxx xxxxxxxx up to 16383.  11xxxxxx starts the
 * fragmented form of 16K octets and more, which no message relayed over MAP needs: reported.
 */
int tk_per_length(struct tk_per *r, const char *what, size_t *len)
{
	const uint8_t *q = tk_per_octets(r, 1, what);

	if (!q)
		return -1;
	if (!(q[0] & 0x80)) {
		*len = q[0];
		return 0;
	}
	if ((q[0] & 0xc0) == 0x80) {
		const uint8_t *q2 = tk_per_octets(r, 1, what);
		if (!q2)
			return -1;
		*len = (size_t)(q[0] & 0x3f) << 8 | q2[0];
		return 0;
	}
	r->bit -= 8;
	tk_per_fail(r, "%s: fragmented length (16K octets or more) not supported", what);
	return -1;
}

/* an open type (X.691 10.2): a length and that many octets, a complete encoding of its own */
int tk_per_open(struct tk_per *r, const char *what, struct tk_per *sub)
{
	const uint8_t *q;
	size_t len;

	if (tk_per_length(r, what, &len))
		return -1;
	q = tk_per_octets(r, len, what);
	if (!q)
		return -1;
	tk_per_init(sub, q, len, r->base + (size_t)(q - r->p), r->er);
	sub->depth = r->depth + 1;
	sub->ctx = r->ctx;
	return 0;
}

/*
 * A constrained whole number whose range is above 64K (X.691 10.5.7.4, ALIGNED variant):
 * the number of octets as a constrained whole number 1..k (k octets hold range - 1), then
 * that many octets aligned.  range - 1 fits 32 bits for every such RANAP type.
 */
int tk_per_big(struct tk_per *r, uint64_t range, const char *what, uint64_t *v)
{
	uint32_t k = 1, len, i;
	const uint8_t *q;
	size_t start = r->bit;

	while (k < 4 && (range - 1) >> (8 * k))
		k++;
	if (tk_per_cwn(r, k, what, &len))
		return -1;
	q = tk_per_octets(r, len + 1, what);
	if (!q)
		return -1;
	for (*v = 0, i = 0; i <= len; i++)
		*v = *v << 8 | q[i];
	if (*v >= range) {
		r->bit = start;
		tk_per_fail(r, "%s is %llu, more than its range allows (%llu values)", what,
			    (unsigned long long)*v, (unsigned long long)range);
		return -1;
	}
	return 0;
}

/*
 * A BIT STRING (SIZE (lb..ub)) or (SIZE (lb..ub, ...)) with ub above 16 (X.691 16.11):
 * the extension bit when extensible, the length as a constrained whole number (a length
 * outside the root, or of an extensible size with the bit set, as an unconstrained length
 * determinant), then the bits from the next octet boundary.  *nbits and the octets that hold
 * them are returned; the unused bits of the last octet are the string's padding.
 */
const uint8_t *tk_per_var_bits(struct tk_per *r, uint32_t lb, uint32_t ub, int ext,
			       const char *what, size_t *nbits)
{
	uint32_t x = 0, len;
	size_t l;

	if (ext && tk_per_bits(r, 1, what, &x))
		return NULL;
	if (x) {
		if (tk_per_length(r, what, &l))
			return NULL;
		*nbits = l;
	} else {
		if (tk_per_cwn(r, ub - lb + 1, what, &len))
			return NULL;
		*nbits = lb + len;
	}
	return tk_per_octets(r, (*nbits + 7) / 8, what);
}


/*
 * The end of a complete encoding: only the padding of the last octet may remain (X.691
 * 10.1.3), and an empty encoding is one 0x00 octet (10.1.3 too).
 */
void tk_per_end(struct tk_per *r, const char *what)
{
	size_t used = (r->bit + 7) / 8;

	if (r->bad || used >= r->n)
		return;
	if (used == 0 && r->n == 1 && r->p[0] == 0)
		return;
	r->bit = used * 8;
	tk_per_fail(r, "%zu octets after the %s", r->n - used, what);
}

/* an unconstrained OCTET STRING (X.691 17.8): a length, then the octets aligned */
const uint8_t *tk_per_octet_string(struct tk_per *r, const char *what, size_t *len)
{
	if (tk_per_length(r, what, len))
		return NULL;
	return tk_per_octets(r, *len, what);
}

/* ---- the containers ------------------------------------------------------------------------ */

const struct tk_value_string tk_per_criticality_names[] = {
	{ 0, "reject" },
	{ 1, "ignore" },
	{ 2, "notify" },
	{ 0, NULL }
};

int tk_per_field(struct tk_emitter *e, struct tk_per *r, const char *key,
		 const struct tk_per_fields *f)
{
	uint32_t id, crit;
	const char *s;
	struct tk_per v;

	if (tk_per_cwn(r, 65536, f->id_what, &id) || tk_per_cwn(r, 3, "criticality", &crit) ||
	    tk_per_open(r, f->value_what, &v))
		return -1;
	if (key)
		tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "id", (long)id);
	s = f->name ? f->name(f, id) : NULL;
	if (s)
		tk_emit_kv_str(e, "name", s);
	else
		tk_inner_emit_name(e, "name", NULL, NULL, "unknown", (long)id);
	tk_emit_kv_str(e, "criticality", tk_vs_name(tk_per_criticality_names, (long)crit));
	tk_emit_kv_hex(e, "value", v.p, v.n);
	if (f->decode)
		f->decode(e, f, id, &v);
	tk_emit_close(e, 0);
	return 0;
}

void tk_per_container(struct tk_emitter *e, struct tk_per *r, const char *key,
		      const char *what, uint32_t range, unsigned lb, const struct tk_per_fields *f)
{
	uint32_t cnt, i;

	if (tk_per_cwn(r, range, what, &cnt))
		return;
	cnt += lb;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i < cnt && tk_per_field(e, r, NULL, f) == 0; i++)
		;
	tk_emit_close(e, 1);
}

/*
 * A normally small length of the bitmap, the bitmap, then each present addition as an open
 * type, listed in hex: none of the types decoded by field defines additions after its
 * iE-Extensions (a later version could).
 */
void tk_per_additions(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t nb, i, present;
	uint64_t map = 0;
	struct tk_per v;

	if (tk_per_nsnn(r, "extension bitmap length", &nb))
		return;
	for (i = 0; i <= nb; i++) {
		if (tk_per_bits(r, 1, "extension bitmap", &present))
			return;
		map = map << 1 | present;
	}
	tk_emit_key(e, "extensionAdditions");
	tk_emit_open(e, 1);
	for (i = 0; i <= nb; i++) {
		if (!(map >> (nb - i) & 1))
			continue;
		if (tk_per_open(r, "extension addition", &v))
			break;
		tk_emit_hex(e, v.p, v.n);
	}
	tk_emit_close(e, 1);
}

/* ProtocolExtensionContainer ::= SEQUENCE (SIZE (1..maxProtocolExtensions 65535)) OF
 * ProtocolExtensionField: the count - 1 in two aligned octets */
void tk_per_seq_tail(struct tk_emitter *e, struct tk_per *r, uint32_t ie_ext, uint32_t ext,
		     const struct tk_per_fields *f)
{
	if (ie_ext)
		tk_per_container(e, r, "extensions", "ProtocolExtensionContainer", 65535, 1, f);
	if (ext && !r->bad)
		tk_per_additions(e, r);
}
