/*
 * ansi683.c: IS-683 / C.S0016 OTASP data in ANSI-41 SMS_BearerData.
 *
 * The capture vectors are the SMS_BearerData octets of the eight OTASP messages of
 * ../shared/captures/wireshark-wiki/ansi_map_ota.pcap (frames 5-12: Validation, Configuration,
 * Download and Commit, each Request and its Response); the values expected are those tshark
 * 4.0.17's ansi_683 dissector shows for them (quoted in the comments).  The hand-built
 * vectors were checked by putting them into copies of frames 5 (forward link) and 6 (reverse
 * link) of that capture and decoding those with tshark, except where a comment says not.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "ansi41.h"
#include "ansi683.h"

Suite *tu_suite_ansi683(void);

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	tk_emit_ansi683(e, p, n, arg != NULL);
}

#define FWD NULL
#define REV ((const void *)1)

static void expect_ok(const void *link, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	tu_vexpect_all(emit, link, hex, 1, ap);
	va_end(ap);
}

static void expect(const void *link, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	tu_vexpect_all(emit, link, hex, 0, ap);
	va_end(ap);
}

/* frame 8: Configuration Response, the four NAM blocks and four result codes */
#define CONFIG_RESPONSE \
	"00 04" \
	" 00 14 29c0012d40c1f3e3f9fe76198dc50040020000 80" \
	" 01 06 a61912345a10" \
	" 02 10 20060f9f1fcff3b0cc6e280200100004" \
	" 03 07 0f9f1bf80623d0" \
	" 00 00 00 00"
/* frame 9: Download Request, a CDMA/Analog NAM Download block */
#define DOWNLOAD_REQUEST "01 01 00 11 29c0010000637f00c47a85c04002000080"

START_TEST(test_capture_forward)
{
	/* frame 5: Validation Request (9), 1 block, Verify SPC (0), length 3, SPC 000000 */
	expect_ok(FWD, "09010003000000",
		  "{\"link\":\"forward\",\"messageType\":9,\"messageTypeName\":\"Validation Request\","
		  "\"numBlocks\":1,\"blocks\":[{\"blockId\":0,\"blockName\":\"Verify SPC\",\"length\":3,"
		  "\"spc\":\"000000\",\"hex\":\"000000\"}],\"hex\":\"09010003000000\"}", NULL);
	/* frame 7: Configuration Request (0), 4 blocks: CDMA/Analog NAM (0), Mobile Directory
	 * Number (1), CDMA NAM (2), IMSI_T (3) */
	expect_ok(FWD, "000400010203",
		  "\"messageTypeName\":\"Configuration Request\",\"numBlocks\":4,\"blocks\":["
		  "{\"blockId\":0,\"blockName\":\"CDMA/Analog NAM\"},{\"blockId\":1,\"blockName\":"
		  "\"Mobile Directory Number\"},{\"blockId\":2,\"blockName\":\"CDMA NAM\"},"
		  "{\"blockId\":3,\"blockName\":\"IMSI_T\"}]", NULL);
	/* frame 9: Download Request (1), CDMA/Analog NAM Download (0), length 17: FIRSTCHP 334,
	 * HOME_SID 4, EX 0, IMSI_M_CLASS 0, IMSI_M_ADDR_NUM 0, MCC_M 0, IMSI_M_11_12 0x63,
	 * ACCOLC 1, LOCAL_CONTROL 0, MOB_TERM_HOME / FOR_SID / FOR_NID 1, N_SID_NID 1.  tshark
	 * shows IMSI_M_S only as octets (7f00c47a85) and the SID/NID pair as "2" then
	 * "Reserved: 02000080"; the IMSI_S digits (C.S0005 2.3.1.1) are the mobile's directory
	 * number 6191234501 (frame 8), and the pair is SID 4 (HOME_SID), NID 1, then 7 reserved
	 * bits: 17 octets exactly */
	expect_ok(FWD, DOWNLOAD_REQUEST,
		  "\"messageTypeName\":\"Download Request\",\"numBlocks\":1,\"blocks\":[{\"blockId\":0,"
		  "\"blockName\":\"CDMA/Analog NAM Download\",\"length\":17,\"firstChp\":334,"
		  "\"homeSid\":4,\"ex\":0,\"imsiMClass\":0,\"imsiMAddrNum\":0,\"mccM\":0,"
		  "\"mccMDigits\":\"111\",\"imsiM1112\":99,\"imsiM1112Digits\":\"00\","
		  "\"imsiMS\":\"6191234501\",\"accolc\":1,\"localControl\":false,\"mobTermHome\":true,"
		  "\"mobTermForSid\":true,\"mobTermForNid\":true,\"nSidNid\":1,"
		  "\"sidNid\":[{\"sid\":4,\"nid\":1}],\"hex\":\"29c0010000637f00c47a85c04002000080\"}]",
		  NULL);
	/* frame 11: Commit Request (5), nothing else */
	expect_ok(FWD, "05", "{\"link\":\"forward\",\"messageType\":5,\"messageTypeName\":"
		  "\"Commit Request\",\"hex\":\"05\"}", NULL);
}
END_TEST

