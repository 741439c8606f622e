/*
 * ansi41.c: ANSI-41 MAP (TIA-41 / 3GPP2 X.S0004-E) operation names and parameters over ANSI
 * TCAP.
 *
 * The vectors are parameters of the public captures (../shared/captures/wireshark-wiki:
 * ansi_tcap_over_itu_sccp_over_mtp3_over_mtp2.pcap frame 1, an OriginationRequest, and
 * ansi_map_win.pcap frame 1, a LocationRequest) and hand-built ones; the values expected are
 * those tshark 4.0.17's ansi_map dissector shows for the captures (quoted in the comments).
 * The hand-built IMSI is not in any capture and was not checked with tshark.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "ansi41.h"

Suite *tu_suite_ansi41(void);

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	(void)arg;
	tk_emit_ansi41_parameters(e, p, n);
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

/* the parameter set of the OriginationRequest of the MTP2 capture (frame 1) */
#define ORREQ_SET \
	"f269 950339400188050118900027 89048d2ad4fe 8107394001011c3000 9f620400000000 9f7b020c71" \
	" 9f21021004 840a0100210b4034800001 02 82020104 9f5d090000210a3313500927" \
	" 9f50090200210a3313500927 9f82170124 bf82180c9f8215037d7b1f9f8219010f"
/* the whole ANSI TCAP QueryWithPermission of that frame */
#define ORREQ_TCAP \
	"e27cc70461060390e874e972cf0101d102092f" ORREQ_SET

START_TEST(test_operation_names)
{
	/* X.S0004-540 Table 1: 1 HandoffMeasurementRequest ... 9 Unblocking */
	ck_assert_str_eq(tk_ansi41_operation_name(0, 0x0901), "HandoffMeasurementRequest");
	ck_assert_str_eq(tk_ansi41_operation_name(0, 0x0909), "Unblocking");
	/* tshark: "private: 2351 Origination Request", 2319 Location Request */
	ck_assert_str_eq(tk_ansi41_operation_name(0, 0x092f), "OriginationRequest");
	ck_assert_str_eq(tk_ansi41_operation_name(0, 0x090f), "LocationRequest");
	ck_assert_str_eq(tk_ansi41_operation_name(0, 0x090d), "RegistrationNotification");
	ck_assert_str_eq(tk_ansi41_operation_name(0, 0x0906), "QualificationRequest");
	ck_assert_str_eq(tk_ansi41_operation_name(0, 0x0940), "AnalyzedInformation");
	ck_assert_str_eq(tk_ansi41_operation_name(0, 0x0955), "TAnswer");
	ck_assert_str_eq(tk_ansi41_operation_name(0, 0x0935), "SMSDeliveryPointToPoint");
	/* bit H of the family (reply required) does not change the family */
	ck_assert_str_eq(tk_ansi41_operation_name(0, 0x892f), "OriginationRequest");
	/* National codes, other families, specifiers without a name, codes of other sizes */
	ck_assert_ptr_null(tk_ansi41_operation_name(1, 0x092f));
	ck_assert_ptr_null(tk_ansi41_operation_name(0, 0x082f));
	ck_assert_ptr_null(tk_ansi41_operation_name(0, 0x0900));
	ck_assert_ptr_null(tk_ansi41_operation_name(0, 0x0967));
	ck_assert_ptr_null(tk_ansi41_operation_name(0, 0x1092f));
	ck_assert_ptr_null(tk_ansi41_operation_name(0, -1));
}
END_TEST

