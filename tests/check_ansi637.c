/*
 * ansi637.c: the IS-637 (TIA-637, 3GPP2 C.S0015) teleservice layer in ANSI-41 SMS_BearerData.
 *
 * Every valid vector was built by hand from the C.S0015 layouts (each octet commented: the bit
 * fields are MSB first, without alignment) and given to tshark 4.0.17's "ansi_637_tele"
 * dissector (DLT 147); "tshark:" quotes what it shows, and where tshark differs or does not
 * decode, the comment says so.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "ansi637.h"
#include "ansi41.h"

Suite *tu_suite_ansi637(void);

/* arg: the teleservice (NULL: CMT-95, 4098) */
static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	tk_emit_ansi637_bearer_data(e, p, n, arg ? *(const long *)arg : 4098);
}

static void expect(const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	tu_vexpect_all(emit, NULL, hex, 0, ap);
	va_end(ap);
}

static void expect_ok(const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	tu_vexpect_all(emit, NULL, hex, 1, ap);
	va_end(ap);
}

/*
 * A Deliver of CMT-95 with 7-bit ASCII text, a time stamp, priority, a DTMF call-back number,
 * a reply option and the language.
 */
#define DELIVER_ASCII \
	/* Message Identifier: MESSAGE_TYPE 0001 Deliver, MESSAGE_ID 0x1234, HEADER_IND 0 */ \
	"00 03 11 23 40" \
	/* User Data: MSG_ENCODING 00010 7-bit ASCII, NUM_FIELDS 5, "Hello" in 7 bits each */ \
	" 01 06 10 2c 8c bb 36 6f" \
	/* Message Center Time Stamp: 26-12-03 21:27:05 BCD */ \
	" 03 06 26 12 03 21 27 05" \
	/* Priority Indicator: 10 Urgent */ \
	" 08 01 80" \
	/* Call-Back Number: DIGIT_MODE 0 (DTMF), NUM_FIELDS 7, 1 2 3 10(0) 11(*) 12(#) 9 */ \
	" 0e 05 03 89 1d 5e 48" \
	/* Reply Option: DAK_REQ */ \
	" 0a 01 40" \
	/* Language Indicator: 1 English */ \
	" 0d 01 01"

START_TEST(test_deliver)
{
	/* tshark: "Message Type: Deliver (mobile-terminated only) (1)", "Message ID: 4660",
	 * "Encoding: 7-bit ASCII (2)", "Number of fields: 5", "Encoded user data: Hello",
	 * Year 2026 Month December Day 3 Hours 21 Minutes 27 Seconds 5, "Priority: Urgent (2)",
	 * "Digit Mode: 4-bit DTMF", "Number: 1230*#9", "Delivery Acknowledgement Requested:
	 * Yes", "Language: English (1)" */
	expect_ok(DELIVER_ASCII, "\"teleservice\":4098,\"teleserviceName\":\"CMT-95 (Wireless Messaging Teleservice)\"",
		  "{\"id\":0,\"name\":\"Message Identifier\",\"length\":3,\"messageType\":1,"
		  "\"messageTypeName\":\"Deliver\",\"messageId\":4660,\"headerIndicator\":false,\"hex\":\"112340\"}",
		  "\"name\":\"User Data\",\"length\":6,\"msgEncoding\":2,\"msgEncodingName\":\"7-bit ASCII\","
		  "\"numFields\":5,\"text\":\"Hello\"",
		  "\"name\":\"Message Center Time Stamp\",\"length\":6,\"time\":\"2026-12-03T21:27:05\"",
		  "\"priority\":2,\"priorityName\":\"Urgent\"",
		  "\"digitMode\":0,\"digitModeName\":\"4-bit DTMF\",\"numFields\":7,\"number\":\"1230*#9\"",
		  "\"userAckRequested\":false,\"deliveryAckRequested\":true,\"readAckRequested\":false,"
		  "\"reportRequested\":false",
		  "\"language\":1,\"languageName\":\"English\"", NULL);
	/* a Delivery Acknowledgment: MESSAGE_TYPE 0100, MESSAGE_ID 0x1234; Message Status 00
	 * 000010 (tshark: "Error Class: No Error (0)", "Message delivered (2)"); a time stamp */
	expect_ok("00 03 41 23 40 14 01 02 03 06 26 12 03 21 27 05",
		  "\"messageType\":4,\"messageTypeName\":\"Delivery Acknowledgment\",\"messageId\":4660",
		  "\"name\":\"Message Status\",\"length\":1,\"errorClass\":0,\"errorClassName\":\"No Error\","
		  "\"statusCode\":2,\"statusCodeName\":\"Message delivered\"", NULL);
	/* the teleservice is only shown; unknown (-1): no teleservice keys */
	{
		long ts = -1;
		char *j;
		uint8_t b[8];
		size_t n = tu_ber("00 03 21 23 48", b, sizeof(b));
		j = tu_render(emit, &ts, b, n, 0);
		tu_assert_hasnt(j, "\"teleservice\"");
		tu_assert_has(j, "\"messageTypeName\":\"Submit\",\"messageId\":4660,\"headerIndicator\":true");
		free(j);
		ts = 4102;
		j = tu_render(emit, &ts, b, n, 0);
		tu_assert_has(j, "\"teleservice\":4102,\"teleserviceName\":\"SCPT (Service Category Programming Teleservice)\"");
		free(j);
	}
}
END_TEST

