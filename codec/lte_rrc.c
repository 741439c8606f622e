/*
 * LTE RRC (TS 36.331) containers: unaligned PER decoded by the asn1c code generated from
 * asn1/lte-rrc/ (see asn1/lte-rrc/PROVENANCE.md), walked by print_value.c with a member hook
 * that follows the containers the standard defines inside LTE RRC values.  The generated
 * types carry the prefix LTE- (tools/asn1-prefix.py); tk_emit_uper (rrc.c) shows the
 * standard's names.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <asn_application.h>
#include <BIT_STRING.h>
#include <asn_SEQUENCE_OF.h>
#include <OCTET_STRING.h>

/* the types tk_emit_lte_rrc decodes */
#include <LTE-HandoverPreparationInformation.h>
#include <LTE-HandoverCommand.h>
#include <LTE-UE-EUTRA-Capability.h>
#include <LTE-UERadioAccessCapabilityInformation.h>
#include <LTE-DL-DCCH-Message.h>
#include <LTE-VisitedCellInfoList-r12.h>
#include <LTE-MTC-SSB-NR-r15.h>
#include <LTE-ThresholdListNR-r15.h>
#include <LTE-SSB-ToMeasure-r15.h>
#include <LTE-SS-RSSI-Measurement-r15.h>
#include <LTE-QuantityConfigNR-r15.h>
#include <LTE-CellsToAddModListNR-r15.h>
/* the types that OCTET STRING (CONTAINING T) members hold */
#include <LTE-HandoverPreparationInformation-v9j0-IEs.h>
#include <LTE-SCG-Config-v12i0b-IEs.h>
#include <LTE-UECapabilityInformation.h>
#include <LTE-MBMSInterestIndication-r11.h>
#include <LTE-UE-RadioPagingInfo-r12.h>
#include <LTE-SystemInformationBlockType1-v890-IEs.h>
#include <LTE-InDeviceCoexIndication-r11.h>
#include <LTE-UEAssistanceInformation-r11.h>
#include <LTE-SidelinkUEInformation-r12.h>
#include <LTE-WLANConnectionStatusReport-r13.h>
#include <LTE-SystemInformationBlockType1.h>
#include <LTE-RRCConnectionReconfiguration-v8m0-IEs.h>
#include <LTE-SystemInformationBlockType2.h>
#include <LTE-SystemInformationBlockType31-r17.h>
#include <LTE-RRCConnectionRelease-v9e0-IEs.h>
#include <LTE-SCGFailureInformation-v12d0b-IEs.h>
#include <LTE-SystemInformationBlockType1-v8h0-IEs.h>
#include <LTE-UEInformationResponse-v9e0-IEs.h>
#include <LTE-SystemInformationBlockType2-v8h0-IEs.h>
#include <LTE-SystemInformationBlockType2-v10m0-IEs.h>
#include <LTE-SystemInformationBlockType3-v10j0-IEs.h>
#include <LTE-SystemInformationBlockType5-v8h0-IEs.h>
#include <LTE-SystemInformationBlockType6-v8h0-IEs.h>
#include <LTE-RRCConnectionReconfiguration.h>
#include <LTE-UE-EUTRA-Capability-v10j0-IEs.h>
#include <LTE-UE-EUTRA-Capability-v13e0b-IEs.h>
#include <LTE-UE-EUTRA-Capability-v9a0-IEs.h>
/* the containers read by the type a sibling member names */
#include <LTE-UE-CapabilityRAT-Container.h>
#include <LTE-Handover.h>
/* the NAS messages */
#include <LTE-DedicatedInfoNAS.h>

#include "classmark.h"
#include "csn1.h"
#include "dtap.h"
#include "eps_nas.h"
#include "inner.h"
#include "lte_rrc.h"
#include "names.h"
#include "nr_rrc.h"
#include "rlcmac.h"
#include "rrc.h"
#include "typeinfo.h"

