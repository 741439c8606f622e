/*
 * nas_5gs.c and eps_nas.c: elements that were hex or a bare number before, each vector built
 * by hand from TS 24.501 V17 / TS 24.301 V17 (the comments say what each octet is) and run
 * through tshark 4.0.17 (a pcap of DLT 147 mapped to "nas-5gs" or "nas-eps"); where tshark
 * reads a field otherwise, the comment says so.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "eps_nas.h"
#include "nas_5gs.h"

Suite *tu_suite_nas_fields(void);

static void emit5(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	(void)arg;
	tk_emit_5gs_nas(e, p, n);
}

static void emit_eps(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	(void)arg;
	tk_emit_eps_nas(e, p, n);
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
	vexpect(emit5, hex, 0, ap);
	va_end(ap);
}

/* ... and has no "error" anywhere */
static void expect_ok(const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(emit5, hex, 1, ap);
	va_end(ap);
}

static void expect_eps(const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(emit_eps, hex, 0, ap);
	va_end(ap);
}

static void expect_eps_ok(const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(emit_eps, hex, 1, ap);
	va_end(ap);
}

/* ---- 5GS type 1 elements ------------------------------------------------------------------ */

/* REGISTRATION ACCEPT (8.2.7): 7e 00 42; registration result 01 01 (3GPP access); b3 = MICO
 * indication, RAAI and SPRTI set; 93 = network slicing indication, NSSCI and DCNI set; a2 =
 * NSSAI inclusion mode C; d1 = non-3GPP NW provided policies, N3EN set; e1 = UE radio
 * capability ID deletion indication, deletion requested.  tshark agrees on every field. */
#define REG_ACCEPT "7e 00 42 01 01 b3 93 a2 d1 e1"

/* CONFIGURATION UPDATE COMMAND (8.2.19): 7e 00 54; d3 = configuration update indication, ACK
 * and RED; f1 = SMS indication, SAI; c1 = additional configuration indication, SCMR; e3 =
 * priority indicator, MCSI and MPSI set (decoded in check_nas5g17.c).  tshark agrees on
 * the first three (it knows no priority indicator) */
#define CONFIG_UPDATE "7e 00 54 d3 f1 c1 e3"

