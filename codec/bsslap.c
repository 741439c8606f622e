/*
 * BSSLAP (3GPP TS 48.071), LLP (TS 44.071) and SMLCPP (TS 48.031): the location-services
 * messages of a BSSMAP APDU (TS 48.008 3.2.2.68).  See bsslap.h.
 *
 * BSSLAP (clause 5.1): the message type octet, then information elements, each an identifier
 * octet (Table 5.1) and either a fixed-length value (type TV) or a length octet and the
 * value (TLV); the RRLP IE (5.16) has a length of two octets.  The elements of a message are
 * walked in order (clause 4 gives which each message has); a missing mandatory element is
 * reported after the walk.  TS 44.018 element values are decoded by dtap.c and freqlist.c,
 * TS 48.008 cell identifiers by bssap.c, the RRLP IE by rrlp.c.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#include "bssap.h"
#include "csn1.h"
#include "bsslap.h"
#include "dtap.h"
#include "freqlist.h"
#include "inner.h"
#include "names.h"
#include "print.h"
#include "rrlp.h"

/* TS 48.071 Table 5.1.1: message type codes (0, 3 .. 9, 14 and the rest are reserved or
 * spare; 4 and 5 were used by an earlier version) */
static const struct tk_value_string bsslap_msg_names[] = {
	{ 0x01, "TA REQUEST" },
	{ 0x02, "TA RESPONSE" },
	{ 0x0a, "REJECT" },
	{ 0x0b, "RESET" },
	{ 0x0c, "ABORT" },
	{ 0x0d, "TA LAYER3" },
	{ 0x0f, "MS POSITION COMMAND" },
	{ 0x10, "MS POSITION RESPONSE" },
	{ 0x11, "U-TDOA REQUEST" },
	{ 0x12, "U-TDOA RESPONSE" },
	{ 0, NULL }
};

/* TS 48.071 Table 5.1: element identifier codes (the others are reserved: 0x08, 0x0a-0x0c,
 * 0x11-0x13 and 0x15 were used by an earlier version) */
enum {
	IE_TA = 0x01,
	IE_CELL_IDENTITY = 0x09,
	IE_CHANNEL_DESCRIPTION = 0x10,
	IE_MEASUREMENT_REPORT = 0x14,
	IE_CAUSE = 0x18,
	IE_RRLP_FLAG = 0x19,
	IE_RRLP = 0x1b,
	IE_CELL_IDENTITY_LIST = 0x1c,
	IE_ENHANCED_MEASUREMENT_REPORT = 0x1d,
	IE_LAC = 0x1e,
	IE_FREQUENCY_LIST = 0x21,
	IE_MS_POWER = 0x22,
	IE_DELTA_TIMER = 0x23,
	IE_SERVING_CELL_IDENTIFIER = 0x24,
	IE_ENCRYPTION_KEY = 0x25,
	IE_CIPHER_MODE_SETTING = 0x26,
	IE_CHANNEL_MODE = 0x27,
	IE_MULTIRATE_CONFIGURATION = 0x28,
	IE_POLLING_REPETITION = 0x29,
	IE_PACKET_CHANNEL_DESCRIPTION = 0x2a,
	IE_TLLI = 0x2b,
	IE_TFI = 0x2c,
	IE_TBF_STARTING_TIME = 0x2d,
	IE_POWERUP_STARTING_TIME = 0x2e,
	IE_LONG_ENCRYPTION_KEY = 0x2f,
	IE_CONCURRENT_POSITIONING_FLAG = 0x30,
};

static const struct tk_value_string bsslap_ie_names[] = {
	{ IE_TA, "Timing Advance" },
	{ IE_CELL_IDENTITY, "Cell Identity" },
	{ IE_CHANNEL_DESCRIPTION, "Channel Description" },
	{ IE_MEASUREMENT_REPORT, "Measurement Report" },
	{ IE_CAUSE, "Cause" },
	{ IE_RRLP_FLAG, "RRLP Flag" },
	{ IE_RRLP, "RRLP IE" },
	{ IE_CELL_IDENTITY_LIST, "Cell Identity List" },
	{ IE_ENHANCED_MEASUREMENT_REPORT, "Enhanced Measurement Report" },
	{ IE_LAC, "Location Area Code" },
	{ IE_FREQUENCY_LIST, "Frequency List" },
	{ IE_MS_POWER, "MS Power" },
	{ IE_DELTA_TIMER, "Delta Timer" },
	{ IE_SERVING_CELL_IDENTIFIER, "Serving Cell Identifier" },
	{ IE_ENCRYPTION_KEY, "Encryption Key" },
	{ IE_CIPHER_MODE_SETTING, "Cipher Mode Setting" },
	{ IE_CHANNEL_MODE, "Channel Mode" },
	{ IE_MULTIRATE_CONFIGURATION, "MultiRate Configuration" },
	{ IE_POLLING_REPETITION, "Polling Repetition" },
	{ IE_PACKET_CHANNEL_DESCRIPTION, "Packet Channel Description" },
	{ IE_TLLI, "TLLI" },
	{ IE_TFI, "TFI" },
	{ IE_TBF_STARTING_TIME, "TBF Starting Time" },
	{ IE_POWERUP_STARTING_TIME, "Powerup Starting Time" },
	{ IE_LONG_ENCRYPTION_KEY, "Long Encryption Key" },
	{ IE_CONCURRENT_POSITIONING_FLAG, "Concurrent Positioning Flag" },
	{ 0, NULL }
};

