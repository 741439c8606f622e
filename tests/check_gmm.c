/*
 * GPRS mobility management (TS 24.008 9.4) and session management (9.5) messages in
 * dtap.c.  Each vector is built by hand from the message's table in TS 24.008; the comment
 * says what each octet is (type 1 elements: the first one of a pair in bits 4-1, the
 * second in bits 8-5, as 11.2.1.1.1 of TS 24.007 packs them).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "dtap.h"

Suite *tu_suite_gmm(void);

/* ---- rendering ------------------------------------------------------------------------------ */

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	(void)arg;
	tk_emit_dtap(e, p, n);
}

/* the message as JSON (or text), from an exact-size heap copy, as a malloc'd string */
static char *render_exact(const uint8_t *p, size_t k, int text)
{
	return tu_render(emit, NULL, p, k, text);
}

/* decode tmpl and assert each needle (a NULL-terminated list) is in the JSON */
static void expect(const char *tmpl, ...)
{
	va_list ap;

	va_start(ap, tmpl);
	tu_vexpect(emit, NULL, tmpl, 0, ap);
	va_end(ap);
}

static void expect_no_error(const char *tmpl)
{
	uint8_t buf[512];
	size_t n = tu_ber(tmpl, buf, sizeof(buf));
	char *s = render_exact(buf, n, 0);

	tu_assert_hasnt(s, "\"error\"");
	tu_assert_hasnt(s, "\"body\"");
	free(s);
}

/* as expect(), but the message must also decode without an error */
#define expect_ok(tmpl, ...) do { \
		expect(tmpl, __VA_ARGS__, NULL); \
		expect_no_error(tmpl); \
	} while (0)

/*
 * Every truncation (0 .. n-1 octets) and every single-octet corruption must give one
 * well-formed object with "hex" (JSON and text); a truncation below `complete` octets (the
 * mandatory part) must say "error".  With extra set, one octet 00 more (an unknown
 * comprehension-required element, TS 24.007 11.2.4) must be an error at offset n.
 */
static void robust(const char *tmpl, size_t complete, int extra)
{
	static const uint8_t corrupt[] = { 0x00, 0xff, 0x0f, 0xf0, 0x80, 0x7f, 0x55, 0xaa, 0x01, 0x27 };
	uint8_t buf[512];
	size_t n = tu_ber(tmpl, buf, sizeof(buf));
	size_t k, c;
	char *s, needle[64];

	for (k = 0; k < n; k++) {
		s = render_exact(buf, k, 0);
		tu_assert_one_object(s);
		tu_assert_has(s, "\"hex\":\"");
		if (k < complete)
			tu_assert_has(s, "\"error\":{\"offset\":");
		free(s);
		free(render_exact(buf, k, 1));
	}
	for (k = 0; k < n; k++) {
		for (c = 0; c < sizeof(corrupt); c++) {
			uint8_t b2[512];

			memcpy(b2, buf, n);
			b2[k] = corrupt[c];
			s = render_exact(b2, n, 0);
			tu_assert_one_object(s);
			tu_assert_has(s, "\"hex\":\"");
			free(s);
			free(render_exact(b2, n, 1));
		}
	}
	if (!extra)
		return;
	buf[n] = 0x00;
	s = render_exact(buf, n + 1, 0);
	tu_assert_one_object(s);
	snprintf(needle, sizeof(needle), "\"error\":{\"offset\":%zu,", n);
	tu_assert_has(s, needle);
	free(s);
}

/*
 * Shared elements.  IMSI 262420123456789 (10.5.1.4): 29 = digit 1 '2', odd, type 001,
 * then digit pairs low nibble first.  P-TMSI c1223344: f4 = filler, even, type 100.
 * RAI (10.5.5.15): 62 f2 24 = MCC 262 MNC 42 (MNC digit 3 f), LAC 0001, RAC 05.
 * MS network capability (10.5.5.12) e5 61: GEA/1, SM via dedicated and GPRS channels,
 * SS screening 01, R99; GEA/2, GEA/3, LCS VA.  MS radio access capability (10.5.5.12a)
 * 30 84 = 0011 access technology GSM 1800, length 0000100 (4 bits), RF power 001, 0, then
 * 0: no more.
 */
#define IMSI "08 29 26 24 10 32 54 76 98"
#define PTMSI "05 f4 c1 22 33 44"
#define RAI "62 f2 24 00 01 05"
#define MSNC "02 e5 61"
#define MSRAC "02 30 84"
#define RAI_JSON "{\"mcc\":\"262\",\"mnc\":\"42\",\"lac\":1,\"rac\":5,\"hex\":\"62f224000105\"}"

/* ---- GMM ------------------------------------------------------------------------------------ */

/* ATTACH REQUEST (9.4.1): 08 = skip 0, GMM; 01; MS network capability LV; 71 = GPRS CKSN 7
 * (bits 8-5), FOR 0, attach type 001; DRX 41 6b = split PG cycle code 65, coefficient 6,
 * SPLIT on CCCH 1, non-DRX timer 011; IMSI LV; old RAI; MS RAC LV; 19 old P-TMSI signature
 * (TV 4); 17 requested READY timer (TV 2) 43 = unit 010 decihours, value 3; 91 TMSI status
 * (type 1, IEI 9) 1 = valid TMSI */
#define ATTACH_REQ "08 01 " MSNC " 71 41 6b " IMSI " " RAI " " MSRAC " 19 a1 b2 c3 17 43 91"

START_TEST(test_attach)
{
	expect_ok(ATTACH_REQ,
		  "\"protocolDiscriminator\":\"GMM\",\"skipIndicator\":0,\"messageType\":1,"
		  "\"message\":\"ATTACH REQUEST\",\"msNetworkCapability\":{\"gea1\":true,",
		  "\"attachType\":\"GPRS attach\",\"followOnRequestPending\":false,"
		  "\"cipheringKeySequenceNumber\":7,\"noKeyAvailable\":true",
		  "\"drxParameter\":{\"splitPgCycleCode\":65,\"splitPgCycle\":71,"
		  "\"cnSpecificDrxCycleLengthCoefficient\":\"coefficient 6 (Iu mode), T = 32 (S1 mode)\","
		  "\"splitOnCcch\":true,\"nonDrxTimerSeconds\":4,\"hex\":\"416b\"}",
		  "\"mobileIdentity\":{\"typeOfIdentity\":\"IMSI\",\"digits\":\"262420123456789\"",
		  "\"oldRai\":" RAI_JSON,
		  "\"msRadioAccessCapability\":{\"accessTechnologies\":[{\"accessTechnologyType\":"
		  "\"GSM 1800\",\"lengthBits\":4,\"rfPowerCapability\":1}]",
		  "{\"iei\":25,\"name\":\"old P-TMSI signature\",\"value\":\"a1b2c3\"}",
		  "{\"iei\":23,\"name\":\"requested READY timer value\",\"value\":{\"timerValue\":3,"
		  "\"unit\":\"decihours\",\"seconds\":1080,\"hex\":\"43\"}}",
		  "{\"iei\":145,\"name\":\"TMSI status\",\"value\":\"valid TMSI available\"}");
	/* 0b = CKSN 0, FOR 1, attach type 011 combined; P-TMSI instead of the IMSI */
	expect_ok("08 01 " MSNC " 0b 00 00 " PTMSI " " RAI " " MSRAC,
		  "\"attachType\":\"combined GPRS/IMSI attach\",\"followOnRequestPending\":true,"
		  "\"cipheringKeySequenceNumber\":0,",
		  "\"mobileIdentity\":{\"typeOfIdentity\":\"TMSI/P-TMSI/M-TMSI\",\"tmsi\":\"c1223344\"",
		  "\"splitPgCycle\":704", "\"ies\":[]");
	/* ATTACH ACCEPT (9.4.2): 11 = attach result 001 GPRS only (bits 4-1), force to standby
	 * 001 (bits 8-5); periodic RA update timer 49 = decihours, 9; 21 = radio priority for
	 * SMS 1 (bits 4-1), for TOM8 2; RAI; 19 P-TMSI signature; 18 allocated P-TMSI TLV;
	 * 2a T3302 (GPRS timer 2) e3 = deactivated; 8c cell notification (type 2); b1 network
	 * feature support (type 1); 4a equivalent PLMNs */
	expect_ok("08 02 11 49 21 " RAI " 19 01 02 03 18 " PTMSI " 2a 01 e3 8c b1 4a 03 62 f2 24",
		  "\"message\":\"ATTACH ACCEPT\",\"attachResult\":\"GPRS only attached\","
		  "\"followOnProceed\":false,\"forceToStandby\":\"force to standby indicated\","
		  "\"periodicRaUpdateTimer\":{\"timerValue\":9,\"unit\":\"decihours\",\"seconds\":3240,",
		  "\"radioPriorityForSms\":\"priority level 1 (highest)\","
		  "\"radioPriorityForTom8\":\"priority level 2\",\"rai\":" RAI_JSON,
		  "{\"iei\":24,\"name\":\"allocated P-TMSI\",\"value\":{\"typeOfIdentity\":"
		  "\"TMSI/P-TMSI/M-TMSI\",\"tmsi\":\"c1223344\"",
		  "{\"iei\":42,\"name\":\"T3302 value\",\"value\":{\"timerValue\":3,\"unit\":"
		  "\"deactivated\",\"deactivated\":true,\"hex\":\"e3\"}}",
		  "{\"iei\":140,\"name\":\"cell notification\"}",
		  "{\"iei\":177,\"name\":\"network feature support\",\"value\":{\"lcsMolrSupported\":false,"
		  "\"mbmsSupported\":false,\"imsVoiceOverPsSupported\":false,"
		  "\"emergencyBearerServicesSupported\":true,\"hex\":\"01\"}}",
		  "\"plmns\":[{\"mcc\":\"262\",\"mnc\":\"42\"");
	/* ATTACH COMPLETE (9.4.3): no mandatory element */
	expect_ok("08 03", "\"message\":\"ATTACH COMPLETE\",\"ies\":[]");
	/* ... with 2b E-UTRAN inter RAT handover information (10.5.5.27): the TS 36.331
	 * UE-EUTRA-Capability of check_lte_rrc.c (rel9, category 3, bands 7 and 20, ...) */
	expect_ok("08 03 2b 10 853800411898102819ff732202002038",
		  "{\"iei\":43,\"name\":\"E-UTRAN inter RAT handover information\",\"value\":"
		  "{\"type\":\"UE-EUTRA-Capability\",\"value\":{\"accessStratumRelease\":\"rel9\","
		  "\"ue-Category\":3,",
		  "\"supportedBandListEUTRA\":[{\"bandEUTRA\":7,\"halfDuplex\":false},"
		  "{\"bandEUTRA\":20,\"halfDuplex\":false}]");
	/* ATTACH REJECT (9.4.4): GMM cause 7; 2a T3302 22 = 1 minute, 2; 3a T3346 05 = 2 s, 5 */
	expect_ok("08 04 07 2a 01 22 3a 01 05",
		  "\"gmmCauseValue\":7,\"gmmCause\":\"GPRS services not allowed\"",
		  "\"value\":{\"timerValue\":2,\"unit\":\"1 minute\",\"seconds\":120,",
		  "{\"iei\":58,\"name\":\"T3346 value\",\"value\":{\"timerValue\":5,\"unit\":"
		  "\"2 seconds\",\"seconds\":10,");
	/* cause 0x32 = 50 is in the "retry upon entry into a new cell" range; 0x50 is unassigned */
	expect_ok("08 04 32", "\"gmmCause\":\"retry upon entry into a new cell (50)\"");
	expect_ok("08 04 50", "\"gmmCause\":\"unassigned, treated as protocol error, unspecified (80)\"");
	robust(ATTACH_REQ, 26, 1);
	robust("08 02 11 49 21 " RAI " 19 01 02 03 18 " PTMSI " 2a 01 e3 8c b1 4a 03 62 f2 24", 11, 1);
	robust("08 04 07 2a 01 22 3a 01 05", 3, 1);
}
END_TEST

