/* SS7 layers below TCAP: M3UA, SUA, M2PA, M2UA, MTP2, MTP3 (ITU/ANSI/Japan), SCCP. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "trace.h"

/* sccp.c; the lead declares these in trace.h */
const char *tk_sccp_return_cause_name(unsigned cause);

/* ---- a sink that records what the layers report ---------------------------------------- */

struct rec {
	enum tk_record_kind kind;
	char layer[40];
	struct tk_transport t;
	uint8_t data[1024];
	size_t len;
	int has_err;
	struct tk_error err;
	uint32_t frame;
};

struct recorder {
	struct rec r[8];
	unsigned n;
};

static void rec_tcap(void *arg, const struct tk_transport *t, const uint8_t *data, size_t len)
{
	struct recorder *rc = arg;
	struct rec *r;

	ck_assert_uint_lt(rc->n, 8);
	r = &rc->r[rc->n++];
	memset(r, 0, sizeof(*r));
	r->kind = TK_REC_TCAP;
	r->t = *t;
	ck_assert_uint_le(len, sizeof(r->data));
	memcpy(r->data, data, len);
	r->len = len;
}

static void rec_other(void *arg, enum tk_record_kind kind, const struct tk_transport *t, const char *last_layer,
		      const struct tk_error *err)
{
	struct recorder *rc = arg;
	struct rec *r;

	ck_assert_uint_lt(rc->n, 8);
	r = &rc->r[rc->n++];
	memset(r, 0, sizeof(*r));
	r->kind = kind;
	r->t = *t;
	ck_assert_ptr_nonnull(last_layer);
	snprintf(r->layer, sizeof(r->layer), "%s", last_layer);
	if (err) {
		r->has_err = 1;
		r->err = *err;
	}
}

/* the layers' state, a fresh transport and a recording sink for one test */
struct env {
	struct tk_trace_limits lim;
	struct tk_sccp_state *sccp;
	struct tk_transport t;
	struct recorder rc;
	struct tk_record_sink sink;
};

static void env_init(struct env *e, int pc_format)
{
	memset(e, 0, sizeof(*e));
	e->lim.max_ip_fragments = e->lim.max_sctp_partial = e->lim.max_sccp_segments = 4;
	e->lim.reassembly_timeout = 60.0;
	e->lim.pc_format = pc_format;
	e->sccp = tk_sccp_state_new(&e->lim);
	ck_assert_ptr_nonnull(e->sccp);
	e->sink.tcap = rec_tcap;
	e->sink.other = rec_other;
	e->sink.arg = &e->rc;
	e->sink.frame = 1;
	e->sink.time = 1000.0;
}

static void env_reset(struct env *e)
{
	memset(&e->t, 0, sizeof(e->t));
	memset(&e->rc, 0, sizeof(e->rc));
}

static void env_free(struct env *e)
{
	tk_sccp_state_free(e->sccp);
}

/* ---- message builders --------------------------------------------------------------- */

static size_t put32(uint8_t *o, uint32_t v)
{
	o[0] = (uint8_t)(v >> 24);
	o[1] = (uint8_t)(v >> 16);
	o[2] = (uint8_t)(v >> 8);
	o[3] = (uint8_t)v;
	return 4;
}

/* a SIGTRAN parameter: tag, length (header included), value, padding to 4 */
static size_t xua_param(uint8_t *o, unsigned tag, const uint8_t *v, size_t n)
{
	size_t k = 0;

	o[k++] = (uint8_t)(tag >> 8);
	o[k++] = (uint8_t)tag;
	o[k++] = (uint8_t)((n + 4) >> 8);
	o[k++] = (uint8_t)(n + 4);
	memcpy(o + k, v, n);
	k += n;
	while (k % 4)
		o[k++] = 0;
	return k;
}

/* a parameter from a hex template */
static size_t xua_param_hex(uint8_t *o, unsigned tag, const char *tmpl)
{
	uint8_t v[1024];
	size_t n = tu_ber(tmpl, v, sizeof(v));
	return xua_param(o, tag, v, n);
}

/* a SIGTRAN message: version 1, class, type, length, parameters */
static size_t xua_msg(uint8_t *o, unsigned cls, unsigned type, const uint8_t *params, size_t n)
{
	o[0] = 1;
	o[1] = 0;
	o[2] = (uint8_t)cls;
	o[3] = (uint8_t)type;
	put32(o + 4, (uint32_t)(8 + n));
	memcpy(o + 8, params, n);
	return 8 + n;
}

/*
 * An SCCP message with 1-octet pointers: head is the message type and the fixed part,
 * var the mandatory variable parameters (contents; the length octet is added), opt the
 * optional part (NULL: the type has no optional pointer; "": pointer 0).
 */
static size_t sccp_msg(uint8_t *o, const char *head, const char *const *var, unsigned nvar, const char *opt)
{
	uint8_t v[4][512];
	size_t vl[4], k, p0, start;
	unsigned np = nvar + (opt ? 1 : 0), i;

	ck_assert_uint_le(nvar, 4);
	k = tu_ber(head, o, 64);
	p0 = k;
	for (i = 0; i < nvar; i++)
		vl[i] = tu_ber(var[i], v[i], sizeof(v[i]));
	start = p0 + np;
	for (i = 0; i < nvar; i++) {
		o[p0 + i] = (uint8_t)(start - (p0 + i));
		start += 1 + vl[i];
	}
	if (opt)
		o[p0 + nvar] = opt[0] ? (uint8_t)(start - (p0 + nvar)) : 0;
	k = p0 + np;
	for (i = 0; i < nvar; i++) {
		ck_assert_uint_lt(vl[i], 256);
		o[k++] = (uint8_t)vl[i];
		memcpy(o + k, v[i], vl[i]);
		k += vl[i];
	}
	if (opt && opt[0])
		k += tu_ber(opt, o + k, 512);
	return k;
}

/* UDT class 0 (return on error) */
static size_t udt(uint8_t *o, const char *called, const char *calling, const char *data)
{
	const char *var[3] = { called, calling, data };
	return sccp_msg(o, "09 80", var, 3, NULL);
}

/* a TCAP begin with one invoke: otid 01020304, opcode 2, parameter { [0] 5 } */
#define TCAP_BEGIN "62{48 04 01020304 6c{a1{02 01 01 02 01 02 30{80 01 05}}}}"

