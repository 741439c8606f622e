/*
 * bsslap.c and rrlp.c: the location-services messages of a BSSMAP APDU (TS 48.008 3.2.2.68):
 * BSSLAP (TS 48.071), the RRLP PDU (TS 44.031) of its RRLP IE, LLP (TS 44.071) and SMLCPP
 * (TS 48.031) headers.
 *
 * The BSSLAP vectors are built from the tables of TS 48.071 clause 4 (message contents) and
 * 5 (element codings); the RRLP PDUs are values of the TS 44.031 ASN.1 encoded with asn1c's
 * unaligned PER encoder (a scratch program, not part of the project; the MsrPosition-Req is
 * also derived bit by bit below).  Every valid vector was dissected by tshark 4.0.17 (a pcap
 * with DLT 147 mapped to "gsm_a_bssmap" for the whole BSSMAP messages, "gsm_bsslap" and
 * "rrlp"), which shows the values expected here, except where a comment says otherwise.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "bssap.h"
#include "bsslap.h"
#include "rrlp.h"

Suite *tu_suite_lcs_apdu(void);

enum which { W_BSSAP, W_BSSLAP, W_RRLP, W_LLP, W_SMLCPP };

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	switch (*(const enum which *)arg) {
	case W_BSSAP:
		tk_emit_bssap(e, p, n);
		break;
	case W_BSSLAP:
		tk_emit_bsslap(e, p, n);
		break;
	case W_RRLP:
		tk_emit_rrlp(e, p, n);
		break;
	case W_LLP:
		tk_emit_llp(e, p, n);
		break;
	case W_SMLCPP:
		tk_emit_smlcpp(e, p, n);
		break;
	}
}

static void vexpect(enum which w, const char *hex, int no_error, va_list ap)
{
	tu_vexpect_all(emit, &w, hex, no_error, ap);
}

/* the JSON of hex holds each needle (to a NULL) */
static void expect(enum which w, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(w, hex, 0, ap);
	va_end(ap);
}

/* ... and has no "error" anywhere */
static void expect_ok(enum which w, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(w, hex, 1, ap);
	va_end(ap);
}

static void robust(enum which w, const char *hex, int truncation_errs)
{
	tu_robust_tmpl(emit, &w, hex, truncation_errs);
}

/*
 * RRLP PDU (TS 44.031 3.1), MsrPosition-Req: referenceNumber 1 (3 bits 001), component
 * extension bit 0 and alternative msrPositionReq (0 of 5: 000), MsrPosition-Req extension bit
 * 0 and its five OPTIONAL bits 00000, PositionInstruct's OPTIONAL bit 0, methodType msBased
 * (1 of 4: 01) with Accuracy 20 (7 bits 0010100), positionMethod gps (01), measureResponseTime
 * 4 (100), useMultipleSets oneSet (1), three padding bits: 0010 0000 0000 0001 0010 1000
 * 1100 1000.
 */
#define RRLP_MSR_REQ "200128c8"
/* MsrPosition-Rsp, referenceNumber 2, locationInfo: refFrame 1000, fixType threeDFix,
 * posEstimate a TS 23.032 ellipsoid point with uncertainty circle (shape 1): latitude
 * 4473924 north (48 degrees), longitude 512637 (11 degrees), uncertainty code 10 */
#define RRLP_MSR_RSP "421003e89c411111101f49f428"
/* ProtocolError, referenceNumber 3, errorCause incorrectData (2) */
#define RRLP_PROTOCOL_ERROR "6810"