START_TEST(test_message_types)
{
	/* Table 4.5.1-1 (tshark names 1-8 the same, "Unknown" 0 and 9-15) */
	expect_ok("00 03 30 00 00", "\"messageType\":3,\"messageTypeName\":\"Cancellation\"", NULL);
	expect_ok("00 03 50 00 00", "\"messageTypeName\":\"User Acknowledgment\"", NULL);
	expect_ok("00 03 60 00 00", "\"messageTypeName\":\"Read Acknowledgment\"", NULL);
	expect_ok("00 03 70 00 00", "\"messageTypeName\":\"Deliver Report\"", NULL);
	expect_ok("00 03 80 00 00", "\"messageTypeName\":\"Submit Report\"", NULL);
	expect_ok("00 03 00 00 00", "\"messageType\":0,\"messageTypeName\":\"reserved (0)\"", NULL);
	expect_ok("00 03 f0 00 00", "\"messageType\":15,\"messageTypeName\":\"reserved (15)\"", NULL);
}
END_TEST

START_TEST(test_user_data)
{
	/* UNICODE (00100), NUM_FIELDS 4: 0048 00e9 4e2d 20ac (tshark: "Hé中€") */
	expect_ok("01 0a 20 20 02 40 07 4a 71 69 05 60",
		  "\"msgEncoding\":4,\"msgEncodingName\":\"UNICODE\",\"numFields\":4,\"text\":\"H\xc3\xa9\xe4\xb8\xad\xe2\x82\xac\"",
		  NULL);
	/* GSM 7-bit (01001), NUM_FIELDS 8: the octets after NUM_FIELDS hold "Hello" @ ESC e
	 * packed as TS 23.038 packs septets (tshark: "Hello@€"; 7-bit fields one after the other
	 * instead show tshark something else) */
	expect_ok("01 09 48 46 41 94 df e8 33 66 50",
		  "\"msgEncodingName\":\"GSM 7-bit default alphabet\",\"numFields\":8,\"text\":\"Hello@\xe2\x82\xac\"",
		  NULL);
	/* Latin (01000), NUM_FIELDS 3: 48 e9 ff (tshark: "Héÿ") */
	expect_ok("01 05 40 1a 47 4f f8", "\"msgEncodingName\":\"Latin\",\"numFields\":3,\"text\":\"H\xc3\xa9\xc3\xbf\"", NULL);
	/* Octet (00000), NUM_FIELDS 2: de ad (tshark: "dead") */
	expect_ok("01 04 00 16 f5 68", "\"msgEncodingName\":\"Octet, unspecified\",\"numFields\":2,\"data\":\"dead\"", NULL);
	/* IA5 (00011): A CR LF B (tshark shows the control characters as '?') */
	expect_ok("01 06 18 24 11 a2 a1 00", "\"msgEncodingName\":\"IA5\",\"numFields\":4,\"text\":\"A\\u000d\\u000aB\"", NULL);
	/* Latin/Hebrew (00111): the octets (tshark decodes ISO 8859-8 "אב"; kept in hex here) */
	expect_ok("01 04 38 17 07 08", "\"msgEncodingName\":\"Latin/Hebrew\",\"numFields\":2,\"data\":\"e0e1\"", NULL);
	/* IS-91 Extended Protocol Message (00001) of CMT-91, MESSAGE_TYPE 0x85 Short Message, 3
	 * characters of 6 bits (tshark: "Message Type (see TIA/EIA/IS-91): 133", then "Encoding
	 * Unknown/Unsupported"): the bits after NUM_FIELDS in hex */
	expect_ok("01 05 0c 28 1d 14 d8",
		  "\"msgEncodingName\":\"IS-91 Extended Protocol Message\",\"is91MessageType\":133,"
		  "\"is91MessageTypeName\":\"Short Message\",\"numFields\":3,\"data\":\"a29b\"", NULL);
	/* GSM Data-Coding-Scheme (01010, C.R1001; tshark: "Reserved"), DCS 0x08 (UCS2), 1
	 * character 0x0041 */
	expect_ok("01 05 50 40 08 02 08", "\"msgEncoding\":10,\"msgEncodingName\":\"GSM Data-Coding-Scheme\","
		  "\"dataCodingScheme\":8,\"numFields\":1,\"text\":\"A\"", NULL);
}
END_TEST

