/*
 * tcapdump: print TCAP / MAP / CAP messages decoded by libtcapkit.
 *
 *   tcapdump --hex FILE      one TCAP message per line as hex, optionally preceded by
 *                            the dialogue's application context name in dotted form and
 *                            a space ("-" reads standard input)
 *   -T text|json             text tree (default) or JSON Lines (one line per message)
 *
 * Lines that are empty or start with '#' are comments and produce no output.  Every
 * other line produces exactly one record, in input order; a line that does not decode
 * gives a record with "status":"error".
 *
 * Exit status: 0 success, 1 an input could not be read, 2 bad usage.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include <tcapkit/tcapkit.h>

#include "tcapdump.h"

#define MAX_LINE (1024 * 1024)
#define MAX_MSG (64 * 1024)

static int write_fp(const char *data, size_t len, void *arg)
{
	return fwrite(data, 1, len, (FILE *)arg) == len ? 0 : -1;
}

static void usage(FILE *f)
{
	fprintf(f,
		"usage: tcapdump [-T text|json] --hex FILE|-\n"
		"       tcapdump -r [-V | -T json] [-w OUT] [--stats] [filters] FILE... (- for stdin)\n"
		"  --hex FILE        one TCAP message per line as hex, optionally preceded by an\n"
		"                    application context name (dotted OID) and a space\n"
		"  -r FILE...        captures (pcap, pcapng): one line per TCAP message\n"
		"  -V                the full decoded tree of every record\n"
		"  -T text|json      text (default) or JSON Lines (schema 1, docs/json.md)\n"
		"  -w OUT            write the frames that match the filters to a pcap file\n"
		"  --stats           statistics at the end (per operation, errors, dialogues, response times)\n"
		"  --pc-format F     MTP3 point codes: itu, ansi, japan, auto (default: detect per link)\n"
		"  --no-progress     no progress bar on stderr (default when stderr is not a terminal)\n"
		"filters (all must match; a frame matches if one of its TCAP messages does):\n"
		"  --proto map|cap|tcap  --version N  --acn OID  --op NAME|CODE\n"
		"  --component invoke|returnResultLast|returnResultNotLast|returnError|reject\n"
		"  --error CODE  --tid HEX  --digits PREFIX (IMSI, MSISDN, any address or GT)\n"
		"  --frames N|A-B|A-|-B\n"
		"  -h, --help        this help\n"
		"exit status: 0 success, 1 an input could not be read, 2 bad usage\n");
}

static void print_error_record(enum tk_format fmt, enum tk_layer layer, const char *reason)
{
	struct tk_error e;
	memset(&e, 0, sizeof(e));
	e.code = TK_ERR_INVALID_ARG;
	e.layer = layer;
	snprintf(e.reason, sizeof(e.reason), "%s", reason);
	tk_error_print(&e, fmt, write_fp, stdout);
}

static size_t count_hex(const char *p)
{
	size_t n = 0;
	for (; *p; p++)
		n += *p != ' ' && *p != '\t';
	return n;
}

static int hex_line(char *line, unsigned long lineno, enum tk_format fmt, uint8_t *msg)
{
	char *p = line, *acn = NULL, *sp;
	struct tk_decode_opts o = TK_DECODE_OPTS_INIT;
	struct tk_msg *m = NULL;
	long n;

	while (*p == ' ' || *p == '\t')
		p++;
	sp = strpbrk(p, " \t");
	if (sp) {
		/* "ACN HEX": the first word is an OID when it has a dot */
		*sp = '\0';
		if (strchr(p, '.')) {
			acn = p;
			p = sp + 1;
		} else {
			*sp = ' ';
		}
	}
	if (acn && tk_oid_check(acn) != 0) {
		char r[160];
		snprintf(r, sizeof(r), "line %lu: '%.60s' is not a dotted OID", lineno, acn);
		print_error_record(fmt, TK_LAYER_INPUT, r);
		return 0;
	}
	n = tk_hex_to_bytes(p, msg, MAX_MSG);
	if (n < 0) {
		char r[160];
		size_t bad = strspn(p, "0123456789abcdefABCDEF \t");
		if (p[bad])
			snprintf(r, sizeof(r), "line %lu: '%c' is not a hex digit (character %zu of the message)",
				 lineno, p[bad], bad + 1);
		else if (strlen(p) - strspn(p, " \t") > 2 * MAX_MSG && count_hex(p) > 2 * MAX_MSG)
			snprintf(r, sizeof(r), "line %lu: message longer than %d bytes", lineno, MAX_MSG);
		else
			snprintf(r, sizeof(r), "line %lu: odd number of hex digits", lineno);
		print_error_record(fmt, TK_LAYER_INPUT, r);
		return 0;
	}
	o.acn = acn;
	if (tk_tcap_decode(msg, (size_t)n, &o, &m) == TK_ERR_NOMEM && !m) {
		fprintf(stderr, "tcapdump: out of memory\n");
		return -1;
	}
	tk_msg_print(m, fmt, write_fp, stdout);
	tk_msg_free(m);
	return 0;
}

