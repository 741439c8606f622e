/*
 * SMS TPDUs (3GPP TS 23.040 clause 9.2) with their user data in the codings of TS 23.038
 * clause 4 (SMS Data Coding Scheme) and clause 6 (GSM 7 bit alphabet, national language
 * shift tables, UCS2).  MAP carries these octets in sm-RP-UI; the TPDU is one emitter
 * object whose keys are the TP field names in camelCase ("mti", "vpf", "da", "scts", ...).
 *
 * Every read is checked against n.  Where the octets are truncated or contradict each
 * other (TP-UDL beyond the data, a UDH longer than TP-UDL, ...) what was decoded stays,
 * and "error": {"offset", "reason"} says where it went wrong; the raw TPDU is always in
 * "hex".
 *
 * GSM 7-bit text is decoded here, not with libosmocore's gsm_7bit_decode_n*(): in
 * libosmocore (1.7, and the same code is current) that decoder looks each septet up in a
 * table merged from its Latin-1 -> GSM encoder and a few extension entries, and so returns
 * wrong characters for much of the alphabet: 0x0C (o-slash) comes out as 0x89, 0x24 (the
 * currency sign), 0x5F (section sign), 0x60 (inverted question mark) and the Greek capitals
 * as 0xFF, 0x40 (inverted exclamation mark) as '|', 0x5B..0x5E and 0x7B..0x7E (A/O/U
 * umlaut, N tilde, lower case too) as other Latin-1 symbols, and ESC 0x65 (euro sign) as
 * '{'.  It also has no national language tables, and its output is Latin-1 where tcapkit
 * wants one text encoding (UTF-8) for GSM 7-bit and UCS2 alike.  The tables below and the
 * national language tables of Annex A for all 13 languages (sms_national.c) are those of
 * TS 23.038; libosmocore still provides the BCD digits (osmo_bcd2str, via values.c).
 *
 * Text is UTF-8.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <osmocom/core/utils.h>

#include "inner.h"
#include "names.h"
#include "print.h"
#include "sms.h"
#include "sms_national.h"
#include "values.h"

/* ---- common ----------------------------------------------------------------------------- */

struct sms {
	struct tk_emitter *e;
	const uint8_t *p;
	size_t n;
	size_t off;		/* next octet to read; always <= n */
	/* the first thing wrong with the octets; later problems would only repeat it */
	int err_set;
	size_t err_offset;
	char err_reason[160];
};

static void __attribute__((format(printf, 3, 4))) fail(struct sms *s, size_t offset, const char *fmt, ...)
{
	va_list ap;

	if (s->err_set)
		return;
	s->err_set = 1;
	s->err_offset = offset;
	va_start(ap, fmt);
	vsnprintf(s->err_reason, sizeof(s->err_reason), fmt, ap);
	va_end(ap);
}

/* 1 if k more octets are there at s->off; else records the truncation and returns 0 */
static int need(struct sms *s, size_t k, const char *field)
{
	if (s->n - s->off >= k)
		return 1;
	fail(s, s->off, "%s truncated: %zu octet%s needed, %zu present", field, k, k == 1 ? "" : "s",
	     s->n - s->off);
	return 0;
}

/* ---- text: UTF-8 out, GSM 7-bit and UCS2 in ------------------------------------------- */

struct text {
	char buf[1024];	/* 255 septets of at most 3 UTF-8 bytes each, or 127 UCS2 units */
	size_t len;
};

static void put_cp(struct text *t, uint32_t cp)
{
	uint8_t u[4];
	size_t k;

	if (cp < 0x80) {
		u[0] = (uint8_t)cp;
		k = 1;
	} else if (cp < 0x800) {
		u[0] = (uint8_t)(0xc0 | cp >> 6);
		u[1] = (uint8_t)(0x80 | (cp & 0x3f));
		k = 2;
	} else if (cp < 0x10000) {
		u[0] = (uint8_t)(0xe0 | cp >> 12);
		u[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3f));
		u[2] = (uint8_t)(0x80 | (cp & 0x3f));
		k = 3;
	} else {
		u[0] = (uint8_t)(0xf0 | cp >> 18);
		u[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3f));
		u[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3f));
		u[3] = (uint8_t)(0x80 | (cp & 0x3f));
		k = 4;
	}
	if (t->len + k >= sizeof(t->buf))
		return;		/* cannot happen for one TPDU's user data; the bound is kept anyway */
	memcpy(t->buf + t->len, u, k);
	t->len += k;
	t->buf[t->len] = '\0';
}

/*
 * TS 23.038 6.2.1: the GSM 7 bit default alphabet, as Unicode.  0x1B is the escape to the
 * extension (single shift) table and never looked up here.  0x09 is drawn as capital C
 * cedilla in the current table (it was small c cedilla in GSM 03.38).
 */
static const uint16_t lock_default[128] = {
	0x0040, 0x00a3, 0x0024, 0x00a5, 0x00e8, 0x00e9, 0x00f9, 0x00ec,	/* @ £ $ ¥ è é ù ì */
	0x00f2, 0x00c7, 0x000a, 0x00d8, 0x00f8, 0x000d, 0x00c5, 0x00e5,	/* ò Ç LF Ø ø CR Å å */
	0x0394, 0x005f, 0x03a6, 0x0393, 0x039b, 0x03a9, 0x03a0, 0x03a8,	/* Δ _ Φ Γ Λ Ω Π Ψ */
	0x03a3, 0x0398, 0x039e, 0x0000, 0x00c6, 0x00e6, 0x00df, 0x00c9,	/* Σ Θ Ξ ESC Æ æ ß É */
	0x0020, 0x0021, 0x0022, 0x0023, 0x00a4, 0x0025, 0x0026, 0x0027,	/* SP ! " # ¤ % & ' */
	0x0028, 0x0029, 0x002a, 0x002b, 0x002c, 0x002d, 0x002e, 0x002f,
	0x0030, 0x0031, 0x0032, 0x0033, 0x0034, 0x0035, 0x0036, 0x0037,
	0x0038, 0x0039, 0x003a, 0x003b, 0x003c, 0x003d, 0x003e, 0x003f,
	0x00a1, 0x0041, 0x0042, 0x0043, 0x0044, 0x0045, 0x0046, 0x0047,	/* ¡ A..G */
	0x0048, 0x0049, 0x004a, 0x004b, 0x004c, 0x004d, 0x004e, 0x004f,
	0x0050, 0x0051, 0x0052, 0x0053, 0x0054, 0x0055, 0x0056, 0x0057,
	0x0058, 0x0059, 0x005a, 0x00c4, 0x00d6, 0x00d1, 0x00dc, 0x00a7,	/* X Y Z Ä Ö Ñ Ü § */
	0x00bf, 0x0061, 0x0062, 0x0063, 0x0064, 0x0065, 0x0066, 0x0067,	/* ¿ a..g */
	0x0068, 0x0069, 0x006a, 0x006b, 0x006c, 0x006d, 0x006e, 0x006f,
	0x0070, 0x0071, 0x0072, 0x0073, 0x0074, 0x0075, 0x0076, 0x0077,
	0x0078, 0x0079, 0x007a, 0x00e4, 0x00f6, 0x00f1, 0x00fc, 0x00e0,	/* x y z ä ö ñ ü à */
};

/*
 * TS 23.038 6.2.1.1: GSM 7 bit default alphabet extension table, reached by ESC (0x1B) and
 * the next septet; TK_GSM7_NONE where it has no character.  The national language tables
 * of Annex A are in sms_national.c.
 */
static const uint16_t ext_default[128] = { TK_GSM7_EXT_COMMON };

