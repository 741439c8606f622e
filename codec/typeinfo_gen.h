/* Per-type facts asn1c does not keep, written by tools/asn1gen.py (tk_typeinfo_gen.c). */
#ifndef TK_TYPEINFO_GEN_H
#define TK_TYPEINFO_GEN_H

#include <stddef.h>

enum tk_kind {
	TK_KIND_UNKNOWN = 0,
	TK_KIND_INTEGER, TK_KIND_BOOLEAN, TK_KIND_NULL, TK_KIND_ENUMERATED, TK_KIND_REAL,
	TK_KIND_ANY, TK_KIND_CHOICE, TK_KIND_STRING, TK_KIND_SEQUENCE, TK_KIND_SET,
	TK_KIND_SEQUENCE_OF, TK_KIND_SET_OF, TK_KIND_OCTET_STRING, TK_KIND_BIT_STRING,
	TK_KIND_OBJECT_IDENTIFIER,
};

/* how users want to read a value: the standards' type names it derives from */
enum tk_hint {
	TK_HINT_NONE = 0,
	TK_HINT_TBCD,		/* TBCD-STRING: IMSI, IMEI, ... */
	TK_HINT_ADDRESS,	/* AddressString, ISDN-AddressString, FTN-AddressString */
	TK_HINT_USSD_STRING,	/* USSD-String: text in the coding of the sibling DCS */
	TK_HINT_USSD_DCS,	/* USSD-DataCodingScheme */
};

struct tk_named_bit {
	int bit;
	const char *name;
};

struct tk_typeinfo {
	const char *name;	/* generated ASN.1 name, e.g. "Map-IMSI" (= td->name) */
	enum tk_kind kind;
	enum tk_hint hint;
	const struct tk_named_bit *bits;
	size_t n_bits;
};

extern const struct tk_typeinfo tk_gen_typeinfo[];	/* sorted by name (strcmp) */
extern const size_t tk_gen_typeinfo_count;

#endif