START_TEST(test_type1)
{
	expect_ok(REG_ACCEPT, "{\"iei\":179,\"name\":\"MICO indication\",\"value\":{\"raaiValue\":1,"
		  "\"raai\":\"all PLMN registration area allocated\",\"sprtiValue\":1,\"sprti\":"
		  "\"strictly periodic registration timer supported\"}}", "{\"iei\":147,\"name\":"
		  "\"Network slicing indication\",\"value\":{\"nssciValue\":1,\"nssci\":\"network "
		  "slicing subscription changed\",\"dcniValue\":1,\"dcni\":\"requested NSSAI created "
		  "from default configured NSSAI\"}}", "\"value\":{\"nssaiInclusionModeValue\":2,"
		  "\"nssaiInclusionMode\":\"NSSAI inclusion mode C\"}", "\"value\":{\"n3enValue\":1,"
		  "\"n3en\":\"use of non-3GPP emergency numbers permitted\"}", "\"value\":"
		  "{\"deletionRequestValue\":1,\"deletionRequest\":\"network-assigned UE radio "
		  "capability IDs deletion requested\"}", NULL);
	tu_robust_tmpl(emit5, NULL, REG_ACCEPT, 0);
	expect_ok(CONFIG_UPDATE, "\"value\":{\"ackValue\":1,\"ack\":\"acknowledgement requested\","
		  "\"redValue\":1,\"red\":\"registration requested\"}", "\"value\":{\"saiValue\":1,"
		  "\"sai\":\"SMS over NAS available\"}", "\"value\":{\"scmrValue\":1,\"scmr\":"
		  "\"release of N1 NAS signalling connection not required\"}", "{\"iei\":227,\"name\":"
		  "\"Priority indicator\",\"value\":{\"mcsiValue\":1", NULL);
	/* zero values: d0 f0 c0 */
	expect_ok("7e 00 54 d0 f0 c0", "\"ack\":\"acknowledgement not requested\",\"redValue\":0,"
		  "\"red\":\"registration not requested\"", "\"sai\":\"SMS over NAS not available\"",
		  "\"scmr\":\"no additional information\"", NULL);
	/* REGISTRATION REQUEST: 01 = initial registration; mobile identity 0001 f0 (no identity);
	 * a1 = N5GC indication, N5GCREG set (tshark: "Requested") */
	expect_ok("7e 00 41 01 0001 f0 a1", "{\"iei\":161,\"name\":\"N5GC indication\",\"value\":"
		  "{\"n5gcregValue\":1,\"n5gcreg\":\"N5GC device registration requested\"}}", NULL);
	/* UL NAS TRANSPORT with 5GSM STATUS; a1 = MA PDU session information 1; f2 = release
	 * assistance indication, DDX 2; tshark agrees */
	expect_ok("7e 00 67 01 0005 2e0500d62b a1 f2", "\"value\":{\"maPduSessionInformationValue\":"
		  "1,\"maPduSessionInformation\":\"MA PDU session network upgrade is allowed\"}",
		  "\"value\":{\"ddxValue\":2,\"ddx\":\"only a single downlink data transmission and no "
		  "further uplink data transmission subsequent to the uplink data transmission is "
		  "expected\"}", NULL);
	/* reserved values: MA PDU session information 5, DDX 3, deletion request 2 */
	expect_ok("7e 00 67 01 0005 2e0500d62b a5 f3", "\"maPduSessionInformation\":\"reserved "
		  "(5)\"", "\"ddx\":\"reserved (3)\"", NULL);
	expect_ok("7e 00 42 01 01 e2", "\"deletionRequest\":\"reserved (2)\"", NULL);
	/* 5GSM: PDU SESSION ESTABLISHMENT REQUEST (PSI 1, PTI 1), integrity protection maximum
	 * data rate ffff, b1 = always-on PDU session requested; MODIFICATION COMMAND (PSI 5)
	 * with 81 = always-on PDU session required; RELEASE COMMAND, cause 24 (regular
	 * deactivation), d1 = access type 3GPP; ESTABLISHMENT REJECT, cause 1a, f5 = allowed SSC
	 * modes 1 and 3; all as tshark reads them */
	expect_ok("2e 01 01 c1 ffff b1", "\"value\":{\"apsrValue\":1,\"apsr\":\"always-on PDU "
		  "session requested\"}", NULL);
	expect_ok("2e 05 00 cb 81", "\"value\":{\"apsiValue\":1,\"apsi\":\"always-on PDU session "
		  "required\"}", NULL);
	expect_ok("2e 05 00 d3 24 d1", "{\"iei\":209,\"name\":\"Access type\",\"value\":"
		  "{\"accessTypeValue\":1,\"accessType\":\"3GPP access\"}}", NULL);
	expect_ok("2e 05 00 c3 1a f5", "\"value\":{\"ssc1Value\":1,\"ssc1\":\"SSC mode 1 allowed\","
		  "\"ssc2Value\":0,\"ssc2\":\"SSC mode 2 not allowed\",\"ssc3Value\":1,\"ssc3\":"
		  "\"SSC mode 3 allowed\"}", NULL);
	expect_ok("2e 05 00 d3 24 d0", "\"accessType\":\"reserved (0)\"", NULL);
	/* PDU SESSION ESTABLISHMENT ACCEPT with c1 = control plane only indication (tshark
	 * agrees); its QoS rules are empty, an error of their own; c0 is reserved */
	expect("2e 05 01 c2 11 0000 06 06 0064 06 0032 c1", "\"value\":{\"cpoiValue\":1,\"cpoi\":"
	       "\"PDU session can be used for control plane CIoT 5GS optimization only\"}", NULL);
	expect("2e 05 01 c2 11 0000 06 06 0064 06 0032 c0", "\"cpoi\":\"reserved (0)\"", NULL);
	tu_robust_tmpl(emit5, NULL, "2e 05 00 c3 1a f5", 0);
}
END_TEST

/* ---- 9.11.3.39 multiple payloads ------------------------------------------------------- */

