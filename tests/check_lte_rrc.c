/*
 * lte_rrc.c: TS 36.331 containers in unaligned PER, decoded by the asn1c code generated from
 * asn1/lte-rrc/.  The vectors are values written in XER from the ASN.1 of TS 36.331, encoded
 * with asn1c's unaligned PER encoder (a scratch program, not part of the project), and
 * dissected by tshark 4.0.17 (text2pcap -l 147 with the user DLT mapped to
 * lte-rrc.ue_eutra_cap.msg, lte_rrc.handover_prep_info and lte_rrc.dl_dcch): tshark shows the
 * same values as expected here for every valid vector, the classmarks and MS Radio Access
 * Capability of the GERAN containers included.  The HandoverCommand wrapper, which tshark
 * has no entry for, is derived bit by bit below.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "eps_nas.h"
#include "lte_rrc.h"

Suite *tu_suite_lte_rrc(void);

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	tk_emit_lte_rrc(e, *(const enum tk_lte_rrc_type *)arg, p, n);
}

static void vexpect(enum tk_lte_rrc_type t, const char *hex, int no_error, va_list ap)
{
	tu_vexpect_all(emit, &t, hex, no_error, ap);
}

/* the JSON of hex as type t holds each needle (to a NULL) */
static void expect(enum tk_lte_rrc_type t, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(t, hex, 0, ap);
	va_end(ap);
}

/* ... and has no "error" anywhere, nested values included */
static void expect_ok(enum tk_lte_rrc_type t, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(t, hex, 1, ap);
	va_end(ap);
}

/* every truncation (an error: each vector uses its last octet) and corruption (testutil.c) */
static void robust(enum tk_lte_rrc_type t, const char *hex)
{
	tu_robust_tmpl(emit, &t, hex, 1);
}

/*
 * UE-EUTRA-Capability (6.3.6): rel9, category 3, ROHC profiles 0x0001 and 0x0002, at most 2
 * ROHC contexts, UE-specific reference signals, bands 7 and 20 (full duplex), inter-frequency
 * measurement gaps needed from band 7 to 20 and from 20 to 7, feature group indicators
 * 7fdcc880, UTRA FDD bands I and VIII.
 */
#define UE_CAP "853800411898102819ff732202002038"

START_TEST(test_ue_eutra_capability)
{
	expect_ok(TK_LTE_RRC_UE_EUTRA_CAPABILITY, UE_CAP,
		  "{\"type\":\"UE-EUTRA-Capability\",\"value\":{\"accessStratumRelease\":\"rel9\","
		  "\"ue-Category\":3,\"pdcp-Parameters\":{\"supportedROHC-Profiles\":"
		  "{\"profile0x0001-r15\":true,\"profile0x0002-r15\":true,\"profile0x0003-r15\":false",
		  "\"maxNumberROHC-ContextSessions\":\"cs2\"},\"phyLayerParameters\":"
		  "{\"ue-TxAntennaSelectionSupported\":false,\"ue-SpecificRefSigsSupported\":true},"
		  "\"rf-Parameters\":{\"supportedBandListEUTRA\":[{\"bandEUTRA\":7,\"halfDuplex\":false},"
		  "{\"bandEUTRA\":20,\"halfDuplex\":false}]},\"measParameters\":{\"bandListEUTRA\":"
		  "[{\"interFreqBandList\":[{\"interFreqNeedForGaps\":false},{\"interFreqNeedForGaps\":"
		  "true}]},{\"interFreqBandList\":[{\"interFreqNeedForGaps\":true},"
		  "{\"interFreqNeedForGaps\":false}]}]},\"featureGroupIndicators\":{\"set\":"
		  "[1,2,3,4,5,6,7,8,9,11,12,13,16,17,20,24],\"length\":32,\"value\":2145175680,"
		  "\"hex\":\"7fdcc880\",\"indicators\":[{\"index\":2,\"definition\":"
		  "\"simultaneous CQI and ACK/NACK on PUCCH (formats 2a and 2b); absolute TPC command "
		  "for PUSCH; resource allocation type 1 for PDSCH; periodic CQI/PMI/RI reporting on "
		  "PUCCH modes 2-0 and 2-1\"},{\"index\":3,",
		  "{\"index\":9,\"definition\":\"E-UTRA RRC_CONNECTED to GERAN GSM_Dedicated "
		  "handover\"},{\"index\":10,",
		  "{\"index\":21,\"definition\":\"predefined intra- and inter-subframe frequency "
		  "hopping for PUSCH with N_sb > 1\"},{\"index\":25,\"definition\":"
		  "\"inter-frequency measurements and reporting in E-UTRA connected mode\"}]}",
		  "\"interRAT-Parameters\":{\"utraFDD\":{\"supportedBandListUTRA-FDD\":"
		  "[\"bandI\",\"bandVIII\"]}}}", "\"hex\":\"" UE_CAP "\"}", NULL);
	robust(TK_LTE_RRC_UE_EUTRA_CAPABILITY, UE_CAP);
}
END_TEST

