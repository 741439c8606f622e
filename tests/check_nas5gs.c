/*
 * nas_5gs.c: TS 24.501 5GS NAS messages, as LTE RRC's dedicatedInfoNAS carries them when the
 * E-UTRA cell is connected to 5GC.  Each vector is built by hand from the message's table in
 * clause 8 and the element layouts of clause 9 (the comment says what each octet is) and was
 * dissected by tshark 4.0.17 (a pcap of DLT 147, the user DLT mapped to "nas-5gs"; the LTE
 * RRC vector mapped to "lte_rrc.dl_dcch"): tshark shows the same values as expected here for
 * every valid vector.  Where tshark 4.0.17 knows no Rel-17 field or message (the disaster
 * roaming bit of the 5GS registration result, SERVICE-LEVEL AUTHENTICATION COMMAND, REMOTE UE
 * REPORT, the Rel-17 causes), the value is checked against the clause alone; the unknown
 * element identifiers of the malformed cases are made up.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "eps_nas.h"
#include "lte_rrc.h"
#include "nas_5gs.h"

Suite *tu_suite_nas5gs(void);

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	(void)arg;
	tk_emit_5gs_nas(e, p, n);
}

static void emit_eps(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	(void)arg;
	tk_emit_eps_nas(e, p, n);
}

static void emit_rrc(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	(void)arg;
	tk_emit_lte_rrc(e, TK_LTE_RRC_DL_DCCH_MESSAGE, p, n);
}

static void vexpect(tu_emit_fn *fn, const char *hex, int no_error, va_list ap)
{
	tu_vexpect_all(fn, NULL, hex, no_error, ap);
}

/* the JSON of the 5GS NAS message hex holds each needle (to a NULL) */
static void expect(const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(emit, hex, 0, ap);
	va_end(ap);
}

/* ... and has no "error" anywhere, nested values included */
static void expect_ok(const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(emit, hex, 1, ap);
	va_end(ap);
}

/* every truncation (with truncation_errs: each one an error) and corruption (testutil.c) */
static void robust(const char *hex, int truncation_errs)
{
	tu_robust_tmpl(emit, NULL, hex, truncation_errs);
}

/* ---- registration ---------------------------------------------------------------------- */

/*
 * REGISTRATION REQUEST (8.2.6): 7e 00 41; 01 = ngKSI 0 (native), initial registration, no
 * follow-on request; 5GS mobile identity 00 0d (LV-E): 01 = SUCI, SUPI format IMSI; 62f220 =
 * 262-02; f0ff = routing indicator "0"; 00 = null scheme; 00 = home network public key id 0;
 * 21436587f9 = MSIN 123456789; 5GMM capability 10 01 03 (HO attach, S1 mode); UE security
 * capability 2e 04 f0f0f0f0 (5G-EA0-3, 5G-IA0-3, EEA0-3, EIA0-3); requested NSSAI 2f 05: one
 * S-NSSAI 04 01 000001 (SST 1, SD 000001).
 */
#define REG_REQUEST_NULL "7e 00 41 01 000d 01 62f220 f0ff 00 00 21436587f9 10 01 03 " \
	"2e 04 f0f0f0f0 2f 05 04 01000001"

/*
 * REGISTRATION REQUEST with a SUCI of ECIES profile A: 09 = ngKSI 0, initial registration,
 * follow-on request pending; 00 35: 01 262-02, routing indicator 1234 (2143), 01 = profile A,
 * 05 = key 5, then the scheme output: ephemeral public key (32 octets of 11), ciphertext
 * 0123456789, MAC tag a1..a8 (TS 33.501 C.3.2).
 */
#define KEY32 "1111111111111111111111111111111111111111111111111111111111111111"
#define REG_REQUEST_A "7e 00 41 09 0035 01 62f220 2143 01 05 " KEY32 " 0123456789 a1a2a3a4a5a6a7a8"

/*
 * REGISTRATION REQUEST for mobility registration updating (02), 5G-GUTI 000b f2 262-02, AMF
 * region 1, AMF set 1 and pointer 1 (0041), 5G-TMSI deadbeef; last visited registered TAI
 * 52 262-02 TAC 1; PDU session status 50 02 2000 (PSI 5); EPS NAS message container 70 000f
 * 07 48 01 0b f6 62f220 8001 01 deadbeef (a TRACKING AREA UPDATE REQUEST, combined TA/LA
 * updating, KSI 0, old GUTI 262-02 MME group 0x8001 code 1 M-TMSI deadbeef; eps_nas.c); NAS
 * message container 71 0011: the plain REGISTRATION REQUEST again.
 */
#define GUTI "f2 62f220 01 0041 deadbeef"
#define REG_REQUEST_MOBILITY "7e 00 41 02 000b " GUTI " 52 62f220 000001 50 02 2000 " \
	"70 000f 07 48 01 0b f6 62f220 8001 01 deadbeef 71 0011 7e 00 41 02 000b " GUTI

/*
 * REGISTRATION ACCEPT (8.2.7): 5GS registration result 01 09 (3GPP access, SMS allowed);
 * 5G-GUTI 77 000b (TLV-E); TAI list 54 07: 00 = one TAC, non-consecutive, 262-02, TAC 000001;
 * allowed NSSAI 15 07: SST 1 SD 000001, SST 2; 5GS network feature support 21 02 01 00 (IMS
 * VoPS over 3GPP); PDU session status 50 02 2000; T3512 5e 01 06 (GPRS timer 3: 60 minutes).
 */
#define REG_ACCEPT "7e 00 42 01 09 77 000b " GUTI " 54 07 00 62f220 000001 " \
	"15 07 04 01000001 01 02 21 02 01 00 50 02 2000 5e 01 06"

START_TEST(test_registration)
{
	expect_ok(REG_REQUEST_NULL,
		  "{\"extendedProtocolDiscriminatorValue\":126,\"extendedProtocolDiscriminator\":"
		  "\"5GS mobility management messages\",\"securityHeaderTypeValue\":0,"
		  "\"securityHeaderType\":\"Plain 5GS NAS message, not security protected\","
		  "\"messageType\":65,\"message\":\"REGISTRATION REQUEST\",\"followOnRequestPending\":"
		  "false,\"registrationTypeValue\":1,\"registrationType\":\"initial registration\","
		  "\"typeOfSecurityContext\":\"native security context (for KSIAMF)\",\"ngKsi\":0,"
		  "\"mobileIdentity\":{\"typeOfIdentityValue\":1,\"typeOfIdentity\":\"SUCI\","
		  "\"supiFormatValue\":0,\"supiFormat\":\"IMSI\",\"mcc\":\"262\",\"mnc\":\"02\","
		  "\"routingIndicator\":\"0\",\"protectionSchemeId\":0,\"protectionScheme\":\"Null "
		  "scheme\",\"homeNetworkPublicKeyId\":0,\"msin\":\"123456789\","
		  "\"hex\":\"0162f220f0ff000021436587f9\"},\"ies\":[{\"iei\":16,\"name\":\"5GMM "
		  "capability\",\"value\":{\"supported\":[\"HO attach\",\"S1 mode\"],\"hex\":\"03\"}},"
		  "{\"iei\":46,\"name\":\"UE security capability\",\"value\":"
		  "{\"fiveGEncryptionAlgorithms\":[\"5G-EA0\",\"128-5G-EA1\",\"128-5G-EA2\","
		  "\"128-5G-EA3\"],\"fiveGIntegrityAlgorithms\":[\"5G-IA0\",\"128-5G-IA1\","
		  "\"128-5G-IA2\",\"128-5G-IA3\"],\"epsEncryptionAlgorithms\":[\"EEA0\",\"128-EEA1\","
		  "\"128-EEA2\",\"128-EEA3\"],\"epsIntegrityAlgorithms\":[\"EIA0\",\"128-EIA1\","
		  "\"128-EIA2\",\"128-EIA3\"],\"hex\":\"f0f0f0f0\"}},{\"iei\":47,\"name\":\"Requested "
		  "NSSAI\",\"value\":{\"sNssais\":[{\"sst\":1,\"sstName\":\"eMBB\",\"sd\":\"000001\"}],"
		  "\"hex\":\"0401000001\"}}]", NULL);
	robust(REG_REQUEST_NULL, 0);
	expect_ok(REG_REQUEST_A, "\"followOnRequestPending\":true,",
		  "\"routingIndicator\":\"1234\",\"protectionSchemeId\":1,\"protectionScheme\":"
		  "\"ECIES scheme profile A\",\"homeNetworkPublicKeyId\":5,\"schemeOutput\":\"" KEY32
		  "0123456789a1a2a3a4a5a6a7a8\",\"eccEphemeralPublicKey\":\"" KEY32 "\","
		  "\"cipherText\":\"0123456789\",\"macTag\":\"a1a2a3a4a5a6a7a8\"", NULL);
	robust(REG_REQUEST_A, 1);
	expect_ok(REG_REQUEST_MOBILITY, "\"registrationType\":\"mobility registration updating\",",
		  "\"mobileIdentity\":{\"typeOfIdentityValue\":2,\"typeOfIdentity\":\"5G-GUTI\","
		  "\"mcc\":\"262\",\"mnc\":\"02\",\"amfRegionId\":1,\"amfSetId\":1,\"amfPointer\":1,"
		  "\"fiveGTmsi\":\"deadbeef\",\"hex\":\"f262f220010041deadbeef\"}",
		  "{\"iei\":82,\"name\":\"Last visited registered TAI\",\"value\":{\"mcc\":\"262\","
		  "\"mnc\":\"02\",\"tac\":1,\"hex\":\"62f220000001\"}},{\"iei\":80,\"name\":\"PDU "
		  "session status\",\"value\":{\"pduSessionIdentities\":[5],\"hex\":\"2000\"}},"
		  "{\"iei\":112,\"name\":\"EPS NAS message container\",\"value\":"
		  "{\"securityHeaderTypeValue\":0,", "\"message\":\"TRACKING AREA UPDATE REQUEST\",",
		  "{\"iei\":113,\"name\":\"NAS message container\",\"value\":"
		  "{\"extendedProtocolDiscriminatorValue\":126,", "\"ies\":[],"
		  "\"hex\":\"7e004102000bf262f220010041deadbeef\"}}]", NULL);
	robust(REG_REQUEST_MOBILITY, 0);
	expect_ok(REG_ACCEPT, "\"message\":\"REGISTRATION ACCEPT\",\"registrationResult\":"
		  "{\"registrationResultValue\":1,\"registrationResult\":\"3GPP access\","
		  "\"smsAllowed\":true,\"nssaaToBePerformed\":false,\"emergencyRegistered\":false,"
		  "\"disasterRoamingRegistration\":false,\"hex\":\"09\"},\"ies\":[{\"iei\":119,"
		  "\"name\":\"5G-GUTI\",\"value\":{\"typeOfIdentityValue\":2,\"typeOfIdentity\":"
		  "\"5G-GUTI\",\"mcc\":\"262\",\"mnc\":\"02\",\"amfRegionId\":1,\"amfSetId\":1,"
		  "\"amfPointer\":1,\"fiveGTmsi\":\"deadbeef\",\"hex\":\"f262f220010041deadbeef\"}},"
		  "{\"iei\":84,\"name\":\"TAI list\",\"value\":{\"partialLists\":[{\"typeOfList\":"
		  "\"list of TACs belonging to one PLMN or SNPN, with non-consecutive TAC values\","
		  "\"numberOfElements\":1,\"mcc\":\"262\",\"mnc\":\"02\",\"tacs\":[1]}],"
		  "\"hex\":\"0062f220000001\"}},{\"iei\":21,\"name\":\"Allowed NSSAI\",\"value\":"
		  "{\"sNssais\":[{\"sst\":1,\"sstName\":\"eMBB\",\"sd\":\"000001\"},{\"sst\":2,"
		  "\"sstName\":\"URLLC\"}],\"hex\":\"04010000010102\"}},{\"iei\":33,\"name\":\"5GS "
		  "network feature support\",\"value\":{\"imsVoPs3gpp\":true,\"imsVoPsN3gpp\":false,"
		  "\"emc\":\"Emergency services not supported\",\"emf\":\"Emergency services fallback "
		  "not supported\",\"interworkingWithoutN26\":false,\"mpsi\":false,\"furtherOctets\":"
		  "\"00\",\"fiveGUpCiot\":false,\"fiveGIphcCpCiot\":false,\"n3Data\":false,"
		  "\"fiveGCpCiot\":false,\"restrictEcValue\":0,\"restrictEc\":\"WB-N1: both CE mode A "
		  "and CE mode B are not restricted / NB-N1: use of enhanced coverage is not "
		  "restricted\",\"mcsi\":false,\"emcn3\":false,\"hex\":\"0100\"}},{\"iei\":80,",
		  "{\"iei\":94,\"name\":\"T3512 value\",\"value\":{\"timerValue\":6,\"unit\":"
		  "\"10 minutes\",\"seconds\":3600,\"hex\":\"06\"}}]", NULL);
	robust(REG_ACCEPT, 0);
	/* rejected NSSAI 11 07 (9.11.3.46): 10 = 1 octet, cause 0, SST 1; 41 = 4 octets, cause 1
	 * (not available in the current registration area), SST 2 SD 000001; negotiated DRX
	 * parameters 51 01 02 (T = 64) */
	expect_ok("7e 00 42 01 01 11 07 10 01 41 02 000001 51 01 02", "{\"iei\":17,\"name\":"
		  "\"Rejected NSSAI\",\"value\":{\"rejectedSNssais\":[{\"causeValue\":0,\"cause\":"
		  "\"S-NSSAI not available in the current PLMN or SNPN\",\"sst\":1,\"sstName\":"
		  "\"eMBB\"},{\"causeValue\":1,\"cause\":\"S-NSSAI not available in the current "
		  "registration area\",\"sst\":2,\"sstName\":\"URLLC\",\"sd\":\"000001\"}],"
		  "\"hex\":\"10014102000001\"}},{\"iei\":81,\"name\":\"Negotiated DRX parameters\","
		  "\"value\":{\"drxValue\":2,\"drx\":\"DRX cycle parameter T = 64\",\"hex\":\"02\"}}]",
		  NULL);
	robust("7e 00 42 01 01 11 07 10 01 41 02 000001 51 01 02", 0);
	/* REGISTRATION COMPLETE (8.2.8); REGISTRATION REJECT (8.2.9): 5GMM cause 0b, T3346
	 * 5f 01 21 (GPRS timer 2: 1 minute), T3502 16 01 22 (2 minutes) */
	expect_ok("7e 00 43", "\"messageType\":67,\"message\":\"REGISTRATION COMPLETE\",\"ies\":[]",
		  NULL);
	expect_ok("7e 00 44 0b 5f 01 21 16 01 22", "\"message\":\"REGISTRATION REJECT\","
		  "\"mmCauseValue\":11,\"mmCause\":\"PLMN not allowed\",\"ies\":[{\"iei\":95,\"name\":"
		  "\"T3346 value\",\"value\":{\"timerValue\":1,\"unit\":\"1 minute\",\"seconds\":60,"
		  "\"hex\":\"21\"}},{\"iei\":22,\"name\":\"T3502 value\",\"value\":{\"timerValue\":2,"
		  "\"unit\":\"1 minute\",\"seconds\":120,", NULL);
	/* CONFIGURATION UPDATE COMMAND (8.2.19): configuration update indication d3 (ACK, RED
	 * requested); 5G-GUTI; TAI list 54 14: 22 = consecutive, 3 TACs from 000010 of 262-02,
	 * then 41 = 2 TAIs of different PLMNs, 262-02 TAC 1, 262-03 TAC 2; full name for network
	 * 43 05 80 c8329b0d ("Hell", GSM 7-bit); local time zone 46 40 (+01:00) */
	expect_ok("7e 00 54 d3 77 000b " GUTI " 54 14 22 62f220 000010 41 62f220 000001 62f230 "
		  "000002 43 05 80 c8 32 9b 0d 46 40", "\"message\":\"CONFIGURATION UPDATE COMMAND\","
		  "\"ies\":[{\"iei\":211,\"name\":\"Configuration update indication\",\"value\":"
		  "{\"ackValue\":1,\"ack\":\"acknowledgement requested\",\"redValue\":1,\"red\":"
		  "\"registration requested\"}},",
		  "\"partialLists\":[{\"typeOfList\":\"list of TACs belonging to one PLMN or SNPN, "
		  "with consecutive TAC values\",\"numberOfElements\":3,\"mcc\":\"262\",\"mnc\":\"02\","
		  "\"tacs\":[16,17,18]},{\"typeOfList\":\"list of TAIs belonging to different PLMNs\","
		  "\"numberOfElements\":2,\"tais\":[{\"mcc\":\"262\",\"mnc\":\"02\",\"tac\":1},"
		  "{\"mcc\":\"262\",\"mnc\":\"03\",\"tac\":2}]}]", "\"text\":\"Hell\"",
		  "\"name\":\"Local time zone\",\"value\":{\"timeZone\":\"+01:00\"", NULL);
	robust("7e 00 54 d3 77 000b " GUTI " 54 14 22 62f220 000010 41 62f220 000001 62f230 "
	       "000002 43 05 80 c8 32 9b 0d 46 40", 0);
}
END_TEST

