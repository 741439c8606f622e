/*
 * Subscriber, GPRS and SMS values inside MAP/CAP OCTET STRINGs whose octets another
 * standard codes (see subscriber.h for the list).  Each decoder is short: the layout of
 * one field or IE, bounds-checked, with the first problem reported where it is.
 *
 * IP addresses are written by inet_ntop().  SM-RP-SMEA, a TS 23.040 address, is decoded
 * by sms.c (tk_emit_sms_address), with the addresses inside TPDUs.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "inner.h"
#include "names.h"
#include "subscriber.h"
#include "values.h"

/* ---- common ----------------------------------------------------------------------------- */

static uint32_t load_be(const uint8_t *p, size_t k)
{
	uint32_t v = 0;
	size_t i;

	for (i = 0; i < k; i++)
		v = (v << 8) | p[i];
	return v;
}

/* an IPv4 (4 octets) or IPv6 (16) address as text under key */
static void emit_ip(struct tk_emitter *e, const char *key, const uint8_t *a, size_t len)
{
	char buf[INET6_ADDRSTRLEN];

	if (inet_ntop(len == 4 ? AF_INET : AF_INET6, a, buf, sizeof(buf)))
		tk_emit_kv_str(e, key, buf);
}

/* a value that is one big-endian number of `size` octets, under key */
static void emit_number(struct tk_emitter *e, const uint8_t *p, size_t n, size_t size, const char *key,
			const char *what)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, size, what))
		tk_emit_kv_long(e, key, (long)load_be(p, size));
	tk_inner_finish(e, p, n, &er);
}

/* ---- PDP type (TS 29.060 7.7.27) ---------------------------------------------------------- */

/* PDP type organisation, bits 4-1 of the first octet; bits 8-5 are spare ('1111') */
static const struct tk_value_string pdp_org_names[] = {
	{ 0, "ETSI" },
	{ 1, "IETF" },
	{ 0, NULL }
};

/* ETSI defined PDP type numbers (TS 29.060 Table 7.7.27.1) */
static const struct tk_value_string pdp_etsi_names[] = {
	{ 0, "reserved (X.25 in earlier versions)" },
	{ 1, "PPP" },
	{ 2, "Non-IP" },
	{ 0, NULL }
};

/* IETF PDP type numbers: the compressed PPP DLL protocol numbers, and IPv4v6 (Table 7.7.27.2) */
static const struct tk_value_string pdp_ietf_names[] = {
	{ 0x21, "IPv4" },
	{ 0x57, "IPv6" },
	{ 0x8d, "IPv4v6" },
	{ 0, NULL }
};

void tk_emit_pdp_type(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	unsigned org;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_fixed(&er, n, 2, "a PDP-Type"))
		goto out;
	org = p[0] & 0x0f;
	tk_inner_emit_name(e, "pdpTypeOrganization", pdp_org_names, NULL, "spare", org);
	tk_emit_kv_long(e, "pdpTypeNumber", p[1]);
	if (org == 0)
		tk_inner_emit_name(e, "pdpType", pdp_etsi_names, NULL, "spare", p[1]);
	else if (org == 1)
		tk_inner_emit_name(e, "pdpType", pdp_ietf_names, NULL, "unassigned", p[1]);
out:
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_pdp_type_part(struct tk_emitter *e, int org, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_fixed(&er, n, 1, org < 0 ? "a pDPTypeOrganization" : "a pDPTypeNumber"))
		goto out;
	if (org < 0) {
		tk_inner_emit_name(e, "pdpTypeOrganization", pdp_org_names, NULL, "spare", p[0] & 0x0f);
	} else {
		tk_emit_kv_long(e, "pdpTypeNumber", p[0]);
		if (org == 0)
			tk_inner_emit_name(e, "pdpType", pdp_etsi_names, NULL, "spare", p[0]);
		else if (org == 1)
			tk_inner_emit_name(e, "pdpType", pdp_ietf_names, NULL, "unassigned", p[0]);
	}
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- PDN type (TS 29.002 PDN-Type, TS 29.272 PDN-Type AVP) ----------------------------------- */

static const struct tk_value_string pdn_type_names[] = {
	{ 1, "IPv4" },
	{ 2, "IPv6" },
	{ 3, "IPv4v6" },
	{ 4, "IPv4_or_IPv6" },
	{ 0, NULL }
};

