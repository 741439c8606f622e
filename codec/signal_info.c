/*
 * The signalInfo of TS 29.002 ExternalSignalInfo and Ext-ExternalSignalInfo, read in the
 * protocol its sibling (ext-)protocolId names.  TS 29.002 7.6.9 says the octets are
 * "concatenated information elements (including tag and length) which are defined by a
 * common protocol version": TS 24.008 (gsm-0408) or DSS1 (ets-300102-1) information
 * elements, ISUP parameters (ets-300356), or for gsm-0806 a whole BSSAP message (the
 * bss-APDU of MAP v1/v2 handover).  The ISUP and BSSAP layouts are decoded by isup.c and
 * bssap.c; the element lists of 24.008 and Q.931 are walked here.
 */
#include <stdio.h>
#include <string.h>

#include "ber_tree.h"
#include "bssap.h"
#include "dtap.h"
#include "inner.h"
#include "isup.h"
#include "location.h"
#include "names.h"
#include "signal_info.h"
#include "ss.h"

/* ITU-T Q.931 4.5 Table 4-3, codeset 0: variable-length information elements */
static const struct tk_value_string q931_ie_names[] = {
	{ 0x04, "bearer capability" },
	{ 0x08, "cause" },
	{ 0x10, "call identity" },
	{ 0x14, "call state" },
	{ 0x18, "channel identification" },
	{ 0x1e, "progress indicator" },
	{ 0x20, "network-specific facilities" },
	{ 0x27, "notification indicator" },
	{ 0x28, "display" },
	{ 0x29, "date/time" },
	{ 0x2c, "keypad facility" },
	{ 0x34, "signal" },
	{ 0x40, "information rate" },
	{ 0x42, "end-to-end transit delay" },
	{ 0x43, "transit delay selection and indication" },
	{ 0x44, "packet layer binary parameters" },
	{ 0x45, "packet layer window size" },
	{ 0x46, "packet size" },
	{ 0x47, "closed user group" },
	{ 0x4a, "reverse charging indication" },
	{ 0x6c, "calling party number" },
	{ 0x6d, "calling party subaddress" },
	{ 0x70, "called party number" },
	{ 0x71, "called party subaddress" },
	{ 0x74, "redirecting number" },
	{ 0x78, "transit network selection" },
	{ 0x79, "restart indicator" },
	{ 0x7c, "low layer compatibility" },
	{ 0x7d, "high layer compatibility" },
	{ 0x7e, "user-user" },
	{ 0x7f, "escape for extension" },
	{ 0, NULL }
};

/* TS 24.008 10.5.4 (call control) information element identifiers, as 9.3 lists them */
static const struct tk_value_string gsm0408_ie_names[] = {
	{ 0x04, "bearer capability" },
	{ 0x08, "cause" },
	{ 0x15, "call control capabilities" },
	{ 0x19, "alerting pattern" },
	{ 0x1c, "facility" },
	{ 0x1e, "progress indicator" },
	{ 0x34, "signal" },
	{ 0x40, "supported codec list" },
	{ 0x5c, "calling party BCD number" },
	{ 0x5d, "calling party subaddress" },
	{ 0x5e, "called party BCD number" },
	{ 0x6d, "called party subaddress" },
	{ 0x74, "redirecting party BCD number" },
	{ 0x75, "redirecting party subaddress" },
	{ 0x7c, "low layer compatibility" },
	{ 0x7d, "high layer compatibility" },
	{ 0x7e, "user-user" },
	{ 0x7f, "SS version indicator" },
	{ 0, NULL }
};

/* single-octet elements (bit 8 set): the IEI is in bits 8-5 with a value in bits 4-1
 * (Q.931 4.5.1, TS 24.007 11.2.4 type 1), or the whole octet (0xa_: type 2) */
static const struct tk_value_string q931_single_names[] = {
	{ 0x90, "shift" },
	{ 0xa0, "more data" },
	{ 0xa1, "sending complete" },
	{ 0xb0, "congestion level" },
	{ 0xd0, "repeat indicator" },
	{ 0, NULL }
};

static const struct tk_value_string gsm0408_single_names[] = {
	{ 0x80, "priority level" },
	{ 0xa1, "CLIR suppression" },
	{ 0xa2, "CLIR invocation" },
	{ 0xd0, "repeat indicator" },
	{ 0, NULL }
};

/* ---- TS 24.008 call control elements (10.5.4) ----------------------------------------------- */

/* 10.5.4.21 Progress indicator: coding standard, octet 3 bits 7-6 */
static const struct tk_value_string progress_coding_names[] = {
	{ 0, "standardized coding, as described in ITU-T Rec. Q.931" },
	{ 1, "reserved for other international standards" },
	{ 2, "national standard" },
	{ 3, "standard defined for the GSM PLMNs" },
	{ 0, NULL }
};

/* ... location, octet 3 bits 4-1 */
static const struct tk_value_string progress_location_names[] = {
	{ 0, "user" },
	{ 1, "private network serving the local user" },
	{ 2, "public network serving the local user" },
	{ 4, "public network serving the remote user" },
	{ 5, "private network serving the remote user" },
	{ 7, "international network" },
	{ 10, "network beyond interworking point" },
	{ 0, NULL }
};

