/*
 * What kind of value an asn1c type descriptor describes, and the facts asn1c does not
 * keep (display hints, named bits), looked up by the descriptor's ASN.1 name in the
 * table tools/asn1gen.py generates.
 */
#include <stdlib.h>
#include <string.h>

#include <asn_application.h>
#include <constr_CHOICE.h>
#include <constr_SEQUENCE.h>
#include <constr_SEQUENCE_OF.h>
#include <constr_SET_OF.h>
#include <NativeInteger.h>
#include <NativeEnumerated.h>
#include <INTEGER.h>
#include <BOOLEAN.h>
#include <NULL.h>
#include <OCTET_STRING.h>
#include <BIT_STRING.h>
#include <OBJECT_IDENTIFIER.h>
#include <ANY.h>

#include "typeinfo.h"

static int cmp_name(const void *key, const void *elem)
{
	return strcmp((const char *)key, ((const struct tk_typeinfo *)elem)->name);
}

const struct tk_typeinfo *tk_typeinfo_find(const asn_TYPE_descriptor_t *td)
{
	if (!td || !td->name)
		return NULL;
	return bsearch(td->name, tk_gen_typeinfo, tk_gen_typeinfo_count, sizeof(tk_gen_typeinfo[0]),
		       cmp_name);
}

static int noop_cb(const void *buf, size_t size, void *key)
{
	(void)buf;
	(void)size;
	(void)key;
	return 0;
}

/*
 * asn1c 0.9.28 gives a type defined as another type (IMSI ::= TBCD-STRING) wrapper
 * functions that copy the base type's functions, members and specifics into the
 * descriptor the first time one of them runs, one level of the chain per call.  Calling
 * the print function with a NULL structure (it prints "<absent>" and returns) until the
 * function pointer stops changing completes that copy, after which the descriptor's
 * print function is the base type's and its members and specifics are filled in.
 */
void tk_td_settle(const asn_TYPE_descriptor_t *ctd)
{
	asn_TYPE_descriptor_t *td = (asn_TYPE_descriptor_t *)ctd;
	int i;

	for (i = 0; i < 32; i++) {
		asn_struct_print_f *before = td->print_struct;
		td->print_struct(td, NULL, 0, noop_cb, NULL);
		if (td->print_struct == before)
			return;
	}
}

static enum tk_kind kind_of(const asn_TYPE_descriptor_t *td);

enum tk_kind tk_td_kind(const asn_TYPE_descriptor_t *td)
{
	/* a descriptor whose print function is already a base type's needs no settling
	 * (that is every descriptor after its first use): skip the calls in the hot path */
	enum tk_kind k = kind_of(td);
	if (k != TK_KIND_UNKNOWN)
		return k;
	tk_td_settle(td);
	return kind_of(td);
}

static enum tk_kind kind_of(const asn_TYPE_descriptor_t *td)
{
	asn_struct_print_f *p = td->print_struct;

	if (p == SEQUENCE_print)
		return TK_KIND_SEQUENCE;
	if (p == CHOICE_print)
		return TK_KIND_CHOICE;
	if (p == SEQUENCE_OF_print)
		return TK_KIND_SEQUENCE_OF;
	if (p == SET_OF_print)
		return TK_KIND_SET_OF;
	if (p == NativeInteger_print)
		return TK_KIND_INTEGER;	/* and ENUMERATED: both print names via specifics */
	if (p == INTEGER_print)
		return TK_KIND_INTEGER;	/* INTEGER_t (not used by default in 0.9.28) */
	if (p == BOOLEAN_print)
		return TK_KIND_BOOLEAN;
	if (p == NULL_print)
		return TK_KIND_NULL;
	if (p == BIT_STRING_print)
		return TK_KIND_BIT_STRING;
	if (p == OBJECT_IDENTIFIER_print)
		return TK_KIND_OBJECT_IDENTIFIER;
	if (p == OCTET_STRING_print_utf8)
		return TK_KIND_STRING;
	if (p == OCTET_STRING_print) {
		const struct tk_typeinfo *ti = tk_typeinfo_find(td);
		if (td == &asn_DEF_ANY || (ti && ti->kind == TK_KIND_ANY))
			return TK_KIND_ANY;
		return TK_KIND_OCTET_STRING;
	}
	return TK_KIND_UNKNOWN;
}