/* addresses: GTI 4 route on GT with SSN 6, TT 0, ISDN, BCD odd, international, 491234567 */
#define ADDR_GT4 "12 06 00 11 04 9421436507"
/* GTI 2 route on SSN with PC 0x123 and SSN 8, TT 0, digits 33612345 */
#define ADDR_GT2_PC "4b 2301 08 00 33163254"
/* route on SSN with SSN only */
#define ADDR_SSN(ssn) "42 " ssn

static void assert_tcap_bytes(const struct rec *r, const char *tmpl)
{
	uint8_t want[1024];
	size_t n = tu_ber(tmpl, want, sizeof(want));

	ck_assert_int_eq(r->kind, TK_REC_TCAP);
	ck_assert_uint_eq(r->len, n);
	ck_assert_mem_eq(r->data, want, n);
}

/* ITU routing label: DPC 14 bits, OPC 14 bits, SLS 4 bits, least significant first */
static size_t itu_label(uint8_t *o, uint32_t dpc, uint32_t opc, unsigned sls)
{
	uint32_t v = (dpc & 0x3fff) | (opc & 0x3fff) << 14 | (uint32_t)(sls & 15) << 28;
	o[0] = (uint8_t)v;
	o[1] = (uint8_t)(v >> 8);
	o[2] = (uint8_t)(v >> 16);
	o[3] = (uint8_t)(v >> 24);
	return 4;
}

/* an ITU MSU: SIO, label, SCCP UDT with GT addresses and the TCAP begin */
static size_t itu_msu(uint8_t *o)
{
	size_t k = 0;
	o[k++] = 0x83;		/* NI national, SI 3 */
	k += itu_label(o + k, 1234, 5678, 9);
	return k + udt(o + k, ADDR_GT4, ADDR_GT2_PC, TCAP_BEGIN);
}

/* ---- M3UA ------------------------------------------------------------------------------ */

START_TEST(test_m3ua_data_udt_gt)
{
	struct env e;
	uint8_t pd[600], params[700], msg[800];
	size_t k = 0, np = 0, n;
	const struct rec *r;

	env_init(&e, -1);
	env_reset(&e);
	k += put32(pd + k, 1001);	/* OPC */
	k += put32(pd + k, 2002);	/* DPC */
	pd[k++] = 3;			/* SI SCCP */
	pd[k++] = 2;			/* NI */
	pd[k++] = 0;			/* MP */
	pd[k++] = 5;			/* SLS */
	k += udt(pd + k, ADDR_GT4, ADDR_GT2_PC, TCAP_BEGIN);
	np += xua_param_hex(params + np, 0x0006, "00000001");	/* routing context */
	np += xua_param(params + np, 0x0210, pd, k);
	n = xua_msg(msg, 1, 1, params, np);
	tk_m3ua_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);

	ck_assert_uint_eq(e.rc.n, 1);
	r = &e.rc.r[0];
	assert_tcap_bytes(r, TCAP_BEGIN);
	ck_assert_str_eq(r->t.adaptation, "m3ua");
	ck_assert_int_eq(r->t.has_mtp3, 1);
	ck_assert_uint_eq(r->t.opc, 1001);
	ck_assert_uint_eq(r->t.dpc, 2002);
	ck_assert_uint_eq(r->t.si, 3);
	ck_assert_uint_eq(r->t.ni, 2);
	ck_assert_uint_eq(r->t.sls, 5);
	ck_assert_int_eq(r->t.pc_format, TK_PC_ITU);
	ck_assert_int_eq(r->t.pc_format_detected, 1);
	ck_assert_int_eq(r->t.has_sccp, 1);
	ck_assert_uint_eq(r->t.sccp_type, 9);
	ck_assert_str_eq(r->t.sccp_type_name, "UDT");
	ck_assert_uint_eq(r->t.protocol_class, 0);
	/* called: GTI 4 */
	ck_assert_int_eq(r->t.called.present, 1);
	ck_assert_int_eq(r->t.called.routing_on_ssn, 0);
	ck_assert_int_eq(r->t.called.has_pc, 0);
	ck_assert_int_eq(r->t.called.has_ssn, 1);
	ck_assert_uint_eq(r->t.called.ssn, 6);
	ck_assert_int_eq(r->t.called.gti, 4);
	ck_assert_int_eq(r->t.called.has_tt, 1);
	ck_assert_uint_eq(r->t.called.tt, 0);
	ck_assert_uint_eq(r->t.called.np, 1);
	ck_assert_uint_eq(r->t.called.es, 1);
	ck_assert_int_eq(r->t.called.has_nai, 1);
	ck_assert_uint_eq(r->t.called.nai, 4);
	ck_assert_str_eq(r->t.called.digits, "491234567");
	/* calling: GTI 2, PC and SSN */
	ck_assert_int_eq(r->t.calling.routing_on_ssn, 1);
	ck_assert_int_eq(r->t.calling.has_pc, 1);
	ck_assert_uint_eq(r->t.calling.pc, 0x123);
	ck_assert_uint_eq(r->t.calling.ssn, 8);
	ck_assert_int_eq(r->t.calling.gti, 2);
	ck_assert_int_eq(r->t.calling.has_np, 0);
	ck_assert_int_eq(r->t.calling.has_nai, 0);
	ck_assert_str_eq(r->t.calling.digits, "33612345");
	env_free(&e);
}
END_TEST

START_TEST(test_m3ua_management)
{
	static const struct {
		unsigned cls, type;
		const char *layer;
	} m[] = {
		{ 3, 1, "m3ua-aspsm" },	/* ASPUP */
		{ 3, 3, "m3ua-aspsm" },	/* BEAT */
		{ 4, 1, "m3ua-asptm" },	/* ASPAC */
		{ 2, 1, "m3ua-ssnm" },	/* DUNA */
		{ 2, 2, "m3ua-ssnm" },	/* DAVA */
		{ 0, 1, "m3ua-mgmt" },	/* NTFY */
		{ 9, 1, "m3ua-rkm" },	/* REG REQ */
		{ 1, 2, "m3ua-transfer" },
		{ 7, 1, "m3ua-unknown" },
	};
	struct env e;
	uint8_t params[64], msg[128];
	size_t np, n;
	unsigned i;

	env_init(&e, -1);
	for (i = 0; i < TK_ARRAY_SIZE(m); i++) {
		env_reset(&e);
		np = xua_param_hex(params, 0x0011, "00000007");	/* ASP identifier */
		n = xua_msg(msg, m[i].cls, m[i].type, params, np);
		tk_m3ua_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
		ck_assert_uint_eq(e.rc.n, 1);
		ck_assert_int_eq(e.rc.r[0].kind, TK_REC_NOT_TCAP);
		ck_assert_str_eq(e.rc.r[0].layer, m[i].layer);
		ck_assert_str_eq(e.rc.r[0].t.adaptation, "m3ua");
		ck_assert_int_eq(e.rc.r[0].t.has_mtp3, 0);
	}
	env_free(&e);
}
END_TEST

