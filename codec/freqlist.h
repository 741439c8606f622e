/*
 * TS 44.018 frequency lists and allocations of the RR HANDOVER COMMAND and ASSIGNMENT
 * COMMAND (and of the BSSMAP containers that carry them): each emits one object with "hex"
 * and "error".
 */
#ifndef TK_FREQLIST_H
#define TK_FREQLIST_H

#include <stddef.h>
#include <stdint.h>

struct tk_emitter;

/*
 * TS 44.018 10.5.2.13 Frequency List, the value from octet 3: "format" (bit map 0, range
 * 1024/512/256/128, variable bit map), for the range formats "f0" (1024) or "origArfcn"
 * and "w" (the W(i) parameters as coded), for the variable bit map "origArfcn"; then
 * "arfcns", the ARFCNs of the list in ascending order (the range formats decoded by the
 * algorithm of TS 44.018 Annex J / 10.5.2.13.3-6).
 */
void tk_emit_frequency_list(struct tk_emitter *e, const uint8_t *p, size_t n);

/* TS 44.018 10.5.2.14 Frequency Short List (9 octets, any format but bit map 0) */
void tk_emit_frequency_short_list(struct tk_emitter *e, const uint8_t *p, size_t n);

/* TS 44.018 10.5.2.1b Cell Channel Description (16 octets): the cell allocation */
void tk_emit_cell_channel_description(struct tk_emitter *e, const uint8_t *p, size_t n);

/*
 * TS 44.018 10.5.2.21 Mobile Allocation from octet 3: "cellAllocationPositions", the
 * numbers i of the MA C i bits set (1 = the lowest ARFCN of the cell allocation), and a
 * "note" that the cell allocation they index is not in the element.
 */
void tk_emit_mobile_allocation(struct tk_emitter *e, const uint8_t *p, size_t n);

/* TS 44.018 10.5.2.12 Frequency Channel Sequence (9 octets): "lowestArfcn", "increments",
 * "arfcns" */
void tk_emit_frequency_channel_sequence(struct tk_emitter *e, const uint8_t *p, size_t n);

/* TS 44.018 10.5.2.21b Multislot Allocation from octet 3: "da" and "ua" (the DA n / UA n
 * bits set), "channelSets" (the octets of channel sets 1 ..) */
void tk_emit_multislot_allocation(struct tk_emitter *e, const uint8_t *p, size_t n);

/*
 * F(k) of TS 44.018 Annex J.5 for the original range r (1023, 511, 255 or 127): the value,
 * 1..r, that W(1..k) (all non-zero, k <= 1023) give node k of the range-coded tree.
 */
unsigned tk_range_f(const uint16_t *w, unsigned k, unsigned r);

#endif
