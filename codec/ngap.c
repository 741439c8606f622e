/*
 * NGAP (3GPP TS 38.413 V17.1.1, the ASN.1 of 9.4: NGAP-IEs, NGAP-Constants, NGAP-Containers,
 * NGAP-CommonDataTypes) types in ALIGNED PER (ITU-T X.691), read field by field with the
 * bounds-checked reader of aper.h, in the manner of s1ap.c: the last visited NG-RAN cell that
 * an S1AP UE history holds (TS 36.413 9.2.1.43), its NG-RAN CGI and Cause, and NGAP's own UE
 * history.
 *
 * Value names are the identifiers of NGAP-IEs; the names of the extension IDs are those of
 * NGAP-Constants without "id-".  Unlike S1AP's, NGAP's CHOICE types (Cause, NGRAN-CGI,
 * LastVisitedCellInformation) are not extensible: their last root alternative,
 * choice-Extensions, is a ProtocolIE-SingleContainer (one field {id, criticality, value}),
 * and the index is a plain constrained number of all alternatives.  Every extension value is
 * an open type, so its octets are known without understanding it: a value whose ID is not in
 * the ExtIEs set of its type (or that fails to decode) is listed with its octets and the next
 * one is read.  No type decoded here holds itself, so the nesting of open types is bounded by
 * the types; NGAP_MAX_DEPTH bounds it anyway.
 */
#include <stdio.h>

#include "aper.h"
#include "inner.h"
#include "location.h"
#include "names.h"
#include "ngap.h"
#include "ranap.h"
#include "s1ap.h"

/* the deepest open type whose value is decoded (the value is 0, its extensions 1, ...) */
#define NGAP_MAX_DEPTH 8

/* ---- names (NGAP-IEs, NGAP-CommonDataTypes of V17.1.1) ---------------------------------------- */

/* CauseRadioNetwork: 45 root values, then the extension values of V17.1.1 (9.3.1.2) */
static const struct tk_value_string cause_radio_names[] = {
	{ 0, "unspecified" },
	{ 1, "txnrelocoverall-expiry" },
	{ 2, "successful-handover" },
	{ 3, "release-due-to-ngran-generated-reason" },
	{ 4, "release-due-to-5gc-generated-reason" },
	{ 5, "handover-cancelled" },
	{ 6, "partial-handover" },
	{ 7, "ho-failure-in-target-5GC-ngran-node-or-target-system" },
	{ 8, "ho-target-not-allowed" },
	{ 9, "tngrelocoverall-expiry" },
	{ 10, "tngrelocprep-expiry" },
	{ 11, "cell-not-available" },
	{ 12, "unknown-targetID" },
	{ 13, "no-radio-resources-available-in-target-cell" },
	{ 14, "unknown-local-UE-NGAP-ID" },
	{ 15, "inconsistent-remote-UE-NGAP-ID" },
	{ 16, "handover-desirable-for-radio-reason" },
	{ 17, "time-critical-handover" },
	{ 18, "resource-optimisation-handover" },
	{ 19, "reduce-load-in-serving-cell" },
	{ 20, "user-inactivity" },
	{ 21, "radio-connection-with-ue-lost" },
	{ 22, "radio-resources-not-available" },
	{ 23, "invalid-qos-combination" },
	{ 24, "failure-in-radio-interface-procedure" },
	{ 25, "interaction-with-other-procedure" },
	{ 26, "unknown-PDU-session-ID" },
	{ 27, "unkown-qos-flow-ID" },	/* sic, as NGAP-IEs spells it */
	{ 28, "multiple-PDU-session-ID-instances" },
	{ 29, "multiple-qos-flow-ID-instances" },
	{ 30, "encryption-and-or-integrity-protection-algorithms-not-supported" },
	{ 31, "ng-intra-system-handover-triggered" },
	{ 32, "ng-inter-system-handover-triggered" },
	{ 33, "xn-handover-triggered" },
	{ 34, "not-supported-5QI-value" },
	{ 35, "ue-context-transfer" },
	{ 36, "ims-voice-eps-fallback-or-rat-fallback-triggered" },
	{ 37, "up-integrity-protection-not-possible" },
	{ 38, "up-confidentiality-protection-not-possible" },
	{ 39, "slice-not-supported" },
	{ 40, "ue-in-rrc-inactive-state-not-reachable" },
	{ 41, "redirection" },
	{ 42, "resources-not-available-for-the-slice" },
	{ 43, "ue-max-integrity-protected-data-rate-reason" },
	{ 44, "release-due-to-cn-detected-mobility" },
	/* the extension values */
	{ 45, "n26-interface-not-available" },
	{ 46, "release-due-to-pre-emption" },
	{ 47, "multiple-location-reporting-reference-ID-instances" },
	{ 48, "rsn-not-available-for-the-up" },
	{ 49, "npn-access-denied" },
	{ 50, "cag-only-access-denied" },
	{ 51, "insufficient-ue-capabilities" },
	{ 52, "redcap-ue-not-supported" },
	{ 0, NULL }
};