START_TEST(test_user_data_header)
{
	/* HEADER_IND 1; UNICODE, NUM_FIELDS 5: UDH 05 00 03 2a 02 01 (3 characters), "Hi"
	 * (tshark: "Concatenated short messages, 8-bit reference number", "Message identifier: 42",
	 * "Message parts: 2", "Message part number: 1", "Encoded user data: Hi") */
	expect_ok("00 03 10 00 78 01 0c 20 28 28 00 19 50 10 08 02 40 03 48",
		  "\"headerIndicator\":true",
		  "\"numFields\":5,\"udhl\":5,\"udh\":[{\"iei\":0,\"hex\":\"2a0201\"}],\"text\":\"Hi\"", NULL);
	/* GSM 7-bit, NUM_FIELDS 9: the same UDH (7 septets, 1 fill bit), "Hi" (tshark: the UDH,
	 * "Fill bits: 0x0", "Hi") */
	expect_ok("00 03 10 00 78 01 0a 48 48 28 00 19 50 10 0c 83 48",
		  "\"udhl\":5,\"udh\":[{\"iei\":0,\"hex\":\"2a0201\"}],\"text\":\"Hi\"", NULL);
	/* Octet, NUM_FIELDS 8: the UDH, then aa bb (tshark agrees) */
	expect_ok("00 03 10 00 78 01 0a 00 40 28 00 19 50 10 0d 55 d8",
		  "\"udh\":[{\"iei\":0,\"hex\":\"2a0201\"}],\"data\":\"aabb\"", NULL);
	/* without HEADER_IND the same octets are data */
	expect_ok("00 03 10 00 70 01 0a 00 40 28 00 19 50 10 0d 55 d8", "\"data\":\"0500032a0201aabb\"", NULL);
	/* a UDHL beyond the characters */
	expect("00 03 10 00 18 01 05 00 19 00 08 10", "\"udhl\":32",
	       "\"reason\":\"UDH of 33 octets beyond the 3 characters\"", NULL);
}
END_TEST

