/*
 * IPv4 and IPv6 of the capture path: header, IPv6 extension headers, fragment
 * reassembly, then SCTP, UDP (Cisco ITP packet log) or a NOT_TCAP record naming the
 * protocol.
 *
 * Length heuristic.  Some captures carry IPv4 headers whose total length is wrong
 * (3G-2G-HO.pcap: every header claims 16 bytes more than the frame holds).  The rule,
 * kept simple on purpose:
 *   - total length larger than what was captured, or smaller than the header: the
 *     header lies (or the capture was cut); decode what was captured, t->ip_note = 1;
 *   - total length smaller than what was captured: the rest is link padding (Ethernet
 *     pads frames to 60 bytes); decode total length bytes.
 * IPv6's payload length is treated the same way (0, a jumbogram, means "captured").
 *
 * Fragments (IPv4 and IPv6) are kept per (version, source, destination, identification,
 * and for IPv4 protocol) in a table of at most lim->max_ip_fragments open reassemblies;
 * when it is full the oldest one goes, and reassemblies idle for longer than
 * lim->reassembly_timeout are dropped.  A fragment held is reported as a PENDING
 * record; the frame that completes a datagram carries its records, with the frames of
 * the pieces in t->reassembled_from.  Overlapping fragments: the later bytes win.
 */
#include <arpa/inet.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "trace.h"
#include "bytes.h"

#define IP_MAX_DATAGRAM 65535u
/* one bit per 8-byte fragment block of the largest datagram */
#define IP_BLOCKS ((IP_MAX_DATAGRAM + 8) / 8)
/* bound on IPv6 extension headers and IP-in-IP tunnels walked per packet */
#define IP_MAX_EXT_HEADERS 16
#define IP_MAX_TUNNEL_DEPTH 4
/* the table never holds more than this, whatever the limits say */
#define IP_MAX_TABLE 65536u
/* the Cisco ITP packet log's UDP port, and the longest MSU taken from its text
 * (broadband MTP3 signalling units are at most 4 KB) */
#define ITP_LOG_PORT 7890
#define ITP_MAX_MSU 4200

struct ip_reasm {
	int version;
	uint8_t src[16], dst[16];
	uint32_t id;
	uint8_t proto;		/* IPv4: the key's protocol; IPv6: next header of fragment 0 */
	int have_proto;
	double first, last;	/* times of the first and latest fragment */
	uint8_t *buf;
	size_t cap;
	size_t total;		/* datagram payload length, known from the last fragment */
	int have_last;
	uint8_t have[(IP_BLOCKS + 7) / 8];
	uint32_t frames[TK_MAX_REASSEMBLED];
	unsigned n_frames;
};

struct tk_ip_state {
	struct ip_reasm **slot;
	unsigned n_slots;
};

/* the context passed down one packet */
struct ip_ctx {
	struct tk_ip_state *s;
	struct tk_sctp_state *sctp;
	struct tk_sccp_state *sccp;
	const struct tk_trace_limits *lim;
	struct tk_transport *t;
	struct tk_record_sink *sink;
	const uint8_t *src6, *dst6;	/* addresses of the IPv6 header being walked */
};



