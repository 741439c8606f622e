/*
 * TS 44.018 frequency lists (10.5.2.13 Frequency List, 10.5.2.14 Frequency Short List,
 * 10.5.2.1b Cell Channel Description), 10.5.2.21 Mobile Allocation, 10.5.2.12 Frequency
 * Channel Sequence and 10.5.2.21b Multislot Allocation: the elements an MSC relays in the RR
 * HANDOVER COMMAND and ASSIGNMENT COMMAND.
 *
 * The three lists share their formats (10.5.2.13.1): the format identifier is bits 8-7 of
 * the first value octet and, when those are 10, bits 4-2 of it.  Bit map 0 is a bit per
 * ARFCN 1..124; the variable bit map a bit per ARFCN after an origin; the range formats
 * carry W(1), W(2), ... of decreasing width, a binary tree from which the algorithm of
 * 10.5.2.13.3-6 (and Annex J.5, which gives it as a program) rebuilds the ARFCNs.  The
 * ARFCNs are emitted in ascending order: the order in which the range formats produce them
 * carries no meaning (Annex J.1).
 */
#include <string.h>

#include "freqlist.h"
#include "inner.h"
#include "names.h"
#include "print.h"

#define N_ARFCN 1024

/* k bits from bit `bit` of p (bit 0 is bit 8 of p[0]); the caller checks they are there */
static unsigned get_bits(const uint8_t *p, size_t bit, unsigned k)
{
	unsigned v = 0;

	for (; k; k--, bit++)
		v = v << 1 | ((p[bit / 8] >> (7 - bit % 8)) & 1);
	return v;
}

/* the greatest power of 2 lesser or equal to i (i >= 1), as Annex J.5 names it */
static unsigned gp2(unsigned i)
{
	unsigned j = 1;

	while (j <= i / 2)
		j *= 2;
	return j;
}

static unsigned log2_floor(unsigned i)
{
	unsigned k = 0;

	while (i >>= 1)
		k++;
	return k;
}

/* the set as "arfcns": [ascending] */
static void emit_arfcns(struct tk_emitter *e, const uint8_t *set)
{
	unsigned i;

	tk_emit_key(e, "arfcns");
	tk_emit_open(e, 1);
	for (i = 0; i < N_ARFCN; i++)
		if (set[i])
			tk_emit_long(e, i);
	tk_emit_close(e, 1);
}

/* ---- the formats of 10.5.2.13 ------------------------------------------------------------- */

/* bit map 0 (10.5.2.13.2): octet 3 bits 4-1 are ARFCN 124..121, then 8 ARFCNs an octet down
 * to ARFCN 1 in bit 1 of octet 18; 16 octets in all */
static void bit_map_0(const uint8_t *p, size_t n, uint8_t *set)
{
	unsigned arfcn;

	for (arfcn = 1; arfcn <= 124; arfcn++) {
		size_t k = 15 - (arfcn - 1) / 8;

		if (k < n && (p[k] >> ((arfcn - 1) % 8) & 1))
			set[arfcn] = 1;
	}
}

/*
 * F(k) of Annex J.5 for the original range r (1023, 511, 255 or 127): the walk from node k
 * of the tree up to the root, each step folding the parent's W into the value (10.5.2.13.3:
 * F2 = (W(1) - 512 + W(2) - 1) mod 1023 + 1, F3 = (W(1) + W(3) - 1) mod 1023 + 1, ...).
 * w[1..k] are all non-zero.  The result is in 1..r.
 */
static unsigned range_f(const uint16_t *w, unsigned k, unsigned r)
{
	unsigned index = k, range = r / gp2(k), j;
	unsigned long v = w[k] - 1;

	while (index > 1) {
		range = 2 * range + 1;
		j = gp2(index);
		if (2 * index < 3 * j) {	/* a left child */
			index -= j / 2;
			v = (v + w[index] - 1 + (range - 1) / 2 + 1) % range;
		} else {			/* a right child */
			index -= j;
			v = (v + w[index] - 1 + 1) % range;
		}
	}
	return (unsigned)v + 1;
}

/* range_f for the lists coded as the range formats outside this file (TS 44.018 9.1.54's UTRAN
 * FDD / TDD cell information: ranges 1023 and 511) */
unsigned tk_range_f(const uint16_t *w, unsigned k, unsigned r)
{
	return range_f(w, k, r);
}

/*
 * The range formats (10.5.2.13.3-6).  Range 1024: F0 (octet 3 bit 3: ARFCN 0 is in the set),
 * W(1) from octet 3 bit 2.  The others: ORIG-ARFCN (10 bits from octet 3 bit 1, itself in the
 * set), W(1) from octet 5 bit 7, and each ARFCN is ORIG-ARFCN + F(k) modulo 1024.  W(i) has
 * w1bits - floor(log2 i) bits; a W of 0 ends the list (the following ones are 0 too); bits
 * too few for the next W are padding.
 */
