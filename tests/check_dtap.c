/*
 * DTAP layer 3 messages (dtap.c): the TS 24.007 header, TS 24.008 mobility management and
 * call control, TS 44.018 handover RR messages, TS 24.080 supplementary services and the
 * TS 24.011 CP/RP messages.  Each vector is built by hand from the message's table in the
 * standard; the comment says what each octet is ("{...}" stands for a length octet and the
 * octets it counts, see tu_ber()).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "bssap.h"
#include "dtap.h"

Suite *tu_suite_dtap(void);

/* ---- rendering ------------------------------------------------------------------------------ */

enum dec { D_L3, D_BSSAP };

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	if (*(const enum dec *)arg == D_L3)
		tk_emit_dtap(e, p, n);
	else
		tk_emit_bssap(e, p, n);
}

/* the message as JSON (or text), from an exact-size heap copy, as a malloc'd string */
static char *render(enum dec d, const uint8_t *p, size_t n, int text)
{
	return tu_render(emit, &d, p, n, text);
}

/* decode tmpl and assert each needle (a NULL-terminated list) is in the JSON */
static void expect(const char *tmpl, ...)
{
	va_list ap;

	va_start(ap, tmpl);
	tu_vexpect(emit, &(enum dec){ D_L3 }, tmpl, 0, ap);
	va_end(ap);
}

static void expect_bssap(const char *tmpl, ...)
{
	va_list ap;

	va_start(ap, tmpl);
	tu_vexpect(emit, &(enum dec){ D_BSSAP }, tmpl, 0, ap);
	va_end(ap);
}

static void expect_no_error(const char *tmpl)
{
	tu_expect_no_error(emit, &(enum dec){ D_L3 }, tmpl);
}

/* as expect(), but the message must also decode without an error */
#define expect_ok(tmpl, ...) do { \
		expect(tmpl, __VA_ARGS__, NULL); \
		expect_no_error(tmpl); \
	} while (0)

/*
 * Every truncation of the vector (0 .. n-1 octets) and every single-octet corruption must
 * give one well-formed object with "hex" (JSON and text); a truncation below `complete`
 * octets (the mandatory part) must say "error".  With extra set, one octet 00 more must
 * be an error at offset n (after a message without optional part, or as an unknown
 * comprehension-required element 0x00).
 */
static void robust(const char *tmpl, size_t complete, int extra)
{
	static const uint8_t corrupt[] = { 0x00, 0xff, 0x0f, 0xf0, 0x80, 0x7f, 0x55, 0xaa, 0x01, 0x41 };
	uint8_t buf[512];
	size_t n = tu_ber(tmpl, buf, sizeof(buf));
	size_t k, c;
	char *s, needle[64];

	for (k = 0; k < n; k++) {
		s = render(D_L3, buf, k, 0);
		tu_assert_one_object(s);
		tu_assert_has(s, "\"hex\":\"");
		if (k < complete)
			tu_assert_has(s, "\"error\":{\"offset\":");
		free(s);
		free(render(D_L3, buf, k, 1));
	}
	for (k = 0; k < n; k++) {
		for (c = 0; c < sizeof(corrupt); c++) {
			uint8_t b2[512];
			memcpy(b2, buf, n);
			b2[k] = corrupt[c];
			s = render(D_L3, b2, n, 0);
			tu_assert_one_object(s);
			tu_assert_has(s, "\"hex\":\"");
			free(s);
			free(render(D_L3, b2, n, 1));
		}
	}
	if (!extra)
		return;
	buf[n] = 0x00;
	s = render(D_L3, buf, n + 1, 0);
	tu_assert_one_object(s);
	snprintf(needle, sizeof(needle), "\"error\":{\"offset\":%zu,", n);
	tu_assert_has(s, needle);
	free(s);
}

/* ---- mobility management (TS 24.008 9.2) ----------------------------------------------------- */

/* MS classmark 2 (10.5.1.6), 3 octets used below:
 * 57 = 0 10 1 0 111: spare, revision level R99, ES IND, A5/1 available (0), RF power 111;
 * 58 = 0 1 01 1 0 0 0: spare, PS capability, SS screening 01, SM capability, VBS, VGCS, FC;
 * a6 = 1 0 1 0 0 1 1 0: CM3, spare, LCSVA, UCS2 0, SoLSA, CMSP, A5/3, A5/2.
 * IMSI 262420123456789 (10.5.1.4): 29 = digit 1 '2', odd 1, type 001; then digit pairs low
 * nibble first: 26 24 10 32 54 76 98.  TMSI: f4 = filler 1111, even 0, type 100, then 4
 * octets. */
#define CM2 "03 57 58 a6"
#define IMSI "08 29 26 24 10 32 54 76 98"
#define TMSI "05 f4 12 34 56 78"
#define LAI "62 f2 24 00 01"	/* 10.5.1.3: MCC 262 (62, f2 = MNC3 f, MCC3 2), MNC 42 (24), LAC 1 */

START_TEST(test_cm_service)
{
	/* CM SERVICE REQUEST (9.2.9): 05 = skip 0, MM; 24 = N(SD) 00, type 0x24; 71 = CKSN 7
	 * (bits 8-5) and CM service type 1 (bits 4-1); classmark 2 LV; IMSI LV; 82 = priority
	 * (type 1, IEI 8) value 2 = call priority level 3 */
	expect_ok("05 24 71 " CM2 " " IMSI " 82",
		  "\"protocolDiscriminator\":\"MM\",\"skipIndicator\":0,\"sendSequenceNumber\":0,"
		  "\"messageType\":36,\"message\":\"CM SERVICE REQUEST\"",
		  "\"cipheringKeySequenceNumber\":7,\"noKeyAvailable\":true",
		  "\"cmServiceType\":\"mobile originating call establishment or packet mode connection "
		  "establishment\"",
		  "\"msClassmark2\":{\"revisionLevel\":\"used by mobile stations supporting R99",
		  "\"a51Available\":true", "\"a53Available\":true,\"a52Available\":false,\"hex\":\"5758a6\"}",
		  "\"mobileIdentity\":{\"typeOfIdentity\":\"IMSI\",\"digits\":\"262420123456789\"",
		  "\"ies\":[{\"iei\":130,\"name\":\"priority\",\"value\":\"call priority level 3\"}]");
	/* 64 = N(SD) 01 (bits 8-7), type 0x24; 04 = CKSN 0, short message service; TMSI */
	expect_ok("05 64 04 " CM2 " " TMSI,
		  "\"sendSequenceNumber\":1,\"messageType\":36", "\"cipheringKeySequenceNumber\":0,",
		  "\"cmServiceType\":\"short message service\"",
		  "\"mobileIdentity\":{\"typeOfIdentity\":\"TMSI/P-TMSI/M-TMSI\",\"tmsi\":\"12345678\"",
		  "\"ies\":[]");
	/* CM SERVICE ACCEPT (9.2.5): no elements */
	expect_ok("05 21", "\"message\":\"CM SERVICE ACCEPT\"", "\"ies\":[]");
	/* CM SERVICE REJECT (9.2.6): cause 0x11 = 17; T3246 value (TLV 36, GPRS timer 3
	 * 10.5.7.4a) 21 = unit 001 1 hour, value 1 */
	expect_ok("05 22 11 36 01 21", "\"rejectCauseValue\":17,\"rejectCause\":\"Network failure\"",
		  "{\"iei\":54,\"name\":\"T3246 value\",\"value\":{\"timerValue\":1,\"unit\":"
		  "\"1 hour\",\"seconds\":3600,\"hex\":\"21\"}}");
	/* cause 0x30 = 48: the "retry upon entry into a new cell" range of 10.5.3.6 */
	expect_ok("05 22 30", "\"rejectCause\":\"retry upon entry into a new cell (48)\"");
	/* cause 0x40 = 64 is not in the table */
	expect_ok("05 22 40", "\"rejectCause\":\"unspecified (64)\"");
	robust("05 24 71 " CM2 " " IMSI " 82", 16, 1);
	robust("05 22 11 36 01 21", 3, 1);
}
END_TEST

