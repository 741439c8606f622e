/*
 * ss.c: the TS 24.080 Facility information element (clause 3.6) in the supplementary
 * services messages REGISTER / FACILITY / RELEASE COMPLETE (clause 2) and in call control's
 * FACILITY (TS 24.008 9.3.9), decoded through dtap.c as an A-interface or Iu trace shows them.
 *
 * The vectors are built by hand: the DTAP header (TS 24.007 11.2.3.1: protocol discriminator
 * 0xb, TI; message type), the facility IE (0x1c, length), one ROS component (TS 24.080 3.6.2:
 * a1 invoke, a2 returnResult, a3 returnError, a4 reject; 02 invokeID; 02 opcode / error code;
 * 80..83 problem codes) and the parameter BER-encoded by the ASN.1 of TS 29.002 / TS 24.080
 * clause 4.  USSD strings are GSM 7-bit default alphabet packed (TS 23.038 6.1.2.3), DCS 0x0f.
 * Each complete vector was dissected by tshark 4.0.17 ("gsm_a_dtap" on DLT 147), which shows
 * the same operation, error, problem and values as the comment beside it says.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "dtap.h"
#include "ss.h"

Suite *tu_suite_ss(void);

enum which { W_DTAP, W_FACILITY };

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	if (*(const enum which *)arg == W_DTAP)
		tk_emit_dtap(e, p, n);
	else
		tk_emit_ss_facility(e, p, n);
}

/* the JSON of the vector holds each needle (to a NULL) */
static void expect(enum which w, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	tu_vexpect_all(emit, &w, hex, 0, ap);
	va_end(ap);
}

/* ... and has no "error" anywhere */
static void expect_ok(enum which w, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	tu_vexpect_all(emit, &w, hex, 1, ap);
	va_end(ap);
}

/*
 * The facility's robustness: every truncation and every single-octet corruption gives one
 * well-formed object; with one component, every truncation is an error.
 */
static void robust_facility(const char *tmpl, int one_component)
{
	tu_robust_tmpl(emit, &(enum which){ W_FACILITY }, tmpl, one_component);
}

static void robust_dtap(const char *tmpl)
{
	tu_robust_tmpl(emit, &(enum which){ W_DTAP }, tmpl, 0);
}

