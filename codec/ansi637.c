/*
 * The IS-637 SMS teleservice layer (TIA-637, 3GPP2 C.S0015 "Short Message Service (SMS) for
 * Wideband Spread Spectrum Systems"): the Bearer Data of a teleservice message is a list of
 * subparameters, each SUBPARAMETER_ID (8 bits), SUBPARAM_LEN (8 bits, octets) and the
 * subparameter's fields, bit fields packed from the most significant bit of each octet with
 * no alignment, then reserved bits to the octet boundary (C.S0015 4.5).
 *
 * Sources.  Table 4.5-1 (the identifiers) and 4.5.1 (Message Identifier, Table 4.5.1-1) were
 * read in a public transcript of C.S0015 (the search tool's "pages" corpus).  The other
 * layouts are those of C.S0015-B 4.5.2-4.5.22 as this file cites them clause by clause (from
 * memory of the text: the search tool did not hold it), so each layout and the value names of
 * every table below but the teleservices and IS-91 types were checked against what tshark
 * 4.0.17's ansi_637 dissector shows for vectors built with the field changed value by value
 * (tests/check_ansi637.c); where only tshark confirmed a fact, or where tshark says otherwise
 * (GSM 7-bit packing, encoding 10, language 8), the comment says so.  The message encodings are those of 3GPP2
 * C.R1001 Table 9.1-1 (confirmed by public source code of CDMA phones: 10 GSM
 * Data-Coding-Scheme, and the IS-91 message types 0x82-0x85).
 *
 * Every read goes through the bounded bit reader of csn1.c; each subparameter is read within
 * its own SUBPARAM_LEN, so a wrong length inside one does not stop the later ones.
 */
#include <stdio.h>
#include <string.h>

#include "ansi637.h"
#include "csn1.h"
#include "inner.h"
#include "names.h"
#include "print.h"
#include "sms.h"

/* ---- value tables ------------------------------------------------------------------------ */

/* C.S0015 Teleservice Identifier values (Table 3.4.3.1-1 as recalled; neither the text nor
 * tshark was checked for these names), as TIA-41 SMS_TeleserviceIdentifier carries them */
static const struct tk_value_string teleservice_names[] = {
	{ 4096, "CMT-91 (IS-91 Extended Protocol Enhanced Services)" },
	{ 4097, "CPT-95 (Wireless Paging Teleservice)" },
	{ 4098, "CMT-95 (Wireless Messaging Teleservice)" },
	{ 4099, "VMN-95 (Voice Mail Notification)" },
	{ 4100, "WAP (Wireless Application Protocol)" },
	{ 4101, "WEMT (Wireless Enhanced Messaging Teleservice)" },
	{ 4102, "SCPT (Service Category Programming Teleservice)" },
	{ 4103, "CATPT (Card Application Toolkit Protocol Teleservice)" },
	{ 0, NULL }
};

/* C.S0015 Table 4.5-1 Bearer Data Subparameter Identifiers */
static const struct tk_value_string subparameter_names[] = {
	{ 0, "Message Identifier" },
	{ 1, "User Data" },
	{ 2, "User Response Code" },
	{ 3, "Message Center Time Stamp" },
	{ 4, "Validity Period - Absolute" },
	{ 5, "Validity Period - Relative" },
	{ 6, "Deferred Delivery Time - Absolute" },
	{ 7, "Deferred Delivery Time - Relative" },
	{ 8, "Priority Indicator" },
	{ 9, "Privacy Indicator" },
	{ 10, "Reply Option" },
	{ 11, "Number of Messages" },
	{ 12, "Alert on Message Delivery" },
	{ 13, "Language Indicator" },
	{ 14, "Call-Back Number" },
	{ 15, "Message Display Mode" },
	{ 16, "Multiple Encoding User Data" },
	{ 17, "Message Deposit Index" },
	{ 18, "Service Category Program Data" },
	{ 19, "Service Category Program Results" },
	{ 20, "Message Status" },
	{ 21, "TP-Failure Cause" },
	{ 22, "Enhanced VMN" },
	{ 23, "Enhanced VMN Ack" },
	{ 0, NULL }
};

/* C.S0015 Table 4.5.1-1 Message Types (tshark names them the same) */
static const struct tk_value_string message_types[] = {
	{ 1, "Deliver" },
	{ 2, "Submit" },
	{ 3, "Cancellation" },
	{ 4, "Delivery Acknowledgment" },
	{ 5, "User Acknowledgment" },
	{ 6, "Read Acknowledgment" },
	{ 7, "Deliver Report" },
	{ 8, "Submit Report" },
	{ 0, NULL }
};

/* C.R1001 Table 9.1-1 Data Field Encoding Assignments (MSG_ENCODING); 0-9 as tshark names
 * them; tshark 4.0.17 calls 10 "Reserved" (it predates the GSM DCS entry) */
