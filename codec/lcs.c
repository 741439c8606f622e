/*
 * Location services values inside MAP OCTET STRINGs (TS 29.002 MAP-LCS-DataTypes):
 * velocity (TS 23.032 8), accuracies, priority and reference number (TS 29.002), the
 * positioning methods used (TS 49.031 10.20, TS 25.413 PositionData) and the identities of
 * an area event.  Each field is bounds-checked and the first problem is reported where it
 * is; the uncertainty codes go through the TS 23.032 functions of location.c.
 */
#include <stdio.h>
#include <string.h>

#include "inner.h"
#include "lcs.h"
#include "location.h"
#include "names.h"

/* ---- velocity (TS 23.032 8) ------------------------------------------------------------------ */

/* 8.6, bits 8-5 of octet 1 */
static const struct tk_value_string velocity_type_names[] = {
	{ 0, "horizontal velocity" },
	{ 1, "horizontal with vertical velocity" },
	{ 2, "horizontal velocity with uncertainty" },
	{ 3, "horizontal with vertical velocity and uncertainty" },
	{ 0, NULL }
};

/* 8.10: direction of the vertical speed */
static const struct tk_value_string vertical_direction_names[] = {
	{ 0, "upward" },
	{ 1, "downward" },
	{ 0, NULL }
};

/* 8.11: an uncertainty speed in km/h, 255 meaning not specified */
static void uncertainty_speed(struct tk_emitter *e, const char *key_kmh, const char *key, uint8_t v)
{
	if (v == 255)
		tk_emit_kv_str(e, key, "not specified");
	else
		tk_emit_kv_long(e, key_kmh, v);
}

void tk_emit_velocity_estimate(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	/* octets of each velocity type (8.12-8.15), as TS 29.002 lists them too */
	static const size_t need[] = { 4, 5, 5, 7 };
	struct tk_inner_err er;
	unsigned bearing;
	int type;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: the velocity type octet is missing");
		goto out;
	}
	type = p[0] >> 4;
	tk_inner_emit_name(e, "velocityType", velocity_type_names, NULL, "reserved", type);
	if (type > 3) {
		tk_inner_fail(&er, 0, "velocity type %d is reserved", type);
		goto out;
	}
	/* bit 2 of octet 1 is the vertical direction where there is a vertical speed, else spare */
	if (type & 1)
		tk_inner_emit_name(e, "verticalDirection", vertical_direction_names, NULL, "", (p[0] >> 1) & 1);
	if (n < 2) {
		tk_inner_need(&er, n, need[type], velocity_type_names[type].name);
		goto out;
	}
	/* 8.7: the bearing is 9 bits, bit 1 of octet 1 the most significant; 360-511 unused */
	bearing = ((unsigned)(p[0] & 1) << 8) | p[1];
	tk_emit_kv_long(e, "bearing", (long)bearing);
	if (bearing > 359)
		tk_inner_fail(&er, 0, "bearing %u is above 359 degrees", bearing);
	if (n < 4) {
		tk_inner_need(&er, n, need[type], velocity_type_names[type].name);
		goto out;
	}
	/* 8.8: km/h, N <= h < N + 1 (65535 standing for 65535 km/h or more) */
	tk_emit_kv_long(e, "horizontalSpeedKmh", (long)((unsigned)p[2] << 8 | p[3]));
	if (n < need[type]) {
		/* the octets after the horizontal speed that are there */
		if (type & 1 && n > 4)
			tk_emit_kv_long(e, "verticalSpeedKmh", p[4]);
		else if (type == 2 && n > 4)
			uncertainty_speed(e, "uncertaintySpeedKmh", "uncertaintySpeed", p[4]);
		if (type == 3 && n > 5)
			uncertainty_speed(e, "horizontalUncertaintySpeedKmh", "horizontalUncertaintySpeed", p[5]);
		tk_inner_need(&er, n, need[type], velocity_type_names[type].name);
		goto out;
	}
	switch (type) {
	case 1:		/* 8.13; 8.9: vertical speed in km/h */
		tk_emit_kv_long(e, "verticalSpeedKmh", p[4]);
		break;
	case 2:		/* 8.14 */
		uncertainty_speed(e, "uncertaintySpeedKmh", "uncertaintySpeed", p[4]);
		break;
	case 3:		/* 8.15 */
		tk_emit_kv_long(e, "verticalSpeedKmh", p[4]);
		uncertainty_speed(e, "horizontalUncertaintySpeedKmh", "horizontalUncertaintySpeed", p[5]);
		uncertainty_speed(e, "verticalUncertaintySpeedKmh", "verticalUncertaintySpeed", p[6]);
		break;
	default:
		break;
	}
	tk_inner_extra(&er, n, need[type], velocity_type_names[type].name);
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- one-octet values (TS 29.002) -------------------------------------------------------------- */

