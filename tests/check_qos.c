/*
 * GPRS QoS (gprs_qos.c), MS Classmark 2 and IPSSPCapabilities (classmark.c), decoded from
 * vectors built by hand from TS 24.008 10.5.6.5 / 10.5.1.6, TS 29.002, TS 29.060 and
 * TS 29.078.  Each vector's comment says how its octets follow from the standard's fields
 * (bits written 8..1, most significant first), so a failing expectation can be checked
 * against it.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "gprs_qos.h"
#include "classmark.h"

Suite *tu_suite_qos(void);

/* ---- rendering ------------------------------------------------------------------------------ */

enum dec { D_QOS, D_EXT, D_EXT2, D_EXT3, D_EXT4, D_CM2, D_IPSSP, D_Q24008 };

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	switch (*(const enum dec *)arg) {
	case D_QOS: tk_emit_qos_subscribed(e, p, n); break;
	case D_EXT: tk_emit_ext_qos_subscribed(e, p, n); break;
	case D_EXT2: tk_emit_ext2_qos_subscribed(e, p, n); break;
	case D_EXT3: tk_emit_ext3_qos_subscribed(e, p, n); break;
	case D_EXT4: tk_emit_ext4_qos_subscribed(e, p, n); break;
	case D_CM2: tk_emit_ms_classmark2(e, p, n); break;
	case D_IPSSP: tk_emit_ipssp_capabilities(e, p, n); break;
	case D_Q24008: tk_emit_qos_24008(e, p, n); break;
	}
}

/* the value as JSON (or text), from an exact-size heap copy, as a malloc'd string */
static char *render(enum dec d, const uint8_t *p, size_t n, int text)
{
	return tu_render(emit, &d, p, n, text);
}

/* decode tmpl and assert each needle (a NULL-terminated list) is in the JSON */
static void expect(enum dec d, const char *tmpl, ...)
{
	va_list ap;

	va_start(ap, tmpl);
	tu_vexpect(emit, &d, tmpl, 0, ap);
	va_end(ap);
}

static void expect_no_error(enum dec d, const char *tmpl)
{
	tu_expect_no_error(emit, &d, tmpl);
}

/* as expect(), but the value must also decode without an error */
#define expect_ok(d, tmpl, ...) do { \
		expect(d, tmpl, __VA_ARGS__, NULL); \
		expect_no_error(d, tmpl); \
	} while (0)

/* the empty value: an error at offset 0 */
static void expect_empty_error(enum dec d)
{
	tu_expect_empty_error(emit, &d, "truncated");
}

/*
 * Every truncation of the vector (0 .. n-1 octets), and every single-octet corruption,
 * must give one well-formed object with "hex"; a truncation below `complete` octets must
 * say "error".  The text emitter is run on the same input too.  Then the vector with one
 * octet too many must say "error" at offset n.
 */
static void robust(enum dec d, const char *tmpl, size_t complete)
{
	static const uint8_t corrupt[] = { 0x00, 0xff, 0x0f, 0xf0, 0x80, 0x7f, 0x55, 0xaa };
	uint8_t buf[256];
	size_t n = tu_ber(tmpl, buf, sizeof(buf));
	size_t k, c;
	char *s, needle[64];

	for (k = 0; k < n; k++) {
		s = render(d, buf, k, 0);
		tu_assert_one_object(s);
		tu_assert_has(s, "\"hex\":\"");
		if (k < complete)
			tu_assert_has(s, "\"error\":{\"offset\":");
		free(s);
		free(render(d, buf, k, 1));
	}
	for (k = 0; k < n; k++) {
		for (c = 0; c < sizeof(corrupt); c++) {
			uint8_t b2[256];
			memcpy(b2, buf, n);
			b2[k] = corrupt[c];
			s = render(d, b2, n, 0);
			tu_assert_one_object(s);
			tu_assert_has(s, "\"hex\":\"");
			free(s);
			free(render(d, b2, n, 1));
		}
	}
	/* one octet too many (the vectors here are at their maximum length) */
	buf[n] = 0x00;
	s = render(d, buf, n + 1, 0);
	tu_assert_one_object(s);
	snprintf(needle, sizeof(needle), "\"error\":{\"offset\":%zu,", n);
	tu_assert_has(s, needle);
	free(s);
	free(render(d, buf, n + 1, 1));
}

