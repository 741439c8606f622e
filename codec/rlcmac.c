/*
 * TS 44.060 downlink RLC/MAC control messages in the handover containers (see rlcmac.h).
 *
 * The CSN.1 is that of TS 44.060 v13.6.0 (d60): the message types of 11.2.0.1, the PS HANDOVER
 * COMMAND of 11.2.43 (Table 11.2.43.1), the DTM HANDOVER COMMAND of 11.2.46 (Table 11.2.46.1), PSI1
 * (11.2.18), PSI2 (11.2.19), PSI13 (11.2.25) and the IEs of clause 12 they use; the System
 * Information messages of an SI/PSI container follow TS 44.018 v13.8.0 (d80) 9.1.31 ff. and its
 * rest octets' CSN.1 (10.5.2.32 ff., "L | H" read against the 2b padding).  In RLC/MAC messages "0"
 * and "1" are the bit values themselves; a message ends with < padding bits > ::= { null | 0 <
 * spare padding > }, so the bit after the last field is 0 (or the message ends there), and "{ null
 * | 0 bit** | 1 < additions > }" reads no bit or a 0 as the end of what the sender's release knew.
 * Everything else is mandatory: a message that ends inside a field, or before a field that is not
 * behind such a "null", is truncated (reported with the offset of the octet where it ends).  Values
 * the CSN.1 reserves ("! < ... error : { 11 } bit (*) >", message escapes) are reported and end the
 * decoding.
 *
 * Field names follow the standard's (HANDOVER_REFERENCE -> "handoverReference"); codes with
 * a meaning of their own get a name from a table beside the number.
 *
 * Checked against tshark 4.0.17's gsm_rlcmac_dl dissector (tests/check_rlcmac.c), which
 * differs in one place: its Uplink and Downlink TBF assignment structs of the PS Handover
 * Radio Resources read the PFI as a mandatory bit (7), where Table 12.42.1 (and the same
 * structs of Table 12.46.1) has { 0 | 1 < PFI : bit (7) > }; this reads the standard's.
 * tshark 4.0.17 reads PSI1's Rel-6 LB_MS_TXPWR_MAX_CCH as a mandatory bit (5), where 11.2.18
 * has { 0 | 1 < LB_MS_TXPWR_MAX_CCH : bit (5) > }; this reads the standard's.  It does not
 * read PSI2's Release 1999 additions, nor SI 13's Rel-13 ones; in the SI 4 Rest Octets it reads
 * the SI13alt Position's presence bit one bit after CBQ3, where 10.5.2.35 has it right after.
 * In the SI 2quater Rest Octets (10.5.2.33b) tshark 4.0.17's gsm_a_ccch reads no
 * E-UTRAN_FREQUENCY_INDEX list after the PCID groups of a Repeated E-UTRAN PCID to TA mapping
 * (the CSN.1 has { 1 < PCID to TA mapping : < PCID Group IE > > } ** 0 { 1
 * < E-UTRAN_FREQUENCY_INDEX : bit (3) > } ** 0; this reads the standard's), and it reads the
 * repeat bit of a 3G CSG Description's CSG_PSC_SPLIT as the first PSC's presence bit too; it
 * reads nothing after the Rel-8 additions ("Padding Bits: Unknown extension detected"), so the
 * Rel-9 to Rel-11 ones follow the CSN.1 alone.
 * tshark 4.0.17 does not decode the DTM HANDOVER COMMAND (message type 23 is invalid to it)
 * nor the Rel-8 and later additions of the PS HANDOVER COMMAND, nor the PS Handover Radio
 * Resources 2 / 3 IEs (it reads the RR Info choice as a fixed 00): those follow the CSN.1
 * alone.  The clause numbers of the IEs 2 and 3 (12.42a, 12.42b, 12.46a, 12.46b) and of the
 * EGPRS mode 2 IEs (12.48a.x) are those the CSN.1 text gives; EGPRS mode 2's USF lists
 * repeat as the CSN.1 writes them (* (val(N_TS) + 1), * val(N_PAIRS)).
 */
#include <stdio.h>
#include <string.h>

#include "csn1.h"
#include "dtap.h"
#include "freqlist.h"
#include "inner.h"
#include "location.h"
#include "lte_rrc.h"
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

