/*
 * lpp.c: LPP messages (TS 37.355), alone and as NAS carries them (the generic message
 * container of an EPS DOWNLINK GENERIC NAS TRANSPORT, TS 24.301 8.2.31, and the payload
 * container of a 5GS UL NAS TRANSPORT, TS 24.501 8.2.10).
 *
 * The LPP vectors are built by hand from the ASN.1 of TS 37.355 clause 6 (asn1/lpp/), bit by
 * bit as the comments say (X.691 unaligned PER: a SEQUENCE's extension bit then one presence
 * bit per OPTIONAL component, a CHOICE index in the fewest bits, a constrained INTEGER as
 * value - lower bound in the fewest bits, zero bits to the octet at the end).  Each was
 * dissected by tshark 4.0.17 (a pcap with DLT 147 mapped to "lpp", and for the NAS messages
 * to "nas-eps" and "nas-5gs"), which shows the same values, except where a comment says
 * otherwise.  BIT STRINGs show their bits by number ("set"), as for RRC: the names of the
 * bits (posModes 0 standalone, 1 ue-based, 2 ue-assisted) are not in asn1c's tables.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "eps_nas.h"
#include "lpp.h"
#include "nas_5gs.h"

Suite *tu_suite_lpp(void);

enum which { W_LPP, W_EPS_NAS, W_5GS_NAS };

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	switch (*(const enum which *)arg) {
	case W_LPP:
		tk_emit_lpp(e, p, n);
		break;
	case W_EPS_NAS:
		tk_emit_eps_nas(e, p, n);
		break;
	case W_5GS_NAS:
		tk_emit_5gs_nas(e, p, n);
		break;
	}
}

/* the JSON of hex holds each needle (to a NULL) */
static void expect(enum which w, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	tu_vexpect_all(emit, &w, hex, 0, ap);
	va_end(ap);
}

/* ... and has no "error" anywhere */
static void expect_ok(enum which w, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	tu_vexpect_all(emit, &w, hex, 1, ap);
	va_end(ap);
}

/*
 * The LPP-Message header (6.2) of the vectors: presence bits of transactionID, sequenceNumber,
 * acknowledgement, lpp-MessageBody 1001; LPP-TransactionID extension bit 0, Initiator
 * extension bit 0 and locationServer 0 (targetDevice 1), transactionNumber in 8 bits;
 * endTransaction; LPP-MessageBody c1 (0 of 2) and the message's index in c1 (4 bits); the
 * message's criticalExtensions c1 (0 of 2) and its -r9 alternative (00 of 4).
 */

/*
 * RequestCapabilities (6.3.1), server to UE, transaction 1: header 1001 0 0 0 00000001 0 0
 * 0000 0 00; RequestCapabilities-r9-IEs extension bit 0, presence 01100 (a-gnss and otdoa);
 * A-GNSS-RequestCapabilities extension bit 0, gnss-SupportListReq 1,
 * assistanceDataSupportListReq 1, locationVelocityTypesReq 0; OTDOA-RequestCapabilities
 * extension bit 0; 35 bits: 1001 0000 0000 0010 0000 0000 0011 0001 1000 0000
 */
#define REQ_CAPS "9002003180"

/*
 * ProvideCapabilities (6.3.2), UE to server, transaction 1 (locationServer), endTransaction 1,
 * c1 index 0001; ProvideCapabilities-r9-IEs 0 01100 (a-gnss, otdoa);
 * A-GNSS-ProvideCapabilities 0 1000 (gnss-SupportList only); GNSS-SupportList of 1 element
 * (length - 1 in 4 bits: 0000); GNSS-SupportElement extension bit 0, sbas-IDs and
 * fta-MeasSupport absent 00; GNSS-ID 0, gnss-id 0 000 (gps); agnss-Modes 0, posModes of
 * length 3 (010) 111 (standalone, ue-based, ue-assisted); GNSS-SignalIDs 0, gnss-SignalIDs
 * 10000000 (GPS L1 C/A); adr-Support 0, velocityMeasurementSupport 0;
 * OTDOA-ProvideCapabilities 0, otdoa-Mode of length 1 (000) 1 (ue-assisted); 70 bits.
 */
#define PROV_CAPS "9003083100005d0004"

/*
 * RequestLocationInformation (6.3.5), transaction 2, c1 index 0100; -r9-IEs 0 10000
 * (commonIEsRequestLocationInformation); CommonIEsRequestLocationInformation 0 0001000 (qos
 * only); locationInformationType 0 00 (locationEstimateRequired); QoS 0, horizontalAccuracy
 * present 1, verticalAccuracy absent 0, responseTime present 1; HorizontalAccuracy 0,
 * accuracy 20 (0010100), confidence 68 (1000100); verticalCoordinateRequest 0; ResponseTime
 * 0, time 8 (8 - 1 in 7 bits: 0000111); velocityRequest 0; 70 bits.  tshark: accuracy
 * 57.274999 m, confidence 68 %, time 8 s.
 */
