/*
 * ISUP parameters inside CAP OCTET STRINGs (ITU-T Q.763, ETSI EN 300 356-1, Q.850).
 *
 * CAP (TS 29.078) copies these parameters from ISUP unchanged, without the ISUP parameter
 * name and length: the OCTET STRING is the parameter field.  Each decoder below emits one
 * object; the raw octets are always in "hex", so a value we name wrongly or not at all
 * can still be read, and a malformed one says where it went wrong instead of failing.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "inner.h"
#include "isup.h"
#include "names.h"

/* ---- common ----------------------------------------------------------------------------- */


/* a range of code points sharing one name ("reserved for national use") */
/* ---- numbers (Q.763 3.9, 3.10, 3.26, 3.30, 3.39, 3.44) -------------------------------------- */

/* nature of address indicator of the Called Party Number (3.9 b): the routing-number codes
 * 6 to 8 exist for number portability and only in called numbers */
static const struct tk_value_string nai_called[] = {
	{ 0, "spare" },
	{ 1, "subscriber number (national use)" },
	{ 2, "unknown (national use)" },
	{ 3, "national (significant) number" },
	{ 4, "international number" },
	{ 5, "network-specific number (national use)" },
	{ 6, "network routing number in national (significant) number format (national use)" },
	{ 7, "network routing number in network-specific number format (national use)" },
	{ 8, "network routing number concatenated with Called Directory Number (national use)" },
	{ 127, "spare" },
	{ 0, NULL }
};

/* nature of address indicator of the Calling Party Number (3.10 c), which the Location
 * Number and the Generic Number refer to */
static const struct tk_value_string nai_calling[] = {
	{ 0, "spare" },
	{ 1, "subscriber number (national use)" },
	{ 2, "unknown (national use)" },
	{ 3, "national (significant) number (national use)" },
	{ 4, "international number" },
	{ 127, "spare" },
	{ 0, NULL }
};

/* Original Called and Redirecting Number (3.39, 3.44): the called-number codes without the
 * number-portability routing numbers */
static const struct tk_value_string nai_redirect[] = {
	{ 0, "spare" },
	{ 1, "subscriber number (national use)" },
	{ 2, "unknown (national use)" },
	{ 3, "national (significant) number" },
	{ 4, "international number" },
	{ 5, "network-specific number (national use)" },
	{ 127, "spare" },
	{ 0, NULL }
};

static const struct tk_vrange nai_ranges[] = {
	{ 112, 126, "reserved for national use" },
	{ 0, 0, NULL }
};

/* numbering plan indicator (3.9 d) */
static const struct tk_value_string npi_names[] = {
	{ 0, "spare" },
	{ 1, "ISDN (Telephony) numbering plan (E.164)" },
	{ 2, "spare" },
	{ 3, "data numbering plan (X.121) (national use)" },
	{ 4, "telex numbering plan (F.69) (national use)" },
	{ 5, "reserved for national use" },
	{ 6, "reserved for national use" },
	{ 7, "spare" },
	{ 0, NULL }
};

/* internal network number indicator (3.9 c) */
static const struct tk_value_string inn_names[] = {
	{ 0, "routing to internal network number allowed" },
	{ 1, "routing to internal network number not allowed" },
	{ 0, NULL }
};

/* address presentation restricted indicator (3.10 e) */
static const struct tk_value_string apri_names[] = {
	{ 0, "presentation allowed" },
	{ 1, "presentation restricted" },
	{ 2, "address not available (national use)" },
	{ 3, "reserved for restriction by the network" },
	{ 0, NULL }
};

/* in the Original Called and Redirecting Number the fourth code is spare (3.39 d) */
static const struct tk_value_string apri_redirect_names[] = {
	{ 0, "presentation allowed" },
	{ 1, "presentation restricted" },
	{ 2, "address not available (national use)" },
	{ 3, "spare" },
	{ 0, NULL }
};

/* screening indicator (3.10 f) */
static const struct tk_value_string screening_names[] = {
	{ 0, "reserved (user provided, not verified)" },
	{ 1, "user provided, verified and passed" },
	{ 2, "reserved (user provided, verified and failed)" },
	{ 3, "network provided" },
	{ 0, NULL }
};

/* number qualifier indicator of the Generic Number (3.26 a) */
static const struct tk_value_string nqi_names[] = {
	{ 0, "reserved (dialled digits) (national use)" },
	{ 1, "additional called number (national use)" },
	{ 2, "reserved (supplemental user provided calling number - failed network screening) (national use)" },
	{ 3, "reserved (supplemental user provided calling number - not screened) (national use)" },
	{ 4, "reserved (redirecting terminating number) (national use)" },
	{ 5, "additional connected number" },
	{ 6, "additional calling party number" },
	{ 7, "reserved for additional original called number" },
	{ 8, "reserved for additional redirecting number" },
	{ 9, "reserved for additional redirection number" },
	{ 10, "reserved (used in 1992 version)" },
	{ 255, "reserved for expansion" },
	{ 0, NULL }
};

