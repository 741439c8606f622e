/*
 * Inner values: ISUP parameters in CAP (isup.c) and location values (location.c), decoded
 * from vectors built by hand from the standards.  Each vector's comment says how its octets
 * follow from the standard's fields, so a failing expectation can be checked against it.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "values.h"
#include "print.h"
#include "isup.h"
#include "location.h"
#include "bssap.h"

Suite *tu_suite_inner(void);

/* ---- rendering ------------------------------------------------------------------------------ */

enum dec { D_NUM, D_CAUSE, D_REDIR, D_CPC, D_CELL, D_GEO, D_BCD, D_BC, D_BSSAP };

/* what to decode: the decoder and, for D_NUM and D_CELL, the kind of value */
struct what {
	enum dec d;
	int kind;
};

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	const struct what *w = arg;

	switch (w->d) {
	case D_NUM: tk_emit_isup_number(e, p, n, (enum tk_isup_number_kind)w->kind); break;
	case D_CAUSE: tk_emit_isup_cause(e, p, n); break;
	case D_REDIR: tk_emit_isup_redirection_info(e, p, n); break;
	case D_CPC: tk_emit_isup_calling_category(e, p, n); break;
	case D_CELL: tk_emit_plmn_cell(e, p, n, (enum tk_loc_kind)w->kind); break;
	case D_GEO: tk_emit_geographical_info(e, p, n); break;
	case D_BCD: tk_emit_bcd_number_24008(e, p, n); break;
	case D_BC: tk_emit_bearer_capability(e, p, n); break;
	case D_BSSAP: tk_emit_bssap(e, p, n); break;
	}
}

/* the value as JSON (or text), from an exact-size heap copy, as a malloc'd string */
static char *render(enum dec d, int kind, const uint8_t *p, size_t n, int text)
{
	struct what w = { d, kind };

	return tu_render(emit, &w, p, n, text);
}

/* decode tmpl and assert each needle (a NULL-terminated list) is in the JSON */
static void expect(enum dec d, int kind, const char *tmpl, ...)
{
	struct what w = { d, kind };
	va_list ap;

	va_start(ap, tmpl);
	tu_vexpect(emit, &w, tmpl, 0, ap);
	va_end(ap);
}

/* as expect(), but the value must also decode without an error */
#define expect_ok(d, kind, tmpl, ...) do { \
		expect(d, kind, tmpl, __VA_ARGS__, NULL); \
		expect_no_error(d, kind, tmpl); \
	} while (0)

static void expect_no_error(enum dec d, int kind, const char *tmpl)
{
	struct what w = { d, kind };

	tu_expect_no_error(emit, &w, tmpl);
}

/*
 * Every truncation of the vector (0 .. n-1 octets), and every single-octet corruption,
 * must give one well-formed object with "hex"; a truncation below `complete` octets must
 * say "error".  The text emitter is run on the same input too.
 */
static void robust(enum dec d, int kind, const char *tmpl, size_t complete)
{
	static const uint8_t corrupt[] = { 0x00, 0xff, 0x0f, 0xf0, 0x80, 0x7f };
	uint8_t buf[256];
	size_t n = tu_ber(tmpl, buf, sizeof(buf));
	size_t k, c;
	char *s;

	for (k = 0; k < n; k++) {
		s = render(d, kind, buf, k, 0);
		tu_assert_one_object(s);
		tu_assert_has(s, "\"hex\":\"");
		if (k < complete)
			tu_assert_has(s, "\"error\":{\"offset\":");
		free(s);
		free(render(d, kind, buf, k, 1));
	}
	for (k = 0; k < n; k++) {
		for (c = 0; c < sizeof(corrupt); c++) {
			uint8_t b2[256];
			memcpy(b2, buf, n);
			b2[k] = corrupt[c];
			s = render(d, kind, b2, n, 0);
			tu_assert_one_object(s);
			free(s);
		}
	}
}

/* ---- ISUP numbers ---------------------------------------------------------------------------- */

START_TEST(test_called_number)
{
	/* Called Party Number (Q.763 3.9), 11 digits "31612345678" (odd):
	 * octet 1 = O/E 1, NAI 0000100 international -> 0x84;
	 * octet 2 = INN 1 (routing not allowed), NPI 001 E.164, spare 0000 -> 0x90;
	 * digits low nibble first: 3 1|6 1|2 3|4 5|6 7|8 + filler 0 -> 13 16 32 54 76 08 */
	expect_ok(D_NUM, TK_ISUP_CALLED, "84 90 13 16 32 54 76 08",
		  "\"oddEven\":\"odd\"", "\"nature\":\"international number\"",
		  "\"inn\":\"routing to internal network number not allowed\"",
		  "\"numberingPlan\":\"ISDN (Telephony) numbering plan (E.164)\"",
		  "\"digits\":\"31612345678\"", "\"hex\":\"8490131632547608\"");
	/* even count with ST (1111) as the 8th signal: "0201234" + ST, national (0000011),
	 * INN 0: 03 10, then 0 2|0 1|2 3|4 F -> 20 10 32 F4 */
	expect_ok(D_NUM, TK_ISUP_CALLED, "03 10 20 10 32 F4",
		  "\"oddEven\":\"even\"", "\"nature\":\"national (significant) number\"",
		  "\"inn\":\"routing to internal network number allowed\"", "\"digits\":\"0201234ST\"");
	/* code 11 and code 12 as '*' and '#': "*100#" is B 1 0 0 C, odd: 1B 00 0C;
	 * NAI 0000010 unknown (national use) with O/E 1 -> 0x82 */
	expect_ok(D_NUM, TK_ISUP_CALLED, "82 10 1B 00 0C",
		  "\"nature\":\"unknown (national use)\"", "\"digits\":\"*100#\"");
	/* NAI 1110001 (113) is in the national-use range 112-126; NAI 6 a routing number */
	expect_ok(D_NUM, TK_ISUP_CALLED, "71 10 21", "\"nature\":\"reserved for national use (113)\"",
		  "\"digits\":\"12\"");
	expect_ok(D_NUM, TK_ISUP_CALLED, "06 10 21",
		  "\"nature\":\"network routing number in national (significant) number format (national use)\"");
	/* NAI 9 is spare in a called number */
	expect_ok(D_NUM, TK_ISUP_CALLED, "09 10 21", "\"nature\":\"spare (9)\"");
}
END_TEST