START_TEST(test_m3ua_errors)
{
	struct env e;
	uint8_t msg[128], params[64];
	size_t n, np;

	env_init(&e, -1);
	/* a header cut short */
	env_reset(&e);
	n = tu_ber("01 00 03 01 0000", msg, sizeof(msg));
	tk_m3ua_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
	ck_assert_uint_eq(e.rc.n, 1);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_ERROR);
	ck_assert_str_eq(e.rc.r[0].layer, "m3ua");
	ck_assert_int_eq(e.rc.r[0].err.code, TK_ERR_TRUNCATED);
	tu_assert_has(e.rc.r[0].err.reason, "m3ua:");

	/* version 2 */
	env_reset(&e);
	n = tu_ber("02 00 03 01 00000008", msg, sizeof(msg));
	tk_m3ua_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_ERROR);
	ck_assert_uint_eq(e.rc.r[0].err.offset, 0);
	tu_assert_has(e.rc.r[0].err.reason, "version 2");

	/* DATA whose Protocol Data parameter runs past the end: offset of the parameter */
	env_reset(&e);
	np = xua_param_hex(params, 0x0006, "00000001");
	np += tu_ber("0210 0040 00000001", params + np, sizeof(params) - np);
	n = xua_msg(msg, 1, 1, params, np);
	tk_m3ua_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
	ck_assert_uint_eq(e.rc.n, 1);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_ERROR);
	ck_assert_int_eq(e.rc.r[0].err.code, TK_ERR_TRUNCATED);
	ck_assert_uint_eq(e.rc.r[0].err.offset, 16);

	/* DATA without Protocol Data */
	env_reset(&e);
	np = xua_param_hex(params, 0x0006, "00000001");
	n = xua_msg(msg, 1, 1, params, np);
	tk_m3ua_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_ERROR);
	ck_assert_int_eq(e.rc.r[0].err.code, TK_ERR_MISSING);
	env_free(&e);
}
END_TEST

START_TEST(test_m3ua_isup_bicc)
{
	struct env e;
	uint8_t pd[64], params[128], msg[160];
	size_t k, n;
	static const struct {
		uint8_t si;
		const char *layer;
	} c[] = { { 5, "isup" }, { 13, "bicc" }, { 0, "mtp3-mgmt" }, { 2, "mtp3-test" }, { 10, "mtp3-si-10" } };
	unsigned i;

	env_init(&e, -1);
	for (i = 0; i < TK_ARRAY_SIZE(c); i++) {
		env_reset(&e);
		k = put32(pd, 0x50801);	/* 24 bits: not ITU */
		k += put32(pd + k, 7);
		pd[k++] = c[i].si;
		pd[k++] = 0;
		pd[k++] = 0;
		pd[k++] = 1;
		k += tu_ber("0100 01 00", pd + k, 16);
		n = xua_msg(msg, 1, 1, params, xua_param(params, 0x0210, pd, k));
		tk_m3ua_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
		ck_assert_uint_eq(e.rc.n, 1);
		ck_assert_int_eq(e.rc.r[0].kind, TK_REC_NOT_TCAP);
		ck_assert_str_eq(e.rc.r[0].layer, c[i].layer);
		ck_assert_uint_eq(e.rc.r[0].t.opc, 0x50801);
		ck_assert_uint_eq(e.rc.r[0].t.si, c[i].si);
		/* without SCCP votes, a point code above 14 bits is not ITU */
		ck_assert_int_eq(e.rc.r[0].t.pc_format, TK_PC_ANSI);
	}
	env_free(&e);
}
END_TEST

/* ---- SUA ------------------------------------------------------------------------------- */

/* an SUA address: routing indicator, address indicator, GT (GTI 4), PC, SSN */
static size_t sua_addr(uint8_t *o, unsigned ri, const char *digits_bcd, unsigned ndigits, uint32_t pc, unsigned ssn)
{
	uint8_t gt[64], v[32];
	size_t k = 0, g;

	o[k++] = 0;
	o[k++] = (uint8_t)ri;
	o[k++] = 0;
	o[k++] = 0x07;		/* GT, PC, SSN included */
	g = tu_ber("000000 04", gt, sizeof(gt));
	gt[g++] = (uint8_t)ndigits;
	gt[g++] = 0;		/* TT */
	gt[g++] = 1;		/* NP E.164 */
	gt[g++] = 4;		/* NAI international */
	g += tu_ber(digits_bcd, gt + g, sizeof(gt) - g);
	k += xua_param(o + k, 0x8001, gt, g);
	put32(v, pc);
	k += xua_param(o + k, 0x8002, v, 4);
	put32(v, ssn);
	k += xua_param(o + k, 0x8003, v, 4);
	return k;
}

START_TEST(test_sua_cldt)
{
	struct env e;
	uint8_t params[512], a[128], d[256], msg[640];
	size_t np = 0, n, al, dl;
	const struct rec *r;

	env_init(&e, -1);
	env_reset(&e);
	np += xua_param_hex(params + np, 0x0006, "00000001");	/* routing context */
	np += xua_param_hex(params + np, 0x0115, "00000081");	/* class 1, return on error */
	al = sua_addr(a, 2, "3366", 4, 0x1111, 8);		/* source: route on SSN+PC */
	np += xua_param(params + np, 0x0102, a, al);
	al = sua_addr(a, 1, "947210", 5, 0x2222, 6);		/* destination: route on GT, odd */
	np += xua_param(params + np, 0x0103, a, al);
	np += xua_param_hex(params + np, 0x0116, "00000000");	/* sequence control */
	dl = tu_ber(TCAP_BEGIN, d, sizeof(d));
	np += xua_param(params + np, 0x010b, d, dl);
	n = xua_msg(msg, 7, 1, params, np);
	tk_sua_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);

	ck_assert_uint_eq(e.rc.n, 1);
	r = &e.rc.r[0];
	assert_tcap_bytes(r, TCAP_BEGIN);
	ck_assert_str_eq(r->t.adaptation, "sua");
	ck_assert_int_eq(r->t.has_mtp3, 0);
	ck_assert_int_eq(r->t.has_sccp, 1);
	ck_assert_str_eq(r->t.sccp_type_name, "CLDT");
	ck_assert_uint_eq(r->t.protocol_class, 1);
	ck_assert_int_eq(r->t.called.routing_on_ssn, 0);
	ck_assert_int_eq(r->t.called.gti, 4);
	ck_assert_str_eq(r->t.called.digits, "49270");
	ck_assert_uint_eq(r->t.called.pc, 0x2222);
	ck_assert_uint_eq(r->t.called.ssn, 6);
	ck_assert_uint_eq(r->t.called.np, 1);
	ck_assert_uint_eq(r->t.called.nai, 4);
	ck_assert_int_eq(r->t.calling.routing_on_ssn, 1);
	ck_assert_str_eq(r->t.calling.digits, "3366");
	ck_assert_uint_eq(r->t.calling.pc, 0x1111);
	ck_assert_uint_eq(r->t.calling.ssn, 8);
	env_free(&e);
}
END_TEST

