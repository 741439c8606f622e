/*
 * tcapdump --stats: messages per application context and operation, results, errors by
 * code, rejects, aborts by cause, dialogues, and response time per operation (from an
 * Invoke to its returnResult or returnError, matched by the invoking side's transaction
 * ID and the invoke ID).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tcapdump.h"

#define MAX_PENDING 200000

struct counter {
	char *key;
	uint64_t n;
	double *lat;		/* response times (seconds) */
	size_t nlat, caplat;
	struct counter *next;
};

struct pending {
	char key[32];		/* invoking TID hex + invoke ID */
	double time;
	char op[256];
	struct pending *next;
};

struct stats {
	struct counter *by_op, *results, *errors, *rejects, *aborts, *latency;
	struct pending **pend;
	size_t npend;
	uint64_t untracked, unanswered_matched;
};

#define PEND_BUCKETS 65536

struct stats *stats_new(void)
{
	struct stats *s = calloc(1, sizeof(*s));
	if (!s)
		return NULL;
	s->pend = calloc(PEND_BUCKETS, sizeof(*s->pend));
	if (!s->pend) {
		free(s);
		return NULL;
	}
	return s;
}

static struct counter *count(struct counter **list, const char *key)
{
	struct counter *c;
	for (c = *list; c; c = c->next)
		if (strcmp(c->key, key) == 0)
			break;
	if (!c) {
		c = calloc(1, sizeof(*c));
		if (!c)
			return NULL;
		c->key = strdup(key);
		c->next = *list;
		*list = c;
	}
	c->n++;
	return c;
}

static unsigned hash(const char *k)
{
	unsigned h = 2166136261u;
	for (; *k; k++)
		h = (h ^ (unsigned char)*k) * 16777619u;
	return h % PEND_BUCKETS;
}

static void hexkey(char *out, size_t n, const uint8_t *tid, size_t len, long invoke)
{
	size_t i, o = 0;
	for (i = 0; i < len && o + 3 < n; i++)
		o += (size_t)snprintf(out + o, n - o, "%02x", tid[i]);
	snprintf(out + o, n - o, "/%ld", invoke);
}

static void pend_add(struct stats *s, const char *key, double t, const char *op)
{
	struct pending *p;
	if (s->npend >= MAX_PENDING) {
		s->untracked++;
		return;
	}
	p = calloc(1, sizeof(*p));
	if (!p)
		return;
	snprintf(p->key, sizeof(p->key), "%s", key);
	snprintf(p->op, sizeof(p->op), "%s", op);
	p->time = t;
	p->next = s->pend[hash(key)];
	s->pend[hash(key)] = p;
	s->npend++;
}

static struct pending *pend_take(struct stats *s, const char *key, int remove)
{
	struct pending **pp = &s->pend[hash(key)], *p;
	for (; (p = *pp); pp = &p->next)
		if (strcmp(p->key, key) == 0) {
			if (remove) {
				*pp = p->next;
				s->npend--;
			}
			return p;
		}
	return NULL;
}

static void latency(struct stats *s, const char *op, double d)
{
	struct counter *c = count(&s->latency, op);
	if (!c)
		return;
	if (c->nlat == c->caplat) {
		size_t nc = c->caplat ? c->caplat * 2 : 16;
		double *nl = realloc(c->lat, nc * sizeof(*nl));
		if (!nl)
			return;
		c->lat = nl;
		c->caplat = nc;
	}
	c->lat[c->nlat++] = d;
}

