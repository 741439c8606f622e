/* TCAP layer: message types, transaction IDs, dialogue PDUs, components, errors. */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

/* dialogue portions: AARQ with CAP phase 4 gsmSSF-scfGeneric / MAP networkLocUp-v3 */
#define AARQ_CAP4 "6b{28{06 07 00118605010101 a0{60{80 02 0780 a1{06 07 04000001170304}}}}}"
#define ACN_NETLOCUP3 "0.4.0.0.1.0.1.3"
#define IDP_ARG "30{80 01 05}"		/* InitialDPArg { serviceKey 5 } */
#define IMSI_TBCD "04 08 62021132547698f0"	/* 262011234567890 */

START_TEST(test_begin_cap4)
{
	struct tk_msg *m = tu_decode("62{48 04 0a000001" AARQ_CAP4 "6c{a1{02 01 01 02 01 00" IDP_ARG "}}}", NULL);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	ck_assert_int_eq(m->type, TK_MSG_BEGIN);
	ck_assert_int_eq(m->otid_len, 4);
	ck_assert_int_eq(m->dialogue.pdu, TK_DLG_AARQ);
	ck_assert_str_eq(m->dialogue.acn, "0.4.0.0.1.23.3.4");
	ck_assert_int_eq(m->context.source, TK_CTX_DIALOGUE);
	ck_assert_ptr_nonnull(m->context.desc);
	ck_assert_int_eq(m->context.desc->protocol, TK_PROTO_CAP);
	ck_assert_int_eq(m->context.desc->version, 4);
	ck_assert_int_eq(m->n_components, 1);
	ck_assert_str_eq(m->components[0].op->name, "initialDP");
	tu_assert_has(j, "\"tcap\":{\"type\":\"begin\",\"otid\":\"0a000001\",\"dtid\":null}");
	tu_assert_has(j, "\"context\":{\"acn\":\"0.4.0.0.1.23.3.4\",\"name\":\"capssf-scfGenericAC\","
		      "\"protocol\":\"cap\",\"version\":4,\"source\":\"dialogue\"}");
	tu_assert_has(j, "\"components\":[{\"type\":\"invoke\",\"invokeId\":1,\"opcode\":0,"
		      "\"operation\":\"initialDP\",\"argument\":{\"serviceKey\":5}}]");
	tu_assert_has(j, "\"status\":\"ok\"}");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_end_aare_result)
{
	/* End, AARE accepted (EXPLICIT tags of DialoguePDUs), returnResultLast updateLocation */
	struct tk_msg *m = tu_decode("64{49 04 0a000001"
				     "6b{28{06 07 00118605010101 a0{61{80 02 0780 a1{06 07 04000001000103}"
				     "a2{02 01 00} a3{a1{02 01 00}}}}}}"
				     "6c{a2{02 01 01 30{02 01 02 30{04 05 9194214 3f5}}}}}", NULL);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	ck_assert_int_eq(m->type, TK_MSG_END);
	ck_assert_int_eq(m->dialogue.pdu, TK_DLG_AARE);
	ck_assert_int_eq(m->dialogue.result, 0);
	ck_assert_int_eq(m->components[0].type, TK_COMP_RESULT_LAST);
	tu_assert_has(j, "\"result\":\"accepted\"");
	tu_assert_has(j, "\"diagnostic\":{\"source\":\"dialogue-service-user\",\"value\":\"null\"}");
	tu_assert_has(j, "\"operation\":\"updateLocation\",\"result\":{\"hlr-Number\":{\"nature\":\"international number\","
		      "\"numberingPlan\":\"ISDN/telephony (E.164)\",\"digits\":\"4912345\",\"hex\":\"91942143f5\"}}");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_aare_reject_acn_not_supported)
{
	struct tk_msg *m = tu_decode("65{48 04 01020304 49 04 0a000001"
				     "6b{28{06 07 00118605010101 a0{61{a1{06 07 04000001000303}"
				     "a2{02 01 01} a3{a1{02 01 02}}}}}}}", NULL);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	tu_assert_has(j, "\"result\":\"reject-permanent\"");
	tu_assert_has(j, "\"value\":\"application-context-name-not-supported\"");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_broken_user_information)
{
	/* MAP-DialoguePDU with an alternative [9] that does not exist: the dialogue is kept,
	 * the failure is reported at the dialogue layer, the component is still decoded */
	struct tk_msg *m = tu_decode("62{48 04 01020304 6b{28{06 07 00118605010101 a0{60{80 02 0780 a1{06 07 04000001000103}"
				     "be{28{06 07 04000001010101 a0{a9{}}}}}}}}"
				     "6c{a1{02 01 01 02 01 02 30{04 08 62021132547698f0 81 05 91942143f5 04 05 91942143f6}}}}", NULL);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_ERR_VALUE);
	ck_assert_int_eq(m->error.layer, TK_LAYER_DIALOGUE);
	ck_assert_int_eq(m->dialogue.pdu, TK_DLG_AARQ);
	ck_assert_str_eq(m->dialogue.acn, "0.4.0.0.1.0.1.3");
	ck_assert_ptr_nonnull(m->components[0].value.type);
	tu_assert_has(j, "Map-MAP-DialoguePDU");
	tu_assert_has(j, "\"operation\":\"updateLocation\",\"argument\":{\"imsi\"");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_abort_pabort)
{
	struct tk_msg *m = tu_decode("67{49 04 01020304 4a 01 01}", NULL);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	ck_assert_int_eq(m->type, TK_MSG_ABORT);
	ck_assert_int_eq(m->pabort_cause, 1);
	tu_assert_has(j, "\"pAbortCause\":\"unrecognizedTransactionID\"");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_abort_user_abrt)
{
	struct tk_msg *m = tu_decode("67{49 04 01020304 6b{28{06 07 00118605010101 a0{64{80 01 00}}}}}", NULL);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	ck_assert_int_eq(m->dialogue.pdu, TK_DLG_ABRT);
	tu_assert_has(j, "\"dialogue\":{\"pdu\":\"ABRT\",\"abortSource\":\"dialogue-service-user\"}");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_unidirectional_audt)
{
	struct tk_msg *m = tu_decode("61{6b{28{06 07 00118605010201 a0{60{80 02 0780 a1{06 07 04000001000103}}}}}"
				     "6c{a1{02 01 05 02 01 02 30{" IMSI_TBCD " 81 05 9194214 3f5 04 05 9194214 3f6}}}}", NULL);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	ck_assert_int_eq(m->type, TK_MSG_UNIDIRECTIONAL);
	ck_assert_int_eq(m->dialogue.pdu, TK_DLG_AUDT);
	tu_assert_has(j, "\"imsi\":{\"digits\":\"262011234567890\",\"hex\":\"62021132547698f0\"}");
	tu_assert_has(j, "\"msc-Number\":{\"nature\":\"international number\"");
	tu_assert_has(j, "\"vlr-Number\":{\"nature\":\"international number\",\"numberingPlan\":\"ISDN/telephony (E.164)\",\"digits\":\"4912346\"");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_continue_caller_context)
{
	/* no dialogue portion: the caller says which dialogue this belongs to */
	struct tk_msg *m = tu_decode("65{48 04 01020304 49 04 0a000001 6c{a1{02 01 02 02 01 00" IDP_ARG "}}}",
				     "0.4.0.0.1.23.3.4");
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	ck_assert_int_eq(m->context.source, TK_CTX_CALLER);
	tu_assert_has(j, "\"source\":\"caller\"");
	tu_assert_has(j, "\"argument\":{\"serviceKey\":5}");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_begin_without_dialogue_is_map_v1)
{
	/* TS 29.002: a TC-BEGIN without dialogue portion is a MAP version 1 dialogue */
	struct tk_msg *m = tu_decode("62{48 04 01020304 6c{a1{02 01 01 02 01 02 30{" IMSI_TBCD
				     " 81 05 9194214 3f5 04 05 9194214 3f6}}}}", NULL);
	char *j = tu_json(m);

	ck_assert_int_eq(m->context.source, TK_CTX_DERIVED);
	ck_assert_ptr_nonnull(m->context.desc);
	ck_assert_int_eq(m->context.desc->protocol, TK_PROTO_MAP);
	ck_assert_int_eq(m->context.desc->version, 1);
	ck_assert_uint_ge(m->context.n_candidates, 1);
	tu_assert_has(j, "\"source\":\"derived\"");
	tu_assert_has(j, "\"operation\":\"updateLocation\"");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_no_context)
{
	/* a Continue with neither dialogue nor caller context: parameters stay raw, and say why */
	struct tk_msg *m = tu_decode("65{48 04 01020304 49 04 0a000001 6c{a1{02 01 02 02 01 00" IDP_ARG "}}}", NULL);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_ERR_NO_CONTEXT);
	ck_assert_int_eq(m->context.source, TK_CTX_NONE);
	tu_assert_has(j, "\"parameterHex\":\"3003800105\"");
	tu_assert_has(j, "\"code\":\"no-context\"");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_rejects)
{
	struct tk_msg *m = tu_decode("64{49 04 0a000001 6c{a4{02 01 01 80 01 02} a4{02 01 02 81 01 02}"
				     "a4{02 01 03 82 01 02} a4{02 01 04 83 01 04} a4{05 00 80 01 00}}}", ACN_NETLOCUP3);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	ck_assert_int_eq(m->n_components, 5);
	ck_assert_int_eq(m->components[4].has_invoke_id, 0);
	tu_assert_has(j, "\"problemType\":\"generalProblem\",\"problem\":\"badlyStructuredPDU\",\"problemCode\":2");
	tu_assert_has(j, "\"problemType\":\"invokeProblem\",\"problem\":\"mistypedArgument\"");
	tu_assert_has(j, "\"problemType\":\"returnResultProblem\",\"problem\":\"mistypedResult\"");
	tu_assert_has(j, "\"problemType\":\"returnErrorProblem\",\"problem\":\"mistypedParameter\"");
	tu_assert_has(j, "{\"type\":\"reject\",\"invokeId\":null,\"problemType\":\"generalProblem\",\"problem\":\"unrecognizedPDU\"");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_return_error_and_not_last)
{
	struct tk_msg *m = tu_decode("64{49 04 0a000001 6c{a7{02 01 01 30{02 01 02 30{04 05 9194214 3f5}}}"
				     "a3{02 01 01 02 01 22 0a 01 00} a3{02 01 02 02 01 1b}}}", ACN_NETLOCUP3);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	ck_assert_int_eq(m->components[0].type, TK_COMP_RESULT_NOT_LAST);
	tu_assert_has(j, "\"type\":\"returnResultNotLast\"");
	tu_assert_has(j, "\"errorCode\":34,\"error\":\"systemFailure\",\"parameter\":{\"networkResource\":\"plmn\"}");
	tu_assert_has(j, "\"errorCode\":27,\"error\":\"absentSubscriber\"}");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_linked_id)
{
	struct tk_msg *m = tu_decode("65{48 04 01020304 49 04 0a000001 6c{a1{02 01 02 80 01 01 02 01 37}}}",
				     "0.4.0.0.1.23.3.4");
	ck_assert_int_eq(m->status, TK_OK);
	ck_assert_int_eq(m->components[0].has_linked_id, 1);
	ck_assert_int_eq(m->components[0].linked_id, 1);
	ck_assert_str_eq(m->components[0].op->name, "activityTest");
	tk_msg_free(m);
}
END_TEST

