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
#include "names.h"

/* TS 48.008 clause 3.2.2: information element identifiers (values as libosmocore's
 * enum GSM0808_IE_CODING defines them) */
static const struct tk_value_string bssmap_ie_names[] = {
	{ 0x01, "Circuit Identity Code" },
	{ 0x03, "Resource Available" },
	{ 0x04, "Cause" },
	{ 0x05, "Cell Identifier" },
	{ 0x06, "Priority" },
	{ 0x07, "Layer 3 Header Information" },
	{ 0x08, "IMSI" },
	{ 0x09, "TMSI" },
	{ 0x0a, "Encryption Information" },
	{ 0x0b, "Channel Type" },
	{ 0x0c, "Periodicity" },
	{ 0x0d, "Extended Resource Indicator" },
	{ 0x0e, "Number Of Mss" },
	{ 0x12, "Classmark Information Type 2" },
	{ 0x13, "Classmark Information Type 3" },
	{ 0x14, "Interference Band To Use" },
	{ 0x15, "RR Cause" },
	{ 0x17, "Layer 3 Information" },
	{ 0x18, "DLCI" },
	{ 0x19, "Downlink DTX Flag" },
	{ 0x1a, "Cell Identifier List" },
	{ 0x1b, "Response Request" },
	{ 0x1c, "Resource Indication Method" },
	{ 0x1d, "Classmark Information Type 1" },
	{ 0x1e, "Circuit Identity Code List" },
	{ 0x1f, "Diagnostic" },
	{ 0x20, "Layer 3 Message Contents" },
	{ 0x21, "Chosen Channel" },
	{ 0x22, "Total Resource Accessible" },
	{ 0x23, "Cipher Response Mode" },
	{ 0x24, "Channel Needed" },
	{ 0x25, "Trace Type" },
	{ 0x26, "Trigger ID" },
	{ 0x27, "Trace Reference" },
	{ 0x28, "Transaction ID" },
	{ 0x29, "Mobile Identity" },
	{ 0x2a, "OMC ID" },
	{ 0x2b, "Forward Indicator" },
	{ 0x2c, "Chosen Encryption Algorithm" },
	{ 0x2d, "Circuit Pool" },
	{ 0x2e, "Circuit Pool List" },
	{ 0x2f, "Time Indication" },
	{ 0x30, "Resource Situation" },
	{ 0x31, "Current Channel Type 1" },
	{ 0x32, "Queueing Indicator" },
	{ 0x33, "Assignment Requirement" },
	{ 0x35, "Talker Flag" },
	{ 0x36, "Connection Release Rqsted" },
	{ 0x37, "Group Call Reference" },
	{ 0x38, "eMLPP Priority" },
	{ 0x39, "Config Evo Indi" },
	{ 0x3a, "Old BSS To New BSS Information" },
	{ 0x3b, "LSA Identifier" },
	{ 0x3c, "LSA Identifier List" },
	{ 0x3d, "LSA Information" },
	{ 0x3e, "LCS QoS" },
	{ 0x3f, "LSA Access Ctrl Suppr" },
	{ 0x40, "Speech Version" },
	{ 0x43, "LCS Priority" },
	{ 0x44, "Location Type" },
	{ 0x45, "Location Estimate" },
	{ 0x46, "Positioning Data" },
	{ 0x47, "LCS Cause" },
	{ 0x48, "LCS Client Type" },
	{ 0x49, "APDU" },
	{ 0x4a, "Network Element Identity" },
	{ 0x4b, "Gps Assistance Data" },
	{ 0x4c, "Deciphering Keys" },
	{ 0x4d, "Return Error Rqst" },
	{ 0x4e, "Return Error Cause" },
	{ 0x4f, "Segmentation" },
	{ 0x50, "Service Handover" },
	{ 0x51, "Source Rnc To Target Rnc Transparent UMTS" },
	{ 0x52, "Source Rnc To Target Rnc Transparent Cdma2000" },
	{ 0x53, "Geran Classmark" },
	{ 0x54, "Geran Bsc Container" },
	{ 0x55, "Velocity Estimate" },
	{ 0x61, "New BSS To Old BSS Info" },
	{ 0x63, "Inter System Info" },
	{ 0x64, "Sna Access Info" },
	{ 0x65, "Vstk Rand Info" },
	{ 0x66, "Vstk Info" },
	{ 0x67, "Paging Info" },
	{ 0x68, "Imei" },
	{ 0x69, "VGCS Feature Flags" },
	{ 0x6a, "Talker Priority" },
	{ 0x6b, "Emergency Set Indication" },
	{ 0x6c, "Talker Identity" },
	{ 0x6d, "Cell ID List Segment" },
	{ 0x6e, "SMS To VGCS" },
	{ 0x6f, "VGCS Talker Mode" },
	{ 0x70, "VGCS VBS Cell Status" },
	{ 0x71, "Cell ID List Seg Est Cells" },
	{ 0x72, "Cell ID List Seg Cells Tbe" },
	{ 0x73, "Cell ID List Seg Rel Cells" },
	{ 0x74, "Cell ID List Seg Ne Cells" },
	{ 0x75, "Ganss Assistance Data" },
	{ 0x76, "Ganss Positioning Data" },
	{ 0x77, "Ganss Location Type" },
	{ 0x78, "App Data" },
	{ 0x79, "Data Identity" },
	{ 0x7a, "App Data Info" },
	{ 0x7b, "Msisdn" },
	{ 0x7c, "AoIP Trasp Addr" },
	{ 0x7d, "Speech Codec List" },
	{ 0x7e, "Speech Codec" },
	{ 0x7f, "Call ID" },
	{ 0x80, "Call ID List" },
	{ 0x81, "A If Sel For Reset" },
	{ 0x83, "Kc 128" },
	{ 0x84, "CSG Identifier" },
	{ 0x85, "Redir Attempt Flag" },
	{ 0x86, "Reroute Rej Cause" },
	{ 0x87, "Send Seq Num" },
	{ 0x88, "Reroute Compl Outcome" },
	{ 0x89, "Global Call Ref" },
	{ 0x8a, "LCLS Config" },
	{ 0x8b, "LCLS Conn Status Ctrl" },
	{ 0x8c, "LCLS Corr Not Needed" },
	{ 0x8d, "LCLS BSS Status" },
	{ 0x8e, "LCLS Break Req" },
	{ 0x8f, "CSFB Indication" },
	{ 0x90, "CS To PS SRVCC" },
	{ 0x91, "Src Enb To Tgt Enb Transp" },
	{ 0x92, "CS To PS SRVCC Ind" },
	{ 0x93, "CN To MS Transp Info" },
	{ 0x94, "Selected PLMN ID" },
	{ 0x95, "Last Used E-UTRAN PLMN ID" },
	{ 0x96, "Old LAI" },
	{ 0x97, "Attach Indicator" },
	{ 0x98, "Selected Operator" },
	{ 0x99, "PS Registered Operator" },
	{ 0x9a, "CS Registered Operator" },
	{ 0xf0, "Osmo Osmux Support" },
	{ 0xf1, "Osmo Osmux Cid" },
	{ 0, NULL }
};

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
		tk_emit_kv_str(e, "name", tk_vs_name(bssmap_ie_names, tag));
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
