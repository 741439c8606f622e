/*
 * SMS TPDUs (codec/sms.c): vectors built by hand from TS 23.040 / TS 23.038, each explained
 * field by field, rendered with the JSON emitter and checked by substrings; then malformed
 * ones (every truncation, every single-octet corruption) that must report an "error" inside
 * the object and never crash (run under ASan/UBSan as well).
 *
 * Text is UTF-8.  The JSON emitter passes well-formed UTF-8 through and escapes any other
 * byte >= 0x7F as \u00XX: has_utf8() takes either form; json_text() undoes the escapes, for
 * an exact comparison of the whole text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "sms.h"
#include "sms_national.h"

Suite *tu_suite_sms(void);

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	tk_emit_sms_tpdu(e, p, n, *(const int *)arg);
}

/* the TPDU as JSON (or text), from an exact-size heap copy, as a malloc'd string; from_ms 1
 * MS->SC, 0 SC->MS, -1 unknown (tk_emit_sms_tpdu()) */
static char *render_bytes(const uint8_t *b, size_t n, int from_ms, int text)
{
	return tu_render(emit, &from_ms, b, n, text);
}

/* JSON of the TPDU written as hex */
static char *render(const char *tmpl, int from_ms)
{
	uint8_t b[512];
	size_t n = tu_ber(tmpl, b, sizeof(b));
	return render_bytes(b, n, from_ms, 0);
}

/* UTF-8 text u in j, either raw or with every byte >= 0x7F escaped on its own */
static void has_utf8(const char *j, const char *u)
{
	char esc[512];
	size_t k = 0;
	const unsigned char *p;

	for (p = (const unsigned char *)u; *p && k + 7 < sizeof(esc); p++) {
		if (*p >= 0x7f)
			k += (size_t)snprintf(esc + k, sizeof(esc) - k, "\\u00%02x", *p);
		else
			esc[k++] = (char)*p;
	}
	esc[k] = '\0';
	ck_assert_msg(strstr(j, u) || strstr(j, esc), "expected %s (or %s) in:\n%s", u, esc, j);
}

/* one object, brackets balanced outside strings, nothing after it.  (Plain tests, and
 * ck_abort_msg() only on failure: every ck_assert() costs Check a write, and the corruption
 * test renders some 300000 TPDUs.) */
static int json_shape_ok(const char *j)
{
	int depth = 0, in_str = 0;
	const char *p;

	if (j[0] != '{')
		return 0;
	for (p = j; *p; p++) {
		if (in_str) {
			if (*p == '\\' && p[1])
				p++;
			else if (*p == '"')
				in_str = 0;
			continue;
		}
		if (*p == '"')
			in_str = 1;
		else if (*p == '{' || *p == '[')
			depth++;
		else if (*p == '}' || *p == ']')
			depth--;
		if (depth < 0 || (depth == 0 && p[1] != '\0'))
			return 0;
	}
	return depth == 0 && !in_str;
}

static void assert_json_shape(const char *j)
{
	if (!json_shape_ok(j))
		ck_abort_msg("not one well-formed object: %s", j);
}

/* the "offset" of "error", or -1 without one */
static long error_offset(const char *j)
{
	const char *e = strstr(j, "\"error\":{\"offset\":");
	return e ? strtol(e + strlen("\"error\":{\"offset\":"), NULL, 10) : -1;
}

/* ---- valid TPDUs -------------------------------------------------------------------------- */

/*
 * SMS-SUBMIT, the textbook "hellohello":
 *	11		TP-MTI 01 (SUBMIT), TP-RD 0, TP-VPF 10 (relative), TP-SRR 0, TP-UDHI 0, TP-RP 0
 *	00		TP-MR 0
 *	0B 91 6407281553F8	TP-DA: 11 digits, TON international, NPI E.164, 46708251358 (F filler)
 *	00		TP-PID: SME-to-SME, no interworking
 *	00		TP-DCS: GSM 7 bit default alphabet
 *	AA		TP-VP relative 170: (170 - 166) = 4 days
 *	0A		TP-UDL 10 septets
 *	E8329BFD4697D9EC37	"hellohello" packed (10 * 7 = 70 bits in 9 octets)
 */
#define SUBMIT_HELLO "11 00 0B91 6407281553F8 00 00 AA 0A E8329BFD4697D9EC37"

START_TEST(test_submit_relative_vp_7bit)
{
	char *j = render(SUBMIT_HELLO, 1);

	assert_json_shape(j);
	tu_assert_has(j, "\"type\":\"SMS-SUBMIT\",\"direction\":\"MS->SC\",\"mti\":1");
	tu_assert_has(j, "\"rd\":false,\"vpf\":\"relative\",\"rp\":false,\"udhi\":false,\"srr\":false,\"mr\":0");
	tu_assert_has(j, "\"da\":{\"ton\":\"international number\",\"npi\":\"ISDN/telephone numbering plan (E.164/E.163)\",\"digits\":\"46708251358\"}");
	tu_assert_has(j, "\"pid\":{\"value\":0,\"meaning\":\"no telematic interworking, SME-to-SME protocol 0\"}");
	tu_assert_has(j, "\"dcs\":{\"value\":0,\"group\":\"general data coding\",\"alphabet\":\"GSM 7 bit default alphabet\",\"compressed\":false}");
	tu_assert_has(j, "\"vp\":{\"format\":\"relative\",\"value\":170,\"seconds\":345600,\"text\":\"4 days\"}");
	tu_assert_has(j, "\"udl\":10,\"ud\":{\"text\":\"hellohello\"}");
	tu_assert_has(j, "\"hex\":\"1100" "0b916407281553f8" "0000aa0ae8329bfd4697d9ec37\"");
	tu_assert_hasnt(j, "\"error\"");
	tu_assert_hasnt(j, "directionAssumed");
	free(j);
}
END_TEST

/*
 * TP-VP in its three formats (TS 23.040 9.2.3.12), on an SMS-SUBMIT with no user data:
 * relative at the edges of its four ranges, enhanced (7 octets: functionality indicator,
 * then the period) and absolute (a time stamp).
 */
START_TEST(test_vp_formats)
{
	static const struct {
		const char *vp;
		const char *want;
	} rel[] = {
		{ "00", "\"seconds\":300,\"text\":\"5 minutes\"" },		/* (0 + 1) * 5 min */
		{ "0B", "\"seconds\":3600,\"text\":\"1 hour\"" },		/* (11 + 1) * 5 min */
		{ "8F", "\"seconds\":43200,\"text\":\"12 hours\"" },		/* 143: 144 * 5 min */
		{ "90", "\"seconds\":45000,\"text\":\"12 hours 30 minutes\"" },	/* 144: 12 h + 1 * 30 min */
		{ "A7", "\"seconds\":86400,\"text\":\"24 hours\"" },		/* 167: 12 h + 24 * 30 min */
		{ "A8", "\"seconds\":172800,\"text\":\"2 days\"" },		/* 168: 168 - 166 days */
		{ "C4", "\"seconds\":2592000,\"text\":\"30 days\"" },		/* 196 */
		{ "C5", "\"seconds\":3024000,\"text\":\"5 weeks\"" },		/* 197: 197 - 192 weeks */
		{ "FF", "\"seconds\":38102400,\"text\":\"63 weeks\"" },		/* 255 */
	};
	char tmpl[128], *j;
	size_t i;

	for (i = 0; i < sizeof(rel) / sizeof(rel[0]); i++) {
		/* 11: SUBMIT, VPF relative; MR 01; DA 4 digits 1234; PID 00; DCS 00; VP; UDL 0 */
		snprintf(tmpl, sizeof(tmpl), "11 01 04 81 2143 00 00 %s 00", rel[i].vp);
		j = render(tmpl, 1);
		tu_assert_has(j, rel[i].want);
		tu_assert_has(j, "\"da\":{\"ton\":\"unknown\",\"npi\":\"ISDN/telephone numbering plan (E.164/E.163)\",\"digits\":\"1234\"}");
		tu_assert_hasnt(j, "\"error\"");
		free(j);
	}

	/* 09: SUBMIT, VPF 01 (enhanced); VP 42 1E 00 00 00 00 00: single shot, functionality
	 * 2 = relative integer seconds, 30 s; the rest is padding */
	j = render("09 01 04 81 2143 00 00 421E0000000000 00", 1);
	tu_assert_has(j, "\"vpf\":\"enhanced\"");
	tu_assert_has(j, "\"vp\":{\"format\":\"enhanced\",\"singleShot\":true,\"functionality\":\"relative, integer seconds\",\"seconds\":30,\"text\":\"30 seconds\"");
	tu_assert_hasnt(j, "\"error\"");
	free(j);

	/* enhanced, functionality 3: HH:MM:SS semi-octets 01:30:05 = 10 03 50 */
	j = render("09 01 04 81 2143 00 00 03100350000000 00", 1);
	tu_assert_has(j, "\"singleShot\":false,\"functionality\":\"relative, semi-octets HH:MM:SS\",\"seconds\":5405,\"text\":\"1 hour 30 minutes 5 seconds\"");
	free(j);

	/* 19: SUBMIT, VPF 11 (absolute); VP = 2025-12-31 23:59:00, time zone +4 quarters */
	j = render("19 01 04 81 2143 00 00 52211332950040 00", 1);
	tu_assert_has(j, "\"vpf\":\"absolute\"");
	tu_assert_has(j, "\"vp\":{\"format\":\"absolute\",\"time\":\"2025-12-31T23:59:00+01:00\"}");
	tu_assert_hasnt(j, "\"error\"");
	free(j);
}
END_TEST

