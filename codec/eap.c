/*
 * EAP packets (RFC 3748 4) and the EAP-SIM / EAP-AKA / EAP-AKA' attributes (RFC 4186 8.1,
 * RFC 4187 8.1 and 10, RFC 5448 3.1-3.2, RFC 9048 4); see eap.h.
 */
#include <stdio.h>
#include <string.h>

#include "eap.h"
#include "inner.h"
#include "names.h"

/* RFC 3748 4: Code; 5 and 6 by RFC 6696 5.1 */
static const struct tk_value_string code_names[] = {
	{ 1, "Request" },
	{ 2, "Response" },
	{ 3, "Success" },
	{ 4, "Failure" },
	{ 5, "Initiate" },
	{ 6, "Finish" },
	{ 0, NULL }
};

/* RFC 3748 5 and the IANA registry of EAP method types */
static const struct tk_value_string type_names[] = {
	{ 1, "Identity" },
	{ 2, "Notification" },
	{ 3, "Legacy Nak" },
	{ 4, "MD5-Challenge" },
	{ 5, "One-Time Password (OTP)" },
	{ 6, "Generic Token Card (GTC)" },
	{ 13, "EAP-TLS" },
	{ 18, "EAP-SIM" },
	{ 21, "EAP-TTLS" },
	{ 23, "EAP-AKA" },
	{ 25, "PEAP" },
	{ 43, "EAP-FAST" },
	{ 47, "EAP-PSK" },
	{ 48, "EAP-SAKE" },
	{ 49, "EAP-IKEv2" },
	{ 50, "EAP-AKA'" },
	{ 51, "EAP-GPSK" },
	{ 52, "EAP-pwd" },
	{ 53, "EAP-EKE" },
	{ 55, "TEAP" },
	{ 254, "Expanded Types" },
	{ 255, "Experimental" },
	{ 0, NULL }
};

#define TYPE_SIM 18
#define TYPE_AKA 23
#define TYPE_AKA_PRIME 50

/* RFC 4187 11 (EAP-AKA and EAP-AKA' subtypes), RFC 4186 11 (EAP-SIM) */
static const struct tk_value_string aka_subtype_names[] = {
	{ 1, "AKA-Challenge" },
	{ 2, "AKA-Authentication-Reject" },
	{ 4, "AKA-Synchronization-Failure" },
	{ 5, "AKA-Identity" },
	{ 12, "AKA-Notification" },
	{ 13, "AKA-Reauthentication" },
	{ 14, "AKA-Client-Error" },
	{ 0, NULL }
};

static const struct tk_value_string sim_subtype_names[] = {
	{ 10, "SIM/Start" },
	{ 11, "SIM/Challenge" },
	{ 12, "SIM/Notification" },
	{ 13, "SIM/Re-authentication" },
	{ 14, "SIM/Client-Error" },
	{ 0, NULL }
};

/* how an attribute's value (after its type and length octets) is laid out */
enum layout {
	L_HEX,			/* unknown: hex */
	L_RESERVED,		/* two reserved octets only */
	L_RESERVED_16,		/* two reserved octets, 16 octets */
	L_RESERVED_HEX,		/* two reserved octets, the rest in hex */
	L_AUTS,			/* 14 octets, no reserved octets */
	L_RES,			/* RES length in bits (2 octets), RES, padding */
	L_STRING,		/* actual length (2 octets), the string, padding */
	L_VALUE16,		/* a 2-octet value, reserved octets after it */
	L_NOTIFICATION,		/* S bit, P bit, 14-bit code */
	L_CHECKCODE,		/* two reserved octets, 0, 20 or 32 octets */
	L_BIDDING,		/* D bit, reserved */
	L_VERSION_LIST,		/* actual length (2 octets), 2-octet versions, padding */
};

/* RFC 4187 11 / RFC 4186 11 / RFC 5448 / RFC 9048 attribute types: name, layout, the key of
 * its field */