/* a CLDT from the same source with a segmentation parameter and a piece of the data */
static size_t sua_segment(uint8_t *msg, const char *seg, const char *data)
{
	uint8_t params[512], a[128];
	size_t np = 0, al;

	al = sua_addr(a, 2, "3366", 4, 0x1111, 8);
	np += xua_param(params + np, 0x0102, a, al);
	al = sua_addr(a, 1, "947210", 5, 0x2222, 6);
	np += xua_param(params + np, 0x0103, a, al);
	np += xua_param_hex(params + np, 0x0117, seg);
	np += xua_param_hex(params + np, 0x010b, data);
	return xua_msg(msg, 7, 1, params, np);
}

START_TEST(test_sua_segmented)
{
	struct env e;
	uint8_t msg[640];
	size_t n;

	env_init(&e, -1);
	env_reset(&e);
	e.sink.frame = 3;
	n = sua_segment(msg, "81 0000aa", "62 15 48 04 01020304 6c 0d");
	tk_sua_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
	ck_assert_uint_eq(e.rc.n, 1);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_PENDING);
	ck_assert_str_eq(e.rc.r[0].layer, "sua-segment");
	env_reset(&e);
	e.sink.frame = 5;
	n = sua_segment(msg, "00 0000aa", "a1{02 01 01 02 01 02 30{80 01 05}}");
	tk_sua_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
	ck_assert_uint_eq(e.rc.n, 1);
	assert_tcap_bytes(&e.rc.r[0], TCAP_BEGIN);
	ck_assert_uint_eq(e.rc.r[0].t.n_reassembled, 2);
	ck_assert_uint_eq(e.rc.r[0].t.reassembled_from[0], 3);
	ck_assert_uint_eq(e.rc.r[0].t.reassembled_from[1], 5);
	ck_assert_str_eq(e.rc.r[0].t.sccp_type_name, "CLDT");
	env_free(&e);
}
END_TEST

START_TEST(test_sua_other)
{
	struct env e;
	uint8_t params[256], a[128], msg[400];
	size_t np, n, al;

	env_init(&e, -1);
	/* ASPUP, CORE (connection request), DUNA */
	env_reset(&e);
	n = xua_msg(msg, 3, 1, params, 0);
	tk_sua_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_NOT_TCAP);
	ck_assert_str_eq(e.rc.r[0].layer, "sua-mgmt");
	env_reset(&e);
	n = xua_msg(msg, 8, 1, params, 0);
	tk_sua_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
	ck_assert_str_eq(e.rc.r[0].layer, "sua-co");
	env_reset(&e);
	n = xua_msg(msg, 2, 1, params, 0);
	tk_sua_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
	ck_assert_str_eq(e.rc.r[0].layer, "sua-mgmt");

	/* CLDR with SCCP cause: return cause 3 */
	env_reset(&e);
	np = xua_param_hex(params, 0x0106, "0000 01 03");
	al = sua_addr(a, 1, "947210", 5, 1, 6);
	np += xua_param(params + np, 0x0103, a, al);
	n = xua_msg(msg, 7, 2, params, np);
	tk_sua_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
	ck_assert_uint_eq(e.rc.n, 1);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_NOT_TCAP);
	ck_assert_str_eq(e.rc.r[0].layer, "sua-cldr");
	ck_assert_str_eq(e.rc.r[0].t.sccp_type_name, "CLDR");
	ck_assert_int_eq(e.rc.r[0].has_err, 1);
	tu_assert_has(e.rc.r[0].err.reason, "subsystem failure");

	/* GT that says more digits than it has */
	env_reset(&e);
	al = sua_addr(a, 1, "947210", 5, 1, 6);
	a[4 + 4 + 4] = 20;	/* number of digits */
	np = xua_param(params, 0x0103, a, al);
	np += xua_param_hex(params + np, 0x010b, TCAP_BEGIN);
	n = xua_msg(msg, 7, 1, params, np);
	tk_sua_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_ERROR);
	ck_assert_str_eq(e.rc.r[0].layer, "sua");
	ck_assert_int_eq(e.rc.r[0].err.code, TK_ERR_TRUNCATED);
	ck_assert_uint_eq(e.rc.r[0].err.offset, 8 + 4 + 4 + 4);	/* the GT's value */
	env_free(&e);
}
END_TEST

/* ---- M2PA, M2UA, MTP2 ---------------------------------------------------------------- */

START_TEST(test_m2pa)
{
	struct env e;
	uint8_t body[600], msg[700];
	size_t k, n;

	env_init(&e, -1);
	env_reset(&e);
	k = tu_ber("00 000007 00 000008 00", body, sizeof(body));	/* BSN, FSN, priority */
	k += itu_msu(body + k);
	msg[0] = 1;
	msg[1] = 0;
	msg[2] = 11;
	msg[3] = 1;
	put32(msg + 4, (uint32_t)(8 + k));
	memcpy(msg + 8, body, k);
	n = 8 + k;
	tk_m2pa_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
	ck_assert_uint_eq(e.rc.n, 1);
	assert_tcap_bytes(&e.rc.r[0], TCAP_BEGIN);
	ck_assert_str_eq(e.rc.r[0].t.adaptation, "m2pa");
	ck_assert_uint_eq(e.rc.r[0].t.dpc, 1234);
	ck_assert_uint_eq(e.rc.r[0].t.opc, 5678);
	ck_assert_uint_eq(e.rc.r[0].t.sls, 9);
	ck_assert_str_eq(e.rc.r[0].t.called.digits, "491234567");

	/* link status, and user data that only acknowledges */
	env_reset(&e);
	n = tu_ber("01 00 0b 02 0000000c 00000001", msg, sizeof(msg));
	tk_m2pa_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_NOT_TCAP);
	ck_assert_str_eq(e.rc.r[0].layer, "m2pa-link-status");
	env_reset(&e);
	n = tu_ber("01 00 0b 01 00000010 00000007 00000008", msg, sizeof(msg));
	tk_m2pa_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
	ck_assert_str_eq(e.rc.r[0].layer, "m2pa-ack");

	/* not M2PA's message class */
	env_reset(&e);
	n = tu_ber("01 00 06 01 00000010 00000007 00000008", msg, sizeof(msg));
	tk_m2pa_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_ERROR);
	ck_assert_uint_eq(e.rc.r[0].err.offset, 2);
	env_free(&e);
}
END_TEST

