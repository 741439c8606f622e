/*
 * RRC (TS 25.331) containers: unaligned PER decoded by the asn1c code generated from
 * asn1/rrc/ (see asn1/rrc/PROVENANCE.md), walked by print_value.c with a member hook that
 * follows the containers the standard defines inside RRC values.
 */
#include <stdlib.h>
#include <string.h>

#include <asn_application.h>
#include <per_decoder.h>
#include <BIT_STRING.h>
#include <OCTET_STRING.h>

/* the types tk_emit_rrc decodes */
#include <ToTargetRNC-Container.h>
#include <TargetRNC-ToSourceRNC-Container.h>
#include <InterRATHandoverInfo.h>
#include <HandoverToUTRANCommand.h>
#include <DL-DCCH-Message.h>
#include <UE-RadioAccessCapabilityInfo.h>
/* the types that BIT / OCTET STRING (CONTAINING T) members hold */
#include <CellUpdate-r3-add-ext-IEs.h>
#include <CellUpdateConfirm-r7-add-ext-IEs.h>
#include <InitialDirectTransfer-r3-add-ext-IEs.h>
#include <InterRATHandoverInfo-r3-add-ext-IEs.h>
#include <MeasurementReport.h>
#include <MasterInformationBlock.h>
#include <RadioBearerSetup-r7-add-ext-IEs.h>
#include <RRCConnectionSetupComplete-r3-add-ext-IEs.h>
#include <SRNC-RelocationInfo-v3h0ext-IEs.h>
#include <SRNC-RelocationInfo-r6-add-ext-IEs.h>
#include <SRNC-RelocationInfo-r7-add-ext-IEs.h>
#include <SysInfoType1.h>
#include <SysInfoType3.h>
#include <SysInfoType5.h>
#include <SysInfoType7.h>
#include <SysInfoType11.h>
#include <SysInfoType11bis.h>
#include <SysInfoType11ter.h>
#include <SysInfoType12.h>
#include <SysInfoType22.h>
#include <SysInfoTypeSB1.h>
#include <SysInfoTypeSB2.h>
#include <UE-CapabilityContainer-IEs.h>
#include <UECapabilityInformation-r3-add-ext-IEs.h>
#include <URAUpdate-r3-add-ext-IEs.h>
/* octet strings read by other decoders */
#include <NAS-Message.h>
#include <GSM-Classmark2.h>
#include <GSM-Classmark3.h>
#include <GSM-MS-RadioAccessCapability.h>
#include <GSM-MessageList.h>
/* the GSM message appended to a HANDOVER FROM UTRAN COMMAND - GSM */
#include <HandoverFromUTRANCommand-GSM.h>

#include "internal.h"
#include "classmark.h"
#include "csn1.h"
#include "dtap.h"
#include "inner.h"
#include "rrc.h"
#include "typeinfo.h"

static asn_TYPE_descriptor_t *const rrc_types[TK_RRC_TYPE_COUNT] = {
	[TK_RRC_TO_TARGET_RNC_CONTAINER] = &asn_DEF_ToTargetRNC_Container,
	[TK_RRC_TARGET_RNC_TO_SOURCE_RNC_CONTAINER] = &asn_DEF_TargetRNC_ToSourceRNC_Container,
	[TK_RRC_INTER_RAT_HANDOVER_INFO] = &asn_DEF_InterRATHandoverInfo,
	[TK_RRC_HANDOVER_TO_UTRAN_COMMAND] = &asn_DEF_HandoverToUTRANCommand,
	[TK_RRC_DL_DCCH_MESSAGE] = &asn_DEF_DL_DCCH_Message,
	[TK_RRC_UE_RADIO_ACCESS_CAPABILITY_INFO] = &asn_DEF_UE_RadioAccessCapabilityInfo,
};

/*
 * Members declared BIT STRING (CONTAINING T) or OCTET STRING (CONTAINING T): the PER
 * encoding of T in the string's bits (X.682 / X.691 11.9.4).  Each of these member names
 * is used with one contained type throughout TS 25.331 (checked over the five modules).
 */