START_TEST(test_capture_reverse)
{
	/* frame 6: Validation Response (9), 1 block, Verify SPC (0), Accepted - Operation
	 * successful (0) */
	expect_ok(REV, "09010000",
		  "{\"link\":\"reverse\",\"messageType\":9,\"messageTypeName\":\"Validation Response\","
		  "\"numBlocks\":1,\"blocks\":[{\"blockId\":0,\"blockName\":\"Verify SPC\","
		  "\"resultCode\":0,\"resultName\":\"Accepted - Operation successful\"}]", NULL);
	/* frame 8: Configuration Response (0), 4 blocks.  tshark: CDMA/Analog NAM length 20,
	 * FIRSTCHP 334, HOME_SID 4, EX 1, SCM 106 (other bands, dual mode, slotted, MEID not
	 * configured, 25 MHz, continuous, Class III), MOB_P_REV 6, IMSI_M_CLASS 0, ADDR_NUM 0,
	 * MCC_M 999, IMSI_M_11_12 0x63, ACCOLC 3, LOCAL_CONTROL 0, MOB_TERM_* 1, MAX_SID_NID 20,
	 * STORED_SID_NID 1 */
	expect_ok(REV, CONFIG_RESPONSE,
		  "\"messageTypeName\":\"Configuration Response\",\"numBlocks\":4",
		  "{\"blockId\":0,\"blockName\":\"CDMA/Analog NAM\",\"length\":20,\"firstChp\":334,"
		  "\"homeSid\":4,\"ex\":1,\"scm\":106,\"scmExtended\":false,\"scmDualMode\":true,"
		  "\"scmSlotted\":true,\"scmMeid\":false,\"scm25MHz\":true,\"scmDiscontinuous\":false,"
		  "\"scmPowerClass\":2,\"scmPowerClassName\":\"Class III\",\"mobPRev\":6,"
		  "\"imsiMClass\":0,\"imsiMAddrNum\":0,\"mccM\":999,\"mccMDigits\":\"000\","
		  "\"imsiM1112\":99,\"imsiM1112Digits\":\"00\",\"imsiMS\":",
		  "\"accolc\":3,\"localControl\":false,\"mobTermHome\":true,\"mobTermForSid\":true,"
		  "\"mobTermForNid\":true,\"maxSidNid\":20,\"storedSidNid\":1,\"sidNid\":[{\"sid\":4,",
		  /* Mobile Directory Number, length 6, N_DIGITS 10, 6191234501 */
		  "{\"blockId\":1,\"blockName\":\"Mobile Directory Number\",\"length\":6,"
		  "\"nDigits\":10,\"mdn\":\"6191234501\",\"hex\":\"a61912345a10\"}",
		  /* CDMA NAM, length 16: SLOTTED_MODE 1, MOB_P_REV 6, IMSI_M_CLASS 0, MCC_M 999,
		   * ACCOLC 3, LOCAL_CONTROL 0, MOB_TERM_* 1, MAX_SID_NID 20, STORED_SID_NID 1 */
		  "{\"blockId\":2,\"blockName\":\"CDMA NAM\",\"length\":16,\"slottedMode\":true,"
		  "\"mobPRev\":6,\"imsiMClass\":0,\"imsiMAddrNum\":0,\"mccM\":999,",
		  "\"accolc\":3,\"localControl\":false,\"mobTermHome\":true,\"mobTermForSid\":true,"
		  "\"mobTermForNid\":true,\"maxSidNid\":20,\"storedSidNid\":1,",
		  /* IMSI_T, length 7: IMSI_T_CLASS 0, ADDR_NUM 0, MCC_T 999, IMSI_T_11_12 99 */
		  "{\"blockId\":3,\"blockName\":\"IMSI_T\",\"length\":7,\"imsiTClass\":0,"
		  "\"imsiTAddrNum\":0,\"mccT\":999,\"mccTDigits\":\"000\",\"imsiT1112\":99,",
		  /* four results Accepted - Operation successful (0) */
		  "\"resultCodes\":[{\"resultCode\":0,\"resultName\":\"Accepted - Operation successful\"},"
		  "{\"resultCode\":0,", NULL);
	/* frame 10: Download Response (1), CDMA/Analog NAM Download (0), Accepted (0) */
	expect_ok(REV, "01010000",
		  "\"messageTypeName\":\"Download Response\",\"numBlocks\":1,\"blocks\":[{\"blockId\":0,"
		  "\"blockName\":\"CDMA/Analog NAM Download\",\"resultCode\":0,", NULL);
	/* frame 12: Commit Response (5), Data commit result code Accepted (0) */
	expect_ok(REV, "0500", "\"messageTypeName\":\"Commit Response\",\"resultCode\":0,"
		  "\"resultName\":\"Accepted - Operation successful\"", NULL);
}
END_TEST

