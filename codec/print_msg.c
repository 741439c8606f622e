/*
 * A decoded message as a tree (the same fields in text and JSON; docs/json.md is the
 * contract for JSON, schema 1), and the public printing functions.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"
#include "names.h"
#include "ansi41.h"
#include "ber_tree.h"
#include "print.h"

/* ---- emitter shortcuts ---------------------------------------------------------------- */

void tk_emit_key(struct tk_emitter *e, const char *k) { e->ops->key(e, k); }
void tk_emit_open(struct tk_emitter *e, int array) { e->ops->open(e, array); }
void tk_emit_close(struct tk_emitter *e, int array) { e->ops->close(e, array); }
void tk_emit_strn(struct tk_emitter *e, const char *s, size_t n) { e->ops->str(e, s, n); }
void tk_emit_str(struct tk_emitter *e, const char *s) { e->ops->str(e, s, strlen(s)); }
void tk_emit_lit(struct tk_emitter *e, const char *s) { e->ops->lit(e, s); }

void tk_emit_long(struct tk_emitter *e, long v)
{
	char b[24];
	snprintf(b, sizeof(b), "%ld", v);
	e->ops->lit(e, b);
}

void tk_emit_hex(struct tk_emitter *e, const unsigned char *p, size_t n)
{
	static const char hx[] = "0123456789abcdef";
	char small[512];
	struct tk_outbuf h;
	size_t i;

	/* most values are short: format on the stack, not in a heap buffer per value */
	if (2 * n <= sizeof(small)) {
		for (i = 0; i < n; i++) {
			small[2 * i] = hx[p[i] >> 4];
			small[2 * i + 1] = hx[p[i] & 15];
		}
		e->ops->str(e, small, 2 * n);
		return;
	}
	tk_outbuf_init(&h);
	tk_outbuf_hex(&h, p, n);
	e->ops->str(e, h.buf ? h.buf : "", h.len);
	tk_outbuf_free(&h);
}

void tk_emit_kv_str(struct tk_emitter *e, const char *k, const char *v)
{
	tk_emit_key(e, k);
	if (v)
		tk_emit_str(e, v);
	else
		tk_emit_lit(e, "null");
}

void tk_emit_kv_long(struct tk_emitter *e, const char *k, long v)
{
	tk_emit_key(e, k);
	tk_emit_long(e, v);
}

void tk_emit_kv_bool(struct tk_emitter *e, const char *k, int v)
{
	tk_emit_key(e, k);
	tk_emit_lit(e, v ? "true" : "false");
}

void tk_emit_kv_hex(struct tk_emitter *e, const char *k, const unsigned char *p, size_t n)
{
	tk_emit_key(e, k);
	tk_emit_hex(e, p, n);
}

/* ---- message --------------------------------------------------------------------------- */

static void emit_error_fields(struct tk_emitter *e, const struct tk_error *err);

void tk_emit_error(struct tk_emitter *e, const struct tk_error *err)
{
	tk_emit_key(e, "error");
	emit_error_fields(e, err);
}

static void emit_error_fields(struct tk_emitter *e, const struct tk_error *err)
{
	tk_emit_open(e, 0);
	tk_emit_kv_str(e, "layer", tk_layer_name(err->layer));
	tk_emit_kv_long(e, "offset", (long)err->offset);
	tk_emit_kv_str(e, "code", tk_status_name(err->code));
	tk_emit_kv_str(e, "reason", err->reason);
	tk_emit_close(e, 0);
}

static void emit_tid(struct tk_emitter *e, const char *k, int has, const uint8_t *tid, size_t len)
{
	if (has)
		tk_emit_kv_hex(e, k, tid, len);
	else
		tk_emit_kv_str(e, k, NULL);
}