enum {
	ENC_OCTET = 0, ENC_IS91 = 1, ENC_ASCII7 = 2, ENC_IA5 = 3, ENC_UNICODE = 4,
	ENC_SHIFT_JIS = 5, ENC_KOREAN = 6, ENC_LATIN_HEBREW = 7, ENC_LATIN = 8, ENC_GSM7 = 9,
	ENC_GSM_DCS = 10
};
static const struct tk_value_string encodings[] = {
	{ ENC_OCTET, "Octet, unspecified" },
	{ ENC_IS91, "IS-91 Extended Protocol Message" },
	{ ENC_ASCII7, "7-bit ASCII" },
	{ ENC_IA5, "IA5" },
	{ ENC_UNICODE, "UNICODE" },
	{ ENC_SHIFT_JIS, "Shift-JIS" },
	{ ENC_KOREAN, "Korean" },
	{ ENC_LATIN_HEBREW, "Latin/Hebrew" },
	{ ENC_LATIN, "Latin" },
	{ ENC_GSM7, "GSM 7-bit default alphabet" },
	{ ENC_GSM_DCS, "GSM Data-Coding-Scheme" },
	{ 0, NULL }
};

/* IS-91 Extended Protocol message types that C.S0015 4.5.2's MESSAGE_TYPE carries with MSG_ENCODING
 * '00001' (TIA/EIA/IS-91 values, as CDMA phones' public source code names them) */
static const struct tk_value_string is91_types[] = {
	{ 0x82, "Voice Mail Status" },
	{ 0x83, "Short Message Full" },
	{ 0x84, "CLI Order" },
	{ 0x85, "Short Message" },
	{ 0, NULL }
};

/* C.S0015 4.5.9 Table 4.5.9-1 Priority Indicator */
static const struct tk_value_string priorities[] = {
	{ 0, "Normal" },
	{ 1, "Interactive" },
	{ 2, "Urgent" },
	{ 3, "Emergency" },
	{ 0, NULL }
};

/* C.S0015 4.5.10 Table 4.5.10-1 Privacy Indicator */
static const struct tk_value_string privacies[] = {
	{ 0, "Not restricted (privacy level 0)" },
	{ 1, "Restricted (privacy level 1)" },
	{ 2, "Confidential (privacy level 2)" },
	{ 3, "Secret (privacy level 3)" },
	{ 0, NULL }
};

/* C.S0015 4.5.13 Table 4.5.13-1 ALERT_PRIORITY */
static const struct tk_value_string alert_priorities[] = {
	{ 0, "Use Mobile default alert" },
	{ 1, "Use Low-priority alert" },
	{ 2, "Use Medium-priority alert" },
	{ 3, "Use High-priority alert" },
	{ 0, NULL }
};

/* C.R1001 Table 9.2-1 Language Indicator Value Assignments */
static const struct tk_value_string languages[] = {
	{ 0, "Unknown or unspecified" },
	{ 1, "English" },
	{ 2, "French" },
	{ 3, "Spanish" },
	{ 4, "Japanese" },
	{ 5, "Korean" },
	{ 6, "Chinese" },
	{ 7, "Hebrew" },
	{ 8, "Portuguese" },	/* tshark only: not in the C.R1001 text recalled here */
	{ 0, NULL }
};

/* C.S0015 4.5.15 DIGIT_MODE */
static const struct tk_value_string digit_modes[] = {
	{ 0, "4-bit DTMF" },
	{ 1, "8-bit ASCII" },
	{ 0, NULL }
};

/* C.S0005 Table 2.7.1.3.2.4-2 Number Types (C.S0015 4.5.15 NUMBER_TYPE refers to it) */
static const struct tk_value_string number_types[] = {
	{ 0, "Unknown" },
	{ 1, "International number" },
	{ 2, "National number" },
	{ 3, "Network-specific number" },
	{ 4, "Subscriber number" },
	{ 6, "Abbreviated number" },
	{ 7, "Reserved for extension" },
	{ 0, NULL }
};

/* C.S0005 Table 2.7.1.3.2.4-3 Numbering Plan Identification (C.S0015 4.5.15 NUMBER_PLAN) */
static const struct tk_value_string number_plans[] = {
	{ 0, "Unknown" },
	{ 1, "ISDN/Telephony numbering plan" },
	{ 3, "Data numbering plan" },
	{ 4, "Telex numbering plan" },
	{ 9, "Private numbering plan" },
	{ 15, "Reserved for extension" },
	{ 0, NULL }
};

/* C.S0015 4.5.16 Table 4.5.16-1 MSG_DISPLAY_MODE */
static const struct tk_value_string display_modes[] = {
	{ 0, "Immediate Display" },
	{ 1, "Mobile default setting" },
	{ 2, "User Invoke" },
	{ 0, NULL }
};

/* C.S0015 4.5.19 Table 4.5.19-1 OPERATION_CODE */
static const struct tk_value_string scp_operations[] = {
	{ 0, "Delete the Service Category" },
	{ 1, "Add the Service Category" },
	{ 2, "Clear all Service Categories" },
	{ 0, NULL }
};

