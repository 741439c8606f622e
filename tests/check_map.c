/* MAP: version-specific operations, and the values users read (TBCD, addresses, USSD). */
#include <stdlib.h>
#include <string.h>

#include <asn_application.h>

#include "testutil.h"

#define IMSI_TBCD "62021132547698f0"	/* 262011234567890 */

/* opcode 46: forwardSM in v1/v2, mo-ForwardSM in v3 */
#define FSM_ARG "30{80 08 " IMSI_TBCD " 84 05 91942143f5 04 03 010203 05 00}"

START_TEST(test_opcode46_v2_forwardsm)
{
	struct tk_msg *m = tu_decode("62{48 04 01020304 6b{28{06 07 00118605010101 a0{60{80 02 0780 a1{06 07 04000001001502}}}}}"
				     "6c{a1{02 01 01 02 01 2e " FSM_ARG "}}}", NULL);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	ck_assert_int_eq(m->context.desc->version, 2);
	ck_assert_str_eq(m->components[0].op->name, "forwardSM");
	ck_assert_str_eq(m->components[0].op->ns, "MapV2");
	tu_assert_has(j, "\"operation\":\"forwardSM\"");
	tu_assert_has(j, "\"sm-RP-DA\":{\"imsi\":{\"digits\":\"262011234567890\"");
	/* sm-RP-UI is a TS 23.040 TPDU; v2 forwardSM serves both directions */
	tu_assert_has(j, "\"sm-RP-UI\":{\"type\":");
	tu_assert_has(j, "\"directionAssumed\":true");
	tu_assert_has(j, "\"hex\":\"010203\"");
	tu_assert_has(j, "\"moreMessagesToSend\":null");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_opcode46_v3_mo_forwardsm)
{
	struct tk_msg *m = tu_decode("62{48 04 01020304 6b{28{06 07 00118605010101 a0{60{80 02 0780 a1{06 07 04000001001503}}}}}"
				     "6c{a1{02 01 01 02 01 2e " FSM_ARG "}}}", NULL);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	ck_assert_int_eq(m->context.desc->version, 3);
	ck_assert_str_eq(m->components[0].op->name, "mo-ForwardSM");
	ck_assert_str_eq(m->components[0].value.type->name, "Map-MO-ForwardSM-Arg");
	tu_assert_has(j, "\"operation\":\"mo-ForwardSM\"");
	/* v3 has no moreMessagesToSend: the v2 element is not a field of the v3 type */
	tu_assert_hasnt(j, "moreMessagesToSend");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_ussd_gsm7)
{
	/* processUnstructuredSS-Request (59) in networkUnstructuredSsContext-v2, "*100#" */
	struct tk_msg *m = tu_decode("62{48 04 01020304 6c{a1{02 01 01 02 01 3b 30{04 01 0f 04 05 aa180c3602}}}}",
				     "0.4.0.0.1.0.19.2");
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	tu_assert_has(j, "\"operation\":\"processUnstructuredSS-Request\"");
	tu_assert_has(j, "\"ussd-DataCodingScheme\":{\"value\":15,\"alphabet\":\"GSM 7-bit\"}");
	tu_assert_has(j, "\"ussd-String\":{\"dcs\":15,\"text\":\"*100#\",\"hex\":\"aa180c3602\"}");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_ussd_non_ascii_and_ucs2)
{
	/* GSM 7-bit "\u00fc\u20ac": septets 7e (u-umlaut), 1b 65 (ESC + euro sign) packed as fe 4d 19;
	 * and UCS2 (DCS 0x48, general data coding, UCS2) "Hi" */
	struct tk_msg *m = tu_decode("62{48 04 01020304 6c{a1{02 01 01 02 01 3b 30{04 01 0f 04 03 fe4d19}}}}",
				     "0.4.0.0.1.0.19.2");
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	tu_assert_has(j, "\"text\":\"\xc3\xbc\xe2\x82\xac\"");	/* UTF-8 in the JSON line */
	free(j);
	tk_msg_free(m);
	m = tu_decode("62{48 04 01020304 6c{a1{02 01 01 02 01 3b 30{04 01 48 04 04 00480069}}}}", "0.4.0.0.1.0.19.2");
	j = tu_json(m);
	tu_assert_has(j, "\"alphabet\":\"UCS2\"");
	tu_assert_has(j, "\"text\":\"Hi\"");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_broken_tpdu_keeps_the_message)
{
	/* mo-ForwardSM whose sm-RP-UI is a truncated SMS-SUBMIT: the TPDU reports its own
	 * error, the MAP message and its other fields are kept, and the message is ok */
	struct tk_msg *m = tu_decode("62{48 04 01020304 6c{a1{02 01 01 02 01 2e 30{84 05 91942143f5 82 05 91942143f6"
				     " 04 06 01050b919471}}}}", "0.4.0.0.1.0.21.3");
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	tu_assert_has(j, "\"sm-RP-UI\":{\"type\":\"SMS-SUBMIT\"");
	tu_assert_has(j, "\"error\":{\"offset\":");
	tu_assert_has(j, "\"sm-RP-OA\":{\"msisdn\":{\"nature\":\"international number\"");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_map_open_user_information)
{
	/* AARQ user-information: EXTERNAL map-DialogueAS with MAP-OPEN destination/origination */
	struct tk_msg *m = tu_decode("62{48 04 01020304 6b{28{06 07 00118605010101 a0{60{80 02 0780 a1{06 07 04000001000103}"
				     "be{28{06 07 04000001010101 a0{a0{80 09 91" IMSI_TBCD " 81 05 91942143f5}}}}}}}}"
				     "6c{a1{02 01 01 02 01 02 30{04 08 " IMSI_TBCD " 81 05 91942143f5 04 05 91942143f6}}}}", NULL);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	tu_assert_has(j, "\"userInformation\":{\"oid\":\"0.4.0.0.1.1.1.1\",\"value\":{\"map-open\":{\"destinationReference\":"
		      "{\"nature\":\"international number\",\"numberingPlan\":\"ISDN/telephony (E.164)\","
		      "\"digits\":\"262011234567890\"");
	tu_assert_has(j, "\"originationReference\":{\"nature\":\"international number\"");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_address_nature_and_plan)
{
	/* sendRoutingInfoForSM (45): msisdn with nature "national significant number", plan E.164 */
	struct tk_msg *m = tu_decode("62{48 04 01020304 6c{a1{02 01 01 02 01 2d 30{80 05 a1 103254f7 81 01 ff 82 05 91942143f5}}}}",
				     "0.4.0.0.1.0.20.3");
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	tu_assert_has(j, "\"msisdn\":{\"nature\":\"national significant number\",\"numberingPlan\":\"ISDN/telephony (E.164)\","
		      "\"digits\":\"0123457\"");
	tu_assert_has(j, "\"sm-RP-PRI\":true");
	tu_assert_has(j, "\"serviceCentreAddress\":{\"nature\":\"international number\"");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_bit_string_named_bits)
{
	/* sendRoutingInfo (22): interrogationType by name, camelInfo.supportedCamelPhases by bit names */
	struct tk_msg *m = tu_decode("62{48 04 01020304 6c{a1{02 01 01 02 01 16 30{80 05 91942143f5 83 01 00"
				     " 86 05 91942143f6 ab{03 02 04 e0}}}}}", "0.4.0.0.1.0.5.3");
	char *j = tu_json(m);

	ck_assert_msg(m->status == TK_OK, "%s", m->error.reason);
	tu_assert_has(j, "\"operation\":\"sendRoutingInfo\"");
	tu_assert_has(j, "\"interrogationType\":\"basicCall\"");
	tu_assert_has(j, "\"camelInfo\":{\"supportedCamelPhases\":{\"set\":[\"phase1\",\"phase2\",\"phase3\"],"
		      "\"length\":4,\"hex\":\"e0\"}}");
	free(j);
	tk_msg_free(m);
}
END_TEST

Suite *tu_suite_map(void)
{
	Suite *s = suite_create("map");
	TCase *tc = tcase_create("versions and values");

	tcase_add_test(tc, test_opcode46_v2_forwardsm);
	tcase_add_test(tc, test_opcode46_v3_mo_forwardsm);
	tcase_add_test(tc, test_ussd_gsm7);
	tcase_add_test(tc, test_ussd_non_ascii_and_ucs2);
	tcase_add_test(tc, test_broken_tpdu_keeps_the_message);
	tcase_add_test(tc, test_map_open_user_information);
	tcase_add_test(tc, test_address_nature_and_plan);
	tcase_add_test(tc, test_bit_string_named_bits);
	suite_add_tcase(s, tc);
	return s;
}
