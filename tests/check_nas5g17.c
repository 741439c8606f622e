/*
 * nas_5gs.c: the TS 24.501 V17 elements that were bare hex (priority indicator, 5GS
 * additional request result, paging restriction, UE request type, additional 5G security
 * information, the disaster roaming elements, NID, PEIPS / WUS assistance information, CIoT
 * small data container, RSN, PDU session pair ID, UE-DS-TT residence time, Ethernet header
 * compression configuration, SM PDU DN request container, suggested interface identifier),
 * each in a real 5GS NAS message built by hand (the comments say what each octet is) and run
 * through tshark 4.0.17 (a pcap of DLT 147 mapped to "nas-5gs").  tshark 4.0.17 knows few of
 * these Rel-17 elements: where it decodes one the comment says whether it agrees, where it
 * does not ("Extraneous Data") the layout comes from the clause cited in codec/nas_5gs.c,
 * some of it marked unverified there.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "nas_5gs.h"

Suite *tu_suite_nas5g17(void);

static void emit5(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	(void)arg;
	tk_emit_5gs_nas(e, p, n);
}

/* the JSON of the 5GS NAS message hex holds each needle (to a NULL) */
static void expect(const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	tu_vexpect_all(emit5, NULL, hex, 0, ap);
	va_end(ap);
}

/* ... and has no "error" anywhere */
static void expect_ok(const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	tu_vexpect_all(emit5, NULL, hex, 1, ap);
	va_end(ap);
}

/* ---- 5GMM: one-octet elements ------------------------------------------------------------ */

/* CONFIGURATION UPDATE COMMAND (8.2.19): 7e 00 54; e3 = priority indicator, MCSI and MPSI
 * set (tshark 4.0.17 does not know the element: "Extraneous Data") */
#define PRIORITY "7e 00 54 e3"

/* SERVICE ACCEPT (8.2.17): 7e 00 4e; 34 01 01 = 5GS additional request result, paging
 * restriction accepted (tshark: "Extraneous Data") */
#define SERVICE_ACCEPT "7e 00 4e 340101"

/* SECURITY MODE COMMAND (8.2.25): 7e 00 5d; 00 = 5G-EA0 / 5G-IA0; 00 = ngKSI 0; replayed UE
 * security capabilities 02 0e 0f; 36 01 03 = additional 5G security information, RINMR and
 * HDP set.  tshark agrees: "Retransmission of initial NAS message request (RINMR): Requested",
 * "Horizontal derivation parameter (HDP): Required" */
#define SMC "7e 00 5d 00 00 020e0f 360103"

START_TEST(test_octets)
{
	expect_ok(PRIORITY, "{\"iei\":227,\"name\":\"Priority indicator\",\"value\":{\"mcsiValue\":1,"
		  "\"mcsi\":\"access identity 2 valid\",\"mpsiValue\":1,\"mpsi\":\"access identity 1 "
		  "valid\"}}", NULL);
	expect_ok("7e 00 54 e0", "\"mcsi\":\"access identity 2 not valid\"", "\"mpsi\":\"access "
		  "identity 1 not valid\"", NULL);
	tu_robust_tmpl(emit5, NULL, PRIORITY, 0);

	expect_ok(SERVICE_ACCEPT, "{\"iei\":52,\"name\":\"5GS additional request result\",\"value\":"
		  "{\"pagingRestrictionDecisionValue\":1,\"pagingRestrictionDecision\":\"paging "
		  "restriction is accepted\",\"hex\":\"01\"}}", NULL);
	/* REGISTRATION ACCEPT (8.2.7): result 01 01; 35 01 02 = rejected */
	expect_ok("7e 00 42 0101 350102", "\"pagingRestrictionDecision\":\"paging restriction is "
		  "rejected\"", NULL);
	expect_ok("7e 00 4e 340100", "\"pagingRestrictionDecision\":\"no additional information\"",
		  NULL);
	/* reserved value; a length of 2 */
	expect_ok("7e 00 4e 340103", "\"pagingRestrictionDecision\":\"reserved\"", NULL);
	expect("7e 00 4e 34020100", "\"pagingRestrictionDecisionValue\":1", "\"error\"", NULL);
	tu_robust_tmpl(emit5, NULL, SERVICE_ACCEPT, 0);

	expect_ok(SMC, "{\"iei\":54,\"name\":\"Additional 5G security information\",\"value\":"
		  "{\"hdpValue\":1,\"hdp\":\"K_AMF derivation is required\",\"rinmrValue\":1,"
		  "\"rinmr\":\"retransmission of the initial NAS message requested\",\"hex\":\"03\"}}",
		  NULL);
	expect_ok("7e 00 5d 00 00 020e0f 360100", "\"hdp\":\"K_AMF derivation is not required\"",
		  "\"rinmr\":\"retransmission of the initial NAS message not requested\"", NULL);
	/* empty value */
	expect("7e 00 5d 00 00 020e0f 3600", "\"name\":\"Additional 5G security information\","
	       "\"value\":{\"hex\":\"\",\"error\"", NULL);
	tu_robust_tmpl(emit5, NULL, SMC, 0);
}
END_TEST