/* USSD (TS 24.090): the mobile's request, the network's answer and its own request */
START_TEST(test_ss_ussd)
{
	/* REGISTER (TS 24.080 2.4), TI flag 0, TI 0; facility: invoke { invokeID 1, opcode 59
	 * processUnstructuredSS-Request, USSD-Arg { ussd-DataCodingScheme 0f (GSM 7-bit,
	 * language unspecified), ussd-String aa 18 0c 36 02 = "*100#" packed } }; SS version 00.
	 * tshark: processUnstructuredSS-Request (59), USSD String: *100# */
	expect_ok(W_DTAP, "0b 3b 1c { a1 { 02 01 01 02 01 3b 30 { 04 01 0f 04 05 aa 18 0c 36 02 } } } 7f 01 00",
		  "\"message\":\"REGISTER\"",
		  "{\"iei\":28,\"name\":\"facility\",\"value\":{\"ber\":[{\"tag\":\"[1]\",\"length\":18,",
		  "\"components\":[{\"type\":\"invoke\",\"invokeId\":1,\"opcode\":59,"
		  "\"operation\":\"processUnstructuredSS-Request\","
		  "\"argument\":{\"ussd-DataCodingScheme\":{\"value\":15,\"alphabet\":\"GSM 7-bit\"},"
		  "\"ussd-String\":{\"dcs\":15,\"text\":\"*100#\",\"hex\":\"aa180c3602\"}}}],"
		  "\"hex\":\"a11202010102013b300a04010f0405aa180c3602\"}}", NULL);
	/* RELEASE COMPLETE (2.5), TI flag 1; facility: returnResult { invokeID 1, SEQUENCE {
	 * opcode 59, USSD-Res { DCS 0f, 16 octets = "Balance: 12.50 EUR" packed } } }.
	 * tshark: returnResultLast, processUnstructuredSS-Request, USSD String: Balance: 12.50 EUR */
	expect_ok(W_DTAP, "8b 2a 1c { a2 { 02 01 01 30 { 02 01 3b 30 { 04 01 0f 04 10 c2 30 3b ec 1e 97 75 a0 98 cc "
		  "55 83 81 8a 55 29 } } } }",
		  "\"message\":\"RELEASE COMPLETE\"",
		  "\"components\":[{\"type\":\"returnResultLast\",\"invokeId\":1,\"opcode\":59,"
		  "\"operation\":\"processUnstructuredSS-Request\",\"result\":{\"ussd-DataCodingScheme\":"
		  "{\"value\":15,\"alphabet\":\"GSM 7-bit\"},\"ussd-String\":{\"dcs\":15,"
		  "\"text\":\"Balance: 12.50 EUR\",", NULL);
	/* the network's unstructuredSS-Request (60) in a REGISTER of its own: "Enter PIN".
	 * tshark: unstructuredSS-Request (60), USSD String: Enter PIN */
	expect_ok(W_DTAP, "0b 3b 1c { a1 { 02 01 02 02 01 3c 30 { 04 01 0f 04 08 45 37 bd 2c 07 41 93 4e } } } 7f 01 00",
		  "{\"type\":\"invoke\",\"invokeId\":2,\"opcode\":60,\"operation\":\"unstructuredSS-Request\","
		  "\"argument\":{", "\"text\":\"Enter PIN\"", NULL);
	/* the mobile's answer in a FACILITY (2.3, LV): returnResult of 60 with "1234" (31 d9 8c 06).
	 * tshark: returnResultLast, unstructuredSS-Request, USSD String: 1234 */
	expect_ok(W_DTAP, "8b 3a { a2 { 02 01 02 30 { 02 01 3c 30 { 04 01 0f 04 04 31 d9 8c 06 } } } }",
		  "\"message\":\"FACILITY\",\"facility\":{\"ber\":",
		  "\"operation\":\"unstructuredSS-Request\",\"result\":{", "\"text\":\"1234\"", NULL);
	/* phase 1 USSD: processUnstructuredSS-Data (19, SS-Operations) with SS-UserData (IA5String)
	 * "123".  tshark: processUnstructuredSS-Data (19), SS-UserData: 123 */
	expect_ok(W_DTAP, "8b 3a { a1 { 02 01 01 02 01 13 16 03 31 32 33 } }",
		  "\"opcode\":19,\"operation\":\"processUnstructuredSS-Data\",\"argument\":\"123\"", NULL);
	robust_dtap("0b 3b 1c { a1 { 02 01 01 02 01 3b 30 { 04 01 0f 04 05 aa 18 0c 36 02 } } } 7f 01 00");
	robust_dtap("8b 3a { a2 { 02 01 02 30 { 02 01 3c 30 { 04 01 0f 04 04 31 d9 8c 06 } } } }");
}
END_TEST

