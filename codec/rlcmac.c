/*
 * TS 44.060 downlink RLC/MAC control messages in the handover containers (see rlcmac.h).
 *
 * The CSN.1 is that of TS 44.060 v13.6.0 (d60): the message types of 11.2.0.1, the PS
 * HANDOVER COMMAND of 11.2.43 (Table 11.2.43.1), the DTM HANDOVER COMMAND of 11.2.46 (Table
 * 11.2.46.1) and the IEs of clause 12 they use.  In RLC/MAC messages "0" and "1" are the bit
 * values themselves; a message ends with < padding bits > ::= { null | 0 < spare padding > },
 * so the bit after the last field is 0 (or the message ends there), and "{ null | 0 bit** |
 * 1 < additions > }" reads no bit or a 0 as the end of what the sender's release knew.
 * Everything else is mandatory: a message that ends inside a field, or before a field that
 * is not behind such a "null", is truncated (reported with the offset of the octet where it
 * ends).  Values the CSN.1 reserves ("! < ... error : { 11 } bit (*) >", message escapes)
 * are reported and end the decoding.
 *
 * Field names follow the standard's (HANDOVER_REFERENCE -> "handoverReference"); codes with
 * a meaning of their own get a name from a table beside the number.
 *
 * Checked against tshark 4.0.17's gsm_rlcmac_dl dissector (tests/check_rlcmac.c), which
 * differs in one place: its Uplink and Downlink TBF assignment structs of the PS Handover
 * Radio Resources read the PFI as a mandatory bit (7), where Table 12.42.1 (and the same
 * structs of Table 12.46.1) has { 0 | 1 < PFI : bit (7) > }; this reads the standard's.
 * tshark 4.0.17 does not decode the DTM HANDOVER COMMAND (message type 23 is invalid to it)
 * nor the Rel-8 and later additions of the PS HANDOVER COMMAND: those follow the CSN.1 alone.
 */
#include <stdio.h>
#include <string.h>

#include "csn1.h"
#include "inner.h"
#include "location.h"
#include "names.h"
#include "rlcmac.h"
#include "rrc.h"

/* ---- reading -------------------------------------------------------------------------------- */

struct rd {
	struct tk_emitter *e;
	struct tk_csn1 *b;
	struct tk_inner_err *er;
	int stop;	/* the message ended (or went wrong): nothing more is read */
	int lenient;	/* a length-delimited extension: its end is allowed anywhere */
};

/* the next w bits of field are there: 1; else the end (an error unless lenient), 0 */
static int need(struct rd *d, unsigned w, const char *field)
{
	size_t left;

	if (d->stop)
		return 0;
	left = tk_csn1_left(d->b);
	if (left >= w)
		return 1;
	d->stop = 1;
	if (!d->lenient)
		tk_inner_fail(d->er, d->b->pos / 8, "truncated: %s has %u bits, %zu left", field,
			      w, left);
	return 0;
}

/* w (<= 32) bits into *v: 1, or 0 at the end */
static int get(struct rd *d, unsigned w, const char *field, uint32_t *v)
{
	if (!need(d, w, field))
		return 0;
	(void)tk_csn1_get(d->b, w, v);
	return 1;
}

/* < key : bit (w) > as a number; the value, or -1 at the end */
static long num(struct rd *d, unsigned w, const char *key)
{
	uint32_t v;

	if (!get(d, w, key, &v))
		return -1;
	tk_emit_kv_long(d->e, key, (long)v);
	return (long)v;
}

/* < key : bit (w) > as its number and "<key>Name" from vs (dflt for a code vs lacks) */
static long named(struct rd *d, unsigned w, const char *key, const struct tk_value_string *vs,
		  const char *dflt)
{
	char k[64];
	long v = num(d, w, key);

	if (v < 0)
		return v;
	snprintf(k, sizeof(k), "%sName", key);
	tk_inner_emit_name(d->e, k, vs, NULL, dflt, v);
	return v;
}

/* < key : bit > as true / false */
static int flag(struct rd *d, const char *key)
{
	uint32_t v;

	if (!get(d, 1, key, &v))
		return -1;
	tk_emit_kv_bool(d->e, key, (int)v);
	return (int)v;
}

/* a choice or presence bit: 0 or 1, -1 at the end */
static int bit(struct rd *d, const char *field)
{
	uint32_t v;

	if (!get(d, 1, field, &v))
		return -1;
	return (int)v;
}

/* { 0 | 1 < key : bit (w) > } */
static long opt_num(struct rd *d, unsigned w, const char *key)
{
	return bit(d, key) == 1 ? num(d, w, key) : -1;
}

/* "{ null | 0 bit** = < no string > | 1 < additions > }": 1 when the additions follow */
static int more(struct rd *d)
{
	if (d->stop || tk_csn1_left(d->b) == 0)
		return 0;
	if (bit(d, "an extension bit") != 1) {
		d->stop = 1;	/* bit**: the rest is the sender's padding */
		return 0;
	}
	return 1;
}

/* n octets (n <= sizeof buf) read bit-aligned into buf: 1, or 0 at the end */
static int octets(struct rd *d, uint8_t *buf, size_t n, const char *field)
{
	size_t i;
	uint32_t v;

	if (!need(d, (unsigned)(n * 8), field))
		return 0;
	for (i = 0; i < n; i++) {
		(void)tk_csn1_get(d->b, 8, &v);
		buf[i] = (uint8_t)v;
	}
	return 1;
}

/* n (<= 128) single bits as a string of '0' and '1' under key; returns the count of 1s */
static int bit_string(struct rd *d, unsigned n, const char *key)
{
	char s[129];
	unsigned i, ones = 0;
	uint32_t v;

	if (n > 128 || !need(d, n, key))
		return -1;
	for (i = 0; i < n; i++) {
		(void)tk_csn1_get(d->b, 1, &v);
		s[i] = v ? '1' : '0';
		ones += v;
	}
	s[n] = '\0';
	tk_emit_kv_str(d->e, key, s);
	return (int)ones;
}

static void obj(struct rd *d, const char *key)
{
	tk_emit_key(d->e, key);
	tk_emit_open(d->e, 0);
}

