/*
 * LTE RRC (3GPP TS 36.331) as SS7 signalling carries it at second hand: inside the S1AP
 * containers (TS 36.413) that RANAP and BSSMAP relay during a relocation or handover to
 * E-UTRAN, and in the GMM / BSSMAP elements that hold a UE's E-UTRA capabilities.  LTE RRC
 * is ASN.1 in the UNALIGNED variant of PER (TS 36.331 clause 8); the decoder is the one
 * asn1c generates from the standard's modules in asn1/lte-rrc/ (with the type prefix of
 * tools/asn1-prefix.py), walked by the same printer as RRC, MAP and CAP values.
 *
 * tk_emit_lte_rrc emits ONE object, as tk_emit_rrc does (rrc.h): "type" (the TS 36.331
 * name), "value", "hex" and, when the octets are not a complete encoding, "error" with the
 * octet where decoding stopped.  Inside the value, the OCTET / BIT STRINGs declared
 * (CONTAINING T) are decoded as T, and a UE-CapabilityRAT-Container by its rat-Type: E-UTRA
 * (UE-EUTRA-Capability), UTRA (the TS 25.331 INTER RAT HANDOVER INFO, rrc.c), GERAN CS (the
 * TS 24.008 classmarks 2 and 3) and GERAN PS (MS Radio Access Capability).  Nothing is read
 * outside p[0..n-1].
 */
#ifndef TK_LTE_RRC_H
#define TK_LTE_RRC_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"

enum tk_lte_rrc_type {
	/* 10.2.2 HandoverPreparationInformation: the RRC container of the S1AP Source eNB to
	 * Target eNB Transparent Container (TS 36.413 9.2.1.7) */
	TK_LTE_RRC_HANDOVER_PREPARATION_INFORMATION,
	/* 10.2.2 HandoverCommand: the RRC container of the Target eNB to Source eNB
	 * Transparent Container (TS 36.413 9.2.1.8) */
	TK_LTE_RRC_HANDOVER_COMMAND,
	/* 6.3.6 UE-EUTRA-Capability: the TS 24.008 10.5.5.27 E-UTRAN inter RAT
	 * information container and the TS 48.008 E-UTRAN Inter RAT Handover Info field element */
	TK_LTE_RRC_UE_EUTRA_CAPABILITY,
	/* 10.2.2 UERadioAccessCapabilityInformation: the S1AP UE Radio Capability */
	TK_LTE_RRC_UE_RADIO_ACCESS_CAPABILITY_INFORMATION,
	/* 6.2.1 DL-DCCH-Message */
	TK_LTE_RRC_DL_DCCH_MESSAGE,
	/* 6.3.6 VisitedCellInfoList-r12 (of UEInformationResponse): the S1AP UE History
	 * Information from the UE (TS 36.413 9.2.1.7) */
	TK_LTE_RRC_VISITED_CELL_INFO_LIST,
	/* the OCTET STRINGs of the S1AP InterSystemMeasurementItem (TS 36.413 9.2.1.151), each
	 * an LTE RRC Rel-15 type of 6.3.5: sMTC (MTC-SSB-NR-r15), threshRS-Index-r15
	 * (ThresholdListNR-r15), sSBToMeasure (SSB-ToMeasure-r15), sSRSSIMeasurement
	 * (SS-RSSI-Measurement-r15), quantityConfigNR-R15 (QuantityConfigNR-r15) and
	 * excludedCellsToAddModList (CellsToAddModListNR-r15) */
	TK_LTE_RRC_MTC_SSB_NR_R15,
	TK_LTE_RRC_THRESHOLD_LIST_NR_R15,
	TK_LTE_RRC_SSB_TO_MEASURE_R15,
	TK_LTE_RRC_SS_RSSI_MEASUREMENT_R15,
	TK_LTE_RRC_QUANTITY_CONFIG_NR_R15,
	TK_LTE_RRC_CELLS_TO_ADD_MOD_LIST_NR_R15,
	TK_LTE_RRC_TYPE_COUNT
};

void tk_emit_lte_rrc(struct tk_emitter *e, enum tk_lte_rrc_type t, const uint8_t *p, size_t n);

/* the TS 36.331 name of t ("HandoverCommand"), NULL when t is out of range */
const char *tk_lte_rrc_type_name(enum tk_lte_rrc_type t);

#endif
