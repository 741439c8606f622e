/*
 * NR RRC (3GPP TS 38.331) as SS7 signalling carries it at third hand: the UE capabilities
 * that a UE-CapabilityRAT-Container of LTE RRC (lte_rrc.c) holds for the RAT types nr and
 * eutra-nr, inside the same handover containers.  NR RRC is ASN.1 in the UNALIGNED variant of
 * PER (TS 38.331 clause 8); the decoder is the one asn1c generates from the standard's module
 * in asn1/nr-rrc/ (with the type prefix NR- of tools/asn1-prefix.py), walked by the same
 * printer as RRC and LTE RRC values.
 *
 * tk_emit_nr_rrc emits ONE object, as tk_emit_lte_rrc does: "type" (the TS 38.331 name),
 * "value", "hex" and, when the octets are not a complete encoding, "error" with the octet
 * where decoding stopped.  Inside the value, the OCTET STRINGs declared (CONTAINING T) are
 * decoded as T.  Nothing is read outside p[0..n-1].
 */
#ifndef TK_NR_RRC_H
#define TK_NR_RRC_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"

enum tk_nr_rrc_type {
	/* 6.3.3 UE-NR-Capability: the rat-Type nr container of a TS 36.331 / TS 38.331
	 * UE-CapabilityRAT-Container */
	TK_NR_RRC_UE_NR_CAPABILITY,
	/* 6.3.3 UE-MRDC-Capability: the rat-Type eutra-nr container */
	TK_NR_RRC_UE_MRDC_CAPABILITY,
	TK_NR_RRC_TYPE_COUNT
};

void tk_emit_nr_rrc(struct tk_emitter *e, enum tk_nr_rrc_type t, const uint8_t *p, size_t n);

/* the TS 38.331 name of t ("UE-NR-Capability"), NULL when t is out of range */
const char *tk_nr_rrc_type_name(enum tk_nr_rrc_type t);

#endif
