/*
 * Location services values of TS 29.002 MAP-LCS-DataTypes (lcs.c) and the geographical
 * shapes they carry (location.c), decoded from vectors built by hand from TS 23.032,
 * TS 29.002, TS 49.031 10.20, TS 25.413 and ITU-T Q.763 3.88.  Each vector's comment says
 * how its octets follow from the standard's fields (bits written 8..1, most significant
 * first), so a failing expectation can be checked against it.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "lcs.h"
#include "location.h"

/* ---- rendering ------------------------------------------------------------------------------ */

enum dec { D_GEO, D_GEODETIC, D_VEL, D_HACC, D_VACC, D_PRIO, D_REF, D_POS, D_UPOS, D_GGANSS, D_UGANSS,
	   D_AREA };

/* what to decode: the decoder and, for D_AREA, the areaType */
struct what {
	enum dec d;
	long kind;
};

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	const struct what *w = arg;

	switch (w->d) {
	case D_GEO: tk_emit_geographical_info(e, p, n); break;
	case D_GEODETIC: tk_emit_geodetic_info(e, p, n); break;
	case D_VEL: tk_emit_velocity_estimate(e, p, n); break;
	case D_HACC: tk_emit_horizontal_accuracy(e, p, n); break;
	case D_VACC: tk_emit_vertical_accuracy(e, p, n); break;
	case D_PRIO: tk_emit_lcs_priority(e, p, n); break;
	case D_REF: tk_emit_lcs_reference_number(e, p, n); break;
	case D_POS: tk_emit_positioning_data(e, p, n); break;
	case D_UPOS: tk_emit_utran_positioning_data(e, p, n); break;
	case D_GGANSS: tk_emit_geran_ganss_positioning_data(e, p, n); break;
	case D_UGANSS: tk_emit_utran_ganss_positioning_data(e, p, n); break;
	case D_AREA: tk_emit_area_identification(e, p, n, w->kind); break;
	}
}

/* the value as JSON (or text), from an exact-size heap copy, as a malloc'd string */
static char *render(enum dec d, long kind, const uint8_t *p, size_t n, int text)
{
	struct what w = { d, kind };

	return tu_render(emit, &w, p, n, text);
}

/* decode tmpl and assert each needle (a NULL-terminated list) is in the JSON */
static void expect(enum dec d, long kind, const char *tmpl, ...)
{
	struct what w = { d, kind };
	va_list ap;

	va_start(ap, tmpl);
	tu_vexpect(emit, &w, tmpl, 0, ap);
	va_end(ap);
}

static void expect_no_error(enum dec d, long kind, const char *tmpl)
{
	struct what w = { d, kind };

	tu_expect_no_error(emit, &w, tmpl);
}

/* as expect(), but the value must also decode without an error */
#define expect_ok(d, kind, tmpl, ...) do { \
		expect(d, kind, tmpl, __VA_ARGS__, NULL); \
		expect_no_error(d, kind, tmpl); \
	} while (0)

/* the empty value: an error at offset 0 */
static void expect_empty_error(enum dec d, long kind)
{
	struct what w = { d, kind };

	tu_expect_empty_error(emit, &w, "truncated");
}

/*
 * Every truncation of the vector (0 .. n-1 octets), and every single-octet corruption,
 * must give one well-formed object with "hex"; a truncation below `complete` octets must
 * say "error".  The text emitter is run on the same input too.  For a fixed-length value
 * (`fixed`), the vector with one octet too many must say "error" at offset n.
 */
