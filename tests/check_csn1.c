/*
 * The CSN.1 values of TS 24.008 (codec/csn1.c): the Mobile Station Classmark 3 (10.5.1.7)
 * and the MS Radio Access capability (10.5.5.12a).  Vectors are written bit group by bit
 * group with put() in the order of the standard's CSN.1, each group commented with its
 * field, so a failing expectation can be checked against the CSN.1 text; the capture value
 * is decoded by hand in its comment.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "csn1.h"

Suite *tu_suite_csn1(void);

/* ---- building vectors bit by bit ------------------------------------------------------------ */

struct bits {
	uint8_t o[96];
	size_t n;		/* bits written */
};

static void bits_init(struct bits *w)
{
	memset(w, 0, sizeof(*w));
}

/* width bits of v, most significant first */
static void put(struct bits *w, unsigned width, uint32_t v)
{
	while (width--) {
		ck_assert_uint_lt(w->n, sizeof(w->o) * 8);
		if ((v >> width) & 1)
			w->o[w->n / 8] |= (uint8_t)(0x80 >> (w->n % 8));
		w->n++;
	}
}

/* octets holding the bits written, the last one padded with 0 (CSN.1 spare bits) */
static size_t octets(const struct bits *w)
{
	return (w->n + 7) / 8;
}

/* ---- rendering ------------------------------------------------------------------------------ */

enum dec { D_CM3, D_RAC };

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	if (*(const enum dec *)arg == D_CM3)
		tk_emit_ms_classmark3(e, p, n);
	else
		tk_emit_ms_radio_access_capability(e, p, n);
}

/* the value as JSON (or text), from an exact-size heap copy, as a malloc'd string */
static char *render(enum dec d, const uint8_t *p, size_t n, int text)
{
	return tu_render(emit, &d, p, n, text);
}

/* decode n octets; each needle (NULL-terminated list) must be in the JSON; a needle starting
 * with '!' must not be */
static void expect_buf(enum dec d, const uint8_t *p, size_t n, ...)
{
	char *s = render(d, p, n, 0);
	const char *needle;
	va_list ap;

	tu_assert_one_object(s);
	tu_assert_has(s, "\"hex\":\"");
	va_start(ap, n);
	while ((needle = va_arg(ap, const char *)) != NULL) {
		/* Check cannot carry a message this long: CSN_DEBUG=1 prints the failing one */
		if (getenv("CSN_DEBUG") && (needle[0] == '!' ? strstr(s, needle + 1) != NULL : strstr(s, needle) == NULL))
			fprintf(stderr, "NEEDLE %s\nIN %s\n", needle, s);
		if (needle[0] == '!')
			tu_assert_hasnt(s, needle + 1);
		else
			tu_assert_has(s, needle);
	}
	va_end(ap);
	free(s);
	free(render(d, p, n, 1));
}

static void expect(enum dec d, const char *tmpl, ...)
{
	uint8_t buf[256];
	size_t n = tu_ber(tmpl, buf, sizeof(buf));
	char *s = render(d, buf, n, 0);
	const char *needle;
	va_list ap;

	tu_assert_one_object(s);
	tu_assert_has(s, "\"hex\":\"");
	va_start(ap, tmpl);
	while ((needle = va_arg(ap, const char *)) != NULL) {
		if (needle[0] == '!')
			tu_assert_hasnt(s, needle + 1);
		else
			tu_assert_has(s, needle);
	}
	va_end(ap);
	free(s);
}

/*
 * Every truncation (0 .. n-1 octets) and every value of every octet, the others fixed: one
 * well-formed object with "hex", in JSON and text (text on a sample of the corruptions).
 */
static void robust(enum dec d, const uint8_t *p, size_t n)
{
	uint8_t b2[96];
	size_t k;
	unsigned v;
	char *s;

	ck_assert_uint_le(n, sizeof(b2));
	for (k = 0; k < n; k++) {
		s = render(d, p, k, 0);
		tu_assert_one_object(s);
		tu_assert_has(s, "\"hex\":\"");
		free(s);
		free(render(d, p, k, 1));
	}
	for (k = 0; k < n; k++) {
		memcpy(b2, p, n);
		for (v = 0; v < 256; v++) {
			b2[k] = (uint8_t)v;
			s = render(d, b2, n, 0);
			tu_assert_one_object(s);
			tu_assert_has(s, "\"hex\":\"");
			free(s);
			if ((v & 0x1f) == 0x15)
				free(render(d, b2, n, 1));
		}
	}
}

/* ---- Classmark 3: the capture ----------------------------------------------------------------- */

