/*
 * The NAS message reader shared by eps_nas.c (TS 24.301) and nas_5gs.c (TS 24.501): mandatory
 * elements by TS 24.007 11.2.1.1 and 11.2.5, optional ones by identifier with the rules of
 * 11.2.4 for those the message's table does not know.
 */
#include <stdarg.h>
#include <stdio.h>

#include "nas_reader.h"

void tk_nas_init(struct tk_nas *m, struct tk_emitter *e, const uint8_t *p, size_t n,
		 struct tk_inner_err *er, int depth)
{
	m->e = e;
	m->p = p;
	m->n = n;
	m->off = 0;
	m->er = er;
	m->ok = 1;
	m->depth = depth;
	m->aux = -1;
}

void tk_nas_fail(struct tk_nas *m, size_t at, const char *fmt, ...)
{
	char buf[128];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	tk_inner_fail(m->er, at, "%s", buf);
}

const uint8_t *tk_nas_take_v(struct tk_nas *m, size_t k, const char *what)
{
	const uint8_t *v;

	if (!m->ok)
		return NULL;
	if (m->n - m->off < k) {
		tk_nas_fail(m, m->n, "truncated: the mandatory %s needs %zu octet%s, %zu present",
			    what, k, k == 1 ? "" : "s", m->n - m->off);
		m->ok = 0;
		return NULL;
	}
	v = m->p + m->off;
	m->off += k;
	return v;
}

const uint8_t *tk_nas_take_lv(struct tk_nas *m, const char *what, int ext, size_t *len)
{
	size_t ll = ext ? 2 : 1;
	const uint8_t *v;

	if (!m->ok)
		return NULL;
	if (m->n - m->off < ll) {
		tk_nas_fail(m, m->off, "truncated: the length of the mandatory %s is missing", what);
		m->ok = 0;
		return NULL;
	}
	*len = ext ? (size_t)m->p[m->off] << 8 | m->p[m->off + 1] : m->p[m->off];
	if (*len > m->n - m->off - ll) {
		tk_nas_fail(m, m->off, "the mandatory %s of length %zu runs past the message (%zu "
			    "octets follow)", what, *len, m->n - m->off - ll);
		m->ok = 0;
		return NULL;
	}
	v = m->p + m->off + ll;
	m->off += ll + *len;
	return v;
}

static const struct tk_nas_ie *find_ie(const struct tk_nas_ie *defs, uint8_t iei)
{
	for (; defs && defs->name; defs++) {
		if (defs->fmt == TK_NAS_TV1 ? (iei & 0xf0) == defs->iei : iei == defs->iei)
			return defs;
	}
	return NULL;
}

static void ie_value(struct tk_nas *m, const struct tk_nas_ie *d, const struct tk_nas_ies *how,
		     const uint8_t *v, size_t len)
{
	tk_emit_key(m->e, "value");
	if (d && d->kind && how && how->value)
		how->value(m, d, v, len);
	else if (d && d->dec)
		d->dec(m->e, v, len);
	else
		tk_emit_hex(m->e, v, len);
}

void tk_nas_opt_ies(struct tk_nas *m, const struct tk_nas_ie *defs, const struct tk_nas_ies *how)
{
	struct tk_emitter *e = m->e;

	if (!m->ok)
		return;
	tk_emit_key(e, "ies");
	tk_emit_open(e, 1);
	while (m->off < m->n) {
		const uint8_t *q = m->p + m->off;
		size_t left = m->n - m->off, len, ll;
		const struct tk_nas_ie *d = find_ie(defs, q[0]);

		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "iei", q[0]);
		tk_emit_kv_str(e, "name", d ? d->name : "unknown element");
		if (d ? d->fmt == TK_NAS_TV1 || d->fmt == TK_NAS_T : (q[0] & 0x80)) {
			/* one octet: type 1 or 2, and by 11.2.4 any unknown identifier with bit 8 set */
			if (d && d->fmt == TK_NAS_TV1) {
				uint8_t half = q[0] & 0x0f;

				if (d->kind && how && how->value) {
					tk_emit_key(e, "value");
					how->value(m, d, &half, 1);
				} else if (d->dec) {
					tk_emit_key(e, "value");
					d->dec(e, &half, 1);
				} else {
					tk_emit_kv_long(e, "value", half);
				}
			} else if (!d) {
				tk_emit_kv_hex(e, "value", q, 1);
			}
			tk_emit_close(e, 0);
			m->off++;
			continue;
		}
		if (d && d->fmt == TK_NAS_TV) {
			if (left < d->len) {
				tk_nas_fail(m, m->off, "element 0x%02x needs %u octets, %zu present",
					    q[0], d->len, left);
				tk_emit_kv_hex(e, "value", q + 1, left - 1);
				tk_emit_close(e, 0);
				break;
			}
			ie_value(m, d, how, q + 1, d->len - 1u);
			tk_emit_close(e, 0);
			m->off += d->len;
			continue;
		}
		/* type 4, type 6 when the table says so, and by 11.2.4 any unknown identifier with
		 * bit 8 zero; those with bits 8-5 zero are "comprehension required"; unknown 7x are
		 * TLV-E where the protocol says so (5GS) */
		if (!d && (q[0] & 0xf0) == 0)
			tk_nas_fail(m, m->off, "unknown element 0x%02x is comprehension required (TS "
				    "24.007 11.2.4)", q[0]);
		ll = (d && d->fmt == TK_NAS_TLVE) ||
		     (!d && how && how->tlve_7x && (q[0] & 0xf0) == 0x70) ? 2 : 1;
		if (left < 1 + ll) {
			tk_nas_fail(m, m->off, "element 0x%02x without its length", q[0]);
			tk_emit_close(e, 0);
			break;
		}
		len = ll == 2 ? (size_t)q[1] << 8 | q[2] : q[1];
		if (len > left - 1 - ll) {
			tk_nas_fail(m, m->off + 1, "element 0x%02x of length %zu, %zu octets follow",
				    q[0], len, left - 1 - ll);
			tk_emit_kv_hex(e, "value", q + 1 + ll, left - 1 - ll);
			tk_emit_close(e, 0);
			break;
		}
		ie_value(m, d, how, q + 1 + ll, len);
		tk_emit_close(e, 0);
		m->off += 1 + ll + len;
	}
	m->off = m->n;
	tk_emit_close(e, 1);
}

void tk_nas_security_protected(struct tk_nas *m, unsigned sht, const char *what,
			       void (*nested)(struct tk_emitter *e, const uint8_t *p, size_t n,
					      int depth))
{
	struct tk_emitter *e = m->e;
	const uint8_t *v;

	if (!(v = tk_nas_take_v(m, 4, "message authentication code")))
		return;
	tk_emit_kv_hex(e, "messageAuthenticationCode", v, 4);
	if (!(v = tk_nas_take_v(m, 1, "sequence number")))
		return;
	tk_emit_kv_long(e, "sequenceNumber", v[0]);
	if (m->off >= m->n) {
		tk_nas_fail(m, m->off, "truncated: the %s is missing", what);
		return;
	}
	if (sht == 2 || sht == 4) {
		/* ciphered (TS 24.301 4.4.5, TS 24.501 4.4.5): the keys are not here */
		tk_emit_kv_hex(e, "cipheredNasMessage", m->p + m->off, m->n - m->off);
		tk_emit_kv_str(e, "note", "ciphered: the NAS message is not decoded");
	} else {
		tk_emit_key(e, "nasMessage");
		nested(e, m->p + m->off, m->n - m->off, m->depth + 1);
	}
	m->off = m->n;
}
