/*
 * tcapkit: decode TCAP (ITU-T Q.773) messages and their GSM MAP / CAMEL CAP
 * components, each with the ASN.1 types of the right MAP version or CAP phase.
 *
 * This is the only public header.  The library does no I/O: it takes bytes and
 * returns a decoded message; printers write through a callback.
 *
 * Typical use:
 *
 *	struct tk_msg *m;
 *	struct tk_decode_opts o = TK_DECODE_OPTS_INIT;
 *	tk_tcap_decode(buf, len, &o, &m);          // never NULL on return (except ENOMEM)
 *	tk_msg_print(m, TK_FMT_JSON, write_cb, fp);
 *	tk_msg_free(m);
 */
#ifndef TCAPKIT_H
#define TCAPKIT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct asn_TYPE_descriptor_s;	/* asn1c's type descriptor (generated code) */

/* ---- errors ----------------------------------------------------------------------- */

/* Every failure has a code, the layer that failed, the byte offset (from the start of
 * the TCAP message) and a message. */
enum tk_status {
	TK_OK = 0,
	TK_ERR_TRUNCATED,	/* a length runs past the end of the data */
	TK_ERR_BER,		/* malformed tag or length */
	TK_ERR_UNEXPECTED_TAG,	/* a tag the standard does not allow here */
	TK_ERR_MISSING,		/* a mandatory element is absent */
	TK_ERR_TRAILING,	/* bytes after the end of an element */
	TK_ERR_TOO_DEEP,	/* nesting deeper than the configured bound */
	TK_ERR_TOO_MANY,	/* more components than the configured bound */
	TK_ERR_NOMEM,
	TK_ERR_NO_CONTEXT,	/* no application context known for the component */
	TK_ERR_UNKNOWN_ACN,	/* the application context is not in the registry */
	TK_ERR_UNKNOWN_OPERATION, /* opcode not defined in the context */
	TK_ERR_UNKNOWN_ERROR,	/* error code not defined in the context */
	TK_ERR_VALUE,		/* the parameter does not decode with the context's type */
	TK_ERR_INVALID_ARG,	/* bad argument to a library function */
	TK__STATUS_COUNT
};

enum tk_layer {
	TK_LAYER_NONE = 0,
	TK_LAYER_TCAP,		/* transaction portion */
	TK_LAYER_DIALOGUE,	/* dialogue portion (AARQ/AARE/ABRT/AUDT) */
	TK_LAYER_COMPONENT,	/* component portion */
	TK_LAYER_MAP,		/* a MAP parameter */
	TK_LAYER_CAP,		/* a CAP parameter */
	TK_LAYER_INPUT,		/* the input itself (e.g. a hex line that is not hex) */
	/* the capture path below TCAP (offsets count from the start of that layer's bytes) */
	TK_LAYER_LINK,		/* link-layer header (Ethernet, SLL, ...) */
	TK_LAYER_IP,		/* IPv4/IPv6 (and UDP, Cisco ITP log) */
	TK_LAYER_SCTP,
	TK_LAYER_M3UA,
	TK_LAYER_SUA,
	TK_LAYER_M2PA,
	TK_LAYER_M2UA,
	TK_LAYER_MTP2,
	TK_LAYER_MTP3,
	TK_LAYER_SCCP,
	TK__LAYER_COUNT
};

struct tk_error {
	enum tk_status code;
	enum tk_layer layer;
	size_t offset;		/* from the start of the TCAP message */
	char reason[160];
};

const char *tk_status_name(enum tk_status s);	/* "truncated", ... */
const char *tk_layer_name(enum tk_layer l);	/* "tcap", "dialogue", ... */

/* ---- registry: application contexts, operations, errors (generated from asn1/) ----- */

enum tk_protocol { TK_PROTO_NONE = 0, TK_PROTO_TCAP, TK_PROTO_MAP, TK_PROTO_CAP };
const char *tk_protocol_name(enum tk_protocol p);	/* "map", "cap" */

