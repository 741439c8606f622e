/*
 * The signalInfo of TS 29.002 ExternalSignalInfo and Ext-ExternalSignalInfo, read in the
 * protocol its sibling (ext-)protocolId names.  TS 29.002 7.6.9 says the octets are
 * "concatenated information elements (including tag and length) which are defined by a
 * common protocol version": TS 24.008 (gsm-0408) or DSS1 (ets-300102-1) information
 * elements, ISUP parameters (ets-300356), or for gsm-0806 a whole BSSAP message (the
 * bss-APDU of MAP v1/v2 handover).  The ISUP and BSSAP layouts are decoded by isup.c and
 * bssap.c; the element lists of 24.008 and Q.931 are walked here.
 */
#include <string.h>

#include "ber_tree.h"
#include "bssap.h"
#include "dtap.h"
#include "inner.h"
#include "isup.h"
#include "location.h"
#include "names.h"
#include "signal_info.h"

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

/*
 * 10.5.4.5 Bearer capability, from octet 3: "radioChannelRequirement", "codingStandard"
 * (bit 5: 0 GSM), "transferMode", "informationTransferCapability"; for speech the octets 3a
 * etc. (extension bit 8 of the octet before them 0) as "speechVersions" in preference order;
 * the octets 4 onwards of a data bearer stay in hex as "octets4On".
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
	if (i < len)
		tk_emit_kv_hex(e, "octets4On", v + i, len - i);
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
		/* facility: ROS components (TS 24.080 / Q.932), BER */
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