static int run_hex(const char *path, enum tk_format fmt)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	char *line;
	uint8_t *msg;
	unsigned long lineno = 0;
	int first = 1, rc = 0;

	if (!f) {
		fprintf(stderr, "tcapdump: %s: %s\n", path, strerror(errno));
		return 1;
	}
	line = malloc(MAX_LINE);
	msg = malloc(MAX_MSG);
	if (!line || !msg) {
		fprintf(stderr, "tcapdump: out of memory\n");
		rc = 1;
		goto out;
	}
	while (fgets(line, MAX_LINE, f)) {
		size_t len = strlen(line);
		char *p = line;
		lineno++;
		if (len == MAX_LINE - 1 && line[len - 1] != '\n') {
			int c;
			while ((c = fgetc(f)) != EOF && c != '\n')
				;	/* drop the rest of an overlong line */
			print_error_record(fmt, TK_LAYER_INPUT, "line longer than 1 MiB");
			fputc('\n', stdout);
			continue;
		}
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p || *p == '#')
			continue;
		if (fmt == TK_FMT_TEXT) {
			if (!first)
				fputc('\n', stdout);
			printf("# line %lu\n", lineno);
		}
		first = 0;
		if (hex_line(p, lineno, fmt, msg) != 0) {
			rc = 1;
			break;
		}
		fputc('\n', stdout);
	}
	if (ferror(f)) {
		fprintf(stderr, "tcapdump: %s: read error\n", path);
		rc = 1;
	}
out:
	free(line);
	free(msg);
	if (f != stdin)
		fclose(f);
	return rc;
}

int main(int argc, char **argv)
{
	enum {
		O_HEX = 1000, O_STATS, O_PROTO, O_VERSION, O_ACN, O_OP, O_COMPONENT, O_ERROR, O_TID,
		O_DIGITS, O_FRAMES, O_PC, O_NOPROGRESS,
	};
	static const struct option longopts[] = {
		{ "hex", required_argument, NULL, O_HEX },
		{ "read", no_argument, NULL, 'r' },
		{ "stats", no_argument, NULL, O_STATS },
		{ "proto", required_argument, NULL, O_PROTO },
		{ "version", required_argument, NULL, O_VERSION },
		{ "acn", required_argument, NULL, O_ACN },
		{ "op", required_argument, NULL, O_OP },
		{ "component", required_argument, NULL, O_COMPONENT },
		{ "error", required_argument, NULL, O_ERROR },
		{ "tid", required_argument, NULL, O_TID },
		{ "digits", required_argument, NULL, O_DIGITS },
		{ "frames", required_argument, NULL, O_FRAMES },
		{ "pc-format", required_argument, NULL, O_PC },
		{ "no-progress", no_argument, NULL, O_NOPROGRESS },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct options o;
	enum tk_format fmt = TK_FMT_TEXT;
	const char *hex = NULL;
	int c, rc, read_mode = 0, json = 0, tree = 0;

	memset(&o, 0, sizeof(o));
	o.f.error_code = -1;
	o.trace = (struct tk_trace_opts)TK_TRACE_OPTS_INIT;
	o.progress = isatty(2);
	while ((c = getopt_long(argc, argv, "rT:Vw:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'T':
			if (strcmp(optarg, "json") == 0)
				json = 1;
			else if (strcmp(optarg, "text") == 0)
				json = 0;
			else {
				fprintf(stderr, "tcapdump: -T takes text or json\n");
				return 2;
			}
			break;
		case O_HEX: hex = optarg; break;
		case 'r': read_mode = 1; break;
		case 'V': tree = 1; break;
		case 'w': o.write_file = optarg; break;
		case O_STATS: o.stats = 1; break;
		case O_PROTO:
			if (strcmp(optarg, "map") && strcmp(optarg, "cap") && strcmp(optarg, "tcap")) {
				fprintf(stderr, "tcapdump: --proto takes map, cap or tcap\n");
				return 2;
			}
			o.f.proto = optarg;
			break;
		case O_VERSION:
			o.f.version = atoi(optarg);
			if (o.f.version < 1 || o.f.version > 4) {
				fprintf(stderr, "tcapdump: --version takes 1 to 4\n");
				return 2;
			}
			break;
		case O_ACN:
			if (tk_oid_check(optarg) != 0) {
				fprintf(stderr, "tcapdump: --acn takes a dotted OID\n");
				return 2;
			}
			o.f.acn = optarg;
			break;
		case O_OP: o.f.op = optarg; break;
		case O_COMPONENT: o.f.component = optarg; break;
		case O_ERROR: o.f.error_code = atoi(optarg); break;
		case O_TID: o.f.tid = optarg; break;
		case O_DIGITS: o.f.digits = optarg; break;
		case O_FRAMES:
			if (filter_parse_frames(optarg, &o.f) != 0) {
				fprintf(stderr, "tcapdump: --frames takes N, A-B, A- or -B\n");
				return 2;
			}
			break;
		case O_PC:
			if (strcmp(optarg, "itu") == 0)
				o.trace.pc_format = TK_PC_ITU;
			else if (strcmp(optarg, "ansi") == 0)
				o.trace.pc_format = TK_PC_ANSI;
			else if (strcmp(optarg, "japan") == 0)
				o.trace.pc_format = TK_PC_JAPAN;
			else if (strcmp(optarg, "auto") == 0)
				o.trace.pc_format = -1;
			else {
				fprintf(stderr, "tcapdump: --pc-format takes itu, ansi, japan or auto\n");
				return 2;
			}
			break;
		case O_NOPROGRESS: o.progress = 0; break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (hex) {
		if (read_mode || optind != argc) {
			usage(stderr);
			return 2;
		}
		fmt = json ? TK_FMT_JSON : TK_FMT_TEXT;
		rc = run_hex(hex, fmt);
	} else if (read_mode && optind < argc) {
		o.mode = json ? OUT_JSON : tree ? OUT_TREE : OUT_LINE;
		o.f.active = 1;
		rc = run_capture(argv + optind, argc - optind, &o);
	} else {
		usage(stderr);
		return 2;
	}
	if (fflush(stdout) != 0)
		rc = 1;
	return rc;
}