/* every value of every octet, the others fixed: no crash, one object with "hex" */
static void exhaustive(enum dec d, const char *tmpl)
{
	tu_exhaustive(emit, &d, tmpl);
}

/* ---- QoS-Subscribed (TS 24.008 octets 3-5) ----------------------------------------------------- */

START_TEST(test_qos_subscribed)
{
	/* octet 3 = spare 00, delay class 100 (class 4), reliability class 011 -> 0x23;
	 * octet 4 = peak throughput 0110 (32 000 octet/s), spare 0, precedence 010 (normal) -> 0x62;
	 * octet 5 = spare 000, mean throughput 11111 (best effort) -> 0x1F */
	expect_ok(D_QOS, "23 62 1F",
		  "\"delayClass\":\"delay class 4 (best effort)\"",
		  "\"reliabilityClass\":\"unacknowledged GTP and LLC; acknowledged RLC, protected data\"",
		  "\"peakThroughputOctetsPerSecond\":32000",
		  "\"peakThroughput\":\"up to 32000 octet/s\"",
		  "\"precedenceClass\":\"normal priority\"",
		  "\"meanThroughput\":\"best effort\"",
		  "\"hex\":\"23621f\"");
	/* octet 3 = 00 001 010: delay class 1, reliability 010; octet 4 = 1001 0 001: peak
	 * 256 000 octet/s, high priority; octet 5 = 000 10010: mean 50 000 000 octet/h */
	expect_ok(D_QOS, "0A 91 12",
		  "\"delayClass\":\"delay class 1\"",
		  "\"reliabilityClass\":\"unacknowledged GTP; acknowledged LLC and RLC, protected data\"",
		  "\"peakThroughputOctetsPerSecond\":256000",
		  "\"precedenceClass\":\"high priority\"",
		  "\"meanThroughputOctetsPerHour\":50000000");
	/* octet 5 = 00001: the smallest mean throughput, 100 octet/h; peak 0001 = 1000 octet/s */
	expect_ok(D_QOS, "1B 13 01",
		  "\"delayClass\":\"delay class 3\"",
		  "\"peakThroughputOctetsPerSecond\":1000",
		  "\"precedenceClass\":\"low priority\"",
		  "\"meanThroughputOctetsPerHour\":100,\"meanThroughput\":\"100 octet/h\"");
	/* all codes 0: "subscribed" (MS to network) / reserved (network to MS) */
	expect_ok(D_QOS, "00 00 00",
		  "\"delayClass\":\"subscribed / reserved\"",
		  "\"reliabilityClass\":\"subscribed / reserved\"",
		  "\"peakThroughput\":\"subscribed / reserved\"",
		  "\"precedenceClass\":\"subscribed / reserved\"",
		  "\"meanThroughput\":\"subscribed / reserved\"");
	/* the reserved codes: delay 111, reliability 111 (0x3F with spare bits 00), peak 1111,
	 * precedence 111 (0xF7), mean 11110 (0x1E) */
	expect_ok(D_QOS, "3F F7 1E",
		  "\"delayClass\":\"reserved\"", "\"reliabilityClass\":\"reserved\"",
		  "\"peakThroughput\":\"reserved\"", "\"precedenceClass\":\"reserved\"",
		  "\"meanThroughput\":\"reserved\"");
	/* unassigned codes and how they are read: delay 101, reliability 110 (0x2E); peak 1010,
	 * precedence 100 (0xA4); mean 10011 (0x13) */
	expect_ok(D_QOS, "2E A4 13",
		  "\"delayClass\":\"unassigned, interpreted as delay class 4 (best effort) (5)\"",
		  "\"reliabilityClass\":\"unassigned, interpreted as 3:",
		  "\"peakThroughput\":\"unassigned, interpreted as up to 1000 octet/s (10)\"",
		  "\"precedenceClass\":\"unassigned, interpreted as normal priority (4)\"",
		  "\"meanThroughput\":\"unassigned, interpreted as best effort (19)\"");
}
END_TEST

