/*
 * Subscriber, GPRS and SMS values (subscriber.c), decoded from vectors built by hand from
 * the standards each decoder names (TS 29.060, TS 23.003, TS 32.251, TS 29.272, RFC 3588,
 * Q.763, Q.931, TS 24.008, TS 24.011, TS 23.040).  Each vector's comment says how its
 * octets follow from the fields (bits written 8..1, most significant first).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "sms.h"
#include "subscriber.h"

/* ---- rendering ------------------------------------------------------------------------------ */

enum dec {
	D_PDP_TYPE, D_PDN_TYPE, D_PDP_ADDR, D_GSN_ADDR, D_CC, D_TZ, D_TIME, D_LAC, D_ZONE, D_CUG, D_LSA,
	D_ALERT, D_CAP_ALERT, D_SUBADDR, D_HLC, D_NETCAP, D_RP_CAUSE, D_SMEA, D_TEXT, D_APN,
	D_UE_USAGE, D_RESTORATION, D_CS_ARP, D_EDRX_EUTRAN, D_EDRX_GERAN, D_EDRX_UTRAN, D_EDRX_OTHER,
};

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	switch (*(const enum dec *)arg) {
	case D_PDP_TYPE: tk_emit_pdp_type(e, p, n); break;
	case D_PDN_TYPE: tk_emit_pdn_type(e, p, n); break;
	case D_PDP_ADDR: tk_emit_pdp_address(e, p, n); break;
	case D_GSN_ADDR: tk_emit_gsn_address(e, p, n); break;
	case D_CC: tk_emit_charging_characteristics(e, p, n); break;
	case D_TZ: tk_emit_time_zone(e, p, n); break;
	case D_TIME: tk_emit_diameter_time(e, p, n); break;
	case D_LAC: tk_emit_lac(e, p, n); break;
	case D_ZONE: tk_emit_zone_code(e, p, n); break;
	case D_CUG: tk_emit_cug_interlock(e, p, n); break;
	case D_LSA: tk_emit_lsa_identity(e, p, n); break;
	case D_ALERT: tk_emit_alerting_pattern(e, p, n); break;
	case D_CAP_ALERT: tk_emit_cap_alerting_pattern(e, p, n); break;
	case D_SUBADDR: tk_emit_isdn_subaddress(e, p, n); break;
	case D_HLC: tk_emit_high_layer_compatibility(e, p, n); break;
	case D_NETCAP: tk_emit_ms_network_capability(e, p, n); break;
	case D_RP_CAUSE: tk_emit_rp_cause(e, p, n); break;
	case D_SMEA: tk_emit_sms_address(e, p, n); break;
	case D_TEXT: tk_emit_text_octets(e, p, n); break;
	case D_APN: tk_emit_apn_oi_replacement(e, p, n); break;
	case D_UE_USAGE: tk_emit_ue_usage_type(e, p, n); break;
	case D_RESTORATION: tk_emit_restoration_priority(e, p, n); break;
	case D_CS_ARP: tk_emit_cs_allocation_retention_priority(e, p, n); break;
	case D_EDRX_EUTRAN: tk_emit_edrx_cycle_length_value(e, p, n, 4); break;
	case D_EDRX_GERAN: tk_emit_edrx_cycle_length_value(e, p, n, 1); break;
	case D_EDRX_UTRAN: tk_emit_edrx_cycle_length_value(e, p, n, 0); break;
	case D_EDRX_OTHER: tk_emit_edrx_cycle_length_value(e, p, n, -1); break;
	}
}

/* the value as JSON (or text), from an exact-size heap copy, as a malloc'd string */
static char *render(enum dec d, const uint8_t *p, size_t n, int text)
{
	return tu_render(emit, &d, p, n, text);
}

/* decode tmpl and assert each needle (a NULL-terminated list) is in the JSON */
static void expect(enum dec d, const char *tmpl, ...)
{
	va_list ap;

	va_start(ap, tmpl);
	tu_vexpect(emit, &d, tmpl, 0, ap);
	va_end(ap);
}

static void expect_no_error(enum dec d, const char *tmpl)
{
	tu_expect_no_error(emit, &d, tmpl);
}

/* as expect(), but the value must also decode without an error */
#define expect_ok(d, tmpl, ...) do { \
		expect(d, tmpl, __VA_ARGS__, NULL); \
		expect_no_error(d, tmpl); \
	} while (0)

/* a needle must not be there */
static void expect_not(enum dec d, const char *tmpl, const char *needle)
{
	uint8_t buf[256];
	size_t n = tu_ber(tmpl, buf, sizeof(buf));
	char *s = render(d, buf, n, 0);

	tu_assert_hasnt(s, needle);
	free(s);
}

/* the empty value: an error at offset 0 */
static void expect_empty_error(enum dec d)
{
	tu_expect_empty_error(emit, &d, "");
}

