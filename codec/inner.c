#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "inner.h"
#include "names.h"

size_t tk_inner_start(struct tk_emitter *e, struct tk_inner_err *er, const uint8_t *p, size_t n)
{
	memset(er, 0, sizeof(*er));
	tk_emit_open(e, 0);
	return p ? n : 0;
}

void tk_inner_fail(struct tk_inner_err *er, size_t offset, const char *fmt, ...)
{
	va_list ap;

	if (er->set)
		return;
	er->set = 1;
	er->offset = offset;
	va_start(ap, fmt);
	vsnprintf(er->reason, sizeof(er->reason), fmt, ap);
	va_end(ap);
}

void tk_inner_finish(struct tk_emitter *e, const uint8_t *p, size_t n, const struct tk_inner_err *er)
{
	tk_emit_kv_hex(e, "hex", p, n);
	if (er->set) {
		tk_emit_key(e, "error");
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "offset", (long)er->offset);
		tk_emit_kv_str(e, "reason", er->reason);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 0);
}

void tk_inner_emit_name(struct tk_emitter *e, const char *key, const struct tk_value_string *vs,
			const struct tk_vrange *ranges, const char *dflt, long v)
{
	const char *s = vs ? tk_vs_name(vs, v) : NULL;
	char buf[160];

	for (; !s && ranges && ranges->name; ranges++) {
		if (v >= ranges->lo && v <= ranges->hi) {
			snprintf(buf, sizeof(buf), "%s (%ld)", ranges->name, v);
			s = buf;
		}
	}
	if (!s) {
		snprintf(buf, sizeof(buf), "%s (%ld)", dflt, v);
		s = buf;
	}
	tk_emit_kv_str(e, key, s);
}

int tk_inner_need(struct tk_inner_err *er, size_t n, size_t k, const char *what)
{
	if (n >= k)
		return 1;
	tk_inner_fail(er, n, "truncated: %s has %zu octet%s, %zu present", what, k, k == 1 ? "" : "s", n);
	return 0;
}

void tk_inner_extra(struct tk_inner_err *er, size_t n, size_t k, const char *what)
{
	if (n > k)
		tk_inner_fail(er, k, "%zu octet%s after the %zu of %s", n - k, n - k == 1 ? "" : "s", k, what);
}

int tk_inner_fixed_at(struct tk_inner_err *er, size_t base, size_t n, size_t k, const char *what)
{
	if (n < k) {
		tk_inner_fail(er, base + n, "truncated: %s has %zu octet%s, %zu present", what, k,
			      k == 1 ? "" : "s", n);
		return 0;
	}
	if (n > k)
		tk_inner_fail(er, base + k, "%zu octet%s after the %zu of %s", n - k,
			      n - k == 1 ? "" : "s", k, what);
	return 1;
}

int tk_inner_fixed(struct tk_inner_err *er, size_t n, size_t k, const char *what)
{
	return tk_inner_fixed_at(er, 0, n, k, what);
}

void tk_inner_number(struct tk_emitter *e, const uint8_t *p, size_t n, size_t k, const char *key,
		     const char *what)
{
	struct tk_inner_err er;
	unsigned long v = 0;
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, k, what)) {
		for (i = 0; i < k; i++)
			v = v << 8 | p[i];
		tk_emit_kv_long(e, key, (long)v);
	}
	tk_inner_finish(e, p, n, &er);
}

void tk_inner_octet_flags(struct tk_emitter *e, const uint8_t *p, size_t n,
			  const struct tk_octet_flag *flags, size_t count, const char *what)
{
	struct tk_inner_err er;
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, what))
		for (i = 0; i < count; i++)
			tk_emit_kv_bool(e, flags[i].key, !(p[0] & flags[i].mask) == !!flags[i].invert);
	tk_inner_finish(e, p, n, &er);
}

void tk_inner_text_or_hex(struct tk_emitter *e, const char *key, const uint8_t *p, size_t n)
{
	char hkey[64];
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i] < 0x20 || p[i] > 0x7e)
			break;
	if (i == n) {
		tk_emit_key(e, key);
		tk_emit_strn(e, (const char *)p, n);
		return;
	}
	snprintf(hkey, sizeof(hkey), "%sHex", key);
	tk_emit_kv_hex(e, hkey, p, n);
}