static const struct tk_vrange nqi_ranges[] = {
	{ 11, 127, "spare" },
	{ 128, 254, "reserved for national use" },
	{ 0, 0, NULL }
};

/* type of digits of the Generic Digits (3.24 a) */
static const struct tk_value_string tod_names[] = {
	{ 0, "reserved for account code" },
	{ 1, "reserved for authorisation code" },
	{ 2, "reserved for private networking travelling class mark" },
	{ 3, "reserved for business communication group identity" },
	{ 31, "reserved for extension" },
	{ 0, NULL }
};

static const struct tk_vrange tod_ranges[] = {
	{ 4, 30, "reserved for national use" },
	{ 0, 0, NULL }
};

/* encoding scheme of the Generic Digits (3.24 b) */
static const struct tk_value_string scheme_names[] = {
	{ 0, "BCD even" },
	{ 1, "BCD odd" },
	{ 2, "IA5 character" },
	{ 3, "binary coded" },
	{ 0, NULL }
};

/*
 * Address signals (3.9 e), two per octet, the first in bits 4-1.  0-9 are digits; code 11
 * and code 12 are where mobile networks put '*' and '#' (a TS 24.008 BCD number's '*' and
 * '#' become code 11 and code 12 when a call is routed on in ISUP format); 1111 is ST, the
 * end-of-pulsing signal, written "ST" as Q.763 names it.  The spare codes 10, 13 and 14
 * are written as their hex digit so that they stay visible.
 */
static void isup_digits(struct tk_outbuf *ob, const uint8_t *p, size_t n, int odd)
{
	static const char *const sig[16] = {
		"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "*", "#", "D", "E", "ST",
	};
	size_t i;

	for (i = 0; i < n; i++) {
		tk_outbuf_puts(ob, sig[p[i] & 0x0f]);
		if (odd && i + 1 == n)
			break;	/* bits 8-5 of the last octet are the filler */
		tk_outbuf_puts(ob, sig[p[i] >> 4]);
	}
}

static void emit_isup_digits(struct tk_emitter *e, const uint8_t *p, size_t n, int odd)
{
	struct tk_outbuf ob;

	tk_outbuf_init(&ob);
	isup_digits(&ob, p, n, odd);
	tk_emit_key(e, "digits");
	tk_emit_strn(e, ob.buf ? ob.buf : "", ob.len);
	tk_outbuf_free(&ob);
}

/* Generic Digits (3.24): encoding scheme and type of digits, then the digits */
static void generic_digits(struct tk_emitter *e, const uint8_t *p, size_t n, struct tk_inner_err *er)
{
	int scheme;
	size_t i;

	if (n < 1) {
		tk_inner_fail(er, 0, "empty: the type of digits and encoding scheme octet is missing");
		return;
	}
	scheme = p[0] >> 5;
	tk_inner_emit_name(e, "typeOfDigits", tod_names, tod_ranges, "spare", p[0] & 0x1f);
	tk_inner_emit_name(e, "encodingScheme", scheme_names, NULL, "spare", scheme);
	switch (scheme) {
	case 0:		/* BCD even */
	case 1:		/* BCD odd */
		if (scheme == 1 && n < 2)
			tk_inner_fail(er, 1, "BCD odd announces digits but there are none");
		emit_isup_digits(e, p + 1, n - 1, scheme == 1);
		break;
	case 2: {	/* IA5: one character an octet, bit 8 spare */
		char buf[256];
		size_t k = 0;
		for (i = 1; i < n && k + 1 < sizeof(buf); i++)
			buf[k++] = (char)(p[i] & 0x7f);
		if (i < n)
			tk_inner_fail(er, i, "more IA5 characters than tcapkit shows (%zu)", sizeof(buf) - 1);
		tk_emit_key(e, "digits");
		tk_emit_strn(e, buf, k);
		break;
	}
	case 3:		/* binary: a number, as long as it fits */
		if (n >= 2 && n - 1 <= 7) {
			long v = 0;
			for (i = 1; i < n; i++)
				v = (v << 8) | p[i];
			tk_emit_kv_long(e, "value", v);
		}
		break;
	default:	/* spare scheme: the digits stay in "hex" */
		break;
	}
}

