/*
 * CAP: each phase's InitialDP with its InitialDPArgExtension decodes with that phase's
 * types, and the same phase-2 bytes decoded with phase-3 types put the value into a
 * different field (which is why tcapkit compiles every phase into its own namespace).
 */
#include <stdlib.h>
#include <string.h>

#include <asn_application.h>

#include "testutil.h"

#define ACN_CAP1 "0.4.0.0.1.0.50.0"
#define ACN_CAP2 "0.4.0.0.1.0.50.1"
#define ACN_CAP3 "0.4.0.0.1.21.3.4"
#define ACN_CAP4 "0.4.0.0.1.23.3.4"

/* a Continue carrying an invoke of initialDP with the given InitialDPArg content */
static struct tk_msg *idp(const char *arg_content, const char *acn)
{
	char tmpl[1024];
	snprintf(tmpl, sizeof(tmpl), "65{48 04 01020304 49 04 0a000001 6c{a1{02 01 01 02 01 00 30{%s}}}}",
		 arg_content);
	return tu_decode(tmpl, acn);
}

/* phase 2: InitialDPArgExtension ::= { naCarrierInformation [0], gmscAddress [1], ... } */
#define EXT_PHASE2 "80 01 05 bf3b{81 05 91942143f5}"
/* phase 3 and 4: InitialDPArgExtension ::= { gmscAddress [0], forwardingDestinationNumber [1], ... } */
#define EXT_PHASE3 "80 01 05 bf3b{80 05 91942143f5}"

START_TEST(test_phase1_initialdp)
{
	struct tk_msg *m = idp("80 01 07 82 03 0310f0", ACN_CAP1);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	ck_assert_int_eq(m->context.desc->version, 1);
	ck_assert_str_eq(m->components[0].value.type->name, "Cap1-InitialDPArg");
	/* calledPartyNumber: ISUP format (Q.763 3.9), decoded, raw hex kept */
	tu_assert_has(j, "\"argument\":{\"serviceKey\":7,\"calledPartyNumber\":{\"oddEven\":\"even\"");
	tu_assert_has(j, "\"hex\":\"0310f0\"}");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_phase2_initialdp_extension)
{
	struct tk_msg *m = idp(EXT_PHASE2, ACN_CAP2);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	ck_assert_int_eq(m->context.desc->version, 2);
	ck_assert_str_eq(m->components[0].value.type->name, "Cap2-InitialDPArg");
	tu_assert_has(j, "\"initialDPArgExtension\":{\"gmscAddress\":{\"nature\":\"international number\","
		      "\"numberingPlan\":\"ISDN/telephony (E.164)\",\"digits\":\"4912345\"");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_phase3_initialdp_extension)
{
	struct tk_msg *m = idp(EXT_PHASE3, ACN_CAP3);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	ck_assert_int_eq(m->context.desc->version, 3);
	ck_assert_str_eq(m->components[0].value.type->name, "Cap3-InitialDPArg");
	tu_assert_has(j, "\"initialDPArgExtension\":{\"gmscAddress\":{\"nature\":\"international number\","
		      "\"numberingPlan\":\"ISDN/telephony (E.164)\",\"digits\":\"4912345\"");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_phase4_initialdp_extension)
{
	struct tk_msg *m = idp(EXT_PHASE3 "", ACN_CAP4);
	struct tk_msg *m2 = idp("80 01 05 bf3b{80 05 91942143f5 8b 00}", ACN_CAP4);
	char *j = tu_json(m), *j2 = tu_json(m2);

	ck_assert_int_eq(m->status, TK_OK);
	ck_assert_str_eq(m->components[0].value.type->name, "Cap4-InitialDPArg");
	tu_assert_has(j, "\"gmscAddress\":{\"nature\":\"international number\"");
	/* enhancedDialledServicesAllowed [11] NULL exists from phase 4 on */
	ck_assert_int_eq(m2->status, TK_OK);
	tu_assert_has(j2, "\"enhancedDialledServicesAllowed\":null");
	free(j);
	free(j2);
	tk_msg_free(m);
	tk_msg_free(m2);
}
END_TEST

