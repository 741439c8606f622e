/*
 * NGAP (3GPP TS 38.413) as SS7 signalling carries it at third hand: the TS 38.413 types that
 * the S1AP values of RANAP and BSSMAP hold (s1ap.c), first of all the NG-RAN cell of an S1AP
 * UE history (TS 36.413 9.2.1.43: "LastVisitedNGRANCellInformation ... defined in TS 38.413").
 * NGAP is ASN.1 in the ALIGNED variant of PER (TS 38.413 9.4); asn1c has none, so the types
 * are read field by field with aper.h, as s1ap.c reads S1AP's.
 *
 * tk_emit_ngap_type emits ONE object: "type" (the TS 38.413 ASN.1 type name), the fields of
 * the value, "hex" (the raw octets) and, when the octets do not follow the encoding, what
 * could be decoded plus "error": {"offset": N, "reason": "..."}.  Every protocol extension the
 * standard gives these types is decoded under a key of its own; unknown extensions, extension
 * additions and choice-Extensions alternatives are listed with their octets, not as errors.
 * Nothing is read outside p[0..n-1].
 */
#ifndef TK_NGAP_H
#define TK_NGAP_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"

enum tk_ngap_type {
	/* LastVisitedNGRANCellInformation (NGAP-IEs): the nG-RAN-Cell of an S1AP UE history */
	TK_NGAP_LAST_VISITED_NGRAN_CELL_INFORMATION,
	/* NGRAN-CGI (NGAP-IEs: CHOICE of 9.3.1.7 NR CGI and 9.3.1.9 E-UTRA CGI) */
	TK_NGAP_NGRAN_CGI,
	/* 9.3.1.2 Cause */
	TK_NGAP_CAUSE,
	/* UEHistoryInformation (NGAP-IEs; NGAP's own UE history: a LastVisitedCellItem list) */
	TK_NGAP_UE_HISTORY_INFORMATION,
	TK_NGAP_TYPE_COUNT
};

void tk_emit_ngap_type(struct tk_emitter *e, enum tk_ngap_type t, const uint8_t *p, size_t n);

/* the TS 38.413 name of t ("LastVisitedNGRANCellInformation"), NULL when t is out of range */
const char *tk_ngap_type_name(enum tk_ngap_type t);

#endif
