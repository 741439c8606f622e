/*
 * s1ap.c: TS 36.413 types in ALIGNED PER.  The vectors are values written from the ASN.1 of
 * TS 36.413 V17.1.0 (S1AP-IEs) and the ALIGNED PER rules of X.691, bit by bit (a scratch bit
 * writer, not part of the project, did the arithmetic), and checked with tshark 4.0.17: each
 * container embedded as the Source-ToTarget-TransparentContainer of a whole S1AP
 * HandoverRequired (handover type intralte, so tshark reads it as the eNB container) or as the
 * Target-ToSource-TransparentContainer of a HandoverCommand, written with text2pcap -l 147 and
 * decoded with the user DLT mapped to the "s1ap" dissector.  tshark shows the values expected
 * here, the RRC containers, the UE history from the UE (LTE RRC VisitedCellInfoList-r12), the
 * RANAP LastVisitedUTRANCell-Item and the NGAP LastVisitedNGRANCellInformation inside included;
 * the exceptions are said at each vector.
 *
 * Notation: bits most significant first, "|" between octets, "pad" the zero bits up to the
 * next octet boundary; an open type is a length octet and that many octets; a
 * ProtocolExtensionContainer is the count - 1 in two aligned octets, then per field its ID
 * (two octets), criticality (2 bits: 40 is ignore) and value (an open type).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "s1ap.h"

Suite *tu_suite_s1ap(void);

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	tk_emit_s1ap_type(e, *(const enum tk_s1ap_type *)arg, p, n);
}

static void vexpect(enum tk_s1ap_type t, const char *hex, int no_error, va_list ap)
{
	tu_vexpect_all(emit, &t, hex, no_error, ap);
}

/* the JSON of hex as type t holds each needle (to a NULL) */
static void expect(enum tk_s1ap_type t, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(t, hex, 0, ap);
	va_end(ap);
}

/* ... and has no "error" anywhere, nested values included */
static void expect_ok(enum tk_s1ap_type t, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(t, hex, 1, ap);
	va_end(ap);
}

/* every truncation (an error: each vector needs its last octet) and corruption (testutil.c) */
static void robust(enum tk_s1ap_type t, const char *hex)
{
	tu_robust_tmpl(emit, &t, hex, 1);
}

/* ---- the source eNB to target eNB container (9.2.1.7) ----------------------------------------- */

/*
 * SourceeNB-ToTargeteNB-TransparentContainer, every component:
 *   70 = 0 (no extension) 1 (e-RABInformationList) 1 (subscriberProfileIDforRFP)
 *	1 (iE-Extensions) pad
 *   05 00 14 02 0a 0b rRC-Container: a HandoverPreparationInformation with one
 *	UE-CapabilityRAT-Container, cdma2000-1XRTT 0a 0b (tests/check_lte_rrc.c)
 *   00 e-RABInformationList: one item (the count - 1, one aligned octet) |
 *	00 4e E-RABInformationListItem 40 0e | 65 = 0 1 (dL-Forwarding) 1 (iE-Extensions)
 *	0 0101 (e-RAB-ID 5) 0 | 0 (dL-Forwarding-proposed: extension bit, 1 root value) pad |
 *	00 00 | 01 48 SourceTransportLayerAddress 40 06 0f 80 = 0 (root size) 00011111 (32 bits)
 *	pad, c0 a8 00 01 (192.168.0.1)
 *   00 = 0 0 (EUTRAN-CGI: no extension, no iE-Extensions) pad | 62 f2 10 (262-01) |
 *	01 23 45 6 cell-ID 0x0123456 (28 bits, aligned): eNB 0x1234, cell 0x56 | 0 pad
 *   09 subscriberProfileIDforRFP 10 (one aligned octet: 10 - 1)
 *   uE-HistoryInformation: 20 80 = 0010 (three cells) 0 00 (e-UTRAN-Cell) 0 1 (iE-Extensions)
 *	| 0 0 (EUTRAN-CGI) pad | 62 f2 10 | 01 23 40 1 (cell-ID 0x0123401) 0 0 (CellType) 0 0 |
 *	1 (cell-Size: 0 then 01, small) pad | 00 78 time-UE-StayedInCell (120 s, aligned) |
 *	00 01 | 00 a7 Time-UE-StayedInCell-EnhancedGranularity 40 02 04 b5 (1205 tenths) |
 *	00 a8 HO-Cause 40 02 02 00 = 0 000 (radioNetwork) 0 010000 (16) pad |
 *	20 = 0 01 (uTRAN-Cell) pad, 0b and RANAP's LastVisitedUTRANCell-Item: 00 = 0 0 0 pad |
 *	62 f2 10 | 80 = 10 (cellID in 3 octets) pad | 12 34 56 (1193046) | 20 = 0 01 (micro) pad |
 *	00 3c (60 s) |
 *	40 = 0 10 (gERAN-Cell) 0 (undefined: no extension, one root alternative) pad
 *   iE-Extensions 00 06 (seven): 00 af MobilityInformation 40 04 0a 0b 0c 0d |
 *	00 c2 uE-HistoryInformationFromTheUE 40 09 08 (OCTET STRING of 8) 17 2d 06 27 01 90 ff f0:
 *	the unaligned PER VisitedCellInfoList-r12 0001 (two) 0 1 1 (pci-arfcn-r12) 100101101
 *	(301) 000001100010011100 (6300) 000001100100 (100 s), 0 0 111111111111 (4095 s) |
 *	01 28 IMSvoiceEPSfallbackfrom5G 40 01 00 (true) |
 *	01 51 UEContextReferenceatSourceeNB 40 04 80 = 10 (3 octets) pad, 01 02 03 (66051) |
 *	01 57 SourceSNID 40 08 00 = 0 0 (gNB) 0 0 (GNB) 0 0 (Global-GNB-ID) pad | 62 f2 10 |
 *	00 = 0 (GNB-Identity: gNB-ID) 0000 (22 bits) pad | 04 8d 14 (0x12345, 74565) |
 *	00 4f Direct-Forwarding-Path-Availability 40 01 00 (directPathAvailable) |
 *	03 e7 (999, an ID S1AP does not define) 40 02 ab cd
 * tshark: the same, except that it leaves extension 79 undecoded (tshark 4.0.17 registers
 * Direct-Forwarding-Path-Availability as an IE, not as an extension).
 */
