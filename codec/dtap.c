/*
 * DTAP layer 3 messages (TS 24.007 clause 11 header; TS 24.008 clause 9.2 mobility
 * management, 9.3 call control, 9.4 GPRS mobility management and 9.5 GPRS session
 * management; TS 44.018 9.1 handover RR messages; TS 24.080 clause 2 supplementary
 * services; TS 24.011 clause 7 short message CP and RP messages).
 *
 * A message is its header, the mandatory elements in the order of the message's table
 * (type 1 half octets, V, LV: no identifier, so they are read by position), then the
 * optional elements by identifier.  An identifier the message's table does not list is
 * skipped by the rules of TS 24.007 11.2.4 (bit 8 set: a single octet; else identifier,
 * length, value) and listed with its octets, so what follows is still decoded.  Message
 * names: MM, CC, GMM and SM from TS 24.008 10.4, RR from TS 44.018 10.4, SMS CP from
 * TS 24.011 8.1.3, SS from TS 24.080 3.4, the other protocols from libosmocore
 * (gsm48_pdisc_msgtype_name).  The RR frequency lists and
 * mobile allocations are decoded by freqlist.c, the TFT (10.5.6.12) by eps_nas.c.  The
 * emergency number list, GPRS timer 3 (T3246, per MS T3212), supported codec list, receive
 * N-PDU number list, MBMS context status, uplink data status, extended DRX parameters, PS
 * LCS capability, voice domain preference, NRI container, additional network feature
 * support, re-attempt indicator and the NBIFOM container's TS 24.161 parameter list are
 * decoded here (the call control elements by signal_info.c) and also serve eps_nas.c; the UE
 * network capability (TS 24.301 9.9.3.34) is decoded by eps_nas.c.  The NBIFOM routing rules
 * and IP flow mapping stay in hex, as do the opaque values (RAND, AUTN, SRES, AUTS, MAC, P-TMSI signature, LSA identity).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <osmocom/gsm/protocol/gsm_04_08.h>

#include "ber_tree.h"
#include "bssap.h"
#include "classmark.h"
#include "csn1.h"
#include "dtap.h"
#include "eps_nas.h"
#include "freqlist.h"
#include "gprs_qos.h"
#include "inner.h"
#include "isup.h"
#include "location.h"
#include "lte_rrc.h"
#include "names.h"
#include "rrc.h"
#include "signal_info.h"
#include "ss.h"
#include "sms.h"
#include "subscriber.h"
#include "values.h"

/* ---- reading ------------------------------------------------------------------------------ */

/* a message being read: octets, the next one, and where errors point */
struct l3 {
	struct tk_emitter *e;
	const uint8_t *p;
	size_t n;
	size_t off;
	size_t base;		/* offset of p[0] in the octets er counts in */
	struct tk_inner_err *er;
	int ok;			/* 0 once a mandatory element is missing: nothing after it is read */
};

static void fail(struct l3 *m, size_t at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void fail(struct l3 *m, size_t at, const char *fmt, ...)
{
	char buf[128];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	tk_inner_fail(m->er, m->base + at, "%s", buf);
}

/* k octets of a mandatory V element, or NULL (and stop) when the message ends first */
static const uint8_t *take_v(struct l3 *m, size_t k, const char *what)
{
	const uint8_t *v;

	if (!m->ok)
		return NULL;
	if (m->n - m->off < k) {
		fail(m, m->n, "truncated: the mandatory %s needs %zu octets, %zu present", what, k,
		     m->n - m->off);
		m->ok = 0;
		return NULL;
	}
	v = m->p + m->off;
	m->off += k;
	return v;
}

/* a mandatory LV element: its value and length, or NULL (and stop) */
static const uint8_t *take_lv(struct l3 *m, const char *what, size_t *len)
{
	const uint8_t *v;

	if (!m->ok)
		return NULL;
	if (m->off >= m->n) {
		fail(m, m->off, "truncated: the mandatory %s is missing", what);
		m->ok = 0;
		return NULL;
	}
	*len = m->p[m->off];
	if (*len > m->n - m->off - 1) {
		fail(m, m->off, "the mandatory %s of length %zu runs past the message (%zu octets follow)",
		     what, *len, m->n - m->off - 1);
		m->ok = 0;
		return NULL;
	}
	v = m->p + m->off + 1;
	m->off += 1 + *len;
	return v;
}

typedef void (*val_fn)(struct tk_emitter *e, const uint8_t *p, size_t n);

static void lv(struct l3 *m, const char *key, const char *what, val_fn fn)
{
	size_t len;
	const uint8_t *v = take_lv(m, what, &len);

	if (!v)
		return;
	tk_emit_key(m->e, key);
	fn(m->e, v, len);
}

static void v_hex(struct l3 *m, const char *key, const char *what, size_t k)
{
	const uint8_t *v = take_v(m, k, what);

	if (v)
		tk_emit_kv_hex(m->e, key, v, k);
}

/* ---- element values (each emits one value) ------------------------------------------------ */

static void val_hex(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_hex(e, p, n);
}

/* TS 24.008 10.5.1.4 Mobile identity: the BSSMAP Mobile Identity IE (TS 48.008 3.2.2.41)
 * carries the same octets, so its decoder is used */
static void val_mobile_identity(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_bssmap_ie(e, 0x29, p, n);
}

/* TS 24.008 10.5.1.5 Mobile station classmark 1 = TS 48.008 Classmark Information Type 1 */
static void val_classmark1(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_bssmap_ie(e, 0x1d, p, n);
}

static void val_lai(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_plmn_cell(e, p, n, TK_LOC_LAI);
}

/* TS 24.008 10.5.1.13 PLMN list (equivalent PLMNs): PLMN identities of 3 octets */
static void val_plmn_list(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	tk_emit_key(e, "plmns");
	tk_emit_open(e, 1);
	for (i = 0; i + 3 <= n; i += 3)
		tk_emit_plmn_cell(e, p + i, 3, TK_LOC_PLMN);
	tk_emit_close(e, 1);
	if (n % 3)
		tk_inner_fail(&er, n - n % 3, "%zu octets after the last PLMN identity", n % 3);
	tk_inner_finish(e, p, n, &er);
}

/* TS 24.008 10.5.3.5a Network name: coding scheme, add CI, spare bits, then the text */
static const struct tk_value_string name_coding_names[] = {
	{ 0, "GSM default alphabet (TS 23.038), packed" },
	{ 1, "UCS2 (16 bit)" },
	{ 0, NULL }
};

static void val_network_name(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	char text[1024];
	unsigned cs, spare;
	int r = -1;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: the coding scheme octet is missing");
		goto out;
	}
	cs = (p[0] >> 4) & 7;
	spare = p[0] & 7;
	tk_inner_emit_name(e, "codingScheme", name_coding_names, NULL, "reserved", cs);
	tk_emit_kv_bool(e, "addCountryInitials", p[0] & 0x08);
	tk_emit_kv_long(e, "spareBitsInLastOctet", spare);
	if (cs == 0) {
		/* 000 in the spare bit field says nothing about them: every full septet counts */
		size_t bits = (n - 1) * 8;
		r = tk_gsm7_default_text(p + 1, n - 1, (bits - (bits >= spare ? spare : 0)) / 7, text,
					 sizeof(text));
	} else if (cs == 1) {
		r = tk_ucs2_text(p + 1, n - 1, text, sizeof(text));
	} else {
		tk_inner_fail(&er, 0, "coding scheme %u is reserved", cs);
		goto out;
	}
	if (r < 0)
		tk_inner_fail(&er, 1, "the text does not decode in its coding scheme");
	else
		tk_emit_kv_str(e, "text", text);
out:
	tk_inner_finish(e, p, n, &er);
}

/* TS 24.008 10.5.3.8 Time zone: coded as the TS 23.040 TP-SCTS time zone octet */
static void val_time_zone(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	char tz[16];

	n = tk_inner_start(e, &er, p, n);
	if (n < 1)
		tk_inner_fail(&er, 0, "truncated: the time zone octet is missing");
	else if (tk_tp_timezone(p[0], tz, sizeof(tz)) < 0)
		tk_inner_fail(&er, 0, "the time zone is not two decimal digits");
	else
		tk_emit_kv_str(e, "timeZone", tz);
	tk_inner_finish(e, p, n, &er);
}

/* TS 24.008 10.5.3.9 Time zone and time: year, month, day, hour, minute, second (universal
 * time) and the local time zone, each two semi-octets swapped as in TS 23.040 9.2.3.11 */
static void val_time_and_zone(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	char buf[64], tz[16];
	const char *bad;
	int v[6];

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_need(&er, n, 7, "time zone and time"))
		goto out;
	bad = tk_scts_fields(p, v);
	if (bad) {
		tk_inner_fail(&er, 0, "%s", bad);
		goto out;
	}
	/* two year digits: the network sends the current time, so 20YY */
	snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d:%02dZ", 2000 + v[0], v[1], v[2], v[3],
		 v[4], v[5]);
	tk_emit_kv_str(e, "universalTime", buf);
	if (tk_tp_timezone(p[6], tz, sizeof(tz)) < 0)
		tk_inner_fail(&er, 6, "the time zone is not two decimal digits");
	else
		tk_emit_kv_str(e, "timeZone", tz);
	tk_inner_extra(&er, n, 7, "time zone and time");
out:
	tk_inner_finish(e, p, n, &er);
}

/* TS 24.008 10.5.3.12 Network daylight saving time, bits 2-1 */
static const struct tk_value_string dst_names[] = {
	{ 0, "no adjustment for daylight saving time" },
	{ 1, "+1 hour adjustment for daylight saving time" },
	{ 2, "+2 hours adjustment for daylight saving time" },
	{ 3, "reserved" },
	{ 0, NULL }
};

static void val_dst(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1)
		tk_inner_fail(&er, 0, "truncated: the daylight saving time octet is missing");
	else
		tk_inner_emit_name(e, "daylightSavingTime", dst_names, NULL, "reserved", p[0] & 3);
	tk_inner_finish(e, p, n, &er);
}

/* TS 24.080 3.7.2 SS version indicator, octet 3 (further octets are ignored by receivers) */
static const struct tk_value_string ss_version_names[] = {
	{ 0, "phase 2 service, ellipsis notation and phase 2 error handling supported" },
	{ 1, "SS-Protocol version 3 and phase 2 error handling supported" },
	{ 0, NULL }
};

static void val_ss_version(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1)
		tk_inner_fail(&er, 0, "truncated: the SS version octet is missing");
	else
		tk_inner_emit_name(e, "ssVersion", ss_version_names, NULL, "reserved", p[0]);
	tk_inner_finish(e, p, n, &er);
}

/* TS 24.008 10.5.1.11 Priority level (type 1: the value half octet is passed as p[0]) */
static const struct tk_value_string priority_names[] = {
	{ 0, "no priority applied" },
	{ 1, "call priority level 4" },
	{ 2, "call priority level 3" },
	{ 3, "call priority level 2" },
	{ 4, "call priority level 1" },
	{ 5, "call priority level 0" },
	{ 6, "call priority level B" },
	{ 7, "call priority level A" },
	{ 0, NULL }
};

static void val_priority(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	const char *s = tk_vs_name(priority_names, p[0] & 7);

	(void)n;
	tk_emit_str(e, s ? s : "spare");	/* bit 4 is spare; all eight codes have a name */
}

/*
 * The flag-like type 1 elements (the value half octet is passed as p[0]).  A single flag is
 * one string; several are one object with "hex" (the half octet).
 */

/* TS 24.008 10.5.7.8 Device properties: bit 1 low priority */
static void val_device_properties(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_str(e, p[0] & 1 ? "MS is configured for NAS signalling low priority" :
		    "MS is not configured for NAS signalling low priority");
}

/* TS 24.008 10.5.1.15 MS network feature support: bit 1 extended periodic timers */
static void val_ms_network_feature(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_str(e, p[0] & 1 ? "MS supports the extended periodic timer in this domain" :
		    "MS does not support the extended periodic timer in this domain");
}

/* TS 24.008 10.5.5.29 P-TMSI type: bit 1 */
static void val_ptmsi_type(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_str(e, p[0] & 1 ? "mapped P-TMSI" : "native P-TMSI");
}

/* several one-bit flags of a half octet as booleans: keys[i] is bit 4 - i, NULL a spare bit */
static void half_octet_flags(struct tk_emitter *e, const uint8_t *p, size_t n,
			     const char *const keys[4])
{
	struct tk_inner_err er;
	int i;

	n = tk_inner_start(e, &er, p, n);
	for (i = 0; i < 4 && n; i++)
		if (keys[i])
			tk_emit_kv_bool(e, keys[i], p[0] & (8u >> i));
	tk_inner_finish(e, p, n, &er);
}

/* TS 24.008 10.5.3.14 Additional update parameters: DRVCC (bit 3), CSMO (bit 2), CSMT (bit 1):
 * the MM connection is for a DRVCC call, a CS fallback mobile originating or terminating call */
static void val_additional_update_parameters(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const char *const keys[4] = { NULL, "drvccCall", "csFallbackMobileOriginating",
					      "csFallbackMobileTerminating" };

	half_octet_flags(e, p, n, keys);
}

/* TS 24.008 10.5.5.23 Network feature support: LCS-MOLR via PS (bit 4), MBMS (bit 3), IMS voice
 * over PS session (bit 2) and emergency bearer services (bit 1) supported in Iu mode */
static void val_network_feature_support(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const char *const keys[4] = { "lcsMolrSupported", "mbmsSupported",
					      "imsVoiceOverPsSupported",
					      "emergencyBearerServicesSupported" };

	half_octet_flags(e, p, n, keys);
}

/* TS 24.008 10.5.5.25 Requested MS information: I-RAT (bit 4), I-RAT2 (bit 3): the network
 * asks for the inter RAT / E-UTRAN inter RAT information container */
static void val_requested_ms_information(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const char *const keys[4] = { "interRatInformationRequested",
					      "eUtranInterRatInformationRequested", NULL, NULL };

	half_octet_flags(e, p, n, keys);
}

/* TS 24.008 10.5.6.20 WLAN offload acceptability: offloading the PDN connection's traffic via
 * a WLAN is acceptable in Iu mode (bit 2), in S1 mode (bit 1) */
static void val_wlan_offload(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const char *const keys[4] = { NULL, NULL, "iuModeOffloadAcceptable",
					      "s1ModeOffloadAcceptable" };

	half_octet_flags(e, p, n, keys);
}

/* ---- list and bitmap elements of TS 24.008 10.5.3, 10.5.4, 10.5.5 and 10.5.7 --------------- */

static void val_gprs_timer3(struct tk_emitter *e, const uint8_t *p, size_t n);
static void val_rai(struct tk_emitter *e, const uint8_t *p, size_t n);

/* key: the names of the set bits of v (bit i named by vs, else "unassigned (i)"), an array */
static void emit_bit_names(struct tk_emitter *e, const char *key, const struct tk_value_string *vs,
			   unsigned long v, unsigned nbits)
{
	char buf[48];
	unsigned i;

	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i < nbits; i++) {
		const char *s;

		if (!(v & (1ul << i)))
			continue;
		s = tk_vs_name(vs, i);
		if (!s) {
			snprintf(buf, sizeof(buf), "unassigned (%u)", i);
			s = buf;
		}
		tk_emit_str(e, s);
	}
	tk_emit_close(e, 1);
}

/* TS 24.008 10.5.4.33 Service category, bits 5-1 (the bit number from 0); the Emergency Number
 * List's octet 4 uses these five, its bits 8-6 are spare (the eCall bits 7-6 of 10.5.4.33 are
 * not part of 10.5.3.13) */
static const struct tk_value_string emergency_category_bits[] = {
	{ 0, "police" },
	{ 1, "ambulance" },
	{ 2, "fire brigade" },
	{ 3, "marine guard" },
	{ 4, "mountain rescue" },
	{ 0, NULL }
};

/*
 * TS 24.008 10.5.3.13 Emergency Number List, from octet 3: entries of a length octet (the
 * category octet and the digits), the emergency service category value (bits 5-1) and the
 * number in BCD (digit 1 in bits 4-1, an odd count ends with the filler 1111):
 * "emergencyNumbers": [{"serviceCategoryValue", "serviceCategories", "number"}].
 */
static void val_emergency_number_list(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	char digits[520];
	size_t i = 0, len;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1)
		tk_inner_fail(&er, 0, "truncated: an emergency number list has an entry or more");
	tk_emit_key(e, "emergencyNumbers");
	tk_emit_open(e, 1);
	while (i < n) {
		len = p[i];
		if (len < 1) {
			tk_inner_fail(&er, i, "an emergency number entry of length 0 (it has a category octet)");
			break;
		}
		if (len > n - i - 1) {
			tk_inner_fail(&er, i, "an emergency number entry of length %zu, %zu octets follow",
				      len, n - i - 1);
			break;
		}
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "serviceCategoryValue", p[i + 1] & 0x1f);
		emit_bit_names(e, "serviceCategories", emergency_category_bits, p[i + 1] & 0x1f, 5);
		if (p[i + 1] & 0xe0)
			tk_emit_kv_long(e, "spareBits", p[i + 1] >> 5);
		if (tk_tbcd_digits(p + i + 2, len - 1, digits, sizeof(digits)) >= 0)
			tk_emit_kv_str(e, "number", digits);
		else
			tk_inner_fail(&er, i, "an emergency number of %zu octets is too long", len - 1);
		if (len < 2)
			tk_inner_fail(&er, i, "an emergency number entry without digits");
		tk_emit_close(e, 0);
		i += 1 + len;
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* TS 24.008 10.5.4.32 Supported codec list: system identification */
static const struct tk_value_string sysid_names[] = {
	{ 0x00, "GSM" },
	{ 0x04, "UMTS" },
	{ 0, NULL }
};

/* TS 26.103 codec types (5.2: the bitmap's bit 1 is codec type 0, GSM FR, and so on) */
static const struct tk_value_string codec_type_names[] = {
	{ 0, "GSM FR" },
	{ 1, "GSM HR" },
	{ 2, "GSM EFR" },
	{ 3, "FR AMR" },
	{ 4, "HR AMR" },
	{ 5, "UMTS AMR" },
	{ 6, "UMTS AMR 2" },
	{ 7, "TDMA EFR" },
	{ 8, "PDC EFR" },
	{ 9, "FR AMR-WB" },
	{ 10, "UMTS AMR-WB" },
	{ 11, "OHR AMR" },
	{ 12, "OFR AMR-WB" },
	{ 13, "OHR AMR-WB" },
	{ 14, "UMTS EVS" },
	{ 0, NULL }
};

/*
 * TS 24.008 10.5.4.32 Supported codec list, from octet 3: per system, its identification,
 * the bitmap length and the codec bitmap (octet 1 bits 1-8 = codec types 0-7, octet 2 =
 * 8-15): "systems": [{"sysIdValue", "sysId", "codecBitmap" (hex), "codecs"}].
 */
static void val_supported_codecs(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i = 0, len, k;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1)
		tk_inner_fail(&er, 0, "truncated: a supported codec list has a system or more");
	tk_emit_key(e, "systems");
	tk_emit_open(e, 1);
	while (i < n) {
		unsigned long bits = 0;

		if (n - i < 2) {
			tk_inner_fail(&er, n, "truncated: the bitmap length of a system is missing");
			break;
		}
		len = p[i + 1];
		if (len > n - i - 2) {
			tk_inner_fail(&er, i + 1, "a codec bitmap of length %zu, %zu octets follow", len,
				      n - i - 2);
			break;
		}
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "sysIdValue", p[i]);
		tk_inner_emit_name(e, "sysId", sysid_names, NULL, "unassigned", p[i]);
		tk_emit_kv_hex(e, "codecBitmap", p + i + 2, len);
		/* codec types 0-31 at most are named; later octets stay in the bitmap's hex */
		for (k = 0; k < len && k < 4; k++)
			bits |= (unsigned long)p[i + 2 + k] << (8 * k);
		emit_bit_names(e, "codecs", codec_type_names, bits, len < 4 ? 8 * (unsigned)len : 32);
		tk_emit_close(e, 0);
		if (len < 1)
			tk_inner_fail(&er, i + 1, "a codec bitmap of length 0");
		i += 2 + len;
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/*
 * TS 24.008 10.5.5.11 Receive N-PDU number list, from octet 3: 12-bit entries of an NSAPI
 * (4 bits) and its receive N-PDU number (8 bits), packed from bit 8 of octet 3, with 4 spare
 * bits after an odd count: "receiveNpduNumbers": [{"nsapi", "receiveNpduNumber"}].
 */
static void val_receive_npdu_numbers(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t nib, nibs;

	n = tk_inner_start(e, &er, p, n);
	nibs = 2 * n;
	if (n < 2)
		tk_inner_fail(&er, 0, "truncated: a receive N-PDU number list has 2 octets or more");
	tk_emit_key(e, "receiveNpduNumbers");
	tk_emit_open(e, 1);
	for (nib = 0; nib + 3 <= nibs; nib += 3) {
		/* semi-octet j: bits 8-5 of octet j / 2 for an even j, bits 4-1 for an odd one */
		unsigned v[3], j;

		for (j = 0; j < 3; j++)
			v[j] = (nib + j) % 2 ? p[(nib + j) / 2] & 0x0f : p[(nib + j) / 2] >> 4;
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "nsapi", v[0]);
		tk_emit_kv_long(e, "receiveNpduNumber", (long)(v[1] << 4 | v[2]));
		tk_emit_close(e, 0);
		if (v[0] < 5)
			tk_inner_fail(&er, nib / 2, "NSAPI %u is reserved (5 to 15 are used)", v[0]);
	}
	tk_emit_close(e, 1);
	/* 1 or 2 semi-octets left: 4 spare bits, or an entry cut short */
	if (nibs - nib == 2)
		tk_inner_fail(&er, nib / 2, "an entry of the receive N-PDU number list is cut short");
	tk_inner_finish(e, p, n, &er);
}

/*
 * TS 24.008 10.5.7.6 MBMS context status, from octet 3: one bit per MBMS NSAPI, octet 3
 * bit 1 = NSAPI 128 up to octet 18 bit 8 = NSAPI 255: "activeMbmsNsapis" (those with a
 * context that is not inactive)
 */
static void val_mbms_context_status(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	tk_emit_key(e, "activeMbmsNsapis");
	tk_emit_open(e, 1);
	for (i = 0; i < 8 * n && i < 128; i++)
		if (p[i / 8] & (1u << (i % 8)))
			tk_emit_long(e, 128 + (long)i);
	tk_emit_close(e, 1);
	tk_inner_extra(&er, n, 16, "an MBMS context status");
	tk_inner_finish(e, p, n, &er);
}