void tk_emit_isup_number(struct tk_emitter *e, const uint8_t *p, size_t n, enum tk_isup_number_kind kind)
{
	struct tk_inner_err er;
	size_t off = 0;
	int odd;
	uint8_t b;

	n = tk_inner_start(e, &er, p, n);
	switch (kind) {
	case TK_ISUP_GENERIC_DIGITS:
		generic_digits(e, p, n, &er);
		goto out;
	case TK_ISUP_GENERIC:
		if (n < 1) {
			tk_inner_fail(&er, 0, "empty: the number qualifier indicator octet is missing");
			goto out;
		}
		tk_inner_emit_name(e, "numberQualifier", nqi_names, nqi_ranges, "spare", p[0]);
		off = 1;
		break;
	case TK_ISUP_CALLED:
	case TK_ISUP_CALLING:
	case TK_ISUP_LOCATION:
	case TK_ISUP_REDIRECTING:
	case TK_ISUP_ORIGINAL_CALLED:
		break;
	default:
		tk_inner_fail(&er, 0, "unknown ISUP number kind %d", (int)kind);
		goto out;
	}

	/* octet 1: odd/even indicator, nature of address indicator */
	if (n < off + 1) {
		tk_inner_fail(&er, off, "truncated: the odd/even and nature of address octet is missing");
		goto out;
	}
	odd = p[off] >> 7;
	tk_emit_kv_str(e, "oddEven", odd ? "odd" : "even");
	switch (kind) {
	case TK_ISUP_CALLED:
		tk_inner_emit_name(e, "nature", nai_called, nai_ranges, "spare", p[off] & 0x7f);
		break;
	case TK_ISUP_REDIRECTING:
	case TK_ISUP_ORIGINAL_CALLED:
		tk_inner_emit_name(e, "nature", nai_redirect, nai_ranges, "spare", p[off] & 0x7f);
		break;
	default:
		tk_inner_emit_name(e, "nature", nai_calling, nai_ranges, "spare", p[off] & 0x7f);
		break;
	}
	off++;

	/* octet 2: the indicators, which differ by parameter */
	if (n < off + 1) {
		tk_inner_fail(&er, off, "truncated: the numbering plan octet is missing");
		goto out;
	}
	b = p[off];
	switch (kind) {
	case TK_ISUP_CALLED:		/* INN, NPI, spare */
		tk_inner_emit_name(e, "inn", inn_names, NULL, "spare", b >> 7);
		tk_inner_emit_name(e, "numberingPlan", npi_names, NULL, "spare", (b >> 4) & 7);
		break;
	case TK_ISUP_LOCATION:		/* INN, NPI, APRI, screening */
		tk_inner_emit_name(e, "inn", inn_names, NULL, "spare", b >> 7);
		tk_inner_emit_name(e, "numberingPlan", npi_names, NULL, "spare", (b >> 4) & 7);
		tk_inner_emit_name(e, "presentation", apri_names, NULL, "spare", (b >> 2) & 3);
		tk_inner_emit_name(e, "screening", screening_names, NULL, "spare", b & 3);
		break;
	case TK_ISUP_REDIRECTING:	/* spare, NPI, APRI, spare */
	case TK_ISUP_ORIGINAL_CALLED:
		tk_inner_emit_name(e, "numberingPlan", npi_names, NULL, "spare", (b >> 4) & 7);
		tk_inner_emit_name(e, "presentation", apri_redirect_names, NULL, "spare", (b >> 2) & 3);
		break;
	default:			/* calling, generic: NI, NPI, APRI, screening */
		/* number incomplete indicator (3.10 b): 0 complete, 1 incomplete */
		tk_emit_key(e, "numberIncomplete");
		tk_emit_lit(e, (b >> 7) ? "true" : "false");
		tk_inner_emit_name(e, "numberingPlan", npi_names, NULL, "spare", (b >> 4) & 7);
		tk_inner_emit_name(e, "presentation", apri_names, NULL, "spare", (b >> 2) & 3);
		tk_inner_emit_name(e, "screening", screening_names, NULL, "spare", b & 3);
		break;
	}
	off++;

	/* address signals; none at all is how "address not available" looks (3.10 e note) */
	if (off == n && odd)
		tk_inner_fail(&er, off, "odd number of address signals indicated but none present");
	emit_isup_digits(e, p + off, n - off, odd);
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- cause indicators (Q.850 2.2) ---------------------------------------------------------- */

static const struct tk_value_string coding_standard_names[] = {
	{ 0, "ITU-T standardized coding" },
	{ 1, "ISO/IEC standard" },
	{ 2, "national standard" },
	{ 3, "standard specific to identified location" },
	{ 0, NULL }
};

/* Q.850 2.2.6: "all other values are reserved" */
static const struct tk_value_string location_names[] = {
	{ 0, "user" },
	{ 1, "private network serving the local user" },
	{ 2, "public network serving the local user" },
	{ 3, "transit network" },
	{ 4, "public network serving the remote user" },
	{ 5, "private network serving the remote user" },
	{ 7, "international network" },
	{ 10, "network beyond interworking point" },
	{ 0, NULL }
};

/* Q.850 2.2.4 */
static const struct tk_value_string recommendation_names[] = {
	{ 0, "Q.931" },
	{ 3, "X.21" },
	{ 4, "X.25" },
	{ 5, "public land mobile networks, Q.1031/Q.1051" },
	{ 0, NULL }
};

/* Q.850 Table 1 (bits 7-5 of the cause value) */
static const struct tk_value_string cause_class_names[] = {
	{ 0, "normal event" },
	{ 1, "normal event" },
	{ 2, "resource unavailable" },
	{ 3, "service or option not available" },
	{ 4, "service or option not implemented" },
	{ 5, "invalid message (e.g. parameter out of range)" },
	{ 6, "protocol error (e.g. unknown message)" },
	{ 7, "interworking" },
	{ 0, NULL }
};

/* Q.850 Table 1, every cause value it defines (with its amendments: 14, 23 to 26, 46) */
static const struct tk_value_string cause_names[] = {
	{ 1, "unallocated (unassigned) number" },
	{ 2, "no route to specified transit network" },
	{ 3, "no route to destination" },
	{ 4, "send special information tone" },
	{ 5, "misdialled trunk prefix" },
	{ 6, "channel unacceptable" },
	{ 7, "call awarded and being delivered in an established channel" },
	{ 8, "preemption" },
	{ 9, "preemption - circuit reserved for reuse" },
	{ 14, "QoR: ported number" },
	{ 16, "normal call clearing" },
	{ 17, "user busy" },
	{ 18, "no user responding" },
	{ 19, "no answer from user (user alerted)" },
	{ 20, "subscriber absent" },
	{ 21, "call rejected" },
	{ 22, "number changed" },
	{ 23, "redirection to new destination" },
	{ 24, "call rejected due to feature at the destination" },
	{ 25, "exchange routing error" },
	{ 26, "non-selected user clearing" },
	{ 27, "destination out of order" },
	{ 28, "invalid number format (address incomplete)" },
	{ 29, "facility rejected" },
	{ 30, "response to STATUS ENQUIRY" },
	{ 31, "normal, unspecified" },
	{ 34, "no circuit/channel available" },
	{ 38, "network out of order" },
	{ 39, "permanent frame mode connection out of service" },
	{ 40, "permanent frame mode connection operational" },
	{ 41, "temporary failure" },
	{ 42, "switching equipment congestion" },
	{ 43, "access information discarded" },
	{ 44, "requested circuit/channel not available" },
	{ 46, "precedence call blocked" },
	{ 47, "resource unavailable, unspecified" },
	{ 49, "quality of service not available" },
	{ 50, "requested facility not subscribed" },
	{ 53, "outgoing calls barred within CUG" },
	{ 55, "incoming calls barred within CUG" },
	{ 57, "bearer capability not authorized" },
	{ 58, "bearer capability not presently available" },
	{ 62, "inconsistency in designated outgoing access information and subscriber class" },
	{ 63, "service or option not available, unspecified" },
	{ 65, "bearer capability not implemented" },
	{ 66, "channel type not implemented" },
	{ 69, "requested facility not implemented" },
	{ 70, "only restricted digital information bearer capability is available" },
	{ 79, "service or option not implemented, unspecified" },
	{ 81, "invalid call reference value" },
	{ 82, "identified channel does not exist" },
	{ 83, "a suspended call exists, but this call identity does not" },
	{ 84, "call identity in use" },
	{ 85, "no call suspended" },
	{ 86, "call having the requested call identity has been cleared" },
	{ 87, "user not member of CUG" },
	{ 88, "incompatible destination" },
	{ 90, "non-existent CUG" },
	{ 91, "invalid transit network selection" },
	{ 95, "invalid message, unspecified" },
	{ 96, "mandatory information element is missing" },
	{ 97, "message type non-existent or not implemented" },
	{ 98, "message not compatible with call state or message type non-existent or not implemented" },
	{ 99, "information element /parameter non-existent or not implemented" },
	{ 100, "invalid information element contents" },
	{ 101, "message not compatible with call state" },
	{ 102, "recovery on timer expiry" },
	{ 103, "parameter non-existent or not implemented, passed on" },
	{ 110, "message with unrecognized parameter, discarded" },
	{ 111, "protocol error, unspecified" },
	{ 127, "interworking, unspecified" },
	{ 0, NULL }
};

const char *tk_isup_cause_name(int value)
{
	return tk_vs_name(cause_names, value);
}

const char *tk_isup_location_name(int location)
{
	return tk_vs_name(location_names, location);
}

/*
 * TS 24.008 10.5.4.11 Table 10.5.123: the cause values of coding standard 11 ("standard
 * defined for the GSM PLMNs"), which DTAP call control uses; the numbers are Q.850's, a
 * few with a GSM meaning (8, 24, 25, 68).
 */
static const struct tk_value_string gsm_cause_names[] = {
	{ 1, "unassigned (unallocated) number" },
	{ 3, "no route to destination" },
	{ 6, "channel unacceptable" },
	{ 8, "operator determined barring" },
	{ 16, "normal call clearing" },
	{ 17, "user busy" },
	{ 18, "no user responding" },
	{ 19, "user alerting, no answer" },
	{ 21, "call rejected" },
	{ 22, "number changed" },
	{ 24, "call rejected due to feature at the destination" },
	{ 25, "pre-emption" },
	{ 26, "non selected user clearing" },
	{ 27, "destination out of order" },
	{ 28, "invalid number format (incomplete number)" },
	{ 29, "facility rejected" },
	{ 30, "response to STATUS ENQUIRY" },
	{ 31, "normal, unspecified" },
	{ 34, "no circuit/channel available" },
	{ 38, "network out of order" },
	{ 41, "temporary failure" },
	{ 42, "switching equipment congestion" },
	{ 43, "access information discarded" },
	{ 44, "requested circuit/channel not available" },
	{ 47, "resources unavailable, unspecified" },
	{ 49, "quality of service unavailable" },
	{ 50, "requested facility not subscribed" },
	{ 55, "incoming calls barred within the CUG" },
	{ 57, "bearer capability not authorized" },
	{ 58, "bearer capability not presently available" },
	{ 63, "service or option not available, unspecified" },
	{ 65, "bearer service not implemented" },
	{ 68, "ACM equal to or greater than ACMmax" },
	{ 69, "requested facility not implemented" },
	{ 70, "only restricted digital information bearer capability is available" },
	{ 79, "service or option not implemented, unspecified" },
	{ 81, "invalid transaction identifier value" },
	{ 87, "user not member of CUG" },
	{ 88, "incompatible destination" },
	{ 91, "invalid transit network selection" },
	{ 95, "semantically incorrect message" },
	{ 96, "invalid mandatory information" },
	{ 97, "message type non-existent or not implemented" },
	{ 98, "message type not compatible with protocol state" },
	{ 99, "information element non-existent or not implemented" },
	{ 100, "conditional IE error" },
	{ 101, "message not compatible with protocol state" },
	{ 102, "recovery on timer expiry" },
	{ 111, "protocol error, unspecified" },
	{ 127, "interworking, unspecified" },
	{ 0, NULL }
};

static void emit_cause(struct tk_emitter *e, const uint8_t *p, size_t n, int gsm);

void tk_emit_isup_cause(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	emit_cause(e, p, n, 0);
}

void tk_emit_24008_cause(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	emit_cause(e, p, n, 1);
}

/* gsm: the octets are a TS 24.008 cause, whose coding standard 11 names its own table */
static void emit_cause(struct tk_emitter *e, const uint8_t *p, size_t n, int gsm)
{
	struct tk_inner_err er;
	size_t off;
	int cs, cv;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "empty: the coding standard and location octet is missing");
		goto out;
	}
	/* octet 1: extension, coding standard, spare, location */
	cs = (p[0] >> 5) & 3;
	if (gsm && cs == 3)
		tk_emit_kv_str(e, "codingStandard", "standard defined for the GSM PLMNs");
	else
		tk_inner_emit_name(e, "codingStandard", coding_standard_names, NULL, "reserved", cs);
	tk_inner_emit_name(e, "location", location_names, NULL, "reserved", p[0] & 0x0f);
	off = 1;
	/* extension bit 0: octet 1a, the recommendation, follows (Q.850 2.2.4) */
	if (!(p[0] & 0x80)) {
		if (n < 2) {
			tk_inner_fail(&er, 1, "truncated: the extension bit announces a recommendation octet");
			goto out;
		}
		tk_inner_emit_name(e, "recommendation", recommendation_names, NULL, "reserved", p[1] & 0x7f);
		off = 2;
	}
	/* octet 2: extension, cause value (class in bits 7-5) */
	if (n < off + 1) {
		tk_inner_fail(&er, off, "truncated: the cause value octet is missing");
		goto out;
	}
	cv = p[off] & 0x7f;
	tk_emit_kv_long(e, "causeValue", cv);
	/* the names are Q.850's: other coding standards give the values their own meaning */
	if (cs == 0) {
		const char *name = tk_vs_name(cause_names, cv);
		char buf[48];
		if (!name) {
			/* Q.850 2.2.7.1: an unknown value is treated as the class's "unspecified" */
			snprintf(buf, sizeof(buf), "not defined in Q.850 (%d)", cv);
			name = buf;
		}
		tk_emit_kv_str(e, "cause", name);
		tk_emit_kv_str(e, "class", tk_vs_name(cause_class_names, cv >> 4));
	} else if (gsm && cs == 3) {
		tk_inner_emit_name(e, "cause", gsm_cause_names, NULL, "not defined in TS 24.008", cv);
		tk_emit_kv_str(e, "class", tk_vs_name(cause_class_names, cv >> 4));
	}
	off++;
	/* octets 3 and on: diagnostics, whose format depends on the cause (Q.850 2.2.8) */
	if (off < n)
		tk_emit_kv_hex(e, "diagnostic", p + off, n - off);
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- redirection information (Q.763 3.45) -------------------------------------------------- */