START_TEST(test_qos_subscribed_malformed)
{
	expect_empty_error(D_QOS);
	/* 2 of 3 octets: octets 3 and 4 still decoded, the error is where octet 5 should be */
	expect(D_QOS, "23 62", "\"delayClass\":\"delay class 4 (best effort)\"",
	       "\"precedenceClass\":\"normal priority\"",
	       "\"error\":{\"offset\":2,\"reason\":\"truncated: a QoS-Subscribed has 3 octets, 2 present\"}", NULL);
	expect(D_QOS, "23 62 1F 00", "\"meanThroughput\":\"best effort\"",
	       "\"error\":{\"offset\":3,\"reason\":\"1 octet after the 3 of a QoS-Subscribed\"}", NULL);
	robust(D_QOS, "23 62 1F", 3);
	exhaustive(D_QOS, "23 62 1F");
}
END_TEST

/* ---- Ext-QoS-Subscribed (ARP + TS 24.008 octets 6-13) ------------------------------------------- */

START_TEST(test_ext_qos_subscribed)
{
	/* octet 1: allocation/retention priority 2;
	 * octet 6 = 011 10 011: interactive, without delivery order, erroneous SDUs not delivered -> 0x73;
	 * octet 7 = 150 (0x96): 150 * 10 = 1500 octets;
	 * octet 8 = 0xFE: 576 + (0xFE - 0x80) * 64 = 8640 kbit/s uplink;
	 * octet 9 = 0x80: 576 kbit/s downlink;
	 * octet 10 = 0111 0100: residual BER 1*10-5, SDU error ratio 1*10-4 -> 0x74;
	 * octet 11 = 010010 01: transfer delay code 18 = 200 + 2 * 50 = 300 ms, THP 1 -> 0x49;
	 * octet 12 = 0xFF: 0 kbit/s guaranteed uplink;
	 * octet 13 = 0x3F: 63 kbit/s guaranteed downlink */
	expect_ok(D_EXT, "02 73 96 FE 80 74 49 FF 3F",
		  "\"allocationRetentionPriority\":2",
		  "\"trafficClass\":\"interactive class\"",
		  "\"deliveryOrder\":\"without delivery order ('no')\"",
		  "\"deliveryOfErroneousSdus\":\"erroneous SDUs are not delivered ('no')\"",
		  "\"maximumSduSizeOctets\":1500",
		  "\"maximumBitRateUplinkKbps\":8640",
		  "\"maximumBitRateDownlinkKbps\":576",
		  "\"residualBer\":\"1*10-5\"",
		  "\"sduErrorRatio\":\"1*10-4\"",
		  "\"transferDelayMs\":300",
		  "\"trafficHandlingPriority\":\"priority level 1\"",
		  "\"guaranteedBitRateUplinkKbps\":0",
		  "\"guaranteedBitRateDownlinkKbps\":63",
		  "\"hex\":\"027396fe807449ff3f\"");
	/* ARP 1; octet 6 = 001 01 010: conversational, with delivery order, erroneous SDUs
	 * delivered (0x2A); octet 7 = 0x97: 1502 octets; octet 8 = 0x7F: 64 + 63 * 8 = 568;
	 * octet 9 = 0x01: 1 kbit/s; octet 10 = 1001 0001: BER 6*10-8, SDU error ratio 1*10-2;
	 * octet 11 = 001111 11: 15 * 10 = 150 ms, THP 3 (0x3F); octet 12 = 0: subscribed;
	 * octet 13 = 0x81: 576 + 64 = 640 */
	expect_ok(D_EXT, "01 2A 97 7F 01 91 3F 00 81",
		  "\"trafficClass\":\"conversational class\"",
		  "\"deliveryOrder\":\"with delivery order ('yes')\"",
		  "\"deliveryOfErroneousSdus\":\"erroneous SDUs are delivered ('yes')\"",
		  "\"maximumSduSizeOctets\":1502",
		  "\"maximumBitRateUplinkKbps\":568",
		  "\"maximumBitRateDownlinkKbps\":1,",
		  "\"residualBer\":\"6*10-8\"", "\"sduErrorRatio\":\"1*10-2\"",
		  "\"transferDelayMs\":150", "\"trafficHandlingPriority\":\"priority level 3\"",
		  "\"guaranteedBitRateUplink\":\"subscribed / reserved\"",
		  "\"guaranteedBitRateDownlinkKbps\":640");
	/* streaming (010 00 001 = 0x41: delivery order subscribed, no detect); octet 7 = 0x99:
	 * 1520 octets; 0x40 = 64 kbit/s; 0x4A = 64 + 10 * 8 = 144; octet 11 = 111110 10:
	 * 1000 + 30 * 100 = 4000 ms, THP 2 (0xFA); 0x20 = 32 kbit/s; 0xFE = 8640 */
	expect_ok(D_EXT, "03 41 99 40 4A 26 FA 20 FE",
		  "\"trafficClass\":\"streaming class\"",
		  "\"deliveryOrder\":\"subscribed / reserved\"",
		  "\"deliveryOfErroneousSdus\":\"no detect ('-')\"",
		  "\"maximumSduSizeOctets\":1520",
		  "\"maximumBitRateUplinkKbps\":64", "\"maximumBitRateDownlinkKbps\":144",
		  "\"residualBer\":\"1*10-2\"", "\"sduErrorRatio\":\"1*10-6\"",
		  "\"transferDelayMs\":4000", "\"trafficHandlingPriority\":\"priority level 2\"",
		  "\"guaranteedBitRateUplinkKbps\":32", "\"guaranteedBitRateDownlinkKbps\":8640");
	/* reserved codes: traffic class 111, delivery order 11, erroneous SDUs 111 (0xFF);
	 * SDU size 0x9A (154) and 0xFF reserved; residual BER 1111, SDU error ratio 1111;
	 * transfer delay 111111 (0xFC), THP 0; octet 11 = 010000 00 (0x40): 200 ms */
	expect_ok(D_EXT, "00 FF 9A 00 00 FF FC 00 00",
		  "\"allocationRetentionPriority\":0",
		  "\"trafficClass\":\"reserved\"", "\"deliveryOrder\":\"reserved\"",
		  "\"deliveryOfErroneousSdus\":\"reserved\"",
		  "\"maximumSduSize\":\"reserved (154)\"",
		  "\"maximumBitRateUplink\":\"subscribed / reserved\"",
		  "\"residualBer\":\"reserved\"", "\"sduErrorRatio\":\"reserved\"",
		  "\"transferDelay\":\"reserved (63)\"",
		  "\"trafficHandlingPriority\":\"subscribed / reserved\"");
	expect_ok(D_EXT, "00 A4 FF 00 00 A8 40 00 00",
		  "\"trafficClass\":\"unassigned (5)\"",
		  "\"deliveryOfErroneousSdus\":\"unassigned (4)\"",
		  "\"maximumSduSize\":\"reserved (255)\"",
		  "\"residualBer\":\"unassigned (10)\"", "\"sduErrorRatio\":\"unassigned (8)\"",
		  "\"transferDelayMs\":200");
	/* all 0 after the ARP: every field subscribed / reserved */
	expect_ok(D_EXT, "05 00 00 00 00 00 00 00 00",
		  "\"trafficClass\":\"subscribed / reserved\"",
		  "\"maximumSduSize\":\"subscribed / reserved\"",
		  "\"transferDelay\":\"subscribed / reserved\"");
}
END_TEST

