/* Per-type facts asn1c does not keep, written by tools/asn1gen.py (tk_typeinfo_gen.c). */
#ifndef TK_TYPEINFO_GEN_H
#define TK_TYPEINFO_GEN_H

#include <stddef.h>

struct asn_TYPE_descriptor_s;

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
	/* ISUP formats (ITU-T Q.763) in OCTET STRINGs: codec/isup.c */
	TK_HINT_ISUP_CALLED, TK_HINT_ISUP_CALLING, TK_HINT_ISUP_LOCATION, TK_HINT_ISUP_REDIRECTING,
	TK_HINT_ISUP_ORIGINAL_CALLED, TK_HINT_ISUP_GENERIC_NUMBER, TK_HINT_ISUP_GENERIC_DIGITS,
	TK_HINT_ISUP_CAUSE, TK_HINT_ISUP_REDIRECTION_INFO, TK_HINT_ISUP_CALLING_CATEGORY,
	TK_HINT_BCD_24008,	/* TS 24.008 called party BCD number */
	TK_HINT_TIME_AND_TIMEZONE, TK_HINT_DATE_AND_TIME,	/* CAP BCD time stamps */
	TK_HINT_SS_STATUS,	/* TS 29.002 SS-Status: Q, P, R, A bits (TS 23.011) */
	TK_HINT_FORW_OPTIONS,	/* TS 29.002 ForwardingOptions */
	TK_HINT_LEG_TYPE,	/* INAP/CAP LegType '01'H leg1, '02'H leg2 */
	TK_HINT_GLOBAL_CELL_ID,	/* TS 29.002 GlobalCellId: CGI, or LAI when 5 octets */
	TK_HINT_APN,		/* TS 23.003 access point name: length-prefixed labels */
	/* codec/gprs_qos.c, codec/classmark.c */
	TK_HINT_QOS, TK_HINT_EXT_QOS, TK_HINT_EXT2_QOS, TK_HINT_EXT3_QOS, TK_HINT_EXT4_QOS,
	TK_HINT_MS_CLASSMARK2, TK_HINT_IPSSP_CAPABILITIES,
	/* locations: codec/location.c */
	TK_HINT_CGI, TK_HINT_LAI, TK_HINT_TAI, TK_HINT_ECGI, TK_HINT_RAI, TK_HINT_PLMN, TK_HINT_GAD,
	/* codes with named values in TS 29.002 */
	TK_HINT_SS_CODE, TK_HINT_TS_CODE, TK_HINT_BS_CODE,
	/* codec/indicators.c */
	TK_HINT_CHARGE_INDICATOR, TK_HINT_CALL_DIVERSION_TREATMENT, TK_HINT_INTER_CUG_RESTRICTIONS,
	TK_HINT_MM_CODE, TK_HINT_SGSN_CAPABILITIES, TK_HINT_CAUSE_VALUE, TK_HINT_NA_OLI,
	TK_HINT_KEY_SET_ID, TK_HINT_UINT, TK_HINT_NAEA_CIC, TK_HINT_RNC_ID, TK_HINT_NR_CGI,
	TK_HINT_NR_TAI, TK_HINT_UU_INDICATOR, TK_HINT_UUI,
};

struct tk_code_name {
	unsigned value;
	const char *name;
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
	const struct tk_code_name *codes;	/* SS/TS/BS codes: named values of the first octet */
	size_t n_codes;
	/* CAP's BER-in-OCTET-STRING: the type whose encoding the OCTET STRING holds */
	const struct asn_TYPE_descriptor_s *contains;
};

extern const struct tk_typeinfo tk_gen_typeinfo[];	/* sorted by name (strcmp) */
extern const size_t tk_gen_typeinfo_count;

#endif
