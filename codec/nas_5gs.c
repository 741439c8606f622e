/*
 * 5GS NAS (3GPP TS 24.501 V17): the messages of dedicatedInfoNAS when the E-UTRA cell is
 * connected to 5GC; see nas_5gs.h.
 *
 * A plain 5GMM message is its header (9.1.1: extended protocol discriminator, security header
 * type and a spare half octet, message type), a 5GSM message's header the extended protocol
 * discriminator, PDU session identity, procedure transaction identity and message type; then
 * the mandatory elements in the order of the message's table in clause 8 (half octets, V, LV,
 * LV-E: read by position), then the optional elements by identifier.  An identifier the table
 * does not list is skipped by TS 24.007 11.2.4 (24.501 7.6): bit 8 set, a single octet (type 1
 * or 2); else identifier, length, value (type 4) -- except that for 5GS NAS 11.2.4 makes every
 * identifier 7x a TLV-E (a length of two octets).  A security protected message (9.1.1) is
 * the extended protocol discriminator, the security header type, the message authentication
 * code, the sequence number and a plain 5GS NAS message, which is decoded unless ciphered.
 *
 * Elements 24.501 takes from TS 24.008 (GPRS timers, network names, time zones, PLMN lists)
 * are decoded by dtap.c, the SMS of a payload container by dtap.c's TS 24.011 decoder, PLMN
 * identities by location.c, DNNs by subscriber.c's APN labels, the EPS NAS message container
 * and the elements of TS 24.301 layout (EPS QoS, APN-AMBR, TFT, ciphering key data, UE radio
 * capability ID, ...) by eps_nas.c, EAP messages by eap.c.
 */
#include <arpa/inet.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "classmark.h"
#include "dtap.h"
#include "eap.h"
#include "eps_nas.h"
#include "inner.h"
#include "location.h"
#include "lpp.h"
#include "names.h"
#include "nas_5gs.h"
#include "nas_reader.h"
#include "subscriber.h"
#include "ue_policy.h"
#include "values.h"

/* a security protected message holds a plain one, a 5GMM message a 5GSM one (N1 SM
 * information) or another 5GMM one (NAS message container): 3 levels for a well-formed
 * message; the bound stops a NAS message nested in itself (eps_nas.c's is the same) */
#define MAX_NAS_DEPTH 4

/* ---- reading a message (nas_reader.c; the 5GS kinds of value here) ------------------------ */

static void emit_nas(struct tk_emitter *e, const uint8_t *p, size_t n, int depth);
static void payload_container(struct tk_nas *m, const uint8_t *v, size_t len);
static void val_sor_container(struct tk_emitter *e, const uint8_t *p, size_t n);
static void multiple_payloads(struct tk_nas *m, const uint8_t *p, size_t n);

/* what a value holds besides a plain element (struct tk_nas_ie kind) */
enum ie_kind {
	K_VALUE = 0,		/* dec, or hex */
	K_NAS5GS,		/* a 5GS NAS message (NAS message container 9.11.3.33) */
	K_NASEPS,		/* an EPS NAS message (EPS NAS message container 9.11.3.24) */
	K_PAYLOAD,		/* a payload container (9.11.3.39) of the message's type */
	K_PCT,			/* the payload container type (9.11.3.40), remembered */
};

/* a mandatory LV / LV-E element as key: fn's value, or by kind */
static void lv(struct tk_nas *m, const char *key, const char *what, int ext, tk_nas_val_fn fn,
	       int kind)
{
	size_t len;
	const uint8_t *v = tk_nas_take_lv(m, what, ext, &len);

	if (!v)
		return;
	tk_emit_key(m->e, key);
	if (kind == K_PAYLOAD)
		payload_container(m, v, len);
	else if (kind == K_NAS5GS)
		emit_nas(m->e, v, len, m->depth + 1);
	else if (fn)
		fn(m->e, v, len);
	else
		tk_emit_hex(m->e, v, len);
}

/* ---- optional elements by identifier ----------------------------------------------------- */

#define TV1(i, name, dec) { i, TK_NAS_TV1, 1, K_VALUE, name, dec }
#define TV(i, l, name, dec) { i, TK_NAS_TV, l, K_VALUE, name, dec }
#define TLV(i, name, dec) { i, TK_NAS_TLV, 0, K_VALUE, name, dec }
#define TLVE(i, name, dec) { i, TK_NAS_TLVE, 0, K_VALUE, name, dec }
#define IE_END { 0, 0, 0, 0, NULL, NULL }

/* the value of an element of a kind other than K_VALUE (v the half octet for type 1) */
static void kind_value(struct tk_nas *m, const struct tk_nas_ie *d, const uint8_t *v,
		       size_t len)
{
	if (d->kind == K_NAS5GS) {
		emit_nas(m->e, v, len, m->depth + 1);
	} else if (d->kind == K_NASEPS) {
		tk_emit_eps_nas_at(m->e, v, len, m->depth + 1);
	} else if (d->kind == K_PAYLOAD) {
		payload_container(m, v, len);
	} else {
		if (d->kind == K_PCT && len == 1)
			m->aux = v[0];
		if (d->dec)
			d->dec(m->e, v, len);
		else if (d->fmt == TK_NAS_TV1 && len == 1)
			tk_emit_long(m->e, v[0]);
		else
			tk_emit_hex(m->e, v, len);
	}
}

/* 5GS: unknown identifiers 7x are TLV-E (TS 24.501 11.2.4 as TS 24.007 11.2.4 extends it) */
static const struct tk_nas_ies nas5gs_ies = { 1, kind_value };

/* the rest of the message as optional elements: "ies": [{"iei", "name", "value"}] */
static void opt_ies(struct tk_nas *m, const struct tk_nas_ie *defs)
{
	tk_nas_opt_ies(m, defs, &nas5gs_ies);
}

/* ---- causes (9.11.3.2, 9.11.4.2) --------------------------------------------------------- */

/* 9.11.3.2 5GMM cause, Table 9.11.3.2.1 */
static const struct tk_value_string mm_cause_names[] = {
	{ 3, "Illegal UE" },
	{ 5, "PEI not accepted" },
	{ 6, "Illegal ME" },
	{ 7, "5GS services not allowed" },
	{ 9, "UE identity cannot be derived by the network" },
	{ 10, "Implicitly de-registered" },
	{ 11, "PLMN not allowed" },
	{ 12, "Tracking area not allowed" },
	{ 13, "Roaming not allowed in this tracking area" },
	{ 15, "No suitable cells in tracking area" },
	{ 20, "MAC failure" },
	{ 21, "Synch failure" },
	{ 22, "Congestion" },
	{ 23, "UE security capabilities mismatch" },
	{ 24, "Security mode rejected, unspecified" },
	{ 26, "Non-5G authentication unacceptable" },
	{ 27, "N1 mode not allowed" },
	{ 28, "Restricted service area" },
	{ 31, "Redirection to EPC required" },
	{ 36, "IAB-node operation not authorized" },
	{ 43, "LADN not available" },
	{ 62, "No network slices available" },
	{ 65, "Maximum number of PDU sessions reached" },
	{ 67, "Insufficient resources for specific slice and DNN" },
	{ 69, "Insufficient resources for specific slice" },
	{ 71, "ngKSI already in use" },
	{ 72, "Non-3GPP access to 5GCN not allowed" },
	{ 73, "Serving network not authorized" },
	{ 74, "Temporarily not authorized for this SNPN" },
	{ 75, "Permanently not authorized for this SNPN" },
	{ 76, "Not authorized for this CAG or authorized for CAG cells only" },
	{ 77, "Wireline access area not allowed" },
	{ 78, "PLMN not allowed to operate at the present UE location" },
	{ 79, "UAS services not allowed" },
	{ 80, "Disaster roaming for the determined PLMN with disaster condition not allowed" },
	{ 90, "Payload was not forwarded" },
	{ 91, "DNN not supported or not subscribed in the slice" },
	{ 92, "Insufficient user-plane resources for the PDU session" },
	{ 93, "Onboarding services terminated" },
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

/* 9.11.4.2 5GSM cause, Table 9.11.4.2.1 */
static const struct tk_value_string sm_cause_names[] = {
	{ 8, "Operator determined barring" },
	{ 26, "Insufficient resources" },
	{ 27, "Missing or unknown DNN" },
	{ 28, "Unknown PDU session type" },
	{ 29, "User authentication or authorization failed" },
	{ 31, "Request rejected, unspecified" },
	{ 32, "Service option not supported" },
	{ 33, "Requested service option not subscribed" },
	{ 35, "PTI already in use" },
	{ 36, "Regular deactivation" },
	{ 37, "5GS QoS not accepted" },
	{ 38, "Network failure" },
	{ 39, "Reactivation requested" },
	{ 41, "Semantic error in the TFT operation" },
	{ 42, "Syntactical error in the TFT operation" },
	{ 43, "Invalid PDU session identity" },
	{ 44, "Semantic errors in packet filter(s)" },
	{ 45, "Syntactical error in packet filter(s)" },
	{ 46, "Out of LADN service area" },
	{ 47, "PTI mismatch" },
	{ 50, "PDU session type IPv4 only allowed" },
	{ 51, "PDU session type IPv6 only allowed" },
	{ 54, "PDU session does not exist" },
	{ 57, "PDU session type IPv4v6 only allowed" },
	{ 58, "PDU session type Unstructured only allowed" },
	{ 59, "Unsupported 5QI value" },
	{ 61, "PDU session type Ethernet only allowed" },
	{ 67, "Insufficient resources for specific slice and DNN" },
	{ 68, "Not supported SSC mode" },
	{ 69, "Insufficient resources for specific slice" },
	{ 70, "Missing or unknown DNN in a slice" },
	{ 81, "Invalid PTI value" },
	{ 82, "Maximum data rate per UE for user-plane integrity protection is too low" },
	{ 83, "Semantic error in the QoS operation" },
	{ 84, "Syntactical error in the QoS operation" },
	{ 85, "Invalid mapped EPS bearer identity" },
	{ 86, "UAS services not allowed" },
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

/* one octet, a value and its name; "any other value received ... shall be treated as" #111 */
struct cause_kind {
	const char *value_key, *key;
	const char *name, *what;
	const struct tk_value_string *names;
};

static const struct cause_kind mm_cause = { "mmCauseValue", "mmCause", "5GMM cause",
					    "a 5GMM cause", mm_cause_names };
static const struct cause_kind sm_cause = { "smCauseValue", "smCause", "5GSM cause",
					    "a 5GSM cause", sm_cause_names };

static void emit_cause(struct tk_emitter *e, const struct cause_kind *k, unsigned v)
{
	tk_emit_kv_long(e, k->value_key, v);
	tk_inner_emit_name(e, k->key, k->names, NULL,
			   "unassigned, treated as protocol error, unspecified", v);
}

static void v_cause(struct tk_nas *m, const struct cause_kind *k)
{
	const uint8_t *v = tk_nas_take_v(m, 1, k->name);

	if (v)
		emit_cause(m->e, k, v[0]);
}

static void val_cause(struct tk_emitter *e, const struct cause_kind *k, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, k->what))
		emit_cause(e, k, p[0]);
	tk_inner_finish(e, p, n, &er);
}

static void val_mm_cause(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_cause(e, &mm_cause, p, n);
}

static void val_sm_cause(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_cause(e, &sm_cause, p, n);
}

/* ---- identities (9.11.3.4) --------------------------------------------------------------- */

/* 9.11.3.4 5GS mobile identity: type of identity, bits 3-1 of octet 4 (= 9.11.3.3 identity type) */
static const struct tk_value_string identity_type_names[] = {
	{ 0, "No identity" },
	{ 1, "SUCI" },
	{ 2, "5G-GUTI" },
	{ 3, "IMEI" },
	{ 4, "5G-S-TMSI" },
	{ 5, "IMEISV" },
	{ 6, "MAC address" },
	{ 7, "EUI-64" },
	{ 0, NULL }
};

/* SUPI format, bits 7-5 of octet 4 of a SUCI */
static const struct tk_value_string supi_format_names[] = {
	{ 0, "IMSI" },
	{ 1, "Network specific identifier" },
	{ 2, "Global line identifier (GLI)" },
	{ 3, "Global cable identifier (GCI)" },
	{ 0, NULL }
};

/* protection scheme identifier, bits 4-1 of octet 10 (TS 33.501 Annex C) */
static const struct tk_value_string protection_scheme_names[] = {
	{ 0, "Null scheme" },
	{ 1, "ECIES scheme profile A" },
	{ 2, "ECIES scheme profile B" },
	{ 0, NULL }
};

static const struct tk_vrange protection_scheme_ranges[] = {
	{ 3, 11, "reserved" },
	{ 12, 15, "operator-specific protection scheme" },
	{ 0, 0, NULL }
};

/* BCD digits start..end-1 (nibbles of p, low first) up to the first filler 1111 */
static int digits_to_filler(const uint8_t *p, int start, int end, char *out, size_t size)
{
	char *f;

	if (tk_bcd_nibbles(p, start, end, out, size) < 0)
		return -1;
	if ((f = strchr(out, 'F')))
		*f = 0;
	return 0;
}

/* a SUCI from octet 4 (p[0]): SUPI format, then by format */
static void emit_suci(struct tk_emitter *e, const uint8_t *p, size_t n, struct tk_inner_err *er)
{
	unsigned fmt = (p[0] >> 4) & 7, scheme;
	char digits[80];
	size_t out;

	tk_emit_kv_long(e, "supiFormatValue", fmt);
	tk_inner_emit_name(e, "supiFormat", supi_format_names, NULL, "reserved", fmt);
	if (fmt != 0) {
		/* octets 5..: the SUCI in NAI format (TS 23.003 2.2B, RFC 7542): shown when it is
		 * printable ASCII */
		char nai[256];
		size_t i;

		for (i = 1; i < n && i < sizeof(nai); i++) {
			if (p[i] < 0x20 || p[i] > 0x7e) {
				tk_inner_fail(er, i, "the NAI holds the octet 0x%02x", p[i]);
				return;
			}
			nai[i - 1] = (char)p[i];
		}
		nai[i - 1] = 0;
		if (n > sizeof(nai))
			tk_inner_fail(er, sizeof(nai), "a NAI of %zu octets is too long", n - 1);
		else if (n > 1)
			tk_emit_kv_str(e, "nai", nai);
		return;
	}
	/* octets 5-7 MCC, MNC; 8-9 routing indicator (4 digits, unused ones 1111); 10 spare and
	 * protection scheme id; 11 home network public key identifier; 12.. scheme output */
	if (!tk_inner_need(er, n, 8, "a SUCI of SUPI format IMSI"))
		return;
	tk_emit_plmn_fields(e, p + 1, er, 1);
	if (digits_to_filler(p + 4, 0, 4, digits, sizeof(digits)) == 0)
		tk_emit_kv_str(e, "routingIndicator", digits);
	scheme = p[6] & 0x0f;
	tk_emit_kv_long(e, "protectionSchemeId", scheme);
	tk_inner_emit_name(e, "protectionScheme", protection_scheme_names, protection_scheme_ranges,
			   "reserved", scheme);
	tk_emit_kv_long(e, "homeNetworkPublicKeyId", p[7]);
	out = n - 8;
	if (scheme == 0) {
		/* null scheme: the MSIN in BCD, low nibble first, an odd number ending in 1111 */
		if (out > 16 || digits_to_filler(p + 8, 0, (int)(2 * out), digits, sizeof(digits)) < 0)
			tk_inner_fail(er, 8, "a null-scheme output of %zu octets is too long", out);
		else
			tk_emit_kv_str(e, "msin", digits);
		if (p[7] != 0)
			tk_inner_fail(er, 7, "the home network public key identifier of the null scheme "
				      "is not 0");
		return;
	}
	tk_emit_kv_hex(e, "schemeOutput", p + 8, out);
	/* TS 33.501 C.3.2 / C.3.4: the ECC ephemeral public key (profile A 32 octets, profile B
	 * 33, compressed), the ciphertext, the MAC tag (8 octets) */
	if ((scheme == 1 || scheme == 2) && out >= (scheme == 1 ? 32u : 33u) + 8u) {
		size_t k = scheme == 1 ? 32 : 33;

		tk_emit_kv_hex(e, "eccEphemeralPublicKey", p + 8, k);
		tk_emit_kv_hex(e, "cipherText", p + 8 + k, out - k - 8);
		tk_emit_kv_hex(e, "macTag", p + n - 8, 8);
	}
}

void tk_emit_5gs_mobile_identity(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	char digits[40];
	unsigned type;
	int end;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: a 5GS mobile identity has at least 1 octet");
		goto out;
	}
	type = p[0] & 7;
	tk_emit_kv_long(e, "typeOfIdentityValue", type);
	tk_inner_emit_name(e, "typeOfIdentity", identity_type_names, NULL, "reserved", type);
	switch (type) {
	case 1:
		emit_suci(e, p, n, &er);
		break;
	case 2:
		/* octet 4 1111 0 010; 5-7 MCC, MNC; 8 AMF Region ID; 9-10 AMF Set ID (10 bits) and
		 * AMF Pointer (6 bits); 11-14 5G-TMSI */
		if (!tk_inner_fixed(&er, n, 11, "a 5G-GUTI"))
			break;
		if ((p[0] & 0xf8) != 0xf0)
			tk_inner_fail(&er, 0, "bits 8-4 of a 5G-GUTI's octet 4 are not 1111 0");
		tk_emit_plmn_fields(e, p + 1, &er, 1);
		tk_emit_kv_long(e, "amfRegionId", p[4]);
		tk_emit_kv_long(e, "amfSetId", (long)p[5] << 2 | p[6] >> 6);
		tk_emit_kv_long(e, "amfPointer", p[6] & 0x3f);
		tk_emit_kv_hex(e, "fiveGTmsi", p + 7, 4);
		break;
	case 4:
		/* octet 4 1111 0 100; 5-6 AMF Set ID and AMF Pointer; 7-10 5G-TMSI */
		if (!tk_inner_fixed(&er, n, 7, "a 5G-S-TMSI"))
			break;
		tk_emit_kv_long(e, "amfSetId", (long)p[1] << 2 | p[2] >> 6);
		tk_emit_kv_long(e, "amfPointer", p[2] & 0x3f);
		tk_emit_kv_hex(e, "fiveGTmsi", p + 3, 4);
		break;
	case 3:
	case 5:
		/* identity digit 1 in bits 8-5 of octet 4, then two digits an octet; bit 4 odd/even
		 * indication: an even number ends with the filler 1111 */
		tk_emit_kv_bool(e, "oddNumberOfDigits", p[0] & 0x08);
		end = (int)(2 * n) - !(p[0] & 0x08);
		if (!(p[0] & 0x08) && (p[n - 1] >> 4) != 0x0f)
			tk_inner_fail(&er, n - 1, "an even number of digits without the filler 1111");
		if (n > 9 || tk_bcd_nibbles(p, 1, end, digits, sizeof(digits)) < 0)
			tk_inner_fail(&er, 0, "an identity of %zu octets is too long", n);
		else
			tk_emit_kv_str(e, type == 3 ? "imei" : "imeisv", digits);
		break;
	case 6:
		/* octet 4 bit 4 MAUR (MAC address usage restriction), 5-10 the MAC address */
		if (!tk_inner_fixed(&er, n, 7, "a MAC address identity"))
			break;
		tk_emit_kv_bool(e, "macAddressUsageRestriction", p[0] & 0x08);
		tk_emit_kv_hex(e, "macAddress", p + 1, 6);
		break;
	case 7:
		if (tk_inner_fixed(&er, n, 9, "an EUI-64 identity"))
			tk_emit_kv_hex(e, "eui64", p + 1, 8);
		break;
	default:
		/* no identity: the rest of octet 4 and any octets are spare */
		break;
	}
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- slices (9.11.2.8, 9.11.3.37) -------------------------------------------------------- */

/* TS 23.501 5.15.2.2 standardised SST values */
static const struct tk_value_string sst_names[] = {
	{ 1, "eMBB" },
	{ 2, "URLLC" },
	{ 3, "MIoT" },
	{ 4, "V2X" },
	{ 5, "HMTC" },
	{ 0, NULL }
};

/* the S-NSSAI contents of len octets (9.11.2.8 from octet 3): SST; SST, mapped HPLMN SST;
 * SST, SD; SST, SD, mapped HPLMN SST; SST, SD, mapped HPLMN SST and SD */
static void snssai_fields(struct tk_emitter *e, const uint8_t *p, size_t len, size_t base,
			  struct tk_inner_err *er)
{
	if (len != 1 && len != 2 && len != 4 && len != 5 && len != 8) {
		tk_inner_fail(er, base, "an S-NSSAI of %zu octets (1, 2, 4, 5 or 8)", len);
		return;
	}
	tk_emit_kv_long(e, "sst", p[0]);
	if (tk_vs_name(sst_names, p[0]))
		tk_emit_kv_str(e, "sstName", tk_vs_name(sst_names, p[0]));
	if (len >= 4)
		tk_emit_kv_hex(e, "sd", p + 1, 3);
	if (len == 2)
		tk_emit_kv_long(e, "mappedHplmnSst", p[1]);
	if (len >= 5)
		tk_emit_kv_long(e, "mappedHplmnSst", p[4]);
	if (len == 8)
		tk_emit_kv_hex(e, "mappedHplmnSd", p + 5, 3);
}