void tk_emit_pdn_type(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_fixed(&er, n, 1, "a PDN-Type"))
		goto out;
	/* bits 3-1; bits 8-4 "shall be coded as zero" */
	tk_inner_emit_name(e, "pdnType", pdn_type_names, NULL, "reserved", p[0] & 7);
	if (p[0] & 0xf8)
		tk_inner_fail(&er, 0, "bits 8-4 are not zero (0x%02x)", p[0]);
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- PDP address (TS 29.060 7.7.27), GSN address (TS 23.003) ---------------------------------- */

void tk_emit_pdp_address(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	/* TS 29.002 gives the lengths: 1-7 octets X.25, 4 IPv4, 16 IPv6; TS 29.060 puts an
	 * IPv4v6 pair as the IPv4 address followed by the IPv6 address */
	switch (n) {
	case 0:
		tk_inner_fail(&er, 0, "empty: a PDP-Address has 1 to 16 octets");
		break;
	case 4:
		emit_ip(e, "ipv4Address", p, 4);
		break;
	case 16:
		emit_ip(e, "ipv6Address", p, 16);
		break;
	case 20:
		emit_ip(e, "ipv4Address", p, 4);
		emit_ip(e, "ipv6Address", p + 4, 16);
		break;
	default:
		if (n <= 7)
			tk_emit_kv_str(e, "addressType", "X.25 (not decoded)");
		else
			tk_inner_fail(&er, 0, "%zu octets are neither an IPv4 (4), IPv6 (16) nor IPv4v6 (20) address",
				      n);
		break;
	}
	tk_inner_finish(e, p, n, &er);
}

static const struct tk_value_string gsn_type_names[] = {
	{ 0, "IPv4" },
	{ 1, "IPv6" },
	{ 0, NULL }
};

void tk_emit_gsn_address(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	unsigned type, len;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "empty: the address type and length octet is missing");
		goto out;
	}
	/* address type (2 bits): 0 with length 4 for IPv4, 1 with length 16 for IPv6 */
	type = p[0] >> 6;
	len = p[0] & 0x3f;
	tk_inner_emit_name(e, "addressType", gsn_type_names, NULL, "reserved", type);
	tk_emit_kv_long(e, "addressLength", len);
	if (type > 1) {
		tk_inner_fail(&er, 0, "address type %u is reserved", type);
		goto out;
	}
	if (len != (type ? 16u : 4u)) {
		tk_inner_fail(&er, 0, "address length %u, an %s address has %u octets", len, type ? "IPv6" : "IPv4",
			      type ? 16 : 4);
		goto out;
	}
	if (n - 1 < len) {
		tk_inner_fail(&er, n, "truncated: the address has %u octets, %zu present", len, n - 1);
		goto out;
	}
	emit_ip(e, "address", p + 1, len);
	if (n - 1 > len)
		tk_inner_fail(&er, 1 + len, "%zu octets after the address", n - 1 - len);
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- charging characteristics (TS 32.251 Annex A) --------------------------------------------- */

/*
 * The 16 bits are 4 profile bits (P) and 12 behaviour bits (B).  The profile index is in bits
 * 4-1 of the first octet, where TS 32.215 had its N, P, F and H flags: the standard profiles
 * keep those values.  Other indexes and all behaviour bits are the operator's.
 */
static const struct tk_value_string cc_profile_names[] = {
	{ 1, "hot billing (H)" },
	{ 2, "flat rate (F)" },
	{ 4, "prepaid (P)" },
	{ 8, "normal (N)" },
	{ 0, NULL }
};

void tk_emit_charging_characteristics(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	unsigned v;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_fixed(&er, n, 2, "a ChargingCharacteristics"))
		goto out;
	v = (unsigned)load_be(p, 2);
	tk_emit_kv_long(e, "value", v);
	tk_emit_kv_long(e, "profileIndex", (v >> 8) & 0x0f);
	tk_inner_emit_name(e, "profile", cc_profile_names, NULL, "operator specific", (v >> 8) & 0x0f);
	tk_emit_kv_long(e, "behaviour", ((v >> 4) & 0xf00) | (v & 0xff));
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- time zone (TS 29.272 7.3.163), time (RFC 3588 4.3) ------------------------------------- */