START_TEST(test_m2ua)
{
	struct env e;
	uint8_t msu[600], params[700], msg[800];
	size_t k, np, n;

	env_init(&e, -1);
	env_reset(&e);
	k = itu_msu(msu);
	np = xua_param_hex(params, 0x0001, "00000000");	/* interface identifier */
	np += xua_param(params + np, 0x0300, msu, k);
	n = xua_msg(msg, 6, 1, params, np);
	tk_m2ua_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
	ck_assert_uint_eq(e.rc.n, 1);
	assert_tcap_bytes(&e.rc.r[0], TCAP_BEGIN);
	ck_assert_str_eq(e.rc.r[0].t.adaptation, "m2ua");
	ck_assert_uint_eq(e.rc.r[0].t.opc, 5678);

	/* ASPUP; MAUP establish request */
	env_reset(&e);
	n = xua_msg(msg, 3, 1, params, 0);
	tk_m2ua_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
	ck_assert_str_eq(e.rc.r[0].layer, "m2ua-aspsm");
	env_reset(&e);
	n = xua_msg(msg, 6, 2, params, 0);
	tk_m2ua_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
	ck_assert_str_eq(e.rc.r[0].layer, "m2ua-maup");

	/* DATA without protocol data */
	env_reset(&e);
	np = xua_param_hex(params, 0x0001, "00000000");
	n = xua_msg(msg, 6, 1, params, np);
	tk_m2ua_msg(e.sccp, &e.lim, &e.t, msg, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_ERROR);
	ck_assert_str_eq(e.rc.r[0].layer, "m2ua");
	ck_assert_int_eq(e.rc.r[0].err.code, TK_ERR_MISSING);
	env_free(&e);
}
END_TEST

START_TEST(test_mtp2_units)
{
	struct env e;
	uint8_t f[700];
	size_t k, n;

	env_init(&e, -1);
	/* MSU: BSN 0 BIB 1, FSN 1 FIB 1, LI 63 (saturated) */
	env_reset(&e);
	f[0] = 0x80;
	f[1] = 0x81;
	f[2] = 63;
	k = 3 + itu_msu(f + 3);
	tk_mtp2_frame(e.sccp, &e.lim, &e.t, f, k, &e.sink);
	ck_assert_uint_eq(e.rc.n, 1);
	assert_tcap_bytes(&e.rc.r[0], TCAP_BEGIN);
	ck_assert_str_eq(e.rc.r[0].t.adaptation, "mtp2");
	ck_assert_uint_eq(e.rc.r[0].t.dpc, 1234);

	/* FISU, with and without FCS */
	env_reset(&e);
	n = tu_ber("80 81 00", f, sizeof(f));
	tk_mtp2_frame(e.sccp, &e.lim, &e.t, f, n, &e.sink);
	ck_assert_str_eq(e.rc.r[0].layer, "mtp2-fisu");
	env_reset(&e);
	n = tu_ber("80 81 00 1234", f, sizeof(f));
	tk_mtp2_frame(e.sccp, &e.lim, &e.t, f, n, &e.sink);
	ck_assert_str_eq(e.rc.r[0].layer, "mtp2-fisu");

	/* LSSU (status SIO), with and without FCS: the FCS must not make it an MSU */
	env_reset(&e);
	n = tu_ber("80 81 01 01", f, sizeof(f));
	tk_mtp2_frame(e.sccp, &e.lim, &e.t, f, n, &e.sink);
	ck_assert_str_eq(e.rc.r[0].layer, "mtp2-lssu");
	env_reset(&e);
	n = tu_ber("80 81 02 0100 abcd", f, sizeof(f));
	tk_mtp2_frame(e.sccp, &e.lim, &e.t, f, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_NOT_TCAP);
	ck_assert_str_eq(e.rc.r[0].layer, "mtp2-lssu");

	/* shorter than the header */
	env_reset(&e);
	n = tu_ber("80 81", f, sizeof(f));
	tk_mtp2_frame(e.sccp, &e.lim, &e.t, f, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_ERROR);
	ck_assert_str_eq(e.rc.r[0].layer, "mtp2");
	env_free(&e);
}
END_TEST

/* ---- MTP3 label formats -------------------------------------------------------------------- */

START_TEST(test_mtp3_itu)
{
	struct env e;
	uint8_t m[600];
	size_t n;

	env_init(&e, TK_PC_ITU);
	env_reset(&e);
	n = itu_msu(m);
	tk_mtp3_msu(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_uint_eq(e.rc.n, 1);
	assert_tcap_bytes(&e.rc.r[0], TCAP_BEGIN);
	ck_assert_str_eq(e.rc.r[0].t.adaptation, "mtp3");
	ck_assert_int_eq(e.rc.r[0].t.pc_format, TK_PC_ITU);
	ck_assert_int_eq(e.rc.r[0].t.pc_format_detected, 0);
	ck_assert_uint_eq(e.rc.r[0].t.dpc, 1234);
	ck_assert_uint_eq(e.rc.r[0].t.opc, 5678);
	ck_assert_uint_eq(e.rc.r[0].t.sls, 9);
	ck_assert_uint_eq(e.rc.r[0].t.ni, 2);
	ck_assert_uint_eq(e.rc.r[0].t.si, 3);
	env_free(&e);

	/* detected */
	env_init(&e, -1);
	env_reset(&e);
	tk_mtp3_msu(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_TCAP);
	ck_assert_int_eq(e.rc.r[0].t.pc_format, TK_PC_ITU);
	ck_assert_int_eq(e.rc.r[0].t.pc_format_detected, 1);

	/* a label cut short */
	env_reset(&e);
	tk_mtp3_msu(e.sccp, &e.lim, &e.t, m, 3, &e.sink);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_ERROR);
	ck_assert_str_eq(e.rc.r[0].layer, "mtp3");
	ck_assert_uint_eq(e.rc.r[0].err.offset, 1);
	env_free(&e);
}
END_TEST

