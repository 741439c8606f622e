#!/usr/bin/env python3
"""asn1c-fixes: tcapkit's own fixes to asn1c 0.9.28's support (skeleton) files, applied
to the copies asn1c puts in the build tree.  The installed files are never touched.

Each fix replaces an exact piece of the original text; if the text is not found (another
asn1c version), the build stops and says so rather than building unfixed code.

1. ber_tlv_length.c, ber_fetch_length(): the long-form length loop computes
   `len = (len << 8) | *buf` on a signed ssize_t and only then checks for overflow.
   With a long enough length field the shift overflows, which is undefined behaviour
   (UBSan reports it within seconds of fuzzing).  Our version checks before shifting
   that eight more bits still fit, and rejects the length otherwise, as the original
   intended to.
2. INTEGER.c, asn_INTEGER2long(): the conversion loop shifts a long that is -1 for a
   negative INTEGER (`l = (l << 8) | *b`); left-shifting a negative value is undefined
   behaviour (UBSan: "left shift of negative value -1" on a corrupted ENUMERATED).  Ours
   shifts an unsigned long and converts once at the end.
3. OCTET_STRING.c, BIT STRING decoding: the initial octet (number of unused bits) is
   used as a shift count without a check; a corrupted value such as 96 is undefined
   behaviour.  X.690 8.6.2.2 allows 0 to 7: ours rejects anything else as a decoding
   failure.
4. per_decoder.c, uper_decode(): on a failure the number of bits consumed is set to 0
   ("PER codec is not restartable"), which loses where the encoding went wrong.  Ours
   returns the bits read until then (pd.moved), so that an error can name the offset; on
   success nothing changes.  Only tcapkit's RRC decoder (codec/rrc.c) calls it.
5. constr_CHOICE.c, CHOICE_decode_ber(): after a tagged CHOICE of indefinite length, the
   loop that reads the end-of-contents octets neither advances nor fails when a 00 octet is
   followed by a non-zero one, and spins for ever (a hang found by fuzz_tcap on a corrupted
   CAP playAnnouncement: informationToSend [0] of indefinite length ending in 00 01).  Ours
   fails there: 00 xx with xx != 00 is not an end-of-contents.
6. per_support.c, per_get_few_bits(): four octets are combined as `buf[0] << 24`, an int
   shift into the sign bit when the octet is 0x80 or more, and a 7-bit field read beyond
   24 bits is shifted the same way; both are undefined behaviour (UBSan, "left shift of 160
   by 24 places", within seconds of fuzzing the RRC decoder).  Ours shifts uint32_t values.
7. converter-sample.c (a main() for asn1c's sample program) and Makefile.am.sample are
   removed: they are not part of the library.
8. per_opentype.c, uper_open_type_get_complex(): a chunk of length 0 (an empty open type,
   which a corrupted length can announce) is read into `buf + bufLen` while buf is still
   NULL, pointer arithmetic on a null pointer that is undefined behaviour (UBSan, "applying
   zero offset to null pointer", found by fuzz_inner and fuzz_rrc on a corrupted LTE RRC
   HandoverCommand).  Ours reads nothing for an empty chunk.
9. constr_SEQUENCE.c, constr_CHOICE.c, constr_SET_OF.c, per_opentype.c: a member's PER
   decoder is called without a check that the member's type has one; ANY has none in asn1c
   0.9.28 (uper_decoder 0), so unaligned-PER bytes that reach the extType ANY of RRLP's
   PrivateExtension (MAP-ExtensionDataTypes, imported by RRLP) called a null function pointer
   (SEGV, found by fuzz_inner on a corrupted RRLP message).  uper_decode() itself checks its
   top type; ours fails the member's decoding the same way.

With --rrc RRC-DIR GENERATED-C-DIR, the fixes to asn1c's output for the RRC modules (TS 25.331),
after the support files that GENERATED-C-DIR already has are removed from RRC-DIR:
10. MultiplePLMNsOfInterFreqCellsList and MultiplePLMNsOfIntraFreqCellsList both contain a
   component multiplePLMN-list that is a SEQUENCE OF, and -fcompound-names does not reach
   the struct declared inside a SEQUENCE OF member: both headers declare
   `struct multiplePLMN_list`, so a file that includes both (PLMNIdentitiesOfNeighbourCells-
   v860ext.c) does not compile.  The struct of the inter-frequency list is renamed in its
   two files (the member keeps its name; the descriptors are static).

With --lte-rrc LTE-RRC-DIR GENERATED-C-DIR RRC-DIR, the same for the LTE RRC modules (TS
36.331): the support files the two other runs have are removed; asn1c's output needs no fix.

With --nr-rrc NR-RRC-DIR GENERATED-C-DIR RRC-DIR LTE-RRC-DIR, the same for the NR RRC module
(TS 38.331): the support files the three other runs have are removed; no fix is needed.
"""
import os
import sys