START_TEST(test_ext_qos_subscribed_malformed)
{
	expect_empty_error(D_EXT);
	/* ARP only: allowed by SIZE (1..9) but TS 24.008 octets 6-13 come all or none */
	expect(D_EXT, "02", "\"allocationRetentionPriority\":2",
	       "\"error\":{\"offset\":1,\"reason\":\"truncated: an Ext-QoS-Subscribed has 9 octets, 1 present\"}",
	       NULL);
	/* up to octet 10: what is there is decoded */
	expect(D_EXT, "02 73 96 FE 80 74", "\"sduErrorRatio\":\"1*10-4\"",
	       "\"error\":{\"offset\":6,", NULL);
	expect(D_EXT, "02 73 96 FE 80 74 49 FF 3F 00 00", "\"guaranteedBitRateDownlinkKbps\":63",
	       "\"error\":{\"offset\":9,\"reason\":\"2 octets after the 9 of an Ext-QoS-Subscribed\"}", NULL);
	robust(D_EXT, "02 73 96 FE 80 74 49 FF 3F", 9);
	exhaustive(D_EXT, "02 73 96 FE 80 74 49 FF 3F");
}
END_TEST

/* ---- Ext2/3/4-QoS-Subscribed ------------------------------------------------------------------ */

START_TEST(test_ext2_ext3_qos_subscribed)
{
	/* octet 14 = 000 1 0001: signalling indication 1, source statistics descriptor speech;
	 * octet 15 = 0x4A: 8600 + 74 * 100 = 16000 kbit/s; octet 16 = 0xBA: 16000 + (0xBA -
	 * 0x4A) * 1000 = 128000 kbit/s */
	expect_ok(D_EXT2, "11 4A BA",
		  "\"sourceStatisticsDescriptor\":\"speech\"",
		  "\"signallingIndication\":\"optimised for signalling traffic\"",
		  "\"extendedMaximumBitRateDownlinkKbps\":16000",
		  "\"extendedGuaranteedBitRateDownlinkKbps\":128000",
		  "\"hex\":\"114aba\"");
	/* 0xFA: 128000 + (0xFA - 0xBA) * 2000 = 256000; 0x4B: 17000 */
	expect_ok(D_EXT2, "00 FA 4B",
		  "\"sourceStatisticsDescriptor\":\"unknown\"",
		  "\"signallingIndication\":\"not optimised for signalling traffic\"",
		  "\"extendedMaximumBitRateDownlinkKbps\":256000",
		  "\"extendedGuaranteedBitRateDownlinkKbps\":17000");
	/* 0xFF is read as 0xFA (256 Mbit/s); 0 = the Ext-QoS-Subscribed octet applies */
	expect_ok(D_EXT2, "00 FF 00",
		  "\"extendedMaximumBitRateDownlinkKbps\":256000",
		  "\"extendedGuaranteedBitRateDownlink\":\"not extended (guaranteedBitRateDownlink applies)\"");
	/* a 14-octet QoS: octet 14 alone; SSD 1111 is read as unknown */
	expect_ok(D_EXT2, "0F",
		  "\"sourceStatisticsDescriptor\":\"unassigned, interpreted as unknown (15)\"");
	/* octet 17 = 0x01: 8700 kbit/s; octet 18 = 0xBB: 128000 + 2000 = 130000 */
	expect_ok(D_EXT3, "01 BB",
		  "\"extendedMaximumBitRateUplinkKbps\":8700",
		  "\"extendedGuaranteedBitRateUplinkKbps\":130000");
	expect_ok(D_EXT3, "00",
		  "\"extendedMaximumBitRateUplink\":\"not extended (maximumBitRateUplink applies)\"");
}
END_TEST