static void end(struct rd *d)
{
	tk_emit_close(d->e, 0);
}

/* an IE this file does not decode: named under key, and the decoding ends there (the
 * fields after it cannot be found) without an error */
static void not_decoded(struct rd *d, const char *key, const char *what)
{
	tk_emit_kv_str(d->e, key, what);
	d->stop = 1;
}

/* a reserved choice or escape: reported, and the decoding ends there */
static void reserved(struct rd *d, size_t bitpos, const char *what)
{
	tk_inner_fail(d->er, bitpos / 8, "%s", what);
	d->stop = 1;
}

/* ---- code tables ---------------------------------------------------------------------------- */

/* 11.2.0.1: the downlink RLC/MAC control messages, by MESSAGE_TYPE (6 bits) */
static const struct tk_value_string dl_message_names[] = {
	{ 0x01, "PACKET CELL CHANGE ORDER" },
	{ 0x02, "PACKET DOWNLINK ASSIGNMENT" },
	{ 0x03, "PACKET MEASUREMENT ORDER" },
	{ 0x04, "PACKET POLLING REQUEST" },
	{ 0x05, "PACKET POWER CONTROL/TIMING ADVANCE" },
	{ 0x06, "PACKET QUEUEING NOTIFICATION" },
	{ 0x07, "PACKET TIMESLOT RECONFIGURE" },
	{ 0x08, "PACKET TBF RELEASE" },
	{ 0x09, "PACKET UPLINK ACK/NACK" },
	{ 0x0a, "PACKET UPLINK ASSIGNMENT" },
	{ 0x0b, "PACKET CELL CHANGE CONTINUE" },
	{ 0x0c, "PACKET NEIGHBOUR CELL DATA" },
	{ 0x0d, "PACKET SERVING CELL DATA" },
	{ 0x0e, "PACKET DBPSCH ASSIGNMENT" },
	{ 0x0f, "MULTIPLE TBF DOWNLINK ASSIGNMENT" },
	{ 0x10, "MULTIPLE TBF UPLINK ASSIGNMENT" },
	{ 0x11, "MULTIPLE TBF TIMESLOT RECONFIGURE" },
	{ 0x13, "MBMS MS_ID ASSIGNMENT" },
	{ 0x14, "MBMS ASSIGNMENT (Non-distribution)" },
	{ 0x15, "PS HANDOVER COMMAND" },
	{ 0x16, "PACKET PHYSICAL INFORMATION" },
	{ 0x17, "DTM HANDOVER COMMAND" },
	{ 0x20, "PACKET SERVING CELL SI" },
	{ 0x21, "PACKET ACCESS REJECT" },
	{ 0x22, "PACKET PAGING REQUEST" },
	{ 0x23, "PACKET PDCH RELEASE" },
	{ 0x24, "PACKET PRACH PARAMETERS" },
	{ 0x25, "PACKET DOWNLINK DUMMY CONTROL BLOCK" },
	{ 0x27, "PACKET CS COMMAND" },
	{ 0x28, "PACKET SYSTEM INFORMATION 16" },
	{ 0x29, "PACKET CS RELEASE" },
	{ 0x2a, "MBMS ASSIGNMENT (Distribution)" },
	{ 0x2b, "MBMS NEIGHBOURING CELL INFORMATION" },
	{ 0x2c, "PACKET MBMS ANNOUNCEMENT" },
	{ 0x2d, "PACKET APPLICATION INFORMATION" },
	{ 0x30, "PACKET SYSTEM INFORMATION 6" },
	{ 0x31, "PACKET SYSTEM INFORMATION 1" },
	{ 0x32, "PACKET SYSTEM INFORMATION 2" },
	{ 0x33, "PACKET SYSTEM INFORMATION 3" },
	{ 0x34, "PACKET SYSTEM INFORMATION 3 BIS" },
	/* 0x35 "was allocated in an earlier version of the protocol and shall not be used" */
	{ 0x36, "PACKET SYSTEM INFORMATION 5" },
	{ 0x37, "PACKET SYSTEM INFORMATION 13" },
	{ 0x38, "PACKET SYSTEM INFORMATION 7" },
	{ 0x39, "PACKET SYSTEM INFORMATION 8" },
	{ 0x3a, "PACKET SYSTEM INFORMATION 14" },
	{ 0x3c, "PACKET SYSTEM INFORMATION 3 TER" },
	{ 0x3d, "PACKET SYSTEM INFORMATION 3 QUATER" },
	{ 0x3e, "PACKET SYSTEM INFORMATION 15" },
	{ 0, NULL }
};

/* 12.20 Page Mode */
static const struct tk_value_string page_mode_names[] = {
	{ 0, "Normal Paging" },
	{ 1, "Extended Paging" },
	{ 2, "Paging Reorganization" },
	{ 3, "Same as before" },
	{ 0, NULL }
};

/* RLC_MODE (12.42.2, as 11.2.7.2 codes it) */
static const struct tk_value_string rlc_mode_names[] = {
	{ 0, "RLC acknowledged mode" },
	{ 1, "RLC unacknowledged mode" },
	{ 0, NULL }
};

/* CHANNEL_CODING_COMMAND (11.2.29 / 12.42.2): the GPRS coding scheme of the uplink */
static const struct tk_value_string ccc_names[] = {
	{ 0, "CS-1" },
	{ 1, "CS-2" },
	{ 2, "CS-3" },
	{ 3, "CS-4" },
	{ 0, NULL }
};

/* 12.10d EGPRS Modulation and Coding Scheme: codes 1011-1111 are reserved */
static const struct tk_value_string mcs_names[] = {
	{ 0, "MCS-1" },
	{ 1, "MCS-2" },
	{ 2, "MCS-3" },
	{ 3, "MCS-4" },
	{ 4, "MCS-5" },
	{ 5, "MCS-6" },
	{ 6, "MCS-7" },
	{ 7, "MCS-8" },
	{ 8, "MCS-9" },
	{ 9, "MCS-5-7" },
	{ 10, "MCS-6-9" },
	{ 0, NULL }
};