FIXES = [
    ("OCTET_STRING.c",
     """	if(type_variant == ASN_OSUBV_BIT && st->size) {
		/* Finalize BIT STRING: zero out unused bits. */
		st->buf[st->size-1] &= 0xff << st->bits_unused;
	}""",
     """	if(type_variant == ASN_OSUBV_BIT && st->size) {
		/* tcapkit fix: X.690 8.6.2.2 allows 0 to 7 unused bits */
		if(st->bits_unused < 0 || st->bits_unused > 7)
			RETURN(RC_FAIL);
		/* Finalize BIT STRING: zero out unused bits. */
		st->buf[st->size-1] &= 0xff << st->bits_unused;
	}"""),
    ("INTEGER.c",
     """	/* Conversion engine */
	for(; b < end; b++)
		l = (l << 8) | *b;
""",
     """	/* Conversion engine */
	{
		/* tcapkit fix: shift an unsigned value (shifting a negative long is UB) */
		unsigned long ul = (unsigned long)l;
		for(; b < end; b++)
			ul = (ul << 8) | *b;
		l = (long)ul;
	}
"""),
    ("per_decoder.c",
     """	} else {
		/* PER codec is not a restartable */
		rval.consumed = 0;
	}""",
     """	} else {
		/* tcapkit fix: the bits read before the failure, for the error's offset
		 * (PER decoding is still not restartable) */
		rval.consumed = pd.moved;
	}"""),
    ("constr_CHOICE.c",
     """			} else {
				ASN_DEBUG("Unexpected continuation in %s",
					td->name);
				RETURN(RC_FAIL);
			}

			/* UNREACHABLE */""",
     """			} else {
				ASN_DEBUG("Unexpected continuation in %s",
					td->name);
				RETURN(RC_FAIL);
			}

			/* tcapkit fix: 00 then a non-zero octet is no end-of-contents; the
			 * original fell through here and looped for ever */
			RETURN(RC_FAIL);"""),
    ("per_support.c",
     """		accum = ((buf[0] << 24) + (buf[1] << 16)
			+ (buf[2] << 8) + (buf[3])) >> (32 - off);""",
     """		/* tcapkit fix: unsigned shifts (an octet >= 0x80 << 24 overflows int) */
		accum = (((uint32_t)buf[0] << 24) + ((uint32_t)buf[1] << 16)
			+ ((uint32_t)buf[2] << 8) + (uint32_t)buf[3]) >> (32 - off);"""),
    ("per_support.c",
     """		accum  = per_get_few_bits(&tpd, nbits - 24) << 24;""",
     """		accum  = (uint32_t)per_get_few_bits(&tpd, nbits - 24) << 24;	/* tcapkit fix */"""),
    ("per_opentype.c",
     """		if(per_get_many_bits(pd, buf + bufLen, 0, chunk_bytes << 3)) {""",
     """		/* tcapkit fix: an empty chunk reads nothing (buf may still be NULL) */
		if(chunk_bytes && per_get_many_bits(pd, buf + bufLen, 0, chunk_bytes << 3)) {"""),
    ("ber_tlv_length.c",
     """			len = (len << 8) | *buf;
			if(len < 0
			|| (len >> ((8 * sizeof(len)) - 8) && oct > 1)) {
				/*
				 * Too large length value.
				 */
				return -1;
			}
""",
     """			/* tcapkit fix: test before shifting (signed overflow is UB) */
			if(len > (ber_tlv_len_t)((~(size_t)0) >> 9)) {	/* SSIZE_MAX >> 8 */
				/*
				 * Too large length value.
				 */
				return -1;
			}
			len = (len << 8) | *buf;
"""),
    ("constr_SEQUENCE.c",
     """		rv = elm->type->uper_decoder(opt_codec_ctx, elm->type,
			elm->per_constraints, memb_ptr2, pd);""",
     """		/* tcapkit fix: a member type without a PER decoder (ANY) fails the decoding */
		if(!elm->type->uper_decoder) { rv.code = RC_FAIL; rv.consumed = 0; } else
		rv = elm->type->uper_decoder(opt_codec_ctx, elm->type,
			elm->per_constraints, memb_ptr2, pd);"""),
    ("constr_CHOICE.c",
     """		rv = elm->type->uper_decoder(opt_codec_ctx, elm->type,
			elm->per_constraints, memb_ptr2, pd);""",
     """		/* tcapkit fix: a member type without a PER decoder (ANY) fails the decoding */
		if(!elm->type->uper_decoder) { rv.code = RC_FAIL; rv.consumed = 0; } else
		rv = elm->type->uper_decoder(opt_codec_ctx, elm->type,
			elm->per_constraints, memb_ptr2, pd);"""),
    ("constr_SET_OF.c",
     """			rv = elm->type->uper_decoder(opt_codec_ctx, elm->type,
				elm->per_constraints, &ptr, pd);""",
     """			/* tcapkit fix: an element type without a PER decoder (ANY) fails */
			if(!elm->type->uper_decoder) { rv.code = RC_FAIL; rv.consumed = 0; } else
			rv = elm->type->uper_decoder(opt_codec_ctx, elm->type,
				elm->per_constraints, &ptr, pd);"""),
    ("per_opentype.c",
     """	rv = td->uper_decoder(ctx, td, constraints, sptr, &spd);""",
     """	/* tcapkit fix: a type without a PER decoder (ANY) fails the decoding */
	if(!td->uper_decoder) { rv.code = RC_FAIL; rv.consumed = 0; } else
	rv = td->uper_decoder(ctx, td, constraints, sptr, &spd);"""),
    ("per_opentype.c",
     """	rv = td->uper_decoder(ctx, td, constraints, sptr, pd);""",
     """	/* tcapkit fix: a type without a PER decoder (ANY) fails the decoding */
	if(!td->uper_decoder) { rv.code = RC_FAIL; rv.consumed = 0; } else
	rv = td->uper_decoder(ctx, td, constraints, sptr, pd);"""),

]