struct tk_error_desc {
	const char *ns;		/* namespace: "Map", "Cap2", ... */
	const char *name;	/* "systemFailure" */
	int code;		/* local error code */
	const struct asn_TYPE_descriptor_s *param;	/* NULL: no parameter */
	const char *param_name;	/* the parameter type's generated ASN.1 name, or NULL */
};

struct tk_operation_desc {
	const char *ns;
	const char *name;	/* "initialDP" */
	int code;		/* local operation code */
	const struct asn_TYPE_descriptor_s *arg;	/* NULL: no argument */
	const struct asn_TYPE_descriptor_s *res;	/* NULL: no result parameter */
	const char *arg_name;	/* generated ASN.1 names of the types, or NULL */
	const char *res_name;
	int returns_result;
	unsigned first_error, n_errors;	/* into the error reference table */
};

struct tk_context_desc {
	const char *name;	/* "CAP-v2-gsmSSF-to-gsmSCF-AC" style name */
	const char *oid;	/* dotted: "0.4.0.0.1.0.50.1" */
	enum tk_protocol protocol;
	int version;		/* MAP AC version, or CAP phase */
	const char *ns;		/* namespace of its operations' types */
	unsigned first_op, n_ops;
};

size_t tk_registry_context_count(void);
const struct tk_context_desc *tk_registry_context(size_t i);
const struct tk_context_desc *tk_registry_context_by_oid(const char *dotted);
size_t tk_registry_operation_count(void);
size_t tk_registry_error_count(void);
/* operations of a context, in opcode order */
const struct tk_operation_desc *tk_context_operation(const struct tk_context_desc *c, size_t i);
const struct tk_operation_desc *tk_context_operation_by_code(const struct tk_context_desc *c, int code);
/* errors an operation can return */
const struct tk_error_desc *tk_operation_error(const struct tk_operation_desc *op, size_t i);
/* the error with this code in the context (MAP: of its version; CAP: of its phase) */
const struct tk_error_desc *tk_context_error_by_code(const struct tk_context_desc *c, int code);
/* MAP v1: the context a TC-BEGIN without dialogue portion implies for an opcode
 * (TS 29.002 clause 15.? / 5.2: no AC name means a version 1 dialogue). */
const struct tk_context_desc *tk_registry_map_v1_context_for_opcode(int opcode, unsigned *n_candidates);

/* ---- decoded message ------------------------------------------------------------------ */

enum tk_msg_type {
	TK_MSG_UNKNOWN = 0,
	TK_MSG_UNIDIRECTIONAL,
	TK_MSG_BEGIN,
	TK_MSG_END,
	TK_MSG_CONTINUE,
	TK_MSG_ABORT,
	/* ANSI T1.114 package types (decoded at the TCAP layer; parameters kept as hex) */
	TK_MSG_ANSI_UNIDIRECTIONAL,
	TK_MSG_ANSI_QUERY_WITH_PERM,
	TK_MSG_ANSI_QUERY_WITHOUT_PERM,
	TK_MSG_ANSI_RESPONSE,
	TK_MSG_ANSI_CONVERSATION_WITH_PERM,
	TK_MSG_ANSI_CONVERSATION_WITHOUT_PERM,
	TK_MSG_ANSI_ABORT,
};
const char *tk_msg_type_name(enum tk_msg_type t);	/* "begin", ... */

enum tk_dialogue_pdu {
	TK_DLG_NONE = 0,
	TK_DLG_AARQ,		/* dialogue request */
	TK_DLG_AARE,		/* dialogue response */
	TK_DLG_ABRT,		/* dialogue abort */
	TK_DLG_AUDT,		/* unidirectional dialogue */
};
const char *tk_dialogue_pdu_name(enum tk_dialogue_pdu p);