/* the parameter set of a result: SMS_BearerData [105] only, as in frames 6, 8, 10 and 12 */
static void emit_result(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	struct tk_ansi41_ctx ctx = { 0, 0x0935, 1, -1 };

	(void)arg;
	tk_emit_ansi41_parameters_ctx(e, p, n, &ctx);
}

/* the parameter set of an invoke of SMSDeliveryPointToPoint, the ServiceIndicator its own */
static void emit_set(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	struct tk_ansi41_ctx ctx = { 1, 0x0935, -1, -1 };

	(void)arg;
	tk_emit_ansi41_parameters_ctx(e, p, n, &ctx);
}

static void expect_with(tu_emit_fn *fn, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	tu_vexpect_all(fn, NULL, hex, 1, ap);
	va_end(ap);
}

/* the same, where something else in the set has an error (frame 5's empty
 * SMS_TeleserviceIdentifier) */
static void expect_any(tu_emit_fn *fn, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	tu_vexpect_all(fn, NULL, hex, 0, ap);
	va_end(ap);
}

START_TEST(test_in_ansi41)
{
	/* frame 5's parameter set: SMS_BearerData, SMS_TeleserviceIdentifier (empty), ESN, MIN,
	 * ServiceIndicator CDMA OTASP Service (1): the bearer data is a forward link message */
	expect_any(emit_set, "f21f 9f6907 09010003000000 9f7400 8904fe3a2fe5 88051619320400 9f81410101",
		    "\"name\":\"SMS_BearerData\",\"otasp\":{\"link\":\"forward\",\"messageType\":9,"
		    "\"messageTypeName\":\"Validation Request\"", NULL);
	/* without the ServiceIndicator, the same octets stay hex */
	expect_with(emit_set, "f2{ 9f6907 09010003000000 }",
		    "{\"identifier\":105,\"name\":\"SMS_BearerData\",\"hex\":\"09010003000000\"}", NULL);
	/* frame 6's (the result): no ServiceIndicator of its own; with the invoke's as context
	 * it is a reverse link message */
	expect_with(emit_result, "f2{ 9f6904 09010000 }",
		    "\"otasp\":{\"link\":\"reverse\",\"messageType\":9,\"messageTypeName\":"
		    "\"Validation Response\",\"numBlocks\":1", NULL);
	/* frame 8's */
	expect_with(emit_result, "f2{ 9f69{ " CONFIG_RESPONSE " } }",
		    "\"otasp\":{\"link\":\"reverse\",\"messageType\":0,", "\"mdn\":\"6191234501\"", NULL);
}
END_TEST