static asn_TYPE_descriptor_t *const lte_rrc_types[TK_LTE_RRC_TYPE_COUNT] = {
	[TK_LTE_RRC_HANDOVER_PREPARATION_INFORMATION] = &asn_DEF_LTE_HandoverPreparationInformation,
	[TK_LTE_RRC_HANDOVER_COMMAND] = &asn_DEF_LTE_HandoverCommand,
	[TK_LTE_RRC_UE_EUTRA_CAPABILITY] = &asn_DEF_LTE_UE_EUTRA_Capability,
	[TK_LTE_RRC_UE_RADIO_ACCESS_CAPABILITY_INFORMATION] =
		&asn_DEF_LTE_UERadioAccessCapabilityInformation,
	[TK_LTE_RRC_DL_DCCH_MESSAGE] = &asn_DEF_LTE_DL_DCCH_Message,
	[TK_LTE_RRC_VISITED_CELL_INFO_LIST] = &asn_DEF_LTE_VisitedCellInfoList_r12,
	[TK_LTE_RRC_MTC_SSB_NR_R15] = &asn_DEF_LTE_MTC_SSB_NR_r15,
	[TK_LTE_RRC_THRESHOLD_LIST_NR_R15] = &asn_DEF_LTE_ThresholdListNR_r15,
	[TK_LTE_RRC_SSB_TO_MEASURE_R15] = &asn_DEF_LTE_SSB_ToMeasure_r15,
	[TK_LTE_RRC_SS_RSSI_MEASUREMENT_R15] = &asn_DEF_LTE_SS_RSSI_Measurement_r15,
	[TK_LTE_RRC_QUANTITY_CONFIG_NR_R15] = &asn_DEF_LTE_QuantityConfigNR_r15,
	[TK_LTE_RRC_CELLS_TO_ADD_MOD_LIST_NR_R15] = &asn_DEF_LTE_CellsToAddModListNR_r15,
};

/*
 * Members declared OCTET STRING (CONTAINING T), by the type that has the member and the
 * member's name: every CONTAINING of the two modules (31; one member name,
 * lateNonCriticalExtension, holds a different type in each of its 14 parents).  None is a
 * BIT STRING.
 */
