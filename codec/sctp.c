/*
 * SCTP of the capture path (RFC 9260; I-DATA RFC 8260): the common header, every chunk of
 * the packet, and for each DATA or I-DATA chunk its user message handed to the adaptation
 * layer its payload protocol identifier (or, for PPID 0, its port) names.
 *
 * - A chunk whose length runs past the packet gives an error record for that chunk; the
 *   chunks before it have given their records already.  Zero bytes after the last chunk
 *   (pcapsctpspliter's captures have them: a "chunk" of type 0 and length 0) are filler,
 *   not a chunk, and are skipped without a record.
 * - Fragmented user messages (B/E flags) are reassembled per association (addresses,
 *   ports, verification tag), stream and ordered/unordered, in TSN order (I-DATA: per
 *   message id, in FSN order).  At most lim->max_sctp_partial messages are open at once
 *   (the least recently extended goes when a new one needs room) and a message idle for
 *   lim->reassembly_timeout is dropped; each fragment held gives a PENDING record.
 * - A TSN seen recently on the same association (a window of SCTP_TSN_WINDOW per
 *   association, SCTP_MAX_ASSOCS associations) with the same content is a
 *   retransmission: a DUPLICATE record, and the chunk is not decoded again.  Packets
 *   with verification tag 0 (synthetic captures, where every TSN is 0) are not checked.
 * - A packet without DATA gives one NOT_TCAP record named after its first chunk
 *   ("sctp-init", "sctp-sack", ...).
 * The CRC32c checksum is not verified: captures taken on the sending host carry
 * checksums the network card fills in later.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "trace.h"
#include "bytes.h"

#define SCTP_MAX_ASSOCS 256
#define SCTP_TSN_WINDOW 128
/* bounds of one user message in reassembly: M3UA/SUA messages carrying SCCP are a few
 * KB at most (an LUDT is below 4 KB) */
#define SCTP_MAX_MESSAGE 65536u
#define SCTP_MAX_FRAGS 256u
#define SCTP_MAX_PARTIAL_TABLE 65536u

enum { CH_DATA = 0, CH_IDATA = 64 };
enum { FL_E = 0x01, FL_B = 0x02, FL_U = 0x04 };

struct assoc_key {
	char src[48], dst[48];
	uint16_t sport, dport;
	uint32_t vtag;
};

/* recently seen TSNs of one association (one direction) */
struct assoc {
	int used;
	struct assoc_key k;
	double last;
	struct {
		uint32_t tsn, hash;
	} seen[SCTP_TSN_WINDOW];
	unsigned n, next;
};

struct sctp_frag {
	uint32_t seq;		/* DATA: TSN; I-DATA: FSN (0 for the first fragment) */
	uint32_t tsn, ppid;
	uint32_t frame;
	int b, e;
	uint8_t *data;
	size_t len;
};

/* one user message being reassembled */
struct partial {
	struct assoc_key k;
	uint16_t stream;
	int unordered, idata;
	uint32_t mid;		/* I-DATA message identifier */
	double last;
	struct sctp_frag frag[SCTP_MAX_FRAGS];	/* sorted by seq */
	unsigned n;
	size_t bytes;
};

struct tk_sctp_state {
	struct assoc *assoc;
	unsigned n_assoc;
	struct partial **partial;
	unsigned n_partial;
};

/* one packet being decoded */
struct sctp_ctx {
	struct tk_sctp_state *s;
	struct tk_sccp_state *sccp;
	const struct tk_trace_limits *lim;
	struct tk_transport *t;
	struct tk_record_sink *sink;
	struct assoc_key k;
	int records;		/* records given by the chunks so far */
};



/* serial number arithmetic (RFC 1982) for 32-bit TSNs and FSNs */
static int seq_lt(uint32_t a, uint32_t b)
{
	return (int32_t)(a - b) < 0;
}