static void val_snssai(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	snssai_fields(e, p, n, 0, &er);
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_nssai(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i = 0, len;

	n = tk_inner_start(e, &er, p, n);
	if (n < 2)
		tk_inner_fail(&er, 0, "truncated: an NSSAI holds at least one S-NSSAI");
	tk_emit_key(e, "sNssais");
	tk_emit_open(e, 1);
	/* each S-NSSAI as the 9.11.2.8 element without its identifier: length, contents */
	while (i < n) {
		len = p[i];
		if (len > n - i - 1) {
			tk_inner_fail(&er, i, "S-NSSAI of length %zu, %zu octets follow", len, n - i - 1);
			break;
		}
		tk_emit_open(e, 0);
		snssai_fields(e, p + i + 1, len, i, &er);
		tk_emit_close(e, 0);
		i += 1 + len;
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.46 Rejected NSSAI: cause value, bits 4-1 of each rejected S-NSSAI's first octet */
static const struct tk_value_string reject_cause_names[] = {
	{ 0, "S-NSSAI not available in the current PLMN or SNPN" },
	{ 1, "S-NSSAI not available in the current registration area" },
	{ 2, "S-NSSAI not available due to the failed or revoked network slice-specific "
	     "authentication and authorization" },
	{ 3, "S-NSSAI not available due to maximum number of UEs reached" },
	{ 0, NULL }
};

/* each rejected S-NSSAI: length of the rest (bits 8-5: 1 SST, 4 SST and SD), cause value
 * (bits 4-1), SST, SD */
static void val_rejected_nssai(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i = 0, len;

	n = tk_inner_start(e, &er, p, n);
	if (n < 2)
		tk_inner_fail(&er, 0, "truncated: a rejected NSSAI holds at least one S-NSSAI");
	tk_emit_key(e, "rejectedSNssais");
	tk_emit_open(e, 1);
	while (i < n) {
		len = p[i] >> 4;
		if (len > n - i - 1) {
			tk_inner_fail(&er, i, "rejected S-NSSAI of length %zu, %zu octets follow", len,
				      n - i - 1);
			break;
		}
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "causeValue", p[i] & 0x0f);
		tk_inner_emit_name(e, "cause", reject_cause_names, NULL,
				   "reserved, interpreted as not available in the current PLMN or SNPN",
				   p[i] & 0x0f);
		if (len != 1 && len != 4)
			tk_inner_fail(&er, i, "a rejected S-NSSAI of %zu octets (1 or 4)", len);
		else
			snssai_fields(e, p + i + 1, len, i, &er);
		tk_emit_close(e, 0);
		i += 1 + len;
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.2A 5GS DRX parameters, DRX value (bits 4-1) */
static const struct tk_value_string drx_names[] = {
	{ 0, "DRX value not specified" },
	{ 1, "DRX cycle parameter T = 32" },
	{ 2, "DRX cycle parameter T = 64" },
	{ 3, "DRX cycle parameter T = 128" },
	{ 4, "DRX cycle parameter T = 256" },
	{ 0, NULL }
};

static void val_drx(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "5GS DRX parameters")) {
		tk_emit_kv_long(e, "drxValue", p[0] & 0x0f);
		tk_inner_emit_name(e, "drx", drx_names, NULL, "reserved, interpreted as not specified",
				   p[0] & 0x0f);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.73 NB-N1 mode DRX parameters, bits 4-1: the names tshark 4.0.17 gives (T = 1024 is
 * 7, not 6 as in the EPS NB-S1 element) */
static const struct tk_value_string nb_n1_drx_names[] = {
	{ 0, "DRX value not specified" },
	{ 1, "DRX cycle parameter T = 32" },
	{ 2, "DRX cycle parameter T = 64" },
	{ 3, "DRX cycle parameter T = 128" },
	{ 4, "DRX cycle parameter T = 256" },
	{ 5, "DRX cycle parameter T = 512" },
	{ 7, "DRX cycle parameter T = 1024" },
	{ 0, NULL }
};

static void val_nb_n1_drx(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "NB-N1 mode DRX parameters")) {
		tk_emit_kv_long(e, "nbN1DrxValue", p[0] & 0x0f);
		tk_inner_emit_name(e, "nbN1Drx", nb_n1_drx_names, NULL, "unassigned", p[0] & 0x0f);
	}
	tk_inner_finish(e, p, n, &er);
}

/* ---- tracking areas (9.11.3.8, 9.11.3.9) ------------------------------------------------- */

/* 9.11.3.9: type of list, bits 7-6 of each partial list's first octet */
static const struct tk_value_string tai_list_type_names[] = {
	{ 0, "list of TACs belonging to one PLMN or SNPN, with non-consecutive TAC values" },
	{ 1, "list of TACs belonging to one PLMN or SNPN, with consecutive TAC values" },
	{ 2, "list of TAIs belonging to different PLMNs" },
	{ 0, NULL }
};

static const struct tk_tai_list_kind fivegs_tai_list = {
	3, tai_list_type_names, "a 5GS tracking area identity list"
};

/* the layout of the EPS list (eps_nas.c) with 3-octet TACs */
void tk_emit_5gs_tai_list(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_tai_list_of(e, p, n, &fivegs_tai_list);
}

/* 9.11.3.8 5GS tracking area identity: MCC, MNC, TAC (3 octets) */
static void val_tai(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_plmn_cell(e, p, n, TK_LOC_TAI);
}

/* 9.11.3.49 Service area list: partial lists, each allowed type (bit 8), type of list (bits
 * 7-6), number of elements - 1 (bits 5-1), then as a 5GS TAI list's, except type 3: all TAIs
 * of the PLMN that follows (no TACs) */
static const struct tk_value_string service_area_type_names[] = {
	{ 0, "list of TACs belonging to one PLMN, with non-consecutive TAC values" },
	{ 1, "list of TACs belonging to one PLMN, with consecutive TAC values" },
	{ 2, "list of TAIs belonging to different PLMNs" },
	{ 3, "all TAIs belonging to the PLMN" },
	{ 0, NULL }
};

static const struct tk_value_string allowed_type_names[] = {
	{ 0, "TAIs in the list are in the allowed area" },
	{ 1, "TAIs in the list are in the non-allowed area" },
	{ 0, NULL }
};

static long tac3(const uint8_t *q)
{
	return (long)q[0] << 16 | (long)q[1] << 8 | q[2];
}

static void val_service_area_list(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i = 0, k, j, need;
	unsigned type;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1)
		tk_inner_fail(&er, 0, "truncated: a service area list has at least one partial list");
	tk_emit_key(e, "partialLists");
	tk_emit_open(e, 1);
	while (i < n) {
		type = (p[i] >> 5) & 3;
		k = (size_t)(p[i] & 0x1f) + 1;
		need = type == 0 ? 3 + 3 * k : type == 1 ? 6 : type == 2 ? 6 * k : 3;
		tk_emit_open(e, 0);
		tk_inner_emit_name(e, "allowedType", allowed_type_names, NULL, "unknown", p[i] >> 7);
		tk_emit_kv_long(e, "typeOfListValue", type);
		tk_inner_emit_name(e, "typeOfList", service_area_type_names, NULL, "unknown", type);
		if (type != 3)
			tk_emit_kv_long(e, "numberOfElements", (long)k);
		if (n - i - 1 < need) {
			tk_inner_fail(&er, n, "truncated: the partial list at octet %zu needs %zu "
				      "octets, %zu present", i, need, n - i - 1);
			tk_emit_close(e, 0);
			break;
		}
		if (type == 2) {
			tk_emit_key(e, "tais");
			tk_emit_open(e, 1);
			for (j = 0; j < k; j++) {
				tk_emit_open(e, 0);
				tk_emit_plmn_fields(e, p + i + 1 + 6 * j, &er, i + 1 + 6 * j);
				tk_emit_kv_long(e, "tac", tac3(p + i + 4 + 6 * j));
				tk_emit_close(e, 0);
			}
			tk_emit_close(e, 1);
		} else {
			tk_emit_plmn_fields(e, p + i + 1, &er, i + 1);
			if (type != 3) {
				tk_emit_key(e, "tacs");
				tk_emit_open(e, 1);
				for (j = 0; j < k; j++)
					tk_emit_long(e, type == 0 ? tac3(p + i + 4 + 3 * j) :
						     (tac3(p + i + 4) + (long)j) & 0xffffff);
				tk_emit_close(e, 1);
			}
		}
		tk_emit_close(e, 0);
		i += 1 + need;
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* ---- mobility management elements ------------------------------------------------------ */

/* 9.11.3.32 NAS key set identifier: TSC (bit 4), the identifier (bits 3-1) */
static const struct tk_value_string tsc_names[] = {
	{ 0, "native security context (for KSIAMF)" },
	{ 1, "mapped security context (for KSIASME)" },
	{ 0, NULL }
};

static void emit_ngksi(struct tk_emitter *e, unsigned half)
{
	tk_inner_emit_name(e, "typeOfSecurityContext", tsc_names, NULL, "unknown", (half >> 3) & 1);
	if ((half & 7) == 7)
		tk_emit_kv_str(e, "ngKsi", "no key is available (UE to network); reserved (network to UE)");
	else
		tk_emit_kv_long(e, "ngKsi", half & 7);
}

static void val_ngksi(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_open(e, 0);
	emit_ngksi(e, p[0]);
	tk_emit_close(e, 0);
}

/* 9.11.3.7 5GS registration type value, bits 3-1 */
static const struct tk_value_string registration_type_names[] = {
	{ 1, "initial registration" },
	{ 2, "mobility registration updating" },
	{ 3, "periodic registration updating" },
	{ 4, "emergency registration" },
	{ 5, "SNPN onboarding registration" },
	{ 7, "reserved" },
	{ 0, NULL }
};

/* 9.11.3.6 5GS registration result value, bits 3-1 */
static const struct tk_value_string registration_result_names[] = {
	{ 1, "3GPP access" },
	{ 2, "Non-3GPP access" },
	{ 3, "3GPP access and non-3GPP access" },
	{ 7, "reserved" },
	{ 0, NULL }
};

/* 9.11.3.6 5GS registration result: bit 7 disaster roaming registration result, bit 6
 * emergency registered, bit 5 NSSAA to be performed, bit 4 SMS over NAS allowed, bits 3-1 */
static void val_registration_result(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "a 5GS registration result")) {
		tk_emit_kv_long(e, "registrationResultValue", p[0] & 7);
		tk_inner_emit_name(e, "registrationResult", registration_result_names, NULL,
				   "unassigned", p[0] & 7);
		tk_emit_kv_bool(e, "smsAllowed", p[0] & 0x08);
		tk_emit_kv_bool(e, "nssaaToBePerformed", p[0] & 0x10);
		tk_emit_kv_bool(e, "emergencyRegistered", p[0] & 0x20);
		tk_emit_kv_bool(e, "disasterRoamingRegistration", p[0] & 0x40);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.1 5GMM capability, octet 3 (bit 8 first) */
static const char *const mm_capability_bits[8] = {
	"SGC", "5G-IPHC-CP CIoT", "N3 data", "5G-CP CIoT", "RestrictEC", "LPP", "HO attach", "S1 mode"
};

/* octets 4-6 (bit 8 first): octet 4 and bits 4-1 of octet 5 as tshark 4.0.17 shows them
 * (Rel-16); bits 8-5 of octet 5 and octet 6 are the Rel-17 additions, which tshark 4.0.17
 * shows as spare (checked against figure 9.11.3.1.1 of a Rel-18 text, whose octets 5 and 6
 * are these); the bits of later octets (Rel-18 additions among them) are given by octet and
 * bit number */
static const char *const mm_capability_further_bits[3][8] = {
	{ "RACS", "NSSAA", "5G-LCS", "V2XCNPC5", "V2XCEPC5", "V2X", "5G-UP CIoT", "5GSRVCC" },
	{ "5G-ProSe-l2relay", "5G-ProSe-dc", "5G-ProSe-dd", "ER-NSSAI", "5G-EHC-CP CIoT",
	  "multipleUP", "WUSA", "CAG" },
	{ "PR", "RPR", "PIV", "NCR", "NR-PSSI", "5G-ProSe-l3rmt", "5G-ProSe-l2rmt",
	  "5G-ProSe-l3relay" },
};

static void flag_bits(struct tk_emitter *e, const char *key, const char *const names[8], uint8_t o)
{
	int b;

	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (b = 0; b < 8; b++)
		if (names[b] && (o & (0x80 >> b)))
			tk_emit_str(e, names[b]);
	tk_emit_close(e, 1);
}

/* the set bits of octets p[0..n), the first being octet first_octet of the element: by name
 * from names (octets first_octet.. first_octet + nnames - 1), else "octet N bit B" */
static void named_bits(struct tk_emitter *e, const char *key, const uint8_t *p, size_t n,
		       unsigned first_octet, const char *const names[][8], size_t nnames)
{
	char buf[32];
	size_t i;
	int b;

	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i < n; i++) {
		for (b = 0; b < 8; b++) {
			if (!(p[i] & (0x80 >> b)))
				continue;
			if (i < nnames && names[i][b]) {
				if (*names[i][b])	/* "": a bit the caller decodes */
					tk_emit_str(e, names[i][b]);
			} else {
				snprintf(buf, sizeof(buf), "octet %zu bit %d", first_octet + i, 8 - b);
				tk_emit_str(e, buf);
			}
		}
	}
	tk_emit_close(e, 1);
}

static void val_mm_capability(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_need(&er, n, 1, "a 5GMM capability")) {
		flag_bits(e, "supported", mm_capability_bits, p[0]);
		if (n > 1) {
			tk_emit_kv_hex(e, "furtherOctets", p + 1, n - 1);
			named_bits(e, "furtherSupported", p + 1, n - 1, 4, mm_capability_further_bits,
				   3);
		}
		if (n > 13)
			tk_inner_fail(&er, 13, "a 5GMM capability of %zu octets, 13 at most", n);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.54 UE security capability: octets 3 (5G-EA0-7), 4 (5G-IA0-7), optional 5 (EEA0-7),
 * 6 (EIA0-7), then spare octets; bit 8 is algorithm 0 */
static void val_ue_security_capability(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const char *const ea[8] = { "5G-EA0", "128-5G-EA1", "128-5G-EA2", "128-5G-EA3",
					   "5G-EA4", "5G-EA5", "5G-EA6", "5G-EA7" };
	static const char *const ia[8] = { "5G-IA0", "128-5G-IA1", "128-5G-IA2", "128-5G-IA3",
					   "5G-IA4", "5G-IA5", "5G-IA6", "5G-IA7" };
	static const char *const eea[8] = { "EEA0", "128-EEA1", "128-EEA2", "128-EEA3", "EEA4",
					    "EEA5", "EEA6", "EEA7" };
	static const char *const eia[8] = { "EIA0", "128-EIA1", "128-EIA2", "128-EIA3", "EIA4",
					    "EIA5", "EIA6", "EIA7" };
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	tk_inner_need(&er, n, 2, "a UE security capability");
	if (n >= 1)
		flag_bits(e, "fiveGEncryptionAlgorithms", ea, p[0]);
	if (n >= 2)
		flag_bits(e, "fiveGIntegrityAlgorithms", ia, p[1]);
	if (n >= 3)
		flag_bits(e, "epsEncryptionAlgorithms", eea, p[2]);
	if (n >= 4)
		flag_bits(e, "epsIntegrityAlgorithms", eia, p[3]);
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.34 NAS security algorithms: type of ciphering algorithm (bits 8-5), type of integrity
 * protection algorithm (bits 4-1) */
static const struct tk_value_string ea_names[] = {
	{ 0, "5G-EA0 (null ciphering algorithm)" },
	{ 1, "128-5G-EA1" },
	{ 2, "128-5G-EA2" },
	{ 3, "128-5G-EA3" },
	{ 4, "5G-EA4" },
	{ 5, "5G-EA5" },
	{ 6, "5G-EA6" },
	{ 7, "5G-EA7" },
	{ 0, NULL }
};

static const struct tk_value_string ia_names[] = {
	{ 0, "5G-IA0 (null integrity protection algorithm)" },
	{ 1, "128-5G-IA1" },
	{ 2, "128-5G-IA2" },
	{ 3, "128-5G-IA3" },
	{ 4, "5G-IA4" },
	{ 5, "5G-IA5" },
	{ 6, "5G-IA6" },
	{ 7, "5G-IA7" },
	{ 0, NULL }
};

static void emit_algorithms(struct tk_emitter *e, uint8_t o)
{
	tk_emit_kv_long(e, "cipheringAlgorithmValue", o >> 4);
	tk_inner_emit_name(e, "cipheringAlgorithm", ea_names, NULL, "reserved", o >> 4);
	tk_emit_kv_long(e, "integrityProtectionAlgorithmValue", o & 0x0f);
	tk_inner_emit_name(e, "integrityProtectionAlgorithm", ia_names, NULL, "reserved", o & 0x0f);
}

/* 9.11.3.28 IMEISV request (TS 24.008 10.5.5.10), bits 3-1: other values read as not requested */
static void val_imeisv_request(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_str(e, (p[0] & 7) == 1 ? "IMEISV requested" : "IMEISV not requested");
}

/* 9.11.3.34 "Selected EPS NAS security algorithms" uses TS 24.301 9.9.3.23: spare, type of
 * ciphering algorithm (bits 7-5, EEA0-7), spare, type of integrity algorithm (bits 3-1, EIA0-7) */
static void val_eps_algorithms(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const char *const eea[8] = { "EEA0", "128-EEA1", "128-EEA2", "128-EEA3", "EEA4",
					    "EEA5", "EEA6", "EEA7" };
	static const char *const eia[8] = { "EIA0", "128-EIA1", "128-EIA2", "128-EIA3", "EIA4",
					    "EIA5", "EIA6", "EIA7" };
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "selected EPS NAS security algorithms")) {
		tk_emit_kv_long(e, "cipheringAlgorithmValue", (p[0] >> 4) & 7);
		tk_emit_kv_str(e, "cipheringAlgorithm", eea[(p[0] >> 4) & 7]);
		tk_emit_kv_long(e, "integrityProtectionAlgorithmValue", p[0] & 7);
		tk_emit_kv_str(e, "integrityProtectionAlgorithm", eia[p[0] & 7]);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.5 5GS network feature support, octets 3-5 */
static const struct tk_value_string emc_names[] = {
	{ 0, "Emergency services not supported" },
	{ 1, "Emergency services supported in NR connected to 5GCN only" },
	{ 2, "Emergency services supported in E-UTRA connected to 5GCN only" },
	{ 3, "Emergency services supported in NR connected to 5GCN and E-UTRA connected to 5GCN" },
	{ 0, NULL }
};

static const struct tk_value_string emf_names[] = {
	{ 0, "Emergency services fallback not supported" },
	{ 1, "Emergency services fallback supported in NR connected to 5GCN only" },
	{ 2, "Emergency services fallback supported in E-UTRA connected to 5GCN only" },
	{ 3, "Emergency services fallback supported in NR connected to 5GCN and E-UTRA connected "
	     "to 5GCN" },
	{ 0, NULL }
};

/* octet 4 bits 4-3 RestrictEC: the names tshark 4.0.17 gives (WB-N1 / NB-N1 mode) */
static const struct tk_value_string restrict_ec_names[] = {
	{ 0, "WB-N1: both CE mode A and CE mode B are not restricted / NB-N1: use of enhanced "
	     "coverage is not restricted" },
	{ 1, "WB-N1: both CE mode A and CE mode B are restricted / NB-N1: use of enhanced coverage "
	     "is restricted" },
	{ 2, "WB-N1: CE mode B is restricted / NB-N1: use of enhanced coverage is restricted" },
	{ 0, NULL }
};

/* octet 5: the bits decoded above are left out of "otherBits" */
static const char *const feature_support_octet5_bits[1][8] = {
	{ NULL, NULL, NULL, NULL, NULL, "", "", "" },
};

static void val_network_feature_support(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	/* bit 8 MPSI, 7 IWK N26, 6-5 EMF, 4-3 EMC, 2 IMS-VoPS-N3GPP, 1 IMS-VoPS-3GPP */
	if (tk_inner_need(&er, n, 1, "a 5GS network feature support")) {
		tk_emit_kv_bool(e, "imsVoPs3gpp", p[0] & 0x01);
		tk_emit_kv_bool(e, "imsVoPsN3gpp", p[0] & 0x02);
		tk_inner_emit_name(e, "emc", emc_names, NULL, "unknown", (p[0] >> 2) & 3);
		tk_inner_emit_name(e, "emf", emf_names, NULL, "unknown", (p[0] >> 4) & 3);
		/* IWK N26: 0 supported, 1 not supported (interworking without N26) */
		tk_emit_kv_bool(e, "interworkingWithoutN26", p[0] & 0x40);
		tk_emit_kv_bool(e, "mpsi", p[0] & 0x80);
		if (n > 1)
			tk_emit_kv_hex(e, "furtherOctets", p + 1, n - 1);
		if (n > 1) {
			/* octet 4: 5G-UP CIoT (bit 8), 5G-IPHC-CP CIoT, N3 data, 5G-CP CIoT,
			 * RestrictEC (bits 4-3), MCSI (bit 2), EMCN3 (bit 1) */
			tk_emit_kv_bool(e, "fiveGUpCiot", p[1] & 0x80);
			tk_emit_kv_bool(e, "fiveGIphcCpCiot", p[1] & 0x40);
			tk_emit_kv_bool(e, "n3Data", p[1] & 0x20);
			tk_emit_kv_bool(e, "fiveGCpCiot", p[1] & 0x10);
			tk_emit_kv_long(e, "restrictEcValue", (p[1] >> 2) & 3);
			tk_inner_emit_name(e, "restrictEc", restrict_ec_names, NULL, "reserved",
					   (p[1] >> 2) & 3);
			tk_emit_kv_bool(e, "mcsi", p[1] & 0x02);
			tk_emit_kv_bool(e, "emcn3", p[1] & 0x01);
		}
		if (n > 2) {
			/* octet 5 (Rel-16): 5G-EHC-CP CIoT (bit 3), ATS-IND (bit 2), 5G-LCS
			 * (bit 1); the Rel-17 bits 8-4 by number */
			tk_emit_kv_bool(e, "fiveGEhcCpCiot", p[2] & 0x04);
			tk_emit_kv_bool(e, "atsInd", p[2] & 0x02);
			tk_emit_kv_bool(e, "fiveGLcs", p[2] & 0x01);
			named_bits(e, "otherBits", p + 2, n - 2, 5, feature_support_octet5_bits, 1);
		}
		if (n > 3)
			tk_inner_fail(&er, 3, "a 5GS network feature support of %zu octets, 3 at most",
				      n);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.44 PDU session status, 9.11.3.57 uplink data status, 9.11.3.13 allowed PDU session
 * status: one bit per PDU session identity, 7..0 in octet 3, 15..8 in octet 4 (PSI(0) spare),
 * up to 30 spare octets */
static void val_psi_bitmap(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	unsigned i;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_need(&er, n, 2, "a PDU session status"))
		goto out;
	if (n > 32)
		tk_inner_fail(&er, 32, "%zu octets, 32 at most", n);
	tk_emit_key(e, "pduSessionIdentities");
	tk_emit_open(e, 1);
	for (i = 1; i < 16; i++)
		if (p[i / 8] & (1u << (i % 8)))
			tk_emit_long(e, i);
	tk_emit_close(e, 1);
out:
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.40 Payload container type, bits 4-1 */
static const struct tk_value_string payload_type_names[] = {
	{ 1, "N1 SM information" },
	{ 2, "SMS" },
	{ 3, "LTE Positioning Protocol (LPP) message container" },
	{ 4, "SOR transparent container" },
	{ 5, "UE policy container" },
	{ 6, "UE parameters update transparent container" },
	{ 7, "Location services message container" },
	{ 8, "CIoT user data container" },
	{ 9, "Service-level-AA container" },
	{ 10, "Event notification" },
	{ 15, "Multiple payloads" },
	{ 0, NULL }
};

static void val_payload_type(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "payloadContainerTypeValue", p[0] & 0x0f);
	tk_inner_emit_name(e, "payloadContainerType", payload_type_names, NULL, "reserved",
			   p[0] & 0x0f);
	tk_emit_close(e, 0);
}

/* 9.11.3.39 Payload container: by the message's payload container type */
static void payload_container(struct tk_nas *m, const uint8_t *v, size_t len)
{
	if (m->aux == 15) {
		/* multiple payloads: the octets in hex, the entries beside them */
		tk_emit_hex(m->e, v, len);
		tk_emit_key(m->e, "multiplePayloads");
		multiple_payloads(m, v, len);
		return;
	}
	switch (m->aux) {
	case 1:	/* N1 SM information: a 5GSM message */
		emit_nas(m->e, v, len, m->depth + 1);
		break;
	case 2:	/* SMS: CP-DATA, CP-ACK or CP-ERROR of TS 24.011 7.2 */
		tk_emit_dtap(m->e, v, len);
		break;
	case 3:	/* LPP message container: the octets in hex, the LPP message (TS 37.355) beside
		 * them as "lpp" (lpp.c) */
		tk_emit_hex(m->e, v, len);
		tk_emit_key(m->e, "lpp");
		tk_emit_lpp(m->e, v, len);
		break;
	case 7:	/* location services message container: the octets in hex and beside them the
		 * TS 24.080 SS message they hold (REGISTER, FACILITY, RELEASE COMPLETE with LCS
		 * operations), as DTAP, as for EPS (eps_nas.c) */
		tk_emit_hex(m->e, v, len);
		tk_emit_key(m->e, "locationServicesMessage");
		tk_emit_dtap(m->e, v, len);
		break;
	case 4:	/* SOR transparent container: coded as the SOR transparent container IE
		 * without its first three octets (identifier, length), i.e. from the SOR header */
		val_sor_container(m->e, v, len);
		break;
	case 5:	/* UE policy container: a UE policy delivery service message (Annex D, ue_policy.c)
		 * beside the octets */
		tk_emit_hex(m->e, v, len);
		tk_emit_key(m->e, "uePolicyMessage");
		tk_emit_ue_policy(m->e, v, len);
		break;
	default:
		tk_emit_hex(m->e, v, len);
		break;
	}
}

void tk_emit_5gs_snssai(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_snssai(e, p, n);
}

/* 9.11.3.47 Request type, bits 3-1 */
static const struct tk_value_string request_type_names[] = {
	{ 1, "initial request" },
	{ 2, "existing PDU session" },
	{ 3, "initial emergency request" },
	{ 4, "existing emergency PDU session" },
	{ 5, "modification request" },
	{ 6, "MA PDU request" },
	{ 7, "reserved" },
	{ 0, NULL }
};

static void val_request_type(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "requestTypeValue", p[0] & 7);
	tk_inner_emit_name(e, "requestType", request_type_names, NULL, "unused", p[0] & 7);
	tk_emit_close(e, 0);
}

/* 9.11.3.41 PDU session identity 2: the PSI, 0 "no PDU session identity assigned" */
static void val_psi(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_inner_number(e, p, n, 1, "pduSessionIdentity", "a PDU session identity");
}

/* 9.11.3.15 Authentication parameter AUTN (TS 24.008 10.5.3.1.1): SQN xor AK (6), AMF (2),
 * MAC (8) */
static void val_autn(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 16, "an AUTN")) {
		tk_emit_kv_hex(e, "sqnXorAk", p, 6);
		tk_emit_kv_hex(e, "amf", p + 6, 2);
		tk_emit_kv_hex(e, "mac", p + 8, 8);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.16 Authentication parameter RAND (16 octets), 9.11.3.17 Authentication response
 * parameter (RES*, 16 octets), 9.11.3.14 Authentication failure parameter (AUTS, 14 octets) */
static void fixed_hex(struct tk_emitter *e, const uint8_t *p, size_t n, size_t k, const char *key,
		      const char *what)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, k, what))
		tk_emit_kv_hex(e, key, p, k);
	tk_inner_finish(e, p, n, &er);
}

static void val_rand(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	fixed_hex(e, p, n, 16, "rand", "a RAND");
}

static void val_res_star(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	fixed_hex(e, p, n, 16, "resStar", "a RES*");
}

static void val_auts(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	fixed_hex(e, p, n, 14, "auts", "an AUTS");
}

/* 9.11.3.10 ABBA: at least 2 octets, in hex */
static void val_abba(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_need(&er, n, 2, "an ABBA"))
		tk_emit_kv_hex(e, "abba", p, n);
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.2.4 / 9.11.2.5 GPRS timer 2 and 3 (TS 24.008 10.5.7.4, 10.5.7.4a); 9.11.2.3 GPRS timer */
static void val_timer(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_gprs_timer_24008(e, p, n);
}

static void val_timer3(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_gprs_timer3_24008(e, p, n);
}

/* 9.11.2.1B DNN: the APN labels of TS 23.003 9.1 */
static void val_dnn(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_apn_oi_replacement(e, p, n);
}

/* ---- LADN (9.11.3.29, 9.11.3.30), CAG (9.11.3.18A), SOR (9.11.3.51) ----------------------- */

/* the length octet at p[i] of an LV part within p[0..n) and whether its value is all there */
static int lv_part(const uint8_t *p, size_t n, size_t i, const char *what, size_t *len,
		   struct tk_inner_err *er)
{
	if (i >= n) {
		tk_inner_fail(er, n, "truncated: %s is missing", what);
		return 0;
	}
	*len = p[i];
	if (*len > n - i - 1) {
		tk_inner_fail(er, i, "%s of %zu octets, %zu present", what, *len, n - i - 1);
		return 0;
	}
	return 1;
}

/* 9.11.3.29 LADN indication: LADN DNN values, each a length and a DNN (9.11.2.1B) */
static void val_ladn_indication(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i = 0, len;

	n = tk_inner_start(e, &er, p, n);
	tk_emit_key(e, "dnns");
	tk_emit_open(e, 1);
	while (i < n && lv_part(p, n, i, "an LADN DNN value", &len, &er)) {
		val_dnn(e, p + i + 1, len);
		i += 1 + len;
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.30 LADN information: LADNs, each a DNN (length, value) and a 5GS tracking area
 * identity list (length, value: 9.11.3.9) */
static void val_ladn_information(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i = 0, len;

	n = tk_inner_start(e, &er, p, n);
	tk_emit_key(e, "ladns");
	tk_emit_open(e, 1);
	while (i < n) {
		if (!lv_part(p, n, i, "the DNN of an LADN", &len, &er))
			break;
		tk_emit_open(e, 0);
		tk_emit_key(e, "dnn");
		val_dnn(e, p + i + 1, len);
		i += 1 + len;
		if (lv_part(p, n, i, "the tracking area identity list of an LADN", &len, &er)) {
			tk_emit_key(e, "taiList");
			tk_emit_5gs_tai_list(e, p + i + 1, len);
			i += 1 + len;
		} else {
			i = n;
		}
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.18A CAG information list: entries, each the length of its contents, MCC and MNC, an
 * octet with CAG only (bit 1; bits 8-2 spare), CAG-IDs of 4 octets */
static void val_cag_information_list(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i = 0, len, j;

	n = tk_inner_start(e, &er, p, n);
	tk_emit_key(e, "entries");
	tk_emit_open(e, 1);
	while (i < n && lv_part(p, n, i, "a CAG information entry", &len, &er)) {
		tk_emit_open(e, 0);
		if (len < 4 || (len - 4) % 4) {
			tk_inner_fail(&er, i, "a CAG information entry of %zu octets (4 and 4 per "
				      "CAG-ID)", len);
			tk_emit_close(e, 0);
			break;
		}
		tk_emit_plmn_fields(e, p + i + 1, &er, i + 1);
		/* 0: the UE may access 5GS via non-CAG cells; 1: it may not */
		tk_emit_kv_bool(e, "cagOnly", p[i + 4] & 1);
		tk_emit_key(e, "cagIds");
		tk_emit_open(e, 1);
		for (j = 4; j < len; j += 4)
			tk_emit_hex(e, p + i + 1 + j, 4);
		tk_emit_close(e, 1);
		tk_emit_close(e, 0);
		i += 1 + len;
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.51 SOR transparent container, SOR header (octet 4): bit 1 SOR data type; for
 * steering of roaming information bit 2 list indication, bit 3 list type, bit 4 ACK */
static const struct tk_value_string sor_data_type_names[] = {
	{ 0, "steering of roaming information" },
	{ 1, "acknowledgement of successful reception of the steering of roaming information" },
	{ 0, NULL }
};

static const struct tk_value_string sor_list_type_names[] = {
	{ 0, "secured packet" },
	{ 1, "PLMN ID and access technology list" },
	{ 0, NULL }
};

/* TS 31.102 4.2.5 access technology identifier (2 octets, bit 8 first) as tshark 4.0.17 shows
 * it; the other bits are RFU */
static const char *const access_technology_bits[2][8] = {
	{ "UTRAN", "E-UTRAN", "E-UTRAN in WB-S1 mode", "E-UTRAN in NB-S1 mode", "NG-RAN", NULL,
	  NULL, NULL },
	{ "GSM", "GSM COMPACT", "cdma2000 HRPD", "cdma2000 1xRTT", "EC-GSM-IoT",
	  "GSM (octet 2 bit 3)", NULL, NULL },
};

static void val_sor_container(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: the SOR header is missing");
		goto out;
	}
	tk_emit_kv_long(e, "sorDataTypeValue", p[0] & 1);
	tk_inner_emit_name(e, "sorDataType", sor_data_type_names, NULL, "unknown", p[0] & 1);
	if (p[0] & 1) {
		/* octets 5-20 SOR-MAC-IUE */
		if (tk_inner_fixed_at(&er, 1, n - 1, 16, "a SOR-MAC-IUE"))
			tk_emit_kv_hex(e, "sorMacIue", p + 1, 16);
		goto out;
	}
	tk_emit_kv_bool(e, "listProvided", p[0] & 2);
	tk_emit_kv_long(e, "listTypeValue", (p[0] >> 2) & 1);
	tk_inner_emit_name(e, "listType", sor_list_type_names, NULL, "unknown", (p[0] >> 2) & 1);
	tk_emit_kv_bool(e, "ackRequested", p[0] & 8);
	/* octets 5-20 SOR-MAC-IAUSF, 21-22 CounterSOR, then the list */
	if (!tk_inner_need(&er, n, 19, "a SOR transparent container with steering of roaming "
			   "information"))
		goto out;
	tk_emit_kv_hex(e, "sorMacIausf", p + 1, 16);
	tk_emit_kv_long(e, "counterSor", (long)p[17] << 8 | p[18]);
	if (!(p[0] & 2)) {
		if (n > 19)
			tk_emit_kv_hex(e, "furtherOctets", p + 19, n - 19);
		goto out;
	}
	if (!((p[0] >> 2) & 1)) {
		/* the secured packet of TS 31.115 */
		tk_emit_kv_hex(e, "securedPacket", p + 19, n - 19);
		goto out;
	}
	tk_emit_key(e, "plmnAccessTechnologies");
	tk_emit_open(e, 1);
	for (i = 19; i + 5 <= n; i += 5) {
		tk_emit_open(e, 0);
		tk_emit_plmn_fields(e, p + i, &er, i);
		named_bits(e, "accessTechnologies", p + i + 3, 2, 1, access_technology_bits, 2);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	if (i < n)
		tk_inner_fail(&er, i, "%zu octets after the last PLMN ID and access technology "
			      "(5 octets each)", n - i);
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- 9.11.3.38 Operator-defined access category definitions -------------------------------- */

/* criteria type, the first octet of each criteria component */
static const struct tk_value_string criteria_type_names[] = {
	{ 0, "DNN" },
	{ 1, "OS Id + OS App Id" },
	{ 2, "S-NSSAI" },
	{ 0, NULL }
};

/* the criteria components c[0..n) at base: type, count, then by type the DNNs (length, DNN),
 * the OS Id (16 octets, a UUID) and OS App Id (length, value) pairs or the S-NSSAIs (length,
 * contents); 0 when the rest cannot be read */
static int access_criteria(struct tk_emitter *e, const uint8_t *c, size_t n, size_t base,
			   struct tk_inner_err *er)
{
	size_t i = 0, len, k, cnt;
	char uuid[40];

	tk_emit_key(e, "criteria");
	tk_emit_open(e, 1);
	while (i < n) {
		unsigned type = c[i];

		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "criteriaTypeValue", type);
		tk_inner_emit_name(e, "criteriaType", criteria_type_names, NULL, "unknown", type);
		if (type > 2) {
			/* the length of an unknown criteria component is not known */
			tk_inner_fail(er, base + i, "unknown criteria type %u", type);
			tk_emit_kv_hex(e, "contents", c + i + 1, n - i - 1);
			tk_emit_close(e, 0);
			tk_emit_close(e, 1);
			return 0;
		}
		if (n - i < 2) {
			tk_inner_fail(er, base + n, "truncated: a criteria component without its count");
			tk_emit_close(e, 0);
			tk_emit_close(e, 1);
			return 0;
		}
		cnt = c[i + 1];
		tk_emit_kv_long(e, "count", (long)cnt);
		i += 2;
		tk_emit_key(e, type == 0 ? "dnns" : type == 1 ? "osIdOsAppIds" : "sNssais");
		tk_emit_open(e, 1);
		for (k = 0; k < cnt; k++) {
			if (type == 1) {
				if (n - i < 17 || c[i + 16] > n - i - 17) {
					tk_inner_fail(er, base + i, "OS Id + OS App Id %zu of %zu runs past "
						      "the criteria", k + 1, cnt);
					break;
				}
				tk_emit_open(e, 0);
				snprintf(uuid, sizeof(uuid), "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
					 "%02x%02x%02x%02x%02x%02x", c[i], c[i + 1], c[i + 2], c[i + 3],
					 c[i + 4], c[i + 5], c[i + 6], c[i + 7], c[i + 8], c[i + 9],
					 c[i + 10], c[i + 11], c[i + 12], c[i + 13], c[i + 14], c[i + 15]);
				tk_emit_kv_str(e, "osId", uuid);
				tk_emit_kv_hex(e, "osAppId", c + i + 17, c[i + 16]);
				tk_emit_close(e, 0);
				i += 17u + c[i + 16];
				continue;
			}
			if (i >= n || c[i] > n - i - 1) {
				tk_inner_fail(er, base + i, "%s %zu of %zu runs past the criteria",
					      type == 0 ? "DNN" : "S-NSSAI", k + 1, cnt);
				break;
			}
			len = c[i];
			if (type == 0) {
				val_dnn(e, c + i + 1, len);
			} else {
				tk_emit_open(e, 0);
				snssai_fields(e, c + i + 1, len, base + i, er);
				tk_emit_close(e, 0);
			}
			i += 1 + len;
		}
		tk_emit_close(e, 1);
		tk_emit_close(e, 0);
		if (k < cnt) {
			tk_emit_close(e, 1);
			return 0;
		}
	}
	tk_emit_close(e, 1);
	return 1;
}

/* each definition: the length of its contents, precedence, PSAC (bit 8) and the operator-defined
 * access category number (bits 5-1: categories 32 to 63), the length of the criteria, the
 * criteria, with PSAC the standardized access category (bits 5-1) */
static void val_access_categories(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i = 0, len, clen;
	const uint8_t *d;

	n = tk_inner_start(e, &er, p, n);
	tk_emit_key(e, "definitions");
	tk_emit_open(e, 1);
	while (i < n && lv_part(p, n, i, "an operator-defined access category definition", &len,
				&er)) {
		d = p + i + 1;
		tk_emit_open(e, 0);
		if (len < 3) {
			tk_inner_fail(&er, i, "an operator-defined access category definition of %zu "
				      "octets, at least 3", len);
			tk_emit_close(e, 0);
			break;
		}
		tk_emit_kv_long(e, "precedence", d[0]);
		tk_emit_kv_bool(e, "standardizedAccessCategoryPresent", d[1] & 0x80);
		tk_emit_kv_long(e, "accessCategoryNumber", 32 + (d[1] & 0x1f));
		clen = d[2];
		if (clen > len - 3 || (d[1] & 0x80 && clen == len - 3)) {
			tk_inner_fail(&er, i + 3, "criteria of %zu octets in a definition of %zu", clen,
				      len);
			tk_emit_close(e, 0);
			break;
		}
		access_criteria(e, d + 3, clen, i + 4, &er);
		if (d[1] & 0x80)
			tk_emit_kv_long(e, "standardizedAccessCategory", d[3 + clen] & 0x1f);
		if (3 + clen + !!(d[1] & 0x80) < len)
			tk_inner_fail(&er, i + 4 + clen, "%zu octets after the definition's fields",
				      len - 3 - clen - !!(d[1] & 0x80));
		tk_emit_close(e, 0);
		i += 1 + len;
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.18C Ciphering key data: TS 24.301 9.9.3.56's layout with a 5GS TAI list */
static void val_ciphering_key_data(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_ciphering_key_data_of(e, p, n, tk_emit_5gs_tai_list);
}

/* 9.11.3.3 Identity type, bits 3-1 */
static void val_identity_type(struct tk_emitter *e, unsigned v)
{
	tk_emit_kv_long(e, "identityTypeValue", v);
	tk_inner_emit_name(e, "identityType", identity_type_names, NULL, "unknown", v);
}

/* 9.11.3.50 Service type, bits 8-5 */
static const struct tk_value_string service_type_names[] = {
	{ 0, "signalling" },
	{ 1, "data" },
	{ 2, "mobile terminated services" },
	{ 3, "emergency services" },
	{ 4, "emergency services fallback" },
	{ 5, "high priority access" },
	{ 6, "elevated signalling" },
	{ 0, NULL }
};

/* 9.11.3.18D Control plane service type, bits 3-1 */
static const struct tk_value_string cp_service_type_names[] = {
	{ 0, "mobile originating request" },
	{ 1, "mobile terminating request" },
	{ 2, "emergency services" },
	{ 3, "emergency services fallback" },
	{ 0, NULL }
};

/* 9.11.3.20 De-registration type: access type, bits 2-1 (also 9.11.2.1A Access type) */
const struct tk_value_string tk_5gs_access_type_names[] = {
	{ 1, "3GPP access" },
	{ 2, "Non-3GPP access" },
	{ 3, "3GPP access and non-3GPP access" },
	{ 0, NULL }
};

static void emit_deregistration_type(struct tk_emitter *e, unsigned half, int from_ue)
{
	/* bit 4 switch off (UE originating), bit 3 re-registration required (UE terminated) */
	if (from_ue)
		tk_emit_kv_bool(e, "switchOff", half & 0x08);
	else
		tk_emit_kv_bool(e, "reRegistrationRequired", half & 0x04);
	tk_emit_kv_long(e, "accessTypeValue", half & 3);
	tk_inner_emit_name(e, "accessType", tk_5gs_access_type_names, NULL, "reserved", half & 3);
}

/* ---- session management elements ---------------------------------------------------------- */

/* 9.11.4.11 PDU session type, bits 3-1 (also 9.11.4.10 PDU address) */
const struct tk_value_string tk_5gs_pdu_session_type_names[] = {
	{ 1, "IPv4" },
	{ 2, "IPv6" },
	{ 3, "IPv4v6" },
	{ 4, "Unstructured" },
	{ 5, "Ethernet" },
	{ 7, "reserved" },
	{ 0, NULL }
};

static void val_pdu_session_type(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "pduSessionTypeValue", p[0] & 7);
	tk_inner_emit_name(e, "pduSessionType", tk_5gs_pdu_session_type_names, NULL,
			   "unused, interpreted as IPv4v6", p[0] & 7);
	tk_emit_close(e, 0);
}

/* 9.11.4.16 SSC mode, bits 3-1 */
const struct tk_value_string tk_5gs_ssc_mode_names[] = {
	{ 1, "SSC mode 1" },
	{ 2, "SSC mode 2" },
	{ 3, "SSC mode 3" },
	{ 4, "unused, interpreted as SSC mode 1" },
	{ 5, "unused, interpreted as SSC mode 2" },
	{ 6, "unused, interpreted as SSC mode 3" },
	{ 0, NULL }
};

static void emit_ssc_mode(struct tk_emitter *e, unsigned v)
{
	tk_emit_kv_long(e, "sscModeValue", v & 7);
	tk_inner_emit_name(e, "sscMode", tk_5gs_ssc_mode_names, NULL, "reserved", v & 7);
}

static void val_ssc_mode(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_open(e, 0);
	emit_ssc_mode(e, p[0]);
	tk_emit_close(e, 0);
}

/* 9.11.4.7 Integrity protection maximum data rate, for uplink (octet 1) and downlink (2) */
static const struct tk_value_string ip_max_rate_names[] = {
	{ 0x00, "64 kbps" },
	{ 0x01, "NULL" },
	{ 0xff, "Full data rate" },
	{ 0, NULL }
};

static void emit_ip_max_rates(struct tk_emitter *e, const uint8_t *v)
{
	tk_inner_emit_name(e, "integrityProtectionMaxDataRateUplink", ip_max_rate_names, NULL,
			   "spare, interpreted as 64 kbps", v[0]);
	tk_inner_emit_name(e, "integrityProtectionMaxDataRateDownlink", ip_max_rate_names, NULL,
			   "spare, interpreted as 64 kbps", v[1]);
}

static void val_ip_max_rates(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 2, "an integrity protection maximum data rate"))
		emit_ip_max_rates(e, p);
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.4.14 Session-AMBR and 9.11.4.12 bit rates: unit of the 16-bit value */
static const struct tk_value_string rate_unit_names[] = {
	{ 0, "value is not used" },
	{ 1, "value is incremented in multiples of 1 Kbps" },
	{ 2, "value is incremented in multiples of 4 Kbps" },
	{ 3, "value is incremented in multiples of 16 Kbps" },
	{ 4, "value is incremented in multiples of 64 Kbps" },
	{ 5, "value is incremented in multiples of 256 Kbps" },
	{ 6, "value is incremented in multiples of 1 Mbps" },
	{ 7, "value is incremented in multiples of 4 Mbps" },
	{ 8, "value is incremented in multiples of 16 Mbps" },
	{ 9, "value is incremented in multiples of 64 Mbps" },
	{ 10, "value is incremented in multiples of 256 Mbps" },
	{ 11, "value is incremented in multiples of 1 Gbps" },
	{ 12, "value is incremented in multiples of 4 Gbps" },
	{ 13, "value is incremented in multiples of 16 Gbps" },
	{ 14, "value is incremented in multiples of 64 Gbps" },
	{ 15, "value is incremented in multiples of 256 Gbps" },
	{ 16, "value is incremented in multiples of 1 Tbps" },
	{ 17, "value is incremented in multiples of 4 Tbps" },
	{ 18, "value is incremented in multiples of 16 Tbps" },
	{ 19, "value is incremented in multiples of 64 Tbps" },
	{ 20, "value is incremented in multiples of 256 Tbps" },
	{ 21, "value is incremented in multiples of 1 Pbps" },
	{ 22, "value is incremented in multiples of 4 Pbps" },
	{ 23, "value is incremented in multiples of 16 Pbps" },
	{ 24, "value is incremented in multiples of 64 Pbps" },
	{ 25, "value is incremented in multiples of 256 Pbps" },
	{ 0, NULL }
};

/* unit and value at q (3 octets) as "<prefix>Unit", "<prefix>Value" and "<prefix>Kbps": units
 * 1-5 are 1, 4, 16, 64, 256 Kbps, 6-10 the same in Mbps, then Gbps, Tbps, Pbps (shown in kbit/s
 * while that fits in a long) */
static void emit_rate(struct tk_emitter *e, const char *prefix, const uint8_t *q)
{
	char key[64];
	unsigned unit = q[0], k;
	long value = (long)q[1] << 8 | q[2];
	unsigned long long kbps = (unsigned long long)value;

	snprintf(key, sizeof(key), "%sUnit", prefix);
	tk_inner_emit_name(e, key, rate_unit_names, NULL, "unassigned", unit);
	snprintf(key, sizeof(key), "%sValue", prefix);
	tk_emit_kv_long(e, key, value);
	if (unit < 1 || unit > 25)
		return;
	kbps <<= 2 * ((unit - 1) % 5);
	for (k = 0; k < (unit - 1) / 5; k++)
		kbps *= 1000;
	snprintf(key, sizeof(key), "%sKbps", prefix);
	if (kbps <= (unsigned long long)LONG_MAX)
		tk_emit_kv_long(e, key, (long)kbps);
}

static void val_session_ambr(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	/* octet 3 unit for downlink, 4-5 downlink value, 6 unit for uplink, 7-8 uplink value */
	if (tk_inner_fixed(&er, n, 6, "a session-AMBR")) {
		emit_rate(e, "downlink", p);
		emit_rate(e, "uplink", p + 3);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.4.10 PDU address: bit 4 SI6LLA, PDU session type (bits 3-1), the address information,
 * then with SI6LLA the SMF's IPv6 link local address (16 octets) */
static void val_pdu_address(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	char text[INET6_ADDRSTRLEN];
	unsigned type;
	size_t want;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: the PDU session type octet is missing");
		goto out;
	}
	type = p[0] & 7;
	tk_inner_emit_name(e, "pduSessionType", tk_5gs_pdu_session_type_names, NULL, "reserved", type);
	tk_emit_kv_bool(e, "si6lla", p[0] & 0x08);
	/* IPv4: the address (4 octets); IPv6: an interface identifier (8); IPv4v6: both, the
	 * interface identifier first */
	want = type == 1 ? 4 : type == 2 ? 8 : type == 3 ? 12 : 0;
	if (!want) {
		tk_inner_fail(&er, 0, "PDU session type %u has no PDU address", type);
		goto out;
	}
	if (p[0] & 0x08 && type != 1)
		want += 16;
	if (!tk_inner_fixed_at(&er, 1, n - 1, want, "the PDU address information"))
		goto out;
	if (type == 2 || type == 3) {
		uint8_t a[16] = { 0 };

		memcpy(a + 8, p + 1, 8);
		if (inet_ntop(AF_INET6, a, text, sizeof(text)))
			tk_emit_kv_str(e, "ipv6InterfaceIdentifier", text);
	}
	if ((type == 1 || type == 3) && inet_ntop(AF_INET, p + 1 + (type == 3 ? 8 : 0), text, sizeof(text)))
		tk_emit_kv_str(e, "ipv4Address", text);
	if (p[0] & 0x08 && type != 1 && inet_ntop(AF_INET6, p + 1 + (type == 3 ? 12 : 8), text, sizeof(text)))
		tk_emit_kv_str(e, "smfIpv6LinkLocalAddress", text);
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- QoS rules (9.11.4.13) and QoS flow descriptions (9.11.4.12) -------------------------- */

/* 9.11.4.13 rule operation code, bits 8-6 of the rule's fourth octet */
static const struct tk_value_string rule_op_names[] = {
	{ 1, "Create new QoS rule" },
	{ 2, "Delete existing QoS rule" },
	{ 3, "Modify existing QoS rule and add packet filters" },
	{ 4, "Modify existing QoS rule and replace all packet filters" },
	{ 5, "Modify existing QoS rule and delete packet filters" },
	{ 6, "Modify existing QoS rule without modifying packet filters" },
	{ 0, NULL }
};

/* packet filter direction, bits 6-5 */
static const struct tk_value_string filter_direction_names[] = {
	{ 1, "downlink only" },
	{ 2, "uplink only" },
	{ 3, "bidirectional" },
	{ 0, NULL }
};

/* Table 9.11.4.13.1 packet filter component types and the length of their values */
static const struct {
	uint8_t type;
	uint8_t len;
	const char *name;
} components[] = {
	{ 0x01, 0, "Match-all type" },
	{ 0x10, 8, "IPv4 remote address type" },
	{ 0x11, 8, "IPv4 local address type" },
	{ 0x21, 17, "IPv6 remote address/prefix length type" },
	{ 0x23, 17, "IPv6 local address/prefix length type" },
	{ 0x30, 1, "Protocol identifier/Next header type" },
	{ 0x40, 2, "Single local port type" },
	{ 0x41, 4, "Local port range type" },
	{ 0x50, 2, "Single remote port type" },
	{ 0x51, 4, "Remote port range type" },
	{ 0x60, 4, "Security parameter index type" },
	{ 0x70, 2, "Type of service/Traffic class type" },
	{ 0x80, 3, "Flow label type" },
	{ 0x81, 6, "Destination MAC address type" },
	{ 0x82, 6, "Source MAC address type" },
	{ 0x83, 2, "802.1Q C-TAG VID type" },
	{ 0x84, 2, "802.1Q S-TAG VID type" },
	{ 0x85, 1, "802.1Q C-TAG PCP/DEI type" },
	{ 0x86, 1, "802.1Q S-TAG PCP/DEI type" },
	{ 0x87, 2, "Ethertype type" },
	{ 0x88, 12, "Destination MAC address range type" },
	{ 0x89, 12, "Source MAC address range type" },
};

/* the components of one packet filter's contents, p[0..n) at base of the caller's octets */
static void filter_components(struct tk_emitter *e, const uint8_t *p, size_t n, size_t base,
			      struct tk_inner_err *er)
{
	size_t i = 0, c;

	tk_emit_key(e, "components");
	tk_emit_open(e, 1);
	while (i < n) {
		for (c = 0; c < sizeof(components) / sizeof(components[0]); c++)
			if (components[c].type == p[i])
				break;
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "typeValue", p[i]);
		if (c == sizeof(components) / sizeof(components[0])) {
			/* its length is not known: the rest stays in hex */
			tk_inner_fail(er, base + i, "unknown packet filter component type 0x%02x", p[i]);
			tk_emit_kv_hex(e, "contents", p + i, n - i);
			tk_emit_close(e, 0);
			break;
		}
		tk_emit_kv_str(e, "type", components[c].name);
		if (components[c].len > n - i - 1) {
			tk_inner_fail(er, base + i, "packet filter component 0x%02x needs %u octets, "
				      "%zu present", p[i], components[c].len, n - i - 1);
			tk_emit_kv_hex(e, "contents", p + i + 1, n - i - 1);
			tk_emit_close(e, 0);
			break;
		}
		if (components[c].len)
			tk_emit_kv_hex(e, "contents", p + i + 1, components[c].len);
		tk_emit_packet_filter_component(e, p[i], p + i + 1);
		tk_emit_close(e, 0);
		i += 1 + components[c].len;
	}
	tk_emit_close(e, 1);
}

/* one QoS rule's body after its identifier and length: q[0..len) at base */
static void qos_rule(struct tk_emitter *e, const uint8_t *q, size_t len, size_t base,
		     struct tk_inner_err *er)
{
	unsigned op, nf, f;
	size_t i = 1;

	if (len < 1) {
		tk_inner_fail(er, base, "a QoS rule of length 0");
		return;
	}
	/* rule operation code (bits 8-6), DQR (bit 5), number of packet filters (bits 4-1) */
	op = q[0] >> 5;
	nf = q[0] & 0x0f;
	tk_emit_kv_long(e, "ruleOperationCodeValue", op);
	tk_inner_emit_name(e, "ruleOperationCode", rule_op_names, NULL, "reserved", op);
	tk_emit_kv_bool(e, "defaultQosRule", q[0] & 0x10);
	tk_emit_kv_long(e, "numberOfPacketFilters", nf);
	tk_emit_key(e, "packetFilters");
	tk_emit_open(e, 1);
	for (f = 0; f < nf; f++) {
		if (i >= len) {
			tk_inner_fail(er, base + i, "packet filter %u of %u is missing", f + 1, nf);
			break;
		}
		tk_emit_open(e, 0);
		if (op == 5) {
			/* delete packet filters: spare bits 8-5, the identifier */
			tk_emit_kv_long(e, "packetFilterIdentifier", q[i] & 0x0f);
			tk_emit_close(e, 0);
			i++;
			continue;
		}
		/* spare bits 8-7, direction, identifier; the length of the contents; contents */
		tk_emit_kv_long(e, "packetFilterIdentifier", q[i] & 0x0f);
		tk_inner_emit_name(e, "direction", filter_direction_names, NULL, "reserved",
				   (q[i] >> 4) & 3);
		if (len - i < 2 || q[i + 1] > len - i - 2) {
			tk_inner_fail(er, base + i, "packet filter %u runs past the QoS rule", f + 1);
			tk_emit_close(e, 0);
			i = len;
			break;
		}
		filter_components(e, q + i + 2, q[i + 1], base + i + 2, er);
		tk_emit_close(e, 0);
		i += 2u + q[i + 1];
	}
	tk_emit_close(e, 1);
	/* QoS rule precedence; spare, segregation (bit 7), QFI (bits 6-1): absent when the rule is
	 * deleted (and possibly when modified) */
	if (i < len)
		tk_emit_kv_long(e, "qosRulePrecedence", q[i++]);
	if (i < len) {
		tk_emit_kv_bool(e, "segregation", q[i] & 0x40);
		tk_emit_kv_long(e, "qfi", q[i] & 0x3f);
		i++;
	}
	if (i < len)
		tk_inner_fail(er, base + i, "%zu octets after the QoS rule", len - i);
}

static void val_qos_rules(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i = 0, len;

	n = tk_inner_start(e, &er, p, n);
	if (n < 4)
		tk_inner_fail(&er, 0, "truncated: QoS rules hold at least one rule of 4 octets");
	tk_emit_key(e, "qosRules");
	tk_emit_open(e, 1);
	/* each rule: identifier, length (2 octets), then the rule */
	while (i < n) {
		if (n - i < 3) {
			tk_inner_fail(&er, i, "a QoS rule without its length");
			break;
		}
		len = (size_t)p[i + 1] << 8 | p[i + 2];
		if (len > n - i - 3) {
			tk_inner_fail(&er, i + 1, "QoS rule of length %zu, %zu octets follow", len,
				      n - i - 3);
			break;
		}
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "qosRuleIdentifier", p[i]);
		qos_rule(e, p + i + 3, len, i + 3, &er);
		tk_emit_close(e, 0);
		i += 3 + len;
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.4.12 operation code, bits 8-6 of the description's second octet */
static const struct tk_value_string flow_op_names[] = {
	{ 1, "Create new QoS flow description" },
	{ 2, "Delete existing QoS flow description" },
	{ 3, "Modify existing QoS flow description" },
	{ 0, NULL }
};

/* parameter identifiers */
static const struct tk_value_string flow_param_names[] = {
	{ 0x01, "5QI" },
	{ 0x02, "GFBR uplink" },
	{ 0x03, "GFBR downlink" },
	{ 0x04, "MFBR uplink" },
	{ 0x05, "MFBR downlink" },
	{ 0x06, "Averaging window" },
	{ 0x07, "EPS bearer identity" },
	{ 0, NULL }
};

static void flow_parameter(struct tk_emitter *e, uint8_t id, const uint8_t *v, size_t len,
			   size_t base, struct tk_inner_err *er)
{
	size_t want = id == 1 || id == 7 ? 1 : id >= 2 && id <= 5 ? 3 : id == 6 ? 2 : 0;

	if (!want) {
		tk_emit_kv_hex(e, "contents", v, len);
		return;
	}
	if (len != want) {
		tk_inner_fail(er, base, "QoS flow parameter %u of %zu octets, %zu expected", id, len,
			      want);
		tk_emit_kv_hex(e, "contents", v, len);
		return;
	}
	if (id == 1)
		tk_emit_kv_long(e, "fiveQi", v[0]);
	else if (id == 7)
		tk_emit_kv_long(e, "epsBearerIdentity", v[0] >> 4);
	else if (id == 6)
		tk_emit_kv_long(e, "averagingWindowMs", (long)v[0] << 8 | v[1]);
	else
		emit_rate(e, "bitRate", v);
}

static void val_qos_flows(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i = 0;
	unsigned np, k;

	n = tk_inner_start(e, &er, p, n);
	if (n < 3)
		tk_inner_fail(&er, 0, "truncated: QoS flow descriptions hold at least one of 3 octets");
	tk_emit_key(e, "qosFlowDescriptions");
	tk_emit_open(e, 1);
	while (i < n) {
		if (n - i < 3) {
			tk_inner_fail(&er, n, "truncated: a QoS flow description needs 3 octets, %zu "
				      "present", n - i);
			break;
		}
		/* spare bits 8-7, QFI; operation code (bits 8-6), spare; spare bit 8, E (bit 7),
		 * number of parameters (bits 6-1) */
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "qfi", p[i] & 0x3f);
		tk_emit_kv_long(e, "operationCodeValue", p[i + 1] >> 5);
		tk_inner_emit_name(e, "operationCode", flow_op_names, NULL, "reserved", p[i + 1] >> 5);
		tk_emit_kv_bool(e, "eBit", p[i + 2] & 0x40);
		np = p[i + 2] & 0x3f;
		tk_emit_kv_long(e, "numberOfParameters", np);
		i += 3;
		tk_emit_key(e, "parameters");
		tk_emit_open(e, 1);
		for (k = 0; k < np; k++) {
			if (n - i < 2 || p[i + 1] > n - i - 2) {
				tk_inner_fail(&er, i, "QoS flow parameter %u of %u runs past the "
					      "descriptions", k + 1, np);
				i = n;
				break;
			}
			tk_emit_open(e, 0);
			tk_emit_kv_long(e, "parameterIdentifier", p[i]);
			tk_inner_emit_name(e, "parameter", flow_param_names, NULL, "unknown", p[i]);
			flow_parameter(e, p[i], p + i + 2, p[i + 1], i, &er);
			tk_emit_close(e, 0);
			i += 2u + p[i + 1];
		}
		tk_emit_close(e, 1);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.4.1 5GSM capability, octet 3: TPMIC (bit 8), ATSSS-ST (bits 7-4), EPT-S1 (bit 3),
 * MH6-PDU (bit 2), RqoS (bit 1), as tshark 4.0.17 shows them; the bits of later octets by
 * number */
static const struct tk_value_string atsss_st_names[] = {
	{ 0, "ATSSS not supported" },
	{ 1, "ATSSS Low-Layer functionality with any steering mode supported" },
	{ 2, "MPTCP functionality with any steering mode and ATSSS-LL functionality with only "
	     "active-standby steering mode supported" },
	{ 3, "MPTCP functionality with any steering mode and ATSSS-LL functionality with any "
	     "steering mode supported" },
	{ 0, NULL }
};

static void val_sm_capability(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_need(&er, n, 1, "a 5GSM capability")) {
		tk_emit_kv_bool(e, "rqos", p[0] & 0x01);
		tk_emit_kv_bool(e, "mh6Pdu", p[0] & 0x02);
		tk_emit_kv_bool(e, "eptS1", p[0] & 0x04);
		tk_emit_kv_long(e, "atsssStValue", (p[0] >> 3) & 0x0f);
		tk_inner_emit_name(e, "atsssSt", atsss_st_names, NULL, "unknown",
				   (p[0] >> 3) & 0x0f);
		tk_emit_kv_bool(e, "tpmic", p[0] & 0x80);
		if (n > 1) {
			tk_emit_kv_hex(e, "furtherOctets", p + 1, n - 1);
			named_bits(e, "furtherSupported", p + 1, n - 1, 4, NULL, 0);
		}
		if (n > 13)
			tk_inner_fail(&er, 13, "a 5GSM capability of %zu octets, 13 at most", n);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.4.8 Mapped EPS bearer contexts: operation code (bits 8-7 of the context's fourth
 * octet) and the EPS parameter identifiers */
static const struct tk_value_string mapped_op_names[] = {
	{ 1, "Create new EPS bearer" },
	{ 2, "Delete existing EPS bearer" },
	{ 3, "Modify existing EPS bearer" },
	{ 0, NULL }
};

static const struct tk_value_string eps_param_names[] = {
	{ 1, "Mapped EPS QoS parameters" },
	{ 2, "Mapped extended EPS QoS parameters" },
	{ 3, "Traffic flow template" },
	{ 4, "APN-AMBR" },
	{ 5, "Extended APN-AMBR" },
	{ 0, NULL }
};

/* the EPS parameters' values by TS 24.301 9.9.4.3, 9.9.4.30, TS 24.008 10.5.6.12, TS 24.301
 * 9.9.4.2 and 9.9.4.29 */
static const tk_nas_val_fn eps_param_fns[6] = {
	NULL, tk_emit_eps_qos, tk_emit_extended_eps_qos, tk_emit_tft, tk_emit_apn_ambr,
	tk_emit_extended_apn_ambr
};

/* each context: EPS bearer identity (bits 8-5), the length of the rest (2 octets), operation
 * code, spare bit 6, E bit (bit 5), number of EPS parameters (bits 4-1), the parameters
 * (identifier, length, contents) */
static void val_mapped_eps_bearers(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i = 0, len, j, end;
	unsigned op, np, k;

	n = tk_inner_start(e, &er, p, n);
	if (n < 4)
		tk_inner_fail(&er, 0, "truncated: mapped EPS bearer contexts hold at least one of "
			      "4 octets");
	tk_emit_key(e, "mappedEpsBearerContexts");
	tk_emit_open(e, 1);
	while (i < n) {
		if (n - i < 4) {
			tk_inner_fail(&er, i, "truncated: a mapped EPS bearer context needs 4 "
				      "octets, %zu present", n - i);
			break;
		}
		len = (size_t)p[i + 1] << 8 | p[i + 2];
		if (len < 1 || len > n - i - 3) {
			tk_inner_fail(&er, i + 1, "mapped EPS bearer context of length %zu, %zu "
				      "octets follow", len, n - i - 3);
			break;
		}
		end = i + 3 + len;
		op = p[i + 3] >> 6;
		np = p[i + 3] & 0x0f;
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "epsBearerIdentity", p[i] >> 4);
		tk_emit_kv_long(e, "operationCodeValue", op);
		tk_inner_emit_name(e, "operationCode", mapped_op_names, NULL, "reserved", op);
		/* create: the parameters list is included or not; modify: it extends or replaces
		 * the one provided before */
		tk_emit_kv_bool(e, "eBit", p[i + 3] & 0x10);
		tk_emit_kv_long(e, "numberOfEpsParameters", np);
		tk_emit_key(e, "epsParameters");
		tk_emit_open(e, 1);
		for (j = i + 4, k = 0; k < np; k++) {
			if (end - j < 2 || p[j + 1] > end - j - 2) {
				tk_inner_fail(&er, j, "EPS parameter %u of %u runs past the mapped EPS "
					      "bearer context", k + 1, np);
				j = end;
				break;
			}
			tk_emit_open(e, 0);
			tk_emit_kv_long(e, "parameterIdentifierValue", p[j]);
			tk_inner_emit_name(e, "parameterIdentifier", eps_param_names, NULL,
					   "unknown", p[j]);
			if (p[j] >= 1 && p[j] <= 5) {
				tk_emit_key(e, "value");
				eps_param_fns[p[j]](e, p + j + 2, p[j + 1]);
			} else {
				tk_emit_kv_hex(e, "contents", p + j + 2, p[j + 1]);
			}
			tk_emit_close(e, 0);
			j += 2u + p[j + 1];
		}
		tk_emit_close(e, 1);
		if (j < end)
			tk_inner_fail(&er, j, "%zu octets after the EPS parameters", end - j);
		tk_emit_close(e, 0);
		i = end;
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* ---- small elements: flags and fields of one or two octets ------------------------------- */

/* 9.11.3.55 UE's usage setting, bit 1 */
static const struct tk_value_string usage_setting_names[] = {
	{ 0, "voice centric" },
	{ 1, "data centric" },
	{ 0, NULL }
};

static void val_usage_setting(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "a UE's usage setting"))
		tk_inner_emit_name(e, "usageSetting", usage_setting_names, NULL, "unknown", p[0] & 1);
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.9A 5GS update type: SMS requested (bit 1), NG-RAN-RCU (bit 2), 5GS PNB-CIoT (bits
 * 4-3), EPS-PNB-CIoT (bits 6-5), with the names tshark 4.0.17 gives */
static const struct tk_value_string pnb_5gs_names[] = {
	{ 0, "no additional information" },
	{ 1, "control plane CIoT 5GS optimization" },
	{ 2, "user plane CIoT 5GS optimization" },
	{ 0, NULL }
};

static const struct tk_value_string pnb_eps_names[] = {
	{ 0, "no additional information" },
	{ 1, "control plane CIoT EPS optimization" },
	{ 2, "user plane CIoT EPS optimization" },
	{ 0, NULL }
};

static void val_update_type(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "a 5GS update type")) {
		tk_emit_kv_bool(e, "smsOverNasRequested", p[0] & 0x01);
		tk_emit_kv_bool(e, "ngRanRadioCapabilityUpdateNeeded", p[0] & 0x02);
		tk_emit_kv_long(e, "fiveGsPnbCiotValue", (p[0] >> 2) & 3);
		tk_inner_emit_name(e, "fiveGsPnbCiot", pnb_5gs_names, NULL, "reserved",
				   (p[0] >> 2) & 3);
		tk_emit_kv_long(e, "epsPnbCiotValue", (p[0] >> 4) & 3);
		tk_inner_emit_name(e, "epsPnbCiot", pnb_eps_names, NULL, "reserved", (p[0] >> 4) & 3);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.70 Truncated 5G-S-TMSI configuration: truncated AMF Set ID value (bits 8-5) and
 * truncated AMF Pointer value (bits 4-1): how many least significant bits are kept */
static void val_truncated_tmsi(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "a truncated 5G-S-TMSI configuration")) {
		tk_emit_kv_long(e, "truncatedAmfSetIdBits", p[0] >> 4);
		tk_emit_kv_long(e, "truncatedAmfPointerBits", p[0] & 0x0f);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.43 PDU session reactivation result error cause: pairs of a PDU session identity and
 * a 5GMM cause */
static void val_reactivation_error_cause(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	if (n < 2 || n % 2)
		tk_inner_fail(&er, n - n % 2, "%zu octets, pairs of a PDU session identity and a "
			      "cause", n);
	tk_emit_key(e, "pduSessionErrors");
	tk_emit_open(e, 1);
	for (i = 0; i + 2 <= n; i += 2) {
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "pduSessionIdentity", p[i]);
		emit_cause(e, &mm_cause, p[i + 1]);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.4.9 Maximum number of supported packet filters: 11 bits, then 5 spare bits */
static void val_max_packet_filters(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 2, "a maximum number of supported packet filters"))
		tk_emit_kv_long(e, "maximumNumberOfPacketFilters", ((long)p[0] << 8 | p[1]) >> 5);
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.4.18 5GSM network feature support: EPT-S1 (bit 1 of octet 3); later octets spare */
static void val_sm_network_feature_support(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_need(&er, n, 1, "a 5GSM network feature support"))
		tk_emit_kv_bool(e, "ethernetPdnTypeInS1ModeSupported", p[0] & 1);
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.4.21 5GSM congestion re-attempt indicator: ABO (bit 1): the back-off timer applies in
 * all PLMNs (1) or in the current PLMN only (0) */
static void val_congestion_reattempt(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const struct tk_octet_flag flag = { "backOffTimerInAllPlmns", 1, 0 };

	tk_inner_octet_flags(e, p, n, &flag, 1, "a 5GSM congestion re-attempt indicator");
}

/* 9.11.4.25 DS-TT Ethernet port MAC address: 6 octets */
static void val_ds_tt_mac(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	char text[18];

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 6, "a DS-TT Ethernet port MAC address")) {
		snprintf(text, sizeof(text), "%02x:%02x:%02x:%02x:%02x:%02x", p[0], p[1], p[2], p[3],
			 p[4], p[5]);
		tk_emit_kv_str(e, "macAddress", text);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.75 Extended rejected NSSAI (Table 9.11.3.75.1): type of list, bits 7-5 of the first
 * octet of a partial extended rejected NSSAI list */
static const struct tk_value_string rejected_list_type_names[] = {
	{ 0, "list of S-NSSAIs without any associated back-off timer value" },
	{ 1, "list of S-NSSAIs with one associated back-off timer value that applies to all "
	     "S-NSSAIs in the list" },
	{ 0, NULL }
};

/*
 * Partial extended rejected NSSAI lists, each: spare bit 8, type of list (bits 7-5), number
 * of elements (bits 4-1: 0 is 1 element ... 7 is 8; other values are read as 8), for type 1
 * a back-off timer value (the value part of a TS 24.008 GPRS timer 3), then the rejected
 * S-NSSAIs: length (bits 8-5) and cause value (bits 4-1), SST, SD, mapped HPLMN SST and SD
 * (the S-NSSAI contents of 9.11.2.8: 1, 2, 4, 5 or 8 octets).  Not known to tshark 4.0.17:
 * checked against the clause's table alone.
 */
static void val_extended_rejected_nssai(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i = 0, len;
	unsigned type, count, k;

	n = tk_inner_start(e, &er, p, n);
	if (n < 2)
		tk_inner_fail(&er, 0, "truncated: an extended rejected NSSAI holds at least one "
			      "rejected S-NSSAI");
	tk_emit_key(e, "partialLists");
	tk_emit_open(e, 1);
	while (i < n) {
		type = (p[i] >> 4) & 7;
		count = (p[i] & 0x0f) > 7 ? 8 : (p[i] & 0x0f) + 1u;
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "typeOfListValue", type);
		tk_inner_emit_name(e, "typeOfList", rejected_list_type_names, NULL, "reserved", type);
		tk_emit_kv_long(e, "numberOfElements", count);
		if (type > 1)
			tk_inner_fail(&er, i, "partial extended rejected NSSAI list of reserved type %u",
				      type);
		i++;
		if (type == 1) {
			if (i >= n) {
				tk_inner_fail(&er, i, "truncated: the back-off timer value is missing");
				tk_emit_close(e, 0);
				break;
			}
			tk_emit_key(e, "backOffTimer");
			val_timer3(e, p + i, 1);
			i++;
		}
		tk_emit_key(e, "rejectedSNssais");
		tk_emit_open(e, 1);
		for (k = 0; k < count && i < n; k++) {
			len = p[i] >> 4;
			if (len > n - i - 1) {
				tk_inner_fail(&er, i, "rejected S-NSSAI of length %zu, %zu octets follow",
					      len, n - i - 1);
				i = n;
				break;
			}
			tk_emit_open(e, 0);
			tk_emit_kv_long(e, "causeValue", p[i] & 0x0f);
			tk_inner_emit_name(e, "cause", reject_cause_names, NULL, "reserved, interpreted "
					   "as not available in the current PLMN or SNPN", p[i] & 0x0f);
			snssai_fields(e, p + i + 1, len, i, &er);
			tk_emit_close(e, 0);
			i += 1 + len;
		}
		tk_emit_close(e, 1);
		if (k < count)
			tk_inner_fail(&er, n, "truncated: a partial extended rejected NSSAI list of %u "
				      "elements has %u", count, k);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* ---- 9.11.3.39 payload container of type "multiple payloads" ---------------------------- */

/* the optional IEs of a payload container entry (Table 9.11.3.39.1): the type is the IEI of
 * the element as the UL / DL NAS TRANSPORT message has it, the value its value part */
static const struct {
	uint8_t type;
	const char *name;
	tk_nas_val_fn dec;
} entry_ies[] = {
	{ 0x12, "PDU session ID", val_psi },
	{ 0x24, "Additional information", NULL },
	{ 0x58, "5GMM cause", val_mm_cause },
	{ 0x37, "Back-off timer value", val_timer3 },
	{ 0x59, "Old PDU session ID", val_psi },
	{ 0x80, "Request type", val_request_type },	/* type 1: IEI in bits 8-5 */
	{ 0x22, "S-NSSAI", val_snssai },
	{ 0x25, "DNN", val_dnn },
};

/* one optional IE at q[0..left): type, length, value; returns its size, 0 when it does not fit */
static size_t entry_ie(struct tk_emitter *e, const uint8_t *q, size_t left, size_t base,
		       struct tk_inner_err *er)
{
	size_t k, len;

	if (left < 2) {
		tk_inner_fail(er, base, "truncated: an optional IE of a payload container entry "
			      "has a type and a length");
		return 0;
	}
	len = q[1];
	if (len > left - 2) {
		tk_inner_fail(er, base + 1, "an optional IE of length %zu, %zu octets follow", len,
			      left - 2);
		return 0;
	}
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "type", q[0]);
	for (k = 0; k < sizeof(entry_ies) / sizeof(entry_ies[0]); k++)
		if (entry_ies[k].type == (q[0] >= 0x80 ? q[0] & 0xf0 : q[0]))
			break;
	tk_emit_kv_str(e, "name", k < sizeof(entry_ies) / sizeof(entry_ies[0]) ?
		       entry_ies[k].name : "unknown optional IE");
	tk_emit_key(e, "value");
	if (k < sizeof(entry_ies) / sizeof(entry_ies[0]) && entry_ies[k].dec &&
	    (entry_ies[k].type != 0x80 || len == 1))
		entry_ies[k].dec(e, q + 2, len);
	else
		tk_emit_hex(e, q + 2, len);
	if (k == sizeof(entry_ies) / sizeof(entry_ies[0]))
		tk_inner_fail(er, base, "unknown optional IE type 0x%02x of a payload container "
			      "entry", q[0]);
	else if (entry_ies[k].type == 0x80 && len != 1)
		tk_inner_fail(er, base + 1, "a request type of %zu octets, 1 expected", len);
	tk_emit_close(e, 0);
	return 2 + len;
}

/*
 * Figures 9.11.3.39.2 to 9.11.3.39.4: the number of entries (octet 4), then each entry: its
 * length (2 octets), the number of optional IEs (bits 8-5) and the payload container type
 * (bits 4-1), the optional IEs, the entry's contents.  The contents are read by the entry's
 * type as a payload container of that type is; an entry of type "multiple payloads" is not
 * allowed (9.11.3.39) and stays hex, so this does not recurse.
 */
static void multiple_payloads(struct tk_nas *m, const uint8_t *p, size_t n)
{
	struct tk_emitter *e = m->e;
	struct tk_inner_err er;
	int saved = m->aux;
	size_t i = 1, len, j, end;
	unsigned count = 0, nie, type, k;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: multiple payloads start with the number of entries");
		goto out;
	}
	tk_emit_kv_long(e, "numberOfEntries", p[0]);
	if (p[0] == 0)
		tk_inner_fail(&er, 0, "multiple payloads of 0 entries");
	tk_emit_key(e, "entries");
	tk_emit_open(e, 1);
	while (i < n) {
		if (n - i < 3) {
			tk_inner_fail(&er, i, "truncated: a payload container entry has a length of 2 "
				      "octets and at least 1 more");
			break;
		}
		len = (size_t)p[i] << 8 | p[i + 1];
		if (len < 1 || len > n - i - 2) {
			tk_inner_fail(&er, i, "a payload container entry of length %zu, %zu octets "
				      "follow", len, n - i - 2);
			break;
		}
		end = i + 2 + len;
		nie = p[i + 2] >> 4;
		type = p[i + 2] & 0x0f;
		count++;
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "length", (long)len);
		tk_emit_kv_long(e, "numberOfOptionalIes", nie);
		tk_emit_kv_long(e, "payloadContainerTypeValue", type);
		tk_inner_emit_name(e, "payloadContainerType", payload_type_names, NULL, "reserved",
				   type);
		tk_emit_key(e, "optionalIes");
		tk_emit_open(e, 1);
		for (j = i + 3, k = 0; k < nie; k++) {
			size_t used = entry_ie(e, p + j, end - j, j, &er);

			if (!used) {
				j = end;
				break;
			}
			j += used;
		}
		tk_emit_close(e, 1);
		tk_emit_key(e, "contents");
		if (type == 15) {
			tk_inner_fail(&er, i + 2, "a payload container entry of type multiple payloads "
				      "(TS 24.501 9.11.3.39 does not allow one)");
			tk_emit_hex(e, p + j, end - j);
		} else {
			m->aux = (int)type;
			payload_container(m, p + j, end - j);
			m->aux = saved;
		}
		tk_emit_close(e, 0);
		i = end;
	}
	tk_emit_close(e, 1);
	if (count != p[0])
		tk_inner_fail(&er, 0, "the number of entries is %u, %u present", p[0], count);
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- type 1 elements: the half octet's fields by name -------------------------------------- */

/* one field of a half octet value: bits (v >> shift) & mask, as "<key>Value" and "<key>" */
struct half_field {
	const char *value_key, *key;
	uint8_t shift, mask;
	const struct tk_value_string *names;
	const char *dflt;	/* the name of a value the table does not list */
};

/* {fields of v}: a type 1 element's value (nas_reader.c gives the half octet alone) */
static void emit_half(struct tk_emitter *e, unsigned v, const struct half_field *f)
{
	tk_emit_open(e, 0);
	for (; f->key; f++) {
		unsigned x = (v >> f->shift) & f->mask;

		tk_emit_kv_long(e, f->value_key, x);
		tk_inner_emit_name(e, f->key, f->names, NULL, f->dflt, x);
	}
	tk_emit_close(e, 0);
}

#define HALF_END { NULL, NULL, 0, 0, NULL, NULL }

/* 9.11.3.31 MICO indication: RAAI (bit 1), SPRTI (bit 2) */
static const struct tk_value_string raai_names[] = {
	{ 0, "all PLMN registration area not allocated" },
	{ 1, "all PLMN registration area allocated" },
	{ 0, NULL }
};

static const struct tk_value_string sprti_names[] = {
	{ 0, "strictly periodic registration timer not supported" },
	{ 1, "strictly periodic registration timer supported" },
	{ 0, NULL }
};

static const struct half_field mico_fields[] = {
	{ "raaiValue", "raai", 0, 1, raai_names, "unknown" },
	{ "sprtiValue", "sprti", 1, 1, sprti_names, "unknown" },
	HALF_END
};

/* 9.11.3.36 Network slicing indication: NSSCI (bit 1), DCNI (bit 2) */
static const struct tk_value_string nssci_names[] = {
	{ 0, "network slicing subscription not changed" },
	{ 1, "network slicing subscription changed" },
	{ 0, NULL }
};

static const struct tk_value_string dcni_names[] = {
	{ 0, "requested NSSAI not created from default configured NSSAI" },
	{ 1, "requested NSSAI created from default configured NSSAI" },
	{ 0, NULL }
};

static const struct half_field slicing_fields[] = {
	{ "nssciValue", "nssci", 0, 1, nssci_names, "unknown" },
	{ "dcniValue", "dcni", 1, 1, dcni_names, "unknown" },
	HALF_END
};

/* 9.11.3.37A NSSAI inclusion mode, bits 2-1 */
static const struct tk_value_string nssai_inclusion_names[] = {
	{ 0, "NSSAI inclusion mode A" },
	{ 1, "NSSAI inclusion mode B" },
	{ 2, "NSSAI inclusion mode C" },
	{ 3, "NSSAI inclusion mode D" },
	{ 0, NULL }
};

static const struct half_field nssai_inclusion_fields[] = {
	{ "nssaiInclusionModeValue", "nssaiInclusionMode", 0, 3, nssai_inclusion_names, "unknown" },
	HALF_END
};

/* 9.11.3.36A Non-3GPP NW provided policies: N3EN (bit 1) */
static const struct tk_value_string n3en_names[] = {
	{ 0, "use of non-3GPP emergency numbers not permitted" },
	{ 1, "use of non-3GPP emergency numbers permitted" },
	{ 0, NULL }
};

static const struct half_field n3gpp_policy_fields[] = {
	{ "n3enValue", "n3en", 0, 1, n3en_names, "unknown" },
	HALF_END
};

/* 9.11.3.69 UE radio capability ID deletion indication, bits 3-1 */
static const struct tk_value_string radio_id_deletion_names[] = {
	{ 0, "UE radio capability ID deletion not requested" },
	{ 1, "network-assigned UE radio capability IDs deletion requested" },
	{ 0, NULL }
};

static const struct half_field radio_id_deletion_fields[] = {
	{ "deletionRequestValue", "deletionRequest", 0, 7, radio_id_deletion_names, "reserved" },
	HALF_END
};

/* 9.11.3.18 Configuration update indication: ACK (bit 1), RED (bit 2) */
static const struct tk_value_string cui_ack_names[] = {
	{ 0, "acknowledgement not requested" },
	{ 1, "acknowledgement requested" },
	{ 0, NULL }
};

static const struct tk_value_string cui_red_names[] = {
	{ 0, "registration not requested" },
	{ 1, "registration requested" },
	{ 0, NULL }
};

static const struct half_field config_update_fields[] = {
	{ "ackValue", "ack", 0, 1, cui_ack_names, "unknown" },
	{ "redValue", "red", 1, 1, cui_red_names, "unknown" },
	HALF_END
};

/* 9.11.3.50A SMS indication: SAI (bit 1) */
static const struct tk_value_string sai_names[] = {
	{ 0, "SMS over NAS not available" },
	{ 1, "SMS over NAS available" },
	{ 0, NULL }
};

static const struct half_field sms_indication_fields[] = {
	{ "saiValue", "sai", 0, 1, sai_names, "unknown" },
	HALF_END
};

/* 9.11.3.74 Additional configuration indication: SCMR (bit 1) */
static const struct tk_value_string scmr_names[] = {
	{ 0, "no additional information" },
	{ 1, "release of N1 NAS signalling connection not required" },
	{ 0, NULL }
};

static const struct half_field additional_config_fields[] = {
	{ "scmrValue", "scmr", 0, 1, scmr_names, "unknown" },
	HALF_END
};

/* 9.11.3.31A MA PDU session information, bits 4-1 */
static const struct tk_value_string ma_pdu_names[] = {
	{ 0, "no additional information" },
	{ 1, "MA PDU session network upgrade is allowed" },
	{ 0, NULL }
};

static const struct half_field ma_pdu_fields[] = {
	{ "maPduSessionInformationValue", "maPduSessionInformation", 0, 15, ma_pdu_names,
	  "reserved" },
	HALF_END
};

/* 9.11.3.46A Release assistance indication: DDX (bits 2-1) */
static const struct tk_value_string ddx_names[] = {
	{ 0, "no information regarding DDX is conveyed" },
	{ 1, "no further uplink and downlink data transmission subsequent to the uplink data "
	     "transmission is expected" },
	{ 2, "only a single downlink data transmission and no further uplink data transmission "
	     "subsequent to the uplink data transmission is expected" },
	{ 0, NULL }
};

static const struct half_field release_assistance_fields[] = {
	{ "ddxValue", "ddx", 0, 3, ddx_names, "reserved" },
	HALF_END
};

/* 9.11.4.4 Always-on PDU session requested: APSR (bit 1) */
static const struct tk_value_string apsr_names[] = {
	{ 0, "always-on PDU session not requested" },
	{ 1, "always-on PDU session requested" },
	{ 0, NULL }
};

static const struct half_field apsr_fields[] = {
	{ "apsrValue", "apsr", 0, 1, apsr_names, "unknown" },
	HALF_END
};

/* 9.11.4.3 Always-on PDU session indication: APSI (bit 1) */
static const struct tk_value_string apsi_names[] = {
	{ 0, "always-on PDU session not allowed" },
	{ 1, "always-on PDU session required" },
	{ 0, NULL }
};

static const struct half_field apsi_fields[] = {
	{ "apsiValue", "apsi", 0, 1, apsi_names, "unknown" },
	HALF_END
};

/* 9.11.4.23 Control plane only indication: CPOI (bit 1; 0 is reserved) */
static const struct tk_value_string cpoi_names[] = {
	{ 1, "PDU session can be used for control plane CIoT 5GS optimization only" },
	{ 0, NULL }
};

static const struct half_field cpoi_fields[] = {
	{ "cpoiValue", "cpoi", 0, 1, cpoi_names, "reserved" },
	HALF_END
};

/* 9.11.4.5 Allowed SSC mode: SSC1 (bit 1), SSC2 (bit 2), SSC3 (bit 3) */
static const struct tk_value_string ssc1_names[] = {
	{ 0, "SSC mode 1 not allowed" },
	{ 1, "SSC mode 1 allowed" },
	{ 0, NULL }
};

static const struct tk_value_string ssc2_names[] = {
	{ 0, "SSC mode 2 not allowed" },
	{ 1, "SSC mode 2 allowed" },
	{ 0, NULL }
};

static const struct tk_value_string ssc3_names[] = {
	{ 0, "SSC mode 3 not allowed" },
	{ 1, "SSC mode 3 allowed" },
	{ 0, NULL }
};

static const struct half_field allowed_ssc_fields[] = {
	{ "ssc1Value", "ssc1", 0, 1, ssc1_names, "unknown" },
	{ "ssc2Value", "ssc2", 1, 1, ssc2_names, "unknown" },
	{ "ssc3Value", "ssc3", 2, 1, ssc3_names, "unknown" },
	HALF_END
};

/* 9.11.3.72 N5GC indication: N5GCREG (bit 1), named as tshark 4.0.17 reads it (the clause's
 * own wording could not be checked) */
static const struct tk_value_string n5gcreg_names[] = {
	{ 0, "N5GC device registration not requested" },
	{ 1, "N5GC device registration requested" },
	{ 0, NULL }
};

static const struct half_field n5gc_fields[] = {
	{ "n5gcregValue", "n5gcreg", 0, 1, n5gcreg_names, "unknown" },
	HALF_END
};

/* 9.11.2.1A Access type, bits 2-1 */
static const struct half_field access_type_fields[] = {
	{ "accessTypeValue", "accessType", 0, 3, tk_5gs_access_type_names, "reserved" },
	HALF_END
};

#define HALF_FN(fn, fields) \
	static void fn(struct tk_emitter *e, const uint8_t *p, size_t n) \
	{ \
		(void)n; \
		emit_half(e, p[0], fields); \
	}

HALF_FN(val_mico, mico_fields)
HALF_FN(val_slicing_indication, slicing_fields)
HALF_FN(val_nssai_inclusion, nssai_inclusion_fields)
HALF_FN(val_n3gpp_policies, n3gpp_policy_fields)
HALF_FN(val_radio_id_deletion, radio_id_deletion_fields)
HALF_FN(val_config_update_indication, config_update_fields)
HALF_FN(val_sms_indication, sms_indication_fields)
HALF_FN(val_additional_config, additional_config_fields)
HALF_FN(val_ma_pdu_information, ma_pdu_fields)
HALF_FN(val_release_assistance, release_assistance_fields)
HALF_FN(val_apsr, apsr_fields)
HALF_FN(val_apsi, apsi_fields)
HALF_FN(val_cpoi, cpoi_fields)
HALF_FN(val_allowed_ssc, allowed_ssc_fields)
HALF_FN(val_access_type, access_type_fields)
HALF_FN(val_n5gc, n5gc_fields)

/* ---- Rel-17 elements (TS 24.501 V17): one-octet fields, disaster roaming, NID, paging
 * assistance, CIoT small data, 5GSM additions ---------------------------------------------- */

/* a value of exactly one octet whose fields are given as for a half octet: {fields, "hex"},
 * and tk_inner_fixed's errors (what names the value) */
static void octet_fields(struct tk_emitter *e, const uint8_t *p, size_t n,
			 const struct half_field *f, const char *what)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, what)) {
		for (; f->key; f++) {
			unsigned x = (p[0] >> f->shift) & f->mask;

			tk_emit_kv_long(e, f->value_key, x);
			tk_inner_emit_name(e, f->key, f->names, NULL, f->dflt, x);
		}
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.91 Priority indicator (type 1, CONFIGURATION UPDATE COMMAND): MCSI (bit 1), MPSI
 * (bit 2), Table 9.11.3.91.1.  Unverified: the clause text was not found; the bits and names
 * are from memory (the MPS / MCS indicators of the 5GS network feature support, 9.11.3.5, say
 * the same of access identities 1 and 2), and tshark 4.0.17 does not know the element */
static const struct tk_value_string mcsi_names[] = {
	{ 0, "access identity 2 not valid" },
	{ 1, "access identity 2 valid" },
	{ 0, NULL }
};

static const struct tk_value_string mpsi_names[] = {
	{ 0, "access identity 1 not valid" },
	{ 1, "access identity 1 valid" },
	{ 0, NULL }
};

static const struct half_field priority_indicator_fields[] = {
	{ "mcsiValue", "mcsi", 0, 1, mcsi_names, "unknown" },
	{ "mpsiValue", "mpsi", 1, 1, mpsi_names, "unknown" },
	HALF_END
};

HALF_FN(val_priority_indicator, priority_indicator_fields)

/* 9.11.3.81 5GS additional request result: paging restriction decision, PRD (bits 2-1),
 * Table 9.11.3.81.1 (checked against the value names of a public implementation; tshark
 * 4.0.17 does not know the element) */
static const struct tk_value_string prd_names[] = {
	{ 0, "no additional information" },
	{ 1, "paging restriction is accepted" },
	{ 2, "paging restriction is rejected" },
	{ 3, "reserved" },
	{ 0, NULL }
};

static const struct half_field additional_request_result_fields[] = {
	{ "pagingRestrictionDecisionValue", "pagingRestrictionDecision", 0, 3, prd_names,
	  "reserved" },
	HALF_END
};

static void val_additional_request_result(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	octet_fields(e, p, n, additional_request_result_fields, "a 5GS additional request result");
}

/* 9.11.3.76 UE request type, bits 4-1 (Table 9.11.3.76.1).  Unverified: names from memory
 * (TS 24.301 9.9.3.67 is the EPS twin); tshark 4.0.17 does not know the element */
static const struct tk_value_string ue_request_type_names[] = {
	{ 1, "N1 NAS signalling connection release" },
	{ 2, "Rejection of paging" },
	{ 0, NULL }
};

static const struct half_field ue_request_type_fields[] = {
	{ "ueRequestTypeValue", "ueRequestType", 0, 15, ue_request_type_names, "reserved" },
	HALF_END
};

static void val_ue_request_type(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	octet_fields(e, p, n, ue_request_type_fields, "a UE request type");
}

/* 9.11.3.12 Additional 5G security information: HDP (bit 1), RINMR (bit 2), Table
 * 9.11.3.12.1; tshark 4.0.17 agrees on both bits */
static const struct tk_value_string hdp_names[] = {
	{ 0, "K_AMF derivation is not required" },
	{ 1, "K_AMF derivation is required" },
	{ 0, NULL }
};

static const struct tk_value_string rinmr_names[] = {
	{ 0, "retransmission of the initial NAS message not requested" },
	{ 1, "retransmission of the initial NAS message requested" },
	{ 0, NULL }
};

static const struct half_field additional_security_fields[] = {
	{ "hdpValue", "hdp", 0, 1, hdp_names, "unknown" },
	{ "rinmrValue", "rinmr", 1, 1, rinmr_names, "unknown" },
	HALF_END
};

static void val_additional_security(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	octet_fields(e, p, n, additional_security_fields, "an additional 5G security information");
}

/* 9.11.3.77 Paging restriction: paging restriction type (octet 3 bits 4-1, Table 9.11.3.77.1);
 * for types 3 and 4 octets 4-5 are a PDU session identity bitmap, PSI(7)..PSI(0) then
 * PSI(15)..PSI(8) as in the PDU session status (PSI(0) spare).  Unverified: from memory and
 * the EPS twin (TS 24.301 9.9.3.66, whose type names a public implementation gives with PDN
 * connections in place of PDU sessions); tshark 4.0.17 does not know the element */
static const struct tk_value_string paging_restriction_names[] = {
	{ 1, "All paging is restricted" },
	{ 2, "All paging is restricted except for voice service" },
	{ 3, "All paging is restricted except for specified PDU session(s)" },
	{ 4, "All paging is restricted except for voice service and specified PDU session(s)" },
	{ 0, NULL }
};

static void val_paging_restriction(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	unsigned type, i;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_need(&er, n, 1, "a paging restriction"))
		goto out;
	type = p[0] & 0x0f;
	tk_emit_kv_long(e, "pagingRestrictionTypeValue", type);
	tk_inner_emit_name(e, "pagingRestrictionType", paging_restriction_names, NULL, "reserved",
			   type);
	if (type != 3 && type != 4) {
		tk_inner_extra(&er, n, 1, "a paging restriction of this type");
		goto out;
	}
	if (!tk_inner_need(&er, n, 3, "a paging restriction with PDU sessions"))
		goto out;
	tk_emit_key(e, "pduSessionIdentities");
	tk_emit_open(e, 1);
	for (i = 1; i < 16; i++)
		if (p[1 + i / 8] & (1u << (i % 8)))
			tk_emit_long(e, i);
	tk_emit_close(e, 1);
	tk_inner_extra(&er, n, 3, "a paging restriction");
out:
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.84 Registration wait range (the disaster roaming wait range and disaster return wait
 * range): octet 3 the minimum registration wait time, octet 4 the maximum, each as the value
 * of a GPRS timer (TS 24.008 10.5.7.3: unit in bits 8-6, value in bits 5-1).  Unverified:
 * the timer coding is from memory; tshark 4.0.17 does not know the element */
static void val_wait_range(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 2, "a registration wait range")) {
		tk_emit_key(e, "minimumWaitTime");
		tk_emit_gprs_timer_24008(e, p, 1);
		tk_emit_key(e, "maximumWaitTime");
		tk_emit_gprs_timer_24008(e, p + 1, 1);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.83 List of PLMNs to be used in disaster condition: PLMN identities of 3 octets each
 * (MCC, MNC as TS 24.008 10.5.1.13), the list may be empty (minimum length 2) */
static void val_disaster_plmns(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	if (n % 3)
		tk_inner_fail(&er, n - n % 3, "%zu octets are not whole PLMN identities of 3 octets",
			      n);
	tk_emit_key(e, "plmns");
	tk_emit_open(e, 1);
	for (i = 0; i + 3 <= n; i += 3) {
		tk_emit_open(e, 0);
		tk_emit_plmn_fields(e, p + i, &er, i);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.85 PLMN identity (MS determined PLMN with disaster condition): MCC, MNC */
static void val_plmn_identity(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 3, "a PLMN identity"))
		tk_emit_plmn_fields(e, p, &er, 0);
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.3.79 NID: octet 3 digit 1 (bits 8-5) and assignment mode (bits 4-1), octets 4-8
 * digits 2-10 two an octet (the lower-numbered digit in bits 4-1; bits 8-5 of octet 8 spare):
 * "nid" is the 11 hexadecimal digits of TS 23.003 12.7, the assignment mode first, then
 * digits 1-10.  Unverified: the clause text was not found; the octet layout is the one a
 * public implementation's structure gives, the assignment mode names are from memory; tshark
 * 4.0.17 does not know the element */
static const struct tk_value_string nid_assignment_names[] = {
	{ 0, "self-assignment" },
	{ 1, "coordinated assignment option 1" },
	{ 2, "coordinated assignment option 2" },
	{ 0, NULL }
};

static void val_nid(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	struct tk_inner_err er;
	char digits[12];
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 6, "a NID")) {
		tk_emit_kv_long(e, "assignmentModeValue", p[0] & 0x0f);
		tk_inner_emit_name(e, "assignmentMode", nid_assignment_names, NULL, "spare",
				   p[0] & 0x0f);
		digits[0] = hex[p[0] & 0x0f];
		digits[1] = hex[p[0] >> 4];
		for (i = 1; i < 5; i++) {
			digits[2 * i] = hex[p[i] & 0x0f];
			digits[2 * i + 1] = hex[p[i] >> 4];
		}
		digits[10] = hex[p[5] & 0x0f];
		digits[11] = 0;
		tk_emit_kv_str(e, "nid", digits);
	}
	tk_inner_finish(e, p, n, &er);
}

/* UE paging probability information (9.11.3.71 / 9.11.3.80, bits 5-1): p00 to p100 in steps
 * of 5 %; tshark 4.0.17 agrees (5 is "p25") */
static const struct tk_value_string paging_probability_names[] = {
	{ 0, "p00" }, { 1, "p05" }, { 2, "p10" }, { 3, "p15" }, { 4, "p20" }, { 5, "p25" },
	{ 6, "p30" }, { 7, "p35" }, { 8, "p40" }, { 9, "p45" }, { 10, "p50" }, { 11, "p55" },
	{ 12, "p60" }, { 13, "p65" }, { 14, "p70" }, { 15, "p75" }, { 16, "p80" }, { 17, "p85" },
	{ 18, "p90" }, { 19, "p95" }, { 20, "p100" },
	{ 0, NULL }
};

/* type of information, bits 8-6: 9.11.3.71 WUS assistance information (Table 9.11.3.71.1;
 * tshark 4.0.17 agrees) */
static const struct tk_value_string wus_type_names[] = {
	{ 0, "UE paging probability information" },
	{ 0, NULL }
};

/* 9.11.3.80 PEIPS assistance information (Table 9.11.3.80.1).  Unverified: from memory;
 * tshark 4.0.17 does not know the element */
static const struct tk_value_string peips_type_names[] = {
	{ 0, "paging subgroup ID" },
	{ 1, "UE paging probability information" },
	{ 0, NULL }
};

/* one octet an item: type of information (bits 8-6), its value (bits 5-1); the type that is
 * UE paging probability information is named from the table above */
static void paging_assistance(struct tk_emitter *e, const uint8_t *p, size_t n,
			      const struct tk_value_string *types, unsigned probability_type,
			      const char *what)
{
	struct tk_inner_err er;
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	tk_inner_need(&er, n, 1, what);
	tk_emit_key(e, "items");
	tk_emit_open(e, 1);
	for (i = 0; i < n; i++) {
		unsigned type = p[i] >> 5, v = p[i] & 0x1f;

		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "typeValue", type);
		tk_inner_emit_name(e, "type", types, NULL, "reserved", type);
		if (type == probability_type) {
			tk_emit_kv_long(e, "uePagingProbabilityValue", v);
			tk_inner_emit_name(e, "uePagingProbability", paging_probability_names, NULL,
					   "unused, interpreted as p100", v);
		} else if (types == peips_type_names && type == 0) {
			tk_emit_kv_long(e, "pagingSubgroupId", v);
		} else {
			tk_emit_kv_long(e, "value", v);
		}
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

static void val_wus_assistance(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	paging_assistance(e, p, n, wus_type_names, 0, "a WUS assistance information");
}

static void val_peips_assistance(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	paging_assistance(e, p, n, peips_type_names, 1, "a PEIPS assistance information");
}

/* 9.11.3.18B CIoT small data container: data type (octet 3 bits 8-6, Table 9.11.3.18B.1);
 * control plane user data: DDX (bits 5-4, named as 9.11.3.46A's) and PDU session identity
 * (bits 3-1), the data from octet 4; SMS: the data from octet 4 (a CP-DATA, CP-ACK or
 * CP-ERROR of TS 24.011, as in a payload container of type SMS); location services message
 * container: DDX (bits 5-4), octet 4 the length of additional information, the additional
 * information, then the data (the TS 24.080 message, as in a payload container of that type).
 * tshark 4.0.17 agrees on these fields (it reads the element as TLV) but does not decode the
 * data */
static const struct tk_value_string ciot_data_type_names[] = {
	{ 0, "control plane user data" },
	{ 1, "SMS" },
	{ 2, "location services message container" },
	{ 0, NULL }
};

static const struct tk_value_string ciot_psi_names[] = {
	{ 0, "no PDU session identity assigned" },
	{ 0, NULL }
};

static void val_ciot_small_data(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	unsigned type;
	size_t data = 1, alen;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_need(&er, n, 1, "a CIoT small data container"))
		goto out;
	type = p[0] >> 5;
	tk_emit_kv_long(e, "dataTypeValue", type);
	tk_inner_emit_name(e, "dataType", ciot_data_type_names, NULL, "reserved", type);
	if (type > 2) {
		tk_inner_fail(&er, 0, "data type %u is reserved", type);
		goto out;
	}
	if (type != 1) {
		tk_emit_kv_long(e, "ddxValue", (p[0] >> 3) & 3);
		tk_inner_emit_name(e, "ddx", ddx_names, NULL, "reserved", (p[0] >> 3) & 3);
	}
	if (type == 0) {
		tk_emit_kv_long(e, "pduSessionIdentityValue", p[0] & 7);
		tk_inner_emit_name(e, "pduSessionIdentity", ciot_psi_names, NULL,
				   "PDU session identity value", p[0] & 7);
	}
	if (type == 2) {
		if (!tk_inner_need(&er, n, 2, "the length of additional information"))
			goto out;
		alen = p[1];
		if (alen > n - 2) {
			tk_inner_fail(&er, 1, "additional information of %zu octets, %zu present", alen,
				      n - 2);
			goto out;
		}
		tk_emit_kv_hex(e, "additionalInformation", p + 2, alen);
		data = 2 + alen;
	}
	if (data >= n) {
		tk_inner_fail(&er, n, "truncated: the data contents are missing");
		goto out;
	}
	tk_emit_kv_hex(e, "dataContents", p + data, n - data);
	if (type == 1) {
		tk_emit_key(e, "sms");
		tk_emit_dtap(e, p + data, n - data);
	} else if (type == 2) {
		tk_emit_key(e, "locationServicesMessage");
		tk_emit_dtap(e, p + data, n - data);
	}
out:
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.4.33 RSN: bit 1 of octet 3 (Table 9.11.4.33.1).  Unverified: from memory; tshark
 * 4.0.17 does not know the element */
static const struct tk_value_string rsn_names[] = {
	{ 0, "v1" },
	{ 1, "v2" },
	{ 0, NULL }
};

static const struct half_field rsn_fields[] = {
	{ "rsnValue", "rsn", 0, 1, rsn_names, "unknown" },
	HALF_END
};

static void val_rsn(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	octet_fields(e, p, n, rsn_fields, "an RSN");
}

/* 9.11.4.32 PDU session pair ID: octet 3, a number.  Unverified: from memory; tshark 4.0.17
 * does not know the element */
static void val_pdu_session_pair_id(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_inner_number(e, p, n, 1, "pduSessionPairId", "a PDU session pair ID");
}

/* 9.11.4.26 UE-DS-TT residence time: 8 octets (tshark 4.0.17 agrees on the length and shows
 * them in hex, as here) */
static void val_ue_ds_tt_residence_time(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 8, "a UE-DS-TT residence time"))
		tk_emit_kv_hex(e, "ueDsTtResidenceTime", p, 8);
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.4.28 Ethernet header compression configuration: CID length (bits 2-1, Table
 * 9.11.4.28.1); tshark 4.0.17 agrees (2 is "15 bits") */
static const struct tk_value_string ehc_cid_length_names[] = {
	{ 0, "Ethernet header compression not used" },
	{ 1, "7 bits" },
	{ 2, "15 bits" },
	{ 0, NULL }
};

static const struct half_field ehc_fields[] = {
	{ "cidLengthValue", "cidLength", 0, 3, ehc_cid_length_names, "reserved" },
	HALF_END
};

static void val_ehc_configuration(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	octet_fields(e, p, n, ehc_fields, "an Ethernet header compression configuration");
}

/* 9.11.4.15 SM PDU DN request container: the DN-specific identity (an NAI, RFC 7542) as text;
 * tshark 4.0.17 agrees */
static void val_sm_pdu_dn_request(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_need(&er, n, 1, "an SM PDU DN request container"))
		tk_inner_text_or_hex(e, "dnSpecificIdentity", p, n);
	tk_inner_finish(e, p, n, &er);
}

/* 9.11.2.10 Service-level-AA container: service-level-AA parameters, each a type of parameter
 * (Table 9.11.2.10.1) and its value: 0x10 service-level device ID (9.11.2.11, type 4, text),
 * 0x20 server address (9.11.2.12, type 4: address type, then IPv4 / IPv6 / IPv4 and IPv6 /
 * FQDN), 0x30 response (9.11.2.14, type 4: SLAR bits 2-1, C2AR bits 4-3), 0x40 payload type
 * (9.11.2.15, type 4), 0x50 service status indication (9.11.2.18, type 4: UAS bit 1), 0x70
 * payload (9.11.2.13, type 6: a length of two octets, the payload transparent to NAS), 0xA-
 * pending indication (9.11.2.17, type 1: SLAPI bit 1); an unknown type is skipped by the
 * rules of TS 24.007 11.2.4 as 5GS extends them (bit 8 set: one octet; 7x: two octets of
 * length; else one).  Unverified: the clause text was not found; the types, the layouts and
 * the value names are those a public implementation documents for these tables (which notes
 * that the SLAR / C2AR tables print their bits low bit first; read here as the binary values
 * 1 = successful, 2 = not successful or revoked); tshark 4.0.17 does not decode the
 * container */
static const struct tk_value_string slaa_param_names[] = {
	{ 0x10, "service-level device ID" },
	{ 0x20, "service-level-AA server address" },
	{ 0x30, "service-level-AA response" },
	{ 0x40, "service-level-AA payload type" },
	{ 0x50, "service-level-AA service status indication" },
	{ 0x70, "service-level-AA payload" },
	{ 0xa0, "service-level-AA pending indication" },
	{ 0, NULL }
};

static const struct tk_value_string slaa_address_type_names[] = {
	{ 1, "IPv4" },
	{ 2, "IPv6" },
	{ 3, "IPv4v6" },
	{ 4, "FQDN" },
	{ 0, NULL }
};

static const struct tk_value_string slaa_result_names[] = {
	{ 0, "no information" },
	{ 1, "successful" },
	{ 2, "not successful or revoked" },
	{ 3, "reserved" },
	{ 0, NULL }
};

static const struct tk_value_string slaa_payload_type_names[] = {
	{ 1, "UUAA payload" },
	{ 2, "C2 authorization payload" },
	{ 0, NULL }
};

static const struct tk_value_string slapi_names[] = {
	{ 0, "service-level-AA procedure is not to be performed" },
	{ 1, "service-level-AA procedure is to be performed" },
	{ 0, NULL }
};

static const struct tk_value_string uas_names[] = {
	{ 0, "UAS services not enabled" },
	{ 1, "UAS services enabled" },
	{ 0, NULL }
};

/* the value of one type 4 / 6 parameter (v, len: after its length), at octet base */
static void slaa_param(struct tk_emitter *e, unsigned type, const uint8_t *v, size_t len,
		       size_t base, struct tk_inner_err *er)
{
	char text[INET6_ADDRSTRLEN];

	switch (type) {
	case 0x10:
		tk_inner_text_or_hex(e, "serviceLevelDeviceId", v, len);
		break;
	case 0x20:
		if (len < 1) {
			tk_inner_fail(er, base, "a server address without its type");
			break;
		}
		tk_emit_kv_long(e, "addressTypeValue", v[0]);
		tk_inner_emit_name(e, "addressType", slaa_address_type_names, NULL, "spare", v[0]);
		if (v[0] == 4) {
			tk_emit_kv_hex(e, "fqdnHex", v + 1, len - 1);
			break;
		}
		if (v[0] < 1 || v[0] > 3)
			break;
		if (len - 1 != (v[0] == 1 ? 4u : v[0] == 2 ? 16u : 20u)) {
			tk_inner_fail(er, base, "a server address of type %u with %zu octets", v[0],
				      len - 1);
			break;
		}
		if (v[0] != 2 && inet_ntop(AF_INET, v + 1, text, sizeof(text)))
			tk_emit_kv_str(e, "ipv4Address", text);
		if (v[0] != 1 && inet_ntop(AF_INET6, v + (v[0] == 3 ? 5 : 1), text, sizeof(text)))
			tk_emit_kv_str(e, "ipv6Address", text);
		break;
	case 0x30:
		if (!tk_inner_fixed_at(er, base, len, 1, "a service-level-AA response"))
			break;
		tk_emit_kv_long(e, "slarValue", v[0] & 3);
		tk_inner_emit_name(e, "slar", slaa_result_names, NULL, "reserved", v[0] & 3);
		tk_emit_kv_long(e, "c2arValue", (v[0] >> 2) & 3);
		tk_inner_emit_name(e, "c2ar", slaa_result_names, NULL, "reserved", (v[0] >> 2) & 3);
		break;
	case 0x40:
		if (!tk_inner_fixed_at(er, base, len, 1, "a service-level-AA payload type"))
			break;
		tk_emit_kv_long(e, "payloadTypeValue", v[0]);
		tk_inner_emit_name(e, "payloadType", slaa_payload_type_names, NULL, "spare", v[0]);
		break;
	case 0x50:
		if (!tk_inner_fixed_at(er, base, len, 1, "a service-level-AA service status indication"))
			break;
		tk_emit_kv_long(e, "uasValue", v[0] & 1);
		tk_inner_emit_name(e, "uas", uas_names, NULL, "unknown", v[0] & 1);
		break;
	default:
		tk_emit_kv_hex(e, type == 0x70 ? "payload" : "value", v, len);
		break;
	}
}

static void val_slaa_container(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i = 0, ll, len;

	n = tk_inner_start(e, &er, p, n);
	tk_emit_key(e, "parameters");
	tk_emit_open(e, 1);
	while (i < n) {
		unsigned type = p[i];

		tk_emit_open(e, 0);
		if (type & 0x80) {
			tk_emit_kv_long(e, "typeValue", type & 0xf0);
			tk_inner_emit_name(e, "type", slaa_param_names, NULL, "unknown", type & 0xf0);
			if ((type & 0xf0) == 0xa0) {
				tk_emit_kv_long(e, "slapiValue", type & 1);
				tk_inner_emit_name(e, "slapi", slapi_names, NULL, "unknown", type & 1);
			} else {
				tk_emit_kv_long(e, "value", type & 0x0f);
			}
			tk_emit_close(e, 0);
			i++;
			continue;
		}
		tk_emit_kv_long(e, "typeValue", type);
		tk_inner_emit_name(e, "type", slaa_param_names, NULL, "unknown", type);
		ll = (type & 0xf0) == 0x70 ? 2 : 1;
		if (n - i - 1 < ll) {
			tk_inner_fail(&er, i, "parameter 0x%02x without its length", type);
			tk_emit_close(e, 0);
			break;
		}
		len = ll == 2 ? (size_t)p[i + 1] << 8 | p[i + 2] : p[i + 1];
		if (len > n - i - 1 - ll) {
			tk_inner_fail(&er, i + 1, "parameter 0x%02x of length %zu, %zu octets follow",
				      type, len, n - i - 1 - ll);
			tk_emit_close(e, 0);
			break;
		}
		slaa_param(e, type, p + i + 1 + ll, len, i + 1 + ll, &er);
		tk_emit_close(e, 0);
		i += 1 + ll + len;
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* ---- 5GS mobility management messages (8.2) --------------------------------------------- */

/* 9.7 Table 9.7.1 Message types for 5GS mobility management */
static const struct tk_value_string mm_msg_names[] = {
	{ 0x41, "REGISTRATION REQUEST" },
	{ 0x42, "REGISTRATION ACCEPT" },
	{ 0x43, "REGISTRATION COMPLETE" },
	{ 0x44, "REGISTRATION REJECT" },
	{ 0x45, "DEREGISTRATION REQUEST (UE originating de-registration)" },
	{ 0x46, "DEREGISTRATION ACCEPT (UE originating de-registration)" },
	{ 0x47, "DEREGISTRATION REQUEST (UE terminated de-registration)" },
	{ 0x48, "DEREGISTRATION ACCEPT (UE terminated de-registration)" },
	{ 0x4c, "SERVICE REQUEST" },
	{ 0x4d, "SERVICE REJECT" },
	{ 0x4e, "SERVICE ACCEPT" },
	{ 0x4f, "CONTROL PLANE SERVICE REQUEST" },
	{ 0x50, "NETWORK SLICE-SPECIFIC AUTHENTICATION COMMAND" },
	{ 0x51, "NETWORK SLICE-SPECIFIC AUTHENTICATION COMPLETE" },
	{ 0x52, "NETWORK SLICE-SPECIFIC AUTHENTICATION RESULT" },
	{ 0x54, "CONFIGURATION UPDATE COMMAND" },
	{ 0x55, "CONFIGURATION UPDATE COMPLETE" },
	{ 0x56, "AUTHENTICATION REQUEST" },
	{ 0x57, "AUTHENTICATION RESPONSE" },
	{ 0x58, "AUTHENTICATION REJECT" },
	{ 0x59, "AUTHENTICATION FAILURE" },
	{ 0x5a, "AUTHENTICATION RESULT" },
	{ 0x5b, "IDENTITY REQUEST" },
	{ 0x5c, "IDENTITY RESPONSE" },
	{ 0x5d, "SECURITY MODE COMMAND" },
	{ 0x5e, "SECURITY MODE COMPLETE" },
	{ 0x5f, "SECURITY MODE REJECT" },
	{ 0x64, "5GMM STATUS" },
	{ 0x65, "NOTIFICATION" },
	{ 0x66, "NOTIFICATION RESPONSE" },
	{ 0x67, "UL NAS TRANSPORT" },
	{ 0x68, "DL NAS TRANSPORT" },
	{ 0, NULL }
};

/* optional elements by message (the tables of 8.2) */
static const struct tk_nas_ie ies_none[] = { IE_END };

#define IE_EAP TLVE(0x78, "EAP message", tk_emit_eap)
#define IE_FORBIDDEN_TAIS \
	TLV(0x1d, "Forbidden TAI(s) for the list of \"5GS forbidden tracking areas for roaming\"", \
	    tk_emit_5gs_tai_list), \
	TLV(0x1e, "Forbidden TAI(s) for the list of \"5GS forbidden tracking areas for regional " \
	    "provision of service\"", tk_emit_5gs_tai_list)

static const struct tk_nas_ie ies_registration_request[] = {	/* 8.2.6 */
	TV1(0xc0, "Non-current native NAS key set identifier", val_ngksi),
	TLV(0x10, "5GMM capability", val_mm_capability),
	TLV(0x2e, "UE security capability", val_ue_security_capability),
	TLV(0x2f, "Requested NSSAI", tk_emit_nssai),
	TV(0x52, 7, "Last visited registered TAI", val_tai),
	TLV(0x17, "S1 UE network capability", tk_emit_ue_network_capability),
	TLV(0x40, "Uplink data status", val_psi_bitmap),
	TLV(0x50, "PDU session status", val_psi_bitmap),
	TV1(0xb0, "MICO indication", val_mico),
	TLV(0x2b, "UE status", tk_emit_ue_status),
	TLVE(0x77, "Additional GUTI", tk_emit_5gs_mobile_identity),
	TLV(0x25, "Allowed PDU session status", val_psi_bitmap),
	TLV(0x18, "UE's usage setting", val_usage_setting),
	TLV(0x51, "Requested DRX parameters", val_drx),
	{ 0x70, TK_NAS_TLVE, 0, K_NASEPS, "EPS NAS message container", NULL },
	TLVE(0x74, "LADN indication", val_ladn_indication),
	{ 0x80, TK_NAS_TV1, 1, K_PCT, "Payload container type", val_payload_type },
	{ 0x7b, TK_NAS_TLVE, 0, K_PAYLOAD, "Payload container", NULL },
	TV1(0x90, "Network slicing indication", val_slicing_indication),
	TLV(0x53, "5GS update type", val_update_type),
	TLV(0x41, "Mobile station classmark 2", tk_emit_ms_classmark2),
	TLV(0x42, "Supported codecs", tk_emit_supported_codec_list_24008),
	{ 0x71, TK_NAS_TLVE, 0, K_NAS5GS, "NAS message container", NULL },
	TLV(0x60, "EPS bearer context status", tk_emit_eps_bearer_context_status),
	TLV(0x6e, "Requested extended DRX parameters", tk_emit_extended_drx_24008),
	TLV(0x6a, "T3324 value", val_timer3),
	TLV(0x67, "UE radio capability ID", tk_emit_ue_radio_capability_id),
	TLV(0x35, "Requested mapped NSSAI", tk_emit_nssai),
	TLV(0x48, "Additional information requested", tk_emit_additional_information_requested),
	TLV(0x1a, "Requested WUS assistance information", val_wus_assistance),
	TV1(0xa0, "N5GC indication", val_n5gc),
	TLV(0x30, "Requested NB-N1 mode DRX parameters", val_nb_n1_drx),
	TLV(0x29, "UE request type", val_ue_request_type),
	TLV(0x28, "Paging restriction", val_paging_restriction),
	TLVE(0x72, "Service-level-AA container", val_slaa_container),
	TLV(0x32, "NID", val_nid),
	TLV(0x16, "MS determined PLMN with disaster condition", val_plmn_identity),
	TLV(0x2a, "Requested PEIPS assistance information", val_peips_assistance),
	TLV(0x3b, "Requested T3512 value", val_timer3),
	IE_END
};

static const struct tk_nas_ie ies_registration_accept[] = {	/* 8.2.7 */
	TLVE(0x77, "5G-GUTI", tk_emit_5gs_mobile_identity),
	TLV(0x4a, "Equivalent PLMNs", tk_emit_plmn_list_24008),
	TLV(0x54, "TAI list", tk_emit_5gs_tai_list),
	TLV(0x15, "Allowed NSSAI", tk_emit_nssai),
	TLV(0x11, "Rejected NSSAI", val_rejected_nssai),
	TLV(0x31, "Configured NSSAI", tk_emit_nssai),
	TLV(0x21, "5GS network feature support", val_network_feature_support),
	TLV(0x50, "PDU session status", val_psi_bitmap),
	TLV(0x26, "PDU session reactivation result", val_psi_bitmap),
	TLVE(0x72, "PDU session reactivation result error cause", val_reactivation_error_cause),
	TLVE(0x79, "LADN information", val_ladn_information),
	TV1(0xb0, "MICO indication", val_mico),
	TV1(0x90, "Network slicing indication", val_slicing_indication),
	TLV(0x27, "Service area list", val_service_area_list),
	TLV(0x5e, "T3512 value", val_timer3),
	TLV(0x5d, "Non-3GPP de-registration timer value", val_timer),
	TLV(0x16, "T3502 value", val_timer),
	TLV(0x34, "Emergency number list", tk_emit_emergency_number_list_24008),
	TLVE(0x7a, "Extended emergency number list", tk_emit_extended_emergency_number_list),
	TLVE(0x73, "SOR transparent container", val_sor_container),
	IE_EAP,
	TV1(0xa0, "NSSAI inclusion mode", val_nssai_inclusion),
	TLVE(0x76, "Operator-defined access category definitions", val_access_categories),
	TLV(0x51, "Negotiated DRX parameters", val_drx),
	TV1(0xd0, "Non-3GPP NW policies", val_n3gpp_policies),
	TLV(0x60, "EPS bearer context status", tk_emit_eps_bearer_context_status),
	TLV(0x6e, "Negotiated extended DRX parameters", tk_emit_extended_drx_24008),
	TLV(0x6c, "T3447 value", val_timer3),
	TLV(0x6b, "T3448 value", val_timer),
	TLV(0x6a, "T3324 value", val_timer3),
	TLV(0x67, "UE radio capability ID", tk_emit_ue_radio_capability_id),
	TV1(0xe0, "UE radio capability ID deletion indication", val_radio_id_deletion),
	TLV(0x39, "Pending NSSAI", tk_emit_nssai),
	TLVE(0x74, "Ciphering key data", val_ciphering_key_data),
	TLVE(0x75, "CAG information list", val_cag_information_list),
	TLV(0x1b, "Truncated 5G-S-TMSI configuration", val_truncated_tmsi),
	TLV(0x1c, "Negotiated WUS assistance information", val_wus_assistance),
	TLV(0x29, "Negotiated NB-N1 mode DRX parameters", val_nb_n1_drx),
	TLV(0x68, "Extended rejected NSSAI", val_extended_rejected_nssai),
	TLVE(0x7b, "Service-level-AA container", val_slaa_container),
	TLV(0x33, "Negotiated PEIPS assistance information", val_peips_assistance),
	TLV(0x35, "5GS additional request result", val_additional_request_result),
	TLVE(0x70, "NSSRG information", NULL),
	TLV(0x14, "Disaster roaming wait range", val_wait_range),
	TLV(0x2c, "Disaster return wait range", val_wait_range),
	TLV(0x13, "List of PLMNs to be used in disaster condition", val_disaster_plmns),
	IE_FORBIDDEN_TAIS,
	TLVE(0x71, "Extended CAG information list", NULL),
	TLVE(0x7c, "NSAG information", NULL),
	IE_END
};

static const struct tk_nas_ie ies_registration_complete[] = {	/* 8.2.8 */
	TLVE(0x73, "SOR transparent container", val_sor_container),
	IE_END
};

static const struct tk_nas_ie ies_registration_reject[] = {	/* 8.2.9 */
	TLV(0x5f, "T3346 value", val_timer),
	TLV(0x16, "T3502 value", val_timer),
	IE_EAP,
	TLV(0x69, "Rejected NSSAI", val_rejected_nssai),
	TLVE(0x75, "CAG information list", val_cag_information_list),
	TLV(0x68, "Extended rejected NSSAI", val_extended_rejected_nssai),
	TLV(0x2c, "Disaster return wait range", val_wait_range),
	TLVE(0x71, "Extended CAG information list", NULL),
	TLV(0x3a, "Lower bound timer value", val_timer3),
	IE_FORBIDDEN_TAIS,
	IE_END
};

static const struct tk_nas_ie ies_deregistration_to_ue[] = {	/* 8.2.14 */
	TV(0x58, 2, "5GMM cause", val_mm_cause),
	TLV(0x5f, "T3346 value", val_timer),
	TLV(0x6d, "Rejected NSSAI", val_rejected_nssai),
	TLVE(0x75, "CAG information list", val_cag_information_list),
	TLV(0x68, "Extended rejected NSSAI", val_extended_rejected_nssai),
	TLV(0x2c, "Disaster return wait range", val_wait_range),
	TLVE(0x71, "Extended CAG information list", NULL),
	TLV(0x3a, "Lower bound timer value", val_timer3),
	IE_FORBIDDEN_TAIS,
	IE_END
};

static const struct tk_nas_ie ies_service_request[] = {	/* 8.2.16 */
	TLV(0x40, "Uplink data status", val_psi_bitmap),
	TLV(0x50, "PDU session status", val_psi_bitmap),
	TLV(0x25, "Allowed PDU session status", val_psi_bitmap),
	{ 0x71, TK_NAS_TLVE, 0, K_NAS5GS, "NAS message container", NULL },
	TLV(0x29, "UE request type", val_ue_request_type),
	TLV(0x28, "Paging restriction", val_paging_restriction),
	IE_END
};

static const struct tk_nas_ie ies_service_accept[] = {	/* 8.2.17 */
	TLV(0x50, "PDU session status", val_psi_bitmap),
	TLV(0x26, "PDU session reactivation result", val_psi_bitmap),
	TLVE(0x72, "PDU session reactivation result error cause", val_reactivation_error_cause),
	IE_EAP,
	TLV(0x6b, "T3448 value", val_timer),
	TLV(0x34, "5GS additional request result", val_additional_request_result),
	IE_FORBIDDEN_TAIS,
	IE_END
};

static const struct tk_nas_ie ies_service_reject[] = {	/* 8.2.18 */
	TLV(0x50, "PDU session status", val_psi_bitmap),
	TLV(0x5f, "T3346 value", val_timer),
	IE_EAP,
	TLV(0x6b, "T3448 value", val_timer),
	TLVE(0x75, "CAG information list", val_cag_information_list),
	TLV(0x2c, "Disaster return wait range", val_wait_range),
	TLVE(0x71, "Extended CAG information list", NULL),
	TLV(0x3a, "Lower bound timer value", val_timer3),
	IE_FORBIDDEN_TAIS,
	IE_END
};

static const struct tk_nas_ie ies_configuration_update_command[] = {	/* 8.2.19 */
	TV1(0xd0, "Configuration update indication", val_config_update_indication),
	TLVE(0x77, "5G-GUTI", tk_emit_5gs_mobile_identity),
	TLV(0x54, "TAI list", tk_emit_5gs_tai_list),
	TLV(0x15, "Allowed NSSAI", tk_emit_nssai),
	TLV(0x27, "Service area list", val_service_area_list),
	TLV(0x43, "Full name for network", tk_emit_network_name_24008),
	TLV(0x45, "Short name for network", tk_emit_network_name_24008),
	TV(0x46, 2, "Local time zone", tk_emit_time_zone_24008),
	TV(0x47, 8, "Universal time and local time zone", tk_emit_time_and_zone_24008),
	TLV(0x49, "Network daylight saving time", tk_emit_daylight_saving_time_24008),
	TLVE(0x79, "LADN information", val_ladn_information),
	TV1(0xb0, "MICO indication", val_mico),
	TV1(0x90, "Network slicing indication", val_slicing_indication),
	TLV(0x31, "Configured NSSAI", tk_emit_nssai),
	TLV(0x11, "Rejected NSSAI", val_rejected_nssai),
	TLVE(0x76, "Operator-defined access category definitions", val_access_categories),
	TV1(0xf0, "SMS indication", val_sms_indication),
	TLV(0x6c, "T3447 value", val_timer3),
	TLVE(0x75, "CAG information list", val_cag_information_list),
	TLV(0x67, "UE radio capability ID", tk_emit_ue_radio_capability_id),
	TV1(0xa0, "UE radio capability ID deletion indication", val_radio_id_deletion),
	TLV(0x44, "5GS registration result", val_registration_result),
	TLV(0x1b, "Truncated 5G-S-TMSI configuration", val_truncated_tmsi),
	TV1(0xc0, "Additional configuration indication", val_additional_config),
	TLV(0x68, "Extended rejected NSSAI", val_extended_rejected_nssai),
	TLVE(0x72, "Service-level-AA container", val_slaa_container),
	TLVE(0x70, "NSSRG information", NULL),
	TLV(0x14, "Disaster roaming wait range", val_wait_range),
	TLV(0x2c, "Disaster return wait range", val_wait_range),
	TLV(0x13, "List of PLMNs to be used in disaster condition", val_disaster_plmns),
	TLVE(0x71, "Extended CAG information list", NULL),
	TLV(0x1f, "Updated PEIPS assistance information", val_peips_assistance),
	TLVE(0x73, "NSAG information", NULL),
	TV1(0xe0, "Priority indicator", val_priority_indicator),
	IE_END
};

static const struct tk_nas_ie ies_authentication_request[] = {	/* 8.2.1 */
	TV(0x21, 17, "Authentication parameter RAND (5G authentication challenge)", val_rand),
	TLV(0x20, "Authentication parameter AUTN (5G authentication challenge)", val_autn),
	IE_EAP,
	IE_END
};

static const struct tk_nas_ie ies_authentication_response[] = {	/* 8.2.2 */
	TLV(0x2d, "Authentication response parameter", val_res_star),
	IE_EAP,
	IE_END
};

static const struct tk_nas_ie ies_eap_only[] = {	/* 8.2.5 AUTHENTICATION REJECT */
	IE_EAP,
	IE_END
};

static const struct tk_nas_ie ies_authentication_failure[] = {	/* 8.2.4 */
	TLV(0x30, "Authentication failure parameter", val_auts),
	IE_END
};

static const struct tk_nas_ie ies_authentication_result[] = {	/* 8.2.3 */
	TLV(0x38, "ABBA", val_abba),
	IE_END
};

static const struct tk_nas_ie ies_security_mode_command[] = {	/* 8.2.25 */
	TV1(0xe0, "IMEISV request", val_imeisv_request),
	TV(0x57, 2, "Selected EPS NAS security algorithms", val_eps_algorithms),
	TLV(0x36, "Additional 5G security information", val_additional_security),
	IE_EAP,
	TLV(0x38, "ABBA", val_abba),
	TLV(0x19, "Replayed S1 UE security capabilities", tk_emit_ue_security_capability),
	IE_END
};

static const struct tk_nas_ie ies_security_mode_complete[] = {	/* 8.2.26 */
	TLVE(0x77, "IMEISV", tk_emit_5gs_mobile_identity),
	{ 0x71, TK_NAS_TLVE, 0, K_NAS5GS, "NAS message container", NULL },
	TLVE(0x78, "non-IMEISV PEI", tk_emit_5gs_mobile_identity),
	IE_END
};

static const struct tk_nas_ie ies_ul_nas_transport[] = {	/* 8.2.10 */
	TV(0x12, 2, "PDU session ID", val_psi),
	TV(0x59, 2, "Old PDU session ID", val_psi),
	TV1(0x80, "Request type", val_request_type),
	TLV(0x22, "S-NSSAI", val_snssai),
	TLV(0x25, "DNN", val_dnn),
	TLV(0x24, "Additional information", NULL),
	TV1(0xa0, "MA PDU session information", val_ma_pdu_information),
	TV1(0xf0, "Release assistance indication", val_release_assistance),
	IE_END
};

static const struct tk_nas_ie ies_dl_nas_transport[] = {	/* 8.2.11 */
	TV(0x12, 2, "PDU session ID", val_psi),
	TLV(0x24, "Additional information", NULL),
	TV(0x58, 2, "5GMM cause", val_mm_cause),
	TLV(0x37, "Back-off timer value", val_timer3),
	TLV(0x3a, "Lower bound timer value", val_timer3),
	IE_END
};

static const struct tk_nas_ie ies_notification_response[] = {	/* 8.2.24 */
	TLV(0x50, "PDU session status", val_psi_bitmap),
	IE_END
};

static const struct tk_nas_ie ies_cp_service_request[] = {	/* 8.2.30 */
	TLV(0x6f, "CIoT small data container", val_ciot_small_data),
	{ 0x80, TK_NAS_TV1, 1, K_PCT, "Payload container type", val_payload_type },
	{ 0x7b, TK_NAS_TLVE, 0, K_PAYLOAD, "Payload container", NULL },
	TV(0x12, 2, "PDU session ID", val_psi),
	TLV(0x50, "PDU session status", val_psi_bitmap),
	TV1(0xf0, "Release assistance indication", val_release_assistance),
	TLV(0x40, "Uplink data status", val_psi_bitmap),
	{ 0x71, TK_NAS_TLVE, 0, K_NAS5GS, "NAS message container", NULL },
	TLV(0x24, "Additional information", NULL),
	TLV(0x25, "Allowed PDU session status", val_psi_bitmap),
	TLV(0x29, "UE request type", val_ue_request_type),
	TLV(0x28, "Paging restriction", val_paging_restriction),
	IE_END
};

/* a half octet V element pair: the octet, both halves to the caller */
static const uint8_t *v_halves(struct tk_nas *m, const char *what)
{
	return tk_nas_take_v(m, 1, what);
}

static int mm_body(struct tk_nas *m, unsigned mt)
{
	struct tk_emitter *e = m->e;
	const struct tk_nas_ie *ies = ies_none;
	const uint8_t *v;

	switch (mt) {
	case 0x41:	/* 8.2.6 REGISTRATION REQUEST: 5GS registration type (bits 4-1), ngKSI
			 * (bits 8-5), 5GS mobile identity (LV-E) */
		if ((v = v_halves(m, "5GS registration type and ngKSI"))) {
			tk_emit_kv_bool(e, "followOnRequestPending", v[0] & 0x08);
			tk_emit_kv_long(e, "registrationTypeValue", v[0] & 7);
			tk_inner_emit_name(e, "registrationType", registration_type_names, NULL,
					   "unused, interpreted as initial registration", v[0] & 7);
			emit_ngksi(e, v[0] >> 4);
		}
		lv(m, "mobileIdentity", "5GS mobile identity", 1, tk_emit_5gs_mobile_identity, 0);
		ies = ies_registration_request;
		break;
	case 0x42:	/* 8.2.7 REGISTRATION ACCEPT */
		lv(m, "registrationResult", "5GS registration result", 0, val_registration_result, 0);
		ies = ies_registration_accept;
		break;
	case 0x43:	/* 8.2.8 REGISTRATION COMPLETE */
		ies = ies_registration_complete;
		break;
	case 0x44:	/* 8.2.9 REGISTRATION REJECT */
		v_cause(m, &mm_cause);
		ies = ies_registration_reject;
		break;
	case 0x45:	/* 8.2.12 DEREGISTRATION REQUEST (UE originating): de-registration type
			 * (bits 4-1), ngKSI (bits 8-5), 5GS mobile identity */
		if ((v = v_halves(m, "de-registration type and ngKSI"))) {
			emit_deregistration_type(e, v[0] & 0x0f, 1);
			emit_ngksi(e, v[0] >> 4);
		}
		lv(m, "mobileIdentity", "5GS mobile identity", 1, tk_emit_5gs_mobile_identity, 0);
		break;
	case 0x46:	/* 8.2.13 DEREGISTRATION ACCEPT (UE originating) */
	case 0x48:	/* 8.2.15 DEREGISTRATION ACCEPT (UE terminated) */
	case 0x55:	/* 8.2.20 CONFIGURATION UPDATE COMPLETE */
		break;
	case 0x47:	/* 8.2.14 DEREGISTRATION REQUEST (UE terminated): de-registration type,
			 * spare half octet */
		if ((v = v_halves(m, "de-registration type")))
			emit_deregistration_type(e, v[0] & 0x0f, 0);
		ies = ies_deregistration_to_ue;
		break;
	case 0x4c:	/* 8.2.16 SERVICE REQUEST: ngKSI (bits 4-1), service type (bits 8-5),
			 * 5G-S-TMSI (LV-E) */
		if ((v = v_halves(m, "ngKSI and service type"))) {
			emit_ngksi(e, v[0] & 0x0f);
			tk_emit_kv_long(e, "serviceTypeValue", v[0] >> 4);
			tk_inner_emit_name(e, "serviceType", service_type_names, NULL,
					   "unused, interpreted as signalling", v[0] >> 4);
		}
		lv(m, "fiveGSTmsi", "5G-S-TMSI", 1, tk_emit_5gs_mobile_identity, 0);
		ies = ies_service_request;
		break;
	case 0x4d:	/* 8.2.18 SERVICE REJECT */
		v_cause(m, &mm_cause);
		ies = ies_service_reject;
		break;
	case 0x4e:	/* 8.2.17 SERVICE ACCEPT */
		ies = ies_service_accept;
		break;
	case 0x4f:	/* 8.2.30 CONTROL PLANE SERVICE REQUEST: control plane service type
			 * (bits 4-1), ngKSI (bits 8-5) */
		if ((v = v_halves(m, "control plane service type and ngKSI"))) {
			tk_emit_kv_long(e, "controlPlaneServiceTypeValue", v[0] & 7);
			tk_inner_emit_name(e, "controlPlaneServiceType", cp_service_type_names, NULL,
					   "unused, interpreted as mobile originating request", v[0] & 7);
			emit_ngksi(e, v[0] >> 4);
		}
		ies = ies_cp_service_request;
		break;
	case 0x50:	/* 8.2.31 NSSAA COMMAND, 8.2.32 COMPLETE, 8.2.33 RESULT: S-NSSAI (LV),
			 * EAP message (LV-E) */
	case 0x51:
	case 0x52:
		lv(m, "sNssai", "S-NSSAI", 0, val_snssai, 0);
		lv(m, "eapMessage", "EAP message", 1, tk_emit_eap, 0);
		break;
	case 0x54:	/* 8.2.19 CONFIGURATION UPDATE COMMAND */
		ies = ies_configuration_update_command;
		break;
	case 0x56:	/* 8.2.1 AUTHENTICATION REQUEST: ngKSI, spare half octet, ABBA (LV) */
		if ((v = v_halves(m, "ngKSI")))
			emit_ngksi(e, v[0] & 0x0f);
		lv(m, "abba", "ABBA", 0, val_abba, 0);
		ies = ies_authentication_request;
		break;
	case 0x57:	/* 8.2.2 AUTHENTICATION RESPONSE */
		ies = ies_authentication_response;
		break;
	case 0x58:	/* 8.2.5 AUTHENTICATION REJECT */
		ies = ies_eap_only;
		break;
	case 0x59:	/* 8.2.4 AUTHENTICATION FAILURE */
		v_cause(m, &mm_cause);
		ies = ies_authentication_failure;
		break;
	case 0x5a:	/* 8.2.3 AUTHENTICATION RESULT: ngKSI, spare half octet, EAP message */
		if ((v = v_halves(m, "ngKSI")))
			emit_ngksi(e, v[0] & 0x0f);
		lv(m, "eapMessage", "EAP message", 1, tk_emit_eap, 0);
		ies = ies_authentication_result;
		break;
	case 0x5b:	/* 8.2.21 IDENTITY REQUEST: identity type (bits 3-1), spare half octet */
		if ((v = v_halves(m, "identity type")))
			val_identity_type(e, v[0] & 7);
		break;
	case 0x5c:	/* 8.2.22 IDENTITY RESPONSE */
		lv(m, "mobileIdentity", "mobile identity", 1, tk_emit_5gs_mobile_identity, 0);
		break;
	case 0x5d:	/* 8.2.25 SECURITY MODE COMMAND: selected NAS security algorithms, ngKSI,
			 * spare half octet, replayed UE security capabilities (LV) */
		if ((v = tk_nas_take_v(m, 1, "selected NAS security algorithms")))
			emit_algorithms(e, v[0]);
		if ((v = v_halves(m, "ngKSI")))
			emit_ngksi(e, v[0] & 0x0f);
		lv(m, "replayedUeSecurityCapabilities", "replayed UE security capabilities", 0,
		   val_ue_security_capability, 0);
		ies = ies_security_mode_command;
		break;
	case 0x5e:	/* 8.2.26 SECURITY MODE COMPLETE */
		ies = ies_security_mode_complete;
		break;
	case 0x5f:	/* 8.2.27 SECURITY MODE REJECT */
	case 0x64:	/* 8.2.29 5GMM STATUS */
		v_cause(m, &mm_cause);
		break;
	case 0x65:	/* 8.2.23 NOTIFICATION: access type (bits 2-1), spare half octet */
		if ((v = v_halves(m, "access type"))) {
			tk_emit_kv_long(e, "accessTypeValue", v[0] & 3);
			tk_inner_emit_name(e, "accessType", tk_5gs_access_type_names, NULL, "reserved",
					   v[0] & 3);
		}
		break;
	case 0x66:	/* 8.2.24 NOTIFICATION RESPONSE */
		ies = ies_notification_response;
		break;
	case 0x67:	/* 8.2.10 UL NAS TRANSPORT: payload container type (bits 4-1), spare half
			 * octet, payload container (LV-E) */
	case 0x68:	/* 8.2.11 DL NAS TRANSPORT: the same */
		if ((v = v_halves(m, "payload container type"))) {
			m->aux = v[0] & 0x0f;
			tk_emit_kv_long(e, "payloadContainerTypeValue", m->aux);
			tk_inner_emit_name(e, "payloadContainerType", payload_type_names, NULL,
					   "reserved", m->aux);
		}
		lv(m, "payloadContainer", "payload container", 1, NULL, K_PAYLOAD);
		ies = mt == 0x67 ? ies_ul_nas_transport : ies_dl_nas_transport;
		break;
	default:
		return 0;
	}
	opt_ies(m, ies);
	return 1;
}

/* ---- 5GS session management messages (8.3) ----------------------------------------------- */

/* 9.7 Table 9.7.2 Message types for 5GS session management */
static const struct tk_value_string sm_msg_names[] = {
	{ 0xc1, "PDU SESSION ESTABLISHMENT REQUEST" },
	{ 0xc2, "PDU SESSION ESTABLISHMENT ACCEPT" },
	{ 0xc3, "PDU SESSION ESTABLISHMENT REJECT" },
	{ 0xc5, "PDU SESSION AUTHENTICATION COMMAND" },
	{ 0xc6, "PDU SESSION AUTHENTICATION COMPLETE" },
	{ 0xc7, "PDU SESSION AUTHENTICATION RESULT" },
	{ 0xc9, "PDU SESSION MODIFICATION REQUEST" },
	{ 0xca, "PDU SESSION MODIFICATION REJECT" },
	{ 0xcb, "PDU SESSION MODIFICATION COMMAND" },
	{ 0xcc, "PDU SESSION MODIFICATION COMPLETE" },
	{ 0xcd, "PDU SESSION MODIFICATION COMMAND REJECT" },
	{ 0xd1, "PDU SESSION RELEASE REQUEST" },
	{ 0xd2, "PDU SESSION RELEASE REJECT" },
	{ 0xd3, "PDU SESSION RELEASE COMMAND" },
	{ 0xd4, "PDU SESSION RELEASE COMPLETE" },
	{ 0xd6, "5GSM STATUS" },
	{ 0xd8, "SERVICE-LEVEL AUTHENTICATION COMMAND" },
	{ 0xd9, "SERVICE-LEVEL AUTHENTICATION COMPLETE" },
	{ 0xda, "REMOTE UE REPORT" },
	{ 0xdb, "REMOTE UE REPORT RESPONSE" },
	{ 0, NULL }
};

#define IE_EPCO TLVE(0x7b, "Extended protocol configuration options", tk_emit_pco_24008)
#define IE_SLAA TLVE(0x72, "Service-level-AA container", val_slaa_container)

static const struct tk_nas_ie ies_establishment_request[] = {	/* 8.3.1 */
	TV1(0x90, "PDU session type", val_pdu_session_type),
	TV1(0xa0, "SSC mode", val_ssc_mode),
	TLV(0x28, "5GSM capability", val_sm_capability),
	TV(0x55, 3, "Maximum number of supported packet filters", val_max_packet_filters),
	TV1(0xb0, "Always-on PDU session requested", val_apsr),
	TLV(0x39, "SM PDU DN request container", val_sm_pdu_dn_request),
	IE_EPCO,
	TLV(0x66, "IP header compression configuration", tk_emit_header_compression_configuration),
	TLV(0x6e, "DS-TT Ethernet port MAC address", val_ds_tt_mac),
	TLV(0x6f, "UE-DS-TT residence time", val_ue_ds_tt_residence_time),
	TLVE(0x74, "Port management information container", NULL),
	TLV(0x1f, "Ethernet header compression configuration", val_ehc_configuration),
	TLV(0x29, "Suggested interface identifier", val_pdu_address),
	IE_SLAA,
	TLVE(0x70, "Requested MBS container", NULL),
	TLV(0x34, "PDU session pair ID", val_pdu_session_pair_id),
	TLV(0x35, "RSN", val_rsn),
	IE_END
};

static const struct tk_nas_ie ies_establishment_accept[] = {	/* 8.3.2 */
	TV(0x59, 2, "5GSM cause", val_sm_cause),
	TLV(0x29, "PDU address", val_pdu_address),
	TV(0x56, 2, "RQ timer value", val_timer),
	TLV(0x22, "S-NSSAI", val_snssai),
	TV1(0x80, "Always-on PDU session indication", val_apsi),
	TLVE(0x75, "Mapped EPS bearer contexts", val_mapped_eps_bearers),
	IE_EAP,
	TLVE(0x79, "Authorized QoS flow descriptions", val_qos_flows),
	IE_EPCO,
	TLV(0x25, "DNN", val_dnn),
	TLV(0x17, "5GSM network feature support", val_sm_network_feature_support),
	TLV(0x18, "Serving PLMN rate control", tk_emit_serving_plmn_rate_control),
	TLVE(0x77, "ATSSS container", NULL),
	TV1(0xc0, "Control plane only indication", val_cpoi),
	TLV(0x66, "IP header compression configuration", tk_emit_header_compression_configuration),
	TLV(0x1f, "Ethernet header compression configuration", val_ehc_configuration),
	IE_SLAA,
	TLVE(0x71, "Received MBS container", NULL),
	IE_END
};

static const struct tk_nas_ie ies_establishment_reject[] = {	/* 8.3.3 */
	TLV(0x37, "Back-off timer value", val_timer3),
	TV1(0xf0, "Allowed SSC mode", val_allowed_ssc),
	IE_EAP,
	TLV(0x61, "5GSM congestion re-attempt indicator", val_congestion_reattempt),
	IE_EPCO,
	TLV(0x1d, "Re-attempt indicator", tk_emit_reattempt_indicator),
	IE_SLAA,
	IE_END
};

static const struct tk_nas_ie ies_authentication_command[] = {	/* 8.3.4, 8.3.5 */
	IE_EPCO,
	IE_END
};

static const struct tk_nas_ie ies_sm_authentication_result[] = {	/* 8.3.6 */
	IE_EAP,
	IE_EPCO,
	IE_END
};

static const struct tk_nas_ie ies_modification_request[] = {	/* 8.3.7 */
	TLV(0x28, "5GSM capability", val_sm_capability),
	TV(0x59, 2, "5GSM cause", val_sm_cause),
	TV(0x55, 3, "Maximum number of supported packet filters", val_max_packet_filters),
	TV1(0xb0, "Always-on PDU session requested", val_apsr),
	TV(0x13, 3, "Integrity protection maximum data rate", val_ip_max_rates),
	TLVE(0x7a, "Requested QoS rules", val_qos_rules),
	TLVE(0x79, "Requested QoS flow descriptions", val_qos_flows),
	TLVE(0x75, "Mapped EPS bearer contexts", val_mapped_eps_bearers),
	IE_EPCO,
	TLVE(0x74, "Port management information container", NULL),
	TLV(0x66, "IP header compression configuration", tk_emit_header_compression_configuration),
	TLV(0x1f, "Ethernet header compression configuration", val_ehc_configuration),
	TLVE(0x70, "Requested MBS container", NULL),
	IE_SLAA,
	IE_END
};

static const struct tk_nas_ie ies_modification_reject[] = {	/* 8.3.8 */
	TLV(0x37, "Back-off timer value", val_timer3),
	TLV(0x61, "5GSM congestion re-attempt indicator", val_congestion_reattempt),
	IE_EPCO,
	TLV(0x1d, "Re-attempt indicator", tk_emit_reattempt_indicator),
	IE_END
};

static const struct tk_nas_ie ies_modification_command[] = {	/* 8.3.9 */
	TV(0x59, 2, "5GSM cause", val_sm_cause),
	TLV(0x2a, "Session-AMBR", val_session_ambr),
	TV(0x56, 2, "RQ timer value", val_timer),
	TV1(0x80, "Always-on PDU session indication", val_apsi),
	TLVE(0x7a, "Authorized QoS rules", val_qos_rules),
	TLVE(0x75, "Mapped EPS bearer contexts", val_mapped_eps_bearers),
	TLVE(0x79, "Authorized QoS flow descriptions", val_qos_flows),
	IE_EPCO,
	TLVE(0x77, "ATSSS container", NULL),
	TLV(0x66, "IP header compression configuration", tk_emit_header_compression_configuration),
	TLVE(0x74, "Port management information container", NULL),
	TLV(0x1e, "Serving PLMN rate control", tk_emit_serving_plmn_rate_control),
	TLV(0x1f, "Ethernet header compression configuration", val_ehc_configuration),
	TLVE(0x71, "Received MBS container", NULL),
	IE_SLAA,
	IE_END
};

static const struct tk_nas_ie ies_modification_complete[] = {	/* 8.3.10 */
	IE_EPCO,
	TLVE(0x74, "Port management information container", NULL),
	IE_END
};

static const struct tk_nas_ie ies_cause_epco[] = {	/* 8.3.11, 8.3.12, 8.3.13, 8.3.15 */
	TV(0x59, 2, "5GSM cause", val_sm_cause),
	IE_EPCO,
	IE_END
};

static const struct tk_nas_ie ies_release_command[] = {	/* 8.3.14 */
	TLV(0x37, "Back-off timer value", val_timer3),
	IE_EAP,
	TLV(0x61, "5GSM congestion re-attempt indicator", val_congestion_reattempt),
	IE_EPCO,
	TV1(0xd0, "Access type", val_access_type),
	IE_SLAA,
	IE_END
};

static const struct tk_nas_ie ies_remote_ue_report[] = {	/* 8.3.19 */
	TLVE(0x76, "Remote UE context connected", NULL),
	TLVE(0x70, "Remote UE context disconnected", NULL),
	IE_END
};

static int sm_body(struct tk_nas *m, unsigned mt)
{
	const struct tk_nas_ie *ies = ies_none;
	const uint8_t *v;

	switch (mt) {
	case 0xc1:	/* 8.3.1 PDU SESSION ESTABLISHMENT REQUEST */
		if ((v = tk_nas_take_v(m, 2, "integrity protection maximum data rate")))
			emit_ip_max_rates(m->e, v);
		ies = ies_establishment_request;
		break;
	case 0xc2:	/* 8.3.2 PDU SESSION ESTABLISHMENT ACCEPT: selected PDU session type (bits
			 * 3-1), selected SSC mode (bits 7-5), authorized QoS rules (LV-E),
			 * session-AMBR (LV) */
		if ((v = v_halves(m, "selected PDU session type and SSC mode"))) {
			tk_emit_kv_long(m->e, "pduSessionTypeValue", v[0] & 7);
			tk_inner_emit_name(m->e, "pduSessionType", tk_5gs_pdu_session_type_names, NULL,
					   "unused, interpreted as IPv4v6", v[0] & 7);
			emit_ssc_mode(m->e, v[0] >> 4);
		}
		lv(m, "authorizedQosRules", "authorized QoS rules", 1, val_qos_rules, 0);
		lv(m, "sessionAmbr", "session-AMBR", 0, val_session_ambr, 0);
		ies = ies_establishment_accept;
		break;
	case 0xc3:	/* 8.3.3 PDU SESSION ESTABLISHMENT REJECT */
		v_cause(m, &sm_cause);
		ies = ies_establishment_reject;
		break;
	case 0xc5:	/* 8.3.4 PDU SESSION AUTHENTICATION COMMAND, 8.3.5 COMPLETE: EAP message */
	case 0xc6:
		lv(m, "eapMessage", "EAP message", 1, tk_emit_eap, 0);
		ies = ies_authentication_command;
		break;
	case 0xc7:	/* 8.3.6 PDU SESSION AUTHENTICATION RESULT */
		ies = ies_sm_authentication_result;
		break;
	case 0xc9:	/* 8.3.7 PDU SESSION MODIFICATION REQUEST */
		ies = ies_modification_request;
		break;
	case 0xca:	/* 8.3.8 PDU SESSION MODIFICATION REJECT */
		v_cause(m, &sm_cause);
		ies = ies_modification_reject;
		break;
	case 0xcb:	/* 8.3.9 PDU SESSION MODIFICATION COMMAND */
		ies = ies_modification_command;
		break;
	case 0xcc:	/* 8.3.10 PDU SESSION MODIFICATION COMPLETE */
		ies = ies_modification_complete;
		break;
	case 0xcd:	/* 8.3.11 PDU SESSION MODIFICATION COMMAND REJECT */
	case 0xd2:	/* 8.3.13 PDU SESSION RELEASE REJECT */
		v_cause(m, &sm_cause);
		ies = ies_cause_epco + 1;
		break;
	case 0xd1:	/* 8.3.12 PDU SESSION RELEASE REQUEST */
	case 0xd4:	/* 8.3.15 PDU SESSION RELEASE COMPLETE */
		ies = ies_cause_epco;
		break;
	case 0xd3:	/* 8.3.14 PDU SESSION RELEASE COMMAND */
		v_cause(m, &sm_cause);
		ies = ies_release_command;
		break;
	case 0xd6:	/* 8.3.16 5GSM STATUS */
		v_cause(m, &sm_cause);
		break;
	case 0xd8:	/* 8.3.17 SERVICE-LEVEL AUTHENTICATION COMMAND, 8.3.18 COMPLETE:
			 * service-level-AA container (LV-E) */
	case 0xd9:
		lv(m, "serviceLevelAaContainer", "service-level-AA container", 1, NULL, 0);
		break;
	case 0xda:	/* 8.3.19 REMOTE UE REPORT */
		ies = ies_remote_ue_report;
		break;
	case 0xdb:	/* 8.3.20 REMOTE UE REPORT RESPONSE */
		break;
	default:
		return 0;
	}
	opt_ies(m, ies);
	return 1;
}

/* ---- the header (9.1 to 9.7) and the security protected form (9.1.1) ------------------- */

/* 9.2 Extended protocol discriminator (TS 24.007 11.2.3.1.1A) */
static const struct tk_value_string epd_names[] = {
	{ 0x2e, "5GS session management messages" },
	{ 0x7e, "5GS mobility management messages" },
	{ 0, NULL }
};

/* 9.3.1 Security header type */
static const struct tk_value_string security_header_names[] = {
	{ 0, "Plain 5GS NAS message, not security protected" },
	{ 1, "Integrity protected" },
	{ 2, "Integrity protected and ciphered" },
	{ 3, "Integrity protected with new 5G NAS security context" },
	{ 4, "Integrity protected and ciphered with new 5G NAS security context" },
	{ 0, NULL }
};

/* the message after the header: its decoded body, or "ies" in hex with a note */
static void body(struct tk_nas *m, unsigned mt, int sm)
{
	if (sm ? sm_body(m, mt) : mm_body(m, mt))
		return;
	if (m->off < m->n) {
		tk_emit_kv_hex(m->e, "ies", m->p + m->off, m->n - m->off);
		tk_emit_kv_str(m->e, "note", "the information elements of this message are not "
			       "decoded");
	}
}

static void plain_mm(struct tk_nas *m)
{
	const uint8_t *v = tk_nas_take_v(m, 1, "message type");

	if (!v)
		return;
	tk_emit_kv_long(m->e, "messageType", v[0]);
	tk_inner_emit_name(m->e, "message", mm_msg_names, NULL, "unknown 5GMM message type", v[0]);
	body(m, v[0], 0);
}

static void plain_sm(struct tk_nas *m)
{
	const uint8_t *v;

	/* 9.4 PDU session identity, 9.6 procedure transaction identity */
	if (!(v = tk_nas_take_v(m, 1, "PDU session identity")))
		return;
	tk_emit_kv_long(m->e, "pduSessionIdentity", v[0]);
	if (!(v = tk_nas_take_v(m, 1, "procedure transaction identity")))
		return;
	tk_emit_kv_long(m->e, "procedureTransactionIdentity", v[0]);
	if (!(v = tk_nas_take_v(m, 1, "message type")))
		return;
	tk_emit_kv_long(m->e, "messageType", v[0]);
	tk_inner_emit_name(m->e, "message", sm_msg_names, NULL, "unknown 5GSM message type", v[0]);
	body(m, v[0], 1);
}

/* 9.1.1: security header, MAC (4 octets), sequence number, plain 5GS NAS message */
static void security_protected(struct tk_nas *m, unsigned sht)
{
	tk_nas_security_protected(m, sht, "plain 5GS NAS message", emit_nas);
}

static void nas_message(struct tk_nas *m)
{
	struct tk_emitter *e = m->e;
	unsigned epd, sht;

	if (m->n < 1) {
		tk_nas_fail(m, 0, "empty: a 5GS NAS message has at least 3 octets");
		return;
	}
	epd = m->p[0];
	m->off = 1;
	tk_emit_kv_long(e, "extendedProtocolDiscriminatorValue", epd);
	tk_inner_emit_name(e, "extendedProtocolDiscriminator", epd_names, NULL, "unknown", epd);
	if (epd == 0x2e) {
		plain_sm(m);
		return;
	}
	if (epd != 0x7e) {
		tk_nas_fail(m, 0, "extended protocol discriminator 0x%02x is not 5GS mobility (0x7e) or "
		     "session (0x2e) management", epd);
		return;
	}
	if (m->n < 2) {
		tk_nas_fail(m, 1, "truncated: the security header type is missing");
		return;
	}
	/* 9.3: spare half octet (bits 8-5), security header type (bits 4-1) */
	sht = m->p[1] & 0x0f;
	m->off = 2;
	tk_emit_kv_long(e, "securityHeaderTypeValue", sht);
	tk_inner_emit_name(e, "securityHeaderType", security_header_names, NULL, "reserved", sht);
	if (sht == 0) {
		plain_mm(m);
		return;
	}
	if (sht > 4) {
		tk_nas_fail(m, 1, "security header type %u is reserved", sht);
		return;
	}
	/* 9.1.1: the message a security protected one holds is a plain 5GS NAS message */
	if (m->depth > 0)
		tk_nas_fail(m, 0, "a security protected 5GS NAS message inside another NAS message");
	security_protected(m, sht);
}

static void emit_nas(struct tk_emitter *e, const uint8_t *p, size_t n, int depth)
{
	struct tk_inner_err er;
	struct tk_nas m;

	n = tk_inner_start(e, &er, p, n);
	tk_nas_init(&m, e, p, n, &er, depth);	/* aux: the payload container type, -1 */
	if (depth > MAX_NAS_DEPTH)
		tk_inner_fail(&er, 0, "NAS messages nested more than %d deep", MAX_NAS_DEPTH);
	else
		nas_message(&m);
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_5gs_nas_at(struct tk_emitter *e, const uint8_t *p, size_t n, int depth)
{
	emit_nas(e, p, n, depth);
}

void tk_emit_5gs_nas(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	emit_nas(e, p, n, 0);
}
