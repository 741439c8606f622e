/*
 * What TS 29.002 ExternalSignalInfo carries (signal_info.c: ISUP parameters, DSS1 and
 * TS 24.008 information elements, BSSAP) and BER of unknown types (ber_tree.c), from
 * vectors built by hand from Q.763, Q.931, TS 24.008 and X.690.  Each vector's comment
 * derives its octets.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "ber_tree.h"
#include "isup.h"
#include "print.h"
#include "signal_info.h"

Suite *tu_suite_signal(void);

/* ---- rendering ------------------------------------------------------------------------------ */

enum dec { D_ISUP, D_0408, D_0806, D_BSSMAP, D_DSS1, D_BER };

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	switch (*(const enum dec *)arg) {
	case D_ISUP: tk_emit_signal_info(e, TK_SIG_EXT_ETS_300356, p, n); break;
	case D_0408: tk_emit_signal_info(e, TK_SIG_GSM_0408, p, n); break;
	case D_0806: tk_emit_signal_info(e, TK_SIG_GSM_0806, p, n); break;
	case D_BSSMAP: tk_emit_signal_info(e, TK_SIG_GSM_BSSMAP, p, n); break;
	case D_DSS1: tk_emit_signal_info(e, TK_SIG_ETS_300102_1, p, n); break;
	case D_BER: tk_emit_ber_tree(e, p, n); break;
	}
}

/* the value as one JSON object, from an exact-size heap copy, as a malloc'd string */
static char *render(enum dec d, const uint8_t *p, size_t n)
{
	char *s = tu_render(emit, &d, p, n, 0);

	tu_assert_one_object(s);
	return s;
}

/* decode tmpl: one object with "hex" and each needle (NULL-terminated list) in it */
static void expect(enum dec d, const char *tmpl, ...)
{
	va_list ap;

	va_start(ap, tmpl);
	tu_vexpect(emit, &d, tmpl, 0, ap);
	va_end(ap);
}

/* every truncation of tmpl (one element) decodes to one object with an error, and no over-read */
static void expect_truncations_fail(enum dec d, const char *tmpl)
{
	uint8_t buf[1024];
	size_t n = tu_ber(tmpl, buf, sizeof(buf)), k;

	for (k = 0; k < n; k++) {
		char *s = render(d, buf, k);
		if (k > 0)
			tu_assert_has(s, "\"error\":{\"offset\":");
		free(s);
	}
}

/* ---- ISUP parameters (ets-300356) ------------------------------------------------------------ */

/*
 * SRI_Invalid_MSISDN11.pcap frame 1, additionalSignalInfo: Q.763 parameter 0x0a (calling
 * party number), length 8: 84 = odd, nature 4 (international); 13 = NI 0, NPI 1 (E.164),
 * APRI 0 (allowed), screening 3 (network provided); digits 21 76 43 78 29 08 read low
 * nibble first: 1 2 6 7 3 4 8 7 9 2 8 (odd: the last high nibble is filler).
 */
#define ISUP_CGPN "0a 08 8413217643782908"

START_TEST(test_isup_calling_number)
{
	expect(D_ISUP, ISUP_CGPN,
	       "\"code\":10,\"name\":\"calling party number\"",
	       "\"nature\":\"international number\"", "\"digits\":\"12673487928\"",
	       "\"screening\":\"network provided\"", "\"hex\":\"0a088413217643782908\"", NULL);
}
END_TEST

/*
 * Several parameters: called party number 04 len 4 (03 = even, nature 3 national; 10 =
 * INN 0, NPI 1; digits 21 43 -> 1234), cause indicators 12 len 2 (80 = ITU-T, location
 * user; 90 = cause 16 normal call clearing), an unknown code 0x99 len 1, then 00: end of
 * optional parameters.
 */
START_TEST(test_isup_several)
{
	expect(D_ISUP, "04 04 03102143 12 02 8090 99 01 ab 00",
	       "\"name\":\"called party number\"", "\"digits\":\"1234\"",
	       "\"name\":\"cause indicators\"", "\"causeValue\":16",
	       "\"code\":153,\"name\":\"unknown parameter (153)\",\"value\":\"ab\"", NULL);
	/* octets after the end of optional parameters are reported */
	expect(D_ISUP, ISUP_CGPN " 00 ff", "\"digits\":\"12673487928\"",
	       "\"error\":{\"offset\":11,\"reason\":\"1 octets after the end", NULL);
	/* a length that runs past the end keeps the octets that are there */
	expect(D_ISUP, "0a 09 8413217643782908", "\"value\":\"8413217643782908\"",
	       "\"error\":{\"offset\":1,\"reason\":\"parameter 0x0a of length 9, 8 octets follow\"", NULL);
	expect_truncations_fail(D_ISUP, ISUP_CGPN);
}
END_TEST

