/*
 * RRLP (3GPP TS 44.031): the MS - SMLC positioning protocol, in BASIC-PER UNALIGNED (3.1),
 * which SS7 carries in the RRLP IE of a BSSLAP MS POSITION COMMAND / RESPONSE (TS 48.071
 * 5.16) inside a BSSMAP APDU.  Decoded by the asn1c code generated from asn1/rrlp/ (see
 * asn1/rrlp/PROVENANCE.md; the generated types carry the prefix RRLP-), walked by the
 * printer of RRC, MAP and CAP values.
 *
 * tk_emit_rrlp emits ONE object, as tk_emit_rrc does (rrc.h): "type" ("PDU"), "value"
 * (referenceNumber and the component), "hex" and, when the octets are not a complete
 * encoding, "error".  Inside the value the TS 23.032 shapes of Ext-GeographicalInformation
 * (and BTSPosition) and VelocityEstimate are decoded (location.c, lcs.c).  Nothing is read
 * outside p[0..n-1].
 */
#ifndef TK_RRLP_H
#define TK_RRLP_H

#include <stddef.h>
#include <stdint.h>

struct tk_emitter;

void tk_emit_rrlp(struct tk_emitter *e, const uint8_t *p, size_t n);

#endif
