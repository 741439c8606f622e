/*
 * Captures end to end (the pcaps in captures/, made by captures/make-captures.py): every frame
 * accounted for, reassembly, duplicates, and dialogue tracking (Continue/End without
 * dialogue portion decoded with their dialogue's context; orphans inferred).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define MAX_FRAMES 64
/* a record's JSON, enough for the handover Begin with its RANAP and RRC containers */
#define JSON_MAX 16384

struct rec {
	enum tk_record_kind kind;
	char layer[32];
	enum tk_msg_type type;
	enum tk_ctx_source source;
	int version;
	enum tk_protocol proto;
	enum tk_status status;
	char op[64];
	unsigned n_candidates;
	unsigned reassembled[TK_MAX_REASSEMBLED];
	unsigned n_reassembled;
	long pabort;
	char json[JSON_MAX];
};

struct collected {
	struct rec r[MAX_FRAMES + 1][4];	/* by frame, up to 4 records */
	unsigned n[MAX_FRAMES + 1];
	unsigned frames;
};

static int to_buf(const char *data, size_t len, void *arg)
{
	char *b = arg;
	size_t used = strlen(b);
	if (used + len >= JSON_MAX)
		len = JSON_MAX - 1 - used;
	memcpy(b + used, data, len);
	b[used + len] = '\0';
	return 0;
}

static void collect(const struct tk_record *r, void *arg)
{
	struct collected *c = arg;
	struct rec *x;
	unsigned i;

	ck_assert_uint_le(r->frame, MAX_FRAMES);
	ck_assert_uint_lt(c->n[r->frame], 4);
	x = &c->r[r->frame][c->n[r->frame]++];
	memset(x, 0, sizeof(*x));
	x->kind = r->kind;
	if (r->layer)
		snprintf(x->layer, sizeof(x->layer), "%s", r->layer);
	for (i = 0; r->transport && i < r->transport->n_reassembled && i < TK_MAX_REASSEMBLED; i++)
		x->reassembled[i] = r->transport->reassembled_from[i];
	x->n_reassembled = r->transport ? r->transport->n_reassembled : 0;
	if (r->kind == TK_REC_TCAP) {
		const struct tk_msg *m = r->msg;
		x->type = m->type;
		x->source = m->context.source;
		x->status = m->status;
		x->n_candidates = m->context.n_candidates;
		x->pabort = m->has_pabort ? m->pabort_cause : -1;
		if (m->context.desc) {
			x->version = m->context.desc->version;
			x->proto = m->context.desc->protocol;
		}
		if (m->n_components && m->components[0].op)
			snprintf(x->op, sizeof(x->op), "%s", m->components[0].op->name);
	}
	tk_record_print(r, TK_FMT_JSON, to_buf, x->json);
}

static unsigned read_capture(const char *rel, const struct tk_trace_opts *opts, struct collected *c,
			     struct tk_trace_stats *st)
{
	char *path = tu_srcpath(rel);
	struct tk_error err;
	struct tk_pcap *p = tk_pcap_open(path, &err);
	struct tk_trace *tr = tk_trace_new(opts);
	const uint8_t *data;
	size_t caplen, wirelen;
	double t;
	unsigned frame = 0;

	ck_assert_msg(p != NULL, "%s", err.reason);
	ck_assert_ptr_nonnull(tr);
	memset(c, 0, sizeof(*c));
	while (tk_pcap_next(p, &data, &caplen, &wirelen, &t, &err) == 1) {
		frame++;
		tk_trace_frame(tr, frame, tk_pcap_dlt(p), data, caplen, wirelen, t, collect, c);
		/* every frame is accounted for */
		ck_assert_msg(c->n[frame] >= 1, "frame %u gave no record", frame);
	}
	c->frames = frame;
	if (st)
		*st = *tk_trace_stats(tr);
	tk_trace_free(tr);
	tk_pcap_close(p);
	free(path);
	return frame;
}

static struct collected col;