/* ... progress description, octet 4 bits 7-1, in the GSM PLMN coding standard (other values:
 * unspecific) */
static const struct tk_value_string progress_description_names[] = {
	{ 1, "call is not end-to-end PLMN/ISDN, further call progress information may be available in-band" },
	{ 2, "destination address in non-PLMN/ISDN" },
	{ 3, "origination address in non-PLMN/ISDN" },
	{ 4, "call has returned to the PLMN/ISDN" },
	{ 8, "in-band information or appropriate pattern now available" },
	{ 9, "in-band multimedia CAT available" },
	{ 32, "call is end-to-end PLMN/ISDN" },
	{ 64, "queueing" },
	{ 0, NULL }
};

/* 10.5.4.21 Progress indicator, from octet 3: "codingStandard", "location",
 * "progressDescriptionValue" and, in the GSM coding standard, "progressDescription" (the
 * Q.931 and national codings are left by number) */
static void progress_indicator(struct tk_emitter *e, const uint8_t *v, size_t len)
{
	struct tk_inner_err er;
	unsigned cs;

	len = tk_inner_start(e, &er, v, len);
	if (!tk_inner_fixed(&er, len, 2, "a progress indicator"))
		goto out;
	cs = (v[0] >> 5) & 3;
	tk_inner_emit_name(e, "codingStandard", progress_coding_names, NULL, "unassigned", cs);
	tk_inner_emit_name(e, "location", progress_location_names, NULL, "reserved", v[0] & 0x0f);
	tk_emit_kv_long(e, "progressDescriptionValue", v[1] & 0x7f);
	if (cs == 3)
		tk_inner_emit_name(e, "progressDescription", progress_description_names, NULL,
				   "unspecific", v[1] & 0x7f);
out:
	tk_inner_finish(e, v, len, &er);
}

/* 10.5.4.5a Call control capabilities, from octet 3: maximum number of supported bearers
 * (bits 8-5), MCAT (4), ENICM (3), PCP (2), DTMF (1); octet 4: maximum number of speech
 * bearers (bits 4-1) */
static void cc_capabilities(struct tk_emitter *e, const uint8_t *v, size_t len)
{
	struct tk_inner_err er;

	len = tk_inner_start(e, &er, v, len);
	if (!tk_inner_fixed(&er, len, 2, "call control capabilities"))
		goto out;
	tk_emit_kv_long(e, "maximumNumberOfSupportedBearers", v[0] >> 4);
	tk_emit_kv_bool(e, "multimediaCat", v[0] & 0x08);
	tk_emit_kv_bool(e, "enhancedNetworkInitiatedInCallModification", v[0] & 0x04);
	tk_emit_kv_bool(e, "prolongedClearingProcedure", v[0] & 0x02);
	tk_emit_kv_bool(e, "dtmf", v[0] & 0x01);
	tk_emit_kv_long(e, "maximumNumberOfSpeechBearers", v[1] & 0x0f);
out:
	tk_inner_finish(e, v, len, &er);
}

/* 10.5.4.26 Alerting pattern, octet 3 bits 4-1 */
static const struct tk_value_string alerting_pattern_names[] = {
	{ 0, "alerting level 0" },
	{ 1, "alerting level 1" },
	{ 2, "alerting level 2" },
	{ 4, "alerting category 1" },
	{ 5, "alerting category 2" },
	{ 6, "alerting category 3" },
	{ 7, "alerting category 4" },
	{ 8, "alerting category 5" },
	{ 0, NULL }
};

static void alerting_pattern(struct tk_emitter *e, const uint8_t *v, size_t len)
{
	struct tk_inner_err er;

	len = tk_inner_start(e, &er, v, len);
	if (tk_inner_fixed(&er, len, 1, "an alerting pattern")) {
		tk_emit_kv_long(e, "alertingPatternValue", v[0] & 0x0f);
		tk_inner_emit_name(e, "alertingPattern", alerting_pattern_names, NULL, "reserved",
				   v[0] & 0x0f);
	}
	tk_inner_finish(e, v, len, &er);
}

/* 10.5.4.5 Bearer capability, octet 3: radio channel requirement (bits 7-6; the names of a
 * network to MS element and of an MS without speech version octets) */
static const struct tk_value_string bc_rcr_names[] = {
	{ 0, "reserved" },
	{ 1, "full rate support only MS" },
	{ 2, "dual rate support MS, half rate preferred" },
	{ 3, "dual rate support MS, full rate preferred" },
	{ 0, NULL }
};

/* ... information transfer capability (bits 3-1) */
static const struct tk_value_string bc_itc_names[] = {
	{ 0, "speech" },
	{ 1, "unrestricted digital information" },
	{ 2, "3.1 kHz audio, ex PLMN" },
	{ 3, "facsimile group 3" },
	{ 5, "other ITC (see octet 5a)" },
	{ 7, "reserved, to be used in the network (alternate speech/facsimile group 3)" },
	{ 0, NULL }
};

/* ... octets 3a etc.: speech version indication (bits 4-1) */
static const struct tk_value_string bc_speech_version_names[] = {
	{ 0, "GSM full rate speech version 1" },
	{ 1, "GSM half rate speech version 1" },
	{ 2, "GSM full rate speech version 2" },
	{ 4, "GSM full rate speech version 3" },
	{ 5, "GSM half rate speech version 3" },
	{ 6, "GSM full rate speech version 4" },
	{ 7, "GSM half rate speech version 4" },
	{ 8, "GSM full rate speech version 5" },
	{ 11, "GSM half rate speech version 6" },
	{ 15, "no speech version supported for GERAN" },
	{ 0, NULL }
};