/* NETWORK_CONTROL_ORDER (TS 45.008 5.1.1 network control modes NC0 - NC2) */
static const struct tk_value_string nco_names[] = {
	{ 0, "NC0" },
	{ 1, "NC1" },
	{ 2, "NC2" },
	{ 0, NULL }
};

/* PR_MODE (12.13 Power Control Parameters' field details, as 11.2.7 gives them) */
static const struct tk_value_string pr_mode_names[] = {
	{ 0, "PR mode A: for one addressed MS" },
	{ 1, "PR mode B: for all MS" },
	{ 0, NULL }
};

/* 12.24 GPRS Cell Options: NMO (network mode of operation) */
static const struct tk_value_string nmo_names[] = {
	{ 0, "Network Mode of Operation I" },
	{ 1, "Network Mode of Operation II" },
	{ 2, "Network Mode of Operation III" },
	{ 0, NULL }
};

/* ---- clause 12 IEs -------------------------------------------------------------------------- */

/* 12.10 Global TFI: { 0 < UPLINK_TFI : bit (5) > | 1 < DOWNLINK_TFI : bit (5) > } */
static void global_tfi(struct rd *d)
{
	int c = bit(d, "Global TFI");

	if (c < 0)
		return;
	obj(d, "globalTfi");
	num(d, 5, c ? "downlinkTfi" : "uplinkTfi");
	end(d);
}

/* 12.12a Global Packet Timing Advance */
static void global_packet_timing_advance(struct rd *d)
{
	obj(d, "globalPacketTimingAdvance");
	opt_num(d, 6, "timingAdvanceValue");
	if (bit(d, "UPLINK_TIMING_ADVANCE_INDEX") == 1) {
		num(d, 4, "uplinkTimingAdvanceIndex");
		num(d, 3, "uplinkTimingAdvanceTimeslotNumber");
	}
	if (bit(d, "DOWNLINK_TIMING_ADVANCE_INDEX") == 1) {
		num(d, 4, "downlinkTimingAdvanceIndex");
		num(d, 3, "downlinkTimingAdvanceTimeslotNumber");
	}
	end(d);
}

/* 12.10a GPRS Mobile Allocation */
static void gprs_mobile_allocation(struct rd *d)
{
	uint32_t len;
	int c;

	obj(d, "gprsMobileAllocation");
	num(d, 6, "hsn");
	if (bit(d, "RFL number list") == 1) {
		/* < RFL number list struct > ::= < RFL_NUMBER : bit (4) > { 0 | 1 < struct > } */
		tk_emit_key(d->e, "rflNumbers");
		tk_emit_open(d->e, 1);
		do {
			uint32_t v;

			if (!get(d, 4, "RFL_NUMBER", &v))
				break;
			tk_emit_long(d->e, (long)v);
		} while (bit(d, "RFL number list") == 1);
		tk_emit_close(d->e, 1);
	}
	c = bit(d, "MA_LENGTH / ARFCN index list");
	if (c == 0) {
		if (get(d, 6, "MA_LENGTH", &len)) {
			tk_emit_kv_long(d->e, "maLength", (long)len);
			bit_string(d, len + 1, "maBitmap");
		}
	} else if (c == 1 && bit(d, "ARFCN index list") == 1) {
		tk_emit_key(d->e, "arfcnIndexes");
		tk_emit_open(d->e, 1);
		do {
			uint32_t v;

			if (!get(d, 6, "ARFCN_INDEX", &v))
				break;
			tk_emit_long(d->e, (long)v);
		} while (bit(d, "ARFCN index list") == 1);
		tk_emit_close(d->e, 1);
	}
	end(d);
}

/* 12.8 Frequency Parameters */
static void frequency_parameters(struct rd *d)
{
	uint32_t c, len;
	uint8_t buf[18];

	obj(d, "frequencyParameters");
	num(d, 3, "tsc");
	if (get(d, 2, "Frequency Parameters", &c)) {
		switch (c) {
		case 0:
			num(d, 10, "arfcn");
			break;
		case 1:
			obj(d, "indirectEncoding");
			num(d, 6, "maio");
			num(d, 4, "maNumber");
			if (bit(d, "CHANGE_MARK_1") == 1) {
				num(d, 2, "changeMark1");
				opt_num(d, 2, "changeMark2");
			}
			end(d);
			break;
		case 2:
			obj(d, "directEncoding1");
			num(d, 6, "maio");
			gprs_mobile_allocation(d);
			end(d);
			break;
		default:
			obj(d, "directEncoding2");
			num(d, 6, "maio");
			num(d, 6, "hsn");
			if (get(d, 4, "Length of MA Frequency List contents", &len)) {
				tk_emit_kv_long(d->e, "lengthOfMaFrequencyListContents", (long)len);
				/* octet (val + 3): the TS 44.018 10.5.2.13 Frequency List contents */
				if (octets(d, buf, len + 3, "MA Frequency List contents"))
					tk_emit_kv_hex(d->e, "maFrequencyListContents", buf, len + 3);
			}
			end(d);
			break;
		}
	}
	end(d);
}

/*
 * < Timeslot description struct > (12.42 / 12.46): the timeslots assigned, as a bitmap
 * (timeslot 0 in bit 7, as MS_TIMESLOT_ALLOCATION has it); with power control parameters,
 * the timeslots whose GAMMA_TN is present.
 */
static unsigned timeslot_description(struct rd *d)
{
	unsigned ts = 0, i;
	int c = bit(d, "Timeslot description");
	char k[16];

	if (c < 0)
		return 0;
	obj(d, "globalTimeslotDescription");
	if (c == 0) {
		long v = num(d, 8, "msTimeslotAllocation");

		ts = v < 0 ? 0 : (unsigned)v;
	} else {
		num(d, 4, "alpha");
		for (i = 0; i < 8; i++) {
			snprintf(k, sizeof(k), "gammaTn%u", i);
			if (opt_num(d, 5, k) >= 0)
				ts |= 0x80u >> i;
		}
	}
	end(d);
	return ts;
}

static unsigned popcount8(unsigned v)
{
	unsigned c = 0;

	for (; v; v &= v - 1)
		c++;
	return c;
}

