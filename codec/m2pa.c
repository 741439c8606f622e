/*
 * M2PA (RFC 4165): the common header (version 1, spare, class 11, type, length), then
 * the M2PA header (BSN and FSN, 24 bits each after a spare octet).  User Data (type 1)
 * carries one MTP3 MSU after a priority octet (the position of MTP2's LI: priority in
 * bits 8-7, spare bits, whose value is ignored); a User Data message with no data only
 * acknowledges and is reported "m2pa-ack".  Link Status (type 2) is "m2pa-link-status",
 * any other type "m2pa-unknown".
 *
 * Several MSUs in one frame (the wiki's SRI_Invalid_MSISDN11.pcap) are several SCTP DATA
 * chunks, each an M2PA message of its own: SCTP calls this once per chunk.
 *
 * Errors: layer TK_LAYER_M2PA (the reason also names it); offsets count from the
 * version octet.
 */
#include <string.h>

#include "trace.h"
#include "bytes.h"

#define L TK_LAYER_M2PA

#define M2PA_HDR 8		/* common header */
#define M2PA_SEQ 8		/* BSN, FSN */
#define M2PA_CLASS 11
#define M2PA_USER_DATA 1
#define M2PA_LINK_STATUS 2


static void error(struct tk_transport *t, struct tk_record_sink *sink, const struct tk_error *e)
{
	sink->other(sink->arg, TK_REC_ERROR, t, "m2pa", e);
}

void tk_m2pa_msg(struct tk_sccp_state *sccp, const struct tk_trace_limits *lim, struct tk_transport *t,
		 const uint8_t *p, size_t n, struct tk_record_sink *sink)
{
	struct tk_error e;
	size_t len;

	t->adaptation = "m2pa";
	/* this message's fields only (one SCTP packet may carry several) */
	t->has_mtp3 = 0;
	t->has_sccp = 0;
	memset(&t->called, 0, sizeof(t->called));
	memset(&t->calling, 0, sizeof(t->calling));
	if (n < M2PA_HDR) {
		tk_error_set(&e, TK_ERR_TRUNCATED, L, 0, "m2pa: %zu octets, the common header has 8", n);
		error(t, sink, &e);
		return;
	}
	if (p[0] != 1) {
		tk_error_set(&e, TK_ERR_UNEXPECTED_TAG, L, 0, "m2pa: version %u (1 expected)", p[0]);
		error(t, sink, &e);
		return;
	}
	if (p[2] != M2PA_CLASS) {
		tk_error_set(&e, TK_ERR_UNEXPECTED_TAG, L, 2, "m2pa: message class %u (11 expected)", p[2]);
		error(t, sink, &e);
		return;
	}
	len = tk_be32(p + 4);
	if (len < M2PA_HDR) {
		tk_error_set(&e, TK_ERR_BER, L, 4, "m2pa: message length %zu, less than its header", len);
		error(t, sink, &e);
		return;
	}
	/* a length beyond the octets present is taken as the octets present (captures with
	 * wrong length fields exist, e.g. the wiki's 3G-2G-HO.pcap); the parameters are
	 * bounds-checked one by one, so a message really cut short is reported there.
	 * Octets after the length (none in SCTP user messages) are ignored. */
	if (len > n)
		len = n;
	if (p[3] == M2PA_LINK_STATUS) {
		sink->other(sink->arg, TK_REC_NOT_TCAP, t, "m2pa-link-status", NULL);
		return;
	}
	if (p[3] != M2PA_USER_DATA) {
		sink->other(sink->arg, TK_REC_NOT_TCAP, t, "m2pa-unknown", NULL);
		return;
	}
	if (len < M2PA_HDR + M2PA_SEQ) {
		tk_error_set(&e, TK_ERR_TRUNCATED, L, M2PA_HDR, "m2pa: User Data of %zu octets without BSN and FSN",
			     len);
		error(t, sink, &e);
		return;
	}
	if (len == M2PA_HDR + M2PA_SEQ) {
		sink->other(sink->arg, TK_REC_NOT_TCAP, t, "m2pa-ack", NULL);
		return;
	}
	/* priority octet, then the MSU from its SIO */
	tk_mtp3_msu(sccp, lim, t, p + M2PA_HDR + M2PA_SEQ + 1, len - M2PA_HDR - M2PA_SEQ - 1, sink);
}