/* TS 23.038 6.2.1.2.4 National Language Identifier */
static const struct tk_value_string language_names[] = {
	{ 1, "Turkish" },
	{ 2, "Spanish" },
	{ 3, "Portuguese" },
	{ 4, "Bengali" },
	{ 5, "Gujarati" },
	{ 6, "Hindi" },
	{ 7, "Kannada" },
	{ 8, "Malayalam" },
	{ 9, "Oriya" },
	{ 10, "Punjabi" },
	{ 11, "Tamil" },
	{ 12, "Telugu" },
	{ 13, "Urdu" },
	{ 0, NULL }
};

/* septet k of a packed stream p[0..n) (TS 23.038 6.1.2.1: septet k holds bits 7k..7k+6,
 * least significant bit first), or -1 if its bits are not all there */
static int septet_at(const uint8_t *p, size_t n, size_t k)
{
	size_t bit = k * 7, byte = bit / 8;
	unsigned sh = (unsigned)(bit % 8), v;

	if (byte >= n)
		return -1;
	v = (unsigned)p[byte] >> sh;
	if (sh > 1) {
		if (byte + 1 >= n)
			return -1;
		v |= (unsigned)p[byte + 1] << (8 - sh);
	}
	return (int)(v & 0x7f);
}

/* septets first..first+count of p[0..n), stopping early at the end of the octets */
static void gsm7_decode(const uint8_t *p, size_t n, size_t first, size_t count,
			const uint16_t *lock, const uint16_t *ext, struct text *t)
{
	size_t k, end = first + count;

	for (k = first; k < end; k++) {
		int c = septet_at(p, n, k), x;
		uint32_t cp;

		if (c < 0)
			break;
		if (c != 0x1b) {
			put_cp(t, lock[c] != TK_GSM7_NONE ? lock[c] : 0xfffd);
			continue;
		}
		/* an ESC in the last septet has nothing to shift; it is dropped */
		if (k + 1 >= end || (x = septet_at(p, n, k + 1)) < 0)
			break;
		k++;
		/* TS 23.038 6.2.1.1: a code the extension table does not define is shown as the
		 * character of the main table (or of the locking shift table in use).  A position
		 * that a national locking table leaves empty has no character at all: U+FFFD, the
		 * Unicode replacement character, shows that one was received */
		cp = ext[x] != TK_GSM7_NONE ? ext[x] : lock[x];
		put_cp(t, cp != TK_GSM7_NONE ? cp : 0xfffd);
	}
}

/* UCS2 (TS 23.038 6.2.3) read as UTF-16BE, since senders put characters beyond the BMP
 * in it as surrogate pairs; a lone surrogate (e.g. a pair split across the parts of a
 * concatenated message) becomes U+FFFD */
static void ucs2_decode(const uint8_t *p, size_t n, struct text *t)
{
	size_t i;

	for (i = 0; i + 1 < n; i += 2) {
		uint32_t u = (uint32_t)p[i] << 8 | p[i + 1];

		if (u >= 0xd800 && u <= 0xdbff && i + 3 < n) {
			uint32_t l = (uint32_t)p[i + 2] << 8 | p[i + 3];
			if (l >= 0xdc00 && l <= 0xdfff) {
				put_cp(t, 0x10000 + ((u - 0xd800) << 10) + (l - 0xdc00));
				i += 2;
				continue;
			}
		}
		put_cp(t, (u >= 0xd800 && u <= 0xdfff) ? 0xfffd : u);
	}
}

/* ---- addresses (TS 23.040 9.1.2.5) ------------------------------------------------------ */

static const struct tk_value_string ton_names[] = {
	{ 0, "unknown" },
	{ 1, "international number" },
	{ 2, "national number" },
	{ 3, "network specific number" },
	{ 4, "subscriber number" },
	{ 5, "alphanumeric" },
	{ 6, "abbreviated number" },
	{ 7, "reserved for extension" },
	{ 0, NULL }
};

static const struct tk_value_string npi_names[] = {
	{ 0, "unknown" },
	{ 1, "ISDN/telephone numbering plan (E.164/E.163)" },
	{ 3, "data numbering plan (X.121)" },
	{ 4, "telex numbering plan" },
	{ 5, "service centre specific plan" },
	{ 6, "service centre specific plan" },
	{ 8, "national numbering plan" },
	{ 9, "private numbering plan" },
	{ 10, "ERMES numbering plan" },
	{ 15, "reserved for extension" },
	{ 0, NULL }
};

/*
 * Address field at s->off: Address-Length (useful semi-octets), Type-of-Address, then
 * Address-Value.  An alphanumeric address (TON 5) is GSM 7-bit text, its length still
 * counted in semi-octets.  The fields go under key, or into the open object when key is
 * NULL (a whole OCTET STRING that is one address).  Returns 0 (error recorded) if it
 * does not fit.
 */
static int emit_address(struct sms *s, const char *key, const char *field)
{
	size_t at = s->off, octets;
	unsigned len, toa, ton, i;
	const uint8_t *v;

	if (!need(s, 2, field))
		return 0;
	len = s->p[at];
	toa = s->p[at + 1];
	if (len > 20) {
		fail(s, at, "%s: Address-Length %u beyond the 20 semi-octets of an address", field, len);
		return 0;
	}
	octets = (len + 1) / 2;
	if (s->n - at - 2 < octets) {
		fail(s, at, "%s truncated: %zu octets needed, %zu present", field, octets + 2, s->n - at);
		return 0;
	}
	v = s->p + at + 2;
	ton = (toa >> 4) & 7;
	if (key) {
		tk_emit_key(s->e, key);
		tk_emit_open(s->e, 0);
	}
	tk_inner_emit_name(s->e, "ton", ton_names, NULL, "reserved", ton);
	tk_inner_emit_name(s->e, "npi", npi_names, NULL, "reserved", toa & 15);
	if (ton == 5) {
		struct text t = { "", 0 };
		/* len * 4 bits hold len * 4 / 7 septets; the rest are fill bits */
		gsm7_decode(v, octets, 0, len * 4 / 7, lock_default, ext_default, &t);
		tk_emit_key(s->e, "text");
		tk_emit_strn(s->e, t.buf, t.len);
	} else {
		char digits[24];
		if (tk_bcd_nibbles(v, 0, (int)len, digits, sizeof(digits)) >= 0)
			tk_emit_kv_str(s->e, "digits", digits);
		/* 1111 is the filler of an odd count (9.1.2.3), never a digit */
		for (i = 0; i < len; i++)
			if (((i & 1 ? v[i / 2] >> 4 : v[i / 2]) & 15) == 15) {
				fail(s, at + 2 + i / 2, "%s: filler 1111 within the %u semi-octets", field, len);
				break;
			}
	}
	if (key)
		tk_emit_close(s->e, 0);
	s->off = at + 2 + octets;
	return 1;
}

/* ---- times (9.2.3.11, 9.2.3.12) --------------------------------------------------------- */

/* two decimal semi-octets, the first digit in the low nibble; -1 if either is not decimal */
static int semi_dec(uint8_t o)
{
	int lo = o & 15, hi = o >> 4;

	if (lo > 9 || hi > 9)
		return -1;
	return lo * 10 + hi;
}

/*
 * Service-Centre-Time-Stamp format (TP-SCTS, TP-DT, absolute TP-VP): year, month, day,
 * hour, minute, second, time zone, all semi-octets.  The time zone is in quarters of an
 * hour; bit 3 of its first semi-octet (the low nibble) is the sign.  Emitted as ISO 8601
 * local time with its offset; the two-digit year is taken as 19YY from 90 on, else 20YY.
 */