/* C.S0015 4.5.19 Table 4.5.19-2 ALERT_OPTION */
static const struct tk_value_string scp_alert_options[] = {
	{ 0, "No alert" },
	{ 1, "Mobile Station default alert" },
	{ 2, "Vibrate alert once" },
	{ 3, "Vibrate alert - repeat" },
	{ 4, "Visual alert once" },
	{ 5, "Visual alert - repeat" },
	{ 6, "Low-priority alert once" },
	{ 7, "Low-priority alert - repeat" },
	{ 8, "Medium-priority alert once" },
	{ 9, "Medium-priority alert - repeat" },
	{ 10, "High-priority alert once" },
	{ 11, "High-priority alert - repeat" },
	{ 0, NULL }
};

/* C.S0015 4.5.20 Table 4.5.20-1 CATEGORY_RESULT */
static const struct tk_value_string scp_results[] = {
	{ 0, "Programming successful" },
	{ 1, "Service Category memory limit exceeded" },
	{ 2, "Service Category limit exceeded" },
	{ 3, "Category already programmed" },
	{ 4, "Category not previously programmed" },
	{ 5, "Invalid MAX_MESSAGES" },
	{ 6, "Invalid ALERT_OPTION" },
	{ 7, "Invalid Service Category name" },
	{ 8, "Unspecified programming failure" },
	{ 0, NULL }
};

/* C.S0015 4.5.21 ERROR_CLASS */
static const struct tk_value_string error_classes[] = {
	{ 0, "No Error" },
	{ 2, "Temporary Condition" },
	{ 3, "Permanent Condition" },
	{ 0, NULL }
};

/* C.S0015 4.5.21 Table 4.5.21-1: MSG_STATUS_CODE by ERROR_CLASS, keyed here by the whole
 * octet (ERROR_CLASS in bits 8-7, MSG_STATUS_CODE in bits 6-1) */
static const struct tk_value_string status_codes[] = {
	{ 0x00, "Message accepted" },
	{ 0x01, "Message deposited to Internet" },
	{ 0x02, "Message delivered" },
	{ 0x03, "Message cancelled" },
	{ 0x84, "Network congestion" },
	{ 0x85, "Network error" },
	{ 0x9f, "Unknown error" },
	{ 0xc4, "Network congestion" },
	{ 0xc5, "Network error" },
	{ 0xc6, "Cancel failed" },
	{ 0xc7, "Blocked destination" },
	{ 0xc8, "Text too long" },
	{ 0xc9, "Duplicate message" },
	{ 0xca, "Invalid destination" },
	{ 0xcd, "Message expired" },
	{ 0xdf, "Unknown error" },
	{ 0, NULL }
};

/* ---- helpers --------------------------------------------------------------------------------- */

/* what a subparameter's decoder works with: the value's octets, their offset in the bearer data
 * (for errors), where errors go */
struct sp {
	struct tk_emitter *e;
	struct tk_inner_err *er;
	const uint8_t *p;
	size_t n;
	size_t off;
	const char *name;
};

/* number and name of an enumerated field: key: v, key+"Name": its name */
static void enum_field(struct tk_emitter *e, const char *key, const struct tk_value_string *vs,
		       const char *dflt, long v)
{
	char k[64];

	tk_emit_kv_long(e, key, v);
	snprintf(k, sizeof(k), "%sName", key);
	tk_inner_emit_name(e, k, vs, NULL, dflt, v);
}

static uint32_t get(struct tk_csn1 *b, unsigned width)
{
	uint32_t v = 0;

	(void)tk_csn1_get(b, width, &v);	/* callers check tk_csn1_left() first */
	return v;
}

/* a fixed length value: k octets, else an error (and 0 when fewer) */
static int fixed(struct sp *s, size_t k)
{
	if (s->n == k)
		return 1;
	tk_inner_fail(s->er, s->off, "%s of %zu octet%s, C.S0015 gives it %zu", s->name, s->n,
		      s->n == 1 ? "" : "s", k);
	return s->n > k;
}

/* up to 255 characters, 4 UTF-8 octets each at most */
struct text {
	char buf[1100];
	size_t len;
};

static void put_cp(struct text *t, uint32_t cp)
{
	if (t->len + 4 >= sizeof(t->buf))
		return;
	if (cp < 0x80) {
		t->buf[t->len++] = (char)cp;
	} else if (cp < 0x800) {
		t->buf[t->len++] = (char)(0xc0 | cp >> 6);
		t->buf[t->len++] = (char)(0x80 | (cp & 0x3f));
	} else {
		t->buf[t->len++] = (char)(0xe0 | cp >> 12);
		t->buf[t->len++] = (char)(0x80 | ((cp >> 6) & 0x3f));
		t->buf[t->len++] = (char)(0x80 | (cp & 0x3f));
	}
	t->buf[t->len] = 0;
}

/* ---- characters (C.S0015 4.5.2 CHARi) ------------------------------------------------------ */

/* the TS 23.038 alphabet of a GSM DCS (SMS data coding, TS 23.038 4): bits per character, 0
 * when the DCS says none of GSM 7-bit, 8-bit data or UCS2 (compressed, reserved groups) */
