/*
 * MTP3 message signal units (ITU-T Q.704 clause 2, ANSI T1.111.4, Japan TTC JT-Q.704):
 * the service information octet (SIO: service indicator bits 4-1, network indicator bits
 * 8-7, spare/priority bits 6-5) and the routing label, whose size depends on the network:
 *
 *	ITU	4 octets: DPC 14 bits, OPC 14 bits, SLS 4 bits (packed from the first octet's
 *		least significant bit)
 *	ANSI	7 octets: DPC 24 bits, OPC 24 bits (member, cluster, network), SLS octet
 *		(5 or 8 bits used; kept whole)
 *	Japan	5 octets: DPC 16 bits, OPC 16 bits, SLS 4 bits + 4 spare bits
 *
 * The capture does not say which.  lim->pc_format forces one; otherwise (-1) the format
 * is chosen per signalling link by the heuristic below and the choice is marked
 * (t->pc_format_detected).
 *
 * Point code format heuristic (README):
 *	For every MSU with SI 3 (SCCP), the SCCP message that each format's label size would
 *	leave is scored: 0 if it does not parse (unknown message type, a pointer or length
 *	beyond the message, addresses inconsistent with their indicators), 1 if it parses,
 *	2 if it also carries TCAP (a TCAP tag whose BER length covers the data) or SCCP
 *	management.  Each link (link type + IP/port pair) accumulates votes (1 per score 1,
 *	4 per score 2) and uses the format with the most (ITU, then ANSI, then Japan on a tie);
 *	MSUs of other users use the link's current choice; a link without votes is ITU.
 *	M3UA carries point codes in 32-bit fields: only the SCCP address layout is voted on,
 *	among the formats whose point code size holds the OPC and DPC; without votes, ITU if
 *	both fit in 14 bits, else ANSI.
 *
 * Errors: layer TK_LAYER_MTP3 (the reason also names it); offsets count from the SIO.
 */
#include <stdio.h>
#include <string.h>

#include "trace.h"

#define L TK_LAYER_MTP3

#define SI_SCCP 3

/* routing label octets by enum tk_pc_format */
static const size_t label_len[3] = { 4, 7, 5 };

/* last_layer of the MTP3 users tcapkit does not decode (Q.704 14.2.1) */
static const char *const si_layer[16] = {
	"mtp3-mgmt", "mtp3-test", "mtp3-test", "sccp", "mtp3-si-4", "isup", "mtp3-si-6", "mtp3-si-7",
	"mtp3-si-8", "mtp3-si-9", "mtp3-si-10", "mtp3-si-11", "mtp3-si-12", "bicc", "mtp3-si-14", "mtp3-si-15",
};

/* FNV-1a, 32 bits */
static uint32_t fnv(uint32_t h, const void *data, size_t n)
{
	const uint8_t *p = data;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= p[i];
		h *= 16777619u;
	}
	return h;
}

/* a signalling link: the link type, the adaptation layer and the two IP/port ends in an
 * order that does not depend on the direction */
static uint32_t link_key(const struct tk_transport *t)
{
	char a[64], b[64];
	uint32_t h = 2166136261u;
	int dlt = t->dlt;

	h = fnv(h, &dlt, sizeof(dlt));
	if (t->adaptation)
		h = fnv(h, t->adaptation, strlen(t->adaptation));
	if (t->ip_version) {
		snprintf(a, sizeof(a), "%s/%u", t->src_ip, t->sport);
		snprintf(b, sizeof(b), "%s/%u", t->dst_ip, t->dport);
		if (strcmp(a, b) > 0) {
			h = fnv(h, b, strlen(b) + 1);
			h = fnv(h, a, strlen(a) + 1);
		} else {
			h = fnv(h, a, strlen(a) + 1);
			h = fnv(h, b, strlen(b) + 1);
		}
	}
	return h;
}

/*
 * The point code format for a message of this link: forced by lim->pc_format, else
 * voted (see the heuristic above) on the candidates: sccp[f] is the SCCP message format
 * f would leave (NULL: f is not possible, or the message is not SCCP).  fallback is the
 * format while the link has no votes.
 */