START_TEST(test_calling_number)
{
	/* Calling Party Number (Q.763 3.10), "4930123456" (even), international:
	 * octet 1 = 0x04; octet 2 = NI 0, NPI 001, APRI 01 restricted, SI 11 network -> 0x17;
	 * digits 4 9|3 0|1 2|3 4|5 6 -> 94 03 21 43 65 */
	expect_ok(D_NUM, TK_ISUP_CALLING, "04 17 94 03 21 43 65",
		  "\"oddEven\":\"even\"", "\"nature\":\"international number\"", "\"numberIncomplete\":false",
		  "\"presentation\":\"presentation restricted\"", "\"screening\":\"network provided\"",
		  "\"digits\":\"4930123456\"");
	/* "123456789" (odd), national: 0x83; NI 1, NPI 001, APRI 00, SI 01 -> 0x91 */
	expect_ok(D_NUM, TK_ISUP_CALLING, "83 91 21 43 65 87 09",
		  "\"oddEven\":\"odd\"", "\"nature\":\"national (significant) number (national use)\"",
		  "\"numberIncomplete\":true", "\"presentation\":\"presentation allowed\"",
		  "\"screening\":\"user provided, verified and passed\"", "\"digits\":\"123456789\"");
	/* address not available (3.10 e): APRI 10, SI 11, no address signals: 00 0B */
	expect_ok(D_NUM, TK_ISUP_CALLING, "00 0B", "\"nature\":\"spare\"",
		  "\"presentation\":\"address not available (national use)\"", "\"digits\":\"\"");
	/* in a calling number, NAI 5 is spare */
	expect_ok(D_NUM, TK_ISUP_CALLING, "05 11 21", "\"nature\":\"spare (5)\"");
}
END_TEST

START_TEST(test_location_number)
{
	/* Location Number (Q.763 3.30), "3110" (even), national: 0x03;
	 * INN 1, NPI 001, APRI 00, SI 11 -> 0x93; digits 3 1|1 0 -> 13 01 */
	expect_ok(D_NUM, TK_ISUP_LOCATION, "03 93 13 01",
		  "\"nature\":\"national (significant) number (national use)\"",
		  "\"inn\":\"routing to internal network number not allowed\"",
		  "\"presentation\":\"presentation allowed\"", "\"screening\":\"network provided\"",
		  "\"digits\":\"3110\"");
}
END_TEST

START_TEST(test_redirecting_numbers)
{
	/* Redirecting Number (Q.763 3.44), "3361234567" (even), international: 0x04;
	 * spare 0, NPI 001, APRI 01 restricted, spare 00 -> 0x14 */
	expect_ok(D_NUM, TK_ISUP_REDIRECTING, "04 14 33 16 32 54 76",
		  "\"nature\":\"international number\"", "\"presentation\":\"presentation restricted\"",
		  "\"digits\":\"3361234567\"");
	/* Original Called Number (3.39), "612345678" (odd), national: 0x83; NPI 001 -> 0x10 */
	expect_ok(D_NUM, TK_ISUP_ORIGINAL_CALLED, "83 10 16 32 54 76 08",
		  "\"oddEven\":\"odd\"", "\"nature\":\"national (significant) number\"",
		  "\"presentation\":\"presentation allowed\"", "\"digits\":\"612345678\"");
	/* in these numbers the fourth presentation code is spare, and there is no screening */
	{
		uint8_t b[8];
		size_t n = tu_ber("04 1C 21", b, sizeof(b));
		char *s = render(D_NUM, TK_ISUP_ORIGINAL_CALLED, b, n, 0);
		tu_assert_has(s, "\"presentation\":\"spare\"");
		tu_assert_hasnt(s, "screening");
		free(s);
	}
}
END_TEST