START_TEST(test_ext4_qos_subscribed)
{
	/* TS 29.060 evolved ARP: spare 0, PCI 1 (disabled), PL 0010, spare 0, PVI 0 (enabled) -> 0x48 */
	expect_ok(D_EXT4, "48",
		  "\"preemptionCapability\":\"disabled\"", "\"priorityLevel\":2",
		  "\"preemptionVulnerability\":\"enabled\"");
	/* PCI 0 (enabled), PL 0001, PVI 1 (disabled) -> 0 0 0001 0 1 = 0x05 */
	expect_ok(D_EXT4, "05",
		  "\"preemptionCapability\":\"enabled\"", "\"priorityLevel\":1",
		  "\"preemptionVulnerability\":\"disabled\"");
	/* PL 15 with the spare bits set: the spare bits are ignored */
	expect_ok(D_EXT4, "FF", "\"priorityLevel\":15");
}
END_TEST

START_TEST(test_ext234_malformed)
{
	expect_empty_error(D_EXT2);
	expect_empty_error(D_EXT3);
	expect_empty_error(D_EXT4);
	expect(D_EXT2, "11 4A BA 00",
	       "\"error\":{\"offset\":3,\"reason\":\"1 octet after the 3 of an Ext2-QoS-Subscribed\"}", NULL);
	expect(D_EXT3, "01 BB 01", "\"error\":{\"offset\":2,", NULL);
	expect(D_EXT4, "48 00", "\"priorityLevel\":2", "\"error\":{\"offset\":1,", NULL);
	robust(D_EXT2, "11 4A BA", 1);
	robust(D_EXT3, "01 BB", 1);
	robust(D_EXT4, "48", 1);
	exhaustive(D_EXT2, "11 4A BA");
	exhaustive(D_EXT3, "01 BB");
	exhaustive(D_EXT4, "48");
}
END_TEST

