#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* parse until '}' or end; returns bytes written to out */
static size_t build(const char **pp, uint8_t *out, size_t cap, int depth)
{
	const char *p = *pp;
	size_t n = 0;
	int hi = -1;

	ck_assert_msg(depth < 32, "template nested too deep");
	while (*p && *p != '}') {
		if (*p == '{') {
			uint8_t tmp[8192];
			size_t len, k;
			ck_assert_msg(hi < 0, "odd hex digit before '{'");
			p++;
			len = build(&p, tmp, sizeof(tmp), depth + 1);
			ck_assert_msg(*p == '}', "missing '}' in template");
			p++;
			if (len < 128) {
				ck_assert(n + 1 + len <= cap);
				out[n++] = (uint8_t)len;
			} else if (len < 256) {
				ck_assert(n + 2 + len <= cap);
				out[n++] = 0x81;
				out[n++] = (uint8_t)len;
			} else {
				ck_assert(n + 3 + len <= cap);
				out[n++] = 0x82;
				out[n++] = (uint8_t)(len >> 8);
				out[n++] = (uint8_t)len;
			}
			for (k = 0; k < len; k++)
				out[n++] = tmp[k];
			continue;
		}
		if (*p == ' ' || *p == '\n' || *p == '\t') {
			p++;
			continue;
		}
		ck_assert_msg(hexval(*p) >= 0, "bad character '%c' in template", *p);
		if (hi < 0) {
			hi = hexval(*p);
		} else {
			ck_assert(n < cap);
			out[n++] = (uint8_t)(hi << 4 | hexval(*p));
			hi = -1;
		}
		p++;
	}
	ck_assert_msg(hi < 0, "odd number of hex digits in template");
	*pp = p;
	return n;
}

size_t tu_ber(const char *tmpl, uint8_t *out, size_t out_size)
{
	const char *p = tmpl;
	size_t n = build(&p, out, out_size, 0);
	ck_assert_msg(*p == '\0', "unbalanced '}' in template");
	return n;
}

/* messages keep pointers into their input: keep the bytes alive with the message */
struct holder {
	uint8_t buf[8192];
};

struct tk_msg *tu_decode(const char *tmpl, const char *acn)
{
	static struct holder h[64];
	static unsigned next;
	struct holder *b = &h[next++ % 64];
	struct tk_decode_opts o = TK_DECODE_OPTS_INIT;
	struct tk_msg *m = NULL;
	size_t n = tu_ber(tmpl, b->buf, sizeof(b->buf));

	o.acn = acn;
	tk_tcap_decode(b->buf, n, &o, &m);
	ck_assert_ptr_nonnull(m);
	return m;
}

struct sbuf {
	char *p;
	size_t n;
};

static int to_sbuf(const char *data, size_t len, void *arg)
{
	struct sbuf *s = arg;
	char *np = realloc(s->p, s->n + len + 1);
	if (!np)
		return -1;
	s->p = np;
	memcpy(s->p + s->n, data, len);
	s->n += len;
	s->p[s->n] = '\0';
	return 0;
}

static char *print(const struct tk_msg *m, enum tk_format f)
{
	struct sbuf s = { NULL, 0 };
	ck_assert_int_eq(tk_msg_print(m, f, to_sbuf, &s), 0);
	ck_assert_ptr_nonnull(s.p);
	return s.p;
}

char *tu_json(const struct tk_msg *m) { return print(m, TK_FMT_JSON); }
char *tu_text(const struct tk_msg *m) { return print(m, TK_FMT_TEXT); }

char *tu_srcpath(const char *rel)
{
	const char *top = getenv("top_srcdir");
	char *p;
	size_t n;

	if (!top)
		top = ".";
	n = strlen(top) + strlen(rel) + 2;
	p = malloc(n);
	ck_assert_ptr_nonnull(p);
	snprintf(p, n, "%s/%s", top, rel);
	return p;
}

/* one JSON object on one line: starts with '{', brackets balance outside strings */
void tu_assert_one_object(const char *s)
{
	int depth = 0, in_str = 0;
	size_t i;

	ck_assert_msg(s[0] == '{', "not an object: %s", s);
	for (i = 0; s[i]; i++) {
		char c = s[i];
		if (in_str) {
			if (c == '\\' && s[i + 1])
				i++;
			else if (c == '"')
				in_str = 0;
			continue;
		}
		if (c == '"') {
			in_str = 1;
		} else if (c == '{' || c == '[') {
			depth++;
		} else if (c == '}' || c == ']') {
			depth--;
			ck_assert_msg(depth >= 0, "unbalanced: %s", s);
			if (depth == 0)
				ck_assert_msg(s[i + 1] == '\0', "more than one value: %s", s);
		}
	}
	ck_assert_msg(depth == 0 && !in_str, "unbalanced: %s", s);
}