/* call independent SS (TS 24.010 / 24.08x) and LCS (TS 24.030) */
START_TEST(test_ss_operations)
{
	/* interrogateSS (14): SS-ForBS-Code { ss-Code 21 (cfu) }.
	 * tshark: interrogateSS (14), ss-Code: cfu - call forwarding unconditional (33) */
	expect_ok(W_DTAP, "0b 3b 1c { a1 { 02 01 01 02 01 0e 30 { 04 01 21 } } } 7f 01 00",
		  "\"opcode\":14,\"operation\":\"interrogateSS\",\"argument\":{\"ss-Code\":"
		  "{\"code\":33,\"name\":\"cfu\",\"hex\":\"21\"}}", NULL);
	/* registerSS (10): RegisterSS-Arg { ss-Code 21, forwardedToNumber [4] 91 94 71 12 34 56 f8
	 * (international, E.164, 49172143658) }.
	 * tshark: registerSS (10), cfu, forwardedToNumber E.164 number 49172143658 */
	expect_ok(W_DTAP, "0b 3b 1c { a1 { 02 01 01 02 01 0a 30 { 04 01 21 84 07 91 94 71 12 34 56 f8 } } } 7f 01 00",
		  "\"opcode\":10,\"operation\":\"registerSS\",\"argument\":{\"ss-Code\":{\"code\":33,",
		  "\"forwardedToNumber\":{\"nature\":\"international number\","
		  "\"numberingPlan\":\"ISDN/telephony (E.164)\",\"digits\":\"49172143658\"", NULL);
	/* lcs-MOLR (115, TS 24.080 SS-Operations): LCS-MOLRArg { molr-Type [0] 0 locationEstimate,
	 * locationMethod [1] 0 msBasedEOTD }.
	 * tshark: lcs-MOLR (115), molr-Type: locationEstimate (0), locationMethod: msBasedEOTD (0) */
	expect_ok(W_DTAP, "0b 3b 1c { a1 { 02 01 01 02 01 73 30 { 80 01 00 81 01 00 } } } 7f 01 00",
		  "\"opcode\":115,\"operation\":\"lcs-MOLR\",\"argument\":{\"molr-Type\":\"locationEstimate\","
		  "\"locationMethod\":\"msBasedEOTD\"}", NULL);
	/* its result: LCS-MOLRRes { locationEstimate [0] 00 2a aa aa 05 55 55: ellipsoid point
	 * (TS 23.032), north, latitude 2796202 (30 degrees), longitude 349525 (7.49999 degrees) }.
	 * tshark: lcs-MOLR, Ellipsoid Point, 30.00000 degrees, 7.49999 degrees */
	expect_ok(W_DTAP, "8b 2a 1c { a2 { 02 01 01 30 { 02 01 73 30 { 80 07 00 2a aa aa 05 55 55 } } } }",
		  "\"operation\":\"lcs-MOLR\",\"result\":{\"locationEstimate\":{\"shape\":\"ellipsoid point\","
		  "\"latitude\":29.999992,\"longitude\":7.499992,", NULL);
	/* the network's privacy notification: lcs-LocationNotification (116) LocationNotificationArg
	 * { notificationType [0] 1, locationType [1] { locationEstimateType [0] 0 currentLocation },
	 * lcsClientName [3] { dataCodingScheme [0] 0f, nameString [2] c1 61 b3 08 = "ACME" } }.
	 * tshark: lcs-LocationNotification (116), notifyAndVerify-LocationAllowedIfNoResponse (1),
	 * currentLocation (0), nameString USSD String: ACME */
	expect_ok(W_DTAP, "0b 3b 1c { a1 { 02 01 01 02 01 74 30 { 80 01 01 a1 { 80 01 00 } a3 { 80 01 0f 82 04 c1 61 "
		  "b3 08 } } } } 7f 01 00",
		  "\"opcode\":116,\"operation\":\"lcs-LocationNotification\",\"argument\":{"
		  "\"notificationType\":\"notifyAndVerify-LocationAllowedIfNoResponse\","
		  "\"locationType\":{\"locationEstimateType\":\"currentLocation\"},\"lcsClientName\":{"
		  "\"dataCodingScheme\":{\"value\":15,\"alphabet\":\"GSM 7-bit\"},"
		  "\"nameString\":{\"dcs\":15,\"text\":\"ACME\",\"hex\":\"c161b308\"}}}", NULL);
	robust_dtap("0b 3b 1c { a1 { 02 01 01 02 01 0a 30 { 04 01 21 84 07 91 94 71 12 34 56 f8 } } } 7f 01 00");
	robust_dtap("0b 3b 1c { a1 { 02 01 01 02 01 73 30 { 80 01 00 81 01 00 } } } 7f 01 00");
}
END_TEST