/* ---- 10.5.4.5 Bearer capability, octets 4 onwards (the data bearer's octets) -------------- */

/* octet 4 bit 7: compression (the MS to network name "not allowed"/"allowed") */
static const struct tk_value_string bc_compression_names[] = {
	{ 0, "data compression not possible / not allowed" },
	{ 1, "data compression possible / allowed" },
	{ 0, NULL }
};

/* ... bits 6-5: structure */
static const struct tk_value_string bc_structure_names[] = {
	{ 0, "service data unit integrity" },
	{ 3, "unstructured" },
	{ 0, NULL }
};

/* ... bit 4: duplex mode */
static const struct tk_value_string bc_duplex_names[] = {
	{ 0, "half duplex" },
	{ 1, "full duplex" },
	{ 0, NULL }
};

/* ... bit 3: configuration (1 reserved) */
static const struct tk_value_string bc_configuration_names[] = {
	{ 0, "point-to-point" },
	{ 0, NULL }
};

/* ... bit 2: negotiation of intermediate rate requested (NIRR) */
static const struct tk_value_string bc_nirr_names[] = {
	{ 0, "no meaning is associated with this value" },
	{ 1, "data up to and including 4.8 kb/s, full rate, non-transparent, 6 kb/s radio "
	     "interface rate is requested" },
	{ 0, NULL }
};

/* ... bit 1: establishment (1 reserved) */
static const struct tk_value_string bc_establishment_names[] = {
	{ 0, "demand" },
	{ 0, NULL }
};

/* octet 5 bits 7-6: access identity; octet 6 bits 7-6: layer 1 identity; octet 7 bits 7-6:
 * layer 2 identity (the only values defined; the others reserved) */
static const struct tk_value_string bc_access_identity_names[] = {
	{ 0, "octet identifier" },
	{ 0, NULL }
};

static const struct tk_value_string bc_layer1_identity_names[] = {
	{ 1, "octet identifier" },
	{ 0, NULL }
};

static const struct tk_value_string bc_layer2_identity_names[] = {
	{ 2, "octet identifier" },
	{ 0, NULL }
};

/* octet 5 bits 5-4: rate adaption */
static const struct tk_value_string bc_rate_adaption_names[] = {
	{ 0, "no rate adaption" },
	{ 1, "V.110, I.460/X.30 rate adaptation" },
	{ 2, "ITU-T X.31 flag stuffing" },
	{ 3, "other rate adaption (see octet 5a)" },
	{ 0, NULL }
};

/* ... bits 3-1: signalling access protocol (2 to 6 had meanings in earlier phases) */
static const struct tk_value_string bc_sap_names[] = {
	{ 1, "I.440/450" },
	{ 2, "reserved: was allocated in earlier phases of the protocol (X.21)" },
	{ 3, "reserved: was allocated in earlier phases of the protocol (X.28 - dedicated PAD, "
	     "individual NUI)" },
	{ 4, "reserved: was allocated in earlier phases of the protocol (X.28 - dedicated PAD, "
	     "universal NUI)" },
	{ 5, "reserved: was allocated in earlier phases of the protocol (X.28 - non dedicated "
	     "PAD)" },
	{ 6, "reserved: was allocated in earlier phases of the protocol (X.32)" },
	{ 0, NULL }
};

/* octet 5a bits 7-6: other information transfer capability */
static const struct tk_value_string bc_other_itc_names[] = {
	{ 0, "restricted digital information" },
	{ 0, NULL }
};

/* ... bits 5-4: other rate adaption */
static const struct tk_value_string bc_other_ra_names[] = {
	{ 0, "V.120" },
	{ 1, "H.223 & H.245" },
	{ 2, "PIAFS" },
	{ 0, NULL }
};

/* octet 5b bit 7: rate adaption header */
static const struct tk_value_string bc_ra_header_names[] = {
	{ 0, "rate adaption header not included" },
	{ 1, "rate adaption header included" },
	{ 0, NULL }
};

/* ... bit 6: multiple frame establishment support in data link */
static const struct tk_value_string bc_mfe_names[] = {
	{ 0, "multiple frame establishment not supported, only UI frames allowed" },
	{ 1, "multiple frame establishment supported" },
	{ 0, NULL }
};

/* ... bit 5: mode of operation */
static const struct tk_value_string bc_mode_names[] = {
	{ 0, "bit transparent mode of operation" },
	{ 1, "protocol sensitive mode of operation" },
	{ 0, NULL }
};

/* ... bit 4: logical link identifier negotiation */
static const struct tk_value_string bc_lli_names[] = {
	{ 0, "default, LLI=256 only" },
	{ 1, "full protocol negotiation" },
	{ 0, NULL }
};

/* ... bit 3: assignor/assignee */
static const struct tk_value_string bc_assignor_names[] = {
	{ 0, "message originator is \"default assignee\"" },
	{ 1, "message originator is \"assignor only\"" },
	{ 0, NULL }
};