static const struct {
	const char *parent;
	const char *member;
	asn_TYPE_descriptor_t *type;
} containing[] = {
	{ "LTE-HandoverCommand-r8-IEs", "handoverCommandMessage", &asn_DEF_LTE_DL_DCCH_Message },
	{ "LTE-HandoverPreparationInformation-v9d0-IEs", "lateNonCriticalExtension",
	  &asn_DEF_LTE_HandoverPreparationInformation_v9j0_IEs },
	{ "LTE-SCG-Config-v12i0a-IEs", "lateNonCriticalExtension",
	  &asn_DEF_LTE_SCG_Config_v12i0b_IEs },
	{ "LTE-SCG-ConfigInfo-r12-IEs", "eutra-CapabilityInfo-r12",
	  &asn_DEF_LTE_UECapabilityInformation },
	{ "LTE-SCG-ConfigInfo-r12-IEs", "mbmsInterestIndication-r12",
	  &asn_DEF_LTE_MBMSInterestIndication_r11 },
	{ "LTE-UERadioAccessCapabilityInformation-r8-IEs", "ue-RadioAccessCapabilityInfo",
	  &asn_DEF_LTE_UECapabilityInformation },
	{ "LTE-UERadioPagingInformation-r12-IEs", "ue-RadioPagingInfo-r12",
	  &asn_DEF_LTE_UE_RadioPagingInfo_r12 },
	{ "LTE-AS-Config", "sourceSystemInformationBlockType1Ext",
	  &asn_DEF_LTE_SystemInformationBlockType1_v890_IEs },
	{ "LTE-AS-Context-v1130", "idc-Indication-r11", &asn_DEF_LTE_InDeviceCoexIndication_r11 },
	{ "LTE-AS-Context-v1130", "mbmsInterestIndication-r11",
	  &asn_DEF_LTE_MBMSInterestIndication_r11 },
	{ "LTE-AS-Context-v1130", "ueAssistanceInformation-r11",
	  &asn_DEF_LTE_UEAssistanceInformation_r11 },
	{ "LTE-AS-Context-v1130", "sidelinkUEInformation-r12",
	  &asn_DEF_LTE_SidelinkUEInformation_r12 },
	{ "LTE-AS-Context-v1320", "wlanConnectionStatusReport-r13",
	  &asn_DEF_LTE_WLANConnectionStatusReport_r13 },
	{ "LTE-RN-SystemInfo-r10", "systemInformationBlockType1-r10",
	  &asn_DEF_LTE_SystemInformationBlockType1 },
	{ "LTE-RRCConnectionReconfiguration-v890-IEs", "lateNonCriticalExtension",
	  &asn_DEF_LTE_RRCConnectionReconfiguration_v8m0_IEs },
	{ "LTE-RRCConnectionReconfiguration-v1130-IEs", "systemInformationBlockType1Dedicated-r11",
	  &asn_DEF_LTE_SystemInformationBlockType1 },
	{ "LTE-RRCConnectionReconfiguration-v1430-IEs", "systemInformationBlockType2Dedicated-r14",
	  &asn_DEF_LTE_SystemInformationBlockType2 },
	{ "LTE-RRCConnectionReconfiguration-v1700-IEs", "systemInformationBlockType31Dedicated-r17",
	  &asn_DEF_LTE_SystemInformationBlockType31_r17 },
	{ "LTE-RRCConnectionRelease-v890-IEs", "lateNonCriticalExtension",
	  &asn_DEF_LTE_RRCConnectionRelease_v9e0_IEs },
	{ "LTE-SCGFailureInformation-v12d0a-IEs", "lateNonCriticalExtension",
	  &asn_DEF_LTE_SCGFailureInformation_v12d0b_IEs },
	{ "LTE-SystemInformationBlockType1-v890-IEs", "lateNonCriticalExtension",
	  &asn_DEF_LTE_SystemInformationBlockType1_v8h0_IEs },
	{ "LTE-UEInformationResponse-v930-IEs", "lateNonCriticalExtension",
	  &asn_DEF_LTE_UEInformationResponse_v9e0_IEs },
	{ "LTE-SystemInformationBlockType2", "lateNonCriticalExtension",
	  &asn_DEF_LTE_SystemInformationBlockType2_v8h0_IEs },
	{ "LTE-SystemInformationBlockType2-v9i0-IEs", "nonCriticalExtension",
	  &asn_DEF_LTE_SystemInformationBlockType2_v10m0_IEs },
	{ "LTE-SystemInformationBlockType3", "lateNonCriticalExtension",
	  &asn_DEF_LTE_SystemInformationBlockType3_v10j0_IEs },
	{ "LTE-SystemInformationBlockType5", "lateNonCriticalExtension",
	  &asn_DEF_LTE_SystemInformationBlockType5_v8h0_IEs },
	{ "LTE-SystemInformationBlockType6", "lateNonCriticalExtension",
	  &asn_DEF_LTE_SystemInformationBlockType6_v8h0_IEs },
	{ "LTE-CondReconfigurationAddMod-r16", "condReconfigurationToApply-r16",
	  &asn_DEF_LTE_RRCConnectionReconfiguration },
	{ "LTE-UE-EUTRA-Capability-v10i0-IEs", "lateNonCriticalExtension",
	  &asn_DEF_LTE_UE_EUTRA_Capability_v10j0_IEs },
	{ "LTE-UE-EUTRA-Capability-v13e0a-IEs", "lateNonCriticalExtension",
	  &asn_DEF_LTE_UE_EUTRA_Capability_v13e0b_IEs },
	{ "LTE-UE-EUTRA-Capability-v940-IEs", "lateNonCriticalExtension",
	  &asn_DEF_LTE_UE_EUTRA_Capability_v9a0_IEs },
};

static int lte_rrc_member(struct tk_emitter *e, const asn_TYPE_descriptor_t *parent,
			  const asn_TYPE_member_t *elm, const void *mp);

/*
 * GERAN CS capabilities (6.3.6, field descriptions of UE-CapabilityRAT-ContainerList): "the
 * concatenated string of the Mobile Station Classmark 2 and Mobile Station Classmark 3.  The
 * first 5 octets correspond to Mobile Station Classmark 2 [formatted as 'TLV' ... IEI 33H
 * ... Length 3] and the following octets correspond to Mobile Station Classmark 3 [formatted
 * as 'V']", each decoded by classmark.c / csn1.c.  Another header is reported and the
 * classmark 2 octets are then only shown.
 */
