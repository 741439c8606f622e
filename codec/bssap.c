/*
 * BSSAP (3GPP TS 48.006) as MAP carries it in AN-APDU signalInfo with the access network
 * protocol ts3G-48006 (inter-MSC handover, TS 29.010): a discriminator octet, then a
 * BSSMAP message (TS 48.008: length, message type, information elements) or a DTAP
 * message (DLCI, length, a TS 24.008 layer 3 message).  The IE layout comes from libosmocore
 * (gsm0808_att_tlvdef), the message names from TS 48.008 3.2.2.1 (bssmap_msg_names).
 *
 * Each IE is listed by identifier with its value in hex, and the contents of the IEs that
 * TS 48.008 clause 3.2.2 gives a structure are decoded under "decoded" (one object with
 * "hex" and its own "error": a broken IE does not make the message an error).  The
 * libosmocore gsm0808_dec_* functions are not used for this: gsm0808_dec_channel_type reads
 * past a value whose last permitted speech version has its extension bit set, and
 * gsm0808_dec_encrypt_info copies any key length into a 16-octet array.  The containers of
 * other protocols an intersystem handover carries are decoded by ranap.c (TS 25.413, the
 * 3.2.2.76 and 3.2.2.81 values) and rrc.c (TS 25.331: the Inter RAT Handover Info field
 * element and the Layer 3 Information of a handover to UTRAN).
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#include <osmocom/gsm/gsm0808.h>
#include <osmocom/gsm/protocol/gsm_04_08.h>
#include <osmocom/gsm/tlv.h>

#include "bssap.h"
#include "bsslap.h"
#include "classmark.h"
#include "csn1.h"
#include "dtap.h"
#include "inner.h"
#include "lcs.h"
#include "location.h"
#include "names.h"
#include "ranap.h"
#include "rrc.h"
#include "s1ap.h"
#include "values.h"

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

/* ---- common ------------------------------------------------------------------------------ */

static uint32_t be16(const uint8_t *p)
{
	return (uint32_t)p[0] << 8 | p[1];
}

/* ---- 3.2.2.2 Circuit Identity Code ------------------------------------------------------- */

/* 16 bits: the PCM multiplex (bits a-k) and the timeslot in it (bits 5-1 of octet 3) */
static void ie_cic(struct tk_emitter *e, const uint8_t *p, size_t n,
		   struct tk_inner_err *er)
{
	uint32_t v;

	if (!tk_inner_need(er, n, 2, "a Circuit Identity Code"))
		return;
	v = be16(p);
	tk_emit_kv_long(e, "cic", (long)v);
	tk_emit_kv_long(e, "pcmMultiplex", (long)(v >> 5));
	tk_emit_kv_long(e, "timeslot", (long)(v & 0x1f));
	tk_inner_extra(er, n, 2, "a Circuit Identity Code");
}

/* ---- 3.2.2.5 Cause ------------------------------------------------------------------------ */

/* the class is bits 7-5 of the cause value */
static const struct tk_value_string cause_class_names[] = {
	{ 0, "normal event" },
	{ 1, "normal event" },
	{ 2, "resource unavailable" },
	{ 3, "service or option not available" },
	{ 4, "service or option not implemented" },
	{ 5, "invalid message (e.g. parameter out of range)" },
	{ 6, "protocol error" },
	{ 7, "interworking" },
	{ 0, NULL }
};

static const struct tk_value_string cause_names[] = {
	{ 0x00, "radio interface message failure" },
	{ 0x01, "radio interface failure" },
	{ 0x02, "uplink quality" },
	{ 0x03, "uplink strength" },
	{ 0x04, "downlink quality" },
	{ 0x05, "downlink strength" },
	{ 0x06, "distance" },
	{ 0x07, "O and M intervention" },
	{ 0x08, "response to MSC invocation" },
	{ 0x09, "call control" },
	{ 0x0a, "radio interface failure, reversion to old channel" },
	{ 0x0b, "handover successful" },
	{ 0x0c, "better cell" },
	{ 0x0d, "directed retry" },
	{ 0x0e, "joined group call channel" },
	{ 0x0f, "traffic" },
	{ 0x10, "reduce load in serving cell" },
	{ 0x11, "traffic load in target cell higher than in source cell" },
	{ 0x12, "relocation triggered" },
	{ 0x14, "requested option not authorised" },
	{ 0x15, "alternative channel configuration requested" },
	{ 0x16, "response to an INTERNAL HANDOVER ENQUIRY message" },
	{ 0x17, "INTERNAL HANDOVER ENQUIRY reject" },
	{ 0x18, "redundancy level not adequate" },
	{ 0x20, "equipment failure" },
	{ 0x21, "no radio resource available" },
	{ 0x22, "requested terrestrial resource unavailable" },
	{ 0x23, "CCCH overload" },
	{ 0x24, "processor overload" },
	{ 0x25, "BSS not equipped" },
	{ 0x26, "MS not equipped" },
	{ 0x27, "invalid cell" },
	{ 0x28, "traffic load" },
	{ 0x29, "preemption" },
	{ 0x2a, "DTM handover - SGSN failure" },
	{ 0x2b, "DTM handover - PS allocation failure" },
	{ 0x30, "requested transcoding/rate adaption unavailable" },
	{ 0x31, "circuit pool mismatch" },
	{ 0x32, "switch circuit pool" },
	{ 0x33, "requested speech version unavailable" },
	{ 0x34, "LSA not allowed" },
	{ 0x35, "requested codec type or codec configuration unavailable" },
	{ 0x36, "requested A-interface type unavailable" },
	{ 0x37, "invalid CSG cell" },
	{ 0x3f, "requested redundancy level not available" },
	{ 0x40, "ciphering algorithm not supported" },
	{ 0x41, "GERAN Iu-mode failure" },
	{ 0x42, "incoming relocation not supported due to PUESBINE feature" },
	{ 0x43, "access restricted due to shared networks" },
	{ 0x44, "requested codec type or codec configuration not supported" },
	{ 0x45, "requested A-interface type not supported" },
	{ 0x46, "requested redundancy level not supported" },
	{ 0x50, "terrestrial circuit already allocated" },
	{ 0x51, "invalid message contents" },
	{ 0x52, "information element or field missing" },
	{ 0x53, "incorrect value" },
	{ 0x54, "unknown message type" },
	{ 0x55, "unknown information element" },
	{ 0x56, "DTM handover - invalid PS indication" },
	{ 0x57, "call identifier already allocated" },
	{ 0x60, "protocol error between BSS and MSC" },
	{ 0x61, "VGCS/VBS call non existent" },
	{ 0x62, "DTM handover - timer expiry" },
	{ 0, NULL }
};

/* the unassigned codes of each class, as the table of 3.2.2.5 reserves them */
static const struct tk_vrange cause_ranges[] = {
	{ 0x19, 0x1f, "reserved for national use" },
	{ 0x2c, 0x2f, "reserved for national use" },
	{ 0x38, 0x3e, "reserved for international use" },
	{ 0x47, 0x47, "reserved for international use" },
	{ 0x48, 0x4f, "reserved for national use" },
	{ 0x58, 0x5f, "reserved for national use" },
	{ 0x63, 0x67, "reserved for international use" },
	{ 0x68, 0x6f, "reserved for national use" },
	{ 0x70, 0x77, "reserved for international use" },
	{ 0x78, 0x7f, "reserved for national use" },
	{ 0, 0, NULL }
};

/*
 * One octet (extension bit 0, cause value), or with the extension bit 1 two octets; when the
 * first of them is 1XXX 0000 the second is a national cause of class XXX.
 */
static void ie_cause(struct tk_emitter *e, const uint8_t *p, size_t n,
		     struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 1, "a Cause"))
		return;
	tk_emit_kv_str(e, "causeClass", tk_vs_name(cause_class_names, (p[0] >> 4) & 7));
	if (!(p[0] & 0x80)) {
		tk_emit_kv_long(e, "causeValue", p[0]);
		tk_inner_emit_name(e, "cause", cause_names, cause_ranges, "unassigned", p[0]);
		tk_inner_extra(er, n, 1, "a one-octet Cause");
		return;
	}
	tk_emit_kv_bool(e, "extended", 1);
	if (!tk_inner_need(er, n, 2, "a two-octet Cause"))
		return;
	if ((p[0] & 0x0f) == 0)
		tk_emit_kv_long(e, "nationalCause", p[1]);
	else
		tk_emit_kv_long(e, "causeValue", (long)((p[0] & 0x7f) << 8 | p[1]));
	tk_inner_extra(er, n, 2, "a two-octet Cause");
}

/* ---- 3.2.2.17 Cell Identifier, 3.2.2.27 Cell Identifier List ------------------------------- */

/* cell identification discriminator (octet 3 bits 4-1) and what each element holds */
static const struct tk_value_string cell_discr_names[] = {
	{ 0x0, "whole cell global identification (CGI)" },
	{ 0x1, "LAC and CI" },
	{ 0x2, "CI" },
	{ 0x3, "no cell associated with the transaction" },
	{ 0x4, "LAI" },
	{ 0x5, "LAC" },
	{ 0x6, "all cells on the BSS" },
	{ 0x8, "PLMN-ID, LAC and RNC-ID (intersystem handover to UTRAN or cdma2000)" },
	{ 0x9, "RNC-ID (intersystem handover to UTRAN or cdma2000)" },
	{ 0xa, "LAC and RNC-ID (intersystem handover to UTRAN or cdma2000)" },
	{ 0xb, "SAI (intersystem handover to UTRAN)" },
	{ 0xc, "PLMN-ID, LAC and extended RNC-ID" },
	{ 0xd, "extended RNC-ID" },
	{ 0xe, "LAC and extended RNC-ID" },
	{ 0, NULL }
};

/* octets of one cell identification per discriminator; -1: no such discriminator */
static int cell_ident_len(unsigned d)
{
	static const signed char len[16] = { 7, 4, 2, 0, 5, 2, 0, -1, 7, 2, 4, 7, 7, 2, 4, -1 };

	return len[d & 0x0f];
}

/*
 * One cell identification of discriminator d, all k = cell_ident_len(d) octets present.
 * The PLMN digits (MCC, MNC as TS 24.008 10.5.1.3) go through tk_emit_plmn_cell, which
 * checks them; LAC, CI, RNC-ID and SAC are 16 bits each.
 */
static void cell_ident(struct tk_emitter *e, const uint8_t *p, unsigned d)
{
	size_t off = 0;

	switch (d) {
	case 0x0:
		tk_emit_key(e, "cgi");
		tk_emit_plmn_cell(e, p, 7, TK_LOC_CGI);
		return;
	case 0x4:
		tk_emit_key(e, "lai");
		tk_emit_plmn_cell(e, p, 5, TK_LOC_LAI);
		return;
	case 0xb:
		tk_emit_key(e, "sai");
		tk_emit_plmn_cell(e, p, 7, TK_LOC_SAI);
		return;
	case 0x8:
	case 0xc:
		tk_emit_key(e, "lai");
		tk_emit_plmn_cell(e, p, 5, TK_LOC_LAI);
		off = 5;
		break;
	case 0x1:
	case 0x5:
	case 0xa:
	case 0xe:
		tk_emit_kv_long(e, "lac", (long)be16(p));
		off = 2;
		break;
	}
	switch (d) {
	case 0x1:
	case 0x2:
		tk_emit_kv_long(e, "ci", (long)be16(p + off));
		break;
	case 0x8:
	case 0x9:
	case 0xa:
		tk_emit_kv_long(e, "rncId", (long)be16(p + off));
		break;
	case 0xc:
	case 0xd:
	case 0xe:
		tk_emit_kv_long(e, "extendedRncId", (long)be16(p + off));
		break;
	}
}

static void ie_cell_id(struct tk_emitter *e, const uint8_t *p, size_t n,
		       struct tk_inner_err *er)
{
	unsigned d;
	int k;

	if (!tk_inner_need(er, n, 1, "a Cell Identifier"))
		return;
	d = p[0] & 0x0f;
	k = cell_ident_len(d);
	tk_inner_emit_name(e, "discriminator", cell_discr_names, NULL, "spare", d);
	if (k < 0) {
		tk_inner_fail(er, 0, "cell identification discriminator %u is spare", d);
		return;
	}
	if (!tk_inner_need(er, n, 1 + (size_t)k, "this Cell Identifier"))
		return;
	cell_ident(e, p + 1, d);
	tk_inner_extra(er, n, 1 + (size_t)k, "this Cell Identifier");
}

/* the discriminator, then cell identifications of that kind one after the other */
static void ie_cell_id_list(struct tk_emitter *e, const uint8_t *p, size_t n,
			    struct tk_inner_err *er)
{
	size_t off;
	unsigned d;
	int k;

	if (!tk_inner_need(er, n, 1, "a Cell Identifier List"))
		return;
	d = p[0] & 0x0f;
	k = cell_ident_len(d);
	tk_inner_emit_name(e, "discriminator", cell_discr_names, NULL, "spare", d);
	if (k < 0) {
		tk_inner_fail(er, 0, "cell identification discriminator %u is spare", d);
		return;
	}
	if (k == 0) {
		tk_inner_extra(er, n, 1, "a Cell Identifier List of this discriminator");
		return;
	}
	tk_emit_key(e, "cells");
	tk_emit_open(e, 1);
	for (off = 1; off + (size_t)k <= n; off += (size_t)k) {
		tk_emit_open(e, 0);
		cell_ident(e, p + off, d);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	if (off < n)
		tk_inner_fail(er, off, "%zu octets left, a cell identification has %d", n - off, k);
	else if (n == 1)
		tk_inner_fail(er, 1, "no cell identification in the list");
}

/* ---- 3.2.2.18 Priority ---------------------------------------------------------------------- */

/* spare, pci, priority level (4 bits), qa, pvi */
static void ie_priority(struct tk_emitter *e, const uint8_t *p, size_t n,
			struct tk_inner_err *er)
{
	unsigned lvl;

	if (!tk_inner_need(er, n, 1, "a Priority"))
		return;
	lvl = (p[0] >> 2) & 0x0f;
	/* pci 1: this allocation request may preempt an existing connection */
	tk_emit_kv_bool(e, "preemptionCapability", p[0] & 0x40);
	tk_emit_kv_long(e, "priorityLevel", (long)lvl);
	if (lvl == 0)
		tk_emit_kv_str(e, "priority", "spare");
	else if (lvl == 15)
		tk_emit_kv_str(e, "priority", "priority not used");
	/* qa 1: queuing allowed; pvi 1: this connection might be preempted by another */
	tk_emit_kv_bool(e, "queuingAllowed", p[0] & 0x02);
	tk_emit_kv_bool(e, "preemptionVulnerability", p[0] & 0x01);
	tk_inner_extra(er, n, 1, "a Priority");
}

/* ---- 3.2.2.9 Layer 3 Header Information ------------------------------------------------------ */

/* protocol discriminator (octet 3 bits 4-1), transaction identifier (octet 4: TI flag, value) */
static void ie_l3_header(struct tk_emitter *e, const uint8_t *p, size_t n,
			 struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 2, "a Layer 3 Header Information"))
		return;
	tk_emit_kv_long(e, "protocolDiscriminator", p[0] & 0x0f);
	tk_emit_kv_str(e, "protocol", gsm48_pdisc_name(p[0] & 0x0f));
	/* TI flag 1: the transaction identifier was allocated by the receiver of the message */
	tk_emit_kv_bool(e, "tiFlag", p[1] & 0x08);
	tk_emit_kv_long(e, "transactionId", p[1] & 0x07);
	tk_inner_extra(er, n, 2, "a Layer 3 Header Information");
}

/* ---- 3.2.2.6 IMSI, 3.2.2.86 IMEI, 3.2.2.41 Mobile Identity: TS 24.008 10.5.1.4 --------------- */

static const struct tk_value_string mi_type_names[] = {
	{ 0, "no identity" },
	{ 1, "IMSI" },
	{ 2, "IMEI" },
	{ 3, "IMEISV" },
	{ 4, "TMSI/P-TMSI/M-TMSI" },
	{ 5, "TMGI and optional MBMS session identity" },
	{ 0, NULL }
};

/*
 * Octet 1: identity digit 1, odd/even indicator, type of identity; then two BCD digits an
 * octet, low nibble first; with an even number of digits the last high nibble is 1111.  A
 * TMSI is the 4 octets after the first.  TMGI is left to the hex.
 */
static void mobile_identity(struct tk_emitter *e, const uint8_t *p, size_t n, struct tk_inner_err *er,
			    int want)
{
	char digits[2 * 16 + 1];
	size_t i;
	unsigned type;
	int end;

	if (!tk_inner_need(er, n, 1, "a mobile identity"))
		return;
	type = p[0] & 7;
	tk_inner_emit_name(e, "typeOfIdentity", mi_type_names, NULL, "reserved", type);
	if (want >= 0 && type != (unsigned)want)
		tk_inner_fail(er, 0, "type of identity %u where %s is expected", type,
			      tk_vs_name(mi_type_names, want));
	if (type == 4) {
		if (tk_inner_need(er, n, 5, "a TMSI identity"))
			tk_emit_kv_hex(e, "tmsi", p + 1, 4);
		tk_inner_extra(er, n, 5, "a TMSI identity");
		return;
	}
	if (type < 1 || type > 3)
		return;
	/* a MAP OCTET STRING can be longer than an IE; no identity has more than 16 digits */
	if (n > 16) {
		tk_inner_fail(er, 16, "%zu octets: too long for an IMSI, IMEI or IMEISV", n);
		n = 16;
	}
	/* digits from the high nibble of octet 1 on; with an even count (bit 4 of octet 1 is
	 * the odd indicator) the last nibble is the filler 1111 */
	end = (int)(2 * n) - ((p[0] & 0x08) ? 0 : 1);
	if (!(p[0] & 0x08) && (p[n - 1] >> 4) != 0x0f)
		tk_inner_fail(er, n - 1, "filler is 0x%x, not 0xf", p[n - 1] >> 4);
	if (tk_bcd_nibbles(p, 1, end, digits, sizeof(digits)) < 0)
		return;
	for (i = 0; digits[i]; i++) {
		if (digits[i] < '0' || digits[i] > '9') {
			tk_inner_fail(er, (i + 1) / 2, "digit %zu is '%c', not a decimal digit", i + 1,
				      digits[i]);
			digits[i] = '?';
		}
	}
	tk_emit_kv_str(e, "digits", digits);
}

static void ie_imsi(struct tk_emitter *e, const uint8_t *p, size_t n,
		    struct tk_inner_err *er)
{
	mobile_identity(e, p, n, er, 1);
}

static void ie_imei(struct tk_emitter *e, const uint8_t *p, size_t n,
		    struct tk_inner_err *er)
{
	mobile_identity(e, p, n, er, 2);
}

static void ie_mobile_identity(struct tk_emitter *e, const uint8_t *p, size_t n,
			       struct tk_inner_err *er)
{
	mobile_identity(e, p, n, er, -1);
}

/* 3.2.2.7 TMSI: the 4 octets of the TMSI itself (no type octet) */
static void ie_tmsi(struct tk_emitter *e, const uint8_t *p, size_t n,
		    struct tk_inner_err *er)
{
	if (tk_inner_need(er, n, 4, "a TMSI"))
		tk_emit_kv_hex(e, "tmsi", p, 4);
	tk_inner_extra(er, n, 4, "a TMSI");
}

/* ---- 3.2.2.10 Encryption Information --------------------------------------------------------- */

/* permitted algorithms: bit 1 no encryption, bit k+1 GSM A5/k */
static void permitted_algorithms(struct tk_emitter *e, uint8_t v)
{
	static const char *const names[8] = { "no encryption", "A5/1", "A5/2", "A5/3", "A5/4",
					      "A5/5", "A5/6", "A5/7" };
	int i;

	tk_emit_key(e, "permittedAlgorithms");
	tk_emit_open(e, 1);
	for (i = 0; i < 8; i++)
		if (v & (1u << i))
			tk_emit_str(e, names[i]);
	tk_emit_close(e, 1);
}

/* permitted algorithms octet, then the key (Kc, 8 octets, for A5/1 to A5/3) */
static void ie_encryption_info(struct tk_emitter *e, const uint8_t *p, size_t n,
			       struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 1, "an Encryption Information"))
		return;
	permitted_algorithms(e, p[0]);
	if (n > 1)
		tk_emit_kv_hex(e, "key", p + 1, n - 1);
}

