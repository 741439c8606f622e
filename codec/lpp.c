/*
 * LPP (TS 37.355) messages: unaligned PER decoded by the asn1c code generated from asn1/lpp/
 * (asn1/lpp/PROVENANCE.md), walked by print_value.c with a member hook for the location
 * estimates whose fields TS 37.355 takes from TS 23.032.
 */
#include <stddef.h>
#include <stdint.h>

#include <asn_application.h>

#include <LPP-LPP-Message.h>
#include <LPP-Ellipsoid-Point.h>
#include <LPP-Ellipsoid-PointWithUncertaintyCircle.h>
#include <LPP-EllipsoidPointWithAltitude.h>

#include "location.h"
#include "lpp.h"
#include "print.h"
#include "rrc.h"

/*
 * TS 37.355 6.4.1 (common positioning IEs): Ellipsoid-Point, Ellipsoid-PointWithUncertainty-
 * Circle and EllipsoidPointWithAltitude carry the fields of the TS 23.032 shapes of the same
 * names (7.3.1, 7.3.2, 7.3.5) with the same ranges: the latitude sign, the 23-bit latitude
 * code, the 24-bit two's complement longitude code, the 7-bit uncertainty code, the altitude
 * direction and the 15-bit altitude.  They are written here as the TS 23.032 octets (type of
 * shape in bits 8-5 of octet 1: 0, 1 and 8) so that location.c gives the same reading (degrees,
 * metres) as it does for MAP and RRLP.  The shapes with angles (ellipse, ellipsoid, arc)
 * code their angles as 0..179 where TS 23.032 has 2-degree steps; they stay as the walker
 * prints them, as do the high-accuracy shapes.
 */
static size_t gad_point(uint8_t *o, int shape, long sign, long lat, long lon)
{
	unsigned long ulat = (unsigned long)lat & 0x7fffff, ulon = (unsigned long)lon & 0xffffff;

	o[0] = (uint8_t)(shape << 4);
	o[1] = (uint8_t)((sign ? 0x80 : 0) | (ulat >> 16));
	o[2] = (uint8_t)(ulat >> 8);
	o[3] = (uint8_t)ulat;
	o[4] = (uint8_t)(ulon >> 16);
	o[5] = (uint8_t)(ulon >> 8);
	o[6] = (uint8_t)ulon;
	return 7;
}

/* the members of a SEQUENCE as the walker prints them, then "gad" with the TS 23.032 octets */
static void emit_shape(struct tk_emitter *e, const asn_TYPE_descriptor_t *td, const void *sptr,
		       const uint8_t *gad, size_t n)
{
	int i;

	tk_emit_open(e, 0);
	for (i = 0; i < td->elements_count; i++) {
		const asn_TYPE_member_t *elm = &td->elements[i];
		const void *mp = (const char *)sptr + elm->memb_offset;

		if (elm->flags & ATF_POINTER)
			mp = *(const void *const *)mp;
		if (!mp)
			continue;
		tk_emit_key(e, elm->name);
		tk_emit_value_hooked(e, elm->type, mp, NULL);
	}
	tk_emit_key(e, "gad");
	tk_emit_geographical_info(e, gad, n);
	tk_emit_close(e, 0);
}

static int lpp_member(struct tk_emitter *e, const asn_TYPE_descriptor_t *parent,
		      const asn_TYPE_member_t *elm, const void *mp)
{
	uint8_t o[9];
	size_t n;

	(void)parent;
	if (elm->type == &asn_DEF_LPP_Ellipsoid_Point) {
		const LPP_Ellipsoid_Point_t *v = mp;

		n = gad_point(o, 0, v->latitudeSign, v->degreesLatitude, v->degreesLongitude);
	} else if (elm->type == &asn_DEF_LPP_Ellipsoid_PointWithUncertaintyCircle) {
		const LPP_Ellipsoid_PointWithUncertaintyCircle_t *v = mp;

		n = gad_point(o, 1, v->latitudeSign, v->degreesLatitude, v->degreesLongitude);
		o[n++] = (uint8_t)(v->uncertainty & 0x7f);
	} else if (elm->type == &asn_DEF_LPP_EllipsoidPointWithAltitude) {
		const LPP_EllipsoidPointWithAltitude_t *v = mp;

		n = gad_point(o, 8, v->latitudeSign, v->degreesLatitude, v->degreesLongitude);
		o[n++] = (uint8_t)((v->altitudeDirection ? 0x80 : 0) | ((v->altitude >> 8) & 0x7f));
		o[n++] = (uint8_t)v->altitude;
	} else {
		return 0;
	}
	emit_shape(e, elm->type, mp, o, n);
	return 1;
}

/* X.691 10.1.3 / 11.1: a complete encoding; what follows its padding octet is reported
 * (tk_emit_uper, rrc.c, bounds asn1c's stack and frees the value) */
void tk_emit_lpp(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_uper(e, &asn_DEF_LPP_LPP_Message, p, n, 0, lpp_member);
}