static const struct tk_value_string redirecting_ind_names[] = {
	{ 0, "no redirection (national use)" },
	{ 1, "call rerouted (national use)" },
	{ 2, "call rerouted, all redirection information presentation restricted (national use)" },
	{ 3, "call diverted" },
	{ 4, "call diverted, all redirection information presentation restricted" },
	{ 5, "call rerouted, redirection number presentation restricted (national use)" },
	{ 6, "call diversion, redirection number presentation restricted (national use)" },
	{ 7, "spare" },
	{ 0, NULL }
};

static const struct tk_value_string orig_reason_names[] = {
	{ 0, "unknown/not available" },
	{ 1, "user busy (national use)" },
	{ 2, "no reply (national use)" },
	{ 3, "unconditional (national use)" },
	{ 0, NULL }
};

static const struct tk_value_string redirecting_reason_names[] = {
	{ 0, "unknown/not available" },
	{ 1, "user busy" },
	{ 2, "no reply" },
	{ 3, "unconditional" },
	{ 4, "deflection during alerting" },
	{ 5, "deflection immediate response" },
	{ 6, "mobile subscriber not reachable" },
	{ 0, NULL }
};

void tk_emit_isup_redirection_info(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "empty: redirection information has 2 octets");
		goto out;
	}
	/* octet 1: bits 8-5 original redirection reason, bit 4 spare, bits 3-1 redirecting ind. */
	tk_inner_emit_name(e, "redirectingIndicator", redirecting_ind_names, NULL, "spare", p[0] & 7);
	tk_inner_emit_name(e, "originalRedirectionReason", orig_reason_names, NULL, "spare", p[0] >> 4);
	if (n < 2) {
		tk_inner_fail(&er, 1, "truncated: redirection information has 2 octets");
		goto out;
	}
	/* octet 2: bits 8-5 redirecting reason, bit 4 spare, bits 3-1 redirection counter */
	tk_emit_kv_long(e, "redirectionCounter", p[1] & 7);
	tk_inner_emit_name(e, "redirectingReason", redirecting_reason_names, NULL, "spare", p[1] >> 4);
	tk_inner_extra(&er, n, 2, "redirection information");
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- calling party's category (Q.763 3.11) ------------------------------------------------ */