START_TEST(test_indefinite_lengths)
{
	struct tk_msg *m = tu_decode("62 80 48 04 0a000001 6c 80 a1 80 02 01 01 02 01 00 30 03 800105 0000 0000 0000",
				     "0.4.0.0.1.23.3.4");
	ck_assert_int_eq(m->status, TK_OK);
	ck_assert_int_eq(m->n_components, 1);
	ck_assert_ptr_nonnull(m->components[0].value.type);
	tk_msg_free(m);
}
END_TEST

/* ---- failures: code, layer and offset --------------------------------------------------- */

static void expect_error(const char *tmpl, const char *acn, enum tk_status code, enum tk_layer layer,
			 size_t offset, const char *reason_part)
{
	struct tk_msg *m = tu_decode(tmpl, acn);
	char *j = tu_json(m);

	ck_assert_msg(m->status == code, "status %s, expected %s (%s)", tk_status_name(m->status),
		      tk_status_name(code), m->error.reason);
	ck_assert_msg(m->error.layer == layer, "layer %s, expected %s", tk_layer_name(m->error.layer),
		      tk_layer_name(layer));
	ck_assert_msg(m->error.offset == offset, "offset %zu, expected %zu (%s)", m->error.offset, offset,
		      m->error.reason);
	if (reason_part)
		tu_assert_has(m->error.reason, reason_part);
	tu_assert_has(j, "\"status\":\"error\",\"error\":{\"layer\":");
	free(j);
	tk_msg_free(m);
}

