/*
 * Decode throughput on the golden messages: messages per second and bytes per second,
 * decode only and decode + JSON.  `make bench` builds and runs it; figures, not a test.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <tcapkit/tcapkit.h>

struct item {
	char acn[96];
	uint8_t buf[4096];
	size_t len;
};

static int sink(const char *d, size_t n, void *arg)
{
	(void)d;
	*(size_t *)arg += n;
	return 0;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	static struct item items[512];
	char line[16384];
	size_t n = 0, i, bytes = 0, out = 0;
	long rounds = argc > 2 ? atol(argv[2]) : 2000, r;
	FILE *f = fopen(argc > 1 ? argv[1] : "tests/golden/messages.hex", "r");
	double t0, t1, t2;

	if (!f) {
		perror("bench_decode: messages file");
		return 1;
	}
	while (n < 512 && fgets(line, sizeof(line), f)) {
		char *p = line, *sp;
		long len;
		line[strcspn(line, "\r\n")] = '\0';
		if (!*p || *p == '#')
			continue;
		items[n].acn[0] = '\0';
		sp = strchr(p, ' ');
		if (sp && memchr(p, '.', (size_t)(sp - p))) {
			snprintf(items[n].acn, sizeof(items[n].acn), "%.*s", (int)(sp - p), p);
			p = sp + 1;
		}
		len = tk_hex_to_bytes(p, items[n].buf, sizeof(items[n].buf));
		if (len <= 0)
			continue;
		items[n].len = (size_t)len;
		bytes += (size_t)len;
		n++;
	}
	fclose(f);
	if (!n)
		return 1;
	t0 = now();
	for (r = 0; r < rounds; r++)
		for (i = 0; i < n; i++) {
			struct tk_decode_opts o = TK_DECODE_OPTS_INIT;
			struct tk_msg *m;
			o.acn = items[i].acn[0] ? items[i].acn : NULL;
			tk_tcap_decode(items[i].buf, items[i].len, &o, &m);
			tk_msg_free(m);
		}
	t1 = now();
	for (r = 0; r < rounds; r++)
		for (i = 0; i < n; i++) {
			struct tk_decode_opts o = TK_DECODE_OPTS_INIT;
			struct tk_msg *m;
			o.acn = items[i].acn[0] ? items[i].acn : NULL;
			tk_tcap_decode(items[i].buf, items[i].len, &o, &m);
			tk_msg_print(m, TK_FMT_JSON, sink, &out);
			tk_msg_free(m);
		}
	t2 = now();
	printf("messages: %zu (%zu bytes), rounds: %ld\n", n, bytes, rounds);
	printf("decode:        %10.0f messages/s  %8.1f MB/s\n", n * rounds / (t1 - t0),
	       bytes * rounds / (t1 - t0) / 1e6);
	printf("decode + JSON: %10.0f messages/s  %8.1f MB/s  (%zu bytes of JSON per round)\n",
	       n * rounds / (t2 - t1), bytes * rounds / (t2 - t1) / 1e6, out / (size_t)rounds);
	return 0;
}