START_TEST(test_hand_built_forward)
{
	/* Download Request, 3 blocks, then FRESH_INCL 1, FRESH 255.  CDMA NAM Download (2),
	 * 13 octets: IMSI_M_CLASS 0, ADDR_NUM 0, MCC_M 209 (310), IMSI_M_11_12 99 (00), IMSI_M_S
	 * 508 / 12 / 4 / 490 (619 123 4 501), ACCOLC 3, LOCAL_CONTROL 0, MOB_TERM_* 1, N_SID_NID
	 * 1, SID 4 NID 65535, 2 reserved bits.  tshark agrees on MCC_M 209, ACCOLC 3, the flags,
	 * N_SID_NID 1, FRESH 255; it shows IMSI_M_11_12 as 14 (7 bits read 4 bits early, the
	 * field after MCC_M is at bit 14), IMSI_M_S as octets and the pair as reserved */
	expect_ok(FWD, "01 03 02 0d 03471bf80623d46e020013fffc 01 06 a61912345a10 03 07 0f9f1bf80623d0 80ff",
		  "{\"blockId\":2,\"blockName\":\"CDMA NAM Download\",\"length\":13,\"imsiMClass\":0,"
		  "\"imsiMAddrNum\":0,\"mccM\":209,\"mccMDigits\":\"310\",\"imsiM1112\":99,"
		  "\"imsiM1112Digits\":\"00\",\"imsiMS\":\"6191234501\",\"accolc\":3,"
		  "\"localControl\":false,\"mobTermHome\":true,\"mobTermForSid\":true,"
		  "\"mobTermForNid\":true,\"nSidNid\":1,\"sidNid\":[{\"sid\":4,\"nid\":65535}]",
		  /* tshark: Mobile Directory Number 6191234501 */
		  "\"nDigits\":10,\"mdn\":\"6191234501\"",
		  /* tshark: IMSI_T_CLASS 0, MCC_T 999, IMSI_T_11_12 99 */
		  "{\"blockId\":3,\"blockName\":\"IMSI_T\",\"length\":7,\"imsiTClass\":0,"
		  "\"imsiTAddrNum\":0,\"mccT\":999,\"mccTDigits\":\"000\",\"imsiT1112\":99,"
		  "\"imsiT1112Digits\":\"00\",\"imsiTS\":\"6191234599\"",
		  "\"freshIncl\":true,\"fresh\":255", NULL);
	/* Validation Request: Validate SPASM (2) AUTH_OTAPA_INCL 1, AUTH_OTAPA 0x3ffff, NAM_LOCK
	 * 1 (tshark: Included, 0x3ffff, Activate); Change SPC (1) 123456 (tshark shows the SPC
	 * as "214365", the nibbles of each octet swapped; we keep the octets' order) */
	expect_ok(FWD, "0902 02 03 fffff0 01 03 123456",
		  "{\"blockId\":2,\"blockName\":\"Validate SPASM\",\"length\":3,\"authOtapaIncl\":true,"
		  "\"authOtapa\":262143,\"namLock\":true,\"hex\":\"fffff0\"}",
		  "{\"blockId\":1,\"blockName\":\"Change SPC\",\"length\":3,\"spc\":\"123456\"", NULL);
	/* Validate SPASM without AUTH_OTAPA: one octet (not checked: tshark reads AUTH_OTAPA
	 * whatever AUTH_OTAPA_INCL says) */
	expect_ok(FWD, "0901 02 01 40", "\"authOtapaIncl\":false,\"namLock\":true,\"hex\":\"40\"", NULL);
	/* MS Key Request: A_KEY_P_REV 2 (2G A-key generation), PARAM_P aabb, PARAM_G cc */
	expect_ok(FWD, "02 02 02aabb 01cc",
		  "\"messageTypeName\":\"MS Key Request\",\"aKeyPRev\":2,\"aKeyPRevName\":"
		  "\"2G A-key generation\",\"paramPLen\":2,\"paramP\":\"aabb\",\"paramGLen\":1,"
		  "\"paramG\":\"cc\"", NULL);
	/* A_KEY_P_REV 4 (3G Root Key generation): nothing after it */
	expect_ok(FWD, "0204", "\"aKeyPRev\":4,\"aKeyPRevName\":\"3G Root Key generation\",\"hex\"", NULL);
	/* Key Generation Request: BS_RESULT length 2, aabb */
	expect_ok(FWD, "0302aabb", "\"bsResultLen\":2,\"bsResult\":\"aabb\"", NULL);
	/* Re-Authenticate Request: RAND 12345678 */
	expect_ok(FWD, "0412345678", "\"messageTypeName\":\"Re-Authenticate Request\",\"rand\":\"12345678\"",
		  NULL);
	/* OTAPA Request: start; Secure Mode Request: start, KEY_IN_USE 3, RAND_SM; stop */
	expect_ok(FWD, "0a80", "\"messageTypeName\":\"OTAPA Request\",\"startStop\":\"Start\"", NULL);
	expect_ok(FWD, "0f9a0102030405060708", "\"startStop\":\"Start\",\"keyInUse\":3,"
		  "\"randSm\":\"0102030405060708\"", NULL);
	expect_ok(FWD, "0f1a", "\"startStop\":\"Stop\",\"keyInUse\":3,\"hex\"", NULL);
	/* Protocol Capability Request with OTASP_P_REV 4 and two capability records (not
	 * checked: tshark decodes nothing after the message type) */
	expect_ok(FWD, "06 04 02 00 01", "\"otaspPRev\":4,\"numCapRecords\":2,\"capRecordTypes\":[0,1]",
		  NULL);
	expect_ok(FWD, "06", "\"messageTypeName\":\"Protocol Capability Request\",\"hex\"", NULL);
	/* messages without a layout here keep their octets: SSPR Configuration Request */
	expect_ok(FWD, "07 01 0000 ff", "\"messageTypeName\":\"SSPR Configuration Request\","
		  "\"data\":\"010000ff\"", NULL);
	/* a block type without a layout: manufacturer-specific (128), its octets */
	expect_ok(FWD, "0101 80 02 abcd",
		  "{\"blockId\":128,\"blockName\":\"Available for manufacturer-specific parameter "
		  "block definitions (128)\",\"length\":2,\"hex\":\"abcd\"}", NULL);
}
END_TEST

