/*
 * A trace: frames in capture order go down the layers (codec/link.c and the files it
 * calls, see trace.h); every TCAP message found is decoded with the context of its
 * dialogue (codec/track.c), and every frame gives at least one record, so that nothing
 * is lost: a TCAP message, "not TCAP" with the last layer decoded, a fragment held for
 * reassembly, a duplicate, or an error with its layer, offset and reason.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "trace.h"
#include "track.h"

struct tk_trace {
	struct tk_trace_opts opts;
	struct tk_trace_limits lim;
	struct tk_ip_state *ip;
	struct tk_sctp_state *sctp;
	struct tk_sccp_state *sccp;
	struct tk_dlg_table *dlg;
	struct tk_dlg_counters dctr;
	struct tk_trace_stats st;
	/* the frame being decoded */
	tk_record_fn fn;
	void *arg;
	uint32_t frame;
	double time;
	unsigned frame_records;
};

struct tk_trace *tk_trace_new(const struct tk_trace_opts *opts)
{
	struct tk_trace *t = calloc(1, sizeof(*t));
	struct tk_trace_opts o = TK_TRACE_OPTS_INIT;

	if (!t)
		return NULL;
	if (opts)
		o = *opts;
	t->opts = o;
	t->lim.max_ip_fragments = o.max_reassemblies ? o.max_reassemblies : 1024;
	t->lim.max_sctp_partial = t->lim.max_ip_fragments;
	t->lim.max_sccp_segments = t->lim.max_ip_fragments;
	t->lim.reassembly_timeout = o.reassembly_timeout > 0 ? o.reassembly_timeout : 60.0;
	t->lim.pc_format = o.pc_format;
	t->ip = tk_ip_state_new(&t->lim);
	t->sctp = tk_sctp_state_new(&t->lim);
	t->sccp = tk_sccp_state_new(&t->lim);
	t->dlg = tk_dlg_table_new(o.max_dialogues, o.dialogue_timeout, &t->dctr);
	if (!t->ip || !t->sctp || !t->sccp || !t->dlg) {
		tk_trace_free(t);
		return NULL;
	}
	return t;
}

void tk_trace_free(struct tk_trace *t)
{
	if (!t)
		return;
	tk_ip_state_free(t->ip);
	tk_sctp_state_free(t->sctp);
	tk_sccp_state_free(t->sccp);
	tk_dlg_table_free(t->dlg);
	free(t);
}

const struct tk_trace_stats *tk_trace_stats(const struct tk_trace *t)
{
	struct tk_trace_stats *st = (struct tk_trace_stats *)&t->st;
	st->dialogues_opened = t->dctr.opened;
	st->dialogues_closed = t->dctr.closed;
	st->dialogues_expired = t->dctr.expired;
	st->dialogues_evicted = t->dctr.evicted;
	return st;
}

const char *tk_record_kind_name(enum tk_record_kind k)
{
	switch (k) {
	case TK_REC_TCAP: return "tcap";
	case TK_REC_NOT_TCAP: return "not-tcap";
	case TK_REC_ERROR: return "error";
	case TK_REC_PENDING: return "fragment";
	case TK_REC_DUPLICATE: return "duplicate";
	default: return "unknown";
	}
}

const char *tk_pc_format_name(enum tk_pc_format f)
{
	switch (f) {
	case TK_PC_ITU: return "itu";
	case TK_PC_ANSI: return "ansi";
	case TK_PC_JAPAN: return "japan";
	default: return "unknown";
	}
}

/* ---- dialogue context ------------------------------------------------------------------ */

/* the endpoint a transaction ID belongs to: GT digits, else point code, else IP */
static void endpoint(const struct tk_transport *t, int calling, char *out, size_t n)
{
	const struct tk_sccp_addr *a = calling ? &t->calling : &t->called;

	if (a->present && a->digits[0])
		snprintf(out, n, "gt:%s", a->digits);
	else if (a->present && a->has_pc)
		snprintf(out, n, "pc:%u", a->pc);
	else if (t->has_mtp3)
		snprintf(out, n, "pc:%u", calling ? t->opc : t->dpc);
	else if (t->ip_version)
		snprintf(out, n, "ip:%s", calling ? t->src_ip : t->dst_ip);
	else
		out[0] = '\0';
}

static struct tk_msg *decode_with(const uint8_t *data, size_t len, const char *acn, enum tk_ctx_source src)
{
	struct tk_decode_opts o = TK_DECODE_OPTS_INIT;
	struct tk_msg *m = NULL;