START_TEST(test_generic_number_and_digits)
{
	/* Generic Number (Q.763 3.26), qualifier 6 additional calling party number, then the
	 * calling-number layout: even international 0x04; NI 0, NPI 001, APRI 00, SI 01 -> 0x11;
	 * "4477009001": 4 4|7 7|0 0|9 0|0 1 -> 44 77 00 09 10 */
	expect_ok(D_NUM, TK_ISUP_GENERIC, "06 04 11 44 77 00 09 10",
		  "\"numberQualifier\":\"additional calling party number\"",
		  "\"nature\":\"international number\"", "\"numberIncomplete\":false",
		  "\"screening\":\"user provided, verified and passed\"", "\"digits\":\"4477009001\"");
	/* qualifier 200 is in the national range */
	expect_ok(D_NUM, TK_ISUP_GENERIC, "C8 04 11",
		  "\"numberQualifier\":\"reserved for national use (200)\"");
	/* Generic Digits (3.24): scheme 001 BCD odd, type 00000 account code -> 0x20;
	 * "12345": 1 2|3 4|5 + filler -> 21 43 05 */
	expect_ok(D_NUM, TK_ISUP_GENERIC_DIGITS, "20 21 43 05",
		  "\"typeOfDigits\":\"reserved for account code\"", "\"encodingScheme\":\"BCD odd\"",
		  "\"digits\":\"12345\"");
	/* BCD even, type 00101 (national range): 0x05; "1234" */
	expect_ok(D_NUM, TK_ISUP_GENERIC_DIGITS, "05 21 43",
		  "\"typeOfDigits\":\"reserved for national use (5)\"", "\"encodingScheme\":\"BCD even\"",
		  "\"digits\":\"1234\"");
	/* IA5: scheme 010, type 00001 authorisation code -> 0x41; "AB1" */
	expect_ok(D_NUM, TK_ISUP_GENERIC_DIGITS, "41 41 42 31",
		  "\"typeOfDigits\":\"reserved for authorisation code\"",
		  "\"encodingScheme\":\"IA5 character\"", "\"digits\":\"AB1\"");
	/* binary: scheme 011, type 00011 -> 0x63; 01 02 = 258 */
	expect_ok(D_NUM, TK_ISUP_GENERIC_DIGITS, "63 01 02", "\"encodingScheme\":\"binary coded\"",
		  "\"value\":258");
}
END_TEST

START_TEST(test_number_malformed)
{
	/* odd indicator but no address signals */
	expect(D_NUM, TK_ISUP_CALLED, "84 10", "\"error\":{\"offset\":2,\"reason\":\"odd number", NULL);
	/* only the first octet: nature decoded, then the error at offset 1 */
	expect(D_NUM, TK_ISUP_CALLING, "84", "\"nature\":\"international number\"",
	       "\"error\":{\"offset\":1,", NULL);
	expect(D_NUM, TK_ISUP_CALLING, "", "\"hex\":\"\"", "\"error\":{\"offset\":0,", NULL);
	/* generic number without its qualifier's followers */
	expect(D_NUM, TK_ISUP_GENERIC, "06", "\"numberQualifier\"", "\"error\":{\"offset\":1,", NULL);
	/* BCD odd generic digits without digits */
	expect(D_NUM, TK_ISUP_GENERIC_DIGITS, "20", "\"error\":{\"offset\":1,", NULL);
	/* an unknown kind is reported, not trusted */
	{
		uint8_t b[2] = { 0x04, 0x10 };
		char *s = render(D_NUM, 99, b, 2, 0);
		tu_assert_has(s, "\"error\":{\"offset\":0,\"reason\":\"unknown ISUP number kind 99\"}");
		free(s);
	}

	robust(D_NUM, TK_ISUP_CALLED, "84 90 13 16 32 54 76 08", 2);
	robust(D_NUM, TK_ISUP_CALLING, "83 91 21 43 65 87 09", 2);
	robust(D_NUM, TK_ISUP_LOCATION, "03 93 13 01", 2);
	robust(D_NUM, TK_ISUP_REDIRECTING, "04 14 33 16 32 54 76", 2);
	robust(D_NUM, TK_ISUP_ORIGINAL_CALLED, "83 10 16 32 54 76 08", 2);
	robust(D_NUM, TK_ISUP_GENERIC, "06 04 11 44 77 00 09 10", 3);
	robust(D_NUM, TK_ISUP_GENERIC_DIGITS, "20 21 43 05", 1);
	robust(D_NUM, TK_ISUP_GENERIC_DIGITS, "41 41 42 31", 1);
	robust(D_NUM, TK_ISUP_GENERIC_DIGITS, "63 01 02 03 04 05 06 07 08 09", 1);
}
END_TEST

/* ---- causes, redirection information, category ------------------------------------------------ */