START_TEST(test_capture_parameters)
{
	expect_ok(ORREQ_SET,
		  /* tshark: mscid 394001, MarketID 14656, Switch Number (SWNO) 1 */
		  "{\"identifier\":21,\"name\":\"MSCID\",\"marketId\":14656,\"switchNumber\":1,"
		  "\"hex\":\"394001\"}",
		  /* mobileIdentificationNumber - 1081090072 */
		  "{\"identifier\":8,\"name\":\"MobileIdentificationNumber\",\"min\":\"1081090072\","
		  "\"hex\":\"0118900027\"}",
		  /* electronicSerialNumber 8d2ad4fe */
		  "\"name\":\"ElectronicSerialNumber\",\"esn\":\"8d2ad4fe\",\"manufacturerCode\":141,"
		  "\"serialNumber\":2807038",
		  /* billingID: MarketID 14656, SWNO 1, ID Number 72752, Segment Counter 0 */
		  "\"name\":\"BillingID\",\"marketId\":14656,\"switchNumber\":1,\"idNumber\":72752,"
		  "\"segmentCounter\":0,\"hex\":\"394001011c3000\"",
		  /* originationTriggers 00000000: every trigger not active */
		  "{\"identifier\":98,\"name\":\"OriginationTriggers\",\"all\":false,\"local\":false,",
		  "\"digits15\":false,\"hex\":\"00000000\"}",
		  /* transactionCapability 0c71: RUI, ANN, WADDR, TL, multiple terminations 1 */
		  "\"name\":\"TransactionCapability\",\"profile\":false,\"busyDetection\":false,"
		  "\"announcements\":true,\"remoteUserInteraction\":true,\"subscriberPinIntercept\":false,"
		  "\"userZoneCapable\":false,\"ndssCapable\":false,\"nameCapable\":false,"
		  "\"multipleTerminations\":1,\"terminationList\":true,\"winAddressing\":true",
		  "{\"identifier\":33,\"name\":\"LocationAreaID\",\"locationAreaId\":4100,\"hex\":\"1004\"}",
		  /* digits: Dialed Number or Called Party Number, National, E.164 (2), BCD, 11 digits
		   * (tshark prints the filler too: 044308001020) */
		  "{\"identifier\":4,\"name\":\"Digits (Dialed)\",\"typeOfDigits\":"
		  "\"Dialed Number or Called Party Number\",\"natureOfNumber\":\"National\","
		  "\"presentationRestricted\":false,\"numberNotAvailable\":false,"
		  "\"screening\":\"User provided, not screened\",\"numberingPlan\":"
		  "\"Telephony Numbering (ITU-T Rec. E.164, E.163)\",\"encoding\":\"BCD\","
		  "\"numberOfDigits\":11,\"digits\":\"04430800102\"",
		  "{\"identifier\":2,\"name\":\"ServingCellID\",\"servingCellId\":260,\"hex\":\"0104\"}",
		  /* mobileDirectoryNumber - 3331059072, Type of Digits Not Used */
		  "\"name\":\"MobileDirectoryNumber\",\"typeOfDigits\":\"Not Used\"",
		  "\"numberOfDigits\":10,\"digits\":\"3331059072\"",
		  "\"name\":\"CallingPartyNumberDigits1\",\"typeOfDigits\":\"Calling Party Number\"",
		  /* triggerType: origination-Attempt-Authorized (36) */
		  "{\"identifier\":279,\"name\":\"TriggerType\",\"trigger\":\"Origination_Attempt_Authorized\","
		  "\"hex\":\"24\"}",
		  /* winCapability { triggerCapability 7d7b1f, wINOperationsCapability 0f } */
		  "{\"identifier\":280,\"name\":\"WINCapability\",\"elements\":[{\"identifier\":277,"
		  "\"name\":\"TriggerCapability\",\"introducingStarPound\":true,\"kDigit\":false,"
		  "\"allCalls\":true,\"revertiveCall\":true,\"originationAttemptAuthorized\":true,",
		  "\"terminatingResourceAvailable\":true,\"tBusy\":true,\"tNoAnswer\":true,\"tAnswer\":true,"
		  "\"tDisconnect\":true,\"hex\":\"7d7b1f\"},{\"identifier\":281,"
		  "\"name\":\"WINOperationsCapability\",\"connectResource\":true,\"callControlDirective\":true,"
		  "\"positionRequest\":true,\"hex\":\"0f\"}],",
		  NULL);
}
END_TEST

