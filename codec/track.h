/* Dialogue tracking (track.c): transaction IDs -> the dialogue's application context. */
#ifndef TK_TRACK_H
#define TK_TRACK_H

#include <stddef.h>
#include <stdint.h>

#include "tcapkit/tcapkit.h"

struct tk_dlg_counters {
	uint64_t opened, closed, expired, evicted;
};

struct tk_dlg_table;
struct tk_dialogue_entry;

struct tk_dlg_table *tk_dlg_table_new(unsigned max, double timeout, struct tk_dlg_counters *ctr);
void tk_dlg_table_free(struct tk_dlg_table *t);
/* drop the dialogues idle for longer than the timeout */
void tk_dlg_expire(struct tk_dlg_table *t, double now);
/* the dialogue that allocated tid at endpoint; *exact 0 when only the ID matched */
struct tk_dialogue_entry *tk_dlg_find(struct tk_dlg_table *t, const uint8_t *tid, size_t tid_len,
				      const char *endpoint, int *exact);
/* a Begin: its OTID, allocated by endpoint (the calling side) */
struct tk_dialogue_entry *tk_dlg_open(struct tk_dlg_table *t, const uint8_t *otid, size_t otid_len,
				      const char *endpoint, const char *acn, double now);
/* a Continue: the responder's OTID (first time), a context its AARE names, activity */
void tk_dlg_answer(struct tk_dlg_table *t, struct tk_dialogue_entry *e, const uint8_t *otid, size_t otid_len,
		   const char *endpoint, const char *acn, double now);
void tk_dlg_close(struct tk_dlg_table *t, struct tk_dialogue_entry *e);
const char *tk_dlg_acn(const struct tk_dialogue_entry *e);
/* the dialogue's context was inferred: remember the candidates; later messages say so */
void tk_dlg_set_inferred(struct tk_dialogue_entry *e, const struct tk_context *c);
/* 1 (and the candidates copied into c) if the dialogue's context was inferred */
int tk_dlg_inferred(const struct tk_dialogue_entry *e, struct tk_context *c);
unsigned tk_dlg_count(const struct tk_dlg_table *t);

#endif
