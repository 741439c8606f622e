/* Internal declarations shared by the library's modules. */
#ifndef TK_INTERNAL_H
#define TK_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "tcapkit/tcapkit.h"

#define TK_DEFAULT_MAX_DEPTH 64
#define TK_DEFAULT_MAX_COMPONENTS 64
/* asn1c's own recursion bound (bytes of C stack it may use while decoding) */
#define TK_ASN1C_MAX_STACK 30000
/* the largest TCAP message SCCP can carry (LUDT) is below 4 KB; be generous */
#define TK_MAX_MESSAGE_SIZE (64 * 1024)

#define TK_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* set an error (printf-style reason); returns e->code */
enum tk_status tk_error_set(struct tk_error *e, enum tk_status code, enum tk_layer layer,
			    size_t offset, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* dotted form of a BER-encoded OID content; returns 0 or -1 if malformed */
int tk_oid_to_dotted(const uint8_t *buf, size_t len, char *out, size_t out_size);

/* dialogue portion (dialogue.c) */
enum tk_status tk_dialogue_decode(const uint8_t *msg, size_t msg_len, size_t off, size_t len,
				  int unidirectional, struct tk_dialogue *d, struct tk_error *err);
void tk_dialogue_free(struct tk_dialogue *d);

/* component portion (component.c) */
enum tk_status tk_components_decode(const uint8_t *msg, size_t msg_len, size_t off, size_t len,
				    unsigned max_components, unsigned max_depth,
				    struct tk_component **out, size_t *n_out, struct tk_error *err);
/* decode the parameters of the components with the message's context */
void tk_components_decode_params(struct tk_msg *m);
void tk_component_free(struct tk_component *c);

/* ANSI TCAP (ansi_tcap.c), called by tk_tcap_decode for PRIVATE-class packages */
struct tk_tlv;
struct tk_ber_cur;
void tk_ansi_tcap_decode(struct tk_msg *m, const uint8_t *buf, size_t len, const struct tk_tlv *pkg,
			 const struct tk_ber_cur *cur, unsigned max_components);

#endif
