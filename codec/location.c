/*
 * Location values inside MAP/CAP OCTET STRINGs: cell and area identities (TS 23.003 /
 * TS 29.002), geographical descriptions (TS 23.032), TS 24.008 BCD numbers.
 *
 * The PLMN digits go through libosmocore's osmo_plmn_from_bcd() and the TS 23.032
 * coordinates and uncertainty codes through its GAD functions; what is here is the layout
 * of each identity and shape, bounds-checked, with the first problem reported where it is.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <osmocom/gsm/gsm23003.h>
#include <osmocom/gsm/gad.h>

#include "inner.h"
#include "location.h"
#include "names.h"
#include "values.h"

/* ---- common ----------------------------------------------------------------------------- */


static uint64_t load_be(const uint8_t *p, size_t k)
{
	uint64_t v = 0;
	size_t i;

	for (i = 0; i < k; i++)
		v = (v << 8) | p[i];
	return v;
}

/* ---- PLMN, cells and areas ----------------------------------------------------------------- */

/*
 * MCC and MNC (TS 24.008 10.5.1.3): MCC digit 2|1, MNC digit 3|MCC digit 3, MNC digit 2|1.
 * An F as MNC digit 3 means a 2-digit MNC, which decides whether "01" or "001" is shown;
 * libosmocore keeps that in mnc_3_digits.  It does not check the digits, so that is done
 * first: a non-decimal digit would come out as a wrong number.
 */
void tk_emit_plmn_fields(struct tk_emitter *e, const uint8_t *p, struct tk_inner_err *er, size_t base)
{
	struct osmo_plmn_id plmn;
	char mcc[8], mnc[8];
	int i;

	for (i = 0; i < 6; i++) {
		unsigned d = i & 1 ? p[i / 2] >> 4 : p[i / 2] & 0x0f;
		if (d <= 9 || (i == 3 && d == 0xf))
			continue;
		tk_inner_fail(er, base + (size_t)(i / 2), "%s digit is 0x%x, not a decimal digit",
			      i >= 3 ? "MNC" : "MCC", d);
		return;
	}
	osmo_plmn_from_bcd(p, &plmn);
	snprintf(mcc, sizeof(mcc), "%03u", plmn.mcc);
	snprintf(mnc, sizeof(mnc), plmn.mnc_3_digits ? "%03u" : "%02u", plmn.mnc);
	tk_emit_kv_str(e, "mcc", mcc);
	tk_emit_kv_str(e, "mnc", mnc);
}

/*
 * A country code alone (TS 29.002 AreaIdentification of a countryCode area): the first two
 * octets of a PLMN identity.  Bits 8-5 of octet 2 belong to the MNC and are not read.
 */
static void emit_mcc(struct tk_emitter *e, const uint8_t *p, size_t n, struct tk_inner_err *er)
{
	char mcc[4];
	int i;

	if (n < 2) {
		tk_inner_fail(er, n, "truncated: a country code has 2 octets, %zu present", n);
		return;
	}
	for (i = 0; i < 3; i++) {
		unsigned d = i & 1 ? p[i / 2] >> 4 : p[i / 2] & 0x0f;
		if (d > 9) {
			tk_inner_fail(er, (size_t)(i / 2), "MCC digit is 0x%x, not a decimal digit", d);
			return;
		}
		mcc[i] = (char)('0' + d);
	}
	mcc[3] = '\0';
	tk_emit_kv_str(e, "mcc", mcc);
	tk_inner_extra(er, n, 2, "a country code");
}

/* the fields after the PLMN, in order */
struct loc_field {
	const char *key;
	unsigned len;		/* octets */
	unsigned shift;		/* padding bits after the value */
	unsigned bits;		/* bits of the value (the rest is spare) */
};

struct loc_layout {
	const char *name;
	size_t total;
	struct loc_field f[2];
};