static unsigned gsm_dcs_width(unsigned dcs)
{
	unsigned alph;

	if ((dcs & 0xc0) == 0x00 || (dcs & 0xc0) == 0x40) {	/* general data coding groups */
		if (dcs & 0x20)
			return 0;	/* compressed */
		alph = (dcs >> 2) & 3;
	} else if ((dcs & 0xf0) == 0xc0 || (dcs & 0xf0) == 0xd0) {
		alph = 0;		/* message waiting, GSM 7-bit */
	} else if ((dcs & 0xf0) == 0xe0) {
		alph = 2;		/* message waiting, UCS2 */
	} else if ((dcs & 0xf0) == 0xf0) {
		alph = (dcs >> 2) & 1;
	} else {
		return 0;
	}
	return alph == 0 ? 7 : alph == 1 ? 8 : alph == 2 ? 16 : 0;
}

/* bits per CHARi of an encoding (msg_type: the GSM DCS for ENC_GSM_DCS); 0 for IS-91 (its
 * character size depends on its message type) and reserved encodings */
static unsigned char_width(unsigned enc, unsigned msg_type)
{
	switch (enc) {
	case ENC_ASCII7:
	case ENC_IA5:
	case ENC_GSM7:
		return 7;
	case ENC_UNICODE:
		return 16;
	case ENC_OCTET:
	case ENC_SHIFT_JIS:	/* 8 or 16 bits a character: NUM_FIELDS counts octets */
	case ENC_KOREAN:
	case ENC_LATIN_HEBREW:
	case ENC_LATIN:
		return 8;
	case ENC_GSM_DCS:
		return gsm_dcs_width(msg_type);
	default:
		return 0;
	}
}

/* the next octets of b (at most 255) into out, as far as b has them; returns how many */
static size_t take_octets(struct tk_csn1 *b, size_t k, uint8_t *out)
{
	size_t i;

	for (i = 0; i < k && tk_csn1_left(b) >= 8; i++)
		out[i] = (uint8_t)get(b, 8);
	return i;
}

/* a user data header (TS 23.040 9.2.3.24 layout: UDHL, then IEI, length, value) at the start of
 * the characters: "udhl", "udh": [{"iei","hex"}] */
static void udh(struct sp *s, const uint8_t *h, size_t hn, size_t at)
{
	struct tk_emitter *e = s->e;
	size_t i = 1;

	tk_emit_kv_long(e, "udhl", h[0]);
	tk_emit_key(e, "udh");
	tk_emit_open(e, 1);
	while (i < hn) {
		size_t len;

		if (i + 2 > hn) {
			tk_inner_fail(s->er, at, "UDH: IE 0x%02x without its length", h[i]);
			break;
		}
		len = h[i + 1];
		if (i + 2 + len > hn) {
			tk_inner_fail(s->er, at, "UDH: IE 0x%02x of %zu octets beyond the header", h[i], len);
			break;
		}
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "iei", h[i]);
		tk_emit_kv_hex(e, "hex", h + i + 2, len);
		tk_emit_close(e, 0);
		i += 2 + len;
	}
	tk_emit_close(e, 1);
}

/*
 * NUM_FIELDS characters of enc at b (msg_type: IS-91 type or GSM DCS): "text" for the text
 * encodings, "data" (hex) for the others.  With header, the characters start with a user data
 * header (HEADER_IND of the Message Identifier) that fills the first whole characters.
 */