/*
 * HandoverPreparationInformation (10.2.2) with four UE-CapabilityRAT-Containers, each read
 * by its rat-Type: eutra UE_CAP; utra 00 (a TS 25.331 InterRATHandoverInfo whose four
 * CHOICEs are 'absent'); geran-cs 33 03 57 58 a6 (Mobile Station Classmark 2 TLV) and
 * 60 14 04 ef 65 23 02 00 10 (Mobile Station Classmark 3 V: E-GSM and DCS 1800, radio
 * capabilities 1 and 4, MS-assisted/-based/conventional GPS, 8-PSK, GSM 850 and 1900);
 * geran-ps 30 84 (MS Radio Access Capability: GSM 1800, RF power class 1); then rrm-Config
 * (ue-InactiveTime s30) and the v920 extension (ue-ConfigRelease-r9 rel9).
 */
#define HPI "054010" UE_CAP "1010020e33035758a6601404ef6523020010302308449800"

START_TEST(test_handover_preparation_information)
{
	expect_ok(TK_LTE_RRC_HANDOVER_PREPARATION_INFORMATION, HPI,
		  "{\"type\":\"HandoverPreparationInformation\",\"value\":{\"criticalExtensions\":"
		  "{\"c1\":{\"handoverPreparationInformation-r8\":{\"ue-RadioAccessCapabilityInfo\":"
		  "[{\"rat-Type\":\"eutra\",\"ueCapabilityRAT-Container\":{\"type\":"
		  "\"UE-EUTRA-Capability\",\"value\":{\"accessStratumRelease\":\"rel9\"",
		  "\"hex\":\"" UE_CAP "\"}},{\"rat-Type\":\"utra\",\"ueCapabilityRAT-Container\":"
		  "{\"type\":\"InterRATHandoverInfo\",\"value\":{\"predefinedConfigStatusList\":"
		  "{\"absent\":null}",
		  "{\"rat-Type\":\"geran-cs\",\"ueCapabilityRAT-Container\":{\"msClassmark2\":"
		  "{\"revisionLevel\":\"used by mobile stations supporting R99 or later versions of "
		  "the protocol\",\"esInd\":true,\"a51Available\":true",
		  "\"msClassmark3\":{\"multibandSupported\":{\"gsm1800\":true,\"eGsmOrRGsm\":true,"
		  "\"pGsm\":false}",
		  "\"associatedRadioCapability2\":1,\"associatedRadioCapability1\":4",
		  "\"msAssistedGps\":true,\"msBasedGps\":true,\"msConventionalGps\":true",
		  "\"hex\":\"33035758a6601404ef6523020010\"}}",
		  "{\"rat-Type\":\"geran-ps\",\"ueCapabilityRAT-Container\":{\"accessTechnologies\":"
		  "[{\"accessTechnologyType\":\"GSM 1800\",\"lengthBits\":4,\"rfPowerCapability\":1}],"
		  "\"hex\":\"3084\"}}]",
		  "\"rrm-Config\":{\"ue-InactiveTime\":\"s30\"},\"nonCriticalExtension\":"
		  "{\"ue-ConfigRelease-r9\":\"rel9\"}}}}},\"hex\":\"" HPI "\"}", NULL);
	robust(TK_LTE_RRC_HANDOVER_PREPARATION_INFORMATION, HPI);
}
END_TEST

/*
 * DL-DCCH-Message (6.2.1): RRCConnectionReconfiguration, transaction 2, with the
 * mobilityControlInfo of a handover: target physical cell 301 on EARFCN 6300, t304 500 ms,
 * new C-RNTI 1234, PRACH root sequence 22, PUSCH basic configuration (1 sub-band, inter-
 * subframe hopping, offset 4, no 64QAM), reference signals without hopping, normal cyclic
 * prefix.
 */