/*
 * The type 1 flag elements of MM, each checked with tshark: CM SERVICE REQUEST (9.2.9) with
 * c6 = additional update parameters (IEI c, 0110: DRVCC 1, CSMO 1, CSMT 0) and d1 = device
 * properties (IEI d, low priority 1); LOCATION UPDATING REQUEST (9.2.15) with c1 (CSMT), d0
 * (not low priority) and e1 = MS network feature support (extended periodic timers).
 * CM SERVICE PROMPT (9.2.5a): 33 = PD and SAPI of CM: spare 00, SAPI 11 = 3, PD 0011 CC.
 */
START_TEST(test_mm_flags_and_prompt)
{
	expect_ok("05 24 71 " CM2 " " TMSI " c6 d1",
		  "{\"iei\":198,\"name\":\"additional update parameters\",\"value\":{\"drvccCall\":true,"
		  "\"csFallbackMobileOriginating\":true,\"csFallbackMobileTerminating\":false,\"hex\":\"06\"}}",
		  "{\"iei\":209,\"name\":\"device properties\",\"value\":\"MS is configured for NAS signalling low "
		  "priority\"}");
	expect_ok("05 08 70 " LAI " 57 " TMSI " c1 d0 e1",
		  "\"value\":{\"drvccCall\":false,\"csFallbackMobileOriginating\":false,"
		  "\"csFallbackMobileTerminating\":true,",
		  "\"value\":\"MS is not configured for NAS signalling low priority\"}",
		  "{\"iei\":225,\"name\":\"MS network feature support\",\"value\":\"MS supports the extended "
		  "periodic timer in this domain\"}");
	expect_ok("05 25 33", "\"message\":\"CM SERVICE PROMPT\",\"cmProtocol\":\"CC\",\"sapi\":3");
	expect("05 25", "\"error\":{\"offset\":2,\"reason\":\"truncated: the mandatory PD and SAPI of CM",
	       NULL);
	robust("05 25 33", 3, 1);
	robust("05 24 71 " CM2 " " TMSI " c6 d1", 13, 1);
}
END_TEST

START_TEST(test_location_updating)
{
	/* LOCATION UPDATING REQUEST (9.2.15): 70 = CKSN 7, FOR 0, LU type 00 normal; LAI;
	 * classmark 1 57; TMSI LV; 33 = MS classmark for UMTS (TLV) */
	expect_ok("05 08 70 " LAI " 57 " TMSI " 33 " CM2,
		  "\"message\":\"LOCATION UPDATING REQUEST\"",
		  "\"locationUpdatingType\":\"normal location updating\",\"followOnRequestPending\":false,"
		  "\"cipheringKeySequenceNumber\":7",
		  "\"lai\":{\"mcc\":\"262\",\"mnc\":\"42\",\"lac\":1,\"hex\":\"62f2240001\"}",
		  "\"msClassmark1\":{\"revisionLevel\":2,\"esInd\":true,\"a51Available\":true,"
		  "\"rfPowerCapability\":7",
		  "\"tmsi\":\"12345678\"",
		  "{\"iei\":51,\"name\":\"mobile station classmark for UMTS\",\"value\":{\"revisionLevel\":");
	/* 0a = FOR 1, LU type 10 IMSI attach; CKSN 0 */
	expect_ok("05 08 0a " LAI " 57 " IMSI,
		  "\"locationUpdatingType\":\"IMSI attach\",\"followOnRequestPending\":true",
		  "\"digits\":\"262420123456789\"");
	/* LOCATION UPDATING ACCEPT (9.2.13): LAI; 17 mobile identity TLV (TMSI 87654321); a1
	 * follow on proceed (type 2); 4a equivalent PLMNs (262-42) */
	expect_ok("05 02 " LAI " 17 05 f4 87 65 43 21 a1 4a 03 62 f2 24",
		  "\"message\":\"LOCATION UPDATING ACCEPT\"",
		  "{\"iei\":23,\"name\":\"mobile identity\",\"value\":{\"typeOfIdentity\":\"TMSI/P-TMSI/M-TMSI\","
		  "\"tmsi\":\"87654321\"",
		  "{\"iei\":161,\"name\":\"follow on proceed\"}",
		  "{\"iei\":74,\"name\":\"equivalent PLMNs\",\"value\":{\"plmns\":[{\"mcc\":\"262\","
		  "\"mnc\":\"42\"");
	/* LOCATION UPDATING REJECT (9.2.14): cause 0x0d = 13 */
	expect_ok("05 04 0d", "\"rejectCause\":\"Roaming not allowed in this location area\"");
	/* equivalent PLMNs of 4 octets: one PLMN and one octet too many, inside the element */
	expect("05 02 " LAI " 4a 04 62 f2 24 00",
	       "\"error\":{\"offset\":3,\"reason\":\"1 octets after the last PLMN identity\"}", NULL);
	robust("05 08 70 " LAI " 57 " TMSI " 33 " CM2, 15, 1);
	robust("05 02 " LAI " 17 05 f4 87 65 43 21 a1 4a 03 62 f2 24", 7, 1);
}
END_TEST

