/*
 * nr_rrc.c: TS 38.331 UE capabilities in unaligned PER, decoded by the asn1c code generated
 * from asn1/nr-rrc/, alone and inside the LTE RRC UE-CapabilityRAT-Container (lte_rrc.c)
 * that holds them.  The vectors are values written in XER from the ASN.1 of TS 38.331,
 * encoded with asn1c's unaligned PER encoder (a scratch program, not part of the project),
 * derived bit by bit below, and dissected by tshark 4.0.17 (text2pcap -l 147 with the user
 * DLT mapped to nr-rrc.ue_nr_cap_msg, nr-rrc.ue_mrdc_cap_msg and lte_rrc.handover_prep_info):
 * tshark shows the same values as expected here for every valid vector, the contained
 * lateNonCriticalExtension and receivedFilters values included.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "lte_rrc.h"
#include "nr_rrc.h"

Suite *tu_suite_nr_rrc(void);

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	tk_emit_nr_rrc(e, *(const enum tk_nr_rrc_type *)arg, p, n);
}

static void emit_lte(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	(void)arg;
	tk_emit_lte_rrc(e, TK_LTE_RRC_HANDOVER_PREPARATION_INFORMATION, p, n);
}

static void vexpect(tu_emit_fn *fn, enum tk_nr_rrc_type t, const char *hex, int no_error,
		    va_list ap)
{
	tu_vexpect_all(fn, &t, hex, no_error, ap);
}

/* the JSON of hex as type t holds each needle (to a NULL) */
static void expect(enum tk_nr_rrc_type t, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(emit, t, hex, 0, ap);
	va_end(ap);
}

/* ... and has no "error" anywhere, nested values included */
static void expect_ok(enum tk_nr_rrc_type t, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(emit, t, hex, 1, ap);
	va_end(ap);
}

/* the same for a TS 36.331 HandoverPreparationInformation */
static void expect_lte(int no_error, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(emit_lte, TK_NR_RRC_TYPE_COUNT, hex, no_error, ap);
	va_end(ap);
}

/* every truncation (an error: each vector uses its last octet) and corruption (testutil.c) */
static void robust(tu_emit_fn *fn, enum tk_nr_rrc_type t, const char *hex)
{
	tu_robust_tmpl(fn, &t, hex, 1);
}

/*
 * UE-NR-Capability (6.3.3): release 15, ROHC profiles 0x0001 and 0x0002, at most 16 ROHC
 * contexts, short PDCP SN, bands n78 (power class 3) and n41, the late non-critical
 * extension v15c0 (partialFR2-FallbackRX-Req) and the v1530 extension (inactiveState):
 *   00000000011  the 11 OPTIONAL bits: only lateNonCriticalExtension, nonCriticalExtension
 *   0 000        accessStratumRelease (extensible, 8 root values): rel15
 *   0 000100     PDCP-Parameters: no extension; of its 6 OPTIONALs only shortSN
 *   0110000000   supportedROHC-Profiles: the ten BOOLEANs, profile0x0001 and 0x0002 TRUE
 *   0100         maxNumberROHC-ContextSessions (16 values): cs16
 *   00000        Phy-Parameters: none of its 5 OPTIONALs
 *   0 00         RF-Parameters: no extension, neither OPTIONAL
 *   0000000001   supportedBandListNR SIZE (1..maxBands 1024): 2 items
 *   0 00000000001000 BandNR: no extension, of its 14 OPTIONALs only ue-PowerClass
 *   0001001101   bandNR (1..1024): 78
 *   10           ue-PowerClass: pc3
 *   0 00000000000000 0000101000  BandNR: band n41, nothing else
 *   00000001 01000000  lateNonCriticalExtension: 1 octet, UE-NR-Capability-v15c0 = 0x40 (only
 *                partialFR2-FallbackRX-Req, an ENUMERATED of one value: no bits)
 *   0000100      UE-NR-Capability-v1530: of its 7 OPTIONALs only inactiveState
 * then 7 padding bits.
 */
#define NR_CAP "0060118040000400409b00000a00500200"

/*
 * UE-MRDC-Capability (6.3.3): one EN-DC band combination, E-UTRA band 3 and NR band n78,
 * feature set combination 1:
 *   00000000000  the 11 OPTIONAL bits: none
 *   0 10         RF-ParametersMRDC: no extension, supportedBandCombinationList only
 *   00000001     BandCombinationList SIZE (1..maxBandComb 65536): the upper bound is not
 *                below 64K, so a length determinant (X.691 11.9.4.2): 1 item
 *   00000        BandCombination: none of its 5 OPTIONALs
 *   00001        bandList SIZE (1..maxSimultaneousBands 32): 2 items
 *   0 00 00000010  eutra, no bandwidth classes, bandEUTRA (1..256): 3
 *   1 00 0001001101  nr, no bandwidth classes, bandNR (1..1024): 78
 *   00000000001  featureSetCombination (0..1024): 1
 * then 5 padding bits.
 */