/* the format of an element (the tables of clause 4): TV with k value octets, TLV with a
 * length octet, or the RRLP IE's two length octets (5.16).  Where the clause 4 tables could
 * not be read here, the format is the one two implementations agree on: the Location Area
 * Code TLV; the Packet Channel Description four octets (TV 5; tshark 4.0 reads it as TLV);
 * the TFI TV 2 (as the clause 4 table Wireshark cites; libosmocore has it as TLV); the
 * elements after 0x2d (Release 7 and later) as libosmocore has them. */
enum { FMT_UNKNOWN, FMT_TV, FMT_TLV, FMT_TLV2 };

static int ie_format(uint8_t iei, size_t *k)
{
	switch (iei) {
	case IE_TA:				/* 5.2, TV 2 */
	case IE_CAUSE:				/* 5.14, TV 2 */
	case IE_RRLP_FLAG:			/* 5.15, TV 2 */
	case IE_MS_POWER:			/* 5.21, TV 2 */
	case IE_DELTA_TIMER:			/* 5.22, TV 2 */
	case IE_CIPHER_MODE_SETTING:		/* 5.25, TV 2 */
	case IE_CHANNEL_MODE:			/* 5.26, TV 2 */
	case IE_POLLING_REPETITION:		/* 5.28, TV 2 */
	case IE_TFI:				/* 5.31, TV 2 */
	case IE_CONCURRENT_POSITIONING_FLAG:	/* TV 2 */
		*k = 1;
		return FMT_TV;
	case IE_CELL_IDENTITY:			/* 5.4, TV 3 */
	case IE_TBF_STARTING_TIME:		/* 5.32, TV 3 */
		*k = 2;
		return FMT_TV;
	case IE_CHANNEL_DESCRIPTION:		/* 5.8, TV 4 */
		*k = 3;
		return FMT_TV;
	case IE_PACKET_CHANNEL_DESCRIPTION:	/* 5.29: four octets of CSN.1 */
	case IE_TLLI:				/* 5.30, TV 5 */
		*k = 4;
		return FMT_TV;
	case IE_ENCRYPTION_KEY:			/* 5.24, TV 9 */
		*k = 8;
		return FMT_TV;
	case IE_LONG_ENCRYPTION_KEY:		/* Kc128 */
		*k = 16;
		return FMT_TV;
	case IE_RRLP:
		return FMT_TLV2;
	case IE_MEASUREMENT_REPORT:		/* 5.12, TLV 18 */
	case IE_CELL_IDENTITY_LIST:		/* 5.17, TLV 6-n */
	case IE_ENHANCED_MEASUREMENT_REPORT:	/* 5.18, TLV 4-n */
	case IE_LAC:				/* 5.19 */
	case IE_FREQUENCY_LIST:			/* 5.20, TLV 3-n */
	case IE_SERVING_CELL_IDENTIFIER:	/* 5.23, TLV 4-n */
	case IE_MULTIRATE_CONFIGURATION:	/* 5.27, TLV 4-n */
	case IE_POWERUP_STARTING_TIME:
		return FMT_TLV;
	}
	return FMT_UNKNOWN;
}

/* 5.14 Cause */
static const struct tk_value_string bsslap_cause_names[] = {
	{ 0x00, "Congestion" },
	{ 0x01, "Channel Mode not supported" },
	{ 0x02, "Positioning procedure not supported" },
	{ 0x03, "Failure for other radio related events" },
	{ 0x04, "Intra-BSS handover" },
	{ 0x05, "Supervision Timer Expired" },
	{ 0x06, "Inter-BSS handover" },
	{ 0x07, "Loss of signalling connection to MS" },
	{ 0x08, "Incorrect serving cell identity" },
	{ 0x09, "BSSAP-LE Segmentation error" },
	{ 0x0a, "Concurrent positioning procedure not executed" },
	{ 0, NULL }
};

