/*
 * DTAP layer 3 messages (TS 24.007 clause 11 header; TS 24.008 clause 9.2 mobility
 * management and 9.3 call control; TS 44.018 9.1 handover RR messages; TS 24.080 clause 2
 * supplementary services; TS 24.011 clause 7 short message CP and RP messages).
 *
 * A message is its header, the mandatory elements in the order of the message's table
 * (type 1 half octets, V, LV: no identifier, so they are read by position), then the
 * optional elements by identifier.  An identifier the message's table does not list is
 * skipped by the rules of TS 24.007 11.2.4 (bit 8 set: a single octet; else identifier,
 * length, value) and listed with its octets, so what follows is still decoded.  Message
 * names come from libosmocore (gsm48_pdisc_msgtype_name), the SMS CP names from
 * TS 24.011 8.1.3.  Element values TS 24.008 leaves to other specifications or that are
 * CSN.1 coded (RR channel descriptions, emergency numbers, timers) stay in hex.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <osmocom/gsm/protocol/gsm_04_08.h>

#include "ber_tree.h"
#include "bssap.h"
#include "classmark.h"
#include "dtap.h"
#include "inner.h"
#include "isup.h"
#include "location.h"
#include "names.h"
#include "signal_info.h"
#include "sms.h"
#include "values.h"

/* ---- reading ------------------------------------------------------------------------------ */

/* a message being read: octets, the next one, and where errors point */
struct l3 {
	struct tk_emitter *e;
	const uint8_t *p;
	size_t n;
	size_t off;
	size_t base;		/* offset of p[0] in the octets er counts in */
	struct tk_inner_err *er;
	int ok;			/* 0 once a mandatory element is missing: nothing after it is read */
};

static void fail(struct l3 *m, size_t at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void fail(struct l3 *m, size_t at, const char *fmt, ...)
{
	char buf[128];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	tk_inner_fail(m->er, m->base + at, "%s", buf);
}

/* k octets of a mandatory V element, or NULL (and stop) when the message ends first */
static const uint8_t *take_v(struct l3 *m, size_t k, const char *what)
{
	const uint8_t *v;

	if (!m->ok)
		return NULL;
	if (m->n - m->off < k) {
		fail(m, m->n, "truncated: the mandatory %s needs %zu octets, %zu present", what, k,
		     m->n - m->off);
		m->ok = 0;
		return NULL;
	}
	v = m->p + m->off;
	m->off += k;
	return v;
}

/* a mandatory LV element: its value and length, or NULL (and stop) */
static const uint8_t *take_lv(struct l3 *m, const char *what, size_t *len)
{
	const uint8_t *v;

	if (!m->ok)
		return NULL;
	if (m->off >= m->n) {
		fail(m, m->off, "truncated: the mandatory %s is missing", what);
		m->ok = 0;
		return NULL;
	}
	*len = m->p[m->off];
	if (*len > m->n - m->off - 1) {
		fail(m, m->off, "the mandatory %s of length %zu runs past the message (%zu octets follow)",
		     what, *len, m->n - m->off - 1);
		m->ok = 0;
		return NULL;
	}
	v = m->p + m->off + 1;
	m->off += 1 + *len;
	return v;
}

typedef void (*val_fn)(struct tk_emitter *e, const uint8_t *p, size_t n);

static void lv(struct l3 *m, const char *key, const char *what, val_fn fn)
{
	size_t len;
	const uint8_t *v = take_lv(m, what, &len);

	if (!v)
		return;
	tk_emit_key(m->e, key);
	fn(m->e, v, len);
}

static void v_hex(struct l3 *m, const char *key, const char *what, size_t k)
{
	const uint8_t *v = take_v(m, k, what);

	if (v)
		tk_emit_kv_hex(m->e, key, v, k);
}

/* ---- element values (each emits one value) ------------------------------------------------ */

static void val_hex(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_hex(e, p, n);
}

/* TS 24.008 10.5.1.4 Mobile identity: the BSSMAP Mobile Identity IE (TS 48.008 3.2.2.41)
 * carries the same octets, so its decoder is used */
static void val_mobile_identity(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_bssmap_ie(e, 0x29, p, n);
}

/* TS 24.008 10.5.1.5 Mobile station classmark 1 = TS 48.008 Classmark Information Type 1 */
static void val_classmark1(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_bssmap_ie(e, 0x1d, p, n);
}

static void val_lai(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_plmn_cell(e, p, n, TK_LOC_LAI);
}

/* TS 24.008 10.5.1.13 PLMN list (equivalent PLMNs): PLMN identities of 3 octets */
static void val_plmn_list(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	tk_emit_key(e, "plmns");
	tk_emit_open(e, 1);
	for (i = 0; i + 3 <= n; i += 3)
		tk_emit_plmn_cell(e, p + i, 3, TK_LOC_PLMN);
	tk_emit_close(e, 1);
	if (n % 3)
		tk_inner_fail(&er, n - n % 3, "%zu octets after the last PLMN identity", n % 3);
	tk_inner_finish(e, p, n, &er);
}

/* TS 24.008 10.5.3.5a Network name: coding scheme, add CI, spare bits, then the text */
static const struct tk_value_string name_coding_names[] = {
	{ 0, "GSM default alphabet (TS 23.038), packed" },
	{ 1, "UCS2 (16 bit)" },
	{ 0, NULL }
};

static void val_network_name(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	char text[1024];
	unsigned cs, spare;
	int r = -1;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: the coding scheme octet is missing");
		goto out;
	}
	cs = (p[0] >> 4) & 7;
	spare = p[0] & 7;
	tk_inner_emit_name(e, "codingScheme", name_coding_names, NULL, "reserved", cs);
	tk_emit_kv_bool(e, "addCountryInitials", p[0] & 0x08);
	tk_emit_kv_long(e, "spareBitsInLastOctet", spare);
	if (cs == 0) {
		/* 000 in the spare bit field says nothing about them: every full septet counts */
		size_t bits = (n - 1) * 8;
		r = tk_gsm7_default_text(p + 1, n - 1, (bits - (bits >= spare ? spare : 0)) / 7, text,
					 sizeof(text));
	} else if (cs == 1) {
		r = tk_ucs2_text(p + 1, n - 1, text, sizeof(text));
	} else {
		tk_inner_fail(&er, 0, "coding scheme %u is reserved", cs);
		goto out;
	}
	if (r < 0)
		tk_inner_fail(&er, 1, "the text does not decode in its coding scheme");
	else
		tk_emit_kv_str(e, "text", text);
out:
	tk_inner_finish(e, p, n, &er);
}

