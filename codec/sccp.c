/*
 * SCCP (ITU-T Q.713; ANSI T1.112 where the addresses differ; Japan TTC JT-Q.713 uses the
 * ITU layout with 16-bit point codes): message type, fixed part, pointers to the mandatory
 * variable parameters and to the optional part, every read bounds-checked against the
 * message.  Connectionless data (UDT, XUDT, LUDT) goes on to TCAP when its first octet is
 * a TCAP message tag; XUDT/LUDT segments are reassembled (bounded table in the SCCP
 * state); service messages (UDTS, XUDTS, LUDTS) give their return cause; connection-
 * oriented messages are recognized and reported as such.
 *
 * The SCCP state also remembers, per signalling link, the evidence for the point code
 * format (see tk_sccp_link_format and codec/mtp3.c): it is the one state object the MTP3
 * and M3UA layers are handed.
 *
 * Errors: layer TK_LAYER_SCCP (the reason also names it) (until tcapkit.h has a layer
 * for it); offsets count from the SCCP message type octet.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <osmocom/core/utils.h>

#include "names.h"
#include "trace.h"

#define L TK_LAYER_SCCP

/* the largest user message a reassembly may build: Q.714 allows 3952 octets of user data
 * for segmented connectionless messages; leave room for implementations that exceed it */
#define SCCP_MAX_REASSEMBLY 8192
/* signalling links whose point code format is remembered */
#define SCCP_MAX_LINKS 64

/* ---- message types (Q.713 Table 1) and their fixed/variable parts (clause 4) ---------- */

enum {
	SCCP_CR = 0x01, SCCP_CC, SCCP_CREF, SCCP_RLSD, SCCP_RLC, SCCP_DT1, SCCP_DT2, SCCP_AK,
	SCCP_UDT, SCCP_UDTS, SCCP_ED, SCCP_EA, SCCP_RSR, SCCP_RSC, SCCP_ERR, SCCP_IT,
	SCCP_XUDT, SCCP_XUDTS, SCCP_LUDT, SCCP_LUDTS,
};

/* what the variable parameters are, in pointer order */
enum var_role { V_NONE = 0, V_CALLED, V_CALLING, V_DATA };

struct msg_desc {
	const char *name;
	uint8_t fixed;		/* octets of the mandatory fixed part after the message type */
	int8_t class_off;	/* protocol class within the fixed part, -1: none */
	int8_t cause_off;	/* return cause within the fixed part (service messages), -1: none */
	uint8_t opt;		/* a pointer to the optional part follows the variable pointers */
	uint8_t long_ptr;	/* LUDT/LUDTS: 2-octet pointers, 2-octet data length */
	uint8_t co;		/* connection-oriented */
	enum var_role var[3];	/* mandatory variable parameters */
};

static const struct msg_desc msg_descs[] = {
	/*              name    fix cls cau opt lng co  variable parts */
	[SCCP_CR]    = { "CR",    4,  3, -1, 1, 0, 1, { V_CALLED } },
	[SCCP_CC]    = { "CC",    7,  6, -1, 1, 0, 1, { V_NONE } },
	[SCCP_CREF]  = { "CREF",  4, -1, -1, 1, 0, 1, { V_NONE } },
	[SCCP_RLSD]  = { "RLSD",  7, -1, -1, 1, 0, 1, { V_NONE } },
	[SCCP_RLC]   = { "RLC",   6, -1, -1, 0, 0, 1, { V_NONE } },
	[SCCP_DT1]   = { "DT1",   4, -1, -1, 0, 0, 1, { V_DATA } },
	[SCCP_DT2]   = { "DT2",   5, -1, -1, 0, 0, 1, { V_DATA } },
	[SCCP_AK]    = { "AK",    5, -1, -1, 0, 0, 1, { V_NONE } },
	[SCCP_UDT]   = { "UDT",   1,  0, -1, 0, 0, 0, { V_CALLED, V_CALLING, V_DATA } },
	[SCCP_UDTS]  = { "UDTS",  1, -1,  0, 0, 0, 0, { V_CALLED, V_CALLING, V_DATA } },
	[SCCP_ED]    = { "ED",    3, -1, -1, 0, 0, 1, { V_DATA } },
	[SCCP_EA]    = { "EA",    3, -1, -1, 0, 0, 1, { V_NONE } },
	[SCCP_RSR]   = { "RSR",   7, -1, -1, 0, 0, 1, { V_NONE } },
	[SCCP_RSC]   = { "RSC",   6, -1, -1, 0, 0, 1, { V_NONE } },
	[SCCP_ERR]   = { "ERR",   4, -1, -1, 0, 0, 1, { V_NONE } },
	[SCCP_IT]    = { "IT",   10,  6, -1, 0, 0, 1, { V_NONE } },
	[SCCP_XUDT]  = { "XUDT",  2,  0, -1, 1, 0, 0, { V_CALLED, V_CALLING, V_DATA } },
	[SCCP_XUDTS] = { "XUDTS", 2, -1,  0, 1, 0, 0, { V_CALLED, V_CALLING, V_DATA } },
	[SCCP_LUDT]  = { "LUDT",  2,  0, -1, 1, 1, 0, { V_CALLED, V_CALLING, V_DATA } },
	[SCCP_LUDTS] = { "LUDTS", 2, -1,  0, 1, 1, 0, { V_CALLED, V_CALLING, V_DATA } },
};

