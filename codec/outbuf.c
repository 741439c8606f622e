#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "outbuf.h"

void tk_outbuf_init(struct tk_outbuf *o)
{
	memset(o, 0, sizeof(*o));
}

void tk_outbuf_free(struct tk_outbuf *o)
{
	free(o->buf);
	memset(o, 0, sizeof(*o));
}

static int reserve(struct tk_outbuf *o, size_t n)
{
	size_t need, cap;
	char *nb;

	if (o->overflow)
		return -1;
	need = o->len + n + 1;
	if (need > TK_OUTBUF_MAX) {
		o->overflow = 1;
		return -1;
	}
	if (need <= o->cap)
		return 0;
	cap = o->cap ? o->cap : 256;
	while (cap < need)
		cap *= 2;
	if (cap > TK_OUTBUF_MAX)
		cap = TK_OUTBUF_MAX;
	nb = realloc(o->buf, cap);
	if (!nb) {
		o->overflow = 1;
		return -1;
	}
	o->buf = nb;
	o->cap = cap;
	return 0;
}

void tk_outbuf_put(struct tk_outbuf *o, const char *s, size_t n)
{
	if (reserve(o, n))
		return;
	memcpy(o->buf + o->len, s, n);
	o->len += n;
	o->buf[o->len] = '\0';
}

void tk_outbuf_puts(struct tk_outbuf *o, const char *s)
{
	tk_outbuf_put(o, s, strlen(s));
}

void tk_outbuf_printf(struct tk_outbuf *o, const char *fmt, ...)
{
	char tmp[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof(tmp)) {
		tk_outbuf_put(o, tmp, (size_t)n);
		return;
	}
	if (reserve(o, (size_t)n))
		return;
	va_start(ap, fmt);
	vsnprintf(o->buf + o->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	o->len += (size_t)n;
}

void tk_outbuf_hex(struct tk_outbuf *o, const unsigned char *p, size_t n)
{
	static const char hx[] = "0123456789abcdef";
	size_t i;

	if (reserve(o, 2 * n))
		return;
	for (i = 0; i < n; i++) {
		o->buf[o->len++] = hx[p[i] >> 4];
		o->buf[o->len++] = hx[p[i] & 15];
	}
	o->buf[o->len] = '\0';
}

size_t tk_utf8_seq(const unsigned char *s, size_t n)
{
	size_t len, i;
	uint32_t cp;

	if (n == 0 || s[0] < 0xc2 || s[0] > 0xf4)
		return 0;
	len = s[0] < 0xe0 ? 2 : s[0] < 0xf0 ? 3 : 4;
	if (len > n)
		return 0;
	cp = s[0] & (0x7f >> len);
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return len;
}
