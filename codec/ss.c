/*
 * The Facility information element of TS 24.080 (supplementary services: USSD, call
 * independent and call related SS, LCS), clause 3.6: a sequence of ROS components,
 * invoke [1], returnResult [2], returnError [3], reject [4], whose operations and errors
 * are the Supported-SS-Operations of the SS-Protocol module (clause 4.5).
 *
 * The components are read by component.c's reader (the same as TCAP's component portion:
 * TS 24.080 3.6.2 gives the same tags, invokeID / linkedID [0] / opcode / error code /
 * problem codes [0..3]); the operations and errors come from the registry the generator
 * builds from asn1/ (TS 24.080's own ones in the "Ss" namespace, those SS-Protocol imports
 * from MAP in the "Map" namespace, with MAP's types), and each parameter is printed by
 * print_value.c, so a USSD string reads as it does in MAP.  The component objects are
 * those of a TCAP message's "components" (print_msg.c).
 */
#include <stdlib.h>
#include <string.h>

#include "ber_tree.h"
#include "inner.h"
#include "internal.h"
#include "print.h"
#include "registry_gen.h"
#include "ss.h"

#define SS_MAX_COMPONENTS 16	/* a facility carries one component in practice */
#define SS_MAX_DEPTH 16

struct ss_op {
	int code;		/* the operation's CODE, checked against the registry's */
	const char *ns;		/* registry namespace: "Ss" (SS-Operations) or "Map" */
	const char *name;
};

/*
 * TS 24.080 4.5, SS-Protocol: Supported-SS-Operations, in the order of the object set, with
 * the CODE of each OPERATION (MAP-SupplementaryServiceOperations / MAP-MobileService-
 * Operations or SS-Operations) so that a component's operation is found without a walk of
 * the whole registry; the registry's code must agree (tk_ss_operation checks it).
 */
static const struct ss_op ss_ops[] = {
	{ 38, "Map", "forwardCheckSS-Indication" },	/* MAP-MobileServiceOperations */
	{ 10, "Map", "registerSS" },
	{ 11, "Map", "eraseSS" },
	{ 12, "Map", "activateSS" },
	{ 13, "Map", "deactivateSS" },
	{ 14, "Map", "interrogateSS" },
	{ 17, "Map", "registerPassword" },
	{ 18, "Map", "getPassword" },
	{ 59, "Map", "processUnstructuredSS-Request" },
	{ 60, "Map", "unstructuredSS-Request" },
	{ 61, "Map", "unstructuredSS-Notify" },
	{ 77, "Map", "eraseCC-Entry" },
	{ 19, "Ss", "processUnstructuredSS-Data" },	/* SS-Operations */
	{ 16, "Ss", "notifySS" },
	{ 125, "Ss", "forwardChargeAdvice" },
	{ 124, "Ss", "buildMPTY" },
	{ 123, "Ss", "holdMPTY" },
	{ 122, "Ss", "retrieveMPTY" },
	{ 121, "Ss", "splitMPTY" },
	{ 126, "Ss", "explicitCT" },
	{ 120, "Ss", "forwardCUG-Info" },
	{ 119, "Ss", "accessRegisterCCEntry" },
	{ 117, "Ss", "callDeflection" },
	{ 118, "Ss", "userUserService" },
	{ 116, "Ss", "lcs-LocationNotification" },
	{ 115, "Ss", "lcs-MOLR" },
	{ 114, "Ss", "lcs-AreaEventRequest" },
	{ 113, "Ss", "lcs-AreaEventReport" },
	{ 112, "Ss", "lcs-AreaEventCancellation" },
	{ 111, "Ss", "lcs-PeriodicLocationRequest" },
	{ 110, "Ss", "lcs-LocationUpdate" },
	{ 109, "Ss", "lcs-PeriodicLocationCancellation" },
	{ 108, "Ss", "lcs-PeriodicTriggeredInvoke" },
};

static const struct tk_operation_desc *registry_op(const struct ss_op *o)
{
	size_t i;

	for (i = 0; i < tk_gen_operations_count; i++)
		if (strcmp(tk_gen_operations[i].ns, o->ns) == 0 &&
		    strcmp(tk_gen_operations[i].name, o->name) == 0)
			return &tk_gen_operations[i];
	return NULL;
}

const struct tk_operation_desc *tk_ss_operation(int code)
{
	const struct tk_operation_desc *op;
	size_t i;

	for (i = 0; i < TK_ARRAY_SIZE(ss_ops); i++)
		if (ss_ops[i].code == code) {
			op = registry_op(&ss_ops[i]);
			return op && op->code == code ? op : NULL;
		}
	return NULL;
}

