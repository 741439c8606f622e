/* Decoded forms of the values users read: TBCD digits, address strings, USSD text. */
#ifndef TK_VALUES_H
#define TK_VALUES_H

#include <stddef.h>
#include <stdint.h>

/* the semi-octets start..end-1 of p (low nibble first) as digits, '*', '#', 'a'..'c' and
 * 'F' for 15 (TS 23.040 9.1.2.3, TS 24.008 10.5.1.4 and TBCD share this coding); returns
 * the number of characters, or -1 if out is too small */
int tk_bcd_nibbles(const uint8_t *p, int start, int end, char *out, size_t out_size);

/* TBCD-STRING (TS 29.002 17.7.8): digits, '*', '#', 'a'..'c'; a final filler F ends it.
 * Returns the number of characters, or -1 if out is too small. */
int tk_tbcd_digits(const uint8_t *p, size_t n, char *out, size_t out_size);

/* AddressString: octet 1 = extension, nature of address, numbering plan; then TBCD */
struct tk_address {
	int nature;		/* 0..7 */
	int plan;		/* 0..15 */
	int extension;		/* bit 8 of octet 1 (1: no extension) */
	char digits[64];
};
int tk_address_decode(const uint8_t *p, size_t n, struct tk_address *a);
const char *tk_nature_name(int nature);
const char *tk_numbering_plan_name(int plan);

/* USSD string in the data coding scheme of TS 23.038 clause 5 (CBS coding): text as
 * UTF-8 for GSM 7-bit and UCS2; -1 for 8-bit (shown as hex) or when it does not decode. */
enum tk_alphabet { TK_ALPHABET_GSM7 = 0, TK_ALPHABET_8BIT, TK_ALPHABET_UCS2, TK_ALPHABET_RESERVED };
enum tk_alphabet tk_cbs_dcs_alphabet(uint8_t dcs);
const char *tk_alphabet_name(enum tk_alphabet a);
int tk_ussd_text(uint8_t dcs, const uint8_t *p, size_t n, char *out, size_t out_size);

/* CAP DateAndTime / the first 7 octets of TimeAndTimezone (TS 29.078): ISO 8601 local
 * time; TS 23.040 time zone octet: "+hh:mm".  -1 if the digits are not a valid time. */
int tk_cap_date_time(const uint8_t *p, size_t n, char *out, size_t out_size);
int tk_tp_timezone(uint8_t o, char *out, size_t out_size);
/* TS 23.003 APN (length-prefixed labels) as dotted text; -1 if malformed */
int tk_apn_text(const uint8_t *p, size_t n, char *out, size_t out_size);

#endif