START_TEST(test_detach)
{
	/* DETACH REQUEST from the MS (9.4.5.2): 09 = spare half octet, switch off 1, detach type
	 * 001 GPRS detach; 18 P-TMSI TLV; 19 P-TMSI signature 2 TLV */
	expect_ok("08 05 09 18 " PTMSI " 19 03 01 02 03",
		  "\"message\":\"DETACH REQUEST\",\"detachTypeValue\":1,\"direction\":\"MS to network\","
		  "\"detachType\":\"GPRS detach\",\"switchOff\":true",
		  "{\"iei\":24,\"name\":\"P-TMSI\",\"value\":{\"typeOfIdentity\":\"TMSI/P-TMSI/M-TMSI\"",
		  "{\"iei\":25,\"name\":\"P-TMSI signature\",\"value\":\"010203\"}");
	/* from the network (9.4.5.1): 12 = force to standby 001, detach type 010; 25 GMM cause
	 * (TV 2) 02 */
	expect_ok("08 05 12 25 02",
		  "\"direction\":\"network to MS\",\"detachType\":\"re-attach not required\","
		  "\"forceToStandby\":\"force to standby indicated\"",
		  "{\"iei\":37,\"name\":\"GMM cause\",\"value\":{\"gmmCauseValue\":2,"
		  "\"gmmCause\":\"IMSI unknown in HLR\",\"hex\":\"02\"}}");
	/* 03 alone: nothing tells the direction, both readings are given */
	expect_ok("08 05 03", "\"detachTypeIfFromMs\":\"combined GPRS/IMSI detach\","
		  "\"detachTypeIfToMs\":\"IMSI detach (after VLR failure)\"");
	/* DETACH ACCEPT (9.4.6): to the MS with force to standby, from the MS empty */
	expect_ok("08 06 01", "\"message\":\"DETACH ACCEPT\",\"forceToStandby\":\"force to standby "
		  "indicated\"");
	expect_ok("08 06", "\"message\":\"DETACH ACCEPT\",\"hex\":\"0806\"");
	expect("08 06 00 00", "\"error\":{\"offset\":3,\"reason\":\"1 octets after the message\"}",
	       "\"extraOctets\":\"00\"", NULL);
	robust("08 05 09 18 " PTMSI " 19 03 01 02 03", 3, 1);
	robust("08 05 12 25 02", 3, 1);
	robust("08 06 01", 2, 1);
}
END_TEST

/* ROUTING AREA UPDATE REQUEST (9.4.14): 21 = update type 001 combined RA/LA (bits 4-1),
 * GPRS CKSN 2 (bits 8-5); old RAI; MS RAC LV; 27 DRX parameter (TV 3) 00 00; 32 PDP
 * context status 20 01 = NSAPI 5 (octet 3 bit 6) and 8 (octet 4 bit 1); 31 MS network
 * capability TLV */
#define RAU_REQ "08 08 21 " RAI " " MSRAC " 27 00 00 32 02 20 01 31 " MSNC

START_TEST(test_routing_area_update)
{
	expect_ok(RAU_REQ, "\"message\":\"ROUTING AREA UPDATE REQUEST\",\"updateType\":"
		  "\"combined RA/LA updating\",\"followOnRequestPending\":false,"
		  "\"cipheringKeySequenceNumber\":2,\"oldRai\":" RAI_JSON,
		  "{\"iei\":39,\"name\":\"DRX parameter\",\"value\":{\"splitPgCycleCode\":0,"
		  "\"splitPgCycle\":704,\"cnSpecificDrxCycleLengthCoefficient\":\"not specified by "
		  "the MS\",\"splitOnCcch\":false,\"nonDrxTimerSeconds\":0,",
		  "{\"iei\":50,\"name\":\"PDP context status\",\"value\":{\"activeNsapis\":[5,8],",
		  "{\"iei\":49,\"name\":\"MS network capability\",\"value\":{\"gea1\":true,");
	/* ROUTING AREA UPDATE ACCEPT (9.4.15): 00 = update result RA updated, no force to
	 * standby; periodic timer 04 = 2 s, 4; RAI; 19 P-TMSI signature; 17 negotiated READY
	 * timer 0a; 26 list of receive N-PDU numbers (10.5.5.11) 50 10 = NSAPI 5, receive N-PDU
	 * number 0x01, 4 spare bits */
	expect_ok("08 09 00 04 " RAI " 19 01 02 03 17 0a 26 02 50 10",
		  "\"updateResult\":\"RA updated\",\"followOnProceed\":false,\"forceToStandby\":"
		  "\"force to standby not indicated\",\"periodicRaUpdateTimer\":{\"timerValue\":4,"
		  "\"unit\":\"2 seconds\",\"seconds\":8,",
		  "{\"iei\":23,\"name\":\"negotiated READY timer value\",\"value\":{\"timerValue\":10,",
		  "{\"iei\":38,\"name\":\"list of receive N-PDU numbers\",\"value\":"
		  "{\"receiveNpduNumbers\":[{\"nsapi\":5,\"receiveNpduNumber\":1}],\"hex\":\"5010\"}}");
	/* 0c = FOP 1, update result 100 RA updated and ISR activated */
	expect_ok("08 09 0c 04 " RAI, "\"updateResult\":\"RA updated and ISR activated\","
		  "\"followOnProceed\":true");
	/* ROUTING AREA UPDATE COMPLETE (9.4.16) */
	expect_ok("08 0a", "\"message\":\"ROUTING AREA UPDATE COMPLETE\",\"ies\":[]");
	/* ROUTING AREA UPDATE REJECT (9.4.17): cause 10; 01 = force to standby (bits 4-1) and a
	 * spare half octet; 2a T3302 e0 */
	expect_ok("08 0b 0a 01 2a 01 e0", "\"gmmCause\":\"Implicitly detached\",\"forceToStandby\":"
		  "\"force to standby indicated\"", "\"deactivated\":true");
	/* the force to standby octet missing */
	expect("08 0b 0a", "\"error\":{\"offset\":3,\"reason\":\"truncated: the mandatory force to "
	       "standby needs 1 octets, 0 present\"}", NULL);
	robust(RAU_REQ, 12, 1);
	robust("08 09 00 04 " RAI " 19 01 02 03 17 0a 26 02 50 10", 10, 1);
	robust("08 0b 0a 01 2a 01 e0", 4, 1);
}
END_TEST

