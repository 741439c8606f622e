/* tcapdump's parts: options, capture mode (tcapdump_capture.c), statistics (tcapdump_stats.c). */
#ifndef TCAPDUMP_H
#define TCAPDUMP_H

#include <stdint.h>
#include <stdio.h>

#include <tcapkit/tcapkit.h>

enum out_mode { OUT_LINE = 0, OUT_TREE, OUT_JSON };

struct filters {
	int active;
	const char *proto;		/* "map", "cap", "tcap" */
	int version;			/* 0: any */
	const char *acn;
	const char *op;			/* operation name or code */
	const char *component;		/* invoke, returnResultLast, ... */
	int error_code;			/* -1: any */
	const char *tid;		/* hex, OTID or DTID */
	const char *digits;		/* prefix of any IMSI/MSISDN/GT digits */
	uint32_t frame_from, frame_to;	/* 0: open */
};

struct options {
	enum out_mode mode;
	const char *write_file;
	int stats;
	int progress;
	struct filters f;
	struct tk_trace_opts trace;
};

struct stats;
struct stats *stats_new(void);
void stats_record(struct stats *s, const struct tk_record *r);
void stats_print(struct stats *s, const struct tk_trace_stats *ts, FILE *out, int json);
void stats_free(struct stats *s);

int run_capture(char **files, int nfiles, const struct options *o);
int filter_parse_frames(const char *arg, struct filters *f);

int write_stdout(const char *data, size_t len, void *arg);

#endif