static const struct {
	const char *member;
	asn_TYPE_descriptor_t *type;
} containing[] = {
	{ "cellUpdate-r3-add-ext", &asn_DEF_CellUpdate_r3_add_ext_IEs },
	{ "cellUpdateConfirm-r7-add-ext", &asn_DEF_CellUpdateConfirm_r7_add_ext_IEs },
	{ "initialDirectTransfer-r3-add-ext", &asn_DEF_InitialDirectTransfer_r3_add_ext_IEs },
	{ "interRATHandoverInfo-r3-add-ext", &asn_DEF_InterRATHandoverInfo_r3_add_ext_IEs },
	{ "measurementReport", &asn_DEF_MeasurementReport },
	{ "mib", &asn_DEF_MasterInformationBlock },
	{ "radioBearerSetup-r7-add-ext", &asn_DEF_RadioBearerSetup_r7_add_ext_IEs },
	{ "rrcConnectionSetupComplete-r3-add-ext",
	  &asn_DEF_RRCConnectionSetupComplete_r3_add_ext_IEs },
	{ "sRNC-RelocationInfo-r3-add-ext", &asn_DEF_SRNC_RelocationInfo_v3h0ext_IEs },
	{ "sRNC-RelocationInfo-r6-add-ext", &asn_DEF_SRNC_RelocationInfo_r6_add_ext_IEs },
	{ "sRNC-RelocationInfo-r7-add-ext", &asn_DEF_SRNC_RelocationInfo_r7_add_ext_IEs },
	{ "sysInfoType1", &asn_DEF_SysInfoType1 },
	{ "sysInfoType11", &asn_DEF_SysInfoType11 },
	{ "sysInfoType11bis", &asn_DEF_SysInfoType11bis },
	{ "sysInfoType11ter", &asn_DEF_SysInfoType11ter },
	{ "sysInfoType12", &asn_DEF_SysInfoType12 },
	{ "sysInfoType22", &asn_DEF_SysInfoType22 },
	{ "sysInfoType3", &asn_DEF_SysInfoType3 },
	{ "sysInfoType5", &asn_DEF_SysInfoType5 },
	{ "sysInfoType7", &asn_DEF_SysInfoType7 },
	{ "sysInfoTypeSB1", &asn_DEF_SysInfoTypeSB1 },
	{ "sysInfoTypeSB2", &asn_DEF_SysInfoTypeSB2 },
	{ "ueCapabilityContainer", &asn_DEF_UE_CapabilityContainer_IEs },
	{ "ueCapabilityContainer-RSC", &asn_DEF_RRCConnectionSetupComplete_r3_add_ext_IEs },
	{ "ueCapabilityContainer-UCI", &asn_DEF_UECapabilityInformation_r3_add_ext_IEs },
	{ "ueCapabilityInformation-r3-add-ext", &asn_DEF_UECapabilityInformation_r3_add_ext_IEs },
	{ "uraUpdate-r3-add-ext", &asn_DEF_URAUpdate_r3_add_ext_IEs },
};

/*
 * OCTET STRINGs whose content TS 25.331 gives in a comment rather than with CONTAINING:
 * by the name of the type that has the member (for anonymous types, asn1c's name is the
 * member's identifier) and the member's name.
 */
static const struct {
	const char *parent;
	const char *member;
	enum tk_rrc_type type;
} commented[] = {
	/* 11.5: "The octet string shall include the InterRATHandoverInfo information" */
	{ "InterRATHandoverInfoWithInterRATCapabilities-r3-IEs", "interRATHandoverInfo",
	  TK_RRC_INTER_RAT_HANDOVER_INFO },
	/* 11.5: "IE dl-DCCHmessage consists of an octet string that includes the IE
	 * DL-DCCH-Message" */
	{ "TargetRNC-ToSourceRNC-Container", "dL-DCCHmessage", TK_RRC_DL_DCCH_MESSAGE },
	/* 11.2 InterRATHandoverInfo: "present is an octet aligned string containing IE
	 * UE-RadioAccessCapabilityInfo" */
	{ "ue-CapabilityContainer", "present", TK_RRC_UE_RADIO_ACCESS_CAPABILITY_INFO },
};