static const struct attribute {
	uint8_t type;
	uint8_t layout;
	const char *name;
	const char *key;
} attributes[] = {
	{ 1, L_RESERVED_16, "AT_RAND", "rand" },
	{ 2, L_RESERVED_16, "AT_AUTN", "autn" },
	{ 3, L_RES, "AT_RES", "res" },
	{ 4, L_AUTS, "AT_AUTS", "auts" },
	{ 6, L_HEX, "AT_PADDING", "padding" },
	{ 7, L_RESERVED_16, "AT_NONCE_MT", "nonceMt" },
	{ 10, L_RESERVED, "AT_PERMANENT_ID_REQ", NULL },
	{ 11, L_RESERVED_16, "AT_MAC", "mac" },
	{ 12, L_NOTIFICATION, "AT_NOTIFICATION", NULL },
	{ 13, L_RESERVED, "AT_ANY_ID_REQ", NULL },
	{ 14, L_STRING, "AT_IDENTITY", "identity" },
	{ 15, L_VERSION_LIST, "AT_VERSION_LIST", "versions" },
	{ 16, L_VALUE16, "AT_SELECTED_VERSION", "selectedVersion" },
	{ 17, L_RESERVED, "AT_FULLAUTH_ID_REQ", NULL },
	{ 19, L_VALUE16, "AT_COUNTER", "counter" },
	{ 20, L_RESERVED, "AT_COUNTER_TOO_SMALL", NULL },
	{ 21, L_RESERVED_16, "AT_NONCE_S", "nonceS" },
	{ 22, L_VALUE16, "AT_CLIENT_ERROR_CODE", "clientErrorCode" },
	{ 23, L_STRING, "AT_KDF_INPUT", "networkName" },
	{ 24, L_VALUE16, "AT_KDF", "kdf" },
	{ 129, L_RESERVED_16, "AT_IV", "iv" },
	{ 130, L_RESERVED_HEX, "AT_ENCR_DATA", "encryptedData" },
	{ 132, L_STRING, "AT_NEXT_PSEUDONYM", "nextPseudonym" },
	{ 133, L_STRING, "AT_NEXT_REAUTH_ID", "nextReauthId" },
	{ 134, L_CHECKCODE, "AT_CHECKCODE", "checkcode" },
	{ 135, L_RESERVED, "AT_RESULT_IND", NULL },
	{ 136, L_BIDDING, "AT_BIDDING", NULL },
};

/* RFC 4187 10.19 AT_NOTIFICATION codes (the whole 16-bit value, S and P bits included) */
static const struct tk_value_string notification_names[] = {
	{ 0, "General failure after authentication" },
	{ 1026, "User has been temporarily denied access" },
	{ 1031, "User has not subscribed to the requested service" },
	{ 16384, "General failure" },
	{ 32768, "Success" },
	{ 0, NULL }
};

/* RFC 4187 10.20 AT_CLIENT_ERROR_CODE */
static const struct tk_value_string client_error_names[] = {
	{ 0, "unable to process packet" },
	{ 0, NULL }
};

/* RFC 5448 3.2 / RFC 9048 AT_KDF: key derivation functions */
static const struct tk_value_string kdf_names[] = {
	{ 1, "EAP-AKA' with CK'/IK'" },
	{ 0, NULL }
};