static void chars(struct sp *s, struct tk_csn1 *b, unsigned enc, unsigned msg_type, unsigned nf,
		  int header)
{
	struct tk_emitter *e = s->e;
	unsigned w = char_width(enc, msg_type), i, first = 0;
	size_t avail;
	uint8_t oct[2 * 255 + 1];
	struct text t;
	struct tk_csn1 start;

	memset(&t, 0, sizeof(t));
	start = *b;
	if (w == 0) {
		/* the character size is not known: the rest of the subparameter's bits */
		size_t k = take_octets(b, tk_csn1_left(b) / 8, oct);
		tk_emit_kv_hex(e, "data", oct, k);
		b->pos = b->end;
		return;
	}
	avail = tk_csn1_left(b) / w;
	if (avail < nf)
		tk_inner_fail(s->er, s->off + s->n, "%s truncated: %u characters of %u bits, room for %zu",
			      s->name, nf, w, avail);
	else
		avail = nf;
	if (header && avail > 0) {
		struct tk_csn1 h = *b;
		uint8_t hb[256];
		size_t hn, need;

		size_t lim;

		if (take_octets(&h, 1, hb) == 1) {
			need = (size_t)hb[0] + 1;
			first = (unsigned)((need * 8 + w - 1) / w);
			if (first > avail) {
				tk_inner_fail(s->er, s->off + b->pos / 8,
					      "UDH of %zu octets beyond the %zu characters", need, avail);
				first = (unsigned)avail;
			}
			lim = (size_t)first * w / 8 < need ? (size_t)first * w / 8 : need;
			hn = 1 + (lim > 1 ? take_octets(&h, lim - 1, hb + 1) : 0);
			udh(s, hb, hn, s->off + b->pos / 8);
			b->pos += (size_t)first * w;
		}
	}
	avail -= first;
	switch (enc == ENC_GSM_DCS ? (w == 7 ? ENC_GSM7 : w == 16 ? ENC_UNICODE : ENC_OCTET) : enc) {
	case ENC_ASCII7:
	case ENC_IA5:
		/* IA5 (T.50) in its international reference version is ASCII */
		for (i = 0; i < avail; i++)
			put_cp(&t, get(b, 7));
		break;
	case ENC_LATIN:
		for (i = 0; i < avail; i++)
			put_cp(&t, get(b, 8));	/* ISO 8859-1: the code is the code point */
		break;
	case ENC_UNICODE: {
		for (i = 0; i < avail; i++) {
			uint32_t u = get(b, 16);
			oct[2 * i] = (uint8_t)(u >> 8);
			oct[2 * i + 1] = (uint8_t)u;
		}
		if (tk_ucs2_text(oct, 2 * avail, t.buf, sizeof(t.buf)) >= 0)
			t.len = strlen(t.buf);
		break;
	}
	case ENC_GSM7: {
		/* the octets from the first CHARi on hold the septets packed as TS 23.038 6.1.2.1
		 * packs them (least significant bit first), a header's fill bits included
		 * (tshark 4.0.17 and the public source code of CDMA phones read them so; the
		 * C.S0015 text was not at hand).  The septets after the header are repacked from
		 * septet 0 for sms.c */
		uint8_t pay[256];
		struct tk_csn1 c = start;
		size_t pn = take_octets(&c, ((size_t)(first + avail) * 7 + 7) / 8, pay), k;

		memset(oct, 0, sizeof(oct));
		for (k = 0; k < avail; k++) {
			size_t from = ((size_t)first + k) * 7, to = k * 7;
			unsigned v, j;
			if ((from + 6) / 8 >= pn)
				break;
			for (j = 0, v = 0; j < 7; j++)
				v |= (unsigned)((pay[(from + j) / 8] >> ((from + j) % 8)) & 1) << j;
			for (j = 0; j < 7; j++)
				oct[(to + j) / 8] |= (uint8_t)(((v >> j) & 1) << ((to + j) % 8));
		}
		if (tk_gsm7_default_text(oct, (k * 7 + 7) / 8, k, t.buf, sizeof(t.buf)) >= 0)
			t.len = strlen(t.buf);
		b->pos = start.pos + ((size_t)first + avail) * 7;
		break;
	}
	default: {
		size_t k = take_octets(b, avail, oct);
		tk_emit_kv_hex(e, "data", oct, k);
		return;
	}
	}
	tk_emit_key(e, "text");
	tk_emit_strn(e, t.buf, t.len);
}

/* after the last field: reserved bits to the octet boundary only */
static void rest(struct sp *s, const struct tk_csn1 *b)
{
	if (tk_csn1_left(b) >= 8)
		tk_inner_fail(s->er, s->off + (b->pos + 7) / 8, "%zu octet%s after the %s fields",
			      tk_csn1_left(b) / 8, tk_csn1_left(b) / 8 == 1 ? "" : "s", s->name);
}

/* ---- the subparameters ------------------------------------------------------------------------ */

/* 4.5.1 Message Identifier: MESSAGE_TYPE 4, MESSAGE_ID 16, HEADER_IND 1, RESERVED 3 */
static int message_identifier(struct sp *s)
{
	struct tk_csn1 b;
	unsigned hdr;

	if (!fixed(s, 3))
		return 0;
	tk_csn1_init(&b, s->p, 3);
	enum_field(s->e, "messageType", message_types, "reserved", get(&b, 4));
	tk_emit_kv_long(s->e, "messageId", get(&b, 16));
	hdr = get(&b, 1);
	tk_emit_kv_bool(s->e, "headerIndicator", hdr);
	return (int)hdr;
}

/* 4.5.2 User Data: MSG_ENCODING 5, MESSAGE_TYPE 8 (IS-91 Extended Protocol Message and GSM DCS
 * encodings only), NUM_FIELDS 8, CHARi, RESERVED */
static void user_data(struct sp *s, int header)
{
	struct tk_csn1 b;
	unsigned enc, mt = 0, nf;

	tk_csn1_init(&b, s->p, s->n);
	if (tk_csn1_left(&b) < 13) {
		tk_inner_fail(s->er, s->off, "%s of %zu octet%s: MSG_ENCODING and NUM_FIELDS need 2", s->name,
			      s->n, s->n == 1 ? "" : "s");
		return;
	}
	enc = get(&b, 5);
	enum_field(s->e, "msgEncoding", encodings, "reserved", enc);
	if (enc == ENC_IS91 || enc == ENC_GSM_DCS) {
		if (tk_csn1_left(&b) < 16) {
			tk_inner_fail(s->er, s->off + s->n, "%s truncated before NUM_FIELDS", s->name);
			return;
		}
		mt = get(&b, 8);
		if (enc == ENC_IS91)
			enum_field(s->e, "is91MessageType", is91_types, "unknown", mt);
		else
			tk_emit_kv_long(s->e, "dataCodingScheme", mt);
	}
	nf = get(&b, 8);
	tk_emit_kv_long(s->e, "numFields", nf);
	chars(s, &b, enc, mt, nf, header);
	rest(s, &b);
}

