/* JSON emitter: one object on one line (docs/json.md). */
#include <stdio.h>
#include <string.h>

#include "print.h"

static void sep(struct tk_emitter *e)
{
	if (e->after_key) {
		e->after_key = 0;
		return;
	}
	if (e->count[e->depth]++)
		tk_outbuf_put(e->ob, ",", 1);
}

static void json_string(struct tk_outbuf *ob, const char *s, size_t n)
{
	size_t i;

	tk_outbuf_put(ob, "\"", 1);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			char b[2] = { '\\', (char)c };
			tk_outbuf_put(ob, b, 2);
		} else if (c >= 0x80 && tk_utf8_seq((const unsigned char *)s + i, n - i)) {
			/* decoded text (SMS, UCS2) is UTF-8: pass well-formed sequences through */
			size_t k = tk_utf8_seq((const unsigned char *)s + i, n - i);
			tk_outbuf_put(ob, s + i, k);
			i += k - 1;
		} else if (c < 0x20 || c >= 0x7f) {
			/* control characters and bytes that are not UTF-8 (e.g. Latin-1 from a
			 * decoder): escaped, so that the line stays valid JSON and valid UTF-8 */
			tk_outbuf_printf(ob, "\\u%04x", c);
		} else {
			tk_outbuf_put(ob, (const char *)&c, 1);
		}
	}
	tk_outbuf_put(ob, "\"", 1);
}

static void j_key(struct tk_emitter *e, const char *k)
{
	if (e->count[e->depth]++)
		tk_outbuf_put(e->ob, ",", 1);
	json_string(e->ob, k, strlen(k));
	tk_outbuf_put(e->ob, ":", 1);
	e->after_key = 1;
}

static void j_open(struct tk_emitter *e, int array)
{
	sep(e);
	tk_outbuf_put(e->ob, array ? "[" : "{", 1);
	if (e->depth < TK_EMIT_MAX_DEPTH)
		e->depth++;
	e->count[e->depth] = 0;
	e->is_array[e->depth] = array;
}

static void j_close(struct tk_emitter *e, int array)
{
	tk_outbuf_put(e->ob, array ? "]" : "}", 1);
	if (e->depth > 0)
		e->depth--;
}

static void j_str(struct tk_emitter *e, const char *s, size_t n)
{
	sep(e);
	json_string(e->ob, s, n);
}

static void j_lit(struct tk_emitter *e, const char *s)
{
	sep(e);
	tk_outbuf_puts(e->ob, s);
}

static const struct tk_emitter_ops json_ops = { j_key, j_open, j_close, j_str, j_lit };

void tk_emitter_json(struct tk_emitter *e, struct tk_outbuf *ob)
{
	memset(e, 0, sizeof(*e));
	e->ops = &json_ops;
	e->ob = ob;
}