START_TEST(test_times)
{
	/* Validity Period - Absolute 99-12-31 23:59:59 (tshark: Year 1999) and Deferred Delivery
	 * Time - Absolute 00-01-01 00:00:00 (tshark: Year 2000) */
	expect_ok("04 06 99 12 31 23 59 59 06 06 00 01 01 00 00 00",
		  "\"name\":\"Validity Period - Absolute\",\"length\":6,\"time\":\"1999-12-31T23:59:59\"",
		  "\"name\":\"Deferred Delivery Time - Absolute\",\"length\":6,\"time\":\"2000-01-01T00:00:00\"", NULL);
	/* relative: tshark "5 Minutes", "720 Minutes", "30 Minutes + 12 Hours", "2 Days",
	 * "5 Weeks", "52 Weeks", "Indefinite", "Immediate", "Valid until mobile becomes
	 * inactive/Deliver when mobile next becomes active", "Valid until registration area
	 * changes, discard if not registered", "Reserved" */
	expect_ok("05 01 00 05 01 8f 05 01 90 05 01 a8 05 01 c5 05 01 f4 05 01 f5 05 01 f6 05 01 f7 05 01 f8 "
		  "07 01 f9",
		  "\"value\":0,\"meaning\":\"5 minutes\"", "\"value\":143,\"meaning\":\"720 minutes\"",
		  "\"value\":144,\"meaning\":\"750 minutes\"", "\"value\":168,\"meaning\":\"2 days\"",
		  "\"value\":197,\"meaning\":\"5 weeks\"", "\"value\":244,\"meaning\":\"52 weeks\"",
		  "\"value\":245,\"meaning\":\"Indefinite\"", "\"value\":246,\"meaning\":\"Immediate\"",
		  "\"meaning\":\"Valid until mobile becomes inactive/Deliver when mobile next becomes active\"",
		  "\"meaning\":\"Valid until registration area changes, discard if not registered\"",
		  "\"name\":\"Deferred Delivery Time - Relative\",\"length\":1,\"value\":249,\"meaning\":\"Reserved (249)\"",
		  NULL);
	/* not BCD; not a time */
	expect("03 06 2a 12 03 21 27 05", "\"reason\":\"Message Center Time Stamp: year 0x2a is not two BCD digits\"",
	       "\"offset\":2", NULL);
	expect("03 06 26 13 03 21 27 05", "\"time\":\"2026-13-03T21:27:05\"",
	       "\"reason\":\"Message Center Time Stamp: 2026-13-03T21:27:05 is not a time\"", NULL);
}
END_TEST

START_TEST(test_indicators)
{
	/* tshark: "Privacy: Confidential (privacy level 2) (2)", Alert "Use High-priority alert
	 * (3)", "Message Display Mode: User Invoke" (2), "Number of voice mail messages: 42",
	 * "Message Deposit Index: 258", "Response Code: 7", "GSM SMS TP-Failure Cause: 208",
	 * Reply Option: all four requested */
	expect_ok("09 01 80 0c 01 c0 0f 01 80 0b 01 42 11 02 01 02 02 01 07 15 01 d0 0a 01 f0",
		  "\"privacy\":2,\"privacyName\":\"Confidential (privacy level 2)\"",
		  "\"alertPriority\":3,\"alertPriorityName\":\"Use High-priority alert\"",
		  "\"displayMode\":2,\"displayModeName\":\"User Invoke\"", "\"messageCount\":42",
		  "\"messageDepositIndex\":258", "\"responseCode\":7", "\"tpFailureCause\":208",
		  "\"userAckRequested\":true,\"deliveryAckRequested\":true,\"readAckRequested\":true,"
		  "\"reportRequested\":true", NULL);
	/* Message Status: tshark "Temporary Condition" "Network congestion" (0x84), "Permanent
	 * Condition" "Message expired" (0xcd), status code 11 of class 3 "Reserved" */
	expect_ok("14 01 84 14 01 cd 14 01 cb",
		  "\"errorClass\":2,\"errorClassName\":\"Temporary Condition\",\"statusCode\":4,"
		  "\"statusCodeName\":\"Network congestion\"",
		  "\"errorClass\":3,\"errorClassName\":\"Permanent Condition\",\"statusCode\":13,"
		  "\"statusCodeName\":\"Message expired\"",
		  "\"statusCode\":11,\"statusCodeName\":\"reserved (203)\"", NULL);
	/* Number of Messages not BCD (tshark shows 410) */
	expect("0b 01 4a", "\"reason\":\"Number of Messages 0x4a is not two BCD digits\"", NULL);
}
END_TEST

