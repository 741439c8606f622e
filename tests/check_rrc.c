/*
 * rrc.c: TS 25.331 containers in unaligned PER, decoded by the asn1c code generated from
 * asn1/rrc/.  The vectors were written bit by bit from the ASN.1 of TS 25.331 (each
 * comment gives the bits, most significant first, in the order X.691 writes them) and
 * dissected by tshark 4.0.17 (text2pcap -l 147 with the user DLT mapped to rrc.dl.dcch,
 * rrc.t_to_srnc_cont, rrc.s_to_trnc_cont, rrc.irat.irat_ho_info): it shows the same values
 * as expected here for every valid vector.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "rrc.h"

Suite *tu_suite_rrc(void);

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	tk_emit_rrc(e, *(const enum tk_rrc_type *)arg, p, n);
}

static void vexpect(enum tk_rrc_type t, const char *hex, int no_error, va_list ap)
{
	tu_vexpect_all(emit, &t, hex, no_error, ap);
}

/* the JSON of hex as type t holds each needle (to a NULL) */
static void expect(enum tk_rrc_type t, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(t, hex, 0, ap);
	va_end(ap);
}

/* ... and has no "error" anywhere, nested values included */
static void expect_ok(enum tk_rrc_type t, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(t, hex, 1, ap);
	va_end(ap);
}

/* every truncation (an error: each vector uses its last octet) and corruption (testutil.c) */
static void robust(enum tk_rrc_type t, const char *hex)
{
	tu_robust_tmpl(emit, &t, hex, 1);
}

/*
 * DL-DCCH-Message (11.1) carrying a DOWNLINK DIRECT TRANSFER with a TS 24.008 CC DISCONNECT:
 *   1                       integrityCheckInfo present
 *   a1b2c3d4 (32 bits)      messageAuthenticationCode BIT STRING (SIZE (32))
 *   0101                    rrc-MessageSequenceNumber INTEGER (0..15) = 5
 *   00101                   DL-DCCH-MessageType (32 alternatives): downlinkDirectTransfer (5)
 *   0                       DownlinkDirectTransfer: r3
 *   0                       laterNonCriticalExtensions absent
 *   10                      rrc-TransactionIdentifier INTEGER (0..3) = 2
 *   0                       cn-DomainIdentity: cs-domain
 *   0000 0000 0100          NAS-Message SIZE (1..4095): length - 1 = 4
 *   03 25 02 e0 90          CC (pd 3, TI 0) DISCONNECT (0x25), Cause LV: coding GSM, location
 *                           user, cause 16 normal call clearing
 * = d0 d9 61 ea 29 48 00 80 64 a0 5c 12 00 (3 padding bits)
 */
#define DL_DCCH_DISCONNECT "d0d961ea2948008064a05c1200"

/*
 * TargetRNC-ToSourceRNC-Container (11.5): 110 = dL-DCCHmessage (7th of 8), then the OCTET
 * STRING's length (unconstrained, 0000 1101 = 13) and the DL-DCCH-Message above, shifted by
 * three bits:  c1 ba 1b 2c 3d 45 29 00 10 0c 94 0b 82 40 00
 */
#define T2S_DL_DCCH "c1ba1b2c3d452900100c940b824000"

START_TEST(test_target_to_source_dl_dcch)
{
	expect_ok(TK_RRC_TARGET_RNC_TO_SOURCE_RNC_CONTAINER, T2S_DL_DCCH,
		  "{\"type\":\"TargetRNC-ToSourceRNC-Container\",\"value\":{\"dL-DCCHmessage\":"
		  "{\"type\":\"DL-DCCH-Message\",\"value\":{\"integrityCheckInfo\":"
		  "{\"messageAuthenticationCode\":{\"set\":[0,2,7,8,10,11,14,16,17,22,23,24,25,27,29],"
		  "\"length\":32,\"value\":2712847316,\"hex\":\"a1b2c3d4\"},\"rrc-MessageSequenceNumber\":5},",
		  "\"message\":{\"downlinkDirectTransfer\":{\"r3\":{\"downlinkDirectTransfer-r3\":"
		  "{\"rrc-TransactionIdentifier\":2,\"cn-DomainIdentity\":\"cs-domain\",\"nas-Message\":"
		  "{\"protocolDiscriminator\":\"CC\"",
		  "\"message\":\"DISCONNECT\"", "\"causeValue\":16",
		  "\"cause\":\"normal call clearing\"", "\"hex\":\"032502e090\"",
		  "\"hex\":\"" DL_DCCH_DISCONNECT "\"}},\"hex\":\"" T2S_DL_DCCH "\"}", NULL);
	/* the same message on its own */
	expect_ok(TK_RRC_DL_DCCH_MESSAGE, DL_DCCH_DISCONNECT,
		  "{\"type\":\"DL-DCCH-Message\",\"value\":{\"integrityCheckInfo\"",
		  "\"message\":\"DISCONNECT\"", NULL);
	ck_assert_str_eq(tk_rrc_type_name(TK_RRC_DL_DCCH_MESSAGE), "DL-DCCH-Message");
	ck_assert_ptr_null(tk_rrc_type_name(TK_RRC_TYPE_COUNT));
}
END_TEST