/* errors and rejects by name (TS 24.080 3.6.1 tables 3.8 to 3.15, SS-Errors, MAP-Errors) */
START_TEST(test_ss_errors)
{
	/* returnError unknownAlphabet (71, MAP-Errors) in a RELEASE COMPLETE.
	 * tshark: returnError, errorCode unknownAlphabet (71) */
	expect(W_DTAP, "8b 2a 1c { a3 { 02 01 01 02 01 47 } }",
	       "\"components\":[{\"type\":\"returnError\",\"invokeId\":1,\"errorCode\":71,"
	       "\"error\":\"unknownAlphabet\"}],\"hex\":\"a306020101020147\"}}],"
	       "\"hex\":\"8b2a1c08a306020101020147\"}", NULL);
	/* (a returnError's name is its "error": the facility's own "error" would follow "hex") */
	/* returnError callBarred (13) with CallBarredParam callBarringCause 0 in a FACILITY.
	 * tshark: callBarred (13), callBarringCause: barringServiceActive (0) */
	expect(W_DTAP, "8b 3a { a3 { 02 01 01 02 01 0d 0a 01 00 } }",
	       "{\"type\":\"returnError\",\"invokeId\":1,\"errorCode\":13,\"error\":\"callBarred\","
	       "\"parameter\":{\"callBarringCause\":\"barringServiceActive\"}}],"
	       "\"hex\":\"a30902010102010d0a0100\"},\"ies\":[]", NULL);
	/* reject { invokeID 1, invokeProblem [1] 1 unrecognizedOperation }.
	 * tshark: reject, invokeProblem: unrecognizedOperation (1) */
	expect_ok(W_DTAP, "8b 2a 1c { a4 { 02 01 01 81 01 01 } }",
		  "{\"type\":\"reject\",\"invokeId\":1,\"problemType\":\"invokeProblem\","
		  "\"problem\":\"unrecognizedOperation\",\"problemCode\":1}", NULL);
	/* reject { NULL (not derivable), generalProblem [0] 2 }: named as X.880's GeneralProblem,
	 * whose ROS PDUs TS 24.080 clause 4 uses (3.6.7 table 3.13 and Q.773 say "badly structured
	 * component"; tshark: not-derivable, generalProblem: badlyStructuredComponent (2)) */
	expect_ok(W_DTAP, "8b 2a 1c { a4 { 05 00 80 01 02 } }",
		  "{\"type\":\"reject\",\"invokeId\":null,\"problemType\":\"generalProblem\","
		  "\"problem\":\"badlyStructuredPDU\",\"problemCode\":2}", NULL);
	robust_dtap("8b 3a { a3 { 02 01 01 02 01 0d 0a 01 00 } }");
	robust_facility("a4 { 05 00 80 01 02 }", 1);
}
END_TEST

/* call related SS in call control (TS 24.008 9.3.9 FACILITY, 10.5.4.15 facility IE) */
START_TEST(test_ss_call_control)
{
	/* CC FACILITY (03 3a, TI flag 0), facility LV: invoke callDeflection (117) CallDeflectionArg
	 * { deflectedToNumber [0] 91 94 71 12 34 56 f8 }.
	 * tshark: callDeflection (117), deflectedToNumber E.164 number 49172143658 */
	expect_ok(W_DTAP, "03 3a { a1 { 02 01 01 02 01 75 30 { 80 07 91 94 71 12 34 56 f8 } } }",
		  "\"message\":\"FACILITY\"",
		  "\"operation\":\"callDeflection\",\"argument\":{\"deflectedToNumber\":{", "\"digits\":\"49172143658\"",
		  NULL);
	/* CC FACILITY from the network: notifySS (16) NotifySS-Arg { ss-Code [1] 41 (cw),
	 * callIsWaiting-Indicator [14] NULL }.
	 * tshark: notifySS (16), ss-Code: cw - call waiting (65), callIsWaiting-Indicator */
	expect_ok(W_DTAP, "83 3a { a1 { 02 01 05 02 01 10 30 { 81 01 41 8e 00 } } }",
		  "\"invokeId\":5,\"opcode\":16,\"operation\":\"notifySS\",\"argument\":{\"ss-Code\":{\"code\":65,"
		  "\"name\":\"cw\"", "\"callIsWaiting-Indicator\":null", NULL);
	/* DISCONNECT with cause 16 and a facility IE (1c): returnError resourcesNotAvailable (127,
	 * TS 24.080 4.3.1 SS-Errors).  tshark shows the code, "Unknown (127)": its table is MAP's */
	expect(W_DTAP, "83 25 02 e0 90 1c { a3 { 02 01 01 02 01 7f } }",
	       "\"message\":\"DISCONNECT\"",
	       "{\"iei\":28,\"name\":\"facility\",\"value\":{\"ber\":",
	       "\"errorCode\":127,\"error\":\"resourcesNotAvailable\"}],\"hex\":\"a30602010102017f\"}}],"
	       "\"hex\":\"832502e0901c08a30602010102017f\"}", NULL);
	/* CC FACILITY: forwardChargeAdvice (125, advice of charge, TS 24.086) ForwardChargeAdviceArg
	 * { ss-Code [0] 72 (aocc), chargingInformation [1] { e1 [1] 1, e2 [2] 10 } }.
	 * tshark: forwardChargeAdvice (125), aocc (114), e1: 1, e2: 10 */
	expect_ok(W_DTAP, "83 3a { a1 { 02 01 01 02 01 7d 30 { 80 01 72 a1 { 81 01 01 82 01 0a } } } }",
		  "\"opcode\":125,\"operation\":\"forwardChargeAdvice\",\"argument\":{\"ss-Code\":{\"code\":114,"
		  "\"name\":\"aocc\"", "\"chargingInformation\":{\"e1\":1,\"e2\":10}", NULL);
	robust_dtap("03 3a { a1 { 02 01 01 02 01 75 30 { 80 07 91 94 71 12 34 56 f8 } } }");
	robust_dtap("83 25 02 e0 90 1c { a3 { 02 01 01 02 01 7f } }");
}
END_TEST