/* ANSI: SIO, DPC 10-11-12, OPC 1-2-3, SLS 0x1f; UDT whose addresses are ANSI: national,
 * route on SSN, SSN then 3-octet PC (called) / GTI 2 (calling) */
#define ANSI_MSU "83 0c0b0a 030201 1f" \
	"09 81 03 08 0f" \
	"{c3 07 0c0b0a} {89 08 0a 21436587} {" TCAP_BEGIN "}"

START_TEST(test_mtp3_ansi)
{
	struct env e;
	uint8_t m[600];
	size_t n = tu_ber(ANSI_MSU, m, sizeof(m));
	int fmt;

	for (fmt = -1; fmt <= TK_PC_ANSI; fmt += 1 + TK_PC_ANSI) {
		const struct rec *r;

		env_init(&e, fmt);
		env_reset(&e);
		tk_mtp3_msu(e.sccp, &e.lim, &e.t, m, n, &e.sink);
		ck_assert_uint_eq(e.rc.n, 1);
		r = &e.rc.r[0];
		assert_tcap_bytes(r, TCAP_BEGIN);
		ck_assert_int_eq(r->t.pc_format, TK_PC_ANSI);
		ck_assert_int_eq(r->t.pc_format_detected, fmt < 0);
		ck_assert_uint_eq(r->t.dpc, 0x0a0b0c);
		ck_assert_uint_eq(r->t.opc, 0x010203);
		ck_assert_uint_eq(r->t.sls, 0x1f);
		ck_assert_uint_eq(r->t.protocol_class, 1);
		ck_assert_int_eq(r->t.called.routing_on_ssn, 1);
		ck_assert_int_eq(r->t.called.has_pc, 1);
		ck_assert_uint_eq(r->t.called.pc, 0x0a0b0c);
		ck_assert_uint_eq(r->t.called.ssn, 7);
		ck_assert_int_eq(r->t.calling.gti, 2);
		ck_assert_uint_eq(r->t.calling.tt, 10);
		ck_assert_uint_eq(r->t.calling.ssn, 8);
		ck_assert_str_eq(r->t.calling.digits, "12345678");
		env_free(&e);
	}
}
END_TEST

/* 24-bit point codes with ITU-coded addresses (national bit clear) whose point codes are
 * 3 octets, as in the wiki's 3G-2G-HO.pcap */
START_TEST(test_mtp3_ansi_itu_addresses)
{
	struct env e;
	uint8_t m[600];
	size_t n = tu_ber("83 0c0b0a 030201 1f 09 81 03 08 0d {43 030201 07} {43 0c0b0a 06} {" TCAP_BEGIN "}", m,
			  sizeof(m));

	env_init(&e, -1);
	env_reset(&e);
	tk_mtp3_msu(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_uint_eq(e.rc.n, 1);
	assert_tcap_bytes(&e.rc.r[0], TCAP_BEGIN);
	ck_assert_int_eq(e.rc.r[0].t.pc_format, TK_PC_ANSI);
	ck_assert_uint_eq(e.rc.r[0].t.called.pc, 0x010203);
	ck_assert_uint_eq(e.rc.r[0].t.called.ssn, 7);
	ck_assert_uint_eq(e.rc.r[0].t.calling.pc, 0x0a0b0c);
	ck_assert_uint_eq(e.rc.r[0].t.calling.ssn, 6);
	env_free(&e);
}
END_TEST

/* Japan: DPC 0xbbbb, OPC 0x0aaa, SLS 5 + spare bits set; ITU-layout addresses with
 * 16-bit PCs */
#define JAPAN_MSU "03 bbbb aa0a a5" \
	"09 00 03 07 0b" \
	"{43 bbbb 05} {43 aa0a 06} {" TCAP_BEGIN "}"

START_TEST(test_mtp3_japan)
{
	struct env e;
	uint8_t m[600];
	size_t n = tu_ber(JAPAN_MSU, m, sizeof(m));
	int fmt;

	for (fmt = -1; fmt <= TK_PC_JAPAN; fmt += 1 + TK_PC_JAPAN) {
		const struct rec *r;

		env_init(&e, fmt);
		env_reset(&e);
		tk_mtp3_msu(e.sccp, &e.lim, &e.t, m, n, &e.sink);
		ck_assert_uint_eq(e.rc.n, 1);
		r = &e.rc.r[0];
		assert_tcap_bytes(r, TCAP_BEGIN);
		ck_assert_int_eq(r->t.pc_format, TK_PC_JAPAN);
		ck_assert_uint_eq(r->t.dpc, 0xbbbb);
		ck_assert_uint_eq(r->t.opc, 0x0aaa);
		ck_assert_uint_eq(r->t.sls, 5);
		ck_assert_uint_eq(r->t.ni, 0);
		ck_assert_uint_eq(r->t.called.pc, 0xbbbb);
		ck_assert_uint_eq(r->t.called.ssn, 5);
		ck_assert_uint_eq(r->t.calling.pc, 0x0aaa);
		env_free(&e);
	}
}
END_TEST

START_TEST(test_mtp3_detect_memory)
{
	struct env e;
	uint8_t m[600];
	size_t n;

	/* the link voted Japan: an ISUP MSU after it is read with the Japan label */
	env_init(&e, -1);
	env_reset(&e);
	n = tu_ber(JAPAN_MSU, m, sizeof(m));
	tk_mtp3_msu(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].t.pc_format, TK_PC_JAPAN);
	env_reset(&e);
	n = tu_ber("85 bbbb aa0a 05 0100 01", m, sizeof(m));
	tk_mtp3_msu(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_NOT_TCAP);
	ck_assert_str_eq(e.rc.r[0].layer, "isup");
	ck_assert_int_eq(e.rc.r[0].t.pc_format, TK_PC_JAPAN);
	ck_assert_int_eq(e.rc.r[0].t.pc_format_detected, 1);
	ck_assert_uint_eq(e.rc.r[0].t.opc, 0x0aaa);

	/* another link (another link type) has no votes: ITU */
	env_reset(&e);
	e.t.dlt = 141;
	tk_mtp3_msu(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].t.pc_format, TK_PC_ITU);
	env_free(&e);
}
END_TEST

/* ---- SCCP ------------------------------------------------------------------------------ */

/* XUDT class 1 hop 15 with a segmentation parameter (first bit, remaining, reference) */
static size_t xudt_segment(uint8_t *o, const char *seg_octet, const char *data)
{
	char opt[64];
	const char *var[3] = { ADDR_GT4, ADDR_GT2_PC, data };

	snprintf(opt, sizeof(opt), "10 04 %s 563412 00", seg_octet);
	return sccp_msg(o, "11 81 0f", var, 3, opt);
}

