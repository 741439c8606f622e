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

#define MAXV 1024

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
		  "\"sendSequenceNumber\":0,\"messageType\":33,\"message\":\"CM SERVICE ACCEPT\","
		  "\"ies\":[],\"octets\":\"0521\"}");
	expect_ok(INIT_UE_CM_SRV_REQ, "\"message\":\"InitialUE-Message\"",
		  "\"cnDomainIndicator\":\"cs-domain\"",
		  "\"lai\":{\"mcc\":\"643\",\"mnc\":\"21\",\"lac\":100}",
		  "\"sai\":{\"mcc\":\"643\",\"mnc\":\"21\",\"lac\":100,\"sac\":0}",
		  "\"message\":\"CM SERVICE REQUEST\"", "\"iuSigConId\":0",
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
		  "\"protocolDiscriminator\":\"CC\"", "\"message\":\"SETUP\"");
}
END_TEST

/* ---- SRNS relocation, built by hand --------------------------------------------------------- */

/*
 * RelocationRequired: 00 | 02 RelocationPreparation | 00 reject | 35 (53) | 00 | 00 06 |
 * 00 38 RelocationType | 00 | 01 | 00 = 0 (no extension) 0 (ue-not-involved) pad
 * 00 04 Cause | 40 | 02 | 0a 80 = 0 000 (radioNetwork) 101010 (1 + 42 = 43) pad
 * 00 3c SourceID | 40 | 06 | 00 = 0 0 (sourceRNC-ID) 0 (no iE-Extensions) pad,
 *	62 f2 10 (MCC 262, MNC 01), 00 7b (RNC-ID 123, two aligned octets)
 * 00 3e TargetID | 00 | 09 | 20 = 0 0 (targetRNC-ID) 1 (rAC present) 0 (no iE-Extensions)
 *	0 (LAI: no iE-Extensions) pad, 62 f2 10, 12 34 (LAC, 16 bits), 05 (RAC, 8 bits),
 *	01 00 (RNC-ID 256)
 * 00 3d Source-ToTarget-TransparentContainer | 00 | 05 | the target is an RNC, so the
 *	SourceRNC-ToTargetRNC-TransparentContainer itself: 00 00 = 0 (no extension) 0000000000
 *	(nothing optional) pad | 01 c0 (rRC-Container: one octet) | 00 = 0 (numberOfIuInstances
 *	1) 0 0 (ue-not-involved) pad (tshark 4.0 dissects it with the same values)
 * 00 14 OldBSS-ToNewBSS-Information | 40 | 04 | 03 length, 01 01 00: the TS 48.008 3.2.3 field
 *	element Extra information (01) of length 1, value 00 (no pre-emption recommended, no UMTS
 *	or E-UTRAN cell reselection preference)
 * (the message is 0x36 = 54 octets long)
 */
#define RELOCATION_REQUIRED "00020036 000006" \
	"0038 00 01 00" \
	"0004 40 02 0a80" \
	"003c 40 06 00 62f210 007b" \
	"003e 00 09 20 62f210 1234 05 0100" \
	"003d 00 05 000001c000" \
	"0014 40 04 03 010100"

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
		  "\"value\":\"000001c000\",\"sourceToTargetTransparentContainer\":{\"containerType\":"
		  "\"SourceRNC-ToTargetRNC-TransparentContainer\",\"rrcContainer\":{\"type\":\"ToTargetRNC-Container\",\"value\":{\"extension\":null},\"hex\":\"c0\"},"
		  "\"numberOfIuInstances\":1,\"relocationType\":\"ue-not-involved\"}}",
		  "\"oldBssToNewBssInformation\":{\"fields\":[{\"identifier\":1,"
		  "\"name\":\"Extra information\",\"value\":\"00\",\"preemptionRecommended\":false,"
		  "\"lcsProcedureInterrupted\":false,\"umtsHandoverNotSupported\":false}],"
		  "\"hex\":\"010100\"}");
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
 * 00 fc End-Of-CSFB 40 01 00 (ENUMERATED { end-of-CSFB, ... }: 0 (root), no index bits) |
 * 01 15 LastE-UTRANPLMNIdentity 40 03 62 f2 10
 */
#define IU_RELEASE_COMMAND_EXT "00010016 400001 0004 40 01 11 0001 00fc 40 01 00 0115 40 03 62f210"

