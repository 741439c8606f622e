/*
 * ANSI-41 MAP (TIA-41 / 3GPP2 X.S0004) over ANSI TCAP: the operation names of the MAP
 * operation family and the parameters of a component's parameter set.
 */
#ifndef TK_ANSI41_H
#define TK_ANSI41_H

#include <stddef.h>
#include <stdint.h>

struct tk_emitter;

/*
 * The name of an ANSI TCAP operation code (T1.114: Private codes of two octets, operation
 * family then specifier) as X.S0004-540 names the MAP operations (family 9, with or
 * without the reply-required bit H); NULL for National codes, other families and unknown
 * specifiers.
 */
const char *tk_ansi41_operation_name(int national, long code);

/*
 * The name of an ANSI TCAP error code (a returnError's Private error code) as X.S0004-540
 * names the TIA-41 MAP errors (129 UnrecognizedMIN ... 140 MissingParameter); NULL for
 * National codes and other values.
 */
const char *tk_ansi41_error_name(int national, long code);

/* 1 when the code is an operation of the ANSI-41 MAP family */
int tk_ansi41_is_map_operation(int national, long code);

/*
 * A component's parameter TLV (the parameter set, PRIVATE 18, or a SEQUENCE) as ANSI-41
 * parameters: {"elements":[{"identifier":n,"name":...,<fields>,"hex"}...],"hex","error"}.
 * Known parameters (X.S0004-550) are decoded field by field; unknown identifiers keep
 * their BER structure ("ber"); a constructed parameter lists its own "elements".
 */
void tk_emit_ansi41_parameters(struct tk_emitter *e, const uint8_t *p, size_t n);

/*
 * What the parameters of a component depend on beyond their own octets.  SMS_BearerData is
 * the only such parameter so far: its contents are IS-683 OTASP data (forward link in an
 * invoke, reverse link in its result) when the invoke's ServiceIndicator says CDMA OTASP, and
 * the IS-637 teleservice layer otherwise.  A result carries neither the operation nor the
 * ServiceIndicator: they come from its invoke, when the caller matched it.
 */
struct tk_ansi41_ctx {
	int invoke;		/* 1: the parameters of an invoke; 0: of a result or an error */
	long operation;		/* the invoke's Private operation code; -1 unknown or National */
	int service_indicator;	/* the invoke's ServiceIndicator; -1 unknown or absent */
	long teleservice;	/* the invoke's SMS_TeleserviceIdentifier; -1 unknown or absent */
};

/*
 * tk_emit_ansi41_parameters with a context (NULL: nothing known).  A ServiceIndicator or
 * SMS_TeleserviceIdentifier in the set itself takes precedence over the context's.
 */
void tk_emit_ansi41_parameters_ctx(struct tk_emitter *e, const uint8_t *p, size_t n,
				   const struct tk_ansi41_ctx *ctx);

#endif