START_TEST(test_cause)
{
	/* normal call clearing (16) from the public network serving the local user:
	 * octet 1 = ext 1, coding standard 00 ITU-T, spare, location 0010 LN -> 0x82;
	 * octet 2 = ext 1, cause 0010000 -> 0x90 */
	expect_ok(D_CAUSE, 0, "82 90", "\"codingStandard\":\"ITU-T standardized coding\"",
		  "\"location\":\"public network serving the local user\"", "\"causeValue\":16",
		  "\"cause\":\"normal call clearing\"", "\"class\":\"normal event\"", "\"hex\":\"8290\"");
	/* user busy (17) from the user (location 0000): 80 91 */
	expect_ok(D_CAUSE, 0, "80 91", "\"location\":\"user\"", "\"causeValue\":17", "\"cause\":\"user busy\"");
	/* unallocated (unassigned) number (1) from a transit network (0011) with a diagnostic:
	 * for cause 1 Q.850 gives a condition octet: ext 1, bits 2-1 01 permanent -> 0x81 */
	expect_ok(D_CAUSE, 0, "83 81 81", "\"location\":\"transit network\"", "\"causeValue\":1",
		  "\"cause\":\"unallocated (unassigned) number\"", "\"diagnostic\":\"81\"");
	/* ext bit 0 in octet 1: the recommendation octet 1a follows; location 0100 RLN -> 0x04,
	 * octet 1a = ext 1, 0000000 Q.931 -> 0x80; cause 31 normal, unspecified -> 0x9F */
	expect_ok(D_CAUSE, 0, "04 80 9F", "\"location\":\"public network serving the remote user\"",
		  "\"recommendation\":\"Q.931\"", "\"cause\":\"normal, unspecified\"");
	/* every class: no circuit (34), not subscribed (50), not implemented (65), invalid
	 * message (95), recovery on timer expiry (102), interworking (127) */
	expect_ok(D_CAUSE, 0, "80 A2", "\"cause\":\"no circuit/channel available\"",
		  "\"class\":\"resource unavailable\"");
	expect_ok(D_CAUSE, 0, "87 B2", "\"location\":\"international network\"",
		  "\"cause\":\"requested facility not subscribed\"");
	expect_ok(D_CAUSE, 0, "8A C1", "\"location\":\"network beyond interworking point\"",
		  "\"cause\":\"bearer capability not implemented\"");
	expect_ok(D_CAUSE, 0, "80 DF", "\"cause\":\"invalid message, unspecified\"");
	expect_ok(D_CAUSE, 0, "80 E6", "\"cause\":\"recovery on timer expiry\"",
		  "\"class\":\"protocol error (e.g. unknown message)\"");
	expect_ok(D_CAUSE, 0, "80 FF", "\"cause\":\"interworking, unspecified\"", "\"class\":\"interworking\"");
	/* a value Q.850 does not define (35), and a reserved location (6) */
	expect_ok(D_CAUSE, 0, "86 A3", "\"location\":\"reserved (6)\"", "\"causeValue\":35",
		  "\"cause\":\"not defined in Q.850 (35)\"");
	/* national coding standard (10): the value is not given Q.850's name */
	{
		uint8_t b[2] = { 0xc2, 0x90 };
		char *s = render(D_CAUSE, 0, b, 2, 0);
		tu_assert_has(s, "\"codingStandard\":\"national standard\"");
		tu_assert_has(s, "\"causeValue\":16");
		tu_assert_hasnt(s, "\"cause\":");
		free(s);
	}
	ck_assert_str_eq(tk_isup_cause_name(16), "normal call clearing");
	ck_assert_ptr_null(tk_isup_cause_name(0));
	ck_assert_str_eq(tk_isup_location_name(2), "public network serving the local user");

	/* truncations: ext 0 announces octet 1a, which is missing */
	expect(D_CAUSE, 0, "04", "\"error\":{\"offset\":1,", NULL);
	expect(D_CAUSE, 0, "04 80", "\"recommendation\":\"Q.931\"", "\"error\":{\"offset\":2,", NULL);
	expect(D_CAUSE, 0, "82", "\"location\"", "\"error\":{\"offset\":1,", NULL);
	robust(D_CAUSE, 0, "82 90", 2);
	robust(D_CAUSE, 0, "83 81 81", 2);
	robust(D_CAUSE, 0, "04 80 9F 01 02", 3);
}
END_TEST

START_TEST(test_redirection_info_and_category)
{
	/* Redirection information (Q.763 3.45): octet 1 = original reason 0011 unconditional,
	 * spare, redirecting indicator 011 call diverted -> 0x33; octet 2 = redirecting reason
	 * 0010 no reply, spare, counter 001 -> 0x21 */
	expect_ok(D_REDIR, 0, "33 21", "\"redirectingIndicator\":\"call diverted\"",
		  "\"originalRedirectionReason\":\"unconditional (national use)\"",
		  "\"redirectionCounter\":1", "\"redirectingReason\":\"no reply\"");
	/* mobile subscriber not reachable (0110), counter 5, diverted + restricted (100) */
	expect_ok(D_REDIR, 0, "04 65",
		  "\"redirectingIndicator\":\"call diverted, all redirection information presentation restricted\"",
		  "\"redirectionCounter\":5", "\"redirectingReason\":\"mobile subscriber not reachable\"");
	expect(D_REDIR, 0, "33", "\"redirectingIndicator\"", "\"error\":{\"offset\":1,", NULL);
	expect(D_REDIR, 0, "33 21 00", "\"redirectingReason\"", "\"error\":{\"offset\":2,", NULL);
	robust(D_REDIR, 0, "33 21", 2);

	/* Calling party's category (Q.763 3.11) */
	expect_ok(D_CPC, 0, "0A", "\"value\":10", "\"category\":\"ordinary calling subscriber\"");
	expect_ok(D_CPC, 0, "0F", "\"category\":\"payphone\"");
	expect_ok(D_CPC, 0, "E0", "\"category\":\"reserved for national use (224)\"");
	expect_ok(D_CPC, 0, "20", "\"category\":\"spare (32)\"");
	expect(D_CPC, 0, "0A 0B", "\"category\"", "\"error\":{\"offset\":1,", NULL);
	robust(D_CPC, 0, "0A", 1);
}
END_TEST

