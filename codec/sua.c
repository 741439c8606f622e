/*
 * SUA (RFC 3868): the SIGTRAN common header and tag-length-value parameters (padded to 4
 * octets).  Connectionless messages (class 7) carry what an SCCP UDT/UDTS would, without
 * an SCCP header:
 *
 *	CLDT (type 1): protocol class (0x0115), source address (0x0102, the calling party),
 *	destination address (0x0103, the called party), optional segmentation (0x0117) and the
 *	data (0x010B), which goes on like SCCP user data (TCAP recognized by content);
 *	segments are reassembled like SCCP XUDT segments, keyed by the source address and the
 *	segmentation reference.
 *	CLDR (type 2): a returned CLDT; its SCCP cause (0x0106) is reported ("sua-cldr").
 *
 * For the transport, CLDT and CLDR count as the SCCP types UDT (9) and UDTS (10) with
 * the names "CLDT" and "CLDR".  An address is a routing indicator, an address indicator
 * and sub-parameters: global title (0x8001: GTI, number of digits, TT, NP, NAI, BCD
 * digits), point code (0x8002, 32 bits), SSN (0x8003); IP addresses and host names are
 * skipped.  Connection-oriented messages (class 8) are "sua-co"; management (MGMT,
 * SSNM, ASPSM, ASPTM, RKM) and any other class "sua-mgmt".
 *
 * Errors: layer TK_LAYER_SUA (the reason also names it); offsets count from the version
 * octet.
 */
#include <string.h>

#include <osmocom/core/utils.h>

#include "trace.h"
#include "sigtran.h"

#define L TK_LAYER_SUA

#define SUA_HDR 8
#define SUA_CLASS_CL 7
#define SUA_CLASS_CO 8
#define SUA_CLDT 1
#define SUA_CLDR 2

#define SUA_TAG_CAUSE 0x0106
#define SUA_TAG_SRC_ADDR 0x0102
#define SUA_TAG_DST_ADDR 0x0103
#define SUA_TAG_DATA 0x010b
#define SUA_TAG_PROTO_CLASS 0x0115
#define SUA_TAG_SEGMENTATION 0x0117
#define SUA_TAG_GT 0x8001
#define SUA_TAG_PC 0x8002
#define SUA_TAG_SSN 0x8003

#define SUA_RI_SSN_PC 2
#define SUA_RI_SSN_IP 4



static void error(struct tk_transport *t, struct tk_record_sink *sink, const struct tk_error *e)
{
	sink->other(sink->arg, TK_REC_ERROR, t, "sua", e);
}


/* a global title sub-parameter (RFC 3868 3.10.2.3) */
static int gt_decode(const uint8_t *v, size_t len, size_t off, struct tk_sccp_addr *a, struct tk_error *e)
{
	size_t nd, need;

	if (len < 8) {
		tk_error_set(e, TK_ERR_TRUNCATED, L, off, "sua: global title of %zu octets, 8 before the digits", len);
		return -1;
	}
	a->gti = v[3] & 0x0f;
	nd = v[4];
	need = (nd + 1) / 2;
	if (8 + need > len) {
		tk_error_set(e, TK_ERR_TRUNCATED, L, off, "sua: global title says %zu digits, has room for %zu", nd,
			     2 * (len - 8));
		return -1;
	}
	/* the fields are always there; which of them mean something follows the GTI as in
	 * Q.713 (1: NAI, 2: TT, 3: TT NP, 4: TT NP NAI) */
	a->tt = v[5];
	a->np = v[6];
	a->nai = v[7];
	a->has_tt = a->gti != 1;
	a->has_np = a->gti != 1 && a->gti != 2;
	a->has_nai = a->gti == 1 || a->gti >= 4 || a->gti == 0;
	if (nd > sizeof(a->digits) - 1)
		nd = sizeof(a->digits) - 1;	/* longer than any numbering plan allows: cut */
	a->digits[0] = '\0';
	if (nd)
		osmo_bcd2str(a->digits, sizeof(a->digits), v + 8, 0, (int)nd, true);
	return 0;
}