/* the errors are those the supported operations list (TS 24.080 4.3 takes MAP's codes) */
const struct tk_error_desc *tk_ss_error(int code)
{
	size_t i, k;

	for (i = 0; i < TK_ARRAY_SIZE(ss_ops); i++) {
		const struct tk_operation_desc *op = registry_op(&ss_ops[i]);
		for (k = 0; op && k < op->n_errors; k++) {
			const struct tk_error_desc *er = tk_operation_error(op, k);
			if (er && er->code == code)
				return er;
		}
	}
	return NULL;
}

static void decode_param(struct tk_component *c)
{
	const struct asn_TYPE_descriptor_s *td;
	const char *what;

	if (c->status != TK_OK || c->type == TK_COMP_REJECT || !c->has_code)
		return;
	if (c->code_is_global) {
		c->status = tk_error_set(&c->error, c->type == TK_COMP_ERROR ? TK_ERR_UNKNOWN_ERROR :
					 TK_ERR_UNKNOWN_OPERATION, TK_LAYER_COMPONENT, c->offset,
					 "global code %s: TS 24.080 uses local codes only", c->code_oid);
		return;
	}
	if (c->type == TK_COMP_ERROR) {
		c->err = tk_ss_error((int)c->code);
		if (!c->err) {
			c->status = tk_error_set(&c->error, TK_ERR_UNKNOWN_ERROR, TK_LAYER_COMPONENT, c->offset,
						 "error code %ld is not an error of TS 24.080 SS-Protocol",
						 c->code);
			return;
		}
		td = c->err->param;
		what = "parameter";
	} else {
		c->op = tk_ss_operation((int)c->code);
		if (!c->op) {
			c->status = tk_error_set(&c->error, TK_ERR_UNKNOWN_OPERATION, TK_LAYER_COMPONENT,
						 c->offset, "operation code %ld is not in TS 24.080 "
						 "Supported-SS-Operations", c->code);
			return;
		}
		td = c->type == TK_COMP_INVOKE ? c->op->arg : c->op->res;
		what = c->type == TK_COMP_INVOKE ? "argument" : "result";
	}
	if (!c->param.len)
		return;
	if (!td) {
		c->status = tk_error_set(&c->error, TK_ERR_UNEXPECTED_TAG, TK_LAYER_COMPONENT, c->param.offset,
					 "%s carries a %s, which TS 24.080 does not define",
					 c->err ? c->err->name : c->op->name, what);
		return;
	}
	c->status = tk_value_decode(td, c->param.ptr, c->param.len, &c->value, &c->error);
	if (c->status != TK_OK)
		c->error.offset += c->param.offset;
}

void tk_emit_ss_facility(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	struct tk_component *comps = NULL;
	size_t nc = 0, i;
	struct tk_error err;
	enum tk_status s;

	n = tk_inner_start(e, &er, p, n);
	if (n == 0) {
		tk_inner_fail(&er, 0, "empty");
		tk_inner_finish(e, p, n, &er);
		return;
	}
	memset(&err, 0, sizeof(err));
	s = tk_components_decode(p, n, 0, n, SS_MAX_COMPONENTS, SS_MAX_DEPTH, &comps, &nc, &err);
	if (s != TK_OK)		/* a component not read, or the framing lost */
		tk_inner_fail(&er, err.offset, "%s", err.reason);
	for (i = 0; i < nc; i++) {
		decode_param(&comps[i]);
		/* a parameter that its type does not decode is malformed; an operation or error
		 * that TS 24.080 does not define is only unknown ("decodeError" says which) */
		if (comps[i].status != TK_OK && comps[i].status != TK_ERR_UNKNOWN_OPERATION &&
		    comps[i].status != TK_ERR_UNKNOWN_ERROR)
			tk_inner_fail(&er, comps[i].error.offset, "%s", comps[i].error.reason);
	}
	/* the TLV structure as before, then the components read by their types */
	tk_emit_ber_tree_key(e, &er, p, n);
	tk_emit_key(e, "components");
	tk_emit_open(e, 1);
	for (i = 0; i < nc; i++)
		tk_emit_component(e, &comps[i]);
	tk_emit_close(e, 1);
	for (i = 0; i < nc; i++)
		tk_component_free(&comps[i]);
	free(comps);
	tk_inner_finish(e, p, n, &er);
}