/* the fields of one attribute's value v[0..len) (len a multiple of 4, less 2), at base */
static void attribute_value(struct tk_emitter *e, const struct attribute *a, const uint8_t *v,
			    size_t len, size_t base, struct tk_inner_err *er)
{
	size_t k, i;

	switch (a->layout) {
	case L_RESERVED:
		break;
	case L_RESERVED_16:
		if (len != 18)
			tk_inner_fail(er, base, "%s of %zu octets, 18 expected", a->name, len);
		else
			tk_emit_kv_hex(e, a->key, v + 2, 16);
		break;
	case L_RESERVED_HEX:
		if (len > 2)
			tk_emit_kv_hex(e, a->key, v + 2, len - 2);
		break;
	case L_AUTS:
		if (len != 14)
			tk_inner_fail(er, base, "%s of %zu octets, 14 expected", a->name, len);
		else
			tk_emit_kv_hex(e, a->key, v, 14);
		break;
	case L_RES:
		k = (size_t)v[0] << 8 | v[1];
		tk_emit_kv_long(e, "resLengthBits", (long)k);
		/* RFC 4187 10.8: 32 to 128 bits; the value is rounded up to whole octets */
		if ((k + 7) / 8 > len - 2)
			tk_inner_fail(er, base, "a RES of %zu bits in %zu octets", k, len - 2);
		else
			tk_emit_kv_hex(e, a->key, v + 2, (k + 7) / 8);
		break;
	case L_STRING:
		k = (size_t)v[0] << 8 | v[1];
		tk_emit_kv_long(e, "actualLength", (long)k);
		if (k > len - 2)
			tk_inner_fail(er, base, "%s of actual length %zu in %zu octets", a->name, k,
				      len - 2);
		else
			tk_inner_text_or_hex(e, a->key, v + 2, k);
		break;
	case L_VALUE16:
		k = (size_t)v[0] << 8 | v[1];
		tk_emit_kv_long(e, a->type == 24 ? "kdfValue" : a->key, (long)k);
		if (a->type == 24)
			tk_inner_emit_name(e, "kdf", kdf_names, NULL, "unassigned", (long)k);
		else if (a->type == 22)
			tk_inner_emit_name(e, "clientError", client_error_names, NULL, "unassigned",
					   (long)k);
		break;
	case L_NOTIFICATION:
		k = (size_t)v[0] << 8 | v[1];
		/* S (bit 16): success; P (bit 15): 0 after the challenge round, 1 before */
		tk_emit_kv_bool(e, "successBit", k & 0x8000);
		tk_emit_kv_bool(e, "phaseBit", k & 0x4000);
		tk_emit_kv_long(e, "notificationCode", (long)k);
		tk_inner_emit_name(e, "notification", notification_names, NULL, "unassigned", (long)k);
		break;
	case L_CHECKCODE:
		/* RFC 4187 10.13: empty or a 20-octet hash; RFC 5448 3.3 (EAP-AKA'): 32 octets */
		if (len != 2 && len != 22 && len != 34)
			tk_inner_fail(er, base, "AT_CHECKCODE of %zu octets", len);
		else if (len > 2)
			tk_emit_kv_hex(e, a->key, v + 2, len - 2);
		break;
	case L_BIDDING:
		/* RFC 9048 4: D (the most significant bit): the server supports EAP-AKA' */
		tk_emit_kv_bool(e, "akaPrimeSupported", v[0] & 0x80);
		break;
	case L_VERSION_LIST:
		k = (size_t)v[0] << 8 | v[1];
		tk_emit_kv_long(e, "actualLength", (long)k);
		if (k > len - 2 || k % 2) {
			tk_inner_fail(er, base, "AT_VERSION_LIST of actual length %zu in %zu octets",
				      k, len - 2);
			break;
		}
		tk_emit_key(e, a->key);
		tk_emit_open(e, 1);
		for (i = 0; i < k; i += 2)
			tk_emit_long(e, (long)v[2 + i] << 8 | v[3 + i]);
		tk_emit_close(e, 1);
		break;
	default:
		tk_emit_kv_hex(e, a->key ? a->key : "value", v, len);
		break;
	}
}

/* the attributes p[0..n) at base: type, length (in units of 4 octets), value */
static void emit_attributes(struct tk_emitter *e, const uint8_t *p, size_t n, size_t base,
			    struct tk_inner_err *er)
{
	size_t i = 0, len, c;

	tk_emit_key(e, "attributes");
	tk_emit_open(e, 1);
	while (i < n) {
		if (n - i < 2) {
			tk_inner_fail(er, base + i, "truncated: an attribute without its length");
			break;
		}
		len = 4u * p[i + 1];
		if (len == 0) {
			tk_inner_fail(er, base + i + 1, "an attribute of length 0");
			break;
		}
		if (len > n - i) {
			tk_inner_fail(er, base + i + 1, "attribute of %zu octets, %zu present", len,
				      n - i);
			break;
		}
		for (c = 0; c < sizeof(attributes) / sizeof(attributes[0]); c++)
			if (attributes[c].type == p[i])
				break;
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "typeValue", p[i]);
		if (c < sizeof(attributes) / sizeof(attributes[0]))
			tk_emit_kv_str(e, "type", attributes[c].name);
		else
			/* RFC 4187 8.1: 0-127 non-skippable, 128-255 skippable */
			tk_emit_kv_str(e, "type", p[i] < 128 ? "unknown (non-skippable)" :
				       "unknown (skippable)");
		tk_emit_kv_long(e, "length", (long)len);
		if (c < sizeof(attributes) / sizeof(attributes[0]))
			attribute_value(e, &attributes[c], p + i + 2, len - 2, base + i, er);
		else
			tk_emit_kv_hex(e, "value", p + i + 2, len - 2);
		tk_emit_close(e, 0);
		i += len;
	}
	tk_emit_close(e, 1);
}