static void error(struct ip_ctx *c, const char *layer, enum tk_status code, size_t off, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

static void error(struct ip_ctx *c, const char *layer, enum tk_status code, size_t off, const char *fmt, ...)
{
	struct tk_error err;
	va_list ap;

	err.code = code;
	err.layer = TK_LAYER_IP;
	err.offset = off;
	va_start(ap, fmt);
	vsnprintf(err.reason, sizeof(err.reason), fmt, ap);
	va_end(ap);
	c->sink->other(c->sink->arg, TK_REC_ERROR, c->t, layer, &err);
}

static void record(struct ip_ctx *c, enum tk_record_kind kind, const char *layer)
{
	c->sink->other(c->sink->arg, kind, c->t, layer, NULL);
}

/* ---- state -------------------------------------------------------------------------- */

struct tk_ip_state *tk_ip_state_new(const struct tk_trace_limits *lim)
{
	struct tk_ip_state *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	s->n_slots = lim ? lim->max_ip_fragments : 0;
	if (s->n_slots > IP_MAX_TABLE)
		s->n_slots = IP_MAX_TABLE;
	if (s->n_slots) {
		s->slot = calloc(s->n_slots, sizeof(*s->slot));
		if (!s->slot) {
			free(s);
			return NULL;
		}
	}
	return s;
}

static void reasm_free(struct ip_reasm *r)
{
	if (r) {
		free(r->buf);
		free(r);
	}
}

void tk_ip_state_free(struct tk_ip_state *s)
{
	unsigned i;

	if (!s)
		return;
	for (i = 0; i < s->n_slots; i++)
		reasm_free(s->slot[i]);
	free(s->slot);
	free(s);
}

/* ---- fragment reassembly ---------------------------------------------------------------- */

struct frag {
	int version;
	const uint8_t *src, *dst;	/* 4 or 16 bytes */
	uint32_t id;
	uint8_t proto;		/* IPv4 protocol; IPv6 next header (meaningful at offset 0) */
	size_t off;		/* in bytes */
	int more;
	const uint8_t *data;
	size_t len;
};

static int reasm_match(const struct ip_reasm *r, const struct frag *f)
{
	size_t alen = f->version == 4 ? 4 : 16;

	return r->version == f->version && r->id == f->id && !memcmp(r->src, f->src, alen) &&
	       !memcmp(r->dst, f->dst, alen) && (f->version != 4 || r->proto == f->proto);
}

static void bits_set(uint8_t *bits, size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to; i++)
		bits[i / 8] |= (uint8_t)(1u << (i % 8));
}

static int bits_all(const uint8_t *bits, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!(bits[i / 8] & (1u << (i % 8))))
			return 0;
	return 1;
}

static void reasm_add_frame(struct ip_reasm *r, uint32_t frame)
{
	/* frames arrive in order: the same frame twice is one piece of the list; beyond
	 * TK_MAX_REASSEMBLED pieces the list keeps the first ones */
	if (r->n_frames && r->frames[r->n_frames - 1] == frame)
		return;
	if (r->n_frames < TK_MAX_REASSEMBLED)
		r->frames[r->n_frames++] = frame;
}

/* drop reassemblies idle for longer than the timeout; their frames stay PENDING */
static void reasm_expire(struct tk_ip_state *s, const struct tk_trace_limits *lim, double now)
{
	unsigned i;

	if (!lim || lim->reassembly_timeout <= 0)
		return;
	for (i = 0; i < s->n_slots; i++) {
		if (s->slot[i] && now - s->slot[i]->last > lim->reassembly_timeout) {
			reasm_free(s->slot[i]);
			s->slot[i] = NULL;
		}
	}
}

static struct ip_reasm *reasm_find(struct tk_ip_state *s, const struct frag *f, double now)
{
	unsigned i, free_i = s->n_slots, oldest = 0;
	struct ip_reasm *r;
	size_t alen = f->version == 4 ? 4 : 16;

	for (i = 0; i < s->n_slots; i++) {
		if (!s->slot[i]) {
			if (free_i == s->n_slots)
				free_i = i;
			continue;
		}
		if (reasm_match(s->slot[i], f))
			return s->slot[i];
		if (s->slot[oldest] == NULL || s->slot[i]->first < s->slot[oldest]->first)
			oldest = i;
	}
	if (free_i == s->n_slots) {	/* full: the oldest reassembly goes */
		free_i = oldest;
		reasm_free(s->slot[free_i]);
		s->slot[free_i] = NULL;
	}
	r = calloc(1, sizeof(*r));
	if (!r)
		return NULL;
	r->version = f->version;
	memcpy(r->src, f->src, alen);
	memcpy(r->dst, f->dst, alen);
	r->id = f->id;
	if (f->version == 4) {
		r->proto = f->proto;
		r->have_proto = 1;
	}
	r->first = now;
	s->slot[free_i] = r;
	return r;
}

