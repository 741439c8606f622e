/*
 * Walk a value decoded by asn1c, using its type descriptor, and describe it to an
 * emitter: SEQUENCE/SET/CHOICE as objects keyed by the standard's identifiers,
 * SEQUENCE OF as arrays, enumerations by name, bit strings by named bits, and the values
 * users read (TBCD, addresses, USSD) decoded with the raw hex kept beside them.
 */
#include <stdio.h>
#include <string.h>

#include <asn_application.h>
#include <asn_SET_OF.h>
#include <constr_CHOICE.h>
#include <INTEGER.h>
#include <OCTET_STRING.h>
#include <BIT_STRING.h>
#include <OBJECT_IDENTIFIER.h>

#include "internal.h"
#include "ber_tree.h"
#include "bssap.h"
#include "classmark.h"
#include "csn1.h"
#include "gprs_qos.h"
#include "indicators.h"
#include "isup.h"
#include "lcs.h"
#include "location.h"
#include "mdt.h"
#include "ranap.h"
#include "print.h"
#include "signal_info.h"
#include "sms.h"
#include "subscriber.h"
#include "typeinfo.h"
#include "values.h"

#define MAX_VALUE_DEPTH 64

struct walk {
	struct tk_emitter *e;
	int depth;
	int has_dcs;		/* a USSD-DataCodingScheme sibling was seen */
	uint8_t dcs;
	int sms_from_ms;	/* direction of an SMS TPDU in this value: 1, 0, -1 unknown */
	long an_protocol;	/* a sibling accessNetworkProtocolId: 1 BSSAP, 2 RANAP, 0 none */
	int sig_protocol;	/* a sibling (ext-)protocolId: enum tk_signal_protocol, 0 none */
	long area_type;		/* a sibling areaType (TS 29.002 Area), -1 none */
	int rat_type;		/* a sibling rat-Type (TS 29.002 EDRX-Cycle-Length), -1 none */
	int tp_vpf;		/* TP-VPF of a sibling tPShortMessageSpecificInfo (CAP), -1 none */
	int pdp_org;		/* a sibling pDPTypeOrganization (CAP EndUserAddress), -1 none */
	tk_member_hook hook;	/* a value of another protocol (RRC): its own member readings */
};

static void walk_value(struct walk *w, const asn_TYPE_descriptor_t *td, const void *sptr);

static const void *member_ptr(const asn_TYPE_member_t *elm, const void *sptr)
{
	const char *p = (const char *)sptr + elm->memb_offset;
	if (elm->flags & ATF_POINTER)
		return *(const void *const *)p;
	return p;
}

static int choice_present(const asn_TYPE_descriptor_t *td, const void *sptr)
{
	const asn_CHOICE_specifics_t *specs = td->specifics;
	const char *p = (const char *)sptr + specs->pres_offset;

	switch (specs->pres_size) {
	case sizeof(int): return *(const int *)p;
	case sizeof(short): return *(const short *)p;
	case sizeof(char): return *(const char *)p;
	default: return 0;
	}
}