/*
 * 11.3 GSM-Classmark2: "formatted as 'TLV' ... The first octet is the Mobile station
 * classmark 2 IEI and its value shall be set to 33H. The second octet is the Length ... set
 * to 3."  The value part goes to the TS 24.008 decoder; another header is a deviation, and
 * the octets are then only shown (SIZE (5) is checked by the PER decoder).
 */
static void emit_gsm_classmark2(struct tk_emitter *e, const OCTET_STRING_t *os)
{
	struct tk_inner_err er;
	size_t n;

	if (os->size == 5 && os->buf[0] == 0x33 && os->buf[1] == 3) {
		tk_emit_ms_classmark2(e, os->buf + 2, 3);
		return;
	}
	n = tk_inner_start(e, &er, os->buf, (size_t)os->size);
	tk_inner_fail(&er, 0, "not a Mobile Station Classmark 2 element (IEI 0x33, length 3)");
	tk_inner_finish(e, os->buf, n, &er);
}

/*
 * 11.3 GSM-MessageList: SEQUENCE OF BIT STRING (SIZE (1..512)), each a GSM message of TS
 * 44.018 (a HANDOVER COMMAND, ...), its first bit the most significant of the message's first
 * octet.  A message is a whole number of octets, so an item with unused bits is not one: its
 * bits are shown, with that as the error.
 */
static void emit_gsm_message_list(struct tk_emitter *e, const GSM_MessageList_t *list)
{
	int i;

	tk_emit_open(e, 1);
	for (i = 0; i < list->list.count; i++) {
		const BIT_STRING_t *bs = list->list.array[i];
		struct tk_inner_err er;
		size_t n;

		if (bs && bs->size > 0 && (bs->bits_unused & 7) == 0) {
			tk_emit_dtap(e, bs->buf, (size_t)bs->size);
			continue;
		}
		n = tk_inner_start(e, &er, bs ? bs->buf : NULL, bs ? (size_t)bs->size : 0);
		tk_inner_fail(&er, n ? n - 1 : 0, "not a whole number of octets: not a GSM message");
		tk_inner_finish(e, bs ? bs->buf : NULL, n, &er);
	}
	tk_emit_close(e, 1);
}

static int rrc_member(struct tk_emitter *e, const asn_TYPE_descriptor_t *parent,
		      const asn_TYPE_member_t *elm, const void *mp)
{
	enum tk_kind k = tk_td_kind(elm->type);
	size_t i;

	if (elm->type == &asn_DEF_GSM_MessageList) {
		emit_gsm_message_list(e, mp);
		return 1;
	}

	if (k == TK_KIND_BIT_STRING) {
		const BIT_STRING_t *bs = mp;
		for (i = 0; i < sizeof(containing) / sizeof(containing[0]); i++)
			if (strcmp(elm->name, containing[i].member) == 0) {
				tk_emit_uper(e, containing[i].type, bs->buf, (size_t)bs->size,
					     bs->size ? bs->bits_unused & 7 : 0, rrc_member);
				return 1;
			}
		return 0;
	}
	if (k != TK_KIND_OCTET_STRING)
		return 0;
	{
		const OCTET_STRING_t *os = mp;
		const uint8_t *buf = os->buf;
		size_t size = (size_t)os->size;

		/* the typed ones first: their member names vary */
		if (elm->type == &asn_DEF_NAS_Message) {
			tk_emit_dtap(e, buf, size);	/* TS 24.008 / 24.301 message */
			return 1;
		}
		if (elm->type == &asn_DEF_GSM_Classmark2) {
			emit_gsm_classmark2(e, os);
			return 1;
		}
		if (elm->type == &asn_DEF_GSM_Classmark3) {
			/* 11.3: "formatted as 'V' ... the value part in the Mobile station
			 * classmark 3 information element" */
			tk_emit_ms_classmark3(e, buf, size);
			return 1;
		}
		if (elm->type == &asn_DEF_GSM_MS_RadioAccessCapability) {
			/* 11.3: the value part of the TS 24.008 MS Radio Access Capability */
			tk_emit_ms_radio_access_capability(e, buf, size);
			return 1;
		}
		for (i = 0; i < sizeof(containing) / sizeof(containing[0]); i++)
			if (strcmp(elm->name, containing[i].member) == 0) {
				tk_emit_uper(e, containing[i].type, buf, size, 0, rrc_member);
				return 1;
			}
		for (i = 0; i < sizeof(commented) / sizeof(commented[0]); i++)
			if (strcmp(elm->name, commented[i].member) == 0 &&
			    strcmp(parent->name, commented[i].parent) == 0) {
				tk_emit_uper(e, rrc_types[commented[i].type], buf, size, 0,
					     rrc_member);
				return 1;
			}
	}
	return 0;
}