/* 12.5.2 EGPRS Window Size: the code (bit (5)) */
static void opt_window(struct rd *d, const char *key)
{
	opt_num(d, 5, key);
}

/* < Uplink TBF Assignment struct >: N timeslots in the Global Timeslot description */
static void uplink_tbf_assignment(struct rd *d, unsigned n)
{
	unsigned m = n, i;
	int c;

	tk_emit_open(d->e, 0);
	opt_num(d, 7, "pfi");
	named(d, 1, "rlcMode", rlc_mode_names, "unknown");
	num(d, 5, "tfiAssignment");
	if (bit(d, "CHANNEL_CODING_COMMAND") == 1)
		named(d, 2, "channelCodingCommand", ccc_names, "unknown");
	if (bit(d, "EGPRS Channel Coding Command") == 1)
		named(d, 4, "egprsChannelCodingCommand", mcs_names, "reserved");
	opt_window(d, "egprsWindowSize");
	num(d, 1, "usfGranularity");
	if (bit(d, "TBF_TIMESLOT_ALLOCATION") == 1) {
		/* bit (N): a subset of the N timeslots; M is the number of them assigned */
		int ones = bit_string(d, n, "tbfTimeslotAllocation");

		m = ones < 0 ? 0 : (unsigned)ones;
	}
	c = bit(d, "USF_ALLOCATION");
	if (c >= 0) {
		tk_emit_key(d->e, "usfAllocation");
		tk_emit_open(d->e, 1);
		if (c == 0) {
			/* the same USF on every timeslot of the TBF */
			uint32_t v;

			if (get(d, 3, "USF_ALLOCATION", &v))
				tk_emit_long(d->e, (long)v);
		} else {
			/* the lowest timeslot's, then { 0 | 1 < USF > } * (M - 1): null when absent */
			uint32_t v;

			if (get(d, 3, "USF_ALLOCATION", &v))
				tk_emit_long(d->e, (long)v);
			for (i = 1; i < m && !d->stop; i++) {
				int p = bit(d, "USF_ALLOCATION");

				if (p == 1 && get(d, 3, "USF_ALLOCATION", &v))
					tk_emit_long(d->e, (long)v);
				else if (p == 0)
					tk_emit_lit(d->e, "null");
			}
		}
		tk_emit_close(d->e, 1);
	}
	tk_emit_close(d->e, 0);
}

/* < Downlink Assignment struct > with its < Downlink TBF assignment struct > */
static void downlink_assignment(struct rd *d)
{
	tk_emit_open(d->e, 0);
	num(d, 8, "timeslotAllocation");
	opt_num(d, 7, "pfi");
	named(d, 1, "rlcMode", rlc_mode_names, "unknown");
	num(d, 5, "tfiAssignment");
	flag(d, "controlAck");
	opt_window(d, "egprsWindowSize");
	tk_emit_close(d->e, 0);
}

/* { 1 < Uplink Assignment > } ** 0 after a Global Timeslot description */
static void uplink_assignments(struct rd *d, unsigned ts)
{
	if (d->stop)
		return;
	tk_emit_key(d->e, "uplinkAssignments");
	tk_emit_open(d->e, 1);
	while (bit(d, "Uplink Assignment") == 1)
		uplink_tbf_assignment(d, popcount8(ts));
	tk_emit_close(d->e, 1);
}

static void downlink_assignments(struct rd *d)
{
	if (d->stop)
		return;
	tk_emit_key(d->e, "downlinkAssignments");
	tk_emit_open(d->e, 1);
	while (bit(d, "Downlink Assignment") == 1)
		downlink_assignment(d);
	tk_emit_close(d->e, 1);
}

/* { 0 < GPRS mode struct > | 1 < EGPRS mode struct > } of 12.42 and 12.46 */
static void tbf_mode(struct rd *d)
{
	int c = bit(d, "GPRS / EGPRS mode");

	if (c < 0)
		return;
	if (c == 0) {
		obj(d, "gprsMode");
		if (bit(d, "CHANNEL_CODING_COMMAND") == 1)
			named(d, 2, "channelCodingCommand", ccc_names, "unknown");
		if (bit(d, "Global Timeslot description") == 1)
			uplink_assignments(d, timeslot_description(d));
		downlink_assignments(d);
		end(d);
		return;
	}
	obj(d, "egprsMode");
	opt_window(d, "uplinkEgprsWindowSize");
	if (bit(d, "EGPRS Channel Coding Command") == 1)
		named(d, 4, "egprsChannelCodingCommand", mcs_names, "reserved");
	opt_num(d, 4, "uplinkBepPeriod2");
	if (bit(d, "Global Timeslot description") == 1)
		uplink_assignments(d, timeslot_description(d));
	if (bit(d, "Downlink TBFs") == 1) {
		if (bit(d, "downlink EGPRS parameters") == 1) {
			opt_window(d, "downlinkEgprsWindowSize");
			num(d, 2, "linkQualityMeasurementMode");
			opt_num(d, 4, "downlinkBepPeriod2");
		}
		downlink_assignments(d);
	}
	end(d);
}

/* { 0 | 1 < P0 : bit (4) > < PR_MODE : bit (1) > } { 0 | 1 < Uplink Control Timeslot > } */
static void p0_and_control_timeslot(struct rd *d)
{
	if (bit(d, "P0") == 1) {
		num(d, 4, "p0");
		named(d, 1, "prMode", pr_mode_names, "unknown");
	}
	opt_num(d, 3, "uplinkControlTimeslot");
}

/* 12.42 PS Handover Radio Resources */
static void ps_handover_radio_resources(struct rd *d)
{
	uint32_t cells;

	obj(d, "psHandoverRadioResources");
	opt_num(d, 8, "handoverReference");
	num(d, 10, "arfcn");
	num(d, 2, "si");
	num(d, 1, "nci");
	num(d, 6, "bsic");
	if (bit(d, "CCN_ACTIVE") == 1)
		flag(d, "ccnActive");
	if (bit(d, "3G_CCN_ACTIVE") == 1)
		flag(d, "threeGCcnActive");
	if (bit(d, "CCN Support Description") == 1) {
		obj(d, "ccnSupportDescription");
		if (get(d, 7, "Number_Cells", &cells)) {
			tk_emit_kv_long(d->e, "numberCells", (long)cells);
			bit_string(d, cells, "ccnSupported");
		}
		end(d);
	}
	frequency_parameters(d);
	named(d, 2, "networkControlOrder", nco_names, "reserved");
	if (bit(d, "Global Packet Timing Advance") == 1) {
		global_packet_timing_advance(d);
		opt_num(d, 2, "packetExtendedTimingAdvance");
	}
	flag(d, "extendedDynamicAllocation");
	flag(d, "rlcReset");
	p0_and_control_timeslot(d);
	tbf_mode(d);
	end(d);
}

