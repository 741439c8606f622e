/*
 * libFuzzer target for the inner decoders (the hand-written parsers of OCTET STRING
 * contents: RANAP's aligned PER, BSSAP, DTAP, SMS TPDUs, ISUP parameters, signal info, BER
 * trees, locations, subscriber data, indicators, EPS NAS), the S1AP types of TS 36.413 and the NGAP types of TS 38.413 (aligned PER,
 * s1ap.c, ngap.c) and the RRC containers (asn1c's unaligned PER decoders of TS 25.331 and 36.331 with
 * the containers followed inside).  The first byte
 * picks the decoder (and, for those that take one, a selector); the rest is its input,
 * emitted as JSON.  The MAP and CAP target (fuzz_tcap.c) reaches them too, but only through valid BER around them.
 */
#include <stddef.h>
#include <stdint.h>

#include "ber_tree.h"
#include "bssap.h"
#include "classmark.h"
#include "csn1.h"
#include "dtap.h"
#include "eap.h"
#include "eps_nas.h"
#include "gprs_qos.h"
#include "indicators.h"
#include "isup.h"
#include "lcs.h"
#include "location.h"
#include "lpp.h"
#include "ss.h"
#include "lte_rrc.h"
#include "bsslap.h"
#include "ansi41.h"
#include "ansi683.h"
#include "ansi637.h"
#include "rrlp.h"
#include "mdt.h"
#include "ngap.h"
#include "nr_rrc.h"
#include "nas_5gs.h"
#include "outbuf.h"
#include "print.h"
#include "ranap.h"
#include "rlcmac.h"
#include "rrc.h"
#include "s1ap.h"
#include "signal_info.h"
#include "sms.h"
#include "subscriber.h"
#include "ue_policy.h"

typedef void decode_fn(struct tk_emitter *e, uint8_t sel, const uint8_t *p, size_t n);

#define PLAIN(name, call) \
	static void name(struct tk_emitter *e, uint8_t sel, const uint8_t *p, size_t n) \
	{ (void)sel; call; }