#define S2T "70 05 0014020a0b 00 004e 40 0e 65000000014840060f80c0a80001" \
	"00 62f210 01234560 09" \
	"2080 62f210 01234010 80 0078 0001 00a7 40 02 04b5 00a8 40 02 0200" \
	"20 0b 0062f2108012345620003c 40" \
	"0006 00af 40 04 0a0b0c0d 00c2 40 09 08172d06270190fff0 0128 40 01 00" \
	"0151 40 04 80010203 0157 40 08 0062f21000048d14 004f 40 01 00 03e7 40 02 abcd"

START_TEST(test_source_to_target)
{
	expect_ok(TK_S1AP_SOURCE_ENB_TO_TARGET_ENB_CONTAINER, S2T,
		  "{\"type\":\"SourceeNB-ToTargeteNB-TransparentContainer\",\"rrcContainer\":"
		  "{\"type\":\"HandoverPreparationInformation\",\"value\":{\"criticalExtensions\":"
		  "{\"c1\":{\"handoverPreparationInformation-r8\":{\"ue-RadioAccessCapabilityInfo\":"
		  "[{\"rat-Type\":\"cdma2000-1XRTT\",\"ueCapabilityRAT-Container\":\"0a0b\"}]}}}},"
		  "\"hex\":\"0014020a0b\"},",
		  "\"erabInformationList\":[{\"id\":78,\"name\":\"E-RABInformationListItem\","
		  "\"criticality\":\"ignore\",\"value\":\"65000000014840060f80c0a80001\","
		  "\"erabInformationListItem\":{\"erabId\":5,\"dlForwarding\":"
		  "\"dL-Forwarding-proposed\",\"extensions\":[{\"id\":328,\"name\":"
		  "\"SourceTransportLayerAddress\",\"criticality\":\"ignore\",\"value\":"
		  "\"0f80c0a80001\",\"sourceTransportLayerAddress\":{\"bits\":32,\"ipv4\":"
		  "\"192.168.0.1\"}}]}}],",
		  "\"targetCellId\":{\"mcc\":\"262\",\"mnc\":\"01\",\"eci\":1193046,\"enbId\":4660,"
		  "\"cellId\":86},\"subscriberProfileIdForRfp\":10,",
		  "\"ueHistoryInformation\":[{\"choice\":\"e-UTRAN-Cell\",\"globalCellId\":"
		  "{\"mcc\":\"262\",\"mnc\":\"01\",\"eci\":1192961,\"enbId\":4660,\"cellId\":1},"
		  "\"cellType\":{\"cellSize\":\"small\"},\"timeUeStayedInCell\":120,\"extensions\":"
		  "[{\"id\":167,\"name\":\"Time-UE-StayedInCell-EnhancedGranularity\","
		  "\"criticality\":\"ignore\",\"value\":\"04b5\","
		  "\"timeUeStayedInCellEnhancedGranularity\":1205},{\"id\":168,\"name\":"
		  "\"HO-Cause\",\"criticality\":\"ignore\",\"value\":\"0200\",\"hoCause\":"
		  "{\"choice\":\"radioNetwork\",\"value\":16,\"name\":"
		  "\"handover-desirable-for-radio-reason\"}}]},",
		  "{\"choice\":\"uTRAN-Cell\",\"utranCell\":{\"lastVisitedUtranCellItem\":"
		  "{\"utranCellId\":{\"mcc\":\"262\",\"mnc\":\"01\",\"cellId\":1193046},"
		  "\"cellType\":\"micro\",\"timeUeStayedInCell\":60},"
		  "\"hex\":\"0062f2108012345620003c\"}},{\"choice\":\"gERAN-Cell\","
		  "\"geranCell\":\"undefined\"}],",
		  "{\"id\":175,\"name\":\"MobilityInformation\",\"criticality\":\"ignore\","
		  "\"value\":\"0a0b0c0d\",\"mobilityInformation\":\"0a0b0c0d\"}",
		  "\"ueHistoryInformationFromTheUe\":{\"type\":\"VisitedCellInfoList-r12\",\"value\":"
		  "[{\"visitedCellId-r12\":{\"pci-arfcn-r12\":{\"physCellId-r12\":301,"
		  "\"carrierFreq-r12\":6300}},\"timeSpent-r12\":100},{\"timeSpent-r12\":4095}],"
		  "\"hex\":\"172d06270190fff0\"}",
		  "\"imsVoiceEpsFallbackFrom5g\":\"true\"",
		  "\"ueContextReferenceAtSourceEnb\":66051",
		  "\"sourceSnId\":{\"choice\":\"gNB\",\"globalGnbId\":{\"mcc\":\"262\",\"mnc\":\"01\","
		  "\"gnbId\":74565,\"gnbIdLength\":22}}",
		  "\"directForwardingPathAvailability\":\"directPathAvailable\"}",
		  /* the unknown extension: named by its ID, its octets kept, not an error */
		  "{\"id\":999,\"name\":\"unknown (999)\",\"criticality\":\"ignore\","
		  "\"value\":\"abcd\"}],\"hex\":\"70050014020a0b", NULL);
	robust(TK_S1AP_SOURCE_ENB_TO_TARGET_ENB_CONTAINER, S2T);
	/* cut in the HO-Cause's open type (59 octets of 134): what was read stays, the error
	 * is where the octets end */
	expect(TK_S1AP_SOURCE_ENB_TO_TARGET_ENB_CONTAINER,
	       "70 05 0014020a0b 00 004e 40 0e 65000000014840060f80c0a80001"
	       "00 62f210 01234560 09 2080 62f210 01234010 80 0078 0001 00a7 40 02 04b5 00a8 40 02 02",
	       "\"timeUeStayedInCellEnhancedGranularity\":1205}]}],",
	       "\"error\":{\"offset\":59,\"reason\":\"truncated in extensionValue: 2 octets, 1 "
	       "present\"}}", NULL);
}
END_TEST

