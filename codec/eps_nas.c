/*
 * EPS NAS (3GPP TS 24.301 V17): the messages LTE RRC carries in dedicatedInfoNAS and the NAS
 * security parameters of an inter-RAT handover; see eps_nas.h.
 *
 * A plain message is its header (9.1: security header type or EPS bearer identity, protocol
 * discriminator, for ESM the procedure transaction identity, then the message type), the
 * mandatory elements in the order of the message's table in clause 8 (half octets, V, LV,
 * LV-E: read by position), then the optional elements by identifier.  An identifier the table
 * does not list is skipped by TS 24.007 11.2.4 (24.301 9.9.1): bit 8 set, a single octet (type
 * 1 or 2); else identifier, length, value (type 4); the table's TLV-E identifiers have a
 * length of two octets.  A security protected message (8.2.23) is its header, the message
 * authentication code, the sequence number and a plain NAS message, which is decoded unless
 * ciphered; a SERVICE REQUEST (8.2.25) has its own short form.
 *
 * Elements TS 24.301 takes from TS 24.008 are decoded by dtap.c (network name, time zone,
 * GPRS timers, PLMN list, protocol configuration options, QoS, DRX parameter, TMSI status,
 * device properties, ...) and the decoders it uses (MS network capability, mobile station
 * classmark 2 and 3), the SMS messages of a NAS message container by dtap.c's TS 24.011
 * decoder, PLMN identities by location.c; also the supported codec list, voice domain
 * preference, emergency number list, NRI container and extended DRX parameters.  Decoded
 * here and used by dtap.c: the traffic flow template of TS 24.008 10.5.6.12 and the UE
 * network capability (9.9.3.34).
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#include <asn_application.h>

#include "bssap.h"
#include "classmark.h"
#include "csn1.h"
#include "dtap.h"
#include "eps_nas.h"
#include "gprs_qos.h"
#include "inner.h"
#include "location.h"
#include "lpp.h"
#include "names.h"
#include "nas_5gs.h"
#include "nas_reader.h"
#include "sms.h"
#include "subscriber.h"
#include "tcapkit/tcapkit.h"
#include "typeinfo.h"
#include "values.h"

/* a security protected message holds a plain one, an EMM message an ESM one: 2 levels are
 * enough for a well-formed message; the bound stops a NAS message nested in itself */
#define MAX_NAS_DEPTH 4

/* ---- security parameters (9.9.2.6, 9.9.2.7) and their algorithm names ---------------------- */

/* 9.9.3.23 NAS security algorithms: type of ciphering algorithm (bits 7-5) */
static const struct tk_value_string eea_names[] = {
	{ 0, "EPS encryption algorithm EEA0 (null ciphering algorithm)" },
	{ 1, "EPS encryption algorithm 128-EEA1" },
	{ 2, "EPS encryption algorithm 128-EEA2" },
	{ 3, "EPS encryption algorithm 128-EEA3" },
	{ 4, "EPS encryption algorithm EEA4" },
	{ 5, "EPS encryption algorithm EEA5" },
	{ 6, "EPS encryption algorithm EEA6" },
	{ 7, "EPS encryption algorithm EEA7" },
	{ 0, NULL }
};

/* ... and type of integrity protection algorithm (bits 3-1) */
static const struct tk_value_string eia_names[] = {
	{ 0, "EPS integrity algorithm EIA0 (null integrity protection algorithm)" },
	{ 1, "EPS integrity algorithm 128-EIA1" },
	{ 2, "EPS integrity algorithm 128-EIA2" },
	{ 3, "EPS integrity algorithm 128-EIA3" },
	{ 4, "EPS integrity algorithm EIA4" },
	{ 5, "EPS integrity algorithm EIA5" },
	{ 6, "EPS integrity algorithm EIA6" },
	{ 7, "EPS integrity algorithm EIA7" },
	{ 0, NULL }
};

/* 9.9.3.21 NAS key set identifier: TSC (bit 4) */
static const struct tk_value_string tsc_names[] = {
	{ 0, "native security context (for KSIASME or KSIAMF)" },
	{ 1, "mapped security context (for KSISGSN or KSIAMF)" },
	{ 0, NULL }
};

/* 9.9.3.23: the octet of both algorithm types */
static void emit_algorithms(struct tk_emitter *e, uint8_t o)
{
	tk_emit_kv_long(e, "cipheringAlgorithmValue", (o >> 4) & 7);
	tk_inner_emit_name(e, "cipheringAlgorithm", eea_names, NULL, "unknown", (o >> 4) & 7);
	tk_emit_kv_long(e, "integrityProtectionAlgorithmValue", o & 7);
	tk_inner_emit_name(e, "integrityProtectionAlgorithm", eia_names, NULL, "unknown", o & 7);
}

/* 9.9.3.21 NAS key set identifier, a half octet: TSC bit 4, the identifier bits 3-1 */
static void emit_ksi(struct tk_emitter *e, unsigned half)
{
	tk_inner_emit_name(e, "typeOfSecurityContext", tsc_names, NULL, "unknown", (half >> 3) & 1);
	if ((half & 7) == 7)
		tk_emit_kv_str(e, "nasKeySetIdentifier",
			       "no key is available (UE to network); reserved (network to UE)");
	else
		tk_emit_kv_long(e, "nasKeySetIdentifier", half & 7);
}

void tk_emit_nas_security_params_to_eutra(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	/* short octets are reported once; what they hold is still decoded */
	tk_inner_need(&er, n, 6, "NAS security parameters to E-UTRA");
	/* octets 1-4: the NonceMME, coded as the 9.9.3.25 Nonce value */
	if (n >= 4)
		tk_emit_kv_hex(e, "nonceMme", p, 4);
	/* octet 5: spare, ciphering algorithm, spare, integrity algorithm (9.9.3.23) */
	if (n >= 5)
		emit_algorithms(e, p[4]);
	/* octet 6: spare, TSC and NAS key set identifier as in 9.9.3.21 */
	if (n >= 6)
		emit_ksi(e, p[5] & 0x0f);
	tk_inner_extra(&er, n, 6, "NAS security parameters to E-UTRA");
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_nas_security_params_from_eutra(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	/* bits 8-5 spare; bits 4-1 the 4 least significant bits of the downlink NAS COUNT */
	if (tk_inner_fixed(&er, n, 1, "NAS security parameters from E-UTRA"))
		tk_emit_kv_long(e, "dlNasCountShort", p[0] & 0x0f);
	tk_inner_finish(e, p, n, &er);
}

/* ---- reading a message (nas_reader.c) -------------------------------------------------------- */

static void emit_nas(struct tk_emitter *e, const uint8_t *p, size_t n, int depth);

/* a mandatory LV / LV-E element as key: fn's value, or (fn NULL) a NAS message one level down */
static void lv(struct tk_nas *m, const char *key, const char *what, int ext, tk_nas_val_fn fn)
{
	size_t len;
	const uint8_t *v = tk_nas_take_lv(m, what, ext, &len);

	if (!v)
		return;
	tk_emit_key(m->e, key);
	if (fn)
		fn(m->e, v, len);
	else
		emit_nas(m->e, v, len, m->depth + 1);
}

/* ---- optional elements by identifier ----------------------------------------------------- */

/* the value of an element whose kind is 1: a NAS message one level down (ESM message
 * container) */
static void nested_nas(struct tk_nas *m, const struct tk_nas_ie *d, const uint8_t *v,
		       size_t len)
{
	(void)d;
	emit_nas(m->e, v, len, m->depth + 1);
}

static const struct tk_nas_ies eps_ies = { 0, nested_nas };

/* the rest of the message as optional elements: "ies": [{"iei", "name", "value"}] */
static void opt_ies(struct tk_nas *m, const struct tk_nas_ie *defs)
{
	tk_nas_opt_ies(m, defs, &eps_ies);
}

/* ---- element values (each emits one value) ------------------------------------------------- */

/* 9.9.3.9 EMM cause */
static const struct tk_value_string emm_cause_names[] = {
	{ 2, "IMSI unknown in HSS" },
	{ 3, "Illegal UE" },
	{ 5, "IMEI not accepted" },
	{ 6, "Illegal ME" },
	{ 7, "EPS services not allowed" },
	{ 8, "EPS services and non-EPS services not allowed" },
	{ 9, "UE identity cannot be derived by the network" },
	{ 10, "Implicitly detached" },
	{ 11, "PLMN not allowed" },
	{ 12, "Tracking Area not allowed" },
	{ 13, "Roaming not allowed in this tracking area" },
	{ 14, "EPS services not allowed in this PLMN" },
	{ 15, "No Suitable Cells In tracking area" },
	{ 16, "MSC temporarily not reachable" },
	{ 17, "Network failure" },
	{ 18, "CS domain not available" },
	{ 19, "ESM failure" },
	{ 20, "MAC failure" },
	{ 21, "Synch failure" },
	{ 22, "Congestion" },
	{ 23, "UE security capabilities mismatch" },
	{ 24, "Security mode rejected, unspecified" },
	{ 25, "Not authorized for this CSG" },
	{ 26, "Non-EPS authentication unacceptable" },
	{ 31, "Redirection to 5GCN required" },
	{ 35, "Requested service option not authorized in this PLMN" },
	{ 39, "CS service temporarily not available" },
	{ 40, "No EPS bearer context activated" },
	{ 42, "Severe network failure" },
	{ 78, "PLMN not allowed to operate at the present UE location" },
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

/*
 * 9.9.3.9 EMM cause and 9.9.4.4 ESM cause: one octet each, a value and its name; "any other
 * value received ... shall be treated as" #111, protocol error, unspecified
 */
struct cause_kind {
	const char *value_key, *key;
	const char *name, *what;	/* "EMM cause", "an EMM cause" for error reasons */
	const struct tk_value_string *names;
};

static const struct cause_kind emm_cause = { "emmCauseValue", "emmCause", "EMM cause",
					     "an EMM cause", emm_cause_names };

static void emit_cause(struct tk_emitter *e, const struct cause_kind *k, unsigned v)
{
	tk_emit_kv_long(e, k->value_key, v);
	tk_inner_emit_name(e, k->key, k->names, NULL,
			   "unassigned, treated as protocol error, unspecified", v);
}

/* the mandatory V element of a message, and the value of a TV element */
static void v_cause(struct tk_nas *m, const struct cause_kind *k)
{
	const uint8_t *v = tk_nas_take_v(m, 1, k->name);

	if (v)
		emit_cause(m->e, k, v[0]);
}

static void val_cause(struct tk_emitter *e, const struct cause_kind *k, const uint8_t *p,
		      size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, k->what))
		emit_cause(e, k, p[0]);
	tk_inner_finish(e, p, n, &er);
}

static void val_emm_cause(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_cause(e, &emm_cause, p, n);
}

/* 9.9.4.4 ESM cause */
static const struct tk_value_string esm_cause_names[] = {
	{ 8, "Operator Determined Barring" },
	{ 26, "Insufficient resources" },
	{ 27, "Missing or unknown APN" },
	{ 28, "Unknown PDN type" },
	{ 29, "User authentication failed" },
	{ 30, "Request rejected by Serving GW or PDN GW" },
	{ 31, "Request rejected, unspecified" },
	{ 32, "Service option not supported" },
	{ 33, "Requested service option not subscribed" },
	{ 34, "Service option temporarily out of order" },
	{ 35, "PTI already in use" },
	{ 36, "Regular deactivation" },
	{ 37, "EPS QoS not accepted" },
	{ 38, "Network failure" },
	{ 39, "Reactivation requested" },
	{ 41, "Semantic error in the TFT operation" },
	{ 42, "Syntactical error in the TFT operation" },
	{ 43, "Invalid EPS bearer identity" },
	{ 44, "Semantic errors in packet filter(s)" },
	{ 45, "Syntactical errors in packet filter(s)" },
	{ 46, "Unused (see NOTE 2)" },
	{ 47, "PTI mismatch" },
	{ 49, "Last PDN disconnection not allowed" },
	{ 50, "PDN type IPv4 only allowed" },
	{ 51, "PDN type IPv6 only allowed" },
	{ 52, "Single address bearers only allowed" },
	{ 53, "ESM information not received" },
	{ 54, "PDN connection does not exist" },
	{ 55, "Multiple PDN connections for a given APN not allowed" },
	{ 56, "Collision with network initiated request" },
	{ 57, "PDN type IPv4v6 only allowed" },
	{ 58, "PDN type non IP only allowed" },
	{ 59, "Unsupported QCI value" },
	{ 60, "Bearer handling not supported" },
	{ 61, "PDN type Ethernet only allowed" },
	{ 65, "Maximum number of EPS bearers reached" },
	{ 66, "Requested APN not supported in current RAT and PLMN combination" },
	{ 81, "Invalid PTI value" },
	{ 95, "Semantically incorrect message" },
	{ 96, "Invalid mandatory information" },
	{ 97, "Message type non-existent or not implemented" },
	{ 98, "Message type not compatible with the protocol state" },
	{ 99, "Information element non-existent or not implemented" },
	{ 100, "Conditional IE error" },
	{ 101, "Message not compatible with the protocol state" },
	{ 111, "Protocol error, unspecified" },
	{ 112, "APN restriction value incompatible with active EPS bearer context" },
	{ 113, "Multiple accesses to a PDN connection not allowed" },
	{ 0, NULL }
};

static const struct cause_kind esm_cause = { "esmCauseValue", "esmCause", "ESM cause",
					     "an ESM cause", esm_cause_names };

static void val_esm_cause(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_cause(e, &esm_cause, p, n);
}

/* 9.9.3.12 EPS mobile identity: type of identity, bits 3-1 of octet 3 */
static const struct tk_value_string eps_identity_names[] = {
	{ 1, "IMSI" },
	{ 3, "IMEI" },
	{ 6, "GUTI" },
	{ 0, NULL }
};

void tk_emit_eps_mobile_identity(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	char digits[40];
	unsigned type;
	int end;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: an EPS mobile identity has at least 1 octet");
		goto out;
	}
	type = p[0] & 7;
	tk_inner_emit_name(e, "typeOfIdentity", eps_identity_names, NULL, "reserved", type);
	if (type == 6) {
		/* octet 3 1111 0 110, MCC and MNC, MME group ID (2), MME code, M-TMSI (4) */
		if (!tk_inner_fixed(&er, n, 11, "a GUTI"))
			goto out;
		if ((p[0] & 0xf8) != 0xf0)
			tk_inner_fail(&er, 0, "bits 8-4 of a GUTI's octet 3 are not 1111 0");
		tk_emit_plmn_fields(e, p + 1, &er, 1);
		tk_emit_kv_long(e, "mmeGroupId", (long)p[4] << 8 | p[5]);
		tk_emit_kv_long(e, "mmeCode", p[6]);
		tk_emit_kv_hex(e, "mTmsi", p + 7, 4);
	} else if (type == 1 || type == 3) {
		/* identity digit 1 in bits 8-5 of octet 3, then two digits an octet; bit 4 odd/even
		 * indication: an even number ends with the filler 1111 */
		tk_emit_kv_bool(e, "oddNumberOfDigits", p[0] & 0x08);
		end = (int)(2 * n) - !(p[0] & 0x08);
		if (!(p[0] & 0x08) && (p[n - 1] >> 4) != 0x0f)
			tk_inner_fail(&er, n - 1, "an even number of digits without the filler 1111");
		if (n > 16 || tk_bcd_nibbles(p, 1, end, digits, sizeof(digits)) < 0)
			tk_inner_fail(&er, 0, "an identity of %zu octets is too long", n);
		else
			tk_emit_kv_str(e, type == 1 ? "imsi" : "imei", digits);
	} else {
		tk_inner_fail(&er, 0, "type of identity %u is reserved", type);
	}
out:
	tk_inner_finish(e, p, n, &er);
}

/* 9.9.3.33 Tracking area identity list: type of list, bits 7-6 of each partial list's octet */
static const struct tk_value_string tai_list_type_names[] = {
	{ 0, "list of TACs belonging to one PLMN, with non-consecutive TAC values" },
	{ 1, "list of TACs belonging to one PLMN, with consecutive TAC values" },
	{ 2, "list of TAIs belonging to different PLMNs" },
	{ 0, NULL }
};

static const struct tk_tai_list_kind eps_tai_list = {
	2, tai_list_type_names, "a tracking area identity list"
};

static long tac_of(const uint8_t *q, size_t len)
{
	return len == 3 ? (long)q[0] << 16 | (long)q[1] << 8 | q[2] : (long)q[0] << 8 | q[1];
}

void tk_emit_tai_list_of(struct tk_emitter *e, const uint8_t *p, size_t n,
			 const struct tk_tai_list_kind *kind)
{
	const size_t tl = kind->tac_len, tai = 3 + kind->tac_len;
	const long tac_mask = tl == 3 ? 0xffffff : 0xffff;
	struct tk_inner_err er;
	size_t i = 0, k, j, need;
	unsigned type, total = 0;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1)
		tk_inner_fail(&er, 0, "truncated: %s has at least one partial list", kind->what);
	tk_emit_key(e, "partialLists");
	tk_emit_open(e, 1);
	while (i < n) {
		/* bit 8 spare, type of list, number of elements - 1 (bits 5-1) */
		type = (p[i] >> 5) & 3;
		k = (size_t)(p[i] & 0x1f) + 1;
		need = type == 0 ? 3 + tl * k : type == 1 ? tai : tai * k;
		tk_emit_open(e, 0);
		tk_inner_emit_name(e, "typeOfList", kind->list_names, NULL, "reserved", type);
		tk_emit_kv_long(e, "numberOfElements", (long)k);
		if (type == 3) {
			tk_inner_fail(&er, i, "type of list 3 is reserved");
			tk_emit_close(e, 0);
			break;
		}
		if (n - i - 1 < need) {
			tk_inner_fail(&er, n, "truncated: the partial list at octet %zu needs %zu "
				      "octets, %zu present", i, need, n - i - 1);
			tk_emit_close(e, 0);
			break;
		}
		total += (unsigned)k;
		if (type != 2) {
			const uint8_t *q = p + i + 1;

			tk_emit_plmn_fields(e, q, &er, i + 1);
			tk_emit_key(e, "tacs");
			tk_emit_open(e, 1);
			/* type 0: each TAC; type 1: TAC 1 and the k - 1 that follow it */
			for (j = 0; j < k; j++)
				tk_emit_long(e, type == 0 ? tac_of(q + 3 + tl * j, tl) :
					     (tac_of(q + 3, tl) + (long)j) & tac_mask);
			tk_emit_close(e, 1);
		} else {
			tk_emit_key(e, "tais");
			tk_emit_open(e, 1);
			for (j = 0; j < k; j++) {
				const uint8_t *q = p + i + 1 + tai * j;

				tk_emit_open(e, 0);
				tk_emit_plmn_fields(e, q, &er, i + 1 + tai * j);
				tk_emit_kv_long(e, "tac", tac_of(q + 3, tl));
				tk_emit_close(e, 0);
			}
			tk_emit_close(e, 1);
		}
		tk_emit_close(e, 0);
		i += 1 + need;
	}
	tk_emit_close(e, 1);
	/* the list holds 16 TAIs at most */
	if (total > 16)
		tk_inner_fail(&er, 0, "%u TAIs, a list has 16 at most", total);
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_tai_list(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_tai_list_of(e, p, n, &eps_tai_list);
}