/*
 * ToTargetRNC-Container (11.5) with an InterRATHandoverInfoWithInterRATCapabilities-r3:
 *   00          interRATHandoverInfo (1st of 4)
 *   0           r3;  0  v390NonCriticalExtensions absent
 *   1           ue-RATSpecificCapability present
 *   00          InterRAT-UE-RadioAccessCapabilityList SIZE (1..4): count - 1 = 0
 *   0           gsm
 *   33 03 57 58 a6   GSM-Classmark2 SIZE (5), 'TLV': IEI 0x33, length 3, value 57 58 a6
 *                    (revision R99, ES IND, A5/1, RF class irrelevant, PS, SS screening
 *                    phase 2, SM, CM3, LCS VA, default alphabet, CMSP, A5/3)
 *   00011       GSM-Classmark3 SIZE (1..32): length - 1 = 3;  60 14 04 00 (the value part:
 *               multiband E-GSM + DCS 1800, radio capabilities 1 and 4, MS positioning ...)
 *   0000 0001   interRATHandoverInfo OCTET STRING (SIZE (0..255)): 1 octet, 00 = an
 *               InterRATHandoverInfo whose four CHOICEs are all 'absent'
 * = 08 33 03 57 58 a6 1b 00 a0 20 00 08 00
 */
#define TT_IRAT "0833035758a61b00a020000800"

START_TEST(test_to_target_inter_rat)
{
	expect_ok(TK_RRC_TO_TARGET_RNC_CONTAINER, TT_IRAT,
		  "{\"type\":\"ToTargetRNC-Container\",\"value\":{\"interRATHandoverInfo\":{\"r3\":"
		  "{\"interRATHandoverInfo-r3\":{\"ue-RATSpecificCapability\":[{\"gsm\":"
		  "{\"gsm-Classmark2\":{\"revisionLevel\":\"used by mobile stations supporting R99 or "
		  "later versions of the protocol\",\"esInd\":true,\"a51Available\":true,",
		  "\"cm3\":true", "\"a53Available\":true,\"a52Available\":false,\"hex\":\"5758a6\"}",
		  "\"gsm-Classmark3\":{\"multibandSupported\":{\"gsm1800\":true,\"eGsmOrRGsm\":true,"
		  "\"pGsm\":false}", "\"associatedRadioCapability1\":4", "\"hex\":\"60140400\"}}}]",
		  "\"interRATHandoverInfo\":{\"type\":\"InterRATHandoverInfo\",\"value\":"
		  "{\"predefinedConfigStatusList\":{\"absent\":null},\"uE-SecurityInformation\":"
		  "{\"absent\":null},\"ue-CapabilityContainer\":{\"absent\":null},"
		  "\"v390NonCriticalExtensions\":{\"absent\":null}},\"hex\":\"00\"}", NULL);
	/* 11 = extension (4th of 4), NULL: nothing more */
	expect_ok(TK_RRC_TO_TARGET_RNC_CONTAINER, "c0",
		  "{\"type\":\"ToTargetRNC-Container\",\"value\":{\"extension\":null},\"hex\":\"c0\"}",
		  NULL);
}
END_TEST