	o.acn = acn;
	o.acn_source = src;
	tk_tcap_decode(data, len, &o, &m);
	return m;
}

/* does context c define every code the message's components use? */
static int context_fits(const struct tk_context_desc *c, const struct tk_msg *m)
{
	size_t i;
	int used = 0;

	for (i = 0; i < m->n_components; i++) {
		const struct tk_component *k = &m->components[i];
		if (!k->has_code || k->code_is_global)
			continue;
		used = 1;
		if (k->type == TK_COMP_ERROR) {
			if (!tk_context_error_by_code(c, (int)k->code))
				return 0;
		} else if (!tk_context_operation_by_code(c, (int)k->code)) {
			return 0;
		}
	}
	return used;
}

/*
 * A message of a dialogue whose start is not in the capture: try every context that
 * defines all the codes it uses, newest version first (a trace of today's network is
 * far more likely to carry MAP v3 or CAP phase 4 than v1 or phase 1; the order is a
 * policy, and the record says it is a guess), and keep those whose types decode all its
 * parameters.  The first is used; the message says "inferred" and lists them all.
 */
static int newer_first(const void *a, const void *b)
{
	const struct tk_context_desc *x = *(const struct tk_context_desc *const *)a;
	const struct tk_context_desc *y = *(const struct tk_context_desc *const *)b;
	if (x->version != y->version)
		return y->version - x->version;
	return x < y ? -1 : x > y;	/* registry (OID) order */
}

static struct tk_msg *infer(struct tk_trace *tr, const uint8_t *data, size_t len, struct tk_msg *m0)
{
	const struct tk_context_desc *cand[256];
	const struct tk_context_desc *fit[8];
	struct tk_msg *best = NULL;
	size_t ncand = 0, k;
	unsigned nfit = 0, i;

	for (k = 0; k < tk_registry_context_count() && ncand < TK_ARRAY_SIZE(cand); k++)
		if (context_fits(tk_registry_context(k), m0))
			cand[ncand++] = tk_registry_context(k);
	qsort(cand, ncand, sizeof(cand[0]), newer_first);
	for (k = 0; k < ncand; k++) {
		struct tk_msg *m = decode_with(data, len, cand[k]->oid, TK_CTX_INFERRED);
		if (!m)
			continue;
		if (m->status == TK_OK) {
			if (nfit < TK_ARRAY_SIZE(fit))
				fit[nfit] = cand[k];
			nfit++;
			if (!best) {
				best = m;
				continue;
			}
		}
		tk_msg_free(m);
	}
	if (!best)
		return m0;
	tk_msg_free(m0);
	best->context.n_candidates = nfit;
	for (i = 0; i < nfit && i < TK_ARRAY_SIZE(fit); i++)
		best->context.candidates[i] = fit[i];
	tr->st.inferred++;
	return best;
}

static struct tk_msg *decode_tracked(struct tk_trace *tr, const struct tk_transport *t, const uint8_t *data,
				     size_t len)
{
	char calling[64], called[64];
	struct tk_dialogue_entry *e;
	/* First pass without a context: it reads the TIDs, the dialogue portion and the
	 * component headers, and decodes parameters only when the message names its own
	 * context (or is a MAP v1 Begin).  Only a message that needs its dialogue's context
	 * is decoded a second time, with that context. */
	struct tk_msg *m = decode_with(data, len, NULL, TK_CTX_NONE);
	const char *own_acn;
	int exact;

	if (!m)
		return NULL;
	endpoint(t, 1, calling, sizeof(calling));
	endpoint(t, 0, called, sizeof(called));
	own_acn = m->context.acn[0] ? m->context.acn : NULL;	/* dialogue portion, or derived */

	switch (m->type) {
	case TK_MSG_BEGIN:
		if (m->has_otid)
			tk_dlg_open(tr->dlg, m->otid, m->otid_len, calling, own_acn, tr->time);
		return m;
	case TK_MSG_CONTINUE:
	case TK_MSG_END:
	case TK_MSG_ABORT:
		break;
	default:
		return m;
	}
	if (!m->has_dtid)
		return m;
	e = tk_dlg_find(tr->dlg, m->dtid, m->dtid_len, called, &exact);
	if (!own_acn && e && tk_dlg_acn(e)) {
		struct tk_context inferred;
		int was_inferred = tk_dlg_inferred(e, &inferred);
		struct tk_msg *m2 = decode_with(data, len, tk_dlg_acn(e),
						was_inferred ? TK_CTX_INFERRED : TK_CTX_TRANSACTION);
		if (m2) {
			tk_msg_free(m);
			m = m2;
			if (was_inferred) {
				m->context.n_candidates = inferred.n_candidates;
				memcpy(m->context.candidates, inferred.candidates, sizeof(inferred.candidates));
			}
		}
	} else if (!own_acn && !e) {
		tr->st.unmatched++;
		m = infer(tr, data, len, m);
	}
	if (m->type == TK_MSG_CONTINUE) {
		const char *acn = m->context.acn[0] ? m->context.acn : NULL;
		if (e)
			tk_dlg_answer(tr->dlg, e, m->otid, m->has_otid ? m->otid_len : 0, calling,
				      m->context.source == TK_CTX_DIALOGUE ? acn : NULL, tr->time);
		else if (m->has_otid && acn) {
			/* a dialogue seen from its first Continue: both IDs are known now */
			e = tk_dlg_open(tr->dlg, m->dtid, m->dtid_len, called, acn, tr->time);
			if (e) {
				tk_dlg_answer(tr->dlg, e, m->otid, m->otid_len, calling, NULL, tr->time);
				if (m->context.source == TK_CTX_INFERRED)
					tk_dlg_set_inferred(e, &m->context);
			}
		}
	} else if (e) {
		tk_dlg_close(tr->dlg, e);	/* End or Abort */
	}
	return m;
}

