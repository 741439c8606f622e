/*
 * The location-services protocols a BSSMAP APDU (TS 48.008 3.2.2.68) carries, by its
 * protocol identifier: BSSLAP (TS 48.071, BSC - SMLC), LLP (TS 44.071, LMU - SMLC) and
 * SMLCPP (TS 48.031, SMLC - SMLC).  Each emits ONE object with its fields, "hex" and, for
 * malformed octets, "error" (offset, reason).  Nothing is read outside p[0..n-1].
 */
#ifndef TK_BSSLAP_H
#define TK_BSSLAP_H

#include <stddef.h>
#include <stdint.h>

struct tk_emitter;

/*
 * TS 48.071 clause 4 / 5: "messageType", "message", then "ies": one object per element
 * in order with "iei", "name", "value" (hex) and "decoded" (the element's fields, one object
 * with "hex" and "error"); the RRLP IE's "decoded" is the RRLP PDU (rrlp.h).
 */
void tk_emit_bsslap(struct tk_emitter *e, const uint8_t *p, size_t n);

/* TS 44.071 clause 7: the TS 24.007 header of an LLP message ("protocolDiscriminator",
 * "transactionId", "tiFlag", "messageType") and its body in hex ("body") */
void tk_emit_llp(struct tk_emitter *e, const uint8_t *p, size_t n);

/* TS 48.031: the message type octet ("messageType") and the rest in hex ("body") */
void tk_emit_smlcpp(struct tk_emitter *e, const uint8_t *p, size_t n);

#endif