/* ---- de-registration, service, identity --------------------------------------------------- */

START_TEST(test_mobility)
{
	/* DEREGISTRATION REQUEST (UE originating, 8.2.12): 09 = ngKSI 0, switch off, 3GPP
	 * access; the 5G-GUTI; DEREGISTRATION ACCEPT (8.2.13) */
	expect_ok("7e 00 45 09 000b " GUTI, "\"message\":\"DEREGISTRATION REQUEST (UE originating "
		  "de-registration)\",\"switchOff\":true,\"accessTypeValue\":1,\"accessType\":"
		  "\"3GPP access\",\"typeOfSecurityContext\":\"native security context (for "
		  "KSIAMF)\",\"ngKsi\":0,\"mobileIdentity\":{\"typeOfIdentityValue\":2,", NULL);
	expect_ok("7e 00 46", "\"message\":\"DEREGISTRATION ACCEPT (UE originating "
		  "de-registration)\",\"ies\":[]", NULL);
	/* DEREGISTRATION REQUEST (UE terminated, 8.2.14): 05 = re-registration required, 3GPP
	 * access; 5GMM cause 58 0b; DEREGISTRATION ACCEPT (8.2.15) */
	expect_ok("7e 00 47 05 58 0b", "\"message\":\"DEREGISTRATION REQUEST (UE terminated "
		  "de-registration)\",\"reRegistrationRequired\":true,\"accessTypeValue\":1,"
		  "\"accessType\":\"3GPP access\",\"ies\":[{\"iei\":88,\"name\":\"5GMM cause\","
		  "\"value\":{\"mmCauseValue\":11,\"mmCause\":\"PLMN not allowed\",\"hex\":\"0b\"}}]",
		  NULL);
	expect_ok("7e 00 48", "\"message\":\"DEREGISTRATION ACCEPT (UE terminated "
		  "de-registration)\"", NULL);
	/* SERVICE REQUEST (8.2.16), integrity protected (9.1.1: 7e 01, MAC 11223344, sequence
	 * number 5): 10 = service type data, ngKSI 0; 5G-S-TMSI 0007 f4 0041 deadbeef; uplink
	 * data status 40 02 2000 and PDU session status 50 02 2000 (PSI 5) */
	expect_ok("7e 01 11223344 05 7e 00 4c 10 0007 f4 0041 deadbeef 40 02 2000 50 02 2000",
		  "\"securityHeaderTypeValue\":1,\"securityHeaderType\":\"Integrity protected\","
		  "\"messageAuthenticationCode\":\"11223344\",\"sequenceNumber\":5,\"nasMessage\":"
		  "{\"extendedProtocolDiscriminatorValue\":126,", "\"message\":\"SERVICE REQUEST\","
		  "\"typeOfSecurityContext\":\"native security context (for KSIAMF)\",\"ngKsi\":0,"
		  "\"serviceTypeValue\":1,\"serviceType\":\"data\",\"fiveGSTmsi\":"
		  "{\"typeOfIdentityValue\":4,\"typeOfIdentity\":\"5G-S-TMSI\",\"amfSetId\":1,"
		  "\"amfPointer\":1,\"fiveGTmsi\":\"deadbeef\",\"hex\":\"f40041deadbeef\"},\"ies\":"
		  "[{\"iei\":64,\"name\":\"Uplink data status\",\"value\":{\"pduSessionIdentities\":"
		  "[5],\"hex\":\"2000\"}},{\"iei\":80,", NULL);
	robust("7e 01 11223344 05 7e 00 4c 10 0007 f4 0041 deadbeef 40 02 2000 50 02 2000", 0);
	/* IDENTITY REQUEST (8.2.21): 01 = SUCI; IDENTITY RESPONSE (8.2.22) with an IMEISV 0009
	 * 45 = digit 4, even, IMEISV; 53 02 00 00 00 00 10 f2 = 4352000000000012 */
	expect_ok("7e 00 5b 01", "\"message\":\"IDENTITY REQUEST\",\"identityTypeValue\":1,"
		  "\"identityType\":\"SUCI\"", NULL);
	expect_ok("7e 00 5c 0009 45 53 02 00 00 00 00 10 f2", "\"mobileIdentity\":"
		  "{\"typeOfIdentityValue\":5,\"typeOfIdentity\":\"IMEISV\",\"oddNumberOfDigits\":"
		  "false,\"imeisv\":\"4352000000000012\"", NULL);
	/* ... a MAC address (06, 00a0c9123456) and a SUCI of a network specific identifier
	 * (11 = SUPI format 1, SUCI; the NAI user@end) */
	expect_ok("7e 00 5c 0007 06 00a0c9123456", "{\"typeOfIdentityValue\":6,\"typeOfIdentity\":"
		  "\"MAC address\",\"macAddressUsageRestriction\":false,\"macAddress\":"
		  "\"00a0c9123456\"", NULL);
	expect_ok("7e 00 5c 0009 11 7573657240656e64", "\"supiFormatValue\":1,\"supiFormat\":"
		  "\"Network specific identifier\",\"nai\":\"user@end\"", NULL);
	/* 5GMM STATUS (8.2.29): cause 5f */
	expect_ok("7e 00 64 5f", "\"message\":\"5GMM STATUS\",\"mmCauseValue\":95,\"mmCause\":"
		  "\"Semantically incorrect message\"", NULL);
	/* a cause the table does not name */
	expect_ok("7e 00 64 70", "\"mmCauseValue\":112,\"mmCause\":\"unassigned, treated as "
		  "protocol error, unspecified (112)\"", NULL);
}
END_TEST

/* ---- security ------------------------------------------------------------------------------ */

/*
 * AUTHENTICATION REQUEST (8.2.1): 00 = ngKSI 0; ABBA 02 0000; RAND 21 00112233..eeff; AUTN
 * 20 10: SQN xor AK 010203040506, AMF 0708, MAC 090a0b0c0d0e0f10.
 */
#define AUTH_REQUEST "7e 00 56 00 02 0000 21 00112233445566778899aabbccddeeff " \
	"20 10 0102030405060708090a0b0c0d0e0f10"

/*
 * SECURITY MODE COMMAND (8.2.25), integrity protected with new 5G NAS security context (7e 03,
 * MAC a1b2c3d4, sequence number 0): 02 = 5G-EA0, 128-5G-IA2; 01 = ngKSI 1; replayed UE
 * security capabilities 04 f0f0f0f0; IMEISV request e1; selected EPS NAS security algorithms
 * 57 22 (128-EEA2, 128-EIA2).
 */
#define SMC "7e 03 a1b2c3d4 00 7e 00 5d 02 01 04 f0f0f0f0 e1 57 22"