/*
 * The 5G and DAPS extensions, the extension markers:
 *   d0 = 1 (extension additions) 1 (e-RABInformationList) 0 1 (iE-Extensions) pad
 *   05 00 14 02 0a 0b rRC-Container
 *   01 (two E-RAB items): 00 4e 40 0e and the item of S2T; 00 4e 40 29 | 30 = 0 0 1
 *	(iE-Extensions) 1 (e-RAB-ID outside the root: an unconstrained whole number) pad |
 *	01 14 (20) | 00 02 (three) | 01 3d DAPSRequestInfo 40 01 00 (dAPS-HO-required) |
 *	01 4c SecurityIndication 40 01 08 = 0 0 0 01 (preferred) pad |
 *	01 54 SourceNodeTransportLayerAddress 40 16 4f 80 = 0 10011111 (160 bits) pad,
 *	0a 00 00 01 (10.0.0.1) and 20 01 0d b8 00 .. 00 01 (2001:db8::1)
 *   00 62 f2 10 01 23 45 6 targetCell-ID, then the UE history: 2 = 0010 (three cells) |
 *	08 = 0 00 (e-UTRAN-Cell) 0 1 0 0 pad | 62 f2 10 | ab cd ef 1 (0xabcdef1) 0 0 (CellType)
 *	0 1 | 1 (cell-Size: 0 then 11, large) pad | 0f ff (4095 s) |
 *	00 00 | 01 49 lastVisitedPSCellList 40 0c | 08 = 000 (one) 0 1 (pSCellID)
 *	0 0 0 (PSCellInformation) | 0 0 (NR-CGI) pad | 62 f2 10 | 12 34 56 78 9 (NCI 0x123456789,
 *	36 bits aligned) pad | 01 2c (timeStay 300) |
 *	8 = 1 (an extension alternative) 0 | 000000 (index 0: nG-RAN-Cell) pad, 0d (open type)
 *	0c (OCTET STRING of 12) 00 62 f2 10 00 00 00 01 00 80 00 1e: the TS 38.413
 *	LastVisitedNGRANCellInformation (NR CGI 262-01 NCI 16, small, 30 s; ngap.c) |
 *	81 = 1 0000001 (index 1, unknown) 01 ff
 *   00 04 (five extensions): 01 2b AdditionalRRMPriorityIndex 40 04 00 00 00 03 |
 *	01 2c ContextatSource 40 0e | 10 = 0 0 1 (ng-eNB) 0 0 (NG-eNB) 0 0 (Global-ENB-ID) pad |
 *	62 f2 10 | 81 = 1 (eNB-ID extension alternative) 0000001 (long-macroENB-ID) | 03 0d 5e 68
 *	(21 bits: 0x1abcd, 109517) | c0 = 11 (RAN-UE-NGAP-ID in 4 octets) pad | de ad be ef |
 *	01 37 IntersystemMeasurementConfiguration 40 10 | 53 = 0 1 (rSRP) 0 1 (sINR) 0 0110010
 *	(rSRP 50) | 0111100 (sINR 60) 0 | 1 (interSystemMeasurementList) 0 0001001
 *	(measurementDuration 10) | 000000 (one item) 11 (maxRSIndexCellQual, sMTC) | 000000
 *	(the other items' preamble) pad | 00 4d (freqBandIndicatorNR 78) | 80 = 10 (3 octets)
 *	pad | 09 a7 34 (sSBfrequencies 632628) | 17 = 0 001 (kHz30) 0111 (maxRSIndexCellQual 8) |
 *	02 12 34 (sMTC) |
 *	01 38 SourceNodeID 40 11 | 00 = 0 (sourceNgRanNode-ID) 0 0 0 0 (gNB) 0 0 0 0 pad |
 *	62 f2 10 | 50 = 0 1010 (32 bits) pad | ff ff ff ff | 00 = 0 0 (FiveGSTAI) pad | 62 f2 10 |
 *	00 00 64 (5GS TAC 100) |
 *	01 46 EmergencyIndicator 40 01 00 (true)
 *   the extension additions: 01 = 0 000000 (a bitmap of one bit) 1 (present), then the
 *	addition as an open type 01 ff
 * tshark: the same, except that it leaves AdditionalRRMPriorityIndex undecoded (registered
 * as an IE only) and shows the unknown CHOICE alternative and the addition as undecoded.
 */