#define MRDC_CAP "0008040100504d0020"

/*
 * UE-MRDC-Capability with the two contained values: lateNonCriticalExtension 00 (a
 * UE-MRDC-Capability-v15g0 with neither OPTIONAL) and, in the v1560 extension,
 * receivedFilters 94 (UECapabilityEnquiry-v1560-IEs: 1 0 capabilityRequestFilterCommon
 * only; 0 1 no extension, mrdc-Request; 010 includeNR-DC):
 *   00000000011 000 00000001 00000000 10000 00000001 10010100, then 5 padding bits
 */
#define MRDC_CAP_EXT "00600402003280"

START_TEST(test_ue_nr_capability)
{
	expect_ok(TK_NR_RRC_UE_NR_CAPABILITY, NR_CAP,
		  "{\"type\":\"UE-NR-Capability\",\"value\":{\"accessStratumRelease\":\"rel15\","
		  "\"pdcp-Parameters\":{\"supportedROHC-Profiles\":{\"profile0x0000\":false,"
		  "\"profile0x0001\":true,\"profile0x0002\":true,\"profile0x0003\":false",
		  "\"profile0x0104\":false},\"maxNumberROHC-ContextSessions\":\"cs16\","
		  "\"shortSN\":\"supported\"},\"phy-Parameters\":{},\"rf-Parameters\":"
		  "{\"supportedBandListNR\":[{\"bandNR\":78,\"ue-PowerClass\":\"pc3\"},"
		  "{\"bandNR\":41}]},\"lateNonCriticalExtension\":{\"type\":"
		  "\"UE-NR-Capability-v15c0\",\"value\":{\"partialFR2-FallbackRX-Req\":\"true\"},"
		  "\"hex\":\"40\"},\"nonCriticalExtension\":{\"inactiveState\":\"supported\"}},"
		  "\"hex\":\"" NR_CAP "\"}", NULL);
	robust(emit, TK_NR_RRC_UE_NR_CAPABILITY, NR_CAP);
}
END_TEST

START_TEST(test_ue_mrdc_capability)
{
	expect_ok(TK_NR_RRC_UE_MRDC_CAPABILITY, MRDC_CAP,
		  "{\"type\":\"UE-MRDC-Capability\",\"value\":{\"rf-ParametersMRDC\":"
		  "{\"supportedBandCombinationList\":[{\"bandList\":[{\"eutra\":{\"bandEUTRA\":3}},"
		  "{\"nr\":{\"bandNR\":78}}],\"featureSetCombination\":1}]}},"
		  "\"hex\":\"" MRDC_CAP "\"}", NULL);
	expect_ok(TK_NR_RRC_UE_MRDC_CAPABILITY, MRDC_CAP_EXT,
		  "{\"type\":\"UE-MRDC-Capability\",\"value\":{\"rf-ParametersMRDC\":{},"
		  "\"lateNonCriticalExtension\":{\"type\":\"UE-MRDC-Capability-v15g0\",\"value\":{},"
		  "\"hex\":\"00\"},\"nonCriticalExtension\":{\"receivedFilters\":{\"type\":"
		  "\"UECapabilityEnquiry-v1560-IEs\",\"value\":{\"capabilityRequestFilterCommon\":"
		  "{\"mrdc-Request\":{\"includeNR-DC\":\"true\"}}},\"hex\":\"94\"}}},"
		  "\"hex\":\"" MRDC_CAP_EXT "\"}", NULL);
	robust(emit, TK_NR_RRC_UE_MRDC_CAPABILITY, MRDC_CAP);
	robust(emit, TK_NR_RRC_UE_MRDC_CAPABILITY, MRDC_CAP_EXT);
}
END_TEST

/*
 * The two capabilities in a TS 36.331 HandoverPreparationInformation (10.2.2), one
 * UE-CapabilityRAT-Container each: 0 000 0000 (c1, handoverPreparationInformation-r8, none
 * of its 4 OPTIONALs), 0001 (1 container), 0 101 (rat-Type nr) or 0 110 (eutra-nr), the
 * octet string's length and octets.  tshark's lte_rrc.handover_prep_info shows the same
 * capabilities inside, decoded by its NR RRC dissector.
 */
#define HPI_NR "001511" NR_CAP
#define HPI_MRDC "001609" MRDC_CAP

