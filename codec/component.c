/*
 * Component portion (ITU-T Q.773 clause 4.2.4, X.880 ROS PDUs): invoke,
 * returnResultLast, returnResultNotLast, returnError and reject, each read with the
 * bounds-checked TLV reader; then every parameter decoded with the asn1c type that the
 * message's application context gives for (operation or error, component kind).
 */
#include <stdlib.h>
#include <string.h>

#include "ber.h"
#include "internal.h"

#define L TK_LAYER_COMPONENT

static enum tk_status read_code(const struct tk_tlv *t, struct tk_component *c, struct tk_error *err)
{
	if (tk_tlv_is(t, TK_BER_UNIVERSAL, 0, 2)) {	/* local INTEGER */
		c->has_code = 1;
		return tk_ber_int(t, &c->code, err, L);
	}
	if (tk_tlv_is(t, TK_BER_UNIVERSAL, 0, 6)) {	/* global OBJECT IDENTIFIER */
		c->has_code = 1;
		c->code_is_global = 1;
		if (tk_oid_to_dotted(t->val, t->len, c->code_oid, sizeof(c->code_oid)) != 0)
			return tk_error_set(err, TK_ERR_BER, L, t->off, "malformed OBJECT IDENTIFIER code");
		return TK_OK;
	}
	return tk_error_set(err, TK_ERR_UNEXPECTED_TAG, L, t->off,
			    "%s %u where an operation or error code (INTEGER or OID) is expected",
			    tk_ber_class_name(t->cls), t->tag);
}

static void set_param(struct tk_component *c, const struct tk_tlv *t, const uint8_t *msg)
{
	c->param.ptr = msg + t->off;
	c->param.len = t->total;
	c->param.offset = t->off;
}

/* the elements after the invokeID of invoke / returnResult / returnError */
static enum tk_status component_body(struct tk_ber_cur *in, struct tk_component *c, const uint8_t *msg,
				     struct tk_error *err)
{
	struct tk_tlv t;
	enum tk_status s;

	switch (c->type) {
	case TK_COMP_INVOKE:
		if ((s = tk_ber_read(in, &t, err, L)) != TK_OK)
			return tk_error_set(err, TK_ERR_MISSING, L, c->offset, "invoke without operation code");
		if (tk_tlv_is(&t, TK_BER_CONTEXT, 0, 0)) {	/* linkedID [0] IMPLICIT */
			c->has_linked_id = 1;
			if ((s = tk_ber_int(&t, &c->linked_id, err, L)) != TK_OK)
				return s;
			if ((s = tk_ber_read(in, &t, err, L)) != TK_OK)
				return tk_error_set(err, TK_ERR_MISSING, L, c->offset,
						    "invoke without operation code");
		}
		if ((s = read_code(&t, c, err)) != TK_OK)
			return s;
		if (tk_ber_cur_more(in)) {
			if ((s = tk_ber_read(in, &t, err, L)) != TK_OK)
				return s;
			set_param(c, &t, msg);
		}
		break;
	case TK_COMP_RESULT_LAST:
	case TK_COMP_RESULT_NOT_LAST:
		if (tk_ber_cur_more(in)) {
			struct tk_ber_cur seq;
			if ((s = tk_ber_read(in, &t, err, L)) != TK_OK)
				return s;
			if (!tk_tlv_is(&t, TK_BER_UNIVERSAL, 1, 16))
				return tk_error_set(err, TK_ERR_UNEXPECTED_TAG, L, t.off,
						    "%s %u where the result SEQUENCE is expected",
						    tk_ber_class_name(t.cls), t.tag);
			if (tk_ber_cur_enter(in, &t, &seq, err, L))
				return err->code;
			if ((s = tk_ber_read(&seq, &t, err, L)) != TK_OK)
				return tk_error_set(err, TK_ERR_MISSING, L, seq.pos, "result without operation code");
			if ((s = read_code(&t, c, err)) != TK_OK)
				return s;
			if (!tk_ber_cur_more(&seq))
				return tk_error_set(err, TK_ERR_MISSING, L, seq.pos,
						    "result SEQUENCE without the result");
			if ((s = tk_ber_read(&seq, &t, err, L)) != TK_OK)
				return s;
			set_param(c, &t, msg);
			if (tk_ber_cur_more(&seq))
				return tk_error_set(err, TK_ERR_TRAILING, L, seq.pos,
						    "elements after the result");
		}
		break;
	case TK_COMP_ERROR:
		if ((s = tk_ber_read(in, &t, err, L)) != TK_OK)
			return tk_error_set(err, TK_ERR_MISSING, L, c->offset, "returnError without error code");
		if ((s = read_code(&t, c, err)) != TK_OK)
			return s;
		if (tk_ber_cur_more(in)) {
			if ((s = tk_ber_read(in, &t, err, L)) != TK_OK)
				return s;
			set_param(c, &t, msg);
		}
		break;
	case TK_COMP_REJECT:
		if ((s = tk_ber_read(in, &t, err, L)) != TK_OK)
			return tk_error_set(err, TK_ERR_MISSING, L, c->offset, "reject without problem");
		if (t.cls != TK_BER_CONTEXT || t.constructed || t.tag > 3)
			return tk_error_set(err, TK_ERR_UNEXPECTED_TAG, L, t.off,
					    "%s %u where the reject problem [0..3] is expected",
					    tk_ber_class_name(t.cls), t.tag);
		c->has_problem = 1;
		c->problem_type = (int)t.tag;
		if ((s = tk_ber_int(&t, &c->problem, err, L)) != TK_OK)
			return s;
		break;
	}
	if (tk_ber_cur_more(in))
		return tk_error_set(err, TK_ERR_TRAILING, L, in->pos, "elements after the end of the %s",
				    tk_component_type_name(c->type));
	return TK_OK;
}