/*
 * DL NAS TRANSPORT (8.2.11): 7e 00 68; 0f = payload container type 15 (multiple payloads);
 * payload container 0011: 02 entries; entry 1: length 0009, 11 = 1 optional IE, type 1 (N1
 * SM information), optional IE 12 01 05 (PDU session ID 5), contents 2e 05 00 d6 2b (5GSM
 * STATUS, PSI 5, cause 43); entry 2: length 0003, 02 = no optional IE, type 2 (SMS),
 * contents 09 04 (CP-ACK).  tshark 4.0.17 agrees on the number of entries, the entries'
 * lengths, optional IE counts, types and the optional IE, but ends each entry's contents two
 * octets early (it reads the entry length as counting its own two octets; the figure's
 * length field, as every NAS length, counts the octets after it), so it shows the 5GSM
 * STATUS as malformed.
 */
#define MULTI "7e 00 68 0f 0011 02 0009 11 120105 2e0500d62b 0003 02 0904"

START_TEST(test_multiple_payloads)
{
	expect_ok(MULTI, "\"payloadContainerTypeValue\":15,\"payloadContainerType\":\"Multiple "
		  "payloads\",\"payloadContainer\":\"0200091112010" "52e0500d62b0003020904\","
		  "\"multiplePayloads\":{\"numberOfEntries\":2,\"entries\":[{\"length\":9,"
		  "\"numberOfOptionalIes\":1,\"payloadContainerTypeValue\":1,\"payloadContainerType\":"
		  "\"N1 SM information\",\"optionalIes\":[{\"type\":18,\"name\":\"PDU session ID\","
		  "\"value\":{\"pduSessionIdentity\":5,\"hex\":\"05\"}}],\"contents\":"
		  "{\"extendedProtocolDiscriminatorValue\":46,", "\"message\":\"5GSM STATUS\","
		  "\"smCauseValue\":43,", "{\"length\":3,\"numberOfOptionalIes\":0,"
		  "\"payloadContainerTypeValue\":2,\"payloadContainerType\":\"SMS\",\"optionalIes\":[],"
		  "\"contents\":{\"protocolDiscriminator\":\"SMS\",", "\"message\":\"CP-ACK\"", NULL);
	tu_robust_tmpl(emit5, NULL, MULTI, 0);
	/* optional IEs of an entry: 48 = 4 optional IEs, type 8 (CIoT user data container:
	 * hex); 5GMM cause 58 01 16 (#22 congestion), back-off timer 37 01 21 (GPRS timer 3: 1
	 * hour), request type 80 01 01, S-NSSAI 22 01 01; contents aabb.  tshark agrees on the
	 * optional IEs (it shows the contents as missing: its reading of the entry length) */
	expect_ok("7e 00 68 0f 0012 01 000f 48 580116 370121 800101 220101 aabb",
		  "\"optionalIes\":[{\"type\":88,\"name\":\"5GMM cause\",\"value\":{\"mmCauseValue\":"
		  "22,\"mmCause\":\"Congestion\",", "{\"type\":55,\"name\":\"Back-off timer value\","
		  "\"value\":{", "{\"type\":128,\"name\":\"Request type\",\"value\":"
		  "{\"requestTypeValue\":1,\"requestType\":\"initial request\"}}", "{\"type\":34,"
		  "\"name\":\"S-NSSAI\",\"value\":{\"sst\":1,", "\"contents\":\"aabb\"", NULL);
	/* an entry of type multiple payloads inside multiple payloads: an error, its contents hex
	 * (no recursion) */
	expect("7e 00 68 0f 0006 01 0003 0f 01 00", "\"payloadContainerTypeValue\":15,",
	       "\"contents\":\"0100\"", "\"error\":{\"offset\":3,\"reason\":\"a payload container "
	       "entry of type multiple payloads (TS 24.501 9.11.3.39 does not allow one)\"}", NULL);
	/* malformed: fewer entries than counted; an entry past the end; an optional IE past its
	 * entry; an unknown optional IE type; a count of 0; a request type of 2 octets */
	expect("7e 00 68 0f 0005 02 0002 02 aa", "\"error\":{\"offset\":0,\"reason\":\"the number "
	       "of entries is 2, 1 present\"}", NULL);
	expect("7e 00 68 0f 0005 01 0009 02 aa", "\"error\":{\"offset\":1,\"reason\":\"a payload "
	       "container entry of length 9, 2 octets follow\"}", NULL);
	expect("7e 00 68 0f 0006 01 0003 12 1205", "\"error\":{\"offset\":5,\"reason\":\"an "
	       "optional IE of length 5, 0 octets follow\"}", NULL);
	expect("7e 00 68 0f 0007 01 0004 12 990100", "\"name\":\"unknown optional IE\",\"value\":"
	       "\"00\"", "\"reason\":\"unknown optional IE type 0x99 of a payload container "
	       "entry\"", NULL);
	expect("7e 00 68 0f 0001 00", "\"numberOfEntries\":0,\"entries\":[]", "\"reason\":"
	       "\"multiple payloads of 0 entries\"", NULL);
	expect("7e 00 68 0f 0008 01 0005 18 80020101 aa", "\"value\":\"0101\"", "\"reason\":\"a "
	       "request type of 2 octets, 1 expected\"", NULL);
	expect("7e 00 68 0f 0003 01 0001", "\"reason\":\"truncated: a payload container entry has "
	       "a length of 2 octets and at least 1 more\"", NULL);
	tu_robust_tmpl(emit5, NULL, "7e 00 68 0f 0012 01 000f 48 580116 370121 800101 220101 aabb",
		       0);
	tu_exhaustive(emit5, NULL, "7e 00 68 0f 0009 01 0006 11 120105 aabb");
}
END_TEST

