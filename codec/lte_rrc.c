/*
 * LTE RRC (TS 36.331) containers: unaligned PER decoded by the asn1c code generated from
 * asn1/lte-rrc/ (see asn1/lte-rrc/PROVENANCE.md), walked by print_value.c with a member hook
 * that follows the containers the standard defines inside LTE RRC values.  The generated
 * types carry the prefix LTE- (tools/asn1-prefix.py); tk_emit_uper (rrc.c) shows the
 * standard's names.
 */
#include <stddef.h>
#include <string.h>

#include <asn_application.h>
#include <asn_SEQUENCE_OF.h>
#include <OCTET_STRING.h>

/* the types tk_emit_lte_rrc decodes */
#include <LTE-HandoverPreparationInformation.h>
#include <LTE-HandoverCommand.h>
#include <LTE-UE-EUTRA-Capability.h>
#include <LTE-UERadioAccessCapabilityInformation.h>
#include <LTE-DL-DCCH-Message.h>
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
#include "rrc.h"
#include "typeinfo.h"

static asn_TYPE_descriptor_t *const lte_rrc_types[TK_LTE_RRC_TYPE_COUNT] = {
	[TK_LTE_RRC_HANDOVER_PREPARATION_INFORMATION] = &asn_DEF_LTE_HandoverPreparationInformation,
	[TK_LTE_RRC_HANDOVER_COMMAND] = &asn_DEF_LTE_HandoverCommand,
	[TK_LTE_RRC_UE_EUTRA_CAPABILITY] = &asn_DEF_LTE_UE_EUTRA_Capability,
	[TK_LTE_RRC_UE_RADIO_ACCESS_CAPABILITY_INFORMATION] =
		&asn_DEF_LTE_UERadioAccessCapabilityInformation,
	[TK_LTE_RRC_DL_DCCH_MESSAGE] = &asn_DEF_LTE_DL_DCCH_Message,
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
 * the value part of the TS 24.008 MS Radio Access Capability.  CDMA2000-1XRTT (a 3GPP2 A21
 * message), NR and EUTRA-NR (TS 38.331 capabilities) stay in hex: tcapkit has no decoder.
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
	default:
		return 0;
	}
}

/*
 * Handover ::= SEQUENCE { targetRAT-Type, targetRAT-MessageContainer OCTET STRING, ... } of a
 * MobilityFromEUTRACommand: "a message specified in another standard, as indicated by the
 * targetRAT-Type" (field descriptions, 6.2.2): for UTRA the TS 25.331 HANDOVER TO UTRAN
 * COMMAND (rrc.c); for GERAN the TS 44.018 HANDOVER COMMAND (dtap.c), or a TS 44.060 PS / DTM
 * HANDOVER COMMAND, an RLC/MAC control message without the RR protocol discriminator in its
 * first octet, which stays in hex as CDMA2000 and NR do.
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
		if (os->size < 1 || (os->buf[0] & 0x0f) != 0x06)
			return 0;
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