void tk_emit_time_zone(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	long q = 0;
	size_t i;
	char buf[32];

	n = tk_inner_start(e, &er, p, n);
	/*
	 * TS 29.002 refers to the Time-Zone AVP: text, the offset from UTC in units of 15
	 * minutes (TS 22.042) with a leading '+' or '-', daylight saving time included.
	 * Hence SIZE (2..3): "+4", "-20".
	 */
	if (n < 2) {
		tk_inner_fail(&er, n, "truncated: a TimeZone is a sign and 1 or 2 digits, %zu octets present", n);
		goto out;
	}
	if (n > 3) {
		tk_inner_fail(&er, 3, "%zu octets: a TimeZone is a sign and 1 or 2 digits", n);
		goto out;
	}
	if (p[0] != '+' && p[0] != '-') {
		tk_inner_fail(&er, 0, "0x%02x where the sign ('+' or '-') should be", p[0]);
		goto out;
	}
	for (i = 1; i < n; i++) {
		if (p[i] < '0' || p[i] > '9') {
			tk_inner_fail(&er, i, "0x%02x is not a decimal digit", p[i]);
			goto out;
		}
		q = q * 10 + (p[i] - '0');
	}
	tk_emit_key(e, "text");
	tk_emit_strn(e, (const char *)p, n);
	tk_emit_kv_long(e, "quarterHours", p[0] == '-' ? -q : q);
	snprintf(buf, sizeof(buf), "%c%02ld:%02ld", p[0], q * 15 / 60, q * 15 % 60);
	tk_emit_kv_str(e, "utcOffset", buf);
out:
	tk_inner_finish(e, p, n, &er);
}

/* seconds from 1900-01-01 to 1970-01-01 */
#define NTP_UNIX_OFFSET 2208988800LL

void tk_emit_diameter_time(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	uint32_t v;
	long long unix_s;
	time_t t;
	struct tm tm;
	char buf[40];

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_fixed(&er, n, 4, "a Time"))
		goto out;
	v = load_be(p, 4);
	tk_emit_kv_long(e, "ntpSeconds", (long)v);
	/*
	 * RFC 3588 4.3: the NTP timestamp's seconds, which overflow on 2036-02-07 06:28:16 UTC;
	 * RFC 4330 3 extends them: with bit 0 (the top bit) clear the time is counted from
	 * that date, so the 32 bits cover 1968 to 2104.
	 */
	unix_s = (long long)v - NTP_UNIX_OFFSET;
	if (!(v & 0x80000000u))
		unix_s += 4294967296LL;
	t = (time_t)unix_s;
	if (gmtime_r(&t, &tm) && strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm) > 0)
		tk_emit_kv_str(e, "utc", buf);
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- identities ------------------------------------------------------------------------ */

void tk_emit_lac(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	/* TS 23.003 4.1 / TS 24.008 10.5.1.3: a 16-bit binary code */
	emit_number(e, p, n, 2, "lac", "a LAC");
}

void tk_emit_zone_code(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	/* TS 23.003 4.4: the zone code of a regional subscription, 2 octets */
	emit_number(e, p, n, 2, "zoneCode", "a ZoneCode");
}

void tk_emit_cug_interlock(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	char ni[5];
	int i;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_fixed(&er, n, 4, "a CUG-Interlock"))
		goto out;
	/*
	 * Q.763 3.15 (closed user group interlock code, as ETS 300 138 and TS 23.085 use it):
	 * octets 1-2 the network identity, 4 BCD digits, the first in bits 8-5 of octet 1;
	 * octets 3-4 the binary code.
	 */
	for (i = 0; i < 4; i++) {
		unsigned d = i & 1 ? p[i / 2] & 0x0f : p[i / 2] >> 4;
		ni[i] = "0123456789abcdef"[d];
		if (d > 9)
			tk_inner_fail(&er, (size_t)(i / 2), "network identity digit %d is 0x%x, not a decimal digit",
				      i + 1, d);
	}
	ni[4] = '\0';
	tk_emit_kv_str(e, "networkIdentity", ni);
	tk_emit_kv_long(e, "binaryCode", (long)load_be(p + 2, 2));