#define S2T_5G "d0 05 0014020a0b 01 004e 40 0e 65000000014840060f80c0a80001" \
	"004e 40 29 30 0114 0002 013d 40 01 00 014c 40 01 08 0154 40 16 4f80" \
	"0a000001 20010db8000000000000000000000001" \
	"0062f210 01234562 08 62f210 abcdef11 80 0fff 0000 0149 40 0c 080062f2101234567890012c" \
	"80 0d 0c 0062f210000000010080001e 81 01 ff" \
	"0004 012b 40 04 00000003 012c 40 0e 1062f21081030d5e68c0deadbeef" \
	"0137 40 10 532788481800004d8009a73417021234" \
	"0138 40 11 000062f21050ffffffff0062f210000064 0146 40 01 00 0101ff"

START_TEST(test_source_to_target_5g)
{
	expect_ok(TK_S1AP_SOURCE_ENB_TO_TARGET_ENB_CONTAINER, S2T_5G,
		  "\"erabInformationListItem\":{\"erabId\":20,\"extensions\":[{\"id\":317,"
		  "\"name\":\"DAPSRequestInfo\",\"criticality\":\"ignore\",\"value\":\"00\","
		  "\"dapsRequestInfo\":{\"dapsIndicator\":\"dAPS-HO-required\"}},{\"id\":332,"
		  "\"name\":\"SecurityIndication\",\"criticality\":\"ignore\",\"value\":\"08\","
		  "\"securityIndication\":{\"integrityProtectionIndication\":\"preferred\"}},",
		  "\"sourceNodeTransportLayerAddress\":{\"bits\":160,\"ipv4\":\"10.0.0.1\","
		  "\"ipv6\":\"2001:db8::1\"}",
		  "\"globalCellId\":{\"mcc\":\"262\",\"mnc\":\"01\",\"eci\":180150001,\"enbId\":703710,"
		  "\"cellId\":241},\"cellType\":{\"cellSize\":\"large\"},\"timeUeStayedInCell\":4095,",
		  "\"lastVisitedPsCellList\":[{\"pscellId\":{\"nCgi\":{\"mcc\":\"262\",\"mnc\":\"01\","
		  "\"nci\":4886718345}},\"timeStay\":300}]",
		  "{\"choice\":\"nG-RAN-Cell\",\"ngRanCell\":\"0062f210000000010080001e\",\"ngap\":"
		  "{\"type\":\"LastVisitedNGRANCellInformation\",\"globalCellId\":{\"choice\":"
		  "\"nR-CGI\",\"mcc\":\"262\",\"mnc\":\"01\",\"nci\":16},\"cellType\":"
		  "{\"cellSize\":\"small\"},\"timeUeStayedInCell\":30,\"hex\":"
		  "\"0062f210000000010080001e\"}},"
		  "{\"choice\":\"extension alternative (1)\",\"octets\":\"ff\"}]",
		  "\"additionalRrmPriorityIndex\":\"00000003\"",
		  "\"contextAtSource\":{\"sourceNgRanNodeId\":{\"choice\":\"ng-eNB\",\"globalNgEnbId\":"
		  "{\"mcc\":\"262\",\"mnc\":\"01\",\"enbIdChoice\":\"long-macroENB-ID\","
		  "\"enbId\":109517}},\"ranUeNgapId\":3735928559}",
		  "\"intersystemMeasurementConfiguration\":{\"rsrp\":50,\"sinr\":60,"
		  "\"interSystemMeasurementParameters\":{\"measurementDuration\":10,"
		  "\"interSystemMeasurementList\":[{\"freqBandIndicatorNr\":78,\"ssbFrequencies\":"
		  "632628,\"subcarrierSpacingSsb\":\"kHz30\",\"maxRsIndexCellQual\":8,"
		  "\"smtc\":\"1234\",\"lteRrc\":{\"smtc\":{\"type\":\"MTC-SSB-NR-r15\","
		  "\"value\":{\"periodicityAndOffset-r15\":{\"sf5-r15\":4},"
		  "\"ssb-Duration-r15\":\"sf5\"},\"hex\":\"1234\"}}}]}}",
		  "\"sourceNodeId\":{\"choice\":\"sourceNgRanNode-ID\",\"globalRanNodeId\":"
		  "{\"choice\":\"gNB\",\"globalGnbId\":{\"mcc\":\"262\",\"mnc\":\"01\","
		  "\"gnbId\":4294967295,\"gnbIdLength\":32}},\"selectedTai\":{\"mcc\":\"262\","
		  "\"mnc\":\"01\",\"tac\":100}}",
		  "\"emergencyIndicator\":\"true\"}],\"extensionAdditions\":[\"ff\"],\"hex\":", NULL);
	robust(TK_S1AP_SOURCE_ENB_TO_TARGET_ENB_CONTAINER, S2T_5G);
}
END_TEST