static void error(struct sctp_ctx *c, const struct tk_transport *t, const char *layer, enum tk_status code,
		  size_t off, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static void error(struct sctp_ctx *c, const struct tk_transport *t, const char *layer, enum tk_status code,
		  size_t off, const char *fmt, ...)
{
	struct tk_error err;
	va_list ap;

	err.code = code;
	err.layer = TK_LAYER_SCTP;
	err.offset = off;
	va_start(ap, fmt);
	vsnprintf(err.reason, sizeof(err.reason), fmt, ap);
	va_end(ap);
	c->sink->other(c->sink->arg, TK_REC_ERROR, t, layer, &err);
	c->records++;
}

static void record(struct sctp_ctx *c, enum tk_record_kind kind, const struct tk_transport *t, const char *layer)
{
	c->sink->other(c->sink->arg, kind, t, layer, NULL);
	c->records++;
}

/* ---- state -------------------------------------------------------------------------- */

struct tk_sctp_state *tk_sctp_state_new(const struct tk_trace_limits *lim)
{
	struct tk_sctp_state *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	s->n_assoc = SCTP_MAX_ASSOCS;
	s->assoc = calloc(s->n_assoc, sizeof(*s->assoc));
	s->n_partial = lim ? lim->max_sctp_partial : 0;
	if (s->n_partial > SCTP_MAX_PARTIAL_TABLE)
		s->n_partial = SCTP_MAX_PARTIAL_TABLE;
	if (s->n_partial)
		s->partial = calloc(s->n_partial, sizeof(*s->partial));
	if (!s->assoc || (s->n_partial && !s->partial)) {
		free(s->assoc);
		free(s->partial);
		free(s);
		return NULL;
	}
	return s;
}

static void partial_free(struct partial *m)
{
	unsigned i;

	if (!m)
		return;
	for (i = 0; i < m->n; i++)
		free(m->frag[i].data);
	free(m);
}

void tk_sctp_state_free(struct tk_sctp_state *s)
{
	unsigned i;

	if (!s)
		return;
	for (i = 0; i < s->n_partial; i++)
		partial_free(s->partial[i]);
	free(s->partial);
	free(s->assoc);
	free(s);
}

static int key_eq(const struct assoc_key *a, const struct assoc_key *b)
{
	return a->sport == b->sport && a->dport == b->dport && a->vtag == b->vtag && !strcmp(a->src, b->src) &&
	       !strcmp(a->dst, b->dst);
}

/* ---- retransmissions -------------------------------------------------------------------- */

/* FNV-1a of a chunk's content after its TSN: a retransmission repeats it exactly */
static uint32_t chunk_hash(const uint8_t *p, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ p[i]) * 16777619u;
	return h;
}

/*
 * 1 if the chunk (TSN and content) was seen recently on the association; else it is
 * remembered.  The same TSN with other content is not a retransmission: captures made
 * with text2pcap and the like give every DATA chunk TSN 0 (and verification tag 0,
 * which no real DATA packet has: those are not checked at all).
 */
static int tsn_seen(struct sctp_ctx *c, uint32_t tsn, uint32_t hash)
{
	struct tk_sctp_state *s = c->s;
	struct assoc *a = NULL;
	unsigned i, free_i, lru;

	if (!s || !s->n_assoc || c->k.vtag == 0)
		return 0;
	free_i = lru = s->n_assoc;
	for (i = 0; i < s->n_assoc; i++) {
		if (!s->assoc[i].used) {
			if (free_i == s->n_assoc)
				free_i = i;
			continue;
		}
		if (key_eq(&s->assoc[i].k, &c->k)) {
			a = &s->assoc[i];
			break;
		}
		if (lru == s->n_assoc || s->assoc[i].last < s->assoc[lru].last)
			lru = i;
	}
	if (!a) {	/* a new association takes a free entry or the least recently used one */
		a = &s->assoc[free_i != s->n_assoc ? free_i : lru];
		memset(a, 0, sizeof(*a));
		a->used = 1;
		a->k = c->k;
	}
	a->last = c->sink->time;
	for (i = 0; i < a->n; i++) {
		if (a->seen[i].tsn == tsn) {
			if (a->seen[i].hash == hash)
				return 1;
			a->seen[i].hash = hash;	/* the TSN reused: remember the new content */
			return 0;
		}
	}
	a->seen[a->next].tsn = tsn;
	a->seen[a->next].hash = hash;
	a->next = (a->next + 1) % SCTP_TSN_WINDOW;
	if (a->n < SCTP_TSN_WINDOW)
		a->n++;
	return 0;
}