START_TEST(test_sigtran_dialogues)
{
	struct tk_trace_stats st;
	unsigned frames = read_capture("captures/sigtran-dialogues.pcap", NULL, &col, &st);

	ck_assert_uint_eq(frames, 38);
	/* (a) Continue and End without dialogue portion: context from the dialogue's Begin */
	ck_assert_int_eq(col.r[3][0].kind, TK_REC_TCAP);
	ck_assert_int_eq(col.r[3][0].source, TK_CTX_TRANSACTION);
	ck_assert_int_eq(col.r[3][0].status, TK_OK);
	ck_assert_int_eq(col.r[4][0].source, TK_CTX_TRANSACTION);
	ck_assert_int_eq(col.r[4][0].proto, TK_PROTO_MAP);
	ck_assert_int_eq(col.r[4][0].version, 3);
	ck_assert_str_eq(col.r[4][0].op, "updateLocation");
	tu_assert_has(col.r[4][0].json, "\"hlr-Number\":{\"nature\":\"international number\"");
	tu_assert_has(col.r[4][0].json, "\"source\":\"transaction\"");
	/* (e) XUDT in two segments */
	ck_assert_int_eq(col.r[6][0].kind, TK_REC_PENDING);
	ck_assert_int_eq(col.r[7][0].kind, TK_REC_TCAP);
	ck_assert_str_eq(col.r[7][0].op, "insertSubscriberData");
	ck_assert_uint_eq(col.r[7][0].n_reassembled, 2);
	ck_assert_uint_eq(col.r[7][0].reassembled[0], 6);
	ck_assert_uint_eq(col.r[7][0].reassembled[1], 7);
	tu_assert_has(col.r[7][0].json, "\"reassembled_from\":[6,7]");
	/* (b) SCTP B/E fragments */
	ck_assert_int_eq(col.r[9][0].kind, TK_REC_PENDING);
	ck_assert_str_eq(col.r[10][0].op, "initialDP");
	ck_assert_int_eq(col.r[10][0].proto, TK_PROTO_CAP);
	ck_assert_int_eq(col.r[10][0].version, 2);
	/* (c) IPv4 fragments, GSM 7-bit USSD */
	ck_assert_int_eq(col.r[12][0].kind, TK_REC_PENDING);
	tu_assert_has(col.r[13][0].json, "\"text\":\"*100#\"");
	tu_assert_has(col.r[13][0].json, "\"reassembled_from\":[12,13]");
	/* (d) orphan dialogue: inferred, with its candidates */
	ck_assert_int_eq(col.r[15][0].source, TK_CTX_INFERRED);
	ck_assert_uint_ge(col.r[15][0].n_candidates, 1);
	tu_assert_has(col.r[15][0].json, "\"source\":\"inferred\",\"candidates\":[");
	/* the rest of that dialogue keeps saying that its context is a guess */
	ck_assert_int_eq(col.r[16][0].source, TK_CTX_INFERRED);
	/* (f) retransmission decoded once */
	ck_assert_int_eq(col.r[17][0].kind, TK_REC_DUPLICATE);
	/* (g) frames without TCAP say what they carry */
	ck_assert_int_eq(col.r[19][0].kind, TK_REC_NOT_TCAP);
	ck_assert_str_eq(col.r[19][0].layer, "arp");
	ck_assert_int_eq(col.r[29][0].kind, TK_REC_NOT_TCAP);
	ck_assert_str_eq(col.r[29][0].layer, "isup");
	tu_assert_has(col.r[29][0].json, "\"status\":\"not-tcap\",\"layer\":\"isup\"");
	/* (h) P-Abort */
	ck_assert_int_eq(col.r[31][0].type, TK_MSG_ABORT);
	ck_assert_int_eq(col.r[31][0].pabort, 4);
	/* (b) CAP phase 2 Continue/End without dialogue portion */
	ck_assert_int_eq(col.r[32][0].source, TK_CTX_TRANSACTION);
	ck_assert_str_eq(col.r[32][0].op, "eventReportBCSM");
	ck_assert_int_eq(col.r[33][0].version, 2);
	ck_assert_str_eq(col.r[33][0].op, "releaseCall");
	/* (i) inter-MSC handover: the Begin in two XUDT segments carries RANAP, the Continue
	 * without dialogue portion relays an SMS as DTAP, decoded down to its text */
	ck_assert_int_eq(col.r[34][0].kind, TK_REC_PENDING);
	ck_assert_str_eq(col.r[35][0].op, "prepareHandover");
	ck_assert_uint_eq(col.r[35][0].n_reassembled, 2);
	tu_assert_has(col.r[35][0].json, "\"message\":\"RelocationRequest\"");
	tu_assert_has(col.r[35][0].json, "\"trafficClass\":\"interactive\"");
	tu_assert_has(col.r[36][0].json, "\"message\":\"HANDOVER REQUEST ACKNOWLEDGE\"");
	ck_assert_str_eq(col.r[37][0].op, "forwardAccessSignalling");
	ck_assert_int_eq(col.r[37][0].source, TK_CTX_TRANSACTION);
	tu_assert_has(col.r[37][0].json, "\"message\":\"CP-DATA\"");
	tu_assert_has(col.r[37][0].json, "\"ud\":{\"text\":\"Hello MSC-B\"}");
	ck_assert_int_eq(col.r[38][0].kind, TK_REC_TCAP);
	ck_assert_int_eq(col.r[38][0].status, TK_OK);
	/* dialogues: every Begin opened one; End/Abort closed them */
	ck_assert_uint_ge(st.dialogues_opened, 5);
	ck_assert_uint_ge(st.dialogues_closed, 5);
	ck_assert_uint_eq(st.frames, 38);
	ck_assert_uint_ge(st.unmatched, 1);
}
END_TEST