PLAIN(f_ranap, tk_emit_ranap(e, p, n))
PLAIN(f_bssap, tk_emit_bssap(e, p, n))
PLAIN(f_isup_params, tk_emit_isup_parameters(e, p, n))
PLAIN(f_ber_tree, tk_emit_ber_tree(e, p, n))
PLAIN(f_gad, tk_emit_geographical_info(e, p, n))
PLAIN(f_geodetic, tk_emit_geodetic_info(e, p, n))
PLAIN(f_velocity, tk_emit_velocity_estimate(e, p, n))
PLAIN(f_pos, tk_emit_positioning_data(e, p, n))
PLAIN(f_upos, tk_emit_utran_positioning_data(e, p, n))
PLAIN(f_gganss, tk_emit_geran_ganss_positioning_data(e, p, n))
PLAIN(f_uganss, tk_emit_utran_ganss_positioning_data(e, p, n))
PLAIN(f_bssmap_tlv, tk_emit_bssmap_tlv(e, p, n))
PLAIN(f_codec, tk_emit_codec_26103(e, p, n))
PLAIN(f_cm_info, tk_emit_bssmap_classmark_info(e, p, n))
PLAIN(f_pdp_address, tk_emit_pdp_address(e, p, n))
PLAIN(f_gsn_address, tk_emit_gsn_address(e, p, n))
PLAIN(f_charging, tk_emit_charging_characteristics(e, p, n))
PLAIN(f_time_zone, tk_emit_time_zone(e, p, n))
PLAIN(f_subaddress, tk_emit_isdn_subaddress(e, p, n))
PLAIN(f_hlc, tk_emit_high_layer_compatibility(e, p, n))
PLAIN(f_msnc, tk_emit_ms_network_capability(e, p, n))
PLAIN(f_msrac, tk_emit_ms_radio_access_capability(e, p, n))
PLAIN(f_smea, tk_emit_sms_address(e, p, n))
PLAIN(f_text, tk_emit_text_octets(e, p, n))
PLAIN(f_uui, tk_emit_uu_information(e, p, n))
PLAIN(f_ext4_qos, tk_emit_ext4_qos_subscribed(e, p, n))
PLAIN(f_qos_24008, tk_emit_qos_24008(e, p, n))
PLAIN(f_cm2, tk_emit_ms_classmark2(e, p, n))
PLAIN(f_cause, tk_emit_isup_cause(e, p, n))
PLAIN(f_bc, tk_emit_bearer_capability(e, p, n))
PLAIN(f_bcd, tk_emit_bcd_number_24008(e, p, n))
PLAIN(f_sms, tk_emit_sms_tpdu(e, p, n, (int)(sel % 3) - 1))
PLAIN(f_signal, tk_emit_signal_info(e, sel & 1 ? TK_SIG_EXT_ETS_300356 : (enum tk_signal_protocol)(sel % 5), p, n))
PLAIN(f_bssmap_ie, tk_emit_bssmap_ie(e, sel, p, n))
PLAIN(f_ranap_type, tk_emit_ranap_type(e, (enum tk_ranap_type)(sel % TK_RANAP_TYPE_COUNT), p, n))
PLAIN(f_tp, tk_emit_tp_field(e, (enum tk_tp_field)(sel % 4), p, n, (int)(sel >> 4) % 5 - 1))
PLAIN(f_area, tk_emit_area_identification(e, p, n, (long)(sel % 8) - 1))
PLAIN(f_isup_number, tk_emit_isup_number(e, p, n, (enum tk_isup_number_kind)(sel % 7)))
PLAIN(f_plmn_cell, tk_emit_plmn_cell(e, p, n, (enum tk_loc_kind)(sel % 12)))
PLAIN(f_mdt_trigger, tk_emit_mdt_reporting_trigger(e, p, n))
PLAIN(f_utran_add_pos, tk_emit_utran_additional_positioning_data(e, p, n))
PLAIN(f_civic, tk_emit_utran_civic_address(e, p, n))
PLAIN(f_dtap, tk_emit_dtap(e, p, n))
PLAIN(f_cm3, tk_emit_ms_classmark3(e, p, n))
PLAIN(f_edrx, tk_emit_edrx_cycle_length_value(e, p, n, (int)(sel % 8) - 1))
PLAIN(f_rrc, tk_emit_rrc(e, (enum tk_rrc_type)(sel % TK_RRC_TYPE_COUNT), p, n))
PLAIN(f_lte_rrc, tk_emit_lte_rrc(e, (enum tk_lte_rrc_type)(sel % TK_LTE_RRC_TYPE_COUNT), p, n))
PLAIN(f_s1ap, tk_emit_s1ap_type(e, (enum tk_s1ap_type)(sel % TK_S1AP_TYPE_COUNT), p, n))
PLAIN(f_eps_nas, tk_emit_eps_nas(e, p, n))
PLAIN(f_tft, tk_emit_tft(e, p, n))
PLAIN(f_eps_qos, tk_emit_eps_qos(e, p, n))
PLAIN(f_tai_list, tk_emit_tai_list(e, p, n))
PLAIN(f_eps_mobile_identity, tk_emit_eps_mobile_identity(e, p, n))
PLAIN(f_ngap, tk_emit_ngap_type(e, (enum tk_ngap_type)(sel % TK_NGAP_TYPE_COUNT), p, n))
PLAIN(f_nr_rrc, tk_emit_nr_rrc(e, (enum tk_nr_rrc_type)(sel % TK_NR_RRC_TYPE_COUNT), p, n))
PLAIN(f_5gs_nas, tk_emit_5gs_nas(e, p, n))
PLAIN(f_bsslap, tk_emit_bsslap(e, p, n))
PLAIN(f_rrlp, tk_emit_rrlp(e, p, n))
PLAIN(f_llp, tk_emit_llp(e, p, n))
PLAIN(f_smlcpp, tk_emit_smlcpp(e, p, n))
PLAIN(f_rlcmac, sel & 1 ? tk_emit_rlcmac_si_psi(e, p, n) : tk_emit_rlcmac_dl(e, p, n))
PLAIN(f_lpp, tk_emit_lpp(e, p, n))
PLAIN(f_ss, tk_emit_ss_facility(e, p, n))
PLAIN(f_ue_policy, sel & 1 ? tk_emit_ursp(e, p, n) : tk_emit_ue_policy(e, p, n))
PLAIN(f_ansi683, tk_emit_ansi683(e, p, n, sel & 1))
static void f_24008_lists(struct tk_emitter *e, uint8_t sel, const uint8_t *p, size_t n)
{
	switch (sel % 3) {
	case 0: tk_emit_emergency_number_list_24008(e, p, n); break;
	case 1: tk_emit_supported_codec_list_24008(e, p, n); break;
	default: tk_emit_extended_drx_24008(e, p, n); break;
	}
}

