/*
 * RANAP (ranap.c), decoded from vectors built by hand, bit by bit, from the ASN.1 of
 * TS 25.413 9.3 and the ALIGNED PER rules of X.691, and from the published encodings of
 * osmo-ttcn3-hacks library/ranap/RANAP_Selftests.ttcn (checked by hand below).
 *
 * Notation in the comments: bits are written most significant first, "|" separates
 * octets, "pad" are the zero bits up to the next octet boundary.  Every message starts
 *	RANAP-PDU CHOICE: extension bit 0, 2-bit index (00 initiating, 01 successful,
 *	10 unsuccessful, 11 outcome), pad -> 00 / 20 / 40 / 60
 *	procedureCode INTEGER (0..255): one aligned octet
 *	criticality ENUMERATED (3 values): 2 bits, pad -> 00 reject / 40 ignore / 80 notify
 *	value: open type, a length octet, then the message:
 *	  extension bit, protocolExtensions preamble bit, pad -> 00 (40 with extensions)
 *	  ProtocolIE-Container count (0..65535): two aligned octets
 *	  each field: id (0..65535) two octets, criticality 2 bits + pad, length, value
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "ranap.h"

#define MAXV 512

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	(void)arg;
	tk_emit_ranap(e, p, n);
}

/* the PDU as JSON (or text), from an exact-size heap copy, as a malloc'd string */
static char *render(const uint8_t *p, size_t n, int text)
{
	return tu_render(emit, NULL, p, n, text);
}

/* decode the hex template and assert each needle (a NULL-terminated list) is in the JSON */
static void expect(const char *tmpl, ...)
{
	va_list ap;

	va_start(ap, tmpl);
	tu_vexpect(emit, NULL, tmpl, 1, ap);
	va_end(ap);
}

static void expect_no_error(const char *tmpl)
{
	tu_expect_no_error(emit, NULL, tmpl);
}

/* as expect(), but the message must also decode without an error */
#define expect_ok(tmpl, ...) do { \
		expect(tmpl, __VA_ARGS__, NULL); \
		expect_no_error(tmpl); \
	} while (0)

/*
 * Every truncation (0 .. n-1 octets) must give one object with "error" (every vector here
 * is a complete PDU whose last octet is needed), every single-octet corruption one
 * well-formed object, and one octet too many an error at offset n.
 */
static void robust(const char *tmpl)
{
	static const uint8_t corrupt[] = { 0x00, 0xff, 0x0f, 0xf0, 0x80, 0x7f, 0x55, 0xaa, 0xc0 };
	uint8_t buf[MAXV + 1], b2[MAXV + 1];
	size_t n = tu_ber(tmpl, buf, MAXV);
	size_t k, c;
	char *s, needle[64];

	for (k = 0; k < n; k++) {
		s = render(buf, k, 0);
		tu_assert_one_object(s);
		tu_assert_has(s, "\"error\":{\"offset\":");
		free(s);
		free(render(buf, k, 1));
	}
	for (k = 0; k < n; k++) {
		for (c = 0; c < sizeof(corrupt); c++) {
			memcpy(b2, buf, n);
			b2[k] = corrupt[c];
			s = render(b2, n, 0);
			tu_assert_one_object(s);
			tu_assert_has(s, "\"hex\":\"");
			free(s);
			free(render(b2, n, 1));
		}
	}
	buf[n] = 0x00;
	s = render(buf, n + 1, 0);
	tu_assert_one_object(s);
	snprintf(needle, sizeof(needle), "\"error\":{\"offset\":%zu,", n);
	tu_assert_has(s, needle);
	free(s);
}

/* ---- published encodings (osmo-ttcn3-hacks RANAP_Selftests.ttcn) ---------------------------- */

/*
 * c_IuRelCmd: 00 initiatingMessage | 01 Iu-Release | 40 ignore | 09 length |
 * 00 | 00 01 one IE | 00 04 Cause | 00 reject | 02 length |
 * 03 40 = 0 (no extension) 000 (radioNetwork) 001101 (13: value 1 + 13 = 14) pad
 */
#define IU_RELEASE_COMMAND "00014009000001000400020340"