static const struct loc_layout layouts[] = {
	/* TS 29.002 CellGlobalIdOrServiceAreaIdFixedLength, LAIFixedLength; RAIdentity as in
	 * TS 29.060 (LAC, then RAC) */
	[TK_LOC_CGI] = { "cell global identity", 7, { { "lac", 2, 0, 16 }, { "ci", 2, 0, 16 } } },
	[TK_LOC_SAI] = { "service area identity", 7, { { "lac", 2, 0, 16 }, { "sac", 2, 0, 16 } } },
	[TK_LOC_LAI] = { "location area identity", 5, { { "lac", 2, 0, 16 }, { NULL, 0, 0, 0 } } },
	[TK_LOC_RAI] = { "routeing area identity", 6, { { "lac", 2, 0, 16 }, { "rac", 1, 0, 8 } } },
	/* TA-Id and E-UTRAN-CGI are coded as in TS 29.118: the ECI is 28 bits, bits 8-5 of
	 * octet 4 spare */
	[TK_LOC_TAI] = { "tracking area identity", 5, { { "tac", 2, 0, 16 }, { NULL, 0, 0, 0 } } },
	[TK_LOC_ECGI] = { "E-UTRAN cell global identity", 7, { { "eci", 4, 0, 28 }, { NULL, 0, 0, 0 } } },
	/* NR-CGI is coded as in TS 38.413, where the NR cell identity is a BIT STRING (SIZE (36)):
	 * its bits come first-bit-first, so the last 4 bits of octet 8 are the padding */
	[TK_LOC_NCGI] = { "NR cell global identity", 8, { { "nci", 5, 4, 36 }, { NULL, 0, 0, 0 } } },
	[TK_LOC_PLMN] = { "PLMN identity", 3, { { NULL, 0, 0, 0 }, { NULL, 0, 0, 0 } } },
	/* TS 29.002 AreaIdentification of a utranCellId: octets 4 to 7 are the UC-Id */
	[TK_LOC_UCID] = { "UTRAN cell identity", 7, { { "ucId", 4, 0, 32 }, { NULL, 0, 0, 0 } } },
	/* TS 29.002 RNCId: LAC (TS 24.008), then the RNC Id or Extended RNC Id (TS 25.413) */
	[TK_LOC_RNC] = { "RNC identity", 7, { { "lac", 2, 0, 16 }, { "rncId", 2, 0, 16 } } },
};

/* NR-TA-Id: a 5GS tracking area code is 3 octets (TS 38.413), so a 6-octet TAI is a 5GS one */
static const struct loc_layout tai_5gs = { "5GS tracking area identity", 6, { { "tac", 3, 0, 24 }, { NULL, 0, 0, 0 } } };

