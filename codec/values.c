/*
 * Values users read decoded.  BCD comes from libosmocore (osmo_bcd2str); GSM 7-bit and
 * UCS2 text from codec/sms.c's TS 23.038 tables (libosmocore's 7-bit decoder maps
 * non-ASCII characters wrongly); what is here is the mapping of the standards' codes.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <osmocom/core/utils.h>

#include "sms.h"
#include "values.h"

int tk_bcd_nibbles(const uint8_t *p, int start, int end, char *out, size_t out_size)
{
	int rc, i;

	if (out_size == 0)
		return -1;
	out[0] = '\0';
	if (end <= start)
		return 0;
	/* allow_hex: the values 10-14 are '*', '#', 'a', 'b', 'c' */
	rc = osmo_bcd2str(out, out_size, p, start, end, true);
	if (rc < 0 || (size_t)rc >= out_size)
		return -1;
	for (i = 0; out[i]; i++) {
		/* osmo_bcd2str() writes the values 10-15 as 'A'-'F' */
		switch (out[i]) {
		case 'A': out[i] = '*'; break;
		case 'B': out[i] = '#'; break;
		case 'C': out[i] = 'a'; break;
		case 'D': out[i] = 'b'; break;
		case 'E': out[i] = 'c'; break;
		default: break;	/* digits; a filler 'F' inside the count stays visible */
		}
	}
	return rc;
}

int tk_tbcd_digits(const uint8_t *p, size_t n, char *out, size_t out_size)
{
	int end;

	if (n > 64) {
		if (out_size)
			out[0] = '\0';
		return -1;
	}
	end = (int)(2 * n);
	if (n && (p[n - 1] >> 4) == 0xf)
		end--;		/* filler */
	return tk_bcd_nibbles(p, 0, end, out, out_size);
}

int tk_address_decode(const uint8_t *p, size_t n, struct tk_address *a)
{
	memset(a, 0, sizeof(*a));
	if (n < 1)
		return -1;
	a->extension = (p[0] >> 7) & 1;
	a->nature = (p[0] >> 4) & 7;
	a->plan = p[0] & 15;
	if (tk_tbcd_digits(p + 1, n - 1, a->digits, sizeof(a->digits)) < 0)
		return -1;
	return 0;
}

const char *tk_nature_name(int nature)
{
	/* TS 29.002 17.7.8 AddressString, nature of address indicator */
	static const char *const n[8] = {
		"unknown", "international number", "national significant number",
		"network specific number", "subscriber number", "reserved",
		"abbreviated number", "reserved for extension",
	};
	return n[nature & 7];
}

const char *tk_numbering_plan_name(int plan)
{
	switch (plan) {
	case 0: return "unknown";
	case 1: return "ISDN/telephony (E.164)";
	case 2: return "spare";
	case 3: return "data (X.121)";
	case 4: return "telex (F.69)";
	case 5: return "spare";
	case 6: return "land mobile (E.212)";
	case 7: return "spare";
	case 8: return "national";
	case 9: return "private";
	case 15: return "reserved for extension";
	default: return "reserved";
	}
}

enum tk_alphabet tk_cbs_dcs_alphabet(uint8_t dcs)
{
	/* TS 23.038 clause 5, CBS Data Coding Scheme */
	switch (dcs >> 4) {
	case 0x0:		/* language using the GSM 7 bit default alphabet */
	case 0x2:
	case 0x3:
		return TK_ALPHABET_GSM7;
	case 0x1:
		if ((dcs & 0x0f) == 0x0)
			return TK_ALPHABET_GSM7;	/* preceded by language */
		if ((dcs & 0x0f) == 0x1)
			return TK_ALPHABET_UCS2;	/* preceded by language */
		return TK_ALPHABET_RESERVED;
	case 0x4: case 0x5: case 0x6: case 0x7:	/* general data coding */
	case 0x9:				/* message with user data header */
		switch ((dcs >> 2) & 3) {
		case 0: return TK_ALPHABET_GSM7;
		case 1: return TK_ALPHABET_8BIT;
		case 2: return TK_ALPHABET_UCS2;
		default: return TK_ALPHABET_RESERVED;
		}
	case 0xf:
		return (dcs & 0x04) ? TK_ALPHABET_8BIT : TK_ALPHABET_GSM7;
	default:
		return TK_ALPHABET_RESERVED;
	}
}