START_TEST(test_lte_rat_containers)
{
	expect_lte(1, HPI_NR,
		   "\"ue-RadioAccessCapabilityInfo\":[{\"rat-Type\":\"nr\","
		   "\"ueCapabilityRAT-Container\":{\"type\":\"UE-NR-Capability\",\"value\":"
		   "{\"accessStratumRelease\":\"rel15\"",
		   "\"hex\":\"" NR_CAP "\"}}]", NULL);
	expect_lte(1, HPI_MRDC,
		   "\"ue-RadioAccessCapabilityInfo\":[{\"rat-Type\":\"eutra-nr\","
		   "\"ueCapabilityRAT-Container\":{\"type\":\"UE-MRDC-Capability\",\"value\":"
		   "{\"rf-ParametersMRDC\":", "\"hex\":\"" MRDC_CAP "\"}}]", NULL);
	/* a broken capability spoils only itself: 2 octets of an NR capability */
	expect_lte(0, "0015020102",
		   "[{\"rat-Type\":\"nr\",\"ueCapabilityRAT-Container\":{\"type\":"
		   "\"UE-NR-Capability\",\"hex\":\"0102\",\"error\":{\"offset\":", NULL);
	robust(emit_lte, TK_NR_RRC_TYPE_COUNT, HPI_NR);
	robust(emit_lte, TK_NR_RRC_TYPE_COUNT, HPI_MRDC);
}
END_TEST

START_TEST(test_malformed)
{
	enum tk_nr_rrc_type t = TK_NR_RRC_UE_NR_CAPABILITY;
	char *s;

	s = tu_render(emit, &t, NULL, 0, 0);
	tu_assert_has(s, "{\"type\":\"UE-NR-Capability\",\"hex\":\"\",\"error\":{\"offset\":0,"
		      "\"reason\":\"empty: a complete PER encoding of UE-NR-Capability has at "
		      "least one octet\"}}");
	free(s);
	t = TK_NR_RRC_TYPE_COUNT;
	s = tu_render(emit, &t, (const uint8_t *)"\x00", 1, 0);
	tu_assert_has(s, "{\"hex\":\"00\",\"error\":{\"offset\":0,\"reason\":\"not an NR RRC type "
		      "tcapkit knows\"}}");
	free(s);
	/* truncated: the last octet missing */
	expect(TK_NR_RRC_UE_NR_CAPABILITY, "0060118040000400409b00000a005002",
	       "\"error\":{\"offset\":", "\"reason\":\"not a complete UE-NR-Capability: PER "
	       "decoding stopped at bit", NULL);
	/* an octet after the complete encoding */
	expect(TK_NR_RRC_UE_MRDC_CAPABILITY, MRDC_CAP "00", "\"featureSetCombination\":1",
	       "\"error\":{\"offset\":9,\"reason\":\"1 octet after the UE-MRDC-Capability\"}",
	       NULL);
	/* a wrong length: lateNonCriticalExtension says 2 octets where 1 is */
	expect(TK_NR_RRC_UE_NR_CAPABILITY, "0060118040000400409b00000a00900200",
	       "\"error\":{\"offset\":", NULL);
	/* the contained value broken (lateNonCriticalExtension of 0 octets, where a
	 * UE-NR-Capability-v15c0 has at least one): the error stays inside it, the rest decodes */
	expect(TK_NR_RRC_UE_NR_CAPABILITY, "0060118040000400409b00000a000200",
	       "\"lateNonCriticalExtension\":{\"type\":\"UE-NR-Capability-v15c0\",\"hex\":\"\","
	       "\"error\":{\"offset\":0,\"reason\":\"empty: a complete PER encoding of "
	       "UE-NR-Capability-v15c0 has at least one octet\"}},\"nonCriticalExtension\":"
	       "{\"inactiveState\":\"supported\"}", NULL);
	/* a reserved value: accessStratumRelease spare5 (3) */
	expect_ok(TK_NR_RRC_UE_NR_CAPABILITY, "0066118040000400409b00000a00500200",
		  "\"accessStratumRelease\":\"spare5\"", NULL);
	/* the names without the build's type prefix */
	ck_assert_str_eq(tk_nr_rrc_type_name(TK_NR_RRC_UE_NR_CAPABILITY), "UE-NR-Capability");
	ck_assert_str_eq(tk_nr_rrc_type_name(TK_NR_RRC_UE_MRDC_CAPABILITY), "UE-MRDC-Capability");
	ck_assert_ptr_null(tk_nr_rrc_type_name(TK_NR_RRC_TYPE_COUNT));
	t = TK_NR_RRC_UE_MRDC_CAPABILITY;
	tu_exhaustive(emit, &t, MRDC_CAP);
}
END_TEST

Suite *tu_suite_nr_rrc(void)
{
	Suite *s = suite_create("nr_rrc");
	TCase *tc = tcase_create("nr_rrc");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_ue_nr_capability);
	tcase_add_test(tc, test_ue_mrdc_capability);
	tcase_add_test(tc, test_lte_rat_containers);
	tcase_add_test(tc, test_malformed);
	suite_add_tcase(s, tc);
	return s;
}
