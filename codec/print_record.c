/*
 * A record of a capture: frame, time, transport (what the frame carried below TCAP),
 * then either the TCAP message's fields (docs/json.md) or the status of a frame that
 * carries no TCAP ("not-tcap" with the last layer decoded, "fragment", "duplicate",
 * "error" with layer, offset and reason).
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"
#include "print.h"

static void emit_addr(struct tk_emitter *e, const char *key, const struct tk_sccp_addr *a)
{
	if (!a->present)
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_kv_str(e, "routing", a->routing_on_ssn ? "ssn" : "gt");
	if (a->has_pc)
		tk_emit_kv_long(e, "pc", a->pc);
	if (a->has_ssn)
		tk_emit_kv_long(e, "ssn", a->ssn);
	if (a->gti) {
		tk_emit_kv_long(e, "gti", a->gti);
		if (a->has_tt)
			tk_emit_kv_long(e, "tt", a->tt);
		if (a->has_np)
			tk_emit_kv_long(e, "np", a->np);
		if (a->has_es)
			tk_emit_kv_long(e, "es", a->es);
		if (a->has_nai)
			tk_emit_kv_long(e, "nai", a->nai);
		tk_emit_kv_str(e, "digits", a->digits);
	}
	tk_emit_close(e, 0);
}

static void emit_transport(struct tk_emitter *e, const struct tk_transport *t)
{
	unsigned i;

	tk_emit_key(e, "transport");
	if (!t) {
		tk_emit_lit(e, "null");
		return;
	}
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "linktype", t->dlt);
	if (t->link)
		tk_emit_kv_str(e, "link", t->link);
	if (t->ip_version) {
		tk_emit_key(e, "ip");
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "version", t->ip_version);
		tk_emit_kv_str(e, "src", t->src_ip);
		tk_emit_kv_str(e, "dst", t->dst_ip);
		if (t->ip_note)
			tk_emit_kv_str(e, "note", "IP header length fields disagree with the capture; captured length used");
		tk_emit_close(e, 0);
	}
	if (t->has_sctp) {
		tk_emit_key(e, "sctp");
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "srcPort", t->sport);
		tk_emit_kv_long(e, "dstPort", t->dport);
		tk_emit_kv_long(e, "stream", t->stream);
		tk_emit_kv_long(e, "tsn", (long)t->tsn);
		tk_emit_kv_long(e, "ppid", (long)t->ppid);
		tk_emit_close(e, 0);
	} else if (t->has_udp) {
		tk_emit_key(e, "udp");
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "srcPort", t->sport);
		tk_emit_kv_long(e, "dstPort", t->dport);
		tk_emit_close(e, 0);
	}
	if (t->adaptation)
		tk_emit_kv_str(e, "adaptation", t->adaptation);
	if (t->has_mtp3) {
		tk_emit_key(e, "mtp3");
		tk_emit_open(e, 0);
		tk_emit_kv_str(e, "pcFormat", tk_pc_format_name(t->pc_format));
		if (t->pc_format_detected)
			tk_emit_kv_str(e, "pcFormatBy", "heuristic");
		tk_emit_kv_long(e, "opc", (long)t->opc);
		tk_emit_kv_long(e, "dpc", (long)t->dpc);
		tk_emit_kv_long(e, "si", t->si);
		tk_emit_kv_long(e, "ni", t->ni);
		tk_emit_kv_long(e, "sls", t->sls);
		tk_emit_close(e, 0);
	}
	if (t->has_sccp) {
		tk_emit_key(e, "sccp");
		tk_emit_open(e, 0);
		tk_emit_kv_str(e, "type", t->sccp_type_name ? t->sccp_type_name : "unknown");
		tk_emit_kv_long(e, "class", t->protocol_class);
		emit_addr(e, "calling", &t->calling);
		emit_addr(e, "called", &t->called);
		tk_emit_close(e, 0);
	}
	if (t->n_reassembled) {
		tk_emit_key(e, "reassembled_from");
		tk_emit_open(e, 1);
		for (i = 0; i < t->n_reassembled && i < TK_MAX_REASSEMBLED; i++)
			tk_emit_long(e, (long)t->reassembled_from[i]);
		tk_emit_close(e, 1);
	}
	tk_emit_close(e, 0);
}

void tk_emit_record(struct tk_emitter *e, const struct tk_record *r)
{
	char tbuf[32];

	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "schema", 1);
	tk_emit_kv_long(e, "frame", (long)r->frame);
	snprintf(tbuf, sizeof(tbuf), "%.6f", r->time);
	tk_emit_key(e, "time");
	tk_emit_lit(e, tbuf);
	emit_transport(e, r->transport);
	if (r->kind == TK_REC_TCAP && r->msg) {
		tk_emit_msg_fields(e, r->msg);
	} else {
		tk_emit_kv_str(e, "status", tk_record_kind_name(r->kind));
		if (r->layer)
			tk_emit_kv_str(e, "layer", r->layer);
		if (r->kind == TK_REC_ERROR)
			tk_emit_error(e, &r->error);
		else if (r->error.reason[0])
			tk_emit_kv_str(e, "note", r->error.reason);	/* e.g. a UDTS return cause */
	}
	tk_emit_close(e, 0);
}