START_TEST(test_extensions_and_unknown)
{
	expect_ok(IU_RELEASE_COMMAND_EXT, "\"ies\":[{\"id\":4,",
		  "\"extensions\":[{\"id\":252,\"name\":\"End-Of-CSFB\",\"criticality\":\"ignore\","
		  "\"value\":\"00\",\"endOfCsfb\":\"end-of-CSFB\"},{\"id\":277,"
		  "\"name\":\"LastE-UTRANPLMNIdentity\","
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
	       "\"error\":{\"offset\":13,\"reason\":\"IMSI digit 4 is '*', not a decimal digit\"}", NULL);
	expect("0001000c 000001 0056 40 05 b2f210 0001",
	       "\"error\":{\"offset\":11,"
	       "\"reason\":\"MCC digit is 0xb, not a decimal digit\"}",
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

/*
 * The information elements of SRNS relocation and RAB assignment: TransportLayerAddress,
 * IuTransportAssociation, RAB-Parameters, the RAB items, CriticalityDiagnostics,
 * TargetENB-ID, the paging IEs and the nesting bound, with the notation above.
 */

/* ---- IEs: published encodings (osmo-ttcn3-hacks RANAP_Selftests.ttcn) ---------------------------- */

/*
 * c_RAB_AssReq: 00 | 00 RAB-Assignment | 40 | 47 | 00 | 00 01 | 00 36 RAB-SetupOrModifyList |
 * 00 | 40 (64) | 00 (one ContainerPair: count - 1, one aligned octet) | 00 01 (one FieldPair) |
 * 00 35 RAB-SetupOrModifyItem | 00 firstCriticality reject | 36 (54 octets) firstValue:
 *  38 = 0 (no extension) 011100 (rAB-Parameters, userPlaneInformation, transportLayer-
 *	Information present) 0 | 02 = 0000001 (RAB-ID 1) 0 (RAB-Parameters: no extension) |
 *  d0 = 1101000 (guaranteedBitRate, transferDelay, allocationOrRetentionPriority) 0 (trafficClass
 *	no extension) | 01 = 00 (conversational) 0 00 (symmetric-bidirectional) 0 (one maxBitrate)
 *	01 (2 octets) | 2f a7 (1 + 12199 = 12200) | 20 = 0 (one guaranteedBitRate) 01 pad |
 *	2f a8 (12200) | 00 = 0 (delivery-order-requested) pad | 00 f4 (maxSDU-Size 244) |
 *  4c = 010 (3 subflows) 0 110 (sDU-ErrorRatio, sDU-FormatInformationParameters) 0 |
 *	08 = 0000 (mantissa 1) 100 (exponent 5) 0 | 0a = 0000 (1) 101 (6) 0 | 02 = 0 (yes, 00)
 *	000001 (2 formats) 0 | 80 = 100 (subflowSDU-Size) pad | 00 51 (81) | 40 = 0 100 pad |
 *	00 27 (39) | 20 = 0 010 0 000 | 28 = 0 (mantissa 1) 010 (exponent 3) 10 (no-error-
 *	detection-consideration) 00 | 14 = 0001 (2 formats) 0 100 | 00 67 (103) | 40 | 00 00 (0) |
 *	22 = 0 010 0 010 | 28 = 0 (mantissa 0100: 5) 010 (3) 10 00 | 14 | 00 3c (60) | 40 |
 *	00 00 |
 *  00 50 (transferDelay 80) | 3d = 0 0 1111 (priorityLevel 15) 0 (shall-not-trigger-pre-emption)
 *	1 (pre-emptable) | 08 = 0 (queueing-not-allowed) 0 0 (userPlaneInformation: no
 *	extension, no iE-Extensions) 0 1 (support-mode-for-predefined-SDU-sizes) 000 | 00 |
 *	10 = 00010 (uP-ModeVersions 0x0002) 0 0 (TransportLayerInformation) 0 (TransportLayer-
 *	Address root size) |
 *  1f (32 bits) | af 02 6e d6 | 40 = 0 1 (bindingID) pad | 47 d4 00 00 |
 * 40 secondCriticality ignore | 01 | 00 = RAB-SetupOrModifyItemSecond, nothing present
 */
#define RAB_ASS_REQ "0000404700000100360040000001003500363802d0012fa7202fa80000f44c080a0280005140" \
	"00272028140067400000222814003c40000000503d0800101faf026ed64047d40000400100"

/*
 * c_RAB_AssResp: 60 (outcome) 00 00 1a | 00 | 00 01 | 00 34 RAB-SetupOrModifiedList | 40 | 13 |
 * 00 (one container) | 00 01 | 00 33 RAB-SetupOrModifiedItem | 40 | 0c |
 * 60 = 0 1100 (transportLayerAddress, iuTransportAssociation) 000 | 08 = 00001 (RAB-ID 1) 0 (root
 * size) 00 | 7c = 011111 (length 31 + 1 = 32 bits) pad | 0a 80 24 22 | 40 = 0 1 (bindingID) pad |
 * e2 04 00 00
 */
#define RAB_ASS_RESP "6000001a000001003440130000010033400c60087c0a80242240e2040000"

START_TEST(test_ies_published)
{
	expect_ok(RAB_ASS_REQ, "\"rabs\":[{\"id\":53,\"name\":\"RAB-SetupOrModifyItem\","
		  "\"firstCriticality\":\"reject\",\"first\":{\"rabId\":1,\"rabParameters\":{"
		  "\"trafficClass\":\"conversational\",\"rabAsymmetryIndicator\":\"symmetric-bidi"
		  "rectional\","
		  "\"maxBitrate\":[12200],\"guaranteedBitRate\":[12200],"
		  "\"deliveryOrder\":\"delivery-order-requested\",\"maxSduSize\":244,\"sduParamet"
		  "ers\":["
		  "{\"sduErrorRatio\":{\"mantissa\":1,\"exponent\":5},"
		  "\"residualBitErrorRatio\":{\"mantissa\":1,\"exponent\":6},"
		  "\"deliveryOfErroneousSdu\":\"yes\","
		  "\"sduFormatInformationParameters\":[{\"subflowSduSize\":81},{\"subflowSduSize"
		  "\":39}]},"
		  "{\"residualBitErrorRatio\":{\"mantissa\":1,\"exponent\":3},"
		  "\"deliveryOfErroneousSdu\":\"no-error-detection-consideration\","
		  "\"sduFormatInformationParameters\":[{\"subflowSduSize\":103},{\"subflowSduSize"
		  "\":0}]},"
		  "{\"residualBitErrorRatio\":{\"mantissa\":5,\"exponent\":3},",
		  "\"sduFormatInformationParameters\":[{\"subflowSduSize\":60},{\"subflowSduSize"
		  "\":0}]}],"
		  "\"transferDelay\":80,\"allocationOrRetentionPriority\":{\"priorityLevel\":15,"
		  "\"preEmptionCapability\":\"shall-not-trigger-pre-emption\","
		  "\"preEmptionVulnerability\":\"pre-emptable\",\"queuingAllowed\":\"queueing-not"
		  "-allowed\"}},"
		  "\"userPlaneInformation\":{\"userPlaneMode\":\"support-mode-for-predefined-SDU-"
		  "sizes\","
		  "\"upModeVersions\":2},\"transportLayerInformation\":{\"transportLayerAddress\":"
		  "{\"bits\":32,\"ipv4\":\"175.2.110.214\"},\"iuTransportAssociation\":"
		  "{\"choice\":\"bindingID\",\"octets\":\"47d40000\"}}},\"firstValue\":\"3802d001",
		  "\"secondCriticality\":\"ignore\",\"second\":{},\"secondValue\":\"00\"}]");
	expect_ok(RAB_ASS_RESP, "\"rabs\":[{\"id\":51,\"name\":\"RAB-SetupOrModifiedItem\","
		  "\"criticality\":\"ignore\",\"rabId\":1,\"transportLayerAddress\":{\"bits\":32,"
		  "\"ipv4\":\"10.128.36.34\"},\"iuTransportAssociation\":{\"choice\":\"bindingID\","
		  "\"octets\":\"e2040000\"},\"value\":\"60087c0a80242240e2040000\"}]");
	robust(RAB_ASS_REQ);
	robust(RAB_ASS_RESP);
}
END_TEST

/* ---- SRNS relocation, built by hand --------------------------------------------------------- */

/*
 * RelocationRequestAcknowledge: 20 (successfulOutcome) 03 00 3c | 00 | 00 02 |
 * 00 32 RAB-SetupList-RelocReqAck | 40 | 1f | 00 (one container) 00 01 | 00 30
 *  RAB-SetupItem-RelocReqAck | 00 | 18 | 60 = 0 110 (transportLayerAddress, iuTransport-
 *  Association) 0000 | 53 = 0101 (RAB-ID 5) 0 (root size) 011 | f8 = 11111 (length 127 + 1 =
 *  128 bits) pad | 20 01 0d b8 00 .. 00 01 (IPv6 2001:db8::1) | 00 = 0 0 (gTP-TEI) pad |
 *  01 02 03 04
 * 00 09 CriticalityDiagnostics | 40 | 12 | 78 = 0 11110 (procedureCode, triggeringMessage,
 *  procedureCriticality, iEsCriticalityDiagnostics) pad | 03 (RelocationResourceAllocation) |
 *  00 = 00 (initiating-message) 00 (reject) pad | 01 (two items: count - 1, aligned octet) |
 *  20 = 0 01 (iE-Extensions) 00 (reject) pad | 00 3d (iE-ID 61) | 00 00 (one extension) |
 *   00 5d TypeOfError | 40 | 01 | 40 = 0 1 (missing) |
 *  48 = 0 10 (repetitionNumber) 01 (ignore) pad | 00 04 (iE-ID 4) | 02 (repetitionNumber 2)
 */
#define RELOC_REQ_ACK "2003003c 000002 0032 40 1f 00 0001 0030 00 18 6053f8" \
	"20010db8000000000000000000000001 00 01020304" \
	"0009 40 12 7803 0001 20 003d 0000 005d 40 01 40 48 0004 02"

/*
 * RelocationRequest: 00 03 00 5d | 00 | 00 04 | 00 04 Cause 40 02 01 40 (relocation-triggered) |
 * 00 03 CN-DomainIndicator 00 01 80 (ps-domain) | 00 31 RAB-SetupList-RelocReq 00 44 | 00 |
 * 00 01 | 00 2f RAB-SetupItem-RelocReq |
 * 00 | 3d (61 octets):
 *  38 = 0 01110 (dataVolumeReportingIndication, pDP-TypeInformation, service-Handover) 00 |
 *  14 = 000101 (RAB-ID 5) 0 (RAB-Parameters: no extension) 0 |
 *  6d = 011011 (trafficHandlingPriority, allocationOrRetentionPriority, relocationRequirement,
 *	iE-Extensions) 0 1 | 0c = 0 (interactive: 10) 0 00 (symmetric-bidirectional) 1 (two
 *	maxBitrates) 10 (3 octets) pad | 05 db ff (1 + 383999 = 384000) | 40 = 01 (2 octets) pad |
 *	f9 ff (64000) | 80 = 1 (delivery-order-not-requested) pad | 2e e0 (maxSDU-Size 12000) |
 *	08 = 000 (one subflow) 0 100 (sDU-ErrorRatio) 0 | 06 = 0000 (mantissa 1) 011 (exponent 4)
 *	0 | 08 = 0000 (1) 100 (5) 0 | 88 = 1 (no: 01) 0001 (trafficHandlingPriority 1) 0 0 (ARP)
 *	0 | b6 = 101 (priorityLevel 5) 1 (may-trigger-pre-emption) 0 (not-pre-emptable)
 *	1 (queueing-allowed) 1 (relocationRequirement: extension) 0 | 00 = 000000 (extension
 *	value 0: realtime) pad | 00 00 (one extension) 00 b1 RAB-Parameter-ExtendedMaxBitrateList
 *	00 05 | 60 = 0 (one) 11 (4 octets) pad | 01 8c ba 7f (16000001 + 25999999 = 42000000) |
 *  8c = 1 (do-not-report) 0 (one PDP-Type) 0 011 (ipv4) 0 0 (userPlaneInformation) |
 *  00 = 0 0 (transparent-mode) 000000 | 00 | 53 = 01 (uP-ModeVersions 0x0001) 0 (root size)
 *	10011 | e0 = 111 (159: 160 bits) pad | 35 00 01 0a 01 02 03 00 .. 00 (NSAP: AFI 35, ICP
 *	0001, IPv4 10.1.2.3) | 00 = 0 0 (gTP-TEI) pad | de ad be ef |
 *  20 = 0 01 (handover-to-GSM-should-not-be-performed) pad
 * 00 4f IuSigConId 40 03 0a 0b 0c
 */
#define RAB_SETUP_RELOC_REQ "38146d0c05dbff40f9ff802ee008060888b600000000b1000560018cba7f8c0000" \
	"53e03500010a0102030000000000000000000000000000deadbeef20"
#define RELOC_REQ "0003005d 000004 0004 40 02 0140 0003 00 01 80" \
	"0031 00 44 00 0001 002f 00 3d " RAB_SETUP_RELOC_REQ "004f 40 03 0a0b0c"

/*
 * RelocationRequired with TargetID targeteNB-ID: 00 02 00 16 | 00 | 00 01 | 00 3e TargetID 00 0f |
 * 80 = 1 (extension) 0000000 (index 0: targeteNB-ID) | 0d (open type, 13 octets) |
 * 00 = 0 (no extension) 0 (no iE-Extensions) pad | 62 f2 10 | 00 = 0 0 (macroENB-ID) pad |
 * 12 34 5 (20 bits: 0x12345) 0 (TAI: no iE-Extensions) pad | 62 f2 10 | 00 07 (TAC)
 */
#define RELOC_REQUIRED_ENB "00020016 000001 003e 00 0f 80 0d 00 62f210 00 123450 62f210 0007"

START_TEST(test_ies_relocation)
{
	expect_ok(RELOC_REQ_ACK, "\"message\":\"RelocationRequestAcknowledge\"",
		  "\"rabs\":[{\"id\":48,\"name\":\"RAB-SetupItem-RelocReqAck\",\"criticality\":\""
		  "reject\","
		  "\"rabId\":5,\"transportLayerAddress\":{\"bits\":128,\"ipv6\":\"2001:db8::1\"},"
		  "\"iuTransportAssociation\":{\"choice\":\"gTP-TEI\",\"octets\":\"01020304\","
		  "\"teid\":16909060},\"value\":\"6053f8",
		  "\"criticalityDiagnostics\":{\"procedureCode\":3,"
		  "\"procedure\":\"RelocationResourceAllocation\",\"triggeringMessage\":\"initiat"
		  "ing-message\","
		  "\"procedureCriticality\":\"reject\",\"iesCriticalityDiagnostics\":["
		  "{\"ieCriticality\":\"reject\",\"ieId\":61,"
		  "\"ieName\":\"Source-ToTarget-TransparentContainer\",\"extensions\":[{\"id\":93,"
		  "\"name\":\"TypeOfError\",\"criticality\":\"ignore\",\"value\":\"40\","
		  "\"typeOfError\":\"missing\"}]},"
		  "{\"ieCriticality\":\"ignore\",\"ieId\":4,\"ieName\":\"Cause\",\"repetitionNumb"
		  "er\":2}]}");
	expect_ok(RELOC_REQ, "\"message\":\"RelocationRequest\"",
		  "{\"id\":47,\"name\":\"RAB-SetupItem-RelocReq\",\"criticality\":\"reject\",\"ra"
		  "bId\":5,"
		  "\"rabParameters\":{\"trafficClass\":\"interactive\","
		  "\"rabAsymmetryIndicator\":\"symmetric-bidirectional\",\"maxBitrate\":[384000,6"
		  "4000],"
		  "\"deliveryOrder\":\"delivery-order-not-requested\",\"maxSduSize\":12000,"
		  "\"sduParameters\":[{\"sduErrorRatio\":{\"mantissa\":1,\"exponent\":4},"
		  "\"residualBitErrorRatio\":{\"mantissa\":1,\"exponent\":5},"
		  "\"deliveryOfErroneousSdu\":\"no\"}],\"trafficHandlingPriority\":1,"
		  "\"allocationOrRetentionPriority\":{\"priorityLevel\":5,"
		  "\"preEmptionCapability\":\"may-trigger-pre-emption\","
		  "\"preEmptionVulnerability\":\"not-pre-emptable\",\"queuingAllowed\":\"queueing"
		  "-allowed\"},"
		  "\"relocationRequirement\":\"realtime\",\"extensions\":[{\"id\":177,"
		  "\"name\":\"RAB-Parameter-ExtendedMaxBitrateList\",\"criticality\":\"reject\","
		  "\"value\":\"60018cba7f\",\"rabParameterExtendedMaxBitrateList\":[42000000]}]},"
		  "\"dataVolumeReportingIndication\":\"do-not-report\",\"pdpTypeInformation\":[\""
		  "ipv4\"],"
		  "\"userPlaneInformation\":{\"userPlaneMode\":\"transparent-mode\",\"upModeVersi"
		  "ons\":1},"
		  "\"transportLayerAddress\":{\"bits\":160,"
		  "\"nsap\":\"3500010a01020300000000000000000000000000\",\"ipv4\":\"10.1.2.3\"},"
		  "\"iuTransportAssociation\":{\"choice\":\"gTP-TEI\",\"octets\":\"deadbeef\","
		  "\"teid\":3735928559},\"serviceHandover\":\"handover-to-GSM-should-not-be-perfo"
		  "rmed\","
		  "\"value\":\"38146d0c");
	expect_ok(RELOC_REQUIRED_ENB, "\"targetId\":{\"choice\":\"targeteNB-ID\",\"targetEnbId\":{"
		  "\"mcc\":\"262\",\"mnc\":\"01\",\"enbIdChoice\":\"macroENB-ID\",\"enbId\":74565,"
		  "\"selectedTai\":{\"mcc\":\"262\",\"mnc\":\"01\",\"tac\":7}},"
		  "\"octets\":\"0062f2100012345062f2100007\"}");
	/*
	 * the same with short-macroENB-ID, an extension alternative of ENB-ID: 00 02 00 18 ...
	 * 00 11 | 80 0f | 00 | 62 f2 10 | 80 = 1 (extension) 0000000 (index 0) | 03 (open type) |
	 * aa f3 40 = 10 1010 1011 1100 1101 (18 bits: 0x2abcd) pad | 00 (TAI) | 62 f2 10 | 00 07
	 */
	expect_ok("00020018 000001 003e 00 11 80 0f 00 62f210 80 03 aaf340 00 62f210 0007",
		  "\"enbIdChoice\":\"short-macroENB-ID\",\"enbId\":175053,\"selectedTai\"");
	robust(RELOC_REQ_ACK);
	robust(RELOC_REQ);
	robust(RELOC_REQUIRED_ENB);
}
END_TEST

/*
 * Paging (14): 00 0e 40 43 | 40 = 0 1 (protocolExtensions) pad | 00 07 |
 * 00 03 CN-DomainIndicator 40 01 80 (ps-domain) |
 * 00 17 PermanentNAS-UE-ID 40 09 50 62 02 11 32 54 76 98 f0 (IMSI 262011234567890) |
 * 00 40 TemporaryUE-ID 40 05 | 40 = 0 1 (p-TMSI) pad | c0 01 02 03 |
 * 00 15 PagingAreaID 40 07 | 40 = 0 1 (rAI) 0 0 (RAI) 0 (LAI) pad | 62 f2 10 | 12 34 (LAC) |
 *  56 (RAC) |
 * 00 16 PagingCause 40 01 | 80 = 1 (extension) 0000000 (value 0: terminating-high-priority-
 *  signalling) |
 * 00 11 NonSearchingIndication 40 01 80 = 1 (searching) |
 * 00 4c DRX-CycleLengthCoefficient 40 01 40 = 01 (6 + 1 = 7) |
 * 00 00 (one extension) 00 60 GlobalCN-ID 40 05 | 62 f2 10 | 00 2a (CN-ID 42)
 */
#define PAGING "000e4043 400007 0003 40 01 80 0017 40 09 5062021132547698f0" \
	"0040 40 05 40c0010203 0015 40 07 4062f210123456 0016 40 01 80 0011 40 01 80" \
	"004c 40 01 40 0000 0060 40 05 62f210002a"

START_TEST(test_ies_paging_and_others)
{
	expect_ok(PAGING, "\"message\":\"Paging\"",
		  "\"temporaryUeId\":{\"choice\":\"p-TMSI\",\"pTmsi\":\"c0010203\"}",
		  "\"pagingAreaId\":{\"choice\":\"rAI\",\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":46"
		  "60,"
		  "\"rac\":86}",
		  "\"pagingCause\":\"terminating-high-priority-signalling\"",
		  "\"nonSearchingIndication\":\"searching\"", "\"drxCycleLengthCoefficient\":7",
		  "\"extensions\":[{\"id\":96,\"name\":\"GlobalCN-ID\",\"criticality\":\"ignore\","
		  "\"value\":\"62f210002a\",\"globalCnId\":{\"mcc\":\"262\",\"mnc\":\"01\",\"cnId"
		  "\":42}}]");
	robust(PAGING);
	/*
	 * Reset (9) with an ExtendedRNC-ID (171) extension: 00 09 40 0b | 40 | 00 00 (no IEs) |
	 * 00 00 | 00 ab 00 02 | 10 00 = 4096 + 4096 (two aligned octets, 61440 values)
	 */
	expect_ok("0009400b 400000 0000 00ab 00 02 1000", "\"extendedRncId\":8192");
	/* ... and 0xf000 = 61440 is outside INTEGER (4096..65535) */
	expect("0009400b 400000 0000 00ab 00 02 f000",
	       "\"error\":{\"offset\":13,\"reason\":\"extendedRncId is 61440, more than its range "
	       "allows (61440 values)\"}", NULL);
	/*
	 * DirectTransfer (20) extension RedirectionCompleted (128): 00 = 0 (root) 0 values:
	 * redirection-completed; TransportLayerAddress IE (67) of an extended size: 80 = 1
	 * (extension) pad, 80 a8 (unconstrained length: 168 bits), 21 octets
	 */
	expect_ok("0014400a 400000 0000 0080 40 01 00", "\"redirectionCompleted\":\"redirection-c"
	"ompleted\"");
	expect_ok("0014401f 000001 0043 40 18 80 80a8 000102030405060708090a0b0c0d0e0f1011121314",
		  "\"transportLayerAddress\":{\"bits\":168,"
		  "\"octets\":\"000102030405060708090a0b0c0d0e0f1011121314\"}");
	/*
	 * UESBI-Iu (118) as an IE: 60 = 0 110 (uESBI-IuA, uESBI-IuB) 0000 | 80 = 100 (length
	 * 0000100: 4 + 1 = 5 bits) pad | a8 = 10101 pad (the bits, aligned) | 00 = 0000000
	 * (uESBI-IuB: 1 bit) pad | 80 = 1 pad
	 */
	expect_ok("0014400c 000001 0076 40 05 6080a80080",
		  "\"uesbiIu\":{\"uesbiIuA\":{\"bits\":5,\"octets\":\"a8\"},"
		  "\"uesbiIuB\":{\"bits\":1,\"octets\":\"80\"}}");
}
END_TEST

/*
 * A RAB-Parameters (background, one maxBitrate of 1 bit/s, one subflow) whose iE-Extensions
 * hold a RAB-Parameters (id 149) again, levels deep:
 * 01 = 0 (no extension) 0000001 (iE-Extensions) | 60 = 0 11 (background) 0 00 0 (one
 * maxBitrate) 0 | 00 = 0 (1 octet) pad | 00 (1 + 0) | 00 = 0 (delivery-order-requested) pad |
 * 00 00 (maxSDU-Size 0) | 00 = 000 (one subflow) 0 000 0 | 01 = 0000 (mantissa 1) 000
 * (exponent 1) 1 | 00 = 0 (no-error-detection-consideration: 10) pad | 00 00 (one extension)
 * 00 95 40 <length> <the inner RAB-Parameters>; the innermost has 00 (nothing optional) first
 */
static size_t nest(uint8_t *out, int levels)
{
	static const uint8_t head[] = { 0x01, 0x60, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
					0x00, 0x00, 0x00, 0x95, 0x40 };
	size_t n;

	if (levels == 0) {
		memcpy(out, head, 10);
		out[0] = 0x00;
		return 10;
	}
	memcpy(out, head, sizeof(head));
	n = nest(out + sizeof(head) + 1, levels - 1);
	out[sizeof(head)] = (uint8_t)n;
	return sizeof(head) + 1 + n;
}

START_TEST(test_ies_depth_and_malformed)
{
	uint8_t buf[MAXV];
	size_t n, v;
	const char *s2;
	char *s;
	int count = 0;

	/* RAB-AssignmentRequest 00 00 40 <length> | 00 | 00 01 | 00 95 RAB-Parameters 40 <len> */
	memcpy(buf, "\x00\x00\x40\x00\x00\x00\x01\x00\x95\x40", 10);
	v = nest(buf + 11, 6);		/* RAB-Parameters at depths 2 (the IE) to 8 */
	buf[10] = (uint8_t)v;
	buf[3] = (uint8_t)(v + 7);
	n = 11 + v;
	s = render(buf, n, 0);
	tu_assert_one_object(s);
	tu_assert_hasnt(s, "\"error\"");
	for (s2 = s; (s2 = strstr(s2, "\"trafficClass\":\"background\"")) != NULL; s2++)
		count++;
	/* decoded at depths 2 to RANAP_MAX_DEPTH (6); 7 and 8 in hex only */
	ck_assert_int_eq(count, 5);
	/* the value at depth 7, holding the one at depth 8, is listed in hex only */
	tu_assert_has(s, "{\"id\":149,\"name\":\"RAB-Parameters\",\"criticality\":\"ignore\","
		      "\"value\":\"0160000000000000010000000095400a00600000000000000100\"}]");
	free(s);
	for (v = 0; v < n; v++) {
		s = render(buf, v, 0);
		tu_assert_has(s, "\"error\":{\"offset\":");
		free(s);
	}

	/* an SDU error ratio mantissa 1001 (10) in the RAB-SetupItem-RelocReq: 06 -> 96 */
	expect("0003005d 000004 0004 40 02 0140 0003 00 01 80"
	       "0031 00 44 00 0001 002f 00 3d 38146d0c05dbff40f9ff802ee00896"
	       "0888b600000000b1000560018cba7f8c000053e03500010a0102030000000000000000000000000000"
	       "deadbeef20 004f 40 03 0a0b0c",
	       "\"error\":{\"offset\":43,\"reason\":\"mantissa is 9, more than its range allows "
	       "(9 values)\"}", "\"iuSigConId\":658188", NULL);
	/*
	 * RAB-Parameters (149) with a maxBitrate of f4 24 00 (0 + 16000000, one more than
	 * INTEGER (1..16000000) holds): 00 | 61 = 011 000 0 1 (10: 3 octets) | 00 pad | f4 24 00
	 */
	expect("0000400d 000001 0095 40 06 006100f42400",
	       "\"error\":{\"offset\":12,\"reason\":\"maxBitrate is 16000000, more than its range "
	       "allows (16000000 values)\"}", NULL);
	/* c_RAB_AssReq with one octet more in the firstValue (37 octets, and the lengths) */
	expect("0000404800000100360041000001003500373802d0012fa7202fa80000f44c080a0280005140"
	       "00272028140067400000222814003c40000000503d0800101faf026ed64047d4000000400100",
	       "\"upModeVersions\":2", "\"secondValue\":\"00\"",
	       "\"error\":{\"offset\":72,\"reason\":\"1 octets after the RAB-SetupOrModifyItemFir"
	       "st\"}",
	       NULL);
	/* a TransportLayerAddress of 8 bits: neither IPv4, IPv6 nor NSAP, so the bits in hex:
	 * 03 = 0 (root size) 0000011 | 80 = 1 (length 7 + 1 = 8) pad | ab */
	expect_ok("0014400a 000001 0043 40 03 0380ab",
		  "\"transportLayerAddress\":{\"bits\":8,\"octets\":\"ab\"}");
}
END_TEST

/* ---- the transparent containers of relocation (9.2.1.28, 9.2.1.30) -------------------------- */

/*
 * SourceRNC-ToTargetRNC-TransparentContainer with every component but targetCellId:
 * 7f 60 = 0 (no extension) 1111111 (chosenIntegrityProtectionAlgorithm, integrityProtection-
 *	Key, chosenEncryptionAlgorithForSignalling, cipheringKey, ...ForCS, ...ForPS, d-RNTI) |
 *	0 (no targetCellId) 1 (rAB-TrCH-Mapping) 1 (iE-Extensions) pad
 * 01 c0: rRC-Container, one octet (TS 25.331 ToTargetRNC-Container: 11 extension, NULL)
 * 02 = 0 (numberOfIuInstances 1) 0 0 (relocationType: no extension, ue-not-involved)
 *	0001 (UIA2) pad | 00 11 .. ff: integrityProtectionKey, 128 bits aligned
 * 10 = 0001 (signalling: UEA1) pad | f0 e0 .. 00: cipheringKey
 * 21 = 0010 (CS: UEA2) 0001 (PS: UEA1)
 * 80 = 10 (d-RNTI INTEGER (0..1048575): 3 octets) pad | 01 23 45 (74565)
 * 00: rAB-TrCH-Mapping, one item (count - 1 in one aligned octet) |
 *	41 4a 00 = 0 (no extension) 1 (iE-Extensions) 00000101 (RAB-ID 5) 001 (two TrCH-IDs)
 *	0 1000 (dCH-ID present) pad | 20 (dCH-ID 32) |
 *	18 = 0 0011 (uSCH-ID, iE-Extensions) pad | 07 (uSCH-ID 7) |
 *	00 00 (one extension) 00 75 hS-DSCH-MAC-d-Flow-ID 40 01 60 = 011 (3) pad |
 *	the item's extension: 00 00 00 03 CN-DomainIndicator 40 01 80 (ps-domain)
 * the container's extension: 00 00 | 00 62 SRB-TrCH-Mapping 00 (reject) 03 |
 *	00 50 = 000 (one item) 0 0 00001 (sRB-ID 2) 0 1000 (dCH-ID) pad | 21 (dCH-ID 33)
 */
#define S2T_CONTAINER "7f60 01c0 02 00112233445566778899aabbccddeeff" \
	"10 f0e0d0c0b0a090807060504030201000 21 80012345" \
	"00 414a00 20 1807 0000 0075 40 01 60 0000 0003 40 01 80 0000 0062 00 03 005021"

/*
 * RelocationRequest (00 03 00 62) | 00 00 04 | Cause 00 04 40 02 01 40 (relocation-triggered) |
 * CN-DomainIndicator 00 03 00 01 00 (cs-domain) | 00 3d Source-ToTarget-TransparentContainer
 * 00 49 (73 octets): S2T_CONTAINER | IuSigConId 00 4f 40 03 0a 0b 0c.
 * tshark 4.0 dissects it with the same values, field by field.
 */
#define RELOC_REQ_CONTAINER "00030062 000004 0004 40 02 0140 0003 00 01 00 003d 00 49" \
	S2T_CONTAINER "004f 40 03 0a0b0c"

/*
 * RelocationRequestAcknowledge (20 03 00 13) | 00 00 02 |
 * 00 3f Target-ToSource-TransparentContainer 40 07: TargetRNC-ToSourceRNC-TransparentContainer
 *	40 = 0 (no extension) 1 (d-RNTI) 0 (no iE-Extensions) pad | 01 b0 (rRC-Container: TS 25.331
 *	TargetRNC-ToSourceRNC-Container 101 rrc-FailureInfo, 1 criticalExtensions) |
 *	80 = 10 (3 octets) pad | 0f ff ff (d-RNTI 1048575, the largest)
 * 00 06 ChosenIntegrityProtectionAlgorithm 40 01 10 (UIA2).
 * tshark 4.0 dissects it with the same values.
 */
#define RELOC_REQ_ACK_CONTAINER "20030013 000002 003f 40 07 4001b0800fffff 0006 40 01 10"

static void emit_type(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	tk_emit_ranap_type(e, *(const enum tk_ranap_type *)arg, p, n);
}

/* a tk_emit_ranap_type() value: the needles (up to NULL) */
static void expect_type(enum tk_ranap_type t, const char *tmpl, ...)
{
	va_list ap;

	va_start(ap, tmpl);
	tu_vexpect(emit_type, &t, tmpl, 1, ap);
	va_end(ap);
}

/* every truncation of a tk_emit_ranap_type() value is an error, one octet more too */
static void truncated_type(enum tk_ranap_type t, const char *tmpl)
{
	uint8_t buf[MAXV + 1];
	size_t n = tu_ber(tmpl, buf, MAXV), k;
	char *s, needle[64];

	for (k = 0; k < n; k++) {
		s = tu_render(emit_type, &t, buf, k, 0);
		tu_assert_one_object(s);
		tu_assert_has(s, "\"error\":{\"offset\":");
		free(s);
	}
	buf[n] = 0;
	s = tu_render(emit_type, &t, buf, n + 1, 0);
	snprintf(needle, sizeof(needle), "\"error\":{\"offset\":%zu,", n);
	tu_assert_has(s, needle);
	free(s);
	tu_exhaustive(emit_type, &t, tmpl);
}

START_TEST(test_containers)
{
	const enum tk_ranap_type s2t = TK_RANAP_SOURCE_RNC_TO_TARGET_RNC_CONTAINER;
	const enum tk_ranap_type t2s = TK_RANAP_TARGET_RNC_TO_SOURCE_RNC_CONTAINER;

	expect_ok(RELOC_REQ_CONTAINER, "\"message\":\"RelocationRequest\"",
		  "{\"id\":61,\"name\":\"Source-ToTarget-TransparentContainer\","
		  "\"criticality\":\"reject\","
		  "\"value\":\"7f6001c002",
		  "\"sourceToTargetTransparentContainer\":{\"containerType\":"
		  "\"SourceRNC-ToTargetRNC-TransparentContainer\",\"rrcContainer\":{\"type\":\"ToTargetRNC-Container\",\"value\":{\"extension\":null},\"hex\":\"c0\"},"
		  "\"numberOfIuInstances\":1,\"relocationType\":\"ue-not-involved\","
		  "\"chosenIntegrityProtectionAlgorithm\":"
		  "\"standard-UMTS-integrity-algorithm-UIA2\","
		  "\"integrityProtectionKey\":\"00112233445566778899aabbccddeeff\","
		  "\"chosenEncryptionAlgorithmForSignalling\":"
		  "\"standard-UMTS-encryption-algorith-UEA1\","
		  "\"cipheringKey\":\"f0e0d0c0b0a090807060504030201000\","
		  "\"chosenEncryptionAlgorithmForCs\":\"standard-UMTS-encryption-algorithm-UEA2\","
		  "\"chosenEncryptionAlgorithmForPs\":\"standard-UMTS-encryption-algorith-UEA1\","
		  "\"dRnti\":74565,\"rabTrchMapping\":[{\"rabId\":5,\"trchIdList\":[{\"dchId\":32},"
		  "{\"uschId\":7,\"extensions\":[{\"id\":117,\"name\":\"hS-DSCH-MAC-d-Flow-ID\","
		  "\"criticality\":\"ignore\",\"value\":\"60\",\"hsDschMacDFlowId\":3}]}],"
		  "\"extensions\":[{\"id\":3,\"name\":\"CN-DomainIndicator\","
		  "\"criticality\":\"ignore\","
		  "\"value\":\"80\",\"cnDomainIndicator\":\"ps-domain\"}]}],"
		  "\"extensions\":[{\"id\":98,\"name\":\"SRB-TrCH-Mapping\","
		  "\"criticality\":\"reject\","
		  "\"value\":\"005021\",\"srbTrchMapping\":[{\"srbId\":2,"
		  "\"trchId\":{\"dchId\":33}}]}]}}",
		  "\"iuSigConId\":658188");
	expect_ok(RELOC_REQ_ACK_CONTAINER, "\"message\":\"RelocationRequestAcknowledge\"",
		  "{\"id\":63,\"name\":\"Target-ToSource-TransparentContainer\","
		  "\"criticality\":\"ignore\","
		  "\"value\":\"4001b0800fffff\","
		  "\"targetToSourceTransparentContainer\":{\"containerType\":"
		  "\"TargetRNC-ToSourceRNC-TransparentContainer\",\"rrcContainer\":{\"type\":\"TargetRNC-ToSourceRNC-Container\",\"value\":{\"rrc-FailureInfo\":{\"criticalExtensions\":{}}},\"hex\":\"b0\"},"
		  "\"dRnti\":1048575}}",
		  "\"chosenIntegrityProtectionAlgorithm\":"
		  "\"standard-UMTS-integrity-algorithm-UIA2\"");
	robust(RELOC_REQ_CONTAINER);
	robust(RELOC_REQ_ACK_CONTAINER);
	robust(RELOCATION_REQUIRED);
	/*
	 * RelocationRequest (00 03 00 15) with the ue-involved form: 00 00 02 | CN-DomainIndicator
	 * 00 03 00 01 00 | 00 3d 00 09: 00 80 = 0 (no extension) 0000000 | 1 (targetCellId) 0 0
	 * pad | 01 c0 | b8 = 1 (numberOfIuInstances 2) 0 1 (ue-involved) 11 (targetCellId
	 * INTEGER (0..268435455): 4 octets) pad | 0f ff ff ff (268435455).  tshark 4.0: the same.
	 */
	expect_ok("00030015 000002 0003 00 01 00 003d 00 09 008001c0b80fffffff",
		  "\"sourceToTargetTransparentContainer\":{\"containerType\":"
		  "\"SourceRNC-ToTargetRNC-TransparentContainer\",\"rrcContainer\":{\"type\":\"ToTargetRNC-Container\",\"value\":{\"extension\":null},\"hex\":\"c0\"},"
		  "\"numberOfIuInstances\":2,\"relocationType\":\"ue-involved\","
		  "\"targetCellId\":268435455}");
	/*
	 * The message's TargetID decides the container: RelocationRequired (00 02 00 2a) with the
	 * container (00 3d 00 10) before a TargetID targeteNB-ID (that of RELOC_REQUIRED_ENB): an
	 * E-UTRAN container, kept in hex and decoded as the TS 36.413 9.2.1.7 type (s1ap.c) under
	 * "s1ap": 00 (nothing optional) | 05 00 14 02 0a 0b (rRC-Container: a
	 * HandoverPreparationInformation) | 00 62 f2 10 01 23 45 6 (targetCell-ID 262-01
	 * 0x0123456) 0000 (one cell) | 40 = 0 10 (gERAN-Cell) 0 pad.  tshark 4.0 reads the
	 * container as the RNC one and finds it malformed; as the Source-ToTarget-
	 * TransparentContainer of an S1AP HandoverRequired (tests/check_s1ap.c) it shows the same
	 * values as here.
	 */
	expect_ok("0002002a 000002 003d 00 10 00050014020a0b0062f2100123456040"
		  "003e 00 0f 80 0d 00 62f210 00 123450 62f210 0007",
		  "\"sourceToTargetTransparentContainer\":{\"containerType\":"
		  "\"SourceeNodeB-ToTargeteNodeB-TransparentContainer (TS 36.413)\","
		  "\"octets\":\"00050014020a0b0062f2100123456040\",\"s1ap\":{\"type\":"
		  "\"SourceeNB-ToTargeteNB-TransparentContainer\",\"rrcContainer\":{\"type\":"
		  "\"HandoverPreparationInformation\",\"value\":{\"criticalExtensions\":{\"c1\":"
		  "{\"handoverPreparationInformation-r8\":{\"ue-RadioAccessCapabilityInfo\":"
		  "[{\"rat-Type\":\"cdma2000-1XRTT\",\"ueCapabilityRAT-Container\":\"0a0b\"}]}}}},"
		  "\"hex\":\"0014020a0b\"},\"targetCellId\":{\"mcc\":\"262\",\"mnc\":\"01\","
		  "\"eci\":1193046,\"enbId\":4660,\"cellId\":86},\"ueHistoryInformation\":"
		  "[{\"choice\":\"gERAN-Cell\",\"geranCell\":\"undefined\"}],"
		  "\"hex\":\"00050014020a0b0062f2100123456040\"}}",
		  "\"enbIdChoice\":\"macroENB-ID\"");
	/* a container that is not a valid eNB one (40 02 ab cd: e-RABInformationList announced,
	 * the RRC container ab cd, then nothing): the error stays in "s1ap", at the offset in
	 * the container, and the TargetID after it is decoded */
	expect("0002001e 000002 003d 00 04 4002abcd"
	       "003e 00 0f 80 0d 00 62f210 00 123450 62f210 0007",
	       "\"octets\":\"4002abcd\",\"s1ap\":{\"type\":"
	       "\"SourceeNB-ToTargeteNB-TransparentContainer\",",
	       "\"hex\":\"4002abcd\",\"error\":{\"offset\":4,\"reason\":\"truncated in "
	       "erabInformationList\"}}}}", "\"enbIdChoice\":\"macroENB-ID\"", NULL);
	robust("0002002a 000002 003d 00 10 00050014020a0b0062f2100123456040"
	       "003e 00 0f 80 0d 00 62f210 00 123450 62f210 0007");
	/* ... and with a TargetID cGI (40 62 f2 10 00 01 00 02): a GERAN (TS 48.018) one */
	expect_ok("00020016 000002 003e 00 08 40 62f210 0001 0002 003d 00 03 1381ab",
		  "\"targetId\":{\"choice\":\"cGI\"",
		  "\"sourceToTargetTransparentContainer\":{\"containerType\":"
		  "\"SourceBSS-ToTargetBSS-TransparentContainer (TS 48.018)\","
		  "\"octets\":\"1381ab\"}");
	/* a TargetID extension alternative other than targeteNB-ID (80 = 1 0 000001: index 1,
	 * open type 01 00): the container is of an unknown kind */
	expect_ok("00020010 000002 003e 00 03 810100 003d 00 02 abcd",
		  "\"containerType\":\"unknown (the TargetID is an extension alternative)\","
		  "\"octets\":\"abcd\"");
	/* RelocationCommand (20 02 00 0a) has no TargetID: the RNC container, here 00 = 0 0 0
	 * (nothing optional) pad, 01 b0 */
	expect_ok("2002000a 000001 003f 00 03 0001b0", "\"message\":\"RelocationCommand\"",
		  "\"targetToSourceTransparentContainer\":{\"containerType\":"
		  "\"TargetRNC-ToSourceRNC-TransparentContainer\",\"rrcContainer\":{\"type\":\"TargetRNC-ToSourceRNC-Container\",\"value\":{\"rrc-FailureInfo\":{\"criticalExtensions\":{}}},\"hex\":\"b0\"}}");
	/* the extension marker: 80 = 1 (extension) 0 0 pad, 01 b0, then the bitmap 0 000000 (one
	 * bit) 1 (present) -> 01 and the addition as an open type 01 ff (tshark: "unknown
	 * sequence extension") */
	expect_ok("2003000d 000001 003f 40 06 8001b00101ff",
		  "\"targetToSourceTransparentContainer\":{\"containerType\":"
		  "\"TargetRNC-ToSourceRNC-TransparentContainer\",\"rrcContainer\":{\"type\":\"TargetRNC-ToSourceRNC-Container\",\"value\":{\"rrc-FailureInfo\":{\"criticalExtensions\":{}}},\"hex\":\"b0\"},"
		  "\"extensionAdditions\":[\"ff\"]}");
	/* malformed: a d-RNTI of 10 00 00 (1048576), one more than INTEGER (0..1048575) holds,
	 * reported at its length bits (offset 14) */
	expect("20030013 000002 003f 40 07 4001b080100000 0006 40 01 10", "\"rrcContainer\":{\"type\":\"TargetRNC-ToSourceRNC-Container\",\"value\":{\"rrc-FailureInfo\":{\"criticalExtensions\":{}}},\"hex\":\"b0\"}",
	       "\"error\":{\"offset\":14,\"reason\":\"dRnti is 1048576, more than its range allows "
	       "(1048576 values)\"}",
	       "\"chosenIntegrityProtectionAlgorithm\":\"standard-UMTS-integrity-algorithm-UIA2\"",
	       NULL);
	/* a trCH-ID-List count of 111 (8 TrCH-IDs, more than maxRAB-Subflows 7): 41 4a -> 41 7a,
	 * reported at offset 67 (the 4a octet), and the IE after the container still decoded */
	expect("00030062 000004 0004 40 02 0140 0003 00 01 00 003d 00 49"
	       "7f6001c00200112233445566778899aabbccddeeff10f0e0d0c0b0a090807060504030201000"
	       "2180012345 00 417a00 20 1807 0000 0075 40 01 60 0000 0003 40 01 80 0000 0062 00 03"
	       "005021 004f 40 03 0a0b0c",
	       "\"rabTrchMapping\":[{\"rabId\":5}]",
	       "\"error\":{\"offset\":67,\"reason\":\"trCH-ID-List is 7,"
	       " more than its range allows "
	       "(7 values)\"}", "\"iuSigConId\":658188", NULL);
	/* the containers as types of their own (TS 48.008 Source RNC to target RNC transparent
	 * information, MAP): the same fields under the type's key */
	expect_type(TK_RANAP_SOURCE_RNC_TO_TARGET_RNC_CONTAINER, S2T_CONTAINER,
		    "\"sourceRncToTargetRncTransparentContainer\":{\"rrcContainer\":{\"type\":\"ToTargetRNC-Container\",\"value\":{\"extension\":null},\"hex\":\"c0\"},"
		    "\"numberOfIuInstances\":1,",
		    "\"srbTrchMapping\":[{\"srbId\":2,\"trchId\":{\"dchId\":33}}]}]}", NULL);
	tu_expect_no_error(emit_type, &s2t, S2T_CONTAINER);
	expect_type(TK_RANAP_TARGET_RNC_TO_SOURCE_RNC_CONTAINER, "4001b0800fffff",
		    "{\"targetRncToSourceRncTransparentContainer\":{\"rrcContainer\":{\"type\":\"TargetRNC-ToSourceRNC-Container\",\"value\":{\"rrc-FailureInfo\":{\"criticalExtensions\":{}}},\"hex\":\"b0\"},"
		    "\"dRnti\":1048575},\"hex\":\"4001b0800fffff\"}", NULL);
	tu_expect_empty_error(emit_type, &t2s, "empty");
	/*
	 * LastVisitedUTRANCell-Item (the UTRAN cell of the TS 36.413 UE history): 40 = 0 1
	 * (iE-Extensions) 0 (UTRAN-CellID: no iE-Extensions) pad | 62 f2 10 | 80 = 10 (cellID in
	 * 3 octets) pad | 12 34 56 (1193046) | 20 = 0 01 (micro) pad | 00 3c (60 s) | 00 01 (two) |
	 * 00 fd Time-UE-StayedInCell-EnhancedGranularity 40 02 02 59 (601) | 01 01 HO-Cause 40 02
	 * 03 40 (radioNetwork 14).  tshark 4.0, as the uTRAN-Cell of an S1AP UE-HistoryInformation
	 * in a RANAP UE-History-Information: the same.
	 */
	expect_type(TK_RANAP_LAST_VISITED_UTRAN_CELL_ITEM,
		    "4062f2108012345620003c 0001 00fd 40 02 0259 0101 40 02 0340",
		    "{\"lastVisitedUtranCellItem\":{\"utranCellId\":{\"mcc\":\"262\",\"mnc\":\"01\","
		    "\"cellId\":1193046},\"cellType\":\"micro\",\"timeUeStayedInCell\":60,"
		    "\"extensions\":[{\"id\":253,\"name\":\"Time-UE-StayedInCell-EnhancedGranularity\","
		    "\"criticality\":\"ignore\",\"value\":\"0259\","
		    "\"timeUeStayedInCellEnhancedGranularity\":601},{\"id\":257,\"name\":\"HO-Cause\","
		    "\"criticality\":\"ignore\",\"value\":\"0340\",\"hoCause\":{\"choice\":"
		    "\"radioNetwork\",\"value\":14,\"name\":"
		    "\"failure-in-the-radio-interface-procedure\"}}]},\"hex\":", NULL);
	truncated_type(TK_RANAP_LAST_VISITED_UTRAN_CELL_ITEM,
		       "4062f2108012345620003c 0001 00fd 40 02 0259 0101 40 02 0340");
	/* an extension outside LastVisitedUTRANCell-Item-ExtIEs, here a UE-History-Information
	 * (00 c8, 01 04: a UE history of one GERAN cell), is listed, not decoded: RANAP in S1AP
	 * in RANAP ... cannot nest */
	{
		enum tk_ranap_type lv = TK_RANAP_LAST_VISITED_UTRAN_CELL_ITEM;
		uint8_t buf[32];
		size_t n = tu_ber("4062f2108012345620003c 0000 00c8 40 02 0104", buf, sizeof(buf));
		char *js = tu_render(emit_type, &lv, buf, n, 0);

		tu_assert_has(js, "\"extensions\":[{\"id\":200,\"name\":\"UE-History-Information\","
			      "\"criticality\":\"ignore\",\"value\":\"0104\"}]},\"hex\":");
		tu_assert_hasnt(js, "\"s1ap\"");
		free(js);
	}
	/* a cellType extension value (82 = 1 0 000010: the third) is named by its number, not an
	 * error */
	expect_type(TK_RANAP_LAST_VISITED_UTRAN_CELL_ITEM, "0062f2108012345682003c",
		    "\"cellType\":\"extension value (2)\",\"timeUeStayedInCell\":60}", NULL);
	tu_expect_no_error(emit_type, &(enum tk_ranap_type){ TK_RANAP_LAST_VISITED_UTRAN_CELL_ITEM },
			   "0062f2108012345682003c");
	truncated_type(TK_RANAP_SOURCE_RNC_TO_TARGET_RNC_CONTAINER, S2T_CONTAINER);
	truncated_type(TK_RANAP_SOURCE_RNC_TO_TARGET_RNC_CONTAINER, "008001c0b80fffffff");
	truncated_type(TK_RANAP_TARGET_RNC_TO_SOURCE_RNC_CONTAINER, "4001b0800fffff");
}
END_TEST

/* ---- the TS 24.008 / 48.008 / 48.018 values inside RANAP ------------------------------------ */

/*
 * RelocationRequired toward a GSM cell (00 02 00 60) | 40 = 0 1 (protocolExtensions) pad |
 * 00 07 |
 * RelocationType 00 38 00 01 00 | Cause 00 04 40 02 0a 80 | SourceID 00 3c 40 06 00 62f210 007b |
 * 00 3e TargetID 00 08 | 40 = 0 1 (cGI) 0 (no iE-Extensions) pad | 62 f2 10 | 00 01 | 00 02 |
 * 00 07 ClassmarkInformation2 00 04 | 03 (OCTET STRING length) | the TS 24.008 10.5.1.6 value:
 *	33 = 0 01 (phase 2) 1 (ES IND) 0 (A5/1 available) 011 (class 4) |
 *	59 = 0 1 (PS) 01 (SS screening) 1 (SM) 0 0 1 (FC) |
 *	a2 = 1 (CM3) 0 1 (LCS VA) 0 (UCS2) 0 0 1 (A5/3) 0 (A5/2)
 * 00 08 ClassmarkInformation3 40 0a | 09 | the TS 24.008 10.5.1.7 value of tests/check_csn1.c
 *	(test_cm3_capture): 60 14 04 ef 65 23 02 00 10
 * 00 14 OldBSS-ToNewBSS-Information 40 08 | 07 | TS 48.008 3.2.3 field elements: 02 02 01 08
 *	(Current Channel Type 2: speech, 1 full rate TCH), 01 01 00 (Extra information)
 * 00 01 (two extensions) |
 * 00 6c GERAN-Classmark 40 03 | 02 ab cd |
 * 00 a1 SourceBSS-ToTargetBSS-TransparentContainer 40 0c | 0b | TS 48.018 IEs: 13 82 30 84
 *	(MS Radio Access Capability, length indicator 1 0000010: 2 octets; 0011 0000 | 100 001 0 0:
 *	GSM 1800, 4 bits, RF power 1), 73 00 01 00 (Inter RAT Handover Info, the 2-octet
 *	length indicator 0 000000 00000001; 00: the TS 25.331 InterRATHandoverInfo with its four
 *	CHOICEs absent), 75 81 00 (PS Handover Indications: SI/PSI not requested)
 * tshark 4.0 dissects it with the same values (it lists the classmarks, the GERAN Classmark and
 * the BSS container in hex).
 */
#define RELOC_REQUIRED_GSM "0002005f 400007" \
	"0038 00 01 00 0004 40 02 0a80 003c 40 06 00 62f210 007b" \
	"003e 00 08 40 62f210 0001 0002" \
	"0007 00 04 03 3359a2" \
	"0008 40 0a 09 601404ef6523020010" \
	"0014 40 08 07 02020108 010100" \
	"0001 006c 40 03 02 abcd" \
	"00a1 40 0c 0b 13823084 73000100 758100"

/*
 * RelocationCommand (20 02 00 1c) | 40 | 00 01 | 00 0e L3-Information 40 0a | 09 | the
 * TS 44.018 HANDOVER COMMAND of tests/check_dtap.c: 06 2b c5 0a 0a 0f 2a 55 05 |
 * 00 00 (one extension) 00 a2 TargetBSS-ToSourceBSS-TransparentContainer 40 05 | 04 |
 * 74 82 01 02 (PS Handover Command, 2 octets: rlcmac.c reads MESSAGE_TYPE 0, not a
 * downlink message type, and PAGE_MODE 01).  tshark 4.0 dissects the HANDOVER COMMAND
 * with the same values (BCCH ARFCN 778, handover reference 85, power level 5).
 */
#define RELOC_COMMAND_GSM "2002001c 400001 000e 40 0a 09 062bc50a0a0f2a5505" \
	"0000 00a2 40 05 04 74820102"

/*
 * RelocationFailure (40 03 00 14) | 40 | 00 01 | Cause 00 04 40 02 0a 80 | 00 00 |
 * 00 64 NewBSS-To-OldBSS-Information 40 05 | 04 | 02 02 01 08 (Current Channel Type 2).
 * tshark 4.0: the same field element values.
 */
#define RELOC_FAILURE_GSM "40030014 400001 0004 40 02 0a80 0000 0064 40 05 04 02020108"

START_TEST(test_gsm_values)
{
	expect_ok(RELOC_REQUIRED_GSM, "\"targetId\":{\"choice\":\"cGI\"",
		  "\"classmarkInformation2\":{\"revisionLevel\":\"used by GSM phase 2 mobile "
		  "stations\","
		  "\"esInd\":true,\"a51Available\":true,\"rfPowerCapability\":\"class 4\","
		  "\"psCapability\":true,"
		  "\"ssScreeningIndicator\":\"capability of handling of ellipsis "
		  "notation and phase 2 error handling\",\"smCapability\":true,\"vbs\":false,"
		  "\"vgcs\":false,\"fc\":true,\"cm3\":true,\"lcsVaCapability\":true,",
		  "\"a53Available\":true,\"a52Available\":false,\"hex\":\"3359a2\"}",
		  "\"classmarkInformation3\":{\"multibandSupported\":{\"gsm1800\":true,"
		  "\"eGsmOrRGsm\":true,\"pGsm\":false},",
		  "\"dtmEnhancementsCapability\":true,\"repeatedAcchCapability\":false,"
		  "\"hex\":\"601404ef6523020010\"}",
		  "\"oldBssToNewBssInformation\":{\"fields\":[{\"identifier\":2,"
		  "\"name\":\"Current Channel Type 2\",\"value\":\"0108\","
		  "\"channelMode\":\"speech (full rate or half rate)\","
		  "\"channel\":\"1 full rate TCH\"},"
		  "{\"identifier\":1,\"name\":\"Extra information\",\"value\":\"00\","
		  "\"preemptionRecommended\":false,\"lcsProcedureInterrupted\":false,"
		  "\"umtsHandoverNotSupported\":false}],\"hex\":\"02020108010100\"}",
		  "\"geranClassmark\":{\"note\":\"GERAN Classmark (3.2.2.78) carries GERAN Iu mode "
		  "containers; not decoded, see hex\",\"hex\":\"abcd\"}",
		  "\"sourceBssToTargetBssTransparentContainer\":{\"ies\":[{\"iei\":19,"
		  "\"name\":\"MS Radio Access Capability\",\"length\":2,\"value\":\"3084\","
		  "\"msRadioAccessCapability\":{\"accessTechnologies\":[{\"accessTechnologyType\":"
		  "\"GSM 1800\",\"lengthBits\":4,\"rfPowerCapability\":1}],\"hex\":\"3084\"}},"
		  "{\"iei\":115,\"name\":\"Inter RAT Handover Info\",\"length\":1,"
		  "\"value\":\"00\",\"interRatHandoverInfo\":{\"type\":\"InterRATHandoverInfo\","
		  "\"value\":{\"predefinedConfigStatusList\":{\"absent\":null},",
		  "{\"iei\":117,\"name\":\"PS Handover Indications\",\"length\":1,"
		  "\"value\":\"00\",\"siPsiRequested\":false}],"
		  "\"octets\":\"1382308473000100758100\"}");
	expect_ok(RELOC_COMMAND_GSM, "\"message\":\"RelocationCommand\"",
		  "\"l3Information\":{\"protocolDiscriminator\":\"RR\",\"skipIndicator\":0,"
		  "\"messageType\":43,\"message\":\"HANDOVER COMMAND\","
		  "\"cellDescription\":{\"ncc\":0,\"bcc\":5,\"bcchArfcn\":778},"
		  "\"channelDescription2\":{\"channelTypeCode\":1,\"channelType\":"
		  "\"TCH/F + FACCH/F and SACCH/F\",\"timeslot\":2,\"trainingSequenceCode\":0,"
		  "\"hopping\":false,\"arfcn\":810,\"hex\":\"0a0f2a\"},\"handoverReference\":85,"
		  "\"handoverAccessOptional\":false,\"epcMode\":false,\"fpcEpc\":false,"
		  "\"powerLevel\":5,\"ies\":[],\"octets\":\"062bc50a0a0f2a5505\"}",
		  "\"targetBssToSourceBssTransparentContainer\":{\"ies\":[{\"iei\":116,"
		  "\"name\":\"PS Handover Command\",\"length\":2,\"value\":\"0102\","
		  "\"psHandoverCommand\":{\"messageType\":0,\"messageTypeName\":\"unknown (0)\","
		  "\"pageMode\":1,\"pageModeName\":\"Extended Paging\",\"hex\":\"0102\"}}],"
		  "\"octets\":\"74820102\"}");
	expect_ok(RELOC_FAILURE_GSM, "\"message\":\"RelocationFailure\"",
		  "\"newBssToOldBssInformation\":{\"fields\":[{\"identifier\":2,"
		  "\"name\":\"Current Channel Type 2\",\"value\":\"0108\","
		  "\"channelMode\":\"speech (full rate or half rate)\","
		  "\"channel\":\"1 full rate TCH\"}],"
		  "\"hex\":\"02020108\"}");
	/* GERAN-BSC-Container (107) as an extension of Iu-ReleaseComplete (20 01 00 0c): 40 |
	 * 00 00 (no IEs) | 00 00 | 00 6b 40 03 | 02 ab cd */
	expect_ok("2001000c 400000 0000 006b 40 03 02abcd",
		  "\"geranBscContainer\":{\"note\":\"GERAN BSC Container (3.2.2.79) carries GERAN "
		  "Iu mode information; not decoded, see hex\",\"hex\":\"abcd\"}");
	robust(RELOC_REQUIRED_GSM);
	robust(RELOC_COMMAND_GSM);
	robust(RELOC_FAILURE_GSM);
	/* malformed: the PS Handover Command's length indicator 83 (3 octets), 2 present: reported
	 * at the length indicator (offset 29) */
	expect("2002001c 400001 000e 40 0a 09 062bc50a0a0f2a5505 0000 00a2 40 05 04 74830102",
	       "\"handoverReference\":85",
	       "\"targetBssToSourceBssTransparentContainer\":{\"ies\":[],",
	       "\"error\":{\"offset\":29,\"reason\":\"BSSGP IE 0x74 of 3 octets, 2 present\"}",
	       NULL);
	/* ... a 2-octet length indicator (bit 8 0) with its second octet missing, and an IEI
	 * alone */
	expect("2002001a 400001 000e 40 0a 09 062bc50a0a0f2a5505 0000 00a2 40 03 02 7400",
	       "\"error\":{\"offset\":29,"
	       "\"reason\":\"BSSGP IE 0x74: a 2-octet length indicator cut "
	       "short\"}", NULL);
	expect("20020019 400001 000e 40 0a 09 062bc50a0a0f2a5505 0000 00a2 40 02 01 74",
	       "\"error\":{\"offset\":28,"
	       "\"reason\":\"BSSGP IE 0x74 without its length indicator\"}",
	       NULL);
	/* a Classmark 2 of 2 octets: classmark.c reports it in its own object, at its offset 2 */
	expect("0002000a 000001 0007 00 03 02 3359",
	       "\"classmarkInformation2\":{\"revisionLevel\":\"used by GSM phase 2 mobile "
	       "stations\",",
	       "\"hex\":\"3359\",\"error\":{\"offset\":2,\"reason\":\"truncated: a Mobile Station "
	       "Classmark 2 has 3 octets, 2 present\"}}", NULL);
	/* an L3-Information of one octet */
	expect("20020009 000001 000e 40 02 01 06",
	       "\"l3Information\":{\"octets\":\"06\"}",
	       "\"error\":{\"offset\":12,\"reason\":\"L3-Information of 1 octets,"
	       " a layer 3 message "
	       "has 2 or more\"}", NULL);
}
END_TEST

/* ---- location reporting, trace and the other IEs of the relayed procedures ------------------ */

/*
 * LocationReportingControl (00 11 40 2c) | 40 | 00 01 |
 * 00 39 RequestType 40 02 | 4a 28 = 0 (no extension) 1 (accuracyCode) 0 01 (event: direct)
 *	0 1 (reportArea: geographical-area) 0001010 (accuracyCode 10) pad |
 * 00 05 (six extensions) | 00 6f VerticalAccuracyCode 40 01 28 = 0010100 (20) |
 * 00 70 ResponseTime 40 01 40 = 0 1 (delaytolerant) | 00 71 PositioningPriority 40 01 40
 *	(normal-Priority) | 00 72 ClientType 40 01 30 = 0 011 (lawful-Intercept-Services) |
 * 00 a4 IncludeVelocity 40 01 00 (one value: nothing encoded, the empty encoding 00) |
 * 00 a8 PeriodicLocationInfo 40 04 | 00 = 0 0 (no extension, no iE-Extensions) 0 (root) 00
 *	(INTEGER (1..8639999): 1 octet) pad | 09 (1 + 9 = 10) | 00 = 0 00 pad | 3b (60).
 * tshark 4.0 dissects it with the same values.
 */
#define LOCATION_REPORTING_CONTROL "0011402c 400001 0039 40 02 4a28 0005" \
	"006f 40 01 28 0070 40 01 40 0071 40 01 40 0072 40 01 30 00a4 40 01 00" \
	"00a8 40 04 0009003b"

/*
 * LocationReport (00 12 40 3e) | 40 | 00 02 |
 * 00 00 AreaIdentity 40 0a | 48 = 0 1 (geographicalArea) 0 01 (pointWithUnCertainty)
 *	0 (no iE-Extensions) 0 0 (GeographicalCoordinates) | c0 = 1 (south) 10 (latitude: 3
 *	octets) pad | 12 34 56 (1193046) | 80 = 10 (longitude: 3 octets) pad | 7f fc 18
 *	(8387608 - 8388608 = -1000) | 42 = 0100001 (uncertaintyCode 33) pad |
 * 00 39 RequestType 40 01 0a = 0 0 0 01 (direct) 0 1 (geographical-area) pad |
 * 00 03 (four extensions) |
 * 00 61 LastKnownServiceArea 40 0a | 00 = 0 0 0 (SAI: no iE-Extensions) pad | 62 f2 10 |
 *	00 01 (LAC) | 00 02 (SAC) | 00 0a (ageOfSAI 10, two aligned octets) |
 * 00 77 PositionData 40 04 | 40 29 65 80 = 0 1 (positioningDataSet) 0 | 0000 (discriminator) |
 *	0001 (2 items) | 01001011 (4b) 00101100 (2c) pad |
 * 00 a5 VelocityEstimate 40 07 | 20 = 0 01 (horizontalWithVerticalVelocity) 0 0 pad |
 *	00 5a (bearing 90) | 00 64 (horizontalSpeed 100) | 05 (verticalSpeed) | 80 = 1 (downward) |
 * 00 7a AccuracyFulfilmentIndicator 40 01 40 (requested-Accuracy-Not-Fulfilled).
 * tshark 4.0 dissects it with the same values.
 */
#define LOCATION_REPORT "0012403e 400002 0000 40 0a 48c0123456807ffc1842 0039 40 01 0a" \
	"0003 0061 40 0a 0062f21000010002000a 0077 40 04 40296580" \
	"00a5 40 07 20005a00640580 007a 40 01 40"

/*
 * CN-InvokeTrace (00 10 40 44) | 40 | 00 05 |
 * 00 42 TraceType 40 01 05 | 00 41 TraceReference 40 04 | 80 = 1 (SIZE (2..3): 3 octets) pad |
 *	0a 0b 0c | 00 44 TriggerID 40 04 | 00 = 00000 (SIZE (3..22): 3 octets) pad | 01 02 03 |
 * 00 45 UE-ID 40 09 | 40 = 0 1 (imei) pad | 53 33 86 10 32 54 76 f8 (TBCD 353368012345678,
 *	filler f) | 00 13 OMC-ID 40 05 | 08 = 00001 (4 octets) pad | 91 21 43 65 |
 * 00 01 (two extensions) | 00 7d TracePropagationParameters 40 06 | 40 = 0 1 (list) 0 pad |
 *	00 07 (traceRecordingSessionReference) | 42 00 80 = 0 10 (maximum) 0001 (2 interfaces)
 *	0 0 0 000 (iu-cs) 0 0 0 100 (uu) pad |
 * 00 7c TraceRecordingSessionInformation 40 06 | 20 = 0 0 1 (traceReference: 3 octets) pad |
 *	0a 0b 0c | 00 07.
 * tshark 4.0 dissects it with the same values.
 */
#define CN_INVOKE_TRACE "00104044 400005 0042 40 01 05 0041 40 04 800a0b0c" \
	"0044 40 04 00010203 0045 40 09 40 53338610325476f8 0013 40 05 08 91214365" \
	"0001 007d 40 06 40000742 0080 007c 40 06 200a0b0c0007"

/*
 * Alt-RAB-Parameters (89) as an extension of Iu-ReleaseComplete (20 01 00 1e; its
 * extensions are decoded by ID wherever they appear): 40 | 00 00 | 00 00 | 00 59 40 15 |
 * 74 = 0 1 1 1 (altMaxBitrateInf, altGuaranteedBitRateInf, iE-Extensions) | 0 1 (altMaxBitrates)
 *	0 01 (value-range) | 89 = 0001 (2 lists) 0 (one bit rate) 01 (2 octets) pad | f9 ff
 *	(1 + 63999 = 64000) | 40 = 0 10 (3 octets) pad | 01 f3 ff (128000) |
 *	00 = 0 0 0 00 (altGuaranteedBitRateInf: unspecified, no bit rates) pad |
 *	00 00 (one extension) 00 d7 Alt-RAB-Parameter-SupportedMaxBitrateInf 40 06 |
 *	48 0c = 0 1 0 (altSupportedMaxBitrates) 0 10 (discrete-values) 0000 (one list) 0 (one
 *	bit rate) 0 (root) 11 (4 octets) pad | 01 31 2c ff (1 + 19999999 = 20000000).
 * tshark 4.0 dissects the root part with the same values (it lists the extension without
 * decoding it).
 */
#define ALT_RAB_PARAMETERS "2001001e 400000 0000 0059 40 15 7489f9ff4001f3ff000000" \
	"00d7 40 06 480c01312cff"

/*
 * DirectTransfer (00 14 40 17) | 40 | 00 00 | 00 00 | 00 81 RedirectionIndication 40 0e:
 * a ProtocolIE-Container 00 02 | 00 10 NAS-PDU 40 03 02 05 21 | 00 83 RejectCauseValue 40 01
 * 20 = 0 010 (roaming-Not-Allowed-In-This-Location-Area) pad.  tshark 4.0: the same.
 */
#define REDIRECTION_INDICATION "00144017 400000 0000 0081 40 0e 0002 0010 40 03 020521" \
	"0083 40 01 20"

/*
 * RelocationRequest (00 03 00 21) with extensions only: 40 | 00 00 | 00 02 |
 * 00 ef MSISDN 40 07 | 50 = 0101 (SIZE (1..9): 6 octets) pad | 91 (international, E.164)
 *	44 97 21 43 f5 (447912345) |
 * 00 e9 UE-AggregateMaximumBitRate 40 08 | 70 = 0 1 1 10 (3 octets) pad | 98 96 7f
 *	(1 + 9999999) | 80 = 10 pad | 4c 4b 3f (5000000) |
 * 00 e2 SRVCC-HO-Indication 40 01 40 (cs-only).  tshark 4.0: the same values.
 */
#define RELOC_REQ_EXTENSIONS "00030021 400000 0002 00ef 40 07 509144972143f5" \
	"00e9 40 08 7098967f804c4b3f 00e2 40 01 40"

START_TEST(test_location_trace)
{
	expect_ok(LOCATION_REPORTING_CONTROL, "\"message\":\"LocationReportingControl\"",
		  "\"requestType\":{\"event\":\"direct\",\"reportArea\":\"geographical-area\","
		  "\"accuracyCode\":10}",
		  "\"verticalAccuracyCode\":20", "\"responseTime\":\"delaytolerant\"",
		  "\"positioningPriority\":\"normal-Priority\"",
		  "\"clientType\":\"lawful-Intercept-Services\"",
		  "\"includeVelocity\":\"requested\"",
		  "\"periodicLocationInfo\":{\"reportingAmount\":10,\"reportingInterval\":60}");
	expect_ok(LOCATION_REPORT, "\"message\":\"LocationReport\"",
		  "\"areaIdentity\":{\"choice\":\"geographicalArea\",\"geographicalArea\":"
		  "{\"choice\":\"pointWithUnCertainty\",\"geographicalCoordinates\":"
		  "{\"latitudeSign\":\"south\",\"latitude\":1193046,\"longitude\":-1000},"
		  "\"uncertaintyCode\":33}}",
		  "\"requestType\":{\"event\":\"direct\",\"reportArea\":\"geographical-area\"}",
		  "\"lastKnownServiceArea\":{\"sai\":{\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":1,"
		  "\"sac\":2},\"ageOfSai\":10}",
		  "\"positionData\":{\"positioningDataDiscriminator\":0,"
		  "\"positioningDataSet\":[75,44]}",
		  "\"velocityEstimate\":{\"choice\":\"horizontalWithVerticalVelocity\","
		  "\"bearing\":90,"
		  "\"horizontalSpeed\":100,\"verticalSpeed\":5,"
		  "\"verticalSpeedDirection\":\"downward\"}",
		  "\"accuracyFulfilmentIndicator\":\"requested-Accuracy-Not-Fulfilled\"");
	expect_ok(CN_INVOKE_TRACE, "\"message\":\"CN-InvokeTrace\"", "\"traceType\":\"05\"",
		  "\"traceReference\":\"0a0b0c\"", "\"triggerId\":\"010203\"",
		  "\"ueId\":{\"choice\":\"imei\",\"imei\":\"353368012345678\"}",
		  "\"omcId\":\"91214365\"",
		  "\"tracePropagationParameters\":{\"traceRecordingSessionReference\":7,"
		  "\"traceDepth\":\"maximum\","
		  "\"listOfInterfacesToTrace\":[{\"interface\":\"iu-cs\"},"
		  "{\"interface\":\"uu\"}]}",
		  "\"traceRecordingSessionInformation\":{\"traceReference\":\"0a0b0c\","
		  "\"traceRecordingSessionReference\":7}");
	expect_ok(ALT_RAB_PARAMETERS,
		  "\"altRabParameters\":{\"altMaxBitrateInf\":{\"altMaxBitrateType\":\"value-range"
		  "\","
		  "\"altMaxBitrates\":[[64000],[128000]]},\"altGuaranteedBitRateInf\":"
		  "{\"altGuaranteedBitrateType\":\"unspecified\"},\"extensions\":[{\"id\":215,",
		  "\"altRabParameterSupportedMaxBitrateInf\":{\"altSupportedMaxBitrateType\":"
		  "\"discrete-values\",\"altSupportedMaxBitrates\":[[20000000]]}}]}");
	expect_ok(REDIRECTION_INDICATION,
		  "\"redirectionIndication\":[{\"id\":16,\"name\":\"NAS-PDU\",",
		  "\"message\":\"CM SERVICE ACCEPT\"",
		  "{\"id\":131,\"name\":\"RejectCauseValue\",\"criticality\":\"ignore\","
		  "\"value\":\"20\","
		  "\"rejectCauseValue\":\"roaming-Not-Allowed-In-This-Location-Area\"}]");
	expect_ok(RELOC_REQ_EXTENSIONS,
		  "\"msisdn\":{\"nature\":\"international number\","
		  "\"numberingPlan\":\"ISDN/telephony (E.164)\",\"digits\":\"447912345\","
		  "\"octets\":\"9144972143f5\"}",
		  "\"ueAggregateMaximumBitRate\":{\"ueAggregateMaximumBitRateDownlink\":10000000,"
		  "\"ueAggregateMaximumBitRateUplink\":5000000}",
		  "\"srvccHoIndication\":\"cs-only\"");
	robust(LOCATION_REPORTING_CONTROL);
	robust(LOCATION_REPORT);
	robust(CN_INVOKE_TRACE);
	robust(ALT_RAB_PARAMETERS);
	robust(REDIRECTION_INDICATION);
	robust(RELOC_REQ_EXTENSIONS);
	/*
	 * The other shapes, in LocationReport (00 12 40 ..) | 00 00 01 | 00 00 AreaIdentity 40:
	 * ellipsoidArc, an extension alternative of GeographicalArea: 60 c0 = 0 1 1 (extension)
	 *	0000011 (index 3) pad | 0a (open type) | 00 = 0 0 0 0 0 00 (1 octet) pad | 10
	 *	(latitude 16) | 00 | 20 (0x20 - 8388608) | 01 00 (innerRadius 256) | 0a b4 5b 0c =
	 *	0000101 (uncertaintyRadius 5) 01011010 (offsetAngle 90) 00101101 (includedAngle 45)
	 *	1000011 (confidence 67) pad;
	 * polygon: 50 80 = 0 1 0 10 (polygon) 0001 (2 points) 0 0 0 0 0 00 | 01 | 00 | 02 |
	 *	00 | 03 | 00 | 04.  tshark 4.0: the same values.
	 */
	expect_ok("00124014 000001 0000 40 0d 60c00a0010002001000ab45b0c",
		  "\"geographicalArea\":{\"choice\":\"ellipsoidArc\",\"geographicalCoordinates\":"
		  "{\"latitudeSign\":\"north\",\"latitude\":16,\"longitude\":-8388576},"
		  "\"innerRadius\":256,\"uncertaintyRadius\":5,\"offsetAngle\":90,"
		  "\"includedAngle\":45,"
		  "\"confidence\":67,\"octets\":\"0010002001000ab45b0c\"}");
	expect_ok("00124010 000001 0000 40 09 508001000200030004",
		  "\"geographicalArea\":{\"choice\":\"polygon\","
		  "\"points\":[{\"geographicalCoordinates\":"
		  "{\"latitudeSign\":\"north\",\"latitude\":1,\"longitude\":-8388606}},"
		  "{\"geographicalCoordinates\":{\"latitudeSign\":\"north\",\"latitude\":3,"
		  "\"longitude\":-8388604}}]}");
	/* AreaIdentity sAI: 00 = 0 0 (sAI) 0 pad, 62 f2 10, 00 01, 00 02 */
	expect_ok("0012400f 000001 0000 40 08 0062f21000010002",
		  "\"areaIdentity\":{\"choice\":\"sAI\",\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":1,"
		  "\"sac\":2}");
	/* UE-ID imeisv, its extension alternative: 80 = 1 0000000 (index 0) | 08 | 8 octets */
	expect_ok("00104011 000001 0045 40 0a 80 08 5333861032547690",
		  "\"ueId\":{\"choice\":\"imeisv\",\"imeisv\":\"3533680123456709\","
		  "\"octets\":\"5333861032547690\"}");
	/* malformed: a latitude of 80 00 00 (8388608), one more than INTEGER (0..8388607) holds,
	 * reported at its length bits (offset 12) */
	expect("0012403e 400002 0000 40 0a 48c0800000807ffc1842 0039 40 01 0a"
	       "0003 0061 40 0a 0062f21000010002000a 0077 40 04 40296580"
	       "00a5 40 07 20005a00640580 007a 40 01 40",
	       "\"error\":{\"offset\":12,\"reason\":\"latitude is 8388608, more than its range "
	       "allows (8388608 values)\"}", "\"ageOfSai\":10", NULL);
	/* a reportingAmount outside the root of INTEGER (1..8639999, ...): 00 09 -> 20 09 */
	expect("0011402c 400001 0039 40 02 4a28 0005"
	       "006f 40 01 28 0070 40 01 40 0071 40 01 40 0072 40 01 30 00a4 40 01 00"
	       "00a8 40 04 2009003b",
	       "\"error\":{\"offset\":44,\"reason\":\"reportingAmount: a value outside the root "
	       "range (not supported)\"}", NULL);
}
END_TEST

/*
 * CommonID (00 0f 40 3f) | 40 | 00 01 | PermanentNAS-UE-ID 00 17 40 09 50 62021132547698f0 |
 * 00 05 (six extensions) |
 * 00 69 SNA-Access-Information 40 0a | 00 80 = 0 0 (no extension, no iE-Extensions) 00000
 *	(one PLMN) 0 1 (authorisedSNAsList) 0 pad | 62 f2 10 | 02 (two SNACs: SIZE (1..65536)
 *	reaches 64K, so a length determinant with the count itself) | 00 05 | 01 00 |
 * 00 e4 SRVCC-Operation-Possible 40 01 00 | 00 ea CSG-Membership-Status 40 01 40 (non-member) |
 * 01 07 Management-Based-MDT-PLMN-List 40 07 | 10 = 0001 (2 PLMNs) pad | 62 f2 10 | 13 00 14
 *	(MCC 310, MNC 410) | 01 10 RSRVCC-Operation-Possible 40 01 00 |
 * 01 21 PowerSavingIndicator 40 01 40 (eDRXConfigured).  tshark 4.0: the same values.
 */
#define COMMON_ID_EXTENSIONS "000f403f 400001 0017 40 09 5062021132547698f0 0005" \
	"0069 40 0a 008062f210020005 0100 00e4 40 01 00 00ea 40 01 40" \
	"0107 40 07 1062f210130014 0110 40 01 00 0121 40 01 40"

/*
 * RelocationCommand (20 02 00 3b) | 40 | 00 00 | 00 02 |
 * 00 63 InterSystemInformation-TransparentContainer 40 04 | 46 31 3c 2a = 0 1 0 0
 *	(downlinkCellLoadInformation) 0 1 1 0 (rTLoadValue, nRTLoadInformationValue) 0 (root)
 *	0110001 (cell-Capacity-Class-Value 50) 0011110 (loadValue 30) 0001010 (rTLoadValue 10)
 *	10 (nRTLoadInformationValue 2) |
 * 00 e3 SRVCC-Information 00 11 | 00 = 0 0 pad | the 128-bit nonce |
 * 01 04 RSRVCC-Information 00 15 | 00 | the nonce | 10 = 00010 (iMSInformation: 3 octets) pad |
 *	ab cd ef.  tshark 4.0: the same values (it leaves SRVCC-Information undecoded).
 */
#define RELOC_COMMAND_EXTENSIONS "2002003b 400000 0002 0063 40 04 46313c2a" \
	"00e3 00 11 00 00112233445566778899aabbccddeeff" \
	"0104 00 15 00 00112233445566778899aabbccddeeff 10 abcdef"

/*
 * InitialUE-Message (00 13 40 6c) with extensions only: 40 | 00 00 | 00 0a (11) |
 * 00 82 NAS-SequenceNumber 40 01 80 (10: 2) | 00 a6 RedirectAttemptFlag 40 01 00 (NULL) |
 * 01 1e SGSN-Group-Identity 40 03 | 89 1a 00 = 1 (sGSN-Group-ID) 0001001000110100 (0x1234)
 *	pad | 01 22 UE-Usage-Type 40 01 07 | 01 23 DCN-ID 40 02 00 2a |
 * 01 06 Tunnel-Information-for-BBF 40 08 | 41 f0 = 0 1 (uDP-Port-Number) 0 0 (root size)
 *	00011111 (32 bits) pad | c0 a8 00 01 | 08 68 (2152) |
 * 01 13 LHN-ID 40 21 | 00 (SIZE (32..256): 32 octets) | 32 x 41 |
 * 00 fa HigherBitratesThan16MbpsFlag 40 01 40 (not-allowed) | 00 eb Cell-Access-Mode 40 01 00 |
 * 01 1b BarometricPressure 40 04 | 80 = 10 (INTEGER (30000..115000): 3 octets) pad |
 *	01 16 9d (30000 + 71325 = 101325) | 01 1d CivicAddress 40 05 04 3c 61 2f 3e ("<a/>", an
 *	XML document without a civicAddress element).
 * tshark 4.0: the same values (it leaves SGSN-Group-Identity and UE-Usage-Type undecoded).
 */
#define INITIAL_UE_EXTENSIONS "0013406d 400000 000a 0082 40 01 80 00a6 40 01 00" \
	"011e 40 03 891a00 0122 40 01 07 0123 40 02 002a 0106 40 08 41f0c0a800010868" \
	"0113 40 21 00 4141414141414141414141414141414141414141414141414141414141414141" \
	"00fa 40 01 40 00eb 40 01 00 011b 40 04 8001169d 011d 40 05 043c612f3e"

/*
 * The source RNC container's extensions, in a RelocationRequest (00 03 00 43) | 00 00 01 |
 * 00 3d 00 3c: 00 20 = 0 0000000001 (iE-Extensions) pad | 01 c0 | 00 | 00 07 (eight) |
 * 00 9c MBMSLinkingInformation 40 01 00 | 00 bb d-RNTI-for-NoIuCSUP 00 02 00 05 (1 octet: 5) |
 * 00 ca SubscriberProfileIDforRFP 40 01 09 (1 + 9) | 00 e6 PSRABtobeReplaced 00 01 07 |
 * 00 ed CSFB-Information 40 01 40 (csfb-high-priority) | 00 f9 Management-Based-MDT-Allowed
 *	40 01 00 |
 * 00 79 CellLoadInformationGroup 40 0b | 40 = 0 1 0 0 (uplinkCellLoadInformation) 0 0
 *	(sourceUTRANCellID) 0 pad | 62 f2 10 | 80 = 10 (3 octets) pad | 12 34 56 (1193046) |
 *	00 0c 80 = 0 0 0 0 0 (root) 0000000 (capacity 1) 1100100 (load 100) pad |
 * 00 c8 UE-History-Information 40 02 01 04 (the TS 36.413 UE-HistoryInformation, decoded by
 *	s1ap.c: 0000 one cell, 0 10 gERAN-Cell, 0 undefined).
 * tshark 4.0: the same values, the UE-History-Information included (it reads it as S1AP's).
 */
#define S2T_EXTENSIONS "00030042 000001 003d 00 3b 0020 01c0 00 0007 009c 40 01 00" \
	"00bb 00 02 0005 00ca 40 01 09 00e6 00 01 07 00ed 40 01 40 00f9 40 01 00" \
	"0079 40 0b 4062f21080123456000c80 00c8 40 02 0104"

/*
 * RelocationRequest (00 03 00 43) | 00 00 01 | 00 3d 00 3c: 00 20 = 0 0000000001
 * (iE-Extensions) pad | 01 c0 | 00 | 00 00 (one) | 00 c8 UE-History-Information 40 31 | 30
 * (48 octets): the UE_HISTORY of tests/check_s1ap.c (an E-UTRAN cell with its PSCell, an
 * NG-RAN cell, an unknown alternative).  tshark 4.0: the same values.
 */
#define UE_HISTORY_IE "00030043 000001 003d 00 3c 0020 01c0 00 0000 00c8 40 31 30" \
	"2080 62f210 abcdef11 80 0fff 0000 0149 40 0c 080062f2101234567890012c" \
	"80 0d 0c 0062f210000000010080001e 81 01 ff"

/*
 * RAB-ModifyRequest (00 1d 40 13) | 00 00 01 | 00 5b RAB-ModifyList 40 0c | 00 (one container)
 * 00 01 | 00 5c RAB-ModifyItem 40 05 | 01 50 80 = 0 0 00000101 (RAB-ID 5) 0 1 0 0
 * (requestedMaxBitrates) 0 (one) 01 (2 octets) pad | f9 ff (64000).  tshark 4.0: the same.
 */
#define RAB_MODIFY_REQUEST "001d4013 000001 005b 40 0c 00 0001 005c 40 05 015080f9ff"

/* the IEs of the last vector of test_other_ies, derived there */
#define REMAINING_EXTENSIONS "20010055 400000 000a 00a0 40 01 a0 009f 40 01 00" \
	"00ac 40 05 50203d08ff 00ad 40 01 00 00d6 40 01 04 00ff 40 02 0007 00fe 40 01 00" \
	"0103 40 01 00 00f0 40 0d 0200 08696e7465726e6574 0800" \
	"0118 40 09 7862f2100001055540 00a7 40 01 40"

START_TEST(test_other_ies)
{
	expect_ok(COMMON_ID_EXTENSIONS,
		  "\"snaAccessInformation\":{\"authorisedPlmns\":[{\"mcc\":\"262\",\"mnc\":\"01\","
		  "\"authorisedSnasList\":[5,256]}]}",
		  "\"srvccOperationPossible\":\"srvcc-possible\"",
		  "\"csgMembershipStatus\":\"non-member\"",
		  "\"managementBasedMdtPlmnList\":[{\"mcc\":\"262\",\"mnc\":\"01\"},"
		  "{\"mcc\":\"310\",\"mnc\":\"410\"}]",
		  "\"rsrvccOperationPossible\":\"rsrvcc-possible\"",
		  "\"powerSavingIndicator\":\"eDRXConfigured\"");
	expect_ok(RELOC_COMMAND_EXTENSIONS,
		  "\"interSystemInformationTransparentContainer\":{\"downlinkCellLoadInformation\":"
		  "{\"cellCapacityClassValue\":50,\"loadValue\":30,\"rtLoadValue\":10,"
		  "\"nrtLoadInformationValue\":2}}",
		  "\"srvccInformation\":{\"nonce\":\"00112233445566778899aabbccddeeff\"}",
		  "\"rsrvccInformation\":{\"nonce\":\"00112233445566778899aabbccddeeff\","
		  "\"imsInformation\":\"abcdef\"}");
	expect_ok(INITIAL_UE_EXTENSIONS, "\"nasSequenceNumber\":2", "\"redirectAttemptFlag\":true",
		  "\"sgsnGroupIdentity\":{\"choice\":\"sGSN-Group-ID\",\"sgsnGroupId\":4660}",
		  "\"ueUsageType\":7", "\"dcnId\":42",
		  "\"tunnelInformationForBbf\":{\"transportLayerAddress\":{\"bits\":32,"
		  "\"ipv4\":\"192.168.0.1\"},\"udpPortNumber\":2152}",
		  "\"lhnId\":\"41414141414141414141414141414141"
		  "41414141414141414141414141414141\"",
		  "\"higherBitratesThan16MbpsFlag\":\"not-allowed\"",
		  "\"cellAccessMode\":\"hybrid\"",
		  "\"barometricPressure\":101325",
		  "\"civicAddress\":{\"pidfLo\":\"<a/>\",\"hex\":\"3c612f3e\"}");
	expect_ok(S2T_EXTENSIONS, "\"mbmsLinkingInformation\":\"uE-has-joined-multicast-services\"",
		  "\"dRntiForNoIuCsUp\":5", "\"subscriberProfileIdForRfp\":10",
		  "\"psRabToBeReplaced\":7", "\"csfbInformation\":\"csfb-high-priority\"",
		  "\"managementBasedMdtAllowed\":\"allowed\"",
		  "\"cellLoadInformationGroup\":{\"sourceCellId\":"
		  "{\"choice\":\"sourceUTRANCellID\","
		  "\"mcc\":\"262\",\"mnc\":\"01\",\"utranCellId\":1193046},"
		  "\"uplinkCellLoadInformation\":{\"cellCapacityClassValue\":1,\"loadValue\":100}}",
		  "\"ueHistoryInformation\":\"04\",\"s1ap\":{\"type\":\"UE-HistoryInformation\","
		  "\"lastVisitedCellList\":[{\"choice\":\"gERAN-Cell\",\"geranCell\":"
		  "\"undefined\"}],\"hex\":\"04\"}}");
	expect_ok(UE_HISTORY_IE,
		  "{\"id\":200,\"name\":\"UE-History-Information\",\"criticality\":\"ignore\","
		  "\"value\":\"30208062f210",
		  "\"ueHistoryInformation\":\"208062f210abcdef11800fff",
		  "\"s1ap\":{\"type\":\"UE-HistoryInformation\",\"lastVisitedCellList\":"
		  "[{\"choice\":\"e-UTRAN-Cell\",\"globalCellId\":{\"mcc\":\"262\",\"mnc\":"
		  "\"01\",\"eci\":180150001,",
		  "\"lastVisitedPsCellList\":[{\"pscellId\":{\"nCgi\":{\"mcc\":\"262\","
		  "\"mnc\":\"01\",\"nci\":4886718345}},\"timeStay\":300}]",
		  "{\"choice\":\"nG-RAN-Cell\",\"ngRanCell\":\"0062f210000000010080001e\","
		  "\"ngap\":{\"type\":\"LastVisitedNGRANCellInformation\",\"globalCellId\":"
		  "{\"choice\":\"nR-CGI\",\"mcc\":\"262\",\"mnc\":\"01\",\"nci\":16},");
	expect_ok(RAB_MODIFY_REQUEST,
		  "\"rabs\":[{\"id\":92,\"name\":\"RAB-ModifyItem\",\"criticality\":\"ignore\","
		  "\"rabId\":5,\"requestedRabParameterValues\":{\"requestedMaxBitrates\":[64000]},"
		  "\"value\":\"015080f9ff\"}]");
	robust(COMMON_ID_EXTENSIONS);
	robust(RELOC_COMMAND_EXTENSIONS);
	robust(INITIAL_UE_EXTENSIONS);
	robust(S2T_EXTENSIONS);
	robust(UE_HISTORY_IE);
	robust(RAB_MODIFY_REQUEST);
	/*
	 * Paging (00 0e 40 17) | 40 | 00 01 | CN-DomainIndicator 00 03 40 01 00 | 00 00 |
	 * 00 e5 CSG-Id-List 40 09 | 01 (two) | 00 00 00 20 (27 bits, aligned: 1) | ff ff ff e0
	 * (134217727).  tshark 4.0: the same.
	 */
	expect_ok("000e4017 400001 0003 40 01 00 0000 00e5 40 09 0100000020ffffffe0",
		  "\"csgIdList\":[1,134217727]");
	/*
	 * RANAP-EnhancedRelocationInformationRequest (00 2d 00 2a) | 00 00 05 | 00 cc
	 * OldIuSigConIdCS 40 03 01 02 03 | 00 cd OldIuSigConIdPS 40 03 04 05 06 | 00 ce
	 * GlobalCN-IDCS 00 05 62 f2 10 00 01 | 00 cf GlobalCN-IDPS 00 05 62 f2 10 00 02 | 01 1a
	 * IuSigConIdRangeEnd 40 03 0a 0b 0c.  tshark 4.0: the same for the first four.
	 */
	expect_ok("002d002a 000005 00cc 40 03 010203 00cd 40 03 040506 00ce 00 05 62f2100001"
		  "00cf 00 05 62f2100002 011a 40 03 0a0b0c",
		  "\"oldIuSigConIdCs\":66051", "\"oldIuSigConIdPs\":263430",
		  "\"globalCnIdCs\":{\"mcc\":\"262\",\"mnc\":\"01\",\"cnId\":1}",
		  "\"globalCnIdPs\":{\"mcc\":\"262\",\"mnc\":\"01\",\"cnId\":2}",
		  "\"iuSigConIdRangeEnd\":658188");
	/* malformed: an authorisedSNAsList of no SNAC (the length 00), reported at offset 31 */
	expect("000f401c 400001 0017 40 09 5062021132547698f0 0000 0069 40 06 008062f21000",
	       "\"error\":{\"offset\":31,\"reason\":\"authorisedSNAsList of no SNAC, SIZE "
	       "(1..65536)\"}", NULL);
	/*
	 * Iu-ReleaseComplete (20 01 00 55) carrying, as extensions decoded by ID, 40 | 00 00 |
	 * 00 0a (eleven):
	 * 00 a0 E-DCH-MAC-d-Flow-ID 40 01 a0 (101: 5) | 00 9f AlternativeRABConfigurationRequest
	 *	40 01 00 |
	 * 00 ac Alt-RAB-Parameter-ExtendedGuaranteedBitrateInf 40 05 | 50 20 = 0 1 (bit rates)
	 *	0 10 (discrete-values) 0000 (one list) 0 (one bit rate) 10 (INTEGER (16000001..
	 *	256000000): 3 octets) pad | 3d 08 ff (16000001 + 3999999 = 20000000) |
	 * 00 ad Alt-RAB-Parameter-ExtendedMaxBitrateInf 40 01 00 (unspecified) |
	 * 00 d6 Alt-RAB-Parameter-SupportedGuaranteedBitrateInf 40 01 04 = 0 0 0 0 01
	 *	(value-range) pad |
	 * 00 ff TraceRecordingSessionReference 40 02 00 07 | 00 fe Out-Of-UTRAN 40 01 00 |
	 * 01 03 RSRVCC-HO-Indication 40 01 00 |
	 * 00 f0 Offload-RAB-Parameters 40 0d | 02 00 = 0 0 00001000 (APN: 9 octets) pad |
	 *	08 'internet' | 08 00 (charging characteristics, 16 bits) |
	 * 01 18 Additional-CSPS-coordination-information 40 09 | 78 = 0 1111 (old-LAI, old-RAC,
	 *	nRI, uE-is-Attaching) 0 0 (LAI: no iE-Extensions) pad | 62 f2 10 | 00 01 | 05 |
	 *	55 40 = 0101010101 (nRI 341) pad |
	 * 00 a7 RAT-Type 40 01 40 (geran).  tshark 4.0: the same values (it leaves the
	 * Supported one undecoded).
	 */
	expect_ok(REMAINING_EXTENSIONS, "\"eDchMacDFlowId\":5",
		  "\"alternativeRabConfigurationRequest\":\"alternative-RAB-configuration-Requested"
		  "\"",
		  "\"altRabParameterExtendedGuaranteedBitrateInf\":{\"altExtendedGuaranteedBitrateT"
		  "ype\":"
		  "\"discrete-values\",\"altExtendedGuaranteedBitrates\":[[20000000]]}",
		  "\"altRabParameterExtendedMaxBitrateInf\":{\"altExtendedMaxBitrateType\":"
		  "\"unspecified\"}",
		  "\"altRabParameterSupportedGuaranteedBitrateInf\":"
		  "{\"altSupportedGuaranteedBitrateType\":\"value-range\"}",
		  "\"traceRecordingSessionReference\":7",
		  "\"outOfUtran\":\"cell-reselection-to-EUTRAN\"",
		  "\"rsrvccHoIndication\":\"ps-only\"",
		  "\"offloadRabParameters\":{\"accessPointName\":\"08696e7465726e6574\","
		  "\"apn\":\"internet\",\"chargingCharacteristics\":2048}",
		  "\"additionalCspsCoordinationInformation\":{\"oldLai\":{\"mcc\":\"262\","
		  "\"mnc\":\"01\","
		  "\"lac\":1},\"oldRac\":5,\"nri\":341,\"ueIsAttaching\":true}",
		  "\"ratType\":\"geran\"");
	robust(REMAINING_EXTENSIONS);
}
END_TEST

/* ---- MDT and QoE (MDT-Configuration and the IEs inside it) ---------------------------------- */

/*
 * CN-InvokeTrace (00 10 40 45) | 40 = 0 (no extension) 1 (protocolExtensions) pad | 00 01 |
 * 00 41 TraceReference 40 04 | 80 = 1 (SIZE (2..3): 3 octets) pad, 01 02 03 |
 * 00 00 (one extension) | 00 f4 MDT-Configuration 40 34 (52) |
 *	50 = 0 (no extension) 1 (iE-Extensions) | 0 10 (mdtActivation immediateMDTandTrace) |
 *	0 00 (mdtAreaScope cellbased) |
 *	03 = 0 0 (CellBased: no extension, no iE-Extensions) 00001 (two Cell-Ids) 1 | 00 = 0
 *	(Cell-Id INTEGER (0..268435455): 1..4 octets, 2 bits: 10, three) pad | 12 34 56
 *	(1193046) | 00 = 00 (one octet) pad | 05 |
 *	3f = 0 0 (mdtMode immediateMDT) 1 (ImmediateMDT extension: additions) 1 1 (m1report,
 *	m2report) 111 | 02 = 00000 (measurementsToActivate 1110 0000: 224) 0 1 (m1report
 *	event1F) 0 (no extension) | 20 = 0 01 (measurementQuantity cpichRSCP) pad | 00 14
 *	(threshold INTEGER (-120..165): 286 values, two aligned octets, 20: -100) |
 *	03 = 0 0 (m2report periodic) 0 (MDT-Report-Parameters) 0 0011 (reportInterval ms2000) |
 *	70 = 0 111 (reportAmount infinity) then the ImmediateMDT additions: 0 000 |
 *	10 = 000 (bitmap length 1) 1 (iE-Extensions present) pad |
 *	19 (the addition's open type: 25 octets) 00 03 (four extensions):
 *	  01 09 M4Report 40 02 51 a8 = 0 1 (m4-collection-parameters) 0 1 0 (m4-threshold, no
 *	  iE-Extensions) 0 011 (m4-period ms1000) 01010 (m4-threshold 10) pad |
 *	  01 0a M5Report 40 01 44 = 0 1 (m5-period) 0 001 (ms250) pad |
 *	  01 0b M6Report 40 02 0a 80 = 0 0 0 0101 (m6-period ms8000) 0 10 (both-uplink-and-
 *	  downlink) pad |
 *	  01 0c M7Report 40 02 18 00 = 0 0 0 1100 (m7-period ms64000) 0 00 (uplink) pad |
 *	00 00 (MDT-Configuration's iE-Extensions: one) 01 08 SignallingBasedMDTPLMNList 40 04 |
 *	00 = 0000 (MDT-PLMN-List SIZE (1..16): one) pad | 62 f2 10
 * tshark 4.0 dissects the same values throughout.
 */
#define CN_INVOKE_TRACE_MDT "00104045 400001 0041 40 04 80010203 0000 00f4 40 34" \
	"50 03 00 123456 00 05 3f 02 20 0014 03 70 10" \
	"19 0003 0109 40 02 51a8 010a 40 01 44 010b 40 02 0a80 010c 40 02 1800" \
	"0000 0108 40 04 00 62f210"

/*
 * CN-InvokeTrace as above with three extensions (00 02):
 * 00 f4 MDT-Configuration 40 0a | 0a = 0 0 | 0 01 (loggedMDTonly) | 0 10 (rabased) |
 *	00 = 0 0 (RABased) 000 (one RAI) 0 0 (RAI: no extension, no iE-Extensions) 0 (LAI: no
 *	iE-Extensions) pad | 62 f2 10 | 00 01 (LAC, 16 bits) | 07 (RAC, 8 bits) |
 *	47 = 0 1 (loggedMDT) 0 0 (LoggedMDT) 0 111 (loggingInterval s61d44) 0 |
 *	50 = 101 (loggingDuration min120) pad |
 * 01 25 UE-Application-Layer-Measurement-Configuration-For-Relocation 40 15 |
 *	6c = 0 (no extension) 1 1 (tracePropagationParameters, traceCollectionEntityIPAddress)
 *	0 11 (plmn-area-based: PLMNBased here) 0 0 (PLMNBased) | 10 = 0001 (two PLMNs) pad |
 *	62 f2 10 | 12 f4 70 (MCC 214, MNC 07) | 00 = 0 (traceReference SIZE (2..3): 2) pad |
 *	0a 0b | 40 = 0 1 0 (TracePropagationParameters: listOfInterfacesToTrace) pad | 00 07
 *	(traceRecordingSessionReference) | 20 = 0 01 (traceDepth medium) 0000 (one interface)
 *	0 | 08 = 0 (the item: no extension, no iE-Extensions) 0 001 (iu-ps) 0 (TransportLayer
 *	Address: no extension) 00 | 7c = 011111 (length - 1 = 31 in 8 bits: 32 bits) pad |
 *	c0 a8 00 01 (192.168.0.1) |
 * 01 24 UE-Application-Layer-Measurement-Configuration 40 0d |
 *	00 = 0 (no extension) pad | 00 02 (container SIZE (1..1000): length - 1 in two aligned
 *	octets, 3 octets) | aa bb cc | 20 = 0 01 (labased) 0 0 (LABased) 000 (one LAI) | 00 = 0
 *	pad | 62 f2 10 | 00 05
 * tshark 4.0: the same values.
 */
#define CN_INVOKE_TRACE_LOGGED_QOE "00104045 400001 0041 40 04 80010203 0002" \
	"00f4 40 0a 0a 00 62f210 0001 07 47 50" \
	"0125 40 15 6c 10 62f210 12f470 00 0a0b 40 0007 20 08 7c c0a80001" \
	"0124 40 0d 00 0002 aabbcc 20 00 62f210 0005"

/*
 * CN-InvokeTrace with two MDT-Configurations (00 01):
 * 00 f4 40 1d | 01 = 0 0 | 0 00 (immediateMDTonly) | 0 01 (labased) | 08 = 0 0 (LABased) 001
 *	(two LAIs) 0 (LAI: no iE-Extensions) pad | 62 f2 10 | 00 01 | 00 = 0 pad | 12 f4 70 |
 *	12 34 | 20 = 0 0 (immediateMDT) 1 0 0 (additions; no m1report, m2report) 000 |
 *	c0 = 11000 (measurementsToActivate 0001 1000: 24) 0 00 | 08 = 0000 (bitmap length 1)
 *	1 (iE-Extensions) pad | 0c (open type) 00 01 (two) 01 09 40 01 00 (M4Report: 0 0 all,
 *	NULL) 01 0a 40 01 00 (M5Report: 0 0 when-available, NULL) |
 * 00 f4 40 03 | 03 = 0 0 | 0 00 | 0 11 (plmn-area-based, NULL: nothing) | 04 = 0 0
 *	(immediateMDT) 000 (no extension, no m1report, m2report) 100 | 00 = 00000
 *	(measurementsToActivate 1000 0000: 128) pad
 * tshark 4.0: the same values.
 */
#define CN_INVOKE_TRACE_MDT_AREAS "00104035 400001 0041 40 04 80010203 0001" \
	"00f4 40 1d 01 08 62f210 0001 00 12f470 1234 20 c0 08 0c 0001 0109 40 01 00 010a 40 01 00" \
	"00f4 40 03 030400"

START_TEST(test_mdt)
{
	expect_ok(CN_INVOKE_TRACE_MDT, "\"message\":\"CN-InvokeTrace\"",
		  "\"mdtConfiguration\":{\"mdtActivation\":\"immediateMDTandTrace\","
		  "\"mdtAreaScope\":{\"choice\":\"cellbased\",\"cellIdList\":[1193046,5]},"
		  "\"mdtMode\":{\"choice\":\"immediateMDT\",\"measurementsToActivate\":224,"
		  "\"m1report\":{\"choice\":\"event1F\",\"measurementQuantity\":\"cpichRSCP\","
		  "\"threshold\":-100},\"m2report\":{\"choice\":\"periodic\","
		  "\"reportInterval\":\"ms2000\",\"reportAmount\":\"infinity\"},\"extensions\":"
		  "[{\"id\":265,\"name\":\"M4Report\",\"criticality\":\"ignore\","
		  "\"value\":\"51a8\","
		  "\"m4Report\":{\"choice\":\"m4-collection-parameters\",\"m4Period\":\"ms1000\","
		  "\"m4Threshold\":10}},{\"id\":266,\"name\":\"M5Report\","
		  "\"criticality\":\"ignore\","
		  "\"value\":\"44\",\"m5Report\":{\"choice\":\"m5-period\","
		  "\"m5Period\":\"ms250\"}},"
		  "{\"id\":267,\"name\":\"M6Report\",\"criticality\":\"ignore\",\"value\":\"0a80\","
		  "\"m6Report\":{\"m6Period\":\"ms8000\","
		  "\"m6LinksToLog\":\"both-uplink-and-downlink\"}},{\"id\":268,"
		  "\"name\":\"M7Report\","
		  "\"criticality\":\"ignore\",\"value\":\"1800\",\"m7Report\":"
		  "{\"m7Period\":\"ms64000\",\"m7LinksToLog\":\"uplink\"}}]},"
		  "\"extensions\":[{\"id\":264,\"name\":\"SignallingBasedMDTPLMNList\","
		  "\"criticality\":\"ignore\",\"value\":\"0062f210\","
		  "\"signallingBasedMdtPlmnList\":[{\"mcc\":\"262\",\"mnc\":\"01\"}]}]}");
	expect_ok(CN_INVOKE_TRACE_LOGGED_QOE,
		  "\"mdtConfiguration\":{\"mdtActivation\":\"loggedMDTonly\",\"mdtAreaScope\":"
		  "{\"choice\":\"rabased\",\"raiList\":[{\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":1,"
		  "\"rac\":7}]},\"mdtMode\":{\"choice\":\"loggedMDT\","
		  "\"loggingInterval\":\"s61d44\","
		  "\"loggingDuration\":\"min120\"}}",
		  "\"ueApplicationLayerMeasurementConfigurationForRelocation\":"
		  "{\"areaScopeForUeApplicationLayerMeasurementConfiguration\":{\"choice\":"
		  "\"plmn-area-based\",\"plmnList\":[{\"mcc\":\"262\",\"mnc\":\"01\"},"
		  "{\"mcc\":\"214\","
		  "\"mnc\":\"07\"}]},\"traceReference\":\"0a0b\",\"tracePropagationParameters\":"
		  "{\"traceRecordingSessionReference\":7,\"traceDepth\":\"medium\","
		  "\"listOfInterfacesToTrace\":[{\"interface\":\"iu-ps\"}]},"
		  "\"traceCollectionEntityIpAddress\":{\"bits\":32,\"ipv4\":\"192.168.0.1\"}}",
		  "\"ueApplicationLayerMeasurementConfiguration\":"
		  "{\"applicationLayerContainerForMeasurementConfiguration\":\"aabbcc\","
		  "\"areaScopeForUeApplicationLayerMeasurementConfiguration\":"
		  "{\"choice\":\"labased\","
		  "\"laiList\":[{\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":5}]}}");
	expect_ok(CN_INVOKE_TRACE_MDT_AREAS,
		  "\"mdtAreaScope\":{\"choice\":\"labased\",\"laiList\":[{\"mcc\":\"262\","
		  "\"mnc\":\"01\",\"lac\":1},{\"mcc\":\"214\",\"mnc\":\"07\",\"lac\":4660}]},"
		  "\"mdtMode\":{\"choice\":\"immediateMDT\",\"measurementsToActivate\":24,"
		  "\"extensions\":[{\"id\":265,",
		  "\"m4Report\":{\"choice\":\"all\"}",
		  "\"m5Report\":{\"choice\":\"when-available\"}",
		  "\"mdtAreaScope\":{\"choice\":\"plmn-area-based\"},\"mdtMode\":"
		  "{\"choice\":\"immediateMDT\",\"measurementsToActivate\":128}}");
	robust(CN_INVOKE_TRACE_MDT);
	robust(CN_INVOKE_TRACE_LOGGED_QOE);
	robust(CN_INVOKE_TRACE_MDT_AREAS);
	/* malformed: reportInterval 1101 (13), outside its 13 root values (tshark 4.0 takes
	 * it for the extension value ms8000), at offset 34; the threshold 01 1e (286) outside
	 * INTEGER (-120..165), at offset 32 where its two octets begin (tshark: "value too
	 * big") */
	expect("00104045 400001 0041 40 04 80010203 0000 00f4 40 34"
	       "50 03 00 123456 00 05 3f 02 20 0014 0d 70 10"
	       "19 0003 0109 40 02 51a8 010a 40 01 44 010b 40 02 0a80 010c 40 02 1800"
	       "0000 0108 40 04 00 62f210", "\"m2report\":{\"choice\":\"periodic\"}",
	       "\"error\":{\"offset\":34,\"reason\":\"reportInterval is 13, more than its range "
	       "allows (13 values)\"}", NULL);
	expect("00104045 400001 0041 40 04 80010203 0000 00f4 40 34"
	       "50 03 00 123456 00 05 3f 02 20 011e 03 70 10"
	       "19 0003 0109 40 02 51a8 010a 40 01 44 010b 40 02 0a80 010c 40 02 1800"
	       "0000 0108 40 04 00 62f210", "\"measurementQuantity\":\"cpichRSCP\"}",
	       "\"error\":{\"offset\":32,\"reason\":\"threshold is 286, more than its range "
	       "allows (286 values)\"}", NULL);
}
END_TEST