/* ---- cells and areas --------------------------------------------------------------------------- */

START_TEST(test_cells)
{
	/* MCC 262 MNC 01 (TS 24.008 10.5.1.3): 2|6, F|2, 1|0 -> 62 F2 10;
	 * CGI (TS 29.002 CellGlobalIdOrServiceAreaIdFixedLength): LAC 0x1234, CI 0x5678 */
	expect_ok(D_CELL, TK_LOC_CGI, "62 F2 10 12 34 56 78", "\"mcc\":\"262\"", "\"mnc\":\"01\"",
		  "\"lac\":4660", "\"ci\":22136", "\"hex\":\"62f21012345678\"");
	/* MCC 310 MNC 410 (3 digits): 1|3, 0|0 (MNC digit 3 = 0), 1|4 -> 13 00 14 */
	expect_ok(D_CELL, TK_LOC_CGI, "13 00 14 00 01 00 02", "\"mcc\":\"310\"", "\"mnc\":\"410\"",
		  "\"lac\":1", "\"ci\":2");
	/* MCC 405 MNC 025: the 3-digit MNC keeps its leading zero: 0|4, 5|5, 2|0 -> 04 55 20 */
	expect_ok(D_CELL, TK_LOC_CGI, "04 55 20 00 01 00 02", "\"mcc\":\"405\"", "\"mnc\":\"025\"");
	/* SAI: same octets, the last two are the SAC */
	expect_ok(D_CELL, TK_LOC_SAI, "62 F2 10 00 2A 01 00", "\"lac\":42", "\"sac\":256");
	/* LAI (LAIFixedLength): LAC 0xFFFE */
	expect_ok(D_CELL, TK_LOC_LAI, "62 F2 10 FF FE", "\"mcc\":\"262\"", "\"lac\":65534");
	/* RAI (TS 29.060): LAC 42, RAC 5 */
	expect_ok(D_CELL, TK_LOC_RAI, "62 F2 10 00 2A 05", "\"lac\":42", "\"rac\":5");
	/* TAI (TA-Id, TS 29.118): TAC 0x3039 = 12345; NR-TA-Id: 3-octet TAC 0x01E240 = 123456 */
	expect_ok(D_CELL, TK_LOC_TAI, "62 F2 10 30 39", "\"mnc\":\"01\"", "\"tac\":12345");
	expect_ok(D_CELL, TK_LOC_TAI, "62 F2 10 01 E2 40", "\"tac\":123456");
	/* E-UTRAN-CGI: ECI 0x1234567 (28 bits); spare bits 8-5 of octet 4 are ignored */
	expect_ok(D_CELL, TK_LOC_ECGI, "62 F2 10 01 23 45 67", "\"eci\":19088743");
	expect_ok(D_CELL, TK_LOC_ECGI, "62 F2 10 F1 23 45 67", "\"eci\":19088743");
	/* NR-CGI: NCI 0x123456789 (36 bits) first, then 4 padding bits: 12 34 56 78 90 */
	expect_ok(D_CELL, TK_LOC_NCGI, "62 F2 10 12 34 56 78 90", "\"nci\":4886718345");
	/* PLMN-Id */
	expect_ok(D_CELL, TK_LOC_PLMN, "62 F2 10", "\"mcc\":\"262\"", "\"mnc\":\"01\"");
	expect_ok(D_CELL, TK_LOC_PLMN, "13 00 14", "\"mcc\":\"310\"", "\"mnc\":\"410\"");
}
END_TEST

START_TEST(test_cells_malformed)
{
	/* a non-decimal MCC digit (A): no mcc/mnc, but the LAC and CI are still shown */
	{
		uint8_t b[16];
		size_t n = tu_ber("6A F2 10 12 34 56 78", b, sizeof(b));
		char *s = render(D_CELL, TK_LOC_CGI, b, n, 0);
		tu_assert_has(s, "\"lac\":4660");
		tu_assert_has(s, "\"error\":{\"offset\":0,\"reason\":\"MCC digit is 0xa");
		tu_assert_hasnt(s, "\"mcc\"");
		free(s);
	}
	/* F as an MNC digit other than the third */
	expect(D_CELL, TK_LOC_PLMN, "62 F2 1F", "\"error\":{\"offset\":2,\"reason\":\"MNC digit", NULL);
	/* truncated CGI: PLMN and LAC shown, error at the end */
	expect(D_CELL, TK_LOC_CGI, "62 F2 10 12 34 56", "\"lac\":4660",
	       "\"error\":{\"offset\":6,\"reason\":\"truncated: a cell global identity has 7 octets, 6 present\"}",
	       NULL);
	/* trailing octet */
	expect(D_CELL, TK_LOC_LAI, "62 F2 10 FF FE 00", "\"lac\":65534", "\"error\":{\"offset\":5,", NULL);
	expect(D_CELL, TK_LOC_TAI, "62 F2 10 01 E2 40 00", "\"tac\":123456", "\"error\":{\"offset\":6,", NULL);
	/* an unknown kind is reported */
	{
		uint8_t b[3] = { 0x62, 0xf2, 0x10 };
		char *s = render(D_CELL, 42, b, 3, 0);
		tu_assert_has(s, "\"error\":{\"offset\":0,\"reason\":\"unknown location kind 42\"}");
		free(s);
	}
	robust(D_CELL, TK_LOC_CGI, "62 F2 10 12 34 56 78", 7);
	robust(D_CELL, TK_LOC_SAI, "13 00 14 00 01 00 02", 7);
	robust(D_CELL, TK_LOC_LAI, "62 F2 10 FF FE", 5);
	robust(D_CELL, TK_LOC_RAI, "62 F2 10 00 2A 05", 6);
	robust(D_CELL, TK_LOC_TAI, "62 F2 10 30 39", 5);
	robust(D_CELL, TK_LOC_ECGI, "62 F2 10 01 23 45 67", 7);
	robust(D_CELL, TK_LOC_NCGI, "62 F2 10 12 34 56 78 90", 8);
	robust(D_CELL, TK_LOC_PLMN, "62 F2 10", 3);
}
END_TEST