/* 4.5.4, 4.5.5, 4.5.7: YEAR, MONTH, DAY, HOURS, MINUTES, SECONDS, 8 bits each, two BCD
 * digits (YEAR 96-99 for 1996-1999, 00-95 for 2000-2095; tshark shows these years) */
static void time_absolute(struct sp *s)
{
	static const char *const what[6] = { "year", "month", "day", "hours", "minutes", "seconds" };
	int v[6], i;
	char buf[48];

	if (!fixed(s, 6))
		return;
	for (i = 0; i < 6; i++) {
		unsigned hi = s->p[i] >> 4, lo = s->p[i] & 15;
		if (hi > 9 || lo > 9) {
			tk_inner_fail(s->er, s->off + (size_t)i, "%s: %s 0x%02x is not two BCD digits", s->name,
				      what[i], s->p[i]);
			return;
		}
		v[i] = (int)(hi * 10 + lo);
	}
	snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d:%02d", v[0] + (v[0] >= 96 ? 1900 : 2000), v[1],
		 v[2], v[3], v[4], v[5]);
	tk_emit_kv_str(s->e, "time", buf);
	if (v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > 31 || v[3] > 23 || v[4] > 59 || v[5] > 59)
		tk_inner_fail(s->er, s->off, "%s: %s is not a time", s->name, buf);
}

/* 4.5.6, 4.5.8: one octet, Table 4.5.6-1 (the relative validity period) */
static void time_relative(struct sp *s)
{
	unsigned v;
	char buf[96];

	if (!fixed(s, 1))
		return;
	v = s->p[0];
	tk_emit_kv_long(s->e, "value", v);
	if (v <= 143)
		snprintf(buf, sizeof(buf), "%u minutes", (v + 1) * 5);
	else if (v <= 167)
		snprintf(buf, sizeof(buf), "%u minutes", 12 * 60 + (v - 143) * 30);
	else if (v <= 196)
		snprintf(buf, sizeof(buf), "%u days", v - 166);
	else if (v <= 244)
		snprintf(buf, sizeof(buf), "%u weeks", v - 192);
	else if (v == 245)
		snprintf(buf, sizeof(buf), "Indefinite");
	else if (v == 246)
		snprintf(buf, sizeof(buf), "Immediate");
	else if (v == 247)
		snprintf(buf, sizeof(buf), "Valid until mobile becomes inactive/Deliver when mobile next becomes active");
	else if (v == 248)
		snprintf(buf, sizeof(buf), "Valid until registration area changes, discard if not registered");
	else
		snprintf(buf, sizeof(buf), "Reserved (%u)", v);
	tk_emit_kv_str(s->e, "meaning", buf);
}

/* one octet: a field of width bits in its most significant bits, the rest reserved */
static void top_bits(struct sp *s, const char *key, const struct tk_value_string *vs, unsigned width)
{
	if (fixed(s, 1))
		enum_field(s->e, key, vs, "reserved", s->p[0] >> (8 - width));
}

/* 4.5.11 Reply Option: USER_ACK_REQ, DAK_REQ, READ_ACK_REQ, REPORT_REQ, RESERVED 4 */
static void reply_option(struct sp *s)
{
	if (!fixed(s, 1))
		return;
	tk_emit_kv_bool(s->e, "userAckRequested", s->p[0] & 0x80);
	tk_emit_kv_bool(s->e, "deliveryAckRequested", s->p[0] & 0x40);
	tk_emit_kv_bool(s->e, "readAckRequested", s->p[0] & 0x20);
	tk_emit_kv_bool(s->e, "reportRequested", s->p[0] & 0x10);
}

/* 4.5.12 Number of Messages: MESSAGE_CT, two BCD digits (0-99) */
static void number_of_messages(struct sp *s)
{
	unsigned hi, lo;

	if (!fixed(s, 1))
		return;
	hi = s->p[0] >> 4;
	lo = s->p[0] & 15;
	if (hi > 9 || lo > 9)
		tk_inner_fail(s->er, s->off, "%s 0x%02x is not two BCD digits", s->name, s->p[0]);
	else
		tk_emit_kv_long(s->e, "messageCount", hi * 10 + lo);
}

/* 4.5.15 Call-Back Number: DIGIT_MODE 1, NUMBER_TYPE 3 and NUMBER_PLAN 4 (DIGIT_MODE 1 only),
 * NUM_FIELDS 8, CHARi (4 bits DTMF, C.S0005 Table 2.7.1.3.2.4-4, or 8 bits ASCII), RESERVED */