/* ---- the container lists of relocation and the enhanced relocation RAB items ----------------- */

/*
 * ResetResourceAcknowledge (20 1b 00 2a) | 00 00 02 | 00 03 CN-DomainIndicator 00 01 80 |
 * 00 4d IuSigConIdList 00 1e | 01 (IuSigConId-IE-ContainerList SIZE (1..maxNrOfIuSigConIds
 * (250)): 8 bits, count - 1 = 1) | 00 01 (one field) 00 4e IuSigConIdItem 00 0d |
 *	40 = 0 (no extension) 1 (iE-Extensions) pad | 0a 0b 0c (BIT STRING (SIZE (24)), aligned) |
 *	00 00 (one extension) 01 1a IuSigConIdRangeEnd 40 03 0d 0e 0f |
 * 00 01 00 4e 00 04 | 00 = 0 0 pad | 00 00 05
 * tshark 4.0: the same values (ResetResourceAckList).
 */
#define RESET_RESOURCE_ACK "201b002a 000002 0003 00 01 80 004d 00 1e 01" \
	"0001 004e 00 0d 40 0a0b0c 0000 011a 40 03 0d0e0f 0001 004e 00 04 00 000005"

/*
 * RANAP-RelocationInformation (00 1c 40 44) | 40 (protocolExtensions) | 00 01 |
 * 00 51 DirectTransferInformationList-RANAP-RelocInf 40 17 | 10 = 0001 (DirectTransfer-IE-
 * ContainerList SIZE (1..maxNrOfDTs (15)): 4 bits, two) pad |
 *	00 01 00 50 DirectTransferInformationItem-RANAP-RelocInf 40 05 | 00 = 0 0 (no extension,
 *	no iE-Extensions) pad | 02 05 21 (NAS-PDU: MM CM SERVICE ACCEPT) | 00 = 0 0 (SAPI: no
 *	extension, sapi-0) 0 (cs-domain) pad |
 *	00 01 00 50 40 05 | 00 | 02 08 03 (GMM ATTACH COMPLETE) | 60 = 0 1 (sapi-3) 1 (ps-domain) |
 * 00 01 (two extensions) 00 67 SourceRNC-PDCP-context-info 40 04 | 03 aa bb cc (RRC-Container,
 *	an OCTET STRING) |
 * 00 f7 RNSAPRelocationParameters 00 18 | 0 (no extension) 0 1 1 1 (rabParmetersList absent;
 *	locationReporting, traceInformation, sourceSAI) 0 | LocationReportingTransferInformation:
 *	0 (no extension) 1 0 1 1 0 0 0 0 1 0 0 0 (reportChangeOfSAI, directReportingIndicator,
 *	verticalAccuracyCode, responseTime) | 0 (reportChangeOfSAI requested: one value, no
 *	bits) | 0 1 (directGeo) | 0001010 (verticalAccuracyCode 10) | 0 1 (delaytolerant) |
 *	TraceInformation: 0 0 0 | 0 (traceReference: 2 octets) pad 01 02 | UE-ID: 0 0 (imsi)
 *	101 (8 octets) pad 62 02 11 32 54 76 98 f0 | SAI: 0 pad 62 f2 10 00 01 00 02
 *	-> 39 61 04 52 00 | 01 02 | 28 | 62 02 11 32 54 76 98 f0 | 00 62 f2 10 00 01 00 02
 * tshark 4.0: the same values.
 */