static void emit_octets(struct walk *w, const asn_TYPE_descriptor_t *td, const OCTET_STRING_t *os)
{
	struct tk_emitter *e = w->e;
	const struct tk_typeinfo *ti = tk_typeinfo_find(td);
	enum tk_hint hint = ti ? ti->hint : TK_HINT_NONE;
	const uint8_t *p = os->buf;
	size_t n = (size_t)os->size;
	char text[512];

	if (ti && ti->contains) {
		/* CAP's BER-in-OCTET-STRING: the value of another type of the same phase, decoded
		 * like any parameter; if it does not decode, say where and keep the bytes */
		struct tk_value v;
		struct tk_error err;
		tk_emit_open(e, 0);
		if (tk_value_decode(ti->contains, p, n, &v, &err) == TK_OK) {
			tk_emit_key(e, "decoded");
			walk_value(w, v.type, v.sptr);
			tk_value_free(&v);
		} else {
			tk_emit_key(e, "error");
			tk_emit_open(e, 0);
			tk_emit_kv_long(e, "offset", (long)err.offset);
			tk_emit_kv_str(e, "code", tk_status_name(err.code));
			tk_emit_kv_str(e, "reason", err.reason);
			tk_emit_close(e, 0);
		}
		tk_emit_kv_hex(e, "hex", p, n);
		tk_emit_close(e, 0);
		return;
	}
	switch (hint) {
	case TK_HINT_TBCD:
		if (tk_tbcd_digits(p, n, text, sizeof(text)) >= 0) {
			tk_emit_open(e, 0);
			tk_emit_kv_str(e, "digits", text);
			tk_emit_kv_hex(e, "hex", p, n);
			tk_emit_close(e, 0);
			return;
		}
		break;
	case TK_HINT_ADDRESS: {
		struct tk_address a;
		if (tk_address_decode(p, n, &a) == 0) {
			tk_emit_open(e, 0);
			tk_emit_kv_str(e, "nature", tk_nature_name(a.nature));
			tk_emit_kv_str(e, "numberingPlan", tk_numbering_plan_name(a.plan));
			tk_emit_kv_str(e, "digits", a.digits);
			tk_emit_kv_hex(e, "hex", p, n);
			tk_emit_close(e, 0);
			return;
		}
		break;
	}
	case TK_HINT_USSD_DCS:
		if (n == 1) {
			tk_emit_open(e, 0);
			tk_emit_kv_long(e, "value", p[0]);
			tk_emit_kv_str(e, "alphabet", tk_alphabet_name(tk_cbs_dcs_alphabet(p[0])));
			tk_emit_close(e, 0);
			return;
		}
		break;
	/* ISUP formats and locations: the inner decoders emit one object with the raw hex */
	case TK_HINT_ISUP_CALLED: tk_emit_isup_number(e, p, n, TK_ISUP_CALLED); return;
	case TK_HINT_ISUP_CALLING: tk_emit_isup_number(e, p, n, TK_ISUP_CALLING); return;
	case TK_HINT_ISUP_LOCATION: tk_emit_isup_number(e, p, n, TK_ISUP_LOCATION); return;
	case TK_HINT_ISUP_REDIRECTING: tk_emit_isup_number(e, p, n, TK_ISUP_REDIRECTING); return;
	case TK_HINT_ISUP_ORIGINAL_CALLED:
		tk_emit_isup_number(e, p, n, TK_ISUP_ORIGINAL_CALLED);
		return;
	case TK_HINT_ISUP_GENERIC_NUMBER: tk_emit_isup_number(e, p, n, TK_ISUP_GENERIC); return;
	case TK_HINT_ISUP_GENERIC_DIGITS:
		tk_emit_isup_number(e, p, n, TK_ISUP_GENERIC_DIGITS);
		return;
	case TK_HINT_ISUP_CAUSE: tk_emit_isup_cause(e, p, n); return;
	case TK_HINT_ISUP_REDIRECTION_INFO: tk_emit_isup_redirection_info(e, p, n); return;
	case TK_HINT_ISUP_CALLING_CATEGORY: tk_emit_isup_calling_category(e, p, n); return;
	case TK_HINT_BCD_24008: tk_emit_bcd_number_24008(e, p, n); return;
	case TK_HINT_TIME_AND_TIMEZONE:
	case TK_HINT_DATE_AND_TIME:
		/* TS 29.078: BCD, first digit in bits 0-3; the time zone octet as TS 23.040 */
		if (tk_cap_date_time(p, n, text, sizeof(text)) == 0) {
			char tz[16];
			tk_emit_open(e, 0);
			tk_emit_kv_str(e, "localTime", text);
			if (hint == TK_HINT_TIME_AND_TIMEZONE && n >= 8 && tk_tp_timezone(p[7], tz, sizeof(tz)) == 0)
				tk_emit_kv_str(e, "timezone", tz);
			tk_emit_kv_hex(e, "hex", p, n);
			tk_emit_close(e, 0);
			return;
		}
		break;
	case TK_HINT_CGI:
		/* CellGlobalIdOrServiceAreaIdFixedLength: a CGI or a SAI, same layout */
		tk_emit_plmn_cell(e, p, n, TK_LOC_CGI);
		return;
	case TK_HINT_LAI: tk_emit_plmn_cell(e, p, n, TK_LOC_LAI); return;
	case TK_HINT_TAI: tk_emit_plmn_cell(e, p, n, TK_LOC_TAI); return;
	case TK_HINT_ECGI: tk_emit_plmn_cell(e, p, n, TK_LOC_ECGI); return;
	case TK_HINT_RAI: tk_emit_plmn_cell(e, p, n, TK_LOC_RAI); return;
	case TK_HINT_PLMN: tk_emit_plmn_cell(e, p, n, TK_LOC_PLMN); return;
	case TK_HINT_GAD: tk_emit_geographical_info(e, p, n); return;
	case TK_HINT_SS_STATUS:
		if (n >= 1) {
			/* TS 29.002 17.7.4 / TS 23.011: bit 4 Q, 3 P, 2 R, 1 A */
			tk_emit_open(e, 0);
			tk_emit_kv_bool(e, "quiescent", p[0] & 8);
			tk_emit_kv_bool(e, "provisioned", p[0] & 4);
			tk_emit_kv_bool(e, "registered", p[0] & 2);
			tk_emit_kv_bool(e, "active", p[0] & 1);
			tk_emit_kv_hex(e, "hex", p, n);
			tk_emit_close(e, 0);
			return;
		}
		break;
	case TK_HINT_FORW_OPTIONS:
		if (n >= 1) {
			static const char *const reason[4] = {
				"ms not reachable", "ms busy", "no reply",
				"unconditional (SRI result) or call deflection (RCH argument)"
			};
			/* TS 29.002 17.7.4 ForwardingOptions */
			tk_emit_open(e, 0);
			tk_emit_kv_bool(e, "notificationToForwardingParty", p[0] & 0x80);
			tk_emit_kv_bool(e, "redirectingPresentation", p[0] & 0x40);
			tk_emit_kv_bool(e, "notificationToCallingParty", p[0] & 0x20);
			tk_emit_kv_str(e, "forwardingReason", reason[(p[0] >> 2) & 3]);
			tk_emit_kv_hex(e, "hex", p, n);
			tk_emit_close(e, 0);
			return;
		}
		break;
	case TK_HINT_LEG_TYPE:
		if (n == 1) {
			/* ETSI CS-1 leg1 LegType ::= '01'H, leg2 LegType ::= '02'H */
			tk_emit_open(e, 0);
			tk_emit_kv_long(e, "value", p[0]);
			tk_emit_kv_str(e, "name", p[0] == 1 ? "leg1" : p[0] == 2 ? "leg2" : NULL);
			tk_emit_kv_hex(e, "hex", p, n);
			tk_emit_close(e, 0);
			return;
		}
		break;
	case TK_HINT_QOS: tk_emit_qos_subscribed(e, p, n); return;
	case TK_HINT_EXT_QOS: tk_emit_ext_qos_subscribed(e, p, n); return;
	case TK_HINT_EXT2_QOS: tk_emit_ext2_qos_subscribed(e, p, n); return;
	case TK_HINT_EXT3_QOS: tk_emit_ext3_qos_subscribed(e, p, n); return;
	case TK_HINT_EXT4_QOS: tk_emit_ext4_qos_subscribed(e, p, n); return;
	case TK_HINT_MS_CLASSMARK2: tk_emit_ms_classmark2(e, p, n); return;
	case TK_HINT_IPSSP_CAPABILITIES: tk_emit_ipssp_capabilities(e, p, n); return;
	case TK_HINT_GLOBAL_CELL_ID:
		tk_emit_plmn_cell(e, p, n, n == 5 ? TK_LOC_LAI : TK_LOC_CGI);
		return;
	case TK_HINT_APN:
		if (tk_apn_text(p, n, text, sizeof(text)) == 0) {
			tk_emit_open(e, 0);
			tk_emit_kv_str(e, "name", text);
			tk_emit_kv_hex(e, "hex", p, n);
			tk_emit_close(e, 0);
			return;
		}
		break;
	case TK_HINT_SS_CODE:
	case TK_HINT_TS_CODE:
	case TK_HINT_BS_CODE:
		if (n >= 1) {
			size_t k;
			const char *name = NULL;
			for (k = 0; k < ti->n_codes; k++)
				if (ti->codes[k].value == p[0])
					name = ti->codes[k].name;
			tk_emit_open(e, 0);
			tk_emit_kv_long(e, "code", p[0]);
			tk_emit_kv_str(e, "name", name);
			tk_emit_kv_hex(e, "hex", p, n);
			tk_emit_close(e, 0);
			return;
		}
		break;
	case TK_HINT_CHARGE_INDICATOR:
		tk_emit_code_octet(e, TK_CODE_CHARGE_INDICATOR, p, n);
		return;
	case TK_HINT_CALL_DIVERSION_TREATMENT:
		tk_emit_treatment_indicator(e, "callDiversionTreatmentIndicator", p, n);
		return;
	case TK_HINT_INTER_CUG_RESTRICTIONS:
		tk_emit_code_octet(e, TK_CODE_INTER_CUG_RESTRICTIONS, p, n);
		return;
	case TK_HINT_MM_CODE: tk_emit_code_octet(e, TK_CODE_MM_CODE, p, n); return;
	case TK_HINT_SGSN_CAPABILITIES:
		tk_emit_code_octet(e, TK_CODE_SGSN_CAPABILITIES, p, n);
		return;
	case TK_HINT_CAUSE_VALUE: tk_emit_code_octet(e, TK_CODE_CAUSE_VALUE, p, n); return;
	case TK_HINT_NA_OLI: tk_emit_code_octet(e, TK_CODE_NA_OLI, p, n); return;
	case TK_HINT_KEY_SET_ID: tk_emit_code_octet(e, TK_CODE_KEY_SET_ID, p, n); return;
	case TK_HINT_UINT: tk_emit_uint_octets(e, p, n); return;
	case TK_HINT_NAEA_CIC: tk_emit_naea_cic(e, p, n); return;
	case TK_HINT_RNC_ID: tk_emit_plmn_cell(e, p, n, TK_LOC_RNC); return;
	case TK_HINT_NR_CGI: tk_emit_plmn_cell(e, p, n, TK_LOC_NCGI); return;
	case TK_HINT_NR_TAI: tk_emit_plmn_cell(e, p, n, TK_LOC_TAI); return;
	case TK_HINT_UU_INDICATOR: tk_emit_uu_indicators(e, p, n); return;
	case TK_HINT_UUI: tk_emit_uu_information(e, p, n); return;
	case TK_HINT_NA_CARRIER_SELECTION:
		tk_emit_code_octet(e, TK_CODE_NA_CARRIER_SELECTION, p, n);
		return;
	case TK_HINT_NA_CHARGE_NUMBER: tk_emit_na_charge_number(e, p, n); return;
	case TK_HINT_TRANSACTION_ID: tk_emit_transaction_id(e, p, n); return;
	case TK_HINT_GEODETIC: tk_emit_geodetic_info(e, p, n); return;
	case TK_HINT_VELOCITY: tk_emit_velocity_estimate(e, p, n); return;
	case TK_HINT_HORIZONTAL_ACCURACY: tk_emit_horizontal_accuracy(e, p, n); return;
	case TK_HINT_VERTICAL_ACCURACY: tk_emit_vertical_accuracy(e, p, n); return;
	case TK_HINT_LCS_PRIORITY: tk_emit_lcs_priority(e, p, n); return;
	case TK_HINT_LCS_REFERENCE_NUMBER: tk_emit_lcs_reference_number(e, p, n); return;
	case TK_HINT_POSITIONING_DATA: tk_emit_positioning_data(e, p, n); return;
	case TK_HINT_UTRAN_POSITIONING_DATA: tk_emit_utran_positioning_data(e, p, n); return;
	case TK_HINT_GERAN_GANSS_POSITIONING_DATA:
		tk_emit_geran_ganss_positioning_data(e, p, n);
		return;
	case TK_HINT_UTRAN_GANSS_POSITIONING_DATA:
		tk_emit_utran_ganss_positioning_data(e, p, n);
		return;
	case TK_HINT_AREA_IDENTIFICATION:
		tk_emit_area_identification(e, p, n, w->area_type);
		return;
	case TK_HINT_BSSMAP_CHOSEN_CHANNEL: tk_emit_bssmap_ie(e, 0x21, p, n); return;
	case TK_HINT_BSSMAP_SPEECH_VERSION: tk_emit_bssmap_ie(e, 0x40, p, n); return;
	case TK_HINT_BSSMAP_CHOSEN_ENCRYPTION: tk_emit_bssmap_ie(e, 0x2c, p, n); return;
	case TK_HINT_BSSMAP_SERVICE_HANDOVER: tk_emit_bssmap_ie(e, 0x50, p, n); return;
	case TK_HINT_BSSMAP_CHANNEL_TYPE: tk_emit_bssmap_ie(e, 0x0b, p, n); return;
	case TK_HINT_BSSMAP_PRIORITY: tk_emit_bssmap_ie(e, 0x06, p, n); return;
	case TK_HINT_BSSMAP_SPEECH_CODEC: tk_emit_bssmap_ie(e, 0x7e, p, n); return;
	case TK_HINT_BSSMAP_GERAN_CLASSMARK: tk_emit_bssmap_ie(e, 0x53, p, n); return;
	case TK_HINT_BSSMAP_GLOBAL_CALL_REFERENCE: tk_emit_bssmap_ie(e, 0x89, p, n); return;
	case TK_HINT_BSSMAP_TLV: tk_emit_bssmap_tlv(e, p, n); return;
	case TK_HINT_BSSMAP_PERMITTED_ALGORITHMS:
		tk_emit_bssmap_permitted_algorithms(e, p, n);
		return;
	case TK_HINT_BSSMAP_CLASSMARK_INFO: tk_emit_bssmap_classmark_info(e, p, n); return;
	case TK_HINT_LSA_ATTRIBUTES: tk_emit_lsa_attributes(e, p, n); return;
	case TK_HINT_CODEC_26103: tk_emit_codec_26103(e, p, n); return;
	case TK_HINT_RANAP_INTEGRITY_INFO:
		tk_emit_ranap_type(e, TK_RANAP_INTEGRITY_PROTECTION_INFORMATION, p, n);
		return;
	case TK_HINT_RANAP_ENCRYPTION_INFO:
		tk_emit_ranap_type(e, TK_RANAP_ENCRYPTION_INFORMATION, p, n);
		return;
	case TK_HINT_RANAP_CHOSEN_INTEGRITY:
		tk_emit_ranap_type(e, TK_RANAP_CHOSEN_INTEGRITY_PROTECTION_ALGORITHM, p, n);
		return;
	case TK_HINT_RANAP_CHOSEN_ENCRYPTION:
		tk_emit_ranap_type(e, TK_RANAP_CHOSEN_ENCRYPTION_ALGORITHM, p, n);
		return;
	case TK_HINT_RANAP_PERMITTED_INTEGRITY:
		tk_emit_ranap_type(e, TK_RANAP_PERMITTED_INTEGRITY_PROTECTION_ALGORITHMS, p, n);
		return;
	case TK_HINT_RANAP_PERMITTED_ENCRYPTION:
		tk_emit_ranap_type(e, TK_RANAP_PERMITTED_ENCRYPTION_ALGORITHMS, p, n);
		return;
	case TK_HINT_RANAP_SERVICE_HANDOVER:
		tk_emit_ranap_type(e, TK_RANAP_SERVICE_HANDOVER, p, n);
		return;
	case TK_HINT_PDP_TYPE: tk_emit_pdp_type(e, p, n); return;
	case TK_HINT_PDN_TYPE: tk_emit_pdn_type(e, p, n); return;
	case TK_HINT_PDP_ADDRESS: tk_emit_pdp_address(e, p, n); return;
	case TK_HINT_GSN_ADDRESS: tk_emit_gsn_address(e, p, n); return;
	case TK_HINT_CHARGING_CHARACTERISTICS: tk_emit_charging_characteristics(e, p, n); return;
	case TK_HINT_TIME_ZONE: tk_emit_time_zone(e, p, n); return;
	case TK_HINT_NTP_TIME: tk_emit_diameter_time(e, p, n); return;
	case TK_HINT_LAC: tk_emit_lac(e, p, n); return;
	case TK_HINT_ZONE_CODE: tk_emit_zone_code(e, p, n); return;
	case TK_HINT_CUG_INTERLOCK: tk_emit_cug_interlock(e, p, n); return;
	case TK_HINT_LSA_IDENTITY: tk_emit_lsa_identity(e, p, n); return;
	case TK_HINT_ISDN_SUBADDRESS: tk_emit_isdn_subaddress(e, p, n); return;
	case TK_HINT_HIGH_LAYER_COMPATIBILITY: tk_emit_high_layer_compatibility(e, p, n); return;
	case TK_HINT_MS_NETWORK_CAPABILITY: tk_emit_ms_network_capability(e, p, n); return;
	case TK_HINT_MS_RADIO_ACCESS_CAPABILITY:
		tk_emit_ms_radio_access_capability(e, p, n);
		return;
	case TK_HINT_RP_CAUSE: tk_emit_rp_cause(e, p, n); return;
	case TK_HINT_SM_RP_SMEA: tk_emit_sms_address(e, p, n); return;
	case TK_HINT_TEXT: tk_emit_text_octets(e, p, n); return;
	case TK_HINT_APN_OI_REPLACEMENT: tk_emit_apn_oi_replacement(e, p, n); return;
	case TK_HINT_UE_USAGE_TYPE: tk_emit_ue_usage_type(e, p, n); return;
	case TK_HINT_RESTORATION_PRIORITY: tk_emit_restoration_priority(e, p, n); return;
	case TK_HINT_CS_ARP: tk_emit_cs_allocation_retention_priority(e, p, n); return;
	case TK_HINT_EDRX_CYCLE_LENGTH:
		tk_emit_edrx_cycle_length_value(e, p, n, w->rat_type);
		return;
	case TK_HINT_ALERTING_PATTERN:
		/* TS 29.002 has one octet, CAP (phases 2-4) three: the pattern in the last */
		if (strncmp(ti->name, "Cap", 3) == 0)
			tk_emit_cap_alerting_pattern(e, p, n);
		else
			tk_emit_alerting_pattern(e, p, n);
		return;
	case TK_HINT_MDT_REPORTING_TRIGGER: tk_emit_mdt_reporting_trigger(e, p, n); return;
	case TK_HINT_UTRAN_ADDITIONAL_POSITIONING_DATA:
		tk_emit_utran_additional_positioning_data(e, p, n);
		return;
	case TK_HINT_UTRAN_CIVIC_ADDRESS: tk_emit_utran_civic_address(e, p, n); return;
	case TK_HINT_TP_FIRST_OCTET: tk_emit_tp_field(e, TK_TP_FIRST_OCTET, p, n, -1); return;
	case TK_HINT_TP_PID: tk_emit_tp_field(e, TK_TP_PID, p, n, -1); return;
	case TK_HINT_TP_DCS: tk_emit_tp_field(e, TK_TP_DCS, p, n, -1); return;
	case TK_HINT_TP_VP: tk_emit_tp_field(e, TK_TP_VP, p, n, w->tp_vpf); return;
	case TK_HINT_USSD_STRING:
		tk_emit_open(e, 0);
		if (w->has_dcs) {
			tk_emit_kv_long(e, "dcs", w->dcs);
			if (tk_ussd_text(w->dcs, p, n, text, sizeof(text)) == 0)
				tk_emit_kv_str(e, "text", text);
		}
		tk_emit_kv_hex(e, "hex", p, n);
		tk_emit_close(e, 0);
		return;
	default:
		break;
	}
	tk_emit_hex(e, p, n);
}