/* TS 24.008 10.5.3.8 Time zone: coded as the TS 23.040 TP-SCTS time zone octet */
static void val_time_zone(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	char tz[16];

	n = tk_inner_start(e, &er, p, n);
	if (n < 1)
		tk_inner_fail(&er, 0, "truncated: the time zone octet is missing");
	else if (tk_tp_timezone(p[0], tz, sizeof(tz)) < 0)
		tk_inner_fail(&er, 0, "the time zone is not two decimal digits");
	else
		tk_emit_kv_str(e, "timeZone", tz);
	tk_inner_finish(e, p, n, &er);
}

/* TS 24.008 10.5.3.9 Time zone and time: year, month, day, hour, minute, second (universal
 * time) and the local time zone, each two semi-octets swapped as in TS 23.040 9.2.3.11 */
static void val_time_and_zone(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	char buf[64], tz[16];
	int v[6], i;

	n = tk_inner_start(e, &er, p, n);
	if (n < 7) {
		tk_inner_fail(&er, n, "truncated: time zone and time has 7 octets, %zu present", n);
		goto out;
	}
	for (i = 0; i < 6; i++) {
		int lo = p[i] & 0x0f, hi = p[i] >> 4;

		if (lo > 9 || hi > 9) {
			tk_inner_fail(&er, (size_t)i, "a semi-octet is not a decimal digit");
			goto out;
		}
		v[i] = lo * 10 + hi;
	}
	if (v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > 31 || v[3] > 23 || v[4] > 59 || v[5] > 59) {
		tk_inner_fail(&er, 1, "date or time out of range");
		goto out;
	}
	/* two year digits: the network sends the current time, so 20YY */
	snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d:%02dZ", 2000 + v[0], v[1], v[2], v[3],
		 v[4], v[5]);
	tk_emit_kv_str(e, "universalTime", buf);
	if (tk_tp_timezone(p[6], tz, sizeof(tz)) < 0)
		tk_inner_fail(&er, 6, "the time zone is not two decimal digits");
	else
		tk_emit_kv_str(e, "timeZone", tz);
	if (n > 7)
		tk_inner_fail(&er, 7, "%zu octets after the 7 of time zone and time", n - 7);
out:
	tk_inner_finish(e, p, n, &er);
}

/* TS 24.008 10.5.3.12 Network daylight saving time, bits 2-1 */
static const struct tk_value_string dst_names[] = {
	{ 0, "no adjustment for daylight saving time" },
	{ 1, "+1 hour adjustment for daylight saving time" },
	{ 2, "+2 hours adjustment for daylight saving time" },
	{ 3, "reserved" },
	{ 0, NULL }
};

static void val_dst(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1)
		tk_inner_fail(&er, 0, "truncated: the daylight saving time octet is missing");
	else
		tk_inner_emit_name(e, "daylightSavingTime", dst_names, NULL, "reserved", p[0] & 3);
	tk_inner_finish(e, p, n, &er);
}

/* TS 24.080 3.7.2 SS version indicator, octet 3 (further octets are ignored by receivers) */
static const struct tk_value_string ss_version_names[] = {
	{ 0, "phase 2 service, ellipsis notation and phase 2 error handling supported" },
	{ 1, "SS-Protocol version 3 and phase 2 error handling supported" },
	{ 0, NULL }
};

static void val_ss_version(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1)
		tk_inner_fail(&er, 0, "truncated: the SS version octet is missing");
	else
		tk_inner_emit_name(e, "ssVersion", ss_version_names, NULL, "reserved", p[0]);
	tk_inner_finish(e, p, n, &er);
}

/* TS 24.008 10.5.1.11 Priority level (type 1: the value half octet is passed as p[0]) */
static const struct tk_value_string priority_names[] = {
	{ 0, "no priority applied" },
	{ 1, "call priority level 4" },
	{ 2, "call priority level 3" },
	{ 3, "call priority level 2" },
	{ 4, "call priority level 1" },
	{ 5, "call priority level 0" },
	{ 6, "call priority level B" },
	{ 7, "call priority level A" },
	{ 0, NULL }
};

static void val_priority(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	const char *s = tk_vs_name(priority_names, p[0] & 7);

	(void)n;
	tk_emit_str(e, s ? s : "spare");	/* bit 4 is spare; all eight codes have a name */
}