/* ---- geographical information (TS 23.032) -------------------------------------------------------- */

/*
 * The position used below: latitude 52.5 N is N = floor(52.5 * 2^23 / 90) = 4893354 =
 * 0x4AAAAA, which decodes to 4893354 * 90 / 2^23 = 52.499992; longitude 13.4 E is
 * N = floor(13.4 * 2^24 / 360) = 624485 = 0x0987A5, which decodes to 13.401367.
 * Uncertainty code 10 is r = 10 * (1.1^10 - 1) = 15.937 m; code 20 is 57.274 m.
 */
#define POS "4A AA AA 09 87 A5"

START_TEST(test_geo)
{
	/* ellipsoid point with uncertainty circle (7.3.2), MAP GeographicalInformation:
	 * type 0001 -> 0x10, position, uncertainty code 10 */
	expect_ok(D_GEO, 0, "10 " POS " 0A", "\"shape\":\"ellipsoid point with uncertainty circle\"",
		  "\"latitude\":52.499992", "\"longitude\":13.401367", "\"uncertainty\":15.937",
		  "\"hex\":\"104aaaaa0987a50a\"");
	/* the same with the spare bit 8 of the uncertainty code set: libosmocore refuses it,
	 * the general path still shows the values */
	expect_ok(D_GEO, 0, "10 " POS " 8A", "\"latitude\":52.499992", "\"uncertainty\":15.937");
	/* ellipsoid point (7.3.1), south and west: latitude 33.9 S is sign 1 and
	 * floor(33.9 * 2^23 / 90) = 0x30369D -> B0 36 9D (-33.899999); longitude 70.6 W is
	 * floor(-70.6 * 2^24 / 360) = -3290199 = 0xCDCBA9 (-70.600011) */
	expect_ok(D_GEO, 0, "00 B0 36 9D CD CB A9", "\"shape\":\"ellipsoid point\"",
		  "\"latitude\":-33.899999", "\"longitude\":-70.600011");
	/* uncertainty ellipse (7.3.3): semi-major code 20, semi-minor code 10, orientation
	 * 45 (x2 = 90 degrees), confidence 68 */
	expect_ok(D_GEO, 0, "30 " POS " 14 0A 2D 44", "\"uncertaintySemiMajor\":57.274",
		  "\"uncertaintySemiMinor\":15.937", "\"orientation\":90", "\"confidence\":68");
	/* polygon (7.3.4) of 3 points: type 0101, 3 points -> 0x53 */
	expect_ok(D_GEO, 0, "53 " POS " B0 36 9D CD CB A9 " POS, "\"shape\":\"polygon\"",
		  "\"numberOfPoints\":3",
		  "\"points\":[{\"latitude\":52.499992,\"longitude\":13.401367},{\"latitude\":-33.899999,");
	/* point with altitude (7.3.5): height 100 m -> 00 64 */
	expect_ok(D_GEO, 0, "80 " POS " 00 64", "\"altitude\":100");
	/* point with altitude and uncertainty ellipsoid (7.3.6): depth 100 m (D bit) -> 80 64,
	 * ellipse as above, uncertainty altitude code 10 = 45 * (1.025^10 - 1) = 12.604 m */
	expect_ok(D_GEO, 0, "90 " POS " 80 64 14 0A 2D 0A 44", "\"altitude\":-100",
		  "\"uncertaintyAltitude\":12.604", "\"confidence\":68");
	/* ellipsoid arc (7.3.7): inner radius 20 (x5 = 100 m), uncertainty radius code 10,
	 * offset angle 45 (90 degrees), included angle 89 ((89+1) x 2 = 180 degrees) */
	expect_ok(D_GEO, 0, "A0 " POS " 00 14 0A 2D 59 44", "\"shape\":\"ellipsoid arc\"",
		  "\"innerRadius\":100", "\"uncertaintyRadius\":15.937", "\"offsetAngle\":90",
		  "\"includedAngle\":180");
	/* high accuracy point with uncertainty ellipse (7.3.3a): 32-bit latitude
	 * floor(52.5 * 2^32 / 180) = 0x4AAAAAAA (52.499999), longitude floor(13.4 * 2^32 / 360)
	 * = 0x09876543 (13.399999); the rest is not decoded */
	expect_ok(D_GEO, 0, "B0 4A AA AA AA 09 87 65 43 0A 0A 2D 44",
		  "\"shape\":\"high accuracy ellipsoid point with uncertainty ellipse\"",
		  "\"latitude\":52.499999", "\"longitude\":13.399999");
}
END_TEST

