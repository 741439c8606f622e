/*
 * GPRS Quality of Service in MAP (TS 29.002 QoS-Subscribed and its extensions), coded as
 * the TS 24.008 10.5.6.5 Quality of Service IE from its octet 3 on, and the TS 29.060
 * Evolved Allocation/Retention Priority (Ext4-QoS-Subscribed).
 *
 * Octet numbers in the comments are those of TS 24.008 (octet 3 is the first value octet
 * of QoS-Subscribed).  Code 0 of most fields means "subscribed value" from the MS and is
 * reserved from the network; the HLR is the network, but both readings are given so the
 * name does not depend on which way the octets were going.
 */
#include <stdio.h>
#include <string.h>

#include "gprs_qos.h"
#include "inner.h"
#include "names.h"

/* ---- common ----------------------------------------------------------------------------- */

#define SUBSCRIBED "subscribed / reserved"

/*
 * A quantity: v >= 0 goes under key (the key with its unit); a code that stands for no
 * quantity (v < 0) goes as the string what under name (the key without the unit), with
 * the code when it is not 0.
 */
static void emit_quantity(struct tk_emitter *e, const char *key, const char *name, long v, const char *what,
			  unsigned code)
{
	char buf[96];

	if (v >= 0) {
		tk_emit_kv_long(e, key, v);
		return;
	}
	if (code)
		snprintf(buf, sizeof(buf), "%s (%u)", what, code);
	else
		snprintf(buf, sizeof(buf), "%s", what);
	tk_emit_kv_str(e, name, buf);
}

/* ---- QoS-Subscribed: octets 3-5 ------------------------------------------------------------ */

/* delay class, octet 3 bits 6-4 */
static const struct tk_value_string delay_names[] = {
	{ 0, SUBSCRIBED },
	{ 1, "delay class 1" },
	{ 2, "delay class 2" },
	{ 3, "delay class 3" },
	{ 4, "delay class 4 (best effort)" },
	{ 5, "unassigned, interpreted as delay class 4 (best effort) (5)" },
	{ 6, "unassigned, interpreted as delay class 4 (best effort) (6)" },
	{ 7, "reserved" },
	{ 0, NULL }
};

/* reliability class, octet 3 bits 3-1 */
static const struct tk_value_string reliability_names[] = {
	{ 0, SUBSCRIBED },
	{ 1, "unused, interpreted as 2: unacknowledged GTP; acknowledged LLC and RLC, protected data" },
	{ 2, "unacknowledged GTP; acknowledged LLC and RLC, protected data" },
	{ 3, "unacknowledged GTP and LLC; acknowledged RLC, protected data" },
	{ 4, "unacknowledged GTP, LLC, and RLC, protected data" },
	{ 5, "unacknowledged GTP, LLC, and RLC, unprotected data" },
	{ 6, "unassigned, interpreted as 3: unacknowledged GTP and LLC; acknowledged RLC, protected data" },
	{ 7, "reserved" },
	{ 0, NULL }
};

/* precedence class, octet 4 bits 3-1 */
static const struct tk_value_string precedence_names[] = {
	{ 0, SUBSCRIBED },
	{ 1, "high priority" },
	{ 2, "normal priority" },
	{ 3, "low priority" },
	{ 4, "unassigned, interpreted as normal priority (4)" },
	{ 5, "unassigned, interpreted as normal priority (5)" },
	{ 6, "unassigned, interpreted as normal priority (6)" },
	{ 7, "reserved" },
	{ 0, NULL }
};

/* mean throughput, octet 5 bits 5-1, in octets per hour (codes 1 to 18) */
static const long mean_throughput[] = {
	0, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000, 500000,
	1000000, 2000000, 5000000, 10000000, 20000000, 50000000
};