/* 12.8 Frequency Parameters, under key */
static void frequency_parameters(struct rd *d, const char *key)
{
	uint32_t c, len;
	uint8_t buf[18];

	obj(d, key);
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

/*
 * The target cell part that 12.42, 12.42a and 12.42b share: { 0 | 1 < HANDOVER_REFERENCE : bit
 * (8) > }, ARFCN (not in 12.42b), SI, NCI, BSIC, { 0 | 1 < CCN_ACTIVE > }, { 0 | 1
 * < 3G_CCN_ACTIVE > }, { 0 | 1 < CCN Support Description > }
 */
static void target_cell(struct rd *d, int with_arfcn)
{
	uint32_t cells;

	opt_num(d, 8, "handoverReference");
	if (with_arfcn)
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
}

/* 12.42 PS Handover Radio Resources */
static void ps_handover_radio_resources(struct rd *d)
{
	obj(d, "psHandoverRadioResources");
	target_cell(d, 1);
	frequency_parameters(d, "frequencyParameters");
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
 * including a RRCConnectionReconfiguration)".  The UTRAN one is decoded by rrc.c, the
 * E-UTRAN DL-DCCH-Message (TS 36.331 6.2.1) by lte_rrc.c.  The latter can lead back here
 * (a MobilityFromEUTRACommand whose GERAN container is a PS HANDOVER COMMAND to E-UTRAN, whose
 * RRC container is a DL-DCCH-Message ...): the emitter counts the E-UTRAN containers open
 * around this one, and one more than MAX_RRC_CONTAINER_DEPTH stays in hex with an error.
 */
#define MAX_RRC_CONTAINER_DEPTH 3

static void rrc_container(struct rd *d, const char *key, int utran)
{
	uint8_t buf[256];
	long len;

	obj(d, key);
	obj(d, "rrcContainer");
	len = length_octets(d, 8, "rrcContainerLength", "rrcContainerData", buf);
	if (len == 0) {
		tk_inner_fail(d->er, d->b->pos / 8, "RRC_CONTAINER_LENGTH 0 is reserved");
	} else if (len > 0 && utran) {
		tk_emit_key(d->e, "handoverToUtranCommand");
		tk_emit_rrc(d->e, TK_RRC_HANDOVER_TO_UTRAN_COMMAND, buf, (size_t)len);
	} else if (len > 0 && d->e->rrc_container_depth >= MAX_RRC_CONTAINER_DEPTH) {
		tk_inner_fail(d->er, d->b->pos / 8 - (size_t)len, "E-UTRAN RRC containers nested "
			      "more than %d deep: this one is left in hex", MAX_RRC_CONTAINER_DEPTH);
	} else if (len > 0) {
		tk_emit_key(d->e, "dlDcchMessage");
		d->e->rrc_container_depth++;
		tk_emit_lte_rrc(d->e, TK_LTE_RRC_DL_DCCH_MESSAGE, buf, (size_t)len);
		d->e->rrc_container_depth--;
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

/* { 1 < EMSR Additional PFCs n : < Additional PFCs struct > > } ** 0, n = 1..3; in a DLMC
 * carrier's EMSR lists (etfi) each PFC is followed by { 0 | 1 < DOWNLINK_eTFI > } */
static void emsr_pfcs(struct rd *d, const char *key, int etfi)
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
			if (etfi)
				opt_num(d, 3, "downlinkEtfiAssignment");
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

/* ---- EGPRS mode 2 and the IEs of 12.42a / 12.46a / 12.46b ----------------------------------- */

/* 12.10f EGPRS Level: the modulation and coding schemes the TBF uses */
static const struct tk_value_string egprs_level_names[] = {
	{ 0, "EGPRS" },
	{ 1, "EGPRS2-A" },
	{ 2, "EGPRS2-B" },
	{ 0, NULL }
};

/* the PDCH pair configuration choice of 12.5.5 (and of 12.48a.2 / 12.48a.5) */
static const struct tk_value_string pdch_pair_config_names[] = {
	{ 0, "Default PDCH pair configuration" },
	{ 1, "Unchanged" },
	{ 2, "Explicit PDCH pair configuration" },
	{ 0, NULL }
};

/* < key : < EGPRS Level IE > > (bit (2); 11 is reserved) */
static void egprs_level(struct rd *d, const char *key)
{
	named(d, 2, key, egprs_level_names, "reserved");
}

/*
 * 12.5.5 PDCH Pairs Description (the same CSN.1 leads the RTTI alternatives of 12.48a.2 and
 * 12.48a.5): { 0 single carrier | 1 dual carrier } then { 00 default | 01 unchanged | 10
 * explicit: the downlink and uplink PDCH pairs of each carrier | 11 reserved }.  Returns
 * the carrier choice (0 single, 1 dual), -1 at the end or on the reserved code.
 */
static int pdch_pairs(struct rd *d, const char *key)
{
	int dual = bit(d, "PDCH Pairs Description");
	uint32_t c;
	size_t at;

	if (dual < 0)
		return -1;
	obj(d, key);
	tk_emit_kv_bool(d->e, "dualCarrier", dual);
	at = d->b->pos;
	if (get(d, 2, "the PDCH pair configuration", &c)) {
		tk_emit_kv_long(d->e, "pdchPairConfiguration", (long)c);
		tk_inner_emit_name(d->e, "pdchPairConfigurationName", pdch_pair_config_names,
				   NULL, "reserved", (long)c);
		if (c == 3) {
			reserved(d, at, "PDCH pairs configuration error: 11 is reserved");
		} else if (c == 2) {
			num(d, 8, "downlinkPdchPairsC1");
			if (dual)
				num(d, 8, "downlinkPdchPairsC2");
			num(d, 8, "uplinkPdchPairsC1");
			if (dual)
				num(d, 8, "uplinkPdchPairsC2");
		}
	}
	end(d);
	return d->stop ? -1 : dual;
}

/* { 0 | 1 < P0_C1 : bit (4) > < PR_MODE_C1 : bit (1) > { 0 | 1 < P0_C2 > < PR_MODE_C2 > } } */
static void p0_c1_c2(struct rd *d)
{
	if (bit(d, "P0_C1") != 1)
		return;
	num(d, 4, "p0C1");
	named(d, 1, "prModeC1", pr_mode_names, "unknown");
	if (bit(d, "P0_C2") == 1) {
		num(d, 4, "p0C2");
		named(d, 1, "prModeC2", pr_mode_names, "unknown");
	}
}

/*
 * The FANR choices of 12.48a.3, 12.48a.6 and 12.42b: { 0 | 1 { 0 SSN-based | 1 time-based
 * < REPORTED TIMESLOTS ... > < TSH : bit (2) > } }.  with_choice: the SSN / time-based bit is
 * there (else the 1 means time-based); with_ts: 0 no REPORTED TIMESLOTS, 1 REPORTED
 * TIMESLOTS_C1 and { 0 | 1 REPORTED TIMESLOTS C2 }, 2 one REPORTED TIMESLOTS : bit (8);
 * with_tsh: TSH ends the time-based alternative
 */
static void fanr(struct rd *d, int with_choice, int with_ts, int with_tsh)
{
	int c = 1;

	if (bit(d, "FANR") != 1)
		return;
	obj(d, "fanr");
	if (with_choice)
		c = bit(d, "the FANR encoding");
	if (c >= 0)
		tk_emit_kv_str(d->e, "encoding", c ? "time-based" : "SSN-based");
	if (c == 1) {
		if (with_ts == 1) {
			num(d, 8, "reportedTimeslotsC1");
			opt_num(d, 8, "reportedTimeslotsC2");
		} else if (with_ts == 2) {
			num(d, 8, "reportedTimeslots");
		}
		if (with_tsh)
			num(d, 2, "tsh");
	}
	end(d);
}

/* { 0 | 1 < key : bit (w) > } * count, as an array (null for an absent element) */
static void opt_list(struct rd *d, unsigned count, unsigned w, const char *key)
{
	unsigned i;
	uint32_t v;

	tk_emit_key(d->e, key);
	tk_emit_open(d->e, 1);
	for (i = 0; i < count && !d->stop; i++) {
		int p = bit(d, key);

		if (p == 1 && get(d, w, key, &v))
			tk_emit_long(d->e, (long)v);
		else if (p == 0)
			tk_emit_lit(d->e, "null");
	}
	tk_emit_close(d->e, 1);
}

/* { 0 | 1 < USF : bit (3) > < GAMMA : bit (5) > } * count (12.48a.4) */
static void usf_gamma_list(struct rd *d, unsigned count, const char *key, const char *usf,
			   int gamma_optional)
{
	unsigned i;

	tk_emit_key(d->e, key);
	tk_emit_open(d->e, 1);
	for (i = 0; i < count && !d->stop; i++) {
		int p = bit(d, key);

		if (p == 0) {
			tk_emit_lit(d->e, "null");
		} else if (p == 1) {
			tk_emit_open(d->e, 0);
			num(d, 3, usf);
			if (gamma_optional)
				opt_num(d, 5, "gamma");
			else
				num(d, 5, "gamma");
			tk_emit_close(d->e, 0);
		}
	}
	tk_emit_close(d->e, 1);
}

/* 12.48a.4 Dynamic Allocation 2 */
static void dynamic_allocation_2(struct rd *d)
{
	uint32_t n;
	int c;

	obj(d, "dynamicAllocation2");
	flag(d, "extendedDynamicAllocation");
	p0_c1_c2(d);
	num(d, 1, "usfGranularity");
	opt_num(d, 5, "uplinkTfiAssignment");
	c = bit(d, "the Dynamic Allocation 2 power control choice");
	if (c == 0) {
		if (get(d, 4, "N_USF", &n)) {
			tk_emit_kv_long(d->e, "nUsf", (long)n);
			opt_list(d, n + 1, 3, "usf");
		}
	} else if (c == 1) {
		num(d, 4, "alphaC1");
		opt_num(d, 4, "alphaC2");
		c = bit(d, "BTTI / RTTI mode");
		if (c == 0 && get(d, 4, "N_TS", &n)) {
			tk_emit_kv_long(d->e, "nTs", (long)n);
			usf_gamma_list(d, n + 1, "timeslots", "usf", 0);
		} else if (c == 1 && get(d, 3, "N_PAIRS", &n)) {
			tk_emit_kv_long(d->e, "nPairs", (long)n);
			usf_gamma_list(d, n + 1, "pdchPairs", "usf", 0);
			if (bit(d, "RTTI / BTTI USF") == 1)
				usf_gamma_list(d, n + 1, "bttiUsf", "usf2", 1);
		}
	}
	end(d);
}

/* 12.8.3 Pulse Format */
static void pulse_format(struct rd *d)
{
	uint32_t len;
	int c = bit(d, "Pulse Format");

	if (c < 0)
		return;
	obj(d, "pulseFormat");
	if (c == 0) {
		num(d, 3, "pulseFormatCoding1");
	} else {
		c = bit(d, "Pulse Format Coding 2");
		if (c == 0 && get(d, 7, "Pulse Format Bitmap Length", &len)) {
			tk_emit_kv_long(d->e, "pulseFormatBitmapLength", (long)len);
			bit_string(d, len + 1, "pulseFormatBitmap");
		} else if (c == 1) {
			/* < Non Hopping Carrier Pulse Format : 1 | 01 | 00 >: the codeword */
			int b = bit(d, "Non Hopping Carrier Pulse Format");

			if (b == 1)
				tk_emit_kv_str(d->e, "nonHoppingCarrierPulseFormat", "1");
			else if (b == 0 && (b = bit(d, "Non Hopping Carrier Pulse Format")) >= 0)
				tk_emit_kv_str(d->e, "nonHoppingCarrierPulseFormat", b ? "01" : "00");
		}
	}
	end(d);
}

/* 12.48a.2 Single Downlink Assignment 2 */
static void single_downlink_assignment_2(struct rd *d)
{
	int c;

	obj(d, "downlinkAssignment");
	opt_window(d, "downlinkEgprsWindowSize");
	num(d, 2, "linkQualityMeasurementMode");
	egprs_level(d, "downlinkEgprsLevel");
	if (bit(d, "FANR") == 1)
		flag(d, "eventBasedFanr");
	c = bit(d, "BTTI / RTTI mode");
	if (c == 0) {
		num(d, 8, "timeslotAllocationC1");
		opt_num(d, 8, "timeslotAllocationC2");
	} else if (c == 1) {
		c = pdch_pairs(d, "rttiPdchPairs");
		if (c == 0)
			num(d, 4, "rttiDownlinkPdchPairAssignmentSc");
		else if (c == 1)
			num(d, 8, "rttiDownlinkPdchPairAssignmentDc");
	}
	opt_num(d, 7, "pfi");
	named(d, 1, "rlcMode", rlc_mode_names, "unknown");
	num(d, 5, "downlinkTfiAssignment");
	flag(d, "controlAck");
	opt_num(d, 5, "npmTransferTime");
	end(d);
}

/* 12.48a.3 Single Uplink Assignment 2 */
static void single_uplink_assignment_2(struct rd *d)
{
	obj(d, "uplinkAssignment");
	named(d, 4, "egprsChannelCodingCommand", mcs_names, "reserved");
	num(d, 1, "resegment");
	opt_window(d, "uplinkEgprsWindowSize");
	egprs_level(d, "uplinkEgprsLevel");
	fanr(d, 1, 1, 1);
	if (bit(d, "BTTI / RTTI mode") == 1) {
		obj(d, "rtti");
		num(d, 1, "rttiUsfMode");
		if (bit(d, "Uplink Assignment PDCH Pairs Description") == 1)
			pdch_pairs(d, "uplinkAssignmentPdchPairsDescription");
		end(d);
	}
	dynamic_allocation_2(d);
	opt_num(d, 7, "pfi");
	named(d, 1, "rlcMode", rlc_mode_names, "unknown");
	opt_num(d, 5, "npmTransferTime");
	if (bit(d, "Pulse Format") == 1)
		pulse_format(d);
	end(d);
}

/* < Downlink TBF assignment 2 struct > (12.48a.5) */
static void downlink_tbf_assignment_2(struct rd *d)
{
	tk_emit_open(d->e, 0);
	opt_num(d, 7, "pfi");
	named(d, 1, "rlcMode", rlc_mode_names, "unknown");
	opt_num(d, 3, "uplinkControlTimeslotC1");
	opt_num(d, 3, "uplinkControlTimeslotC2");
	num(d, 5, "tfiAssignment");
	flag(d, "controlAck");
	opt_num(d, 5, "npmTransferTime");
	flag(d, "eventBasedFanr");
	opt_window(d, "downlinkEgprsWindowSize");
	tk_emit_close(d->e, 0);
}

/* { 1 < Downlink TBF assignment : < Downlink TBF assignment 2 struct > > } ** 0 */
static void downlink_tbfs_2(struct rd *d)
{
	tk_emit_key(d->e, "downlinkTbfAssignments");
	tk_emit_open(d->e, 1);
	while (bit(d, "Downlink TBF assignment") == 1)
		downlink_tbf_assignment_2(d);
	tk_emit_close(d->e, 1);
}

/* 12.48a.5 Multiple Downlink Assignment 2 */
static void multiple_downlink_assignment_2(struct rd *d)
{
	int c;

	obj(d, "multipleDownlinkAssignment");
	opt_window(d, "downlinkEgprsWindowSize");
	num(d, 2, "linkQualityMeasurementMode");
	egprs_level(d, "downlinkEgprsLevel");
	if (bit(d, "BTTI mode") == 1) {
		obj(d, "btti");
		num(d, 1, "fanr");
		tk_emit_key(d->e, "bttiMultipleDownlinkAssignments");
		tk_emit_open(d->e, 1);
		while (bit(d, "BTTI Multiple Downlink Assignment") == 1) {
			tk_emit_open(d->e, 0);
			num(d, 8, "timeslotAllocationC1");
			opt_num(d, 8, "timeslotAllocationC2");
			opt_num(d, 3, "uplinkControlTimeslotC1");
			opt_num(d, 3, "uplinkControlTimeslotC2");
			downlink_tbfs_2(d);
			tk_emit_close(d->e, 0);
		}
		tk_emit_close(d->e, 1);
		end(d);
	}
	if (bit(d, "RTTI mode") == 1) {
		obj(d, "rtti");
		c = pdch_pairs(d, "rttiPdchPairs");
		if (c >= 0) {
			tk_emit_key(d->e, c ? "rttiMultipleDownlinkAssignmentsDc" :
				    "rttiMultipleDownlinkAssignmentsSc");
			tk_emit_open(d->e, 1);
			while (bit(d, "RTTI Multiple Downlink Assignment") == 1) {
				tk_emit_open(d->e, 0);
				if (c) {
					num(d, 8, "rttiDownlinkPdchPairAssignmentDc");
					opt_num(d, 3, "uplinkControlTimeslotC1");
					opt_num(d, 3, "uplinkControlTimeslotC2");
				} else {
					num(d, 4, "rttiDownlinkPdchPairAssignmentSc");
					opt_num(d, 3, "uplinkControlTimeslotC1");
				}
				downlink_tbfs_2(d);
				tk_emit_close(d->e, 0);
			}
			tk_emit_close(d->e, 1);
		}
		end(d);
	}
	end(d);
}

/* the fields the BTTI and RTTI Uplink TBF Assignment structs (12.48a.6) begin with */
static void uplink_tbf_2_head(struct rd *d)
{
	opt_num(d, 7, "pfi");
	named(d, 1, "rlcMode", rlc_mode_names, "unknown");
	num(d, 5, "tfiAssignment");
	if (bit(d, "EGPRS Channel Coding Command") == 1)
		named(d, 4, "egprsChannelCodingCommand", mcs_names, "reserved");
	opt_window(d, "uplinkEgprsWindowSize");
	opt_num(d, 5, "npmTransferTime");
	/* { 0 | 1 time-based FANR: REPORTED TIMESLOTS_C1, { 0 | 1 REPORTED TIMESLOTS C2 } } */
	fanr(d, 0, 1, 0);
	num(d, 1, "usfGranularity");
}

/*
 * The USFs of an uplink TBF of 12.48a.6: { 0 < USF_C1 > { 0 | 1 < USF_C2 > } | 1 < USF >
 * { 0 | 1 < USF > } * n } (n: val(N_TS) + 1 for BTTI, val(N_PAIRS) for RTTI, which then
 * has the second USFs of BTTI USF mode)
 */
static void uplink_tbf_2_usf(struct rd *d, unsigned n, int rtti)
{
	int c = bit(d, "USF choice");

	if (c == 0) {
		num(d, 3, "usfC1");
		opt_num(d, 3, "usfC2");
	} else if (c == 1) {
		num(d, 3, "usf");
		opt_list(d, n, 3, "nextUsfs");
		if (rtti && bit(d, "BTTI USF mode") == 1) {
			num(d, 3, "usf2");
			opt_list(d, n, 3, "nextUsf2s");
		}
	}
}

/* < Timeslot description 2 struct > (12.48a.6) */
static void timeslot_description_2(struct rd *d)
{
	char k[24];
	int c = bit(d, "Timeslot description 2"), i, car;

	if (c < 0)
		return;
	obj(d, "globalTimeslotDescription");
	if (c == 0) {
		num(d, 8, "msTimeslotAllocationC1");
		opt_num(d, 8, "msTimeslotAllocationC2");
	} else {
		for (car = 1; car <= 2 && !d->stop; car++) {
			snprintf(k, sizeof(k), "alphaC%d", car);
			if (car == 1)
				num(d, 4, k);
			else
				opt_num(d, 4, k);	/* the GAMMA_TN*_C2 follow either way */
			for (i = 0; i < 8; i++) {
				snprintf(k, sizeof(k), "gammaTn%dC%d", i, car);
				opt_num(d, 5, k);
			}
		}
	}
	end(d);
}

/* 12.48a.6 Multiple Uplink Assignment 2 */
static void multiple_uplink_assignment_2(struct rd *d)
{
	uint32_t n_ts, n_pairs = 0;
	int pairs = 0;

	obj(d, "multipleUplinkAssignment");
	if (bit(d, "EGPRS Channel Coding Command") == 1)
		named(d, 4, "egprsChannelCodingCommand", mcs_names, "reserved");
	num(d, 1, "resegment");
	opt_window(d, "uplinkEgprsWindowSize");
	flag(d, "extendedDynamicAllocation");
	p0_c1_c2(d);
	fanr(d, 1, 0, 1);
	if (bit(d, "BTTI mode") == 1) {
		obj(d, "btti");
		timeslot_description_2(d);
		tk_emit_key(d->e, "bttiUplinkTbfAssignments");
		tk_emit_open(d->e, 1);
		while (bit(d, "BTTI Uplink TBF Assignment") == 1) {
			tk_emit_open(d->e, 0);
			uplink_tbf_2_head(d);
			if (get(d, 4, "N_TS", &n_ts)) {
				tk_emit_kv_long(d->e, "nTs", (long)n_ts);
				if (bit(d, "TBF_TIMESLOT_ALLOCATION") == 1)
					bit_string(d, n_ts + 1, "tbfTimeslotAllocation");
				uplink_tbf_2_usf(d, n_ts + 1, 0);
			}
			tk_emit_close(d->e, 0);
		}
		tk_emit_close(d->e, 1);
		end(d);
	}
	if (bit(d, "RTTI mode") == 1) {
		obj(d, "rtti");
		if (bit(d, "Uplink Assignment PDCH Pairs Description") == 1)
			pdch_pairs(d, "uplinkAssignmentPdchPairsDescription");
		if (get(d, 3, "N_PAIRS", &n_pairs)) {
			tk_emit_kv_long(d->e, "nPairs", (long)n_pairs);
			pairs = 1;
		}
		if (pairs && bit(d, "power control parameters") == 1) {
			num(d, 4, "alphaC1");
			opt_num(d, 4, "alphaC2");
			opt_list(d, n_pairs + 1, 5, "gamma");
			if (bit(d, "second GAMMA values") == 1)
				opt_list(d, n_pairs + 1, 5, "secondGamma");
		}
		tk_emit_key(d->e, "rttiUplinkTbfAssignments");
		tk_emit_open(d->e, 1);
		while (pairs && bit(d, "RTTI Uplink TBF Assignment") == 1) {
			tk_emit_open(d->e, 0);
			num(d, 1, "rttiUsfMode");
			uplink_tbf_2_head(d);
			if (bit(d, "TBF_UPLINK_PAIRS_ALLOCATION") == 1)
				bit_string(d, n_pairs + 1, "tbfUplinkPairsAllocation");
			uplink_tbf_2_usf(d, n_pairs, 1);
			tk_emit_close(d->e, 0);
		}
		tk_emit_close(d->e, 1);
		end(d);
	}
	egprs_level(d, "uplinkEgprsLevel");
	if (bit(d, "Pulse Format") == 1)
		pulse_format(d);
	end(d);
}

/* 12.48a.1 EGPRS mode 2 */
static void egprs_mode_2(struct rd *d)
{
	int c;

	obj(d, "egprsMode2");
	opt_num(d, 4, "bepPeriod2");
	c = bit(d, "single / multiple TBF assignment");
	if (c == 0) {
		if (bit(d, "Single Downlink TBF") == 1)
			single_downlink_assignment_2(d);
		if (bit(d, "Single Uplink TBF") == 1)
			single_uplink_assignment_2(d);
	} else if (c == 1) {
		if (bit(d, "Multiple downlink TBF(s)") == 1)
			multiple_downlink_assignment_2(d);
		if (bit(d, "Multiple uplink TBF(s)") == 1)
			multiple_uplink_assignment_2(d);
	}
	end(d);
}

/* 12.8.2 Dual Carrier Frequency Parameters */
static void dual_carrier_frequency_parameters(struct rd *d)
{
	uint32_t c, len;
	uint8_t buf[18];

	obj(d, "dualCarrierFrequencyParameters");
	num(d, 3, "tsc");
	if (get(d, 2, "Dual Carrier Frequency Parameters", &c)) {
		if (c == 0) {
			if (bit(d, "ARFCN1") == 1) {
				num(d, 10, "arfcn1");
				num(d, 10, "arfcn2");
			}
		} else {
			obj(d, c == 1 ? "indirectEncoding" : c == 2 ? "directEncoding1" :
			    "directEncoding2");
			opt_num(d, 6, "maio1");
			opt_num(d, 6, "maio2");
			if (c == 1) {
				num(d, 4, "maNumber");
				if (bit(d, "CHANGE_MARK_1") == 1) {
					num(d, 2, "changeMark1");
					opt_num(d, 2, "changeMark2");
				}
			} else if (c == 2) {
				gprs_mobile_allocation(d);
			} else {
				num(d, 6, "hsn");
				if (get(d, 4, "Length of MA Frequency List contents", &len)) {
					tk_emit_kv_long(d->e, "lengthOfMaFrequencyListContents",
							(long)len);
					if (octets(d, buf, len + 3, "MA Frequency List contents"))
						tk_emit_kv_hex(d->e, "maFrequencyListContents", buf,
							       len + 3);
				}
			}
			end(d);
		}
	}
	end(d);
}

/* the MTTI assignments of the Rel-9 extension information of 12.42a / 12.46a / 12.46b */
static void mtti_assignments(struct rd *d)
{
	opt_num(d, 1, "mttiDownlinkAssignmentC1");
	opt_num(d, 1, "mttiDownlinkAssignmentC2");
	opt_num(d, 1, "mttiUplinkAssignmentC1");
	opt_num(d, 1, "mttiUplinkAssignmentC2");
}

/*
 * { 0 | 1 < Extension Length : bit (w) > < bit (val(Extension Length) + 1) & { < Extension
 * Information > ! { bit ** = < no string > } } > }: the extension read within its length by
 * fn, leniently ("Extension information may be truncated between released versions")
 */
static void extension(struct rd *d, unsigned w, void (*fn)(struct rd *))
{
	uint32_t len;
	struct tk_csn1 sub;
	struct rd x;

	if (bit(d, "Extension Length") != 1 || !get(d, w, "Extension Length", &len))
		return;
	tk_emit_kv_long(d->e, "extensionLength", (long)len);
	if (tk_csn1_sub(d->b, len + 1, &sub) < 0) {
		need(d, len + 1, "the extension information");
		return;
	}
	x = *d;
	x.b = &sub;
	x.lenient = 1;
	obj(&x, "extensionInformation");
	fn(&x);
	end(&x);
}

/* 12.42a: Rel-9 MTTI, Rel-11 EGPRS Packet Downlink Ack/Nack Type 3 Support */
static void ps_rr2_extension(struct rd *d)
{
	mtti_assignments(d);
	num(d, 1, "egprsPacketDownlinkAckNackType3Support");
}

/* 12.42a PS Handover Radio Resources 2 */
static void ps_handover_radio_resources_2(struct rd *d)
{
	uint32_t c;
	size_t at;

	obj(d, "psHandoverRadioResources2");
	target_cell(d, 1);
	at = d->b->pos;
	if (get(d, 2, "the frequency parameters choice", &c)) {
		if (c == 1) {
			/* legacy IEs: Frequency Parameters C1, { 0 | 1 Frequency Parameters C2 } */
			frequency_parameters(d, "frequencyParametersC1");
			if (bit(d, "Frequency Parameters C2") == 1)
				frequency_parameters(d, "frequencyParametersC2");
		} else if (c == 2) {
			dual_carrier_frequency_parameters(d);
		} else {
			reserved(d, at, "PS Handover Radio Resources 2: Frequency Parameters "
				 "choice 00 / 11 is reserved");
		}
	}
	named(d, 2, "networkControlOrder", nco_names, "reserved");
	if (bit(d, "Global Packet Timing Advance") == 1) {
		global_packet_timing_advance(d);
		opt_num(d, 2, "packetExtendedTimingAdvance");
	}
	flag(d, "rlcReset");
	egprs_mode_2(d);
	extension(d, 6, ps_rr2_extension);
	end(d);
}

/* ---- 12.42b PS Handover Radio Resources 3 (downlink multi carrier) -------------------------- */

/* the UFPS, carrier and uplink carrier choices of 12.42b */
static const struct tk_value_string ufps_names[] = {
	{ 0, "Existing UFPS released" },
	{ 1, "Existing UFPS remains unchanged" },
	{ 2, "Existing UFPS changed/new UFPS provided" },
	{ 0, NULL }
};

static const struct tk_value_string carrier_names[] = {
	{ 0, "Existing carrier released" },
	{ 1, "Existing carrier remains unchanged" },
	{ 2, "Existing carrier changed/new carrier provided" },
	{ 0, NULL }
};

static const struct tk_value_string ul_carrier_names[] = {
	{ 0, "Assigned carrier released" },
	{ 1, "Carrier remains unchanged" },
	{ 2, "Assigned carrier modified or new carrier assigned" },
	{ 0, NULL }
};

/* a 2-bit choice of 12.42b under key with its name; 3 (11) is reserved: -1 */
static int dlmc_choice(struct rd *d, const char *key, const struct tk_value_string *vs)
{
	char k[48];
	size_t at = d->b->pos;
	uint32_t c;

	if (!get(d, 2, key, &c))
		return -1;
	tk_emit_kv_long(d->e, key, (long)c);
	snprintf(k, sizeof(k), "%sName", key);
	tk_inner_emit_name(d->e, k, vs, NULL, "reserved", (long)c);
	if (c == 3) {
		reserved(d, at, "PS Handover Radio Resources 3: choice 11 is reserved");
		return -1;
	}
	return (int)c;
}

/* 12.13 Power Control Parameters */
static void power_control_parameters(struct rd *d)
{
	char k[16];
	int i;

	obj(d, "powerControlParameters");
	num(d, 4, "alpha");
	for (i = 0; i < 8; i++) {
		snprintf(k, sizeof(k), "gammaTn%d", i);
		opt_num(d, 5, k);
	}
	end(d);
}

/* the DLMC Frequency Parameters IE (given with the Pulse Format IE of 12.8.3) */
static void dlmc_frequency_parameters(struct rd *d)
{
	uint32_t c, len;
	uint8_t buf[18];

	obj(d, "dlmcFrequencyParameters");
	num(d, 3, "tsc");
	if (get(d, 2, "DLMC Frequency Parameters", &c)) {
		if (c == 0) {
			num(d, 10, "arfcn");
		} else if (c == 1) {
			obj(d, "indirectEncoding");
			num(d, 4, "maNumber");
			if (bit(d, "CHANGE_MARK_1") == 1) {
				num(d, 2, "changeMark1");
				opt_num(d, 2, "changeMark2");
			}
			end(d);
		} else if (c == 2) {
			obj(d, "directEncoding1");
			gprs_mobile_allocation(d);
			end(d);
		} else {
			obj(d, "directEncoding2");
			num(d, 6, "hsn");
			if (get(d, 4, "Length of MA Frequency List contents", &len)) {
				tk_emit_kv_long(d->e, "lengthOfMaFrequencyListContents", (long)len);
				if (octets(d, buf, len + 3, "MA Frequency List contents"))
					tk_emit_kv_hex(d->e, "maFrequencyListContents", buf, len + 3);
			}
			end(d);
		}
	}
	end(d);
}

/* < Carrier Specific Info struct > */
static void carrier_specific_info(struct rd *d)
{
	int c;

	tk_emit_open(d->e, 0);
	if (dlmc_choice(d, "carrier", carrier_names) == 2) {
		c = bit(d, "BTTI / RTTI mode");
		if (c == 0) {
			opt_num(d, 8, "timeslotAllocation");
		} else if (c == 1 && bit(d, "DOWNLINK_PDCH_PAIRS_DLMC") == 1) {
			num(d, 8, "downlinkPdchPairsDlmc");
			num(d, 4, "rttiDownlinkPdchPairAssignmentDlmc");
		}
		opt_num(d, 6, "maio");
		if (bit(d, "P0") == 1) {
			num(d, 4, "p0");
			named(d, 1, "prMode", pr_mode_names, "unknown");
		}
		if (bit(d, "DOWNLINK_TFI_ASSIGNMENT") == 1) {
			num(d, 5, "downlinkTfiAssignment");
			opt_num(d, 3, "downlinkEtfiAssignment");
		}
		if (bit(d, "Power Control Parameters") == 1)
			power_control_parameters(d);
		if (bit(d, "EMST") == 1) {
			obj(d, "emst");
			rlc_entity(d, "rlcEntity2");
			opt_num(d, 3, "rlcEntity2DownlinkEtfiAssignment");
			if (bit(d, "RLC Entity 3") == 1) {
				rlc_entity(d, "rlcEntity3");
				opt_num(d, 3, "rlcEntity3DownlinkEtfiAssignment");
			}
			end(d);
		}
		emsr_pfcs(d, "emsr", 1);
		num(d, 1, "primaryTscSet");
		if (bit(d, "Secondary DL TSC Value") == 1) {
			num(d, 1, "secondaryDlTscSet");
			num(d, 3, "secondaryDlTscValue");
		}
	}
	tk_emit_close(d->e, 0);
}

/* < UFPS struct > */
static void ufps(struct rd *d)
{
	tk_emit_open(d->e, 0);
	if (dlmc_choice(d, "ufps", ufps_names) == 2) {
		if (bit(d, "DLMC Frequency Parameters") == 1)
			dlmc_frequency_parameters(d);
		tk_emit_key(d->e, "carrierSpecificInfo");
		tk_emit_open(d->e, 1);
		while (bit(d, "CARRIER_SPECIFIC_INFO") == 1)
			carrier_specific_info(d);
		tk_emit_close(d->e, 1);
	}
	tk_emit_close(d->e, 0);
}

/* 12.65 Dynamic Allocation 3 */
static void dynamic_allocation_3(struct rd *d)
{
	int rtti;

	obj(d, "dynamicAllocation3");
	flag(d, "extendedDynamicAllocation");
	num(d, 1, "usfGranularity");
	opt_num(d, 4, "alpha");
	opt_num(d, 3, "tsc");
	rtti = bit(d, "BTTI / RTTI mode");
	if (rtti >= 0) {
		tk_emit_key(d->e, rtti ? "pdchPairs" : "pdchs");
		tk_emit_open(d->e, 1);
		while (bit(d, "an assigned PDCH") == 1) {
			int p = bit(d, "USF");

			if (p == 0) {
				tk_emit_lit(d->e, "null");
			} else if (p == 1) {
				tk_emit_open(d->e, 0);
				num(d, 3, "usf");
				num(d, 5, "gamma");
				if (rtti && bit(d, "RTTI / BTTI USF mode") == 1) {
					tk_emit_kv_str(d->e, "usfMode", "BTTI");
					opt_num(d, 3, "usf2");
				}
				tk_emit_close(d->e, 0);
			}
		}
		tk_emit_close(d->e, 1);
	}
	end(d);
}

/* < DLMC UL Carrier Info struct > */
static void dlmc_ul_carrier_info(struct rd *d)
{
	int c;

	tk_emit_open(d->e, 0);
	if (dlmc_choice(d, "carrier", ul_carrier_names) == 2) {
		c = bit(d, "BTTI / RTTI mode");
		if (c == 0)
			opt_num(d, 8, "uplinkTimeslotAllocation");
		else if (c == 1)
			opt_num(d, 8, "uplinkPdchPairsDlmc");
		dynamic_allocation_3(d);
		if (bit(d, "EMST") == 1) {
			obj(d, "emst");
			rlc_entity(d, "uplinkRlcEntity2");
			if (bit(d, "Uplink RLC Entity 3") == 1)
				rlc_entity(d, "uplinkRlcEntity3");
			end(d);
		}
		emsr_pfcs(d, "emsr", 0);
		num(d, 1, "primaryTscSet");
	}
	tk_emit_close(d->e, 0);
}

/* 12.42b PS Handover Radio Resources 3 */
static void ps_handover_radio_resources_3(struct rd *d)
{
	obj(d, "psHandoverRadioResources3");
	target_cell(d, 0);
	/* the downlink TBF */
	obj(d, "downlink");
	named(d, 1, "downlinkRlcMode", rlc_mode_names, "unknown");
	flag(d, "controlAck");
	tk_emit_key(d->e, "ufps");
	tk_emit_open(d->e, 1);
	while (bit(d, "UFPS") == 1)
		ufps(d);
	tk_emit_close(d->e, 1);
	num(d, 1, "dlmcMeasurementType");
	num(d, 2, "linkQualityMeasurementMode");
	opt_num(d, 4, "carrierForInterferenceMeasurements");
	global_packet_timing_advance(d);
	opt_num(d, 2, "packetExtendedTimingAdvance");
	opt_num(d, 4, "ptcchCarrier");
	num(d, 1, "pdanCoding");
	num(d, 1, "extendedSns");
	opt_num(d, 4, "bepPeriod2");
	opt_num(d, 7, "pfiOfDownlinkTbf");
	opt_num(d, 5, "downlinkNpmTransferTime");
	if (bit(d, "FANR") == 1)
		flag(d, "eventBasedFanr");
	egprs_level(d, "downlinkEgprsLevel");
	num(d, 1, "indicationOfUpperLayerPduStartForRlcUm");
	num(d, 1, "egprsPacketDownlinkAckNackType3Support");
	named(d, 4, "egprsChannelCodingCommand", mcs_names, "reserved");
	end(d);
	/* the uplink TBF */
	obj(d, "uplink");
	num(d, 1, "resegment");
	tk_emit_key(d->e, "dlmcUlCarrierInfo");
	tk_emit_open(d->e, 1);
	while (bit(d, "DLMC UL Carrier Info") == 1)
		dlmc_ul_carrier_info(d);
	tk_emit_close(d->e, 1);
	opt_window(d, "uplinkEgprsWindowSize");
	num(d, 5, "uplinkTfiAssignment");
	opt_num(d, 7, "pfiOfUplinkTbf");
	opt_num(d, 1, "uplinkRlcMode");
	opt_num(d, 5, "uplinkNpmTransferTime");
	fanr(d, 1, 2, 1);
	egprs_level(d, "uplinkEgprsLevel");
	if (bit(d, "Pulse Format") == 1)
		pulse_format(d);
	opt_num(d, 3, "uplinkControlTimeslot");
	end(d);
	named(d, 2, "networkControlOrder", nco_names, "reserved");
	flag(d, "rlcReset");
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
	emsr_pfcs(d, "emsrDownlink", 0);
	emsr_pfcs(d, "emsrUplink", 0);
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
				ps_handover_radio_resources_2(d);
			else
				ps_handover_radio_resources_3(d);
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

/* 12.23 Cell Identification: the TS 44.018 LAI (10.5.1.3), RAC and Cell Identity (10.5.1.1) */
static void cell_identification(struct rd *d)
{
	uint8_t lai[5], ci[2];
	uint32_t rac;

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
}

/* 12.9a GPRS Power Control Parameters */
static void gprs_power_control_parameters(struct rd *d)
{
	obj(d, "gprsPowerControlParameters");
	num(d, 4, "alpha");
	num(d, 5, "tAvgW");
	num(d, 5, "tAvgT");
	num(d, 1, "pcMeasChan");
	num(d, 4, "nAvgI");
	end(d);
}

/*
 * The fields the DTM Handover PS Radio Resources IEs (12.46, 12.46a, 12.46b) begin with:
 * Cell Identification, MAX_LAPDm, GPRS_MS_TXPWR_MAX_CCH, GPRS Cell Options and GPRS Power
 * Control Parameters
 */
static void dtm_ps_head(struct rd *d)
{
	cell_identification(d);
	num(d, 3, "maxLapdm");
	num(d, 5, "gprsMsTxpwrMaxCch");
	gprs_cell_options(d);
	gprs_power_control_parameters(d);
}

/* 12.46 DTM Handover PS Radio Resources */
static void dtm_handover_ps_radio_resources(struct rd *d)
{
	obj(d, "dtmHandoverPsRadioResources");
	dtm_ps_head(d);
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

/* the Rel-9 (12.46a) / Rel-10 (12.46b) EMST choice of the DTM extension information */
static void dtm_emst(struct rd *d)
{
	int c = bit(d, "EMST");

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
}

/* the Rel-11 and Rel-12 parts of the DTM extension information (12.46a / 12.46b) */
static void dtm_rel11_rel12(struct rd *d)
{
	num(d, 1, "egprsPacketDownlinkAckNackType3Support");
	if (bit(d, "Primary TSC Value") == 1) {
		num(d, 1, "primaryTscSet");
		num(d, 3, "primaryTscValue");
	}
	if (bit(d, "Secondary DL TSC Value") == 1) {
		num(d, 1, "secondaryDlTscSet");
		num(d, 3, "secondaryDlTscValue");
	}
}

/* 12.46a: Rel-9 EMST and MTTI, Rel-11, Rel-12 */
static void dtm_rr2_extension(struct rd *d)
{
	dtm_emst(d);
	mtti_assignments(d);
	dtm_rel11_rel12(d);
}

/* 12.46b: Rel-10 EMST, MTTI and EMSR, Rel-11, Rel-12 */
static void dtm_rr3_extension(struct rd *d)
{
	dtm_emst(d);
	mtti_assignments(d);
	emsr_pfcs(d, "emsrDownlink", 0);
	emsr_pfcs(d, "emsrUplink", 0);
	dtm_rel11_rel12(d);
}

/*
 * 12.46a DTM Handover PS Radio Resources 2 and 12.46b DTM Handover PS Radio Resources 3: the
 * fields of 12.46 up to the power control parameters, RLC_RESET, { 00 < EGPRS mode 2 IE > !
 * < TBF mode error : { 01 | 10 | 11 } > } and the extension information (its length bit (6)
 * in the first, bit (8) in the second)
 */
static void dtm_handover_ps_radio_resources_2_3(struct rd *d, int three)
{
	uint32_t c;
	size_t at;

	obj(d, three ? "dtmHandoverPsRadioResources3" : "dtmHandoverPsRadioResources2");
	dtm_ps_head(d);
	flag(d, "rlcReset");
	at = d->b->pos;
	if (get(d, 2, "the TBF mode choice", &c)) {
		if (c == 0)
			egprs_mode_2(d);
		else
			reserved(d, at, "TBF mode error: only 00 (EGPRS mode 2) is defined");
	}
	extension(d, three ? 8 : 6, three ? dtm_rr3_extension : dtm_rr2_extension);
	end(d);
}

/* 11.2.46 DTM HANDOVER COMMAND, after PAGE_MODE */
static void dtm_handover_command(struct rd *d)
{
	uint8_t buf[256];
	uint32_t c;
	size_t at;
	long len;

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
	 * octets of the CS part, kept in hex.  When they are a TS 44.018 HANDOVER COMMAND (9.1.15:
	 * the RR protocol discriminator 0110 in bits 4-1 of the first octet, message type 0x2b),
	 * dtap.c's decoder of that message reads it beside them ("handoverCommand": cell
	 * description, channel description 2, handover reference, power command and the
	 * optional elements); other octets stay in hex.
	 */
	obj(d, "csHandoverRadioResources");
	len = length_octets(d, 7, "csHandoverRadioResourcesLength", "csHandoverRadioResourcesData",
			    buf);
	if (len >= 2 && (buf[0] & 0x0f) == 0x06 && (buf[1] & 0x3f) == 0x2b) {
		tk_emit_key(d->e, "handoverCommand");
		tk_emit_dtap(d->e, buf, (size_t)len);
	}
	end(d);
	at = d->b->pos;
	if (get(d, 2, "the DTM Handover PS RR Info choice", &c)) {
		if (c == 0)
			dtm_handover_ps_radio_resources(d);
		else if (c == 3)
			reserved(d, at, "DTM Handover PS RR Info: choice 11 is a message escape");
		else if (c == 1)
			dtm_handover_ps_radio_resources_2_3(d, 0);
		else
			dtm_handover_ps_radio_resources_2_3(d, 1);
	}
	nas_container(d);
	end(d);
}

/* the SI 13 Rest Octets / PSI13 body, PSI1 and PSI2 (below, with the SI contents) */
static void si13_body(struct rd *d, int si13);
static void psi1(struct rd *d);
static void psi2(struct rd *d);

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
	else if (t == 0x37)
		si13_body(&d, 0);
	else if (t == 0x31)
		psi1(&d);
	else if (t == 0x32)
		psi2(&d);
	/* the other messages: the type and page mode; their content stays in "hex" */
	tk_inner_finish(e, p, n, &er);
}

/* the name of a System Information message type (TS 44.018 Table 10.4.1, dtap.c's RR table);
 * another RR message in a list of SI messages is named as not one */
static void emit_si_name(struct tk_emitter *e, unsigned t)
{
	const char *s = tk_rr_msg_name(t);

	if (s && strncmp(s, "SYSTEM INFORMATION", 18) == 0)
		tk_emit_kv_str(e, "messageTypeName", s);
	else
		tk_inner_emit_name(e, "messageTypeName", NULL, NULL,
				   "not a System Information message", (long)t);
}

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

/* ---- System Information contents (TS 44.018 9.1.31 - 9.1.36, 9.1.43a) ------------------------ */

/*
 * A choice written "L | H" in the rest octets (TS 44.018 10.5.2.x; 44.018 clause 8 / TS
 * 24.007): L is the bit the spare padding 0x2b has at that position, H the other; 1 for H,
 * 0 for L, -1 at the end.  The rest octets start on an octet, as the window does.
 */
static int lh(struct rd *d, const char *field)
{
	size_t pos = d->b->pos;
	int v = bit(d, field);

	if (v < 0)
		return v;
	return v ^ ((0x2b >> (7 - (pos & 7))) & 1);
}

/* 10.5.2.29 RACH Control Parameters: max retrans */
static const struct tk_value_string max_retrans_names[] = {
	{ 0, "Maximum 1 retransmission" },
	{ 1, "Maximum 2 retransmissions" },
	{ 2, "Maximum 4 retransmissions" },
	{ 3, "Maximum 7 retransmissions" },
	{ 0, NULL }
};

/* 10.5.2.29 RACH Control Parameters: Tx-integer, the slots used to spread transmission */
static const struct tk_value_string tx_integer_names[] = {
	{ 0, "3 slots" }, { 1, "4 slots" }, { 2, "5 slots" }, { 3, "6 slots" },
	{ 4, "7 slots" }, { 5, "8 slots" }, { 6, "9 slots" }, { 7, "10 slots" },
	{ 8, "11 slots" }, { 9, "12 slots" }, { 10, "14 slots" }, { 11, "16 slots" },
	{ 12, "20 slots" }, { 13, "25 slots" }, { 14, "32 slots" }, { 15, "50 slots" },
	{ 0, NULL }
};

/* 10.5.2.11 Control Channel Description: CCCH-CONF */
static const struct tk_value_string ccch_conf_names[] = {
	{ 0, "1 basic physical channel used for CCCH, not combined with SDCCHs" },
	{ 1, "1 basic physical channel used for CCCH, combined with SDCCHs" },
	{ 2, "2 basic physical channels used for CCCH, not combined with SDCCHs" },
	{ 4, "3 basic physical channels used for CCCH, not combined with SDCCHs" },
	{ 6, "4 basic physical channels used for CCCH, not combined with SDCCHs" },
	{ 0, NULL }
};

/* 10.5.2.3 Cell Options (BCCH): DTX */
static const struct tk_value_string dtx_bcch_names[] = {
	{ 0, "The MSs may use uplink discontinuous transmission" },
	{ 1, "The MSs shall use uplink discontinuous transmission" },
	{ 2, "The MSs shall not use uplink discontinuous transmission" },
	{ 0, NULL }
};

/* 10.5.2.29 RACH Control Parameters (3 octets) */
static void rach_control(struct tk_emitter *e, const uint8_t *p)
{
	tk_emit_key(e, "rachControlParameters");
	tk_emit_open(e, 0);
	tk_emit_kv_long(e, "maxRetrans", p[0] >> 6);
	tk_inner_emit_name(e, "maxRetransName", max_retrans_names, NULL, "unknown", p[0] >> 6);
	tk_emit_kv_long(e, "txInteger", (p[0] >> 2) & 0x0f);
	tk_inner_emit_name(e, "txIntegerName", tx_integer_names, NULL, "unknown",
			   (p[0] >> 2) & 0x0f);
	tk_emit_kv_bool(e, "cellBarAccess", (p[0] >> 1) & 1);
	tk_emit_kv_bool(e, "re", p[0] & 1);
	/* octet 3: AC15 .. AC11 (bits 8-4), EC (bit 3, AC10), AC9, AC8; octet 4: AC7 .. AC0 */
	tk_emit_kv_long(e, "accessControlClasses", (long)p[1] << 8 | p[2]);
	tk_emit_kv_bool(e, "emergencyCallNotAllowed", (p[1] >> 2) & 1);
	tk_emit_close(e, 0);
}

/* 10.5.2.11 Control Channel Description (3 octets) */
static void control_channel_description(struct tk_emitter *e, const uint8_t *p)
{
	tk_emit_key(e, "controlChannelDescription");
	tk_emit_open(e, 0);
	tk_emit_kv_bool(e, "mscr", p[0] >> 7);
	tk_emit_kv_bool(e, "att", (p[0] >> 6) & 1);
	tk_emit_kv_long(e, "bsAgBlksRes", (p[0] >> 3) & 7);
	tk_emit_kv_long(e, "ccchConf", p[0] & 7);
	tk_inner_emit_name(e, "ccchConfName", ccch_conf_names, NULL, "reserved", p[0] & 7);
	tk_emit_kv_long(e, "cbq3", (p[1] >> 5) & 3);
	tk_emit_kv_long(e, "bsPaMfrms", p[1] & 7);
	/* "000 2 multiframes period for transmission of PAGING REQUEST messages ... 111 9" */
	tk_emit_kv_long(e, "bsPaMfrmsMultiframes", (p[1] & 7) + 2);
	tk_emit_kv_long(e, "t3212", p[2]);
	tk_emit_close(e, 0);
}

/* 10.5.2.3 Cell Options (BCCH) (1 octet) */
static void cell_options_bcch(struct tk_emitter *e, uint8_t v)
{
	tk_emit_key(e, "cellOptions");
	tk_emit_open(e, 0);
	tk_emit_kv_bool(e, "dnInd", v >> 7);
	tk_emit_kv_bool(e, "pwrc", (v >> 6) & 1);
	tk_emit_kv_long(e, "dtx", (v >> 4) & 3);
	tk_inner_emit_name(e, "dtxName", dtx_bcch_names, NULL, "reserved", (v >> 4) & 3);
	tk_emit_kv_long(e, "radioLinkTimeout", v & 0x0f);
	tk_emit_close(e, 0);
}

/*
 * 10.5.2.22 Neighbour Cell Description (16 octets; bit 6 of the first EXT-IND, bit 5 BA-IND)
 * and 10.5.2.22a Neighbour Cell Description 2 (bits 7-6 MULTIBAND_REPORTING, bit 5 BA-IND):
 * the rest is coded as the Cell Channel Description of 10.5.2.1b (freqlist.c), read with
 * those bits cleared
 */
static void neighbour_cells(struct tk_emitter *e, const char *key, const uint8_t *p, int two)
{
	uint8_t c[16];

	memcpy(c, p, 16);
	tk_emit_key(e, key);
	tk_emit_open(e, 0);
	if (two) {
		tk_emit_kv_long(e, "multibandReporting", (p[0] >> 5) & 3);
		c[0] &= 0x8f;
	} else {
		tk_emit_kv_bool(e, "extInd", (p[0] >> 5) & 1);
		c[0] &= 0xcf;
	}
	tk_emit_kv_long(e, "baInd", (p[0] >> 4) & 1);
	tk_emit_key(e, "channels");
	tk_emit_cell_channel_description(e, c, 16);
	tk_emit_close(e, 0);
}

/* 10.5.2.32 SI 1 Rest Octets */
static void si1_rest(struct rd *d)
{
	if (lh(d, "NCH Position") == 1)
		num(d, 5, "nchPosition");
	if (!d->stop) {
		int b = lh(d, "BAND_INDICATOR");

		if (b >= 0)
			tk_emit_kv_str(d->e, "bandIndicator", b ? "1900" : "1800");
	}
}

/* the UTRAN FDD / TDD Description struct of 10.5.2.33a: 01 < xDD-ARFCN : bit (14) > { 0 | 1
 * < Bandwidth_xDD : bit (3) > } (00, 10 and 11 "were used in an earlier version of the protocol
 * and shall not be used") */
static void utran_description(struct rd *d, const char *key, const char *arfcn, const char *bw)
{
	size_t at = d->b->pos;
	uint32_t c;

	obj(d, key);
	if (get(d, 2, "the UTRAN Description's 01", &c)) {
		if (c != 1)
			reserved(d, at, "UTRAN Description: only 01 is defined (the other values "
				 "\"shall not be used\")");
		num(d, 14, arfcn);
		opt_num(d, 3, bw);
	}
	end(d);
}

/* 10.5.2.33a SI 2ter Rest Octets */
static void si2ter_rest(struct rd *d)
{
	if (lh(d, "SI2ter Rest Octets") != 1)
		return;
	num(d, 1, "si2terMpChangeMark");
	num(d, 1, "si2ter3gChangeMark");
	num(d, 3, "si2terIndex");
	num(d, 3, "si2terCount");
	if (bit(d, "UTRAN FDD Description") == 1)
		utran_description(d, "utranFddDescription", "fddArfcn", "bandwidthFdd");
	if (bit(d, "UTRAN TDD Description") == 1)
		utran_description(d, "utranTddDescription", "tddArfcn", "bandwidthTdd");
	if (bit(d, "3G MEASUREMENT Parameters Description") == 1) {
		obj(d, "threeGMeasurementParametersDescription");
		num(d, 4, "qsearchI");
		if (bit(d, "FDD_Qoffset") == 1) {
			num(d, 4, "fddQoffset");
			num(d, 3, "fddQmin");
		}
		opt_num(d, 4, "tddQoffset");
		end(d);
	}
	if (lh(d, "Additions in release R5") == 1 &&
	    bit(d, "3G Additional Measurement Parameters Description") == 1) {
		obj(d, "threeGAdditionalMeasurementParametersDescription");
		num(d, 3, "fddQminOffset");
		num(d, 4, "fddRscpmin");
		end(d);
	}
}

/* ---- 10.5.2.33b SI 2quater Rest Octets ------------------------------------------------------ */

/* "{ 1 < key : bit (w) > } ** 0" as an array under key (each element costs a bit, so the count
 * is bounded by the window) */
static void repeated_num(struct rd *d, unsigned w, const char *key)
{
	int first = 1;

	while (bit(d, key) == 1) {
		uint32_t v;

		if (first) {
			tk_emit_key(d->e, key);
			tk_emit_open(d->e, 1);
			first = 0;
		}
		if (!get(d, w, key, &v))
			break;
		tk_emit_long(d->e, (long)v);
	}
	if (!first)
		tk_emit_close(d->e, 1);
}

/* "{ 0 | 1 < a : bit (wa) > < b : bit (wb) > }" */
static void opt_pair(struct rd *d, unsigned wa, const char *a, unsigned wb, const char *b)
{
	if (bit(d, a) == 1) {
		num(d, wa, a);
		num(d, wb, b);
	}
}

/* < Measurement Parameters Description > */
static void si2q_measurement_parameters(struct rd *d)
{
	obj(d, "measurementParametersDescription");
	num(d, 1, "reportType");
	num(d, 2, "servingBandReporting");
	end(d);
}

/* < RTD6 Struct > / < RTD12 Struct > ::= { 0 < RTD : bit (w) > } ** 1 (one list per frequency) */
static void rtd_list(struct rd *d, unsigned w)
{
	tk_emit_open(d->e, 1);
	while (bit(d, "RTD") == 0) {
		uint32_t v;

		if (!get(d, w, "RTD", &v))
			break;
		tk_emit_long(d->e, (long)v);
	}
	tk_emit_close(d->e, 1);
}

/* { 0 | 1 { 0 | 1 < BA_Index_Start_RTD : bit (5) > } < RTDw Struct > { 0 < RTDw Struct > } ** 1 } */
static void rtd_part(struct rd *d, unsigned w, const char *key)
{
	if (bit(d, key) != 1)
		return;
	obj(d, key);
	opt_num(d, 5, "baIndexStartRtd");
	tk_emit_key(d->e, "rtd");
	tk_emit_open(d->e, 1);
	do
		rtd_list(d, w);
	while (!d->stop && bit(d, "RTD Struct") == 0);
	tk_emit_close(d->e, 1);
	end(d);
}

/* < GPRS_Real Time Difference Description > */
static void gprs_rtd(struct rd *d)
{
	obj(d, "gprsRealTimeDifferenceDescription");
	rtd_part(d, 6, "rtd6");
	rtd_part(d, 12, "rtd12");
	end(d);
}

/* < GPRS_BSIC Description > */
static void gprs_bsic(struct rd *d)
{
	long n, i;

	obj(d, "gprsBsicDescription");
	opt_num(d, 5, "baIndexStartBsic");
	num(d, 6, "bsic");
	n = num(d, 7, "numberRemainingBsic");
	if (n > 0) {
		tk_emit_key(d->e, "remainingBsic");
		tk_emit_open(d->e, 1);
		for (i = 0; i < n && !d->stop; i++) {
			tk_emit_open(d->e, 0);
			num(d, 1, "frequencyScrolling");
			num(d, 6, "bsic");
			tk_emit_close(d->e, 0);
		}
		tk_emit_close(d->e, 1);
	}
	end(d);
}

/* < key > ::= < Number_Cells : bit (7) > { < field : bit > } * (val(Number_Cells)) */
static void cell_bits(struct rd *d, const char *key, const char *field)
{
	long n;

	obj(d, key);
	n = num(d, 7, "numberCells");
	if (n >= 0)
		bit_string(d, (unsigned)n, field);
	end(d);
}

/* the { 0 | 1 < xxx_REPORTING_OFFSET : bit (3) > < xxx_REPORTING_THRESHOLD : bit (3) > } of a band */
static void band_reporting(struct rd *d, const char *band)
{
	char o[48], t[48];

	snprintf(o, sizeof(o), "reportingOffset%s", band);
	snprintf(t, sizeof(t), "reportingThreshold%s", band);
	opt_pair(d, 3, o, 3, t);
}

/* < GPRS_MEASUREMENT_Parameters Description > */
static void gprs_measurement_parameters(struct rd *d)
{
	obj(d, "gprsMeasurementParametersDescription");
	num(d, 1, "reportType");
	num(d, 1, "reportingRate");
	num(d, 1, "invalidBsicReporting");
	opt_num(d, 2, "multibandReporting");
	opt_num(d, 2, "servingBandReporting");
	num(d, 2, "scaleOrd");
	band_reporting(d, "900");
	band_reporting(d, "1800");
	band_reporting(d, "400");
	band_reporting(d, "1900");
	band_reporting(d, "850");
	end(d);
}

/* < NC Measurement Parameters > */
static void nc_measurement_parameters(struct rd *d)
{
	obj(d, "ncMeasurementParameters");
	named(d, 2, "networkControlOrder", nco_names, "unknown");
	if (bit(d, "NC_NON_DRX_PERIOD") == 1) {
		num(d, 3, "ncNonDrxPeriod");
		num(d, 3, "ncReportingPeriodI");
		num(d, 3, "ncReportingPeriodT");
	}
	end(d);
}

/* { 0 | 1 < SI2q Extension Information > }: < extension length : bit (8) > and that many bits
 * plus one, which begin with { 0 | 1 < CCN Support Description > }; the rest of them (a later
 * release's) is skipped */
static void si2q_extension(struct rd *d)
{
	struct tk_csn1 sub, *outer = d->b;
	uint32_t len;
	int lenient = d->lenient;

	if (!get(d, 8, "the SI2q Extension Information's length", &len))
		return;
	obj(d, "si2qExtensionInformation");
	tk_emit_kv_long(d->e, "extensionLength", (long)len);
	if (tk_csn1_sub(d->b, (size_t)len + 1, &sub) < 0) {
		tk_inner_fail(d->er, d->b->pos / 8, "truncated: the SI2q Extension Information has "
			      "%u bits, %zu left", len + 1, tk_csn1_left(d->b));
		d->stop = 1;
		end(d);
		return;
	}
	d->b = &sub;
	d->lenient = 1;
	if (bit(d, "CCN Support Description") == 1)
		cell_bits(d, "ccnSupportDescription", "ccnSupported");
	d->b = outer;
	d->lenient = lenient;
	d->stop = 0;
	end(d);
}

/* p(n) of 10.5.2.33b / 9.1.54 (the bits of the FDD_CELL_INFORMATION Field for n cells) and q(n)
 * (TDD_CELL_INFORMATION); 0 beyond the table */
static const uint8_t fdd_bits[17] = { 0, 10, 19, 28, 36, 44, 52, 60, 67, 74, 81, 88, 95, 102,
				      109, 116, 122 };
static const uint8_t tdd_bits[21] = { 0, 9, 17, 25, 32, 39, 46, 53, 59, 65, 71, 77, 83, 89, 95,
				      101, 106, 111, 116, 121, 126 };

static unsigned floor_log2(unsigned i)
{
	unsigned k = 0;

	while (i >>= 1)
		k++;
	return k;
}

/*
 * The xDD_CELL_INFORMATION Field (9.1.54 / Annex J): n values W(1..n) of the range 1023
 * (FDD: W(i) has 10 - floor(log2 i) bits) or 511 (TDD: 9 - floor(log2 i)) format, decoded as
 * the frequency lists' range formats decode theirs (no origin: the values are F(i));
 * xDD_Indic0 adds the value 0.  A W of 0 ends the values.  Each FDD value is a 10-bit
 * Diversity bit and 9-bit scrambling code, each TDD one a 9-bit Diversity bit, Sync Case bit
 * and 7-bit Cell Parameter.
 */
static void utran_cell_information(struct rd *d, int fdd, unsigned n, int indic0)
{
	unsigned wbits = fdd ? 10 : 9, r = fdd ? 1023 : 511, i, k = 0;
	unsigned total = fdd ? (n < 17 ? fdd_bits[n] : 0) : (n < 21 ? tdd_bits[n] : 0);
	uint16_t w[21];
	uint32_t v;

	if (!need(d, total, fdd ? "FDD_CELL_INFORMATION" : "TDD_CELL_INFORMATION"))
		return;
	tk_emit_key(d->e, "w");
	tk_emit_open(d->e, 1);
	for (i = 1; total && i <= n; i++) {
		(void)tk_csn1_get(d->b, wbits - floor_log2(i), &v);
		tk_emit_long(d->e, (long)v);
		if (v == 0)
			k = k ? k : i;	/* the end */
		w[i] = (uint16_t)v;
	}
	tk_emit_close(d->e, 1);
	k = k ? k - 1 : (total ? n : 0);
	tk_emit_key(d->e, "cells");
	tk_emit_open(d->e, 1);
	for (i = indic0 ? 0 : 1; i <= k; i++) {
		unsigned c = i ? tk_range_f(w, i, r) : 0;

		tk_emit_open(d->e, 0);
		if (fdd) {
			tk_emit_kv_long(d->e, "scramblingCode", c & 0x1ff);
			tk_emit_kv_long(d->e, "diversity", c >> 9);
		} else {
			tk_emit_kv_long(d->e, "cellParameter", c & 0x7f);
			tk_emit_kv_long(d->e, "syncCase", (c >> 7) & 1);
			tk_emit_kv_long(d->e, "diversity", c >> 8);
		}
		tk_emit_close(d->e, 0);
	}
	tk_emit_close(d->e, 1);
}

/* < UTRAN FDD Description > / < UTRAN TDD Description > of the 3G Neighbour Cell Description:
 * { 0 | 1 < Bandwidth_xDD : bit (3) > } { 1 < Repeated UTRAN xDD Neighbour Cells > } ** 0, each
 * 0 < xDD-ARFCN : bit (14) > < xDD_Indic0 : bit > < NR_OF_xDD_CELLS : bit (5) > and the cell
 * information (a 1 there: "FDD-ARFCN-INDEX", of an earlier version, reserved here) */
static void utran_neighbours(struct rd *d, int fdd)
{
	obj(d, fdd ? "utranFddDescription" : "utranTddDescription");
	opt_num(d, 3, fdd ? "bandwidthFdd" : "bandwidthTdd");
	if (!d->stop && tk_csn1_left(d->b) && d->b->p[d->b->pos / 8] >> (7 - d->b->pos % 8) & 1) {
		tk_emit_key(d->e, "neighbourCells");
		tk_emit_open(d->e, 1);
		while (bit(d, "Repeated UTRAN Neighbour Cells") == 1) {
			size_t at = d->b->pos;
			long n;
			int i0;

			if (bit(d, "the xDD-ARFCN choice") != 0) {
				if (!d->stop)
					reserved(d, at, "UTRAN neighbour cells: the xDD-ARFCN-INDEX "
						 "choice (1) is not defined");
				break;
			}
			tk_emit_open(d->e, 0);
			num(d, 14, fdd ? "fddArfcn" : "tddArfcn");
			i0 = (int)num(d, 1, fdd ? "fddIndic0" : "tddIndic0");
			n = num(d, 5, fdd ? "nrOfFddCells" : "nrOfTddCells");
			if (n > (fdd ? 16 : 20) && !d->stop)
				tk_emit_kv_str(d->e, "note", "more cells than the cell information "
					       "codes: no bits follow (p(n) / q(n) = 0)");
			if (n >= 0)
				utran_cell_information(d, fdd, (unsigned)n, i0 == 1);
			tk_emit_close(d->e, 0);
		}
		tk_emit_close(d->e, 1);
	} else {
		(void)bit(d, "Repeated UTRAN Neighbour Cells");
	}
	end(d);
}

/* < 3G Neighbour Cell Description > (in SI 2quater without the CDMA2000 Description of the
 * MEASUREMENT INFORMATION's; tshark reads it so too) */
static void three_g_neighbours(struct rd *d)
{
	obj(d, "threeGNeighbourCellDescription");
	opt_num(d, 7, "indexStart3g");
	opt_num(d, 7, "absoluteIndexStartEmr");
	if (bit(d, "UTRAN FDD Description") == 1)
		utran_neighbours(d, 1);
	if (bit(d, "UTRAN TDD Description") == 1)
		utran_neighbours(d, 0);
	end(d);
}

/* < 3G Measurement Parameters Description > */
static void three_g_measurement_parameters(struct rd *d)
{
	obj(d, "threeGMeasurementParametersDescription");
	num(d, 4, "qsearchI");
	num(d, 1, "qsearchCInitial");
	if (bit(d, "FDD_Qoffset") == 1) {
		num(d, 4, "fddQoffset");
		num(d, 1, "fddRepQuant");
		num(d, 2, "fddMultiratReporting");
		num(d, 3, "fddQmin");
	}
	if (bit(d, "TDD_Qoffset") == 1) {
		num(d, 4, "tddQoffset");
		num(d, 2, "tddMultiratReporting");
	}
	end(d);
}

/* < GPRS_3G_MEASUREMENT Parameters Description > */
static void gprs_3g_measurement_parameters(struct rd *d)
{
	obj(d, "gprs3gMeasurementParametersDescription");
	num(d, 4, "qsearchP");
	num(d, 1, "threeGSearchPrio");
	opt_pair(d, 1, "fddRepQuant", 2, "fddMultiratReporting");
	opt_pair(d, 3, "fddReportingOffset", 3, "fddReportingThreshold");
	opt_num(d, 2, "tddMultiratReporting");
	opt_pair(d, 3, "tddReportingOffset", 3, "tddReportingThreshold");
	end(d);
}

/* the Serving Cell Priority Parameters Description */
static void serving_cell_priority(struct rd *d)
{
	obj(d, "servingCellPriorityParametersDescription");
	num(d, 3, "geranPriority");
	num(d, 4, "threshPrioritySearch");
	num(d, 4, "threshGsmLow");
	num(d, 2, "hPrio");
	num(d, 2, "tReselection");
	end(d);
}

/* < 3G Priority Parameters Description > */
static void three_g_priority(struct rd *d)
{
	obj(d, "threeGPriorityParametersDescription");
	num(d, 1, "utranStart");
	num(d, 1, "utranStop");
	if (bit(d, "DEFAULT_UTRAN_PRIORITY") == 1) {
		num(d, 3, "defaultUtranPriority");
		num(d, 5, "defaultThreshUtran");
		num(d, 5, "defaultUtranQrxlevmin");
	}
	tk_emit_key(d->e, "utranPriorityParameters");
	tk_emit_open(d->e, 1);
	while (bit(d, "Repeated UTRAN Priority Parameters") == 1) {
		tk_emit_open(d->e, 0);
		repeated_num(d, 5, "utranFrequencyIndex");
		opt_num(d, 3, "utranPriority");
		num(d, 5, "threshUtranHigh");
		opt_num(d, 5, "threshUtranLow");
		opt_num(d, 5, "utranQrxlevmin");
		tk_emit_close(d->e, 0);
	}
	tk_emit_close(d->e, 1);
	end(d);
}

/*
 * { 0 | 1 < E-UTRAN_xDD_REPORTING_THRESHOLD : bit (3) > { 0 | 1 < .._THRESHOLD_2 : bit (6) > }
 * { 0 | 1 < .._REPORTING_OFFSET : bit (3) > } } for FDD then TDD (six: the 6-bit reporting, with
 * E-UTRAN_xDD_MEASUREMENT_REPORT_OFFSET : bit (6) for the 3-bit threshold; tshark reads both so)
 */
static void eutran_reporting(struct rd *d, int six)
{
	static const char *const k[2][4] = {
		{ "eutranFddReportingThreshold", "eutranFddMeasurementReportOffset",
		  "eutranFddReportingThreshold2", "eutranFddReportingOffset" },
		{ "eutranTddReportingThreshold", "eutranTddMeasurementReportOffset",
		  "eutranTddReportingThreshold2", "eutranTddReportingOffset" } };
	int i;

	for (i = 0; i < 2; i++) {
		if (bit(d, k[i][six]) != 1)
			continue;
		num(d, six ? 6 : 3, k[i][six]);
		opt_num(d, 6, k[i][2]);
		opt_num(d, 3, k[i][3]);
	}
}

/* the E-UTRAN Measurement Parameters Description: { 0 < the 3-bit reporting > | 1 < the 6-bit
 * reporting > < REPORTING_GRANULARITY : bit > } after the common fields */
static void eutran_measurement_parameters(struct rd *d)
{
	int c;

	obj(d, "eutranMeasurementParametersDescription");
	num(d, 4, "qsearchCEutran");
	num(d, 1, "eutranRepQuant");
	num(d, 2, "eutranMultiratReporting");
	c = bit(d, "the E-UTRAN reporting choice");
	if (c >= 0)
		eutran_reporting(d, c);
	if (c == 1)
		num(d, 1, "reportingGranularity");
	end(d);
}

/* 10.5.2.33b Measurement Bandwidth (TS 36.331's allowed measurement bandwidth) */
static const struct tk_value_string meas_bw_names[] = {
	{ 0, "NRB = 6" }, { 1, "NRB = 15" }, { 2, "NRB = 25" }, { 3, "NRB = 50" },
	{ 4, "NRB = 75" }, { 5, "NRB = 100" },
	{ 0, NULL }
};

/* < PCID Group IE > (also the PSC Group IE's shape, with PSC for PCID and no bitmap group) */
static void pcid_group(struct rd *d, const char *key, int pcid)
{
	obj(d, key);
	repeated_num(d, 9, pcid ? "pcid" : "psc");
	if (pcid)
		opt_num(d, 6, "pcidBitmapGroup");
	if (!d->stop && tk_csn1_left(d->b) && d->b->p[d->b->pos / 8] >> (7 - d->b->pos % 8) & 1) {
		tk_emit_key(d->e, "patterns");
		tk_emit_open(d->e, 1);
		while (bit(d, "the Pattern") == 1) {
			long len;

			tk_emit_open(d->e, 0);
			len = num(d, 3, "patternLength");
			if (len >= 0)
				bit_string(d, (unsigned)len + 1, "pattern");
			num(d, 1, "patternSense");
			tk_emit_close(d->e, 0);
		}
		tk_emit_close(d->e, 1);
	} else {
		(void)bit(d, "the Pattern");
	}
	end(d);
}

/* < E-UTRAN Parameters Description > */
static void eutran_parameters(struct rd *d)
{
	obj(d, "eutranParametersDescription");
	num(d, 1, "eutranCcnActive");
	num(d, 1, "eutranStart");
	num(d, 1, "eutranStop");
	if (bit(d, "E-UTRAN Measurement Parameters Description") == 1)
		eutran_measurement_parameters(d);
	if (bit(d, "GPRS E-UTRAN Measurement Parameters Description") == 1) {
		obj(d, "gprsEutranMeasurementParametersDescription");
		num(d, 4, "qsearchPEutran");
		num(d, 1, "eutranRepQuant");
		num(d, 2, "eutranMultiratReporting");
		eutran_reporting(d, 0);
		end(d);
	}
	tk_emit_key(d->e, "eutranNeighbourCells");
	tk_emit_open(d->e, 1);
	while (bit(d, "Repeated E-UTRAN Neighbour Cells") == 1) {
		tk_emit_open(d->e, 0);
		tk_emit_key(d->e, "earfcns");
		tk_emit_open(d->e, 1);
		while (bit(d, "EARFCN") == 1) {
			tk_emit_open(d->e, 0);
			num(d, 16, "earfcn");
			if (bit(d, "Measurement Bandwidth") == 1)
				named(d, 3, "measurementBandwidth", meas_bw_names, "reserved");
			tk_emit_close(d->e, 0);
		}
		tk_emit_close(d->e, 1);
		opt_num(d, 3, "eutranPriority");
		num(d, 5, "threshEutranHigh");
		opt_num(d, 5, "threshEutranLow");
		opt_num(d, 5, "eutranQrxlevmin");
		tk_emit_close(d->e, 0);
	}
	tk_emit_close(d->e, 1);
	tk_emit_key(d->e, "eutranNotAllowedCells");
	tk_emit_open(d->e, 1);
	while (bit(d, "Repeated E-UTRAN Not Allowed Cells") == 1) {
		tk_emit_open(d->e, 0);
		pcid_group(d, "notAllowedCells", 1);
		repeated_num(d, 3, "eutranFrequencyIndex");
		tk_emit_close(d->e, 0);
	}
	tk_emit_close(d->e, 1);
	tk_emit_key(d->e, "eutranPcidToTaMapping");
	tk_emit_open(d->e, 1);
	while (bit(d, "Repeated E-UTRAN PCID to TA mapping") == 1) {
		tk_emit_open(d->e, 0);
		tk_emit_key(d->e, "pcidToTaMapping");
		tk_emit_open(d->e, 1);
		while (bit(d, "PCID to TA mapping") == 1) {
			tk_emit_open(d->e, 0);
			pcid_group(d, "pcidGroup", 1);
			tk_emit_close(d->e, 0);
		}
		tk_emit_close(d->e, 1);
		repeated_num(d, 3, "eutranFrequencyIndex");
		tk_emit_close(d->e, 0);
	}
	tk_emit_close(d->e, 1);
	end(d);
}

/* < Priority and E-UTRAN Parameters Description > */
static void priority_and_eutran(struct rd *d)
{
	obj(d, "priorityAndEutranParametersDescription");
	if (bit(d, "Serving Cell Priority Parameters Description") == 1)
		serving_cell_priority(d);
	if (bit(d, "3G Priority Parameters Description") == 1)
		three_g_priority(d);
	if (bit(d, "E-UTRAN Parameters Description") == 1)
		eutran_parameters(d);
	end(d);
}

/* < 3G CSG Description > / < E-UTRAN CSG Description >: { 1 < CSG_xxx_SPLIT : < group > >
 * { 1 < xxx_FREQUENCY_INDEX : bit (w) > } ** 0 } ** 0 */
static void csg_description(struct rd *d, int eutran)
{
	tk_emit_key(d->e, eutran ? "eutranCsgDescription" : "threeGCsgDescription");
	tk_emit_open(d->e, 1);
	while (bit(d, "CSG Description") == 1) {
		tk_emit_open(d->e, 0);
		pcid_group(d, eutran ? "csgPciSplit" : "csgPscSplit", eutran);
		repeated_num(d, eutran ? 3 : 5, eutran ? "eutranFrequencyIndex" :
			     "utranFrequencyIndex");
		tk_emit_close(d->e, 0);
	}
	tk_emit_close(d->e, 1);
	tk_emit_key(d->e, eutran ? "csgEarfcns" : "csgUarfcns");
	tk_emit_open(d->e, 1);
	while (bit(d, "the CSG frequencies") == 1) {
		tk_emit_open(d->e, 0);
		if (eutran) {
			num(d, 16, "earfcn");
		} else {
			int t = bit(d, "the CSG UARFCN's technology");

			if (t >= 0)
				tk_emit_kv_str(d->e, "technology", t ? "TDD" : "FDD");
			num(d, 14, "uarfcn");
		}
		tk_emit_close(d->e, 0);
	}
	tk_emit_close(d->e, 1);
}

/*
 * < Enhanced Cell Reselection Parameters IE > (TS 44.060 12.59): { 1 < Repeated E-UTRAN Enhanced
 * Cell Reselection Parameters struct > } ** 0, each { 1 < E-UTRAN_FREQUENCY_INDEX : bit (3) > }
 * ** 0 then { 0 < E-UTRAN_Qmin : bit (4) > (reselection on the target cell's RSRP) | 1
 * < THRESH_E-UTRAN_high_Q : bit (5) > { 0 | 1 < THRESH_E-UTRAN_low_Q : bit (5) > } { 0 | 1
 * < E-UTRAN_QQUALMIN : bit (4) > } { 0 | 1 < E-UTRAN_RSRPmin : bit (5) > } (on its RSRQ) }
 */
static void enhanced_cell_reselection(struct rd *d)
{
	obj(d, "enhancedCellReselectionParametersDescription");
	tk_emit_key(d->e, "eutranEnhancedCellReselectionParameters");
	tk_emit_open(d->e, 1);
	while (bit(d, "Repeated E-UTRAN Enhanced Cell Reselection Parameters") == 1) {
		int c;

		tk_emit_open(d->e, 0);
		repeated_num(d, 3, "eutranFrequencyIndex");
		c = bit(d, "the reselection quantity choice");
		if (c >= 0)
			tk_emit_kv_str(d->e, "reselectionBasedOn", c ? "RSRQ" : "RSRP");
		if (c == 0) {
			num(d, 4, "eutranQmin");
		} else if (c == 1) {
			num(d, 5, "threshEutranHighQ");
			opt_num(d, 5, "threshEutranLowQ");
			opt_num(d, 4, "eutranQqualmin");
			opt_num(d, 5, "eutranRsrpmin");
		}
		tk_emit_close(d->e, 0);
	}
	tk_emit_close(d->e, 1);
	end(d);
}

/*
 * < CSG Cells Reporting Description struct > (10.5.2.33b): { 0 | 1 < UTRAN CSG Cells Reporting
 * Description > } { 0 | 1 < E-UTRAN CSG Cells Reporting Description > }.  The UTRAN one is
 * { 0 | 1 < UTRAN_CSG_FDD_REPORTING_THRESHOLD : bit (3) > < .._THRESHOLD_2 : bit (6) > }
 * { 0 | 1 < UTRAN_CSG_TDD_REPORTING_THRESHOLD : bit (3) > }, the E-UTRAN one the same pair for
 * FDD and for TDD (the text names the TDD pair's second field E-UTRAN_CSG_FDD_REPORTING_
 * THRESHOLD_2 too; it is read here under the TDD name, as its place gives it).
 */
static void csg_cells_reporting(struct rd *d)
{
	obj(d, "csgCellsReportingDescription");
	if (bit(d, "UTRAN CSG Cells Reporting Description") == 1) {
		obj(d, "utranCsgCellsReportingDescription");
		opt_pair(d, 3, "utranCsgFddReportingThreshold", 6, "utranCsgFddReportingThreshold2");
		opt_num(d, 3, "utranCsgTddReportingThreshold");
		end(d);
	}
	if (bit(d, "E-UTRAN CSG Cells Reporting Description") == 1) {
		obj(d, "eutranCsgCellsReportingDescription");
		opt_pair(d, 3, "eutranCsgFddReportingThreshold", 6,
			 "eutranCsgFddReportingThreshold2");
		opt_pair(d, 3, "eutranCsgTddReportingThreshold", 6,
			 "eutranCsgTddReportingThreshold2");
		end(d);
	}
	end(d);
}

/* < Extended EARFCNs Description struct > and its "for CSG Cells" twin: { 1 < EARFCN_extended :
 * bit (18) > } ** 0 (an E-UTRAN ARFCN above 65535, TS 36.101) */
static void extended_earfcns(struct rd *d, const char *key)
{
	tk_emit_key(d->e, key);
	tk_emit_open(d->e, 1);
	while (bit(d, "EARFCN_extended") == 1) {
		uint32_t v;

		if (!get(d, 18, "EARFCN_extended", &v))
			break;
		tk_emit_long(d->e, (long)v);
	}
	tk_emit_close(d->e, 1);
}

/*
 * 10.5.2.33b SI 2quater Rest Octets, with the Rel-9 to Rel-11 additions of TS 44.018 v13.8.0.  In
 * its CSN.1 the Rel-10 group ({ null | L | H { 0 | 1 < INIT_PWR_RED : bit (1) > }
 * < NC2_CSG_PCCN_permitted : bit (1) > }) closes before the Rel-11 group opens, both inside the
 * Rel-9 one: the Rel-11 "L | H" is read after the Rel-10 group whatever the Rel-10 bit was.
 */
static void si2quater_rest(struct rd *d)
{
	num(d, 1, "baInd");
	num(d, 1, "threeGBaInd");
	num(d, 1, "mpChangeMark");
	num(d, 4, "si2quaterIndex");
	num(d, 4, "si2quaterCount");
	if (bit(d, "Measurement_Parameters Description") == 1)
		si2q_measurement_parameters(d);
	if (bit(d, "GPRS_Real Time Difference Description") == 1)
		gprs_rtd(d);
	if (bit(d, "GPRS_BSIC Description") == 1)
		gprs_bsic(d);
	if (bit(d, "GPRS_REPORT PRIORITY Description") == 1)
		cell_bits(d, "gprsReportPriorityDescription", "repPriority");
	if (bit(d, "GPRS_MEASUREMENT_Parameters Description") == 1)
		gprs_measurement_parameters(d);
	if (bit(d, "NC Measurement Parameters") == 1)
		nc_measurement_parameters(d);
	if (bit(d, "SI2q Extension Information") == 1)
		si2q_extension(d);
	if (bit(d, "3G Neighbour Cell Description") == 1)
		three_g_neighbours(d);
	if (bit(d, "3G Measurement Parameters Description") == 1)
		three_g_measurement_parameters(d);
	if (bit(d, "GPRS_3G_MEASUREMENT Parameters Description") == 1)
		gprs_3g_measurement_parameters(d);
	if (lh(d, "Additions in Rel-5") != 1)
		return;
	if (bit(d, "3G Additional Measurement Parameters Description") == 1) {
		obj(d, "threeGAdditionalMeasurementParametersDescription");
		num(d, 3, "fddQminOffset");
		num(d, 4, "fddRscpmin");
		end(d);
	}
	if (bit(d, "3G Additional Measurement Parameters Description 2") == 1) {
		obj(d, "threeGAdditionalMeasurementParametersDescription2");
		opt_num(d, 6, "fddReportingThreshold2");
		end(d);
	}
	if (lh(d, "Additions in Rel-6") != 1)
		return;
	num(d, 1, "threeGCcnActive");
	if (lh(d, "Additions in Rel-7") != 1)
		return;
	band_reporting(d, "700");
	band_reporting(d, "810");
	if (lh(d, "Additions in Rel-8") != 1)
		return;
	if (bit(d, "Priority and E-UTRAN Parameters Description") == 1)
		priority_and_eutran(d);
	if (bit(d, "3G CSG Description") == 1)
		csg_description(d, 0);
	if (bit(d, "E-UTRAN CSG Description") == 1)
		csg_description(d, 1);
	if (lh(d, "Additions in Rel-9") != 1)
		return;
	if (bit(d, "Enhanced Cell Reselection Parameters Description") == 1)
		enhanced_cell_reselection(d);
	if (bit(d, "CSG Cells Reporting Description") == 1)
		csg_cells_reporting(d);
	if (lh(d, "Additions in Rel-10") == 1) {
		opt_num(d, 1, "initPwrRed");
		num(d, 1, "nc2CsgPccnPermitted");
	}
	if (lh(d, "Additions in Rel-11") != 1)
		return;
	if (bit(d, "Extended EARFCNs Description") == 1)
		extended_earfcns(d, "extendedEarfcnsDescription");
	if (bit(d, "Extended EARFCNs Description for CSG Cells") == 1)
		extended_earfcns(d, "extendedEarfcnsDescriptionForCsgCells");
}

/* < Optional Selection Parameters > and < Optional Power Offset > of 10.5.2.34 / 10.5.2.35 */
static void selection_and_power_offset(struct rd *d)
{
	if (lh(d, "Optional Selection Parameters") == 1) {
		obj(d, "selectionParameters");
		num(d, 1, "cbq");
		num(d, 6, "cellReselectOffset");
		num(d, 3, "temporaryOffset");
		num(d, 5, "penaltyTime");
		end(d);
	}
	if (lh(d, "Optional Power Offset") == 1)
		num(d, 2, "powerOffset");
}

/* { L | H < GPRS Indicator > } of 10.5.2.34 / 10.5.2.35 */
static void gprs_indicator(struct rd *d)
{
	if (lh(d, "GPRS Indicator") == 1) {
		obj(d, "gprsIndicator");
		num(d, 3, "raColour");
		num(d, 1, "si13Position");
		end(d);
	}
}

/* 10.5.2.34 SI 3 Rest Octets */
static void si3_rest(struct rd *d)
{
	selection_and_power_offset(d);
	if (!d->stop)
		tk_emit_kv_bool(d->e, "si2terIndicator", lh(d, "SI 2ter Indicator") == 1);
	if (!d->stop)
		tk_emit_kv_bool(d->e, "earlyClassmarkSendingControl",
				lh(d, "Early Classmark Sending Control") == 1);
	if (lh(d, "Scheduling if and where") == 1)
		num(d, 3, "where");
	gprs_indicator(d);
	if (!d->stop)
		tk_emit_kv_bool(d->e, "threeGEarlyClassmarkSendingRestriction",
				lh(d, "3G Early Classmark Sending Restriction") == 1);
	if (lh(d, "SI2quater Indicator") == 1)
		num(d, 1, "si2quaterPosition");
	/*
	 * { L | H < Iu Indicator : < SI13alt Position : bit > > } { L | H < SI21 Indicator :
	 * < SI21 Position : bit > > }, as this reads 10.5.2.34 (the CSN.1 text itself could not be
	 * checked here).  tshark 4.0.17 reads one bit between the SI2quater and SI21 Indicators and
	 * shows it as the SI13alt Position: the same reading when that bit is L, one bit less when
	 * it is H.
	 */
	if (lh(d, "Iu Indicator") == 1) {
		obj(d, "iuIndicator");
		num(d, 1, "si13altPosition");
		end(d);
	}
	if (lh(d, "SI21 Indicator") == 1)
		num(d, 1, "si21Position");
}

/*
 * The body the SI 13 Rest Octets (TS 44.018 10.5.2.37b) and the PSI13 message (TS 44.060
 * 11.2.25) share, after BCCH_CHANGE_MARK's "L | H" in the former and PAGE_MODE in the
 * latter.  si13: the release additions are behind L | H (else behind { null | 0 bit** | 1 });
 * their PBCCH Description struct differs too (SI 13: { 00 | 01 ARFCN | 1 MAIO }, PSI13:
 * { 0 | 10 ARFCN | 11 MAIO }), each read as its own text writes it.
 */
static void si13_body(struct rd *d, int si13)
{
	int c;

	num(d, 3, "bcchChangeMark");
	num(d, 4, "siChangeField");
	if (bit(d, "SI13_CHANGE_MARK") == 1) {
		num(d, 2, "si13ChangeMark");
		gprs_mobile_allocation(d);
	}
	c = bit(d, "PBCCH present");
	if (c == 0) {
		num(d, 8, "rac");
		num(d, 1, "spgcCcchSup");
		num(d, 3, "priorityAccessThr");
		named(d, 2, "networkControlOrder", nco_names, "reserved");
		gprs_cell_options(d);
		gprs_power_control_parameters(d);
	} else if (c == 1) {
		num(d, 4, "psi1RepeatPeriod");
		obj(d, "pbcchDescription");
		num(d, 4, "pb");
		num(d, 3, "tsc");
		num(d, 3, "tn");
		c = bit(d, "PBCCH Description");
		if (si13 && c == 0) {
			if (bit(d, "PBCCH Description") == 1)
				num(d, 10, "arfcn");
		} else if (si13 && c == 1) {
			num(d, 6, "maio");
		} else if (c == 1) {
			if (bit(d, "PBCCH Description") == 0)
				num(d, 10, "arfcn");
			else
				num(d, 6, "maio");
		}
		end(d);
	}
	if (si13 ? lh(d, "Release 99 additions") != 1 : !more(d))
		return;
	num(d, 1, "sgsnr");
	if (si13 ? lh(d, "Rel-4 additions") != 1 : !more(d))
		return;
	num(d, 1, "siStatusInd");
	if (si13 ? lh(d, "Rel-6 additions") != 1 : !more(d))
		return;
	opt_num(d, 5, "lbMsTxpwrMaxCch");
	num(d, 2, "si2nSupport");
	if (si13) {
		/* Rel-11, Rel-13: "truncation according to sub-clause 8.9 is allowed, bits L
		 * assumed" (the window is lenient) */
		if (!d->stop)
			tk_emit_kv_bool(d->e, "siChangeAlt", lh(d, "SI_CHANGE_ALT") == 1);
		if (bit(d, "PEO_DSC") == 1) {
			num(d, 2, "peoDsc");
			num(d, 3, "rcc");
		}
		if (bit(d, "C1_DELTA_MIN") == 1) {
			num(d, 2, "c1DeltaMin");
			num(d, 3, "c1DeltaMax");
		}
	} else if (more(d)) {
		num(d, 1, "siChangeAlt");
	}
}

/* a field of w bits repeated count times, as an array under key */
static void num_array(struct rd *d, unsigned count, unsigned w, const char *key)
{
	unsigned i;
	uint32_t v;

	tk_emit_key(d->e, key);
	tk_emit_open(d->e, 1);
	for (i = 0; i < count && get(d, w, key, &v); i++)
		tk_emit_long(d->e, (long)v);
	tk_emit_close(d->e, 1);
}

/*
 * 11.2.18 PSI1, after PAGE_MODE: with the 12.14 PRACH Control Parameters, 12.25 PCCCH
 * Organization Parameters and 12.9 Global Power Control Parameters IEs
 */
static void psi1(struct rd *d)
{
	size_t at;

	num(d, 3, "pbcchChangeMark");
	num(d, 4, "psiChangeField");
	num(d, 4, "psi1RepeatPeriod");
	num(d, 6, "psiCountLr");
	opt_num(d, 4, "psiCountHr");
	num(d, 1, "measurementOrder");
	gprs_cell_options(d);
	obj(d, "prachControlParameters");
	num(d, 16, "accContrClass");
	num_array(d, 4, 2, "maxRetrans");
	num(d, 4, "s");
	num(d, 4, "txInt");
	if (bit(d, "PERSISTENCE_LEVEL") == 1)
		num_array(d, 4, 4, "persistenceLevel");
	end(d);
	obj(d, "pccchOrganizationParameters");
	num(d, 1, "bsPccRel");
	num(d, 2, "bsPbcchBlks");
	num(d, 4, "bsPagBlksRes");
	num(d, 4, "bsPrachBlks");
	end(d);
	obj(d, "globalPowerControlParameters");
	num(d, 4, "alpha");
	num(d, 5, "tAvgW");
	num(d, 5, "tAvgT");
	num(d, 4, "pb");
	num(d, 1, "pcMeasChan");
	at = d->b->pos;
	if (bit(d, "the Global Power Control Parameters' fixed 0") == 1)
		reserved(d, at, "Global Power Control Parameters: the bit after PC_MEAS_CHAN is 0 "
			 "(1 \"shall not be used\")");
	num(d, 4, "nAvgI");
	end(d);
	num(d, 1, "psiStatusInd");
	if (!more(d))
		return;
	num(d, 1, "mscr");
	num(d, 1, "sgsnr");
	num(d, 1, "bandIndicator");
	if (!more(d))
		return;
	opt_num(d, 5, "lbMsTxpwrMaxCch");
}

/* 12.27 Non GPRS Cell Options extension information */
static void non_gprs_extension(struct rd *d)
{
	num(d, 1, "ecsc");
	num(d, 1, "threeGEcsr");
}

/* 11.2.19 PSI2, after PAGE_MODE */
static void psi2(struct rd *d)
{
	uint32_t len, c;
	uint8_t buf[18];

	num(d, 2, "psi2ChangeMark");
	num(d, 3, "psi2Index");
	num(d, 3, "psi2Count");
	if (bit(d, "Cell Identification") == 1)
		cell_identification(d);
	if (bit(d, "Non GPRS Cell Options") == 1) {
		/* 12.27 Non GPRS Cell Options */
		obj(d, "nonGprsCellOptions");
		num(d, 1, "att");
		opt_num(d, 8, "t3212");
		num(d, 1, "neci");
		num(d, 1, "pwrc");
		num(d, 2, "dtx");
		num(d, 4, "radioLinkTimeout");
		num(d, 3, "bsAgBlksRes");
		num(d, 3, "ccchConf");
		num(d, 3, "bsPaMfrms");
		named(d, 2, "maxRetrans", max_retrans_names, "unknown");
		named(d, 4, "txInteger", tx_integer_names, "unknown");
		num(d, 1, "ec");
		num(d, 5, "msTxpwrMaxCcch");
		extension(d, 6, non_gprs_extension);
		end(d);
	}
	tk_emit_key(d->e, "referenceFrequencyLists");
	tk_emit_open(d->e, 1);
	while (bit(d, "Reference Frequency") == 1) {
		tk_emit_open(d->e, 0);
		num(d, 4, "rflNumber");
		if (get(d, 4, "Length of RFL contents", &len)) {
			tk_emit_kv_long(d->e, "lengthOfRflContents", (long)len);
			/* octet (val + 3): a TS 44.018 10.5.2.13 Frequency List value */
			if (octets(d, buf, len + 3, "RFL contents"))
				tk_emit_kv_hex(d->e, "rflContents", buf, len + 3);
		}
		tk_emit_close(d->e, 0);
	}
	tk_emit_close(d->e, 1);
	tk_emit_key(d->e, "cellAllocation");
	tk_emit_open(d->e, 1);
	while (bit(d, "Cell Allocation") == 1 && get(d, 4, "RFL_NUMBER", &c))
		tk_emit_long(d->e, (long)c);
	tk_emit_close(d->e, 1);
	tk_emit_key(d->e, "gprsMobileAllocations");
	tk_emit_open(d->e, 1);
	while (bit(d, "GPRS Mobile Allocations") == 1) {
		tk_emit_open(d->e, 0);
		num(d, 4, "maNumber");
		gprs_mobile_allocation(d);
		tk_emit_close(d->e, 0);
	}
	tk_emit_close(d->e, 1);
	tk_emit_key(d->e, "pccchDescriptions");
	tk_emit_open(d->e, 1);
	while (bit(d, "PCCCH Description") == 1) {
		int hop;

		tk_emit_open(d->e, 0);
		num(d, 3, "tsc");
		hop = bit(d, "hopping / non-hopping PCCCH carriers");
		if (hop == 1)
			num(d, 4, "maNumber");
		if (hop >= 0) {
			tk_emit_key(d->e, hop ? "hoppingPccchCarriers" : "nonHoppingPccchCarriers");
			tk_emit_open(d->e, 1);
			while (bit(d, "PCCCH carriers") == 1) {
				tk_emit_open(d->e, 0);
				if (hop)
					num(d, 6, "maio");
				else
					num(d, 10, "arfcn");
				num(d, 8, "timeslotAllocation");
				tk_emit_close(d->e, 0);
			}
			tk_emit_close(d->e, 1);
		}
		tk_emit_close(d->e, 0);
	}
	tk_emit_close(d->e, 1);
	/* "truncation at end of message allowed, bits '0' assumed" */
	if (!more(d))
		return;
	if (bit(d, "COMPACT Control Information") == 1) {
		obj(d, "compactControlInfo");
		num(d, 1, "largeCellOperation");
		if (bit(d, "Number of Idle Blocks") == 1) {
			opt_num(d, 4, "nibCcch0");
			opt_num(d, 4, "nibCcch1");
			opt_num(d, 4, "nibCcch2");
			opt_num(d, 4, "nibCcch3");
		}
		opt_num(d, 4, "nCcchNh");
		end(d);
	}
	if (bit(d, "Additional PSI Messages") == 1) {
		obj(d, "additionalPsiMessages");
		num(d, 2, "nonGsmInformation");
		num(d, 1, "psi8Broadcast");
		num(d, 1, "psi3terBroadcast");
		num(d, 1, "psi3quaterBroadcast");
		end(d);
	}
}

/* the rest octets of an SI (p[0..n)), by fn, under "restOctets" */
static void rest_octets(struct tk_emitter *e, struct tk_inner_err *er, const uint8_t *p,
			size_t n, void (*fn)(struct rd *))
{
	struct tk_csn1 b;
	struct rd d = { e, &b, er, 0, 1 };

	tk_csn1_init(&b, p, n);
	obj(&d, "restOctets");
	fn(&d);
	end(&d);
}

static void si13_rest(struct rd *d)
{
	if (lh(d, "SI 13 Rest Octets") == 1)
		si13_body(d, 1);
}

/* 10.5.2.35 SI 4 Rest Octets ("truncation according to sub-clause 8.9 is allowed, bits 'L'
 * assumed": the window is lenient) */
static void si4_rest(struct rd *d)
{
	int c;

	selection_and_power_offset(d);
	gprs_indicator(d);
	c = lh(d, "SI4 Rest Octets_S");
	if (c == 0) {
		if (!d->stop)
			tk_emit_kv_bool(d->e, "breakIndicator", lh(d, "Break Indicator") == 1);
		return;
	}
	if (c != 1)
		return;
	obj(d, "si4RestOctetsS");
	if (lh(d, "LSA Parameters") == 1) {
		obj(d, "lsaParameters");
		num(d, 3, "prioThr");
		num(d, 3, "lsaOffset");
		if (bit(d, "MCC / MNC") == 1) {
			num(d, 12, "mcc");
			num(d, 12, "mnc");
		}
		end(d);
	}
	if (lh(d, "Cell Identity") == 1)
		num(d, 16, "cellIdentity");
	if (lh(d, "LSA ID information") == 1) {
		tk_emit_key(d->e, "lsaIdInformation");
		tk_emit_open(d->e, 1);
		do {
			c = bit(d, "LSA identity");
			if (c < 0)
				break;
			tk_emit_open(d->e, 0);
			num(d, c ? 10 : 24, c ? "shortLsaId" : "lsaId");
			tk_emit_close(d->e, 0);
		} while (bit(d, "LSA ID information") == 1);
		tk_emit_close(d->e, 1);
	}
	if (lh(d, "CBQ3") == 1) {
		num(d, 2, "cbq3");
		opt_num(d, 1, "si13altPosition");
	}
	end(d);
}

/*
 * The fields of an SI of 21 octets (p[0] its message type; the octets from 1 on at the
 * places TS 44.018 gives them, without the L2 pseudo length and the protocol discriminator
 * octet): SYSTEM INFORMATION TYPE 1 (9.1.31: Cell Channel Description, RACH Control
 * Parameters, SI 1 Rest Octets), TYPE 2 (9.1.32: Neighbour Cell Description, NCC
 * Permitted, RACH Control Parameters), 2bis (9.1.33: Neighbour Cell Description, RACH Control
 * Parameters; the SI 2bis Rest Octets are spare padding), 2ter (9.1.34: Neighbour Cell
 * Description 2, SI 2ter Rest Octets), 2quater (9.1.34a: the SI 2quater Rest Octets up to the
 * Rel-8 additions), 3
 * (9.1.35: Cell Identity, LAI, Control Channel Description, Cell Options, Cell Selection
 * Parameters, RACH Control Parameters, SI 3 Rest Octets), 4
 * (9.1.36: LAI, Cell Selection Parameters, RACH Control Parameters, the optional CBCH Channel
 * Description and CBCH Mobile Allocation, SI 4 Rest Octets) and 13 (9.1.43a: the SI 13 Rest
 * Octets).  tshark's gsm_a_ccch reads the same fields at the same places.
 */
static void si_fields(struct tk_emitter *e, const uint8_t *p, struct tk_inner_err *er, size_t base)
{
	const uint8_t *lai = NULL;

	switch (p[0]) {
	case 0x19:
		tk_emit_key(e, "cellChannelDescription");
		tk_emit_cell_channel_description(e, p + 1, 16);
		rach_control(e, p + 17);
		rest_octets(e, er, p + 20, 1, si1_rest);
		return;
	case 0x1a:
		neighbour_cells(e, "neighbourCellDescription", p + 1, 0);
		tk_emit_kv_long(e, "nccPermitted", p[17]);
		rach_control(e, p + 18);
		return;
	case 0x02:
		/* the SI 2bis Rest Octets (10.5.2.33) are < spare padding > only */
		neighbour_cells(e, "neighbourCellDescription", p + 1, 0);
		rach_control(e, p + 17);
		return;
	case 0x03:
		neighbour_cells(e, "neighbourCellDescription2", p + 1, 1);
		rest_octets(e, er, p + 17, 4, si2ter_rest);
		return;
	case 0x07:
		rest_octets(e, er, p + 1, 20, si2quater_rest);
		return;
	case 0x00:
		rest_octets(e, er, p + 1, 20, si13_rest);
		return;
	case 0x1b:
		tk_emit_kv_long(e, "cellIdentity", (long)p[1] << 8 | p[2]);
		lai = p + 3;
		break;
	case 0x1c:
		lai = p + 1;
		break;
	default:
		return;
	}
	tk_emit_key(e, "lai");
	tk_emit_open(e, 0);
	tk_emit_plmn_fields(e, lai, er, base + (size_t)(lai - p));
	tk_emit_kv_long(e, "lac", (long)lai[3] << 8 | lai[4]);
	tk_emit_close(e, 0);
	cell_selection_parameters(e, p[0] == 0x1b ? p + 12 : p + 6);
	if (p[0] == 0x1b) {
		control_channel_description(e, p + 8);
		cell_options_bcch(e, p[11]);
		rach_control(e, p + 14);
		rest_octets(e, er, p + 17, 4, si3_rest);
	} else {
		size_t i = 11;

		rach_control(e, p + 8);
		/* 9.1.36: 64 CBCH Channel Description (TV 4, 10.5.2.5) and 72 CBCH Mobile
		 * Allocation (TLV, 10.5.2.21), each optional, then the SI 4 Rest Octets */
		if (p[i] == 0x64) {
			tk_emit_key(e, "cbchChannelDescription");
			tk_emit_rr_channel_description(e, p + i + 1, 3);
			i += 4;
		}
		if (i + 1 < 21 && p[i] == 0x72) {
			size_t len = p[i + 1];

			if (len > 21 - i - 2) {
				tk_inner_fail(er, base + i + 1, "CBCH Mobile Allocation: length %zu, %zu "
					      "octets left in the SI 4", len, 21 - i - 2);
				return;
			}
			tk_emit_key(e, "cbchMobileAllocation");
			tk_emit_mobile_allocation(e, p + i + 2, len);
			i += 2 + len;
		}
		rest_octets(e, er, p + i, 21 - i, si4_rest);
	}
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
			int t = message_header(&d);

			if (t == 0x37)
				si13_body(&d, 0);
			else if (t == 0x31)
				psi1(&d);
			else if (t == 0x32)
				psi2(&d);
		} else {
			tk_emit_kv_long(e, "messageType", p[off]);
			emit_si_name(e, p[off]);
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