static enum tk_status component_decode(const uint8_t *msg, struct tk_ber_cur *outer, const struct tk_tlv *ct,
				       struct tk_component *c)
{
	struct tk_ber_cur in;
	struct tk_tlv t;
	enum tk_status s;
	struct tk_error *err = &c->error;

	c->offset = ct->off;
	c->length = ct->total;
	if (ct->cls != TK_BER_CONTEXT || !ct->constructed)
		return tk_error_set(err, TK_ERR_UNEXPECTED_TAG, L, ct->off, "%s %u is not a component",
				    tk_ber_class_name(ct->cls), ct->tag);
	switch (ct->tag) {
	case 1: c->type = TK_COMP_INVOKE; break;
	case 2: c->type = TK_COMP_RESULT_LAST; break;
	case 3: c->type = TK_COMP_ERROR; break;
	case 4: c->type = TK_COMP_REJECT; break;
	case 7: c->type = TK_COMP_RESULT_NOT_LAST; break;
	default:
		return tk_error_set(err, TK_ERR_UNEXPECTED_TAG, L, ct->off, "[%u] is not a component type",
				    ct->tag);
	}
	if (tk_ber_cur_enter(outer, ct, &in, err, L))
		return err->code;
	if ((s = tk_ber_read(&in, &t, err, L)) != TK_OK)
		return tk_error_set(err, TK_ERR_MISSING, L, ct->off, "%s without invokeID",
				    tk_component_type_name(c->type));
	if (tk_tlv_is(&t, TK_BER_UNIVERSAL, 0, 2)) {
		c->has_invoke_id = 1;
		if ((s = tk_ber_int(&t, &c->invoke_id, err, L)) != TK_OK)
			return s;
	} else if (c->type == TK_COMP_REJECT && tk_tlv_is(&t, TK_BER_UNIVERSAL, 0, 5)) {
		/* InvokeId absent (NULL): a reject of something that had no invoke ID */
		if (t.len != 0)
			return tk_error_set(err, TK_ERR_BER, L, t.off, "NULL with content");
	} else {
		return tk_error_set(err, TK_ERR_UNEXPECTED_TAG, L, t.off,
				    "%s %u where the invokeID INTEGER is expected", tk_ber_class_name(t.cls), t.tag);
	}
	return component_body(&in, c, msg, err);
}

enum tk_status tk_components_decode(const uint8_t *msg, size_t msg_len, size_t off, size_t len,
				    unsigned max_components, unsigned max_depth,
				    struct tk_component **out, size_t *n_out, struct tk_error *err)
{
	struct tk_ber_cur cur;
	struct tk_component *comps = NULL;
	size_t n = 0, cap = 0;
	enum tk_status first = TK_OK;