/*
 * A length-prefixed octet field (12.43 NAS Container for PS Handover: bit (7); 12.45b RRC
 * Container: bit (8); 12.47 CS Handover Radio Resources: bit (7)): the length and the
 * octets, into *buf (256 octets) for the caller.  The IE's trailing < padding bits > can
 * only be the null string where more of the message follows it, and is read as such.
 */
static long length_octets(struct rd *d, unsigned lw, const char *lkey, const char *dkey,
			  uint8_t *buf)
{
	uint32_t len;

	if (!get(d, lw, lkey, &len))
		return -1;
	tk_emit_kv_long(d->e, lkey, (long)len);
	if (!octets(d, buf, len, dkey))
		return -1;
	tk_emit_kv_hex(d->e, dkey, buf, len);
	return (long)len;
}

/* TS 24.008 10.5.5.3: the GPRS ciphering algorithms */
static const struct tk_value_string gea_names[] = {
	{ 0, "ciphering not used" },
	{ 1, "GEA/1" },
	{ 2, "GEA/2" },
	{ 3, "GEA/3" },
	{ 4, "GEA/4" },
	{ 5, "GEA/5" },
	{ 6, "GEA/6" },
	{ 7, "GEA/7" },
	{ 0, NULL }
};

/*
 * 12.43 NAS Container for PS Handover: NAS_CONTAINER_DATA is the value part of the TS 24.008
 * 10.5.1.14 NAS container for PS HO (5 octets: bit 5 of the first the old XID indicator,
 * bits 3-1 the type of ciphering algorithm, then the 32-bit IOV-UI), decoded when it has
 * that length (tshark decodes it the same way).
 */
static void nas_container(struct rd *d)
{
	uint8_t buf[256];
	long len;

	if (bit(d, "NAS Container for PS Handover") != 1)
		return;
	obj(d, "nasContainerForPsHandover");
	len = length_octets(d, 7, "nasContainerLength", "nasContainerData", buf);
	if (len == 5) {
		tk_emit_kv_bool(d->e, "oldXid", (buf[0] >> 4) & 1);
		tk_emit_kv_long(d->e, "typeOfCipheringAlgorithm", buf[0] & 7);
		tk_inner_emit_name(d->e, "typeOfCipheringAlgorithmName", gea_names, NULL,
				   "unknown", buf[0] & 7);
		tk_emit_kv_long(d->e, "iovUi", (long)((uint32_t)buf[1] << 24 | (uint32_t)buf[2] << 16 |
						      (uint32_t)buf[3] << 8 | buf[4]));
	}
	end(d);
}

/*
 * 12.45b RRC Container: "an RRC message (e.g. HANDOVER TO UTRAN COMMAND or DL-DCCH-Message
 * including a RRCConnectionReconfiguration)".  The UTRAN one is decoded by rrc.c; the
 * E-UTRAN DL-DCCH-Message stays in hex, since lte_rrc.c leads back here through the
 * MobilityFromEUTRACommand and the nesting would have no bound.
 */
static void rrc_container(struct rd *d, const char *key, int utran)
{
	uint8_t buf[256];
	long len;

	obj(d, key);
	obj(d, "rrcContainer");
	len = length_octets(d, 8, "rrcContainerLength", "rrcContainerData", buf);
	if (len == 0)
		tk_inner_fail(d->er, d->b->pos / 8, "RRC_CONTAINER_LENGTH 0 is reserved");
	else if (len > 0 && utran) {
		tk_emit_key(d->e, "handoverToUtranCommand");
		tk_emit_rrc(d->e, TK_RRC_HANDOVER_TO_UTRAN_COMMAND, buf, (size_t)len);
	}
	end(d);
	end(d);
}

/* < RLC Entity Struct > (11.2.43.1, Rel-9 EMST) */
static void rlc_entity(struct rd *d, const char *key)
{
	obj(d, key);
	num(d, 5, "tfi");
	named(d, 1, "rlcMode", rlc_mode_names, "unknown");
	opt_window(d, "egprsWindowSize");
	num(d, 7, "pfi");
	end(d);
}

/* { 1 < EMSR Additional PFCs n : < Additional PFCs struct > > } ** 0, n = 1..3 */
static void emsr_pfcs(struct rd *d, const char *key)
{
	int i;

	if (bit(d, key) != 1)
		return;
	obj(d, key);
	for (i = 1; i <= 3 && !d->stop; i++) {
		char k[32];

		snprintf(k, sizeof(k), "additionalPfcs%d", i);
		tk_emit_key(d->e, k);
		tk_emit_open(d->e, 1);
		while (bit(d, "EMSR Additional PFCs") == 1) {
			tk_emit_open(d->e, 0);
			num(d, 5, "tfi");
			opt_num(d, 5, "npmTransferTime");
			num(d, 7, "pfi");
			tk_emit_close(d->e, 0);
		}
		tk_emit_close(d->e, 1);
	}
	end(d);
}

/* 12.56 Measurement Control Parameters Description */
static void measurement_control(struct rd *d)
{
	static const struct { const char *ctl, *list, *field; unsigned w; } k[2] = {
		{ "measurementControlEutran", "eutranFrequencyIndexes", "E-UTRAN_FREQUENCY_INDEX", 3 },
		{ "measurementControlUtran", "utranFrequencyIndexes", "UTRAN_FREQUENCY_INDEX", 5 },
	};
	int i;

	obj(d, "measurementControlParametersDescription");
	for (i = 0; i < 2; i++) {
		uint32_t v;

		if (bit(d, k[i].ctl) != 1)
			continue;
		flag(d, k[i].ctl);
		tk_emit_key(d->e, k[i].list);
		tk_emit_open(d->e, 1);
		if (get(d, k[i].w, k[i].field, &v))
			tk_emit_long(d->e, (long)v);
		while (bit(d, k[i].field) == 1 && get(d, k[i].w, k[i].field, &v))
			tk_emit_long(d->e, (long)v);
		tk_emit_close(d->e, 1);
	}
	end(d);
}

