/*
 * The capture path below the adaptation layers (codec/link.c, ip.c, sctp.c): frames built
 * byte by byte (Ethernet, VLAN tags, SLL, SLL2, raw IP, loopback, MTP2/MTP3/SCCP link
 * types, IPv4/IPv6 with extension headers and fragments, SCTP chunks, UDP ITP packet
 * logs) go through tk_link_frame into a sink that keeps every record; the tests assert
 * the records: kind, last layer, transport fields, frames reassembled, TCAP bytes.
 *
 * Messages meant to reach TCAP are well-formed M3UA DATA / MTP3 MSUs carrying an SCCP UDT
 * (ITU, route on SSN) carrying a TCAP Begin, so the adaptation, MTP3 and SCCP layers hand
 * the TCAP bytes on unchanged; other tests use PPID 0 on a port no adaptation layer owns
 * (NOT_TCAP "sctp-ppid-0") so they depend on nothing above SCTP.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "trace.h"

Suite *tu_suite_transport(void);

/* ---- a sink that keeps the records --------------------------------------------------- */

#define MAX_RECS 64

struct rec {
	enum tk_record_kind kind;
	char layer[48];
	struct tk_transport t;
	uint8_t data[1024];
	size_t len;
	int has_err;
	struct tk_error err;
	uint32_t frame;
};

struct env {
	struct tk_trace_limits lim;
	struct tk_ip_state *ip;
	struct tk_sctp_state *sctp;
	struct tk_sccp_state *sccp;
	struct tk_record_sink sink;
	struct rec r[MAX_RECS];
	unsigned n;
};

static void on_tcap(void *arg, const struct tk_transport *t, const uint8_t *data, size_t len)
{
	struct env *e = arg;
	struct rec *r;

	ck_assert_uint_lt(e->n, MAX_RECS);
	r = &e->r[e->n++];
	memset(r, 0, sizeof(*r));
	r->kind = TK_REC_TCAP;
	snprintf(r->layer, sizeof(r->layer), "tcap");
	r->t = *t;
	ck_assert_uint_le(len, sizeof(r->data));
	memcpy(r->data, data, len);
	r->len = len;
	r->frame = e->sink.frame;
}

static void on_other(void *arg, enum tk_record_kind kind, const struct tk_transport *t, const char *layer,
		     const struct tk_error *err)
{
	struct env *e = arg;
	struct rec *r;

	ck_assert_uint_lt(e->n, MAX_RECS);
	ck_assert_ptr_nonnull(layer);
	r = &e->r[e->n++];
	memset(r, 0, sizeof(*r));
	r->kind = kind;
	snprintf(r->layer, sizeof(r->layer), "%s", layer);
	r->t = *t;
	r->frame = e->sink.frame;
	if (kind == TK_REC_ERROR) {
		ck_assert_ptr_nonnull(err);
		ck_assert_msg(err->reason[0] != '\0', "error record without a reason");
	}
	if (err) {
		r->has_err = 1;
		r->err = *err;
	}
}

static void env_init(struct env *e, unsigned max_frag, unsigned max_partial)
{
	memset(e, 0, sizeof(*e));
	e->lim.max_ip_fragments = max_frag;
	e->lim.max_sctp_partial = max_partial;
	e->lim.max_sccp_segments = 8;
	e->lim.reassembly_timeout = 30;
	e->lim.pc_format = TK_PC_ITU;
	e->ip = tk_ip_state_new(&e->lim);
	e->sctp = tk_sctp_state_new(&e->lim);
	e->sccp = tk_sccp_state_new(&e->lim);
	ck_assert_ptr_nonnull(e->ip);
	ck_assert_ptr_nonnull(e->sctp);
	e->sink.tcap = on_tcap;
	e->sink.other = on_other;
	e->sink.arg = e;
}

static void env_free(struct env *e)
{
	tk_ip_state_free(e->ip);
	tk_sctp_state_free(e->sctp);
	tk_sccp_state_free(e->sccp);
}

/* one frame; returns the number of records it gave (at least one, always) */
static unsigned feed(struct env *e, uint32_t frame, double time, int dlt, const uint8_t *p, size_t n)
{
	unsigned before = e->n;

	e->sink.frame = frame;
	e->sink.time = time;
	tk_link_frame(dlt, p, n, n, e->ip, e->sctp, e->sccp, &e->lim, &e->sink);
	ck_assert_msg(e->n > before, "frame %u gave no record", frame);
	return e->n - before;
}

static void assert_rec(const struct env *e, unsigned i, enum tk_record_kind kind, const char *layer)
{
	ck_assert_msg(i < e->n, "record %u expected, %u given", i, e->n);
	ck_assert_msg(e->r[i].kind == kind, "record %u: kind %d (%s%s%s), expected %d", i, e->r[i].kind,
		      e->r[i].layer, e->r[i].has_err ? ": " : "", e->r[i].has_err ? e->r[i].err.reason : "", kind);
	ck_assert_str_eq(e->r[i].layer, layer);
}

/* ---- building frames ----------------------------------------------------------------- */

static size_t put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
	return 2;
}

static size_t put32(uint8_t *p, uint32_t v)
{
	put16(p, (uint16_t)(v >> 16));
	put16(p + 2, (uint16_t)v);
	return 4;
}

/* a TCAP Begin (dialogue AARQ with a MAP context and an invoke): bytes the test compares */
static const char *const TCAP_BEGIN =
	"62{48 04 0a0b0c0d"
	" 6b{28{06 07 00118605010101 a0{60{80 02 0780 a1{06 07 04000001001402}}}}}"
	" 6c{a1{02 01 01 02 01 2d 30{80 07 91 21 43 65 87 09 f1 81 01 01 82 07 91 21 43 65 87 09 f2}}}}";

static size_t tcap(uint8_t *out)
{
	return tu_ber(TCAP_BEGIN, out, 512);
}

/* SCCP UDT, class 0 return on error, called SSN 6 and calling SSN 8 (route on SSN) */
static size_t udt(uint8_t *out, const uint8_t *data, size_t n)
{
	static const uint8_t hdr[] = { 0x09, 0x80, 0x03, 0x05, 0x07, 0x02, 0x42, 0x06, 0x02, 0x42, 0x08 };

	memcpy(out, hdr, sizeof(hdr));
	out[sizeof(hdr)] = (uint8_t)n;
	memcpy(out + sizeof(hdr) + 1, data, n);
	return sizeof(hdr) + 1 + n;
}

/* M3UA DATA: Protocol Data (OPC 1, DPC 2, SI 3 SCCP, NI 2, MP 0, SLS 5) with the SCCP message */
static size_t m3ua(uint8_t *out, const uint8_t *sccp, size_t n)
{
	size_t plen = 16 + n, padded = (plen + 3) & ~(size_t)3, k = 0;

	out[k++] = 1, out[k++] = 0, out[k++] = 1, out[k++] = 1;
	k += put32(out + k, (uint32_t)(8 + padded));
	k += put16(out + k, 0x0210);
	k += put16(out + k, (uint16_t)plen);
	k += put32(out + k, 1);
	k += put32(out + k, 2);
	out[k++] = 3, out[k++] = 2, out[k++] = 0, out[k++] = 5;
	memcpy(out + k, sccp, n);
	k += n;
	while (k % 4)
		out[k++] = 0;
	return k;
}