static const struct tk_value_string category_names[] = {
	{ 0, "calling party's category unknown at this time (national use)" },
	{ 1, "operator, language French" },
	{ 2, "operator, language English" },
	{ 3, "operator, language German" },
	{ 4, "operator, language Russian" },
	{ 5, "operator, language Spanish" },
	{ 6, "available to Administrations for selecting a particular language by mutual agreement" },
	{ 7, "available to Administrations for selecting a particular language by mutual agreement" },
	{ 8, "available to Administrations for selecting a particular language by mutual agreement" },
	{ 9, "reserved (see ITU-T Q.104) (national use)" },
	{ 10, "ordinary calling subscriber" },
	{ 11, "calling subscriber with priority" },
	{ 12, "data call (voice band data)" },
	{ 13, "test call" },
	{ 14, "spare" },
	{ 15, "payphone" },
	{ 255, "spare" },
	{ 0, NULL }
};

static const struct tk_vrange category_ranges[] = {
	{ 16, 223, "spare" },
	{ 224, 254, "reserved for national use" },
	{ 0, 0, NULL }
};

void tk_emit_isup_calling_category(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "empty: calling party's category has 1 octet");
		goto out;
	}
	tk_emit_kv_long(e, "value", p[0]);
	tk_inner_emit_name(e, "category", category_names, category_ranges, "spare", p[0]);
	tk_inner_extra(&er, n, 1, "calling party's category");
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- bearer capability (ITU-T Q.931 4.5.5 / ISUP User Service Information, Q.763 3.57) */