#define DL_RECONF "2408225a189c8246800016010000"

/*
 * HandoverCommand (10.2.2) holding DL_RECONF:
 *   0        criticalExtensions: c1
 *   000      c1 (8 alternatives): handoverCommand-r8
 *   0        HandoverCommand-r8-IEs: nonCriticalExtension absent
 *   00001110 handoverCommandMessage OCTET STRING (CONTAINING DL-DCCH-Message): 14 octets
 *   DL_RECONF's 112 bits, then 3 padding bits
 * = 00 71 20 41 12 d0 c4 e4 12 34 00 00 b0 08 00 00
 */
#define HO_COMMAND "0071204112d0c4e412340000b0080000"

START_TEST(test_handover_command)
{
	static const char *const reconf =
		"{\"type\":\"DL-DCCH-Message\",\"value\":{\"message\":{\"c1\":"
		"{\"rrcConnectionReconfiguration\":{\"rrc-TransactionIdentifier\":2,"
		"\"criticalExtensions\":{\"c1\":{\"rrcConnectionReconfiguration-r8\":"
		"{\"mobilityControlInfo\":{\"targetPhysCellId\":301,\"carrierFreq\":"
		"{\"dl-CarrierFreq\":6300},\"t304\":\"ms500\",\"newUE-Identity\":{\"set\":"
		"[3,6,10,11,13],\"length\":16,\"value\":4660,\"hex\":\"1234\"},"
		"\"radioResourceConfigCommon\":{\"prach-Config\":{\"rootSequenceIndex\":22},"
		"\"pusch-ConfigCommon\":{\"pusch-ConfigBasic\":{\"n-SB\":1,\"hoppingMode\":"
		"\"interSubFrame\",\"pusch-HoppingOffset\":4,\"enable64QAM\":false},"
		"\"ul-ReferenceSignalsPUSCH\":{\"groupHoppingEnabled\":false,"
		"\"groupAssignmentPUSCH\":0,\"sequenceHoppingEnabled\":false,\"cyclicShift\":0}},"
		"\"ul-CyclicPrefixLength\":\"len1\"}}}}}}}}},\"hex\":\"" DL_RECONF "\"}";

	expect_ok(TK_LTE_RRC_DL_DCCH_MESSAGE, DL_RECONF, reconf, NULL);
	expect_ok(TK_LTE_RRC_HANDOVER_COMMAND, HO_COMMAND,
		  "{\"type\":\"HandoverCommand\",\"value\":{\"criticalExtensions\":{\"c1\":"
		  "{\"handoverCommand-r8\":{\"handoverCommandMessage\":", reconf,
		  "\"hex\":\"" HO_COMMAND "\"}", NULL);
	robust(TK_LTE_RRC_HANDOVER_COMMAND, HO_COMMAND);
	robust(TK_LTE_RRC_DL_DCCH_MESSAGE, DL_RECONF);
}
END_TEST

/*
 * UE-EUTRA-Capability of release 10 (category 4, band 3) with all three feature group
 * indicator fields: featureGroupIndicators 00000001 (index 32, which has no definition),
 * featureGroupIndRel9Add-r9 80800001 (33, 41, 64) inside the v940 lateNonCriticalExtension
 * (OCTET STRING CONTAINING UE-EUTRA-Capability-v9a0-IEs), featureGroupIndRel10-r10 80108000
 * (101, 112, 117).  Encoded with asn1c from XER; tshark shows the same indicators.
 */
#define UE_CAP_FGI "c980000080000000000080100182c404000008042004200000"