/* CauseTransport (2 root values) */
static const struct tk_value_string cause_transport_names[] = {
	{ 0, "transport-resource-unavailable" },
	{ 1, "unspecified" },
	{ 0, NULL }
};

/* CauseNas: 4 root values, 1 extension value */
static const struct tk_value_string cause_nas_names[] = {
	{ 0, "normal-release" },
	{ 1, "authentication-failure" },
	{ 2, "deregister" },
	{ 3, "unspecified" },
	{ 4, "uE-not-in-PLMN-serving-area" },
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

/* CauseMisc (6 root values; note the order differs from S1AP's: unspecified is last) */
static const struct tk_value_string cause_misc_names[] = {
	{ 0, "control-processing-overload" },
	{ 1, "not-enough-user-plane-processing-resources" },
	{ 2, "hardware-failure" },
	{ 3, "om-intervention" },
	{ 4, "unknown-PLMN-or-SNPN" },
	{ 5, "unspecified" },
	{ 0, NULL }
};

/*
 * Cause ::= CHOICE { radioNetwork, transport, nas, protocol, misc, choice-Extensions
 * ProtocolIE-SingleContainer { {Cause-ExtIEs} } }: not extensible, 6 alternatives; each group
 * an extensible ENUMERATED of nroot root values
 */
static const struct {
	const char *choice;
	const struct tk_value_string *vs;
	uint32_t nroot;
} cause_choices[5] = {
	{ "radioNetwork", cause_radio_names, 45 },
	{ "transport", cause_transport_names, 2 },
	{ "nas", cause_nas_names, 4 },
	{ "protocol", cause_protocol_names, 7 },
	{ "misc", cause_misc_names, 6 },
};

/* CellSize ::= ENUMERATED {verysmall, small, medium, large, ...} */
static const struct tk_value_string cell_size_names[] = {
	{ 0, "verysmall" },
	{ 1, "small" },
	{ 2, "medium" },
	{ 3, "large" },
	{ 0, NULL }
};

/* ---- encodings shared by the types ----------------------------------------------------------- */

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

/* key: the enumeration's name for v; an extension value of a later version as
 * "extension value (N)", N counted from the first extension value (as s1ap.c names them) */
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

/* a number that may not fit a long where long has 32 bits (the 36-bit NR cell identity) */
static void emit_u64(struct tk_emitter *e, const char *key, uint64_t v)
{
	char buf[24];

	snprintf(buf, sizeof(buf), "%llu", (unsigned long long)v);
	tk_emit_key(e, key);
	tk_emit_lit(e, buf);
}

/*
 * PLMNIdentity ::= OCTET STRING (SIZE(3)): a fixed-size OCTET STRING of more than two octets,
 * aligned without a length (X.691 17.6); the digits as TS 24.008 10.5.1.3 lays them out
 * (PLMNIdentity of NGAP-IEs).
 */
static void emit_plmn(struct tk_emitter *e, struct tk_per *r)
{
	const uint8_t *q = tk_per_octets(r, 3, "pLMNIdentity");

	if (q)
		tk_emit_plmn_fields(e, q, r->er, r->base + (size_t)(q - r->p));
}

/*
 * The choice-Extensions alternative of a CHOICE: ProtocolIE-SingleContainer, i.e. one
 * ProtocolIE-Field ::= SEQUENCE { id ProtocolIE-ID (0..65535), criticality, value } (not
 * extensible, no optional member: no preamble), the value an open type.  The ExtIEs sets of
 * the CHOICEs decoded here are empty (V17.1.1): "extension" lists the field with its octets.
 */
static void emit_choice_extension(struct tk_emitter *e, struct tk_per *r, const char *what)
{
	struct tk_per_fields f;

	fields_of(&f, what, what, NULL);
	tk_per_field(e, r, "extension", &f);
}

/* ---- NGRAN-CGI, Cause, CellType ------------------------------------------------------------- */

/*
 * NR-CGI ::= SEQUENCE { pLMNIdentity, nRCellIdentity BIT STRING (SIZE(36)), iE-Extensions
 * OPTIONAL, ... } (9.3.1.7): the fixed BIT STRING is longer than 16 bits, so aligned (X.691
 * 16.10), no length.  "nci" the 36 bits (the gNB ID's length, 22 to 32 of its leftmost bits,
 * is not in the value).
 */
static void nr_cgi_fields(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x, hi, lo;

	if (tk_per_bits(r, 2, "NR-CGI", &x))
		return;
	emit_plmn(e, r);
	tk_per_align(r);
	if (tk_per_bits(r, 4, "nRCellIdentity", &hi) == 0 &&
	    tk_per_bits(r, 32, "nRCellIdentity", &lo) == 0)
		emit_u64(e, "nci", (uint64_t)hi << 32 | lo);
	seq_tail(e, r, x & 1, x & 2, NULL);	/* NR-CGI-ExtIEs is empty */
}

/*
 * EUTRA-CGI ::= SEQUENCE { pLMNIdentity, eUTRACellIdentity BIT STRING (SIZE(28)),
 * iE-Extensions OPTIONAL, ... } (9.3.1.9): "eci" the 28 bits, and as s1ap.c does for S1AP's
 * EUTRAN-CGI, "enbId" the leftmost 20 (a macro eNB ID) and "cellId" the 8 after them.
 */
static void eutra_cgi_fields(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x, eci;

	if (tk_per_bits(r, 2, "EUTRA-CGI", &x))
		return;
	emit_plmn(e, r);
	tk_per_align(r);
	if (tk_per_bits(r, 28, "eUTRACellIdentity", &eci) == 0) {
		tk_emit_kv_long(e, "eci", (long)eci);
		tk_emit_kv_long(e, "enbId", (long)(eci >> 8));
		tk_emit_kv_long(e, "cellId", (long)(eci & 0xff));
	}
	seq_tail(e, r, x & 1, x & 2, NULL);	/* EUTRA-CGI-ExtIEs is empty */
}

/*
 * NGRAN-CGI ::= CHOICE { nR-CGI NR-CGI, eUTRA-CGI EUTRA-CGI, choice-Extensions
 * ProtocolIE-SingleContainer { {NGRAN-CGI-ExtIEs} } }: not extensible, a 2-bit index of 3
 * alternatives.  "choice" and the alternative's fields, in the object open.
 */
static void ngran_cgi_fields(struct tk_emitter *e, struct tk_per *r)
{
	static const char *const names[3] = { "nR-CGI", "eUTRA-CGI", "choice-Extensions" };
	uint32_t i;

	if (tk_per_cwn(r, 3, "NGRAN-CGI", &i))
		return;
	tk_emit_kv_str(e, "choice", names[i]);
	if (i == 0)
		nr_cgi_fields(e, r);
	else if (i == 1)
		eutra_cgi_fields(e, r);
	else
		emit_choice_extension(e, r, "NGRAN-CGI-ExtIEs");
}

static void emit_ngran_cgi(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	if (r->bad)
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	ngran_cgi_fields(e, r);
	tk_emit_close(e, 0);
}

/*
 * Cause (9.3.1.2): the 3-bit index of the six alternatives (no extension bit), then the
 * group's extensible ENUMERATED.  "choice", "value" (the value's place in the group's list,
 * root values first, as NGAP-IEs lists them) and "name"; choice-Extensions as "extension".
 */
static void cause_fields(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t i, v;

	if (tk_per_cwn(r, 6, "Cause", &i))
		return;
	if (i == 5) {
		tk_emit_kv_str(e, "choice", "choice-Extensions");
		emit_choice_extension(e, r, "Cause-ExtIEs");
		return;
	}
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

/* CellType ::= SEQUENCE { cellSize CellSize, iE-Extensions OPTIONAL, ... } */
static void emit_cell_type(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t x, v;

	if (tk_per_bits(r, 2, "CellType", &x))
		return;
	tk_emit_key(e, "cellType");
	tk_emit_open(e, 0);
	if (read_enum(r, 4, 1, "cellSize", &v) == 0)
		emit_enum_name(e, "cellSize", cell_size_names, 4, v);
	seq_tail(e, r, x & 1, x & 2, NULL);	/* CellType-ExtIEs is empty */
	tk_emit_close(e, 0);
}

/* ---- extension values (NGAP-IEs), by the ID of NGAP-Constants ------------------------------- */

/*
 * LastVisitedPSCellList ::= SEQUENCE (SIZE(1..maxnoofPSCellsPerPrimaryCellinUEHistoryInfo 8))
 * OF LastVisitedPSCellInformation ::= SEQUENCE { pSCellID NGRAN-CGI OPTIONAL, timeStay
 * INTEGER (0..40950), iE-Extensions OPTIONAL, ... }: the count - 1 in 3 bits; per item the
 * extension bit and 2 preamble bits; timeStay (tenths of a second) in two aligned octets.
 * (S1AP's list of the same name holds an NR-CGI in a PSCellInformation; NGAP's an NGRAN-CGI.)
 */
static void dec_ps_cell_list(struct tk_emitter *e, const char *key, struct tk_per *r)
{
	uint32_t cnt, i, x, v;

	if (tk_per_cwn(r, 8, key, &cnt))
		return;
	tk_emit_key(e, key);
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && tk_per_bits(r, 3, "LastVisitedPSCellInformation", &x) == 0; i++) {
		tk_emit_open(e, 0);
		if (x & 2)
			emit_ngran_cgi(e, "pscellId", r);
		if (tk_per_cwn(r, 40951, "timeStay", &v) == 0)
			tk_emit_kv_long(e, "timeStay", (long)v);
		seq_tail(e, r, x & 1, x & 4, NULL);	/* its ExtIEs set is empty */
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
}

/* the extension values tcapkit decodes, by ID; which ones a type may carry is its ExtIEs set */
static const struct {
	long id;
	const char *name;	/* the id- constant without "id-" */
	const char *key;
	void (*fn)(struct tk_emitter *e, const char *key, struct tk_per *r);
} ext_kinds[] = {
	{ 289, "LastVisitedPSCellList", "lastVisitedPsCellList", dec_ps_cell_list },
	{ 0, NULL, NULL, NULL }
};

static size_t ext_kind_of(uint32_t id)
{
	size_t k;

	for (k = 0; ext_kinds[k].name && ext_kinds[k].id != (long)id; k++)
		;
	return k;
}

static const char *ext_name(const struct tk_per_fields *f, uint32_t id)
{
	(void)f;
	return ext_kinds[ext_kind_of(id)].name;
}

/* the value of a field whose ID f->arg (a list ending in 0) lists, under its key */
static void ext_decode(struct tk_emitter *e, const struct tk_per_fields *f, uint32_t id,
		       struct tk_per *v)
{
	size_t k = ext_kind_of(id);
	const long *set;
	int listed = 0;

	for (set = f->arg; set && *set; set++)
		listed |= *set == (long)id;
	if (ext_kinds[k].name && listed && v->depth <= NGAP_MAX_DEPTH) {
		ext_kinds[k].fn(e, ext_kinds[k].key, v);
		tk_per_end(v, ext_kinds[k].name);
	}
}

/*
 * The fields of a ProtocolExtensionContainer or a ProtocolIE-SingleContainer (tk_per_field):
 * named from ext_kinds, the values of the IDs set lists decoded.
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

/* ---- the types of tk_emit_ngap_type ---------------------------------------------------------- */

/*
 * LastVisitedNGRANCellInformation ::= SEQUENCE { globalCellID NGRAN-CGI, cellType CellType,
 * timeUEStayedInCell TimeUEStayedInCell INTEGER (0..4095), timeUEStayedInCellEnhancedGranularity
 * INTEGER (0..40950) OPTIONAL, hOCauseValue Cause OPTIONAL, iE-Extensions OPTIONAL, ... }:
 * the extension bit and 3 preamble bits; the times (seconds, and tenths of a second) in two
 * aligned octets each.  Extension: the last visited PSCells (id 289).
 */
static void last_visited_ngran_fields(struct tk_emitter *e, struct tk_per *r)
{
	static const long exts[] = { 289, 0 };
	uint32_t x, v;

	if (tk_per_bits(r, 4, "LastVisitedNGRANCellInformation", &x))
		return;
	emit_ngran_cgi(e, "globalCellId", r);
	emit_cell_type(e, r);
	if (tk_per_cwn(r, 4096, "timeUEStayedInCell", &v) == 0)
		tk_emit_kv_long(e, "timeUeStayedInCell", (long)v);
	if ((x & 4) && tk_per_cwn(r, 40951, "timeUEStayedInCellEnhancedGranularity", &v) == 0)
		tk_emit_kv_long(e, "timeUeStayedInCellEnhancedGranularity", (long)v);
	if (x & 2)
		emit_cause(e, "hoCauseValue", r);
	seq_tail(e, r, x & 1, x & 8, exts);
}

/*
 * UEHistoryInformation ::= SEQUENCE (SIZE(1..maxnoofCellsinUEHistoryInfo 16)) OF
 * LastVisitedCellItem ::= SEQUENCE { lastVisitedCellInformation LastVisitedCellInformation,
 * iE-Extensions OPTIONAL, ... } with LastVisitedCellInformation ::= CHOICE { nGRANCell
 * LastVisitedNGRANCellInformation, eUTRANCell, uTRANCell, gERANCell (each an OCTET STRING),
 * choice-Extensions } (not extensible: a 3-bit index of 5).  The E-UTRAN cell holds TS 36.413's
 * LastVisitedEUTRANCellInformation (its 9.2.1.43a) and the GERAN cell its
 * LastVisitedGERANCellInformation (9.2.1.43b): kept in hex and decoded beside it by s1ap.c
 * ("s1ap"), whose types reach no NGAP UE history, so the nesting stays bounded; the UTRAN cell
 * RANAP's LastVisitedUTRANCell-Item (ranap.c), as in S1AP's UE history.
 */
static void ue_history_fields(struct tk_emitter *e, struct tk_per *r)
{
	static const char *const names[5] = {
		"nGRANCell", "eUTRANCell", "uTRANCell", "gERANCell", "choice-Extensions"
	};
	static const char *const keys[4] = { NULL, "eutranCell", "utranCell", "geranCell" };
	const uint8_t *q;
	uint32_t cnt, i, x, c;
	size_t len;

	if (tk_per_cwn(r, 16, "UEHistoryInformation", &cnt))
		return;
	tk_emit_key(e, "lastVisitedCellList");
	tk_emit_open(e, 1);
	for (i = 0; i <= cnt && tk_per_bits(r, 2, "LastVisitedCellItem", &x) == 0; i++) {
		tk_emit_open(e, 0);
		if (tk_per_cwn(r, 5, "LastVisitedCellInformation", &c) == 0) {
			tk_emit_kv_str(e, "choice", names[c]);
			if (c == 0) {
				last_visited_ngran_fields(e, r);
			} else if (c == 4) {
				emit_choice_extension(e, r, "LastVisitedCellInformation-ExtIEs");
			} else if ((q = tk_per_octet_string(r, names[c], &len)) != NULL) {
				tk_emit_kv_hex(e, keys[c], q, len);
				if (c == 2) {
					tk_emit_key(e, "ranap");
					tk_emit_ranap_type(e, TK_RANAP_LAST_VISITED_UTRAN_CELL_ITEM,
							   q, len);
				} else {
					tk_emit_key(e, "s1ap");
					tk_emit_s1ap_type(e, c == 1 ?
							  TK_S1AP_LAST_VISITED_EUTRAN_CELL_INFORMATION :
							  TK_S1AP_LAST_VISITED_GERAN_CELL_INFORMATION,
							  q, len);
				}
			}
			seq_tail(e, r, x & 1, x & 2, NULL);	/* its ExtIEs set is empty */
		}
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
}

static const struct {
	const char *name;
	void (*fn)(struct tk_emitter *e, struct tk_per *r);
} types[TK_NGAP_TYPE_COUNT] = {
	[TK_NGAP_LAST_VISITED_NGRAN_CELL_INFORMATION] =
		{ "LastVisitedNGRANCellInformation", last_visited_ngran_fields },
	[TK_NGAP_NGRAN_CGI] = { "NGRAN-CGI", ngran_cgi_fields },
	[TK_NGAP_CAUSE] = { "Cause", cause_fields },
	[TK_NGAP_UE_HISTORY_INFORMATION] = { "UEHistoryInformation", ue_history_fields },
};

const char *tk_ngap_type_name(enum tk_ngap_type t)
{
	return (unsigned)t < TK_NGAP_TYPE_COUNT ? types[t].name : NULL;
}

void tk_emit_ngap_type(struct tk_emitter *e, enum tk_ngap_type t, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	struct tk_per r;

	n = tk_inner_start(e, &er, p, n);
	if ((unsigned)t >= TK_NGAP_TYPE_COUNT) {
		tk_inner_fail(&er, 0, "not an NGAP type tcapkit knows");
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