static void reasm_drop(struct tk_ip_state *s, struct ip_reasm *r)
{
	unsigned i;

	for (i = 0; i < s->n_slots; i++) {
		if (s->slot[i] == r) {
			reasm_free(r);
			s->slot[i] = NULL;
			return;
		}
	}
}

static void ip_payload(struct ip_ctx *c, uint8_t proto, const uint8_t *p, size_t n, int depth);
static void ipv6_chain(struct ip_ctx *c, uint8_t nh, const uint8_t *p, size_t n, size_t off, int depth);

/* one fragment: held (PENDING), or the datagram completed and decoded */
static void fragment(struct ip_ctx *c, const struct frag *f, int depth)
{
	const char *layer = f->version == 4 ? "ipv4-fragment" : "ipv6-fragment";
	struct ip_reasm *r;
	size_t end = f->off + f->len, blocks;

	if (!c->s || c->s->n_slots == 0) {
		error(c, layer, TK_ERR_TOO_MANY, 0, "IPv%d fragment not reassembled (reassembly disabled)",
		      f->version);
		return;
	}
	if (end > IP_MAX_DATAGRAM) {
		error(c, layer, TK_ERR_VALUE, 0, "IPv%d fragment at offset %zu of %zu bytes ends past %u bytes",
		      f->version, f->off, f->len, IP_MAX_DATAGRAM);
		return;
	}
	if (f->more && (f->len == 0 || f->len % 8)) {
		error(c, layer, TK_ERR_VALUE, 0,
		      "IPv%d fragment at offset %zu is not the last but holds %zu bytes (not a multiple of 8)",
		      f->version, f->off, f->len);
		return;
	}
	reasm_expire(c->s, c->lim, c->sink->time);
	r = reasm_find(c->s, f, c->sink->time);
	if (!r) {
		error(c, layer, TK_ERR_NOMEM, 0, "out of memory for IP reassembly");
		return;
	}
	r->last = c->sink->time;
	if (end > r->cap) {
		/* grow to what the fragments reach, in steps, never past the largest datagram */
		size_t cap = r->cap ? r->cap : 2048;
		uint8_t *nb;
		while (cap < end)
			cap *= 2;
		if (cap > IP_MAX_DATAGRAM)
			cap = IP_MAX_DATAGRAM;
		nb = realloc(r->buf, cap);
		if (!nb) {
			reasm_drop(c->s, r);
			error(c, layer, TK_ERR_NOMEM, 0, "out of memory for IP reassembly");
			return;
		}
		memset(nb + r->cap, 0, cap - r->cap);
		r->buf = nb;
		r->cap = cap;
	}
	if (f->len)
		memcpy(r->buf + f->off, f->data, f->len);
	bits_set(r->have, f->off / 8, (end + 7) / 8);
	if (f->off == 0 && !r->have_proto) {
		r->proto = f->proto;
		r->have_proto = 1;
	}
	if (!f->more) {
		if (r->have_last && r->total != end) {
			reasm_drop(c->s, r);
			error(c, layer, TK_ERR_VALUE, 0, "IPv%d fragments disagree on the datagram's length",
			      f->version);
			return;
		}
		r->have_last = 1;
		r->total = end;
	}
	reasm_add_frame(r, c->sink->frame);
	blocks = (r->total + 7) / 8;
	if (!r->have_last || !r->have_proto || !bits_all(r->have, blocks)) {
		record(c, TK_REC_PENDING, layer);
		return;
	}
	/* complete: the frames of the pieces go with the datagram, which is decoded from
	 * the reassembly buffer, freed once its records are out */
	memcpy(c->t->reassembled_from, r->frames, r->n_frames * sizeof(r->frames[0]));
	c->t->n_reassembled = r->n_frames;
	{
		struct ip_reasm *done = r;
		unsigned i;
		for (i = 0; i < c->s->n_slots; i++)
			if (c->s->slot[i] == r)
				c->s->slot[i] = NULL;
		if (done->version == 4)
			ip_payload(c, done->proto, done->buf, done->total, depth);
		else
			ipv6_chain(c, done->proto, done->buf, done->total, 0, depth);
		reasm_free(done);
	}
}