START_TEST(test_phase2_bytes_with_phase3_types_differ)
{
	/* the same bytes: gmscAddress under phase 2, forwardingDestinationNumber under phase 3 */
	struct tk_msg *m2 = idp(EXT_PHASE2, ACN_CAP2);
	struct tk_msg *m3 = idp(EXT_PHASE2, ACN_CAP3);
	char *j2 = tu_json(m2), *j3 = tu_json(m3);

	ck_assert_int_eq(m2->status, TK_OK);
	ck_assert_int_eq(m3->status, TK_OK);	/* no error: only the version tells them apart */
	ck_assert_ptr_ne(m2->components[0].value.type, m3->components[0].value.type);
	tu_assert_has(j2, "\"gmscAddress\":");
	tu_assert_hasnt(j2, "forwardingDestinationNumber");
	tu_assert_has(j3, "\"initialDPArgExtension\":{\"forwardingDestinationNumber\":{");
	tu_assert_has(j3, "\"hex\":\"91942143f5\"}}");
	tu_assert_hasnt(j3, "gmscAddress");
	free(j2);
	free(j3);
	tk_msg_free(m2);
	tk_msg_free(m3);
}
END_TEST

START_TEST(test_phase_namespaces_are_distinct_types)
{
	/* asn1c descriptors of one type name in every phase, side by side in one library */
	extern asn_TYPE_descriptor_t asn_DEF_Cap2_InitialDPArgExtension;
	extern asn_TYPE_descriptor_t asn_DEF_Cap3_InitialDPArgExtension;
	extern asn_TYPE_descriptor_t asn_DEF_Cap4_InitialDPArgExtension;

	ck_assert_str_eq(asn_DEF_Cap2_InitialDPArgExtension.name, "Cap2-InitialDPArgExtension");
	ck_assert_str_eq(asn_DEF_Cap3_InitialDPArgExtension.name, "Cap3-InitialDPArgExtension");
	ck_assert_str_eq(asn_DEF_Cap4_InitialDPArgExtension.name, "Cap4-InitialDPArgExtension");
	ck_assert_str_eq(asn_DEF_Cap2_InitialDPArgExtension.elements[0].name, "naCarrierInformation");
	ck_assert_str_eq(asn_DEF_Cap2_InitialDPArgExtension.elements[1].name, "gmscAddress");
	ck_assert_str_eq(asn_DEF_Cap3_InitialDPArgExtension.elements[0].name, "gmscAddress");
	ck_assert_int_lt(asn_DEF_Cap3_InitialDPArgExtension.elements_count,
			 asn_DEF_Cap4_InitialDPArgExtension.elements_count);
}
END_TEST

START_TEST(test_cap_error_and_activity_test)
{
	/* activityTest (55) has no argument; a returnError of a CAP error with its parameter */
	struct tk_msg *m = tu_decode("65{48 04 01020304 49 04 0a000001 6c{a1{02 01 03 02 01 37}"
				     "a3{02 01 01 02 01 0b 0a 01 02}}}", ACN_CAP2);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	tu_assert_has(j, "\"operation\":\"activityTest\"");
	tu_assert_has(j, "\"errorCode\":11,\"error\":\"systemFailure\",\"parameter\":\"");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_ber_in_octet_string)
{
	/* applyCharging (35): aChBillingChargingCharacteristics holds the BER of
	 * CAMEL-AChBillingChargingCharacteristics of the same phase; broken, it reports
	 * where and the rest of the argument is kept */
	struct tk_msg *m = tu_decode("65{48 04 01020304 49 04 0a000001 6c{a1{02 01 01 02 01 23 30{80 07 a0058003008ca0"
				     " a2{80 01 01}}}}}", ACN_CAP2);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	tu_assert_has(j, "\"aChBillingChargingCharacteristics\":{\"decoded\":{\"timeDurationCharging\":"
		      "{\"maxCallPeriodDuration\":36000}},\"hex\":\"a0058003008ca0\"}");
	free(j);
	tk_msg_free(m);
	m = tu_decode("65{48 04 01020304 49 04 0a000001 6c{a1{02 01 01 02 01 23 30{80 04 a0058003"
		      " a2{80 01 01}}}}}", ACN_CAP2);
	j = tu_json(m);
	ck_assert_int_eq(m->status, TK_OK);
	tu_assert_has(j, "\"aChBillingChargingCharacteristics\":{\"error\":{\"offset\":");
	tu_assert_has(j, "\"partyToCharge\":{\"sendingSideID\":{\"value\":1,\"name\":\"leg1\",\"hex\":\"01\"}}");
	free(j);
	tk_msg_free(m);
}
END_TEST