void stats_record(struct stats *s, const struct tk_record *r)
{
	const struct tk_msg *m = r->msg;
	const char *ctx;
	char key[256], pk[32];
	size_t i;

	if (r->kind != TK_REC_TCAP || !m)
		return;
	ctx = m->context.desc ? m->context.desc->name : (m->context.acn[0] ? m->context.acn : "(no context)");
	if (m->type == TK_MSG_ABORT) {
		if (m->has_pabort)
			snprintf(key, sizeof(key), "p-abort %ld", m->pabort_cause);
		else if (m->dialogue.pdu == TK_DLG_ABRT)
			snprintf(key, sizeof(key), "u-abort (ABRT, source %ld)", m->dialogue.abort_source);
		else if (m->dialogue.pdu == TK_DLG_AARE)
			snprintf(key, sizeof(key), "u-abort (AARE result %ld, diagnostic %ld)", m->dialogue.result,
				 m->dialogue.diagnostic);
		else
			snprintf(key, sizeof(key), "u-abort");
		count(&s->aborts, key);
	}
	for (i = 0; i < m->n_components; i++) {
		const struct tk_component *c = &m->components[i];
		const char *opn = c->op ? c->op->name : NULL;
		char opbuf[64];
		if (!opn) {
			snprintf(opbuf, sizeof(opbuf), "opcode %ld", c->code);
			opn = c->has_code ? opbuf : "(none)";
		}
		switch (c->type) {
		case TK_COMP_INVOKE:
			snprintf(key, sizeof(key), "%s %s", ctx, opn);
			count(&s->by_op, key);
			if (m->has_otid && c->has_invoke_id) {
				hexkey(pk, sizeof(pk), m->otid, m->otid_len, c->invoke_id);
				pend_add(s, pk, r->time, key);
			}
			break;
		case TK_COMP_RESULT_LAST:
		case TK_COMP_RESULT_NOT_LAST:
		case TK_COMP_ERROR:
			if (c->type == TK_COMP_ERROR) {
				snprintf(key, sizeof(key), "%ld %s", c->code, c->err ? c->err->name : "(unknown)");
				count(&s->errors, key);
			} else {
				snprintf(key, sizeof(key), "%s %s", ctx, c->has_code ? opn : "(no result)");
				count(&s->results, key);
			}
			if (m->has_dtid && c->has_invoke_id) {
				struct pending *p;
				hexkey(pk, sizeof(pk), m->dtid, m->dtid_len, c->invoke_id);
				p = pend_take(s, pk, c->type != TK_COMP_RESULT_NOT_LAST);
				if (p) {
					latency(s, p->op, r->time - p->time);
					if (c->type != TK_COMP_RESULT_NOT_LAST)
						free(p);
				}
			}
			break;
		case TK_COMP_REJECT:
			snprintf(key, sizeof(key), "problem type %d code %ld", c->problem_type, c->problem);
			count(&s->rejects, key);
			break;
		}
	}
}

static int cmp_counter(const void *a, const void *b)
{
	const struct counter *x = *(struct counter *const *)a, *y = *(struct counter *const *)b;
	if (x->n != y->n)
		return x->n < y->n ? 1 : -1;
	return strcmp(x->key, y->key);
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* sorted array of a list (by count, then key) */
static struct counter **sorted(struct counter *list, size_t *n)
{
	struct counter *c, **v;
	size_t k = 0;
	for (c = list; c; c = c->next)
		k++;
	v = calloc(k ? k : 1, sizeof(*v));
	if (!v) {
		*n = 0;
		return NULL;
	}
	k = 0;
	for (c = list; c; c = c->next)
		v[k++] = c;
	qsort(v, k, sizeof(*v), cmp_counter);
	*n = k;
	return v;
}

static void json_str(FILE *o, const char *s)
{
	fputc('"', o);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(o, "\\%c", c);
		else if (c < 0x20 || c >= 0x7f)
			fprintf(o, "\\u%04x", c);
		else
			fputc(c, o);
	}
	fputc('"', o);
}

static void print_list(FILE *o, const char *title, struct counter *list, int json, int *first)
{
	size_t n, i;
	struct counter **v = sorted(list, &n);

	if (json) {
		fprintf(o, "%s", *first ? "" : ",");
		*first = 0;
		json_str(o, title);
		fputs(":{", o);
		for (i = 0; i < n; i++) {
			fprintf(o, "%s", i ? "," : "");
			json_str(o, v[i]->key);
			fprintf(o, ":%llu", (unsigned long long)v[i]->n);
		}
		fputs("}", o);
	} else {
		fprintf(o, "%s:\n", title);
		if (!n)
			fprintf(o, "  (none)\n");
		for (i = 0; i < n; i++)
			fprintf(o, "  %8llu  %s\n", (unsigned long long)v[i]->n, v[i]->key);
	}
	free(v);
}