enum tk_ctx_source {
	TK_CTX_NONE = 0,	/* no context: parameters are not decoded */
	TK_CTX_DIALOGUE,	/* from this message's dialogue portion */
	TK_CTX_CALLER,		/* supplied by the caller (e.g. the dialogue's Begin) */
	TK_CTX_DERIVED,		/* derived from the opcode (MAP v1 Begin without dialogue) */
	TK_CTX_TRANSACTION,	/* from the dialogue's Begin/first Continue (trace tracking) */
	TK_CTX_INFERRED,	/* dialogue start not seen: the candidate whose types fit */
};
const char *tk_ctx_source_name(enum tk_ctx_source s);

enum tk_component_type {
	TK_COMP_INVOKE = 1,
	TK_COMP_RESULT_LAST,
	TK_COMP_RESULT_NOT_LAST,
	TK_COMP_ERROR,
	TK_COMP_REJECT,
};
const char *tk_component_type_name(enum tk_component_type t);

/* a decoded ASN.1 value: generated type descriptor + asn1c structure */
struct tk_value {
	const struct asn_TYPE_descriptor_s *type;
	void *sptr;
};

struct tk_bytes {
	const uint8_t *ptr;	/* into the caller's buffer: valid while it is */
	size_t len;
	size_t offset;		/* from the start of the message */
};

struct tk_dialogue {
	enum tk_dialogue_pdu pdu;
	size_t offset;
	char acn[96];		/* dotted OID, "" when absent */
	int has_protocol_version;
	unsigned protocol_version;	/* bit string value, version1 = bit 0 */
	int has_result;
	long result;		/* Associate-result: 0 accepted, 1 reject-permanent, ... */
	int has_diagnostic;
	int diagnostic_is_provider;
	long diagnostic;
	int has_abort_source;
	long abort_source;	/* 0 dialogue-service-user, 1 dialogue-service-provider */
	struct tk_bytes user_info;	/* raw user-information, if any */
	struct tk_value user_value;	/* decoded user information (e.g. MAP-DialoguePDU) */
	char user_info_oid[96];	/* direct-reference of the user information EXTERNAL */
	struct tk_value pdu_value;	/* decoded DialoguePDU / UniDialoguePDU */
};

struct tk_component {
	enum tk_component_type type;
	size_t offset;
	size_t length;
	int has_invoke_id;
	long invoke_id;
	int has_linked_id;
	long linked_id;
	int has_code;		/* operation code (invoke/result) or error code (error) */
	int code_is_global;
	long code;
	char code_oid[96];
	int ansi_national;	/* ANSI: operation/error code is National (else Private) */
	int has_problem;
	int problem_type;	/* 0 general, 1 invoke, 2 returnResult, 3 returnError */
	long problem;
	const struct tk_operation_desc *op;
	const struct tk_error_desc *err;
	struct tk_bytes param;	/* raw parameter TLV (argument, result, error parameter) */
	struct tk_value value;	/* decoded parameter, type NULL when not decoded */
	enum tk_status status;	/* TK_OK, or why the parameter was not decoded */
	struct tk_error error;
};

struct tk_context {
	const struct tk_context_desc *desc;	/* NULL when unknown */
	enum tk_ctx_source source;
	char acn[96];		/* the OID as seen, even when not in the registry */
	unsigned n_candidates;	/* DERIVED/INFERRED: how many contexts were candidates */
	const struct tk_context_desc *candidates[8];	/* INFERRED: the first of them, in order tried */
};

struct tk_msg {
	enum tk_msg_type type;
	size_t length;
	int has_otid, has_dtid;
	uint8_t otid[4], dtid[4];
	size_t otid_len, dtid_len;
	int has_pabort;
	long pabort_cause;
	struct tk_dialogue dialogue;
	struct tk_context context;
	struct tk_component *components;
	size_t n_components;
	enum tk_status status;	/* TK_OK when everything decoded */
	struct tk_error error;	/* first failure: message level, or a component's */
};