/* 5.15 RRLP Flag, bit 1 */
static const struct tk_value_string rrlp_flag_names[] = {
	{ 0, "Position Command (SMLC to BSC) or final response (BSC to SMLC)" },
	{ 1, "Not a Positioning Command or final response" },
	{ 0, NULL }
};

/* 5.17 Cell Identity List: the cell identification discriminator (bits 4-1) */
static const struct tk_value_string cell_id_disc_names[] = {
	{ 0, "whole Cell Global Identification (CGI)" },
	{ 1, "Location Area Code (LAC) and Cell Identity (CI)" },
	{ 2, "3G Cell identification container 1" },
	{ 3, "3G Cell identification container 2" },
	{ 0, NULL }
};

/* one value octet: the whole octet, or bits (mask) of it, under key */
static void ie_octet(struct tk_emitter *e, const uint8_t *p, size_t n, const char *key,
		     unsigned mask, const char *what)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 1, what))
		tk_emit_kv_long(e, key, p[0] & mask);
	tk_inner_finish(e, p, n, &er);
}

/*
 * 5.17 Cell Identity List: cell identifiers one after another, each a discriminator octet
 * (bits 4-1, as the TS 48.008 Cell Identifier's) and the identification: the CGI (7
 * octets) or LAC and CI (4), each decoded as a TS 48.008 3.2.2.17 Cell Identifier value
 * (bssap.c).  A 3G cell identification container's length is not in the list: it and what
 * follows stay in the hex.
 */
static void ie_cell_identity_list(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t off, k;
	unsigned disc;

	n = tk_inner_start(e, &er, p, n);
	tk_emit_key(e, "cells");
	tk_emit_open(e, 1);
	for (off = 0; off < n; off += 1 + k) {
		disc = p[off] & 0x0f;
		if (disc == 0) {
			k = 7;
		} else if (disc == 1) {
			k = 4;
		} else {
			tk_emit_open(e, 0);
			tk_inner_emit_name(e, "discriminator", cell_id_disc_names, NULL, "reserved",
					   disc);
			tk_emit_kv_hex(e, "identification", p + off + 1, n - off - 1);
			tk_emit_close(e, 0);
			if (disc > 3)
				tk_inner_fail(&er, off, "reserved cell identification discriminator %u",
					      disc);
			break;
		}
		if (off + 1 + k > n) {
			tk_inner_fail(&er, n, "truncated: a cell identification of discriminator %u "
				      "has %zu octets, %zu present", disc, k, n - off - 1);
			break;
		}
		tk_emit_bssmap_ie(e, 0x05, p + off, 1 + k);
	}
	tk_emit_close(e, 1);
	if (n == 0)
		tk_inner_fail(&er, 0, "empty Cell Identity List");
	tk_inner_finish(e, p, n, &er);
}

/* bits [at, at + k) of p, the first bit the most significant of p[0] */
static unsigned bits_at(const uint8_t *p, size_t at, unsigned k)
{
	unsigned v = 0;

	while (k--) {
		v = v << 1 | ((p[at / 8] >> (7 - at % 8)) & 1);
		at++;
	}
	return v;
}

/*
 * 5.12 Measurement Report: the TS 44.018 10.5.2.20 Measurement Results from octet 2 (16
 * octets): BA-USED (octet 2 bit 8), DTX-USED (bit 7), RXLEV-FULL-SERVING-CELL (bits 6-1),
 * 3G-BA-USED (octet 3 bit 8), MEAS-VALID (bit 7, 0: valid), RXLEV-SUB-SERVING-CELL (bits 6-1),
 * SI23_BA_USED (octet 4 bit 8), RXQUAL-FULL-SERVING-CELL (bits 7-5), RXQUAL-SUB-SERVING-CELL (bits 4-2), NO-NCELL-M
 * (octet 4 bit 1 and octet 5 bits 8-7; 7: no neighbour cell information), then for each of
 * the NO-NCELL-M neighbour cells (of six places) RXLEV-NCELL (6 bits), BCCH-FREQ-NCELL (5
 * bits, an index into the BA list) and BSIC-NCELL (6 bits), one bit string.  RXLEV and
 * RXQUAL are shown as coded (TS 45.008 8.1.4, 8.2.4 ranges).
 */