/* TS 24.008 10.5.5.32 Extended DRX parameters, octet 3 bits 4-1: the eDRX cycle length in
 * A/Gb mode (about, in 51-multiframes of 235.38 ms) */
static const struct tk_value_string edrx_agb_names[] = {
	{ 0, "about 1.88 s" },
	{ 1, "about 3.76 s" },
	{ 2, "about 7.53 s" },
	{ 3, "about 12.24 s" },
	{ 4, "about 24.48 s" },
	{ 5, "about 48.96 s" },
	{ 6, "about 97.92 s" },
	{ 7, "about 195.84 s" },
	{ 8, "about 391.68 s" },
	{ 9, "about 783.36 s" },
	{ 10, "about 1566.72 s" },
	{ 11, "about 3133.44 s" },
	{ 0, NULL }
};

/* ... in Iu mode */
static const struct tk_value_string edrx_iu_names[] = {
	{ 0, "10.24 s" },
	{ 1, "20.48 s" },
	{ 2, "40.96 s" },
	{ 3, "81.92 s" },
	{ 4, "163.84 s" },
	{ 5, "327.68 s" },
	{ 6, "655.36 s" },
	{ 7, "1310.72 s" },
	{ 8, "1966.08 s" },
	{ 9, "2621.44 s" },
	{ 0, NULL }
};

/* ... in S1 mode */
static const struct tk_value_string edrx_s1_names[] = {
	{ 0, "5.12 s" },
	{ 1, "10.24 s" },
	{ 2, "20.48 s" },
	{ 3, "40.96 s" },
	{ 4, "61.44 s" },
	{ 5, "81.92 s" },
	{ 6, "102.4 s" },
	{ 7, "122.88 s" },
	{ 8, "143.36 s" },
	{ 9, "163.84 s" },
	{ 10, "327.68 s" },
	{ 11, "655.36 s" },
	{ 12, "1310.72 s" },
	{ 13, "2621.44 s" },
	{ 14, "5242.88 s" },
	{ 15, "10485.76 s" },
	{ 0, NULL }
};

/* ... octet 3 bits 8-5: the paging time window in Iu mode */
static const struct tk_value_string ptw_iu_names[] = {
	{ 0, "0 s" }, { 1, "1 s" }, { 2, "2 s" }, { 3, "3 s" }, { 4, "4 s" }, { 5, "5 s" },
	{ 6, "6 s" }, { 7, "7 s" }, { 8, "8 s" }, { 9, "9 s" }, { 10, "10 s" }, { 11, "12 s" },
	{ 12, "14 s" }, { 13, "16 s" }, { 14, "18 s" }, { 15, "20 s" },
	{ 0, NULL }
};

/* key: hundredths of a second as "N.NN s" (the way the tables above write them) */
static void emit_centiseconds(struct tk_emitter *e, const char *key, unsigned long cs)
{
	char buf[32];

	if (cs % 100 == 0)
		snprintf(buf, sizeof(buf), "%lu s", cs / 100);
	else if (cs % 10 == 0)
		snprintf(buf, sizeof(buf), "%lu.%lu s", cs / 100, cs / 10 % 10);
	else
		snprintf(buf, sizeof(buf), "%lu.%02lu s", cs / 100, cs % 100);
	tk_emit_kv_str(e, key, buf);
}

/*
 * TS 24.008 10.5.5.32 Extended DRX parameters, octet 3: "pagingTimeWindowValue" (bits 8-5)
 * and its length in Iu mode, WB-S1 mode ((value + 1) x 1.28 s) and NB-S1 mode ((value + 1) x
 * 2.56 s); "edrxValue" (bits 4-1) and the cycle length in A/Gb, Iu and S1 mode.  Codes a mode
 * does not assign are read as 0000 (the standard's rule), which the name says.
 */
static void val_extended_drx(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	unsigned ptw, v;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_fixed(&er, n, 1, "extended DRX parameters"))
		goto out;
	ptw = p[0] >> 4;
	v = p[0] & 0x0f;
	tk_emit_kv_long(e, "pagingTimeWindowValue", ptw);
	tk_inner_emit_name(e, "pagingTimeWindowIuMode", ptw_iu_names, NULL, "unassigned", ptw);
	emit_centiseconds(e, "pagingTimeWindowWbS1Mode", (ptw + 1ul) * 128);
	emit_centiseconds(e, "pagingTimeWindowNbS1Mode", (ptw + 1ul) * 256);
	tk_emit_kv_long(e, "edrxValue", v);
	tk_inner_emit_name(e, "edrxCycleAGbMode", edrx_agb_names, NULL,
			   "unassigned, read as 0000 (about 1.88 s)", v);
	tk_inner_emit_name(e, "edrxCycleIuMode", edrx_iu_names, NULL,
			   "unassigned, read as 0000 (10.24 s)", v);
	tk_inner_emit_name(e, "edrxCycleS1Mode", edrx_s1_names, NULL, "unassigned", v);
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- optional elements by identifier ------------------------------------------------------- */

/* TS 24.007 11.2.1.1: type 1 (identifier in bits 8-5, value in 4-1), type 2 (identifier
 * only), type 3 (identifier and a value of fixed length), type 4 (identifier, length), type 6
 * (TLV-E: identifier, a length of two octets) */
enum ie_fmt { F_TV1 = 1, F_T, F_TV, F_TLV, F_TLVE };

struct ie_def {
	uint8_t iei;		/* F_TV1: bits 8-5, bits 4-1 zero */
	uint8_t fmt;
	uint8_t len;		/* F_TV: the whole element, identifier included */
	const char *name;
	val_fn dec;		/* NULL: the value in hex */
};

static const struct ie_def *find_ie(const struct ie_def *defs, uint8_t iei)
{
	for (; defs && defs->name; defs++) {
		if (defs->fmt == F_TV1 ? (iei & 0xf0) == defs->iei : iei == defs->iei)
			return defs;
	}
	return NULL;
}

/* the rest of the message as optional elements: "ies": [{"iei", "name", "value"}] */
static void opt_ies(struct l3 *m, const struct ie_def *defs)
{
	struct tk_emitter *e = m->e;

	if (!m->ok)
		return;
	tk_emit_key(e, "ies");
	tk_emit_open(e, 1);
	while (m->off < m->n) {
		const uint8_t *q = m->p + m->off;
		size_t left = m->n - m->off, len;
		const struct ie_def *d = find_ie(defs, q[0]);

		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "iei", q[0]);
		tk_emit_kv_str(e, "name", d ? d->name : "unknown element");
		if (d ? d->fmt == F_TV1 || d->fmt == F_T : (q[0] & 0x80)) {
			/* single octet */
			if (d && d->fmt == F_TV1) {
				uint8_t half = q[0] & 0x0f;
				tk_emit_key(e, "value");
				if (d->dec)
					d->dec(e, &half, 1);
				else
					tk_emit_long(e, half);
			} else if (!d) {
				tk_emit_kv_hex(e, "value", q, 1);
			}
			tk_emit_close(e, 0);
			m->off++;
			continue;
		}
		if (d && d->fmt == F_TV) {
			if (left < d->len) {
				fail(m, m->off, "element 0x%02x needs %u octets, %zu present", q[0],
				     d->len, left);
				tk_emit_kv_hex(e, "value", q + 1, left - 1);
				tk_emit_close(e, 0);
				break;
			}
			tk_emit_key(e, "value");
			(d->dec ? d->dec : val_hex)(e, q + 1, d->len - 1u);
			tk_emit_close(e, 0);
			m->off += d->len;
			continue;
		}
		if (d && d->fmt == F_TLVE) {
			if (left < 3) {
				fail(m, m->off, "element 0x%02x without its two length octets", q[0]);
				tk_emit_close(e, 0);
				break;
			}
			len = (size_t)q[1] << 8 | q[2];
			if (len > left - 3) {
				fail(m, m->off + 1, "element 0x%02x of length %zu, %zu octets follow",
				     q[0], len, left - 3);
				tk_emit_kv_hex(e, "value", q + 3, left - 3);
				tk_emit_close(e, 0);
				break;
			}
			tk_emit_key(e, "value");
			(d->dec ? d->dec : val_hex)(e, q + 3, len);
			tk_emit_close(e, 0);
			m->off += 3 + len;
			continue;
		}
		/* type 4, and by TS 24.007 11.2.4 any unknown identifier with bit 8 zero */
		if (!d && (q[0] & 0xf0) == 0)
			fail(m, m->off, "unknown element 0x%02x is comprehension required (TS 24.007 11.2.4)",
			     q[0]);
		if (left < 2) {
			fail(m, m->off, "element 0x%02x without its length octet", q[0]);
			tk_emit_close(e, 0);
			break;
		}
		len = q[1];
		if (len > left - 2) {
			fail(m, m->off + 1, "element 0x%02x of length %zu, %zu octets follow", q[0], len,
			     left - 2);
			tk_emit_kv_hex(e, "value", q + 2, left - 2);
			tk_emit_close(e, 0);
			break;
		}
		tk_emit_key(e, "value");
		(d && d->dec ? d->dec : val_hex)(e, q + 2, len);
		tk_emit_close(e, 0);
		m->off += 2 + len;
	}
	m->off = m->n;
	tk_emit_close(e, 1);
}

/* a message without optional elements: octets after it are reported */
static void no_more(struct l3 *m)
{
	if (m->ok && m->off < m->n) {
		fail(m, m->off, "%zu octets after the message", m->n - m->off);
		tk_emit_kv_hex(m->e, "extraOctets", m->p + m->off, m->n - m->off);
	}
}

/* ---- mobility management (TS 24.008 9.2) --------------------------------------------------- */

/* TS 24.008 10.5.3.6 reject cause */
static const struct tk_value_string reject_cause_names[] = {
	{ 2, "IMSI unknown in HLR" },
	{ 3, "Illegal MS" },
	{ 4, "IMSI unknown in VLR" },
	{ 5, "IMEI not accepted" },
	{ 6, "Illegal ME" },
	{ 11, "PLMN not allowed" },
	{ 12, "Location Area not allowed" },
	{ 13, "Roaming not allowed in this location area" },
	{ 15, "No Suitable Cells In Location Area" },
	{ 17, "Network failure" },
	{ 20, "MAC failure" },
	{ 21, "Synch failure" },
	{ 22, "Congestion" },
	{ 23, "GSM authentication unacceptable" },
	{ 25, "Not authorized for this CSG" },
	{ 32, "Service option not supported" },
	{ 33, "Requested service option not subscribed" },
	{ 34, "Service option temporarily out of order" },
	{ 38, "Call cannot be identified" },
	{ 95, "Semantically incorrect message" },
	{ 96, "Invalid mandatory information" },
	{ 97, "Message type non-existent or not implemented" },
	{ 98, "Message type not compatible with the protocol state" },
	{ 99, "Information element non-existent or not implemented" },
	{ 100, "Conditional IE error" },
	{ 101, "Message not compatible with the protocol state" },
	{ 111, "Protocol error, unspecified" },
	{ 0, NULL }
};

static const struct tk_vrange reject_cause_ranges[] = {
	{ 48, 63, "retry upon entry into a new cell" },
	{ 0, 0, NULL }
};

static void reject_cause(struct l3 *m)
{
	const uint8_t *v = take_v(m, 1, "reject cause");

	if (!v)
		return;
	tk_emit_kv_long(m->e, "rejectCauseValue", v[0]);
	/* 10.5.3.6: other values are treated as 34 by the MS */
	tk_inner_emit_name(m->e, "rejectCause", reject_cause_names, reject_cause_ranges, "unspecified",
			   v[0]);
}

/* TS 24.008 10.5.1.2 ciphering key sequence number, a half octet (bit 4 spare) */
static void cksn(struct tk_emitter *e, unsigned half)
{
	tk_emit_kv_long(e, "cipheringKeySequenceNumber", half & 7);
	if ((half & 7) == 7)
		tk_emit_kv_bool(e, "noKeyAvailable", 1);
}

/* TS 24.008 10.5.3.3 CM service type */
static const struct tk_value_string cm_service_names[] = {
	{ 1, "mobile originating call establishment or packet mode connection establishment" },
	{ 2, "emergency call establishment" },
	{ 4, "short message service" },
	{ 8, "supplementary service activation" },
	{ 9, "voice group call establishment" },
	{ 10, "voice broadcast call establishment" },
	{ 11, "location services" },
	{ 0, NULL }
};

/* TS 24.008 10.5.3.5 location updating type, bits 2-1 */
static const struct tk_value_string lu_type_names[] = {
	{ 0, "normal location updating" },
	{ 1, "periodic updating" },
	{ 2, "IMSI attach" },
	{ 3, "reserved" },
	{ 0, NULL }
};

/* TS 24.008 10.5.3.4 identity type, bits 3-1 */
static const struct tk_value_string identity_type_names[] = {
	{ 1, "IMSI" },
	{ 2, "IMEI" },
	{ 3, "IMEISV" },
	{ 4, "TMSI" },
	{ 5, "P-TMSI, RAI, P-TMSI signature" },
	{ 0, NULL }
};

/* optional elements, per message table of TS 24.008 9.2 */
static const struct ie_def ies_none[] = { { 0, 0, 0, NULL, NULL } };