/*
 * 11.2 HandoverFromUTRANCommand-GSM, gsm-message: "In the single-GSM-Message case ... the GSM
 * message directly follows the basic production; the final padding that results when PER
 * encoding the abstract syntax value is removed prior to appending the GSM message ... there
 * is no explicit parameter indicating the size of the included GSM message ... final padding
 * (all "0"s) is added to ensure the final result comprises a full number of octets."  Whether
 * a decoded DL-DCCH-Message is such a command (r3 or r6 form).
 */
static int has_single_gsm_message(const asn_TYPE_descriptor_t *td, const void *v)
{
	const DL_DCCH_Message_t *m = v;
	const HandoverFromUTRANCommand_GSM_t *h;

	if (td != &asn_DEF_DL_DCCH_Message ||
	    m->message.present != DL_DCCH_MessageType_PR_handoverFromUTRANCommand_GSM)
		return 0;
	h = &m->message.choice.handoverFromUTRANCommand_GSM;
	if (h->present == HandoverFromUTRANCommand_GSM_PR_r3)
		return h->choice.r3.handoverFromUTRANCommand_GSM_r3.gsm_message.present ==
		       HandoverFromUTRANCommand_GSM_r3_IEs__gsm_message_PR_single_GSM_Message;
	if (h->present == HandoverFromUTRANCommand_GSM_PR_later_than_r3 &&
	    h->choice.later_than_r3.criticalExtensions.present ==
	    HandoverFromUTRANCommand_GSM__later_than_r3__criticalExtensions_PR_r6)
		return h->choice.later_than_r3.criticalExtensions.choice.r6
			       .handoverFromUTRANCommand_GSM_r6.gsm_message.present ==
		       HandoverFromUTRANCommand_GSM_r6_IEs__gsm_message_PR_single_GSM_Message;
	return 0;
}

/*
 * The GSM message that follows bit `used` of p[0..n): the whole octets of what remains, moved
 * to octet alignment (it starts anywhere in an octet), decoded by dtap.c; the bits after the
 * last whole octet are the final padding and must be 0.
 */
static void emit_single_gsm_message(struct tk_emitter *e, const uint8_t *p, size_t n, size_t used,
				    struct tk_inner_err *er)
{
	size_t k = (n * 8 - used) / 8, i, pad = n * 8 - used - 8 * k;
	unsigned sh = used % 8;
	uint8_t *g;

	if (k == 0) {
		tk_inner_fail(er, used / 8, "the single GSM message is missing after bit %zu", used);
		return;
	}
	g = malloc(k);
	if (!g) {
		tk_inner_fail(er, used / 8, "out of memory for the single GSM message");
		return;
	}
	for (i = 0; i < k; i++) {
		const uint8_t *q = p + used / 8 + i;

		g[i] = sh ? (uint8_t)(q[0] << sh | q[1] >> (8 - sh)) : q[0];
	}
	tk_emit_key(e, "singleGsmMessage");
	tk_emit_dtap(e, g, k);
	free(g);
	if (pad && (p[n - 1] & ((1u << pad) - 1)))
		tk_inner_fail(er, n - 1, "the final padding after the single GSM message is not 0");
}

