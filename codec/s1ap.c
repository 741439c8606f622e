/*
 * S1AP (3GPP TS 36.413 V17.1.0) types in ALIGNED PER (ITU-T X.691), read field by field with
 * the bounds-checked reader of aper.h: the eNB transparent containers of handover, the UE
 * history, E-UTRAN CGI, Global eNB ID and Cause, with every protocol extension that TS 36.413
 * 9.3.4 (S1AP-IEs) lets these types carry.
 *
 * Value names are the identifiers of the ASN.1 (S1AP-IEs), as RANAP's are in ranap.c; the
 * names of the extension IDs are those of S1AP-Constants without "id-".  Every extension value
 * is an open type, so its octets are known without understanding it: a value whose ID is not
 * in the ExtIEs set of its type (or that fails to decode) is listed with its octets and the
 * next one is read.  No type of these sets holds itself, so the nesting of open types is
 * bounded by the types; S1AP_MAX_DEPTH bounds it anyway.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#include "aper.h"
#include "inner.h"
#include "location.h"
#include "lte_rrc.h"
#include "names.h"
#include "ngap.h"
#include "ranap.h"
#include "s1ap.h"

/* the deepest open type whose value is decoded (the container is 0, its extensions 1, ...) */
#define S1AP_MAX_DEPTH 8

/* ---- names (TS 36.413 9.3.4, 9.3.5) ---------------------------------------------------------- */

/* CauseRadioNetwork: 36 root values, then the extension values (9.2.1.3) */
static const struct tk_value_string cause_radio_names[] = {
	{ 0, "unspecified" },
	{ 1, "tx2relocoverall-expiry" },
	{ 2, "successful-handover" },
	{ 3, "release-due-to-eutran-generated-reason" },
	{ 4, "handover-cancelled" },
	{ 5, "partial-handover" },
	{ 6, "ho-failure-in-target-EPC-eNB-or-target-system" },
	{ 7, "ho-target-not-allowed" },
	{ 8, "tS1relocoverall-expiry" },
	{ 9, "tS1relocprep-expiry" },
	{ 10, "cell-not-available" },
	{ 11, "unknown-targetID" },
	{ 12, "no-radio-resources-available-in-target-cell" },
	{ 13, "unknown-mme-ue-s1ap-id" },
	{ 14, "unknown-enb-ue-s1ap-id" },
	{ 15, "unknown-pair-ue-s1ap-id" },
	{ 16, "handover-desirable-for-radio-reason" },
	{ 17, "time-critical-handover" },
	{ 18, "resource-optimisation-handover" },
	{ 19, "reduce-load-in-serving-cell" },
	{ 20, "user-inactivity" },
	{ 21, "radio-connection-with-ue-lost" },
	{ 22, "load-balancing-tau-required" },
	{ 23, "cs-fallback-triggered" },
	{ 24, "ue-not-available-for-ps-service" },
	{ 25, "radio-resources-not-available" },
	{ 26, "failure-in-radio-interface-procedure" },
	{ 27, "invalid-qos-combination" },
	{ 28, "interrat-redirection" },
	{ 29, "interaction-with-other-procedure" },
	{ 30, "unknown-E-RAB-ID" },
	{ 31, "multiple-E-RAB-ID-instances" },
	{ 32, "encryption-and-or-integrity-protection-algorithms-not-supported" },
	{ 33, "s1-intra-system-handover-triggered" },
	{ 34, "s1-inter-system-handover-triggered" },
	{ 35, "x2-handover-triggered" },
	{ 36, "redirection-towards-1xRTT" },
	{ 37, "not-supported-QCI-value" },
	{ 38, "invalid-CSG-Id" },
	{ 39, "release-due-to-pre-emption" },
	{ 40, "n26-interface-not-available" },
	{ 41, "insufficient-ue-capabilities" },
	{ 42, "maximum-bearer-pre-emption-rate-exceeded" },
	{ 43, "up-integrity-protection-not-possible" },
	{ 0, NULL }
};

/* CauseTransport (2 root values) */
static const struct tk_value_string cause_transport_names[] = {
	{ 0, "transport-resource-unavailable" },
	{ 1, "unspecified" },
	{ 0, NULL }
};

/* CauseNas: 4 root values, 2 extension values */
static const struct tk_value_string cause_nas_names[] = {
	{ 0, "normal-release" },
	{ 1, "authentication-failure" },
	{ 2, "detach" },
	{ 3, "unspecified" },
	{ 4, "csg-subscription-expiry" },
	{ 5, "uE-not-in-PLMN-serving-area" },
	{ 0, NULL }
};

/* CauseProtocol (7 root values) */
static const struct tk_value_string cause_protocol_names[] = {
	{ 0, "transfer-syntax-error" },
	{ 1, "abstract-syntax-error-reject" },
	{ 2, "abstract-syntax-error-ignore-and-notify" },
	{ 3, "message-not-compatible-with-receiver-state" },
	{ 4, "semantic-error" },
	{ 5, "abstract-syntax-error-falsely-constructed-message" },
	{ 6, "unspecified" },
	{ 0, NULL }
};

/* CauseMisc (6 root values) */
static const struct tk_value_string cause_misc_names[] = {
	{ 0, "control-processing-overload" },
	{ 1, "not-enough-user-plane-processing-resources" },
	{ 2, "hardware-failure" },
	{ 3, "om-intervention" },
	{ 4, "unspecified" },
	{ 5, "unknown-PLMN" },
	{ 0, NULL }
};

/* Cause ::= CHOICE { radioNetwork, transport, nas, protocol, misc, ... }: each an extensible
 * ENUMERATED of nroot root values */
static const struct {
	const char *choice;
	const struct tk_value_string *vs;
	uint32_t nroot;
} cause_choices[5] = {
	{ "radioNetwork", cause_radio_names, 36 },
	{ "transport", cause_transport_names, 2 },
	{ "nas", cause_nas_names, 4 },
	{ "protocol", cause_protocol_names, 7 },
	{ "misc", cause_misc_names, 6 },
};

/* Cell-Size ::= ENUMERATED { verysmall, small, medium, large, ... } (9.2.1.66) */
static const struct tk_value_string cell_size_names[] = {
	{ 0, "verysmall" },
	{ 1, "small" },
	{ 2, "medium" },
	{ 3, "large" },
	{ 0, NULL }
};

/* DL-Forwarding ::= ENUMERATED { dL-Forwarding-proposed, ... } (9.2.3.14) */
static const struct tk_value_string dl_forwarding_names[] = {
	{ 0, "dL-Forwarding-proposed" },
	{ 0, NULL }
};

/* Direct-Forwarding-Path-Availability ::= ENUMERATED { directPathAvailable, ... } (9.2.3.15) */
static const struct tk_value_string direct_forwarding_names[] = {
	{ 0, "directPathAvailable" },
	{ 0, NULL }
};

/* IMSvoiceEPSfallbackfrom5G, EmergencyIndicator, RACSIndication ::= ENUMERATED { true, ... } */
static const struct tk_value_string true_names[] = {
	{ 0, "true" },
	{ 0, NULL }
};

/* DAPSRequestInfo's dAPSIndicator (9.2.1.155) */
static const struct tk_value_string daps_indicator_names[] = {
	{ 0, "dAPS-HO-required" },
	{ 0, NULL }
};