/*
 * c_CommonId: 00 | 0f CommonID | 40 | 10 (16) | 00 | 00 01 | 00 17 PermanentNAS-UE-ID | 40 |
 * 09 | 50 = 0 (no extension, iMSI: the only root alternative, no index) 101 (length 3 + 5 =
 * 8) pad | 46 23 91 34 70 77 80 f3 TBCD: 64 32 19 43 07 77 08 3 (F filler)
 */
#define COMMON_ID "000f4010000001001740095046239134707780f3"

/*
 * c_DT_CM_SRV_ACK: 00 | 14 DirectTransfer | 40 | 0f | 00 | 00 02 |
 * 00 3b SAPI | 40 | 01 | 00 = 0 (no extension) 0 (sapi-0) pad |
 * 00 10 NAS-PDU | 40 | 03 | 02 length, 05 21: MM (5), CM SERVICE ACCEPT (0x21)
 */
#define DT_CM_SRV_ACK "0014400f000002003b40010000104003020521"

/*
 * c_InitUE_CM_SRV_REQ: 00 | 13 InitialUE-Message | 40 | 40 (64) | 00 | 00 06 |
 * 00 03 CN-DomainIndicator 40 01 00 (0: cs-domain) |
 * 00 0f LAI 40 06: 00 (no iE-Extensions) 46 f3 12 (MCC 643, MNC digit 3 F, MNC 21),
 *	00 64 (LAC 100) |
 * 00 3a SAI 40 08: 00 46 f3 12 00 64 00 00 (SAC 0) |
 * 00 10 NAS-PDU 40 0e: 0d length, 05 24 ...: MM CM SERVICE REQUEST |
 * 00 4f IuSigConId 40 03: 00 00 00 |
 * 00 56 GlobalRNC-ID 40 05: 46 f3 12, 00 0f (RNC-ID 4096 values: two aligned octets, 15)
 */
#define INIT_UE_CM_SRV_REQ "001340400000060003400100000f40060046f3120064003a40080046f31200640000" \
	"0010400e0d052471034f188005f407000008004f40030000000056400546f312000f"

/*
 * c_ResetResource: 00 | 1b ResetResource | 00 reject | 1c | 00 | 00 03 |
 * 00 03 CN-DomainIndicator 00 01 00 (cs-domain) |
 * 00 04 Cause 40 01 42 = 0 100 (misc) 0010 (113 + 2 = 115) pad |
 * 00 4d IuSigConIdList 40 0b ... (a list, not decoded)
 */
#define RESET_RESOURCE "001b001c00000300030001000004400142004d400b000001004e000400000000"