static const struct msg_desc *msg_desc(unsigned type)
{
	if (type >= TK_ARRAY_SIZE(msg_descs) || !msg_descs[type].name)
		return NULL;
	return &msg_descs[type];
}

/* Q.713 3.12 return cause; the values from 0xf7 are ANSI T1.112 3.12 */
static const struct tk_value_string return_cause_names[] = {
	{ 0x00, "no translation for an address of such nature" },
	{ 0x01, "no translation for this specific address" },
	{ 0x02, "subsystem congestion" },
	{ 0x03, "subsystem failure" },
	{ 0x04, "unequipped user" },
	{ 0x05, "MTP failure" },
	{ 0x06, "network congestion" },
	{ 0x07, "unqualified" },
	{ 0x08, "error in message transport" },
	{ 0x09, "error in local processing" },
	{ 0x0a, "destination cannot perform reassembly" },
	{ 0x0b, "SCCP failure" },
	{ 0x0c, "hop counter violation" },
	{ 0x0d, "segmentation not supported" },
	{ 0x0e, "segmentation failure" },
	{ 0xf7, "message change failure" },
	{ 0xf8, "invalid INS routing request" },
	{ 0xf9, "invalid ISNI routing request" },
	{ 0xfa, "unauthorized message" },
	{ 0xfb, "message incompatibility" },
	{ 0xfc, "cannot perform ISNI constrained routing" },
	{ 0xfd, "redundant ISNI constrained routing information" },
	{ 0xfe, "unable to perform ISNI identification" },
	{ 0, NULL }
};

const char *tk_sccp_return_cause_name(unsigned cause)
{
	const char *s = tk_vs_name(return_cause_names, (long)cause);
	return s ? s : "reserved";
}

/* optional part parameter names (Q.713 3.1) */
#define SCCP_P_END 0x00
#define SCCP_P_SEGMENTATION 0x10

/* ---- parsing ------------------------------------------------------------------------- */

struct param {
	int present;
	size_t off;		/* of the value, from the message start */
	size_t len;
};

struct sccp_parsed {
	uint8_t type;
	const struct msg_desc *d;
	int has_class;
	uint8_t pclass;		/* octet as sent: class in bits 4-1, message handling in 8-5 */
	int has_cause;
	uint8_t cause;
	struct param called, calling, data;
	/* segmentation parameter (optional part of XUDT, XUDTS, LUDT, LUDTS) */
	int has_seg;
	int seg_first;
	unsigned seg_remaining;
	uint32_t seg_ref;
};

static unsigned get_le16(const uint8_t *p)
{
	return (unsigned)p[0] | (unsigned)p[1] << 8;
}

/* read a pointer at pos (1 or 2 octets) and return the offset it points to.  A 2-octet
 * pointer counts from its second octet, as Wireshark reads LUDT. */
static enum tk_status read_pointer(const uint8_t *p, size_t n, size_t pos, int long_ptr, size_t *target,
				   unsigned *value, struct tk_error *err)
{
	size_t w = long_ptr ? 2 : 1;

	if (pos + w > n)
		return tk_error_set(err, TK_ERR_TRUNCATED, L, pos, "sccp: pointer at %zu runs past the end (%zu octets)",
				    pos, n);
	*value = long_ptr ? get_le16(p + pos) : p[pos];
	*target = pos + (long_ptr ? 1 : 0) + *value;
	return TK_OK;
}

static const char *role_name(enum var_role r)
{
	switch (r) {
	case V_CALLED: return "called party address";
	case V_CALLING: return "calling party address";
	case V_DATA: return "data";
	default: return "parameter";
	}
}

