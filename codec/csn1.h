/*
 * Values of TS 24.008 coded in CSN.1 (the bit-string notation whose use TS 24.007 sets
 * out: fields follow each other with no octet alignment, each read from the most
 * significant bit of each octet), and a bounds-checked bit reader for them.
 */
#ifndef TK_CSN1_H
#define TK_CSN1_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"

/* a window of bits [pos, end) over octets; bit 0 is bit 8 of the first octet */
struct tk_csn1 {
	const uint8_t *p;
	size_t pos;
	size_t end;
};

/* the n octets at p (p may be NULL when n is 0) */
void tk_csn1_init(struct tk_csn1 *b, const uint8_t *p, size_t n);
size_t tk_csn1_left(const struct tk_csn1 *b);
/* read width (0..32) bits into *v and advance; -1 (nothing read) when fewer are left */
int tk_csn1_get(struct tk_csn1 *b, unsigned width, uint32_t *v);
/* 1 when every bit left is 0 (or none is left) */
int tk_csn1_rest_zero(const struct tk_csn1 *b);
/* the next len bits as a window of their own, advancing b past them; -1 when fewer are left */
int tk_csn1_sub(struct tk_csn1 *b, size_t len, struct tk_csn1 *sub);

/*
 * Mobile Station Classmark 3 value part (TS 24.008 10.5.1.7), the BSSMAP Classmark
 * Information Type 3 (TS 48.008 3.2.2.20) and the DTAP CLASSMARK CHANGE IE: one key per
 * field of the CSN.1 up to Release 13 (TS 24.008 v13.9.0), in the standard's order
 * ("multibandSupported", "a57Available" .. "a54Available", "associatedRadioCapability1",
 * "hscsdMultiSlotClass", "msPositioningMethod", "eightPskStruct", ... "extendedEarfcnValueRange").
 * The value may end after any field: the fields after it are absent, which is not an error.
 */
void tk_emit_ms_classmark3(struct tk_emitter *e, const uint8_t *p, size_t n);

/*
 * MSRadioAccessCapability (TS 29.002; the TS 24.008 10.5.5.12a MS Radio Access capability
 * value part): "accessTechnologies", one object per Access capabilities struct (its
 * "accessTechnologyType", "lengthBits" and the Content fields up to Release 13) or per
 * list of additional access technologies ("additionalAccessTechnologies" with each
 * technology's GMSK and 8-PSK power class).  Each struct is read within its length, so a
 * later release's fields are skipped.
 */
void tk_emit_ms_radio_access_capability(struct tk_emitter *e, const uint8_t *p, size_t n);

#endif