#define RANAP_RELOCATION_INFORMATION "001c4044 400001 0051 40 17 10" \
	"0001 0050 40 05 00 020521 00 0001 0050 40 05 00 020803 60" \
	"0001 0067 40 04 03aabbcc" \
	"00f7 00 18 3961045200 0102 28 62021132547698f0 00 62f210 0001 0002"

/*
 * EnhancedRelocationCompleteRequest (00 2b 00 1d) | 00 00 01 | 00 bc RAB-SetupList-Enhanced
 * RelocCompleteReq 00 16 | 00 (one RAB) 00 01 00 bd RAB-SetupItem-EnhancedRelocCompleteReq
 * 00 0f |
 *	70 = 0 (no extension) 1 1 1 0 (transportLayerAddressReq1, iuTransportAssociationReq1,
 *	ass-RAB-Parameters) 000 | 28 = 00101 (RAB-ID 5) 0 (TransportLayerAddress: no
 *	extension) 00 | 7c = 011111 (length - 1 = 31 in 8 bits: 32 bits) pad | c0 a8 00 01 |
 *	00 = 0 0 (IuTransportAssociation: no extension, gTP-TEI) pad | 01 02 03 04 |
 *	42 = 0 1 0 0 (Ass-RAB-Parameters: assMaxBitrateInf) 0 (one bit rate) 01 (MaxBitrate
 *	1..16000000: two octets) pad | f9 ff (1 + 63999 = 64000)
 */