/* a source or destination address parameter (RFC 3868 3.10.2) */
static int addr_decode(const uint8_t *p, size_t off, size_t len, struct tk_sccp_addr *a, struct tk_error *e)
{
	const uint8_t *v = p + off;
	size_t pos = 4, voff = 0, vlen = 0;
	unsigned tag, ri;
	int r;

	memset(a, 0, sizeof(*a));
	if (len < 4) {
		tk_error_set(e, TK_ERR_TRUNCATED, L, off, "sua: address of %zu octets", len);
		return -1;
	}
	a->present = 1;
	ri = tk_be16(v);
	a->routing_on_ssn = ri == SUA_RI_SSN_PC || ri == SUA_RI_SSN_IP;
	/* the address indicator (v[2..3]) says which sub-parameters to use for routing; all
	 * that are present are reported */
	while ((r = tk_sigtran_next_param(v, len, off, &pos, &tag, &voff, &vlen, L, "sua", e)) > 0) {
		switch (tag) {
		case SUA_TAG_GT:
			if (gt_decode(v + voff, vlen, off + voff, a, e) < 0)
				return -1;
			break;
		case SUA_TAG_PC:
			if (vlen < 4) {
				tk_error_set(e, TK_ERR_TRUNCATED, L, off + voff, "sua: point code of %zu octets", vlen);
				return -1;
			}
			a->has_pc = 1;
			a->pc = tk_be32(v + voff);
			break;
		case SUA_TAG_SSN:
			if (vlen < 4) {
				tk_error_set(e, TK_ERR_TRUNCATED, L, off + voff, "sua: SSN of %zu octets", vlen);
				return -1;
			}
			a->has_ssn = 1;
			a->ssn = v[voff + 3];
			break;
		default:
			break;	/* IPv4, IPv6, host name */
		}
	}
	return r < 0 ? -1 : 0;
}

struct span {
	int present;
	size_t off, len;
};