static void robust(enum dec d, long kind, const char *tmpl, size_t complete, int fixed)
{
	static const uint8_t corrupt[] = { 0x00, 0xff, 0x0f, 0xf0, 0x80, 0x7f, 0x55, 0xaa };
	uint8_t buf[256];
	size_t n = tu_ber(tmpl, buf, sizeof(buf));
	size_t k, c;
	char *s, needle[64];

	for (k = 0; k < n; k++) {
		s = render(d, kind, buf, k, 0);
		tu_assert_one_object(s);
		tu_assert_has(s, "\"hex\":\"");
		if (k < complete)
			tu_assert_has(s, "\"error\":{\"offset\":");
		free(s);
		free(render(d, kind, buf, k, 1));
	}
	for (k = 0; k < n; k++) {
		for (c = 0; c < sizeof(corrupt); c++) {
			uint8_t b2[256];
			memcpy(b2, buf, n);
			b2[k] = corrupt[c];
			s = render(d, kind, b2, n, 0);
			tu_assert_one_object(s);
			tu_assert_has(s, "\"hex\":\"");
			free(s);
			free(render(d, kind, b2, n, 1));
		}
	}
	if (!fixed)
		return;
	buf[n] = 0x00;
	s = render(d, kind, buf, n + 1, 0);
	tu_assert_one_object(s);
	snprintf(needle, sizeof(needle), "\"error\":{\"offset\":%zu,", n);
	tu_assert_has(s, needle);
	free(s);
	free(render(d, kind, buf, n + 1, 1));
}

/* every value of every octet, the others fixed: no crash, one object with "hex" */
static void exhaustive(enum dec d, long kind, const char *tmpl)
{
	struct what w = { d, kind };

	tu_exhaustive(emit, &w, tmpl);
}

/* ---- geographical information (TS 23.032 7), what check_inner.c does not cover ---------------- */

/*
 * The position: latitude 52.5 N is N = floor(52.5 * 2^23 / 90) = 0x4AAAAA (52.499992);
 * longitude 13.4 E is floor(13.4 * 2^24 / 360) = 0x0987A5 (13.401367).  Uncertainty code
 * 10 is 10 * (1.1^10 - 1) = 15.937 m, code 20 is 57.274 m.
 */
#define POS "4A AA AA 09 87 A5"

START_TEST(test_gad_confidence_angles)
{
	/* uncertainty ellipse (7.3.3), codes 20 and 10, orientation 89 (178 degrees, the
	 * largest used), confidence 0 = no information (6.7) */
	expect_ok(D_GEO, 0, "30 " POS " 14 0A 59 00", "\"orientation\":178",
		  "\"confidence\":\"no information (0)\"");
	/* confidence 100 (0x64) is a percentage, 101 (0x65) is not used; a set spare bit 8
	 * (0xE4 = 1 1100100) is ignored */
	expect_ok(D_GEO, 0, "30 " POS " 14 0A 2D 64", "\"confidence\":100");
	expect_ok(D_GEO, 0, "30 " POS " 14 0A 2D 65", "\"confidence\":\"not used, read as no information (101)\"");
	expect_ok(D_GEO, 0, "30 " POS " 14 0A 2D E4", "\"confidence\":100");
	/* ellipsoid arc (7.3.7): offset angle code 179 = 358 degrees, included angle code
	 * 179 = 2 * (179 + 1) = 360 degrees, confidence 1 */
	expect_ok(D_GEO, 0, "A0 " POS " 00 14 0A B3 B3 01", "\"offsetAngle\":358", "\"includedAngle\":360",
		  "\"confidence\":1");
	/* altitude and uncertainty ellipsoid (7.3.6), uncertainty altitude code 127:
	 * 45 * (1.025^127 - 1) = 990.484 m, confidence 0 */
	expect_ok(D_GEO, 0, "90 " POS " 00 64 14 0A 2D 7F 00", "\"uncertaintyAltitude\":990.484",
		  "\"confidence\":\"no information (0)\"");
	/* Add-GeographicalInformation at its maximum, 91 octets: a polygon of 15 points
	 * (0101 1111 = 0x5F) */
	expect_ok(D_GEO, 0, "5F " POS POS POS POS POS POS POS POS POS POS POS POS POS POS POS,
		  "\"numberOfPoints\":15", "\"longitude\":13.401367}]");
}
END_TEST

