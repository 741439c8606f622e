/*
 * tcapdump -r: captures (pcap, pcapng; several files in order; "-" for standard input)
 * decoded frame by frame through the library's trace, with filters, -w output, a
 * summary that accounts for every frame, statistics and a progress bar.
 */
#include <errno.h>
#include <pcap/pcap.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "tcapdump.h"

struct tally {
	char *key;
	uint64_t n;
	struct tally *next;
};

struct run {
	const struct options *o;
	struct stats *stats;
	int frame_matched;
	uint64_t frames, tcap, tcap_ok, tcap_err, shown;
	struct tally *err_by_reason, *not_tcap_by_layer, *below_by_layer;
	uint64_t fragments, duplicates;
	int multi_file;
	const char *file;
};

static void tally(struct tally **list, const char *key)
{
	struct tally *t;
	for (t = *list; t; t = t->next)
		if (strcmp(t->key, key) == 0) {
			t->n++;
			return;
		}
	t = calloc(1, sizeof(*t));
	if (!t)
		return;
	t->key = strdup(key ? key : "?");
	t->n = 1;
	t->next = *list;
	*list = t;
}

static void tally_print(const char *title, struct tally *t)
{
	printf("  %s:%s\n", title, t ? "" : " none");
	for (; t; t = t->next)
		printf("    %8llu  %s\n", (unsigned long long)t->n, t->key);
}

static void tally_free(struct tally *t)
{
	while (t) {
		struct tally *n = t->next;
		free(t->key);
		free(t);
		t = n;
	}
}

int write_stdout(const char *data, size_t len, void *arg)
{
	(void)arg;
	return fwrite(data, 1, len, stdout) == len ? 0 : -1;
}

struct sbuf {
	char *p;
	size_t n;
};

static int to_sbuf(const char *data, size_t len, void *arg)
{
	struct sbuf *s = arg;
	char *np = realloc(s->p, s->n + len + 1);
	if (!np)
		return -1;
	s->p = np;
	memcpy(s->p + s->n, data, len);
	s->n += len;
	s->p[s->n] = '\0';
	return 0;
}

static int hex_eq(const char *hex, const uint8_t *b, size_t n)
{
	char buf[16];
	size_t i;
	if (n * 2 + 1 > sizeof(buf))
		return 0;
	for (i = 0; i < n; i++)
		snprintf(buf + 2 * i, 3, "%02x", b[i]);
	return strcasecmp(hex, buf) == 0;
}

/* does a TCAP record pass the filters? (the frame range is checked by the caller) */
static int matches(const struct filters *f, const struct tk_record *r)
{
	const struct tk_msg *m = r->msg;
	size_t i;
	int any;

	if (r->kind != TK_REC_TCAP || !m)
		return !(f->proto || f->version || f->acn || f->op || f->component || f->error_code >= 0 ||
			 f->tid || f->digits);
	if (f->proto && strcmp(f->proto, "tcap") != 0) {
		if (!m->context.desc || strcmp(tk_protocol_name(m->context.desc->protocol), f->proto) != 0)
			return 0;
	}
	if (f->version && (!m->context.desc || m->context.desc->version != f->version))
		return 0;
	if (f->acn && strcmp(m->context.acn, f->acn) != 0)
		return 0;
	if (f->tid && !((m->has_otid && hex_eq(f->tid, m->otid, m->otid_len)) ||
			(m->has_dtid && hex_eq(f->tid, m->dtid, m->dtid_len))))
		return 0;
	if (f->op) {
		char *end;
		long code = strtol(f->op, &end, 10);
		int numeric = *f->op && !*end;
		for (any = 0, i = 0; i < m->n_components && !any; i++) {
			const struct tk_component *c = &m->components[i];
			if (c->type == TK_COMP_ERROR || c->type == TK_COMP_REJECT)
				continue;
			if (numeric ? (c->has_code && !c->code_is_global && c->code == code) :
			    (c->op && strcmp(c->op->name, f->op) == 0))
				any = 1;
		}
		if (!any)
			return 0;
	}
	if (f->component) {
		for (any = 0, i = 0; i < m->n_components; i++)
			if (strcmp(tk_component_type_name(m->components[i].type), f->component) == 0)
				any = 1;
		if (!any)
			return 0;
	}
	if (f->error_code >= 0) {
		for (any = 0, i = 0; i < m->n_components; i++)
			if (m->components[i].type == TK_COMP_ERROR && m->components[i].code == f->error_code)
				any = 1;
		if (!any)
			return 0;
	}
	if (f->digits) {
		/* any decoded digits (IMSI, MSISDN, addresses, SCCP GT) with this prefix */
		struct sbuf s = { NULL, 0 };
		char needle[96];
		int hit;
		snprintf(needle, sizeof(needle), "\"digits\":\"%s", f->digits);
		tk_record_print(r, TK_FMT_JSON, to_sbuf, &s);
		hit = s.p && strstr(s.p, needle);
		free(s.p);
		if (!hit)
			return 0;
	}
	return 1;
}