void tk_emit_plmn_cell(struct tk_emitter *e, const uint8_t *p, size_t n, enum tk_loc_kind kind)
{
	const struct loc_layout *l;
	struct tk_inner_err er;
	size_t off;
	int i;

	n = tk_inner_start(e, &er, p, n);
	if (kind == TK_LOC_MCC) {
		emit_mcc(e, p, n, &er);
		goto out;
	}
	if ((unsigned)kind >= sizeof(layouts) / sizeof(layouts[0]) || !layouts[kind].name) {
		tk_inner_fail(&er, 0, "unknown location kind %d", (int)kind);
		goto out;
	}
	l = &layouts[kind];
	if (kind == TK_LOC_TAI && n >= 6)
		l = &tai_5gs;
	if (n < 3) {
		tk_inner_fail(&er, n, "truncated: a %s has %zu octets, %zu present", l->name, l->total, n);
		goto out;
	}
	tk_emit_plmn_fields(e, p, &er, 0);
	off = 3;
	/* later fields are independent of the PLMN digits: decode them even if those were bad */
	for (i = 0; i < 2 && l->f[i].key; i++) {
		const struct loc_field *f = &l->f[i];
		uint64_t v;
		if (off + f->len > n) {
			tk_inner_fail(&er, n, "truncated: a %s has %zu octets, %zu present", l->name, l->total, n);
			goto out;
		}
		v = (load_be(p + off, f->len) >> f->shift) & ((UINT64_C(1) << f->bits) - 1);
		tk_emit_kv_long(e, f->key, (long)v);
		off += f->len;
	}
	if (off < n)
		tk_inner_fail(&er, off, "%zu octets after the %zu of a %s", n - off, l->total, l->name);
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- geographical information (TS 23.032 7) ------------------------------------------------ */

/* TS 23.032 7.2, type of shape */
static const struct tk_value_string shape_names[] = {
	{ 0, "ellipsoid point" },
	{ 1, "ellipsoid point with uncertainty circle" },
	{ 3, "ellipsoid point with uncertainty ellipse" },
	{ 5, "polygon" },
	{ 8, "ellipsoid point with altitude" },
	{ 9, "ellipsoid point with altitude and uncertainty ellipsoid" },
	{ 10, "ellipsoid arc" },
	{ 11, "high accuracy ellipsoid point with uncertainty ellipse" },
	{ 12, "high accuracy ellipsoid point with altitude and uncertainty ellipsoid" },
	{ 13, "high accuracy ellipsoid point with scalable uncertainty ellipse" },
	{ 14, "high accuracy ellipsoid point with altitude and scalable uncertainty ellipsoid" },
	{ 0, NULL }
};

/* a reading position in the octets; take() fails once at the first octet that is missing */
struct cur {
	const uint8_t *p;
	size_t n, off, need;
	const char *shape;
	struct tk_inner_err *er;
};

static const uint8_t *take(struct cur *c, size_t k)
{
	const uint8_t *q;

	if (c->off + k > c->n) {
		tk_inner_need(c->er, c->n, c->need, c->shape);
		return NULL;
	}
	q = c->p + c->off;
	c->off += k;
	return q;
}

/* degrees with 6 decimals from micro-degrees, as a JSON number */
static void emit_udeg(struct tk_emitter *e, const char *key, long long udeg)
{
	char b[40];
	unsigned long long a = udeg < 0 ? (unsigned long long)-udeg : (unsigned long long)udeg;

	snprintf(b, sizeof(b), "%s%llu.%06llu", udeg < 0 ? "-" : "", a / 1000000, a % 1000000);
	tk_emit_key(e, key);
	tk_emit_lit(e, b);
}

/* metres with 3 decimals from millimetres */
void tk_emit_kv_mm(struct tk_emitter *e, const char *key, unsigned long mm)
{
	char b[40];

	snprintf(b, sizeof(b), "%lu.%03lu", mm / 1000, mm % 1000);
	tk_emit_key(e, key);
	tk_emit_lit(e, b);
}

/* latitude (sign + 23 bits) and longitude (24-bit two's complement), 6.1 */
static int point(struct tk_emitter *e, struct cur *c)
{
	const uint8_t *q = take(c, 6);

	if (!q)
		return -1;
	emit_udeg(e, "latitude", osmo_gad_dec_lat((uint32_t)load_be(q, 3)));
	emit_udeg(e, "longitude", osmo_gad_dec_lon((uint32_t)load_be(q + 3, 3)));
	return 0;
}

unsigned long tk_gad_uncertainty_mm(unsigned k)
{
	return osmo_gad_dec_unc((uint8_t)(k & 0x7f));
}

/* libosmocore has no decoder for this one */
unsigned long tk_gad_uncertainty_altitude_mm(unsigned k)
{
	double f = 1.0;
	unsigned i;

	for (i = 0; i < (k & 0x7f); i++)
		f *= 1.025;
	return (unsigned long)(45.0 * (f - 1.0) * 1000.0 + 0.5);
}

/* an uncertainty code (6.2): r = 10 * (1.1^k - 1) metres; bit 8 is spare */
static int uncertainty(struct tk_emitter *e, struct cur *c, const char *key)
{
	const uint8_t *q = take(c, 1);

	if (!q)
		return -1;
	tk_emit_kv_mm(e, key, tk_gad_uncertainty_mm(q[0]));
	return 0;
}

/*
 * confidence (6.7): a percentage in bits 7-1 (bit 8 spare); 0 is "no information", and
 * 101-127 are not used but may be read as "no information", so those are named instead
 */
static int confidence(struct tk_emitter *e, struct cur *c, const char *key)
{
	const uint8_t *q = take(c, 1);
	int k;

	if (!q)
		return -1;
	k = q[0] & 0x7f;
	if (k >= 1 && k <= 100)
		tk_emit_kv_long(e, key, k);
	else
		tk_inner_emit_name(e, key, NULL, NULL, k ? "not used, read as no information" : "no information",
				   k);
	return 0;
}

/*
 * an angle in 2 degree steps (6.5, 6.6): 2N degrees, or 2(N + 1) for an included angle;
 * codes giving 360 degrees or more (180 or more for an orientation) are not used
 */
static int angle(struct tk_emitter *e, struct cur *c, const char *key, int included, int max_code)
{
	const uint8_t *q = take(c, 1);

	if (!q)
		return -1;
	tk_emit_kv_long(e, key, 2L * (q[0] + included));
	if (q[0] > max_code)
		tk_inner_fail(c->er, c->off - 1, "%s code %u is above %d (not used)", key, q[0], max_code);
	return 0;
}

/* altitude (6.3): direction bit (1 = depth) and 15 bits of metres; depth is shown negative */
static int altitude(struct tk_emitter *e, struct cur *c)
{
	const uint8_t *q = take(c, 2);
	long m;

	if (!q)
		return -1;
	m = (long)(load_be(q, 2) & 0x7fff);
	tk_emit_kv_long(e, "altitude", q[0] & 0x80 ? -m : m);
	return 0;
}

/* uncertainty altitude (6.4): h = 45 * (1.025^k - 1) metres; bit 8 is spare */
static int uncertainty_altitude(struct tk_emitter *e, struct cur *c)
{
	const uint8_t *q = take(c, 1);

	if (!q)
		return -1;
	tk_emit_kv_mm(e, "uncertaintyAltitude", tk_gad_uncertainty_altitude_mm(q[0]));
	return 0;
}

/* high accuracy point (6.1a): 32-bit two's complement latitude and longitude, 2^32 steps
 * over 180 and 360 degrees */
static int ha_point(struct tk_emitter *e, struct cur *c)
{
	const uint8_t *q = take(c, 8);
	int32_t lat, lon;

	if (!q)
		return -1;
	lat = (int32_t)(uint32_t)load_be(q, 4);
	lon = (int32_t)(uint32_t)load_be(q + 4, 4);
	emit_udeg(e, "latitude", (long long)lat * 90000000LL / 2147483648LL);
	emit_udeg(e, "longitude", (long long)lon * 180000000LL / 2147483648LL);
	return 0;
}

/* the ellipse of 7.3.3 / 7.3.6: semi-major, semi-minor, orientation (2 degree steps) */
static int ellipse(struct tk_emitter *e, struct cur *c)
{
	if (uncertainty(e, c, "uncertaintySemiMajor") || uncertainty(e, c, "uncertaintySemiMinor"))
		return -1;
	return angle(e, c, "orientation", 0, 89);
}

void tk_emit_geographical_info(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	struct cur c;
	int shape, i, npoints = 0;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "empty: the type of shape octet is missing");
		goto out;
	}
	shape = p[0] >> 4;
	tk_inner_emit_name(e, "shape", shape_names, NULL, "reserved", shape);
	memset(&c, 0, sizeof(c));
	c.p = p;
	c.n = n;
	c.off = 1;
	c.er = &er;
	c.shape = tk_vs_name(shape_names, shape);
	switch (shape) {
	case 0: c.need = 7; break;
	case 1: c.need = 8; break;
	case 3: c.need = 11; break;
	case 5:
		/* bits 4-1 of octet 1: the number of points, at least 3 (7.3.4) */
		npoints = p[0] & 0x0f;
		c.need = 1 + 6 * (size_t)npoints;
		break;
	case 8: c.need = 9; break;
	case 9: c.need = 14; break;
	case 10: c.need = 13; break;
	case 11: case 12: case 13: case 14:
		/* only the position of the high accuracy shapes is decoded (see below) */
		c.need = 9;
		break;
	default:
		tk_inner_fail(&er, 0, "type of shape %d is reserved", shape);
		goto out;
	}

	/*
	 * The uncertainty circle is the only shape MAP's GeographicalInformation (8 octets)
	 * allows, and the one libosmocore decodes whole.  It refuses a set spare bit, which
	 * the general path below decodes anyway.
	 */
	if (shape == 1 && n == 8) {
		union gad_raw raw;
		struct osmo_gad gad;
		if (osmo_gad_raw_read(&raw, NULL, NULL, p, (uint8_t)n) == 0 && osmo_gad_dec(&gad, NULL, NULL, &raw) == 0) {
			emit_udeg(e, "latitude", gad.ell_point_unc_circle.lat);
			emit_udeg(e, "longitude", gad.ell_point_unc_circle.lon);
			tk_emit_kv_mm(e, "uncertainty", gad.ell_point_unc_circle.unc);
			goto out;
		}
	}

	switch (shape) {
	case 0:		/* 7.3.1 */
		point(e, &c);
		break;
	case 1:		/* 7.3.2 */
		if (!point(e, &c))
			uncertainty(e, &c, "uncertainty");
		break;
	case 3:		/* 7.3.3 */
		if (!point(e, &c) && !ellipse(e, &c))
			confidence(e, &c, "confidence");
		break;
	case 5:		/* 7.3.4 */
		tk_emit_kv_long(e, "numberOfPoints", npoints);
		if (npoints < 3) {
			tk_inner_fail(&er, 0, "a polygon has 3 to 15 points, not %d", npoints);
			break;
		}
		tk_emit_key(e, "points");
		tk_emit_open(e, 1);
		for (i = 0; i < npoints; i++) {
			if (c.off + 6 > c.n) {
				take(&c, 6);	/* reports the truncation */
				break;
			}
			tk_emit_open(e, 0);
			point(e, &c);
			tk_emit_close(e, 0);
		}
		tk_emit_close(e, 1);
		break;
	case 8:		/* 7.3.5 */
		if (!point(e, &c))
			altitude(e, &c);
		break;
	case 9:		/* 7.3.6 */
		if (!point(e, &c) && !altitude(e, &c) && !ellipse(e, &c) && !uncertainty_altitude(e, &c))
			confidence(e, &c, "confidence");
		break;
	case 10:	/* 7.3.7: inner radius in 5 m steps, angles in 2 degree steps */
		if (!point(e, &c)) {
			const uint8_t *q = take(&c, 2);
			if (!q)
				break;
			tk_emit_kv_long(e, "innerRadius", (long)load_be(q, 2) * 5);
			if (!uncertainty(e, &c, "uncertaintyRadius") && !angle(e, &c, "offsetAngle", 0, 179) &&
			    !angle(e, &c, "includedAngle", 1, 179))
				confidence(e, &c, "confidence");
		}
		break;
	default:	/* 11-14 */
		/*
		 * The high accuracy shapes (7.3.3a/b, 7.3.6a/b) code their uncertainties with
		 * other tables and range bits; their position is shown and the rest stays in "hex".
		 * Their length is not checked for the same reason.
		 */
		ha_point(e, &c);
		c.off = c.n;
		break;
	}
	if (!er.set && c.off < n)
		tk_inner_fail(&er, c.off, "%zu octets after the %zu of %s", n - c.off, c.need, c.shape);
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- geodetic location (ITU-T Q.763 3.88) ---------------------------------------------------- */