START_TEST(test_published)
{
	expect_ok(IU_RELEASE_COMMAND,
		  "\"pdu\":\"initiatingMessage\"", "\"procedureCode\":1", "\"procedure\":\"Iu-Release\"",
		  "\"criticality\":\"ignore\"", "\"message\":\"Iu-ReleaseCommand\"",
		  "\"ies\":[{\"id\":4,\"name\":\"Cause\",\"criticality\":\"reject\",\"value\":\"0340\","
		  "\"cause\":{\"choice\":\"radioNetwork\",\"value\":14,"
		  "\"name\":\"failure-in-the-radio-interface-procedure\"}}]");
	/* c_IuRelReq: the same IE in an Iu-ReleaseRequest (procedure 11) */
	expect_ok("000b4009000001000440020340", "\"procedure\":\"Iu-ReleaseRequest\"",
		  "\"message\":\"Iu-ReleaseRequest\"", "\"value\":14");
	expect_ok(COMMON_ID, "\"message\":\"CommonID\"", "\"name\":\"PermanentNAS-UE-ID\"",
		  "\"permanentNasUeId\":{\"choice\":\"iMSI\",\"imsi\":\"643219430777083\"}");
	expect_ok(DT_CM_SRV_ACK, "\"message\":\"DirectTransfer\"", "\"sapi\":\"sapi-0\"",
		  "\"nasPdu\":{\"protocolDiscriminator\":\"MM\",\"skipIndicator\":0,"
		  "\"sendSequenceNumber\":0,\"messageType\":33,\"message\":\"GSM48_MT_MM_CM_SERV_ACC\","
		  "\"ies\":[],\"octets\":\"0521\"}");
	expect_ok(INIT_UE_CM_SRV_REQ, "\"message\":\"InitialUE-Message\"",
		  "\"cnDomainIndicator\":\"cs-domain\"",
		  "\"lai\":{\"mcc\":\"643\",\"mnc\":\"21\",\"lac\":100}",
		  "\"sai\":{\"mcc\":\"643\",\"mnc\":\"21\",\"lac\":100,\"sac\":0}",
		  "\"message\":\"GSM48_MT_MM_CM_SERV_REQ\"", "\"iuSigConId\":0",
		  "\"globalRncId\":{\"mcc\":\"643\",\"mnc\":\"21\",\"rncId\":15}");
	expect_ok(RESET_RESOURCE, "\"message\":\"ResetResource\"", "\"criticality\":\"reject\"",
		  "\"cause\":{\"choice\":\"misc\",\"value\":115,\"name\":\"unspecified-failure\"}",
		  "\"name\":\"IuSigConIdList\"", "\"value\":\"000001004e000400000000\"");
	/* c_RAB_AssResp: 60 = outcome of RAB-Assignment (0), the RAB list of IE 52 in hex */
	expect_ok("6000001a000001003440130000010033400c60087c0a80242240e2040000",
		  "\"pdu\":\"outcome\"", "\"message\":\"RAB-AssignmentResponse\"",
		  "\"name\":\"RAB-SetupOrModifiedList\"");
	/* c_RAB_AssReq: RAB-AssignmentRequest with a RAB-SetupOrModifyList (IE 54) */
	expect_ok("0000404700000100360040000001003500363802d0012fa7202fa80000f44c080a0280005140"
		  "00272028140067400000222814003c40000000503d0800101faf026ed64047d40000400100",
		  "\"message\":\"RAB-AssignmentRequest\"", "\"name\":\"RAB-SetupOrModifyList\"");
	/* c_DT_MO_SETUP: NAS-PDU 03 45 ...: CC (3), SETUP (0x45 & 0x3f = 5, N(SD) in bit 7) */
	expect_ok("00144019000001001040121103450404600200815e0381654215021101",
		  "\"protocolDiscriminator\":\"CC\"", "\"message\":\"GSM48_MT_CC_SETUP\"");
}
END_TEST

/* ---- SRNS relocation, built by hand --------------------------------------------------------- */

/*
 * RelocationRequired: 00 | 02 RelocationPreparation | 00 reject | 33 (51) | 00 | 00 06 |
 * 00 38 RelocationType | 00 | 01 | 00 = 0 (no extension) 0 (ue-not-involved) pad
 * 00 04 Cause | 40 | 02 | 0a 80 = 0 000 (radioNetwork) 101010 (1 + 42 = 43) pad
 * 00 3c SourceID | 40 | 06 | 00 = 0 0 (sourceRNC-ID) 0 (no iE-Extensions) pad,
 *	62 f2 10 (MCC 262, MNC 01), 00 7b (RNC-ID 123, two aligned octets)
 * 00 3e TargetID | 00 | 09 | 20 = 0 0 (targetRNC-ID) 1 (rAC present) 0 (no iE-Extensions)
 *	0 (LAI: no iE-Extensions) pad, 62 f2 10, 12 34 (LAC, 16 bits), 05 (RAC, 8 bits),
 *	01 00 (RNC-ID 256)
 * 00 3d Source-ToTarget-TransparentContainer | 00 | 03 | de ad be (its own encoding, hex)
 * 00 14 OldBSS-ToNewBSS-Information | 40 | 03 | 02 length, a1 b2
 */
#define RELOCATION_REQUIRED "00020033 000006" \
	"0038 00 01 00" \
	"0004 40 02 0a80" \
	"003c 40 06 00 62f210 007b" \
	"003e 00 09 20 62f210 1234 05 0100" \
	"003d 00 03 deadbe" \
	"0014 40 03 02 a1b2"