/*
 * The same container with every OCTET STRING of the InterSystemMeasurementItem present (TS 36.413
 * 9.2.1.151): each holds an E-UTRA RRC Rel-15 type (TS 36.331 6.3.5, unaligned PER), decoded
 * under "lteRrc" beside the hex.  The extension 0137 (IntersystemMeasurementConfiguration)
 * 40 22 is S2T_5G's, except the item's preamble 1fc0 (octets 5-6: the last 5 bits of the list
 * size octet, then 110: maxRSIndexCellQual, sMTC ... excludedCellsToAddModList all present,
 * no iE-Extensions) and five OCTET STRINGs after sMTC (12 34: sf5-r15 4, ssb-Duration sf5):
 *   02 8c80 ThresholdListNR-r15: 100 (only nr-RSRP-r15) 0110010 (50)
 *   02 6c00 SSB-ToMeasure-r15: 01 (mediumBitmap-r15) 10110000
 *   02 0750 SS-RSSI-Measurement-r15: 0000011 (4 bits) 1010, endSymbol-r15 10 (2)
 *   02 4400 QuantityConfigNR-r15: 0 (no measQuantityRS-IndexNR-r15), measQuantityCellNR-r15:
 *	100 (only filterCoeff-RSRP-r15) 0 1000 (fc8; 16 root values, 4 bits)
 *   05 081f40fde0 CellsToAddModListNR-r15: 00001 (2 items), cellIndex-r15 00000 (1)
 *	physCellId-r15 0111110100 (500); 00001 (2) 1111101111 (1007)
 */
#define S2T_5G_MEAS "d0 05 0014020a0b 01 004e 40 0e 65000000014840060f80c0a80001" \
	"004e 40 29 30 0114 0002 013d 40 01 00 014c 40 01 08 0154 40 16 4f80" \
	"0a000001 20010db8000000000000000000000001" \
	"0062f210 01234562 08 62f210 abcdef11 80 0fff 0000 0149 40 0c 080062f2101234567890012c" \
	"80 0d 0c 0062f210000000010080001e 81 01 ff" \
	"0004 012b 40 04 00000003 012c 40 0e 1062f21081030d5e68c0deadbeef" \
	"0137 40 22 53278848 1fc0 004d8009a73417021234 028c80 026c00 020750 024400 05081f40fde0" \
	"0138 40 11 000062f21050ffffffff0062f210000064 0146 40 01 00 0101ff"

START_TEST(test_intersystem_measurement_lte_rrc)
{
	expect_ok(TK_S1AP_SOURCE_ENB_TO_TARGET_ENB_CONTAINER, S2T_5G_MEAS,
		  "\"maxRsIndexCellQual\":8,\"smtc\":\"1234\",\"threshRsIndexR15\":\"8c80\","
		  "\"ssbToMeasure\":\"6c00\",\"ssRssiMeasurement\":\"0750\","
		  "\"quantityConfigNrR15\":\"4400\",\"excludedCellsToAddModList\":\"081f40fde0\","
		  "\"lteRrc\":{\"smtc\":{\"type\":\"MTC-SSB-NR-r15\",\"value\":"
		  "{\"periodicityAndOffset-r15\":{\"sf5-r15\":4},\"ssb-Duration-r15\":\"sf5\"},"
		  "\"hex\":\"1234\"},",
		  "\"threshRsIndexR15\":{\"type\":\"ThresholdListNR-r15\",\"value\":"
		  "{\"nr-RSRP-r15\":50},\"hex\":\"8c80\"},",
		  "\"ssbToMeasure\":{\"type\":\"SSB-ToMeasure-r15\",\"value\":"
		  "{\"mediumBitmap-r15\":{\"set\":[0,2,3],\"length\":8,\"value\":176,"
		  "\"hex\":\"b0\"}},\"hex\":\"6c00\"}",
		  "\"ssRssiMeasurement\":{\"type\":\"SS-RSSI-Measurement-r15\",\"value\":"
		  "{\"measurementSlots-r15\":{\"set\":[0,2],\"length\":4,\"value\":10,"
		  "\"hex\":\"a0\"},\"endSymbol-r15\":2},\"hex\":\"0750\"}",
		  "\"quantityConfigNrR15\":{\"type\":\"QuantityConfigNR-r15\",\"value\":"
		  "{\"measQuantityCellNR-r15\":{\"filterCoeff-RSRP-r15\":\"fc8\","
		  "\"filterCoeff-RSRQ-r15\":\"fc4\",\"filterCoefficient-SINR-r13\":\"fc4\"}},"
		  "\"hex\":\"4400\"}",
		  "\"excludedCellsToAddModList\":{\"type\":\"CellsToAddModListNR-r15\",\"value\":"
		  "[{\"cellIndex-r15\":1,\"physCellId-r15\":500},{\"cellIndex-r15\":2,"
		  "\"physCellId-r15\":1007}],\"hex\":\"081f40fde0\"}}}]",
		  "\"emergencyIndicator\":\"true\"}]", NULL);
	robust(TK_S1AP_SOURCE_ENB_TO_TARGET_ENB_CONTAINER, S2T_5G_MEAS);
}
END_TEST

/* ---- the target eNB to source eNB container (9.2.1.8) ----------------------------------------- */

/* HandoverCommand holding an RRCConnectionReconfiguration (tests/check_lte_rrc.c HO_COMMAND) */
#define HO_COMMAND "0071204112d0c4e412340000b0080000"