/*
 * Every truncation of the vector (0 .. n-1 octets), and every single-octet corruption,
 * must give one well-formed object with "hex"; a truncation below `complete` octets must
 * say "error".  The text emitter is run on the same input too.  With `at_max`, the vector
 * is as long as its type allows and one octet more must say "error" at offset n.
 */
static void robust(enum dec d, const char *tmpl, size_t complete, int at_max)
{
	static const uint8_t corrupt[] = { 0x00, 0xff, 0x0f, 0xf0, 0x80, 0x7f, 0x55, 0xaa };
	uint8_t buf[256];
	size_t n = tu_ber(tmpl, buf, sizeof(buf));
	size_t k, c;
	char *s, needle[64];

	for (k = 0; k < n; k++) {
		s = render(d, buf, k, 0);
		tu_assert_one_object(s);
		tu_assert_has(s, "\"hex\":\"");
		if (k < complete)
			tu_assert_has(s, "\"error\":{\"offset\":");
		free(s);
		free(render(d, buf, k, 1));
	}
	for (k = 0; k < n; k++) {
		for (c = 0; c < sizeof(corrupt); c++) {
			uint8_t b2[256];
			memcpy(b2, buf, n);
			b2[k] = corrupt[c];
			s = render(d, b2, n, 0);
			tu_assert_one_object(s);
			tu_assert_has(s, "\"hex\":\"");
			free(s);
			free(render(d, b2, n, 1));
		}
	}
	if (!at_max)
		return;
	buf[n] = 0x00;
	s = render(d, buf, n + 1, 0);
	tu_assert_one_object(s);
	snprintf(needle, sizeof(needle), "\"error\":{\"offset\":%zu,", n);
	tu_assert_has(s, needle);
	free(s);
	free(render(d, buf, n + 1, 1));
}

/* every value of every octet, the others fixed: no crash, one object with "hex" */
static void exhaustive(enum dec d, const char *tmpl)
{
	tu_exhaustive(emit, &d, tmpl);
}

/* ---- PDP type, PDN type ----------------------------------------------------------------------- */

START_TEST(test_pdp_type)
{
	/* spare 1111, organisation 0001 (IETF) -> 0xF1; number 0x21 IPv4 */
	expect_ok(D_PDP_TYPE, "F1 21", "\"pdpTypeOrganization\":\"IETF\"", "\"pdpTypeNumber\":33",
		  "\"pdpType\":\"IPv4\"", "\"hex\":\"f121\"");
	expect_ok(D_PDP_TYPE, "F1 57", "\"pdpType\":\"IPv6\"");
	/* Ext-PDP-Type: IPv4v6 is 0x8D */
	expect_ok(D_PDP_TYPE, "F1 8D", "\"pdpType\":\"IPv4v6\"");
	/* organisation 0000 (ETSI): 1 PPP, 2 Non-IP, 0 the former X.25 */
	expect_ok(D_PDP_TYPE, "F0 01", "\"pdpTypeOrganization\":\"ETSI\"", "\"pdpType\":\"PPP\"");
	expect_ok(D_PDP_TYPE, "F0 02", "\"pdpType\":\"Non-IP\"");
	expect_ok(D_PDP_TYPE, "F0 00", "\"pdpType\":\"reserved (X.25 in earlier versions)\"");
	/* an IETF number that is none of the three; a spare organisation (no pdpType then) */
	expect_ok(D_PDP_TYPE, "F1 22", "\"pdpType\":\"unassigned (34)\"");
	expect_ok(D_PDP_TYPE, "F5 21", "\"pdpTypeOrganization\":\"spare (5)\"");
	expect_not(D_PDP_TYPE, "F5 21", "\"pdpType\":");
}
END_TEST

START_TEST(test_pdp_type_malformed)
{
	expect_empty_error(D_PDP_TYPE);
	expect(D_PDP_TYPE, "F1",
	       "\"error\":{\"offset\":1,\"reason\":\"truncated: a PDP-Type has 2 octets, 1 present\"}",
	       NULL);
	expect(D_PDP_TYPE, "F1 21 00", "\"pdpType\":\"IPv4\"",
	       "\"error\":{\"offset\":2,\"reason\":\"1 octet after the 2 of a PDP-Type\"}", NULL);
	robust(D_PDP_TYPE, "F1 21", 2, 1);
	exhaustive(D_PDP_TYPE, "F1 21");
}
END_TEST