out:
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_lsa_identity(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	uint32_t v;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_fixed(&er, n, 3, "an LSAIdentity"))
		goto out;
	/* TS 23.003 4.9: a 24-bit LSA ID whose least significant bit says how to read it */
	v = load_be(p, 3);
	tk_emit_kv_long(e, "lsaId", (long)v);
	tk_emit_kv_str(e, "lsaIdType", v & 1 ? "universal LSA" : "PLMN significant number");
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- alerting pattern (TS 29.002, TS 24.008 10.5.4.26) ----------------------------------------- */

static const struct tk_value_string pattern_type_names[] = {
	{ 0, "level" },
	{ 1, "category" },
	{ 2, "category" },
	{ 3, "reserved" },
	{ 0, NULL }
};

/* bits 4-1 together: alerting levels 0-2 (TS 22.101), categories 1-5 */
static const struct tk_value_string alerting_names[] = {
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

static void emit_alerting_octet(struct tk_emitter *e, uint8_t o, size_t off, struct tk_inner_err *er)
{
	tk_inner_emit_name(e, "patternType", pattern_type_names, NULL, "reserved", (o >> 2) & 3);
	tk_inner_emit_name(e, "alertingPattern", alerting_names, NULL, "reserved", o & 0x0f);
	if (o & 0xf0)
		tk_inner_fail(er, off, "bits 8-5 are unused and should be 0000 (0x%02x)", o);
}

void tk_emit_alerting_pattern(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "an AlertingPattern"))
		emit_alerting_octet(e, p[0], 0, &er);
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_cap_alerting_pattern(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	/* TS 29.078: only the trailing octet is used; the receiver ignores the two before it */
	if (tk_inner_fixed(&er, n, 3, "a CAP AlertingPattern"))
		emit_alerting_octet(e, p[2], 2, &er);
	tk_inner_finish(e, p, n, &er);
}

/* ---- ISDN subaddress (TS 29.002 ISDN-SubaddressString, Q.931 4.5.11) ------------------------------ */

static const struct tk_value_string subaddr_type_names[] = {
	{ 0, "NSAP (X.213/ISO 8348 AD2)" },
	{ 2, "user specified" },
	{ 0, NULL }
};

void tk_emit_isdn_subaddress(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	unsigned type;
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "empty: the type of subaddress octet is missing");
		goto out;
	}
	/* octet 1: extension (1), type of subaddress (3 bits), odd/even (1), unused (3) */
	type = (p[0] >> 4) & 7;
	tk_inner_emit_name(e, "typeOfSubaddress", subaddr_type_names, NULL, "reserved", type);
	tk_emit_kv_str(e, "oddEvenIndicator", p[0] & 0x08 ? "odd number of address signals" :
			"even number of address signals");
	if (!(p[0] & 0x80))
		tk_inner_fail(&er, 0, "extension bit is 0 (no extension octet is defined)");
	if (n > 21)
		tk_inner_fail(&er, 21, "%zu octets of subaddress information, at most 20", n - 1);
	if (n < 2)
		goto out;
	if (type == 0) {
		/* the AFI in the first octet; with AFI 50 the rest are IA5 characters (Q.931) */
		char afi[4];
		snprintf(afi, sizeof(afi), "%02x", p[1]);
		tk_emit_kv_str(e, "afi", afi);
		if (p[1] == 0x50) {
			for (i = 2; i < n; i++) {
				if (p[i] < 0x20 || p[i] > 0x7e) {
					tk_inner_fail(&er, i, "0x%02x is not an IA5 character", p[i]);
					break;
				}
			}
			if (i == n) {
				tk_emit_key(e, "ia5");
				tk_emit_strn(e, (const char *)p + 2, n - 2);
				goto out;
			}
		}
	}
	/* user specified: coded as the user chose, so it is only shown */
	tk_emit_kv_hex(e, "information", p + 1, n - 1);
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- high layer compatibility (Q.931 4.5.17) ------------------------------------------------ */

static const struct tk_value_string coding_standard_names[] = {
	{ 0, "ITU-T standardized coding" },
	{ 1, "ISO/IEC standard" },
	{ 2, "national standard" },
	{ 3, "standard defined for the network (public or private) present on the network side of the interface" },
	{ 0, NULL }
};