static void emit_dialogue(struct tk_emitter *e, const struct tk_dialogue *d)
{
	const struct tk_context_desc *cd;

	tk_emit_key(e, "dialogue");
	if (d->pdu == TK_DLG_NONE) {
		tk_emit_lit(e, "null");
		return;
	}
	tk_emit_open(e, 0);
	tk_emit_kv_str(e, "pdu", tk_dialogue_pdu_name(d->pdu));
	if (d->acn[0]) {
		cd = tk_registry_context_by_oid(d->acn);
		tk_emit_kv_str(e, "acn", d->acn);
		tk_emit_kv_str(e, "acn_name", cd ? cd->name : NULL);
	}
	if (d->has_protocol_version)
		tk_emit_kv_str(e, "protocolVersion", (d->protocol_version & 1) ? "version1" : "unknown");
	if (d->has_result) {
		const char *n = tk_vs_name(tk_associate_result_names, d->result);
		tk_emit_key(e, "result");
		if (n)
			tk_emit_str(e, n);
		else
			tk_emit_long(e, d->result);
	}
	if (d->has_diagnostic) {
		const char *n = tk_vs_name(d->diagnostic_is_provider ? tk_diag_provider_names : tk_diag_user_names,
					   d->diagnostic);
		tk_emit_key(e, "diagnostic");
		tk_emit_open(e, 0);
		tk_emit_kv_str(e, "source", d->diagnostic_is_provider ? "dialogue-service-provider" :
			       "dialogue-service-user");
		tk_emit_key(e, "value");
		if (n)
			tk_emit_str(e, n);
		else
			tk_emit_long(e, d->diagnostic);
		tk_emit_close(e, 0);
	}
	if (d->has_abort_source) {
		const char *n = tk_vs_name(tk_abort_source_names, d->abort_source);
		tk_emit_key(e, "abortSource");
		if (n)
			tk_emit_str(e, n);
		else
			tk_emit_long(e, d->abort_source);
	}
	if (d->user_info_oid[0] || d->user_info.len) {
		tk_emit_key(e, "userInformation");
		tk_emit_open(e, 0);
		tk_emit_kv_str(e, "oid", d->user_info_oid[0] ? d->user_info_oid : NULL);
		if (d->user_value.type) {
			tk_emit_key(e, "value");
			tk_emit_value(e, d->user_value.type, d->user_value.sptr);
		}
		if (d->user_info.ptr)
			tk_emit_kv_hex(e, "hex", d->user_info.ptr, d->user_info.len);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 0);
}

static void emit_context(struct tk_emitter *e, const struct tk_context *c)
{
	tk_emit_key(e, "context");
	tk_emit_open(e, 0);
	tk_emit_kv_str(e, "acn", c->acn[0] ? c->acn : NULL);
	if (c->desc) {
		tk_emit_kv_str(e, "name", c->desc->name);
		tk_emit_kv_str(e, "protocol", tk_protocol_name(c->desc->protocol));
		tk_emit_kv_long(e, "version", c->desc->version);
	} else {
		tk_emit_kv_str(e, "protocol", NULL);
		tk_emit_kv_str(e, "version", NULL);
	}
	tk_emit_kv_str(e, "source", tk_ctx_source_name(c->source));
	if (c->source == TK_CTX_DERIVED)
		tk_emit_kv_long(e, "candidates", c->n_candidates);
	if (c->source == TK_CTX_INFERRED) {
		unsigned i;
		tk_emit_key(e, "candidates");
		tk_emit_open(e, 1);
		/* OIDs: CAP phases 3 and 4 give two contexts the same name */
		for (i = 0; i < c->n_candidates && i < TK_ARRAY_SIZE(c->candidates); i++)
			tk_emit_str(e, c->candidates[i]->oid);
		tk_emit_close(e, 1);
		if (c->n_candidates > TK_ARRAY_SIZE(c->candidates))
			tk_emit_kv_long(e, "candidatesTotal", c->n_candidates);
	}
	tk_emit_close(e, 0);
}

/*
 * Which way an SMS TPDU in this component travels (TS 23.040 names its TPDUs by
 * direction): mo-ForwardSM carries an SMS-SUBMIT from the MS and gets an
 * SMS-SUBMIT-REPORT back; mt-ForwardSM carries an SMS-DELIVER to the MS and gets an
 * SMS-DELIVER-REPORT back.  MAP v1/v2 forwardSM serves both directions: unknown.
 */