void stats_print(struct stats *s, const struct tk_trace_stats *ts, FILE *o, int json)
{
	size_t n, i;
	struct counter **v;
	int first = 1;

	if (json)
		fputs("{\"schema\":1,\"stats\":{", o);
	else
		fputs("\n== statistics ==\n", o);
	print_list(o, "invokes by context and operation", s->by_op, json, &first);
	print_list(o, "results by context and operation", s->results, json, &first);
	print_list(o, "errors by code", s->errors, json, &first);
	print_list(o, "rejects", s->rejects, json, &first);
	print_list(o, "aborts by cause", s->aborts, json, &first);
	if (json)
		fprintf(o, ",\"dialogues\":{\"opened\":%llu,\"closed\":%llu,\"expired\":%llu,\"evicted\":%llu,"
			"\"unmatched\":%llu,\"inferred\":%llu}",
			(unsigned long long)ts->dialogues_opened, (unsigned long long)ts->dialogues_closed,
			(unsigned long long)ts->dialogues_expired, (unsigned long long)ts->dialogues_evicted,
			(unsigned long long)ts->unmatched, (unsigned long long)ts->inferred);
	else
		fprintf(o, "dialogues:\n  opened %llu, closed %llu, expired %llu, evicted (table full) %llu,\n"
			"  messages of dialogues whose start was not seen %llu (context inferred for %llu)\n",
			(unsigned long long)ts->dialogues_opened, (unsigned long long)ts->dialogues_closed,
			(unsigned long long)ts->dialogues_expired, (unsigned long long)ts->dialogues_evicted,
			(unsigned long long)ts->unmatched, (unsigned long long)ts->inferred);
	v = sorted(s->latency, &n);
	if (json)
		fputs(",\"responseTime\":{", o);
	else
		fputs("response time (seconds) from invoke to result or error:\n"
		      "     count       min    median       p95       max  operation\n", o);
	for (i = 0; i < n; i++) {
		struct counter *c = v[i];
		double p50, p95;
		if (!c->nlat)
			continue;
		qsort(c->lat, c->nlat, sizeof(double), cmp_double);
		p50 = c->lat[(c->nlat - 1) / 2];
		p95 = c->lat[(size_t)ceil(0.95 * (double)c->nlat) - 1];
		if (json) {
			fprintf(o, "%s", i ? "," : "");
			json_str(o, c->key);
			fprintf(o, ":{\"count\":%zu,\"min\":%.6f,\"median\":%.6f,\"p95\":%.6f,\"max\":%.6f}",
				c->nlat, c->lat[0], p50, p95, c->lat[c->nlat - 1]);
		} else {
			fprintf(o, "  %8zu %9.6f %9.6f %9.6f %9.6f  %s\n", c->nlat, c->lat[0], p50, p95,
				c->lat[c->nlat - 1], c->key);
		}
	}
	if (json)
		fputs("}}}\n", o);
	else if (!n)
		fputs("  (no invoke matched with its answer)\n", o);
	free(v);
}

static void free_list(struct counter *c)
{
	while (c) {
		struct counter *n = c->next;
		free(c->key);
		free(c->lat);
		free(c);
		c = n;
	}
}

void stats_free(struct stats *s)
{
	size_t i;
	if (!s)
		return;
	free_list(s->by_op);
	free_list(s->results);
	free_list(s->errors);
	free_list(s->rejects);
	free_list(s->aborts);
	free_list(s->latency);
	for (i = 0; i < PEND_BUCKETS; i++)
		while (s->pend[i]) {
			struct pending *p = s->pend[i];
			s->pend[i] = p->next;
			free(p);
		}
	free(s->pend);
	free(s);
}