/* ---- 3.2.2.11 Channel Type ------------------------------------------------------------------- */

static const struct tk_value_string sdi_names[] = {
	{ 1, "speech" },
	{ 2, "data" },
	{ 3, "signalling" },
	{ 4, "speech + CTM text telephony" },
	{ 0, NULL }
};

/* channel rate and type, speech */
static const struct tk_value_string rate_speech_names[] = {
	{ 0x08, "full rate TCH channel Bm, prefer full rate TCH" },
	{ 0x09, "half rate TCH channel Lm, prefer half rate TCH" },
	{ 0x0a, "full or half rate channel, full rate preferred, changes allowed after first allocation" },
	{ 0x0b, "full or half rate channel, half rate preferred, changes allowed after first allocation" },
	{ 0x1a, "full or half rate channel, full rate preferred, changes not allowed after first allocation" },
	{ 0x1b, "full or half rate channel, half rate preferred, changes not allowed after first allocation" },
	{ 0x0f, "full or half rate channel, changes allowed after first allocation" },
	{ 0x1f, "full or half rate channel, changes not allowed after first allocation" },
	{ 0, NULL }
};

/* channel rate and type, signalling (data uses the same codes up to 0x1b, and 0x03 means half
 * rate TCH only) */
static const struct tk_value_string rate_sig_names[] = {
	{ 0x00, "SDCCH or full rate TCH channel Bm or half rate TCH channel Lm" },
	{ 0x01, "SDCCH" },
	{ 0x02, "SDCCH or full rate TCH channel Bm" },
	{ 0x03, "SDCCH or half rate TCH channel Lm" },
	{ 0x08, "full rate TCH channel Bm" },
	{ 0x09, "half rate TCH channel Lm" },
	{ 0x0a, "full or half rate TCH channel, full rate preferred, changes allowed after first allocation" },
	{ 0x0b, "full or half rate TCH channel, half rate preferred, changes allowed after first allocation" },
	{ 0x1a, "full or half rate TCH channel, full rate preferred, changes not allowed after first allocation" },
	{ 0x1b, "full or half rate TCH channel, half rate preferred, changes not allowed after first allocation" },
	{ 0, NULL }
};

static const struct tk_value_string rate_data_names[] = {
	{ 0x08, "full rate TCH channel Bm" },
	{ 0x09, "half rate TCH channel Lm" },
	{ 0x0a, "full or half rate TCH channel, full rate preferred, changes allowed after first allocation" },
	{ 0x0b, "full or half rate TCH channel, half rate preferred, changes allowed after first allocation" },
	{ 0x1a, "full or half rate TCH channel, full rate preferred, changes not allowed after first allocation" },
	{ 0x1b, "full or half rate TCH channel, half rate preferred, changes not allowed after first allocation" },
	{ 0, NULL }
};

static const struct tk_vrange rate_data_ranges[] = {
	{ 0x20, 0x27, "full rate TCH channels in a multislot configuration, changes allowed" },
	{ 0x30, 0x37, "full rate TCH channels in a multislot configuration, changes not allowed" },
	{ 0, 0, NULL }
};

/* speech version identifier (Channel Type permitted speech versions, Speech Version IE) */
static const struct tk_value_string speech_version_names[] = {
	{ 0x01, "GSM speech full rate version 1 (GSM FR)" },
	{ 0x11, "GSM speech full rate version 2 (GSM EFR)" },
	{ 0x21, "GSM speech full rate version 3 (FR AMR)" },
	{ 0x41, "GSM speech full rate version 4 (OFR AMR-WB)" },
	{ 0x42, "GSM speech full rate version 5 (FR AMR-WB)" },
	{ 0x05, "GSM speech half rate version 1 (GSM HR)" },
	{ 0x15, "GSM speech half rate version 2" },
	{ 0x25, "GSM speech half rate version 3 (HR AMR)" },
	{ 0x46, "GSM speech half rate version 4 (OHR AMR-WB)" },
	{ 0x45, "GSM speech half rate version 6 (OHR AMR)" },
	{ 0, NULL }
};

/* user rate, transparent service, one channel */
static const struct tk_value_string data_t_names[] = {
	{ 0x18, "14.4 kbit/s" },
	{ 0x10, "9.6 kbit/s" },
	{ 0x11, "4.8 kbit/s" },
	{ 0x12, "2.4 kbit/s" },
	{ 0x13, "1.2 kbit/s" },
	{ 0x14, "600 bit/s" },
	{ 0x15, "1200/75 bit/s (1200 network-to-MS, 75 MS-to-network)" },
	{ 0x39, "28.8 kbit/s" },
	{ 0x3a, "32.0 kbit/s" },
	{ 0, NULL }
};

/* radio interface rate, non-transparent service, one channel */
static const struct tk_value_string data_nt_names[] = {
	{ 0x00, "12 kbit/s if the channel is a full rate TCH, or 6 kbit/s if half rate" },
	{ 0x18, "14.5 kbit/s" },
	{ 0x10, "12 kbit/s" },
	{ 0x11, "6 kbit/s" },
	{ 0x31, "29 kbit/s" },
	{ 0x34, "43.5 kbit/s" },
	{ 0, NULL }
};

/* user rate, transparent service, multislot */
static const struct tk_value_string data_t_multi_names[] = {
	{ 0x1f, "64 kbit/s, bit transparent" },
	{ 0x1e, "56 kbit/s, bit transparent" },
	{ 0x1d, "56 kbit/s" },
	{ 0x1c, "48 kbit/s" },
	{ 0x1b, "38.4 kbit/s" },
	{ 0x1a, "28.8 kbit/s" },
	{ 0x19, "19.2 kbit/s" },
	{ 0x18, "14.4 kbit/s" },
	{ 0x10, "9.6 kbit/s" },
	{ 0, NULL }
};

/* wanted total radio interface rate, non-transparent service, multislot */
static const struct tk_value_string data_nt_multi_names[] = {
	{ 0x16, "58 kbit/s (4x14.5 kbit/s)" },
	{ 0x14, "48.0 / 43.5 kbit/s (4x12 kbit/s or 3x14.5 kbit/s)" },
	{ 0x13, "36.0 / 29.0 kbit/s (3x12 kbit/s or 2x14.5 kbit/s)" },
	{ 0x12, "24.0 / 24.0 kbit/s (4x6 kbit/s or 2x12 kbit/s)" },
	{ 0x11, "18.0 / 14.5 kbit/s (3x6 kbit/s or 1x14.5 kbit/s)" },
	{ 0x10, "12.0 / 12.0 kbit/s (2x6 kbit/s or 1x12 kbit/s)" },
	{ 0, NULL }
};

/* octet 5 onwards for speech: permitted speech versions, most preferred first, each with an
 * extension bit saying another follows */
static void chan_type_speech(struct tk_emitter *e, const uint8_t *p, size_t n,
			     struct tk_inner_err *er)
{
	size_t i;

	tk_emit_key(e, "permittedSpeechVersions");
	tk_emit_open(e, 1);
	for (i = 2; i < n; i++) {
		const char *name = tk_vs_name(speech_version_names, p[i] & 0x7f);
		char b[32];

		if (!name) {
			snprintf(b, sizeof(b), "reserved (%u)", p[i] & 0x7f);
			name = b;
		}
		tk_emit_str(e, name);
		if (!(p[i] & 0x80))
			break;
	}
	tk_emit_close(e, 1);
	if (n == 2)
		tk_inner_fail(er, 2, "no permitted speech version");
	else if (i == n)
		tk_inner_fail(er, n, "truncated: the last permitted speech version has its extension bit set");
	else if (i + 1 < n)
		tk_inner_fail(er, i + 1, "%zu octets after the last permitted speech version", n - i - 1);
}

/* octet 5 for data: extension, transparency (bit 7: 1 non-transparent), rate; octet 5a
 * (present when the extension bit is set): the allowed radio interface rates */
static void chan_type_data(struct tk_emitter *e, const uint8_t *p, size_t n,
			   struct tk_inner_err *er)
{
	int multi = (p[1] >= 0x20 && p[1] <= 0x27) || (p[1] >= 0x30 && p[1] <= 0x37);
	int nt;

	if (multi)
		tk_emit_kv_long(e, "maxTrafficChannels", (p[1] & 7) + 1);
	if (!tk_inner_need(er, n, 3, "a data Channel Type"))
		return;
	nt = p[2] & 0x40;
	tk_emit_kv_bool(e, "transparent", !nt);
	tk_emit_kv_long(e, "rateCode", p[2] & 0x3f);
	tk_inner_emit_name(e, "rate", multi ? (nt ? data_nt_multi_names : data_t_multi_names) :
			   (nt ? data_nt_names : data_t_names), NULL, "reserved", p[2] & 0x3f);
	if (!(p[2] & 0x80)) {
		tk_inner_extra(er, n, 3, "this data Channel Type");
		return;
	}
	if (!tk_inner_need(er, n, 4, "a data Channel Type with octet 5a"))
		return;
	tk_emit_kv_bool(e, "rate14k5Allowed", p[3] & 0x08);	/* TCH/F14.4 */
	tk_emit_kv_bool(e, "rate12k0Allowed", p[3] & 0x02);	/* TCH/F9.6 */
	tk_emit_kv_bool(e, "rate6k0Allowed", p[3] & 0x01);	/* TCH/F4.8 */
	/* octet 5b (asymmetry preference) and beyond stay in the hex */
}

static void ie_channel_type(struct tk_emitter *e, const uint8_t *p, size_t n,
			    struct tk_inner_err *er)
{
	unsigned sdi;

	if (!tk_inner_need(er, n, 2, "a Channel Type"))
		return;
	sdi = p[0] & 0x0f;
	tk_inner_emit_name(e, "speechDataIndicator", sdi_names, NULL, "reserved", sdi);
	tk_emit_kv_long(e, "channelRateAndTypeCode", p[1]);
	switch (sdi) {
	case 1:
	case 4:
		tk_inner_emit_name(e, "channelRateAndType", rate_speech_names, NULL, "reserved", p[1]);
		chan_type_speech(e, p, n, er);
		break;
	case 2:
		tk_inner_emit_name(e, "channelRateAndType", rate_data_names, rate_data_ranges, "reserved",
				   p[1]);
		chan_type_data(e, p, n, er);
		break;
	case 3:
		/* octet 5 is spare for signalling */
		tk_inner_emit_name(e, "channelRateAndType", rate_sig_names, NULL, "reserved", p[1]);
		break;
	default:
		tk_inner_fail(er, 0, "speech/data indicator %u is reserved", sdi);
	}
}

/* ---- 3.2.2.19/3.2.2.30 Classmark Information Type 2 and 1, 3.2.2.20 Type 3 ------------------- */

static void ie_classmark2(struct tk_emitter *e, const uint8_t *p, size_t n,
			  struct tk_inner_err *er)
{
	(void)er;
	/* the value is the TS 24.008 Mobile Station Classmark 2 value part */
	tk_emit_key(e, "msClassmark2");
	tk_emit_ms_classmark2(e, p, n);
}

/* TS 24.008 10.5.1.5 Mobile Station Classmark 1 value: spare, revision level, ES IND, A5/1,
 * RF power capability, the same bits as octet 3 of Classmark 2 */
static void ie_classmark1(struct tk_emitter *e, const uint8_t *p, size_t n,
			  struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 1, "a Classmark Information Type 1"))
		return;
	tk_emit_kv_long(e, "revisionLevel", (p[0] >> 5) & 3);
	tk_emit_kv_bool(e, "esInd", p[0] & 0x10);
	tk_emit_kv_bool(e, "a51Available", !(p[0] & 0x08));	/* 0: available */
	tk_emit_kv_long(e, "rfPowerCapability", p[0] & 7);
	tk_inner_extra(er, n, 1, "a Classmark Information Type 1");
}

static void ie_classmark3(struct tk_emitter *e, const uint8_t *p, size_t n,
			  struct tk_inner_err *er)
{
	(void)er;
	/* the value is the TS 24.008 Mobile Station Classmark 3 value part (CSN.1) */
	tk_emit_key(e, "msClassmark3");
	tk_emit_ms_classmark3(e, p, n);
}

/* ---- 3.2.2.21 Interference Band To Use -------------------------------------------------------- */

/* bits 5-1: band 5 .. band 1 */
static void ie_interference_band(struct tk_emitter *e, const uint8_t *p, size_t n,
				 struct tk_inner_err *er)
{
	int i;

	if (!tk_inner_need(er, n, 1, "an Interference Band To Use"))
		return;
	tk_emit_key(e, "bands");
	tk_emit_open(e, 1);
	for (i = 0; i < 5; i++)
		if (p[0] & (1u << i))
			tk_emit_long(e, i + 1);
	tk_emit_close(e, 1);
	tk_inner_extra(er, n, 1, "an Interference Band To Use");
}

/* ---- 3.2.2.22 RR Cause: TS 44.018 10.5.2.31 ------------------------------------------------------ */

static const struct tk_value_string rr_cause_names[] = {
	{ 0x00, "normal event" },
	{ 0x01, "abnormal release, unspecified" },
	{ 0x02, "abnormal release, channel unacceptable" },
	{ 0x03, "abnormal release, timer expired" },
	{ 0x04, "abnormal release, no activity on the radio path" },
	{ 0x05, "preemptive release" },
	{ 0x06, "UTRAN configuration unknown" },
	{ 0x08, "handover impossible, timing advance out of range" },
	{ 0x09, "channel mode unacceptable" },
	{ 0x0a, "frequency not implemented" },
	{ 0x0b, "originator or talker leaving group call area" },
	{ 0x0c, "lower layer failure" },
	{ 0x41, "call already cleared" },
	{ 0x5f, "semantically incorrect message" },
	{ 0x60, "invalid mandatory information" },
	{ 0x61, "message type non-existent or not implemented" },
	{ 0x62, "message type not compatible with protocol state" },
	{ 0x64, "conditional IE error" },
	{ 0x65, "no cell allocation available" },
	{ 0x6f, "protocol error unspecified" },
	{ 0, NULL }
};

static void ie_rr_cause(struct tk_emitter *e, const uint8_t *p, size_t n,
			struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 1, "an RR Cause"))
		return;
	tk_emit_kv_long(e, "rrCauseValue", p[0]);
	/* other values are treated as 0 (normal event) by the receiver, 10.5.2.31 */
	tk_inner_emit_name(e, "rrCause", rr_cause_names, NULL, "unassigned", p[0]);
	tk_inner_extra(er, n, 1, "an RR Cause");
}

/* ---- 3.2.2.24 Layer 3 Information, 3.2.2.35 Layer 3 Message Contents --------------------------- */

/*
 * 3.2.2.24: "a radio interface message": in COMPLETE LAYER 3 INFORMATION the MS's first MM or
 * RR message, in HANDOVER REQUEST ACKNOWLEDGE and HANDOVER COMMAND the RR HANDOVER COMMAND of
 * TS 44.018 (handover within GSM) or, for an intersystem handover to UTRAN, the TS 25.331
 * HANDOVER TO UTRAN COMMAND.  Which one the value is depends on the target cell of the
 * HANDOVER REQUEST, another message; the octets tell most cases apart: a TS 44.018 / 24.008
 * message starts with a skip indicator of 0 (TS 24.007 11.2.3.1.2: any other makes the
 * receiver ignore it) and the RR (0110) or MM (0101) protocol discriminator, so 0x06 or 0x05.
 * Anything else is taken for the RRC message.  An RRC message of the r3 form could start with
 * those octets too (its first bit is the CHOICE r3 / criticalExtensions), and is then shown
 * as a layer 3 message with errors, its octets still in "hex".
 */
static void ie_l3_info(struct tk_emitter *e, const uint8_t *p, size_t n,
		       struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 1, "a Layer 3 Information"))
		return;
	if (p[0] == 0x06 || p[0] == 0x05) {
		tk_emit_dtap_l3(e, p, n, 0, er);
		return;
	}
	tk_emit_key(e, "handoverToUtranCommand");
	tk_emit_rrc(e, TK_RRC_HANDOVER_TO_UTRAN_COMMAND, p, n);
}

/* 3.2.2.35: always a TS 44.018 / 24.008 message (the RR CIPHERING MODE COMPLETE of CIPHER MODE
 * COMPLETE, the message of a CLASSMARK or SAPI n REJECT exchange) */
static void ie_l3_contents(struct tk_emitter *e, const uint8_t *p, size_t n,
			   struct tk_inner_err *er)
{
	tk_emit_dtap_l3(e, p, n, 0, er);
}

/* ---- 3.2.2.25 DLCI ------------------------------------------------------------------------------ */

/* control channel identification (bits 8-7) */
static const struct tk_value_string dlci_cc_names[] = {
	{ 0, "FACCH or SDCCH" },
	{ 1, "SACCH" },
	{ 0, NULL }
};

static void ie_dlci(struct tk_emitter *e, const uint8_t *p, size_t n,
		    struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 1, "a DLCI"))
		return;
	tk_inner_emit_name(e, "controlChannel", dlci_cc_names, NULL, "reserved", p[0] >> 6);
	tk_emit_kv_long(e, "sapi", p[0] & 7);
	tk_inner_extra(er, n, 1, "a DLCI");
}

/* ---- 3.2.2.26 Downlink DTX Flag ----------------------------------------------------------------- */

static void ie_dtx_flag(struct tk_emitter *e, const uint8_t *p, size_t n,
			struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 1, "a Downlink DTX Flag"))
		return;
	/* bit 1: 0 the BSS may activate DTX in the downlink, 1 it shall not */
	tk_emit_kv_bool(e, "downlinkDtxForbidden", p[0] & 1);
	tk_inner_extra(er, n, 1, "a Downlink DTX Flag");
}

/* ---- 3.2.2.33 Chosen Channel, 3.2.2.49 Current Channel Type 1, 3.2.3.2 Current Channel Type 2 ---- */

static const struct tk_value_string chosen_mode_names[] = {
	{ 0x0, "no channel mode indication" },
	{ 0x9, "speech (full rate or half rate)" },
	{ 0xe, "data, 14.5 kbit/s radio interface rate" },
	{ 0xb, "data, 12.0 kbit/s radio interface rate" },
	{ 0xc, "data, 6.0 kbit/s radio interface rate" },
	{ 0xd, "data, 3.6 kbit/s radio interface rate" },
	{ 0x8, "signalling only" },
	{ 0, NULL }
};

/* the channel: also in Current Channel Type 1 and 2 */
static const struct tk_value_string channel_names[] = {
	{ 0x0, "none" },
	{ 0x1, "SDCCH" },
	{ 0x8, "1 full rate TCH" },
	{ 0x9, "1 half rate TCH" },
	{ 0xa, "2 full rate TCHs" },
	{ 0xb, "3 full rate TCHs" },
	{ 0xc, "4 full rate TCHs" },
	{ 0xd, "5 full rate TCHs" },
	{ 0xe, "6 full rate TCHs" },
	{ 0xf, "7 full rate TCHs" },
	{ 0x4, "8 full rate TCHs" },
	{ 0, NULL }
};

/* channel mode of Current Channel Type 1 and 2 (a coding of its own) */
static const struct tk_value_string current_mode_names[] = {
	{ 0x0, "signalling only" },
	{ 0x1, "speech (full rate or half rate)" },
	{ 0x6, "data, 14.5 kbit/s radio interface rate" },
	{ 0x3, "data, 12.0 kbit/s radio interface rate" },
	{ 0x4, "data, 6.0 kbit/s radio interface rate" },
	{ 0x5, "data, 3.6 kbit/s radio interface rate" },
	{ 0, NULL }
};

static void ie_chosen_channel(struct tk_emitter *e, const uint8_t *p, size_t n,
			      struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 1, "a Chosen Channel"))
		return;
	tk_inner_emit_name(e, "channelMode", chosen_mode_names, NULL, "reserved", p[0] >> 4);
	tk_inner_emit_name(e, "channel", channel_names, NULL, "reserved", p[0] & 0x0f);
	tk_inner_extra(er, n, 1, "a Chosen Channel");
}

static void ie_current_channel1(struct tk_emitter *e, const uint8_t *p, size_t n,
				struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 1, "a Current Channel Type 1"))
		return;
	tk_inner_emit_name(e, "channelMode", current_mode_names, NULL, "reserved", p[0] >> 4);
	tk_inner_emit_name(e, "channel", channel_names, NULL, "reserved", p[0] & 0x0f);
	tk_inner_extra(er, n, 1, "a Current Channel Type 1");
}