START_TEST(test_xudt_reassembly)
{
	struct env e;
	uint8_t m[600];
	size_t n;
	const struct rec *r;

	env_init(&e, -1);
	/* TCAP_BEGIN cut in two: "62 15 48 04 01020304 6c 0d" + "a1 0d ..." */
	env_reset(&e);
	e.sink.frame = 11;
	n = xudt_segment(m, "c1", "62 15 48 04 01020304 6c 0d");
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_uint_eq(e.rc.n, 1);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_PENDING);
	ck_assert_str_eq(e.rc.r[0].layer, "sccp-segment");
	ck_assert_str_eq(e.rc.r[0].t.sccp_type_name, "XUDT");

	env_reset(&e);
	e.sink.frame = 12;
	e.sink.time += 1;
	n = xudt_segment(m, "40", "a1{02 01 01 02 01 02 30{80 01 05}}");
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_uint_eq(e.rc.n, 1);
	r = &e.rc.r[0];
	assert_tcap_bytes(r, TCAP_BEGIN);
	ck_assert_uint_eq(r->t.n_reassembled, 2);
	ck_assert_uint_eq(r->t.reassembled_from[0], 11);
	ck_assert_uint_eq(r->t.reassembled_from[1], 12);
	ck_assert_uint_eq(r->t.protocol_class, 1);
	ck_assert_str_eq(r->t.called.digits, "491234567");

	/* the reassembly is gone: the same last segment again has no first segment */
	env_reset(&e);
	e.sink.frame = 13;
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_ERROR);
	ck_assert_str_eq(e.rc.r[0].layer, "sccp");
	ck_assert_int_eq(e.rc.r[0].err.code, TK_ERR_MISSING);

	/* a segmentation parameter on an unsegmented message (first, 0 remaining) */
	env_reset(&e);
	n = xudt_segment(m, "80", TCAP_BEGIN);
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	assert_tcap_bytes(&e.rc.r[0], TCAP_BEGIN);
	ck_assert_uint_eq(e.rc.r[0].t.n_reassembled, 0);
	env_free(&e);
}
END_TEST

START_TEST(test_xudt_segment_limits)
{
	struct env e;
	uint8_t m[600];
	size_t n;

	env_init(&e, -1);
	/* a first segment, then a piece out of sequence (1 remaining where 0 is expected) */
	env_reset(&e);
	n = xudt_segment(m, "c1", "62 15 48 04 01020304 6c 0d");
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	env_reset(&e);
	n = xudt_segment(m, "41", "a1 0d");
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_ERROR);
	tu_assert_has(e.rc.r[0].err.reason, "1 remaining where 0 was expected");

	/* expiry: a first segment older than the timeout is forgotten */
	env_reset(&e);
	n = xudt_segment(m, "c1", "62 15 48 04 01020304 6c 0d");
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_PENDING);
	env_reset(&e);
	e.sink.time += 61;
	n = xudt_segment(m, "40", "a1{02 01 01 02 01 02 30{80 01 05}}");
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_ERROR);
	env_free(&e);
}
END_TEST

START_TEST(test_udts_return_cause)
{
	struct env e;
	uint8_t m[600];
	size_t n;
	const char *var[3] = { ADDR_GT2_PC, ADDR_GT4, TCAP_BEGIN };

	ck_assert_str_eq(tk_sccp_return_cause_name(0), "no translation for an address of such nature");
	ck_assert_str_eq(tk_sccp_return_cause_name(0x0e), "segmentation failure");
	ck_assert_str_eq(tk_sccp_return_cause_name(0x20), "reserved");

	env_init(&e, -1);
	env_reset(&e);
	n = sccp_msg(m, "0a 01", var, 3, NULL);
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_uint_eq(e.rc.n, 1);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_NOT_TCAP);
	ck_assert_str_eq(e.rc.r[0].layer, "sccp-udts");
	ck_assert_str_eq(e.rc.r[0].t.sccp_type_name, "UDTS");
	ck_assert_int_eq(e.rc.r[0].has_err, 1);
	ck_assert_uint_eq(e.rc.r[0].err.offset, 1);
	tu_assert_has(e.rc.r[0].err.reason, "return cause 1: no translation for this specific address");
	tu_assert_has(e.rc.r[0].err.reason, "returned data is a TCAP message");
	ck_assert_str_eq(e.rc.r[0].t.calling.digits, "491234567");

	/* XUDTS: cause, hop counter, 4 pointers */
	env_reset(&e);
	n = sccp_msg(m, "12 03 0f", var, 3, "");
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_str_eq(e.rc.r[0].layer, "sccp-xudts");
	tu_assert_has(e.rc.r[0].err.reason, "subsystem failure");
	env_free(&e);
}
END_TEST

START_TEST(test_sccp_malformed)
{
	struct env e;
	uint8_t m[600];
	size_t n;

	env_init(&e, -1);
	/* the data pointer (at offset 4) points past the end */
	env_reset(&e);
	n = tu_ber("09 00 03 05 40 {42 06} {42 08} {62 00}", m, sizeof(m));
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_uint_eq(e.rc.n, 1);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_ERROR);
	ck_assert_str_eq(e.rc.r[0].layer, "sccp");
	ck_assert_int_eq(e.rc.r[0].err.code, TK_ERR_TRUNCATED);
	ck_assert_uint_eq(e.rc.r[0].err.offset, 4);
	tu_assert_has(e.rc.r[0].err.reason, "sccp:");
	ck_assert_str_eq(e.rc.r[0].t.sccp_type_name, "UDT");

	/* a pointer of 0 to the called party address (offset 2) */
	env_reset(&e);
	n = tu_ber("09 00 00 05 06 {42 06} {42 08} {62 00}", m, sizeof(m));
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].err.code, TK_ERR_MISSING);
	ck_assert_uint_eq(e.rc.r[0].err.offset, 2);

	/* the data's length runs past the end: offset of its length octet (11) */
	env_reset(&e);
	n = tu_ber("09 00 03 05 07 {42 06} {42 08} 09 62 00", m, sizeof(m));
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].err.code, TK_ERR_TRUNCATED);
	ck_assert_uint_eq(e.rc.r[0].err.offset, 11);

	/* an address that announces a point code it does not have */
	env_reset(&e);
	n = tu_ber("09 00 03 04 06 {43} {42 08} {62 00}", m, sizeof(m));
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_ERROR);
	ck_assert_uint_eq(e.rc.r[0].err.offset, 6);

	/* unknown message type; fixed part cut short */
	env_reset(&e);
	n = tu_ber("42 00 00", m, sizeof(m));
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].err.code, TK_ERR_UNEXPECTED_TAG);
	env_reset(&e);
	n = tu_ber("11 81", m, sizeof(m));
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].err.code, TK_ERR_TRUNCATED);

	/* empty */
	env_reset(&e);
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, 0, &e.sink);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_ERROR);
	env_free(&e);
}
END_TEST