#define REQ_LOC "900420402028a44038"

/*
 * ProvideLocationInformation (6.3.6), transaction 2, endTransaction 1, c1 index 0101; -r9-IEs
 * 0 10000; CommonIEsProvideLocationInformation 0 100 (locationEstimate only);
 * LocationCoordinates extension bit 0, ellipsoidPointWithUncertaintyCircle (001 of 7);
 * latitudeSign north 0, degreesLatitude 4473924 (23 bits: 48 degrees), degreesLongitude
 * 512637 (24 bits of 512637 + 8388608: 11 degrees), uncertainty 10 (7 bits); 93 bits.
 * tshark: 48.000003 and 10.999997 degrees (it shows the middle of the code's interval,
 * location.c the lower bound, as for RRLP and MAP), 15.937425 m.
 */
#define PROV_LOC "90052841051111121f49f450"

/*
 * Abort (6.3.9) from the UE: transaction 3 of targetDevice (initiator bit 1), endTransaction
 * 1, c1 index 0110; Abort-r9-IEs 0 1 (commonIEsAbort); abortCause extension bit 0,
 * targetDeviceAbort (10 of 4); 29 bits.
 */
#define ABORT "92073050"

/*
 * Error (6.3.10) with no transaction: presence bits 0001, endTransaction 1, c1 index 0111;
 * Error alternative error-r9 (0 of 2); Error-r9-IEs 0 1 (commonIEsError); errorCause extension
 * bit 0, lppMessageHeaderError (001 of 5); 17 bits.
 */
#define ERROR "19c880"

START_TEST(test_messages)
{
	expect_ok(W_LPP, REQ_CAPS,
		  "{\"type\":\"LPP-Message\",\"value\":{\"transactionID\":{\"initiator\":"
		  "\"locationServer\",\"transactionNumber\":1},\"endTransaction\":false,"
		  "\"lpp-MessageBody\":{\"c1\":{\"requestCapabilities\":{\"criticalExtensions\":"
		  "{\"c1\":{\"requestCapabilities-r9\":{\"a-gnss-RequestCapabilities\":"
		  "{\"gnss-SupportListReq\":true,\"assistanceDataSupportListReq\":true,"
		  "\"locationVelocityTypesReq\":false},\"otdoa-RequestCapabilities\":{}}}}}}}},"
		  "\"hex\":\"9002003180\"}", NULL);
	expect_ok(W_LPP, PROV_CAPS,
		  "\"endTransaction\":true,\"lpp-MessageBody\":{\"c1\":{\"provideCapabilities\":",
		  "\"a-gnss-ProvideCapabilities\":{\"gnss-SupportList\":[{\"gnss-ID\":{\"gnss-id\":"
		  "\"gps\"},\"agnss-Modes\":{\"posModes\":{\"set\":[0,1,2],\"length\":3,"
		  "\"value\":7,\"hex\":\"e0\"}},\"gnss-Signals\":{\"gnss-SignalIDs\":{\"set\":[0],"
		  "\"length\":8,\"value\":128,\"hex\":\"80\"}},",
		  "\"adr-Support\":false,\"velocityMeasurementSupport\":false}]},"
		  "\"otdoa-ProvideCapabilities\":{\"otdoa-Mode\":{\"set\":[0],\"length\":1,"
		  "\"value\":1,\"hex\":\"80\"}}", NULL);
	expect_ok(W_LPP, REQ_LOC,
		  "\"transactionNumber\":2},\"endTransaction\":false,\"lpp-MessageBody\":{\"c1\":"
		  "{\"requestLocationInformation\":{\"criticalExtensions\":{\"c1\":"
		  "{\"requestLocationInformation-r9\":{\"commonIEsRequestLocationInformation\":"
		  "{\"locationInformationType\":\"locationEstimateRequired\",\"qos\":"
		  "{\"horizontalAccuracy\":{\"accuracy\":20,\"confidence\":68},"
		  "\"verticalCoordinateRequest\":false,\"responseTime\":{\"time\":8},"
		  "\"velocityRequest\":false}}}}}}}", NULL);
	/* the TS 23.032 reading: the RRLP vector of check_lcs_apdu.c has the same point */
	expect_ok(W_LPP, PROV_LOC,
		  "{\"provideLocationInformation-r9\":{\"commonIEsProvideLocationInformation\":"
		  "{\"locationEstimate\":{\"ellipsoidPointWithUncertaintyCircle\":{\"latitudeSign\":"
		  "\"north\",\"degreesLatitude\":4473924,\"degreesLongitude\":512637,\"uncertainty\":10,"
		  "\"gad\":{\"shape\":\"ellipsoid point with uncertainty circle\","
		  "\"latitude\":47.999997,\"longitude\":10.999996,\"uncertainty\":15.937,"
		  "\"hex\":\"1044444407d27d0a\"}}}}}", NULL);
	expect_ok(W_LPP, ABORT,
		  "\"transactionID\":{\"initiator\":\"targetDevice\",\"transactionNumber\":3},"
		  "\"endTransaction\":true,\"lpp-MessageBody\":{\"c1\":{\"abort\":{\"criticalExtensions\":"
		  "{\"c1\":{\"abort-r9\":{\"commonIEsAbort\":{\"abortCause\":\"targetDeviceAbort\"}}}}}}}",
		  NULL);
	/* (expect, not expect_ok: the message's "error" alternative is a key of the value; the
	 * whole object is matched, so there is no "error" object after "hex") */
	expect(W_LPP, ERROR,
		  "{\"type\":\"LPP-Message\",\"value\":{\"endTransaction\":true,\"lpp-MessageBody\":"
		  "{\"c1\":{\"error\":{\"error-r9\":{\"commonIEsError\":{\"errorCause\":"
		  "\"lppMessageHeaderError\"}}}}}},\"hex\":\"19c880\"}", NULL);
}
END_TEST