/*
 * InterRATHandoverInfo (11.2) with its non-critical extensions down to the BIT STRING
 * (CONTAINING InterRATHandoverInfo-r3-add-ext-IEs):
 *   0 0 0       predefinedConfigStatusList, uE-SecurityInformation, ue-CapabilityContainer:
 *               absent
 *   1           v390NonCriticalExtensions: present;  1  v3a0NonCriticalExtensions present
 *   0 0         interRATHandoverInfo-v390ext: ue-RadioAccessCapability-v380ext absent,
 *               dl-PhysChCapabilityFDD-v380ext with its dummy absent
 *   1           laterNonCriticalExtensions present;  0  v3a0ext: nothing
 *   1 0         interRATHandoverInfo-r3-add-ext present, v3g0NonCriticalExtensions absent
 *   1 1010 0101 v3d0ext: uESpecificBehaviourInformation1interRAT BIT STRING (SIZE (8)) = a5
 *   0000 1000   the add-ext's length in bits (8), then 0000 0000: the complete encoding of
 *               InterRATHandoverInfo-r3-add-ext-IEs (v7e0 and v650ext absent, padding)
 * = 19 5a 50 80 00
 */
#define IRAT_EXT "195a508000"

START_TEST(test_inter_rat_containing)
{
	expect_ok(TK_RRC_INTER_RAT_HANDOVER_INFO, IRAT_EXT,
		  "\"v390NonCriticalExtensions\":{\"present\":{\"interRATHandoverInfo-v390ext\":"
		  "{\"dl-PhysChCapabilityFDD-v380ext\":{}},\"v3a0NonCriticalExtensions\":"
		  "{\"interRATHandoverInfo-v3a0ext\":{},\"laterNonCriticalExtensions\":"
		  "{\"interRATHandoverInfo-v3d0ext\":{\"uESpecificBehaviourInformation1interRAT\":"
		  "{\"set\":[0,2,5,7],\"length\":8,\"value\":165,\"hex\":\"a5\"}},"
		  "\"interRATHandoverInfo-r3-add-ext\":{\"type\":\"InterRATHandoverInfo-r3-add-ext-IEs\","
		  "\"value\":{\"interRATHandoverInfo-v690ext1\":{}},\"hex\":\"00\"}}}}}", NULL);
	/* X.691 11.1: no bits at all are encoded as one zero octet */
	expect_ok(TK_RRC_INTER_RAT_HANDOVER_INFO, "00",
		  "\"ue-CapabilityContainer\":{\"absent\":null}", NULL);
}
END_TEST

/*
 * HandoverToUTRANCommand (11.2), r3 with a preconfiguration: written as an XER value,
 * encoded with asn1c's unaligned PER encoder and dissected by tshark with the same values:
 *   new-U-RNTI: srnc-Identity 000000101101 (45), s-RNTI-2 1000000001 (513); uea1;
 *   predefinedConfigIdentity 5; FDD: UL DPCH power offset -20, preamble 1, SRB delay 7, long
 *   scrambling code 1234, SF 64; DL DPC mode singleTPC; one radio link: primary scrambling
 *   code 300, P-CPICH may be used, SF 128 code 17, TPC combination 0; UARFCN DL 10812;
 *   maximum allowed UL TX power 24 dBm
 */
#define HO_TO_UTRAN "102d8071507c9a520960a442a3c940"

START_TEST(test_handover_to_utran_command)
{
	expect_ok(TK_RRC_HANDOVER_TO_UTRAN_COMMAND, HO_TO_UTRAN,
		  "{\"type\":\"HandoverToUTRANCommand\",\"value\":{\"r3\":"
		  "{\"handoverToUTRANCommand-r3\":{\"new-U-RNTI\":{\"srnc-Identity\":"
		  "{\"set\":[6,8,9,11],\"length\":12,\"value\":45,\"hex\":\"02d0\"},\"s-RNTI-2\":"
		  "{\"set\":[0,9],\"length\":10,\"value\":513,\"hex\":\"8040\"}},"
		  "\"cipheringAlgorithm\":\"uea1\",\"specificationMode\":{\"preconfiguration\":"
		  "{\"preConfigMode\":{\"predefinedConfigIdentity\":5},",
		  "\"ul-DPCH-PowerControlInfo\":{\"dpcch-PowerOffset\":-20,\"pc-Preamble\":1,"
		  "\"sRB-delay\":7},\"scramblingCodeType\":\"longSC\","
		  "\"reducedScramblingCodeNumber\":1234,\"spreadingFactor\":\"sf64\"}",
		  "\"dpc-Mode\":\"singleTPC\"",
		  "\"dl-InformationPerRL-List\":[{\"primaryCPICH-Info\":{\"primaryScramblingCode\":"
		  "300},\"dl-DPCH-InfoPerRL\":{\"pCPICH-UsageForChannelEst\":\"mayBeUsed\","
		  "\"dl-ChannelisationCode\":{\"sf-AndCodeNumber\":{\"sf128\":17}},"
		  "\"tpc-CombinationIndex\":0}}],\"frequencyInfo\":{\"uarfcn-DL\":10812}",
		  "\"maxAllowedUL-TX-Power\":24}}},\"hex\":\"" HO_TO_UTRAN "\"}", NULL);
	robust(TK_RRC_HANDOVER_TO_UTRAN_COMMAND, HO_TO_UTRAN);
}
END_TEST

