/*
 * Dialogue tracking: a transaction table that remembers, for every dialogue whose Begin
 * (or first Continue) was seen, the application context it established, so that the
 * Continue, End and Abort messages that carry no dialogue portion are decoded with it.
 *
 * A dialogue has up to two transaction IDs, each allocated by one side: the originator's
 * (OTID of the Begin) and the responder's (OTID of the first Continue).  A later message
 * names the receiver's ID as its DTID and is sent to that side, so the key is
 * (transaction ID, endpoint that allocated it) and the lookup key of a message is
 * (DTID, its called endpoint).  Endpoints are SCCP global titles, or point codes when
 * there is no GT.  Global title translation can change the address a side is known by
 * between the Begin and the answer; when the exact key is not found and exactly one
 * dialogue has that transaction ID, it is taken (and counted as such).
 *
 * Memory is bounded: at most max entries; the least recently used one is evicted when
 * the table is full, and entries idle longer than the timeout expire.
 */
#include <stdlib.h>
#include <string.h>

#include "track.h"

#define ENDPOINT_LEN 48

struct dlg_key {
	uint8_t tid[4];
	uint8_t tid_len;
	uint8_t used;
	char endpoint[ENDPOINT_LEN];
	struct dlg_key *next;	/* bucket chain */
	struct tk_dialogue_entry *owner;
};

struct tk_dialogue_entry {
	struct dlg_key key[2];	/* [0] originator's ID, [1] responder's ID */
	char acn[96];
	/* the context was inferred (start of the dialogue not seen): later messages say so */
	int inferred;
	unsigned n_candidates;
	const struct tk_context_desc *candidates[8];
	double last;
	struct tk_dialogue_entry *prev, *next;	/* LRU list: head = least recently used */
};

struct tk_dlg_table {
	unsigned max, count;
	double timeout;
	size_t nbuckets;
	struct dlg_key **bucket;
	struct tk_dialogue_entry *head, *tail;
	struct tk_dlg_counters *ctr;
};

static size_t tid_hash(const uint8_t *tid, size_t len, size_t n)
{
	uint32_t h = 2166136261u;	/* FNV-1a */
	size_t i;
	for (i = 0; i < len; i++)
		h = (h ^ tid[i]) * 16777619u;
	return h % n;
}

struct tk_dlg_table *tk_dlg_table_new(unsigned max, double timeout, struct tk_dlg_counters *ctr)
{
	struct tk_dlg_table *t = calloc(1, sizeof(*t));

	if (!t)
		return NULL;
	t->max = max ? max : 100000;
	t->timeout = timeout > 0 ? timeout : 600.0;
	t->nbuckets = t->max < 1024 ? 1024 : t->max;
	t->bucket = calloc(t->nbuckets, sizeof(*t->bucket));
	t->ctr = ctr;
	if (!t->bucket) {
		free(t);
		return NULL;
	}
	return t;
}

static void unlink_key(struct tk_dlg_table *t, struct dlg_key *k)
{
	struct dlg_key **pp;

	if (!k->used)
		return;
	pp = &t->bucket[tid_hash(k->tid, k->tid_len, t->nbuckets)];
	while (*pp && *pp != k)
		pp = &(*pp)->next;
	if (*pp)
		*pp = k->next;
	k->used = 0;
}

static void lru_unlink(struct tk_dlg_table *t, struct tk_dialogue_entry *e)
{
	if (e->prev)
		e->prev->next = e->next;
	else
		t->head = e->next;
	if (e->next)
		e->next->prev = e->prev;
	else
		t->tail = e->prev;
	e->prev = e->next = NULL;
}

static void lru_append(struct tk_dlg_table *t, struct tk_dialogue_entry *e)
{
	e->prev = t->tail;
	e->next = NULL;
	if (t->tail)
		t->tail->next = e;
	else
		t->head = e;
	t->tail = e;
}

static void remove_entry(struct tk_dlg_table *t, struct tk_dialogue_entry *e)
{
	unlink_key(t, &e->key[0]);
	unlink_key(t, &e->key[1]);
	lru_unlink(t, e);
	t->count--;
	free(e);
}

void tk_dlg_table_free(struct tk_dlg_table *t)
{
	if (!t)
		return;
	while (t->head)
		remove_entry(t, t->head);
	free(t->bucket);
	free(t);
}

