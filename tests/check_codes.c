/*
 * The small MAP/CAP values of indicators.c, from the ASN.1 comments of TS 29.002 and
 * TS 29.078 (quoted beside each vector), Q.763 and TS 38.413.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "indicators.h"
#include "location.h"
#include "ranap.h"
#include "sms.h"
#include "print.h"

Suite *tu_suite_codes(void);

/* what to decode: a function and its selector */
struct dec {
	int what;	/* 0 code, 1 treatment, 2 uint, 3 bcd, 4 cic, 5 plmn id, 6 uus ind, 7 uui, 8 ranap, 9 tp, 10 TI, 11 NA charge number */
	int kind;
	const char *element;
};

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	const struct dec *d = arg;

	switch (d->what) {
	case 0: tk_emit_code_octet(e, (enum tk_code_kind)d->kind, p, n); break;
	case 1: tk_emit_treatment_indicator(e, d->element, p, n); break;
	case 2: tk_emit_uint_octets(e, p, n); break;
	case 3: tk_emit_cap_bcd(e, (enum tk_cap_bcd_kind)d->kind, p, n); break;
	case 4: tk_emit_naea_cic(e, p, n); break;
	case 5: tk_emit_plmn_cell(e, p, n, (enum tk_loc_kind)d->kind); break;
	case 6: tk_emit_uu_indicators(e, p, n); break;
	case 7: tk_emit_uu_information(e, p, n); break;
	case 8: tk_emit_ranap_type(e, (enum tk_ranap_type)d->kind, p, n); break;
	case 10: tk_emit_transaction_id(e, p, n); break;
	case 11: tk_emit_na_charge_number(e, p, n); break;
	case 9:
		tk_emit_tp_field(e, (enum tk_tp_field)d->kind, p, n,
				 d->element ? atoi(d->element) : -1);
		break;
	}
}

/* the value as one JSON object, from an exact-size heap copy, as a malloc'd string */
static char *render(const struct dec *d, const uint8_t *p, size_t n)
{
	char *s = tu_render(emit, d, p, n, 0);

	tu_assert_one_object(s);
	return s;
}

static void expect(struct dec d, const char *tmpl, ...)
{
	uint8_t buf[256];
	size_t n = tu_ber(tmpl, buf, sizeof(buf)), k;
	char *s = render(&d, buf, n);
	const char *needle;
	va_list ap;

	va_start(ap, tmpl);
	while ((needle = va_arg(ap, const char *)) != NULL)
		tu_assert_has(s, needle);
	va_end(ap);
	free(s);
	/* every shorter input: one object, no over-read */
	for (k = 0; k < n; k++) {
		s = render(&d, buf, k);
		free(s);
	}
}

#define CODE(k) ((struct dec){ 0, (k), NULL })
#define TREAT(el) ((struct dec){ 1, 0, (el) })
#define BCD(k) ((struct dec){ 3, (k), NULL })
#define PLMNID(k) ((struct dec){ 5, (k), NULL })

START_TEST(test_treatment_indicators)
{
	/* acceptConferenceRequest 'xxxx xx01'B, rejectConferenceRequest 'xxxx xx10'B */
	expect(TREAT("conferenceTreatmentIndicator"), "01", "\"name\":\"acceptConferenceRequest\"", NULL);
	expect(TREAT("conferenceTreatmentIndicator"), "fe", "\"name\":\"rejectConferenceRequest\"", NULL);
	expect(TREAT("callingPartyRestrictionIndicator"), "02", "\"name\":\"presentationRestricted\"", NULL);
	expect(TREAT("ectTreatmentIndicator"), "01", "\"name\":\"acceptEctRequest\"", NULL);
	/* MAP CallDiversionTreatmentIndicator: callDiversionNotAllowed (xxxx xx10) */
	expect(TREAT("callDiversionTreatmentIndicator"), "02", "\"name\":\"callDiversionNotAllowed\"", NULL);
	expect(TREAT("cwTreatmentIndicator"), "03", "\"value\":3", "only 01 and 10 are defined", NULL);
	expect(TREAT("cwTreatmentIndicator"), "0102", "\"name\":\"acceptCw\"",
	       "\"reason\":\"2 octets, at most 1 expected\"", NULL);
	expect(TREAT("cwTreatmentIndicator"), "", "\"reason\":\"empty\"", NULL);
}
END_TEST