/* ---- DSS1 (ets-300102-1) and TS 24.008 (gsm-0408) elements ---------------------------------- */

/*
 * Q.931: bearer capability 04 len 3: 80 = ITU-T, speech; 90 = circuit mode, 64 kbit/s;
 * a3 = layer 1, G.711 A-law.  Then a1 (single octet: sending complete), and a high layer
 * compatibility 7d len 2 (91 81), kept in hex.
 */
START_TEST(test_dss1_elements)
{
	expect(D_DSS1, "04 03 8090a3 a1 7d 02 9181",
	       "\"iei\":4,\"name\":\"bearer capability\"",
	       "\"informationTransferCapability\":\"speech\"",
	       "\"iei\":161,\"name\":\"sending complete\"",
	       "\"iei\":125,\"name\":\"high layer compatibility\",\"value\":\"9181\"", NULL);
	expect(D_DSS1, "08 02 8091", "\"name\":\"cause\"", "\"causeValue\":17", NULL);
	expect(D_DSS1, "04 05 8090", "\"error\":{\"offset\":1,\"reason\":\"element 0x04 of length 5", NULL);
	expect(D_DSS1, "", "\"error\":{\"offset\":0,\"reason\":\"empty\"", NULL);
	expect_truncations_fail(D_DSS1, "7d 02 9181");
}
END_TEST

/*
 * TS 24.008: called party BCD number 5e len 4: 81 = ext, type unknown, plan E.164;
 * 21 43 f5 -> 12345.  Then 0xd1: repeat indicator (type 1: IEI d, value 1).
 */
START_TEST(test_0408_elements)
{
	expect(D_0408, "5e 04 812143f5 d1",
	       "\"name\":\"called party BCD number\"", "\"digits\":\"12345\"",
	       "\"iei\":209,\"name\":\"repeat indicator\",\"value\":1", NULL);
	/* calling party BCD number 5c (10.5.4.9) with octet 3a: 11 = international, E.164; a3 =
	 * presentation restricted, network provided; and a redirecting party BCD number 74
	 * (10.5.4.21b) without it (91).  tshark 4.0.17 (gsm_a_dtap, in a CC SETUP) shows the same
	 * indicators and digits for the calling party number. */
	expect(D_0408, "5c 07 11a39471010000 74 04 91214365",
	       "\"name\":\"calling party BCD number\",\"value\":{\"typeOfNumber\":"
	       "\"international number\"", "\"presentationIndicator\":\"presentation restricted\","
	       "\"screeningIndicatorValue\":3,\"screeningIndicator\":\"network provided\","
	       "\"digits\":\"4917100000\"", "\"name\":\"redirecting party BCD number\","
	       "\"value\":{\"typeOfNumber\":\"international number\"", "\"digits\":\"123456\"",
	       NULL);
	expect_truncations_fail(D_0408, "5c 07 11a39471010000");
	/* the 24.008 bearer capability (10.5.4.5) is not the DSS1 one: a0 = full rate only,
	 * GSM coding, circuit, speech (tshark 4.0.17 agrees) */
	expect(D_0408, "04 01 a0", "\"name\":\"bearer capability\",\"value\":{"
	       "\"radioChannelRequirement\":\"full rate support only MS\",\"codingStandard\":"
	       "\"GSM standardized coding\",\"transferMode\":\"circuit\","
	       "\"informationTransferCapability\":\"speech\",\"hex\":\"a0\"}", NULL);
}
END_TEST

/* gsm-0806: the whole BSSAP message (TS 48.006: 00 = BSSMAP, length, message type) */
START_TEST(test_0806_bssap)
{
	expect(D_0806, "00 01 21", "\"discrimination\":\"BSSMAP\"", "\"messageType\":33", NULL);
	/* protocolId 3 is reserved by TS 29.002: said, octets kept */
	expect(D_BSSMAP, "00 01 21", "\"hex\":\"000121\"",
	       "TS 29.002 reserves it", NULL);
}
END_TEST

/* ---- BER of unknown types ------------------------------------------------------------------- */