/* ---- optional elements by identifier ------------------------------------------------------- */

/* TS 24.007 11.2.1.1: type 1 (identifier in bits 8-5, value in 4-1), type 2 (identifier
 * only), type 3 (identifier and a value of fixed length), type 4 (identifier, length) */
enum ie_fmt { F_TV1 = 1, F_T, F_TV, F_TLV };

struct ie_def {
	uint8_t iei;		/* F_TV1: bits 8-5, bits 4-1 zero */
	uint8_t fmt;
	uint8_t len;		/* F_TV: the whole element, identifier included */
	const char *name;
	val_fn dec;		/* NULL: the value in hex */
};

static const struct ie_def *find_ie(const struct ie_def *defs, uint8_t iei)
{
	for (; defs && defs->name; defs++) {
		if (defs->fmt == F_TV1 ? (iei & 0xf0) == defs->iei : iei == defs->iei)
			return defs;
	}
	return NULL;
}

/* the rest of the message as optional elements: "ies": [{"iei", "name", "value"}] */
static void opt_ies(struct l3 *m, const struct ie_def *defs)
{
	struct tk_emitter *e = m->e;

	if (!m->ok)
		return;
	tk_emit_key(e, "ies");
	tk_emit_open(e, 1);
	while (m->off < m->n) {
		const uint8_t *q = m->p + m->off;
		size_t left = m->n - m->off, len;
		const struct ie_def *d = find_ie(defs, q[0]);

		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "iei", q[0]);
		tk_emit_kv_str(e, "name", d ? d->name : "unknown element");
		if (d ? d->fmt == F_TV1 || d->fmt == F_T : (q[0] & 0x80)) {
			/* single octet */
			if (d && d->fmt == F_TV1) {
				uint8_t half = q[0] & 0x0f;
				tk_emit_key(e, "value");
				if (d->dec)
					d->dec(e, &half, 1);
				else
					tk_emit_long(e, half);
			} else if (!d) {
				tk_emit_kv_hex(e, "value", q, 1);
			}
			tk_emit_close(e, 0);
			m->off++;
			continue;
		}
		if (d && d->fmt == F_TV) {
			if (left < d->len) {
				fail(m, m->off, "element 0x%02x needs %u octets, %zu present", q[0],
				     d->len, left);
				tk_emit_kv_hex(e, "value", q + 1, left - 1);
				tk_emit_close(e, 0);
				break;
			}
			tk_emit_key(e, "value");
			(d->dec ? d->dec : val_hex)(e, q + 1, d->len - 1u);
			tk_emit_close(e, 0);
			m->off += d->len;
			continue;
		}
		/* type 4, and by TS 24.007 11.2.4 any unknown identifier with bit 8 zero */
		if (!d && (q[0] & 0xf0) == 0)
			fail(m, m->off, "unknown element 0x%02x is comprehension required (TS 24.007 11.2.4)",
			     q[0]);
		if (left < 2) {
			fail(m, m->off, "element 0x%02x without its length octet", q[0]);
			tk_emit_close(e, 0);
			break;
		}
		len = q[1];
		if (len > left - 2) {
			fail(m, m->off + 1, "element 0x%02x of length %zu, %zu octets follow", q[0], len,
			     left - 2);
			tk_emit_kv_hex(e, "value", q + 2, left - 2);
			tk_emit_close(e, 0);
			break;
		}
		tk_emit_key(e, "value");
		(d && d->dec ? d->dec : val_hex)(e, q + 2, len);
		tk_emit_close(e, 0);
		m->off += 2 + len;
	}
	m->off = m->n;
	tk_emit_close(e, 1);
}

/* a message without optional elements: octets after it are reported */
static void no_more(struct l3 *m)
{
	if (m->ok && m->off < m->n) {
		fail(m, m->off, "%zu octets after the message", m->n - m->off);
		tk_emit_kv_hex(m->e, "extraOctets", m->p + m->off, m->n - m->off);
	}
}

/* ---- mobility management (TS 24.008 9.2) --------------------------------------------------- */

/* TS 24.008 10.5.3.6 reject cause */
static const struct tk_value_string reject_cause_names[] = {
	{ 2, "IMSI unknown in HLR" },
	{ 3, "Illegal MS" },
	{ 4, "IMSI unknown in VLR" },
	{ 5, "IMEI not accepted" },
	{ 6, "Illegal ME" },
	{ 11, "PLMN not allowed" },
	{ 12, "Location Area not allowed" },
	{ 13, "Roaming not allowed in this location area" },
	{ 15, "No Suitable Cells In Location Area" },
	{ 17, "Network failure" },
	{ 20, "MAC failure" },
	{ 21, "Synch failure" },
	{ 22, "Congestion" },
	{ 23, "GSM authentication unacceptable" },
	{ 25, "Not authorized for this CSG" },
	{ 32, "Service option not supported" },
	{ 33, "Requested service option not subscribed" },
	{ 34, "Service option temporarily out of order" },
	{ 38, "Call cannot be identified" },
	{ 95, "Semantically incorrect message" },
	{ 96, "Invalid mandatory information" },
	{ 97, "Message type non-existent or not implemented" },
	{ 98, "Message type not compatible with the protocol state" },
	{ 99, "Information element non-existent or not implemented" },
	{ 100, "Conditional IE error" },
	{ 101, "Message not compatible with the protocol state" },
	{ 111, "Protocol error, unspecified" },
	{ 0, NULL }
};