static void emit_octets_3_5(struct tk_emitter *e, const uint8_t *p, size_t n, struct tk_inner_err *er)
{
	unsigned v;
	char buf[64];

	if (n < 1)
		goto trunc;
	/* octet 3: spare (2 bits), delay class (3), reliability class (3) */
	tk_inner_emit_name(e, "delayClass", delay_names, NULL, "unassigned", (p[0] >> 3) & 7);
	tk_inner_emit_name(e, "reliabilityClass", reliability_names, NULL, "unassigned", p[0] & 7);

	if (n < 2)
		goto trunc;
	/* octet 4: peak throughput (4 bits), spare (1), precedence class (3) */
	v = p[1] >> 4;
	if (v >= 1 && v <= 9) {
		/* 1000 octet/s doubling up to 256 000 octet/s */
		tk_emit_kv_long(e, "peakThroughputOctetsPerSecond", 1000L << (v - 1));
		snprintf(buf, sizeof(buf), "up to %ld octet/s", 1000L << (v - 1));
		tk_emit_kv_str(e, "peakThroughput", buf);
	} else if (v == 0) {
		tk_emit_kv_str(e, "peakThroughput", SUBSCRIBED);
	} else if (v == 15) {
		tk_emit_kv_str(e, "peakThroughput", "reserved");
	} else {
		snprintf(buf, sizeof(buf), "unassigned, interpreted as up to 1000 octet/s (%u)", v);
		tk_emit_kv_str(e, "peakThroughput", buf);
	}
	tk_inner_emit_name(e, "precedenceClass", precedence_names, NULL, "unassigned", p[1] & 7);

	if (n < 3)
		goto trunc;
	/* octet 5: spare (3 bits), mean throughput (5) */
	v = p[2] & 0x1f;
	if (v >= 1 && v <= 18) {
		tk_emit_kv_long(e, "meanThroughputOctetsPerHour", mean_throughput[v]);
		snprintf(buf, sizeof(buf), "%ld octet/h", mean_throughput[v]);
		tk_emit_kv_str(e, "meanThroughput", buf);
	} else if (v == 0) {
		tk_emit_kv_str(e, "meanThroughput", SUBSCRIBED);
	} else if (v == 30) {
		tk_emit_kv_str(e, "meanThroughput", "reserved");
	} else if (v == 31) {
		tk_emit_kv_str(e, "meanThroughput", "best effort");
	} else {
		snprintf(buf, sizeof(buf), "unassigned, interpreted as best effort (%u)", v);
		tk_emit_kv_str(e, "meanThroughput", buf);
	}
	tk_inner_extra(er, n, 3, "a QoS-Subscribed");
	return;
trunc:
	tk_inner_fail(er, n, "truncated: a QoS-Subscribed has 3 octets, %zu present", n);
}

void tk_emit_qos_subscribed(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	emit_octets_3_5(e, p, n, &er);
	tk_inner_finish(e, p, n, &er);
}

/* ---- Ext-QoS-Subscribed: ARP and octets 6-13 ------------------------------------------------ */

/* traffic class, octet 6 bits 8-6 */
static const struct tk_value_string traffic_class_names[] = {
	{ 0, SUBSCRIBED },
	{ 1, "conversational class" },
	{ 2, "streaming class" },
	{ 3, "interactive class" },
	{ 4, "background class" },
	{ 7, "reserved" },
	{ 0, NULL }
};

/* delivery order, octet 6 bits 5-4 */
static const struct tk_value_string delivery_order_names[] = {
	{ 0, SUBSCRIBED },
	{ 1, "with delivery order ('yes')" },
	{ 2, "without delivery order ('no')" },
	{ 3, "reserved" },
	{ 0, NULL }
};

/* delivery of erroneous SDUs, octet 6 bits 3-1 */
static const struct tk_value_string erroneous_sdu_names[] = {
	{ 0, SUBSCRIBED },
	{ 1, "no detect ('-')" },
	{ 2, "erroneous SDUs are delivered ('yes')" },
	{ 3, "erroneous SDUs are not delivered ('no')" },
	{ 7, "reserved" },
	{ 0, NULL }
};

/* residual bit error ratio, octet 10 bits 8-5 */
static const struct tk_value_string residual_ber_names[] = {
	{ 0, SUBSCRIBED },
	{ 1, "5*10-2" },
	{ 2, "1*10-2" },
	{ 3, "5*10-3" },
	{ 4, "4*10-3" },
	{ 5, "1*10-3" },
	{ 6, "1*10-4" },
	{ 7, "1*10-5" },
	{ 8, "1*10-6" },
	{ 9, "6*10-8" },
	{ 15, "reserved" },
	{ 0, NULL }
};