static enum tk_status parse_optional(const uint8_t *p, size_t n, size_t pos, struct sccp_parsed *m,
				     struct tk_error *err)
{
	/* bounded by n: every parameter advances pos by at least 2 */
	while (pos < n) {
		uint8_t type = p[pos];
		size_t len;

		if (type == SCCP_P_END)
			return TK_OK;
		if (pos + 2 > n)
			return tk_error_set(err, TK_ERR_TRUNCATED, L, pos,
					    "sccp: optional parameter 0x%02x without its length", type);
		len = p[pos + 1];
		if (pos + 2 + len > n)
			return tk_error_set(err, TK_ERR_TRUNCATED, L, pos,
					    "sccp: optional parameter 0x%02x of %zu octets runs past the end", type, len);
		if (type == SCCP_P_SEGMENTATION) {
			const uint8_t *v = p + pos + 2;
			if (len != 4)
				return tk_error_set(err, TK_ERR_BER, L, pos,
						    "sccp: segmentation parameter of %zu octets (4 expected)", len);
			/* Q.713 3.17: bit 8 first segment, bit 7 class, bits 4-1 remaining segments */
			m->has_seg = 1;
			m->seg_first = (v[0] >> 7) & 1;
			m->seg_remaining = v[0] & 0x0f;
			m->seg_ref = (uint32_t)v[1] | (uint32_t)v[2] << 8 | (uint32_t)v[3] << 16;
		}
		pos += 2 + len;
	}
	/* Q.713 says the optional part ends with an end-of-optional-parameters octet; a
	 * missing one loses nothing, so it is tolerated */
	return TK_OK;
}

static enum tk_status sccp_parse(const uint8_t *p, size_t n, struct sccp_parsed *m, struct tk_error *err)
{
	const struct msg_desc *d;
	size_t pos, w;
	unsigned i;

	memset(m, 0, sizeof(*m));
	if (n < 1)
		return tk_error_set(err, TK_ERR_TRUNCATED, L, 0, "sccp: empty message");
	m->type = p[0];
	d = m->d = msg_desc(p[0]);
	if (!d)
		return tk_error_set(err, TK_ERR_UNEXPECTED_TAG, L, 0, "sccp: unknown message type 0x%02x", p[0]);
	if (1 + (size_t)d->fixed > n)
		return tk_error_set(err, TK_ERR_TRUNCATED, L, 1,
				    "sccp: %s fixed part of %u octets runs past the end (%zu octets)", d->name,
				    d->fixed, n);
	if (d->class_off >= 0) {
		m->has_class = 1;
		m->pclass = p[1 + d->class_off];
	}
	if (d->cause_off >= 0) {
		m->has_cause = 1;
		m->cause = p[1 + d->cause_off];
	}
	pos = 1 + d->fixed;
	w = d->long_ptr ? 2 : 1;
	for (i = 0; i < TK_ARRAY_SIZE(d->var) && d->var[i] != V_NONE; i++, pos += w) {
		struct param *prm = d->var[i] == V_CALLED ? &m->called : d->var[i] == V_CALLING ? &m->calling : &m->data;
		size_t target, len, hdr;
		unsigned v;
		enum tk_status s;

		if ((s = read_pointer(p, n, pos, d->long_ptr, &target, &v, err)) != TK_OK)
			return s;
		if (v == 0)
			return tk_error_set(err, TK_ERR_MISSING, L, pos, "sccp: %s pointer to the %s is 0", d->name,
					    role_name(d->var[i]));
		/* only the data of LUDT/LUDTS has a 2-octet length indicator */
		hdr = (d->long_ptr && d->var[i] == V_DATA) ? 2 : 1;
		if (target + hdr > n)
			return tk_error_set(err, TK_ERR_TRUNCATED, L, pos,
					    "sccp: %s pointer %u to the %s points past the end (%zu octets)", d->name,
					    v, role_name(d->var[i]), n);
		len = hdr == 2 ? get_le16(p + target) : p[target];
		if (target + hdr + len > n)
			return tk_error_set(err, TK_ERR_TRUNCATED, L, target,
					    "sccp: %s %s of %zu octets runs past the end (%zu octets)", d->name,
					    role_name(d->var[i]), len, n);
		prm->present = 1;
		prm->off = target + hdr;
		prm->len = len;
	}
	if (d->opt) {
		size_t target;
		unsigned v;
		enum tk_status s;

		if ((s = read_pointer(p, n, pos, d->long_ptr, &target, &v, err)) != TK_OK)
			return s;
		if (v != 0) {
			if (target >= n)
				return tk_error_set(err, TK_ERR_TRUNCATED, L, pos,
						    "sccp: %s pointer %u to the optional part points past the end",
						    d->name, v);
			if ((s = parse_optional(p, n, target, m, err)) != TK_OK)
				return s;
		}
	}
	return TK_OK;
}

/* ---- addresses (Q.713 3.4, T1.112 3.4) -------------------------------------------------- */

/* BCD digits, first digit in the low nibble; n_digits may be odd */
static void bcd_digits(const uint8_t *p, size_t n_digits, char *out, size_t out_size)
{
	if (n_digits > out_size - 1)
		n_digits = out_size - 1;	/* longer than any numbering plan allows: cut */
	out[0] = '\0';
	if (n_digits == 0)
		return;
	/* allow_hex: the address signals 11 and 12 (code 11, code 12) and the filler are
	 * shown as hex digits instead of failing */
	osmo_bcd2str(out, out_size, p, 0, (int)n_digits, true);
}

