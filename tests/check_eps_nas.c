/*
 * eps_nas.c: TS 24.301 NAS messages, as LTE RRC's dedicatedInfoNAS carries them.  Each vector
 * is built by hand from the message's table in clause 8 (the comment says what each octet
 * is) and was dissected by tshark 4.0.17 (text2pcap -l 147, the user DLT mapped to nas-eps,
 * or nas-eps_plain for the plain ESM messages of 8 octets and more, which nas-eps reads as
 * security protected): tshark shows the same values as expected here for every valid
 * vector.  The RRC vectors are values written in XER from the ASN.1 of TS 36.331, encoded
 * with asn1c's unaligned PER encoder (a scratch program, not part of the project), and
 * dissected by tshark as lte_rrc.dl_dcch, NAS messages included.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "eps_nas.h"
#include "lte_rrc.h"

Suite *tu_suite_eps_nas(void);

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
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
	/* the needles (tu_vexpect, which runs the text emitter too), then no "error" anywhere */
	tu_vexpect(fn, NULL, hex, 1, ap);
	if (no_error)
		tu_expect_no_error(fn, NULL, hex);
}

/* the JSON of the NAS message hex holds each needle (to a NULL) */
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

/* the same for a DL-DCCH-Message */
static void expect_rrc_ok(const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(emit_rrc, hex, 1, ap);
	va_end(ap);
}

/* every truncation (with truncation_errs: each one an error) and corruption (testutil.c) */
static void robust(const char *hex, int truncation_errs)
{
	uint8_t buf[512];
	size_t n = tu_ber(hex, buf, sizeof(buf));

	tu_robust(emit, NULL, buf, n, truncation_errs);
}

/* ---- EPS mobility management ------------------------------------------------------------- */

/*
 * ATTACH ACCEPT (8.2.1), integrity protected (8.2.23: 17 = security header type 1, EMM; MAC
 * aabbccdd; sequence number 1): 07 42; 02 = spare half octet, EPS attach result combined
 * EPS/IMSI; T3412 49 (9 decihours); TAI list 06: one partial list of type 0 with one TAC,
 * 262-02 TAC 1; ESM message container 00 2a (LV-E) holding ACTIVATE DEFAULT EPS BEARER CONTEXT
 * REQUEST (8.3.6: 52 = EPS bearer identity 5, ESM; PTI 1; c1; EPS QoS 01 09 (QCI 9); APN
 * "internet"; PDN address 05 01 0a0b0c0d (IPv4 10.11.12.13); APN-AMBR 5e 04 fe fe 56 56 (28
 * Mbit/s both ways by the extended octets); PCO 27 0d 80, DNS server IPv4 address 8.8.8.8,
 * IPv4 link MTU 1500); then GUTI 50 0b f6 262-02, MME group 32769, MME code 10, M-TMSI
 * c0ffee01; LAI 13 262-02 LAC 0x1234; T3402 17 2c (12 minutes); equivalent PLMNs 4a 03
 * 262-03; EPS network feature support 64 01 01; additional update result f2 (SMS only).
 */
#define ESM_ACT_DEFAULT "52 01 c1 01 09 09 08 696e7465726e6574 05 01 0a0b0c0d 5e 04 fefe5656 " \
	"27 0d 80 000d04 08080808 001002 05dc"
#define ATTACH_ACCEPT "17 aabbccdd 01 07 42 02 49 06 00 62f220 0001 00 2a " ESM_ACT_DEFAULT \
	" 50 0b f6 62f220 8001 0a c0ffee01 13 62f220 1234 17 2c 4a 03 62f230 64 01 01 f2"