START_TEST(test_auth_identity_ptmsi)
{
	/* AUTHENTICATION AND CIPHERING REQUEST (9.4.9): 12 = ciphering algorithm 010 GEA/2
	 * (bits 4-1), IMEISV request 001 (bits 8-5); 01 = force to standby 001, A&C reference
	 * number 0; 21 RAND (TV 17); 83 GPRS CKSN (type 1, IEI 8) 3; 28 AUTN TLV */
	expect_ok("08 12 12 01 21 00112233445566778899aabbccddeeff 83 "
		  "28 10 0102030405060708090a0b0c0d0e0f10",
		  "\"message\":\"AUTHENTICATION AND CIPHERING REQUEST\",\"cipheringAlgorithm\":\"GEA/2\","
		  "\"imeisvRequest\":\"IMEISV requested\",\"forceToStandby\":\"force to standby "
		  "indicated\",\"acReferenceNumber\":0",
		  "{\"iei\":33,\"name\":\"authentication parameter RAND\",\"value\":"
		  "\"00112233445566778899aabbccddeeff\"}",
		  "{\"iei\":131,\"name\":\"GPRS ciphering key sequence number\",\"value\":3}",
		  "{\"iei\":40,\"name\":\"authentication parameter AUTN\"");
	/* 70 = A&C reference 7 in bits 8-5, ciphering not used */
	expect_ok("08 12 00 70", "\"cipheringAlgorithm\":\"ciphering not used\","
		  "\"imeisvRequest\":\"IMEISV not requested\"", "\"acReferenceNumber\":7");
	/* AUTHENTICATION AND CIPHERING RESPONSE (9.4.10): 01 = A&C reference 1, spare; 22 RES
	 * (TV 5); 23 IMEISV TLV: 33 = digit '3', even, type 011; f1 = digit '1', filler */
	expect_ok("08 13 01 22 01020304 23 09 33 15 32 04 21 43 65 07 f1",
		  "\"acReferenceNumber\":1", "\"value\":\"01020304\"",
		  "{\"iei\":35,\"name\":\"IMEISV\",\"value\":{\"typeOfIdentity\":\"IMEISV\","
		  "\"digits\":\"3512340123456701\"");
	/* AUTHENTICATION AND CIPHERING REJECT (9.4.11) */
	expect_ok("08 14", "\"message\":\"AUTHENTICATION AND CIPHERING REJECT\",\"ies\":[]");
	/* AUTHENTICATION AND CIPHERING FAILURE (9.4.10a): cause 21; 30 AUTS TLV */
	expect_ok("08 1c 15 30 0e 0102030405060708090a0b0c0d0e", "\"gmmCause\":\"Synch failure\"",
		  "{\"iei\":48,\"name\":\"authentication failure parameter (AUTS)\"");
	/* IDENTITY REQUEST (9.4.12): 12 = identity type 2 010 IMEI (bits 4-1), force to
	 * standby 001 */
	expect_ok("08 15 12", "\"identityType\":\"IMEI\",\"forceToStandby\":\"force to standby "
		  "indicated\"");
	/* IDENTITY RESPONSE (9.4.13): IMSI LV */
	expect_ok("08 16 " IMSI, "\"message\":\"IDENTITY RESPONSE\",\"mobileIdentity\":"
		  "{\"typeOfIdentity\":\"IMSI\",\"digits\":\"262420123456789\"");
	/* P-TMSI REALLOCATION COMMAND (9.4.7): allocated P-TMSI LV; RAI; 01 force to standby;
	 * 19 P-TMSI signature */
	expect_ok("08 10 " PTMSI " " RAI " 01 19 0a 0b 0c",
		  "\"allocatedPTmsi\":{\"typeOfIdentity\":\"TMSI/P-TMSI/M-TMSI\",\"tmsi\":\"c1223344\"",
		  "\"rai\":" RAI_JSON ",\"forceToStandby\":\"force to standby indicated\"",
		  "{\"iei\":25,\"name\":\"P-TMSI signature\",\"value\":\"0a0b0c\"}");
	/* P-TMSI REALLOCATION COMPLETE (9.4.8) */
	expect_ok("08 11", "\"message\":\"P-TMSI REALLOCATION COMPLETE\"");
	robust("08 12 12 01 21 00112233445566778899aabbccddeeff 83 28 10 0102030405060708090a0b0c0d0e0f10",
	       4, 1);
	robust("08 13 01 22 01020304 23 09 33 15 32 04 21 43 65 07 f1", 3, 1);
	robust("08 10 " PTMSI " " RAI " 01 19 0a 0b 0c", 15, 1);
	robust("08 16 " IMSI, 11, 1);
}
END_TEST

START_TEST(test_service_status_information)
{
	/* SERVICE REQUEST (9.4.20): 21 = CKSN 1 (bits 4-1), service type 010 paging response
	 * (bits 7-5); P-TMSI LV; 32 PDP context status 60 00 = NSAPI 5 and 6 */
	expect_ok("08 0c 21 " PTMSI " 32 02 60 00",
		  "\"message\":\"SERVICE REQUEST\",\"cipheringKeySequenceNumber\":1,"
		  "\"serviceType\":\"paging response\",\"pTmsi\":{\"typeOfIdentity\":",
		  "\"activeNsapis\":[5,6]");
	/* SERVICE ACCEPT (9.4.21), SERVICE REJECT (9.4.22): cause 40 */
	expect_ok("08 0d 32 02 20 00", "\"message\":\"SERVICE ACCEPT\"", "\"activeNsapis\":[5]");
	expect_ok("08 0e 28", "\"gmmCauseValue\":40,\"gmmCause\":\"No PDP context activated\"");
	/* GMM STATUS (9.4.18): cause 98 */
	expect_ok("08 20 62", "\"message\":\"GMM STATUS\",\"gmmCauseValue\":98,"
		  "\"gmmCause\":\"Message type not compatible with the protocol state\"");
	/* GMM INFORMATION (9.4.19): 46 local time zone 40 = +4 quarter hours; 49 daylight
	 * saving time 01 */
	expect_ok("08 21 46 40 49 01 01",
		  "{\"iei\":70,\"name\":\"local time zone\",\"value\":{\"timeZone\":\"+01:00\"",
		  "\"daylightSavingTime\":\"+1 hour adjustment for daylight saving time\"");
	/* a PDP context status with NSAPI 0-4 bits set */
	expect("08 0d 32 02 21 00", "\"activeNsapis\":[0,5]",
	       "\"reason\":\"NSAPI 0-4 bits are spare but set\"", NULL);
	robust("08 0c 21 " PTMSI " 32 02 60 00", 9, 1);
	robust("08 21 46 40 49 01 01", 2, 1);
	robust("08 20 62", 3, 1);
}
END_TEST

START_TEST(test_gmm_malformed)
{
	/* an unknown message type keeps its body in hex */
	expect("08 07 01 02", "\"message\":\"unknown GMM message type (7)\"", "\"body\":\"0102\"",
	       NULL);
	/* the MS network capability LV says 9 octets, 2 follow */
	expect("08 01 09 e5 61", "\"error\":{\"offset\":2,\"reason\":\"the mandatory MS network "
	       "capability of length 9 runs past the message (2 octets follow)\"}", NULL);
	/* ATTACH REQUEST ending after the DRX parameter: the mobile identity is missing */
	expect("08 01 " MSNC " 71 41 6b", "\"drxParameter\":{",
	       "\"error\":{\"offset\":8,\"reason\":\"truncated: the mandatory mobile identity is "
	       "missing\"}", NULL);
	/* an unknown IEI 0x5e (bits 8-5 not 0000: comprehension not required) in the middle
	 * is skipped as a TLV and what follows decodes */
	expect_ok("08 04 07 5e 02 aa bb 3a 01 05",
		  "{\"iei\":94,\"name\":\"unknown element\",\"value\":\"aabb\"}",
		  "{\"iei\":58,\"name\":\"T3346 value\",\"value\":{\"timerValue\":5,");
	/* 0x0e (bits 8-5 0000) is comprehension required: reported, skipped, decoding goes on */
	expect("08 04 07 0e 01 aa 3a 01 05",
	       "\"error\":{\"offset\":3,\"reason\":\"unknown element 0x0e is comprehension required",
	       "{\"iei\":58,\"name\":\"T3346 value\"", NULL);
	/* an unknown single octet element (bit 8 set) in the middle */
	expect_ok("08 04 07 f7 3a 01 05", "{\"iei\":247,\"name\":\"unknown element\",\"value\":\"f7\"}",
		  "{\"iei\":58,");
	/* a TLV whose length runs past the end */
	expect("08 04 07 2a 05 22", "\"error\":{\"offset\":4,\"reason\":\"element 0x2a of length 5, "
	       "1 octets follow\"}", NULL);
	/* a TV element cut short: P-TMSI signature needs 4 octets */
	expect("08 10 " PTMSI " " RAI " 01 19 0a", "\"error\":{\"offset\":15,\"reason\":\"element "
	       "0x19 needs 4 octets, 2 present\"}", NULL);
	/* a GPRS timer 2 of two octets */
	expect("08 04 07 2a 02 22 00", "\"reason\":\"1 octet after the 1 of a GPRS timer\"", NULL);
	/* a DRX parameter TV in ROUTING AREA UPDATE REQUEST is fixed length: code 0xff reads as 1 */
	expect_ok("08 08 21 " RAI " " MSRAC " 27 ff 07", "\"splitPgCycleCode\":255,\"splitPgCycle\":1,",
		  "\"nonDrxTimerSeconds\":64");
}
END_TEST

/* ---- SM ------------------------------------------------------------------------------------- */

/*
 * QoS (10.5.6.5) octets 3-13: 23 = delay class 4, reliability class 3; 62 = peak
 * throughput 6 (32 000 octet/s), precedence 2; 1f = mean throughput best effort; 93 =
 * traffic class 100 background, delivery order 10 no, erroneous SDUs 011 no; 96 = maximum
 * SDU 150 -> 1500 octets; 40 = 64 kbit/s up; 80 = 576 kbit/s down; 74 = residual BER 7,
 * SDU error ratio 4; 4b = transfer delay 010010 (300 ms), THP 3; 00 00 guaranteed rates
 * subscribed.
 */
#define QOS "0b 23 62 1f 93 96 40 80 74 4b 00 00"
#define QOS_JSON "\"delayClass\":\"delay class 4 (best effort)\""
/* protocol configuration options: 80 = extension, PPP; IPCP (8021) 16 octets; DNS server
 * IPv4 address request (000d) and DNS server IPv6 address request (0003), empty */
#define PCO "27 1a 80 80 21 10 01000010810600000000830600000000 00 0d 00 00 03 00"