enum tk_pc_format tk_pc_format_choose(struct tk_sccp_state *s, const struct tk_trace_limits *lim,
				      const struct tk_transport *t, const uint8_t *const sccp[3],
				      const size_t sccp_len[3], enum tk_pc_format fallback, int *detected)
{
	int score[3] = { 0, 0, 0 }, any = 0, voted;
	unsigned f;

	if (lim && lim->pc_format >= TK_PC_ITU && lim->pc_format <= TK_PC_JAPAN) {
		*detected = 0;
		return (enum tk_pc_format)lim->pc_format;
	}
	*detected = 1;
	for (f = 0; f < 3; f++) {
		if (!sccp || !sccp[f])
			continue;
		any = 1;
		switch (tk_sccp_probe((enum tk_pc_format)f, sccp[f], sccp_len[f])) {
		case 2: score[f] = 4; break;
		case 1: score[f] = 1; break;
		default: break;
		}
	}
	voted = tk_sccp_link_format(s, link_key(t), any ? score : NULL);
	return voted < 0 ? fallback : (enum tk_pc_format)voted;
}

static uint32_t le16(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

static uint32_t le24(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16;
}

/* the user part of an MSU (or of M3UA DATA): SCCP goes on, the others are named */
void tk_mtp3_user(struct tk_sccp_state *sccp, const struct tk_trace_limits *lim, struct tk_transport *t,
		  const uint8_t *p, size_t n, struct tk_record_sink *sink)
{
	if (t->si == SI_SCCP) {
		tk_sccp_msg(sccp, lim, t, p, n, sink);
		return;
	}
	/* M3UA carries the SI in a whole octet: values above 15 are not MTP3's */
	sink->other(sink->arg, TK_REC_NOT_TCAP, t, t->si < 16 ? si_layer[t->si] : "mtp3-si-invalid", NULL);
}

void tk_mtp3_msu(struct tk_sccp_state *sccp, const struct tk_trace_limits *lim, struct tk_transport *t,
		 const uint8_t *p, size_t n, struct tk_record_sink *sink)
{
	const uint8_t *cand[3] = { NULL, NULL, NULL };
	size_t cand_len[3] = { 0, 0, 0 };
	enum tk_pc_format f;
	int detected;
	unsigned i;
	const uint8_t *l;

	if (!t->adaptation)
		t->adaptation = "mtp3";
	/* this MSU's fields only (a frame may carry several user messages) */
	t->has_mtp3 = 0;
	t->has_sccp = 0;
	memset(&t->called, 0, sizeof(t->called));
	memset(&t->calling, 0, sizeof(t->calling));
	if (n < 1) {
		struct tk_error e;
		tk_error_set(&e, TK_ERR_TRUNCATED, L, 0, "mtp3: empty message signal unit");
		sink->other(sink->arg, TK_REC_ERROR, t, "mtp3", &e);
		return;
	}
	if ((p[0] & 0x0f) == SI_SCCP)
		for (i = 0; i < 3; i++)
			if (n >= 1 + label_len[i]) {
				cand[i] = p + 1 + label_len[i];
				cand_len[i] = n - 1 - label_len[i];
			}
	f = tk_pc_format_choose(sccp, lim, t, cand, cand_len, TK_PC_ITU, &detected);

	t->si = p[0] & 0x0f;
	t->ni = p[0] >> 6;
	t->pc_format = f;
	t->pc_format_detected = detected;
	if (n < 1 + label_len[f]) {
		struct tk_error e;
		tk_error_set(&e, TK_ERR_TRUNCATED, L, 1, "mtp3: %zu octets after the SIO, the %s routing label has %zu",
			     n - 1, f == TK_PC_ITU ? "ITU" : f == TK_PC_ANSI ? "ANSI" : "Japan", label_len[f]);
		sink->other(sink->arg, TK_REC_ERROR, t, "mtp3", &e);
		return;
	}
	l = p + 1;
	switch (f) {
	case TK_PC_ITU: {
		uint32_t v = le16(l) | le16(l + 2) << 16;
		t->dpc = v & 0x3fff;
		t->opc = (v >> 14) & 0x3fff;
		t->sls = (uint8_t)(v >> 28);
		break;
	}
	case TK_PC_ANSI:
		t->dpc = le24(l);
		t->opc = le24(l + 3);
		t->sls = l[6];
		break;
	case TK_PC_JAPAN:
		t->dpc = le16(l);
		t->opc = le16(l + 2);
		t->sls = l[4] & 0x0f;
		break;
	}
	t->has_mtp3 = 1;
	tk_mtp3_user(sccp, lim, t, p + 1 + label_len[f], n - 1 - label_len[f], sink);
}