static void range_format(struct tk_emitter *e, const uint8_t *p, size_t n, struct tk_inner_err *er,
			 unsigned r, uint8_t *set)
{
	uint16_t w[N_ARFCN];
	unsigned w1bits = log2_floor(r + 1), orig = 0, i, k = 0, width;
	size_t bit, nbits = n * 8;
	int ended = 0;

	if (r == 1023) {
		tk_emit_kv_bool(e, "f0", p[0] & 0x04);
		if (p[0] & 0x04)
			set[0] = 1;
		bit = 6;
	} else {
		if (n < 3) {
			tk_inner_fail(er, n, "truncated: the ORIG-ARFCN of the range %u format ends "
				      "in octet 5, %zu octets present", r + 1, n);
			return;
		}
		orig = get_bits(p, 7, 10);
		tk_emit_kv_long(e, "origArfcn", orig);
		set[orig] = 1;
		bit = 17;
	}
	if (bit + w1bits > nbits)
		tk_inner_fail(er, n, "truncated: W(1) of the range %u format does not fit %zu octets",
			      r + 1, n);
	tk_emit_key(e, "w");
	tk_emit_open(e, 1);
	for (i = 1; i < N_ARFCN; i++) {
		unsigned v;

		width = w1bits - log2_floor(i);
		if (width == 0 || bit + width > nbits)
			break;
		v = get_bits(p, bit, width);
		if (ended && v != 0)
			tk_inner_fail(er, bit / 8, "W(%u) is %u after a W of 0 ended the list", i, v);
		bit += width;
		if (v == 0)
			ended = 1;
		if (ended)
			continue;
		w[i] = (uint16_t)v;
		k = i;
		tk_emit_long(e, v);
	}
	tk_emit_close(e, 1);
	for (i = 1; i <= k; i++) {
		unsigned a = (orig + range_f(w, i, r)) % N_ARFCN;

		if (set[a])
			tk_inner_fail(er, 0, "W(%u) gives ARFCN %u a second time", i, a);
		set[a] = 1;
	}
}

/* variable bit map (10.5.2.13.7): ORIG-ARFCN, then RRFCN 1, 2, ... from octet 5 bit 7: bit
 * RRFCN N set puts ARFCN (ORIG-ARFCN + N) mod 1024 in the set */
static void variable_bit_map(struct tk_emitter *e, const uint8_t *p, size_t n,
			     struct tk_inner_err *er, uint8_t *set)
{
	unsigned orig;
	size_t bit;

	if (n < 3) {
		tk_inner_fail(er, n, "truncated: the ORIG-ARFCN of the variable bit map ends in "
			      "octet 5, %zu octets present", n);
		return;
	}
	orig = get_bits(p, 7, 10);
	tk_emit_kv_long(e, "origArfcn", orig);
	set[orig] = 1;
	for (bit = 17; bit < n * 8; bit++)
		if (get_bits(p, bit, 1))
			set[(orig + bit - 16) % N_ARFCN] = 1;
}

enum list_kind { L_FREQ_LIST, L_SHORT_LIST, L_CELL_CHANNELS };

static void frequency_list(struct tk_emitter *e, const uint8_t *p, size_t n, enum list_kind kind)
{
	static const char *const range_names[4] = { "range 512", "range 256", "range 128",
						    "variable bit map" };
	struct tk_inner_err er;
	uint8_t set[N_ARFCN];
	size_t fixed = kind == L_SHORT_LIST ? 9 : kind == L_CELL_CHANNELS ? 16 : 0;
	const char *what = kind == L_SHORT_LIST ? "a Frequency Short List" :
			   kind == L_CELL_CHANNELS ? "a Cell Channel Description" : "a Frequency List";

	n = tk_inner_start(e, &er, p, n);
	memset(set, 0, sizeof(set));
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: %s without its format octet", what);
		goto out;
	}
	if (fixed)
		tk_inner_fixed(&er, n, fixed, what);
	if ((p[0] & 0xc0) == 0x00) {
		tk_emit_kv_str(e, "format", "bit map 0");
		if (kind == L_SHORT_LIST) {
			/* 10.5.2.14: coded as the Frequency List, but not in bit map 0 */
			tk_inner_fail(&er, 0, "bit map 0 is not allowed in a Frequency Short List");
			goto out;
		}
		if (!fixed)
			tk_inner_fixed(&er, n, 16, "a bit map 0 Frequency List");
		bit_map_0(p, n, set);
	} else if ((p[0] & 0xc0) != 0x80) {
		tk_inner_fail(&er, 0, "format identifier %u%u (bits 8-7) is reserved", p[0] >> 7,
			      (p[0] >> 6) & 1);
		goto out;
	} else if ((p[0] & 0x08) == 0) {
		tk_emit_kv_str(e, "format", "range 1024");
		range_format(e, p, n, &er, 1023, set);
	} else {
		unsigned f = (p[0] >> 1) & 3;

		tk_emit_kv_str(e, "format", range_names[f]);
		if (f == 3)
			variable_bit_map(e, p, n, &er, set);
		else
			range_format(e, p, n, &er, 511u >> f, set);
	}
	emit_arfcns(e, set);