START_TEST(test_identity_auth_tmsi)
{
	/* IDENTITY REQUEST (9.2.10): 01 = spare half octet, identity type 001 IMSI */
	expect_ok("05 18 01", "\"message\":\"IDENTITY REQUEST\"", "\"identityType\":\"IMSI\"");
	/* IDENTITY RESPONSE (9.2.11) with N(SD) 1 (59 = 01 011001): IMEISV 3512340123456701:
	 * 33 = digit 1 '3', even 0, type 011; 15 32 04 21 43 65 07, f1 = digit 16 '1', filler */
	expect_ok("05 59 09 33 15 32 04 21 43 65 07 f1", "\"sendSequenceNumber\":1,\"messageType\":25",
		  "\"mobileIdentity\":{\"typeOfIdentity\":\"IMEISV\",\"digits\":\"3512340123456701\"");
	/* IDENTITY RESPONSE with routing area identification 2 (1b 06, 10.5.5.15a: a RAI value,
	 * 262-02 LAC 0x0010 RAC 0x2a); tshark (gsm_a_dtap) shows RAI 262-2-16-42 */
	expect_ok("05 19 05 f4 11 22 33 44 1b 06 62 f2 20 00 10 2a",
		  "{\"iei\":27,\"name\":\"routing area identification 2\",\"value\":{\"mcc\":"
		  "\"262\",\"mnc\":\"02\",\"lac\":16,\"rac\":42");
	/* AUTHENTICATION REQUEST (9.2.2): 02 = spare, CKSN 2; RAND 16 octets; 20 AUTN TLV */
	expect_ok("05 12 02 00112233445566778899aabbccddeeff 20 10 0102030405060708090a0b0c0d0e0f10",
		  "\"message\":\"AUTHENTICATION REQUEST\"", "\"cipheringKeySequenceNumber\":2,",
		  "\"rand\":\"00112233445566778899aabbccddeeff\"",
		  "{\"iei\":32,\"name\":\"authentication parameter AUTN\","
		  "\"value\":\"0102030405060708090a0b0c0d0e0f10\"}");
	/* AUTHENTICATION RESPONSE (9.2.3), N(SD) 1: SRES 4 octets; 21 extended RES TLV */
	expect_ok("05 54 01020304 21 04 05060708", "\"message\":\"AUTHENTICATION RESPONSE\"",
		  "\"sres\":\"01020304\"",
		  "{\"iei\":33,\"name\":\"authentication response parameter (extension)\","
		  "\"value\":\"05060708\"}");
	/* AUTHENTICATION FAILURE (9.2.3a): cause 0x15 = 21; 22 AUTS TLV of 14 octets */
	expect_ok("05 1c 15 22 0e 0102030405060708090a0b0c0d0e", "\"rejectCause\":\"Synch failure\"",
		  "{\"iei\":34,\"name\":\"authentication failure parameter (AUTS)\"");
	/* TMSI REALLOCATION COMMAND (9.2.17): LAI, TMSI deadbeef */
	expect_ok("05 1a " LAI " 05 f4 de ad be ef", "\"message\":\"TMSI REALLOCATION COMMAND\"",
		  "\"lai\":{\"mcc\":\"262\"", "\"tmsi\":\"deadbeef\"");
	/* IMSI DETACH INDICATION (9.2.12): classmark 1, TMSI */
	expect_ok("05 01 57 " TMSI, "\"message\":\"IMSI DETACH INDICATION\"",
		  "\"msClassmark1\":{\"revisionLevel\":2", "\"tmsi\":\"12345678\"");
	/* MM STATUS (9.2.16): cause 0x61 = 97; ABORT (9.2.8): cause 6 */
	expect_ok("05 31 61", "\"message\":\"MM STATUS\"",
		  "\"rejectCause\":\"Message type non-existent or not implemented\"");
	expect_ok("05 29 06", "\"message\":\"ABORT\"", "\"rejectCause\":\"Illegal ME\"");
	/* the RAND one octet short: the error is where the message ends */
	expect("05 12 02 00112233445566778899aabbccddee",
	       "\"error\":{\"offset\":18,"
	       "\"reason\":\"truncated: the mandatory authentication parameter RAND "
	       "needs 16 octets, 15 present\"}", NULL);
	robust("05 12 02 00112233445566778899aabbccddeeff 20 10 0102030405060708090a0b0c0d0e0f10", 19, 1);
	robust("05 59 09 33 15 32 04 21 43 65 07 f1", 12, 1);
	robust("05 1a " LAI " 05 f4 de ad be ef", 13, 1);
	robust("05 29 06", 3, 1);
}
END_TEST

/*
 * MM INFORMATION (9.2.15a): 43 full name: 84 = ext 1, coding 000 (GSM 7 bit), add CI 0,
 * 4 spare bits; "Test" packed = d4 f2 9c 0e.  45 short name: 90 = coding 001 UCS2; "Ab".
 * 46 local time zone 80 = "08" swapped: +8 quarters = +02:00.  47 universal time and
 * local time zone: 42 50 71 01 03 54 = 24-05-17 10:30:45 swapped, 80.  49 daylight
 * saving time 01 = +1 hour.
 */
#define MM_INFO "05 32 43 05 84 d4 f2 9c 0e 45 05 90 00 41 00 62 46 80 " \
	"47 42 50 71 01 03 54 80 49 01 01"

START_TEST(test_mm_information)
{
	expect_ok(MM_INFO, "\"message\":\"MM INFORMATION\"",
		  "{\"iei\":67,\"name\":\"full name for network\",\"value\":{\"codingScheme\":\"GSM default "
		  "alphabet (TS 23.038), packed\",\"addCountryInitials\":false,\"spareBitsInLastOctet\":4,"
		  "\"text\":\"Test\"",
		  "{\"iei\":69,\"name\":\"short name for network\",\"value\":{\"codingScheme\":\"UCS2 (16 bit)\","
		  "\"addCountryInitials\":false,\"spareBitsInLastOctet\":0,\"text\":\"Ab\"",
		  "{\"iei\":70,\"name\":\"local time zone\",\"value\":{\"timeZone\":\"+02:00\"",
		  "\"universalTime\":\"2024-05-17T10:30:45Z\",\"timeZone\":\"+02:00\"",
		  "\"daylightSavingTime\":\"+1 hour adjustment for daylight saving time\"");
	/* time zone 88: units 8 (high nibble), tens 0 with the sign bit 3 set: -8 quarters;
	 * 8a: tens 2 and the sign: -28 quarters */
	expect_ok("05 32 46 88", "\"timeZone\":\"-02:00\"");
	expect_ok("05 32 46 8a", "\"timeZone\":\"-07:00\"");
	/* an unknown element in the middle (5a, TLV by TS 24.007 11.2.4) and an unknown single
	 * octet (f5): both listed, and the element after them is still decoded */
	expect_ok("05 32 46 80 5a 02 ab cd f5 49 01 01",
		  "{\"iei\":90,\"name\":\"unknown element\",\"value\":\"abcd\"}",
		  "{\"iei\":245,\"name\":\"unknown element\",\"value\":\"f5\"}",
		  "{\"iei\":73,\"name\":\"network daylight saving time\"");
	/* an unknown comprehension-required identifier (0000 xxxx) is an error */
	expect("05 32 0a 01 00 49 01 01",
	       "\"error\":{\"offset\":2,\"reason\":\"unknown element 0x0a is comprehension required",
	       "{\"iei\":73,\"name\":\"network daylight saving time\"", NULL);
	/* a name whose length runs past the end */
	expect("05 32 43 09 84 d4", "{\"iei\":67,\"name\":\"full name for network\",\"value\":\"84d4\"}",
	       "\"error\":{\"offset\":3,\"reason\":\"element 0x43 of length 9, 2 octets follow\"}", NULL);
	/* a TV element cut short: 47 needs 8 octets */
	expect("05 32 47 42 50",
	       "\"error\":{\"offset\":2,\"reason\":\"element 0x47 needs 8 octets, 3 present\"}", NULL);
	/* a month 13 and a reserved coding scheme, inside the elements */
	expect("05 32 47 42 31 71 01 03 54 80", "\"reason\":\"month out of range\"", NULL);
	expect("05 32 43 02 a0 41", "\"reason\":\"coding scheme 2 is reserved\"", NULL);
	robust(MM_INFO, 2, 1);
}
END_TEST