START_TEST(test_attach)
{
	expect_ok(ATTACH_ACCEPT,
		  "{\"securityHeaderTypeValue\":1,\"securityHeaderType\":\"Integrity protected\","
		  "\"protocolDiscriminator\":\"EPS mobility management messages\","
		  "\"messageAuthenticationCode\":\"aabbccdd\",\"sequenceNumber\":1,\"nasMessage\":"
		  "{\"securityHeaderTypeValue\":0,\"securityHeaderType\":\"Plain NAS message, not "
		  "security protected\",\"protocolDiscriminator\":\"EPS mobility management "
		  "messages\",\"messageType\":66,\"message\":\"ATTACH ACCEPT\","
		  "\"epsAttachResultValue\":2,\"epsAttachResult\":\"combined EPS/IMSI attach\","
		  "\"t3412Value\":{\"timerValue\":9,\"unit\":\"decihours\",\"seconds\":3240,"
		  "\"hex\":\"49\"},\"taiList\":{\"partialLists\":[{\"typeOfList\":\"list of TACs "
		  "belonging to one PLMN, with non-consecutive TAC values\",\"numberOfElements\":1,"
		  "\"mcc\":\"262\",\"mnc\":\"02\",\"tacs\":[1]}],\"hex\":\"0062f2200001\"},"
		  "\"esmMessageContainer\":{\"protocolDiscriminator\":\"EPS session management "
		  "messages\",\"epsBearerIdentity\":5,\"procedureTransactionIdentity\":1,"
		  "\"messageType\":193,\"message\":\"ACTIVATE DEFAULT EPS BEARER CONTEXT REQUEST\","
		  "\"epsQos\":{\"qciValue\":9,\"qci\":\"QCI 9\",\"hex\":\"09\"},\"accessPointName\":"
		  "{\"apn\":\"internet\",\"hex\":\"08696e7465726e6574\"},\"pdnAddress\":{\"pdnType\":"
		  "\"IPv4\",\"ipv4Address\":\"10.11.12.13\",\"hex\":\"010a0b0c0d\"},\"ies\":[{\"iei\":94,"
		  "\"name\":\"APN-AMBR\",\"value\":{\"apnAmbrDownlinkKbps\":28000,\"apnAmbrUplinkKbps\":"
		  "28000,\"hex\":\"fefe5656\"}},{\"iei\":39,\"name\":\"Protocol configuration options\","
		  "\"value\":{\"configurationProtocol\":\"PPP for use with IP PDP type or IP PDN type\","
		  "\"options\":[{\"id\":13,",
		  "\"contents\":\"08080808\"},{\"id\":16,",
		  "{\"iei\":80,\"name\":\"GUTI\",\"value\":{\"typeOfIdentity\":\"GUTI\",\"mcc\":\"262\","
		  "\"mnc\":\"02\",\"mmeGroupId\":32769,\"mmeCode\":10,\"mTmsi\":\"c0ffee01\","
		  "\"hex\":\"f662f22080010ac0ffee01\"}},{\"iei\":19,\"name\":\"Location area "
		  "identification\",\"value\":{\"mcc\":\"262\",\"mnc\":\"02\",\"lac\":4660,",
		  "{\"iei\":23,\"name\":\"T3402 value\",\"value\":{\"timerValue\":12,\"unit\":\"1 minute\","
		  "\"seconds\":720,\"hex\":\"2c\"}},{\"iei\":74,\"name\":\"Equivalent PLMNs\",\"value\":"
		  "{\"plmns\":[{\"mcc\":\"262\",\"mnc\":\"03\",",
		  "{\"iei\":100,\"name\":\"EPS network feature support\",\"value\":\"01\"},"
		  "{\"iei\":242,\"name\":\"Additional update result\",\"value\":\"SMS only\"}]", NULL);
	robust(ATTACH_ACCEPT, 0);
	/* ATTACH REJECT (8.2.3): EMM cause 0f; ESM message container 78 00 04 (TLV-E) holding PDN
	 * CONNECTIVITY REJECT (8.3.19: EPS bearer identity 0, PTI 1, d1, ESM cause 1b); T3346
	 * 5f 01 22 (2 minutes) */
	expect_ok("07 44 0f 78 0004 02 01 d1 1b 5f 01 22",
		  "\"message\":\"ATTACH REJECT\",\"emmCauseValue\":15,\"emmCause\":\"No Suitable Cells "
		  "In tracking area\",\"ies\":[{\"iei\":120,\"name\":\"ESM message container\","
		  "\"value\":{\"protocolDiscriminator\":\"EPS session management messages\","
		  "\"epsBearerIdentity\":0,\"procedureTransactionIdentity\":1,\"messageType\":209,"
		  "\"message\":\"PDN CONNECTIVITY REJECT\",\"esmCauseValue\":27,\"esmCause\":\"Missing "
		  "or unknown APN\",\"ies\":[],\"hex\":\"0201d11b\"}},{\"iei\":95,\"name\":\"T3346 "
		  "value\",\"value\":{\"timerValue\":2,\"unit\":\"1 minute\",\"seconds\":120,", NULL);
	robust("07 44 0f 78 0004 02 01 d1 1b 5f 01 22", 0);
	/* ATTACH COMPLETE (8.2.2): ESM message container 00 03 (LV-E) holding ACTIVATE DEFAULT
	 * EPS BEARER CONTEXT ACCEPT (8.3.5: bearer 5, PTI 1, c2) */
	expect_ok("07 43 0003 52 01 c2", "\"message\":\"ATTACH COMPLETE\",\"esmMessageContainer\":"
		  "{\"protocolDiscriminator\":\"EPS session management messages\","
		  "\"epsBearerIdentity\":5,\"procedureTransactionIdentity\":1,\"messageType\":194,"
		  "\"message\":\"ACTIVATE DEFAULT EPS BEARER CONTEXT ACCEPT\",\"hex\":\"5201c2\"},"
		  "\"ies\":[]", NULL);
	robust("07 43 0003 52 01 c2", 1);
}
END_TEST

/*
 * DETACH REQUEST (8.2.11) from the UE: 19 = NAS key set identifier 1, switch off, EPS detach;
 * EPS mobile identity 0b, the GUTI above; and with an IMSI: 0b = KSI 0, switch off, combined
 * EPS/IMSI detach; 08 09 10 10 10 32 54 76 98 = IMSI 001010123456789 (odd).  To the UE: 01 =
 * re-attach required; EMM cause 53 07.
 */
#define DETACH_FROM_UE "07 45 19 0b f6 62f220 8001 0a c0ffee01"
#define DETACH_IMSI "07 45 0b 08 09 10 10 10 32 54 76 98"

