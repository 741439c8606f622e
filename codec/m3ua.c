/*
 * M3UA (RFC 4666): the common header (version 1, message class, type, length), then
 * parameters as tag-length-value padded to 4 octets.  Transfer DATA (class 1, type 1)
 * carries in its Protocol Data parameter (0x0210) what MTP3 would: OPC, DPC (32-bit
 * fields), SI, NI, MP, SLS and the user part, which goes on by SI as after an MTP3 label.
 * The other messages are reported as not TCAP, named by class:
 *
 *	class 0 MGMT (ERR, NTFY)				"m3ua-mgmt"
 *	class 1 Transfer, other than DATA			"m3ua-transfer"
 *	class 2 SSNM (DUNA, DAVA, DAUD, SCON, DUPU, DRST)	"m3ua-ssnm"
 *	class 3 ASPSM (ASPUP, ASPDN, BEAT and their ACKs)	"m3ua-aspsm"
 *	class 4 ASPTM (ASPAC, ASPIA and their ACKs)		"m3ua-asptm"
 *	class 9 RKM (REG, DEREG)				"m3ua-rkm"
 *	any other class						"m3ua-unknown"
 *
 * The drafts before the RFC (6 and 7) carried the whole MSU, which goes to MTP3.
 *
 * The point codes are kept as sent.  Their format (which says how the SCCP addresses are
 * laid out) is the forced one or voted per association (codec/mtp3.c).
 *
 * Errors: layer TK_LAYER_M3UA (the reason also names it); offsets count from the
 * version octet.
 */
#include <string.h>

#include "trace.h"
#include "sigtran.h"

#define L TK_LAYER_M3UA

#define M3UA_HDR 8
#define M3UA_CLASS_TRANSFER 1
#define M3UA_TYPE_DATA 1
#define M3UA_TAG_PROTOCOL_DATA 0x0210
/* the drafts before RFC 4666 carried the whole MSU (SIO, routing label, SIF): Protocol
 * Data 1 and 2 (2 with a leading priority octet) were tags 2 and 3 in draft 6, 0x81 and
 * 0x82 in draft 7; none of these tags is used by the RFC */
#define M3UA_TAG_V6_DATA1 0x0002
#define M3UA_TAG_V6_DATA2 0x0003
#define M3UA_TAG_V7_DATA1 0x0081
#define M3UA_TAG_V7_DATA2 0x0082



static const char *class_layer(unsigned cls)
{
	switch (cls) {
	case 0: return "m3ua-mgmt";
	case 1: return "m3ua-transfer";
	case 2: return "m3ua-ssnm";
	case 3: return "m3ua-aspsm";
	case 4: return "m3ua-asptm";
	case 9: return "m3ua-rkm";
	default: return "m3ua-unknown";
	}
}

static void error(struct tk_transport *t, struct tk_record_sink *sink, const struct tk_error *e)
{
	sink->other(sink->arg, TK_REC_ERROR, t, "m3ua", e);
}