/* 9.9.2.1 EPS bearer context status: one bit per EPS bearer identity, 7..0 in octet 3, 15..8 in
 * octet 4 (0 to 4 spare) */
static void val_bearer_context_status(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	unsigned i;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_fixed(&er, n, 2, "an EPS bearer context status"))
		goto out;
	tk_emit_key(e, "activeEpsBearerIdentities");
	tk_emit_open(e, 1);
	for (i = 5; i < 16; i++)
		if (p[i / 8] & (1u << (i % 8)))
			tk_emit_long(e, i);
	tk_emit_close(e, 1);
out:
	tk_inner_finish(e, p, n, &er);
}

/*
 * 9.9.4.27 Header compression configuration status: one bit per EPS bearer identity, EBI(7)
 * at bit 8 of octet 3 ... EBI(8) at bit 1 of octet 4, EBI(0) spare; 1 means the header
 * compression configuration of that bearer is not used (tshark 4.0.17 reads the bits the
 * same way; the clause text was not found with the search tool).
 */
static void val_header_compression_status(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	unsigned i;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_fixed(&er, n, 2, "a header compression configuration status"))
		goto out;
	tk_emit_key(e, "configurationNotUsedEpsBearerIdentities");
	tk_emit_open(e, 1);
	for (i = 1; i < 16; i++)
		if (p[i / 8] & (1u << (i % 8)))
			tk_emit_long(e, i);
	tk_emit_close(e, 1);
out:
	tk_inner_finish(e, p, n, &er);
}

/* one name per set bit of o, bit 8 first (names[0]); a NULL name is a spare bit */
static void emit_bit_names(struct tk_emitter *e, const char *const names[8], uint8_t o)
{
	int b;

	for (b = 0; b < 8; b++)
		if (names[b] && (o & (0x80 >> b)))
			tk_emit_str(e, names[b]);
}

static void algorithm_bits(struct tk_emitter *e, const char *key, const char *const names[8], uint8_t o)
{
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	emit_bit_names(e, names, o);
	tk_emit_close(e, 1);
}

/* the algorithms of the UE security capability (9.9.3.36) and the UE network capability
 * (9.9.3.34), bit 8 (algorithm 0) first */
static const char *const eea[8] = { "EEA0", "128-EEA1", "128-EEA2", "128-EEA3", "EEA4", "EEA5",
				    "EEA6", "EEA7" };
static const char *const eia[8] = { "EIA0", "128-EIA1", "128-EIA2", "128-EIA3", "EIA4", "EIA5",
				    "EIA6", "EIA7" };
static const char *const uea[8] = { "UEA0", "UEA1", "UEA2", "UEA3", "UEA4", "UEA5", "UEA6",
				    "UEA7" };
static const char *const uia[8] = { NULL, "UIA1", "UIA2", "UIA3", "UIA4", "UIA5", "UIA6",
				    "UIA7" };

/* 9.9.3.36 UE security capability: octets 3 (EEA0-7), 4 (EIA0-7), then optional octets 5
 * (UEA0-7), 6 (UIA1-7, bit 8 spare), 7 (GEA1-7, bit 8 spare) and spare octets; bit 8 is
 * algorithm 0 */
void tk_emit_ue_security_capability(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const char *const gea[8] = { NULL, "GEA1", "GEA2", "GEA3", "GEA4", "GEA5", "GEA6",
					    "GEA7" };
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	tk_inner_need(&er, n, 2, "a UE security capability");
	if (n >= 1)
		algorithm_bits(e, "epsEncryptionAlgorithms", eea, p[0]);
	if (n >= 2)
		algorithm_bits(e, "epsIntegrityAlgorithms", eia, p[1]);
	if (n >= 3)
		algorithm_bits(e, "umtsEncryptionAlgorithms", uea, p[2]);
	if (n >= 4)
		algorithm_bits(e, "umtsIntegrityAlgorithms", uia, p[3]);
	if (n >= 5)
		algorithm_bits(e, "gprsEncryptionAlgorithms", gea, p[4]);
	tk_inner_finish(e, p, n, &er);
}

/* 9.9.3.2 Authentication parameter AUTN = TS 24.008 10.5.3.1.1: SQN xor AK (6 octets), AMF (2),
 * MAC (8), as TS 33.102 builds it */
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

/* 9.9.3.16 GPRS timer, 9.9.3.16A GPRS timer 2 (its value), 9.9.3.16B GPRS timer 3 */
static void val_timer(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_gprs_timer_24008(e, p, n);
}

static void val_timer3(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_gprs_timer3_24008(e, p, n);
}

/* 9.9.2.3 Mobile identity: TS 24.008 10.5.1.4, whose octets the BSSMAP Mobile Identity carries */
static void val_mobile_identity(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_bssmap_ie(e, 0x29, p, n);
}

/* 9.9.2.2 Location area identification (TS 24.008 10.5.1.3) */
static void val_lai(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_plmn_cell(e, p, n, TK_LOC_LAI);
}

/* 9.9.3.22 NAS message container: "the SMS message (i.e. CP-DATA, CP-ACK or CP-ERROR) as
 * defined in subclause 7.2 in 3GPP TS 24.011", a layer 3 message for dtap.c */
static void val_nas_message_container(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_dtap(e, p, n);
}

/* 9.9.3.38 CLI: the TS 24.008 10.5.4.9 calling party BCD number from octet 3 */
static void val_cli(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_calling_bcd_number_24008(e, p, n);
}

/* 9.9.4.1 Access point name (TS 24.008 10.5.6.1): TS 23.003 labels */
static void val_apn(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_apn_oi_replacement(e, p, n);
}

/* 9.9.3.0A Additional update result, bits 2-1 (type 1: the half octet in p[0]) */
static const struct tk_value_string add_update_result_names[] = {
	{ 0, "no additional information" },
	{ 1, "CS Fallback not preferred" },
	{ 2, "SMS only" },
	{ 3, "reserved" },
	{ 0, NULL }
};

static void val_add_update_result(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_str(e, tk_vs_name(add_update_result_names, p[0] & 3));
}

/* 9.9.3.18 IMEISV request (TS 24.008 10.5.5.10), bits 3-1: other values read as not requested */
static void val_imeisv_request(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_str(e, (p[0] & 7) == 1 ? "IMEISV requested" : "IMEISV not requested");
}

/* 9.9.3.40 LCS indicator */
static const struct tk_value_string lcs_indicator_names[] = {
	{ 0, "normal, unspecified" },
	{ 1, "MT-LR" },
	{ 0, NULL }
};

static void val_lcs_indicator(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "an LCS indicator"))
		tk_inner_emit_name(e, "lcsIndicator", lcs_indicator_names, NULL, "unassigned", p[0]);
	tk_inner_finish(e, p, n, &er);
}

/* TS 29.002 types the CS SERVICE NOTIFICATION carries (asn1c, MAP namespace) */
extern asn_TYPE_descriptor_t asn_DEF_Map_SS_Code;
extern asn_TYPE_descriptor_t asn_DEF_Map_LCS_ClientID;

/* 9.9.3.39 SS Code: one octet coded as the TS 29.002 SS-Code, named from the MAP SS-Code
 * values tcapkit's MAP decoder uses */
static void val_ss_code(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	const struct tk_typeinfo *ti = tk_typeinfo_find(&asn_DEF_Map_SS_Code);
	struct tk_inner_err er;
	const char *name = NULL;
	size_t k;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "an SS Code")) {
		for (k = 0; ti && k < ti->n_codes; k++)
			if (ti->codes[k].value == p[0])
				name = ti->codes[k].name;
		tk_emit_kv_long(e, "ssCodeValue", p[0]);
		tk_emit_kv_str(e, "ssCode", name ? name : "unknown SS-Code");
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.9.3.41 LCS client identity: the value is the TS 29.002 LCS-ClientID in BER, decoded by
 * the MAP type as "lcsClientId" */
static void val_lcs_client_identity(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	struct tk_error err;
	struct tk_value v;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1)
		tk_inner_fail(&er, 0, "truncated: an LCS client identity holds an LCS-ClientID");
	else if (tk_value_decode(&asn_DEF_Map_LCS_ClientID, p, n, &v, &err) == TK_OK) {
		tk_emit_key(e, "lcsClientId");
		tk_emit_value(e, v.type, v.sptr);
		tk_value_free(&v);
	} else {
		tk_inner_fail(&er, err.offset, "LCS-ClientID: %s", err.reason);
	}
	tk_inner_finish(e, p, n, &er);
}

/* ---- elements of the UE's requests (8.2.4, 8.2.29 and the others the UE sends) ------------ */

/*
 * 9.9.3.34 UE network capability: octets 3 (EEA0-7), 4 (EIA0-7), then optional octets 5
 * (UEA0-7), 6 (UCS2 bit 8, UIA1-7), 7 to 10 one capability a bit, and spare octets up to 15.
 * The capability bits as "features", each by the name the standard gives it; bits 8-6 of
 * octet 10 are read as spare (their Rel-17 meaning could not be checked).
 */
void tk_emit_ue_network_capability(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const char *const features[4][8] = {
		/* octet 7: ProSe-dd, ProSe, H.245-ASH, ACC-CSFB, LPP, LCS, 1xSRVCC, NF */
		{ "ProSe direct discovery", "ProSe", "H.245 after SRVCC handover",
		  "access class control for CSFB", "LTE positioning protocol",
		  "location services notification mechanisms", "SRVCC from E-UTRAN to cdma2000 1xCS",
		  "notification procedure" },
		/* octet 8: ePCO, HC-CP CIoT, ERw/oPDN, S1-U data, UP CIoT, CP CIoT, ProSe-relay,
		 * ProSe-dc */
		{ "extended protocol configuration options",
		  "header compression for control plane CIoT EPS optimization",
		  "EMM-REGISTERED without PDN connection", "S1-U data transfer",
		  "user plane CIoT EPS optimization", "control plane CIoT EPS optimization",
		  "ProSe UE-to-network relay", "ProSe direct communication" },
		/* octet 9: 15 bearers, SGC, N1mode, DCNR, CP backoff, RestrictEC, V2X PC5,
		 * multipleDRB */
		{ "signalling for a maximum number of 15 EPS bearer contexts", "service gap control",
		  "N1 mode", "dual connectivity with NR", "control plane data backoff",
		  "restriction on use of enhanced coverage", "V2X communication over PC5",
		  "multiple DRB" },
		/* octet 10: V2X NR-PC5, UP-MT-EDT, CP-MT-EDT, WUSA, RACS */
		{ NULL, NULL, NULL, "V2X communication over NR-PC5",
		  "user plane mobile terminated early data transmission",
		  "control plane mobile terminated early data transmission",
		  "wake-up signal assistance", "radio capability signalling optimisation" },
	};
	struct tk_inner_err er;
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	tk_inner_need(&er, n, 2, "a UE network capability");
	if (n >= 1)
		algorithm_bits(e, "epsEncryptionAlgorithms", eea, p[0]);
	if (n >= 2)
		algorithm_bits(e, "epsIntegrityAlgorithms", eia, p[1]);
	if (n >= 3)
		algorithm_bits(e, "umtsEncryptionAlgorithms", uea, p[2]);
	if (n >= 4) {
		/* UCS2 (bit 8): 0 the UE prefers the default alphabet, 1 it has no preference */
		tk_emit_kv_str(e, "ucs2", p[3] & 0x80 ? "no preference between the default alphabet "
			       "and UCS2" : "the default alphabet preferred over UCS2");
		algorithm_bits(e, "umtsIntegrityAlgorithms", uia, p[3]);
	}
	if (n >= 5) {
		tk_emit_key(e, "features");
		tk_emit_open(e, 1);
		for (i = 4; i < n && i < 8; i++)
			emit_bit_names(e, features[i - 4], p[i]);
		tk_emit_close(e, 1);
	}
	if (n > 13)
		tk_inner_fail(&er, 13, "a UE network capability of %zu octets (at most 13)", n);
	tk_inner_finish(e, p, n, &er);
}

/* 9.9.3.53 UE additional security capability: 5G-EA0-7, 5G-EA8-15, 5G-IA0-7, 5G-IA8-15 */
static void val_ue_additional_security_capability(struct tk_emitter *e, const uint8_t *p,
						  size_t n)
{
	static const char *const ea[2][8] = {
		{ "5G-EA0", "128-5G-EA1", "128-5G-EA2", "128-5G-EA3", "5G-EA4", "5G-EA5", "5G-EA6",
		  "5G-EA7" },
		{ "5G-EA8", "5G-EA9", "5G-EA10", "5G-EA11", "5G-EA12", "5G-EA13", "5G-EA14",
		  "5G-EA15" } };
	static const char *const ia[2][8] = {
		{ "5G-IA0", "128-5G-IA1", "128-5G-IA2", "128-5G-IA3", "5G-IA4", "5G-IA5", "5G-IA6",
		  "5G-IA7" },
		{ "5G-IA8", "5G-IA9", "5G-IA10", "5G-IA11", "5G-IA12", "5G-IA13", "5G-IA14",
		  "5G-IA15" } };
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 4, "a UE additional security capability")) {
		tk_emit_key(e, "5gsEncryptionAlgorithms");
		tk_emit_open(e, 1);
		emit_bit_names(e, ea[0], p[0]);
		emit_bit_names(e, ea[1], p[1]);
		tk_emit_close(e, 1);
		tk_emit_key(e, "5gsIntegrityAlgorithms");
		tk_emit_open(e, 1);
		emit_bit_names(e, ia[0], p[2]);
		emit_bit_names(e, ia[1], p[3]);
		tk_emit_close(e, 1);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.9.3.11 EPS attach type, bits 3-1 (bit 4 spare) */
static const struct tk_value_string attach_type_names[] = {
	{ 1, "EPS attach" },
	{ 2, "combined EPS/IMSI attach" },
	{ 3, "EPS RLOS attach" },
	{ 6, "EPS emergency attach" },
	{ 7, "reserved" },
	{ 0, NULL }
};

/* 9.9.3.14 EPS update type, bits 3-1 (bit 4: the "active" flag) */
static const struct tk_value_string update_type_names[] = {
	{ 0, "TA updating" },
	{ 1, "combined TA/LA updating" },
	{ 2, "combined TA/LA updating with IMSI attach" },
	{ 3, "periodic updating" },
	{ 4, "unused, interpreted as TA updating" },
	{ 5, "unused, interpreted as TA updating" },
	{ 0, NULL }
};

/* 9.9.3.27 Service type, bits 4-1 */
static const struct tk_value_string service_type_names[] = {
	{ 0, "mobile originating CS fallback or 1xCS fallback" },
	{ 1, "mobile terminating CS fallback or 1xCS fallback" },
	{ 2, "mobile originating CS fallback emergency call or 1xCS fallback emergency call" },
	{ 3, "unused, interpreted as mobile originating CS fallback or 1xCS fallback" },
	{ 4, "unused, interpreted as mobile originating CS fallback or 1xCS fallback" },
	{ 8, "packet services via S1" },
	{ 9, "unused, interpreted as packet services via S1" },
	{ 10, "unused, interpreted as packet services via S1" },
	{ 11, "unused, interpreted as packet services via S1" },
	{ 0, NULL }
};

/* 9.9.3.47 Control plane service type, bits 3-1 (bit 4: the "active" flag) */
static const struct tk_value_string cp_service_type_names[] = {
	{ 0, "mobile originating request" },
	{ 1, "mobile terminating request" },
	{ 0, NULL }
};

/* 9.9.3.0B Additional update type (type 1): PNB-CIoT (bits 4-3), SAF (bit 2), AUTV (bit 1) */
static const struct tk_value_string pnb_ciot_names[] = {
	{ 0, "no additional information" },
	{ 1, "control plane CIoT EPS optimization" },
	{ 2, "user plane CIoT EPS optimization" },
	{ 3, "reserved" },
	{ 0, NULL }
};

static void val_additional_update_type(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n) {
		tk_inner_emit_name(e, "preferredCiotNetworkBehaviour", pnb_ciot_names, NULL,
				   "reserved", (p[0] >> 2) & 3);
		tk_emit_kv_bool(e, "keepNasSignallingConnection", p[0] & 2);
		tk_emit_kv_str(e, "additionalUpdateType", p[0] & 1 ? "SMS only" :
			       "no additional information");
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.9.3.45 GUTI type (type 1), bit 1 */
static void val_guti_type(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_str(e, p[0] & 1 ? "mapped GUTI" : "native GUTI");
}

/* 9.9.3.5 CSFB response (type 1), bits 3-1; other values are reserved */
static void val_csfb_response(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_str(e, (p[0] & 7) == 0 ? "CS fallback rejected by the UE" :
		    (p[0] & 7) == 1 ? "CS fallback accepted by the UE" : "reserved");
}

/* 9.9.3.35 UE radio capability information update needed (type 1), bit 1 */
static void val_urc_update(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_str(e, p[0] & 1 ? "UE radio capability information update needed" :
		    "UE radio capability information update not needed");
}

/* 9.9.3.21 NAS key set identifier as a type 1 value (the non-current native one) */
static void val_ksi(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n)
		emit_ksi(e, p[0] & 0x0f);
	tk_inner_finish(e, p, n, &er);
}

/* 9.9.3.32 Tracking area identity: MCC, MNC, TAC */
static void val_tai(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_plmn_cell(e, p, n, TK_LOC_TAI);
}

/* 9.9.3.54 UE status: N1 mode registration (bit 2), S1 mode registration (bit 1) */
static void val_ue_status(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const struct tk_octet_flag flags[] = {
		{ "n1ModeRegistered", 2, 0 }, { "s1ModeRegistered", 1, 0 }
	};

	tk_inner_octet_flags(e, p, n, flags, 2, "a UE status");
}

/* 9.9.3.55 Additional information requested: CipherKey (bit 1), ciphering keys for ciphered
 * broadcast assistance data */
static void val_additional_information_requested(struct tk_emitter *e, const uint8_t *p,
						 size_t n)
{
	static const struct tk_octet_flag flag = { "cipheringKeysRequested", 1, 0 };

	tk_inner_octet_flags(e, p, n, &flag, 1, "an additional information requested");
}

/* 9.9.3.58 UE radio capability ID availability, bits 3-1 */
static void val_ue_radio_capability_id_availability(struct tk_emitter *e, const uint8_t *p,
						    size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "a UE radio capability ID availability"))
		tk_emit_kv_str(e, "ueRadioCapabilityIdAvailability", (p[0] & 7) == 0 ?
			       "not available" : (p[0] & 7) == 1 ? "available" : "reserved");
	tk_inner_finish(e, p, n, &er);
}