START_TEST(test_pdn_type)
{
	/* bits 3-1: 001 IPv4, 010 IPv6, 011 IPv4v6, 100 IPv4_or_IPv6 */
	expect_ok(D_PDN_TYPE, "01", "\"pdnType\":\"IPv4\"", "\"hex\":\"01\"");
	expect_ok(D_PDN_TYPE, "02", "\"pdnType\":\"IPv6\"");
	expect_ok(D_PDN_TYPE, "03", "\"pdnType\":\"IPv4v6\"");
	expect_ok(D_PDN_TYPE, "04", "\"pdnType\":\"IPv4_or_IPv6\"");
	expect_ok(D_PDN_TYPE, "00", "\"pdnType\":\"reserved (0)\"");
	expect_ok(D_PDN_TYPE, "07", "\"pdnType\":\"reserved (7)\"");
	/* bits 8-4 shall be zero: 0x0B = 00001 011 */
	expect(D_PDN_TYPE, "0B", "\"pdnType\":\"IPv4v6\"",
	       "\"error\":{\"offset\":0,\"reason\":\"bits 8-4 are not zero (0x0b)\"}", NULL);
	expect_empty_error(D_PDN_TYPE);
	robust(D_PDN_TYPE, "03", 1, 1);
	exhaustive(D_PDN_TYPE, "03");
}
END_TEST

/* ---- PDP address, GSN address ---------------------------------------------------------------- */

START_TEST(test_pdp_address)
{
	/* 4 octets: IPv4 10.1.2.3 */
	expect_ok(D_PDP_ADDR, "0A 01 02 03", "\"ipv4Address\":\"10.1.2.3\"", "\"hex\":\"0a010203\"");
	/* 16 octets: 2001:db8::1 */
	expect_ok(D_PDP_ADDR, "20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 01", "\"ipv6Address\":\"2001:db8::1\"");
	/* 20 octets: IPv4v6, the IPv4 address first */
	expect_ok(D_PDP_ADDR, "C0 A8 00 01 FE 80 00 00 00 00 00 00 00 00 00 00 00 00 00 02",
		  "\"ipv4Address\":\"192.168.0.1\"", "\"ipv6Address\":\"fe80::2\"");
	/* 1-7 octets: X.25, left in hex */
	expect_ok(D_PDP_ADDR, "12 34 56", "\"addressType\":\"X.25 (not decoded)\"", "\"hex\":\"123456\"");
	expect_not(D_PDP_ADDR, "12 34 56", "ipv4Address");
}
END_TEST

START_TEST(test_pdp_address_malformed)
{
	expect_empty_error(D_PDP_ADDR);
	expect(D_PDP_ADDR, "01 02 03 04 05 06 07 08",
	       "\"error\":{\"offset\":0,\"reason\":\"8 octets are neither an IPv4 (4), IPv6 (16) nor IPv4v6 (20) "
	       "address\"}",
	       NULL);
	robust(D_PDP_ADDR, "C0 A8 00 01 FE 80 00 00 00 00 00 00 00 00 00 00 00 00 00 02", 1, 0);
}
END_TEST

START_TEST(test_gsn_address)
{
	/* 00 000100: type 0 (IPv4), length 4 -> 0x04; then 192.0.2.1 */
	expect_ok(D_GSN_ADDR, "04 C0 00 02 01", "\"addressType\":\"IPv4\"", "\"addressLength\":4",
		  "\"address\":\"192.0.2.1\"", "\"hex\":\"04c0000201\"");
	/* 01 010000: type 1 (IPv6), length 16 -> 0x50; then 2001:db8::5 */
	expect_ok(D_GSN_ADDR, "50 20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 05", "\"addressType\":\"IPv6\"",
		  "\"addressLength\":16", "\"address\":\"2001:db8::5\"");
}
END_TEST

START_TEST(test_gsn_address_malformed)
{
	expect_empty_error(D_GSN_ADDR);
	/* type 10 reserved */
	expect(D_GSN_ADDR, "84 01 02 03 04", "\"addressType\":\"reserved (2)\"",
	       "\"error\":{\"offset\":0,\"reason\":\"address type 2 is reserved\"}", NULL);
	/* IPv4 with length 16 */
	expect(D_GSN_ADDR, "10 01 02 03 04",
	       "\"error\":{\"offset\":0,\"reason\":\"address length 16, an IPv4 address has 4 octets\"}",
	       NULL);
	expect(D_GSN_ADDR, "04 01 02 03",
	       "\"error\":{\"offset\":4,\"reason\":\"truncated: the address has 4 octets, 3 present\"}",
	       NULL);
	expect(D_GSN_ADDR, "04 01 02 03 04 05", "\"address\":\"1.2.3.4\"",
	       "\"error\":{\"offset\":5,\"reason\":\"1 octets after the address\"}", NULL);
	robust(D_GSN_ADDR, "04 C0 00 02 01", 5, 1);
	robust(D_GSN_ADDR, "50 20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 05", 17, 1);
	exhaustive(D_GSN_ADDR, "04 C0 00 02 01");
}
END_TEST

/* ---- charging characteristics ---------------------------------------------------------------- */