START_TEST(test_code_octets)
{
	/* ChargeIndicator: charge 'xxxx xx10'B; upper six bits shall be 0 */
	expect(CODE(TK_CODE_CHARGE_INDICATOR), "02", "\"name\":\"charge\"", NULL);
	expect(CODE(TK_CODE_CHARGE_INDICATOR), "41", "\"name\":\"no charge\"", "bits 8-3 are not 0", NULL);
	/* InterCUG-Restrictions bits 21 = 11 */
	expect(CODE(TK_CODE_INTER_CUG_RESTRICTIONS), "03",
	       "\"name\":\"CUG with both outgoing and incoming access\"", NULL);
	/* MM-Code '10000011'B GPRS-Attach; '00000001'B Location-update-to-other-VLR */
	expect(CODE(TK_CODE_MM_CODE), "83", "\"value\":131,\"name\":\"GPRS-Attach\"", NULL);
	expect(CODE(TK_CODE_MM_CODE), "01", "\"name\":\"Location-update-to-other-VLR\"", NULL);
	expect(CODE(TK_CODE_MM_CODE), "07", "\"name\":\"not defined in CAMEL phase 4 (7)\"", NULL);
	expect(CODE(TK_CODE_SGSN_CAPABILITIES), "01", "\"aocSupported\":true", NULL);
	/* CauseValue: Q.850 cause 17 user busy */
	expect(CODE(TK_CODE_CAUSE_VALUE), "11", "\"causeValue\":17,\"cause\":\"user busy\"", NULL);
	/* NAOliInfo '3F'H cellular service (roaming) */
	expect(CODE(TK_CODE_NA_OLI), "3f", "\"value\":63,\"name\":\"cellular service (roaming)\"", NULL);
	/* TS 24.008 10.5.1.2: 111 no key is available */
	expect(CODE(TK_CODE_KEY_SET_ID), "07", "\"keySequence\":7,\"name\":\"no key is available\"", NULL);
	expect(CODE(TK_CODE_KEY_SET_ID), "03", "\"keySequence\":3", NULL);
	/* NACarrierSelectionInfo '02'H subscribed and dialed */
	expect(CODE(TK_CODE_NA_CARRIER_SELECTION), "02", "\"name\":\"subscribed and dialed\"", NULL);
}
END_TEST

START_TEST(test_numbers_and_bcd)
{
	expect((struct dec){ 2, 0, NULL }, "12345678", "\"value\":305419896", NULL);
	expect((struct dec){ 2, 0, NULL }, "0102030405", "at most 4 expected", NULL);
	/* one digit per octet in bits 4-1: 1011 is *, 1100 is # */
	expect(BCD(TK_CAP_BCD_DIGIT_PER_OCTET), "0b", "\"digits\":\"*\"", NULL);
	expect(BCD(TK_CAP_BCD_DIGIT_PER_OCTET), "0c 05", "\"digits\":\"#5\"", NULL);
	expect(BCD(TK_CAP_BCD_DIGIT_PER_OCTET), "0e", "digit code 14 is not defined", NULL);
	/* time 13:45: most significant hours digit in bits 0-3 -> 31 54 */
	expect(BCD(TK_CAP_BCD_TIME), "3154", "\"time\":\"13:45\"", NULL);
	expect(BCD(TK_CAP_BCD_TIME), "5254", "not a BCD time", NULL);
	/* date 2026-12-02: 02 62 21 20 */
	expect(BCD(TK_CAP_BCD_DATE), "02622120", "\"date\":\"2026-12-02\"", NULL);
	/* price 001234.56: digits 0 0 | 1 2 | 3 4 | 5 6 -> 00 21 43 65 */
	expect(BCD(TK_CAP_BCD_PRICE), "00214365", "\"price\":\"1234.56\"", NULL);
	expect(BCD(TK_CAP_BCD_PRICE), "00214a65", "not a BCD price", NULL);
	/* NAEA-CIC carrier code 0288 or 288 with filler */
	expect((struct dec){ 4, 0, NULL }, "2088ff", "\"carrierCode\":\"0288\"", NULL);
	expect((struct dec){ 4, 0, NULL }, "8f02", "at least 3 expected", NULL);
	expect((struct dec){ 4, 0, NULL }, "8202ff", "\"carrierCode\":\"2820\"", NULL);
}
END_TEST

