/*
 * The small OCTET STRINGs of MAP and CAP whose bits the ASN.1 comments of TS 29.002 and
 * TS 29.078 define: treatment indicators, CAMEL codes, key set identifiers, ANSI
 * carrier fields, and the BCD digits, times, dates and prices of CAP's collected digits
 * and variable message parts.  Each function emits one object with the value decoded,
 * "hex", and "error" for octets that do not follow the comment.
 */
#include <stdio.h>
#include <string.h>

#include "indicators.h"
#include "inner.h"
#include "isup.h"
#include "names.h"

static int check_len(struct tk_inner_err *er, size_t n, size_t lo, size_t hi)
{
	if (n == 0) {
		tk_inner_fail(er, 0, "empty");
		return -1;
	}
	if (n < lo) {
		tk_inner_fail(er, n, "%zu octets, at least %zu expected", n, lo);
		return -1;
	}
	if (n > hi)
		tk_inner_fail(er, hi, "%zu octets, at most %zu expected", n, hi);
	return 0;
}

/* ---- two-bit treatment indicators ('xxxx xx01'B / 'xxxx xx10'B) ---------------------------- */

struct treatment {
	const char *element;	/* the ASN.1 component or type */
	const char *v1, *v2;	/* names of 01 and 10 */
};

/* TS 29.078 ForwardServiceInteractionInd, BackwardServiceInteractionInd,
 * ServiceInteractionIndicatorsTwo; TS 29.002 CallDiversionTreatmentIndicator */
static const struct treatment treatments[] = {
	{ "conferenceTreatmentIndicator", "acceptConferenceRequest", "rejectConferenceRequest" },
	{ "callCompletionTreatmentIndicator", "acceptCallCompletionServiceRequest",
	  "rejectCallCompletionServiceRequest" },
	{ "callDiversionTreatmentIndicator", "callDiversionAllowed", "callDiversionNotAllowed" },
	{ "callingPartyRestrictionIndicator", "noINImpact", "presentationRestricted" },
	{ "holdTreatmentIndicator", "acceptHoldRequest", "rejectHoldRequest" },
	{ "cwTreatmentIndicator", "acceptCw", "rejectCw" },
	{ "ectTreatmentIndicator", "acceptEctRequest", "rejectEctRequest" },
	{ NULL, NULL, NULL }
};

int tk_treatment_indicator_known(const char *element)
{
	const struct treatment *t;

	for (t = treatments; t->element; t++)
		if (strcmp(t->element, element) == 0)
			return 1;
	return 0;
}

void tk_emit_treatment_indicator(struct tk_emitter *e, const char *element, const uint8_t *p, size_t n)
{
	const struct treatment *t;
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	for (t = treatments; t->element && strcmp(t->element, element) != 0; t++)
		;
	if (check_len(&er, n, 1, 1) == 0 && t->element) {
		switch (p[0] & 3) {
		case 1: tk_emit_kv_str(e, "name", t->v1); break;
		case 2: tk_emit_kv_str(e, "name", t->v2); break;
		default:
			tk_emit_kv_long(e, "value", p[0] & 3);
			tk_inner_fail(&er, 0, "bits 2-1 are %d: only 01 and 10 are defined", p[0] & 3);
			break;
		}
	}
	tk_inner_finish(e, p, n, &er);
}

/* ---- single-octet codes --------------------------------------------------------------------- */

/* TS 29.078 ChargeIndicator, as Q.763 3.5 backward call indicators bits BA */
static const struct tk_value_string charge_names[] = {
	{ 0, "no indication" }, { 1, "no charge" }, { 2, "charge" }, { 3, "spare" }, { 0, NULL }
};

/* TS 29.002 InterCUG-Restrictions, bits 21 */
static const struct tk_value_string intercug_names[] = {
	{ 0, "CUG only facilities" },
	{ 1, "CUG with outgoing access" },
	{ 2, "CUG with incoming access" },
	{ 3, "CUG with both outgoing and incoming access" },
	{ 0, NULL }
};