char *tu_render(tu_emit_fn *fn, const void *arg, const uint8_t *p, size_t n, int text)
{
	struct tk_outbuf ob;
	struct tk_emitter em;
	uint8_t *h = malloc(n ? n : 1);
	char *s;

	/* plain tests, ck_abort_msg() only on failure: every ck_assert() costs Check a write,
	 * and some suites render hundreds of thousands of values */
	if (!h)
		ck_abort_msg("out of memory");
	if (n)
		memcpy(h, p, n);
	tk_outbuf_init(&ob);
	if (text)
		tk_emitter_text(&em, &ob);
	else
		tk_emitter_json(&em, &ob);
	fn(&em, n ? h : NULL, n, arg);
	if (em.depth != 0)
		ck_abort_msg("emitter left at depth %d: %s", em.depth, ob.buf ? ob.buf : "");
	s = strdup(ob.buf ? ob.buf : "");
	if (!s)
		ck_abort_msg("out of memory");
	tk_outbuf_free(&ob);
	free(h);
	return s;
}

void tu_vexpect(tu_emit_fn *fn, const void *arg, const char *tmpl, int text, va_list ap)
{
	uint8_t buf[1024];
	size_t n = tu_ber(tmpl, buf, sizeof(buf));
	char *s = tu_render(fn, arg, buf, n, 0);
	const char *needle;

	tu_assert_one_object(s);
	tu_assert_has(s, "\"hex\":\"");
	while ((needle = va_arg(ap, const char *)) != NULL)
		tu_assert_has(s, needle);
	free(s);
	if (text)
		free(tu_render(fn, arg, buf, n, 1));
}

void tu_expect_no_error(tu_emit_fn *fn, const void *arg, const char *tmpl)
{
	uint8_t buf[1024];
	size_t n = tu_ber(tmpl, buf, sizeof(buf));
	char *s = tu_render(fn, arg, buf, n, 0);

	tu_assert_hasnt(s, "\"error\"");
	free(s);
}

void tu_vexpect_all(tu_emit_fn *fn, const void *arg, const char *tmpl, int no_error, va_list ap)
{
	tu_vexpect(fn, arg, tmpl, 1, ap);
	if (no_error)
		tu_expect_no_error(fn, arg, tmpl);
}

void tu_robust_tmpl(tu_emit_fn *fn, const void *arg, const char *tmpl, int truncation_errs)
{
	uint8_t buf[1024];
	size_t n = tu_ber(tmpl, buf, sizeof(buf));

	tu_robust(fn, arg, buf, n, truncation_errs);
}

void tu_expect_empty_error(tu_emit_fn *fn, const void *arg, const char *reason)
{
	char *s = tu_render(fn, arg, NULL, 0, 0);
	char needle[128];

	snprintf(needle, sizeof(needle), "\"error\":{\"offset\":0,\"reason\":\"%s", reason);
	tu_assert_one_object(s);
	tu_assert_has(s, "\"hex\":\"\"");
	tu_assert_has(s, needle);
	free(s);
	free(tu_render(fn, arg, NULL, 0, 1));
}

void tu_robust(tu_emit_fn *fn, const void *arg, const uint8_t *p, size_t n, int truncation_errs)
{
	static const uint8_t corrupt[] = { 0x00, 0xff, 0x0f, 0xf0, 0x80, 0x7f, 0x55, 0xaa, 0xc3 };
	uint8_t *b = malloc(n ? n : 1);
	size_t k, c;
	char *s;

	if (!b)
		ck_abort_msg("out of memory");
	for (k = 0; k < n; k++) {
		s = tu_render(fn, arg, p, k, 0);
		tu_assert_one_object(s);
		if (truncation_errs)
			tu_assert_has(s, "\"error\":{\"offset\":");
		free(s);
		free(tu_render(fn, arg, p, k, 1));
	}
	for (k = 0; k < n; k++)
		for (c = 0; c < sizeof(corrupt); c++) {
			memcpy(b, p, n);
			b[k] = corrupt[c];
			s = tu_render(fn, arg, b, n, 0);
			tu_assert_one_object(s);
			tu_assert_has(s, "\"hex\":\"");
			free(s);
		}
	free(b);
}

void tu_exhaustive(tu_emit_fn *fn, const void *arg, const char *tmpl)
{
	uint8_t p[256], b[256];
	size_t n = tu_ber(tmpl, p, sizeof(p));
	size_t k;
	unsigned v;

	for (k = 0; k < n; k++) {
		memcpy(b, p, n);
		for (v = 0; v < 256; v++) {
			char *s;

			b[k] = (uint8_t)v;
			s = tu_render(fn, arg, b, n, 0);
			tu_assert_one_object(s);
			tu_assert_has(s, "\"hex\":\"");
			free(s);
		}
	}
}