static void data_msg(struct tk_sccp_state *sccp, const struct tk_trace_limits *lim, struct tk_transport *t,
		     const uint8_t *p, size_t n, struct tk_record_sink *sink)
{
	size_t pos = M3UA_HDR, voff = 0, vlen = 0;
	unsigned tag;
	int r, found = 0;
	struct tk_error e;
	const uint8_t *v, *user;
	size_t user_len;
	const uint8_t *cand[3] = { NULL, NULL, NULL };
	size_t cand_len[3] = { 0, 0, 0 };
	/* the largest point code each format has: ITU 14, ANSI 24, Japan 16 bits */
	static const uint32_t pc_max[3] = { 0x3fff, 0xffffff, 0xffff };
	unsigned f;
	int detected;

	while ((r = tk_sigtran_next_param(p, n, 0, &pos, &tag, &voff, &vlen, L, "m3ua", &e)) > 0) {
		if (tag == M3UA_TAG_PROTOCOL_DATA) {
			found = 1;
			break;
		}
		if (tag == M3UA_TAG_V6_DATA1 || tag == M3UA_TAG_V7_DATA1) {
			tk_mtp3_msu(sccp, lim, t, p + voff, vlen, sink);
			return;
		}
		if ((tag == M3UA_TAG_V6_DATA2 || tag == M3UA_TAG_V7_DATA2) && vlen >= 1) {
			tk_mtp3_msu(sccp, lim, t, p + voff + 1, vlen - 1, sink);
			return;
		}
	}
	if (r < 0) {
		error(t, sink, &e);
		return;
	}
	if (!found) {
		tk_error_set(&e, TK_ERR_MISSING, L, M3UA_HDR, "m3ua: DATA without Protocol Data parameter");
		error(t, sink, &e);
		return;
	}
	if (vlen < 12) {
		tk_error_set(&e, TK_ERR_TRUNCATED, L, voff - 4, "m3ua: Protocol Data of %zu octets, 12 needed", vlen);
		error(t, sink, &e);
		return;
	}
	v = p + voff;
	t->opc = tk_be32(v);
	t->dpc = tk_be32(v + 4);
	t->si = v[8];
	t->ni = v[9];
	/* v[10] is the message priority (MP) */
	t->sls = v[11];
	user = v + 12;
	user_len = vlen - 12;
	if (t->si == 3)
		for (f = 0; f < 3; f++)
			if (t->opc <= pc_max[f] && t->dpc <= pc_max[f]) {
				cand[f] = user;
				cand_len[f] = user_len;
			}
	/* without votes: the point codes' size says what they cannot be */
	t->pc_format = tk_pc_format_choose(sccp, lim, t, cand, cand_len,
					   t->opc <= pc_max[TK_PC_ITU] && t->dpc <= pc_max[TK_PC_ITU] ? TK_PC_ITU
												: TK_PC_ANSI,
					   &detected);
	t->pc_format_detected = detected;
	t->has_mtp3 = 1;
	tk_mtp3_user(sccp, lim, t, user, user_len, sink);
}

void tk_m3ua_msg(struct tk_sccp_state *sccp, const struct tk_trace_limits *lim, struct tk_transport *t,
		 const uint8_t *p, size_t n, struct tk_record_sink *sink)
{
	struct tk_error e;
	size_t len;

	t->adaptation = "m3ua";
	/* this message's fields only (one SCTP packet may carry several) */
	t->has_mtp3 = 0;
	t->has_sccp = 0;
	memset(&t->called, 0, sizeof(t->called));
	memset(&t->calling, 0, sizeof(t->calling));
	if (n < M3UA_HDR) {
		tk_error_set(&e, TK_ERR_TRUNCATED, L, 0, "m3ua: %zu octets, the common header has 8", n);
		error(t, sink, &e);
		return;
	}
	if (p[0] != 1) {
		tk_error_set(&e, TK_ERR_UNEXPECTED_TAG, L, 0, "m3ua: version %u (1 expected)", p[0]);
		error(t, sink, &e);
		return;
	}
	len = tk_be32(p + 4);
	if (len < M3UA_HDR) {
		tk_error_set(&e, TK_ERR_BER, L, 4, "m3ua: message length %zu, less than its header", len);
		error(t, sink, &e);
		return;
	}
	/* a length beyond the octets present is taken as the octets present (captures with
	 * wrong length fields exist, e.g. the wiki's 3G-2G-HO.pcap); the parameters are
	 * bounds-checked one by one, so a message really cut short is reported there.
	 * Octets after the length (none in SCTP user messages) are ignored. */
	if (len > n)
		len = n;
	if (p[2] == M3UA_CLASS_TRANSFER && p[3] == M3UA_TYPE_DATA) {
		data_msg(sccp, lim, t, p, len, sink);
		return;
	}
	sink->other(sink->arg, TK_REC_NOT_TCAP, t, class_layer(p[2]), NULL);
}
