/*
 * NR RRC (TS 38.331) UE capabilities: unaligned PER decoded by the asn1c code generated from
 * asn1/nr-rrc/ (see asn1/nr-rrc/PROVENANCE.md), walked by print_value.c with a member hook
 * that follows the OCTET STRING (CONTAINING T) members of the capability types.  The
 * generated types carry the prefix NR- (tools/asn1-prefix.py); tk_emit_uper (rrc.c) shows
 * the standard's names.
 */
#include <stddef.h>
#include <string.h>

#include <asn_application.h>
#include <OCTET_STRING.h>

#include <NR-UE-NR-Capability.h>
#include <NR-UE-MRDC-Capability.h>
/* the types that OCTET STRING (CONTAINING T) members of the capabilities hold */
#include <NR-UE-NR-Capability-v15c0.h>
#include <NR-UE-MRDC-Capability-v15g0.h>
#include <NR-UECapabilityEnquiry-v1560-IEs.h>

#include "inner.h"
#include "nr_rrc.h"
#include "rrc.h"
#include "typeinfo.h"

static asn_TYPE_descriptor_t *const nr_rrc_types[TK_NR_RRC_TYPE_COUNT] = {
	[TK_NR_RRC_UE_NR_CAPABILITY] = &asn_DEF_NR_UE_NR_Capability,
	[TK_NR_RRC_UE_MRDC_CAPABILITY] = &asn_DEF_NR_UE_MRDC_Capability,
};

/*
 * The members declared OCTET STRING (CONTAINING T) that the two capability types reach
 * (6.3.3: UE-MRDC-Capability, UE-NR-Capability and their non-critical extensions), by the
 * type that has the member and the member's name.  None of the contained types has such a
 * member of its own, so the nesting ends there.  The other 22 CONTAINING members of the
 * module are in messages and configurations that the capabilities do not reach.
 */
static const struct {
	const char *parent;
	const char *member;
	asn_TYPE_descriptor_t *type;
} containing[] = {
	{ "NR-UE-NR-Capability", "lateNonCriticalExtension", &asn_DEF_NR_UE_NR_Capability_v15c0 },
	{ "NR-UE-NR-Capability-v1560", "receivedFilters",
	  &asn_DEF_NR_UECapabilityEnquiry_v1560_IEs },
	{ "NR-UE-MRDC-Capability", "lateNonCriticalExtension",
	  &asn_DEF_NR_UE_MRDC_Capability_v15g0 },
	{ "NR-UE-MRDC-Capability-v1560", "receivedFilters",
	  &asn_DEF_NR_UECapabilityEnquiry_v1560_IEs },
};

static int nr_rrc_member(struct tk_emitter *e, const asn_TYPE_descriptor_t *parent,
			 const asn_TYPE_member_t *elm, const void *mp)
{
	size_t i;

	if (tk_td_kind(elm->type) != TK_KIND_OCTET_STRING)
		return 0;
	for (i = 0; i < sizeof(containing) / sizeof(containing[0]); i++)
		if (strcmp(elm->name, containing[i].member) == 0 &&
		    strcmp(parent->name, containing[i].parent) == 0) {
			const OCTET_STRING_t *os = mp;

			tk_emit_uper(e, containing[i].type, os->buf, (size_t)os->size, 0,
				     nr_rrc_member);
			return 1;
		}
	return 0;
}

const char *tk_nr_rrc_type_name(enum tk_nr_rrc_type t)
{
	if ((unsigned)t >= TK_NR_RRC_TYPE_COUNT)
		return NULL;
	return nr_rrc_types[t]->name + 3;	/* without the NR- prefix */
}

void tk_emit_nr_rrc(struct tk_emitter *e, enum tk_nr_rrc_type t, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	if ((unsigned)t >= TK_NR_RRC_TYPE_COUNT) {
		n = tk_inner_start(e, &er, p, n);
		tk_inner_fail(&er, 0, "not an NR RRC type tcapkit knows");
		tk_inner_finish(e, p, n, &er);
		return;
	}
	tk_emit_uper(e, nr_rrc_types[t], p, n, 0, nr_rrc_member);
}