START_TEST(test_plmn_identities)
{
	/* RNCId: MCC 262, MNC 01 (62 f2 10), LAC 0x1234, RNC id 0x0042 */
	expect(PLMNID(TK_LOC_RNC), "62f210 1234 0042", "\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":4660,\"rncId\":66", NULL);
	/* NR-CGI: MCC 310, MNC 410 (13 00 14), NCI 0x123456789 in the top 36 of 40 bits */
	expect(PLMNID(TK_LOC_NCGI), "130014 1234567890", "\"mcc\":\"310\",\"mnc\":\"410\",\"nci\":4886718345", NULL);
	/* NR-TA-Id: TAC 0x000102 */
	expect(PLMNID(TK_LOC_TAI), "62f210 000102", "\"tac\":258", NULL);
	expect(PLMNID(TK_LOC_TAI), "62f210 00", "\"error\":{\"offset\":", NULL);
}
END_TEST

START_TEST(test_user_to_user)
{
	/* Q.763 3.60: request (bit 1 = 0), service 1 = 11 request essential -> 0000 0110 */
	expect((struct dec){ 6, 0, NULL }, "06", "\"type\":\"request\",\"service1\":\"request, essential\"", NULL);
	/* response, service 2 provided (bits 5-4 = 10), network discard -> 1001 0001 */
	expect((struct dec){ 6, 0, NULL }, "91", "\"type\":\"response\"", "\"service2\":\"provided\"",
	       "\"networkDiscard\":true", NULL);
	/* Q.763 3.61 with protocol discriminator 04 (IA5): "hi" */
	expect((struct dec){ 7, 0, NULL }, "04 6869", "\"protocolDiscriminator\":\"IA5 characters\"",
	       "\"text\":\"hi\"", NULL);
	expect((struct dec){ 7, 0, NULL }, "00 ff01", "\"information\":\"ff01\"", NULL);
}
END_TEST

#define RANAP(k) ((struct dec){ 8, (k), NULL })

/* TS 29.002 OCTET STRINGs holding one TS 25.413 type in aligned PER (X.691) */
START_TEST(test_ranap_types)
{
	/* IntegrityProtectionInformation: 0 (no iE-Extensions) 0001 (2 algorithms) 000 |
	 * 0 (UIA1: 0000) 0001 (UIA2) pad, then the 128-bit key aligned */
	expect(RANAP(TK_RANAP_INTEGRITY_PROTECTION_INFORMATION), "0808 00112233445566778899aabbccddeeff",
	       "\"integrityProtectionInformation\":{\"permittedAlgorithms\":"
	       "[\"standard-UMTS-integrity-algorithm-UIA1\",\"standard-UMTS-integrity-algorithm-UIA2\"],"
	       "\"key\":\"00112233445566778899aabbccddeeff\"}", NULL);
	/* the key cut short */
	expect(RANAP(TK_RANAP_INTEGRITY_PROTECTION_INFORMATION), "0808 0011", "\"error\":{\"offset\":2,", NULL);
	/* ChosenIntegrityProtectionAlgorithm INTEGER (0..15): 4 bits, UIA2 (1) -> 0001 0000 */
	expect(RANAP(TK_RANAP_CHOSEN_INTEGRITY_PROTECTION_ALGORITHM), "10",
	       "\"chosenIntegrityProtectionAlgorithm\":\"standard-UMTS-integrity-algorithm-UIA2\"", NULL);
	/* PermittedEncryptionAlgorithms: 0001 (2 values) 0001 (UEA1) 0010 (UEA2) pad */
	expect(RANAP(TK_RANAP_PERMITTED_ENCRYPTION_ALGORITHMS), "1120",
	       "\"permittedAlgorithms\":[\"standard-UMTS-encryption-algorith-UEA1\","
	       "\"standard-UMTS-encryption-algorithm-UEA2\"]", NULL);
	/* octets after the value are reported */
	expect(RANAP(TK_RANAP_PERMITTED_INTEGRITY_PROTECTION_ALGORITHMS), "01 ff",
	       "\"permittedAlgorithms\":[\"standard-UMTS-integrity-algorithm-UIA2\"]",
	       "\"error\":{\"offset\":1,", NULL);
	/* Service-Handover: 0 (root) 01 (should-not-be-performed) pad -> 0010 0000 */
	expect(RANAP(TK_RANAP_SERVICE_HANDOVER), "20",
	       "\"serviceHandover\":\"handover-to-GSM-should-not-be-performed\"", NULL);
	expect(RANAP(TK_RANAP_SERVICE_HANDOVER), "", "\"reason\":\"empty\"", NULL);
}
END_TEST