static const struct ie_def ies_cm_service_request[] = {	/* 9.2.9 */
	{ 0x80, F_TV1, 1, "priority", val_priority },
	{ 0xc0, F_TV1, 1, "additional update parameters", val_additional_update_parameters },
	{ 0xd0, F_TV1, 1, "device properties", val_device_properties },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_reject[] = {	/* 9.2.6 CM SERVICE REJECT, 9.2.14 LU REJECT */
	{ 0x36, F_TLV, 0, "T3246 value", val_gprs_timer3 },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_lu_request[] = {	/* 9.2.15 */
	{ 0x33, F_TLV, 0, "mobile station classmark for UMTS", tk_emit_ms_classmark2 },
	{ 0xc0, F_TV1, 1, "additional update parameters", val_additional_update_parameters },
	{ 0xd0, F_TV1, 1, "device properties", val_device_properties },
	{ 0xe0, F_TV1, 1, "MS network feature support", val_ms_network_feature },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_lu_accept[] = {	/* 9.2.13 */
	{ 0x17, F_TLV, 0, "mobile identity", val_mobile_identity },
	{ 0xa1, F_T, 1, "follow on proceed", NULL },
	{ 0xa2, F_T, 1, "CTS permission", NULL },
	{ 0x4a, F_TLV, 0, "equivalent PLMNs", val_plmn_list },
	{ 0x34, F_TLV, 0, "emergency number list", val_emergency_number_list },
	{ 0x35, F_TLV, 0, "per MS T3212", val_gprs_timer3 },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_identity_response[] = {	/* 9.2.11 */
	{ 0xe0, F_TV1, 1, "P-TMSI type", val_ptmsi_type },
	{ 0x1b, F_TLV, 0, "routing area identification 2", val_rai },	/* 10.5.5.15a: a RAI value */
	{ 0x19, F_TLV, 0, "P-TMSI signature 2", NULL },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_auth_request[] = {	/* 9.2.2 */
	{ 0x20, F_TLV, 0, "authentication parameter AUTN", NULL },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_auth_response[] = {	/* 9.2.3 */
	{ 0x21, F_TLV, 0, "authentication response parameter (extension)", NULL },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_auth_failure[] = {	/* 9.2.3a */
	{ 0x22, F_TLV, 0, "authentication failure parameter (AUTS)", NULL },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_reest_request[] = {	/* 9.2.4 */
	{ 0x13, F_TV, 6, "location area identification", val_lai },
	{ 0xd0, F_TV1, 1, "device properties", val_device_properties },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_mm_information[] = {	/* 9.2.15a */
	{ 0x43, F_TLV, 0, "full name for network", val_network_name },
	{ 0x45, F_TLV, 0, "short name for network", val_network_name },
	{ 0x46, F_TV, 2, "local time zone", val_time_zone },
	{ 0x47, F_TV, 8, "universal time and local time zone", val_time_and_zone },
	{ 0x48, F_TLV, 0, "LSA identity", NULL },
	{ 0x49, F_TLV, 0, "network daylight saving time", val_dst },
	{ 0, 0, 0, NULL, NULL }
};

static int mm_body(struct l3 *m, unsigned mt)
{
	struct tk_emitter *e = m->e;
	const struct ie_def *ies = ies_none;
	const uint8_t *v;

	switch (mt) {
	case GSM48_MT_MM_CM_SERV_REQ:
		/* CM service type in bits 4-1, ciphering key sequence number in bits 8-5 */
		if ((v = take_v(m, 1, "CM service type and ciphering key sequence number"))) {
			cksn(e, v[0] >> 4);
			tk_inner_emit_name(e, "cmServiceType", cm_service_names, NULL, "reserved", v[0] & 0x0f);
		}
		lv(m, "msClassmark2", "mobile station classmark 2", tk_emit_ms_classmark2);
		lv(m, "mobileIdentity", "mobile identity", val_mobile_identity);
		ies = ies_cm_service_request;
		break;
	case GSM48_MT_MM_CM_REEST_REQ:
		if ((v = take_v(m, 1, "ciphering key sequence number")))
			cksn(e, v[0] & 0x0f);
		lv(m, "msClassmark2", "mobile station classmark 2", tk_emit_ms_classmark2);
		lv(m, "mobileIdentity", "mobile identity", val_mobile_identity);
		ies = ies_reest_request;
		break;
	case GSM48_MT_MM_CM_SERV_ACC:
	case GSM48_MT_MM_CM_SERV_ABORT:
	case GSM48_MT_MM_AUTH_REJ:
	case GSM48_MT_MM_TMSI_REALL_COMPL:
	case GSM48_MT_MM_NULL:
		break;
	case GSM48_MT_MM_CM_SERV_REJ:
	case GSM48_MT_MM_LOC_UPD_REJECT:
		reject_cause(m);
		ies = ies_reject;
		break;
	case GSM48_MT_MM_AUTH_FAIL:
		reject_cause(m);
		ies = ies_auth_failure;
		break;
	case GSM48_MT_MM_STATUS:
	case GSM48_MT_MM_ABORT:
		reject_cause(m);
		break;
	case GSM48_MT_MM_LOC_UPD_REQUEST:
		/* location updating type in bits 4-1 (bit 4 FOR), key sequence in bits 8-5 */
		if ((v = take_v(m, 1, "location updating type and ciphering key sequence number"))) {
			tk_inner_emit_name(e, "locationUpdatingType", lu_type_names, NULL, "reserved",
					   v[0] & 3);
			tk_emit_kv_bool(e, "followOnRequestPending", v[0] & 0x08);
			cksn(e, v[0] >> 4);
		}
		if ((v = take_v(m, 5, "location area identification"))) {
			tk_emit_key(e, "lai");
			val_lai(e, v, 5);
		}
		if ((v = take_v(m, 1, "mobile station classmark 1"))) {
			tk_emit_key(e, "msClassmark1");
			val_classmark1(e, v, 1);
		}
		lv(m, "mobileIdentity", "mobile identity", val_mobile_identity);
		ies = ies_lu_request;
		break;
	case GSM48_MT_MM_LOC_UPD_ACCEPT:
		if ((v = take_v(m, 5, "location area identification"))) {
			tk_emit_key(e, "lai");
			val_lai(e, v, 5);
		}
		ies = ies_lu_accept;
		break;
	case GSM48_MT_MM_ID_REQ:
		if ((v = take_v(m, 1, "identity type")))
			tk_inner_emit_name(e, "identityType", identity_type_names, NULL, "reserved", v[0] & 7);
		break;
	case GSM48_MT_MM_ID_RESP:
		lv(m, "mobileIdentity", "mobile identity", val_mobile_identity);
		ies = ies_identity_response;
		break;
	case GSM48_MT_MM_AUTH_REQ:
		/* ciphering key sequence number in bits 4-1, a spare half octet above */
		if ((v = take_v(m, 1, "ciphering key sequence number")))
			cksn(e, v[0] & 0x0f);
		v_hex(m, "rand", "authentication parameter RAND", 16);
		ies = ies_auth_request;
		break;
	case GSM48_MT_MM_AUTH_RESP:
		v_hex(m, "sres", "authentication response parameter (SRES)", 4);
		ies = ies_auth_response;
		break;
	case GSM48_MT_MM_TMSI_REALL_CMD:
		if ((v = take_v(m, 5, "location area identification"))) {
			tk_emit_key(e, "lai");
			val_lai(e, v, 5);
		}
		lv(m, "mobileIdentity", "mobile identity", val_mobile_identity);
		break;
	case GSM48_MT_MM_IMSI_DETACH_IND:
		if ((v = take_v(m, 1, "mobile station classmark 1"))) {
			tk_emit_key(e, "msClassmark1");
			val_classmark1(e, v, 1);
		}
		lv(m, "mobileIdentity", "mobile identity", val_mobile_identity);
		break;
	case GSM48_MT_MM_INFO:
		ies = ies_mm_information;
		break;
	case GSM48_MT_MM_CM_SERV_PROMPT:
		/* 9.2.5a: PD and SAPI of CM (10.5.1.10a): SAPI bits 6-5, protocol discriminator of
		 * the CM protocol bits 4-1, bits 8-7 spare */
		if ((v = take_v(m, 1, "PD and SAPI of CM"))) {
			tk_emit_kv_str(e, "cmProtocol", gsm48_pdisc_name(v[0] & 0x0f));
			tk_emit_kv_long(e, "sapi", (v[0] >> 4) & 3);
		}
		break;
	default:
		return 0;
	}
	opt_ies(m, ies);
	return 1;
}

/* ---- radio resource: the handover messages an MSC relays (TS 44.018 9.1) -------------------- */

static void rr_cause(struct l3 *m)
{
	const uint8_t *v = take_v(m, 1, "RR cause");

	if (!v)
		return;
	/* TS 44.018 10.5.2.31 = TS 48.008 3.2.2.22 RR Cause contents */
	tk_emit_key(m->e, "rrCause");
	tk_emit_bssmap_ie(m->e, 0x15, v, 1);
}

/*
 * TS 44.018 10.5.2.21aa MultiRate configuration, from octet 3 (also the TS 48.008 3.2.3.5
 * MultiRate configuration information field element): octet 3 the speech version (bits 8-6),
 * NSCB (bit 5), ICMI (bit 4) and the start mode (bits 2-1); octet 4 the set of codec modes;
 * then, for a set of k modes, k - 1 pairs of a 6-bit threshold and a 4-bit hysteresis packed
 * from bit 6 of octet 5 (bits 8-7 of octet 5 are spare).
 */
static const struct tk_value_string amr_version_names[] = {
	{ 1, "adaptive multirate speech version 1 (AMR)" },
	{ 2, "adaptive multirate speech version 2 (AMR-WB)" },
	{ 0, NULL }
};

/* the modes of the set, bit 1 first: version 1 (all 8 bits), version 2 (bits 5-1) */
static const char *const amr_modes_v1[8] = { "4.75", "5.15", "5.90", "6.70", "7.40", "7.95",
					     "10.2", "12.2" };
static const char *const amr_modes_v2[5] = { "6.60", "8.85", "12.65", "15.85", "23.85" };

/* a code of 0.5 dB steps as a JSON number */
static void emit_half_db(struct tk_emitter *e, const char *key, unsigned v)
{
	char buf[16];

	snprintf(buf, sizeof(buf), "%u.%u", v / 2, v % 2 ? 5 : 0);
	tk_emit_key(e, key);
	tk_emit_lit(e, buf);
}

void tk_emit_multirate_config(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	unsigned ver, modes = 0, i, bits;
	size_t want;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_need(&er, n, 2, "a MultiRate configuration"))
		goto out;
	ver = p[0] >> 5;
	tk_inner_emit_name(e, "speechVersion", amr_version_names, NULL, "reserved", ver);
	/* NSCB 1: noise suppression shall be turned off */
	tk_emit_kv_bool(e, "noiseSuppressionOff", p[0] & 0x10);
	/* ICMI 1: the initial codec mode is the one the start mode gives; 0: the implicit rule
	 * of TS 45.009 */
	tk_emit_kv_bool(e, "initialCodecModeIndicator", p[0] & 0x08);
	tk_emit_kv_long(e, "startMode", p[0] & 3);
	if (ver != 1 && ver != 2) {
		tk_inner_fail(&er, 0, "multirate speech version %u is reserved", ver);
		goto out;
	}
	bits = ver == 1 ? 8 : 5;
	tk_emit_key(e, "codecModes");
	tk_emit_open(e, 1);
	for (i = 0; i < bits; i++) {
		if (p[1] & (1u << i)) {
			tk_emit_str(e, ver == 1 ? amr_modes_v1[i] : amr_modes_v2[i]);
			modes++;
		}
	}
	tk_emit_close(e, 1);
	if (ver == 2 && (p[1] & 0xe0))
		tk_inner_fail(&er, 1, "bits 8-6 of the AMR-WB codec mode set are spare but set");
	if (modes == 0 || modes > 4) {
		tk_inner_fail(&er, 1, "%u codec modes in the set, 1 to 4 are allowed", modes);
		goto out;
	}
	/* 10 bits a pair after the 2 spare bits of octet 5 */
	want = modes == 1 ? 2 : 2 + (2 + 10 * (modes - 1) + 7) / 8;
	tk_emit_key(e, "thresholds");
	tk_emit_open(e, 1);
	for (i = 0; i + 1 < modes && n >= want; i++) {
		size_t bit = 16 + 2 + 10 * (size_t)i;	/* from bit 8 of octet 3 */
		unsigned v = 0, k;

		for (k = 0; k < 10; k++, bit++)
			v = v << 1 | ((p[bit / 8] >> (7 - bit % 8)) & 1);
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "threshold", v >> 4);
		emit_half_db(e, "thresholdDb", v >> 4);
		tk_emit_kv_long(e, "hysteresis", v & 0x0f);
		emit_half_db(e, "hysteresisDb", v & 0x0f);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	if (n < want)
		tk_inner_fail(&er, n, "truncated: %u codec modes need %zu octets of thresholds and "
			      "hysteresis, %zu present", modes, want - 2, n - 2);
	else
		tk_inner_extra(&er, n, want, "this MultiRate configuration");
out:
	tk_inner_finish(e, p, n, &er);
}

/*
 * TS 44.018 10.5.2.5 Channel Description and 10.5.2.5a Channel Description 2 (the value, 3
 * octets): channel type and TDMA offset (octet 2 bits 8-4), timeslot number (bits 3-1);
 * training sequence code (octet 3 bits 8-6), H (bit 5); H = 0: the ARFCN (octet 3 bits 2-1 and
 * octet 4), H = 1: MAIO (octet 3 bits 4-1, octet 4 bits 8-7) and HSN (octet 4 bits 6-1).
 */
static void emit_channel_type(struct tk_emitter *e, unsigned c, int two)
{
	const char *name = NULL;
	int sub = -1;

	if (c == 0x01) {
		name = two ? "TCH/F + FACCH/F and SACCH/F" : "TCH/F + ACCHs";
	} else if ((c & 0x1e) == 0x02) {
		name = "TCH/H + ACCHs";
		sub = c & 1;
	} else if ((c & 0x1c) == 0x04) {
		name = "SDCCH/4 + SACCH/C4 or CBCH (SDCCH/4)";
		sub = c & 3;
	} else if ((c & 0x18) == 0x08) {
		name = "SDCCH/8 + SACCH/C8 or CBCH (SDCCH/8)";
		sub = c & 7;
	} else if (two && c == 0x00) {
		name = "TCH/F + FACCH/F and SACCH/M";
	} else if (two && c == 0x1e) {
		name = "TCH/F + FACCH/F and SACCH/M, with bi- and unidirectional channels";
	} else if (two && (c & 0x18) == 0x10) {
		name = "TCH/F + FACCH/F and SACCH/M, with bidirectional channels (multislot)";
	} else if (two && (c & 0x1c) == 0x18) {
		name = "TCH/F + FACCH/F and SACCH/M, with unidirectional channels (multislot)";
	}
	tk_emit_kv_long(e, "channelTypeCode", c);
	if (name)
		tk_emit_kv_str(e, "channelType", name);
	else
		tk_inner_emit_name(e, "channelType", NULL, NULL, "reserved", c);
	if (sub >= 0)
		tk_emit_kv_long(e, "subchannel", sub);
}

static void channel_description(struct tk_emitter *e, const uint8_t *p, size_t n, int two)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_fixed(&er, n, 3, two ? "a channel description 2" : "a channel description"))
		goto out;
	emit_channel_type(e, p[0] >> 3, two);
	tk_emit_kv_long(e, "timeslot", p[0] & 7);
	tk_emit_kv_long(e, "trainingSequenceCode", p[1] >> 5);
	tk_emit_kv_bool(e, "hopping", p[1] & 0x10);
	if (p[1] & 0x10) {
		tk_emit_kv_long(e, "maio", (long)(p[1] & 0x0f) << 2 | p[2] >> 6);
		tk_emit_kv_long(e, "hsn", p[2] & 0x3f);
	} else {
		tk_emit_kv_long(e, "arfcn", (long)(p[1] & 3) << 8 | p[2]);
	}
out:
	tk_inner_finish(e, p, n, &er);
}

static void val_channel_description(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	channel_description(e, p, n, 0);
}

static void val_channel_description2(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	channel_description(e, p, n, 1);
}

/* 10.5.2.6 Channel Mode */
static const struct tk_value_string channel_mode_names[] = {
	{ 0x00, "signalling only" },
	{ 0x01, "speech full rate or half rate version 1 (GSM FR or GSM HR)" },
	{ 0xc1, "speech full rate or half rate version 1 (GSM FR or GSM HR) in VAMOS mode" },
	{ 0x21, "speech full rate or half rate version 2 (GSM EFR)" },
	{ 0xc2, "speech full rate or half rate version 2 (GSM EFR) in VAMOS mode" },
	{ 0x41, "speech full rate or half rate version 3 (FR AMR or HR AMR)" },
	{ 0xc3, "speech full rate or half rate version 3 (FR AMR or HR AMR) in VAMOS mode" },
	{ 0x81, "speech full rate or half rate version 4 (OFR AMR-WB or OHR AMR-WB)" },
	{ 0x82, "speech full rate or half rate version 5 (FR AMR-WB)" },
	{ 0xc5, "speech full rate or half rate version 5 (FR AMR-WB) in VAMOS mode" },
	{ 0x83, "speech full rate or half rate version 6 (OHR AMR)" },
	{ 0x61, "data, 43.5 kbit/s (downlink) + 14.5 kbit/s (uplink)" },
	{ 0x62, "data, 29.0 kbit/s (downlink) + 14.5 kbit/s (uplink)" },
	{ 0x64, "data, 43.5 kbit/s (downlink) + 29.0 kbit/s (uplink)" },
	{ 0x67, "data, 14.5 kbit/s (downlink) + 43.5 kbit/s (uplink)" },
	{ 0x65, "data, 14.5 kbit/s (downlink) + 29.0 kbit/s (uplink)" },
	{ 0x66, "data, 29.0 kbit/s (downlink) + 43.5 kbit/s (uplink)" },
	{ 0x27, "data, 43.5 kbit/s radio interface rate" },
	{ 0x63, "data, 32.0 kbit/s radio interface rate" },
	{ 0x43, "data, 29.0 kbit/s radio interface rate" },
	{ 0x0f, "data, 14.5 kbit/s radio interface rate" },
	{ 0x03, "data, 12.0 kbit/s radio interface rate" },
	{ 0x0b, "data, 6.0 kbit/s radio interface rate" },
	{ 0x13, "data, 3.6 kbit/s radio interface rate" },
	{ 0x10, "data, 64.0 kbit/s transparent data bearer" },
	{ 0, NULL }
};

/* 10.5.2.7 Channel Mode 2 */
static const struct tk_value_string channel_mode2_names[] = {
	{ 0x00, "signalling only" },
	{ 0x05, "speech half rate version 1 (GSM HR)" },
	{ 0x25, "speech half rate version 2" },
	{ 0x45, "speech half rate version 3 (HR AMR)" },
	{ 0x85, "speech half rate version 4 (OHR AMR-WB)" },
	{ 0x06, "speech half rate version 6 (OHR AMR)" },
	{ 0x0f, "data, 6.0 kbit/s radio interface rate" },
	{ 0x17, "data, 3.6 kbit/s radio interface rate" },
	{ 0, NULL }
};

static void channel_mode(struct tk_emitter *e, const uint8_t *p, size_t n,
			 const struct tk_value_string *names)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "a channel mode")) {
		tk_emit_kv_long(e, "modeCode", p[0]);
		tk_inner_emit_name(e, "mode", names, NULL, "reserved", p[0]);
	}
	tk_inner_finish(e, p, n, &er);
}

static void val_channel_mode(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	channel_mode(e, p, n, channel_mode_names);
}

static void val_channel_mode2(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	channel_mode(e, p, n, channel_mode2_names);
}

/* 10.5.2.9 Cipher Mode Setting, a half octet: SC (bit 1), the algorithm (bits 4-2) */
static const struct tk_value_string a5_names[] = {
	{ 0, "A5/1" },
	{ 1, "A5/2" },
	{ 2, "A5/3" },
	{ 3, "A5/4" },
	{ 4, "A5/5" },
	{ 5, "A5/6" },
	{ 6, "A5/7" },
	{ 0, NULL }
};

static void val_cipher_mode_setting(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_need(&er, n, 1, "a cipher mode setting")) {
		tk_emit_kv_bool(e, "startCiphering", p[0] & 1);
		/* the algorithm counts only when ciphering starts */
		if (p[0] & 1)
			tk_inner_emit_name(e, "algorithm", a5_names, NULL, "reserved",
					   (p[0] >> 1) & 7);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 10.5.2.39 Synchronization Indication, a half octet: NCI (bit 4), ROT (bit 3), SI (2-1) */
static const struct tk_value_string si_names[] = {
	{ 0, "non-synchronized" },
	{ 1, "synchronized" },
	{ 2, "pre-synchronised" },
	{ 3, "pseudo-synchronised" },
	{ 0, NULL }
};

static void val_sync_indication(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_need(&er, n, 1, "a synchronization indication")) {
		/* NCI 1: an out of range timing advance triggers a handover failure */
		tk_emit_kv_bool(e, "normalCellIndication", p[0] & 0x08);
		/* ROT 1: the HANDOVER COMPLETE reports the observed time difference */
		tk_emit_kv_bool(e, "reportObservedTimeDifference", p[0] & 0x04);
		tk_inner_emit_name(e, "synchronization", si_names, NULL, "reserved", p[0] & 3);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 10.5.2.38 Starting Time: T1' (octet 2 bits 8-4), T3 (octet 2 bits 3-1, octet 3 bits 8-6),
 * T2 (octet 3 bits 5-1), the frame number modulo 42432 of TS 45.002 */
static void val_starting_time(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 2, "a starting time")) {
		tk_emit_kv_long(e, "t1Prime", p[0] >> 3);
		tk_emit_kv_long(e, "t3", (long)(p[0] & 7) << 3 | p[1] >> 5);
		tk_emit_kv_long(e, "t2", p[1] & 0x1f);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 10.5.2.40 Timing Advance: the timing advance in bit periods (48/13 us) */
static void val_timing_advance(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_inner_number(e, p, n, 1, "timingAdvance", "a timing advance");
}

/* 10.5.2.41 Time Difference: the time difference value in half bit periods */
static void val_time_difference(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_inner_number(e, p, n, 1, "timeDifference", "a time difference");
}

/* 10.5.2.42a VGCS target mode Indication: target mode (bits 8-7), group cipher key number
 * (bits 6-3; 0 no ciphering) */
static const struct tk_value_string target_mode_names[] = {
	{ 0, "dedicated mode" },
	{ 1, "group transmit mode" },
	{ 0, NULL }
};

/* TS 44.018 10.5.2.11b Dynamic ARFCN Mapping: GSM_Band, 4 bits (the names tshark 4.0.17
 * gives; 8-15 reserved) */
static const struct tk_value_string gsm_band_names[] = {
	{ 0, "GSM 750" },
	{ 1, "DCS 1800" },
	{ 2, "PCS 1900" },
	{ 3, "GSM T 380" },
	{ 4, "GSM T 410" },
	{ 5, "GSM T 900" },
	{ 6, "GSM 710" },
	{ 7, "GSM T 810" },
	{ 0, NULL }
};

/*
 * TS 44.018 10.5.2.11b Dynamic ARFCN Mapping, from octet 3: the CSN.1 Dynamic ARFCN Mapping
 * Description { 1 < GSM_Band : bit (4) > < ARFCN_FIRST : bit (10) > < BAND_OFFSET : bit (10) >
 * < ARFCN_RANGE : bit (7) > } ** 0 < spare padding >: "mappings": [{"gsmBandValue",
 * "gsmBand", "arfcnFirst", "bandOffset", "arfcnRange"}].
 */
static void val_dynamic_arfcn_mapping(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	struct tk_csn1 b;
	uint32_t more, band, first, offset, range;

	n = tk_inner_start(e, &er, p, n);
	tk_csn1_init(&b, p, n);
	tk_emit_key(e, "mappings");
	tk_emit_open(e, 1);
	for (;;) {
		size_t at = b.pos;

		if (tk_csn1_get(&b, 1, &more) < 0) {
			tk_inner_fail(&er, n, "truncated: the list of ARFCN mappings does not end with a 0 bit");
			break;
		}
		if (!more)
			break;
		if (tk_csn1_get(&b, 4, &band) < 0 || tk_csn1_get(&b, 10, &first) < 0 ||
		    tk_csn1_get(&b, 10, &offset) < 0 || tk_csn1_get(&b, 7, &range) < 0) {
			tk_inner_fail(&er, at / 8, "truncated: an ARFCN mapping needs 31 bits after its 1 bit");
			break;
		}
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "gsmBandValue", band);
		tk_inner_emit_name(e, "gsmBand", gsm_band_names, NULL, "reserved", band);
		tk_emit_kv_long(e, "arfcnFirst", first);
		tk_emit_kv_long(e, "bandOffset", offset);
		tk_emit_kv_long(e, "arfcnRange", range);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* TS 44.018 10.5.2.82 Extended TSC Set, the PS domain TSC set bits (as tshark 4.0.17 names
 * them) */
static const struct tk_value_string ps_tsc_set_names[] = {
	{ 0, "TSC set 1" },
	{ 1, "TSC set 3 for GMSK, TSC set 2 for 8PSK, 16QAM and 32QAM" },
	{ 0, NULL }
};

/*
 * TS 44.018 10.5.2.82 Extended TSC Set, octet 2: secondary PS domain TSC value (bits 8-6),
 * secondary PS domain TSC set (bit 5), primary PS domain TSC set (bit 4), secondary PS domain
 * TSC assigned (bit 3), CS domain TSC set (bits 2-1: TSC set 1 to 4); the layout tshark
 * 4.0.17 shows.
 */
static void val_extended_tsc_set(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "an extended TSC set")) {
		tk_emit_kv_long(e, "csDomainTscSet", (p[0] & 3) + 1);
		tk_emit_kv_bool(e, "secondaryPsDomainTscAssigned", p[0] & 0x04);
		tk_inner_emit_name(e, "primaryPsDomainTscSet", ps_tsc_set_names, NULL, "unassigned",
				   (p[0] >> 3) & 1);
		tk_inner_emit_name(e, "secondaryPsDomainTscSet", ps_tsc_set_names, NULL, "unassigned",
				   (p[0] >> 4) & 1);
		tk_emit_kv_long(e, "secondaryPsDomainTscValue", p[0] >> 5);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 10.5.2.59 Dedicated Service Information (TV 2): octet 2 bits 8-2 spare, bit 1 Last Segment:
 * whether the MS performs the Service Information Sending procedure on the new cell (tshark
 * 4.0.17 reads the bit the same way) */
static void val_dedicated_service_information(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "a dedicated service information")) {
		tk_emit_kv_bool(e, "lastSegment", p[0] & 1);
		tk_emit_kv_str(e, "serviceInformationSendingOnNewCell",
			       p[0] & 1 ? "the MS shall perform it" : "the MS shall not perform it");
		if (p[0] & 0xfe)
			tk_emit_kv_long(e, "spareBits", p[0] >> 1);
	}
	tk_inner_finish(e, p, n, &er);
}

static void val_vgcs_target_mode(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "a VGCS target mode indication")) {
		tk_inner_emit_name(e, "targetMode", target_mode_names, NULL, "reserved", p[0] >> 6);
		tk_emit_kv_long(e, "groupCipherKeyNumber", (p[0] >> 2) & 0x0f);
	}
	tk_inner_finish(e, p, n, &er);
}

/* the power level and the EPC bits of 10.5.2.28 Power Command (bit 8 spare) and 10.5.2.28a
 * Power Command and Access type (bit 8: ATC, 1 = sending handover access is optional) */
static void power_command(struct tk_emitter *e, uint8_t v, int atc)
{
	if (atc)
		tk_emit_kv_bool(e, "handoverAccessOptional", v & 0x80);
	/* EPC mode: enhanced power control in use; FPC_EPC: fast power control (TCH/F) or EPC
	 * uplink power control */
	tk_emit_kv_bool(e, "epcMode", v & 0x40);
	tk_emit_kv_bool(e, "fpcEpc", v & 0x20);
	tk_emit_kv_long(e, "powerLevel", v & 0x1f);
}

static void val_multirate(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_multirate_config(e, p, n);
}

/*
 * Optional elements of 9.1.15 HANDOVER COMMAND and 9.1.2 ASSIGNMENT COMMAND.  The frequency
 * lists, the cell channel description, the mobile allocations, the frequency channel sequences
 * and the multislot allocation are decoded by freqlist.c; 10.5.2.11b Dynamic ARFCN Mapping and
 * 10.5.2.82 Extended TSC Set here.  10.5.2.42b VGCS Ciphering Parameters stays in hex (its
 * layout could not be checked: tshark 4.0.17 does not decode it either).
 */
static const struct ie_def ies_ho_cmd[] = {
	{ 0xd0, F_TV1, 1, "synchronization indication", val_sync_indication },
	{ 0x02, F_TV, 10, "frequency short list, after time", tk_emit_frequency_short_list },
	{ 0x05, F_TLV, 0, "frequency list, after time", tk_emit_frequency_list },
	{ 0x62, F_TV, 17, "cell channel description", tk_emit_cell_channel_description },
	{ 0x10, F_TLV, 0, "multislot allocation", tk_emit_multislot_allocation },
	{ 0x63, F_TV, 2, "mode of the first channel (channel set 1)", val_channel_mode },
	{ 0x11, F_TV, 2, "mode of channel set 2", val_channel_mode },
	{ 0x13, F_TV, 2, "mode of channel set 3", val_channel_mode },
	{ 0x14, F_TV, 2, "mode of channel set 4", val_channel_mode },
	{ 0x15, F_TV, 2, "mode of channel set 5", val_channel_mode },
	{ 0x16, F_TV, 2, "mode of channel set 6", val_channel_mode },
	{ 0x17, F_TV, 2, "mode of channel set 7", val_channel_mode },
	{ 0x18, F_TV, 2, "mode of channel set 8", val_channel_mode },
	{ 0x64, F_TV, 4, "second channel, after time", val_channel_description },
	{ 0x66, F_TV, 2, "mode of the second channel", val_channel_mode2 },
	{ 0x69, F_TV, 10, "frequency channel sequence, after time",
	  tk_emit_frequency_channel_sequence },
	{ 0x72, F_TLV, 0, "mobile allocation, after time", tk_emit_mobile_allocation },
	{ 0x7c, F_TV, 3, "starting time", val_starting_time },
	{ 0x7b, F_TLV, 0, "real time difference", val_time_difference },
	{ 0x7d, F_TV, 2, "timing advance", val_timing_advance },
	{ 0x12, F_TV, 10, "frequency short list, before time", tk_emit_frequency_short_list },
	{ 0x19, F_TLV, 0, "frequency list, before time", tk_emit_frequency_list },
	{ 0x1c, F_TV, 4, "first channel, before time", val_channel_description2 },
	{ 0x1d, F_TV, 4, "second channel, before time", val_channel_description },
	{ 0x1e, F_TV, 10, "frequency channel sequence, before time",
	  tk_emit_frequency_channel_sequence },
	{ 0x21, F_TLV, 0, "mobile allocation, before time", tk_emit_mobile_allocation },
	{ 0x90, F_TV1, 1, "cipher mode setting", val_cipher_mode_setting },
	{ 0x01, F_TLV, 0, "VGCS target mode indication", val_vgcs_target_mode },
	{ 0x03, F_TLV, 0, "multi-rate configuration", val_multirate },
	{ 0x76, F_TLV, 0, "dynamic ARFCN mapping", val_dynamic_arfcn_mapping },
	{ 0x04, F_TLV, 0, "VGCS ciphering parameters", NULL },
	{ 0x51, F_TV, 2, "dedicated service information", val_dedicated_service_information },
	{ 0x6d, F_TV, 2, "extended TSC set, after time", val_extended_tsc_set },
	{ 0x6e, F_TV, 2, "extended TSC set, before time", val_extended_tsc_set },
	{ 0, 0, 0, NULL, NULL }
};

/* 9.1.2 ASSIGNMENT COMMAND: the elements of HANDOVER COMMAND but for the handover ones
 * (synchronization indication, frequency short list after time, frequency channel sequence
 * after time, real time difference, timing advance, frequency short list before time,
 * dynamic ARFCN mapping, dedicated service information) */
static const struct ie_def ies_ass_cmd[] = {
	{ 0x05, F_TLV, 0, "frequency list, after time", tk_emit_frequency_list },
	{ 0x62, F_TV, 17, "cell channel description", tk_emit_cell_channel_description },
	{ 0x10, F_TLV, 0, "multislot allocation", tk_emit_multislot_allocation },
	{ 0x63, F_TV, 2, "mode of the first channel (channel set 1)", val_channel_mode },
	{ 0x11, F_TV, 2, "mode of channel set 2", val_channel_mode },
	{ 0x13, F_TV, 2, "mode of channel set 3", val_channel_mode },
	{ 0x14, F_TV, 2, "mode of channel set 4", val_channel_mode },
	{ 0x15, F_TV, 2, "mode of channel set 5", val_channel_mode },
	{ 0x16, F_TV, 2, "mode of channel set 6", val_channel_mode },
	{ 0x17, F_TV, 2, "mode of channel set 7", val_channel_mode },
	{ 0x18, F_TV, 2, "mode of channel set 8", val_channel_mode },
	{ 0x64, F_TV, 4, "second channel, after time", val_channel_description },
	{ 0x66, F_TV, 2, "mode of the second channel", val_channel_mode2 },
	{ 0x72, F_TLV, 0, "mobile allocation, after time", tk_emit_mobile_allocation },
	{ 0x7c, F_TV, 3, "starting time", val_starting_time },
	{ 0x19, F_TLV, 0, "frequency list, before time", tk_emit_frequency_list },
	{ 0x1c, F_TV, 4, "first channel, before time", val_channel_description2 },
	{ 0x1d, F_TV, 4, "second channel, before time", val_channel_description },
	{ 0x1e, F_TV, 10, "frequency channel sequence, before time",
	  tk_emit_frequency_channel_sequence },
	{ 0x21, F_TLV, 0, "mobile allocation, before time", tk_emit_mobile_allocation },
	{ 0x90, F_TV1, 1, "cipher mode setting", val_cipher_mode_setting },
	{ 0x01, F_TLV, 0, "VGCS target mode indication", val_vgcs_target_mode },
	{ 0x03, F_TLV, 0, "multi-rate configuration", val_multirate },
	{ 0x04, F_TLV, 0, "VGCS ciphering parameters", NULL },
	{ 0x6d, F_TV, 2, "extended TSC set, after time", val_extended_tsc_set },
	{ 0x6e, F_TV, 2, "extended TSC set, before time", val_extended_tsc_set },
	{ 0, 0, 0, NULL, NULL }
};

/* TS 44.018 10.5.2.21a Mobile Time Difference, from octet 3: the mobile observed time
 * difference in half bit periods, 21 bits from bit 8 of octet 3 (bits 3-1 of octet 5 spare;
 * tshark 4.0.17 reads it so too) */
static void val_mobile_time_difference(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 3, "a mobile time difference"))
		tk_emit_kv_long(e, "mobileTimeDifferenceHalfBitPeriods",
				(long)p[0] << 13 | (long)p[1] << 5 | p[2] >> 3);
	tk_inner_finish(e, p, n, &er);
}