void tk_dlg_expire(struct tk_dlg_table *t, double now)
{
	while (t->head && now - t->head->last > t->timeout) {
		remove_entry(t, t->head);
		t->ctr->expired++;
	}
}

static void set_key(struct tk_dlg_table *t, struct tk_dialogue_entry *e, int which, const uint8_t *tid,
		    size_t tid_len, const char *endpoint)
{
	struct dlg_key *k = &e->key[which];
	size_t h;

	unlink_key(t, k);
	if (tid_len == 0 || tid_len > 4)
		return;
	memcpy(k->tid, tid, tid_len);
	k->tid_len = (uint8_t)tid_len;
	strncpy(k->endpoint, endpoint ? endpoint : "", ENDPOINT_LEN - 1);
	k->endpoint[ENDPOINT_LEN - 1] = '\0';
	k->owner = e;
	h = tid_hash(tid, tid_len, t->nbuckets);
	k->next = t->bucket[h];
	t->bucket[h] = k;
	k->used = 1;
}

struct tk_dialogue_entry *tk_dlg_find(struct tk_dlg_table *t, const uint8_t *tid, size_t tid_len,
				      const char *endpoint, int *exact)
{
	struct dlg_key *k, *only = NULL;
	unsigned same_tid = 0;

	*exact = 0;
	if (tid_len == 0 || tid_len > 4)
		return NULL;
	for (k = t->bucket[tid_hash(tid, tid_len, t->nbuckets)]; k; k = k->next) {
		if (k->tid_len != tid_len || memcmp(k->tid, tid, tid_len) != 0)
			continue;
		if (endpoint && strcmp(k->endpoint, endpoint) == 0) {
			*exact = 1;
			return k->owner;
		}
		same_tid++;
		only = k;
	}
	return same_tid == 1 ? only->owner : NULL;
}

struct tk_dialogue_entry *tk_dlg_open(struct tk_dlg_table *t, const uint8_t *otid, size_t otid_len,
				      const char *endpoint, const char *acn, double now)
{
	struct tk_dialogue_entry *e;
	int exact;

	/* a Begin reusing a live ID of the same endpoint replaces the old dialogue */
	e = tk_dlg_find(t, otid, otid_len, endpoint, &exact);
	if (e && exact)
		remove_entry(t, e);
	if (t->count >= t->max) {
		remove_entry(t, t->head);
		t->ctr->evicted++;
	}
	e = calloc(1, sizeof(*e));
	if (!e)
		return NULL;
	set_key(t, e, 0, otid, otid_len, endpoint);
	strncpy(e->acn, acn ? acn : "", sizeof(e->acn) - 1);
	e->last = now;
	lru_append(t, e);
	t->count++;
	t->ctr->opened++;
	return e;
}

void tk_dlg_answer(struct tk_dlg_table *t, struct tk_dialogue_entry *e, const uint8_t *otid, size_t otid_len,
		   const char *endpoint, const char *acn, double now)
{
	if (otid_len && !e->key[1].used)
		set_key(t, e, 1, otid, otid_len, endpoint);
	if (acn && acn[0])
		strncpy(e->acn, acn, sizeof(e->acn) - 1);
	e->last = now;
	lru_unlink(t, e);
	lru_append(t, e);
}

void tk_dlg_close(struct tk_dlg_table *t, struct tk_dialogue_entry *e)
{
	remove_entry(t, e);
	t->ctr->closed++;
}

const char *tk_dlg_acn(const struct tk_dialogue_entry *e)
{
	return e->acn[0] ? e->acn : NULL;
}

unsigned tk_dlg_count(const struct tk_dlg_table *t)
{
	return t->count;
}

void tk_dlg_set_inferred(struct tk_dialogue_entry *e, const struct tk_context *c)
{
	unsigned i;
	e->inferred = 1;
	e->n_candidates = c->n_candidates;
	for (i = 0; i < 8; i++)
		e->candidates[i] = c->candidates[i];
}

int tk_dlg_inferred(const struct tk_dialogue_entry *e, struct tk_context *c)
{
	unsigned i;
	if (!e->inferred)
		return 0;
	c->n_candidates = e->n_candidates;
	for (i = 0; i < 8; i++)
		c->candidates[i] = e->candidates[i];
	return 1;
}