START_TEST(test_hand_built_reverse)
{
	/* Download Response: 3 blocks, CDMA/Analog NAM Download accepted, Mobile Directory
	 * Number Rejected - BLOCK_ID value not supported (7), CDMA NAM Download accepted */
	expect_ok(REV, "0103 0000 0107 0200",
		  "{\"blockId\":1,\"blockName\":\"Mobile Directory Number\",\"resultCode\":7,"
		  "\"resultName\":\"Rejected - BLOCK_ID value not supported\"}", NULL);
	/* Validation Response: Verify SPC Rejected - Invalid SPC (11) */
	expect_ok(REV, "0902000b0100", "\"resultCode\":11,\"resultName\":\"Rejected - Invalid SPC\"",
		  NULL);
	/* result codes past the table (tshark: 127 reserved, 200 manufacturer-specific) */
	expect_ok(REV, "027f", "\"resultName\":\"Reserved for future standardization (127)\"", NULL);
	expect_ok(REV, "05c8", "\"resultName\":\"Available for manufacturer-specific Result Code "
		  "definitions (200)\"", NULL);
	/* Key Generation Response: accepted, MS_RESULT 2233 */
	expect_ok(REV, "0300022233", "\"resultCode\":0,", "\"msResultLen\":2,\"msResult\":\"2233\"", NULL);
	/* Re-Authenticate Response: tshark AUTHR 18641, RANDC 89, COUNT 56, AUTH_DATA 10140894 */
	expect_ok(REV, "04123456789abcde",
		  "\"authr\":18641,\"randc\":89,\"count\":56,\"authData\":10140894", NULL);
	/* Protocol Capability Response: tshark firmware revision 4660, model 86, 2 features NAM
	 * Download (DATA_P_REV) 2 and Key Exchange (A_KEY_P_REV) 3, length 1, band classes 0
	 * analog, 0, 1, 3 and 6 CDMA all true */
	expect_ok(REV, "06 1234 56 02 0002 0103 01 f8",
		  "\"mobFirmRev\":4660,\"mobModel\":86,\"numFeatures\":2,\"features\":[{\"featureId\":0,"
		  "\"featureName\":\"NAM Download (DATA_P_REV)\",\"featurePRev\":2},{\"featureId\":1,"
		  "\"featureName\":\"Key Exchange (A_KEY_P_REV)\",\"featurePRev\":3}],\"addLength\":1,"
		  "\"bandClass0Analog\":true,\"bandClass0Cdma\":true,\"bandClass1Cdma\":true,"
		  "\"bandClass3Cdma\":true,\"bandClass6Cdma\":true", NULL);
	/* OTAPA Response: accepted, NAM_LOCK_IND 1, RAND_OTAPA deadbeef; without the lock */
	expect_ok(REV, "0a0001deadbeef", "\"namLockInd\":true,\"randOtapa\":\"deadbeef\"", NULL);
	expect_ok(REV, "0a0000", "\"namLockInd\":false,\"hex\"", NULL);
	/* Secure Mode Response; Extended Protocol Capability Response keeps its octets */
	expect_ok(REV, "0f0d", "\"messageTypeName\":\"Secure Mode Response\",\"resultCode\":13,"
		  "\"resultName\":\"Rejected - Invalid SPASM\"", NULL);
	expect_ok(REV, "10 0102", "\"messageTypeName\":\"Extended Protocol Capability Response\","
		  "\"data\":\"0102\"", NULL);
}
END_TEST

