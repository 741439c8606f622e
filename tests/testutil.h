/* Helpers for tcapkit's Check tests. */
#ifndef TK_TESTUTIL_H
#define TK_TESTUTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <check.h>
#include <tcapkit/tcapkit.h>

/*
 * Build BER bytes from a template of hex digits where "{...}" stands for a length
 * followed by the content between the braces (definite form, short or long as needed):
 *	"30{ 80 01 05 }"  ->  30 03 80 01 05
 * Spaces are ignored.  Returns the byte count; aborts the test on a bad template.
 */
size_t tu_ber(const char *tmpl, uint8_t *out, size_t out_size);

/* decode a template with an optional ACN; the message must be freed by the caller */
struct tk_msg *tu_decode(const char *tmpl, const char *acn);

/* JSON (or text) of a message, as a malloc'd string */
char *tu_json(const struct tk_msg *m);
char *tu_text(const struct tk_msg *m);

/* assert that haystack contains / does not contain needle, with the haystack in the message */
#define tu_assert_has(h, n) ck_assert_msg(strstr((h), (n)) != NULL, "expected %s in:\n%s", (n), (h))
#define tu_assert_hasnt(h, n) ck_assert_msg(strstr((h), (n)) == NULL, "did not expect %s in:\n%s", (n), (h))

/* one JSON object on one line: starts with '{', brackets balance outside strings */
void tu_assert_one_object(const char *s);

/*
 * Rendering one inner value (the tk_emit_<what>() decoders of codec/): fn emits the value of
 * the n octets at p, arg says which decoder (each test file's own selector).
 */
struct tk_emitter;
typedef void tu_emit_fn(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg);

/* what fn emits for an exact-size heap copy of p[0..n) (NULL when n is 0), so that
 * AddressSanitizer sees any read past the value, as JSON (or text); asserts the emitter ended
 * balanced; malloc'd */
char *tu_render(tu_emit_fn *fn, const void *arg, const uint8_t *p, size_t n, int text);

/* the value of tmpl (tu_ber()) through fn: one JSON object with "hex" and each needle of ap (up
 * to a NULL) in it; with text, the text emitter runs on it too */
void tu_vexpect(tu_emit_fn *fn, const void *arg, const char *tmpl, int text, va_list ap);

/* the value of tmpl through fn has no "error" */
void tu_expect_no_error(tu_emit_fn *fn, const void *arg, const char *tmpl);

/* tu_vexpect() with the text emitter, then (no_error) tu_expect_no_error(): the needles of ap,
 * then no "error" anywhere, nested values included */
void tu_vexpect_all(tu_emit_fn *fn, const void *arg, const char *tmpl, int no_error, va_list ap);

/* the empty value: one object with "hex":"" and an error at offset 0 whose reason starts with
 * reason; the text emitter runs too (tu_ber() cannot build zero octets from a template) */
void tu_expect_empty_error(tu_emit_fn *fn, const void *arg, const char *reason);

/* every value of every octet of the template's value, the others fixed: one object with "hex" */
void tu_exhaustive(tu_emit_fn *fn, const void *arg, const char *tmpl);

/*
 * Every truncation of p[0..n) (each one object with an error at some offset when
 * truncation_errs, for a value that needs its last octet; the text emitter runs too) and
 * every single-octet corruption by a set of patterns (one object with "hex"), under ASan/UBSan
 * on exact-size copies.
 */
void tu_robust(tu_emit_fn *fn, const void *arg, const uint8_t *p, size_t n, int truncation_errs);

/* tu_robust() on the octets of a template (tu_ber()) */
void tu_robust_tmpl(tu_emit_fn *fn, const void *arg, const char *tmpl, int truncation_errs);

/* a file of the source tree (tests/golden/...), via $top_srcdir or the current directory */
char *tu_srcpath(const char *rel);

Suite *tu_suite_tcap(void);
Suite *tu_suite_cap(void);
Suite *tu_suite_map(void);
Suite *tu_suite_registry(void);
Suite *tu_suite_robust(void);
Suite *tu_suite_transport(void);
Suite *tu_suite_ss7(void);
Suite *tu_suite_trace(void);
Suite *tu_suite_inner(void);
Suite *tu_suite_sms(void);
Suite *tu_suite_qos(void);
Suite *tu_suite_signal(void);
Suite *tu_suite_codes(void);
Suite *tu_suite_lcs(void);
Suite *tu_suite_bssap(void);
Suite *tu_suite_dtap(void);
Suite *tu_suite_gmm(void);
Suite *tu_suite_ranap(void);
Suite *tu_suite_subscriber(void);
Suite *tu_suite_mdt(void);
Suite *tu_suite_rrc(void);
Suite *tu_suite_lte_rrc(void);
Suite *tu_suite_nr_rrc(void);
Suite *tu_suite_s1ap(void);
Suite *tu_suite_ngap(void);
Suite *tu_suite_eps_nas(void);
Suite *tu_suite_nas5gs(void);
Suite *tu_suite_nas_fields(void);
Suite *tu_suite_nas5g17(void);
Suite *tu_suite_lpp(void);
Suite *tu_suite_ss(void);
Suite *tu_suite_rlcmac(void);
Suite *tu_suite_csn1(void);
Suite *tu_suite_freq(void);
Suite *tu_suite_lcs_apdu(void);
Suite *tu_suite_ansi41(void);
Suite *tu_suite_ansi683(void);
Suite *tu_suite_ansi637(void);
Suite *tu_suite_ue_policy(void);

#endif