static const struct tk_value_string hlc_interpretation_names[] = {
	{ 4, "first (primary or only) high layer characteristics identification to be used in the call" },
	{ 0, NULL }
};

static const struct tk_value_string hlc_presentation_names[] = {
	{ 1, "high layer protocol profile (without specification of attributes)" },
	{ 0, NULL }
};

/* high layer characteristics identification, ITU-T coding (octet 4) */
static const struct tk_value_string hlc_names[] = {
	{ 0x01, "telephony" },
	{ 0x04, "facsimile Group 2/3 (F.182)" },
	{ 0x21, "facsimile Group 4 Class I (F.184)" },
	{ 0x24, "teletex service, basic and mixed mode / facsimile Group 4 Classes II and III (F.230, F.184)" },
	{ 0x28, "teletex service, basic and processable mode (F.220)" },
	{ 0x31, "teletex service, basic mode (F.200)" },
	{ 0x32, "syntax based videotex (F.300, T.102)" },
	{ 0x33, "international videotex interworking via gateways or interworking units (F.300, T.101)" },
	{ 0x35, "telex service (F.60)" },
	{ 0x38, "message handling systems (X.400)" },
	{ 0x41, "OSI application (X.200)" },
	{ 0x42, "FTAM application (ISO 8571)" },
	{ 0x5e, "reserved for maintenance" },
	{ 0x5f, "reserved for management" },
	{ 0x60, "videotelephony (F.720, F.721)" },
	{ 0x61, "videoconferencing (F.702, F.731)" },
	{ 0x62, "audiographic conferencing (F.702, F.731)" },
	{ 0x68, "multimedia services (F.700 series)" },
	{ 0x7f, "reserved" },
	{ 0, NULL }
};

static const struct tk_vrange hlc_ranges[] = {
	{ 0x63, 0x67, "reserved for audiovisual services (F.700 series)" },
	{ 0x69, 0x6f, "reserved for audiovisual services (F.700 series)" },
	{ 0, 0, NULL }
};

static void emit_hlc_id(struct tk_emitter *e, const char *key, int itu, unsigned v)
{
	if (itu)
		tk_inner_emit_name(e, key, hlc_names, hlc_ranges, "reserved", v);
	else
		tk_emit_kv_long(e, key, v);
}