/*
 * The other location shapes that lpp.c reads as TS 23.032 (tshark agrees: south 48.000003,
 * -10.999997 degrees; depth 100 m):
 * ProvideLocationInformation as above with ellipsoidPoint (000): latitudeSign south 1,
 * degreesLatitude 4473924, degreesLongitude -512637 (24 bits of -512637 + 8388608); and with
 * ellipsoidPointWithAltitude (100): north, 4473924, 512637, altitudeDirection depth 1,
 * altitude 100 (15 bits).
 */
START_TEST(test_shapes)
{
	expect_ok(W_LPP, "9005284103111111e0b60c",
		  "{\"ellipsoidPoint\":{\"latitudeSign\":\"south\",\"degreesLatitude\":4473924,"
		  "\"degreesLongitude\":-512637,\"gad\":{\"shape\":\"ellipsoid point\","
		  "\"latitude\":-47.999997,\"longitude\":-10.999996,\"hex\":\"00c44444f82d83\"}}",
		  NULL);
	expect_ok(W_LPP, "90052841111111121f49f60190",
		  "{\"ellipsoidPointWithAltitude\":{\"latitudeSign\":\"north\","
		  "\"degreesLatitude\":4473924,\"degreesLongitude\":512637,\"altitudeDirection\":"
		  "\"depth\",\"altitude\":100,\"gad\":{\"shape\":\"ellipsoid point with altitude\","
		  "\"latitude\":47.999997,\"longitude\":10.999996,\"altitude\":-100,"
		  "\"hex\":\"8044444407d27d8064\"}}",
		  NULL);
}
END_TEST

/*
 * LPP in NAS.  EPS: DOWNLINK GENERIC NAS TRANSPORT (TS 24.301 8.2.31): 07 (EMM, plain), 68,
 * generic message container type 01 (LPP, 9.9.3.42), generic message container 0005 +
 * REQ_CAPS.  5GS: UL NAS TRANSPORT (TS 24.501 8.2.10): 7e 00 67, payload container type 03
 * (LPP, 9.11.3.40) with a spare half octet, payload container 000c + PROV_LOC.  tshark
 * ("nas-eps", "nas-5gs") hands both containers to its LPP dissector, with the values above.
 */
START_TEST(test_nas)
{
	expect_ok(W_EPS_NAS, "07 68 01 0005 " REQ_CAPS,
		  "\"message\":\"DOWNLINK GENERIC NAS TRANSPORT\",\"genericMessageContainerTypeValue\":1,"
		  "\"genericMessageContainerType\":\"LTE Positioning Protocol (LPP) message container\","
		  "\"genericMessageContainer\":\"9002003180\",\"lpp\":{\"type\":\"LPP-Message\","
		  "\"value\":{\"transactionID\":{\"initiator\":\"locationServer\",", NULL);
	expect_ok(W_5GS_NAS, "7e 00 67 03 000c " PROV_LOC,
		  "\"message\":\"UL NAS TRANSPORT\",\"payloadContainerTypeValue\":3,"
		  "\"payloadContainerType\":\"LTE Positioning Protocol (LPP) message container\","
		  "\"payloadContainer\":\"90052841051111121f49f450\",\"lpp\":{\"type\":\"LPP-Message\",",
		  "\"gad\":{\"shape\":\"ellipsoid point with uncertainty circle\",", NULL);
	/* another container type stays in hex alone */
	expect_ok(W_EPS_NAS, "07 68 02 0005 " REQ_CAPS, "\"genericMessageContainer\":\"9002003180\"",
		  NULL);
	/* a container that is not an LPP message: the error is the LPP object's, the NAS message
	 * and its hex stay */
	expect(W_EPS_NAS, "07 68 01 0002 9002",
	       "\"genericMessageContainer\":\"9002\",\"lpp\":{\"type\":\"LPP-Message\",\"hex\":"
	       "\"9002\",\"error\":{\"offset\":", NULL);
}
END_TEST