/* the Rel-8 to Rel-12 additions of Table 11.2.43.1, each behind its "{ null | 0 | 1 }" */
static void ps_handover_additions(struct rd *d)
{
	int c;

	if (!more(d))
		return;
	if (bit(d, "E-UTRAN_CCN_ACTIVE") == 1)
		flag(d, "eutranCcnActive");
	if (bit(d, "Measurement Control Parameters Description") == 1)
		measurement_control(d);
	if (!more(d))
		return;
	flag(d, "enhancedFlexibleTimeslotAssignment");
	c = bit(d, "EMST");
	if (c == 0) {
		flag(d, "emstNwCapability");
	} else if (c == 1) {
		obj(d, "emst");
		if (bit(d, "Downlink RLC Entity 2") == 1) {
			rlc_entity(d, "downlinkRlcEntity2");
			if (bit(d, "Downlink RLC Entity 3") == 1)
				rlc_entity(d, "downlinkRlcEntity3");
		}
		if (bit(d, "Uplink RLC Entity 2") == 1) {
			rlc_entity(d, "uplinkRlcEntity2");
			if (bit(d, "Uplink RLC Entity 3") == 1)
				rlc_entity(d, "uplinkRlcEntity3");
		}
		end(d);
	}
	if (!more(d))
		return;
	emsr_pfcs(d, "emsrDownlink");
	emsr_pfcs(d, "emsrUplink");
	if (!more(d))
		return;
	opt_num(d, 3, "selectedPlmnIndex");
	if (!more(d))
		return;
	num(d, 1, "primaryTscSet");
	if (bit(d, "Secondary DL TSC Value") == 1) {
		num(d, 1, "secondaryDlTscSet");
		num(d, 3, "secondaryDlTscValue");
	}
}

/* 11.2.43 PS HANDOVER COMMAND, after PAGE_MODE */
static void ps_handover_command(struct rd *d)
{
	uint32_t cid, c;
	size_t at;

	if (bit(d, "Global TFI") == 1) {
		reserved(d, d->b->pos - 1, "PS HANDOVER COMMAND: address choice 1 is an Address "
			 "information part error (only 0 < Global TFI > is defined)");
		return;
	}
	global_tfi(d);
	num(d, 2, "containerId");
	at = d->b->pos;
	if (!get(d, 2, "the PS handover payload choice", &cid))
		return;
	switch (cid) {
	case 0:
		obj(d, "psHandoverToAGbModePayload");
		at = d->b->pos;
		if (get(d, 2, "the PS Handover RR Info choice", &c)) {
			if (c == 0)
				ps_handover_radio_resources(d);
			else if (c == 3)
				reserved(d, at, "RR Handover RR Info Error: choice 11 is reserved");
			else if (c == 1)
				/* 12.42a / 12.42b (EGPRS2, dual / multi carrier, RTTI) */
				not_decoded(d, "psHandoverRadioResources2", "not decoded (12.42a)");
			else
				not_decoded(d, "psHandoverRadioResources3", "not decoded (12.42b)");
		}
		nas_container(d);
		end(d);
		break;
	case 1:
		rrc_container(d, "psHandoverToUtranPayload", 1);
		break;
	case 2:
		rrc_container(d, "psHandoverToEutranPayload", 0);
		break;
	default:
		reserved(d, at, "PS HANDOVER COMMAND: payload choice 11 is a message escape");
		return;
	}
	ps_handover_additions(d);
}

/* 12.24 GPRS Cell Options */
static void gprs_cell_options(struct rd *d)
{
	uint32_t len;
	struct tk_csn1 sub;
	struct rd x;

	obj(d, "gprsCellOptions");
	named(d, 2, "nmo", nmo_names, "reserved");
	num(d, 3, "t3168");
	num(d, 3, "t3192");
	num(d, 3, "drxTimerMax");
	num(d, 1, "accessBurstType");
	num(d, 1, "controlAckType");
	num(d, 4, "bsCvMax");
	if (bit(d, "PAN_DEC") == 1) {
		num(d, 3, "panDec");
		num(d, 3, "panInc");
		num(d, 3, "panMax");
	}
	if (bit(d, "Extension Length") == 1 && get(d, 6, "Extension Length", &len)) {
		tk_emit_kv_long(d->e, "extensionLength", (long)len);
		if (tk_csn1_sub(d->b, len + 1, &sub) < 0) {
			need(d, len + 1, "the GPRS Cell Options extension");
		} else {
			/* "Extension information may be truncated between released versions" */
			x = *d;
			x.b = &sub;
			x.lenient = 1;
			obj(&x, "extensionInformation");
			if (bit(&x, "EGPRS") == 1) {
				num(&x, 1, "egprsPacketChannelRequest");
				num(&x, 4, "bepPeriod");
			}
			flag(&x, "pfcFeatureMode");
			flag(&x, "dtmSupport");
			flag(&x, "bssPagingCoordination");
			flag(&x, "ccnActive");
			flag(&x, "nwExtUtbf");
			flag(&x, "multipleTbfCapability");
			flag(&x, "extUtbfNodata");
			flag(&x, "dtmEnhancementsCapability");
			if (bit(&x, "MBMS") == 1) {
				flag(&x, "dedicatedModeMbmsNotificationSupport");
				flag(&x, "mnciSupport");
			}
			flag(&x, "reducedLatencyAccess");
			flag(&x, "nmoIAlternate");
			end(&x);
		}
	}
	end(d);
}