/* ---- records ---------------------------------------------------------------------------- */

static void emit(struct tk_trace *tr, struct tk_record *r)
{
	tr->frame_records++;
	if (r->kind <= TK_REC_DUPLICATE)
		tr->st.records[r->kind]++;
	tr->fn(r, tr->arg);
}

static void on_tcap(void *arg, const struct tk_transport *t, const uint8_t *data, size_t len)
{
	struct tk_trace *tr = arg;
	struct tk_record r;
	struct tk_msg *m = decode_tracked(tr, t, data, len);

	memset(&r, 0, sizeof(r));
	r.frame = tr->frame;
	r.time = tr->time;
	r.transport = t;
	if (!m) {
		r.kind = TK_REC_ERROR;
		tk_error_set(&r.error, TK_ERR_NOMEM, TK_LAYER_TCAP, 0, "out of memory");
		emit(tr, &r);
		return;
	}
	r.kind = TK_REC_TCAP;
	r.msg = m;
	tr->st.tcap++;
	if (m->status == TK_OK)
		tr->st.tcap_ok++;
	else
		tr->st.tcap_error++;
	emit(tr, &r);
	tk_msg_free(m);
}

static void on_other(void *arg, enum tk_record_kind kind, const struct tk_transport *t, const char *last_layer,
		     const struct tk_error *err)
{
	struct tk_trace *tr = arg;
	struct tk_record r;

	memset(&r, 0, sizeof(r));
	r.frame = tr->frame;
	r.time = tr->time;
	r.kind = kind;
	r.transport = t;
	r.layer = last_layer;
	if (err)
		r.error = *err;
	emit(tr, &r);
}

void tk_trace_frame(struct tk_trace *tr, uint32_t frame, int dlt, const uint8_t *data, size_t caplen,
		    size_t wirelen, double time, tk_record_fn fn, void *arg)
{
	struct tk_record_sink sink;

	tr->fn = fn;
	tr->arg = arg;
	tr->frame = frame;
	tr->time = time;
	tr->frame_records = 0;
	tr->st.frames++;
	tk_dlg_expire(tr->dlg, time);
	memset(&sink, 0, sizeof(sink));
	sink.tcap = on_tcap;
	sink.other = on_other;
	sink.arg = tr;
	sink.frame = frame;
	sink.time = time;
	tk_link_frame(dlt, data, caplen, wirelen, tr->ip, tr->sctp, tr->sccp, &tr->lim, &sink);
	if (tr->frame_records == 0) {
		/* a layer returned without saying anything: account for the frame anyway */
		struct tk_transport t;
		struct tk_error e;
		memset(&t, 0, sizeof(t));
		t.dlt = dlt;
		tk_error_set(&e, TK_ERR_INVALID_ARG, TK_LAYER_INPUT, 0,
			     "no layer reported a result for this frame (tcapkit bug)");
		on_other(tr, TK_REC_ERROR, &t, NULL, &e);
	}
}