static void ie_measurement_results(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	unsigned k, cells;
	size_t at;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_fixed(&er, n, 16, "a Measurement Results"))
		goto out;
	tk_emit_kv_long(e, "baUsed", p[0] >> 7);
	tk_emit_kv_bool(e, "dtxUsed", p[0] & 0x40);
	tk_emit_kv_long(e, "rxlevFullServingCell", p[0] & 0x3f);
	tk_emit_kv_long(e, "baUsed3g", p[1] >> 7);
	tk_emit_kv_bool(e, "measValid", !(p[1] & 0x40));
	tk_emit_kv_long(e, "rxlevSubServingCell", p[1] & 0x3f);
	tk_emit_kv_long(e, "si23BaUsed", p[2] >> 7);
	tk_emit_kv_long(e, "rxqualFullServingCell", (p[2] >> 4) & 7);
	tk_emit_kv_long(e, "rxqualSubServingCell", (p[2] >> 1) & 7);
	cells = bits_at(p, 23, 3);
	tk_emit_kv_long(e, "noNcellM", cells);
	if (cells == 7) {
		tk_emit_kv_str(e, "neighbourCells", "neighbour cell information not available for "
			       "serving cell");
		goto out;
	}
	tk_emit_key(e, "neighbourCells");
	tk_emit_open(e, 1);
	for (k = 0, at = 26; k < cells; k++, at += 17) {
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "rxlevNcell", bits_at(p, at, 6));
		tk_emit_kv_long(e, "bcchFreqNcell", bits_at(p, at + 6, 5));
		tk_emit_kv_long(e, "bsicNcell", bits_at(p, at + 11, 6));
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
out:
	tk_inner_finish(e, p, n, &er);
}

/* a two-octet number under key */
static void ie_two_octets(struct tk_emitter *e, const uint8_t *p, size_t n, const char *key,
			  const char *what)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_fixed(&er, n, 2, what))
		tk_emit_kv_long(e, key, (long)p[0] << 8 | p[1]);
	tk_inner_finish(e, p, n, &er);
}

/* TS 44.018 9.1.55 ENHANCED MEASUREMENT REPORT: BSIC_Seen and SCALE (one bit each) */
static const struct tk_value_string emr_bsic_seen_names[] = {
	{ 0, "no cell with invalid BSIC and allowed NCC part of BSIC is seen" },
	{ 1, "one cell or more with invalid BSIC and allowed NCC part of BSIC is seen" },
	{ 0, NULL }
};

static const struct tk_value_string emr_scale_names[] = {
	{ 0, "0 dB" },
	{ 1, "+10 dB" },
	{ 0, NULL }
};

/* the next width bits as key; 0 when the bits ran out (and er says so) */
static int emr_field(struct tk_emitter *e, struct tk_csn1 *b, unsigned width, const char *key,
		     uint32_t *v, size_t n, struct tk_inner_err *er)
{
	if (tk_csn1_get(b, width, v) < 0) {
		tk_inner_fail(er, n, "truncated: the Enhanced Measurement Report ends before %s", key);
		return 0;
	}
	if (e)
		tk_emit_kv_long(e, key, *v);
	return 1;
}

/*
 * 5.18 Enhanced Measurement Report: the TS 44.018 9.1.55 ENHANCED MEASUREMENT REPORT message,
 * CSN.1 from its first octet:
 *   < RR short PD : bit > < Message type : bit (5) > (00100) < Short layer 2 header : bit (2) >
 *   < BA_USED : bit > < 3G_BA_USED : bit > < BSIC_Seen : bit > < SCALE : bit >
 *   { 0 | 1 < Serving cell data : < DTX_USED : bit > < RXLEV_VAL : bit (6) >
 *            < RX_QUAL_FULL : bit (3) > < MEAN_BEP : bit (5) > < CV_BEP : bit (3) >
 *            < NBR_RCVD_BLOCKS : bit (5) > > }
 *   { 1 < Repeated Invalid_BSIC_Information : < BCCH-FREQ-NCELL : bit (5) > < BSIC : bit (6) >
 *        < RXLEV-NCELL : bit (6) > > } ** 0
 *   { 0 | 1 < bitmap type reporting > } ...
 * The bitmap type reporting has one place per cell of the neighbour cell list in use, which
 * the message does not carry, so it and what follows (the extensions) stay in the hex.
 * RXLEV, RXQUAL and BEP are shown as coded (TS 45.008 8.1.4, 8.2.4, 10.2.3.3).
 */