/* 9.1.16 HANDOVER COMPLETE: 10.5.2.21a Mobile Time Difference */
static const struct ie_def ies_ho_complete[] = {
	{ 0x77, F_TLV, 0, "mobile observed time difference", val_mobile_time_difference },
	{ 0, 0, 0, NULL, NULL }
};

static int rr_body(struct l3 *m, unsigned mt)
{
	struct tk_emitter *e = m->e;
	const struct ie_def *ies = ies_none;
	const uint8_t *v;

	switch (mt) {
	case GSM48_MT_RR_HANDO_CMD:
		/* 9.1.15: cell description (10.5.2.2): BCCH ARFCN high bits 8-7, NCC bits 6-4,
		 * BCC bits 3-1, then the BCCH ARFCN low octet */
		if ((v = take_v(m, 2, "cell description"))) {
			tk_emit_key(e, "cellDescription");
			tk_emit_open(e, 0);
			tk_emit_kv_long(e, "ncc", (v[0] >> 3) & 7);
			tk_emit_kv_long(e, "bcc", v[0] & 7);
			tk_emit_kv_long(e, "bcchArfcn", (long)(v[0] >> 6) << 8 | v[1]);
			tk_emit_close(e, 0);
		}
		/* the first channel, after time */
		if ((v = take_v(m, 3, "channel description 2"))) {
			tk_emit_key(e, "channelDescription2");
			val_channel_description2(e, v, 3);
		}
		if ((v = take_v(m, 1, "handover reference")))
			tk_emit_kv_long(e, "handoverReference", v[0]);
		if ((v = take_v(m, 1, "power command and access type")))
			power_command(e, v[0], 1);
		ies = ies_ho_cmd;
		break;
	case GSM48_MT_RR_ASS_CMD:
		/* 9.1.2: the first channel after time (10.5.2.5a), the power command (10.5.2.28) */
		if ((v = take_v(m, 3, "channel description 2"))) {
			tk_emit_key(e, "channelDescription2");
			val_channel_description2(e, v, 3);
		}
		if ((v = take_v(m, 1, "power command")))
			power_command(e, v[0], 0);
		ies = ies_ass_cmd;
		break;
	case GSM48_MT_RR_HANDO_COMPL:	/* 9.1.16 */
		rr_cause(m);
		ies = ies_ho_complete;
		break;
	case GSM48_MT_RR_HANDO_FAIL:	/* 9.1.17 */
	case GSM48_MT_RR_ASS_COMPL:	/* 9.1.3 */
	case GSM48_MT_RR_ASS_FAIL:	/* 9.1.4 */
		rr_cause(m);
		break;
	default:
		return 0;
	}
	opt_ies(m, ies);
	return 1;
}

/* ---- supplementary services (TS 24.080 clause 2) ------------------------------------------- */

static void val_cause(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_24008_cause(e, p, n);
}

static const struct ie_def ies_ss[] = {
	{ 0x1c, F_TLV, 0, "facility", tk_emit_ss_facility },
	{ 0x7f, F_TLV, 0, "SS version indicator", val_ss_version },
	{ 0x08, F_TLV, 0, "cause", val_cause },
	{ 0, 0, 0, NULL, NULL }
};

static int ss_body(struct l3 *m, unsigned mt)
{
	switch (mt) {
	case 0x3b:	/* REGISTER, 2.4: the facility is mandatory, as a TLV */
		if (m->off >= m->n || m->p[m->off] != 0x1c)
			fail(m, m->off, "REGISTER without its facility element (TS 24.080 2.4)");
		break;
	case 0x3a:	/* FACILITY, 2.3: the facility as LV */
		lv(m, "facility", "facility", tk_emit_ss_facility);
		break;
	case 0x2a:	/* RELEASE COMPLETE, 2.5: cause and facility optional */
		break;
	default:
		return 0;
	}
	opt_ies(m, ies_ss);
	return 1;
}

/* ---- call control (TS 24.008 9.3) ---------------------------------------------------------- */

/*
 * The mandatory elements some messages start with (LV, no identifier), then the optional
 * ones through signal_info.c's TS 24.008 element list.
 */
static int cc_body(struct l3 *m, unsigned mt)
{
	const char *key = NULL;
	val_fn fn = val_hex;

	switch (mt) {
	case GSM48_MT_CC_DISCONNECT:	/* 9.3.7 */
		key = "cause";
		fn = val_cause;
		break;
	case GSM48_MT_CC_PROGRESS:	/* 9.3.17 */
		key = "progressIndicator";
		fn = tk_emit_progress_indicator_24008;
		break;
	case GSM48_MT_CC_FACILITY:	/* 9.3.9 */
		key = "facility";
		fn = tk_emit_ss_facility;
		break;
	default:
		break;
	}
	if (key) {
		size_t len;
		const uint8_t *v;

		if (m->off >= m->n || 1 + (size_t)m->p[m->off] > m->n - m->off) {
			fail(m, m->off, "the mandatory %s does not fit the message", key);
			return 1;
		}
		v = take_lv(m, key, &len);
		tk_emit_key(m->e, key);
		fn(m->e, v, len);
	}
	tk_emit_24008_ies(m->e, m->p + m->off, m->n - m->off, m->base + m->off, m->er);
	m->off = m->n;
	return 1;
}

/* ---- short message service (TS 24.011 clause 7) -------------------------------------------- */

/* 8.1.3 CP message types */
static const struct tk_value_string cp_names[] = {
	{ 0x01, "CP-DATA" },
	{ 0x04, "CP-ACK" },
	{ 0x10, "CP-ERROR" },
	{ 0, NULL }
};

/* 8.1.4.2 Table 8.2 CP-cause */
static const struct tk_value_string cp_cause_names[] = {
	{ 17, "Network failure" },
	{ 22, "Congestion" },
	{ 81, "Invalid Transaction Identifier value" },
	{ 95, "Semantically incorrect message" },
	{ 96, "Invalid mandatory information" },
	{ 97, "Message type non-existent or not implemented" },
	{ 98, "Message not compatible with the short message protocol state" },
	{ 99, "Information element non-existent or not implemented" },
	{ 111, "Protocol error, unspecified" },
	{ 0, NULL }
};

/* 8.2.2 RP message type indicator, bits 3-1 */
static const struct tk_value_string rp_mti_names[] = {
	{ 0, "RP-DATA (MS to network)" },
	{ 1, "RP-DATA (network to MS)" },
	{ 2, "RP-ACK (MS to network)" },
	{ 3, "RP-ACK (network to MS)" },
	{ 4, "RP-ERROR (MS to network)" },
	{ 5, "RP-ERROR (network to MS)" },
	{ 6, "RP-SMMA (MS to network)" },
	{ 0, NULL }
};

/* 8.2.5.4 Table 8.4 RP-cause */
static const struct tk_value_string rp_cause_names[] = {
	{ 1, "Unassigned (unallocated) number" },
	{ 8, "Operator determined barring" },
	{ 10, "Call barred" },
	{ 11, "Reserved" },
	{ 21, "Short message transfer rejected" },
	{ 22, "Memory capacity exceeded" },
	{ 27, "Destination out of order" },
	{ 28, "Unidentified subscriber" },
	{ 29, "Facility rejected" },
	{ 30, "Unknown subscriber" },
	{ 38, "Network out of order" },
	{ 41, "Temporary failure" },
	{ 42, "Congestion" },
	{ 47, "Resources unavailable, unspecified" },
	{ 50, "Requested facility not subscribed" },
	{ 69, "Requested facility not implemented" },
	{ 81, "Invalid short message transfer reference value" },
	{ 95, "Semantically incorrect message" },
	{ 96, "Invalid mandatory information" },
	{ 97, "Message type non-existent or not implemented" },
	{ 98, "Message not compatible with short message protocol state" },
	{ 99, "Information element non-existent or not implemented" },
	{ 111, "Protocol error, unspecified" },
	{ 127, "Interworking, unspecified" },
	{ 0, NULL }
};

/* RP-User data: the TPDU of TS 23.040, whose direction the RP message type gives */
static void val_tpdu_from_ms(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_sms_tpdu(e, p, n, 1);
}

static void val_tpdu_to_ms(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_sms_tpdu(e, p, n, 0);
}

static const struct ie_def ies_rp_from_ms[] = {
	{ 0x41, F_TLV, 0, "RP-User data", val_tpdu_from_ms },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_rp_to_ms[] = {
	{ 0x41, F_TLV, 0, "RP-User data", val_tpdu_to_ms },
	{ 0, 0, 0, NULL, NULL }
};

/* 8.2.5.1/8.2.5.2 RP originator/destination address: a TS 24.008 called party BCD number
 * (octet 3 on); length 0 when the direction has none */
static void rp_address(struct l3 *m, const char *key, const char *what)
{
	size_t len;
	const uint8_t *v = take_lv(m, what, &len);

	if (v && len) {
		tk_emit_key(m->e, key);
		tk_emit_bcd_number_24008(m->e, v, len);
	}
}

/* CP-User data: one RP message (8.2), as its own object */
static void val_rp(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	struct l3 m;
	const uint8_t *v;
	unsigned mti;
	int from_ms;

	n = tk_inner_start(e, &er, p, n);
	memset(&m, 0, sizeof(m));
	m.e = e;
	m.p = p;
	m.n = n;
	m.er = &er;
	m.ok = 1;
	if (!(v = take_v(&m, 1, "RP message type")))
		goto out;
	mti = v[0] & 7;
	from_ms = !(mti & 1);
	tk_emit_kv_long(e, "messageTypeIndicator", mti);
	tk_inner_emit_name(e, "messageType", rp_mti_names, NULL, "reserved", mti);
	if (v[0] & 0xf8)
		tk_inner_fail(&er, 0, "spare bits 8-4 of the RP message type are not zero");
	if ((v = take_v(&m, 1, "message reference")))
		tk_emit_kv_long(e, "messageReference", v[0]);
	switch (mti) {
	case 0:
	case 1:
		/* 7.3.1: MS to network the originator address is empty, network to MS the
		 * destination address; RP-DATA from the MS carries SMS-SUBMIT (or -COMMAND),
		 * to the MS SMS-DELIVER (or -STATUS-REPORT) */
		rp_address(&m, "originatorAddress", "RP-Originator Address");
		rp_address(&m, "destinationAddress", "RP-Destination Address");
		lv(&m, "userData", "RP-User data", from_ms ? val_tpdu_from_ms : val_tpdu_to_ms);
		no_more(&m);
		break;
	case 2:
	case 3:
		/* 7.3.3 RP-ACK: SMS-DELIVER-REPORT from the MS, SMS-SUBMIT-REPORT to it */
		opt_ies(&m, from_ms ? ies_rp_from_ms : ies_rp_to_ms);
		break;
	case 4:
	case 5:
		/* 7.3.4 RP-ERROR: RP-Cause LV (cause with extension bit 8, then an optional
		 * diagnostic octet) */
		{
			size_t len;

			if ((v = take_lv(&m, "RP-Cause", &len))) {
				if (len < 1) {
					tk_inner_fail(&er, m.off - 1, "empty RP-Cause");
				} else {
					tk_emit_kv_long(e, "rpCauseValue", v[0] & 0x7f);
					tk_inner_emit_name(e, "rpCause", rp_cause_names, NULL,
							   "unspecified", v[0] & 0x7f);
					if (len > 1)
						tk_emit_kv_hex(e, "diagnostic", v + 1, len - 1);
				}
			}
		}
		opt_ies(&m, from_ms ? ies_rp_from_ms : ies_rp_to_ms);
		break;
	case 6:
		no_more(&m);	/* 7.3.2 RP-SMMA: type and reference only */
		break;
	default:
		tk_inner_fail(&er, 0, "RP message type %u is reserved", mti);
		break;
	}
out:
	tk_inner_finish(e, p, n, &er);
}

static int sms_body(struct l3 *m, unsigned mt)
{
	const uint8_t *v;

	switch (mt) {
	case 0x01:	/* CP-DATA, 7.2.1: CP-User data LV */
		lv(m, "cpUserData", "CP-User data", val_rp);
		break;
	case 0x04:	/* CP-ACK, 7.2.2 */
		break;
	case 0x10:	/* CP-ERROR, 7.2.3: CP-Cause V */
		if ((v = take_v(m, 1, "CP-Cause"))) {
			tk_emit_kv_long(m->e, "cpCauseValue", v[0]);
			tk_inner_emit_name(m->e, "cpCause", cp_cause_names, NULL, "unspecified", v[0]);
		}
		break;
	default:
		return 0;
	}
	no_more(m);
	return 1;
}

/* ---- GPRS mobility management (TS 24.008 9.4) ---------------------------------------------- */

/* 10.4 Table 10.4 message types for GPRS mobility management */
static const struct tk_value_string gmm_msg_names[] = {
	{ 0x01, "ATTACH REQUEST" },
	{ 0x02, "ATTACH ACCEPT" },
	{ 0x03, "ATTACH COMPLETE" },
	{ 0x04, "ATTACH REJECT" },
	{ 0x05, "DETACH REQUEST" },
	{ 0x06, "DETACH ACCEPT" },
	{ 0x08, "ROUTING AREA UPDATE REQUEST" },
	{ 0x09, "ROUTING AREA UPDATE ACCEPT" },
	{ 0x0a, "ROUTING AREA UPDATE COMPLETE" },
	{ 0x0b, "ROUTING AREA UPDATE REJECT" },
	{ 0x0c, "SERVICE REQUEST" },
	{ 0x0d, "SERVICE ACCEPT" },
	{ 0x0e, "SERVICE REJECT" },
	{ 0x10, "P-TMSI REALLOCATION COMMAND" },
	{ 0x11, "P-TMSI REALLOCATION COMPLETE" },
	{ 0x12, "AUTHENTICATION AND CIPHERING REQUEST" },
	{ 0x13, "AUTHENTICATION AND CIPHERING RESPONSE" },
	{ 0x14, "AUTHENTICATION AND CIPHERING REJECT" },
	{ 0x1c, "AUTHENTICATION AND CIPHERING FAILURE" },
	{ 0x15, "IDENTITY REQUEST" },
	{ 0x16, "IDENTITY RESPONSE" },
	{ 0x20, "GMM STATUS" },
	{ 0x21, "GMM INFORMATION" },
	{ 0, NULL }
};

/* TS 24.080 3.4 (table 3.1): the messages of non call related SS (libosmocore names them by
 * their C constants) */
static const struct tk_value_string ss_msg_names[] = {
	{ 0x2a, "RELEASE COMPLETE" },
	{ 0x3a, "FACILITY" },
	{ 0x3b, "REGISTER" },
	{ 0, NULL }
};

/*
 * The message names of MM, CC and RR as the standards write them (libosmocore names these by
 * their C constants, "GSM48_MT_CC_DISCONNECT").  The codes are libosmocore's constants; each
 * name was compared with tshark 4.0.17's (which writes them in title case) for every code.
 */

/* TS 24.008 10.4 Table 10.2: message types for mobility management (bits 6-1) */
static const struct tk_value_string mm_msg_names[] = {
	{ 0x01, "IMSI DETACH INDICATION" },
	{ 0x02, "LOCATION UPDATING ACCEPT" },
	{ 0x04, "LOCATION UPDATING REJECT" },
	{ 0x08, "LOCATION UPDATING REQUEST" },
	{ 0x11, "AUTHENTICATION REJECT" },
	{ 0x12, "AUTHENTICATION REQUEST" },
	{ 0x14, "AUTHENTICATION RESPONSE" },
	{ 0x1c, "AUTHENTICATION FAILURE" },
	{ 0x18, "IDENTITY REQUEST" },
	{ 0x19, "IDENTITY RESPONSE" },
	{ 0x1a, "TMSI REALLOCATION COMMAND" },
	{ 0x1b, "TMSI REALLOCATION COMPLETE" },
	{ 0x21, "CM SERVICE ACCEPT" },
	{ 0x22, "CM SERVICE REJECT" },
	{ 0x23, "CM SERVICE ABORT" },
	{ 0x24, "CM SERVICE REQUEST" },
	{ 0x25, "CM SERVICE PROMPT" },
	{ 0x28, "CM RE-ESTABLISHMENT REQUEST" },
	{ 0x29, "ABORT" },
	{ 0x30, "MM NULL" },
	{ 0x31, "MM STATUS" },
	{ 0x32, "MM INFORMATION" },
	{ 0, NULL }
};

/* TS 24.008 10.4 Table 10.3: message types for call control (bits 6-1) */
static const struct tk_value_string cc_msg_names[] = {
	{ 0x00, "escape to nationally specific message types" },
	{ 0x01, "ALERTING" },
	{ 0x02, "CALL PROCEEDING" },
	{ 0x03, "PROGRESS" },
	{ 0x04, "CC-ESTABLISHMENT" },
	{ 0x05, "SETUP" },
	{ 0x06, "CC-ESTABLISHMENT CONFIRMED" },
	{ 0x07, "CONNECT" },
	{ 0x08, "CALL CONFIRMED" },
	{ 0x09, "START CC" },
	{ 0x0b, "RECALL" },
	{ 0x0e, "EMERGENCY SETUP" },
	{ 0x0f, "CONNECT ACKNOWLEDGE" },
	{ 0x10, "USER INFORMATION" },
	{ 0x13, "MODIFY REJECT" },
	{ 0x17, "MODIFY" },
	{ 0x18, "HOLD" },
	{ 0x19, "HOLD ACKNOWLEDGE" },
	{ 0x1a, "HOLD REJECT" },
	{ 0x1c, "RETRIEVE" },
	{ 0x1d, "RETRIEVE ACKNOWLEDGE" },
	{ 0x1e, "RETRIEVE REJECT" },
	{ 0x1f, "MODIFY COMPLETE" },
	{ 0x25, "DISCONNECT" },
	{ 0x2a, "RELEASE COMPLETE" },
	{ 0x2d, "RELEASE" },
	{ 0x31, "STOP DTMF" },
	{ 0x32, "STOP DTMF ACKNOWLEDGE" },
	{ 0x34, "STATUS ENQUIRY" },
	{ 0x35, "START DTMF" },
	{ 0x36, "START DTMF ACKNOWLEDGE" },
	{ 0x37, "START DTMF REJECT" },
	{ 0x39, "CONGESTION CONTROL" },
	{ 0x3a, "FACILITY" },
	{ 0x3d, "STATUS" },
	{ 0x3e, "NOTIFY" },
	{ 0, NULL }
};

/*
 * TS 44.018 10.4 Table 10.4.1: message types for radio resource management.  0x0c and 0x25
 * (UPLINK FREE and NOTIFICATION/FACCH of GSM 04.08) are not here: they use the RR short PD
 * (Table 10.4.2), and 0x3c (RR INITIALISATION REQUEST) is reserved in tshark 4.0.17's table;
 * those three stay unnamed rather than guessed.
 */
static const struct tk_value_string rr_msg_names[] = {
	{ 0x00, "SYSTEM INFORMATION TYPE 13" },
	{ 0x02, "SYSTEM INFORMATION TYPE 2bis" },
	{ 0x03, "SYSTEM INFORMATION TYPE 2ter" },
	{ 0x04, "SYSTEM INFORMATION TYPE 9" },
	{ 0x05, "SYSTEM INFORMATION TYPE 5bis" },
	{ 0x06, "SYSTEM INFORMATION TYPE 5ter" },
	{ 0x07, "SYSTEM INFORMATION TYPE 2quater" },
	{ 0x08, "RR-CELL CHANGE ORDER" },
	{ 0x09, "VGCS UPLINK GRANT" },
	{ 0x0a, "PARTIAL RELEASE" },
	{ 0x0d, "CHANNEL RELEASE" },
	{ 0x0e, "UPLINK RELEASE" },
	{ 0x0f, "PARTIAL RELEASE COMPLETE" },
	{ 0x10, "CHANNEL MODE MODIFY" },
	{ 0x11, "TALKER INDICATION" },
	{ 0x12, "RR STATUS" },
	{ 0x13, "CLASSMARK ENQUIRY" },
	{ 0x14, "FREQUENCY REDEFINITION" },
	{ 0x15, "MEASUREMENT REPORT" },
	{ 0x16, "CLASSMARK CHANGE" },
	{ 0x17, "CHANNEL MODE MODIFY ACKNOWLEDGE" },
	{ 0x18, "SYSTEM INFORMATION TYPE 8" },
	{ 0x19, "SYSTEM INFORMATION TYPE 1" },
	{ 0x1a, "SYSTEM INFORMATION TYPE 2" },
	{ 0x1b, "SYSTEM INFORMATION TYPE 3" },
	{ 0x1c, "SYSTEM INFORMATION TYPE 4" },
	{ 0x1d, "SYSTEM INFORMATION TYPE 5" },
	{ 0x1e, "SYSTEM INFORMATION TYPE 6" },
	{ 0x1f, "SYSTEM INFORMATION TYPE 7" },
	{ 0x20, "NOTIFICATION/NCH" },
	{ 0x21, "PAGING REQUEST TYPE 1" },
	{ 0x22, "PAGING REQUEST TYPE 2" },
	{ 0x23, "PDCH ASSIGNMENT COMMAND" },
	{ 0x24, "PAGING REQUEST TYPE 3" },
	{ 0x26, "NOTIFICATION/RESPONSE" },
	{ 0x27, "PAGING RESPONSE" },
	{ 0x28, "HANDOVER FAILURE" },
	{ 0x29, "ASSIGNMENT COMPLETE" },
	{ 0x2a, "UPLINK BUSY" },
	{ 0x2b, "HANDOVER COMMAND" },
	{ 0x2c, "HANDOVER COMPLETE" },
	{ 0x2d, "PHYSICAL INFORMATION" },
	{ 0x2e, "ASSIGNMENT COMMAND" },
	{ 0x2f, "ASSIGNMENT FAILURE" },
	{ 0x30, "CONFIGURATION CHANGE COMMAND" },
	{ 0x31, "CONFIGURATION CHANGE ACK." },
	{ 0x32, "CIPHERING MODE COMPLETE" },
	{ 0x33, "CONFIGURATION CHANGE REJECT" },
	{ 0x34, "GPRS SUSPENSION REQUEST" },
	{ 0x35, "CIPHERING MODE COMMAND" },
	{ 0x36, "EXTENDED MEASUREMENT REPORT" },
	{ 0x37, "EXTENDED MEASUREMENT ORDER" },
	{ 0x38, "APPLICATION INFORMATION" },
	{ 0x39, "IMMEDIATE ASSIGNMENT EXTENDED" },
	{ 0x3a, "IMMEDIATE ASSIGNMENT REJECT" },
	{ 0x3b, "ADDITIONAL ASSIGNMENT" },
	{ 0x3d, "SYSTEM INFORMATION TYPE 16" },
	{ 0x3e, "SYSTEM INFORMATION TYPE 17" },
	{ 0x3f, "IMMEDIATE ASSIGNMENT" },
	{ 0x40, "SYSTEM INFORMATION TYPE 18" },
	{ 0x41, "SYSTEM INFORMATION TYPE 19" },
	{ 0x42, "SYSTEM INFORMATION TYPE 20" },
	{ 0x46, "SYSTEM INFORMATION TYPE 21" },
	{ 0x48, "DTM ASSIGNMENT FAILURE" },
	{ 0x49, "DTM REJECT" },
	{ 0x4a, "DTM REQUEST" },
	{ 0x4b, "PACKET ASSIGNMENT" },
	{ 0x4c, "DTM ASSIGNMENT COMMAND" },
	{ 0x4d, "DTM INFORMATION" },
	{ 0x4e, "PACKET NOTIFICATION" },
	{ 0x60, "UTRAN CLASSMARK CHANGE" },
	{ 0x62, "cdma2000 CLASSMARK CHANGE" },
	{ 0x63, "INTER SYSTEM TO UTRAN HANDOVER COMMAND" },
	{ 0x64, "INTER SYSTEM TO cdma2000 HANDOVER COMMAND" },
	{ 0x6a, "EC-IMMEDIATE ASSIGNMENT TYPE 1" },
	{ 0, NULL }
};

const char *tk_rr_msg_name(unsigned type)
{
	return tk_vs_name(rr_msg_names, type);
}

/* 10.4 Table 10.4a message types for GPRS session management */
static const struct tk_value_string sm_msg_names[] = {
	{ 0x41, "ACTIVATE PDP CONTEXT REQUEST" },
	{ 0x42, "ACTIVATE PDP CONTEXT ACCEPT" },
	{ 0x43, "ACTIVATE PDP CONTEXT REJECT" },
	{ 0x44, "REQUEST PDP CONTEXT ACTIVATION" },
	{ 0x45, "REQUEST PDP CONTEXT ACTIVATION REJECT" },
	{ 0x46, "DEACTIVATE PDP CONTEXT REQUEST" },
	{ 0x47, "DEACTIVATE PDP CONTEXT ACCEPT" },
	{ 0x48, "MODIFY PDP CONTEXT REQUEST (network to MS direction)" },
	{ 0x49, "MODIFY PDP CONTEXT ACCEPT (MS to network direction)" },
	{ 0x4a, "MODIFY PDP CONTEXT REQUEST (MS to network direction)" },
	{ 0x4b, "MODIFY PDP CONTEXT ACCEPT (network to MS direction)" },
	{ 0x4c, "MODIFY PDP CONTEXT REJECT" },
	{ 0x4d, "ACTIVATE SECONDARY PDP CONTEXT REQUEST" },
	{ 0x4e, "ACTIVATE SECONDARY PDP CONTEXT ACCEPT" },
	{ 0x4f, "ACTIVATE SECONDARY PDP CONTEXT REJECT" },
	{ 0x55, "SM STATUS" },
	{ 0x56, "ACTIVATE MBMS CONTEXT REQUEST" },
	{ 0x57, "ACTIVATE MBMS CONTEXT ACCEPT" },
	{ 0x58, "ACTIVATE MBMS CONTEXT REJECT" },
	{ 0x59, "REQUEST MBMS CONTEXT ACTIVATION" },
	{ 0x5a, "REQUEST MBMS CONTEXT ACTIVATION REJECT" },
	{ 0x5b, "REQUEST SECONDARY PDP CONTEXT ACTIVATION" },
	{ 0x5c, "REQUEST SECONDARY PDP CONTEXT ACTIVATION REJECT" },
	{ 0x5d, "NOTIFICATION" },
	{ 0, NULL }
};

/* 10.5.5.14 GMM cause */
static const struct tk_value_string gmm_cause_names[] = {
	{ 2, "IMSI unknown in HLR" },
	{ 3, "Illegal MS" },
	{ 5, "IMEI not accepted" },
	{ 6, "Illegal ME" },
	{ 7, "GPRS services not allowed" },
	{ 8, "GPRS services and non-GPRS services not allowed" },
	{ 9, "MS identity cannot be derived by the network" },
	{ 10, "Implicitly detached" },
	{ 11, "PLMN not allowed" },
	{ 12, "Location Area not allowed" },
	{ 13, "Roaming not allowed in this location area" },
	{ 14, "GPRS services not allowed in this PLMN" },
	{ 15, "No Suitable Cells In Location Area" },
	{ 16, "MSC temporarily not reachable" },
	{ 17, "Network failure" },
	{ 20, "MAC failure" },
	{ 21, "Synch failure" },
	{ 22, "Congestion" },
	{ 23, "GSM authentication unacceptable" },
	{ 25, "Not authorized for this CSG" },
	{ 28, "SMS provided via GPRS in this routing area" },
	{ 40, "No PDP context activated" },
	{ 95, "Semantically incorrect message" },
	{ 96, "Invalid mandatory information" },
	{ 97, "Message type non-existent or not implemented" },
	{ 98, "Message type not compatible with the protocol state" },
	{ 99, "Information element non-existent or not implemented" },
	{ 100, "Conditional IE error" },
	{ 101, "Message not compatible with the protocol state" },
	{ 111, "Protocol error, unspecified" },
	{ 0, NULL }
};

static const struct tk_vrange gmm_cause_ranges[] = {
	{ 48, 63, "retry upon entry into a new cell" },
	{ 0, 0, NULL }
};

static void emit_gmm_cause(struct tk_emitter *e, unsigned v)
{
	tk_emit_kv_long(e, "gmmCauseValue", v);
	/* 10.5.5.14: the MS treats any other value as 111 */
	tk_inner_emit_name(e, "gmmCause", gmm_cause_names, gmm_cause_ranges,
			   "unassigned, treated as protocol error, unspecified", v);
}

static void gmm_cause(struct l3 *m)
{
	const uint8_t *v = take_v(m, 1, "GMM cause");

	if (v)
		emit_gmm_cause(m->e, v[0]);
}

static void val_gmm_cause(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "a GMM cause"))
		emit_gmm_cause(e, p[0]);
	tk_inner_finish(e, p, n, &er);
}