/* ... bit 2: in-band/out-band negotiation (TS 24.008's coding; Q.931's octet 5b has the two
 * the other way round) */
static const struct tk_value_string bc_inband_names[] = {
	{ 0, "negotiation is done in-band using logical link zero" },
	{ 1, "negotiation is done with USER INFORMATION messages on a temporary signalling "
	     "connection" },
	{ 0, NULL }
};

/* octet 6 bits 5-2: user information layer 1 protocol */
static const struct tk_value_string bc_layer1_protocol_names[] = {
	{ 0, "default layer 1 protocol" },
	{ 0, NULL }
};

/* ... bit 1: synchronous/asynchronous */
static const struct tk_value_string bc_sync_names[] = {
	{ 0, "synchronous" },
	{ 1, "asynchronous" },
	{ 0, NULL }
};

/* octet 6a bit 7: number of stop bits */
static const struct tk_value_string bc_stop_bits_names[] = {
	{ 0, "1 bit" },
	{ 1, "2 bits" },
	{ 0, NULL }
};

/* ... bit 6: negotiation (1 reserved) */
static const struct tk_value_string bc_negotiation_names[] = {
	{ 0, "in-band negotiation not possible" },
	{ 0, NULL }
};

/* ... bit 5: number of data bits excluding parity bit if present */
static const struct tk_value_string bc_data_bits_names[] = {
	{ 0, "7 bits" },
	{ 1, "8 bits" },
	{ 0, NULL }
};

/* ... bits 4-1: user rate */
static const struct tk_value_string bc_user_rate_names[] = {
	{ 1, "0.3 kbit/s Recommendation X.1 and V.110" },
	{ 2, "1.2 kbit/s Recommendation X.1 and V.110" },
	{ 3, "2.4 kbit/s Recommendation X.1 and V.110" },
	{ 4, "4.8 kbit/s Recommendation X.1 and V.110" },
	{ 5, "9.6 kbit/s Recommendation X.1 and V.110" },
	{ 6, "12.0 kbit/s transparent (non compliant with X.1 and V.110)" },
	{ 7, "reserved: was allocated in earlier phases of the protocol" },
	{ 0, NULL }
};

/* octet 6b bits 7-6: V.110/X.30 rate adaptation intermediate rate */
static const struct tk_value_string bc_intermediate_rate_names[] = {
	{ 2, "8 kbit/s" },
	{ 3, "16 kbit/s" },
	{ 0, NULL }
};

/* ... bit 5: network independent clock (NIC) on transmission (Tx) */
static const struct tk_value_string bc_nic_tx_names[] = {
	{ 0, "does not require to send data with network independent clock" },
	{ 1, "requires to send data with network independent clock" },
	{ 0, NULL }
};

/* ... bit 4: NIC on reception (Rx) */
static const struct tk_value_string bc_nic_rx_names[] = {
	{ 0, "cannot accept data with network independent clock" },
	{ 1, "can accept data with network independent clock" },
	{ 0, NULL }
};

/* ... bits 3-1: parity information */
static const struct tk_value_string bc_parity_names[] = {
	{ 0, "odd" },
	{ 2, "even" },
	{ 3, "none" },
	{ 4, "forced to 0" },
	{ 5, "forced to 1" },
	{ 0, NULL }
};

/* octet 6c bits 7-6: connection element */
static const struct tk_value_string bc_connection_element_names[] = {
	{ 0, "transparent" },
	{ 1, "non transparent (RLP)" },
	{ 2, "both, transparent preferred" },
	{ 3, "both, non transparent preferred" },
	{ 0, NULL }
};

/* ... bits 5-1: modem type */
static const struct tk_value_string bc_modem_type_names[] = {
	{ 0, "none" },
	{ 1, "V.21" },
	{ 2, "V.22" },
	{ 3, "V.22 bis" },
	{ 4, "reserved: was allocated in earlier phases of the protocol" },
	{ 5, "V.26 ter" },
	{ 6, "V.32" },
	{ 7, "modem for undefined interface" },
	{ 8, "autobauding type 1" },
	{ 0, NULL }
};

/* octet 6d bits 7-6: other modem type */
static const struct tk_value_string bc_other_modem_type_names[] = {
	{ 0, "no other modem type specified in this field" },
	{ 2, "V.34" },
	{ 0, NULL }
};

/* ... bits 5-1: fixed network user rate */
static const struct tk_value_string bc_fnur_names[] = {
	{ 0, "fixed network user rate not applicable / no meaning is associated with this value" },
	{ 1, "9.6 kbit/s Recommendation X.1 and V.110" },
	{ 2, "14.4 kbit/s Recommendation X.1 and V.110" },
	{ 3, "19.2 kbit/s Recommendation X.1 and V.110" },
	{ 4, "28.8 kbit/s Recommendation X.1 and V.110" },
	{ 5, "38.4 kbit/s Recommendation X.1 and V.110" },
	{ 6, "48.0 kbit/s Recommendation X.1 and V.110 (synch)" },
	{ 7, "56.0 kbit/s Recommendation X.1 and V.110 (synch) / bit transparent" },
	{ 8, "64.0 kbit/s bit transparent" },
	{ 9, "33.6 kbit/s bit transparent" },
	{ 10, "32.0 kbit/s Recommendation I.460" },
	{ 11, "31.2 kbit/s Recommendation V.34" },
	{ 0, NULL }
};