/*
 * RelocationRequest: 00 | 03 RelocationResourceAllocation | 00 | 80 97 (151) | 00 | 00 07 |
 * 00 17 PermanentNAS-UE-ID | 40 | 09 | 50 = 0 (iMSI) 101 (8 octets) pad,
 *	62 02 11 32 54 76 98 f0: IMSI 262011234567890
 * 00 04 Cause | 40 | 02 | 01 40 = 0 000 (radioNetwork) 000101 (6) pad
 * 00 03 CN-DomainIndicator | 00 | 01 | 80 = 1 (ps-domain) pad
 * 00 31 RAB-SetupList-RelocReq | 00 | 44 | 00 (one container: 256 values, one aligned octet) |
 *	00 01 (one field) | 00 2f RAB-SetupItem-RelocReq | 00 | 3d | the item of
 *	tests/check_ranap_ies.c (RAB_SETUP_RELOC_REQ, derived bit by bit there): RAB-ID 5,
 *	RAB-Parameters, user plane and transport layer information
 * 00 0c IntegrityProtectionInformation | 40 | 12 (18) | 08 08 = 0 (no iE-Extensions)
 *	0001 (2 algorithms) 000 | 0 (UIA1: 0000) 0001 (UIA2) pad, then the 128-bit key aligned
 * 00 0b EncryptionInformation | 40 | 13 (19) | 10 90 00 = 0 0010 (3 algorithms) 000 |
 *	1 (UEA1: 0001) 0010 (UEA2) 000 | 0 (no-encryption: 0000) pad, then the key
 * 00 4f IuSigConId | 40 | 03 | 0a 0b 0c (BIT STRING (SIZE (24)), aligned)
 */
#define RELOCATION_REQUEST "0003 00 8097 000007" \
	"0017 40 09 50 62 02 11 32 54 76 98 f0" \
	"0004 40 02 0140" \
	"0003 00 01 80" \
	"0031 00 44 00 0001 002f 00 3d" \
	"38146d0c05dbff40f9ff802ee008060888b600000000b1000560018cba7f8c0000" \
	"53e03500010a0102030000000000000000000000000000deadbeef20" \
	"000c 40 12 0808 00112233445566778899aabbccddeeff" \
	"000b 40 13 109000 0f0e0d0c0b0a09080706050403020100" \
	"004f 40 03 0a0b0c"