#define ENH_RELOC_COMPLETE_REQ "002b001d 000001 00bc 00 16 00 0001 00bd 00 0f" \
	"70 28 7c c0a80001 00 01020304 42 f9ff"

/*
 * EnhancedRelocationCompleteResponse (20 2b 00 22) | 00 00 01 | 00 be RAB-SetupList-Enhanced
 * RelocCompleteRes 40 1b | 00 00 01 00 bf RAB-SetupItem-EnhancedRelocCompleteRes 00 14 |
 *	28 = 0 0 1 0 1 0 (transportLayerAddressRes1, rab2beReleasedList) 00 | 18 = 000110
 *	(RAB-ID 6) 0 0 (UserPlaneInformation: no extension, no iE-Extensions) | 40 = 0 1
 *	(support-mode-for-predefined-SDU-sizes) 000000 | 00 = 00000000 | 43 = 01 (uP-Mode
 *	Versions 0x0001) 0 (TLA: no extension) 00011 | e0 = 111 (32 bits) pad | 0a 00 00 01 |
 *	00 (one RAB) 00 01 00 d1 RAB-ToBeReleasedItem-EnhancedRelocCompleteRes 40 03 |
 *	01 80 f0 = 0 0 00000110 (RAB-ID 6) 0 000 (radioNetwork) 001111 (16) pad
 * tshark 4.0: the same values.
 */
#define ENH_RELOC_COMPLETE_RES "202b0022 000001 00be 40 1b 00 0001 00bf 00 14" \
	"28 18 40 00 43 e0 0a000001 00 0001 00d1 40 03 0180f0"