/* ---- 5GMM: paging restriction, UE request type ------------------------------------------- */

/* SERVICE REQUEST (8.2.16): 7e 00 4c; 01 = ngKSI 0, service type 1 (data); 5G-S-TMSI 0007
 * f4 0041 01020304; 29 01 02 = UE request type, rejection of paging; 28 03 03 22 01 = paging
 * restriction, all paging restricted except for specified PDU sessions, PSI 1 and 5 (octet 4
 * 0x22), PSI 8 (octet 5 0x01).  tshark 4.0.17 decodes neither ("Extraneous Data") */
#define SERVICE_REQUEST "7e 00 4c 01 0007f4004101020304 290102 2803032201"

START_TEST(test_paging_restriction)
{
	expect_ok(SERVICE_REQUEST, "{\"iei\":41,\"name\":\"UE request type\",\"value\":"
		  "{\"ueRequestTypeValue\":2,\"ueRequestType\":\"Rejection of paging\",\"hex\":\"02\"}}",
		  "{\"iei\":40,\"name\":\"Paging restriction\",\"value\":{\"pagingRestrictionTypeValue\":3,"
		  "\"pagingRestrictionType\":\"All paging is restricted except for specified PDU "
		  "session(s)\",\"pduSessionIdentities\":[1,5,8],\"hex\":\"032201\"}}", NULL);
	/* type 4 with PSI 15; types 1 and 2 are one octet */
	expect_ok("7e 00 4c 01 0007f4004101020304 2803040080", "\"pagingRestrictionType\":\"All "
		  "paging is restricted except for voice service and specified PDU session(s)\","
		  "\"pduSessionIdentities\":[15]", NULL);
	expect_ok("7e 00 4c 01 0007f4004101020304 280101 290101", "\"pagingRestrictionType\":\"All "
		  "paging is restricted\"", "\"ueRequestType\":\"N1 NAS signalling connection "
		  "release\"", NULL);
	expect_ok("7e 00 4c 01 0007f4004101020304 280102", "\"pagingRestrictionType\":\"All paging "
		  "is restricted except for voice service\"", NULL);
	/* reserved values */
	expect_ok("7e 00 4c 01 0007f4004101020304 280105 290103", "\"pagingRestrictionType\":"
		  "\"reserved (5)\"", "\"ueRequestType\":\"reserved (3)\"", NULL);
	/* type 3 without its bitmap; type 1 with octets after it; UE request type of 2 octets */
	expect("7e 00 4c 01 0007f4004101020304 280103", "\"pagingRestrictionTypeValue\":3",
	       "\"error\"", NULL);
	expect("7e 00 4c 01 0007f4004101020304 28020100", "\"pagingRestrictionTypeValue\":1",
	       "\"error\"", NULL);
	expect("7e 00 4c 01 0007f4004101020304 29020100", "\"ueRequestTypeValue\":1", "\"error\"",
	       NULL);
	tu_robust_tmpl(emit5, NULL, SERVICE_REQUEST, 0);
}
END_TEST