START_TEST(test_relocation)
{
	expect_ok(RELOCATION_REQUIRED, "\"procedure\":\"RelocationPreparation\"",
		  "\"criticality\":\"reject\"", "\"message\":\"RelocationRequired\"",
		  "\"relocationType\":\"ue-not-involved\"",
		  "\"cause\":{\"choice\":\"radioNetwork\",\"value\":43,"
		  "\"name\":\"relocation-desirable-for-radio-reasons\"}",
		  "\"sourceId\":{\"choice\":\"sourceRNC-ID\",\"mcc\":\"262\",\"mnc\":\"01\",\"rncId\":123}",
		  "\"targetId\":{\"choice\":\"targetRNC-ID\",\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":4660,"
		  "\"rac\":5,\"rncId\":256}",
		  "{\"id\":61,\"name\":\"Source-ToTarget-TransparentContainer\",\"criticality\":\"reject\","
		  "\"value\":\"deadbe\"}",
		  "\"oldBssToNewBssInformation\":\"a1b2\"");
	expect_ok(RELOCATION_REQUEST, "\"message\":\"RelocationRequest\"",
		  "\"permanentNasUeId\":{\"choice\":\"iMSI\",\"imsi\":\"262011234567890\"}",
		  "\"name\":\"relocation-triggered\"", "\"cnDomainIndicator\":\"ps-domain\"",
		  "\"rabs\":[{\"id\":47,\"name\":\"RAB-SetupItem-RelocReq\",\"criticality\":\"reject\","
		  "\"rabId\":5,",
		  "\"integrityProtectionInformation\":{\"permittedAlgorithms\":"
		  "[\"standard-UMTS-integrity-algorithm-UIA1\",\"standard-UMTS-integrity-algorithm-UIA2\"],"
		  "\"key\":\"00112233445566778899aabbccddeeff\"}",
		  "\"encryptionInformation\":{\"permittedAlgorithms\":"
		  "[\"standard-UMTS-encryption-algorith-UEA1\",\"standard-UMTS-encryption-algorithm-UEA2\","
		  "\"no-encryption\"],\"key\":\"0f0e0d0c0b0a09080706050403020100\"}",
		  "\"iuSigConId\":658188");
	/*
	 * RelocationRequired with the other alternatives: SourceID sAI: 40 = 0 1 (sAI) 0 pad,
	 * 62 f2 10, 00 01 (LAC), 00 03 (SAC); TargetID cGI: 40 = 0 1 (cGI) 0, 62 f2 10,
	 * 00 01 (LAC), 00 02 (CI); then a TargetID targeteNB-ID (an extension alternative):
	 * 80 = 1 (extension) 0 000000 (index 0), open type 0d and the TargetENB-ID of
	 * tests/check_ranap_ies.c (RELOC_REQUIRED_ENB): macro eNB 0x12345, TAC 7
	 */
	expect_ok("0002002e 000003 003c 40 08 40 62f210 0001 0003"
		  "003e 00 08 40 62f210 0001 0002 003e 00 0f 80 0d 00 62f210 00 123450 62f210 0007",
		  "\"sourceId\":{\"choice\":\"sAI\",\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":1,\"sac\":3}",
		  "\"targetId\":{\"choice\":\"cGI\",\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":1,\"ci\":2}",
		  "\"targetId\":{\"choice\":\"targeteNB-ID\",\"targetEnbId\":{");
	/*
	 * RelocationPreparationFailure: 40 (unsuccessfulOutcome) 02 00 08 | 00 00 01 |
	 * 00 04 40 01 41 = 0 100 (misc) 0001 (114)
	 */
	expect_ok("40020008 000001 0004 40 01 41", "\"pdu\":\"unsuccessfulOutcome\"",
		  "\"message\":\"RelocationPreparationFailure\"",
		  "\"cause\":{\"choice\":\"misc\",\"value\":114,\"name\":\"no-resource-available\"}");
	/*
	 * RelocationFailure with the extension alternative of Cause: 80 = 1 (extension)
	 * 0 000000 (index 0: radioNetworkExtension), open type 01 0b: INTEGER (257..512) in
	 * one aligned octet, 257 + 11 = 268
	 */
	expect_ok("4003000a 000001 0004 40 03 80010b", "\"message\":\"RelocationFailure\"",
		  "\"cause\":{\"choice\":\"radioNetworkExtension\",\"value\":268,"
		  "\"name\":\"cS-fallback-triggered\"}");
	/* the other Cause alternatives: 0 001 (transmissionNetwork) 0001 -> 11: 66;
	 * 0 010 (nAS) 0010 -> 22: 83; 0 011 (protocol) 0000 -> 30: 97;
	 * 0 101 (non-Standard) 0000100 -> 50 80: 133 */
	expect_ok("00010008 000001 0004 40 01 11", "\"choice\":\"transmissionNetwork\",\"value\":66,"
		  "\"name\":\"iu-transport-connection-failed-to-establish\"");
	expect_ok("00010008 000001 0004 40 01 22",
		  "\"choice\":\"nAS\",\"value\":83,\"name\":\"normal-release\"");
	expect_ok("00010008 000001 0004 40 01 30", "\"choice\":\"protocol\",\"value\":97,"
		  "\"name\":\"transfer-syntax-error\"");
	expect_ok("00010009 000001 0004 40 02 5080", "\"choice\":\"non-Standard\",\"value\":133,"
		  "\"name\":\"non-standard (133)\"");
	/*
	 * RelocationRequestAcknowledge (20 successful, 03, 1b = 27) with RAB-FailedList (35):
	 * 00 (one container: count - 1 in one aligned octet) 00 01 (one field) | 00 22
	 * RAB-FailedItem 40 03 | 0 (no extension) 0 (no iE-Extensions), RAB-ID 00000111 (7),
	 * Cause 0 000 (radioNetwork) 000110 (7): 0000 0001 | 1100 0000 | 0110 pad -> 01 c0 60;
	 * then ChosenIntegrityProtectionAlgorithm (6): 0001 (UIA2) pad -> 10, and
	 * ChosenEncryptionAlgorithm (5): 0010 (UEA2) pad -> 20
	 */
	expect_ok("2003001b 000003 0023 40 0a 00 0001 0022 40 03 01c060 0006 00 01 10 0005 40 01 20",
		  "\"message\":\"RelocationRequestAcknowledge\"",
		  "\"rabs\":[{\"id\":34,\"name\":\"RAB-FailedItem\",\"criticality\":\"ignore\",\"rabId\":7,"
		  "\"cause\":{\"choice\":\"radioNetwork\",\"value\":7,\"name\":\"trellocalloc-expiry\"}",
		  "\"chosenIntegrityProtectionAlgorithm\":\"standard-UMTS-integrity-algorithm-UIA2\"",
		  "\"chosenEncryptionAlgorithm\":\"standard-UMTS-encryption-algorithm-UEA2\"");
	/* SecurityModeCommand's KeyStatus (75): 0 (no extension) 1 (new) -> 40 */
	expect_ok("00060008 000001 004b 00 01 40", "\"message\":\"SecurityModeCommand\"",
		  "\"keyStatus\":\"new\"");
	/* a GMM NAS-PDU: 08 (GMM) 03 (ATTACH COMPLETE): the whole octet is the message type */
	expect_ok("0014400a 000001 0010 40 03 02 0803", "\"protocolDiscriminator\":\"GMM\"",
		  "\"messageType\":3");
	robust(RELOCATION_REQUIRED);
	robust(RELOCATION_REQUEST);
}
END_TEST