/* ACTIVATE PDP CONTEXT REQUEST (9.5.1): 0a = TI flag 0, TI 0, SM; NSAPI 5; LLC SAPI 3;
 * QoS LV; PDP address LV 01 21 = IETF IPv4, no address (dynamic); 28 APN
 * "internet.com" (08 internet 03 com); PCO; a1 request type (type 1, IEI a) initial */
#define ACT_REQ "0a 41 05 03 " QOS " 02 01 21 28 0d 08 696e7465726e6574 03 636f6d " PCO " a1"
/* ACTIVATE PDP CONTEXT ACCEPT (9.5.2): 8a = TI flag 1 (from the side that did not assign
 * the TI), TI 0; LLC SAPI 3; QoS; 01 radio priority 1; 2b PDP address 10.1.2.3; 34 packet
 * flow identifier 3 (TOM8); 39 SM cause 50 */
#define ACT_ACC "8a 42 03 " QOS " 01 2b 06 01 21 0a 01 02 03 34 01 03 39 01 32"

START_TEST(test_activate)
{
	expect_ok(ACT_REQ,
		  "\"protocolDiscriminator\":\"SM\",\"tiFlag\":false,\"transactionId\":0,"
		  "\"messageType\":65,\"message\":\"ACTIVATE PDP CONTEXT REQUEST\","
		  "\"requestedNsapi\":5,\"requestedLlcSapi\":\"SAPI 3\",\"requestedQos\":{" QOS_JSON,
		  "\"peakThroughputOctetsPerSecond\":32000", "\"meanThroughput\":\"best effort\"",
		  "\"trafficClass\":\"background class\"", "\"maximumSduSizeOctets\":1500,"
		  "\"maximumBitRateUplinkKbps\":64,\"maximumBitRateDownlinkKbps\":576",
		  "\"transferDelayMs\":300,\"trafficHandlingPriority\":\"priority level 3\"",
		  "\"requestedPdpAddress\":{\"pdpType\":{\"pdpTypeOrganization\":\"IETF\","
		  "\"pdpTypeNumber\":33,\"pdpType\":\"IPv4\",\"hex\":\"0121\"},\"addressPresent\":false",
		  "{\"iei\":40,\"name\":\"access point name\",\"value\":{\"apn\":\"internet.com\"",
		  "\"configurationProtocol\":\"PPP for use with IP PDP type or IP PDN type\","
		  "\"options\":[{\"id\":32801,\"name\":\"IPCP\",\"contents\":"
		  "\"01000010810600000000830600000000\"},{\"id\":13,\"name\":\"DNS server IPv4 address "
		  "(request)\",\"contents\":\"\"},{\"id\":3,\"name\":\"DNS server IPv6 address "
		  "(request)\",\"contents\":\"\"}]",
		  "{\"iei\":161,\"name\":\"request type\",\"value\":\"initial request\"}");
	expect_ok(ACT_ACC, "\"tiFlag\":true", "\"message\":\"ACTIVATE PDP CONTEXT ACCEPT\","
		  "\"negotiatedLlcSapi\":\"SAPI 3\",\"negotiatedQos\":{" QOS_JSON,
		  "\"radioPriority\":\"priority level 1 (highest)\"",
		  "\"address\":{\"ipv4Address\":\"10.1.2.3\",\"hex\":\"0a010203\"}",
		  "\"packetFlowIdentifierValue\":3,\"packetFlowIdentifier\":\"TOM8\"",
		  "{\"iei\":57,\"name\":\"SM cause\",\"value\":{\"smCauseValue\":50,"
		  "\"smCause\":\"PDP type IPv4 only allowed\"");
	/* ACTIVATE PDP CONTEXT REJECT (9.5.3): cause 0x1b = 27; 37 back-off timer (GPRS timer
	 * 3) 21 = 1 hour, 1 */
	expect_ok("8a 43 1b 37 01 21", "\"smCauseValue\":27,\"smCause\":\"Missing or unknown APN\"",
		  "{\"iei\":55,\"name\":\"back-off timer value\",\"value\":{\"timerValue\":1,"
		  "\"unit\":\"1 hour\",\"seconds\":3600,");
	/* ACTIVATE SECONDARY PDP CONTEXT REQUEST (9.5.4): TI 1 (1a); NSAPI 6; LLC SAPI 5; QoS;
	 * linked TI LV 00 = flag 0, TI 0; 36 TFT (10.5.6.12, decoded by eps_nas.c; tshark 4.0.17
	 * agrees) 21 = create new TFT, no parameters list, 1 packet filter; 10 = direction 01
	 * downlink only, identifier 0; precedence 05; contents length 02: component 30 protocol
	 * identifier 11 (UDP) */
	expect_ok("1a 4d 06 05 " QOS " 01 00 36 06 21 10 05 02 30 11",
		  "\"transactionId\":1", "\"message\":\"ACTIVATE SECONDARY PDP CONTEXT REQUEST\","
		  "\"requestedNsapi\":6,\"requestedLlcSapi\":\"SAPI 5\"",
		  "\"linkedTi\":{\"tiFlag\":false,\"transactionId\":0,\"hex\":\"00\"}",
		  "{\"iei\":54,\"name\":\"TFT\",\"value\":{\"tftOperationCode\":");
	/* ACTIVATE SECONDARY PDP CONTEXT ACCEPT (9.5.5), REJECT (9.5.6) */
	expect_ok("9a 4e 05 " QOS " 02", "\"radioPriority\":\"priority level 2\"");
	expect_ok("9a 4f 2c", "\"smCause\":\"Semantic errors in packet filter(s)\"");
	/* REQUEST PDP CONTEXT ACTIVATION (9.5.7): offered PDP address IPv6 2001:db8::1; APN */
	expect_ok("8a 44 12 01 57 20010db8000000000000000000000001 28 04 03 617069",
		  "\"offeredPdpAddress\":{\"pdpType\":{\"pdpTypeOrganization\":\"IETF\","
		  "\"pdpTypeNumber\":87,\"pdpType\":\"IPv6\"",
		  "\"address\":{\"ipv6Address\":\"2001:db8::1\"", "\"apn\":\"api\"");
	/* REQUEST PDP CONTEXT ACTIVATION REJECT (9.5.8): cause 31 */
	expect_ok("0a 45 1f", "\"smCause\":\"Activation rejected, unspecified\"");
	robust(ACT_REQ, 19, 1);
	robust(ACT_ACC, 16, 1);
	robust("1a 4d 06 05 " QOS " 01 00 36 06 21 10 05 02 30 11", 18, 1);
}
END_TEST

START_TEST(test_modify_deactivate_status)
{
	/* MODIFY PDP CONTEXT REQUEST network to MS (9.5.9): 04 = radio priority 4; LLC SAPI
	 * 3; new QoS of 3 octets (R97); 34 PFI 0x10 = dynamically assigned */
	expect_ok("8a 48 04 03 03 23 62 1f 34 01 10",
		  "\"message\":\"MODIFY PDP CONTEXT REQUEST (network to MS direction)\","
		  "\"radioPriority\":\"priority level 4 (lowest)\",\"requestedLlcSapi\":\"SAPI 3\","
		  "\"newQos\":{" QOS_JSON,
		  "\"packetFlowIdentifier\":\"dynamically assigned (16)\"");
	/* MODIFY PDP CONTEXT ACCEPT MS to network (9.5.11): PCO with a PAP option */
	expect_ok("0a 49 27 05 80 c0 23 01 55", "\"message\":\"MODIFY PDP CONTEXT ACCEPT (MS to "
		  "network direction)\"", "{\"id\":49187,\"name\":\"PAP\",\"contents\":\"55\"}");
	/* MODIFY PDP CONTEXT REQUEST MS to network (9.5.10): 32 requested LLC SAPI (TV 2) 05;
	 * 30 requested new QoS TLV */
	expect_ok("0a 4a 32 05 30 03 23 62 1f",
		  "{\"iei\":50,\"name\":\"requested LLC SAPI\",\"value\":{\"llcSapi\":\"SAPI 5\"",
		  "{\"iei\":48,\"name\":\"requested new QoS\",\"value\":{" QOS_JSON);
	/* MODIFY PDP CONTEXT ACCEPT network to MS (9.5.12): 82 new radio priority 2 */
	expect_ok("8a 4b 82", "{\"iei\":130,\"name\":\"new radio priority\",\"value\":\"priority "
		  "level 2\"}");
	/* MODIFY PDP CONTEXT REJECT (9.5.13): cause 37 */
	expect_ok("8a 4c 25", "\"smCause\":\"QoS not accepted\"");
	/* DEACTIVATE PDP CONTEXT REQUEST (9.5.14): cause 36; 91 tear down (type 1, IEI 9);
	 * 37 T3396 (GPRS timer 3) e0 deactivated */
	expect_ok("0a 46 24 91 37 01 e0", "\"smCauseValue\":36,\"smCause\":\"Regular deactivation\"",
		  "{\"iei\":145,\"name\":\"tear down indicator\",\"value\":\"tear down requested\"}",
		  "{\"iei\":55,\"name\":\"T3396 value\",\"value\":{\"timerValue\":0,\"unit\":"
		  "\"deactivated\",\"deactivated\":true");
	/* DEACTIVATE PDP CONTEXT ACCEPT (9.5.15) */
	expect_ok("8a 47", "\"message\":\"DEACTIVATE PDP CONTEXT ACCEPT\",\"ies\":[]");
	/* SM STATUS (9.5.21): cause 81; an unassigned cause 0x77 */
	expect_ok("8a 55 51", "\"smCause\":\"Invalid transaction identifier value\"");
	expect_ok("8a 55 77", "\"smCause\":\"unassigned (119)\"");
	robust("8a 48 04 03 03 23 62 1f 34 01 10", 8, 1);
	robust("0a 46 24 91 37 01 e0", 3, 1);
	robust("0a 4a 32 05 30 03 23 62 1f", 2, 1);
}
END_TEST