/* ---- 3.2.2.44 Chosen Encryption Algorithm ------------------------------------------------------- */

static const struct tk_value_string algorithm_names[] = {
	{ 0x01, "no encryption used" },
	{ 0x02, "GSM A5/1" },
	{ 0x03, "GSM A5/2" },
	{ 0x04, "GSM A5/3" },
	{ 0x05, "GSM A5/4" },
	{ 0x06, "GSM A5/5" },
	{ 0x07, "GSM A5/6" },
	{ 0x08, "GSM A5/7" },
	{ 0, NULL }
};

static void ie_chosen_algorithm(struct tk_emitter *e, const uint8_t *p, size_t n,
				struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 1, "a Chosen Encryption Algorithm"))
		return;
	tk_inner_emit_name(e, "algorithm", algorithm_names, NULL, "reserved", p[0]);
	tk_inner_extra(er, n, 1, "a Chosen Encryption Algorithm");
}

/* ---- 3.2.2.45 Circuit Pool ------------------------------------------------------------------------ */

static const struct tk_vrange pool_ranges[] = {
	{ 0x01, 0x20, "circuit pool number" },
	{ 0x80, 0x8f, "for national/local use" },
	{ 0, 0, NULL }
};

static void ie_circuit_pool(struct tk_emitter *e, const uint8_t *p, size_t n,
			    struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 1, "a Circuit Pool"))
		return;
	tk_emit_kv_long(e, "circuitPoolNumber", p[0]);
	tk_inner_emit_name(e, "circuitPool", NULL, pool_ranges, "reserved for future international use",
			   p[0]);
	tk_inner_extra(er, n, 1, "a Circuit Pool");
}

/* ---- 3.2.2.51 Speech Version ------------------------------------------------------------------------ */

static void ie_speech_version(struct tk_emitter *e, const uint8_t *p, size_t n,
			      struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 1, "a Speech Version"))
		return;
	tk_inner_emit_name(e, "speechVersion", speech_version_names, NULL, "reserved", p[0] & 0x7f);
	tk_inner_extra(er, n, 1, "a Speech Version");
}

/* ---- 3.2.2.58 Old BSS to New BSS, 3.2.2.80 New BSS to Old BSS Information: field elements ---- */

static const struct tk_value_string field_names[] = {
	{ 0x01, "Extra information" },
	{ 0x02, "Current Channel Type 2" },
	{ 0x03, "Target cell radio information" },
	{ 0x04, "GPRS Suspend information" },
	{ 0x05, "MultiRate configuration information" },
	{ 0x06, "Dual Transfer Mode information" },
	{ 0x07, "Inter RAT Handover Info" },
	{ 0x08, "cdma2000 Capability Information" },
	{ 0x09, "Downlink Cell Load Information" },
	{ 0x0a, "Uplink Cell Load Information" },
	{ 0x0b, "Cell Load Information Group" },
	{ 0x0c, "Cell Load Information" },
	{ 0x0d, "PS Indication" },
	{ 0x0e, "DTM Handover Command Indication" },
	{ 0x0f, "IRAT Measurement Configuration" },
	{ 0x10, "Source Cell ID" },
	{ 0x11, "IRAT Measurement Configuration (extended E-ARFCNs)" },
	{ 0x6f, "VGCS talker mode" },
	{ 0x95, "Last used E-UTRAN PLMN ID" },
	{ 0xfe, "D-RNTI" },
	{ 0, NULL }
};

/* 3.2.3.12 Cell Load Information (also the value of 3.2.3.9 and 3.2.3.10 Downlink and Uplink
 * Cell Load Information): cell capacity class (1..100), load value and real time load value
 * (0..100, percent of the capacity) and the non-real-time load information (0..3) */
static const struct tk_value_string nrt_load_names[] = {
	{ 0, "NRT load is low" },
	{ 1, "NRT load is medium" },
	{ 2, "NRT load is high (probability to admit a new user is low)" },
	{ 3, "NRT overload (probability to admit a new user is low, packets are discarded)" },
	{ 0, NULL }
};

static void fe_cell_load(struct tk_emitter *e, const uint8_t *p, size_t n, size_t base,
			 struct tk_inner_err *er)
{
	if (!tk_inner_fixed_at(er, base, n, 4, "a Cell Load Information"))
		return;
	tk_emit_kv_long(e, "cellCapacityClass", p[0]);
	tk_emit_kv_long(e, "loadValue", p[1]);
	tk_emit_kv_long(e, "realTimeLoadValue", p[2]);
	tk_inner_emit_name(e, "nonRealTimeLoadInformation", nrt_load_names, NULL, "reserved", p[3]);
	if (p[0] < 1 || p[0] > 100)
		tk_inner_fail(er, base, "cell capacity class %u is outside 1..100", p[0]);
	else if (p[1] > 100 || p[2] > 100)
		tk_inner_fail(er, base + (p[1] > 100 ? 1 : 2), "load value %u is outside 0..100",
			      p[1] > 100 ? p[1] : p[2]);
}

/*
 * 3.2.3.4 GPRS Suspend information: the TLLI, Routeing Area and Suspend Reference Number IEs
 * of the TS 48.018 SUSPEND-ACK PDU (10.3.7), with their identifiers (0x1f, 0x1b, 0x1d) and
 * TS 48.016 length indicators (bit 8 set: the length is bits 7-1; else a second octet follows).
 */
static void fe_gprs_suspend(struct tk_emitter *e, const uint8_t *p, size_t n, size_t base,
			    struct tk_inner_err *er)
{
	static const struct {
		uint8_t iei;
		size_t len;
		const char *what;
	} ies[3] = { { 0x1f, 4, "TLLI" }, { 0x1b, 6, "Routeing Area" },
		     { 0x1d, 1, "Suspend Reference Number" } };
	size_t off = 0, len, hdr;
	int i;

	for (i = 0; i < 3; i++) {
		if (off + 2 > n) {
			tk_inner_fail(er, base + off, "truncated: the %s IE is missing",
				      ies[i].what);
			return;
		}
		if (p[off] != ies[i].iei) {
			tk_inner_fail(er, base + off,
				      "IEI 0x%02x where the %s IE (0x%02x) is expected", p[off],
				      ies[i].what, ies[i].iei);
			return;
		}
		if (p[off + 1] & 0x80) {
			len = p[off + 1] & 0x7f;
			hdr = 2;
		} else if (off + 3 > n) {
			tk_inner_fail(er, base + off + 2,
				      "truncated: the %s length octet 2 is missing", ies[i].what);
			return;
		} else {
			len = (size_t)(p[off + 1] & 0x7f) << 8 | p[off + 2];
			hdr = 3;
		}
		if (len != ies[i].len) {
			tk_inner_fail(er, base + off + 1, "%s IE of length %zu, not %zu",
				      ies[i].what, len, ies[i].len);
			return;
		}
		if (off + hdr + len > n) {
			tk_inner_fail(er, base + off + 1, "%s IE of length %zu, %zu octets present",
				      ies[i].what, len, n - off - hdr);
			return;
		}
		if (i == 0) {
			tk_emit_kv_hex(e, "tlli", p + off + hdr, 4);
		} else if (i == 1) {
			tk_emit_key(e, "rai");
			tk_emit_plmn_cell(e, p + off + hdr, 6, TK_LOC_RAI);
		} else {
			tk_emit_kv_long(e, "suspendReferenceNumber", p[off + hdr]);
		}
		off += hdr + len;
	}
	if (off < n)
		tk_inner_fail(er, base + off, "%zu octets after the Suspend Reference Number IE",
			      n - off);
}

static void field_elements(struct tk_emitter *e, const uint8_t *p, size_t n, size_t base,
			   struct tk_inner_err *er, int depth);

/*
 * The value (octets 3 on) of field element id at base.  Decoded: the one-octet flags and
 * levels of 3.2.3.1, .2, .3, .6; 3.2.3.4 (TS 48.018 IEs); 3.2.3.5 (TS 44.018 MultiRate
 * configuration, dtap.c); 3.2.3.7, a TS 25.331 RRC container (rrc.c); the cell load elements
 * 3.2.3.9-12; 3.2.3.17 Source Cell ID (the TAI, then the S1AP E-UTRAN CGI and Global eNB ID
 * with s1ap.c); the PLMN of 3.2.2.127.  Left in "value" only: 3.2.3.8 (a cdma2000 capability
 * of the 3GPP2 specifications), 3.2.3.13 PS Indication and 3.2.3.14 DTM Handover Command
 * Indication (spare octets), 3.2.3.15 D-RNTI, 3.2.3.16 and 3.2.3.18 IRAT Measurement
 * Configuration (their layouts not found in any readable text of TS 48.008; tshark 4.0:
 * "Field Element not decoded"), 3.2.2.93 VGCS talker mode.
 */
static void field_element(struct tk_emitter *e, uint8_t id, const uint8_t *p, size_t n, size_t base,
			  struct tk_inner_err *er, int depth)
{
	int k;

	switch (id) {
	case 0x01:	/* 3.2.3.1 Extra information: bits 3-1 */
		if (!tk_inner_fixed_at(er, base, n, 1, "an Extra information"))
			return;
		/* prec 1: the old BSS recommends letting this allocation preempt a connection */
		tk_emit_kv_bool(e, "preemptionRecommended", p[0] & 0x01);
		/* LCS 1: an LCS procedure was interrupted by the handover */
		tk_emit_kv_bool(e, "lcsProcedureInterrupted", p[0] & 0x02);
		/* UE-prob 1: the MS does not support handover to UMTS */
		tk_emit_kv_bool(e, "umtsHandoverNotSupported", p[0] & 0x04);
		break;
	case 0x02:	/* 3.2.3.2 Current Channel Type 2: mode, then channel, bits 4-1 each */
		if (!tk_inner_fixed_at(er, base, n, 2, "a Current Channel Type 2"))
			return;
		tk_inner_emit_name(e, "channelMode", current_mode_names, NULL, "reserved",
				   p[0] & 0x0f);
		tk_inner_emit_name(e, "channel", channel_names, NULL, "reserved", p[1] & 0x0f);
		break;
	case 0x03:	/* 3.2.3.3 Target cell radio information: RXLEV-NCELL (TS 45.008),
			 * bits 6-1 */
		if (tk_inner_fixed_at(er, base, n, 1, "a Target cell radio information"))
			tk_emit_kv_long(e, "rxlevNcell", p[0] & 0x3f);
		break;
	case 0x04:
		fe_gprs_suspend(e, p, n, base, er);
		break;
	case 0x05:
		tk_emit_key(e, "multiRateConfiguration");
		tk_emit_multirate_config(e, p, n);
		break;
	case 0x06:	/* 3.2.3.6 Dual Transfer Mode information: bits 3-1 */
		if (!tk_inner_fixed_at(er, base, n, 1, "a Dual Transfer Mode information"))
			return;
		/* DTM ind 1: resources for both CS and PS in the old cell */
		tk_emit_kv_bool(e, "dtm", p[0] & 0x01);
		/* STO ind 1: single timeslot operation in the old cell, 0 multislot */
		tk_emit_kv_bool(e, "singleTimeslotOperation", p[0] & 0x02);
		/* EGPRS ind 1: a TBF using EGPRS in the old cell */
		tk_emit_kv_bool(e, "egprs", p[0] & 0x04);
		break;
	case 0x07:	/* 3.2.3.7: the INTER RAT HANDOVER INFO of TS 25.331 */
		tk_emit_key(e, "interRatHandoverInfo");
		tk_emit_rrc(e, TK_RRC_INTER_RAT_HANDOVER_INFO, p, n);
		break;
	case 0x09:
	case 0x0a:
	case 0x0c:
		fe_cell_load(e, p, n, base, er);
		break;
	case 0x0b:	/* 3.2.3.11 Cell Load Information Group: a 3.2.2.17 cell identifier, then
			 * the Downlink and Uplink Cell Load Information field elements */
		if (n < 1) {
			tk_inner_fail(er, base, "truncated: a Cell Load Information Group without "
				      "its cell identifier");
			return;
		}
		k = cell_ident_len(p[0]);
		if (k < 0 || n < 1 + (size_t)k) {
			tk_inner_fail(er, base,
				      "the cell identifier (discriminator %u) does not fit",
				      p[0] & 0x0f);
			return;
		}
		tk_emit_key(e, "cellIdentifier");
		tk_emit_open(e, 0);
		tk_inner_emit_name(e, "discriminator", cell_discr_names, NULL, "spare",
				   p[0] & 0x0f);
		cell_ident(e, p + 1, p[0] & 0x0f);
		tk_emit_close(e, 0);
		if (depth > 2) {
			tk_inner_fail(er, base, "field elements nested too deep");
			return;
		}
		field_elements(e, p + 1 + k, n - 1 - (size_t)k, base + 1 + (size_t)k, er,
			       depth + 1);
		break;
	case 0x10:	/* 3.2.3.17 Source Cell ID: the TS 24.301 TAI value (5 octets), then the
			 * value parts of the TS 36.413 E-UTRAN CGI and Global eNB ID of the source
			 * cell and eNB, one after the other in ALIGNED PER (s1ap.c): the CGI's
			 * encoding says where it ends */
		if (n < 5) {
			tk_inner_fail(er, base + n,
				      "truncated: a Source Cell ID starts with a 5-octet TAI");
			return;
		}
		tk_emit_key(e, "tai");
		tk_emit_plmn_cell(e, p, 5, TK_LOC_TAI);
		if (n == 5) {
			tk_inner_fail(er, base + n, "truncated: a Source Cell ID without its E-UTRAN "
				      "CGI and Global eNB ID");
			return;
		}
		tk_emit_key(e, "eutranCgi");
		k = (int)tk_emit_s1ap_type_prefix(e, TK_S1AP_EUTRAN_CGI, p + 5, n - 5);
		if (5 + (size_t)k >= n) {
			tk_inner_fail(er, base + n, "a Source Cell ID without a Global eNB ID after "
				      "its E-UTRAN CGI");
			return;
		}
		tk_emit_key(e, "globalEnbId");
		tk_emit_s1ap_type(e, TK_S1AP_GLOBAL_ENB_ID, p + 5 + k, n - 5 - (size_t)k);
		break;
	case 0x95:	/* 3.2.2.127 Last used E-UTRAN PLMN ID, as a field element */
		tk_emit_key(e, "plmn");
		tk_emit_plmn_cell(e, p, n, TK_LOC_PLMN);
		break;
	default:
		break;
	}
}

/* field elements one after the other: identifier, length, value, into "fields" */
static void field_elements(struct tk_emitter *e, const uint8_t *p, size_t n, size_t base,
			   struct tk_inner_err *er, int depth)
{
	size_t off = 0;

	tk_emit_key(e, "fields");
	tk_emit_open(e, 1);
	while (off < n) {
		size_t len;

		if (off + 2 > n) {
			tk_inner_fail(er, base + off, "field element 0x%02x without its length",
				      p[off]);
			break;
		}
		len = p[off + 1];
		if (off + 2 + len > n) {
			tk_inner_fail(er, base + off + 1,
				      "field element 0x%02x of %zu octets, %zu present", p[off],
				      len, n - off - 2);
			break;
		}
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "identifier", p[off]);
		tk_inner_emit_name(e, "name", field_names, NULL, "unknown field element", p[off]);
		tk_emit_kv_hex(e, "value", p + off + 2, len);
		field_element(e, p[off], p + off + 2, len, base + off + 2, er, depth);
		tk_emit_close(e, 0);
		off += 2 + len;
	}
	tk_emit_close(e, 1);
}

/* 3.2.2.58 Old BSS to New BSS Information, 3.2.2.80 New BSS to Old BSS Information: both
 * are field elements of 3.2.3 */
static void ie_bss_to_bss(struct tk_emitter *e, const uint8_t *p, size_t n,
			  struct tk_inner_err *er)
{
	field_elements(e, p, n, 0, er, 0);
}

/* ---- 3.2.2.15/16/23 LSA Identifier, LSA Identifier List, LSA Information ------------------------------ */

/* TS 23.003 4.7: 24 bits; bit 0 (the last bit) 1 for a universal LSA, 0 PLMN significant */
static void lsa_id(struct tk_emitter *e, const uint8_t *p)
{
	tk_emit_kv_hex(e, "lsaId", p, 3);
	tk_emit_kv_bool(e, "universal", p[2] & 1);
}

static void ie_lsa_id(struct tk_emitter *e, const uint8_t *p, size_t n,
		      struct tk_inner_err *er)
{
	if (tk_inner_need(er, n, 3, "an LSA Identifier"))
		lsa_id(e, p);
	tk_inner_extra(er, n, 3, "an LSA Identifier");
}

/* octet 3 bit 1: EP (escape PLMN), then LSA IDs of 3 octets */
static void ie_lsa_id_list(struct tk_emitter *e, const uint8_t *p, size_t n,
			   struct tk_inner_err *er)
{
	size_t off;

	if (!tk_inner_need(er, n, 1, "an LSA Identifier List"))
		return;
	tk_emit_kv_bool(e, "escapePlmn", p[0] & 1);
	tk_emit_key(e, "lsaIds");
	tk_emit_open(e, 1);
	for (off = 1; off + 3 <= n; off += 3) {
		tk_emit_open(e, 0);
		lsa_id(e, p + off);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	if (off < n)
		tk_inner_fail(er, off, "%zu octets left, an LSA ID has 3", n - off);
}

/* LSA attributes: bit 6 active mode support, bit 5 preferential access, bits 4-1 priority
 * (0000 priority 1, the lowest, ... 1111 priority 16, the highest) */
static void lsa_attributes(struct tk_emitter *e, uint8_t a)
{
	tk_emit_kv_bool(e, "activeModeSupport", a & 0x20);
	tk_emit_kv_bool(e, "preferentialAccess", a & 0x10);
	tk_emit_kv_long(e, "priority", (a & 0x0f) + 1);
}

/* octet 3 bit 1: LSA only, then 4 octets per LSA: attributes and LSA ID */
static void ie_lsa_info(struct tk_emitter *e, const uint8_t *p, size_t n,
			struct tk_inner_err *er)
{
	size_t off;

	if (!tk_inner_need(er, n, 1, "an LSA Information"))
		return;
	tk_emit_kv_bool(e, "lsaOnly", p[0] & 1);
	tk_emit_key(e, "lsas");
	tk_emit_open(e, 1);
	for (off = 1; off + 4 <= n; off += 4) {
		tk_emit_open(e, 0);
		lsa_attributes(e, p[off]);
		lsa_id(e, p + off + 1);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	if (off < n)
		tk_inner_fail(er, off, "%zu octets left, an LSA identification and attributes has 4", n - off);
}

/* ---- 3.2.2.103/104 Speech Codec List / Speech Codec; TS 26.103 codec types --------------------------- */

/* TS 26.103 codec types (4 bits in the Speech Codec Element, 8 bits in the MAP Codec) */
static const struct tk_value_string codec_type_names[] = {
	{ 0x00, "GSM FR" },
	{ 0x01, "GSM HR" },
	{ 0x02, "GSM EFR" },
	{ 0x03, "FR AMR" },
	{ 0x04, "HR AMR" },
	{ 0x05, "UMTS AMR" },
	{ 0x06, "UMTS AMR 2" },
	{ 0x07, "TDMA EFR" },
	{ 0x08, "PDC EFR" },
	{ 0x09, "FR AMR-WB" },
	{ 0x0a, "UMTS AMR-WB" },
	{ 0x0b, "OHR AMR" },
	{ 0x0c, "OFR AMR-WB" },
	{ 0x0d, "OHR AMR-WB" },
	{ 0xfd, "CSData" },
	{ 0, NULL }
};

/* the S bits set in a configuration field, S0 first */
static void emit_s_bits(struct tk_emitter *e, uint32_t v, int bits)
{
	int i;

	tk_emit_key(e, "supportedConfigurations");
	tk_emit_open(e, 1);
	for (i = 0; i < bits; i++)
		if (v & (1u << i))
			tk_emit_long(e, i);
	tk_emit_close(e, 1);
}

/*
 * One Speech Codec Element at p (at most n octets); returns its length, or 0 when it does
 * not fit.  Octet 1: FI, PI, PT, TF, codec type (1111: an extended codec type follows).
 * FR/HR/OHR AMR carry S0-S15 in two octets (S7..S0 first, then S15..S8), the AMR-WB types
 * S0-S7 in one, CSData one octet (redundancy); the GSM FR, HR and EFR none.
 */
static size_t speech_codec(struct tk_emitter *e, const uint8_t *p, size_t n, size_t base,
			   struct tk_inner_err *er)
{
	unsigned type;
	size_t hdr = 1, cfg;