/* 9.9.3.57 N1 UE network capability, octet 3: 5GS preferred CIoT network behaviour (bits 6-5),
 * 5G-UP CIoT (4), 5G-HC-CP CIoT (3), N3 data (2), 5G-CP CIoT (1); the octets after it (Rel-16
 * and later bits whose layout could not be checked) stay in the "hex" */
static const struct tk_value_string pnb_5gs_ciot_names[] = {
	{ 0, "no additional information" },
	{ 1, "control plane CIoT 5GS optimization" },
	{ 2, "user plane CIoT 5GS optimization" },
	{ 3, "reserved" },
	{ 0, NULL }
};

static void val_n1_ue_network_capability(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const char *const bits[8] = { NULL, NULL, NULL, NULL,
					     "user plane CIoT 5GS optimization",
					     "header compression for control plane CIoT 5GS optimization",
					     "N3 data transfer", "control plane CIoT 5GS optimization" };
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_need(&er, n, 1, "an N1 UE network capability")) {
		tk_inner_emit_name(e, "preferredCiot5gsNetworkBehaviour", pnb_5gs_ciot_names, NULL,
				   "reserved", (p[0] >> 4) & 3);
		tk_emit_key(e, "features");
		tk_emit_open(e, 1);
		emit_bit_names(e, bits, p[0]);
		tk_emit_close(e, 1);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.9.3.62 WUS assistance information: one octet an entry, the type (bits 8-6) and its value
 * (bits 5-1); type 0 is the UE paging probability information, p00 to p100 in steps of 5 */
static void val_wus_assistance(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	char buf[8];
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1)
		tk_inner_fail(&er, 0, "truncated: a WUS assistance information has at least 1 "
			      "entry");
	tk_emit_key(e, "entries");
	tk_emit_open(e, 1);
	for (i = 0; i < n; i++) {
		unsigned type = p[i] >> 5, v = p[i] & 0x1f;

		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "typeValue", type);
		if (type == 0) {
			tk_emit_kv_str(e, "type", "UE paging probability information");
			snprintf(buf, sizeof(buf), "p%02u", v <= 20 ? v * 5 : 100);
			tk_emit_kv_long(e, "pagingProbabilityValue", v);
			tk_emit_kv_str(e, "pagingProbability", buf);
		} else {
			tk_emit_kv_str(e, "type", "unknown");
			tk_emit_kv_long(e, "value", v);
		}
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

/* 9.9.3.63 DRX parameter in NB-S1 mode: the NB-S1 DRX value (bits 4-1) */
static const struct tk_value_string nb_s1_drx_names[] = {
	{ 0, "DRX value not specified" },
	{ 1, "DRX cycle parameter T = 32" },
	{ 2, "DRX cycle parameter T = 64" },
	{ 3, "DRX cycle parameter T = 128" },
	{ 4, "DRX cycle parameter T = 256" },
	{ 5, "DRX cycle parameter T = 512" },
	{ 6, "DRX cycle parameter T = 1024" },
	{ 0, NULL }
};

static void val_nb_s1_drx(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "a DRX parameter in NB-S1 mode")) {
		tk_emit_kv_long(e, "nbS1DrxValue", p[0] & 0x0f);
		tk_inner_emit_name(e, "nbS1Drx", nb_s1_drx_names, NULL,
				   "unassigned, interpreted as DRX value not specified", p[0] & 0x0f);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.9.3.64 IMSI offset: a number of two octets */
static void val_imsi_offset(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_inner_number(e, p, n, 2, "imsiOffset", "an IMSI offset");
}

/* 9.9.3.4 Authentication response parameter: RES, 4 to 16 octets (TS 33.401) */
static void val_authentication_response(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n < 4 || n > 16)
		tk_inner_fail(&er, 0, "a RES of %zu octets (4 to 16)", n);
	else
		tk_emit_kv_hex(e, "res", p, n);
	tk_inner_finish(e, p, n, &er);
}

/* 9.9.3.1 Authentication failure parameter (TS 24.008 10.5.3.2.2): AUTS = SQNMS xor AK (6
 * octets) and MAC-S (8), as TS 33.102 6.3.3 builds it */
static void val_auts(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 14, "an AUTS")) {
		tk_emit_kv_hex(e, "sqnMsXorAk", p, 6);
		tk_emit_kv_hex(e, "macS", p + 6, 8);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.9.3.42 Generic message container type */
static const struct tk_value_string generic_container_type_names[] = {
	{ 1, "LTE Positioning Protocol (LPP) message container" },
	{ 2, "Location services message container" },
	{ 0, NULL }
};

/* ---- elements of the network's messages ---------------------------------------------------- */

/* 9.9.3.12A EPS network feature support: octet 3 CP CIoT (bit 8), ERw/oPDN, ESR PS, CS-LCS (bits
 * 5-4), EPC-LCS, EMC BS, IMS VoPS (bit 1); octet 4 15 bearers (bit 8), IWK N26, RestrictDCNR,
 * RestrictEC, ePCO, HC-CP CIoT, S1-U data, UP CIoT (bit 1); the bits of the later octets
 * (Rel-16 on) could not be checked and stay in the "hex" */
static const struct tk_value_string cs_lcs_names[] = {
	{ 0, "no information about support of location services via CS domain is available" },
	{ 1, "location services via CS domain supported" },
	{ 2, "location services via CS domain not supported" },
	{ 3, "reserved" },
	{ 0, NULL }
};

static void val_eps_network_feature_support(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const char *const features[2][8] = {
		{ "control plane CIoT EPS optimization", "EMM-REGISTERED without PDN connection",
		  "EXTENDED SERVICE REQUEST for packet services", NULL, NULL,
		  "location services via EPC", "emergency bearer services in S1 mode",
		  "IMS voice over PS session in S1 mode" },
		{ "signalling for a maximum number of 15 EPS bearer contexts",
		  "interworking without N26 interface",
		  "restriction on the use of dual connectivity with NR",
		  "restriction on enhanced coverage", "extended protocol configuration options",
		  "header compression for control plane CIoT EPS optimization", "S1-U data transfer",
		  "user plane CIoT EPS optimization" },
	};
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_need(&er, n, 1, "an EPS network feature support")) {
		tk_emit_key(e, "features");
		tk_emit_open(e, 1);
		emit_bit_names(e, features[0], p[0]);
		if (n >= 2)
			emit_bit_names(e, features[1], p[1]);
		tk_emit_close(e, 1);
		tk_inner_emit_name(e, "csLcs", cs_lcs_names, NULL, "reserved", (p[0] >> 3) & 3);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.9.3.4B SMS services status (type 1), bits 3-1 */
static const struct tk_value_string sms_services_status_names[] = {
	{ 0, "SMS services not available" },
	{ 1, "SMS services not available in this PLMN" },
	{ 2, "Network failure" },
	{ 3, "Congestion" },
	{ 0, NULL }
};

static void val_sms_services_status(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	const char *s = tk_vs_name(sms_services_status_names, p[0] & 7);

	(void)n;
	tk_emit_str(e, s ? s : "reserved");
}

/* 9.9.3.52 Network policy (type 1): redirection to GERAN security policy, bit 1 */
static void val_network_policy(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_str(e, p[0] & 1 ? "unsecured redirection to GERAN not allowed" :
		    "unsecured redirection to GERAN allowed");
}

/* 9.9.3.49 Non-3GPP NW provided policies (type 1, TS 24.008 10.5.5.37): N3EN, bit 1 */
static void val_non_3gpp_policies(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_str(e, p[0] & 1 ? "use of non-3GPP emergency numbers permitted" :
		    "use of non-3GPP emergency numbers not permitted");
}

/* 9.9.3.61 UE radio capability ID deletion indication (type 1), bits 3-1 */
static void val_radio_capability_id_deletion(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_str(e, (p[0] & 7) == 0 ? "UE radio capability ID deletion not requested" :
		    (p[0] & 7) == 1 ? "network-assigned UE radio capability IDs deletion requested" :
		    "reserved");
}

/* 9.9.3.26A Extended EMM cause (type 1): NB-IoT allowed (bit 3), EPS optimization info (bit 2),
 * E-UTRAN allowed (bit 1); each "allowed" bit is 1 when not allowed */
static void val_extended_emm_cause(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n) {
		tk_emit_kv_bool(e, "nbIotAllowed", !(p[0] & 4));
		tk_emit_kv_str(e, "epsOptimizationInfo", p[0] & 2 ? "requested EPS optimization not "
			       "supported" : "no EPS optimization information");
		tk_emit_kv_bool(e, "eUtranAllowed", !(p[0] & 1));
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.9.4.23 Control plane only indication (type 1): CPOI, bit 1 */
static void val_control_plane_only(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_str(e, p[0] & 1 ? "PDN connection can be used for control plane CIoT EPS "
		    "optimization only" : "reserved");
}

/* 9.9.3.48 DCN-ID: the value of two octets */
static void val_dcn_id(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_inner_number(e, p, n, 2, "dcnId", "a DCN-ID");
}

/* 9.9.3.59 UE radio capability ID request: URCIDR, bit 1 */
static void val_radio_capability_id_request(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const struct tk_octet_flag flag = { "ueRadioCapabilityIdRequested", 1, 0 };

	tk_inner_octet_flags(e, p, n, &flag, 1, "a UE radio capability ID request");
}

/* 9.9.4.28 Serving PLMN rate control: the number of uplink ESM DATA TRANSPORT messages the UE
 * may send in 6 minutes (two octets) */
static void val_serving_plmn_rate_control(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_inner_number(e, p, n, 2, "servingPlmnRateControlValue", "a serving PLMN rate control");
}

/* ---- elements of ESM messages (9.9.4) ----------------------------------------------------- */

/* 9.9.4.10 PDN type, bits 3-1 */
static const struct tk_value_string pdn_request_type_names[] = {
	{ 1, "IPv4" },
	{ 2, "IPv6" },
	{ 3, "IPv4v6" },
	{ 4, "unused, interpreted as IPv6" },
	{ 5, "non IP" },
	{ 6, "Ethernet" },
	{ 0, NULL }
};

/* 9.9.4.5 ESM information transfer flag (type 1), EIT bit 1 */
static void val_esm_information_transfer(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_str(e, p[0] & 1 ? "security protected ESM information transfer required" :
		    "security protected ESM information transfer not required");
}

/* 9.9.4.7A Notification indicator */
static const struct tk_value_string notification_indicator_names[] = {
	{ 1, "SRVCC handover cancelled, IMS session re-establishment required" },
	{ 0, NULL }
};

static void val_notification_indicator(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, "a notification indicator")) {
		tk_emit_kv_long(e, "notificationIndicatorValue", p[0]);
		tk_inner_emit_name(e, "notificationIndicator", notification_indicator_names, NULL,
				   "reserved", p[0]);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.9.4.25 Release assistance indication (type 1): DDX, bits 2-1 */
static const struct tk_value_string ddx_names[] = {
	{ 0, "no information regarding DDX is conveyed" },
	{ 1, "no further uplink or downlink data transmission subsequent to the uplink data "
	     "transmission is expected" },
	{ 2, "only a single downlink data transmission and no further uplink data transmission "
	     "subsequent to the uplink data transmission is expected" },
	{ 3, "reserved" },
	{ 0, NULL }
};

static void val_release_assistance(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	(void)n;
	tk_emit_str(e, tk_vs_name(ddx_names, p[0] & 3));
}

/* ---- EPS QoS, APN-AMBR (9.9.4.3, 9.9.4.2) --------------------------------------------------- */

/* 9.9.4.3 QCI (octet 3): the values TS 23.203 Table 6.1.7 standardizes, 128-254 operator
 * specific, 0 and 255 reserved, the rest spare */
static const uint8_t standard_qcis[] = {
	1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 65, 66, 67, 69, 70, 71, 72, 73, 74, 75, 76, 79, 80, 82, 83,
	84, 85, 86
};

static const struct tk_vrange qci_ranges[] = {
	{ 128, 254, "operator-specific QCI" },
	{ 0, 0, "reserved" },
	{ 255, 255, "reserved" },
	{ 0, 0, NULL }
};

static void emit_qci(struct tk_emitter *e, uint8_t v)
{
	char buf[16];
	size_t i;

	tk_emit_kv_long(e, "qciValue", v);
	for (i = 0; i < sizeof(standard_qcis); i++)
		if (standard_qcis[i] == v) {
			snprintf(buf, sizeof(buf), "QCI %u", v);
			tk_emit_kv_str(e, "qci", buf);
			return;
		}
	tk_inner_emit_name(e, "qci", NULL, qci_ranges, "spare", v);
}

/*
 * An extended-2 bit rate octet of the EPS QoS (octets 12-15): 1-61 are 256 Mbit/s + 4 Mbit/s
 * steps, 62-161 500 Mbit/s + 10 Mbit/s steps, 162-246 1500 Mbit/s + 100 Mbit/s steps, the
 * rest 10 Gbit/s; kbit/s
 */
static long ext2_bit_rate_kbps(unsigned v)
{
	if (v <= 0x3d)
		return (256 + (long)v * 4) * 1000;
	if (v <= 0xa1)
		return (500 + (long)(v - 0x3d) * 10) * 1000;
	if (v <= 0xf6)
		return (1500 + (long)(v - 0xa1) * 100) * 1000;
	return 10000000;
}

/*
 * One EPS QoS bit rate as the octets that are there give it (9.9.4.3): the extended-2 octet
 * when not 0, else the extended one when not 0 (the TS 24.008 octets 15-18 coding), else the
 * octet of octets 4-7 (the TS 24.008 octet 8 coding), whose 0 is the subscribed value from
 * the UE and reserved from the network.
 */
static void emit_eps_bit_rate(struct tk_emitter *e, const char *key, const char *name,
			      const uint8_t *q, size_t n, size_t i)
{
	long kbps;

	if (n > i + 8 && q[i + 8])
		kbps = ext2_bit_rate_kbps(q[i + 8]);
	else if (n > i + 4 && q[i + 4])
		kbps = tk_qos_ext_bit_rate_kbps(q[i + 4]);
	else
		kbps = tk_qos_bit_rate_kbps(q[i]);
	if (kbps >= 0)
		tk_emit_kv_long(e, key, kbps);
	else
		tk_emit_kv_str(e, name, "subscribed (UE to network) / reserved (network to UE)");
}

void tk_emit_eps_qos(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: an EPS quality of service has at least the QCI");
		goto out;
	}
	emit_qci(e, p[0]);
	/* octets 4-7 maximum and guaranteed bit rates, 8-11 their extended, 12-15 extended-2
	 * octets: the value is 1, 5, 9 or 13 octets long */
	if (n >= 5) {
		const uint8_t *q = p + 1;
		size_t k = n - 1;

		emit_eps_bit_rate(e, "maximumBitRateUplinkKbps", "maximumBitRateUplink", q, k, 0);
		emit_eps_bit_rate(e, "maximumBitRateDownlinkKbps", "maximumBitRateDownlink", q, k, 1);
		emit_eps_bit_rate(e, "guaranteedBitRateUplinkKbps", "guaranteedBitRateUplink", q, k, 2);
		emit_eps_bit_rate(e, "guaranteedBitRateDownlinkKbps", "guaranteedBitRateDownlink", q,
				  k, 3);
	}
	if (n != 1 && n != 5 && n != 9 && n != 13)
		tk_inner_fail(&er, n < 13 ? n : 13, "an EPS quality of service of %zu octets (1, 5, "
			      "9 or 13)", n);
out:
	tk_inner_finish(e, p, n, &er);
}

/*
 * 9.9.4.2 APN aggregate maximum bit rate: octets 3 (downlink) and 4 (uplink) as TS 24.008
 * octet 8 (0 reserved), 5 and 6 their extended octets, 7 and 8 extended-2 octets that add
 * 256 Mbit/s each to what the others give (0 and 255: nothing to add)
 */
static void emit_ambr(struct tk_emitter *e, const char *key, const char *name, const uint8_t *p,
		      size_t n, size_t i)
{
	long kbps = n > i + 2 && p[i + 2] ? tk_qos_ext_bit_rate_kbps(p[i + 2]) :
		tk_qos_bit_rate_kbps(p[i]);

	if (n > i + 4 && p[i + 4] && p[i + 4] != 0xff)
		kbps = (kbps > 0 ? kbps : 0) + (long)p[i + 4] * 256000;
	if (kbps >= 0)
		tk_emit_kv_long(e, key, kbps);
	else
		tk_emit_kv_str(e, name, "reserved");
}

static void val_apn_ambr(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n < 2) {
		tk_inner_fail(&er, n, "truncated: an APN-AMBR has at least 2 octets, %zu present", n);
		goto out;
	}
	emit_ambr(e, "apnAmbrDownlinkKbps", "apnAmbrDownlink", p, n, 0);
	emit_ambr(e, "apnAmbrUplinkKbps", "apnAmbrUplink", p, n, 1);
	if (n != 2 && n != 4 && n != 6)
		tk_inner_fail(&er, n < 6 ? n : 6, "an APN-AMBR of %zu octets (2, 4 or 6)", n);
out:
	tk_inner_finish(e, p, n, &er);
}

/* 9.9.4.9 PDN address: PDN type value (bits 3-1 of octet 3), then the PDN address information */
static const struct tk_value_string pdn_type_names[] = {
	{ 1, "IPv4" },
	{ 2, "IPv6" },
	{ 3, "IPv4v6" },
	{ 5, "non IP" },
	{ 6, "Ethernet" },
	{ 0, NULL }
};

static void val_pdn_address(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	char text[INET6_ADDRSTRLEN];
	unsigned type;
	size_t want;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: the PDN type octet is missing");
		goto out;
	}
	type = p[0] & 7;
	tk_inner_emit_name(e, "pdnType", pdn_type_names, NULL, "reserved", type);
	/* IPv4: the address (4 octets); IPv6: an interface identifier (8); IPv4v6: both, the
	 * interface identifier first; non IP and Ethernet: 4 octets the UE ignores */
	want = type == 1 ? 4 : type == 2 ? 8 : type == 3 ? 12 : type == 5 || type == 6 ? 4 : 0;
	if (!want) {
		tk_inner_fail(&er, 0, "PDN type %u is reserved", type);
		goto out;
	}
	if (!tk_inner_fixed_at(&er, 1, n - 1, want, "the PDN address information"))
		goto out;
	if (type == 2 || type == 3) {
		/* the identifier as the low 64 bits of an address, for the RFC 5952 text */
		uint8_t a[16] = { 0 };

		memcpy(a + 8, p + 1, 8);
		if (inet_ntop(AF_INET6, a, text, sizeof(text)))
			tk_emit_kv_str(e, "ipv6InterfaceIdentifier", text);
	}
	if ((type == 1 || type == 3) && inet_ntop(AF_INET, p + 1 + (type == 3 ? 8 : 0), text, sizeof(text)))
		tk_emit_kv_str(e, "ipv4Address", text);
out:
	tk_inner_finish(e, p, n, &er);
}