/* ---- user messages -------------------------------------------------------------------- */

/* the adaptation layer of a user message: by PPID, or for PPID 0 by the well-known port */
static void deliver(struct sctp_ctx *c, struct tk_transport *t, const uint8_t *p, size_t n)
{
	static const struct {
		uint32_t ppid;
		uint16_t port;
		const char *name;
	} by[] = {
		{ 3, 2905, "m3ua" }, { 4, 14001, "sua" }, { 5, 3565, "m2pa" }, { 2, 2904, "m2ua" },
	};
	uint32_t ppid = t->ppid, swapped;
	unsigned i;

	/* Some stacks write the PPID in host byte order (3 as 0x03000000): a PPID whose
	 * byte-swapped value is one of ours is taken as that. */
	swapped = (ppid >> 24) | ((ppid >> 8) & 0xff00) | ((ppid << 8) & 0xff0000) | (ppid << 24);
	for (i = 0; i < TK_ARRAY_SIZE(by); i++)
		if (ppid == by[i].ppid || (ppid && swapped == by[i].ppid) ||
		    (ppid == 0 && (t->dport == by[i].port || t->sport == by[i].port)))
			break;
	if (i == TK_ARRAY_SIZE(by)) {
		char name[32];
		snprintf(name, sizeof(name), "sctp-ppid-%u", (unsigned)t->ppid);
		record(c, TK_REC_NOT_TCAP, t, name);
		return;
	}
	t->adaptation = by[i].name;
	c->records++;
	switch (by[i].ppid) {
	case 3:
		tk_m3ua_msg(c->sccp, c->lim, t, p, n, c->sink);
		break;
	case 4:
		tk_sua_msg(c->sccp, c->lim, t, p, n, c->sink);
		break;
	case 5:
		tk_m2pa_msg(c->sccp, c->lim, t, p, n, c->sink);
		break;
	case 2:
		tk_m2ua_msg(c->sccp, c->lim, t, p, n, c->sink);
		break;
	}
}

static void partial_drop(struct tk_sctp_state *s, unsigned i)
{
	partial_free(s->partial[i]);
	s->partial[i] = NULL;
}

static void partial_expire(struct sctp_ctx *c)
{
	unsigned i;

	if (!c->lim || c->lim->reassembly_timeout <= 0)
		return;
	for (i = 0; i < c->s->n_partial; i++)
		if (c->s->partial[i] && c->sink->time - c->s->partial[i]->last > c->lim->reassembly_timeout)
			partial_drop(c->s, i);
}

/* the slot of the message a fragment belongs to, a new one, or -1 (out of memory) */
static int partial_slot(struct sctp_ctx *c, uint16_t stream, int unordered, int idata, uint32_t mid)
{
	struct tk_sctp_state *s = c->s;
	unsigned i, free_i = s->n_partial, lru = 0;
	struct partial *m;

	for (i = 0; i < s->n_partial; i++) {
		m = s->partial[i];
		if (!m) {
			if (free_i == s->n_partial)
				free_i = i;
			continue;
		}
		if (m->stream == stream && m->unordered == unordered && m->idata == idata &&
		    (!idata || m->mid == mid) && key_eq(&m->k, &c->k))
			return (int)i;
		if (!s->partial[lru] || m->last < s->partial[lru]->last)
			lru = i;
	}
	if (free_i == s->n_partial) {	/* full: the least recently extended message goes */
		free_i = lru;
		partial_drop(s, lru);
	}
	m = calloc(1, sizeof(*m));
	if (!m)
		return -1;
	m->k = c->k;
	m->stream = stream;
	m->unordered = unordered;
	m->idata = idata;
	m->mid = mid;
	s->partial[free_i] = m;
	return (int)free_i;
}