START_TEST(test_gad_malformed_values)
{
	/* orientation code 90 (0x5A) would be 180 degrees: not used (offset 9 = octet 10) */
	expect(D_GEO, 0, "30 " POS " 14 0A 5A 44", "\"orientation\":180", "\"confidence\":68",
	       "\"error\":{\"offset\":9,\"reason\":\"orientation code 90 is above 89 (not used)\"}", NULL);
	/* ellipsoid arc, offset angle code 180 (0xB4) at offset 10, included angle code 255 */
	expect(D_GEO, 0, "A0 " POS " 00 14 0A B4 2D 44", "\"offsetAngle\":360",
	       "\"error\":{\"offset\":10,\"reason\":\"offsetAngle code 180 is above 179 (not used)\"}", NULL);
	expect(D_GEO, 0, "A0 " POS " 00 14 0A 2D FF 44", "\"includedAngle\":512",
	       "\"error\":{\"offset\":11,", NULL);
	exhaustive(D_GEO, 0, "A0 " POS " 00 14 0A 2D 59 44");
	exhaustive(D_GEO, 0, "90 " POS " 80 64 14 0A 2D 0A 44");
}
END_TEST

/* ---- GeodeticInformation (ITU-T Q.763 3.88) ----------------------------------------------------- */

START_TEST(test_geodetic)
{
	/* octet 1 = spare 0000, LPRI 00 (presentation allowed), screening 11 (network
	 * provided) -> 0x03; octet 2 = type of shape 1 (ellipsoid point with uncertainty);
	 * the position; uncertainty code 10; confidence 68 (0x44) */
	expect_ok(D_GEODETIC, 0, "03 01 " POS " 0A 44",
		  "\"locationPresentation\":\"presentation allowed\"", "\"screening\":\"network provided\"",
		  "\"shape\":\"ellipsoid point with uncertainty\"", "\"latitude\":52.499992",
		  "\"longitude\":13.401367", "\"uncertainty\":15.937", "\"confidence\":68",
		  "\"hex\":\"03014aaaaa0987a50a44\"");
	/* LPRI 01, screening 01 -> 0000 01 01 = 0x05 */
	expect_ok(D_GEODETIC, 0, "05 01 " POS " 0A 44", "\"locationPresentation\":\"presentation restricted\"",
		  "\"screening\":\"user provided, verified and passed\"");
	/* LPRI 10, screening 10 -> 0x0A; confidence 0 */
	expect_ok(D_GEODETIC, 0, "0A 01 " POS " 0A 00", "\"locationPresentation\":\"location not available\"",
		  "\"screening\":\"user provided, verified and failed\"", "\"confidence\":\"no information (0)\"");
	/* LPRI 11 (spare), screening 00 -> 0x0C */
	expect_ok(D_GEODETIC, 0, "0C 01 " POS " 0A 44", "\"locationPresentation\":\"spare\"",
		  "\"screening\":\"user provided, not verified\"");
}
END_TEST

START_TEST(test_geodetic_malformed)
{
	expect_empty_error(D_GEODETIC, 0);
	/* the indicators alone */
	expect(D_GEODETIC, 0, "03", "\"screening\":\"network provided\"",
	       "\"error\":{\"offset\":1,\"reason\":\"truncated: a GeodeticInformation has 10 octets, 1 present\"}",
	       NULL);
	/* other Q.763 shapes: an ellipsoid point (0), a national one (64 = 0x40) */
	expect(D_GEODETIC, 0, "03 00 " POS " 0A 44", "\"shape\":\"ellipsoid point\"",
	       "\"error\":{\"offset\":1,", NULL);
	expect(D_GEODETIC, 0, "03 40 " POS " 0A 44", "\"shape\":\"reserved for national use (64)\"",
	       "\"error\":{\"offset\":1,", NULL);
	expect(D_GEODETIC, 0, "03 06 " POS " 0A 44", "\"shape\":\"spare (6)\"", NULL);
	expect(D_GEODETIC, 0, "03 01 " POS, "\"longitude\":13.401367", "\"error\":{\"offset\":8,", NULL);
	robust(D_GEODETIC, 0, "03 01 " POS " 0A 44", 10, 1);
	exhaustive(D_GEODETIC, 0, "03 01 " POS " 0A 44");
}
END_TEST