/* DAPSResponseInfo's dapsresponseindicator (9.2.1.156) */
static const struct tk_value_string daps_response_names[] = {
	{ 0, "dAPS-HO-accepted" },
	{ 1, "dAPS-HO-not-accepted" },
	{ 0, NULL }
};

/* IntegrityProtectionIndication ::= ENUMERATED { required, preferred, not-needed, ... } */
static const struct tk_value_string integrity_indication_names[] = {
	{ 0, "required" },
	{ 1, "preferred" },
	{ 2, "not-needed" },
	{ 0, NULL }
};

/* IntegrityProtectionResult ::= ENUMERATED { performed, not-performed, ... } */
static const struct tk_value_string integrity_result_names[] = {
	{ 0, "performed" },
	{ 1, "not-performed" },
	{ 0, NULL }
};

/* InterSystemMeasurementItem's subcarrierSpacingSSB (9.2.1.151) */
static const struct tk_value_string subcarrier_spacing_names[] = {
	{ 0, "kHz15" },
	{ 1, "kHz30" },
	{ 2, "kHz60" },
	{ 3, "kHz120" },
	{ 4, "kHz240" },
	{ 0, NULL }
};

/* ---- encodings shared by the types ----------------------------------------------------------- */

struct ext_kind;
static void fields_of(struct tk_per_fields *f, const char *id_what, const char *value_what,
		      const long *set);

/*
 * The end of an extensible SEQUENCE (tk_per_seq_tail): its iE-Extensions, their values
 * decoded when set lists their IDs, then the extension additions.
 */
static void seq_tail(struct tk_emitter *e, struct tk_per *r, uint32_t ie_ext, uint32_t ext,
		     const long *set)
{
	struct tk_per_fields f;

	fields_of(&f, "ProtocolExtensionID", "extensionValue", set);
	tk_per_seq_tail(e, r, ie_ext, ext, &f);
}

/*
 * ENUMERATED (X.691 13): the extension bit when extensible, then the index of a root value
 * (a constrained whole number of nroot values) or of an extension value (a normally small
 * number); *v is the value's place in the ASN.1's list, root values first.
 */
static int read_enum(struct tk_per *r, uint32_t nroot, int ext, const char *what, uint32_t *v)
{
	uint32_t x = 0;

	if (ext && tk_per_bits(r, 1, what, &x))
		return -1;
	if (!x)
		return tk_per_cwn(r, nroot, what, v);
	if (tk_per_nsnn(r, what, v))
		return -1;
	*v += nroot;
	return 0;
}

/*
 * key: the enumeration's name for value v of nroot root values; an extension value that vs
 * does not know (one of a later version) as "extension value (N)", N counted from the first
 * extension value, as ranap.c names them
 */
static void emit_enum_name(struct tk_emitter *e, const char *key, const struct tk_value_string *vs,
			   uint32_t nroot, uint32_t v)
{
	const char *s = vs ? tk_vs_name(vs, (long)v) : NULL;

	if (s)
		tk_emit_kv_str(e, key, s);
	else if (v < nroot)
		tk_inner_emit_name(e, key, NULL, NULL, "unknown", (long)v);
	else
		tk_inner_emit_name(e, key, NULL, NULL, "extension value", (long)(v - nroot));
}

static void emit_enum(struct tk_emitter *e, const char *key, struct tk_per *r,
		      const struct tk_value_string *vs, uint32_t nroot, int ext)
{
	uint32_t v;

	if (read_enum(r, nroot, ext, key, &v) == 0)
		emit_enum_name(e, key, vs, nroot, v);
}

/* a number that may not fit a long where long has 32 bits (RAN UE NGAP ID, NR cell identity) */
static void emit_u64(struct tk_emitter *e, const char *key, uint64_t v)
{
	char buf[24];

	snprintf(buf, sizeof(buf), "%llu", (unsigned long long)v);
	tk_emit_key(e, key);
	tk_emit_lit(e, buf);
}

/*
 * An extensible CHOICE's alternative beyond those tcapkit knows (X.691 23.8): its index, a
 * normally small number, then its value as an open type; listed as
 * "choice": "extension alternative (N)" and the octets.  The caller has read the extension bit.
 */
static void emit_choice_extension(struct tk_emitter *e, const char *key, struct tk_per *r,
				  const char *what)
{
	uint32_t i;
	struct tk_per o;

	if (tk_per_nsnn(r, what, &i) || tk_per_open(r, what, &o))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative", (long)i);
	tk_emit_kv_hex(e, "octets", o.p, o.n);
	tk_emit_close(e, 0);
}

/*
 * PLMNidentity ::= TBCD-STRING (OCTET STRING (SIZE (3))) (9.2.3.8): a fixed-size OCTET STRING
 * of more than two octets, aligned without a length (X.691 17.6); the digits as TS 24.008
 * 10.5.1.3 lays them out.
 */
static void emit_plmn(struct tk_emitter *e, struct tk_per *r)
{
	const uint8_t *q = tk_per_octets(r, 3, "pLMNidentity");

	if (q)
		tk_emit_plmn_fields(e, q, r->er, r->base + (size_t)(q - r->p));
}

/*
 * E-RAB-ID ::= INTEGER (0..15, ...) (9.2.1.2): the extension bit, then 4 bits; a value
 * outside the root is an unconstrained whole number (X.691 12.1, 10.8): a length, then that
 * many octets of two's complement.
 */
static void emit_erab_id(struct tk_emitter *e, struct tk_per *r)
{
	const uint8_t *q;
	uint32_t x, v;
	uint64_t u;
	size_t len, i;

	if (tk_per_bits(r, 1, "e-RAB-ID", &x))
		return;
	if (!x) {
		if (tk_per_cwn(r, 16, "e-RAB-ID", &v) == 0)
			tk_emit_kv_long(e, "erabId", (long)v);
		return;
	}
	if (tk_per_length(r, "e-RAB-ID", &len))
		return;
	if (len == 0 || len > 4) {
		r->bit -= 8;
		tk_per_fail(r, "e-RAB-ID: a value of %zu octets", len);
		return;
	}
	q = tk_per_octets(r, len, "e-RAB-ID");
	if (!q)
		return;
	u = q[0] & 0x80 ? ~(uint64_t)0 : 0;
	for (i = 0; i < len; i++)
		u = u << 8 | q[i];
	tk_emit_kv_long(e, "erabId", (long)(int64_t)u);
}

/*
 * TransportLayerAddress ::= BIT STRING (SIZE (1..160, ...)) (9.2.2.1, laid out by TS 36.414):
 * 32 bits an IPv4 address, 128 bits an IPv6 address, 160 bits both, the IPv4 address first;
 * any other length as its bits in hex.
 */
static void emit_tla(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	const uint8_t *q;
	char buf[64];
	size_t nb;

	q = tk_per_var_bits(r, 1, 160, 1, "TransportLayerAddress", &nb);
	if (!q)
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "bits", (long)nb);
	if ((nb == 32 || nb == 160) && inet_ntop(AF_INET, q, buf, sizeof(buf)))
		tk_emit_kv_str(e, "ipv4", buf);
	if ((nb == 128 || nb == 160) && inet_ntop(AF_INET6, q + (nb == 160 ? 4 : 0), buf,
						   sizeof(buf)))
		tk_emit_kv_str(e, "ipv6", buf);
	if (nb != 32 && nb != 128 && nb != 160)
		tk_emit_kv_hex(e, "octets", q, (nb + 7) / 8);
	tk_emit_close(e, 0);
}

