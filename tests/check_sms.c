/*
 * SMS TPDUs (codec/sms.c): vectors built by hand from TS 23.040 / TS 23.038, each explained
 * field by field, rendered with the JSON emitter and checked by substrings; then malformed
 * ones (every truncation, every single-octet corruption) that must report an "error" inside
 * the object and never crash (run under ASan/UBSan as well).
 *
 * Text is UTF-8.  The JSON emitter of today escapes each byte >= 0x7F as \u00XX, so text
 * beyond ASCII is checked with has_utf8(), which takes the raw UTF-8 or that escaped form.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "sms.h"

Suite *tu_suite_sms(void);

static char *render_bytes(const uint8_t *b, size_t n, int from_ms, int text)
{
	struct tk_outbuf ob;
	struct tk_emitter em;
	char *s;

	tk_outbuf_init(&ob);
	if (text)
		tk_emitter_text(&em, &ob);
	else
		tk_emitter_json(&em, &ob);
	tk_emit_sms_tpdu(&em, b, n, from_ms);
	s = strdup(ob.buf ? ob.buf : "");
	if (em.depth != 0 || !s)
		ck_abort_msg("emitter left at depth %d (or out of memory)", em.depth);
	tk_outbuf_free(&ob);
	return s;
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
 * TPDU's length; the octets are copied to a buffer of exactly that size so that ASan sees
 * any read past it */
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
			uint8_t *b = malloc(k ? k : 1);
			long off;

			ck_assert_ptr_nonnull(b);
			memcpy(b, full, k);
			j = render_bytes(b, k, vectors[v].from_ms, 0);
			assert_json_shape(j);
			off = error_offset(j);
			if (vectors[v].valid_prefix && k == vectors[v].valid_prefix) {
				tu_assert_hasnt(j, "\"error\"");
			} else {
				ck_assert_msg(off >= 0, "vector %zu cut to %zu octets: no error in %s", v, k, j);
				ck_assert_msg((size_t)off <= k, "error offset %ld beyond %zu octets: %s", off, k, j);
			}
			free(j);
			j = render_bytes(b, k, vectors[v].from_ms, 1);
			free(j);
			free(b);
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
		uint8_t full[512];
		size_t n = tu_ber(vectors[v].tmpl, full, sizeof(full));
		uint8_t *b = malloc(n);

		ck_assert_ptr_nonnull(b);
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
		free(b);
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