static void call_back_number(struct sp *s)
{
	static const char dtmf[] = "?1234567890*#???";
	struct tk_csn1 b;
	unsigned mode, nf, i, w;
	size_t avail;
	char num[256];
	int bad = 0;

	tk_csn1_init(&b, s->p, s->n);
	if (tk_csn1_left(&b) < 9) {
		tk_inner_fail(s->er, s->off, "%s of %zu octets: DIGIT_MODE and NUM_FIELDS need 2", s->name, s->n);
		return;
	}
	mode = get(&b, 1);
	enum_field(s->e, "digitMode", digit_modes, "reserved", mode);
	if (mode) {
		if (tk_csn1_left(&b) < 15) {
			tk_inner_fail(s->er, s->off + s->n, "%s truncated before NUM_FIELDS", s->name);
			return;
		}
		enum_field(s->e, "numberType", number_types, "reserved", get(&b, 3));
		enum_field(s->e, "numberPlan", number_plans, "reserved", get(&b, 4));
	}
	nf = get(&b, 8);
	tk_emit_kv_long(s->e, "numFields", nf);
	w = mode ? 8 : 4;
	avail = tk_csn1_left(&b) / w;
	if (avail < nf)
		tk_inner_fail(s->er, s->off + s->n, "%s truncated: %u digits of %u bits, room for %zu", s->name,
			      nf, w, avail);
	else
		avail = nf;
	for (i = 0; i < avail; i++) {
		unsigned c = get(&b, w);
		if (!mode) {
			num[i] = dtmf[c];
			if (num[i] == '?' && !bad++)
				tk_inner_fail(s->er, s->off + b.pos / 8, "%s: DTMF code %u is reserved", s->name, c);
		} else {
			num[i] = (c >= 0x20 && c < 0x7f) ? (char)c : '?';
		}
	}
	num[i] = 0;
	tk_emit_kv_str(s->e, "number", num);
	rest(s, &b);
}

/* 4.5.17 Multiple Encoding User Data: { MSG_ENCODING 5, NUM_FIELDS 8, CHARi } to the end (a user
 * data header is read in User Data only) */
static void multiple_encoding(struct sp *s)
{
	struct tk_csn1 b;
	unsigned k = 0;

	tk_csn1_init(&b, s->p, s->n);
	tk_emit_key(s->e, "segments");
	tk_emit_open(s->e, 1);
	while (tk_csn1_left(&b) >= 13 && k++ < 255) {
		unsigned enc = get(&b, 5), nf;

		tk_emit_open(s->e, 0);
		enum_field(s->e, "msgEncoding", encodings, "reserved", enc);
		nf = get(&b, 8);
		tk_emit_kv_long(s->e, "numFields", nf);
		chars(s, &b, enc, 0, nf, 0);
		tk_emit_close(s->e, 0);
	}
	tk_emit_close(s->e, 1);
}

/* 4.5.19 Service Category Program Data: MSG_ENCODING 5, then { OPERATION_CODE 4,
 * SERVICE_CATEGORY 16, LANGUAGE 8, MAX_MESSAGES 8, ALERT_OPTION 4, NUM_FIELDS 8, CHARi } */
static void scp_data(struct sp *s)
{
	struct tk_csn1 b;
	unsigned enc, k = 0;

	tk_csn1_init(&b, s->p, s->n);
	if (tk_csn1_left(&b) < 5) {
		tk_inner_fail(s->er, s->off, "%s of no octets", s->name);
		return;
	}
	enc = get(&b, 5);
	enum_field(s->e, "msgEncoding", encodings, "reserved", enc);
	tk_emit_key(s->e, "categories");
	tk_emit_open(s->e, 1);
	while (tk_csn1_left(&b) >= 48 && k++ < 255) {
		tk_emit_open(s->e, 0);
		enum_field(s->e, "operationCode", scp_operations, "reserved", get(&b, 4));
		tk_emit_kv_long(s->e, "serviceCategory", get(&b, 16));
		enum_field(s->e, "language", languages, "reserved", get(&b, 8));
		tk_emit_kv_long(s->e, "maxMessages", get(&b, 8));
		enum_field(s->e, "alertOption", scp_alert_options, "reserved", get(&b, 4));
		{
			unsigned nf = get(&b, 8);
			tk_emit_kv_long(s->e, "numFields", nf);
			chars(s, &b, enc, 0, nf, 0);
		}
		tk_emit_close(s->e, 0);
	}
	tk_emit_close(s->e, 1);
	rest(s, &b);
}

/* 4.5.20 Service Category Program Results: { SERVICE_CATEGORY 16, CATEGORY_RESULT 4,
 * RESERVED 4 } */
static void scp_results_sp(struct sp *s)
{
	size_t i;

	if (s->n == 0 || s->n % 3)
		tk_inner_fail(s->er, s->off, "%s of %zu octets, not a multiple of 3", s->name, s->n);
	tk_emit_key(s->e, "results");
	tk_emit_open(s->e, 1);
	for (i = 0; i + 3 <= s->n; i += 3) {
		tk_emit_open(s->e, 0);
		tk_emit_kv_long(s->e, "serviceCategory", s->p[i] << 8 | s->p[i + 1]);
		enum_field(s->e, "categoryResult", scp_results, "reserved", s->p[i + 2] >> 4);
		tk_emit_close(s->e, 0);
	}
	tk_emit_close(s->e, 1);
}

/* 4.5.21 Message Status: ERROR_CLASS 2, MSG_STATUS_CODE 6 */
static void message_status(struct sp *s)
{
	if (!fixed(s, 1))
		return;
	enum_field(s->e, "errorClass", error_classes, "reserved", s->p[0] >> 6);
	tk_emit_kv_long(s->e, "statusCode", s->p[0] & 0x3f);
	tk_inner_emit_name(s->e, "statusCodeName", status_codes, NULL, "reserved", s->p[0]);
}

