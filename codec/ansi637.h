/*
 * The IS-637 (TIA-637, 3GPP2 C.S0015) SMS teleservice layer: the bearer data of an SMS
 * teleservice message, as ANSI-41 MAP carries it in SMS_BearerData.
 */
#ifndef TK_ANSI637_H
#define TK_ANSI637_H

#include <stddef.h>
#include <stdint.h>

struct tk_emitter;

/*
 * The bearer data subparameters (C.S0015 4.5) of p[0..n) in order:
 * {"teleservice","teleserviceName","subparameters":[{"id","name","length",<fields>,"hex"}],
 * "hex","error"}.  teleservice is the SMS_TeleserviceIdentifier the octets belong to (-1 when
 * not known; it is only shown: the subparameters are read the same for every teleservice).
 */
void tk_emit_ansi637_bearer_data(struct tk_emitter *e, const uint8_t *p, size_t n, long teleservice);

/* 1 when the SMS_TeleserviceIdentifier names a teleservice whose bearer data are C.S0015
 * subparameters (4096 CMT-91 to 4103 CATPT) */
int tk_ansi637_is_teleservice(long teleservice);

#endif