static void emit_geran_cs(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n < 5) {
		tk_inner_fail(&er, n, "truncated: the Mobile Station Classmark 2 TLV has 5 octets, "
			      "%zu present", n);
	} else if (p[0] != 0x33 || p[1] != 3) {
		tk_inner_fail(&er, 0, "not a Mobile Station Classmark 2 TLV (IEI 0x33, length 3)");
	} else {
		tk_emit_key(e, "msClassmark2");
		tk_emit_ms_classmark2(e, p + 2, 3);
		tk_emit_key(e, "msClassmark3");
		tk_emit_ms_classmark3(e, p + 5, n - 5);
	}
	tk_inner_finish(e, p, n, &er);
}

/*
 * UE-CapabilityRAT-Container ::= SEQUENCE { rat-Type RAT-Type, ueCapabilityRAT-Container
 * OCTET STRING }: per the field description (6.3.6), for E-UTRA the UE-EUTRA-Capability, for
 * UTRA the TS 25.331 INTER RAT HANDOVER INFO, for GERAN CS the classmarks above, for GERAN PS
 * the value part of the TS 24.008 MS Radio Access Capability, for NR the TS 38.331
 * UE-NR-Capability and for EUTRA-NR the TS 38.331 UE-MRDC-Capability (nr_rrc.c).
 * CDMA2000-1XRTT (a 3GPP2 A21 message) stays in hex: tcapkit has no decoder.
 */
static int emit_rat_container(struct tk_emitter *e, const OCTET_STRING_t *os)
{
	const LTE_UE_CapabilityRAT_Container_t *c = (const void *)((const char *)os -
		offsetof(LTE_UE_CapabilityRAT_Container_t, ueCapabilityRAT_Container));

	switch (c->rat_Type) {
	case LTE_RAT_Type_eutra:
		tk_emit_uper(e, &asn_DEF_LTE_UE_EUTRA_Capability, os->buf, (size_t)os->size, 0,
			     lte_rrc_member);
		return 1;
	case LTE_RAT_Type_utra:
		tk_emit_rrc(e, TK_RRC_INTER_RAT_HANDOVER_INFO, os->buf, (size_t)os->size);
		return 1;
	case LTE_RAT_Type_geran_cs:
		emit_geran_cs(e, os->buf, (size_t)os->size);
		return 1;
	case LTE_RAT_Type_geran_ps:
		tk_emit_ms_radio_access_capability(e, os->buf, (size_t)os->size);
		return 1;
	case LTE_RAT_Type_nr:
		tk_emit_nr_rrc(e, TK_NR_RRC_UE_NR_CAPABILITY, os->buf, (size_t)os->size);
		return 1;
	case LTE_RAT_Type_eutra_nr:
		tk_emit_nr_rrc(e, TK_NR_RRC_UE_MRDC_CAPABILITY, os->buf, (size_t)os->size);
		return 1;
	default:
		return 0;
	}
}

/*
 * The feature group indicators of UE-EUTRA-Capability: BIT STRINGs of 32 indicators whose
 * meaning the ASN.1 does not give; Annex B.1 (Tables B.1-1, B.1-1a) and Annex C.1 (Table
 * C.1-1) define them, indexed from the leftmost bit: featureGroupIndicators 1-32,
 * featureGroupIndRel9Add 33-64, featureGroupIndRel10 101-132 (also their -r9 / -v1060
 * copies for the other duplex mode).  A set indicator says every function of the group is
 * implemented and tested; an index without a definition "shall be set to 0".  The
 * definitions are summaries of the tables' lists.
 */
