#ifndef TK_TYPEINFO_H
#define TK_TYPEINFO_H

#include <asn_application.h>

#include "typeinfo_gen.h"

const struct tk_typeinfo *tk_typeinfo_find(const asn_TYPE_descriptor_t *td);
void tk_td_settle(const asn_TYPE_descriptor_t *td);
enum tk_kind tk_td_kind(const asn_TYPE_descriptor_t *td);

#endif