/* ---- 9.11.3.75 extended rejected NSSAI ---------------------------------------------------- */

/*
 * REGISTRATION REJECT (8.2.9): 7e 00 44; 5GMM cause 16 (#22); extended rejected NSSAI 68 0d:
 * partial list 10 = type 1 (with a back-off timer), 1 element; back-off timer 21 (GPRS timer
 * 3: 1 hour); rejected S-NSSAI 13 = length 1, cause 3 (maximum number of UEs reached), SST
 * 01; partial list 01 = type 0, 2 elements: 41 = length 4, cause 1, SST 01 SD 000001; 20 =
 * length 2, cause 0, SST 02, mapped HPLMN SST 01.  tshark 4.0.17 does not know the element
 * (Rel-17): checked against Table 9.11.3.75.1 alone.
 */
#define EXT_REJECTED "7e 00 44 16 68 0d 10 21 13 01 01 41 01000001 20 0201"

START_TEST(test_extended_rejected_nssai)
{
	expect_ok(EXT_REJECTED, "\"name\":\"Extended rejected NSSAI\",\"value\":{\"partialLists\":"
		  "[{\"typeOfListValue\":1,\"typeOfList\":\"list of S-NSSAIs with one associated "
		  "back-off timer value that applies to all S-NSSAIs in the list\","
		  "\"numberOfElements\":1,\"backOffTimer\":{", "\"rejectedSNssais\":[{\"causeValue\":"
		  "3,\"cause\":\"S-NSSAI not available due to maximum number of UEs reached\","
		  "\"sst\":1,\"sstName\":\"eMBB\"}]},{\"typeOfListValue\":0,", "\"numberOfElements\":2,"
		  "\"rejectedSNssais\":[{\"causeValue\":1,\"cause\":\"S-NSSAI not available in the "
		  "current registration area\",\"sst\":1,\"sstName\":\"eMBB\",\"sd\":\"000001\"},"
		  "{\"causeValue\":0,", "\"sst\":2,\"sstName\":\"URLLC\",\"mappedHplmnSst\":1}]}]",
		  NULL);
	tu_robust_tmpl(emit5, NULL, EXT_REJECTED, 0);
	/* malformed: a reserved type of list; fewer elements than counted; a rejected S-NSSAI of
	 * 3 octets; a type 1 list without its timer */
	expect("7e 00 44 16 68 02 20 1001", "\"typeOfList\":\"reserved (2)\"", "\"reason\":"
	       "\"partial extended rejected NSSAI list of reserved type 2\"", NULL);
	expect("7e 00 44 16 68 03 01 1001", "\"reason\":\"truncated: a partial extended rejected "
	       "NSSAI list of 2 elements has 1\"", NULL);
	expect("7e 00 44 16 68 05 00 30 010203", "\"reason\":\"an S-NSSAI of 3 octets (1, 2, 4, 5 "
	       "or 8)\"", NULL);
	expect("7e 00 44 16 68 01 10", "\"reason\":\"truncated: an extended rejected NSSAI holds "
	       "at least one rejected S-NSSAI\"", NULL);
	expect("7e 00 44 16 68 02 00 50", "\"reason\":\"rejected S-NSSAI of length 5, 0 octets "
	       "follow\"", NULL);
}
END_TEST