START_TEST(test_malformed)
{
	tu_expect_empty_error(emit, FWD, "truncated: no OTASP_MSG_TYPE");
	/* unknown message types: forward 16 is reserved (reverse 16 is not), 24 and up */
	expect(FWD, "10aa", "\"messageType\":16,\"messageTypeName\":\"unknown (16)\",\"data\":\"aa\"",
	       "\"error\":{\"offset\":0,\"reason\":\"unknown forward link message type 16\"}", NULL);
	expect(REV, "18", "\"error\":{\"offset\":0,\"reason\":\"unknown reverse link message type 24\"}",
	       NULL);
	/* truncated: no block where NUM_BLOCKS says one */
	expect(FWD, "0901", "\"numBlocks\":1,\"blocks\":[]",
	       "\"error\":{\"offset\":2,\"reason\":\"truncated: no BLOCK_ID\"}", NULL);
	/* a block length past the end: the octets there are the block */
	expect(FWD, "0901000300", "\"length\":3,",
	       "\"error\":{\"offset\":3,\"reason\":\"parameter block 1: BLOCK_LEN 3 past the end "
	       "(1 octets left)\"}", NULL);
	/* a block length too short for its fields: that block's error, the next block decodes */
	expect(FWD, "0902 00 02 1234 01 03 567890",
	       "{\"blockId\":0,\"blockName\":\"Verify SPC\",\"length\":2,\"hex\":\"1234\","
	       "\"error\":{\"offset\":0,\"reason\":\"truncated in Verify SPC\"}}",
	       "{\"blockId\":1,\"blockName\":\"Change SPC\",\"length\":3,\"spc\":\"567890\"",
	       "\"error\":{\"offset\":4,\"reason\":\"parameter block 1: truncated in Verify SPC\"}",
	       NULL);
	/* too long: octets after the fields */
	expect(FWD, "0901 00 04 12345678", "\"spc\":\"123456\"",
	       "\"reason\":\"parameter block 1: 1 octets after the Verify SPC fields\"", NULL);
	/* a NAM block whose SID/NID pairs run past its length */
	expect(FWD, "0101 02 0a 03471bf80623d46e0200", "\"nSidNid\":1,\"sidNid\":[]",
	       "\"reason\":\"parameter block 1: truncated in SID\"", NULL);
	/* octets after a whole message */
	expect(FWD, "0500", "\"error\":{\"offset\":1,\"reason\":\"1 octets after the message\"}", NULL);
	/* lengths past the end */
	expect(FWD, "0302aa", "\"bsResultLen\":2,\"bsResult\":\"aa\"",
	       "\"reason\":\"BS_RESULT: length 2 past the end (1 octets left)\"", NULL);
	expect(REV, "06123456 00 03 aa", "\"reason\":\"ADD_LENGTH 3 past the end (1 octets left)\"", NULL);
	expect(FWD, "0f80", "\"reason\":\"truncated: no RAND_SM\"", NULL);
	expect(REV, "0a0001dead", "\"reason\":\"truncated: no RAND_OTAPA\"", NULL);
	expect(REV, "04123456", "\"reason\":\"truncated in randc\"", NULL);
	/* a Configuration Response that ends before its result codes */
	expect(REV, "0001 01 06 a61912345a10 ", "\"mdn\":\"6191234501\"",
	       "\"reason\":\"truncated: no RESULT_CODE\"", NULL);
	/* IMSI_S and MCC values that are not digit codes keep the raw field */
	expect_ok(FWD, "0101 03 07 7fffffffffffff", "\"mccT\":1023,\"imsiT1112\":127,"
		  "\"imsiTSRaw\":\"3ffffffff\"", NULL);
}
END_TEST