/* 10.5.7.3 GPRS timer unit, bits 8-6 */
static const struct tk_value_string gprs_timer_units[] = {
	{ 0, "2 seconds" },
	{ 1, "1 minute" },
	{ 2, "decihours" },
	{ 7, "deactivated" },
	{ 0, NULL }
};

/* 10.5.7.4a GPRS timer 3 unit, bits 8-6 */
static const struct tk_value_string gprs_timer3_units[] = {
	{ 0, "10 minutes" },
	{ 1, "1 hour" },
	{ 2, "10 hours" },
	{ 3, "2 seconds" },
	{ 4, "30 seconds" },
	{ 5, "1 minute" },
	{ 6, "320 hours" },
	{ 7, "deactivated" },
	{ 0, NULL }
};

/* one timer octet: unit in bits 8-6, value in bits 5-1; "seconds" unless deactivated */
static void emit_timer(struct tk_emitter *e, unsigned o, int three)
{
	static const long mult3[] = { 600, 3600, 36000, 2, 30, 60, 1152000, 0 };
	unsigned unit = o >> 5, v = o & 0x1f;
	long mult;

	tk_emit_kv_long(e, "timerValue", v);
	if (three) {
		tk_inner_emit_name(e, "unit", gprs_timer3_units, NULL, "unassigned", unit);
		mult = mult3[unit];
	} else {
		/* 10.5.7.3: the other units are read as 1 minute */
		tk_inner_emit_name(e, "unit", gprs_timer_units, NULL,
				   "unassigned, read as 1 minute", unit);
		mult = unit == 0 ? 2 : unit == 2 ? 360 : unit == 7 ? 0 : 60;
	}
	if (mult)
		tk_emit_kv_long(e, "seconds", (long)v * mult);
	else
		tk_emit_kv_bool(e, "deactivated", 1);
}

/* 10.5.7.3 GPRS timer (V, TV) and 10.5.7.4 GPRS timer 2 (TLV, the same octet) */
static void val_gprs_timer(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "a GPRS timer"))
		emit_timer(e, p[0], 0);
	tk_inner_finish(e, p, n, &er);
}

/* 10.5.7.4a GPRS timer 3 */
static void val_gprs_timer3(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "a GPRS timer 3"))
		emit_timer(e, p[0], 1);
	tk_inner_finish(e, p, n, &er);
}

/* 10.5.5.15 routing area identification (V 6, and the value of 10.5.5.15a RAI 2) */
static void val_rai(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_plmn_cell(e, p, n, TK_LOC_RAI);
}

/* 10.5.5.6 DRX parameter, octet 3: split PG cycle codes 65 to 98 */
static const uint16_t split_pg_cycle_65[] = {
	71, 72, 74, 75, 77, 79, 80, 83, 86, 88, 90, 92, 96, 101, 103, 107, 112,
	116, 118, 128, 141, 144, 150, 160, 171, 176, 192, 214, 224, 235, 256, 288, 320, 352
};

/* 10.5.5.6 octet 4 bits 8-5: CN specific DRX cycle length coefficient */
static const struct tk_value_string drx_coefficient_names[] = {
	{ 0, "not specified by the MS" },
	{ 6, "coefficient 6 (Iu mode), T = 32 (S1 mode)" },
	{ 7, "coefficient 7 (Iu mode), T = 64 (S1 mode)" },
	{ 8, "coefficient 8 (Iu mode), T = 128 (S1 mode)" },
	{ 9, "coefficient 9 (Iu mode), T = 256 (S1 mode)" },
	{ 0, NULL }
};

/* 10.5.5.24 Inter RAT information container: "the INTER RAT HANDOVER INFO as defined in
 * 3GPP TS 25.331", unaligned PER (rrc.c) */
static void val_inter_rat_ho_info(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_rrc(e, TK_RRC_INTER_RAT_HANDOVER_INFO, p, n);
}

/* 10.5.5.27 E-UTRAN inter RAT information container: "formatted and coded according to the
 * UE-EUTRA-Capability IE defined in 3GPP TS 36.331", unaligned PER (lte_rrc.c) */
static void val_eutran_inter_rat_info(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_lte_rrc(e, TK_LTE_RRC_UE_EUTRA_CAPABILITY, p, n);
}

static void val_drx(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	unsigned code, t;
	long cycle;

	n = tk_inner_start(e, &er, p, n);
	if (n < 2) {
		tk_inner_fail(&er, n, "truncated: a DRX parameter has 2 octets, %zu present", n);
		goto out;
	}
	code = p[0];
	/* 0 is 704 (no DRX on CCCH), 1-64 themselves, 65-98 from the table; others read as 1 */
	if (code == 0)
		cycle = 704;
	else if (code <= 64)
		cycle = code;
	else if (code <= 98)
		cycle = split_pg_cycle_65[code - 65];
	else
		cycle = 1;
	tk_emit_kv_long(e, "splitPgCycleCode", code);
	tk_emit_kv_long(e, "splitPgCycle", cycle);
	tk_inner_emit_name(e, "cnSpecificDrxCycleLengthCoefficient", drx_coefficient_names, NULL,
			   "unassigned, read as not specified", p[1] >> 4);
	tk_emit_kv_bool(e, "splitOnCcch", p[1] & 0x08);
	/* bits 3-1: 0 no non-DRX mode after transfer state, k: at most 2^(k-1) seconds */
	t = p[1] & 7;
	tk_emit_kv_long(e, "nonDrxTimerSeconds", t ? 1L << (t - 1) : 0);
	tk_inner_extra(&er, n, 2, "a DRX parameter");
out:
	tk_inner_finish(e, p, n, &er);
}

/* 10.5.7.1 PDP context status: one bit per NSAPI, NSAPI 7..0 in octet 3, 15..8 in octet 4 */
/* NSAPIs 0-15 as bits of two octets (octet 3 bit 1 = NSAPI 0; 0-4 spare): key, the set ones */
static void nsapi_bitmap(struct tk_emitter *e, const uint8_t *p, size_t n, const char *key,
			 const char *what)
{
	struct tk_inner_err er;
	unsigned i;

	n = tk_inner_start(e, &er, p, n);
	if (n < 2) {
		tk_inner_fail(&er, n, "truncated: %s has 2 octets, %zu present", what, n);
		goto out;
	}
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i < 16; i++) {
		if (p[i / 8] & (1u << (i % 8)))
			tk_emit_long(e, i);
	}
	tk_emit_close(e, 1);
	if (p[0] & 0x1f)
		tk_inner_fail(&er, 0, "NSAPI 0-4 bits are spare but set");
	tk_inner_extra(&er, n, 2, what);
out:
	tk_inner_finish(e, p, n, &er);
}

static void val_pdp_context_status(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	nsapi_bitmap(e, p, n, "activeNsapis", "a PDP context status");
}

/* 10.5.7.7 Uplink data status: the NSAPIs of preserved PDP contexts with uplink data pending */
static void val_uplink_data_status(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	nsapi_bitmap(e, p, n, "nsapisWithPendingUplinkData", "an uplink data status");
}

/* the one-bit flags of octet 3 as booleans: keys[i] is bit 8 - i, NULL a spare bit */
static void octet_flags(struct tk_emitter *e, const uint8_t *p, size_t n, const char *const keys[8],
			const char *what)
{
	struct tk_inner_err er;
	int i;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1)
		tk_inner_fail(&er, 0, "truncated: %s has 1 octet, 0 present", what);
	for (i = 0; i < 8 && n; i++)
		if (keys[i])
			tk_emit_kv_bool(e, keys[i], p[0] & (0x80u >> i));
	tk_inner_finish(e, p, n, &er);
}

/* 10.5.5.22 PS LCS capability: MTA-E (bit 8), MTA-R (7), APC (6), OTD-A (5), OTD-B (4),
 * GPS-A (3), GPS-B (2), GPS-C (1) supported */
static void val_ps_lcs_capability(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const char *const keys[8] = {
		"mtaExtendedAccessBurst", "mtaRlcDataBlock", "additionalPositioningCapabilities",
		"msAssistedEotd", "msBasedEotd", "msAssistedGps", "msBasedGps", "conventionalGps"
	};

	octet_flags(e, p, n, keys, "a PS LCS capability");
}

/* 10.5.5.33 Additional network feature support: ePCO (bit 3: the extended protocol
 * configuration options IE supported), RestrictEC (bit 2: enhanced coverage restricted),
 * GPRS-SMS (bit 1: SMS via GPRS NOT supported) */
static void val_additional_network_features(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const char *const keys[8] = {
		NULL, NULL, NULL, NULL, NULL, "extendedPcoSupported", "enhancedCoverageRestricted",
		"smsViaGprsNotSupported"
	};

	octet_flags(e, p, n, keys, "an additional network feature support");
}

/* 10.5.5.28 Voice domain preference and UE's usage setting, bits 2-1 */
static const struct tk_value_string voice_domain_names[] = {
	{ 0, "CS Voice only" },
	{ 1, "IMS PS Voice only" },
	{ 2, "CS voice preferred, IMS PS Voice as secondary" },
	{ 3, "IMS PS voice preferred, CS Voice as secondary" },
	{ 0, NULL }
};

/* ... bit 3 */
static const struct tk_value_string usage_setting_names[] = {
	{ 0, "Voice centric" },
	{ 1, "Data centric" },
	{ 0, NULL }
};

static void val_voice_domain_preference(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: a voice domain preference has 1 octet, 0 present");
	} else {
		tk_inner_emit_name(e, "ueUsageSetting", usage_setting_names, NULL, "unassigned",
				   (p[0] >> 2) & 1);
		tk_inner_emit_name(e, "voiceDomainPreferenceForEutran", voice_domain_names, NULL,
				   "unassigned", p[0] & 3);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 10.5.5.31 Network resource identifier container: the NRI, 10 bits from bit 8 of octet 3
 * (bits 6-1 of octet 4 spare) */
static void val_nri_container(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_need(&er, n, 2, "a network resource identifier container")) {
		tk_emit_kv_long(e, "nriContainerValue", (long)p[0] << 2 | p[1] >> 6);
		tk_inner_extra(&er, n, 2, "a network resource identifier container");
	}
	tk_inner_finish(e, p, n, &er);
}

/*
 * TS 24.161 NBIFOM parameter identifiers.  1 to 4 mean the same in both directions; 5 to 8 are
 * each assigned in one direction only ("not assigned" in the other), so the direction is part
 * of the name.
 */
static const struct tk_value_string nbifom_parameter_names[] = {
	{ 1, "NBIFOM mode" },
	{ 2, "NBIFOM default access" },
	{ 3, "NBIFOM status" },
	{ 4, "NBIFOM routing rules" },
	{ 5, "NBIFOM IP flow mapping (MS to network)" },
	{ 6, "NBIFOM RAN rules handling (network to MS)" },
	{ 7, "NBIFOM access stratum status (MS to network)" },
	{ 8, "NBIFOM access usability indication (MS to network)" },
	{ 0, NULL }
};

static const struct tk_value_string nbifom_mode_names[] = {
	{ 1, "UE-initiated NBIFOM mode" },
	{ 2, "network-initiated NBIFOM mode" },
	{ 0, NULL }
};

/* the default access and a routing access */
static const struct tk_value_string nbifom_access_names[] = {
	{ 1, "3GPP access" },
	{ 2, "non-3GPP access" },
	{ 0, NULL }
};

/* the NBIFOM status: ESM/SM cause values (TS 24.161 lists which) */
static const struct tk_value_string nbifom_status_names[] = {
	{ 0x00, "accepted" },
	{ 0x1a, "insufficient resources" },
	{ 0x22, "service option temporarily out of order" },
	{ 0x25, "requested service option not subscribed" },
	{ 0x39, "incorrect indication in the routing rule operation" },
	{ 0x3a, "unknown information in IP flow filter(s)" },
	{ 0x3f, "request rejected, unspecified" },
	{ 0x6f, "protocol error, unspecified" },
	{ 0x82, "unknown routing access information" },
	{ 0, NULL }
};

static const struct tk_value_string nbifom_ran_rules_handling_names[] = {
	{ 1, "RAN rules handling parameter is not set" },
	{ 2, "RAN rules handling parameter is set" },
	{ 0, NULL }
};

static const struct tk_value_string nbifom_ran_rules_status_names[] = {
	{ 1, "no indication" },
	{ 2, "move-traffic-from-WLAN indication" },
	{ 3, "move-traffic-to-WLAN indication" },
	{ 0, NULL }
};

/* the access usability indication: bits 4-3 WLAN, 2-1 3GPP (bits 8-5 spare) */
static const struct tk_value_string nbifom_usability_names[] = {
	{ 0, "no change in usability" },
	{ 1, "becomes usable" },
	{ 2, "becomes unusable" },
	{ 0, NULL }
};