void tk_emit_high_layer_compatibility(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	int itu;

	n = tk_inner_start(e, &er, p, n);
	if (n < 2) {
		tk_inner_fail(&er, n, "truncated: a high layer compatibility has 2 octets, %zu present", n);
		if (n < 1)
			goto out;
	}
	/* octet 3: extension, coding standard, interpretation, presentation method */
	itu = ((p[0] >> 5) & 3) == 0;
	tk_inner_emit_name(e, "codingStandard", coding_standard_names, NULL, "", (p[0] >> 5) & 3);
	tk_inner_emit_name(e, "interpretation", hlc_interpretation_names, NULL, "reserved", (p[0] >> 2) & 7);
	tk_inner_emit_name(e, "presentationMethod", hlc_presentation_names, NULL, "reserved", p[0] & 3);
	if (!(p[0] & 0x80))
		tk_inner_fail(&er, 0, "extension bit of octet 3 is 0 (no octet 3a is defined)");
	if (n < 2)
		goto out;
	/* octet 4: extension, high layer characteristics identification; octet 4a follows when
	 * the extension bit is 0 (maintenance or management, 0x5e / 0x5f) */
	emit_hlc_id(e, "highLayerCharacteristics", itu, p[1] & 0x7f);
	if (p[1] & 0x80) {
		if (n > 2)
			tk_inner_fail(&er, 2, "%zu octets after octet 4, whose extension bit is 1", n - 2);
		goto out;
	}
	if (n < 3) {
		tk_inner_fail(&er, 2, "truncated: the extension bit of octet 4 is 0 but octet 4a is missing");
		goto out;
	}
	emit_hlc_id(e, "extendedHighLayerCharacteristics", itu, p[2] & 0x7f);
	if (n > 3)
		tk_inner_fail(&er, 3, "%zu octets after octet 4a", n - 3);
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- MS network capability (TS 24.008 10.5.5.12) -------------------------------------------- */

/* a single-bit field of the value part: octet (0-based), bit (8..1), key */
struct cap_bit {
	unsigned octet, bit;
	const char *key;
};

static const struct cap_bit netcap_bits[] = {
	{ 0, 8, "gea1" },
	{ 0, 7, "smCapabilitiesViaDedicatedChannels" },
	{ 0, 6, "smCapabilitiesViaGprsChannels" },
	{ 0, 2, "soLsaCapability" },
	{ 1, 8, "pfcFeatureMode" },
	{ 1, 7, "gea2" },
	{ 1, 6, "gea3" },
	{ 1, 5, "gea4" },
	{ 1, 4, "gea5" },
	{ 1, 3, "gea6" },
	{ 1, 2, "gea7" },
	{ 1, 1, "lcsVaCapability" },
	{ 2, 8, "psInterRatHoFromGeranToUtranIuMode" },
	{ 2, 7, "psInterRatHoFromGeranToEutranS1Mode" },
	{ 2, 6, "emmCombinedProcedures" },
	{ 2, 5, "isrSupport" },
	{ 2, 4, "srvccToGeranUtran" },
	{ 2, 3, "epcCapability" },
	{ 2, 2, "nfCapability" },
	{ 2, 1, "geranNetworkSharing" },
	{ 3, 8, "userPlaneIntegrityProtectionSupport" },
	{ 3, 7, "gia4" },
	{ 3, 6, "gia5" },
	{ 3, 5, "gia6" },
	{ 3, 4, "gia7" },
	{ 3, 3, "epcoIeIndicator" },
	{ 3, 2, "restrictionOnUseOfEnhancedCoverage" },
	{ 3, 1, "dualConnectivityEutraNr" },
};

static const struct tk_value_string ss_screening_names[] = {
	{ 0, "default value of phase 1" },
	{ 1, "capability of handling of ellipsis notation and phase 2 error handling" },
	{ 2, "for future use" },
	{ 3, "for future use" },
	{ 0, NULL }
};

void tk_emit_ms_network_capability(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "empty: an MS network capability has 1 to 8 octets");
		goto out;
	}
	if (n > 8)
		tk_inner_fail(&er, 8, "%zu octets, an MS network capability has at most 8", n);
	/* the fields of the first octet that are not single capability bits come in their place */
	for (i = 0; i < sizeof(netcap_bits) / sizeof(netcap_bits[0]); i++) {
		const struct cap_bit *b = &netcap_bits[i];
		if (b->octet >= n)
			break;
		if (b->octet == 0 && b->bit == 2) {
			tk_emit_kv_str(e, "ucs2Support", p[0] & 0x10 ?
				       "no preference between the default alphabet and UCS2" :
				       "default alphabet preferred over UCS2");
			tk_inner_emit_name(e, "ssScreeningIndicator", ss_screening_names, NULL, "", (p[0] >> 2) & 3);
		}
		tk_emit_kv_bool(e, b->key, (p[b->octet] >> (b->bit - 1)) & 1);
		if (b->octet == 0 && b->bit == 2)
			tk_emit_kv_str(e, "revisionLevelIndicator", p[0] & 1 ?
				       "R99 or later" : "earlier than R99");
	}
	/* octets 5-8 are spare in the present version of TS 24.008 */
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- RP cause (TS 24.011 8.2.5.4, Table 8.4) -------------------------------------------------- */

static const struct tk_value_string rp_cause_names[] = {
	{ 1, "unassigned (unallocated) number" },
	{ 8, "operator determined barring" },
	{ 10, "call barred" },
	{ 11, "reserved" },
	{ 21, "short message transfer rejected" },
	{ 22, "memory capacity exceeded" },
	{ 27, "destination out of order" },
	{ 28, "unidentified subscriber" },
	{ 29, "facility rejected" },
	{ 30, "unknown subscriber" },
	{ 38, "network out of order" },
	{ 41, "temporary failure" },
	{ 42, "congestion" },
	{ 47, "resources unavailable, unspecified" },
	{ 50, "requested facility not subscribed" },
	{ 69, "requested facility not implemented" },
	{ 81, "invalid short message transfer reference value" },
	{ 95, "semantically incorrect message" },
	{ 96, "invalid mandatory information" },
	{ 97, "message type non-existent or not implemented" },
	{ 98, "message not compatible with short message protocol state" },
	{ 99, "information element non-existent or not implemented" },
	{ 111, "protocol error, unspecified" },
	{ 127, "interworking, unspecified" },
	{ 0, NULL }
};