static void ie_enhanced_measurement_report(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	struct tk_csn1 b;
	uint32_t v = 0;

	n = tk_inner_start(e, &er, p, n);
	tk_csn1_init(&b, p, n);
	if (!emr_field(e, &b, 1, "rrShortPd", &v, n, &er) ||
	    !emr_field(e, &b, 5, "messageType", &v, n, &er))
		goto out;
	if (v != 4) {
		tk_inner_fail(&er, 0, "short PD message type %u: not an ENHANCED MEASUREMENT REPORT "
			      "(4)", (unsigned)v);
		goto out;
	}
	if (!emr_field(e, &b, 2, "shortLayer2Header", &v, n, &er) ||
	    !emr_field(e, &b, 1, "baUsed", &v, n, &er) ||
	    !emr_field(e, &b, 1, "baUsed3g", &v, n, &er) ||
	    !emr_field(NULL, &b, 1, "bsicSeen", &v, n, &er))
		goto out;
	tk_inner_emit_name(e, "bsicSeen", emr_bsic_seen_names, NULL, "reserved", v);
	if (!emr_field(NULL, &b, 1, "scale", &v, n, &er))
		goto out;
	tk_inner_emit_name(e, "scale", emr_scale_names, NULL, "reserved", v);
	if (!emr_field(NULL, &b, 1, "the serving cell data", &v, n, &er))
		goto out;
	if (v) {
		int ok;

		tk_emit_key(e, "servingCellData");
		tk_emit_open(e, 0);
		ok = emr_field(NULL, &b, 1, "DTX_USED", &v, n, &er);
		if (ok)
			tk_emit_kv_bool(e, "dtxUsed", v);
		ok = ok && emr_field(e, &b, 6, "rxlevVal", &v, n, &er) &&
		     emr_field(e, &b, 3, "rxQualFull", &v, n, &er) &&
		     emr_field(e, &b, 5, "meanBep", &v, n, &er) &&
		     emr_field(e, &b, 3, "cvBep", &v, n, &er) &&
		     emr_field(e, &b, 5, "nbrRcvdBlocks", &v, n, &er);
		tk_emit_close(e, 0);
		if (!ok)
			goto out;
	}
	tk_emit_key(e, "invalidBsicCells");
	tk_emit_open(e, 1);
	/* each entry takes 18 bits of the n octets: the loop ends */
	for (;;) {
		int ok;

		if (!emr_field(NULL, &b, 1, "the end of the invalid BSIC list", &v, n, &er))
			break;
		if (!v)
			break;
		tk_emit_open(e, 0);
		ok = emr_field(e, &b, 5, "bcchFreqNcell", &v, n, &er) &&
		     emr_field(e, &b, 6, "bsic", &v, n, &er) &&
		     emr_field(e, &b, 6, "rxlevNcell", &v, n, &er);
		tk_emit_close(e, 0);
		if (!ok)
			break;
	}
	tk_emit_close(e, 1);
	if (er.set)
		goto out;
	if (!emr_field(NULL, &b, 1, "the bitmap type reporting", &v, n, &er))
		goto out;
	tk_emit_kv_bool(e, "bitmapTypeReporting", v);
out:
	tk_inner_finish(e, p, n, &er);
}

/* TS 23.003 2.6 (Table 1): the kind of a TLLI by its most significant bits (31 onwards) */
static const char *tlli_kind(uint32_t t)
{
	switch (t >> 30) {
	case 3:
		return "local TLLI";
	case 2:
		return "foreign TLLI";
	}
	switch (t >> 27) {
	case 0x0f:
		return "random TLLI";
	case 0x0e:
		return "auxiliary TLLI";
	}
	return NULL;
}

/*
 * 5.30 TLLI: the 32 bits of TS 23.003 2.6 as "tlli" (hex) and "tlliType": local (bits 31-30
 * 11) and foreign (10) TLLIs carry bits 29-0 of a P-TMSI ("ptmsiBits", hex), random (bits
 * 31-27 01111) and auxiliary (01110) ones 27 other bits; the other codes are reserved (or,
 * in GERAN Iu mode, part of a G-RNTI).
 */
static void ie_tlli(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	const char *kind;
	uint32_t t;
	char buf[16];

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_fixed(&er, n, 4, "a TLLI"))
		goto out;
	t = (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
	snprintf(buf, sizeof(buf), "%08x", (unsigned)t);
	tk_emit_kv_str(e, "tlli", buf);
	kind = tlli_kind(t);
	if (kind) {
		tk_emit_kv_str(e, "tlliType", kind);
	} else {
		tk_emit_kv_str(e, "tlliType", "reserved");
		tk_emit_kv_long(e, "tlliTypeBits", t >> 27);
	}
	if (t >> 31) {
		snprintf(buf, sizeof(buf), "%08x", (unsigned)(t & 0x3fffffff));
		tk_emit_kv_str(e, "ptmsiBits", buf);
	}
out:
	tk_inner_finish(e, p, n, &er);
}

