/*
 * pcap and pcapng files through libpcap: the library's only I/O.  libpcap reads both
 * formats (and standard input for "-"); a pcapng file whose interfaces have different
 * link types is refused by libpcap with a clear message, which is passed on.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pcap/pcap.h>

#include "internal.h"

struct tk_pcap {
	pcap_t *p;
	int dlt;
};

struct tk_pcap *tk_pcap_open(const char *path, struct tk_error *err)
{
	char ebuf[PCAP_ERRBUF_SIZE] = "";
	struct tk_pcap *t;
	pcap_t *p;

	if (!path) {
		tk_error_set(err, TK_ERR_INVALID_ARG, TK_LAYER_INPUT, 0, "no file name");
		return NULL;
	}
	p = pcap_open_offline(path, ebuf);
	if (!p) {
		tk_error_set(err, TK_ERR_INVALID_ARG, TK_LAYER_INPUT, 0, "%s: %s", path, ebuf);
		return NULL;
	}
	t = calloc(1, sizeof(*t));
	if (!t) {
		pcap_close(p);
		tk_error_set(err, TK_ERR_NOMEM, TK_LAYER_INPUT, 0, "out of memory");
		return NULL;
	}
	t->p = p;
	t->dlt = pcap_datalink(p);
	return t;
}

int tk_pcap_next(struct tk_pcap *t, const uint8_t **data, size_t *caplen, size_t *wirelen, double *time,
		 struct tk_error *err)
{
	struct pcap_pkthdr *h;
	const u_char *d;
	int rc = pcap_next_ex(t->p, &h, &d);

	if (rc == 1) {
		*data = d;
		*caplen = h->caplen;
		*wirelen = h->len;
		*time = (double)h->ts.tv_sec + (double)h->ts.tv_usec / 1e6;
		return 1;
	}
	if (rc == PCAP_ERROR_BREAK)
		return 0;	/* end of file */
	tk_error_set(err, TK_ERR_TRUNCATED, TK_LAYER_INPUT, 0, "%s", pcap_geterr(t->p));
	return -1;
}

int tk_pcap_dlt(const struct tk_pcap *t)
{
	return t->dlt;
}

void tk_pcap_close(struct tk_pcap *t)
{
	if (!t)
		return;
	pcap_close(t->p);
	free(t);
}