const char *tk_scts_fields(const uint8_t *t, int v[6])
{
	int i;

	for (i = 0; i < 6; i++)
		if ((v[i] = semi_dec(t[i])) < 0)
			return "a semi-octet is not a decimal digit";
	if ((t[6] >> 4) > 9)
		return "a time zone semi-octet is not a decimal digit";
	if (v[1] < 1 || v[1] > 12)
		return "month out of range";
	if (v[2] < 1 || v[2] > 31)
		return "day out of range";
	if (v[3] > 23 || v[4] > 59 || v[5] > 59)
		return "time of day out of range";
	return NULL;
}

static void emit_timestamp(struct tk_emitter *e, const char *key, const uint8_t *t)
{
	int v[6], q;
	const char *bad = tk_scts_fields(t, v);
	char buf[64];	/* 26 characters; room for what gcc's -Wformat-truncation assumes of ints */

	q = (t[6] & 7) * 10 + (t[6] >> 4);
	if (bad) {
		tk_emit_key(e, key);
		tk_emit_open(e, 0);
		tk_emit_kv_str(e, "invalid", bad);
		tk_emit_kv_hex(e, "hex", t, 7);
		tk_emit_close(e, 0);
		return;
	}
	snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d",
		 v[0] + (v[0] >= 90 ? 1900 : 2000), v[1], v[2], v[3], v[4], v[5],
		 (t[6] & 8) && q ? '-' : '+', q / 4, q % 4 * 15);
	tk_emit_kv_str(e, key, buf);
}

/* "2 hours 30 minutes" */
static void duration_text(long seconds, char *buf, size_t size)
{
	long h = seconds / 3600, m = seconds % 3600 / 60, s = seconds % 60;
	size_t len = 0;

	buf[0] = '\0';
	if (h)
		len += (size_t)snprintf(buf + len, size - len, "%ld hour%s", h, h == 1 ? "" : "s");
	if (m && len < size)
		len += (size_t)snprintf(buf + len, size - len, "%s%ld minute%s", len ? " " : "", m, m == 1 ? "" : "s");
	if ((s || !len) && len < size)
		snprintf(buf + len, size - len, "%s%ld second%s", len ? " " : "", s, s == 1 ? "" : "s");
}

/* relative TP-VP (9.2.3.12.1): four ranges of coarser steps */
static long vp_relative(unsigned v, char *text, size_t size)
{
	long n;

	if (v <= 143) {
		n = (long)(v + 1) * 5 * 60;		/* 5 minute steps up to 12 hours */
	} else if (v <= 167) {
		n = (12 * 60 + (long)(v - 143) * 30) * 60;	/* 30 minute steps up to 24 hours */
	} else if (v <= 196) {
		n = v - 166;				/* days, 2 to 30 */
		snprintf(text, size, "%ld days", n);
		return n * 86400;
	} else {
		n = v - 192;				/* weeks, 5 to 63 */
		snprintf(text, size, "%ld weeks", n);
		return n * 7 * 86400;
	}
	duration_text(n, text, size);
	return n;
}

static void emit_vp_relative(struct tk_emitter *e, unsigned v)
{
	char text[64];
	long sec = vp_relative(v, text, sizeof(text));

	tk_emit_kv_long(e, "value", v);
	tk_emit_kv_long(e, "seconds", sec);
	tk_emit_kv_str(e, "text", text);
}

static const struct tk_value_string vp_functionality_names[] = {
	{ 0, "no validity period specified" },
	{ 1, "relative" },
	{ 2, "relative, integer seconds" },
	{ 3, "relative, semi-octets HH:MM:SS" },
	{ 0, NULL }
};

/* enhanced TP-VP (9.2.3.12.3): a functionality indicator octet (extensible by its bit 8),
 * then the period in one of three forms; the rest of the 7 octets is padding */
static void emit_vp_enhanced(struct tk_emitter *e, const uint8_t *t)
{
	unsigned f = t[0] & 7;
	size_t i = 1;
	int ext = t[0] & 0x80;

	tk_emit_open(e, 0);
	tk_emit_kv_str(e, "format", "enhanced");
	tk_emit_kv_bool(e, "singleShot", t[0] & 0x40);
	tk_inner_emit_name(e, "functionality", vp_functionality_names, NULL, "reserved", f);
	while (ext && i < 7) {
		ext = t[i] & 0x80;	/* extension octets: reserved bits only so far */
		i++;
	}
	if (ext) {
		tk_emit_kv_str(e, "invalid", "the functionality indicator extends beyond the field");
	} else if (f == 1 && i < 7) {
		emit_vp_relative(e, t[i]);
	} else if (f == 2 && i < 7) {
		char text[64];
		duration_text(t[i], text, sizeof(text));
		tk_emit_kv_long(e, "seconds", t[i]);
		tk_emit_kv_str(e, "text", text);
	} else if (f == 3 && i + 3 <= 7) {
		int h = semi_dec(t[i]), m = semi_dec(t[i + 1]), sec = semi_dec(t[i + 2]);
		if (h < 0 || m < 0 || sec < 0 || m > 59 || sec > 59) {
			tk_emit_kv_str(e, "invalid", "HH:MM:SS is not a time");
		} else {
			char text[64];
			long total = h * 3600L + m * 60L + sec;
			duration_text(total, text, sizeof(text));
			tk_emit_kv_long(e, "seconds", total);
			tk_emit_kv_str(e, "text", text);
		}
	} else if (f >= 1 && f <= 3) {
		tk_emit_kv_str(e, "invalid", "the period does not fit the field");
	}
	tk_emit_kv_hex(e, "hex", t, 7);
	tk_emit_close(e, 0);
}

static const char *const vpf_names[4] = { "none", "enhanced", "relative", "absolute" };

/* TP-VP in the format TP-VPF says (9.2.3.3); returns 0 (error recorded) if truncated */
static int emit_vp(struct sms *s, unsigned vpf)
{
	struct tk_emitter *e = s->e;
	const uint8_t *t = s->p + s->off;

	switch (vpf) {
	case 2:
		if (!need(s, 1, "TP-VP"))
			return 0;
		tk_emit_key(e, "vp");
		tk_emit_open(e, 0);
		tk_emit_kv_str(e, "format", "relative");
		emit_vp_relative(e, t[0]);
		tk_emit_close(e, 0);
		s->off += 1;
		return 1;
	case 1:
		if (!need(s, 7, "TP-VP"))
			return 0;
		tk_emit_key(e, "vp");
		emit_vp_enhanced(e, t);
		s->off += 7;
		return 1;
	case 3:
		if (!need(s, 7, "TP-VP"))
			return 0;
		tk_emit_key(e, "vp");
		tk_emit_open(e, 0);
		tk_emit_kv_str(e, "format", "absolute");
		emit_timestamp(e, "time", t);
		tk_emit_close(e, 0);
		s->off += 7;
		return 1;
	default:
		return 1;
	}
}

/* a 7-octet time stamp field at s->off */
static int emit_time_field(struct sms *s, const char *key, const char *field)
{
	if (!need(s, 7, field))
		return 0;
	emit_timestamp(s->e, key, s->p + s->off);
	s->off += 7;
	return 1;
}

/* ---- TP-PID (9.2.3.9) ------------------------------------------------------------------- */