/*
 * DL-DCCH-Message with a HANDOVER FROM UTRAN COMMAND GSM (11.2), r3, whose gsm-MessageList
 * holds a TS 44.018 RR HANDOVER COMMAND (06 2b: cell description NCC 0 BCC 5 BCCH 778, channel
 * description 2 TCH/F timeslot 2 ARFCN 810, handover reference 85, power command 5); written as
 * an XER value, encoded with asn1c's unaligned PER encoder, dissected by tshark with the same
 * values:
 *   0 (no integrityCheckInfo) 00110 (handoverFromUTRANCommand-GSM) 0 (r3) 0 (no later
 *   extensions) 0 0 (no activation time, no RAB info) 01 (transaction 1) 0 (dcs1800BandUsed)
 *   1 (gsm-MessageList) 00 (one message) 000 0100 0111 (72 bits - 1) and the 9 octets
 */
#define DL_HO_FROM_UTRAN_GSM "1814238315e2850507952a8280"

/*
 * The same command with the single-GSM-Message (written by hand from 11.2; tshark shows the
 * same values, the HANDOVER COMMAND included): the first 13 bits as above, then 0
 * (single-GSM-Message, an empty SEQUENCE) and, without padding or length, the 72 bits of the
 * GSM message, then 2 bits of final padding
 */
#define DL_HO_SINGLE_GSM "181018af1428283ca95414"

START_TEST(test_gsm_message_list)
{
	expect_ok(TK_RRC_DL_DCCH_MESSAGE, DL_HO_FROM_UTRAN_GSM,
		  "{\"type\":\"DL-DCCH-Message\",\"value\":{\"message\":"
		  "{\"handoverFromUTRANCommand-GSM\":{\"r3\":{\"handoverFromUTRANCommand-GSM-r3\":"
		  "{\"rrc-TransactionIdentifier\":1,\"frequency-band\":\"dcs1800BandUsed\","
		  "\"gsm-message\":{\"gsm-MessageList\":{\"gsm-Messages\":[{\"protocolDiscriminator\":"
		  "\"RR\",\"skipIndicator\":0,\"messageType\":43,\"message\":\"HANDOVER COMMAND\","
		  "\"cellDescription\":{\"ncc\":0,\"bcc\":5,\"bcchArfcn\":778},",
		  "\"arfcn\":810", "\"handoverReference\":85", "\"powerLevel\":5",
		  "\"hex\":\"062bc50a0a0f2a5505\"}]}}}}}}}", NULL);
	robust(TK_RRC_DL_DCCH_MESSAGE, DL_HO_FROM_UTRAN_GSM);
	/* the same with the message cut to 71 bits (length 000 0100 0110): not a whole number of
	 * octets */
	expect(TK_RRC_DL_DCCH_MESSAGE, "1814230315e2850507952a82",
	       "\"gsm-Messages\":[{\"hex\":\"062bc50a0a0f2a5504\",\"error\":{\"offset\":8,"
	       "\"reason\":\"not a whole number of octets: not a GSM message\"}}]", NULL);
}
END_TEST

