/*
 * TCAP transaction portion (ITU-T Q.773 clause 4.2.2): the message type, the
 * transaction IDs, the P-Abort cause, and the dialogue and component portions, which
 * dialogue.c and component.c decode.  Then the application context is settled (from
 * the dialogue, the caller, or derived for a MAP v1 Begin) and the parameters decoded.
 *
 * A message is decoded as far as it goes: the first failure is kept in m->error with
 * its layer and offset; elements after a failure are still read where the framing
 * allows.
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

static enum tk_status read_tid(const struct tk_tlv *t, uint8_t tid[4], size_t *len, struct tk_error *e)
{
	if (t->constructed || t->len < 1 || t->len > 4)
		return tk_error_set(e, TK_ERR_BER, L, t->off,
				    "transaction ID of %zu octets (1 to 4 allowed)", t->len);
	memcpy(tid, t->val, t->len);
	*len = t->len;
	return TK_OK;
}

static void settle_context(struct tk_msg *m, const struct tk_decode_opts *o)
{
	struct tk_context *c = &m->context;

	if (m->dialogue.acn[0]) {
		c->source = TK_CTX_DIALOGUE;
		memcpy(c->acn, m->dialogue.acn, sizeof(c->acn));
		c->desc = tk_registry_context_by_oid(c->acn);
		return;
	}
	if (o && o->acn && o->acn[0]) {
		c->source = o->acn_source != TK_CTX_NONE ? o->acn_source : TK_CTX_CALLER;
		strncpy(c->acn, o->acn, sizeof(c->acn) - 1);
		c->desc = tk_registry_context_by_oid(c->acn);
		return;
	}
	/* TS 29.002 clause 15.1.? / 7.3.1: a TC-BEGIN without dialogue portion opens a
	 * MAP version 1 dialogue; the context follows from the operation invoked. */
	if (m->type == TK_MSG_BEGIN && m->dialogue.pdu == TK_DLG_NONE) {
		size_t i;
		for (i = 0; i < m->n_components; i++) {
			const struct tk_component *k = &m->components[i];
			if (k->type == TK_COMP_INVOKE && k->has_code && !k->code_is_global &&
			    k->status == TK_OK) {
				c->desc = tk_registry_map_v1_context_for_opcode((int)k->code, &c->n_candidates);
				if (c->desc) {
					c->source = TK_CTX_DERIVED;
					memcpy(c->acn, c->desc->oid, strlen(c->desc->oid) + 1);
				}
				return;
			}
		}
	}
}

enum tk_status tk_tcap_decode(const uint8_t *buf, size_t len, const struct tk_decode_opts *opts,
			      struct tk_msg **out)
{
	struct tk_decode_opts o = TK_DECODE_OPTS_INIT;
	struct tk_msg *m;
	struct tk_ber_cur cur, in;
	struct tk_tlv t;
	struct tk_error e;
	enum tk_status s;
	int seen_dlg = 0, seen_comp = 0;