/*
 * BSSMAP Classmark Information Type 3 of tests/captures/wireshark-wiki/3G-2G-HO.pcap:
 * 60 14 04 ef 65 23 02 00 10, bit by bit:
 *   60 = 0 110 0000       spare; multiband 110 (GSM 1800 + E-GSM or R-GSM); A5/7..A5/4 none
 *   14 = 0001 0100        associated radio capability 2 = 1, 1 = 4
 *   04 = 0 0 0 0 0 1 00   R support absent; HSCSD absent; UCS2 0; extended measurement 0;
 *                         MS measurement capability absent; MS positioning method present,
 *                         its 5 bits 00 (continued)
 *   ef = 111 0 1 1 1 1    ... 111: assisted E-OTD 0, based E-OTD 0, assisted GPS, based
 *                         GPS, conventional GPS; ECSD absent; 8-PSK struct present:
 *                         modulation 1 (uplink and downlink); RF power 1 present: 1 (cont.)
 *   65 = 0 1 10 0 1 01    ... 0: E2; RF power 2 present: 10 (E2); GSM 400 absent; GSM 850
 *                         present: 01 (continued)
 *   23 = 00 1 0001 1      ... 00: GSM 850 radio capability 4; GSM 1900 present: 0001 (1);
 *                         UMTS FDD 1
 *   02 = 0 0 0 0 0 0 1 0  UMTS 3.84 TDD 0; CDMA 2000 0; DTM absent; single band absent;
 *                         GSM 750 absent; UMTS 1.28 TDD 0; GERAN feature package 1; extended
 *                         DTM absent
 *   00 = 0 0 0 00 00 0    high multislot absent; (GERAN Iu) 0; feature package 2 0; GMSK
 *                         and 8-PSK multislot power profiles 0; T-GSM 400 absent
 *   10 = 0 00 1 0 0 0 0   (T-GSM 900) 0; DARP 00; DTM enhancements 1; DTM high multislot
 *                         absent; repeated ACCH 0; GSM 710 absent; T-GSM 810 absent
 * and the value ends there: a Release 6 MS, complete.
 */
START_TEST(test_cm3_capture)
{
	expect(D_CM3, "60 14 04 ef 65 23 02 00 10",
	       "\"multibandSupported\":{\"gsm1800\":true,\"eGsmOrRGsm\":true,\"pGsm\":false}",
	       "\"a57Available\":false,\"a56Available\":false,\"a55Available\":false,\"a54Available\":false",
	       "\"associatedRadioCapability2\":1,\"associatedRadioCapability1\":4",
	       "\"ucs2Treatment\":\"default alphabet preferred over UCS2\"",
	       "\"extendedMeasurementCapability\":false",
	       "\"msPositioningMethod\":{\"msAssistedEOtd\":false,\"msBasedEOtd\":false,"
	       "\"msAssistedGps\":true,\"msBasedGps\":true,\"msConventionalGps\":true}",
	       "\"eightPskStruct\":{\"modulationCapability\":\"8-PSK supported for uplink transmission "
	       "and downlink reception\",\"eightPskRfPowerCapability1\":\"power class E2\","
	       "\"eightPskRfPowerCapability2\":\"power class E2\"}",
	       "\"gsm850AssociatedRadioCapability\":4",
	       "\"gsm1900AssociatedRadioCapability\":1",
	       "\"umtsFddRadioAccessTechnologyCapability\":true",
	       "\"umts384McpsTddRadioAccessTechnologyCapability\":false",
	       "\"geranFeaturePackage1\":true",
	       "\"downlinkAdvancedReceiverPerformance\":\"not supported\"",
	       "\"dtmEnhancementsCapability\":true",
	       "\"repeatedAcchCapability\":false",
	       "\"hex\":\"601404ef6523020010\"",
	       "!\"rGsmAssociatedRadioCapability\"", "!\"hscsdMultiSlotClass\"", "!\"ecsdMultiSlotClass\"",
	       "!\"gsm400BandsSupported\"", "!\"dtmGprsMultiSlotClass\"", "!\"gsm710AssociatedRadioCapability\"",
	       "!\"cipheringModeSettingCapability\"", "!\"laterReleaseBits\"", "!\"error\"", NULL);
}
END_TEST

/* ---- Classmark 3: every field, built bit by bit ------------------------------------------------ */

#define MAXB 80

struct boundary {
	size_t bit;
	const char *needle;	/* the last field's JSON, or NULL when it is absent */
};

struct cm3vec {
	struct bits w;
	struct boundary b[MAXB];
	size_t nb;
};

static void mark(struct cm3vec *v, const char *needle)
{
	ck_assert_uint_lt(v->nb, MAXB);
	v->b[v->nb].bit = v->w.n;
	v->b[v->nb].needle = needle;
	v->nb++;
}