START_TEST(test_charging_characteristics)
{
	/* profile bits 1000 in bits 4-1 of octet 1: normal -> 08 00 */
	expect_ok(D_CC, "08 00", "\"value\":2048", "\"profileIndex\":8", "\"profile\":\"normal (N)\"",
		  "\"behaviour\":0", "\"hex\":\"0800\"");
	expect_ok(D_CC, "04 00", "\"profileIndex\":4", "\"profile\":\"prepaid (P)\"");
	expect_ok(D_CC, "02 00", "\"profile\":\"flat rate (F)\"");
	expect_ok(D_CC, "01 00", "\"profile\":\"hot billing (H)\"");
	/* 1010 0011 0000 0101: behaviour bits 1010 (octet 1 bits 8-5) and 0x05 -> 0xA05;
	 * profile 0011 is operator specific */
	expect_ok(D_CC, "A3 05", "\"value\":41733", "\"profileIndex\":3", "\"profile\":\"operator specific (3)\"",
		  "\"behaviour\":2565");
	expect_empty_error(D_CC);
	expect(D_CC, "08",
	       "\"error\":{\"offset\":1,\"reason\":\"truncated: a ChargingCharacteristics has 2 octets, 1 present\"}",
	       NULL);
	robust(D_CC, "08 00", 2, 1);
}
END_TEST

/* ---- time zone, time ------------------------------------------------------------------------ */

START_TEST(test_time_zone)
{
	/* "+4": 4 quarter hours east of UTC */
	expect_ok(D_TZ, "2B 34", "\"text\":\"+4\"", "\"quarterHours\":4", "\"utcOffset\":\"+01:00\"",
		  "\"hex\":\"2b34\"");
	/* "-14": 3 h 30 min west (Newfoundland) */
	expect_ok(D_TZ, "2D 31 34", "\"text\":\"-14\"", "\"quarterHours\":-14", "\"utcOffset\":\"-03:30\"");
	/* "+0" */
	expect_ok(D_TZ, "2B 30", "\"utcOffset\":\"+00:00\"");
	/* "+23": 5 h 45 min (Nepal) */
	expect_ok(D_TZ, "2B 32 33", "\"utcOffset\":\"+05:45\"");
}
END_TEST

START_TEST(test_time_zone_malformed)
{
	expect_empty_error(D_TZ);
	expect(D_TZ, "2B", "\"error\":{\"offset\":1,\"reason\":\"truncated", NULL);
	/* TS 24.008 semi-octet coding is not what MAP carries: no sign */
	expect(D_TZ, "40 00",
	       "\"error\":{\"offset\":0,\"reason\":\"0x40 where the sign ('+' or '-') should be\"}", NULL);
	expect(D_TZ, "2B 3A", "\"error\":{\"offset\":1,\"reason\":\"0x3a is not a decimal digit\"}", NULL);
	expect(D_TZ, "2B 31 32 33", "\"error\":{\"offset\":3,", NULL);
	robust(D_TZ, "2D 31 34", 2, 1);
	exhaustive(D_TZ, "2D 31 34");
}
END_TEST

START_TEST(test_time)
{
	/* 2024-01-01T00:00:00Z = Unix 1704067200 + 2208988800 = 3913056000 = 0xE93C7F00 */
	expect_ok(D_TIME, "E9 3C 7F 00", "\"ntpSeconds\":3913056000", "\"utc\":\"2024-01-01T00:00:00Z\"",
		  "\"hex\":\"e93c7f00\"");
	/* 0x83AA7E80 = 2208988800: the Unix epoch */
	expect_ok(D_TIME, "83 AA 7E 80", "\"utc\":\"1970-01-01T00:00:00Z\"");
	/* top bit clear: counted from 2036-02-07T06:28:16Z (RFC 4330); 0 is that instant */
	expect_ok(D_TIME, "00 00 00 00", "\"utc\":\"2036-02-07T06:28:16Z\"");
	expect_ok(D_TIME, "00 00 00 3C", "\"utc\":\"2036-02-07T06:29:16Z\"");
	expect_empty_error(D_TIME);
	expect(D_TIME, "E9 3C 7F", "\"error\":{\"offset\":3,\"reason\":\"truncated: a Time has 4 octets, 3 present\"}",
	       NULL);
	robust(D_TIME, "E9 3C 7F 00", 4, 1);
}
END_TEST

/* ---- identities ------------------------------------------------------------------------------ */

START_TEST(test_identities)
{
	expect_ok(D_LAC, "12 34", "\"lac\":4660", "\"hex\":\"1234\"");
	expect_ok(D_LAC, "FF FE", "\"lac\":65534");
	expect_ok(D_ZONE, "00 2A", "\"zoneCode\":42");
	/* NI digits 1 2 3 4 (octets 0x12 0x34), binary code 0x0102 = 258 */
	expect_ok(D_CUG, "12 34 01 02", "\"networkIdentity\":\"1234\"", "\"binaryCode\":258", "\"hex\":\"12340102\"");
	/* LSA ID 0x000101: least significant bit 1, universal */
	expect_ok(D_LSA, "00 01 01", "\"lsaId\":257", "\"lsaIdType\":\"universal LSA\"");
	expect_ok(D_LSA, "12 34 56", "\"lsaId\":1193046", "\"lsaIdType\":\"PLMN significant number\"");
}
END_TEST