START_TEST(test_feature_group_indicators)
{
	expect_ok(TK_LTE_RRC_UE_EUTRA_CAPABILITY, UE_CAP_FGI,
		  "\"featureGroupIndicators\":{\"set\":[31],\"length\":32,\"value\":1,"
		  "\"hex\":\"00000001\",\"indicators\":[{\"index\":32,\"definition\":"
		  "\"no definition (the UE shall set it to 0)\"}]}",
		  "\"featureGroupIndRel9Add-r9\":{\"set\":[0,8,31],\"length\":32,"
		  "\"value\":2155872257,\"hex\":\"80800001\",\"indicators\":[{\"index\":33,"
		  "\"definition\":\"inter-RAT ANR features for UTRAN FDD\"},{\"index\":41,"
		  "\"definition\":\"measurement reporting event B1 for UTRAN FDD\"},"
		  "{\"index\":64,\"definition\":\"no definition (the UE shall set it to 0)\"}]}",
		  "\"featureGroupIndRel10-r10\":{\"set\":[0,11,16],\"length\":32,"
		  "\"value\":2148564992,\"hex\":\"80108000\",\"indicators\":[{\"index\":101,"
		  "\"definition\":\"DMRS with OCC (orthogonal cover code) and SGH (sequence group "
		  "hopping) disabling\"},{\"index\":112,\"definition\":\"SCell addition within "
		  "the handover to E-UTRA procedure\"},{\"index\":117,\"definition\":"
		  "\"no definition (the UE shall set it to 0)\"}]}", NULL);
	robust(TK_LTE_RRC_UE_EUTRA_CAPABILITY, UE_CAP_FGI);
}
END_TEST

/*
 * A handover into E-UTRA from UTRAN or GERAN: DL_RECONF with transaction 1 and a
 * securityConfigHO (6.3.3) of handoverType interRAT, EEA2 / EIA2, whose
 * nas-SecurityParamToEUTRA is the TS 24.301 9.9.2.7 value: NonceMME a1b2c3d4, octet 22
 * (128-EEA2, 128-EIA2), octet 0b (mapped security context, KSI 3).  Encoded with asn1c from
 * the module's XER; tshark (lte_rrc.dl_dcch) shows the same fields.
 */
#define DL_RECONF_INTER_RAT "2209225a189c824680001601000122a1b2c3d4220b"

/*
 * MobilityFromEUTRACommand (6.2.2), CS fallback, handover to GERAN whose
 * targetRAT-MessageContainer is a TS 44.018 HANDOVER COMMAND (06 2b: cell NCC 1 BCC 3 on
 * BCCH ARFCN 124, TCH/F on timeslot 2, TSC 3, ARFCN 60, handover reference 42, power level
 * 5) and nas-SecurityParamFromEUTRA 05 (9.9.2.6: DL NAS COUNT 5).  Checked with tshark.
 */
#define MOBILITY_FROM_EUTRA "18142120c5616f814c078540a0a0"

static void emit_nas(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	if (*(const int *)arg)
		tk_emit_nas_security_params_to_eutra(e, p, n);
	else
		tk_emit_nas_security_params_from_eutra(e, p, n);
}

