/*
 * GPRS Quality of Service values that MAP carries in OCTET STRINGs (TS 29.002
 * QoS-Subscribed, Ext-QoS-Subscribed, Ext2-, Ext3-, Ext4-QoS-Subscribed), whose octets are
 * those of the TS 24.008 10.5.6.5 Quality of Service IE (and, for Ext4, the TS 29.060
 * Evolved Allocation/Retention Priority).
 *
 * Each function emits ONE value, an object that always holds "hex" (the raw octets) and,
 * when the octets do not follow the format, what could be decoded plus
 * "error": {"offset": N, "reason": "..."}.  Nothing is read outside p[0..n-1].
 *
 * Classes are given by name; quantities as numbers with the unit in the key
 * ("maximumBitRateUplinkKbps", "transferDelayMs", ...).  A code that stands for no quantity
 * (0, "subscribed / reserved", or a reserved code) is given instead as a string under the
 * key without the unit ("maximumBitRateUplink": "subscribed / reserved").
 */
#ifndef TK_GPRS_QOS_H
#define TK_GPRS_QOS_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"

/* QoS-Subscribed, 3 octets = TS 24.008 QoS octets 3-5: "delayClass", "reliabilityClass",
 * "peakThroughput"(+"OctetsPerSecond"), "precedenceClass", "meanThroughput"(+"OctetsPerHour") */
void tk_emit_qos_subscribed(struct tk_emitter *e, const uint8_t *p, size_t n);

/* Ext-QoS-Subscribed, 9 octets: "allocationRetentionPriority", then TS 24.008 QoS octets
 * 6-13: "trafficClass", "deliveryOrder", "deliveryOfErroneousSdus", "maximumSduSizeOctets",
 * "maximumBitRateUplinkKbps", "maximumBitRateDownlinkKbps", "residualBer", "sduErrorRatio",
 * "transferDelayMs", "trafficHandlingPriority", "guaranteedBitRateUplinkKbps",
 * "guaranteedBitRateDownlinkKbps".  ASN.1 allows 1..9 octets, but TS 24.008 octets 6-13
 * only come together, so fewer than 9 is reported as truncated (after what is there). */
void tk_emit_ext_qos_subscribed(struct tk_emitter *e, const uint8_t *p, size_t n);

/* Ext2-QoS-Subscribed, 1..3 octets = TS 24.008 QoS octets 14-16: "sourceStatisticsDescriptor",
 * "signallingIndication", "extendedMaximumBitRateDownlinkKbps",
 * "extendedGuaranteedBitRateDownlinkKbps" */
void tk_emit_ext2_qos_subscribed(struct tk_emitter *e, const uint8_t *p, size_t n);

/* Ext3-QoS-Subscribed, 1..2 octets = TS 24.008 QoS octets 17-18:
 * "extendedMaximumBitRateUplinkKbps", "extendedGuaranteedBitRateUplinkKbps" */
void tk_emit_ext3_qos_subscribed(struct tk_emitter *e, const uint8_t *p, size_t n);

/* TS 24.008 10.5.6.14 MBMS bearer capabilities from octet 3 (QoS octets 9 and 15):
 * "maximumBitRateDownlinkKbps", "extendedMaximumBitRateDownlinkKbps" */
void tk_emit_mbms_bearer_capabilities(struct tk_emitter *e, const uint8_t *p, size_t n);
/* Ext4-QoS-Subscribed, 1 octet, TS 29.060 Evolved ARP: "preemptionCapability",
 * "priorityLevel", "preemptionVulnerability" */
void tk_emit_ext4_qos_subscribed(struct tk_emitter *e, const uint8_t *p, size_t n);

/* The TS 24.008 10.5.6.5 Quality of Service value part (octets 3 to 22, as in the SM messages
 * of TS 24.008 9.5): the keys of QoS-Subscribed (octets 3-5), of Ext-QoS-Subscribed without
 * its ARP (octets 6-13), of Ext2- (14-16) and Ext3- (17-18); octets 19-22 in hex
 * ("octets19To22").  Octets 6-13 come together: 4 to 10 octets are reported as truncated. */
void tk_emit_qos_24008(struct tk_emitter *e, const uint8_t *p, size_t n);

/* kbit/s of a TS 24.008 10.5.6.5 bit rate octet (octets 8, 9, 12, 13: 0xff is 0 kbit/s) and of an
 * extended bit rate octet (octets 15-18: 8700 kbit/s to 256 Mbit/s); -1 for code 0 (subscribed /
 * reserved, or "the octet it extends applies") */
long tk_qos_bit_rate_kbps(unsigned v);
long tk_qos_ext_bit_rate_kbps(unsigned v);

#endif