static const struct tk_value_string bc_capability_names[] = {
	{ 0x00, "speech" },
	{ 0x08, "unrestricted digital information" },
	{ 0x09, "restricted digital information" },
	{ 0x10, "3.1 kHz audio" },
	{ 0x11, "unrestricted digital information with tones/announcements" },
	{ 0x18, "video" },
	{ 0, NULL }
};

static const struct tk_value_string bc_rate_names[] = {
	{ 0x00, "packet mode" },
	{ 0x10, "64 kbit/s" },
	{ 0x11, "2 x 64 kbit/s" },
	{ 0x13, "384 kbit/s" },
	{ 0x15, "1536 kbit/s" },
	{ 0x17, "1920 kbit/s" },
	{ 0x18, "multirate (64 kbit/s base rate)" },
	{ 0, NULL }
};

static const struct tk_value_string bc_l1_names[] = {
	{ 0x01, "ITU-T V.110, I.460 and X.30 rate adaption" },
	{ 0x02, "ITU-T G.711 mu-law" },
	{ 0x03, "ITU-T G.711 A-law" },
	{ 0x04, "ITU-T G.721 32 kbit/s ADPCM and I.460" },
	{ 0x05, "ITU-T H.221 and H.242" },
	{ 0x06, "ITU-T H.223 and H.245" },
	{ 0x07, "non-ITU-T standardized rate adaption" },
	{ 0x08, "ITU-T V.120" },
	{ 0x09, "ITU-T X.31 HDLC flag stuffing" },
	{ 0, NULL }
};