static const struct tk_value_string fgi_definitions[] = {
	{ 1, "intra-subframe frequency hopping for PUSCH scheduled by UL grant; DCI format 3a; "
	     "aperiodic CQI/PMI/RI reporting on PUSCH modes 2-0 and 2-2" },
	{ 2, "simultaneous CQI and ACK/NACK on PUCCH (formats 2a and 2b); absolute TPC command "
	     "for PUSCH; resource allocation type 1 for PDSCH; periodic CQI/PMI/RI reporting on "
	     "PUCCH modes 2-0 and 2-1" },
	{ 3, "5-bit RLC UM SN; 7-bit PDCP SN" },
	{ 4, "short DRX cycle" },
	{ 5, "long DRX cycle; DRX command MAC control element" },
	{ 6, "prioritised bit rate" },
	{ 7, "RLC UM" },
	{ 8, "E-UTRA RRC_CONNECTED to UTRA CELL_DCH PS handover" },
	{ 9, "E-UTRA RRC_CONNECTED to GERAN GSM_Dedicated handover" },
	{ 10, "E-UTRA RRC_CONNECTED to GERAN (Packet_)Idle by cell change order, with or "
	      "without NACC" },
	{ 11, "E-UTRA RRC_CONNECTED to CDMA2000 1xRTT CS Active handover" },
	{ 12, "E-UTRA RRC_CONNECTED to CDMA2000 HRPD Active handover" },
	{ 13, "inter-frequency handover (within FDD or TDD)" },
	{ 14, "measurement reporting events A4 and A5" },
	{ 15, "measurement reporting event B1" },
	{ 16, "periodical measurement reporting not related to ANR" },
	{ 17, "ANR related intra-frequency measurement reporting events" },
	{ 18, "ANR related inter-frequency measurement reporting events" },
	{ 19, "ANR related inter-RAT measurement reporting events" },
	{ 20, "SRB1 and SRB2 for DCCH with 8 AM DRBs, or with 5 AM and 3 UM DRBs (if indicator "
	      "7 is set)" },
	{ 21, "predefined intra- and inter-subframe frequency hopping for PUSCH with N_sb > 1" },
	{ 22, "UTRAN measurements, reporting and measurement reporting event B2 in E-UTRA "
	      "connected mode" },
	{ 23, "GERAN measurements, reporting and measurement reporting event B2 in E-UTRA "
	      "connected mode" },
	{ 24, "1xRTT measurements, reporting and measurement reporting event B2 in E-UTRA "
	      "connected mode" },
	{ 25, "inter-frequency measurements and reporting in E-UTRA connected mode" },
	{ 26, "HRPD measurements, reporting and measurement reporting event B2 in E-UTRA "
	      "connected mode" },
	{ 27, "E-UTRA RRC_CONNECTED to UTRA CELL_DCH CS handover" },
	{ 28, "TTI bundling" },
	{ 29, "semi-persistent scheduling" },
	{ 30, "handover between FDD and TDD" },
	{ 31, "mechanisms defined for cells broadcasting multi-band information" },
	{ 33, "inter-RAT ANR features for UTRAN FDD" },
	{ 34, "inter-RAT ANR features for GERAN" },
	{ 35, "inter-RAT ANR features for 1xRTT" },
	{ 36, "inter-RAT ANR features for HRPD" },
	{ 37, "inter-RAT ANR features for UTRAN TDD" },
	{ 38, "E-UTRA RRC_CONNECTED to UTRA TDD CELL_DCH PS handover" },
	{ 39, "UTRAN TDD measurements, reporting and measurement reporting event B2 in E-UTRA "
	      "connected mode" },
	{ 40, "E-UTRA RRC_CONNECTED to UTRA TDD CELL_DCH CS handover" },
	{ 41, "measurement reporting event B1 for UTRAN FDD" },
	{ 42, "DCI format 3a" },
	{ 101, "DMRS with OCC (orthogonal cover code) and SGH (sequence group hopping) "
	       "disabling" },
	{ 102, "trigger type 1 (aperiodic) SRS transmission" },
	{ 103, "PDSCH transmission mode 9 with up to 4 CSI reference signal ports" },
	{ 104, "PDSCH transmission mode 9 for TDD with 8 CSI reference signal ports" },
	{ 105, "PUCCH reporting mode 2-0 with transmission mode 9, and 2-1 with transmission "
	       "mode 9 and up to 4 CSI reference signal ports" },
	{ 106, "PUCCH reporting mode 2-1 with transmission mode 9 and 8 CSI reference signal "
	       "ports" },
	{ 107, "PUSCH reporting mode 2-0 with transmission mode 9, and 2-2 with transmission "
	       "mode 9 and up to 4 CSI reference signal ports" },
	{ 108, "PUSCH reporting mode 2-2 with transmission mode 9 and 8 CSI reference signal "
	       "ports" },
	{ 109, "PUCCH reporting mode 1-1 submode 1" },
	{ 110, "PUCCH reporting mode 1-1 submode 2" },
	{ 111, "measurement reporting event A6" },
	{ 112, "SCell addition within the handover to E-UTRA procedure" },
	{ 113, "trigger type 0 (periodic) SRS transmission on more than one serving cell" },
	{ 114, "reporting of both UTRA CPICH RSCP and Ec/N0 in a measurement report" },
	{ 115, "time domain ICIC RLM/RRM and CSI measurement subframe restriction for the "
	       "serving and neighbour cells" },
	{ 116, "relative transmit phase continuity for spatial multiplexing in UL" },
	{ 0, NULL }
};

