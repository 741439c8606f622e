/*
 * TS 24.080 supplementary services: the Facility information element (clause 3.6), the
 * components of the operations and errors of SS-Protocol (clause 4.5).
 */
#ifndef TK_SS_H
#define TK_SS_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"
#include "tcapkit/tcapkit.h"

/*
 * The Facility contents as one object: "ber" (the TLV structure, as tk_emit_ber_tree
 * gives it), "components" (each as in a TCAP message: "type", "invokeId", "linkedId",
 * "opcode" + "operation" / "errorCode" + "error", "problemType" + "problem" +
 * "problemCode", "argument" / "result" / "parameter" decoded by its ASN.1 type, else
 * "parameterHex" + "parameterBer", and "decodeError"), "hex", and "error" for the first
 * problem.
 */
void tk_emit_ss_facility(struct tk_emitter *e, const uint8_t *p, size_t n);

/* an operation / error of TS 24.080 SS-Protocol by its local code, NULL if none */
const struct tk_operation_desc *tk_ss_operation(int code);
const struct tk_error_desc *tk_ss_error(int code);

#endif