/* ---- 5GMM: disaster roaming, NID --------------------------------------------------------- */

/* REGISTRATION ACCEPT (8.2.7): 7e 00 42; result 01 01; 14 02 21 45 = disaster roaming wait
 * range, minimum 1 minute (unit 001, value 1), maximum 5 decihours (unit 010, value 5);
 * 2c 02 0a 3f = disaster return wait range, 20 seconds (unit 000, value 10), 31 minutes;
 * 13 06 62f210 130062 = list of PLMNs to be used in disaster condition, 262-01 and
 * 310-260.  tshark 4.0.17 decodes none of them ("Extraneous Data") */
#define DISASTER "7e 00 42 0101 14022145 2c020a3f 130662f210130062"

/* REGISTRATION REQUEST (8.2.6): 7e 00 41; 01 = initial registration, ngKSI 0; mobile identity
 * 0001 f0 (no identity); 16 03 62f210 = MS determined PLMN with disaster condition, 262-01;
 * 32 06 10 32 54 76 98 fa = NID, assignment mode 0, digits 1..10 = 1..a, spare 1111.  tshark
 * 4.0.17 decodes neither */
#define NID "7e 00 41 01 0001f0 160362f210 32061032547698fa"

START_TEST(test_disaster_nid)
{
	expect_ok(DISASTER, "{\"iei\":20,\"name\":\"Disaster roaming wait range\",\"value\":"
		  "{\"minimumWaitTime\":{", "\"maximumWaitTime\":{", "\"name\":\"Disaster return wait "
		  "range\"", "{\"iei\":19,\"name\":\"List of PLMNs to be used in disaster condition\","
		  "\"value\":{\"plmns\":[{\"mcc\":\"262\",\"mnc\":\"01\"},{\"mcc\":\"310\",\"mnc\":"
		  "\"260\"}],\"hex\":\"62f210130062\"}}", NULL);
	/* an empty list is allowed (minimum length 2) */
	expect_ok("7e 00 42 0101 1300", "\"plmns\":[]", NULL);
	/* 2 octets of a PLMN identity; a wait range of 1 octet */
	expect("7e 00 42 0101 130262f2", "\"plmns\":[]", "\"error\"", NULL);
	expect("7e 00 42 0101 140121", "\"name\":\"Disaster roaming wait range\",\"value\":"
	       "{\"hex\":\"21\",\"error\"", NULL);
	tu_robust_tmpl(emit5, NULL, DISASTER, 0);

	expect_ok(NID, "{\"iei\":22,\"name\":\"MS determined PLMN with disaster condition\","
		  "\"value\":{\"mcc\":\"262\",\"mnc\":\"01\",\"hex\":\"62f210\"}}", "{\"iei\":50,"
		  "\"name\":\"NID\",\"value\":{\"assignmentModeValue\":0,\"assignmentMode\":"
		  "\"self-assignment\",\"nid\":\"0123456789a\",\"hex\":\"1032547698fa\"}}", NULL);
	/* reserved assignment mode; a NID of 5 octets; a PLMN identity of 4 */
	expect_ok("7e 00 41 01 0001f0 32061f32547698fa", "\"assignmentMode\":\"spare (15)\","
		  "\"nid\":\"f123456789a\"", NULL);
	expect("7e 00 41 01 0001f0 320510325476 98", "\"name\":\"NID\",\"value\":{\"hex\":"
	       "\"1032547698\",\"error\"", NULL);
	expect("7e 00 41 01 0001f0 160462f21000", "\"error\"", NULL);
	tu_robust_tmpl(emit5, NULL, NID, 0);
}
END_TEST

/* ---- 5GMM: WUS and PEIPS assistance information ------------------------------------------ */