/* ---- RR (TS 44.018 9.1) ---------------------------------------------------------------------- */

START_TEST(test_rr)
{
	/* HANDOVER COMMAND (9.1.15): 06 = skip 0, RR; 2b; cell description 1d 2a = ARFCN high
	 * 00, NCC 011, BCC 101, ARFCN low 0x2a; channel description 2 0a 0f 2a = 00001 010
	 * (TCH/F, timeslot 2), 000 0 00 11 (TSC 0, no hopping, ARFCN 3 * 256 + 0x2a); handover
	 * reference 0x55; 85 = ATC 1, power level 5; 63 01 mode of the first channel */
	expect_ok("06 2b 1d 2a 0a 0f 2a 55 85 63 01",
		  "\"protocolDiscriminator\":\"RR\",\"skipIndicator\":0,"
		  "\"messageType\":43,\"message\":\"HANDOVER COMMAND\"",
		  "\"cellDescription\":{\"ncc\":3,\"bcc\":5,\"bcchArfcn\":42}",
		  "\"channelDescription2\":{\"channelTypeCode\":1,\"channelType\":\"TCH/F + FACCH/F and "
		  "SACCH/F\",\"timeslot\":2,\"trainingSequenceCode\":0,\"hopping\":false,\"arfcn\":810,",
		  "\"handoverReference\":85,\"handoverAccessOptional\":true,\"epcMode\":false,"
		  "\"fpcEpc\":false,\"powerLevel\":5,",
		  "{\"iei\":99,\"name\":\"mode of the first channel (channel set 1)\",\"value\":{"
		  "\"modeCode\":1,\"mode\":\"speech full rate or half rate version 1 (GSM FR or GSM HR)\"");
	/* c5 0a: ARFCN high bits 11 -> 3 * 256 + 10 */
	expect_ok("06 2b c5 0a 0a 0f 2a 55 05", "\"bcchArfcn\":778", "\"handoverAccessOptional\":false");
	/* HANDOVER COMPLETE (9.1.16) RR cause 0; HANDOVER FAILURE (9.1.17) cause 0x0a;
	 * ASSIGNMENT COMPLETE (9.1.3); ASSIGNMENT FAILURE (9.1.4) cause 0x6f */
	expect_ok("06 2c 00", "\"message\":\"HANDOVER COMPLETE\"",
		  "\"rrCause\":{\"rrCauseValue\":0,\"rrCause\":\"normal event\"");
	expect_ok("06 28 0a", "\"message\":\"HANDOVER FAILURE\"",
		  "\"rrCause\":\"frequency not implemented\"");
	expect_ok("06 29 00", "\"message\":\"ASSIGNMENT COMPLETE\"");
	expect_ok("06 2f 6f", "\"rrCause\":\"protocol error unspecified\"");
	/* an RR message not decoded here keeps its body in hex */
	expect_ok("06 15 01 02", "\"body\":\"0102\"");
	expect("06 2b 1d 2a 0a", "\"error\":{\"offset\":5,\"reason\":\"truncated: the mandatory channel "
	       "description 2 needs 3 octets, 1 present\"}", NULL);
	robust("06 2b 1d 2a 0a 0f 2a 55 85 63 01", 9, 0);
	robust("06 28 0a", 3, 1);
}
END_TEST

/*
 * HANDOVER COMMAND with the optional elements of 9.1.15 in their order; tshark (text2pcap, user
 * DLT mapped to "gsm_a_dtap") shows every element with the values below:
 *   06 2b 1d 2a           header, cell description (NCC 3, BCC 5, BCCH ARFCN 42)
 *   09 61 23              channel description 2: 00001 001 TCH/F on timeslot 1; 011 0 00 01:
 *                         TSC 3, no hopping, ARFCN 0x123 = 291
 *   55 85                 handover reference 85; ATC 1, power level 5
 *   d1                    synchronization indication (type 1, IEI d): NCI 0, ROT 0, SI 01
 *   63 41                 mode of the first channel: speech version 3 (AMR)
 *   64 12 72 45           second channel, after time (10.5.2.5): 00010 010 TCH/H subchannel 0,
 *                         timeslot 2; 011 1 0010 / 01 000101: TSC 3, hopping, MAIO 001001 = 9,
 *                         HSN 5
 *   66 05                 mode of the second channel: GSM HR
 *   72 02 01 02           mobile allocation, after time: MA C 9 and MA C 2 (freqlist.c)
 *   7c 3b 4a              starting time: 00111 011 / 010 01010: T1' 7, T3 011010 = 26, T2 10
 *   7d 3f                 timing advance 63
 *   95                    cipher mode setting (IEI 9): 010 1: start ciphering with A5/3
 *   01 01 48              VGCS target mode: 01 group transmit, 0010 key 2, 00
 *   03 04 29 84 1a 40     multi-rate configuration: AMR, ICMI 1, start mode 1, 12.2 and 5.90
 *                         kbit/s, threshold 26 (13.0 dB), hysteresis 4 (2.0 dB)
 */
#define HO_CMD "06 2b 1d 2a 09 61 23 55 85 d1 63 41 64 12 72 45 66 05 72 02 01 02 7c 3b 4a 7d 3f" \
	" 95 01 01 48 03 04 29 84 1a 40"