START_TEST(test_rrlp)
{
	expect_ok(W_RRLP, RRLP_MSR_REQ,
		  "{\"type\":\"PDU\",\"value\":{\"referenceNumber\":1,\"component\":{\"msrPositionReq\":"
		  "{\"positionInstruct\":{\"methodType\":{\"msBased\":20},\"positionMethod\":\"gps\","
		  "\"measureResponseTime\":4,\"useMultipleSets\":\"oneSet\"}}}},\"hex\":\"200128c8\"}",
		  NULL);
	/* posEstimate decoded by location.c as TS 23.032 (tshark: 48.00000, 11.00000 degrees,
	 * uncertainty code 10, 15.9 m) */
	expect_ok(W_RRLP, RRLP_MSR_RSP,
		  "\"referenceNumber\":2,\"component\":{\"msrPositionRsp\":{\"locationInfo\":"
		  "{\"refFrame\":1000,\"fixType\":1,\"posEstimate\":{\"shape\":\"ellipsoid point with "
		  "uncertainty circle\",\"latitude\":47.999997,\"longitude\":10.999996,"
		  "\"uncertainty\":15.937,\"hex\":\"1044444407d27d0a\"}}}}", NULL);
	expect_ok(W_RRLP, RRLP_PROTOCOL_ERROR,
		  "\"value\":{\"referenceNumber\":3,\"component\":{\"protocolError\":"
		  "{\"errorCause\":\"incorrectData\"}}}", NULL);
}
END_TEST