START_TEST(test_detach)
{
	expect_ok(DETACH_FROM_UE, "\"message\":\"DETACH REQUEST\",\"detachTypeValue\":1,"
		  "\"direction\":\"UE to network\",\"detachType\":\"EPS detach\",\"switchOff\":true,"
		  "\"typeOfSecurityContext\":\"native security context (for KSIASME or KSIAMF)\","
		  "\"nasKeySetIdentifier\":1,\"epsMobileIdentity\":{\"typeOfIdentity\":\"GUTI\","
		  "\"mcc\":\"262\",\"mnc\":\"02\",\"mmeGroupId\":32769,\"mmeCode\":10,"
		  "\"mTmsi\":\"c0ffee01\"", NULL);
	expect_ok(DETACH_IMSI, "\"detachType\":\"combined EPS/IMSI detach\",\"switchOff\":true",
		  "\"epsMobileIdentity\":{\"typeOfIdentity\":\"IMSI\",\"oddNumberOfDigits\":true,"
		  "\"imsi\":\"001010123456789\",\"hex\":\"0910101032547698\"}", NULL);
	expect_ok("07 45 01 53 07", "\"detachTypeValue\":1,\"direction\":\"network to UE\","
		  "\"detachType\":\"re-attach required\",\"ies\":[{\"iei\":83,\"name\":\"EMM cause\","
		  "\"value\":{\"emmCauseValue\":7,\"emmCause\":\"EPS services not allowed\"", NULL);
	robust(DETACH_FROM_UE, 1);
	robust(DETACH_IMSI, 1);
}
END_TEST

/*
 * TRACKING AREA UPDATE ACCEPT (8.2.26): 00 = TA updated; T3412 5a 49; TAI list 54 11: a list
 * of type 1, 3 consecutive TACs from 262-02 TAC 16; a list of type 2 with 2 TAIs, 262-02
 * TAC 32 and 310-410 TAC 33; EPS bearer context status 57 02 20 00 (bearer 5 active).
 * TRACKING AREA UPDATE REJECT (8.2.28): EMM cause 09.
 */
#define TAU_ACCEPT "07 49 00 5a 49 54 11 22 62f220 0010 41 62f220 0020 130014 0021 57 02 2000"

START_TEST(test_tracking_area_update)
{
	expect_ok(TAU_ACCEPT, "\"message\":\"TRACKING AREA UPDATE ACCEPT\",\"epsUpdateResultValue\":0,"
		  "\"epsUpdateResult\":\"TA updated\",\"ies\":[{\"iei\":90,\"name\":\"T3412 value\"",
		  "{\"iei\":84,\"name\":\"TAI list\",\"value\":{\"partialLists\":[{\"typeOfList\":\"list "
		  "of TACs belonging to one PLMN, with consecutive TAC values\",\"numberOfElements\":3,"
		  "\"mcc\":\"262\",\"mnc\":\"02\",\"tacs\":[16,17,18]},{\"typeOfList\":\"list of TAIs "
		  "belonging to different PLMNs\",\"numberOfElements\":2,\"tais\":[{\"mcc\":\"262\","
		  "\"mnc\":\"02\",\"tac\":32},{\"mcc\":\"310\",\"mnc\":\"410\",\"tac\":33}]}]",
		  "{\"iei\":87,\"name\":\"EPS bearer context status\",\"value\":"
		  "{\"activeEpsBearerIdentities\":[5],\"hex\":\"2000\"}}]", NULL);
	expect_ok("07 4b 09", "\"message\":\"TRACKING AREA UPDATE REJECT\",\"emmCauseValue\":9,"
		  "\"emmCause\":\"UE identity cannot be derived by the network\",\"ies\":[]", NULL);
	robust(TAU_ACCEPT, 0);
	robust("07 4b 09", 1);
}
END_TEST

/*
 * EMM INFORMATION (8.2.13): full name for network 43 05 84 = GSM 7-bit, no country initials,
 * 4 spare bits, "Test"; local time zone 46 40 (+01:00); universal time and local time zone
 * 47 42 50 71 21 43 65 40 (2024-05-17 12:34:56, +01:00); network daylight saving time 49 01
 * 01 (+1 hour).
 */
#define EMM_INFORMATION "07 61 43 05 84 d4f29c0e 46 40 47 42507121436540 49 01 01"

/*
 * DOWNLINK NAS TRANSPORT (8.2.12): NAS message container 25 holding the TS 24.011 CP-DATA
 * (09 01) of an RP-DATA network to MS (reference 7, originator +4917100000) with an
 * SMS-DELIVER "Test".
 */
#define RP_DATA_MT "09 01 22 01 07 06 91 9471010000 00 17 04 0b 91 947123 4567f8 00 00 " \
	"42507101035480 04 d4f29c0e"
#define DL_NAS_TRANSPORT "07 62 25 " RP_DATA_MT