/* the contents of the one-octet NBIFOM parameters, beside their hex; the routing rules (4) and
 * the IP flow mapping (5) stay in hex */
static void nbifom_contents(struct tk_emitter *e, unsigned id, const uint8_t *c, size_t len)
{
	if (len < 1)
		return;
	switch (id) {
	case 1:
		tk_emit_kv_long(e, "nbifomModeValue", c[0]);
		tk_inner_emit_name(e, "nbifomMode", nbifom_mode_names, NULL, "unassigned", c[0]);
		break;
	case 2:
		tk_emit_kv_long(e, "defaultAccessValue", c[0]);
		tk_inner_emit_name(e, "defaultAccess", nbifom_access_names, NULL, "unassigned", c[0]);
		break;
	case 3:
		tk_emit_kv_long(e, "statusValue", c[0]);
		tk_inner_emit_name(e, "status", nbifom_status_names, NULL, "unassigned", c[0]);
		break;
	case 6:
		tk_emit_kv_long(e, "ranRulesHandlingValue", c[0]);
		tk_inner_emit_name(e, "ranRulesHandling", nbifom_ran_rules_handling_names, NULL,
				   "unassigned", c[0]);
		break;
	case 7:
		tk_emit_kv_long(e, "ranRulesStatusValue", c[0]);
		tk_inner_emit_name(e, "ranRulesStatus", nbifom_ran_rules_status_names, NULL,
				   "unassigned", c[0]);
		break;
	case 8:
		tk_inner_emit_name(e, "wlanAccessUsable", nbifom_usability_names, NULL, "reserved",
				   (c[0] >> 2) & 3);
		tk_inner_emit_name(e, "threeGppAccessUsable", nbifom_usability_names, NULL,
				   "reserved", c[0] & 3);
		break;
	default:
		break;
	}
}

/*
 * TS 24.008 NBIFOM container, from octet 3: the TS 24.161 list of NBIFOM parameters, each a
 * parameter identifier, a length octet and the contents: "parameters":
 * [{"parameterIdentifierValue", "parameterIdentifier", "contents" (hex), and for the
 * parameters of one octet their value by name}].  The contents' codings are those tshark
 * 4.0.17 shows (TS 24.161 itself was not readable here).
 */