/*
 * 5.29 Packet Channel Description.  The element is five octets (see ie_format): the TS 44.018
 * 10.5.2.25a value is three octets of CSN.1, read from the last three of the four (the first
 * is the octet tshark reads as a length, shown as "firstOctet"):
 *   < Channel type : bit (5) > < TN : bit (3) > < TSC : bit (3) >
 *   { 0 { 0 < spare bit > < ARFCN : bit (10) >                      -- no hopping
 *       | 1 < spare bit > < MAIO : bit (6) > < MA_NUMBER_IND : bit >
 *           { 0 < spare bits : bit (2) > | 1 < CHANGE_MARK_1 : bit (2) > } }  -- indirect
 *   | 1 < MAIO : bit (6) > < HSN : bit (6) > }                      -- direct hopping
 * The channel type bits are spare (the sender sets 00001); MA_NUMBER_IND 0 selects
 * MA_NUMBER 14, 1 MA_NUMBER 15.
 */
static void ie_packet_channel_description(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	struct tk_csn1 b;
	uint32_t v = 0;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_fixed(&er, n, 4, "a Packet Channel Description"))
		goto out;
	tk_emit_kv_long(e, "firstOctet", p[0]);
	tk_csn1_init(&b, p + 1, 3);
	/* 24 bits, every branch exactly 24: the reads below cannot run out */
	tk_csn1_get(&b, 5, &v);
	tk_emit_kv_long(e, "channelType", v);
	tk_csn1_get(&b, 3, &v);
	tk_emit_kv_long(e, "timeslot", v);
	tk_csn1_get(&b, 3, &v);
	tk_emit_kv_long(e, "trainingSequenceCode", v);
	tk_csn1_get(&b, 1, &v);
	if (v) {
		tk_emit_kv_str(e, "rfChannels", "direct encoding of hopping RF channel configuration");
		tk_csn1_get(&b, 6, &v);
		tk_emit_kv_long(e, "maio", v);
		tk_csn1_get(&b, 6, &v);
		tk_emit_kv_long(e, "hsn", v);
		goto out;
	}
	tk_csn1_get(&b, 1, &v);
	if (!v) {
		tk_emit_kv_str(e, "rfChannels", "non-hopping RF channel configuration");
		tk_csn1_get(&b, 1, &v);
		tk_csn1_get(&b, 10, &v);
		tk_emit_kv_long(e, "arfcn", v);
		goto out;
	}
	tk_emit_kv_str(e, "rfChannels", "indirect encoding of hopping RF channel configuration");
	tk_csn1_get(&b, 1, &v);
	tk_csn1_get(&b, 6, &v);
	tk_emit_kv_long(e, "maio", v);
	tk_csn1_get(&b, 1, &v);
	tk_emit_kv_long(e, "maNumber", v ? 15 : 14);
	tk_csn1_get(&b, 1, &v);
	if (v) {
		tk_csn1_get(&b, 2, &v);
		tk_emit_kv_long(e, "changeMark1", v);
	}
out:
	tk_inner_finish(e, p, n, &er);
}