struct tk_decode_opts {
	const char *acn;	/* dotted OID for messages that carry none, or NULL */
	enum tk_ctx_source acn_source;	/* where acn comes from (0: TK_CTX_CALLER) */
	unsigned max_depth;	/* BER nesting bound (0: default 64) */
	unsigned max_components; /* (0: default 64) */
};
#define TK_DECODE_OPTS_INIT { NULL, TK_CTX_NONE, 0, 0 }

/* Decode one TCAP message.  Returns the message status; *out is always set (the
 * message says how far decoding got) unless memory runs out (TK_ERR_NOMEM, *out NULL).
 * buf must stay valid while *out is used (raw byte ranges point into it). */
enum tk_status tk_tcap_decode(const uint8_t *buf, size_t len, const struct tk_decode_opts *opts,
			      struct tk_msg **out);
void tk_msg_free(struct tk_msg *m);

/* Decode a value of a given generated type (used for CAP's BER-in-OCTET-STRING etc.) */
enum tk_status tk_value_decode(const struct asn_TYPE_descriptor_s *type, const uint8_t *buf,
			       size_t len, struct tk_value *out, struct tk_error *err);
void tk_value_free(struct tk_value *v);

/* ---- printing ------------------------------------------------------------------------ */

enum tk_format {
	TK_FMT_TEXT = 0,	/* indented tree */
	TK_FMT_JSON,		/* one JSON object on one line (schema 1, docs/json.md) */
};

/* return 0 to go on, non-zero to stop */
typedef int (*tk_write_fn)(const char *data, size_t len, void *arg);

/* prints the message without a trailing newline; returns 0 or -1 if the writer failed */
int tk_msg_print(const struct tk_msg *m, enum tk_format fmt, tk_write_fn write, void *arg);
/* a record for input that is not a message at all (JSON: {"schema":1,"status":"error",...}) */
int tk_error_print(const struct tk_error *e, enum tk_format fmt, tk_write_fn write, void *arg);
/* print a value alone (tests, tools) */
int tk_value_print(const struct tk_value *v, enum tk_format fmt, tk_write_fn write, void *arg);

/* ---- captures: frames down to TCAP, with dialogue tracking ------------------------------ */

enum tk_pc_format { TK_PC_ITU = 0, TK_PC_ANSI, TK_PC_JAPAN };
const char *tk_pc_format_name(enum tk_pc_format f);

struct tk_sccp_addr {
	int present;
	int routing_on_ssn;	/* routing indicator: 1 route on SSN, 0 route on GT */
	int has_pc;
	uint32_t pc;
	int has_ssn;
	uint8_t ssn;
	int gti;		/* global title indicator 0..4 */
	int has_tt, has_np, has_es, has_nai;
	uint8_t tt, np, es, nai;
	char digits[40];	/* GT digits (BCD decoded) */
};

#define TK_MAX_REASSEMBLED 16

/* What a frame carried below TCAP, layer by layer (JSON "transport"). */
struct tk_transport {
	int dlt;			/* pcap link type of the frame */
	const char *link;		/* "ethernet", "sll", "sll2", "raw-ip", "null", "mtp2", ... */
	int ip_version;			/* 0: none */
	char src_ip[48], dst_ip[48];
	int ip_note;			/* the IP header's length fields did not match the capture */
	int has_sctp, has_udp;
	uint16_t sport, dport;
	uint32_t vtag;
	uint16_t stream;
	uint32_t tsn;
	uint32_t ppid;
	const char *adaptation;		/* "m3ua", "sua", "m2pa", "m2ua", "mtp2", "mtp3", "itp-log" */
	int has_mtp3;
	enum tk_pc_format pc_format;
	int pc_format_detected;		/* chosen by the heuristic, not by option */
	uint32_t opc, dpc;
	uint8_t si, ni, sls;
	int has_sccp;
	uint8_t sccp_type;		/* message type code (Q.713 Table 1) */
	const char *sccp_type_name;	/* "UDT", "XUDT", ... */
	uint8_t protocol_class;
	struct tk_sccp_addr called, calling;
	uint32_t reassembled_from[TK_MAX_REASSEMBLED];	/* frames of the pieces */
	unsigned n_reassembled;
};

