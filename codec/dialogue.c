/*
 * Dialogue portion (ITU-T Q.773 clause 4.2.3): an EXTERNAL whose direct-reference names
 * the dialogue abstract syntax and whose single-ASN1-type is a DialoguePDU (AARQ, AARE,
 * ABRT) or a UniDialoguePDU (AUDT).  The EXTERNAL and the PDUs are decoded with the
 * asn1c code generated from asn1/tcap; the user information of the PDU (MAP-OPEN,
 * CAP U-ABORT reason, ...) with the code generated from the protocol's own module.
 */
#include <stdlib.h>
#include <string.h>

#include <asn_application.h>
#include <Tcap-EXTERNAL-X208.h>
#include <Tcap-DialoguePDU.h>
#include <Tcap-UniDialoguePDU.h>

#include "internal.h"

#define OID_DIALOGUE_AS "0.0.17.773.1.1.1"	/* Q.773 dialogue-as-id */
#define OID_UNIDIALOGUE_AS "0.0.17.773.1.2.1"	/* Q.773 uniDialogue-as-id */

extern asn_TYPE_descriptor_t asn_DEF_Map_MAP_DialoguePDU;
extern asn_TYPE_descriptor_t asn_DEF_Cap4_CAP_U_ABORT_REASON;

/* user information abstract syntaxes we know the type of */
static const struct {
	const char *oid;
	asn_TYPE_descriptor_t *type;
} user_info_syntaxes[] = {
	{ "0.4.0.0.1.1.1.1", &asn_DEF_Map_MAP_DialoguePDU },	/* TS 29.002 map-DialogueAS */
	{ "0.4.0.0.1.1.2.2", &asn_DEF_Cap4_CAP_U_ABORT_REASON },	/* TS 29.078 id-CAP-U-ABORT-Reason */
};

/* decode with asn1c (tk_value_decode); a failure is reported at the dialogue layer, at
 * the offset of the dialogue portion plus where asn1c stopped */
static enum tk_status asn_decode(asn_TYPE_descriptor_t *td, const uint8_t *buf, size_t len,
				 size_t off, void **sptr, struct tk_error *err)
{
	struct tk_value v;
	enum tk_status s = tk_value_decode(td, buf, len, &v, err);

	*sptr = v.sptr;
	if (s != TK_OK) {
		err->layer = TK_LAYER_DIALOGUE;
		err->offset += off;
	}
	return s;
}

static void oid_text(const OBJECT_IDENTIFIER_t *o, char *out, size_t n)
{
	if (!o || tk_oid_to_dotted(o->buf, (size_t)o->size, out, n) != 0)
		out[0] = '\0';
}

/* first EXTERNAL of the PDU's user-information: keep it raw and decode what we know */
static enum tk_status user_information(const uint8_t *msg, const struct Tcap_EXTERNAL_X208 *ext,
				       struct tk_dialogue *d, struct tk_error *err)
{
	size_t i;
	const ANY_t *any;

	oid_text(ext->direct_reference, d->user_info_oid, sizeof(d->user_info_oid));
	if (ext->encoding.present != Tcap_EXTERNAL_X208__encoding_PR_single_ASN1_type)
		return TK_OK;	/* octet-aligned or arbitrary: kept as it is, not decoded */
	any = &ext->encoding.choice.single_ASN1_type;
	/* asn1c copies ANY content: the bytes live in the decoded PDU (d->pdu_value), and
	 * their offset is given as the dialogue portion's */
	d->user_info.ptr = any->buf;
	d->user_info.len = (size_t)any->size;
	d->user_info.offset = d->offset;
	(void)msg;
	for (i = 0; i < TK_ARRAY_SIZE(user_info_syntaxes); i++) {
		if (strcmp(d->user_info_oid, user_info_syntaxes[i].oid) != 0)
			continue;
		if (asn_decode(user_info_syntaxes[i].type, any->buf, (size_t)any->size, d->offset,
			       &d->user_value.sptr, err) != TK_OK)
			return err->code;
		d->user_value.type = user_info_syntaxes[i].type;
		return TK_OK;
	}
	return TK_OK;		/* an abstract syntax we do not know: kept as hex */
}

static void protocol_version(const BIT_STRING_t *pv, struct tk_dialogue *d)
{
	unsigned v = 0;
	int i;

	if (!pv)
		return;		/* DEFAULT { version1 } */
	d->has_protocol_version = 1;
	for (i = 0; i < pv->size && i < 4; i++)
		v |= (unsigned)pv->buf[i] << (8 * (3 - i));
	/* bit 0 (version1) is the most significant bit of the first octet */
	d->protocol_version = 0;
	for (i = 0; i < 32; i++)
		if (v & (0x80000000u >> i))
			d->protocol_version |= 1u << i;
}