/* M3UA DATA carrying UDT carrying TCAP_BEGIN; *tc gets the TCAP bytes */
static size_t m3ua_tcap(uint8_t *out, uint8_t *tc, size_t *tc_len)
{
	uint8_t sccp[600];
	size_t s;

	*tc_len = tcap(tc);
	s = udt(sccp, tc, *tc_len);
	return m3ua(out, sccp, s);
}

/* an MTP3 MSU: SIO 0x83 (national, SCCP), ITU routing label, UDT carrying TCAP_BEGIN */
static size_t msu_tcap(uint8_t *out, uint8_t *tc, size_t *tc_len)
{
	static const uint8_t label[] = { 0x83, 0x02, 0x40, 0x00, 0x50 };

	*tc_len = tcap(tc);
	memcpy(out, label, sizeof(label));
	return sizeof(label) + udt(out + sizeof(label), tc, *tc_len);
}

enum { F_E = 1, F_B = 2, F_U = 4 };

/* a DATA chunk, padded to 4 bytes */
static size_t data_chunk(uint8_t *out, uint8_t flags, uint32_t tsn, uint16_t stream, uint32_t ppid, const uint8_t *d,
			 size_t n)
{
	size_t k = 0;

	out[k++] = 0;
	out[k++] = flags;
	k += put16(out + k, (uint16_t)(16 + n));
	k += put32(out + k, tsn);
	k += put16(out + k, stream);
	k += put16(out + k, 0);	/* stream sequence number */
	k += put32(out + k, ppid);
	memcpy(out + k, d, n);
	k += n;
	while (k % 4)
		out[k++] = 0;
	return k;
}

static size_t sctp(uint8_t *out, uint16_t sport, uint16_t dport, uint32_t vtag, const uint8_t *chunks, size_t n)
{
	put16(out, sport);
	put16(out + 2, dport);
	put32(out + 4, vtag);
	put32(out + 8, 0);	/* checksum: not verified */
	memcpy(out + 12, chunks, n);
	return 12 + n;
}

/* an SCTP packet of one unfragmented DATA chunk */
static size_t sctp_data(uint8_t *out, uint16_t port, uint32_t vtag, uint32_t tsn, uint32_t ppid, const uint8_t *d,
			size_t n)
{
	uint8_t ch[2048];
	size_t c = data_chunk(ch, F_B | F_E, tsn, 1, ppid, d, n);

	return sctp(out, port, port, vtag, ch, c);
}

/* IPv4 10.0.0.1 -> 10.0.0.2; total length from the payload unless tot >= 0 */
static size_t ipv4(uint8_t *out, uint8_t proto, uint16_t id, uint16_t frag, long tot, const uint8_t *pl, size_t n)
{
	static const uint8_t addrs[] = { 10, 0, 0, 1, 10, 0, 0, 2 };

	out[0] = 0x45;
	out[1] = 0;
	put16(out + 2, (uint16_t)(tot >= 0 ? (size_t)tot : 20 + n));
	put16(out + 4, id);
	put16(out + 6, frag);
	out[8] = 64;
	out[9] = proto;
	put16(out + 10, 0);
	memcpy(out + 12, addrs, 8);
	memcpy(out + 20, pl, n);
	return 20 + n;
}

/* IPv6 2001:db8::1 -> 2001:db8::2, with extension headers ext (nh: the first header) */
static size_t ipv6(uint8_t *out, uint8_t nh, const uint8_t *ext, size_t ext_len, const uint8_t *pl, size_t n)
{
	static const uint8_t a[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 };

	memset(out, 0, 40);
	out[0] = 0x60;
	put16(out + 4, (uint16_t)(ext_len + n));
	out[6] = nh;
	out[7] = 64;
	memcpy(out + 8, a, 16);
	memcpy(out + 24, a, 16);
	out[39] = 2;
	if (ext_len)
		memcpy(out + 40, ext, ext_len);
	memcpy(out + 40 + ext_len, pl, n);
	return 40 + ext_len + n;
}

static size_t eth(uint8_t *out, uint16_t type, const uint8_t *pl, size_t n)
{
	static const uint8_t macs[] = { 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb };

	memcpy(out, macs, 12);
	put16(out + 12, type);
	memcpy(out + 14, pl, n);
	return 14 + n;
}