/*
 * RANAP-EnhancedRelocationInformationRequest (00 2d 00 47) | 40 | 00 02 |
 * 00 c0 RAB-SetupList-EnhRelocInfoReq 00 21 | 00 00 01 00 c1 RAB-SetupItem-EnhRelocInfoReq
 * 00 1a |
 *	50 = 0 (no extension) 1 0 1 0 0 0 0 (dataVolumeReportingIndication,
 *	dataForwardingInformation) | 07 (RAB-ID 7) | 80 = 1 (ps-domain) then RAB-Parameters:
 *	0 0000000 (no extension, nothing optional) | 20 = 0 10 (interactive) 0 00 (symmetric-
 *	bidirectional) 0 (one maxBitrate) 0 | 40 = 1 (01: two octets) pad | f9 ff (64000) |
 *	80 = 1 (delivery-order-not-requested) pad | 05 dc (maxSDU-Size 1500: two aligned
 *	octets) | 00 = 000 (one SDU-Parameters item) 0000 (no extension, nothing optional)
 *	0 (residualBitErrorRatio: no iE-Extensions) | 08 = 0000 (mantissa 1) 100 (exponent 5)
 *	0 | 84 = 1 (deliveryOfErroneousSDU no: 01) 0 (do-report) 0 0 (UserPlaneInformation)
 *	0 1 (support-mode) 00 | 00 | 04 = 000001 (uP-ModeVersions 1) 0 0 (TNLInformation
 *	EnhRelInfoReq: no extension, no iE-Extensions) | 0f = 0 (TLA) 0001111 | 80 = 1 (32 bits)
 *	pad | 0a 00 00 02 | 00 = 0 0 (gTP-TEI) pad | 00 00 00 09 |
 * 00 85 CNMBMSLinkingInformation 40 09 | 00 = 0 0 0000000 (one joined service; 7 bits) |
 *	00 = 0 0 (item) 0 (TMGI: no iE-Extensions) pad | 62 f2 10 | 00 01 02 (serviceID) |
 *	09 (MBMS-PTP-RAB-ID, 8 bits) |
 * 00 00 (one extension) 00 f8 RABParametersList 00 0c | 00 (one item: 256 values, an aligned
 *	octet) | 60 = 0 1 1 0 (rabDataVolumeReport, upInformation) 0000 | 79 = 0111 (RAB-ID 7)
 *	1 (ps-domain) 0 (one RABDataVolumeReport) 0 1 | 20 = 0 (dataVolumeReference present)
 *	01 (two octets) pad | 03 e8 (1000) | 05 (dataVolumeReference) | 0d = 0 0 (UPInformation)
 *	0011 (frameSeqNoUL 3) 01 | 19 = 00 (frameSeqNoDL 4) 01 (pdu14FrameSeqNoUL 1) 10 (DL 2)
 *	0 1 (pDUtype1) | 02 aa bb (upinitialisationFrame)
 * tshark 4.0: the same values for the RAB item and RABParametersList; it shows no value for
 * CNMBMSLinkingInformation as an IE of this message, but dissects the same octets as an
 * extension with the values above.
 */
#define ENH_RELOC_INFO_REQ "002d0047 400002 00c0 00 21 00 0001 00c1 00 1a" \
	"50 07 80 20 40 f9ff 80 05dc 00 08 84 00 04 0f 80 0a000002 00 00000009" \
	"0085 40 09 00 00 62f210 000102 09" \
	"0000 00f8 00 0c 00 60 79 20 03e8 05 0d 19 02aabb"

/*
 * RANAP-EnhancedRelocationInformationResponse (20 2d 40 2b) | 00 00 02 |
 * 00 c2 RAB-SetupList-EnhRelocInfoRes 40 16 | 00 00 01 00 c3 RAB-SetupItem-EnhRelocInfoRes
 * 00 0f |
 *	60 = 0 1 1 0 (dataForwardingInformation, ass-RAB-Parameters) 0 (cs-domain) 000 |
 *	18 = 00011 (RAB-ID 3) 0 0 (TNLInformationEnhRelInfoRes: no extension, no
 *	iE-Extensions) 0 (TLA) | 1f = 00011111 (32 bits) | 0a 00 00 03 | 40 = 0 1 (bindingID) pad |
 *	11 22 33 44 | 42 f9 ff (Ass-RAB-Parameters as above) |
 * 00 c5 RAB-FailedList-EnhRelocInfoRes 40 0a | 00 00 01 00 c6 RAB-FailedItem-EnhRelocInfoRes
 * 00 03 | 20 81 68 = 0 0 1 (ps-domain) 00000100 (RAB-ID 4) 0 000 (radioNetwork) 101101 (46)
 * tshark 4.0: the same values.
 */
#define ENH_RELOC_INFO_RES "202d402b 000002 00c2 40 16 00 0001 00c3 00 0f" \
	"60 18 1f 0a000003 40 11223344 42 f9ff 00c5 40 0a 00 0001 00c6 00 03 208168"

START_TEST(test_relocation_lists)
{
	expect_ok(RESET_RESOURCE_ACK, "\"message\":\"ResetResourceAcknowledge\"",
		  "\"iuSigConIdList\":[{\"id\":78,\"name\":\"IuSigConIdItem\",\"criticality\":"
		  "\"reject\",\"iuSigConId\":658188,\"extensions\":[{\"id\":282,\"name\":"
		  "\"IuSigConIdRangeEnd\",\"criticality\":\"ignore\",\"value\":\"0d0e0f\","
		  "\"iuSigConIdRangeEnd\":855567}],\"value\":",
		  "{\"id\":78,\"name\":\"IuSigConIdItem\",\"criticality\":\"reject\","
		  "\"iuSigConId\":5,\"value\":\"00000005\"}]");
	/* the published ResetResource's list (test_published): one item, IuSigConId 0 */
	expect_ok(RESET_RESOURCE, "\"iuSigConIdList\":[{\"id\":78,\"name\":\"IuSigConIdItem\","
		  "\"criticality\":\"reject\",\"iuSigConId\":0,\"value\":\"00000000\"}]");
	expect_ok(RANAP_RELOCATION_INFORMATION,
		  "\"message\":\"RANAP-RelocationInformation\"",
		  "\"directTransferInformationList\":[{\"id\":80,",
		  "\"nasPdu\":{\"protocolDiscriminator\":\"MM\"", "\"octets\":\"0521\"},"
		  "\"sapi\":\"sapi-0\",\"cnDomainIndicator\":\"cs-domain\",\"value\":",
		  "\"octets\":\"0803\"},\"sapi\":\"sapi-3\",\"cnDomainIndicator\":\"ps-domain\"",
		  "\"sourceRncPdcpContextInfo\":\"aabbcc\"",
		  "\"rnsapRelocationParameters\":{\"locationReporting\":{\"reportChangeOfSai\":"
		  "\"requested\",\"directReportingIndicator\":\"directGeo\","
		  "\"verticalAccuracyCode\":10,\"responseTime\":\"delaytolerant\"},"
		  "\"traceInformation\":{\"traceReference\":\"0102\",\"ueIdentity\":{\"choice\":"
		  "\"imsi\",\"imsi\":\"262011234567890\"}},\"sourceSai\":{\"mcc\":\"262\","
		  "\"mnc\":\"01\",\"lac\":1,\"sac\":2}}");
	expect_ok(ENH_RELOC_COMPLETE_REQ, "\"message\":\"EnhancedRelocationCompleteRequest\"",
		  "\"rabs\":[{\"id\":189,\"name\":\"RAB-SetupItem-EnhancedRelocCompleteReq\","
		  "\"criticality\":\"reject\",\"rabId\":5,\"transportLayerAddressReq1\":"
		  "{\"bits\":32,\"ipv4\":\"192.168.0.1\"},\"iuTransportAssociationReq1\":"
		  "{\"choice\":\"gTP-TEI\",\"octets\":\"01020304\",\"teid\":16909060},"
		  "\"assRabParameters\":{\"assMaxBitrateInf\":[64000]}");
	expect_ok(ENH_RELOC_COMPLETE_RES, "\"message\":\"EnhancedRelocationCompleteResponse\"",
		  "\"rabId\":6,\"userPlaneInformation\":{\"userPlaneMode\":"
		  "\"support-mode-for-predefined-SDU-sizes\",\"upModeVersions\":1},"
		  "\"transportLayerAddressRes1\":{\"bits\":32,\"ipv4\":\"10.0.0.1\"},"
		  "\"rab2beReleasedList\":[{\"id\":209,\"name\":"
		  "\"RAB-ToBeReleasedItem-EnhancedRelocCompleteRes\",\"criticality\":\"ignore\","
		  "\"rabId\":6,\"cause\":{\"choice\":\"radioNetwork\",\"value\":16,"
		  "\"name\":\"user-inactivity\"}");
	expect_ok(ENH_RELOC_INFO_REQ,
		  "\"message\":\"RANAP-EnhancedRelocationInformationRequest\"",
		  "\"rabId\":7,\"cnDomainIndicator\":\"ps-domain\",\"rabParameters\":"
		  "{\"trafficClass\":\"interactive\",",
		  "\"maxBitrate\":[64000],\"deliveryOrder\":\"delivery-order-not-requested\","
		  "\"maxSduSize\":1500,"
		  "\"sduParameters\":[{\"residualBitErrorRatio\":{\"mantissa\":1,"
		  "\"exponent\":5},\"deliveryOfErroneousSdu\":\"no\"}]},"
		  "\"dataVolumeReportingIndication\":\"do-report\",",
		  "\"dataForwardingInformation\":{\"transportLayerAddress\":{\"bits\":32,"
		  "\"ipv4\":\"10.0.0.2\"},\"iuTransportAssociation\":{\"choice\":\"gTP-TEI\","
		  "\"octets\":\"00000009\",\"teid\":9}}",
		  "\"cnMbmsLinkingInformation\":{\"joinedMbmsBearerServiceIes\":[{\"tmgi\":"
		  "{\"mcc\":\"262\",\"mnc\":\"01\",\"serviceId\":\"000102\"},\"mbmsPtpRabId\":9}]}",
		  "\"rabParametersList\":[{\"rabId\":7,\"cnDomain\":\"ps-domain\","
		  "\"rabDataVolumeReport\":[{\"dlUnsuccessfullyTransmittedDataVolume\":1000,"
		  "\"dataVolumeReference\":5}],\"upInformation\":{\"frameSeqNoUl\":3,"
		  "\"frameSeqNoDl\":4,\"pdu14FrameSeqNoUl\":1,\"pdu14FrameSeqNoDl\":2,"
		  "\"dataPduType\":\"pDUtype1\",\"upInitialisationFrame\":\"aabb\"}}]");
	expect_ok(ENH_RELOC_INFO_RES,
		  "\"message\":\"RANAP-EnhancedRelocationInformationResponse\"",
		  "\"cnDomainIndicator\":\"cs-domain\",\"rabId\":3,\"dataForwardingInformation\":"
		  "{\"dlForwardingTransportLayerAddress\":{\"bits\":32,\"ipv4\":\"10.0.0.3\"},"
		  "\"dlForwardingTransportAssociation\":{\"choice\":\"bindingID\","
		  "\"octets\":\"11223344\"}},\"assRabParameters\":{\"assMaxBitrateInf\":[64000]}",
		  "{\"id\":198,\"name\":\"RAB-FailedItem-EnhRelocInfoRes\",\"criticality\":"
		  "\"reject\",\"cnDomainIndicator\":\"ps-domain\",\"rabId\":4,"
		  "\"cause\":{\"choice\":"
		  "\"radioNetwork\",\"value\":46,\"name\":\"radio-connection-with-UE-Lost\"}");
	/* TMGI (153) of its own, in MBMSSessionStart (00 23): 00 99 40 07 | 00 = 0 (no
	 * iE-Extensions) pad | 62 f2 10 | ab cd ef.  tshark 4.0: the same values. */
	expect_ok("0023400e 000001 0099 40 07 00 62f210 abcdef",
		  "\"tmgi\":{\"mcc\":\"262\",\"mnc\":\"01\",\"serviceId\":\"abcdef\"}");
	robust(RESET_RESOURCE_ACK);
	robust(RANAP_RELOCATION_INFORMATION);
	robust(ENH_RELOC_COMPLETE_REQ);
	robust(ENH_RELOC_COMPLETE_RES);
	robust(ENH_RELOC_INFO_REQ);
	robust(ENH_RELOC_INFO_RES);
	/* malformed: 1111 (16 DirectTransfer containers) where SIZE (1..15) allows 15, at
	 * offset 11; fa (251 IuSigConId containers) where SIZE (1..250) allows 250, at 16 */
	expect("001c4044 400001 0051 40 17 f0"
	       "0001 0050 40 05 00 020521 00 0001 0050 40 05 00 020803 60"
	       "0001 0067 40 04 03aabbcc"
	       "00f7 00 18 3961045200 0102 28 62021132547698f0 00 62f210 0001 0002",
	       "\"error\":{\"offset\":11,\"reason\":\"container list count is 15, more than its "
	       "range allows (15 values)\"}", "\"sourceRncPdcpContextInfo\":\"aabbcc\"", NULL);
	expect("201b002a 000002 0003 00 01 80 004d 00 1e fa"
	       "0001 004e 00 0d 40 0a0b0c 0000 011a 40 03 0d0e0f 0001 004e 00 04 00 000005",
	       "\"cnDomainIndicator\":\"ps-domain\"",
	       "\"error\":{\"offset\":16,\"reason\":\"container list count is 250, more than its "
	       "range allows (250 values)\"}", NULL);
}
END_TEST

/* ---- further IEs: keys, location related data, MBMS, IRAT measurement, RANAP-Message ------- */

/*
 * Iu-ReleaseComplete (20 01 00 81 32: the 2-octet length 306) | 40 | 00 13 (19 IEs):
 * 00 12 NumberOfSteps 40 01 f0 = 1111 (INTEGER (1..16): 16) |
 * 00 5e BroadcastAssistanceDataDecipheringKeys 40 0f 40 = 0 (no extension) 1
 *	(cipheringKeyFlag) pad | 01 .. 07 (currentDecipheringKey, 56 bits aligned) | 11 .. 17 |
 * 00 5f LocationRelatedDataRequestType 40 04 58 20 = 0 1 (requestedGPSAssistanceData) 0 11
 *	(dedicatedAssistanceDataAssistedGPS) 000001 (SIZE (1..38): 2 octets) pad | aa bb |
 * 00 68 InformationTransferID 40 03 40 = 01 (INTEGER (0..1048575): 2 octets) pad | 03 e8 |
 * 00 84 APN 40 0a 08 (SIZE (1..255): 8 bits, 9 octets) | 08 'internet' |
 * 00 87 FrequenceLayerConvergenceFlag 40 01 00 | 00 8c IPMulticastAddress 40 11 c0 = 1100
 *	(SIZE (4..16): 16 octets) pad | 20 01 0d b8 00 .. 01 |
 * 00 8f MBMSBearerServiceType 40 01 40 (broadcast) | 00 90 MBMSCNDe-Registration 40 01 40
 *	(deregister) | 00 92 MBMSSessionDuration 40 03 00 0e 10 | 00 93 MBMSSessionIdentity
 *	40 01 01 | 00 97 MBMSRegistrationRequestType 40 01 00 (register) | 00 98 SessionUpdateID
 *	40 02 00 07 (one octet: 7) | 00 9d MBMSSessionRepetitionNumber 40 01 02 |
 *	00 a3 TimeToMBMSDataTransfer 40 01 03 |
 * 00 e0 EncryptionKey 40 10 01 .. 10 | 00 e1 IntegrityProtectionKey 40 10 01 f0 e0 .. 10 |
 * 01 02 VoiceSupportMatchIndicator 40 01 40 (not-supported) | 01 1f P-TMSI 40 04 c0 ff ee 01 |
 * 00 10 (17 extensions):
 * 00 73 LocationRelatedDataRequestTypeSpecificToGERANIuMode 40 01 40 = 0 10 (dedicatedMobile
 *	BasedEOTDAssistanceData) | 00 78 PositionDataSpecificToGERANIuMode 40 03 02 12 34 |
 * 00 a9 MBMSCountingInformation 40 01 40 (notcounting) | 00 b9 RequestedGANSSAssistanceData
 *	40 03 01 (SIZE (1..201): 8 bits, 2 octets) aa bb | 00 ec IP-Source-Address 40 05 00 c0 a8
 *	00 01 | 01 19 UERegistrationQueryResult 40 0c 0a = 0 (uE-IsServed) 0 0 0 (iMSI) 101
 *	pad | 62 02 11 32 54 76 98 f0 | 62 f2 10 |
 * 00 b8 GANSS-PositioningDataSet 40 03 11 23 40 = 0001 (two) 00010010 00110100 pad |
 * 01 1c Additional-PositioningDataSet 40 02 1f e0 = 000 (one) 11111111 pad |
 * 00 f3 IRAT-Measurement-Configuration 40 09 | 1 1 0 (rSRP, rSRQ; no extension marker, no
 *	iE-Extensions) | 0110010 (rSRP 50) | 010100 (rSRQ 20) | 1 0 (eUTRANFrequencies) |
 *	0001001 (measurementDuration 10) | 001 (two) | 1 0 (measBand) -> cc 94 84 98 | 18 9c
 *	(earfcn 6300, aligned) | 60 = 011 (v50) 0 0 pad | 00 64 (earfcn 100) |
 * 00 f5 Priority-Class-Indicator 40 01 05 | 00 fd Time-UE-StayedInCell-EnhancedGranularity
 *	40 02 9f f6 (40950: two aligned octets) | 01 0d TimingDifferenceULDL 40 01 ab |
 * 01 0e Serving-Cell-Identifier 40 09 00 = 0 pad | 62 f2 10 | c0 = 11 (4 octets) pad |
 *	01 23 45 67 |
 * 01 0f EARFCN-Extended 40 03 20 = 0 (root) 01 (2 octets) pad | 11 70 (65536 + 4464) |
 * 01 14 Session-Re-establishment-Indicator 40 01 00 | 01 16 RSRQ-Type 40 01 80 = 1 (allSymbols
 *	TRUE) 0 | 01 17 RSRQ-Extension 40 01 0a = 0 0001010 (-30 + 10)
 * tshark 4.0: the same values throughout.
 */
#define MORE_IES "20010081 32 400013 0012 40 01 f0" \
	"005e 40 0f 40 01020304050607 11121314151617 005f 40 04 5820aabb 0068 40 03 4003e8" \
	"0084 40 0a 08 08696e7465726e6574 0087 40 01 00" \
	"008c 40 11 c0 20010db8000000000000000000000001 008f 40 01 40 0090 40 01 40" \
	"0092 40 03 000e10 0093 40 01 01 0097 40 01 00 0098 40 02 0007 009d 40 01 02" \
	"00a3 40 01 03 00e0 40 10 0102030405060708090a0b0c0d0e0f10" \
	"00e1 40 10 01f0e0d0c0b0a0908070605040302010 0102 40 01 40 011f 40 04 c0ffee01" \
	"0010 0073 40 01 40 0078 40 03 021234 00a9 40 01 40 00b9 40 03 01aabb" \
	"00ec 40 05 00c0a80001 0119 40 0c 0a62021132547698f062f210 00b8 40 03 112340" \
	"011c 40 02 1fe0 00f3 40 09 cc948498189c600064 00f5 40 01 05 00fd 40 02 9ff6" \
	"010d 40 01 ab 010e 40 09 0062f210c001234567 010f 40 03 201170 0114 40 01 00" \
	"0116 40 01 80 0117 40 01 0a"

/*
 * RerouteNASRequest (00 31 40 23) | 00 00 02 | 01 20 RANAP-Message 40 14 | 13 (an OCTET STRING
 * of 19 octets) and the published DirectTransfer DT_CM_SRV_ACK | 01 1f P-TMSI 40 04 c0 ff ee
 * 01.  tshark 4.0 shows the RANAP-Message as octets only.
 */
#define REROUTE_NAS_REQUEST "00314023 000002 0120 40 14 13" DT_CM_SRV_ACK \
	"011f 40 04 c0ffee01"

START_TEST(test_more_ies)
{
	expect_ok(MORE_IES, "\"numberOfSteps\":16",
		  "\"broadcastAssistanceDataDecipheringKeys\":{\"cipheringKeyFlag\":1,"
		  "\"currentDecipheringKey\":\"01020304050607\","
		  "\"nextDecipheringKey\":\"11121314151617\"}",
		  "\"locationRelatedDataRequestType\":{\"requestedLocationRelatedDataType\":"
		  "\"dedicatedAssistanceDataAssistedGPS\",\"requestedGpsAssistanceData\":\"aabb\"}",
		  "\"informationTransferId\":1000",
		  "\"apn\":{\"octets\":\"08696e7465726e6574\",\"apn\":\"internet\"}",
		  "\"frequenceLayerConvergenceFlag\":\"no-FLC-flag\"",
		  "\"ipMulticastAddress\":{\"octets\":\"20010db8000000000000000000000001\","
		  "\"ipv6\":\"2001:db8::1\"}",
		  "\"mbmsBearerServiceType\":\"broadcast\"",
		  "\"mbmsCnDeRegistration\":\"deregister\"",
		  "\"mbmsSessionDuration\":\"000e10\"", "\"mbmsSessionIdentity\":\"01\"",
		  "\"mbmsRegistrationRequestType\":\"register\"", "\"sessionUpdateId\":7",
		  "\"mbmsSessionRepetitionNumber\":\"02\"", "\"timeToMbmsDataTransfer\":\"03\"",
		  "\"encryptionKey\":\"0102030405060708090a0b0c0d0e0f10\"",
		  "\"integrityProtectionKey\":\"01f0e0d0c0b0a0908070605040302010\"",
		  "\"voiceSupportMatchIndicator\":\"not-supported\"", "\"pTmsi\":\"c0ffee01\"",
		  "\"locationRelatedDataRequestTypeSpecificToGeranIuMode\":"
		  "\"dedicatedMobileBasedEOTDAssistanceData\"",
		  "\"positionDataSpecificToGeranIuMode\":\"1234\"",
		  "\"mbmsCountingInformation\":\"notcounting\"",
		  "\"requestedGanssAssistanceData\":\"aabb\"",
		  "\"ipSourceAddress\":{\"octets\":\"c0a80001\",\"ipv4\":\"192.168.0.1\"}",
		  "\"ueRegistrationQueryResult\":{\"choice\":\"uE-IsServed\",\"permanentNasUeId\":"
		  "{\"choice\":\"iMSI\",\"imsi\":\"262011234567890\"},\"plmnIdentity\":"
		  "{\"mcc\":\"262\",\"mnc\":\"01\"}}",
		  "\"ganssPositioningDataSet\":[18,52]", "\"additionalPositioningDataSet\":[255]",
		  "\"iratMeasurementConfiguration\":{\"rsrp\":50,\"rsrq\":20,"
		  "\"iratMeasurementParameters\":{\"measurementDuration\":10,\"eutranFrequencies\":"
		  "[{\"earfcn\":6300,\"measBand\":\"v50\"},{\"earfcn\":100}]}}",
		  "\"priorityClassIndicator\":5", "\"timeUeStayedInCellEnhancedGranularity\":40950",
		  "\"timingDifferenceUlDl\":\"ab\"",
		  "\"servingCellIdentifier\":{\"mcc\":\"262\",\"mnc\":\"01\",\"cellId\":19088743}",
		  "\"earfcnExtended\":70000", "\"sessionReEstablishmentIndicator\":\"true\"",
		  "\"rsrqType\":{\"allSymbols\":true,\"wideBand\":false}", "\"rsrqExtension\":-20");
	expect_ok(REROUTE_NAS_REQUEST, "\"message\":\"RerouteNASRequest\"",
		  "\"ranapMessage\":{\"pdu\":\"initiatingMessage\",\"procedureCode\":20,"
		  "\"procedure\":\"DirectTransfer\",\"criticality\":\"ignore\",\"message\":"
		  "\"DirectTransfer\",\"ies\":[{\"id\":59,",
		  "\"sapi\":\"sapi-0\"", "\"message\":\"CM SERVICE ACCEPT\"",
		  "\"octets\":\"0014400f000002003b40010000104003020521\"}",
		  "\"pTmsi\":\"c0ffee01\"");
	robust(MORE_IES);
	robust(REROUTE_NAS_REQUEST);
	/* malformed: EARFCN-Extended with its extension bit set (a0 = 1 ...), reported at its
	 * octet 293; criticality 11 in the RANAP-Message (00 14 c0), reported at octet 14 of the
	 * outer PDU (the inner PDU begins at 12) */
	expect("20010081 32 400013 0012 40 01 f0"
	       "005e 40 0f 40 01020304050607 11121314151617 005f 40 04 5820aabb 0068 40 03 4003e8"
	       "0084 40 0a 08 08696e7465726e6574 0087 40 01 00"
	       "008c 40 11 c0 20010db8000000000000000000000001 008f 40 01 40 0090 40 01 40"
	       "0092 40 03 000e10 0093 40 01 01 0097 40 01 00 0098 40 02 0007 009d 40 01 02"
	       "00a3 40 01 03 00e0 40 10 0102030405060708090a0b0c0d0e0f10"
	       "00e1 40 10 01f0e0d0c0b0a0908070605040302010 0102 40 01 40 011f 40 04 c0ffee01"
	       "0010 0073 40 01 40 0078 40 03 021234 00a9 40 01 40 00b9 40 03 01aabb"
	       "00ec 40 05 00c0a80001 0119 40 0c 0a62021132547698f062f210 00b8 40 03 112340"
	       "011c 40 02 1fe0 00f3 40 09 cc948498189c600064 00f5 40 01 05 00fd 40 02 9ff6"
	       "010d 40 01 ab 010e 40 09 0062f210c001234567 010f 40 03 a01170 0114 40 01 00"
	       "0116 40 01 80 0117 40 01 0a",
	       "\"error\":{\"offset\":293,\"reason\":\"earfcnExtended: a value outside the root "
	       "range (not supported)\"}", "\"rsrqExtension\":-20", NULL);
	expect("00314023 000002 0120 40 14 13 0014c00f000002003b40010000104003020521"
	       "011f 40 04 c0ffee01", "\"procedure\":\"DirectTransfer\"",
	       "\"error\":{\"offset\":14,\"reason\":\"criticality is 3, more than its range "
	       "allows (3 values)\"}", "\"pTmsi\":\"c0ffee01\"", NULL);
	/*
	 * RANAP-Message nested three deep (a RerouteNASRequest in a RerouteNASRequest in a
	 * RerouteNASRequest, holding DT_CM_SRV_ACK): the RANAP-Messages of the two outer
	 * levels are decoded; the IE of the third is listed in hex (RANAP_MAX_DEPTH), so the
	 * innermost DirectTransfer is octets only: no "sapi"
	 */
	{
		static const char nested[] = "00314033 000001 0120 40 2c 2b 00314027 000001"
			"0120 40 20 1f 0031401b 000001 0120 40 14 13" DT_CM_SRV_ACK;
		char *s;
		uint8_t buf[MAXV];
		size_t n = tu_ber(nested, buf, MAXV);

		expect_no_error(nested);
		s = render(buf, n, 0);
		tu_assert_has(s, "\"ranapMessage\":{\"pdu\":\"initiatingMessage\",\"procedureCode\":"
			      "49,");
		ck_assert_msg(strstr(s, "\"sapi\"") == NULL, "decoded past RANAP_MAX_DEPTH: %s", s);
		free(s);
		robust(nested);
	}
}
END_TEST

