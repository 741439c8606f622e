/*
 * Link layer of the capture path: one frame of a pcap link type down to IP, MTP2, MTP3
 * or SCCP.
 *
 *	DLT 1	Ethernet II / 802.3+LLC/SNAP, with any stack of 802.1Q, 802.1ad and old
 *		QinQ (0x9100, 0x9200) tags, MPLS and PPPoE sessions
 *	DLT 113	Linux cooked capture (SLL), DLT 276 SLL2
 *	DLT 12, 101, 14	raw IP (version from the first nibble), 228 raw IPv4, 229 raw IPv6
 *	DLT 0	BSD loopback ("null": address family in the capturing host's byte order)
 *	DLT 108	OpenBSD loopback (address family in network byte order)
 *	DLT 140	MTP2, 139 MTP2 with a 4-byte pseudo-header, 141 MTP3 MSU, 142 SCCP
 *
 * Every header read is checked against the captured length; a frame that ends inside a
 * header gives an error record for that frame, never a crash.
 */
#include <stdio.h>
#include <string.h>

#include "trace.h"
#include "bytes.h"

/* a bound on VLAN tags, MPLS labels and other nested link headers of one frame */
#define MAX_LINK_NESTING 8

struct link_ctx {
	struct tk_ip_state *ip;
	struct tk_sctp_state *sctp;
	struct tk_sccp_state *sccp;
	const struct tk_trace_limits *lim;
	struct tk_record_sink *sink;
	struct tk_transport *t;
};