/* Ethernet / IPv4 / SCTP, one DATA chunk of PPID 0 on port 5000: NOT_TCAP "sctp-ppid-0" */
static size_t eth_plain(uint8_t *out, uint32_t tsn)
{
	uint8_t s[256], ip[300];
	static const uint8_t user[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
	size_t n = sctp_data(s, 5000, 0x11223344, tsn, 0, user, sizeof(user));

	n = ipv4(ip, 132, 1, 0, -1, s, n);
	return eth(out, 0x0800, ip, n);
}

/* ---- link layer ---------------------------------------------------------------------------- */

START_TEST(test_ethernet_ipv4_sctp_m3ua)
{
	struct env e;
	uint8_t tc[512], m[1024], s[1200], ip[1300], f[1400];
	size_t tl, n;

	env_init(&e, 8, 8);
	n = m3ua_tcap(m, tc, &tl);
	n = sctp_data(s, 2905, 0xcafe0001, 4242, 3, m, n);
	n = ipv4(ip, 132, 7, 0x4000, -1, s, n);
	n = eth(f, 0x0800, ip, n);
	ck_assert_uint_eq(feed(&e, 1, 0, 1, f, n), 1);
	assert_rec(&e, 0, TK_REC_TCAP, "tcap");
	ck_assert_uint_eq(e.r[0].len, tl);
	ck_assert_mem_eq(e.r[0].data, tc, tl);
	ck_assert_int_eq(e.r[0].t.dlt, 1);
	ck_assert_str_eq(e.r[0].t.link, "ethernet");
	ck_assert_int_eq(e.r[0].t.ip_version, 4);
	ck_assert_str_eq(e.r[0].t.src_ip, "10.0.0.1");
	ck_assert_str_eq(e.r[0].t.dst_ip, "10.0.0.2");
	ck_assert_int_eq(e.r[0].t.ip_note, 0);
	ck_assert_int_eq(e.r[0].t.has_sctp, 1);
	ck_assert_int_eq(e.r[0].t.has_udp, 0);
	ck_assert_uint_eq(e.r[0].t.sport, 2905);
	ck_assert_uint_eq(e.r[0].t.dport, 2905);
	ck_assert_uint_eq(e.r[0].t.vtag, 0xcafe0001);
	ck_assert_uint_eq(e.r[0].t.tsn, 4242);
	ck_assert_uint_eq(e.r[0].t.stream, 1);
	ck_assert_uint_eq(e.r[0].t.ppid, 3);
	ck_assert_str_eq(e.r[0].t.adaptation, "m3ua");
	ck_assert_uint_eq(e.r[0].t.n_reassembled, 0);
	env_free(&e);
}
END_TEST

START_TEST(test_vlan_qinq_mpls)
{
	struct env e;
	uint8_t f[512], g[600];
	size_t n = eth_plain(f, 1);

	env_init(&e, 8, 8);
	/* 802.1ad outer tag, 802.1Q inner tag, then IPv4 */
	memcpy(g, f, 12);
	put16(g + 12, 0x88a8);
	put16(g + 14, 100);
	put16(g + 16, 0x8100);
	put16(g + 18, 200);
	put16(g + 20, 0x0800);
	memcpy(g + 22, f + 14, n - 14);
	feed(&e, 1, 0, 1, g, n + 8);
	assert_rec(&e, 0, TK_REC_NOT_TCAP, "sctp-ppid-0");
	ck_assert_str_eq(e.r[0].t.link, "ethernet");
	ck_assert_uint_eq(e.r[0].t.sport, 5000);
	ck_assert_uint_eq(e.r[0].t.tsn, 1);
	/* old QinQ 0x9100, then MPLS: two labels, the second the bottom of the stack */
	n = eth_plain(f, 2);
	put16(g + 12, 0x9100);
	put16(g + 16, 0x8847);
	put32(g + 18, 0x00010040);
	put32(g + 22, 0x00020140);
	memcpy(g + 26, f + 14, n - 14);
	feed(&e, 2, 0, 1, g, n + 12);
	assert_rec(&e, 1, TK_REC_NOT_TCAP, "sctp-ppid-0");
	ck_assert_uint_eq(e.r[1].t.tsn, 2);
	env_free(&e);
}
END_TEST

START_TEST(test_link_types)
{
	static const struct {
		int dlt;
		const char *hdr;
		const char *link;
	} cases[] = {
		{ 113, "0000 0001 0006 001122334455 0000 0800", "sll" },
		{ 276, "0800 0000 00000002 0001 00 06 001122334455 0000", "sll2" },
		{ 12, "", "raw-ip" },
		{ 101, "", "raw-ip" },
		{ 228, "", "raw-ip" },
		{ 14, "", "raw-ip" },
		{ 0, "02000000", "null" },	/* AF_INET, little-endian host */
		{ 0, "00000002", "null" },	/* AF_INET, big-endian host */
		{ 0, "1e000000", "null" },	/* AF_INET6 of macOS: the IPv4 packet is still decoded */
		{ 108, "00000002", "loop" },
	};
	uint8_t f[512], g[600], hdr[32];
	size_t n = eth_plain(f, 0), i;

	for (i = 0; i < TK_ARRAY_SIZE(cases); i++) {
		struct env e;
		size_t h = tu_ber(cases[i].hdr, hdr, sizeof(hdr));

		env_init(&e, 8, 8);
		memcpy(g, hdr, h);
		memcpy(g + h, f + 14, n - 14);
		feed(&e, 1, 0, cases[i].dlt, g, h + n - 14);
		ck_assert_msg(e.n == 1 && e.r[0].kind == TK_REC_NOT_TCAP && !strcmp(e.r[0].layer, "sctp-ppid-0"),
			      "DLT %d (case %zu): %u records, first %s", cases[i].dlt, i, e.n, e.r[0].layer);
		ck_assert_str_eq(e.r[0].t.link, cases[i].link);
		ck_assert_int_eq(e.r[0].t.dlt, cases[i].dlt);
		ck_assert_str_eq(e.r[0].t.src_ip, "10.0.0.1");
		env_free(&e);
	}
}
END_TEST

START_TEST(test_not_ip_and_unsupported)
{
	struct env e;
	uint8_t f[128], g[128];
	size_t n;

	env_init(&e, 8, 8);
	memset(g, 0, sizeof(g));
	n = eth(f, 0x0806, g, 28);
	feed(&e, 1, 0, 1, f, n);
	assert_rec(&e, 0, TK_REC_NOT_TCAP, "arp");
	n = eth(f, 0x88b5, g, 46);
	feed(&e, 2, 0, 1, f, n);
	assert_rec(&e, 1, TK_REC_NOT_TCAP, "ethertype-0x88b5");
	/* 802.3 length and STP's LLC */
	g[0] = 0x42, g[1] = 0x42, g[2] = 0x03;
	n = eth(f, 38, g, 46);
	feed(&e, 3, 0, 1, f, n);
	assert_rec(&e, 2, TK_REC_NOT_TCAP, "stp");
	/* SLL with an LLC frame */
	n = tu_ber("0000 0001 0006 001122334455 0000 0004 e0e003", f, sizeof(f));
	feed(&e, 4, 0, 113, f, n);
	assert_rec(&e, 3, TK_REC_NOT_TCAP, "llc");
	feed(&e, 5, 0, 9999, f, n);
	assert_rec(&e, 4, TK_REC_ERROR, "link");
	tu_assert_has(e.r[4].err.reason, "link type 9999 not supported");
	ck_assert_int_eq(e.r[4].err.layer, TK_LAYER_LINK);
	/* DLT 14 that is not raw IP (PPP on BSD/OS) */
	g[0] = 0xff;
	feed(&e, 6, 0, 14, g, 10);
	assert_rec(&e, 5, TK_REC_ERROR, "link");
	env_free(&e);
}
END_TEST

START_TEST(test_truncated_link_headers)
{
	struct env e;
	uint8_t f[512];

	eth_plain(f, 1);
	env_init(&e, 8, 8);
	feed(&e, 1, 0, 1, f, 10);
	assert_rec(&e, 0, TK_REC_ERROR, "ethernet");
	ck_assert_int_eq(e.r[0].err.code, TK_ERR_TRUNCATED);
	feed(&e, 2, 0, 113, f, 8);
	assert_rec(&e, 1, TK_REC_ERROR, "sll");
	feed(&e, 3, 0, 139, f, 3);
	assert_rec(&e, 2, TK_REC_ERROR, "mtp2");
	feed(&e, 4, 0, 1, f, 14 + 19);	/* IPv4 header cut */
	assert_rec(&e, 3, TK_REC_ERROR, "ipv4");
	feed(&e, 5, 0, 1, f, 14 + 20 + 11);	/* SCTP common header cut */
	assert_rec(&e, 4, TK_REC_ERROR, "sctp");
	ck_assert_int_eq(e.r[4].t.ip_note, 1);	/* the IP total length is more than captured */
	feed(&e, 6, 0, 1, f, 14 + 20 + 12);	/* no chunk at all */
	assert_rec(&e, 5, TK_REC_NOT_TCAP, "sctp-no-chunks");
	env_free(&e);
}
END_TEST

/* every prefix of a few frames gives records, never a crash (and under the sanitizers,
 * never a report) */
START_TEST(test_every_truncation)
{
	uint8_t tc[512], m[1024], s[1200], ip[1300], f[1400];
	size_t tl, n, cut;
	int dlts[] = { 1, 113, 276, 0, 108, 12, 139, 140, 141, 142 };
	size_t d;

	n = m3ua_tcap(m, tc, &tl);
	n = sctp_data(s, 2905, 1, 1, 3, m, n);
	n = ipv4(ip, 132, 7, 0, -1, s, n);
	n = eth(f, 0x0800, ip, n);
	for (d = 0; d < TK_ARRAY_SIZE(dlts); d++) {
		for (cut = 0; cut <= n; cut++) {
			struct env e;
			unsigned i;
			env_init(&e, 8, 8);
			feed(&e, 1, 0, dlts[d], f, cut);
			for (i = 0; i < e.n; i++) {
				ck_assert_int_ge(e.r[i].kind, TK_REC_TCAP);
				ck_assert_int_le(e.r[i].kind, TK_REC_DUPLICATE);
				if (e.r[i].has_err)
					ck_assert_uint_le(e.r[i].err.offset, n);
			}
			env_free(&e);
		}
	}
}
END_TEST

START_TEST(test_mtp_link_types)
{
	struct env e;
	uint8_t tc[512], msu[700], f[800];
	size_t tl, n;

	env_init(&e, 8, 8);
	n = msu_tcap(msu, tc, &tl);
	feed(&e, 1, 0, 141, msu, n);
	assert_rec(&e, 0, TK_REC_TCAP, "tcap");
	ck_assert_str_eq(e.r[0].t.link, "mtp3");
	ck_assert_mem_eq(e.r[0].data, tc, tl);
	/* MTP2: BSN, FSN, LI (63: 63 octets or more), then the MSU */
	f[0] = 0x80, f[1] = 0x80, f[2] = (uint8_t)(n < 63 ? n : 63);
	memcpy(f + 3, msu, n);
	feed(&e, 2, 0, 140, f, n + 3);
	assert_rec(&e, 1, TK_REC_TCAP, "tcap");
	ck_assert_str_eq(e.r[1].t.link, "mtp2");
	ck_assert_int_eq(e.r[1].t.dlt, 140);
	ck_assert_mem_eq(e.r[1].data, tc, tl);
	/* the same behind the 4-byte pseudo-header (sent, annex A, link number) */
	memmove(f + 4, f, n + 3);
	f[0] = 1, f[1] = 0, f[2] = 0, f[3] = 7;
	feed(&e, 3, 0, 139, f, n + 7);
	assert_rec(&e, 2, TK_REC_TCAP, "tcap");
	ck_assert_int_eq(e.r[2].t.dlt, 139);
	ck_assert_mem_eq(e.r[2].data, tc, tl);
	/* the SCCP link type: the UDT alone */
	feed(&e, 4, 0, 142, msu + 5, n - 5);
	assert_rec(&e, 3, TK_REC_TCAP, "tcap");
	ck_assert_str_eq(e.r[3].t.link, "sccp");
	ck_assert_mem_eq(e.r[3].data, tc, tl);
	env_free(&e);
}
END_TEST

/* ---- IP -------------------------------------------------------------------------------------- */

START_TEST(test_ip_protocols)
{
	struct env e;
	uint8_t pl[64], ip[128], f[160];
	size_t n;

	env_init(&e, 8, 8);
	memset(pl, 0, sizeof(pl));
	put16(pl, 53), put16(pl + 2, 53), put16(pl + 4, 16);
	n = eth(f, 0x0800, ip, ipv4(ip, 17, 1, 0, -1, pl, 16));
	feed(&e, 1, 0, 1, f, n);
	assert_rec(&e, 0, TK_REC_NOT_TCAP, "udp");
	ck_assert_int_eq(e.r[0].t.has_udp, 1);
	ck_assert_uint_eq(e.r[0].t.dport, 53);
	n = eth(f, 0x0800, ip, ipv4(ip, 6, 2, 0, -1, pl, 20));
	feed(&e, 2, 0, 1, f, n);
	assert_rec(&e, 1, TK_REC_NOT_TCAP, "tcp");
	n = eth(f, 0x0800, ip, ipv4(ip, 1, 3, 0, -1, pl, 8));
	feed(&e, 3, 0, 1, f, n);
	assert_rec(&e, 2, TK_REC_NOT_TCAP, "icmp");
	n = eth(f, 0x86dd, ip, ipv6(ip, 58, NULL, 0, pl, 8));
	feed(&e, 4, 0, 1, f, n);
	assert_rec(&e, 3, TK_REC_NOT_TCAP, "ipv6-icmp");
	ck_assert_int_eq(e.r[3].t.ip_version, 6);
	ck_assert_str_eq(e.r[3].t.src_ip, "2001:db8::1");
	ck_assert_str_eq(e.r[3].t.dst_ip, "2001:db8::2");
	n = eth(f, 0x0800, ip, ipv4(ip, 99, 4, 0, -1, pl, 8));
	feed(&e, 5, 0, 1, f, n);
	assert_rec(&e, 4, TK_REC_NOT_TCAP, "ip-proto-99");
	env_free(&e);
}
END_TEST

/* 3G-2G-HO.pcap's headers claim 16 bytes more than the frame holds; Ethernet pads short
 * frames past the IP total length */
START_TEST(test_ipv4_total_length_lies)
{
	struct env e;
	uint8_t tc[512], m[1024], s[1200], ip[1300], f[1400], pl[64];
	size_t tl, n, sn;

	env_init(&e, 8, 8);
	n = m3ua_tcap(m, tc, &tl);
	sn = sctp_data(s, 2905, 9, 1, 3, m, n);
	n = eth(f, 0x0800, ip, ipv4(ip, 132, 1, 0, (long)(20 + sn + 16), s, sn));
	feed(&e, 1, 0, 1, f, n);
	assert_rec(&e, 0, TK_REC_TCAP, "tcap");
	ck_assert_int_eq(e.r[0].t.ip_note, 1);
	ck_assert_mem_eq(e.r[0].data, tc, tl);
	/* a total length below the header's own: the captured length again */
	n = eth(f, 0x0800, ip, ipv4(ip, 132, 2, 0, 10, s, sn));
	put32(f + 14 + 20 + 16, 2);	/* another TSN: not a retransmission */
	feed(&e, 2, 0, 1, f, n);
	assert_rec(&e, 1, TK_REC_TCAP, "tcap");
	ck_assert_int_eq(e.r[1].t.ip_note, 1);
	/* padding after the datagram (not zeros: it would be taken for a chunk) */
	{
		static const uint8_t user[] = { 1, 2, 3, 4 };
		sn = sctp_data(pl, 5000, 9, 3, 0, user, sizeof(user));
		n = eth(f, 0x0800, ip, ipv4(ip, 132, 3, 0, -1, pl, sn));
		memset(f + n, 0xaa, 6);
		ck_assert_uint_eq(feed(&e, 3, 0, 1, f, n + 6), 1);
		assert_rec(&e, 2, TK_REC_NOT_TCAP, "sctp-ppid-0");
		ck_assert_int_eq(e.r[2].t.ip_note, 0);
	}
	env_free(&e);
}
END_TEST

/* split an IPv4 payload into fragments at the given offsets (multiples of 8) */
static size_t frag4(uint8_t *f, uint16_t id, const uint8_t *pl, size_t n, size_t from, size_t to)
{
	uint8_t ip[2048];
	int more = to < n;
	uint16_t ff = (uint16_t)((more ? 0x2000 : 0) | (from / 8));

	if (to > n)
		to = n;
	return eth(f, 0x0800, ip, ipv4(ip, 132, id, ff, -1, pl + from, to - from));
}

START_TEST(test_ipv4_fragments_out_of_order)
{
	struct env e;
	uint8_t tc[512], m[1024], s[1200], f[1400];
	size_t tl, n, sn;

	env_init(&e, 8, 8);
	n = m3ua_tcap(m, tc, &tl);
	sn = sctp_data(s, 2905, 77, 5, 3, m, n);
	ck_assert_uint_gt(sn, 96);
	/* last fragment first, then the first, then the middle one */
	n = frag4(f, 0x1234, s, sn, 96, sn);
	feed(&e, 11, 1.0, 1, f, n);
	n = frag4(f, 0x1234, s, sn, 0, 48);
	feed(&e, 12, 1.1, 1, f, n);
	/* another datagram's fragment in between: its own reassembly */
	n = frag4(f, 0x9999, s, sn, 0, 48);
	feed(&e, 13, 1.2, 1, f, n);
	n = frag4(f, 0x1234, s, sn, 48, 96);
	feed(&e, 14, 1.3, 1, f, n);
	ck_assert_uint_eq(e.n, 4);
	assert_rec(&e, 0, TK_REC_PENDING, "ipv4-fragment");
	assert_rec(&e, 1, TK_REC_PENDING, "ipv4-fragment");
	assert_rec(&e, 2, TK_REC_PENDING, "ipv4-fragment");
	assert_rec(&e, 3, TK_REC_TCAP, "tcap");
	ck_assert_mem_eq(e.r[3].data, tc, tl);
	ck_assert_uint_eq(e.r[3].frame, 14);
	ck_assert_uint_eq(e.r[3].t.n_reassembled, 3);
	ck_assert_uint_eq(e.r[3].t.reassembled_from[0], 11);
	ck_assert_uint_eq(e.r[3].t.reassembled_from[1], 12);
	ck_assert_uint_eq(e.r[3].t.reassembled_from[2], 14);
	ck_assert_uint_eq(e.r[3].t.tsn, 5);
	ck_assert_str_eq(e.r[0].t.src_ip, "10.0.0.1");
	env_free(&e);
}
END_TEST

START_TEST(test_ipv4_fragments_bounded)
{
	struct env e;
	uint8_t s[256], f[400];
	static const uint8_t user[40] = { 1 };
	size_t n, sn = sctp_data(s, 5000, 9, 1, 0, user, sizeof(user));

	/* one open reassembly: the second datagram evicts the first */
	env_init(&e, 1, 8);
	n = frag4(f, 1, s, sn, 0, 32);
	feed(&e, 1, 0, 1, f, n);
	n = frag4(f, 2, s, sn, 0, 32);
	feed(&e, 2, 0, 1, f, n);
	n = frag4(f, 1, s, sn, 32, sn);
	feed(&e, 3, 0, 1, f, n);	/* datagram 1's first piece is gone: held again */
	assert_rec(&e, 2, TK_REC_PENDING, "ipv4-fragment");
	n = frag4(f, 2, s, sn, 32, sn);	/* datagram 2 lost its slot to datagram 1 in turn */
	feed(&e, 4, 0, 1, f, n);
	assert_rec(&e, 3, TK_REC_PENDING, "ipv4-fragment");
	n = frag4(f, 2, s, sn, 0, 32);
	feed(&e, 5, 0, 1, f, n);
	assert_rec(&e, 4, TK_REC_NOT_TCAP, "sctp-ppid-0");
	ck_assert_uint_eq(e.r[4].t.n_reassembled, 2);
	ck_assert_uint_eq(e.r[4].t.reassembled_from[0], 4);
	ck_assert_uint_eq(e.r[4].t.reassembled_from[1], 5);
	env_free(&e);

	/* two open reassemblies: the oldest goes, wherever it is in the table */
	env_init(&e, 2, 8);
	n = frag4(f, 1, s, sn, 0, 32);
	feed(&e, 1, 0, 1, f, n);
	n = frag4(f, 2, s, sn, 0, 32);
	feed(&e, 2, 1, 1, f, n);
	n = frag4(f, 1, s, sn, 32, sn);
	feed(&e, 3, 2, 1, f, n);	/* datagram 1 complete: its slot is free */
	assert_rec(&e, 2, TK_REC_NOT_TCAP, "sctp-ppid-0");
	put32(s + 16, 2);	/* another TSN: datagram 3 is not a retransmission of 1 */
	n = frag4(f, 3, s, sn, 0, 32);
	feed(&e, 4, 3, 1, f, n);	/* takes the free slot */
	put32(s + 16, 1);
	n = frag4(f, 4, s, sn, 0, 32);
	feed(&e, 5, 4, 1, f, n);	/* evicts datagram 2, the oldest */
	n = frag4(f, 3, s, sn, 32, sn);
	feed(&e, 6, 5, 1, f, n);
	assert_rec(&e, 5, TK_REC_NOT_TCAP, "sctp-ppid-0");
	ck_assert_uint_eq(e.r[5].t.n_reassembled, 2);
	ck_assert_uint_eq(e.r[5].t.reassembled_from[0], 4);
	ck_assert_uint_eq(e.r[5].t.reassembled_from[1], 6);
	n = frag4(f, 2, s, sn, 32, sn);
	feed(&e, 7, 6, 1, f, n);
	assert_rec(&e, 6, TK_REC_PENDING, "ipv4-fragment");
	env_free(&e);

	/* the timeout: a piece 100 s after the first does not complete it */
	env_init(&e, 8, 8);
	n = frag4(f, 3, s, sn, 0, 32);
	feed(&e, 1, 1000, 1, f, n);
	n = frag4(f, 3, s, sn, 32, sn);
	feed(&e, 2, 1100, 1, f, n);
	assert_rec(&e, 1, TK_REC_PENDING, "ipv4-fragment");
	n = frag4(f, 3, s, sn, 0, 32);
	feed(&e, 3, 1110, 1, f, n);
	assert_rec(&e, 2, TK_REC_NOT_TCAP, "sctp-ppid-0");
	ck_assert_uint_eq(e.r[2].t.reassembled_from[0], 2);
	env_free(&e);

	/* no reassembly at all */
	env_init(&e, 0, 8);
	n = frag4(f, 4, s, sn, 0, 32);
	feed(&e, 1, 0, 1, f, n);
	assert_rec(&e, 0, TK_REC_ERROR, "ipv4-fragment");
	env_free(&e);
}
END_TEST

START_TEST(test_ipv6_extensions_and_fragments)
{
	struct env e;
	uint8_t s[256], ext[64], ip[400], f[450];
	static const uint8_t user[40] = { 7 };
	size_t n, sn = sctp_data(s, 5000, 9, 1, 0, user, sizeof(user));

	env_init(&e, 8, 8);
	/* hop-by-hop (8 bytes, PadN), destination options (8 bytes), then SCTP */
	n = tu_ber("3c 00 0104 00000000  84 00 0104 00000000", ext, sizeof(ext));
	n = eth(f, 0x86dd, ip, ipv6(ip, 0, ext, n, s, sn));
	feed(&e, 1, 0, 1, f, n);
	assert_rec(&e, 0, TK_REC_NOT_TCAP, "sctp-ppid-0");
	ck_assert_int_eq(e.r[0].t.ip_version, 6);
	ck_assert_str_eq(e.r[0].t.src_ip, "2001:db8::1");
	ck_assert_uint_eq(e.r[0].t.sport, 5000);

	/* fragmented: fragment header (next header SCTP, offset, M, id) */
	put32(s + 12 + 4, 2);	/* another TSN */
	n = tu_ber("84 00 0001 0000abcd", ext, sizeof(ext));	/* offset 0, M */
	n = eth(f, 0x86dd, ip, ipv6(ip, 44, ext, n, s, 32));
	feed(&e, 2, 0, 1, f, n);
	assert_rec(&e, 1, TK_REC_PENDING, "ipv6-fragment");
	n = tu_ber("84 00 0020 0000abcd", ext, sizeof(ext));	/* offset 32 (4 blocks), last */
	n = eth(f, 0x86dd, ip, ipv6(ip, 44, ext, n, s + 32, sn - 32));
	feed(&e, 3, 0, 1, f, n);
	assert_rec(&e, 2, TK_REC_NOT_TCAP, "sctp-ppid-0");
	ck_assert_uint_eq(e.r[2].t.tsn, 2);
	ck_assert_uint_eq(e.r[2].t.n_reassembled, 2);
	ck_assert_uint_eq(e.r[2].t.reassembled_from[0], 2);
	ck_assert_uint_eq(e.r[2].t.reassembled_from[1], 3);

	/* an atomic fragment (offset 0, no more fragments): decoded at once */
	put32(s + 12 + 4, 3);
	n = tu_ber("84 00 0000 00001111", ext, sizeof(ext));
	n = eth(f, 0x86dd, ip, ipv6(ip, 44, ext, n, s, sn));
	ck_assert_uint_eq(feed(&e, 4, 0, 1, f, n), 1);
	assert_rec(&e, 3, TK_REC_NOT_TCAP, "sctp-ppid-0");
	ck_assert_uint_eq(e.r[3].t.n_reassembled, 0);

	/* an extension header that runs past the packet */
	n = tu_ber("84 09 0104 00000000", ext, sizeof(ext));
	n = eth(f, 0x86dd, ip, ipv6(ip, 0, ext, n, s, 0));
	feed(&e, 5, 0, 1, f, n);
	assert_rec(&e, 4, TK_REC_ERROR, "ipv6");
	env_free(&e);
}
END_TEST

START_TEST(test_itp_packet_log)
{
	struct env e;
	uint8_t tc[512], msu[700], u[2048], ip[2200], f[2300];
	char text[2048];
	size_t tl, n, i, k;

	env_init(&e, 8, 8);
	n = msu_tcap(msu, tc, &tl);
	k = (size_t)snprintf(text, sizeof(text), "<135> March 21 11:49 IKWMC71:03139021,msu=");
	for (i = 0; i < n; i++)
		k += (size_t)snprintf(text + k, sizeof(text) - k, "%02X", msu[i]);
	put16(u, 10000), put16(u + 2, 7890), put16(u + 4, (uint16_t)(8 + k)), put16(u + 6, 0);
	memcpy(u + 8, text, k);
	n = eth(f, 0x0800, ip, ipv4(ip, 17, 1, 0, -1, u, 8 + k));
	feed(&e, 1, 0, 1, f, n);
	assert_rec(&e, 0, TK_REC_TCAP, "tcap");
	ck_assert_str_eq(e.r[0].t.adaptation, "itp-log");
	ck_assert_int_eq(e.r[0].t.has_udp, 1);
	ck_assert_uint_eq(e.r[0].t.sport, 10000);
	ck_assert_uint_eq(e.r[0].t.dport, 7890);
	ck_assert_mem_eq(e.r[0].data, tc, tl);
	/* a UDP length below the header's: the captured length */
	put16(u + 4, 0);
	n = eth(f, 0x0800, ip, ipv4(ip, 17, 4, 0, -1, u, 8 + k));
	feed(&e, 4, 0, 1, f, n);
	assert_rec(&e, 1, TK_REC_TCAP, "tcap");
	ck_assert_mem_eq(e.r[1].data, tc, tl);
	/* an odd number of hex digits, and a line without an MSU */
	memcpy(u + 8, "x msu=831", 9);
	put16(u + 4, 17);
	n = eth(f, 0x0800, ip, ipv4(ip, 17, 2, 0, -1, u, 17));
	feed(&e, 2, 0, 1, f, n);
	assert_rec(&e, 2, TK_REC_ERROR, "itp-log");
	memcpy(u + 8, "<135> hello", 11);
	put16(u + 4, 19);
	n = eth(f, 0x0800, ip, ipv4(ip, 17, 3, 0, -1, u, 19));
	feed(&e, 3, 0, 1, f, n);
	assert_rec(&e, 3, TK_REC_NOT_TCAP, "syslog");
	env_free(&e);
}
END_TEST

/* ---- SCTP ------------------------------------------------------------------------------------ */

static size_t eth_sctp(uint8_t *f, uint16_t port, uint32_t vtag, const uint8_t *chunks, size_t n)
{
	uint8_t s[2048], ip[2200];
	size_t sn = sctp(s, port, port, vtag, chunks, n);

	return eth(f, 0x0800, ip, ipv4(ip, 132, 1, 0, -1, s, sn));
}

START_TEST(test_sctp_fragments)
{
	struct env e;
	uint8_t tc[512], m[1024], ch[1200], f[1400];
	size_t tl, mn, n, a, b;

	env_init(&e, 8, 8);
	mn = m3ua_tcap(m, tc, &tl);
	a = mn / 3, b = 2 * mn / 3;
	/* the end first, then the beginning, then the middle, each in its own frame */
	n = data_chunk(ch, F_E, 102, 3, 3, m + b, mn - b);
	feed(&e, 1, 0, 1, f, eth_sctp(f, 2905, 0xabc, ch, n));
	n = data_chunk(ch, F_B, 100, 3, 3, m, a);
	feed(&e, 2, 0, 1, f, eth_sctp(f, 2905, 0xabc, ch, n));
	/* a fragment of another stream in between: a message of its own, left pending */
	n = data_chunk(ch, F_B, 103, 4, 3, m, a);
	feed(&e, 3, 0, 1, f, eth_sctp(f, 2905, 0xabc, ch, n));
	n = data_chunk(ch, 0, 101, 3, 3, m + a, b - a);
	feed(&e, 4, 0, 1, f, eth_sctp(f, 2905, 0xabc, ch, n));
	ck_assert_uint_eq(e.n, 4);
	assert_rec(&e, 0, TK_REC_PENDING, "sctp-fragment");
	ck_assert_uint_eq(e.r[0].t.tsn, 102);
	assert_rec(&e, 1, TK_REC_PENDING, "sctp-fragment");
	assert_rec(&e, 2, TK_REC_PENDING, "sctp-fragment");
	ck_assert_uint_eq(e.r[2].t.stream, 4);
	assert_rec(&e, 3, TK_REC_TCAP, "tcap");
	ck_assert_mem_eq(e.r[3].data, tc, tl);
	ck_assert_uint_eq(e.r[3].t.tsn, 100);
	ck_assert_uint_eq(e.r[3].t.stream, 3);
	ck_assert_uint_eq(e.r[3].t.ppid, 3);
	ck_assert_uint_eq(e.r[3].t.n_reassembled, 3);
	ck_assert_uint_eq(e.r[3].t.reassembled_from[0], 1);
	ck_assert_uint_eq(e.r[3].t.reassembled_from[1], 2);
	ck_assert_uint_eq(e.r[3].t.reassembled_from[2], 4);

	/* two fragments of one message bundled in one packet */
	{
		size_t k = data_chunk(ch, F_B, 200, 5, 3, m, a);
		k += data_chunk(ch + k, F_E, 201, 5, 3, m + a, mn - a);
		feed(&e, 5, 0, 1, f, eth_sctp(f, 2905, 0xabc, ch, k));
		assert_rec(&e, 4, TK_REC_PENDING, "sctp-fragment");
		assert_rec(&e, 5, TK_REC_TCAP, "tcap");
		ck_assert_mem_eq(e.r[5].data, tc, tl);
		ck_assert_uint_eq(e.r[5].t.n_reassembled, 1);
	}
	env_free(&e);

	/* no reassembly at all */
	env_init(&e, 8, 0);
	n = data_chunk(ch, F_B, 100, 3, 3, m, a);
	feed(&e, 1, 0, 1, f, eth_sctp(f, 2905, 0xabc, ch, n));
	assert_rec(&e, 0, TK_REC_ERROR, "sctp-fragment");
	env_free(&e);
}
END_TEST

/* an I-DATA chunk (RFC 8260): the first fragment has the PPID where the others have the FSN */
static size_t idata_chunk(uint8_t *out, uint8_t flags, uint32_t tsn, uint16_t stream, uint32_t mid,
			  uint32_t ppid_fsn, const uint8_t *d, size_t n)
{
	size_t k = 0;

	out[k++] = 64;
	out[k++] = flags;
	k += put16(out + k, (uint16_t)(20 + n));
	k += put32(out + k, tsn);
	k += put16(out + k, stream);
	k += put16(out + k, 0);
	k += put32(out + k, mid);
	k += put32(out + k, ppid_fsn);
	memcpy(out + k, d, n);
	k += n;
	while (k % 4)
		out[k++] = 0;
	return k;
}

START_TEST(test_sctp_idata_and_bounds)
{
	struct env e;
	uint8_t tc[512], m[1024], ch[1200], f[1400];
	size_t tl, mn, n, a;

	env_init(&e, 8, 1);
	mn = m3ua_tcap(m, tc, &tl);
	a = mn / 2;
	/* I-DATA: message 1 of stream 1 in two pieces whose TSNs are not consecutive (FSN 0, 1) */
	n = idata_chunk(ch, F_B, 50, 1, 1, 3, m, a);
	feed(&e, 1, 0, 1, f, eth_sctp(f, 2905, 0x77, ch, n));
	n = idata_chunk(ch, F_E, 53, 1, 1, 1, m + a, mn - a);
	feed(&e, 2, 0, 1, f, eth_sctp(f, 2905, 0x77, ch, n));
	assert_rec(&e, 0, TK_REC_PENDING, "sctp-fragment");
	assert_rec(&e, 1, TK_REC_TCAP, "tcap");
	ck_assert_mem_eq(e.r[1].data, tc, tl);
	ck_assert_uint_eq(e.r[1].t.ppid, 3);
	ck_assert_uint_eq(e.r[1].t.tsn, 50);
	ck_assert_uint_eq(e.r[1].t.n_reassembled, 2);

	/* one open message (max_sctp_partial 1): stream 2's first piece evicts stream 1's */
	n = data_chunk(ch, F_B, 100, 1, 3, m, a);
	feed(&e, 3, 10, 1, f, eth_sctp(f, 2905, 0x77, ch, n));
	n = data_chunk(ch, F_B, 200, 2, 3, m, a);
	feed(&e, 4, 11, 1, f, eth_sctp(f, 2905, 0x77, ch, n));
	n = data_chunk(ch, F_E, 101, 1, 3, m + a, mn - a);
	feed(&e, 5, 12, 1, f, eth_sctp(f, 2905, 0x77, ch, n));
	assert_rec(&e, 4, TK_REC_PENDING, "sctp-fragment");
	/* the timeout (30 s): stream 1's end is held, its beginning comes too late */
	n = data_chunk(ch, F_B, 100, 1, 3, m, a);
	ch[16] ^= 0xff;	/* other content under the TSN: not a retransmission */
	feed(&e, 6, 100, 1, f, eth_sctp(f, 2905, 0x77, ch, n));
	assert_rec(&e, 5, TK_REC_PENDING, "sctp-fragment");
	env_free(&e);
}
END_TEST

START_TEST(test_sctp_retransmission)
{
	struct env e;
	uint8_t ch[256], f[400];
	static const uint8_t one[] = { 1, 1, 1, 1 }, two[] = { 2, 2, 2, 2 };
	size_t n;

	env_init(&e, 8, 8);
	n = data_chunk(ch, F_B | F_E, 7, 1, 0, one, 4);
	feed(&e, 1, 0, 1, f, eth_sctp(f, 5000, 0x1111, ch, n));
	assert_rec(&e, 0, TK_REC_NOT_TCAP, "sctp-ppid-0");
	feed(&e, 2, 0, 1, f, eth_sctp(f, 5000, 0x1111, ch, n));
	assert_rec(&e, 1, TK_REC_DUPLICATE, "sctp");
	ck_assert_uint_eq(e.r[1].t.tsn, 7);
	/* the same TSN on another association is new */
	feed(&e, 3, 0, 1, f, eth_sctp(f, 5000, 0x2222, ch, n));
	assert_rec(&e, 2, TK_REC_NOT_TCAP, "sctp-ppid-0");
	/* the same TSN with other content is not a retransmission */
	n = data_chunk(ch, F_B | F_E, 7, 1, 0, two, 4);
	feed(&e, 4, 0, 1, f, eth_sctp(f, 5000, 0x1111, ch, n));
	assert_rec(&e, 3, TK_REC_NOT_TCAP, "sctp-ppid-0");
	/* verification tag 0 (text2pcap and the like: every TSN 0): never a duplicate */
	feed(&e, 5, 0, 1, f, eth_sctp(f, 5000, 0, ch, n));
	feed(&e, 6, 0, 1, f, eth_sctp(f, 5000, 0, ch, n));
	assert_rec(&e, 5, TK_REC_NOT_TCAP, "sctp-ppid-0");
	/* a retransmitted fragment is a duplicate too, held once */
	n = data_chunk(ch, F_B, 8, 1, 0, one, 4);
	feed(&e, 7, 0, 1, f, eth_sctp(f, 5000, 0x1111, ch, n));
	feed(&e, 8, 0, 1, f, eth_sctp(f, 5000, 0x1111, ch, n));
	assert_rec(&e, 6, TK_REC_PENDING, "sctp-fragment");
	assert_rec(&e, 7, TK_REC_DUPLICATE, "sctp");
	n = data_chunk(ch, F_E, 9, 1, 0, two, 4);
	feed(&e, 9, 0, 1, f, eth_sctp(f, 5000, 0x1111, ch, n));
	assert_rec(&e, 8, TK_REC_NOT_TCAP, "sctp-ppid-0");
	ck_assert_uint_eq(e.r[8].t.n_reassembled, 2);
	ck_assert_uint_eq(e.r[8].t.reassembled_from[0], 7);
	ck_assert_uint_eq(e.r[8].t.reassembled_from[1], 9);
	env_free(&e);
}
END_TEST

START_TEST(test_sctp_truncated_chunk)
{
	struct env e;
	uint8_t ch[256], f[400];
	static const uint8_t user[] = { 1, 2, 3, 4, 5 };
	size_t n, first;

	env_init(&e, 8, 8);
	first = data_chunk(ch, F_B | F_E, 1, 1, 0, user, 5);
	n = first + data_chunk(ch + first, F_B | F_E, 2, 1, 0, user, 5);
	put16(ch + first + 2, 200);	/* the second chunk claims 200 bytes */
	ck_assert_uint_eq(feed(&e, 1, 0, 1, f, eth_sctp(f, 5000, 3, ch, n)), 2);
	assert_rec(&e, 0, TK_REC_NOT_TCAP, "sctp-ppid-0");
	ck_assert_uint_eq(e.r[0].t.tsn, 1);
	assert_rec(&e, 1, TK_REC_ERROR, "sctp");
	ck_assert_int_eq(e.r[1].err.code, TK_ERR_TRUNCATED);
	ck_assert_uint_eq(e.r[1].err.offset, 12 + first);
	tu_assert_has(e.r[1].err.reason, "runs");
	/* a chunk length below 4, with something after it */
	ch[first + 2] = 0, ch[first + 3] = 2;
	feed(&e, 2, 0, 1, f, eth_sctp(f, 5000, 4, ch, n));
	assert_rec(&e, 3, TK_REC_ERROR, "sctp");
	env_free(&e);
}
END_TEST

/* pcapsctpspliter's captures: zeros after the last chunk (a "chunk" of length 0) */
START_TEST(test_sctp_zero_fill)
{
	struct env e;
	uint8_t ch[256], f[400];
	static const uint8_t user[] = { 1, 2, 3, 4, 5 };
	size_t n;

	env_init(&e, 8, 8);
	n = data_chunk(ch, F_B | F_E, 1, 1, 0, user, 5);
	memset(ch + n, 0, 40);
	ck_assert_uint_eq(feed(&e, 1, 0, 1, f, eth_sctp(f, 5000, 3, ch, n + 40)), 1);
	assert_rec(&e, 0, TK_REC_NOT_TCAP, "sctp-ppid-0");
	/* but not anything that is not zero */
	ch[n + 38] = 1;
	ck_assert_uint_eq(feed(&e, 2, 0, 1, f, eth_sctp(f, 5000, 4, ch, n + 40)), 2);
	assert_rec(&e, 2, TK_REC_ERROR, "sctp");
	env_free(&e);
}
END_TEST

START_TEST(test_sctp_control_chunks)
{
	struct env e;
	uint8_t ch[256], f[400];
	size_t n;

	env_init(&e, 8, 8);
	n = tu_ber("01 00 0014 00000001 00010000 000a 000a 00000001", ch, sizeof(ch));	/* INIT */
	ck_assert_uint_eq(feed(&e, 1, 0, 1, f, eth_sctp(f, 2905, 0, ch, n)), 1);
	assert_rec(&e, 0, TK_REC_NOT_TCAP, "sctp-init");
	ck_assert_int_eq(e.r[0].t.has_sctp, 1);
	ck_assert_uint_eq(e.r[0].t.dport, 2905);
	/* SACK and HEARTBEAT bundled: one record */
	n = tu_ber("03 00 0010 00000005 00010000 00000000  04 00 0008 00010004", ch, sizeof(ch));
	ck_assert_uint_eq(feed(&e, 2, 0, 1, f, eth_sctp(f, 2905, 9, ch, n)), 1);
	assert_rec(&e, 1, TK_REC_NOT_TCAP, "sctp-sack");
	/* a SACK bundled with DATA: the DATA's record only */
	n += data_chunk(ch + n, F_B | F_E, 1, 1, 0, (const uint8_t *)"abcd", 4);
	ck_assert_uint_eq(feed(&e, 3, 0, 1, f, eth_sctp(f, 2906, 9, ch, n)), 1);
	assert_rec(&e, 2, TK_REC_NOT_TCAP, "sctp-ppid-0");
	/* a DATA chunk without user data */
	n = data_chunk(ch, F_B | F_E, 2, 1, 0, f, 0);
	feed(&e, 4, 0, 1, f, eth_sctp(f, 2906, 9, ch, n));
	assert_rec(&e, 3, TK_REC_ERROR, "sctp");
	env_free(&e);
}
END_TEST

START_TEST(test_sctp_ppid_and_ports)
{
	struct env e;
	uint8_t tc[512], m[1024], ch[1200], f[1400];
	size_t tl, mn, n;

	env_init(&e, 8, 8);
	mn = m3ua_tcap(m, tc, &tl);
	/* PPID 0 on M3UA's port */
	n = data_chunk(ch, F_B | F_E, 1, 0, 0, m, mn);
	feed(&e, 1, 0, 1, f, eth_sctp(f, 2905, 5, ch, n));
	assert_rec(&e, 0, TK_REC_TCAP, "tcap");
	ck_assert_str_eq(e.r[0].t.adaptation, "m3ua");
	ck_assert_uint_eq(e.r[0].t.ppid, 0);
	/* PPID 3 written in host byte order (centile_m3ua.cap), on another port */
	n = data_chunk(ch, F_B | F_E, 2, 0, 0x03000000, m, mn);
	feed(&e, 2, 0, 1, f, eth_sctp(f, 6000, 5, ch, n));
	assert_rec(&e, 1, TK_REC_TCAP, "tcap");
	ck_assert_mem_eq(e.r[1].data, tc, tl);
	ck_assert_uint_eq(e.r[1].t.ppid, 0x03000000);
	/* a PPID of something else (Diameter), even on M3UA's port */
	n = data_chunk(ch, F_B | F_E, 3, 0, 46, m, mn);
	feed(&e, 3, 0, 1, f, eth_sctp(f, 2905, 5, ch, n));
	assert_rec(&e, 2, TK_REC_NOT_TCAP, "sctp-ppid-46");
	/* two DATA chunks in one packet: a record each, each with its own TSN and stream */
	n = data_chunk(ch, F_B | F_E, 10, 1, 3, m, mn);
	n += data_chunk(ch + n, F_B | F_E, 11, 2, 3, m, mn);
	ck_assert_uint_eq(feed(&e, 4, 0, 1, f, eth_sctp(f, 2905, 5, ch, n)), 2);
	assert_rec(&e, 3, TK_REC_TCAP, "tcap");
	assert_rec(&e, 4, TK_REC_TCAP, "tcap");
	ck_assert_uint_eq(e.r[3].t.tsn, 10);
	ck_assert_uint_eq(e.r[3].t.stream, 1);
	ck_assert_uint_eq(e.r[4].t.tsn, 11);
	ck_assert_uint_eq(e.r[4].t.stream, 2);
	env_free(&e);
}
END_TEST

Suite *tu_suite_transport(void)
{
	Suite *s = suite_create("transport");
	TCase *link = tcase_create("link");
	TCase *ip = tcase_create("ip");
	TCase *sc = tcase_create("sctp");

	tcase_add_test(link, test_ethernet_ipv4_sctp_m3ua);
	tcase_add_test(link, test_vlan_qinq_mpls);
	tcase_add_test(link, test_link_types);
	tcase_add_test(link, test_not_ip_and_unsupported);
	tcase_add_test(link, test_truncated_link_headers);
	tcase_add_test(link, test_every_truncation);
	tcase_add_test(link, test_mtp_link_types);
	tcase_add_test(ip, test_ip_protocols);
	tcase_add_test(ip, test_ipv4_total_length_lies);
	tcase_add_test(ip, test_ipv4_fragments_out_of_order);
	tcase_add_test(ip, test_ipv4_fragments_bounded);
	tcase_add_test(ip, test_ipv6_extensions_and_fragments);
	tcase_add_test(ip, test_itp_packet_log);
	tcase_add_test(sc, test_sctp_fragments);
	tcase_add_test(sc, test_sctp_idata_and_bounds);
	tcase_add_test(sc, test_sctp_retransmission);
	tcase_add_test(sc, test_sctp_truncated_chunk);
	tcase_add_test(sc, test_sctp_zero_fill);
	tcase_add_test(sc, test_sctp_control_chunks);
	tcase_add_test(sc, test_sctp_ppid_and_ports);
	suite_add_tcase(s, link);
	suite_add_tcase(s, ip);
	suite_add_tcase(s, sc);
	return s;
}