START_TEST(test_bsslap_messages)
{
	/* 4.2.1 TA REQUEST: the message type alone */
	expect_ok(W_BSSLAP, "01", "{\"messageType\":1,\"message\":\"TA REQUEST\",\"ies\":[],"
		  "\"hex\":\"01\"}", NULL);
	/* 4.2.2 TA RESPONSE: Cell Identity 0x1234 (5.4), Timing Advance 5 (5.2), Cell Identity
	 * List (5.17) of two cells by LAC and CI (discriminator 1): LAC 1 CI 2, LAC 1 CI 3 */
	expect_ok(W_BSSLAP, "02 09 1234 01 05 1c 0a 01 0001 0002 01 0001 0003",
		  "\"message\":\"TA RESPONSE\",\"ies\":[{\"iei\":9,\"name\":\"Cell Identity\","
		  "\"value\":\"1234\",\"decoded\":{\"cellIdentity\":4660,\"hex\":\"1234\"}},"
		  "{\"iei\":1,\"name\":\"Timing Advance\",\"value\":\"05\",\"decoded\":"
		  "{\"timingAdvance\":5,\"hex\":\"05\"}},{\"iei\":28,\"name\":\"Cell Identity List\"",
		  "\"cells\":[{\"discriminator\":\"LAC and CI\",\"lac\":1,\"ci\":2,\"hex\":\"0100010002\"},"
		  "{\"discriminator\":\"LAC and CI\",\"lac\":1,\"ci\":3,\"hex\":\"0100010003\"}]", NULL);
	/* a CGI entry (discriminator 0: MCC 262, MNC 01, LAC 1, CI 3) after a LAC and CI one;
	 * not checked with tshark, which reads the discriminator of the first entry for all */
	expect_ok(W_BSSLAP, "02 09 1234 01 05 1c 0d 01 0001 0002 00 62f210 0001 0003",
		  "{\"discriminator\":\"whole cell global identification (CGI)\",\"cgi\":"
		  "{\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":1,\"ci\":3,",
		  NULL);
	/* 4.2.5 REJECT, Cause 2 (5.14) */
	expect_ok(W_BSSLAP, "0a 18 02", "\"message\":\"REJECT\"",
		  "{\"causeValue\":2,\"cause\":\"Positioning procedure not supported\",\"hex\":\"02\"}",
		  NULL);
	/* 4.2.6 RESET: Cell Identity, TA, Channel Description (5.8 = TS 44.018 10.5.2.5: TCH/F,
	 * timeslot 1, TSC 7, no hopping, ARFCN 124), Cause 4, Channel Mode (5.26: speech version
	 * 1), Cipher Mode Setting (5.25: 03, bits 4-1 as in TS 44.018 10.5.2.9: SC 1, A5/2;
	 * tshark reads the SC bit in bit 5 of the octet and shows "no ciphering") */
	expect_ok(W_BSSLAP, "0b 09 1234 01 05 10 09e07c 18 04 27 01 26 03",
		  "\"message\":\"RESET\"",
		  "\"decoded\":{\"channelTypeCode\":1,\"channelType\":\"TCH/F + ACCHs\",\"timeslot\":1,"
		  "\"trainingSequenceCode\":7,\"hopping\":false,\"arfcn\":124,\"hex\":\"09e07c\"}",
		  "{\"causeValue\":4,\"cause\":\"Intra-BSS handover\",\"hex\":\"04\"}",
		  "{\"modeCode\":1,\"mode\":\"speech full rate or half rate version 1 (GSM FR or GSM HR)\"",
		  "{\"startCiphering\":true,\"algorithm\":\"A5/2\",\"hex\":\"03\"}", NULL);
	/* the Location Area Code (5.19, TLV) of two octets; tshark 4.0 reads one octet (masked
	 * with 0x3f) and loses the elements after it, so this vector is not compared */
	expect_ok(W_BSSLAP, "0b 09 1234 01 05 10 09e07c 18 04 1e 02 0102",
		  "{\"iei\":30,\"name\":\"Location Area Code\",\"value\":\"0102\",\"decoded\":"
		  "{\"lac\":258,\"hex\":\"0102\"}}", NULL);
	/* 4.2.7 ABORT, Cause 5 */
	expect_ok(W_BSSLAP, "0c 18 05", "\"message\":\"ABORT\"",
		  "\"cause\":\"Supervision Timer Expired\"", NULL);
	/* 4.2.8 TA LAYER3, TA 63 */
	expect_ok(W_BSSLAP, "0d 01 3f", "\"message\":\"TA LAYER3\"", "{\"timingAdvance\":63,", NULL);
	/* 4.2.9 MS POSITION COMMAND: RRLP Flag 0 (5.15), RRLP IE (5.16, two length octets) */
	expect_ok(W_BSSLAP, "0f 19 00 1b 0004 " RRLP_MSR_REQ,
		  "\"message\":\"MS POSITION COMMAND\"",
		  "{\"flag\":0,\"meaning\":\"Position Command (SMLC to BSC) or final response (BSC to "
		  "SMLC)\",\"hex\":\"00\"}",
		  "{\"iei\":27,\"name\":\"RRLP IE\",\"value\":\"200128c8\",\"decoded\":{\"type\":\"PDU\","
		  "\"value\":{\"referenceNumber\":1,", NULL);
	/* 4.2.10 MS POSITION RESPONSE: RRLP Flag, RRLP IE, Timing Advance 7 */
	expect_ok(W_BSSLAP, "10 19 00 1b 000d " RRLP_MSR_RSP " 01 07",
		  "\"message\":\"MS POSITION RESPONSE\"", "\"refFrame\":1000",
		  "{\"timingAdvance\":7,\"hex\":\"07\"}", NULL);
	/* RRLP Flag 1 (bit 1; not checked with tshark) */
	expect_ok(W_BSSLAP, "10 19 01 1b 0002 " RRLP_PROTOCOL_ERROR,
		  "{\"flag\":1,\"meaning\":\"Not a Positioning Command or final response\"", NULL);
	/* 4.2.11 U-TDOA REQUEST: Delta Timer 10 (5.22), Polling Repetition 5 (5.28) */
	expect_ok(W_BSSLAP, "11 23 0a 29 05", "\"message\":\"U-TDOA REQUEST\"",
		  "{\"timerValue\":10,\"hex\":\"0a\"}", "{\"pollingRepetitions\":5,\"hex\":\"05\"}",
		  NULL);
	/* 4.2.12 U-TDOA RESPONSE: Channel Description, Serving Cell Identifier (5.23, a TS 48.008
	 * Cell Identifier: LAC 1, CI 2), MS Power 5 (5.21) */
	expect_ok(W_BSSLAP, "12 10 09e07c 24 05 01 0001 0002 22 05",
		  "\"message\":\"U-TDOA RESPONSE\"",
		  "{\"iei\":36,\"name\":\"Serving Cell Identifier\",\"value\":\"0100010002\",\"decoded\":"
		  "{\"discriminator\":\"LAC and CI\",\"lac\":1,\"ci\":2,\"hex\":\"0100010002\"}}",
		  "{\"msPower\":5,\"hex\":\"05\"}", NULL);
	/* TA LAYER3 with a Measurement Report (5.12: TS 44.018 10.5.2.20 Measurement Results):
	 * BA-USED 1, DTX not used, RXLEV-FULL 40, 3G-BA-USED 0, valid, RXLEV-SUB 38, SI23_BA_USED
	 * 0, RXQUAL-FULL 2, RXQUAL-SUB 1, NO-NCELL-M 2: RXLEV 30, BCCH-FREQ 3, BSIC 21; RXLEV 20,
	 * BCCH-FREQ 5, BSIC 63; the four other places zero */
	expect_ok(W_BSSLAP, "0d 01 05 14 10 a826229e1aaa17f00000000000000000",
		  "{\"iei\":20,\"name\":\"Measurement Report\",\"value\":"
		  "\"a826229e1aaa17f00000000000000000\",\"decoded\":{\"baUsed\":1,\"dtxUsed\":false,"
		  "\"rxlevFullServingCell\":40,\"baUsed3g\":0,\"measValid\":true,"
		  "\"rxlevSubServingCell\":38,\"si23BaUsed\":0,\"rxqualFullServingCell\":2,"
		  "\"rxqualSubServingCell\":1,\"noNcellM\":2,\"neighbourCells\":[{\"rxlevNcell\":30,"
		  "\"bcchFreqNcell\":3,\"bsicNcell\":21},{\"rxlevNcell\":20,\"bcchFreqNcell\":5,"
		  "\"bsicNcell\":63}],\"hex\":", NULL);
	/* NO-NCELL-M 7: no neighbour cell information (not checked with tshark) */
	expect_ok(W_BSSLAP, "0d 01 05 14 10 a82623c0000000000000000000000000",
		  "\"noNcellM\":7,\"neighbourCells\":\"neighbour cell information not available for "
		  "serving cell\"", NULL);
	/* a Measurement Report of 2 octets */
	expect(W_BSSLAP, "0d 01 05 14 02 aabb",
	       "\"reason\":\"truncated: a Measurement Results has 16 octets, 2 present\"", NULL);
	/* elements kept in hex: Encryption Key (5.24), TLLI (5.30) */
	expect_ok(W_BSSLAP, "12 10 09e07c 24 05 01 0001 0002 25 0102030405060708 2b 01020304",
		  "{\"iei\":37,\"name\":\"Encryption Key\",\"value\":\"0102030405060708\"",
		  "{\"iei\":43,\"name\":\"TLLI\",\"value\":\"01020304\"", NULL);
}
END_TEST