static int sms_direction(const struct tk_component *c)
{
	int invoke = c->type == TK_COMP_INVOKE;
	const char *op = c->op ? c->op->name : "";

	if (strcmp(op, "mo-ForwardSM") == 0)
		return invoke ? 1 : 0;
	if (strncmp(op, "mt-ForwardSM", 12) == 0)
		return invoke ? 0 : 1;
	return -1;
}

/* ansi: the component is in an ANSI TCAP package (ANSI-41 MAP names, ansi41.c) */
static void emit_component(struct tk_emitter *e, const struct tk_component *c, int ansi)
{
	tk_emit_open(e, 0);
	tk_emit_kv_str(e, "type", tk_component_type_name(c->type));
	tk_emit_key(e, "invokeId");
	if (c->has_invoke_id)
		tk_emit_long(e, c->invoke_id);
	else
		tk_emit_lit(e, "null");
	if (c->has_linked_id)
		tk_emit_kv_long(e, "linkedId", c->linked_id);
	if (c->has_code) {
		const char *k = c->type == TK_COMP_ERROR ? "errorCode" : "opcode";
		if (c->code_is_global)
			tk_emit_kv_str(e, k, c->code_oid);
		else
			tk_emit_kv_long(e, k, c->code);
		if (c->type == TK_COMP_ERROR)
			tk_emit_kv_str(e, "error", c->err ? c->err->name :
				       ansi ? tk_ansi41_error_name(c->ansi_national, c->code) : NULL);
		else
			tk_emit_kv_str(e, "operation", c->op ? c->op->name :
				       ansi ? tk_ansi41_operation_name(c->ansi_national, c->code) : NULL);
	}
	if (c->has_problem) {
		const char *pn = tk_problem_name(c->problem_type, c->problem);
		tk_emit_kv_str(e, "problemType", tk_vs_name(tk_problem_type_names, c->problem_type));
		tk_emit_key(e, "problem");
		if (pn)
			tk_emit_str(e, pn);
		else
			tk_emit_long(e, c->problem);
		tk_emit_kv_long(e, "problemCode", c->problem);
	}
	if (c->value.type) {
		tk_emit_key(e, c->type == TK_COMP_INVOKE ? "argument" :
			    c->type == TK_COMP_ERROR ? "parameter" : "result");
		tk_emit_value_dir(e, c->value.type, c->value.sptr, sms_direction(c));
	} else if (c->param.len) {
		tk_emit_kv_hex(e, "parameterHex", c->param.ptr, c->param.len);
		/* its BER structure, so that tags and nesting can be read without a type */
		tk_emit_key(e, "parameterBer");
		tk_emit_ber_tree(e, c->param.ptr, c->param.len);
		/* ANSI-41 parameters: of an ANSI-41 invoke, and of a result or error (an ANSI
		 * TCAP result carries no operation code to tell its user by) */
		if (ansi && (c->type != TK_COMP_INVOKE || !c->has_code ||
			     tk_ansi41_is_map_operation(c->ansi_national, c->code))) {
			struct tk_ansi41_ctx ctx;
			ctx.invoke = c->type == TK_COMP_INVOKE;
			ctx.operation = ctx.invoke && c->has_code && !c->ansi_national ? c->code : -1;
			ctx.service_indicator = -1;
			ctx.teleservice = -1;
			tk_emit_key(e, "parameters");
			tk_emit_ansi41_parameters_ctx(e, c->param.ptr, c->param.len, &ctx);
		}
	}
	if (c->status != TK_OK) {
		/* "error" is the name of a returnError's error: the failure is "decodeError" */
		tk_emit_key(e, "decodeError");
		emit_error_fields(e, &c->error);
	}
	tk_emit_close(e, 0);
}

void tk_emit_component(struct tk_emitter *e, const struct tk_component *c)
{
	emit_component(e, c, 0);
}

void tk_emit_msg(struct tk_emitter *e, const struct tk_msg *m)
{
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "schema", 1);
	tk_emit_msg_fields(e, m);
	tk_emit_close(e, 0);
}

