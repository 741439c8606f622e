/*
 * RRC (3GPP TS 25.331) as MAP carries it at second hand: inside the RANAP and BSSMAP
 * messages of AN-APDU during inter-MSC relocation and handover (TS 29.010).  RRC is ASN.1 in
 * the UNALIGNED variant of PER (TS 25.331 clause 12, ITU-T X.691); the decoder is the one
 * asn1c generates from the standard's modules in asn1/rrc/, and the value is walked by the
 * same printer as MAP and CAP values.
 *
 * tk_emit_rrc emits ONE object: "type" (the TS 25.331 type name), "value" (SEQUENCEs as
 * objects keyed by the standard's identifiers, CHOICEs as one-key objects, enumerations by
 * name, BIT STRINGs as {"set", "length", "hex"}), "hex" (the raw octets) and, when the octets
 * are not a complete encoding of the type, "error": {"offset": N, "reason": "..."} with
 * the octet where decoding stopped (no "value" then: a PER decoder that failed leaves
 * nothing it could vouch for).  Containers inside the value are decoded the same way where
 * the standard says what they contain: BIT/OCTET STRINGs (CONTAINING T), the octet strings
 * whose comments name their content (InterRATHandoverInfo, UE-RadioAccessCapabilityInfo,
 * DL-DCCH-Message), NAS messages (TS 24.008, codec/dtap.c) and the GSM classmarks (TS 24.008,
 * codec/classmark.c and codec/csn1.c).  Nothing is read outside p[0..n-1].
 */
#ifndef TK_RRC_H
#define TK_RRC_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"

enum tk_rrc_type {
	/* 11.5 Internode-definitions: RANAP RRC-Container, source to target RNC */
	TK_RRC_TO_TARGET_RNC_CONTAINER,
	/* 11.5: RANAP RRC-Container, target to source RNC */
	TK_RRC_TARGET_RNC_TO_SOURCE_RNC_CONTAINER,
	/* 11.2 PDU-definitions: INTER RAT HANDOVER INFO (BSSMAP, TS 48.008 3.2.2.x) */
	TK_RRC_INTER_RAT_HANDOVER_INFO,
	/* 11.2: HANDOVER TO UTRAN COMMAND (BSSMAP Layer 3 Information of an intersystem
	 * handover) */
	TK_RRC_HANDOVER_TO_UTRAN_COMMAND,
	/* 11.1 Class-definitions: a downlink DCCH message */
	TK_RRC_DL_DCCH_MESSAGE,
	/* 11.3: UE-RadioAccessCapabilityInfo (InterRATHandoverInfo's ue-CapabilityContainer) */
	TK_RRC_UE_RADIO_ACCESS_CAPABILITY_INFO,
	TK_RRC_TYPE_COUNT
};

void tk_emit_rrc(struct tk_emitter *e, enum tk_rrc_type t, const uint8_t *p, size_t n);

/* the TS 25.331 name of t ("ToTargetRNC-Container"), NULL when t is out of range */
const char *tk_rrc_type_name(enum tk_rrc_type t);

/*
 * For rrc.c and lte_rrc.c: ONE object ("type", "value", "hex", "error") for a value of the
 * asn1c type td in the UNALIGNED PER bits of p[0..n) less unused_bits at the end, walked by
 * the printer with hook for the members that hold containers.
 */
void tk_emit_uper(struct tk_emitter *e, const struct asn_TYPE_descriptor_s *td, const uint8_t *p,
		  size_t n, int unused_bits, tk_member_hook hook);

#endif