void tk_emit_bearer_capability(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const char *const coding[4] = { "ITU-T", "ISO/IEC", "national", "network specific" };
	size_t i = 0;

	tk_emit_open(e, 0);
	if (n >= 1) {
		tk_emit_kv_str(e, "codingStandard", coding[(p[0] >> 5) & 3]);
		tk_inner_emit_name(e, "informationTransferCapability", bc_capability_names, NULL, "reserved", p[0] & 0x1f);
		i = 1;
		/* octet 3a (extension bit 0) is only used by some national variants: skip it */
		while (i < n && !(p[i - 1] & 0x80))
			i++;
	}
	if (i < n) {
		tk_emit_kv_str(e, "transferMode", ((p[i] >> 5) & 3) == 0 ? "circuit mode" :
			       ((p[i] >> 5) & 3) == 2 ? "packet mode" : "reserved");
		tk_inner_emit_name(e, "informationTransferRate", bc_rate_names, NULL, "reserved", p[i] & 0x1f);
		i++;
		while (i < n && !(p[i - 1] & 0x80))
			i++;	/* 4a/4b: structure, configuration, establishment, symmetry */
	}
	if (i < n && ((p[i] >> 5) & 3) == 1) {
		tk_inner_emit_name(e, "userInformationLayer1", bc_l1_names, NULL, "reserved", p[i] & 0x1f);
	}
	tk_emit_kv_hex(e, "hex", p, n);
	if (n < 2) {
		tk_emit_key(e, "error");
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "offset", (long)n);
		tk_emit_kv_str(e, "reason", "a bearer capability has at least 2 octets (3 and 4)");
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 0);
}

/* ITU-T Q.763 Table 5 (and ETSI EN 300 356-1): parameter names by code */
static const struct tk_value_string isup_param_names[] = {
	{ 0x00, "end of optional parameters" },
	{ 0x01, "call reference" },
	{ 0x02, "transmission medium requirement" },
	{ 0x03, "access transport" },
	{ 0x04, "called party number" },
	{ 0x05, "subsequent number" },
	{ 0x06, "nature of connection indicators" },
	{ 0x07, "forward call indicators" },
	{ 0x08, "optional forward call indicators" },
	{ 0x09, "calling party's category" },
	{ 0x0a, "calling party number" },
	{ 0x0b, "redirecting number" },
	{ 0x0c, "redirection number" },
	{ 0x0d, "connection request" },
	{ 0x0e, "information request indicators" },
	{ 0x0f, "information indicators" },
	{ 0x10, "continuity indicators" },
	{ 0x11, "backward call indicators" },
	{ 0x12, "cause indicators" },
	{ 0x13, "redirection information" },
	{ 0x15, "circuit group supervision message type" },
	{ 0x16, "range and status" },
	{ 0x18, "facility indicator" },
	{ 0x1a, "closed user group interlock code" },
	{ 0x1d, "user service information" },
	{ 0x1e, "signalling point code" },
	{ 0x20, "user-to-user information" },
	{ 0x21, "connected number" },
	{ 0x22, "suspend/resume indicators" },
	{ 0x23, "transit network selection" },
	{ 0x24, "event information" },
	{ 0x26, "circuit state indicator" },
	{ 0x27, "automatic congestion level" },
	{ 0x28, "original called number" },
	{ 0x29, "optional backward call indicators" },
	{ 0x2a, "user-to-user indicators" },
	{ 0x2b, "origination ISC point code" },
	{ 0x2c, "generic notification indicator" },
	{ 0x2d, "call history information" },
	{ 0x2e, "access delivery information" },
	{ 0x2f, "network specific facility" },
	{ 0x30, "user service information prime" },
	{ 0x31, "propagation delay counter" },
	{ 0x32, "remote operations" },
	{ 0x33, "service activation" },
	{ 0x34, "user teleservice information" },
	{ 0x35, "transmission medium used" },
	{ 0x36, "call diversion information" },
	{ 0x37, "echo control information" },
	{ 0x38, "message compatibility information" },
	{ 0x39, "parameter compatibility information" },
	{ 0x3a, "MLPP precedence" },
	{ 0x3b, "MCID request indicators" },
	{ 0x3c, "MCID response indicators" },
	{ 0x3d, "hop counter" },
	{ 0x3e, "transmission medium requirement prime" },
	{ 0x3f, "location number" },
	{ 0x40, "redirection number restriction" },
	{ 0x43, "call transfer reference" },
	{ 0x44, "loop prevention indicators" },
	{ 0x45, "call transfer number" },
	{ 0x4b, "CCSS" },
	{ 0x4c, "forward GVNS" },
	{ 0x4d, "backward GVNS" },
	{ 0x4e, "redirect capability" },
	{ 0x5b, "network management controls" },
	{ 0x65, "correlation id" },
	{ 0x66, "SCF id" },
	{ 0x6e, "call diversion treatment indicators" },
	{ 0x6f, "called IN number" },
	{ 0x70, "call offering treatment indicators" },
	{ 0x71, "charged party identification" },
	{ 0x72, "conference treatment indicators" },
	{ 0x73, "display information" },
	{ 0x74, "UID action indicators" },
	{ 0x75, "UID capability indicators" },
	{ 0x77, "redirect counter" },
	{ 0x78, "application transport" },
	{ 0x79, "collect call request" },
	{ 0x7a, "CCNR possible indicator" },
	{ 0x7b, "pivot capability" },
	{ 0x7c, "pivot routing indicators" },
	{ 0x7d, "called directory number" },
	{ 0x7e, "original called IN number" },
	{ 0x80, "calling geodetic location" },
	{ 0x81, "HTR information" },
	{ 0x82, "network routing number" },
	{ 0x83, "query on release capability" },
	{ 0x84, "pivot status" },
	{ 0x85, "pivot counter" },
	{ 0x86, "pivot routing forward information" },
	{ 0x87, "pivot routing backward information" },
	{ 0x88, "redirect status" },
	{ 0x89, "redirect forward information" },
	{ 0x8a, "redirect backward information" },
	{ 0x8b, "number portability forward information" },
	{ 0xc0, "generic number" },
	{ 0xc1, "generic digits" },
	{ 0, NULL }
};

