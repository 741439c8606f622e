/* Value-string tables: names of TCAP codes (ITU-T Q.773, X.880) and of tcapkit's own enums. */
#include <stddef.h>

#include "internal.h"
#include "names.h"

const char *tk_vs_name(const struct tk_value_string *vs, long value)
{
	for (; vs->name; vs++)
		if (vs->value == value)
			return vs->name;
	return NULL;
}

/* Q.773 P-AbortCause */
const struct tk_value_string tk_pabort_cause_names[] = {
	{ 0, "unrecognizedMessageType" },
	{ 1, "unrecognizedTransactionID" },
	{ 2, "badlyFormattedTransactionPortion" },
	{ 3, "incorrectTransactionPortion" },
	{ 4, "resourceLimitation" },
	{ 0, NULL }
};

/* Q.773 DialoguePDUs Associate-result */
const struct tk_value_string tk_associate_result_names[] = {
	{ 0, "accepted" },
	{ 1, "reject-permanent" },
	{ 0, NULL }
};

/* Q.773 Associate-source-diagnostic, dialogue-service-user */
const struct tk_value_string tk_diag_user_names[] = {
	{ 0, "null" },
	{ 1, "no-reason-given" },
	{ 2, "application-context-name-not-supported" },
	{ 0, NULL }
};

/* Q.773 Associate-source-diagnostic, dialogue-service-provider */
const struct tk_value_string tk_diag_provider_names[] = {
	{ 0, "null" },
	{ 1, "no-reason-given" },
	{ 2, "no-common-dialogue-portion" },
	{ 0, NULL }
};

/* Q.773 ABRT-source */
const struct tk_value_string tk_abort_source_names[] = {
	{ 0, "dialogue-service-user" },
	{ 1, "dialogue-service-provider" },
	{ 0, NULL }
};

/* Q.773 Reject problem: [0] general, [1] invoke, [2] returnResult, [3] returnError */
const struct tk_value_string tk_problem_type_names[] = {
	{ 0, "generalProblem" },
	{ 1, "invokeProblem" },
	{ 2, "returnResultProblem" },
	{ 3, "returnErrorProblem" },
	{ 0, NULL }
};

/* X.880 GeneralProblem (Q.773 adds nothing) */
const struct tk_value_string tk_general_problem_names[] = {
	{ 0, "unrecognizedPDU" },
	{ 1, "mistypedPDU" },
	{ 2, "badlyStructuredPDU" },
	{ 0, NULL }
};

const struct tk_value_string tk_invoke_problem_names[] = {
	{ 0, "duplicateInvocation" },
	{ 1, "unrecognizedOperation" },
	{ 2, "mistypedArgument" },
	{ 3, "resourceLimitation" },
	{ 4, "releaseInProgress" },
	{ 5, "unrecognizedLinkedId" },
	{ 6, "linkedResponseUnexpected" },
	{ 7, "unexpectedLinkedOperation" },
	{ 0, NULL }
};

const struct tk_value_string tk_rr_problem_names[] = {
	{ 0, "unrecognizedInvocation" },
	{ 1, "resultResponseUnexpected" },
	{ 2, "mistypedResult" },
	{ 0, NULL }
};

const struct tk_value_string tk_re_problem_names[] = {
	{ 0, "unrecognizedInvocation" },
	{ 1, "errorResponseUnexpected" },
	{ 2, "unrecognizedError" },
	{ 3, "unexpectedError" },
	{ 4, "mistypedParameter" },
	{ 0, NULL }
};

const char *tk_problem_name(int type, long problem)
{
	static const struct tk_value_string *const t[] = {
		tk_general_problem_names, tk_invoke_problem_names, tk_rr_problem_names, tk_re_problem_names
	};
	if (type < 0 || type > 3)
		return NULL;
	return tk_vs_name(t[type], problem);
}