START_TEST(test_ber_tree)
{
	/* 30 { 02 01 05, a1 { 04 02 abcd } }: SEQUENCE { INTEGER 5, [1] { OCTET STRING } } */
	expect(D_BER, "30{02 01 05 a1{04 02 abcd}}",
	       "\"ber\":[{\"tag\":\"[UNIVERSAL 16]\",\"length\":9,\"elements\":["
	       "{\"tag\":\"[UNIVERSAL 2]\",\"length\":1,\"value\":\"05\"},"
	       "{\"tag\":\"[1]\",\"length\":4,\"elements\":[{\"tag\":\"[UNIVERSAL 4]\",\"length\":2,"
	       "\"value\":\"abcd\"}]}]}]", NULL);
	/* indefinite length, application and private classes, a long-form tag (31 -> 9f 1f) */
	expect(D_BER, "7f21 80 df1f 01 07 0000 4a 00",
	       "\"tag\":\"[APPLICATION 33]\"", "\"tag\":\"[PRIVATE 31]\",\"length\":1,\"value\":\"07\"",
	       "\"tag\":\"[APPLICATION 10]\",\"length\":0", NULL);
	expect_truncations_fail(D_BER, "30{02 01 05 a1{04 02 abcd}}");
	expect(D_BER, "30 05 02 01", "\"error\":{\"offset\":", NULL);
}
END_TEST

START_TEST(test_ber_tree_bounds)
{
	uint8_t buf[2048];
	size_t i, n = 0;
	char *s;

	/* 40 nested constructed elements: the tree stops at 16 levels and says so */
	for (i = 0; i < 40; i++) {
		buf[n++] = 0x30;
		buf[n++] = (uint8_t)(2 * (40 - i - 1));
	}
	s = render(D_BER, buf, n);
	tu_assert_has(s, "nested deeper than 16");
	free(s);
	/* 600 NULLs: at most 256 elements are shown, the rest is in hex */
	n = 0;
	for (i = 0; i < 600; i++) {
		buf[n++] = 0x05;
		buf[n++] = 0x00;
	}
	s = render(D_BER, buf, n);
	tu_assert_has(s, "\"error\":{\"offset\":512,\"reason\":\"more than 256 elements");
	free(s);
}
END_TEST

/* ---- in a MAP message ----------------------------------------------------------------------- */

/*
 * sendRoutingInfo (22) in locationInfoRetrievalContext-v3 (0.4.0.0.1.0.5.3): msisdn [0],
 * interrogationType [3] basicCall, gmsc-OrGsmSCF-Address [6], additionalSignalInfo [17]
 * (b1: constructed) { ext-ProtocolId ets-300356 (0a 01 01), signalInfo (04 0a ...) }.
 */
START_TEST(test_map_additional_signal_info)
{
	struct tk_msg *m = tu_decode("62{48 04 01020304 6b{28{06 07 00118605010101 a0{60{80 02 0780 "
				     "a1{06 07 04000001000503}}}}}"
				     "6c{a1{02 01 01 02 01 16 30{80 07 91947102000021 83 01 00 "
				     "86 07 91947102000011 b1{0a 01 01 04 0a " ISUP_CGPN "}}}}}", NULL);
	char *j = tu_json(m);

	ck_assert_int_eq(m->status, TK_OK);
	tu_assert_has(j, "\"additionalSignalInfo\":{\"ext-ProtocolId\":\"ets-300356\","
		      "\"signalInfo\":{\"parameters\":[{\"code\":10,\"name\":\"calling party number\"");
	tu_assert_has(j, "\"digits\":\"12673487928\"");
	free(j);
	tk_msg_free(m);
}
END_TEST

/* a component without context: its parameter is shown as BER beside the hex */
START_TEST(test_unknown_parameter_ber)
{
	struct tk_msg *m = tu_decode("62{48 04 01020304 6c{a1{02 01 01 02 01 63 30{04 02 abcd}}}}", NULL);
	char *j = tu_json(m);

	tu_assert_has(j, "\"parameterHex\":\"3004");
	tu_assert_has(j, "\"parameterBer\":{\"ber\":[{\"tag\":\"[UNIVERSAL 16]\"");
	free(j);
	tk_msg_free(m);
}
END_TEST