START_TEST(test_geo_malformed)
{
	/* reserved shape 0010 */
	expect(D_GEO, 0, "20 " POS, "\"shape\":\"reserved (2)\"", "\"error\":{\"offset\":0,", NULL);
	/* truncated uncertainty circle: position decoded, uncertainty missing */
	expect(D_GEO, 0, "10 " POS, "\"latitude\":52.499992",
	       "\"error\":{\"offset\":7,\"reason\":\"truncated: ellipsoid point with uncertainty circle has 8 octets, 7 present\"}",
	       NULL);
	/* trailing octet after a point */
	expect(D_GEO, 0, "00 " POS " 00", "\"longitude\":13.401367", "\"error\":{\"offset\":7,", NULL);
	/* a polygon of 2 points */
	expect(D_GEO, 0, "52 " POS " " POS, "\"numberOfPoints\":2", "\"error\":{\"offset\":0,", NULL);
	/* a polygon missing its third point: two points shown */
	expect(D_GEO, 0, "53 " POS " " POS " 4A", "{\"latitude\":52.499992,\"longitude\":13.401367}]",
	       "\"error\":{\"offset\":14,", NULL);
	robust(D_GEO, 0, "10 " POS " 0A", 8);
	robust(D_GEO, 0, "00 B0 36 9D CD CB A9", 7);
	robust(D_GEO, 0, "30 " POS " 14 0A 2D 44", 11);
	robust(D_GEO, 0, "53 " POS " B0 36 9D CD CB A9 " POS, 19);
	robust(D_GEO, 0, "80 " POS " 00 64", 9);
	robust(D_GEO, 0, "90 " POS " 80 64 14 0A 2D 0A 44", 14);
	robust(D_GEO, 0, "A0 " POS " 00 14 0A 2D 59 44", 13);
	robust(D_GEO, 0, "B0 4A AA AA AA 09 87 65 43 0A 0A 2D 44", 9);
}
END_TEST

/* ---- TS 24.008 BCD numbers ----------------------------------------------------------------------- */

START_TEST(test_bcd_24008)
{
	/* Called Party BCD Number (10.5.4.7) from octet 3: ext 1, type 001 international,
	 * NPI 0001 E.164 -> 0x91; "44770090013" (odd): 4 4|7 7|0 0|9 0|0 1|3 + end mark F ->
	 * 44 77 00 09 10 F3 */
	expect_ok(D_BCD, 0, "91 44 77 00 09 10 F3", "\"typeOfNumber\":\"international number\"",
		  "\"numberingPlan\":\"ISDN/telephony numbering plan (E.164/E.163)\"",
		  "\"digits\":\"44770090013\"");
	/* '*' 1010 and '#' 1011: "*21#" -> *|2 = 2A, 1|# = B1; type 000 unknown -> 0x81 */
	expect_ok(D_BCD, 0, "81 2A B1", "\"typeOfNumber\":\"unknown\"", "\"digits\":\"*21#\"");
	/* 'a', 'b', 'c' are 1100-1110 */
	expect_ok(D_BCD, 0, "81 DC FE", "\"digits\":\"abc\"");
	/* the called party BCD number (10.5.4.7) has no octet 3a: an octet 3 with the
	 * extension bit 0 (as in camel.pcap frame 1: 0x11) is noted, and the next octet is
	 * digits (41788005047 there), not presentation and screening */
	expect(D_BCD, 0, "11 14 87 08 50 40 F7", "\"note\":\"extension bit of octet 3 is 0",
	       "\"digits\":\"41788005047\"", NULL);
	/* national numbering plan (1000), network specific type (011) */
	expect_ok(D_BCD, 0, "B8 21", "\"typeOfNumber\":\"network specific number\"",
		  "\"numberingPlan\":\"national numbering plan\"");

	/* malformed: an end mark before the last digit; empty */
	expect(D_BCD, 0, "91 F1 21", "\"digits\":\"1F12\"", "\"error\":{\"offset\":1,\"reason\":\"end mark", NULL);
	expect(D_BCD, 0, "", "\"error\":{\"offset\":0,", NULL);
	robust(D_BCD, 0, "91 44 77 00 09 10 F3", 1);
	robust(D_BCD, 0, "11 14 87 08 50 40 F7", 1);
}
END_TEST

/* Q.931 4.5.5 bearer capability as CAP's bearerCap carries it: 80 (ITU-T, speech),
 * 90 (circuit mode, 64 kbit/s), a3 (layer 1, G.711 A-law) */