static void f_nas_elements(struct tk_emitter *e, uint8_t sel, const uint8_t *p, size_t n)
{
	switch (sel % 4) {
	case 0: tk_emit_eap(e, p, n); break;
	case 1: tk_emit_ciphering_key_data(e, p, n); break;
	case 2: tk_emit_extended_emergency_number_list(e, p, n); break;
	default: tk_emit_ue_radio_capability_id(e, p, n); break;
	}
}

PLAIN(f_ansi41, tk_emit_ansi41_parameters(e, p, n))

/* sel: the teleservice 4096 + sel % 8, or unknown (-1) */
static void f_ansi637(struct tk_emitter *e, uint8_t sel, const uint8_t *p, size_t n)
{
	tk_emit_ansi637_bearer_data(e, p, n, sel >= 8 ? -1 : 4096 + sel);
}

static decode_fn *const decoders[] = {
	f_ranap, f_bssap, f_isup_params, f_ber_tree, f_gad, f_geodetic, f_velocity, f_pos,
	f_upos, f_gganss, f_uganss, f_bssmap_tlv, f_codec, f_cm_info, f_pdp_address,
	f_gsn_address, f_charging, f_time_zone, f_subaddress, f_hlc, f_msnc, f_msrac, f_smea,
	f_text, f_uui, f_ext4_qos, f_cm2, f_cause, f_bc, f_bcd, f_sms, f_signal, f_bssmap_ie,
	f_ranap_type, f_tp, f_area, f_isup_number, f_plmn_cell, f_edrx, f_mdt_trigger,
	f_utran_add_pos, f_civic, f_dtap, f_cm3, f_qos_24008, f_rrc, f_lte_rrc,
	f_s1ap,	/* decoder 47: fuzz/run.sh seeds it by that number */
	f_eps_nas, f_tft, f_eps_qos, f_tai_list, f_eps_mobile_identity, f_ngap, f_nr_rrc,
	f_5gs_nas,
	f_bsslap, f_rrlp, f_llp, f_smlcpp,
	f_rlcmac,
	f_24008_lists,
	f_lpp,
	f_nas_elements,
	f_ss,
	f_ansi41,
	f_ue_policy,
	f_ansi683,
	f_ansi637,
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tk_outbuf ob;
	struct tk_emitter em;
	size_t nd = sizeof(decoders) / sizeof(decoders[0]);

	if (size < 2)
		return 0;
	tk_outbuf_init(&ob);
	tk_emitter_json(&em, &ob);
	decoders[data[0] % nd](&em, data[1], data + 2, size - 2);
	if (em.depth != 0)
		__builtin_trap();	/* every decoder emits exactly one balanced value */
	tk_outbuf_free(&ob);
	return 0;
}