/* ---- VelocityEstimate (TS 23.032 8) ------------------------------------------------------------ */

START_TEST(test_velocity)
{
	/* horizontal velocity (8.12): octet 1 = type 0000, spare 000, bearing bit 9 = 0;
	 * bearing 90 = 0x5A; horizontal speed 100 km/h = 00 64 */
	expect_ok(D_VEL, 0, "00 5A 00 64", "\"velocityType\":\"horizontal velocity\"", "\"bearing\":90",
		  "\"horizontalSpeedKmh\":100", "\"hex\":\"005a0064\"");
	/* bearing 300 = 1 0010 1100: bit 1 of octet 1 set, octet 2 = 0x2C */
	expect_ok(D_VEL, 0, "01 2C 00 64", "\"bearing\":300");
	/* horizontal with vertical velocity (8.13): type 0001, spare 00, D = 1 (downward),
	 * bearing bit 9 = 0 -> 0x12; bearing 90; 300 km/h = 01 2C; vertical speed 10 km/h */
	expect_ok(D_VEL, 0, "12 5A 01 2C 0A", "\"velocityType\":\"horizontal with vertical velocity\"",
		  "\"verticalDirection\":\"downward\"", "\"horizontalSpeedKmh\":300", "\"verticalSpeedKmh\":10");
	/* horizontal velocity with uncertainty (8.14): type 0010 -> 0x20; uncertainty 5 km/h,
	 * then 255 = not specified (8.11) */
	expect_ok(D_VEL, 0, "20 5A 00 64 05", "\"velocityType\":\"horizontal velocity with uncertainty\"",
		  "\"uncertaintySpeedKmh\":5");
	expect_ok(D_VEL, 0, "20 5A 00 64 FF", "\"uncertaintySpeed\":\"not specified\"");
	/* both with uncertainty (8.15): type 0011, D = 0 (upward) -> 0x30; bearing 180 = 0xB4;
	 * 65535 km/h = FF FF; vertical 20 km/h; horizontal uncertainty 10; vertical 255 */
	expect_ok(D_VEL, 0, "30 B4 FF FF 14 0A FF",
		  "\"velocityType\":\"horizontal with vertical velocity and uncertainty\"",
		  "\"verticalDirection\":\"upward\"", "\"bearing\":180", "\"horizontalSpeedKmh\":65535",
		  "\"verticalSpeedKmh\":20", "\"horizontalUncertaintySpeedKmh\":10",
		  "\"verticalUncertaintySpeed\":\"not specified\"");
}
END_TEST

