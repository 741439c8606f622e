/*
 * RANAP (3GPP TS 25.413) as MAP carries it in AN-APDU signalInfo with the access network
 * protocol ts3G-25413 (inter-MSC SRNS relocation, TS 29.010).  RANAP is ASN.1 in the
 * ALIGNED variant of PER (ITU-T X.691); a small bounds-checked reader in ranap.c decodes
 * the outer structure and a set of information elements.
 *
 * tk_emit_ranap emits ONE object: "pdu" (initiatingMessage, successfulOutcome, ...),
 * "procedureCode" + "procedure", "criticality", "message", then "ies": [{"id", "name",
 * "criticality", "value" (the open type's octets in hex) and, for the IEs it knows, the
 * decoded value under a key named after the IE type ("cause", "cnDomainIndicator",
 * "sourceId", "targetId", "permanentNasUeId", "nasPdu", ...)}] and "extensions" in the
 * same form; always "hex" (the raw octets) and, when the octets do not follow the
 * encoding, what could be decoded plus "error": {"offset": N, "reason": "..."}.
 * Nothing is read outside p[0..n-1].
 */
#ifndef TK_RANAP_H
#define TK_RANAP_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"

/* RANAP-PDU (TS 25.413 9.3.2, RANAP-PDU-Descriptions) */
void tk_emit_ranap(struct tk_emitter *e, const uint8_t *p, size_t n);

#endif
