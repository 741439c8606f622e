/*
 * mdt.c: the MDT ReportingTrigger (TS 32.422 5.10.4) and the UTRAN additional positioning
 * data and civic address (TS 25.413), decoded from vectors built by hand.  Each vector's
 * comment says how its octets follow from the standard's fields (bits written 8..1, most
 * significant first), so a failing expectation can be checked against it.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "mdt.h"

Suite *tu_suite_mdt(void);

/* ---- rendering ------------------------------------------------------------------------------ */

enum dec { D_TRIGGER, D_ADDPOS, D_CIVIC };

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	switch (*(const enum dec *)arg) {
	case D_TRIGGER: tk_emit_mdt_reporting_trigger(e, p, n); break;
	case D_ADDPOS: tk_emit_utran_additional_positioning_data(e, p, n); break;
	case D_CIVIC: tk_emit_utran_civic_address(e, p, n); break;
	}
}

/* the value as JSON (or text), from an exact-size heap copy, as a malloc'd string */
static char *render(enum dec d, const uint8_t *p, size_t n, int text)
{
	return tu_render(emit, &d, p, n, text);
}

/* decode n octets and assert each needle (a NULL-terminated list) is in the JSON */
static void vexpect_raw(enum dec d, const uint8_t *p, size_t n, int no_error, va_list ap)
{
	char *s = render(d, p, n, 0);
	const char *needle;

	tu_assert_one_object(s);
	tu_assert_has(s, "\"hex\":\"");
	while ((needle = va_arg(ap, const char *)) != NULL)
		tu_assert_has(s, needle);
	if (no_error)
		tu_assert_hasnt(s, "\"error\"");
	free(s);
	free(render(d, p, n, 1));
}

static void expect(enum dec d, const char *tmpl, ...)
{
	uint8_t buf[256];
	size_t n = tu_ber(tmpl, buf, sizeof(buf));
	va_list ap;

	va_start(ap, tmpl);
	vexpect_raw(d, buf, n, 0, ap);
	va_end(ap);
}

/* as expect(), but the value must also decode without an error */
static void expect_ok(enum dec d, const char *tmpl, ...)
{
	uint8_t buf[256];
	size_t n = tu_ber(tmpl, buf, sizeof(buf));
	va_list ap;

	va_start(ap, tmpl);
	vexpect_raw(d, buf, n, 1, ap);
	va_end(ap);
}

/* text octets (a civic address document), with or without an error expected */
static void expect_text(enum dec d, const char *txt, int no_error, ...)
{
	va_list ap;

	va_start(ap, no_error);
	vexpect_raw(d, (const uint8_t *)txt, strlen(txt), no_error, ap);
	va_end(ap);
}

/* the empty value: an error at offset 0 */
static void expect_empty_error(enum dec d)
{
	tu_expect_empty_error(emit, &d, "truncated");
}

/*
 * Every truncation of the n octets (0 .. n-1), and every single-octet corruption, must
 * give one well-formed object with "hex"; a truncation below `complete` octets must say
 * "error".  The text emitter is run on the same input too.  If max is not 0 (the value's
 * largest size, n == max), one octet more must say "error" at offset max.
 */
static void robust_raw(enum dec d, const uint8_t *p, size_t n, size_t complete, size_t max)
{
	static const uint8_t corrupt[] = { 0x00, 0xff, 0x0f, 0xf0, 0x80, 0x7f, 0x55, 0xaa, 0xc3 };
	uint8_t buf[512];
	size_t k, c;
	char *s, needle[64];

	ck_assert_uint_lt(n, sizeof(buf));
	memcpy(buf, p, n);
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
			uint8_t b2[512];
			memcpy(b2, buf, n);
			b2[k] = corrupt[c];
			s = render(d, b2, n, 0);
			tu_assert_one_object(s);
			tu_assert_has(s, "\"hex\":\"");
			free(s);
			free(render(d, b2, n, 1));
		}
	}
	if (!max)
		return;
	ck_assert_uint_eq(n, max);
	buf[n] = 0x00;
	s = render(d, buf, n + 1, 0);
	tu_assert_one_object(s);
	snprintf(needle, sizeof(needle), "\"error\":{\"offset\":%zu,", n);
	tu_assert_has(s, needle);
	free(s);
	free(render(d, buf, n + 1, 1));
}

static void robust(enum dec d, const char *tmpl, size_t complete, size_t max)
{
	uint8_t buf[256];
	size_t n = tu_ber(tmpl, buf, sizeof(buf));

	robust_raw(d, buf, n, complete, max);
}

/* every value of every octet, the others fixed: no crash, one object with "hex" */
static void exhaustive(enum dec d, const char *tmpl)
{
	tu_exhaustive(emit, &d, tmpl);
}

