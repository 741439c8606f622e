/*
 * RANAP (3GPP TS 25.413) as MAP carries it in AN-APDU signalInfo with the access network
 * protocol ts3G-25413 (inter-MSC SRNS relocation, TS 29.010).  RANAP is ASN.1 in the
 * ALIGNED variant of PER (ITU-T X.691); the bounds-checked reader of aper.h decodes
 * the outer structure and a set of information elements.
 *
 * tk_emit_ranap emits ONE object: "pdu" (initiatingMessage, successfulOutcome, ...),
 * "procedureCode" + "procedure", "criticality", "message", then "ies": [{"id", "name",
 * "criticality", "value" (the open type's octets in hex) and, for the IEs it knows, the
 * decoded value under a key named after the IE type ("cause", "cnDomainIndicator",
 * "sourceId", "targetId", "permanentNasUeId", "nasPdu", ...)}] and "extensions" in the
 * same form.  The transparent containers of relocation (IEs 61 and 63) come out as
 * "sourceToTargetTransparentContainer" / "targetToSourceTransparentContainer": {"containerType"
 * (the type the message's TargetID IE implies), then the RNC container's fields, or "octets"
 * for the E-UTRAN and GERAN ones, the E-UTRAN ones also decoded as TS 36.413 types under
 * "s1ap" (s1ap.h)}; the UE-History-Information (IE 200) likewise.  Always "hex" (the raw
 * octets) and, when the octets do not follow the encoding, what could be decoded plus
 * "error": {"offset": N, "reason": "..."}.  Nothing is read outside p[0..n-1].
 */
#ifndef TK_RANAP_H
#define TK_RANAP_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"

/* RANAP-PDU (TS 25.413 9.3.2, RANAP-PDU-Descriptions) */
void tk_emit_ranap(struct tk_emitter *e, const uint8_t *p, size_t n);

/*
 * TS 29.002 OCTET STRINGs that "contain a complete <type> data type as defined in 3GPP
 * TS 25.413, encoded according to the encoding scheme mandated by 3GPP TS 25.413" (APER):
 * one object with the decoded value under the type's key, "hex" and "error".
 */
enum tk_ranap_type {
	TK_RANAP_INTEGRITY_PROTECTION_INFORMATION,	/* IntegrityProtectionInformation */
	TK_RANAP_ENCRYPTION_INFORMATION,		/* EncryptionInformation */
	TK_RANAP_CHOSEN_INTEGRITY_PROTECTION_ALGORITHM,	/* ChosenIntegrityProtectionAlgorithm */
	TK_RANAP_CHOSEN_ENCRYPTION_ALGORITHM,		/* ChosenEncryptionAlgorithm */
	TK_RANAP_PERMITTED_INTEGRITY_PROTECTION_ALGORITHMS,
	TK_RANAP_PERMITTED_ENCRYPTION_ALGORITHMS,
	TK_RANAP_SERVICE_HANDOVER,			/* RANAP-ServiceHandover */
	/* TS 25.413 9.2.1.28 / 9.2.1.30 (also the value of the TS 48.008 3.2.2.76 Source RNC to
	 * target RNC transparent information (UMTS) IE): every component, the RRC container
	 * ("rrcContainer") decoded by rrc.c */
	TK_RANAP_SOURCE_RNC_TO_TARGET_RNC_CONTAINER,	/* SourceRNC-ToTargetRNC-Transparent... */
	TK_RANAP_TARGET_RNC_TO_SOURCE_RNC_CONTAINER,	/* TargetRNC-ToSourceRNC-Transparent... */
	/* InterSystemInformation-TransparentContainer, the value of the TS 48.008 3.2.2.81
	 * Inter-System Information IE: the target cell's downlink and uplink load */
	TK_RANAP_INTER_SYSTEM_INFORMATION_CONTAINER,
	/* LastVisitedUTRANCell-Item, the value of the TS 36.413 9.2.1.43 Last Visited UTRAN Cell
	 * Information (an OCTET STRING "defined in TS 25.413") in the S1AP UE history */
	TK_RANAP_LAST_VISITED_UTRAN_CELL_ITEM,
	TK_RANAP_TYPE_COUNT
};
void tk_emit_ranap_type(struct tk_emitter *e, enum tk_ranap_type t, const uint8_t *p, size_t n);

#endif