/*
 * TargeteNB-ToSourceeNB-TransparentContainer:
 *   40 = 0 1 (iE-Extensions) pad | 10 (16 octets) HO_COMMAND
 *   00 03 (four): 01 3e DAPSResponseInfoList 40 07 | 00 (one) 01 3f DAPSResponseInfoItem 40 02
 *	| 0a = 0 0 0 0101 (e-RAB-ID 5) 0 | 0 0 (DAPSResponseInfo) 0 1 (dAPS-HO-not-accepted) pad |
 *	01 4a RACSIndication 40 01 00 (true) |
 *	01 4f E-RABSecurityResultList 40 07 | 00 01 4e E-RABSecurityResultItem 40 02 | 0c 00 =
 *	0 0 0 0110 (6) 0 | 0 0 0 0 (performed) pad |
 *	00 4f Direct-Forwarding-Path-Availability 40 01 00
 * tshark: the same (Direct-Forwarding-Path-Availability left undecoded, as above).
 */
#define T2S "40 10 " HO_COMMAND " 0003 013e 40 07 00013f40020a20 014a 40 01 00" \
	"014f 40 07 00014e40020c00 004f 40 01 00"

START_TEST(test_target_to_source)
{
	expect_ok(TK_S1AP_TARGET_ENB_TO_SOURCE_ENB_CONTAINER, T2S,
		  "{\"type\":\"TargeteNB-ToSourceeNB-TransparentContainer\",\"rrcContainer\":"
		  "{\"type\":\"HandoverCommand\",\"value\":{\"criticalExtensions\":{\"c1\":"
		  "{\"handoverCommand-r8\":{\"handoverCommandMessage\":{\"type\":\"DL-DCCH-Message\","
		  "\"value\":{\"message\":{\"c1\":{\"rrcConnectionReconfiguration\":"
		  "{\"rrc-TransactionIdentifier\":2,",
		  "\"hex\":\"" HO_COMMAND "\"},\"extensions\":[{\"id\":318,\"name\":"
		  "\"DAPSResponseInfoList\",\"criticality\":\"ignore\",\"value\":\"00013f40020a20\","
		  "\"dapsResponseInfoList\":[{\"id\":319,\"name\":\"DAPSResponseInfoItem\","
		  "\"criticality\":\"ignore\",\"value\":\"0a20\",\"dapsResponseInfoItem\":"
		  "{\"erabId\":5,\"dapsResponseInfo\":{\"dapsResponseIndicator\":"
		  "\"dAPS-HO-not-accepted\"}}}]},{\"id\":330,\"name\":\"RACSIndication\","
		  "\"criticality\":\"ignore\",\"value\":\"00\",\"racsIndication\":\"true\"},",
		  "\"erabSecurityResultList\":[{\"id\":334,\"name\":\"E-RABSecurityResultItem\","
		  "\"criticality\":\"ignore\",\"value\":\"0c00\",\"erabSecurityResultItem\":"
		  "{\"erabId\":6,\"securityResult\":{\"integrityProtectionResult\":\"performed\"}}}]}",
		  "\"directForwardingPathAvailability\":\"directPathAvailable\"}],\"hex\":", NULL);
	robust(TK_S1AP_TARGET_ENB_TO_SOURCE_ENB_CONTAINER, T2S);
	/* a bad extension length: RACSIndication's open type says 7f octets where 17 remain,
	 * reported where they start (35); the DAPS list before it stays decoded */
	expect(TK_S1AP_TARGET_ENB_TO_SOURCE_ENB_CONTAINER,
	       "40 10 " HO_COMMAND " 0003 013e 40 07 00013f40020a20 014a 40 7f 00"
	       "014f 40 07 00014e40020c00 004f 40 01 00",
	       "\"dapsResponseIndicator\":\"dAPS-HO-not-accepted\"}}}]}],",
	       "\"error\":{\"offset\":35,\"reason\":\"truncated in extensionValue: 127 octets, 17 "
	       "present\"}}", NULL);
	/* an extension value longer than its type: RACSIndication in 2 octets 00 00, reported at
	 * the octet after the value (25), and the next extension still decoded */
	expect(TK_S1AP_TARGET_ENB_TO_SOURCE_ENB_CONTAINER,
	       "40 10 " HO_COMMAND " 0001 014a 40 02 0000 004f 40 01 00",
	       "\"racsIndication\":\"true\"},{\"id\":79,",
	       "\"directForwardingPathAvailability\":\"directPathAvailable\"}]",
	       "\"error\":{\"offset\":25,\"reason\":\"1 octets after the RACSIndication\"}}", NULL);
}
END_TEST

/* ---- UE history (9.2.1.42) and the small types ------------------------------------------------ */

/* the UE history of S2T_5G on its own: the e-UTRAN cell with its PSCell, the NG-RAN cell and
 * the unknown alternative (tshark, through RANAP's UE-History-Information: the same) */
#define UE_HISTORY "2080 62f210 abcdef11 80 0fff 0000 0149 40 0c 080062f2101234567890012c" \
	"80 0d 0c 0062f210000000010080001e 81 01 ff"