START_TEST(test_win_parameters)
{
	/* ansi_map_win.pcap frame 1 (LocationRequest): tshark shows billingID MarketID 12, SWNO
	 * 2, ID Number 18; mscid MarketID 12, SWNO 2; systemMyTypeCode tELOS (19); pc-ssn Type
	 * Originating MSC (9), Point Code 0-0-9, SSN 8; triggerType mobile-Termination (32) */
	expect_ok("f2{ 8107000c0200001200 9503000c02 960113 9f20050909000008 9f82170120 }",
		  "\"marketId\":12,\"switchNumber\":2,\"idNumber\":18,\"segmentCounter\":0",
		  "{\"identifier\":21,\"name\":\"MSCID\",\"marketId\":12,\"switchNumber\":2",
		  "{\"identifier\":22,\"name\":\"SystemMyTypeCode\",\"vendor\":\"TELOS\",\"hex\":\"13\"}",
		  "{\"identifier\":32,\"name\":\"PC_SSN\",\"type\":\"Originating MSC\","
		  "\"pointCode\":\"0-0-9\",\"ssn\":8,\"hex\":\"0909000008\"}",
		  "\"trigger\":\"Mobile_Termination\"", NULL);
	/* ansi_map_win.pcap frame 3 (AnalyzedInformation result): actionCode Continue
	 * processing (1) */
	expect_ok("f2{ 9f81000101 }",
		  "{\"identifier\":128,\"name\":\"ActionCode\",\"action\":\"Continue processing\"", NULL);
	/* ansi_map_ota.pcap: accessDeniedReason termination-denied (4), pc-ssn Type HLR (4)
	 * 4-4-0? no: 0404000006 is Type HLR, Point Code 0-0-4, SSN 6 */
	expect_ok("f2{ 940104 9f20050404000006 }",
		  "\"reason\":\"Termination denied\"",
		  "\"type\":\"HLR\",\"pointCode\":\"0-0-4\",\"ssn\":6", NULL);
}
END_TEST

START_TEST(test_hand_built)
{
	/* IMSI [242] (9f 81 72): TBCD 310041000000000 and filler F; not checked with tshark */
	expect_ok("f2{ 9f817208 1300140000000 0f0 }",
		  "{\"identifier\":242,\"name\":\"IMSI\",\"imsi\":\"310041000000000\"", NULL);
	/* Digits in IA5 (encoding 2): type Routing Number (4), International, presentation
	 * restricted, number not available, network provided (3), E.164, 3 characters "1#2" */
	expect_ok("f2{ 8407 04 37 22 03 312332 }",
		  "\"typeOfDigits\":\"Routing Number\",\"natureOfNumber\":\"International\","
		  "\"presentationRestricted\":true,\"numberNotAvailable\":true,\"screening\":"
		  "\"Network provided\"", "\"encoding\":\"IA5\",\"numberOfDigits\":3,\"digits\":\"1#2\"",
		  NULL);
	/* an identifier we do not name keeps its BER structure with the tag: [127], and a
	 * PRIVATE-class one */
	expect_ok("f2{ 9f7f01aa df0101bb }",
		  "{\"identifier\":127,\"name\":null,\"ber\":[{\"tag\":\"[127]\"",
		  "{\"identifier\":1,\"class\":\"PRIVATE\",\"name\":null,\"ber\":", NULL);
	/* values the tables do not name keep their number */
	expect_ok("f2{ 960163 9f8217017f }", "\"vendor\":\"unknown (99)\"", "\"trigger\":\"unknown (127)\"",
		  NULL);
	/* a SEQUENCE as the parameter container works the same */
	expect_ok("30{ 9503000c02 }", "\"marketId\":12", NULL);
	/* the empty set */
	expect_ok("f200", "{\"elements\":[],\"hex\":\"f200\"}", NULL);
}
END_TEST