/* octet 6f bits 7-5: user initiated modification indication (UIMI) */
static const struct tk_value_string bc_uimi_names[] = {
	{ 0, "user initiated modification not allowed / required / applicable" },
	{ 1, "user initiated modification up to 1 TCH/F allowed / may be requested" },
	{ 2, "user initiated modification up to 2 TCH/F allowed / may be requested" },
	{ 3, "user initiated modification up to 3 TCH/F allowed / may be requested" },
	{ 4, "user initiated modification up to 4 TCH/F allowed / may be requested" },
	{ 5, "interpreted as user initiated modification up to 4 TCH/F may be requested" },
	{ 6, "interpreted as user initiated modification up to 4 TCH/F may be requested" },
	{ 7, "interpreted as user initiated modification up to 4 TCH/F may be requested" },
	{ 0, NULL }
};

/* ... bits 4-1: wanted air interface user rate (9 to 12: the network reads them as 38.4) */
static const struct tk_value_string bc_aiur_names[] = {
	{ 0, "air interface user rate not applicable / no meaning associated with this value" },
	{ 1, "9.6 kbit/s" },
	{ 2, "14.4 kbit/s" },
	{ 3, "19.2 kbit/s" },
	{ 5, "28.8 kbit/s" },
	{ 6, "38.4 kbit/s" },
	{ 7, "43.2 kbit/s" },
	{ 8, "57.6 kbit/s" },
	{ 9, "interpreted by the network as 38.4 kbit/s" },
	{ 10, "interpreted by the network as 38.4 kbit/s" },
	{ 11, "interpreted by the network as 38.4 kbit/s" },
	{ 12, "interpreted by the network as 38.4 kbit/s" },
	{ 0, NULL }
};

/* octet 6g bits 4-3: channel coding asymmetry indication */
static const struct tk_value_string bc_asymmetry_names[] = {
	{ 0, "channel coding symmetry preferred" },
	{ 1, "uplink biased channel coding asymmetry is preferred" },
	{ 2, "downlink biased channel coding asymmetry is preferred" },
	{ 3, "unused, interpreted as channel coding symmetry preferred" },
	{ 0, NULL }
};

/* octet 7 bits 5-1: user information layer 2 protocol (6 was X.25 link level) */
static const struct tk_value_string bc_layer2_protocol_names[] = {
	{ 6, "reserved: was allocated in earlier phases of the protocol" },
	{ 8, "ISO 6429, codeset 0 (DC1/DC3)" },
	{ 9, "reserved: was allocated but never used in earlier phases of the protocol" },
	{ 10, "videotex profile 1" },
	{ 12, "COPnoFlCt (character oriented protocol with no flow control mechanism)" },
	{ 13, "reserved: was allocated in earlier phases of the protocol" },
	{ 0, NULL }
};

/* octet 6e bits 7-4 (MS to network; spare network to MS) and octet 6g bits 7-5: acceptable
 * channel codings, one bit each (6e bit 6 spare) */
static const struct tk_value_string bc_acc_names[] = {
	{ 0x40, "TCH/F14.4" },
	{ 0x10, "TCH/F9.6" },
	{ 0x08, "TCH/F4.8" },
	{ 0, NULL }
};

static const struct tk_value_string bc_acc_ext_names[] = {
	{ 0x40, "TCH/F28.8" },
	{ 0x20, "TCH/F32.0" },
	{ 0x10, "TCH/F43.2" },
	{ 0, NULL }
};

/* how a field of an octet is shown: a name from a table (with "<key>Value" beside it when the
 * field has more than one bit), the names of the bits set (mask over the octet), or the
 * number plus one */
enum { BCF_NAME, BCF_BITS, BCF_PLUS1 };

struct bc_field {
	const char *key;
	uint8_t shift, width, kind;
	const struct tk_value_string *names;
};

/* one octet of a group: its label ("6a") and its fields, the last with a NULL key */
struct bc_octet {
	const char *label;
	struct bc_field f[7];
};

static const struct bc_octet bc_octet4[] = {
	{ "4", { { "compression", 6, 1, BCF_NAME, bc_compression_names },
		 { "structure", 4, 2, BCF_NAME, bc_structure_names },
		 { "duplexMode", 3, 1, BCF_NAME, bc_duplex_names },
		 { "configuration", 2, 1, BCF_NAME, bc_configuration_names },
		 { "nirr", 1, 1, BCF_NAME, bc_nirr_names },
		 { "establishment", 0, 1, BCF_NAME, bc_establishment_names } } },
	{ NULL, { { NULL, 0, 0, 0, NULL } } }
};