START_TEST(test_velocity_malformed)
{
	expect_empty_error(D_VEL, 0);
	/* velocity type 0100 and above is not allowed by TS 29.002 */
	expect(D_VEL, 0, "40 00 00 00", "\"velocityType\":\"reserved (4)\"",
	       "\"error\":{\"offset\":0,\"reason\":\"velocity type 4 is reserved\"}", NULL);
	/* bearing 360 = 1 0110 1000: not used */
	expect(D_VEL, 0, "01 68 00 00", "\"bearing\":360",
	       "\"error\":{\"offset\":0,\"reason\":\"bearing 360 is above 359 degrees\"}", NULL);
	/* the last two octets of 8.15 missing: what is there is shown */
	expect(D_VEL, 0, "30 B4 FF FF 14", "\"verticalSpeedKmh\":20",
	       "\"error\":{\"offset\":5,\"reason\":\"truncated: horizontal with vertical velocity and uncertainty has 7 octets, 5 present\"}",
	       NULL);
	expect(D_VEL, 0, "30 B4 FF FF 14 0A", "\"horizontalUncertaintySpeedKmh\":10", "\"error\":{\"offset\":6,",
	       NULL);
	expect(D_VEL, 0, "00 5A 00 64 00", "\"horizontalSpeedKmh\":100",
	       "\"error\":{\"offset\":4,\"reason\":\"1 octet after the 4 of horizontal velocity\"}", NULL);
	robust(D_VEL, 0, "00 5A 00 64", 4, 1);
	robust(D_VEL, 0, "12 5A 01 2C 0A", 5, 1);
	robust(D_VEL, 0, "20 5A 00 64 05", 5, 1);
	robust(D_VEL, 0, "30 B4 FF FF 14 0A FF", 7, 1);
	exhaustive(D_VEL, 0, "30 B4 FF FF 14 0A FF");
}
END_TEST

/* ---- accuracies, priority, reference number (TS 29.002) -------------------------------------- */

START_TEST(test_accuracy_priority)
{
	/* Horizontal-Accuracy: bit 8 = 0, code 10 -> 15.937 m; code 127 -> 1806627.477 m */
	expect_ok(D_HACC, 0, "0A", "\"uncertaintyCode\":10", "\"uncertainty\":15.937", "\"hex\":\"0a\"");
	expect_ok(D_HACC, 0, "7F", "\"uncertaintyCode\":127", "\"uncertainty\":1806627.477");
	expect_ok(D_HACC, 0, "00", "\"uncertaintyCode\":0", "\"uncertainty\":0.000");
	/* Vertical-Accuracy: the altitude uncertainty code, 45 * (1.025^10 - 1) = 12.604 m */
	expect_ok(D_VACC, 0, "0A", "\"uncertaintyCode\":10", "\"uncertaintyAltitude\":12.604");
	expect_ok(D_VACC, 0, "7F", "\"uncertaintyAltitude\":990.484");
	/* LCS-Priority: 0 highest, 1 normal, others treated as 1 */
	expect_ok(D_PRIO, 0, "00", "\"priority\":\"highest priority\"");
	expect_ok(D_PRIO, 0, "01", "\"priority\":\"normal priority\"");
	expect_ok(D_PRIO, 0, "05", "\"priority\":\"unknown, treated as normal priority (5)\"");
	/* LCS-ReferenceNumber */
	expect_ok(D_REF, 0, "2A", "\"referenceNumber\":42");
	expect_ok(D_REF, 0, "FF", "\"referenceNumber\":255");
}
END_TEST

START_TEST(test_accuracy_priority_malformed)
{
	enum dec one[] = { D_HACC, D_VACC, D_PRIO, D_REF };
	size_t i;

	for (i = 0; i < sizeof(one) / sizeof(one[0]); i++) {
		expect_empty_error(one[i], 0);
		robust(one[i], 0, "0A", 1, 1);
		exhaustive(one[i], 0, "0A");
	}
	/* bit 8 set (1000 1010): the code is still shown */
	expect(D_HACC, 0, "8A", "\"uncertainty\":15.937",
	       "\"error\":{\"offset\":0,\"reason\":\"bit 8 of a Horizontal-Accuracy is 1; it should be 0\"}", NULL);
	expect(D_VACC, 0, "8A", "\"uncertaintyAltitude\":12.604", "\"error\":{\"offset\":0,", NULL);
	expect(D_PRIO, 0, "01 00", "\"priority\":\"normal priority\"",
	       "\"error\":{\"offset\":1,\"reason\":\"1 octet after the 1 of an LCS-Priority\"}", NULL);
}
END_TEST

/* ---- positioning data (TS 49.031 10.20, TS 25.413) --------------------------------------------- */