START_TEST(test_rr_handover_elements)
{
	expect_ok(HO_CMD, "\"channelDescription2\":{\"channelTypeCode\":1,\"channelType\":\"TCH/F + FACCH/F "
		  "and SACCH/F\",\"timeslot\":1,\"trainingSequenceCode\":3,\"hopping\":false,\"arfcn\":291,",
		  "{\"iei\":209,\"name\":\"synchronization indication\",\"value\":{\"normalCellIndication\":false,"
		  "\"reportObservedTimeDifference\":false,\"synchronization\":\"synchronized\",",
		  "\"mode\":\"speech full rate or half rate version 3 (FR AMR or HR AMR)\"",
		  "{\"iei\":100,\"name\":\"second channel, after time\",\"value\":{"
		  "\"channelTypeCode\":2,\"channelType\":\"TCH/H + ACCHs\",\"subchannel\":0,\"timeslot\":2,"
		  "\"trainingSequenceCode\":3,\"hopping\":true,\"maio\":9,\"hsn\":5,",
		  "\"mode\":\"speech half rate version 1 (GSM HR)\"",
		  "{\"iei\":114,\"name\":\"mobile allocation, after time\",\"value\":{"
		  "\"cellAllocationPositions\":[2,9],",
		  "{\"iei\":124,\"name\":\"starting time\",\"value\":{\"t1Prime\":7,\"t3\":26,\"t2\":10,",
		  "{\"iei\":125,\"name\":\"timing advance\",\"value\":{\"timingAdvance\":63,",
		  "{\"iei\":149,\"name\":\"cipher mode setting\",\"value\":{\"startCiphering\":true,"
		  "\"algorithm\":\"A5/3\",",
		  "\"value\":{\"targetMode\":\"group transmit mode\",\"groupCipherKeyNumber\":2,",
		  "{\"iei\":3,\"name\":\"multi-rate configuration\",\"value\":{\"speechVersion\":"
		  "\"adaptive multirate speech version 1 (AMR)\",\"noiseSuppressionOff\":false,"
		  "\"initialCodecModeIndicator\":true,\"startMode\":1,\"codecModes\":[\"5.90\",\"12.2\"],");
	robust(HO_CMD, 9, 1);
	/* real time difference (7b): a type 4 element of 3 octets (10.5.2.41; tshark reads it as
	 * type 3 and stumbles on the length); value 16 half bit periods.  Frequency short list
	 * (12, type 3 of 10 octets): range 512 (check_freq.c derives it: ORIG-ARFCN 600, W 10, 5,
	 * 3), bit map 0 being no Frequency Short List format. */
	expect_ok("06 2b 1d 2a 09 61 23 55 85 7b 01 10 12 89 2c 02 81 40 c0 00 00 00",
		  "{\"iei\":123,\"name\":\"real time difference\",\"value\":{\"timeDifference\":16,",
		  "{\"iei\":18,\"name\":\"frequency short list, before time\",\"value\":{\"format\":"
		  "\"range 512\",\"origArfcn\":600,\"w\":[10,5,3],\"arfcns\":[600,610,613,870],");
	/* a frequency short list cut short; a reserved channel type 11111 in Channel Description 2;
	 * cipher mode setting with no ciphering (the algorithm bits are not read) */
	expect("06 2b 1d 2a 09 61 23 55 85 02 00 01",
	       "\"error\":{\"offset\":9,\"reason\":\"element 0x02 needs 10 octets, 3 present\"}", NULL);
	expect("06 2b 1d 2a f9 61 23 55 85", "\"channelTypeCode\":31,\"channelType\":\"reserved (31)\"", NULL);
	expect_ok("06 2b 1d 2a 09 61 23 55 85 9e", "\"value\":{\"startCiphering\":false,\"hex\":\"0e\"}");
	/* a VGCS target mode indication (type 4) of 2 octets: the octet too many is reported
	 * inside the element's object */
	expect("06 2b 1d 2a 09 61 23 55 85 01 02 48 00", "\"targetMode\":\"group transmit mode\"",
	       "\"reason\":\"1 octet after the 1 of a VGCS target mode indication\"", NULL);

	/* ASSIGNMENT COMMAND (9.1.2), also shown by tshark with these values (but for the
	 * SDCCH/8 subchannel: tshark prints 2 where 01001 011 is subchannel 001):
	 *   06 2e 09 61 23        channel description 2 as above
	 *   45                    power command: 0 1 0 00101 = EPC mode, power level 5
	 *   63 21                 mode of the first channel: GSM EFR
	 *   1c 4b e0 01           first channel before time: 01001 011 SDCCH/8 subchannel 1,
	 *                         timeslot 3; 111 0 00 00, 01: TSC 7, ARFCN 1
	 *   95                    cipher mode setting, A5/3 */
	expect_ok("06 2e 09 61 23 45 63 21 1c 4b e0 01 95", "\"message\":\"ASSIGNMENT COMMAND\"",
		  "\"arfcn\":291,\"hex\":\"096123\"},\"epcMode\":true,\"fpcEpc\":false,\"powerLevel\":5,",
		  "\"mode\":\"speech full rate or half rate version 2 (GSM EFR)\"",
		  "\"channelTypeCode\":9,\"channelType\":\"SDCCH/8 + SACCH/C8 or CBCH (SDCCH/8)\",\"subchannel\":1,"
		  "\"timeslot\":3,\"trainingSequenceCode\":7,\"hopping\":false,\"arfcn\":1,");
	expect("06 2e 09 61", "\"error\":{\"offset\":4,\"reason\":\"truncated: the mandatory channel "
	       "description 2 needs 3 octets, 2 present\"}", NULL);
	robust("06 2e 09 61 23 45 63 21 1c 4b e0 01 95", 6, 1);
	/* HANDOVER COMPLETE (9.1.16) with the mobile observed time difference (77, 21 bits:
	 * tshark: 512 half bit periods) */
	expect_ok("06 2c 00 77 03 00 10 00", "\"rrCause\":{\"rrCauseValue\":0,",
		  "{\"iei\":119,\"name\":\"mobile observed time difference\",\"value\":"
		  "{\"mobileTimeDifferenceHalfBitPeriods\":512,\"hex\":\"001000\"}}");
	/* 12 34 50: 0x2468a = 149130 (tshark agrees); 2 octets: truncated */
	expect_ok("06 2c 00 77 03 12 34 50", "\"mobileTimeDifferenceHalfBitPeriods\":149130");
	expect("06 2c 00 77 02 12 34", "\"value\":{\"hex\":\"1234\",\"error\":{\"offset\":2,", NULL);
	robust("06 2c 00 77 03 00 10 00", 3, 1);
	/* every value of every octet of a HANDOVER COMMAND with a channel description, starting
	 * time, cipher mode setting and multi-rate configuration */
	tu_exhaustive(emit, &(enum dec){ D_L3 }, "06 2b 1d 2a 09 61 23 55 85 7c 3b 4a 95 03 04 29 84 1a 40");
}
END_TEST

/* ---- supplementary services (TS 24.080) ---------------------------------------------------- */