START_TEST(test_information_and_transport)
{
	expect_ok(EMM_INFORMATION, "\"message\":\"EMM INFORMATION\",\"ies\":[{\"iei\":67,"
		  "\"name\":\"Full name for network\",\"value\":{\"codingScheme\":\"GSM default "
		  "alphabet (TS 23.038), packed\",\"addCountryInitials\":false,"
		  "\"spareBitsInLastOctet\":4,\"text\":\"Test\",\"hex\":\"84d4f29c0e\"}},{\"iei\":70,"
		  "\"name\":\"Local time zone\",\"value\":{\"timeZone\":\"+01:00\",\"hex\":\"40\"}},"
		  "{\"iei\":71,\"name\":\"Universal time and local time zone\",\"value\":"
		  "{\"universalTime\":\"2024-05-17T12:34:56Z\",\"timeZone\":\"+01:00\"",
		  "{\"iei\":73,\"name\":\"Network daylight saving time\",\"value\":"
		  "{\"daylightSavingTime\":\"+1 hour adjustment for daylight saving time\"", NULL);
	expect_ok(DL_NAS_TRANSPORT, "\"message\":\"DOWNLINK NAS TRANSPORT\",\"nasMessageContainer\":"
		  "{\"protocolDiscriminator\":\"SMS\",\"tiFlag\":false,\"transactionId\":0,"
		  "\"messageType\":1,\"message\":\"CP-DATA\",\"cpUserData\":{\"messageTypeIndicator\":1,"
		  "\"messageType\":\"RP-DATA (network to MS)\",\"messageReference\":7,",
		  "\"userData\":{\"type\":\"SMS-DELIVER\",\"direction\":\"SC->MS\"",
		  "\"scts\":\"2024-05-17T10:30:45+02:00\",\"udl\":4,\"ud\":{\"text\":\"Test\"}", NULL);
	/* UPLINK NAS TRANSPORT (8.2.30): the same container from the UE (a CP-ACK) */
	expect_ok("07 63 02 89 04", "\"message\":\"UPLINK NAS TRANSPORT\",\"nasMessageContainer\":"
		  "{\"protocolDiscriminator\":\"SMS\",\"tiFlag\":true,\"transactionId\":0,"
		  "\"messageType\":4,\"message\":\"CP-ACK\",\"hex\":\"8904\"},\"ies\":[]", NULL);
	/* CS SERVICE NOTIFICATION (8.2.9): paging identity 00 (IMSI); CLI 60 06 +4917100000;
	 * LCS indicator 62 01 (MT-LR).  tshark reads the LCS indicator's octet and then reports
	 * it again as extraneous data (its 9.9.3.40 decoder returns no length). */
	expect_ok("07 64 00 60 06 91 9471010000 62 01", "\"message\":\"CS SERVICE NOTIFICATION\","
		  "\"pagingIdentity\":\"IMSI\",\"ies\":[{\"iei\":96,\"name\":\"CLI\",\"value\":"
		  "{\"typeOfNumber\":\"international number\"",
		  "\"digits\":\"4917100000\",\"hex\":\"919471010000\"}},{\"iei\":98,\"name\":\"LCS "
		  "indicator\",\"value\":{\"lcsIndicator\":\"MT-LR\",\"hex\":\"01\"}}]", NULL);
	robust(EMM_INFORMATION, 0);
	robust(DL_NAS_TRANSPORT, 1);
}
END_TEST

/*
 * AUTHENTICATION REQUEST (8.2.7): 02 = spare half octet, NAS key set identifier 2 (native);
 * RAND 10..1f; AUTN 10 20..2f (SQN xor AK, AMF, MAC).  IDENTITY REQUEST (8.2.18): 01 = IMSI.
 * SECURITY MODE COMMAND (8.2.20), integrity protected with a new EPS security context (37,
 * MAC 11223344, sequence number 0): 22 = 128-EEA2 and 128-EIA2; 01 = KSI 1; replayed UE
 * security capabilities 04 e0 e0 c0 40 (EEA0-2, EIA0-2, UEA0-1, UIA1); IMEISV request c1.
 */
#define AUTH_REQUEST "07 52 02 101112131415161718191a1b1c1d1e1f 10 202122232425262728292a2b2c2d2e2f"
#define SECURITY_MODE_COMMAND "37 11223344 00 07 5d 22 01 04 e0e0c040 c1"