/* a Release 13 Classmark 3 with every optional part present */
static void build_cm3(struct cm3vec *v)
{
	struct bits *w = &v->w;

	bits_init(w);
	v->nb = 0;
	put(w, 1, 0);		/* spare bit */
	put(w, 3, 5);		/* Multiband supported 101: GSM 1800 and P-GSM */
	put(w, 4, 0xa);		/* A5/7 1, A5/6 0, A5/5 1, A5/4 0 */
	put(w, 4, 1);		/* Associated Radio Capability 2 */
	put(w, 4, 4);		/* Associated Radio Capability 1 */
	mark(v, "\"associatedRadioCapability1\":4");
	put(w, 1, 1); put(w, 3, 3);		/* R Support: R-GSM radio capability 3 */
	mark(v, "\"rGsmAssociatedRadioCapability\":3");
	put(w, 1, 1); put(w, 5, 10);		/* HSCSD Multi Slot Class 10 */
	mark(v, "\"hscsdMultiSlotClass\":10");
	put(w, 1, 1);				/* UCS2 treatment: no preference */
	mark(v, "\"ucs2Treatment\":\"no preference between the default alphabet and UCS2\"");
	put(w, 1, 1);				/* Extended Measurement Capability */
	mark(v, "\"extendedMeasurementCapability\":true");
	put(w, 1, 1); put(w, 4, 3); put(w, 4, 5);	/* SMS_VALUE 4/4, SM_VALUE 6/4 */
	mark(v, "\"msMeasurementCapability\":{\"smsValue\":\"4/4 timeslot\",\"smValue\":\"6/4 timeslot\"}");
	put(w, 1, 1); put(w, 5, 0x0b);		/* positioning 01011 */
	mark(v, "\"msPositioningMethod\":{\"msAssistedEOtd\":false,\"msBasedEOtd\":true,"
		"\"msAssistedGps\":false,\"msBasedGps\":true,\"msConventionalGps\":true}");
	put(w, 1, 1); put(w, 5, 7);		/* ECSD Multi Slot Class 7 */
	mark(v, "\"ecsdMultiSlotClass\":7");
	put(w, 1, 1);				/* 8-PSK Struct: */
	put(w, 1, 0);				/* modulation: downlink only */
	put(w, 1, 1); put(w, 2, 1);		/* RF power capability 1: E1 */
	put(w, 1, 1); put(w, 2, 3);		/* RF power capability 2: E3 */
	mark(v, "\"eightPskRfPowerCapability2\":\"power class E3\"}");
	put(w, 1, 1); put(w, 2, 3); put(w, 4, 2);	/* GSM 400: both bands, capability 2 */
	mark(v, "\"gsm400BandsSupported\":\"GSM 450 and GSM 480 supported\","
		"\"gsm400AssociatedRadioCapability\":2");
	put(w, 1, 1); put(w, 4, 3);		/* GSM 850 capability 3 */
	mark(v, "\"gsm850AssociatedRadioCapability\":3");
	put(w, 1, 1); put(w, 4, 1);		/* GSM 1900 capability 1 */
	mark(v, "\"gsm1900AssociatedRadioCapability\":1");
	put(w, 1, 1);				/* UMTS FDD */
	mark(v, "\"umtsFddRadioAccessTechnologyCapability\":true");
	put(w, 1, 0);				/* UMTS 3.84 Mcps TDD */
	mark(v, "\"umts384McpsTddRadioAccessTechnologyCapability\":false");
	put(w, 1, 1);				/* CDMA 2000 */
	mark(v, "\"cdma2000RadioAccessTechnologyCapability\":true");
	put(w, 1, 1); put(w, 2, 2); put(w, 1, 1);	/* DTM GPRS class 9, single slot DTM */
	put(w, 1, 1); put(w, 2, 3);		/* DTM EGPRS class 11 */
	mark(v, "\"dtmGprsMultiSlotClass\":\"multislot class 9\",\"singleSlotDtm\":true,"
		"\"dtmEgprsMultiSlotClass\":\"multislot class 11\"");
	/* Release 4 */
	put(w, 1, 1); put(w, 4, 5);		/* Single Band Support: GSM 850 */
	mark(v, "\"singleBandSupport\":\"GSM 850\"");
	put(w, 1, 1); put(w, 4, 6);		/* GSM 750 capability 6 */
	mark(v, "\"gsm750AssociatedRadioCapability\":6");
	put(w, 1, 1);				/* UMTS 1.28 Mcps TDD */
	mark(v, "\"umts128McpsTddRadioAccessTechnologyCapability\":true");
	put(w, 1, 1);				/* GERAN Feature Package 1 */
	mark(v, "\"geranFeaturePackage1\":true");
	put(w, 1, 1); put(w, 2, 1); put(w, 2, 2);	/* Extended DTM classes 01, 10 */
	mark(v, "\"extendedDtmGprsMultiSlotClass\":1,\"extendedDtmEgprsMultiSlotClass\":2");
	/* Release 5 */
	put(w, 1, 1); put(w, 2, 2);		/* High Multislot Capability 2 */
	mark(v, "\"highMultislotCapability\":2");
	put(w, 1, 0);				/* 0 (GERAN Iu mode in earlier versions) */
	mark(v, NULL);
	put(w, 1, 1);				/* GERAN Feature Package 2 */
	mark(v, "\"geranFeaturePackage2\":true");
	put(w, 2, 2);				/* GMSK Multislot Power Profile 2 */
	mark(v, "\"gmskMultislotPowerProfile\":2");
	put(w, 2, 3);				/* 8-PSK Multislot Power Profile 3 */
	mark(v, "\"eightPskMultislotPowerProfile\":3");
	/* Release 6 */
	put(w, 1, 1); put(w, 2, 1); put(w, 4, 7);	/* T-GSM 400: T-GSM 380 only, capability 7 */
	mark(v, "\"tGsm400BandsSupported\":\"T-GSM 380 supported, T-GSM 410 not supported\","
		"\"tGsm400AssociatedRadioCapability\":7");
	put(w, 1, 0);				/* 0 (T-GSM 900 in earlier versions) */
	mark(v, NULL);
	put(w, 2, 2);				/* DARP phase II */
	mark(v, "\"downlinkAdvancedReceiverPerformance\":\"phase II supported\"");
	put(w, 1, 1);				/* DTM Enhancements Capability */
	mark(v, "\"dtmEnhancementsCapability\":true");
	put(w, 1, 1); put(w, 3, 4); put(w, 1, 1);	/* DTM GPRS high class 41, offset required */
	put(w, 1, 1); put(w, 3, 7);		/* DTM EGPRS high class 44 */
	mark(v, "\"dtmGprsHighMultiSlotClass\":\"multislot class 41\",\"offsetRequired\":true,"
		"\"dtmEgprsHighMultiSlotClass\":\"multislot class 44\"");
	put(w, 1, 1);				/* Repeated ACCH Capability */
	mark(v, "\"repeatedAcchCapability\":true");
	/* Release 7 */
	put(w, 1, 1); put(w, 4, 8);		/* GSM 710 capability 8 */
	mark(v, "\"gsm710AssociatedRadioCapability\":8");
	put(w, 1, 1); put(w, 4, 9);		/* T-GSM 810 capability 9 */
	mark(v, "\"tGsm810AssociatedRadioCapability\":9");
	put(w, 1, 1);				/* Ciphering Mode Setting Capability */
	mark(v, "\"cipheringModeSettingCapability\":true");
	put(w, 1, 1);				/* Additional Positioning Capabilities */
	mark(v, "\"additionalPositioningCapabilities\":true");
	/* Release 8 */
	put(w, 1, 1);				/* E-UTRA FDD */
	mark(v, "\"eUtraFddSupport\":true");
	put(w, 1, 0);				/* E-UTRA TDD */
	mark(v, "\"eUtraTddSupport\":false");
	put(w, 1, 1);				/* E-UTRA Measurement and Reporting */
	mark(v, "\"eUtraMeasurementAndReportingSupport\":true");
	put(w, 1, 1);				/* Priority-based reselection */
	mark(v, "\"priorityBasedReselectionSupport\":true");
	/* Release 9 */
	put(w, 1, 1);				/* UTRA CSG Cells Reporting */
	mark(v, "\"utraCsgCellsReporting\":true");
	put(w, 2, 2);				/* VAMOS II */
	mark(v, "\"vamosLevel\":\"VAMOS II supported\"");
	/* Release 10 */
	put(w, 2, 3);				/* TIGHTER for GPRS, EGPRS and EGPRS2 */
	mark(v, "\"tighterCapability\":\"TIGHTER supported for speech and signalling channels and "
		"for GPRS, EGPRS and EGPRS2\"");
	put(w, 1, 1);				/* Selective Ciphering of Downlink SACCH */
	mark(v, "\"selectiveCipheringOfDownlinkSacch\":true");
	/* Release 11 */
	put(w, 2, 1);				/* SRVCC to UMTS FDD */
	mark(v, "\"csToPsSrvccFromGeranToUtra\":\"to UMTS FDD supported\"");
	put(w, 2, 3);				/* SRVCC to E-UTRA FDD and TDD */
	mark(v, "\"csToPsSrvccFromGeranToEUtra\":\"to E-UTRA FDD and TDD supported\"");
	put(w, 1, 1);				/* GERAN Network Sharing */
	mark(v, "\"geranNetworkSharingSupport\":true");
	put(w, 1, 1);				/* E-UTRA Wideband RSRQ */
	mark(v, "\"eUtraWidebandRsrqMeasurementsSupport\":true");
	/* Release 12 */
	put(w, 1, 1);				/* ER Band Support */
	mark(v, "\"erBandSupport\":true");
	put(w, 1, 1);				/* UTRA MFBI */
	mark(v, "\"utraMultipleFrequencyBandIndicatorsSupport\":true");
	put(w, 1, 0);				/* E-UTRA MFBI */
	mark(v, "\"eUtraMultipleFrequencyBandIndicatorsSupport\":false");
	put(w, 1, 1);				/* Extended TSC Set */
	mark(v, "\"extendedTscSetCapabilitySupport\":true");
	put(w, 1, 1);				/* Extended EARFCN value range */
	mark(v, "\"extendedEarfcnValueRange\":true");
	/* then spare bits: the zeros padding the last octet */
}