START_TEST(test_security)
{
	expect_ok(AUTH_REQUEST, "\"message\":\"AUTHENTICATION REQUEST\",\"typeOfSecurityContext\":"
		  "\"native security context (for KSIAMF)\",\"ngKsi\":0,\"abba\":{\"abba\":\"0000\","
		  "\"hex\":\"0000\"},\"ies\":[{\"iei\":33,\"name\":\"Authentication parameter RAND (5G "
		  "authentication challenge)\",\"value\":{\"rand\":\"00112233445566778899aabbccddeeff\","
		  "\"hex\":\"00112233445566778899aabbccddeeff\"}},{\"iei\":32,\"name\":\"Authentication "
		  "parameter AUTN (5G authentication challenge)\",\"value\":{\"sqnXorAk\":"
		  "\"010203040506\",\"amf\":\"0708\",\"mac\":\"090a0b0c0d0e0f10\",", NULL);
	robust(AUTH_REQUEST, 0);
	/* AUTHENTICATION RESPONSE (8.2.2): RES* 2d 10; AUTHENTICATION FAILURE (8.2.4): 15 = synch
	 * failure, AUTS 30 0e; AUTHENTICATION REJECT (8.2.5); AUTHENTICATION RESULT (8.2.3): ngKSI
	 * 0, EAP message 0004 03010004 (EAP success), ABBA 38 02 0000 */
	expect_ok("7e 00 57 2d 10 00112233445566778899aabbccddeeff", "\"message\":\"AUTHENTICATION "
		  "RESPONSE\",\"ies\":[{\"iei\":45,\"name\":\"Authentication response parameter\","
		  "\"value\":{\"resStar\":\"00112233445566778899aabbccddeeff\",", NULL);
	expect_ok("7e 00 59 15 30 0e 0102030405060708090a0b0c0d0e", "\"mmCauseValue\":21,"
		  "\"mmCause\":\"Synch failure\",\"ies\":[{\"iei\":48,\"name\":\"Authentication failure "
		  "parameter\",\"value\":{\"auts\":\"0102030405060708090a0b0c0d0e\",", NULL);
	expect_ok("7e 00 58", "\"message\":\"AUTHENTICATION REJECT\",\"ies\":[]", NULL);
	expect_ok("7e 00 5a 00 0004 03010004 38 02 0000", "\"message\":\"AUTHENTICATION RESULT\","
		  "\"typeOfSecurityContext\":\"native security context (for KSIAMF)\",\"ngKsi\":0,"
		  "\"eapMessage\":{\"codeValue\":3,\"code\":\"Success\",\"identifier\":1,"
		  "\"length\":4,\"hex\":\"03010004\"},\"ies\":[{\"iei\":56,\"name\":\"ABBA\",", NULL);
	expect_ok(SMC, "{\"extendedProtocolDiscriminatorValue\":126,\"extendedProtocolDiscriminator\":"
		  "\"5GS mobility management messages\",\"securityHeaderTypeValue\":3,"
		  "\"securityHeaderType\":\"Integrity protected with new 5G NAS security context\","
		  "\"messageAuthenticationCode\":\"a1b2c3d4\",\"sequenceNumber\":0,\"nasMessage\":",
		  "\"message\":\"SECURITY MODE COMMAND\",\"cipheringAlgorithmValue\":0,"
		  "\"cipheringAlgorithm\":\"5G-EA0 (null ciphering algorithm)\","
		  "\"integrityProtectionAlgorithmValue\":2,\"integrityProtectionAlgorithm\":"
		  "\"128-5G-IA2\",\"typeOfSecurityContext\":\"native security context (for KSIAMF)\","
		  "\"ngKsi\":1,\"replayedUeSecurityCapabilities\":{\"fiveGEncryptionAlgorithms\":",
		  "\"ies\":[{\"iei\":225,\"name\":\"IMEISV request\",\"value\":\"IMEISV requested\"},"
		  "{\"iei\":87,\"name\":\"Selected EPS NAS security algorithms\",\"value\":"
		  "{\"cipheringAlgorithmValue\":2,\"cipheringAlgorithm\":\"128-EEA2\","
		  "\"integrityProtectionAlgorithmValue\":2,\"integrityProtectionAlgorithm\":"
		  "\"128-EIA2\",\"hex\":\"22\"}}],\"hex\":\"7e005d020104f0f0f0f0e15722\"},"
		  "\"hex\":\"7e03a1b2c3d4007e005d020104f0f0f0f0e15722\"}", NULL);
	robust(SMC, 0);
	/* SECURITY MODE COMPLETE (8.2.26): IMEISV 77 0009 ...; SECURITY MODE REJECT (8.2.27):
	 * 17 = UE security capabilities mismatch */
	expect_ok("7e 00 5e 77 0009 45 53 02 00 00 00 00 10 f2", "\"message\":\"SECURITY MODE "
		  "COMPLETE\",\"ies\":[{\"iei\":119,\"name\":\"IMEISV\",\"value\":"
		  "{\"typeOfIdentityValue\":5,", NULL);
	expect_ok("7e 00 5f 17", "\"mmCauseValue\":23,\"mmCause\":\"UE security capabilities "
		  "mismatch\"", NULL);
	/* integrity protected and ciphered (7e 02, MAC 11223344, sequence number 6): hex + note */
	expect_ok("7e 02 11223344 06 aabbccddeeff", "{\"extendedProtocolDiscriminatorValue\":126,"
		  "\"extendedProtocolDiscriminator\":\"5GS mobility management messages\","
		  "\"securityHeaderTypeValue\":2,\"securityHeaderType\":\"Integrity protected and "
		  "ciphered\",\"messageAuthenticationCode\":\"11223344\",\"sequenceNumber\":6,"
		  "\"cipheredNasMessage\":\"aabbccddeeff\",\"note\":\"ciphered: the NAS message is not "
		  "decoded\",\"hex\":\"7e021122334406aabbccddeeff\"}", NULL);
	expect_ok("7e 04 11223344 06 aabb", "\"securityHeaderTypeValue\":4,\"securityHeaderType\":"
		  "\"Integrity protected and ciphered with new 5G NAS security context\",",
		  "\"cipheredNasMessage\":\"aabb\"", NULL);
	/* (a cut ciphered message is no error: its length is not known) */
	robust("7e 02 11223344 06 aabbccddeeff", 0);
}
END_TEST

/* ---- transport and session management ------------------------------------------------------ */

/*
 * UL NAS TRANSPORT (8.2.10): 01 = payload container type N1 SM information; payload container
 * 0008: PDU SESSION ESTABLISHMENT REQUEST (8.3.1: 2e, PSI 1, PTI 1, c1; integrity protection
 * maximum data rate ffff (full data rate both ways); PDU session type 91 (IPv4); SSC mode a1
 * (SSC mode 1)); PDU session ID 12 01; request type 81 (initial request); S-NSSAI 22 04 01
 * 000001; DNN 25 09 "internet".
 */
#define UL_TRANSPORT "7e 00 67 01 0008 2e 01 01 c1 ffff 91 a1 12 01 81 22 04 01000001 " \
	"25 09 08 696e7465726e6574"

/*
 * PDU SESSION ESTABLISHMENT ACCEPT (8.3.2): 2e, PSI 1, PTI 1, c2; 11 = SSC mode 1, IPv4;
 * authorized QoS rules 0009: rule 1 of length 6, 31 = create new QoS rule, the default rule,
 * one packet filter: 31 = bidirectional, identifier 1, contents 01 (match-all); precedence ff;
 * QFI 01; session-AMBR 06: 06 0064 (100 Mbit/s down), 06 0032 (50 up); PDU address 29 05 01
 * 0a2d0001 (IPv4 10.45.0.1); S-NSSAI 22 01 01; authorized QoS flow descriptions 79 0006: QFI 1,
 * 20 = create, 41 = E bit, 1 parameter: 5QI 01 01 09; DNN "internet".  In a DL NAS TRANSPORT
 * (8.2.11) with PDU session ID 12 01.
 */
#define EST_ACCEPT "2e 01 01 c2 11 0009 01 0006 31 31 01 01 ff 01 06 06 0064 06 0032 " \
	"29 05 01 0a2d0001 22 01 01 79 0006 01 20 41 01 01 09 25 09 08 696e7465726e6574"
#define DL_TRANSPORT "7e 00 68 01 0035 " EST_ACCEPT " 12 01"