static void emit_bits(struct walk *w, const asn_TYPE_descriptor_t *td, const BIT_STRING_t *bs)
{
	struct tk_emitter *e = w->e;
	const struct tk_typeinfo *ti = tk_typeinfo_find(td);
	size_t nbits, i, k;
	char num[24];

	nbits = bs->size > 0 ? (size_t)bs->size * 8 - (size_t)(bs->bits_unused & 7) : 0;
	tk_emit_open(e, 0);
	tk_emit_key(e, "set");
	tk_emit_open(e, 1);
	for (i = 0; i < nbits; i++) {
		const char *name = NULL;
		if (!(bs->buf[i / 8] & (0x80 >> (i % 8))))
			continue;
		for (k = 0; ti && k < ti->n_bits; k++)
			if ((size_t)ti->bits[k].bit == i)
				name = ti->bits[k].name;
		if (name) {
			tk_emit_str(e, name);
		} else {
			snprintf(num, sizeof(num), "%zu", i);
			tk_emit_lit(e, num);
		}
	}
	tk_emit_close(e, 1);
	tk_emit_kv_long(e, "length", (long)nbits);
	/* RRC's short fixed-size bit strings are mostly identities and codes (SRNC identity,
	 * S-RNTI, cell identity): their number is what users compare with other traces */
	if (w->hook && nbits > 0 && nbits <= 32) {
		unsigned long v = 0;
		for (i = 0; i < nbits; i++)
			v = (v << 1) | ((bs->buf[i / 8] >> (7 - i % 8)) & 1u);
		tk_emit_kv_long(e, "value", (long)v);
	}
	tk_emit_kv_hex(e, "hex", bs->buf, (size_t)bs->size);
	tk_emit_close(e, 0);
}