/* the value of element iei (vlen octets at v), one object */
static void ie_value(struct tk_emitter *e, uint8_t iei, const uint8_t *v, size_t vlen)
{
	struct tk_inner_err er;
	size_t n;

	switch (iei) {
	case IE_TA:
		/* 5.2: the timing advance in bit periods, coded as TS 44.018 10.5.2.40 */
		ie_octet(e, v, vlen, "timingAdvance", 0xff, "a Timing Advance");
		return;
	case IE_CELL_IDENTITY:
		/* 5.4: the CI value of TS 24.008 10.5.1.1, two octets */
		ie_two_octets(e, v, vlen, "cellIdentity", "a Cell Identity");
		return;
	case IE_CHANNEL_DESCRIPTION:
		/* 5.8: TS 44.018 10.5.2.5 from octet 2 */
		tk_emit_rr_channel_description(e, v, vlen);
		return;
	case IE_CAUSE:
		/* 5.14 */
		n = tk_inner_start(e, &er, v, vlen);
		if (tk_inner_fixed(&er, n, 1, "a Cause")) {
			tk_emit_kv_long(e, "causeValue", v[0]);
			tk_inner_emit_name(e, "cause", bsslap_cause_names, NULL, "reserved", v[0]);
		}
		tk_inner_finish(e, v, n, &er);
		return;
	case IE_RRLP_FLAG:
		/* 5.15: bit 1 */
		n = tk_inner_start(e, &er, v, vlen);
		if (tk_inner_fixed(&er, n, 1, "an RRLP Flag")) {
			tk_emit_kv_long(e, "flag", v[0] & 1);
			tk_inner_emit_name(e, "meaning", rrlp_flag_names, NULL, "reserved", v[0] & 1);
		}
		tk_inner_finish(e, v, n, &er);
		return;
	case IE_MEASUREMENT_REPORT:
		ie_measurement_results(e, v, vlen);
		return;
	case IE_RRLP:
		/* 5.16: the RRLP message of TS 44.031 */
		tk_emit_rrlp(e, v, vlen);
		return;
	case IE_CELL_IDENTITY_LIST:
		ie_cell_identity_list(e, v, vlen);
		return;
	case IE_LAC:
		/* 5.19: the LAC of TS 24.008 10.5.1.3, two octets */
		ie_two_octets(e, v, vlen, "lac", "a Location Area Code");
		return;
	case IE_FREQUENCY_LIST:
		/* 5.20: TS 44.018 10.5.2.13 from octet 3 */
		tk_emit_frequency_list(e, v, vlen);
		return;
	case IE_MS_POWER:
		/* 5.21: the power level the MS uses */
		ie_octet(e, v, vlen, "msPower", 0xff, "an MS Power");
		return;
	case IE_DELTA_TIMER:
		/* 5.22: the timer value */
		ie_octet(e, v, vlen, "timerValue", 0xff, "a Delta Timer");
		return;
	case IE_SERVING_CELL_IDENTIFIER:
		/* 5.23: coded as the TS 48.008 Cell Identifier, from its octet 3 */
		tk_emit_bssmap_ie(e, 0x05, v, vlen);
		return;
	case IE_CIPHER_MODE_SETTING:
		/* 5.25: TS 44.018 10.5.2.9 */
		tk_emit_rr_cipher_mode_setting(e, v, vlen);
		return;
	case IE_CHANNEL_MODE:
		/* 5.26: TS 44.018 10.5.2.6 */
		tk_emit_rr_channel_mode(e, v, vlen);
		return;
	case IE_MULTIRATE_CONFIGURATION:
		/* 5.27: TS 44.018 10.5.2.21aa from octet 3 */
		tk_emit_multirate_config(e, v, vlen);
		return;
	case IE_POLLING_REPETITION:
		/* 5.28: the number of polling repetitions, bits 6-1 */
		ie_octet(e, v, vlen, "pollingRepetitions", 0x3f, "a Polling Repetition");
		return;
	case IE_TFI:
		/* 5.31: the TFI of TS 44.060, bits 5-1 */
		ie_octet(e, v, vlen, "tfi", 0x1f, "a TFI");
		return;
	case IE_TBF_STARTING_TIME:
		/* 5.32: TS 44.018 10.5.2.38 */
		tk_emit_rr_starting_time(e, v, vlen);
		return;
	case IE_ENHANCED_MEASUREMENT_REPORT:
		ie_enhanced_measurement_report(e, v, vlen);
		return;
	case IE_PACKET_CHANNEL_DESCRIPTION:
		ie_packet_channel_description(e, v, vlen);
		return;
	case IE_TLLI:
		ie_tlli(e, v, vlen);
		return;
	}
	/*
	 * The keys (5.24, Kc128: no structure), the powerup starting time and the concurrent
	 * positioning flag: only the hex.  No copy of TS 48.071 clause 5 past Table 5.1's first
	 * rows was readable with the search tool (December 2026), nor does tshark 4.0.17 decode
	 * these two elements; a third-party type module for V15.0.0 (osmo-ttcn3-hacks
	 * BSSLAP_Types) has the Long Encryption Key as 5.33 and the flag as 5.34 (one octet, 00 or
	 * ff) and no clause for the powerup starting time, which stays unverified, as do the
	 * lengths it gives the 3G cell identification containers of 5.17 (9 and 6 octets).
	 */
	n = tk_inner_start(e, &er, v, vlen);
	tk_inner_finish(e, v, n, &er);
}

/* the mandatory elements of each message (clause 4), 0-terminated */
static const struct {
	uint8_t type;
	uint8_t ies[5];
} mandatory[] = {
	{ 0x02, { IE_CELL_IDENTITY, IE_TA } },					/* 4.2.2 */
	{ 0x0a, { IE_CAUSE } },							/* 4.2.5 */
	{ 0x0b, { IE_CELL_IDENTITY, IE_TA, IE_CHANNEL_DESCRIPTION, IE_CAUSE } },	/* 4.2.6 */
	{ 0x0c, { IE_CAUSE } },							/* 4.2.7 */
	{ 0x0d, { IE_TA } },							/* 4.2.8 */
	{ 0x0f, { IE_RRLP_FLAG, IE_RRLP } },					/* 4.2.9 */
	{ 0x10, { IE_RRLP_FLAG, IE_RRLP } },					/* 4.2.10 */
	{ 0x12, { IE_CHANNEL_DESCRIPTION, IE_SERVING_CELL_IDENTIFIER } },	/* 4.2.12 */
};

static void check_mandatory(uint8_t type, const unsigned char *seen, size_t n,
			    struct tk_inner_err *er)
{
	size_t i, k;