START_TEST(test_malformed)
{
	/* no octets at all */
	tu_expect_empty_error(emit, &(enum which){ W_LPP }, "empty: a complete PER encoding");
	/* truncated: REQ_CAPS without its last octet (the OTDOA extension bit and the
	 * locationVelocityTypesReq are missing) */
	expect(W_LPP, "90020031",
	       "{\"type\":\"LPP-Message\",\"hex\":\"90020031\",\"error\":{\"offset\":", NULL);
	/* an octet after the message */
	expect(W_LPP, REQ_CAPS "00", "\"error\":{\"offset\":5,\"reason\":\"1 octet after the "
	       "LPP-Message\"}", NULL);
	/* c1 index 8 (spare7, NULL): a valid encoding of a reserved alternative */
	expect_ok(W_LPP, "1a00", "\"lpp-MessageBody\":{\"c1\":{\"spare7\":null}}", NULL);
	/* messageClassExtension (index 1 of LPP-MessageBody, after 0001 and endTransaction 1): an
	 * empty SEQUENCE */
	expect_ok(W_LPP, "1c", "\"lpp-MessageBody\":{\"messageClassExtension\":{}}", NULL);
	/* the extension bit of RequestCapabilities-r9-IEs set (octet 4: 31 -> b1) with no
	 * extension: the normally small length of the extension bitmap is missing after bit 35
	 * (tshark: "Malformed Packet") */
	expect(W_LPP, "900200b180", "\"error\":{\"offset\":4,\"reason\":\"not a complete "
	       "LPP-Message: PER decoding stopped at bit 35 of 40\"}", NULL);
	/* LocationCoordinates with its extension bit set and an unknown extension alternative
	 * (normally small number 0 111111: 63, then an open type of length 00000000): tshark
	 * notes "Choice no. 63 in extension" and stops there; asn1c 0.9.28's CHOICE decoder has
	 * no way to skip an unknown alternative, so the message is an error at that point, its
	 * hex kept (a limitation of the generated code, as for the RRC decoders) */
	expect(W_LPP, "900528412fc000", "{\"type\":\"LPP-Message\",\"hex\":\"900528412fc000\","
	       "\"error\":{\"offset\":5,\"reason\":\"not a complete LPP-Message: PER decoding "
	       "stopped at bit 42 of 56\"}}", NULL);
	/* one zero octet: no transaction, endTransaction false, no body */
	expect_ok(W_LPP, "00", "{\"type\":\"LPP-Message\",\"value\":{\"endTransaction\":false},"
		  "\"hex\":\"00\"}", NULL);
}
END_TEST

START_TEST(test_robust)
{
	tu_robust_tmpl(emit, &(enum which){ W_LPP }, REQ_CAPS, 1);
	tu_robust_tmpl(emit, &(enum which){ W_LPP }, PROV_CAPS, 1);
	tu_robust_tmpl(emit, &(enum which){ W_LPP }, REQ_LOC, 1);
	tu_robust_tmpl(emit, &(enum which){ W_LPP }, PROV_LOC, 1);
	tu_robust_tmpl(emit, &(enum which){ W_LPP }, ABORT, 1);
	tu_robust_tmpl(emit, &(enum which){ W_LPP }, ERROR, 1);
	tu_robust_tmpl(emit, &(enum which){ W_EPS_NAS }, "07 68 01 0005 " REQ_CAPS, 1);
	tu_robust_tmpl(emit, &(enum which){ W_5GS_NAS }, "7e 00 67 03 000c " PROV_LOC, 1);
}
END_TEST

Suite *tu_suite_lpp(void)
{
	Suite *s = suite_create("lpp");
	TCase *tc = tcase_create("lpp");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_messages);
	tcase_add_test(tc, test_shapes);
	tcase_add_test(tc, test_nas);
	tcase_add_test(tc, test_malformed);
	tcase_add_test(tc, test_robust);
	suite_add_tcase(s, tc);
	return s;
}
