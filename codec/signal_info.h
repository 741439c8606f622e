#ifndef TK_SIGNAL_INFO_H
#define TK_SIGNAL_INFO_H

#include <stddef.h>
#include <stdint.h>

struct tk_emitter;

/* which protocol a TS 29.002 ExternalSignalInfo / Ext-ExternalSignalInfo carries */
enum tk_signal_protocol {
	TK_SIG_GSM_0408 = 1,		/* ProtocolId gsm-0408: TS 24.008 information elements */
	TK_SIG_GSM_0806 = 2,		/* gsm-0806: a BSSAP message (TS 48.006) */
	TK_SIG_GSM_BSSMAP = 3,		/* gsm-BSSMAP: reserved, "must not be used" */
	TK_SIG_ETS_300102_1 = 4,	/* ets-300102-1: DSS1 (Q.931) information elements */
	TK_SIG_EXT_ETS_300356 = 101,	/* Ext-ProtocolId ets-300356 (1): ISUP parameters */
};

/* signalInfo in the protocol its sibling protocolId names (TS 29.002 7.6.9): one object */
void tk_emit_signal_info(struct tk_emitter *e, enum tk_signal_protocol proto, const uint8_t *p, size_t n);

/* the optional part of a TS 24.008 call control message (IEI, length, value; single-octet
 * and TV elements): "ies": [...] into the open object; error offsets count from base */
struct tk_inner_err;
void tk_emit_24008_ies(struct tk_emitter *e, const uint8_t *p, size_t n, size_t base, struct tk_inner_err *er);

/* TS 24.008 10.5.4.21 Progress indicator, from octet 3: one object ("codingStandard",
 * "location", "progressDescriptionValue", "progressDescription", "hex") */
void tk_emit_progress_indicator_24008(struct tk_emitter *e, const uint8_t *p, size_t n);

#endif