START_TEST(test_identities_malformed)
{
	expect_empty_error(D_LAC);
	expect_empty_error(D_ZONE);
	expect_empty_error(D_CUG);
	expect_empty_error(D_LSA);
	expect(D_LAC, "12", "\"error\":{\"offset\":1,\"reason\":\"truncated: a LAC has 2 octets, 1 present\"}", NULL);
	/* NI digit 2 is 0xA */
	expect(D_CUG, "1A 34 01 02", "\"networkIdentity\":\"1a34\"", "\"binaryCode\":258",
	       "\"error\":{\"offset\":0,\"reason\":\"network identity digit 2 is 0xa, not a decimal digit\"}", NULL);
	expect(D_CUG, "12 34 01 02 03", "\"error\":{\"offset\":4,", NULL);
	robust(D_LAC, "12 34", 2, 1);
	robust(D_ZONE, "00 2A", 2, 1);
	robust(D_CUG, "12 34 01 02", 4, 1);
	robust(D_LSA, "12 34 56", 3, 1);
	exhaustive(D_CUG, "12 34 01 02");
}
END_TEST

/* ---- alerting pattern ------------------------------------------------------------------------- */

START_TEST(test_alerting_pattern)
{
	/* 0000 00 01: level, alerting level 1 */
	expect_ok(D_ALERT, "01", "\"patternType\":\"level\"", "\"alertingPattern\":\"alerting level 1\"");
	expect_ok(D_ALERT, "00", "\"alertingPattern\":\"alerting level 0\"");
	/* 0000 01 00: category 1; 0000 10 00: category 5 */
	expect_ok(D_ALERT, "04", "\"patternType\":\"category\"", "\"alertingPattern\":\"alerting category 1\"");
	expect_ok(D_ALERT, "08", "\"alertingPattern\":\"alerting category 5\"");
	/* level 3 and type 11 are reserved */
	expect_ok(D_ALERT, "03", "\"alertingPattern\":\"reserved (3)\"");
	expect_ok(D_ALERT, "0C", "\"patternType\":\"reserved\"", "\"alertingPattern\":\"reserved (12)\"");
	/* CAP: 3 octets, the last one used */
	expect_ok(D_CAP_ALERT, "00 00 06", "\"alertingPattern\":\"alerting category 3\"", "\"hex\":\"000006\"");
}
END_TEST

START_TEST(test_alerting_pattern_malformed)
{
	expect_empty_error(D_ALERT);
	expect_empty_error(D_CAP_ALERT);
	expect(D_ALERT, "11", "\"alertingPattern\":\"alerting level 1\"",
	       "\"error\":{\"offset\":0,\"reason\":\"bits 8-5 are unused and should be 0000 (0x11)\"}", NULL);
	expect(D_CAP_ALERT, "00 06",
	       "\"error\":{\"offset\":2,\"reason\":\"truncated: a CAP AlertingPattern has 3 octets, 2 present\"}",
	       NULL);
	robust(D_ALERT, "01", 1, 1);
	robust(D_CAP_ALERT, "00 00 06", 3, 1);
	exhaustive(D_ALERT, "01");
}
END_TEST

/* ---- ISDN subaddress, high layer compatibility ------------------------------------------------- */

START_TEST(test_isdn_subaddress)
{
	/* 1 000 0 000: NSAP, even; AFI 0x50, then IA5 "1234" */
	expect_ok(D_SUBADDR, "80 50 31 32 33 34", "\"typeOfSubaddress\":\"NSAP (X.213/ISO 8348 AD2)\"",
		  "\"oddEvenIndicator\":\"even number of address signals\"", "\"afi\":\"50\"", "\"ia5\":\"1234\"");
	/* NSAP with another AFI (0x39): information as hex */
	expect_ok(D_SUBADDR, "80 39 01 02", "\"afi\":\"39\"", "\"information\":\"390102\"");
	/* 1 010 1 000: user specified, odd -> 0xA8 */
	expect_ok(D_SUBADDR, "A8 12 34", "\"typeOfSubaddress\":\"user specified\"",
		  "\"oddEvenIndicator\":\"odd number of address signals\"", "\"information\":\"1234\"");
	expect_not(D_SUBADDR, "A8 12 34", "\"afi\"");
	/* the type octet alone */
	expect_ok(D_SUBADDR, "A0", "\"typeOfSubaddress\":\"user specified\"");
}
END_TEST

START_TEST(test_isdn_subaddress_malformed)
{
	expect_empty_error(D_SUBADDR);
	/* 1 001 0 000: reserved type */
	expect_ok(D_SUBADDR, "90 01", "\"typeOfSubaddress\":\"reserved (1)\"");
	expect(D_SUBADDR, "00 50 31", "\"error\":{\"offset\":0,\"reason\":\"extension bit is 0", NULL);
	/* AFI 50 with a non-IA5 octet: hex instead */
	expect(D_SUBADDR, "80 50 31 01", "\"information\":\"503101\"",
	       "\"error\":{\"offset\":3,\"reason\":\"0x01 is not an IA5 character\"}", NULL);
	expect(D_SUBADDR, "80 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00",
	       "\"error\":{\"offset\":21,", NULL);
	robust(D_SUBADDR, "80 50 31 32 33 34 35 36 37 38 39 30 31 32 33 34 35 36 37 38 39", 1, 1);
}
END_TEST