/*
 * SMS-DELIVER with a time stamp west of Greenwich and non-ASCII text:
 *	04		TP-MTI 00 (DELIVER), TP-MMS 1 (no more messages), LP 0, SRI 0, UDHI 0, RP 0
 *	0C 91 447700091032	TP-OA: 12 digits, international, E.164: 447700900123
 *	00 00		TP-PID, TP-DCS (GSM 7-bit)
 *	42 30 50 41 03 70 29	TP-SCTS: 24-03-05 14:30:07, time zone 0x29: low nibble 9 = sign
 *			bit (8) + tens 1, high nibble units 2: -12 quarters = -03:00
 *	10		TP-UDL 16 septets
 *	...		"Grüße €5 [ok]": G r ü(7E) ß(1E) e SP ESC 65 (€) 5 SP ESC 3C ([) o k ESC 3E (])
 * The characters libosmocore 1.7 decodes wrongly (ü, ß, €) must come out right.
 */
#define DELIVER_GRUESSE "04 0C91447700091032 00 00 42305041037029 10 47B9DF53066DCA35D086F75E6F7C"

START_TEST(test_deliver_scts_tz)
{
	char *j = render(DELIVER_GRUESSE, 0);

	assert_json_shape(j);
	tu_assert_has(j, "\"type\":\"SMS-DELIVER\",\"direction\":\"SC->MS\",\"mti\":0");
	tu_assert_has(j, "\"mms\":false,\"lp\":false,\"sri\":false,\"udhi\":false,\"rp\":false");
	tu_assert_has(j, "\"oa\":{\"ton\":\"international number\",\"npi\":\"ISDN/telephone numbering plan (E.164/E.163)\",\"digits\":\"447700900123\"}");
	tu_assert_has(j, "\"scts\":\"2024-03-05T14:30:07-03:00\"");
	tu_assert_has(j, "\"udl\":16");
	has_utf8(j, "\"text\":\"Gr\xc3\xbc\xc3\x9f" "e \xe2\x82\xac" "5 [ok]\"");
	tu_assert_hasnt(j, "\"error\"");
	free(j);

	/* the same with a time stamp of month 13: kept as hex, marked invalid */
	j = render("04 0C91447700091032 00 00 42315041037029 00", 0);
	tu_assert_has(j, "\"scts\":{\"invalid\":\"month out of range\",\"hex\":\"42315041037029\"}");
	free(j);
}
END_TEST

/*
 * Concatenated SMS-DELIVER, part 1 of 2, in GSM 7-bit with a UDH:
 *	40		DELIVER, TP-UDHI 1, TP-MMS 0 (more messages are waiting)
 *	0B 91 6407281553F8	TP-OA 46708251358
 *	00 00		TP-PID, TP-DCS
 *	42 30 50 41 03 70 00	TP-SCTS 2024-03-05 14:30:07 +00:00
 *	12		TP-UDL 18 septets: 7 of UDH (6 octets = 48 bits + 1 fill bit) + 11 of text
 *	05 00 03 2A 02 01	UDHL 5; IE 00 (concatenation, 8-bit ref) length 3: ref 42, 2 parts, #1
 *	906536FB0DBABFE56C32	1 fill bit, then "Hello world" (the first octet 0x90 is 'H' << 1)
 * Without the fill bit the text would come out shifted by one bit: garbage.
 */
#define DELIVER_CONCAT "40 0B916407281553F8 00 00 42305041037000 12 0500032A0201 906536FB0DBABFE56C32"

START_TEST(test_concat_7bit_fill_bits)
{
	char *j = render(DELIVER_CONCAT, 0);

	assert_json_shape(j);
	tu_assert_has(j, "\"mms\":true");
	tu_assert_has(j, "\"udhi\":true");
	tu_assert_has(j, "\"scts\":\"2024-03-05T14:30:07+00:00\"");
	tu_assert_has(j, "\"udl\":18,\"udhl\":5,\"udh\":[{\"iei\":0,\"name\":\"concatenated short messages, 8-bit reference number\",\"ref\":42,\"total\":2,\"seq\":1}]");
	tu_assert_has(j, "\"ud\":{\"fillBits\":1,\"text\":\"Hello world\"}");
	tu_assert_hasnt(j, "\"error\"");
	free(j);

	/* IE 08: 16-bit reference; UDHL 6 = 7 octets = 56 bits = 8 septets exactly, no fill
	 * bits; TP-UDL 8 + 2; text "OK" (CF 25) */
	j = render("44 0B916407281553F8 00 00 42305041037000 0A 06080412340302 CF25", 0);
	tu_assert_has(j, "\"udh\":[{\"iei\":8,\"name\":\"concatenated short messages, 16-bit reference number\",\"ref\":4660,\"total\":3,\"seq\":2}]");
	tu_assert_has(j, "\"ud\":{\"fillBits\":0,\"text\":\"OK\"}");
	tu_assert_hasnt(j, "\"error\"");
	free(j);
}
END_TEST

/*
 * SMS-SUBMIT in UCS2 with a character beyond the BMP:
 *	01		SUBMIT, TP-VPF 00 (no TP-VP)
 *	2A		TP-MR 42
 *	0B 91 6407281553F8	TP-DA
 *	00 08		TP-PID; TP-DCS 08: general data coding, UCS2
 *	0C		TP-UDL 12 octets
 *	0048 0069 0020 00FC D83D DE00	"Hi ü" and U+1F600 as the surrogate pair D83D DE00
 */
START_TEST(test_ucs2_non_bmp)
{
	char *j = render("01 2A 0B916407281553F8 00 08 0C 00480069002000FC D83DDE00", 1);

	assert_json_shape(j);
	tu_assert_has(j, "\"vpf\":\"none\"");
	tu_assert_hasnt(j, "\"vp\":");
	tu_assert_has(j, "\"mr\":42");
	tu_assert_has(j, "\"alphabet\":\"UCS2\"");
	has_utf8(j, "\"ud\":{\"text\":\"Hi \xc3\xbc\xf0\x9f\x98\x80\"}");
	tu_assert_hasnt(j, "\"error\"");
	free(j);

	/* a lone high surrogate at the end (a pair split between two parts): U+FFFD */
	j = render("01 2A 0B916407281553F8 00 08 04 0041 D83D", 1);
	has_utf8(j, "\"text\":\"A\xef\xbf\xbd\"");
	tu_assert_hasnt(j, "\"error\"");
	free(j);
}
END_TEST

/*
 * 8-bit data with application port addressing (a WAP push):
 *	44		DELIVER, TP-UDHI
 *	0B 91 6407281553F8	TP-OA
 *	00 04		TP-PID; TP-DCS 04: general data coding, 8 bit data, no class
 *	42 30 50 41 03 70 00	TP-SCTS
 *	0C		TP-UDL 12 octets
 *	06 05 04 0B84 23F0	UDHL 6; IE 05 (ports, 16 bit) length 4: to 2948, from 9200
 *	DEADBEEF01	the data
 */
START_TEST(test_8bit_port_addressing)
{
	char *j = render("44 0B916407281553F8 00 04 42305041037000 0C 0605040B8423F0 DEADBEEF01", 0);

	assert_json_shape(j);
	tu_assert_has(j, "\"dcs\":{\"value\":4,\"group\":\"general data coding\",\"alphabet\":\"8 bit data\",\"compressed\":false}");
	tu_assert_has(j, "\"udh\":[{\"iei\":5,\"name\":\"application port addressing scheme, 16 bit address\",\"destinationPort\":2948,\"originatorPort\":9200}]");
	tu_assert_has(j, "\"ud\":{\"hex\":\"deadbeef01\"}");
	tu_assert_hasnt(j, "\"error\"");
	free(j);

	/* SUBMIT, TP-UDHI (41); TP-DCS F6: data coding/message class group, 8 bit, class 2;
	 * TP-UDL 7; UDH 04 04 02 F5 F6: IE 04 (ports, 8 bit) to 245, from 246; data 0102 */
	j = render("41 07 0B916407281553F8 00 F6 07 040402F5F6 0102", 1);
	tu_assert_has(j, "\"dcs\":{\"value\":246,\"group\":\"data coding/message class\",\"alphabet\":\"8 bit data\",\"class\":2}");
	tu_assert_has(j, "{\"iei\":4,\"name\":\"application port addressing scheme, 8 bit address\",\"destinationPort\":245,\"originatorPort\":246}");
	tu_assert_has(j, "\"ud\":{\"hex\":\"0102\"}");
	tu_assert_hasnt(j, "\"error\"");
	free(j);

	/* an IE not decoded here stays hex: UDHL 8; IE 0A (text formatting) 03 00 05 01; IE 81
	 * (SME to SME range) 01 FF; then one octet of data, TP-UDL 10 */
	j = render("41 07 0B916407281553F8 00 04 0A 080A030005018101FF 00", 1);
	tu_assert_has(j, "{\"iei\":10,\"name\":\"text formatting\",\"hex\":\"000501\"}");
	tu_assert_has(j, "{\"iei\":129,\"name\":\"SME to SME specific use (129)\",\"hex\":\"ff\"}");
	tu_assert_hasnt(j, "\"error\"");
	free(j);
}
END_TEST

/*
 * SMS-STATUS-REPORT:
 *	06		TP-MTI 10 (STATUS-REPORT), TP-MMS 1, TP-LP 0, TP-SRQ 0 (answers a SUBMIT)
 *	2A		TP-MR 42
 *	0B 91 6407281553F8	TP-RA
 *	42 30 50 41 03 70 32	TP-SCTS 2024-03-05 14:30:07, zone 0x32: 23 quarters = +05:45
 *	42 30 50 41 13 00 32	TP-DT 2024-03-05 14:31:00 +05:45
 *	00		TP-ST: received by the SME
 */
#define STATUS_REPORT "06 2A 0B916407281553F8 42305041037032 42305041130032 00"