START_TEST(test_cm3_all_fields)
{
	struct cm3vec v;
	size_t i;

	build_cm3(&v);
	/* 164 bits: 21 octets, the last with 4 spare bits */
	ck_assert_uint_eq(v.w.n, 164);
	for (i = 0; i < v.nb; i++)
		if (v.b[i].needle)
			expect_buf(D_CM3, v.w.o, octets(&v.w), v.b[i].needle, "!\"error\"",
				   "!\"laterReleaseBits\"", "!\"geranIuModeCapabilities\"",
				   "!\"tGsm900AssociatedRadioCapability\"", NULL);
	expect_buf(D_CM3, v.w.o, octets(&v.w),
		   "{\"multibandSupported\":{\"gsm1800\":true,\"eGsmOrRGsm\":false,\"pGsm\":true},"
		   "\"a57Available\":true,\"a56Available\":false,\"a55Available\":true,\"a54Available\":false,"
		   "\"associatedRadioCapability2\":1,\"associatedRadioCapability1\":4,", NULL);
	/* a later release's field after them: reported as bits, no error */
	put(&v.w, 3, 5);
	expect_buf(D_CM3, v.w.o, octets(&v.w), "\"extendedEarfcnValueRange\":true",
		   "\"laterReleaseBits\":4", "!\"error\"", NULL);
}
END_TEST

/* the value may end after any field: each prefix ending at a field boundary is complete */
START_TEST(test_cm3_every_end)
{
	struct cm3vec v;
	uint8_t buf[96];
	size_t i, n;

	build_cm3(&v);
	for (i = 0; i < v.nb; i++) {
		size_t bit = v.b[i].bit;

		n = (bit + 7) / 8;
		memcpy(buf, v.w.o, n);
		/* the bits after the boundary in the last octet become spare (0) */
		if (bit % 8)
			buf[n - 1] &= (uint8_t)(0xff << (8 - bit % 8));
		if (v.b[i].needle)
			expect_buf(D_CM3, buf, n, v.b[i].needle, "!\"error\"", NULL);
		else
			expect_buf(D_CM3, buf, n, "!\"error\"", NULL);
	}
	/* the shortest values: the first octet alone (multiband 000), and two (one band) */
	expect(D_CM3, "00", "\"multibandSupported\":{\"gsm1800\":false,\"eGsmOrRGsm\":false,\"pGsm\":false}",
	       "\"a54Available\":false,\"hex\":\"00\"}", "!\"error\"", NULL);
	/* 0 010 0001 | 0000 0101: E-GSM only, A5/4; spare 0000, radio capability 5 */
	expect(D_CM3, "21 05", "\"eGsmOrRGsm\":true", "\"a54Available\":true",
	       "\"associatedRadioCapability1\":5", "!\"associatedRadioCapability2\"", "!\"error\"", NULL);
}
END_TEST