/*
 * Whole BSSAP messages: BSSMAP (discrimination 00, length) CONNECTION ORIENTED INFORMATION
 * (0x2a) with an APDU (0x49, two length octets, protocol identifier then the message), the
 * path MAP and BSSMAP-LE take.  tshark ("gsm_a_bssmap" from the message type) follows the
 * APDU into BSSLAP and RRLP with the values expected here.
 */
START_TEST(test_bssmap_apdu)
{
	expect_ok(W_BSSAP, "00 0f 2a 49 000b 01 0f 19 00 1b 0004 " RRLP_MSR_REQ,
		  "\"message\":\"CONN ORIENT INFO\",\"ies\":[{\"iei\":73,\"name\":\"APDU\",\"value\":"
		  "\"010f19001b0004200128c8\",\"decoded\":{\"protocolId\":\"BSSLAP\",\"embeddedMessage\":"
		  "\"0f19001b0004200128c8\",\"bsslap\":{\"messageType\":15,\"message\":"
		  "\"MS POSITION COMMAND\"",
		  "\"methodType\":{\"msBased\":20},\"positionMethod\":\"gps\"", NULL);
	expect_ok(W_BSSAP, "00 08 2a 49 0004 01 0a 18 00",
		  "\"bsslap\":{\"messageType\":10,\"message\":\"REJECT\",\"ies\":[{\"iei\":24,\"name\":"
		  "\"Cause\",\"value\":\"00\",\"decoded\":{\"causeValue\":0,\"cause\":\"Congestion\"",
		  NULL);
	/* LLP (protocol 2): the TS 24.007 header, TI 0, PD 12 (location services), message type
	 * 0x3a; SMLCPP (protocol 3): the message type and the body (tshark shows both as data) */
	expect_ok(W_BSSAP, "00 09 2a 49 0005 02 0c 3a 01 02",
		  "\"llp\":{\"protocolDiscriminator\":12,\"tiFlag\":0,\"transactionId\":0,"
		  "\"messageType\":58,\"body\":\"0102\",\"hex\":\"0c3a0102\"}", NULL);
	expect_ok(W_BSSAP, "00 07 2a 49 0003 03 05 aa",
		  "\"smlcpp\":{\"messageType\":5,\"body\":\"aa\",\"hex\":\"05aa\"}", NULL);
	/* a reserved protocol identifier: the embedded message in hex only */
	expect_ok(W_BSSAP, "00 06 2a 49 0002 04 05",
		  "{\"protocolId\":\"reserved (4)\",\"embeddedMessage\":\"05\",\"hex\":\"0405\"}", NULL);
}
END_TEST