/* ---- MS Classmark 2 (TS 24.008 10.5.1.6) -------------------------------------------------------- */

START_TEST(test_classmark2)
{
	/* octet 3 = 0 10 1 0 011: revision level R99, ES IND 1, A5/1 0 (available), RF power
	 * class 4 -> 0x53;
	 * octet 4 = 0 1 01 1 0 0 0: PS capability, SS screening 01, SM capability, no VBS,
	 * no VGCS, FC 0 -> 0x58;
	 * octet 5 = 1 0 0 0 0 0 1 0: CM3, no LCS VA, UCS2 0, no SoLSA, no CMSP, A5/3, no A5/2 -> 0x82 */
	expect_ok(D_CM2, "53 58 82",
		  "\"revisionLevel\":\"used by mobile stations supporting R99 or later versions of the protocol\"",
		  "\"esInd\":true", "\"a51Available\":true", "\"rfPowerCapability\":\"class 4\"",
		  "\"psCapability\":true",
		  "\"ssScreeningIndicator\":\"capability of handling of ellipsis notation and phase 2 error handling\"",
		  "\"smCapability\":true", "\"vbs\":false", "\"vgcs\":false", "\"fc\":false",
		  "\"cm3\":true", "\"lcsVaCapability\":false",
		  "\"ucs2\":\"the ME has a preference for the default alphabet over UCS2\"",
		  "\"soLsa\":false", "\"cmsp\":false", "\"a53Available\":true", "\"a52Available\":false",
		  "\"hex\":\"535882\"");
	/* octet 3 = 0 00 0 1 111: phase 1, no ES IND, A5/1 not available, RF power irrelevant (0x0F);
	 * octet 4 = 0 0 10 0 1 1 1: no PS, SS screening 10, no SM, VBS, VGCS, FC (0x27);
	 * octet 5 = 0 1 1 1 1 1 0 1: no CM3, spare 1, LCS VA, UCS2 1, SoLSA, CMSP, no A5/3, A5/2 (0x7D) */
	expect_ok(D_CM2, "0F 27 7D",
		  "\"revisionLevel\":\"reserved for GSM phase 1\"", "\"esInd\":false",
		  "\"a51Available\":false",
		  "\"rfPowerCapability\":\"RF power capability is irrelevant in this information element\"",
		  "\"psCapability\":false", "\"ssScreeningIndicator\":\"for future use\"",
		  "\"smCapability\":false", "\"vbs\":true", "\"vgcs\":true", "\"fc\":true",
		  "\"cm3\":false", "\"lcsVaCapability\":true",
		  "\"ucs2\":\"the ME has no preference between the use of the default alphabet and the use of UCS2\"",
		  "\"soLsa\":true", "\"cmsp\":true", "\"a53Available\":false", "\"a52Available\":true");
	/* octet 3 = 0 01 0 0 101: phase 2, RF power code 101 reserved */
	expect_ok(D_CM2, "25 00 00", "\"revisionLevel\":\"used by GSM phase 2 mobile stations\"",
		  "\"rfPowerCapability\":\"reserved (5)\"");
}
END_TEST