/* 12.46 DTM Handover PS Radio Resources */
static void dtm_handover_ps_radio_resources(struct rd *d)
{
	uint8_t lai[5], ci[2];
	uint32_t rac;

	obj(d, "dtmHandoverPsRadioResources");
	/* 12.23 Cell Identification: the TS 44.018 LAI (10.5.1.3) and Cell Identity (10.5.1.1) */
	obj(d, "cellIdentification");
	if (octets(d, lai, 5, "Location Area Identification IE")) {
		tk_emit_plmn_fields(d->e, lai, d->er, (d->b->pos - 40) / 8);
		tk_emit_kv_long(d->e, "lac", (long)lai[3] << 8 | lai[4]);
	}
	if (get(d, 8, "RAC", &rac))
		tk_emit_kv_long(d->e, "rac", (long)rac);
	if (octets(d, ci, 2, "Cell Identity IE"))
		tk_emit_kv_long(d->e, "ci", (long)ci[0] << 8 | ci[1]);
	end(d);
	num(d, 3, "maxLapdm");
	num(d, 5, "gprsMsTxpwrMaxCch");
	gprs_cell_options(d);
	/* 12.9a GPRS Power Control Parameters */
	obj(d, "gprsPowerControlParameters");
	num(d, 4, "alpha");
	num(d, 5, "tAvgW");
	num(d, 5, "tAvgT");
	num(d, 1, "pcMeasChan");
	num(d, 4, "nAvgI");
	end(d);
	flag(d, "extendedDynamicAllocation");
	flag(d, "rlcReset");
	p0_and_control_timeslot(d);
	tbf_mode(d);
	/*
	 * "{ null | 0 bit** | 1 < Rel-12 additions > < padding bits > }" ends the IE, but the
	 * DTM HANDOVER COMMAND goes on after it with { 0 | 1 < NAS Container for PS Handover IE
	 * > }, which bit** would swallow: a 1 is read as the Rel-12 additions (as a receiver of
	 * that release must), a 0 is left for the NAS container bit (the null alternative).
	 */
	if (!d->stop && tk_csn1_left(d->b) > 0 &&
	    (d->b->p[d->b->pos >> 3] >> (7 - (d->b->pos & 7)) & 1)) {
		d->b->pos++;
		/* Rel-12 additions */
		if (bit(d, "Primary TSC Value") == 1) {
			num(d, 1, "primaryTscSet");
			num(d, 3, "primaryTscValue");
		}
		if (bit(d, "Secondary DL TSC Value") == 1) {
			num(d, 1, "secondaryDlTscSet");
			num(d, 3, "secondaryDlTscValue");
		}
	}
	end(d);
}

/* 11.2.46 DTM HANDOVER COMMAND, after PAGE_MODE */
static void dtm_handover_command(struct rd *d)
{
	uint8_t buf[256];
	uint32_t c;
	size_t at;

	if (bit(d, "Global TFI") == 1) {
		reserved(d, d->b->pos - 1, "DTM HANDOVER COMMAND: address choice 1 is an Address "
			 "information part error (only 0 < Global TFI > is defined)");
		return;
	}
	global_tfi(d);
	at = d->b->pos;
	if (!get(d, 2, "the DTM handover payload choice", &c))
		return;
	if (c == 1) {
		rrc_container(d, "dtmHandoverToUtranPayload", 1);
		return;
	}
	if (c != 0) {
		reserved(d, at, "DTM HANDOVER COMMAND: payload choice 10 / 11 is a message escape");
		return;
	}
	obj(d, "dtmHandoverToAGbModePayload");
	/*
	 * 12.47 CS Handover Radio Resources: CS_HANDOVER_RADIO_RESOURCES_LENGTH, then the
	 * octets of the CS part, kept in hex (their TS 44.018 coding is not verified here)
	 */
	obj(d, "csHandoverRadioResources");
	length_octets(d, 7, "csHandoverRadioResourcesLength", "csHandoverRadioResourcesData", buf);
	end(d);
	at = d->b->pos;
	if (get(d, 2, "the DTM Handover PS RR Info choice", &c)) {
		if (c == 0)
			dtm_handover_ps_radio_resources(d);
		else if (c == 3)
			reserved(d, at, "DTM Handover PS RR Info: choice 11 is a message escape");
		else if (c == 1)
			not_decoded(d, "dtmHandoverPsRadioResources2", "not decoded (12.46a)");
		else
			not_decoded(d, "dtmHandoverPsRadioResources3", "not decoded (12.46b)");
	}
	nas_container(d);
	end(d);
}

/* ---- entry points --------------------------------------------------------------------------- */

/* MESSAGE_TYPE and PAGE_MODE, the first octet of every downlink message but PSI's own few */
static int message_header(struct rd *d)
{
	uint32_t t, pm;

	if (!get(d, 6, "MESSAGE_TYPE", &t))
		return -1;
	tk_emit_kv_long(d->e, "messageType", (long)t);
	tk_inner_emit_name(d->e, "messageTypeName", dl_message_names, NULL,
			   t == 0x35 ? "reserved (allocated in an earlier version)" : "unknown",
			   (long)t);
	if (!get(d, 2, "PAGE_MODE", &pm))
		return -1;
	tk_emit_kv_long(d->e, "pageMode", (long)pm);
	tk_inner_emit_name(d->e, "pageModeName", page_mode_names, NULL, "unknown", (long)pm);
	return (int)t;
}

void tk_emit_rlcmac_dl(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	struct tk_csn1 b;
	struct rd d = { e, &b, &er, 0, 0 };
	int t;

	n = tk_inner_start(e, &er, p, n);
	tk_csn1_init(&b, p, n);
	if (n == 0) {
		tk_inner_fail(&er, 0, "empty: an RLC/MAC control message has a MESSAGE_TYPE");
		tk_inner_finish(e, p, n, &er);
		return;
	}
	t = message_header(&d);
	if (t == 0x15)
		ps_handover_command(&d);
	else if (t == 0x17)
		dtm_handover_command(&d);
	/* the other messages: the type and page mode; their content stays in "hex" */
	tk_inner_finish(e, p, n, &er);
}

