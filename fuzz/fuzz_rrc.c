/*
 * libFuzzer target for the RRC containers (codec/rrc.c, codec/lte_rrc.c): asn1c's unaligned
 * PER decoders of TS 25.331 and TS 36.331, generated from asn1/rrc/ and asn1/lte-rrc/, and
 * the containers followed inside the values.  fuzz_inner reaches the same code as one
 * decoder among many; this target gives the generated code (some 6,700 types) all of the
 * fuzzing time.  The first byte picks the type (the UMTS ones, then the LTE ones); the rest
 * is its input, emitted as JSON.
 */
#include <stddef.h>
#include <stdint.h>

#include "outbuf.h"
#include "print.h"
#include "lte_rrc.h"
#include "rrc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tk_outbuf ob;
	struct tk_emitter em;

	if (size < 1)
		return 0;
	tk_outbuf_init(&ob);
	tk_emitter_json(&em, &ob);
	if (data[0] % (TK_RRC_TYPE_COUNT + TK_LTE_RRC_TYPE_COUNT) < TK_RRC_TYPE_COUNT)
		tk_emit_rrc(&em, (enum tk_rrc_type)(data[0] % TK_RRC_TYPE_COUNT), data + 1, size - 1);
	else
		tk_emit_lte_rrc(&em, (enum tk_lte_rrc_type)((data[0] % (TK_RRC_TYPE_COUNT +
			TK_LTE_RRC_TYPE_COUNT)) - TK_RRC_TYPE_COUNT), data + 1, size - 1);
	if (em.depth != 0)
		__builtin_trap();	/* one balanced value */
	tk_outbuf_free(&ob);
	return 0;
}