START_TEST(test_cm3_malformed)
{
	struct cm3vec v;
	size_t k;

	/* empty: the first octet (spare, multiband, A5 bits) is required */
	expect_buf(D_CM3, NULL, 0, "\"error\":{\"offset\":0,\"reason\":\"truncated", NULL);
	/* multiband 101 announces two radio capabilities: the second octet is missing */
	expect(D_CM3, "50", "\"error\":{\"offset\":1,\"reason\":\"truncated: Associated Radio Capability 2 and 1",
	       NULL);
	/* multiband 011 and 111 are none of the choices */
	expect(D_CM3, "30 00", "\"error\":{\"offset\":0,\"reason\":\"Multiband supported 011 is none", NULL);
	expect(D_CM3, "70", "\"reason\":\"Multiband supported 111 is none", NULL);
	/* 00 | 0000 0001: multiband 000; R, HSCSD, UCS2, ext., measurement, positioning, ECSD
	 * absent; 8-PSK struct present (1) but its bits are past the end */
	expect(D_CM3, "00 01", "\"error\":{\"offset\":2,\"reason\":\"truncated: the 8-PSK Struct", NULL);
	/* 00 | 0000 0011: ECSD present (1), the last bit (1) begins its 5-bit class */
	expect(D_CM3, "00 03", "\"error\":{\"offset\":1,\"reason\":\"truncated: ECSD Multi Slot Capability has 5 bits, 1 left",
	       NULL);
	/* 00 | 00 | 00 | 0000 0001: everything absent or 0 up to bit 30 (GERAN feature package 2);
	 * bit 31 is the first of the 2-bit GMSK Multislot Power Profile: 1 is not padding */
	expect(D_CM3, "00 00 00 01",
	       "\"error\":{\"offset\":3,\"reason\":\"truncated: GMSK Multislot Power Profile has 2 bits, 1 left",
	       NULL);
	/* the same with bit 31 = 0: spare padding, complete */
	expect(D_CM3, "00 00 00 00", "\"geranFeaturePackage2\":false", "!\"gmskMultislotPowerProfile\"",
	       "!\"error\"", NULL);
	/* 00 | 0000 0000 | 1 00 0000: GSM 400 present with bands 00 */
	expect(D_CM3, "00 00 80", "\"gsm400BandsSupported\":\"none of the CSN.1 choices (0)\"",
	       "\"reason\":\"GSM 400 Bands Supported 00 is none", NULL);
	/* the earlier version's GERAN Iu mode bit (bit 29) at 1: 00 | 00 | 00 | 0000 01 00 |
	 * 11 1 00 1 00: everything before it absent or 0; length 0011, FLO Iu 1, 2 spare bits;
	 * GERAN feature package 2 (bit 37) 1; GMSK profile 00 */
	expect(D_CM3, "00 00 00 04 e4",
	       "\"geranIuModeCapabilities\":{\"lengthBits\":3,\"floIuCapability\":true}",
	       "\"geranFeaturePackage2\":true", "!\"error\"", NULL);
	/* cut inside a field of the full vector, at every octet: one object, and an error
	 * whenever the cut octet leaves a presence bit 1 or non-zero field bits unfinished */
	build_cm3(&v);
	for (k = 1; k < octets(&v.w); k++)
		expect_buf(D_CM3, v.w.o, k, "\"multibandSupported\"", NULL);
	/* the full vector cut to 5 octets (40 bits): multiband 0-15, R support 16-19, HSCSD
	 * 20-25, UCS2 26, extended measurement 27, measurement capability 28-36, positioning
	 * presence 37 (1) and its 5 bits from 38: 2 of them are there */
	expect_buf(D_CM3, v.w.o, 5, "\"hscsdMultiSlotClass\":10", "\"msMeasurementCapability\"",
		   "\"error\":{\"offset\":4,\"reason\":\"truncated: MS Positioning Method Capability has 5 bits, 2 left",
		   "!\"msPositioningMethod\"", NULL);
}
END_TEST

START_TEST(test_cm3_robust)
{
	struct cm3vec v;
	uint8_t cap[] = { 0x60, 0x14, 0x04, 0xef, 0x65, 0x23, 0x02, 0x00, 0x10 };

	robust(D_CM3, cap, sizeof(cap));
	build_cm3(&v);
	robust(D_CM3, v.w.o, octets(&v.w));
}
END_TEST

/* ---- MS Radio Access capability -------------------------------------------------------------- */

