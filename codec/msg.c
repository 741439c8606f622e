/* Message and value lifetime, errors, and small helpers of the public API. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <asn_application.h>

#include "internal.h"

enum tk_status tk_error_set(struct tk_error *e, enum tk_status code, enum tk_layer layer,
			    size_t offset, const char *fmt, ...)
{
	va_list ap;

	e->code = code;
	e->layer = layer;
	e->offset = offset;
	va_start(ap, fmt);
	vsnprintf(e->reason, sizeof(e->reason), fmt, ap);
	va_end(ap);
	return code;
}

enum tk_status tk_value_decode(const struct asn_TYPE_descriptor_s *type, const uint8_t *buf,
			       size_t len, struct tk_value *out, struct tk_error *err)
{
	asn_TYPE_descriptor_t *td = (asn_TYPE_descriptor_t *)type;
	asn_codec_ctx_t ctx = { TK_ASN1C_MAX_STACK };
	asn_dec_rval_t rv;
	void *sptr = NULL;

	out->type = NULL;
	out->sptr = NULL;
	if (!type || (!buf && len))
		return tk_error_set(err, TK_ERR_INVALID_ARG, TK_LAYER_NONE, 0, "no type or buffer");
	rv = ber_decode(&ctx, td, &sptr, buf, len);
	if (rv.code != RC_OK) {
		ASN_STRUCT_FREE(*td, sptr);
		return tk_error_set(err, rv.code == RC_WMORE ? TK_ERR_TRUNCATED : TK_ERR_VALUE, TK_LAYER_NONE,
				    rv.consumed, "%s: %s after %zu of %zu bytes", td->name,
				    rv.code == RC_WMORE ? "data ends" :
				    "invalid encoding or an element the standard does not allow",
				    rv.consumed, len);
	}
	if (rv.consumed != len) {
		ASN_STRUCT_FREE(*td, sptr);
		return tk_error_set(err, TK_ERR_TRAILING, TK_LAYER_NONE, rv.consumed,
				    "%s ends after %zu of %zu bytes", td->name, rv.consumed, len);
	}
	out->type = type;
	out->sptr = sptr;
	return TK_OK;
}

void tk_value_free(struct tk_value *v)
{
	if (v && v->type && v->sptr) {
		asn_TYPE_descriptor_t *td = (asn_TYPE_descriptor_t *)v->type;
		ASN_STRUCT_FREE(*td, v->sptr);
	}
	if (v) {
		v->type = NULL;
		v->sptr = NULL;
	}
}

void tk_msg_free(struct tk_msg *m)
{
	size_t i;

	if (!m)
		return;
	for (i = 0; i < m->n_components; i++)
		tk_component_free(&m->components[i]);
	free(m->components);
	tk_dialogue_free(&m->dialogue);
	free(m);
}

long tk_hex_to_bytes(const char *hex, uint8_t *out, size_t out_size)
{
	size_t n = 0;
	int hi = -1;

	for (; *hex; hex++) {
		int v;
		if (isspace((unsigned char)*hex))
			continue;
		if (*hex >= '0' && *hex <= '9')
			v = *hex - '0';
		else if (*hex >= 'a' && *hex <= 'f')
			v = *hex - 'a' + 10;
		else if (*hex >= 'A' && *hex <= 'F')
			v = *hex - 'A' + 10;
		else
			return -1;
		if (hi < 0) {
			hi = v;
		} else {
			if (n >= out_size)
				return -1;
			out[n++] = (uint8_t)(hi << 4 | v);
			hi = -1;
		}
	}
	return hi < 0 ? (long)n : -1;
}

int tk_oid_check(const char *s)
{
	int arcs = 0, digits = 0;

	if (!s || !*s)
		return -1;
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9') {
			if (++digits > 18)
				return -1;
		} else if (*s == '.') {
			if (!digits)
				return -1;
			arcs++;
			digits = 0;
		} else {
			return -1;
		}
	}
	return digits && arcs >= 1 ? 0 : -1;
}