START_TEST(test_robust)
{
	tu_robust_tmpl(emit, REV, CONFIG_RESPONSE, 1);
	tu_robust_tmpl(emit, FWD, DOWNLOAD_REQUEST, 1);
	tu_robust_tmpl(emit, FWD, "01 03 02 0d 03471bf80623d46e020013fffc 01 06 a61912345a10 03 07 0f9f1bf80623d0 80ff", 0);
	tu_robust_tmpl(emit, FWD, "0902 02 03 fffff0 01 03 123456", 1);
	tu_robust_tmpl(emit, REV, "06 1234 56 02 0002 0103 01 f8", 1);
	tu_robust_tmpl(emit, FWD, "02 02 02aabb 01cc", 1);
	tu_robust_tmpl(emit, REV, "0a0001deadbeef", 1);
	tu_robust_tmpl(emit, FWD, "0f9a0102030405060708", 1);
	tu_robust_tmpl(emit, REV, "04123456789abcde", 1);
	tu_robust_tmpl(emit_result, NULL, "f2{ 9f69{ " CONFIG_RESPONSE " } }", 1);
}
END_TEST

Suite *tu_suite_ansi683(void)
{
	Suite *s = suite_create("ansi683");
	TCase *tc = tcase_create("ansi683");

	tcase_add_test(tc, test_capture_forward);
	tcase_add_test(tc, test_capture_reverse);
	tcase_add_test(tc, test_in_ansi41);
	tcase_add_test(tc, test_hand_built_forward);
	tcase_add_test(tc, test_hand_built_reverse);
	tcase_add_test(tc, test_malformed);
	tcase_add_test(tc, test_robust);
	suite_add_tcase(s, tc);
	return s;
}