/* frames of the pieces: merged into t's list (which may hold IP fragments' frames),
 * ascending, each once, at most TK_MAX_REASSEMBLED */
static void add_frame(struct tk_transport *t, uint32_t frame)
{
	unsigned i, j;

	for (i = 0; i < t->n_reassembled; i++) {
		if (t->reassembled_from[i] == frame)
			return;
		if (t->reassembled_from[i] > frame)
			break;
	}
	if (t->n_reassembled == TK_MAX_REASSEMBLED) {
		if (i == TK_MAX_REASSEMBLED)
			return;
		t->n_reassembled--;	/* keep the earliest frames */
	}
	for (j = t->n_reassembled; j > i; j--)
		t->reassembled_from[j] = t->reassembled_from[j - 1];
	t->reassembled_from[i] = frame;
	t->n_reassembled++;
}

/* a complete run first..last of the message's fragments: B, consecutive, E */
static int find_complete(const struct partial *m, unsigned *first, unsigned *last)
{
	unsigned i, k;

	for (i = 0; i < m->n; i++) {
		if (!m->frag[i].b)
			continue;
		for (k = i; k < m->n; k++) {
			if (k > i && (m->frag[k].seq != m->frag[k - 1].seq + 1 || m->frag[k].b))
				break;
			if (m->frag[k].e) {
				*first = i;
				*last = k;
				return 1;
			}
		}
	}
	return 0;
}

/* a fragment of a user message (not both B and E): held, or the message completed */
static void fragment(struct sctp_ctx *c, struct tk_transport *t, int idata, int flags, uint32_t mid,
		     uint32_t seq, const uint8_t *p, size_t n, size_t off)
{
	struct partial *m;
	unsigned i, first, last;
	int slot;
	uint8_t *copy;

	if (!c->s || !c->s->n_partial) {
		error(c, t, "sctp-fragment", TK_ERR_TOO_MANY, off,
		      "SCTP fragment of stream %u not reassembled (reassembly disabled)", t->stream);
		return;
	}
	partial_expire(c);
	slot = partial_slot(c, t->stream, (flags & FL_U) != 0, idata, mid);
	if (slot < 0) {
		error(c, t, "sctp-fragment", TK_ERR_NOMEM, off, "out of memory for SCTP reassembly");
		return;
	}
	m = c->s->partial[slot];
	m->last = c->sink->time;
	for (i = 0; i < m->n && seq_lt(m->frag[i].seq, seq); i++)
		;
	if (i < m->n && m->frag[i].seq == seq) {
		/* the same piece again under another TSN (the TSN window missed it): keep one */
		record(c, TK_REC_DUPLICATE, t, "sctp-fragment");
		return;
	}
	if (m->n == SCTP_MAX_FRAGS || n > SCTP_MAX_MESSAGE - m->bytes) {
		error(c, t, "sctp-fragment", TK_ERR_TOO_MANY, off,
		      "SCTP user message on stream %u over %u fragments or %u bytes: dropped", t->stream,
		      SCTP_MAX_FRAGS, SCTP_MAX_MESSAGE);
		partial_drop(c->s, (unsigned)slot);
		return;
	}
	copy = malloc(n ? n : 1);
	if (!copy) {
		if (m->n == 0)
			partial_drop(c->s, (unsigned)slot);
		error(c, t, "sctp-fragment", TK_ERR_NOMEM, off, "out of memory for SCTP reassembly");
		return;
	}
	memcpy(copy, p, n);
	memmove(&m->frag[i + 1], &m->frag[i], (m->n - i) * sizeof(m->frag[0]));
	m->frag[i].seq = seq;
	m->frag[i].tsn = t->tsn;
	m->frag[i].ppid = t->ppid;
	m->frag[i].frame = c->sink->frame;
	m->frag[i].b = (flags & FL_B) != 0;
	m->frag[i].e = (flags & FL_E) != 0;
	m->frag[i].data = copy;
	m->frag[i].len = n;
	m->n++;
	m->bytes += n;
	if (!find_complete(m, &first, &last)) {
		record(c, TK_REC_PENDING, t, "sctp-fragment");
		return;
	}
	{
		/* the message, in one buffer; it carries the first fragment's TSN and PPID
		 * (I-DATA has the PPID in the first fragment only) */
		size_t len = 0, k;
		uint8_t *msg;
		struct tk_transport mt = *t;

		for (i = first; i <= last; i++)
			len += m->frag[i].len;
		msg = malloc(len ? len : 1);
		if (!msg) {
			partial_drop(c->s, (unsigned)slot);
			error(c, t, "sctp-fragment", TK_ERR_NOMEM, off, "out of memory for SCTP reassembly");
			return;
		}
		for (i = first, k = 0; i <= last; i++) {
			memcpy(msg + k, m->frag[i].data, m->frag[i].len);
			k += m->frag[i].len;
			add_frame(&mt, m->frag[i].frame);
			free(m->frag[i].data);
		}
		mt.tsn = m->frag[first].tsn;
		mt.ppid = m->frag[first].ppid;
		memmove(&m->frag[first], &m->frag[last + 1], (m->n - last - 1) * sizeof(m->frag[0]));
		m->n -= last - first + 1;
		m->bytes -= len;
		if (m->n == 0)
			partial_drop(c->s, (unsigned)slot);
		deliver(c, &mt, msg, len);
		free(msg);
	}
}