START_TEST(test_positioning_data)
{
	/*
	 * PositioningDataInformation: discriminator 0000, then method (bits 8-4) + usage (3-1):
	 * 0x03 = 00000 011 Timing Advance, used to generate; 0x1B = 00011 011 MA E-OTD;
	 * 0x21 = 00100 001 MB E-OTD, not used; 0x2B = 00101 011 MA GPS; 0x3A = 00111 010
	 * conventional GPS, used to verify; 0x43 = 01000 011 U-TDOA; 0x60 = 01100 000 Cell ID,
	 * failed; 0x4D = 01001 101 reserved for UTRAN, usage reserved; 0x84 = 10000 100
	 * network specific, method cannot be determined.  10 octets, the maximum.
	 */
	expect_ok(D_POS, 0, "00 03 1B 21 2B 3A 43 60 4D 84",
		  "\"positioningDataDiscriminator\":\"usage of each positioning method that was attempted\"",
		  "\"positioningMethods\":[{\"method\":\"Timing Advance\",\"usage\":\"attempted successfully: results used to generate location\"},",
		  "{\"method\":\"Mobile Assisted E-OTD\",",
		  "{\"method\":\"Mobile Based E-OTD\",\"usage\":\"attempted successfully: results not used to generate location\"}",
		  "{\"method\":\"Mobile Assisted GPS\",",
		  "{\"method\":\"Conventional GPS\",\"usage\":\"attempted successfully: results used to verify but not generate location\"}",
		  "{\"method\":\"U-TDOA\",",
		  "{\"method\":\"Cell ID\",\"usage\":\"attempted unsuccessfully due to failure or interruption\"}",
		  "{\"method\":\"reserved for UTRAN use only (9)\",\"usage\":\"reserved (5)\"}",
		  "{\"method\":\"reserved for network specific positioning methods (16)\",\"usage\":\"attempted successfully: MS supports");
	/* 0x0B = 00001 011: a code no longer used; 0x33 = 00110 011 MB GPS; 0x6B = 01101 011 */
	expect_ok(D_POS, 0, "00 0B 33 6B", "\"method\":\"reserved (no longer used)\"",
		  "\"method\":\"Mobile Based GPS\"", "\"method\":\"reserved for GSM (13)\"");
	/* UtranPositioningDataInfo: two discriminator octets, then 0x4B = 01001 011 OTDOA;
	 * 0x53 = 01010 011 IPDL; 0x5B = 01011 011 RTT; 0x63 = 01100 011 Cell ID; 0x03 =
	 * 00000 011 (GERAN only); 0x6B = 01101 011; 0x2B MA GPS; 0x33 MB GPS; 0x43 U-TDOA */
	expect_ok(D_UPOS, 0, "00 00 4B 53 5B 63 03 6B 2B 33 43", "\"positioningDataDiscriminator\":\"0000\"",
		  "\"positioningMethods\":[{\"method\":\"OTDOA\",", "{\"method\":\"IPDL\",", "{\"method\":\"RTT\",",
		  "{\"method\":\"Cell ID\",", "{\"method\":\"reserved for GERAN use only (0)\",",
		  "{\"method\":\"reserved for other location technologies (13)\",",
		  "{\"method\":\"Mobile Assisted GPS\",", "{\"method\":\"Mobile Based GPS\",", "{\"method\":\"U-TDOA\",");
	/* GANSS method and usage: method (8-7), GANSS ID (6-4), usage (3-1):
	 * 0x43 = 01 000 011 MS-Assisted Galileo; 0x23 = 00 100 011 MS-Based GLONASS;
	 * 0xAC = 10 101 100 Conventional BDS; 0xF8 = 11 111 000 reserved, reserved;
	 * 0x0B = 00 001 011 SBAS; 0x13 = 00 010 011 Modernized GPS; 0x1B = 00 011 011 QZSS */
	expect_ok(D_GGANSS, 0, "00 43 23 AC F8 0B 13 1B",
		  "\"positioningDataDiscriminator\":\"usage of each positioning method that was attempted\"",
		  "\"ganssPositioningMethods\":[{\"method\":\"MS-Assisted\",\"ganssId\":\"Galileo\",\"usage\":\"attempted successfully: results used to generate location\"}",
		  "{\"method\":\"MS-Based\",\"ganssId\":\"GLONASS\",",
		  "{\"method\":\"Conventional\",\"ganssId\":\"BDS\",\"usage\":\"attempted successfully: MS supports",
		  "{\"method\":\"reserved\",\"ganssId\":\"reserved (7)\",\"usage\":\"attempted unsuccessfully",
		  "\"ganssId\":\"SBAS\"", "\"ganssId\":\"Modernized GPS\"", "\"ganssId\":\"QZSS\"");
	expect_ok(D_UGANSS, 0, "43", "\"ganssPositioningMethods\":[{\"method\":\"MS-Assisted\",\"ganssId\":\"Galileo\",");
	expect_ok(D_UGANSS, 0, "43 23 AC F8", "{\"method\":\"Conventional\",\"ganssId\":\"BDS\",");
}
END_TEST