/* the Content of a Release 8 GSM E struct (see the comments); returns nothing, writes to w */
static void rac_content_gsm_e(struct bits *w)
{
	put(w, 3, 4);			/* RF Power Capability 4 */
	put(w, 1, 1); put(w, 7, 0x60);	/* A5 bits: A5/1, A5/2 */
	put(w, 1, 1);			/* ES IND */
	put(w, 1, 0);			/* PS */
	put(w, 1, 0);			/* VGCS */
	put(w, 1, 1);			/* VBS */
	put(w, 1, 1);			/* Multislot capability struct: */
	put(w, 1, 0);			/*   no HSCSD class */
	put(w, 1, 1); put(w, 5, 10); put(w, 1, 0);	/*   GPRS class 10, no ext. dynamic */
	put(w, 1, 1); put(w, 4, 2); put(w, 4, 7);	/*   SMS_VALUE 3/4, SM_VALUE 8/4 */
	put(w, 1, 0);			/*   no ECSD class */
	put(w, 1, 1); put(w, 5, 12); put(w, 1, 1);	/*   EGPRS class 12, ext. dynamic */
	put(w, 1, 1); put(w, 2, 3); put(w, 1, 0);	/*   DTM GPRS class 11, no single slot */
	put(w, 1, 1); put(w, 2, 2);	/*   DTM EGPRS class 9 */
	put(w, 1, 1); put(w, 2, 2);	/* 8PSK Power Capability 2 */
	put(w, 1, 0);			/* COMPACT */
	put(w, 1, 1);			/* Revision Level Indicator: R99 or later */
	put(w, 1, 1);			/* UMTS FDD */
	put(w, 1, 0);			/* UMTS 3.84 Mcps TDD */
	put(w, 1, 0);			/* CDMA 2000 */
	put(w, 1, 0);			/* UMTS 1.28 Mcps TDD */
	put(w, 1, 1);			/* GERAN Feature Package 1 */
	put(w, 1, 0);			/* no Extended DTM classes */
	put(w, 1, 1);			/* Modulation based multislot class support */
	put(w, 1, 0);			/* no High Multislot Capability */
	put(w, 1, 0);			/* 0 */
	put(w, 2, 1);			/* GMSK Multislot Power Profile 1 */
	put(w, 2, 2);			/* 8-PSK Multislot Power Profile 2 */
	put(w, 1, 1);			/* Multiple TBF Capability */
	put(w, 2, 1);			/* DARP phase I */
	put(w, 1, 0);			/* Extended RLC/MAC segmentation */
	put(w, 1, 1);			/* DTM Enhancements */
	put(w, 1, 1); put(w, 3, 1); put(w, 1, 0);	/* DTM GPRS high class 31/36; no EGPRS one */
	put(w, 1, 1);			/* PS Handover Capability */
	put(w, 1, 0);			/* DTM Handover */
	put(w, 1, 1); put(w, 3, 2); put(w, 1, 1);	/* dual carrier: reduction 2, for DTM */
	put(w, 1, 0);			/* Flexible Timeslot Assignment */
	put(w, 1, 0);			/* GAN PS Handover */
	put(w, 1, 0);			/* RLC Non-persistent Mode */
	put(w, 1, 1);			/* Reduced Latency */
	put(w, 2, 1);			/* Uplink EGPRS2-A */
	put(w, 2, 2);			/* Downlink EGPRS2-A and B */
	put(w, 1, 1);			/* E-UTRA FDD */
	put(w, 1, 0);			/* E-UTRA TDD */
	put(w, 2, 3);			/* GERAN to E-UTRA in packet transfer mode: 11 */
	put(w, 1, 1);			/* Priority-based reselection */
}

/* Access capabilities struct: < Length : bit (7) > then the content put by f and pad zeros */
static void rac_struct(struct bits *w, unsigned att, void (*f)(struct bits *), unsigned pad)
{
	struct bits c;

	bits_init(&c);
	f(&c);
	put(w, 4, att);
	put(w, 7, (uint32_t)(c.n + pad));
	for (size_t i = 0; i < c.n; i++)
		put(w, 1, (c.o[i / 8] >> (7 - i % 8)) & 1);
	put(w, pad, 0);
}

/* a GSM 1800 struct of an R99 MS: A5 bits and multislot capability as in the preceding one */
static void rac_content_1800(struct bits *w)
{
	put(w, 3, 1);			/* RF Power Capability 1 */
	put(w, 1, 0);			/* A5 bits: as before */
	put(w, 1, 1);			/* ES IND */
	put(w, 1, 0); put(w, 1, 0); put(w, 1, 0);	/* PS, VGCS, VBS */
	put(w, 1, 0);			/* multislot capability: as before */
	put(w, 1, 0);			/* no 8PSK Power Capability */
	put(w, 1, 0);			/* COMPACT */
	put(w, 1, 1);			/* R99 or later */
	put(w, 1, 1); put(w, 1, 0); put(w, 1, 0);	/* UMTS FDD; not 3.84 TDD, CDMA 2000 */
}


static void rac_content_rel13(struct bits *w);