START_TEST(test_single_gsm_message)
{
	expect_ok(TK_RRC_DL_DCCH_MESSAGE, DL_HO_SINGLE_GSM,
		  "{\"type\":\"DL-DCCH-Message\",\"value\":{\"message\":"
		  "{\"handoverFromUTRANCommand-GSM\":{\"r3\":{\"handoverFromUTRANCommand-GSM-r3\":"
		  "{\"rrc-TransactionIdentifier\":1,\"frequency-band\":\"dcs1800BandUsed\","
		  "\"gsm-message\":{\"single-GSM-Message\":{}}}}}}},\"singleGsmMessage\":"
		  "{\"protocolDiscriminator\":\"RR\",\"skipIndicator\":0,\"messageType\":43,",
		  "\"cellDescription\":{\"ncc\":0,\"bcc\":5,\"bcchArfcn\":778}",
		  "\"arfcn\":810", "\"handoverReference\":85", "\"powerLevel\":5",
		  "\"hex\":\"062bc50a0a0f2a5505\"},\"hex\":\"" DL_HO_SINGLE_GSM "\"}", NULL);
	robust(TK_RRC_DL_DCCH_MESSAGE, DL_HO_SINGLE_GSM);
	/* the basic production alone (14 bits and padding): no GSM message */
	expect(TK_RRC_DL_DCCH_MESSAGE, "1810", "\"single-GSM-Message\":{}",
	       "\"error\":{\"offset\":1,\"reason\":\"the single GSM message is missing after bit "
	       "14\"}", NULL);
	/* a padding bit set */
	expect(TK_RRC_DL_DCCH_MESSAGE, "181018af1428283ca95415", "\"handoverReference\":85",
	       "\"error\":{\"offset\":10,\"reason\":\"the final padding after the single GSM "
	       "message is not 0\"}", NULL);
	/* a GSM message of one octet: the decoder of dtap.c reports it */
	expect(TK_RRC_DL_DCCH_MESSAGE, "181018", "\"singleGsmMessage\":{\"protocolDiscriminator\":"
	       "\"RR\"", "\"hex\":\"06\",\"error\":{\"offset\":1,", NULL);
}
END_TEST

START_TEST(test_malformed)
{
	char *s;
	enum tk_rrc_type t = TK_RRC_TO_TARGET_RNC_CONTAINER;

	s = tu_render(emit, &t, NULL, 0, 0);
	tu_assert_has(s, "{\"type\":\"ToTargetRNC-Container\",\"hex\":\"\",\"error\":{\"offset\":0,"
		      "\"reason\":\"empty: a complete PER encoding of ToTargetRNC-Container has at "
		      "least one octet\"}}");
	free(s);
	/* a type outside the enumeration */
	t = TK_RRC_TYPE_COUNT;
	s = tu_render(emit, &t, (const uint8_t *)"\x00", 1, 0);
	tu_assert_has(s, "{\"hex\":\"00\",\"error\":{\"offset\":0,\"reason\":\"not an RRC type "
		      "tcapkit knows\"}}");
	free(s);
	/* the container cut after two octets: no value, where decoding stopped */
	expect(TK_RRC_TO_TARGET_RNC_CONTAINER, "0833",
	       "{\"type\":\"ToTargetRNC-Container\",\"hex\":\"0833\",\"error\":{\"offset\":1,"
	       "\"reason\":\"not a complete ToTargetRNC-Container: PER decoding stopped at bit 8 "
	       "of 16\"}}", NULL);
	/* an octet after the complete encoding */
	expect(TK_RRC_INTER_RAT_HANDOVER_INFO, "0000", "\"ue-CapabilityContainer\":{\"absent\":null}",
	       "\"error\":{\"offset\":1,\"reason\":\"1 octet after the InterRATHandoverInfo\"}",
	       NULL);
	/* found by fuzz_inner: reading these bits made asn1c's per_get_few_bits() shift an octet
	 * of 0x80 or more by 24 in an int (undefined behaviour; tools/asn1c-fixes.py fix 6):
	 * under UBSan this test fails without the fix */
	expect(TK_RRC_INTER_RAT_HANDOVER_INFO,
	       "250010610000a0a0a0f4f4f4f4ea888888888889d4250010610000888888888888888888888888"
	       "888888888888888888888888888888888888888888888888888888888888888888888888888888"
	       "888888888888888888888888888888888888888888f4f4f4f4f4f4f4f4f4f4f4f449f4f4f4f416",
	       "\"ue-CapabilityContainer\":{\"present\":{\"type\":\"UE-RadioAccessCapabilityInfo\","
	       "\"hex\":\"0020c20001414141e9e9\",\"error\":{\"offset\":9,",
	       "\"dl-PhysChCapabilityFDD-v380ext\":{\"dummy\":\"true\"}", NULL);
	robust(TK_RRC_TARGET_RNC_TO_SOURCE_RNC_CONTAINER, T2S_DL_DCCH);
	robust(TK_RRC_TO_TARGET_RNC_CONTAINER, TT_IRAT);
	robust(TK_RRC_INTER_RAT_HANDOVER_INFO, IRAT_EXT);
	tu_exhaustive(emit, &t, IRAT_EXT);
}
END_TEST