	tk_emit_kv_bool(e, "fullIp", p[0] & 0x80);
	tk_emit_kv_bool(e, "pcmOverIp", p[0] & 0x40);
	tk_emit_kv_bool(e, "pcmOverTdm", p[0] & 0x20);
	tk_emit_kv_bool(e, "tfo", p[0] & 0x10);
	type = p[0] & 0x0f;
	if (type == 0x0f) {
		if (n < 2) {
			tk_inner_fail(er, base + 1, "truncated: extended codec type missing");
			return 0;
		}
		type = p[1];
		hdr = 2;
	}
	tk_emit_kv_long(e, "codecType", (long)type);
	tk_inner_emit_name(e, "codec", codec_type_names, NULL, "unknown codec type", type);
	switch (type) {
	case 0x00: case 0x01: case 0x02:
		cfg = 0;
		break;
	case 0x03: case 0x04: case 0x0b:
		cfg = 2;
		break;
	case 0x09: case 0x0c: case 0x0d: case 0xfd:
		cfg = 1;
		break;
	default:
		tk_inner_fail(er, base, "codec type %u is not one a Speech Codec Element carries", type);
		return 0;
	}
	if (hdr + cfg > n) {
		tk_inner_fail(er, base + n, "truncated: a %s Speech Codec Element has %zu octets, %zu present",
			      tk_vs_name(codec_type_names, type), hdr + cfg, n);
		return 0;
	}
	if (type == 0xfd)
		tk_emit_kv_hex(e, "redundancy", p + hdr, 1);
	else if (cfg == 2)
		emit_s_bits(e, (uint32_t)p[hdr + 1] << 8 | p[hdr], 16);
	else if (cfg == 1)
		emit_s_bits(e, p[hdr], 8);
	return hdr + cfg;
}

static void ie_speech_codec(struct tk_emitter *e, const uint8_t *p, size_t n,
			    struct tk_inner_err *er)
{
	size_t k;

	if (!tk_inner_need(er, n, 1, "a Speech Codec"))
		return;
	k = speech_codec(e, p, n, 0, er);
	if (k)
		tk_inner_extra(er, n, k, "this Speech Codec Element");
}

static void ie_speech_codec_list(struct tk_emitter *e, const uint8_t *p, size_t n,
				 struct tk_inner_err *er)
{
	size_t off = 0;

	if (!tk_inner_need(er, n, 1, "a Speech Codec List"))
		return;
	tk_emit_key(e, "codecs");
	tk_emit_open(e, 1);
	while (off < n) {
		size_t k;

		tk_emit_open(e, 0);
		k = speech_codec(e, p + off, n - off, off, er);
		tk_emit_close(e, 0);
		if (!k)
			break;
		off += k;
	}
	tk_emit_close(e, 1);
}

/* ---- 3.2.2.102 AoIP Transport Layer Address ------------------------------------------------------------- */

/* an IPv4 (4 octets) or IPv6 (16 octets) address, then the UDP port */
static void ie_aoip_address(struct tk_emitter *e, const uint8_t *p, size_t n,
			    struct tk_inner_err *er)
{
	char s[INET6_ADDRSTRLEN];

	if (n != 6 && n != 18) {
		tk_inner_fail(er, n < 6 ? n : 0, "%zu octets: an AoIP transport layer address has 6 (IPv4) or 18 (IPv6)", n);
		return;
	}
	if (!inet_ntop(n == 6 ? AF_INET : AF_INET6, p, s, sizeof(s)))
		return;
	tk_emit_kv_str(e, n == 6 ? "ipv4" : "ipv6", s);
	tk_emit_kv_long(e, "port", (long)be16(p + n - 2));
}

/* ---- 3.2.2.105 Call Identifier, 3.2.2.109 Kc128, 3.2.2.115 Global Call Reference ------------------------- */

/* 32 bits, least significant octet first */
static void ie_call_id(struct tk_emitter *e, const uint8_t *p, size_t n,
		       struct tk_inner_err *er)
{
	if (tk_inner_need(er, n, 4, "a Call Identifier"))
		tk_emit_kv_long(e, "callId", (long)((uint32_t)p[0] | (uint32_t)p[1] << 8 |
						     (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24));
	tk_inner_extra(er, n, 4, "a Call Identifier");
}

static void ie_kc128(struct tk_emitter *e, const uint8_t *p, size_t n,
		     struct tk_inner_err *er)
{
	if (tk_inner_need(er, n, 16, "a Kc128"))
		tk_emit_kv_hex(e, "kc128", p, 16);
	tk_inner_extra(er, n, 16, "a Kc128");
}

/* TS 29.205 (as 48.008 takes it): three length-value fields, Network ID (1..5 octets), Node ID
 * (1..5) and Call Reference ID (5) */
static void ie_gcr(struct tk_emitter *e, const uint8_t *p, size_t n,
		   struct tk_inner_err *er)
{
	static const char *const keys[3] = { "networkId", "nodeId", "callReferenceId" };
	size_t off = 0;
	int i;

	for (i = 0; i < 3; i++) {
		size_t len;

		if (off >= n) {
			tk_inner_fail(er, off, "truncated: %s missing", keys[i]);
			return;
		}
		len = p[off];
		if (off + 1 + len > n) {
			tk_inner_fail(er, off, "%s of %zu octets, %zu present", keys[i], len, n - off - 1);
			return;
		}
		tk_emit_kv_hex(e, keys[i], p + off + 1, len);
		off += 1 + len;
	}
	tk_inner_extra(er, n, off, "a Global Call Reference");
}

/* ---- PLMN and LAI values (3.2.2.120 Selected PLMN ID, 3.2.2.127 Last Used E-UTRAN PLMN ID,
 *      3.2.2.128 Old LAI) ---------------------------------------------------------------------- */

static void ie_plmn(struct tk_emitter *e, const uint8_t *p, size_t n,
		    struct tk_inner_err *er)
{
	(void)er;
	tk_emit_key(e, "plmn");
	tk_emit_plmn_cell(e, p, n, TK_LOC_PLMN);
}

static void ie_lai(struct tk_emitter *e, const uint8_t *p, size_t n,
		   struct tk_inner_err *er)
{
	(void)er;
	tk_emit_key(e, "lai");
	tk_emit_plmn_cell(e, p, n, TK_LOC_LAI);
}

/* ---- 3.2.2.75 Service Handover ------------------------------------------------------------------------- */

static const struct tk_value_string service_ho_names[] = {
	{ 0, "handover to UTRAN or cdma2000 should be performed" },
	{ 1, "handover to UTRAN or cdma2000 should not be performed" },
	{ 2, "handover to UTRAN or cdma2000 shall not be performed" },
	{ 0, NULL }
};

static void ie_service_handover(struct tk_emitter *e, const uint8_t *p, size_t n,
				struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 1, "a Service Handover"))
		return;
	/* bits 3-1; the reserved codes are read as 000 */
	tk_inner_emit_name(e, "serviceHandover", service_ho_names, NULL, "reserved", p[0] & 7);
	tk_inner_extra(er, n, 1, "a Service Handover");
}

/* ---- GERAN Classmark ------------------------------------------------------------------------------------ */

static void ie_geran_classmark(struct tk_emitter *e, const uint8_t *p, size_t n,
			       struct tk_inner_err *er)
{
	(void)p;
	(void)n;
	(void)er;
	tk_emit_kv_str(e, "note", "GERAN Classmark (3.2.2.78) carries GERAN Iu mode containers; not decoded, see hex");
}

/* ---- 3.2.2.76, 3.2.2.77, 3.2.2.81: transparent containers of intersystem handover ------- */

static void ie_src_rnc_umts(struct tk_emitter *e, const uint8_t *p, size_t n,
			    struct tk_inner_err *er)
{
	(void)er;
	tk_emit_key(e, "ranap");
	tk_emit_ranap_type(e, TK_RANAP_SOURCE_RNC_TO_TARGET_RNC_CONTAINER, p, n);
}

static void ie_inter_system_info(struct tk_emitter *e, const uint8_t *p, size_t n,
				 struct tk_inner_err *er)
{
	(void)er;
	tk_emit_key(e, "ranap");
	tk_emit_ranap_type(e, TK_RANAP_INTER_SYSTEM_INFORMATION_CONTAINER, p, n);
}

/* 3.2.2.77 (cdma2000) and 3.2.2.125 CN to MS transparent information: containers of
 * specifications outside this decoder (3GPP2; a TS 24.301 NAS value whose layout the
 * clause does not give).  The 3.2.2.125 text itself was not found in a readable copy of
 * TS 48.008, so that reading is unchecked and the value stays in hex. */
static void ie_foreign_container(struct tk_emitter *e, const uint8_t *p, size_t n,
				 struct tk_inner_err *er)
{
	(void)p;
	(void)n;
	(void)er;
	tk_emit_kv_str(e, "note", "a container of another specification (cdma2000 or EPS NAS); "
		       "not decoded, see hex");
}

/* 3.2.2.123 Source eNB to target eNB transparent information (E-UTRAN): "coded as the Source
 * eNB to Target eNB Transparent Container" of TS 36.413 (s1ap.c), as RANAP's E-UTRAN
 * container is */
static void ie_src_enb_to_tgt_enb(struct tk_emitter *e, const uint8_t *p, size_t n,
				  struct tk_inner_err *er)
{
	(void)er;
	tk_emit_key(e, "s1ap");
	tk_emit_s1ap_type(e, TK_S1AP_SOURCE_ENB_TO_TARGET_ENB_CONTAINER, p, n);
}

/* ---- 3.2.2.34 Cipher Response Mode, 3.2.2.50 Queuing Indicator, 3.2.2.52 Assignment
 *      Requirement ------------------------------------------------------------------------- */

static void ie_cipher_response_mode(struct tk_emitter *e, const uint8_t *p, size_t n,
				    struct tk_inner_err *er)
{
	if (!tk_inner_fixed(er, n, 1, "a Cipher Response Mode"))
		return;
	/* bit 1: 1 the MS shall include its IMEISV in the CIPHERING MODE COMPLETE */
	tk_emit_kv_bool(e, "imeisvIncluded", p[0] & 0x01);
}

static void ie_queuing_indicator(struct tk_emitter *e, const uint8_t *p, size_t n,
				 struct tk_inner_err *er)
{
	if (!tk_inner_fixed(er, n, 1, "a Queuing Indicator"))
		return;
	/* qri, bit 2: 1 it is recommended to allow queuing, 0 not to */
	tk_emit_kv_bool(e, "queuingRecommended", p[0] & 0x02);
}

static const struct tk_value_string assignment_requirement_names[] = {
	{ 0, "delay allowed" },
	{ 1, "immediate, the resources shall not be de-allocated until the end of the call" },
	{ 2, "immediate, the resources may further be de-allocated by the BSS" },
	{ 0, NULL }
};

static void ie_assignment_requirement(struct tk_emitter *e, const uint8_t *p, size_t n,
				      struct tk_inner_err *er)
{
	if (tk_inner_fixed(er, n, 1, "an Assignment Requirement"))
		tk_inner_emit_name(e, "assignmentRequirement", assignment_requirement_names, NULL,
				   "reserved", p[0]);
}

/* ---- 3.2.2.46 Circuit Pool List ---------------------------------------------------------- */

/* circuit pool octets, each coded as octet 2 of 3.2.2.45 */
static void ie_circuit_pool_list(struct tk_emitter *e, const uint8_t *p, size_t n,
				 struct tk_inner_err *er)
{
	size_t i;

	tk_emit_key(e, "circuitPools");
	tk_emit_open(e, 1);
	for (i = 0; i < n; i++) {
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "circuitPoolNumber", p[i]);
		tk_inner_emit_name(e, "circuitPool", NULL, pool_ranges,
				   "reserved for future international use", p[i]);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	if (n == 0)
		tk_inner_fail(er, 0, "an empty Circuit Pool List");
}

/* ---- 3.2.2.55 Group Call Reference, 3.2.2.56 eMLPP Priority, 3.2.2.57 Configuration
 *      Evolution Indication, 3.2.2.89 Talker Priority ---------------------------------------- */

/* call priority (TS 24.008 10.5.1.9 octet 5 bits 3-1, the same codes as 10.5.1.11) */
static const struct tk_value_string call_priority_names[] = {
	{ 0, "no priority applied" },
	{ 1, "call priority level 4" },
	{ 2, "call priority level 3" },
	{ 3, "call priority level 2" },
	{ 4, "call priority level 1" },
	{ 5, "call priority level 0" },
	{ 6, "call priority level B" },
	{ 7, "call priority level A" },
	{ 0, NULL }
};

/*
 * 3.2.2.55: octets 3-7 as octets 2-6 of the TS 24.008 10.5.1.9 Descriptive group or broadcast
 * call reference: the 27-bit binary group or broadcast call reference, SF (1 VGCS, 0 VBS),
 * AF (acknowledgement required), the call priority, then the ciphering information (bits 8-5
 * of the last octet: 0 no ciphering, else the number of the group cipher key).
 */
static void ie_group_call_reference(struct tk_emitter *e, const uint8_t *p, size_t n,
				    struct tk_inner_err *er)
{
	if (!tk_inner_fixed(er, n, 5, "a Group Call Reference"))
		return;
	tk_emit_kv_long(e, "groupCallReference",
			(long)((uint32_t)p[0] << 19 | (uint32_t)p[1] << 11 | (uint32_t)p[2] << 3 |
			       p[3] >> 5));
	tk_emit_kv_str(e, "service", p[3] & 0x10 ? "VGCS" : "VBS");
	tk_emit_kv_bool(e, "acknowledgementRequired", p[3] & 0x08);
	tk_inner_emit_name(e, "callPriority", call_priority_names, NULL, "reserved", p[3] & 7);
	tk_emit_kv_long(e, "cipheringInformation", p[4] >> 4);
}

static void ie_emlpp_priority(struct tk_emitter *e, const uint8_t *p, size_t n,
			      struct tk_inner_err *er)
{
	/* bits 3-1, coded as the call priority of 10.5.1.9 */
	if (tk_inner_fixed(er, n, 1, "an eMLPP Priority"))
		tk_inner_emit_name(e, "callPriority", call_priority_names, NULL, "reserved",
				   p[0] & 7);
}

/* subsequent modification indication, bits 4-1 */
static const struct tk_value_string smi_names[] = {
	{ 0, "no modification is allowed" },
	{ 1, "modification is allowed and the maximum number of TCH/F is 1" },
	{ 2, "modification is allowed and the maximum number of TCH/F is 2" },
	{ 3, "modification is allowed and the maximum number of TCH/F is 3" },
	{ 4, "modification is allowed and the maximum number of TCH/F is 4" },
	{ 0, NULL }
};

static void ie_config_evolution(struct tk_emitter *e, const uint8_t *p, size_t n,
				struct tk_inner_err *er)
{
	if (tk_inner_fixed(er, n, 1, "a Configuration Evolution Indication"))
		tk_inner_emit_name(e, "subsequentModification", smi_names, NULL, "reserved",
				   p[0] & 0x0f);
}

/* priority, bits 2-1 */
static const struct tk_value_string talker_priority_names[] = {
	{ 0, "normal priority" },
	{ 1, "privileged priority" },
	{ 2, "emergency priority" },
	{ 0, NULL }
};

static void ie_talker_priority(struct tk_emitter *e, const uint8_t *p, size_t n,
			       struct tk_inner_err *er)
{
	if (tk_inner_fixed(er, n, 1, "a Talker Priority"))
		tk_inner_emit_name(e, "talkerPriority", talker_priority_names, NULL, "reserved",
				   p[0] & 3);
}

/* ---- location services: 3.2.2.60 .. 3.2.2.71, 3.2.2.87, 3.2.2.96 (TS 49.031 codings) ---- */

/* 3.2.2.60 LCS QoS = 49.031 10.16 from octet 3: VEL (bit 2) and VERT (bit 1); HA and the
 * horizontal accuracy (TS 23.032 uncertainty code); VA and the vertical accuracy (TS 23.032
 * altitude uncertainty code); the response time category (bits 8-7) */
static const struct tk_value_string response_time_names[] = {
	{ 0, "response time is not specified" },
	{ 1, "low delay" },
	{ 2, "delay tolerant" },
	{ 0, NULL }
};

static void ie_lcs_qos(struct tk_emitter *e, const uint8_t *p, size_t n,
		       struct tk_inner_err *er)
{
	if (!tk_inner_fixed(er, n, 4, "an LCS QoS"))
		return;
	tk_emit_kv_bool(e, "velocityRequested", p[0] & 0x02);
	tk_emit_kv_bool(e, "verticalCoordinateRequested", p[0] & 0x01);
	if (p[1] & 0x80) {
		tk_emit_kv_long(e, "horizontalAccuracyCode", p[1] & 0x7f);
		tk_emit_kv_mm(e, "horizontalAccuracy", tk_gad_uncertainty_mm(p[1] & 0x7f));
	}
	if (p[2] & 0x80) {
		tk_emit_kv_long(e, "verticalAccuracyCode", p[2] & 0x7f);
		tk_emit_kv_mm(e, "verticalAccuracy", tk_gad_uncertainty_altitude_mm(p[2] & 0x7f));
	}
	tk_inner_emit_name(e, "responseTime", response_time_names, NULL, "reserved", p[3] >> 6);
}

/* 3.2.2.62 LCS Priority: the TS 29.002 LCS-Priority octet */
static const struct tk_value_string lcs_priority_names[] = {
	{ 0, "highest priority" },
	{ 1, "normal priority" },
	{ 0, NULL }
};

static void ie_lcs_priority(struct tk_emitter *e, const uint8_t *p, size_t n,
			    struct tk_inner_err *er)
{
	/* TS 29.002: other values are treated as normal priority */
	if (tk_inner_fixed(er, n, 1, "an LCS Priority"))
		tk_inner_emit_name(e, "lcsPriority", lcs_priority_names, NULL,
				   "unknown, treated as normal priority", p[0]);
}

/* 3.2.2.63 Location Type = 49.031 10.18: location information, and for the assistance and
 * deciphering keys requests a positioning method octet */
static const struct tk_value_string location_information_names[] = {
	{ 0, "current geographic location" },
	{ 1, "location assistance information for the target MS" },
	{ 2, "deciphering keys for broadcast assistance data for the target MS" },
	{ 0, NULL }
};

static const struct tk_value_string lcs_positioning_method_names[] = {
	{ 0, "reserved" },
	{ 1, "mobile assisted E-OTD" },
	{ 2, "mobile based E-OTD" },
	{ 3, "assisted GPS" },
	{ 4, "assisted GANSS" },
	{ 5, "assisted GPS and assisted GANSS" },
	{ 0, NULL }
};

static void ie_location_type(struct tk_emitter *e, const uint8_t *p, size_t n,
			     struct tk_inner_err *er)
{
	size_t k;

