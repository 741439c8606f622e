/*
 * Robustness: every prefix truncation and every single-byte corruption (all 255 other
 * values at every position) of the golden messages decodes to a message or an error
 * and prints, never a crash; under --enable-sanitizers, never an ASan/UBSan report
 * (the run aborts on the first one).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

static int sink(const char *data, size_t len, void *arg)
{
	size_t *n = arg;
	(void)data;
	*n += len;
	return 0;
}

static void decode_one(const uint8_t *buf, size_t len, const char *acn)
{
	struct tk_decode_opts o = TK_DECODE_OPTS_INIT;
	struct tk_msg *m = NULL;
	size_t out = 0;

	o.acn = acn;
	tk_tcap_decode(buf, len, &o, &m);
	ck_assert_ptr_nonnull(m);
	ck_assert_int_lt(m->status, TK__STATUS_COUNT);
	if (m->status != TK_OK) {
		ck_assert_msg(m->error.reason[0] != '\0', "error without a reason");
		ck_assert_int_lt(m->error.layer, TK__LAYER_COUNT);
		ck_assert_msg(m->error.offset <= len, "error offset %zu beyond %zu bytes", m->error.offset, len);
	}
	ck_assert_int_eq(tk_msg_print(m, TK_FMT_JSON, sink, &out), 0);
	ck_assert_int_eq(tk_msg_print(m, TK_FMT_TEXT, sink, &out), 0);
	ck_assert_uint_gt(out, 0);
	tk_msg_free(m);
}

struct golden {
	char acn[96];
	uint8_t buf[4096];
	size_t len;
};

static size_t load_golden(struct golden *g, size_t max)
{
	char *path = tu_srcpath("tests/golden/messages.hex");
	FILE *f = fopen(path, "r");
	char line[16384];
	size_t n = 0;

	ck_assert_msg(f != NULL, "cannot open %s", path);
	while (n < max && fgets(line, sizeof(line), f)) {
		char *p = line, *sp;
		long len;
		line[strcspn(line, "\r\n")] = '\0';
		while (*p == ' ')
			p++;
		if (!*p || *p == '#')
			continue;
		g[n].acn[0] = '\0';
		sp = strchr(p, ' ');
		if (sp && memchr(p, '.', (size_t)(sp - p))) {
			snprintf(g[n].acn, sizeof(g[n].acn), "%.*s", (int)(sp - p), p);
			p = sp + 1;
		}
		len = tk_hex_to_bytes(p, g[n].buf, sizeof(g[n].buf));
		if (len < 0)
			continue;	/* the golden file also holds lines that are not hex */
		g[n].len = (size_t)len;
		n++;
	}
	fclose(f);
	free(path);
	return n;
}

static struct golden msgs[256];

START_TEST(test_truncations)
{
	size_t n = load_golden(msgs, 256), i, len;

	ck_assert_uint_ge(n, 20);
	for (i = 0; i < n; i++)
		for (len = 0; len <= msgs[i].len; len++) {
			uint8_t *copy = malloc(len ? len : 1);	/* exact size: ASan sees over-reads */
			memcpy(copy, msgs[i].buf, len);
			decode_one(copy, len, msgs[i].acn[0] ? msgs[i].acn : NULL);
			free(copy);
		}
}
END_TEST

START_TEST(test_single_byte_corruptions)
{
	size_t n = load_golden(msgs, 256), i, pos;
	unsigned v;

	ck_assert_uint_ge(n, 20);
	for (i = 0; i < n; i++) {
		uint8_t *copy = malloc(msgs[i].len);
		for (pos = 0; pos < msgs[i].len; pos++)
			for (v = 0; v < 256; v++) {
				if (v == msgs[i].buf[pos])
					continue;
				memcpy(copy, msgs[i].buf, msgs[i].len);
				copy[pos] = (uint8_t)v;
				decode_one(copy, msgs[i].len, msgs[i].acn[0] ? msgs[i].acn : NULL);
			}
		free(copy);
	}
}
END_TEST

Suite *tu_suite_robust(void)
{
	Suite *s = suite_create("robust");
	TCase *tc = tcase_create("broken input");

	tcase_set_timeout(tc, 1200);
	tcase_add_test(tc, test_truncations);
	tcase_add_test(tc, test_single_byte_corruptions);
	suite_add_tcase(s, tc);
	return s;
}