START_TEST(test_errors)
{
	expect_error("62 10 48 04 01", NULL, TK_ERR_TRUNCATED, TK_LAYER_TCAP, 0, "past the end");
	expect_error("", NULL, TK_ERR_TRUNCATED, TK_LAYER_TCAP, 0, "data ends");
	expect_error("63 00", NULL, TK_ERR_UNEXPECTED_TAG, TK_LAYER_TCAP, 0, "not a TCAP message type");
	expect_error("e7{c7 04 00000001}", NULL, TK_ERR_UNEXPECTED_TAG, TK_LAYER_TCAP, 0, "ANSI TCAP package type");
	expect_error("62{6c{a1{02 01 01 02 01 00}}}", "0.4.0.0.1.23.3.4", TK_ERR_MISSING, TK_LAYER_TCAP, 0,
		     "OrigTransactionID");
	expect_error("62{48 05 0102030405}", NULL, TK_ERR_BER, TK_LAYER_TCAP, 2, "1 to 4");
	expect_error("62{48 04 01020304} 00", NULL, TK_ERR_TRAILING, TK_LAYER_TCAP, 8, "after the end");
	expect_error("62{48 04 01020304 6c{a5{02 01 01}}}", NULL, TK_ERR_UNEXPECTED_TAG, TK_LAYER_COMPONENT, 10,
		     "not a component type");
	expect_error("62{48 04 01020304 6c{a1{02 01 01 02 01 63}}}", "0.4.0.0.1.23.3.4", TK_ERR_UNKNOWN_OPERATION,
		     TK_LAYER_CAP, 10, "operation code 99");
	expect_error("62{48 04 01020304 6c{a1{02 01 01 02 01 00 30{81 01 05}}}}", "0.4.0.0.1.23.3.4",
		     TK_ERR_VALUE, TK_LAYER_CAP, 20, "InitialDPArg");
	expect_error("62{48 04 01020304 6c{a1{02 01 01 02 01 00" IDP_ARG "}}}", "1.2.3.4",
		     TK_ERR_UNKNOWN_ACN, TK_LAYER_COMPONENT, 10, "1.2.3.4");
	expect_error("62{48 04 01020304 6c{a1{80 01 01}}}", NULL, TK_ERR_UNEXPECTED_TAG, TK_LAYER_COMPONENT, 12,
		     "invokeID");
	expect_error("62{48 04 01020304 6c{a1{02 01 01}}}", NULL, TK_ERR_MISSING, TK_LAYER_COMPONENT, 10,
		     "without operation code");
	/* length of a component runs past the component portion */
	expect_error("62{48 04 01020304 6c{a1 09 02 01 01}}", NULL, TK_ERR_TRUNCATED, TK_LAYER_COMPONENT, 10,
		     "past the end");
}
END_TEST