enum tk_record_kind {
	TK_REC_TCAP = 1,	/* a TCAP message (its own status says how it decoded) */
	TK_REC_NOT_TCAP,	/* the frame carries no TCAP; layer says what it carries */
	TK_REC_ERROR,		/* a layer below TCAP could not be decoded */
	TK_REC_PENDING,		/* a fragment or segment held for reassembly */
	TK_REC_DUPLICATE,	/* a retransmitted SCTP DATA chunk, decoded once already */
};

/* One record of a frame: a frame gives at least one, one per TCAP message it carries. */
struct tk_record {
	uint32_t frame;		/* 1-based, as tshark numbers frames */
	double time;		/* seconds since the epoch */
	enum tk_record_kind kind;
	const struct tk_transport *transport;
	const struct tk_msg *msg;	/* TK_REC_TCAP */
	const char *layer;	/* NOT_TCAP, PENDING, DUPLICATE: the last layer decoded */
	struct tk_error error;	/* TK_REC_ERROR */
};
typedef void (*tk_record_fn)(const struct tk_record *r, void *arg);

struct tk_trace_opts {
	int pc_format;			/* MTP3 point codes: -1 detect per link, or enum tk_pc_format */
	unsigned max_dialogues;		/* dialogues tracked at once (0: 100000) */
	double dialogue_timeout;	/* seconds without a message before expiry (0: 600) */
	unsigned max_reassemblies;	/* open reassemblies per layer (0: 1024) */
	double reassembly_timeout;	/* seconds (0: 60) */
};
#define TK_TRACE_OPTS_INIT { -1, 0, 0, 0, 0 }

struct tk_trace_stats {
	uint64_t frames;
	uint64_t records[TK_REC_DUPLICATE + 1];	/* by kind */
	uint64_t tcap, tcap_ok, tcap_error;
	uint64_t dialogues_opened, dialogues_closed, dialogues_expired, dialogues_evicted;
	uint64_t unmatched;		/* Continue/End/Abort of a dialogue whose start was not seen */
	uint64_t inferred;		/* ... of which decoded with an inferred context */
};

struct tk_trace;
struct tk_trace *tk_trace_new(const struct tk_trace_opts *opts);
void tk_trace_free(struct tk_trace *t);
/* decode one frame (data: caplen bytes captured of wirelen) and call fn for each record */
void tk_trace_frame(struct tk_trace *t, uint32_t frame, int dlt, const uint8_t *data, size_t caplen,
		    size_t wirelen, double time, tk_record_fn fn, void *arg);
const struct tk_trace_stats *tk_trace_stats(const struct tk_trace *t);
int tk_record_print(const struct tk_record *r, enum tk_format fmt, tk_write_fn write, void *arg);
const char *tk_record_kind_name(enum tk_record_kind k);	/* JSON "status" of non-TCAP records */

/* Reading pcap and pcapng files with libpcap: the library's only I/O. */
struct tk_pcap;
struct tk_pcap *tk_pcap_open(const char *path, struct tk_error *err);	/* "-": standard input */
/* 1: a frame, 0: end of file, -1: read error (err set) */
int tk_pcap_next(struct tk_pcap *p, const uint8_t **data, size_t *caplen, size_t *wirelen,
		 double *time, struct tk_error *err);
int tk_pcap_dlt(const struct tk_pcap *p);
void tk_pcap_close(struct tk_pcap *p);

/* ---- small helpers --------------------------------------------------------------------- */

/* parse "0.4.0.0.1.0.50.1"; returns 0 if well formed */
int tk_oid_check(const char *dotted);
/* hex text to bytes (spaces allowed); returns the byte count or -1 */
long tk_hex_to_bytes(const char *hex, uint8_t *out, size_t out_size);

#ifdef __cplusplus
}
#endif
#endif