START_TEST(test_status_report)
{
	char *j = render(STATUS_REPORT, 0);

	assert_json_shape(j);
	tu_assert_has(j, "\"type\":\"SMS-STATUS-REPORT\",\"direction\":\"SC->MS\",\"mti\":2");
	tu_assert_has(j, "\"mms\":false,\"lp\":false,\"srq\":\"SMS-SUBMIT\",\"udhi\":false,\"mr\":42");
	tu_assert_has(j, "\"ra\":{\"ton\":\"international number\"");
	tu_assert_has(j, "\"scts\":\"2024-03-05T14:30:07+05:45\",\"dt\":\"2024-03-05T14:31:00+05:45\"");
	tu_assert_has(j, "\"st\":{\"value\":0,\"category\":\"short message transaction completed\",\"meaning\":\"short message received by the SME\"}");
	tu_assert_hasnt(j, "\"pi\"");
	tu_assert_hasnt(j, "\"error\"");
	free(j);

	/* with TP-PI 07 (PID, DCS, UDL present): ST 46 (validity period expired); PID 00,
	 * DCS 00, UDL 2, "OK"; TP-SRQ 1 (26: answers a COMMAND) */
	j = render("26 2A 0B916407281553F8 42305041037032 42305041130032 46 07 00 00 02 CF25", 0);
	tu_assert_has(j, "\"srq\":\"SMS-COMMAND\"");
	tu_assert_has(j, "\"st\":{\"value\":70,\"category\":\"permanent error, SC is not making any more transfer attempts\",\"meaning\":\"SM validity period expired\"}");
	tu_assert_has(j, "\"pi\":{\"value\":7,\"pid\":true,\"dcs\":true,\"udl\":true}");
	tu_assert_has(j, "\"udl\":2,\"ud\":{\"text\":\"OK\"}");
	tu_assert_hasnt(j, "\"error\"");
	free(j);
}
END_TEST

/*
 * The reports.  SMS-DELIVER-REPORT (MS -> SC, TP-MTI 00):
 *	00 00		RP-ACK: first octet, TP-PI 00 (nothing follows)
 *	00 D3 00	RP-ERROR: TP-FCS D3 (memory capacity exceeded), TP-PI 00
 *	00 06 08 04 004F004B	RP-ACK, TP-PI 06 (DCS, UDL): DCS UCS2, UDL 4, "OK"
 * SMS-SUBMIT-REPORT (SC -> MS, TP-MTI 01):
 *	01 00 SCTS	RP-ACK
 *	01 C5 00 SCTS	RP-ERROR: TP-FCS C5 (SM rejected-duplicate SM)
 */
START_TEST(test_reports)
{
	char *j = render("00 00", 1);

	assert_json_shape(j);
	tu_assert_has(j, "\"type\":\"SMS-DELIVER-REPORT\",\"direction\":\"MS->SC\",\"mti\":0,\"udhi\":false,\"pi\":{\"value\":0,\"pid\":false,\"dcs\":false,\"udl\":false}");
	tu_assert_hasnt(j, "\"fcs\"");
	tu_assert_hasnt(j, "\"error\"");
	free(j);

	j = render("00 D3 00", 1);
	tu_assert_has(j, "\"fcs\":{\"value\":211,\"meaning\":\"memory capacity exceeded\"}");
	tu_assert_hasnt(j, "\"error\"");
	free(j);

	j = render("00 06 08 04 004F004B", 1);
	tu_assert_has(j, "\"pi\":{\"value\":6,\"pid\":false,\"dcs\":true,\"udl\":true},\"dcs\":{\"value\":8");
	tu_assert_has(j, "\"udl\":4,\"ud\":{\"text\":\"OK\"}");
	tu_assert_hasnt(j, "\"error\"");
	free(j);

	/* TP-PI 04 (UDL only): TP-DCS is then taken as 00, GSM 7-bit */
	j = render("00 04 02 CF25", 1);
	tu_assert_has(j, "\"udl\":2,\"ud\":{\"text\":\"OK\"}");
	tu_assert_hasnt(j, "\"dcs\":{");
	free(j);

	j = render("01 00 42305041037000", 0);
	tu_assert_has(j, "\"type\":\"SMS-SUBMIT-REPORT\",\"direction\":\"SC->MS\",\"mti\":1");
	tu_assert_has(j, "\"scts\":\"2024-03-05T14:30:07+00:00\"");
	tu_assert_hasnt(j, "\"error\"");
	free(j);

	j = render("01 C5 00 42305041037000", 0);
	tu_assert_has(j, "\"fcs\":{\"value\":197,\"meaning\":\"SM rejected-duplicate SM\"}");
	tu_assert_has(j, "\"scts\":\"2024-03-05T14:30:07+00:00\"");
	tu_assert_hasnt(j, "\"error\"");
	free(j);

	/* an application-specific FCS keeps its number */
	j = render("01 E3 00 42305041037000", 0);
	tu_assert_has(j, "\"meaning\":\"value specific to an application (227)\"");
	free(j);
}
END_TEST

/*
 * SMS-COMMAND:
 *	22		TP-MTI 10 (COMMAND from the MS), TP-SRR 1
 *	05		TP-MR 5
 *	00		TP-PID
 *	02		TP-CT: delete previously submitted short message
 *	2A		TP-MN 42 (the TP-MR of that message)
 *	0B 91 6407281553F8	TP-DA
 *	00		TP-CDL 0, no command data
 */
#define COMMAND "22 05 00 02 2A 0B916407281553F8 00"

START_TEST(test_command)
{
	char *j = render(COMMAND, 1);

	assert_json_shape(j);
	tu_assert_has(j, "\"type\":\"SMS-COMMAND\",\"direction\":\"MS->SC\",\"mti\":2,\"udhi\":false,\"srr\":true,\"mr\":5");
	tu_assert_has(j, "\"ct\":{\"value\":2,\"meaning\":\"delete previously submitted short message\"},\"mn\":42");
	tu_assert_has(j, "\"da\":{\"ton\":\"international number\"");
	tu_assert_has(j, "\"cdl\":0,\"cd\":\"\"");
	tu_assert_hasnt(j, "\"error\"");
	free(j);

	/* with 3 octets of command data */
	j = render("02 05 00 E1 2A 0B916407281553F8 03 010203", 1);
	tu_assert_has(j, "\"ct\":{\"value\":225,\"meaning\":\"value specific to each SC (225)\"}");
	tu_assert_has(j, "\"cdl\":3,\"cd\":\"010203\"");
	tu_assert_hasnt(j, "\"error\"");
	free(j);
}
END_TEST

/*
 * Alphanumeric originator (TON 5): the address is GSM 7-bit text, its length in
 * semi-octets.  "InfoSMS": 7 septets = 49 bits, 13 semi-octets: 0D D0 49B7F93D6D4E01
 * (D0: bit 8 set, TON 101, NPI 0000).  "Müller&Co": 9 septets = 63 bits, 16 semi-octets,
 * ü = 0x7E.
 */
START_TEST(test_alphanumeric_oa)
{
	char *j = render("04 0DD049B7F93D6D4E01 00 00 42305041037000 00", 0);

	assert_json_shape(j);
	tu_assert_has(j, "\"oa\":{\"ton\":\"alphanumeric\",\"npi\":\"unknown\",\"text\":\"InfoSMS\"}");
	tu_assert_hasnt(j, "\"error\"");
	free(j);

	j = render("04 10D04D3F9B5D969B866F 00 00 42305041037000 00", 0);
	has_utf8(j, "\"text\":\"M\xc3\xbcller&Co\"");
	tu_assert_hasnt(j, "\"error\"");
	free(j);
}
END_TEST

/*
 * National language shift tables (TS 23.038 6.2.1.2.4/5, Annex A), selected by UDH IEs 24
 * (single shift) and 25 (locking shift) on SMS-SUBMITs (41: TP-UDHI, no TP-VP; MR 00;
 * DA 4 digits; PID 00, DCS 00):
 *  Turkish both: UDH 06 24 01 01 25 01 01 = 7 octets = 8 septets, no fill bits; 13 septets
 *	1C 69 1D 6C 69 20 0C 07 20 04 1B 49 60 = "Şişli ğı €İç" (locking: Ş ş ğ ı € ç; İ by
 *	ESC 49 from the single shift table); TP-UDL 21
 *  Spanish single shift only (Spanish has no locking table): UDH 03 24 01 02 = 4 octets,
 *	5 septets with 3 fill bits; 43 61 6E 63 69 1B 6F 6E 20 7D = "Canción ñ" (ó by ESC 6F,
 *	ñ from the default alphabet); TP-UDL 15
 *  Portuguese both: UDH 06 25 01 03 24 01 03; 41 09 7B 6F 20 04 20 1B 12 = "Ação ê Φ"
 *	(ç ã ê from the locking table, Φ by ESC 12 from the single shift table); TP-UDL 17
 *  language 14 (reserved, TS 23.038 6.2.1.2.4 assigns 1..13) single shift: no table; the
 *	default extension table is used, and the output says so; "abc"
 */
START_TEST(test_national_shift)
{
	char *j = render("41 00 04812143 00 00 15 062401012501019C74879D06310E20C2260906", 1);

	assert_json_shape(j);
	tu_assert_has(j, "{\"iei\":36,\"name\":\"national language single shift\",\"languageId\":1,\"language\":\"Turkish\"}");
	tu_assert_has(j, "{\"iei\":37,\"name\":\"national language locking shift\",\"languageId\":1,\"language\":\"Turkish\"}");
	tu_assert_has(j, "\"ud\":{\"fillBits\":0,\"lockingShift\":\"Turkish\",\"singleShift\":\"Turkish\"");
	has_utf8(j, "\"text\":\"\xc5\x9e" "i\xc5\x9f" "li \xc4\x9f\xc4\xb1 \xe2\x82\xac\xc4\xb0\xc3\xa7\"");
	tu_assert_hasnt(j, "\"error\"");
	free(j);

	j = render("41 00 04812143 00 00 0F 032401021886DDE3F4E6ED06F501", 1);
	tu_assert_has(j, "\"ud\":{\"fillBits\":3,\"singleShift\":\"Spanish\"");
	has_utf8(j, "\"text\":\"Canci\xc3\xb3n \xc3\xb1\"");
	tu_assert_hasnt(j, "\"error\"");
	free(j);

	j = render("41 00 04812143 00 00 11 06250103240103C1C4FE0D22803612", 1);
	tu_assert_has(j, "\"lockingShift\":\"Portuguese\",\"singleShift\":\"Portuguese\"");
	has_utf8(j, "\"text\":\"A\xc3\xa7\xc3\xa3o \xc3\xaa \xce\xa6\"");
	tu_assert_hasnt(j, "\"error\"");
	free(j);

	j = render("41 00 04812143 00 00 08 0324010E088BC7", 1);
	tu_assert_has(j, "\"singleShift\":\"reserved (14): no such table in TS 23.038, default extension table used\",\"text\":\"abc\"");
	tu_assert_hasnt(j, "\"error\"");
	free(j);
}
END_TEST