/* location presentation restricted indicator, bits 4-3 of octet 1 */
static const struct tk_value_string lpri_names[] = {
	{ 0, "presentation allowed" },
	{ 1, "presentation restricted" },
	{ 2, "location not available" },
	{ 3, "spare" },
	{ 0, NULL }
};

/* screening indicator, bits 2-1 of octet 1 (as in Q.763 3.10 f) */
static const struct tk_value_string geo_screening_names[] = {
	{ 0, "user provided, not verified" },
	{ 1, "user provided, verified and passed" },
	{ 2, "user provided, verified and failed" },
	{ 3, "network provided" },
	{ 0, NULL }
};

/* Q.763 type of shape (7 bits of octet 2): its own numbering, not the TS 23.032 one */
static const struct tk_value_string q763_shape_names[] = {
	{ 0, "ellipsoid point" },
	{ 1, "ellipsoid point with uncertainty" },
	{ 2, "point with altitude and uncertainty" },
	{ 3, "ellipse on the ellipsoid" },
	{ 4, "ellipsoid circle sector" },
	{ 5, "polygon" },
	{ 0, NULL }
};

static const struct tk_vrange q763_shape_ranges[] = {
	{ 6, 63, "spare" },
	{ 64, 126, "reserved for national use" },
	{ 127, 127, "reserved for extension" },
	{ 0, 0, NULL }
};