START_TEST(test_sm_values)
{
	/* QoS of 4 octets: octets 6-13 come together */
	expect("0a 4a 30 04 23 62 1f 93", "\"trafficClass\":\"background class\"",
	       "\"reason\":\"truncated: QoS octets 6-13 come together, 1 of 8 present\"", NULL);
	/* QoS of 2 octets */
	expect("0a 4a 30 02 23 62", "\"reliabilityClass\"",
	       "\"reason\":\"truncated: a QoS value has 3 octets or more, 2 present\"", NULL);
	/* QoS octets 3-18: 14 = 01 signalling indication 1, SSD 0001 speech; 15 = 0x4a (16000
	 * kbit/s extended maximum downlink); 16 = 00; 17 = 0x4b (17 Mbit/s up); 18 = 00; then
	 * octets 19-22 in hex */
	expect_ok("0a 4a 30 14 23 62 1f 93 96 40 80 74 4b 00 00 11 4a 00 4b 00 01 02 03 04",
		  "\"sourceStatisticsDescriptor\":\"speech\",\"signallingIndication\":\"optimised for "
		  "signalling traffic\",\"extendedMaximumBitRateDownlinkKbps\":16000",
		  "\"extendedMaximumBitRateUplinkKbps\":17000", "\"octets19To22\":\"01020304\"");
	expect("0a 4a 30 15 23 62 1f 93 96 40 80 74 4b 00 00 11 4a 00 4b 00 01 02 03 04 05",
	       "\"reason\":\"1 octets after octet 22 of a QoS value\"", NULL);
	/* PDP address IPv4 with 3 address octets; IPv4v6; PPP (ETSI 1) without address */
	expect("0a 44 05 01 21 0a 01 02", "\"reason\":\"3 address octets where the PDP type has 4\"",
	       NULL);
	expect_ok("0a 44 16 01 8d 0a000001 20010db8000000000000000000000002",
		  "\"pdpType\":\"IPv4v6\"", "\"ipv4Address\":\"10.0.0.1\",\"ipv6Address\":\"2001:db8::2\"");
	expect_ok("0a 44 02 00 01", "\"pdpTypeOrganization\":\"ETSI\"", "\"pdpType\":\"PPP\"",
		  "\"addressPresent\":false");
	/* PDP address of 1 octet */
	expect("0a 44 01 01", "\"reason\":\"truncated: a PDP address needs a 2 octet type, 1 "
	       "present\"", NULL);
	/* PCO: option length past the end; three octets of an option header cut to two;
	 * extension bit 0 */
	expect("0a 49 27 05 80 c0 23 05 55", "\"reason\":\"option 0xc023 of length 5, 1 octets "
	       "follow\"", "\"contents\":\"55\"", NULL);
	expect("0a 49 27 03 80 c0 23", "\"reason\":\"truncated: 2 octets, identifier and length need "
	       "3\"", NULL);
	expect("0a 49 27 01 00", "\"reason\":\"extension bit 8 of octet 3 is 0\"", "\"options\":[]",
	       NULL);
	/* linked TI extended: 70 = flag 0, TI 111 (extended); 85 = ext 1, TI 5 */
	expect_ok("1a 4d 06 05 03 23 62 1f 02 70 85", "\"linkedTi\":{\"tiFlag\":false,"
		  "\"transactionId\":5,");
	expect("1a 4d 06 05 03 23 62 1f 01 70", "\"reason\":\"truncated: the extended TI octet is "
	       "missing\"", NULL);
	/* NSAPI 4 is reserved */
	expect("0a 41 04 03 03 23 62 1f 02 01 21", "\"requestedNsapi\":4",
	       "\"error\":{\"offset\":2,\"reason\":\"NSAPI 4 is reserved (5 to 15 are used)\"}", NULL);
	/* extended transaction identifier in the SM header: 7a = flag 0, TI 111; 81 = TI 1 */
	expect_ok("7a 81 55 51", "\"transactionId\":1,\"messageType\":85");
	/* unknown SM message type */
	expect("0a 60 01", "\"message\":\"unknown SM message type (96)\"", "\"body\":\"01\"", NULL);
	/* APN with a label running past the end */
	expect("0a 44 02 01 21 28 03 05 61 62", "\"name\":\"access point name\"",
	       "\"reason\":\"not a sequence of length-prefixed printable labels", NULL);
	robust("0a 4a 30 14 23 62 1f 93 96 40 80 74 4b 00 00 11 4a 00 4b 00 01 02 03 04", 2, 1);
	robust("0a 44 16 01 8d 0a000001 20010db8000000000000000000000002", 25, 1);
	robust("0a 49 27 05 80 c0 23 01 55", 2, 1);
}
END_TEST

/*
 * SM MBMS messages (TS 24.008 9.5.21a-9.5.25), REQUEST SECONDARY PDP CONTEXT ACTIVATION
 * (9.5.15a/b) and NOTIFICATION (9.5.23a); each vector shown by tshark with the same values.
 * ACTIVATE MBMS CONTEXT REQUEST: 0a = TI 0, SM; 56; 80 requested MBMS NSAPI 128 (10.5.6.16);
 * 03 LLC SAPI 3; MBMS bearer capabilities LV 02 4b 01 (QoS octet 9 coding: 0x4b = 64 + 11 * 8
 * = 152 kbit/s; octet 15 coding: 0x01 = 8700 kbit/s); multicast address LV 06 01 21 e0000001
 * (IETF IPv4 224.0.0.1); APN LV 05 04 "mbms"; 35 MBMS PCO (10.5.6.15: one spare octet 00);
 * c1 device properties, low priority.
 */
#define ACT_MBMS_REQ "0a 56 80 03 02 4b 01 06 01 21 e0 00 00 01 05 04 6d 62 6d 73 35 01 00 c1"
/* ACTIVATE MBMS CONTEXT ACCEPT: 8a 57; TMGI LV 06: service ID 010203, MCC 262 MNC 01; LLC
 * SAPI 5; 35 MBMS PCO */
#define ACT_MBMS_ACC "8a 57 06 01 02 03 62 f2 10 05 35 01 aa"

START_TEST(test_mbms)
{
	expect_ok(ACT_MBMS_REQ, "\"message\":\"ACTIVATE MBMS CONTEXT REQUEST\",\"requestedMbmsNsapi\":128,"
		  "\"requestedLlcSapi\":\"SAPI 3\",\"supportedMbmsBearerCapabilities\":{"
		  "\"maximumBitRateDownlinkKbps\":152,\"extendedMaximumBitRateDownlinkKbps\":8700,",
		  "\"requestedMulticastAddress\":{\"pdpType\":{\"pdpTypeOrganization\":\"IETF\"",
		  "\"address\":{\"ipv4Address\":\"224.0.0.1\"", "\"accessPointName\":{\"apn\":\"mbms\"",
		  "{\"iei\":53,\"name\":\"MBMS protocol configuration options\",\"value\":{\"spare\":0,"
		  "\"hex\":\"00\"}}",
		  "{\"iei\":193,\"name\":\"device properties\",\"value\":\"MS is configured for NAS signalling "
		  "low priority\"}");
	expect_ok(ACT_MBMS_ACC, "\"tmgi\":{\"mbmsServiceId\":\"010203\",\"mcc\":\"262\",\"mnc\":\"01\","
		  "\"hex\":\"01020362f210\"},\"negotiatedLlcSapi\":\"SAPI 5\"");
	/* an MBMS PCO with an octet after the spare one (tshark 4.0.17: extraneous data), empty */
	expect("8a 57 06 01 02 03 62 f2 10 05 35 02 aa bb", "\"value\":{\"spare\":170,\"hex\":"
	       "\"aabb\",\"error\":{\"offset\":1,", NULL);
	expect("8a 57 06 01 02 03 62 f2 10 05 35 00", "\"value\":{\"hex\":\"\",\"error\":"
	       "{\"offset\":0,", NULL);
	/* a TMGI of the service ID alone; of 4 octets; NSAPI 5 where an MBMS NSAPI is expected */
	expect_ok("8a 57 03 01 02 03 05", "\"tmgi\":{\"mbmsServiceId\":\"010203\",\"hex\":\"010203\"}");
	expect("8a 57 04 01 02 03 62 05", "\"reason\":\"truncated: the PLMN of a TMGI has 3 octets, 1 present\"",
	       NULL);
	expect("0a 56 05 03 01 4b 06 01 21 e0 00 00 01 05 04 6d 62 6d 73", "\"requestedMbmsNsapi\":5",
	       "\"error\":{\"offset\":2,\"reason\":\"enhanced NSAPI 5 is reserved (128 to 254 are MBMS "
	       "NSAPIs)\"}", NULL);
	/* MBMS bearer capabilities of 3 octets */
	expect("0a 56 80 03 03 4b 01 00 06 01 21 e0 00 00 01 05 04 6d 62 6d 73",
	       "\"reason\":\"1 octet after the 2 of MBMS bearer capabilities\"", NULL);
	/* ACTIVATE MBMS CONTEXT REJECT: SM cause 0x18 = 24; 37 back-off timer 21 = 1 hour, 1 */
	expect_ok("8a 58 18 37 01 21", "\"smCause\":\"MBMS bearer capabilities insufficient for the service\"",
		  "{\"iei\":55,\"name\":\"back-off timer value\",\"value\":{\"timerValue\":1,\"unit\":\"1 hour\"");
	/* REQUEST MBMS CONTEXT ACTIVATION: linked NSAPI 5; offered multicast address; APN */
	expect_ok("8a 59 05 06 01 21 e0 00 00 01 05 04 6d 62 6d 73", "\"linkedNsapi\":5,"
		  "\"offeredMulticastAddress\":{", "\"apn\":\"mbms\"");
	/* REQUEST MBMS CONTEXT ACTIVATION REJECT: cause 31 */
	expect_ok("0a 5a 1f 35 01 00", "\"message\":\"REQUEST MBMS CONTEXT ACTIVATION REJECT\",\"smCauseValue\":31,");
	/* REQUEST SECONDARY PDP CONTEXT ACTIVATION: required QoS; linked TI 00; 36 TFT 40 (delete
	 * existing TFT); c3 WLAN offload acceptability: Iu mode and S1 mode */
	expect_ok("8a 5b " QOS " 01 00 36 01 40 c3", "\"requiredQos\":{" QOS_JSON,
		  "\"linkedTi\":{\"tiFlag\":false,\"transactionId\":0,",
		  "{\"iei\":195,\"name\":\"WLAN offload indication\",\"value\":{\"iuModeOffloadAcceptable\":true,"
		  "\"s1ModeOffloadAcceptable\":true,\"hex\":\"03\"}}");
	/* REQUEST SECONDARY PDP CONTEXT ACTIVATION REJECT: cause 0x1a = 26 */
	expect_ok("0a 5c 1a", "\"smCause\":\"Insufficient resources\"");
	/* NOTIFICATION: notification indicator LV 01 01; value 2 is reserved */
	expect_ok("8a 5d 01 01", "\"notificationIndicator\":{\"notificationIndicator\":\"SRVCC handover "
		  "cancelled, IMS session re-establishment required\",");
	expect_ok("8a 5d 01 02", "\"notificationIndicator\":\"reserved (2)\"");
	expect("8a 5d 02 01 00", "\"reason\":\"1 octet after the 1 of a notification indicator\"", NULL);
	robust(ACT_MBMS_REQ, 20, 1);
	robust(ACT_MBMS_ACC, 10, 1);
	robust("8a 5b " QOS " 01 00 36 01 40 c3", 16, 1);
	robust("8a 5d 01 01", 4, 1);
}
END_TEST