START_TEST(test_ss)
{
	/* REGISTER (2.4): 0b = TI flag 0, TI 0, SS; 3b; 1c facility TLV: invoke { invokeID 1,
	 * opcode 59 (processUnstructuredSS-Request), USSD-Arg { DCS 0f, USSD-String 31 ("1") } };
	 * 7f SS version indicator 00 (the components themselves: tests/check_ss.c) */
	expect_ok("0b 3b 1c { a1 { 02 01 01 02 01 3b 30 { 04 01 0f 04 01 31 } } } 7f 01 00",
		  "\"protocolDiscriminator\":\"NCSS\",\"tiFlag\":false,\"transactionId\":0,"
		  "\"sendSequenceNumber\":0,"
		  "\"messageType\":59,\"message\":\"REGISTER\"",
		  "{\"iei\":28,\"name\":\"facility\",\"value\":{\"ber\":[{\"tag\":\"[1]\",\"length\":14,",
		  "{\"iei\":127,\"name\":\"SS version indicator\",\"value\":{\"ssVersion\":\"phase 2 service, "
		  "ellipsis notation and phase 2 error handling supported\"");
	/* FACILITY (2.3): 8b = TI flag 1; facility LV (a returnResult without result); SS
	 * version 01 */
	expect_ok("8b 3a 05 a2 03 02 01 01 7f 01 01", "\"tiFlag\":true",
		  "\"message\":\"FACILITY\"",
		  "\"facility\":{\"ber\":[{\"tag\":\"[2]\",\"length\":3",
		  "\"ssVersion\":\"SS-Protocol version 3 and phase 2 error handling supported\"");
	/* 7b 85: TI value 111 = extended: octet 2 = ext 1, TI 5 (TS 24.007 11.2.3.1.3) */
	expect_ok("7b 85 3a 05 a2 03 02 01 01",
		  "\"transactionId\":5,\"sendSequenceNumber\":0,\"messageType\":58");
	/* RELEASE COMPLETE (2.5): cause e0 91 (user busy), return result facility */
	expect_ok("8b 2a 08 02 e0 91 1c 05 a2 03 02 01 01",
		  "\"message\":\"RELEASE COMPLETE\"",
		  "{\"iei\":8,\"name\":\"cause\","
		  "\"value\":{\"codingStandard\":\"standard defined for the GSM PLMNs\"",
		  "\"cause\":\"user busy\"",
		  "{\"iei\":28,\"name\":\"facility\",\"value\":{\"ber\":[{\"tag\":\"[2]\"");
	expect_ok("8b 2a", "\"ies\":[]");
	/* REGISTER without its facility */
	expect("0b 3b 7f 01 00",
	       "\"error\":{\"offset\":2,"
	       "\"reason\":\"REGISTER without its facility element (TS 24.080 2.4)\"}", NULL);
	/* extended TI octet with extension bit 0 */
	expect("7b 05 3a 00",
	       "\"error\":{\"offset\":1,\"reason\":\"extension bit of the extended TI octet is 0\"}",
	       NULL);
	robust("0b 3b 1c { a1 { 02 01 01 02 01 3b 30 { 04 01 0f 04 01 31 } } } 7f 01 00", 2, 1);
	robust("7b 85 3a 05 a2 03 02 01 01", 9, 1);
}
END_TEST

/* ---- call control (TS 24.008 9.3) ----------------------------------------------------------- */

START_TEST(test_cc)
{
	/* DISCONNECT: 83 = TI flag 1, TI 0, CC; 25; cause LV 02 e0 90 (normal call clearing);
	 * facility (a returnResult without result); user-user */
	expect_ok("83 25 02 e090 1c 05 a2030201 01 7e 02 0041",
		  "\"protocolDiscriminator\":\"CC\",\"tiFlag\":true",
		  "\"message\":\"DISCONNECT\"", "\"cause\":{\"codingStandard\":",
		  "\"cause\":\"normal call clearing\"",
		  "{\"iei\":28,\"name\":\"facility\",\"value\":{\"ber\":[{\"tag\":\"[2]\"",
		  "{\"iei\":126,\"name\":\"user-user\",\"value\":\"0041\"}");
	/* SETUP from the MS with N(SD) 1 (45 = 01 000101) */
	expect_ok("03 45 34 01 a1",
		  "\"sendSequenceNumber\":1,\"messageType\":5,\"message\":\"SETUP\"",
		  "{\"iei\":52,\"name\":\"signal\",\"value\":1}");
	/* SETUP from the MS with a data bearer capability (10.5.4.5, the decoder signal_info.c
	 * uses for the gsm-0408 signalInfo): a2 = 3.1 kHz audio ex PLMN, octet 4 f2, octet 5 8e,
	 * octets 6 to 6d 20 43 5a 68 cb (see check_signal.c BC_V34), octet 7 cc (COPnoFlCt); a
	 * called party BCD number 1234 (tshark 4.0.17 gsm_a_dtap agrees on the bearer capability
	 * fields up to octet 6d and the number; it reads octet 7 from the 6d octet again) */
	expect_ok("03 05 04 09 a2 f2 8e 20 43 5a 68 cb cc 5e 03 81 21 43",
		  "{\"iei\":4,\"name\":\"bearer capability\",\"value\":{\"radioChannelRequirement\"",
		  "\"octets4On\":\"f28e20435a68cbcc\",\"compression\":\"data compression possible / "
		  "allowed\"", "\"connectionElement\":\"both, non transparent preferred\","
		  "\"modemTypeValue\":8,\"modemType\":\"autobauding type 1\"",
		  "\"userInformationLayer2Protocol\":\"COPnoFlCt (character oriented protocol with no "
		  "flow control mechanism)\",\"hex\":\"a2f28e20435a68cbcc\"}}");
	/* PROGRESS: progress indicator LV (10.5.4.21) e0 88 = GSM coding, location user,
	 * description 8 (tshark 4.0.17 agrees) */
	expect_ok("03 03 02 e0 88", "\"progressIndicator\":{\"codingStandard\":\"standard defined "
		  "for the GSM PLMNs\",\"location\":\"user\",\"progressDescriptionValue\":8,"
		  "\"progressDescription\":\"in-band information or appropriate pattern now "
		  "available\",\"hex\":\"e088\"}");
	expect("83 25 05",
	       "\"error\":{\"offset\":2,\"reason\":\"the mandatory cause does not fit the message\"}",
	       NULL);
	robust("83 25 02 e090 1c 05 a2030201 01 7e 02 0041", 5, 1);
}
END_TEST

/* ---- short message service (TS 24.011) ----------------------------------------------------- */

/*
 * CP-DATA (7.2.1): 09 = TI flag 0, TI 0, SMS; 01; CP-User data LV holding RP-DATA MS to
 * network (7.3.1.2): 00 = MTI 000; reference 2a; originator address length 0; destination
 * address 91 (international, E.164) 94 71 01 00 00 = 4917100000; RP-User data: SMS-SUBMIT
 * 01 (MTI 01, no VP), MR 05, DA 0b 91 94 71 23 45 67 f8 (11 digits 49173254768), PID 00,
 * DCS 00, UDL 4, "Test" d4 f2 9c 0e.
 */
#define RP_DATA_MO "09 01 { 00 2a 00 { 91 9471010000 } " \
	"{ 01 05 0b 91 947123 4567f8 00 00 04 d4f29c0e } }"
/* RP-DATA network to MS (7.3.1.1): 01; reference 07; originator 91 4917100000; destination
 * length 0; SMS-DELIVER 04 (MTI 00, MMS 1), OA, PID, DCS, SCTS 24-05-17 10:30:45 +02:00,
 * UDL 4, "Test" */
#define RP_DATA_MT "09 01 { 01 07 { 91 9471010000 } 00 " \
	"{ 04 0b 91 947123 4567f8 00 00 42507101035480 04 d4f29c0e } }"