RRC_FIXES = [
    # (file, old, new): every occurrence is replaced, and there must be one
    ("MultiplePLMNsOfInterFreqCellsList.h", "struct multiplePLMN_list {",
     "struct MultiplePLMNsOfInterFreqCellsList__multiplePLMN_list {"),
    ("MultiplePLMNsOfInterFreqCellsList.c", "(struct multiplePLMN_list",
     "(struct MultiplePLMNsOfInterFreqCellsList__multiplePLMN_list"),
]


def replace_in(path, old, new, count, readfrom=None):
    """replace old by new in path (read from readfrom if given); 1 if old is not there"""
    with open(readfrom or path) as f:
        text = f.read()
    if old not in text:
        print("asn1c-fixes: %s does not contain the expected text; "
              "this asn1c is not 0.9.28?" % os.path.basename(path), file=sys.stderr)
        return 1
    with open(path, "w") as f:
        f.write(text.replace(old, new, count))
    return 0


def remove_samples(outdir):
    for fn in ("converter-sample.c", "Makefile.am.sample"):
        p = os.path.join(outdir, fn)
        if os.path.lexists(p):
            os.unlink(p)


def fix_rrc(outdir, havedirs, fixes):
    # asn1c copies the support files the RRC types use; those an earlier run already put in
    # one of havedirs (the MAP/CAP run's with the fixes above) are removed here so that each
    # is built once, from the fixed copy.  What stays is what only this run uses.
    for fn in sorted(os.listdir(outdir)):
        if any(os.path.lexists(os.path.join(d, fn)) for d in havedirs):
            os.unlink(os.path.join(outdir, fn))
    remove_samples(outdir)
    for fn, old, new in fixes:
        if replace_in(os.path.join(outdir, fn), old, new, -1):
            return 1
    return 0


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--rrc":
        return fix_rrc(sys.argv[2], sys.argv[3:], RRC_FIXES)
    if len(sys.argv) == 5 and sys.argv[1] == "--lte-rrc":
        return fix_rrc(sys.argv[2], sys.argv[3:], [])
    if len(sys.argv) == 6 and sys.argv[1] == "--nr-rrc":
        return fix_rrc(sys.argv[2], sys.argv[3:], [])
    if len(sys.argv) != 3:
        print("usage: asn1c-fixes.py GENERATED-C-DIR SKELETON-DIR | --rrc RRC-DIR GENERATED-C-DIR"
              " | --lte-rrc LTE-RRC-DIR GENERATED-C-DIR RRC-DIR"
              " | --nr-rrc NR-RRC-DIR GENERATED-C-DIR RRC-DIR LTE-RRC-DIR", file=sys.stderr)
        return 2
    outdir = sys.argv[1]
    for fn, old, new in FIXES:
        path = os.path.join(outdir, fn)
        readfrom = None
        if os.path.islink(path):
            os.unlink(path)         # asn1c may symlink skeletons: patch a private copy
            readfrom = os.path.join(sys.argv[2], fn)
        if replace_in(path, old, new, 1, readfrom):
            return 1
    remove_samples(outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