/* one subparameter's fields; returns the HEADER_IND of a Message Identifier, else -1 */
static int fields(struct sp *s, unsigned id, int header)
{
	switch (id) {
	case 0:
		return message_identifier(s);
	case 1:
		user_data(s, header);
		break;
	case 2:	/* 4.5.3 User Response Code: RESPONSE_CODE 8 */
		if (fixed(s, 1))
			tk_emit_kv_long(s->e, "responseCode", s->p[0]);
		break;
	case 3:
	case 4:
	case 6:
		time_absolute(s);
		break;
	case 5:
	case 7:
		time_relative(s);
		break;
	case 8:	/* 4.5.9 PRIORITY 2, RESERVED 6 */
		top_bits(s, "priority", priorities, 2);
		break;
	case 9:	/* 4.5.10 PRIVACY 2, RESERVED 6 */
		top_bits(s, "privacy", privacies, 2);
		break;
	case 10:
		reply_option(s);
		break;
	case 11:
		number_of_messages(s);
		break;
	case 12:	/* 4.5.13 ALERT_PRIORITY 2, RESERVED 6 */
		top_bits(s, "alertPriority", alert_priorities, 2);
		break;
	case 13:	/* 4.5.14 LANGUAGE 8 */
		top_bits(s, "language", languages, 8);
		break;
	case 14:
		call_back_number(s);
		break;
	case 15:	/* 4.5.16 MSG_DISPLAY_MODE 2, RESERVED 6 */
		top_bits(s, "displayMode", display_modes, 2);
		break;
	case 16:
		multiple_encoding(s);
		break;
	case 17:	/* 4.5.18 MESSAGE_DEPOSIT_INDEX 16 */
		if (fixed(s, 2))
			tk_emit_kv_long(s->e, "messageDepositIndex", s->p[0] << 8 | s->p[1]);
		break;
	case 18:
		scp_data(s);
		break;
	case 19:
		scp_results_sp(s);
		break;
	case 20:
		message_status(s);
		break;
	case 21:	/* 4.5.22 TP-FAILURE_CAUSE 8 (TS 23.040 9.2.3.22) */
		if (fixed(s, 1))
			tk_emit_kv_long(s->e, "tpFailureCause", s->p[0]);
		break;
	default:	/* Enhanced VMN (Ack) and reserved identifiers: their octets ("hex") */
		break;
	}
	return -1;
}

int tk_ansi637_is_teleservice(long teleservice)
{
	return teleservice >= 4096 && teleservice <= 4103;
}

#define A637_MAX_SUBPARAMETERS 255

void tk_emit_ansi637_bearer_data(struct tk_emitter *e, const uint8_t *p, size_t n, long teleservice)
{
	struct tk_inner_err er;
	size_t off = 0;
	unsigned count = 0;
	int header = 0;

	n = tk_inner_start(e, &er, p, n);
	if (teleservice >= 0) {
		tk_emit_kv_long(e, "teleservice", teleservice);
		tk_inner_emit_name(e, "teleserviceName", teleservice_names, NULL, "unknown", teleservice);
	}
	tk_emit_key(e, "subparameters");
	tk_emit_open(e, 1);
	if (n == 0)
		tk_inner_fail(&er, 0, "no bearer data subparameters");
	while (off < n) {
		struct tk_inner_err ser;
		struct sp s;
		unsigned id, len;
		int h;

		if (count++ >= A637_MAX_SUBPARAMETERS) {
			tk_inner_fail(&er, off, "more than %d subparameters", A637_MAX_SUBPARAMETERS);
			break;
		}
		if (off + 2 > n) {
			tk_inner_fail(&er, off, "subparameter 0x%02x without SUBPARAM_LEN", p[off]);
			break;
		}
		id = p[off];
		len = p[off + 1];
		if (off + 2 + len > n) {
			tk_inner_fail(&er, off + 1, "subparameter %u: SUBPARAM_LEN %u beyond the %zu octets left",
				      id, len, n - off - 2);
			break;
		}
		memset(&s, 0, sizeof(s));
		s.e = e;
		s.er = &ser;
		s.p = p + off + 2;
		s.n = len;
		s.off = 0;	/* the subparameter's errors are at offsets of its value */
		s.name = tk_vs_name(subparameter_names, id);
		if (!s.name)
			s.name = "a reserved subparameter";
		tk_inner_start(e, &ser, s.p, s.n);
		tk_emit_kv_long(e, "id", id);
		tk_inner_emit_name(e, "name", subparameter_names, NULL, "reserved", id);
		tk_emit_kv_long(e, "length", len);
		h = fields(&s, id, header);
		if (h >= 0)
			header = h;
		if (ser.set)
			tk_inner_fail(&er, off + 2 + ser.offset, "%s", ser.reason);
		tk_inner_finish(e, s.p, s.n, &ser);
		off += 2 + len;
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}