/*
 * The TS 48.018 IEs of a fixed layout in the BSS containers: Iu-ReleaseComplete (20 01 00 3f)
 * | 40 | 00 00 | 00 00 | 00 a1 SourceBSS-ToTargetBSS-TransparentContainer 40 36 | 35 (53) |
 *	08 88 Cell Identifier (11.3.9, length indicator 1 0001000: 8): RAI 62 f2 10 (MCC 262,
 *	MNC 01) 00 01 (LAC 1) 05 (RAC 5), CI 00 02 |
 *	10 85 Location Area (11.3.17): 62 f2 10 12 34 |
 *	1b 86 Routeing Area (11.3.31): 62 f2 10 12 34 07 |
 *	6d 81 02 Page Mode (11.3.88: bits 2-1 10, Paging Reorganization) |
 *	6e 81 01 Container ID (11.3.89: bits 2-1 01) |
 *	6f 81 25 Global TFI (11.3.90: bits 6-1 1 00101, DOWNLINK_TFI 5) |
 *	7a 81 09 CS Indication (11.3.98: Contents 9) |
 *	81 81 0a Subscriber Profile ID for RAT/Frequency priority (11.3.105: 10 + 1) |
 *	82 81 03 Request for Inter RAT Handover Info (11.3.106: bit 2 E-UTRAN, bit 1 UTRAN) |
 *	83 81 01 Reliable Inter RAT Handover Info (11.3.107: bit 1) |
 *	73 81 00 Inter RAT Handover Info (11.3.94: the TS 25.331 message, four CHOICEs absent) |
 *	80 90 ... E-UTRAN Inter RAT Handover Info (11.3.104: 16 octets, a TS 36.331
 *	UE-EUTRA-Capability, the UE_CAP of check_lte_rrc.c: rel9, category 3, ...)
 * tshark 4.0 lists this RANAP container in hex; as IEs of a BSSGP PS-HANDOVER-REQUIRED it
 * dissects the same Cell Identifier (RAI 262-1-1-5, CI 2), Page Mode, Container ID and CS
 * Indication values (it reads the Global TFI's choice from bit 5, not bit 6).
 */
#define BSS_CONTAINER_IES "2001004d 400000 0000 00a1 40 44 43 0888 62f210 0001 05 0002" \
	"1085 62f210 1234 1b86 62f210 1234 07 6d8102 6e8101 6f8125 7a8109 81810a 828103 838101" \
	"738100 8090 853800411898102819ff732202002038"

START_TEST(test_bss_container_ies)
{
	expect_ok(BSS_CONTAINER_IES,
		  "{\"iei\":8,\"name\":\"Cell Identifier\",\"length\":8,"
		  "\"value\":\"62f2100001050002\","
		  "\"cellIdentifier\":{\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":1,\"rac\":5,"
		  "\"ci\":2}}",
		  "\"locationArea\":{\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":4660}}",
		  "\"routeingArea\":{\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":4660,\"rac\":7}}",
		  "\"pageMode\":\"Paging Reorganization\"", "\"containerId\":1",
		  "\"downlinkTfi\":5", "\"csIndicationContents\":9",
		  "\"subscriberProfileIdForRatFrequencyPriority\":11",
		  "\"eutranInterRatHandoverInfoRequested\":true,"
		  "\"interRatHandoverInfoRequested\":true",
		  "\"interRatHandoverInfoReliable\":true",
		  "\"interRatHandoverInfo\":{\"type\":\"InterRATHandoverInfo\",\"value\":",
		  "{\"iei\":128,\"name\":\"E-UTRAN Inter RAT Handover Info\",\"length\":16,"
		  "\"value\":\"853800411898102819ff732202002038\",\"eutranInterRatHandoverInfo\":"
		  "{\"type\":\"UE-EUTRA-Capability\",\"value\":{\"accessStratumRelease\":\"rel9\","
		  "\"ue-Category\":3,");
	robust(BSS_CONTAINER_IES);
	/* malformed: a Cell Identifier of 7 octets (length indicator 87), reported at its
	 * value (offset 16) and listed in hex only */
	expect("20010013 400000 0000 00a1 40 0a 09 0887 62f210 0001 05 00",
	       "{\"iei\":8,\"name\":\"Cell Identifier\",\"length\":7,\"value\":\"62f21000010500\"}",
	       "\"error\":{\"offset\":16,\"reason\":\"BSSGP IE 0x08 of 7 octets,"
	       " its value has 8\"}",
	       NULL);
	/* the uplink choice of Global TFI: bit 6 0, TFI 31 */
	expect_ok("2001000d 400000 0000 00a1 40 04 03 6f811f", "\"uplinkTfi\":31");
}
END_TEST

/* ---- shared networks, trace transfer, idle mode UE lists, MBMS synchronisation ------------- */

/*
 * InformationTransferIndication (00 1f 40 1b) | 00 00 02 | 00 68 InformationTransferID 40 02
 * 00 2a (one octet: 42) | 00 6a ProvidedData 40 0e | 00 = 0 (no extension; the one root
 * alternative, no index) 0 0 (Shared-Network-Information) 00000 (one PLMN: 5 bits for 32)
 * | 00 = 0 0 (the PLMN's item) pad | 62 f2 10 | 01 (lA-LIST SIZE (1..65536): a length
 * determinant, one) | 00 00 40 = 0 0 (LA-LIST item), LAC 0000000000000001 (16 bits, not
 * aligned) pad | 02 (listOF-SNAs: two) | 00 05 | 01 00
 * tshark 4.0: the same values.
 */
#define INFORMATION_TRANSFER_INDICATION "001f401b 000002 0068 40 02 002a" \
	"006a 40 0e 00 00 62f210 01 000040 02 0005 0100"

/*
 * UplinkInformationExchangeRequest (00 21 00 20) | 00 00 03 | 00 88 InformationExchangeID
 * 00 02 00 09 | 00 89 InformationExchangeType 00 01 00 (transfer) | 00 7b InformationTransfer
 * Type 00 0e | 50 = 0 (no extension; rNCTraceInformation) 1 0 (RNCTraceInformation:
 * equipmentsToBeTraced, no iE-Extensions) 1 (traceReference: 3 octets) pad | 01 02 03 |
 * 20 = 0 (activated) 0 10 (iMEIgroup) 0 (no iE-Extensions) pad | 53 40 30 25 37 45 67 f8
 * (IMEI 350403527354768, TBCD) | fe = 1111111 (iMEIMask) pad
 * tshark 4.0: the same values.
 */
#define UPLINK_INFORMATION_EXCHANGE "00210020 000003 0088 00 02 0009 0089 00 01 00" \
	"007b 00 0e 50 010203 20 53403025374567f8 fe"

/*
 * MBMSSessionStart (00 23 00 4f) | 40 | 00 03 |
 * 00 86 DeltaRAListofIdleModeUEs 00 1e | e0 = 1 1 1 (both lists, iE-Extensions; not
 *	extensible) pad | 02 (two RACs, a length determinant) 01 02 | 01 03 | 00 01 (two
 *	extensions) 00 b5 newLAListofIdleModeUEs 00 07 01 00 62 f2 10 00 01 (one LAI) | 00 b6
 *	LAListwithNoIdleModeUEsAnyMore 00 07 01 00 12 f4 70 12 34 |
 * 00 91 MBMSServiceArea 00 04 03 00 12 34 (N - 1 = 0: one MBMS service area code, 4660) |
 * 00 96 RAListofIdleModeUEs 00 10 | 20 = 0 (no extension) 0 (notEmptyRAListofIdleModeUEs)
 *	1 (iE-Extensions) pad | 01 07 (one RAC) | 00 00 00 b4 LAofIdleModeUEs 00 07 01 00 62 f2
 *	10 00 01 |
 * 00 00 (one extension) 00 c9 MBMSSynchronisationInformation 40 09 | 10 = 0 0 0 1
 *	(compressed-header) 0000 (IPMulticastAddress: 4 octets) | c0 a8 00 01 | 01 02 03 04
 *	(gTPDLTEID)
 * tshark 4.0: the same values.
 */
#define MBMS_SESSION_START_IDLE "00230050 400003" \
	"0086 00 1e e0 02 0102 01 03 0001 00b5 00 07 010062f2100001 00b6 00 07 010012f4701234" \
	"0091 00 04 03001234 0096 00 10 20 01 07 0000 00b4 00 07 010062f2100001" \
	"0000 00c9 40 09 10 c0a80001 01020304"

START_TEST(test_idle_mode_and_transfer)
{
	expect_ok(INFORMATION_TRANSFER_INDICATION, "\"informationTransferId\":42",
		  "\"providedData\":{\"choice\":\"shared-network-information\","
		  "\"plmnsInSharedNetwork\":[{\"mcc\":\"262\",\"mnc\":\"01\",\"laList\":"
		  "[{\"lac\":1,\"listOfSnas\":[5,256]}]}]}");
	expect_ok(UPLINK_INFORMATION_EXCHANGE, "\"informationExchangeId\":9",
		  "\"informationExchangeType\":\"transfer\"",
		  "\"informationTransferType\":{\"choice\":\"rNCTraceInformation\","
		  "\"traceReference\":\"010203\",\"traceActivationIndicator\":\"activated\","
		  "\"equipmentsToBeTraced\":{\"choice\":\"iMEIgroup\",\"imei\":\"350403527354768\","
		  "\"imeiMask\":127}}");
	expect_ok(MBMS_SESSION_START_IDLE,
		  "\"deltaRaListOfIdleModeUes\":{\"newRaListOfIdleModeUes\":[1,2],"
		  "\"raListWithNoIdleModeUesAnyMore\":[3],\"extensions\":[{\"id\":181,",
		  "\"newLaListOfIdleModeUes\":[{\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":1}]",
		  "\"laListWithNoIdleModeUesAnyMore\":[{\"mcc\":\"214\",\"mnc\":\"07\","
		  "\"lac\":4660}]",
		  "\"mbmsServiceArea\":{\"numberOfServiceAreaCodes\":1,\"serviceAreaCodes\":[4660],"
		  "\"octets\":\"001234\"}",
		  "\"raListOfIdleModeUes\":{\"choice\":\"notEmptyRAListofIdleModeUEs\","
		  "\"raOfIdleModeUes\":[7],\"extensions\":[{\"id\":180,",
		  "\"laOfIdleModeUes\":[{\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":1}]",
		  "\"mbmsSynchronisationInformation\":{\"mbmsHcIndicator\":\"compressed-header\","
		  "\"ipMulticastAddress\":{\"octets\":\"c0a80001\",\"ipv4\":\"192.168.0.1\"},"
		  "\"gtpDlTeid\":16909060}");
	robust(INFORMATION_TRANSFER_INDICATION);
	robust(UPLINK_INFORMATION_EXCHANGE);
	robust(MBMS_SESSION_START_IDLE);
	/* malformed: a listOF-SNAs of no SNAC (its length 00), at offset 26 */
	expect("001f401b 000002 0068 40 02 002a 006a 40 0e 00 00 62f210 01 000040 00 0005 0100",
	       "\"lac\":1", "\"error\":{\"offset\":26,\"reason\":\"listOF-SNAs of no element, SIZE "
	       "(1..65536)\"}", NULL);
	/* the emptyFullRAListofIdleModeUEs alternative: 0 1 0 1 (fulllist) -> 50 (tshark 4.0:
	 * the same) */
	expect_ok("00230008 000001 0096 00 01 50",
		  "\"raListOfIdleModeUes\":{\"choice\":\"emptyFullRAListofIdleModeUEs\","
		  "\"emptyFullRaListOfIdleModeUes\":\"fulllist\"}");
}
END_TEST

/* ---- RIM, MBMS requests and UE linking, GERAN Iu mode, QoE, SRVCC source ------------------- */

/*
 * RAB-AssignmentResponse (60 00 00 28) | 40 (protocolExtensions) | 00 01 |
 * 00 26 RAB-QueuedList 40 09 | 00 (one container) 00 01 | 00 25 RAB-QueuedItem 40 02 |
 *	01 c0 = 0 0 00000111 (RAB-ID 7) pad |
 * 00 01 (two extensions) | 00 6e GERAN-Iumode-RAB-FailedList-RABAssgntResponse 40 0d |
 *	00 (one container) 00 01 | 00 6d GERAN-Iumode-RAB-Failed-RABAssgntResponse-Item 40 06 |
 *	40 a1 a8 = 0 (no extension) 1 (gERAN-Classmark) 0 (no iE-Extensions) 00000101 (RAB-ID
 *	5) 0 (Cause root) 000 (radioNetwork) 110101 (1 + 53: gERAN-Iumode-failure) pad |
 *	02 ab cd (gERAN-Classmark: 2 octets) |
 * 00 03 CN-DomainIndicator 40 01 80 (ps-domain).
 * tshark 4.0: the same values (it lists the GERAN Classmark in hex).
 */
#define RAB_ASS_RESP_GERAN "60000028 400001 0026 40 09 000001 0025 40 02 01c0" \
	"0001 006e 40 0d 000001 006d 40 06 40a1a8 02abcd 0003 40 01 80"

/*
 * DirectInformationTransfer (00 22 40 49) | 00 00 02 |
 * 00 7e InterSystemInformationTransferType 40 3d | 40 = 0 (no extension; rIM-Transfer, the
 *	only root alternative, no index) 1 (rIMRoutingAddress) 0 (no iE-Extensions) pad |
 *	32 (rIMInformation: 50 octets), the TS 48.018 RIM PDU:
 *	71 RAN-INFORMATION-REQUEST |
 *	54 89 RIM Routing Information (the Destination Cell Identifier, 9 octets): 00
 *		(discriminator 0: a GERAN cell) 62 f2 10 00 01 05 (RAI: MCC 262, MNC 01, LAC 1,
 *		RAC 5) 00 02 (CI 2) |
 *	54 89 (the Source Cell Identifier): 01 (discriminator 1: a UTRAN RNC) 62 f2 10 00 01 05
 *		00 2a (RNC-ID 42) |
 *	57 99 RAN-INFORMATION-REQUEST RIM Container (25 octets): 4b 81 01 (RIM Application
 *		Identity: NACC) 4c 84 00 00 00 07 (RIM Sequence Number 7) 4f 81 02 (RIM PDU
 *		Indications: PDU Type Extension 001, no ACK) 55 81 01 (RIM Protocol Version 1)
 *		4d 88 62 f2 10 00 01 05 00 03 (the NACC Application Container: the reporting cell)
 *	| 40 = 0 (RIMRoutingAddress root) 1 (gERAN-Cell-ID) 0 (no iE-Extensions) 0 (LAI: none)
 *	pad | 62 f2 10 | 00 01 (LAC) 05 (RAC) 00 02 (CI: 16 bits each, not aligned) |
 * 00 03 CN-DomainIndicator 40 01 80 (ps-domain).
 * tshark 4.0 dissects it with the same values (its BSSGP dissector reads the RIM PDU).
 */
#define RIM_GERAN "00224049 000002 007e 40 3d 40 32 71 5489 0062f2100001050002" \
	"5489 0162f210000105002a 5799 4b8101 4c8400000007 4f8102 558101 4d8862f2100001050003" \
	"40 62f210 0001 05 0002 0003 40 01 80"

/*
 * The same with an E-UTRAN destination (00 22 40 4b) | 00 00 02 | 00 7e 40 3b | 40 | 2a (42
 * octets): 71 | 54 8e (14 octets) 02 (discriminator 2: an eNB) 62 f2 10 00 07 (TAI: TAC 7)
 *	00 62 f2 10 00 12 34 50 (the TS 36.413 Global-ENB-ID: 0 (no extension) 0 (no
 *	iE-Extensions) pad, pLMNidentity, 0 0 (ENB-ID root, macroENB-ID) pad, 20 bits
 *	0x12345 (74565) pad) | 54 89 00 62 f2 10 00 01 05 00 02 | 57 8c 4b 81 01 4c 84 00 00 00
 *	01 4f 81 02 |
 *	80 = 1 (RIMRoutingAddress extension) 0000000 (targeteNB-ID) | 0d (the open type, 13
 *	octets): 00 (TargetENB-ID: no extension, no iE-Extensions) 62 f2 10 00 (macroENB-ID)
 *	12 34 50 | 62 f2 10 00 07 (selectedTAI: TAC 7) |
 * 00 56 GlobalRNC-ID 40 05 62 f2 10 00 2a.
 * tshark 4.0 dissects it with the same values.
 */
#define RIM_ENB "0022404b 000002 007e 40 3b 40 2a 71 548e 0262f2100007 0062f21000123450" \
	"5489 0062f2100001050002 578c 4b8101 4c8400000001 4f8102" \
	"80 0d 0062f2100012345062f2100007 0056 40 05 62f210002a"

/*
 * UplinkInformationExchangeRequest (00 21 00 28) | 00 00 04 | 00 88 InformationExchangeID 00 02
 * 00 09 | 00 89 InformationExchangeType 00 01 40 (request) |
 * 00 8b InformationRequestType 00 11 | 00 = 0 (no extension) 0 (mBMSIPMulticastAddressand
 *	APNRequest) pad | 00 01 (two TMGIs: SIZE (1..512), two aligned octets) | 00 (TMGI:
 *	no iE-Extensions) 62 f2 10 01 02 03 (serviceID) | 00 62 f2 10 04 05 06 |
 * 00 03 CN-DomainIndicator 00 01 80.  tshark 4.0: the same values.
 */
#define UL_INFO_EXCHANGE_REQ "00210028 000004 0088 00 02 0009 0089 00 01 40" \
	"008b 00 11 00 0001 0062f210010203 0062f210040506 0003 00 01 80"

/*
 * UplinkInformationExchangeResponse (20 21 40 26) | 00 00 03 | 00 88 40 02 00 09 |
 * 00 8a InformationRequested 40 14 | 00 = 0 0 (requestedMBMSIPMulticastAddressandAPN
 *	Request) pad | 00 00 (one) | 00 = 0 0 (MBMSIPMulticastAddressandAPNlist: no extension,
 *	no iE-Extensions) 0 (TMGI) pad | 62 f2 10 01 02 03 | 00 = 0000 (iPMulticastAddress,
 *	SIZE (4..16): 4 octets) pad | e0 00 00 01 (224.0.0.1) | 03 (aPN, SIZE (1..255): 4
 *	octets) 03 61 62 63 ("abc") |
 * 00 03 CN-DomainIndicator 40 01 80.  tshark 4.0: the same values.
 */
#define UL_INFO_EXCHANGE_RESP "20214026 000003 0088 40 02 0009" \
	"008a 40 14 00 0000 00 62f210010203 00 e0000001 03 03616263 0003 40 01 80"

/*
 * InformationRequestType permanentNAS-UE-ID (00 21 00 15) | 00 00 02 | 00 8b 00 09 | 54 = 0 1
 *	(permanentNAS-UE-ID) 0 (iMSI, no index) 101 (IMSI of 3 + 5 octets) pad | 62 02 11 32 54
 *	76 98 f0 (262011234567890) | 00 03 00 01 80;
 * InformationRequested requestedMulticastServiceList (20 21 40 14) | 00 00 02 | 00 8a 40 08 |
 *	40 00 = 0 1 (requestedMulticastServiceList) 0000000 (one TMGI: SIZE (1..128), 7 bits)
 *	0 (TMGI) pad | 62 f2 10 07 08 09 | 00 03 40 01 80.
 * tshark 4.0: the same values.
 */
#define UL_INFO_EXCHANGE_REQ_IMSI "00210015 000002 008b 00 09 5462021132547698f0 0003 00 01 80"
#define UL_INFO_EXCHANGE_RESP_LIST "20214014 000002 008a 40 08 4000 62f210070809 0003 40 01 80"

/*
 * MBMSUELinkingRequest (00 26 00 23) | 00 00 02 |
 * 00 8d JoinedMBMSBearerServicesList 00 09 | 00 00 = 0000000 (one: SIZE (1..128)) 0 0 (no
 *	extension, no iE-Extensions) 0 (TMGI) pad | 62 f2 10 01 02 03 | 05 (mBMS-PTP-RAB-ID) |
 * 00 8e LeftMBMSBearerServicesList 00 0f | 02 = 0000001 (two) 0 | 00 = 0 0 0 pad | 62 f2 10
 *	04 05 06 | 00 62 f2 10 07 08 09;
 * MBMSUELinkingResponse (60 26 00 16) | 00 00 02 |
 * 00 9b UnsuccessfulLinkingList 40 0a | 00 00 62 f2 10 01 02 03 | 0f 40 = 0 (Cause root) 000
 *	(radioNetwork) 111101 (1 + 61: mBMS-UE-linking-already-done) pad | 00 03 40 01 80.
 * tshark 4.0: the same values.
 */
#define MBMS_UE_LINKING_REQ "00260023 000002 008d 00 09 0000 62f210010203 05" \
	"008e 00 0f 02 00 62f210040506 00 62f210070809"
#define MBMS_UE_LINKING_RESP "60260016 000002 009b 40 0a 0000 62f210010203 0f40 0003 40 01 80"