/* ---- ReportingTrigger (TS 32.422 5.10.4) ---------------------------------------------------- */

START_TEST(test_reporting_trigger)
{
	/* bit 1 (0000 0001): periodical, and every other bit false */
	expect_ok(D_TRIGGER, "01",
		  "\"periodical\":true,\"eventA2\":false,\"event1F\":false,\"event1I\":false,"
		  "\"eventA2Periodic\":false,\"allRrmEventTriggersLteNr\":false,"
		  "\"allRrmEventTriggersUmts\":false,\"hex\":\"01\"", NULL);
	/* bit 2 (0000 0010): event A2 for LTE and NR */
	expect_ok(D_TRIGGER, "02", "\"periodical\":false,\"eventA2\":true,\"event1F\":false", NULL);
	/* bits 4 and 3 (0000 1100): events 1i and 1f of UMTS, allowed together */
	expect_ok(D_TRIGGER, "0C", "\"eventA2\":false,\"event1F\":true,\"event1I\":true,"
		  "\"eventA2Periodic\":false", NULL);
	/* bit 5 (0001 0000): A2 event triggered periodic */
	expect_ok(D_TRIGGER, "10", "\"event1I\":false,\"eventA2Periodic\":true,"
		  "\"allRrmEventTriggersLteNr\":false", NULL);
	/* bits 6 and 2 (0010 0010): all configured RRM event triggers for LTE and NR, event A2 */
	expect_ok(D_TRIGGER, "22", "\"eventA2\":true", "\"allRrmEventTriggersLteNr\":true,"
		  "\"allRrmEventTriggersUmts\":false", NULL);
	/* bits 7 and 3 (0100 0100): all configured RRM event triggers for UMTS, event 1f */
	expect_ok(D_TRIGGER, "44", "\"event1F\":true", "\"allRrmEventTriggersLteNr\":false,"
		  "\"allRrmEventTriggersUmts\":true", NULL);
	/* bits 1 and 7 (0100 0001): periodical with the UMTS RRM triggers is not forbidden */
	expect_ok(D_TRIGGER, "41", "\"periodical\":true", "\"allRrmEventTriggersUmts\":true", NULL);
	/* no bit: no trigger, not an error by itself */
	expect_ok(D_TRIGGER, "00", "\"periodical\":false", "\"allRrmEventTriggersUmts\":false",
		  NULL);
}
END_TEST

START_TEST(test_reporting_trigger_malformed)
{
	expect_empty_error(D_TRIGGER);
	/* bit 8 (1000 0000) is reserved; the others still shown */
	expect(D_TRIGGER, "81", "\"periodical\":true",
	       "\"error\":{\"offset\":0,\"reason\":\"bit 8 is reserved\"}", NULL);
	/* bits 1 and 2 (0000 0011): periodical and event A2 together */
	expect(D_TRIGGER, "03", "\"periodical\":true,\"eventA2\":true",
	       "\"error\":{\"offset\":0,\"reason\":\"bits 1, 2 and 5 (periodical, event A2, "
	       "A2 event triggered periodic) are exclusive: only one may be set\"}", NULL);
	/* bits 2 and 5 (0001 0010): event A2 and A2 event triggered periodic */
	expect(D_TRIGGER, "12", "\"eventA2Periodic\":true", "are exclusive", NULL);
	/* bits 1 and 3 (0000 0101), bits 1 and 4 (0000 1001): periodical with a UMTS event */
	expect(D_TRIGGER, "05", "\"event1F\":true",
	       "\"reason\":\"bit 1 (periodical) is set with bit 3 or 4 (event 1f, 1i)\"", NULL);
	expect(D_TRIGGER, "09", "\"event1I\":true", "is set with bit 3 or 4", NULL);
	/* the reserved bit is the first problem reported when there are several */
	expect(D_TRIGGER, "83", "\"reason\":\"bit 8 is reserved\"", NULL);
	/* one octet too many: decoded, the error where the extra octet starts */
	expect(D_TRIGGER, "01 00", "\"periodical\":true",
	       "\"error\":{\"offset\":1,\"reason\":\"1 octet after the 1 of a ReportingTrigger\"}",
	       NULL);
	robust(D_TRIGGER, "44", 1, 1);
	exhaustive(D_TRIGGER, "01");
}
END_TEST

/* ---- UtranAdditionalPositioningData (TS 25.413) -------------------------------------------- */