/*
 * GMM type 1 flags, shown by tshark the same: ATTACH ACCEPT with bf = network feature support
 * 1111 (LCS-MOLR, MBMS, IMS VoPS, EMC BS) and a8 = requested MS information 1000 (I-RAT);
 * ATTACH REQUEST with e1 = P-TMSI type mapped and c1 = MS network feature support.
 */
START_TEST(test_gmm_flags)
{
	expect_ok("08 02 11 49 21 " RAI " bf a8",
		  "{\"iei\":191,\"name\":\"network feature support\",\"value\":{\"lcsMolrSupported\":true,"
		  "\"mbmsSupported\":true,\"imsVoiceOverPsSupported\":true,\"emergencyBearerServicesSupported\":true,",
		  "{\"iei\":168,\"name\":\"requested MS information\",\"value\":{\"interRatInformationRequested\":"
		  "true,\"eUtranInterRatInformationRequested\":false,\"hex\":\"08\"}}");
	expect_ok(ATTACH_REQ " e1 c1", "{\"iei\":225,\"name\":\"P-TMSI type\",\"value\":\"mapped P-TMSI\"}",
		  "{\"iei\":193,\"name\":\"MS network feature support\",\"value\":\"MS supports the extended "
		  "periodic timer in this domain\"}");
	robust("08 02 11 49 21 " RAI " bf a8", 11, 1);
}
END_TEST

/*
 * The type 1 elements of TS 24.008 10.5.5.0, 10.5.5.34, 10.5.5.3a and 10.5.6.19 and the
 * extended protocol configuration options (10.5.6.3A, type 6 TLV-E: IEI 7b, two length
 * octets, then the contents of the PCO from octet 3).  tshark shows the additional update type
 * (SMS only), the UP integrity indicator (enable), the connectivity type (LIPA) and both
 * EPCO (length 4, container 0x000d) with the values asserted below; it has no integrity
 * algorithm in its AUTHENTICATION AND CIPHERING REQUEST and calls the 91 extraneous data.
 */
START_TEST(test_type1_and_epco)
{
	/* ATTACH REQUEST + f1: additional update type (IEI f), AUTV 1 */
	expect_ok(ATTACH_REQ " f1", "{\"iei\":241,\"name\":\"additional update type\","
		  "\"value\":\"SMS only\"}");
	expect_ok(ATTACH_REQ " f0", "\"value\":\"no additional information\"}");
	/* ATTACH ACCEPT + c1: UP integrity indicator (IEI c) 1 */
	expect_ok("08 02 11 49 21 " RAI " c1", "{\"iei\":193,\"name\":\"UP integrity indicator\","
		  "\"value\":\"MS shall enable integrity protection of user plane data in LLC\"}");
	expect_ok("08 02 11 49 21 " RAI " c0", "\"value\":\"MS shall disable integrity protection");
	/* AUTHENTICATION AND CIPHERING REQUEST + 91: integrity algorithm (IEI 9) 001 = GIA/5;
	 * 97: 111 is reserved */
	expect_ok("08 12 00 70 91", "{\"iei\":145,\"name\":\"integrity algorithm\","
		  "\"value\":\"GIA/5\"}");
	expect_ok("08 12 00 70 97", "\"name\":\"integrity algorithm\",\"value\":\"reserved\"}");
	/* ACTIVATE PDP CONTEXT ACCEPT: b1 connectivity type (IEI b) 0001 LIPA; 7b 00 04 EPCO:
	 * 80 (ext 1, PPP), container 000d length 0 */
	expect_ok(ACT_ACC " b1 7b 00 04 80 00 0d 00",
		  "{\"iei\":177,\"name\":\"connectivity type\",\"value\":\"the PDN connection is "
		  "considered a LIPA PDN connection\"}",
		  "{\"iei\":123,\"name\":\"extended protocol configuration options\",\"value\":{"
		  "\"configurationProtocol\":\"PPP for use with IP PDP type or IP PDN type\","
		  "\"options\":[{\"id\":13,\"name\":\"DNS server IPv4 address (request)\","
		  "\"contents\":\"\"}],\"hex\":\"80000d00\"}}");
	expect_ok(ACT_ACC " b2", "\"value\":\"the PDN connection type is not indicated\"}");
	/* ACTIVATE PDP CONTEXT REQUEST with EPCO as well */
	expect_ok(ACT_REQ " 7b 00 04 80 00 0d 00", "\"name\":\"extended protocol configuration "
		  "options\",\"value\":{\"configurationProtocol\"");
	/* an EPCO whose two-octet length (0x0010) runs past the message, one without its second
	 * length octet: the offsets are those of the element in the message */
	expect(ACT_ACC " 7b 00 10 80", "\"error\":{\"offset\":31,\"reason\":\"element 0x7b of "
	       "length 16, 1 octets follow\"}", NULL);
	expect(ACT_ACC " 7b 00", "\"error\":{\"offset\":30,\"reason\":\"element 0x7b without its "
	       "two length octets\"}", NULL);
	/* the EPCO contents are checked as the PCO's: an option cut short */
	expect(ACT_ACC " 7b 00 04 80 00 0d 05", "\"reason\":\"option 0x000d of length 5, 0 octets "
	       "follow\"", NULL);
	robust(ACT_ACC " b1 7b 00 04 80 00 0d 00", 16, 1);
	robust("08 12 00 70 91", 4, 1);
}
END_TEST

/*
 * The list and bitmap elements of GMM messages.  tshark 4.0.17 agrees with each vector here
 * (as gsm_a_dtap) but for the second entry of the receive N-PDU number list, whose NSAPI it
 * reads 4 bits off (it shows "NSAPI 298"; the first and third entries, which it reads as
 * 12-bit NSAPI + N-PDU number pairs, agree).
 */
#define EMERGENCY_LIST "34 0c 03 01 11 f2 04 06 99 19 f9 02 e4 11"
#define CODECS "40 08 04 02 60 02 00 02 1f 00"