/* REGISTRATION REQUEST: 1a 01 05 = requested WUS assistance information, UE paging
 * probability p25 (tshark agrees: "UE paging probability information: p25 (5)"); 2a 02 03 25
 * = requested PEIPS assistance information, paging subgroup ID 3, UE paging probability p25
 * (tshark 4.0.17 does not know it) */
#define ASSISTANCE "7e 00 41 01 0001f0 1a0105 2a020325"

START_TEST(test_assistance)
{
	expect_ok(ASSISTANCE, "{\"iei\":26,\"name\":\"Requested WUS assistance information\","
		  "\"value\":{\"items\":[{\"typeValue\":0,\"type\":\"UE paging probability "
		  "information\",\"uePagingProbabilityValue\":5,\"uePagingProbability\":\"p25\"}],"
		  "\"hex\":\"05\"}}", "{\"iei\":42,\"name\":\"Requested PEIPS assistance information\","
		  "\"value\":{\"items\":[{\"typeValue\":0,\"type\":\"paging subgroup ID\","
		  "\"pagingSubgroupId\":3},{\"typeValue\":1,\"type\":\"UE paging probability "
		  "information\",\"uePagingProbabilityValue\":5,\"uePagingProbability\":\"p25\"}]", NULL);
	/* REGISTRATION ACCEPT: negotiated WUS p100, negotiated PEIPS subgroup 7; CONFIGURATION
	 * UPDATE COMMAND: updated PEIPS 1f 01 07 (tshark agrees on the WUS element) */
	expect_ok("7e 00 42 0101 1c0114 330107", "\"name\":\"Negotiated WUS assistance "
		  "information\"", "\"uePagingProbability\":\"p100\"", "\"name\":\"Negotiated PEIPS "
		  "assistance information\"", "\"pagingSubgroupId\":7", NULL);
	expect_ok("7e 00 54 1f0107", "\"name\":\"Updated PEIPS assistance information\"",
		  "\"pagingSubgroupId\":7", NULL);
	/* reserved type, unused probability value; an empty element */
	expect_ok("7e 00 41 01 0001f0 1a02e015", "\"type\":\"reserved (7)\",\"value\":0",
		  "\"uePagingProbability\":\"unused, interpreted as p100 (21)\"", NULL);
	expect("7e 00 41 01 0001f0 1a00", "\"items\":[]", "\"error\"", NULL);
	tu_robust_tmpl(emit5, NULL, ASSISTANCE, 0);
}
END_TEST

/* ---- 5GMM: CIoT small data container ------------------------------------------------------ */

/* CONTROL PLANE SERVICE REQUEST (8.2.30): 7e 00 4f; 00 = ngKSI 0, control plane service type
 * mobile originating request; 6f 04 0d 2a2b3c = CIoT small data container (TLV), control plane
 * user data (000), DDX 1 (01), PDU session identity 5 (101), data 2a2b3c.  tshark 4.0.17
 * agrees on data type, DDX, PDU session identity and the data */
#define CIOT "7e 00 4f 00 6f040d2a2b3c"

START_TEST(test_ciot)
{
	expect_ok(CIOT, "{\"iei\":111,\"name\":\"CIoT small data container\",\"value\":"
		  "{\"dataTypeValue\":0,\"dataType\":\"control plane user data\",\"ddxValue\":1,",
		  "\"pduSessionIdentityValue\":5,\"pduSessionIdentity\":\"PDU session identity value "
		  "(5)\",\"dataContents\":\"2a2b3c\",\"hex\":\"0d2a2b3c\"}}", NULL);
	/* SMS (001): a CP-ACK, 09 04 (tshark agrees on the data type and shows the data in hex) */
	expect_ok("7e 00 4f 00 6f03200904", "\"dataType\":\"SMS\",\"dataContents\":\"0904\","
		  "\"sms\":{", "CP-ACK", NULL);
	/* location services message container (010), DDX 1, additional information aabb, then
	 * a TS 24.080 RELEASE COMPLETE (0b 2a); tshark agrees on the fields up to the additional
	 * information */
	expect_ok("7e 00 4f 00 6f064802aabb0b2a", "\"dataType\":\"location services message "
		  "container\"", "\"additionalInformation\":\"aabb\",\"dataContents\":\"0b2a\","
		  "\"locationServicesMessage\":{", NULL);
	/* reserved data type; additional information past the end; no data */
	expect("7e 00 4f 00 6f026000", "\"dataType\":\"reserved (3)\"", "\"error\"", NULL);
	expect("7e 00 4f 00 6f034005aa", "\"error\"", NULL);
	expect("7e 00 4f 00 6f0100", "\"dataTypeValue\":0", "\"error\"", NULL);
	tu_robust_tmpl(emit5, NULL, CIOT, 0);
	tu_robust_tmpl(emit5, NULL, "7e 00 4f 00 6f064802aabb0b2a", 0);
}
END_TEST

