/* A growable output buffer with an upper bound, so that printing a hostile message
 * cannot take unbounded memory. */
#ifndef TK_OUTBUF_H
#define TK_OUTBUF_H

#include <stddef.h>

#define TK_OUTBUF_MAX (8u * 1024 * 1024)

struct tk_outbuf {
	char *buf;
	size_t len, cap;
	int overflow;		/* set when TK_OUTBUF_MAX was reached; output is cut */
};

void tk_outbuf_init(struct tk_outbuf *o);
void tk_outbuf_free(struct tk_outbuf *o);
void tk_outbuf_put(struct tk_outbuf *o, const char *s, size_t n);
void tk_outbuf_puts(struct tk_outbuf *o, const char *s);
void tk_outbuf_printf(struct tk_outbuf *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void tk_outbuf_hex(struct tk_outbuf *o, const unsigned char *p, size_t n);
/* length of the well-formed UTF-8 sequence (2 to 4 octets, no overlong forms, no
 * surrogates, at most U+10FFFF) starting at s, or 0 */
size_t tk_utf8_seq(const unsigned char *s, size_t n);

#endif