/* the printer's BIT STRING ("set" positions from 0, "length", "value", "hex"), then
 * "indicators": each set indicator's index and definition */
static void emit_feature_groups(struct tk_emitter *e, const BIT_STRING_t *bs, long first)
{
	size_t nbits = bs->size > 0 ? (size_t)bs->size * 8 - (size_t)(bs->bits_unused & 7) : 0;
	unsigned long v = 0;
	size_t i;
	char num[24];

	tk_emit_open(e, 0);
	tk_emit_key(e, "set");
	tk_emit_open(e, 1);
	for (i = 0; i < nbits; i++)
		if (bs->buf[i / 8] & (0x80 >> (i % 8))) {
			snprintf(num, sizeof(num), "%zu", i);
			tk_emit_lit(e, num);
		}
	tk_emit_close(e, 1);
	tk_emit_kv_long(e, "length", (long)nbits);
	for (i = 0; i < nbits && nbits <= 32; i++)
		v = (v << 1) | ((bs->buf[i / 8] >> (7 - i % 8)) & 1u);
	if (nbits <= 32)
		tk_emit_kv_long(e, "value", (long)v);
	tk_emit_kv_hex(e, "hex", bs->buf, (size_t)bs->size);
	tk_emit_key(e, "indicators");
	tk_emit_open(e, 1);
	for (i = 0; i < nbits; i++) {
		const char *d;

		if (!(bs->buf[i / 8] & (0x80 >> (i % 8))))
			continue;
		d = tk_vs_name(fgi_definitions, first + (long)i);
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "index", first + (long)i);
		tk_emit_kv_str(e, "definition", d ? d : "no definition (the UE shall set it to 0)");
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	tk_emit_close(e, 0);
}

/*
 * Handover ::= SEQUENCE { targetRAT-Type, targetRAT-MessageContainer OCTET STRING, ... } of a
 * MobilityFromEUTRACommand: "a message specified in another standard, as indicated by the
 * targetRAT-Type" (field descriptions, 6.2.2): for UTRA the TS 25.331 HANDOVER TO UTRAN
 * COMMAND (rrc.c); for GERAN the TS 44.018 HANDOVER COMMAND (dtap.c), or a TS 44.060 PS / DTM
 * HANDOVER COMMAND, an RLC/MAC control message without the RR protocol discriminator in its
 * first octet: its hex stays the member's value and rlcmac.c decodes it beside it, under
 * "rlcMacMessage".  CDMA2000 and NR stay in hex.
 */
static int emit_target_rat_message(struct tk_emitter *e, const OCTET_STRING_t *os)
{
	const LTE_Handover_t *h = (const void *)((const char *)os -
		offsetof(LTE_Handover_t, targetRAT_MessageContainer));

	switch (h->targetRAT_Type) {
	case LTE_Handover__targetRAT_Type_utra:
		tk_emit_rrc(e, TK_RRC_HANDOVER_TO_UTRAN_COMMAND, os->buf, (size_t)os->size);
		return 1;
	case LTE_Handover__targetRAT_Type_geran:
		if (os->size < 1 || (os->buf[0] & 0x0f) != 0x06) {
			tk_emit_hex(e, os->buf, (size_t)os->size);
			tk_emit_key(e, "rlcMacMessage");
			tk_emit_rlcmac_dl(e, os->buf, (size_t)os->size);
			return 1;
		}
		tk_emit_dtap(e, os->buf, (size_t)os->size);
		return 1;
	default:
		return 0;
	}
}