/* the single octet of a SIZE (1) value, or NULL after reporting that there is none */
static const uint8_t *one_octet(const uint8_t *p, size_t n, struct tk_inner_err *er, const char *what)
{
	return tk_inner_fixed(er, n, 1, what) ? p : NULL;
}

/* Horizontal-Accuracy / Vertical-Accuracy: bit 8 = 0, bits 7-1 a TS 23.032 uncertainty code */
static void accuracy(struct tk_emitter *e, const uint8_t *p, size_t n, int vertical)
{
	const char *what = vertical ? "a Vertical-Accuracy" : "a Horizontal-Accuracy";
	struct tk_inner_err er;
	const uint8_t *q;

	n = tk_inner_start(e, &er, p, n);
	q = one_octet(p, n, &er, what);
	if (q) {
		tk_emit_kv_long(e, "uncertaintyCode", q[0] & 0x7f);
		if (vertical)
			tk_emit_kv_mm(e, "uncertaintyAltitude", tk_gad_uncertainty_altitude_mm(q[0]));
		else
			tk_emit_kv_mm(e, "uncertainty", tk_gad_uncertainty_mm(q[0]));
		if (q[0] & 0x80 && !er.set)
			tk_inner_fail(&er, 0, "bit 8 of %s is 1; it should be 0", what);
	}
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_horizontal_accuracy(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	accuracy(e, p, n, 0);
}

void tk_emit_vertical_accuracy(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	accuracy(e, p, n, 1);
}

static const struct tk_value_string lcs_priority_names[] = {
	{ 0, "highest priority" },
	{ 1, "normal priority" },
	{ 0, NULL }
};

void tk_emit_lcs_priority(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	const uint8_t *q;

	n = tk_inner_start(e, &er, p, n);
	q = one_octet(p, n, &er, "an LCS-Priority");
	/* TS 29.002: all other values are treated as 1 (normal priority) */
	if (q)
		tk_inner_emit_name(e, "priority", lcs_priority_names, NULL, "unknown, treated as normal priority",
				   q[0]);
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_lcs_reference_number(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	const uint8_t *q;

	n = tk_inner_start(e, &er, p, n);
	q = one_octet(p, n, &er, "an LCS-ReferenceNumber");
	if (q)
		tk_emit_kv_long(e, "referenceNumber", q[0]);
	tk_inner_finish(e, p, n, &er);
}

/* ---- positioning methods used (TS 49.031 10.20, TS 25.413) ------------------------------------ */

/* TS 49.031 10.20 positioning data discriminator, bits 4-1 */
static const struct tk_value_string pos_discriminator_names[] = {
	{ 0, "usage of each positioning method that was attempted" },
	{ 0, NULL }
};

/* TS 49.031 10.20 positioning method, bits 8-4 */
static const struct tk_value_string geran_method_names[] = {
	{ 0, "Timing Advance" },
	{ 1, "reserved (no longer used)" },
	{ 2, "reserved (no longer used)" },
	{ 3, "Mobile Assisted E-OTD" },
	{ 4, "Mobile Based E-OTD" },
	{ 5, "Mobile Assisted GPS" },
	{ 6, "Mobile Based GPS" },
	{ 7, "Conventional GPS" },
	{ 8, "U-TDOA" },
	{ 12, "Cell ID" },
	{ 0, NULL }
};

static const struct tk_vrange geran_method_ranges[] = {
	{ 9, 11, "reserved for UTRAN use only" },
	{ 13, 15, "reserved for GSM" },
	{ 16, 31, "reserved for network specific positioning methods" },
	{ 0, 0, NULL }
};

/* TS 25.413 Positioning Method and Usage, bits 8-4 */
static const struct tk_value_string utran_method_names[] = {
	{ 5, "Mobile Assisted GPS" },
	{ 6, "Mobile Based GPS" },
	{ 7, "Conventional GPS" },
	{ 8, "U-TDOA" },
	{ 9, "OTDOA" },
	{ 10, "IPDL" },
	{ 11, "RTT" },
	{ 12, "Cell ID" },
	{ 0, NULL }
};

static const struct tk_vrange utran_method_ranges[] = {
	{ 0, 4, "reserved for GERAN use only" },
	{ 13, 15, "reserved for other location technologies" },
	{ 16, 31, "reserved for network specific positioning methods" },
	{ 0, 0, NULL }
};

/* usage, bits 3-1: the same coding in TS 49.031 10.20 and TS 25.413 (GANSS ones too) */
static const struct tk_value_string usage_names[] = {
	{ 0, "attempted unsuccessfully due to failure or interruption" },
	{ 1, "attempted successfully: results not used to generate location" },
	{ 2, "attempted successfully: results used to verify but not generate location" },
	{ 3, "attempted successfully: results used to generate location" },
	{ 4, "attempted successfully: MS supports multiple mobile based positioning methods and the "
	     "actual method or methods used cannot be determined" },
	{ 0, NULL }
};

/* GANSS method, bits 8-7 of a GANSS method and usage octet (TS 49.031, TS 25.413) */
static const struct tk_value_string ganss_method_names[] = {
	{ 0, "MS-Based" },
	{ 1, "MS-Assisted" },
	{ 2, "Conventional" },
	{ 3, "reserved" },
	{ 0, NULL }
};

/* GANSS ID, bits 6-4 */
static const struct tk_value_string ganss_id_names[] = {
	{ 0, "Galileo" },
	{ 1, "SBAS" },
	{ 2, "Modernized GPS" },
	{ 3, "QZSS" },
	{ 4, "GLONASS" },
	{ 5, "BDS" },
	{ 0, NULL }
};

/* the method and usage octets p[off..n-1] as an array under key; GANSS octets if methods is NULL */
static void method_set(struct tk_emitter *e, const char *key, const uint8_t *p, size_t off, size_t n,
		       const struct tk_value_string *methods, const struct tk_vrange *ranges,
		       struct tk_inner_err *er, const char *what)
{
	size_t i;

	if (off >= n) {
		tk_inner_fail(er, n, "truncated: %s has no positioning method octet", what);
		return;
	}
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = off; i < n; i++) {
		tk_emit_open(e, 0);
		if (methods) {
			tk_inner_emit_name(e, "method", methods, ranges, "reserved", p[i] >> 3);
		} else {
			tk_inner_emit_name(e, "method", ganss_method_names, NULL, "reserved", p[i] >> 6);
			tk_inner_emit_name(e, "ganssId", ganss_id_names, NULL, "reserved", (p[i] >> 3) & 7);
		}
		tk_inner_emit_name(e, "usage", usage_names, NULL, "reserved", p[i] & 7);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
}

/* octet 3 of the TS 49.031 element: spare, then the discriminator; 0 if the set follows */
static int discriminator(struct tk_emitter *e, const uint8_t *p, size_t n, struct tk_inner_err *er,
			 const char *what)
{
	if (n < 1) {
		tk_inner_fail(er, 0, "truncated: %s has no positioning data discriminator", what);
		return -1;
	}
	tk_inner_emit_name(e, "positioningDataDiscriminator", pos_discriminator_names, NULL, "reserved",
			   p[0] & 0x0f);
	/* only discriminator 0000 says what the following octets are */
	if (p[0] & 0x0f) {
		tk_inner_fail(er, 0, "positioning data discriminator %d is reserved", p[0] & 0x0f);
		return -1;
	}
	return 0;
}

void tk_emit_positioning_data(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const char what[] = "a PositioningDataInformation";
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	/* TS 49.031 10.20 from octet 3, as TS 29.002 SIZE (2..10) says: discriminator, methods */
	if (!discriminator(e, p, n, &er, what))
		method_set(e, "positioningMethods", p, 1, n, geran_method_names, geran_method_ranges, &er, what);
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_utran_positioning_data(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const char what[] = "a UtranPositioningDataInfo";
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	/*
	 * TS 29.002 puts the TS 25.413 positioningDataDiscriminator (a BIT STRING (SIZE (4)))
	 * and the positioningDataSet (1 to maxSet = 9 one-octet PositioningMethodAndUsage) in
	 * SIZE (3..11): two octets for the discriminator, then the set.  How the 4 bits sit
	 * in those two octets is not written down, so they are shown as they are.
	 */
	if (n < 2) {
		tk_inner_fail(&er, n, "truncated: %s has 2 positioning data discriminator octets, %zu present",
			      what, n);
		goto out;
	}
	tk_emit_kv_hex(e, "positioningDataDiscriminator", p, 2);
	method_set(e, "positioningMethods", p, 2, n, utran_method_names, utran_method_ranges, &er, what);
out:
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_geran_ganss_positioning_data(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const char what[] = "a GeranGANSSpositioningData";
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	/* the TS 49.031 GANSS Positioning Data element from octet 3 (SIZE (2..10)): a
	 * discriminator octet as in 10.20, then one GANSS method and usage octet each */
	if (!discriminator(e, p, n, &er, what))
		method_set(e, "ganssPositioningMethods", p, 1, n, NULL, NULL, &er, what);
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_utran_ganss_positioning_data(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	/* TS 25.413 GANSS-PositioningDataSet only: 1 to 9 GANSS method and usage octets */
	method_set(e, "ganssPositioningMethods", p, 0, n, NULL, NULL, &er, "a UtranGANSSpositioningData");
	tk_inner_finish(e, p, n, &er);
}

/* ---- area event identities (TS 29.002 Area) ---------------------------------------------------- */

void tk_emit_area_identification(struct tk_emitter *e, const uint8_t *p, size_t n, long area_type)
{
	struct tk_inner_err er;

	/* the AreaIdentification comment of TS 29.002: PLMN digits, then LAC, RAC, CI or UC-Id */
	switch (area_type) {
	case TK_AREA_COUNTRY_CODE: tk_emit_plmn_cell(e, p, n, TK_LOC_MCC); return;
	case TK_AREA_PLMN_ID: tk_emit_plmn_cell(e, p, n, TK_LOC_PLMN); return;
	case TK_AREA_LOCATION_AREA_ID: tk_emit_plmn_cell(e, p, n, TK_LOC_LAI); return;
	case TK_AREA_ROUTING_AREA_ID: tk_emit_plmn_cell(e, p, n, TK_LOC_RAI); return;
	case TK_AREA_CELL_GLOBAL_ID: tk_emit_plmn_cell(e, p, n, TK_LOC_CGI); return;
	case TK_AREA_UTRAN_CELL_ID: tk_emit_plmn_cell(e, p, n, TK_LOC_UCID); return;
	default:
		break;
	}
	n = tk_inner_start(e, &er, p, n);
	tk_inner_fail(&er, 0, "areaType %ld is unknown: the coding of the identification depends on it",
		      area_type);
	tk_inner_finish(e, p, n, &er);
}
