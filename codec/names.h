/* Names for the codes users look up: one value-string table per enumeration. */
#ifndef TK_NAMES_H
#define TK_NAMES_H

struct tk_value_string {
	long value;
	const char *name;
};

/* name of value in a table ending with { 0, NULL }, or NULL */
const char *tk_vs_name(const struct tk_value_string *vs, long value);

extern const struct tk_value_string tk_pabort_cause_names[];
extern const struct tk_value_string tk_associate_result_names[];
extern const struct tk_value_string tk_diag_user_names[];
extern const struct tk_value_string tk_diag_provider_names[];
extern const struct tk_value_string tk_abort_source_names[];
extern const struct tk_value_string tk_problem_type_names[];
extern const struct tk_value_string tk_general_problem_names[];
extern const struct tk_value_string tk_invoke_problem_names[];
extern const struct tk_value_string tk_rr_problem_names[];
extern const struct tk_value_string tk_re_problem_names[];
/* reject problem name by type (0..3) */
const char *tk_problem_name(int type, long problem);

#endif