/* bits 7-6 = 00, bit 5 = 1: the kind of telematic device, bits 4-0 */
static const struct tk_value_string pid_telematic_names[] = {
	{ 0x00, "implicit (device type specific to this SC, or concluded from the address)" },
	{ 0x01, "telex (or teletex reduced to telex format)" },
	{ 0x02, "group 3 telefax" },
	{ 0x03, "group 4 telefax" },
	{ 0x04, "voice telephone (conversion to speech)" },
	{ 0x05, "ERMES" },
	{ 0x06, "national paging system (known to the SC)" },
	{ 0x07, "Videotex (T.100/T.101)" },
	{ 0x08, "teletex, carrier unspecified" },
	{ 0x09, "teletex, in PSPDN" },
	{ 0x0a, "teletex, in CSPDN" },
	{ 0x0b, "teletex, in analog PSTN" },
	{ 0x0c, "teletex, in digital ISDN" },
	{ 0x0d, "UCI (Universal Computer Interface, ETSI DE/PS 3 01-3)" },
	{ 0x10, "a message handling facility (known to the SC)" },
	{ 0x11, "any public X.400-based message handling system" },
	{ 0x12, "Internet Electronic Mail" },
	{ 0x1f, "a GSM/UMTS mobile station" },
	{ 0, NULL }
};

/* bits 7-6 = 01: bits 5-0 */
static const struct tk_value_string pid_01_names[] = {
	{ 0x00, "Short Message Type 0" },
	{ 0x01, "Replace Short Message Type 1" },
	{ 0x02, "Replace Short Message Type 2" },
	{ 0x03, "Replace Short Message Type 3" },
	{ 0x04, "Replace Short Message Type 4" },
	{ 0x05, "Replace Short Message Type 5" },
	{ 0x06, "Replace Short Message Type 6" },
	{ 0x07, "Replace Short Message Type 7" },
	{ 0x08, "Device Triggering Short Message" },
	{ 0x1e, "Enhanced Message Service (obsolete)" },
	{ 0x1f, "Return Call Message" },
	{ 0x3c, "ANSI-136 R-DATA" },
	{ 0x3d, "ME Data download" },
	{ 0x3e, "ME De-personalization Short Message" },
	{ 0x3f, "(U)SIM Data download" },
	{ 0, NULL }
};

static void emit_pid(struct tk_emitter *e, uint8_t v)
{
	const char *name = NULL;
	char buf[160];

	switch (v >> 6) {
	case 0:
		if (v & 0x20) {
			name = tk_vs_name(pid_telematic_names, v & 0x1f);
			if (!name)
				name = (v & 0x1f) >= 0x18 ? "values specific to each SC" : "reserved";
			snprintf(buf, sizeof(buf), "telematic interworking: %s", name);
		} else {
			snprintf(buf, sizeof(buf), "no telematic interworking, SME-to-SME protocol %u", v & 0x1f);
		}
		name = buf;
		break;
	case 1:
		name = tk_vs_name(pid_01_names, v & 0x3f);
		if (!name)
			name = "reserved";
		break;
	case 2:
		name = "reserved";
		break;
	default:
		name = "SC specific use";
		break;
	}
	tk_emit_key(e, "pid");
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "value", v);
	tk_emit_kv_str(e, "meaning", name);
	tk_emit_close(e, 0);
}

/* ---- TP-DCS (TS 23.038 clause 4, SMS Data Coding Scheme) --------------------------------- */

enum alphabet { AL_GSM7, AL_8BIT, AL_UCS2 };

struct dcs {
	enum alphabet alph;
	int compressed;		/* TS 23.042 compression: TP-UDL then counts octets */
};

static void emit_dcs(struct tk_emitter *e, uint8_t v, struct dcs *d)
{
	static const char *const alph_names[4] = {
		"GSM 7 bit default alphabet", "8 bit data", "UCS2",
		/* "any reserved codings shall be assumed to be the GSM 7 bit default alphabet" */
		"reserved (taken as GSM 7 bit default alphabet)",
	};
	static const char *const mwi_types[4] = {
		"voicemail message waiting", "fax message waiting",
		"electronic mail message waiting", "other message waiting",
	};
	unsigned group = v >> 4;
	int a, cls = -1, mwi = 0;
	const char *gname;

	d->compressed = 0;
	if (group <= 7) {
		/* 00xx general data coding, 01xx the same with automatic deletion */
		gname = group <= 3 ? "general data coding" : "message marked for automatic deletion";
		d->compressed = (v & 0x20) != 0;
		a = (v >> 2) & 3;
		if (v & 0x10)
			cls = v & 3;
	} else if (group <= 11) {
		gname = "reserved coding group";
		a = 3;
	} else if (group == 12) {
		gname = "message waiting indication: discard message";
		a = 0;
		mwi = 1;
	} else if (group == 13) {
		gname = "message waiting indication: store message";
		a = 0;
		mwi = 1;
	} else if (group == 14) {
		gname = "message waiting indication: store message, UCS2";
		a = 2;
		mwi = 1;
	} else {
		gname = "data coding/message class";
		a = (v & 4) ? 1 : 0;
		cls = v & 3;
	}
	tk_emit_key(e, "dcs");
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "value", v);
	tk_emit_kv_str(e, "group", gname);
	tk_emit_kv_str(e, "alphabet", alph_names[a]);
	if (group <= 7)
		tk_emit_kv_bool(e, "compressed", d->compressed);
	if (cls >= 0)
		tk_emit_kv_long(e, "class", cls);
	if (mwi) {
		tk_emit_key(e, "mwi");
		tk_emit_open(e, 0);
		tk_emit_kv_bool(e, "active", v & 8);
		tk_emit_kv_str(e, "type", mwi_types[v & 3]);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 0);
	d->alph = a == 1 ? AL_8BIT : a == 2 ? AL_UCS2 : AL_GSM7;
}

static int emit_pid_dcs(struct sms *s, int has_pid, int has_dcs, struct dcs *d)
{
	if (has_pid) {
		if (!need(s, 1, "TP-PID"))
			return 0;
		emit_pid(s->e, s->p[s->off++]);
	}
	d->alph = AL_GSM7;	/* 9.2.3.27: a TP-DCS left out by TP-PI is taken as 0x00 */
	d->compressed = 0;
	if (has_dcs) {
		if (!need(s, 1, "TP-DCS"))
			return 0;
		emit_dcs(s->e, s->p[s->off++], d);
	}
	return 1;
}

/* ---- user data header (9.2.3.24) -------------------------------------------------------- */

static const struct tk_value_string iei_names[] = {
	{ 0x00, "concatenated short messages, 8-bit reference number" },
	{ 0x01, "special SMS message indication" },
	{ 0x03, "value not used to avoid misinterpretation as <LF> character" },
	{ 0x04, "application port addressing scheme, 8 bit address" },
	{ 0x05, "application port addressing scheme, 16 bit address" },
	{ 0x06, "SMSC control parameters" },
	{ 0x07, "UDH source indicator" },
	{ 0x08, "concatenated short messages, 16-bit reference number" },
	{ 0x09, "wireless control message protocol" },
	{ 0x0a, "text formatting" },
	{ 0x0b, "predefined sound" },
	{ 0x0c, "user defined sound" },
	{ 0x0d, "predefined animation" },
	{ 0x0e, "large animation" },
	{ 0x0f, "small animation" },
	{ 0x10, "large picture" },
	{ 0x11, "small picture" },
	{ 0x12, "variable picture" },
	{ 0x13, "user prompt indicator" },
	{ 0x14, "extended object" },
	{ 0x15, "reused extended object" },
	{ 0x16, "compression control" },
	{ 0x17, "object distribution indicator" },
	{ 0x18, "standard WVG object" },
	{ 0x19, "character size WVG object" },
	{ 0x1a, "extended object data request command" },
	{ 0x20, "RFC 822 e-mail header" },
	{ 0x21, "hyperlink format element" },
	{ 0x22, "reply address element" },
	{ 0x23, "enhanced voice mail information" },
	{ 0x24, "national language single shift" },
	{ 0x25, "national language locking shift" },
	{ 0, NULL }
};