/*
 * One value of td from the bits of p[0..n) less unused_bits at the end (a BIT STRING's).
 * The containers nest only as far as the types of TS 25.331, 36.331 and 38.331 do (no type
 * contains itself through a container), so the recursion through the member hooks is
 * bounded; within one value, asn1c's stack limit and the printer's depth limit hold.
 */
void tk_emit_uper(struct tk_emitter *e, const struct asn_TYPE_descriptor_s *ctd, const uint8_t *p,
		  size_t n, int unused_bits, tk_member_hook hook)
{
	asn_TYPE_descriptor_t *td = (asn_TYPE_descriptor_t *)ctd;
	asn_codec_ctx_t ctx = { TK_ASN1C_MAX_STACK };
	struct tk_inner_err er;
	asn_dec_rval_t rv;
	void *v = NULL;
	size_t nbits, used;
	/* the standard's name: the LTE RRC, NR RRC, RRLP and LPP types carry the prefix of
	 * tools/asn1-prefix.py (no TS 25.331 type name starts with any of them) */
	const char *name = strncmp(td->name, "LTE-", 4) == 0 ? td->name + 4 :
			   strncmp(td->name, "NR-", 3) == 0 ? td->name + 3 :
			   strncmp(td->name, "RRLP-", 5) == 0 ? td->name + 5 :
			   strncmp(td->name, "LPP-", 4) == 0 ? td->name + 4 : td->name;

	n = tk_inner_start(e, &er, p, n);
	tk_emit_kv_str(e, "type", name);
	if (n == 0) {
		/* X.691 11.1: a complete encoding has at least one octet (0x00 for no bits) */
		tk_inner_fail(&er, 0, "empty: a complete PER encoding of %s has at least one octet",
			      name);
		tk_inner_finish(e, p, n, &er);
		return;
	}
	nbits = n * 8 - (size_t)unused_bits;
	rv = uper_decode(&ctx, td, &v, p, n, 0, unused_bits);
	if (rv.code != RC_OK) {
		/* rv.consumed: the bits read before the failure (tools/asn1c-fixes.py) */
		used = rv.consumed;
		tk_inner_fail(&er, used / 8,
			      "not a complete %s: PER decoding stopped at bit %zu of %zu",
			      name, used, nbits);
	} else {
		used = rv.consumed;
		tk_emit_key(e, "value");
		tk_emit_value_hooked(e, td, v, hook);
		/* X.691 11.1: the encoding is padded with zero bits to a whole octet; more
		 * octets than that are not part of the value, except a single GSM message */
		if (has_single_gsm_message(td, v))
			emit_single_gsm_message(e, p, n, used, &er);
		else if ((used + 7) / 8 < n && !(used == 0 && n == 1))
			tk_inner_fail(&er, (used + 7) / 8, "%zu octet%s after the %s",
				      n - (used + 7) / 8, n - (used + 7) / 8 == 1 ? "" : "s",
				      name);
	}
	ASN_STRUCT_FREE(*td, v);
	tk_inner_finish(e, p, n, &er);
}

const char *tk_rrc_type_name(enum tk_rrc_type t)
{
	if ((unsigned)t >= TK_RRC_TYPE_COUNT)
		return NULL;
	return rrc_types[t]->name;
}

void tk_emit_rrc(struct tk_emitter *e, enum tk_rrc_type t, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	if ((unsigned)t >= TK_RRC_TYPE_COUNT) {
		n = tk_inner_start(e, &er, p, n);
		tk_inner_fail(&er, 0, "not an RRC type tcapkit knows");
		tk_inner_finish(e, p, n, &er);
		return;
	}
	tk_emit_uper(e, rrc_types[t], p, n, 0, rrc_member);
}
