/*
 * M2UA (RFC 3331): the SIGTRAN common header (version 1, class, type, length) and
 * tag-length-value parameters padded to 4 octets.  MAUP DATA (class 6, type 1) carries an
 * MTP3 MSU (SIO, routing label, SIF) in Protocol Data 1 (0x0300), or in Protocol Data 2
 * (0x0301, the TTC format) after one octet of message priority; it goes to MTP3.  The
 * other messages are reported as not TCAP, named by class:
 *
 *	class 0 MGMT (ERR, NTFY)				"m2ua-mgmt"
 *	class 3 ASPSM						"m2ua-aspsm"
 *	class 4 ASPTM						"m2ua-asptm"
 *	class 6 MAUP other than DATA (establish, release, state, retrieval, congestion,
 *		data acknowledge)				"m2ua-maup"
 *	class 10 IIM (interface identifier management)		"m2ua-iim"
 *	any other class						"m2ua-unknown"
 *
 * Errors: layer TK_LAYER_M2UA (the reason also names it); offsets count from the
 * version octet.
 */
#include <string.h>

#include "trace.h"
#include "sigtran.h"

#define L TK_LAYER_M2UA

#define M2UA_HDR 8
#define M2UA_CLASS_MAUP 6
#define M2UA_TYPE_DATA 1
#define M2UA_TAG_DATA1 0x0300
#define M2UA_TAG_DATA2 0x0301



static const char *class_layer(unsigned cls)
{
	switch (cls) {
	case 0: return "m2ua-mgmt";
	case 3: return "m2ua-aspsm";
	case 4: return "m2ua-asptm";
	case 6: return "m2ua-maup";
	case 10: return "m2ua-iim";
	default: return "m2ua-unknown";
	}
}

static void error(struct tk_transport *t, struct tk_record_sink *sink, const struct tk_error *e)
{
	sink->other(sink->arg, TK_REC_ERROR, t, "m2ua", e);
}


void tk_m2ua_msg(struct tk_sccp_state *sccp, const struct tk_trace_limits *lim, struct tk_transport *t,
		 const uint8_t *p, size_t n, struct tk_record_sink *sink)
{
	struct tk_error e;
	size_t len, pos = M2UA_HDR, voff = 0, vlen = 0;
	unsigned tag;
	int r;

	t->adaptation = "m2ua";
	/* this message's fields only (one SCTP packet may carry several) */
	t->has_mtp3 = 0;
	t->has_sccp = 0;
	memset(&t->called, 0, sizeof(t->called));
	memset(&t->calling, 0, sizeof(t->calling));
	if (n < M2UA_HDR) {
		tk_error_set(&e, TK_ERR_TRUNCATED, L, 0, "m2ua: %zu octets, the common header has 8", n);
		error(t, sink, &e);
		return;
	}
	if (p[0] != 1) {
		tk_error_set(&e, TK_ERR_UNEXPECTED_TAG, L, 0, "m2ua: version %u (1 expected)", p[0]);
		error(t, sink, &e);
		return;
	}
	len = tk_be32(p + 4);
	if (len < M2UA_HDR) {
		tk_error_set(&e, TK_ERR_BER, L, 4, "m2ua: message length %zu, less than its header", len);
		error(t, sink, &e);
		return;
	}
	/* a length beyond the octets present is taken as the octets present (captures with
	 * wrong length fields exist, e.g. the wiki's 3G-2G-HO.pcap); the parameters are
	 * bounds-checked one by one, so a message really cut short is reported there.
	 * Octets after the length (none in SCTP user messages) are ignored. */
	if (len > n)
		len = n;
	if (p[2] != M2UA_CLASS_MAUP || p[3] != M2UA_TYPE_DATA) {
		sink->other(sink->arg, TK_REC_NOT_TCAP, t, class_layer(p[2]), NULL);
		return;
	}
	/* DATA: the interface identifier and correlation ID are not needed; the first
	 * protocol data parameter is the MSU */
	while ((r = tk_sigtran_next_param(p, len, 0, &pos, &tag, &voff, &vlen, L, "m2ua", &e)) > 0) {
		if (tag == M2UA_TAG_DATA1) {
			tk_mtp3_msu(sccp, lim, t, p + voff, vlen, sink);
			return;
		}
		if (tag == M2UA_TAG_DATA2) {
			if (vlen < 1) {
				tk_error_set(&e, TK_ERR_TRUNCATED, L, voff - 4,
					     "m2ua: Protocol Data 2 without its priority octet");
				error(t, sink, &e);
				return;
			}
			tk_mtp3_msu(sccp, lim, t, p + voff + 1, vlen - 1, sink);
			return;
		}
	}
	if (r == 0)
		tk_error_set(&e, TK_ERR_MISSING, L, M2UA_HDR, "m2ua: DATA without Protocol Data parameter");
	error(t, sink, &e);
}
