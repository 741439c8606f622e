/* Bounds-checked BER TLV reading for the TCAP layer (see ber.h). */
#include <stdio.h>
#include <string.h>

#include "ber.h"

void tk_ber_cur_init(struct tk_ber_cur *c, const uint8_t *base, size_t start, size_t end,
		     unsigned max_depth)
{
	c->base = base;
	c->pos = start;
	c->end = end;
	c->depth = 0;
	c->max_depth = max_depth ? max_depth : TK_DEFAULT_MAX_DEPTH;
}

const char *tk_ber_class_name(enum tk_ber_class c)
{
	static const char *const n[] = { "UNIVERSAL", "APPLICATION", "CONTEXT", "PRIVATE" };
	return n[c & 3];
}

/* Length of an indefinite-length content starting at pos: walk the nested TLVs up to the
 * end-of-contents octets.  Depth is bounded; every read is checked against end. */
static enum tk_status indef_len(const struct tk_ber_cur *c, size_t pos, unsigned depth,
				size_t *content_len, struct tk_error *err, enum tk_layer layer)
{
	struct tk_ber_cur sub = *c;
	size_t start = pos;

	if (depth > c->max_depth)
		return tk_error_set(err, TK_ERR_TOO_DEEP, layer, pos,
				    "indefinite lengths nested deeper than %u", c->max_depth);
	sub.pos = pos;
	sub.depth = depth;
	for (;;) {
		struct tk_tlv t;
		enum tk_status s;

		if (sub.pos + 2 > sub.end)
			return tk_error_set(err, TK_ERR_TRUNCATED, layer, sub.pos,
					    "indefinite length without end-of-contents");
		if (sub.base[sub.pos] == 0 && sub.base[sub.pos + 1] == 0) {
			*content_len = sub.pos - start;
			return TK_OK;
		}
		s = tk_ber_read(&sub, &t, err, layer);
		if (s != TK_OK)
			return s;
	}
}

enum tk_status tk_ber_read(struct tk_ber_cur *c, struct tk_tlv *t, struct tk_error *err,
			   enum tk_layer layer)
{
	size_t p = c->pos;
	uint8_t id, lo;

	memset(t, 0, sizeof(*t));
	t->off = p;
	if (p >= c->end)
		return tk_error_set(err, TK_ERR_TRUNCATED, layer, p, "element expected, data ends");
	id = c->base[p++];
	t->cls = (enum tk_ber_class)(id >> 6);
	t->constructed = (id & 0x20) != 0;
	if ((id & 0x1f) == 0x1f) {
		/* high tag number form: at most 4 octets of 7 bits (28-bit tags) */
		uint32_t num = 0;
		unsigned n = 0;
		uint8_t b;
		do {
			if (p >= c->end)
				return tk_error_set(err, TK_ERR_TRUNCATED, layer, t->off,
						    "tag runs past the end of the data");
			if (++n > 4)
				return tk_error_set(err, TK_ERR_BER, layer, t->off, "tag number too large");
			b = c->base[p++];
			num = (num << 7) | (b & 0x7f);
		} while (b & 0x80);
		t->tag = num;
	} else {
		t->tag = id & 0x1f;
	}
	if (p >= c->end)
		return tk_error_set(err, TK_ERR_TRUNCATED, layer, t->off, "length octet missing");
	lo = c->base[p++];
	if (lo < 0x80) {
		t->len = lo;
	} else if (lo == 0x80) {
		if (!t->constructed)
			return tk_error_set(err, TK_ERR_BER, layer, t->off,
					    "indefinite length on a primitive element");
		t->indefinite = 1;
	} else if (lo == 0xff) {
		return tk_error_set(err, TK_ERR_BER, layer, t->off, "reserved length octet 0xff");
	} else {
		unsigned n = lo & 0x7f;
		size_t len = 0;
		if (n > 4)
			return tk_error_set(err, TK_ERR_BER, layer, t->off,
					    "length of %u octets is too long", n);
		if (p + n > c->end)
			return tk_error_set(err, TK_ERR_TRUNCATED, layer, t->off,
					    "length octets run past the end of the data");
		while (n--)
			len = (len << 8) | c->base[p++];
		t->len = len;
	}
	t->hdr_len = p - t->off;
	if (t->indefinite) {
		enum tk_status s = indef_len(c, p, c->depth + 1, &t->len, err, layer);
		if (s != TK_OK)
			return s;
		t->total = t->hdr_len + t->len + 2;
	} else {
		if (t->len > c->end - p)
			return tk_error_set(err, TK_ERR_TRUNCATED, layer, t->off,
					    "length %zu runs %zu bytes past the end of the enclosing element",
					    t->len, t->len - (c->end - p));
		t->total = t->hdr_len + t->len;
	}
	t->val = c->base + p;
	c->pos = t->off + t->total;
	return TK_OK;
}

int tk_ber_cur_enter(const struct tk_ber_cur *outer, const struct tk_tlv *t, struct tk_ber_cur *inner,
		     struct tk_error *err, enum tk_layer layer)
{
	if (outer->depth + 1 > outer->max_depth) {
		tk_error_set(err, TK_ERR_TOO_DEEP, layer, t->off, "nesting deeper than %u",
			     outer->max_depth);
		return -1;
	}
	inner->base = outer->base;
	inner->pos = t->off + t->hdr_len;
	inner->end = inner->pos + t->len;
	inner->depth = outer->depth + 1;
	inner->max_depth = outer->max_depth;
	return 0;
}

enum tk_status tk_ber_int(const struct tk_tlv *t, long *v, struct tk_error *err, enum tk_layer layer)
{
	unsigned long u;
	size_t i;

	if (t->constructed || t->len == 0 || t->len > sizeof(long))
		return tk_error_set(err, TK_ERR_BER, layer, t->off,
				    "INTEGER of %zu octets%s", t->len, t->constructed ? " (constructed)" : "");
	u = (t->val[0] & 0x80) ? ~0UL : 0UL;	/* sign extension */
	for (i = 0; i < t->len; i++)
		u = (u << 8) | t->val[i];
	*v = (long)u;
	return TK_OK;
}

int tk_oid_to_dotted(const uint8_t *buf, size_t len, char *out, size_t out_size)
{
	size_t i = 0, o = 0;
	int first = 1;

	if (out_size == 0)
		return -1;
	out[0] = '\0';
	if (len == 0)
		return -1;
	while (i < len) {
		unsigned long arc = 0;
		unsigned n = 0;
		int w;
		do {
			if (i >= len || ++n > 9)
				return -1;	/* truncated arc or arc beyond 63 bits */
			arc = (arc << 7) | (buf[i] & 0x7f);
		} while (buf[i++] & 0x80);
		if (first) {
			unsigned long a0 = arc < 40 ? 0 : arc < 80 ? 1 : 2;
			w = snprintf(out + o, out_size - o, "%lu.%lu", a0, arc - 40 * a0);
			first = 0;
		} else {
			w = snprintf(out + o, out_size - o, ".%lu", arc);
		}
		if (w < 0 || (size_t)w >= out_size - o)
			return -1;
		o += (size_t)w;
	}
	return 0;
}