/* ---- 5GSM ---------------------------------------------------------------------------------- */

/* PDU SESSION ESTABLISHMENT REQUEST (8.3.1): 2e 05 01 c1 (PSI 5, PTI 1); integrity protection
 * maximum data rate ffff; 91 = PDU session type IPv4; 39 05 "user1" = SM PDU DN request
 * container (tshark agrees: "DN-specific identity: user1"); 6f 08 0102030405060708 = UE-DS-TT
 * residence time (tshark agrees, in hex); 1f 01 02 = Ethernet header compression
 * configuration, CID length 15 bits (tshark agrees); 29 09 02 0011223344556677 = suggested
 * interface identifier, a PDU address of type IPv6 (tshark 4.0.17 reports it malformed);
 * 34 01 0a = PDU session pair ID 10; 35 01 01 = RSN v2 (tshark knows neither) */
#define EST_REQUEST "2e 05 01 c1 ffff 91 39057573657231 6f080102030405060708 1f0102 " \
	"29090200112233445566 77 34010a 350101"

START_TEST(test_sm)
{
	expect_ok(EST_REQUEST, "{\"iei\":57,\"name\":\"SM PDU DN request container\",\"value\":"
		  "{\"dnSpecificIdentity\":\"user1\",\"hex\":\"7573657231\"}}", "{\"iei\":111,\"name\":"
		  "\"UE-DS-TT residence time\",\"value\":{\"ueDsTtResidenceTime\":\"0102030405060708\"",
		  "{\"iei\":31,\"name\":\"Ethernet header compression configuration\",\"value\":"
		  "{\"cidLengthValue\":2,\"cidLength\":\"15 bits\",\"hex\":\"02\"}}", "{\"iei\":41,"
		  "\"name\":\"Suggested interface identifier\",\"value\":{\"pduSessionType\":\"IPv6\","
		  "\"si6lla\":false,\"ipv6InterfaceIdentifier\":\"::11:2233:4455:6677\"",
		  "{\"iei\":52,\"name\":\"PDU session pair ID\",\"value\":{\"pduSessionPairId\":10,",
		  "{\"iei\":53,\"name\":\"RSN\",\"value\":{\"rsnValue\":1,\"rsn\":\"v2\",\"hex\":"
		  "\"01\"}}", NULL);
	expect_ok("2e 05 01 c1 ffff 1f0100 1f0101 350100", "\"cidLength\":\"Ethernet header "
		  "compression not used\"", "\"cidLength\":\"7 bits\"", "\"rsn\":\"v1\"", NULL);
	/* reserved CID length; a residence time of 7 octets; a pair ID of 2; an empty DN
	 * request container; a non-printable DN-specific identity */
	expect_ok("2e 05 01 c1 ffff 1f0103", "\"cidLength\":\"reserved (3)\"", NULL);
	expect("2e 05 01 c1 ffff 6f0701020304050607", "\"error\"", NULL);
	expect("2e 05 01 c1 ffff 34020a0b", "\"error\"", NULL);
	expect("2e 05 01 c1 ffff 3900", "\"name\":\"SM PDU DN request container\",\"value\":"
	       "{\"hex\":\"\",\"error\"", NULL);
	expect_ok("2e 05 01 c1 ffff 390201ff", "\"dnSpecificIdentityHex\":\"01ff\"", NULL);
	tu_robust_tmpl(emit5, NULL, EST_REQUEST, 0);
}
END_TEST