/*
 * TS 24.008 signalInfo with 40 supported codec list (10.5.4.32, decoded by dtap.c; tshark
 * 4.0.17 agrees as the element of a CALL CONFIRMED): SysID 04 UMTS, bitmap 60 02 = UMTS AMR,
 * UMTS AMR 2, FR AMR-WB.  The DSS1 element 0x40 (information rate) stays in hex.
 */
START_TEST(test_0408_supported_codecs)
{
	expect(D_0408, "40 04 04 02 60 02",
	       "\"name\":\"supported codec list\",\"value\":{\"systems\":[{\"sysIdValue\":4,"
	       "\"sysId\":\"UMTS\",\"codecBitmap\":\"6002\",\"codecs\":[\"UMTS AMR\",\"UMTS AMR 2\","
	       "\"FR AMR-WB\"]}],\"hex\":\"04026002\"}", NULL);
	expect(D_0408, "40 03 04 02 60", "\"error\":{\"offset\":1,\"reason\":\"a codec bitmap of "
	       "length 2, 1 octets follow\"}", NULL);
	expect(D_DSS1, "40 02 8888", "\"value\":\"8888\"", NULL);
	expect_truncations_fail(D_0408, "40 04 04 02 60 02");
}
END_TEST

/*
 * TS 24.008 call control elements of a gsm-0408 signalInfo (tshark 4.0.17 agrees with each,
 * as elements of a CC SETUP): 1e progress indicator e2 88 = coding standard 11 GSM, location
 * 0010 public network serving the local user, description 8; 15 call control capabilities 31
 * 03 = 3 bearers, DTMF, 3 speech bearers (in an MS to network SETUP, where tshark reads it);
 * 19 alerting pattern 05 = category 2; 7f SS version indicator 00 (TS 24.080 3.7.2, read
 * by dtap.c's decoder of the REGISTER element; tshark does not read it in a SETUP).
 */
START_TEST(test_0408_cc_elements)
{
	expect(D_0408, "1e 02 e2 88 15 02 31 03 19 01 05 7f 01 00",
	       "\"name\":\"progress indicator\",\"value\":{\"codingStandard\":\"standard defined for the "
	       "GSM PLMNs\",\"location\":\"public network serving the local user\","
	       "\"progressDescriptionValue\":8,\"progressDescription\":\"in-band information or "
	       "appropriate pattern now available\",\"hex\":\"e288\"}",
	       "\"name\":\"call control capabilities\",\"value\":{\"maximumNumberOfSupportedBearers\":3,"
	       "\"multimediaCat\":false,\"enhancedNetworkInitiatedInCallModification\":false,"
	       "\"prolongedClearingProcedure\":false,\"dtmf\":true,\"maximumNumberOfSpeechBearers\":3,"
	       "\"hex\":\"3103\"}",
	       "\"name\":\"alerting pattern\",\"value\":{\"alertingPatternValue\":5,\"alertingPattern\":"
	       "\"alerting category 2\",\"hex\":\"05\"}",
	       "\"name\":\"SS version indicator\",\"value\":{\"ssVersion\":\"phase 2 service, ellipsis "
	       "notation and phase 2 error handling supported\",\"hex\":\"00\"}", NULL);
	/* Q.931 coding (00): the description by number only; description 5 in the GSM coding:
	 * unspecific; alerting pattern 3 reserved */
	expect(D_0408, "1e 02 82 88", "\"codingStandard\":\"standardized coding, as described in "
	       "ITU-T Rec. Q.931\"", "\"progressDescriptionValue\":8,\"hex\"", NULL);
	expect(D_0408, "1e 02 ea 85", "\"location\":\"network beyond interworking point\"",
	       "\"progressDescription\":\"unspecific (5)\"", NULL);
	expect(D_0408, "19 01 03", "\"alertingPattern\":\"reserved (3)\"", NULL);
	/* wrong lengths */
	expect(D_0408, "1e 01 e2", "\"value\":{\"hex\":\"e2\",\"error\":{\"offset\":1,", NULL);
	expect(D_0408, "15 03 31 03 00", "\"dtmf\":true", "\"error\":{\"offset\":2,", NULL);
	expect(D_0408, "19 00", "\"value\":{\"hex\":\"\",\"error\":{\"offset\":0,", NULL);
	/* the DSS1 progress indicator is not decoded this way */
	expect(D_DSS1, "1e 02 82 88", "\"value\":\"8288\"", NULL);
	expect_truncations_fail(D_0408, "1e 02 e2 88");
	expect_truncations_fail(D_0408, "15 02 31 03");
	expect_truncations_fail(D_0408, "19 01 05");
}
END_TEST