static enum tk_status gt_decode(int ansi_layout, const uint8_t *p, size_t n, size_t off, struct tk_sccp_addr *a,
				int strict, struct tk_error *err)
{
	size_t hdr = 0, nd;
	int odd = -1;		/* -1: encoding not said */

	if (!ansi_layout) {
		switch (a->gti) {
		case 1:		/* odd/even, nature of address */
			hdr = 1;
			if (n >= 1) {
				odd = p[0] >> 7;
				a->has_nai = 1;
				a->nai = p[0] & 0x7f;
			}
			break;
		case 2:		/* translation type */
			hdr = 1;
			break;
		case 3:		/* translation type, numbering plan + encoding scheme */
			hdr = 2;
			break;
		case 4:		/* ... and nature of address */
			hdr = 3;
			break;
		default:
			break;
		}
		if (a->gti >= 2 && n >= 1) {
			a->has_tt = 1;
			a->tt = p[0];
		}
		if (a->gti >= 3 && n >= 2) {
			a->has_np = a->has_es = 1;
			a->np = p[1] >> 4;
			a->es = p[1] & 0x0f;
		}
		if (a->gti == 4 && n >= 3) {
			a->has_nai = 1;
			a->nai = p[2] & 0x7f;
		}
	} else {
		switch (a->gti) {
		case 1:		/* translation type, numbering plan + encoding scheme */
			hdr = 2;
			if (n >= 2) {
				a->has_tt = a->has_np = a->has_es = 1;
				a->tt = p[0];
				a->np = p[1] >> 4;
				a->es = p[1] & 0x0f;
			}
			break;
		case 2:		/* translation type */
			hdr = 1;
			if (n >= 1) {
				a->has_tt = 1;
				a->tt = p[0];
			}
			break;
		default:
			break;
		}
	}
	if (hdr == 0) {
		/* a spare global title indicator: the title cannot be read */
		if (strict)
			return tk_error_set(err, TK_ERR_UNEXPECTED_TAG, L, off, "sccp: spare global title indicator %d",
					    a->gti);
		return TK_OK;
	}
	if (n < hdr)
		return tk_error_set(err, TK_ERR_TRUNCATED, L, off,
				    "sccp: global title (indicator %d) needs %zu octets before the digits, has %zu",
				    a->gti, hdr, n);
	if (a->has_es) {
		if (a->es == 1)
			odd = 1;
		else if (a->es == 2)
			odd = 0;
		else if (a->es != 0)
			return TK_OK;	/* national or spare encoding: not BCD, digits left empty */
	}
	nd = 2 * (n - hdr);
	if (odd == 1 && nd > 0)
		nd--;
	else if (odd == -1 && nd > 0 && (p[n - 1] >> 4) == 0x0f)
		nd--;		/* encoding not said: a final filler ends the digits */
	bcd_digits(p + hdr, nd, a->digits, sizeof(a->digits));
	return TK_OK;
}

/*
 * One called/calling party address of len octets at off.  ITU (and Japan, whose point
 * codes are 16 bits in the same 2 octets): indicator bit 8 reserved for national use,
 * 7 routing indicator, 6-3 GTI, 2 SSN indicator, 1 PC indicator; then PC, SSN, GT.
 * ANSI: bit 8 national indicator, 7 routing, 6-3 GTI, 2 PC indicator, 1 SSN indicator;
 * then SSN, 3-octet PC, GT.  An ANSI address with the national bit clear is coded to the
 * international (ITU) standard; its point code is the 14-bit ITU one, or 3 octets where
 * the length says so (networks with 24-bit point codes and ITU addresses, e.g. China).
 * strict (format detection): no spare GTI, no octets after an address without GT.
 */
static enum tk_status addr_decode(enum tk_pc_format f, const uint8_t *msg, size_t off, size_t len,
				  struct tk_sccp_addr *a, int strict, struct tk_error *err)
{
	const uint8_t *p = msg + off;
	uint8_t ai;
	int ansi_layout, pci, ssni;
	size_t pos = 1, pc_len;