static int is_ansi(enum tk_msg_type t)
{
	switch (t) {
	case TK_MSG_ANSI_UNIDIRECTIONAL: case TK_MSG_ANSI_QUERY_WITH_PERM:
	case TK_MSG_ANSI_QUERY_WITHOUT_PERM: case TK_MSG_ANSI_RESPONSE:
	case TK_MSG_ANSI_CONVERSATION_WITH_PERM: case TK_MSG_ANSI_CONVERSATION_WITHOUT_PERM:
	case TK_MSG_ANSI_ABORT:
		return 1;
	default:
		return 0;
	}
}

void tk_emit_msg_fields(struct tk_emitter *e, const struct tk_msg *m)
{
	size_t i;

	tk_emit_key(e, "tcap");
	tk_emit_open(e, 0);
	tk_emit_kv_str(e, "type", tk_msg_type_name(m->type));
	emit_tid(e, "otid", m->has_otid, m->otid, m->otid_len);
	emit_tid(e, "dtid", m->has_dtid, m->dtid, m->dtid_len);
	if (m->has_pabort) {
		const char *n = tk_vs_name(tk_pabort_cause_names, m->pabort_cause);
		tk_emit_key(e, "pAbortCause");
		if (n)
			tk_emit_str(e, n);
		else
			tk_emit_long(e, m->pabort_cause);
	}
	tk_emit_close(e, 0);
	emit_dialogue(e, &m->dialogue);
	emit_context(e, &m->context);
	tk_emit_key(e, "components");
	tk_emit_open(e, 1);
	for (i = 0; i < m->n_components; i++)
		emit_component(e, &m->components[i], is_ansi(m->type));
	tk_emit_close(e, 1);
	tk_emit_kv_str(e, "status", m->status == TK_OK ? "ok" : "error");
	if (m->status != TK_OK)
		tk_emit_error(e, &m->error);
}

void tk_emit_error_record(struct tk_emitter *e, const struct tk_error *err)
{
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "schema", 1);
	tk_emit_kv_str(e, "status", "error");
	tk_emit_error(e, err);
	tk_emit_close(e, 0);
}

/* ---- public printing functions ---------------------------------------------------------- */

static int flush(struct tk_outbuf *ob, tk_write_fn write, void *arg)
{
	int rc = 0;
	if (ob->overflow)
		tk_outbuf_puts(ob, "");	/* the output was cut at TK_OUTBUF_MAX */
	if (ob->len && write(ob->buf, ob->len, arg) != 0)
		rc = -1;
	tk_outbuf_free(ob);
	return rc;
}

static void emitter_for(struct tk_emitter *e, enum tk_format fmt, struct tk_outbuf *ob)
{
	if (fmt == TK_FMT_JSON)
		tk_emitter_json(e, ob);
	else
		tk_emitter_text(e, ob);
}

int tk_msg_print(const struct tk_msg *m, enum tk_format fmt, tk_write_fn write, void *arg)
{
	struct tk_outbuf ob;
	struct tk_emitter e;

	if (!m || !write)
		return -1;
	tk_outbuf_init(&ob);
	emitter_for(&e, fmt, &ob);
	tk_emit_msg(&e, m);
	return flush(&ob, write, arg);
}

int tk_error_print(const struct tk_error *err, enum tk_format fmt, tk_write_fn write, void *arg)
{
	struct tk_outbuf ob;
	struct tk_emitter e;

	if (!err || !write)
		return -1;
	tk_outbuf_init(&ob);
	emitter_for(&e, fmt, &ob);
	tk_emit_error_record(&e, err);
	return flush(&ob, write, arg);
}

int tk_value_print(const struct tk_value *v, enum tk_format fmt, tk_write_fn write, void *arg)
{
	struct tk_outbuf ob;
	struct tk_emitter e;

	if (!v || !v->type || !write)
		return -1;
	tk_outbuf_init(&ob);
	emitter_for(&e, fmt, &ob);
	tk_emit_value(&e, v->type, v->sptr);
	return flush(&ob, write, arg);
}

int tk_record_print(const struct tk_record *r, enum tk_format fmt, tk_write_fn write, void *arg)
{
	struct tk_outbuf ob;
	struct tk_emitter e;

	if (!r || !write)
		return -1;
	tk_outbuf_init(&ob);
	emitter_for(&e, fmt, &ob);
	tk_emit_record(&e, r);
	return flush(&ob, write, arg);
}