START_TEST(test_rac)
{
	struct bits w;

	bits_init(&w);
	rac_struct(&w, 1, rac_content_gsm_e, 2);	/* GSM E, 2 spare bits in its length */
	put(&w, 1, 1);					/* another struct follows */
	rac_struct(&w, 3, rac_content_1800, 0);	/* GSM 1800 */
	put(&w, 1, 1);
	rac_struct(&w, 14, rac_content_rel13, 0);	/* unknown type 14, with later-release bits */
	put(&w, 1, 1);
	put(&w, 4, 15);					/* additional access technologies: */
	put(&w, 7, 1 + 9 + 1 + 9 + 1 + 3);		/* Length: two entries, the 0, 3 spare */
	put(&w, 1, 1); put(&w, 4, 7); put(&w, 3, 4); put(&w, 2, 1);	/* GSM 850: GMSK 4, 8PSK 1 */
	put(&w, 1, 1); put(&w, 4, 4); put(&w, 3, 1); put(&w, 2, 2);	/* GSM 1900: GMSK 1, 8PSK 2 */
	put(&w, 1, 0); put(&w, 3, 0);
	put(&w, 1, 0);					/* no more structs; spare bits */
	expect_buf(D_RAC, w.o, octets(&w),
		   "{\"accessTechnologies\":[{\"accessTechnologyType\":\"GSM E\",\"lengthBits\":",
		   "\"rfPowerCapability\":4,\"a51Available\":true,\"a52Available\":true,\"a53Available\":false",
		   "\"esInd\":true,\"psCapability\":false,\"vgcs\":false,\"vbs\":true",
		   "\"multislotCapability\":{\"gprsMultislotClass\":10,"
		   "\"gprsExtendedDynamicAllocationCapability\":false,\"smsValue\":\"3/4 timeslot\","
		   "\"smValue\":\"8/4 timeslot\",\"egprsMultislotClass\":12,"
		   "\"egprsExtendedDynamicAllocationCapability\":true,"
		   "\"dtmGprsMultiSlotClass\":\"multislot class 11\",\"singleSlotDtm\":false,"
		   "\"dtmEgprsMultiSlotClass\":\"multislot class 9\"}",
		   "\"eightPskPowerCapability\":2",
		   "\"revisionLevelIndicator\":\"R99 or later\"",
		   "\"modulationBasedMultislotClassSupport\":true",
		   "\"gmskMultislotPowerProfile\":1,\"eightPskMultislotPowerProfile\":2",
		   "\"downlinkAdvancedReceiverPerformance\":\"phase I supported\"",
		   "\"dtmGprsHighMultiSlotClass\":\"multislot class 31 or 36\",\"psHandoverCapability\":true",
		   "\"multislotCapabilityReductionForDownlinkDualCarrier\":2,"
		   "\"downlinkDualCarrierForDtmCapability\":true",
		   "\"uplinkEgprs2\":\"EGPRS2-A supported\"",
		   "\"downlinkEgprs2\":\"EGPRS2-A and EGPRS2-B supported\"",
		   "\"geranToEUtraSupportInGeranPacketTransferMode\":\"as 10, and PS handover to E-UTRAN\","
		   "\"priorityBasedReselectionSupport\":true,",
		   /* the 2 spare bits read as the next fields: the EFTA struct's presence bit 0 and
		    * a 0 Indication of Upper Layer PDU Start (CSN.1 cannot tell them apart) */
		   "\"indicationOfUpperLayerPduStartCapabilityForRlcUm\":false},",
		   "{\"accessTechnologyType\":\"GSM 1800\",\"lengthBits\":15,\"rfPowerCapability\":1,"
		   "\"esInd\":true,",
		   "\"cdma2000RadioAccessTechnologyCapability\":false}",
		   "{\"accessTechnologyType\":\"unknown (14)\",\"lengthBits\":",
		   "\"pchMonitoringSupport\":3,\"laterReleaseBits\":5}",
		   "{\"accessTechnologyType\":\"a list of additional access technologies follows\","
		   "\"lengthBits\":24,\"additionalAccessTechnologies\":["
		   "{\"accessTechnologyType\":\"GSM 850\",\"gmskPowerClass\":4,\"eightPskPowerClass\":1},"
		   "{\"accessTechnologyType\":\"GSM 1900\",\"gmskPowerClass\":1,\"eightPskPowerClass\":2}]}]",
		   "!\"error\"", NULL);
	robust(D_RAC, w.o, octets(&w));
}
END_TEST

/* a full Release 13 content, with later-release bits in the length */
static void rac_content_rel13(struct bits *w)
{
	put(w, 3, 2);					/* RF Power Capability 2 */
	put(w, 1, 0);					/* A5 bits as before */
	put(w, 4, 0);					/* ES IND, PS, VGCS, VBS */
	put(w, 1, 0);					/* multislot as before */
	put(w, 1, 0); put(w, 1, 0); put(w, 1, 1);	/* no 8PSK; COMPACT 0; R99 */
	put(w, 3, 4);					/* UMTS FDD; no TDD; no CDMA */
	put(w, 1, 0); put(w, 1, 0);			/* UMTS 1.28 TDD; FP 1 */
	put(w, 1, 1); put(w, 2, 1); put(w, 2, 3);	/* Extended DTM classes 1, 3 */
	put(w, 1, 0);					/* modulation based */
	put(w, 1, 1); put(w, 2, 3);			/* High Multislot Capability 3 */
	put(w, 1, 0); put(w, 2, 0); put(w, 2, 0);	/* 0; GMSK and 8-PSK profiles 0 */
	put(w, 1, 0); put(w, 2, 0); put(w, 1, 0); put(w, 1, 0);	/* TBF, DARP, RLC/MAC, DTM enh. */
	put(w, 1, 0);					/* no DTM high classes */
	put(w, 1, 0); put(w, 1, 0); put(w, 1, 0);	/* PS HO; DTM HO; no dual carrier */
	put(w, 4, 0); put(w, 2, 0); put(w, 2, 0);	/* FTA, GAN, RLC NP, latency; EGPRS2 */
	put(w, 1, 0); put(w, 1, 1); put(w, 2, 0); put(w, 1, 0);	/* E-UTRA FDD 0, TDD 1; 00; prio */
	put(w, 1, 1); put(w, 4, 9); put(w, 3, 5);	/* EFTA: alternative class 9, reduction 5 */
	put(w, 5, 0x15);				/* ULPDU start 1, EMST 0, MTTI 1, UTRA CSG 0,
							 * E-UTRA CSG 1 */
	put(w, 3, 0); put(w, 2, 1);			/* DTR, EMSR, fast DL switching; TIGHTER 1 */
	put(w, 4, 0xa);					/* FANR 1, IPA 0, network sharing 1, RSRQ 0 */
	put(w, 1, 1); put(w, 1, 1);			/* UTRA MFBI, E-UTRA MFBI */
	put(w, 1, 1);					/* DLMC Capability struct: */
	put(w, 1, 1); put(w, 2, 2); put(w, 1, 1);	/*   non-contiguous 2, inter-band 1 */
	put(w, 2, 1); put(w, 6, 12); put(w, 3, 4);	/*   bandwidth 1, 12 timeslots, 4 carriers */
	put(w, 1, 1); put(w, 1, 0);			/* Extended TSC Set 1; Extended EARFCN 0 */
	put(w, 2, 3);					/* PCH monitoring support 3 */
	put(w, 5, 0x1f);				/* a later release's fields */
}