/* SDU error ratio, octet 10 bits 4-1 */
static const struct tk_value_string sdu_error_ratio_names[] = {
	{ 0, SUBSCRIBED },
	{ 1, "1*10-2" },
	{ 2, "7*10-3" },
	{ 3, "1*10-3" },
	{ 4, "1*10-4" },
	{ 5, "1*10-5" },
	{ 6, "1*10-6" },
	{ 7, "1*10-1" },
	{ 15, "reserved" },
	{ 0, NULL }
};

/* traffic handling priority, octet 11 bits 2-1 */
static const struct tk_value_string thp_names[] = {
	{ 0, SUBSCRIBED },
	{ 1, "priority level 1" },
	{ 2, "priority level 2" },
	{ 3, "priority level 3" },
	{ 0, NULL }
};

/*
 * Bit rates of octets 8, 9, 12, 13: 1 to 63 kbit/s in steps of 1 (codes 0x01-0x3f),
 * 64 to 568 in steps of 8 (0x40-0x7f), 576 to 8640 in steps of 64 (0x80-0xfe); 0xff is
 * 0 kbit/s; 0 subscribed / reserved (-1).
 */
static long bit_rate_kbps(unsigned v)
{
	if (v == 0)
		return -1;
	if (v < 0x40)
		return v;
	if (v < 0x80)
		return 64 + (long)(v - 0x40) * 8;
	if (v < 0xff)
		return 576 + (long)(v - 0x80) * 64;
	return 0;
}

/*
 * Extended bit rates of octets 15-18, for when the octet they extend says 8640 kbit/s
 * (0xfe): 8700 to 16000 kbit/s in steps of 100 (0x01-0x4a), 17 to 128 Mbit/s in steps of
 * 1 (0x4b-0xba), 130 to 256 Mbit/s in steps of 2 (0xbb-0xfa); higher codes are read as
 * 256 Mbit/s; 0 means the octet it extends applies (-1).
 */
static long ext_bit_rate_kbps(unsigned v)
{
	if (v == 0)
		return -1;
	if (v <= 0x4a)
		return 8600 + (long)v * 100;
	if (v <= 0xba)
		return 16000 + (long)(v - 0x4a) * 1000;
	if (v <= 0xfa)
		return 128000 + (long)(v - 0xba) * 2000;
	return 256000;
}

static void emit_bit_rate(struct tk_emitter *e, const char *key, const char *name, unsigned v)
{
	emit_quantity(e, key, name, bit_rate_kbps(v), SUBSCRIBED, 0);
}

static void emit_ext_bit_rate(struct tk_emitter *e, const char *key, const char *name, const char *base,
			      unsigned v)
{
	char what[96];

	snprintf(what, sizeof(what), "not extended (%s applies)", base);
	emit_quantity(e, key, name, ext_bit_rate_kbps(v), what, 0);
}

/* maximum SDU size, octet 7: 10 to 1500 octets in steps of 10 (1-150), then 1502, 1510, 1520 */
static void emit_max_sdu_size(struct tk_emitter *e, unsigned v)
{
	static const long extra[] = { 1502, 1510, 1520 };
	long octets = -1;

	if (v >= 1 && v <= 150)
		octets = (long)v * 10;
	else if (v >= 151 && v <= 153)
		octets = extra[v - 151];
	emit_quantity(e, "maximumSduSizeOctets", "maximumSduSize", octets, v ? "reserved" : SUBSCRIBED, v);
}

/* transfer delay, octet 11 bits 8-3: 10 to 150 ms in steps of 10 (1-15), 200 to 950 in
 * steps of 50 (16-31), 1000 to 4000 in steps of 100 (32-62); 63 reserved */
static void emit_transfer_delay(struct tk_emitter *e, unsigned v)
{
	long ms = -1;

	if (v >= 1 && v <= 15)
		ms = (long)v * 10;
	else if (v >= 16 && v <= 31)
		ms = 200 + (long)(v - 16) * 50;
	else if (v >= 32 && v <= 62)
		ms = 1000 + (long)(v - 32) * 100;
	emit_quantity(e, "transferDelayMs", "transferDelay", ms, v ? "reserved" : SUBSCRIBED, v);
}