static const struct bc_octet bc_octet5[] = {
	{ "5", { { "accessIdentity", 5, 2, BCF_NAME, bc_access_identity_names },
		 { "rateAdaption", 3, 2, BCF_NAME, bc_rate_adaption_names },
		 { "signallingAccessProtocol", 0, 3, BCF_NAME, bc_sap_names } } },
	{ "5a", { { "otherItc", 5, 2, BCF_NAME, bc_other_itc_names },
		  { "otherRateAdaption", 3, 2, BCF_NAME, bc_other_ra_names } } },
	{ "5b", { { "rateAdaptionHeader", 6, 1, BCF_NAME, bc_ra_header_names },
		  { "multipleFrameEstablishmentSupport", 5, 1, BCF_NAME, bc_mfe_names },
		  { "modeOfOperation", 4, 1, BCF_NAME, bc_mode_names },
		  { "logicalLinkIdentifierNegotiation", 3, 1, BCF_NAME, bc_lli_names },
		  { "assignorAssignee", 2, 1, BCF_NAME, bc_assignor_names },
		  { "inbandOutbandNegotiation", 1, 1, BCF_NAME, bc_inband_names } } },
	{ NULL, { { NULL, 0, 0, 0, NULL } } }
};

static const struct bc_octet bc_octet6[] = {
	{ "6", { { "layer1Identity", 5, 2, BCF_NAME, bc_layer1_identity_names },
		 { "userInformationLayer1Protocol", 1, 4, BCF_NAME, bc_layer1_protocol_names },
		 { "synchronousAsynchronous", 0, 1, BCF_NAME, bc_sync_names } } },
	{ "6a", { { "numberOfStopBits", 6, 1, BCF_NAME, bc_stop_bits_names },
		  { "negotiation", 5, 1, BCF_NAME, bc_negotiation_names },
		  { "numberOfDataBits", 4, 1, BCF_NAME, bc_data_bits_names },
		  { "userRate", 0, 4, BCF_NAME, bc_user_rate_names } } },
	{ "6b", { { "intermediateRate", 5, 2, BCF_NAME, bc_intermediate_rate_names },
		  { "nicOnTx", 4, 1, BCF_NAME, bc_nic_tx_names },
		  { "nicOnRx", 3, 1, BCF_NAME, bc_nic_rx_names },
		  { "parity", 0, 3, BCF_NAME, bc_parity_names } } },
	{ "6c", { { "connectionElement", 5, 2, BCF_NAME, bc_connection_element_names },
		  { "modemType", 0, 5, BCF_NAME, bc_modem_type_names } } },
	{ "6d", { { "otherModemType", 5, 2, BCF_NAME, bc_other_modem_type_names },
		  { "fixedNetworkUserRate", 0, 5, BCF_NAME, bc_fnur_names } } },
	{ "6e", { { "acceptableChannelCodings", 3, 4, BCF_BITS, bc_acc_names },
		  { "maximumNumberOfTrafficChannels", 0, 3, BCF_PLUS1, NULL } } },
	{ "6f", { { "uimi", 4, 3, BCF_NAME, bc_uimi_names },
		  { "wantedAirInterfaceUserRate", 0, 4, BCF_NAME, bc_aiur_names } } },
	{ "6g", { { "acceptableChannelCodingsExtended", 4, 3, BCF_BITS, bc_acc_ext_names },
		  { "channelCodingAsymmetry", 2, 2, BCF_NAME, bc_asymmetry_names } } },
	{ NULL, { { NULL, 0, 0, 0, NULL } } }
};

static const struct bc_octet bc_octet7[] = {
	{ "7", { { "layer2Identity", 5, 2, BCF_NAME, bc_layer2_identity_names },
		 { "userInformationLayer2Protocol", 0, 5, BCF_NAME, bc_layer2_protocol_names } } },
	{ NULL, { { NULL, 0, 0, 0, NULL } } }
};

/* the fields of octet o (value c) */
static void bc_emit_octet(struct tk_emitter *e, const struct bc_octet *o, uint8_t c)
{
	const struct bc_field *f;
	const struct tk_value_string *vs;
	char key[64];
	unsigned v;

	for (f = o->f; f < o->f + 7 && f->key; f++) {
		v = (c >> f->shift) & ((1u << f->width) - 1);
		switch (f->kind) {
		case BCF_NAME:
			if (f->width > 1) {
				snprintf(key, sizeof(key), "%sValue", f->key);
				tk_emit_kv_long(e, key, v);
			}
			tk_inner_emit_name(e, f->key, f->names, NULL, "reserved", v);
			break;
		case BCF_BITS:
			tk_emit_key(e, f->key);
			tk_emit_open(e, 1);
			for (vs = f->names; vs->name; vs++)
				if (c & vs->value)
					tk_emit_str(e, vs->name);
			tk_emit_close(e, 1);
			break;
		case BCF_PLUS1:
			tk_emit_kv_long(e, f->key, v + 1);
			break;
		}
	}
}

/*
 * One group of octets (4; 5, 5a, 5b; 6 .. 6g; 7) from v[*i]: each octet while the one before
 * has its extension bit (8) 0.  Extension octets past the last the group defines (a later
 * release's) are skipped.  Returns 0 when the group ends in an octet with extension bit 0
 * and nothing after it.
 */
static int bc_group(struct tk_emitter *e, const struct bc_octet *g, const uint8_t *v, size_t len,
		    size_t *i, struct tk_inner_err *er)
{
	size_t k;

	for (k = 0; *i < len; k++) {
		uint8_t c = v[(*i)++];

		if (g[k].label)
			bc_emit_octet(e, &g[k], c);
		else
			k--;	/* stay on the terminator: an unknown extension octet */
		if (c & 0x80)
			return 1;
	}
	tk_inner_fail(er, len, "truncated: the octet %s group ends in an octet with its extension "
		      "bit 0", g[0].label);
	return 0;
}