static int lte_rrc_member(struct tk_emitter *e, const asn_TYPE_descriptor_t *parent,
			  const asn_TYPE_member_t *elm, const void *mp)
{
	size_t i;

	/*
	 * DedicatedInfoNAS ::= OCTET STRING, "a NAS message as defined in TS 24.301" (eps_nas.c):
	 * the members dedicatedInfoNAS, dedicatedInfoNAS-r13, -r15 and -r16, and the items of
	 * dedicatedInfoNASList and dedicatedInfoNASList-r15 (SEQUENCE OF DedicatedInfoNAS, whose
	 * items asn1c does not name, so the list is walked here)
	 */
	if (elm->type == &asn_DEF_LTE_DedicatedInfoNAS) {
		const OCTET_STRING_t *os = mp;

		tk_emit_eps_nas(e, os->buf, (size_t)os->size);
		return 1;
	}
	if (tk_td_kind(elm->type) == TK_KIND_SEQUENCE_OF && elm->type->elements_count == 1 &&
	    elm->type->elements[0].type == &asn_DEF_LTE_DedicatedInfoNAS) {
		const asn_anonymous_sequence_ *list = _A_CSEQUENCE_FROM_VOID(mp);
		int k;

		tk_emit_open(e, 1);
		for (k = 0; k < list->count; k++) {
			const OCTET_STRING_t *os = list->array[k];

			if (os)
				tk_emit_eps_nas(e, os->buf, (size_t)os->size);
			else
				tk_emit_lit(e, "null");
		}
		tk_emit_close(e, 1);
		return 1;
	}
	if (tk_td_kind(elm->type) == TK_KIND_BIT_STRING) {
		static const struct { const char *prefix; long first; } fgi[] = {
			{ "featureGroupIndicators", 1 },
			{ "featureGroupIndRel9Add", 33 },
			{ "featureGroupIndRel10", 101 },
		};

		for (i = 0; i < sizeof(fgi) / sizeof(fgi[0]); i++)
			if (strncmp(elm->name, fgi[i].prefix, strlen(fgi[i].prefix)) == 0) {
				emit_feature_groups(e, mp, fgi[i].first);
				return 1;
			}
		return 0;
	}
	if (tk_td_kind(elm->type) != TK_KIND_OCTET_STRING)
		return 0;
	if (parent == &asn_DEF_LTE_UE_CapabilityRAT_Container &&
	    strcmp(elm->name, "ueCapabilityRAT-Container") == 0)
		return emit_rat_container(e, mp);
	if (parent == &asn_DEF_LTE_Handover && strcmp(elm->name, "targetRAT-MessageContainer") == 0)
		return emit_target_rat_message(e, mp);
	/*
	 * The NAS security parameters of a handover into E-UTRA (SecurityConfigHO, interRAT)
	 * and out of it (MobilityFromEUTRACommand): "the content of the parameter is defined
	 * in TS 24.301", 9.9.2.7 and 9.9.2.6 without the IEI (eps_nas.c)
	 */
	if (strcmp(elm->name, "nas-SecurityParamToEUTRA") == 0) {
		const OCTET_STRING_t *os = mp;

		tk_emit_nas_security_params_to_eutra(e, os->buf, (size_t)os->size);
		return 1;
	}
	if (strcmp(elm->name, "nas-SecurityParamFromEUTRA") == 0) {
		const OCTET_STRING_t *os = mp;

		tk_emit_nas_security_params_from_eutra(e, os->buf, (size_t)os->size);
		return 1;
	}
	for (i = 0; i < sizeof(containing) / sizeof(containing[0]); i++)
		if (strcmp(elm->name, containing[i].member) == 0 &&
		    strcmp(parent->name, containing[i].parent) == 0) {
			const OCTET_STRING_t *os = mp;

			tk_emit_uper(e, containing[i].type, os->buf, (size_t)os->size, 0,
				     lte_rrc_member);
			return 1;
		}
	return 0;
}

const char *tk_lte_rrc_type_name(enum tk_lte_rrc_type t)
{
	if ((unsigned)t >= TK_LTE_RRC_TYPE_COUNT)
		return NULL;
	return lte_rrc_types[t]->name + 4;	/* without the LTE- prefix */
}

void tk_emit_lte_rrc(struct tk_emitter *e, enum tk_lte_rrc_type t, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	if ((unsigned)t >= TK_LTE_RRC_TYPE_COUNT) {
		n = tk_inner_start(e, &er, p, n);
		tk_inner_fail(&er, 0, "not an LTE RRC type tcapkit knows");
		tk_inner_finish(e, p, n, &er);
		return;
	}
	tk_emit_uper(e, lte_rrc_types[t], p, n, 0, lte_rrc_member);
}