START_TEST(test_nas_security_parameters)
{
	static const int to = 1, from = 0;
	char *s;

	expect_ok(TK_LTE_RRC_DL_DCCH_MESSAGE, DL_RECONF_INTER_RAT,
		  "\"securityConfigHO\":{\"handoverType\":{\"interRAT\":"
		  "{\"securityAlgorithmConfig\":{\"cipheringAlgorithm\":\"eea2\","
		  "\"integrityProtAlgorithm\":\"eia2\"},\"nas-SecurityParamToEUTRA\":"
		  "{\"nonceMme\":\"a1b2c3d4\",\"cipheringAlgorithmValue\":2,"
		  "\"cipheringAlgorithm\":\"EPS encryption algorithm 128-EEA2\","
		  "\"integrityProtectionAlgorithmValue\":2,\"integrityProtectionAlgorithm\":"
		  "\"EPS integrity algorithm 128-EIA2\",\"typeOfSecurityContext\":"
		  "\"mapped security context (for KSISGSN or KSIAMF)\",\"nasKeySetIdentifier\":3,"
		  "\"hex\":\"a1b2c3d4220b\"}}}}", NULL);
	expect_ok(TK_LTE_RRC_DL_DCCH_MESSAGE, MOBILITY_FROM_EUTRA,
		  "\"targetRAT-Type\":\"geran\",\"targetRAT-MessageContainer\":{",
		  "\"cellDescription\":{\"ncc\":1,\"bcc\":3,\"bcchArfcn\":124}",
		  "\"handoverReference\":42", "\"powerLevel\":5,\"ies\":[],"
		  "\"hex\":\"062b0b7c0a603c2a05\"}",
		  "\"nas-SecurityParamFromEUTRA\":{\"dlNasCountShort\":5,\"hex\":\"05\"}",
		  NULL);
	robust(TK_LTE_RRC_DL_DCCH_MESSAGE, DL_RECONF_INTER_RAT);
	robust(TK_LTE_RRC_DL_DCCH_MESSAGE, MOBILITY_FROM_EUTRA);
	/*
	 * The other targetRAT-MessageContainers (encoded with asn1c, checked with tshark): GERAN
	 * 1501, an RLC/MAC control message (no RR protocol discriminator), stays in hex; UTRA
	 * ffff is a HANDOVER TO UTRAN COMMAND whose criticalExtensions nest to the innermost
	 * (empty) one, as tshark also shows it.
	 */
	expect_ok(TK_LTE_RRC_DL_DCCH_MESSAGE, "18102042a020",
		  "\"targetRAT-Type\":\"geran\",\"targetRAT-MessageContainer\":\"1501\"", NULL);
	expect_ok(TK_LTE_RRC_DL_DCCH_MESSAGE, "1810005fffe0",
		  "\"targetRAT-Type\":\"utra\",\"targetRAT-MessageContainer\":{\"type\":"
		  "\"HandoverToUTRANCommand\",\"value\":{\"criticalExtensions\":", "\"hex\":\"ffff\"}",
		  NULL);
	robust(TK_LTE_RRC_DL_DCCH_MESSAGE, "1810005fffe0");
	/* short and long values: what is there is decoded, the first problem reported */
	s = tu_render(emit_nas, &to, (const uint8_t *)"\xa1\xb2\xc3\xd4\x17", 5, 0);
	tu_assert_has(s, "{\"nonceMme\":\"a1b2c3d4\",\"cipheringAlgorithmValue\":1,"
		      "\"cipheringAlgorithm\":\"EPS encryption algorithm 128-EEA1\","
		      "\"integrityProtectionAlgorithmValue\":7,\"integrityProtectionAlgorithm\":"
		      "\"EPS integrity algorithm EIA7\",\"hex\":\"a1b2c3d417\",\"error\":"
		      "{\"offset\":5,\"reason\":\"truncated: NAS security parameters to E-UTRA has "
		      "6 octets, 5 present\"}}");
	free(s);
	s = tu_render(emit_nas, &to, (const uint8_t *)"\xa1\xb2\xc3\xd4\x00\x07\xff", 7, 0);
	tu_assert_has(s, "\"typeOfSecurityContext\":\"native security context (for KSIASME or "
		      "KSIAMF)\",\"nasKeySetIdentifier\":\"no key is available (UE to network); "
		      "reserved (network to UE)\",\"hex\":\"a1b2c3d40007ff\",\"error\":"
		      "{\"offset\":6,\"reason\":\"1 octet after the 6 of NAS security parameters "
		      "to E-UTRA\"}}");
	free(s);
	s = tu_render(emit_nas, &from, (const uint8_t *)"\x05\x06", 2, 0);
	tu_assert_has(s, "{\"dlNasCountShort\":5,\"hex\":\"0506\",\"error\":{\"offset\":1,");
	free(s);
	tu_robust(emit_nas, &to, (const uint8_t *)"\xa1\xb2\xc3\xd4\x22\x0b", 6, 1);
	tu_robust(emit_nas, &from, (const uint8_t *)"\x05", 1, 1);
}
END_TEST

/*
 * Broken or undecoded containers inside a valid HandoverPreparationInformation (one
 * UE-CapabilityRAT-Container each: 00 then 1 bit for the count - 1 = 0, 3 bits of
 * rat-Type, the octet string's length and octets) spoil only themselves.
 */