/* a DATA (RFC 9260 3.3.1) or I-DATA (RFC 8260 2.1) chunk at p[off], len bytes */
static void data_chunk(struct sctp_ctx *c, const uint8_t *p, size_t off, size_t len)
{
	const uint8_t *ch = p + off;
	int idata = ch[0] == CH_IDATA, flags = ch[1];
	size_t hdr = idata ? 20 : 16;
	struct tk_transport t = *c->t;
	uint32_t mid = 0, seq;

	if (len < hdr) {
		error(c, &t, "sctp", TK_ERR_TRUNCATED, off, "%s chunk of %zu bytes, shorter than its %zu-byte header",
		      idata ? "I-DATA" : "DATA", len, hdr);
		return;
	}
	t.tsn = tk_be32(ch + 4);
	t.stream = tk_be16(ch + 8);
	if (idata) {
		mid = tk_be32(ch + 12);
		/* the first fragment has the PPID where the others have their FSN */
		t.ppid = (flags & FL_B) ? tk_be32(ch + 16) : 0;
		seq = (flags & FL_B) ? 0 : tk_be32(ch + 16);
	} else {
		t.ppid = tk_be32(ch + 12);
		seq = t.tsn;
	}
	if (tsn_seen(c, t.tsn, chunk_hash(ch + 8, len - 8))) {
		record(c, TK_REC_DUPLICATE, &t, "sctp");
		return;
	}
	if (len == hdr) {
		error(c, &t, "sctp", TK_ERR_MISSING, off, "%s chunk without user data (TSN %u)",
		      idata ? "I-DATA" : "DATA", (unsigned)t.tsn);
		return;
	}
	if ((flags & (FL_B | FL_E)) == (FL_B | FL_E))
		deliver(c, &t, ch + hdr, len - hdr);
	else
		fragment(c, &t, idata, flags, mid, seq, ch + hdr, len - hdr, off);
}

