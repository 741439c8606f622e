/* Tables written by tools/asn1gen.py into the build tree (tk_registry_gen.c). */
#ifndef TK_REGISTRY_GEN_H
#define TK_REGISTRY_GEN_H

#include <stddef.h>
#include <stdint.h>

#include <asn_application.h>

#include "tcapkit/tcapkit.h"

extern const struct tk_error_desc tk_gen_errors[];
extern const size_t tk_gen_errors_count;
extern const struct tk_operation_desc tk_gen_operations[];
extern const size_t tk_gen_operations_count;
extern const uint16_t tk_gen_error_refs[];
extern const struct tk_context_desc tk_gen_contexts[];	/* sorted by OID arcs */
extern const size_t tk_gen_contexts_count;
extern const uint16_t tk_gen_context_ops[];

#endif