static const struct tk_vrange iei_ranges[] = {
	{ 0x1b, 0x1f, "reserved for future EMS features" },
	{ 0x70, 0x7f, "(U)SIM toolkit security headers" },
	{ 0x80, 0x9f, "SME to SME specific use" },
	{ 0xc0, 0xdf, "SC specific use" },
	{ 0, 0, NULL }
};

/* national language tables selected by the UDH (-1: none) */
struct shifts {
	int single, locking;
};

/* the fixed length of the IEs decoded below, -1 for the others */
static int iei_length(unsigned iei)
{
	switch (iei) {
	case 0x00: return 3;
	case 0x04: return 2;
	case 0x05: return 4;
	case 0x08: return 4;
	case 0x24: return 1;
	case 0x25: return 1;
	default: return -1;
	}
}

static void emit_ie(struct sms *s, size_t at, unsigned iei, const uint8_t *v, unsigned len, struct shifts *sh)
{
	struct tk_emitter *e = s->e;
	int want = iei_length(iei);

	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "iei", iei);
	tk_inner_emit_name(e, "name", iei_names, iei_ranges, "reserved", iei);
	if (want >= 0 && (unsigned)want != len) {
		fail(s, at, "UDH: IE 0x%02x has length %u, TS 23.040 gives it %d", iei, len, want);
		want = -1;	/* shown as hex only */
	}
	switch (want < 0 ? -1 : (int)iei) {
	case 0x00:
	case 0x08: {
		unsigned ref = iei == 0 ? v[0] : (unsigned)v[0] << 8 | v[1];
		unsigned total = v[len - 2], seq = v[len - 1];
		tk_emit_kv_long(e, "ref", ref);
		tk_emit_kv_long(e, "total", total);
		tk_emit_kv_long(e, "seq", seq);
		/* 9.2.3.24.1: the receiver ignores the IE then */
		if (total == 0 || seq == 0 || seq > total)
			tk_emit_kv_str(e, "invalid", "sequence number 0 or beyond the total");
		break;
	}
	case 0x04:
		tk_emit_kv_long(e, "destinationPort", v[0]);
		tk_emit_kv_long(e, "originatorPort", v[1]);
		break;
	case 0x05:
		tk_emit_kv_long(e, "destinationPort", (long)v[0] << 8 | v[1]);
		tk_emit_kv_long(e, "originatorPort", (long)v[2] << 8 | v[3]);
		break;
	case 0x24:
	case 0x25:
		tk_emit_kv_long(e, "languageId", v[0]);
		tk_inner_emit_name(e, "language", language_names, NULL, "reserved", v[0]);
		/* when an IE is repeated the last one counts (9.2.3.24: "the last occurrence
		 * of the IE shall be used") */
		if (iei == 0x24)
			sh->single = v[0];
		else
			sh->locking = v[0];
		break;
	default:
		tk_emit_kv_hex(e, "hex", v, len);
		break;
	}
	tk_emit_close(e, 0);
}

/* the UDH at ud[0] (UDHL) of which have octets are present; ud_off is ud's offset in the TPDU */
static void emit_udh(struct sms *s, const uint8_t *ud, size_t have, size_t ud_off, struct shifts *sh)
{
	struct tk_emitter *e = s->e;
	size_t end = (size_t)ud[0] + 1, i = 1;

	if (end > have)
		end = have;	/* truncated: the caller has recorded it */
	tk_emit_kv_long(e, "udhl", ud[0]);
	tk_emit_key(e, "udh");
	tk_emit_open(e, 1);
	while (i < end) {
		unsigned iei = ud[i], len;

		if (i + 2 > end) {
			fail(s, ud_off + i, "UDH: IE 0x%02x without its length octet", iei);
			break;
		}
		len = ud[i + 1];
		if (i + 2 + len > end) {
			fail(s, ud_off + i, "UDH: IE 0x%02x of %u octets beyond the header", iei, len);
			break;
		}
		emit_ie(s, ud_off + i, iei, ud + i + 2, len, sh);
		i += 2 + len;
	}
	tk_emit_close(e, 1);
}

/* ---- user data (9.2.3.16, 9.2.3.24) ----------------------------------------------------- */

static void emit_gsm7_text(struct tk_emitter *e, const uint8_t *ud, size_t have, size_t first,
			   size_t count, const struct shifts *sh)
{
	const uint16_t *lock = lock_default, *ext = ext_default;
	struct text t = { "", 0 };
	char note[96];

	/* 6.2.1.2.4/5: a language's single shift table replaces the extension table, its
	 * locking shift table the default alphabet.  Where TS 23.038 has no such table (a
	 * locking shift to Spanish, a reserved identifier) the default one stays, and the
	 * output says so */
	if (sh->locking >= 0) {
		const char *name = tk_vs_name(language_names, sh->locking);
		if (tk_gsm7_locking_table(sh->locking)) {
			lock = tk_gsm7_locking_table(sh->locking);
			tk_emit_kv_str(e, "lockingShift", name);
		} else {
			snprintf(note, sizeof(note),
				 "%s (%d): no such table in TS 23.038, default alphabet used",
				 name ? name : "reserved", sh->locking);
			tk_emit_kv_str(e, "lockingShift", note);
		}
	}
	if (sh->single >= 0) {
		const char *name = tk_vs_name(language_names, sh->single);
		if (tk_gsm7_single_table(sh->single)) {
			ext = tk_gsm7_single_table(sh->single);
			tk_emit_kv_str(e, "singleShift", name);
		} else {
			snprintf(note, sizeof(note),
				 "%s (%d): no such table in TS 23.038, default extension table used",
				 name ? name : "reserved", sh->single);
			tk_emit_kv_str(e, "singleShift", note);
		}
	}
	gsm7_decode(ud, have, first, count, lock, ext, &t);
	tk_emit_key(e, "text");
	tk_emit_strn(e, t.buf, t.len);
}

/*
 * TP-UDL at s->off and TP-UD after it.  In GSM 7-bit (uncompressed) TP-UDL counts septets,
 * the UDH and its fill bits included: the text starts at the first septet boundary after
 * the header; otherwise it counts octets.
 */
