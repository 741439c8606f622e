/*
 * Internal interfaces of the capture path (issue 3): a frame goes down the layers
 *
 *	link (Ethernet/VLAN, SLL, SLL2, raw IP, BSD null, MTP2, MTP2+PHDR, MTP3, SCCP)
 *	-> IPv4/IPv6 (+ fragment reassembly) -> SCTP (chunks, DATA reassembly, duplicates)
 *	   or UDP (e.g. Cisco ITP packet log)                       [codec/link.c, ip.c, sctp.c]
 *	-> M3UA / SUA / M2PA / M2UA / MTP2 -> MTP3 -> SCCP (+ XUDT/LUDT reassembly)
 *	                                    [codec/m3ua.c, sua.c, m2pa.c, m2ua.c, mtp2.c, mtp3.c, sccp.c]
 *	-> TCAP (ITU: tk_tcap_decode; ANSI: codec/ansi_tcap.c)
 *
 * Each layer fills its part of struct tk_transport and hands its payload on.  Layers
 * that keep state (IP fragments, SCTP reassembly, SCCP segments) keep it in their own
 * state object, created and freed by the trace (codec/trace.c), bounded in memory.
 * Nothing here does I/O: codec/pcap.c reads files with libpcap and feeds frames.
 */
#ifndef TK_TRACE_INTERNAL_H
#define TK_TRACE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"

/* struct tk_transport, struct tk_sccp_addr, enum tk_pc_format and enum tk_record_kind are
 * in include/tcapkit/tcapkit.h (users read them in records). */

/* the bytes a layer hands on: into the frame, or into a reassembly buffer it owns */
struct tk_payload {
	const uint8_t *data;
	size_t len;
};

/* ---- per frame results ---------------------------------------------------------------- */

/* Called by the layers for every record of a frame. */
struct tk_record_sink {
	void (*tcap)(void *arg, const struct tk_transport *t, const uint8_t *data, size_t len);
	void (*other)(void *arg, enum tk_record_kind kind, const struct tk_transport *t,
		      const char *last_layer, const struct tk_error *err);
	void *arg;
	uint32_t frame;		/* 1-based frame number being decoded */
	double time;		/* seconds since the epoch */
};

/* ---- the layers (each in its own file) ------------------------------------------------ */

struct tk_trace_limits {
	unsigned max_ip_fragments;	/* open IPv4 reassemblies */
	unsigned max_sctp_partial;	/* open SCTP user-message reassemblies */
	unsigned max_sccp_segments;	/* open SCCP XUDT/LUDT reassemblies */
	double reassembly_timeout;	/* seconds */
	int pc_format;			/* -1: detect per link, else enum tk_pc_format */
};

struct tk_ip_state;
struct tk_sctp_state;
struct tk_sccp_state;

/* link.c: a frame of any supported link type down to IP, MTP2, MTP3 or SCCP */
void tk_link_frame(int dlt, const uint8_t *p, size_t caplen, size_t wirelen, struct tk_ip_state *ip,
		   struct tk_sctp_state *sctp, struct tk_sccp_state *sccp, const struct tk_trace_limits *lim,
		   struct tk_record_sink *sink);

/* ip.c */
struct tk_ip_state *tk_ip_state_new(const struct tk_trace_limits *lim);
void tk_ip_state_free(struct tk_ip_state *s);
void tk_ip_packet(struct tk_ip_state *s, struct tk_sctp_state *sctp, struct tk_sccp_state *sccp,
		  const struct tk_trace_limits *lim, struct tk_transport *t, const uint8_t *p, size_t n,
		  struct tk_record_sink *sink);

/* sctp.c */
struct tk_sctp_state *tk_sctp_state_new(const struct tk_trace_limits *lim);
void tk_sctp_state_free(struct tk_sctp_state *s);
void tk_sctp_packet(struct tk_sctp_state *s, struct tk_sccp_state *sccp, const struct tk_trace_limits *lim,
		    struct tk_transport *t, const uint8_t *p, size_t n, struct tk_record_sink *sink);

/* adaptation layers: a user message (SCTP payload by PPID/port, or a link-layer frame) */
void tk_m3ua_msg(struct tk_sccp_state *sccp, const struct tk_trace_limits *lim, struct tk_transport *t,
		 const uint8_t *p, size_t n, struct tk_record_sink *sink);
void tk_sua_msg(struct tk_sccp_state *sccp, const struct tk_trace_limits *lim, struct tk_transport *t,
		const uint8_t *p, size_t n, struct tk_record_sink *sink);
void tk_m2pa_msg(struct tk_sccp_state *sccp, const struct tk_trace_limits *lim, struct tk_transport *t,
		 const uint8_t *p, size_t n, struct tk_record_sink *sink);
void tk_m2ua_msg(struct tk_sccp_state *sccp, const struct tk_trace_limits *lim, struct tk_transport *t,
		 const uint8_t *p, size_t n, struct tk_record_sink *sink);
/* MTP2 frame (BSN/FSN/LI...) down to MTP3 */
void tk_mtp2_frame(struct tk_sccp_state *sccp, const struct tk_trace_limits *lim, struct tk_transport *t,
		   const uint8_t *p, size_t n, struct tk_record_sink *sink);
/* MTP3 MSU (SIO + routing label + SIF) */
void tk_mtp3_msu(struct tk_sccp_state *sccp, const struct tk_trace_limits *lim, struct tk_transport *t,
		 const uint8_t *p, size_t n, struct tk_record_sink *sink);

/* sccp.c: an SCCP message (after MTP3 or M3UA or the SCCP link type) down to TCAP */
struct tk_sccp_state *tk_sccp_state_new(const struct tk_trace_limits *lim);
void tk_sccp_state_free(struct tk_sccp_state *s);
void tk_sccp_msg(struct tk_sccp_state *s, const struct tk_trace_limits *lim, struct tk_transport *t,
		 const uint8_t *p, size_t n, struct tk_record_sink *sink);
/* shared by the SS7 layers (sccp.c, mtp3.c): point code format detection and segments */
int tk_sccp_probe(enum tk_pc_format f, const uint8_t *p, size_t n);
int tk_sccp_link_format(struct tk_sccp_state *s, uint32_t link, const int score[3]);
void tk_sccp_segment(struct tk_sccp_state *s, const struct tk_trace_limits *lim, struct tk_transport *t,
		     const char *layer, const uint8_t *key, size_t key_len, int first, unsigned remaining,
		     const uint8_t *data, size_t len, struct tk_record_sink *sink);
const char *tk_sccp_return_cause_name(unsigned cause);
enum tk_pc_format tk_pc_format_choose(struct tk_sccp_state *s, const struct tk_trace_limits *lim,
				      const struct tk_transport *t, const uint8_t *const sccp[3],
				      const size_t sccp_len[3], enum tk_pc_format fallback, int *detected);
void tk_mtp3_user(struct tk_sccp_state *sccp, const struct tk_trace_limits *lim, struct tk_transport *t,
		  const uint8_t *p, size_t n, struct tk_record_sink *sink);

/* SUA CLDT/CLDR carry SCCP's addresses and data without an SCCP header */
void tk_sccp_user_data(struct tk_transport *t, const uint8_t *p, size_t n, struct tk_record_sink *sink);

#endif