/* octets 6-13 from p, the first k of them (k < 8: the rest is missing) */
static void emit_octets_6_13(struct tk_emitter *e, const uint8_t *p, size_t k)
{
	if (k < 1)
		return;
	/* octet 6: traffic class (3 bits), delivery order (2), delivery of erroneous SDUs (3) */
	tk_inner_emit_name(e, "trafficClass", traffic_class_names, NULL, "unassigned", p[0] >> 5);
	tk_inner_emit_name(e, "deliveryOrder", delivery_order_names, NULL, "unassigned", (p[0] >> 3) & 3);
	tk_inner_emit_name(e, "deliveryOfErroneousSdus", erroneous_sdu_names, NULL, "unassigned", p[0] & 7);
	if (k < 2)
		return;
	emit_max_sdu_size(e, p[1]);						/* octet 7 */
	if (k < 3)
		return;
	emit_bit_rate(e, "maximumBitRateUplinkKbps", "maximumBitRateUplink", p[2]);	/* octet 8 */
	if (k < 4)
		return;
	emit_bit_rate(e, "maximumBitRateDownlinkKbps", "maximumBitRateDownlink", p[3]);	/* octet 9 */
	if (k < 5)
		return;
	/* octet 10: residual BER (4 bits), SDU error ratio (4) */
	tk_inner_emit_name(e, "residualBer", residual_ber_names, NULL, "unassigned", p[4] >> 4);
	tk_inner_emit_name(e, "sduErrorRatio", sdu_error_ratio_names, NULL, "unassigned", p[4] & 0x0f);
	if (k < 6)
		return;
	/* octet 11: transfer delay (6 bits), traffic handling priority (2) */
	emit_transfer_delay(e, p[5] >> 2);
	tk_inner_emit_name(e, "trafficHandlingPriority", thp_names, NULL, "unassigned", p[5] & 3);
	if (k < 7)
		return;
	emit_bit_rate(e, "guaranteedBitRateUplinkKbps", "guaranteedBitRateUplink", p[6]);	/* octet 12 */
	if (k < 8)
		return;
	emit_bit_rate(e, "guaranteedBitRateDownlinkKbps", "guaranteedBitRateDownlink", p[7]);	/* octet 13 */
}

void tk_emit_ext_qos_subscribed(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	/* octet 1: allocation/retention priority, the TS 23.107 level as a binary number */
	if (n >= 1)
		tk_emit_kv_long(e, "allocationRetentionPriority", p[0]);
	if (n >= 2)
		emit_octets_6_13(e, p + 1, n - 1 < 8 ? n - 1 : 8);
	if (n < 9)
		/* ASN.1 allows 1..9 octets, but TS 24.008 has octets 6-13 all or none */
		tk_inner_fail(&er, n, "truncated: an Ext-QoS-Subscribed has 9 octets, %zu present", n);
	else
		tk_inner_extra(&er, n, 9, "an Ext-QoS-Subscribed");
	tk_inner_finish(e, p, n, &er);
}

/* ---- Ext2-, Ext3-, Ext4-QoS-Subscribed -------------------------------------------------- */

/* source statistics descriptor, octet 14 bits 4-1 */
static const struct tk_value_string ssd_names[] = {
	{ 0, "unknown" },
	{ 1, "speech" },
	{ 0, NULL }
};

/* signalling indication, octet 14 bit 5 */
static const struct tk_value_string signalling_names[] = {
	{ 0, "not optimised for signalling traffic" },
	{ 1, "optimised for signalling traffic" },
	{ 0, NULL }
};

/* octets 14-16 from p, the first k (1..3) of them */
static void emit_octets_14_16(struct tk_emitter *e, const uint8_t *p, size_t k)
{
	/* octet 14: spare (3 bits), signalling indication (1), source statistics descriptor (4) */
	tk_inner_emit_name(e, "sourceStatisticsDescriptor", ssd_names, NULL, "unassigned, interpreted as unknown", p[0] & 0x0f);
	tk_inner_emit_name(e, "signallingIndication", signalling_names, NULL, "unassigned", (p[0] >> 4) & 1);
	if (k >= 2)		/* octet 15 */
		emit_ext_bit_rate(e, "extendedMaximumBitRateDownlinkKbps", "extendedMaximumBitRateDownlink",
				  "maximumBitRateDownlink", p[1]);
	if (k >= 3)		/* octet 16 */
		emit_ext_bit_rate(e, "extendedGuaranteedBitRateDownlinkKbps", "extendedGuaranteedBitRateDownlink",
				  "guaranteedBitRateDownlink", p[2]);
}