enum tk_status tk_dialogue_decode(const uint8_t *msg, size_t msg_len, size_t off, size_t len,
				  int unidirectional, struct tk_dialogue *d, struct tk_error *err)
{
	Tcap_EXTERNAL_X208_t *ext = NULL;
	void *pdu = NULL;
	char as_oid[96];
	enum tk_status s, uis = TK_OK;
	const ANY_t *any;

	(void)msg_len;
	d->offset = off;
	s = asn_decode(&asn_DEF_Tcap_EXTERNAL_X208, msg + off, len, off, (void **)&ext, err);
	if (s != TK_OK)
		return s;
	oid_text(ext->direct_reference, as_oid, sizeof(as_oid));
	if (ext->encoding.present != Tcap_EXTERNAL_X208__encoding_PR_single_ASN1_type) {
		s = tk_error_set(err, TK_ERR_UNEXPECTED_TAG, TK_LAYER_DIALOGUE, off,
				 "dialogue portion is not encoded as single-ASN1-type");
		goto out;
	}
	any = &ext->encoding.choice.single_ASN1_type;
	if (strcmp(as_oid, unidirectional ? OID_UNIDIALOGUE_AS : OID_DIALOGUE_AS) != 0) {
		s = tk_error_set(err, TK_ERR_VALUE, TK_LAYER_DIALOGUE, off,
				 "dialogue abstract syntax %s, expected %s", as_oid[0] ? as_oid : "(absent)",
				 unidirectional ? OID_UNIDIALOGUE_AS : OID_DIALOGUE_AS);
		goto out;
	}
	if (unidirectional) {
		Tcap_UniDialoguePDU_t *u;
		s = asn_decode(&asn_DEF_Tcap_UniDialoguePDU, any->buf, (size_t)any->size, off, &pdu, err);
		if (s != TK_OK)
			goto out;
		u = pdu;
		d->pdu_value.type = &asn_DEF_Tcap_UniDialoguePDU;
		d->pdu_value.sptr = pdu;
		if (u->present == Tcap_UniDialoguePDU_PR_unidialoguePDU) {
			const Tcap_AUDT_apdu_t *a = &u->choice.unidialoguePDU;
			d->pdu = TK_DLG_AUDT;
			protocol_version(a->protocol_version, d);
			oid_text(&a->application_context_name, d->acn, sizeof(d->acn));
			if (a->user_information && a->user_information->list.count > 0)
				uis = user_information(msg, a->user_information->list.array[0], d, err);
		}
	} else {
		Tcap_DialoguePDU_t *p;
		s = asn_decode(&asn_DEF_Tcap_DialoguePDU, any->buf, (size_t)any->size, off, &pdu, err);
		if (s != TK_OK)
			goto out;
		p = pdu;
		d->pdu_value.type = &asn_DEF_Tcap_DialoguePDU;
		d->pdu_value.sptr = pdu;
		switch (p->present) {
		case Tcap_DialoguePDU_PR_dialogueRequest: {
			const Tcap_AARQ_apdu_t *a = &p->choice.dialogueRequest;
			d->pdu = TK_DLG_AARQ;
			protocol_version(a->protocol_version, d);
			oid_text(&a->application_context_name, d->acn, sizeof(d->acn));
			if (a->user_information && a->user_information->list.count > 0)
				uis = user_information(msg, a->user_information->list.array[0], d, err);
			break;
		}
		case Tcap_DialoguePDU_PR_dialogueResponse: {
			const Tcap_AARE_apdu_t *a = &p->choice.dialogueResponse;
			d->pdu = TK_DLG_AARE;
			protocol_version(a->protocol_version, d);
			oid_text(&a->application_context_name, d->acn, sizeof(d->acn));
			d->has_result = 1;
			d->result = a->result;
			d->has_diagnostic = 1;
			d->diagnostic_is_provider = a->result_source_diagnostic.present ==
				Tcap_Associate_source_diagnostic_PR_dialogue_service_provider;
			d->diagnostic = d->diagnostic_is_provider ?
				a->result_source_diagnostic.choice.dialogue_service_provider :
				a->result_source_diagnostic.choice.dialogue_service_user;
			if (a->user_information && a->user_information->list.count > 0)
				uis = user_information(msg, a->user_information->list.array[0], d, err);
			break;
		}
		case Tcap_DialoguePDU_PR_dialogueAbort: {
			const Tcap_ABRT_apdu_t *a = &p->choice.dialogueAbort;
			d->pdu = TK_DLG_ABRT;
			d->has_abort_source = 1;
			d->abort_source = a->abort_source;
			if (a->user_information && a->user_information->list.count > 0)
				uis = user_information(msg, a->user_information->list.array[0], d, err);
			break;
		}
		default:
			break;
		}
	}
	/* the PDU decoded; a user information that does not is reported, the rest is kept */
	s = uis;
out:
	ASN_STRUCT_FREE(asn_DEF_Tcap_EXTERNAL_X208, ext);
	return s;
}

void tk_dialogue_free(struct tk_dialogue *d)
{
	tk_value_free(&d->pdu_value);
	tk_value_free(&d->user_value);
}