/*
 * Cause (9.2.1.3): the CHOICE's extension bit and 3-bit index of the five groups, then the
 * group's extensible ENUMERATED.  "choice", "value" (the value's place in the group's list,
 * root values first, as S1AP-IEs lists them) and "name".  The fields go into the object open.
 */
static void cause_fields(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x, i, v;

	if (tk_per_bits(r, 1, "Cause", &x))
		return;
	if (x) {
		struct tk_per o;

		if (tk_per_nsnn(r, "Cause extension", &i) || tk_per_open(r, "Cause extension", &o))
			return;
		tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative", (long)i);
		tk_emit_kv_hex(e, "octets", o.p, o.n);
		return;
	}
	if (tk_per_cwn(r, 5, "Cause", &i))
		return;
	tk_emit_kv_str(e, "choice", cause_choices[i].choice);
	if (read_enum(r, cause_choices[i].nroot, 1, cause_choices[i].choice, &v) == 0) {
		tk_emit_kv_long(e, "value", (long)v);
		emit_enum_name(e, "name", cause_choices[i].vs, cause_choices[i].nroot, v);
	}
}

static void emit_cause(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	if (r->bad)
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	cause_fields(e, r);
	tk_emit_close(e, 0);
}

/*
 * EUTRAN-CGI ::= SEQUENCE { pLMNidentity, cell-ID CellIdentity BIT STRING (SIZE (28)),
 * iE-Extensions OPTIONAL, ... } (9.2.1.38): the fixed BIT STRING is longer than 16 bits, so
 * aligned (X.691 16.10).  "eci" the 28 bits; "the leftmost bits of the Cell Identity
 * correspond to the eNB ID" (9.2.1.37): "enbId" the leftmost 20 (a macro eNB ID, the common
 * case) and "cellId" the 8 after them.  A home eNB's ID is the whole 28 bits, a short or long
 * macro eNB's the leftmost 18 or 21: "eci" serves those.
 */
static void ecgi_fields(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x, eci;

	if (tk_per_bits(r, 2, "EUTRAN-CGI", &x))
		return;
	emit_plmn(e, r);
	tk_per_align(r);
	if (tk_per_bits(r, 28, "cell-ID", &eci) == 0) {
		tk_emit_kv_long(e, "eci", (long)eci);
		tk_emit_kv_long(e, "enbId", (long)(eci >> 8));
		tk_emit_kv_long(e, "cellId", (long)(eci & 0xff));
	}
	seq_tail(e, r, x & 1, x & 2, NULL);	/* EUTRAN-CGI-ExtIEs is empty */
}

static void emit_ecgi(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	if (r->bad)
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	ecgi_fields(e, r);
	tk_emit_close(e, 0);
}

/*
 * ENB-ID ::= CHOICE { macroENB-ID BIT STRING (SIZE (20)), homeENB-ID BIT STRING (SIZE (28)),
 * ..., short-macroENB-ID BIT STRING (SIZE (18)), long-macroENB-ID BIT STRING (SIZE (21)) }
 * (9.2.1.37): a root alternative after its 1-bit index, an extension one in an open type;
 * the bit strings longer than 16 bits, so aligned.  "enbIdChoice" and "enbId".
 */
static void emit_enb_id(struct tk_emitter *e, struct tk_per *r)
{
	static const char *const names[4] = {
		"macroENB-ID", "homeENB-ID", "short-macroENB-ID", "long-macroENB-ID"
	};
	static const unsigned bits[4] = { 20, 28, 18, 21 };
	uint32_t x, i, v;
	struct tk_per o, *b = r;

	if (tk_per_bits(r, 1, "eNB-ID", &x))
		return;
	if (!x) {
		if (tk_per_cwn(r, 2, "eNB-ID", &i))
			return;
	} else {
		if (tk_per_nsnn(r, "eNB-ID extension", &i) ||
		    tk_per_open(r, "eNB-ID extension", &o))
			return;
		if (i >= 2) {
			tk_inner_emit_name(e, "enbIdChoice", NULL, NULL, "extension alternative",
					   (long)i);
			tk_emit_kv_hex(e, "octets", o.p, o.n);
			return;
		}
		b = &o;
		i += 2;
	}
	tk_per_align(b);
	if (tk_per_bits(b, bits[i], names[i], &v) == 0) {
		tk_emit_kv_str(e, "enbIdChoice", names[i]);
		tk_emit_kv_long(e, "enbId", (long)v);
	}
	if (b != r)
		tk_per_end(b, names[i]);
}

/* Global-ENB-ID ::= SEQUENCE { pLMNidentity, eNB-ID, iE-Extensions OPTIONAL, ... } (9.2.1.37) */
static void global_enb_fields(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x;

	if (tk_per_bits(r, 2, "Global-ENB-ID", &x))
		return;
	emit_plmn(e, r);
	emit_enb_id(e, r);
	seq_tail(e, r, x & 1, x & 2, NULL);	/* GlobalENB-ID-ExtIEs is empty */
}

/*
 * Global-GNB-ID ::= SEQUENCE { pLMN-Identity, gNB-ID GNB-Identity, iE-Extensions OPTIONAL, ... }
 * with GNB-Identity ::= CHOICE { gNB-ID GNB-ID, ... } (one root alternative: no index bits)
 * and GNB-ID ::= BIT STRING (SIZE (22..32)) (9.2.1.132): the length as 4 bits (11 values),
 * then the bits aligned.  "gnbId" and its length "gnbIdLength".
 */