START_TEST(test_transport)
{
	expect_ok(UL_TRANSPORT, "\"messageType\":103,\"message\":\"UL NAS TRANSPORT\","
		  "\"payloadContainerTypeValue\":1,\"payloadContainerType\":\"N1 SM information\","
		  "\"payloadContainer\":{\"extendedProtocolDiscriminatorValue\":46,"
		  "\"extendedProtocolDiscriminator\":\"5GS session management messages\","
		  "\"pduSessionIdentity\":1,\"procedureTransactionIdentity\":1,\"messageType\":193,"
		  "\"message\":\"PDU SESSION ESTABLISHMENT REQUEST\","
		  "\"integrityProtectionMaxDataRateUplink\":\"Full data rate\","
		  "\"integrityProtectionMaxDataRateDownlink\":\"Full data rate\",\"ies\":[{\"iei\":145,"
		  "\"name\":\"PDU session type\",\"value\":{\"pduSessionTypeValue\":1,"
		  "\"pduSessionType\":\"IPv4\"}},{\"iei\":161,\"name\":\"SSC mode\",\"value\":"
		  "{\"sscModeValue\":1,\"sscMode\":\"SSC mode 1\"}}],\"hex\":\"2e0101c1ffff91a1\"},"
		  "\"ies\":[{\"iei\":18,\"name\":\"PDU session ID\",\"value\":{\"pduSessionIdentity\":1,"
		  "\"hex\":\"01\"}},{\"iei\":129,\"name\":\"Request type\",\"value\":"
		  "{\"requestTypeValue\":1,\"requestType\":\"initial request\"}},{\"iei\":34,\"name\":"
		  "\"S-NSSAI\",\"value\":{\"sst\":1,\"sstName\":\"eMBB\",\"sd\":\"000001\","
		  "\"hex\":\"01000001\"}},{\"iei\":37,\"name\":\"DNN\",\"value\":{\"apn\":\"internet\",",
		  NULL);
	robust(UL_TRANSPORT, 0);
	expect_ok(DL_TRANSPORT, "\"message\":\"DL NAS TRANSPORT\",\"payloadContainerTypeValue\":1,",
		  "\"message\":\"PDU SESSION ESTABLISHMENT ACCEPT\",\"pduSessionTypeValue\":1,"
		  "\"pduSessionType\":\"IPv4\",\"sscModeValue\":1,\"sscMode\":\"SSC mode 1\","
		  "\"authorizedQosRules\":{\"qosRules\":[{\"qosRuleIdentifier\":1,"
		  "\"ruleOperationCodeValue\":1,\"ruleOperationCode\":\"Create new QoS rule\","
		  "\"defaultQosRule\":true,\"numberOfPacketFilters\":1,\"packetFilters\":"
		  "[{\"packetFilterIdentifier\":1,\"direction\":\"bidirectional\",\"components\":"
		  "[{\"typeValue\":1,\"type\":\"Match-all type\"}]}],\"qosRulePrecedence\":255,"
		  "\"segregation\":false,\"qfi\":1}],\"hex\":\"01000631310101ff01\"},\"sessionAmbr\":"
		  "{\"downlinkUnit\":\"value is incremented in multiples of 1 Mbps\","
		  "\"downlinkValue\":100,\"downlinkKbps\":100000,\"uplinkUnit\":\"value is "
		  "incremented in multiples of 1 Mbps\",\"uplinkValue\":50,\"uplinkKbps\":50000,"
		  "\"hex\":\"060064060032\"},\"ies\":[{\"iei\":41,\"name\":\"PDU address\",\"value\":"
		  "{\"pduSessionType\":\"IPv4\",\"si6lla\":false,\"ipv4Address\":\"10.45.0.1\","
		  "\"hex\":\"010a2d0001\"}},{\"iei\":34,\"name\":\"S-NSSAI\",\"value\":{\"sst\":1,"
		  "\"sstName\":\"eMBB\",\"hex\":\"01\"}},{\"iei\":121,\"name\":\"Authorized QoS flow "
		  "descriptions\",\"value\":{\"qosFlowDescriptions\":[{\"qfi\":1,"
		  "\"operationCodeValue\":1,\"operationCode\":\"Create new QoS flow description\","
		  "\"eBit\":true,\"numberOfParameters\":1,\"parameters\":[{\"parameterIdentifier\":1,"
		  "\"parameter\":\"5QI\",\"fiveQi\":9}]}],\"hex\":\"012041010109\"}},",
		  "\"ies\":[{\"iei\":18,\"name\":\"PDU session ID\",\"value\":{\"pduSessionIdentity\":1,"
		  "\"hex\":\"01\"}}]", NULL);
	robust(DL_TRANSPORT, 0);
	robust(EST_ACCEPT, 0);
	/* UL NAS TRANSPORT with an SMS (payload container type 2): CP-DATA 09 01 holding RP-ACK
	 * 02 05 (MS to network, reference 5), for dtap.c's TS 24.011 decoder */
	expect_ok("7e 00 67 02 0005 09 01 02 02 05", "\"payloadContainerType\":\"SMS\","
		  "\"payloadContainer\":{\"protocolDiscriminator\":\"SMS\",\"tiFlag\":false,"
		  "\"transactionId\":0,\"messageType\":1,\"message\":\"CP-DATA\",\"cpUserData\":"
		  "{\"messageTypeIndicator\":2,\"messageType\":\"RP-ACK (MS to network)\","
		  "\"messageReference\":5,", NULL);
	/* CONTROL PLANE SERVICE REQUEST (8.2.30): 01 = ngKSI 0, control plane service type 1;
	 * payload container type 81 (N1 SM information); payload container 7b 0005 holding 5GSM
	 * STATUS (PSI 5, cause 2b) */
	expect_ok("7e 00 4f 01 81 7b 0005 2e 05 00 d6 2b", "\"message\":\"CONTROL PLANE SERVICE "
		  "REQUEST\",\"controlPlaneServiceTypeValue\":1,\"controlPlaneServiceType\":\"mobile "
		  "terminating request\",", "{\"iei\":123,\"name\":\"Payload "
		  "container\",\"value\":{\"extendedProtocolDiscriminatorValue\":46,", "\"message\":"
		  "\"5GSM STATUS\",\"smCauseValue\":43,", NULL);
	/* ... and an LPP one (3): hex, and "lpp" beside it (aabbcc is no LPP message: its error;
	 * check_lpp.c has valid ones) */
	expect("7e 00 67 03 0003 aabbcc", "\"payloadContainerType\":\"LTE Positioning Protocol "
	       "(LPP) message container\",\"payloadContainer\":\"aabbcc\",\"lpp\":{\"type\":"
	       "\"LPP-Message\",\"hex\":\"aabbcc\",\"error\":", NULL);
	/* ... and a location services message container (7): hex, and beside it the TS 24.080
	 * message it holds as DTAP: REGISTER 0b 3b, facility 1c 10 with an lcs-MOLR invoke
	 * (a1 0e: invokeID 1, opcode 115 (73), LCS-MOLRArg { molr-Type [0] locationEstimate,
	 * locationMethod [1] msBasedEOTD }), SS version 7f 01 00 (check_ss.c has the same
	 * invoke, checked with tshark) */
	expect_ok("7e 00 67 07 0017 0b 3b 1c 10 a1 0e 020101 020173 3006 800100 810100 7f 01 00",
		  "\"payloadContainerTypeValue\":7,\"payloadContainerType\":\"Location services "
		  "message container\",\"payloadContainer\":\"0b3b1c10a10e0201010201733006800100810100"
		  "7f0100\",\"locationServicesMessage\":{\"protocolDiscriminator\":",
		  "\"messageType\":59,", "\"opcode\":115,\"operation\":\"lcs-MOLR\","
		  "\"argument\":{\"molr-Type\":\"locationEstimate\",\"locationMethod\":"
		  "\"msBasedEOTD\"}", NULL);
	/* octets that are no SS message: DTAP's reading of them (here an unknown SM message) */
	expect("7e 00 67 07 0002 aabb", "\"payloadContainer\":\"aabb\",\"locationServicesMessage\":"
	       "{\"protocolDiscriminator\":\"SM\",", "\"message\":\"unknown SM message type (187)\"",
	       NULL);
	expect("7e 00 67 07 0001 0b", "\"locationServicesMessage\":{", "\"error\":", NULL);
	robust("7e 00 67 07 0017 0b 3b 1c 10 a1 0e 020101 020173 3006 800100 810100 7f 01 00", 0);
	/* PDU SESSION MODIFICATION COMMAND (8.3.9): PSI 5, PTI 3; session-AMBR 2a 06; authorized
	 * QoS rules 7a 0016: rule 3 of length 19, 21 = create, 1 packet filter: 32 = bidirectional,
	 * identifier 2, 14 octets: IPv4 remote address 10 0a000001 ffffff00, protocol 30 11 (UDP),
	 * single remote port 50 1f90 (8080); precedence 0a; QFI 05; authorized QoS flow
	 * descriptions 79 000b: QFI 5, create, E bit, 2 parameters: 5QI 1, GFBR uplink 02 03 06 0001
	 * (1 Mbit/s) */
	expect_ok("2e 05 03 cb 2a 06 06 0064 06 0032 7a 0016 03 0013 21 32 0e 10 0a000001 ffffff00 "
		  "30 11 50 1f90 0a 05 79 000b 05 20 42 01 01 01 02 03 06 0001",
		  "\"message\":\"PDU SESSION MODIFICATION COMMAND\",\"ies\":[{\"iei\":42,\"name\":"
		  "\"Session-AMBR\",", "\"packetFilters\":[{\"packetFilterIdentifier\":2,"
		  "\"direction\":\"bidirectional\",\"components\":[{\"typeValue\":16,\"type\":\"IPv4 "
		  "remote address type\",\"contents\":\"0a000001ffffff00\",\"address\":\"10.0.0.1\","
		  "\"mask\":\"255.255.255.0\"},{\"typeValue\":48,\"type\":\"Protocol identifier/Next "
		  "header type\",\"contents\":\"11\",\"protocolIdentifier\":17},{\"typeValue\":80,\"type\":"
		  "\"Single remote port type\",\"contents\":\"1f90\",\"port\":8080}]}],"
		  "\"qosRulePrecedence\":10,\"segregation\":false,\"qfi\":5}]",
		  "\"parameters\":[{\"parameterIdentifier\":1,\"parameter\":\"5QI\",\"fiveQi\":1},"
		  "{\"parameterIdentifier\":2,\"parameter\":\"GFBR uplink\",\"bitRateUnit\":\"value is "
		  "incremented in multiples of 1 Mbps\",\"bitRateValue\":1,\"bitRateKbps\":1000}]",
		  NULL);
	robust("2e 05 03 cb 7a 0016 03 0013 21 32 0e 10 0a000001 ffffff00 30 11 50 1f90 0a 05 "
	       "79 000b 05 20 42 01 01 01 02 03 06 0001", 0);
	/* ... a rule whose packet filter is a destination MAC address range (88: the low and the
	 * high address, 6 octets each; Table 9.11.4.13.1): 7a 0015, rule 3 of length 18, create
	 * with 1 filter, bidirectional filter 2 of 13 octets, precedence 0a, QFI 05 (tshark 4.0.17
	 * reads the rule and filter framing the same, but does not know component type 0x88) */
	expect_ok("2e 05 03 cb 7a 0015 03 0012 21 32 0d 88 020000000001 020000000009 0a 05",
		  "{\"typeValue\":136,\"type\":\"Destination MAC address range type\",\"contents\":"
		  "\"020000000001020000000009\",\"macAddressLow\":\"02:00:00:00:00:01\","
		  "\"macAddressHigh\":\"02:00:00:00:00:09\"}", NULL);
	robust("2e 05 03 cb 7a 0015 03 0012 21 32 0d 88 020000000001 020000000009 0a 05", 0);
	/* ... deleting QoS rule 2 (7a 0004: 02 0001 40 = delete existing QoS rule, no filters) */
	expect_ok("2e 05 03 cb 7a 0004 02 0001 40", "\"qosRules\":[{\"qosRuleIdentifier\":2,"
		  "\"ruleOperationCodeValue\":2,\"ruleOperationCode\":\"Delete existing QoS rule\","
		  "\"defaultQosRule\":false,\"numberOfPacketFilters\":0,\"packetFilters\":[]}]", NULL);
	/* PDU SESSION ESTABLISHMENT REJECT (8.3.3): 1b = missing or unknown DNN; back-off timer
	 * 37 01 21 (1 hour); allowed SSC mode f2 */
	expect_ok("2e 01 01 c3 1b 37 01 21 f2", "\"message\":\"PDU SESSION ESTABLISHMENT REJECT\","
		  "\"smCauseValue\":27,\"smCause\":\"Missing or unknown DNN\",\"ies\":[{\"iei\":55,"
		  "\"name\":\"Back-off timer value\",\"value\":{\"timerValue\":1,\"unit\":\"1 hour\","
		  "\"seconds\":3600,", "{\"iei\":242,\"name\":\"Allowed SSC mode\",\"value\":{\"ssc1Value\":0,"
		  "\"ssc1\":\"SSC mode 1 not allowed\",\"ssc2Value\":1,\"ssc2\":\"SSC mode 2 allowed\","
		  "\"ssc3Value\":0,\"ssc3\":\"SSC mode 3 not allowed\"}}", NULL);
	/* PDU SESSION MODIFICATION REQUEST (8.3.7): 5GSM cause 59 24; PDU SESSION RELEASE REQUEST
	 * (8.3.12) with cause 59 24; RELEASE COMMAND (8.3.14): 24 = regular deactivation, back-off
	 * 37 01 22; RELEASE COMPLETE (8.3.15); 5GSM STATUS (8.3.16): 2b */
	expect_ok("2e 05 04 c9 59 24", "\"message\":\"PDU SESSION MODIFICATION REQUEST\",\"ies\":"
		  "[{\"iei\":89,\"name\":\"5GSM cause\",\"value\":{\"smCauseValue\":36,\"smCause\":"
		  "\"Regular deactivation\"", NULL);
	expect_ok("2e 05 04 d1 59 24", "\"message\":\"PDU SESSION RELEASE REQUEST\",\"ies\":"
		  "[{\"iei\":89,", NULL);
	expect_ok("2e 05 00 d3 24 37 01 22", "\"pduSessionIdentity\":5,"
		  "\"procedureTransactionIdentity\":0,\"messageType\":211,\"message\":\"PDU SESSION "
		  "RELEASE COMMAND\",\"smCauseValue\":36,\"smCause\":\"Regular deactivation\",\"ies\":"
		  "[{\"iei\":55,\"name\":\"Back-off timer value\",\"value\":{\"timerValue\":2,", NULL);
	expect_ok("2e 05 00 d4", "\"message\":\"PDU SESSION RELEASE COMPLETE\",\"ies\":[]", NULL);
	expect_ok("2e 05 00 d6 2b", "\"message\":\"5GSM STATUS\",\"smCauseValue\":43,\"smCause\":"
		  "\"Invalid PDU session identity\"", NULL);
	/* other messages: their elements listed (NOTIFICATION RESPONSE, REMOTE UE REPORT with a
	 * remote UE context connected 76 0002 aabb), an unknown message type's kept in hex with
	 * a note */
	expect_ok("7e 00 66 50 02 2000", "\"message\":\"NOTIFICATION RESPONSE\",\"ies\":[{\"iei\":80,"
		  "\"name\":\"PDU session status\",", NULL);
	expect_ok("2e 05 00 da 76 0002 aabb", "\"message\":\"REMOTE UE REPORT\",\"ies\":[{\"iei\":118,"
		  "\"name\":\"Remote UE context connected\",\"value\":\"aabb\"}]", NULL);
	expect_ok("7e 00 70 aabb", "\"message\":\"unknown 5GMM message type (112)\",\"ies\":\"aabb\","
		  "\"note\":\"the information elements of this message are not decoded\"", NULL);
	expect_ok("2e 05 00 e0", "\"message\":\"unknown 5GSM message type (224)\"", NULL);
	/* SERVICE-LEVEL AUTHENTICATION COMMAND (8.3.17): the service-level-AA container 0002 aabb */
	expect_ok("2e 05 00 d8 0002 aabb", "\"message\":\"SERVICE-LEVEL AUTHENTICATION COMMAND\","
		  "\"serviceLevelAaContainer\":\"aabb\",\"ies\":[]", NULL);
}
END_TEST

/* ---- through EPS NAS and LTE RRC ----------------------------------------------------------- */

/*
 * DL-DCCH-Message (TS 36.331 6.2.1) built by hand in unaligned PER: c1 (0), dlInformationTransfer
 * (0001), transaction 3 (11), c1 (0), dlInformationTransfer-r8 (00), no nonCriticalExtension (0),
 * dedicatedInfoNAS (00), length 68, then 7e 01 5a6b7c8d 02 (integrity protected, sequence
 * number 2) around DL_TRANSPORT, padded with zero bits.  tshark (lte_rrc.dl_dcch) decodes the
 * same 5GS NAS message inside.
 */
#define RRC_5GS "0e0223f00ad35be46813f003400801a970080e108800480800318988080ff80830300320300" \
	"1914828085168000910080bc800300902080808492848434b73a32b93732ba09008"

START_TEST(test_wiring)
{
	uint8_t buf[256];
	size_t n;

	/* eps_nas.c hands a 5GS NAS message (extended protocol discriminator 0x7e) to nas_5gs.c */
	{
		const char *hex = "7e 00 41 01 000d 01 62f220 f0ff 00 00 21436587f9";
		char *s;

		n = tu_ber(hex, buf, sizeof(buf));
		s = tu_render(emit_eps, NULL, buf, n, 0);
		tu_assert_has(s, "{\"protocolDiscriminator\":\"5GS mobility management messages\","
			      "\"note\":\"a 5GS NAS message (TS 24.501): decoded as nas5gs\",\"nas5gs\":"
			      "{\"extendedProtocolDiscriminatorValue\":126,");
		tu_assert_has(s, "\"message\":\"REGISTRATION REQUEST\",");
		tu_assert_has(s, "\"msin\":\"123456789\"");
		tu_assert_hasnt(s, "\"error\"");
		free(s);
		tu_robust(emit_eps, NULL, buf, n, 0);
	}
	/* ... and 5GSM (0x2e) */
	n = tu_ber("2e 05 00 d6 2b", buf, sizeof(buf));
	{
		char *s = tu_render(emit_eps, NULL, buf, n, 0);

		tu_assert_has(s, "{\"protocolDiscriminator\":\"5GS session management messages\","
			      "\"note\":\"a 5GS NAS message (TS 24.501): decoded as nas5gs\",\"nas5gs\":"
			      "{\"extendedProtocolDiscriminatorValue\":46,");
		tu_assert_has(s, "\"message\":\"5GSM STATUS\"");
		free(s);
	}
	/* ... and LTE RRC's dedicatedInfoNAS reaches it through eps_nas.c */
	n = tu_ber(RRC_5GS, buf, sizeof(buf));
	{
		char *s = tu_render(emit_rrc, NULL, buf, n, 0);

		tu_assert_has(s, "{\"dedicatedInfoNAS\":{\"protocolDiscriminator\":\"5GS mobility "
			      "management messages\",\"note\":\"a 5GS NAS message (TS 24.501): decoded "
			      "as nas5gs\",\"nas5gs\":{\"extendedProtocolDiscriminatorValue\":126,");
		tu_assert_has(s, "\"messageAuthenticationCode\":\"5a6b7c8d\",\"sequenceNumber\":2,");
		tu_assert_has(s, "\"message\":\"PDU SESSION ESTABLISHMENT ACCEPT\"");
		tu_assert_has(s, "\"fiveQi\":9");
		tu_assert_hasnt(s, "\"error\"");
		free(s);
	}
	tu_robust(emit_rrc, NULL, buf, n, 1);
}
END_TEST

/* ---- malformed ----------------------------------------------------------------------------- */

/* ---- element values: EAP, capabilities, LADN, CAG, SOR, ciphering keys, mapped bearers ----- */