/* ---- UDP: Cisco ITP packet log -------------------------------------------------------------- */

static int hexval(uint8_t ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

/*
 * The ITP's packet log sends syslog text lines such as
 *	<135> March 21 11:48 IKWMC71:03138808,msu=816688275211201112
 * Each "msu=" is followed by an MTP3 MSU (SIO, routing label, SIF) in hex.
 */
static void itp_log(struct ip_ctx *c, const uint8_t *p, size_t n)
{
	static const char key[] = "msu=";
	const size_t klen = sizeof(key) - 1;
	size_t i;
	int found = 0;

	for (i = 0; i + klen <= n; i++) {
		uint8_t msu[ITP_MAX_MSU];
		size_t start, j, len = 0;
		struct tk_transport t;
		struct ip_ctx ic;

		if (memcmp(p + i, key, klen) != 0)
			continue;
		found = 1;
		start = i + klen;
		for (j = start; j < n && hexval(p[j]) >= 0; j++)
			;
		i = j > i ? j - 1 : i;	/* the loop's i++ goes past the hex */
		t = *c->t;
		t.adaptation = "itp-log";
		ic = *c;
		ic.t = &t;
		if (j == start) {
			error(&ic, "itp-log", TK_ERR_MISSING, start, "\"msu=\" without hex digits");
			continue;
		}
		if ((j - start) % 2) {
			error(&ic, "itp-log", TK_ERR_VALUE, start, "MSU of an odd number (%zu) of hex digits",
			      j - start);
			continue;
		}
		if ((j - start) / 2 > sizeof(msu)) {
			error(&ic, "itp-log", TK_ERR_TOO_MANY, start, "MSU of %zu bytes, more than %zu",
			      (j - start) / 2, sizeof(msu));
			continue;
		}
		for (; start + 1 < j; start += 2)
			msu[len++] = (uint8_t)(hexval(p[start]) << 4 | hexval(p[start + 1]));
		tk_mtp3_msu(c->sccp, c->lim, &t, msu, len, c->sink);
	}
	if (!found)
		record(c, TK_REC_NOT_TCAP, "syslog");
}

static void udp(struct ip_ctx *c, const uint8_t *p, size_t n)
{
	size_t ulen;

	if (n < 8) {
		error(c, "udp", TK_ERR_TRUNCATED, 0, "UDP header truncated: %zu of 8 bytes", n);
		return;
	}
	c->t->has_udp = 1;
	c->t->sport = tk_be16(p);
	c->t->dport = tk_be16(p + 2);
	/* the UDP length gets the IP length's rule: trusted only when it fits */
	ulen = tk_be16(p + 4);
	if (ulen >= 8 && ulen < n)
		n = ulen;
	if (c->t->sport == ITP_LOG_PORT || c->t->dport == ITP_LOG_PORT)
		itp_log(c, p + 8, n - 8);
	else
		record(c, TK_REC_NOT_TCAP, "udp");
}

/* ---- IP protocols ----------------------------------------------------------------------- */

static void ipv4(struct ip_ctx *c, const uint8_t *p, size_t n, int depth);
static void ipv6(struct ip_ctx *c, const uint8_t *p, size_t n, int depth);

static const char *proto_name(uint8_t proto, char *buf, size_t size)
{
	switch (proto) {
	case 1: return "icmp";
	case 2: return "igmp";
	case 6: return "tcp";
	case 17: return "udp";
	case 33: return "dccp";
	case 47: return "gre";
	case 50: return "esp";
	case 51: return "ah";
	case 58: return "ipv6-icmp";
	case 59: return "ipv6-no-next-header";
	case 88: return "eigrp";
	case 89: return "ospf";
	case 103: return "pim";
	case 112: return "vrrp";
	case 136: return "udplite";
	}
	snprintf(buf, size, "ip-proto-%u", proto);
	return buf;
}

static void ip_payload(struct ip_ctx *c, uint8_t proto, const uint8_t *p, size_t n, int depth)
{
	char name[32];

	switch (proto) {
	case 132:
		tk_sctp_packet(c->sctp, c->sccp, c->lim, c->t, p, n, c->sink);
		return;
	case 17:
		udp(c, p, n);
		return;
	case 4:		/* IPv4 in IP */
	case 41:	/* IPv6 in IP */
		if (depth >= IP_MAX_TUNNEL_DEPTH) {
			error(c, "ip", TK_ERR_TOO_DEEP, 0, "IP tunnelled more than %d times", IP_MAX_TUNNEL_DEPTH);
			return;
		}
		if (proto == 4)
			ipv4(c, p, n, depth + 1);
		else
			ipv6(c, p, n, depth + 1);
		return;
	}
	record(c, TK_REC_NOT_TCAP, proto_name(proto, name, sizeof(name)));
}

/* the captured length, or the header's if smaller (link padding); see the top */
static size_t trusted_length(struct ip_ctx *c, size_t claimed, size_t hdr, size_t n)
{
	if (claimed < hdr || claimed > n) {
		c->t->ip_note = 1;
		return n;
	}
	return claimed;
}

static void ipv4(struct ip_ctx *c, const uint8_t *p, size_t n, int depth)
{
	size_t ihl, len;
	uint16_t frag;

	if (n < 20) {
		error(c, "ipv4", TK_ERR_TRUNCATED, 0, "IPv4 header truncated: %zu of 20 bytes", n);
		return;
	}
	c->t->ip_version = 4;
	inet_ntop(AF_INET, p + 12, c->t->src_ip, sizeof(c->t->src_ip));
	inet_ntop(AF_INET, p + 16, c->t->dst_ip, sizeof(c->t->dst_ip));
	ihl = (size_t)(p[0] & 0x0f) * 4;
	if (ihl < 20) {
		error(c, "ipv4", TK_ERR_VALUE, 0, "IPv4 header length %zu below 20 bytes", ihl);
		return;
	}
	if (ihl > n) {
		error(c, "ipv4", TK_ERR_TRUNCATED, 0, "IPv4 header with options truncated: %zu of %zu bytes", n,
		      ihl);
		return;
	}
	len = trusted_length(c, tk_be16(p + 2), ihl, n);
	frag = tk_be16(p + 6);
	if (frag & 0x3fff) {	/* more fragments, or an offset: a fragment */
		struct frag f = { 4, p + 12, p + 16, tk_be16(p + 4), p[9], (size_t)(frag & 0x1fff) * 8,
				  (frag & 0x2000) != 0, p + ihl, len - ihl };
		fragment(c, &f, depth);
		return;
	}
	ip_payload(c, p[9], p + ihl, len - ihl, depth);
}

/*
 * IPv6 extension headers from next header nh at p[off], up to the upper-layer protocol.
 * Hop-by-hop, routing and destination options are skipped; a fragment header sends the
 * rest to reassembly.
 */
static void ipv6_chain(struct ip_ctx *c, uint8_t nh, const uint8_t *p, size_t n, size_t off, int depth)
{
	unsigned count;

	for (count = 0; count < IP_MAX_EXT_HEADERS; count++) {
		size_t hlen;

		switch (nh) {
		case 0:		/* hop-by-hop options */
		case 43:	/* routing */
		case 60:	/* destination options */
		case 135:	/* mobility */
			if (n - off < 2) {
				error(c, "ipv6", TK_ERR_TRUNCATED, off, "IPv6 extension header %u truncated", nh);
				return;
			}
			hlen = ((size_t)p[off + 1] + 1) * 8;
			break;
		case 51:	/* authentication header: length in 4-byte units, minus 2 */
			if (n - off < 2) {
				error(c, "ipv6", TK_ERR_TRUNCATED, off, "IPv6 authentication header truncated");
				return;
			}
			hlen = ((size_t)p[off + 1] + 2) * 4;
			break;
		case 44: {	/* fragment: next header, reserved, offset|res|M, identification */
			struct frag f;
			uint16_t fo;
			if (n - off < 8) {
				error(c, "ipv6", TK_ERR_TRUNCATED, off, "IPv6 fragment header truncated: %zu of 8 bytes",
				      n - off);
				return;
			}
			fo = tk_be16(p + off + 2);
			f.version = 6;
			f.src = c->src6;
			f.dst = c->dst6;
			f.id = tk_be32(p + off + 4);
			f.proto = p[off];
			f.off = (size_t)(fo >> 3) * 8;
			f.more = fo & 1;
			f.data = p + off + 8;
			f.len = n - off - 8;
			if (f.off == 0 && !f.more) {	/* an atomic fragment (RFC 6946): no reassembly */
				nh = p[off];
				off += 8;
				continue;
			}
			fragment(c, &f, depth);
			return;
		}
		default:
			ip_payload(c, nh, p + off, n - off, depth);
			return;
		}
		if (hlen > n - off) {
			error(c, "ipv6", TK_ERR_TRUNCATED, off, "IPv6 extension header %u of %zu bytes runs past the packet",
			      nh, hlen);
			return;
		}
		nh = p[off];
		off += hlen;
	}
	error(c, "ipv6", TK_ERR_TOO_DEEP, off, "more than %d IPv6 extension headers", IP_MAX_EXT_HEADERS);
}

static void ipv6(struct ip_ctx *c, const uint8_t *p, size_t n, int depth)
{
	size_t len;

	if (n < 40) {
		error(c, "ipv6", TK_ERR_TRUNCATED, 0, "IPv6 header truncated: %zu of 40 bytes", n);
		return;
	}
	c->t->ip_version = 6;
	inet_ntop(AF_INET6, p + 8, c->t->src_ip, sizeof(c->t->src_ip));
	inet_ntop(AF_INET6, p + 24, c->t->dst_ip, sizeof(c->t->dst_ip));
	c->src6 = p + 8;
	c->dst6 = p + 24;
	/* payload length 0 is a jumbogram (or a capture of offloaded segments): captured */
	len = tk_be16(p + 4) ? trusted_length(c, 40 + (size_t)tk_be16(p + 4), 40, n) : n;
	ipv6_chain(c, p[6], p, len, 40, depth);
}

void tk_ip_packet(struct tk_ip_state *s, struct tk_sctp_state *sctp, struct tk_sccp_state *sccp,
		  const struct tk_trace_limits *lim, struct tk_transport *t, const uint8_t *p, size_t n,
		  struct tk_record_sink *sink)
{
	struct ip_ctx c = { s, sctp, sccp, lim, t, sink, NULL, NULL };

	if (!p)
		n = 0;
	if (n < 1) {
		error(&c, "ip", TK_ERR_TRUNCATED, 0, "IP header expected, the frame ends");
		return;
	}
	switch (p[0] >> 4) {
	case 4:
		ipv4(&c, p, n, 0);
		return;
	case 6:
		ipv6(&c, p, n, 0);
		return;
	}
	error(&c, "ip", TK_ERR_VALUE, 0, "IP version %u (neither 4 nor 6)", p[0] >> 4);
}
