/*
 * IS-683 / TIA-683 (3GPP2 C.S0016) Over-the-Air Service Provisioning (OTASP / OTAPA) data:
 * the messages that ANSI-41 MAP carries in SMS_BearerData when the invoke's ServiceIndicator
 * is CDMA OTASP Service.
 */
#ifndef TK_ANSI683_H
#define TK_ANSI683_H

#include <stddef.h>
#include <stdint.h>

struct tk_emitter;

/*
 * One OTASP data message: {"link","messageType","messageTypeName",<fields>,"hex"[,"error"]}.
 * reverse 0: a forward link message (base station to mobile station: the "... Request"
 * messages, carried in the invoke); 1: a reverse link message (mobile station to base
 * station: the "... Response" messages, carried in the result).  The parameter blocks of
 * the NAM, validation and related messages are decoded field by field; other messages keep
 * their octets after the message type in "data".
 */
void tk_emit_ansi683(struct tk_emitter *e, const uint8_t *p, size_t n, int reverse);

#endif
