/*
 * Registry lookups over the tables tools/asn1gen.py generates from asn1/: application
 * contexts (by OID), their operations (by opcode) and errors (by code).
 */
#include <string.h>

#include "registry_gen.h"
#include "internal.h"

size_t tk_registry_context_count(void) { return tk_gen_contexts_count; }
size_t tk_registry_operation_count(void) { return tk_gen_operations_count; }
size_t tk_registry_error_count(void) { return tk_gen_errors_count; }

const struct tk_context_desc *tk_registry_context(size_t i)
{
	return i < tk_gen_contexts_count ? &tk_gen_contexts[i] : NULL;
}

const struct tk_context_desc *tk_registry_context_by_oid(const char *dotted)
{
	size_t i;
	if (!dotted)
		return NULL;
	for (i = 0; i < tk_gen_contexts_count; i++)
		if (strcmp(tk_gen_contexts[i].oid, dotted) == 0)
			return &tk_gen_contexts[i];
	return NULL;
}

const struct tk_operation_desc *tk_context_operation(const struct tk_context_desc *c, size_t i)
{
	if (!c || i >= c->n_ops)
		return NULL;
	return &tk_gen_operations[tk_gen_context_ops[c->first_op + i]];
}

const struct tk_operation_desc *tk_context_operation_by_code(const struct tk_context_desc *c, int code)
{
	size_t i;
	if (!c)
		return NULL;
	for (i = 0; i < c->n_ops; i++) {
		const struct tk_operation_desc *op = tk_context_operation(c, i);
		if (op->code == code)
			return op;
	}
	return NULL;
}

const struct tk_error_desc *tk_operation_error(const struct tk_operation_desc *op, size_t i)
{
	if (!op || i >= op->n_errors)
		return NULL;
	return &tk_gen_errors[tk_gen_error_refs[op->first_error + i]];
}

/* Namespaces whose errors a context sees, most specific first: a MAP v1 context takes
 * the v1 definition of an error where phase 1 defines it differently, then v2, then
 * the Rel-16 one; a CAP context only its own phase's. */
static size_t error_namespaces(const struct tk_context_desc *c, const char *ns[3])
{
	if (c->protocol == TK_PROTO_MAP) {
		size_t n = 0;
		if (c->version <= 1)
			ns[n++] = "MapV1";
		if (c->version <= 2)
			ns[n++] = "MapV2";
		ns[n++] = "Map";
		return n;
	}
	ns[0] = c->ns;
	return 1;
}

const struct tk_error_desc *tk_context_error_by_code(const struct tk_context_desc *c, int code)
{
	const char *ns[3];
	size_t n, k, i;

	if (!c)
		return NULL;
	n = error_namespaces(c, ns);
	for (k = 0; k < n; k++)
		for (i = 0; i < tk_gen_errors_count; i++)
			if (tk_gen_errors[i].code == code && strcmp(tk_gen_errors[i].ns, ns[k]) == 0)
				return &tk_gen_errors[i];
	return NULL;
}

const struct tk_context_desc *tk_registry_map_v1_context_for_opcode(int opcode, unsigned *n_candidates)
{
	const struct tk_context_desc *first = NULL;
	unsigned n = 0;
	size_t i;

	for (i = 0; i < tk_gen_contexts_count; i++) {
		const struct tk_context_desc *c = &tk_gen_contexts[i];
		if (c->protocol != TK_PROTO_MAP || c->version != 1)
			continue;
		if (tk_context_operation_by_code(c, opcode)) {
			if (!first)
				first = c;
			n++;
		}
	}
	if (n_candidates)
		*n_candidates = n;
	return first;
}