/*
 * AUTHENTICATION REQUEST (8.2.1) carrying an EAP message (78, TLV-E, 9.11.2.2): ngKSI 0, ABBA
 * 02 0000, then the EAP-Request/AKA'-Challenge of TS 33.501 6.1.3.1: 01 = Request, 01 =
 * identifier, 006c = length 108, 32 = type 50 (EAP-AKA', RFC 5448), 01 = AKA-Challenge, 0000
 * reserved; attributes (RFC 4187 10, type, length in 4-octet units): AT_RAND 01 05 0000 10..1f,
 * AT_AUTN 02 05 0000 20..2f, AT_KDF 18 01 0001 (CK'/IK'), AT_KDF_INPUT 17 09 0020 and the
 * network name "5G:mnc002.mcc262.3gppnetwork.org", AT_MAC 0b 05 0000 30..3f.  tshark's eap
 * dissector shows the same code, identifier, length, type, subtype and attributes.
 */
#define EAP_RAND "01050000101112131415161718191a1b1c1d1e1f"
#define EAP_AUTN "02050000202122232425262728292a2b2c2d2e2f"
#define EAP_MAC "0b050000303132333435363738393a3b3c3d3e3f"
#define EAP_KDF_INPUT "17090020 35473a6d6e633030322e6d63633236322e336770706e6574776f726b2e6f7267"
#define AUTH_REQUEST_EAP "7e 00 56 00 02 0000 78 006c 01 01 006c 32 01 0000 " EAP_RAND " " \
	EAP_AUTN " 18010001 " EAP_KDF_INPUT " " EAP_MAC

/*
 * AUTHENTICATION RESPONSE (8.2.2) with the EAP-Response/AKA'-Challenge: 02 01 0030 32 01 0000;
 * AT_RES 03 03 0040 (64 bits) a1..a8; AT_MAC; AT_CHECKCODE 86 01 0000 (empty); an attribute of
 * the skippable range unknown to both tshark and tcapkit, fe 01 abcd.  tshark agrees.
 */
#define AUTH_RESPONSE_EAP "7e 00 57 78 0030 02 01 0030 32 01 0000 03030040 a1a2a3a4a5a6a7a8 " \
	EAP_MAC " 86010000 fe01abcd"

/*
 * REGISTRATION REQUEST with a 5G-S-TMSI (f4, AMF set 1, pointer 1, deadbeef); 5GMM capability
 * 10 04 03 e1 0f 80 (octet 4 e1: RACS, NSSAA, 5G-LCS, 5GSRVCC; octet 5 0f: 5G-EHC-CP CIoT,
 * multipleUP, WUSA, CAG; octet 6 80: PR, a Rel-17 bit tshark 4.0.17 calls extraneous data);
 * LADN indication 74 000a: DNN "internet"; UE radio capability ID 67 0a: the digits
 * 1 26202F 05 0123456789A low nibble first (TF 1, network-assigned; tshark shows the digits as
 * BCD, "126202?050123456789?").  tshark agrees on the rest.
 */
#define REG_REQUEST_CAPS "7e 00 41 01 0007 f4 0041 deadbeef 10 04 03 e1 0f 80 " \
	"74 000a 09 08 696e7465726e6574 67 0a 2126200f0521436587a9"

/*
 * REGISTRATION ACCEPT with 5GS network feature support 21 03 01 f6 07 (octet 4 f6: 5G-UP
 * CIoT, 5G-IPHC-CP CIoT, N3 data, 5G-CP CIoT, RestrictEC 01, MCSI; octet 5 07: 5G-EHC-CP CIoT,
 * ATS-IND, 5G-LCS); LADN information 79 0012: DNN "internet", TAI list 07 00 262-02 TAC 1;
 * CAG information list 75 0012: entry 0c 262-02 01 (CAG only) CAG-IDs 00000001 00000002,
 * entry 04 262-03 00; SOR transparent container 73 001d: header 0e (steering of roaming
 * information, list provided, PLMN ID and access technology list, ACK requested),
 * SOR-MAC-IAUSF, CounterSOR 1, 262-02 E-UTRAN + NG-RAN (4800), 262-03 NG-RAN + GSM (0880);
 * ciphering key data 74 0029 (9.11.3.18C): set ID 1, key 00..ff, c0 length 2 abcd, E-UTRA
 * posSIB length 1 80 (type 1-1), NR posSIB length 2 4001 (types 1-2 and 2-8), validity start
 * 3221304100 (2023-12-03 14:00), duration 003c (60 minutes), TAI list 07 .... (the elements
 * in the order of the table of 8.2.7, as tshark reads them).  tshark agrees on every field.
 */
#define REG_ACCEPT_ELEMENTS "7e 00 42 01 09 21 03 01 f6 07 " \
	"79 0012 09 08 696e7465726e6574 07 00 62f220 000001 " \
	"73 001d 0e 00112233445566778899aabbccddeeff 0001 62f220 4800 62f230 0880 " \
	"74 0029 0001 00112233445566778899aabbccddeeff 02 abcd 01 80 02 4001 3221304100 003c 07 " \
	"0062f220000001 " \
	"75 0012 0c 62f220 01 00000001 00000002 04 62f230 00"

/*
 * PDU SESSION ESTABLISHMENT ACCEPT (8.3.2) with mapped EPS bearer contexts 75 0017 (9.11.4.8):
 * EBI 5, length 0010, 43 = create new EPS bearer, E 0, 3 parameters: mapped EPS QoS 01 01 09
 * (QCI 9), APN-AMBR 04 02 fefe (8640 kbps), TFT 03 06 21 31 00 02 30 11 (create, one
 * bidirectional filter, protocol UDP); EBI 6, length 0001, 80 = delete existing EPS bearer.
 * The ESTABLISHMENT REQUEST's 5GSM capability 28 02 19 01: RqoS, ATSSS-ST 3; octet 4 bit 1
 * (Rel-17; tshark 4.0.17 calls it extraneous data).  tshark agrees.
 */
#define EST_ACCEPT_MAPPED "2e 05 01 c2 11 0009 01 0006 31 31 01 01 ff 01 06 06 0001 06 0001 " \
	"75 0017 50 0010 43 010109 0402fefe 0306213100023011 60 0001 80"