/*
 * Octets 4 onwards of 10.5.4.5 (the data bearer's): octet 4, the octet 5 group, then the
 * octet 6 group (layer 1 identity 01 in bits 7-6) and octet 7 (layer 2 identity 10), each
 * optional and told by its identity.  The fields by their names in the standard, each
 * value by name ("<key>Value" beside the multi-bit ones).
 */
static void bc_octets4on(struct tk_emitter *e, const uint8_t *v, size_t len, size_t i,
			 struct tk_inner_err *er)
{
	unsigned id;

	if (i >= len)
		return;
	if (!bc_group(e, bc_octet4, v, len, &i, er) || i >= len)
		return;
	if (!bc_group(e, bc_octet5, v, len, &i, er) || i >= len)
		return;
	id = (v[i] >> 5) & 3;
	if (id == 1 && (!bc_group(e, bc_octet6, v, len, &i, er) || i >= len))
		return;
	id = (v[i] >> 5) & 3;
	if (id == 2 && (!bc_group(e, bc_octet7, v, len, &i, er) || i >= len))
		return;
	if (id == 2)
		tk_inner_fail(er, i, "%zu octet%s after octet 7", len - i, len - i == 1 ? "" : "s");
	else
		tk_inner_fail(er, i, "octet 0x%02x is neither octet 6 (layer 1 identity 01) nor "
			      "octet 7 (layer 2 identity 10)", v[i]);
}

/*
 * 10.5.4.5 Bearer capability, from octet 3: "radioChannelRequirement", "codingStandard"
 * (bit 5: 0 GSM), "transferMode", "informationTransferCapability"; for speech the octets 3a
 * etc. (extension bit 8 of the octet before them 0) as "speechVersions" in preference order;
 * the octets 4 onwards of a data bearer in hex as "octets4On" and decoded beside it, field by
 * field (bc_octets4on).
 */
static void bearer_capability_24008(struct tk_emitter *e, const uint8_t *v, size_t len)
{
	struct tk_inner_err er;
	size_t i;

	len = tk_inner_start(e, &er, v, len);
	if (len < 1) {
		tk_inner_fail(&er, 0, "truncated: a bearer capability has octet 3 at least");
		goto out;
	}
	tk_inner_emit_name(e, "radioChannelRequirement", bc_rcr_names, NULL, "reserved", (v[0] >> 5) & 3);
	tk_emit_kv_str(e, "codingStandard", v[0] & 0x10 ? "reserved" : "GSM standardized coding");
	tk_emit_kv_str(e, "transferMode", v[0] & 0x08 ? "packet" : "circuit");
	tk_inner_emit_name(e, "informationTransferCapability", bc_itc_names, NULL, "reserved", v[0] & 7);
	/* octets 3a etc. follow while the extension bit of the octet before is 0 */
	for (i = 1; i < len && !(v[i - 1] & 0x80); i++)
		;
	if (!(v[i - 1] & 0x80))
		tk_inner_fail(&er, len, "truncated: the last octet has its extension bit 0");
	if (i > 1) {
		size_t k;

		tk_emit_key(e, "speechVersions");
		tk_emit_open(e, 1);
		for (k = 1; k < i; k++) {
			tk_emit_open(e, 0);
			/* bit 7: 0 the octet extends the ITC (a speech version), 1 another extension */
			tk_emit_kv_bool(e, "otherExtension", v[k] & 0x40);
			tk_emit_kv_long(e, "speechVersionValue", v[k] & 0x0f);
			if (!(v[k] & 0x40))
				tk_inner_emit_name(e, "speechVersion", bc_speech_version_names, NULL,
						   "speech version tbd", v[k] & 0x0f);
			tk_emit_close(e, 0);
		}
		tk_emit_close(e, 1);
	}
	if (i < len) {
		tk_emit_kv_hex(e, "octets4On", v + i, len - i);
		bc_octets4on(e, v, len, i, &er);
	}
out:
	tk_inner_finish(e, v, len, &er);
}