START_TEST(test_security)
{
	expect_ok(AUTH_REQUEST, "\"message\":\"AUTHENTICATION REQUEST\",\"typeOfSecurityContext\":"
		  "\"native security context (for KSIASME or KSIAMF)\",\"nasKeySetIdentifier\":2,"
		  "\"rand\":\"101112131415161718191a1b1c1d1e1f\",\"autn\":{\"sqnXorAk\":\"202122232425\","
		  "\"amf\":\"2627\",\"mac\":\"28292a2b2c2d2e2f\",", NULL);
	expect_ok("07 54", "\"messageType\":84,\"message\":\"AUTHENTICATION REJECT\",\"ies\":[]",
		  NULL);
	expect_ok("07 55 01", "\"message\":\"IDENTITY REQUEST\",\"identityType\":\"IMSI\"", NULL);
	expect_ok(SECURITY_MODE_COMMAND, "\"securityHeaderTypeValue\":3,\"securityHeaderType\":"
		  "\"Integrity protected with new EPS security context\"",
		  "\"messageAuthenticationCode\":\"11223344\",\"sequenceNumber\":0,",
		  "\"message\":\"SECURITY MODE COMMAND\",\"cipheringAlgorithmValue\":2,"
		  "\"cipheringAlgorithm\":\"EPS encryption algorithm 128-EEA2\","
		  "\"integrityProtectionAlgorithmValue\":2,\"integrityProtectionAlgorithm\":\"EPS "
		  "integrity algorithm 128-EIA2\",\"typeOfSecurityContext\":\"native security context "
		  "(for KSIASME or KSIAMF)\",\"nasKeySetIdentifier\":1,\"replayedUeSecurityCapabilities\":"
		  "{\"epsEncryptionAlgorithms\":[\"EEA0\",\"128-EEA1\",\"128-EEA2\"],"
		  "\"epsIntegrityAlgorithms\":[\"EIA0\",\"128-EIA1\",\"128-EIA2\"],"
		  "\"umtsEncryptionAlgorithms\":[\"UEA0\",\"UEA1\"],\"umtsIntegrityAlgorithms\":"
		  "[\"UIA1\"],\"hex\":\"e0e0c040\"},\"ies\":[{\"iei\":193,\"name\":\"IMEISV request\","
		  "\"value\":\"IMEISV requested\"}]", NULL);
	/* SERVICE REJECT (8.2.24): EMM cause 16 (congestion); T3442 5b 22.  EMM STATUS (8.2.14):
	 * cause 61. */
	expect_ok("07 4e 16 5b 22", "\"message\":\"SERVICE REJECT\",\"emmCauseValue\":22,"
		  "\"emmCause\":\"Congestion\",\"ies\":[{\"iei\":91,\"name\":\"T3442 value\",\"value\":"
		  "{\"timerValue\":2,\"unit\":\"1 minute\",\"seconds\":120", NULL);
	expect_ok("07 60 61", "\"message\":\"EMM STATUS\",\"emmCauseValue\":97,\"emmCause\":"
		  "\"Message type non-existent or not implemented\"", NULL);
	/* GUTI REALLOCATION COMMAND (8.2.16): GUTI, TAI list 54 06 (262-02 TAC 1) */
	expect_ok("07 50 0b f6 62f220 8001 0a c0ffee02 54 06 00 62f220 0001",
		  "\"message\":\"GUTI REALLOCATION COMMAND\",\"guti\":{\"typeOfIdentity\":\"GUTI\"",
		  "\"mTmsi\":\"c0ffee02\"", "{\"iei\":84,\"name\":\"TAI list\",\"value\":"
		  "{\"partialLists\":[{\"typeOfList\"", NULL);
	/* SERVICE REQUEST (8.2.25): c7 = security header type 12; KSI 2, sequence number 5;
	 * short MAC a1b2 */
	expect_ok("c7 45 a1b2", "{\"securityHeaderTypeValue\":12,\"securityHeaderType\":\"Security "
		  "header for the SERVICE REQUEST message\",\"protocolDiscriminator\":\"EPS mobility "
		  "management messages\",\"message\":\"SERVICE REQUEST\",\"ksi\":2,\"sequenceNumber\":5,"
		  "\"shortMac\":\"a1b2\",\"hex\":\"c745a1b2\"}", NULL);
	/* integrity protected and ciphered (8.2.23 with 2): the octets after the sequence number
	 * stay in hex */
	expect_ok("27 01020304 05 aabbccddeeff", "\"securityHeaderType\":\"Integrity protected and "
		  "ciphered\",\"protocolDiscriminator\":\"EPS mobility management messages\","
		  "\"messageAuthenticationCode\":\"01020304\",\"sequenceNumber\":5,"
		  "\"cipheredNasMessage\":\"aabbccddeeff\",\"note\":\"ciphered: the NAS message is not "
		  "decoded\"", NULL);
	robust(AUTH_REQUEST, 1);
	robust(SECURITY_MODE_COMMAND, 0);
	robust("c7 45 a1b2", 1);
}
END_TEST

/* ---- EPS session management ---------------------------------------------------------------- */

/*
 * ACTIVATE DEDICATED EPS BEARER CONTEXT REQUEST (8.3.3): 62 = EPS bearer identity 6, ESM; PTI
 * 0; c5; 05 = linked EPS bearer identity 5; EPS QoS 05 01 40 40 20 20 (QCI 1, maximum 64
 * kbit/s, guaranteed 32 kbit/s); TFT 14: 21 = create new TFT, one packet filter; 30 =
 * bidirectional, identifier 0; precedence ff; 10 octets of components: IPv4 remote address
 * 10.0.0.0/255.0.0.0, protocol 17 (UDP), remote ports 8080 to 8090.
 * MODIFY EPS BEARER CONTEXT REQUEST (8.3.18): PTI 5; new EPS QoS 5b 0d (QCI 1, all four rates
 * from the extended-2 octets 10: 320 Mbit/s); APN-AMBR 5e 06 (28 Mbit/s + 256 Mbit/s).
 */
#define ACT_DEDICATED "62 00 c5 05 05 0140402020 14 21 30 ff 10 10 0a000000 ff000000 30 11 " \
	"51 1f90 1f9a"
#define MODIFY "62 05 c9 5b 0d 01 fefefefe 56565656 10101010 5e 06 fefe56560101"