	if (!tk_inner_need(er, n, 1, "a Location Type"))
		return;
	tk_inner_emit_name(e, "locationInformation", location_information_names, NULL, "reserved",
			   p[0]);
	k = p[0] == 1 || p[0] == 2 ? 2 : 1;
	if (k == 2 && tk_inner_need(er, n, 2, "a Location Type asking for assistance or keys"))
		tk_inner_emit_name(e, "positioningMethod", lcs_positioning_method_names, NULL,
				   "reserved", p[1]);
	tk_inner_extra(er, n, k, "this Location Type");
}

static void ie_location_estimate(struct tk_emitter *e, const uint8_t *p, size_t n,
				 struct tk_inner_err *er)
{
	(void)er;
	/* 3.2.2.64: a TS 23.032 geographical description */
	tk_emit_key(e, "locationEstimate");
	tk_emit_geographical_info(e, p, n);
}

static void ie_positioning_data(struct tk_emitter *e, const uint8_t *p, size_t n,
				struct tk_inner_err *er)
{
	(void)er;
	/* 3.2.2.65: 49.031 10.20 from octet 3 */
	tk_emit_key(e, "positioningData");
	tk_emit_positioning_data(e, p, n);
}

/* 3.2.2.66 LCS Cause = 49.031 10.13: the cause value, then for position method failure a
 * diagnostic value (the TS 29.002 PositionMethodFailure-Diagnostic) */
static const struct tk_value_string lcs_cause_names[] = {
	{ 0, "unspecified" },
	{ 1, "system failure" },
	{ 2, "protocol error" },
	{ 3, "data missing in position request" },
	{ 4, "unexpected data value in position request" },
	{ 5, "position method failure" },
	{ 6, "target MS unreachable" },
	{ 7, "location request aborted" },
	{ 8, "facility not supported" },
	{ 9, "inter-BSC handover ongoing" },
	{ 10, "intra-BSC handover complete" },
	{ 11, "congestion" },
	{ 12, "inter NSE cell change" },
	{ 13, "routing area update" },
	{ 14, "P-TMSI reallocation" },
	{ 15, "suspension of GPRS services" },
	{ 0, NULL }
};

static const struct tk_value_string lcs_diagnostic_names[] = {
	{ 0, "congestion" },
	{ 1, "insufficient resources" },
	{ 2, "insufficient measurement data" },
	{ 3, "inconsistent measurement data" },
	{ 4, "location procedure not completed" },
	{ 5, "location procedure not supported by target MS" },
	{ 6, "QoS not attainable" },
	{ 7, "position method not available in network" },
	{ 8, "position method not available in location area" },
	{ 0, NULL }
};

static void ie_lcs_cause(struct tk_emitter *e, const uint8_t *p, size_t n,
			 struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 1, "an LCS Cause"))
		return;
	tk_emit_kv_long(e, "lcsCauseValue", p[0]);
	/* 49.031: unknown values are treated as unspecified */
	tk_inner_emit_name(e, "lcsCause", lcs_cause_names, NULL, "unknown, treated as unspecified",
			   p[0]);
	if (n >= 2)
		tk_inner_emit_name(e, "diagnostic", lcs_diagnostic_names, NULL, "unknown", p[1]);
	tk_inner_extra(er, n, 2, "an LCS Cause");
}

/* 3.2.2.67 LCS Client Type = 49.031 10.14: client category (bits 8-5), subtype (bits 4-1) */
static const struct tk_value_string lcs_client_category_names[] = {
	{ 0, "value added client" },
	{ 2, "PLMN operator" },
	{ 3, "emergency services" },
	{ 4, "lawful intercept services" },
	{ 0, NULL }
};

/* the subtypes of the PLMN operator category */
static const struct tk_value_string lcs_client_subtype_names[] = {
	{ 0, "unspecified" },
	{ 1, "broadcast service" },
	{ 2, "O&M" },
	{ 3, "anonymous statistics" },
	{ 4, "target MS service support" },
	{ 0, NULL }
};

/* the other categories have only the one subtype */
static const struct tk_value_string lcs_client_unspecified[] = {
	{ 0, "unspecified" },
	{ 0, NULL }
};

static void ie_lcs_client_type(struct tk_emitter *e, const uint8_t *p, size_t n,
			       struct tk_inner_err *er)
{
	if (!tk_inner_fixed(er, n, 1, "an LCS Client Type"))
		return;
	tk_inner_emit_name(e, "clientCategory", lcs_client_category_names, NULL, "reserved",
			   p[0] >> 4);
	/* only the PLMN operator category has subtypes other than 0, unspecified */
	tk_inner_emit_name(e, "clientSubtype", (p[0] >> 4) == 2 ? lcs_client_subtype_names :
			   lcs_client_unspecified, NULL, "reserved", p[0] & 0x0f);
}

/* 3.2.2.68 APDU: the protocol identifier (bits 7-1 of octet 4; BSSLAP TS 48.071, LLP TS
 * 44.071, SMLCPP TS 48.031), then the embedded message: in hex ("embeddedMessage") and
 * decoded by its protocol (bsslap.c) under "bsslap", "llp" or "smlcpp" */
static const struct tk_value_string apdu_protocol_names[] = {
	{ 0, "reserved" },
	{ 1, "BSSLAP" },
	{ 2, "LLP" },
	{ 3, "SMLCPP" },
	{ 0, NULL }
};

static void ie_apdu(struct tk_emitter *e, const uint8_t *p, size_t n,
		    struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 1, "an APDU"))
		return;
	tk_inner_emit_name(e, "protocolId", apdu_protocol_names, NULL, "reserved", p[0] & 0x7f);
	tk_emit_kv_hex(e, "embeddedMessage", p + 1, n - 1);
	switch (p[0] & 0x7f) {
	case 1:
		tk_emit_key(e, "bsslap");
		tk_emit_bsslap(e, p + 1, n - 1);
		break;
	case 2:
		tk_emit_key(e, "llp");
		tk_emit_llp(e, p + 1, n - 1);
		break;
	case 3:
		tk_emit_key(e, "smlcpp");
		tk_emit_smlcpp(e, p + 1, n - 1);
		break;
	}
}

/* 3.2.2.71 Deciphering Keys = 49.031 10.8: the ciphering key flag (bit 1), the current and
 * the next 56-bit deciphering key */
static void ie_deciphering_keys(struct tk_emitter *e, const uint8_t *p, size_t n,
				struct tk_inner_err *er)
{
	if (!tk_inner_fixed(er, n, 15, "a Deciphering Keys"))
		return;
	tk_emit_kv_long(e, "cipheringKeyFlag", p[0] & 1);
	tk_emit_kv_hex(e, "currentDecipheringKey", p + 1, 7);
	tk_emit_kv_hex(e, "nextDecipheringKey", p + 8, 7);
}

static void ie_velocity_estimate(struct tk_emitter *e, const uint8_t *p, size_t n,
				 struct tk_inner_err *er)
{
	(void)er;
	/* 3.2.2.87: the TS 23.032 velocity description */
	tk_emit_key(e, "velocityEstimate");
	tk_emit_velocity_estimate(e, p, n);
}

static void ie_ganss_positioning_data(struct tk_emitter *e, const uint8_t *p, size_t n,
				      struct tk_inner_err *er)
{
	(void)er;
	/* 3.2.2.96: 49.031 GANSS Positioning Data from octet 3 */
	tk_emit_key(e, "ganssPositioningData");
	tk_emit_geran_ganss_positioning_data(e, p, n);
}

/* ---- 3.2.2.110 CSG Identifier ------------------------------------------------------------ */

/* the 27-bit CSG identity of TS 23.003 (octets 3-5 and bits 8-6 of octet 6), then the cell
 * access mode (bit 1 of octet 7: 0 CSG cell, 1 hybrid cell) */
static void ie_csg_id(struct tk_emitter *e, const uint8_t *p, size_t n,
		      struct tk_inner_err *er)
{
	if (!tk_inner_fixed(er, n, 5, "a CSG Identifier"))
		return;
	tk_emit_kv_long(e, "csgId", (long)((uint32_t)p[0] << 19 | (uint32_t)p[1] << 11 |
					   (uint32_t)p[2] << 3 | p[3] >> 5));
	tk_emit_kv_str(e, "cellAccessMode", p[4] & 1 ? "hybrid cell" : "CSG cell");
}

/* ---- 3.2.2.116, 3.2.2.117, 3.2.2.119 LCLS ------------------------------------------------ */

/* LCLS-Configuration, bits 4-1 */
static const struct tk_value_string lcls_config_names[] = {
	{ 0, "connect both-way" },
	{ 1, "connect both-way and bi-cast UL to the core network" },
	{ 2, "connect both-way and send access DL from the core network" },
	{ 3, "connect both-way and send access DL from the core network, block local DL user "
	     "data" },
	{ 4, "connect both-way and bi-cast UL to the core network with send access DL from the "
	     "core network" },
	{ 5, "connect both-way and bi-cast UL to the core network with send access DL from the "
	     "core network, block local DL user data" },
	{ 0, NULL }
};

/* LCLS-Connection-Status-Control, bits 4-1 */
static const struct tk_value_string lcls_control_names[] = {
	{ 0, "connect" },
	{ 1, "do not connect" },
	{ 2, "release LCLS" },
	{ 3, "bi-cast UL at handover" },
	{ 4, "bi-cast UL and receive DL data at handover" },
	{ 0, NULL }
};

/* LCLS-BSS-Status, bits 4-1 */
static const struct tk_value_string lcls_status_names[] = {
	{ 0, "call not yet locally switched" },
	{ 1, "call not possible to be locally switched" },
	{ 2, "call is no longer locally switched" },
	{ 3, "requested LCLS configuration is not supported" },
	{ 4, "call is locally switched with requested LCLS configuration" },
	{ 0, NULL }
};

static void ie_lcls_config(struct tk_emitter *e, const uint8_t *p, size_t n,
			   struct tk_inner_err *er)
{
	if (tk_inner_fixed(er, n, 1, "an LCLS-Configuration"))
		tk_inner_emit_name(e, "lclsConfiguration", lcls_config_names, NULL, "reserved",
				   p[0] & 0x0f);
}

static void ie_lcls_control(struct tk_emitter *e, const uint8_t *p, size_t n,
			    struct tk_inner_err *er)
{
	if (tk_inner_fixed(er, n, 1, "an LCLS-Connection-Status-Control"))
		tk_inner_emit_name(e, "lclsConnectionStatusControl", lcls_control_names, NULL,
				   "reserved", p[0] & 0x0f);
}

static void ie_lcls_status(struct tk_emitter *e, const uint8_t *p, size_t n,
			   struct tk_inner_err *er)
{
	if (tk_inner_fixed(er, n, 1, "an LCLS-BSS-Status"))
		tk_inner_emit_name(e, "lclsBssStatus", lcls_status_names, NULL, "reserved",
				   p[0] & 0x0f);
}

/* ---- resources, trace, errors and LCS transport: 3.2.2.3/4, 3.2.2.8, 3.2.2.12-14, 3.2.2.28-32,
 *      3.2.2.36-40, 3.2.2.42/43, 3.2.2.47/48, 3.2.2.54, 3.2.2.61, 3.2.2.69/70, 3.2.2.72-74 ---- */

/* the message type and elements of a BSSMAP message (below, with the message decoder) */
static void bssmap_body(struct tk_emitter *e, const uint8_t *m, size_t n, size_t base,
			struct tk_inner_err *er, int nested);
static size_t next_ie(const uint8_t *p, size_t n, uint8_t *tag, size_t *vlen, const uint8_t **val);

/*
 * An element that is its identifier alone: 3.2.2.3 Connection Release Requested, 3.2.2.28
 * Response Request, 3.2.2.54 Talker Flag, 3.2.2.90, .111, .118, .120, .121, .122, .124, .129
 * and Osmux Support.  Its presence is the information, shown as one flag named after it; value
 * octets (a MAP OCTET STRING can hold some) are an error.
 */
static void identifier_only(struct tk_emitter *e, size_t n, struct tk_inner_err *er,
			    const char *key, const char *what)
{
	tk_emit_kv_bool(e, key, 1);
	if (n)
		tk_inner_fail(er, 0, "%zu octet%s: %s is the element identifier alone", n,
			      n == 1 ? "" : "s", what);
}

static void ie_connection_release_requested(struct tk_emitter *e, const uint8_t *p, size_t n,
					    struct tk_inner_err *er)
{
	(void)p;
	identifier_only(e, n, er, "connectionReleaseRequested", "a Connection Release Requested");
}

static void ie_response_request(struct tk_emitter *e, const uint8_t *p, size_t n,
				struct tk_inner_err *er)
{
	(void)p;
	identifier_only(e, n, er, "responseRequest", "a Response Request");
}

static void ie_talker_flag(struct tk_emitter *e, const uint8_t *p, size_t n,
			   struct tk_inner_err *er)
{
	(void)p;
	identifier_only(e, n, er, "talkerFlag", "a Talker Flag");
}

/* 3.2.2.4 Resource Available: for each of the five interference bands (3.2.2.21), the number
 * of full rate and of half rate channels available, 16 bits each */
static void ie_resource_available(struct tk_emitter *e, const uint8_t *p, size_t n,
				  struct tk_inner_err *er)
{
	int b;

	if (!tk_inner_fixed(er, n, 20, "a Resource Available"))
		return;
	tk_emit_key(e, "bands");
	tk_emit_open(e, 1);
	for (b = 0; b < 5; b++) {
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "band", b + 1);
		tk_emit_kv_long(e, "fullRateChannels", (long)be16(p + 4 * b));
		tk_emit_kv_long(e, "halfRateChannels", (long)be16(p + 4 * b + 2));
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
}

/* 3.2.2.14 Total Resource Accessible: the total number of accessible full rate channels, then
 * of half rate channels, 16 bits each */
static void ie_total_resource_accessible(struct tk_emitter *e, const uint8_t *p, size_t n,
					 struct tk_inner_err *er)
{
	if (!tk_inner_fixed(er, n, 4, "a Total Resource Accessible"))
		return;
	tk_emit_kv_long(e, "fullRateChannels", (long)be16(p));
	tk_emit_kv_long(e, "halfRateChannels", (long)be16(p + 2));
}

/* 3.2.2.8 Number Of MSs: the number of handover candidates, binary */
static void ie_number_of_mss(struct tk_emitter *e, const uint8_t *p, size_t n,
			     struct tk_inner_err *er)
{
	if (tk_inner_fixed(er, n, 1, "a Number Of MSs"))
		tk_emit_kv_long(e, "numberOfHandoverCandidates", p[0]);
}

/*
 * Not checked against the text of TS 48.008 (December 2026): the search tool holds no copy of
 * its clause 3.2.2 that can be read past the first page (the stored copies, e.g. the scribd
 * V7.11.0 "BSSMAP-R7", studylib V13.1.0, docslib GSM 08.08 5.12.0, only show their opening
 * pages), so the units of 3.2.2.12 and 3.2.2.47, the bit order of 3.2.2.31, the meaning of the
 * 3.2.2.32 error pointer and the 3.2.2.61 EM bit below are as this decoder first had them, not
 * verified.  Each is marked "(unverified)".
 *
 * 3.2.2.12 Periodicity: the period of the periodic RESOURCE INDICATION, in units of 100 ms
 * (unverified: GSM 08.08 V6.5.0, TS 100 590, 3.2.2.12 as the ETSISpecContent data set quotes
 * its opening says only "fixed length, 2 octets", which the one value octet here matches)
 */
static void ie_periodicity(struct tk_emitter *e, const uint8_t *p, size_t n,
			   struct tk_inner_err *er)
{
	if (!tk_inner_fixed(er, n, 1, "a Periodicity"))
		return;
	tk_emit_kv_long(e, "periodicity", p[0]);
	tk_emit_kv_long(e, "periodMs", 100L * p[0]);
}

/* 3.2.2.13 Extended Resource Indicator: bit 2 SM (Subsequent Mode), bit 1 TARR (Total
 * Accessible Resource Requested: 1 the total number of accessible channels is requested) */
static void ie_extended_resource_indicator(struct tk_emitter *e, const uint8_t *p, size_t n,
					   struct tk_inner_err *er)
{
	if (!tk_inner_fixed(er, n, 1, "an Extended Resource Indicator"))
		return;
	tk_emit_kv_bool(e, "subsequentMode", p[0] & 0x02);
	tk_emit_kv_bool(e, "totalAccessibleResourceRequested", p[0] & 0x01);
}

/* 3.2.2.29 Resource Indication Method, bits 4-1 (the methods of 3.1.3.1; the names as
 * Wireshark 4.0 gives them) */
static const struct tk_value_string resource_indication_names[] = {
	{ 0, "spontaneous resource information expected" },
	{ 1, "one single resource information expected" },
	{ 2, "periodic resource information expected" },
	{ 3, "no cell is associated with the transaction" },
	{ 4, "no resource information expected" },
	{ 0, NULL }
};

static void ie_resource_indication_method(struct tk_emitter *e, const uint8_t *p, size_t n,
					  struct tk_inner_err *er)
{
	if (tk_inner_fixed(er, n, 1, "a Resource Indication Method"))
		tk_inner_emit_name(e, "resourceIndicationMethod", resource_indication_names, NULL,
				   "reserved", p[0] & 0x0f);
}

/*
 * 3.2.2.31 Circuit Identity Code List: the range (1 to 255; range + 1 circuits are concerned),
 * then range + 1 status bits, status bit 0 in bit 1 of the first status octet: status bit k
 * set means the circuit of CIC m + k is concerned (blocked, unblocked), m the message's
 * Circuit Identity Code.  The circuits concerned are listed by k.  (Unverified against TS
 * 48.008: the bit order is the one ITU-T Q.763 gives ISUP's Range and status, "status bit 0 is
 * located in bit position 1 of the first status subfield octet"; tshark 4.0 shows the status
 * octets without numbering the bits.)
 */
static void ie_cic_list(struct tk_emitter *e, const uint8_t *p, size_t n,
			struct tk_inner_err *er)
{
	size_t k, octets;
	unsigned range;

	if (!tk_inner_need(er, n, 1, "a Circuit Identity Code List"))
		return;
	range = p[0];
	tk_emit_kv_long(e, "range", range);
	if (range == 0)
		tk_inner_fail(er, 0, "range 0: a Circuit Identity Code List has a range of 1 to 255");
	octets = (range + 1 + 7) / 8;
	tk_emit_key(e, "circuitsConcerned");
	tk_emit_open(e, 1);
	for (k = 0; k <= range && 1 + k / 8 < n; k++)
		if (p[1 + k / 8] & (1u << (k % 8)))
			tk_emit_long(e, (long)k);
	tk_emit_close(e, 1);
	if (n - 1 < octets)
		tk_inner_fail(er, n, "truncated: range %u needs %zu status octets, %zu present", range,
			      octets, n - 1);
	else if (n - 1 > octets)
		tk_inner_fail(er, 1 + octets, "%zu octets after the %zu status octets of range %u",
			      n - 1 - octets, octets, range);
}

/*
 * 3.2.2.32 Diagnostics: the error pointer (octet 3: the octet of the erroneous message where
 * the error is, 1 being the message type, 0 not determined; octet 4 bits 4-1: the bit position
 * of the most significant bit of the erroneous field, 0 no particular part of the octet; this
 * reading of the pointer is unverified against the TS 48.008 text), then
 * the message received.  That message is decoded as a BSSMAP message (type and elements) in
 * its own object with its own error, since its being erroneous is the point; a Diagnostics
 * element inside it stays in hex, so this goes one level deep and no further.
 */
static void ie_diagnostic(struct tk_emitter *e, const uint8_t *p, size_t n,
			  struct tk_inner_err *er)
{
	struct tk_inner_err mer;
	const uint8_t *m = p + 2, *val;
	size_t mn, off, used, vlen;
	char where[160];
	uint8_t tag;

	if (!tk_inner_need(er, n, 2, "a Diagnostics"))
		return;
	tk_emit_kv_long(e, "errorPointerOctet", p[0]);
	if (p[0] == 0)
		tk_emit_kv_str(e, "errorLocation", "not determined");
	tk_emit_kv_long(e, "errorPointerBit", p[1] & 0x0f);
	if ((p[1] & 0x0f) > 8)
		tk_inner_fail(er, 1, "error pointer bit field %u is reserved", p[1] & 0x0f);
	if (n == 2)
		return;
	mn = n - 2;
	tk_emit_key(e, "messageReceived");
	tk_inner_start(e, &mer, m, mn);
	bssmap_body(e, m, mn, 0, &mer, 1);
	tk_inner_finish(e, m, mn, &mer);
	/* the element the octet pointer falls in, when it is inside the message received */
	if (p[0] == 0 || p[0] > mn)
		return;
	if (p[0] == 1) {
		tk_emit_kv_str(e, "pointsTo", "message type");
		return;
	}
	for (off = 1; off < mn; off += used) {
		used = next_ie(m + off, mn - off, &tag, &vlen, &val);
		if (!used)
			break;
		if ((size_t)p[0] - 1 < off + used) {
			snprintf(where, sizeof(where), "information element 0x%02x (%s)", tag,
				 tk_vs_name(bssmap_ie_names, tag) ? tk_vs_name(bssmap_ie_names, tag) :
				 "unknown");
			tk_emit_kv_str(e, "pointsTo", where);
			return;
		}
	}
}

/* 3.2.2.36 Channel Needed: bits 2-1 coded as the CHANNEL field of TS 44.018 10.5.2.8 */
static const struct tk_value_string channel_needed_names[] = {
	{ 0, "any channel" },
	{ 1, "SDCCH" },
	{ 2, "TCH/F (full rate)" },
	{ 3, "TCH/H or TCH/F (dual rate)" },
	{ 0, NULL }
};