	for (i = 0; i < sizeof(mandatory) / sizeof(mandatory[0]); i++) {
		if (mandatory[i].type != type)
			continue;
		for (k = 0; k < sizeof(mandatory[i].ies) && mandatory[i].ies[k]; k++)
			if (!seen[mandatory[i].ies[k]])
				tk_inner_fail(er, n, "the %s lacks its mandatory %s element",
					      tk_vs_name(bsslap_msg_names, type),
					      tk_vs_name(bsslap_ie_names, mandatory[i].ies[k]));
	}
}

void tk_emit_bsslap(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	unsigned char seen[256];
	size_t off, k, hdr, vlen;
	const char *name;
	int fmt;

	n = tk_inner_start(e, &er, p, n);
	if (!tk_inner_need(&er, n, 1, "a BSSLAP message type"))
		goto out;
	memset(seen, 0, sizeof(seen));
	tk_emit_kv_long(e, "messageType", p[0]);
	name = tk_vs_name(bsslap_msg_names, p[0]);
	tk_inner_emit_name(e, "message", bsslap_msg_names, NULL, "reserved", p[0]);
	if (!name)
		tk_inner_fail(&er, 0, "reserved BSSLAP message type 0x%02x", p[0]);
	tk_emit_key(e, "ies");
	tk_emit_open(e, 1);
	for (off = 1; off < n; off += hdr + vlen) {
		fmt = ie_format(p[off], &k);
		if (fmt == FMT_UNKNOWN) {
			tk_inner_fail(&er, off, "unknown element identifier 0x%02x: the rest of the "
				      "message cannot be delimited", p[off]);
			break;
		}
		hdr = fmt == FMT_TV ? 1 : fmt == FMT_TLV ? 2 : 3;
		if (off + hdr > n) {
			tk_inner_fail(&er, n, "truncated: the %s element has no length",
				      tk_vs_name(bsslap_ie_names, p[off]));
			break;
		}
		vlen = fmt == FMT_TV ? k : fmt == FMT_TLV ? p[off + 1] :
			((size_t)p[off + 1] << 8 | p[off + 2]);
		if (off + hdr + vlen > n) {
			tk_inner_fail(&er, off, "the %s element has %zu value octets, %zu follow",
				      tk_vs_name(bsslap_ie_names, p[off]), vlen, n - off - hdr);
			break;
		}
		seen[p[off]] = 1;
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "iei", p[off]);
		tk_emit_kv_str(e, "name", tk_vs_name(bsslap_ie_names, p[off]));
		tk_emit_kv_hex(e, "value", p + off + hdr, vlen);
		tk_emit_key(e, "decoded");
		ie_value(e, p[off], p + off + hdr, vlen);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	check_mandatory(p[0], seen, n, &er);
out:
	tk_inner_finish(e, p, n, &er);
}

/*
 * TS 44.071 clause 7: an LLP message is a standard TS 24.007 L3 message (7.1): the transaction
 * identifier (bits 8-5: TI flag, TI value; 7.3) and the protocol discriminator (bits 4-1, 1100
 * location services; 7.2), then the message type (7.4, bits 6-1; bit 8 reserved, bit 7 for a
 * send sequence number).  The names of Table 7.4 (RELEASE COMPLETE, FACILITY, REGISTER) could
 * not be read reliably from the text at hand, so the type is shown as a number; the elements
 * (a Facility with the LLP operation of clause 8) stay in the hex.
 */
void tk_emit_llp(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_need(&er, n, 2, "an LLP message header")) {
		tk_emit_kv_long(e, "protocolDiscriminator", p[0] & 0x0f);
		if ((p[0] & 0x0f) != 0x0c)
			tk_inner_fail(&er, 0, "protocol discriminator %u, LLP has 12 (location "
				      "services)", p[0] & 0x0f);
		tk_emit_kv_long(e, "tiFlag", p[0] >> 7);
		tk_emit_kv_long(e, "transactionId", (p[0] >> 4) & 7);
		tk_emit_kv_long(e, "messageType", p[1] & 0x3f);
		tk_emit_kv_hex(e, "body", p + 2, n - 2);
	}
	tk_inner_finish(e, p, n, &er);
}

/* TS 48.031: the message type octet first; the names of the types and the elements were not
 * verified against the standard's text, so both stay numbers and hex */
void tk_emit_smlcpp(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (tk_inner_need(&er, n, 1, "an SMLCPP message type")) {
		tk_emit_kv_long(e, "messageType", p[0]);
		tk_emit_kv_hex(e, "body", p + 1, n - 1);
	}
	tk_inner_finish(e, p, n, &er);
}