START_TEST(test_gmm_lists)
{
	/* ROUTING AREA UPDATE ACCEPT: 26 receive N-PDU number list (10.5.5.11): 12-bit entries
	 * 5 12 | a 45 | 6 78 and 4 spare bits: NSAPI 5 number 0x12, NSAPI 10 0x45, NSAPI 6
	 * 0x78; 35 MBMS context status (10.5.7.6) 01 80 02: octet 3 bit 1 = NSAPI 128, octet 4
	 * bit 8 = 143, octet 5 bit 2 = 145 */
	expect_ok("08 09 00 0a " RAI " 26 05 51 2a 45 67 80 35 03 01 80 02",
		  "{\"iei\":38,\"name\":\"list of receive N-PDU numbers\",\"value\":{\"receiveNpduNumbers\":"
		  "[{\"nsapi\":5,\"receiveNpduNumber\":18},{\"nsapi\":10,\"receiveNpduNumber\":69},"
		  "{\"nsapi\":6,\"receiveNpduNumber\":120}],\"hex\":\"512a456780\"}}",
		  "{\"iei\":53,\"name\":\"MBMS context status\",\"value\":{\"activeMbmsNsapis\":"
		  "[128,143,145],\"hex\":\"018002\"}}");
	/* ATTACH ACCEPT with 34 emergency number list (10.5.3.13): 03 01 11 f2 = length 3,
	 * category 00001 police, "112"; 04 06 99 19 f9 = ambulance and fire brigade, "99919";
	 * 02 e4 11 = spare bits 111, fire brigade, "11"; 6e extended DRX parameters (10.5.5.32)
	 * f5 = paging time window 1111, eDRX value 0101 */
	expect_ok("08 02 11 49 21 " RAI " " EMERGENCY_LIST " 6e 01 f5",
		  "{\"iei\":52,\"name\":\"emergency number list\",\"value\":{\"emergencyNumbers\":["
		  "{\"serviceCategoryValue\":1,\"serviceCategories\":[\"police\"],\"number\":\"112\"},"
		  "{\"serviceCategoryValue\":6,\"serviceCategories\":[\"ambulance\",\"fire brigade\"],"
		  "\"number\":\"99919\"},"
		  "{\"serviceCategoryValue\":4,\"serviceCategories\":[\"fire brigade\"],\"spareBits\":7,"
		  "\"number\":\"11\"}],\"hex\":\"03011" "1f204069919f902e411\"}}",
		  "{\"iei\":110,\"name\":\"extended DRX parameters\",\"value\":{\"pagingTimeWindowValue\":15,"
		  "\"pagingTimeWindowIuMode\":\"20 s\",\"pagingTimeWindowWbS1Mode\":\"20.48 s\","
		  "\"pagingTimeWindowNbS1Mode\":\"40.96 s\",\"edrxValue\":5,"
		  "\"edrxCycleAGbMode\":\"about 48.96 s\",\"edrxCycleIuMode\":\"327.68 s\","
		  "\"edrxCycleS1Mode\":\"81.92 s\",\"hex\":\"f5\"}}");
	/* ATTACH REQUEST with 40 supported codecs (10.5.4.32): SysID 04 UMTS, bitmap 60 02 =
	 * UMTS AMR, UMTS AMR 2, FR AMR-WB; SysID 00 GSM, 1f 00 = GSM FR, HR, EFR, FR AMR, HR
	 * AMR (tshark agrees, the element in a CALL CONFIRMED); 6e 0c = PTW 0000, eDRX 1100
	 * (unassigned in A/Gb and Iu mode: read as 0000) */
	expect_ok(ATTACH_REQ " " CODECS " 6e 01 0c",
		  "{\"iei\":64,\"name\":\"supported codecs\",\"value\":{\"systems\":["
		  "{\"sysIdValue\":4,\"sysId\":\"UMTS\",\"codecBitmap\":\"6002\",\"codecs\":"
		  "[\"UMTS AMR\",\"UMTS AMR 2\",\"FR AMR-WB\"]},"
		  "{\"sysIdValue\":0,\"sysId\":\"GSM\",\"codecBitmap\":\"1f00\",\"codecs\":"
		  "[\"GSM FR\",\"GSM HR\",\"GSM EFR\",\"FR AMR\",\"HR AMR\"]}],",
		  "\"pagingTimeWindowIuMode\":\"0 s\",\"pagingTimeWindowWbS1Mode\":\"1.28 s\","
		  "\"pagingTimeWindowNbS1Mode\":\"2.56 s\",\"edrxValue\":12,"
		  "\"edrxCycleAGbMode\":\"unassigned, read as 0000 (about 1.88 s) (12)\","
		  "\"edrxCycleIuMode\":\"unassigned, read as 0000 (10.24 s) (12)\","
		  "\"edrxCycleS1Mode\":\"1310.72 s\"");
	/* an unassigned SysID 07, bit 16 (codec type 15, unassigned) and a third bitmap octet */
	expect_ok(ATTACH_REQ " 40 05 07 03 00 80 01",
		  "\"sysIdValue\":7,\"sysId\":\"unassigned (7)\",\"codecBitmap\":\"008001\","
		  "\"codecs\":[\"unassigned (15)\",\"unassigned (16)\"]");

	/* malformed: an emergency number entry of length 0, one that runs past the element, one
	 * without digits */
	expect("08 02 11 49 21 " RAI " 34 01 00", "\"emergencyNumbers\":[]",
	       "\"error\":{\"offset\":0,\"reason\":\"an emergency number entry of length 0", NULL);
	expect("08 02 11 49 21 " RAI " 34 05 03 01 11 f2 05", "\"number\":\"112\"",
	       "\"error\":{\"offset\":4,\"reason\":\"an emergency number entry of length 5, 0 octets "
	       "follow\"}", NULL);
	expect("08 02 11 49 21 " RAI " 34 02 01 01", "\"serviceCategories\":[\"police\"],\"number\":\"\"",
	       "\"reason\":\"an emergency number entry without digits\"", NULL);
	expect("08 02 11 49 21 " RAI " 34 00", "\"reason\":\"truncated: an emergency number list", NULL);
	/* a codec bitmap past the element; a system without its bitmap length; length 0 */
	expect(ATTACH_REQ " 40 03 04 02 60", "\"error\":{\"offset\":1,\"reason\":\"a codec bitmap of "
	       "length 2, 1 octets follow\"}", NULL);
	expect(ATTACH_REQ " 40 04 04 01 60 00", "\"codecs\":[\"UMTS AMR\",\"UMTS AMR 2\"]",
	       "\"error\":{\"offset\":4,\"reason\":\"truncated: the bitmap length of a system", NULL);
	expect(ATTACH_REQ " 40 02 00 00", "\"codecBitmap\":\"\",\"codecs\":[]",
	       "\"reason\":\"a codec bitmap of length 0\"", NULL);
	/* UE network capability (TS 24.301 9.9.3.34, decoded by eps_nas.c) 58 04 e0e0c040: EEA0-2,
	 * EIA0-2, UEA0-1, UCS2 default alphabet preferred and UIA1 (tshark gsm_a_dtap agrees);
	 * then one of 1 octet */
	expect(ATTACH_REQ " 58 04 e0 e0 c0 40", "{\"iei\":88,\"name\":\"UE network capability\","
	       "\"value\":{\"epsEncryptionAlgorithms\":[\"EEA0\",\"128-EEA1\",\"128-EEA2\"],"
	       "\"epsIntegrityAlgorithms\":[\"EIA0\",\"128-EIA1\",\"128-EIA2\"],"
	       "\"umtsEncryptionAlgorithms\":[\"UEA0\",\"UEA1\"],\"ucs2\":\"the default "
	       "alphabet preferred over UCS2\",\"umtsIntegrityAlgorithms\":[\"UIA1\"],"
	       "\"hex\":\"e0e0c040\"}}", NULL);
	expect(ATTACH_REQ " 58 01 e0", "\"name\":\"UE network capability\",\"value\":"
	       "{\"epsEncryptionAlgorithms\":[\"EEA0\",\"128-EEA1\",\"128-EEA2\"],\"hex\":\"e0\","
	       "\"error\":{\"offset\":", NULL);
	/* receive N-PDU numbers: 1 octet (no whole entry), 4 octets (an entry cut short after
	 * two), a reserved NSAPI 3 */
	expect("08 0a 26 01 51", "\"receiveNpduNumbers\":[]", "\"reason\":\"truncated: a receive "
	       "N-PDU number list has 2 octets or more\"", NULL);
	expect("08 0a 26 04 51 2a 45 67", "{\"nsapi\":10,\"receiveNpduNumber\":69}]",
	       "\"error\":{\"offset\":3,\"reason\":\"an entry of the receive N-PDU number list is cut "
	       "short\"}", NULL);
	expect("08 0a 26 02 31 20", "{\"nsapi\":3,\"receiveNpduNumber\":18}",
	       "\"reason\":\"NSAPI 3 is reserved (5 to 15 are used)\"", NULL);
	/* MBMS context status of 17 octets (NSAPI 128-255 fill 16) */
	expect("08 0d 35 11 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 80 01",
	       "\"activeMbmsNsapis\":[255]", "\"error\":{\"offset\":16,", NULL);
	expect_ok("08 0d 35 00", "\"activeMbmsNsapis\":[],\"hex\":\"\"");
	/* extended DRX parameters of 0 and 2 octets */
	expect("08 02 11 49 21 " RAI " 6e 00", "{\"iei\":110,\"name\":\"extended DRX parameters\","
	       "\"value\":{\"hex\":\"\",\"error\":{\"offset\":0,", NULL);
	expect("08 02 11 49 21 " RAI " 6e 02 f5 00", "\"edrxValue\":5",
	       "\"error\":{\"offset\":1,", NULL);
	robust("08 09 00 0a " RAI " 26 05 51 2a 45 67 80 35 03 01 80 02", 9, 1);
	robust("08 02 11 49 21 " RAI " " EMERGENCY_LIST " 6e 01 f5", 11, 1);
	robust(ATTACH_REQ " " CODECS " 6e 01 0c", 26, 1);
}
END_TEST

/*
 * ATTACH REQUEST with 33 PS LCS capability (10.5.5.22) 25 = APC, GPS-A, GPS-C; 5d voice domain
 * preference and UE's usage setting (10.5.5.28) 06 = data centric, CS voice preferred; 10 TMSI
 * based NRI container (10.5.5.31) ab c0 = NRI 1010101111 (0x2af); tshark 4.0.17 agrees with
 * each field.  ROUTING AREA UPDATE ACCEPT with 66 additional network feature support 01 =
 * GPRS-SMS 1 (SMS via GPRS not supported); SERVICE REQUEST with 36 uplink data status
 * (10.5.7.7) e0 01 = NSAPI 5, 6, 7 and 8 (tshark agrees).
 */