/* ---- EPS: CS SERVICE NOTIFICATION, extended emergency number list ---------------------- */

/*
 * CS SERVICE NOTIFICATION (8.2.9): 07 64; 00 = paging identity IMSI; 61 11 = SS Code 0x11
 * (TS 29.002 clip); 62 01 = LCS indicator MT-LR; 63 05 = LCS client identity: 30 03 80 01
 * 01 = LCS-ClientID { lcsClientType valueAddedServices }.  tshark 4.0.17 shows the same
 * values (it stops after the first optional element of this message, so each was checked in
 * a message of its own)
 */
#define CS_NOTIFICATION "07 64 00 61 11 62 01 63 05 3003800101"

/* TRACKING AREA UPDATE ACCEPT (8.2.26): 07 49; 00 = TA updated; extended emergency number
 * list 7a 000b: 00 = EENLV valid in the country; number information of 2 octets: 19 f1 =
 * "911"; sub-services field of 6 octets: f0373b3d2e03 = "police" in the GSM 7 bit default
 * alphabet, packed; tshark agrees ("Sub-services field: police"; in the 7 octet case below it
 * shows the padding septet as "@") */
#define EXT_EMERGENCY "07 49 00 7a 000b 00 02 19f1 06 f0373b3d2e03"

START_TEST(test_eps)
{
	expect_eps_ok(CS_NOTIFICATION, "{\"iei\":97,\"name\":\"SS Code\",\"value\":"
		      "{\"ssCodeValue\":17,\"ssCode\":\"clip\",\"hex\":\"11\"}}", "{\"iei\":98,"
		      "\"name\":\"LCS indicator\",\"value\":{\"lcsIndicator\":\"MT-LR\",", "{\"iei\":"
		      "99,\"name\":\"LCS client identity\",\"value\":{\"lcsClientId\":"
		      "{\"lcsClientType\":\"valueAddedServices\"},\"hex\":\"3003800101\"}}", NULL);
	tu_robust_tmpl(emit_eps, NULL, CS_NOTIFICATION, 0);
	/* an SS code no table names; an SS code of 2 octets cannot be (TV of 2); an LCS client
	 * identity that is no LCS-ClientID; an empty one */
	expect_eps_ok("07 64 00 61 0f", "\"ssCodeValue\":15,\"ssCode\":\"unknown SS-Code\"", NULL);
	expect_eps("07 64 00 63 03 040100", "\"name\":\"LCS client identity\",\"value\":{\"hex\":"
		   "\"040100\",\"error\":{\"offset\":0,\"reason\":\"LCS-ClientID:", NULL);
	expect_eps("07 64 00 63 00", "\"reason\":\"truncated: an LCS client identity holds an "
		   "LCS-ClientID\"", NULL);
	expect_eps_ok(EXT_EMERGENCY, "{\"emergencyNumber\":\"911\",\"subServices\":\"f0373b3d2e03\","
		      "\"subServicesText\":\"police\"}", NULL);
	tu_robust_tmpl(emit_eps, NULL, EXT_EMERGENCY, 0);
	/* 7 octets hold 8 septets, the last 0 being padding: "ambulan" (7 characters, 0x00 top) */
	expect_eps_ok("07 49 00 7a 000c 00 02 19f1 07 e1b6b8ce0ebb01", "\"subServicesText\":"
		      "\"ambulan\"", NULL);
	/* an empty sub-services field: no text */
	expect_eps_ok("07 49 00 7a 0005 00 02 19f1 00", "\"subServices\":\"\"}", NULL);
}
END_TEST

Suite *tu_suite_nas_fields(void)
{
	Suite *s = suite_create("nas_fields");
	TCase *tc = tcase_create("nas_fields");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_type1);
	tcase_add_test(tc, test_multiple_payloads);
	tcase_add_test(tc, test_extended_rejected_nssai);
	tcase_add_test(tc, test_eps);
	suite_add_tcase(s, tc);
	return s;
}
