/*
 * DTAP: the layer 3 messages an MSC relays between the MS and another MSC (inter-MSC
 * handover, TS 29.010) or the radio network: TS 24.007 clause 11 header, TS 24.008
 * clause 9 mobility management and call control, GPRS mobility and session management
 * (the PS domain NAS-PDUs of RANAP), TS 44.018 clause 9.1 handover RR
 * messages, TS 24.080 clause 2 supplementary services, TS 24.011 clause 7 short messages.
 */
#ifndef TK_DTAP_H
#define TK_DTAP_H

#include <stddef.h>
#include <stdint.h>

struct tk_emitter;
struct tk_inner_err;

/*
 * The fields of ONE layer 3 message p[0..n) (p at the protocol discriminator octet), into
 * the object the caller has open: "protocolDiscriminator", "tiFlag" + "transactionId" or
 * "skipIndicator", "sendSequenceNumber" (MM, CC, SS), "messageType", "message", then the
 * mandatory elements by name and the optional ones under "ies".  The first problem goes
 * to er, its offset counted from base (the offset of p[0] in the caller's octets).
 */
void tk_emit_dtap_l3(struct tk_emitter *e, const uint8_t *p, size_t n, size_t base,
		     struct tk_inner_err *er);

/* the name of a TS 44.018 Table 10.4.1 RR message type ("HANDOVER COMMAND",
 * "SYSTEM INFORMATION TYPE 3"), NULL for a type the table does not name */
const char *tk_rr_msg_name(unsigned type);

/* the same as one object with "hex" and "error" (a RANAP NAS-PDU, a bare L3 message) */
void tk_emit_dtap(struct tk_emitter *e, const uint8_t *p, size_t n);

/* one TS 24.011 clause 7.3 RP message on its own, as the CP-User data of a CP-DATA decodes
 * it (TS 48.008 3.2.2.92 SMS to VGCS): "messageTypeIndicator", "messageType",
 * "messageReference", the addresses, "userData" (the TPDU), causes; "hex", "error" */
void tk_emit_rp_message(struct tk_emitter *e, const uint8_t *p, size_t n);

/*
 * TS 44.018 10.5.2.21aa MultiRate configuration from octet 3 (= TS 48.008 3.2.3.5 MultiRate
 * configuration information): "speechVersion", "noiseSuppressionOff",
 * "initialCodecModeIndicator", "startMode", "codecModes" (kbit/s), "thresholds":
 * [{"threshold", "thresholdDb", "hysteresis", "hysteresisDb"}]
 */
void tk_emit_multirate_config(struct tk_emitter *e, const uint8_t *p, size_t n);

/*
 * Element values of TS 24.008 that other specifications use by reference (TS 24.301 EPS NAS,
 * eps_nas.c), each ONE object with its fields, "hex" and "error": 10.5.3.5a Network name
 * ("codingScheme", "addCountryInitials", "spareBitsInLastOctet", "text"), 10.5.3.8 Time zone
 * ("timeZone"), 10.5.3.9 Time zone and time ("universalTime", "timeZone"), 10.5.3.12 Network
 * daylight saving time ("daylightSavingTime"), 10.5.1.13 PLMN list ("plmns"), 10.5.7.3 GPRS
 * timer (also the value of 10.5.7.4 GPRS timer 2) and 10.5.7.4a GPRS timer 3 ("timerValue",
 * "unit", "seconds" or "deactivated"), 10.5.6.3 Protocol configuration options
 * ("configurationProtocol", "options"), all from octet 3 (the value part)
 */
void tk_emit_network_name_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_time_zone_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_time_and_zone_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_daylight_saving_time_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_plmn_list_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_gprs_timer_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_gprs_timer3_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_pco_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
/* 10.5.6.7 Linked TI ("tiFlag", "transactionId"), 10.5.6.9 LLC service access point identifier
 * ("llcSapi"), 10.5.6.11 Packet flow identifier ("packetFlowIdentifierValue",
 * "packetFlowIdentifier") */
void tk_emit_linked_ti_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_llc_sapi_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_pfi_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
/* 10.5.5.6 DRX parameter ("splitPgCycleCode", "splitPgCycle",
 * "cnSpecificDrxCycleLengthCoefficient", "splitOnCcch", "nonDrxTimerSeconds") */
void tk_emit_drx_parameter_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
/* type 1 elements, the value half octet in p[0] (n is 1): a string for 10.5.7.2 Radio
 * priority and 10.5.6.19 Connectivity type, an object with "hex" for 10.5.6.20 WLAN offload
 * acceptability */
void tk_emit_radio_priority_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_connectivity_type_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_wlan_offload_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
/* ... a string for 10.5.5.4 TMSI status, 10.5.7.8 Device properties, 10.5.1.15 MS network
 * feature support and 10.5.6.17 Request type, a number for 10.5.1.2 Ciphering key sequence
 * number */
void tk_emit_tmsi_status_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_device_properties_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_ms_network_feature_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_cksn_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_request_type_24008(struct tk_emitter *e, const uint8_t *p, size_t n);

/* TS 44.018 element values from octet 2 (the value part), each ONE object with "hex" and
 * "error", as TS 48.071 BSSLAP carries them: 10.5.2.5 Channel Description, 10.5.2.6 Channel
 * Mode, 10.5.2.9 Cipher Mode Setting (the half octet in bits 4-1), 10.5.2.38 Starting Time */
void tk_emit_rr_channel_description(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_rr_channel_mode(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_rr_cipher_mode_setting(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_rr_starting_time(struct tk_emitter *e, const uint8_t *p, size_t n);

/* 10.5.3.13 Emergency number list ("emergencyNumbers": [{"serviceCategoryValue",
 * "serviceCategories", "number"}]), 10.5.4.32 Supported codec list ("systems": [{"sysIdValue",
 * "sysId", "codecBitmap", "codecs"}]), 10.5.5.32 Extended DRX parameters
 * ("pagingTimeWindowValue", "pagingTimeWindowIuMode", "pagingTimeWindowWbS1Mode",
 * "pagingTimeWindowNbS1Mode", "edrxValue", "edrxCycleAGbMode", "edrxCycleIuMode",
 * "edrxCycleS1Mode"), from octet 3 */
void tk_emit_emergency_number_list_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_supported_codec_list_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_extended_drx_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
/* 10.5.5.28 Voice domain preference and UE's usage setting ("ueUsageSetting",
 * "voiceDomainPreferenceForEutran"), 10.5.5.31 Network resource identifier container
 * ("nriContainerValue"), from octet 3 */
void tk_emit_voice_domain_preference_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_nri_container_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
/* TS 24.080 3.7.2 SS version indicator, from octet 3 ("ssVersion") */
void tk_emit_ss_version_24080(struct tk_emitter *e, const uint8_t *p, size_t n);

#endif