/*
 * TS 24.008 10.5.4.5 bearer capability with speech versions (tshark 4.0.17 agrees, in an MS to
 * network SETUP): 60 = extension 0, dual rate full rate preferred, GSM, circuit, speech;
 * 02 = extension 0, speech version 0010 (full rate version 2); 81 = extension 1, half rate
 * version 1.  A data bearer: a1 = unrestricted digital information, then octets 4 on (hex).
 */
START_TEST(test_0408_bearer_capability)
{
	expect(D_0408, "04 03 60 02 81",
	       "\"value\":{\"radioChannelRequirement\":\"dual rate support MS, full rate preferred\","
	       "\"codingStandard\":\"GSM standardized coding\",\"transferMode\":\"circuit\","
	       "\"informationTransferCapability\":\"speech\",\"speechVersions\":["
	       "{\"otherExtension\":false,\"speechVersionValue\":2,\"speechVersion\":"
	       "\"GSM full rate speech version 2\"},{\"otherExtension\":false,\"speechVersionValue\":1,"
	       "\"speechVersion\":\"GSM half rate speech version 1\"}],\"hex\":\"600281\"}", NULL);
	expect(D_0408, "04 04 a1 b8 81 21", "\"informationTransferCapability\":"
	       "\"unrestricted digital information\",\"octets4On\":\"b88121\"", NULL);
	/* speech version 1001 (tbd); an octet 3a announced but missing; 3a ending with extension 0 */
	expect(D_0408, "04 02 60 89", "\"speechVersion\":\"speech version tbd (9)\"", NULL);
	expect(D_0408, "04 01 60", "\"informationTransferCapability\":\"speech\"",
	       "\"error\":{\"offset\":1,", NULL);
	expect(D_0408, "04 02 60 02", "\"speechVersionValue\":2", "\"error\":{\"offset\":2,\"reason\":"
	       "\"truncated: the last octet has its extension bit 0\"}", NULL);
	expect(D_0408, "04 00", "\"value\":{\"hex\":\"\",\"error\":{\"offset\":0,", NULL);
	expect_truncations_fail(D_0408, "04 03 60 02 81");
}
END_TEST

/*
 * 10.5.4.5 octets 4 onwards, every field by its extension bit.  BC_ALL, 14 octets after the
 * length: a1 = octet 3 (full rate only, GSM, circuit, unrestricted digital information);
 * 88 = octet 4: ext 1, compression 0, structure 00 (SDU integrity), duplex 1 (full),
 * configuration 0 (point-to-point), NIRR 0, establishment 0 (demand);
 * 19 = octet 5: ext 0, access identity 00, rate adaption 11 (other, octet 5a), signalling
 * access protocol 001 (I.440/450); 00 = 5a: ext 0, other ITC 00 (restricted digital
 * information), other rate adaption 00 (V.120); f4 = 5b: ext 1, rate adaption header 1,
 * multiple frame establishment 1, mode 1 (protocol sensitive), LLI negotiation 0, assignor 1,
 * in-band/out-band 0 (in-band using logical link zero), spare;
 * 21 = octet 6: ext 0, layer 1 identity 01, protocol 0000, asynchronous 1; 15 = 6a: ext 0,
 * 1 stop bit, no negotiation, 8 data bits, user rate 0101 (9.6 kbit/s); 63 = 6b: ext 0,
 * intermediate rate 11 (16 kbit/s), NIC Tx 0, NIC Rx 0, parity 011 (none); 20 = 6c: ext 0,
 * connection element 01 (non transparent), modem type 00000 (none); 02 = 6d: ext 0, other
 * modem type 00, FNUR 00010 (14.4 kbit/s); 51 = 6e: ext 0, TCH/F14.4 1, spare 0, TCH/F9.6 1,
 * TCH/F4.8 0, maximum number of traffic channels 001 (2); 12 = 6f: ext 0, UIMI 001 (up to 1),
 * wanted AIUR 0010 (14.4 kbit/s); c8 = 6g: ext 1, TCH/F28.8 1, TCH/F32.0 0, TCH/F43.2 0,
 * asymmetry 10 (downlink biased), spare; c6 = octet 7: ext 1, layer 2 identity 10, protocol
 * 00110 (reserved, earlier X.25 link level).
 * tshark 4.0.17 (gsm_a_dtap, in an MS to network SETUP "03 05" + the element + a called
 * party BCD number) shows the same names and values for octets 3 to 6g.  It cannot check
 * octet 7: it reads octet 7 from the last octet of the octet 6 group again (and calls the
 * real octet 7 extraneous), and takes any octet after octet 5 for octet 6 whatever its
 * identity bits; the octet 7 names follow TS 24.008's list as the GSM decoders we could
 * read (tshark's own table among them) give it.
 */
