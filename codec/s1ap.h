/*
 * S1AP (3GPP TS 36.413) as SS7 signalling carries it at second hand: the containers of a
 * relocation or handover to or from E-UTRAN that RANAP (TS 25.413 Source-ToTarget- /
 * Target-ToSource-TransparentContainer, encoded as the target system's type) and BSSMAP
 * (TS 48.008 Source/Target eNB to ... transparent information) relay, and the UE history
 * RANAP's UE-History-Information holds.  S1AP is ASN.1 in the ALIGNED variant of PER
 * (TS 36.413 9.4); asn1c has none, so the types are read field by field with aper.h.
 *
 * tk_emit_s1ap_type emits ONE object: "type" (the TS 36.413 ASN.1 type name), the fields of
 * the value, "hex" (the raw octets) and, when the octets do not follow the encoding, what
 * could be decoded plus "error": {"offset": N, "reason": "..."}.  Inside, the RRC container
 * is decoded as LTE RRC (lte_rrc.h), a UTRAN cell of the UE history as RANAP's
 * LastVisitedUTRANCell-Item (ranap.h), and every protocol extension the standard gives a
 * type for is decoded under a key of its own; unknown extensions, extension additions and
 * extension alternatives are listed with their octets, not as errors.  Nothing is read
 * outside p[0..n-1].
 */
#ifndef TK_S1AP_H
#define TK_S1AP_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"

enum tk_s1ap_type {
	/* 9.2.1.7 SourceeNB-ToTargeteNB-TransparentContainer (RRC container:
	 * HandoverPreparationInformation) */
	TK_S1AP_SOURCE_ENB_TO_TARGET_ENB_CONTAINER,
	/* 9.2.1.8 TargeteNB-ToSourceeNB-TransparentContainer (RRC container: HandoverCommand) */
	TK_S1AP_TARGET_ENB_TO_SOURCE_ENB_CONTAINER,
	/* 9.2.1.42 UE-HistoryInformation (also the value of RANAP's UE-History-Information) */
	TK_S1AP_UE_HISTORY_INFORMATION,
	/* 9.2.1.38 EUTRAN-CGI */
	TK_S1AP_EUTRAN_CGI,
	/* 9.2.1.37 Global-ENB-ID */
	TK_S1AP_GLOBAL_ENB_ID,
	/* 9.2.1.3 Cause */
	TK_S1AP_CAUSE,
	/* LastVisitedEUTRANCellInformation (9.2.1.43a), also the E-UTRAN cell of NGAP's UE history */
	TK_S1AP_LAST_VISITED_EUTRAN_CELL_INFORMATION,
	/* LastVisitedGERANCellInformation (9.2.1.43b), also the GERAN cell of NGAP's UE history */
	TK_S1AP_LAST_VISITED_GERAN_CELL_INFORMATION,
	TK_S1AP_TYPE_COUNT
};

void tk_emit_s1ap_type(struct tk_emitter *e, enum tk_s1ap_type t, const uint8_t *p, size_t n);

/*
 * ... for a value that other octets follow (TS 48.008 3.2.3.17 Source Cell ID: an E-UTRAN CGI,
 * then a Global eNB ID): the object holds the octets the value used ("hex"), which the
 * function returns; all n when the value could not be read to its end (then "error" says why)
 */
size_t tk_emit_s1ap_type_prefix(struct tk_emitter *e, enum tk_s1ap_type t, const uint8_t *p,
				size_t n);

/* the TS 36.413 name of t ("UE-HistoryInformation"), NULL when t is out of range */
const char *tk_s1ap_type_name(enum tk_s1ap_type t);

#endif