const char *tk_alphabet_name(enum tk_alphabet a)
{
	switch (a) {
	case TK_ALPHABET_GSM7: return "GSM 7-bit";
	case TK_ALPHABET_8BIT: return "8-bit";
	case TK_ALPHABET_UCS2: return "UCS2";
	default: return "reserved";
	}
}

int tk_ussd_text(uint8_t dcs, const uint8_t *p, size_t n, char *out, size_t out_size)
{
	size_t septets;
	int len;

	if (out_size == 0)
		return -1;
	out[0] = '\0';
	if (n > 160)
		return -1;
	switch (tk_cbs_dcs_alphabet(dcs)) {
	case TK_ALPHABET_UCS2:
		return tk_ucs2_text(p, n, out, out_size) < 0 ? -1 : 0;
	case TK_ALPHABET_GSM7:
		break;
	default:
		return -1;
	}
	/*
	 * GSM 7-bit through the TS 23.038 tables of codec/sms.c rather than libosmocore's
	 * gsm_7bit_decode_n_ussd(), which maps many non-ASCII characters wrongly (see
	 * codec/sms.c).  TS 23.038 6.1.2.3.1: when the last octet has 7 spare bits they are
	 * filled with <CR>, which is padding, not text.
	 */
	septets = n * 8 / 7;
	len = tk_gsm7_default_text(p, n, septets, out, out_size);
	if (len < 0)
		return -1;
	if (n % 7 == 0 && len > 0 && out[len - 1] == '\r')
		out[len - 1] = '\0';
	return 0;
}

/* one BCD digit pair as CAP codes it: the first digit in bits 0-3, the second in 4-7 */
static int bcd_pair(uint8_t o)
{
	int hi = o & 0x0f, lo = o >> 4;
	return hi > 9 || lo > 9 ? -1 : hi * 10 + lo;
}

int tk_cap_date_time(const uint8_t *p, size_t n, char *out, size_t out_size)
{
	int c, y, mo, d, h, mi, se;

	if (n < 7)
		return -1;
	c = bcd_pair(p[0]);
	y = bcd_pair(p[1]);
	mo = bcd_pair(p[2]);
	d = bcd_pair(p[3]);
	h = bcd_pair(p[4]);
	mi = bcd_pair(p[5]);
	se = bcd_pair(p[6]);
	if (c < 0 || y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 ||
	    se < 0 || se > 59)
		return -1;
	snprintf(out, out_size, "%02d%02d-%02d-%02dT%02d:%02d:%02d", c, y, mo, d, h, mi, se);
	return 0;
}

int tk_tp_timezone(uint8_t o, char *out, size_t out_size)
{
	/* TS 23.040 9.2.3.11: quarters of an hour in swapped semi-octets, bit 3 the sign */
	int q = (o & 0x07) * 10 + (o >> 4);
	int neg = (o & 0x08) != 0;

	if ((o >> 4) > 9)
		return -1;
	snprintf(out, out_size, "%c%02d:%02d", neg ? '-' : '+', q / 4, (q % 4) * 15);
	return 0;
}

int tk_apn_text(const uint8_t *p, size_t n, char *out, size_t out_size)
{
	size_t i = 0, o = 0;

	/* TS 23.003 9.1: labels, each preceded by its length, joined with '.' */
	if (out_size == 0 || n == 0)
		return -1;
	while (i < n) {
		size_t len = p[i++], k;
		if (len == 0 || len > n - i)
			return -1;
		if (o && o + 1 < out_size)
			out[o++] = '.';
		for (k = 0; k < len; k++, i++) {
			if (p[i] < 0x21 || p[i] > 0x7e || o + 1 >= out_size)
				return -1;
			out[o++] = (char)p[i];
		}
	}
	out[o] = '\0';
	return 0;
}