/*
 * The unit octet of 9.9.4.29 Extended APN aggregate maximum bit rate and 9.9.4.30 Extended
 * quality of service: 3 is 4 Mbps and each next value 4 times more, up to 21 (256 Pbps), which
 * higher values are read as; 0 not used; 1 and 2 are 200 kbps and 1 Mbps for the QoS, not
 * used for the APN-AMBR
 */
static const char *const rate_unit_names[19] = {
	"4 Mbps", "16 Mbps", "64 Mbps", "256 Mbps", "1 Gbps", "4 Gbps", "16 Gbps", "64 Gbps",
	"256 Gbps", "1 Tbps", "4 Tbps", "16 Tbps", "64 Tbps", "256 Tbps", "1 Pbps", "4 Pbps",
	"16 Pbps", "64 Pbps", "256 Pbps"
};

static void emit_rate_unit(struct tk_emitter *e, const char *key, uint8_t u, int qos)
{
	const char *s;

	if (u == 0 || (!qos && u < 3))
		s = "not used";
	else if (u == 1)
		s = "200 kbps";
	else if (u == 2)
		s = "1 Mbps";
	else if (u <= 21)
		s = rate_unit_names[u - 3];
	else
		s = "unassigned, interpreted as 256 Pbps";
	tk_emit_kv_str(e, key, s);
}

/* 9.9.4.30 Extended quality of service: unit and the uplink and downlink maximum bit rates (2
 * octets each, multiples of the unit), then the same for the guaranteed bit rates */
static void val_extended_eps_qos(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 10, "an extended EPS quality of service")) {
		emit_rate_unit(e, "unitForMaximumBitRate", p[0], 1);
		tk_emit_kv_long(e, "maximumBitRateUplink", (long)p[1] << 8 | p[2]);
		tk_emit_kv_long(e, "maximumBitRateDownlink", (long)p[3] << 8 | p[4]);
		emit_rate_unit(e, "unitForGuaranteedBitRate", p[5], 1);
		tk_emit_kv_long(e, "guaranteedBitRateUplink", (long)p[6] << 8 | p[7]);
		tk_emit_kv_long(e, "guaranteedBitRateDownlink", (long)p[8] << 8 | p[9]);
	}
	tk_inner_finish(e, p, n, &er);
}

/* 9.9.4.29 Extended APN aggregate maximum bit rate: unit and downlink rate, unit and uplink
 * rate (2 octets each, multiples of the unit) */
static void val_extended_apn_ambr(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 6, "an extended APN-AMBR")) {
		emit_rate_unit(e, "unitForExtendedApnAmbrDownlink", p[0], 0);
		tk_emit_kv_long(e, "extendedApnAmbrDownlink", (long)p[1] << 8 | p[2]);
		emit_rate_unit(e, "unitForExtendedApnAmbrUplink", p[3], 0);
		tk_emit_kv_long(e, "extendedApnAmbrUplink", (long)p[4] << 8 | p[5]);
	}
	tk_inner_finish(e, p, n, &er);
}

/* ---- exported element values for nas_5gs.c's mapped EPS bearer contexts ------------------ */

void tk_emit_apn_ambr(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_apn_ambr(e, p, n);
}

void tk_emit_extended_apn_ambr(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_extended_apn_ambr(e, p, n);
}

void tk_emit_extended_eps_qos(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_extended_eps_qos(e, p, n);
}

/* ---- 9.9.3.56 Ciphering key data (TS 24.501 9.11.3.18C has the same layout) ---------------- */

/*
 * The posSIB types of the bitmaps, in the order of their bits (bit 8 of the first octet first):
 * E-UTRA posSibType1-1 .. 1-8, 2-1 .. 2-25, 3-1, 4-1, 5-1 (TS 36.355), NR posSibType1-1 .. 1-8,
 * 2-1 .. 2-23, 3-1, 4-1, 5-1, 6-1 .. 6-3 (TS 37.355), as tshark 4.0.17 names the bits
 */
static const uint8_t eutra_possib_groups[] = { 8, 25, 1, 1, 1, 0 };
static const uint8_t nr_possib_groups[] = { 8, 23, 1, 1, 1, 3, 0 };

static void emit_possib_bitmap(struct tk_emitter *e, const char *key, const uint8_t *p, size_t n,
			       const uint8_t *groups)
{
	char buf[64];
	size_t bit, g, k;

	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (bit = 0; bit < 8 * n; bit++) {
		if (!(p[bit / 8] & (0x80 >> (bit % 8))))
			continue;
		for (g = 0, k = bit; groups[g] && k >= groups[g]; g++)
			k -= groups[g];
		if (groups[g])
			snprintf(buf, sizeof(buf), "posSibType%zu-%zu", g + 1, k + 1);
		else
			snprintf(buf, sizeof(buf), "spare bit %zu", bit + 1);
		tk_emit_str(e, buf);
	}
	tk_emit_close(e, 1);
}

/* two BCD digits of a semi-octet pair (TS 23.040 9.2.3.11 style: low nibble first), -1 if not
 * decimal */
static int swapped_bcd(uint8_t o)
{
	if ((o & 0x0f) > 9 || (o >> 4) > 9)
		return -1;
	return (o & 0x0f) * 10 + (o >> 4);
}

void tk_emit_ciphering_key_data_of(struct tk_emitter *e, const uint8_t *p, size_t n,
				   void (*tai_list)(struct tk_emitter *e, const uint8_t *p, size_t n))
{
	struct tk_inner_err er;
	size_t i = 0, k;
	int t[5], j;
	char buf[80];

	n = tk_inner_start(e, &er, p, n);
	if (n < 1)
		tk_inner_fail(&er, 0, "truncated: ciphering key data hold at least one data set");
	tk_emit_key(e, "cipheringDataSets");
	tk_emit_open(e, 1);
	/* each set: ciphering set ID (2 octets), ciphering key (16), spare bits 8-6 and c0 length
	 * (bits 5-1), c0, E-UTRA posSIB length (bits 4-1) and bitmap, NR posSIB length and
	 * bitmap, validity start time (5: year, month, day, hour, minute in semi-octets),
	 * validity duration (2, minutes), TAIs list length and TAI list */
	while (i < n) {
		tk_emit_open(e, 0);
		if (n - i < 19) {
			tk_inner_fail(&er, n, "truncated: a ciphering data set needs 19 octets up to "
				      "its c0 length, %zu present", n - i);
			tk_emit_close(e, 0);
			break;
		}
		tk_emit_kv_long(e, "cipheringSetId", (long)p[i] << 8 | p[i + 1]);
		tk_emit_kv_hex(e, "cipheringKey", p + i + 2, 16);
		k = p[i + 18] & 0x1f;
		i += 19;
		if (k > n - i) {
			tk_inner_fail(&er, i - 1, "a c0 of %zu octets, %zu present", k, n - i);
			tk_emit_close(e, 0);
			break;
		}
		tk_emit_kv_hex(e, "c0", p + i, k);
		i += k;
		for (j = 0; j < 2; j++) {
			if (i >= n) {
				tk_inner_fail(&er, n, "truncated: the %s posSIB length is missing",
					      j ? "NR" : "E-UTRA");
				break;
			}
			k = p[i] & 0x0f;
			if (k > n - i - 1) {
				tk_inner_fail(&er, i, "a posSIB bitmap of %zu octets, %zu present", k,
					      n - i - 1);
				i = n + 1;
				break;
			}
			emit_possib_bitmap(e, j ? "nrPosSibTypes" : "eutraPosSibTypes", p + i + 1, k,
					   j ? nr_possib_groups : eutra_possib_groups);
			i += 1 + k;
		}
		if (j < 2 || n - i < 8) {
			if (j == 2)
				tk_inner_fail(&er, n, "truncated: the validity time and the TAIs list "
					      "length need 8 octets, %zu present", n - i);
			tk_emit_close(e, 0);
			break;
		}
		for (j = 0; j < 5; j++)
			t[j] = swapped_bcd(p[i + j]);
		if (t[0] < 0 || t[1] < 1 || t[1] > 12 || t[2] < 1 || t[2] > 31 || t[3] < 0 ||
		    t[3] > 23 || t[4] < 0 || t[4] > 59) {
			tk_inner_fail(&er, i, "the validity start time is not a date and time");
			tk_emit_kv_hex(e, "validityStartTimeHex", p + i, 5);
		} else {
			snprintf(buf, sizeof(buf), "20%02d-%02d-%02dT%02d:%02d", t[0], t[1], t[2], t[3],
				 t[4]);
			tk_emit_kv_str(e, "validityStartTime", buf);
		}
		tk_emit_kv_long(e, "validityDurationMinutes", (long)p[i + 5] << 8 | p[i + 6]);
		k = p[i + 7];
		i += 8;
		if (k > n - i) {
			tk_inner_fail(&er, i - 1, "a TAI list of %zu octets, %zu present", k, n - i);
			tk_emit_close(e, 0);
			break;
		}
		tk_emit_key(e, "taiList");
		tai_list(e, p + i, k);
		i += k;
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_ciphering_key_data(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	tk_emit_ciphering_key_data_of(e, p, n, tk_emit_tai_list);
}

/* ---- 9.9.3.37A Extended emergency number list (TS 24.501 9.11.3.26 the same) ------------- */

/* EENLV, bit 1 of octet 4 */
static const struct tk_value_string eenlv_names[] = {
	{ 0, "valid in the country of the PLMN from which this IE is received" },
	{ 1, "valid only in the PLMN from which this IE is received" },
	{ 0, NULL }
};

/* the sub-services field as text ("subServicesText"): characters of the GSM 7 bit default
 * alphabet packed as TS 23.038 6.1.2.1 packs them, as tshark 4.0.17 reads the field (the
 * wording of TS 24.301 9.9.3.37A on its coding could not be checked here); 7 octets carry 8
 * septets, of which a last one of 0 is padding */
static void sub_services_text(struct tk_emitter *e, const uint8_t *p, size_t len, size_t base,
			      struct tk_inner_err *er)
{
	char text[4 * 300];
	size_t septets = len * 8 / 7;

	if (!len)
		return;
	if (len % 7 == 0 && (p[len - 1] >> 1) == 0)
		septets--;
	if (tk_gsm7_default_text(p, len, septets, text, sizeof(text)) < 0)
		tk_inner_fail(er, base, "the sub-services field is no GSM 7 bit text");
	else
		tk_emit_kv_str(e, "subServicesText", text);
}

/* EENLV; then entries: the length of the emergency number information, the number (BCD, low
 * nibble first, a final filler 1111), the length of the sub-services field and the field
 * (hex, and beside it as text: sub_services_text) */
void tk_emit_extended_emergency_number_list(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	char digits[2 * 255 + 1];
	size_t i, len;
	char *f;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: an extended emergency number list has at least 1 "
			      "octet");
		goto out;
	}
	tk_emit_kv_long(e, "eenlvValue", p[0] & 1);
	tk_inner_emit_name(e, "eenlv", eenlv_names, NULL, "unknown", p[0] & 1);
	tk_emit_key(e, "emergencyNumbers");
	tk_emit_open(e, 1);
	for (i = 1; i < n;) {
		len = p[i];
		if (len > n - i - 1) {
			tk_inner_fail(&er, i, "emergency number information of %zu octets, %zu present",
				      len, n - i - 1);
			break;
		}
		tk_emit_open(e, 0);
		if (tk_bcd_nibbles(p + i + 1, 0, (int)(2 * len), digits, sizeof(digits)) >= 0) {
			if ((f = strchr(digits, 'F')))
				*f = 0;
			tk_emit_kv_str(e, "emergencyNumber", digits);
		}
		i += 1 + len;
		if (i >= n) {
			tk_inner_fail(&er, n, "truncated: the sub-services field length is missing");
			tk_emit_close(e, 0);
			break;
		}
		len = p[i];
		if (len > n - i - 1) {
			tk_inner_fail(&er, i, "a sub-services field of %zu octets, %zu present", len,
				      n - i - 1);
			tk_emit_close(e, 0);
			break;
		}
		tk_emit_kv_hex(e, "subServices", p + i + 1, len);
		sub_services_text(e, p + i + 1, len, i + 1, &er);
		tk_emit_close(e, 0);
		i += 1 + len;
	}
	tk_emit_close(e, 1);
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- 9.9.3.60 UE radio capability ID (TS 24.501 9.11.3.68 the same) ---------------------------- */

/* TS 23.003 29.2: the type field, the first hexadecimal digit */
static const struct tk_value_string radio_capability_id_type_names[] = {
	{ 0, "manufacturer-assigned UE radio capability ID" },
	{ 1, "network-assigned UE radio capability ID" },
	{ 0, NULL }
};

/* the hexadecimal digits, digit 1 in bits 4-1 of the first octet, an odd number ending in the
 * filler 1111; then by TS 23.003 29.2: the type field (TF), for a manufacturer-assigned ID the
 * vendor ID (8 digits) after it, for a network-assigned one the version ID (2 digits) before the
 * radio configuration identifier (RCI, the last 11 digits) */
void tk_emit_ue_radio_capability_id(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const char hexd[] = "0123456789ABCDEF";
	struct tk_inner_err er;
	char d[2 * 255 + 1], buf[16];
	size_t i, k = 0;
	unsigned tf;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: a UE radio capability ID has at least 1 octet");
		goto out;
	}
	for (i = 0; i < n && i < 255; i++) {
		d[k++] = hexd[p[i] & 0x0f];
		d[k++] = hexd[p[i] >> 4];
	}
	if (n > 255)
		tk_inner_fail(&er, 255, "a UE radio capability ID of %zu octets is too long", n);
	/* the filler of an odd number of digits */
	if (d[k - 1] == 'F')
		k--;
	d[k] = 0;
	tk_emit_kv_str(e, "ueRadioCapabilityId", d);
	tf = (unsigned)(p[0] & 0x0f);
	tk_emit_kv_long(e, "typeFieldValue", tf);
	tk_inner_emit_name(e, "typeField", radio_capability_id_type_names, NULL, "spare", tf);
	if (tf == 0 && k >= 1 + 8 + 11) {
		memcpy(buf, d + 1, 8);
		buf[8] = 0;
		tk_emit_kv_str(e, "vendorId", buf);
	} else if (tf == 1 && k >= 1 + 2 + 11) {
		memcpy(buf, d + k - 13, 2);
		buf[2] = 0;
		tk_emit_kv_str(e, "versionId", buf);
	}
	if ((tf == 0 && k >= 1 + 8 + 11) || (tf == 1 && k >= 1 + 2 + 11))
		tk_emit_kv_str(e, "radioConfigurationIdentifier", d + k - 11);
out:
	tk_inner_finish(e, p, n, &er);
}

/* 9.9.4.13A Re-attempt indicator: EPLMNC (bit 2), RATC (bit 1), each 1 when the UE may not
 * re-attempt (in an equivalent PLMN; in A/Gb, Iu or N1 mode) */
static void val_reattempt_indicator(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const struct tk_octet_flag flags[] = {
		{ "reattemptInEquivalentPlmnAllowed", 2, 1 }, { "reattemptInOtherModesAllowed", 1, 1 }
	};

	tk_inner_octet_flags(e, p, n, flags, 2, "a re-attempt indicator");
}

/*
 * 9.9.4.22 Header compression configuration: the ROHC profiles the sender supports (bits 1-7
 * of octet 3), MAX_CID (octets 4-5), then optionally the additional header compression
 * context setup parameters: their type (a profile) and container (the profile's parameters,
 * TS 36.323: hex)
 */
static const char *const rohc_profile_names[8] = {
	"0x0000 (no compression)", "0x0002 (UDP/IP)", "0x0003 (ESP/IP)", "0x0004 (IP)",
	"0x0006 (TCP/IP)", "0x0102 (UDP/IP)", "0x0103 (ESP/IP)", "0x0104 (IP)"
};