START_TEST(test_sms)
{
	expect_ok(RP_DATA_MO, "\"protocolDiscriminator\":\"SMS\",\"tiFlag\":false,\"transactionId\":0,"
		  "\"messageType\":1,\"message\":\"CP-DATA\"",
		  "\"cpUserData\":{\"messageTypeIndicator\":0,\"messageType\":\"RP-DATA (MS to network)\","
		  "\"messageReference\":42,\"destinationAddress\":{\"typeOfNumber\":\"international number\"",
		  "\"digits\":\"4917100000\"",
		  "\"userData\":{\"type\":\"SMS-SUBMIT\",\"direction\":\"MS->SC\"", "\"ud\":{\"text\":\"Test\"}");
	expect_ok(RP_DATA_MT, "\"messageType\":\"RP-DATA (network to MS)\",\"messageReference\":7,"
		  "\"originatorAddress\":{\"typeOfNumber\":\"international number\"",
		  "\"userData\":{\"type\":\"SMS-DELIVER\",\"direction\":\"SC->MS\"",
		  "\"scts\":\"2024-05-17T10:30:45+02:00\"");
	/* RP-ACK network to MS (7.3.3): 03; reference 2a; 41 RP-User data: SMS-SUBMIT-REPORT
	 * 01 (MTI 01), PI 00, SCTS */
	expect_ok("89 01 { 03 2a 41 { 01 00 42507101035480 } }", "\"tiFlag\":true",
		  "\"messageType\":\"RP-ACK (network to MS)\"",
		  "{\"iei\":65,\"name\":\"RP-User data\",\"value\":{\"type\":\"SMS-SUBMIT-REPORT\"");
	/* RP-ACK MS to network with SMS-DELIVER-REPORT 00 (MTI 00), PI 00 */
	expect_ok("09 01 { 02 2a 41 { 00 00 } }", "\"messageType\":\"RP-ACK (MS to network)\"",
		  "\"value\":{\"type\":\"SMS-DELIVER-REPORT\"");
	/* RP-ERROR MS to network (7.3.4): 04; 2a; RP-Cause LV 16 (22 memory capacity
	 * exceeded) */
	expect_ok("09 01 { 04 2a 01 16 }", "\"messageType\":\"RP-ERROR (MS to network)\"",
		  "\"rpCauseValue\":22,\"rpCause\":\"Memory capacity exceeded\"");
	/* RP-ERROR network to MS: cause 0x80 | 0x2a (ext bit, 42 congestion), diagnostic 01 */
	expect_ok("09 01 { 05 2a 02 aa 01 }", "\"rpCause\":\"Congestion\",\"diagnostic\":\"01\"");
	/* RP-SMMA (7.3.2): 06, reference 2b */
	expect_ok("89 01 02 06 2b", "\"messageType\":\"RP-SMMA (MS to network)\",\"messageReference\":43");
	/* CP-ACK (7.2.2); CP-ERROR (7.2.3) cause 0x51 = 81 */
	expect_ok("89 04", "\"message\":\"CP-ACK\"");
	expect_ok("89 10 51", "\"message\":\"CP-ERROR\",\"cpCauseValue\":81,"
		  "\"cpCause\":\"Invalid Transaction Identifier value\"");
	/* a reserved RP message type, an RP-DATA whose user data runs past the end */
	expect("09 01 02 07 00", "\"messageType\":\"reserved (7)\"",
	       "\"error\":{\"offset\":0,\"reason\":\"RP message type 7 is reserved\"}", NULL);
	expect("09 01 05 00 2a 00 00 09",
	       "\"error\":{\"offset\":4,\"reason\":\"the mandatory RP-User data of length 9 runs past",
	       NULL);
	/* CP-DATA whose length runs past the end */
	expect("09 01 09 00 2a",
	       "\"error\":{\"offset\":2,\"reason\":\"the mandatory CP-User data of length 9 runs past",
	       NULL);
	robust(RP_DATA_MO, 31, 1);
	robust(RP_DATA_MT, 37, 1);
	robust("89 01 { 03 2a 41 { 01 00 42507101035480 } }", 5, 1);
	robust("89 10 51", 3, 1);
}
END_TEST

/* ---- the header, other protocols, through BSSAP ---------------------------------------------- */

START_TEST(test_header_and_bssap)
{
	char *s = render(D_L3, NULL, 0, 0);

	tu_assert_has(s, "\"hex\":\"\",\"error\":{\"offset\":0,\"reason\":\"empty layer 3 message\"}");
	free(s);
	expect("05", "\"protocolDiscriminator\":\"MM\"",
	       "\"error\":{\"offset\":1,\"reason\":\"truncated: the message type is missing\"}", NULL);
	/* a skip indicator that is not 0 is shown (TS 24.007 11.2.3.1.2) */
	expect_ok("f5 21", "\"skipIndicator\":15");
	/* a GMM (8) message type dtap.c does not decode (0x07 is unassigned): its body in hex */
	expect_ok("08 07 02 03", "\"protocolDiscriminator\":\"GMM\",\"skipIndicator\":0,\"messageType\":7",
		  "\"body\":\"0203\"");
	/* an MM message type not decoded here (0x26 is unassigned in TS 24.008 Table 10.2) */
	expect_ok("05 26 01", "\"message\":\"unknown MM message type (38)\"", "\"body\":\"01\"");
	/* message names from the standards' tables, not libosmocore's C constants: CC 0x00
	 * (Table 10.3) and RR 0x08 (TS 44.018 Table 10.4.1); RR 0x0c is UPLINK FREE of the short PD
	 * table 10.4.2, not a name of Table 10.4.1 */
	expect_ok("03 00", "\"message\":\"escape to nationally specific message types\"");
	expect_ok("06 08", "\"message\":\"RR-CELL CHANGE ORDER\"");
	expect_ok("06 0c", "\"message\":\"unknown RR message type (12)\"");
	expect_ok("06 3f", "\"message\":\"IMMEDIATE ASSIGNMENT\"");
	/* through BSSAP: 01 = DTAP, DLCI 00, length, then the L3 message; errors count from the
	 * start of the BSSAP message */
	expect_bssap("01 00 { 05 22 11 }", "\"discrimination\":\"DTAP\",\"dlci\":0,\"l3\":\"052211\"",
		     "\"rejectCause\":\"Network failure\"", NULL);
	expect_bssap("01 00 03 05 24 71", "\"error\":{\"offset\":6,\"reason\":\"truncated: the mandatory "
		     "mobile station classmark 2 is missing\"}", NULL);
	expect_bssap("01 00 02 05 21 00",
		     "\"error\":{\"offset\":5,\"reason\":\"1 octets after the DTAP message\"}",
		     NULL);
	expect_bssap("01 00 " "{ 09 01 { 04 2a 01 16 } }", "\"rpCause\":\"Memory capacity exceeded\"",
		     NULL);
}
END_TEST

/* LOCATION UPDATING ACCEPT (9.2.13) with 34 emergency number list (10.5.3.13) 03 01 11 f2 =
 * length 3, category 00001 police, "112"; 35 per MS T3212 (GPRS timer 3, 10.5.7.4a) 21 = 1
 * hour, 1 (tshark 4.0.17 agrees) */