START_TEST(test_elements)
{
	expect_ok(AUTH_REQUEST_EAP, "\"name\":\"EAP message\",\"value\":{\"codeValue\":1,\"code\":"
		  "\"Request\",\"identifier\":1,\"length\":108,\"typeValue\":50,\"type\":\"EAP-AKA'\","
		  "\"subtypeValue\":1,\"subtype\":\"AKA-Challenge\",\"attributes\":[{\"typeValue\":1,"
		  "\"type\":\"AT_RAND\",\"length\":20,\"rand\":\"101112131415161718191a1b1c1d1e1f\"},"
		  "{\"typeValue\":2,\"type\":\"AT_AUTN\",\"length\":20,\"autn\":"
		  "\"202122232425262728292a2b2c2d2e2f\"},{\"typeValue\":24,\"type\":\"AT_KDF\","
		  "\"length\":4,\"kdfValue\":1,\"kdf\":\"EAP-AKA' with CK'/IK'\"},{\"typeValue\":23,"
		  "\"type\":\"AT_KDF_INPUT\",\"length\":36,\"actualLength\":32,\"networkName\":"
		  "\"5G:mnc002.mcc262.3gppnetwork.org\"},{\"typeValue\":11,\"type\":\"AT_MAC\","
		  "\"length\":20,\"mac\":\"303132333435363738393a3b3c3d3e3f\"}],\"hex\":\"0101006c", NULL);
	robust(AUTH_REQUEST_EAP, 0);
	expect_ok(AUTH_RESPONSE_EAP, "\"code\":\"Response\",\"identifier\":1,\"length\":48,",
		  "\"attributes\":[{\"typeValue\":3,\"type\":\"AT_RES\",\"length\":12,"
		  "\"resLengthBits\":64,\"res\":\"a1a2a3a4a5a6a7a8\"},{\"typeValue\":11,", "{\"typeValue\":"
		  "134,\"type\":\"AT_CHECKCODE\",\"length\":4},{\"typeValue\":254,\"type\":\"unknown "
		  "(skippable)\",\"length\":4,\"value\":\"abcd\"}]", NULL);
	robust(AUTH_RESPONSE_EAP, 0);
	/* EAP-Response/AKA-Synchronization-Failure (EAP-AKA, type 23): AT_AUTS 04 04 and 14
	 * octets; EAP-Response/Identity; EAP-Request/Notification; a legacy Nak asking for
	 * EAP-AKA'; AT_NOTIFICATION 0c 01 8000 (success), AT_COUNTER 13 01 0002, AT_BIDDING
	 * 88 01 8000 in an AKA-Notification / AKA-Challenge.  tshark agrees. */
	expect_ok("7e 00 57 78 0018 02 02 0018 17 04 0000 0404 404142434445464748494a4b4c4d",
		  "\"type\":\"EAP-AKA\",\"subtypeValue\":4,\"subtype\":\"AKA-Synchronization-Failure\","
		  "\"attributes\":[{\"typeValue\":4,\"type\":\"AT_AUTS\",\"length\":16,\"auts\":"
		  "\"404142434445464748494a4b4c4d\"}]", NULL);
	expect_ok("7e 00 57 78 000d 02 03 000d 01 75736572406e6574", "\"typeValue\":1,\"type\":"
		  "\"Identity\",\"identity\":\"user@net\",", NULL);
	expect_ok("7e 00 57 78 000a 01 03 000a 02 68656c6c6f", "\"type\":\"Notification\","
		  "\"notification\":\"hello\",", NULL);
	expect_ok("7e 00 57 78 0006 02 04 0006 03 32", "\"type\":\"Legacy Nak\",\"desiredAuthTypes\":"
		  "[{\"typeValue\":50,\"type\":\"EAP-AKA'\"}]", NULL);
	expect_ok("7e 00 57 78 0014 01 05 0014 17 0c 0000 0c018000 13010002 88018000",
		  "\"subtype\":\"AKA-Notification\",\"attributes\":[{\"typeValue\":12,\"type\":"
		  "\"AT_NOTIFICATION\",\"length\":4,\"successBit\":true,\"phaseBit\":false,"
		  "\"notificationCode\":32768,\"notification\":\"Success\"},{\"typeValue\":19,\"type\":"
		  "\"AT_COUNTER\",\"length\":4,\"counter\":2},{\"typeValue\":136,\"type\":\"AT_BIDDING\","
		  "\"length\":4,\"akaPrimeSupported\":true}]", NULL);
	/* the mandatory EAP message of a NETWORK SLICE-SPECIFIC AUTHENTICATION COMMAND (8.2.31):
	 * S-NSSAI 01 01, EAP-Request/Identity 01 07 0005 01 */
	expect_ok("7e 00 50 01 01 0005 01 07 0005 01", "\"eapMessage\":{\"codeValue\":1,\"code\":"
		  "\"Request\",\"identifier\":7,\"length\":5,\"typeValue\":1,\"type\":\"Identity\","
		  "\"identity\":\"\",\"hex\":\"0107000501\"}", NULL);
	/* malformed EAP: a length past the octets; octets after the packet; a success with data;
	 * an attribute of length 0; an attribute past the packet; an AT_RAND of 2 units; an
	 * AT_RES longer than its attribute; an AT_IDENTITY whose actual length is too long */
	expect("7e 00 5a 00 0004 03010008", "\"eapMessage\":{\"codeValue\":3,\"code\":\"Success\","
	       "\"identifier\":1,\"length\":8,\"hex\":\"03010008\",\"error\":{\"offset\":2,\"reason\":"
	       "\"an EAP length of 8, 4 octets present\"}}", NULL);
	expect("7e 00 5a 00 0005 03010004 00", "\"error\":{\"offset\":4,\"reason\":\"1 octets after "
	       "the EAP packet\"}", NULL);
	expect("7e 00 5a 00 0005 03010005 00", "\"error\":{\"offset\":4,\"reason\":\"an EAP Success "
	       "with 1 data octets\"}", NULL);
	expect("7e 00 5a 00 0003 030100", "\"hex\":\"030100\",\"error\":{\"offset\":3,\"reason\":"
	       "\"truncated: an EAP packet has at least 4 octets, 3 present\"}", NULL);
	expect("7e 00 57 78 000c 02 01 000c 32 01 0000 0100 0000", "\"attributes\":[],",
	       "\"error\":{\"offset\":9,\"reason\":\"an attribute of length 0\"}", NULL);
	expect("7e 00 57 78 000c 02 01 000c 32 01 0000 0102 0000", "\"error\":{\"offset\":9,"
	       "\"reason\":\"attribute of 8 octets, 4 present\"}", NULL);
	expect("7e 00 57 78 0010 02 01 0010 32 01 0000 0102 0000 00000000", "\"type\":\"AT_RAND\","
	       "\"length\":8}]", "\"error\":{\"offset\":8,\"reason\":\"AT_RAND of 6 octets, 18 "
	       "expected\"}", NULL);
	expect("7e 00 57 78 000c 02 01 000c 32 01 0000 0301 0080", "\"resLengthBits\":128}]",
	       "\"error\":{\"offset\":8,\"reason\":\"a RES of 128 bits in 0 octets\"}", NULL);
	expect("7e 00 57 78 0010 02 01 0010 32 01 0000 0e02 0009 41424344", "\"actualLength\":9}]",
	       "\"error\":{\"offset\":8,\"reason\":\"AT_IDENTITY of actual length 9 in 4 octets\"}",
	       NULL);
	expect("7e 00 57 78 0007 02 01 0007 32 01 00", "\"typeData\":\"0100\",",
	       "\"error\":{\"offset\":5,\"reason\":\"truncated: an EAP-AKA packet needs a subtype "
	       "and two reserved octets\"}", NULL);

	/* 5GMM capability octets 4-6, LADN indication, UE radio capability ID */
	expect_ok(REG_REQUEST_CAPS, "{\"iei\":16,\"name\":\"5GMM capability\",\"value\":"
		  "{\"supported\":[\"HO attach\",\"S1 mode\"],\"furtherOctets\":\"e10f80\","
		  "\"furtherSupported\":[\"RACS\",\"NSSAA\",\"5G-LCS\",\"5GSRVCC\",\"5G-EHC-CP CIoT\","
		  "\"multipleUP\",\"WUSA\",\"CAG\",\"PR\"],\"hex\":\"03e10f80\"}},{\"iei\":116,\"name\":"
		  "\"LADN indication\",\"value\":{\"dnns\":[{\"apn\":\"internet\",\"hex\":"
		  "\"08696e7465726e6574\"}],\"hex\":\"0908696e7465726e6574\"}},{\"iei\":103,\"name\":"
		  "\"UE radio capability ID\",\"value\":{\"ueRadioCapabilityId\":"
		  "\"126202F050123456789A\",\"typeFieldValue\":1,\"typeField\":\"network-assigned UE "
		  "radio capability ID\",\"versionId\":\"05\",\"radioConfigurationIdentifier\":"
		  "\"0123456789A\",\"hex\":\"2126200f0521436587a9\"}}]", NULL);
	robust(REG_REQUEST_CAPS, 0);
	/* the bits of a later octet by number */
	expect_ok("7e 00 41 01 0007 f4 0041 deadbeef 10 07 00 00 00 00 00 00 40",
		  "\"furtherSupported\":[\"octet 9 bit 7\"]", NULL);

	expect_ok(REG_ACCEPT_ELEMENTS, "\"furtherOctets\":\"f607\",\"fiveGUpCiot\":true,"
		  "\"fiveGIphcCpCiot\":true,\"n3Data\":true,\"fiveGCpCiot\":true,\"restrictEcValue\":1,"
		  "\"restrictEc\":\"WB-N1: both CE mode A and CE mode B are restricted / NB-N1: use of "
		  "enhanced coverage is restricted\",\"mcsi\":true,\"emcn3\":false,\"fiveGEhcCpCiot\":"
		  "true,\"atsInd\":true,\"fiveGLcs\":true,\"otherBits\":[],\"hex\":\"01f607\"}}",
		  "{\"iei\":121,\"name\":\"LADN information\",\"value\":{\"ladns\":[{\"dnn\":{\"apn\":"
		  "\"internet\",\"hex\":\"08696e7465726e6574\"},\"taiList\":{\"partialLists\":"
		  "[{\"typeOfList\":\"list of TACs belonging to one PLMN or SNPN, with non-consecutive "
		  "TAC values\",\"numberOfElements\":1,\"mcc\":\"262\",\"mnc\":\"02\",\"tacs\":[1]}],"
		  "\"hex\":\"0062f220000001\"}}],",
		  "{\"iei\":117,\"name\":\"CAG information list\",\"value\":{\"entries\":[{\"mcc\":"
		  "\"262\",\"mnc\":\"02\",\"cagOnly\":true,\"cagIds\":[\"00000001\",\"00000002\"]},"
		  "{\"mcc\":\"262\",\"mnc\":\"03\",\"cagOnly\":false,\"cagIds\":[]}],",
		  "{\"iei\":115,\"name\":\"SOR transparent container\",\"value\":{\"sorDataTypeValue\":"
		  "0,\"sorDataType\":\"steering of roaming information\",\"listProvided\":true,"
		  "\"listTypeValue\":1,\"listType\":\"PLMN ID and access technology list\","
		  "\"ackRequested\":true,\"sorMacIausf\":\"00112233445566778899aabbccddeeff\","
		  "\"counterSor\":1,\"plmnAccessTechnologies\":[{\"mcc\":\"262\",\"mnc\":\"02\","
		  "\"accessTechnologies\":[\"E-UTRAN\",\"NG-RAN\"]},{\"mcc\":\"262\",\"mnc\":\"03\","
		  "\"accessTechnologies\":[\"NG-RAN\",\"GSM\"]}],",
		  "{\"iei\":116,\"name\":\"Ciphering key data\",\"value\":{\"cipheringDataSets\":"
		  "[{\"cipheringSetId\":1,\"cipheringKey\":\"00112233445566778899aabbccddeeff\",\"c0\":"
		  "\"abcd\",\"eutraPosSibTypes\":[\"posSibType1-1\"],\"nrPosSibTypes\":"
		  "[\"posSibType1-2\",\"posSibType2-8\"],\"validityStartTime\":\"2023-12-03T14:00\","
		  "\"validityDurationMinutes\":60,\"taiList\":{\"partialLists\":", NULL);
	robust(REG_ACCEPT_ELEMENTS, 0);
	/* SOR: a secured packet (list type 0); an acknowledgement cut short; a list with a
	 * partial entry.  tshark agrees on the valid one. */
	expect_ok("7e 00 43 73 0015 02 00112233445566778899aabbccddeeff 0002 aabb",
		  "\"listProvided\":true,\"listTypeValue\":0,\"listType\":\"secured packet\","
		  "\"ackRequested\":false,\"sorMacIausf\":\"00112233445566778899aabbccddeeff\","
		  "\"counterSor\":2,\"securedPacket\":\"aabb\",", NULL);
	expect("7e 00 43 73 0003 01 0011", "\"sorDataTypeValue\":1,", "\"error\":{\"offset\":3,"
	       "\"reason\":", NULL);
	expect("7e 00 43 73 0016 06 00112233445566778899aabbccddeeff 0002 62f220",
	       "\"plmnAccessTechnologies\":[],", "\"error\":{\"offset\":19,\"reason\":\"3 octets "
	       "after the last PLMN ID and access technology (5 octets each)\"}", NULL);
	/* LADN: a DNN past the element; a LADN without its TAI list; CAG: an entry of 5 octets,
	 * one past the element */
	expect("7e 00 41 01 0007 f4 0041 deadbeef 74 0002 09 08", "\"dnns\":[],\"hex\":\"0908\","
	       "\"error\":{\"offset\":0,\"reason\":\"an LADN DNN value of 9 octets, 1 present\"}", NULL);
	expect("7e 00 42 01 09 79 0003 02 01 61", "\"ladns\":[{\"dnn\":{", "\"error\":{\"offset\":3,"
	       "\"reason\":\"truncated: the tracking area identity list of an LADN is missing\"}",
	       NULL);
	expect("7e 00 42 01 09 75 0006 05 62f220 01 00", "\"entries\":[{}],", "\"error\":{\"offset\":"
	       "0,\"reason\":\"a CAG information entry of 5 octets (4 and 4 per CAG-ID)\"}", NULL);
	expect("7e 00 42 01 09 75 0003 08 62f220", "\"error\":{\"offset\":0,\"reason\":\"a CAG "
	       "information entry of 8 octets, 2 present\"}", NULL);
	/* ciphering key data: a set cut before its c0 length; a c0 past the element; a validity
	 * start time that is no date (month 13) */
	expect("7e 00 42 01 09 74 0003 0001 00", "\"cipheringDataSets\":[{}],", "\"error\":"
	       "{\"offset\":3,\"reason\":\"truncated: a ciphering data set needs 19 octets up to its "
	       "c0 length, 3 present\"}", NULL);
	expect("7e 00 42 01 09 74 0014 0001 00112233445566778899aabbccddeeff 05 ab",
	       "\"cipheringKey\":\"00112233445566778899aabbccddeeff\"}],", "\"error\":{\"offset\":18,"
	       "\"reason\":\"a c0 of 5 octets, 1 present\"}", NULL);
	expect("7e 00 42 01 09 74 001d 0001 00112233445566778899aabbccddeeff 00 00 00 3231304100 "
	       "003c 00", "\"validityStartTimeHex\":\"3231304100\",\"validityDurationMinutes\":60,",
	       "\"error\":{\"offset\":21,\"reason\":\"the validity start time is not a date and "
	       "time\"}", NULL);

	expect_ok(EST_ACCEPT_MAPPED, "{\"iei\":117,\"name\":\"Mapped EPS bearer contexts\","
		  "\"value\":{\"mappedEpsBearerContexts\":[{\"epsBearerIdentity\":5,"
		  "\"operationCodeValue\":1,\"operationCode\":\"Create new EPS bearer\",\"eBit\":false,"
		  "\"numberOfEpsParameters\":3,\"epsParameters\":[{\"parameterIdentifierValue\":1,"
		  "\"parameterIdentifier\":\"Mapped EPS QoS parameters\",\"value\":{\"qciValue\":9,"
		  "\"qci\":\"QCI 9\",\"hex\":\"09\"}},{\"parameterIdentifierValue\":4,"
		  "\"parameterIdentifier\":\"APN-AMBR\",\"value\":{\"apnAmbrDownlinkKbps\":8640,"
		  "\"apnAmbrUplinkKbps\":8640,\"hex\":\"fefe\"}},{\"parameterIdentifierValue\":3,"
		  "\"parameterIdentifier\":\"Traffic flow template\",\"value\":{\"tftOperationCode\":"
		  "\"Create new TFT\",", "\"protocolIdentifier\":17}]}],\"hex\":\"213100023011\"}}]},"
		  "{\"epsBearerIdentity\":6,\"operationCodeValue\":2,\"operationCode\":\"Delete existing "
		  "EPS bearer\",\"eBit\":false,\"numberOfEpsParameters\":0,\"epsParameters\":[]}]",
		  NULL);
	robust(EST_ACCEPT_MAPPED, 0);
	expect_ok("2e 05 01 c1 ffff 28 02 19 01", "{\"iei\":40,\"name\":\"5GSM capability\","
		  "\"value\":{\"rqos\":true,\"mh6Pdu\":false,\"eptS1\":false,\"atsssStValue\":3,"
		  "\"atsssSt\":\"MPTCP functionality with any steering mode and ATSSS-LL functionality "
		  "with any steering mode supported\",\"tpmic\":false,\"furtherOctets\":\"01\","
		  "\"furtherSupported\":[\"octet 4 bit 1\"],\"hex\":\"1901\"}}", NULL);
	/* mapped EPS bearer contexts: a context past the element; a parameter past its context;
	 * octets after the parameters; an unknown parameter identifier (hex) */
	expect("2e 05 01 cb 75 0004 50 0009 40 00", "\"mappedEpsBearerContexts\":[],",
	       "\"error\":{\"offset\":1,\"reason\":\"mapped EPS bearer context of length 9, 1 "
	       "octets follow\"}", NULL);
	expect("2e 05 01 cb 75 0006 50 0003 41 01 05", "\"epsParameters\":[]", "\"error\":"
	       "{\"offset\":4,\"reason\":\"EPS parameter 1 of 1 runs past the mapped EPS bearer "
	       "context\"}", NULL);
	expect("2e 05 01 cb 75 0008 50 0005 41 09 01 aa bb", "\"parameterIdentifierValue\":9,"
	       "\"parameterIdentifier\":\"unknown (9)\",\"contents\":\"aa\"}]", "\"error\":"
	       "{\"offset\":7,\"reason\":\"1 octets after the EPS parameters\"}", NULL);
}
END_TEST

/*
 * Elements whose layouts TS 24.501 takes from TS 24.301 / 24.008 (decoded by eps_nas.c,
 * dtap.c, classmark.c) and small flag elements.  REGISTRATION REQUEST: S1 UE network
 * capability 17 02 f0 f0 (EEA0-3, EIA0-3); UE status 2b 01 01 (S1 mode registered); MS
 * classmark 2 41 03 57 58 a6; EPS bearer context status 60 02 2000 (EBI 5); requested extended
 * DRX parameters 6e 01 25; additional information requested 48 01 01 (ciphering keys); UE's
 * usage setting 18 01 01 (data centric); 5GS update type 53 01 25 (SMS requested, 5GS
 * PNB-CIoT 1, EPS PNB-CIoT 2); requested NB-N1 mode DRX parameters 30 01 07 (T = 1024),
 * in the order of the table of 8.2.6 (tshark reads the optional
 * elements in that order).  tshark agrees.
 */
#define REG_REQUEST_MORE "7e 00 41 01 0007 f4 0041 deadbeef 17 02 f0 f0 2b 01 01 18 01 01 " \
	"53 01 25 41 03 57 58 a6 60 02 2000 6e 01 25 48 01 01 30 01 07"