static void val_header_compression(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	int b;

	n = tk_inner_start(e, &er, p, n);
	if (n < 3) {
		tk_inner_fail(&er, n, "truncated: a header compression configuration has at least 3 "
			      "octets, %zu present", n);
		goto out;
	}
	tk_emit_key(e, "rohcProfiles");
	tk_emit_open(e, 1);
	for (b = 0; b < 7; b++)
		if (p[0] & (1u << b))
			tk_emit_str(e, rohc_profile_names[b + 1]);
	tk_emit_close(e, 1);
	tk_emit_kv_long(e, "maxCid", (long)p[1] << 8 | p[2]);
	if (n >= 4) {
		tk_emit_kv_long(e, "additionalParametersTypeValue", p[3]);
		tk_emit_kv_str(e, "additionalParametersType", p[3] < 8 ? rohc_profile_names[p[3]] :
			       "unknown");
		tk_emit_kv_hex(e, "additionalParametersContainer", p + 4, n - 4);
	}
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- more exported element values, for nas_5gs.c's elements of the same layout ---------- */

void tk_emit_eps_bearer_context_status(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_bearer_context_status(e, p, n);
}

void tk_emit_header_compression_configuration(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_header_compression(e, p, n);
}

void tk_emit_serving_plmn_rate_control(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_serving_plmn_rate_control(e, p, n);
}

void tk_emit_reattempt_indicator(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_reattempt_indicator(e, p, n);
}

void tk_emit_ue_status(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_ue_status(e, p, n);
}

void tk_emit_additional_information_requested(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	val_additional_information_requested(e, p, n);
}

/* ---- traffic flow template (TS 24.008 10.5.6.12) ----------------------------------------- */

/* TFT operation code, bits 8-6 of octet 3 */
static const struct tk_value_string tft_op_names[] = {
	{ 0, "Ignore this IE" },
	{ 1, "Create new TFT" },
	{ 2, "Delete existing TFT" },
	{ 3, "Add packet filters to existing TFT" },
	{ 4, "Replace packet filters in existing TFT" },
	{ 5, "Delete packet filters from existing TFT" },
	{ 6, "No TFT operation" },
	{ 7, "Reserved" },
	{ 0, NULL }
};

/* packet filter direction, bits 6-5 */
static const struct tk_value_string tft_direction_names[] = {
	{ 0, "pre Release-7 TFT filter" },
	{ 1, "downlink only" },
	{ 2, "uplink only" },
	{ 3, "bidirectional" },
	{ 0, NULL }
};

/* parameter identifiers of the parameters list */
static const struct tk_value_string tft_parameter_names[] = {
	{ 1, "Authorization Token" },
	{ 2, "Flow Identifier" },
	{ 3, "Packet Filter Identifier" },
	{ 0, NULL }
};

/* packet filter component types and the length of their value */
static const struct {
	uint8_t type;
	uint8_t len;
	const char *name;
} tft_components[] = {
	{ 0x10, 8, "IPv4 remote address type" },
	{ 0x11, 8, "IPv4 local address type" },
	{ 0x20, 32, "IPv6 remote address type" },
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
};

static void emit_ip(struct tk_emitter *e, const char *key, int af, const uint8_t *a)
{
	char text[INET6_ADDRSTRLEN];

	if (inet_ntop(af, a, text, sizeof(text)))
		tk_emit_kv_str(e, key, text);
}

/* one component's value (v, the length of its type): TS 24.008 10.5.6.12 and TS 24.501
 * 9.11.4.13, whose types are the same but for 0x01 (match-all, no value), 0x88 and 0x89 (MAC
 * address ranges) of TS 24.501 and 0x20 of TS 24.008; a type without fields emits nothing */
void tk_emit_packet_filter_component(struct tk_emitter *e, uint8_t type, const uint8_t *v)
{
	char mac[18];

	switch (type) {
	case 0x10:
	case 0x11:
		emit_ip(e, "address", AF_INET, v);
		emit_ip(e, "mask", AF_INET, v + 4);
		break;
	case 0x20:
		emit_ip(e, "address", AF_INET6, v);
		emit_ip(e, "mask", AF_INET6, v + 16);
		break;
	case 0x21:
	case 0x23:
		emit_ip(e, "address", AF_INET6, v);
		tk_emit_kv_long(e, "prefixLength", v[16]);
		break;
	case 0x30:
		tk_emit_kv_long(e, "protocolIdentifier", v[0]);
		break;
	case 0x40:
	case 0x50:
		tk_emit_kv_long(e, "port", (long)v[0] << 8 | v[1]);
		break;
	case 0x41:
	case 0x51:
		tk_emit_kv_long(e, "portLow", (long)v[0] << 8 | v[1]);
		tk_emit_kv_long(e, "portHigh", (long)v[2] << 8 | v[3]);
		break;
	case 0x60:
		tk_emit_kv_long(e, "securityParameterIndex",
				(long)((unsigned long)v[0] << 24 | (unsigned long)v[1] << 16 |
				       (unsigned long)v[2] << 8 | v[3]));
		break;
	case 0x70:
		tk_emit_kv_long(e, "typeOfService", v[0]);
		tk_emit_kv_long(e, "mask", v[1]);
		break;
	case 0x80:
		/* bits 4-1 of the first octet and two octets: 20 bits */
		tk_emit_kv_long(e, "flowLabel", (long)(v[0] & 0x0f) << 16 | (long)v[1] << 8 | v[2]);
		break;
	case 0x81:
	case 0x82:
		snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x", v[0], v[1], v[2], v[3],
			 v[4], v[5]);
		tk_emit_kv_str(e, "macAddress", mac);
		break;
	case 0x83:
	case 0x84:
		/* bits 4-1 of the first octet and the second octet: the 12-bit VID */
		tk_emit_kv_long(e, "vid", (long)(v[0] & 0x0f) << 8 | v[1]);
		break;
	case 0x85:
	case 0x86:
		/* bits 4-2 PCP, bit 1 DEI */
		tk_emit_kv_long(e, "pcp", (v[0] >> 1) & 7);
		tk_emit_kv_long(e, "dei", v[0] & 1);
		break;
	case 0x87:
		tk_emit_kv_long(e, "ethertype", (long)v[0] << 8 | v[1]);
		break;
	case 0x88:
	case 0x89:
		/* the low and the high limit of the range */
		snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x", v[0], v[1], v[2], v[3],
			 v[4], v[5]);
		tk_emit_kv_str(e, "macAddressLow", mac);
		snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x", v[6], v[7], v[8], v[9],
			 v[10], v[11]);
		tk_emit_kv_str(e, "macAddressHigh", mac);
		break;
	default:
		break;
	}
}

/* the components of one packet filter, p[0..n) at base of the TFT's octets */
static void tft_components_of(struct tk_emitter *e, const uint8_t *p, size_t n, size_t base,
			      struct tk_inner_err *er)
{
	size_t i = 0, c;

	tk_emit_key(e, "components");
	tk_emit_open(e, 1);
	while (i < n) {
		for (c = 0; c < sizeof(tft_components) / sizeof(tft_components[0]); c++)
			if (tft_components[c].type == p[i])
				break;
		if (c == sizeof(tft_components) / sizeof(tft_components[0])) {
			/* the length of an unknown component is not known: the rest is not read */
			tk_inner_fail(er, base + i, "unknown packet filter component type 0x%02x", p[i]);
			tk_emit_open(e, 0);
			tk_emit_kv_long(e, "typeValue", p[i]);
			tk_emit_kv_hex(e, "contents", p + i, n - i);
			tk_emit_close(e, 0);
			break;
		}
		tk_emit_open(e, 0);
		tk_emit_kv_str(e, "type", tft_components[c].name);
		if (n - i - 1 < tft_components[c].len) {
			tk_inner_fail(er, base + n, "truncated: a %s component has %u octets, %zu present",
				      tft_components[c].name, tft_components[c].len, n - i - 1);
			tk_emit_close(e, 0);
			break;
		}
		tk_emit_packet_filter_component(e, p[i], p + i + 1);
		tk_emit_close(e, 0);
		i += 1 + tft_components[c].len;
	}
	tk_emit_close(e, 1);
}

void tk_emit_tft(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	unsigned op, count, f = 0;
	int with_filters;
	size_t i;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: the TFT operation code octet is missing");
		goto out;
	}
	/* octet 3: operation code (bits 8-6), E bit (5), number of packet filters (4-1) */
	op = p[0] >> 5;
	count = p[0] & 0x0f;
	tk_inner_emit_name(e, "tftOperationCode", tft_op_names, NULL, "reserved", op);
	tk_emit_kv_bool(e, "parametersListIncluded", p[0] & 0x10);
	tk_emit_kv_long(e, "numberOfPacketFilters", count);
	i = 1;
	/* creating, adding, replacing and deleting filters carry them; the other operations have
	 * an empty packet filter list */
	with_filters = op == 1 || op == 3 || op == 4 || op == 5;
	if (!with_filters && count)
		tk_inner_fail(&er, 0, "%u packet filters with operation code %u, which has none",
			      count, op);
	tk_emit_key(e, "packetFilters");
	tk_emit_open(e, 1);
	for (f = 0; with_filters && f < count && i < n; f++) {
		tk_emit_open(e, 0);
		if (op == 5) {
			/* deletion: spare half octet, the identifier */
			tk_emit_kv_long(e, "packetFilterIdentifier", p[i] & 0x0f);
			tk_emit_close(e, 0);
			i++;
			continue;
		}
		/* spare (bits 8-7), direction (6-5), identifier (4-1); evaluation precedence; length
		 * of the contents; the components */
		tk_emit_kv_long(e, "packetFilterIdentifier", p[i] & 0x0f);
		tk_inner_emit_name(e, "direction", tft_direction_names, NULL, "reserved",
				   (p[i] >> 4) & 3);
		if (n - i < 3) {
			tk_inner_fail(&er, n, "truncated: packet filter %u without its precedence and "
				      "length", f + 1);
			tk_emit_close(e, 0);
			i = n;
			break;
		}
		tk_emit_kv_long(e, "evaluationPrecedence", p[i + 1]);
		if (p[i + 2] > n - i - 3) {
			tk_inner_fail(&er, i + 2, "packet filter %u of length %u, %zu octets follow",
				      f + 1, p[i + 2], n - i - 3);
			tk_emit_close(e, 0);
			i = n;
			break;
		}
		tft_components_of(e, p + i + 3, p[i + 2], i + 3, &er);
		tk_emit_close(e, 0);
		i += 3 + (size_t)p[i + 2];
	}
	tk_emit_close(e, 1);
	if (with_filters && f < count)
		tk_inner_fail(&er, n, "truncated: %u packet filters, %u present", count, f);
	if (p[0] & 0x10) {
		/* the parameters list: identifier, length, contents */
		tk_emit_key(e, "parameters");
		tk_emit_open(e, 1);
		while (i < n) {
			tk_emit_open(e, 0);
			tk_inner_emit_name(e, "parameterIdentifier", tft_parameter_names, NULL,
					   "unknown", p[i]);
			if (n - i < 2 || p[i + 1] > n - i - 2) {
				tk_inner_fail(&er, i, "a parameter that runs past the TFT");
				tk_emit_close(e, 0);
				i = n;
				break;
			}
			tk_emit_kv_hex(e, "contents", p + i + 2, p[i + 1]);
			tk_emit_close(e, 0);
			i += 2 + (size_t)p[i + 1];
		}
		tk_emit_close(e, 1);
	} else if (i < n) {
		tk_inner_fail(&er, i, "%zu octets after the packet filters", n - i);
	}
out:
	tk_inner_finish(e, p, n, &er);
}

/*
 * 9.9.4.20 Remote UE context list: the number of contexts, then each context's length, the
 * number of its user identities, each identity's length and value (bits 3-1 of its first
 * octet the type, bit 4 odd/even, the digits as in a mobile identity; an encrypted IMSI in
 * hex), and the remote UE's address: its type (bits 3-1), an IPv4 address and a port number
 * or an IPv6 prefix (8 octets)
 */
static const struct tk_value_string user_identity_type_names[] = {
	{ 1, "encrypted IMSI" },
	{ 2, "IMSI" },
	{ 3, "MSISDN" },
	{ 4, "IMEI" },
	{ 5, "IMEISV" },
	{ 0, NULL }
};

/* one context c[0..n), at base of the list's octets */
static void remote_ue_context(struct tk_emitter *e, const uint8_t *c, size_t n, size_t base,
			      struct tk_inner_err *er)
{
	char digits[48];
	size_t j = 1, k, len;
	unsigned type;

	if (n < 1) {
		tk_inner_fail(er, base, "an empty remote UE context");
		return;
	}
	tk_emit_key(e, "userIdentities");
	tk_emit_open(e, 1);
	for (k = 0; k < c[0]; k++) {
		if (j >= n || c[j] < 1 || c[j] > n - j - 1) {
			tk_inner_fail(er, base + j, "truncated: user identity %zu of %u runs past the "
				      "remote UE context", k + 1, c[0]);
			tk_emit_close(e, 1);
			return;
		}
		len = c[j];
		type = c[j + 1] & 7;
		tk_emit_open(e, 0);
		tk_inner_emit_name(e, "typeOfUserIdentity", user_identity_type_names, NULL,
				   "reserved", type);
		if (type >= 2 && type <= 5 && len <= 20 &&
		    tk_bcd_nibbles(c + j + 1, 1, (int)(2 * len) - !(c[j + 1] & 8), digits,
				   sizeof(digits)) >= 0)
			tk_emit_kv_str(e, "digits", digits);
		else
			tk_emit_kv_hex(e, "value", c + j + 1, len);
		tk_emit_close(e, 0);
		j += 1 + len;
	}
	tk_emit_close(e, 1);
	if (j >= n)
		return;
	type = c[j] & 7;
	tk_emit_kv_str(e, "addressType", type == 1 ? "IPv4" : type == 2 ? "IPv6" : "reserved");
	if (type == 1 && n - j - 1 >= 6) {
		emit_ip(e, "ipv4Address", AF_INET, c + j + 1);
		tk_emit_kv_long(e, "portNumber", (long)c[j + 5] << 8 | c[j + 6]);
		j += 7;
	} else if (type == 2 && n - j - 1 >= 8) {
		uint8_t a[16] = { 0 };

		memcpy(a, c + j + 1, 8);
		emit_ip(e, "ipv6Prefix", AF_INET6, a);
		j += 9;
	} else {
		tk_inner_fail(er, base + j, "remote UE address type %u with %zu octets", type,
			      n - j - 1);
		return;
	}
	if (j < n)
		tk_inner_fail(er, base + j, "%zu octets after the remote UE address", n - j);
}

static void val_remote_ue_context_list(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t i = 1;
	unsigned k = 0;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: the number of remote UE contexts is missing");
		goto out;
	}
	tk_emit_kv_long(e, "numberOfRemoteUeContexts", p[0]);
	tk_emit_key(e, "contexts");
	tk_emit_open(e, 1);
	while (i < n) {
		if (p[i] > n - i - 1) {
			tk_inner_fail(&er, i, "a remote UE context of length %u, %zu octets follow",
				      p[i], n - i - 1);
			break;
		}
		tk_emit_open(e, 0);
		remote_ue_context(e, p + i + 1, p[i], i + 1, &er);
		tk_emit_close(e, 0);
		i += 1 + (size_t)p[i];
		k++;
	}
	tk_emit_close(e, 1);
	if (i >= n && k != p[0])
		tk_inner_fail(&er, 0, "%u remote UE contexts, %u present", p[0], k);
out:
	tk_inner_finish(e, p, n, &er);
}

/* 9.9.4.21 PKMF address: address type (bits 3-1 of octet 3: 1 IPv4, 2 IPv6), the address */
static void val_pkmf_address(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	unsigned type;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: the address type octet is missing");
		goto out;
	}
	type = p[0] & 7;
	tk_emit_kv_str(e, "addressType", type == 1 ? "IPv4" : type == 2 ? "IPv6" : "reserved");
	if (type == 1 && tk_inner_fixed_at(&er, 1, n - 1, 4, "an IPv4 address"))
		emit_ip(e, "address", AF_INET, p + 1);
	else if (type == 2 && tk_inner_fixed_at(&er, 1, n - 1, 16, "an IPv6 address"))
		emit_ip(e, "address", AF_INET6, p + 1);
	else if (type != 1 && type != 2)
		tk_inner_fail(&er, 0, "address type %u is reserved", type);
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- EPS mobility management messages (8.2) ---------------------------------------------- */

/* 9.8 Table 9.8.1 Message types for EPS mobility management */
static const struct tk_value_string emm_msg_names[] = {
	{ 0x41, "ATTACH REQUEST" },
	{ 0x42, "ATTACH ACCEPT" },
	{ 0x43, "ATTACH COMPLETE" },
	{ 0x44, "ATTACH REJECT" },
	{ 0x45, "DETACH REQUEST" },
	{ 0x46, "DETACH ACCEPT" },
	{ 0x48, "TRACKING AREA UPDATE REQUEST" },
	{ 0x49, "TRACKING AREA UPDATE ACCEPT" },
	{ 0x4a, "TRACKING AREA UPDATE COMPLETE" },
	{ 0x4b, "TRACKING AREA UPDATE REJECT" },
	{ 0x4c, "EXTENDED SERVICE REQUEST" },
	{ 0x4d, "CONTROL PLANE SERVICE REQUEST" },
	{ 0x4e, "SERVICE REJECT" },
	{ 0x4f, "SERVICE ACCEPT" },
	{ 0x50, "GUTI REALLOCATION COMMAND" },
	{ 0x51, "GUTI REALLOCATION COMPLETE" },
	{ 0x52, "AUTHENTICATION REQUEST" },
	{ 0x53, "AUTHENTICATION RESPONSE" },
	{ 0x54, "AUTHENTICATION REJECT" },
	{ 0x5c, "AUTHENTICATION FAILURE" },
	{ 0x55, "IDENTITY REQUEST" },
	{ 0x56, "IDENTITY RESPONSE" },
	{ 0x5d, "SECURITY MODE COMMAND" },
	{ 0x5e, "SECURITY MODE COMPLETE" },
	{ 0x5f, "SECURITY MODE REJECT" },
	{ 0x60, "EMM STATUS" },
	{ 0x61, "EMM INFORMATION" },
	{ 0x62, "DOWNLINK NAS TRANSPORT" },
	{ 0x63, "UPLINK NAS TRANSPORT" },
	{ 0x64, "CS SERVICE NOTIFICATION" },
	{ 0x68, "DOWNLINK GENERIC NAS TRANSPORT" },
	{ 0x69, "UPLINK GENERIC NAS TRANSPORT" },
	{ 0, NULL }
};

/* 9.9.3.10 EPS attach result, bits 3-1 */
static const struct tk_value_string attach_result_names[] = {
	{ 1, "EPS only" },
	{ 2, "combined EPS/IMSI attach" },
	{ 0, NULL }
};