START_TEST(test_call_back)
{
	/* DIGIT_MODE 1, NUMBER_TYPE 001 International, NUMBER_PLAN 0001, 9 ASCII digits
	 * (tshark: "Type of Number: International number (1)", "Numbering Plan: ISDN/Telephony
	 * Numbering (1)", "Number: +15551234") */
	expect_ok("0e 0b 91 09 2b 31 35 35 35 31 32 33 34",
		  "\"digitMode\":1,\"digitModeName\":\"8-bit ASCII\",\"numberType\":1,\"numberTypeName\":"
		  "\"International number\",\"numberPlan\":1,\"numberPlanName\":\"ISDN/Telephony numbering plan\","
		  "\"numFields\":9,\"number\":\"+15551234\"", NULL);
	/* National, Private plan (tshark: "National number (2)", "Private Numbering (9)") */
	expect_ok("0e 03 a9 01 31", "\"numberTypeName\":\"National number\",\"numberPlan\":9,\"numberPlanName\":\"Private numbering plan\"",
		  NULL);
	/* DTMF codes 0 and 13 are reserved */
	expect("0e 03 01 06 80", "\"number\":\"??\"", "\"reason\":\"Call-Back Number: DTMF code 0 is reserved\"", NULL);
	/* NUM_FIELDS 9 of 8 bits in 3 octets */
	expect("0e 04 91 09 2b 31", "\"number\":\"+1\"",
	       "\"reason\":\"Call-Back Number truncated: 9 digits of 8 bits, room for 2\"", NULL);
}
END_TEST

START_TEST(test_scpt)
{
	/* Service Category Program Data: MSG_ENCODING Latin; OPERATION_CODE 1 Add, category
	 * 0x0011, LANGUAGE 1, MAX_MESSAGES 10, ALERT_OPTION 2, NUM_FIELDS 4 "News"; OPERATION_CODE
	 * 0 Delete, category 0x1234, LANGUAGE 2, MAX_MESSAGES 5, ALERT_OPTION 11, NUM_FIELDS 0.
	 * Results: 0x0011 successful, 0x1234 result 7.  tshark: "Add the Service Category",
	 * "Entertainment News - Regional (17)", "English", "Maximum number of messages: 10",
	 * "Vibrate alert once", "News", ..., "High-priority alert - repeat"; "Programming
	 * successful", "Invalid Service Category name" */
	expect_ok("12 11 40 80 08 80 85 10 22 73 2b bb 98 09 1a 01 02 d8 00 13 06 00 11 00 12 34 70",
		  "\"msgEncodingName\":\"Latin\",\"categories\":[{\"operationCode\":1,\"operationCodeName\":"
		  "\"Add the Service Category\",\"serviceCategory\":17,\"language\":1,\"languageName\":\"English\","
		  "\"maxMessages\":10,\"alertOption\":2,\"alertOptionName\":\"Vibrate alert once\",\"numFields\":4,"
		  "\"text\":\"News\"}",
		  "\"operationCodeName\":\"Delete the Service Category\",\"serviceCategory\":4660",
		  "\"alertOptionName\":\"High-priority alert - repeat\",\"numFields\":0,\"text\":\"\"",
		  "\"results\":[{\"serviceCategory\":17,\"categoryResult\":0,\"categoryResultName\":\"Programming successful\"},"
		  "{\"serviceCategory\":4660,\"categoryResult\":7,\"categoryResultName\":\"Invalid Service Category name\"}]",
		  NULL);
	expect("13 04 00 11 00 12", "\"reason\":\"Service Category Program Results of 4 octets, not a multiple of 3\"",
	       NULL);
	/* Multiple Encoding User Data: Latin "Ab", UNICODE "c" (tshark agrees) */
	expect_ok("10 08 40 12 0b 11 00 40 18 c0",
		  "\"segments\":[{\"msgEncoding\":8,\"msgEncodingName\":\"Latin\",\"numFields\":2,\"text\":\"Ab\"},"
		  "{\"msgEncoding\":4,\"msgEncodingName\":\"UNICODE\",\"numFields\":1,\"text\":\"c\"}]", NULL);
}
END_TEST

