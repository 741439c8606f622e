/*
 * The parameter format the SIGTRAN adaptation layers share (M3UA RFC 4666 3.2, M2UA
 * RFC 3331 3.2, SUA RFC 3868 3.1.5): 16-bit tag, 16-bit length including the 4-octet
 * header, value padded to a multiple of 4 octets.
 */
#include "sigtran.h"

int tk_sigtran_next_param(const uint8_t *p, size_t end, size_t base, size_t *pos, unsigned *tag, size_t *voff,
			  size_t *vlen, enum tk_layer layer, const char *proto, struct tk_error *e)
{
	size_t len;

	if (*pos >= end)
		return 0;
	if (*pos + 4 > end) {
		tk_error_set(e, TK_ERR_TRUNCATED, layer, base + *pos,
			     "%s: %zu octets where a parameter header is expected", proto, end - *pos);
		return -1;
	}
	*tag = tk_be16(p + *pos);
	len = tk_be16(p + *pos + 2);
	if (len < 4) {
		tk_error_set(e, TK_ERR_BER, layer, base + *pos, "%s: parameter 0x%04x with length %zu", proto,
			     *tag, len);
		return -1;
	}
	if (*pos + len > end) {
		tk_error_set(e, TK_ERR_TRUNCATED, layer, base + *pos,
			     "%s: parameter 0x%04x of %zu octets runs past the end", proto, *tag, len);
		return -1;
	}
	*voff = *pos + 4;
	*vlen = len - 4;
	/* the padding of the last parameter may be missing */
	*pos += (len + 3) & ~(size_t)3;
	if (*pos > end)
		*pos = end;
	return 1;
}
