/*
 * ANSI TCAP (ANSI T1.114) at the TCAP layer: package type, transaction IDs, and the
 * component sequence (invoke, return result, return error, reject; component IDs,
 * National or Private operation and error codes, problem codes).  The parameters are
 * kept as hex; ANSI-41 MAP operations and parameters are named when printed (ansi41.c).
 *
 * T1.114 uses PRIVATE-class tags: package types 0xe1-0xe6 and 0xf6 (abort),
 * transaction ID 0xc7, component sequence 0xe8, components 0xe9-0xee, component IDs
 * 0xcf, operation codes 0xd0 (National) / 0xd1 (Private), error codes 0xd3 / 0xd4,
 * problem code 0xd5, parameter set 0xf2 or sequence 0x30.
 */
#include <stdlib.h>
#include <string.h>

#include "ber.h"
#include "internal.h"

#define L TK_LAYER_TCAP

static void keep_first(struct tk_msg *m, enum tk_status s, const struct tk_error *e)
{
	if (s != TK_OK && m->status == TK_OK) {
		m->status = s;
		m->error = *e;
	}
}

static enum tk_status component(struct tk_ber_cur *outer, const struct tk_tlv *ct, struct tk_component *c,
				const uint8_t *msg)
{
	struct tk_ber_cur in;
	struct tk_tlv t;
	enum tk_status s;

	c->offset = ct->off;
	c->length = ct->total;
	switch (ct->tag) {
	case 9: case 13: c->type = TK_COMP_INVOKE; break;
	case 10: c->type = TK_COMP_RESULT_LAST; break;
	case 14: c->type = TK_COMP_RESULT_NOT_LAST; break;
	case 11: c->type = TK_COMP_ERROR; break;
	case 12: c->type = TK_COMP_REJECT; break;
	default:
		return tk_error_set(&c->error, TK_ERR_UNEXPECTED_TAG, TK_LAYER_COMPONENT, ct->off,
				    "PRIVATE %u is not an ANSI component type", ct->tag);
	}
	if (tk_ber_cur_enter(outer, ct, &in, &c->error, TK_LAYER_COMPONENT))
		return c->error.code;
	while (tk_ber_cur_more(&in)) {
		if ((s = tk_ber_read(&in, &t, &c->error, TK_LAYER_COMPONENT)) != TK_OK)
			return s;
		if (t.cls == TK_BER_PRIVATE && !t.constructed && t.tag == 15) {	/* component IDs */
			if (t.len > 2)
				return tk_error_set(&c->error, TK_ERR_BER, TK_LAYER_COMPONENT, t.off,
						    "component ID of %zu octets (0 to 2)", t.len);
			if (t.len >= 1) {
				c->has_invoke_id = 1;
				c->invoke_id = t.val[0];
			}
			if (t.len == 2) {
				c->has_linked_id = 1;	/* correlation ID */
				c->linked_id = t.val[1];
			}
		} else if (t.cls == TK_BER_PRIVATE && !t.constructed && t.tag >= 16 && t.tag <= 20) {
			/* operation code (16 National, 17 Private: tshark names 0xd1 "private") or
			 * error code (19 National, 20 Private); a primitive 18 is read as before */
			size_t i;
			c->has_code = 1;
			c->ansi_national = (t.tag == 16 || t.tag == 19);
			c->code = 0;
			if (t.len > 4)
				return tk_error_set(&c->error, TK_ERR_BER, TK_LAYER_COMPONENT, t.off,
						    "code of %zu octets", t.len);
			for (i = 0; i < t.len; i++)
				c->code = (c->code << 8) | t.val[i];
		} else if (t.cls == TK_BER_PRIVATE && !t.constructed && t.tag == 21) {	/* problem code */
			c->has_problem = 1;
			c->problem_type = t.len >= 1 ? t.val[0] : 0;
			c->problem = t.len >= 2 ? t.val[1] : 0;
		} else if ((t.cls == TK_BER_PRIVATE && t.constructed && t.tag == 18) ||
			   tk_tlv_is(&t, TK_BER_UNIVERSAL, 1, 16)) {	/* parameter set / sequence */
			c->param.ptr = msg + t.off;
			c->param.len = t.total;
			c->param.offset = t.off;
		} else {
			return tk_error_set(&c->error, TK_ERR_UNEXPECTED_TAG, TK_LAYER_COMPONENT, t.off,
					    "%s %u in an ANSI component", tk_ber_class_name(t.cls), t.tag);
		}
	}
	return TK_OK;
}