START_TEST(test_malformed)
{
	tu_expect_empty_error(emit, NULL, "no bearer data subparameters");
	/* an identifier without SUBPARAM_LEN */
	expect("00", "\"subparameters\":[]", "\"offset\":0,\"reason\":\"subparameter 0x00 without SUBPARAM_LEN\"", NULL);
	/* SUBPARAM_LEN beyond the octets; what came before stays */
	expect("08 01 c0 00 05 10", "\"priorityName\":\"Emergency\"",
	       "\"offset\":4,\"reason\":\"subparameter 0: SUBPARAM_LEN 5 beyond the 1 octets left\"", NULL);
	/* a Message Identifier of 2 octets: an error at its value, the next subparameter decoded */
	expect("00 02 10 00 08 01 c0", "\"name\":\"Message Identifier\",\"length\":2,\"hex\":\"1000\"",
	       "\"offset\":2,\"reason\":\"Message Identifier of 2 octets, C.S0015 gives it 3\"",
	       "\"priorityName\":\"Emergency\"", NULL);
	/* ... of 4: decoded, and the error */
	expect("00 04 10 00 10 00", "\"messageTypeName\":\"Deliver\",\"messageId\":1",
	       "\"reason\":\"Message Identifier of 4 octets, C.S0015 gives it 3\"", NULL);
	/* User Data: NUM_FIELDS 10, two characters present */
	expect("01 04 10 54 18 40", "\"numFields\":10,\"text\":\"AB\"",
	       "\"reason\":\"User Data truncated: 10 characters of 7 bits, room for 2\"", NULL);
	/* an octet after the characters */
	expect("01 04 10 0c 10 00", "\"text\":\"A\"", "\"offset\":5,\"reason\":\"1 octet after the User Data fields\"",
	       NULL);
	/* one octet: no NUM_FIELDS */
	expect("01 01 10", "\"reason\":\"User Data of 1 octet: MSG_ENCODING and NUM_FIELDS need 2\"", NULL);
	/* a reserved encoding (01011): the bits after NUM_FIELDS in hex */
	expect_ok("01 04 58 10 08 10", "\"msgEncoding\":11,\"msgEncodingName\":\"reserved (11)\",\"numFields\":2,"
		  "\"data\":\"0102\"", NULL);
	/* unknown identifiers and Enhanced VMN: their octets (tshark names 22 "Enhanced VMN") */
	expect_ok("18 02 ab cd 16 01 00 ff 00",
		  "{\"id\":24,\"name\":\"reserved (24)\",\"length\":2,\"hex\":\"abcd\"}",
		  "{\"id\":22,\"name\":\"Enhanced VMN\",\"length\":1,\"hex\":\"00\"}",
		  "{\"id\":255,\"name\":\"reserved (255)\",\"length\":0,\"hex\":\"\"}", NULL);
	/* a fixed one of no octets */
	expect("08 00", "\"reason\":\"Priority Indicator of 0 octets, C.S0015 gives it 1\"", NULL);
}
END_TEST

/* a truncation at a subparameter's end leaves valid bearer data: no error is expected of each */
START_TEST(test_robust)
{
	tu_robust_tmpl(emit, NULL, DELIVER_ASCII, 0);
	tu_robust_tmpl(emit, NULL, "00 03 10 00 78 01 0c 20 28 28 00 19 50 10 08 02 40 03 48", 0);
	tu_robust_tmpl(emit, NULL, "00 03 10 00 78 01 0a 48 48 28 00 19 50 10 0c 83 48", 0);
	tu_robust_tmpl(emit, NULL, "12 11 40 80 08 80 85 10 22 73 2b bb 98 09 1a 01 02 d8 00 13 06 00 11 00 12 34 70",
		       0);
	tu_robust_tmpl(emit, NULL, "10 08 40 12 0b 11 00 40 18 c0 0e 0b 91 09 2b 31 35 35 35 31 32 33 34", 0);
	tu_robust_tmpl(emit, NULL, "01 05 50 40 08 02 08 01 05 0c 28 1d 14 d8", 0);
	tu_exhaustive(emit, NULL, "00 03 10 00 78 01 05 50 40 08 02 08");
}
END_TEST