static void emit_ud(struct sms *s, const struct dcs *d, int udhi)
{
	struct tk_emitter *e = s->e;
	size_t udl_off = s->off, ud_off, avail, want, have, hdr = 0, first = 0;
	const uint8_t *ud;
	unsigned udl, max;
	int septets = d->alph == AL_GSM7 && !d->compressed;
	struct shifts sh = { -1, -1 };

	if (!need(s, 1, "TP-UDL"))
		return;
	udl = s->p[udl_off];
	tk_emit_kv_long(e, "udl", udl);
	ud_off = udl_off + 1;
	ud = s->p + ud_off;
	avail = s->n - ud_off;
	want = septets ? ((size_t)udl * 7 + 7) / 8 : udl;
	have = want < avail ? want : avail;
	s->off = ud_off + have;
	max = septets ? 160 : 140;
	if (udl > max)
		fail(s, udl_off, "TP-UDL %u beyond the maximum of %u %s", udl, max, septets ? "septets" : "octets");
	if (have < want)
		fail(s, s->n, "TP-UD truncated: TP-UDL %u %s needs %zu octets, %zu present", udl,
		     septets ? "septets" : "octets", want, avail);
	if (udhi) {
		if (udl == 0) {
			fail(s, udl_off, "TP-UDHI set but TP-UDL is 0");
			return;
		}
		if (have == 0)
			return;
		hdr = (size_t)ud[0] + 1;
		first = septets ? (hdr * 8 + 6) / 7 : hdr;
		if (first > udl) {
			fail(s, ud_off, "UDH of %zu octets beyond TP-UDL %u", hdr, udl);
			emit_udh(s, ud, have, ud_off, &sh);
			return;
		}
		if (hdr > have)
			fail(s, s->n, "UDH truncated: %zu octets needed, %zu present", hdr, have);
		emit_udh(s, ud, have, ud_off, &sh);
		if (hdr > have)
			return;
	}
	tk_emit_key(e, "ud");
	tk_emit_open(e, 0);
	if (d->compressed) {
		tk_emit_kv_bool(e, "compressed", 1);
		tk_emit_kv_hex(e, "hex", ud + hdr, have - hdr);
	} else if (septets) {
		if (udhi)
			tk_emit_kv_long(e, "fillBits", (long)(first * 7 - hdr * 8));
		emit_gsm7_text(e, ud, have, first, udl - first, &sh);
	} else if (d->alph == AL_UCS2) {
		struct text t = { "", 0 };
		ucs2_decode(ud + hdr, have - hdr, &t);
		tk_emit_key(e, "text");
		tk_emit_strn(e, t.buf, t.len);
		if ((have - hdr) % 2)
			fail(s, ud_off + have - 1, "UCS2 text of an odd number of octets");
	} else {
		tk_emit_kv_hex(e, "hex", ud + hdr, have - hdr);
	}
	tk_emit_close(e, 0);
}

/* ---- the TPDUs (9.2.2) ------------------------------------------------------------------ */

static void emit_mr(struct sms *s)
{
	tk_emit_kv_long(s->e, "mr", s->p[s->off++]);
}

/* 9.2.2.1 SMS-DELIVER */
static void dec_deliver(struct sms *s)
{
	uint8_t fo = s->p[0];
	struct dcs d;

	/* TP-MMS: bit 0 means more messages are waiting; as a flag, "more messages to send" */
	tk_emit_kv_bool(s->e, "mms", !(fo & 0x04));
	tk_emit_kv_bool(s->e, "lp", fo & 0x08);
	tk_emit_kv_bool(s->e, "sri", fo & 0x20);
	tk_emit_kv_bool(s->e, "udhi", fo & 0x40);
	tk_emit_kv_bool(s->e, "rp", fo & 0x80);
	if (!emit_address(s, "oa", "TP-OA") || !emit_pid_dcs(s, 1, 1, &d) ||
	    !emit_time_field(s, "scts", "TP-SCTS"))
		return;
	emit_ud(s, &d, fo & 0x40);
}

/* 9.2.2.2 SMS-SUBMIT */
static void dec_submit(struct sms *s)
{
	uint8_t fo = s->p[0];
	unsigned vpf = (fo >> 3) & 3;
	struct dcs d;

	tk_emit_kv_bool(s->e, "rd", fo & 0x04);
	tk_emit_kv_str(s->e, "vpf", vpf_names[vpf]);
	tk_emit_kv_bool(s->e, "rp", fo & 0x80);
	tk_emit_kv_bool(s->e, "udhi", fo & 0x40);
	tk_emit_kv_bool(s->e, "srr", fo & 0x20);
	if (!need(s, 1, "TP-MR"))
		return;
	emit_mr(s);
	if (!emit_address(s, "da", "TP-DA") || !emit_pid_dcs(s, 1, 1, &d) || !emit_vp(s, vpf))
		return;
	emit_ud(s, &d, fo & 0x40);
}

/* 9.2.3.22 TP-Failure-Cause */
static const struct tk_value_string fcs_names[] = {
	{ 0x80, "telematic interworking not supported" },
	{ 0x81, "short message Type 0 not supported" },
	{ 0x82, "cannot replace short message" },
	{ 0x8f, "unspecified TP-PID error" },
	{ 0x90, "data coding scheme (alphabet) not supported" },
	{ 0x91, "message class not supported" },
	{ 0x9f, "unspecified TP-DCS error" },
	{ 0xa0, "command cannot be actioned" },
	{ 0xa1, "command unsupported" },
	{ 0xaf, "unspecified TP-Command error" },
	{ 0xb0, "TPDU not supported" },
	{ 0xc0, "SC busy" },
	{ 0xc1, "no SC subscription" },
	{ 0xc2, "SC system failure" },
	{ 0xc3, "invalid SME address" },
	{ 0xc4, "destination SME barred" },
	{ 0xc5, "SM rejected-duplicate SM" },
	{ 0xc6, "TP-VPF not supported" },
	{ 0xc7, "TP-VP not supported" },
	{ 0xd0, "(U)SIM SMS storage full" },
	{ 0xd1, "no SMS storage capability in (U)SIM" },
	{ 0xd2, "error in MS" },
	{ 0xd3, "memory capacity exceeded" },
	{ 0xd4, "(U)SIM Application Toolkit busy" },
	{ 0xd5, "(U)SIM data download error" },
	{ 0xff, "unspecified error cause" },
	{ 0, NULL }
};

static const struct tk_vrange fcs_ranges[] = {
	{ 0xe0, 0xfe, "value specific to an application" },
	{ 0, 0, NULL }
};

/* TP-PI (9.2.3.27) at s->off; returns 0 (error recorded) if truncated */
static int emit_pi(struct sms *s, unsigned *pi)
{
	struct tk_emitter *e = s->e;
	size_t at = s->off;

	if (!need(s, 1, "TP-PI"))
		return 0;
	*pi = s->p[s->off++];
	/* bit 8 extends TP-PI by another octet, whose bits are all reserved so far */
	while (s->p[s->off - 1] & 0x80) {
		if (!need(s, 1, "TP-PI extension"))
			return 0;
		s->off++;
	}
	tk_emit_key(e, "pi");
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "value", *pi);
	tk_emit_kv_bool(e, "pid", *pi & 1);
	tk_emit_kv_bool(e, "dcs", *pi & 2);
	tk_emit_kv_bool(e, "udl", *pi & 4);
	if (s->off - at > 1)
		tk_emit_kv_hex(e, "extension", s->p + at + 1, s->off - at - 1);
	tk_emit_close(e, 0);
	return 1;
}

/*
 * The optional TP-FCS of the reports.  TS 23.040 gives the report an FCS in an RP-ERROR
 * and none in an RP-ACK, and nothing in the TPDU says which one carried it.  FCS values
 * are 0x80..0xFF, while bit 8 of TP-PI is an extension bit no sender sets, so an octet
 * with bit 8 set is taken as the FCS (the rule Wireshark uses as well).
 */
static int emit_fcs_if_any(struct sms *s)
{
	uint8_t v;

	if (!need(s, 1, "TP-FCS or TP-PI"))
		return 0;
	v = s->p[s->off];
	if (!(v & 0x80))
		return 1;
	tk_emit_key(s->e, "fcs");
	tk_emit_open(s->e, 0);
	tk_emit_kv_long(s->e, "value", v);
	tk_inner_emit_name(s->e, "meaning", fcs_names, fcs_ranges, "reserved", v);
	tk_emit_close(s->e, 0);
	s->off++;
	return 1;
}

/* after TP-PI: the fields it says are present */
static void emit_pi_fields(struct sms *s, unsigned pi, int udhi)
{
	struct dcs d;

	if (!emit_pid_dcs(s, pi & 1, pi & 2, &d))
		return;
	if (pi & 4)
		emit_ud(s, &d, udhi);
}