void tk_ansi_tcap_decode(struct tk_msg *m, const uint8_t *buf, size_t len, const struct tk_tlv *pkg,
			 const struct tk_ber_cur *cur, unsigned max_components)
{
	struct tk_ber_cur in;
	struct tk_tlv t;
	struct tk_error e;
	enum tk_status s;

	switch (pkg->tag) {
	case 1: m->type = TK_MSG_ANSI_UNIDIRECTIONAL; break;
	case 2: m->type = TK_MSG_ANSI_QUERY_WITH_PERM; break;
	case 3: m->type = TK_MSG_ANSI_QUERY_WITHOUT_PERM; break;
	case 4: m->type = TK_MSG_ANSI_RESPONSE; break;
	case 5: m->type = TK_MSG_ANSI_CONVERSATION_WITH_PERM; break;
	case 6: m->type = TK_MSG_ANSI_CONVERSATION_WITHOUT_PERM; break;
	case 22: m->type = TK_MSG_ANSI_ABORT; break;
	default:
		keep_first(m, tk_error_set(&e, TK_ERR_UNEXPECTED_TAG, L, 0,
					   "PRIVATE %u is not an ANSI TCAP package type", pkg->tag), &e);
		return;
	}
	if (pkg->total < len)
		keep_first(m, tk_error_set(&e, TK_ERR_TRAILING, L, pkg->total,
					   "%zu bytes after the end of the package", len - pkg->total), &e);
	if (tk_ber_cur_enter(cur, pkg, &in, &e, L)) {
		keep_first(m, e.code, &e);
		return;
	}
	while (tk_ber_cur_more(&in)) {
		if ((s = tk_ber_read(&in, &t, &e, L)) != TK_OK) {
			keep_first(m, s, &e);
			return;
		}
		if (t.cls == TK_BER_PRIVATE && !t.constructed && t.tag == 7) {
			/* transaction ID: originating (4) then responding (4) as the package has them */
			if (t.len != 0 && t.len != 4 && t.len != 8) {
				keep_first(m, tk_error_set(&e, TK_ERR_BER, L, t.off,
							   "transaction ID of %zu octets (0, 4 or 8)", t.len), &e);
				continue;
			}
			if (m->type == TK_MSG_ANSI_RESPONSE || m->type == TK_MSG_ANSI_ABORT) {
				if (t.len >= 4) {
					memcpy(m->dtid, t.val, 4);
					m->dtid_len = 4;
					m->has_dtid = 1;
				}
			} else {
				if (t.len >= 4) {
					memcpy(m->otid, t.val, 4);
					m->otid_len = 4;
					m->has_otid = 1;
				}
				if (t.len == 8) {
					memcpy(m->dtid, t.val + 4, 4);
					m->dtid_len = 4;
					m->has_dtid = 1;
				}
			}
		} else if (t.cls == TK_BER_PRIVATE && t.constructed && t.tag == 8) {	/* component sequence */
			struct tk_ber_cur cs;
			if (tk_ber_cur_enter(&in, &t, &cs, &e, L)) {
				keep_first(m, e.code, &e);
				continue;
			}
			while (tk_ber_cur_more(&cs)) {
				struct tk_tlv ct;
				struct tk_component *nc;
				if ((s = tk_ber_read(&cs, &ct, &e, TK_LAYER_COMPONENT)) != TK_OK) {
					keep_first(m, s, &e);
					break;
				}
				if (m->n_components == max_components) {
					keep_first(m, tk_error_set(&e, TK_ERR_TOO_MANY, TK_LAYER_COMPONENT, ct.off,
								   "more than %u components", max_components), &e);
					break;
				}
				nc = realloc(m->components, (m->n_components + 1) * sizeof(*nc));
				if (!nc) {
					keep_first(m, tk_error_set(&e, TK_ERR_NOMEM, L, ct.off, "out of memory"), &e);
					return;
				}
				m->components = nc;
				memset(&nc[m->n_components], 0, sizeof(*nc));
				nc[m->n_components].status = component(&cs, &ct, &nc[m->n_components], buf);
				keep_first(m, nc[m->n_components].status, &nc[m->n_components].error);
				m->n_components++;
			}
		} else if (t.cls == TK_BER_PRIVATE && t.tag == 23) {
			/* P-Abort cause (primitive) */
			if (!t.constructed && t.len >= 1) {
				m->has_pabort = 1;
				m->pabort_cause = t.val[0];
			}
		} else if (t.cls == TK_BER_PRIVATE && (t.tag == 25 || t.tag == 24 || t.tag == 26)) {
			/* dialogue portion (0xf9) / user abort information: kept, not decoded */
		} else {
			keep_first(m, tk_error_set(&e, TK_ERR_UNEXPECTED_TAG, L, t.off,
						   "%s %u in an ANSI TCAP package", tk_ber_class_name(t.cls), t.tag), &e);
		}
	}
}