START_TEST(test_high_layer_compatibility)
{
	/* octet 3 = 1 00 100 01: ITU-T, first HLC identification, high layer protocol profile -> 0x91;
	 * octet 4 = 1 0000001: telephony -> 0x81 */
	expect_ok(D_HLC, "91 81", "\"codingStandard\":\"ITU-T standardized coding\"",
		  "\"interpretation\":\"first (primary or only) high layer characteristics identification to be used "
		  "in the call\"",
		  "\"presentationMethod\":\"high layer protocol profile (without specification of attributes)\"",
		  "\"highLayerCharacteristics\":\"telephony\"", "\"hex\":\"9181\"");
	/* 0x84: facsimile Group 2/3; 0xE5: reserved audiovisual range */
	expect_ok(D_HLC, "91 84", "\"highLayerCharacteristics\":\"facsimile Group 2/3 (F.182)\"");
	expect_ok(D_HLC, "91 E5",
	          "\"highLayerCharacteristics\":\"reserved for audiovisual services (F.700 series) (101)\"");
	/* octet 4 = 0 1011110 (maintenance, extended), octet 4a = 1 0000001 */
	expect_ok(D_HLC, "91 5E 81", "\"highLayerCharacteristics\":\"reserved for maintenance\"",
		  "\"extendedHighLayerCharacteristics\":\"telephony\"");
	/* national coding standard 10: the identification is a number only */
	expect_ok(D_HLC, "D1 81", "\"codingStandard\":\"national standard\"", "\"highLayerCharacteristics\":1");
}
END_TEST

START_TEST(test_high_layer_compatibility_malformed)
{
	expect_empty_error(D_HLC);
	expect(D_HLC, "91", "\"codingStandard\":\"ITU-T standardized coding\"",
	       "\"error\":{\"offset\":1,\"reason\":\"truncated: a high layer compatibility has 2 octets, 1 present\"}",
	       NULL);
	expect(D_HLC, "91 5E",
	       "\"error\":{\"offset\":2,\"reason\":\"truncated: the extension bit of octet 4 is 0", NULL);
	expect(D_HLC, "11 81", "\"error\":{\"offset\":0,\"reason\":\"extension bit of octet 3 is 0", NULL);
	/* interpretation 000 and presentation 00 are reserved */
	expect_ok(D_HLC, "80 81", "\"interpretation\":\"reserved (0)\"", "\"presentationMethod\":\"reserved (0)\"");
	robust(D_HLC, "91 81", 2, 1);
	exhaustive(D_HLC, "91 5E 81");
}
END_TEST

/* ---- MS network / radio access capability ---------------------------------------------------- */

START_TEST(test_ms_network_capability)
{
	/* octet 1 = 1 1 1 0 01 0 1: GEA/1, SM dedicated, SM GPRS, UCS2 0, SS screening 01,
	 * no SoLSA, R99 -> 0xE5; octet 2 = 0 1 1 0 0 0 0 1: GEA/2, GEA/3, LCS VA -> 0x61;
	 * octet 3 = 0 0 1 1 0 1 0 0: EMM combined, ISR, EPC -> 0x34 */
	expect_ok(D_NETCAP, "E5 61 34", "\"gea1\":true", "\"smCapabilitiesViaDedicatedChannels\":true",
		  "\"smCapabilitiesViaGprsChannels\":true", "\"ucs2Support\":\"default alphabet preferred over UCS2\"",
		  "\"ssScreeningIndicator\":\"capability of handling of ellipsis notation and phase 2 error handling\"",
		  "\"soLsaCapability\":false", "\"revisionLevelIndicator\":\"R99 or later\"",
		  "\"pfcFeatureMode\":false", "\"gea2\":true", "\"gea3\":true", "\"gea4\":false", "\"gea7\":false",
		  "\"lcsVaCapability\":true", "\"psInterRatHoFromGeranToUtranIuMode\":false",
		  "\"emmCombinedProcedures\":true", "\"isrSupport\":true", "\"srvccToGeranUtran\":false",
		  "\"epcCapability\":true", "\"geranNetworkSharing\":false", "\"hex\":\"e56134\"");
	expect_not(D_NETCAP, "E5 61 34", "gia4");
	/* octet 1 = 0 0 0 1 00 1 0 -> 0x12: UCS2 no preference, phase 1 screening, SoLSA, pre-R99;
	 * octet 4 = 1 0 0 0 0 1 0 1: UP integrity, ePCO, dual connectivity -> 0x85 */
	expect_ok(D_NETCAP, "12 00 00 85", "\"gea1\":false",
		  "\"ucs2Support\":\"no preference between the default alphabet and UCS2\"",
		  "\"ssScreeningIndicator\":\"default value of phase 1\"", "\"soLsaCapability\":true",
		  "\"revisionLevelIndicator\":\"earlier than R99\"", "\"userPlaneIntegrityProtectionSupport\":true",
		  "\"gia4\":false", "\"epcoIeIndicator\":true", "\"dualConnectivityEutraNr\":true");
	expect_empty_error(D_NETCAP);
	expect(D_NETCAP, "E5 61 34 00 00 00 00 00 00", "\"error\":{\"offset\":8,", NULL);
	robust(D_NETCAP, "E5 61 34 85 00 00 00 00", 1, 1);
	exhaustive(D_NETCAP, "E5 61 34 85");
}
END_TEST

