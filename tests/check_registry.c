/* Registry: the generated tables are consistent with the generated types. */
#include <stdlib.h>
#include <string.h>

#include <asn_application.h>

#include "testutil.h"

START_TEST(test_every_operation_has_its_types)
{
	size_t i, k, e, n_ctx = tk_registry_context_count();

	ck_assert_uint_gt(n_ctx, 0);
	for (i = 0; i < n_ctx; i++) {
		const struct tk_context_desc *c = tk_registry_context(i);
		int prev = -1;

		ck_assert_ptr_nonnull(c);
		ck_assert_msg(tk_oid_check(c->oid) == 0, "bad OID %s", c->oid);
		ck_assert_ptr_eq(tk_registry_context_by_oid(c->oid), c);
		ck_assert_msg(c->n_ops > 0, "context %s has no operations", c->name);
		for (k = 0; k < c->n_ops; k++) {
			const struct tk_operation_desc *op = tk_context_operation(c, k);
			ck_assert_ptr_nonnull(op);
			ck_assert_msg(op->code > prev, "%s: operations not in code order or code twice", c->name);
			prev = op->code;
			ck_assert_ptr_eq(tk_context_operation_by_code(c, op->code), op);
			/* a declared argument/result type is compiled and is that type */
			ck_assert_msg((op->arg == NULL) == (op->arg_name == NULL), "%s.%s argument", c->name, op->name);
			ck_assert_msg((op->res == NULL) == (op->res_name == NULL), "%s.%s result", c->name, op->name);
			if (op->arg)
				ck_assert_str_eq(op->arg->name, op->arg_name);
			if (op->res)
				ck_assert_str_eq(op->res->name, op->res_name);
			/* argument types live in the namespace of the context's version */
			if (op->arg && c->protocol == TK_PROTO_CAP)
				ck_assert_msg(strncmp(op->arg_name, c->ns, strlen(c->ns)) == 0,
					      "%s (%s) takes %s", c->name, c->ns, op->arg_name);
			for (e = 0; e < op->n_errors; e++) {
				const struct tk_error_desc *er = tk_operation_error(op, e);
				const struct tk_error_desc *byc;
				ck_assert_ptr_nonnull(er);
				ck_assert_msg((er->param == NULL) == (er->param_name == NULL), "%s", er->name);
				if (er->param)
					ck_assert_str_eq(er->param->name, er->param_name);
				/* looking the code up in the context finds the same error */
				byc = tk_context_error_by_code(c, er->code);
				ck_assert_msg(byc && strcmp(byc->name, er->name) == 0,
					      "%s: error %d is %s for %s but %s by code", c->name, er->code,
					      er->name, op->name, byc ? byc->name : "nothing");
			}
		}
	}
}
END_TEST

START_TEST(test_counts_and_versions)
{
	size_t i;
	int map_v[5] = { 0 }, cap_v[5] = { 0 };

	ck_assert_uint_ge(tk_registry_context_count(), 80);
	ck_assert_uint_ge(tk_registry_operation_count(), 120);
	ck_assert_uint_ge(tk_registry_error_count(), 60);
	for (i = 0; i < tk_registry_context_count(); i++) {
		const struct tk_context_desc *c = tk_registry_context(i);
		ck_assert_int_ge(c->version, 1);
		ck_assert_int_le(c->version, 4);
		if (c->protocol == TK_PROTO_MAP)
			map_v[c->version]++;
		else if (c->protocol == TK_PROTO_CAP)
			cap_v[c->version]++;
	}
	ck_assert_int_gt(map_v[1], 0);
	ck_assert_int_gt(map_v[2], 0);
	ck_assert_int_gt(map_v[3], 0);
	for (i = 1; i <= 4; i++)
		ck_assert_msg(cap_v[i] > 0, "no CAP phase %zu context", i);
}
END_TEST

START_TEST(test_lookups)
{
	const struct tk_context_desc *c = tk_registry_context_by_oid("0.4.0.0.1.0.1.3");
	const struct tk_operation_desc *op;

	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(c->protocol, TK_PROTO_MAP);
	ck_assert_int_eq(c->version, 3);
	ck_assert_str_eq(c->name, "networkLocUpContext-v3");
	op = tk_context_operation_by_code(c, 2);
	ck_assert_ptr_nonnull(op);
	ck_assert_str_eq(op->name, "updateLocation");
	ck_assert_str_eq(op->arg_name, "Map-UpdateLocationArg");
	ck_assert_ptr_null(tk_context_operation_by_code(c, 46));
	ck_assert_ptr_null(tk_registry_context_by_oid("0.4.0.0.1.0.99.3"));
	ck_assert_ptr_null(tk_registry_context_by_oid(NULL));
	c = tk_registry_context_by_oid("0.4.0.0.1.0.50.1");
	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(c->protocol, TK_PROTO_CAP);
	ck_assert_int_eq(c->version, 2);
	ck_assert_str_eq(tk_context_error_by_code(tk_registry_context_by_oid("0.4.0.0.1.0.1.3"), 34)->name,
			 "systemFailure");
}
END_TEST

Suite *tu_suite_registry(void)
{
	Suite *s = suite_create("registry");
	TCase *tc = tcase_create("generated tables");

	tcase_add_test(tc, test_every_operation_has_its_types);
	tcase_add_test(tc, test_counts_and_versions);
	tcase_add_test(tc, test_lookups);
	suite_add_tcase(s, tc);
	return s;
}