START_TEST(test_rat_containers)
{
	/* geran-cs with IEI 0x34 */
	expect(TK_LTE_RRC_HANDOVER_PREPARATION_INFORMATION, "00120734035758a66014",
	       "{\"rat-Type\":\"geran-cs\",\"ueCapabilityRAT-Container\":{\"hex\":\"34035758a66014\","
	       "\"error\":{\"offset\":0,\"reason\":\"not a Mobile Station Classmark 2 TLV (IEI 0x33, "
	       "length 3)\"}}}]}}}},\"hex\":\"00120734035758a66014\"}", NULL);
	/* geran-cs of 4 octets */
	expect(TK_LTE_RRC_HANDOVER_PREPARATION_INFORMATION, "00120433035758",
	       "\"ueCapabilityRAT-Container\":{\"hex\":\"33035758\",\"error\":{\"offset\":4,"
	       "\"reason\":\"truncated: the Mobile Station Classmark 2 TLV has 5 octets, 4 "
	       "present\"}}", NULL);
	/* eutra of two octets: the capability stops at the end of them */
	expect(TK_LTE_RRC_HANDOVER_PREPARATION_INFORMATION, "0010028538",
	       "{\"rat-Type\":\"eutra\",\"ueCapabilityRAT-Container\":{\"type\":"
	       "\"UE-EUTRA-Capability\",\"hex\":\"8538\",\"error\":{\"offset\":2,\"reason\":"
	       "\"not a complete UE-EUTRA-Capability: PER decoding stopped at bit 16 of 16\"}}}",
	       "\"hex\":\"0010028538\"}", NULL);
	/* cdma2000-1XRTT: 3GPP2 contents, left in hex (nr and eutra-nr: check_nr_rrc.c) */
	expect_ok(TK_LTE_RRC_HANDOVER_PREPARATION_INFORMATION, "0014020a0b",
		  "[{\"rat-Type\":\"cdma2000-1XRTT\",\"ueCapabilityRAT-Container\":\"0a0b\"}]", NULL);
}
END_TEST

START_TEST(test_malformed)
{
	enum tk_lte_rrc_type t = TK_LTE_RRC_HANDOVER_COMMAND;
	char *s;

	s = tu_render(emit, &t, NULL, 0, 0);
	tu_assert_has(s, "{\"type\":\"HandoverCommand\",\"hex\":\"\",\"error\":{\"offset\":0,"
		      "\"reason\":\"empty: a complete PER encoding of HandoverCommand has at least "
		      "one octet\"}}");
	free(s);
	t = TK_LTE_RRC_TYPE_COUNT;
	s = tu_render(emit, &t, (const uint8_t *)"\x00", 1, 0);
	tu_assert_has(s, "{\"hex\":\"00\",\"error\":{\"offset\":0,\"reason\":\"not an LTE RRC type "
		      "tcapkit knows\"}}");
	free(s);
	/* an octet after the complete encoding */
	expect(TK_LTE_RRC_UE_EUTRA_CAPABILITY, UE_CAP "00", "\"ue-Category\":3",
	       "\"error\":{\"offset\":16,\"reason\":\"1 octet after the UE-EUTRA-Capability\"}",
	       NULL);
	/* a corrupted DL-DCCH-Message in which PER decoding meets an open type of length 0:
	 * asn1c read it at a null pointer plus 0, undefined behaviour that fuzzing the S1AP
	 * containers found (tools/asn1c-fixes.py fix 8; the sanitizer build checks it) */
	expect(TK_LTE_RRC_HANDOVER_COMMAND, "007120f34109d0000c0034014014000000b00800",
	       "\"handoverCommandMessage\":{\"type\":\"DL-DCCH-Message\",\"hex\":"
	       "\"241e68213a000180068028028000\",\"error\":{\"offset\":11,",
	       "\"error\":{\"offset\":16,\"reason\":\"4 octets after the HandoverCommand\"}}",
	       NULL);
	/* criticalExtensionsFuture (1): an empty SEQUENCE, decoded as such */
	expect_ok(TK_LTE_RRC_HANDOVER_COMMAND, "80",
		  "\"value\":{\"criticalExtensions\":{\"criticalExtensionsFuture\":{}}}", NULL);
	/* the names without the build's type prefix */
	ck_assert_str_eq(tk_lte_rrc_type_name(TK_LTE_RRC_UE_EUTRA_CAPABILITY), "UE-EUTRA-Capability");
	ck_assert_ptr_null(tk_lte_rrc_type_name(TK_LTE_RRC_TYPE_COUNT));
	t = TK_LTE_RRC_UE_EUTRA_CAPABILITY;
	tu_exhaustive(emit, &t, UE_CAP);
}
END_TEST

Suite *tu_suite_lte_rrc(void)
{
	Suite *s = suite_create("lte_rrc");
	TCase *tc = tcase_create("lte_rrc");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_ue_eutra_capability);
	tcase_add_test(tc, test_handover_preparation_information);
	tcase_add_test(tc, test_handover_command);
	tcase_add_test(tc, test_nas_security_parameters);
	tcase_add_test(tc, test_feature_group_indicators);
	tcase_add_test(tc, test_rat_containers);
	tcase_add_test(tc, test_malformed);
	suite_add_tcase(s, tc);
	return s;
}