/* the type data of a request or response d[0..n) at base */
static void type_data(struct tk_emitter *e, unsigned type, const uint8_t *d, size_t n, size_t base,
		      struct tk_inner_err *er)
{
	size_t i;

	switch (type) {
	case 1:	/* RFC 3748 5.1 Identity */
	case 2:	/* 5.2 Notification: displayable text */
		tk_inner_text_or_hex(e, type == 1 ? "identity" : "notification", d, n);
		return;
	case 3:	/* 5.3.1 Legacy Nak: the desired authentication types */
		tk_emit_key(e, "desiredAuthTypes");
		tk_emit_open(e, 1);
		for (i = 0; i < n; i++) {
			tk_emit_open(e, 0);
			tk_emit_kv_long(e, "typeValue", d[i]);
			tk_inner_emit_name(e, "type", type_names, NULL, "unassigned", d[i]);
			tk_emit_close(e, 0);
		}
		tk_emit_close(e, 1);
		return;
	case TYPE_SIM:
	case TYPE_AKA:
	case TYPE_AKA_PRIME:
		/* RFC 4187 8.1: subtype, two reserved octets, attributes */
		if (n < 3) {
			tk_inner_fail(er, base, "truncated: an EAP-%s packet needs a subtype and two "
				      "reserved octets", type == TYPE_SIM ? "SIM" : "AKA");
			if (n > 0)
				tk_emit_kv_hex(e, "typeData", d, n);
			return;
		}
		tk_emit_kv_long(e, "subtypeValue", d[0]);
		tk_inner_emit_name(e, "subtype", type == TYPE_SIM ? sim_subtype_names :
				   aka_subtype_names, NULL, "unassigned", d[0]);
		emit_attributes(e, d + 3, n - 3, base + 3, er);
		return;
	default:
		if (n > 0)
			tk_emit_kv_hex(e, "typeData", d, n);
		return;
	}
}

void tk_emit_eap(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t len;

	n = tk_inner_start(e, &er, p, n);
	/* code, identifier, length (2 octets: the whole packet), data */
	if (n < 4) {
		tk_inner_fail(&er, n, "truncated: an EAP packet has at least 4 octets, %zu present", n);
		goto out;
	}
	tk_emit_kv_long(e, "codeValue", p[0]);
	tk_inner_emit_name(e, "code", code_names, NULL, "unassigned", p[0]);
	tk_emit_kv_long(e, "identifier", p[1]);
	len = (size_t)p[2] << 8 | p[3];
	tk_emit_kv_long(e, "length", (long)len);
	if (len < 4) {
		tk_inner_fail(&er, 2, "an EAP length of %zu, at least 4", len);
		goto out;
	}
	if (len > n) {
		tk_inner_fail(&er, 2, "an EAP length of %zu, %zu octets present", len, n);
		len = n;
	} else if (len < n) {
		tk_inner_fail(&er, len, "%zu octets after the EAP packet", n - len);
	}
	if (p[0] == 1 || p[0] == 2) {
		/* RFC 3748 4.1: the type, then its data */
		if (len < 5) {
			tk_inner_fail(&er, len, "truncated: an EAP request or response has a type");
			goto out;
		}
		tk_emit_kv_long(e, "typeValue", p[4]);
		tk_inner_emit_name(e, "type", type_names, NULL, "unassigned", p[4]);
		type_data(e, p[4], p + 5, len - 5, 5, &er);
	} else if ((p[0] == 3 || p[0] == 4) && len != 4) {
		/* RFC 3748 4.2: a success or failure is the 4-octet header only */
		tk_inner_fail(&er, 4, "an EAP %s with %zu data octets", p[0] == 3 ? "Success" :
			      "Failure", len - 4);
	} else if (len > 4) {
		tk_emit_kv_hex(e, "data", p + 4, len - 4);
	}
out:
	tk_inner_finish(e, p, n, &er);
}