static void emit_ie_value(struct tk_emitter *e, enum tk_signal_protocol proto, uint8_t iei,
			  const uint8_t *v, size_t len)
{
	switch (iei) {
	case 0x04:
		/* the DSS1 bearer capability is the format ISUP carries as User Service
		 * Information; TS 24.008's is a different one */
		if (proto == TK_SIG_ETS_300102_1) {
			tk_emit_bearer_capability(e, v, len);
			return;
		}
		if (proto == TK_SIG_GSM_0408) {
			bearer_capability_24008(e, v, len);
			return;
		}
		break;
	case 0x08:
		/* Q.850 2.1 and TS 24.008 10.5.4.11 share octets 3, 3a and 4 */
		if (proto == TK_SIG_GSM_0408)
			tk_emit_24008_cause(e, v, len);
		else
			tk_emit_isup_cause(e, v, len);
		return;
	case 0x1c:
		/* facility: ROS components, BER; TS 24.080's operations in TS 24.008 call
		 * control (10.5.4.15), Q.932's otherwise */
		if (proto == TK_SIG_GSM_0408)
			tk_emit_ss_facility(e, v, len);
		else
			tk_emit_ber_tree(e, v, len);
		return;
	case 0x5e:
		if (proto == TK_SIG_GSM_0408) {
			tk_emit_bcd_number_24008(e, v, len);
			return;
		}
		break;
	case 0x5c:
	case 0x74:
		/* 10.5.4.9 calling and 10.5.4.21b redirecting party BCD numbers (octet 3a) */
		if (proto == TK_SIG_GSM_0408) {
			tk_emit_calling_bcd_number_24008(e, v, len);
			return;
		}
		break;
	case 0x40:
		/* 10.5.4.32 supported codec list (Q.931's 0x40 is the information rate) */
		if (proto == TK_SIG_GSM_0408) {
			tk_emit_supported_codec_list_24008(e, v, len);
			return;
		}
		break;
	case 0x1e:
		/* progress indicator: TS 24.008 10.5.4.21 (the DSS1 one stays in hex) */
		if (proto == TK_SIG_GSM_0408) {
			progress_indicator(e, v, len);
			return;
		}
		break;
	case 0x15:
		if (proto == TK_SIG_GSM_0408) {
			cc_capabilities(e, v, len);
			return;
		}
		break;
	case 0x19:
		if (proto == TK_SIG_GSM_0408) {
			alerting_pattern(e, v, len);
			return;
		}
		break;
	case 0x7f:
		/* TS 24.080 3.7.2 SS version indicator (Q.931's 0x7f is the escape for extension) */
		if (proto == TK_SIG_GSM_0408) {
			tk_emit_ss_version_24080(e, v, len);
			return;
		}
		break;
	default:
		break;
	}
	tk_emit_hex(e, v, len);
}

/* a list of Q.931-style elements: single octets, or identifier, length, value; offsets in
 * errors count from base */
static void ie_list(struct tk_emitter *e, enum tk_signal_protocol proto, const uint8_t *p, size_t n,
		    size_t base, struct tk_inner_err *er)
{
	int gsm = proto == TK_SIG_GSM_0408;
	const struct tk_value_string *names = gsm ? gsm0408_ie_names : q931_ie_names;
	const struct tk_value_string *single = gsm ? gsm0408_single_names : q931_single_names;
	size_t off = 0;

	tk_emit_key(e, "ies");
	tk_emit_open(e, 1);
	while (off < n) {
		uint8_t iei = p[off];
		size_t len;

		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "iei", iei);
		if (iei & 0x80) {
			uint8_t key = (iei & 0xf0) == 0xa0 ? iei : iei & 0xf0;
			tk_inner_emit_name(e, "name", single, NULL, "single-octet element", key);
			if ((iei & 0xf0) != 0xa0)
				tk_emit_kv_long(e, "value", iei & 0x0f);
			tk_emit_close(e, 0);
			off++;
			continue;
		}
		tk_inner_emit_name(e, "name", names, NULL, "unknown element", iei);
		if (gsm && (iei == 0x34 || iei == 0x2c)) {
			/* TS 24.008 9.3: signal and keypad facility are type 3, one value octet */
			if (off + 2 > n) {
				tk_inner_fail(er, base + off, "element 0x%02x without its value octet", iei);
				tk_emit_close(e, 0);
				break;
			}
			tk_emit_kv_long(e, "value", p[off + 1]);
			tk_emit_close(e, 0);
			off += 2;
			continue;
		}
		if (off + 2 > n) {
			tk_inner_fail(er, base + off, "element 0x%02x without its length octet", iei);
			tk_emit_close(e, 0);
			break;
		}
		len = p[off + 1];
		if (off + 2 + len > n) {
			tk_inner_fail(er, base + off + 1, "element 0x%02x of length %zu, %zu octets follow",
				      iei, len, n - off - 2);
			tk_emit_kv_hex(e, "value", p + off + 2, n - off - 2);
			tk_emit_close(e, 0);
			break;
		}
		tk_emit_key(e, "value");
		emit_ie_value(e, proto, iei, p + off + 2, len);
		tk_emit_close(e, 0);
		off += 2 + len;
	}
	tk_emit_close(e, 1);
}

void tk_emit_signal_info(struct tk_emitter *e, enum tk_signal_protocol proto, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	switch (proto) {
	case TK_SIG_GSM_0806:
		tk_emit_bssap(e, p, n);
		return;
	case TK_SIG_EXT_ETS_300356:
		tk_emit_isup_parameters(e, p, n);
		return;
	case TK_SIG_GSM_0408:
	case TK_SIG_ETS_300102_1:
		n = tk_inner_start(e, &er, p, n);
		if (n == 0)
			tk_inner_fail(&er, 0, "empty");
		ie_list(e, proto, p, n, 0, &er);
		tk_inner_finish(e, p, n, &er);
		return;
	default:
		n = tk_inner_start(e, &er, p, n);
		tk_inner_fail(&er, 0, "protocolId %d: TS 29.002 reserves it, the content is not defined",
			      (int)proto);
		tk_inner_finish(e, p, n, &er);
		return;
	}
}

void tk_emit_24008_ies(struct tk_emitter *e, const uint8_t *p, size_t n, size_t base, struct tk_inner_err *er)
{
	ie_list(e, TK_SIG_GSM_0408, p, n, base, er);
}

void tk_emit_progress_indicator_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	progress_indicator(e, p, n);
}