static void val_nbifom_container(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i = 0, len;

	n = tk_inner_start(e, &er, p, n);
	tk_emit_key(e, "parameters");
	tk_emit_open(e, 1);
	while (i < n) {
		if (n - i < 2) {
			tk_inner_fail(&er, n, "truncated: NBIFOM parameter 0x%02x without its length", p[i]);
			break;
		}
		len = p[i + 1];
		if (len > n - i - 2) {
			tk_inner_fail(&er, i + 1, "NBIFOM parameter 0x%02x of length %zu, %zu octets follow",
				      p[i], len, n - i - 2);
			break;
		}
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "parameterIdentifierValue", p[i]);
		tk_inner_emit_name(e, "parameterIdentifier", nbifom_parameter_names, NULL,
				   "unassigned", p[i]);
		tk_emit_kv_hex(e, "contents", p + i + 2, len);
		nbifom_contents(e, p[i], p + i + 2, len);
		tk_emit_close(e, 0);
		i += 2 + len;
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* 10.5.6.15 MBMS protocol configuration options: octet 3 is spare, all eight bits (no option
 * is defined; tshark 4.0.17 reads it as spare bits too); more octets are reported */
static void val_mbms_pco(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_inner_number(e, p, n, 1, "spare", "MBMS protocol configuration options");
}

/* TS 24.008 Re-attempt indicator, octet 3: EPLMNC (bit 2), RATC (bit 1): the MS may not
 * re-attempt the procedure in an equivalent PLMN / in S1 mode */
static void val_reattempt_indicator(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const char *const keys[8] = {
		NULL, NULL, NULL, NULL, NULL, NULL, "reattemptInEquivalentPlmnNotAllowed",
		"reattemptInS1ModeNotAllowed"
	};

	octet_flags(e, p, n, keys, "a re-attempt indicator");
}

/* 10.5.5.2 attach type, bits 3-1 (bit 4: follow-on request pending) */
static const struct tk_value_string attach_type_names[] = {
	{ 1, "GPRS attach" },
	{ 2, "not used (earlier versions: GPRS attach while IMSI attached)" },
	{ 3, "combined GPRS/IMSI attach" },
	{ 4, "emergency attach" },
	{ 0, NULL }
};

/* 10.5.5.1 attach result, bits 3-1 (bit 4: follow-on proceed) */
static const struct tk_value_string attach_result_names[] = {
	{ 1, "GPRS only attached" },
	{ 3, "combined GPRS/IMSI attached" },
	{ 0, NULL }
};

/* 10.5.5.18 update type, bits 3-1 (bit 4: follow-on request pending) */
static const struct tk_value_string update_type_names[] = {
	{ 0, "RA updating" },
	{ 1, "combined RA/LA updating" },
	{ 2, "combined RA/LA updating with IMSI attach" },
	{ 3, "periodic updating" },
	{ 0, NULL }
};

/* 10.5.5.17 update result, bits 3-1 (bit 4: follow-on proceed) */
static const struct tk_value_string update_result_names[] = {
	{ 0, "RA updated" },
	{ 1, "combined RA/LA updated" },
	{ 4, "RA updated and ISR activated" },
	{ 5, "combined RA/LA updated and ISR activated" },
	{ 0, NULL }
};

/* 10.5.5.5 detach type, bits 3-1: the meaning depends on the direction */
static const struct tk_value_string detach_from_ms_names[] = {
	{ 1, "GPRS detach" },
	{ 2, "IMSI detach" },
	{ 3, "combined GPRS/IMSI detach" },
	{ 0, NULL }
};

static const struct tk_value_string detach_to_ms_names[] = {
	{ 1, "re-attach required" },
	{ 2, "re-attach not required" },
	{ 3, "IMSI detach (after VLR failure)" },
	{ 0, NULL }
};

/* 10.5.5.7 force to standby, bits 3-1 */
static const struct tk_value_string force_standby_names[] = {
	{ 0, "force to standby not indicated" },
	{ 1, "force to standby indicated" },
	{ 0, NULL }
};

/* 10.5.5.3 ciphering algorithm, bits 3-1 */
static const struct tk_value_string gea_names[] = {
	{ 0, "ciphering not used" },
	{ 1, "GEA/1" },
	{ 2, "GEA/2" },
	{ 3, "GEA/3" },
	{ 4, "GEA/4" },
	{ 5, "GEA/5" },
	{ 6, "GEA/6" },
	{ 7, "GEA/7" },
	{ 0, NULL }
};

/* 10.5.5.10 IMEISV request, bits 3-1 */
static const struct tk_value_string imeisv_request_names[] = {
	{ 0, "IMEISV not requested" },
	{ 1, "IMEISV requested" },
	{ 0, NULL }
};

/* 10.5.5.9 identity type 2, bits 3-1 */
static const struct tk_value_string identity_type2_names[] = {
	{ 1, "IMSI" },
	{ 2, "IMEI" },
	{ 3, "IMEISV" },
	{ 4, "TMSI" },
	{ 0, NULL }
};

/* 10.5.5.20 service type, bits 3-1 */
static const struct tk_value_string service_type_names[] = {
	{ 0, "signalling" },
	{ 1, "data" },
	{ 2, "paging response" },
	{ 3, "MBMS multicast service reception" },
	{ 4, "MBMS broadcast service reception" },
	{ 0, NULL }
};

/* 10.5.7.2 radio priority, bits 3-1 */
static const struct tk_value_string radio_priority_names[] = {
	{ 1, "priority level 1 (highest)" },
	{ 2, "priority level 2" },
	{ 3, "priority level 3" },
	{ 4, "priority level 4 (lowest)" },
	{ 0, NULL }
};

static void emit_force_standby(struct tk_emitter *e, unsigned half)
{
	/* 10.5.5.7: the other values are read as "not indicated" */
	tk_inner_emit_name(e, "forceToStandby", force_standby_names, NULL,
			   "unassigned, read as not indicated", half & 7);
}

static void emit_radio_priority(struct tk_emitter *e, const char *key, unsigned half)
{
	tk_inner_emit_name(e, key, radio_priority_names, NULL,
			   "unassigned, read as priority level 4", half & 7);
}

/* type 1 values (the half octet in p[0]) for optional elements */
static void val_tmsi_status(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	/* 10.5.5.4, bit 1 */
	tk_emit_str(e, p[0] & 1 ? "valid TMSI available" : "no valid TMSI available");
}

static void val_radio_priority(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	const char *s = tk_vs_name(radio_priority_names, p[0] & 7);

	(void)n;
	tk_emit_str(e, s ? s : "unassigned, read as priority level 4");
}

static void val_cksn_half(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	/* 10.5.1.2: 7 is "no key is available" from the MS, reserved from the network */
	tk_emit_long(e, p[0] & 7);
}

/* 10.5.6.17 request type, bits 3-1 */
static const struct tk_value_string request_type_names[] = {
	{ 1, "initial request" },
	{ 2, "handover" },
	{ 3, "unused, read as initial request" },
	{ 4, "emergency" },
	{ 0, NULL }
};

static void val_request_type(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	const char *s = tk_vs_name(request_type_names, p[0] & 7);

	(void)n;
	tk_emit_str(e, s ? s : "reserved");
}

static void val_tear_down(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	/* 10.5.6.10, bit 1 */
	tk_emit_str(e, p[0] & 1 ? "tear down requested" : "tear down not requested");
}

/* 10.5.5.0 additional update type: bit 1 (AUTV), bits 4-2 spare */
static void val_additional_update_type(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_str(e, p[0] & 1 ? "SMS only" : "no additional information");
}

/* 10.5.5.34 UP integrity indicator: bit 1, bits 4-2 spare */
static void val_up_integrity(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_str(e, p[0] & 1 ? "MS shall enable integrity protection of user plane data in LLC" :
		    "MS shall disable integrity protection of user plane data in LLC");
}

/* 10.5.5.3a integrity algorithm: type of integrity algorithm, bits 3-1 (bit 4 spare) */
static const struct tk_value_string gia_names[] = {
	{ 0, "GIA/4" },
	{ 1, "GIA/5" },
	{ 2, "GIA/6" },
	{ 3, "GIA/7" },
	{ 0, NULL }
};

static void val_integrity_algorithm(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	const char *s = tk_vs_name(gia_names, p[0] & 7);

	(void)n;
	tk_emit_str(e, s ? s : "reserved");
}

static void val_ms_rac(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_ms_radio_access_capability(e, p, n);
}

static void val_ms_classmark3(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_ms_classmark3(e, p, n);
}

static const struct ie_def ies_attach_request[] = {	/* 9.4.1 */
	{ 0x19, F_TV, 4, "old P-TMSI signature", NULL },
	{ 0x17, F_TV, 2, "requested READY timer value", val_gprs_timer },
	{ 0x90, F_TV1, 1, "TMSI status", val_tmsi_status },
	{ 0x33, F_TLV, 0, "PS LCS capability", val_ps_lcs_capability },
	{ 0x11, F_TLV, 0, "mobile station classmark 2", tk_emit_ms_classmark2 },
	{ 0x20, F_TLV, 0, "mobile station classmark 3", val_ms_classmark3 },
	{ 0x40, F_TLV, 0, "supported codecs", val_supported_codecs },
	{ 0x58, F_TLV, 0, "UE network capability", tk_emit_ue_network_capability },
	{ 0x1a, F_TLV, 0, "additional mobile identity", val_mobile_identity },
	{ 0x1b, F_TLV, 0, "additional old routing area identification", val_rai },
	{ 0x5d, F_TLV, 0, "voice domain preference and UE's usage setting", val_voice_domain_preference },
	{ 0xd0, F_TV1, 1, "device properties", val_device_properties },
	{ 0xe0, F_TV1, 1, "P-TMSI type", val_ptmsi_type },
	{ 0xc0, F_TV1, 1, "MS network feature support", val_ms_network_feature },
	{ 0x14, F_TLV, 0, "old location area identification", val_lai },
	{ 0xf0, F_TV1, 1, "additional update type", val_additional_update_type },
	{ 0x10, F_TLV, 0, "TMSI based NRI container", val_nri_container },
	{ 0x6a, F_TLV, 0, "T3324 value", val_gprs_timer },
	{ 0x39, F_TLV, 0, "T3312 extended value", val_gprs_timer3 },
	{ 0x6e, F_TLV, 0, "extended DRX parameters", val_extended_drx },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_attach_accept[] = {	/* 9.4.2 */
	{ 0x8c, F_T, 1, "cell notification", NULL },
	{ 0x19, F_TV, 4, "P-TMSI signature", NULL },
	{ 0x17, F_TV, 2, "negotiated READY timer value", val_gprs_timer },
	{ 0x18, F_TLV, 0, "allocated P-TMSI", val_mobile_identity },
	{ 0x23, F_TLV, 0, "MS identity", val_mobile_identity },
	{ 0x25, F_TV, 2, "GMM cause", val_gmm_cause },
	{ 0x2a, F_TLV, 0, "T3302 value", val_gprs_timer },
	{ 0x4a, F_TLV, 0, "equivalent PLMNs", val_plmn_list },
	{ 0xb0, F_TV1, 1, "network feature support", val_network_feature_support },
	{ 0x34, F_TLV, 0, "emergency number list", val_emergency_number_list },
	{ 0xa0, F_TV1, 1, "requested MS information", val_requested_ms_information },
	{ 0x37, F_TLV, 0, "T3319 value", val_gprs_timer },
	{ 0x38, F_TLV, 0, "T3323 value", val_gprs_timer },
	{ 0x39, F_TLV, 0, "T3312 extended value", val_gprs_timer3 },
	{ 0x66, F_TLV, 0, "additional network feature support", val_additional_network_features },
	{ 0x6a, F_TLV, 0, "T3324 value", val_gprs_timer },
	{ 0x6e, F_TLV, 0, "extended DRX parameters", val_extended_drx },
	{ 0xc0, F_TV1, 1, "UP integrity indicator", val_up_integrity },
	{ 0x31, F_TLV, 0, "replayed MS network capability", tk_emit_ms_network_capability },
	{ 0x33, F_TLV, 0, "replayed MS radio access capability", val_ms_rac },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_attach_complete[] = {	/* 9.4.3 */
	{ 0x27, F_TLV, 0, "inter RAT handover information", val_inter_rat_ho_info },
	{ 0x2b, F_TLV, 0, "E-UTRAN inter RAT handover information", val_eutran_inter_rat_info },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_gmm_reject[] = {	/* 9.4.4, 9.4.17, 9.4.22 */
	{ 0x2a, F_TLV, 0, "T3302 value", val_gprs_timer },
	{ 0x3a, F_TLV, 0, "T3346 value", val_gprs_timer },
	{ 0, 0, 0, NULL, NULL }
};

/* 9.4.5.1 (network to MS) and 9.4.5.2 (MS to network): the identifiers do not overlap */
static const struct ie_def ies_detach_request[] = {
	{ 0x25, F_TV, 2, "GMM cause", val_gmm_cause },
	{ 0x18, F_TLV, 0, "P-TMSI", val_mobile_identity },
	{ 0x19, F_TLV, 0, "P-TMSI signature", NULL },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_rau_request[] = {	/* 9.4.14 */
	{ 0x19, F_TV, 4, "old P-TMSI signature", NULL },
	{ 0x17, F_TV, 2, "requested READY timer value", val_gprs_timer },
	{ 0x27, F_TV, 3, "DRX parameter", val_drx },
	{ 0x90, F_TV1, 1, "TMSI status", val_tmsi_status },
	{ 0x18, F_TLV, 0, "P-TMSI", val_mobile_identity },
	{ 0x31, F_TLV, 0, "MS network capability", tk_emit_ms_network_capability },
	{ 0x32, F_TLV, 0, "PDP context status", val_pdp_context_status },
	{ 0x33, F_TLV, 0, "PS LCS capability", val_ps_lcs_capability },
	{ 0x35, F_TLV, 0, "MBMS context status", val_mbms_context_status },
	{ 0x58, F_TLV, 0, "UE network capability", tk_emit_ue_network_capability },
	{ 0x1a, F_TLV, 0, "additional mobile identity", val_mobile_identity },
	{ 0x1b, F_TLV, 0, "additional old routing area identification", val_rai },
	{ 0x11, F_TLV, 0, "mobile station classmark 2", tk_emit_ms_classmark2 },
	{ 0x20, F_TLV, 0, "mobile station classmark 3", val_ms_classmark3 },
	{ 0x40, F_TLV, 0, "supported codecs", val_supported_codecs },
	{ 0x5d, F_TLV, 0, "voice domain preference and UE's usage setting", val_voice_domain_preference },
	{ 0xe0, F_TV1, 1, "P-TMSI type", val_ptmsi_type },
	{ 0xd0, F_TV1, 1, "device properties", val_device_properties },
	{ 0xc0, F_TV1, 1, "MS network feature support", val_ms_network_feature },
	{ 0x14, F_TLV, 0, "old location area identification", val_lai },
	{ 0xf0, F_TV1, 1, "additional update type", val_additional_update_type },
	{ 0x10, F_TLV, 0, "TMSI based NRI container", val_nri_container },
	{ 0x6a, F_TLV, 0, "T3324 value", val_gprs_timer },
	{ 0x39, F_TLV, 0, "T3312 extended value", val_gprs_timer3 },
	{ 0x6e, F_TLV, 0, "extended DRX parameters", val_extended_drx },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_rau_accept[] = {	/* 9.4.15 */
	{ 0x8c, F_T, 1, "cell notification", NULL },
	{ 0x19, F_TV, 4, "P-TMSI signature", NULL },
	{ 0x18, F_TLV, 0, "allocated P-TMSI", val_mobile_identity },
	{ 0x23, F_TLV, 0, "MS identity", val_mobile_identity },
	{ 0x26, F_TLV, 0, "list of receive N-PDU numbers", val_receive_npdu_numbers },
	{ 0x17, F_TV, 2, "negotiated READY timer value", val_gprs_timer },
	{ 0x25, F_TV, 2, "GMM cause", val_gmm_cause },
	{ 0x2a, F_TLV, 0, "T3302 value", val_gprs_timer },
	{ 0x4a, F_TLV, 0, "equivalent PLMNs", val_plmn_list },
	{ 0x32, F_TLV, 0, "PDP context status", val_pdp_context_status },
	{ 0xb0, F_TV1, 1, "network feature support", val_network_feature_support },
	{ 0x34, F_TLV, 0, "emergency number list", val_emergency_number_list },
	{ 0x35, F_TLV, 0, "MBMS context status", val_mbms_context_status },
	{ 0xa0, F_TV1, 1, "requested MS information", val_requested_ms_information },
	{ 0x37, F_TLV, 0, "T3319 value", val_gprs_timer },
	{ 0x38, F_TLV, 0, "T3323 value", val_gprs_timer },
	{ 0x39, F_TLV, 0, "T3312 extended value", val_gprs_timer3 },
	{ 0x66, F_TLV, 0, "additional network feature support", val_additional_network_features },
	{ 0x6a, F_TLV, 0, "T3324 value", val_gprs_timer },
	{ 0x6e, F_TLV, 0, "extended DRX parameters", val_extended_drx },
	{ 0xc0, F_TV1, 1, "UP integrity indicator", val_up_integrity },
	{ 0x31, F_TLV, 0, "replayed MS network capability", tk_emit_ms_network_capability },
	{ 0x33, F_TLV, 0, "replayed MS radio access capability", val_ms_rac },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_rau_complete[] = {	/* 9.4.16 */
	{ 0x26, F_TLV, 0, "list of receive N-PDU numbers", val_receive_npdu_numbers },
	{ 0x27, F_TLV, 0, "inter RAT handover information", val_inter_rat_ho_info },
	{ 0x2b, F_TLV, 0, "E-UTRAN inter RAT handover information", val_eutran_inter_rat_info },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_service_request[] = {	/* 9.4.20 */
	{ 0x32, F_TLV, 0, "PDP context status", val_pdp_context_status },
	{ 0x35, F_TLV, 0, "MBMS context status", val_mbms_context_status },
	{ 0x36, F_TLV, 0, "uplink data status", val_uplink_data_status },
	{ 0xd0, F_TV1, 1, "device properties", val_device_properties },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_service_accept[] = {	/* 9.4.21 */
	{ 0x32, F_TLV, 0, "PDP context status", val_pdp_context_status },
	{ 0x35, F_TLV, 0, "MBMS context status", val_mbms_context_status },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_service_reject[] = {	/* 9.4.22 */
	{ 0x3a, F_TLV, 0, "T3346 value", val_gprs_timer },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_ptmsi_realloc[] = {	/* 9.4.7 */
	{ 0x19, F_TV, 4, "P-TMSI signature", NULL },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_auth_ciph_request[] = {	/* 9.4.9 */
	{ 0x21, F_TV, 17, "authentication parameter RAND", NULL },
	{ 0x80, F_TV1, 1, "GPRS ciphering key sequence number", val_cksn_half },
	{ 0x28, F_TLV, 0, "authentication parameter AUTN", NULL },
	{ 0x31, F_TLV, 0, "replayed MS network capability", tk_emit_ms_network_capability },
	{ 0x90, F_TV1, 1, "integrity algorithm", val_integrity_algorithm },
	{ 0x43, F_TLV, 0, "message authentication code", NULL },
	{ 0x33, F_TLV, 0, "replayed MS radio access capability", val_ms_rac },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_auth_ciph_response[] = {	/* 9.4.10 */
	{ 0x22, F_TV, 5, "authentication response parameter (SRES or RES)", NULL },
	{ 0x23, F_TLV, 0, "IMEISV", val_mobile_identity },
	{ 0x29, F_TLV, 0, "authentication response parameter (extension)", NULL },
	{ 0x43, F_TLV, 0, "message authentication code", NULL },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_auth_ciph_failure[] = {	/* 9.4.10a */
	{ 0x30, F_TLV, 0, "authentication failure parameter (AUTS)", NULL },
	{ 0, 0, 0, NULL, NULL }
};

/* ATTACH REQUEST, ROUTING AREA UPDATE REQUEST octet: type in bits 4-1 (bit 4 follow-on
 * request pending), GPRS ciphering key sequence number in bits 8-5 */
static void type_and_cksn(struct l3 *m, const char *what, const char *key,
			  const struct tk_value_string *names, const char *dflt)
{
	const uint8_t *v = take_v(m, 1, what);

	if (!v)
		return;
	tk_inner_emit_name(m->e, key, names, NULL, dflt, v[0] & 7);
	tk_emit_kv_bool(m->e, "followOnRequestPending", v[0] & 0x08);
	cksn(m->e, v[0] >> 4);
}

/* ATTACH ACCEPT, ROUTING AREA UPDATE ACCEPT octet: result in bits 4-1 (bit 4 follow-on
 * proceed), force to standby in bits 8-5; then the periodic RA update timer */
static void result_and_standby(struct l3 *m, const char *what, const char *key,
			       const struct tk_value_string *names)
{
	const uint8_t *v = take_v(m, 1, what);

	if (v) {
		tk_inner_emit_name(m->e, key, names, NULL, "reserved", v[0] & 7);
		tk_emit_kv_bool(m->e, "followOnProceed", v[0] & 0x08);
		emit_force_standby(m->e, v[0] >> 4);
	}
	if ((v = take_v(m, 1, "periodic RA update timer"))) {
		tk_emit_key(m->e, "periodicRaUpdateTimer");
		val_gprs_timer(m->e, v, 1);
	}
}

static void v_rai(struct l3 *m, const char *key, const char *what)
{
	const uint8_t *v = take_v(m, 6, what);

	if (v) {
		tk_emit_key(m->e, key);
		val_rai(m->e, v, 6);
	}
}

/* a V octet with force to standby in bits 4-1 and a spare half octet above */
static void standby_octet(struct l3 *m)
{
	const uint8_t *v = take_v(m, 1, "force to standby");

	if (v)
		emit_force_standby(m->e, v[0] & 0x0f);
}

/* 9.4.5: DETACH REQUEST has one message type for both directions, and the detach type
 * means different things in each.  The direction shows in the optional elements (GMM
 * cause only to the MS, P-TMSI only from it) or in force to standby being set. */
static void detach_request(struct l3 *m)
{
	struct tk_emitter *e = m->e;
	const uint8_t *v = take_v(m, 1, "detach type");
	int dir = 0;		/* 1 from the MS, -1 to the MS, 0 not known */
	unsigned t;

	if (!v)
		return;
	t = v[0] & 7;
	if (m->off < m->n && m->p[m->off] == 0x25)
		dir = -1;
	else if (m->off < m->n && (m->p[m->off] == 0x18 || m->p[m->off] == 0x19))
		dir = 1;
	else if (v[0] >> 4)
		dir = -1;
	tk_emit_kv_long(e, "detachTypeValue", t);
	if (dir > 0) {
		tk_emit_kv_str(e, "direction", "MS to network");
		tk_inner_emit_name(e, "detachType", detach_from_ms_names, NULL,
				   "unassigned, read as combined GPRS/IMSI detach", t);
		tk_emit_kv_bool(e, "switchOff", v[0] & 0x08);
	} else if (dir < 0) {
		tk_emit_kv_str(e, "direction", "network to MS");
		tk_inner_emit_name(e, "detachType", detach_to_ms_names, NULL,
				   "unassigned, read as re-attach not required", t);
		emit_force_standby(e, v[0] >> 4);
	} else {
		tk_inner_emit_name(e, "detachTypeIfFromMs", detach_from_ms_names, NULL,
				   "unassigned, read as combined GPRS/IMSI detach", t);
		tk_inner_emit_name(e, "detachTypeIfToMs", detach_to_ms_names, NULL,
				   "unassigned, read as re-attach not required", t);
		tk_emit_kv_bool(e, "switchOffIfFromMs", v[0] & 0x08);
	}
	opt_ies(m, ies_detach_request);
}

static int gmm_body(struct l3 *m, unsigned mt)
{
	struct tk_emitter *e = m->e;
	const struct ie_def *ies = ies_none;
	const uint8_t *v;

	switch (mt) {
	case 0x01:	/* 9.4.1 ATTACH REQUEST */
		lv(m, "msNetworkCapability", "MS network capability",
		   tk_emit_ms_network_capability);
		type_and_cksn(m, "attach type and GPRS ciphering key sequence number", "attachType",
			      attach_type_names, "unassigned, read as GPRS attach");
		if ((v = take_v(m, 2, "DRX parameter"))) {
			tk_emit_key(e, "drxParameter");
			val_drx(e, v, 2);
		}
		lv(m, "mobileIdentity", "mobile identity", val_mobile_identity);
		v_rai(m, "oldRai", "old routing area identification");
		lv(m, "msRadioAccessCapability", "MS radio access capability",
		   tk_emit_ms_radio_access_capability);
		ies = ies_attach_request;
		break;
	case 0x02:	/* 9.4.2 ATTACH ACCEPT */
		result_and_standby(m, "attach result and force to standby", "attachResult",
				   attach_result_names);
		/* radio priority for SMS in bits 4-1, for TOM8 in bits 8-5 */
		if ((v = take_v(m, 1, "radio priority"))) {
			emit_radio_priority(e, "radioPriorityForSms", v[0] & 0x0f);
			emit_radio_priority(e, "radioPriorityForTom8", v[0] >> 4);
		}
		v_rai(m, "rai", "routing area identification");
		ies = ies_attach_accept;
		break;
	case 0x03:	/* 9.4.3 ATTACH COMPLETE */
		ies = ies_attach_complete;
		break;
	case 0x04:	/* 9.4.4 ATTACH REJECT */
	case 0x0e:	/* 9.4.22 SERVICE REJECT */
		gmm_cause(m);
		ies = mt == 0x04 ? ies_gmm_reject : ies_service_reject;
		break;
	case 0x05:	/* 9.4.5 DETACH REQUEST */
		detach_request(m);
		return 1;
	case 0x06:	/* 9.4.6: from the network force to standby and a spare half octet;
			 * from the MS nothing */
		if (m->off < m->n)
			standby_octet(m);
		no_more(m);
		return 1;
	case 0x08:	/* 9.4.14 ROUTING AREA UPDATE REQUEST */
		type_and_cksn(m, "update type and GPRS ciphering key sequence number", "updateType",
			      update_type_names, "reserved");
		v_rai(m, "oldRai", "old routing area identification");
		lv(m, "msRadioAccessCapability", "MS radio access capability",
		   tk_emit_ms_radio_access_capability);
		ies = ies_rau_request;
		break;
	case 0x09:	/* 9.4.15 ROUTING AREA UPDATE ACCEPT */
		result_and_standby(m, "update result and force to standby", "updateResult",
				   update_result_names);
		v_rai(m, "rai", "routing area identification");
		ies = ies_rau_accept;
		break;
	case 0x0a:	/* 9.4.16 ROUTING AREA UPDATE COMPLETE */
		ies = ies_rau_complete;
		break;
	case 0x0b:	/* 9.4.17 ROUTING AREA UPDATE REJECT */
		gmm_cause(m);
		standby_octet(m);
		ies = ies_gmm_reject;
		break;
	case 0x0c:	/* 9.4.20 SERVICE REQUEST: key sequence in bits 4-1, service type 8-5 */
		if ((v = take_v(m, 1, "ciphering key sequence number and service type"))) {
			cksn(e, v[0] & 0x0f);
			tk_inner_emit_name(e, "serviceType", service_type_names, NULL, "reserved",
					   (v[0] >> 4) & 7);
		}
		lv(m, "pTmsi", "P-TMSI", val_mobile_identity);
		ies = ies_service_request;
		break;
	case 0x0d:	/* 9.4.21 SERVICE ACCEPT */
		ies = ies_service_accept;
		break;
	case 0x10:	/* 9.4.7 P-TMSI REALLOCATION COMMAND */
		lv(m, "allocatedPTmsi", "allocated P-TMSI", val_mobile_identity);
		v_rai(m, "rai", "routing area identification");
		standby_octet(m);
		ies = ies_ptmsi_realloc;
		break;
	case 0x11:	/* 9.4.8 P-TMSI REALLOCATION COMPLETE */
	case 0x14:	/* 9.4.11 AUTHENTICATION AND CIPHERING REJECT */
		break;
	case 0x12:	/* 9.4.9 AUTHENTICATION AND CIPHERING REQUEST */
		/* ciphering algorithm bits 4-1, IMEISV request bits 8-5; then force to standby
		 * bits 4-1, A&C reference number bits 8-5 */
		if ((v = take_v(m, 1, "ciphering algorithm and IMEISV request"))) {
			tk_inner_emit_name(e, "cipheringAlgorithm", gea_names, NULL, "reserved",
					   v[0] & 7);
			tk_inner_emit_name(e, "imeisvRequest", imeisv_request_names, NULL,
					   "unassigned, read as IMEISV not requested",
					   (v[0] >> 4) & 7);
		}
		if ((v = take_v(m, 1, "force to standby and A&C reference number"))) {
			emit_force_standby(e, v[0] & 0x0f);
			tk_emit_kv_long(e, "acReferenceNumber", v[0] >> 4);
		}
		ies = ies_auth_ciph_request;
		break;
	case 0x13:	/* 9.4.10 AUTHENTICATION AND CIPHERING RESPONSE */
		if ((v = take_v(m, 1, "A&C reference number")))
			tk_emit_kv_long(e, "acReferenceNumber", v[0] & 0x0f);
		ies = ies_auth_ciph_response;
		break;
	case 0x1c:	/* 9.4.10a AUTHENTICATION AND CIPHERING FAILURE */
		gmm_cause(m);
		ies = ies_auth_ciph_failure;
		break;
	case 0x15:	/* 9.4.12 IDENTITY REQUEST: identity type 2 bits 4-1, force to standby
			 * bits 8-5 */
		if ((v = take_v(m, 1, "identity type and force to standby"))) {
			tk_inner_emit_name(e, "identityType", identity_type2_names, NULL,
					   "reserved, read as IMSI", v[0] & 7);
			emit_force_standby(e, v[0] >> 4);
		}
		break;
	case 0x16:	/* 9.4.13 IDENTITY RESPONSE */
		lv(m, "mobileIdentity", "mobile identity", val_mobile_identity);
		break;
	case 0x20:	/* 9.4.18 GMM STATUS */
		gmm_cause(m);
		break;
	case 0x21:	/* 9.4.19 GMM INFORMATION: the elements of MM INFORMATION */
		ies = ies_mm_information;
		break;
	default:
		return 0;
	}
	opt_ies(m, ies);
	return 1;
}

/* ---- GPRS session management (TS 24.008 9.5) ----------------------------------------------- */

/* 10.5.6.6 SM cause */
static const struct tk_value_string sm_cause_names[] = {
	{ 8, "Operator Determined Barring" },
	{ 24, "MBMS bearer capabilities insufficient for the service" },
	{ 25, "LLC or SNDCP failure (A/Gb mode only)" },
	{ 26, "Insufficient resources" },
	{ 27, "Missing or unknown APN" },
	{ 28, "Unknown PDP address or PDP type" },
	{ 29, "User authentication failed" },
	{ 30, "Activation rejected by GGSN, Serving GW or PDN GW" },
	{ 31, "Activation rejected, unspecified" },
	{ 32, "Service option not supported" },
	{ 33, "Requested service option not subscribed" },
	{ 34, "Service option temporarily out of order" },
	{ 35, "NSAPI already used" },
	{ 36, "Regular deactivation" },
	{ 37, "QoS not accepted" },
	{ 38, "Network failure" },
	{ 39, "Reactivation requested" },
	{ 40, "Feature not supported" },
	{ 41, "Semantic error in the TFT operation" },
	{ 42, "Syntactical error in the TFT operation" },
	{ 43, "Unknown PDP context" },
	{ 44, "Semantic errors in packet filter(s)" },
	{ 45, "Syntactical errors in packet filter(s)" },
	{ 46, "PDP context without TFT already activated" },
	{ 47, "Multicast group membership time-out" },
	{ 48, "Request rejected, Bearer Control Mode violation" },
	{ 50, "PDP type IPv4 only allowed" },
	{ 51, "PDP type IPv6 only allowed" },
	{ 52, "Single address bearers only allowed" },
	{ 56, "Collision with network initiated request" },
	{ 60, "Bearer handling not supported" },
	{ 65, "Maximum number of PDP contexts reached" },
	{ 66, "Requested APN not supported in current RAT and PLMN combination" },
	{ 81, "Invalid transaction identifier value" },
	{ 95, "Semantically incorrect message" },
	{ 96, "Invalid mandatory information" },
	{ 97, "Message type non-existent or not implemented" },
	{ 98, "Message type not compatible with the protocol state" },
	{ 99, "Information element non-existent or not implemented" },
	{ 100, "Conditional IE error" },
	{ 101, "Message not compatible with the protocol state" },
	{ 111, "Protocol error, unspecified" },
	{ 112, "APN restriction value incompatible with active PDP context" },
	{ 113, "Multiple accesses to a PDN connection not allowed" },
	{ 0, NULL }
};

static void emit_sm_cause(struct tk_emitter *e, unsigned v)
{
	tk_emit_kv_long(e, "smCauseValue", v);
	/* 10.5.6.6: any other value is treated as 111 (activation, 31) */
	tk_inner_emit_name(e, "smCause", sm_cause_names, NULL, "unassigned", v);
}

static void sm_cause(struct l3 *m)
{
	const uint8_t *v = take_v(m, 1, "SM cause");

	if (v)
		emit_sm_cause(m->e, v[0]);
}

/* 10.5.6.6a SM cause 2: the same octet as a TLV */
static void val_sm_cause(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "an SM cause"))
		emit_sm_cause(e, p[0]);
	tk_inner_finish(e, p, n, &er);
}

/* 10.5.6.9 LLC service access point identifier, bits 4-1 */
static const struct tk_value_string llc_sapi_names[] = {
	{ 0, "LLC SAPI not assigned" },
	{ 3, "SAPI 3" },
	{ 5, "SAPI 5" },
	{ 9, "SAPI 9" },
	{ 11, "SAPI 11" },
	{ 0, NULL }
};

static void emit_llc_sapi(struct tk_emitter *e, const char *key, unsigned o)
{
	tk_inner_emit_name(e, key, llc_sapi_names, NULL, "reserved", o & 0x0f);
}

static void val_llc_sapi(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "an LLC SAPI"))
		emit_llc_sapi(e, "llcSapi", p[0]);
	tk_inner_finish(e, p, n, &er);
}

/* 10.5.6.2 NSAPI, bits 4-1: 0-4 reserved, 5-15 NSAPI 5-15 */
static void v_nsapi(struct l3 *m, const char *key, const char *what)
{
	const uint8_t *v = take_v(m, 1, what);

	if (!v)
		return;
	tk_emit_kv_long(m->e, key, v[0] & 0x0f);
	if ((v[0] & 0x0f) < 5)
		fail(m, m->off - 1, "NSAPI %u is reserved (5 to 15 are used)", v[0] & 0x0f);
}

static void v_llc_sapi(struct l3 *m, const char *key)
{
	const uint8_t *v = take_v(m, 1, "LLC SAPI");

	if (v)
		emit_llc_sapi(m->e, key, v[0]);
}

/* a V octet with the radio priority in bits 4-1 and a spare half octet above */
static void v_radio_priority(struct l3 *m)
{
	const uint8_t *v = take_v(m, 1, "radio priority");

	if (v)
		emit_radio_priority(m->e, "radioPriority", v[0] & 0x0f);
}

static void val_qos(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_qos_24008(e, p, n);
}

/* 10.5.6.4 packet data protocol address: PDP type organisation (octet 3 bits 4-1) and
 * number (octet 4) as TS 29.060 codes them, then the address (absent: dynamic addressing
 * asked for, or PPP) */
static void val_pdp_address(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t want = 0;

	n = tk_inner_start(e, &er, p, n);
	if (n < 2) {
		tk_inner_fail(&er, n, "truncated: a PDP address needs a 2 octet type, %zu present",
			      n);
		goto out;
	}
	tk_emit_key(e, "pdpType");
	tk_emit_pdp_type(e, p, 2);
	if ((p[0] & 0x0f) == 1)		/* IETF: IPv4, IPv6, IPv4v6 */
		want = p[1] == 0x21 ? 4 : p[1] == 0x57 ? 16 : p[1] == 0x8d ? 20 : 0;
	if (n == 2) {
		tk_emit_kv_bool(e, "addressPresent", 0);
		goto out;
	}
	tk_emit_key(e, "address");
	tk_emit_pdp_address(e, p + 2, n - 2);
	if (want && n - 2 != want)
		tk_inner_fail(&er, 2, "%zu address octets where the PDP type has %zu", n - 2, want);
out:
	tk_inner_finish(e, p, n, &er);
}

static void val_apn(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	/* 10.5.6.1: the TS 23.003 APN, labels with their lengths */
	tk_emit_apn_oi_replacement(e, p, n);
}

/* 10.5.6.3 protocol configuration options: protocol and container identifiers.  Some
 * containers are a request from the MS and the answer from the network ("(request)"). */
static const struct tk_value_string pco_id_names[] = {
	{ 0x0001, "P-CSCF IPv6 address (request)" },
	{ 0x0002, "IM CN subsystem signalling flag" },
	{ 0x0003, "DNS server IPv6 address (request)" },
	{ 0x0004, "policy control rejection code" },
	{ 0x0005, "network requested bearer control indicator / selected bearer control mode" },
	{ 0x0007, "DSMIPv6 home agent address (request)" },
	{ 0x0008, "DSMIPv6 home network prefix (request)" },
	{ 0x0009, "DSMIPv6 IPv4 home agent address (request)" },
	{ 0x000a, "IP address allocation via NAS signalling" },
	{ 0x000b, "IPv4 address allocation via DHCPv4" },
	{ 0x000c, "P-CSCF IPv4 address (request)" },
	{ 0x000d, "DNS server IPv4 address (request)" },
	{ 0x000e, "MSISDN (request)" },
	{ 0x000f, "IFOM support (request)" },
	{ 0x0010, "IPv4 link MTU (request)" },
	{ 0x8021, "IPCP" },
	{ 0xc021, "LCP" },
	{ 0xc023, "PAP" },
	{ 0xc223, "CHAP" },
	{ 0, NULL }
};

static void val_pco(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: the configuration protocol octet is missing");
		goto out;
	}
	/* octet 3: extension bit 8 (1), spare, configuration protocol bits 3-1 */
	if ((p[0] & 7) == 0)
		tk_emit_kv_str(e, "configurationProtocol",
			       "PPP for use with IP PDP type or IP PDN type");
	else
		tk_inner_emit_name(e, "configurationProtocol", NULL, NULL, "reserved", p[0] & 7);
	if (!(p[0] & 0x80))
		tk_inner_fail(&er, 0, "extension bit 8 of octet 3 is 0");
	tk_emit_key(e, "options");
	tk_emit_open(e, 1);
	/* then identifier (2 octets), length (1), contents, up to the end */
	for (i = 1; i < n;) {
		unsigned id;
		size_t len;

		if (n - i < 3) {
			tk_inner_fail(&er, i, "truncated: %zu octets, identifier and length need 3",
				      n - i);
			break;
		}
		id = (unsigned)p[i] << 8 | p[i + 1];
		len = p[i + 2];
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "id", id);
		tk_inner_emit_name(e, "name", pco_id_names, NULL, "unknown", id);
		if (len > n - i - 3) {
			tk_inner_fail(&er, i + 2, "option 0x%04x of length %zu, %zu octets follow",
				      id, len, n - i - 3);
			tk_emit_kv_hex(e, "contents", p + i + 3, n - i - 3);
			tk_emit_close(e, 0);
			break;
		}
		tk_emit_kv_hex(e, "contents", p + i + 3, len);
		tk_emit_close(e, 0);
		i += 3 + len;
	}
	tk_emit_close(e, 1);
out:
	tk_inner_finish(e, p, n, &er);
}

/* 10.5.6.19 connectivity type, bits 4-1: 1 LIPA, every other value "not indicated" */
static void val_connectivity_type(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_str(e, (p[0] & 0x0f) == 1 ? "the PDN connection is considered a LIPA PDN connection" :
		    "the PDN connection type is not indicated");
}

/* 10.5.6.7 linked TI: TI flag bit 8, TI value bits 7-5 (111: extended in octet 2) */
static void val_linked_ti(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: a linked TI has 1 or 2 octets, 0 present");
		goto out;
	}
	tk_emit_kv_bool(e, "tiFlag", p[0] & 0x80);
	if (((p[0] >> 4) & 7) != 7) {
		tk_emit_kv_long(e, "transactionId", (p[0] >> 4) & 7);
		if (n > 1)
			tk_inner_fail(&er, 1, "%zu octets after a linked TI without extension",
				      n - 1);
	} else if (n < 2) {
		tk_inner_fail(&er, 1, "truncated: the extended TI octet is missing");
	} else {
		tk_emit_kv_long(e, "transactionId", p[1] & 0x7f);
		if (!(p[1] & 0x80))
			tk_inner_fail(&er, 1, "extension bit of the extended TI octet is 0");
		if (n > 2)
			tk_inner_fail(&er, 2, "%zu octets after an extended linked TI", n - 2);
	}
out:
	tk_inner_finish(e, p, n, &er);
}

/* 10.5.6.11 packet flow identifier, bits 7-1 */
static const struct tk_value_string pfi_names[] = {
	{ 0, "best effort" },
	{ 1, "signalling" },
	{ 2, "SMS" },
	{ 3, "TOM8" },
	{ 0, NULL }
};

static const struct tk_vrange pfi_ranges[] = {
	{ 4, 7, "reserved" },
	{ 8, 127, "dynamically assigned" },
	{ 0, 0, NULL }
};

static void val_pfi(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "a packet flow identifier")) {
		tk_emit_kv_long(e, "packetFlowIdentifierValue", p[0] & 0x7f);
		tk_inner_emit_name(e, "packetFlowIdentifier", pfi_names, pfi_ranges, "reserved",
				   p[0] & 0x7f);
	}
	tk_inner_finish(e, p, n, &er);
}

static const struct ie_def ies_act_pdp_request[] = {	/* 9.5.1 */
	{ 0x28, F_TLV, 0, "access point name", val_apn },
	{ 0x27, F_TLV, 0, "protocol configuration options", val_pco },
	{ 0x7b, F_TLVE, 0, "extended protocol configuration options", val_pco },
	{ 0xa0, F_TV1, 1, "request type", val_request_type },
	{ 0xc0, F_TV1, 1, "device properties", val_device_properties },
	{ 0x33, F_TLV, 0, "NBIFOM container", val_nbifom_container },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_act_pdp_accept[] = {	/* 9.5.2 */
	{ 0x2b, F_TLV, 0, "PDP address", val_pdp_address },
	{ 0x27, F_TLV, 0, "protocol configuration options", val_pco },
	{ 0x7b, F_TLVE, 0, "extended protocol configuration options", val_pco },
	{ 0x34, F_TLV, 0, "packet flow identifier", val_pfi },
	{ 0x39, F_TLV, 0, "SM cause", val_sm_cause },
	{ 0xb0, F_TV1, 1, "connectivity type", val_connectivity_type },
	{ 0xc0, F_TV1, 1, "WLAN offload indication", val_wlan_offload },
	{ 0x33, F_TLV, 0, "NBIFOM container", val_nbifom_container },
	{ 0, 0, 0, NULL, NULL }
};

/* 9.5.3, 9.5.6, 9.5.13 */
static const struct ie_def ies_sm_reject[] = {
	{ 0x27, F_TLV, 0, "protocol configuration options", val_pco },
	{ 0x7b, F_TLVE, 0, "extended protocol configuration options", val_pco },
	{ 0x37, F_TLV, 0, "back-off timer value", val_gprs_timer3 },
	{ 0x6b, F_TLV, 0, "re-attempt indicator", val_reattempt_indicator },
	{ 0x33, F_TLV, 0, "NBIFOM container", val_nbifom_container },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_req_pdp_activation[] = {	/* 9.5.7 */
	{ 0x28, F_TLV, 0, "access point name", val_apn },
	{ 0x27, F_TLV, 0, "protocol configuration options", val_pco },
	{ 0x7b, F_TLVE, 0, "extended protocol configuration options", val_pco },
	{ 0x33, F_TLV, 0, "NBIFOM container", val_nbifom_container },
	{ 0, 0, 0, NULL, NULL }
};

/* 9.5.8, 9.5.11 */
static const struct ie_def ies_pco_only[] = {
	{ 0x27, F_TLV, 0, "protocol configuration options", val_pco },
	{ 0x7b, F_TLVE, 0, "extended protocol configuration options", val_pco },
	{ 0x33, F_TLV, 0, "NBIFOM container", val_nbifom_container },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_deact_request[] = {	/* 9.5.14 */
	{ 0x90, F_TV1, 1, "tear down indicator", val_tear_down },
	{ 0x27, F_TLV, 0, "protocol configuration options", val_pco },
	{ 0x7b, F_TLVE, 0, "extended protocol configuration options", val_pco },
	{ 0x35, F_TLV, 0, "MBMS protocol configuration options", val_mbms_pco },
	{ 0x37, F_TLV, 0, "T3396 value", val_gprs_timer3 },
	{ 0xc0, F_TV1, 1, "WLAN offload indication", val_wlan_offload },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_deact_accept[] = {	/* 9.5.15 */
	{ 0x27, F_TLV, 0, "protocol configuration options", val_pco },
	{ 0x7b, F_TLVE, 0, "extended protocol configuration options", val_pco },
	{ 0x35, F_TLV, 0, "MBMS protocol configuration options", val_mbms_pco },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_modify_request_to_ms[] = {	/* 9.5.9 */
	{ 0x2b, F_TLV, 0, "PDP address", val_pdp_address },
	{ 0x34, F_TLV, 0, "packet flow identifier", val_pfi },
	{ 0x27, F_TLV, 0, "protocol configuration options", val_pco },
	{ 0x7b, F_TLVE, 0, "extended protocol configuration options", val_pco },
	{ 0x36, F_TLV, 0, "TFT", tk_emit_tft },
	{ 0xc0, F_TV1, 1, "WLAN offload indication", val_wlan_offload },
	{ 0x33, F_TLV, 0, "NBIFOM container", val_nbifom_container },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_modify_request_from_ms[] = {	/* 9.5.10 */
	{ 0x32, F_TV, 2, "requested LLC SAPI", val_llc_sapi },
	{ 0x30, F_TLV, 0, "requested new QoS", val_qos },
	{ 0x31, F_TLV, 0, "new TFT", tk_emit_tft },
	{ 0x27, F_TLV, 0, "protocol configuration options", val_pco },
	{ 0x7b, F_TLVE, 0, "extended protocol configuration options", val_pco },
	{ 0xc0, F_TV1, 1, "device properties", val_device_properties },
	{ 0x33, F_TLV, 0, "NBIFOM container", val_nbifom_container },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_modify_accept_to_ms[] = {	/* 9.5.12 */
	{ 0x30, F_TLV, 0, "negotiated QoS", val_qos },
	{ 0x32, F_TV, 2, "negotiated LLC SAPI", val_llc_sapi },
	{ 0x80, F_TV1, 1, "new radio priority", val_radio_priority },
	{ 0x34, F_TLV, 0, "packet flow identifier", val_pfi },
	{ 0x27, F_TLV, 0, "protocol configuration options", val_pco },
	{ 0x7b, F_TLVE, 0, "extended protocol configuration options", val_pco },
	{ 0xc0, F_TV1, 1, "WLAN offload indication", val_wlan_offload },
	{ 0x33, F_TLV, 0, "NBIFOM container", val_nbifom_container },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_act_sec_request[] = {	/* 9.5.4 */
	{ 0x36, F_TLV, 0, "TFT", tk_emit_tft },
	{ 0x27, F_TLV, 0, "protocol configuration options", val_pco },
	{ 0x7b, F_TLVE, 0, "extended protocol configuration options", val_pco },
	{ 0xc0, F_TV1, 1, "device properties", val_device_properties },
	{ 0x33, F_TLV, 0, "NBIFOM container", val_nbifom_container },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_act_sec_accept[] = {	/* 9.5.5 */
	{ 0x34, F_TLV, 0, "packet flow identifier", val_pfi },
	{ 0x27, F_TLV, 0, "protocol configuration options", val_pco },
	{ 0x7b, F_TLVE, 0, "extended protocol configuration options", val_pco },
	{ 0xc0, F_TV1, 1, "WLAN offload indication", val_wlan_offload },
	{ 0x33, F_TLV, 0, "NBIFOM container", val_nbifom_container },
	{ 0, 0, 0, NULL, NULL }
};

/* 10.5.6.16 Enhanced network service access point identifier: 128-254 an MBMS NSAPI, 255 for
 * the lower layers (MBMS broadcast), 0-127 reserved */
static void v_enhanced_nsapi(struct l3 *m, const char *key, const char *what)
{
	const uint8_t *v = take_v(m, 1, what);

	if (!v)
		return;
	tk_emit_kv_long(m->e, key, v[0]);
	if (v[0] < 128)
		fail(m, m->off - 1, "enhanced NSAPI %u is reserved (128 to 254 are MBMS NSAPIs)",
		     v[0]);
}

static void val_mbms_bearer_capabilities(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_mbms_bearer_capabilities(e, p, n);
}

/* 10.5.6.13 Temporary Mobile Group Identity from octet 3: the MBMS service ID (3 octets), then
 * optionally the MCC and MNC of the PLMN (TS 24.008 10.5.1.3 coding) */
static void val_tmgi(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_need(&er, n, 3, "a TMGI"))
		goto out;
	tk_emit_kv_hex(e, "mbmsServiceId", p, 3);
	if (n == 3)
		goto out;
	if (n < 6) {
		tk_inner_fail(&er, n, "truncated: the PLMN of a TMGI has 3 octets, %zu present",
			      n - 3);
		goto out;
	}
	tk_emit_plmn_fields(e, p + 3, &er, 3);
	tk_inner_extra(&er, n, 6, "a TMGI");
out:
	tk_inner_finish(e, p, n, &er);
}

/* 10.5.6.18 Notification indicator, octet 3 */
static const struct tk_value_string notification_names[] = {
	{ 1, "SRVCC handover cancelled, IMS session re-establishment required" },
	{ 0, NULL }
};

static void val_notification_indicator(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "a notification indicator"))
		tk_inner_emit_name(e, "notificationIndicator", notification_names, NULL,
				   "reserved", p[0]);
	tk_inner_finish(e, p, n, &er);
}

static const struct ie_def ies_act_mbms_request[] = {	/* 9.5.21 */
	{ 0x35, F_TLV, 0, "MBMS protocol configuration options", val_mbms_pco },
	{ 0xc0, F_TV1, 1, "device properties", val_device_properties },
	{ 0, 0, 0, NULL, NULL }
};

/* 9.5.22, 9.5.24, 9.5.25 */
static const struct ie_def ies_mbms_pco[] = {
	{ 0x35, F_TLV, 0, "MBMS protocol configuration options", val_mbms_pco },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_act_mbms_reject[] = {	/* 9.5.23 */
	{ 0x35, F_TLV, 0, "MBMS protocol configuration options", val_mbms_pco },
	{ 0x37, F_TLV, 0, "back-off timer value", val_gprs_timer3 },
	{ 0x6b, F_TLV, 0, "re-attempt indicator", val_reattempt_indicator },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_req_sec_pdp_activation[] = {	/* 9.5.15a */
	{ 0x36, F_TLV, 0, "TFT", tk_emit_tft },
	{ 0x27, F_TLV, 0, "protocol configuration options", val_pco },
	{ 0x7b, F_TLVE, 0, "extended protocol configuration options", val_pco },
	{ 0xc0, F_TV1, 1, "WLAN offload indication", val_wlan_offload },
	{ 0x33, F_TLV, 0, "NBIFOM container", val_nbifom_container },
	{ 0, 0, 0, NULL, NULL }
};

static int sm_body(struct l3 *m, unsigned mt)
{
	const struct ie_def *ies = ies_none;

	switch (mt) {
	case 0x41:	/* 9.5.1 ACTIVATE PDP CONTEXT REQUEST */
		v_nsapi(m, "requestedNsapi", "requested NSAPI");
		v_llc_sapi(m, "requestedLlcSapi");
		lv(m, "requestedQos", "requested QoS", val_qos);
		lv(m, "requestedPdpAddress", "requested PDP address", val_pdp_address);
		ies = ies_act_pdp_request;
		break;
	case 0x42:	/* 9.5.2 ACTIVATE PDP CONTEXT ACCEPT */
	case 0x4e:	/* 9.5.5 ACTIVATE SECONDARY PDP CONTEXT ACCEPT */
		v_llc_sapi(m, "negotiatedLlcSapi");
		lv(m, "negotiatedQos", "negotiated QoS", val_qos);
		v_radio_priority(m);
		ies = mt == 0x42 ? ies_act_pdp_accept : ies_act_sec_accept;
		break;
	case 0x43:	/* 9.5.3 ACTIVATE PDP CONTEXT REJECT */
	case 0x4f:	/* 9.5.6 ACTIVATE SECONDARY PDP CONTEXT REJECT */
	case 0x4c:	/* 9.5.13 MODIFY PDP CONTEXT REJECT */
		sm_cause(m);
		ies = ies_sm_reject;
		break;
	case 0x44:	/* 9.5.7 REQUEST PDP CONTEXT ACTIVATION */
		lv(m, "offeredPdpAddress", "offered PDP address", val_pdp_address);
		ies = ies_req_pdp_activation;
		break;
	case 0x45:	/* 9.5.8 REQUEST PDP CONTEXT ACTIVATION REJECT */
		sm_cause(m);
		ies = ies_pco_only;
		break;
	case 0x46:	/* 9.5.14 DEACTIVATE PDP CONTEXT REQUEST */
		sm_cause(m);
		ies = ies_deact_request;
		break;
	case 0x47:	/* 9.5.15 DEACTIVATE PDP CONTEXT ACCEPT */
		ies = ies_deact_accept;
		break;
	case 0x48:	/* 9.5.9 MODIFY PDP CONTEXT REQUEST (network to MS) */
		v_radio_priority(m);
		v_llc_sapi(m, "requestedLlcSapi");
		lv(m, "newQos", "new QoS", val_qos);
		ies = ies_modify_request_to_ms;
		break;
	case 0x49:	/* 9.5.11 MODIFY PDP CONTEXT ACCEPT (MS to network) */
		ies = ies_pco_only;
		break;
	case 0x4a:	/* 9.5.10 MODIFY PDP CONTEXT REQUEST (MS to network) */
		ies = ies_modify_request_from_ms;
		break;
	case 0x4b:	/* 9.5.12 MODIFY PDP CONTEXT ACCEPT (network to MS) */
		ies = ies_modify_accept_to_ms;
		break;
	case 0x4d:	/* 9.5.4 ACTIVATE SECONDARY PDP CONTEXT REQUEST */
		v_nsapi(m, "requestedNsapi", "requested NSAPI");
		v_llc_sapi(m, "requestedLlcSapi");
		lv(m, "requestedQos", "requested QoS", val_qos);
		lv(m, "linkedTi", "linked TI", val_linked_ti);
		ies = ies_act_sec_request;
		break;
	case 0x55:	/* 9.5.21 SM STATUS */
		sm_cause(m);
		break;
	case 0x56:	/* 9.5.21a ACTIVATE MBMS CONTEXT REQUEST */
		v_enhanced_nsapi(m, "requestedMbmsNsapi", "requested MBMS NSAPI");
		v_llc_sapi(m, "requestedLlcSapi");
		lv(m, "supportedMbmsBearerCapabilities", "supported MBMS bearer capabilities",
		   val_mbms_bearer_capabilities);
		lv(m, "requestedMulticastAddress", "requested multicast address", val_pdp_address);
		lv(m, "accessPointName", "access point name", val_apn);
		ies = ies_act_mbms_request;
		break;
	case 0x57:	/* 9.5.22 ACTIVATE MBMS CONTEXT ACCEPT */
		lv(m, "tmgi", "temporary mobile group identity", val_tmgi);
		v_llc_sapi(m, "negotiatedLlcSapi");
		ies = ies_mbms_pco;
		break;
	case 0x58:	/* 9.5.23 ACTIVATE MBMS CONTEXT REJECT */
		sm_cause(m);
		ies = ies_act_mbms_reject;
		break;
	case 0x59:	/* 9.5.24 REQUEST MBMS CONTEXT ACTIVATION */
		v_nsapi(m, "linkedNsapi", "linked NSAPI");
		lv(m, "offeredMulticastAddress", "offered multicast address", val_pdp_address);
		lv(m, "accessPointName", "access point name", val_apn);
		ies = ies_mbms_pco;
		break;
	case 0x5a:	/* 9.5.25 REQUEST MBMS CONTEXT ACTIVATION REJECT */
		sm_cause(m);
		ies = ies_mbms_pco;
		break;
	case 0x5b:	/* 9.5.15a REQUEST SECONDARY PDP CONTEXT ACTIVATION */
		lv(m, "requiredQos", "required QoS", val_qos);
		lv(m, "linkedTi", "linked TI", val_linked_ti);
		ies = ies_req_sec_pdp_activation;
		break;
	case 0x5c:	/* 9.5.15b REQUEST SECONDARY PDP CONTEXT ACTIVATION REJECT */
		sm_cause(m);
		ies = ies_pco_only;
		break;
	case 0x5d:	/* 9.5.23a NOTIFICATION */
		lv(m, "notificationIndicator", "notification indicator",
		   val_notification_indicator);
		break;
	default:
		return 0;
	}
	opt_ies(m, ies);
	return 1;
}

/* ---- the header (TS 24.007 11.2.3) ---------------------------------------------------------- */

/* 11.2.3.1.1: bits 8-5 of octet 1 are a transaction identifier for these protocols, a skip
 * indicator for MM, RR and GMM */
static int has_ti(unsigned pd)
{
	switch (pd) {
	case GSM48_PDISC_GROUP_CC:
	case GSM48_PDISC_BCAST_CC:
	case GSM48_PDISC_CC:
	case GSM48_PDISC_SMS:
	case GSM48_PDISC_SM_GPRS:
	case GSM48_PDISC_NC_SS:
	case GSM48_PDISC_LOC:
		return 1;
	default:
		return 0;
	}
}

void tk_emit_dtap_l3(struct tk_emitter *e, const uint8_t *p, size_t n, size_t base,
		     struct tk_inner_err *er)
{
	struct l3 m;
	unsigned pd, mt, raw;
	int done = 0;

	memset(&m, 0, sizeof(m));
	m.e = e;
	m.p = p;
	m.n = p ? n : 0;
	m.base = base;
	m.er = er;
	m.ok = 1;
	if (m.n < 1) {
		fail(&m, 0, "empty layer 3 message");
		return;
	}
	pd = p[0] & 0x0f;
	tk_emit_kv_str(e, "protocolDiscriminator", gsm48_pdisc_name(pd));
	m.off = 1;
	if (has_ti(pd)) {
		/* 11.2.3.1.3: TI flag bit 8; TI value bits 7-5, 111 = extended in octet 2 */
		tk_emit_kv_bool(e, "tiFlag", p[0] & 0x80);
		if (((p[0] >> 4) & 7) == 7) {
			if (m.n < 2) {
				fail(&m, 1, "truncated: the extended transaction identifier is missing");
				return;
			}
			if (!(p[1] & 0x80))
				fail(&m, 1, "extension bit of the extended TI octet is 0");
			tk_emit_kv_long(e, "transactionId", p[1] & 0x7f);
			m.off = 2;
		} else {
			tk_emit_kv_long(e, "transactionId", (p[0] >> 4) & 7);
		}
	} else {
		tk_emit_kv_long(e, "skipIndicator", p[0] >> 4);
	}
	if (m.off >= m.n) {
		fail(&m, m.off, "truncated: the message type is missing");
		return;
	}
	raw = p[m.off++];
	mt = raw;
	if (pd == GSM48_PDISC_MM || pd == GSM48_PDISC_CC || pd == GSM48_PDISC_NC_SS) {
		/* 11.2.3.2.3: in messages from the MS bits 8-7 carry N(SD); 0 from the network */
		tk_emit_kv_long(e, "sendSequenceNumber", raw >> 6);
		mt = raw & 0x3f;
	}
	tk_emit_kv_long(e, "messageType", mt);
	if (pd == GSM48_PDISC_SMS)
		tk_inner_emit_name(e, "message", cp_names, NULL, "unknown CP message type", mt);
	else if (pd == GSM48_PDISC_MM_GPRS)
		tk_inner_emit_name(e, "message", gmm_msg_names, NULL, "unknown GMM message type",
				   mt);
	else if (pd == GSM48_PDISC_SM_GPRS)
		tk_inner_emit_name(e, "message", sm_msg_names, NULL, "unknown SM message type", mt);
	else if (pd == GSM48_PDISC_NC_SS)
		tk_inner_emit_name(e, "message", ss_msg_names, NULL, "unknown SS message type", mt);
	else if (pd == GSM48_PDISC_MM)
		tk_inner_emit_name(e, "message", mm_msg_names, NULL, "unknown MM message type", mt);
	else if (pd == GSM48_PDISC_CC)
		tk_inner_emit_name(e, "message", cc_msg_names, NULL, "unknown CC message type", mt);
	else if (pd == GSM48_PDISC_RR)
		tk_inner_emit_name(e, "message", rr_msg_names, NULL, "unknown RR message type", mt);
	else
		tk_emit_kv_str(e, "message", gsm48_pdisc_msgtype_name(pd, mt));
	switch (pd) {
	case GSM48_PDISC_MM:
		done = mm_body(&m, mt);
		break;
	case GSM48_PDISC_RR:
		done = rr_body(&m, mt);
		break;
	case GSM48_PDISC_NC_SS:
		done = ss_body(&m, mt);
		break;
	case GSM48_PDISC_CC:
		done = cc_body(&m, mt);
		break;
	case GSM48_PDISC_SMS:
		done = sms_body(&m, mt);
		break;
	case GSM48_PDISC_MM_GPRS:
		done = gmm_body(&m, mt);
		break;
	case GSM48_PDISC_SM_GPRS:
		done = sm_body(&m, mt);
		break;
	default:
		break;
	}
	/* a message this file does not decode keeps its body in hex */
	if (!done && m.off < m.n)
		tk_emit_kv_hex(e, "body", p + m.off, m.n - m.off);
}

void tk_emit_dtap(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	tk_emit_dtap_l3(e, p, n, 0, &er);
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_rp_message(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_rp(e, p, n);
}

/* ---- element values other layer 3 decoders share ------------------------------------------- */

/* TS 24.301 (EPS NAS, eps_nas.c) takes these elements from TS 24.008 by reference */

void tk_emit_network_name_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_network_name(e, p, n);
}

void tk_emit_time_zone_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_time_zone(e, p, n);
}

void tk_emit_time_and_zone_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_time_and_zone(e, p, n);
}

void tk_emit_daylight_saving_time_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_dst(e, p, n);
}

void tk_emit_plmn_list_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_plmn_list(e, p, n);
}

void tk_emit_gprs_timer_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_gprs_timer(e, p, n);
}

void tk_emit_gprs_timer3_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_gprs_timer3(e, p, n);
}

void tk_emit_pco_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_pco(e, p, n);
}

void tk_emit_linked_ti_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_linked_ti(e, p, n);
}

void tk_emit_llc_sapi_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_llc_sapi(e, p, n);
}

void tk_emit_pfi_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_pfi(e, p, n);
}

void tk_emit_drx_parameter_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_drx(e, p, n);
}

/* type 1 values: the half octet in p[0] */

void tk_emit_radio_priority_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_radio_priority(e, p, n);
}

void tk_emit_connectivity_type_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_connectivity_type(e, p, n);
}

