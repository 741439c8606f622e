/*
 * libFuzzer target: arbitrary bytes as a TCAP message, decoded under one of a few
 * application contexts (chosen by the first byte, so every namespace gets fuzzed) and
 * printed in both formats.  `make fuzz` builds it with clang, ASan and UBSan and runs it
 * for FUZZ_SECONDS (default 300) from the golden messages as seed corpus.
 */
#include <stddef.h>
#include <stdint.h>

#include <tcapkit/tcapkit.h>

static const char *const contexts[] = {
	NULL,
	"0.4.0.0.1.0.1.3",	/* MAP networkLocUp v3 */
	"0.4.0.0.1.0.21.2",	/* MAP shortMsgMO-Relay v2 */
	"0.4.0.0.1.0.19.2",	/* MAP networkUnstructuredSs v2 */
	"0.4.0.0.1.0.11.3",	/* MAP handoverControl v3 (BSSAP, RANAP) */
	"0.4.0.0.1.0.16.3",	/* MAP subscriberDataMngt v3 */
	"0.4.0.0.1.0.38.3",	/* MAP locationSvcEnquiry v3 */
	"0.4.0.0.1.0.5.3",	/* MAP locationInfoRetrieval v3 (signal info) */
	"0.4.0.0.1.0.50.0",	/* CAP phase 1 */
	"0.4.0.0.1.0.50.1",	/* CAP phase 2 */
	"0.4.0.0.1.21.3.4",	/* CAP phase 3 */
	"0.4.0.0.1.23.3.4",	/* CAP phase 4 */
	"0.4.0.0.1.23.3.61",	/* CAP phase 4 SMS */
	"0.4.0.0.1.21.3.50",	/* CAP phase 3 GPRS */
};

static int sink(const char *d, size_t n, void *arg)
{
	(void)d;
	(void)n;
	(void)arg;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tk_decode_opts o = TK_DECODE_OPTS_INIT;
	struct tk_msg *m = NULL;

	if (size < 1)
		return 0;
	o.acn = contexts[data[0] % (sizeof(contexts) / sizeof(contexts[0]))];
	tk_tcap_decode(data + 1, size - 1, &o, &m);
	if (m) {
		tk_msg_print(m, TK_FMT_JSON, sink, NULL);
		tk_msg_print(m, TK_FMT_TEXT, sink, NULL);
		tk_msg_free(m);
	}
	return 0;
}