/*
 * The "text" of j, its JSON escapes undone (\uXXXX below 0x100 back to the one byte, so
 * that a byte the emitter had to escape as not UTF-8 stays visible as such); malloc'd.
 */
static char *json_text(const char *j)
{
	const char *p = strstr(j, "\"text\":\"");
	char *out, *o;

	ck_assert_msg(p != NULL, "no \"text\" in:\n%s", j);
	p += strlen("\"text\":\"");
	out = o = malloc(strlen(p) + 1);
	ck_assert(out != NULL);
	while (*p && *p != '"') {
		if (*p != '\\') {
			*o++ = *p++;
			continue;
		}
		p++;
		switch (*p) {
		case 'n': *o++ = '\n'; p++; break;
		case 'r': *o++ = '\r'; p++; break;
		case 't': *o++ = '\t'; p++; break;
		case 'f': *o++ = '\f'; p++; break;
		case 'b': *o++ = '\b'; p++; break;
		case 'u': {
			char hex[5] = { p[1], p[2], p[3], p[4], '\0' };
			unsigned v = (unsigned)strtoul(hex, NULL, 16);
			ck_assert_msg(v < 0x100, "unexpected escape \\u%04x in:\n%s", v, j);
			*o++ = (char)v;
			p += 5;
			break;
		}
		default: *o++ = *p++; break;	/* \" \\ \/ */
		}
	}
	*o = '\0';
	return out;
}

