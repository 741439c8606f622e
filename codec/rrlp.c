/*
 * RRLP (TS 44.031) PDUs: unaligned PER decoded by the asn1c code generated from asn1/rrlp/
 * (asn1/rrlp/PROVENANCE.md), walked by print_value.c with a member hook for the MAP types
 * RRLP imports, whose octets have a TS 23.032 structure.
 */
#include <stddef.h>
#include <stdint.h>

#include <asn_application.h>
#include <OCTET_STRING.h>

#include <RRLP-PDU.h>
#include <RRLP-Ext-GeographicalInformation.h>
#include <RRLP-BTSPosition.h>
#include <RRLP-VelocityEstimate.h>

#include "lcs.h"
#include "location.h"
#include "print.h"
#include "rrc.h"
#include "rrlp.h"

/*
 * Ext-GeographicalInformation (TS 29.002: a TS 23.032 shape; RRLP's posEstimate and
 * threeDLocation, and BTSPosition ::= Ext-GeographicalInformation) and VelocityEstimate (a TS
 * 23.032 velocity; Rel-7 velEstimate)
 */
static int rrlp_member(struct tk_emitter *e, const asn_TYPE_descriptor_t *parent,
		       const asn_TYPE_member_t *elm, const void *mp)
{
	const OCTET_STRING_t *os = mp;

	(void)parent;
	if (elm->type == &asn_DEF_RRLP_Ext_GeographicalInformation ||
	    elm->type == &asn_DEF_RRLP_BTSPosition) {
		tk_emit_geographical_info(e, os->buf, (size_t)os->size);
		return 1;
	}
	if (elm->type == &asn_DEF_RRLP_VelocityEstimate) {
		tk_emit_velocity_estimate(e, os->buf, (size_t)os->size);
		return 1;
	}
	return 0;
}

void tk_emit_rrlp(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_uper(e, &asn_DEF_RRLP_PDU, p, n, 0, rrlp_member);
}