static void ie_channel_needed(struct tk_emitter *e, const uint8_t *p, size_t n,
			      struct tk_inner_err *er)
{
	if (tk_inner_fixed(er, n, 1, "a Channel Needed"))
		tk_emit_kv_str(e, "channel", tk_vs_name(channel_needed_names, p[0] & 3));
}

/*
 * 3.2.2.37 Trace Type: the MSC/BSS Trace Type of TS 52.008 6.1: bit 8 priority indication,
 * bit 7 for future expansion, bits 6-5 BSS record type, bits 4-3 MSC record type, bits 2-1
 * invoking event.  With the invoking event "operator definable" bits 6-3 are operator defined.
 */
static const struct tk_value_string trace_bss_record_names[] = {
	{ 0, "basic" },
	{ 1, "handover" },
	{ 2, "radio" },
	{ 3, "no BSS trace" },
	{ 0, NULL }
};

static const struct tk_value_string trace_msc_record_names[] = {
	{ 0, "basic" },
	{ 1, "detailed (optional)" },
	{ 2, "spare" },
	{ 3, "no MSC trace" },
	{ 0, NULL }
};

static const struct tk_value_string trace_event_names[] = {
	{ 0, "MOC, MTC, SMS MO, SMS MT, PDS MO, PDS MT, SS, location updates, IMSI attach, IMSI "
	     "detach" },
	{ 1, "MOC, MTC, SMS MO, SMS MT, PDS MO, PDS MT, SS only" },
	{ 2, "location updates, IMSI attach, IMSI detach only" },
	{ 3, "operator definable" },
	{ 0, NULL }
};

static void ie_trace_type(struct tk_emitter *e, const uint8_t *p, size_t n,
			  struct tk_inner_err *er)
{
	if (!tk_inner_fixed(er, n, 1, "a Trace Type"))
		return;
	tk_emit_kv_bool(e, "priority", p[0] & 0x80);
	tk_emit_kv_str(e, "invokingEvent", tk_vs_name(trace_event_names, p[0] & 3));
	if ((p[0] & 3) == 3) {
		tk_emit_kv_long(e, "operatorDefinedRecordTypes", (p[0] >> 2) & 0x0f);
		return;
	}
	tk_emit_kv_str(e, "bssRecordType", tk_vs_name(trace_bss_record_names, (p[0] >> 4) & 3));
	tk_emit_kv_str(e, "mscRecordType", tk_vs_name(trace_msc_record_names, (p[0] >> 2) & 3));
}

/* 3.2.2.38 TriggerID: the identity of the entity that initiated the trace, 1 to 20 octets */
static void ie_trigger_id(struct tk_emitter *e, const uint8_t *p, size_t n,
			  struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 1, "a TriggerID"))
		return;
	tk_emit_kv_hex(e, "entityIdentity", p, n);
	if (n > 20)
		tk_inner_fail(er, 20, "%zu octets: a TriggerID has at most 20", n);
}

/* 3.2.2.39 Trace Reference: 16 bits */
static void ie_trace_reference(struct tk_emitter *e, const uint8_t *p, size_t n,
			       struct tk_inner_err *er)
{
	if (tk_inner_fixed(er, n, 2, "a Trace Reference"))
		tk_emit_kv_long(e, "traceReference", (long)be16(p));
}

/* 3.2.2.40 TransactionID: 8 or 16 bits */
static void ie_transaction_id(struct tk_emitter *e, const uint8_t *p, size_t n,
			      struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 1, "a TransactionID"))
		return;
	tk_emit_kv_long(e, "transactionId", n == 1 ? (long)p[0] : (long)be16(p));
	tk_inner_extra(er, n, 2, "a TransactionID");
}

/*
 * 3.2.2.42 OMCID: 1 to 20 octets, the OMC identity GSM 12.20 refers to.  The MSC takes it from
 * the HLR's MAP ACTIVATE TRACE MODE, where omc-Id is an AddressString (TS 29.002 17.7.8):
 * octet 1 extension, nature of address and numbering plan, then TBCD digits.
 */
static void ie_omc_id(struct tk_emitter *e, const uint8_t *p, size_t n,
		      struct tk_inner_err *er)
{
	struct tk_address a;

	if (!tk_inner_need(er, n, 1, "an OMCID"))
		return;
	if (n > 20) {
		tk_inner_fail(er, 20, "%zu octets: an OMCID has at most 20", n);
		n = 20;
	}
	if (tk_address_decode(p, n, &a) < 0)
		return;
	tk_emit_kv_str(e, "nature", tk_nature_name(a.nature));
	tk_emit_kv_str(e, "numberingPlan", tk_numbering_plan_name(a.plan));
	tk_emit_kv_str(e, "digits", a.digits);
}

/* 3.2.2.43 Forward Indicator, bits 4-1 */
static const struct tk_value_string forward_indicator_names[] = {
	{ 1, "forward to subsequent BSS, no trace at MSC" },
	{ 2, "forward to subsequent BSS, and trace at MSC" },
	{ 0, NULL }
};

static void ie_forward_indicator(struct tk_emitter *e, const uint8_t *p, size_t n,
				 struct tk_inner_err *er)
{
	if (tk_inner_fixed(er, n, 1, "a Forward Indicator"))
		tk_inner_emit_name(e, "forwardIndicator", forward_indicator_names, NULL, "reserved",
				   p[0] & 0x0f);
}

/* 3.2.2.47 Time Indication: how long the information is valid, in units of 10 s; 1111 1111
 * is an infinite time (both unverified against the TS 48.008 text; tshark 4.0 does not decode
 * the element) */
static void ie_time_indication(struct tk_emitter *e, const uint8_t *p, size_t n,
			       struct tk_inner_err *er)
{
	if (!tk_inner_fixed(er, n, 1, "a Time Indication"))
		return;
	tk_emit_kv_long(e, "timeIndication", p[0]);
	if (p[0] == 0xff)
		tk_emit_kv_bool(e, "infinite", 1);
	else
		tk_emit_kv_long(e, "seconds", 10L * p[0]);
}

/* 3.2.2.48 Resource Situation: left in hex, its layout not found in any readable text of
 * TS 48.008 (the TTCN-3 BSSAP_Types of V11.2.0 have a list of channel type / band groups with
 * a channel count whose length an extension bit gives, but that is not the standard's text;
 * tshark 4.0: "not decoded yet") */
static void ie_resource_situation(struct tk_emitter *e, const uint8_t *p, size_t n,
				  struct tk_inner_err *er)
{
	(void)p;
	(void)n;
	(void)er;
	tk_emit_kv_str(e, "note", "Resource Situation (3.2.2.48): the per channel type resource "
		       "groups are not decoded, see hex");
}

/* 3.2.2.61 LSA Access Control Suppression: bit 1 the EM (emergency) field (unverified
 * against the TS 48.008 text; the TTCN-3 BSSAP_Types of V11.2.0 put "em" in bit 1 too, 1 in
 * emergency calls; tshark 4.0 does not decode the element) */
static void ie_lsa_access_control_suppression(struct tk_emitter *e, const uint8_t *p, size_t n,
					      struct tk_inner_err *er)
{
	if (tk_inner_fixed(er, n, 1, "an LSA Access Control Suppression"))
		tk_emit_kv_bool(e, "em", p[0] & 0x01);
}

/*
 * 3.2.2.69 Network Element Identity = TS 49.031 10.19 from octet 3: spare, the identity
 * discriminator (bits 4-1), then a cell identification coded as in the Cell Identifier
 * (3.2.2.17) for CGI, LAC and CI, LAI and LAC, or for 0110 the identity of an LMU (hex).
 */
static const struct tk_value_string ne_discr_names[] = {
	{ 0x0, "whole cell global identification (CGI)" },
	{ 0x1, "LAC and CI" },
	{ 0x4, "LAI" },
	{ 0x5, "LAC" },
	{ 0x6, "LMU" },
	{ 0, NULL }
};

static void ie_network_element_identity(struct tk_emitter *e, const uint8_t *p, size_t n,
					struct tk_inner_err *er)
{
	unsigned d;
	int k;

	if (!tk_inner_need(er, n, 1, "a Network Element Identity"))
		return;
	d = p[0] & 0x0f;
	tk_inner_emit_name(e, "discriminator", ne_discr_names, NULL, "spare", d);
	if (d == 0x6) {
		if (tk_inner_need(er, n, 2, "a Network Element Identity of an LMU"))
			tk_emit_kv_hex(e, "lmuIdentity", p + 1, n - 1);
		return;
	}
	if (!tk_vs_name(ne_discr_names, d)) {
		tk_inner_fail(er, 0, "identity discriminator %u is spare", d);
		return;
	}
	k = cell_ident_len(d);
	if (!tk_inner_need(er, n, 1 + (size_t)k, "this Network Element Identity"))
		return;
	cell_ident(e, p + 1, d);
	tk_inner_extra(er, n, 1 + (size_t)k, "this Network Element Identity");
}

/*
 * 3.2.2.70 GPS Assistance Data = the Requested GPS Data of TS 49.031 10.10 from octet 3:
 * octet 3 bits H..A (8..1) acquisition assistance, reference time, reference location, DGPS
 * corrections, navigation model, ionospheric model, UTC model, almanac; octet 4 bits K..I
 * (3..1) ephemeris extension check, ephemeris extension, real-time integrity (8-4 spare).  For
 * the navigation model the satellite related data may follow: GPS week (10 bits: bits 8-7 of
 * octet 5, then octet 6), GPS_Toe (hours), NSAT (bits 8-5) and T-Toe limit (bits 4-1, hours),
 * then NSAT pairs of SatID (bits 6-1) and IODE.  (Wireshark 4.0 shows bits 5 and 4 of octet 3
 * the other way round from the letters its own comment gives them.)
 */
static void ie_gps_assistance_data(struct tk_emitter *e, const uint8_t *p, size_t n,
				   struct tk_inner_err *er)
{
	static const char *const o3[8] = { "almanac", "UTC model", "ionospheric model",
					   "navigation model", "DGPS corrections", "reference location",
					   "reference time", "acquisition assistance" };
	static const char *const o4[3] = { "real-time integrity", "ephemeris extension",
					   "ephemeris extension check" };
	size_t i, nsat;
	int b;

	if (!tk_inner_need(er, n, 2, "a GPS Assistance Data"))
		return;
	tk_emit_key(e, "requestedData");
	tk_emit_open(e, 1);
	for (b = 7; b >= 0; b--)
		if (p[0] & (1u << b))
			tk_emit_str(e, o3[b]);
	for (b = 2; b >= 0; b--)
		if (p[1] & (1u << b))
			tk_emit_str(e, o4[b]);
	tk_emit_close(e, 1);
	if (n == 2)
		return;
	if (!tk_inner_need(er, n, 6, "GPS Assistance Data with satellite related data"))
		return;
	tk_emit_kv_long(e, "gpsWeek", (long)((p[2] >> 6) << 8 | p[3]));
	tk_emit_kv_long(e, "gpsToe", p[4]);
	nsat = p[5] >> 4;
	tk_emit_kv_long(e, "nsat", (long)nsat);
	tk_emit_kv_long(e, "tToeLimit", p[5] & 0x0f);
	tk_emit_key(e, "satellites");
	tk_emit_open(e, 1);
	for (i = 0; i < nsat && 6 + 2 * i + 2 <= n; i++) {
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "satId", p[6 + 2 * i] & 0x3f);
		tk_emit_kv_long(e, "iode", p[7 + 2 * i]);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	if (n < 6 + 2 * nsat)
		tk_inner_fail(er, n, "truncated: NSAT %zu needs %zu octets of satellites, %zu present",
			      nsat, 2 * nsat, n - 6);
	else
		tk_inner_extra(er, n, 6 + 2 * nsat, "this GPS Assistance Data");
}

/* 3.2.2.72 Return Error Request = 49.031 10.21: the return error type octet */
static void ie_return_error_request(struct tk_emitter *e, const uint8_t *p, size_t n,
				    struct tk_inner_err *er)
{
	if (tk_inner_fixed(er, n, 1, "a Return Error Request"))
		tk_emit_kv_long(e, "returnErrorType", p[0]);
}

/* 3.2.2.73 Return Error Cause = 49.031 10.22 */
static const struct tk_value_string return_error_cause_names[] = {
	{ 0, "unspecified" },
	{ 1, "system failure" },
	{ 2, "protocol error" },
	{ 3, "destination unknown" },
	{ 4, "destination unreachable" },
	{ 5, "congestion" },
	{ 0, NULL }
};

static void ie_return_error_cause(struct tk_emitter *e, const uint8_t *p, size_t n,
				  struct tk_inner_err *er)
{
	if (!tk_inner_fixed(er, n, 1, "a Return Error Cause"))
		return;
	tk_emit_kv_long(e, "returnErrorCauseValue", p[0]);
	tk_inner_emit_name(e, "returnErrorCause", return_error_cause_names, NULL, "reserved", p[0]);
}

/* 3.2.2.74 Segmentation = 49.031 10.24: bit 5 S (1: not the final segment), bits 4-1 the
 * segment number, then optionally the 16-bit message ID */
static void ie_segmentation(struct tk_emitter *e, const uint8_t *p, size_t n,
			    struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 1, "a Segmentation"))
		return;
	tk_emit_kv_bool(e, "finalSegment", !(p[0] & 0x10));
	tk_emit_kv_long(e, "segmentNumber", p[0] & 0x0f);
	if (n == 1)
		return;
	if (tk_inner_need(er, n, 3, "a Segmentation with a message ID"))
		tk_emit_kv_long(e, "messageId", (long)be16(p + 1));
	tk_inner_extra(er, n, 3, "a Segmentation");
}

/* ---- 3.2.2.27a Cell Identifier List Segment ------------------------------------------------ */

/*
 * Octet 3: sequence length (bits 8-5) and sequence number (bits 4-1) of the segment; octet 4:
 * spare, the cell identification discriminator (bits 4-1); then the cell identifications.  A
 * segment identifies its cells differently from the Cell Identifier List (3.2.2.27): LAC and CI
 * (0001) are "within a given MCC and MNC" and CI (0010) "within a given MCC and MNC and LAC",
 * the MCC and MNC (and for 0010 the LAC) coming once before the list, and 0111 lists MCC and
 * MNC alone (3 octets each).  The layouts as the TTCN-3 BSSAP_Types of TS 48.008 V11.2.0
 * (Ericsson's BSSMAP protocol module) give them; the names in the clause's wording, as
 * Wireshark's value strings quote it.
 */
static const struct tk_value_string segment_discr_names[] = {
	{ 0x0, "whole cell global identification (CGI)" },
	{ 0x1, "LAC and CI, within the given MCC and MNC" },
	{ 0x2, "CI, within the given MCC, MNC and LAC" },
	{ 0x3, "no cell associated with the transaction" },
	{ 0x4, "LAI" },
	{ 0x5, "LAC" },
	{ 0x6, "all cells on the BSS" },
	{ 0x7, "MCC and MNC" },
	{ 0, NULL }
};

/*
 * The cell identifications of a segment (3.2.2.27a-e) from octet off of p[0..n), discriminator
 * d (0 to 7): "plmn" (and for 0010 "lac") before the list when the discriminator puts them
 * there, then "cells"; what names the IE for octets after one that identifies no cell.
 */
static void segment_cells(struct tk_emitter *e, const uint8_t *p, size_t n, size_t off, unsigned d,
			  struct tk_inner_err *er, const char *what)
{
	/* octets of one cell identification per discriminator (0: none) */
	static const unsigned char len[8] = { 7, 4, 2, 0, 5, 2, 0, 3 };
	size_t k = len[d & 7];

	if (k == 0) {
		tk_inner_extra(er, n, off, what);
		return;
	}
	if (d == 0x1 || d == 0x2) {
		size_t head = d == 0x1 ? 3 : 5;

		if (off + head > n) {
			tk_inner_fail(er, n, "truncated: the %s before the cells has %zu octets, %zu "
				      "present", d == 0x1 ? "MCC and MNC" : "MCC, MNC and LAC", head,
				      n - off);
			return;
		}
		tk_emit_key(e, "plmn");
		tk_emit_plmn_cell(e, p + off, 3, TK_LOC_PLMN);
		if (d == 0x2)
			tk_emit_kv_long(e, "lac", (long)be16(p + off + 3));
		off += head;
	}
	tk_emit_key(e, "cells");
	tk_emit_open(e, 1);
	for (; off + k <= n; off += k) {
		tk_emit_open(e, 0);
		if (d == 0x7) {
			tk_emit_key(e, "plmn");
			tk_emit_plmn_cell(e, p + off, 3, TK_LOC_PLMN);
		} else {
			/* CGI, LAC and CI, CI, LAI, LAC: as in the Cell Identifier List */
			cell_ident(e, p + off, d);
		}
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	if (off < n)
		tk_inner_fail(er, off, "%zu octets left, a cell identification has %zu", n - off, k);
}

static void ie_cell_id_list_segment(struct tk_emitter *e, const uint8_t *p, size_t n,
				    struct tk_inner_err *er)
{
	unsigned d;

	if (!tk_inner_need(er, n, 2, "a Cell Identifier List Segment"))
		return;
	tk_emit_kv_long(e, "sequenceLength", p[0] >> 4);
	tk_emit_kv_long(e, "sequenceNumber", p[0] & 0x0f);
	d = p[1] & 0x0f;
	tk_inner_emit_name(e, "discriminator", segment_discr_names, NULL, "spare", d);
	if (d > 0x7) {
		tk_inner_fail(er, 1, "cell identification discriminator %u is spare in a segment", d);
		return;
	}
	segment_cells(e, p, n, 2, d, er, "a Cell Identifier List Segment of this discriminator");
}

/* ---- 0x64 .. 0x97 (3.2.2.27b-e, 3.2.2.82 .. 3.2.2.129) and the Osmocom 0xf0, 0xf1 ----------- */

/*
 * Layouts from TS 48.008 as the TTCN-3 BSSAP_Types of V11.2.0 (Ericsson's BSSMAP protocol
 * module) and Wireshark's gsm_a_bssmap dissector give them; the clause numbers are those of
 * TS 48.008.  Bits are numbered 8..1 within an octet, as the standard draws them.
 */

/*
 * 3.2.2.82 SNA Access Information: authorised PLMNs one after the other, each a length octet,
 * the MCC and MNC (3 octets, TS 24.008 10.5.1.3) and the authorised SNACs (2 octets each, none
 * meaning the whole PLMN): the A interface's form of TS 25.413's SNA-Access-Information, with
 * the keys ranap.c gives that
 */
static void ie_sna_access_info(struct tk_emitter *e, const uint8_t *p, size_t n,
			       struct tk_inner_err *er)
{
	size_t off = 0;

	if (!tk_inner_need(er, n, 1, "an SNA Access Information"))
		return;
	tk_emit_key(e, "authorisedPlmns");
	tk_emit_open(e, 1);
	while (off < n) {
		size_t len = p[off], i;

		if (len < 3) {
			tk_inner_fail(er, off, "an authorised PLMN of %zu octets, at least the 3 of "
				      "its MCC and MNC", len);
			break;
		}
		if (off + 1 + len > n) {
			tk_inner_fail(er, off, "an authorised PLMN of %zu octets, %zu present", len,
				      n - off - 1);
			break;
		}
		tk_emit_open(e, 0);
		tk_emit_plmn_fields(e, p + off + 1, er, off + 1);
		if (len > 3) {
			tk_emit_key(e, "authorisedSnasList");
			tk_emit_open(e, 1);
			for (i = 4; i + 1 <= len; i += 2)
				tk_emit_long(e, (long)be16(p + off + i));
			tk_emit_close(e, 1);
			if ((len - 3) & 1)
				tk_inner_fail(er, off + len, "an authorised PLMN with half an SNAC "
					      "(%zu octets after the MCC and MNC)", len - 3);
		}
		tk_emit_close(e, 0);
		off += 1 + len;
	}
	tk_emit_close(e, 1);
}

/* 3.2.2.83 VSTK_RAND Information: the 36 bits of VSTK_RAND (TS 43.020), then 4 spare bits */
static void ie_vstk_rand(struct tk_emitter *e, const uint8_t *p, size_t n,
			 struct tk_inner_err *er)
{
	char hex[16];