START_TEST(test_ue_history)
{
	expect_ok(TK_S1AP_UE_HISTORY_INFORMATION, UE_HISTORY,
		  "{\"type\":\"UE-HistoryInformation\",\"lastVisitedCellList\":[{\"choice\":"
		  "\"e-UTRAN-Cell\",\"globalCellId\":{\"mcc\":\"262\",\"mnc\":\"01\","
		  "\"eci\":180150001,\"enbId\":703710,\"cellId\":241},\"cellType\":{\"cellSize\":"
		  "\"large\"},\"timeUeStayedInCell\":4095,\"extensions\":[{\"id\":329,\"name\":"
		  "\"lastVisitedPSCellList\",\"criticality\":\"ignore\",\"value\":"
		  "\"080062f2101234567890012c\",\"lastVisitedPsCellList\":[{\"pscellId\":{\"nCgi\":"
		  "{\"mcc\":\"262\",\"mnc\":\"01\",\"nci\":4886718345}},\"timeStay\":300}]}]},"
		  "{\"choice\":\"nG-RAN-Cell\",\"ngRanCell\":\"0062f210000000010080001e\",\"ngap\":"
		  "{\"type\":\"LastVisitedNGRANCellInformation\",\"globalCellId\":{\"choice\":"
		  "\"nR-CGI\",\"mcc\":\"262\",\"mnc\":\"01\",\"nci\":16},\"cellType\":"
		  "{\"cellSize\":\"small\"},\"timeUeStayedInCell\":30,\"hex\":"
		  "\"0062f210000000010080001e\"}},"
		  "{\"choice\":\"extension alternative (1)\",\"octets\":\"ff\"}],\"hex\":\"", NULL);
	robust(TK_S1AP_UE_HISTORY_INFORMATION, UE_HISTORY);
	/* one GERAN cell: 04 = 0000 (one) 0 10 0 */
	expect_ok(TK_S1AP_UE_HISTORY_INFORMATION, "04",
		  "\"lastVisitedCellList\":[{\"choice\":\"gERAN-Cell\",\"geranCell\":\"undefined\"}]",
		  NULL);
	/* sixteen cells announced (f), the first cut short */
	expect(TK_S1AP_UE_HISTORY_INFORMATION, "f0",
	       "\"lastVisitedCellList\":[{\"choice\":\"e-UTRAN-Cell\"}]",
	       "\"error\":{\"offset\":0,\"reason\":\"truncated in LastVisitedEUTRANCellInformation\"}",
	       NULL);
	/* a LastVisitedCell-Item index of 3 (11), beyond the 3 root alternatives */
	expect(TK_S1AP_UE_HISTORY_INFORMATION, "0600",
	       "\"error\":{\"offset\":0,\"reason\":\"LastVisitedCell-Item is 3, more than its range "
	       "allows (3 values)\"}", NULL);
	tu_exhaustive(emit, &(enum tk_s1ap_type){ TK_S1AP_UE_HISTORY_INFORMATION }, UE_HISTORY);
}
END_TEST

START_TEST(test_small_types)
{
	/* EUTRAN-CGI: 00 | 62 f2 10 | 01 23 45 6 (0x0123456) 0 */
	expect_ok(TK_S1AP_EUTRAN_CGI, "0062f21001234560",
		  "{\"type\":\"EUTRAN-CGI\",\"mcc\":\"262\",\"mnc\":\"01\",\"eci\":1193046,"
		  "\"enbId\":4660,\"cellId\":86,\"hex\":\"0062f21001234560\"}", NULL);
	robust(TK_S1AP_EUTRAN_CGI, "0062f21001234560");
	expect(TK_S1AP_EUTRAN_CGI, "0062f210012345",
	       "\"error\":{\"offset\":4,\"reason\":\"truncated in cell-ID\"}", NULL);
	/* Global-ENB-ID, homeENB-ID: 00 | 62 f2 10 | 40 = 0 1 pad | 01 23 45 6 (28 bits) 0 */
	expect_ok(TK_S1AP_GLOBAL_ENB_ID, "0062f2104001234560",
		  "{\"type\":\"Global-ENB-ID\",\"mcc\":\"262\",\"mnc\":\"01\",\"enbIdChoice\":"
		  "\"homeENB-ID\",\"enbId\":1193046,\"hex\":", NULL);
	robust(TK_S1AP_GLOBAL_ENB_ID, "0062f2104001234560");
	/* short-macroENB-ID, an extension alternative: 80 = 1 0000000, open type 03 aa f3 40
	 * (18 bits: 0x2abcd); an unknown one (index 2): 82 01 ff, listed, not an error */
	expect_ok(TK_S1AP_GLOBAL_ENB_ID, "0062f2108003aaf340",
		  "\"enbIdChoice\":\"short-macroENB-ID\",\"enbId\":175053", NULL);
	expect_ok(TK_S1AP_GLOBAL_ENB_ID, "0062f2108201ff",
		  "\"enbIdChoice\":\"extension alternative (2)\",\"octets\":\"ff\"", NULL);
	/* a bad extension length: the eNB-ID's open type announces 4 octets, 3 there (reported
	 * where they start) */
	expect(TK_S1AP_GLOBAL_ENB_ID, "0062f2108004aaf340",
	       "\"error\":{\"offset\":6,\"reason\":\"truncated in eNB-ID extension: 4 octets, 3 "
	       "present\"}", NULL);
	/* Cause: 04 60 = 0 000 (radioNetwork) 0 100011 (35) pad */
	expect_ok(TK_S1AP_CAUSE, "0460",
		  "{\"type\":\"Cause\",\"choice\":\"radioNetwork\",\"value\":35,\"name\":"
		  "\"x2-handover-triggered\",\"hex\":\"0460\"}", NULL);
	robust(TK_S1AP_CAUSE, "0460");
	/* an extension value of CauseRadioNetwork: 08 00 = 0 000 1 0 000000 (the first) pad;
	 * one tcapkit has no name for: 0 000 1 0 101000 (extension value 40, the 76th value) */
	expect_ok(TK_S1AP_CAUSE, "0800", "\"value\":36,\"name\":\"redirection-towards-1xRTT\"",
		  NULL);
	expect_ok(TK_S1AP_CAUSE, "0a80", "\"value\":76,\"name\":\"extension value (40)\"", NULL);
	/* misc (100) unknown-PLMN (5): 45; nas (010) csg-subscription-expiry (extension 0): 28 00 */
	expect_ok(TK_S1AP_CAUSE, "45", "\"choice\":\"misc\",\"value\":5,\"name\":\"unknown-PLMN\"",
		  NULL);
	expect_ok(TK_S1AP_CAUSE, "2800", "\"choice\":\"nas\",\"value\":4,\"name\":"
		  "\"csg-subscription-expiry\"", NULL);
	/* an extension alternative of the Cause CHOICE: 80 01 ff */
	expect_ok(TK_S1AP_CAUSE, "8001ff",
		  "\"choice\":\"extension alternative (0)\",\"octets\":\"ff\"", NULL);
	/* a group index of 5 (0 101): out of range */
	expect(TK_S1AP_CAUSE, "50", "{\"type\":\"Cause\",\"hex\":\"50\",\"error\":{\"offset\":0,"
	       "\"reason\":\"Cause is 5, more than its range allows (5 values)\"}}", NULL);
	/* an octet after the complete encoding */
	expect(TK_S1AP_CAUSE, "046000", "\"name\":\"x2-handover-triggered\"",
	       "\"error\":{\"offset\":2,\"reason\":\"1 octets after the Cause\"}", NULL);
}
END_TEST

