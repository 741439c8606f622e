/*
 * MTP2 signal units (ITU-T Q.703 clause 2.2), as the MTP2 link types capture them
 * (DLT 140; DLT 139 after its pseudo-header): octet 1 BSN + BIB, octet 2 FSN + FIB,
 * octet 3 length indicator (6 bits, 2 spare), then the SIO and SIF of an MSU or the status
 * field of an LSSU.  The LI says which unit it is: 0 FISU, 1-2 LSSU, 3 and more MSU (it
 * saturates at 63 for longer MSUs).
 *
 * Whether the two FCS octets were captured depends on the capturing card (DLT 140
 * captures usually have none).  They are recognized by length: an LI below 63 that is
 * exactly two short of the octets after the header means a trailing FCS, which is dropped.
 * Any other mismatch (an LI that is simply wrong, as in the wiki's idp.pcap) is
 * tolerated: the octets after the header decide the kind of unit.  The 12-bit sequence
 * numbers of Q.703 Annex A (high speed links) are not supported.
 *
 * Errors: layer TK_LAYER_MTP2 (the reason also names it); offsets count from the BSN.
 */
#include <string.h>

#include "trace.h"

#define L TK_LAYER_MTP2

#define MTP2_HDR 3
#define MTP2_LI_MAX 63

void tk_mtp2_frame(struct tk_sccp_state *sccp, const struct tk_trace_limits *lim, struct tk_transport *t,
		   const uint8_t *p, size_t n, struct tk_record_sink *sink)
{
	size_t li, payload;

	if (!t->adaptation)
		t->adaptation = "mtp2";
	t->has_mtp3 = 0;
	t->has_sccp = 0;
	memset(&t->called, 0, sizeof(t->called));
	memset(&t->calling, 0, sizeof(t->calling));
	if (n < MTP2_HDR) {
		struct tk_error e;
		tk_error_set(&e, TK_ERR_TRUNCATED, L, 0, "mtp2: signal unit of %zu octets, the header has 3", n);
		sink->other(sink->arg, TK_REC_ERROR, t, "mtp2", &e);
		return;
	}
	li = p[2] & 0x3f;
	payload = n - MTP2_HDR;
	if (li < MTP2_LI_MAX && payload == li + 2)
		payload = li;	/* the FCS was captured */
	if (payload == 0) {
		sink->other(sink->arg, TK_REC_NOT_TCAP, t, "mtp2-fisu", NULL);
		return;
	}
	if (payload <= 2) {
		sink->other(sink->arg, TK_REC_NOT_TCAP, t, "mtp2-lssu", NULL);
		return;
	}
	tk_mtp3_msu(sccp, lim, t, p + MTP2_HDR, payload, sink);
}