#define TP(k, vpf) ((struct dec){ 9, (k), (vpf) })

/* TS 29.078 InitialDPSMSArg: TS 23.040 fields one by one */
START_TEST(test_tp_fields)
{
	/* first octet 0x31: MTI 01 (SUBMIT), VPF 10 (relative), SRR 1 */
	expect(TP(TK_TP_FIRST_OCTET, NULL), "31", "\"mti\":1", "\"vpf\":\"relative\"",
	       "\"statusReportRequest\":true", NULL);
	/* 0x04 with MTI 00 (DELIVER): TP-MMS 1 = no more messages */
	expect(TP(TK_TP_FIRST_OCTET, NULL), "04", "\"moreMessagesToSend\":false", NULL);
	expect(TP(TK_TP_PID, NULL), "21", "telematic interworking", NULL);
	expect(TP(TK_TP_DCS, NULL), "00", "\"alphabet\":\"GSM 7 bit default alphabet\"", NULL);
	/* relative 0x0b: (11 + 1) * 5 minutes = 1 hour */
	expect(TP(TK_TP_VP, NULL), "0b", "\"format\":\"relative\"", "\"seconds\":3600", NULL);
	/* 7 octets without the first octet: absolute assumed, and said */
	expect(TP(TK_TP_VP, NULL), "62211220000040", "\"formatAssumed\":true", "\"format\":\"absolute\"", NULL);
	/* with TP-VPF 1 (enhanced) from the sibling: functionality 2, 30 seconds */
	expect(TP(TK_TP_VP, "1"), "021e0000000000", "\"format\":\"enhanced\"", "\"seconds\":30", NULL);
	expect(TP(TK_TP_VP, NULL), "0102", "\"reason\":\"2 octets: a validity period has 1 or 7\"", NULL);
	expect(TP(TK_TP_DCS, NULL), "0000", "\"reason\":\"1 octet after the field\"", NULL);
	expect(TP(TK_TP_PID, NULL), "", "\"reason\":\"empty\"", NULL);
}
END_TEST

START_TEST(test_transaction_id_and_charge_number)
{
	/* TI flag 1, TI value 011: 1011 0000 */
	expect((struct dec){ 10, 0, NULL }, "b0", "\"tiFlag\":\"sent to the side that originated the TI\"",
	       "\"tiValue\":3", NULL);
	/* TI value 111, extended: octet 2 holds 0x15 = 21 */
	expect((struct dec){ 10, 0, NULL }, "70 95", "\"tiValue\":21,\"extended\":true", NULL);
	expect((struct dec){ 10, 0, NULL }, "70", "TI value 111 without its extension octet", NULL);
	expect((struct dec){ 10, 0, NULL }, "30 01", "an extension octet after a TI value below 7", NULL);
	/* charge number: odd, nature 3; plan 1 (bits 7-5 = 001); digits 2 1 2 5 5 5 1 2 3 4 5 */
	expect((struct dec){ 11, 0, NULL }, "83 10 12 52 55 21 43 05", "\"oddEven\":\"odd\"",
	       "\"natureOfAddress\":3", "\"numberingPlan\":1", "at most 7 expected", NULL);
	/* odd: the last high nibble is filler, not a digit */
	expect((struct dec){ 11, 0, NULL }, "83 10 12 52 55 21 f3", "\"digits\":\"212555123\",\"hex\"", NULL);
	expect((struct dec){ 11, 0, NULL }, "83 10 12 52 f5 21 43", "\"digits\":\"21255F123\"",
	       "\"error\":{\"offset\":4,\"reason\":\"digit code 15 is not a decimal digit\"}", NULL);
	expect((struct dec){ 11, 0, NULL }, "03 10 12 52", "\"oddEven\":\"even\",\"natureOfAddress\":3",
	       "\"digits\":\"2125\"", NULL);
}
END_TEST

Suite *tu_suite_codes(void)
{
	Suite *s = suite_create("codes");
	TCase *tc = tcase_create("codes");

	tcase_add_test(tc, test_treatment_indicators);
	tcase_add_test(tc, test_code_octets);
	tcase_add_test(tc, test_numbers_and_bcd);
	tcase_add_test(tc, test_plmn_identities);
	tcase_add_test(tc, test_user_to_user);
	tcase_add_test(tc, test_ranap_types);
	tcase_add_test(tc, test_tp_fields);
	tcase_add_test(tc, test_transaction_id_and_charge_number);
	suite_add_tcase(s, tc);
	return s;
}