START_TEST(test_malformed)
{
	enum tk_s1ap_type t = TK_S1AP_TARGET_ENB_TO_SOURCE_ENB_CONTAINER;
	char *s;

	tu_expect_empty_error(emit, &t, "empty: a complete ALIGNED PER encoding of "
			      "TargeteNB-ToSourceeNB-TransparentContainer");
	t = TK_S1AP_TYPE_COUNT;
	s = tu_render(emit, &t, (const uint8_t *)"\x00", 1, 0);
	tu_assert_has(s, "{\"hex\":\"00\",\"error\":{\"offset\":0,\"reason\":\"not an S1AP type "
		      "tcapkit knows\"}}");
	free(s);
	ck_assert_str_eq(tk_s1ap_type_name(TK_S1AP_UE_HISTORY_INFORMATION), "UE-HistoryInformation");
	ck_assert_ptr_null(tk_s1ap_type_name(TK_S1AP_TYPE_COUNT));
	/* an RRC container that is not a HandoverPreparationInformation (01 ff): its error stays
	 * in its own object, the container goes on (no error of its own): 00 | 02 01 ff | 00
	 * 62 f2 10 01 23 45 6 | 0000 (one cell) | 40 = 0 10 0 (GERAN) pad */
	expect(TK_S1AP_SOURCE_ENB_TO_TARGET_ENB_CONTAINER, "000201ff0062f2100123456040",
	       "\"rrcContainer\":{\"type\":\"HandoverPreparationInformation\",\"hex\":\"01ff\","
	       "\"error\":{\"offset\":1,",
	       "\"targetCellId\":{\"mcc\":\"262\",\"mnc\":\"01\",\"eci\":1193046,",
	       "\"ueHistoryInformation\":[{\"choice\":\"gERAN-Cell\",\"geranCell\":\"undefined\"}],"
	       "\"hex\":\"000201ff0062f2100123456040\"}", NULL);
	/* an E-RAB item's criticality of 3 (c0), reported at its octet (10); nothing after it
	 * can be placed */
	expect(TK_S1AP_SOURCE_ENB_TO_TARGET_ENB_CONTAINER,
	       "40 05 0014020a0b 00 004e c0 0e 65000000014840060f80c0a80001 0062f2100123456040",
	       "\"erabInformationList\":[],\"hex\"",
	       "\"error\":{\"offset\":10,\"reason\":\"criticality is 3, more than its range allows "
	       "(3 values)\"}", NULL);
	/* an extension the container's ExtIEs do not list (HO-Cause, 168): named, not decoded:
	 * 10 = 0 0 0 1 pad | 05 ... | 00 62 f2 10 01 23 45 6 | 0000 | 40 | 00 00 00 a8 40 02 02 00 */
	expect_ok(TK_S1AP_SOURCE_ENB_TO_TARGET_ENB_CONTAINER,
		  "10 05 0014020a0b 0062f2100123456040 0000 00a8 40 02 0200",
		  "\"extensions\":[{\"id\":168,\"name\":\"HO-Cause\",\"criticality\":\"ignore\","
		  "\"value\":\"0200\"}],\"hex\"", NULL);
}
END_TEST

Suite *tu_suite_s1ap(void)
{
	Suite *s = suite_create("s1ap");
	TCase *tc = tcase_create("s1ap");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_source_to_target);
	tcase_add_test(tc, test_source_to_target_5g);
	tcase_add_test(tc, test_intersystem_measurement_lte_rrc);
	tcase_add_test(tc, test_target_to_source);
	tcase_add_test(tc, test_ue_history);
	tcase_add_test(tc, test_small_types);
	tcase_add_test(tc, test_malformed);
	suite_add_tcase(s, tc);
	return s;
}