/* TS 29.002 MM-Code */
static const struct tk_value_string mm_code_names[] = {
	{ 0x00, "Location-update-in-same-VLR" },
	{ 0x01, "Location-update-to-other-VLR" },
	{ 0x02, "IMSI-Attach" },
	{ 0x03, "MS-initiated-IMSI-Detach" },
	{ 0x04, "Network-initiated-IMSI-Detach" },
	{ 0x80, "Routeing-Area-update-in-same-SGSN" },
	{ 0x81, "Routeing-Area-update-to-other-SGSN-update-from-new-SGSN" },
	{ 0x82, "Routeing-Area-update-to-other-SGSN-disconnect-by-detach" },
	{ 0x83, "GPRS-Attach" },
	{ 0x84, "MS-initiated-GPRS-Detach" },
	{ 0x85, "Network-initiated-GPRS-Detach" },
	{ 0x86, "Network-initiated-transfer-to-MS-not-reachable-for-paging" },
	{ 0, NULL }
};

/* TS 29.078 NAOliInfo: ANSI T1.113 originating line information; the values TS 29.078
 * names (T1.113 itself is not transcribed here, so other values are only numbers) */
static const struct tk_value_string oli_names[] = {
	{ 61, "cellular service (type 1)" },
	{ 62, "cellular service (type 2)" },
	{ 63, "cellular service (roaming)" },
	{ 0, NULL }
};

/* TS 29.078 (phase 2) NACarrierSelectionInfo: the values its comment lists (ANSI T1.113) */
static const struct tk_value_string na_carrier_selection_names[] = {
	{ 0, "not indicated or not explicitly provided" },
	{ 1, "subscribed not dialed" },
	{ 2, "subscribed and dialed" },
	{ 3, "subscribed with dialing undetermined" },
	{ 4, "dialed CIC not subscribed" },
	{ 0, NULL }
};