START_TEST(test_ansi_tcap)
{
	/* ANSI T1.114 Query With Permission: transaction ID, an Invoke (Last) with component ID,
	 * a National operation code (family 0x09, specifier 0x01) and a parameter set */
	struct tk_msg *m = tu_decode("e2{c7 04 00000001 e8{e9{cf 01 01 d1 02 0901 f2{9f 4e 01 05}}}}", NULL);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	ck_assert_int_eq(m->type, TK_MSG_ANSI_QUERY_WITH_PERM);
	ck_assert_int_eq(m->has_otid, 1);
	ck_assert_int_eq(m->n_components, 1);
	ck_assert_int_eq(m->components[0].type, TK_COMP_INVOKE);
	ck_assert_int_eq(m->components[0].invoke_id, 1);
	ck_assert_int_eq(m->components[0].code, 0x0901);
	tu_assert_has(j, "\"type\":\"ansi-query-with-permission\",\"otid\":\"00000001\"");
	tu_assert_has(j, "\"parameterHex\":\"f2049f4e0105\"");
	free(j);
	tk_msg_free(m);
	/* a Response carries the responding transaction ID; a bad component is reported */
	m = tu_decode("e4{c7 04 00000001 e8{ea{cf 01 01 f2{}} c0 00}}", NULL);
	ck_assert_int_eq(m->type, TK_MSG_ANSI_RESPONSE);
	ck_assert_int_eq(m->has_dtid, 1);
	ck_assert_int_eq(m->status, TK_ERR_UNEXPECTED_TAG);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_too_many_components)
{
	char tmpl[4096] = "65{48 04 01020304 49 04 0a000001 6c{";
	int i;
	struct tk_msg *m;

	for (i = 0; i < 65; i++)
		strcat(tmpl, "a1{02 01 01 02 01 37}");
	strcat(tmpl, "}}");
	m = tu_decode(tmpl, "0.4.0.0.1.23.3.4");
	ck_assert_int_eq(m->status, TK_ERR_TOO_MANY);
	ck_assert_int_eq(m->n_components, 64);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_deep_nesting_is_bounded)
{
	/* 200 nested indefinite-length SEQUENCEs as an argument: bounded, not a crash */
	char tmpl[4096] = "65{48 04 01020304 49 04 0a000001 6c{a1{02 01 01 02 01 00 ";
	int i;
	struct tk_msg *m;

	for (i = 0; i < 200; i++)
		strcat(tmpl, "3080");
	for (i = 0; i < 200; i++)
		strcat(tmpl, "0000");
	strcat(tmpl, "}}}");
	m = tu_decode(tmpl, "0.4.0.0.1.23.3.4");
	ck_assert_int_eq(m->status, TK_ERR_TOO_DEEP);
	ck_assert_int_eq(m->error.layer, TK_LAYER_COMPONENT);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_text_tree)
{
	struct tk_msg *m = tu_decode("67{49 04 01020304 4a 01 04}", NULL);
	char *t = tu_text(m);

	ck_assert_str_eq(t, "schema: 1\n"
			    "tcap:\n"
			    "  type: abort\n"
			    "  otid: null\n"
			    "  dtid: 01020304\n"
			    "  pAbortCause: resourceLimitation\n"
			    "dialogue: null\n"
			    "context:\n"
			    "  acn: null\n"
			    "  protocol: null\n"
			    "  version: null\n"
			    "  source: none\n"
			    "components: []\n"
			    "status: ok");
	free(t);
	tk_msg_free(m);
}
END_TEST