START_TEST(test_positioning_data_malformed)
{
	expect_empty_error(D_POS, 0);
	expect_empty_error(D_UPOS, 0);
	expect_empty_error(D_GGANSS, 0);
	expect_empty_error(D_UGANSS, 0);
	/* discriminator 0001 is reserved: the octets after it are not read */
	expect(D_POS, 0, "01 03", "\"positioningDataDiscriminator\":\"reserved (1)\"",
	       "\"error\":{\"offset\":0,\"reason\":\"positioning data discriminator 1 is reserved\"}", NULL);
	expect(D_GGANSS, 0, "0F 43", "\"positioningDataDiscriminator\":\"reserved (15)\"", "\"error\":{\"offset\":0,",
	       NULL);
	/* a discriminator without methods */
	expect(D_POS, 0, "00",
	       "\"error\":{\"offset\":1,\"reason\":\"truncated: a PositioningDataInformation has no positioning method octet\"}",
	       NULL);
	expect(D_UPOS, 0, "00 00", "\"error\":{\"offset\":2,", NULL);
	expect(D_UPOS, 0, "00", "\"error\":{\"offset\":1,", NULL);
	robust(D_POS, 0, "00 03 1B 21", 2, 0);
	robust(D_UPOS, 0, "00 00 4B 53", 3, 0);
	robust(D_GGANSS, 0, "00 43 23", 2, 0);
	robust(D_UGANSS, 0, "43 23", 1, 0);
	exhaustive(D_POS, 0, "00 03 1B");
	exhaustive(D_UPOS, 0, "00 00 4B");
	exhaustive(D_GGANSS, 0, "00 43 23");
}
END_TEST

/* ---- AreaIdentification (TS 29.002) ----------------------------------------------------------- */

/* MCC 234, MNC 15: 0011 0010 (MCC digit 2|1), 1111 0100 (filler|MCC digit 3), 0101 0001 */
#define PLMN "32 F4 51"

START_TEST(test_area_identification)
{
	expect_ok(D_AREA, TK_AREA_COUNTRY_CODE, "32 F4", "\"mcc\":\"234\"", "\"hex\":\"32f4\"");
	expect_ok(D_AREA, TK_AREA_PLMN_ID, PLMN, "\"mcc\":\"234\"", "\"mnc\":\"15\"");
	/* LAC 0x1234 = 4660, RAC 0x56 = 86, CI 0x000A = 10 */
	expect_ok(D_AREA, TK_AREA_LOCATION_AREA_ID, PLMN " 12 34", "\"mnc\":\"15\"", "\"lac\":4660");
	expect_ok(D_AREA, TK_AREA_ROUTING_AREA_ID, PLMN " 12 34 56", "\"lac\":4660", "\"rac\":86");
	expect_ok(D_AREA, TK_AREA_CELL_GLOBAL_ID, PLMN " 12 34 00 0A", "\"lac\":4660", "\"ci\":10");
	/* UC-Id 0x01234567 = 19088743 */
	expect_ok(D_AREA, TK_AREA_UTRAN_CELL_ID, PLMN " 01 23 45 67", "\"mcc\":\"234\"", "\"ucId\":19088743");
}
END_TEST