START_TEST(test_mm_lists_and_timers)
{
	expect_ok("05 02 " LAI " 34 04 03 01 11 f2 35 01 21",
		  "{\"iei\":52,\"name\":\"emergency number list\",\"value\":{\"emergencyNumbers\":["
		  "{\"serviceCategoryValue\":1,\"serviceCategories\":[\"police\"],\"number\":\"112\"}],"
		  "\"hex\":\"030111f2\"}}",
		  "{\"iei\":53,\"name\":\"per MS T3212\",\"value\":{\"timerValue\":1,\"unit\":\"1 hour\","
		  "\"seconds\":3600,\"hex\":\"21\"}}");
	/* all five categories (1f), an even number of digits "9110" = 19 01; the
	 * timer deactivated (e0) */
	expect_ok("05 02 " LAI " 34 04 03 1f 19 01 35 01 e0",
		  "\"serviceCategoryValue\":31,\"serviceCategories\":[\"police\",\"ambulance\","
		  "\"fire brigade\",\"marine guard\",\"mountain rescue\"],\"number\":\"9110\"",
		  "\"unit\":\"deactivated\",\"deactivated\":true");
	/* a GPRS timer 3 of 2 octets; an entry running past the list */
	expect("05 02 " LAI " 35 02 21 00", "\"seconds\":3600",
	       "\"error\":{\"offset\":1,", NULL);
	expect("05 02 " LAI " 34 03 05 01 11", "\"emergencyNumbers\":[]",
	       "\"error\":{\"offset\":0,\"reason\":\"an emergency number entry of length 5, 2 octets "
	       "follow\"}", NULL);
	robust("05 02 " LAI " 34 04 03 01 11 f2 35 01 21", 7, 1);
}
END_TEST

/*
 * HANDOVER COMMAND (TS 44.018 9.1.15) 06 2b 1d 2a 0a 0f 2a 55 05 with 76 dynamic ARFCN
 * mapping (10.5.2.11b): 8c 00 32 14 = 1, GSM_Band 0001 DCS 1800, ARFCN_FIRST 512,
 * BAND_OFFSET 100, ARFCN_RANGE 20; cf fe 00 7f = 1, band 1001 (reserved), 1023, 0, 127; 00 =
 * 0 (end) and padding; 6d extended TSC set after time (10.5.2.82) a5 = secondary PS TSC value
 * 101, secondary PS set 0, primary PS set 0, secondary assigned 1, CS set 01 (set 2); 6e
 * before time 1a = 000 1 1 0 10 (tshark 4.0.17 agrees with each field)
 */
#define HO_CMD_TSC "06 2b 1d 2a 0a 0f 2a 55 05 76 09 8c 00 32 14 cf fe 00 7f 00 6d a5 6e 1a"

START_TEST(test_rr_mapping_and_tsc)
{
	expect_ok(HO_CMD_TSC,
		  "{\"iei\":118,\"name\":\"dynamic ARFCN mapping\",\"value\":{\"mappings\":["
		  "{\"gsmBandValue\":1,\"gsmBand\":\"DCS 1800\",\"arfcnFirst\":512,\"bandOffset\":100,"
		  "\"arfcnRange\":20},{\"gsmBandValue\":9,\"gsmBand\":\"reserved (9)\",\"arfcnFirst\":1023,"
		  "\"bandOffset\":0,\"arfcnRange\":127}],\"hex\":\"8c003214cffe007f00\"}}",
		  "{\"iei\":109,\"name\":\"extended TSC set, after time\",\"value\":{\"csDomainTscSet\":2,"
		  "\"secondaryPsDomainTscAssigned\":true,\"primaryPsDomainTscSet\":\"TSC set 1\","
		  "\"secondaryPsDomainTscSet\":\"TSC set 1\",\"secondaryPsDomainTscValue\":5,"
		  "\"hex\":\"a5\"}}",
		  "{\"iei\":110,\"name\":\"extended TSC set, before time\",\"value\":{\"csDomainTscSet\":3,"
		  "\"secondaryPsDomainTscAssigned\":false,\"primaryPsDomainTscSet\":\"TSC set 3 for GMSK, "
		  "TSC set 2 for 8PSK, 16QAM and 32QAM\",\"secondaryPsDomainTscSet\":\"TSC set 3 for GMSK, "
		  "TSC set 2 for 8PSK, 16QAM and 32QAM\",\"secondaryPsDomainTscValue\":0,");
	/* an empty mapping list (a single 0 bit); a mapping cut short; no 0 bit at the end */
	expect_ok("06 2b 1d 2a 0a 0f 2a 55 05 76 01 00", "\"value\":{\"mappings\":[],\"hex\":\"00\"}");
	expect("06 2b 1d 2a 0a 0f 2a 55 05 76 02 8c 00", "\"mappings\":[]",
	       "\"error\":{\"offset\":0,\"reason\":\"truncated: an ARFCN mapping needs 31 bits", NULL);
	expect("06 2b 1d 2a 0a 0f 2a 55 05 76 04 8c 00 32 14", "\"arfcnRange\":20}]",
	       "\"error\":{\"offset\":4,\"reason\":\"truncated: the list of ARFCN mappings does not "
	       "end with a 0 bit\"}", NULL);
	expect("06 2b 1d 2a 0a 0f 2a 55 05 76 00", "\"mappings\":[]", "\"error\":{\"offset\":0,", NULL);
	robust(HO_CMD_TSC, 9, 1);
	/* 51 dedicated service information (10.5.2.59, TV 2): bit 1 Last Segment (tshark 4.0.17:
	 * "Last Segment: Mobile station shall perform Service Information Sending procedure on
	 * new cell" for 01, "... shall not ..." for 00); bits 8-2 spare */
	expect_ok("06 2b 1d 2a 0a 0f 2a 55 05 51 01",
		  "{\"iei\":81,\"name\":\"dedicated service information\",\"value\":"
		  "{\"lastSegment\":true,\"serviceInformationSendingOnNewCell\":\"the MS shall "
		  "perform it\",\"hex\":\"01\"}}");
	expect_ok("06 2b 1d 2a 0a 0f 2a 55 05 51 00",
		  "{\"lastSegment\":false,\"serviceInformationSendingOnNewCell\":\"the MS shall "
		  "not perform it\",\"hex\":\"00\"}");
	expect_ok("06 2b 1d 2a 0a 0f 2a 55 05 51 03", "\"lastSegment\":true,", "\"spareBits\":1,");
}
END_TEST

Suite *tu_suite_dtap(void)
{
	Suite *s = suite_create("dtap");
	TCase *tc = tcase_create("dtap");

	tcase_add_test(tc, test_cm_service);
	tcase_add_test(tc, test_location_updating);
	tcase_add_test(tc, test_mm_flags_and_prompt);
	tcase_add_test(tc, test_identity_auth_tmsi);
	tcase_add_test(tc, test_mm_information);
	tcase_add_test(tc, test_rr);
	tcase_add_test(tc, test_rr_handover_elements);
	tcase_add_test(tc, test_ss);
	tcase_add_test(tc, test_cc);
	tcase_add_test(tc, test_sms);
	tcase_add_test(tc, test_header_and_bssap);
	tcase_add_test(tc, test_mm_lists_and_timers);
	tcase_add_test(tc, test_rr_mapping_and_tsc);
	tcase_set_timeout(tc, 120);
	suite_add_tcase(s, tc);
	return s;
}