/* 9.2.2.1a SMS-DELIVER-REPORT */
static void dec_deliver_report(struct sms *s)
{
	uint8_t fo = s->p[0];
	unsigned pi;

	tk_emit_kv_bool(s->e, "udhi", fo & 0x40);
	if (!emit_fcs_if_any(s) || !emit_pi(s, &pi))
		return;
	emit_pi_fields(s, pi, fo & 0x40);
}

/* 9.2.2.2a SMS-SUBMIT-REPORT */
static void dec_submit_report(struct sms *s)
{
	uint8_t fo = s->p[0];
	unsigned pi;

	tk_emit_kv_bool(s->e, "udhi", fo & 0x40);
	if (!emit_fcs_if_any(s) || !emit_pi(s, &pi) || !emit_time_field(s, "scts", "TP-SCTS"))
		return;
	emit_pi_fields(s, pi, fo & 0x40);
}

/* 9.2.3.15 TP-Status */
static const struct tk_value_string st_names[] = {
	{ 0x00, "short message received by the SME" },
	{ 0x01, "short message forwarded by the SC to the SME but the SC is unable to confirm delivery" },
	{ 0x02, "short message replaced by the SC" },
	{ 0x20, "congestion" },
	{ 0x21, "SME busy" },
	{ 0x22, "no response from SME" },
	{ 0x23, "service rejected" },
	{ 0x24, "quality of service not available" },
	{ 0x25, "error in SME" },
	{ 0x40, "remote procedure error" },
	{ 0x41, "incompatible destination" },
	{ 0x42, "connection rejected by SME" },
	{ 0x43, "not obtainable" },
	{ 0x44, "quality of service not available" },
	{ 0x45, "no interworking available" },
	{ 0x46, "SM validity period expired" },
	{ 0x47, "SM deleted by originating SME" },
	{ 0x48, "SM deleted by SC administration" },
	{ 0x49, "SM does not exist" },
	{ 0x60, "congestion" },
	{ 0x61, "SME busy" },
	{ 0x62, "no response from SME" },
	{ 0x63, "service rejected" },
	{ 0x64, "quality of service not available" },
	{ 0x65, "error in SME" },
	{ 0, NULL }
};

static const struct tk_vrange st_ranges[] = {
	{ 0x10, 0x1f, "value specific to each SC" },
	{ 0x30, 0x3f, "value specific to each SC" },
	{ 0x50, 0x5f, "value specific to each SC" },
	{ 0x70, 0x7f, "value specific to each SC" },
	{ 0, 0, NULL }
};

static void emit_st(struct tk_emitter *e, uint8_t v)
{
	static const char *const kinds[4] = {
		"short message transaction completed",
		"temporary error, SC still trying to transfer SM",
		"permanent error, SC is not making any more transfer attempts",
		"temporary error, SC is not making any more transfer attempts",
	};

	tk_emit_key(e, "st");
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "value", v);
	tk_emit_kv_str(e, "category", v < 0x80 ? kinds[v >> 5] : "reserved");
	tk_inner_emit_name(e, "meaning", st_names, st_ranges, "reserved", v);
	tk_emit_close(e, 0);
}

/* 9.2.2.3 SMS-STATUS-REPORT */
static void dec_status_report(struct sms *s)
{
	uint8_t fo = s->p[0];
	unsigned pi;

	tk_emit_kv_bool(s->e, "mms", !(fo & 0x04));
	tk_emit_kv_bool(s->e, "lp", fo & 0x08);
	/* TP-SRQ: which TPDU the report answers */
	tk_emit_kv_str(s->e, "srq", fo & 0x20 ? "SMS-COMMAND" : "SMS-SUBMIT");
	tk_emit_kv_bool(s->e, "udhi", fo & 0x40);
	if (!need(s, 1, "TP-MR"))
		return;
	emit_mr(s);
	if (!emit_address(s, "ra", "TP-RA") || !emit_time_field(s, "scts", "TP-SCTS") ||
	    !emit_time_field(s, "dt", "TP-DT") || !need(s, 1, "TP-ST"))
		return;
	emit_st(s->e, s->p[s->off++]);
	/* TP-PI and what it announces are optional here: the TPDU may end after TP-ST */
	if (s->off == s->n || !emit_pi(s, &pi))
		return;
	emit_pi_fields(s, pi, fo & 0x40);
}

/* 9.2.3.19 TP-Command-Type */
static const struct tk_value_string ct_names[] = {
	{ 0x00, "enquiry relating to previously submitted short message" },
	{ 0x01, "cancel status report request relating to previously submitted short message" },
	{ 0x02, "delete previously submitted short message" },
	{ 0x03, "enable status report request relating to previously submitted short message" },
	{ 0, NULL }
};

static const struct tk_vrange ct_ranges[] = {
	{ 0xe0, 0xff, "value specific to each SC" },
	{ 0, 0, NULL }
};

/* 9.2.2.4 SMS-COMMAND */
static void dec_command(struct sms *s)
{
	struct tk_emitter *e = s->e;
	uint8_t fo = s->p[0];
	unsigned cdl;
	size_t cd_off, have;
	struct shifts sh = { -1, -1 };

	tk_emit_kv_bool(e, "udhi", fo & 0x40);
	tk_emit_kv_bool(e, "srr", fo & 0x20);
	if (!need(s, 3, "TP-MR, TP-PID and TP-CT"))
		return;
	emit_mr(s);
	emit_pid(e, s->p[s->off++]);
	tk_emit_key(e, "ct");
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "value", s->p[s->off]);
	tk_inner_emit_name(e, "meaning", ct_names, ct_ranges, "reserved", s->p[s->off]);
	tk_emit_close(e, 0);
	s->off++;
	if (!need(s, 1, "TP-MN"))
		return;
	tk_emit_kv_long(e, "mn", s->p[s->off++]);
	if (!emit_address(s, "da", "TP-DA") || !need(s, 1, "TP-CDL"))
		return;
	cdl = s->p[s->off];
	tk_emit_kv_long(e, "cdl", cdl);
	cd_off = ++s->off;
	have = s->n - cd_off < cdl ? s->n - cd_off : cdl;
	s->off = cd_off + have;
	if (cdl > 156)
		fail(s, cd_off - 1, "TP-CDL %u beyond the maximum of 156 octets", cdl);
	if (have < cdl)
		fail(s, s->n, "TP-CD truncated: TP-CDL %u, %zu octets present", cdl, have);
	/* TP-UDHI says the command data starts with a header, as user data would */
	if ((fo & 0x40) && have > 0) {
		size_t hdr = (size_t)s->p[cd_off] + 1;
		if (hdr > cdl)
			fail(s, cd_off, "UDH of %zu octets beyond TP-CDL %u", hdr, cdl);
		emit_udh(s, s->p + cd_off, have, cd_off, &sh);
	}
	tk_emit_kv_hex(e, "cd", s->p + cd_off, have);
}

/* ---- entry ------------------------------------------------------------------------------ */

enum tpdu {
	SMS_DELIVER, SMS_DELIVER_REPORT, SMS_SUBMIT, SMS_SUBMIT_REPORT, SMS_STATUS_REPORT,
	SMS_COMMAND, SMS_RESERVED
};

static const char *const tpdu_names[] = {
	"SMS-DELIVER", "SMS-DELIVER-REPORT", "SMS-SUBMIT", "SMS-SUBMIT-REPORT",
	"SMS-STATUS-REPORT", "SMS-COMMAND", "reserved",
};