static const char *control_name(uint8_t type)
{
	switch (type) {
	case 1: return "sctp-init";
	case 2: return "sctp-init-ack";
	case 3: return "sctp-sack";
	case 4: return "sctp-heartbeat";
	case 5: return "sctp-heartbeat-ack";
	case 6: return "sctp-abort";
	case 7: return "sctp-shutdown";
	case 8: return "sctp-shutdown-ack";
	case 9: return "sctp-error";
	case 10: return "sctp-cookie-echo";
	case 11: return "sctp-cookie-ack";
	case 12: return "sctp-ecne";
	case 13: return "sctp-cwr";
	case 14: return "sctp-shutdown-complete";
	case 15: return "sctp-auth";
	case 16: return "sctp-nr-sack";
	case 128: return "sctp-asconf-ack";
	case 130: return "sctp-re-config";
	case 132: return "sctp-pad";
	case 192: return "sctp-forward-tsn";
	case 193: return "sctp-asconf";
	case 194: return "sctp-i-forward-tsn";
	}
	return "sctp-control";
}

static int all_zero(const uint8_t *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i])
			return 0;
	return 1;
}

static const char *chunk_name(uint8_t type)
{
	if (type == CH_DATA)
		return "DATA";
	if (type == CH_IDATA)
		return "I-DATA";
	return control_name(type) + 5;
}

void tk_sctp_packet(struct tk_sctp_state *s, struct tk_sccp_state *sccp, const struct tk_trace_limits *lim,
		    struct tk_transport *t, const uint8_t *p, size_t n, struct tk_record_sink *sink)
{
	struct sctp_ctx c;
	const char *control = NULL;
	size_t off = 12;
	unsigned index = 0;

	memset(&c, 0, sizeof(c));
	c.s = s;
	c.sccp = sccp;
	c.lim = lim;
	c.t = t;
	c.sink = sink;
	if (!p)
		n = 0;
	if (n < 12) {
		error(&c, t, "sctp", TK_ERR_TRUNCATED, 0, "SCTP common header truncated: %zu of 12 bytes", n);
		return;
	}
	t->has_sctp = 1;
	t->sport = tk_be16(p);
	t->dport = tk_be16(p + 2);
	t->vtag = tk_be32(p + 4);
	snprintf(c.k.src, sizeof(c.k.src), "%s", t->src_ip);
	snprintf(c.k.dst, sizeof(c.k.dst), "%s", t->dst_ip);
	c.k.sport = t->sport;
	c.k.dport = t->dport;
	c.k.vtag = t->vtag;

	while (off < n) {
		size_t len, padded;
		uint8_t type;

		index++;
		if (n - off < 4 || tk_be16(p + off + 2) < 4) {
			/* not a chunk: zero filler after the last one is skipped, anything else
			 * is reported */
			if (all_zero(p + off, n - off))
				break;
			if (n - off < 4)
				error(&c, t, "sctp", TK_ERR_TRUNCATED, off,
				      "chunk %u: header truncated, %zu of 4 bytes", index, n - off);
			else
				error(&c, t, "sctp", TK_ERR_VALUE, off, "chunk %u (%s): length %u below 4", index,
				      chunk_name(p[off]), tk_be16(p + off + 2));
			break;
		}
		type = p[off];
		len = tk_be16(p + off + 2);
		if (len > n - off) {
			error(&c, t, "sctp", TK_ERR_TRUNCATED, off,
			      "chunk %u (%s) at offset %zu: length %zu runs %zu bytes past the packet", index,
			      chunk_name(type), off, len, len - (n - off));
			break;
		}
		if (type == CH_DATA || type == CH_IDATA)
			data_chunk(&c, p, off, len);
		else if (!control)
			control = control_name(type);
		/* chunks are padded to 4 bytes; the last one's padding may be missing */
		padded = (len + 3) & ~(size_t)3;
		if (padded >= n - off)
			break;
		off += padded;
	}
	if (c.records == 0)
		record(&c, TK_REC_NOT_TCAP, t, control ? control : "sctp-no-chunks");
}