/* TS 44.018 10.4 (Table 10.4.1): the message types of the System Information messages */
static const struct tk_value_string si_names[] = {
	{ 0x00, "SYSTEM INFORMATION TYPE 13" },
	{ 0x02, "SYSTEM INFORMATION TYPE 2bis" },
	{ 0x03, "SYSTEM INFORMATION TYPE 2ter" },
	{ 0x04, "SYSTEM INFORMATION TYPE 9" },
	{ 0x05, "SYSTEM INFORMATION TYPE 5bis" },
	{ 0x06, "SYSTEM INFORMATION TYPE 5ter" },
	{ 0x07, "SYSTEM INFORMATION TYPE 2quater" },
	{ 0x18, "SYSTEM INFORMATION TYPE 8" },
	{ 0x19, "SYSTEM INFORMATION TYPE 1" },
	{ 0x1a, "SYSTEM INFORMATION TYPE 2" },
	{ 0x1b, "SYSTEM INFORMATION TYPE 3" },
	{ 0x1c, "SYSTEM INFORMATION TYPE 4" },
	{ 0x1d, "SYSTEM INFORMATION TYPE 5" },
	{ 0x1e, "SYSTEM INFORMATION TYPE 6" },
	{ 0x1f, "SYSTEM INFORMATION TYPE 7" },
	{ 0x3d, "SYSTEM INFORMATION TYPE 16" },
	{ 0x3e, "SYSTEM INFORMATION TYPE 17" },
	{ 0x40, "SYSTEM INFORMATION TYPE 18" },
	{ 0x41, "SYSTEM INFORMATION TYPE 19" },
	{ 0x42, "SYSTEM INFORMATION TYPE 20" },
	{ 0x46, "SYSTEM INFORMATION TYPE 21" },
	{ 0, NULL }
};

/* TS 44.018 10.5.2.4 Cell Selection Parameters (2 octets) */
static void cell_selection_parameters(struct tk_emitter *e, const uint8_t *p)
{
	tk_emit_key(e, "cellSelectionParameters");
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "cellReselectHysteresis", p[0] >> 5);
	tk_emit_kv_long(e, "msTxpwrMaxCch", p[0] & 0x1f);
	tk_emit_kv_bool(e, "acs", p[1] >> 7);
	tk_emit_kv_bool(e, "neci", (p[1] >> 6) & 1);
	tk_emit_kv_long(e, "rxlevAccessMin", p[1] & 0x3f);
	tk_emit_close(e, 0);
}

/*
 * The fields of an SI of 21 octets (p[0] its message type) that this file reads: of SYSTEM
 * INFORMATION TYPE 3 (44.018 9.1.35) the Cell Identity, LAI and Cell Selection Parameters
 * (octets 1-2, 3-7, 12-13), of TYPE 4 (9.1.36) the LAI and Cell Selection Parameters (1-5,
 * 6-7); tshark's gsm_a_ccch reads them at the same places.  The other IEs stay in "octets".
 */
static void si_fields(struct tk_emitter *e, const uint8_t *p, struct tk_inner_err *er, size_t base)
{
	const uint8_t *lai;

	if (p[0] == 0x1b) {
		tk_emit_kv_long(e, "cellIdentity", (long)p[1] << 8 | p[2]);
		lai = p + 3;
	} else if (p[0] == 0x1c) {
		lai = p + 1;
	} else {
		return;
	}
	tk_emit_key(e, "lai");
	tk_emit_open(e, 0);
	tk_emit_plmn_fields(e, lai, er, base + (size_t)(lai - p));
	tk_emit_kv_long(e, "lac", (long)lai[3] << 8 | lai[4]);
	tk_emit_close(e, 0);
	cell_selection_parameters(e, p[0] == 0x1b ? p + 12 : p + 6);
}

/*
 * TS 48.018 11.3.95b SI/PSI Container: octet 3 holds the Number of SI/PSI (bits 8-2) and
 * the Type (bit 1: 0 SI messages as for the BCCH of TS 44.018, 1 PSI messages as for the
 * PBCCH of TS 44.060); then the messages, each an SI of 21 octets (from its message type,
 * without the L2 pseudo length and the protocol discriminator octet) or a PSI of 22 (from
 * its MESSAGE_TYPE).  tshark's bssgp cuts the list into the same sizes; where an SI begins
 * (its message type octet, as 21 of the 23 octets of a BCCH block leave) is not checked.
 */
void tk_emit_rlcmac_si_psi(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	size_t count, size, i, off;
	int psi;

	n = tk_inner_start(e, &er, p, n);
	if (n == 0) {
		tk_inner_fail(&er, 0, "empty: an SI/PSI container has the Number of SI/PSI octet");
		tk_inner_finish(e, p, n, &er);
		return;
	}
	count = p[0] >> 1;
	psi = p[0] & 1;
	size = psi ? 22 : 21;
	tk_emit_kv_long(e, "numberOfSiPsi", (long)count);
	tk_emit_kv_long(e, "type", psi);
	tk_emit_kv_str(e, "typeName", psi ? "PSI messages as specified for PBCCH (TS 44.060)" :
		       "SI messages as specified for BCCH (TS 44.018)");
	tk_emit_key(e, "messages");
	tk_emit_open(e, 1);
	for (i = 0, off = 1; i < count && off < n; i++, off += size) {
		size_t k = n - off < size ? n - off : size;

		tk_emit_open(e, 0);
		if (psi) {
			struct tk_csn1 b;
			struct rd d = { e, &b, &er, 0, 0 };

			tk_csn1_init(&b, p + off, k);
			message_header(&d);
		} else {
			tk_emit_kv_long(e, "messageType", p[off]);
			tk_inner_emit_name(e, "messageTypeName", si_names, NULL,
					   "not a System Information message", p[off]);
			if (k == size)
				si_fields(e, p + off, &er, off);
		}
		tk_emit_kv_hex(e, "octets", p + off, k);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	if (n - 1 < count * size)
		tk_inner_fail(&er, n, "truncated: %zu %s messages of %zu octets need %zu, %zu present",
			      count, psi ? "PSI" : "SI", size, count * size, n - 1);
	else if (n - 1 > count * size)
		tk_inner_fail(&er, 1 + count * size, "%zu octets after the %zu %s messages",
			      n - 1 - count * size, count, psi ? "PSI" : "SI");
	tk_inner_finish(e, p, n, &er);
}