	memset(a, 0, sizeof(*a));
	if (len < 1)
		return tk_error_set(err, TK_ERR_TRUNCATED, L, off, "sccp: empty address");
	ai = p[0];
	a->present = 1;
	a->routing_on_ssn = (ai >> 6) & 1;
	a->gti = (ai >> 2) & 0x0f;
	ansi_layout = f == TK_PC_ANSI && (ai & 0x80);
	if (ansi_layout) {
		ssni = ai & 1;
		pci = (ai >> 1) & 1;
		pc_len = 3;
	} else {
		pci = ai & 1;
		ssni = (ai >> 1) & 1;
		pc_len = 2;
		if (f == TK_PC_ANSI && pci && a->gti == 0 && len == 1u + 3 + (unsigned)ssni)
			pc_len = 3;
	}
	if (ansi_layout && ssni) {
		if (pos + 1 > len)
			return tk_error_set(err, TK_ERR_TRUNCATED, L, off, "sccp: address of %zu octets without its SSN",
					    len);
		a->has_ssn = 1;
		a->ssn = p[pos++];
	}
	if (pci) {
		if (pos + pc_len > len)
			return tk_error_set(err, TK_ERR_TRUNCATED, L, off,
					    "sccp: address of %zu octets without its %zu-octet point code", len, pc_len);
		a->has_pc = 1;
		if (pc_len == 3)
			a->pc = (uint32_t)p[pos] | (uint32_t)p[pos + 1] << 8 | (uint32_t)p[pos + 2] << 16;
		else
			a->pc = get_le16(p + pos) & (f == TK_PC_JAPAN ? 0xffff : 0x3fff);
		pos += pc_len;
	}
	if (!ansi_layout && ssni) {
		if (pos + 1 > len)
			return tk_error_set(err, TK_ERR_TRUNCATED, L, off, "sccp: address of %zu octets without its SSN",
					    len);
		a->has_ssn = 1;
		a->ssn = p[pos++];
	}
	if (a->gti == 0) {
		if (strict && pos != len)
			return tk_error_set(err, TK_ERR_TRAILING, L, off + pos,
					    "sccp: %zu octets after an address without global title", len - pos);
		return TK_OK;
	}
	return gt_decode(ansi_layout, p + pos, len - pos, off + pos, a, strict, err);
}

/* ---- what the data is ------------------------------------------------------------------- */

static int tcap_tag(uint8_t b)
{
	switch (b) {
	case 0x61: case 0x62: case 0x64: case 0x65: case 0x67:	/* ITU Q.773 */
	case 0xe1: case 0xe2: case 0xe3: case 0xe4: case 0xe5: case 0xe6: case 0xf6:	/* ANSI T1.114 */
		return 1;
	default:
		return 0;
	}
}

/* a TCAP tag whose BER length covers the data exactly (or is indefinite) */
static int looks_like_tcap(const uint8_t *p, size_t n)
{
	size_t len, hdr;

	if (n < 2 || !tcap_tag(p[0]))
		return 0;
	if (p[1] == 0x80)
		return 1;
	if (p[1] < 0x80) {
		len = p[1];
		hdr = 2;
	} else if (p[1] == 0x81 && n >= 3) {
		len = p[2];
		hdr = 3;
	} else if (p[1] == 0x82 && n >= 4) {
		len = (size_t)p[2] << 8 | p[3];
		hdr = 4;
	} else {
		return 0;
	}
	return hdr + len == n;
}

/* SSNs of users that are not TCAP (Q.713 3.4.2.2, TS 23.003 8.1) */
static const char *non_tcap_user(uint8_t ssn)
{
	switch (ssn) {
	case 0x01: return "sccp-mgmt";
	case 0x03: return "isup";
	case 0x8e: return "ranap";
	case 0x8f: return "rnsap";
	case 0xf9: return "pcap";
	case 0xfa: case 0xfb: case 0xfc: return "bssap-le";
	case 0xfe: return "bssap";
	default: return NULL;
	}
}

void tk_sccp_user_data(struct tk_transport *t, const uint8_t *p, size_t n, struct tk_record_sink *sink)
{
	const char *user = NULL;

	/* SCCP management (SSN 1) is recognized first: its formats are not TCAP */
	if (t->called.present && t->called.has_ssn && t->called.ssn == 1) {
		sink->other(sink->arg, TK_REC_NOT_TCAP, t, "sccp-mgmt", NULL);
		return;
	}
	/* TCAP by content: the SSNs of MAP and CAP vary between networks (camel.pcap uses
	 * 146/152, others national values), the message tag does not */
	if (n > 0 && tcap_tag(p[0])) {
		sink->tcap(sink->arg, t, p, n);
		return;
	}
	if (t->called.present && t->called.has_ssn)
		user = non_tcap_user(t->called.ssn);
	sink->other(sink->arg, TK_REC_NOT_TCAP, t, user ? user : "sccp-data", NULL);
}

/* ---- state: segment reassembly, point code format per link ---------------------------- */

struct sccp_segment {
	int used;
	uint64_t key;		/* FNV-1a of the caller's key (calling address, reference, ...) */
	double first_time;
	unsigned next_remaining;	/* the "remaining segments" the next piece must carry */
	uint8_t *buf;
	size_t len;
	uint32_t frames[TK_MAX_REASSEMBLED];
	unsigned n_frames;
};

