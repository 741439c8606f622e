/*
 * ISUP parameters that CAP carries inside OCTET STRINGs (ITU-T Q.763, ETSI EN 300 356-1):
 * numbers, cause indicators (Q.850), redirection information, calling party's category.
 *
 * Each function emits ONE value, an object that always holds "hex" (the raw octets) and,
 * when the octets do not follow the format, what could be decoded plus
 * "error": {"offset": N, "reason": "..."}.  Nothing is read outside p[0..n-1].
 */
#ifndef TK_ISUP_H
#define TK_ISUP_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"

/* which Q.763 number format the octets are in; CAP says which by the parameter's type */
enum tk_isup_number_kind {
	TK_ISUP_CALLED = 0,		/* Called Party Number, Q.763 3.9 */
	TK_ISUP_CALLING,		/* Calling Party Number, Q.763 3.10 */
	TK_ISUP_LOCATION,		/* Location Number, Q.763 3.30 (also CAP ChargeNumber) */
	TK_ISUP_REDIRECTING,		/* Redirecting Number, Q.763 3.44 (CAP RedirectingPartyID) */
	TK_ISUP_ORIGINAL_CALLED,	/* Original Called Number, Q.763 3.39 (CAP OriginalCalledPartyID) */
	TK_ISUP_GENERIC,		/* Generic Number, Q.763 3.26 (CAP Digits as a number) */
	TK_ISUP_GENERIC_DIGITS,		/* Generic Digits, Q.763 3.24 (CAP Digits as digits) */
};

/* a number in the format of kind: "nature", "numberingPlan", "digits", ... */
void tk_emit_isup_number(struct tk_emitter *e, const uint8_t *p, size_t n, enum tk_isup_number_kind kind);

/* Cause indicators, Q.763 3.12 / Q.850 2.1 */
void tk_emit_isup_cause(struct tk_emitter *e, const uint8_t *p, size_t n);
/* the same octets as a TS 24.008 10.5.4.11 cause (DTAP): coding standard 11 named by 24.008 */
void tk_emit_24008_cause(struct tk_emitter *e, const uint8_t *p, size_t n);

/* Redirection information, Q.763 3.45 */
void tk_emit_isup_redirection_info(struct tk_emitter *e, const uint8_t *p, size_t n);

/* Calling party's category, Q.763 3.11 */
void tk_emit_isup_calling_category(struct tk_emitter *e, const uint8_t *p, size_t n);

/* names (NULL for values outside the tables) */
/* Q.931 bearer capability / ISUP User Service Information (CAP bearerCap) */
void tk_emit_bearer_capability(struct tk_emitter *e, const uint8_t *p, size_t n);
/*
 * A list of ISUP parameters, each "parameter name (1 octet), length, value" as Q.763 codes
 * the optional part of a message: how TS 29.002 7.6.9 carries ISUP information elements
 * in an Ext-ExternalSignalInfo with ext-ProtocolId ets-300356.
 */
void tk_emit_isup_parameters(struct tk_emitter *e, const uint8_t *p, size_t n);
const char *tk_isup_cause_name(int value);		/* Q.850 cause value 0..127 */
const char *tk_isup_location_name(int location);	/* Q.850 location 0..15 */

#endif