void tk_emit_geodetic_info(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	struct cur c;
	int shape;

	n = tk_inner_start(e, &er, p, n);
	memset(&c, 0, sizeof(c));
	c.p = p;
	c.n = n;
	c.er = &er;
	c.need = 10;
	c.shape = "a GeodeticInformation";
	if (!take(&c, 1))
		goto out;
	tk_inner_emit_name(e, "locationPresentation", lpri_names, NULL, "spare", (p[0] >> 2) & 3);
	tk_inner_emit_name(e, "screening", geo_screening_names, NULL, "spare", p[0] & 3);
	if (!take(&c, 1))
		goto out;
	shape = p[1] & 0x7f;
	tk_inner_emit_name(e, "shape", q763_shape_names, q763_shape_ranges, "spare", shape);
	/*
	 * TS 29.002 allows only the ellipsoid point with uncertainty: latitude and longitude
	 * coded as in TS 23.032 6.1, an uncertainty code and a confidence (bit 8 spare in both)
	 */
	if (shape != 1) {
		tk_inner_fail(&er, 1, "type of shape %d: MAP allows only an ellipsoid point with uncertainty", shape);
		goto out;
	}
	if (!point(e, &c) && !uncertainty(e, &c, "uncertainty"))
		confidence(e, &c, "confidence");
	if (!er.set && c.off < n)
		tk_inner_fail(&er, c.off, "%zu octets after the 10 of a GeodeticInformation", n - c.off);
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- TS 24.008 BCD numbers (10.5.4.7, 10.5.4.9) --------------------------------------------- */

static const struct tk_value_string ton_names[] = {
	{ 0, "unknown" },
	{ 1, "international number" },
	{ 2, "national number" },
	{ 3, "network specific number" },
	{ 4, "dedicated access, short code" },
	{ 5, "reserved" },
	{ 6, "reserved" },
	{ 7, "reserved for extension" },
	{ 0, NULL }
};

static const struct tk_value_string npi24008_names[] = {
	{ 0, "unknown" },
	{ 1, "ISDN/telephony numbering plan (E.164/E.163)" },
	{ 3, "data numbering plan (X.121)" },
	{ 4, "telex numbering plan (F.69)" },
	{ 8, "national numbering plan" },
	{ 9, "private numbering plan" },
	{ 11, "reserved for CTS" },
	{ 15, "reserved for extension" },
	{ 0, NULL }
};


/* 10.5.4.9 octet 3a: presentation indicator (bits 7-6) and screening indicator (bits 2-1) */
static const struct tk_value_string presentation_names[] = {
	{ 0, "presentation allowed" },
	{ 1, "presentation restricted" },
	{ 2, "number not available due to interworking" },
	{ 3, "reserved" },
	{ 0, NULL }
};

static const struct tk_value_string screening_names[] = {
	{ 0, "user-provided, not screened" },
	{ 1, "user-provided, verified and passed" },
	{ 2, "user-provided, verified and failed" },
	{ 3, "network provided" },
	{ 0, NULL }
};

/* with_3a: the calling (10.5.4.9) and redirecting (10.5.4.21b) party BCD numbers, whose octet
 * 3a follows octet 3 when bit 8 of octet 3 is 0 */
static void bcd_number_24008(struct tk_emitter *e, const uint8_t *p, size_t n, int with_3a)
{
	struct tk_inner_err er;
	size_t off, i;
	char digits[160];

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "empty: the type of number and numbering plan octet is missing");
		goto out;
	}
	/* octet 3: extension, type of number, numbering plan identification */
	tk_inner_emit_name(e, "typeOfNumber", ton_names, NULL, "reserved", (p[0] >> 4) & 7);
	tk_inner_emit_name(e, "numberingPlan", npi24008_names, NULL, "reserved", p[0] & 0x0f);
	/*
	 * The called party BCD number (TS 24.008 10.5.4.7) has no octet 3a: bit 8 of octet 3
	 * is a fixed extension bit, and TS 29.078 says CalledPartyBCDNumber carries only the
	 * type of number, the numbering plan and the digits.  Reading an octet 3a when bit 8
	 * is 0 (as for the calling party number, 10.5.4.9) would eat the first two digits:
	 * camel.pcap frame 1 has 0x11 there and its number is 41788005047, not 788005047.
	 */
	off = 1;
	if (!(p[0] & 0x80) && with_3a) {
		if (n < 2) {
			tk_inner_fail(&er, 1, "truncated: octet 3a is announced (bit 8 of octet 3 is 0) "
				      "but missing");
			goto out;
		}
		tk_emit_kv_long(e, "presentationIndicatorValue", (p[1] >> 5) & 3);
		tk_inner_emit_name(e, "presentationIndicator", presentation_names, NULL, "reserved",
				   (p[1] >> 5) & 3);
		tk_emit_kv_long(e, "screeningIndicatorValue", p[1] & 3);
		tk_inner_emit_name(e, "screeningIndicator", screening_names, NULL, "reserved",
				   p[1] & 3);
		off = 2;
	} else if (!(p[0] & 0x80)) {
		tk_emit_kv_str(e, "note", "extension bit of octet 3 is 0 (it should be 1); octet 3a is not defined here");
	}
	/* digits: '*', '#', 'a'-'c' for 1010-1110; 1111 only as the end mark of an odd count */
	for (i = off; i < n; i++) {
		if ((p[i] & 0x0f) == 0x0f || ((p[i] >> 4) == 0x0f && i + 1 < n)) {
			tk_inner_fail(&er, i, "end mark 1111 before the last digit");
			break;
		}
	}
	if (tk_tbcd_digits(p + off, n - off, digits, sizeof(digits)) < 0) {
		tk_inner_fail(&er, off, "more digits than tcapkit shows (%zu octets)", n - off);
		goto out;
	}
	tk_emit_kv_str(e, "digits", digits);
out:
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_bcd_number_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	bcd_number_24008(e, p, n, 0);
}

void tk_emit_calling_bcd_number_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	bcd_number_24008(e, p, n, 1);
}