START_TEST(test_more_parameters)
{
	/* ansi_map_win.pcap frame 1: triggerCapability 707018 (tshark: OAA, OANS, ODISC;
	 * CgRAA, IT, CdRAA; TANS, TDISC can be armed), wINOperationsCapability 03 (CONN, CCDIR,
	 * not POS); frame 2: timeDateOffset fe20 (-480 minutes, UTC-8) */
	expect_ok("f2{ 9f821503707018 9f82190103 9f82130 2fe20 }",
		  "\"oNoAnswer\":false,\"callTypes\":false", "\"calledRoutingAddressAvailable\":true,"
		  "\"oCalledPartyBusy\":false,\"terminatingResourceAvailable\":false,\"tBusy\":false,"
		  "\"tNoAnswer\":false,\"tAnswer\":true,\"tDisconnect\":true,\"hex\":\"707018\"",
		  "\"connectResource\":true,\"callControlDirective\":true,\"positionRequest\":false",
		  "{\"identifier\":275,\"name\":\"TimeDateOffset\",\"offsetMinutes\":-480,\"hex\":\"fe20\"}", NULL);
	/* ansi_map_ota.pcap frame 15: authorizationPeriod 0600 (Indefinite (6), Value 0);
	 * callingFeaturesIndicator 7a0d11 (tshark: CW Not authorized, CFNA Authorized and
	 * activated, CFB and CFU Authorized but de-activated; CT and VP Not used, CD Authorized
	 * and activated, 3WC Not authorized; CNIROver Not used, CNIR Not authorized, CNIP2 Not
	 * used, CNIP1 Not authorized); sms-OriginationRestrictions 00 (DEFAULT Block all) */
	expect_ok("f2{ 8e020600 99037a0d11 9f730100 }",
		  "{\"identifier\":14,\"name\":\"AuthorizationPeriod\",\"period\":\"Indefinite\",\"value\":0",
		  "\"callForwardingUnconditional\":\"Authorized but de-activated\",\"callForwardingBusy\":"
		  "\"Authorized but de-activated\",\"callForwardingNoAnswer\":\"Authorized and activated\","
		  "\"callWaiting\":\"Not authorized\",\"threeWayCalling\":\"Not authorized\",\"callDelivery\":"
		  "\"Authorized and activated\",\"voicePrivacy\":\"Not used\",\"callTransfer\":\"Not used\","
		  "\"cnip1\":\"Not authorized\",\"cnip2\":\"Not used\",\"cnir\":\"Not authorized\","
		  "\"cnirOverride\":\"Not used\",\"hex\":\"7a0d11\"",
		  "\"default\":\"Block all\",\"direct\":false,\"forceMessageCenter\":false", NULL);
	/* ansi_map_ota.pcap frame 14: sms-Address "Point Code 0-0-10  SSN 8" (plan 13, octet
	 * string); frames 18/20: dmh-RedirectionIndicator cd-local (23), cfna (3) */
	expect_ok("f2{ 9f68070031d30a000008 9f580117 9f580103 }",
		  "\"numberingPlan\":\"SS7 Point Code (PC) and Subsystem Number (SSN)\",\"encoding\":"
		  "\"Octet String\",\"pointCode\":\"0-0-10\",\"ssn\":8,\"hex\":\"0031d30a000008\"",
		  "\"indicator\":\"CD local\"", "\"indicator\":\"CFNA\"", NULL);
	/* hand-built, each octet checked with tshark 4.0.17 (a message carrying it, the octet
	 * tried through 0-255): authorizationDenied stolen-unit (3), featureResult successful
	 * (2), redirectionReason unconditional (3), accessDeniedReason no-page-response (5),
	 * dmh-RedirectionIndicator voice-mail-retrieval (24); systemCapabilities 2f (AUTH, SE,
	 * VP, CAVE, DP); originationTriggers 01 1f 80 80 (All; Star, DS, Pound, DP, PA; 7
	 * digits; 15 digits); sms-OriginationRestrictions 0e (Allow specific, DIRECT, FMC) */
	expect_ok("f2{ 8d0103 920102 930103 940105 9f580118 9f31012f 9f6204011f8080 9f73010e }",
		  "\"reason\":\"Stolen unit\"", "\"result\":\"Successful\"", "\"reason\":\"Unconditional\"",
		  "\"reason\":\"No page response\"", "\"indicator\":\"Voice mail retrieval\"",
		  "\"authenticationParametersRequested\":true,\"signalingMessageEncryption\":true,"
		  "\"voicePrivacy\":true,\"caveAlgorithm\":true,\"sharedSsd\":false,\"dataPrivacy\":true",
		  "\"all\":true,\"local\":false", "\"star\":true,\"doubleStar\":true,\"pound\":true,"
		  "\"doublePound\":true,\"priorAgreement\":true,\"noDigits\":false",
		  "\"digits7\":true,\"digits8\":false", "\"digits15\":true",
		  "\"default\":\"Allow specific\",\"direct\":true,\"forceMessageCenter\":true", NULL);
	/* DMH_AccountCodeDigits [140] (tshark: dmh-AccountCodeDigits 0100210233 - 33), the
	 * billing digits [141] [142] and an IPv4 SMS_Address (plan 14: tshark names the plan
	 * but shows no address; not checked) */
	expect_ok("f2{ 9f810c050100210233 9f810d050100210233 9f810e050100210233 9f6807 0031e3c0a80001 }",
		  "\"name\":\"DMH_AccountCodeDigits\",\"typeOfDigits\":\"Dialed Number or Called Party Number\"",
		  "\"numberOfDigits\":2,\"digits\":\"33\"", "\"name\":\"DMH_AlternateBillingDigits\"",
		  "\"name\":\"DMH_BillingDigits\"", "\"ipAddress\":\"192.168.0.1\"", NULL);
	/* TriggerAddressList [276] { TriggerList [278] { DestinationDigits, WIN_TriggerList [283]
	 * 24 20 41 } }: tshark 4.0.17 shows wIN-TriggerList 242041 as hex; the trigger types
	 * are TriggerType values (not checked with tshark) */
	expect_ok("f2{ bf8214{ bf8216{ 9f570601002103 33f5 9f821b03242041 } } }",
		  "{\"identifier\":276,\"name\":\"TriggerAddressList\",\"elements\":[{\"identifier\":278,"
		  "\"name\":\"TriggerList\",\"elements\":[{\"identifier\":87,\"name\":\"DestinationDigits\"",
		  "{\"identifier\":283,\"name\":\"WIN_TriggerList\",\"triggers\":[{\"trigger\":"
		  "\"Origination_Attempt_Authorized\"},{\"trigger\":\"Mobile_Termination\"},{\"trigger\":"
		  "\"T_Busy\"}]", NULL);
	/* values no table names keep their number */
	expect_ok("f2{ 940163 99010c }", "\"reason\":\"unknown (99)\"",
		  "\"callForwardingBusy\":\"Authorized and activated\"", NULL);
}
END_TEST