static const char *const status_names[TK__STATUS_COUNT] = {
	[TK_OK] = "ok",
	[TK_ERR_TRUNCATED] = "truncated",
	[TK_ERR_BER] = "malformed-ber",
	[TK_ERR_UNEXPECTED_TAG] = "unexpected-tag",
	[TK_ERR_MISSING] = "missing-element",
	[TK_ERR_TRAILING] = "trailing-bytes",
	[TK_ERR_TOO_DEEP] = "too-deep",
	[TK_ERR_TOO_MANY] = "too-many-components",
	[TK_ERR_NOMEM] = "out-of-memory",
	[TK_ERR_NO_CONTEXT] = "no-context",
	[TK_ERR_UNKNOWN_ACN] = "unknown-application-context",
	[TK_ERR_UNKNOWN_OPERATION] = "unknown-operation",
	[TK_ERR_UNKNOWN_ERROR] = "unknown-error-code",
	[TK_ERR_VALUE] = "value-does-not-decode",
	[TK_ERR_INVALID_ARG] = "invalid-argument",
};

const char *tk_status_name(enum tk_status s)
{
	if ((unsigned)s < TK__STATUS_COUNT && status_names[s])
		return status_names[s];
	return "unknown-status";
}

const char *tk_layer_name(enum tk_layer l)
{
	static const char *const n[TK__LAYER_COUNT] = {
		"none", "tcap", "dialogue", "component", "map", "cap", "input",
		"link", "ip", "sctp", "m3ua", "sua", "m2pa", "m2ua", "mtp2", "mtp3", "sccp",
	};
	return (unsigned)l < TK__LAYER_COUNT ? n[l] : "unknown-layer";
}

const char *tk_protocol_name(enum tk_protocol p)
{
	switch (p) {
	case TK_PROTO_TCAP: return "tcap";
	case TK_PROTO_MAP: return "map";
	case TK_PROTO_CAP: return "cap";
	default: return "none";
	}
}

const char *tk_msg_type_name(enum tk_msg_type t)
{
	switch (t) {
	case TK_MSG_UNIDIRECTIONAL: return "unidirectional";
	case TK_MSG_BEGIN: return "begin";
	case TK_MSG_END: return "end";
	case TK_MSG_CONTINUE: return "continue";
	case TK_MSG_ABORT: return "abort";
	case TK_MSG_ANSI_UNIDIRECTIONAL: return "ansi-unidirectional";
	case TK_MSG_ANSI_QUERY_WITH_PERM: return "ansi-query-with-permission";
	case TK_MSG_ANSI_QUERY_WITHOUT_PERM: return "ansi-query-without-permission";
	case TK_MSG_ANSI_RESPONSE: return "ansi-response";
	case TK_MSG_ANSI_CONVERSATION_WITH_PERM: return "ansi-conversation-with-permission";
	case TK_MSG_ANSI_CONVERSATION_WITHOUT_PERM: return "ansi-conversation-without-permission";
	case TK_MSG_ANSI_ABORT: return "ansi-abort";
	default: return "unknown";
	}
}

const char *tk_dialogue_pdu_name(enum tk_dialogue_pdu p)
{
	switch (p) {
	case TK_DLG_AARQ: return "AARQ";
	case TK_DLG_AARE: return "AARE";
	case TK_DLG_ABRT: return "ABRT";
	case TK_DLG_AUDT: return "AUDT";
	default: return "none";
	}
}

const char *tk_ctx_source_name(enum tk_ctx_source s)
{
	switch (s) {
	case TK_CTX_DIALOGUE: return "dialogue";
	case TK_CTX_CALLER: return "caller";
	case TK_CTX_DERIVED: return "derived";
	case TK_CTX_TRANSACTION: return "transaction";
	case TK_CTX_INFERRED: return "inferred";
	default: return "none";
	}
}

const char *tk_component_type_name(enum tk_component_type t)
{
	switch (t) {
	case TK_COMP_INVOKE: return "invoke";
	case TK_COMP_RESULT_LAST: return "returnResultLast";
	case TK_COMP_RESULT_NOT_LAST: return "returnResultNotLast";
	case TK_COMP_ERROR: return "returnError";
	case TK_COMP_REJECT: return "reject";
	default: return "unknown";
	}
}