/* 9.9.3.13 EPS update result, bits 3-1 */
static const struct tk_value_string update_result_names[] = {
	{ 0, "TA updated" },
	{ 1, "combined TA/LA updated" },
	{ 4, "TA updated and ISR activated" },
	{ 5, "combined TA/LA updated and ISR activated" },
	{ 0, NULL }
};

/* 9.9.3.7 Detach type, bits 3-1, by direction */
static const struct tk_value_string detach_from_ue_names[] = {
	{ 1, "EPS detach" },
	{ 2, "IMSI detach" },
	{ 3, "combined EPS/IMSI detach" },
	{ 6, "reserved" },
	{ 7, "reserved" },
	{ 0, NULL }
};

static const struct tk_value_string detach_to_ue_names[] = {
	{ 1, "re-attach required" },
	{ 2, "re-attach not required" },
	{ 3, "IMSI detach" },
	{ 6, "reserved" },
	{ 7, "reserved" },
	{ 0, NULL }
};

/* 9.9.3.17 Identity type 2 (TS 24.008 10.5.5.9), bits 3-1 */
static const struct tk_value_string identity_type2_names[] = {
	{ 1, "IMSI" },
	{ 2, "IMEI" },
	{ 3, "IMEISV" },
	{ 4, "TMSI" },
	{ 0, NULL }
};

/* 9.9.3.25A Paging identity, bit 1 */
static const struct tk_value_string paging_identity_names[] = {
	{ 0, "IMSI" },
	{ 1, "TMSI" },
	{ 0, NULL }
};

/* optional elements by message (the tables of 8.2) */
static const struct tk_nas_ie ies_none[] = { { 0, 0, 0, 0, NULL, NULL } };

#define IE_NETWORK_COMMON \
	{ 0x4a, TK_NAS_TLV, 0, 0, "Equivalent PLMNs", tk_emit_plmn_list_24008 }, \
	{ 0x34, TK_NAS_TLV, 0, 0, "Emergency number list", tk_emit_emergency_number_list_24008 }, \
	{ 0x64, TK_NAS_TLV, 0, 0, "EPS network feature support", val_eps_network_feature_support }, \
	{ 0xf0, TK_NAS_TV1, 1, 0, "Additional update result", val_add_update_result }, \
	{ 0x5e, TK_NAS_TLV, 0, 0, "T3412 extended value", val_timer3 }, \
	{ 0x6a, TK_NAS_TLV, 0, 0, "T3324 value", val_timer }, \
	{ 0x6e, TK_NAS_TLV, 0, 0, "Extended DRX parameters", tk_emit_extended_drx_24008 }

#define IE_NETWORK_COMMON_2 \
	{ 0x65, TK_NAS_TLV, 0, 0, "DCN-ID", val_dcn_id }, \
	{ 0xe0, TK_NAS_TV1, 1, 0, "SMS services status", val_sms_services_status }, \
	{ 0xd0, TK_NAS_TV1, 1, 0, "Non-3GPP NW provided policies", val_non_3gpp_policies }, \
	{ 0x6b, TK_NAS_TLV, 0, 0, "T3448 value", val_timer }, \
	{ 0xc0, TK_NAS_TV1, 1, 0, "Network policy", val_network_policy }, \
	{ 0x6c, TK_NAS_TLV, 0, 0, "T3447 value", val_timer3 }, \
	{ 0x7a, TK_NAS_TLVE, 0, 0, "Extended emergency number list", tk_emit_extended_emergency_number_list }, \
	{ 0x7c, TK_NAS_TLVE, 0, 0, "Ciphering key data", tk_emit_ciphering_key_data }, \
	{ 0x66, TK_NAS_TLV, 0, 0, "UE radio capability ID", tk_emit_ue_radio_capability_id }, \
	{ 0xb0, TK_NAS_TV1, 1, 0, "UE radio capability ID deletion indication", \
	  val_radio_capability_id_deletion }, \
	{ 0x35, TK_NAS_TLV, 0, 0, "Negotiated WUS assistance information", val_wus_assistance }, \
	{ 0x36, TK_NAS_TLV, 0, 0, "Negotiated DRX parameter in NB-S1 mode", val_nb_s1_drx }