/*
 * The QoE and SRVCC indications of Release 15/16 (TS 25.413 V16.0.0; tshark 4.0 follows
 * V14.0.0: it lists these three extensions without decoding them, and the rest the same):
 * InitialUE-Message (00 13 40 0f) | 40 | 00 00 | 00 01 (two extensions) |
 *	01 26 UE-Application-Layer-Measurement-Capability 40 01 c0 = 11000000 (BIT STRING
 *	(SIZE (8)): streaming and MSTI) | 01 22 UE-Usage-Type 40 01 07;
 * RelocationRequest (00 03 00 18) | 00 00 01 | 00 3d 00 11 | 00 20 01 c0 00 (the source RNC
 *	container of S2T_EXTENSIONS, iE-Extensions present) | 00 01 (two) | 01 28 SRVCCSource
 *	40 01 00 = 0 (no extension; ENUMERATED { v5G, ... }: one root value, no bits) pad |
 *	00 9c MBMSLinkingInformation 40 01 00;
 * RelocationRequestAcknowledge (20 03 00 16) | 00 00 02 | 00 3f 40 0a | 20 = 0 0 (no d-RNTI) 1
 *	(iE-Extensions) pad | 01 b0 (rRC-Container) | 00 00 (one) | 01 27 UeApplicationLayer
 *	MeasurementSupportIndication 40 01 40 = 01000000 (MSTI only) | 00 06 40 01 10 (UIA2).
 */
#define INITIAL_UE_QOE "0013400f 400000 0001 0126 40 01 c0 0122 40 01 07"
#define RELOC_REQ_SRVCC_SOURCE "00030018 000001 003d 00 11 0020 01c0 00 0001 0128 40 01 00" \
	"009c 40 01 00"
#define RELOC_REQ_ACK_QOE "20030016 000002 003f 40 0a 20 01b0 0000 0127 40 01 40 0006 40 01 10"

/*
 * The IDs no message carries (199, 208, 211), as extensions of an ErrorIndication (00 16 40 26)
 * | 40 | 00 01 | 00 03 40 01 80 | 00 02 (three extensions) |
 * 00 d3 SourceRNC-ID 40 06 | 00 (no iE-Extensions) 62 f2 10 00 2a (RNC-ID 42) |
 * 00 d0 SourceExtendedRNC-ID 40 02 03 88 (4096 + 904 = 5000: 61440 values, two octets) |
 * 00 c7 Global-ENB-ID 40 08 00 62 f2 10 00 12 34 50 (as in RIM_ENB).
 * tshark 4.0 names the three IDs and leaves their values undecoded.
 */
#define ERROR_INDICATION_ASSUMED "00164026 400001 0003 40 01 80 0002" \
	"00d3 40 06 0062f210002a 00d0 40 02 0388 00c7 40 08 0062f21000123450"

/*
 * LocationReport (00 12 40 80 b6: a two-octet length) | 40 | 00 00 | 00 01 |
 * 01 1d CivicAddress 40 80 a4 | 80 a2 (162 octets) <ca:civicAddress xmlns:ca='urn:ietf:params:
 *	xml:ns:pidf:geopriv10:civicAddr'><ca:country>DE</ca:country><ca:A3>Berlin</ca:A3>
 *	<ca:HNO> 7 </ca:HNO></ca:civicAddress> |
 * 01 1b BarometricPressure 40 04 80 01 16 9d (101325).
 * tshark 4.0: the same values (it shows the civic address in hex).
 */
#define LOCATION_REPORT_CIVIC "00124080b6 400000 0001 011d 4080a4 80a2" \
	"3c63613a63697669634164647265737320786d6c6e733a63613d2775726e3a696574663a706172616d733a" \
	"786d6c3a6e733a706964663a67656f7072697631303a636976696341646472273e3c63613a636f756e7472" \
	"793e44453c2f63613a636f756e7472793e3c63613a41333e4265726c696e3c2f63613a41333e3c63613a48" \
	"4e4f3e2037203c2f63613a484e4f3e3c2f63613a6369766963416464726573733e" \
	"011b 40 04 8001169d"

START_TEST(test_rim)
{
	expect_ok(RIM_GERAN, "\"interSystemInformationTransferType\":{\"choice\":\"rIM-Transfer\","
		  "\"rimInformation\":{\"pduType\":113,\"pduTypeName\":\"RAN-INFORMATION-REQUEST\","
		  "\"ies\":[{\"iei\":84,\"name\":\"RIM Routing Information\",\"length\":9,"
		  "\"value\":\"0062f2100001050002\",\"rimRoutingInformation\":"
		  "{\"routingAddressDiscriminator\":\"A Cell Identifier is used to identify a GERAN "
		  "cell\",\"cellIdentifier\":{\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":1,\"rac\":5,"
		  "\"ci\":2}}}",
		  "\"rimRoutingInformation\":{\"routingAddressDiscriminator\":\"A Global RNC-ID is used "
		  "to identify a UTRAN RNC\",\"routingArea\":{\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":1,"
		  "\"rac\":5},\"rncId\":42}",
		  "\"rimContainer\":{\"ies\":[{\"iei\":75,\"name\":\"RIM Application Identity\","
		  "\"length\":1,\"value\":\"01\",\"rimApplicationIdentity\":\"Network Assisted Cell "
		  "Change (NACC)\"},{\"iei\":76,\"name\":\"RIM Sequence Number\",\"length\":4,"
		  "\"value\":\"00000007\",\"rimSequenceNumber\":7},{\"iei\":79,\"name\":\"RIM PDU "
		  "Indications\",\"length\":1,\"value\":\"02\",\"ackRequested\":false,"
		  "\"pduTypeExtension\":1},{\"iei\":85,\"name\":\"RIM Protocol Version\",\"length\":1,"
		  "\"value\":\"01\",\"rimProtocolVersionNumber\":\"Version 1\"},{\"iei\":77,",
		  "\"octets\":\"7154890062f2",
		  "\"rimRoutingAddress\":{\"choice\":\"gERAN-Cell-ID\",\"mcc\":\"262\",\"mnc\":\"01\","
		  "\"lac\":1,\"rac\":5,\"ci\":2}}",
		  "\"cnDomainIndicator\":\"ps-domain\"");
	expect_ok(RIM_ENB, "\"rimRoutingInformation\":{\"routingAddressDiscriminator\":\"An eNB "
		  "identifier is used to identify an E-UTRAN eNodeB or HeNB\",\"trackingArea\":"
		  "{\"mcc\":\"262\",\"mnc\":\"01\",\"tac\":7},\"globalEnbId\":{\"type\":"
		  "\"Global-ENB-ID\",\"mcc\":\"262\",\"mnc\":\"01\",\"enbIdChoice\":\"macroENB-ID\","
		  "\"enbId\":74565,\"hex\":\"0062f21000123450\"}}",
		  "\"rimSequenceNumber\":1",
		  "\"rimRoutingAddress\":{\"choice\":\"targeteNB-ID\",\"targetEnbId\":{\"mcc\":\"262\","
		  "\"mnc\":\"01\",\"enbIdChoice\":\"macroENB-ID\",\"enbId\":74565,\"selectedTai\":"
		  "{\"mcc\":\"262\",\"mnc\":\"01\",\"tac\":7}},\"octets\":\"0062f2100012345062f2100007\"}",
		  "\"globalRncId\":{\"mcc\":\"262\",\"mnc\":\"01\",\"rncId\":42}");
	robust(RIM_GERAN);
	robust(RIM_ENB);
	/* malformed, each followed by the CN-DomainIndicator IE, still decoded: a Destination
	 * Cell Identifier of 8 octets (54 88: the CI cut to one octet), at 16 where it starts */
	expect("00224022 000002 007e 40 16 40 0b 71 5488 0062f21000010500"
	       "40 62f210 0001 05 0002 0003 40 01 80",
	       "\"rimRoutingInformation\":{\"routingAddressDiscriminator\":\"A Cell Identifier is "
	       "used to identify a GERAN cell\"}",
	       "\"error\":{\"offset\":16,\"reason\":\"RIM Routing Information of 8 octets, "
	       "discriminator 0 needs 9\"}", "\"cnDomainIndicator\":\"ps-domain\"", NULL);
	/* a BSSGP PDU type that is not RIM's (01), at 13; its IEs are listed all the same */
	expect("00224023 000002 007e 40 17 40 0c 01 5489 0062f2100001050002"
	       "40 62f210 0001 05 0002 0003 40 01 80",
	       "\"pduType\":1,\"pduTypeName\":\"not a RIM PDU (1)\"", "\"ci\":2}}}]",
	       "\"error\":{\"offset\":13,\"reason\":\"BSSGP PDU type 0x01 is not one of the RIM PDUs "
	       "(TS 48.018 10.6)\"}", "\"cnDomainIndicator\":\"ps-domain\"", NULL);
	/* a RAN-INFORMATION (70) whose RIM Sequence Number has 3 octets, at 18; the next RIM IE
	 * of the container is decoded */
	expect("00224022 000002 007e 40 16 40 0b 70 5888 4c83000007 4b8102"
	       "40 62f210 0001 05 0002 0003 40 01 80",
	       "\"pduTypeName\":\"RAN-INFORMATION\"",
	       "\"rimApplicationIdentity\":\"System Information 3 (SI3)\"",
	       "\"error\":{\"offset\":18,\"reason\":\"BSSGP IE 0x4c of 3 octets, its value has 4\"}",
	       "\"cnDomainIndicator\":\"ps-domain\"", NULL);
	/* a RIM Container whose length indicator (9a) says one octet more than there are */
	expect("00224033 000002 007e 40 27 40 1c 71 579a 4b8101 4c8400000007 4f8102 558101"
	       "4d8862f2100001050003 40 62f210 0001 05 0002 0003 40 01 80",
	       "\"ies\":[]", "\"error\":{\"offset\":15,\"reason\":\"BSSGP IE 0x57 of 26 octets, "
	       "25 present\"}", "\"cnDomainIndicator\":\"ps-domain\"", NULL);
	/* an rIMInformation longer (0x40) than its IE: the IE stops there, the next is read */
	expect("0022400f 000002 007e 40 03 00 40 71 0003 40 01 80",
	       "\"interSystemInformationTransferType\":{\"choice\":\"rIM-Transfer\"}",
	       "\"error\":{\"offset\":13,\"reason\":\"truncated in rIMInformation",
	       "\"cnDomainIndicator\":\"ps-domain\"", NULL);
}
END_TEST

START_TEST(test_mbms_requests_and_linking)
{
	expect_ok(UL_INFO_EXCHANGE_REQ, "\"informationExchangeType\":\"request\"",
		  "\"informationRequestType\":{\"choice\":\"mBMSIPMulticastAddressandAPNRequest\","
		  "\"tmgis\":[{\"mcc\":\"262\",\"mnc\":\"01\",\"serviceId\":\"010203\"},"
		  "{\"mcc\":\"262\",\"mnc\":\"01\",\"serviceId\":\"040506\"}]}",
		  "\"cnDomainIndicator\":\"ps-domain\"");
	expect_ok(UL_INFO_EXCHANGE_RESP,
		  "\"informationRequested\":{\"choice\":\"requestedMBMSIPMulticastAddressandAPN"
		  "Request\",\"mbmsIpMulticastAddressAndApnList\":[{\"tmgi\":{\"mcc\":\"262\","
		  "\"mnc\":\"01\",\"serviceId\":\"010203\"},\"ipMulticastAddress\":{\"octets\":"
		  "\"e0000001\",\"ipv4\":\"224.0.0.1\"},\"apn\":{\"octets\":\"03616263\","
		  "\"apn\":\"abc\"}}]}", "\"cnDomainIndicator\":\"ps-domain\"");
	expect_ok(UL_INFO_EXCHANGE_REQ_IMSI,
		  "\"informationRequestType\":{\"choice\":\"permanentNAS-UE-ID\",\"permanentNasUeId\":"
		  "{\"choice\":\"iMSI\",\"imsi\":\"262011234567890\"}}");
	expect_ok(UL_INFO_EXCHANGE_RESP_LIST,
		  "\"informationRequested\":{\"choice\":\"requestedMulticastServiceList\",\"tmgis\":"
		  "[{\"mcc\":\"262\",\"mnc\":\"01\",\"serviceId\":\"070809\"}]}");
	expect_ok(MBMS_UE_LINKING_REQ,
		  "\"joinedMbmsBearerServiceIes\":[{\"tmgi\":{\"mcc\":\"262\",\"mnc\":\"01\","
		  "\"serviceId\":\"010203\"},\"mbmsPtpRabId\":5}]",
		  "\"leftMbmsBearerServiceIes\":[{\"tmgi\":{\"mcc\":\"262\",\"mnc\":\"01\","
		  "\"serviceId\":\"040506\"}},{\"tmgi\":{\"mcc\":\"262\",\"mnc\":\"01\","
		  "\"serviceId\":\"070809\"}}]");
	expect_ok(MBMS_UE_LINKING_RESP,
		  "\"unsuccessfulLinkingIes\":[{\"tmgi\":{\"mcc\":\"262\",\"mnc\":\"01\","
		  "\"serviceId\":\"010203\"},\"cause\":{\"choice\":\"radioNetwork\",\"value\":62,"
		  "\"name\":\"mBMS-UE-linking-already-done\"}}]", "\"cnDomainIndicator\":\"ps-domain\"");
	robust(UL_INFO_EXCHANGE_REQ);
	robust(UL_INFO_EXCHANGE_RESP);
	robust(UL_INFO_EXCHANGE_REQ_IMSI);
	robust(UL_INFO_EXCHANGE_RESP_LIST);
	robust(MBMS_UE_LINKING_REQ);
	robust(MBMS_UE_LINKING_RESP);
	/* malformed, the next IE still decoded: three TMGIs announced (00 02), two there: at 39,
	 * where the IE ends */
	expect("00210028 000004 0088 00 02 0009 0089 00 01 40"
	       "008b 00 11 00 0002 0062f210010203 0062f210040506 0003 00 01 80",
	       "\"serviceId\":\"040506\"}]}", "\"error\":{\"offset\":39,\"reason\":\"truncated in "
	       "TMGI", "\"cnDomainIndicator\":\"ps-domain\"", NULL);
	/* an APN of 5 octets (04) in a value of 4: at 33, where its octets start */
	expect("20214026 000003 0088 40 02 0009"
	       "008a 40 14 00 0000 00 62f210010203 00 e0000001 04 03616263 0003 40 01 80",
	       "\"ipv4\":\"224.0.0.1\"}}]}", "\"error\":{\"offset\":33,\"reason\":\"truncated in apn: "
	       "5 octets, 4 present\"}",
	       "\"cnDomainIndicator\":\"ps-domain\"", NULL);
	/* an IMSI whose first digit is a (the low nibble of 6a: '*' in TBCD), at 12 */
	expect("00210015 000002 008b 00 09 546a021132547698f0 0003 00 01 80",
	       "\"permanentNasUeId\":{\"choice\":\"iMSI\"}",
	       "\"error\":{\"offset\":12,\"reason\":\"IMSI digit 1 is '*', not a decimal digit\"}",
	       "\"cnDomainIndicator\":\"ps-domain\"", NULL);
	/* the joined list without its mBMS-PTP-RAB-ID (the value 8 octets): the left list is
	 * decoded */
	expect("00260022 000002 008d 00 08 0000 62f210010203"
	       "008e 00 0f 02 00 62f210040506 00 62f210070809",
	       "\"joinedMbmsBearerServiceIes\":[{\"tmgi\":{\"mcc\":\"262\",\"mnc\":\"01\","
	       "\"serviceId\":\"010203\"}}]", "\"error\":{\"offset\":19,\"reason\":\"truncated in "
	       "mBMS-PTP-RAB-ID", "\"serviceId\":\"070809\"}}]", NULL);
	/* an unsuccessful linking without its cause */
	expect("60260014 000002 009b 40 08 0000 62f210010203 0003 40 01 80",
	       "\"unsuccessfulLinkingIes\":[{\"tmgi\":", "\"error\":{\"offset\":19,"
	       "\"reason\":\"truncated in Cause\"}", "\"cnDomainIndicator\":\"ps-domain\"", NULL);
}
END_TEST

START_TEST(test_geran_iumode_qoe_assumed)
{
	expect_ok(RAB_ASS_RESP_GERAN, "\"rabs\":[{\"id\":37,\"name\":\"RAB-QueuedItem\","
		  "\"criticality\":\"ignore\",\"rabId\":7,",
		  "{\"id\":110,\"name\":\"GERAN-Iumode-RAB-FailedList-RABAssgntResponse\"",
		  "\"rabs\":[{\"id\":109,\"name\":\"GERAN-Iumode-RAB-Failed-RABAssgntResponse-Item\","
		  "\"criticality\":\"ignore\",\"rabId\":5,\"cause\":{\"choice\":\"radioNetwork\","
		  "\"value\":54,\"name\":\"gERAN-Iumode-failure\"},\"geranClassmark\":{\"note\":",
		  "\"hex\":\"abcd\"},\"value\":\"40a1a802abcd\"}]",
		  "\"cnDomainIndicator\":\"ps-domain\"");
	expect_ok(INITIAL_UE_QOE, "\"ueApplicationLayerMeasurementCapability\":{\"bits\":192,"
		  "\"qoeMeasurementForStreamingService\":true,\"qoeMeasurementForMstiService\":true}",
		  "\"ueUsageType\":7");
	expect_ok(RELOC_REQ_SRVCC_SOURCE, "{\"id\":296,\"name\":\"SRVCCSource\","
		  "\"criticality\":\"ignore\",\"value\":\"00\",\"srvccSource\":\"v5G\"}",
		  "\"mbmsLinkingInformation\":\"uE-has-joined-multicast-services\"");
	expect_ok(RELOC_REQ_ACK_QOE, "\"ueApplicationLayerMeasurementSupportIndication\":"
		  "{\"bits\":64,\"qoeMeasurementForStreamingService\":false,"
		  "\"qoeMeasurementForMstiService\":true}",
		  "\"chosenIntegrityProtectionAlgorithm\":\"standard-UMTS-integrity-algorithm-UIA2\"");
	expect_ok(ERROR_INDICATION_ASSUMED,
		  "\"sourceRncId\":{\"typeAssumed\":true,\"mcc\":\"262\",\"mnc\":\"01\",\"rncId\":42}",
		  "\"sourceExtendedRncId\":{\"typeAssumed\":true,\"extendedRncId\":5000}",
		  "\"globalEnbId\":{\"typeAssumed\":true,\"mcc\":\"262\",\"mnc\":\"01\","
		  "\"enbIdChoice\":\"macroENB-ID\",\"enbId\":74565}");
	robust(RAB_ASS_RESP_GERAN);
	robust(INITIAL_UE_QOE);
	robust(RELOC_REQ_SRVCC_SOURCE);
	robust(RELOC_REQ_ACK_QOE);
	robust(ERROR_INDICATION_ASSUMED);
	/* malformed, the next extension still decoded: a GERAN Classmark of 3 octets (03) with
	 * 2 in the item */
	expect("60000028 400001 0026 40 09 000001 0025 40 02 01c0"
	       "0001 006e 40 0d 000001 006d 40 06 40a1a8 03abcd 0003 40 01 80",
	       "\"name\":\"gERAN-Iumode-failure\"}", "\"error\":{\"offset\":37,\"reason\":\"truncated "
	       "in gERAN-Classmark: 3 octets, 2 present\"}", "\"cnDomainIndicator\":\"ps-domain\"",
	       NULL);
	/* an empty UE-Application-Layer-Measurement-Capability (its open type 00), at 13 */
	expect("0013400e 400000 0001 0126 40 00 0122 40 01 07",
	       "{\"id\":294,\"name\":\"UE-Application-Layer-Measurement-Capability\","
	       "\"criticality\":\"ignore\",\"value\":\"\"}", "\"error\":{\"offset\":13,\"reason\":"
	       "\"truncated in ueApplicationLayerMeasurementCapability\"}", "\"ueUsageType\":7",
	       NULL);
	/* an SRVCCSource extension value: 1 (extension) 000000 (0) pad, no name to give */
	expect_ok("00030018 000001 003d 00 11 0020 01c0 00 0001 0128 40 01 80 009c 40 01 00",
		  "\"srvccSource\":\"extension value (0)\"");
	/* a Global-ENB-ID cut in its eNB-ID (7 octets): at 39, where its 20 bits start */
	expect("00164025 400001 0003 40 01 80 0002"
	       "00d3 40 06 0062f210002a 00d0 40 02 0388 00c7 40 07 0062f210001234",
	       "\"globalEnbId\":{\"typeAssumed\":true,\"mcc\":\"262\",\"mnc\":\"01\"}",
	       "\"error\":{\"offset\":39,\"reason\":\"truncated in macroENB-ID\"}", NULL);
}
END_TEST

START_TEST(test_mbms_service_area_and_civic)
{
	expect_ok(LOCATION_REPORT_CIVIC, "\"civicAddress\":{\"pidfLo\":\"<ca:civicAddress xmlns",
		  "\"civicAddress\":[{\"element\":\"country\",\"name\":\"country (ISO 3166 code)\","
		  "\"value\":\"DE\"},{\"element\":\"A3\",\"name\":\"city, township, shi (JP)\","
		  "\"value\":\"Berlin\"},{\"element\":\"HNO\",\"name\":\"house number\","
		  "\"value\":\"7\"}],\"hex\":\"3c63613a",
		  "\"barometricPressure\":101325");
	robust(LOCATION_REPORT_CIVIC);
	/* a civic address that is not UTF-8 (ff): the error is its object's, the barometric
	 * pressure after it is decoded */
	expect("00124019 400000 0001 011d 40 08 07 3c613effff3c2f 011b 40 04 8001169d",
	       "\"civicAddress\":{\"pidfLo\":",
	       "\"error\":{\"offset\":3,\"reason\":\"octet 0xff is not UTF-8\"}",
	       "\"barometricPressure\":101325", NULL);
	/* MBMSServiceArea of two codes (01) with one (12 34), reported where the octets end
	 * (15), the MBMSSessionIdentity after it decoded */
	expect("00230010 000002 0091 00 04 03011234 0093 00 01 07",
	       "\"mbmsServiceArea\":{\"numberOfServiceAreaCodes\":2,\"serviceAreaCodes\":[4660],"
	       "\"octets\":\"011234\"}", "\"error\":{\"offset\":15,\"reason\":\"an MBMS Service Area "
	       "of 3 octets, its 2 code(s) take 5\"}", "\"mbmsSessionIdentity\":\"07\"", NULL);
	/* one octet too many (a third, 56): reported at it */
	expect("00230011 000002 0091 00 05 0400123456 0093 00 01 07",
	       "\"serviceAreaCodes\":[4660]", "\"error\":{\"offset\":15,\"reason\":\"an MBMS Service "
	       "Area of 4 octets, its 1 code(s) take 3\"}", "\"mbmsSessionIdentity\":\"07\"", NULL);
	/* an empty one */
	expect("0023000d 000002 0091 00 01 00 0093 00 01 07",
	       "\"mbmsServiceArea\":{\"octets\":\"\"}", "\"error\":{\"offset\":12,\"reason\":\"an "
	       "MBMS Service Area of no octets", "\"mbmsSessionIdentity\":\"07\"", NULL);
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
	tc = tcase_create("ranap_ies");
	tcase_add_test(tc, test_ies_published);
	tcase_add_test(tc, test_ies_relocation);
	tcase_add_test(tc, test_ies_paging_and_others);
	tcase_add_test(tc, test_ies_depth_and_malformed);
	suite_add_tcase(s, tc);
	tc = tcase_create("ranap_containers");
	/* the robustness loops here decode RRC and LTE RRC containers (asn1c) in every variant */
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_containers);
	tcase_add_test(tc, test_gsm_values);
	tcase_add_test(tc, test_location_trace);
	tcase_add_test(tc, test_other_ies);
	suite_add_tcase(s, tc);
	tc = tcase_create("ranap_more_ies");
	tcase_add_test(tc, test_mdt);
	tcase_add_test(tc, test_relocation_lists);
	tcase_add_test(tc, test_more_ies);
	tcase_add_test(tc, test_bss_container_ies);
	tcase_add_test(tc, test_idle_mode_and_transfer);
	suite_add_tcase(s, tc);
	tc = tcase_create("ranap_rim_mbms");
	tcase_add_test(tc, test_rim);
	tcase_add_test(tc, test_mbms_requests_and_linking);
	tcase_add_test(tc, test_geran_iumode_qoe_assumed);
	tcase_add_test(tc, test_mbms_service_area_and_civic);
	suite_add_tcase(s, tc);
	return s;
}