static void addr_text(const struct tk_transport *t, int calling, char *out, size_t n)
{
	const struct tk_sccp_addr *a = calling ? &t->calling : &t->called;
	if (t->has_sccp && a->present && a->digits[0])
		snprintf(out, n, "%s%s%u", a->digits, a->has_ssn ? "/" : "", a->has_ssn ? a->ssn : 0);
	else if (t->has_sccp && a->present && a->has_pc)
		snprintf(out, n, "pc%u/%u", a->pc, a->ssn);
	else if (t->has_mtp3)
		snprintf(out, n, "pc%u", calling ? t->opc : t->dpc);
	else if (t->ip_version)
		snprintf(out, n, "%s", calling ? t->src_ip : t->dst_ip);
	else
		snprintf(out, n, "-");
}

static void print_line(const struct tk_record *r)
{
	const struct tk_msg *m = r->msg;
	char from[64], to[64], ts[40];
	time_t sec = (time_t)r->time;
	struct tm tm;
	size_t i;

	gmtime_r(&sec, &tm);
	strftime(ts, sizeof(ts), "%Y-%m-%d %H:%M:%S", &tm);
	addr_text(r->transport, 1, from, sizeof(from));
	addr_text(r->transport, 0, to, sizeof(to));
	printf("%6u %s.%06ld %s > %s %s", r->frame, ts, (long)((r->time - (double)sec) * 1e6 + 0.5) % 1000000,
	       from, to, tk_msg_type_name(m->type));
	if (m->has_otid) {
		printf(" otid=");
		for (i = 0; i < m->otid_len; i++)
			printf("%02x", m->otid[i]);
	}
	if (m->has_dtid) {
		printf(" dtid=");
		for (i = 0; i < m->dtid_len; i++)
			printf("%02x", m->dtid[i]);
	}
	if (m->context.desc)
		printf(" %s-v%d(%s)", tk_protocol_name(m->context.desc->protocol), m->context.desc->version,
		       tk_ctx_source_name(m->context.source));
	else if (m->context.acn[0])
		printf(" %s(unknown)", m->context.acn);
	for (i = 0; i < m->n_components; i++) {
		const struct tk_component *c = &m->components[i];
		const char *kind = c->type == TK_COMP_INVOKE ? "" : c->type == TK_COMP_ERROR ? "error:" :
			c->type == TK_COMP_REJECT ? "reject" : "result:";
		if (c->type == TK_COMP_REJECT)
			printf(" %s", kind);
		else if (c->type == TK_COMP_ERROR)
			printf(" %s%s", kind, c->err ? c->err->name : "?");
		else if (c->has_code)
			printf(" %s%s", kind, c->op ? c->op->name : "?");
		else
			printf(" result");
	}
	if (m->type == TK_MSG_ABORT && m->has_pabort)
		printf(" p-abort=%ld", m->pabort_cause);
	if (m->status != TK_OK)
		printf(" !%s at %s+%zu: %s", tk_status_name(m->error.code), tk_layer_name(m->error.layer),
		       m->error.offset, m->error.reason);
	putchar('\n');
}

