/*
 * Text emitter: an indented tree in the style of YAML, one field per line
 * ("key: value"), array items as "- ", two spaces per level.  Strings are printed as
 * they are (control and non-ASCII bytes as \xNN).
 *
 *	tcap:
 *	  type: begin
 *	components:
 *	  - type: invoke
 *	    invokeId: 1
 */
#include <string.h>

#include "print.h"

/* e->indent[d]: level of the keys (objects) or "-" items (arrays) at depth d;
 * e->inline_key[d]: the object is an array item, its first key goes on the "-" line */

static void newline(struct tk_emitter *e, int level)
{
	int i;
	if (e->ob->len)
		tk_outbuf_put(e->ob, "\n", 1);
	for (i = 0; i < level; i++)
		tk_outbuf_put(e->ob, "  ", 2);
}

/* a value starts: after its key it stays on the key's line; in an array it is an item */
static void value_start(struct tk_emitter *e)
{
	if (e->after_key) {
		e->after_key = 0;
		return;
	}
	if (e->depth > 0 && e->is_array[e->depth]) {
		newline(e, e->indent[e->depth]);
		tk_outbuf_put(e->ob, "-", 1);
	}
	e->count[e->depth]++;
}

static void t_key(struct tk_emitter *e, const char *k)
{
		if (e->inline_key[e->depth]) {
		e->inline_key[e->depth] = 0;
		tk_outbuf_put(e->ob, " ", 1);
	} else {
		newline(e, e->indent[e->depth]);
	}
	e->count[e->depth]++;
	tk_outbuf_puts(e->ob, k);
	tk_outbuf_put(e->ob, ":", 1);
	e->after_key = 1;
}

static void t_open(struct tk_emitter *e, int array)
{
		int was_item = !e->after_key && e->depth > 0 && e->is_array[e->depth];
	int level = e->depth > 0 ? e->indent[e->depth] + 1 : 0;

	value_start(e);
	if (e->depth < TK_EMIT_MAX_DEPTH)
		e->depth++;
	e->count[e->depth] = 0;
	e->is_array[e->depth] = array;
	e->indent[e->depth] = level;
	e->inline_key[e->depth] = was_item && !array;
}

static void t_close(struct tk_emitter *e, int array)
{
	if (e->count[e->depth] == 0)
		tk_outbuf_puts(e->ob, array ? " []" : " {}");
	if (e->depth > 0)
		e->depth--;
}

static void t_str(struct tk_emitter *e, const char *s, size_t n)
{
	size_t i;
	value_start(e);
	tk_outbuf_put(e->ob, " ", 1);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		size_t k = c >= 0x80 ? tk_utf8_seq((const unsigned char *)s + i, n - i) : 0;
		if (k) {
			tk_outbuf_put(e->ob, s + i, k);	/* UTF-8 text as it is */
			i += k - 1;
		} else if (c < 0x20 || c >= 0x7f) {
			tk_outbuf_printf(e->ob, "\\x%02x", c);
		} else {
			tk_outbuf_put(e->ob, (const char *)&c, 1);
		}
	}
}

static void t_lit(struct tk_emitter *e, const char *s)
{
	value_start(e);
	tk_outbuf_put(e->ob, " ", 1);
	tk_outbuf_puts(e->ob, s);
}

static const struct tk_emitter_ops text_ops = { t_key, t_open, t_close, t_str, t_lit };

void tk_emitter_text(struct tk_emitter *e, struct tk_outbuf *ob)
{
	memset(e, 0, sizeof(*e));
	e->ops = &text_ops;
	e->ob = ob;
}