static void cl_msg(struct tk_sccp_state *sccp, const struct tk_trace_limits *lim, struct tk_transport *t,
		   const uint8_t *p, size_t n, struct tk_record_sink *sink)
{
	struct span src = { 0, 0, 0 }, dst = { 0, 0, 0 }, data = { 0, 0, 0 }, seg = { 0, 0, 0 },
		    cause = { 0, 0, 0 };
	size_t pos = SUA_HDR, voff = 0, vlen = 0;
	unsigned tag;
	int r, cldr = p[3] == SUA_CLDR;
	struct tk_error e;

	while ((r = tk_sigtran_next_param(p, n, 0, &pos, &tag, &voff, &vlen, L, "sua", &e)) > 0) {
		struct span *s = NULL;
		switch (tag) {
		case SUA_TAG_SRC_ADDR: s = &src; break;
		case SUA_TAG_DST_ADDR: s = &dst; break;
		case SUA_TAG_DATA: s = &data; break;
		case SUA_TAG_SEGMENTATION: s = &seg; break;
		case SUA_TAG_CAUSE: s = &cause; break;
		case SUA_TAG_PROTO_CLASS:
			if (vlen >= 4)
				t->protocol_class = p[voff + 3] & 0x03;
			break;
		default: break;
		}
		if (s) {
			s->present = 1;
			s->off = voff;
			s->len = vlen;
		}
	}
	t->has_sccp = 1;
	t->sccp_type = cldr ? 0x0a : 0x09;
	t->sccp_type_name = cldr ? "CLDR" : "CLDT";
	if (r < 0) {
		error(t, sink, &e);
		return;
	}
	if (dst.present && addr_decode(p, dst.off, dst.len, &t->called, &e) < 0) {
		error(t, sink, &e);
		return;
	}
	if (src.present && addr_decode(p, src.off, src.len, &t->calling, &e) < 0) {
		error(t, sink, &e);
		return;
	}
	if (cldr) {
		if (cause.present && cause.len >= 4) {
			/* cause type 1 (return cause) then the Q.713 value */
			unsigned type = p[cause.off + 2], value = p[cause.off + 3];
			tk_error_set(&e, TK_OK, L, cause.off, "sua: CLDR cause type %u value %u: %s", type, value,
				     type == 1 ? tk_sccp_return_cause_name(value) : "not a return cause");
			sink->other(sink->arg, TK_REC_NOT_TCAP, t, "sua-cldr", &e);
		} else {
			sink->other(sink->arg, TK_REC_NOT_TCAP, t, "sua-cldr", NULL);
		}
		return;
	}
	if (!data.present) {
		tk_error_set(&e, TK_ERR_MISSING, L, SUA_HDR, "sua: CLDT without data parameter");
		error(t, sink, &e);
		return;
	}
	if (seg.present) {
		uint8_t key[3 + 1024];
		size_t k = 0, alen;
		const uint8_t *sv = p + seg.off;

		if (seg.len < 4) {
			tk_error_set(&e, TK_ERR_TRUNCATED, L, seg.off, "sua: segmentation of %zu octets", seg.len);
			error(t, sink, &e);
			return;
		}
		/* segmentation reference, then the source address as sent */
		memcpy(key, sv + 1, 3);
		k = 3;
		alen = src.present ? src.len : 0;
		if (alen > sizeof(key) - k)
			alen = sizeof(key) - k;
		if (alen)
			memcpy(key + k, p + src.off, alen);
		k += alen;
		/* first/remaining: bit 8 first segment, bits 7-1 remaining segments */
		tk_sccp_segment(sccp, lim, t, "sua", key, k, sv[0] >> 7, sv[0] & 0x7f, p + data.off, data.len, sink);
		return;
	}
	tk_sccp_user_data(t, p + data.off, data.len, sink);
}

void tk_sua_msg(struct tk_sccp_state *sccp, const struct tk_trace_limits *lim, struct tk_transport *t,
		const uint8_t *p, size_t n, struct tk_record_sink *sink)
{
	struct tk_error e;
	size_t len;

	t->adaptation = "sua";
	/* this message's fields only (one SCTP packet may carry several) */
	t->has_mtp3 = 0;
	t->has_sccp = 0;
	t->protocol_class = 0;
	memset(&t->called, 0, sizeof(t->called));
	memset(&t->calling, 0, sizeof(t->calling));
	if (n < SUA_HDR) {
		tk_error_set(&e, TK_ERR_TRUNCATED, L, 0, "sua: %zu octets, the common header has 8", n);
		error(t, sink, &e);
		return;
	}
	if (p[0] != 1) {
		tk_error_set(&e, TK_ERR_UNEXPECTED_TAG, L, 0, "sua: version %u (1 expected)", p[0]);
		error(t, sink, &e);
		return;
	}
	len = tk_be32(p + 4);
	if (len < SUA_HDR) {
		tk_error_set(&e, TK_ERR_BER, L, 4, "sua: message length %zu, less than its header", len);
		error(t, sink, &e);
		return;
	}
	/* a length beyond the octets present is taken as the octets present (captures with
	 * wrong length fields exist, e.g. the wiki's 3G-2G-HO.pcap); the parameters are
	 * bounds-checked one by one, so a message really cut short is reported there.
	 * Octets after the length (none in SCTP user messages) are ignored. */
	if (len > n)
		len = n;
	if (p[2] == SUA_CLASS_CL && (p[3] == SUA_CLDT || p[3] == SUA_CLDR)) {
		cl_msg(sccp, lim, t, p, len, sink);
		return;
	}
	sink->other(sink->arg, TK_REC_NOT_TCAP, t, p[2] == SUA_CLASS_CO ? "sua-co" : "sua-mgmt", NULL);
}