static void on_record(const struct tk_record *r, void *arg)
{
	struct run *run = arg;
	const struct options *o = run->o;
	int show;

	switch (r->kind) {
	case TK_REC_TCAP:
		run->tcap++;
		if (r->msg && r->msg->status == TK_OK) {
			run->tcap_ok++;
		} else {
			run->tcap_err++;
			if (r->msg)
				tally(&run->err_by_reason, tk_status_name(r->msg->error.code));
		}
		break;
	case TK_REC_NOT_TCAP:
		tally(&run->not_tcap_by_layer, r->layer);
		break;
	case TK_REC_ERROR: {
		char key[128];
		snprintf(key, sizeof(key), "%s (%s)", r->layer ? r->layer : tk_layer_name(r->error.layer),
			 tk_status_name(r->error.code));
		tally(&run->below_by_layer, key);
		break;
	}
	case TK_REC_PENDING:
		run->fragments++;
		break;
	case TK_REC_DUPLICATE:
		run->duplicates++;
		break;
	}
	show = matches(&o->f, r);
	if (!show)
		return;
	run->frame_matched = 1;
	if (run->stats)
		stats_record(run->stats, r);
	if (o->mode == OUT_JSON) {
		tk_record_print(r, TK_FMT_JSON, write_stdout, NULL);
		putchar('\n');
	} else if (o->mode == OUT_TREE) {
		if (run->shown++)
			putchar('\n');
		if (run->multi_file)
			printf("# %s\n", run->file);
		tk_record_print(r, TK_FMT_TEXT, write_stdout, NULL);
		putchar('\n');
	} else if (r->kind == TK_REC_TCAP && r->msg) {
		print_line(r);
	} else if (r->kind == TK_REC_ERROR) {
		printf("%6u ! %s error at offset %zu: %s\n", r->frame,
		       r->layer ? r->layer : tk_layer_name(r->error.layer), r->error.offset, r->error.reason);
	}
}

static void progress(off_t done, off_t total, uint64_t frames, int final)
{
	static double last;
	struct timespec ts;
	double now;
	int pct, i;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	now = (double)ts.tv_sec + ts.tv_nsec / 1e9;
	if (!final && now - last < 0.2)
		return;
	last = now;
	pct = total > 0 ? (int)(100.0 * (double)done / (double)total) : 0;
	if (pct > 100)
		pct = 100;
	fprintf(stderr, "\r[");
	for (i = 0; i < 40; i++)
		fputc(i < pct * 40 / 100 ? '#' : ' ', stderr);
	fprintf(stderr, "] %3d%% %llu frames%s", pct, (unsigned long long)frames, final ? "\n" : "");
}