/* ---- RP cause, SM-RP-SMEA ------------------------------------------------------------------------ */

START_TEST(test_rp_cause)
{
	expect_ok(D_RP_CAUSE, "16", "\"causeValue\":22", "\"cause\":\"memory capacity exceeded\"");
	expect_ok(D_RP_CAUSE, "1E", "\"cause\":\"unknown subscriber\"");
	expect_ok(D_RP_CAUSE, "6F", "\"cause\":\"protocol error, unspecified\"");
	expect_ok(D_RP_CAUSE, "02", "\"cause\":\"unassigned (2)\"");
	expect(D_RP_CAUSE, "95", "\"causeValue\":21", "\"cause\":\"short message transfer rejected\"",
	       "\"error\":{\"offset\":0,\"reason\":\"extension bit is 1 (should be 0)\"}", NULL);
	expect_empty_error(D_RP_CAUSE);
	robust(D_RP_CAUSE, "16", 1, 1);
}
END_TEST

START_TEST(test_sm_rp_smea)
{
	/* 11 semi-octets, 1 001 0001 (international, E.164), digits 44770090123 + filler F */
	expect_ok(D_SMEA, "0B 91 44 77 00 09 21 F3", "{\"ton\":\"international number\"",
		  "\"npi\":\"ISDN/telephone numbering plan (E.164/E.163)\"", "\"digits\":\"44770090123\"");
	/* 4 semi-octets, national, '*' and '#' (1010, 1011) */
	expect_ok(D_SMEA, "04 A1 A1 B2", "\"ton\":\"national number\"", "\"digits\":\"1*2#\"");
	/* alphanumeric: 1 101 0000 (0xD0), 7 semi-octets = 28 bits = 4 septets "Test"
	 * (T 0x54, e 0x65, s 0x73, t 0x74 packed: D4 F2 9C 0E) */
	expect_ok(D_SMEA, "07 D0 D4 F2 9C 0E", "\"ton\":\"alphanumeric\"", "\"text\":\"Test\"");
	/* no digits at all */
	expect_ok(D_SMEA, "00 81", "\"digits\":\"\"");
}
END_TEST

START_TEST(test_sm_rp_smea_malformed)
{
	expect_empty_error(D_SMEA);
	expect(D_SMEA, "0B", "\"error\":{\"offset\":0,\"reason\":\"address truncated: 2 octets needed", NULL);
	expect(D_SMEA, "15 91 00", "\"error\":{\"offset\":0,\"reason\":\"address: Address-Length 21 beyond", NULL);
	expect(D_SMEA, "0B 91 44 77 00",
	       "\"error\":{\"offset\":0,\"reason\":\"address truncated: 8 octets needed, 5 present\"}",
	       NULL);
	expect(D_SMEA, "04 91 F1 21",
	       "\"error\":{\"offset\":2,\"reason\":\"address: filler 1111 within the 4 semi-octets\"}", NULL);
	expect(D_SMEA, "02 91 21 00",
	       "\"digits\":\"12\"", "\"error\":{\"offset\":3,\"reason\":\"1 octet after the address\"}",
	       NULL);
	robust(D_SMEA, "0B 91 44 77 00 09 21 F3", 8, 0);
	exhaustive(D_SMEA, "0B 91 44 77 00 09 21 F3");
	exhaustive(D_SMEA, "07 D0 D4 F2 9C 0E");
}
END_TEST

/* ---- text, APN ------------------------------------------------------------------------------- */

START_TEST(test_text)
{
	/* "hss.example" */
	expect_ok(D_TEXT, "68 73 73 2E 65 78 61 6D 70 6C 65", "\"text\":\"hss.example\"");
	/* a JSON-special character stays text, escaped by the emitter */
	expect_ok(D_TEXT, "73 69 70 3A 22 61", "\"text\":\"sip:\\\"a\"");
	/* non-printable octets are shown as \xNN and the first one is reported */
	expect(D_TEXT, "61 00 62 FF", "\"text\":\"a\\\\x00b\\\\xff\"",
	       "\"error\":{\"offset\":1,\"reason\":\"0x00 is not a printable ASCII character\"}", NULL);
	expect_empty_error(D_TEXT);
	robust(D_TEXT, "73 69 70 3A 61 40 62", 1, 0);
}
END_TEST

