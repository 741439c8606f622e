/*
 * BSSAP (3GPP TS 48.006) as MAP carries it in AN-APDU signalInfo with the access network
 * protocol ts3G-48006 (inter-MSC handover, TS 29.010): a discriminator octet, then a
 * BSSMAP message (TS 48.008: length, message type, information elements) or a DTAP
 * message (DLCI, length, a TS 24.008 layer 3 message).  Names and the IE layout come
 * from libosmocore (gsm0808_bssmap_name, gsm0808_att_tlvdef, gsm48_pdisc_msgtype_name);
 * the IEs are listed by identifier with their value in hex.
 */
#include <string.h>

#include <osmocom/gsm/gsm0808.h>
#include <osmocom/gsm/protocol/gsm_04_08.h>
#include <osmocom/gsm/tlv.h>

#include "bssap.h"
#include "inner.h"

static void bssmap(struct tk_emitter *e, const uint8_t *p, size_t n, struct tk_inner_err *er)
{
	size_t len, off;

	if (n < 2) {
		tk_inner_fail(er, 1, "BSSMAP without its length octet");
		return;
	}
	len = p[1];
	if (len == 0 || 2 + len > n) {
		tk_inner_fail(er, 1, "BSSMAP length %zu, %zu octets follow", len, n - 2);
		len = n - 2 < len ? n - 2 : len;	/* decode what is there */
		if (len == 0)
			return;		/* not even the message type */
	}
	tk_emit_kv_long(e, "messageType", p[2]);
	tk_emit_kv_str(e, "message", gsm0808_bssmap_name(p[2]));
	tk_emit_key(e, "ies");
	tk_emit_open(e, 1);
	off = 3;
	while (off < 2 + len) {
		uint8_t tag;
		uint16_t vlen;
		const uint8_t *val;
		int used = tlv_parse_one(&tag, &vlen, &val, gsm0808_att_tlvdef(), p + off, 2 + len - off);
		if (used <= 0 || (size_t)used > 2 + len - off) {
			tk_inner_fail(er, off, "information element 0x%02x runs past the message", p[off]);
			break;
		}
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "iei", tag);
		if (vlen)
			tk_emit_kv_hex(e, "value", val, vlen);
		tk_emit_close(e, 0);
		off += (size_t)used;
	}
	tk_emit_close(e, 1);
	if (2 + len < n)
		tk_inner_fail(er, 2 + len, "%zu octets after the BSSMAP message", n - 2 - len);
}

static void dtap(struct tk_emitter *e, const uint8_t *p, size_t n, struct tk_inner_err *er)
{
	size_t len;
	uint8_t pdisc, mt;

	if (n < 3) {
		tk_inner_fail(er, n, "DTAP without DLCI and length");
		return;
	}
	tk_emit_kv_long(e, "dlci", p[1]);
	len = p[2];
	if (3 + len > n) {
		tk_inner_fail(er, 2, "DTAP length %zu, %zu octets follow", len, n - 3);
		len = n - 3;
	}
	if (len < 2) {
		tk_inner_fail(er, 3, "layer 3 message of %zu octets", len);
		return;
	}
	pdisc = p[3] & 0x0f;
	mt = p[4] & 0x3f;	/* bits 7-8: send sequence number (TS 24.007 11.2.3.2) */
	tk_emit_kv_str(e, "protocolDiscriminator", gsm48_pdisc_name(pdisc));
	tk_emit_kv_str(e, "message", gsm48_pdisc_msgtype_name(pdisc, mt));
	tk_emit_kv_hex(e, "l3", p + 3, len);
}

void tk_emit_bssap(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	memset(&er, 0, sizeof(er));
	tk_emit_open(e, 0);
	if (!p || n == 0) {
		tk_inner_fail(&er, 0, "empty BSSAP message");
	} else if (p[0] == 0x00) {
		tk_emit_kv_str(e, "discrimination", "BSSMAP");
		bssmap(e, p, n, &er);
	} else if (p[0] & 0x01) {
		tk_emit_kv_str(e, "discrimination", "DTAP");
		dtap(e, p, n, &er);
	} else {
		tk_inner_fail(&er, 0, "discrimination octet 0x%02x is neither BSSMAP nor DTAP", p[0]);
	}
	tk_inner_finish(e, p, n, &er);
}