START_TEST(test_malformed)
{
	enum which w = W_BSSLAP;

	tu_expect_empty_error(emit, &w, "truncated: a BSSLAP message type has 1 octet");
	w = W_RRLP;
	tu_expect_empty_error(emit, &w, "empty: a complete PER encoding of PDU");
	w = W_LLP;
	tu_expect_empty_error(emit, &w, "truncated: an LLP message header has 2 octets");
	w = W_SMLCPP;
	tu_expect_empty_error(emit, &w, "truncated: an SMLCPP message type has 1 octet");
	/* a reserved message type (0, and 4, used by an earlier version) */
	expect(W_BSSLAP, "00", "\"message\":\"reserved (0)\"",
	       "\"error\":{\"offset\":0,\"reason\":\"reserved BSSLAP message type 0x00\"}", NULL);
	expect(W_BSSLAP, "04 01 05", "\"message\":\"reserved (4)\"", "\"timingAdvance\":5", NULL);
	/* an unknown element identifier (0x08, reserved): the rest cannot be delimited */
	expect(W_BSSLAP, "0d 01 05 08 01",
	       "\"error\":{\"offset\":3,\"reason\":\"unknown element identifier 0x08: the rest of "
	       "the message cannot be delimited\"}", NULL);
	/* a TV element cut short, a TLV length past the end, an RRLP IE without its length */
	expect(W_BSSLAP, "02 09 12",
	       "\"error\":{\"offset\":1,\"reason\":\"the Cell Identity element has 2 value octets, 1 "
	       "follow\"}", NULL);
	expect(W_BSSLAP, "0d 01 05 1c 07 01 0001",
	       "\"error\":{\"offset\":3,\"reason\":\"the Cell Identity List element has 7 value "
	       "octets, 3 follow\"}", NULL);
	expect(W_BSSLAP, "0f 19 00 1b 00",
	       "\"error\":{\"offset\":5,\"reason\":\"truncated: the RRLP IE element has no length\"}",
	       NULL);
	/* missing mandatory elements (clause 4) */
	expect(W_BSSLAP, "02 01 05",
	       "\"error\":{\"offset\":3,\"reason\":\"the TA RESPONSE lacks its mandatory Cell "
	       "Identity element\"}", NULL);
	expect(W_BSSLAP, "0f 19 00",
	       "\"error\":{\"offset\":3,\"reason\":\"the MS POSITION COMMAND lacks its mandatory "
	       "RRLP IE element\"}", NULL);
	/* a wrong TLV length inside: a LAC of one octet, a reserved Cell Identity List
	 * discriminator, a CGI cut short; a reserved cause */
	expect(W_BSSLAP, "0d 01 05 1e 01 01",
	       "{\"hex\":\"01\",\"error\":{\"offset\":1,\"reason\":\"truncated: a Location Area Code "
	       "has 2 octets, 1 present\"}}", NULL);
	expect(W_BSSLAP, "0d 01 05 1c 03 05 0102",
	       "{\"cells\":[{\"discriminator\":\"reserved (5)\",\"identification\":\"0102\"}],"
	       "\"hex\":\"050102\",\"error\":{\"offset\":0,\"reason\":\"reserved cell identification "
	       "discriminator 5\"}}", NULL);
	expect(W_BSSLAP, "0d 01 05 1c 04 00 62f210",
	       "\"reason\":\"truncated: a cell identification of discriminator 0 has 7 octets, 3 "
	       "present\"", NULL);
	expect(W_BSSLAP, "0a 18 7f", "{\"causeValue\":127,\"cause\":\"reserved (127)\"", NULL);
	/* an RRLP IE whose PDU is not complete; an RRLP PDU with an octet after it */
	expect(W_BSSLAP, "0f 19 00 1b 0002 2001",
	       "\"decoded\":{\"type\":\"PDU\",\"hex\":\"2001\",\"error\":{\"offset\":", NULL);
	expect(W_RRLP, RRLP_MSR_REQ "00",
	       "\"error\":{\"offset\":4,\"reason\":\"1 octet after the PDU\"}", NULL);
	/* LLP with another protocol discriminator */
	expect(W_LLP, "05 3a",
	       "\"error\":{\"offset\":0,\"reason\":\"protocol discriminator 5, LLP has 12 (location "
	       "services)\"}", NULL);
	/* an APDU without its protocol identifier */
	expect(W_BSSAP, "00 04 2a 49 0000", "\"reason\":\"truncated: an APDU has 1 octet", NULL);
}
END_TEST