static const struct tk_vrange reject_cause_ranges[] = {
	{ 48, 63, "retry upon entry into a new cell" },
	{ 0, 0, NULL }
};

static void reject_cause(struct l3 *m)
{
	const uint8_t *v = take_v(m, 1, "reject cause");

	if (!v)
		return;
	tk_emit_kv_long(m->e, "rejectCauseValue", v[0]);
	/* 10.5.3.6: other values are treated as 34 by the MS */
	tk_inner_emit_name(m->e, "rejectCause", reject_cause_names, reject_cause_ranges, "unspecified",
			   v[0]);
}

/* TS 24.008 10.5.1.2 ciphering key sequence number, a half octet (bit 4 spare) */
static void cksn(struct tk_emitter *e, unsigned half)
{
	tk_emit_kv_long(e, "cipheringKeySequenceNumber", half & 7);
	if ((half & 7) == 7)
		tk_emit_kv_bool(e, "noKeyAvailable", 1);
}

/* TS 24.008 10.5.3.3 CM service type */
static const struct tk_value_string cm_service_names[] = {
	{ 1, "mobile originating call establishment or packet mode connection establishment" },
	{ 2, "emergency call establishment" },
	{ 4, "short message service" },
	{ 8, "supplementary service activation" },
	{ 9, "voice group call establishment" },
	{ 10, "voice broadcast call establishment" },
	{ 11, "location services" },
	{ 0, NULL }
};

/* TS 24.008 10.5.3.5 location updating type, bits 2-1 */
static const struct tk_value_string lu_type_names[] = {
	{ 0, "normal location updating" },
	{ 1, "periodic updating" },
	{ 2, "IMSI attach" },
	{ 3, "reserved" },
	{ 0, NULL }
};

/* TS 24.008 10.5.3.4 identity type, bits 3-1 */
static const struct tk_value_string identity_type_names[] = {
	{ 1, "IMSI" },
	{ 2, "IMEI" },
	{ 3, "IMEISV" },
	{ 4, "TMSI" },
	{ 5, "P-TMSI, RAI, P-TMSI signature" },
	{ 0, NULL }
};

/* optional elements, per message table of TS 24.008 9.2 */
static const struct ie_def ies_none[] = { { 0, 0, 0, NULL, NULL } };