/*
 * Iu-ReleaseCommand with protocolExtensions: 00 01 00 16 | 40 = 0 (no extension) 1
 * (protocolExtensions present) pad | 00 01 | 00 04 40 01 11 (Cause transmissionNetwork 66) |
 * 00 01 (ProtocolExtensionContainer SIZE (1..65535): count - 1 = 1, two extensions) |
 * 00 fc End-Of-CSFB 40 01 00 (ENUMERATED, end-of-CSFB; not decoded) |
 * 01 15 LastE-UTRANPLMNIdentity 40 03 62 f2 10
 */
#define IU_RELEASE_COMMAND_EXT "00010016 400001 0004 40 01 11 0001 00fc 40 01 00 0115 40 03 62f210"

START_TEST(test_extensions_and_unknown)
{
	expect_ok(IU_RELEASE_COMMAND_EXT, "\"ies\":[{\"id\":4,",
		  "\"extensions\":[{\"id\":252,\"name\":\"End-Of-CSFB\",\"criticality\":\"ignore\","
		  "\"value\":\"00\"},{\"id\":277,\"name\":\"LastE-UTRANPLMNIdentity\","
		  "\"criticality\":\"ignore\",\"value\":\"62f210\","
		  "\"lastEUtranPlmnIdentity\":{\"mcc\":\"262\",\"mnc\":\"01\"}}]");
	/* Iu-ReleaseComplete (20 01) with an unknown IE id 1000 (03 e8), criticality notify
	 * (80), value ab cd */
	expect_ok("20010009 000001 03e8 80 02 abcd", "\"pdu\":\"successfulOutcome\"",
		  "\"message\":\"Iu-ReleaseComplete\"",
		  "{\"id\":1000,\"name\":\"unknown (1000)\",\"criticality\":\"notify\",\"value\":\"abcd\"}");
	/* an empty ProtocolIE-Container */
	expect_ok("20010003 000000", "\"ies\":[]");
	/* an unknown procedure code 200 */
	expect_ok("00c80003 000000", "\"procedure\":\"unknown (200)\"", "\"ies\":[]");
	/* the extension bit of the message SEQUENCE: 80 = 1 (extension) 0 pad, no IEs, then the
	 * extension bitmap: its normally small length 0 000000 (one bit) and the bit 1
	 * (present) -> 01, then the addition as an open type 01 ff */
	expect_ok("20010006 800000 01 01ff", "\"extensionAdditions\":[\"ff\"]");
	/* a RANAP-PDU extension alternative: 80 = 1 0 000000, open type 02 ab cd */
	expect_ok("8002abcd", "\"pdu\":\"extension alternative (0)\"", "\"value\":\"abcd\"");
	/* PrivateMessage (25): its privateIEs are listed in hex */
	expect_ok("00194003 00 0102", "\"message\":\"PrivateMessage\"", "\"value\":\"000102\"");
	/* the 2-octet length form (10xxxxxx xxxxxxxx), here 80 03 */
	expect_ok("2001 00 8003 000000", "\"message\":\"Iu-ReleaseComplete\"", "\"ies\":[]");
	robust(IU_RELEASE_COMMAND_EXT);
	robust(COMMON_ID);
	robust(DT_CM_SRV_ACK);
	robust(INIT_UE_CM_SRV_REQ);
	robust(IU_RELEASE_COMMAND);
}
END_TEST