static void emit_integer(struct walk *w, const asn_TYPE_descriptor_t *td, long v)
{
	const asn_INTEGER_specifics_t *specs = td->specifics;
	const asn_INTEGER_enum_map_t *em = NULL;

	if (specs && specs->value2enum)
		em = INTEGER_map_value2enum((asn_INTEGER_specifics_t *)specs, v);
	if (em)
		tk_emit_strn(w->e, em->enum_name, em->enum_len);
	else
		tk_emit_long(w->e, v);
}

/*
 * OCTET STRINGs whose structure the standards give by the component, not by a type name
 * of their own: TS 29.002 sm-RP-UI and the diagnosticInfo of an SM-DeliveryFailureCause
 * carry TS 23.040 TPDUs (both are SignalInfo, a type used for many other contents), and
 * CAP's BearerCapability.bearerCap is the ISUP User Service Information.  1 if emitted.
 */
static int member_by_name(struct walk *w, const asn_TYPE_descriptor_t *parent,
			  const asn_TYPE_member_t *elm, const void *mp)
{
	const OCTET_STRING_t *os = mp;
	const char *pn = parent->name;
	size_t pl = strlen(pn);

	if (w->hook)
		return w->hook(w->e, parent, elm, mp);
	if (tk_td_kind(elm->type) != TK_KIND_OCTET_STRING)
		return 0;
	/* TS 29.078 inline indicators 'xxxx xx01'B / 'xxxx xx10'B */
	if (tk_treatment_indicator_known(elm->name)) {
		tk_emit_treatment_indicator(w->e, elm->name, os->buf, (size_t)os->size);
		return 1;
	}
	/* TS 29.078 CollectedDigits: one BCD digit per octet */
	if (strcmp(elm->name, "endOfReplyDigit") == 0 || strcmp(elm->name, "cancelDigit") == 0 ||
	    strcmp(elm->name, "startDigit") == 0) {
		tk_emit_cap_bcd(w->e, TK_CAP_BCD_DIGIT_PER_OCTET, os->buf, (size_t)os->size);
		return 1;
	}
	/* TS 29.078 EndUserAddress: the PDP type in two octets, the address by its length */
	if (strcmp(elm->name, "pDPTypeOrganization") == 0) {
		tk_emit_pdp_type_part(w->e, -1, os->buf, (size_t)os->size);
		return 1;
	}
	if (strcmp(elm->name, "pDPTypeNumber") == 0) {
		tk_emit_pdp_type_part(w->e, w->pdp_org, os->buf, (size_t)os->size);
		return 1;
	}
	if (strcmp(elm->name, "pDPAddress") == 0) {
		tk_emit_pdp_address(w->e, os->buf, (size_t)os->size);
		return 1;
	}
	/* TS 29.078 VariablePart: time, date and price in BCD */
	if (pl >= 12 && strcmp(pn + pl - 12, "VariablePart") == 0) {
		if (strcmp(elm->name, "time") == 0)
			tk_emit_cap_bcd(w->e, TK_CAP_BCD_TIME, os->buf, (size_t)os->size);
		else if (strcmp(elm->name, "date") == 0)
			tk_emit_cap_bcd(w->e, TK_CAP_BCD_DATE, os->buf, (size_t)os->size);
		else if (strcmp(elm->name, "price") == 0)
			tk_emit_cap_bcd(w->e, TK_CAP_BCD_PRICE, os->buf, (size_t)os->size);
		else
			return 0;
		return 1;
	}
	if (strcmp(elm->name, "sm-RP-UI") == 0 || strcmp(elm->name, "diagnosticInfo") == 0) {
		tk_emit_sms_tpdu(w->e, os->buf, (size_t)os->size, w->sms_from_ms);
		return 1;
	}
	if (w->an_protocol == 1 && strcmp(elm->name, "signalInfo") == 0) {	/* ts3G-48006 */
		tk_emit_bssap(w->e, os->buf, (size_t)os->size);
		return 1;
	}
	if (w->an_protocol == 2 && strcmp(elm->name, "signalInfo") == 0) {	/* ts3G-25413 */
		tk_emit_ranap(w->e, os->buf, (size_t)os->size);
		return 1;
	}
	if (w->sig_protocol && strcmp(elm->name, "signalInfo") == 0) {
		tk_emit_signal_info(w->e, (enum tk_signal_protocol)w->sig_protocol, os->buf, (size_t)os->size);
		return 1;
	}
	if (strcmp(elm->name, "bearerCap") == 0) {
		tk_emit_bearer_capability(w->e, os->buf, (size_t)os->size);
		return 1;
	}
	return 0;
}