START_TEST(test_more_elements)
{
	expect_ok(REG_REQUEST_MORE, "{\"iei\":23,\"name\":\"S1 UE network capability\",\"value\":"
		  "{\"epsEncryptionAlgorithms\":[\"EEA0\",\"128-EEA1\",\"128-EEA2\",\"128-EEA3\"],",
		  "{\"iei\":43,\"name\":\"UE status\",\"value\":{\"n1ModeRegistered\":false,"
		  "\"s1ModeRegistered\":true,\"hex\":\"01\"}}", "{\"iei\":24,\"name\":\"UE's usage "
		  "setting\",\"value\":{\"usageSetting\":\"data centric\",\"hex\":\"01\"}},"
		  "{\"iei\":83,\"name\":\"5GS update type\",\"value\":{\"smsOverNasRequested\":true,"
		  "\"ngRanRadioCapabilityUpdateNeeded\":false,\"fiveGsPnbCiotValue\":1,"
		  "\"fiveGsPnbCiot\":\"control plane CIoT 5GS optimization\",\"epsPnbCiotValue\":2,"
		  "\"epsPnbCiot\":\"user plane CIoT EPS optimization\",\"hex\":\"25\"}}",
		  "{\"iei\":65,\"name\":\"Mobile station classmark 2\",\"value\":{",
		  "{\"iei\":96,\"name\":\"EPS bearer context status\",\"value\":"
		  "{\"activeEpsBearerIdentities\":[5],\"hex\":\"2000\"}}",
		  "{\"iei\":110,\"name\":\"Requested extended DRX parameters\",\"value\":{",
		  "{\"iei\":72,\"name\":\"Additional information requested\",\"value\":{",
		  "{\"iei\":48,\"name\":\"Requested NB-N1 mode DRX parameters\",\"value\":"
		  "{\"nbN1DrxValue\":7,\"nbN1Drx\":\"DRX cycle parameter T = 1024\",\"hex\":\"07\"}}]",
		  NULL);
	robust(REG_REQUEST_MORE, 0);
	/* REGISTRATION ACCEPT: emergency number list 34 04 03 01 19 f1 (police, 911); truncated
	 * 5G-S-TMSI configuration 1b 01 a5 (10 and 5 bits); PDU session reactivation result error
	 * cause 72 0004: PSI 5 cause 0x16 (congestion), PSI 6 cause 0x1c (restricted service
	 * area), in the table's order.  tshark agrees. */
	expect_ok("7e 00 42 01 09 72 0004 05 16 06 1c 34 04 03 01 19 f1 1b 01 a5",
		  "{\"iei\":114,\"name\":\"PDU session reactivation result error cause\",\"value\":"
		  "{\"pduSessionErrors\":[{\"pduSessionIdentity\":5,\"mmCauseValue\":22,\"mmCause\":"
		  "\"Congestion\"},{\"pduSessionIdentity\":6,\"mmCauseValue\":28,\"mmCause\":"
		  "\"Restricted service area\"}],\"hex\":\"0516061c\"}}",
		  "{\"iei\":52,\"name\":\"Emergency number list\",\"value\":{", "\"police\"",
		  "{\"iei\":27,\"name\":\"Truncated 5G-S-TMSI configuration\",\"value\":"
		  "{\"truncatedAmfSetIdBits\":10,\"truncatedAmfPointerBits\":5,\"hex\":\"a5\"}}]",
		  NULL);
	expect("7e 00 42 01 09 72 0003 05 16 06", "\"pduSessionErrors\":[{\"pduSessionIdentity\":5,",
	       "\"error\":{\"offset\":2,\"reason\":\"3 octets, pairs of a PDU session identity and "
	       "a cause\"}", NULL);
	/* SECURITY MODE COMMAND: replayed S1 UE security capabilities 19 02 e0 e0 (EEA0-2,
	 * EIA0-2).  tshark agrees. */
	expect_ok("7e 00 5d 02 00 02 f0 f0 19 02 e0 e0", "{\"iei\":25,\"name\":\"Replayed S1 UE "
		  "security capabilities\",\"value\":{\"epsEncryptionAlgorithms\":[\"EEA0\",\"128-EEA1\","
		  "\"128-EEA2\"],\"epsIntegrityAlgorithms\":[\"EIA0\",\"128-EIA1\",\"128-EIA2\"],", NULL);
	/* PDU SESSION ESTABLISHMENT REQUEST: maximum number of supported packet filters 55 0200
	 * (16); IP header compression configuration 66 03 01 0010 (ROHC profile 0x0002, MAX_CID
	 * 16); DS-TT Ethernet port MAC address 6e 06 001122334455.  REJECT: 5GSM congestion
	 * re-attempt indicator 61 01 01 (ABO); re-attempt indicator 1d 01 02 (EPLMNC).  tshark
	 * agrees. */
	expect_ok("2e 05 01 c1 ffff 55 0200 66 03 01 0010 6e 06 001122334455",
		  "{\"iei\":85,\"name\":\"Maximum number of supported packet filters\",\"value\":"
		  "{\"maximumNumberOfPacketFilters\":16,\"hex\":\"0200\"}},{\"iei\":102,\"name\":\"IP "
		  "header compression configuration\",\"value\":{\"rohcProfiles\":[\"0x0002 (UDP/IP)\"],"
		  "\"maxCid\":16,\"hex\":\"010010\"}},{\"iei\":110,\"name\":\"DS-TT Ethernet port MAC "
		  "address\",\"value\":{\"macAddress\":\"00:11:22:33:44:55\",\"hex\":\"001122334455\"}}]",
		  NULL);
	expect_ok("2e 05 01 c3 1a 61 01 01 1d 01 02", "{\"iei\":97,\"name\":\"5GSM congestion "
		  "re-attempt indicator\",\"value\":{\"backOffTimerInAllPlmns\":true,\"hex\":\"01\"}},"
		  "{\"iei\":29,\"name\":\"Re-attempt indicator\",\"value\":{"
		  "\"reattemptInEquivalentPlmnAllowed\":false,\"reattemptInOtherModesAllowed\":true,",
		  NULL);
	/* PDU SESSION ESTABLISHMENT ACCEPT: 5GSM network feature support 17 01 01 (EPT-S1);
	 * serving PLMN rate control 18 02 000a (10 messages; tshark agrees on this one in a
	 * MODIFICATION COMMAND, 1e; it reads neither after the ACCEPT's session-AMBR) */
	expect_ok("2e 05 01 c2 11 0009 01 0006 31 31 01 01 ff 01 06 06 0001 06 0001 17 01 01 "
		  "18 02 000a", "{\"iei\":23,\"name\":\"5GSM network feature support\",\"value\":"
		  "{\"ethernetPdnTypeInS1ModeSupported\":true,\"hex\":\"01\"}},{\"iei\":24,\"name\":"
		  "\"Serving PLMN rate control\",\"value\":{", NULL);
	/* REGISTRATION ACCEPT: service area list 27 0e: 01 = allowed area, non-consecutive, 2
	 * TACs of 262-02 (000001, 000002); e0 = non-allowed area, all TAIs of 262-03; extended
	 * emergency number list 7a 000e: 01 = EENLV valid only in this PLMN, 02 19f1 (911) with
	 * the sub-services 04 74657374, 03 11f2ff (112) with none; operator-defined access
	 * category definitions 76 0031: 17 = 23 octets, precedence 1, 82 = standardized access
	 * category present, category 34, criteria 13: DNN 00 01 09 "internet", S-NSSAI 02 01 04
	 * 01000001; standardized access category 02; 18 = 24 octets, precedence 2, 03 = category
	 * 35, criteria 15: OS Id + OS App Id 01 01, OS Id 00112233-..., OS App Id 02 6162.  In
	 * the order of 8.2.7's table; tshark agrees (it shows the sub-services field as GSM 7-bit
	 * text, "tJM#", as "subServicesText" has it). */
	expect_ok("7e 00 42 01 09 27 0e 01 62f220 000001 000002 e0 62f230 "
		  "7a 000e 01 02 19 f1 04 74657374 03 11 f2 ff 00 "
		  "76 0031 17 01 82 13 00 01 09 08 696e7465726e6574 02 01 04 01000001 02 "
		  "18 02 03 15 01 01 00112233445566778899aabbccddeeff 02 6162",
		  "{\"iei\":39,\"name\":\"Service area list\",\"value\":{\"partialLists\":"
		  "[{\"allowedType\":\"TAIs in the list are in the allowed area\",\"typeOfListValue\":0,"
		  "\"typeOfList\":\"list of TACs belonging to one PLMN, with non-consecutive TAC "
		  "values\",\"numberOfElements\":2,\"mcc\":\"262\",\"mnc\":\"02\",\"tacs\":[1,2]},"
		  "{\"allowedType\":\"TAIs in the list are in the non-allowed area\","
		  "\"typeOfListValue\":3,\"typeOfList\":\"all TAIs belonging to the PLMN\",\"mcc\":"
		  "\"262\",\"mnc\":\"03\"}],",
		  "{\"iei\":122,\"name\":\"Extended emergency number list\",\"value\":{\"eenlvValue\":1,"
		  "\"eenlv\":\"valid only in the PLMN from which this IE is received\","
		  "\"emergencyNumbers\":[{\"emergencyNumber\":\"911\",\"subServices\":\"74657374\","
		  "\"subServicesText\":\"tJM#\"},"
		  "{\"emergencyNumber\":\"112\",\"subServices\":\"\"}],",
		  "{\"iei\":118,\"name\":\"Operator-defined access category definitions\",\"value\":"
		  "{\"definitions\":[{\"precedence\":1,\"standardizedAccessCategoryPresent\":true,"
		  "\"accessCategoryNumber\":34,\"criteria\":[{\"criteriaTypeValue\":0,\"criteriaType\":"
		  "\"DNN\",\"count\":1,\"dnns\":[{\"apn\":\"internet\",\"hex\":\"08696e7465726e6574\"}]},"
		  "{\"criteriaTypeValue\":2,\"criteriaType\":\"S-NSSAI\",\"count\":1,\"sNssais\":"
		  "[{\"sst\":1,\"sstName\":\"eMBB\",\"sd\":\"000001\"}]}],\"standardizedAccessCategory\":"
		  "2},{\"precedence\":2,\"standardizedAccessCategoryPresent\":false,"
		  "\"accessCategoryNumber\":35,\"criteria\":[{\"criteriaTypeValue\":1,\"criteriaType\":"
		  "\"OS Id + OS App Id\",\"count\":1,\"osIdOsAppIds\":[{\"osId\":"
		  "\"00112233-4455-6677-8899-aabbccddeeff\",\"osAppId\":\"6162\"}]}]}],", NULL);
	robust("7e 00 42 01 09 27 0e 01 62f220 000001 000002 e0 62f230 "
	       "7a 000e 01 02 19 f1 04 74657374 03 11 f2 ff 00 "
	       "76 0031 17 01 82 13 00 01 09 08 696e7465726e6574 02 01 04 01000001 02 "
	       "18 02 03 15 01 01 00112233445566778899aabbccddeeff 02 6162", 0);
	/* malformed: a service area partial list cut short; an emergency number past the list;
	 * a definition whose criteria take its standardized access category; an unknown criteria
	 * type; a DNN count past the criteria */
	expect("7e 00 42 01 09 27 05 01 62f220 00", "\"numberOfElements\":2}]", "\"error\":"
	       "{\"offset\":5,\"reason\":\"truncated: the partial list at octet 0 needs 9 octets, 4 "
	       "present\"}", NULL);
	expect("7e 00 42 01 09 7a 0003 00 03 19", "\"emergencyNumbers\":[],", "\"error\":{\"offset\":"
	       "1,\"reason\":\"emergency number information of 3 octets, 1 present\"}", NULL);
	expect("7e 00 42 01 09 76 0006 05 01 82 02 00 00", "\"accessCategoryNumber\":34}]",
	       "\"error\":{\"offset\":3,\"reason\":\"criteria of 2 octets in a definition of 5\"}",
	       NULL);
	expect("7e 00 42 01 09 76 0007 06 01 02 03 07 01 aa", "\"criteria\":[{\"criteriaTypeValue\":"
	       "7,\"criteriaType\":\"unknown (7)\",\"contents\":\"01aa\"}]}]", "\"error\":{\"offset\":"
	       "4,\"reason\":\"unknown criteria type 7\"}", NULL);
	expect("7e 00 42 01 09 76 0007 06 01 02 03 00 02 00", "\"dnns\":[{\"hex\":\"\"", "\"error\":"
	       "{\"offset\":7,\"reason\":\"DNN 2 of 2 runs past the criteria\"}", NULL);
	/* a payload container of type 4 (SOR transparent container) in an UL NAS TRANSPORT: the
	 * SOR transparent container IE without its first three octets (9.11.3.39), here the
	 * acknowledgement 01 and the SOR-MAC-IUE; tshark 4.0.17 leaves it in hex, so this is
	 * checked against 9.11.3.39 and 9.11.3.51 alone */
	expect_ok("7e 00 67 04 0011 01 00112233445566778899aabbccddeeff", "\"payloadContainerTypeValue\""
		  ":4,\"payloadContainerType\":\"SOR transparent container\",\"payloadContainer\":"
		  "{\"sorDataTypeValue\":1,\"sorDataType\":\"acknowledgement of successful reception "
		  "of the steering of roaming information\",\"sorMacIue\":"
		  "\"00112233445566778899aabbccddeeff\",\"hex\":\"0100112233445566778899aabbccddeeff\"}",
		  NULL);
	robust("7e 00 67 04 0011 01 00112233445566778899aabbccddeeff", 1);
	/* wrong lengths: a UE's usage setting of 2 octets, a DS-TT MAC address of 5 */
	expect("7e 00 41 01 0007 f4 0041 deadbeef 18 02 01 00", "\"name\":\"UE's usage setting\","
	       "\"value\":{\"usageSetting\":\"data centric\",\"hex\":\"0100\",\"error\":", NULL);
	expect("2e 05 01 c1 ffff 6e 05 0011223344", "\"value\":{\"hex\":\"0011223344\",\"error\":"
	       "{\"offset\":5,", NULL);
}
END_TEST