START_TEST(test_bearer_capability)
{
	static const uint8_t bc[] = { 0x80, 0x90, 0xa3 };
	static const uint8_t udi[] = { 0x88, 0x90 };
	char *j = render(D_BC, 0, bc, sizeof(bc), 0);

	tu_assert_has(j, "\"codingStandard\":\"ITU-T\",\"informationTransferCapability\":\"speech\"");
	tu_assert_has(j, "\"transferMode\":\"circuit mode\",\"informationTransferRate\":\"64 kbit/s\"");
	tu_assert_has(j, "\"userInformationLayer1\":\"ITU-T G.711 A-law\",\"hex\":\"8090a3\"");
	free(j);
	j = render(D_BC, 0, udi, sizeof(udi), 0);
	tu_assert_has(j, "\"informationTransferCapability\":\"unrestricted digital information\"");
	tu_assert_hasnt(j, "userInformationLayer1");
	free(j);
	j = render(D_BC, 0, bc, 1, 0);	/* octet 4 missing */
	tu_assert_has(j, "\"error\":{\"offset\":1");
	free(j);
}
END_TEST

/* TS 29.078 TimeAndTimezone / DateAndTime: BCD with the first digit in bits 0-3, and the
 * TS 23.040 time zone octet (quarters of an hour, bit 3 the sign) */
START_TEST(test_cap_time)
{
	static const uint8_t t[] = { 0x02, 0x50, 0x11, 0x42, 0x31, 0x01, 0x65 };
	char buf[40];

	ck_assert_int_eq(tk_cap_date_time(t, sizeof(t), buf, sizeof(buf)), 0);
	ck_assert_str_eq(buf, "2005-11-24T13:10:56");
	ck_assert_int_eq(tk_cap_date_time(t, 6, buf, sizeof(buf)), -1);	/* truncated */
	ck_assert_int_eq(tk_tp_timezone(0x80, buf, sizeof(buf)), 0);	/* 8 quarters east */
	ck_assert_str_eq(buf, "+02:00");
	ck_assert_int_eq(tk_tp_timezone(0x2a, buf, sizeof(buf)), 0);	/* 22 quarters west */
	ck_assert_str_eq(buf, "-05:30");
	ck_assert_int_eq(tk_tp_timezone(0xa0, buf, sizeof(buf)), -1);	/* not a BCD digit */
}
END_TEST

/* TS 48.006 BSSAP in MAP AN-APDU signalInfo (TS 29.010): BSSMAP HANDOVER DETECT
 * (discrimination 00, length 01, type 1b); HANDOVER REQUEST ACKNOWLEDGE (type 12) with
 * Chosen Channel (TS 48.008 TV, IEI 0x21 = 33) and Speech Version (0x40 = 64); DTAP with
 * an MM Location Updating Request (pd 5, type 0x08); and broken ones */
START_TEST(test_bssap)
{
	expect_ok(D_BSSAP, 0, "00 01 1b", "\"discrimination\":\"BSSMAP\"", "\"messageType\":27",
		  "\"ies\":[]");
	expect_ok(D_BSSAP, 0, "00 05 12 21 99 40 25", "\"messageType\":18",
		  "{\"iei\":33,\"name\":\"Chosen Channel\",\"value\":\"99\",\"decoded\":{",
		  "{\"iei\":64,\"name\":\"Speech Version\",\"value\":\"25\",\"decoded\":{");
	/* DTAP CM SERVICE ACCEPT (05 21: MM, no elements); a bare 05 08 70 would now be a
	 * LOCATION UPDATING REQUEST truncated after its first octet */
	expect_ok(D_BSSAP, 0, "01 00 02 05 21", "\"discrimination\":\"DTAP\"", "\"dlci\":0",
		  "\"l3\":\"0521\"", "\"message\":\"CM SERVICE ACCEPT\"");
	expect(D_BSSAP, 0, "00 09 12 21", "\"error\":{\"offset\":1,\"reason\":\"BSSMAP length 9", NULL);
	expect(D_BSSAP, 0, "02 00", "\"error\":{\"offset\":0,", NULL);
	robust(D_BSSAP, 0, "00 05 12 21 99 40 25", 3);
}
END_TEST

Suite *tu_suite_inner(void)
{
	Suite *s = suite_create("inner");
	TCase *tc = tcase_create("isup");

	tcase_add_test(tc, test_bssap);
	tcase_add_test(tc, test_bearer_capability);
	tcase_add_test(tc, test_cap_time);
	tcase_add_test(tc, test_called_number);
	tcase_add_test(tc, test_calling_number);
	tcase_add_test(tc, test_location_number);
	tcase_add_test(tc, test_redirecting_numbers);
	tcase_add_test(tc, test_generic_number_and_digits);
	tcase_add_test(tc, test_number_malformed);
	tcase_add_test(tc, test_cause);
	tcase_add_test(tc, test_redirection_info_and_category);
	suite_add_tcase(s, tc);

	tc = tcase_create("location");
	tcase_add_test(tc, test_cells);
	tcase_add_test(tc, test_cells_malformed);
	tcase_add_test(tc, test_geo);
	tcase_add_test(tc, test_geo_malformed);
	tcase_add_test(tc, test_bcd_24008);
	suite_add_tcase(s, tc);
	return s;
}