void tk_emit_rp_cause(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_fixed(&er, n, 1, "an RP cause"))
		goto out;
	/* the cause value octet: extension bit 8 (0, as no further octet is defined), value 7-1 */
	tk_emit_kv_long(e, "causeValue", p[0] & 0x7f);
	tk_inner_emit_name(e, "cause", rp_cause_names, NULL, "unassigned", p[0] & 0x7f);
	if (p[0] & 0x80)
		tk_inner_fail(&er, 0, "extension bit is 1 (should be 0)");
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- SM-RP-SMEA (TS 23.040 9.1.2.5) ---------------------------------------------------------- */

/* ---- text (RFC 3588 DiameterIdentity, FQDN, RFC 3261 SIP URI) --------------------------------- */

void tk_emit_text_octets(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	char buf[4 * 256 + 1];
	size_t i, o = 0;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "empty");
		goto out;
	}
	/* identities and URIs are ASCII (RFC 3261 escapes anything else with %HH) */
	for (i = 0; i < n && o + 5 < sizeof(buf); i++) {
		if (p[i] >= 0x20 && p[i] <= 0x7e) {
			buf[o++] = (char)p[i];
		} else {
			o += (size_t)snprintf(buf + o, sizeof(buf) - o, "\\x%02x", p[i]);
			tk_inner_fail(&er, i, "0x%02x is not a printable ASCII character", p[i]);
		}
	}
	buf[o] = '\0';
	if (i < n)
		tk_inner_fail(&er, i, "text longer than tcapkit shows (%zu octets)", n);
	tk_emit_kv_str(e, "text", buf);
out:
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_apn_oi_replacement(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	char buf[256];

	n = tk_inner_start(e, &er, p, n);
	/* TS 23.003 9.1: labels, each preceded by its length, e.g. mnc015.mcc234.gprs */
	if (tk_apn_text(p, n, buf, sizeof(buf)) == 0)
		tk_emit_kv_str(e, "apn", buf);
	else
		tk_inner_fail(&er, 0, "not a sequence of length-prefixed printable labels (TS 23.003 9.1)");
	tk_inner_finish(e, p, n, &er);
}

/* ---- numbers ------------------------------------------------------------------------------ */

void tk_emit_ue_usage_type(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	/* TS 29.272 7.3.202: Unsigned32, coded in 4 octets as Diameter codes it */
	emit_number(e, p, n, 4, "ueUsageType", "a UE-UsageType");
}

void tk_emit_restoration_priority(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	emit_number(e, p, n, 1, "restorationPriority", "a Restoration-Priority");
}

void tk_emit_cs_allocation_retention_priority(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	emit_number(e, p, n, 1, "priorityLevel", "a CS-AllocationRetentionPriority");
}

/* ---- eDRX (TS 24.008 10.5.5.32 Table 10.5.5.32) --------------------------------------------- */

/*
 * The eDRX cycle length of S1 mode (E-UTRAN), codes 0-15.  The A/Gb and Iu mode tables are
 * other lists of lengths; their codes are given as numbers only.
 */
static const char *const edrx_s1[16] = {
	"5.12 s", "10.24 s", "20.48 s", "40.96 s", "61.44 s", "81.92 s", "102.4 s", "122.88 s",
	"143.36 s", "163.84 s", "327.68 s", "655.36 s", "1310.72 s", "2621.44 s", "5242.88 s", "10485.76 s"
};

void tk_emit_edrx_cycle_length_value(struct tk_emitter *e, const uint8_t *p, size_t n, int rat)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_fixed(&er, n, 1, "an EDRX-Cycle-Length-Value"))
		goto out;
	tk_emit_kv_long(e, "edrxValue", p[0] & 0x0f);
	/* Used-RAT-Type (TS 29.002): e-utran is 4 */
	if (rat == 4)
		tk_emit_kv_str(e, "edrxCycleLength", edrx_s1[p[0] & 0x0f]);
	if (p[0] & 0xf0)
		tk_inner_fail(&er, 0, "bits 8-5 are spare and should be 0 (0x%02x)", p[0]);
out:
	tk_inner_finish(e, p, n, &er);
}