START_TEST(test_malformed)
{
	char *s;
	uint8_t junk[MAXV];
	size_t i, k;

	s = render(NULL, 0, 0);
	tu_assert_one_object(s);
	tu_assert_has(s, "\"hex\":\"\",\"error\":{\"offset\":0,"
		      "\"reason\":\"truncated: an empty RANAP-PDU\"}");
	free(s);
	/* criticality 11 (3) is outside ENUMERATED { reject, ignore, notify } */
	expect("0001c003 000000", "\"procedure\":\"Iu-Release\"",
	       "\"error\":{\"offset\":2,"
	       "\"reason\":\"criticality is 3, more than its range allows (3 values)\"}",
	       NULL);
	/* the fragmented length form 11xxxxxx */
	expect("0001 00 c1 00", "\"error\":{\"offset\":3,\"reason\":\"message value: fragmented length",
	       NULL);
	/* Iu-Release has no unsuccessfulOutcome; the message is still listed */
	expect("40010003 000000", "\"ies\":[]",
	       "\"error\":{\"offset\":0,\"reason\":\"procedure Iu-Release has no unsuccessfulOutcome\"}",
	       NULL);
	/* the open type says 9 octets, 5 follow */
	expect("00010009 0000010004",
	       "\"error\":{\"offset\":4,\"reason\":\"truncated in message value: 9 octets, 5 present\"}",
	       NULL);
	/* a Cause of one octet (radioNetwork needs 10 bits) is reported, and the next IE is
	 * still decoded */
	expect("0001000d 000002 0004 40 01 0a 0003 00 01 80",
	       "\"error\":{\"offset\":11,\"reason\":\"truncated in radioNetwork\"}",
	       "\"cnDomainIndicator\":\"ps-domain\"", NULL);
	/* two octets where a CN-DomainIndicator has one */
	expect("00010009 000001 0003 00 02 8000", "\"cnDomainIndicator\":\"ps-domain\"",
	       "\"error\":{\"offset\":12,\"reason\":\"1 octets after the CN-DomainIndicator\"}", NULL);
	/* an IMSI digit 0xa; a PLMN MCC digit 0xb */
	expect("000f400b 000001 0017 40 04 00 21a3f1",
	       "\"error\":{\"offset\":13,\"reason\":\"IMSI digit 4 is 0xa, not a decimal digit\"}", NULL);
	expect("0001000c 000001 0056 40 05 b2f210 0001",
	       "\"error\":{\"offset\":11,"
	       "\"reason\":\"PLMN identity MCC digit is 0xb, not a decimal digit\"}",
	       "\"rncId\":1", NULL);
	/* a NAS-PDU of one octet */
	expect("00144009 000001 0010 40 02 01 05", "\"octets\":\"05\"",
	       "\"reason\":\"NAS-PDU of 1 octets, a layer 3 message has 2 or more\"", NULL);
	/* an octet after the RANAP-PDU */
	expect("20010003 000000 ff",
	       "\"error\":{\"offset\":7,\"reason\":\"1 octets after the RANAP-PDU\"}",
	       NULL);
	/* garbage: a pseudo-random stream, every length up to 300 */
	for (i = 0; i < sizeof(junk); i++)
		junk[i] = (uint8_t)((i * 2654435761u) >> 13);
	for (k = 0; k < 300; k++) {
		s = render(junk, k, 0);
		tu_assert_one_object(s);
		free(s);
		junk[0] = (uint8_t)(k & 0x60);	/* the four root alternatives in turn */
	}
}
END_TEST

Suite *tu_suite_ranap(void)
{
	Suite *s = suite_create("ranap");
	TCase *tc = tcase_create("ranap");

	tcase_add_test(tc, test_published);
	tcase_add_test(tc, test_relocation);
	tcase_add_test(tc, test_extensions_and_unknown);
	tcase_add_test(tc, test_malformed);
	suite_add_tcase(s, tc);
	return s;
}
