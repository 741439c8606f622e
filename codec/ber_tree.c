/*
 * BER whose type tcapkit does not know, shown as its tag-length-value structure: the
 * ANY of a MAP PrivateExtension (the type is the vendor's, named only by extId), the
 * parameters of an operation with no context or of ANSI TCAP.  What a user reads from
 * it is the nesting and the tags (Wireshark's "unknown BER" view); nothing is named.
 *
 * Reads go through tk_ber_read(), which bounds every length by its enclosing region and
 * follows indefinite lengths with a bounded depth; the tree itself is bounded in depth
 * and in the number of elements shown, so hostile input costs linear time and no memory.
 */
#include <stdio.h>
#include <string.h>

#include "ber.h"
#include "ber_tree.h"
#include "inner.h"

#define BER_TREE_MAX_DEPTH 16
#define BER_TREE_MAX_ITEMS 256

struct tree {
	struct tk_emitter *e;
	struct tk_inner_err *er;
	unsigned items;
};

static void tag_text(const struct tk_tlv *t, char *buf, size_t size)
{
	static const char *const cls[4] = { "UNIVERSAL ", "APPLICATION ", "", "PRIVATE " };

	snprintf(buf, size, "[%s%u]", cls[t->cls & 3], (unsigned)t->tag);
}

/* the elements of region c as an array; returns 0, or -1 when the walk must stop */
static int walk(struct tree *tr, struct tk_ber_cur *c)
{
	struct tk_emitter *e = tr->e;
	int rc = 0;

	tk_emit_open(e, 1);
	while (tk_ber_cur_more(c)) {
		struct tk_tlv t;
		struct tk_error err;
		char tag[48];

		if (tr->items++ >= BER_TREE_MAX_ITEMS) {
			tk_inner_fail(tr->er, c->pos, "more than %d elements: the rest is only in hex",
				      BER_TREE_MAX_ITEMS);
			rc = -1;
			break;
		}
		memset(&err, 0, sizeof(err));
		if (tk_ber_read(c, &t, &err, TK_LAYER_NONE) != TK_OK) {
			tk_inner_fail(tr->er, err.offset, "%s", err.reason);
			rc = -1;
			break;
		}
		tag_text(&t, tag, sizeof(tag));
		tk_emit_open(e, 0);
		tk_emit_kv_str(e, "tag", tag);
		tk_emit_kv_long(e, "length", (long)t.len);
		if (t.constructed) {
			struct tk_ber_cur in;
			if (c->depth + 1 >= BER_TREE_MAX_DEPTH) {
				tk_inner_fail(tr->er, t.off, "nested deeper than %d: shown in hex",
					      BER_TREE_MAX_DEPTH);
				tk_emit_kv_hex(e, "value", t.val, t.len);
			} else if (tk_ber_cur_enter(c, &t, &in, &err, TK_LAYER_NONE) == TK_OK) {
				tk_emit_key(e, "elements");
				if (walk(tr, &in) < 0) {
					tk_emit_close(e, 0);
					rc = -1;
					break;
				}
			} else {
				tk_inner_fail(tr->er, err.offset, "%s", err.reason);
				tk_emit_kv_hex(e, "value", t.val, t.len);
			}
		} else {
			tk_emit_kv_hex(e, "value", t.val, t.len);
		}
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	return rc;
}

void tk_emit_ber_tree_key(struct tk_emitter *e, struct tk_inner_err *er, const uint8_t *p, size_t n)
{
	struct tree tr;
	struct tk_ber_cur c;

	tr.e = e;
	tr.er = er;
	tr.items = 0;
	tk_ber_cur_init(&c, p, 0, n, BER_TREE_MAX_DEPTH);
	tk_emit_key(e, "ber");
	walk(&tr, &c);
}

void tk_emit_ber_tree(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n == 0)
		tk_inner_fail(&er, 0, "empty");
	else
		tk_emit_ber_tree_key(e, &er, p, n);
	tk_inner_finish(e, p, n, &er);
}
