/*
 * Printing goes through an emitter: the message and value walkers describe a tree
 * (objects with keys, arrays, scalars) and the emitter renders it as JSON
 * (print_json.c) or as an indented text tree (print_text.c).  One walker, two formats,
 * so the text and JSON outputs always carry the same fields.
 */
#ifndef TK_PRINT_H
#define TK_PRINT_H

#include <stddef.h>

#include "outbuf.h"
#include "tcapkit/tcapkit.h"

#define TK_EMIT_MAX_DEPTH 96

struct tk_emitter;

struct tk_emitter_ops {
	void (*key)(struct tk_emitter *e, const char *k);	/* key of the next value (objects) */
	void (*open)(struct tk_emitter *e, int array);
	void (*close)(struct tk_emitter *e, int array);
	void (*str)(struct tk_emitter *e, const char *s, size_t n);	/* a string */
	void (*lit)(struct tk_emitter *e, const char *s);	/* number, true, false, null */
};

struct tk_emitter {
	const struct tk_emitter_ops *ops;
	struct tk_outbuf *ob;
	int depth;
	int after_key;
	/* E-UTRAN RRC containers of RLC/MAC messages open around what is being emitted: the
	 * bound of the rlcmac.c <-> lte_rrc.c nesting (MobilityFromEUTRACommand) */
	int rrc_container_depth;
	unsigned count[TK_EMIT_MAX_DEPTH + 1];	/* items written at each depth */
	int is_array[TK_EMIT_MAX_DEPTH + 1];
	/* text emitter only */
	int indent[TK_EMIT_MAX_DEPTH + 1];
	int inline_key[TK_EMIT_MAX_DEPTH + 1];
};

void tk_emitter_json(struct tk_emitter *e, struct tk_outbuf *ob);
void tk_emitter_text(struct tk_emitter *e, struct tk_outbuf *ob);

/* convenience */
void tk_emit_key(struct tk_emitter *e, const char *k);
void tk_emit_open(struct tk_emitter *e, int array);
void tk_emit_close(struct tk_emitter *e, int array);
void tk_emit_str(struct tk_emitter *e, const char *s);
void tk_emit_strn(struct tk_emitter *e, const char *s, size_t n);
void tk_emit_lit(struct tk_emitter *e, const char *s);
void tk_emit_long(struct tk_emitter *e, long v);
void tk_emit_hex(struct tk_emitter *e, const unsigned char *p, size_t n);
/* key + value shortcuts */
void tk_emit_kv_str(struct tk_emitter *e, const char *k, const char *v);
void tk_emit_kv_long(struct tk_emitter *e, const char *k, long v);
void tk_emit_kv_hex(struct tk_emitter *e, const char *k, const unsigned char *p, size_t n);
void tk_emit_kv_bool(struct tk_emitter *e, const char *k, int v);

/* a decoded ASN.1 value (print_value.c) */
void tk_emit_value(struct tk_emitter *e, const struct asn_TYPE_descriptor_s *td, const void *sptr);
/* ... with the direction of any SMS TPDU inside (1 MS->SC, 0 SC->MS, -1 unknown) */
void tk_emit_value_dir(struct tk_emitter *e, const struct asn_TYPE_descriptor_s *td, const void *sptr,
		       int sms_from_ms);
/*
 * ... of another protocol walked by the same printer (RRC): hook decodes a member that the
 * protocol's text gives a structure the ASN.1 does not (an OCTET STRING holding a message of
 * another layer) and returns 1 when it emitted the member's value, 0 to leave it to the
 * printer.  The TS 29.002 / 29.078 readings by member name and sibling are not applied.
 */
struct asn_TYPE_member_s;
typedef int (*tk_member_hook)(struct tk_emitter *e, const struct asn_TYPE_descriptor_s *parent,
			      const struct asn_TYPE_member_s *elm, const void *mp);
void tk_emit_value_hooked(struct tk_emitter *e, const struct asn_TYPE_descriptor_s *td,
			  const void *sptr, tk_member_hook hook);
/* a whole message (print_msg.c) */
void tk_emit_msg(struct tk_emitter *e, const struct tk_msg *m);
void tk_emit_msg_fields(struct tk_emitter *e, const struct tk_msg *m);	/* without { } */
/* one component as in a TCAP message's "components" (TS 24.080's facility uses it too) */
void tk_emit_component(struct tk_emitter *e, const struct tk_component *c);
void tk_emit_error(struct tk_emitter *e, const struct tk_error *err);	/* "error": {...} */
void tk_emit_error_record(struct tk_emitter *e, const struct tk_error *err);
/* a capture record (print_record.c) */
void tk_emit_record(struct tk_emitter *e, const struct tk_record *r);

#endif