START_TEST(test_bearers)
{
	expect_ok(ACT_DEDICATED, "{\"protocolDiscriminator\":\"EPS session management messages\","
		  "\"epsBearerIdentity\":6,\"procedureTransactionIdentity\":0,\"messageType\":197,"
		  "\"message\":\"ACTIVATE DEDICATED EPS BEARER CONTEXT REQUEST\","
		  "\"linkedEpsBearerIdentity\":5,\"epsQos\":{\"qciValue\":1,\"qci\":\"QCI 1\","
		  "\"maximumBitRateUplinkKbps\":64,\"maximumBitRateDownlinkKbps\":64,"
		  "\"guaranteedBitRateUplinkKbps\":32,\"guaranteedBitRateDownlinkKbps\":32,",
		  "\"tft\":{\"tftOperationCode\":\"Create new TFT\",\"parametersListIncluded\":false,"
		  "\"numberOfPacketFilters\":1,\"packetFilters\":[{\"packetFilterIdentifier\":0,"
		  "\"direction\":\"bidirectional\",\"evaluationPrecedence\":255,\"components\":"
		  "[{\"type\":\"IPv4 remote address type\",\"address\":\"10.0.0.0\",\"mask\":"
		  "\"255.0.0.0\"},{\"type\":\"Protocol identifier/Next header type\","
		  "\"protocolIdentifier\":17},{\"type\":\"Remote port range type\",\"portLow\":8080,"
		  "\"portHigh\":8090}]}]", NULL);
	expect_ok(MODIFY, "\"message\":\"MODIFY EPS BEARER CONTEXT REQUEST\",\"ies\":[{\"iei\":91,"
		  "\"name\":\"New EPS QoS\",\"value\":{\"qciValue\":1,\"qci\":\"QCI 1\","
		  "\"maximumBitRateUplinkKbps\":320000,\"maximumBitRateDownlinkKbps\":320000,"
		  "\"guaranteedBitRateUplinkKbps\":320000,\"guaranteedBitRateDownlinkKbps\":320000,",
		  "{\"iei\":94,\"name\":\"APN-AMBR\",\"value\":{\"apnAmbrDownlinkKbps\":284000,"
		  "\"apnAmbrUplinkKbps\":284000,", NULL);
	/* DEACTIVATE EPS BEARER CONTEXT REQUEST (8.3.12): ESM cause 24 (regular deactivation);
	 * T3396 37 01 21 (1 hour) */
	expect_ok("62 00 cd 24 37 01 21", "\"message\":\"DEACTIVATE EPS BEARER CONTEXT REQUEST\","
		  "\"esmCauseValue\":36,\"esmCause\":\"Regular deactivation\",\"ies\":[{\"iei\":55,"
		  "\"name\":\"T3396 value\",\"value\":{\"timerValue\":1,\"unit\":\"1 hour\","
		  "\"seconds\":3600", NULL);
	expect_ok("02 01 d1 1b", "\"message\":\"PDN CONNECTIVITY REJECT\",\"esmCauseValue\":27", NULL);
	expect_ok("02 03 d9", "\"procedureTransactionIdentity\":3,\"messageType\":217,"
		  "\"message\":\"ESM INFORMATION REQUEST\",\"ies\":[]", NULL);
	expect_ok("52 00 e8 2b", "\"epsBearerIdentity\":5,\"procedureTransactionIdentity\":0,"
		  "\"messageType\":232,\"message\":\"ESM STATUS\",\"esmCauseValue\":43,\"esmCause\":"
		  "\"Invalid EPS bearer identity\"", NULL);
	robust(ACT_DEDICATED, 1);
	robust(MODIFY, 0);
	robust(ESM_ACT_DEFAULT, 0);
}
END_TEST

/* ---- in LTE RRC ---------------------------------------------------------------------------- */

/*
 * DL-DCCH-Message (6.2.1): DLInformationTransfer, transaction 3, dedicatedInfoNAS 17 5a6b7c8d
 * 02 (integrity protected, sequence number 2) around DL_NAS_TRANSPORT.
 */
#define DL_INFORMATION_TRANSFER "0e0170bad35be468103b11284809100838348ca38808000000b8205c8ca38" \
	"91a2b3fc00002128388081aa40026a794e070"

/*
 * RRCConnectionReconfiguration, transaction 0, with a dedicatedInfoNASList of two: a ciphered
 * message (27 01020304 05 aabbccddeeff) and MODIFY, integrity protected (17 00112233 aa).
 */
#define RECONFIGURATION "2004086138081018202d55de66ef77f900b80089119d53102e4ad8680ff7f7f7f2b2b2b" \
	"2b080808082f037f7f2b2b00808"

START_TEST(test_rrc)
{
	uint8_t buf[256];
	size_t n;

	expect_rrc_ok(DL_INFORMATION_TRANSFER, "{\"type\":\"DL-DCCH-Message\",\"value\":{\"message\":"
		      "{\"c1\":{\"dlInformationTransfer\":{\"rrc-TransactionIdentifier\":3,"
		      "\"criticalExtensions\":{\"c1\":{\"dlInformationTransfer-r8\":{\"dedicatedInfoType\":"
		      "{\"dedicatedInfoNAS\":{\"securityHeaderTypeValue\":1,\"securityHeaderType\":"
		      "\"Integrity protected\",\"protocolDiscriminator\":\"EPS mobility management "
		      "messages\",\"messageAuthenticationCode\":\"5a6b7c8d\",\"sequenceNumber\":2,"
		      "\"nasMessage\":{\"securityHeaderTypeValue\":0,",
		      "\"message\":\"DOWNLINK NAS TRANSPORT\",\"nasMessageContainer\":"
		      "{\"protocolDiscriminator\":\"SMS\"", "\"ud\":{\"text\":\"Test\"}", NULL);
	expect_rrc_ok(RECONFIGURATION, "{\"rrcConnectionReconfiguration-r8\":{\"dedicatedInfoNASList\":"
		      "[{\"securityHeaderTypeValue\":2,\"securityHeaderType\":\"Integrity protected and "
		      "ciphered\",\"protocolDiscriminator\":\"EPS mobility management messages\","
		      "\"messageAuthenticationCode\":\"01020304\",\"sequenceNumber\":5,"
		      "\"cipheredNasMessage\":\"aabbccddeeff\",\"note\":\"ciphered: the NAS message is "
		      "not decoded\",\"hex\":\"270102030405aabbccddeeff\"},{\"securityHeaderTypeValue\":1,",
		      "\"messageAuthenticationCode\":\"00112233\",\"sequenceNumber\":170,\"nasMessage\":"
		      "{\"protocolDiscriminator\":\"EPS session management messages\","
		      "\"epsBearerIdentity\":6,\"procedureTransactionIdentity\":5,\"messageType\":201,"
		      "\"message\":\"MODIFY EPS BEARER CONTEXT REQUEST\"",
		      "\"hex\":\"1700112233aa6205c95b0d01fefefefe56565656101010105e06fefe56560101\"}]}",
		      NULL);
	n = tu_ber(DL_INFORMATION_TRANSFER, buf, sizeof(buf));
	tu_robust(emit_rrc, NULL, buf, n, 1);
	n = tu_ber(RECONFIGURATION, buf, sizeof(buf));
	tu_robust(emit_rrc, NULL, buf, n, 1);
}
END_TEST