out:
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_frequency_list(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	frequency_list(e, p, n, L_FREQ_LIST);
}

void tk_emit_frequency_short_list(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	frequency_list(e, p, n, L_SHORT_LIST);
}

void tk_emit_cell_channel_description(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	frequency_list(e, p, n, L_CELL_CHANNELS);
}

/* ---- 10.5.2.21 Mobile Allocation ---------------------------------------------------------- */

/*
 * MA C 8*NF .. MA C 1, most significant first: MA C i (bit 1 of the last octet is MA C 1)
 * set means the i-th lowest ARFCN of the cell allocation (the Cell Channel Description the
 * cell broadcasts, or the one in the same message) is in the mobile allocation.
 */
void tk_emit_mobile_allocation(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: a Mobile Allocation has at least 1 octet, 0 present");
		goto out;
	}
	tk_emit_key(e, "cellAllocationPositions");
	tk_emit_open(e, 1);
	for (i = 0; i < n * 8; i++)
		if (p[n - 1 - i / 8] >> (i % 8) & 1)
			tk_emit_long(e, (long)i + 1);
	tk_emit_close(e, 1);
	tk_emit_kv_str(e, "note", "positions in the cell allocation (the cell's Cell Channel "
		       "Description, lowest ARFCN first), which this element does not carry");
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- 10.5.2.12 Frequency Channel Sequence ------------------------------------------------- */

/*
 * Octet 2 bits 7-1 the lowest ARFCN (bit 8 spare), then 16 increments of 4 bits (inc skip of
 * ARFCN 1 in octet 3 bits 8-5): an increment i > 0 gives the next ARFCN of the sequence, i
 * higher than the last one; 0 adds 15 without putting that ARFCN in the sequence.
 */
void tk_emit_frequency_channel_sequence(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	unsigned arfcn, i;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_fixed(&er, n, 9, "a Frequency Channel Sequence"))
		goto out;
	arfcn = p[0] & 0x7f;
	tk_emit_kv_long(e, "lowestArfcn", arfcn);
	tk_emit_key(e, "increments");
	tk_emit_open(e, 1);
	for (i = 0; i < 16; i++)
		tk_emit_long(e, (p[1 + i / 2] >> (i % 2 ? 0 : 4)) & 0x0f);
	tk_emit_close(e, 1);
	tk_emit_key(e, "arfcns");
	tk_emit_open(e, 1);
	tk_emit_long(e, arfcn);
	for (i = 0; i < 16; i++) {
		unsigned inc = (p[1 + i / 2] >> (i % 2 ? 0 : 4)) & 0x0f;

		arfcn += inc ? inc : 15;
		if (inc)
			tk_emit_long(e, arfcn);
	}
	tk_emit_close(e, 1);
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- 10.5.2.21b Multislot Allocation ------------------------------------------------------ */

/* the n of the bits 7-1 set (bit n is "DA n" / "UA n") */
static void emit_bit_numbers(struct tk_emitter *e, const char *key, uint8_t v)
{
	unsigned b;

	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (b = 1; b <= 7; b++)
		if (v >> (b - 1) & 1)
			tk_emit_long(e, b);
	tk_emit_close(e, 1);
}

/*
 * Octet 3: extension bit 8 (0: octet 3a follows, as TS 24.007 11.2.1.1.4 codes extension
 * bits; octet 3a's own is fixed 1), DA 7 .. DA 1, the downlink assignment; octet 3a: UA 7 ..
 * UA 1, the uplink assignment; then an octet for each channel set 1, 2, .. (at most 8).
 */
void tk_emit_multislot_allocation(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t off = 1, i;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_need(&er, n, 1, "a Multislot Allocation"))
		goto out;
	emit_bit_numbers(e, "da", p[0]);
	if (!(p[0] & 0x80)) {
		if (n < 2) {
			tk_inner_fail(&er, 1, "truncated: octet 3a (UA) is announced by the "
				      "extension bit, 0 octets follow");
			goto out;
		}
		emit_bit_numbers(e, "ua", p[1]);
		if (!(p[1] & 0x80))
			tk_inner_fail(&er, 1, "extension bit 8 of octet 3a is 0");
		off = 2;
	}
	tk_emit_key(e, "channelSets");
	tk_emit_open(e, 1);
	for (i = off; i < n && i < off + 8; i++)
		tk_emit_long(e, p[i]);
	tk_emit_close(e, 1);
	if (n > off + 8)
		tk_inner_fail(&er, off + 8, "%zu octets after 8 channel sets", n - off - 8);
out:
	tk_inner_finish(e, p, n, &er);
}