START_TEST(test_classmark2_malformed)
{
	expect_empty_error(D_CM2);
	expect(D_CM2, "53 58", "\"fc\":false",
	       "\"error\":{\"offset\":2,\"reason\":\"truncated: a Mobile Station Classmark 2 has 3 octets, 2 present\"}",
	       NULL);
	expect(D_CM2, "53 58 82 20", "\"a52Available\":false", "\"error\":{\"offset\":3,", NULL);
	robust(D_CM2, "53 58 82", 3);
	exhaustive(D_CM2, "53 58 82");
}
END_TEST

/* ---- IPSSPCapabilities (TS 29.078) ----------------------------------------------------------- */

START_TEST(test_ipssp_capabilities)
{
	/* standard part 0 0 0 1 1 1 1 1 (bit 7 first): end of standard part, all five supported */
	expect_ok(D_IPSSP, "1F",
		  "\"ipRoutingAddress\":true", "\"voiceBack\":true",
		  "\"voiceInformationViaSpeechRecognition\":true",
		  "\"voiceInformationViaVoiceRecognition\":true",
		  "\"generationOfVoiceAnnouncementsFromText\":true", "\"hex\":\"1f\"");
	/* bit 0 only (IPRoutingAddress), then a two-octet bilateral part AB CD */
	expect_ok(D_IPSSP, "01 AB CD",
		  "\"ipRoutingAddress\":true", "\"voiceBack\":false",
		  "\"voiceInformationViaSpeechRecognition\":false",
		  "\"generationOfVoiceAnnouncementsFromText\":false",
		  "\"bilateralPart\":\"abcd\"");
	/* bits 1 and 3: voice back, voice information via voice recognition -> 0x0A; the
	 * bilateral part at its longest, 3 octets */
	expect_ok(D_IPSSP, "0A 01 02 03",
		  "\"ipRoutingAddress\":false", "\"voiceBack\":true",
		  "\"voiceInformationViaSpeechRecognition\":false",
		  "\"voiceInformationViaVoiceRecognition\":true", "\"bilateralPart\":\"010203\"");
	/* the reserved bits 5 and 6 are shown when set */
	expect_ok(D_IPSSP, "64", "\"voiceInformationViaSpeechRecognition\":true", "\"reservedBits\":3");
	{
		char *s = render(D_IPSSP, (const uint8_t *)"\x00", 1, 0);
		tu_assert_hasnt(s, "bilateralPart");
		tu_assert_hasnt(s, "reservedBits");
		free(s);
	}
}
END_TEST

START_TEST(test_ipssp_capabilities_malformed)
{
	expect_empty_error(D_IPSSP);
	/* bit 7 = 1 (the standard part continues) is reserved in CAP */
	expect(D_IPSSP, "81 02", "\"ipRoutingAddress\":true", "\"bilateralPart\":\"02\"",
	       "\"error\":{\"offset\":0,\"reason\":\"bit 7 of octet 1", NULL);
	/* CAP bounds IPSSPCapabilities to 4 octets */
	expect(D_IPSSP, "01 02 03 04 05", "\"bilateralPart\":\"02030405\"",
	       "\"error\":{\"offset\":4,\"reason\":\"5 octets, an IPSSPCapabilities has at most 4\"}", NULL);
	robust(D_IPSSP, "1F 01 02 03", 1);
	exhaustive(D_IPSSP, "1F 01 02 03");
}
END_TEST

/* ---- the TS 24.008 10.5.6.5 QoS value: octets 19-22 (extended-2 bit rates) -------------------- */