/* malformed facilities: each problem with its offset, the rest still read */
START_TEST(test_ss_malformed)
{
	/* two components; the first cut short: invoke of length 6 holding only invokeID and
	 * opcode header (02 01 01 02 01 missing the code octet is not framed, so: an invoke whose
	 * opcode is an OCTET STRING), the second one good */
	expect(W_FACILITY, "a1 { 02 01 01 04 01 3b } a1 { 02 01 02 02 01 3b 30 { 04 01 0f 04 01 31 } }",
	       "\"components\":[{\"type\":\"invoke\",\"invokeId\":1,\"decodeError\":{\"layer\":\"component\","
	       "\"offset\":5,\"code\":\"unexpected-tag\",\"reason\":\"UNIVERSAL 4 where an operation or error "
	       "code (INTEGER or OID) is expected\"}},{\"type\":\"invoke\",\"invokeId\":2,\"opcode\":59,",
	       "\"text\":\"1\"",
	       "\"error\":{\"offset\":5,\"reason\":\"UNIVERSAL 4 where an operation or error code", NULL);
	/* a tag that is no component ([5]), then a good reject */
	expect(W_FACILITY, "a5 { 02 01 01 } a4 { 02 01 01 81 01 01 }",
	       "{\"type\":\"unknown\",\"invokeId\":null,\"decodeError\":{\"layer\":\"component\",\"offset\":0,"
	       "\"code\":\"unexpected-tag\",\"reason\":\"[5] is not a component type\"}},"
	       "{\"type\":\"reject\",\"invokeId\":1,",
	       "\"error\":{\"offset\":0,\"reason\":\"[5] is not a component type\"}", NULL);
	/* a length far beyond the facility (84 7f ff ff ff): nothing can be framed after it */
	expect(W_FACILITY, "a1 84 7f ff ff ff 02 01 01", "\"components\":[]", "\"error\":{\"offset\":", NULL);
	/* a truncated component: invoke says 8 octets, 5 are there */
	expect(W_FACILITY, "a1 08 02 01 01 02 01", "\"components\":[]", "\"error\":{\"offset\":", NULL);
	/* an argument its type does not decode: USSD-Arg without its USSD-String */
	expect(W_FACILITY, "a1 { 02 01 01 02 01 3b 30 { 04 01 0f } }",
	       "\"operation\":\"processUnstructuredSS-Request\",\"parameterHex\":\"300304010f\","
	       "\"parameterBer\":{\"ber\":", "\"decodeError\":{", "\"error\":{\"offset\":", NULL);
	/* an opcode TS 24.080 does not have (200): named by number, parameter as a BER tree; not
	 * malformed, so no "error" for the facility */
	expect(W_FACILITY, "a1 { 02 01 01 02 02 00 c8 30 { 04 01 00 } }",
	       "{\"type\":\"invoke\",\"invokeId\":1,\"opcode\":200,\"operation\":null,"
	       "\"parameterHex\":\"3003040100\",\"parameterBer\":{\"ber\":[{\"tag\":\"[UNIVERSAL 16]\"",
	       "\"decodeError\":{\"layer\":\"component\",\"offset\":0,\"code\":\"unknown-operation\","
	       "\"reason\":\"operation code 200 is not in TS 24.080 Supported-SS-Operations\"}", NULL);
	/* an error code TS 24.080 does not have (1, MAP's unknownSubscriber) */
	expect(W_FACILITY, "a3 { 02 01 01 02 01 01 }",
	       "\"errorCode\":1,\"error\":null", "\"code\":\"unknown-error-code\"", NULL);
	/* empty */
	tu_expect_empty_error(emit, &(enum which){ W_FACILITY }, "empty");
	robust_facility("a1 { 02 01 01 02 01 3b 30 { 04 01 0f 04 05 aa 18 0c 36 02 } } a4 { 02 01 01 81 01 01 }", 0);
	robust_facility("a2 { 02 01 01 30 { 02 01 73 30 { 80 07 00 2a aa aa 05 55 55 } } }", 1);
}
END_TEST