/* octets 17-18 from p, the first k (1..2) of them */
static void emit_octets_17_18(struct tk_emitter *e, const uint8_t *p, size_t k)
{
	emit_ext_bit_rate(e, "extendedMaximumBitRateUplinkKbps", "extendedMaximumBitRateUplink",
			  "maximumBitRateUplink", p[0]);			/* octet 17 */
	if (k >= 2)							/* octet 18 */
		emit_ext_bit_rate(e, "extendedGuaranteedBitRateUplinkKbps", "extendedGuaranteedBitRateUplink",
				  "guaranteedBitRateUplink", p[1]);
}

/*
 * Extended-2 bit rates of octets 19-22 (TS 24.008 10.5.6.5), for when the extended octet
 * they extend says 256 Mbit/s (0xfa): 260 to 500 Mbit/s in steps of 4 (0x01-0x3d), 510 to
 * 1500 Mbit/s in steps of 10 (0x3e-0xa1), 1600 to 10000 Mbit/s in steps of 100 (0xa2-0xf6);
 * higher codes are read as 10 Gbit/s; 0 means the extended octet applies (-1).
 */
static long ext2_bit_rate_kbps(unsigned v)
{
	if (v == 0)
		return -1;
	if (v <= 0x3d)
		return (256 + (long)v * 4) * 1000;
	if (v <= 0xa1)
		return (500 + (long)(v - 0x3d) * 10) * 1000;
	if (v <= 0xf6)
		return (1500 + (long)(v - 0xa1) * 100) * 1000;
	return 10000000;
}

static void emit_ext2_bit_rate(struct tk_emitter *e, const char *key, const char *name, const char *base,
			       unsigned v)
{
	char what[96];

	snprintf(what, sizeof(what), "not extended (%s applies)", base);
	emit_quantity(e, key, name, ext2_bit_rate_kbps(v), what, 0);
}

/* octets 19-22 from p, the first k (1..4) of them: maximum and guaranteed bit rate for
 * downlink (extended-2), then the same for uplink (the order tshark shows too) */
static void emit_octets_19_22(struct tk_emitter *e, const uint8_t *p, size_t k)
{
	static const struct {
		const char *key, *name, *base;
	} f[4] = {
		{ "extended2MaximumBitRateDownlinkKbps", "extended2MaximumBitRateDownlink",
		  "extendedMaximumBitRateDownlink" },
		{ "extended2GuaranteedBitRateDownlinkKbps", "extended2GuaranteedBitRateDownlink",
		  "extendedGuaranteedBitRateDownlink" },
		{ "extended2MaximumBitRateUplinkKbps", "extended2MaximumBitRateUplink",
		  "extendedMaximumBitRateUplink" },
		{ "extended2GuaranteedBitRateUplinkKbps", "extended2GuaranteedBitRateUplink",
		  "extendedGuaranteedBitRateUplink" },
	};
	size_t i;

	for (i = 0; i < k && i < 4; i++)
		emit_ext2_bit_rate(e, f[i].key, f[i].name, f[i].base, p[i]);
}

/* octets 14-16; one octet (a 14-octet QoS) or three, but any of 1..3 is taken */
void tk_emit_ext2_qos_subscribed(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: an Ext2-QoS-Subscribed has 1 to 3 octets, 0 present");
		goto out;
	}
	emit_octets_14_16(e, p, n < 3 ? n : 3);
	tk_inner_extra(&er, n, 3, "an Ext2-QoS-Subscribed");
out:
	tk_inner_finish(e, p, n, &er);
}

/* TS 24.008 10.5.6.14 MBMS bearer capabilities, from octet 3: the maximum bit rate for
 * downlink coded as QoS octet 9 and, optionally, its extension coded as QoS octet 15 */