START_TEST(test_additional_positioning)
{
	/* 01 001 011 = 0x4B: MS-Assisted, WLAN, results used to generate location */
	expect_ok(D_ADDPOS, "4B",
		  "\"additionalPositioningMethods\":[{\"method\":\"MS-Assisted\","
		  "\"additionalPositioningId\":\"WLAN\",\"usage\":\"attempted successfully: "
		  "results used to generate location\"}]", "\"hex\":\"4b\"", NULL);
	/* 10 010 100 = 0x94: Standalone, Bluetooth, multiple methods, which one unknown;
	 * 01 000 011 = 0x43: MS-Assisted, barometric pressure, used;
	 * 10 011 011 = 0x9B: Standalone, MBS, used */
	expect_ok(D_ADDPOS, "94 43 9B",
		  "[{\"method\":\"Standalone\",\"additionalPositioningId\":\"Bluetooth\","
		  "\"usage\":\"attempted successfully: case where MS supports multiple mobile "
		  "based positioning methods and the actual method or methods used by the MS "
		  "cannot be determined\"},",
		  "{\"method\":\"MS-Assisted\",\"additionalPositioningId\":\"Barometric Pressure\"",
		  "{\"method\":\"Standalone\",\"additionalPositioningId\":\"MBS\"", NULL);
	/* the reserved codes are named with their number: 00 000 000 and 11 100 111 = 0xE7
	 * (additional positioning ID 100 is reserved in TS 25.413) */
	expect_ok(D_ADDPOS, "00 E7",
		  "{\"method\":\"reserved (0)\","
		  "\"additionalPositioningId\":\"Barometric Pressure\","
		  "\"usage\":\"reserved (0)\"}",
		  "{\"method\":\"reserved (3)\",\"additionalPositioningId\":\"reserved (4)\","
		  "\"usage\":\"reserved (7)\"}", NULL);
	/* the largest set, maxAddPosSet = 8 octets */
	expect_ok(D_ADDPOS, "4B 94 43 9B 4B 94 43 9B", "\"hex\":\"4b94439b4b94439b\"", NULL);
}
END_TEST

START_TEST(test_additional_positioning_malformed)
{
	expect_empty_error(D_ADDPOS);
	/* 9 octets: all decoded, the error where the ninth starts */
	expect(D_ADDPOS, "4B 94 43 9B 4B 94 43 9B 43",
	       "{\"method\":\"MS-Assisted\",\"additionalPositioningId\":\"Barometric Pressure\","
	       "\"usage\":\"attempted successfully: results used to generate location\"}]",
	       "\"error\":{\"offset\":8,\"reason\":\"9 positioning method octets, at most 8 "
	       "(maxAddPosSet)\"}", NULL);
	robust(D_ADDPOS, "4B 94 43 9B 4B 94 43 9B", 1, 8);
	exhaustive(D_ADDPOS, "4B 94");
}
END_TEST

/* ---- UtranCivicAddress (TS 25.413 9.2.3.59) ------------------------------------------------ */

/* a PIDF-LO document (IETF RFC 4119) with a civic address (IETF RFC 5139): no '"' so that the
 * needles need no escaping */
static const char civic_doc[] =
	"<?xml version='1.0' encoding='UTF-8'?>\n"
	"<presence xmlns='urn:ietf:params:xml:ns:pidf' entity='pres:ue@example.com'>"
	"<tuple id='a'><status><gp:geopriv xmlns:gp='urn:ietf:params:xml:ns:pidf:geopriv10'>"
	"<gp:location-info><ca:civicAddress "
	"xmlns:ca='urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr'>"
	"<ca:country>DE</ca:country><ca:A1>Bayern</ca:A1><ca:A3>M\xc3\xbcnchen</ca:A3>"
	"</ca:civicAddress></gp:location-info></gp:geopriv></status></tuple></presence>";