/* ---- 9.11.2.10 Service-level-AA container -------------------------------------------------- */

/* REGISTRATION REQUEST: 72 0007 10 05 "UAV01" = Service-level-AA container (TLV-E), the
 * service-level device ID.  REGISTRATION ACCEPT: 7b 0013 = Service-level-AA container: a1 =
 * pending indication, SLAPI 1; 30 01 05 = response, SLAR 1 and C2AR 1; 20 05 01 c0a80001 =
 * server address, IPv4 192.168.0.1; 40 01 01 = payload type, UUAA payload; 70 0002 aabb =
 * payload (type 6).  tshark 4.0.17 does not know the element in either message ("Extraneous
 * Data") */
#define SLAA_REQUEST "7e 00 41 01 0001f0 72000710055541563031"
#define SLAA_ACCEPT "7e 00 42 0101 7b0013 a1 300105 200501c0a80001 400101 700002aabb"

START_TEST(test_slaa)
{
	expect_ok(SLAA_REQUEST, "{\"iei\":114,\"name\":\"Service-level-AA container\",\"value\":"
		  "{\"parameters\":[{\"typeValue\":16,\"type\":\"service-level device ID\","
		  "\"serviceLevelDeviceId\":\"UAV01\"}],\"hex\":\"10055541563031\"}}", NULL);
	expect_ok(SLAA_ACCEPT, "{\"typeValue\":160,\"type\":\"service-level-AA pending "
		  "indication\",\"slapiValue\":1,\"slapi\":\"service-level-AA procedure is to be "
		  "performed\"}", "{\"typeValue\":48,\"type\":\"service-level-AA response\","
		  "\"slarValue\":1,\"slar\":\"successful\",\"c2arValue\":1,\"c2ar\":\"successful\"}",
		  "\"addressType\":\"IPv4\",\"ipv4Address\":\"192.168.0.1\"}", "\"payloadTypeValue\":1,"
		  "\"payloadType\":\"UUAA payload\"}", "{\"typeValue\":112,\"type\":\"service-level-AA "
		  "payload\",\"payload\":\"aabb\"}", NULL);
	/* PDU SESSION ESTABLISHMENT REJECT (PSI 5, PTI 1, cause 1a): server address IPv6 ::1,
	 * an unknown parameter 60 01 ff, the service status indication 50 01 01 */
	expect_ok("2e 05 01 c3 1a 720019 201102 00000000000000000000000000000001 6001ff 500101",
		  "\"addressType\":\"IPv6\",\"ipv6Address\":\"::1\"", "{\"typeValue\":96,\"type\":"
		  "\"unknown (96)\",\"value\":\"ff\"}", "\"uas\":\"UAS services enabled\"", NULL);
	/* a parameter running past the container; a response of 2 octets; an IPv4 server
	 * address of 1 octet */
	expect("7e 00 41 01 0001f0 720003 300205", "\"typeValue\":48", "\"error\"", NULL);
	expect("7e 00 41 01 0001f0 720004 30020500", "\"error\"", NULL);
	expect("7e 00 41 01 0001f0 720004 200201c0", "\"addressType\":\"IPv4\"", "\"error\"",
	       NULL);
	tu_robust_tmpl(emit5, NULL, SLAA_ACCEPT, 0);
}
END_TEST

Suite *tu_suite_nas5g17(void)
{
	Suite *s = suite_create("nas5g17");
	TCase *tc = tcase_create("nas5g17");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_octets);
	tcase_add_test(tc, test_paging_restriction);
	tcase_add_test(tc, test_disaster_nid);
	tcase_add_test(tc, test_assistance);
	tcase_add_test(tc, test_ciot);
	tcase_add_test(tc, test_sm);
	tcase_add_test(tc, test_slaa);
	suite_add_tcase(s, tc);
	return s;
}