void tk_emit_code_octet(struct tk_emitter *e, enum tk_code_kind kind, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	uint8_t v;

	n = tk_inner_start(e, &er, p, n);
	if (check_len(&er, n, 1, 1) < 0)
		goto out;
	v = p[0];
	switch (kind) {
	case TK_CODE_CHARGE_INDICATOR:
		tk_emit_kv_str(e, "name", tk_vs_name(charge_names, v & 3));
		if (v & 0xfc)
			tk_inner_fail(&er, 0, "bits 8-3 are not 0");
		break;
	case TK_CODE_INTER_CUG_RESTRICTIONS:
		tk_emit_kv_str(e, "name", tk_vs_name(intercug_names, v & 3));
		break;
	case TK_CODE_MM_CODE:
		tk_emit_kv_long(e, "value", v);
		tk_inner_emit_name(e, "name", mm_code_names, NULL, "not defined in CAMEL phase 4", v);
		break;
	case TK_CODE_SGSN_CAPABILITIES:
		/* TS 29.078: bit 0 AoC; bits 1-7 reserved */
		tk_emit_kv_bool(e, "aocSupported", v & 1);
		break;
	case TK_CODE_CAUSE_VALUE:
		/* TS 29.002 CauseValue: the cause value octet of Q.763 3.12 (Q.850) */
		tk_emit_kv_long(e, "causeValue", v & 0x7f);
		tk_emit_kv_str(e, "cause", tk_isup_cause_name(v & 0x7f));
		break;
	case TK_CODE_NA_OLI:
		tk_emit_kv_long(e, "value", v);
		tk_inner_emit_name(e, "name", oli_names, NULL, "see ANSI T1.113", v);
		break;
	case TK_CODE_NA_CARRIER_SELECTION:
		tk_emit_kv_long(e, "value", v);
		tk_inner_emit_name(e, "name", na_carrier_selection_names, NULL, "see ANSI T1.113", v);
		break;
	case TK_CODE_KEY_SET_ID:
		/* TS 24.008 10.5.1.2 (Cksn) / 10.5.1.2 KSI: bits 3-1; 111 = no key available */
		tk_emit_kv_long(e, "keySequence", v & 7);
		if ((v & 7) == 7)
			tk_emit_kv_str(e, "name", "no key is available");
		break;
	}
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- numbers in octets ---------------------------------------------------------------------- */

void tk_emit_uint_octets(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	unsigned long v = 0;
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	if (check_len(&er, n, 1, 4) == 0 && n <= 4) {
		for (i = 0; i < n; i++)
			v = v << 8 | p[i];
		tk_emit_kv_long(e, "value", (long)v);
	}
	tk_inner_finish(e, p, n, &er);
}

/* ---- BCD ------------------------------------------------------------------------------------ */

static char bcd_char(unsigned d)
{
	return d < 10 ? (char)('0' + d) : d == 11 ? '*' : d == 12 ? '#' : 0;
}

/* two BCD digits of an octet, low nibble first as TS 29.078 codes them; -1 if not decimal */
static int bcd2(uint8_t o)
{
	if ((o & 0x0f) > 9 || (o >> 4) > 9)
		return -1;
	return (o & 0x0f) * 10 + (o >> 4);
}

void tk_emit_cap_bcd(struct tk_emitter *e, enum tk_cap_bcd_kind kind, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	char text[32];
	int a, b, c, d;
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	switch (kind) {
	case TK_CAP_BCD_DIGIT_PER_OCTET:
		/* CollectedDigits endOfReplyDigit/cancelDigit/startDigit: one digit per octet in
		 * bits 4-1; 1011 is *, 1100 is # */
		if (check_len(&er, n, 1, 2) < 0)
			break;
		for (i = 0; i < n && i < 2; i++) {
			char ch = bcd_char(p[i] & 0x0f);
			if (!ch) {
				tk_inner_fail(&er, i, "digit code %d is not defined", p[i] & 0x0f);
				ch = '?';
			}
			text[i] = ch;
		}
		text[i] = 0;
		tk_emit_kv_str(e, "digits", text);
		break;
	case TK_CAP_BCD_TIME:
		if (check_len(&er, n, 2, 2) < 0)
			break;
		a = bcd2(p[0]);
		b = bcd2(p[1]);
		if (a < 0 || b < 0 || a > 23 || b > 59) {
			tk_inner_fail(&er, 0, "not a BCD time HH:MM");
			break;
		}
		snprintf(text, sizeof(text), "%02d:%02d", a, b);
		tk_emit_kv_str(e, "time", text);
		break;
	case TK_CAP_BCD_DATE:
		if (check_len(&er, n, 4, 4) < 0)
			break;
		a = bcd2(p[0]);
		b = bcd2(p[1]);
		c = bcd2(p[2]);
		d = bcd2(p[3]);
		if (a < 0 || b < 0 || c < 1 || c > 12 || d < 1 || d > 31) {
			tk_inner_fail(&er, 0, "not a BCD date YYYYMMDD");
			break;
		}
		snprintf(text, sizeof(text), "%02d%02d-%02d-%02d", a, b, c, d);
		tk_emit_kv_str(e, "date", text);
		break;
	case TK_CAP_BCD_PRICE:
		if (check_len(&er, n, 4, 4) < 0)
			break;
		a = bcd2(p[0]);
		b = bcd2(p[1]);
		c = bcd2(p[2]);
		d = bcd2(p[3]);
		if (a < 0 || b < 0 || c < 0 || d < 0) {
			tk_inner_fail(&er, 0, "not a BCD price");
			break;
		}
		snprintf(text, sizeof(text), "%d.%02d", a * 10000 + b * 100 + c, d);
		tk_emit_kv_str(e, "price", text);
		break;
	}
	tk_inner_finish(e, p, n, &er);
}

/* TS 29.002 NAEA-CIC: the carrier code as 3 or 4 BCD digits, low nibble first, F filler */
void tk_emit_naea_cic(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	char text[8];
	size_t i, k = 0;

	n = tk_inner_start(e, &er, p, n);
	if (check_len(&er, n, 3, 3) == 0) {
		for (i = 0; i < 6 && k < 4; i++) {
			unsigned d = i & 1 ? p[i / 2] >> 4 : p[i / 2] & 0x0f;
			if (d == 0x0f)
				break;
			if (d > 9) {
				tk_inner_fail(&er, i / 2, "carrier code digit %u is not decimal", d);
				break;
			}
			text[k++] = (char)('0' + d);
		}
		text[k] = 0;
		tk_emit_kv_str(e, "carrierCode", text);
	}
	tk_inner_finish(e, p, n, &er);
}

/* ---- TS 24.008 transaction identifier, ANSI charge number ---------------------------------- */

/* TS 29.002 TransactionId: the value part of a TS 24.008 10.5.6.7 transaction identifier:
 * TI flag (bit 8) and TI value (bits 7-5); the value 111 continues in a second octet */
void tk_emit_transaction_id(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (check_len(&er, n, 1, 2) == 0) {
		unsigned ti = (p[0] >> 4) & 7;
		tk_emit_kv_str(e, "tiFlag", p[0] & 0x80 ? "sent to the side that originated the TI" :
			       "sent from the side that originated the TI");
		if (ti == 7 && n >= 2) {
			tk_emit_kv_long(e, "tiValue", p[1] & 0x7f);
			tk_emit_kv_bool(e, "extended", 1);
		} else {
			tk_emit_kv_long(e, "tiValue", ti);
			if (ti == 7)
				tk_inner_fail(&er, 1, "TI value 111 without its extension octet");
			else if (n == 2)
				tk_inner_fail(&er, 1, "an extension octet after a TI value below 7");
		}
	}
	tk_inner_finish(e, p, n, &er);
}

/* TS 29.078 NAChargeNumber (ANSI T1.113 charge number): nature of address with the
 * odd/even indicator, numbering plan, then the digits two per octet, low nibble first */
void tk_emit_na_charge_number(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	char digits[16];
	size_t i, k = 0, nd;

	n = tk_inner_start(e, &er, p, n);
	if (check_len(&er, n, 2, 7) == 0) {
		tk_emit_kv_str(e, "oddEven", p[0] & 0x80 ? "odd" : "even");
		tk_emit_kv_long(e, "natureOfAddress", p[0] & 0x7f);
		tk_emit_kv_long(e, "numberingPlan", (p[1] >> 4) & 7);
		nd = (n > 7 ? 5 : n - 2) * 2;
		if (nd && (p[0] & 0x80))
			nd--;
		for (i = 0; i < nd; i++) {
			unsigned d = i & 1 ? p[2 + i / 2] >> 4 : p[2 + i / 2] & 0x0f;
			if (d > 9 && !er.set)
				tk_inner_fail(&er, 2 + i / 2, "digit code %u is not a decimal digit", d);
			digits[k++] = "0123456789ABCDEF"[d];
		}
		digits[k] = 0;
		tk_emit_kv_str(e, "digits", digits);
	}
	tk_inner_finish(e, p, n, &er);
}

/* ---- ISUP user-to-user indicators and information (TS 29.002 UUIndicator, UUI) ------------- */

static const struct tk_value_string uus_request_names[] = {
	{ 0, "no information" }, { 1, "spare" }, { 2, "request, not essential" },
	{ 3, "request, essential" }, { 0, NULL }
};

static const struct tk_value_string uus_response_names[] = {
	{ 0, "no information" }, { 1, "not provided" }, { 2, "provided" }, { 3, "spare" }, { 0, NULL }
};

/* Q.763 3.60 user-to-user indicators */
void tk_emit_uu_indicators(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	const struct tk_value_string *vs;
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (check_len(&er, n, 1, 1) == 0) {
		int response = p[0] & 1;
		vs = response ? uus_response_names : uus_request_names;
		tk_emit_kv_str(e, "type", response ? "response" : "request");
		tk_emit_kv_str(e, "service1", tk_vs_name(vs, (p[0] >> 1) & 3));
		tk_emit_kv_str(e, "service2", tk_vs_name(vs, (p[0] >> 3) & 3));
		tk_emit_kv_str(e, "service3", tk_vs_name(vs, (p[0] >> 5) & 3));
		if (response)
			tk_emit_kv_bool(e, "networkDiscard", p[0] & 0x80);
	}
	tk_inner_finish(e, p, n, &er);
}

/* Q.931 4.5.30 user-user protocol discriminator (the first octet of Q.763 3.61 UUI) */
static const struct tk_value_string uu_pd_names[] = {
	{ 0x00, "user-specific protocol" },
	{ 0x01, "OSI high layer protocols" },
	{ 0x02, "X.244" },
	{ 0x04, "IA5 characters" },
	{ 0x05, "X.208 and X.209 coded user information" },
	{ 0x07, "V.120 rate adaption" },
	{ 0x08, "Q.931 user-network call control messages" },
	{ 0, NULL }
};

void tk_emit_uu_information(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (check_len(&er, n, 1, 131) == 0) {
		tk_inner_emit_name(e, "protocolDiscriminator", uu_pd_names, NULL, "reserved", p[0]);
		if (p[0] == 0x04) {
			size_t i;
			int printable = 1;
			for (i = 1; i < n; i++)
				printable &= p[i] >= 0x20 && p[i] < 0x7f;
			if (printable) {
				tk_emit_key(e, "text");
				tk_emit_strn(e, (const char *)p + 1, n - 1);
			}
			else
				tk_emit_kv_hex(e, "information", p + 1, n - 1);
		} else {
			tk_emit_kv_hex(e, "information", p + 1, n - 1);
		}
	}
	tk_inner_finish(e, p, n, &er);
}