START_TEST(test_rac_rel13)
{
	struct bits w;

	bits_init(&w);
	rac_struct(&w, 7, rac_content_rel13, 0);	/* GSM 850 */
	put(&w, 1, 0);
	expect_buf(D_RAC, w.o, octets(&w), "\"accessTechnologyType\":\"GSM 850\"",
		   "\"extendedDtmGprsMultiSlotClass\":1,\"extendedDtmEgprsMultiSlotClass\":3",
		   "\"highMultislotCapability\":3",
		   "\"alternativeEftaMultislotClass\":9,"
		   "\"eftaMultislotCapabilityReductionForDownlinkDualCarrier\":5",
		   "\"indicationOfUpperLayerPduStartCapabilityForRlcUm\":true,\"emstCapability\":false,"
		   "\"mttiCapability\":true,\"utraCsgCellsReporting\":false,\"eUtraCsgCellsReporting\":true",
		   "\"tighterCapability\":\"TIGHTER supported for speech and signalling channels only\"",
		   "\"fanrCapability\":true,\"ipaCapability\":false,\"geranNetworkSharingSupport\":true",
		   "\"dlmcCapability\":{\"nonContiguousIntraBandReception\":2,\"interBandReception\":true,"
		   "\"maximumBandwidth\":1,\"maximumNumberOfDownlinkTimeslots\":12,"
		   "\"maximumNumberOfDownlinkCarriers\":4}",
		   "\"extendedTscSetCapabilitySupport\":true,\"extendedEarfcnValueRange\":false",
		   "\"pchMonitoringSupport\":3,\"laterReleaseBits\":5}]",
		   "!\"error\"", NULL);
	robust(D_RAC, w.o, octets(&w));
}
END_TEST

START_TEST(test_rac_malformed)
{
	/* empty */
	expect_buf(D_RAC, NULL, 0, "\"accessTechnologies\":[]", "\"error\":{\"offset\":0,\"reason\":\"truncated", NULL);
	/* 0001 0010 111 0...: GSM E, length 0010111 = 23 bits, 21 left */
	expect(D_RAC, "12 E0 00 00", "\"lengthBits\":23",
	       "\"error\":{\"offset\":1,\"reason\":\"truncated: the access capabilities have 23 bits, 21 left", NULL);
	/* 0011 0000 | 100 001 0 0: GSM 1800, length 4: RF power 001, A5 bits 0; then the
	 * next-struct bit 0 */
	expect(D_RAC, "30 84", "\"accessTechnologyType\":\"GSM 1800\",\"lengthBits\":4,\"rfPowerCapability\":1}]",
	       "!\"error\"", NULL);
	/* 0011 0000 | 101 001 0 0: length 5 (RF power, A5 bits 0, ES IND 0) ends at the last bit:
	 * the bit saying whether another struct follows is missing */
	expect(D_RAC, "30 a4", "\"lengthBits\":5",
	       "\"error\":{\"offset\":2,\"reason\":\"truncated: the bit after an access capabilities struct", NULL);
	/* inside a length, a presence bit 1 whose field is cut by the length: 0001 0000 010 | 1 0:
	 * GSM E, length 2 holding RF power's first 2 bits (10): a cut field, not padding */
	expect(D_RAC, "10 50", "\"error\":{\"offset\":1,\"reason\":\"truncated: RF Power Capability has 3 bits, 2 left",
	       NULL);
	/* 1111 0000 | 011 1 01 0 00: an additional list of length 3 whose entry (1) is cut by it;
	 * then the next-struct bit 0 */
	expect(D_RAC, "f0 74", "\"additionalAccessTechnologies\":[]",
	       "\"reason\":\"truncated: an Additional access technologies struct has 9 bits, 2 left", NULL);
}
END_TEST

Suite *tu_suite_csn1(void)
{
	Suite *s = suite_create("csn1");
	TCase *tc = tcase_create("classmark3");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_cm3_capture);
	tcase_add_test(tc, test_cm3_all_fields);
	tcase_add_test(tc, test_cm3_every_end);
	tcase_add_test(tc, test_cm3_malformed);
	tcase_add_test(tc, test_cm3_robust);
	suite_add_tcase(s, tc);

	tc = tcase_create("ms_radio_access_capability");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_rac);
	tcase_add_test(tc, test_rac_rel13);
	tcase_add_test(tc, test_rac_malformed);
	suite_add_tcase(s, tc);
	return s;
}