/* ---- malformed ----------------------------------------------------------------------------- */

START_TEST(test_malformed)
{
	char *s;

	s = tu_render(emit, NULL, NULL, 0, 0);
	tu_assert_has(s, "{\"hex\":\"\",\"error\":{\"offset\":0,\"reason\":\"empty: a NAS message "
		      "has at least 2 octets\"}}");
	free(s);
	/* a type 3 element cut short: what is there is kept, in hex */
	expect("07 61 47 4250", "\"ies\":[{\"iei\":71,\"name\":\"Universal time and local time "
	       "zone\",\"value\":\"4250\"}],\"hex\":\"0761474250\",\"error\":{\"offset\":2,"
	       "\"reason\":\"element 0x47 needs 8 octets, 3 present\"}", NULL);
	/* a type 4 element longer than the message */
	expect("07 61 43 09 84d4", "{\"iei\":67,\"name\":\"Full name for network\",\"value\":"
	       "\"84d4\"}],\"hex\":\"0761430984d4\",\"error\":{\"offset\":3,\"reason\":\"element "
	       "0x43 of length 9, 2 octets follow\"}", NULL);
	/* a TLV-E element (two length octets) longer than the message */
	expect("07 44 0f 78 0009 02 01", "\"emmCauseValue\":15,", "{\"iei\":120,\"name\":\"ESM "
	       "message container\",\"value\":\"0201\"}],\"hex\":\"07440f7800090201\",\"error\":"
	       "{\"offset\":4,\"reason\":\"element 0x78 of length 9, 2 octets follow\"}", NULL);
	/* a mandatory LV-E element longer than the message */
	expect("07 43 0005 52 01 c2", "\"message\":\"ATTACH COMPLETE\",\"hex\":\"074300055201c2\","
	       "\"error\":{\"offset\":2,\"reason\":\"the mandatory ESM message container of length 5 "
	       "runs past the message (3 octets follow)\"}", NULL);
	/* a mandatory LV longer than the message stops the decoding */
	expect("07 42 02 49 20 00 62f220 0001", "\"t3412Value\":{\"timerValue\":9,",
	       "\"hex\":\"07420249200062f2200001\",\"error\":{\"offset\":4,\"reason\":\"the "
	       "mandatory TAI list of length 32 runs past the message (6 octets follow)\"}", NULL);
	/* unknown identifiers (TS 24.007 11.2.4): 9a a single octet, 2c a TLV; the local time zone
	 * after them is still decoded, and only 0b (bits 8-5 zero, comprehension required) is an
	 * error */
	expect_ok("07 61 9a 2c 02 aabb 46 40", "\"ies\":[{\"iei\":154,\"name\":\"unknown element\","
		  "\"value\":\"9a\"},{\"iei\":44,\"name\":\"unknown element\",\"value\":\"aabb\"},"
		  "{\"iei\":70,\"name\":\"Local time zone\",\"value\":{\"timeZone\":\"+01:00\"", NULL);
	expect("07 61 0b 01 ff 46 40", "{\"iei\":11,\"name\":\"unknown element\",\"value\":\"ff\"},"
	       "{\"iei\":70,\"name\":\"Local time zone\"", "\"error\":{\"offset\":2,\"reason\":"
	       "\"unknown element 0x0b is comprehension required (TS 24.007 11.2.4)\"}", NULL);
	/* a bad element value spoils itself: the EPS QoS of 3 octets, then the TFT (c0: no TFT
	 * operation) decoded */
	expect("62 00 c5 05 03 014040 01 c0", "\"epsQos\":{\"qciValue\":1,\"qci\":\"QCI 1\","
	       "\"hex\":\"014040\",\"error\":{\"offset\":3,\"reason\":\"an EPS quality of service of "
	       "3 octets (1, 5, 9 or 13)\"}},\"tft\":{\"tftOperationCode\":\"No TFT operation\","
	       "\"parametersListIncluded\":false,\"numberOfPacketFilters\":0,\"packetFilters\":[],"
	       "\"hex\":\"c0\"},\"ies\":[],\"hex\":\"6200c5050301404001c0\"}", NULL);
	/* a packet filter longer than the TFT */
	expect("62 00 c5 05 05 0140402020 04 21 30 ff 03", "\"packetFilters\":[{\"packetFilterIdentifier\""
	       ":0,\"direction\":\"bidirectional\",\"evaluationPrecedence\":255}],\"hex\":\"2130ff03\","
	       "\"error\":{\"offset\":3,\"reason\":\"packet filter 1 of length 3, 0 octets follow\"}}",
	       NULL);
	/* an unknown packet filter component: its length is not known, the rest is kept */
	expect("62 00 c5 05 01 09 07 21 30 ff 03 99 0102", "\"components\":[{\"typeValue\":153,"
	       "\"contents\":\"990102\"}]", "\"error\":{\"offset\":4,\"reason\":\"unknown packet filter "
	       "component type 0x99\"}", NULL);
	/* a TAI list of the reserved type 3 */
	expect("07 50 0b f6 62f220 8001 0a c0ffee02 54 06 60 62f220 0001",
	       "{\"typeOfList\":\"reserved (3)\",\"numberOfElements\":1}],\"hex\":\"6062f2200001\","
	       "\"error\":{\"offset\":0,\"reason\":\"type of list 3 is reserved\"}", NULL);
	/* a security protected message inside another: reported in the inner one, decoded */
	expect("17 aabbccdd 01 17 11223344 02 07 60 61", "\"nasMessage\":{\"securityHeaderTypeValue\":1,",
	       "\"sequenceNumber\":2,\"nasMessage\":{\"securityHeaderTypeValue\":0,",
	       "\"emmCause\":\"Message type non-existent or not implemented\",\"ies\":[],"
	       "\"hex\":\"076061\"},\"hex\":\"171122334402076061\"", NULL);
	expect("17 aabbccdd 01 17 11223344 02 07 60 61", "\"hex\":\"171122334402076061\","
	       "\"error\":{\"offset\":0,\"reason\":\"a security protected NAS message inside another "
	       "NAS message\"}}", NULL);
	/* ... and nested without end: the depth is bounded */
	expect("17 aabbccdd 01 17 aabbccdd 01 17 aabbccdd 01 17 aabbccdd 01 17 aabbccdd 01 "
	       "17 aabbccdd 01 07 60 61", "\"error\":{\"offset\":0,\"reason\":\"NAS messages nested "
	       "more than 4 deep\"}", NULL);
	/* the protected header cut short, or without a message */
	expect("17 aabb", "\"hex\":\"17aabb\",\"error\":{\"offset\":3,\"reason\":\"truncated: the "
	       "mandatory message authentication code needs 4 octets, 2 present\"}", NULL);
	expect("17 aabbccdd 01", "\"sequenceNumber\":1,\"hex\":\"17aabbccdd01\",\"error\":"
	       "{\"offset\":6,\"reason\":\"truncated: the NAS message is missing\"}", NULL);
	/* a reserved security header type; a protocol discriminator that is not EPS; 5GS */
	expect("67 00", "{\"securityHeaderTypeValue\":6,\"securityHeaderType\":\"reserved (6)\","
	       "\"protocolDiscriminator\":\"EPS mobility management messages\",\"hex\":\"6700\","
	       "\"error\":{\"offset\":0,\"reason\":\"security header type 6 is reserved\"}}", NULL);
	expect("05 08", "{\"protocolDiscriminator\":5,\"hex\":\"0508\",\"error\":{\"offset\":0,"
	       "\"reason\":\"protocol discriminator 5 is not EPS mobility (7) or session (2) "
	       "management\"}}", NULL);
	/* ... decoded by nas_5gs.c (check_nas5gs.c): REGISTRATION COMPLETE */
	expect_ok("7e 00 43", "{\"protocolDiscriminator\":\"5GS mobility management messages\","
		  "\"note\":\"a 5GS NAS message (TS 24.501): decoded as nas5gs\",\"nas5gs\":"
		  "{\"extendedProtocolDiscriminatorValue\":126,", "\"message\":\"REGISTRATION "
		  "COMPLETE\",\"ies\":[],\"hex\":\"7e0043\"},\"hex\":\"7e0043\"}", NULL);
	/* a message whose elements are not decoded (ATTACH REQUEST) keeps them in hex */
	expect_ok("07 41 71 0b f6", "\"messageType\":65,\"message\":\"ATTACH REQUEST\",\"ies\":"
		  "\"710bf6\",\"note\":\"the information elements of this message are not decoded\"",
		  NULL);
	expect_ok("07 4a", "\"messageType\":74,\"message\":\"TRACKING AREA UPDATE COMPLETE\","
		  "\"hex\":\"074a\"}", NULL);
	expect_ok("07 70", "\"message\":\"unknown EMM message type (112)\"", NULL);
	/* an even number of IMSI digits (0, 3) whose last octet lacks the filler */
	expect("07 45 0b 02 01 23", "\"epsMobileIdentity\":{\"typeOfIdentity\":\"IMSI\","
	       "\"oddNumberOfDigits\":false,\"imsi\":\"03\",\"hex\":\"0123\"", "\"error\":{\"offset\":1,\"reason\":"
	       "\"an even number of digits without the filler 1111\"}", NULL);
	/* every value of every octet of a short vector */
	tu_exhaustive(emit, NULL, "17 aabbccdd 01 07 4e 16 5b 22");
	tu_exhaustive(emit, NULL, "62 00 c5 05 05 0140402020 14 21 30 ff 10 10 0a000000 ff000000 "
		      "30 11 51 1f90 1f9a");
}
END_TEST

Suite *tu_suite_eps_nas(void)
{
	Suite *s = suite_create("eps_nas");
	TCase *tc = tcase_create("eps_nas");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_attach);
	tcase_add_test(tc, test_detach);
	tcase_add_test(tc, test_tracking_area_update);
	tcase_add_test(tc, test_information_and_transport);
	tcase_add_test(tc, test_security);
	tcase_add_test(tc, test_bearers);
	tcase_add_test(tc, test_rrc);
	tcase_add_test(tc, test_malformed);
	suite_add_tcase(s, tc);
	return s;
}