START_TEST(test_area_identification_malformed)
{
	long t;

	/* the identification of another area type: too long or too short */
	expect(D_AREA, TK_AREA_LOCATION_AREA_ID, PLMN " 12 34 00 0A", "\"lac\":4660", "\"error\":{\"offset\":5,",
	       NULL);
	expect(D_AREA, TK_AREA_CELL_GLOBAL_ID, PLMN " 12 34", "\"lac\":4660", "\"error\":{\"offset\":5,", NULL);
	expect(D_AREA, TK_AREA_COUNTRY_CODE, PLMN, "\"mcc\":\"234\"",
	       "\"error\":{\"offset\":2,\"reason\":\"1 octet after the 2 of a country code\"}", NULL);
	/* an MCC digit 1010 */
	expect(D_AREA, TK_AREA_COUNTRY_CODE, "3A F4",
	       "\"error\":{\"offset\":0,\"reason\":\"MCC digit is 0xa, not a decimal digit\"}", NULL);
	/* an areaType this version does not know */
	expect(D_AREA, 6, PLMN, "\"hex\":\"32f451\"",
	       "\"error\":{\"offset\":0,\"reason\":\"areaType 6 is unknown: the coding of the identification depends on it\"}",
	       NULL);
	expect(D_AREA, -1, "", "\"hex\":\"\"", "\"error\":{\"offset\":0,", NULL);
	for (t = TK_AREA_COUNTRY_CODE; t <= TK_AREA_UTRAN_CELL_ID; t++)
		expect_empty_error(D_AREA, t);
	robust(D_AREA, TK_AREA_COUNTRY_CODE, "32 F4", 2, 1);
	robust(D_AREA, TK_AREA_PLMN_ID, PLMN, 3, 1);
	robust(D_AREA, TK_AREA_LOCATION_AREA_ID, PLMN " 12 34", 5, 1);
	robust(D_AREA, TK_AREA_ROUTING_AREA_ID, PLMN " 12 34 56", 6, 1);
	robust(D_AREA, TK_AREA_CELL_GLOBAL_ID, PLMN " 12 34 00 0A", 7, 1);
	robust(D_AREA, TK_AREA_UTRAN_CELL_ID, PLMN " 01 23 45 67", 7, 1);
	exhaustive(D_AREA, TK_AREA_UTRAN_CELL_ID, PLMN " 01 23 45 67");
}
END_TEST

Suite *tu_suite_lcs(void)
{
	Suite *s = suite_create("lcs");
	TCase *tc = tcase_create("gad");

	tcase_add_test(tc, test_gad_confidence_angles);
	tcase_add_test(tc, test_gad_malformed_values);
	tcase_add_test(tc, test_geodetic);
	tcase_add_test(tc, test_geodetic_malformed);
	suite_add_tcase(s, tc);

	tc = tcase_create("lcs");
	tcase_add_test(tc, test_velocity);
	tcase_add_test(tc, test_velocity_malformed);
	tcase_add_test(tc, test_accuracy_priority);
	tcase_add_test(tc, test_accuracy_priority_malformed);
	tcase_add_test(tc, test_positioning_data);
	tcase_add_test(tc, test_positioning_data_malformed);
	tcase_add_test(tc, test_area_identification);
	tcase_add_test(tc, test_area_identification_malformed);
	suite_add_tcase(s, tc);
	return s;
}