/* the value of parameter code, by the decoder of its format; 0 if tcapkit has none */
static int isup_param_value(struct tk_emitter *e, uint8_t code, const uint8_t *p, size_t n)
{
	switch (code) {
	case 0x04: case 0x0c: tk_emit_isup_number(e, p, n, TK_ISUP_CALLED); return 1;
	case 0x0a: tk_emit_isup_number(e, p, n, TK_ISUP_CALLING); return 1;
	case 0x0b: tk_emit_isup_number(e, p, n, TK_ISUP_REDIRECTING); return 1;
	case 0x28: tk_emit_isup_number(e, p, n, TK_ISUP_ORIGINAL_CALLED); return 1;
	case 0x3f: tk_emit_isup_number(e, p, n, TK_ISUP_LOCATION); return 1;
	case 0xc0: tk_emit_isup_number(e, p, n, TK_ISUP_GENERIC); return 1;
	case 0xc1: tk_emit_isup_number(e, p, n, TK_ISUP_GENERIC_DIGITS); return 1;
	case 0x09: tk_emit_isup_calling_category(e, p, n); return 1;
	case 0x12: tk_emit_isup_cause(e, p, n); return 1;
	case 0x13: tk_emit_isup_redirection_info(e, p, n); return 1;
	case 0x1d: case 0x30: tk_emit_bearer_capability(e, p, n); return 1;
	default: return 0;
	}
}

void tk_emit_isup_parameters(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t off = 0;

	n = tk_inner_start(e, &er, p, n);
	tk_emit_key(e, "parameters");
	tk_emit_open(e, 1);
	while (off < n) {
		uint8_t code = p[off];
		size_t len;

		if (code == 0x00)	/* end of optional parameters: nothing may follow */
			break;
		if (off + 2 > n) {
			tk_inner_fail(&er, off, "parameter 0x%02x without its length indicator", code);
			break;
		}
		len = p[off + 1];
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "code", code);
		tk_inner_emit_name(e, "name", isup_param_names, NULL, "unknown parameter", code);
		if (off + 2 + len > n) {
			tk_inner_fail(&er, off + 1, "parameter 0x%02x of length %zu, %zu octets follow",
				      code, len, n - off - 2);
			tk_emit_kv_hex(e, "value", p + off + 2, n - off - 2);
			tk_emit_close(e, 0);
			break;
		}
		tk_emit_key(e, "value");
		if (!isup_param_value(e, code, p + off + 2, len))
			tk_emit_hex(e, p + off + 2, len);
		tk_emit_close(e, 0);
		off += 2 + len;
	}
	tk_emit_close(e, 1);
	if (off < n && p[off] == 0x00 && off + 1 < n)
		tk_inner_fail(&er, off + 1, "%zu octets after the end of optional parameters", n - off - 1);
	if (n == 0)
		tk_inner_fail(&er, 0, "empty");
	tk_inner_finish(e, p, n, &er);
}