START_TEST(test_operation_not_in_phase)
{
	/* initiateCallAttempt (32) is a phase 4 operation: unknown in a phase 2 dialogue */
	struct tk_msg *m = tu_decode("65{48 04 01020304 49 04 0a000001 6c{a1{02 01 01 02 01 20 30{}}}}", ACN_CAP2);

	ck_assert_int_eq(m->status, TK_ERR_UNKNOWN_OPERATION);
	ck_assert_int_eq(m->error.layer, TK_LAYER_CAP);
	tk_msg_free(m);
	m = tu_decode("65{48 04 01020304 49 04 0a000001 6c{a1{02 01 01 02 01 20 30{}}}}", ACN_CAP4);
	ck_assert_str_eq(m->components[0].op->name, "initiateCallAttempt");
	tk_msg_free(m);
}
END_TEST

/*
 * A tagged CHOICE of indefinite length must end with 00 00.  CAP phase 3 playAnnouncement (47):
 * PlayAnnouncementArg { informationToSend [0] InformationToSend (a CHOICE, so the tag is
 * explicit) of indefinite length (a0 80) holding tone [1] { toneID [0] 1 }, then 00 00.  With
 * 00 01 instead, asn1c 0.9.28 looped for ever (found by fuzz_tcap; tools/asn1c-fixes.py fix
 * 5): the test fails by its timeout without the fix.
 */
START_TEST(test_choice_indefinite_length)
{
	struct tk_msg *m = tu_decode("65{48 04 01020304 49 04 0a000001 6c{a1{02 01 01 02 01 2f"
				     " 30{a0 80 a1 03 80 01 01 00 00}}}}", ACN_CAP3);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	ck_assert_str_eq(m->components[0].op->name, "playAnnouncement");
	tu_assert_has(j, "\"informationToSend\":{\"tone\":{\"toneID\":1}}");
	free(j);
	tk_msg_free(m);
	m = tu_decode("65{48 04 01020304 49 04 0a000001 6c{a1{02 01 01 02 01 2f"
		      " 30{a0 80 a1 03 80 01 01 00 01}}}}", ACN_CAP3);
	ck_assert_int_ne(m->status, TK_OK);
	ck_assert_int_eq(m->error.layer, TK_LAYER_CAP);
	tk_msg_free(m);
}
END_TEST

Suite *tu_suite_cap(void)
{
	Suite *s = suite_create("cap");
	TCase *tc = tcase_create("phases");

	tcase_add_test(tc, test_phase1_initialdp);
	tcase_add_test(tc, test_phase2_initialdp_extension);
	tcase_add_test(tc, test_phase3_initialdp_extension);
	tcase_add_test(tc, test_phase4_initialdp_extension);
	tcase_add_test(tc, test_phase2_bytes_with_phase3_types_differ);
	tcase_add_test(tc, test_phase_namespaces_are_distinct_types);
	tcase_add_test(tc, test_cap_error_and_activity_test);
	tcase_add_test(tc, test_ber_in_octet_string);
	tcase_add_test(tc, test_operation_not_in_phase);
	tcase_add_test(tc, test_choice_indefinite_length);
	suite_add_tcase(s, tc);
	return s;
}