	if (!tk_inner_fixed(er, n, 5, "a VSTK_RAND Information"))
		return;
	snprintf(hex, sizeof(hex), "%02x%02x%02x%02x%x", p[0], p[1], p[2], p[3], p[4] >> 4);
	tk_emit_kv_str(e, "vstkRand", hex);
}

/* 3.2.2.84 VSTK Information: the 128-bit VSTK, the voice group call's ciphering key */
static void ie_vstk(struct tk_emitter *e, const uint8_t *p, size_t n, struct tk_inner_err *er)
{
	if (tk_inner_fixed(er, n, 16, "a VSTK Information"))
		tk_emit_kv_hex(e, "vstk", p, 16);
}

/* 3.2.2.85 Paging Information: bits 8-4 spare, the paging cause (bits 3-2), the VGCS/VBS flag
 * (bit 1: 1 the mobile station is a member of a VGCS/VBS group) */
static const struct tk_value_string paging_cause_names[] = {
	{ 0, "paging is for a mobile terminating call" },
	{ 1, "paging is for a short message" },
	{ 2, "paging is for a USSD" },
	{ 0, NULL }
};

static void ie_paging_info(struct tk_emitter *e, const uint8_t *p, size_t n,
			   struct tk_inner_err *er)
{
	if (!tk_inner_fixed(er, n, 1, "a Paging Information"))
		return;
	tk_inner_emit_name(e, "pagingCause", paging_cause_names, NULL, "spare", (p[0] >> 1) & 3);
	tk_emit_kv_bool(e, "vgcsVbsGroupMember", p[0] & 0x01);
}

/*
 * 3.2.2.88 VGCS Feature Flags, each bit 1 for yes: talker priority supported (TP Ind, bit 1),
 * A-interface circuit sharing and A-interface link sharing (AS Ind, bits 2 and 3),
 * re-establishment of the group or broadcast call by the BSS (Bss Res, bit 4), the talker
 * channel parameter applies, the talker being kept on a dedicated channel (TCP, bit 5); bits
 * 8-6 spare.  (Wireshark 4.0 names bit 1 the other way round; the BSSAP_Types and
 * libosmocore read 1 as supported.)
 */
static void ie_vgcs_feature_flags(struct tk_emitter *e, const uint8_t *p, size_t n,
				  struct tk_inner_err *er)
{
	if (!tk_inner_fixed(er, n, 1, "a VGCS Feature Flags"))
		return;
	tk_emit_kv_bool(e, "talkerPrioritySupported", p[0] & 0x01);
	tk_emit_kv_bool(e, "aInterfaceCircuitSharing", p[0] & 0x02);
	tk_emit_kv_bool(e, "aInterfaceLinkSharing", p[0] & 0x04);
	tk_emit_kv_bool(e, "bssReestablishment", p[0] & 0x08);
	tk_emit_kv_bool(e, "talkerChannelParameter", p[0] & 0x10);
}

/* 3.2.2.90 Emergency Set Indication: the talker set the emergency mode of the group call */
static void ie_emergency_set(struct tk_emitter *e, const uint8_t *p, size_t n,
			     struct tk_inner_err *er)
{
	(void)p;
	identifier_only(e, n, er, "emergencySetIndication", "an Emergency Set Indication");
}

/*
 * 3.2.2.91 Talker Identity: octet 3 bits 8-4 spare, bits 3-1 the filler bits (how many bits at
 * the end of the last octet are not part of the identity), then the talker identity the mobile
 * station sent (TS 44.018 10.5.2.65), up to 17 octets
 */
static void ie_talker_identity(struct tk_emitter *e, const uint8_t *p, size_t n,
			       struct tk_inner_err *er)
{
	unsigned filler;

	if (!tk_inner_need(er, n, 2, "a Talker Identity"))
		return;
	filler = p[0] & 7;
	tk_emit_kv_long(e, "fillerBits", filler);
	tk_emit_kv_hex(e, "talkerIdentity", p + 1, n - 1);
	tk_emit_kv_long(e, "talkerIdentityBits", (long)(8 * (n - 1) - filler));
	if (n - 1 > 17)
		tk_inner_fail(er, 18, "a talker identity of %zu octets, at most 17", n - 1);
}

/*
 * 3.2.2.92 SMS to VGCS: the SMS content is "the RP-DATA message as defined in TS 24.011", the
 * whole message from its message type indicator on (RP-DATA network to MS, 7.3.1.1), decoded
 * by dtap.c as the CP-User data of a CP-DATA (Wireshark 4.0 instead starts the RP-DATA at its
 * message reference)
 */
static void ie_sms_to_vgcs(struct tk_emitter *e, const uint8_t *p, size_t n,
			   struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 1, "an SMS to VGCS"))
		return;
	tk_emit_key(e, "rpData");
	tk_emit_rp_message(e, p, n);
	if ((p[0] & 7) != 1)
		tk_inner_fail(er, 0, "RP message type %u where RP-DATA (network to MS) is expected",
			      p[0] & 7);
}

/* 3.2.2.93 VGCS talker mode: the RR mode (bits 8-7), the group cipher key number (bits 6-3,
 * 0 no ciphering), bits 2-1 spare */
static const struct tk_value_string rr_mode_names[] = {
	{ 0, "dedicated mode (dedicated channel)" },
	{ 1, "group transmit mode (voice group channel)" },
	{ 0, NULL }
};

static void ie_vgcs_talker_mode(struct tk_emitter *e, const uint8_t *p, size_t n,
				struct tk_inner_err *er)
{
	if (!tk_inner_fixed(er, n, 1, "a VGCS talker mode"))
		return;
	tk_inner_emit_name(e, "rrMode", rr_mode_names, NULL, "reserved", p[0] >> 6);
	tk_emit_kv_long(e, "groupCipherKeyNumber", (p[0] >> 2) & 0x0f);
	tk_emit_kv_bool(e, "ciphered", p[0] & 0x3c);
}

/*
 * 3.2.2.27b Cell Identifier List Segment for established cells, 3.2.2.27c for cells to be
 * established, 3.2.2.27e for released cells - no user present, 3.2.2.27f for not established
 * cells - no establishment possible (0x71 .. 0x74; 3.2.2.27d is void): no sequence octet, the
 * discriminator in octet 3, the cell identifications as in 3.2.2.27a, but 0011 (no cell) is not
 * one of the discriminators these list (as the BSSAP_Types and Wireshark read them)
 */
static void ie_cell_id_list_segment_status(struct tk_emitter *e, const uint8_t *p, size_t n,
					   struct tk_inner_err *er)
{
	unsigned d;

	if (!tk_inner_need(er, n, 1, "a Cell Identifier List Segment"))
		return;
	d = p[0] & 0x0f;
	tk_inner_emit_name(e, "discriminator", segment_discr_names, NULL, "spare", d);
	if (d == 0x3 || d > 0x7) {
		tk_inner_fail(er, 0, "cell identification discriminator %u is not one of this "
			      "segment's", d);
		return;
	}
	segment_cells(e, p, n, 1, d, er, "a Cell Identifier List Segment of this discriminator");
}

/* 3.2.2.95 GANSS Assistance Data: the Requested GANSS Assistance Data of TS 49.031 (10.31),
 * left in hex: neither clause's layout was found in a readable text (tshark 4.0: "not decoded
 * yet") */
static void ie_ganss_assistance_data(struct tk_emitter *e, const uint8_t *p, size_t n,
				     struct tk_inner_err *er)
{
	(void)p;
	if (tk_inner_need(er, n, 1, "a GANSS Assistance Data"))
		tk_emit_kv_str(e, "note", "TS 49.031 10.31 Requested GANSS Assistance Data; not "
			       "decoded, see hex");
}

/* 3.2.2.97 GANSS Location Type = TS 49.031 10.33: one bit per GANSS whose positioning is
 * requested, bit k+1 for GANSS Id k (the ids of 49.031's GANSS Positioning Data); bits 8-6
 * spare in V11.2.0 */
static void ie_ganss_location_type(struct tk_emitter *e, const uint8_t *p, size_t n,
				   struct tk_inner_err *er)
{
	static const char *const names[5] = { "Galileo", "SBAS", "Modernized GPS", "QZSS",
					      "GLONASS" };
	int i;

	if (!tk_inner_fixed(er, n, 1, "a GANSS Location Type"))
		return;
	tk_emit_key(e, "ganss");
	tk_emit_open(e, 1);
	for (i = 0; i < 5; i++)
		if (p[0] & (1u << i))
			tk_emit_str(e, names[i]);
	tk_emit_close(e, 1);
	if (p[0] & 0xe0)
		tk_emit_kv_long(e, "spareBits", p[0] >> 5);
}

/* 3.2.2.98 Application Data: the application data of TS 44.018 10.5.2.72 (contents the
 * application's own), up to 9 octets */
static void ie_app_data(struct tk_emitter *e, const uint8_t *p, size_t n, struct tk_inner_err *er)
{
	if (!tk_inner_need(er, n, 1, "an Application Data"))
		return;
	tk_emit_kv_hex(e, "applicationData", p, n);
	if (n > 9)
		tk_inner_fail(er, 9, "%zu octets of application data, at most 9", n);
}

/*
 * 3.2.2.99 Data Identity = TS 44.018 10.5.2.73: the distribution parameter (bits 8-6, one bit
 * per recipient: talkers and listeners, dispatchers, the network application), the data
 * identifier (bits 5-2) and the application indicator (bit 1)
 */
static const struct tk_value_string app_indicator_names[] = {
	{ 0, "application data" },
	{ 1, "confirmation of application data" },
	{ 0, NULL }
};

static void ie_data_identity(struct tk_emitter *e, const uint8_t *p, size_t n,
			     struct tk_inner_err *er)
{
	static const char *const dp[3] = { "network application", "dispatchers",
					   "talkers and listeners" };
	int i;

	if (!tk_inner_fixed(er, n, 1, "a Data Identity"))
		return;
	tk_emit_key(e, "distributionParameter");
	tk_emit_open(e, 1);
	for (i = 2; i >= 0; i--)
		if (p[0] & (0x20u << i))
			tk_emit_str(e, dp[i]);
	tk_emit_close(e, 1);
	tk_emit_kv_long(e, "dataIdentifier", (p[0] >> 1) & 0x0f);
	tk_inner_emit_name(e, "applicationIndicator", app_indicator_names, NULL, "reserved",
			   p[0] & 1);
}

/* 3.2.2.100 Application Data Information: BT ind (bit 1: 1 the BSS has already transmitted the
 * application data to the cells), bits 8-2 spare */
static void ie_app_data_info(struct tk_emitter *e, const uint8_t *p, size_t n,
			     struct tk_inner_err *er)
{
	if (tk_inner_fixed(er, n, 1, "an Application Data Information"))
		tk_emit_kv_bool(e, "transmittedToCells", p[0] & 0x01);
}

/*
 * 3.2.2.101 MSISDN: "octets 3-12 contain the digits of an MSISDN, coded as in TS 24.008,
 * Calling party BCD number, octets 4 - 13": the BCD digits alone (no type of number octet),
 * low nibble first, an odd count ending in the filler 1111; digits, '*', '#', 'a' .. 'c'
 */
static void ie_msisdn(struct tk_emitter *e, const uint8_t *p, size_t n, struct tk_inner_err *er)
{
	char digits[2 * 64 + 1];
	size_t i;

	if (!tk_inner_need(er, n, 1, "an MSISDN"))
		return;
	if (n > 10) {
		tk_inner_fail(er, 10, "%zu octets: an MSISDN has at most 10 (20 digits)", n);
		n = 10;
	}
	if (tk_tbcd_digits(p, n, digits, sizeof(digits)) < 0)
		return;
	for (i = 0; digits[i]; i++) {
		if (digits[i] == 'F') {
			tk_inner_fail(er, i / 2, "filler 1111 as digit %zu, before the last", i + 1);
			digits[i] = '?';
		}
	}
	tk_emit_kv_str(e, "digits", digits);
}

/* 3.2.2.106 Call Identifier List: Call Identifiers of 3.2.2.105 (4 octets, least significant
 * first) one after the other; no octets at all stand for every call identifier (Wireshark's
 * "all Call Identifiers resources released", RESET IP RESOURCE ACKNOWLEDGE) */
static void ie_call_id_list(struct tk_emitter *e, const uint8_t *p, size_t n,
			    struct tk_inner_err *er)
{
	size_t off;

	if (n == 0)
		tk_emit_kv_bool(e, "allCallIdentifiers", 1);
	tk_emit_key(e, "callIds");
	tk_emit_open(e, 1);
	for (off = 0; off + 4 <= n; off += 4)
		tk_emit_long(e, (long)((uint32_t)p[off] | (uint32_t)p[off + 1] << 8 |
				       (uint32_t)p[off + 2] << 16 | (uint32_t)p[off + 3] << 24));
	tk_emit_close(e, 1);
	if (off < n)
		tk_inner_fail(er, off, "%zu octets left, a Call Identifier has 4", n - off);
}

/* 3.2.2.107 A-Interface Selector for RESET: bits 8-3 spare, rip (bit 2: 1 all calls on IP
 * links shall be cleared), rtd (bit 1: 1 all calls on TDM links shall be cleared) */
static void ie_a_if_selector(struct tk_emitter *e, const uint8_t *p, size_t n,
			     struct tk_inner_err *er)
{
	if (!tk_inner_fixed(er, n, 1, "an A-Interface Selector for RESET"))
		return;
	tk_emit_kv_bool(e, "clearIpCalls", p[0] & 0x02);
	tk_emit_kv_bool(e, "clearTdmCalls", p[0] & 0x01);
}

/* 3.2.2.111 Redirect Attempt Flag: the MSC is to answer with a reroute command or a reroute
 * complete (MOCN) */
static void ie_redirect_attempt(struct tk_emitter *e, const uint8_t *p, size_t n,
				struct tk_inner_err *er)
{
	(void)p;
	identifier_only(e, n, er, "redirectAttempt", "a Redirect Attempt Flag");
}

/* 3.2.2.118 LCLS-Correlation-Not-Needed */
static void ie_lcls_correlation_not_needed(struct tk_emitter *e, const uint8_t *p, size_t n,
					   struct tk_inner_err *er)
{
	(void)p;
	identifier_only(e, n, er, "lclsCorrelationNotNeeded", "an LCLS-Correlation-Not-Needed");
}

/* 3.2.2.120 LCLS-Break-Request */
static void ie_lcls_break_request(struct tk_emitter *e, const uint8_t *p, size_t n,
				  struct tk_inner_err *er)
{
	(void)p;
	identifier_only(e, n, er, "lclsBreakRequest", "an LCLS-Break-Request");
}

/* 3.2.2.121 CSFB Indication */
static void ie_csfb_indication(struct tk_emitter *e, const uint8_t *p, size_t n,
			       struct tk_inner_err *er)
{
	(void)p;
	identifier_only(e, n, er, "csfbIndication", "a CSFB Indication");
}

/* 3.2.2.122 CS to PS SRVCC */
static void ie_cs_to_ps_srvcc(struct tk_emitter *e, const uint8_t *p, size_t n,
			      struct tk_inner_err *er)
{
	(void)p;
	identifier_only(e, n, er, "csToPsSrvcc", "a CS to PS SRVCC");
}

/* 3.2.2.124 CS to PS SRVCC Indication */
static void ie_cs_to_ps_srvcc_ind(struct tk_emitter *e, const uint8_t *p, size_t n,
				  struct tk_inner_err *er)
{
	(void)p;
	identifier_only(e, n, er, "csToPsSrvccIndication", "a CS to PS SRVCC Indication");
}

/* 3.2.2.129 Attach Indicator */
static void ie_attach_indicator(struct tk_emitter *e, const uint8_t *p, size_t n,
				struct tk_inner_err *er)
{
	(void)p;
	identifier_only(e, n, er, "attachIndicator", "an Attach Indicator");
}

/*
 * Osmocom's extensions (libosmocore GSM0808_IE_OSMO_*, as the osmo-bsc manual describes them):
 * Osmux Support (0xf0), the identifier alone, in RESET and RESET ACKNOWLEDGE says the sender
 * supports Osmux; Osmux CID (0xf1), one octet, in ASSIGNMENT REQUEST and ASSIGNMENT COMPLETE
 * is the Osmux circuit identifier the sender receives the call's stream on
 */
static void ie_osmux_support(struct tk_emitter *e, const uint8_t *p, size_t n,
			     struct tk_inner_err *er)
{
	(void)p;
	identifier_only(e, n, er, "osmuxSupport", "an Osmux Support");
}

static void ie_osmux_cid(struct tk_emitter *e, const uint8_t *p, size_t n,
			 struct tk_inner_err *er)
{
	if (tk_inner_fixed(er, n, 1, "an Osmux CID"))
		tk_emit_kv_long(e, "osmuxCid", p[0]);
}

/* ---- 3.2.2.94 VGCS/VBS Cell Status -------------------------------------------------------- */

/* bits 3-1 (bits 8-4 spare) */
static const struct tk_value_string vgcs_cell_status_names[] = {
	{ 0, "cell is established for the voice group or broadcast call" },
	{ 1, "cell is not established, establishment by the BSS is to be attempted" },
	{ 2, "cell is released because no user is present" },
	{ 3, "cell is not established, no establishment by the BSS is to be attempted" },
	{ 0, NULL }
};

static void ie_vgcs_cell_status(struct tk_emitter *e, const uint8_t *p, size_t n,
				struct tk_inner_err *er)
{
	if (tk_inner_fixed(er, n, 1, "a VGCS/VBS Cell Status"))
		tk_inner_emit_name(e, "cellStatus", vgcs_cell_status_names, NULL, "reserved", p[0] & 7);
}

/* ---- MOCN rerouting: 3.2.2.112 Reroute Reject Cause, 3.2.2.113 Send Sequence Number,
 * 3.2.2.114 Reroute complete outcome --------------------------------------------------------- */

/* the TS 24.008 reject causes the CN node that rejects the MS gives (others reserved) */
static const struct tk_value_string reroute_reject_names[] = {
	{ 0x0b, "PLMN not allowed" },
	{ 0x0c, "location area not allowed" },
	{ 0x0d, "roaming not allowed in this location area" },
	{ 0x0e, "GPRS services not allowed in this PLMN" },
	{ 0x0f, "no suitable cell in location area" },
	{ 0x10, "CS/PS domain registration coordination required" },
	{ 0, NULL }
};

static void ie_reroute_reject_cause(struct tk_emitter *e, const uint8_t *p, size_t n,
				    struct tk_inner_err *er)
{
	if (!tk_inner_fixed(er, n, 1, "a Reroute Reject Cause"))
		return;
	tk_emit_kv_long(e, "rerouteRejectCauseValue", p[0]);
	tk_inner_emit_name(e, "rerouteRejectCause", reroute_reject_names, NULL, "reserved", p[0]);
}

/* bits 8-7: the N(SD) of TS 24.007 11.2.3.2.3 the MS's next MM message would carry; 6-1 spare */
static void ie_send_sequence_number(struct tk_emitter *e, const uint8_t *p, size_t n,
				    struct tk_inner_err *er)
{
	if (tk_inner_fixed(er, n, 1, "a Send Sequence Number"))
		tk_emit_kv_long(e, "sendSequenceNumber", p[0] >> 6);
}

static const struct tk_value_string reroute_outcome_names[] = {
	{ 1, "MS is accepted" },
	{ 2, "MS is not accepted" },
	{ 3, "MS is already registered" },
	{ 0, NULL }
};

static void ie_reroute_outcome(struct tk_emitter *e, const uint8_t *p, size_t n,
			       struct tk_inner_err *er)
{
	if (!tk_inner_fixed(er, n, 1, "a Reroute complete outcome"))
		return;
	tk_emit_kv_long(e, "outcomeValue", p[0]);
	tk_inner_emit_name(e, "outcome", reroute_outcome_names, NULL, "reserved", p[0]);
}

/* ---- GERAN BSC Container -------------------------------------------------------------------- */

static void ie_geran_bsc_container(struct tk_emitter *e, const uint8_t *p, size_t n,
				   struct tk_inner_err *er)
{
	(void)p;
	(void)n;
	(void)er;
	tk_emit_kv_str(e, "note", "GERAN BSC Container (3.2.2.79) carries GERAN Iu mode information;"
		       " not decoded, see hex");
}

/* ---- by identifier -------------------------------------------------------------------------------------- */

typedef void (*ie_decoder)(struct tk_emitter *e, const uint8_t *p, size_t n, struct tk_inner_err *er);