static void emit_global_gnb(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	const uint8_t *q;
	uint32_t x, c, v = 0;
	size_t nb, i;

	if (tk_per_bits(r, 2, "Global-GNB-ID", &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_plmn(e, r);
	if (tk_per_bits(r, 1, "GNB-Identity", &c) == 0) {
		if (c) {
			emit_choice_extension(e, "gnbIdentity", r, "GNB-Identity extension");
		} else if ((q = tk_per_var_bits(r, 22, 32, 0, "gNB-ID", &nb)) != NULL) {
			for (i = 0; i < (nb + 7) / 8; i++)
				v = v << 8 | q[i];
			v >>= (8 - nb % 8) % 8;
			tk_emit_kv_long(e, "gnbId", (long)v);
			tk_emit_kv_long(e, "gnbIdLength", (long)nb);
		}
	}
	seq_tail(e, r, x & 1, x & 2, NULL);
	tk_emit_close(e, 0);
}

/*
 * Global-RAN-NODE-ID ::= CHOICE { gNB GNB, ng-eNB NG-eNB, ... } (9.2.1.131) with
 * GNB ::= SEQUENCE { global-gNB-ID Global-GNB-ID, iE-Extensions OPTIONAL, ... } and
 * NG-eNB ::= SEQUENCE { global-ng-eNB-ID Global-ENB-ID, iE-Extensions OPTIONAL, ... }:
 * {"choice", "globalGnbId" or "globalNgEnbId"}
 */
static void emit_global_ran_node(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	uint32_t x, i, y;

	if (tk_per_bits(r, 1, "Global-RAN-NODE-ID", &x))
		return;
	if (x) {
		emit_choice_extension(e, key, r, "Global-RAN-NODE-ID extension");
		return;
	}
	if (tk_per_cwn(r, 2, "Global-RAN-NODE-ID", &i))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	tk_emit_kv_str(e, "choice", i ? "ng-eNB" : "gNB");
	if (tk_per_bits(r, 2, i ? "NG-eNB" : "GNB", &y) == 0) {
		if (i) {
			tk_emit_key(e, "globalNgEnbId");
			tk_emit_open(e, 0);
			global_enb_fields(e, r);
			tk_emit_close(e, 0);
		} else {
			emit_global_gnb(e, "globalGnbId", r);
		}
		seq_tail(e, r, y & 1, y & 2, NULL);
	}
	tk_emit_close(e, 0);
}

/* an OCTET STRING holding an LTE RRC type (lte_rrc.c): key + its object */
static void emit_lte_rrc_octets(struct tk_emitter *e, const char *key, struct tk_per *r,
				enum tk_lte_rrc_type t, const char *what)
{
	const uint8_t *q;
	size_t len;

	q = tk_per_octet_string(r, what, &len);
	if (!q)
		return;
	tk_emit_key(e, key);
	tk_emit_lte_rrc(e, t, q, len);
}

/* ---- the UE history (9.2.1.42, 9.2.1.43) ----------------------------------------------------- */

/*
 * LastVisitedEUTRANCellInformation ::= SEQUENCE { global-Cell-ID EUTRAN-CGI, cellType CellType,
 * time-UE-StayedInCell INTEGER (0..4095), iE-Extensions OPTIONAL, ... } (9.2.1.43a) with
 * CellType ::= SEQUENCE { cell-Size Cell-Size, iE-Extensions OPTIONAL, ... } (9.2.1.66); the
 * time in seconds, 4096 values so two aligned octets.  Extensions: the time in tenths of a
 * second, the HO cause, the PSCells visited.  The fields go into the object open.
 */
static void eutran_cell_fields(struct tk_emitter *e, struct tk_per *r)
{
	static const long exts[] = { 167, 168, 329, 0 };
	uint32_t x, y, v;

	if (tk_per_bits(r, 2, "LastVisitedEUTRANCellInformation", &x))
		return;
	emit_ecgi(e, "globalCellId", r);
	if (tk_per_bits(r, 2, "CellType", &y) == 0) {
		tk_emit_key(e, "cellType");
		tk_emit_open(e, 0);
		emit_enum(e, "cellSize", r, cell_size_names, 4, 1);
		seq_tail(e, r, y & 1, y & 2, NULL);	/* CellType-ExtIEs is empty */
		tk_emit_close(e, 0);
	}
	if (tk_per_cwn(r, 4096, "time-UE-StayedInCell", &v) == 0)
		tk_emit_kv_long(e, "timeUeStayedInCell", (long)v);
	seq_tail(e, r, x & 1, x & 2, exts);
}

/*
 * LastVisitedGERANCellInformation ::= CHOICE { undefined NULL, ... } (9.2.1.43b): the extension
 * bit, then nothing (one root alternative, a NULL); "geranCell": "undefined", or an extension
 * alternative with its octets.
 */
static void geran_cell_fields(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t g;

	if (tk_per_bits(r, 1, "LastVisitedGERANCellInformation", &g))
		return;
	if (g)
		emit_choice_extension(e, "geranCell", r,
				      "LastVisitedGERANCellInformation extension");
	else
		tk_emit_kv_str(e, "geranCell", "undefined");
}

/*
 * LastVisitedCell-Item ::= CHOICE { e-UTRAN-Cell, uTRAN-Cell LastVisitedUTRANCellInformation,
 * gERAN-Cell LastVisitedGERANCellInformation, ..., nG-RAN-Cell LastVisitedNGRANCellInformation }
 * (9.2.1.43): the extension bit and a 2-bit index.  The UTRAN cell is an OCTET STRING "defined
 * in TS 25.413": its LastVisitedUTRANCell-Item, decoded by ranap.c; the GERAN cell is
 * CHOICE { undefined NULL, ... } (9.2.1.43b); the NG-RAN cell an OCTET STRING holding TS 38.413's
 * LastVisitedNGRANCellInformation: kept in hex ("ngRanCell") and decoded beside it by ngap.c
 * ("ngap"), which reaches no S1AP type, so the nesting stays bounded.
 */
static void emit_last_visited_cell(struct tk_emitter *e, struct tk_per *r)
{
	const uint8_t *q;
	uint32_t x, i;
	struct tk_per o;
	size_t len;

	if (tk_per_bits(r, 1, "LastVisitedCell-Item", &x))
		return;
	if (x) {
		if (tk_per_nsnn(r, "LastVisitedCell-Item extension", &i) ||
		    tk_per_open(r, "LastVisitedCell-Item extension", &o))
			return;
		tk_emit_open(e, 0);
		if (i == 0) {
			tk_emit_kv_str(e, "choice", "nG-RAN-Cell");
			q = tk_per_octet_string(&o, "nG-RAN-Cell", &len);
			if (q) {
				tk_emit_kv_hex(e, "ngRanCell", q, len);
				tk_emit_key(e, "ngap");
				tk_emit_ngap_type(e, TK_NGAP_LAST_VISITED_NGRAN_CELL_INFORMATION,
						  q, len);
			}
			tk_per_end(&o, "LastVisitedNGRANCellInformation");
		} else {
			tk_inner_emit_name(e, "choice", NULL, NULL, "extension alternative",
					   (long)i);
			tk_emit_kv_hex(e, "octets", o.p, o.n);
		}
		tk_emit_close(e, 0);
		return;
	}
	if (tk_per_cwn(r, 3, "LastVisitedCell-Item", &i))
		return;
	tk_emit_open(e, 0);
	if (i == 0) {
		tk_emit_kv_str(e, "choice", "e-UTRAN-Cell");
		eutran_cell_fields(e, r);
	} else if (i == 1) {
		tk_emit_kv_str(e, "choice", "uTRAN-Cell");
		q = tk_per_octet_string(r, "uTRAN-Cell", &len);
		if (q) {
			tk_emit_key(e, "utranCell");
			tk_emit_ranap_type(e, TK_RANAP_LAST_VISITED_UTRAN_CELL_ITEM, q, len);
		}
	} else {
		tk_emit_kv_str(e, "choice", "gERAN-Cell");
		geran_cell_fields(e, r);
	}
	tk_emit_close(e, 0);
}

/* UE-HistoryInformation ::= SEQUENCE (SIZE (1..maxnoofCellsinUEHistoryInfo 16)) OF
 * LastVisitedCell-Item (9.2.1.42): the count - 1 in 4 bits, the most recent cell first */
static void emit_ue_history(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	uint32_t cnt, i;

	if (tk_per_cwn(r, 16, "UE-HistoryInformation", &cnt))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && !r->bad; i++)
		emit_last_visited_cell(e, r);
	tk_emit_close(e, 1);
}

/* ---- extension values (S1AP-IEs), by the ID of S1AP-Constants -------------------------------- */

struct ext_kind {
	long id;
	const char *name;	/* the id- constant without "id-" */
	const char *key;
	void (*fn)(struct tk_emitter *e, const char *key, struct tk_per *r,
		   const struct ext_kind *k);
	const struct tk_value_string *vs;	/* an enumeration's names */
	uint32_t n;		/* its root values; a constrained number's values */
};

static void dec_enum(struct tk_emitter *e, const char *key, struct tk_per *r,
		     const struct ext_kind *k)
{
	emit_enum(e, key, r, k->vs, k->n, 1);
}

/* an INTEGER (0..k->n - 1) */
static void dec_cwn(struct tk_emitter *e, const char *key, struct tk_per *r,
		    const struct ext_kind *k)
{
	uint32_t v;

	if (tk_per_cwn(r, k->n, key, &v) == 0)
		tk_emit_kv_long(e, key, (long)v);
}

/* ENB-UE-S1AP-ID ::= INTEGER (0..16777215) (9.2.3.4): more than 64K values, so a 2-bit count of
 * octets and the octets aligned (X.691 10.5.7.4) */
static void dec_enb_ue_s1ap_id(struct tk_emitter *e, const char *key, struct tk_per *r,
			       const struct ext_kind *k)
{
	uint64_t v;

	(void)k;
	if (tk_per_big(r, 16777216, key, &v) == 0)
		tk_emit_kv_long(e, key, (long)v);
}

/* MobilityInformation, AdditionalRRMPriorityIndex ::= BIT STRING (SIZE (32)): aligned, hex */
static void dec_bits32(struct tk_emitter *e, const char *key, struct tk_per *r,
		       const struct ext_kind *k)
{
	const uint8_t *q = tk_per_octets(r, 4, key);

	(void)k;
	if (q)
		tk_emit_kv_hex(e, key, q, 4);
}

static void dec_cause(struct tk_emitter *e, const char *key, struct tk_per *r,
		      const struct ext_kind *k)
{
	(void)k;
	emit_cause(e, key, r);
}

static void dec_tla(struct tk_emitter *e, const char *key, struct tk_per *r,
		    const struct ext_kind *k)
{
	(void)k;
	emit_tla(e, key, r);
}

static void dec_global_ran_node(struct tk_emitter *e, const char *key, struct tk_per *r,
				const struct ext_kind *k)
{
	(void)k;
	emit_global_ran_node(e, key, r);
}

/* UE-HistoryInformationFromTheUE ::= OCTET STRING: "VisitedCellInfoList contained in the
 * UEInformationResponse message (TS 36.331)" (9.2.1.7) */
static void dec_visited_cells(struct tk_emitter *e, const char *key, struct tk_per *r,
			      const struct ext_kind *k)
{
	(void)k;
	emit_lte_rrc_octets(e, key, r, TK_LTE_RRC_VISITED_CELL_INFO_LIST,
			    "UE-HistoryInformationFromTheUE");
}

/*
 * ContextatSource ::= SEQUENCE { sourceNG-RAN-node-ID Global-RAN-NODE-ID, rAN-UE-NGAP-ID
 * RAN-UE-NGAP-ID INTEGER (0..4294967295), iE-Extensions OPTIONAL, ... } (9.2.1.144, 9.2.1.145)
 */
static void dec_context_at_source(struct tk_emitter *e, const char *key, struct tk_per *r,
				  const struct ext_kind *k)
{
	uint32_t x;
	uint64_t v;

	(void)k;
	if (tk_per_bits(r, 2, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_global_ran_node(e, "sourceNgRanNodeId", r);
	if (tk_per_big(r, 4294967296ull, "rAN-UE-NGAP-ID", &v) == 0)
		emit_u64(e, "ranUeNgapId", v);
	seq_tail(e, r, x & 1, x & 2, NULL);
	tk_emit_close(e, 0);
}

/*
 * InterSystemMeasurementItem ::= SEQUENCE { freqBandIndicatorNR INTEGER (1..1024),
 * sSBfrequencies INTEGER (0..maxNARFCN 3279165), subcarrierSpacingSSB ENUMERATED { kHz15,
 * kHz30, kHz60, kHz120, kHz240, ... }, maxRSIndexCellQual INTEGER (1..16) OPTIONAL, sMTC,
 * threshRS-Index-r15, sSBToMeasure, sSRSSIMeasurement, quantityConfigNR-R15,
 * excludedCellsToAddModList OCTET STRING OPTIONAL, iE-Extensions OPTIONAL } (9.2.1.151; not
 * extensible: 8 preamble bits).  The six OCTET STRINGs hold the E-UTRA RRC (TS 36.331 6.3.5)
 * Rel-15 types of the same name that an eNB sends a UE in an NR measurement object and
 * quantity configuration: MTC-SSB-NR-r15, ThresholdListNR-r15, SSB-ToMeasure-r15,
 * SS-RSSI-Measurement-r15, QuantityConfigNR-r15, CellsToAddModListNR-r15 (the mapping
 * tshark 4.0.17 applies too).  Each stays in hex under its key and is decoded beside them,
 * under "lteRrc", by lte_rrc.c; an encoding that is not one of them is an error there only.
 */
static void emit_intersystem_item(struct tk_emitter *e, struct tk_per *r)
{
	static const char *const keys[6] = {
		"smtc", "threshRsIndexR15", "ssbToMeasure", "ssRssiMeasurement",
		"quantityConfigNrR15", "excludedCellsToAddModList"
	};
	static const enum tk_lte_rrc_type types[6] = {
		TK_LTE_RRC_MTC_SSB_NR_R15, TK_LTE_RRC_THRESHOLD_LIST_NR_R15,
		TK_LTE_RRC_SSB_TO_MEASURE_R15, TK_LTE_RRC_SS_RSSI_MEASUREMENT_R15,
		TK_LTE_RRC_QUANTITY_CONFIG_NR_R15, TK_LTE_RRC_CELLS_TO_ADD_MOD_LIST_NR_R15
	};
	const uint8_t *q[6] = { NULL };
	uint32_t x, v;
	uint64_t b;
	size_t len[6];
	int i, any = 0;

	if (tk_per_bits(r, 8, "InterSystemMeasurementItem", &x))
		return;
	tk_emit_open(e, 0);
	if (tk_per_cwn(r, 1024, "freqBandIndicatorNR", &v) == 0)
		tk_emit_kv_long(e, "freqBandIndicatorNr", 1 + (long)v);
	if (tk_per_big(r, 3279166, "sSBfrequencies", &b) == 0)
		tk_emit_kv_long(e, "ssbFrequencies", (long)b);
	emit_enum(e, "subcarrierSpacingSsb", r, subcarrier_spacing_names, 5, 1);
	if ((x & 0x80) && tk_per_cwn(r, 16, "maxRSIndexCellQual", &v) == 0)
		tk_emit_kv_long(e, "maxRsIndexCellQual", 1 + (long)v);
	for (i = 0; i < 6; i++)
		if ((x & (0x40u >> i)) &&
		    (q[i] = tk_per_octet_string(r, keys[i], &len[i])) != NULL) {
			tk_emit_kv_hex(e, keys[i], q[i], len[i]);
			any = 1;
		}
	if (any) {
		tk_emit_key(e, "lteRrc");
		tk_emit_open(e, 0);
		for (i = 0; i < 6; i++)
			if (q[i]) {
				tk_emit_key(e, keys[i]);
				tk_emit_lte_rrc(e, types[i], q[i], len[i]);
			}
		tk_emit_close(e, 0);
	}
	seq_tail(e, r, x & 1, 0, NULL);
	tk_emit_close(e, 0);
}

/*
 * IntersystemMeasurementConfiguration ::= SEQUENCE { rSRP, rSRQ, sINR INTEGER (0..127)
 * OPTIONAL, interSystemMeasurementParameters SEQUENCE { measurementDuration INTEGER (1..100),
 * interSystemMeasurementList SEQUENCE (SIZE (1..maxnooffrequencies 64)) OF
 * InterSystemMeasurementItem OPTIONAL, iE-Extensions OPTIONAL, ... }, iE-Extensions OPTIONAL,
 * ... } (9.2.1.151)
 */
static void dec_intersystem_meas(struct tk_emitter *e, const char *key, struct tk_per *r,
				 const struct ext_kind *k)
{
	static const char *const thresholds[3] = { "rsrp", "rsrq", "sinr" };
	uint32_t x, y, v, cnt, i;

	(void)k;
	if (tk_per_bits(r, 5, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	for (i = 0; i < 3; i++)
		if ((x & (8u >> i)) && tk_per_cwn(r, 128, thresholds[i], &v) == 0)
			tk_emit_kv_long(e, thresholds[i], (long)v);
	if (tk_per_bits(r, 3, "InterSystemMeasurementParameters", &y) == 0) {
		tk_emit_key(e, "interSystemMeasurementParameters");
		tk_emit_open(e, 0);
		if (tk_per_cwn(r, 100, "measurementDuration", &v) == 0)
			tk_emit_kv_long(e, "measurementDuration", 1 + (long)v);
		if ((y & 2) && tk_per_cwn(r, 64, "interSystemMeasurementList", &cnt) == 0) {
			tk_emit_key(e, "interSystemMeasurementList");
			tk_emit_open(e, 1);
			for (i = 0; i <= cnt && !r->bad; i++)
				emit_intersystem_item(e, r);
			tk_emit_close(e, 1);
		}
		seq_tail(e, r, y & 1, y & 4, NULL);
		tk_emit_close(e, 0);
	}
	seq_tail(e, r, x & 1, x & 0x10, NULL);
	tk_emit_close(e, 0);
}

/*
 * SourceNodeID ::= CHOICE { sourceNgRanNode-ID SourceNgRanNode-ID, sourceNodeID-Extension
 * ProtocolIE-SingleContainer } (9.2.1.152; not extensible: a 1-bit index) with
 * SourceNgRanNode-ID ::= SEQUENCE { global-RAN-NODE-ID, selected-TAI FiveGSTAI, iE-Extensions
 * OPTIONAL, ... } and FiveGSTAI ::= SEQUENCE { pLMNidentity, fiveGSTAC OCTET STRING (SIZE (3)),
 * iE-Extensions OPTIONAL, ... } (9.2.3.52, 9.2.3.53).  The extension alternative's IE set is
 * empty: its field is listed with its octets.
 */
static void dec_source_node_id(struct tk_emitter *e, const char *key, struct tk_per *r,
			       const struct ext_kind *k)
{
	struct tk_per_fields f;
	const uint8_t *q;
	uint32_t i, y, z;

	(void)k;
	if (tk_per_cwn(r, 2, key, &i))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (i == 0) {
		tk_emit_kv_str(e, "choice", "sourceNgRanNode-ID");
		if (tk_per_bits(r, 2, "SourceNgRanNode-ID", &y) == 0) {
			emit_global_ran_node(e, "globalRanNodeId", r);
			if (tk_per_bits(r, 2, "FiveGSTAI", &z) == 0) {
				tk_emit_key(e, "selectedTai");
				tk_emit_open(e, 0);
				emit_plmn(e, r);
				q = tk_per_octets(r, 3, "fiveGSTAC");
				if (q)
					tk_emit_kv_long(e, "tac", (long)q[0] << 16 | q[1] << 8 |
							q[2]);
				seq_tail(e, r, z & 1, z & 2, NULL);
				tk_emit_close(e, 0);
			}
			seq_tail(e, r, y & 1, y & 2, NULL);
		}
	} else {
		tk_emit_kv_str(e, "choice", "sourceNodeID-Extension");
		fields_of(&f, "ProtocolIE-ID", "value", NULL);
		tk_per_field(e, r, "extension", &f);
	}
	tk_emit_close(e, 0);
}

/*
 * LastVisitedPSCellList ::= SEQUENCE (SIZE (1..8)) OF LastVisitedPSCellInformation ::=
 * SEQUENCE { pSCellID PSCellInformation OPTIONAL, timeStay INTEGER (0..40950), iE-Extensions
 * OPTIONAL, ... } with PSCellInformation ::= SEQUENCE { nCGI NR-CGI, iE-Extensions OPTIONAL,
 * ... } (9.2.1.141) and NR-CGI ::= SEQUENCE { pLMNIdentity, nRCellIdentity BIT STRING
 * (SIZE (36)), iE-Extensions OPTIONAL, ... } (9.2.1.142); timeStay in tenths of a second.
 */
static void dec_ps_cell_list(struct tk_emitter *e, const char *key, struct tk_per *r,
			     const struct ext_kind *k)
{
	uint32_t cnt, i, x, y, z, hi, lo, v;

	(void)k;
	if (tk_per_cwn(r, 8, key, &cnt))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && tk_per_bits(r, 3, "LastVisitedPSCellInformation", &x) == 0; i++) {
		tk_emit_open(e, 0);
		if ((x & 2) && tk_per_bits(r, 2, "PSCellInformation", &y) == 0) {
			tk_emit_key(e, "pscellId");
			tk_emit_open(e, 0);
			if (tk_per_bits(r, 2, "NR-CGI", &z) == 0) {
				tk_emit_key(e, "nCgi");
				tk_emit_open(e, 0);
				emit_plmn(e, r);
				tk_per_align(r);
				if (tk_per_bits(r, 4, "nRCellIdentity", &hi) == 0 &&
				    tk_per_bits(r, 32, "nRCellIdentity", &lo) == 0)
					emit_u64(e, "nci", (uint64_t)hi << 32 | lo);
				seq_tail(e, r, z & 1, z & 2, NULL);
				tk_emit_close(e, 0);
			}
			seq_tail(e, r, y & 1, y & 2, NULL);
			tk_emit_close(e, 0);
		}
		if (tk_per_cwn(r, 40951, "timeStay", &v) == 0)
			tk_emit_kv_long(e, "timeStay", (long)v);
		seq_tail(e, r, x & 1, x & 4, NULL);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
}

/*
 * A SEQUENCE of ProtocolIE-SingleContainer (E-RABInformationList, DAPSResponseInfoList,
 * E-RABSecurityResultList: SIZE (1..maxnoofE-RABs 256)): the count - 1 in one aligned octet,
 * then per item one field { id, criticality, value open type }; k->n the item's ID.
 */
static void dec_single_list(struct tk_emitter *e, const char *key, struct tk_per *r,
			    const struct ext_kind *k)
{
	long set[2] = { k->n, 0 };
	struct tk_per_fields f;

	fields_of(&f, "ProtocolIE-ID", "value", set);
	tk_per_container(e, r, key, key, 256, 1, &f);
}

/*
 * E-RABInformationListItem ::= SEQUENCE { e-RAB-ID, dL-Forwarding DL-Forwarding OPTIONAL,
 * iE-Extensions OPTIONAL, ... } (9.2.1.7): extensions DAPS Request Information, Source (Node)
 * Transport Layer Address, Security Indication
 */
static void dec_erab_info_item(struct tk_emitter *e, const char *key, struct tk_per *r,
			       const struct ext_kind *k)
{
	static const long exts[] = { 317, 328, 332, 340, 0 };
	uint32_t x;

	(void)k;
	if (tk_per_bits(r, 3, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_erab_id(e, r);
	if (x & 2)
		emit_enum(e, "dlForwarding", r, dl_forwarding_names, 1, 1);
	seq_tail(e, r, x & 1, x & 4, exts);
	tk_emit_close(e, 0);
}

/*
 * A SEQUENCE { <one extensible ENUMERATED>, iE-Extensions OPTIONAL, ... } with an empty ExtIEs
 * set: DAPSRequestInfo (dAPSIndicator, 9.2.1.155), DAPSResponseInfo (dapsresponseindicator,
 * 9.2.1.156), SecurityIndication (integrityProtectionIndication), SecurityResult
 * (integrityProtectionResult).  key is the SEQUENCE's, ekey the enumeration's.
 */
static void emit_enum_seq(struct tk_emitter *e, const char *key, const char *ekey,
			  struct tk_per *r, const struct tk_value_string *vs, uint32_t nroot)
{
	uint32_t x;

	if (tk_per_bits(r, 2, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_enum(e, ekey, r, vs, nroot, 1);
	seq_tail(e, r, x & 1, x & 2, NULL);
	tk_emit_close(e, 0);
}

static void dec_daps_request(struct tk_emitter *e, const char *key, struct tk_per *r,
			     const struct ext_kind *k)
{
	(void)k;
	emit_enum_seq(e, key, "dapsIndicator", r, daps_indicator_names, 1);
}

static void dec_security_indication(struct tk_emitter *e, const char *key, struct tk_per *r,
				    const struct ext_kind *k)
{
	(void)k;
	emit_enum_seq(e, key, "integrityProtectionIndication", r, integrity_indication_names, 3);
}

/*
 * DAPSResponseInfoItem ::= SEQUENCE { e-RAB-ID, dAPSResponseInfo DAPSResponseInfo,
 * iE-Extensions OPTIONAL, ... } and E-RABSecurityResultItem ::= SEQUENCE { e-RAB-ID,
 * securityResult SecurityResult, iE-Extensions OPTIONAL, ... }: k->n 1 for the latter
 */
static void dec_erab_enum_item(struct tk_emitter *e, const char *key, struct tk_per *r,
			       const struct ext_kind *k)
{
	uint32_t x;

	if (tk_per_bits(r, 2, key, &x))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	emit_erab_id(e, r);
	if (k->n)
		emit_enum_seq(e, "securityResult", "integrityProtectionResult", r,
			      integrity_result_names, 2);
	else
		emit_enum_seq(e, "dapsResponseInfo", "dapsResponseIndicator", r,
			      daps_response_names, 2);
	seq_tail(e, r, x & 1, x & 2, NULL);
	tk_emit_close(e, 0);
}

/* the values tcapkit decodes, by ID; which ones a type may carry is its ExtIEs set */
static const struct ext_kind ext_kinds[] = {
	{ 78, "E-RABInformationListItem", "erabInformationListItem", dec_erab_info_item, NULL, 0 },
	{ 79, "Direct-Forwarding-Path-Availability", "directForwardingPathAvailability",
	  dec_enum, direct_forwarding_names, 1 },
	{ 167, "Time-UE-StayedInCell-EnhancedGranularity", "timeUeStayedInCellEnhancedGranularity",
	  dec_cwn, NULL, 40951 },
	{ 168, "HO-Cause", "hoCause", dec_cause, NULL, 0 },
	{ 175, "MobilityInformation", "mobilityInformation", dec_bits32, NULL, 0 },
	{ 194, "uE-HistoryInformationFromTheUE", "ueHistoryInformationFromTheUe",
	  dec_visited_cells, NULL, 0 },
	{ 296, "IMSvoiceEPSfallbackfrom5G", "imsVoiceEpsFallbackFrom5g", dec_enum, true_names, 1 },
	{ 299, "AdditionalRRMPriorityIndex", "additionalRrmPriorityIndex", dec_bits32, NULL, 0 },
	{ 300, "ContextatSource", "contextAtSource", dec_context_at_source, NULL, 0 },
	{ 311, "IntersystemMeasurementConfiguration", "intersystemMeasurementConfiguration",
	  dec_intersystem_meas, NULL, 0 },
	{ 312, "SourceNodeID", "sourceNodeId", dec_source_node_id, NULL, 0 },
	{ 317, "DAPSRequestInfo", "dapsRequestInfo", dec_daps_request, NULL, 0 },
	{ 318, "DAPSResponseInfoList", "dapsResponseInfoList", dec_single_list, NULL, 319 },
	{ 319, "DAPSResponseInfoItem", "dapsResponseInfoItem", dec_erab_enum_item, NULL, 0 },
	{ 326, "EmergencyIndicator", "emergencyIndicator", dec_enum, true_names, 1 },
	{ 328, "SourceTransportLayerAddress", "sourceTransportLayerAddress", dec_tla, NULL, 0 },
	{ 329, "lastVisitedPSCellList", "lastVisitedPsCellList", dec_ps_cell_list, NULL, 0 },
	{ 330, "RACSIndication", "racsIndication", dec_enum, true_names, 1 },
	{ 332, "SecurityIndication", "securityIndication", dec_security_indication, NULL, 0 },
	{ 334, "E-RABSecurityResultItem", "erabSecurityResultItem", dec_erab_enum_item, NULL, 1 },
	{ 335, "E-RABSecurityResultList", "erabSecurityResultList", dec_single_list, NULL, 334 },
	{ 337, "UEContextReferenceatSourceeNB", "ueContextReferenceAtSourceEnb",
	  dec_enb_ue_s1ap_id, NULL, 0 },
	{ 340, "SourceNodeTransportLayerAddress", "sourceNodeTransportLayerAddress", dec_tla,
	  NULL, 0 },
	{ 343, "SourceSNID", "sourceSnId", dec_global_ran_node, NULL, 0 },
	{ 0, NULL, NULL, NULL, NULL, 0 }
};

static const struct ext_kind *ext_kind_of(uint32_t id)
{
	const struct ext_kind *k;

	for (k = ext_kinds; k->name && k->id != (long)id; k++)
		;
	return k->name ? k : NULL;
}

static const char *ext_name(const struct tk_per_fields *f, uint32_t id)
{
	const struct ext_kind *k = ext_kind_of(id);

	(void)f;
	return k ? k->name : NULL;
}

/* the value of a field whose ID f->arg (a list ending in 0) lists, under its key */
static void ext_decode(struct tk_emitter *e, const struct tk_per_fields *f, uint32_t id,
		       struct tk_per *v)
{
	const struct ext_kind *k = ext_kind_of(id);
	const long *set;
	int listed = 0;

	for (set = f->arg; set && *set; set++)
		listed |= *set == (long)id;
	if (k && listed && v->depth <= S1AP_MAX_DEPTH) {
		k->fn(e, k->key, v, k);
		tk_per_end(v, k->name);
	}
}

/*
 * The fields of a ProtocolExtensionContainer, a ProtocolIE-SingleContainer or a list of them
 * (tk_per_field): named from ext_kinds, the values of the IDs set lists decoded.
 */
static void fields_of(struct tk_per_fields *f, const char *id_what, const char *value_what,
		      const long *set)
{
	f->id_what = id_what;
	f->value_what = value_what;
	f->name = ext_name;
	f->decode = ext_decode;
	f->arg = set;
}

/* ---- the containers and the types of tk_emit_s1ap_type --------------------------------------- */

/*
 * SourceeNB-ToTargeteNB-TransparentContainer ::= SEQUENCE { rRC-Container RRC-Container,
 * e-RABInformationList OPTIONAL, targetCell-ID EUTRAN-CGI, subscriberProfileIDforRFP INTEGER
 * (1..256) OPTIONAL, uE-HistoryInformation, iE-Extensions OPTIONAL, ... } (9.2.1.7): the
 * extension bit and 3 preamble bits; the RRC container holds the TS 36.331
 * HandoverPreparationInformation.
 */
static void s2t_fields(struct tk_emitter *e, struct tk_per *r)
{
	static const long exts[] = { 175, 194, 296, 299, 300, 311, 312, 326, 337, 343, 79, 0 };
	static const struct ext_kind erabs = { 0, NULL, NULL, NULL, NULL, 78 };
	uint32_t x, v;

	if (tk_per_bits(r, 4, "SourceeNB-ToTargeteNB-TransparentContainer", &x))
		return;
	emit_lte_rrc_octets(e, "rrcContainer", r, TK_LTE_RRC_HANDOVER_PREPARATION_INFORMATION,
			    "rRC-Container");
	if (x & 4)
		dec_single_list(e, "erabInformationList", r, &erabs);
	emit_ecgi(e, "targetCellId", r);
	if ((x & 2) && tk_per_cwn(r, 256, "subscriberProfileIDforRFP", &v) == 0)
		tk_emit_kv_long(e, "subscriberProfileIdForRfp", 1 + (long)v);
	emit_ue_history(e, "ueHistoryInformation", r);
	seq_tail(e, r, x & 1, x & 8, exts);
}

/*
 * TargeteNB-ToSourceeNB-TransparentContainer ::= SEQUENCE { rRC-Container RRC-Container,
 * iE-Extensions OPTIONAL, ... } (9.2.1.8): the RRC container holds the TS 36.331
 * HandoverCommand; extensions DAPS Response Information List, RACS indication, E-RAB security
 * results, Direct Forwarding Path Availability.
 */
static void t2s_fields(struct tk_emitter *e, struct tk_per *r)
{
	static const long exts[] = { 318, 330, 335, 79, 0 };
	uint32_t x;

	if (tk_per_bits(r, 2, "TargeteNB-ToSourceeNB-TransparentContainer", &x))
		return;
	emit_lte_rrc_octets(e, "rrcContainer", r, TK_LTE_RRC_HANDOVER_COMMAND, "rRC-Container");
	seq_tail(e, r, x & 1, x & 2, exts);
}

static void ue_history_fields(struct tk_emitter *e, struct tk_per *r)
{
	emit_ue_history(e, "lastVisitedCellList", r);
}

static const struct {
	const char *name;
	void (*fn)(struct tk_emitter *e, struct tk_per *r);
} types[TK_S1AP_TYPE_COUNT] = {
	[TK_S1AP_SOURCE_ENB_TO_TARGET_ENB_CONTAINER] =
		{ "SourceeNB-ToTargeteNB-TransparentContainer", s2t_fields },
	[TK_S1AP_TARGET_ENB_TO_SOURCE_ENB_CONTAINER] =
		{ "TargeteNB-ToSourceeNB-TransparentContainer", t2s_fields },
	[TK_S1AP_UE_HISTORY_INFORMATION] = { "UE-HistoryInformation", ue_history_fields },
	[TK_S1AP_EUTRAN_CGI] = { "EUTRAN-CGI", ecgi_fields },
	[TK_S1AP_GLOBAL_ENB_ID] = { "Global-ENB-ID", global_enb_fields },
	[TK_S1AP_CAUSE] = { "Cause", cause_fields },
	[TK_S1AP_LAST_VISITED_EUTRAN_CELL_INFORMATION] =
		{ "LastVisitedEUTRANCellInformation", eutran_cell_fields },
	[TK_S1AP_LAST_VISITED_GERAN_CELL_INFORMATION] =
		{ "LastVisitedGERANCellInformation", geran_cell_fields },
};

const char *tk_s1ap_type_name(enum tk_s1ap_type t)
{
	return (unsigned)t < TK_S1AP_TYPE_COUNT ? types[t].name : NULL;
}

size_t tk_emit_s1ap_type_prefix(struct tk_emitter *e, enum tk_s1ap_type t, const uint8_t *p,
				size_t n)
{
	struct tk_inner_err er;
	struct tk_per r;
	size_t used = 0;

	n = tk_inner_start(e, &er, p, n);
	if ((unsigned)t >= TK_S1AP_TYPE_COUNT) {
		tk_inner_fail(&er, 0, "not an S1AP type tcapkit knows");
		used = n;
	} else {
		tk_emit_kv_str(e, "type", types[t].name);
		if (n == 0) {
			tk_inner_fail(&er, 0, "empty: a complete ALIGNED PER encoding of %s has "
				      "at least one octet", types[t].name);
		} else {
			tk_per_init(&r, p, n, 0, &er);
			types[t].fn(e, &r);
			/* where the value ends is known only when it was read to its end */
			used = r.bad ? n : (r.bit + 7) / 8;
		}
	}
	tk_inner_finish(e, p, used, &er);
	return used;
}

void tk_emit_s1ap_type(struct tk_emitter *e, enum tk_s1ap_type t, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	struct tk_per r;

	n = tk_inner_start(e, &er, p, n);
	if ((unsigned)t >= TK_S1AP_TYPE_COUNT) {
		tk_inner_fail(&er, 0, "not an S1AP type tcapkit knows");
	} else {
		tk_emit_kv_str(e, "type", types[t].name);
		if (n == 0) {
			tk_inner_fail(&er, 0, "empty: a complete ALIGNED PER encoding of %s has "
				      "at least one octet", types[t].name);
		} else {
			tk_per_init(&r, p, n, 0, &er);
			types[t].fn(e, &r);
			tk_per_end(&r, types[t].name);
		}
	}
	tk_inner_finish(e, p, n, &er);
}