Suite *tu_suite_tcap(void)
{
	Suite *s = suite_create("tcap");
	TCase *tc = tcase_create("messages");

	tcase_add_test(tc, test_begin_cap4);
	tcase_add_test(tc, test_end_aare_result);
	tcase_add_test(tc, test_aare_reject_acn_not_supported);
	tcase_add_test(tc, test_broken_user_information);
	tcase_add_test(tc, test_abort_pabort);
	tcase_add_test(tc, test_abort_user_abrt);
	tcase_add_test(tc, test_unidirectional_audt);
	tcase_add_test(tc, test_continue_caller_context);
	tcase_add_test(tc, test_begin_without_dialogue_is_map_v1);
	tcase_add_test(tc, test_no_context);
	tcase_add_test(tc, test_rejects);
	tcase_add_test(tc, test_return_error_and_not_last);
	tcase_add_test(tc, test_linked_id);
	tcase_add_test(tc, test_indefinite_lengths);
	tcase_add_test(tc, test_errors);
	tcase_add_test(tc, test_ansi_tcap);
	tcase_add_test(tc, test_too_many_components);
	tcase_add_test(tc, test_deep_nesting_is_bounded);
	tcase_add_test(tc, test_text_tree);
	suite_add_tcase(s, tc);
	return s;
}