START_TEST(test_mtp2_capture)
{
	unsigned frames = read_capture("captures/mtp2-cap.pcap", NULL, &col, NULL), i;

	ck_assert_uint_eq(frames, 8);
	ck_assert_int_eq(col.r[5][0].kind, TK_REC_TCAP);
	ck_assert_str_eq(col.r[5][0].op, "initialDP");
	ck_assert_int_eq(col.r[5][0].version, 4);
	tu_assert_has(col.r[5][0].json, "\"adaptation\":\"mtp2\"");
	ck_assert_str_eq(col.r[7][0].op, "connect");
	for (i = 1; i <= 8; i++)
		if (i != 5 && i != 7)
			ck_assert_msg(col.r[i][0].kind == TK_REC_NOT_TCAP && strncmp(col.r[i][0].layer, "mtp2", 4) == 0,
				      "frame %u: %s", i, col.r[i][0].layer);
}
END_TEST

START_TEST(test_dialogue_table_bounded)
{
	/* one dialogue at a time: every new Begin evicts the previous one, so the Continue and
	 * End of dialogue (a) no longer find it and fall back to inference */
	struct tk_trace_opts o = TK_TRACE_OPTS_INIT;
	struct tk_trace_stats st;

	o.max_dialogues = 1;
	read_capture("captures/sigtran-dialogues.pcap", &o, &col, &st);
	ck_assert_uint_ge(st.dialogues_evicted, 1);
	ck_assert_int_eq(col.r[32][0].source, TK_CTX_INFERRED);
	/* a timeout shorter than the gaps: dialogues expire instead */
	o.max_dialogues = 0;
	o.dialogue_timeout = 0.001;
	read_capture("captures/sigtran-dialogues.pcap", &o, &col, &st);
	ck_assert_uint_ge(st.dialogues_expired, 1);
	ck_assert_int_ne(col.r[33][0].source, TK_CTX_TRANSACTION);
}
END_TEST

START_TEST(test_unreadable_file)
{
	struct tk_error err;
	ck_assert_ptr_null(tk_pcap_open("/nonexistent/x.pcap", &err));
	ck_assert_int_eq(err.layer, TK_LAYER_INPUT);
	tu_assert_has(err.reason, "/nonexistent/x.pcap");
}
END_TEST

Suite *tu_suite_trace(void)
{
	Suite *s = suite_create("trace");
	TCase *tc = tcase_create("captures");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_sigtran_dialogues);
	tcase_add_test(tc, test_mtp2_capture);
	tcase_add_test(tc, test_dialogue_table_bounded);
	tcase_add_test(tc, test_unreadable_file);
	suite_add_tcase(s, tc);
	return s;
}