int run_capture(char **files, int nfiles, const struct options *o)
{
	struct tk_trace *tr = tk_trace_new(&o->trace);
	struct run run;
	pcap_t *dead = NULL;
	pcap_dumper_t *dump = NULL;
	int rc = 0, i, dump_dlt = -1;
	off_t total = 0, done = 0;

	if (!tr) {
		fprintf(stderr, "tcapdump: out of memory\n");
		return 1;
	}
	memset(&run, 0, sizeof(run));
	run.o = o;
	run.multi_file = nfiles > 1;
	if (o->stats)
		run.stats = stats_new();
	for (i = 0; i < nfiles; i++) {
		struct stat sb;
		if (strcmp(files[i], "-") != 0 && stat(files[i], &sb) == 0)
			total += sb.st_size;
	}
	for (i = 0; i < nfiles; i++) {
		struct tk_error err;
		struct tk_pcap *p = tk_pcap_open(files[i], &err);
		const uint8_t *data;
		size_t caplen, wirelen;
		double t;
		uint32_t frame = 0;
		int r;

		if (!p) {
			fprintf(stderr, "tcapdump: %s\n", err.reason);
			rc = 1;
			continue;
		}
		run.file = files[i];
		if (o->write_file && !dump) {
			dump_dlt = tk_pcap_dlt(p);
			dead = pcap_open_dead(dump_dlt, 262144);
			dump = dead ? pcap_dump_open(dead, o->write_file) : NULL;
			if (!dump) {
				fprintf(stderr, "tcapdump: cannot write %s: %s\n", o->write_file,
					dead ? pcap_geterr(dead) : "out of memory");
				tk_pcap_close(p);
				rc = 1;
				break;
			}
		}
		while ((r = tk_pcap_next(p, &data, &caplen, &wirelen, &t, &err)) == 1) {
			frame++;
			run.frames++;
			done += (off_t)caplen + 16;
			if ((o->f.frame_from && frame < o->f.frame_from) || (o->f.frame_to && frame > o->f.frame_to))
				continue;
			run.frame_matched = 0;
			tk_trace_frame(tr, frame, tk_pcap_dlt(p), data, caplen, wirelen, t, on_record, &run);
			if (dump && run.frame_matched) {
				if (tk_pcap_dlt(p) != dump_dlt) {
					fprintf(stderr, "tcapdump: %s: link type %d differs from %d: frame %u not written\n",
						files[i], tk_pcap_dlt(p), dump_dlt, frame);
				} else {
					struct pcap_pkthdr h;
					h.ts.tv_sec = (time_t)t;
					h.ts.tv_usec = (suseconds_t)((t - (double)h.ts.tv_sec) * 1e6 + 0.5) % 1000000;
					h.caplen = (bpf_u_int32)caplen;
					h.len = (bpf_u_int32)wirelen;
					pcap_dump((u_char *)dump, &h, data);
				}
			}
			if (o->progress)
				progress(done, total, run.frames, 0);
		}
		if (r < 0) {
			fprintf(stderr, "tcapdump: %s: %s\n", files[i], err.reason);
			rc = 1;
		}
		tk_pcap_close(p);
	}
	if (o->progress)
		progress(total, total, run.frames, 1);
	if (dump)
		pcap_dump_close(dump);
	if (dead)
		pcap_close(dead);
	if (o->mode != OUT_JSON) {
		printf("\n== summary ==\n");
		printf("  frames read: %llu\n", (unsigned long long)run.frames);
		printf("  TCAP messages: %llu (decoded %llu, decoded with deviations 0, undecodable %llu)\n",
		       (unsigned long long)run.tcap, (unsigned long long)run.tcap_ok,
		       (unsigned long long)run.tcap_err);
		tally_print("TCAP messages not (fully) decoded, by reason", run.err_by_reason);
		tally_print("frames without TCAP, by last layer", run.not_tcap_by_layer);
		tally_print("frames undecodable below TCAP, by layer", run.below_by_layer);
		printf("  fragments held for reassembly: %llu, duplicates: %llu\n",
		       (unsigned long long)run.fragments, (unsigned long long)run.duplicates);
	}
	if (run.stats) {
		stats_print(run.stats, tk_trace_stats(tr), stdout, o->mode == OUT_JSON);
		stats_free(run.stats);
	}
	tally_free(run.err_by_reason);
	tally_free(run.not_tcap_by_layer);
	tally_free(run.below_by_layer);
	tk_trace_free(tr);
	return rc;
}

int filter_parse_frames(const char *arg, struct filters *f)
{
	char *end;
	unsigned long a, b;

	a = strtoul(arg, &end, 10);
	if (*end == '\0') {
		f->frame_from = f->frame_to = (uint32_t)a;
		return a ? 0 : -1;
	}
	if (*end != '-')
		return -1;
	if (end == arg)
		a = 0;
	if (end[1] == '\0') {
		f->frame_from = (uint32_t)a;
		f->frame_to = 0;
		return 0;
	}
	b = strtoul(end + 1, &end, 10);
	if (*end || (a && b < a))
		return -1;
	f->frame_from = (uint32_t)a;
	f->frame_to = (uint32_t)b;
	return 0;
}