START_TEST(test_malformed)
{
	char *s;

	s = tu_render(emit, NULL, NULL, 0, 0);
	tu_assert_has(s, "{\"hex\":\"\",\"error\":{\"offset\":0,\"reason\":\"empty: a 5GS NAS "
		      "message has at least 3 octets\"}}");
	free(s);
	/* an extended protocol discriminator that is not 5GS; a header cut short; a reserved
	 * security header type */
	expect("5e 00 41", "{\"extendedProtocolDiscriminatorValue\":94,"
	       "\"extendedProtocolDiscriminator\":\"unknown (94)\",\"hex\":\"5e0041\",\"error\":"
	       "{\"offset\":0,\"reason\":\"extended protocol discriminator 0x5e is not 5GS mobility "
	       "(0x7e) or session (0x2e) management\"}}", NULL);
	expect("7e", "\"hex\":\"7e\",\"error\":{\"offset\":1,\"reason\":\"truncated: the security "
	       "header type is missing\"}}", NULL);
	expect("7e 05 00", "\"securityHeaderTypeValue\":5,\"securityHeaderType\":\"reserved (5)\","
	       "\"hex\":\"7e0500\",\"error\":{\"offset\":1,\"reason\":\"security header type 5 is "
	       "reserved\"}}", NULL);
	expect("2e 05", "\"pduSessionIdentity\":5,\"hex\":\"2e05\",\"error\":{\"offset\":2,"
	       "\"reason\":\"truncated: the mandatory procedure transaction identity needs 1 "
	       "octet, 0 present\"}}", NULL);
	/* the protected header cut short, or without a message */
	expect("7e 01 aabb", "\"hex\":\"7e01aabb\",\"error\":{\"offset\":4,\"reason\":\"truncated: "
	       "the mandatory message authentication code needs 4 octets, 2 present\"}}", NULL);
	expect("7e 01 aabbccdd 01", "\"sequenceNumber\":1,\"hex\":\"7e01aabbccdd01\",\"error\":"
	       "{\"offset\":7,\"reason\":\"truncated: the plain 5GS NAS message is missing\"}}", NULL);
	/* a security protected message inside another: reported in the inner one, decoded */
	expect("7e 01 aabbccdd 01 7e 01 11223344 02 7e 00 43", "\"nasMessage\":"
	       "{\"extendedProtocolDiscriminatorValue\":126,", "\"message\":\"REGISTRATION "
	       "COMPLETE\",\"ies\":[],\"hex\":\"7e0043\"},\"hex\":\"7e0111223344027e0043\","
	       "\"error\":{\"offset\":0,\"reason\":\"a security protected 5GS NAS message inside "
	       "another NAS message\"}}", NULL);
	/* ... and nested without end: the depth is bounded */
	expect("7e 01 aabbccdd 01 7e 01 aabbccdd 01 7e 01 aabbccdd 01 7e 01 aabbccdd 01 "
	       "7e 01 aabbccdd 01 7e 01 aabbccdd 01 7e 00 43", "\"error\":{\"offset\":0,\"reason\":"
	       "\"NAS messages nested more than 4 deep\"}", NULL);
	/* a mandatory LV-E longer than the message stops the decoding */
	expect("7e 00 5c 000f 11 7573657240656e64", "\"message\":\"IDENTITY RESPONSE\","
	       "\"hex\":\"7e005c000f117573657240656e64\",\"error\":{\"offset\":3,\"reason\":\"the "
	       "mandatory mobile identity of length 15 runs past the message (9 octets follow)\"}}",
	       NULL);
	/* a type 4 element longer than the message, a type 3 element cut short */
	expect("7e 00 44 0b 5f 05 21", "{\"iei\":95,\"name\":\"T3346 value\",\"value\":\"21\"}],"
	       "\"hex\":\"7e00440b5f0521\",\"error\":{\"offset\":5,\"reason\":\"element 0x5f of "
	       "length 5, 1 octets follow\"}}", NULL);
	expect("7e 00 47 05 58", "{\"iei\":88,\"name\":\"5GMM cause\",\"value\":\"\"}],"
	       "\"hex\":\"7e00470558\",\"error\":{\"offset\":4,\"reason\":\"element 0x58 needs 2 "
	       "octets, 1 present\"}}", NULL);
	/* unknown identifiers (TS 24.007 11.2.4, 5GS: 7x is TLV-E): 9a a single octet, 2c a TLV, 7f
	 * a TLV-E; the SOR transparent container after them (an acknowledgement: 01, SOR-MAC-IUE)
	 * is still found, and only 0b (bits 8-5 zero, comprehension required) is an error */
	expect_ok("7e 00 43 9a 2c 02 aabb 7f 0001 cc 73 0011 01 00112233445566778899aabbccddeeff",
		  "\"ies\":[{\"iei\":154,\"name\":\"unknown element\",\"value\":\"9a\"},{\"iei\":"
		  "44,\"name\":\"unknown element\",\"value\":\"aabb\"},{\"iei\":127,\"name\":"
		  "\"unknown element\",\"value\":\"cc\"},{\"iei\":115,\"name\":\"SOR transparent "
		  "container\",\"value\":{\"sorDataTypeValue\":1,\"sorDataType\":\"acknowledgement of "
		  "successful reception of the steering of roaming information\",\"sorMacIue\":"
		  "\"00112233445566778899aabbccddeeff\",", NULL);
	expect("7e 00 43 0b 01 ff", "{\"iei\":11,\"name\":\"unknown element\",\"value\":\"ff\"}",
	       "\"error\":{\"offset\":3,\"reason\":\"unknown element 0x0b is comprehension required "
	       "(TS 24.007 11.2.4)\"}", NULL);
	/* element values: a 5G-GUTI of 10 octets; a SUCI cut short; a null-scheme SUCI with a key
	 * identifier; an S-NSSAI of 3 octets; an NSSAI whose S-NSSAI runs past it; a TAI list of
	 * the reserved type 3 and one cut short */
	expect("7e 00 5c 000a f2 62f220 01 0041 deadbe", "\"mobileIdentity\":{\"typeOfIdentityValue\":"
	       "2,\"typeOfIdentity\":\"5G-GUTI\",\"hex\":\"f262f220010041deadbe\",\"error\":"
	       "{\"offset\":10,\"reason\":", NULL);
	expect("7e 00 5c 0004 01 62f220", "\"typeOfIdentity\":\"SUCI\",\"supiFormatValue\":0,"
	       "\"supiFormat\":\"IMSI\",\"hex\":\"0162f220\",\"error\":{\"offset\":4,", NULL);
	expect("7e 00 5c 0009 01 62f220 f0ff 00 07 10", "\"homeNetworkPublicKeyId\":7,\"msin\":\"01\","
	       "\"hex\":\"0162f220f0ff000710\",\"error\":{\"offset\":7,\"reason\":\"the home network "
	       "public key identifier of the null scheme is not 0\"}", NULL);
	expect("7e 00 67 01 0000 22 03 010203", "{\"iei\":34,\"name\":\"S-NSSAI\",\"value\":"
	       "{\"hex\":\"010203\",\"error\":{\"offset\":0,\"reason\":\"an S-NSSAI of 3 octets (1, 2, "
	       "4, 5 or 8)\"}}}", NULL);
	expect("7e 00 42 01 01 15 03 04 01 00", "\"sNssais\":[],\"hex\":\"040100\",\"error\":"
	       "{\"offset\":0,\"reason\":\"S-NSSAI of length 4, 2 octets follow\"}", NULL);
	expect("7e 00 42 01 01 11 03 20 01 02", "\"rejectedSNssais\":[{\"causeValue\":0,",
	       "\"hex\":\"200102\",\"error\":{\"offset\":0,\"reason\":\"a rejected S-NSSAI of 2 "
	       "octets (1 or 4)\"}", NULL);
	expect("7e 00 42 01 01 11 02 40 01", "\"rejectedSNssais\":[],\"hex\":\"4001\",\"error\":"
	       "{\"offset\":0,\"reason\":\"rejected S-NSSAI of length 4, 1 octets follow\"}", NULL);
	expect("7e 00 42 01 01 54 07 60 62f220 000001", "{\"typeOfList\":\"reserved (3)\","
	       "\"numberOfElements\":1}],\"hex\":\"6062f220000001\",\"error\":{\"offset\":0,"
	       "\"reason\":\"type of list 3 is reserved\"}", NULL);
	expect("7e 00 42 01 01 54 06 00 62f220 0000", "\"error\":{\"offset\":6,\"reason\":"
	       "\"truncated: the partial list at octet 0 needs 6 octets, 5 present\"}", NULL);
	/* QoS rules: a rule longer than the element; a packet filter longer than its rule; an
	 * unknown component type */
	expect("2e 05 03 cb 7a 0004 03 0009 21", "\"qosRules\":[],\"hex\":\"03000921\",\"error\":"
	       "{\"offset\":1,\"reason\":\"QoS rule of length 9, 1 octets follow\"}", NULL);
	expect("2e 05 03 cb 7a 0006 03 0003 21 32 0e", "\"packetFilters\":[{\"packetFilterIdentifier\":"
	       "2,\"direction\":\"bidirectional\"}]", "\"error\":{\"offset\":4,\"reason\":\"packet "
	       "filter 1 runs past the QoS rule\"}", NULL);
	expect("2e 05 03 cb 7a 000b 03 0008 21 32 03 99 0102 0a 05", "\"components\":"
	       "[{\"typeValue\":153,\"contents\":\"990102\"}]", "\"qosRulePrecedence\":10,"
	       "\"segregation\":false,\"qfi\":5}", "\"error\":{\"offset\":6,\"reason\":\"unknown "
	       "packet filter component type 0x99\"}", NULL);
	/* QoS flow descriptions: a parameter of the wrong length; one past the end */
	expect("2e 05 03 cb 79 0005 05 20 41 01 00", "\"parameters\":[{\"parameterIdentifier\":1,"
	       "\"parameter\":\"5QI\",\"contents\":\"\"}]", "\"error\":{\"offset\":3,\"reason\":"
	       "\"QoS flow parameter 1 of 0 octets, 1 expected\"}", NULL);
	expect("2e 05 03 cb 79 0005 05 20 41 01 05", "\"error\":{\"offset\":3,\"reason\":\"QoS flow "
	       "parameter 1 of 1 runs past the descriptions\"}", NULL);
	/* a session-AMBR of 5 octets; a PDU address of the wrong length; an unstructured one */
	expect("2e 05 03 cb 2a 05 06 0064 06 00", "\"name\":\"Session-AMBR\",\"value\":"
	       "{\"hex\":\"0600640600\",\"error\":{\"offset\":5,", NULL);
	expect("2e 01 01 c2 11 0000 06 06 0064 06 0032 29 04 01 0a2d00", "\"value\":"
	       "{\"pduSessionType\":\"IPv4\",\"si6lla\":false,\"hex\":\"010a2d00\",\"error\":", NULL);
	expect("2e 01 01 c2 11 0000 06 06 0064 06 0032 29 01 04", "\"error\":{\"offset\":0,"
	       "\"reason\":\"PDU session type 4 has no PDU address\"}", NULL);
	/* an IPv6 PDU address with the SMF's link local address (SI6LLA) (the empty QoS rules
	 * are an error of their own) */
	expect("2e 01 01 c2 12 0000 06 06 0064 06 0032 29 19 0a 0000000000000001 "
		  "fe800000000000000000000000000001", "\"pduSessionType\":\"IPv6\",\"si6lla\":true,"
		  "\"ipv6InterfaceIdentifier\":\"::1\",\"smfIpv6LinkLocalAddress\":\"fe80::1\"", NULL);
	/* every value of every octet of short vectors */
	tu_exhaustive(emit, NULL, "7e 01 aabbccdd 01 7e 00 4c 10 0007 f4 0041 deadbeef");
	tu_exhaustive(emit, NULL, "7e 00 68 01 0012 2e 01 01 c2 11 0009 01 0006 31 31 01 01 ff 01 "
		      "12 01");
}
END_TEST

Suite *tu_suite_nas5gs(void)
{
	Suite *s = suite_create("nas5gs");
	TCase *tc = tcase_create("nas5gs");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_registration);
	tcase_add_test(tc, test_mobility);
	tcase_add_test(tc, test_security);
	tcase_add_test(tc, test_transport);
	tcase_add_test(tc, test_wiring);
	tcase_add_test(tc, test_elements);
	tcase_add_test(tc, test_more_elements);
	tcase_add_test(tc, test_malformed);
	suite_add_tcase(s, tc);
	return s;
}