struct link_format {
	int used;
	uint32_t link;
	uint64_t last_use;
	uint32_t votes[3];	/* by enum tk_pc_format */
};

struct tk_sccp_state {
	unsigned max_segments;
	struct sccp_segment *seg;
	struct link_format links[SCCP_MAX_LINKS];
	uint64_t tick;
};

struct tk_sccp_state *tk_sccp_state_new(const struct tk_trace_limits *lim)
{
	struct tk_sccp_state *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	s->max_segments = lim && lim->max_sccp_segments ? lim->max_sccp_segments : 1;
	s->seg = calloc(s->max_segments, sizeof(*s->seg));
	if (!s->seg) {
		free(s);
		return NULL;
	}
	return s;
}

static void seg_drop(struct sccp_segment *g)
{
	free(g->buf);
	memset(g, 0, sizeof(*g));
}

void tk_sccp_state_free(struct tk_sccp_state *s)
{
	unsigned i;

	if (!s)
		return;
	for (i = 0; i < s->max_segments; i++)
		seg_drop(&s->seg[i]);
	free(s->seg);
	free(s);
}

/*
 * Votes for the point code format of a link (see codec/mtp3.c for the heuristic): score
 * (may be NULL) is added, and the format with the most votes is returned (ITU, ANSI,
 * Japan in that order on a tie), or -1 while the link has no votes.  The table is
 * bounded: the least recently used link makes room for a new one.
 */
int tk_sccp_link_format(struct tk_sccp_state *s, uint32_t link, const int score[3])
{
	struct link_format *e = NULL, *victim = NULL;
	int best = TK_PC_ITU, any = 0;
	unsigned i;

	if (!s)
		return -1;
	for (i = 0; i < SCCP_MAX_LINKS; i++) {
		struct link_format *c = &s->links[i];
		if (c->used && c->link == link) {
			e = c;
			break;
		}
		if (!victim || (victim->used && (!c->used || c->last_use < victim->last_use)))
			victim = c;
	}
	if (score)
		for (i = 0; i < 3; i++)
			any |= score[i] > 0;
	if (!e) {
		if (!any)
			return -1;
		e = victim;
		memset(e, 0, sizeof(*e));
		e->used = 1;
		e->link = link;
	}
	e->last_use = ++s->tick;
	if (any) {
		for (i = 0; i < 3; i++)
			if (score[i] > 0)
				e->votes[i] += (uint32_t)score[i];
		if (e->votes[0] > (1u << 30) || e->votes[1] > (1u << 30) || e->votes[2] > (1u << 30))
			for (i = 0; i < 3; i++)
				e->votes[i] = (e->votes[i] + 1) / 2;
	}
	for (i = 1; i < 3; i++)
		if (e->votes[i] > e->votes[best])
			best = (int)i;
	return e->votes[best] ? best : -1;
}

static uint64_t fnv1a(const uint8_t *p, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ull;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= p[i];
		h *= 0x100000001b3ull;
	}
	return h;
}

static void add_frame(uint32_t *frames, unsigned *n, uint32_t frame)
{
	unsigned i;

	for (i = 0; i < *n; i++)
		if (frames[i] == frame)
			return;
	if (*n < TK_MAX_REASSEMBLED)
		frames[(*n)++] = frame;
}