START_TEST(test_more_malformed)
{
	/* AuthorizationPeriod of 1 octet, TimeDateOffset of 3 */
	expect("f2{ 8e0106 }", "\"reason\":\"truncated: AuthorizationPeriod has 2 octets, 1 present\"", NULL);
	expect("f2{ 9f82130 3fe2000 }", "TimeDateOffset", NULL);
	/* empty bit parameters (tshark: ansi_map_ota.pcap's sms-TeleserviceIdentifier
	 * "<MISSING> length 0" is the same deviation) */
	expect("f2{ 9f8215 00 }", "TriggerCapability", NULL);
	expect("f2{ 9f7400 }", "\"reason\":\"SMS_TeleserviceIdentifier of 0 octets (1 to 4)\"", NULL);
	/* a PC_SSN address of 6 octets */
	expect("f2{ 9f6806 0031d30a0000 }", "a PC_SSN address", NULL);
}
END_TEST

START_TEST(test_malformed)
{
	/* MSCID of 2 octets: the error's offset is in the set (4 = after 2 octets of value) */
	expect("f2{ 9502000c }", "\"name\":\"MSCID\",\"hex\":\"000c\",\"error\":{\"offset\":2,"
	       "\"reason\":\"truncated: an MSCID has 3 octets, 2 present\"}",
	       "\"error\":{\"offset\":6,", NULL);
	/* BillingID of 8 octets */
	expect("f2{ 8108000c020000120000 }", "\"reason\":\"1 octet after the 7 of a BillingID\"", NULL);
	/* 11 BCD digits announced, 5 present */
	expect("f2{ 8409 0100210b 4034800001 }", "\"reason\":\"truncated: 11 BCD digits need 6 octets, 5 present\"",
	       NULL);
	/* a MIN with a non-BCD semi-octet */
	expect("f2{ 8805 011890002a }", "\"min\":\"10810900a2\"", "semi-octet 10 is not a BCD digit", NULL);
	/* a TLV whose length runs past the set */
	expect("f2{ 9505000c02 }", "\"error\":{\"offset\":", NULL);
	/* not a constructed set */
	expect("0400", "\"reason\":\"the parameter set is not constructed\"", NULL);
	/* octets after the set */
	expect("f200 00", "\"reason\":\"1 octets after the parameter set\"", NULL);
	/* an enumeration of 2 octets */
	expect("f2{ 96021300 }", "\"reason\":\"1 octet after the 1 of SystemMyTypeCode\"", NULL);
	/* constructed parameters nested deeper than the bound */
	expect("f2{ bf8218{ bf8218{ bf8218{ bf8218{ bf8218{ bf8218{ bf8218{ bf8218{ bf8218{ 9601 13 }}}}}}}}}}",
	       "nested deeper than", NULL);
	tu_expect_empty_error(emit, NULL, "no parameter set");
}
END_TEST