START_TEST(test_sccp_co)
{
	struct env e;
	uint8_t m[128];
	size_t n;

	env_init(&e, -1);
	/* DT1 carrying BSSAP (DTAP) */
	env_reset(&e);
	n = tu_ber("06 010203 00 01 {01 03 05 08 12}", m, sizeof(m));
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_uint_eq(e.rc.n, 1);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_NOT_TCAP);
	ck_assert_str_eq(e.rc.r[0].layer, "sccp-co");
	ck_assert_str_eq(e.rc.r[0].t.sccp_type_name, "DT1");
	ck_assert_uint_eq(e.rc.r[0].t.sccp_type, 6);

	/* CR with a called party address (SSN 254) and an empty optional part */
	env_reset(&e);
	n = tu_ber("01 0a0b0c 02 02 04 {42 fe} 00", m, sizeof(m));
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_str_eq(e.rc.r[0].layer, "sccp-co");
	ck_assert_str_eq(e.rc.r[0].t.sccp_type_name, "CR");
	ck_assert_uint_eq(e.rc.r[0].t.protocol_class, 2);
	ck_assert_uint_eq(e.rc.r[0].t.called.ssn, 254);

	/* RLC */
	env_reset(&e);
	n = tu_ber("05 010203 040506", m, sizeof(m));
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_str_eq(e.rc.r[0].t.sccp_type_name, "RLC");
	ck_assert_str_eq(e.rc.r[0].layer, "sccp-co");
	env_free(&e);
}
END_TEST

START_TEST(test_sccp_users)
{
	struct env e;
	uint8_t m[600];
	size_t n;

	env_init(&e, -1);
	/* SCCP management (SSN 1): SSA */
	env_reset(&e);
	n = udt(m, ADDR_SSN("01"), ADDR_SSN("01"), "01 06 2301 00");
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_str_eq(e.rc.r[0].layer, "sccp-mgmt");
	/* BSSAP by SSN; RANAP by SSN */
	env_reset(&e);
	n = udt(m, ADDR_SSN("fe"), ADDR_SSN("fe"), "00 03 55 0102");
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_str_eq(e.rc.r[0].layer, "bssap");
	env_reset(&e);
	n = udt(m, ADDR_SSN("8e"), ADDR_SSN("8e"), "00 0e 40 00");
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_str_eq(e.rc.r[0].layer, "ranap");
	/* unknown data on another SSN */
	env_reset(&e);
	n = udt(m, ADDR_SSN("07"), ADDR_SSN("06"), "30 00");
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	ck_assert_int_eq(e.rc.r[0].kind, TK_REC_NOT_TCAP);
	ck_assert_str_eq(e.rc.r[0].layer, "sccp-data");
	/* ANSI TCAP (query with permission) is TCAP too */
	env_reset(&e);
	n = udt(m, ADDR_SSN("07"), ADDR_SSN("06"), "e2{c7 04 00000001}");
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, n, &e.sink);
	assert_tcap_bytes(&e.rc.r[0], "e2{c7 04 00000001}");
	env_free(&e);
}
END_TEST

START_TEST(test_ludt)
{
	struct env e;
	uint8_t m[600], d[256];
	size_t k = 0, dl;

	env_init(&e, -1);
	env_reset(&e);
	/* LUDT: type, class, hop; 2-octet pointers counted from their second octet; the
	 * data has a 2-octet length; pointer to the optional part 0 */
	dl = tu_ber(TCAP_BEGIN, d, sizeof(d));
	k = tu_ber("13 00 0f", m, sizeof(m));
	/* pointers at 3,5,7,9; called at 11 (len 2: 42 06), calling at 14 (42 08), data at 17 */
	k += tu_ber("0700 0800 0900 0000", m + k, sizeof(m) - k);
	k += tu_ber("{42 06} {42 08}", m + k, sizeof(m) - k);
	m[k++] = (uint8_t)dl;
	m[k++] = 0;
	memcpy(m + k, d, dl);
	k += dl;
	tk_sccp_msg(e.sccp, &e.lim, &e.t, m, k, &e.sink);
	ck_assert_uint_eq(e.rc.n, 1);
	assert_tcap_bytes(&e.rc.r[0], TCAP_BEGIN);
	ck_assert_str_eq(e.rc.r[0].t.sccp_type_name, "LUDT");
	ck_assert_uint_eq(e.rc.r[0].t.called.ssn, 6);
	ck_assert_uint_eq(e.rc.r[0].t.calling.ssn, 8);
	env_free(&e);
}
END_TEST

Suite *tu_suite_ss7(void)
{
	Suite *s = suite_create("ss7");
	TCase *tc = tcase_create("layers");

	tcase_add_test(tc, test_m3ua_data_udt_gt);
	tcase_add_test(tc, test_m3ua_management);
	tcase_add_test(tc, test_m3ua_errors);
	tcase_add_test(tc, test_m3ua_isup_bicc);
	tcase_add_test(tc, test_sua_cldt);
	tcase_add_test(tc, test_sua_segmented);
	tcase_add_test(tc, test_sua_other);
	tcase_add_test(tc, test_m2pa);
	tcase_add_test(tc, test_m2ua);
	tcase_add_test(tc, test_mtp2_units);
	tcase_add_test(tc, test_mtp3_itu);
	tcase_add_test(tc, test_mtp3_ansi);
	tcase_add_test(tc, test_mtp3_ansi_itu_addresses);
	tcase_add_test(tc, test_mtp3_japan);
	tcase_add_test(tc, test_mtp3_detect_memory);
	tcase_add_test(tc, test_xudt_reassembly);
	tcase_add_test(tc, test_xudt_segment_limits);
	tcase_add_test(tc, test_udts_return_cause);
	tcase_add_test(tc, test_sccp_malformed);
	tcase_add_test(tc, test_sccp_co);
	tcase_add_test(tc, test_sccp_users);
	tcase_add_test(tc, test_ludt);
	suite_add_tcase(s, tc);
	return s;
}