static const struct ie_def ies_cm_service_request[] = {	/* 9.2.9 */
	{ 0x80, F_TV1, 1, "priority", val_priority },
	{ 0xc0, F_TV1, 1, "additional update parameters", NULL },
	{ 0xd0, F_TV1, 1, "device properties", NULL },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_reject[] = {	/* 9.2.6 CM SERVICE REJECT, 9.2.14 LU REJECT */
	{ 0x36, F_TLV, 0, "T3246 value", NULL },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_lu_request[] = {	/* 9.2.15 */
	{ 0x33, F_TLV, 0, "mobile station classmark for UMTS", tk_emit_ms_classmark2 },
	{ 0xc0, F_TV1, 1, "additional update parameters", NULL },
	{ 0xd0, F_TV1, 1, "device properties", NULL },
	{ 0xe0, F_TV1, 1, "MS network feature support", NULL },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_lu_accept[] = {	/* 9.2.13 */
	{ 0x17, F_TLV, 0, "mobile identity", val_mobile_identity },
	{ 0xa1, F_T, 1, "follow on proceed", NULL },
	{ 0xa2, F_T, 1, "CTS permission", NULL },
	{ 0x4a, F_TLV, 0, "equivalent PLMNs", val_plmn_list },
	{ 0x34, F_TLV, 0, "emergency number list", NULL },
	{ 0x35, F_TLV, 0, "per MS T3212", NULL },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_identity_response[] = {	/* 9.2.11 */
	{ 0xe0, F_TV1, 1, "P-TMSI type", NULL },
	{ 0x1b, F_TLV, 0, "routing area identification 2", NULL },
	{ 0x19, F_TLV, 0, "P-TMSI signature 2", NULL },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_auth_request[] = {	/* 9.2.2 */
	{ 0x20, F_TLV, 0, "authentication parameter AUTN", NULL },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_auth_response[] = {	/* 9.2.3 */
	{ 0x21, F_TLV, 0, "authentication response parameter (extension)", NULL },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_auth_failure[] = {	/* 9.2.3a */
	{ 0x22, F_TLV, 0, "authentication failure parameter (AUTS)", NULL },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_reest_request[] = {	/* 9.2.4 */
	{ 0x13, F_TV, 6, "location area identification", val_lai },
	{ 0xd0, F_TV1, 1, "device properties", NULL },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_mm_information[] = {	/* 9.2.15a */
	{ 0x43, F_TLV, 0, "full name for network", val_network_name },
	{ 0x45, F_TLV, 0, "short name for network", val_network_name },
	{ 0x46, F_TV, 2, "local time zone", val_time_zone },
	{ 0x47, F_TV, 8, "universal time and local time zone", val_time_and_zone },
	{ 0x48, F_TLV, 0, "LSA identity", NULL },
	{ 0x49, F_TLV, 0, "network daylight saving time", val_dst },
	{ 0, 0, 0, NULL, NULL }
};

static int mm_body(struct l3 *m, unsigned mt)
{
	struct tk_emitter *e = m->e;
	const struct ie_def *ies = ies_none;
	const uint8_t *v;

	switch (mt) {
	case GSM48_MT_MM_CM_SERV_REQ:
		/* CM service type in bits 4-1, ciphering key sequence number in bits 8-5 */
		if ((v = take_v(m, 1, "CM service type and ciphering key sequence number"))) {
			cksn(e, v[0] >> 4);
			tk_inner_emit_name(e, "cmServiceType", cm_service_names, NULL, "reserved", v[0] & 0x0f);
		}
		lv(m, "msClassmark2", "mobile station classmark 2", tk_emit_ms_classmark2);
		lv(m, "mobileIdentity", "mobile identity", val_mobile_identity);
		ies = ies_cm_service_request;
		break;
	case GSM48_MT_MM_CM_REEST_REQ:
		if ((v = take_v(m, 1, "ciphering key sequence number")))
			cksn(e, v[0] & 0x0f);
		lv(m, "msClassmark2", "mobile station classmark 2", tk_emit_ms_classmark2);
		lv(m, "mobileIdentity", "mobile identity", val_mobile_identity);
		ies = ies_reest_request;
		break;
	case GSM48_MT_MM_CM_SERV_ACC:
	case GSM48_MT_MM_CM_SERV_ABORT:
	case GSM48_MT_MM_AUTH_REJ:
	case GSM48_MT_MM_TMSI_REALL_COMPL:
	case GSM48_MT_MM_NULL:
		break;
	case GSM48_MT_MM_CM_SERV_REJ:
	case GSM48_MT_MM_LOC_UPD_REJECT:
		reject_cause(m);
		ies = ies_reject;
		break;
	case GSM48_MT_MM_AUTH_FAIL:
		reject_cause(m);
		ies = ies_auth_failure;
		break;
	case GSM48_MT_MM_STATUS:
	case GSM48_MT_MM_ABORT:
		reject_cause(m);
		break;
	case GSM48_MT_MM_LOC_UPD_REQUEST:
		/* location updating type in bits 4-1 (bit 4 FOR), key sequence in bits 8-5 */
		if ((v = take_v(m, 1, "location updating type and ciphering key sequence number"))) {
			tk_inner_emit_name(e, "locationUpdatingType", lu_type_names, NULL, "reserved",
					   v[0] & 3);
			tk_emit_kv_bool(e, "followOnRequestPending", v[0] & 0x08);
			cksn(e, v[0] >> 4);
		}
		if ((v = take_v(m, 5, "location area identification"))) {
			tk_emit_key(e, "lai");
			val_lai(e, v, 5);
		}
		if ((v = take_v(m, 1, "mobile station classmark 1"))) {
			tk_emit_key(e, "msClassmark1");
			val_classmark1(e, v, 1);
		}
		lv(m, "mobileIdentity", "mobile identity", val_mobile_identity);
		ies = ies_lu_request;
		break;
	case GSM48_MT_MM_LOC_UPD_ACCEPT:
		if ((v = take_v(m, 5, "location area identification"))) {
			tk_emit_key(e, "lai");
			val_lai(e, v, 5);
		}
		ies = ies_lu_accept;
		break;
	case GSM48_MT_MM_ID_REQ:
		if ((v = take_v(m, 1, "identity type")))
			tk_inner_emit_name(e, "identityType", identity_type_names, NULL, "reserved", v[0] & 7);
		break;
	case GSM48_MT_MM_ID_RESP:
		lv(m, "mobileIdentity", "mobile identity", val_mobile_identity);
		ies = ies_identity_response;
		break;
	case GSM48_MT_MM_AUTH_REQ:
		/* ciphering key sequence number in bits 4-1, a spare half octet above */
		if ((v = take_v(m, 1, "ciphering key sequence number")))
			cksn(e, v[0] & 0x0f);
		v_hex(m, "rand", "authentication parameter RAND", 16);
		ies = ies_auth_request;
		break;
	case GSM48_MT_MM_AUTH_RESP:
		v_hex(m, "sres", "authentication response parameter (SRES)", 4);
		ies = ies_auth_response;
		break;
	case GSM48_MT_MM_TMSI_REALL_CMD:
		if ((v = take_v(m, 5, "location area identification"))) {
			tk_emit_key(e, "lai");
			val_lai(e, v, 5);
		}
		lv(m, "mobileIdentity", "mobile identity", val_mobile_identity);
		break;
	case GSM48_MT_MM_IMSI_DETACH_IND:
		if ((v = take_v(m, 1, "mobile station classmark 1"))) {
			tk_emit_key(e, "msClassmark1");
			val_classmark1(e, v, 1);
		}
		lv(m, "mobileIdentity", "mobile identity", val_mobile_identity);
		break;
	case GSM48_MT_MM_INFO:
		ies = ies_mm_information;
		break;
	default:
		return 0;
	}
	opt_ies(m, ies);
	return 1;
}

/* ---- radio resource: the handover messages an MSC relays (TS 44.018 9.1) -------------------- */

static void rr_cause(struct l3 *m)
{
	const uint8_t *v = take_v(m, 1, "RR cause");

	if (!v)
		return;
	/* TS 44.018 10.5.2.31 = TS 48.008 3.2.2.22 RR Cause contents */
	tk_emit_key(m->e, "rrCause");
	tk_emit_bssmap_ie(m->e, 0x15, v, 1);
}

static int rr_body(struct l3 *m, unsigned mt)
{
	struct tk_emitter *e = m->e;
	const uint8_t *v;

	switch (mt) {
	case GSM48_MT_RR_HANDO_CMD:
		/* 9.1.15: cell description (10.5.2.2): BCCH ARFCN high bits 8-7, NCC bits 6-4,
		 * BCC bits 3-1, then the BCCH ARFCN low octet */
		if ((v = take_v(m, 2, "cell description"))) {
			tk_emit_key(e, "cellDescription");
			tk_emit_open(e, 0);
			tk_emit_kv_long(e, "ncc", (v[0] >> 3) & 7);
			tk_emit_kv_long(e, "bcc", v[0] & 7);
			tk_emit_kv_long(e, "bcchArfcn", (long)(v[0] >> 6) << 8 | v[1]);
			tk_emit_close(e, 0);
		}
		v_hex(m, "channelDescription2", "channel description 2", 3);
		if ((v = take_v(m, 1, "handover reference")))
			tk_emit_kv_long(e, "handoverReference", v[0]);
		/* 10.5.2.28a: ATC bit 8 (1: sending of handover access is optional), EPC mode
		 * bit 7, FPC_EPC bit 6, power level bits 5-1 */
		if ((v = take_v(m, 1, "power command and access type"))) {
			tk_emit_kv_bool(e, "handoverAccessOptional", v[0] & 0x80);
			tk_emit_kv_long(e, "powerLevel", v[0] & 0x1f);
		}
		break;
	case GSM48_MT_RR_HANDO_COMPL:	/* 9.1.16 */
	case GSM48_MT_RR_HANDO_FAIL:	/* 9.1.17 */
	case GSM48_MT_RR_ASS_COMPL:	/* 9.1.3 */
	case GSM48_MT_RR_ASS_FAIL:	/* 9.1.4 */
		rr_cause(m);
		break;
	default:
		return 0;
	}
	/* RR optional elements include type 3 ones the TS 24.007 rules cannot skip: hex */
	if (m->ok && m->off < m->n)
		tk_emit_kv_hex(e, "rest", m->p + m->off, m->n - m->off);
	m->off = m->n;
	return 1;
}

/* ---- supplementary services (TS 24.080 clause 2) ------------------------------------------- */

static void val_cause(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_24008_cause(e, p, n);
}

static const struct ie_def ies_ss[] = {
	{ 0x1c, F_TLV, 0, "facility", tk_emit_ber_tree },
	{ 0x7f, F_TLV, 0, "SS version indicator", val_ss_version },
	{ 0x08, F_TLV, 0, "cause", val_cause },
	{ 0, 0, 0, NULL, NULL }
};

static int ss_body(struct l3 *m, unsigned mt)
{
	switch (mt) {
	case 0x3b:	/* REGISTER, 2.4: the facility is mandatory, as a TLV */
		if (m->off >= m->n || m->p[m->off] != 0x1c)
			fail(m, m->off, "REGISTER without its facility element (TS 24.080 2.4)");
		break;
	case 0x3a:	/* FACILITY, 2.3: the facility as LV */
		lv(m, "facility", "facility", tk_emit_ber_tree);
		break;
	case 0x2a:	/* RELEASE COMPLETE, 2.5: cause and facility optional */
		break;
	default:
		return 0;
	}
	opt_ies(m, ies_ss);
	return 1;
}

/* ---- call control (TS 24.008 9.3) ---------------------------------------------------------- */

/*
 * The mandatory elements some messages start with (LV, no identifier), then the optional
 * ones through signal_info.c's TS 24.008 element list.
 */
static int cc_body(struct l3 *m, unsigned mt)
{
	const char *key = NULL;
	val_fn fn = val_hex;

	switch (mt) {
	case GSM48_MT_CC_DISCONNECT:	/* 9.3.7 */
		key = "cause";
		fn = val_cause;
		break;
	case GSM48_MT_CC_PROGRESS:	/* 9.3.17 */
		key = "progressIndicator";
		break;
	case GSM48_MT_CC_FACILITY:	/* 9.3.9 */
		key = "facility";
		fn = tk_emit_ber_tree;
		break;
	default:
		break;
	}
	if (key) {
		size_t len;
		const uint8_t *v;

		if (m->off >= m->n || 1 + (size_t)m->p[m->off] > m->n - m->off) {
			fail(m, m->off, "the mandatory %s does not fit the message", key);
			return 1;
		}
		v = take_lv(m, key, &len);
		tk_emit_key(m->e, key);
		fn(m->e, v, len);
	}
	tk_emit_24008_ies(m->e, m->p + m->off, m->n - m->off, m->base + m->off, m->er);
	m->off = m->n;
	return 1;
}

/* ---- short message service (TS 24.011 clause 7) -------------------------------------------- */

/* 8.1.3 CP message types */
static const struct tk_value_string cp_names[] = {
	{ 0x01, "CP-DATA" },
	{ 0x04, "CP-ACK" },
	{ 0x10, "CP-ERROR" },
	{ 0, NULL }
};

/* 8.1.4.2 Table 8.2 CP-cause */
static const struct tk_value_string cp_cause_names[] = {
	{ 17, "Network failure" },
	{ 22, "Congestion" },
	{ 81, "Invalid Transaction Identifier value" },
	{ 95, "Semantically incorrect message" },
	{ 96, "Invalid mandatory information" },
	{ 97, "Message type non-existent or not implemented" },
	{ 98, "Message not compatible with the short message protocol state" },
	{ 99, "Information element non-existent or not implemented" },
	{ 111, "Protocol error, unspecified" },
	{ 0, NULL }
};

/* 8.2.2 RP message type indicator, bits 3-1 */
static const struct tk_value_string rp_mti_names[] = {
	{ 0, "RP-DATA (MS to network)" },
	{ 1, "RP-DATA (network to MS)" },
	{ 2, "RP-ACK (MS to network)" },
	{ 3, "RP-ACK (network to MS)" },
	{ 4, "RP-ERROR (MS to network)" },
	{ 5, "RP-ERROR (network to MS)" },
	{ 6, "RP-SMMA (MS to network)" },
	{ 0, NULL }
};

/* 8.2.5.4 Table 8.4 RP-cause */
static const struct tk_value_string rp_cause_names[] = {
	{ 1, "Unassigned (unallocated) number" },
	{ 8, "Operator determined barring" },
	{ 10, "Call barred" },
	{ 11, "Reserved" },
	{ 21, "Short message transfer rejected" },
	{ 22, "Memory capacity exceeded" },
	{ 27, "Destination out of order" },
	{ 28, "Unidentified subscriber" },
	{ 29, "Facility rejected" },
	{ 30, "Unknown subscriber" },
	{ 38, "Network out of order" },
	{ 41, "Temporary failure" },
	{ 42, "Congestion" },
	{ 47, "Resources unavailable, unspecified" },
	{ 50, "Requested facility not subscribed" },
	{ 69, "Requested facility not implemented" },
	{ 81, "Invalid short message transfer reference value" },
	{ 95, "Semantically incorrect message" },
	{ 96, "Invalid mandatory information" },
	{ 97, "Message type non-existent or not implemented" },
	{ 98, "Message not compatible with short message protocol state" },
	{ 99, "Information element non-existent or not implemented" },
	{ 111, "Protocol error, unspecified" },
	{ 127, "Interworking, unspecified" },
	{ 0, NULL }
};

/* RP-User data: the TPDU of TS 23.040, whose direction the RP message type gives */
static void val_tpdu_from_ms(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_sms_tpdu(e, p, n, 1);
}

static void val_tpdu_to_ms(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_sms_tpdu(e, p, n, 0);
}

static const struct ie_def ies_rp_from_ms[] = {
	{ 0x41, F_TLV, 0, "RP-User data", val_tpdu_from_ms },
	{ 0, 0, 0, NULL, NULL }
};

static const struct ie_def ies_rp_to_ms[] = {
	{ 0x41, F_TLV, 0, "RP-User data", val_tpdu_to_ms },
	{ 0, 0, 0, NULL, NULL }
};

/* 8.2.5.1/8.2.5.2 RP originator/destination address: a TS 24.008 called party BCD number
 * (octet 3 on); length 0 when the direction has none */
static void rp_address(struct l3 *m, const char *key, const char *what)
{
	size_t len;
	const uint8_t *v = take_lv(m, what, &len);

	if (v && len) {
		tk_emit_key(m->e, key);
		tk_emit_bcd_number_24008(m->e, v, len);
	}
}

/* CP-User data: one RP message (8.2), as its own object */
static void val_rp(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	struct l3 m;
	const uint8_t *v;
	unsigned mti;
	int from_ms;

	n = tk_inner_start(e, &er, p, n);
	memset(&m, 0, sizeof(m));
	m.e = e;
	m.p = p;
	m.n = n;
	m.er = &er;
	m.ok = 1;
	if (!(v = take_v(&m, 1, "RP message type")))
		goto out;
	mti = v[0] & 7;
	from_ms = !(mti & 1);
	tk_emit_kv_long(e, "messageTypeIndicator", mti);
	tk_inner_emit_name(e, "messageType", rp_mti_names, NULL, "reserved", mti);
	if (v[0] & 0xf8)
		tk_inner_fail(&er, 0, "spare bits 8-4 of the RP message type are not zero");
	if ((v = take_v(&m, 1, "message reference")))
		tk_emit_kv_long(e, "messageReference", v[0]);
	switch (mti) {
	case 0:
	case 1:
		/* 7.3.1: MS to network the originator address is empty, network to MS the
		 * destination address; RP-DATA from the MS carries SMS-SUBMIT (or -COMMAND),
		 * to the MS SMS-DELIVER (or -STATUS-REPORT) */
		rp_address(&m, "originatorAddress", "RP-Originator Address");
		rp_address(&m, "destinationAddress", "RP-Destination Address");
		lv(&m, "userData", "RP-User data", from_ms ? val_tpdu_from_ms : val_tpdu_to_ms);
		no_more(&m);
		break;
	case 2:
	case 3:
		/* 7.3.3 RP-ACK: SMS-DELIVER-REPORT from the MS, SMS-SUBMIT-REPORT to it */
		opt_ies(&m, from_ms ? ies_rp_from_ms : ies_rp_to_ms);
		break;
	case 4:
	case 5:
		/* 7.3.4 RP-ERROR: RP-Cause LV (cause with extension bit 8, then an optional
		 * diagnostic octet) */
		{
			size_t len;

			if ((v = take_lv(&m, "RP-Cause", &len))) {
				if (len < 1) {
					tk_inner_fail(&er, m.off - 1, "empty RP-Cause");
				} else {
					tk_emit_kv_long(e, "rpCauseValue", v[0] & 0x7f);
					tk_inner_emit_name(e, "rpCause", rp_cause_names, NULL,
							   "unspecified", v[0] & 0x7f);
					if (len > 1)
						tk_emit_kv_hex(e, "diagnostic", v + 1, len - 1);
				}
			}
		}
		opt_ies(&m, from_ms ? ies_rp_from_ms : ies_rp_to_ms);
		break;
	case 6:
		no_more(&m);	/* 7.3.2 RP-SMMA: type and reference only */
		break;
	default:
		tk_inner_fail(&er, 0, "RP message type %u is reserved", mti);
		break;
	}
out:
	tk_inner_finish(e, p, n, &er);
}

static int sms_body(struct l3 *m, unsigned mt)
{
	const uint8_t *v;

	switch (mt) {
	case 0x01:	/* CP-DATA, 7.2.1: CP-User data LV */
		lv(m, "cpUserData", "CP-User data", val_rp);
		break;
	case 0x04:	/* CP-ACK, 7.2.2 */
		break;
	case 0x10:	/* CP-ERROR, 7.2.3: CP-Cause V */
		if ((v = take_v(m, 1, "CP-Cause"))) {
			tk_emit_kv_long(m->e, "cpCauseValue", v[0]);
			tk_inner_emit_name(m->e, "cpCause", cp_cause_names, NULL, "unspecified", v[0]);
		}
		break;
	default:
		return 0;
	}
	no_more(m);
	return 1;
}

/* ---- the header (TS 24.007 11.2.3) ---------------------------------------------------------- */

/* 11.2.3.1.1: bits 8-5 of octet 1 are a transaction identifier for these protocols, a skip
 * indicator for MM, RR and GMM */
static int has_ti(unsigned pd)
{
	switch (pd) {
	case GSM48_PDISC_GROUP_CC:
	case GSM48_PDISC_BCAST_CC:
	case GSM48_PDISC_CC:
	case GSM48_PDISC_SMS:
	case GSM48_PDISC_SM_GPRS:
	case GSM48_PDISC_NC_SS:
	case GSM48_PDISC_LOC:
		return 1;
	default:
		return 0;
	}
}

void tk_emit_dtap_l3(struct tk_emitter *e, const uint8_t *p, size_t n, size_t base,
		     struct tk_inner_err *er)
{
	struct l3 m;
	unsigned pd, mt, raw;
	int done = 0;

	memset(&m, 0, sizeof(m));
	m.e = e;
	m.p = p;
	m.n = p ? n : 0;
	m.base = base;
	m.er = er;
	m.ok = 1;
	if (m.n < 1) {
		fail(&m, 0, "empty layer 3 message");
		return;
	}
	pd = p[0] & 0x0f;
	tk_emit_kv_str(e, "protocolDiscriminator", gsm48_pdisc_name(pd));
	m.off = 1;
	if (has_ti(pd)) {
		/* 11.2.3.1.3: TI flag bit 8; TI value bits 7-5, 111 = extended in octet 2 */
		tk_emit_kv_bool(e, "tiFlag", p[0] & 0x80);
		if (((p[0] >> 4) & 7) == 7) {
			if (m.n < 2) {
				fail(&m, 1, "truncated: the extended transaction identifier is missing");
				return;
			}
			if (!(p[1] & 0x80))
				fail(&m, 1, "extension bit of the extended TI octet is 0");
			tk_emit_kv_long(e, "transactionId", p[1] & 0x7f);
			m.off = 2;
		} else {
			tk_emit_kv_long(e, "transactionId", (p[0] >> 4) & 7);
		}
	} else {
		tk_emit_kv_long(e, "skipIndicator", p[0] >> 4);
	}
	if (m.off >= m.n) {
		fail(&m, m.off, "truncated: the message type is missing");
		return;
	}
	raw = p[m.off++];
	mt = raw;
	if (pd == GSM48_PDISC_MM || pd == GSM48_PDISC_CC || pd == GSM48_PDISC_NC_SS) {
		/* 11.2.3.2.3: in messages from the MS bits 8-7 carry N(SD); 0 from the network */
		tk_emit_kv_long(e, "sendSequenceNumber", raw >> 6);
		mt = raw & 0x3f;
	}
	tk_emit_kv_long(e, "messageType", mt);
	if (pd == GSM48_PDISC_SMS)
		tk_inner_emit_name(e, "message", cp_names, NULL, "unknown CP message type", mt);
	else
		tk_emit_kv_str(e, "message", gsm48_pdisc_msgtype_name(pd, mt));
	switch (pd) {
	case GSM48_PDISC_MM:
		done = mm_body(&m, mt);
		break;
	case GSM48_PDISC_RR:
		done = rr_body(&m, mt);
		break;
	case GSM48_PDISC_NC_SS:
		done = ss_body(&m, mt);
		break;
	case GSM48_PDISC_CC:
		done = cc_body(&m, mt);
		break;
	case GSM48_PDISC_SMS:
		done = sms_body(&m, mt);
		break;
	default:
		break;
	}
	/* a message this file does not decode keeps its body in hex */
	if (!done && m.off < m.n)
		tk_emit_kv_hex(e, "body", p + m.off, m.n - m.off);
}

void tk_emit_dtap(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	tk_emit_dtap_l3(e, p, n, 0, &er);
	tk_inner_finish(e, p, n, &er);
}