static void seg_error(struct tk_transport *t, const char *layer, struct tk_record_sink *sink, enum tk_status code,
		      const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void seg_error(struct tk_transport *t, const char *layer, struct tk_record_sink *sink, enum tk_status code,
		      const char *fmt, ...)
{
	struct tk_error e;
	char reason[sizeof(e.reason)];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(reason, sizeof(reason), fmt, ap);
	va_end(ap);
	tk_error_set(&e, code, L, 0, "%s: %s", layer, reason);
	sink->other(sink->arg, TK_REC_ERROR, t, layer, &e);
}

/*
 * One segment of a segmented message (SCCP XUDT/LUDT, or SUA CLDT): the first one opens
 * a reassembly keyed by key (the caller's: calling address, local reference, point
 * codes), the following ones must count the remaining segments down, the one with 0
 * remaining completes it and the user data goes on with t->reassembled_from listing the
 * frames.  Held pieces are reported TK_REC_PENDING ("<layer>-segment"); a piece that
 * fits no reassembly is an error.  Reassemblies older than lim->reassembly_timeout are
 * dropped (their frames were already reported as pending); when the table is full the
 * oldest one makes room.
 */
void tk_sccp_segment(struct tk_sccp_state *s, const struct tk_trace_limits *lim, struct tk_transport *t,
		     const char *layer, const uint8_t *key, size_t key_len, int first, unsigned remaining,
		     const uint8_t *data, size_t len, struct tk_record_sink *sink)
{
	const char *pending = strcmp(layer, "sua") == 0 ? "sua-segment" : "sccp-segment";
	uint64_t h = fnv1a(key, key_len);
	struct sccp_segment *g = NULL, *victim = NULL;
	double timeout = lim && lim->reassembly_timeout > 0 ? lim->reassembly_timeout : 60.0;
	unsigned i;

	for (i = 0; i < s->max_segments; i++) {
		struct sccp_segment *c = &s->seg[i];
		if (c->used && sink->time - c->first_time > timeout)
			seg_drop(c);
		if (c->used && c->key == h)
			g = c;
		/* where a new reassembly goes: a free slot, else the oldest */
		if (!c->used) {
			if (!victim || victim->used)
				victim = c;
		} else if (!victim || (victim->used && c->first_time < victim->first_time)) {
			victim = c;
		}
	}
	if (first) {
		if (g)
			seg_drop(g);	/* a new first segment restarts the reassembly */
		if (remaining == 0) {
			/* first and last: a segmentation parameter on an unsegmented message */
			tk_sccp_user_data(t, data, len, sink);
			return;
		}
		if (len > SCCP_MAX_REASSEMBLY) {
			seg_error(t, layer, sink, TK_ERR_TOO_MANY, "first segment of %zu octets is longer than %u",
				  len, SCCP_MAX_REASSEMBLY);
			return;
		}
		if (!g)
			g = victim;
		if (g->used)
			seg_drop(g);	/* table full: the oldest reassembly gives way */
		g->buf = malloc(len ? len : 1);
		if (!g->buf) {
			seg_error(t, layer, sink, TK_ERR_NOMEM, "no memory for a reassembly");
			return;
		}
		memcpy(g->buf, data, len);
		g->len = len;
		g->used = 1;
		g->key = h;
		g->first_time = sink->time;
		g->next_remaining = remaining - 1;
		add_frame(g->frames, &g->n_frames, sink->frame);
		sink->other(sink->arg, TK_REC_PENDING, t, pending, NULL);
		return;
	}
	if (!g) {
		seg_error(t, layer, sink, TK_ERR_MISSING, "segment with %u remaining whose first segment was not seen",
			  remaining);
		return;
	}
	if (remaining != g->next_remaining) {
		seg_error(t, layer, sink, TK_ERR_MISSING, "segment with %u remaining where %u was expected",
			  remaining, g->next_remaining);
		seg_drop(g);
		return;
	}
	if (g->len + len > SCCP_MAX_REASSEMBLY) {
		seg_error(t, layer, sink, TK_ERR_TOO_MANY, "reassembled message of %zu octets is longer than %u",
			  g->len + len, SCCP_MAX_REASSEMBLY);
		seg_drop(g);
		return;
	}
	{
		uint8_t *nb = realloc(g->buf, g->len + len ? g->len + len : 1);
		if (!nb) {
			seg_error(t, layer, sink, TK_ERR_NOMEM, "no memory for a reassembly of %zu octets",
				  g->len + len);
			seg_drop(g);
			return;
		}
		g->buf = nb;
	}
	memcpy(g->buf + g->len, data, len);
	g->len += len;
	add_frame(g->frames, &g->n_frames, sink->frame);
	if (remaining > 0) {
		g->next_remaining = remaining - 1;
		sink->other(sink->arg, TK_REC_PENDING, t, pending, NULL);
		return;
	}
	for (i = 0; i < g->n_frames; i++)
		add_frame(t->reassembled_from, &t->n_reassembled, g->frames[i]);
	tk_sccp_user_data(t, g->buf, g->len, sink);
	seg_drop(g);
}

/* ---- format detection support ----------------------------------------------------------- */

/*
 * How well p..n reads as an SCCP message whose addresses follow format f: 0 not at all
 * (unknown type, pointers or lengths out of bounds, addresses inconsistent with their
 * indicators), 1 a valid message, 2 a valid connectionless message whose data is a TCAP
 * message with a BER length covering it exactly, or SCCP management.
 */
int tk_sccp_probe(enum tk_pc_format f, const uint8_t *p, size_t n)
{
	struct sccp_parsed m;
	struct tk_sccp_addr called, calling;
	struct tk_error e;

	if (sccp_parse(p, n, &m, &e) != TK_OK)
		return 0;
	if (m.d->co)
		return 1;
	if (addr_decode(f, p, m.called.off, m.called.len, &called, 1, &e) != TK_OK ||
	    addr_decode(f, p, m.calling.off, m.calling.len, &calling, 1, &e) != TK_OK)
		return 0;
	if (m.has_class && (m.pclass & 0x0f) > 1)
		return 0;	/* connectionless messages are class 0 or 1 */
	if (called.has_ssn && called.ssn == 1)
		return 2;
	if (m.has_seg && !(m.seg_first && m.seg_remaining == 0)) {
		/* a piece of the message: a first segment starts with a TCAP tag */
		return m.seg_first && m.data.len > 0 && tcap_tag(p[m.data.off]) ? 2 : 1;
	}
	return looks_like_tcap(p + m.data.off, m.data.len) ? 2 : 1;
}

/* ---- the layer ----------------------------------------------------------------------- */

static void report_error(struct tk_transport *t, struct tk_record_sink *sink, const struct tk_error *e)
{
	sink->other(sink->arg, TK_REC_ERROR, t, "sccp", e);
}

void tk_sccp_msg(struct tk_sccp_state *s, const struct tk_trace_limits *lim, struct tk_transport *t,
		 const uint8_t *p, size_t n, struct tk_record_sink *sink)
{
	struct sccp_parsed m;
	struct tk_error e;
	enum tk_pc_format f;

	t->has_sccp = 0;
	t->sccp_type = 0;
	t->sccp_type_name = NULL;
	t->protocol_class = 0;
	memset(&t->called, 0, sizeof(t->called));
	memset(&t->calling, 0, sizeof(t->calling));

	if (sccp_parse(p, n, &m, &e) != TK_OK) {
		if (n >= 1 && m.d) {
			t->has_sccp = 1;
			t->sccp_type = m.type;
			t->sccp_type_name = m.d->name;
		}
		report_error(t, sink, &e);
		return;
	}
	t->has_sccp = 1;
	t->sccp_type = m.type;
	t->sccp_type_name = m.d->name;
	if (m.has_class)
		t->protocol_class = m.pclass & 0x0f;

	/* the address layout follows the point code format of the MTP3 below; without MTP3
	 * (the SCCP link type) it is the forced one, else ITU */
	if (t->has_mtp3)
		f = t->pc_format;
	else if (lim && lim->pc_format >= TK_PC_ITU && lim->pc_format <= TK_PC_JAPAN)
		f = (enum tk_pc_format)lim->pc_format;
	else
		f = TK_PC_ITU;

	if (m.called.present && addr_decode(f, p, m.called.off, m.called.len, &t->called, 0, &e) != TK_OK) {
		report_error(t, sink, &e);
		return;
	}
	if (m.calling.present && addr_decode(f, p, m.calling.off, m.calling.len, &t->calling, 0, &e) != TK_OK) {
		report_error(t, sink, &e);
		return;
	}

	if (m.d->co) {
		/* connection-oriented (BSSAP, RANAP, ... in DT1): no TCAP runs on connections */
		sink->other(sink->arg, TK_REC_NOT_TCAP, t, "sccp-co", NULL);
		return;
	}
	if (m.has_cause) {
		/* a service message returns undelivered data: the return cause says why; the
		 * returned TCAP message is not decoded again as if it were new */
		const char *layer = m.type == SCCP_UDTS ? "sccp-udts" : m.type == SCCP_XUDTS ? "sccp-xudts" : "sccp-ludts";
		tk_error_set(&e, TK_OK, L, 1 + (size_t)m.d->cause_off, "sccp: %s return cause %u: %s%s", m.d->name,
			     m.cause, tk_sccp_return_cause_name(m.cause),
			     looks_like_tcap(p + m.data.off, m.data.len) ? " (returned data is a TCAP message)" : "");
		sink->other(sink->arg, TK_REC_NOT_TCAP, t, layer, &e);
		return;
	}
	if (m.has_seg && !(m.seg_first && m.seg_remaining == 0)) {
		/* key: point codes, calling address and local reference (Q.714 4.1.1.2.2) */
		uint8_t key[8 + 3 + 255];
		size_t k = 0;
		uint32_t v[2] = { t->has_mtp3 ? t->opc : 0, t->has_mtp3 ? t->dpc : 0 };
		unsigned i;

		for (i = 0; i < 2; i++) {
			key[k++] = (uint8_t)(v[i] >> 24);
			key[k++] = (uint8_t)(v[i] >> 16);
			key[k++] = (uint8_t)(v[i] >> 8);
			key[k++] = (uint8_t)v[i];
		}
		key[k++] = (uint8_t)m.seg_ref;
		key[k++] = (uint8_t)(m.seg_ref >> 8);
		key[k++] = (uint8_t)(m.seg_ref >> 16);
		memcpy(key + k, p + m.calling.off, m.calling.len);	/* len <= 255: 1-octet length */
		k += m.calling.len;
		tk_sccp_segment(s, lim, t, "sccp", key, k, m.seg_first, m.seg_remaining, p + m.data.off, m.data.len,
				sink);
		return;
	}
	tk_sccp_user_data(t, p + m.data.off, m.data.len, sink);
}