START_TEST(test_gmm_capabilities)
{
	expect_ok(ATTACH_REQ " 33 01 25 5d 01 06 10 02 ab c0",
		  "{\"iei\":51,\"name\":\"PS LCS capability\",\"value\":{\"mtaExtendedAccessBurst\":false,"
		  "\"mtaRlcDataBlock\":false,\"additionalPositioningCapabilities\":true,"
		  "\"msAssistedEotd\":false,\"msBasedEotd\":false,\"msAssistedGps\":true,"
		  "\"msBasedGps\":false,\"conventionalGps\":true,\"hex\":\"25\"}}",
		  "{\"iei\":93,\"name\":\"voice domain preference and UE's usage setting\",\"value\":"
		  "{\"ueUsageSetting\":\"Data centric\",\"voiceDomainPreferenceForEutran\":"
		  "\"CS voice preferred, IMS PS Voice as secondary\",\"hex\":\"06\"}}",
		  "{\"iei\":16,\"name\":\"TMSI based NRI container\",\"value\":{\"nriContainerValue\":687,"
		  "\"hex\":\"abc0\"}}");
	expect_ok("08 09 00 0a " RAI " 66 01 01",
		  "{\"iei\":102,\"name\":\"additional network feature support\",\"value\":"
		  "{\"extendedPcoSupported\":false,\"enhancedCoverageRestricted\":false,"
		  "\"smsViaGprsNotSupported\":true,\"hex\":\"01\"}}");
	expect_ok("08 0c 01 " PTMSI " 36 02 e0 01",
		  "{\"iei\":54,\"name\":\"uplink data status\",\"value\":{\"nsapisWithPendingUplinkData\":"
		  "[5,6,7,8],\"hex\":\"e001\"}}");
	/* malformed: empty PS LCS capability; an NRI container of 1 and 3 octets; an uplink data
	 * status with NSAPI 0 set and of 1 octet */
	expect(ATTACH_REQ " 33 00", "\"name\":\"PS LCS capability\",\"value\":{\"hex\":\"\","
	       "\"error\":{\"offset\":0,\"reason\":\"truncated: a PS LCS capability has 1 octet", NULL);
	expect(ATTACH_REQ " 10 01 ab", "\"error\":{\"offset\":1,", NULL);
	expect(ATTACH_REQ " 10 03 ab c0 00", "\"nriContainerValue\":687", "\"error\":{\"offset\":2,",
	       NULL);
	expect(ATTACH_REQ " 5d 00", "\"reason\":\"truncated: a voice domain preference", NULL);
	expect("08 0c 01 " PTMSI " 36 02 e1 01", "\"nsapisWithPendingUplinkData\":[0,5,6,7,8]",
	       "\"reason\":\"NSAPI 0-4 bits are spare but set\"", NULL);
	expect("08 0c 01 " PTMSI " 36 01 e0", "\"reason\":\"truncated: an uplink data status has 2 "
	       "octets, 1 present\"", NULL);
	robust(ATTACH_REQ " 33 01 25 5d 01 06 10 02 ab c0", 26, 1);
	robust("08 0c 01 " PTMSI " 36 02 e0 01", 9, 1);
}
END_TEST

/*
 * ACTIVATE PDP CONTEXT REJECT (9.5.3) cause 1b with 6b re-attempt indicator 03 = EPLMNC 1,
 * RATC 1; 33 NBIFOM container (TS 24.161 parameter list): 01 01 01 = NBIFOM mode, contents
 * 01; 02 01 02 = NBIFOM default access, 02; 07 00 = parameter 7 (assigned from MS to network
 * only), empty.  tshark 4.0.17 agrees with the flags and the list.
 */
#define SM_REJECT_NBIFOM "8a 43 1b 6b 01 03 33 08 01 01 01 02 01 02 07 00"

START_TEST(test_sm_nbifom_reattempt)
{
	expect_ok(SM_REJECT_NBIFOM,
		  "{\"iei\":107,\"name\":\"re-attempt indicator\",\"value\":"
		  "{\"reattemptInEquivalentPlmnNotAllowed\":true,\"reattemptInS1ModeNotAllowed\":true,"
		  "\"hex\":\"03\"}}",
		  "{\"iei\":51,\"name\":\"NBIFOM container\",\"value\":{\"parameters\":["
		  "{\"parameterIdentifierValue\":1,\"parameterIdentifier\":\"NBIFOM mode\",\"contents\":\"01\","
		  "\"nbifomModeValue\":1,\"nbifomMode\":\"UE-initiated NBIFOM mode\"},"
		  "{\"parameterIdentifierValue\":2,\"parameterIdentifier\":\"NBIFOM default access\","
		  "\"contents\":\"02\",\"defaultAccessValue\":2,\"defaultAccess\":\"non-3GPP access\"},"
		  "{\"parameterIdentifierValue\":7,\"parameterIdentifier\":"
		  "\"NBIFOM access stratum status (MS to network)\",\"contents\":\"\"}],"
		  "\"hex\":\"0101010201020700\"}}");
	/*
	 * The one-octet parameter contents, in an ACTIVATE PDP CONTEXT REJECT (network to MS):
	 * 01 01 02 mode network-initiated; 02 01 01 default access 3GPP; 03 01 39 status
	 * "incorrect indication in the routing rule operation"; 06 01 02 RAN rules handling set
	 * (tshark 4.0.17 shows these four the same); 07 01 03 and 08 01 09, assigned from MS to
	 * network only (tshark, not knowing the direction of a raw message, says "Not assigned"):
	 * RAN rules status move-traffic-to-WLAN; usability 0000 10 01 = WLAN becomes unusable,
	 * 3GPP becomes usable; 04 00 routing rules, 05 00 IP flow mapping: hex only; 09 00
	 * unassigned.
	 */
	expect_ok("8a 43 1b 33 18 010102 020101 030139 060102 070103 080109 0400 0500 0900",
		  "{\"parameterIdentifierValue\":1,\"parameterIdentifier\":\"NBIFOM mode\","
		  "\"contents\":\"02\",\"nbifomModeValue\":2,\"nbifomMode\":\"network-initiated "
		  "NBIFOM mode\"},{\"parameterIdentifierValue\":2,\"parameterIdentifier\":\"NBIFOM "
		  "default access\",\"contents\":\"01\",\"defaultAccessValue\":1,\"defaultAccess\":"
		  "\"3GPP access\"},{\"parameterIdentifierValue\":3,\"parameterIdentifier\":\"NBIFOM "
		  "status\",\"contents\":\"39\",\"statusValue\":57,\"status\":\"incorrect indication "
		  "in the routing rule operation\"},{\"parameterIdentifierValue\":6,"
		  "\"parameterIdentifier\":\"NBIFOM RAN rules handling (network to MS)\",\"contents\":"
		  "\"02\",\"ranRulesHandlingValue\":2,\"ranRulesHandling\":\"RAN rules handling "
		  "parameter is set\"},{\"parameterIdentifierValue\":7,\"parameterIdentifier\":"
		  "\"NBIFOM access stratum status (MS to network)\",\"contents\":\"03\","
		  "\"ranRulesStatusValue\":3,\"ranRulesStatus\":\"move-traffic-to-WLAN indication\"},"
		  "{\"parameterIdentifierValue\":8,\"parameterIdentifier\":\"NBIFOM access usability "
		  "indication (MS to network)\",\"contents\":\"09\",\"wlanAccessUsable\":\"becomes "
		  "unusable\",\"threeGppAccessUsable\":\"becomes usable\"},{\"parameterIdentifierValue\":"
		  "4,\"parameterIdentifier\":\"NBIFOM routing rules\",\"contents\":\"\"},"
		  "{\"parameterIdentifierValue\":5,\"parameterIdentifier\":\"NBIFOM IP flow mapping (MS "
		  "to network)\",\"contents\":\"\"},{\"parameterIdentifierValue\":9,"
		  "\"parameterIdentifier\":\"unassigned (9)\",\"contents\":\"\"}]");
	/* unassigned values of the one-octet parameters */
	expect_ok("8a 43 1b 33 12 010107 0201ff 030101 060100 070100 08010f",
		  "\"nbifomMode\":\"unassigned (7)\"", "\"defaultAccess\":\"unassigned (255)\"",
		  "\"status\":\"unassigned (1)\"", "\"ranRulesHandling\":\"unassigned (0)\"",
		  "\"ranRulesStatus\":\"unassigned (0)\"", "\"wlanAccessUsable\":\"reserved (3)\","
		  "\"threeGppAccessUsable\":\"reserved (3)\"");
	robust("8a 43 1b 33 18 010102 020101 030139 060102 070103 080109 0400 0500 0900", 3, 1);
	/* a parameter running past the container; one without its length; an empty indicator */
	expect("8a 43 1b 33 03 01 05 01", "\"parameters\":[]", "\"error\":{\"offset\":1,\"reason\":"
	       "\"NBIFOM parameter 0x01 of length 5, 1 octets follow\"}", NULL);
	expect("8a 43 1b 33 04 01 01 01 03", "\"parameterIdentifier\":\"NBIFOM mode\"",
	       "\"error\":{\"offset\":4,\"reason\":\"truncated: NBIFOM parameter 0x03 without its "
	       "length\"}", NULL);
	expect("8a 43 1b 6b 00", "\"reason\":\"truncated: a re-attempt indicator has 1 octet", NULL);
	expect_ok("8a 43 1b 33 00", "\"value\":{\"parameters\":[],\"hex\":\"\"}");
	robust(SM_REJECT_NBIFOM, 3, 1);
}
END_TEST

Suite *tu_suite_gmm(void)
{
	Suite *s = suite_create("gmm");
	TCase *tc = tcase_create("gmm");

	tcase_add_test(tc, test_attach);
	tcase_add_test(tc, test_detach);
	tcase_add_test(tc, test_routing_area_update);
	tcase_add_test(tc, test_auth_identity_ptmsi);
	tcase_add_test(tc, test_service_status_information);
	tcase_add_test(tc, test_gmm_malformed);
	tcase_add_test(tc, test_gmm_flags);
	tcase_add_test(tc, test_gmm_lists);
	tcase_add_test(tc, test_gmm_capabilities);
	suite_add_tcase(s, tc);
	tc = tcase_create("sm");
	tcase_add_test(tc, test_activate);
	tcase_add_test(tc, test_modify_deactivate_status);
	tcase_add_test(tc, test_sm_values);
	tcase_add_test(tc, test_mbms);
	tcase_add_test(tc, test_type1_and_epco);
	tcase_add_test(tc, test_sm_nbifom_reattempt);
	suite_add_tcase(s, tc);
	return s;
}