/* ---- in ANSI-41 SMS_BearerData ----------------------------------------------------------- */

static void params(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	tk_emit_ansi41_parameters_ctx(e, p, n, arg);
}

START_TEST(test_in_ansi41)
{
	struct tk_ansi41_ctx c = { 0, -1, -1, -1 };
	uint8_t b[256];
	size_t n;
	char *j;

	/* SMSDeliveryPointToPoint parameters: SMS_BearerData [105] = DELIVER_ASCII,
	 * SMS_TeleserviceIdentifier [116] = 4098 */
	n = tu_ber("f2{ 9f69{ " DELIVER_ASCII " } 9f74 02 1002 }", b, sizeof(b));
	j = tu_render(params, &c, b, n, 0);
	tu_assert_has(j, "\"name\":\"SMS_BearerData\",\"bearerData\":{\"teleservice\":4098,");
	tu_assert_has(j, "\"text\":\"Hello\"");
	free(j);
	/* the teleservice of the context (a result's invoke) */
	c.teleservice = 4097;
	n = tu_ber("f2{ 9f69{ 00 03 40 00 10 } }", b, sizeof(b));
	j = tu_render(params, &c, b, n, 0);
	tu_assert_has(j, "\"bearerData\":{\"teleservice\":4097,\"teleserviceName\":\"CPT-95 (Wireless Paging Teleservice)\"");
	free(j);
	/* unknown teleservice: the hex only */
	c.teleservice = -1;
	j = tu_render(params, &c, b, n, 0);
	tu_assert_hasnt(j, "bearerData");
	tu_assert_has(j, "\"name\":\"SMS_BearerData\",\"hex\":\"0003400010\"");
	free(j);
	/* a teleservice that is not IS-637 (TDMA 32513) and OTASP data (ServiceIndicator 1) */
	n = tu_ber("f2{ 9f69{ 00 03 40 00 10 } 9f74 02 7f01 }", b, sizeof(b));
	j = tu_render(params, &c, b, n, 0);
	tu_assert_hasnt(j, "bearerData");
	free(j);
	n = tu_ber("f2{ 9f69{ 00 03 40 00 10 } 9f74 02 1002 9f8141 01 01 }", b, sizeof(b));
	j = tu_render(params, &c, b, n, 0);
	tu_assert_hasnt(j, "\"bearerData\":{\"teleservice\"");
	free(j);
	ck_assert_int_eq(tk_ansi637_is_teleservice(4096), 1);
	ck_assert_int_eq(tk_ansi637_is_teleservice(4103), 1);
	ck_assert_int_eq(tk_ansi637_is_teleservice(4104), 0);
	ck_assert_int_eq(tk_ansi637_is_teleservice(-1), 0);
}
END_TEST

Suite *tu_suite_ansi637(void)
{
	Suite *s = suite_create("ansi637");
	TCase *tc = tcase_create("ansi637");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_deliver);
	tcase_add_test(tc, test_message_types);
	tcase_add_test(tc, test_user_data);
	tcase_add_test(tc, test_user_data_header);
	tcase_add_test(tc, test_times);
	tcase_add_test(tc, test_indicators);
	tcase_add_test(tc, test_call_back);
	tcase_add_test(tc, test_scpt);
	tcase_add_test(tc, test_malformed);
	tcase_add_test(tc, test_robust);
	tcase_add_test(tc, test_in_ansi41);
	suite_add_tcase(s, tc);
	return s;
}