/*
 * What a member tells about how its siblings are coded, read before the siblings are
 * printed (one pass over the members of a SEQUENCE):
 * - a USSD-DataCodingScheme: the coding of the sibling USSD-String;
 * - TS 29.002 accessNetworkProtocolId: AN-APDU signalInfo in BSSAP (ts3G-48006 (1)) or
 *   RANAP (ts3G-25413 (2)); protocolId (1-4) / ext-ProtocolId (ets-300356 (1)): the
 *   protocol of an ExternalSignalInfo's signalInfo;
 * - areaType: the coding of an Area's areaIdentification; rat-Type: of an eDRX cycle length;
 * - TS 29.078 tPShortMessageSpecificInfo: the TP-VPF of a tPValidityPeriod;
 *   pDPTypeOrganization: the naming of pDPTypeNumber.
 */
static void note_sibling(struct walk *inner, const asn_TYPE_member_t *elm, const void *mp)
{
	const struct tk_typeinfo *ti;
	enum tk_kind k = tk_td_kind(elm->type);

	if (k == TK_KIND_OCTET_STRING) {
		const OCTET_STRING_t *os = mp;
		if (os->size != 1)
			return;
		ti = tk_typeinfo_find(elm->type);
		if (ti && ti->hint == TK_HINT_USSD_DCS) {
			inner->has_dcs = 1;
			inner->dcs = os->buf[0];
		} else if (strcmp(elm->name, "tPShortMessageSpecificInfo") == 0 && (os->buf[0] & 3) == 1) {
			inner->tp_vpf = (os->buf[0] >> 3) & 3;	/* an SMS-SUBMIT's TP-VPF */
		} else if (strcmp(elm->name, "pDPTypeOrganization") == 0) {
			inner->pdp_org = os->buf[0] & 0x0f;
		}
	} else if ((k == TK_KIND_INTEGER || k == TK_KIND_ENUMERATED) &&
		   elm->type->print_struct != INTEGER_print) {	/* only the native (long) form */
		long v = *(const long *)mp;
		if (strcmp(elm->name, "accessNetworkProtocolId") == 0) {
			inner->an_protocol = v;
		} else if (strcmp(elm->name, "protocolId") == 0 && v >= 1 && v <= 4) {
			inner->sig_protocol = (int)v;
		} else if (strcmp(elm->name, "ext-ProtocolId") == 0 && v == 1) {
			inner->sig_protocol = TK_SIG_EXT_ETS_300356;
		} else if (strcmp(elm->name, "areaType") == 0) {
			inner->area_type = v;
		} else if (strcmp(elm->name, "rat-Type") == 0) {
			inner->rat_type = (int)v;
		}
	}
}