START_TEST(test_robust)
{
	robust(W_RRLP, RRLP_MSR_REQ, 1);
	robust(W_RRLP, RRLP_MSR_RSP, 1);
	robust(W_BSSLAP, "0f 19 00 1b 0004 " RRLP_MSR_REQ, 1);
	robust(W_BSSLAP, "10 19 00 1b 000d " RRLP_MSR_RSP " 01 07", 0);
	robust(W_BSSLAP, "02 09 1234 01 05 1c 0d 01 0001 0002 00 62f210 0001 0003", 0);
	robust(W_BSSLAP, "0b 09 1234 01 05 10 09e07c 18 04 1e 02 0102 27 01 26 03 28 02 2000", 0);
	robust(W_BSSLAP, "12 10 09e07c 24 05 01 0001 0002 22 05 21 03 8e 00 01", 0);
	robust(W_BSSAP, "00 0f 2a 49 000b 01 0f 19 00 1b 0004 " RRLP_MSR_REQ, 1);
	robust(W_BSSLAP, "0d 01 05 14 10 a826229e1aaa17f00000000000000000", 0);
	robust(W_LLP, "0c 3a 01 02", 0);
	robust(W_SMLCPP, "05 aa", 0);
}
END_TEST

Suite *tu_suite_lcs_apdu(void)
{
	Suite *s = suite_create("lcs_apdu");
	TCase *tc = tcase_create("lcs_apdu");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_rrlp);
	tcase_add_test(tc, test_bsslap_messages);
	tcase_add_test(tc, test_bssmap_apdu);
	tcase_add_test(tc, test_malformed);
	tcase_add_test(tc, test_robust);
	suite_add_tcase(s, tc);
	return s;
}