	(void)msg_len;
	tk_ber_cur_init(&cur, msg, off, off + len, max_depth);
	cur.depth = 2;		/* message, component portion */
	while (tk_ber_cur_more(&cur)) {
		struct tk_tlv t;
		enum tk_status s = tk_ber_read(&cur, &t, err, L);
		if (s != TK_OK) {
			first = s;	/* framing lost: the rest cannot be split into components */
			break;
		}
		if (n == max_components) {
			first = tk_error_set(err, TK_ERR_TOO_MANY, L, t.off,
					     "more than %u components", max_components);
			break;
		}
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 4;
			struct tk_component *nc = realloc(comps, ncap * sizeof(*nc));
			if (!nc) {
				first = tk_error_set(err, TK_ERR_NOMEM, L, t.off, "out of memory");
				break;
			}
			comps = nc;
			cap = ncap;
		}
		memset(&comps[n], 0, sizeof(comps[n]));
		comps[n].status = component_decode(msg, &cur, &t, &comps[n]);
		if (comps[n].status != TK_OK && first == TK_OK) {
			first = comps[n].status;
			*err = comps[n].error;
		}
		n++;
	}
	*out = comps;
	*n_out = n;
	return first;
}

static enum tk_layer param_layer(const struct tk_context_desc *c)
{
	return c && c->protocol == TK_PROTO_CAP ? TK_LAYER_CAP : TK_LAYER_MAP;
}

static void decode_param(struct tk_msg *m, struct tk_component *c)
{
	const struct tk_context_desc *ctx = m->context.desc;
	const struct asn_TYPE_descriptor_s *td = NULL;
	enum tk_layer layer = param_layer(ctx);
	const char *what = "argument";

	if (c->status != TK_OK || c->type == TK_COMP_REJECT)
		return;
	if (!ctx) {
		if (!c->param.len && c->type != TK_COMP_INVOKE && c->type != TK_COMP_ERROR)
			return;
		if (m->context.acn[0])
			c->status = tk_error_set(&c->error, TK_ERR_UNKNOWN_ACN, TK_LAYER_COMPONENT, c->offset,
						 "application context %s is not in the registry", m->context.acn);
		else
			c->status = tk_error_set(&c->error, TK_ERR_NO_CONTEXT, TK_LAYER_COMPONENT, c->offset,
						 "no application context for this message: parameter not decoded");
		return;
	}
	if (!c->has_code)
		return;		/* returnResult without result */
	if (c->code_is_global) {
		c->status = tk_error_set(&c->error, c->type == TK_COMP_ERROR ? TK_ERR_UNKNOWN_ERROR :
					 TK_ERR_UNKNOWN_OPERATION, layer, c->offset,
					 "global code %s is not defined in %s", c->code_oid, ctx->name);
		return;
	}
	if (c->type == TK_COMP_ERROR) {
		c->err = tk_context_error_by_code(ctx, (int)c->code);
		if (!c->err) {
			c->status = tk_error_set(&c->error, TK_ERR_UNKNOWN_ERROR, layer, c->offset,
						 "error code %ld is not defined in %s", c->code, ctx->name);
			return;
		}
		td = c->err->param;
		what = "error parameter";
	} else {
		c->op = tk_context_operation_by_code(ctx, (int)c->code);
		if (!c->op) {
			c->status = tk_error_set(&c->error, TK_ERR_UNKNOWN_OPERATION, layer, c->offset,
						 "operation code %ld is not defined in %s", c->code, ctx->name);
			return;
		}
		if (c->type == TK_COMP_INVOKE) {
			td = c->op->arg;
		} else {
			td = c->op->res;
			what = "result";
		}
	}
	if (!c->param.len)
		return;
	if (!td) {
		c->status = tk_error_set(&c->error, TK_ERR_UNEXPECTED_TAG, layer, c->param.offset,
					 "%s of %s carries a %s, which the standard does not define",
					 tk_component_type_name(c->type),
					 c->err ? c->err->name : c->op->name, what);
		return;
	}
	c->status = tk_value_decode(td, c->param.ptr, c->param.len, &c->value, &c->error);
	if (c->status != TK_OK) {
		c->error.layer = layer;
		c->error.offset += c->param.offset;
	}
}

void tk_components_decode_params(struct tk_msg *m)
{
	size_t i;
	for (i = 0; i < m->n_components; i++)
		decode_param(m, &m->components[i]);
}

void tk_component_free(struct tk_component *c)
{
	tk_value_free(&c->value);
}