/*
 * Every operation of SS-Protocol's Supported-SS-Operations (TS 24.080 4.5) is found by its
 * code: those imported from MAP with MAP's codes (TS 29.002 17.6.4 / 17.6.2), those of
 * SS-Operations (TS 24.080 4.2) with theirs.
 */
START_TEST(test_ss_registry)
{
	static const struct { int code; const char *name, *ns; } ops[] = {
		{ 38, "forwardCheckSS-Indication", "Map" }, { 10, "registerSS", "Map" },
		{ 11, "eraseSS", "Map" }, { 12, "activateSS", "Map" }, { 13, "deactivateSS", "Map" },
		{ 14, "interrogateSS", "Map" }, { 17, "registerPassword", "Map" },
		{ 18, "getPassword", "Map" }, { 59, "processUnstructuredSS-Request", "Map" },
		{ 60, "unstructuredSS-Request", "Map" }, { 61, "unstructuredSS-Notify", "Map" },
		{ 77, "eraseCC-Entry", "Map" }, { 19, "processUnstructuredSS-Data", "Ss" },
		{ 16, "notifySS", "Ss" }, { 125, "forwardChargeAdvice", "Ss" }, { 124, "buildMPTY", "Ss" },
		{ 123, "holdMPTY", "Ss" }, { 122, "retrieveMPTY", "Ss" }, { 121, "splitMPTY", "Ss" },
		{ 126, "explicitCT", "Ss" }, { 120, "forwardCUG-Info", "Ss" },
		{ 119, "accessRegisterCCEntry", "Ss" }, { 117, "callDeflection", "Ss" },
		{ 118, "userUserService", "Ss" }, { 116, "lcs-LocationNotification", "Ss" },
		{ 115, "lcs-MOLR", "Ss" }, { 114, "lcs-AreaEventRequest", "Ss" },
		{ 113, "lcs-AreaEventReport", "Ss" }, { 112, "lcs-AreaEventCancellation", "Ss" },
		{ 111, "lcs-PeriodicLocationRequest", "Ss" }, { 110, "lcs-LocationUpdate", "Ss" },
		{ 109, "lcs-PeriodicLocationCancellation", "Ss" }, { 108, "lcs-PeriodicTriggeredInvoke", "Ss" },
	};
	/* SS-Errors (TS 24.080 4.3.1) and some of MAP's that the operations list */
	static const struct { int code; const char *name; } errs[] = {
		{ 121, "rejectedByUser" }, { 122, "rejectedByNetwork" }, { 123, "deflectionToServedSubscriber" },
		{ 124, "specialServiceCode" }, { 125, "invalidDeflectedToNumber" },
		{ 126, "maxNumberOfMPTY-ParticipantsExceeded" }, { 127, "resourcesNotAvailable" },
		{ 34, "systemFailure" }, { 71, "unknownAlphabet" }, { 13, "callBarred" },
		{ 16, "illegalSS-Operation" }, { 54, "positionMethodFailure" },
	};
	size_t i;

	for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		const struct tk_operation_desc *op = tk_ss_operation(ops[i].code);
		ck_assert_msg(op != NULL, "operation %d", ops[i].code);
		ck_assert_str_eq(op->name, ops[i].name);
		ck_assert_str_eq(op->ns, ops[i].ns);
	}
	for (i = 0; i < sizeof(errs) / sizeof(errs[0]); i++) {
		const struct tk_error_desc *er = tk_ss_error(errs[i].code);
		ck_assert_msg(er != NULL, "error %d", errs[i].code);
		ck_assert_str_eq(er->name, errs[i].name);
	}
	ck_assert_ptr_null(tk_ss_operation(2));	/* updateLocation: MAP only */
	ck_assert_ptr_null(tk_ss_error(1));	/* unknownSubscriber: no SS operation returns it */
}
END_TEST

Suite *tu_suite_ss(void)
{
	Suite *s = suite_create("ss");
	TCase *tc = tcase_create("facility");

	tcase_add_test(tc, test_ss_registry);
	tcase_add_test(tc, test_ss_ussd);
	tcase_add_test(tc, test_ss_operations);
	tcase_add_test(tc, test_ss_errors);
	tcase_add_test(tc, test_ss_call_control);
	tcase_add_test(tc, test_ss_malformed);
	suite_add_tcase(s, tc);
	return s;
}