#define BC_ALL "04 0e a1 88 19 00 f4 21 15 63 20 02 51 12 c8 c6"
/* BC_V34: a2 = 3.1 kHz audio ex PLMN; f2 = octet 4: compression 1, structure 11
 * (unstructured), half duplex, NIRR 1; 8e = octet 5: ext 1, V.110 rate adaption (01), signalling
 * access protocol 110 (reserved, earlier X.32); 20 = octet 6: synchronous; 43 = 6a: 2 stop
 * bits, 7 data bits, 2.4 kbit/s; 5a = 6b: 8 kbit/s, NIC Tx 1, NIC Rx 1, even parity; 68 = 6c:
 * both, non transparent preferred, autobauding type 1; cb = 6d: ext 1, V.34 (10), FNUR 01011
 * (31.2 kbit/s V.34); cc = octet 7: layer 2 identity 10, protocol 01100 (COPnoFlCt).  tshark
 * 4.0.17 agrees on octets 4 to 6d (octet 7: see above) */
#define BC_V34 "04 09 a2 f2 8e 20 43 5a 68 cb cc"

START_TEST(test_0408_bearer_capability_data)
{
	expect(D_0408, BC_ALL,
	       "\"informationTransferCapability\":\"unrestricted digital information\","
	       "\"octets4On\":\"881900f421156320025112c8c6\","
	       "\"compression\":\"data compression not possible / not allowed\",\"structureValue\":0,"
	       "\"structure\":\"service data unit integrity\",\"duplexMode\":\"full duplex\","
	       "\"configuration\":\"point-to-point\",\"nirr\":\"no meaning is associated with this "
	       "value\",\"establishment\":\"demand\",\"accessIdentityValue\":0,\"accessIdentity\":"
	       "\"octet identifier\",\"rateAdaptionValue\":3,\"rateAdaption\":\"other rate adaption "
	       "(see octet 5a)\",\"signallingAccessProtocolValue\":1,\"signallingAccessProtocol\":"
	       "\"I.440/450\",\"otherItcValue\":0,\"otherItc\":\"restricted digital information\","
	       "\"otherRateAdaptionValue\":0,\"otherRateAdaption\":\"V.120\","
	       "\"rateAdaptionHeader\":\"rate adaption header included\","
	       "\"multipleFrameEstablishmentSupport\":\"multiple frame establishment supported\","
	       "\"modeOfOperation\":\"protocol sensitive mode of operation\","
	       "\"logicalLinkIdentifierNegotiation\":\"default, LLI=256 only\","
	       "\"assignorAssignee\":\"message originator is \\\"assignor only\\\"\","
	       "\"inbandOutbandNegotiation\":\"negotiation is done in-band using logical link zero\","
	       "\"layer1IdentityValue\":1,\"layer1Identity\":\"octet identifier\","
	       "\"userInformationLayer1ProtocolValue\":0,\"userInformationLayer1Protocol\":"
	       "\"default layer 1 protocol\",\"synchronousAsynchronous\":\"asynchronous\","
	       "\"numberOfStopBits\":\"1 bit\",\"negotiation\":\"in-band negotiation not possible\","
	       "\"numberOfDataBits\":\"8 bits\",\"userRateValue\":5,\"userRate\":\"9.6 kbit/s "
	       "Recommendation X.1 and V.110\",\"intermediateRateValue\":3,\"intermediateRate\":"
	       "\"16 kbit/s\",\"nicOnTx\":\"does not require to send data with network independent "
	       "clock\",\"nicOnRx\":\"cannot accept data with network independent clock\","
	       "\"parityValue\":3,\"parity\":\"none\",\"connectionElementValue\":1,"
	       "\"connectionElement\":\"non transparent (RLP)\",\"modemTypeValue\":0,\"modemType\":"
	       "\"none\",\"otherModemTypeValue\":0,\"otherModemType\":\"no other modem type "
	       "specified in this field\",\"fixedNetworkUserRateValue\":2,\"fixedNetworkUserRate\":"
	       "\"14.4 kbit/s Recommendation X.1 and V.110\",\"acceptableChannelCodings\":"
	       "[\"TCH/F14.4\",\"TCH/F9.6\"],\"maximumNumberOfTrafficChannels\":2,\"uimiValue\":1,"
	       "\"uimi\":\"user initiated modification up to 1 TCH/F allowed / may be requested\","
	       "\"wantedAirInterfaceUserRateValue\":2,\"wantedAirInterfaceUserRate\":\"14.4 kbit/s\","
	       "\"acceptableChannelCodingsExtended\":[\"TCH/F28.8\"],\"channelCodingAsymmetryValue\":2,"
	       "\"channelCodingAsymmetry\":\"downlink biased channel coding asymmetry is preferred\","
	       "\"layer2IdentityValue\":2,\"layer2Identity\":\"octet identifier\","
	       "\"userInformationLayer2ProtocolValue\":6,\"userInformationLayer2Protocol\":"
	       "\"reserved: was allocated in earlier phases of the protocol\","
	       "\"hex\":\"a1881900f421156320025112c8c6\"}", NULL);
	expect(D_0408, BC_V34,
	       "\"compression\":\"data compression possible / allowed\",\"structureValue\":3,"
	       "\"structure\":\"unstructured\",\"duplexMode\":\"half duplex\"",
	       "\"nirr\":\"data up to and including 4.8 kb/s, full rate, non-transparent, 6 kb/s radio "
	       "interface rate is requested\"",
	       "\"rateAdaptionValue\":1,\"rateAdaption\":\"V.110, I.460/X.30 rate adaptation\","
	       "\"signallingAccessProtocolValue\":6,\"signallingAccessProtocol\":\"reserved: was "
	       "allocated in earlier phases of the protocol (X.32)\",\"layer1IdentityValue\":1",
	       "\"synchronousAsynchronous\":\"synchronous\",\"numberOfStopBits\":\"2 bits\","
	       "\"negotiation\":\"in-band negotiation not possible\",\"numberOfDataBits\":\"7 bits\","
	       "\"userRateValue\":3,\"userRate\":\"2.4 kbit/s Recommendation X.1 and V.110\","
	       "\"intermediateRateValue\":2,\"intermediateRate\":\"8 kbit/s\",\"nicOnTx\":\"requires "
	       "to send data with network independent clock\",\"nicOnRx\":\"can accept data with "
	       "network independent clock\",\"parityValue\":2,\"parity\":\"even\","
	       "\"connectionElementValue\":3,\"connectionElement\":\"both, non transparent "
	       "preferred\",\"modemTypeValue\":8,\"modemType\":\"autobauding type 1\","
	       "\"otherModemTypeValue\":2,\"otherModemType\":\"V.34\",\"fixedNetworkUserRateValue\":11,"
	       "\"fixedNetworkUserRate\":\"31.2 kbit/s Recommendation V.34\",\"layer2IdentityValue\":2,"
	       "\"layer2Identity\":\"octet identifier\",\"userInformationLayer2ProtocolValue\":12,"
	       "\"userInformationLayer2Protocol\":\"COPnoFlCt (character oriented protocol with no "
	       "flow control mechanism)\",\"hex\":\"a2f28e20435a68cbcc\"}", NULL);
	/* values tshark 4.0.17 names the same way: intermediate rate 01 and parity 001 reserved,
	 * modem type 00100 and user rate 0111 reserved (earlier phases), UIMI 101 (read as up to 4),
	 * AIUR 1001 (read as 38.4), AIUR 0100 reserved; 81 = octet 5 alone (no 5a); 6a 07 (user
	 * rate 0111), 6b 21 (intermediate rate 01, parity 001), 6c a4 (modem type 00100); 6e 00
	 * (no channel coding, 1 traffic channel), 6f d9 (UIMI 101, AIUR 1001) or 84 (AIUR 0100) */
	expect(D_0408, "04 07 a1 88 81 21 07 21 a4",
	       "\"userRateValue\":7,\"userRate\":\"reserved: was allocated in earlier phases of the "
	       "protocol\",\"intermediateRateValue\":1,\"intermediateRate\":\"reserved (1)\"",
	       "\"parityValue\":1,\"parity\":\"reserved (1)\",\"connectionElementValue\":1,"
	       "\"connectionElement\":\"non transparent (RLP)\",\"modemTypeValue\":4,\"modemType\":"
	       "\"reserved: was allocated in earlier phases of the protocol\"", NULL);
	expect(D_0408, "04 0a a1 88 81 21 01 00 00 00 00 d9",
	       "\"maximumNumberOfTrafficChannels\":1,\"uimiValue\":5,\"uimi\":\"interpreted as user "
	       "initiated modification up to 4 TCH/F may be requested\","
	       "\"wantedAirInterfaceUserRateValue\":9,\"wantedAirInterfaceUserRate\":\"interpreted by "
	       "the network as 38.4 kbit/s\"", NULL);
	expect(D_0408, "04 0a a1 88 81 21 01 00 00 00 00 84",
	       "\"wantedAirInterfaceUserRate\":\"reserved (4)\"", NULL);
	/* the octet 6 group optional: octet 7 (identity 10) straight after octet 5 (tshark 4.0.17
	 * reads c8 as an octet 6 with a reserved layer 1 identity); 01010 videotex profile 1 */
	expect(D_0408, "04 04 a1 88 81 c8",
	       "\"signallingAccessProtocol\":\"I.440/450\",\"layer2IdentityValue\":2",
	       "\"userInformationLayer2Protocol\":\"ISO 6429, codeset 0 (DC1/DC3)\",\"hex\"", NULL);
	expect(D_0408, "04 04 a1 88 81 ca",
	       "\"userInformationLayer2Protocol\":\"videotex profile 1\",\"hex\"", NULL);

	/* malformed: the octet 5 group ends in extension bit 0; an octet that is neither octet 6
	 * nor 7 (identity 00); an octet after octet 7; the octet 6 group cut after 6a */
	expect(D_0408, "04 03 a1 88 01",
	       "\"signallingAccessProtocol\":\"I.440/450\",\"hex\":\"a18801\",\"error\":{\"offset\":3,"
	       "\"reason\":\"truncated: the octet 5 group ends in an octet with its extension bit 0\"}",
	       NULL);
	expect(D_0408, "04 04 a1 88 81 00",
	       "\"error\":{\"offset\":3,\"reason\":\"octet 0x00 is neither octet 6 (layer 1 identity "
	       "01) nor octet 7 (layer 2 identity 10)\"}", NULL);
	expect(D_0408, "04 05 a1 88 81 c6 00",
	       "\"userInformationLayer2ProtocolValue\":6,\"userInformationLayer2Protocol\":\"reserved: "
	       "was allocated in earlier phases of the protocol\",\"hex\":\"a18881c600\",\"error\":{\"offset\":4,\"reason\":\"1 octet after octet 7\"}", NULL);
	expect(D_0408, "04 05 a1 88 81 21 15",
	       "\"userRate\":\"9.6 kbit/s Recommendation X.1 and V.110\",\"hex\":\"a188812115\","
	       "\"error\":{\"offset\":5,\"reason\":\"truncated: the octet 6 group ends in an octet "
	       "with its extension bit 0\"}", NULL);
	/* reserved values named as such: access identity 01, structure 01 */
	expect(D_0408, "04 03 a1 98 a1", "\"structureValue\":1,\"structure\":\"reserved (1)\"",
	       "\"accessIdentityValue\":1,\"accessIdentity\":\"reserved (1)\"", NULL);
	expect_truncations_fail(D_0408, BC_ALL);
	tu_robust_tmpl(emit, &(enum dec){ D_0408 }, BC_ALL, 1);
	tu_robust_tmpl(emit, &(enum dec){ D_0408 }, BC_V34, 1);
}
END_TEST

Suite *tu_suite_signal(void)
{
	Suite *s = suite_create("signal");
	TCase *tc = tcase_create("signal");

	tcase_add_test(tc, test_isup_calling_number);
	tcase_add_test(tc, test_isup_several);
	tcase_add_test(tc, test_dss1_elements);
	tcase_add_test(tc, test_0408_elements);
	tcase_add_test(tc, test_0806_bssap);
	tcase_add_test(tc, test_ber_tree);
	tcase_add_test(tc, test_ber_tree_bounds);
	tcase_add_test(tc, test_map_additional_signal_info);
	tcase_add_test(tc, test_unknown_parameter_ber);
	tcase_add_test(tc, test_0408_supported_codecs);
	tcase_add_test(tc, test_0408_cc_elements);
	tcase_add_test(tc, test_0408_bearer_capability);
	tcase_add_test(tc, test_0408_bearer_capability_data);
	suite_add_tcase(s, tc);
	return s;
}