START_TEST(test_robust)
{
	tu_robust_tmpl(emit, NULL, ORREQ_SET, 1);
	tu_robust_tmpl(emit, NULL, "f2{ 8e020600 99037a0d11 9f68070031d30a000008 bf8214{ bf8216{ 9f570601002103 33f5 "
		       "9f821b03242041 } } 9f82130 2fe20 9f821503707018 }", 1);
	tu_robust_tmpl(emit, NULL, "f2{ 8107000c0200001200 9503000c02 960113 9f20050909000008 9f817208130014000000 00f0 }",
		       1);
}
END_TEST

/* the whole message: "operation" named, "parameterHex" and "parameterBer" kept, "parameters" */
/* the JSON of the TCAP message tmpl holds every needle (to a NULL) and, unless NULL, not
 * absent */
static void msg_has(const char *tmpl, const char *absent, ...)
{
	struct tk_msg *m = tu_decode(tmpl, NULL);
	char *j = tu_json(m);
	const char *needle;
	va_list ap;

	va_start(ap, absent);
	while ((needle = va_arg(ap, const char *)) != NULL)
		tu_assert_has(j, needle);
	va_end(ap);
	if (absent)
		tu_assert_hasnt(j, absent);
	free(j);
	tk_msg_free(m);
}

START_TEST(test_message)
{
	struct tk_msg *m = tu_decode(ORREQ_TCAP, NULL);
	char *j = tu_json(m);

	tu_assert_has(j, "\"type\":\"ansi-query-with-permission\"");
	tu_assert_has(j, "\"opcode\":2351,\"operation\":\"OriginationRequest\"");
	tu_assert_has(j, "\"parameterHex\":\"f269");
	tu_assert_has(j, "\"parameterBer\":{\"ber\":[");
	tu_assert_has(j, "\"parameters\":{\"elements\":[{\"identifier\":21,\"name\":\"MSCID\"");
	tu_assert_has(j, "\"status\":\"ok\"");
	free(j);
	tk_msg_free(m);
	/* a National operation code (PRIVATE 16) is not ANSI-41: no name, no "parameters" */
	msg_has("e2{ c70461060390 e8{ e9{ cf0101 d002092f f2{ 9503000c02 } } } }",
		"\"parameters\"", "\"opcode\":2351,\"operation\":null", "\"status\":\"ok\"", NULL);
	/* a returnError with the Private error code 129 (tshark 4.0.17's ansi_tcap:
	 * "private: unrecognized-MIN (129)"), and 140 missing-Parameter */
	msg_has("e4{ c70401020304 e8{ eb{ cf0101 d40181 } eb{ cf0102 d4018c } } }", NULL,
		"\"errorCode\":129,\"error\":\"UnrecognizedMIN\"",
		"\"errorCode\":140,\"error\":\"MissingParameter\"", NULL);
	/* National error codes and Private codes outside 129-140 are not named */
	msg_has("e4{ c70401020304 e8{ eb{ cf0101 d30181 } eb{ cf0102 d4018d } } }", NULL,
		"\"errorCode\":129,\"error\":null", "\"errorCode\":141,\"error\":null", NULL);
	ck_assert_str_eq(tk_ansi41_error_name(0, 137), "SystemFailure");
	ck_assert_str_eq(tk_ansi41_error_name(0, 131), "MIN/HLRMismatch");
	ck_assert_ptr_null(tk_ansi41_error_name(0, 128));
	ck_assert_ptr_null(tk_ansi41_error_name(1, 137));
	ck_assert_ptr_null(tk_ansi41_error_name(0, -1));
}
END_TEST

/* ---- the public captures (skipped when ../shared is absent) ---------------------------- */

struct cap_out {
	char *json;
	size_t len, size;
};

static int to_buf(const char *s, size_t n, void *arg)
{
	struct cap_out *o = arg;

	if (o->len + n + 1 > o->size) {
		o->size = (o->len + n + 1) * 2;
		o->json = realloc(o->json, o->size);
		ck_assert_ptr_nonnull(o->json);
	}
	memcpy(o->json + o->len, s, n);
	o->len += n;
	o->json[o->len] = 0;
	return 0;
}