/* 9.2.3.1 TP-MTI, by direction */
static const enum tpdu by_mti[2][4] = {
	/* SC -> MS */ { SMS_DELIVER, SMS_SUBMIT_REPORT, SMS_STATUS_REPORT, SMS_RESERVED },
	/* MS -> SC */ { SMS_DELIVER_REPORT, SMS_SUBMIT, SMS_COMMAND, SMS_RESERVED },
};

/* end the value's object: the raw octets, then the first problem */
static void sms_finish(struct sms *s)
{
	struct tk_emitter *e = s->e;

	tk_emit_kv_hex(e, "hex", s->p, s->n);
	if (s->err_set) {
		tk_emit_key(e, "error");
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "offset", (long)s->err_offset);
		tk_emit_kv_str(e, "reason", s->err_reason);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 0);
}

void tk_emit_sms_tpdu(struct tk_emitter *e, const uint8_t *p, size_t n, int from_ms)
{
	struct sms s;
	unsigned mti;
	int ms;
	enum tpdu t;

	memset(&s, 0, sizeof(s));
	s.e = e;
	s.p = p;
	s.n = p ? n : 0;
	tk_emit_open(e, 0);
	if (s.n == 0) {
		fail(&s, 0, "empty TPDU");
		goto out;
	}
	mti = p[0] & 3;
	/* unknown direction: the reading met most often, MO-ForwardSM carrying SMS-SUBMIT and
	 * MT-ForwardSM carrying SMS-DELIVER and SMS-STATUS-REPORT */
	ms = from_ms >= 0 ? from_ms != 0 : mti == 1;
	t = by_mti[ms][mti];
	tk_emit_kv_str(e, "type", tpdu_names[t]);
	if (t != SMS_RESERVED || from_ms >= 0)
		tk_emit_kv_str(e, "direction", ms ? "MS->SC" : "SC->MS");
	if (from_ms < 0 && t != SMS_RESERVED)
		tk_emit_kv_bool(e, "directionAssumed", 1);
	tk_emit_kv_long(e, "mti", mti);
	s.off = 1;
	switch (t) {
	case SMS_DELIVER: dec_deliver(&s); break;
	case SMS_DELIVER_REPORT: dec_deliver_report(&s); break;
	case SMS_SUBMIT: dec_submit(&s); break;
	case SMS_SUBMIT_REPORT: dec_submit_report(&s); break;
	case SMS_STATUS_REPORT: dec_status_report(&s); break;
	case SMS_COMMAND: dec_command(&s); break;
	default:
		fail(&s, 0, "TP-MTI 3 is reserved");
		break;
	}
	if (s.off < s.n)
		fail(&s, s.off, "%zu octet%s after the end of the TPDU", s.n - s.off, s.n - s.off == 1 ? "" : "s");
out:
	sms_finish(&s);
}

/* GSM 7-bit default alphabet text (packed septets, no header) as UTF-8, for the other
 * users of the alphabet (USSD strings); returns the length written, or -1 */
int tk_gsm7_default_text(const uint8_t *p, size_t n, size_t septets, char *out, size_t out_size)
{
	struct text t;

	memset(&t, 0, sizeof(t));
	gsm7_decode(p, n, 0, septets, lock_default, ext_default, &t);
	if (t.len + 1 > out_size)
		return -1;
	memcpy(out, t.buf, t.len);
	out[t.len] = '\0';
	return (int)t.len;
}

/* UCS2 (UTF-16BE) text as UTF-8; returns the length written, or -1 */
int tk_ucs2_text(const uint8_t *p, size_t n, char *out, size_t out_size)
{
	struct text t;

	memset(&t, 0, sizeof(t));
	ucs2_decode(p, n, &t);
	if (t.len + 1 > out_size)
		return -1;
	memcpy(out, t.buf, t.len);
	out[t.len] = '\0';
	return (int)t.len;
}

/* ---- single TP fields, as CAP carries them (TS 29.078 InitialDPSMSArg) ------------------ */

/* the first octet of a TPDU (9.2.3.1-9.2.3.26 bits): the flags of the TPDU its MTI names */
static void emit_first_octet(struct tk_emitter *e, uint8_t v)
{
	static const char *const mti_names[4] = {
		"SMS-DELIVER or SMS-DELIVER-REPORT", "SMS-SUBMIT or SMS-SUBMIT-REPORT",
		"SMS-STATUS-REPORT or SMS-COMMAND", "reserved",
	};

	tk_emit_kv_long(e, "mti", v & 3);
	tk_emit_kv_str(e, "tpdu", mti_names[v & 3]);
	switch (v & 3) {
	case 0:
		/* TP-MMS is "more messages" when 0 (9.2.3.2) */
		tk_emit_kv_bool(e, "moreMessagesToSend", !(v & 0x04));
		tk_emit_kv_bool(e, "loopPrevention", v & 0x08);
		tk_emit_kv_bool(e, "statusReportIndication", v & 0x20);
		break;
	case 1:
		tk_emit_kv_bool(e, "rejectDuplicates", v & 0x04);
		tk_emit_kv_str(e, "vpf", vpf_names[(v >> 3) & 3]);
		tk_emit_kv_bool(e, "statusReportRequest", v & 0x20);
		break;
	case 2:
		tk_emit_kv_bool(e, "statusReportRequestOrQualifier", v & 0x20);
		break;
	default:
		break;
	}
	tk_emit_kv_bool(e, "udhi", v & 0x40);
	if ((v & 3) != 2)
		tk_emit_kv_bool(e, "replyPath", v & 0x80);
}

void tk_emit_tp_field(struct tk_emitter *e, enum tk_tp_field f, const uint8_t *p, size_t n, int vpf)
{
	struct sms s;
	struct dcs d;

	memset(&s, 0, sizeof(s));
	s.e = e;
	s.p = p;
	s.n = p ? n : 0;
	tk_emit_open(e, 0);
	if (s.n == 0) {
		fail(&s, 0, "empty");
		goto out;
	}
	switch (f) {
	case TK_TP_FIRST_OCTET:
		emit_first_octet(e, p[0]);
		s.off = 1;
		break;
	case TK_TP_PID:
		emit_pid(e, p[0]);
		s.off = 1;
		break;
	case TK_TP_DCS:
		emit_dcs(e, p[0], &d);
		s.off = 1;
		break;
	case TK_TP_VP:
		/* TS 29.078: "the length of ValidityPeriod is either 1 octet or 7 octets"; which
		 * 7-octet form (absolute, enhanced) only the TP-VPF of the first octet says */
		if (s.n == 1) {
			emit_vp(&s, 2);
		} else if (s.n == 7) {
			if (vpf != 1 && vpf != 3)
				tk_emit_kv_bool(e, "formatAssumed", 1);
			emit_vp(&s, vpf == 1 ? 1 : 3);
		} else {
			fail(&s, 0, "%zu octets: a validity period has 1 or 7", s.n);
			s.off = s.n;
		}
		break;
	}
	if (s.off < s.n)
		fail(&s, s.off, "%zu octet%s after the field", s.n - s.off, s.n - s.off == 1 ? "" : "s");
out:
	sms_finish(&s);
}

void tk_emit_sms_address(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct sms s;

	memset(&s, 0, sizeof(s));
	s.e = e;
	s.p = p;
	s.n = p ? n : 0;
	tk_emit_open(e, 0);
	if (s.n == 0)
		fail(&s, 0, "empty");
	else if (emit_address(&s, NULL, "address") && s.off < s.n)
		fail(&s, s.off, "%zu octet%s after the address", s.n - s.off, s.n - s.off == 1 ? "" : "s");
	sms_finish(&s);
}