/* code point cp as UTF-8 at o; returns the byte count */
static size_t utf8_put(char *o, unsigned cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xc0 | cp >> 6);
		o[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	o[0] = (char)(0xe0 | cp >> 12);
	o[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
	o[2] = (char)(0x80 | (cp & 0x3f));
	return 3;
}

/* septets s[0..k) packed after fill zero bits (TS 23.038 6.1.2.1) into out; octet count */
static size_t pack_septets(const uint8_t *s, size_t k, unsigned fill, uint8_t *out)
{
	unsigned long v = 0;
	unsigned bits = fill;
	size_t i, n = 0;

	for (i = 0; i < k; i++) {
		v |= (unsigned long)s[i] << bits;
		bits += 7;
		while (bits >= 8) {
			out[n++] = (uint8_t)v;
			v >>= 8;
			bits -= 8;
		}
	}
	if (bits)
		out[n++] = (uint8_t)v;
	return n;
}

/*
 * The ten tables added for Release 9 (TS 23.038 A.2.4..A.2.13, A.3.4..A.3.13), one
 * SMS-DELIVER each with both IEs for the language:
 *	44		TP-MTI 00 (DELIVER), TP-MMS 1, TP-UDHI 1
 *	0B 91 6407281553F8	TP-OA 46708251358
 *	00 00		TP-PID, TP-DCS (GSM 7 bit)
 *	42 30 50 41 03 70 00	TP-SCTS 2024-03-05 14:30:07 +00:00
 *	NN		TP-UDL in septets
 *	06 24 01 LL 25 01 LL	UDHL 6; IE 24 (single shift) and IE 25 (locking shift), language
 *			LL: 7 octets = 56 bits = 8 septets, so no fill bits
 * then the septets, each given below with the column (high three bits) and row (low four
 * bits) of the table of TS 23.038 it comes from.  Each vector has letters and vowel signs,
 * the digits and punctuation the locking tables keep, a space, ESC + the script's digits,
 * the danda (0x19; Bengali and Telugu differ), a capital Latin letter and the euro sign from
 * the single shift table, ESC 61 (empty in every Indic single shift table: the locking
 * table's 'a'), the virama/halant (0x5F), a column 7 letter, and, where the locking table
 * has one, an empty position (U+FFFD).
 */
static const struct {
	int lang;
	const char *name, *tpdu, *text;
} national_vecs[] = {
	/*
	 * Bengali (4): UDH 06 24 01 04 25 01 04 = 8 septets; TP-UDL 34; then
	 * the word বাংলা (checked against Unicode, not only the table), then
	 *	40   A.3.4 col 4 row 0: U+09AC BENGALI LETTER BA
	 *	50   A.3.4 col 5 row 0: U+09BE BENGALI VOWEL SIGN AA
	 *	01   A.3.4 col 0 row 1: U+0982 BENGALI SIGN ANUSVARA
	 *	46   A.3.4 col 4 row 6: U+09B2 BENGALI LETTER LA
	 *	50   A.3.4 col 5 row 0: U+09BE BENGALI VOWEL SIGN AA
	 *	20   A.3.4 col 2 row 0: ' '
	 *	15   A.3.4 col 1 row 5: U+0995 BENGALI LETTER KA
	 *	50   A.3.4 col 5 row 0: U+09BE BENGALI VOWEL SIGN AA
	 *	03   A.3.4 col 0 row 3: U+0985 BENGALI LETTER A
	 *	20   A.3.4 col 2 row 0: ' '
	 *	31   A.3.4 col 3 row 1: '1'
	 *	32   A.3.4 col 3 row 2: '2'
	 *	2C   A.3.4 col 2 row C: ','
	 *	1B 1C A.2.4 col 1 row C: U+09E8 BENGALI DIGIT TWO
	 *	1B 19 A.2.4 col 1 row 9: U+09E6 BENGALI DIGIT ZERO
	 *	1B 41 A.2.4 col 4 row 1: 'A'
	 *	1B 65 A.2.4 col 6 row 5: U+20AC EURO SIGN
	 *	1B 61 A.2.4 col 6 row 1: empty -> A.3.4: 'a'
	 *	5F   A.3.4 col 5 row F: U+09CD BENGALI SIGN VIRAMA
	 *	7B   A.3.4 col 7 row B: U+09D7 BENGALI AU LENGTH MARK
	 *	0C   A.3.4 col 0 row C: empty -> U+FFFD
	 */
	{ 4, "Bengali",
	  "44 0B916407281553F8 00 00 42305041037000"
	  " 22 06240104250104 4068C0080555A003504CC6DA7036994D7053DE84BF7B06",
	  "\xe0\xa6\xac\xe0\xa6\xbe\xe0\xa6\x82\xe0\xa6\xb2\xe0\xa6\xbe "
	  "\xe0\xa6\x95\xe0\xa6\xbe\xe0\xa6\x85 12,\xe0\xa7\xa8\xe0\xa7\xa6" "A"
	  "\xe2\x82\xac" "a\xe0\xa7\x8d\xe0\xa7\x97\xef\xbf\xbd" },
	/*
	 * Gujarati (5): UDH 06 24 01 05 25 01 05 = 8 septets; TP-UDL 28; then
	 *	15   A.3.5 col 1 row 5: U+0A95 GUJARATI LETTER KA
	 *	50   A.3.5 col 5 row 0: U+0ABE GUJARATI VOWEL SIGN AA
	 *	03   A.3.5 col 0 row 3: U+0A85 GUJARATI LETTER A
	 *	20   A.3.5 col 2 row 0: ' '
	 *	31   A.3.5 col 3 row 1: '1'
	 *	32   A.3.5 col 3 row 2: '2'
	 *	2C   A.3.5 col 2 row C: ','
	 *	1B 1C A.2.5 col 1 row C: U+0AE6 GUJARATI DIGIT ZERO
	 *	1B 19 A.2.5 col 1 row 9: U+0964 DEVANAGARI DANDA
	 *	1B 41 A.2.5 col 4 row 1: 'A'
	 *	1B 65 A.2.5 col 6 row 5: U+20AC EURO SIGN
	 *	1B 61 A.2.5 col 6 row 1: empty -> A.3.5: 'a'
	 *	5F   A.3.5 col 5 row F: U+0ACD GUJARATI SIGN VIRAMA
	 *	7B   A.3.5 col 7 row B: U+0AE0 GUJARATI LETTER VOCALIC RR
	 *	0E   A.3.5 col 0 row E: empty -> U+FFFD
	 */
	{ 5, "Gujarati",
	  "44 0B916407281553F8 00 00 42305041037000"
	  " 1C 06240105250105 15E8001493B1369C4D6613DC9437E1EFDE01",
	  "\xe0\xaa\x95\xe0\xaa\xbe\xe0\xaa\x85 12,\xe0\xab\xa6\xe0\xa5\xa4" "A"
	  "\xe2\x82\xac" "a\xe0\xab\x8d\xe0\xab\xa0\xef\xbf\xbd" },
	/*
	 * Hindi (6): UDH 06 24 01 06 25 01 06 = 8 septets; TP-UDL 34; then
	 * the word नमस्ते (checked against Unicode, not only the table), then
	 *	2F   A.3.6 col 2 row F: U+0928 DEVANAGARI LETTER NA
	 *	42   A.3.6 col 4 row 2: U+092E DEVANAGARI LETTER MA
	 *	4C   A.3.6 col 4 row C: U+0938 DEVANAGARI LETTER SA
	 *	5F   A.3.6 col 5 row F: U+094D DEVANAGARI SIGN VIRAMA
	 *	27   A.3.6 col 2 row 7: U+0924 DEVANAGARI LETTER TA
	 *	59   A.3.6 col 5 row 9: U+0947 DEVANAGARI VOWEL SIGN E
	 *	20   A.3.6 col 2 row 0: ' '
	 *	15   A.3.6 col 1 row 5: U+0915 DEVANAGARI LETTER KA
	 *	50   A.3.6 col 5 row 0: U+093E DEVANAGARI VOWEL SIGN AA
	 *	03   A.3.6 col 0 row 3: U+0905 DEVANAGARI LETTER A
	 *	20   A.3.6 col 2 row 0: ' '
	 *	31   A.3.6 col 3 row 1: '1'
	 *	32   A.3.6 col 3 row 2: '2'
	 *	2C   A.3.6 col 2 row C: ','
	 *	1B 1C A.2.6 col 1 row C: U+0966 DEVANAGARI DIGIT ZERO
	 *	1B 19 A.2.6 col 1 row 9: U+0964 DEVANAGARI DANDA
	 *	1B 41 A.2.6 col 4 row 1: 'A'
	 *	1B 65 A.2.6 col 6 row 5: U+20AC EURO SIGN
	 *	1B 61 A.2.6 col 6 row 1: empty -> A.3.6: 'a'
	 *	5F   A.3.6 col 5 row F: U+094D DEVANAGARI SIGN VIRAMA
	 *	7B   A.3.6 col 7 row B: U+0972 DEVANAGARI LETTER CANDRA A
	 */
	{ 6, "Hindi",
	  "44 0B916407281553F8 00 00 42305041037000"
	  " 22 06240106250106 2F21F37BCA822AD0012826636D389BCC26B8296FC2DF3D",
	  "\xe0\xa4\xa8\xe0\xa4\xae\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\xa4\xe0\xa5\x87"
	  " \xe0\xa4\x95\xe0\xa4\xbe\xe0\xa4\x85 12,\xe0\xa5\xa6\xe0\xa5\xa4" "A"
	  "\xe2\x82\xac" "a\xe0\xa5\x8d\xe0\xa5\xb2" },
	/*
	 * Kannada (7): UDH 06 24 01 07 25 01 07 = 8 septets; TP-UDL 28; then
	 *	15   A.3.7 col 1 row 5: U+0C95 KANNADA LETTER KA
	 *	50   A.3.7 col 5 row 0: U+0CBE KANNADA VOWEL SIGN AA
	 *	03   A.3.7 col 0 row 3: U+0C85 KANNADA LETTER A
	 *	20   A.3.7 col 2 row 0: ' '
	 *	31   A.3.7 col 3 row 1: '1'
	 *	32   A.3.7 col 3 row 2: '2'
	 *	2C   A.3.7 col 2 row C: ','
	 *	1B 1C A.2.7 col 1 row C: U+0CE6 KANNADA DIGIT ZERO
	 *	1B 19 A.2.7 col 1 row 9: U+0964 DEVANAGARI DANDA
	 *	1B 41 A.2.7 col 4 row 1: 'A'
	 *	1B 65 A.2.7 col 6 row 5: U+20AC EURO SIGN
	 *	1B 61 A.2.7 col 6 row 1: empty -> A.3.7: 'a'
	 *	5F   A.3.7 col 5 row F: U+0CCD KANNADA SIGN VIRAMA
	 *	7B   A.3.7 col 7 row B: U+0CD6 KANNADA AI LENGTH MARK
	 *	00   A.3.7 col 0 row 0: empty -> U+FFFD
	 */
	{ 7, "Kannada",
	  "44 0B916407281553F8 00 00 42305041037000"
	  " 1C 06240107250107 15E8001493B1369C4D6613DC9437E1EF1E00",
	  "\xe0\xb2\x95\xe0\xb2\xbe\xe0\xb2\x85 12,\xe0\xb3\xa6\xe0\xa5\xa4" "A"
	  "\xe2\x82\xac" "a\xe0\xb3\x8d\xe0\xb3\x96\xef\xbf\xbd" },
	/*
	 * Malayalam (8): UDH 06 24 01 08 25 01 08 = 8 septets; TP-UDL 28; then
	 *	15   A.3.8 col 1 row 5: U+0D15 MALAYALAM LETTER KA
	 *	50   A.3.8 col 5 row 0: U+0D3E MALAYALAM VOWEL SIGN AA
	 *	03   A.3.8 col 0 row 3: U+0D05 MALAYALAM LETTER A
	 *	20   A.3.8 col 2 row 0: ' '
	 *	31   A.3.8 col 3 row 1: '1'
	 *	32   A.3.8 col 3 row 2: '2'
	 *	2C   A.3.8 col 2 row C: ','
	 *	1B 1C A.2.8 col 1 row C: U+0D66 MALAYALAM DIGIT ZERO
	 *	1B 19 A.2.8 col 1 row 9: U+0964 DEVANAGARI DANDA
	 *	1B 41 A.2.8 col 4 row 1: 'A'
	 *	1B 65 A.2.8 col 6 row 5: U+20AC EURO SIGN
	 *	1B 61 A.2.8 col 6 row 1: empty -> A.3.8: 'a'
	 *	5F   A.3.8 col 5 row F: U+0D4D MALAYALAM SIGN VIRAMA
	 *	7B   A.3.8 col 7 row B: U+0D60 MALAYALAM LETTER VOCALIC RR
	 *	00   A.3.8 col 0 row 0: empty -> U+FFFD
	 */
	{ 8, "Malayalam",
	  "44 0B916407281553F8 00 00 42305041037000"
	  " 1C 06240108250108 15E8001493B1369C4D6613DC9437E1EF1E00",
	  "\xe0\xb4\x95\xe0\xb4\xbe\xe0\xb4\x85 12,\xe0\xb5\xa6\xe0\xa5\xa4" "A"
	  "\xe2\x82\xac" "a\xe0\xb5\x8d\xe0\xb5\xa0\xef\xbf\xbd" },
	/*
	 * Oriya (9): UDH 06 24 01 09 25 01 09 = 8 septets; TP-UDL 28; then
	 *	15   A.3.9 col 1 row 5: U+0B15 ORIYA LETTER KA
	 *	50   A.3.9 col 5 row 0: U+0B3E ORIYA VOWEL SIGN AA
	 *	03   A.3.9 col 0 row 3: U+0B05 ORIYA LETTER A
	 *	20   A.3.9 col 2 row 0: ' '
	 *	31   A.3.9 col 3 row 1: '1'
	 *	32   A.3.9 col 3 row 2: '2'
	 *	2C   A.3.9 col 2 row C: ','
	 *	1B 1C A.2.9 col 1 row C: U+0B66 ORIYA DIGIT ZERO
	 *	1B 19 A.2.9 col 1 row 9: U+0964 DEVANAGARI DANDA
	 *	1B 41 A.2.9 col 4 row 1: 'A'
	 *	1B 65 A.2.9 col 6 row 5: U+20AC EURO SIGN
	 *	1B 61 A.2.9 col 6 row 1: empty -> A.3.9: 'a'
	 *	5F   A.3.9 col 5 row F: U+0B4D ORIYA SIGN VIRAMA
	 *	7B   A.3.9 col 7 row B: U+0B57 ORIYA AU LENGTH MARK
	 *	0C   A.3.9 col 0 row C: empty -> U+FFFD
	 */
	{ 9, "Oriya",
	  "44 0B916407281553F8 00 00 42305041037000"
	  " 1C 06240109250109 15E8001493B1369C4D6613DC9437E1EF9E01",
	  "\xe0\xac\x95\xe0\xac\xbe\xe0\xac\x85 12,\xe0\xad\xa6\xe0\xa5\xa4" "A"
	  "\xe2\x82\xac" "a\xe0\xad\x8d\xe0\xad\x97\xef\xbf\xbd" },
	/*
	 * Punjabi (10): UDH 06 24 01 0A 25 01 0A = 8 septets; TP-UDL 28; then
	 *	15   A.3.10 col 1 row 5: U+0A15 GURMUKHI LETTER KA
	 *	50   A.3.10 col 5 row 0: U+0A3E GURMUKHI VOWEL SIGN AA
	 *	03   A.3.10 col 0 row 3: U+0A05 GURMUKHI LETTER A
	 *	20   A.3.10 col 2 row 0: ' '
	 *	31   A.3.10 col 3 row 1: '1'
	 *	32   A.3.10 col 3 row 2: '2'
	 *	2C   A.3.10 col 2 row C: ','
	 *	1B 1C A.2.10 col 1 row C: U+0A66 GURMUKHI DIGIT ZERO
	 *	1B 19 A.2.10 col 1 row 9: U+0964 DEVANAGARI DANDA
	 *	1B 41 A.2.10 col 4 row 1: 'A'
	 *	1B 65 A.2.10 col 6 row 5: U+20AC EURO SIGN
	 *	1B 61 A.2.10 col 6 row 1: empty -> A.3.10: 'a'
	 *	5F   A.3.10 col 5 row F: U+0A4D GURMUKHI SIGN VIRAMA
	 *	7B   A.3.10 col 7 row B: U+0A70 GURMUKHI TIPPI
	 *	09   A.3.10 col 0 row 9: empty -> U+FFFD
	 */
	{ 10, "Punjabi",
	  "44 0B916407281553F8 00 00 42305041037000"
	  " 1C 0624010A25010A 15E8001493B1369C4D6613DC9437E1EF3E01",
	  "\xe0\xa8\x95\xe0\xa8\xbe\xe0\xa8\x85 12,\xe0\xa9\xa6\xe0\xa5\xa4" "A"
	  "\xe2\x82\xac" "a\xe0\xa9\x8d\xe0\xa9\xb0\xef\xbf\xbd" },
	/*
	 * Tamil (11): UDH 06 24 01 0B 25 01 0B = 8 septets; TP-UDL 36; then
	 * the word வணக்கம் (checked against Unicode, not only the table), then
	 *	49   A.3.11 col 4 row 9: U+0BB5 TAMIL LETTER VA
	 *	26   A.3.11 col 2 row 6: U+0BA3 TAMIL LETTER NNA
	 *	15   A.3.11 col 1 row 5: U+0B95 TAMIL LETTER KA
	 *	5F   A.3.11 col 5 row F: U+0BCD TAMIL SIGN VIRAMA
	 *	15   A.3.11 col 1 row 5: U+0B95 TAMIL LETTER KA
	 *	42   A.3.11 col 4 row 2: U+0BAE TAMIL LETTER MA
	 *	5F   A.3.11 col 5 row F: U+0BCD TAMIL SIGN VIRAMA
	 *	20   A.3.11 col 2 row 0: ' '
	 *	15   A.3.11 col 1 row 5: U+0B95 TAMIL LETTER KA
	 *	50   A.3.11 col 5 row 0: U+0BBE TAMIL VOWEL SIGN AA
	 *	03   A.3.11 col 0 row 3: U+0B85 TAMIL LETTER A
	 *	20   A.3.11 col 2 row 0: ' '
	 *	31   A.3.11 col 3 row 1: '1'
	 *	32   A.3.11 col 3 row 2: '2'
	 *	2C   A.3.11 col 2 row C: ','
	 *	1B 1C A.2.11 col 1 row C: U+0BE6 TAMIL DIGIT ZERO
	 *	1B 19 A.2.11 col 1 row 9: U+0964 DEVANAGARI DANDA
	 *	1B 41 A.2.11 col 4 row 1: 'A'
	 *	1B 65 A.2.11 col 6 row 5: U+20AC EURO SIGN
	 *	1B 61 A.2.11 col 6 row 1: empty -> A.3.11: 'a'
	 *	5F   A.3.11 col 5 row F: U+0BCD TAMIL SIGN VIRAMA
	 *	7B   A.3.11 col 7 row B: U+0BD7 TAMIL AU LENGTH MARK
	 *	00   A.3.11 col 0 row 0: empty -> U+FFFD
	 */
	{ 11, "Tamil",
	  "44 0B916407281553F8 00 00 42305041037000"
	  " 24 0624010B25010B 4953E55B117E4115E8001493B1369C4D6613DC9437E1EF1E00",
	  "\xe0\xae\xb5\xe0\xae\xa3\xe0\xae\x95\xe0\xaf\x8d\xe0\xae\x95\xe0\xae\xae"
	  "\xe0\xaf\x8d \xe0\xae\x95\xe0\xae\xbe\xe0\xae\x85 12,\xe0\xaf\xa6"
	  "\xe0\xa5\xa4" "A\xe2\x82\xac" "a\xe0\xaf\x8d\xe0\xaf\x97\xef\xbf\xbd" },
	/*
	 * Telugu (12): UDH 06 24 01 0C 25 01 0C = 8 septets; TP-UDL 28; then
	 *	15   A.3.12 col 1 row 5: U+0C15 TELUGU LETTER KA
	 *	50   A.3.12 col 5 row 0: U+0C3E TELUGU VOWEL SIGN AA
	 *	03   A.3.12 col 0 row 3: U+0C05 TELUGU LETTER A
	 *	20   A.3.12 col 2 row 0: ' '
	 *	31   A.3.12 col 3 row 1: '1'
	 *	32   A.3.12 col 3 row 2: '2'
	 *	2C   A.3.12 col 2 row C: ','
	 *	1B 1C A.2.12 col 1 row C: U+0C66 TELUGU DIGIT ZERO
	 *	1B 19 A.2.12 col 1 row 9: empty -> A.3.12: U+0C19
	 *	1B 41 A.2.12 col 4 row 1: 'A'
	 *	1B 65 A.2.12 col 6 row 5: U+20AC EURO SIGN
	 *	1B 61 A.2.12 col 6 row 1: empty -> A.3.12: 'a'
	 *	5F   A.3.12 col 5 row F: U+0C4D TELUGU SIGN VIRAMA
	 *	7B   A.3.12 col 7 row B: U+0C56 TELUGU AI LENGTH MARK
	 *	0C   A.3.12 col 0 row C: empty -> U+FFFD
	 */
	{ 12, "Telugu",
	  "44 0B916407281553F8 00 00 42305041037000"
	  " 1C 0624010C25010C 15E8001493B1369C4D6613DC9437E1EF9E01",
	  "\xe0\xb0\x95\xe0\xb0\xbe\xe0\xb0\x85 12,\xe0\xb1\xa6\xe0\xb0\x99" "A"
	  "\xe2\x82\xac" "a\xe0\xb1\x8d\xe0\xb1\x96\xef\xbf\xbd" },
	/*
	 * Urdu (13): UDH 06 24 01 0D 25 01 0D = 8 septets; TP-UDL 32; then
	 * the word سلام (checked against Unicode, not only the table), then
	 *	3D   A.3.13 col 3 row D: U+0633 ARABIC LETTER SEEN
	 *	4D   A.3.13 col 4 row D: U+0644 ARABIC LETTER LAM
	 *	00   A.3.13 col 0 row 0: U+0627 ARABIC LETTER ALEF
	 *	4E   A.3.13 col 4 row E: U+0645 ARABIC LETTER MEEM
	 *	20   A.3.13 col 2 row 0: ' '
	 *	15   A.3.13 col 1 row 5: U+0685 ARABIC LETTER HAH WITH THREE DOTS ABOVE
	 *	50   A.3.13 col 5 row 0: U+06BA ARABIC LETTER NOON GHUNNA
	 *	03   A.3.13 col 0 row 3: U+067B ARABIC LETTER BEEH
	 *	20   A.3.13 col 2 row 0: ' '
	 *	31   A.3.13 col 3 row 1: '1'
	 *	32   A.3.13 col 3 row 2: '2'
	 *	2C   A.3.13 col 2 row C: ','
	 *	1B 1C A.2.13 col 1 row C: U+06F0 EXTENDED ARABIC-INDIC DIGIT ZERO
	 *	1B 19 A.2.13 col 1 row 9: U+0600 ARABIC NUMBER SIGN
	 *	1B 41 A.2.13 col 4 row 1: 'A'
	 *	1B 65 A.2.13 col 6 row 5: U+20AC EURO SIGN
	 *	1B 61 A.2.13 col 6 row 1: empty -> A.3.13: 'a'
	 *	5F   A.3.13 col 5 row F: U+0657 ARABIC INVERTED DAMMA
	 *	7B   A.3.13 col 7 row B: U+0655 ARABIC HAMZA BELOW
	 */
	{ 13, "Urdu",
	  "44 0B916407281553F8 00 00 42305041037000"
	  " 20 0624010D25010D BD26C009AA4007A0988CB5E16C329BE0A6BC097FF7",
	  "\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85 \xda\x85\xda\xba\xd9\xbb 12,\xdb\xb0"
	  "\xd8\x80" "A\xe2\x82\xac" "a\xd9\x97\xd9\x95" },
};

START_TEST(test_national_indic_urdu)
{
	char needle[160];
	size_t i;

	for (i = 0; i < sizeof(national_vecs) / sizeof(national_vecs[0]); i++) {
		char *j = render(national_vecs[i].tpdu, 0), *t;
		const char *name = national_vecs[i].name;
		int lang = national_vecs[i].lang;

		assert_json_shape(j);
		snprintf(needle, sizeof(needle), "{\"iei\":36,\"name\":"
			 "\"national language single shift\",\"languageId\":%d,\"language\":\"%s\"}",
			 lang, name);
		tu_assert_has(j, needle);
		snprintf(needle, sizeof(needle), "{\"iei\":37,\"name\":"
			 "\"national language locking shift\",\"languageId\":%d,"
			 "\"language\":\"%s\"}", lang, name);
		tu_assert_has(j, needle);
		snprintf(needle, sizeof(needle), "\"ud\":{\"fillBits\":0,\"lockingShift\":\"%s\","
			 "\"singleShift\":\"%s\",\"text\":", name, name);
		tu_assert_has(j, needle);
		tu_assert_hasnt(j, "no such table");
		tu_assert_hasnt(j, "\"error\"");
		t = json_text(j);
		ck_assert_msg(strcmp(t, national_vecs[i].text) == 0, "%s: text\n%s\nexpected\n%s",
			      name, t, national_vecs[i].text);
		free(t);
		free(j);
	}
}
END_TEST

/*
 * A single shift table alone (no locking shift IE): ESC reaches Urdu's A.2.13, everything
 * else is the default alphabet, and so is the fallback for a position A.2.13 leaves empty.
 * SMS-DELIVER as above with TP-UDL 15 (0F): UDH 03 24 01 0D = 4 octets = 32 bits, 3 fill
 * bits, text from septet 5:
 *	61	default alphabet 'a'		20	' '
 *	1B 1C	A.2.13 col 1 row C: U+06F0 EXTENDED ARABIC-INDIC DIGIT ZERO
 *	1B 4F	A.2.13 col 4 row F: 'O'
 *	1B 7B	A.2.13 col 7 row B: empty -> default alphabet 0x7B: U+00E4 (a umlaut)
 *	1B 26	A.2.13 col 2 row 6: U+060C ARABIC COMMA
 * A locking shift to Spanish, which has no locking shift table (6.2.1.2.4), and identifiers
 * TS 23.038 does not assign (0, 14) keep the default tables and say so.
 */
START_TEST(test_national_fallback)
{
	char *j = render("44 0B916407281553F8 00 00 42305041037000 0F 0324010D 0883369CCD73B3DF9800",
			 0);
	char *t;

	tu_assert_has(j, "\"ud\":{\"fillBits\":3,\"singleShift\":\"Urdu\",\"text\":");
	tu_assert_hasnt(j, "lockingShift");
	t = json_text(j);
	ck_assert_str_eq(t, "a \xdb\xb0O\xc3\xa4\xd8\x8c");
	free(t);
	tu_assert_hasnt(j, "\"error\"");
	free(j);

	j = render("44 0B916407281553F8 00 00 42305041037000 08 03250102 088BC7", 0);
	tu_assert_has(j, "\"language\":\"Spanish\"");
	tu_assert_has(j, "\"lockingShift\":\"Spanish (2): no such table in TS 23.038, default alphabet used\",\"text\":\"abc\"");
	free(j);

	j = render("44 0B916407281553F8 00 00 42305041037000 0B 06240100250100 61F118", 0);
	tu_assert_has(j, "\"languageId\":0,\"language\":\"reserved (0)\"");
	tu_assert_has(j, "\"lockingShift\":\"reserved (0): no such table in TS 23.038, default alphabet used\"");
	tu_assert_has(j, "\"singleShift\":\"reserved (0): no such table in TS 23.038, default extension table used\",\"text\":\"abc\"");
	free(j);

	/* 14 (0E), and 255: the ESC 65 reads as the default extension table's euro sign */
	j = render("44 0B916407281553F8 00 00 42305041037000 0B 0624010E2501FF E14D19", 0);
	tu_assert_has(j, "\"languageId\":14,\"language\":\"reserved (14)\"");
	tu_assert_has(j, "\"languageId\":255,\"language\":\"reserved (255)\"");
	tu_assert_has(j, "\"lockingShift\":\"reserved (255): no such table in TS 23.038, default alphabet used\"");
	tu_assert_has(j, "\"singleShift\":\"reserved (14): no such table in TS 23.038, default extension table used\"");
	t = json_text(j);
	ck_assert_str_eq(t, "a\xe2\x82\xac");
	free(t);
	free(j);
}
END_TEST

/* positions with a character, as counted in the tables of TS 23.038 Annex A, by language */
static const int lock_filled[TK_GSM7_LANG_MAX + 1] = {
	0, 127, 0, 127, 114, 120, 127, 120, 120, 116, 110, 102, 120, 127
};
static const int single_filled[TK_GSM7_LANG_MAX + 1] = {
	0, 18, 20, 38, 83, 71, 89, 74, 83, 76, 77, 78, 79, 91
};

/* one table: what it holds is characters, as many as the standard's table, in UTF-8 */
static void check_table(int lang, int single, const uint16_t *t)
{
	static const uint8_t ext_pos[] = {
		0x0a, 0x14, 0x1b, 0x28, 0x29, 0x2f, 0x3c, 0x3d, 0x3e, 0x40, 0x65
	};
	static const uint16_t ext_cp[] = {
		0x0c, '^', ' ', '{', '}', '\\', '[', '~', ']', '|', 0x20ac
	};
	const char *what = single ? "single shift" : "locking";
	int filled = 0, want = (single ? single_filled : lock_filled)[lang];
	unsigned i;

	ck_assert_msg(t != NULL, "language %d: no %s table", lang, what);
	for (i = 0; i < 128; i++) {
		unsigned cp = t[i];
		char u[4];
		size_t k;

		if (cp == TK_GSM7_NONE)
			continue;
		filled++;
		ck_assert_msg(!(cp >= 0xd800 && cp <= 0xdfff) && !(cp >= 0xfdd0 && cp <= 0xfdef) &&
			      cp < 0xfffe && (cp >= 0x20 || cp == '\n' || cp == '\r' || cp == '\f'),
			      "language %d %s 0x%02x: U+%04X", lang, what, i, cp);
		k = utf8_put(u, cp);
		if (k > 1)
			ck_assert_uint_eq(tk_utf8_seq((const unsigned char *)u, k), k);
	}
	ck_assert_msg(filled == want, "language %d %s table: %d positions filled, TS 23.038 %d",
		      lang, what, filled, want);
	if (!single) {
		ck_assert_uint_eq(t[0x1b], TK_GSM7_NONE);
		return;
	}
	for (i = 0; i < sizeof(ext_pos); i++)
		ck_assert_msg(t[ext_pos[i]] == ext_cp[i], "language %d single shift 0x%02x: U+%04X",
			      lang, ext_pos[i], t[ext_pos[i]]);
}

/* what every locking table of A.3.4..A.3.13 keeps from the default alphabet */
static void check_indic_urdu_locking(int lang, const uint16_t *t)
{
	static const char same[] = "\n\r !(),.0123456789:;?";
	static const uint8_t at[] = {
		0x0a, 0x0d, 0x20, 0x21, 0x29, 0x28, 0x2c, 0x2e, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35,
		0x36, 0x37, 0x38, 0x39, 0x3a, 0x3b, 0x3f
	};
	unsigned i;

	for (i = 0; i < sizeof(at); i++)
		ck_assert_msg(t[at[i]] == (uint8_t)same[i], "language %d 0x%02x", lang, at[i]);
	for (i = 0; i < 26; i++)
		ck_assert_uint_eq(t[0x61 + i], (unsigned)('a' + i));
}

/* the whole locking table of lang through the decoder, every septet but ESC in turn */
static void check_table_decoded(int lang, const uint16_t *t)
{
	uint8_t tpdu[200], sept[127];
	char want[127 * 3 + 1], *j, *got;
	size_t n, k = 0, w = 0, i;

	for (i = 0; i < 128; i++)
		if (i != 0x1b)
			sept[k++] = (uint8_t)i;
	n = tu_ber("44 0B916407281553F8 00 00 42305041037000 84 03250100", tpdu, sizeof(tpdu));
	tpdu[n - 1] = (uint8_t)lang;
	n += pack_septets(sept, k, 3, tpdu + n);
	ck_assert_uint_eq(n, 19 + (132 * 7 + 7) / 8);	/* 19 octets before TP-UD */
	for (i = 0; i < k; i++)
		w += utf8_put(want + w, t[sept[i]] != TK_GSM7_NONE ? t[sept[i]] : 0xfffd);
	want[w] = '\0';
	j = render_bytes(tpdu, n, 0, 0);
	tu_assert_hasnt(j, "\"error\"");
	got = json_text(j);
	ck_assert_msg(strcmp(got, want) == 0, "language %d decodes otherwise:\n%s", lang, j);
	free(got);
	free(j);
}

/*
 * Table integrity, for the 13 languages of TS 23.038 6.2.1.2.4: a locking shift table for
 * each but Spanish and a single shift table for each, none for 0 or 14..; 128 positions of
 * which exactly as many hold a character as the standard's table fills (an entry lost or
 * shifted shows here); each a Unicode scalar value (no surrogate, no noncharacter, no C0
 * control but LF/CR/FF) that encodes as well-formed UTF-8; the ESC empty in the locking
 * tables and ESC ESC a space in the single shift tables; the characters TS 23.038 puts at
 * the same place in all of them (6.2.1.1 / A.2.x: FF ^ { } \ [ ~ ] | euro; A.3.4..A.3.13:
 * LF CR SP ! ( ) , . digits : ; ? and a..z).  Then each locking table, all of it, through
 * the decoder: every septet but ESC in turn (127 septets after a UDH 03 25 01 LL and 3 fill
 * bits, TP-UDL 132 = 0x84) must come out as the table's character, U+FFFD where it is empty.
 */
START_TEST(test_national_table_integrity)
{
	int lang;

	ck_assert_ptr_null(tk_gsm7_locking_table(0));
	ck_assert_ptr_null(tk_gsm7_single_table(0));
	ck_assert_ptr_null(tk_gsm7_locking_table(14));
	ck_assert_ptr_null(tk_gsm7_single_table(14));
	ck_assert_ptr_null(tk_gsm7_locking_table(-1));
	ck_assert_ptr_null(tk_gsm7_single_table(255));
	ck_assert_ptr_null(tk_gsm7_locking_table(2));
	for (lang = 1; lang <= TK_GSM7_LANG_MAX; lang++) {
		const uint16_t *t = tk_gsm7_locking_table(lang);

		check_table(lang, 1, tk_gsm7_single_table(lang));
		if (lang == 2)
			continue;
		check_table(lang, 0, t);
		if (lang >= 4)
			check_indic_urdu_locking(lang, t);
		check_table_decoded(lang, t);
	}
}
END_TEST

/* direction unknown: MTI 0 read as SMS-DELIVER, 1 as SMS-SUBMIT, 2 as SMS-STATUS-REPORT */
START_TEST(test_direction_unknown)
{
	char *j = render(SUBMIT_HELLO, -1);

	tu_assert_has(j, "\"type\":\"SMS-SUBMIT\",\"direction\":\"MS->SC\",\"directionAssumed\":true");
	tu_assert_has(j, "\"text\":\"hellohello\"");
	free(j);
	j = render(DELIVER_CONCAT, -1);
	tu_assert_has(j, "\"type\":\"SMS-DELIVER\",\"direction\":\"SC->MS\",\"directionAssumed\":true");
	tu_assert_has(j, "\"text\":\"Hello world\"");
	free(j);
	j = render(STATUS_REPORT, -1);
	tu_assert_has(j, "\"type\":\"SMS-STATUS-REPORT\",\"direction\":\"SC->MS\",\"directionAssumed\":true");
	tu_assert_hasnt(j, "\"error\"");
	free(j);
	/* a COMMAND read the other way is a STATUS-REPORT, which does not fit: an error */
	j = render(COMMAND, -1);
	tu_assert_has(j, "\"type\":\"SMS-STATUS-REPORT\"");
	tu_assert_has(j, "\"error\":{");
	free(j);
}
END_TEST

/* ---- malformed ---------------------------------------------------------------------------- */

static const struct {
	const char *tmpl;
	int from_ms;
	size_t valid_prefix;	/* a shorter length that is itself a whole TPDU, or 0 */
} vectors[] = {
	{ SUBMIT_HELLO, 1, 0 },
	{ DELIVER_GRUESSE, 0, 0 },
	{ DELIVER_CONCAT, 0, 0 },
	{ "01 2A 0B916407281553F8 00 08 0C 00480069002000FC D83DDE00", 1, 0 },
	{ "44 0B916407281553F8 00 04 42305041037000 0C 0605040B8423F0 DEADBEEF01", 0, 0 },
	{ STATUS_REPORT, 0, 0 },
	/* a report with TP-PI: it may also end right after TP-ST (octet 25) */
	{ "26 2A 0B916407281553F8 42305041037032 42305041130032 46 07 00 00 02 CF25", 0, 25 },
	{ "00 D3 00", 1, 0 },
	{ "00 06 08 04 004F004B", 1, 0 },
	{ "01 C5 00 42305041037000", 0, 0 },
	{ COMMAND, 1, 0 },
	{ "02 05 00 E1 2A 0B916407281553F8 03 010203", 1, 0 },
	{ "04 0DD049B7F93D6D4E01 00 00 42305041037000 00", 0, 0 },
	{ "09 01 04 81 2143 00 00 03100350000000 00", 1, 0 },
	{ "19 01 04 81 2143 00 00 52211332950040 00", 1, 0 },
	{ "41 00 04812143 00 00 15 062401012501019C74879D06310E20C2260906", 1, 0 },
	{ "41 00 04812143 00 00 11 06250103240103C1C4FE0D22803612", 1, 0 },
};

/* every prefix of every vector: what fits is decoded, the rest is an "error" within the
 * TPDU's length; render_bytes() copies the octets to a buffer of exactly that size so that
 * ASan sees any read past it */
START_TEST(test_truncated_every_length)
{
	size_t v, k;

	for (v = 0; v < sizeof(vectors) / sizeof(vectors[0]); v++) {
		uint8_t full[512];
		size_t n = tu_ber(vectors[v].tmpl, full, sizeof(full));
		char *j = render_bytes(full, n, vectors[v].from_ms, 0);

		tu_assert_hasnt(j, "\"error\"");
		free(j);
		for (k = 0; k < n; k++) {
			long off;

			j = render_bytes(full, k, vectors[v].from_ms, 0);
			assert_json_shape(j);
			off = error_offset(j);
			if (vectors[v].valid_prefix && k == vectors[v].valid_prefix) {
				tu_assert_hasnt(j, "\"error\"");
			} else {
				ck_assert_msg(off >= 0, "vector %zu cut to %zu octets: no error in %s", v, k, j);
				ck_assert_msg((size_t)off <= k, "error offset %ld beyond %zu octets: %s", off, k, j);
			}
			free(j);
			j = render_bytes(full, k, vectors[v].from_ms, 1);
			free(j);
		}
	}
}
END_TEST

START_TEST(test_udl_too_big)
{
	/* SUBMIT_HELLO with TP-UDL A0 (160 septets = 140 octets) and 9 octets of data: the 10
	 * septets there are decoded, the error names the shortfall */
	char *j = render("11 00 0B916407281553F8 00 00 AA A0 E8329BFD4697D9EC37", 1);

	assert_json_shape(j);
	tu_assert_has(j, "\"udl\":160,\"ud\":{\"text\":\"hellohello\"}");
	tu_assert_has(j, "\"error\":{\"offset\":23,\"reason\":\"TP-UD truncated: TP-UDL 160 septets needs 140 octets, 9 present\"}");
	free(j);

	/* TP-UDL 161 is beyond what a TPDU may carry, even when the octets are there */
	{
		char tmpl[512] = "11 00 0B916407281553F8 00 00 AA A1 ";
		int i;
		for (i = 0; i < 141; i++)
			strcat(tmpl, "00");
		j = render(tmpl, 1);
		tu_assert_has(j, "\"error\":{\"offset\":13,\"reason\":\"TP-UDL 161 beyond the maximum of 160 septets\"}");
		free(j);
	}

	/* 8-bit: TP-UDL 0x8D = 141 octets */
	j = render("11 00 0B916407281553F8 00 04 AA 8D 00", 1);
	tu_assert_has(j, "TP-UDL 141 beyond the maximum of 140 octets");
	free(j);
}
END_TEST

START_TEST(test_udh_inconsistent)
{
	/* 8-bit, TP-UDL 3 but UDHL 5: the header is longer than the user data */
	char *j = render("41 00 04812143 00 04 03 050003", 1);

	assert_json_shape(j);
	tu_assert_has(j, "\"error\":{\"offset\":9,\"reason\":\"UDH of 6 octets beyond TP-UDL 3\"}");
	free(j);

	/* 7-bit: UDHL 5 needs 7 septets, TP-UDL says 6 */
	j = render("41 00 04812143 00 00 06 0500032A0201", 1);
	tu_assert_has(j, "UDH of 6 octets beyond TP-UDL 6");
	free(j);

	/* an IE longer than the header: IE 00 says 9 octets, UDHL 5 */
	j = render("41 00 04812143 00 04 06 0500092A0201", 1);
	assert_json_shape(j);
	tu_assert_has(j, "\"udh\":[]");
	tu_assert_has(j, "\"error\":{\"offset\":10,\"reason\":\"UDH: IE 0x00 of 9 octets beyond the header\"}");
	free(j);

	/* an IE of the wrong length: concatenation with 2 octets; shown as hex */
	j = render("41 00 04812143 00 04 05 0400022A02", 1);
	tu_assert_has(j, "{\"iei\":0,\"name\":\"concatenated short messages, 8-bit reference number\",\"hex\":\"2a02\"}");
	tu_assert_has(j, "UDH: IE 0x00 has length 2, TS 23.040 gives it 3");
	free(j);

	/* TP-UDHI with TP-UDL 0 */
	j = render("41 00 04812143 00 00 00", 1);
	tu_assert_has(j, "TP-UDHI set but TP-UDL is 0");
	free(j);

	/* UCS2 text of an odd number of octets */
	j = render("01 00 04812143 00 08 03 004100", 1);
	tu_assert_has(j, "\"text\":\"A\"");
	tu_assert_has(j, "UCS2 text of an odd number of octets");
	free(j);
}
END_TEST

START_TEST(test_malformed_misc)
{
	char *j = render_bytes(NULL, 0, 1, 0);

	tu_assert_has(j, "\"hex\":\"\",\"error\":{\"offset\":0,\"reason\":\"empty TPDU\"}");
	free(j);

	/* TP-MTI 3 is reserved in both directions */
	j = render("03 00 00", 1);
	tu_assert_has(j, "\"type\":\"reserved\",\"direction\":\"MS->SC\",\"mti\":3");
	tu_assert_has(j, "TP-MTI 3 is reserved");
	free(j);
	j = render("03", -1);
	tu_assert_has(j, "\"type\":\"reserved\",\"mti\":3");
	tu_assert_hasnt(j, "direction");
	free(j);

	/* an octet after the end */
	j = render(SUBMIT_HELLO " 00", 1);
	tu_assert_has(j, "\"text\":\"hellohello\"");
	tu_assert_has(j, "\"error\":{\"offset\":23,\"reason\":\"1 octet after the end of the TPDU\"}");
	free(j);

	/* Address-Length 21 */
	j = render("11 00 1591 6407281553F8 00 00 AA 00", 1);
	tu_assert_has(j, "\"error\":{\"offset\":2,\"reason\":\"TP-DA: Address-Length 21 beyond the 20 semi-octets of an address\"}");
	free(j);

	/* a DELIVER-REPORT read as SMS-DELIVER (direction unknown) does not fit */
	j = render("00 00", -1);
	tu_assert_has(j, "\"type\":\"SMS-DELIVER\"");
	tu_assert_has(j, "\"error\":{");
	free(j);
}
END_TEST

/* every octet of every vector set to every other value, read in all three directions:
 * one well-formed object, an error offset within the TPDU, no crash, no sanitizer report */
START_TEST(test_corruption)
{
	size_t v, i;
	int val, dir;

	for (v = 0; v < sizeof(vectors) / sizeof(vectors[0]); v++) {
		uint8_t full[512], b[512];
		size_t n = tu_ber(vectors[v].tmpl, full, sizeof(full));

		for (i = 0; i < n; i++) {
			for (val = 0; val < 256; val++) {
				if (val == full[i])
					continue;
				memcpy(b, full, n);
				b[i] = (uint8_t)val;
				for (dir = -1; dir <= 1; dir++) {
					char *j = render_bytes(b, n, dir, 0);
					long off = error_offset(j);
					if (!json_shape_ok(j) || off > (long)n)
						ck_abort_msg("bad output or error offset beyond %zu: %s", n, j);
					free(j);
				}
			}
		}
	}
}
END_TEST

Suite *tu_suite_sms(void)
{
	Suite *s = suite_create("sms");
	TCase *tc = tcase_create("tpdu");

	tcase_add_test(tc, test_submit_relative_vp_7bit);
	tcase_add_test(tc, test_vp_formats);
	tcase_add_test(tc, test_deliver_scts_tz);
	tcase_add_test(tc, test_concat_7bit_fill_bits);
	tcase_add_test(tc, test_ucs2_non_bmp);
	tcase_add_test(tc, test_8bit_port_addressing);
	tcase_add_test(tc, test_status_report);
	tcase_add_test(tc, test_reports);
	tcase_add_test(tc, test_command);
	tcase_add_test(tc, test_alphanumeric_oa);
	tcase_add_test(tc, test_national_shift);
	tcase_add_test(tc, test_national_indic_urdu);
	tcase_add_test(tc, test_national_fallback);
	tcase_add_test(tc, test_national_table_integrity);
	tcase_add_test(tc, test_direction_unknown);
	suite_add_tcase(s, tc);

	tc = tcase_create("malformed");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_truncated_every_length);
	tcase_add_test(tc, test_udl_too_big);
	tcase_add_test(tc, test_udh_inconsistent);
	tcase_add_test(tc, test_malformed_misc);
	tcase_add_test(tc, test_corruption);
	suite_add_tcase(s, tc);
	return s;
}