START_TEST(test_apn_oi_replacement)
{
	/* 6 "mnc015" 6 "mcc234" 4 "gprs" */
	expect_ok(D_APN, "06 6D 6E 63 30 31 35 06 6D 63 63 32 33 34 04 67 70 72 73",
		  "\"apn\":\"mnc015.mcc234.gprs\"");
	/* a label length beyond the end */
	expect(D_APN, "06 6D 6E 63", "\"error\":{\"offset\":0,\"reason\":\"not a sequence of length-prefixed", NULL);
	expect_not(D_APN, "06 6D 6E 63", "\"apn\"");
	expect_empty_error(D_APN);
	robust(D_APN, "06 6D 6E 63 30 31 35 06 6D 63 63 32 33 34 04 67 70 72 73", 1, 0);
}
END_TEST

/* ---- numbers, eDRX ------------------------------------------------------------------------------ */

START_TEST(test_numbers)
{
	expect_ok(D_UE_USAGE, "00 00 00 80", "\"ueUsageType\":128");
	expect_ok(D_RESTORATION, "05", "\"restorationPriority\":5");
	expect_ok(D_CS_ARP, "02", "\"priorityLevel\":2");
	expect_empty_error(D_UE_USAGE);
	expect_empty_error(D_RESTORATION);
	expect_empty_error(D_CS_ARP);
	expect(D_UE_USAGE, "00 00 80", "\"error\":{\"offset\":3,", NULL);
	robust(D_UE_USAGE, "00 00 00 80", 4, 1);
	robust(D_RESTORATION, "05", 1, 1);
	robust(D_CS_ARP, "02", 1, 1);
}
END_TEST

START_TEST(test_edrx)
{
	/* S1 mode: 0010 20.48 s, 1111 10485.76 s */
	expect_ok(D_EDRX_EUTRAN, "02", "\"edrxValue\":2", "\"edrxCycleLength\":\"20.48 s\"");
	expect_ok(D_EDRX_EUTRAN, "0F", "\"edrxCycleLength\":\"10485.76 s\"");
	/* A/Gb and Iu mode: the value only */
	expect_ok(D_EDRX_GERAN, "03", "\"edrxValue\":3");
	expect_not(D_EDRX_GERAN, "03", "edrxCycleLength");
	expect_ok(D_EDRX_UTRAN, "09", "\"edrxValue\":9");
	/* unknown RAT: the value only */
	expect_ok(D_EDRX_OTHER, "02", "\"edrxValue\":2");
	expect_not(D_EDRX_OTHER, "02", "edrxCycleLength");
	expect(D_EDRX_EUTRAN, "52", "\"edrxValue\":2", "\"error\":{\"offset\":0,\"reason\":\"bits 8-5 are spare", NULL);
	expect_empty_error(D_EDRX_EUTRAN);
	robust(D_EDRX_EUTRAN, "02", 1, 1);
	exhaustive(D_EDRX_GERAN, "02");
	exhaustive(D_EDRX_UTRAN, "02");
}
END_TEST

Suite *tu_suite_subscriber(void)
{
	Suite *s = suite_create("subscriber");
	TCase *tc = tcase_create("subscriber");

	tcase_add_test(tc, test_pdp_type);
	tcase_add_test(tc, test_pdp_type_malformed);
	tcase_add_test(tc, test_pdn_type);
	tcase_add_test(tc, test_pdp_address);
	tcase_add_test(tc, test_pdp_address_malformed);
	tcase_add_test(tc, test_gsn_address);
	tcase_add_test(tc, test_gsn_address_malformed);
	tcase_add_test(tc, test_charging_characteristics);
	tcase_add_test(tc, test_time_zone);
	tcase_add_test(tc, test_time_zone_malformed);
	tcase_add_test(tc, test_time);
	tcase_add_test(tc, test_identities);
	tcase_add_test(tc, test_identities_malformed);
	tcase_add_test(tc, test_alerting_pattern);
	tcase_add_test(tc, test_alerting_pattern_malformed);
	tcase_add_test(tc, test_isdn_subaddress);
	tcase_add_test(tc, test_isdn_subaddress_malformed);
	tcase_add_test(tc, test_high_layer_compatibility);
	tcase_add_test(tc, test_high_layer_compatibility_malformed);
	tcase_add_test(tc, test_ms_network_capability);
	tcase_add_test(tc, test_rp_cause);
	tcase_add_test(tc, test_sm_rp_smea);
	tcase_add_test(tc, test_sm_rp_smea_malformed);
	tcase_add_test(tc, test_text);
	tcase_add_test(tc, test_apn_oi_replacement);
	tcase_add_test(tc, test_numbers);
	tcase_add_test(tc, test_edrx);
	suite_add_tcase(s, tc);
	return s;
}