void tk_emit_mbms_bearer_capabilities(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0,
			      "truncated: MBMS bearer capabilities have 1 or 2 octets, 0 present");
		goto out;
	}
	emit_bit_rate(e, "maximumBitRateDownlinkKbps", "maximumBitRateDownlink", p[0]);
	if (n >= 2)
		emit_ext_bit_rate(e, "extendedMaximumBitRateDownlinkKbps",
				  "extendedMaximumBitRateDownlink", "maximumBitRateDownlink", p[1]);
	tk_inner_extra(&er, n, 2, "MBMS bearer capabilities");
out:
	tk_inner_finish(e, p, n, &er);
}

/* octets 17-18 */
void tk_emit_ext3_qos_subscribed(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: an Ext3-QoS-Subscribed has 1 or 2 octets, 0 present");
		goto out;
	}
	emit_octets_17_18(e, p, n < 2 ? n : 2);
	tk_inner_extra(&er, n, 2, "an Ext3-QoS-Subscribed");
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- the TS 24.008 Quality of Service IE value as a whole ---------------------------------- */

void tk_emit_qos_24008(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	/* 10.5.6.5: octets 3-5 (the R97/98 attributes) are always there */
	if (n < 3)
		tk_inner_fail(&er, n, "truncated: a QoS value has 3 octets or more, %zu present", n);
	emit_octets_3_5(e, p, n < 3 ? n : 3, &er);
	if (n <= 3)
		goto out;
	/* octets 6-13 (R99) come together; 14, 15-16, 17-18 and 19-22 each extend them */
	emit_octets_6_13(e, p + 3, n - 3 < 8 ? n - 3 : 8);
	if (n < 11) {
		tk_inner_fail(&er, n, "truncated: QoS octets 6-13 come together, %zu of 8 present",
			      n - 3);
		goto out;
	}
	if (n > 11)
		emit_octets_14_16(e, p + 11, n - 11 < 3 ? n - 11 : 3);
	if (n > 14)
		emit_octets_17_18(e, p + 14, n - 14 < 2 ? n - 14 : 2);
	/* octets 19-22: the extended-2 bit rates (above 256 Mbit/s); "octets19To22" keeps
	 * their octets in hex as before, the decoded fields stand beside it */
	if (n > 16) {
		tk_emit_kv_hex(e, "octets19To22", p + 16, n - 16 < 4 ? n - 16 : 4);
		emit_octets_19_22(e, p + 16, n - 16 < 4 ? n - 16 : 4);
	}
	if (n > 20)
		tk_inner_fail(&er, 20, "%zu octets after octet 22 of a QoS value", n - 20);
out:
	tk_inner_finish(e, p, n, &er);
}

/* pre-emption capability and vulnerability (TS 29.212 5.3.46, 5.3.47): 0 enabled, 1 disabled */
static const struct tk_value_string preemption_names[] = {
	{ 0, "enabled" },
	{ 1, "disabled" },
	{ 0, NULL }
};

/* TS 29.060 7.7.91 / TS 29.274 8.15: spare, PCI, PL (4 bits), spare, PVI */
void tk_emit_ext4_qos_subscribed(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: an Ext4-QoS-Subscribed has 1 octet, 0 present");
		goto out;
	}
	tk_inner_emit_name(e, "preemptionCapability", preemption_names, NULL, "unassigned", (p[0] >> 6) & 1);
	tk_emit_kv_long(e, "priorityLevel", (p[0] >> 2) & 0x0f);
	tk_inner_emit_name(e, "preemptionVulnerability", preemption_names, NULL, "unassigned", p[0] & 1);
	tk_inner_extra(&er, n, 1, "an Ext4-QoS-Subscribed");
out:
	tk_inner_finish(e, p, n, &er);
}

/* the bit rate codings on their own (TS 24.301 9.9.4.2 APN-AMBR and 9.9.4.3 EPS QoS use them) */
long tk_qos_bit_rate_kbps(unsigned v)
{
	return bit_rate_kbps(v);
}

long tk_qos_ext_bit_rate_kbps(unsigned v)
{
	return ext_bit_rate_kbps(v);
}