void tk_emit_wlan_offload_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_wlan_offload(e, p, n);
}

void tk_emit_tmsi_status_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_tmsi_status(e, p, n);
}

void tk_emit_device_properties_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_device_properties(e, p, n);
}

void tk_emit_ms_network_feature_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_ms_network_feature(e, p, n);
}

void tk_emit_cksn_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_cksn_half(e, p, n);
}

void tk_emit_request_type_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_request_type(e, p, n);
}

/* the TS 44.018 element values TS 48.071 BSSLAP carries (bsslap.c) */
void tk_emit_rr_channel_description(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_channel_description(e, p, n);
}

void tk_emit_rr_channel_mode(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_channel_mode(e, p, n);
}

void tk_emit_rr_cipher_mode_setting(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_cipher_mode_setting(e, p, n);
}

void tk_emit_rr_starting_time(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_starting_time(e, p, n);
}

void tk_emit_emergency_number_list_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_emergency_number_list(e, p, n);
}

void tk_emit_supported_codec_list_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_supported_codecs(e, p, n);
}

void tk_emit_extended_drx_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_extended_drx(e, p, n);
}

void tk_emit_voice_domain_preference_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_voice_domain_preference(e, p, n);
}

void tk_emit_nri_container_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_nri_container(e, p, n);
}

void tk_emit_ss_version_24080(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_ss_version(e, p, n);
}