static void collect(const struct tk_record *r, void *arg)
{
	tk_record_print(r, TK_FMT_JSON, to_buf, arg);
}

/* every record of the capture as JSON lines, or NULL when the file is absent */
static char *read_capture(const char *rel)
{
	char *path = tu_srcpath(rel);
	struct tk_error err;
	struct tk_pcap *p = tk_pcap_open(path, &err);
	struct tk_trace *tr;
	struct cap_out o = { NULL, 0, 0 };
	const uint8_t *data;
	size_t caplen, wirelen;
	double t;
	unsigned frame = 0;

	free(path);
	if (!p)
		return NULL;
	tr = tk_trace_new(NULL);
	ck_assert_ptr_nonnull(tr);
	to_buf("", 0, &o);
	while (tk_pcap_next(p, &data, &caplen, &wirelen, &t, &err) == 1)
		tk_trace_frame(tr, ++frame, tk_pcap_dlt(p), data, caplen, wirelen, t, collect, &o);
	tk_trace_free(tr);
	tk_pcap_close(p);
	return o.json;
}

START_TEST(test_captures)
{
	char *j = read_capture("../shared/captures/wireshark-wiki/ansi_tcap_over_itu_sccp_over_mtp3_over_mtp2.pcap");

	if (!j) {
		fprintf(stderr, "SKIP: ../shared/captures is absent: ANSI-41 capture test not run\n");
		return;
	}
	/* tshark: Origination Request; mscid 394001; triggerType origination-Attempt-Authorized */
	tu_assert_has(j, "\"operation\":\"OriginationRequest\"");
	tu_assert_has(j, "\"name\":\"MSCID\",\"marketId\":14656,\"switchNumber\":1");
	tu_assert_has(j, "\"trigger\":\"Origination_Attempt_Authorized\"");
	free(j);

	/* tshark (-o mtp3.standard:ANSI): Location Request, Analyzed Information Request (and its
	 * ReturnResult: actionCode Continue processing), T Answer, T Disconnect */
	j = read_capture("../shared/captures/wireshark-wiki/ansi_map_win.pcap");
	ck_assert_ptr_nonnull(j);
	tu_assert_has(j, "\"operation\":\"LocationRequest\"");
	tu_assert_has(j, "\"operation\":\"AnalyzedInformation\"");
	tu_assert_has(j, "\"operation\":\"TAnswer\"");
	tu_assert_has(j, "\"operation\":\"TDisconnect\"");
	tu_assert_has(j, "\"action\":\"Continue processing\"");
	tu_assert_has(j, "\"vendor\":\"TELOS\"");
	free(j);

	/* tshark: SMS Delivery Point to Point, Registration Notification, Location Request,
	 * Transfer To Number Request, Routing Request; accessDeniedReason termination-denied */
	j = read_capture("../shared/captures/wireshark-wiki/ansi_map_ota.pcap");
	ck_assert_ptr_nonnull(j);
	tu_assert_has(j, "\"operation\":\"SMSDeliveryPointToPoint\"");
	tu_assert_has(j, "\"operation\":\"RegistrationNotification\"");
	tu_assert_has(j, "\"operation\":\"TransferToNumberRequest\"");
	tu_assert_has(j, "\"operation\":\"RoutingRequest\"");
	tu_assert_has(j, "\"reason\":\"Termination denied\"");
	tu_assert_has(j, "\"action\":\"Attach MSC to OTAF\"");
	free(j);
}
END_TEST

Suite *tu_suite_ansi41(void)
{
	Suite *s = suite_create("ansi41");
	TCase *tc = tcase_create("ansi41");

	tcase_add_test(tc, test_operation_names);
	tcase_add_test(tc, test_capture_parameters);
	tcase_add_test(tc, test_win_parameters);
	tcase_add_test(tc, test_hand_built);
	tcase_add_test(tc, test_more_parameters);
	tcase_add_test(tc, test_malformed);
	tcase_add_test(tc, test_more_malformed);
	tcase_add_test(tc, test_robust);
	tcase_add_test(tc, test_message);
	tcase_add_test(tc, test_captures);
	suite_add_tcase(s, tc);
	return s;
}
