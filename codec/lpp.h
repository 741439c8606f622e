/*
 * LPP, the LTE Positioning Protocol (3GPP TS 37.355, formerly TS 36.355), between a location
 * server (E-SMLC, LMF) and the UE.  Encoded in BASIC-PER UNALIGNED (TS 37.355 6.1), it
 * reaches tcapkit in NAS: the generic message container of an EPS UPLINK / DOWNLINK GENERIC
 * NAS TRANSPORT with container type 1 (TS 24.301 8.2.31, 8.2.32, 9.9.3.42) and the payload
 * container of a 5GS UL / DL NAS TRANSPORT with payload container type 3 (TS 24.501 8.2.10,
 * 8.2.11, 9.11.3.39).  Decoded by the asn1c code generated from asn1/lpp/ (see
 * asn1/lpp/PROVENANCE.md; the generated types carry the prefix LPP-), walked by the printer
 * of RRC, RRLP, MAP and CAP values.
 *
 * tk_emit_lpp emits ONE object, as tk_emit_rrlp does (rrlp.h): "type" ("LPP-Message"),
 * "value" (SEQUENCEs as objects keyed by the standard's identifiers, CHOICEs as one-key
 * objects, enumerations by name), "hex" and, when the octets are not a complete encoding,
 * "error": {"offset": N, "reason": "..."} (no "value" then).  Inside the value, the location
 * estimates whose fields are those of TS 23.032 (ellipsoid point, with uncertainty circle,
 * with altitude) also get "gad": the TS 23.032 reading of location.c (degrees, metres).
 * Nothing is read outside p[0..n-1].
 */
#ifndef TK_LPP_H
#define TK_LPP_H

#include <stddef.h>
#include <stdint.h>

struct tk_emitter;

void tk_emit_lpp(struct tk_emitter *e, const uint8_t *p, size_t n);

#endif