static const struct {
	uint8_t iei;
	ie_decoder dec;
} ie_decoders[] = {
	{ 0x01, ie_cic },
	{ 0x03, ie_resource_available },
	{ 0x04, ie_cause },
	{ 0x05, ie_cell_id },
	{ 0x06, ie_priority },
	{ 0x07, ie_l3_header },
	{ 0x08, ie_imsi },
	{ 0x09, ie_tmsi },
	{ 0x0a, ie_encryption_info },
	{ 0x0b, ie_channel_type },
	{ 0x0c, ie_periodicity },
	{ 0x0d, ie_extended_resource_indicator },
	{ 0x0e, ie_number_of_mss },
	{ 0x12, ie_classmark2 },
	{ 0x13, ie_classmark3 },
	{ 0x14, ie_interference_band },
	{ 0x15, ie_rr_cause },
	{ 0x17, ie_l3_info },
	{ 0x18, ie_dlci },
	{ 0x19, ie_dtx_flag },
	{ 0x1a, ie_cell_id_list },
	{ 0x1b, ie_response_request },
	{ 0x1c, ie_resource_indication_method },
	{ 0x1d, ie_classmark1 },
	{ 0x1e, ie_cic_list },
	{ 0x1f, ie_diagnostic },
	{ 0x20, ie_l3_contents },
	{ 0x21, ie_chosen_channel },
	{ 0x22, ie_total_resource_accessible },
	{ 0x23, ie_cipher_response_mode },
	{ 0x24, ie_channel_needed },
	{ 0x25, ie_trace_type },
	{ 0x26, ie_trigger_id },
	{ 0x27, ie_trace_reference },
	{ 0x28, ie_transaction_id },
	{ 0x29, ie_mobile_identity },
	{ 0x2a, ie_omc_id },
	{ 0x2b, ie_forward_indicator },
	{ 0x2c, ie_chosen_algorithm },
	{ 0x2d, ie_circuit_pool },
	{ 0x2e, ie_circuit_pool_list },
	{ 0x2f, ie_time_indication },
	{ 0x30, ie_resource_situation },
	{ 0x31, ie_current_channel1 },
	{ 0x32, ie_queuing_indicator },
	{ 0x33, ie_assignment_requirement },
	{ 0x35, ie_talker_flag },
	{ 0x36, ie_connection_release_requested },
	{ 0x37, ie_group_call_reference },
	{ 0x38, ie_emlpp_priority },
	{ 0x39, ie_config_evolution },
	{ 0x3a, ie_bss_to_bss },
	{ 0x3b, ie_lsa_id },
	{ 0x3c, ie_lsa_id_list },
	{ 0x3d, ie_lsa_info },
	{ 0x3e, ie_lcs_qos },
	{ 0x3f, ie_lsa_access_control_suppression },
	{ 0x40, ie_speech_version },
	{ 0x43, ie_lcs_priority },
	{ 0x44, ie_location_type },
	{ 0x45, ie_location_estimate },
	{ 0x46, ie_positioning_data },
	{ 0x47, ie_lcs_cause },
	{ 0x48, ie_lcs_client_type },
	{ 0x49, ie_apdu },
	{ 0x4a, ie_network_element_identity },
	{ 0x4b, ie_gps_assistance_data },
	{ 0x4c, ie_deciphering_keys },
	{ 0x4d, ie_return_error_request },
	{ 0x4e, ie_return_error_cause },
	{ 0x4f, ie_segmentation },
	{ 0x50, ie_service_handover },
	{ 0x51, ie_src_rnc_umts },
	{ 0x52, ie_foreign_container },
	{ 0x53, ie_geran_classmark },
	{ 0x54, ie_geran_bsc_container },
	{ 0x55, ie_velocity_estimate },
	{ 0x61, ie_bss_to_bss },
	{ 0x63, ie_inter_system_info },
	{ 0x64, ie_sna_access_info },
	{ 0x65, ie_vstk_rand },
	{ 0x66, ie_vstk },
	{ 0x67, ie_paging_info },
	{ 0x68, ie_imei },
	{ 0x69, ie_vgcs_feature_flags },
	{ 0x6a, ie_talker_priority },
	{ 0x6b, ie_emergency_set },
	{ 0x6c, ie_talker_identity },
	{ 0x6d, ie_cell_id_list_segment },
	{ 0x6e, ie_sms_to_vgcs },
	{ 0x6f, ie_vgcs_talker_mode },
	{ 0x70, ie_vgcs_cell_status },
	{ 0x71, ie_cell_id_list_segment_status },
	{ 0x72, ie_cell_id_list_segment_status },
	{ 0x73, ie_cell_id_list_segment_status },
	{ 0x74, ie_cell_id_list_segment_status },
	{ 0x75, ie_ganss_assistance_data },
	{ 0x76, ie_ganss_positioning_data },
	{ 0x77, ie_ganss_location_type },
	{ 0x78, ie_app_data },
	{ 0x79, ie_data_identity },
	{ 0x7a, ie_app_data_info },
	{ 0x7b, ie_msisdn },
	{ 0x7c, ie_aoip_address },
	{ 0x7d, ie_speech_codec_list },
	{ 0x7e, ie_speech_codec },
	{ 0x7f, ie_call_id },
	{ 0x80, ie_call_id_list },
	{ 0x81, ie_a_if_selector },
	{ 0x83, ie_kc128 },
	{ 0x84, ie_csg_id },
	{ 0x85, ie_redirect_attempt },
	{ 0x86, ie_reroute_reject_cause },
	{ 0x87, ie_send_sequence_number },
	{ 0x88, ie_reroute_outcome },
	{ 0x89, ie_gcr },
	{ 0x8a, ie_lcls_config },
	{ 0x8b, ie_lcls_control },
	{ 0x8c, ie_lcls_correlation_not_needed },
	{ 0x8d, ie_lcls_status },
	{ 0x8e, ie_lcls_break_request },
	{ 0x8f, ie_csfb_indication },
	{ 0x90, ie_cs_to_ps_srvcc },
	{ 0x91, ie_src_enb_to_tgt_enb },
	{ 0x92, ie_cs_to_ps_srvcc_ind },
	{ 0x93, ie_foreign_container },
	{ 0x94, ie_plmn },
	{ 0x95, ie_plmn },
	{ 0x96, ie_lai },
	{ 0x97, ie_attach_indicator },
	{ 0x98, ie_plmn },
	{ 0x99, ie_plmn },
	{ 0x9a, ie_plmn },
	{ 0xf0, ie_osmux_support },
	{ 0xf1, ie_osmux_cid },
};

static ie_decoder find_decoder(uint8_t iei)
{
	size_t i;

	for (i = 0; i < sizeof(ie_decoders) / sizeof(ie_decoders[0]); i++)
		if (ie_decoders[i].iei == iei)
			return ie_decoders[i].dec;
	return NULL;
}

void tk_emit_bssmap_ie(struct tk_emitter *e, uint8_t iei, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	ie_decoder dec = find_decoder(iei);

	n = tk_inner_start(e, &er, p, n);
	if (dec)
		dec(e, p, n, &er);
	else
		tk_inner_fail(&er, 0, "no decoder for information element 0x%02x", iei);
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_bssmap_tlv(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t len;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_need(&er, n, 2, "an information element with identifier and length"))
		goto out;
	tk_emit_kv_long(e, "iei", p[0]);
	tk_emit_kv_str(e, "name", tk_vs_name(bssmap_ie_names, p[0]));
	len = p[1];
	if (2 + len > n) {
		tk_inner_fail(&er, 1, "length %zu, %zu octets follow", len, n - 2);
		len = n - 2;
	} else if (2 + len < n) {
		tk_inner_fail(&er, 2 + len, "%zu octets after the information element", n - 2 - len);
	}
	tk_emit_key(e, "decoded");
	tk_emit_bssmap_ie(e, p[0], p + 2, len);
out:
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_bssmap_permitted_algorithms(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_need(&er, n, 1, "a permitted algorithms octet"))
		permitted_algorithms(e, p[0]);
	tk_inner_extra(&er, n, 1, "a permitted algorithms octet");
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_bssmap_classmark_info(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n == 1)
		ie_classmark1(e, p, n, &er);
	else if (n > 1)
		ie_classmark2(e, p, n, &er);
	else
		tk_inner_need(&er, n, 1, "a classmark");
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_lsa_attributes(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_need(&er, n, 1, "LSA attributes"))
		lsa_attributes(e, p[0]);
	tk_inner_extra(&er, n, 1, "LSA attributes");
	tk_inner_finish(e, p, n, &er);
}

/*
 * TS 29.002 Codec: octet 1 the TS 26.103 codec identification, then its parameters.  For the
 * AMR types (FR, HR, UMTS, UMTS 2, OHR AMR) TS 26.103 puts the active codec set (ACS) and
 * supported codec set (SCS) first, one bit per mode (bit 1 4.75 kbit/s ... bit 8 12.2
 * kbit/s); the octets after them stay in the hex, as do the parameters of other codecs.
 */
void tk_emit_codec_26103(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	static const char *const modes[8] = { "4.75", "5.15", "5.90", "6.70", "7.40", "7.95", "10.2",
					      "12.2" };
	struct tk_inner_err er;
	int i, k;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_need(&er, n, 1, "a Codec"))
		goto out;
	tk_emit_kv_long(e, "codecType", p[0]);
	tk_inner_emit_name(e, "codec", codec_type_names, NULL, "unknown codec type", p[0]);
	if (p[0] == 0x03 || p[0] == 0x04 || p[0] == 0x05 || p[0] == 0x06 || p[0] == 0x0b) {
		for (k = 1; k < 3 && (size_t)k < n; k++) {
			tk_emit_key(e, k == 1 ? "activeCodecSet" : "supportedCodecSet");
			tk_emit_open(e, 1);
			for (i = 0; i < 8; i++)
				if (p[k] & (1u << i))
					tk_emit_str(e, modes[i]);
			tk_emit_close(e, 1);
		}
	}
	if (n > 4)
		tk_inner_fail(&er, 4, "%zu octets, a Codec has at most 4", n);
out:
	tk_inner_finish(e, p, n, &er);
}

/*
 * Where libosmocore's gsm0808_att_tlvdef() does not follow TS 48.008: the element identifier
 * alone for Connection Release Requested (3.2.2.3), LCLS-Correlation-Not-Needed (3.2.2.118)
 * and LCLS-Break-Request (3.2.2.120), which it gives a value octet; 20 value octets for
 * Resource Available (3.2.2.4, five bands of two 16-bit counts), where it has 21; 2 for Trace
 * Reference (3.2.2.39), where it has 1.  Returns the value length, or -1: libosmocore's table
 * (next_ie() also reads the two-octet length of the APDU, 3.2.2.68, which it has as one).
 */
static int fixed_value_len(uint8_t iei)
{
	switch (iei) {
	case 0x36:
	case 0x8c:
	case 0x8e:
		return 0;
	case 0x03:
		return 20;
	case 0x27:
		return 2;
	}
	return -1;
}

/* the element at p[0..n), n >= 1: its identifier, value length and value; returns the octets
 * it takes, or 0 when it runs past n */
static size_t next_ie(const uint8_t *p, size_t n, uint8_t *tag, size_t *vlen, const uint8_t **val)
{
	int k = fixed_value_len(p[0]);
	uint16_t l;
	int used;

	if (k >= 0) {
		if (1 + (size_t)k > n)
			return 0;
		*tag = p[0];
		*vlen = (size_t)k;
		*val = p + 1;
		return 1 + (size_t)k;
	}
	if (p[0] == 0x49) {
		if (n < 3 || 3 + be16(p + 1) > n)
			return 0;
		*tag = p[0];
		*vlen = be16(p + 1);
		*val = p + 3;
		return 3 + *vlen;
	}
	used = tlv_parse_one(tag, &l, val, gsm0808_att_tlvdef(), p, n);
	if (used <= 0 || (size_t)used > n)
		return 0;
	*vlen = l;
	return (size_t)used;
}

/*
 * TS 48.008 3.2.2.1: the BSSMAP message types, named as the standard writes them (libosmocore's
 * gsm0808_bssmap_name abbreviates: "HANDOVER REQ ACK").  Codes from libosmocore's
 * enum BSS_MAP_MSG_TYPE; every name compared with tshark 4.0.17's gsm_a_bssmap for its code
 * (tshark writes title case and marks 0x2a obsolete).
 */
static const struct tk_value_string bssmap_msg_names[] = {
	{ 0x01, "ASSIGNMENT REQUEST" },
	{ 0x02, "ASSIGNMENT COMPLETE" },
	{ 0x03, "ASSIGNMENT FAILURE" },
	{ 0x04, "VGCS/VBS SETUP" },
	{ 0x05, "VGCS/VBS SETUP ACK" },
	{ 0x06, "VGCS/VBS SETUP REFUSE" },
	{ 0x07, "VGCS/VBS ASSIGNMENT REQUEST" },
	{ 0x08, "CHANNEL MODIFY REQUEST" },
	{ 0x10, "HANDOVER REQUEST" },
	{ 0x11, "HANDOVER REQUIRED" },
	{ 0x12, "HANDOVER REQUEST ACKNOWLEDGE" },
	{ 0x13, "HANDOVER COMMAND" },
	{ 0x14, "HANDOVER COMPLETE" },
	{ 0x15, "HANDOVER SUCCEEDED" },
	{ 0x16, "HANDOVER FAILURE" },
	{ 0x17, "HANDOVER PERFORMED" },
	{ 0x18, "HANDOVER CANDIDATE ENQUIRE" },
	{ 0x19, "HANDOVER CANDIDATE RESPONSE" },
	{ 0x1a, "HANDOVER REQUIRED REJECT" },
	{ 0x1b, "HANDOVER DETECT" },
	{ 0x1c, "VGCS/VBS ASSIGNMENT RESULT" },
	{ 0x1d, "VGCS/VBS ASSIGNMENT FAILURE" },
	{ 0x1e, "VGCS/VBS QUEUING INDICATION" },
	{ 0x1f, "UPLINK REQUEST" },
	{ 0x20, "CLEAR COMMAND" },
	{ 0x21, "CLEAR COMPLETE" },
	{ 0x22, "CLEAR REQUEST" },
	{ 0x25, "SAPI \"n\" REJECT" },
	{ 0x26, "CONFUSION" },
	{ 0x27, "UPLINK REQUEST ACKNOWLEDGE" },
	{ 0x28, "SUSPEND" },
	{ 0x29, "RESUME" },
	{ 0x2a, "CONNECTION ORIENTED INFORMATION" },
	{ 0x2b, "PERFORM LOCATION REQUEST" },
	{ 0x2c, "LSA INFORMATION" },
	{ 0x2d, "PERFORM LOCATION RESPONSE" },
	{ 0x2e, "PERFORM LOCATION ABORT" },
	{ 0x2f, "COMMON ID" },
	{ 0x30, "RESET" },
	{ 0x31, "RESET ACKNOWLEDGE" },
	{ 0x32, "OVERLOAD" },
	{ 0x34, "RESET CIRCUIT" },
	{ 0x35, "RESET CIRCUIT ACKNOWLEDGE" },
	{ 0x36, "MSC INVOKE TRACE" },
	{ 0x37, "BSS INVOKE TRACE" },
	{ 0x3a, "CONNECTIONLESS INFORMATION" },
	{ 0x3b, "VGCS/VBS ASSIGNMENT STATUS" },
	{ 0x3c, "VGCS/VBS AREA CELL INFO" },
	{ 0x3d, "RESET IP RESOURCE" },
	{ 0x3e, "RESET IP RESOURCE ACKNOWLEDGE" },
	{ 0x40, "BLOCK" },
	{ 0x41, "BLOCKING ACKNOWLEDGE" },
	{ 0x42, "UNBLOCK" },
	{ 0x43, "UNBLOCKING ACKNOWLEDGE" },
	{ 0x44, "CIRCUIT GROUP BLOCK" },
	{ 0x45, "CIRCUIT GROUP BLOCKING ACKNOWLEDGE" },
	{ 0x46, "CIRCUIT GROUP UNBLOCK" },
	{ 0x47, "CIRCUIT GROUP UNBLOCKING ACKNOWLEDGE" },
	{ 0x48, "UNEQUIPPED CIRCUIT" },
	{ 0x49, "UPLINK REQUEST CONFIRMATION" },
	{ 0x4a, "UPLINK RELEASE INDICATION" },
	{ 0x4b, "UPLINK REJECT COMMAND" },
	{ 0x4c, "UPLINK RELEASE COMMAND" },
	{ 0x4d, "UPLINK SEIZED COMMAND" },
	{ 0x4e, "CHANGE CIRCUIT" },
	{ 0x4f, "CHANGE CIRCUIT ACKNOWLEDGE" },
	{ 0x50, "RESOURCE REQUEST" },
	{ 0x51, "RESOURCE INDICATION" },
	{ 0x52, "PAGING" },
	{ 0x53, "CIPHER MODE COMMAND" },
	{ 0x54, "CLASSMARK UPDATE" },
	{ 0x55, "CIPHER MODE COMPLETE" },
	{ 0x56, "QUEUING INDICATION" },
	{ 0x57, "COMPLETE LAYER 3 INFORMATION" },
	{ 0x58, "CLASSMARK REQUEST" },
	{ 0x59, "CIPHER MODE REJECT" },
	{ 0x5a, "LOAD INDICATION" },
	{ 0x60, "VGCS ADDITIONAL INFORMATION" },
	{ 0x61, "VGCS SMS" },
	{ 0x62, "NOTIFICATION DATA" },
	{ 0x63, "UPLINK APPLICATION DATA" },
	{ 0x70, "INTERNAL HANDOVER REQUIRED" },
	{ 0x71, "INTERNAL HANDOVER REQUIRED REJECT" },
	{ 0x72, "INTERNAL HANDOVER COMMAND" },
	{ 0x73, "INTERNAL HANDOVER ENQUIRY" },
	{ 0x74, "LCLS-CONNECT-CONTROL" },
	{ 0x75, "LCLS-CONNECT-CONTROL-ACK" },
	{ 0x76, "LCLS-NOTIFICATION" },
	{ 0x78, "REROUTE COMMAND" },
	{ 0x79, "REROUTE COMPLETE" },
	{ 0, NULL }
};

/*
 * The message type and the elements of m[0..n) (n >= 1), from the message type on; base is
 * where m starts in the octets er reports on.  nested: the message received of a Diagnostics,
 * whose own Diagnostics elements are left in hex.
 */
static void bssmap_body(struct tk_emitter *e, const uint8_t *m, size_t n, size_t base,
			struct tk_inner_err *er, int nested)
{
	size_t off, used, vlen;
	const uint8_t *val;
	uint8_t tag;

	tk_emit_kv_long(e, "messageType", m[0]);
	tk_inner_emit_name(e, "message", bssmap_msg_names, NULL, "unknown BSSMAP message type", m[0]);
	tk_emit_key(e, "ies");
	tk_emit_open(e, 1);
	for (off = 1; off < n; off += used) {
		used = next_ie(m + off, n - off, &tag, &vlen, &val);
		if (!used) {
			tk_inner_fail(er, base + off, "information element 0x%02x runs past the message",
				      m[off]);
			break;
		}
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "iei", tag);
		tk_emit_kv_str(e, "name", tk_vs_name(bssmap_ie_names, tag));
		if (vlen)
			tk_emit_kv_hex(e, "value", val, vlen);
		if (find_decoder(tag) && !(nested && tag == 0x1f)) {
			tk_emit_key(e, "decoded");
			tk_emit_bssmap_ie(e, tag, val, vlen);
		}
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
}

static void bssmap(struct tk_emitter *e, const uint8_t *p, size_t n,
		   struct tk_inner_err *er)
{
	size_t len;

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
	bssmap_body(e, p + 2, len, 2, er, 0);
	if (2 + len < n)
		tk_inner_fail(er, 2 + len, "%zu octets after the BSSMAP message", n - 2 - len);
}

/* DLCI (TS 48.006 9.3.2), length, then one layer 3 message (dtap.c) */
static void dtap(struct tk_emitter *e, const uint8_t *p, size_t n, struct tk_inner_err *er)
{
	size_t len;

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
	tk_emit_kv_hex(e, "l3", p + 3, len);
	tk_emit_dtap_l3(e, p + 3, len, 3, er);
	if (3 + len < n)
		tk_inner_fail(er, 3 + len, "%zu octets after the DTAP message", n - 3 - len);
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