START_TEST(test_civic_address)
{
	/* the document as text: UTF-8 (the u umlaut, C3 BC) passed through, the newline
	 * escaped as \u000a */
	expect_text(D_CIVIC, civic_doc, 1,
		    "\"pidfLo\":\"<?xml version='1.0' encoding='UTF-8'?>\\u000a<presence ",
		    "<ca:country>DE</ca:country><ca:A1>Bayern</ca:A1><ca:A3>M\xc3\xbcnchen</ca:A3>",
		    "\"hex\":\"3c3f786d6c20", NULL);
	/* the leaf elements of its civicAddress (the RFC 5139 ones named after the IANA civic
	 * address types), in document order */
	expect_text(D_CIVIC, civic_doc, 1,
		    "\"civicAddress\":[{\"element\":\"country\",\"name\":\"country (ISO 3166 code)\","
		    "\"value\":\"DE\"},{\"element\":\"A1\",\"name\":\"national subdivisions (state, "
		    "canton, region, province, prefecture)\",\"value\":\"Bayern\"},{\"element\":\"A3\","
		    "\"name\":\"city, township, shi (JP)\",\"value\":\"M\xc3\xbcnchen\"}],\"hex\"",
		    NULL);
	/* comments and processing instructions skipped, an RFC 6848 element listed by its local
	 * name without a name, a nested leaf listed, its parent not, an empty element not, white
	 * space around a value trimmed, '>' inside a quoted attribute value */
	expect_text(D_CIVIC, "<?xml version='1.0'?><p><civicAddress a='>'><!-- <A1>no</A1> -->"
		    "<cae:PN>12</cae:PN><A6><x> 1\n</x></A6><A2/><?pi <A3>no</A3>?>"
		    "<PC>80331</PC></civicAddress><A4>outside</A4></p>", 1,
		    "\"civicAddress\":[{\"element\":\"PN\",\"value\":\"12\"},{\"element\":\"x\","
		    "\"value\":\"1\"},{\"element\":\"PC\",\"name\":\"postal/zip code\","
		    "\"value\":\"80331\"}],\"hex\"", NULL);
	/* a civicAddress element cut short: the elements seen, the list closed */
	expect_text(D_CIVIC, "<civicAddress><A1>x</A1><A2>y", 1,
		    "\"civicAddress\":[{\"element\":\"A1\",", "\"value\":\"x\"}],\"hex\"", NULL);
	{
		char *s = render(D_CIVIC, (const uint8_t *)"<a><A1>x</A1></a>", 17, 0);

		/* no civicAddress element: no list */
		tu_assert_hasnt(s, "\"civicAddress\"");
		free(s);
	}
	/* white space and a byte order mark (EF BB BF) before the markup are allowed */
	expect_text(D_CIVIC, "\xef\xbb\xbf \r\n<ca:country>FR</ca:country>", 1,
		    "<ca:country>FR</ca:country>", "\"hex\":\"efbbbf200d0a3c", NULL);
	expect_text(D_CIVIC, "\t<a/>", 1, "\"pidfLo\":\"\\u0009<a/>\"", NULL);
}
END_TEST

START_TEST(test_civic_address_malformed)
{
	expect_empty_error(D_CIVIC);
	/* not markup: still shown, the error at the first octet that is not white space */
	expect_text(D_CIVIC, "  DE Bayern", 0, "\"pidfLo\":\"  DE Bayern\"",
		    "\"error\":{\"offset\":2,"
		    "\"reason\":\"not an XML document (no '<' at the start)\"}",
		    NULL);
	/* white space only */
	expect_text(D_CIVIC, " \n", 0, "\"error\":{\"offset\":2,\"reason\":\"not an XML document",
		    NULL);
	/* Latin-1 (FC) instead of UTF-8 at offset 5: the octet escaped in the text */
	expect_text(D_CIVIC, "<ca>M\xfcnchen</ca>", 0, "\"pidfLo\":\"<ca>M\\u00fcnchen</ca>\"",
		    "\"error\":{\"offset\":5,\"reason\":\"octet 0xfc is not UTF-8\"}", NULL);
	/* a UTF-8 sequence cut short at the end (C3 without its second octet) */
	expect_text(D_CIVIC, "<a>\xc3", 0,
		    "\"error\":{\"offset\":3,\"reason\":\"octet 0xc3 is not UTF-8\"}", NULL);
	/* a control character (01) that XML does not allow */
	expect_text(D_CIVIC, "<a>\x01</a>", 0, "\"pidfLo\":\"<a>\\u0001</a>\"",
		    "\"error\":{\"offset\":3,"
		    "\"reason\":\"control character 0x01 in the XML document\"}",
		    NULL);
	/* the first problem is the one reported: no markup at 0 before the bad octet at 1 */
	expect_text(D_CIVIC, "x\xff", 0, "\"error\":{\"offset\":0,", NULL);
	/* a NUL inside: an error, and the text does not stop at it */
	{
		static const uint8_t nul[] = { '<', 'a', 0x00, '>' };
		char *s = render(D_CIVIC, nul, sizeof(nul), 0);

		tu_assert_has(s, "\"pidfLo\":\"<a\\u0000>\"");
		tu_assert_has(s, "\"error\":{\"offset\":2,\"reason\":\"control character 0x00");
		free(s);
	}
	robust_raw(D_CIVIC, (const uint8_t *)civic_doc, strlen(civic_doc), 1, 0);
	exhaustive(D_CIVIC, "3C 61 C3 BC 3E");
}
END_TEST

Suite *tu_suite_mdt(void)
{
	Suite *s = suite_create("mdt");
	TCase *tc = tcase_create("mdt");

	tcase_add_test(tc, test_reporting_trigger);
	tcase_add_test(tc, test_reporting_trigger_malformed);
	tcase_add_test(tc, test_additional_positioning);
	tcase_add_test(tc, test_additional_positioning_malformed);
	tcase_add_test(tc, test_civic_address);
	tcase_add_test(tc, test_civic_address_malformed);
	suite_add_tcase(s, tc);
	return s;
}