static uint32_t le32(const uint8_t *p)
{
	return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

/* a header the frame ends inside: an error record of the link layer */
static void truncated(struct link_ctx *c, const char *what, size_t off, size_t need, size_t have)
{
	struct tk_error err;

	tk_error_set(&err, TK_ERR_TRUNCATED, TK_LAYER_LINK, off,
		     "%s header truncated: %zu of %zu bytes captured", what, have, need);
	c->sink->other(c->sink->arg, TK_REC_ERROR, c->t, c->t->link, &err);
}

static void not_tcap(struct link_ctx *c, const char *last_layer)
{
	c->sink->other(c->sink->arg, TK_REC_NOT_TCAP, c->t, last_layer, NULL);
}

static void to_ip(struct link_ctx *c, const uint8_t *p, size_t n)
{
	tk_ip_packet(c->ip, c->sctp, c->sccp, c->lim, c->t, p, n, c->sink);
}

/* what a non-IP ethertype is called in a NOT_TCAP record */
static const char *ethertype_name(uint16_t type, char *buf, size_t size)
{
	switch (type) {
	case 0x0806: return "arp";
	case 0x8035: return "rarp";
	case 0x0842: return "wake-on-lan";
	case 0x8137: return "ipx";
	case 0x8808: return "ethernet-flow-control";
	case 0x8809: return "slow-protocols";	/* LACP, marker, OAM */
	case 0x8863: return "pppoe-discovery";
	case 0x888e: return "eapol";
	case 0x88cc: return "lldp";
	case 0x88f7: return "ptp";
	case 0x9000: return "ethernet-loopback";
	}
	snprintf(buf, size, "ethertype-0x%04x", type);
	return buf;
}

/* 802.2 LLC (after an 802.3 length field or SLL's LLC protocol value) */
static void llc(struct link_ctx *c, const uint8_t *p, size_t n, size_t off, int depth);

/*
 * An ethertype and the bytes after it: tags and MPLS labels are taken off one by one
 * (bounded), IP goes on, anything else is a NOT_TCAP record naming the protocol.
 * off is the offset of p in the frame, for error records.
 */
static void ethertype(struct link_ctx *c, uint16_t type, const uint8_t *p, size_t n, size_t off, int depth)
{
	char name[32];

	if (depth > MAX_LINK_NESTING) {
		struct tk_error err;
		tk_error_set(&err, TK_ERR_TOO_DEEP, TK_LAYER_LINK, off,
			     "more than %d VLAN tags, MPLS labels or link headers", MAX_LINK_NESTING);
		c->sink->other(c->sink->arg, TK_REC_ERROR, c->t, c->t->link, &err);
		return;
	}
	if (type < 0x0600) {	/* an 802.3 length, not a type: LLC follows */
		llc(c, p, n, off, depth + 1);
		return;
	}
	switch (type) {
	case 0x0800:
	case 0x86dd:
		to_ip(c, p, n);
		return;
	case 0x8100:	/* 802.1Q */
	case 0x88a8:	/* 802.1ad service tag */
	case 0x9100:	/* pre-standard QinQ */
	case 0x9200:
		/* TCI (PCP, DEI, VLAN id), then the next ethertype */
		if (n < 4) {
			truncated(c, "VLAN tag", off, 4, n);
			return;
		}
		ethertype(c, tk_be16(p + 2), p + 4, n - 4, off + 4, depth + 1);
		return;
	case 0x8847:	/* MPLS unicast, multicast: labels down to bottom of stack */
	case 0x8848: {
		size_t i = 0;
		for (;;) {
			if (n - i < 4) {
				truncated(c, "MPLS label", off + i, 4, n - i);
				return;
			}
			if (i / 4 >= MAX_LINK_NESTING) {
				struct tk_error err;
				tk_error_set(&err, TK_ERR_TOO_DEEP, TK_LAYER_LINK, off + i,
					     "more than %d MPLS labels", MAX_LINK_NESTING);
				c->sink->other(c->sink->arg, TK_REC_ERROR, c->t, "mpls", &err);
				return;
			}
			i += 4;
			if (p[i - 2] & 0x01)	/* bottom of stack */
				break;
		}
		/* MPLS does not say what it carries: IP is recognised by its version nibble */
		if (n > i && ((p[i] >> 4) == 4 || (p[i] >> 4) == 6))
			to_ip(c, p + i, n - i);
		else
			not_tcap(c, "mpls");
		return;
	}
	case 0x8864:	/* PPPoE session: version/type, code, session id, length, PPP protocol */
		if (n < 8) {
			truncated(c, "PPPoE", off, 8, n);
			return;
		}
		if (tk_be16(p + 6) == 0x0021 || tk_be16(p + 6) == 0x0057)
			to_ip(c, p + 8, n - 8);
		else
			not_tcap(c, "pppoe");
		return;
	}
	not_tcap(c, ethertype_name(type, name, sizeof(name)));
}

static void llc(struct link_ctx *c, const uint8_t *p, size_t n, size_t off, int depth)
{
	if (n < 3) {
		truncated(c, "LLC", off, 3, n);
		return;
	}
	if (p[0] == 0xaa && p[1] == 0xaa && p[2] == 0x03) {	/* SNAP: OUI, then an ethertype */
		if (n < 8) {
			truncated(c, "SNAP", off, 8, n);
			return;
		}
		ethertype(c, tk_be16(p + 6), p + 8, n - 8, off + 8, depth);
		return;
	}
	if (p[0] == 0x42 && p[1] == 0x42)
		not_tcap(c, "stp");
	else
		not_tcap(c, "llc");
}

static void ethernet(struct link_ctx *c, const uint8_t *p, size_t n)
{
	c->t->link = "ethernet";
	if (n < 14) {
		truncated(c, "Ethernet", 0, 14, n);
		return;
	}
	ethertype(c, tk_be16(p + 12), p + 14, n - 14, 14, 0);
}

/* Linux cooked capture: the protocol field is an ethertype, or one of Linux's ETH_P_
 * values below 0x0600 for frames without one */
static void sll_protocol(struct link_ctx *c, uint16_t hatype, uint16_t proto, const uint8_t *p, size_t n,
			 size_t off)
{
	if (hatype == 824) {	/* ARPHRD_NETLINK: the protocol is a netlink family */
		not_tcap(c, "netlink");
		return;
	}
	switch (proto) {
	case 0x0001:	/* ETH_P_802_3: Novell 802.3 without LLC */
		not_tcap(c, "ipx");
		return;
	case 0x0004:	/* ETH_P_802_2: an LLC header follows */
		llc(c, p, n, off, 0);
		return;
	}
	if (proto < 0x0600) {
		char name[32];
		snprintf(name, sizeof(name), "sll-protocol-0x%04x", proto);
		not_tcap(c, name);
		return;
	}
	ethertype(c, proto, p, n, off, 0);
}

static void sll(struct link_ctx *c, const uint8_t *p, size_t n)
{
	/* packet type, ARPHRD type, address length, 8 address bytes, protocol */
	c->t->link = "sll";
	if (n < 16) {
		truncated(c, "Linux cooked (SLL)", 0, 16, n);
		return;
	}
	sll_protocol(c, tk_be16(p + 2), tk_be16(p + 14), p + 16, n - 16, 16);
}

static void sll2(struct link_ctx *c, const uint8_t *p, size_t n)
{
	/* protocol, reserved, interface index, ARPHRD type, packet type, address length,
	 * 8 address bytes */
	c->t->link = "sll2";
	if (n < 20) {
		truncated(c, "Linux cooked (SLL2)", 0, 20, n);
		return;
	}
	sll_protocol(c, tk_be16(p + 8), tk_be16(p), p + 20, n - 20, 20);
}

/* address families of IPv4 and IPv6 on the systems that write loopback captures:
 * AF_INET is 2 everywhere; AF_INET6 is 10 (Linux), 24 (NetBSD, OpenBSD, BSD/OS),
 * 28 (FreeBSD, DragonFly), 30 (macOS), 23 (Windows) */
static int af_is_ip(uint32_t af)
{
	return af == 2 || af == 10 || af == 23 || af == 24 || af == 28 || af == 30;
}

static void loopback(struct link_ctx *c, const uint8_t *p, size_t n, int network_order)
{
	uint32_t af;

	if (n < 4) {
		truncated(c, network_order ? "loopback" : "null", 0, 4, n);
		return;
	}
	if (network_order) {
		af = tk_be32(p);
	} else {
		/* DLT_NULL's family is in the byte order of the host that captured, which the
		 * file does not say: a value in the upper half means the other order */
		af = le32(p);
		if (af > 0xffff)
			af = tk_be32(p);
	}
	if (af_is_ip(af)) {
		to_ip(c, p + 4, n - 4);
	} else {
		char name[32];
		snprintf(name, sizeof(name), "address-family-%u", (unsigned)af);
		not_tcap(c, name);
	}
}

void tk_link_frame(int dlt, const uint8_t *p, size_t caplen, size_t wirelen, struct tk_ip_state *ip,
		   struct tk_sctp_state *sctp, struct tk_sccp_state *sccp, const struct tk_trace_limits *lim,
		   struct tk_record_sink *sink)
{
	struct tk_transport t;
	struct link_ctx c = { ip, sctp, sccp, lim, sink, &t };

	/* A frame cut by the capture's snap length (caplen < wirelen) is decoded as far as
	 * it goes: each layer reports where its data ends. */
	(void)wirelen;
	memset(&t, 0, sizeof(t));
	t.dlt = dlt;
	if (!p)
		caplen = 0;
	switch (dlt) {
	case 1:		/* DLT_EN10MB */
		ethernet(&c, p, caplen);
		return;
	case 113:	/* DLT_LINUX_SLL */
		sll(&c, p, caplen);
		return;
	case 276:	/* DLT_LINUX_SLL2 */
		sll2(&c, p, caplen);
		return;
	case 14:
		/* DLT 14 is raw IP on OpenBSD but PPP on BSD/OS: raw IP only if it looks like it */
		if (caplen == 0 || ((p[0] >> 4) != 4 && (p[0] >> 4) != 6))
			break;
		/* fall through */
	case 12:	/* DLT_RAW */
	case 101:	/* LINKTYPE_RAW */
	case 228:	/* DLT_IPV4 */
	case 229:	/* DLT_IPV6 */
		t.link = "raw-ip";
		to_ip(&c, p, caplen);
		return;
	case 0:		/* DLT_NULL */
		t.link = "null";
		loopback(&c, p, caplen, 0);
		return;
	case 108:	/* DLT_LOOP */
		t.link = "loop";
		loopback(&c, p, caplen, 1);
		return;
	case 140:	/* DLT_MTP2 */
		t.link = "mtp2";
		t.adaptation = "mtp2";
		tk_mtp2_frame(sccp, lim, &t, p, caplen, sink);
		return;
	case 139:	/* DLT_MTP2_WITH_PHDR: sent, annex_a_used, link_number (2) */
		t.link = "mtp2";
		t.adaptation = "mtp2";
		if (caplen < 4) {
			truncated(&c, "MTP2 pseudo-header", 0, 4, caplen);
			return;
		}
		tk_mtp2_frame(sccp, lim, &t, p + 4, caplen - 4, sink);
		return;
	case 141:	/* DLT_MTP3 */
		t.link = "mtp3";
		t.adaptation = "mtp3";
		tk_mtp3_msu(sccp, lim, &t, p, caplen, sink);
		return;
	case 142:	/* DLT_SCCP */
		t.link = "sccp";
		tk_sccp_msg(sccp, lim, &t, p, caplen, sink);
		return;
	}
	{
		struct tk_error err;
		t.link = "unsupported";
		tk_error_set(&err, TK_ERR_INVALID_ARG, TK_LAYER_LINK, 0, "link type %d not supported", dlt);
		sink->other(sink->arg, TK_REC_ERROR, &t, "link", &err);
	}
}