/* a broken container inside a valid one spoils only itself */
START_TEST(test_inner_errors_stay_inner)
{
	/* T2S_DL_DCCH with the DL-DCCH-Message cut to its first 6 octets (length 0000 0110):
	 * the outer container decodes, the inner says where it stopped */
	expect(TK_RRC_TARGET_RNC_TO_SOURCE_RNC_CONTAINER, "c0da1b2c3d452900",
	       "{\"type\":\"TargetRNC-ToSourceRNC-Container\",\"value\":{\"dL-DCCHmessage\":"
	       "{\"type\":\"DL-DCCH-Message\",\"hex\":\"d0d961ea2948\",\"error\":{\"offset\":5,"
	       "\"reason\":\"not a complete DL-DCCH-Message: PER decoding stopped at bit 47 of "
	       "48\"}}},\"hex\":\"c0da1b2c3d452900\"}", NULL);
	/* DL-DCCH without integrityCheckInfo (0), downlinkDirectTransfer, r3, TI 2, CS, a
	 * NAS-Message of one octet (length - 1 = 0): 03, a CC message without its type */
	expect(TK_RRC_DL_DCCH_MESSAGE, "14800006",
	       "\"rrc-TransactionIdentifier\":2,\"cn-DomainIdentity\":\"cs-domain\","
	       "\"nas-Message\":{\"protocolDiscriminator\":\"CC\"",
	       "\"hex\":\"03\",\"error\":{\"offset\":1,\"reason\":\"truncated: the message type is "
	       "missing\"}}", "\"hex\":\"14800006\"}", NULL);
	/* TT_IRAT with IEI 0x34 instead of 0x33 in the GSM-Classmark2 */
	expect(TK_RRC_TO_TARGET_RNC_CONTAINER, "0834035758a61b00a020000800",
	       "\"gsm-Classmark2\":{\"hex\":\"34035758a6\",\"error\":{\"offset\":0,\"reason\":"
	       "\"not a Mobile Station Classmark 2 element (IEI 0x33, length 3)\"}}",
	       "\"gsm-Classmark3\":{\"multibandSupported\"", "\"interRATHandoverInfo\":{\"type\":"
	       "\"InterRATHandoverInfo\",\"value\"", NULL);
	/* TT_IRAT whose inner InterRATHandoverInfo is 80 00 (two octets, length 0000 0010):
	 * predefinedConfigStatusList 'present' with nothing after it */
	expect(TK_RRC_TO_TARGET_RNC_CONTAINER, "0833035758a61b00a02000140000",
	       "\"interRATHandoverInfo\":{\"type\":\"InterRATHandoverInfo\",\"hex\":\"8000\","
	       "\"error\":{\"offset\":2,\"reason\":\"not a complete InterRATHandoverInfo: PER "
	       "decoding stopped at bit 16 of 16\"}}}}}},\"hex\":\"0833035758a61b00a02000140000\"}",
	       NULL);
}
END_TEST

Suite *tu_suite_rrc(void)
{
	Suite *s = suite_create("rrc");
	TCase *tc = tcase_create("rrc");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_target_to_source_dl_dcch);
	tcase_add_test(tc, test_to_target_inter_rat);
	tcase_add_test(tc, test_inter_rat_containing);
	tcase_add_test(tc, test_handover_to_utran_command);
	tcase_add_test(tc, test_gsm_message_list);
	tcase_add_test(tc, test_single_gsm_message);
	tcase_add_test(tc, test_malformed);
	tcase_add_test(tc, test_inner_errors_stay_inner);
	suite_add_tcase(s, tc);
	return s;
}