	if (!out)
		return TK_ERR_INVALID_ARG;
	*out = m = calloc(1, sizeof(*m));
	if (!m)
		return TK_ERR_NOMEM;
	if (opts)
		o = *opts;
	if (!o.max_depth)
		o.max_depth = TK_DEFAULT_MAX_DEPTH;
	if (!o.max_components)
		o.max_components = TK_DEFAULT_MAX_COMPONENTS;
	m->length = len;
	if (!buf && len) {
		keep_first(m, tk_error_set(&e, TK_ERR_INVALID_ARG, L, 0, "no buffer"), &e);
		return m->status;
	}
	tk_ber_cur_init(&cur, buf, 0, len, o.max_depth);
	if ((s = tk_ber_read(&cur, &t, &e, L)) != TK_OK) {
		keep_first(m, s, &e);
		return m->status;
	}
	if (t.cls == TK_BER_PRIVATE && t.constructed) {
		/* ANSI T1.114 package types are PRIVATE-class: decoded at the TCAP layer */
		tk_ansi_tcap_decode(m, buf, len, &t, &cur, o.max_components);
		return m->status;
	}
	if (t.cls != TK_BER_APPLICATION || !t.constructed) {
		keep_first(m, tk_error_set(&e, TK_ERR_UNEXPECTED_TAG, L, 0,
					   "%s %u is not a TCAP message type", tk_ber_class_name(t.cls), t.tag), &e);
		return m->status;
	}
	switch (t.tag) {
	case 1: m->type = TK_MSG_UNIDIRECTIONAL; break;
	case 2: m->type = TK_MSG_BEGIN; break;
	case 4: m->type = TK_MSG_END; break;
	case 5: m->type = TK_MSG_CONTINUE; break;
	case 7: m->type = TK_MSG_ABORT; break;
	default:
		keep_first(m, tk_error_set(&e, TK_ERR_UNEXPECTED_TAG, L, 0,
					   "[APPLICATION %u] is not a TCAP message type", t.tag), &e);
		return m->status;
	}
	if (t.total < len)
		keep_first(m, tk_error_set(&e, TK_ERR_TRAILING, L, t.total,
					   "%zu bytes after the end of the message", len - t.total), &e);
	if (tk_ber_cur_enter(&cur, &t, &in, &e, L)) {
		keep_first(m, e.code, &e);
		return m->status;
	}
	while (tk_ber_cur_more(&in)) {
		if ((s = tk_ber_read(&in, &t, &e, L)) != TK_OK) {
			keep_first(m, s, &e);
			break;
		}
		if (t.cls != TK_BER_APPLICATION) {
			keep_first(m, tk_error_set(&e, TK_ERR_UNEXPECTED_TAG, L, t.off,
						   "%s %u in the transaction portion",
						   tk_ber_class_name(t.cls), t.tag), &e);
			continue;
		}
		switch (t.tag) {
		case 8:		/* OrigTransactionID */
			if (m->type == TK_MSG_BEGIN || m->type == TK_MSG_CONTINUE) {
				s = read_tid(&t, m->otid, &m->otid_len, &e);
				m->has_otid = s == TK_OK;
				keep_first(m, s, &e);
				continue;
			}
			break;
		case 9:		/* DestTransactionID */
			if (m->type == TK_MSG_END || m->type == TK_MSG_CONTINUE || m->type == TK_MSG_ABORT) {
				s = read_tid(&t, m->dtid, &m->dtid_len, &e);
				m->has_dtid = s == TK_OK;
				keep_first(m, s, &e);
				continue;
			}
			break;
		case 10:	/* P-AbortCause */
			if (m->type == TK_MSG_ABORT && !t.constructed) {
				s = tk_ber_int(&t, &m->pabort_cause, &e, L);
				m->has_pabort = s == TK_OK;
				keep_first(m, s, &e);
				continue;
			}
			break;
		case 11:	/* DialoguePortion */
			if (t.constructed && !seen_dlg) {
				seen_dlg = 1;
				s = tk_dialogue_decode(buf, len, t.off + t.hdr_len, t.len,
						       m->type == TK_MSG_UNIDIRECTIONAL, &m->dialogue, &e);
				keep_first(m, s, &e);
				continue;
			}
			break;
		case 12:	/* ComponentPortion */
			if (t.constructed && !seen_comp && m->type != TK_MSG_ABORT) {
				seen_comp = 1;
				s = tk_components_decode(buf, len, t.off + t.hdr_len, t.len, o.max_components,
							 o.max_depth, &m->components, &m->n_components, &e);
				if (s == TK_ERR_NOMEM) {
					keep_first(m, s, &e);
					return m->status;
				}
				keep_first(m, s, &e);
				continue;
			}
			break;
		default:
			break;
		}
		keep_first(m, tk_error_set(&e, TK_ERR_UNEXPECTED_TAG, L, t.off,
					   "[APPLICATION %u] is not allowed here in a %s", t.tag,
					   tk_msg_type_name(m->type)), &e);
	}
	if ((m->type == TK_MSG_BEGIN || m->type == TK_MSG_CONTINUE) && !m->has_otid)
		keep_first(m, tk_error_set(&e, TK_ERR_MISSING, L, 0, "%s without OrigTransactionID",
					   tk_msg_type_name(m->type)), &e);
	if ((m->type == TK_MSG_END || m->type == TK_MSG_CONTINUE || m->type == TK_MSG_ABORT) && !m->has_dtid)
		keep_first(m, tk_error_set(&e, TK_ERR_MISSING, L, 0, "%s without DestTransactionID",
					   tk_msg_type_name(m->type)), &e);
	settle_context(m, &o);
	tk_components_decode_params(m);
	{
		size_t i;
		for (i = 0; i < m->n_components; i++)
			keep_first(m, m->components[i].status, &m->components[i].error);
	}
	return m->status;
}