static const struct tk_nas_ie ies_attach_accept[] = {	/* 8.2.1 */
	{ 0x50, TK_NAS_TLV, 0, 0, "GUTI", tk_emit_eps_mobile_identity },
	{ 0x13, TK_NAS_TV, 6, 0, "Location area identification", val_lai },
	{ 0x23, TK_NAS_TLV, 0, 0, "MS identity", val_mobile_identity },
	{ 0x53, TK_NAS_TV, 2, 0, "EMM cause", val_emm_cause },
	{ 0x17, TK_NAS_TV, 2, 0, "T3402 value", val_timer },
	{ 0x59, TK_NAS_TV, 2, 0, "T3423 value", val_timer },
	IE_NETWORK_COMMON,
	IE_NETWORK_COMMON_2,
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_attach_reject[] = {	/* 8.2.3 */
	{ 0x78, TK_NAS_TLVE, 0, 1, "ESM message container", NULL },
	{ 0x5f, TK_NAS_TLV, 0, 0, "T3346 value", val_timer },
	{ 0x16, TK_NAS_TLV, 0, 0, "T3402 value", val_timer },
	{ 0xa0, TK_NAS_TV1, 1, 0, "Extended EMM cause", val_extended_emm_cause },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_detach_to_ue[] = {	/* 8.2.11.2 */
	{ 0x53, TK_NAS_TV, 2, 0, "EMM cause", val_emm_cause },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_tau_accept[] = {	/* 8.2.26 */
	{ 0x5a, TK_NAS_TV, 2, 0, "T3412 value", val_timer },
	{ 0x50, TK_NAS_TLV, 0, 0, "GUTI", tk_emit_eps_mobile_identity },
	{ 0x54, TK_NAS_TLV, 0, 0, "TAI list", tk_emit_tai_list },
	{ 0x57, TK_NAS_TLV, 0, 0, "EPS bearer context status", val_bearer_context_status },
	{ 0x13, TK_NAS_TV, 6, 0, "Location area identification", val_lai },
	{ 0x23, TK_NAS_TLV, 0, 0, "MS identity", val_mobile_identity },
	{ 0x53, TK_NAS_TV, 2, 0, "EMM cause", val_emm_cause },
	{ 0x17, TK_NAS_TV, 2, 0, "T3402 value", val_timer },
	{ 0x59, TK_NAS_TV, 2, 0, "T3423 value", val_timer },
	IE_NETWORK_COMMON,
	{ 0x68, TK_NAS_TLV, 0, 0, "Header compression configuration status", val_header_compression_status },
	IE_NETWORK_COMMON_2,
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_tau_reject[] = {	/* 8.2.28 */
	{ 0x5f, TK_NAS_TLV, 0, 0, "T3346 value", val_timer },
	{ 0xa0, TK_NAS_TV1, 1, 0, "Extended EMM cause", val_extended_emm_cause },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_emm_information[] = {	/* 8.2.13 */
	{ 0x43, TK_NAS_TLV, 0, 0, "Full name for network", tk_emit_network_name_24008 },
	{ 0x45, TK_NAS_TLV, 0, 0, "Short name for network", tk_emit_network_name_24008 },
	{ 0x46, TK_NAS_TV, 2, 0, "Local time zone", tk_emit_time_zone_24008 },
	{ 0x47, TK_NAS_TV, 8, 0, "Universal time and local time zone", tk_emit_time_and_zone_24008 },
	{ 0x49, TK_NAS_TLV, 0, 0, "Network daylight saving time", tk_emit_daylight_saving_time_24008 },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_cs_service_notification[] = {	/* 8.2.9 */
	{ 0x60, TK_NAS_TLV, 0, 0, "CLI", val_cli },
	{ 0x61, TK_NAS_TV, 2, 0, "SS Code", val_ss_code },
	{ 0x62, TK_NAS_TV, 2, 0, "LCS indicator", val_lcs_indicator },
	{ 0x63, TK_NAS_TLV, 0, 0, "LCS client identity", val_lcs_client_identity },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_security_mode_command[] = {	/* 8.2.20 */
	{ 0xc0, TK_NAS_TV1, 1, 0, "IMEISV request", val_imeisv_request },
	{ 0x55, TK_NAS_TV, 5, 0, "Replayed nonceUE", NULL },
	{ 0x56, TK_NAS_TV, 5, 0, "NonceMME", NULL },
	{ 0x4f, TK_NAS_TLV, 0, 0, "HashMME", NULL },
	{ 0x6f, TK_NAS_TLV, 0, 0, "Replayed UE additional security capability", \
	  val_ue_additional_security_capability },
	{ 0x37, TK_NAS_TLV, 0, 0, "UE radio capability ID request", \
	  val_radio_capability_id_request },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_service_reject[] = {	/* 8.2.24 */
	{ 0x5b, TK_NAS_TV, 2, 0, "T3442 value", val_timer },
	{ 0x5f, TK_NAS_TLV, 0, 0, "T3346 value", val_timer },
	{ 0x6b, TK_NAS_TLV, 0, 0, "T3448 value", val_timer },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_guti_reallocation[] = {	/* 8.2.16 */
	{ 0x54, TK_NAS_TLV, 0, 0, "TAI list", tk_emit_tai_list },
	{ 0x65, TK_NAS_TLV, 0, 0, "DCN-ID", val_dcn_id },
	{ 0x66, TK_NAS_TLV, 0, 0, "UE radio capability ID", tk_emit_ue_radio_capability_id },
	{ 0xb0, TK_NAS_TV1, 1, 0, "UE radio capability ID deletion indication", \
	  val_radio_capability_id_deletion },
	{ 0, 0, 0, 0, NULL, NULL }
};

/* the optional elements ATTACH REQUEST and TRACKING AREA UPDATE REQUEST share (8.2.4, 8.2.29):
 * the UE's capabilities and preferences.  The old P-TMSI signature (TS 24.008 10.5.5.8) and
 * the NonceUE (9.9.3.25) are opaque values: hex */
#define IE_UE_REQUEST_COMMON \
	{ 0x19, TK_NAS_TV, 4, 0, "Old P-TMSI signature", NULL }, \
	{ 0x50, TK_NAS_TLV, 0, 0, "Additional GUTI", tk_emit_eps_mobile_identity }, \
	{ 0x52, TK_NAS_TV, 6, 0, "Last visited registered TAI", val_tai }, \
	{ 0x5c, TK_NAS_TV, 3, 0, "DRX parameter", tk_emit_drx_parameter_24008 }, \
	{ 0x31, TK_NAS_TLV, 0, 0, "MS network capability", tk_emit_ms_network_capability }, \
	{ 0x13, TK_NAS_TV, 6, 0, "Old location area identification", val_lai }, \
	{ 0x90, TK_NAS_TV1, 1, 0, "TMSI status", tk_emit_tmsi_status_24008 }, \
	{ 0x11, TK_NAS_TLV, 0, 0, "Mobile station classmark 2", tk_emit_ms_classmark2 }, \
	{ 0x20, TK_NAS_TLV, 0, 0, "Mobile station classmark 3", tk_emit_ms_classmark3 }, \
	{ 0x40, TK_NAS_TLV, 0, 0, "Supported Codecs", tk_emit_supported_codec_list_24008 }, \
	{ 0xf0, TK_NAS_TV1, 1, 0, "Additional update type", val_additional_update_type }, \
	{ 0x5d, TK_NAS_TLV, 0, 0, "Voice domain preference and UE's usage setting", \
	  tk_emit_voice_domain_preference_24008 }, \
	{ 0xd0, TK_NAS_TV1, 1, 0, "Device properties", tk_emit_device_properties_24008 }, \
	{ 0xe0, TK_NAS_TV1, 1, 0, "Old GUTI type", val_guti_type }, \
	{ 0xc0, TK_NAS_TV1, 1, 0, "MS network feature support", tk_emit_ms_network_feature_24008 }, \
	{ 0x10, TK_NAS_TLV, 0, 0, "TMSI based NRI container", tk_emit_nri_container_24008 }, \
	{ 0x6a, TK_NAS_TLV, 0, 0, "T3324 value", val_timer }, \
	{ 0x5e, TK_NAS_TLV, 0, 0, "T3412 extended value", val_timer3 }, \
	{ 0x6e, TK_NAS_TLV, 0, 0, "Extended DRX parameters", tk_emit_extended_drx_24008 }, \
	{ 0x6f, TK_NAS_TLV, 0, 0, "UE additional security capability", \
	  val_ue_additional_security_capability }, \
	{ 0x6d, TK_NAS_TLV, 0, 0, "UE status", val_ue_status }, \
	{ 0x17, TK_NAS_TV, 2, 0, "Additional information requested", \
	  val_additional_information_requested }, \
	{ 0x32, TK_NAS_TLV, 0, 0, "N1 UE network capability", val_n1_ue_network_capability }, \
	{ 0x34, TK_NAS_TLV, 0, 0, "UE radio capability ID availability", \
	  val_ue_radio_capability_id_availability }, \
	{ 0x35, TK_NAS_TLV, 0, 0, "Requested WUS assistance information", val_wus_assistance }, \
	{ 0x36, TK_NAS_TLV, 0, 0, "DRX parameter in NB-S1 mode", val_nb_s1_drx }, \
	{ 0x38, TK_NAS_TLV, 0, 0, "Requested IMSI offset", val_imsi_offset }

static const struct tk_nas_ie ies_attach_request[] = {	/* 8.2.4 */
	IE_UE_REQUEST_COMMON,
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_tau_request[] = {	/* 8.2.29 */
	{ 0xb0, TK_NAS_TV1, 1, 0, "Non-current native NAS key set identifier", val_ksi },
	{ 0x80, TK_NAS_TV1, 1, 0, "GPRS ciphering key sequence number", tk_emit_cksn_24008 },
	{ 0x55, TK_NAS_TV, 5, 0, "NonceUE", NULL },
	{ 0x58, TK_NAS_TLV, 0, 0, "UE network capability", tk_emit_ue_network_capability },
	{ 0xa0, TK_NAS_TV1, 1, 0, "UE radio capability information update needed", val_urc_update },
	{ 0x57, TK_NAS_TLV, 0, 0, "EPS bearer context status", val_bearer_context_status },
	IE_UE_REQUEST_COMMON,
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_extended_service_request[] = {	/* 8.2.15 */
	{ 0xb0, TK_NAS_TV1, 1, 0, "CSFB response", val_csfb_response },
	{ 0x57, TK_NAS_TLV, 0, 0, "EPS bearer context status", val_bearer_context_status },
	{ 0xd0, TK_NAS_TV1, 1, 0, "Device properties", tk_emit_device_properties_24008 },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_cp_service_request[] = {	/* 8.2.33 */
	{ 0x78, TK_NAS_TLVE, 0, 1, "ESM message container", NULL },
	{ 0x67, TK_NAS_TLV, 0, 0, "NAS message container", val_nas_message_container },
	{ 0x57, TK_NAS_TLV, 0, 0, "EPS bearer context status", val_bearer_context_status },
	{ 0xd0, TK_NAS_TV1, 1, 0, "Device properties", tk_emit_device_properties_24008 },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_service_accept[] = {	/* 8.2.34 */
	{ 0x57, TK_NAS_TLV, 0, 0, "EPS bearer context status", val_bearer_context_status },
	{ 0x6b, TK_NAS_TLV, 0, 0, "T3448 value", val_timer },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_authentication_failure[] = {	/* 8.2.5 */
	{ 0x30, TK_NAS_TLV, 0, 0, "Authentication failure parameter", val_auts },
	{ 0, 0, 0, 0, NULL, NULL }
};

/* 8.2.21: the replayed NAS message container holds the message the UE first sent (an ATTACH
 * or TRACKING AREA UPDATE REQUEST) */
static const struct tk_nas_ie ies_security_mode_complete[] = {	/* 8.2.21 */
	{ 0x23, TK_NAS_TLV, 0, 0, "IMEISV", val_mobile_identity },
	{ 0x79, TK_NAS_TLVE, 0, 1, "Replayed NAS message container", NULL },
	{ 0x66, TK_NAS_TLV, 0, 0, "UE radio capability ID", tk_emit_ue_radio_capability_id },
	{ 0, 0, 0, 0, NULL, NULL }
};

/* 8.2.31, 8.2.32: the additional information (9.9.2.0) is octets the standard does not
 * structure (their meaning belongs to the generic message container's application) */
static const struct tk_nas_ie ies_generic_transport[] = {
	{ 0x65, TK_NAS_TLV, 0, 0, "Additional information", NULL },
	{ 0, 0, 0, 0, NULL, NULL }
};

/* a V octet of two half octets: a spare one above (bits 8-5) and the value */
static const uint8_t *v_half(struct tk_nas *m, const char *what)
{
	return tk_nas_take_v(m, 1, what);
}

/*
 * 8.2.11: DETACH REQUEST has one message type for both directions.  From the UE the detach
 * type octet is followed by the EPS mobile identity LV (5 to 12 octets); to the UE by at most
 * the EMM cause TV (identifier 0x53, which is no length of a mobile identity), and the NAS
 * key set identifier and switch off bits of the UE's octet are spare (zero) there.
 */
static void detach_request(struct tk_nas *m)
{
	struct tk_emitter *e = m->e;
	const uint8_t *v = tk_nas_take_v(m, 1, "NAS key set identifier and detach type");
	size_t left;
	unsigned t;

	if (!v)
		return;
	t = v[0] & 7;
	left = m->n - m->off;
	tk_emit_kv_long(e, "detachTypeValue", t);
	if ((v[0] & 0xf8) == 0 && (left == 0 || m->p[m->off] == 0x53)) {
		/* 8.2.11.2: spare half octet; detach type bit 4 spare; then the EMM cause */
		tk_emit_kv_str(e, "direction", "network to UE");
		tk_inner_emit_name(e, "detachType", detach_to_ue_names, NULL,
				   "unassigned, interpreted as re-attach not required", t);
		opt_ies(m, ies_detach_to_ue);
		return;
	}
	/* 8.2.11.1: NAS key set identifier (bits 8-5), switch off (bit 4), detach type */
	tk_emit_kv_str(e, "direction", "UE to network");
	tk_inner_emit_name(e, "detachType", detach_from_ue_names, NULL,
			   "unassigned, interpreted as combined EPS/IMSI detach", t);
	tk_emit_kv_bool(e, "switchOff", v[0] & 0x08);
	emit_ksi(e, v[0] >> 4);
	lv(m, "epsMobileIdentity", "EPS mobile identity", 0, tk_emit_eps_mobile_identity);
	opt_ies(m, ies_none);
}

static int emm_body(struct tk_nas *m, unsigned mt)
{
	struct tk_emitter *e = m->e;
	const struct tk_nas_ie *ies = ies_none;
	const uint8_t *v;
	size_t len;
	int ct;

	switch (mt) {
	case 0x41:	/* 8.2.4 ATTACH REQUEST: NAS key set identifier, EPS attach type, EPS mobile
			 * identity, UE network capability, ESM message container (a PDN
			 * CONNECTIVITY REQUEST) */
		if ((v = tk_nas_take_v(m, 1, "NAS key set identifier and EPS attach type"))) {
			tk_emit_kv_long(e, "epsAttachTypeValue", v[0] & 7);
			tk_inner_emit_name(e, "epsAttachType", attach_type_names, NULL,
					   "unused, interpreted as EPS attach", v[0] & 7);
			emit_ksi(e, v[0] >> 4);
		}
		lv(m, "epsMobileIdentity", "EPS mobile identity", 0, tk_emit_eps_mobile_identity);
		lv(m, "ueNetworkCapability", "UE network capability", 0, tk_emit_ue_network_capability);
		lv(m, "esmMessageContainer", "ESM message container", 1, NULL);
		ies = ies_attach_request;
		break;
	case 0x42:	/* 8.2.1 ATTACH ACCEPT: spare half octet, EPS attach result */
		if ((v = v_half(m, "EPS attach result"))) {
			tk_emit_kv_long(e, "epsAttachResultValue", v[0] & 7);
			tk_inner_emit_name(e, "epsAttachResult", attach_result_names, NULL,
					   "reserved", v[0] & 7);
		}
		if ((v = tk_nas_take_v(m, 1, "T3412 value"))) {
			tk_emit_key(e, "t3412Value");
			val_timer(e, v, 1);
		}
		lv(m, "taiList", "TAI list", 0, tk_emit_tai_list);
		lv(m, "esmMessageContainer", "ESM message container", 1, NULL);
		ies = ies_attach_accept;
		break;
	case 0x43:	/* 8.2.2 ATTACH COMPLETE */
		lv(m, "esmMessageContainer", "ESM message container", 1, NULL);
		break;
	case 0x44:	/* 8.2.3 ATTACH REJECT */
		v_cause(m, &emm_cause);
		ies = ies_attach_reject;
		break;
	case 0x45:	/* 8.2.11 DETACH REQUEST */
		detach_request(m);
		return 1;
	case 0x46:	/* 8.2.10 DETACH ACCEPT (both directions) */
	case 0x4a:	/* 8.2.27 TRACKING AREA UPDATE COMPLETE */
	case 0x51:	/* 8.2.17 GUTI REALLOCATION COMPLETE */
		break;
	case 0x48:	/* 8.2.29 TRACKING AREA UPDATE REQUEST: NAS key set identifier ASME, EPS
			 * update type (9.9.3.14: "active" flag bit 4, the type bits 3-1), old
			 * GUTI */
		if ((v = tk_nas_take_v(m, 1, "NAS key set identifier and EPS update type"))) {
			tk_emit_kv_bool(e, "activeFlag", v[0] & 8);
			tk_emit_kv_long(e, "epsUpdateTypeValue", v[0] & 7);
			tk_inner_emit_name(e, "epsUpdateType", update_type_names, NULL, "reserved",
					   v[0] & 7);
			emit_ksi(e, v[0] >> 4);
		}
		lv(m, "oldGuti", "old GUTI", 0, tk_emit_eps_mobile_identity);
		ies = ies_tau_request;
		break;
	case 0x4c:	/* 8.2.15 EXTENDED SERVICE REQUEST: NAS key set identifier, service type,
			 * M-TMSI (a mobile identity, 9.9.2.3) */
		if ((v = tk_nas_take_v(m, 1, "NAS key set identifier and service type"))) {
			tk_emit_kv_long(e, "serviceTypeValue", v[0] & 0x0f);
			tk_inner_emit_name(e, "serviceType", service_type_names, NULL, "reserved",
					   v[0] & 0x0f);
			emit_ksi(e, v[0] >> 4);
		}
		lv(m, "mTmsi", "M-TMSI", 0, val_mobile_identity);
		ies = ies_extended_service_request;
		break;
	case 0x4d:	/* 8.2.33 CONTROL PLANE SERVICE REQUEST: NAS key set identifier, control
			 * plane service type (9.9.3.47: "active" flag bit 4, the type bits 3-1) */
		if ((v = tk_nas_take_v(m, 1, "NAS key set identifier and control plane service type"))) {
			tk_emit_kv_bool(e, "activeFlag", v[0] & 8);
			tk_emit_kv_long(e, "controlPlaneServiceTypeValue", v[0] & 7);
			tk_inner_emit_name(e, "controlPlaneServiceType", cp_service_type_names, NULL,
					   "unused, interpreted as mobile originating request",
					   v[0] & 7);
			emit_ksi(e, v[0] >> 4);
		}
		ies = ies_cp_service_request;
		break;
	case 0x4f:	/* 8.2.34 SERVICE ACCEPT */
		ies = ies_service_accept;
		break;
	case 0x53:	/* 8.2.8 AUTHENTICATION RESPONSE */
		lv(m, "authenticationResponseParameter", "authentication response parameter", 0,
		   val_authentication_response);
		break;
	case 0x5c:	/* 8.2.5 AUTHENTICATION FAILURE */
		v_cause(m, &emm_cause);
		ies = ies_authentication_failure;
		break;
	case 0x56:	/* 8.2.19 IDENTITY RESPONSE */
		lv(m, "mobileIdentity", "mobile identity", 0, val_mobile_identity);
		break;
	case 0x5e:	/* 8.2.21 SECURITY MODE COMPLETE */
		ies = ies_security_mode_complete;
		break;
	case 0x5f:	/* 8.2.22 SECURITY MODE REJECT */
		v_cause(m, &emm_cause);
		break;
	case 0x68:	/* 8.2.31 DOWNLINK GENERIC NAS TRANSPORT */
	case 0x69:	/* 8.2.32 UPLINK GENERIC NAS TRANSPORT: generic message container type,
			 * generic message container (LV-E): in hex; for type 1 (9.9.3.42) an LPP
			 * message (TS 37.355), decoded beside it as "lpp" (lpp.c); for type 2 an
			 * SS message carrying LCS operations, as "locationServicesMessage" */
		ct = -1;
		if ((v = tk_nas_take_v(m, 1, "generic message container type"))) {
			ct = v[0];
			tk_emit_kv_long(e, "genericMessageContainerTypeValue", v[0]);
			tk_inner_emit_name(e, "genericMessageContainerType",
					   generic_container_type_names, NULL, "reserved", v[0]);
		}
		if ((v = tk_nas_take_lv(m, "generic message container", 1, &len))) {
			tk_emit_kv_hex(e, "genericMessageContainer", v, len);
			if (ct == 1) {
				tk_emit_key(e, "lpp");
				tk_emit_lpp(e, v, len);
			} else if (ct == 2) {
				/* a location services message: a TS 24.080 SS message (REGISTER,
				 * FACILITY, RELEASE COMPLETE with LCS operations), decoded as DTAP
				 * (tshark 4.0.17 does the same); an error there leaves the hex */
				tk_emit_key(e, "locationServicesMessage");
				tk_emit_dtap(e, v, len);
			}
		}
		ies = ies_generic_transport;
		break;
	case 0x49:	/* 8.2.26 TRACKING AREA UPDATE ACCEPT: spare half octet, EPS update result */
		if ((v = v_half(m, "EPS update result"))) {
			tk_emit_kv_long(e, "epsUpdateResultValue", v[0] & 7);
			tk_inner_emit_name(e, "epsUpdateResult", update_result_names, NULL,
					   "reserved", v[0] & 7);
		}
		ies = ies_tau_accept;
		break;
	case 0x4b:	/* 8.2.28 TRACKING AREA UPDATE REJECT */
		v_cause(m, &emm_cause);
		ies = ies_tau_reject;
		break;
	case 0x4e:	/* 8.2.24 SERVICE REJECT */
		v_cause(m, &emm_cause);
		ies = ies_service_reject;
		break;
	case 0x50:	/* 8.2.16 GUTI REALLOCATION COMMAND */
		lv(m, "guti", "GUTI", 0, tk_emit_eps_mobile_identity);
		ies = ies_guti_reallocation;
		break;
	case 0x52:	/* 8.2.7 AUTHENTICATION REQUEST: spare half octet, NAS key set identifier
			 * ASME, RAND (EPS challenge), AUTN (EPS challenge) */
		if ((v = v_half(m, "NAS key set identifier")))
			emit_ksi(e, v[0] & 0x0f);
		if ((v = tk_nas_take_v(m, 16, "authentication parameter RAND")))
			tk_emit_kv_hex(e, "rand", v, 16);
		lv(m, "autn", "authentication parameter AUTN", 0, val_autn);
		break;
	case 0x54:	/* 8.2.6 AUTHENTICATION REJECT */
		break;
	case 0x55:	/* 8.2.18 IDENTITY REQUEST: spare half octet, identity type 2 */
		if ((v = v_half(m, "identity type")))
			tk_inner_emit_name(e, "identityType", identity_type2_names, NULL,
					   "reserved, interpreted as IMSI", v[0] & 7);
		break;
	case 0x5d:	/* 8.2.20 SECURITY MODE COMMAND: selected NAS security algorithms, spare
			 * half octet, NAS key set identifier ASME, replayed UE security
			 * capabilities */
		if ((v = tk_nas_take_v(m, 1, "selected NAS security algorithms")))
			emit_algorithms(e, v[0]);
		if ((v = v_half(m, "NAS key set identifier")))
			emit_ksi(e, v[0] & 0x0f);
		lv(m, "replayedUeSecurityCapabilities", "replayed UE security capabilities", 0,
		   tk_emit_ue_security_capability);
		ies = ies_security_mode_command;
		break;
	case 0x60:	/* 8.2.14 EMM STATUS */
		v_cause(m, &emm_cause);
		break;
	case 0x61:	/* 8.2.13 EMM INFORMATION */
		ies = ies_emm_information;
		break;
	case 0x62:	/* 8.2.12 DOWNLINK NAS TRANSPORT */
	case 0x63:	/* 8.2.30 UPLINK NAS TRANSPORT */
		lv(m, "nasMessageContainer", "NAS message container", 0, val_nas_message_container);
		break;
	case 0x64:	/* 8.2.9 CS SERVICE NOTIFICATION: paging identity */
		if ((v = tk_nas_take_v(m, 1, "paging identity")))
			tk_inner_emit_name(e, "pagingIdentity", paging_identity_names, NULL,
					   "unknown", v[0] & 1);
		ies = ies_cs_service_notification;
		break;
	default:
		return 0;
	}
	opt_ies(m, ies);
	return 1;
}

/* ---- EPS session management messages (8.3) ----------------------------------------------- */

/* 9.8 Table 9.8.2 Message types for EPS session management */
static const struct tk_value_string esm_msg_names[] = {
	{ 0xc1, "ACTIVATE DEFAULT EPS BEARER CONTEXT REQUEST" },
	{ 0xc2, "ACTIVATE DEFAULT EPS BEARER CONTEXT ACCEPT" },
	{ 0xc3, "ACTIVATE DEFAULT EPS BEARER CONTEXT REJECT" },
	{ 0xc5, "ACTIVATE DEDICATED EPS BEARER CONTEXT REQUEST" },
	{ 0xc6, "ACTIVATE DEDICATED EPS BEARER CONTEXT ACCEPT" },
	{ 0xc7, "ACTIVATE DEDICATED EPS BEARER CONTEXT REJECT" },
	{ 0xc9, "MODIFY EPS BEARER CONTEXT REQUEST" },
	{ 0xca, "MODIFY EPS BEARER CONTEXT ACCEPT" },
	{ 0xcb, "MODIFY EPS BEARER CONTEXT REJECT" },
	{ 0xcd, "DEACTIVATE EPS BEARER CONTEXT REQUEST" },
	{ 0xce, "DEACTIVATE EPS BEARER CONTEXT ACCEPT" },
	{ 0xd0, "PDN CONNECTIVITY REQUEST" },
	{ 0xd1, "PDN CONNECTIVITY REJECT" },
	{ 0xd2, "PDN DISCONNECT REQUEST" },
	{ 0xd3, "PDN DISCONNECT REJECT" },
	{ 0xd4, "BEARER RESOURCE ALLOCATION REQUEST" },
	{ 0xd5, "BEARER RESOURCE ALLOCATION REJECT" },
	{ 0xd6, "BEARER RESOURCE MODIFICATION REQUEST" },
	{ 0xd7, "BEARER RESOURCE MODIFICATION REJECT" },
	{ 0xd9, "ESM INFORMATION REQUEST" },
	{ 0xda, "ESM INFORMATION RESPONSE" },
	{ 0xdb, "NOTIFICATION" },
	{ 0xdc, "ESM DUMMY MESSAGE" },
	{ 0xe8, "ESM STATUS" },
	{ 0xe9, "REMOTE UE REPORT" },
	{ 0xea, "REMOTE UE REPORT RESPONSE" },
	{ 0xeb, "ESM DATA TRANSPORT" },
	{ 0, NULL }
};

#define IE_BEARER_COMMON \
	{ 0x5d, TK_NAS_TLV, 0, 0, "Transaction identifier", tk_emit_linked_ti_24008 }, \
	{ 0x30, TK_NAS_TLV, 0, 0, "Negotiated QoS", tk_emit_qos_24008 }, \
	{ 0x32, TK_NAS_TV, 2, 0, "Negotiated LLC SAPI", tk_emit_llc_sapi_24008 }, \
	{ 0x80, TK_NAS_TV1, 1, 0, "Radio priority", tk_emit_radio_priority_24008 }, \
	{ 0x34, TK_NAS_TLV, 0, 0, "Packet flow Identifier", tk_emit_pfi_24008 }

#define IE_PCO \
	{ 0x27, TK_NAS_TLV, 0, 0, "Protocol configuration options", tk_emit_pco_24008 }, \
	{ 0x7b, TK_NAS_TLVE, 0, 0, "Extended protocol configuration options", tk_emit_pco_24008 }

static const struct tk_nas_ie ies_act_default[] = {	/* 8.3.6 */
	IE_BEARER_COMMON,
	{ 0x5e, TK_NAS_TLV, 0, 0, "APN-AMBR", val_apn_ambr },
	{ 0x58, TK_NAS_TV, 2, 0, "ESM cause", val_esm_cause },
	IE_PCO,
	{ 0xb0, TK_NAS_TV1, 1, 0, "Connectivity type", tk_emit_connectivity_type_24008 },
	{ 0xc0, TK_NAS_TV1, 1, 0, "WLAN offload indication", tk_emit_wlan_offload_24008 },
	{ 0x33, TK_NAS_TLV, 0, 0, "NBIFOM container", NULL },
	{ 0x66, TK_NAS_TLV, 0, 0, "Header compression configuration", val_header_compression },
	{ 0x90, TK_NAS_TV1, 1, 0, "Control plane only indication", val_control_plane_only },
	{ 0x6e, TK_NAS_TLV, 0, 0, "Serving PLMN rate control", val_serving_plmn_rate_control },
	{ 0x5f, TK_NAS_TLV, 0, 0, "Extended APN-AMBR", val_extended_apn_ambr },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_act_dedicated[] = {	/* 8.3.3 */
	IE_BEARER_COMMON,
	IE_PCO,
	{ 0xc0, TK_NAS_TV1, 1, 0, "WLAN offload indication", tk_emit_wlan_offload_24008 },
	{ 0x33, TK_NAS_TLV, 0, 0, "NBIFOM container", NULL },
	{ 0x5c, TK_NAS_TLV, 0, 0, "Extended EPS QoS", val_extended_eps_qos },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_modify[] = {	/* 8.3.18 */
	{ 0x5b, TK_NAS_TLV, 0, 0, "New EPS QoS", tk_emit_eps_qos },
	{ 0x36, TK_NAS_TLV, 0, 0, "TFT", tk_emit_tft },
	{ 0x30, TK_NAS_TLV, 0, 0, "New QoS", tk_emit_qos_24008 },
	{ 0x32, TK_NAS_TV, 2, 0, "Negotiated LLC SAPI", tk_emit_llc_sapi_24008 },
	{ 0x80, TK_NAS_TV1, 1, 0, "Radio priority", tk_emit_radio_priority_24008 },
	{ 0x34, TK_NAS_TLV, 0, 0, "Packet flow Identifier", tk_emit_pfi_24008 },
	{ 0x5e, TK_NAS_TLV, 0, 0, "APN-AMBR", val_apn_ambr },
	IE_PCO,
	{ 0xc0, TK_NAS_TV1, 1, 0, "WLAN offload indication", tk_emit_wlan_offload_24008 },
	{ 0x33, TK_NAS_TLV, 0, 0, "NBIFOM container", NULL },
	{ 0x66, TK_NAS_TLV, 0, 0, "Header compression configuration", val_header_compression },
	{ 0x5f, TK_NAS_TLV, 0, 0, "Extended APN-AMBR", val_extended_apn_ambr },
	{ 0x5c, TK_NAS_TLV, 0, 0, "Extended EPS QoS", val_extended_eps_qos },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_deactivate[] = {	/* 8.3.12 */
	{ 0x27, TK_NAS_TLV, 0, 0, "Protocol configuration options", tk_emit_pco_24008 },
	{ 0x37, TK_NAS_TLV, 0, 0, "T3396 value", val_timer3 },
	{ 0xc0, TK_NAS_TV1, 1, 0, "WLAN offload indication", tk_emit_wlan_offload_24008 },
	{ 0x33, TK_NAS_TLV, 0, 0, "NBIFOM container", NULL },
	{ 0x7b, TK_NAS_TLVE, 0, 0, "Extended protocol configuration options", tk_emit_pco_24008 },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_pdn_connectivity_reject[] = {	/* 8.3.19 */
	{ 0x27, TK_NAS_TLV, 0, 0, "Protocol configuration options", tk_emit_pco_24008 },
	{ 0x37, TK_NAS_TLV, 0, 0, "Back-off timer value", val_timer3 },
	{ 0x6b, TK_NAS_TLV, 0, 0, "Re-attempt indicator", val_reattempt_indicator },
	{ 0x33, TK_NAS_TLV, 0, 0, "NBIFOM container", NULL },
	{ 0x7b, TK_NAS_TLVE, 0, 0, "Extended protocol configuration options", tk_emit_pco_24008 },
	{ 0, 0, 0, 0, NULL, NULL }
};

/* the accepts and rejects of 8.3.1, 8.3.2, 8.3.4, 8.3.5, 8.3.11, 8.3.16, 8.3.17, 8.3.21 (PDN
 * DISCONNECT REJECT) and 8.3.22 (PDN DISCONNECT REQUEST): the protocol configuration options,
 * some with the NBIFOM container (9.9.4.19, TS 24.161, which stays in hex) */
static const struct tk_nas_ie ies_pco[] = {
	IE_PCO,
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_pco_nbifom[] = {
	IE_PCO,
	{ 0x33, TK_NAS_TLV, 0, 0, "NBIFOM container", NULL },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_pdn_connectivity_request[] = {	/* 8.3.20 */
	{ 0xd0, TK_NAS_TV1, 1, 0, "ESM information transfer flag", val_esm_information_transfer },
	{ 0x28, TK_NAS_TLV, 0, 0, "Access point name", val_apn },
	IE_PCO,
	{ 0xc0, TK_NAS_TV1, 1, 0, "Device properties", tk_emit_device_properties_24008 },
	{ 0x33, TK_NAS_TLV, 0, 0, "NBIFOM container", NULL },
	{ 0x66, TK_NAS_TLV, 0, 0, "Header compression configuration", val_header_compression },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_bearer_allocation_request[] = {	/* 8.3.8 */
	IE_PCO,
	{ 0xc0, TK_NAS_TV1, 1, 0, "Device properties", tk_emit_device_properties_24008 },
	{ 0x33, TK_NAS_TLV, 0, 0, "NBIFOM container", NULL },
	{ 0x5c, TK_NAS_TLV, 0, 0, "Extended EPS QoS", val_extended_eps_qos },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_bearer_modification_request[] = {	/* 8.3.10 */
	{ 0x5b, TK_NAS_TLV, 0, 0, "Required traffic flow QoS", tk_emit_eps_qos },
	{ 0x58, TK_NAS_TV, 2, 0, "ESM cause", val_esm_cause },
	IE_PCO,
	{ 0xc0, TK_NAS_TV1, 1, 0, "Device properties", tk_emit_device_properties_24008 },
	{ 0x33, TK_NAS_TLV, 0, 0, "NBIFOM container", NULL },
	{ 0x66, TK_NAS_TLV, 0, 0, "Header compression configuration", val_header_compression },
	{ 0x5c, TK_NAS_TLV, 0, 0, "Extended EPS QoS", val_extended_eps_qos },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_bearer_resource_reject[] = {	/* 8.3.7, 8.3.9 */
	IE_PCO,
	{ 0x37, TK_NAS_TLV, 0, 0, "Back-off timer value", val_timer3 },
	{ 0x6b, TK_NAS_TLV, 0, 0, "Re-attempt indicator", val_reattempt_indicator },
	{ 0x33, TK_NAS_TLV, 0, 0, "NBIFOM container", NULL },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_esm_information_response[] = {	/* 8.3.14 */
	{ 0x28, TK_NAS_TLV, 0, 0, "Access point name", val_apn },
	IE_PCO,
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_esm_data_transport[] = {	/* 8.3.25 */
	{ 0xf0, TK_NAS_TV1, 1, 0, "Release assistance indication", val_release_assistance },
	{ 0, 0, 0, 0, NULL, NULL }
};

static const struct tk_nas_ie ies_remote_ue_report[] = {	/* 8.3.23 */
	{ 0x79, TK_NAS_TLVE, 0, 0, "Remote UE context connected", val_remote_ue_context_list },
	{ 0x7a, TK_NAS_TLVE, 0, 0, "Remote UE context disconnected", \
	  val_remote_ue_context_list },
	{ 0x6f, TK_NAS_TLV, 0, 0, "ProSe key management function address", val_pkmf_address },
	{ 0, 0, 0, 0, NULL, NULL }
};

/* a V octet of a spare half octet and an EPS bearer identity (9.9.4.6: 0-4 reserved) */
static void v_bearer_identity(struct tk_nas *m, const char *key, const char *what)
{
	const uint8_t *v = v_half(m, what);

	if (!v)
		return;
	tk_emit_kv_long(m->e, key, v[0] & 0x0f);
	if ((v[0] & 0x0f) < 5)
		tk_nas_fail(m, m->off - 1, "%s %u is reserved", what, v[0] & 0x0f);
}

static int esm_body(struct tk_nas *m, unsigned mt)
{
	struct tk_emitter *e = m->e;
	const struct tk_nas_ie *ies = ies_none;
	const uint8_t *v;
	uint8_t half;

	switch (mt) {
	case 0xc1:	/* 8.3.6 ACTIVATE DEFAULT EPS BEARER CONTEXT REQUEST */
		lv(m, "epsQos", "EPS QoS", 0, tk_emit_eps_qos);
		lv(m, "accessPointName", "access point name", 0, val_apn);
		lv(m, "pdnAddress", "PDN address", 0, val_pdn_address);
		ies = ies_act_default;
		break;
	case 0xc5:	/* 8.3.3 ACTIVATE DEDICATED EPS BEARER CONTEXT REQUEST: spare half octet,
			 * linked EPS bearer identity (9.9.4.6: 0-4 reserved) */
		v_bearer_identity(m, "linkedEpsBearerIdentity", "linked EPS bearer identity");
		lv(m, "epsQos", "EPS QoS", 0, tk_emit_eps_qos);
		lv(m, "tft", "TFT", 0, tk_emit_tft);
		ies = ies_act_dedicated;
		break;
	case 0xc9:	/* 8.3.18 MODIFY EPS BEARER CONTEXT REQUEST */
		ies = ies_modify;
		break;
	case 0xcd:	/* 8.3.12 DEACTIVATE EPS BEARER CONTEXT REQUEST */
		v_cause(m, &esm_cause);
		ies = ies_deactivate;
		break;
	case 0xd1:	/* 8.3.19 PDN CONNECTIVITY REJECT */
		v_cause(m, &esm_cause);
		ies = ies_pdn_connectivity_reject;
		break;
	case 0xd9:	/* 8.3.13 ESM INFORMATION REQUEST */
	case 0xdc:	/* 8.3.12A ESM DUMMY MESSAGE */
	case 0xea:	/* 8.3.24 REMOTE UE REPORT RESPONSE */
		break;
	case 0xc2:	/* 8.3.4 ACTIVATE DEFAULT EPS BEARER CONTEXT ACCEPT */
	case 0xce:	/* 8.3.11 DEACTIVATE EPS BEARER CONTEXT ACCEPT */
		ies = ies_pco;
		break;
	case 0xc6:	/* 8.3.1 ACTIVATE DEDICATED EPS BEARER CONTEXT ACCEPT */
	case 0xca:	/* 8.3.16 MODIFY EPS BEARER CONTEXT ACCEPT */
		ies = ies_pco_nbifom;
		break;
	case 0xc3:	/* 8.3.5 ACTIVATE DEFAULT EPS BEARER CONTEXT REJECT */
	case 0xd3:	/* 8.3.21 PDN DISCONNECT REJECT */
		v_cause(m, &esm_cause);
		ies = ies_pco;
		break;
	case 0xc7:	/* 8.3.2 ACTIVATE DEDICATED EPS BEARER CONTEXT REJECT */
	case 0xcb:	/* 8.3.17 MODIFY EPS BEARER CONTEXT REJECT */
		v_cause(m, &esm_cause);
		ies = ies_pco_nbifom;
		break;
	case 0xd0:	/* 8.3.20 PDN CONNECTIVITY REQUEST: PDN type (bits 8-5), request type
			 * (bits 4-1, TS 24.008 10.5.6.17) */
		if ((v = tk_nas_take_v(m, 1, "PDN type and request type"))) {
			tk_emit_kv_long(e, "pdnTypeValue", v[0] >> 4 & 7);
			tk_inner_emit_name(e, "pdnType", pdn_request_type_names, NULL, "reserved",
					   v[0] >> 4 & 7);
			half = v[0] & 0x0f;
			tk_emit_key(e, "requestType");
			tk_emit_request_type_24008(e, &half, 1);
		}
		ies = ies_pdn_connectivity_request;
		break;
	case 0xd2:	/* 8.3.22 PDN DISCONNECT REQUEST: spare half octet, linked EPS bearer
			 * identity */
		v_bearer_identity(m, "linkedEpsBearerIdentity", "linked EPS bearer identity");
		ies = ies_pco;
		break;
	case 0xd4:	/* 8.3.8 BEARER RESOURCE ALLOCATION REQUEST: spare half octet, linked EPS
			 * bearer identity, traffic flow aggregate (a TFT), required traffic flow
			 * QoS (an EPS QoS) */
		v_bearer_identity(m, "linkedEpsBearerIdentity", "linked EPS bearer identity");
		lv(m, "trafficFlowAggregate", "traffic flow aggregate", 0, tk_emit_tft);
		lv(m, "requiredTrafficFlowQos", "required traffic flow QoS", 0, tk_emit_eps_qos);
		ies = ies_bearer_allocation_request;
		break;
	case 0xd6:	/* 8.3.10 BEARER RESOURCE MODIFICATION REQUEST: spare half octet, EPS
			 * bearer identity for packet filter, traffic flow aggregate */
		v_bearer_identity(m, "epsBearerIdentityForPacketFilter",
				  "EPS bearer identity for packet filter");
		lv(m, "trafficFlowAggregate", "traffic flow aggregate", 0, tk_emit_tft);
		ies = ies_bearer_modification_request;
		break;
	case 0xd5:	/* 8.3.7 BEARER RESOURCE ALLOCATION REJECT */
	case 0xd7:	/* 8.3.9 BEARER RESOURCE MODIFICATION REJECT */
		v_cause(m, &esm_cause);
		ies = ies_bearer_resource_reject;
		break;
	case 0xda:	/* 8.3.14 ESM INFORMATION RESPONSE */
		ies = ies_esm_information_response;
		break;
	case 0xdb:	/* 8.3.18A NOTIFICATION */
		lv(m, "notificationIndicator", "notification indicator", 0,
		   val_notification_indicator);
		break;
	case 0xe9:	/* 8.3.23 REMOTE UE REPORT */
		ies = ies_remote_ue_report;
		break;
	case 0xeb:	/* 8.3.25 ESM DATA TRANSPORT: the user data container (9.9.4.24) holds the
			 * user's data, octets the standard does not structure: hex */
		lv(m, "userDataContainer", "user data container", 1, tk_emit_hex);
		ies = ies_esm_data_transport;
		break;
	case 0xe8:	/* 8.3.15 ESM STATUS */
		v_cause(m, &esm_cause);
		break;
	default:
		return 0;
	}
	opt_ies(m, ies);
	return 1;
}

/* ---- the header (9.1 to 9.8) and the security protected forms (8.2.23, 8.2.25) --------- */

/* 9.3.1 Security header type */
static const struct tk_value_string security_header_names[] = {
	{ 0, "Plain NAS message, not security protected" },
	{ 1, "Integrity protected" },
	{ 2, "Integrity protected and ciphered" },
	{ 3, "Integrity protected with new EPS security context" },
	{ 4, "Integrity protected and ciphered with new EPS security context" },
	{ 5, "Integrity protected and partially ciphered NAS message" },
	{ 12, "Security header for the SERVICE REQUEST message" },
	{ 0, NULL }
};

static const struct tk_vrange security_header_ranges[] = {
	{ 13, 15, "not used, interpreted as security header for the SERVICE REQUEST message" },
	{ 0, 0, NULL }
};

/* TS 24.007 11.2.3.1.1 protocol discriminator, and 11.2.3.1.1A the extended one of 5GS */
static void emit_pd(struct tk_emitter *e, uint8_t o)
{
	const char *s;

	switch (o & 0x0f) {
	case 0x07:
		s = "EPS mobility management messages";
		break;
	case 0x02:
		s = "EPS session management messages";
		break;
	case 0x0e:
		s = o == 0x7e ? "5GS mobility management messages" :
			o == 0x2e ? "5GS session management messages" :
			"reserved for extension of the PD to one octet length";
		break;
	default:
		s = NULL;
		break;
	}
	if (s)
		tk_emit_kv_str(e, "protocolDiscriminator", s);
	else
		tk_emit_kv_long(e, "protocolDiscriminator", o & 0x0f);
}

/* the message after the header: its decoded body, or "ies" in hex with a note */
static void body(struct tk_nas *m, unsigned mt, int esm)
{
	if (esm ? esm_body(m, mt) : emm_body(m, mt))
		return;
	if (m->off < m->n) {
		tk_emit_kv_hex(m->e, "ies", m->p + m->off, m->n - m->off);
		tk_emit_kv_str(m->e, "note", "the information elements of this message are not "
			       "decoded");
	}
}

static void plain_emm(struct tk_nas *m)
{
	const uint8_t *v = tk_nas_take_v(m, 1, "message type");

	if (!v)
		return;
	tk_emit_kv_long(m->e, "messageType", v[0]);
	tk_inner_emit_name(m->e, "message", emm_msg_names, NULL, "unknown EMM message type", v[0]);
	body(m, v[0], 0);
}

static void plain_esm(struct tk_nas *m)
{
	const uint8_t *v;

	/* 9.3.2 EPS bearer identity (bits 8-5 of octet 1), 9.4 procedure transaction identity */
	tk_emit_kv_long(m->e, "epsBearerIdentity", m->p[0] >> 4);
	if (!(v = tk_nas_take_v(m, 1, "procedure transaction identity")))
		return;
	tk_emit_kv_long(m->e, "procedureTransactionIdentity", v[0]);
	if (!(v = tk_nas_take_v(m, 1, "message type")))
		return;
	tk_emit_kv_long(m->e, "messageType", v[0]);
	tk_inner_emit_name(m->e, "message", esm_msg_names, NULL, "unknown ESM message type", v[0]);
	body(m, v[0], 1);
}

/* 8.2.23 security protected NAS message: header, MAC (4 octets), sequence number, NAS message
 * (security header types 1 and 3 in clear; 5, a CONTROL PLANE SERVICE REQUEST, has only some
 * of its element values ciphered, which stay in hex) */
static void security_protected(struct tk_nas *m, unsigned sht)
{
	tk_nas_security_protected(m, sht, "NAS message", emit_nas);
}

/* 8.2.25 SERVICE REQUEST: header, KSI and sequence number (9.9.3.19), short MAC (9.9.3.28) */
static void service_request(struct tk_nas *m)
{
	struct tk_emitter *e = m->e;
	const uint8_t *v;

	tk_emit_kv_str(e, "message", "SERVICE REQUEST");
	if ((v = tk_nas_take_v(m, 1, "KSI and sequence number"))) {
		/* KSI (bits 8-6), the 5 least significant bits of the NAS COUNT */
		tk_emit_kv_long(e, "ksi", v[0] >> 5);
		tk_emit_kv_long(e, "sequenceNumber", v[0] & 0x1f);
	}
	if ((v = tk_nas_take_v(m, 2, "short MAC")))
		tk_emit_kv_hex(e, "shortMac", v, 2);
	if (m->ok && m->off < m->n)
		tk_nas_fail(m, m->off, "%zu octets after the SERVICE REQUEST", m->n - m->off);
}

static void nas_message(struct tk_nas *m)
{
	struct tk_emitter *e = m->e;
	unsigned pd, sht;

	if (m->n < 1) {
		tk_nas_fail(m, 0, "empty: a NAS message has at least 2 octets");
		return;
	}
	pd = m->p[0] & 0x0f;
	m->off = 1;
	if (pd == 0x02) {
		emit_pd(e, m->p[0]);
		plain_esm(m);
		return;
	}
	if (pd != 0x07) {
		emit_pd(e, m->p[0]);
		if (pd == 0x0e) {
			/* TS 24.501: the same octets, decoded by nas_5gs.c at this depth */
			tk_emit_kv_str(e, "note", "a 5GS NAS message (TS 24.501): decoded as nas5gs");
			tk_emit_key(e, "nas5gs");
			tk_emit_5gs_nas_at(e, m->p, m->n, m->depth);
		} else
			tk_nas_fail(m, 0, "protocol discriminator %u is not EPS mobility (7) or session (2) "
			     "management", pd);
		return;
	}
	sht = m->p[0] >> 4;
	tk_emit_kv_long(e, "securityHeaderTypeValue", sht);
	tk_inner_emit_name(e, "securityHeaderType", security_header_names, security_header_ranges,
			   "reserved", sht);
	emit_pd(e, m->p[0]);
	if (sht == 0) {
		plain_emm(m);
		return;
	}
	/* 8.2.23: the NAS message a security protected one holds is a plain NAS message */
	if (m->depth > 0 && (sht <= 5 || sht >= 12))
		tk_nas_fail(m, 0, "a security protected NAS message inside another NAS message");
	if (sht <= 5)
		security_protected(m, sht);
	else if (sht >= 12)
		service_request(m);
	else
		tk_nas_fail(m, 0, "security header type %u is reserved", sht);
}

static void emit_nas(struct tk_emitter *e, const uint8_t *p, size_t n, int depth)
{
	struct tk_inner_err er;
	struct tk_nas m;

	n = tk_inner_start(e, &er, p, n);
	tk_nas_init(&m, e, p, n, &er, depth);
	if (depth > MAX_NAS_DEPTH)
		tk_inner_fail(&er, 0, "NAS messages nested more than %d deep", MAX_NAS_DEPTH);
	else
		nas_message(&m);
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_eps_nas(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	emit_nas(e, p, n, 0);
}

void tk_emit_eps_nas_at(struct tk_emitter *e, const uint8_t *p, size_t n, int depth)
{
	emit_nas(e, p, n, depth);
}