START_TEST(test_qos_24008_extended2)
{
	/* octets 3-22 (tshark 4.0.17 agrees, as the value of an ACTIVATE PDP CONTEXT ACCEPT
	 * 8a 42 03 14 <these>): 3-5 23 93 1f; 6-13 73 96 fe fe 74 4b 10 fe (maximum uplink and
	 * downlink and guaranteed downlink 8640 kbit/s); 14 = 00; 15-18 = fa (the extended bit
	 * rates, 256 Mbit/s each); 19 = 01 (maximum downlink extended-2: 256 + 1 * 4 = 260 Mbit/s),
	 * 20 = 3e (guaranteed downlink extended-2: 500 + 1 * 10 = 510 Mbit/s), 21 = a2 (maximum
	 * uplink extended-2: 1500 + 1 * 100 = 1600 Mbit/s), 22 = 00 (guaranteed uplink: the
	 * extended octet 18 applies) */
	expect_ok(D_Q24008, "23 93 1f 73 96 fe fe 74 4b 10 fe 00 fa fa fa fa 01 3e a2 00",
		  "\"extendedMaximumBitRateDownlinkKbps\":256000",
		  "\"octets19To22\":\"013ea200\",\"extended2MaximumBitRateDownlinkKbps\":260000,"
		  "\"extended2GuaranteedBitRateDownlinkKbps\":510000,"
		  "\"extended2MaximumBitRateUplinkKbps\":1600000,"
		  "\"extended2GuaranteedBitRateUplink\":\"not extended (extendedGuaranteedBitRateUplink "
		  "applies)\"");
	/* the top of each step: f6 = 10000 Mbit/s; f7-ff are read as 10 Gbit/s; 3d = 500 Mbit/s;
	 * a1 = 1500 Mbit/s */
	expect_ok(D_Q24008, "23 93 1f 73 96 fe fe 74 4b 10 fe 00 fa fa fa fa 3d a1 f6 ff",
		  "\"extended2MaximumBitRateDownlinkKbps\":500000,"
		  "\"extended2GuaranteedBitRateDownlinkKbps\":1500000,"
		  "\"extended2MaximumBitRateUplinkKbps\":10000000,"
		  "\"extended2GuaranteedBitRateUplinkKbps\":10000000");
	/* octets 19-20 only: the uplink ones are absent */
	expect_ok(D_Q24008, "23 93 1f 73 96 fe fe 74 4b 10 fe 00 fa fa fa fa 01 02",
		  "\"octets19To22\":\"0102\",\"extended2MaximumBitRateDownlinkKbps\":260000,"
		  "\"extended2GuaranteedBitRateDownlinkKbps\":264000,\"hex\"");
	/* an octet 23 */
	expect(D_Q24008, "23 93 1f 73 96 fe fe 74 4b 10 fe 00 fa fa fa fa 01 02 03 04 05",
	       "\"extended2GuaranteedBitRateUplinkKbps\":272000",
	       "\"error\":{\"offset\":20,\"reason\":\"1 octets after octet 22 of a QoS value\"}", NULL);
	robust(D_Q24008, "23 93 1f 73 96 fe fe 74 4b 10 fe 00 fa fa fa fa 01 3e a2 00", 3);
	exhaustive(D_Q24008, "23 93 1f 73 96 fe fe 74 4b 10 fe 00 fa fa fa fa 01 3e a2 00");
}
END_TEST

Suite *tu_suite_qos(void)
{
	Suite *s = suite_create("qos");
	TCase *tc = tcase_create("gprs_qos");

	tcase_add_test(tc, test_qos_subscribed);
	tcase_add_test(tc, test_qos_subscribed_malformed);
	tcase_add_test(tc, test_ext_qos_subscribed);
	tcase_add_test(tc, test_ext_qos_subscribed_malformed);
	tcase_add_test(tc, test_ext2_ext3_qos_subscribed);
	tcase_add_test(tc, test_ext4_qos_subscribed);
	tcase_add_test(tc, test_ext234_malformed);
	tcase_add_test(tc, test_qos_24008_extended2);
	suite_add_tcase(s, tc);

	tc = tcase_create("classmark");
	tcase_add_test(tc, test_classmark2);
	tcase_add_test(tc, test_classmark2_malformed);
	tcase_add_test(tc, test_ipssp_capabilities);
	tcase_add_test(tc, test_ipssp_capabilities_malformed);
	suite_add_tcase(s, tc);
	return s;
}