static void walk_members(struct walk *w, const asn_TYPE_descriptor_t *td, const void *sptr)
{
	struct walk inner = *w;
	int i;

	/* what siblings say holds for this SEQUENCE only; the USSD coding is inherited */
	inner.an_protocol = 0;
	inner.sig_protocol = 0;
	inner.area_type = -1;
	inner.rat_type = -1;
	inner.tp_vpf = -1;
	inner.pdp_org = -1;
	for (i = 0; i < td->elements_count && !w->hook; i++) {
		const void *mp = member_ptr(&td->elements[i], sptr);
		if (mp)
			note_sibling(&inner, &td->elements[i], mp);
	}
	tk_emit_open(w->e, 0);
	for (i = 0; i < td->elements_count; i++) {
		const asn_TYPE_member_t *elm = &td->elements[i];
		const void *mp = member_ptr(elm, sptr);
		if (!mp)
			continue;	/* OPTIONAL / DEFAULT member absent */
		tk_emit_key(w->e, elm->name);
		if (!member_by_name(&inner, td, elm, mp))
			walk_value(&inner, elm->type, mp);
	}
	tk_emit_close(w->e, 0);
}

static void walk_value(struct walk *w, const asn_TYPE_descriptor_t *td, const void *sptr)
{
	struct tk_emitter *e = w->e;

	if (!sptr) {
		tk_emit_lit(e, "null");
		return;
	}
	if (w->depth >= MAX_VALUE_DEPTH) {
		tk_emit_str(e, "(nested too deep)");
		return;
	}
	w->depth++;
	switch (tk_td_kind(td)) {
	case TK_KIND_SEQUENCE:
	case TK_KIND_SET:
		walk_members(w, td, sptr);
		break;
	case TK_KIND_CHOICE: {
		int present = choice_present(td, sptr);
		tk_emit_open(e, 0);
		if (present > 0 && present <= td->elements_count) {
			const asn_TYPE_member_t *elm = &td->elements[present - 1];
			const void *mp = member_ptr(elm, sptr);
			tk_emit_key(e, elm->name);
			if (!mp || !member_by_name(w, td, elm, mp))
				walk_value(w, elm->type, mp);
		}
		tk_emit_close(e, 0);
		break;
	}
	case TK_KIND_SEQUENCE_OF:
	case TK_KIND_SET_OF: {
		const asn_anonymous_set_ *list = _A_CSET_FROM_VOID(sptr);
		int i;
		tk_emit_open(e, 1);
		for (i = 0; i < list->count; i++)
			walk_value(w, td->elements[0].type, list->array[i]);
		tk_emit_close(e, 1);
		break;
	}
	case TK_KIND_INTEGER:
		if (td->print_struct == INTEGER_print) {
			long v;
			if (asn_INTEGER2long((const INTEGER_t *)sptr, &v) == 0)
				emit_integer(w, td, v);
			else
				tk_emit_hex(e, ((const INTEGER_t *)sptr)->buf, (size_t)((const INTEGER_t *)sptr)->size);
		} else {
			emit_integer(w, td, *(const long *)sptr);
		}
		break;
	case TK_KIND_ENUMERATED:
		emit_integer(w, td, *(const long *)sptr);
		break;
	case TK_KIND_BOOLEAN:
		tk_emit_lit(e, *(const int *)sptr ? "true" : "false");
		break;
	case TK_KIND_NULL:
		tk_emit_lit(e, "null");
		break;
	case TK_KIND_OBJECT_IDENTIFIER: {
		const OBJECT_IDENTIFIER_t *o = sptr;
		char buf[256];
		if (tk_oid_to_dotted(o->buf, (size_t)o->size, buf, sizeof(buf)) == 0)
			tk_emit_str(e, buf);
		else
			tk_emit_hex(e, o->buf, (size_t)o->size);
		break;
	}
	case TK_KIND_BIT_STRING:
		emit_bits(w, td, sptr);
		break;
	case TK_KIND_STRING: {
		const OCTET_STRING_t *os = sptr;
		tk_emit_strn(e, (const char *)os->buf, (size_t)os->size);
		break;
	}
	case TK_KIND_OCTET_STRING:
		emit_octets(w, td, sptr);
		break;
	case TK_KIND_ANY: {
		/* e.g. a PrivateExtension's extType: BER of a type only its extId names */
		const OCTET_STRING_t *os = sptr;
		tk_emit_ber_tree(e, os->buf, (size_t)os->size);
		break;
	}
	default:
		tk_emit_str(e, "(value of a kind tcapkit does not print)");
		break;
	}
	w->depth--;
}

void tk_emit_value(struct tk_emitter *e, const struct asn_TYPE_descriptor_s *td, const void *sptr)
{
	tk_emit_value_dir(e, td, sptr, -1);
}

void tk_emit_value_dir(struct tk_emitter *e, const struct asn_TYPE_descriptor_s *td, const void *sptr,
		       int sms_from_ms)
{
	struct walk w;

	memset(&w, 0, sizeof(w));
	w.e = e;
	w.sms_from_ms = sms_from_ms;
	w.area_type = -1;
	w.rat_type = -1;
	w.tp_vpf = -1;
	w.pdp_org = -1;
	walk_value(&w, td, sptr);
}

void tk_emit_value_hooked(struct tk_emitter *e, const struct asn_TYPE_descriptor_s *td,
			  const void *sptr, tk_member_hook hook)
{
	struct walk w;

	memset(&w, 0, sizeof(w));
	w.e = e;
	w.sms_from_ms = -1;
	w.area_type = -1;
	w.rat_type = -1;
	w.tp_vpf = -1;
	w.pdp_org = -1;
	w.hook = hook;
	walk_value(&w, td, sptr);
}
