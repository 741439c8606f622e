/*
 * TS 48.008 BSSMAP information element contents (codec/bssap.c), from vectors built by hand
 * from the standard's layouts (clause 3.2.2; TS 24.008 for mobile identities, TS 23.003 for
 * LSA IDs, TS 29.205 for the Global Call Reference, TS 26.103 for codec types).  Each vector's
 * comment derives its octets (bits written 8..1, most significant first).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "bssap.h"

Suite *tu_suite_bssap(void);

/* ---- rendering ------------------------------------------------------------------------------ */

enum dec { D_IE, D_MSG, D_TLV, D_ALG, D_CMI, D_LSA, D_CODEC };

/* what to decode: the decoder and, for D_IE, the element identifier */
struct what {
	enum dec d;
	uint8_t iei;
};

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	const struct what *w = arg;

	switch (w->d) {
	case D_IE: tk_emit_bssmap_ie(e, w->iei, p, n); break;
	case D_MSG: tk_emit_bssap(e, p, n); break;
	case D_TLV: tk_emit_bssmap_tlv(e, p, n); break;
	case D_ALG: tk_emit_bssmap_permitted_algorithms(e, p, n); break;
	case D_CMI: tk_emit_bssmap_classmark_info(e, p, n); break;
	case D_LSA: tk_emit_lsa_attributes(e, p, n); break;
	case D_CODEC: tk_emit_codec_26103(e, p, n); break;
	}
}

/* the value as JSON (or text), from an exact-size heap copy, as a malloc'd string */
static char *render(enum dec d, uint8_t iei, const uint8_t *p, size_t n, int text)
{
	struct what w = { d, iei };

	return tu_render(emit, &w, p, n, text);
}

/* decode tmpl and assert each needle (a NULL-terminated list) is in the JSON */
static void expect(enum dec d, uint8_t iei, const char *tmpl, ...)
{
	struct what w = { d, iei };
	va_list ap;

	va_start(ap, tmpl);
	tu_vexpect(emit, &w, tmpl, 1, ap);
	va_end(ap);
}

static void expect_no_error(enum dec d, uint8_t iei, const char *tmpl)
{
	struct what w = { d, iei };

	tu_expect_no_error(emit, &w, tmpl);
}

/* as expect(), but the value must also decode without an error */
#define expect_ok(d, iei, tmpl, ...) do { \
		expect(d, iei, tmpl, __VA_ARGS__, NULL); \
		expect_no_error(d, iei, tmpl); \
	} while (0)

#define IE(iei, tmpl, ...) expect_ok(D_IE, iei, tmpl, __VA_ARGS__)
#define IE_BAD(iei, tmpl, ...) expect(D_IE, iei, tmpl, __VA_ARGS__, NULL)

/*
 * Every truncation of the vector (0 .. n-1 octets) and every single-octet corruption gives one
 * well-formed object with "hex"; a truncation below `complete` octets says "error".  With one
 * octet too many the error is at offset n when `exact` (fixed-length values).
 */
static void robust(enum dec d, uint8_t iei, const char *tmpl, size_t complete, int exact)
{
	static const uint8_t corrupt[] = { 0x00, 0xff, 0x0f, 0xf0, 0x80, 0x7f, 0x55, 0xaa };
	uint8_t buf[256];
	size_t n = tu_ber(tmpl, buf, sizeof(buf));
	size_t k, c;
	char *s, needle[64];

	for (k = 0; k < n; k++) {
		s = render(d, iei, buf, k, 0);
		tu_assert_one_object(s);
		tu_assert_has(s, "\"hex\":\"");
		if (k < complete)
			tu_assert_has(s, "\"error\":{\"offset\":");
		free(s);
		free(render(d, iei, buf, k, 1));
	}
	for (k = 0; k < n; k++) {
		for (c = 0; c < sizeof(corrupt); c++) {
			uint8_t b2[256];
			memcpy(b2, buf, n);
			b2[k] = corrupt[c];
			s = render(d, iei, b2, n, 0);
			tu_assert_one_object(s);
			tu_assert_has(s, "\"hex\":\"");
			free(s);
			free(render(d, iei, b2, n, 1));
		}
	}
	buf[n] = 0x00;
	s = render(d, iei, buf, n + 1, 0);
	tu_assert_one_object(s);
	if (exact) {
		snprintf(needle, sizeof(needle), "\"error\":{\"offset\":%zu,", n);
		tu_assert_has(s, needle);
	}
	free(s);
}

/* ---- circuit, cause, cell ----------------------------------------------------------------------- */

START_TEST(test_cic_cause)
{
	/* CIC 0x0045 = 69: PCM multiplex 69 >> 5 = 2, timeslot 69 & 31 = 5 */
	IE(0x01, "00 45", "\"cic\":69,\"pcmMultiplex\":2,\"timeslot\":5,\"hex\":\"0045\"");
	robust(D_IE, 0x01, "00 45", 2, 1);

	/* cause 0 0100000: class 010, equipment failure */
	IE(0x04, "20", "\"causeClass\":\"resource unavailable\"", "\"causeValue\":32",
	   "\"cause\":\"equipment failure\"");
	/* 0 0001011: handover successful, class 000 */
	IE(0x04, "0b", "\"causeClass\":\"normal event\"", "\"cause\":\"handover successful\"");
	/* 0 0011010 = 26: in the national block 0x19-0x1f */
	IE(0x04, "1a", "\"cause\":\"reserved for national use (26)\"");
	/* 1 001 0000, 0x07: two octets, first 1XXX0000: national cause 7 of class 001 */
	IE(0x04, "90 07", "\"causeClass\":\"normal event\"", "\"extended\":true", "\"nationalCause\":7");
	/* 1 001 0001, 0x23: a two-octet cause value 0x1123 = 4387 */
	IE(0x04, "91 23", "\"causeValue\":4387");
	IE_BAD(0x04, "90", "\"extended\":true", "\"error\":{\"offset\":1,\"reason\":\"truncated: a two-octet Cause");
	IE_BAD(0x04, "20 00", "\"cause\":\"equipment failure\"", "\"error\":{\"offset\":1,");
	robust(D_IE, 0x04, "90 07", 2, 1);
	robust(D_IE, 0x04, "20", 1, 1);
}
END_TEST

START_TEST(test_cell_identifier)
{
	/* discriminator 0000 (CGI); MCC 262 -> 62 f2 .. with MNC digit 3 = f, MNC 01 -> 10;
	 * LAC 0x1234 = 4660, CI 0x5678 = 22136 */
	IE(0x05, "00 62 f2 10 12 34 56 78",
	   "\"discriminator\":\"whole cell global identification (CGI)\"",
	   "\"cgi\":{\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":4660,\"ci\":22136,\"hex\":\"62f21012345678\"}");
	/* 0001: LAC and CI */
	IE(0x05, "01 12 34 56 78", "\"lac\":4660,\"ci\":22136");
	/* 0010: CI only; 0011: no cell */
	IE(0x05, "02 56 78", "\"ci\":22136");
	IE(0x05, "03", "\"discriminator\":\"no cell associated with the transaction\"");
	/* 0100: LAI */
	IE(0x05, "04 62 f2 10 12 34", "\"lai\":{\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":4660,");
	/* 1000: PLMN, LAC, RNC-ID 0x007b = 123 */
	IE(0x05, "08 62 f2 10 12 34 00 7b", "\"lai\":{\"mcc\":\"262\"", "\"rncId\":123");
	/* 1011: SAI, SAC 0x0001 */
	IE(0x05, "0b 62 f2 10 12 34 00 01", "\"sai\":{\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":4660,\"sac\":1,");
	/* 1110: LAC and extended RNC-ID 0x1001 = 4097 */
	IE(0x05, "0e 12 34 10 01", "\"lac\":4660,\"extendedRncId\":4097");
	/* 0111 is spare */
	IE_BAD(0x05, "07 12 34", "\"discriminator\":\"spare (7)\"",
	       "\"error\":{\"offset\":0,\"reason\":\"cell identification discriminator 7 is spare\"}");
	IE_BAD(0x05, "00 62 f2 10 12", "\"error\":{\"offset\":5,\"reason\":\"truncated");
	/* a bad MCC digit is reported inside the CGI object */
	IE_BAD(0x05, "00 6a f2 10 12 34 56 78", "\"cgi\":{", "MCC digit is 0xa");
	robust(D_IE, 0x05, "00 62 f2 10 12 34 56 78", 8, 1);
	robust(D_IE, 0x05, "08 62 f2 10 12 34 00 7b", 8, 1);

	/* list of LACs (0101): 0x1234, 0x5678 */
	IE(0x1a, "05 12 34 56 78", "\"cells\":[{\"lac\":4660},{\"lac\":22136}]");
	/* list of CGIs */
	IE(0x1a, "00 62 f2 10 12 34 56 78 62 f2 10 00 01 00 02",
	   "\"cells\":[{\"cgi\":{\"mcc\":\"262\"", "\"lac\":1,\"ci\":2,");
	/* all cells (0110): no elements */
	IE(0x1a, "06", "\"discriminator\":\"all cells on the BSS\"");
	IE_BAD(0x1a, "05 12 34 56", "\"cells\":[{\"lac\":4660}]",
	       "\"error\":{\"offset\":3,\"reason\":\"1 octets left, a cell identification has 2\"}");
	IE_BAD(0x1a, "05", "\"error\":{\"offset\":1,\"reason\":\"no cell identification");
	robust(D_IE, 0x1a, "01 12 34 56 78 00 01 00 02", 1, 0);
}
END_TEST

/* ---- priority, layer 3 header, identities, encryption -------------------------------------------- */

START_TEST(test_priority_identities)
{
	/* 0 1 0010 1 1: pci 1, level 2, qa 1, pvi 1 */
	IE(0x06, "4b", "\"preemptionCapability\":true,\"priorityLevel\":2,\"queuingAllowed\":true,"
	   "\"preemptionVulnerability\":true");
	/* 0 0 1111 0 0: priority not used */
	IE(0x06, "3c", "\"preemptionCapability\":false,\"priorityLevel\":15,\"priority\":\"priority not used\"");
	robust(D_IE, 0x06, "4b", 1, 1);

	/* PD 0101 (MM), TI flag 1, TI value 010 */
	IE(0x07, "05 0a", "\"protocolDiscriminator\":5", "\"tiFlag\":true,\"transactionId\":2");
	robust(D_IE, 0x07, "05 0a", 2, 1);

	/* IMSI 262011234567890 (15 digits, odd): octet 1 = digit 1 (2) | odd 1 | type 001 = 0x29,
	 * then digit pairs low nibble first: 26 10 21 43 65 87 09 */
	IE(0x08, "29 26 10 21 43 65 87 09", "\"typeOfIdentity\":\"IMSI\"", "\"digits\":\"262011234567890\"");
	/* 14 digits (even, 0x21): the last high nibble is the filler f */
	IE(0x08, "21 26 10 21 43 65 87 f9", "\"digits\":\"26201123456789\"");
	IE_BAD(0x08, "29 26 10 2a 43 65 87 09",
	       "\"error\":{\"offset\":3,\"reason\":\"digit 6 is '*', not a decimal digit\"}");
	IE_BAD(0x08, "21 26 10 21 43 65 87 09", "\"error\":{\"offset\":7,\"reason\":\"filler is 0x0");
	/* an IMSI IE holding a TMSI-type identity */
	IE_BAD(0x08, "f4 12 34 56 78", "\"tmsi\":\"12345678\"",
	       "\"error\":{\"offset\":0,\"reason\":\"type of identity 4 where IMSI is expected\"}");
	robust(D_IE, 0x08, "29 26 10 21 43 65 87 09", 1, 0);
	/* 40 octets (possible in a MAP OCTET STRING): the digits of the first 16, an error at 16 */
	IE_BAD(0x08, "29 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11"
	       "11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11",
	       "\"error\":{\"offset\":16,\"reason\":\"40 octets: too long for an IMSI");
	/* Mobile Identity with a TMSI; TMSI IE (the 4 octets alone) */
	IE(0x29, "f4 12 34 56 78", "\"typeOfIdentity\":\"TMSI/P-TMSI/M-TMSI\",\"tmsi\":\"12345678\"");
	IE(0x09, "12 34 56 78", "\"tmsi\":\"12345678\"");
	robust(D_IE, 0x09, "12 34 56 78", 4, 1);
	/* IMEI (15 digits, odd, type 010): 0x3a = digit 3 | 1 | 010, then 9 5, 0 6, 0 1, 2 3, 4 5, 6 7, 8 9 */
	IE(0x68, "3a 59 60 10 32 54 76 98", "\"typeOfIdentity\":\"IMEI\"", "\"digits\":\"395060123456789\"");

	/* permitted algorithms 0000 1010: A5/1 and A5/3; Kc 0102030405060708 */
	IE(0x0a, "0a 01 02 03 04 05 06 07 08", "\"permittedAlgorithms\":[\"A5/1\",\"A5/3\"],\"key\":\"0102030405060708\"");
	/* 0000 0001: no encryption, no key */
	IE(0x0a, "01", "\"permittedAlgorithms\":[\"no encryption\"]");
	robust(D_IE, 0x0a, "0a 01 02 03 04 05 06 07 08", 1, 0);
	expect_ok(D_ALG, 0, "ff", "\"permittedAlgorithms\":[\"no encryption\",\"A5/1\",\"A5/2\",\"A5/3\","
		  "\"A5/4\",\"A5/5\",\"A5/6\",\"A5/7\"]");
	robust(D_ALG, 0, "02", 1, 1);
	/* Kc128: 16 octets */
	IE(0x83, "45 45 45 45 45 45 45 45 45 45 45 45 45 45 45 45", "\"kc128\":\"45454545454545454545454545454545\"");
	robust(D_IE, 0x83, "45 45 45 45 45 45 45 45 45 45 45 45 45 45 45 45", 16, 1);
	/* chosen encryption algorithm 0x04 = A5/3; 0x09 is reserved */
	IE(0x2c, "04", "\"algorithm\":\"GSM A5/3\"");
	IE(0x2c, "09", "\"algorithm\":\"reserved (9)\"");
}
END_TEST

/* ---- channel type, chosen channel, speech version ---------------------------------------------- */

START_TEST(test_channel_type)
{
	/* speech (0001), 0x0b half rate preferred, versions 1 0100001 (FR AMR, more follow) and
	 * 0 0100101 (HR AMR) */
	IE(0x0b, "01 0b a1 25", "\"speechDataIndicator\":\"speech\"", "\"channelRateAndTypeCode\":11",
	   "\"permittedSpeechVersions\":[\"GSM speech full rate version 3 (FR AMR)\","
	   "\"GSM speech half rate version 3 (HR AMR)\"]");
	/* speech + CTM, full rate only, FR AMR-WB (0x42) */
	IE(0x0b, "04 08 42", "\"speechDataIndicator\":\"speech + CTM text telephony\"",
	   "\"permittedSpeechVersions\":[\"GSM speech full rate version 5 (FR AMR-WB)\"]");
	/* data (0010), full rate TCH (0x08), octet 5 = 1 1 011000: extension, non-transparent,
	 * 14.5 kbit/s; octet 5a = 0000 1011: 14.5, 12.0 and 6.0 kbit/s allowed */
	IE(0x0b, "02 08 d8 0b", "\"speechDataIndicator\":\"data\"", "\"transparent\":false",
	   "\"rate\":\"14.5 kbit/s\"", "\"rate14k5Allowed\":true,\"rate12k0Allowed\":true,\"rate6k0Allowed\":true");
	/* data, transparent 9.6 kbit/s (0 0 010000) */
	IE(0x0b, "02 09 10", "\"transparent\":true", "\"rate\":\"9.6 kbit/s\"");
	/* data, multislot 0x21 (2 channels, changes allowed), non-transparent 0x10 */
	IE(0x0b, "02 21 50", "\"maxTrafficChannels\":2", "\"rate\":\"12.0 / 12.0 kbit/s (2x6 kbit/s or 1x12 kbit/s)\"",
	   "\"channelRateAndType\":\"full rate TCH channels in a multislot configuration, changes allowed (33)\"");
	/* signalling, SDCCH */
	IE(0x0b, "03 01 00", "\"speechDataIndicator\":\"signalling\",\"channelRateAndTypeCode\":1,"
	   "\"channelRateAndType\":\"SDCCH\"");
	IE_BAD(0x0b, "05 08 01", "\"error\":{\"offset\":0,\"reason\":\"speech/data indicator 5 is reserved\"}");
	IE_BAD(0x0b, "01 08 81", "\"error\":{\"offset\":3,\"reason\":\"truncated: the last permitted speech version");
	IE_BAD(0x0b, "01 08 01 05", "\"error\":{\"offset\":3,\"reason\":\"1 octets after the last permitted");
	IE_BAD(0x0b, "02 08 d8", "\"error\":{\"offset\":3,\"reason\":\"truncated");
	robust(D_IE, 0x0b, "01 0b a1 25", 3, 1);
	robust(D_IE, 0x0b, "02 08 d8 0b", 4, 0);
	/* CODEC-Info: the whole IE with identifier 0x0b and length 3 */
	expect_ok(D_TLV, 0, "0b 03 01 08 01", "\"iei\":11,\"name\":\"Channel Type\"",
		  "\"decoded\":{\"speechDataIndicator\":\"speech\"");
	expect(D_TLV, 0, "0b 04 01 08 01", "\"error\":{\"offset\":1,\"reason\":\"length 4, 3 octets follow\"}", NULL);
	robust(D_TLV, 0, "0b 03 01 08 01", 2, 1);

	/* chosen channel 1001 1001: speech, 1 half rate TCH; 1011 1000: data 12.0, 1 full rate */
	IE(0x21, "99", "\"channelMode\":\"speech (full rate or half rate)\",\"channel\":\"1 half rate TCH\"");
	IE(0x21, "b8", "\"channelMode\":\"data, 12.0 kbit/s radio interface rate\",\"channel\":\"1 full rate TCH\"");
	/* current channel type 1: 0001 1000 speech, full rate */
	IE(0x31, "18", "\"channelMode\":\"speech (full rate or half rate)\",\"channel\":\"1 full rate TCH\"");
	/* speech version 0 1000010: FR AMR-WB */
	IE(0x40, "42", "\"speechVersion\":\"GSM speech full rate version 5 (FR AMR-WB)\"");
	IE(0x40, "7f", "\"speechVersion\":\"reserved (127)\"");
	robust(D_IE, 0x40, "42", 1, 1);
	/* circuit pool 5, 0x81 national */
	IE(0x2d, "05", "\"circuitPoolNumber\":5,\"circuitPool\":\"circuit pool number (5)\"");
	IE(0x2d, "81", "\"circuitPool\":\"for national/local use (129)\"");
}
END_TEST

/* ---- small ones -------------------------------------------------------------------------------- */

START_TEST(test_small_ies)
{
	IE(0x12, "33 19 a2", "\"msClassmark2\":{\"revisionLevel\":", "\"hex\":\"3319a2\"}");
	/* classmark 3 (csn1.c): spare 0, multiband 110, A5/7..A5/4 0000; radio capabilities 1 and 4 */
	IE(0x13, "60 14", "\"msClassmark3\":{\"multibandSupported\":{\"gsm1800\":true,\"eGsmOrRGsm\":true,",
	   "\"associatedRadioCapability1\":4,\"hex\":\"6014\"}");
	/* classmark 1: 0 01 1 0 011: revision 1, ES IND, A5/1 available, RF power 3 */
	IE(0x1d, "33", "\"revisionLevel\":1,\"esInd\":true,\"a51Available\":true,\"rfPowerCapability\":3");
	expect_ok(D_CMI, 0, "33", "\"revisionLevel\":1,");
	expect(D_CMI, 0, "33 19 a2", "\"msClassmark2\":{", NULL);
	/* bands 1 and 3 (0000 0101) */
	IE(0x14, "05", "\"bands\":[1,3]");
	IE(0x15, "09", "\"rrCauseValue\":9,\"rrCause\":\"channel mode unacceptable\"");
	IE(0x15, "7e", "\"rrCause\":\"unassigned (126)\"");
	/* DLCI 01 000 000: SACCH, SAPI 0; 00 000 011: FACCH or SDCCH, SAPI 3 */
	IE(0x18, "40", "\"controlChannel\":\"SACCH\",\"sapi\":0");
	IE(0x18, "03", "\"controlChannel\":\"FACCH or SDCCH\",\"sapi\":3");
	IE(0x19, "01", "\"downlinkDtxForbidden\":true");
	IE(0x19, "00", "\"downlinkDtxForbidden\":false");
	/* Layer 3 Information (3.2.2.24) of COMPLETE LAYER 3 INFORMATION: 05 = skip indicator 0, MM;
	 * 08 LOCATION UPDATING REQUEST; 70 = CKSN 7, normal updating; LAI 62 f2 10 12 34;
	 * classmark 1 33; mobile identity LV 05 f4 + TMSI 12345678 (dtap.c decodes it) */
	IE(0x17, "05 08 70 62 f2 10 12 34 33 05 f4 12 34 56 78", "\"protocolDiscriminator\":\"MM\"",
	   "\"messageType\":8,\"message\":\"LOCATION UPDATING REQUEST\"", "\"tmsi\":\"12345678\"");
	/* the same cut after the message type: the message's own error, at its offset */
	IE_BAD(0x17, "05 08", "\"error\":{\"offset\":2,\"reason\":\"truncated: the mandatory location");
	IE_BAD(0x17, "05", "\"error\":{\"offset\":1,");
	IE(0x50, "01", "\"serviceHandover\":\"handover to UTRAN or cdma2000 should not be performed\"");
	/* Call Identifier 0xdeadface, least significant octet first */
	IE(0x7f, "ce fa ad de", "\"callId\":3735943886");
	robust(D_IE, 0x7f, "ce fa ad de", 4, 1);
	/* Old LAI, Selected PLMN ID */
	IE(0x96, "62 f2 10 12 34", "\"lai\":{\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":4660,");
	IE(0x94, "62 f2 10", "\"plmn\":{\"mcc\":\"262\",\"mnc\":\"01\",");
	IE(0x53, "00 01", "\"note\":\"GERAN Classmark");
	/* an identifier without a decoder (0x02 is not a TS 48.008 element) */
	IE_BAD(0x02, "00", "\"error\":{\"offset\":0,\"reason\":\"no decoder for information element 0x02\"}");
}
END_TEST

/* ---- Old BSS to New BSS, LSA, codecs, AoIP, GCR ---------------------------------------------------- */

START_TEST(test_structured)
{
	/* field 0x02 (Current Channel Type 2), length 2: mode 0001 speech, channel 1000 one full rate
	 * TCH; field 0x05 (MultiRate configuration, TS 44.018 10.5.2.21aa), length 3: 20 = version
	 * 001, NSCB 0, ICMI 0, start mode 00; 02 = the one mode 5.15 kbit/s, so no thresholds */
	IE(0x3a, "02 02 01 08 05 02 20 02",
	   "{\"identifier\":2,\"name\":\"Current Channel Type 2\",\"value\":\"0108\","
	   "\"channelMode\":\"speech (full rate or half rate)\",\"channel\":\"1 full rate TCH\"}",
	   "{\"identifier\":5,\"name\":\"MultiRate configuration information\",\"value\":\"2002\","
	   "\"multiRateConfiguration\":{\"speechVersion\":\"adaptive multirate speech version 1 (AMR)\","
	   "\"noiseSuppressionOff\":false,\"initialCodecModeIndicator\":false,\"startMode\":0,"
	   "\"codecModes\":[\"5.15\"],\"thresholds\":[],\"hex\":\"2002\"}}");
	IE_BAD(0x3a, "02 02 01 08 05 03 20", "\"error\":{\"offset\":5,\"reason\":\"field element 0x05 of 3 octets, 1 present\"}");
	IE_BAD(0x3a, "02 01 01", "\"error\":{\"offset\":3,\"reason\":\"truncated: a Current Channel Type 2 has 2 "
	       "octets, 1 present\"}");
	robust(D_IE, 0x3a, "02 02 01 08 05 03 20 1a 14", 0, 0);

	/* LSA ID 0x123457: last bit 1 = universal */
	IE(0x3b, "12 34 57", "\"lsaId\":\"123457\",\"universal\":true");
	/* EP 1, two LSA IDs */
	IE(0x3c, "01 12 34 56 ab cd ef", "\"escapePlmn\":true,\"lsaIds\":[{\"lsaId\":\"123456\",\"universal\":false},"
	   "{\"lsaId\":\"abcdef\",\"universal\":true}]");
	IE_BAD(0x3c, "00 12 34", "\"error\":{\"offset\":1,\"reason\":\"2 octets left, an LSA ID has 3\"}");
	/* LSA only 0; attributes 00 1 1 0101: active mode, preferential access, priority 5+1 */
	IE(0x3d, "00 35 12 34 56", "\"lsaOnly\":false", "\"activeModeSupport\":true,\"preferentialAccess\":true,"
	   "\"priority\":6,\"lsaId\":\"123456\"");
	expect_ok(D_LSA, 0, "35", "\"activeModeSupport\":true,\"preferentialAccess\":true,\"priority\":6");
	robust(D_LSA, 0, "35", 1, 1);

	/* speech codec 0101 0011: PI, TF, FR AMR; S7..S0 = ff, S15..S8 = 0101 0111 (S8 S9 S10 S12 S14) */
	IE(0x7e, "53 ff 57", "\"fullIp\":false,\"pcmOverIp\":true,\"pcmOverTdm\":false,\"tfo\":true",
	   "\"codecType\":3,\"codec\":\"FR AMR\"", "\"supportedConfigurations\":[0,1,2,3,4,5,6,7,8,9,10,12,14]");
	/* 1001 1111 then extended type 0xfd (CSData), its octet c0 */
	IE(0x7e, "9f fd c0", "\"fullIp\":true", "\"codecType\":253,\"codec\":\"CSData\",\"redundancy\":\"c0\"");
	/* 1010 0010: FI, PT, GSM EFR (no configuration) */
	IE(0x7e, "a2", "\"fullIp\":true,\"pcmOverIp\":false,\"pcmOverTdm\":true,\"tfo\":false,\"codecType\":2,"
	   "\"codec\":\"GSM EFR\"");
	IE_BAD(0x7e, "53 ff", "\"error\":{\"offset\":2,\"reason\":\"truncated: a FR AMR Speech Codec Element has 3");
	IE_BAD(0x7e, "05", "\"error\":{\"offset\":0,\"reason\":\"codec type 5 is not one a Speech Codec Element carries\"}");
	robust(D_IE, 0x7e, "53 ff 57", 3, 1);
	/* list: FR AMR, GSM EFR, CSData */
	IE(0x7d, "53 ff 57 a2 9f fd c0", "\"codecs\":[{\"fullIp\":false", "\"codec\":\"GSM EFR\"}",
	   "\"codec\":\"CSData\",\"redundancy\":\"c0\"}]");
	IE_BAD(0x7d, "53 ff 57 a2 9f", "\"error\":{\"offset\":5,\"reason\":\"truncated: extended codec type missing\"}");
	robust(D_IE, 0x7d, "53 ff 57 a2 9f fd c0", 1, 0);

	/* AoIP: 192.168.100.23 port 0x04d2 = 1234; IPv6 2001:db8::1 port 0x11d7 = 4567 */
	IE(0x7c, "c0 a8 64 17 04 d2", "\"ipv4\":\"192.168.100.23\",\"port\":1234");
	IE(0x7c, "20 01 0d b8 00 00 00 00 00 00 00 00 00 00 00 01 11 d7", "\"ipv6\":\"2001:db8::1\",\"port\":4567");
	IE_BAD(0x7c, "c0 a8 64 17 04", "\"error\":{\"offset\":5,\"reason\":\"5 octets: an AoIP transport layer address");
	robust(D_IE, 0x7c, "c0 a8 64 17 04 d2", 6, 0);

	/* GCR: network ID of 3 octets 444444, node ID feed, call reference ID 4141414141 */
	IE(0x89, "03 44 44 44 02 fe ed 05 41 41 41 41 41",
	   "\"networkId\":\"444444\",\"nodeId\":\"feed\",\"callReferenceId\":\"4141414141\"");
	IE_BAD(0x89, "03 44 44 44 02 fe", "\"networkId\":\"444444\"",
	       "\"error\":{\"offset\":4,\"reason\":\"nodeId of 2 octets, 1 present\"}");
	robust(D_IE, 0x89, "03 44 44 44 02 fe ed 05 41 41 41 41 41", 13, 1);

	/* MAP Codec: 0x03 FR AMR, ACS 1000 0001 (4.75 and 12.2), SCS ff */
	expect_ok(D_CODEC, 0, "03 81 ff", "\"codec\":\"FR AMR\"", "\"activeCodecSet\":[\"4.75\",\"12.2\"]",
		  "\"supportedCodecSet\":[\"4.75\",\"5.15\"");
	expect_ok(D_CODEC, 0, "00", "\"codecType\":0,\"codec\":\"GSM FR\"");
	robust(D_CODEC, 0, "03 81 ff 00", 1, 1);
}
END_TEST

/* ---- whole messages ----------------------------------------------------------------------------- */

START_TEST(test_message)
{
	/* ASSIGNMENT REQUEST (0x01): Channel Type (0x0b, length 2) with a reserved speech/data
	 * indicator, then a good CIC (0x01, fixed 2 octets); length 1 + 4 + 3 = 8.  The broken IE
	 * has its own error; the message has none, so its object ends right after "hex". */
	expect(D_MSG, 0, "00 08 01 0b 02 05 08 01 00 45",
	       "{\"iei\":11,\"name\":\"Channel Type\",\"value\":\"0508\",\"decoded\":{\"speechDataIndicator\":"
	       "\"reserved (5)\"", "\"error\":{\"offset\":0,\"reason\":\"speech/data indicator 5 is reserved\"}}}",
	       "{\"iei\":1,\"name\":\"Circuit Identity Code\",\"value\":\"0045\",\"decoded\":{\"cic\":69,",
	       "\"hex\":\"0008010b020508010045\"}", NULL);
	/* CLEAR COMMAND (0x20) with Cause 0x09 (call control) */
	expect_ok(D_MSG, 0, "00 04 20 04 01 09", "\"decoded\":{\"causeClass\":\"normal event\",\"causeValue\":9,"
		  "\"cause\":\"call control\",\"hex\":\"09\"}");
	/* message names as TS 48.008 3.2.2.1 writes them (libosmocore abbreviates: "COMMON ID"
	 * is the same, "CIPHER MODE COMPL" is not); 0x09 is unassigned */
	expect_ok(D_MSG, 0, "00 01 55", "\"messageType\":85,\"message\":\"CIPHER MODE COMPLETE\"");
	expect_ok(D_MSG, 0, "00 01 57", "\"message\":\"COMPLETE LAYER 3 INFORMATION\"");
	expect_ok(D_MSG, 0, "00 01 25", "\"message\":\"SAPI \\\"n\\\" REJECT\"");
	expect_ok(D_MSG, 0, "00 01 09", "\"message\":\"unknown BSSMAP message type (9)\"");
	robust(D_MSG, 0, "00 08 01 0b 02 05 08 01 00 45", 3, 0);
}
END_TEST

/* ---- intersystem handover: RANAP and RRC containers, field elements ------------------------------- */

/*
 * HANDOVER REQUEST (3.2.1.8, type 0x10), 0x65 = 101 octets after the length.  Checked with tshark
 * (text2pcap, user DLT 147 mapped to "bssap"): every IE below is dissected with these values,
 * the RANAP container as SourceRNC-ToTargetRNC-TransparentContainer {rRC-Container abcd,
 * numberOfIuInstances 1, relocationType ue-not-involved} and the field element 0x07 as an
 * InterRATHandoverInfo with its four CHOICEs absent.
 *   0b 03 01 08 01        Channel Type: speech, full rate TCH, GSM FR
 *   0a 01 01              Encryption Information: no encryption
 *   12 03 33 19 a2        Classmark Information Type 2
 *   05 05 01 1234 5678    Cell Identifier (serving): LAC and CI
 *   05 05 01 1234 5679    Cell Identifier (target)
 *   04 01 0c              Cause: better cell
 *   37 05 00 02 46 95 30  Group Call Reference: 0000 0000 0000 0010 0100 0110 100 = 4660; then
 *                         SF 1 (VGCS), AF 0, call priority 101 (level 0); ciphering info 0011
 *   35                    Talker Flag (identifier only)
 *   39 02                 Configuration Evolution Indication: SMI 0010
 *   3a 25 ...             Old BSS to New BSS Information, 37 octets of field elements:
 *     01 01 05            Extra information: 0000 0101 = UE-prob 1, LCS 0, prec 1
 *     03 01 2a            Target cell radio information: RXLEV-NCELL 101010 = 42
 *     04 11 1f 84 c0000001 1b 86 62f210 1234 05 1d 81 07
 *                         GPRS Suspend information: the TS 48.018 TLLI (length 1 0000100 = 4),
 *                         Routeing Area (262-01, LAC 0x1234, RAC 5) and Suspend Reference
 *                         Number 7 IEs
 *     05 04 29 84 1a 40   MultiRate configuration: 001 0 1 0 01 = version 1, ICMI 1, start mode
 *                         1; 1000 0100 = 12.2 and 5.90 kbit/s; then 00 011010 = threshold 26
 *                         (13.0 dB) and 0100 0000 = hysteresis 4 (2.0 dB)
 *     06 01 03            Dual Transfer Mode information: DTM 1, STO 1, EGPRS 0
 *     07 01 00            Inter RAT Handover Info: an RRC InterRATHandoverInfo, all absent
 *   50 01 00              Service Handover
 *   08 08 29 26 10 21 43 65 87 09  IMSI 262011234567890
 *   51 05 00 00 01 c0 00  Source RNC to target RNC transparent information (UMTS): APER
 *                         extension bit 0 and ten absent OPTIONALs (11 bits) padded to 00 00,
 *                         the RRC container of length 01 (c0: a ToTargetRNC-Container of the
 *                         'extension' alternative, 11), then numberOfIuInstances 1 and
 *                         relocationType ue-not-involved in 3 bits of 00
 */
#define HO_REQUEST "00 64 10 0b 03 01 08 01 0a 01 01 12 03 33 19 a2 05 05 01 12 34 56 78" \
	" 05 05 01 12 34 56 79 04 01 0c 37 05 00 02 46 95 30 35 39 02" \
	" 3a 25 01 01 05 03 01 2a 04 11 1f 84 c0 00 00 01 1b 86 62 f2 10 12 34 05 1d 81 07" \
	" 05 04 29 84 1a 40 06 01 03 07 01 00 50 01 00 08 08 29 26 10 21 43 65 87 09" \
	" 51 05 00 00 01 c0 00"

/*
 * HANDOVER REQUEST ACKNOWLEDGE (3.2.1.10, type 0x12), 0x24 = 36 octets, also checked with
 * tshark (the Inter-System Information decodes as below; tshark leaves the Layer 3 Information
 * alone without an SCCP trace of the HANDOVER REQUEST):
 *   17 02 ff c0           Layer 3 Information: not 05/06, so the RRC HANDOVER TO UTRAN COMMAND;
 *                         ten 1 bits = criticalExtensions down to the empty SEQUENCE {}
 *   21 98                 Chosen Channel: speech, 1 full rate TCH
 *   61 13 0b 11 ...       New BSS to Old BSS Information: one Cell Load Information Group:
 *     01 1234 5679        cell identifier, LAC and CI
 *     09 04 32 1e 14 01   Downlink Cell Load Information: class 50, load 30 %, RT load 20 %, NRT 1
 *     0a 04 32 28 0a 00   Uplink: class 50, load 40 %, RT load 10 %, NRT 0
 *   63 04 46 31 3c 51     Inter-System Information: RANAP APER 0 100 (extension, downlink
 *                         present), 0 110 0 (CellLoadInformation: extension, RT and NRT present,
 *                         extensible capacity class), 0110001 (50 - 1), 0011110 (30), 0010100
 *                         (20), 01 (1), 0 padding
 *   8d 04                 LCLS-BSS-Status: call is locally switched
 */
#define HO_REQUEST_ACK "00 24 12 17 02 ff c0 21 98 61 13 0b 11 01 12 34 56 79 09 04 32 1e 14 01" \
	" 0a 04 32 28 0a 00 63 04 46 31 3c 51 8d 04"

START_TEST(test_intersystem_handover)
{
	expect_ok(D_MSG, 0, HO_REQUEST, "\"message\":\"HANDOVER REQUEST\"",
		  "\"decoded\":{\"groupCallReference\":4660,\"service\":\"VGCS\",\"acknowledgementRequired\":false,"
		  "\"callPriority\":\"call priority level 0\",\"cipheringInformation\":3,",
		  "{\"iei\":53,\"name\":\"Talker Flag\",\"decoded\":{\"talkerFlag\":true,\"hex\":\"\"}},"
		  "{\"iei\":57,",
		  "\"subsequentModification\":\"modification is allowed and the maximum number of TCH/F is 2\"",
		  "{\"identifier\":1,\"name\":\"Extra information\",\"value\":\"05\",\"preemptionRecommended\":true,"
		  "\"lcsProcedureInterrupted\":false,\"umtsHandoverNotSupported\":true}",
		  "\"rxlevNcell\":42}",
		  "\"tlli\":\"c0000001\",\"rai\":{\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":4660,\"rac\":5,",
		  "\"suspendReferenceNumber\":7}",
		  "\"codecModes\":[\"5.90\",\"12.2\"],\"thresholds\":[{\"threshold\":26,\"thresholdDb\":13.0,"
		  "\"hysteresis\":4,\"hysteresisDb\":2.0}]",
		  "\"dtm\":true,\"singleTimeslotOperation\":true,\"egprs\":false}",
		  "{\"identifier\":7,\"name\":\"Inter RAT Handover Info\",\"value\":\"00\","
		  "\"interRatHandoverInfo\":{\"type\":\"InterRATHandoverInfo\",\"value\":"
		  "{\"predefinedConfigStatusList\":{\"absent\":null},\"uE-SecurityInformation\":"
		  "{\"absent\":null},\"ue-CapabilityContainer\":{\"absent\":null},"
		  "\"v390NonCriticalExtensions\":{\"absent\":null}},\"hex\":\"00\"}}",
		  "\"decoded\":{\"ranap\":{\"sourceRncToTargetRncTransparentContainer\":"
		  "{\"rrcContainer\":{\"type\":\"ToTargetRNC-Container\",\"value\":"
		  "{\"extension\":null},\"hex\":\"c0\"},\"numberOfIuInstances\":1,"
		  "\"relocationType\":\"ue-not-involved\"},\"hex\":\"000001c000\"},");
	expect_ok(D_MSG, 0, HO_REQUEST_ACK, "\"message\":\"HANDOVER REQUEST ACKNOWLEDGE\"",
		  "\"decoded\":{\"handoverToUtranCommand\":{\"type\":\"HandoverToUTRANCommand\","
		  "\"value\":{\"criticalExtensions\":{\"criticalExtensions\":{\"criticalExtensions\":"
		  "{\"criticalExtensions\":{\"criticalExtensions\":{\"criticalExtensions\":"
		  "{\"criticalExtensions\":{\"criticalExtensions\":{\"criticalExtensions\":"
		  "{\"criticalExtensions\":{}}}}}}}}}}},\"hex\":\"ffc0\"},\"hex\":\"ffc0\"}",
		  "\"cellIdentifier\":{\"discriminator\":\"LAC and CI\",\"lac\":4660,\"ci\":22137},",
		  "{\"identifier\":9,\"name\":\"Downlink Cell Load Information\",\"value\":\"321e1401\","
		  "\"cellCapacityClass\":50,\"loadValue\":30,\"realTimeLoadValue\":20,"
		  "\"nonRealTimeLoadInformation\":\"NRT load is medium\"}",
		  "\"nonRealTimeLoadInformation\":\"NRT load is low\"}",
		  "\"decoded\":{\"ranap\":{\"interSystemInformationTransparentContainer\":"
		  "{\"downlinkCellLoadInformation\":{\"cellCapacityClassValue\":50,\"loadValue\":30,"
		  "\"rtLoadValue\":20,\"nrtLoadInformationValue\":1}},\"hex\":\"46313c51\"},",
		  "\"lclsBssStatus\":\"call is locally switched with requested LCLS configuration\"");
	/* every truncation breaks the BSSMAP length: an error each time */
	robust(D_MSG, 0, HO_REQUEST, 999, 0);
	robust(D_MSG, 0, HO_REQUEST_ACK, 999, 0);

	/* the containers alone; an empty one is still one object */
	IE(0x51, "00 00 01 c0 00", "\"ranap\":{\"sourceRncToTargetRncTransparentContainer\":"
	   "{\"rrcContainer\":{\"type\":\"ToTargetRNC-Container\"", "\"hex\":\"000001c000\"}");
	IE_BAD(0x51, "", "\"ranap\":{\"hex\":\"\",\"error\":{\"offset\":0,\"reason\":\"empty\"}}");
	/* an RRC container that is not a complete encoding: its own error, the RANAP value kept */
	IE_BAD(0x51, "00 00 02 ab cd 00", "\"rrcContainer\":{\"type\":\"ToTargetRNC-Container\","
	   "\"value\":{\"rfc3095-ContextInfo\":{\"criticalExtensions\":{}}},\"hex\":\"abcd\","
	   "\"error\":{\"offset\":1,\"reason\":\"1 octet after the ToTargetRNC-Container\"}},"
	   "\"numberOfIuInstances\":1");
	IE(0x63, "46 31 3c 51", "\"ranap\":{\"interSystemInformationTransparentContainer\":"
	   "{\"downlinkCellLoadInformation\":{\"cellCapacityClassValue\":50");
	IE(0x52, "01 02", "\"note\":\"a container of another specification");
	/* 3.2.2.123: a TS 36.413 Source eNB to Target eNB Transparent Container (s1ap.c; the
	 * vector of tests/check_s1ap.c without its extensions: rRC-Container 0014020a0b (an LTE
	 * HandoverPreparationInformation), no E-RAB information, target cell 262-01 0x0123456, UE
	 * history of one E-UTRAN cell, 262-01 0x0123401, 120 s); a broken one keeps its own error */
	IE(0x91, "00 05 00 14 02 0a 0b 00 62 f2 10 01 23 45 60 00 62 f2 10 01 23 40 10 80 00 78",
	   "\"s1ap\":{\"type\":\"SourceeNB-ToTargeteNB-TransparentContainer\",",
	   "\"type\":\"HandoverPreparationInformation\"", "\"eci\":1193046");
	IE_BAD(0x91, "01 02", "\"s1ap\":{\"type\":\"SourceeNB-ToTargeteNB-TransparentContainer\","
	       "\"hex\":\"0102\",\"error\":{\"offset\":");
	/* Layer 3 Information: an RR HANDOVER COMMAND (06 2b, skip indicator 0) goes to dtap.c;
	 * 16 2b (skip indicator 1) is not a layer 3 message, so it is the RRC container */
	IE(0x17, "06 2b 1d 2a 0a 0f 2a 55 85", "\"protocolDiscriminator\":\"RR\"",
	   "\"message\":\"HANDOVER COMMAND\"", "\"handoverReference\":85");
	IE_BAD(0x17, "16 2b 1d", "\"handoverToUtranCommand\":{\"type\":\"HandoverToUTRANCommand\","
	   "\"hex\":\"162b1d\",\"error\":{\"offset\":2,\"reason\":\"not a complete "
	   "HandoverToUTRANCommand: PER decoding stopped at bit 16 of 24\"}}");
	IE_BAD(0x17, "", "\"error\":{\"offset\":0,\"reason\":\"truncated: a Layer 3 Information has 1 octet");
	/* Layer 3 Message Contents (3.2.2.35): RR CIPHERING MODE COMPLETE (06 32) */
	IE(0x20, "06 32", "\"protocolDiscriminator\":\"RR\"", "\"messageType\":50");
	robust(D_IE, 0x17, "ff c0", 1, 0);
}
END_TEST

START_TEST(test_field_elements)
{
	/* Cell Load Information (0x0c) with a capacity class of 0 and a load of 101 */
	IE_BAD(0x3a, "0c 04 00 1e 14 01", "\"cellCapacityClass\":0",
	       "\"error\":{\"offset\":2,\"reason\":\"cell capacity class 0 is outside 1..100\"}");
	IE_BAD(0x3a, "0c 04 32 65 14 01", "\"error\":{\"offset\":3,\"reason\":\"load value 101 is outside 0..100\"}");
	IE_BAD(0x3a, "0c 03 32 1e 14", "\"error\":{\"offset\":5,\"reason\":\"truncated: a Cell Load Information "
	       "has 4 octets, 3 present\"}");
	/* a group whose cell identifier has the spare discriminator 0111 */
	IE_BAD(0x3a, "0b 03 07 00 00", "\"error\":{\"offset\":2,\"reason\":\"the cell identifier (discriminator 7) "
	       "does not fit\"}");
	/* a group inside a group inside a group ... stops at the fourth level */
	IE_BAD(0x3a, "0b 0d 03 0b 0a 03 0b 07 03 0b 04 03 0b 01 03",
	       "\"reason\":\"field elements nested too deep\"");
	/* GPRS Suspend information: an IE other than the TLLI first; a TLLI of 3 octets; the long
	 * length form (0 0000000 00000100 = 4) is read too */
	IE_BAD(0x3a, "04 06 1b 84 c0 00 00 01", "\"error\":{\"offset\":2,\"reason\":\"IEI 0x1b where the TLLI IE "
	       "(0x1f) is expected\"}");
	IE_BAD(0x3a, "04 05 1f 83 c0 00 00", "\"error\":{\"offset\":3,\"reason\":\"TLLI IE of length 3, not 4\"}");
	IE(0x3a, "04 12 1f 00 04 c0 00 00 01 1b 86 62 f2 10 12 34 05 1d 81 07", "\"tlli\":\"c0000001\"",
	   "\"suspendReferenceNumber\":7");
	IE_BAD(0x3a, "04 0e 1f 84 c0 00 00 01 1b 86 62 f2 10 12 34 05", "\"rai\":{\"mcc\":\"262\"",
	       "\"error\":{\"offset\":16,\"reason\":\"truncated: the Suspend Reference Number IE is missing\"}");
	IE_BAD(0x3a, "04 09 1f 84 c0 00 00 01 1b 86 62", "\"error\":{\"offset\":9,\"reason\":\"Routeing Area IE of "
	       "length 6, 1 octets present\"}");
	/* Extra information, DTM information, target cell radio information: one octet each */
	IE_BAD(0x3a, "01 02 05 00", "\"error\":{\"offset\":3,\"reason\":\"1 octet after the 1 of an Extra information\"}");
	IE_BAD(0x3a, "06 00", "\"error\":{\"offset\":2,\"reason\":\"truncated: a Dual Transfer Mode information");
	/*
	 * Source Cell ID: TAI 262-01 TAC 0x0102, then the S1AP E-UTRAN CGI (00 | 62f210 | ECI
	 * 0x0123456) and Global eNB ID (00 | 62f210 | 00 macroENB-ID | abcde: 20 bits) in aligned
	 * PER.  tshark shows the same three in a HANDOVER REQUIRED
	 * (00241104010c1a0501123456783a171015 ...).
	 */
	IE(0x3a, "10 15 62 f2 10 01 02 00 62 f2 10 01 23 45 60 00 62 f2 10 00 ab cd e0",
	   "\"tai\":{\"mcc\":\"262\",\"mnc\":\"01\",\"tac\":258,",
	   "\"eutranCgi\":{\"type\":\"EUTRAN-CGI\",\"mcc\":\"262\",\"mnc\":\"01\",\"eci\":1193046,"
	   "\"enbId\":4660,\"cellId\":86,\"hex\":\"0062f21001234560\"},\"globalEnbId\":"
	   "{\"type\":\"Global-ENB-ID\",\"mcc\":\"262\",\"mnc\":\"01\",\"enbIdChoice\":"
	   "\"macroENB-ID\",\"enbId\":703710,\"hex\":\"0062f21000abcde0\"}");
	robust(D_IE, 0x3a, "10 15 62 f2 10 01 02 00 62 f2 10 01 23 45 60 00 62 f2 10 00 ab cd e0", 0, 0);
	/* ... with the CGI cut short: its own error, and no Global eNB ID to look for */
	IE_BAD(0x3a, "10 07 62 f2 10 01 02 aa bb", "\"tai\":{\"mcc\":\"262\",\"mnc\":\"01\",\"tac\":258,",
	       "\"eutranCgi\":{\"type\":\"EUTRAN-CGI\",\"hex\":\"aabb\",\"error\":{\"offset\":1,",
	       "\"error\":{\"offset\":9,\"reason\":\"a Source Cell ID without a Global eNB ID after its "
	       "E-UTRAN CGI\"}");
	/* ... and with the TAI alone */
	IE_BAD(0x3a, "10 05 62 f2 10 01 02", "\"error\":{\"offset\":7,\"reason\":\"truncated: a Source "
	       "Cell ID without its E-UTRAN CGI and Global eNB ID\"}");
	IE_BAD(0x3a, "10 02 62 f2", "\"error\":{\"offset\":4,\"reason\":\"truncated: a Source Cell ID starts");
	/* an unknown field element 0x20 and the cdma2000 capability 0x08: value only */
	IE(0x3a, "20 01 aa 08 01 bb", "{\"identifier\":32,\"name\":\"unknown field element (32)\",\"value\":\"aa\"}",
	   "{\"identifier\":8,\"name\":\"cdma2000 Capability Information\",\"value\":\"bb\"}");
	/* MultiRate configuration (TS 44.018 10.5.2.21aa), errors inside its own object, offsets
	 * from its octet 3: version 011 is reserved; an empty set; five modes (0001 1111); two
	 * modes without their threshold octets; an octet too many */
	IE_BAD(0x3a, "05 02 60 01", "\"speechVersion\":\"reserved (3)\"",
	   "\"error\":{\"offset\":0,\"reason\":\"multirate speech version 3 is reserved\"}");
	IE_BAD(0x3a, "05 02 20 00", "\"error\":{\"offset\":1,\"reason\":\"0 codec modes in the set, 1 to 4 are allowed\"}");
	IE_BAD(0x3a, "05 02 20 1f", "\"error\":{\"offset\":1,\"reason\":\"5 codec modes in the set, 1 to 4 are allowed\"}");
	IE_BAD(0x3a, "05 03 29 84 1a", "\"thresholds\":[]",
	   "\"error\":{\"offset\":3,\"reason\":\"truncated: 2 codec modes need 2 octets of thresholds and "
	   "hysteresis, 1 present\"}");
	IE_BAD(0x3a, "05 05 29 84 1a 40 00", "\"error\":{\"offset\":4,\"reason\":\"1 octet after the 4 of this MultiRate");
	/* AMR-WB (version 010: 0100 0000), modes 0000 0111 = 6.60, 8.85, 12.65; two pairs after the
	 * spare bits: 00 011010 | 0100 0111 | 10 0010 00 = threshold 26, hysteresis 4, threshold 30,
	 * hysteresis 2 */
	IE(0x3a, "05 05 40 07 1a 47 88", "\"speechVersion\":\"adaptive multirate speech version 2 (AMR-WB)\"",
	   "\"codecModes\":[\"6.60\",\"8.85\",\"12.65\"],\"thresholds\":[{\"threshold\":26,\"thresholdDb\":13.0,"
	   "\"hysteresis\":4,\"hysteresisDb\":2.0},{\"threshold\":30,\"thresholdDb\":15.0,\"hysteresis\":2,"
	   "\"hysteresisDb\":1.0}],\"hex\":\"40071a4788\"}");
	/* bits 8-6 of an AMR-WB set are spare */
	IE_BAD(0x3a, "05 02 40 21", "\"reason\":\"bits 8-6 of the AMR-WB codec mode set are spare but set\"");
	robust(D_IE, 0x3a, "05 05 40 07 1a 47 88", 0, 0);
	/* New BSS to Old BSS Information uses the same elements */
	IE(0x61, "09 04 64 00 00 03", "\"cellCapacityClass\":100,\"loadValue\":0",
	   "\"nonRealTimeLoadInformation\":\"NRT overload (probability to admit a new user is low, packets are "
	   "discarded)\"");
	robust(D_IE, 0x3a, "01 01 05 03 01 2a 04 11 1f 84 c0 00 00 01 1b 86 62 f2 10 12 34 05 1d 81 07"
	       " 05 04 29 84 1a 40 06 01 03 07 01 00", 0, 0);
	robust(D_IE, 0x61, "0b 11 01 12 34 56 79 09 04 32 1e 14 01 0a 04 32 28 0a 00", 0, 0);
	/* every value of every octet: GPRS Suspend information, MultiRate configuration, a cell
	 * load group (its discriminator octet selects every cell identification length) */
	tu_exhaustive(emit, &(struct what){ D_IE, 0x3a },
		      "04 11 1f 84 c0 00 00 01 1b 86 62 f2 10 12 34 05 1d 81 07");
	tu_exhaustive(emit, &(struct what){ D_IE, 0x3a }, "05 06 40 07 1a 47 88 00");
	tu_exhaustive(emit, &(struct what){ D_IE, 0x61 }, "0b 0c 01 12 34 56 79 09 04 32 1e 14 01");
}
END_TEST

/* ---- other IEs of the messages MAP carries ---------------------------------------------------------- */

START_TEST(test_more_ies)
{
	/* Cipher Response Mode 0000 0001: IMEISV included; Queuing Indicator 0000 0010: qri 1 */
	IE(0x23, "01", "\"imeisvIncluded\":true");
	IE(0x32, "02", "\"queuingRecommended\":true");
	IE(0x32, "00", "\"queuingRecommended\":false");
	IE_BAD(0x23, "01 00", "\"error\":{\"offset\":1,");
	IE(0x33, "01", "\"assignmentRequirement\":\"immediate, the resources shall not be de-allocated");
	/* Circuit Pool List: pools 1 and 0x8f (national) */
	IE(0x2e, "01 8f", "\"circuitPools\":[{\"circuitPoolNumber\":1,\"circuitPool\":\"circuit pool number (1)\"},"
	   "{\"circuitPoolNumber\":143,\"circuitPool\":\"for national/local use (143)\"}]");
	IE_BAD(0x2e, "", "\"error\":{\"offset\":0,\"reason\":\"an empty Circuit Pool List\"}");
	/* Group Call Reference ff ff ff e8 f0: reference 2^27 - 1, SF 0 (VBS), AF 1, priority 000,
	 * ciphering 1111 */
	IE(0x37, "ff ff ff e8 f0", "\"groupCallReference\":134217727,\"service\":\"VBS\","
	   "\"acknowledgementRequired\":true,\"callPriority\":\"no priority applied\",\"cipheringInformation\":15");
	IE_BAD(0x37, "ff ff ff e8", "\"error\":{\"offset\":4,\"reason\":\"truncated: a Group Call Reference has 5");
	robust(D_IE, 0x37, "00 02 46 95 30", 5, 1);
	/* eMLPP priority 111 = level A; Configuration Evolution Indication 0101 is reserved */
	IE(0x38, "07", "\"callPriority\":\"call priority level A\"");
	IE(0x39, "05", "\"subsequentModification\":\"reserved (5)\"");
	/* Talker Priority 10 = emergency */
	IE(0x6a, "02", "\"talkerPriority\":\"emergency priority\"");
	robust(D_IE, 0x6a, "02", 1, 1);
	/* CSG Identifier: 00 00 01 20 = 0000 0000 0000 0000 0000 0001 001 = 9, then 01: hybrid */
	IE(0x84, "00 00 01 20 01", "\"csgId\":9,\"cellAccessMode\":\"hybrid cell\"");
	robust(D_IE, 0x84, "00 00 01 20 01", 5, 1);
	/* LCLS: configuration 0001, connection status control 0011, BSS status 0111 (reserved) */
	IE(0x8a, "01", "\"lclsConfiguration\":\"connect both-way and bi-cast UL to the core network\"");
	IE(0x8b, "03", "\"lclsConnectionStatusControl\":\"bi-cast UL at handover\"");
	IE(0x8d, "07", "\"lclsBssStatus\":\"reserved (7)\"");
	/* Selected Operator, PS and CS Registered Operator: PLMN identities */
	IE(0x98, "62 f2 10", "\"plmn\":{\"mcc\":\"262\",\"mnc\":\"01\",");
	IE(0x9a, "13 00 62", "\"plmn\":{\"mcc\":\"310\",\"mnc\":\"260\",");
	/* LCLS-Correlation-Not-Needed is the identifier alone (3.2.2.118): ASSIGNMENT REQUEST 01,
	 * length 0x0d; Channel Type 0b 03 01 08 01; LCLS-Configuration 8a 00; LCLS-Connection-
	 * Status-Control 8b 00; 8c; then the Osmocom Osmux CID f1 05 is still read as such.  tshark
	 * reads the same elements. */
	expect_ok(D_MSG, 0, "00 0d 01 0b 03 01 08 01 8a 00 8b 00 8c f1 05",
		  "{\"iei\":138,\"name\":\"LCLS Config\",\"value\":\"00\",\"decoded\":{\"lclsConfiguration\":"
		  "\"connect both-way\",", "\"lclsConnectionStatusControl\":\"connect\",",
		  "{\"iei\":140,\"name\":\"LCLS Corr Not Needed\",\"decoded\":{\"lclsCorrelationNotNeeded\":true,"
		  "\"hex\":\"\"}},{\"iei\":241,\"name\":\"Osmo Osmux Cid\",\"value\":\"05\",\"decoded\":"
		  "{\"osmuxCid\":5,\"hex\":\"05\"}}");
}
END_TEST

/*
 * PERFORM LOCATION REQUEST (3.2.1.59, type 0x2b), 0x22 = 34 octets, checked with tshark:
 *   44 02 01 03           Location Type: assistance information for the target MS, assisted GPS
 *   05 05 01 1234 5678    Cell Identifier
 *   48 01 22              LCS Client Type: 0010 PLMN operator, 0010 O&M
 *   43 01 00              LCS Priority: highest
 *   3e 04 03 92 85 40     LCS QoS: VEL 1, VERT 1; HA 1, 0010010 = 18 (10 * (1.1^18 - 1) = 45.599 m);
 *                         VA 1, 0000101 = 5 (45 * (1.025^5 - 1) = 5.913 m); RT 01 low delay
 *   08 08 29 ...          IMSI
 * PERFORM LOCATION RESPONSE (3.2.1.60, type 0x2d), 0x1a = 26 octets, checked with tshark:
 *   45 08 10 4aaaaa 0987a5 0a  Location Estimate: ellipsoid point with uncertainty circle,
 *                         52.499992 N 13.401367 E, uncertainty code 10 (15.937 m)
 *   46 03 00 03 2b        Positioning Data: discriminator 0000; 00000 011 timing advance used,
 *                         00101 011 mobile assisted GPS used
 *   47 02 05 07           LCS Cause: position method failure, diagnostic 7
 *   55 04 00 5a 00 64     Velocity Estimate: horizontal, bearing 90, 100 km/h
 */
#define PERF_LOC_REQ "00 22 2b 44 02 01 03 05 05 01 12 34 56 78 48 01 22 43 01 00 3e 04 03 92 85 40" \
	" 08 08 29 26 10 21 43 65 87 09"
#define PERF_LOC_RESP "00 1a 2d 45 08 10 4a aa aa 09 87 a5 0a 46 03 00 03 2b 47 02 05 07 55 04 00 5a 00 64"

START_TEST(test_lcs)
{
	expect_ok(D_MSG, 0, PERF_LOC_REQ,
		  "\"decoded\":{\"locationInformation\":\"location assistance information for the target MS\","
		  "\"positioningMethod\":\"assisted GPS\",",
		  "\"decoded\":{\"clientCategory\":\"PLMN operator\",\"clientSubtype\":\"O&M\",",
		  "\"decoded\":{\"lcsPriority\":\"highest priority\",",
		  "\"decoded\":{\"velocityRequested\":true,\"verticalCoordinateRequested\":true,"
		  "\"horizontalAccuracyCode\":18,\"horizontalAccuracy\":45.599,\"verticalAccuracyCode\":5,"
		  "\"verticalAccuracy\":5.913,\"responseTime\":\"low delay\",");
	expect_ok(D_MSG, 0, PERF_LOC_RESP,
		  "\"locationEstimate\":{\"shape\":\"ellipsoid point with uncertainty circle\",\"latitude\":52.499992,"
		  "\"longitude\":13.401367,\"uncertainty\":15.937,",
		  "\"positioningMethods\":[{\"method\":\"Timing Advance\",",
		  "\"decoded\":{\"lcsCauseValue\":5,\"lcsCause\":\"position method failure\","
		  "\"diagnostic\":\"position method not available in network\",",
		  "\"velocityEstimate\":{\"velocityType\":\"horizontal velocity\",\"bearing\":90,\"horizontalSpeedKmh\":100,");
	robust(D_MSG, 0, PERF_LOC_REQ, 999, 0);
	robust(D_MSG, 0, PERF_LOC_RESP, 999, 0);
	/* Location Type 00: current location, no positioning method octet */
	IE(0x44, "00", "\"locationInformation\":\"current geographic location\"");
	IE_BAD(0x44, "00 03", "\"error\":{\"offset\":1,\"reason\":\"1 octet after the 1 of this Location Type\"}");
	IE_BAD(0x44, "02", "\"error\":{\"offset\":1,\"reason\":\"truncated: a Location Type asking for assistance");
	/* LCS QoS without accuracies (HA 0, VA 0): only the flags and the response time 10 */
	IE(0x3e, "00 00 00 80", "\"velocityRequested\":false,\"verticalCoordinateRequested\":false,"
	   "\"responseTime\":\"delay tolerant\"");
	robust(D_IE, 0x3e, "03 92 85 40", 4, 1);
	/* LCS Client Type 0011 0000 emergency services; 0011 0001: no subtype 1 there */
	IE(0x48, "30", "\"clientCategory\":\"emergency services\",\"clientSubtype\":\"unspecified\"");
	IE(0x48, "31", "\"clientSubtype\":\"reserved (1)\"");
	/* LCS Priority 5: treated as normal; LCS Cause 0x20 unknown */
	IE(0x43, "05", "\"lcsPriority\":\"unknown, treated as normal priority (5)\"");
	IE(0x47, "20", "\"lcsCause\":\"unknown, treated as unspecified (32)\"");
	IE_BAD(0x47, "05 07 00", "\"error\":{\"offset\":2,");
	/* APDU: protocol 0000001 BSSLAP, then the embedded message in hex (and decoded:
	 * check_lcs_apdu.c), here a TA LAYER3 with TA 5 */
	IE(0x49, "01 0d 01 05", "\"protocolId\":\"BSSLAP\",\"embeddedMessage\":\"0d0105\"");
	/* Deciphering Keys: flag 1, current key 01..07, next key 11..17 */
	IE(0x4c, "01 01 02 03 04 05 06 07 11 12 13 14 15 16 17", "\"cipheringKeyFlag\":1,"
	   "\"currentDecipheringKey\":\"01020304050607\",\"nextDecipheringKey\":\"11121314151617\"");
	robust(D_IE, 0x4c, "01 01 02 03 04 05 06 07 11 12 13 14 15 16 17", 15, 1);
	/* GANSS Positioning Data: the TS 49.031 octets through lcs.c */
	IE(0x76, "00 0b", "\"ganssPositioningData\":{");
}
END_TEST

/*
 * DTAP call control (TS 24.008 9.3): 01 = DTAP, DLCI 00, length, then the L3 message.
 * DISCONNECT (83 25: TI flag 1, CC; type 0x25): mandatory cause LV 02 e0 90 (coding standard
 * 11 GSM, location user; cause 16), facility 1c 05 a2 03 02 01 01 (ROS returnResult { invokeId 1 }),
 * user-user 7e 02 00 41; length 2 + 3 + 7 + 4 = 16.
 */
START_TEST(test_dtap_cc)
{
	expect_ok(D_MSG, 0, "01 00 10 83 25 02 e090 1c 05 a2030201 01 7e 02 0041",
		  "\"message\":\"DISCONNECT\"",
		  "\"cause\":{\"codingStandard\":\"standard defined for the GSM PLMNs\",\"location\":\"user\","
		  "\"causeValue\":16,\"cause\":\"normal call clearing\"",
		  "{\"iei\":28,\"name\":\"facility\",\"value\":{\"ber\":[{\"tag\":\"[2]\"",
		  "{\"iei\":126,\"name\":\"user-user\",\"value\":\"0041\"}");
	/* SETUP (03 05) with signal (0x34, type 3: one value octet) and CLIR suppression (0xa1) */
	expect_ok(D_MSG, 0, "01 00 05 03 05 34 01 a1",
		  "{\"iei\":52,\"name\":\"signal\",\"value\":1}",
		  "{\"iei\":161,\"name\":\"CLIR suppression\"}");
	/* RELEASE COMPLETE (0x2a) with an optional cause 08 02 e0 91 (cause 17 user busy) */
	expect_ok(D_MSG, 0, "01 00 06 03 2a 08 02 e091", "\"cause\":\"user busy\"");
	/* the mandatory cause of a DISCONNECT longer than the message */
	expect(D_MSG, 0, "01 00 03 83 25 05",
	       "\"error\":{\"offset\":5,\"reason\":\"the mandatory cause does not fit the message\"}", NULL);
	robust(D_MSG, 0, "01 00 10 83 25 02 e090 1c 05 a2030201 01 7e 02 0041", 3, 0);
}
END_TEST

/*
 * Resources, trace, errors and location-services transport elements (3.2.2.3/4, 3.2.2.8,
 * 3.2.2.12-14, 3.2.2.28-32, 3.2.2.36-43, 3.2.2.47/48, 3.2.2.54, 3.2.2.61, 3.2.2.69/70,
 * 3.2.2.72-74).  The whole messages below were checked with tshark 4.0.17 (text2pcap, user
 * DLT 147 mapped to "bssap"); what tshark shows is said with each, and where it decodes
 * nothing (Time Indication, Resource Situation, LSA Access Control Suppression, GPS
 * Assistance Data, Segmentation: "not decoded yet") or gives up (RESOURCE REQUEST and
 * RESOURCE INDICATION: "missing mandatory element" after the Resource Indication Method), the
 * octets come from the standard alone.
 */

/*
 * RESOURCE REQUEST (3.2.1.17, 0x50), 14 octets: Periodicity 0c 0a (10: 1 s); Resource
 * Indication Method 1c 02 (periodic); Cell Identifier 05 05 01 1234 5678; Extended Resource
 * Indicator 0d 03 (SM 1, TARR 1).  tshark: periodicity 10, method 2 "Periodic resource
 * information expected", then it reports the remaining mandatory elements missing.
 */
#define RESOURCE_REQUEST "00 0e 50 0c 0a 1c 02 05 05 01 12 34 56 78 0d 03"
/*
 * RESOURCE INDICATION (3.2.1.18, 0x51), 36 octets: Resource Indication Method 1c 02; Resource
 * Available 03 + 20 octets (band 1: 10 full rate, 20 half rate channels; band 2: 1 and 2;
 * bands 3 and 4: none; band 5: 65535 full rate); Cell Identifier; Total Resource Accessible
 * 22 0064 0032 (100 full rate, 50 half rate).  libosmocore's table has 21 octets for Resource
 * Available: the Cell Identifier after it is the check.
 */
#define RESOURCE_INDICATION "00 24 51 1c 02 03 00 0a 00 14 00 01 00 02 00 00 00 00 00 00 00 00" \
	" ff ff 00 00 05 05 01 12 34 56 78 22 00 64 00 32"
/*
 * MSC INVOKE TRACE (3.2.1.35, 0x36), 21 octets: Trace Type 25 96 (1 0 01 01 10: priority,
 * BSS record handover, MSC record detailed, invoking event location updates / IMSI attach /
 * detach); TriggerID 26 03 010203; Trace Reference 27 04d2 (1234, two octets where
 * libosmocore has one: the TransactionID after it is the check); TransactionID 28 01 07; OMCID
 * 2a 05 91 447700f1 (international, E.164, 4477001).  tshark agrees on every field of the
 * trace type, trace reference 1234 and transaction ID 7 (it shows the TriggerID and OMCID as
 * characters).
 * BSS INVOKE TRACE (3.2.1.36, 0x37): Trace Type 25 96, Forward Indicator 2b 02 ("forward to
 * subsequent BSS, and trace at MSC" in tshark too), Trace Reference 27 04d2.
 */
#define MSC_INVOKE_TRACE "00 15 36 25 96 26 03 01 02 03 27 04 d2 28 01 07 2a 05 91 44 77 00 f1"
#define BSS_INVOKE_TRACE "00 08 37 25 96 2b 02 27 04 d2"
/*
 * CONFUSION (3.2.1.45, 0x26): Cause 04 01 53 (incorrect value); Diagnostics 1f 06: error
 * pointer octet 3, bit 0, then the message received, a CLEAR COMMAND 20 04 01 09 whose octet 3
 * is the length of its Cause.  tshark: cause 0x53, error pointer 0x0300, message received
 * 20040109.
 */
#define CONFUSION "00 0c 26 04 01 53 1f 06 03 00 20 04 01 09"

START_TEST(test_resources)
{
	expect_ok(D_MSG, 0, RESOURCE_REQUEST, "\"message\":\"RESOURCE REQUEST\"",
		  "{\"iei\":12,\"name\":\"Periodicity\",\"value\":\"0a\",\"decoded\":{\"periodicity\":10,"
		  "\"periodMs\":1000,\"hex\":\"0a\"}}",
		  "\"decoded\":{\"resourceIndicationMethod\":\"periodic resource information expected\",",
		  "\"decoded\":{\"discriminator\":\"LAC and CI\",\"lac\":4660,\"ci\":22136,",
		  "\"decoded\":{\"subsequentMode\":true,\"totalAccessibleResourceRequested\":true,");
	expect_ok(D_MSG, 0, RESOURCE_INDICATION, "\"message\":\"RESOURCE INDICATION\"",
		  "\"decoded\":{\"bands\":[{\"band\":1,\"fullRateChannels\":10,\"halfRateChannels\":20},"
		  "{\"band\":2,\"fullRateChannels\":1,\"halfRateChannels\":2},{\"band\":3,\"fullRateChannels\":0,"
		  "\"halfRateChannels\":0},{\"band\":4,\"fullRateChannels\":0,\"halfRateChannels\":0},"
		  "{\"band\":5,\"fullRateChannels\":65535,\"halfRateChannels\":0}],",
		  "{\"iei\":5,\"name\":\"Cell Identifier\",\"value\":\"0112345678\",",
		  "\"decoded\":{\"fullRateChannels\":100,\"halfRateChannels\":50,\"hex\":\"00640032\"}");
	robust(D_MSG, 0, RESOURCE_REQUEST, 999, 0);
	robust(D_MSG, 0, RESOURCE_INDICATION, 999, 0);
	/* a Resource Available cut short in a message: reported, the message stops there */
	expect(D_MSG, 0, "00 0b 51 1c 02 03 00 0a 00 14 00 01 00 02",
	       "\"resourceIndicationMethod\":\"periodic resource information expected\"",
	       "\"error\":{\"offset\":5,\"reason\":\"information element 0x03 runs past the message\"}", NULL);

	/* the elements alone, and their malformed forms */
	IE_BAD(0x03, "00 0a 00 14", "\"error\":{\"offset\":4,\"reason\":\"truncated: a Resource Available has 20 "
	       "octets, 4 present\"}");
	robust(D_IE, 0x03, "00 0a 00 14 00 01 00 02 00 00 00 00 00 00 00 00 ff ff 00 00", 20, 1);
	IE_BAD(0x22, "00 64 00", "\"error\":{\"offset\":3,\"reason\":\"truncated: a Total Resource Accessible");
	robust(D_IE, 0x22, "00 64 00 32", 4, 1);
	/* Periodicity 0xff: 25.5 s */
	IE(0x0c, "ff", "\"periodicity\":255,\"periodMs\":25500");
	IE_BAD(0x0c, "01 02", "\"error\":{\"offset\":1,\"reason\":\"1 octet after the 1 of a Periodicity\"}");
	robust(D_IE, 0x0c, "0a", 1, 1);
	/* Extended Resource Indicator 0000 0001: TARR only */
	IE(0x0d, "01", "\"subsequentMode\":false,\"totalAccessibleResourceRequested\":true");
	robust(D_IE, 0x0d, "03", 1, 1);
	/* Resource Indication Method 0000 0000, 0000 0100, 0000 1111 (reserved); bits 8-5 spare */
	IE(0x1c, "f0", "\"resourceIndicationMethod\":\"spontaneous resource information expected\"");
	IE(0x1c, "04", "\"resourceIndicationMethod\":\"no resource information expected\"");
	IE(0x1c, "0f", "\"resourceIndicationMethod\":\"reserved (15)\"");
	robust(D_IE, 0x1c, "02", 1, 1);
	/* Number Of MSs: HANDOVER CANDIDATE RESPONSE (3.2.1.15, 0x19) with 0e 03 and a Cell
	 * Identifier; tshark: "Number of handover candidates: 3" */
	expect_ok(D_MSG, 0, "00 0a 19 0e 03 05 05 01 12 34 56 78",
		  "{\"iei\":14,\"name\":\"Number Of Mss\",\"value\":\"03\",\"decoded\":{\"numberOfHandoverCandidates\":3,",
		  "\"ci\":22136");
	IE_BAD(0x0e, "", "\"error\":{\"offset\":0,\"reason\":\"truncated: a Number Of MSs has 1 octet, 0 present\"}");
	robust(D_IE, 0x0e, "03", 1, 1);
	/*
	 * LOAD INDICATION (3.2.1.44, 0x5a): Time Indication 2f 06 (60 s), Cell Identifier, Cell
	 * Identifier List (target) 1a 05 01 1234 5679, Resource Situation 30 02 0102.  tshark
	 * shows the two cell identifiers with these values, the other two without decoding them.
	 */
	expect_ok(D_MSG, 0, "00 15 5a 2f 06 05 05 01 12 34 56 78 1a 05 01 12 34 56 79 30 02 01 02",
		  "{\"iei\":47,\"name\":\"Time Indication\",\"value\":\"06\",\"decoded\":{\"timeIndication\":6,"
		  "\"seconds\":60,", "\"cells\":[{\"lac\":4660,\"ci\":22137}]",
		  "{\"iei\":48,\"name\":\"Resource Situation\",\"value\":\"0102\",\"decoded\":{\"note\":");
	IE(0x2f, "ff", "\"timeIndication\":255,\"infinite\":true");
	IE(0x2f, "fe", "\"seconds\":2540");
	IE_BAD(0x2f, "06 00", "\"seconds\":60", "\"error\":{\"offset\":1,");
	robust(D_IE, 0x2f, "06", 1, 1);
}
END_TEST

START_TEST(test_circuits_flags)
{
	/*
	 * CIRCUIT GROUP BLOCK (3.2.1.41, 0x44): Cause 04 01 07, CIC 01 0045, Circuit Identity Code
	 * List 1e 02 07 a5: range 7 (8 circuits), status 1010 0101 = bits 0, 2, 5 and 7 (tshark:
	 * range 7, status a5).
	 */
	expect_ok(D_MSG, 0, "00 0b 44 04 01 07 01 00 45 1e 02 07 a5",
		  "{\"iei\":30,\"name\":\"Circuit Identity Code List\",\"value\":\"07a5\",\"decoded\":"
		  "{\"range\":7,\"circuitsConcerned\":[0,2,5,7],\"hex\":\"07a5\"}}");
	/* range 9: 10 status bits in two octets (bits 8 and 9 in bits 1 and 2 of the second) */
	IE(0x1e, "09 01 03", "\"range\":9,\"circuitsConcerned\":[0,8,9]");
	IE_BAD(0x1e, "09 01", "\"circuitsConcerned\":[0]",
	       "\"error\":{\"offset\":2,\"reason\":\"truncated: range 9 needs 2 status octets, 1 present\"}");
	IE_BAD(0x1e, "07 a5 00", "\"error\":{\"offset\":2,\"reason\":\"1 octets after the 1 status octets of range 7\"}");
	IE_BAD(0x1e, "00 01", "\"error\":{\"offset\":0,\"reason\":\"range 0: a Circuit Identity Code List has a "
	       "range of 1 to 255\"}");
	robust(D_IE, 0x1e, "09 01 03", 3, 1);
	tu_exhaustive(emit, &(struct what){ D_IE, 0x1e }, "ff 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10"
		      " 11 12 13 14 15 16 17 18 19 1a 1b 1c 1d 1e 1f 20");

	/*
	 * The identifier-only elements.  HANDOVER REQUIRED (3.2.1.9, 0x11) with Cause, Response
	 * Request 1b and a Cell Identifier List; BLOCK (3.2.1.4, 0x40) with CIC, Cause and
	 * Connection Release Requested 36, which libosmocore gives a value octet.  tshark shows
	 * both as the identifier alone.
	 */
	expect_ok(D_MSG, 0, "00 0c 11 04 01 0c 1b 1a 05 01 12 34 56 78",
		  "{\"iei\":27,\"name\":\"Response Request\",\"decoded\":{\"responseRequest\":true,"
		  "\"hex\":\"\"}},{\"iei\":26,");
	expect_ok(D_MSG, 0, "00 08 40 01 00 45 04 01 07 36",
		  "{\"iei\":54,\"name\":\"Connection Release Rqsted\",\"decoded\":{\"connectionReleaseRequested\":true,");
	/* ... and an element after it is read from the octet after the identifier */
	expect_ok(D_MSG, 0, "00 08 40 01 00 45 36 04 01 07",
		  "{\"iei\":54,\"name\":\"Connection Release Rqsted\",\"decoded\":{\"connectionReleaseRequested\":true,",
		  "{\"iei\":4,\"name\":\"Cause\",\"value\":\"07\",\"decoded\":{\"causeClass\":\"normal event\","
		  "\"causeValue\":7,\"cause\":\"O and M intervention\",");
	robust(D_MSG, 0, "00 08 40 01 00 45 36 04 01 07", 999, 0);
	/* with a value (only possible through the value alone) */
	IE_BAD(0x1b, "00", "\"error\":{\"offset\":0,\"reason\":\"1 octet: a Response Request is the element identifier alone\"}");
	IE_BAD(0x35, "01 02", "\"error\":{\"offset\":0,\"reason\":\"2 octets: a Talker Flag is the element identifier alone\"}");
	IE_BAD(0x36, "00", "\"error\":{\"offset\":0,\"reason\":\"1 octet: a Connection Release Requested is the element identifier alone");

	/* PAGING (3.2.1.19, 0x52) with Channel Needed 24 02: TCH/F (tshark: "TCH/F (Full rate)") */
	expect_ok(D_MSG, 0, "00 12 52 08 08 29 26 10 21 43 65 87 09 1a 03 05 12 34 24 02",
		  "{\"iei\":36,\"name\":\"Channel Needed\",\"value\":\"02\",\"decoded\":{\"channel\":\"TCH/F (full rate)\",");
	/* bits 8-3 spare: fc = 1111 1100 is any channel */
	IE(0x24, "fc", "\"channel\":\"any channel\"");
	IE(0x24, "03", "\"channel\":\"TCH/H or TCH/F (dual rate)\"");
	IE_BAD(0x24, "", "\"error\":{\"offset\":0,\"reason\":\"truncated: a Channel Needed");
	robust(D_IE, 0x24, "02", 1, 1);

	/*
	 * HANDOVER REQUEST (3.2.1.8, 0x10) with Talker Flag 35 and LSA Access Control Suppression
	 * 3f 01 (EM 1) after the mandatory elements; tshark shows the Talker Flag, and the LSA Access
	 * Control Suppression without decoding it.
	 */
	expect_ok(D_MSG, 0, "00 1a 10 0b 03 01 08 01 0a 01 01 05 05 01 12 34 56 78 05 05 01 12 34 56 79 35 3f 01",
		  "{\"iei\":53,\"name\":\"Talker Flag\",\"decoded\":{\"talkerFlag\":true,",
		  "{\"iei\":63,\"name\":\"LSA Access Ctrl Suppr\",\"value\":\"01\",\"decoded\":{\"em\":true,");
	IE(0x3f, "fe", "\"em\":false");
	IE_BAD(0x3f, "01 01", "\"em\":true", "\"error\":{\"offset\":1,");
	robust(D_IE, 0x3f, "01", 1, 1);
	/* Resource Situation: not decoded, a note and the hex, whatever its length */
	IE(0x30, "", "\"note\":\"Resource Situation (3.2.2.48)");
}
END_TEST

START_TEST(test_trace)
{
	expect_ok(D_MSG, 0, MSC_INVOKE_TRACE, "\"message\":\"MSC INVOKE TRACE\"",
		  "{\"iei\":37,\"name\":\"Trace Type\",\"value\":\"96\",\"decoded\":{\"priority\":true,"
		  "\"invokingEvent\":\"location updates, IMSI attach, IMSI detach only\",\"bssRecordType\":"
		  "\"handover\",\"mscRecordType\":\"detailed (optional)\",\"hex\":\"96\"}}",
		  "\"decoded\":{\"entityIdentity\":\"010203\",",
		  "{\"iei\":39,\"name\":\"Trace Reference\",\"value\":\"04d2\",\"decoded\":{\"traceReference\":1234,",
		  "{\"iei\":40,\"name\":\"Transaction ID\",\"value\":\"07\",\"decoded\":{\"transactionId\":7,",
		  "\"decoded\":{\"nature\":\"international number\",\"numberingPlan\":\"ISDN/telephony (E.164)\","
		  "\"digits\":\"4477001\",\"hex\":\"91447700f1\"}");
	expect_ok(D_MSG, 0, BSS_INVOKE_TRACE, "\"message\":\"BSS INVOKE TRACE\"",
		  "\"decoded\":{\"forwardIndicator\":\"forward to subsequent BSS, and trace at MSC\",",
		  "\"traceReference\":1234");
	robust(D_MSG, 0, MSC_INVOKE_TRACE, 999, 0);
	robust(D_MSG, 0, BSS_INVOKE_TRACE, 999, 0);
	/* Trace Type 0000 0011: no priority, operator definable (bits 6-3 operator defined) */
	IE(0x25, "3f", "\"priority\":false,\"invokingEvent\":\"operator definable\","
	   "\"operatorDefinedRecordTypes\":15");
	/* 0011 1100: no BSS trace, no MSC trace, all events */
	IE(0x25, "3c", "\"invokingEvent\":\"MOC, MTC, SMS MO, SMS MT, PDS MO, PDS MT, SS, location updates,",
	   "\"bssRecordType\":\"no BSS trace\",\"mscRecordType\":\"no MSC trace\"");
	IE_BAD(0x25, "96 00", "\"error\":{\"offset\":1,\"reason\":\"1 octet after the 1 of a Trace Type\"}");
	robust(D_IE, 0x25, "96", 1, 1);
	/* TriggerID: 1 to 20 octets */
	IE_BAD(0x26, "", "\"error\":{\"offset\":0,\"reason\":\"truncated: a TriggerID has 1 octet, 0 present\"}");
	IE_BAD(0x26, "01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10 11 12 13 14 15",
	       "\"error\":{\"offset\":20,\"reason\":\"21 octets: a TriggerID has at most 20\"}");
	/* Trace Reference: 2 octets */
	IE_BAD(0x27, "04", "\"error\":{\"offset\":1,\"reason\":\"truncated: a Trace Reference has 2 octets, 1 present\"}");
	robust(D_IE, 0x27, "04 d2", 2, 1);
	/* TransactionID of 2 octets; 3 is one too many */
	IE(0x28, "01 00", "\"transactionId\":256");
	IE_BAD(0x28, "01 00 00", "\"transactionId\":256",
	       "\"error\":{\"offset\":2,\"reason\":\"1 octet after the 2 of a TransactionID\"}");
	robust(D_IE, 0x28, "01 00", 1, 0);
	/* OMCID: unknown nature, unknown plan, even digits 1234 */
	IE(0x2a, "80 21 43", "\"nature\":\"unknown\",\"numberingPlan\":\"unknown\",\"digits\":\"1234\"");
	IE_BAD(0x2a, "", "\"error\":{\"offset\":0,\"reason\":\"truncated: an OMCID has 1 octet, 0 present\"}");
	IE_BAD(0x2a, "91 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11",
	       "\"digits\":\"11111111111111111111111111111111111111\"",
	       "\"error\":{\"offset\":20,\"reason\":\"21 octets: an OMCID has at most 20\"}");
	robust(D_IE, 0x2a, "91 44 77 00 f1", 1, 0);
	/* Forward Indicator 0001; 0000 reserved */
	IE(0x2b, "01", "\"forwardIndicator\":\"forward to subsequent BSS, no trace at MSC\"");
	IE(0x2b, "00", "\"forwardIndicator\":\"reserved (0)\"");
	robust(D_IE, 0x2b, "02", 1, 1);
}
END_TEST

START_TEST(test_diagnostics)
{
	expect_ok(D_MSG, 0, CONFUSION, "\"message\":\"CONFUSION\"",
		  "{\"iei\":31,\"name\":\"Diagnostic\",\"value\":\"030020040109\",\"decoded\":{\"errorPointerOctet\":3,"
		  "\"errorPointerBit\":0,\"messageReceived\":{\"messageType\":32,\"message\":\"CLEAR COMMAND\","
		  "\"ies\":[{\"iei\":4,\"name\":\"Cause\",\"value\":\"09\",\"decoded\":{\"causeClass\":\"normal event\","
		  "\"causeValue\":9,\"cause\":\"call control\",\"hex\":\"09\"}}],\"hex\":\"20040109\"},"
		  "\"pointsTo\":\"information element 0x04 (Cause)\",\"hex\":\"030020040109\"}}");
	robust(D_MSG, 0, CONFUSION, 999, 0);
	/* pointer 0: not determined; pointer 1: the message type; bit 3 */
	IE(0x1f, "00 00 20 04 01 09", "\"errorPointerOctet\":0,\"errorLocation\":\"not determined\",");
	IE(0x1f, "01 03 20 04 01 09", "\"errorPointerBit\":3,", "\"pointsTo\":\"message type\"");
	/* a pointer past the message received: no pointsTo */
	IE(0x1f, "09 00 20 04 01 09", "\"hex\":\"20040109\"},\"hex\":\"090020040109\"}");
	/* the pointer and no message */
	IE(0x1f, "02 01", "\"errorPointerOctet\":2,\"errorPointerBit\":1,\"hex\":\"0201\"}");
	/* bit field 1001 is reserved */
	IE_BAD(0x1f, "02 09", "\"error\":{\"offset\":1,\"reason\":\"error pointer bit field 9 is reserved\"}");
	IE_BAD(0x1f, "02", "\"error\":{\"offset\":1,\"reason\":\"truncated: a Diagnostics has 2 octets, 1 present\"}");
	/* the message received is erroneous: its error stays in its own object, the Diagnostics
	 * has none; the pointer (octet 4) is the Cause's value octet, beyond the message's end */
	IE_BAD(0x1f, "04 00 20 04 05 09", "\"messageReceived\":{\"messageType\":32,\"message\":\"CLEAR COMMAND\","
	   "\"ies\":[],\"hex\":\"20040509\",\"error\":{\"offset\":1,\"reason\":\"information element 0x04 runs past "
	   "the message\"}}");
	/* a Diagnostics in the message received is left in hex: a CONFUSION inside a CONFUSION */
	IE(0x1f, "06 00 26 04 01 53 1f 02 06 00", "\"message\":\"CONFUSION\"",
	   "{\"iei\":31,\"name\":\"Diagnostic\",\"value\":\"0600\"}]",
	   "\"pointsTo\":\"information element 0x1f (Diagnostic)\"");
	robust(D_IE, 0x1f, "06 00 26 04 01 53 1f 02 06 00", 2, 0);
	tu_exhaustive(emit, &(struct what){ D_IE, 0x1f }, "03 00 20 04 01 09 1f 02 01 00");
}
END_TEST

/*
 * PERFORM LOCATION REQUEST (0x2b) with GPS Assistance Data 4b 0a (tshark: "not decoded yet"):
 *   18     0001 1000: E DGPS corrections, D navigation model
 *   07     0000 0111: K ephemeris extension check, J ephemeris extension, I real-time integrity
 *   40 ab  GPS week 01 1010 1011 = 427
 *   50     GPS_Toe 80 h
 *   23     NSAT 2, T-Toe limit 3 h
 *   05 62  SatID 5, IODE 98;  3f ff  SatID 63, IODE 255
 * CONNECTION ORIENTED INFORMATION (0x2a): APDU 49 0004 (a two-octet length, 3.2.2.68, where
 * libosmocore has one) 01 0d0105 (BSSLAP TA LAYER3, TA 5; check_lcs_apdu.c), then Segmentation
 * 4f 01 13: S 1 (not the final segment), segment number 3.  tshark shows the APDU (protocol
 * BSSLAP) and the Segmentation element.
 */
#define PERF_LOC_REQ_GPS "00 18 2b 44 02 01 03 05 05 01 12 34 56 78 4b 0a 18 07 40 ab 50 23 05 62 3f ff"

START_TEST(test_lcs_transport)
{
	expect_ok(D_MSG, 0, PERF_LOC_REQ_GPS,
		  "\"decoded\":{\"requestedData\":[\"DGPS corrections\",\"navigation model\",\"ephemeris extension "
		  "check\",\"ephemeris extension\",\"real-time integrity\"],\"gpsWeek\":427,\"gpsToe\":80,\"nsat\":2,"
		  "\"tToeLimit\":3,\"satellites\":[{\"satId\":5,\"iode\":98},{\"satId\":63,\"iode\":255}],");
	robust(D_MSG, 0, PERF_LOC_REQ_GPS, 999, 0);
	/* the bitmap alone: 1110 0111 */
	IE(0x4b, "e7 00", "\"requestedData\":[\"acquisition assistance\",\"reference time\",\"reference location\","
	   "\"ionospheric model\",\"UTC model\",\"almanac\"],\"hex\":\"e700\"}");
	IE_BAD(0x4b, "10", "\"error\":{\"offset\":1,\"reason\":\"truncated: a GPS Assistance Data has 2 octets");
	IE_BAD(0x4b, "10 00 40 ab 50", "\"error\":{\"offset\":5,\"reason\":\"truncated: GPS Assistance Data with "
	       "satellite related data has 6 octets, 5 present\"}");
	IE_BAD(0x4b, "10 00 40 ab 50 23 05 62", "\"satellites\":[{\"satId\":5,\"iode\":98}]",
	       "\"error\":{\"offset\":8,\"reason\":\"truncated: NSAT 2 needs 4 octets of satellites, 2 present\"}");
	IE_BAD(0x4b, "10 00 40 ab 50 00 05", "\"nsat\":0,", "\"satellites\":[]",
	       "\"error\":{\"offset\":6,\"reason\":\"1 octet after the 6 of this GPS Assistance Data\"}");
	robust(D_IE, 0x4b, "18 07 40 ab 50 23 05 62 3f ff", 2, 1);
	tu_exhaustive(emit, &(struct what){ D_IE, 0x4b }, "18 07 40 ab 50 23 05 62 3f ff");

	expect_ok(D_MSG, 0, "00 0b 2a 49 00 04 01 0d 01 05 4f 01 13",
		  "{\"iei\":73,\"name\":\"APDU\",\"value\":\"010d0105\",\"decoded\":{\"protocolId\":\"BSSLAP\","
		  "\"embeddedMessage\":\"0d0105\",",
		  "{\"iei\":79,\"name\":\"Segmentation\",\"value\":\"13\",\"decoded\":{\"finalSegment\":false,"
		  "\"segmentNumber\":3,\"hex\":\"13\"}}");
	robust(D_MSG, 0, "00 0b 2a 49 00 04 01 0d 01 05 4f 01 13", 999, 0);
	/* an APDU whose two-octet length runs past the message */
	expect(D_MSG, 0, "00 06 2a 49 00 04 01 10", "\"error\":{\"offset\":3,\"reason\":\"information element 0x49 "
	       "runs past the message\"}", NULL);
	/* Segmentation 0000 0101 with message ID 0x1234: the final segment 5 */
	IE(0x4f, "05 12 34", "\"finalSegment\":true,\"segmentNumber\":5,\"messageId\":4660");
	IE_BAD(0x4f, "05 12", "\"segmentNumber\":5", "\"error\":{\"offset\":2,\"reason\":\"truncated: a Segmentation "
	       "with a message ID has 3 octets, 2 present\"}");
	IE_BAD(0x4f, "05 12 34 00", "\"messageId\":4660", "\"error\":{\"offset\":3,");
	robust(D_IE, 0x4f, "05 12 34", 1, 0);

	/*
	 * CONNECTIONLESS INFORMATION elements (3.2.1.70; tshark decodes none of them).  Network
	 * Element Identity 0000 CGI, 0001 LAC and CI, 0101 LAC, 0110 an LMU; 0010 is spare.
	 */
	IE(0x4a, "00 62 f2 10 12 34 56 78", "\"discriminator\":\"whole cell global identification (CGI)\","
	   "\"cgi\":{\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":4660,\"ci\":22136,");
	IE(0x4a, "01 12 34 56 78", "\"discriminator\":\"LAC and CI\",\"lac\":4660,\"ci\":22136");
	IE(0x4a, "04 62 f2 10 12 34", "\"discriminator\":\"LAI\",\"lai\":{\"mcc\":\"262\"");
	IE(0x4a, "05 12 34", "\"discriminator\":\"LAC\",\"lac\":4660,\"hex\"");
	IE(0x4a, "06 aa bb", "\"discriminator\":\"LMU\",\"lmuIdentity\":\"aabb\"");
	IE_BAD(0x4a, "02 56 78", "\"discriminator\":\"spare (2)\"",
	       "\"error\":{\"offset\":0,\"reason\":\"identity discriminator 2 is spare\"}");
	IE_BAD(0x4a, "01 12 34", "\"error\":{\"offset\":3,\"reason\":\"truncated: this Network Element Identity "
	       "has 5 octets, 3 present\"}");
	IE_BAD(0x4a, "05 12 34 00", "\"lac\":4660", "\"error\":{\"offset\":3,");
	IE_BAD(0x4a, "06", "\"error\":{\"offset\":1,\"reason\":\"truncated: a Network Element Identity of an LMU");
	robust(D_IE, 0x4a, "00 62 f2 10 12 34 56 78", 8, 1);
	/* Return Error Request type 1; Return Error Cause 3, 6 (reserved) */
	IE(0x4d, "01", "\"returnErrorType\":1");
	IE_BAD(0x4d, "", "\"error\":{\"offset\":0,\"reason\":\"truncated: a Return Error Request");
	robust(D_IE, 0x4d, "01", 1, 1);
	IE(0x4e, "03", "\"returnErrorCauseValue\":3,\"returnErrorCause\":\"destination unknown\"");
	IE(0x4e, "06", "\"returnErrorCause\":\"reserved (6)\"");
	IE_BAD(0x4e, "05 00", "\"returnErrorCause\":\"congestion\"", "\"error\":{\"offset\":1,");
	robust(D_IE, 0x4e, "05", 1, 1);
	/* a CONNECTIONLESS INFORMATION (0x3a) with both identities, the Segmentation and the
	 * return error elements: each decoded, in order */
	expect_ok(D_MSG, 0, "00 16 3a 4a 03 05 12 34 4a 05 01 12 34 56 78 4f 01 01 4d 01 01 4e 01 04",
		  "\"decoded\":{\"discriminator\":\"LAC\",\"lac\":4660,",
		  "\"decoded\":{\"discriminator\":\"LAC and CI\",\"lac\":4660,\"ci\":22136,",
		  "\"decoded\":{\"finalSegment\":true,\"segmentNumber\":1,",
		  "\"decoded\":{\"returnErrorType\":1,",
		  "\"decoded\":{\"returnErrorCauseValue\":4,\"returnErrorCause\":\"destination unreachable\",");
}
END_TEST

/*
 * 0x64 .. 0x7b: SNA access, VGCS/VBS, location and notification elements (TS 48.008
 * 3.2.2.27b-e, 3.2.2.82 .. 3.2.2.101).  The whole messages were checked with tshark 4.0.17
 * (text2pcap, user DLT 147 mapped to "bssap"), which decodes the same fields where it decodes
 * the element at all (not: SNA Access Information, GANSS elements, Data Identity beyond its
 * value, VGCS talker mode, the 3.2.2.27b-e segments); where it reads them differently the
 * comment says so.
 */
START_TEST(test_vgcs_ies)
{
	/* COMMON ID (0x2f): IMSI; SNA Access Information 64 0a: PLMN 262-01 (length 5) with SNAC
	 * 0x002a = 42, PLMN 310-260 (length 3, 13 00 62) with none; tshark: "not decoded yet" */
	expect_ok(D_MSG, 0, "00 17 2f 08 08 29 26 10 21 43 65 87 09 64 0a 05 62 f2 10 00 2a 03 13 00 62",
		  "{\"iei\":100,\"name\":\"Sna Access Info\",\"value\":\"0562f210002a03130062\",\"decoded\":"
		  "{\"authorisedPlmns\":[{\"mcc\":\"262\",\"mnc\":\"01\",\"authorisedSnasList\":[42]},"
		  "{\"mcc\":\"310\",\"mnc\":\"260\"}],\"hex\":\"0562f210002a03130062\"}}");
	/* the second PLMN's length 7 runs past the element, a length 2 is short of the MCC and
	 * MNC, a length 4 leaves half an SNAC; a bad MNC digit (0xa) */
	IE_BAD(0x64, "05 62 f2 10 00 2a 07 13 00 62", "\"authorisedSnasList\":[42]}]",
	       "\"error\":{\"offset\":6,\"reason\":\"an authorised PLMN of 7 octets, 3 present\"}");
	IE_BAD(0x64, "02 62 f2", "\"error\":{\"offset\":0,\"reason\":\"an authorised PLMN of 2 octets, at "
	       "least the 3 of its MCC and MNC\"}");
	IE_BAD(0x64, "04 62 f2 10 00", "\"authorisedSnasList\":[]",
	       "\"error\":{\"offset\":4,\"reason\":\"an authorised PLMN with half an SNAC (1 octets after");
	IE_BAD(0x64, "03 62 f2 a0", "\"error\":{\"offset\":3,\"reason\":\"MNC digit is 0xa");
	robust(D_IE, 0x64, "05 62 f2 10 00 2a 03 13 00 62", 1, 0);

	/* VGCS/VBS ASSIGNMENT REQUEST (0x07): Channel Type, Assignment Requirement, Cell
	 * Identifier, Group Call Reference, VSTK_RAND 65 05 12 34 56 78 90 (36 bits 0x123456789,
	 * spare 0000), VSTK 66 10 00 11 .. ff; tshark: VSTK_RAND 0x0000000123456789, the VSTK */
	expect_ok(D_MSG, 0, "00 2f 07 0b 03 01 08 01 33 00 05 05 01 12 34 56 78 37 05 00 02 46 95 30"
		  " 65 05 12 34 56 78 90 66 10 00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff",
		  "\"name\":\"Vstk Rand Info\",\"value\":\"1234567890\",\"decoded\":{\"vstkRand\":\"123456789\",",
		  "\"decoded\":{\"vstk\":\"00112233445566778899aabbccddeeff\",");
	/* a VSTK_RAND one octet short, then the VSTK still decoded */
	expect(D_MSG, 0, "00 1b 07 65 04 12 34 56 78 66 10 00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff",
	       "\"decoded\":{\"hex\":\"12345678\",\"error\":{\"offset\":4,\"reason\":\"truncated: a "
	       "VSTK_RAND Information has 5 octets, 4 present\"}}", "\"decoded\":{\"vstk\":\"0011", NULL);
	IE_BAD(0x66, "00 11 22", "\"error\":{\"offset\":3,\"reason\":\"truncated: a VSTK Information has 16");
	robust(D_IE, 0x65, "12 34 56 78 90", 5, 1);
	robust(D_IE, 0x66, "00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff", 16, 1);

	/* PAGING (0x52): IMSI, Cell Identifier List (LAC 0x1234), Paging Information 67 03 =
	 * 00000 01 1: paging for a short message, member of a VGCS/VBS group (tshark: the same) */
	expect_ok(D_MSG, 0, "00 12 52 08 08 29 26 10 21 43 65 87 09 1a 03 05 12 34 67 03",
		  "{\"iei\":103,\"name\":\"Paging Info\",\"value\":\"03\",\"decoded\":{\"pagingCause\":"
		  "\"paging is for a short message\",\"vgcsVbsGroupMember\":true,\"hex\":\"03\"}}");
	IE(0x67, "04", "\"pagingCause\":\"paging is for a USSD\",\"vgcsVbsGroupMember\":false");
	IE(0x67, "06", "\"pagingCause\":\"spare (3)\"");
	/* the element of a MAP OCTET STRING or a TLV with a length of 2 */
	expect(D_TLV, 0, "67 02 03 00", "\"pagingCause\":\"paging is for a short message\"",
	       "\"error\":{\"offset\":1,\"reason\":\"1 octet after the 1 of a Paging Information\"}", NULL);
	robust(D_IE, 0x67, "03", 1, 1);

	/* VGCS/VBS SETUP ACK (0x05): VGCS Feature Flags 69 01 15 = 000 1 0 1 0 1: TCP, link
	 * sharing, talker priority supported.  tshark reads TP Ind 1 as "Talker Priority not
	 * supported" (its names for bit 1 are reversed; TS 48.008 and libosmocore: 1 supported). */
	expect_ok(D_MSG, 0, "00 04 05 69 01 15",
		  "\"decoded\":{\"talkerPrioritySupported\":true,\"aInterfaceCircuitSharing\":false,"
		  "\"aInterfaceLinkSharing\":true,\"bssReestablishment\":false,\"talkerChannelParameter\":true,");
	IE(0x69, "0a", "\"aInterfaceCircuitSharing\":true,", "\"bssReestablishment\":true,");
	IE_BAD(0x69, "", "\"error\":{\"offset\":0,\"reason\":\"truncated: a VGCS Feature Flags has 1 octet");
	robust(D_IE, 0x69, "15", 1, 1);

	/* UPLINK REQUEST ACKNOWLEDGE (0x27): Emergency Set Indication (6b, identifier only),
	 * Talker Identity 6c 04: 03 = 3 filler bits, identity ab cd e0 (24 - 3 = 21 bits); tshark:
	 * Filler Bits 3, Talker Identity field abcde0 */
	expect_ok(D_MSG, 0, "00 08 27 6b 6c 04 03 ab cd e0",
		  "{\"iei\":107,\"name\":\"Emergency Set Indication\",\"decoded\":{\"emergencySetIndication\":"
		  "true,\"hex\":\"\"}}",
		  "\"decoded\":{\"fillerBits\":3,\"talkerIdentity\":\"abcde0\",\"talkerIdentityBits\":21,");
	/* a Talker Identity without identity octets, then the Emergency Set Indication */
	expect(D_MSG, 0, "00 05 27 6c 01 03 6b",
	       "\"error\":{\"offset\":1,\"reason\":\"truncated: a Talker Identity has 2 octets, 1 present\"}",
	       "\"decoded\":{\"emergencySetIndication\":true,\"hex\":\"\"}", NULL);
	IE_BAD(0x6c, "00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10 11 12",
	       "\"talkerIdentityBits\":144,", "\"error\":{\"offset\":18,\"reason\":\"a talker identity of 18 "
	       "octets, at most 17\"}");
	IE_BAD(0x6b, "00", "\"emergencySetIndication\":true",
	       "\"error\":{\"offset\":0,\"reason\":\"1 octet: an Emergency Set Indication is the element "
	       "identifier alone\"}");
	robust(D_IE, 0x6c, "03 ab cd e0", 2, 0);

	/* VGCS SMS (0x61): SMS to VGCS 6e 22 holding RP-DATA network to MS (TS 24.011 7.3.1.1):
	 * 01, reference 07, originator 06 91 9471010000, destination 00, user data 17: SMS-DELIVER
	 * (as check_dtap's RP_DATA_MT).  tshark 4.0 starts the RP-DATA at the message reference
	 * (it reads 01 as the reference, 07 as the originator's length); the same element without
	 * the 01 it decodes as here: reference 7, originator 4917100000, user data of 23. */
	expect_ok(D_MSG, 0, "00 25 61 6e 22 01 07 06 91 9471010000 00 17 04 0b 91 947123 4567f8 00 00"
		  " 42507101035480 04 d4f29c0e",
		  "\"decoded\":{\"rpData\":{\"messageTypeIndicator\":1,\"messageType\":\"RP-DATA (network to MS)\","
		  "\"messageReference\":7,\"originatorAddress\":{\"typeOfNumber\":\"international number\"",
		  "\"userData\":{\"type\":\"SMS-DELIVER\",\"direction\":\"SC->MS\"", "\"ud\":{\"text\":\"Test\"}");
	/* an RP-ACK where RP-DATA is expected; an RP-DATA whose user data runs past the element,
	 * then a Talker Identity (not of the message, but still decoded) */
	IE_BAD(0x6e, "03 2a", "\"messageType\":\"RP-ACK (network to MS)\"",
	       "\"error\":{\"offset\":0,\"reason\":\"RP message type 3 where RP-DATA (network to MS) is expected\"}");
	expect(D_MSG, 0, "00 0e 61 6e 05 01 07 00 00 09 6c 04 03 ab cd e0",
	       "\"rpData\":{\"messageTypeIndicator\":1,", "runs past",
	       "\"decoded\":{\"fillerBits\":3,\"talkerIdentity\":\"abcde0\"", NULL);
	robust(D_IE, 0x6e, "01 07 06 91 9471010000 00 17 04 0b 91 947123 4567f8 00 00 42507101035480 04 d4f29c0e",
	       1, 0);

	/* VGCS talker mode: 01 0101 00 = group transmit mode, group cipher key 5; 00: dedicated
	 * mode, no ciphering; 10 000000: reserved */
	IE(0x6f, "54", "\"rrMode\":\"group transmit mode (voice group channel)\",\"groupCipherKeyNumber\":5,"
	   "\"ciphered\":true");
	IE(0x6f, "00", "\"rrMode\":\"dedicated mode (dedicated channel)\",\"groupCipherKeyNumber\":0,"
	   "\"ciphered\":false");
	IE(0x6f, "80", "\"rrMode\":\"reserved (2)\"");
	robust(D_IE, 0x6f, "54", 1, 1);

	/* 3.2.2.27b-e: no sequence octet; 0x71 established cells, 01 = LAC and CI within 262-01:
	 * LAC 1 CI 2; 0x72 cells to be established, 00 = CGIs; 0x73 released cells, 02 = CIs
	 * within 262-01 LAC 0x1234; 0x74 not established cells, 05 = LACs */
	IE(0x71, "01 62 f2 10 0001 0002", "\"discriminator\":\"LAC and CI, within the given MCC and MNC\","
	   "\"plmn\":{\"mcc\":\"262\",\"mnc\":\"01\",\"hex\":\"62f210\"},\"cells\":[{\"lac\":1,\"ci\":2}]");
	IE(0x72, "00 62 f2 10 0001 0002", "\"cells\":[{\"cgi\":{\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":1,"
	   "\"ci\":2,");
	IE(0x73, "02 62 f2 10 1234 0007 0008", "\"lac\":4660,\"cells\":[{\"ci\":7},{\"ci\":8}]");
	IE(0x74, "05 1234", "\"discriminator\":\"LAC\",\"cells\":[{\"lac\":4660}]");
	IE(0x71, "07 62 f2 10 13 00 62", "\"cells\":[{\"plmn\":{\"mcc\":\"262\"", "{\"plmn\":{\"mcc\":\"310\"");
	IE(0x72, "06", "\"discriminator\":\"all cells on the BSS\"");
	/* 0011 (no cell) and 1000 are not discriminators of these segments; a partial cell */
	IE_BAD(0x71, "03", "\"error\":{\"offset\":0,\"reason\":\"cell identification discriminator 3 is not "
	       "one of this segment's\"}");
	IE_BAD(0x74, "08 62 f2 10 12 34 00 01", "\"discriminator\":\"spare (8)\"",
	       "\"reason\":\"cell identification discriminator 8 is not one of this segment's\"}");
	IE_BAD(0x73, "05 1234 56", "\"cells\":[{\"lac\":4660}]",
	       "\"error\":{\"offset\":3,\"reason\":\"1 octets left, a cell identification has 2\"}");
	IE_BAD(0x72, "06 00", "\"error\":{\"offset\":1,\"reason\":\"1 octet after the 1 of a Cell "
	       "Identifier List Segment of this discriminator\"}");
	IE_BAD(0x71, "01 62 f2", "\"error\":{\"offset\":3,\"reason\":\"truncated: the MCC and MNC before the "
	       "cells has 3 octets, 2 present\"}");
	robust(D_IE, 0x71, "01 62 f2 10 0001 0002 0003 0004", 1, 0);
	robust(D_IE, 0x73, "02 62 f2 10 1234 0007 0008", 1, 0);

	/* PERFORM LOCATION REQUEST (0x2b): Location Type; Cell Identifier; GANSS Location Type
	 * 77 01 15 = 000 1 0 1 0 1: Galileo, Modernized GPS, GLONASS; GANSS Assistance Data 75 02
	 * (TS 49.031 10.31, left in hex).  tshark: "not decoded yet" for both. */
	expect_ok(D_MSG, 0, "00 12 2b 44 01 00 05 05 01 12 34 56 78 77 01 15 75 02 01 02",
		  "\"decoded\":{\"discriminator\":\"LAC and CI\",\"lac\":4660,\"ci\":22136,",
		  "\"decoded\":{\"ganss\":[\"Galileo\",\"Modernized GPS\",\"GLONASS\"],\"hex\":\"15\"}",
		  "{\"iei\":117,\"name\":\"Ganss Assistance Data\",\"value\":\"0102\",\"decoded\":{\"note\":");
	/* 1110 1010: SBAS, QZSS, spare bits 111 */
	IE(0x77, "ea", "\"ganss\":[\"SBAS\",\"QZSS\"],\"spareBits\":7");
	IE_BAD(0x77, "15 00", "\"error\":{\"offset\":1,\"reason\":\"1 octet after the 1 of a GANSS Location Type");
	IE_BAD(0x75, "", "\"error\":{\"offset\":0,\"reason\":\"truncated: a GANSS Assistance Data has 1 octet");
	robust(D_IE, 0x77, "15", 1, 1);

	/* Application Data: up to 9 octets of the application's own */
	IE(0x78, "01 02 03 04 05 06 07 08 09", "\"applicationData\":\"010203040506070809\"");
	IE_BAD(0x78, "01 02 03 04 05 06 07 08 09 0a", "\"error\":{\"offset\":9,\"reason\":\"10 octets of "
	       "application data, at most 9\"}");
	robust(D_IE, 0x78, "01 02 03", 1, 0);

	/* NOTIFICATION DATA (0x62): Application Data Information 7a 01 01 (BT ind 1); Data
	 * Identity 79 01 ab = 101 0101 1: distribution to talkers and listeners and the network
	 * application, data identifier 5, confirmation of application data; MSISDN 7b 07
	 * 94 71 16 32 54 76 f8 = 4917612345678.  tshark: BT Ind "already transmitted", Data
	 * Identity 0xab; it reads the MSISDN's first octet as type of number and plan (TS 29.002
	 * AddressString: international, F.69, digits 17612345678), while 3.2.2.101 holds only
	 * the digits (octets 4-13 of the calling party BCD number). */
	expect_ok(D_MSG, 0, "00 10 62 7a 01 01 79 01 ab 7b 07 94 71 16 32 54 76 f8",
		  "\"decoded\":{\"transmittedToCells\":true,",
		  "\"decoded\":{\"distributionParameter\":[\"talkers and listeners\",\"network application\"],"
		  "\"dataIdentifier\":5,\"applicationIndicator\":\"confirmation of application data\",",
		  "\"decoded\":{\"digits\":\"4917612345678\",");
	IE(0x79, "42", "\"distributionParameter\":[\"dispatchers\"],\"dataIdentifier\":1,"
	   "\"applicationIndicator\":\"application data\"");
	IE(0x7a, "fe", "\"transmittedToCells\":false");
	/* an MSISDN with a filler inside; digits * and # (0xa, 0xb); then the Data Identity */
	expect(D_MSG, 0, "00 08 62 7b 02 f4 21 79 01 ab",
	       "\"digits\":\"4?12\"", "\"error\":{\"offset\":0,\"reason\":\"filler 1111 as digit 2, before the last\"}",
	       "\"dataIdentifier\":5,", NULL);
	IE(0x7b, "a1 fb", "\"digits\":\"1*#\"");
	IE_BAD(0x7b, "11 11 11 11 11 11 11 11 11 11 11", "\"digits\":\"11111111111111111111\"",
	       "\"error\":{\"offset\":10,\"reason\":\"11 octets: an MSISDN has at most 10 (20 digits)\"}");
	IE_BAD(0x7a, "01 00", "\"error\":{\"offset\":1,");
	robust(D_IE, 0x79, "ab", 1, 1);
	robust(D_IE, 0x7a, "01", 1, 1);
	robust(D_IE, 0x7b, "94 71 16 32 54 76 f8", 1, 0);
}
END_TEST

/*
 * 0x80 .. 0xf1: RESET, MOCN, LCLS, CSFB and SRVCC elements (3.2.2.106 .. 3.2.2.129) and the
 * Osmocom extensions.  Messages checked with tshark 4.0.17 as above.
 */
START_TEST(test_reset_srvcc_ies)
{
	/* RESET IP RESOURCE (0x3d): Cause; Call Identifier List 80 08: 0xdeadface and 1 (least
	 * significant octet first); tshark: Call Identifier 3735943886, 1 */
	expect_ok(D_MSG, 0, "00 0e 3d 04 01 09 80 08 ce fa ad de 01 00 00 00",
		  "{\"iei\":128,\"name\":\"Call ID List\",\"value\":\"cefaadde01000000\",\"decoded\":"
		  "{\"callIds\":[3735943886,1],\"hex\":\"cefaadde01000000\"}}");
	/* an empty list: all call identifiers */
	IE(0x80, "", "\"allCallIdentifiers\":true,\"callIds\":[]");
	/* 5 octets, then the Cause still decoded */
	expect(D_MSG, 0, "00 0b 3d 80 05 ce fa ad de 01 04 01 09",
	       "\"callIds\":[3735943886]", "\"error\":{\"offset\":4,\"reason\":\"1 octets left, a Call "
	       "Identifier has 4\"}", "\"cause\":\"call control\"", NULL);
	robust(D_IE, 0x80, "ce fa ad de 01 00 00 00", 0, 0);

	/* RESET (0x30): Cause; A-Interface Selector for RESET 81 02 = rip 1, rtd 0; Osmux
	 * Support f0 (identifier alone); tshark: RIP "all calls associated to IP links shall be
	 * cleared", RTD "shall not be cleared", "Osmocom extension: Osmux Support" */
	expect_ok(D_MSG, 0, "00 07 30 04 01 07 81 02 f0",
		  "\"decoded\":{\"clearIpCalls\":true,\"clearTdmCalls\":false,\"hex\":\"02\"}",
		  "{\"iei\":240,\"name\":\"Osmo Osmux Support\",\"decoded\":{\"osmuxSupport\":true,\"hex\":\"\"}}");
	IE(0x81, "01", "\"clearIpCalls\":false,\"clearTdmCalls\":true");
	expect(D_TLV, 0, "81 00", "\"error\":{\"offset\":0,\"reason\":\"truncated: an A-Interface Selector for "
	       "RESET has 1 octet, 0 present\"}", NULL);
	robust(D_IE, 0x81, "03", 1, 1);
	/* Osmux CID in ASSIGNMENT REQUEST: see test_more_ies; here a CID of 2 octets */
	IE(0xf1, "ff", "\"osmuxCid\":255");
	IE_BAD(0xf1, "05 06", "\"osmuxCid\":5", "\"error\":{\"offset\":1,\"reason\":\"1 octet after the 1 of "
	       "an Osmux CID\"}");
	robust(D_IE, 0xf1, "05", 1, 1);

	/* COMPLETE LAYER 3 INFORMATION (0x57) with the Redirect Attempt Flag 85 (tshark: "Redirect
	 * Attempt Flag") */
	expect_ok(D_MSG, 0, "00 1a 57 05 05 01 12 34 56 78 17 0f 05 08 70 62 f2 10 12 34 33 05 f4 12 34 56 78 85",
		  "\"message\":\"LOCATION UPDATING REQUEST\"",
		  "{\"iei\":133,\"name\":\"Redir Attempt Flag\",\"decoded\":{\"redirectAttempt\":true,\"hex\":\"\"}}");
	/* LCLS-NOTIFICATION (0x76): LCLS-BSS-Status 8d 04, LCLS-Break-Request 8e (tshark: the
	 * same two) */
	expect_ok(D_MSG, 0, "00 04 76 8d 04 8e",
		  "\"lclsBssStatus\":\"call is locally switched with requested LCLS configuration\"",
		  "{\"iei\":142,\"name\":\"LCLS Break Req\",\"decoded\":{\"lclsBreakRequest\":true,\"hex\":\"\"}}");
	/* CLEAR COMMAND (0x20): Cause, CSFB Indication 8f (tshark: "CSFB Indication") */
	expect_ok(D_MSG, 0, "00 05 20 04 01 09 8f",
		  "{\"iei\":143,\"name\":\"CSFB Indication\",\"decoded\":{\"csfbIndication\":true,\"hex\":\"\"}}");
	/* CS to PS SRVCC (0x90), CS to PS SRVCC Indication (0x92), Attach Indicator (0x97) in a
	 * HANDOVER REQUIRED (0x11) after its Cause (tshark 4.0 has none of the three in it) */
	expect_ok(D_MSG, 0, "00 07 11 04 01 0c 90 92 97",
		  "{\"iei\":144,\"name\":\"CS To PS SRVCC\",\"decoded\":{\"csToPsSrvcc\":true,\"hex\":\"\"}}",
		  "{\"iei\":146,\"name\":\"CS To PS SRVCC Ind\",\"decoded\":{\"csToPsSrvccIndication\":true,",
		  "{\"iei\":151,\"name\":\"Attach Indicator\",\"decoded\":{\"attachIndicator\":true,");
	/* the identifier-only elements with value octets (a MAP OCTET STRING, a TLV) */
	IE_BAD(0x85, "00 00", "\"redirectAttempt\":true", "\"error\":{\"offset\":0,\"reason\":\"2 octets: a "
	       "Redirect Attempt Flag is the element identifier alone\"}");
	IE_BAD(0x8c, "01", "\"reason\":\"1 octet: an LCLS-Correlation-Not-Needed is the element identifier alone");
	IE_BAD(0x8e, "01", "\"reason\":\"1 octet: an LCLS-Break-Request is the element identifier alone");
	IE_BAD(0x8f, "01", "\"reason\":\"1 octet: a CSFB Indication is the element identifier alone");
	IE_BAD(0x90, "01", "\"reason\":\"1 octet: a CS to PS SRVCC is the element identifier alone");
	IE_BAD(0x92, "01", "\"reason\":\"1 octet: a CS to PS SRVCC Indication is the element identifier alone");
	IE_BAD(0x97, "01", "\"reason\":\"1 octet: an Attach Indicator is the element identifier alone");
	IE_BAD(0xf0, "01", "\"reason\":\"1 octet: an Osmux Support is the element identifier alone");
	expect(D_TLV, 0, "8f 01 00", "\"iei\":143,\"name\":\"CSFB Indication\",\"decoded\":{\"csfbIndication\":true,"
	       "\"hex\":\"00\",\"error\":{\"offset\":0,", NULL);
	expect_ok(D_TLV, 0, "97 00", "\"decoded\":{\"attachIndicator\":true,\"hex\":\"\"}");
}
END_TEST

/* every identifier with values of every length 0..40 from several patterns: one object each */
/*
 * 3.2.2.27a Cell Identifier List Segment, 3.2.2.94 VGCS/VBS Cell Status and the MOCN
 * rerouting elements 3.2.2.112-114 (the Reroute Reject Cause values as 48.008 lists them,
 * TS 24.008 reject causes 11 to 16).  Not checked with tshark: it decodes none of the segment's
 * cells ("not decoded yet").
 */
START_TEST(test_segment_reroute)
{
	/* 21 = sequence length 2, sequence number 1; 01 = discriminator LAC and CI within the
	 * given MCC and MNC: 62 f2 10 (262-01) once, then two cells (LAC 1 CI 2, LAC 3 CI 4) */
	IE(0x6d, "21 01 62 f2 10 0001 0002 0003 0004", "\"sequenceLength\":2,\"sequenceNumber\":1,"
	   "\"discriminator\":\"LAC and CI, within the given MCC and MNC\",\"plmn\":{\"mcc\":\"262\","
	   "\"mnc\":\"01\",\"hex\":\"62f210\"},\"cells\":[{\"lac\":1,\"ci\":2},{\"lac\":3,\"ci\":4}]");
	/* 02 = CI within the given MCC, MNC and LAC: 262-01, LAC 0x1234, CIs 5 and 6 */
	IE(0x6d, "11 02 62 f2 10 1234 0005 0006", "\"plmn\":{\"mcc\":\"262\"", "\"lac\":4660,"
	   "\"cells\":[{\"ci\":5},{\"ci\":6}]");
	IE_BAD(0x6d, "11 02 62 f2 10 12", "\"error\":{\"offset\":6,\"reason\":\"truncated: the MCC, MNC "
	       "and LAC before the cells has 5 octets, 4 present\"}");
	/* 00 = CGIs; 04 = LAIs; 05 = LACs */
	IE(0x6d, "11 00 62 f2 10 0001 0002", "\"cells\":[{\"cgi\":{\"mcc\":\"262\",\"mnc\":\"01\","
	   "\"lac\":1,\"ci\":2,");
	IE(0x6d, "11 04 62 f2 10 0001", "\"cells\":[{\"lai\":{\"mcc\":\"262\",\"mnc\":\"01\",\"lac\":1,");
	IE(0x6d, "11 05 0001 0002", "\"cells\":[{\"lac\":1},{\"lac\":2}]");
	/* 07 = MCC and MNC alone: 62 f2 24 = MCC 262, MNC 42 */
	IE(0x6d, "11 07 62 f2 24", "\"discriminator\":\"MCC and MNC\",\"cells\":[{\"plmn\":{"
	   "\"mcc\":\"262\",\"mnc\":\"42\"");
	/* 06 = all cells on the BSS: no cell identification */
	IE(0x6d, "11 06", "\"discriminator\":\"all cells on the BSS\"");
	IE_BAD(0x6d, "11 06 00", "\"error\":{\"offset\":2,\"reason\":\"1 octet after the 2 of a Cell "
	       "Identifier List Segment of this discriminator\"}");
	IE_BAD(0x6d, "11 08 00 01", "\"reason\":\"cell identification discriminator 8 is spare in a "
	       "segment\"");
	IE_BAD(0x6d, "21 01 62 f2 10 0001 0002 00", "\"cells\":[{\"lac\":1,\"ci\":2}]",
	       "\"error\":{\"offset\":9,\"reason\":\"1 octets left, a cell identification has 4\"}");
	robust(D_IE, 0x6d, "21 01 62 f2 10 0001 0002 0003 0004", 2, 0);
	robust(D_IE, 0x6d, "11 02 62 f2 10 1234 0005 0006", 2, 0);
	/* VGCS/VBS Cell Status: f9 = spare bits set, status 001 */
	IE(0x70, "f9", "\"cellStatus\":\"cell is not established, establishment by the BSS is to "
	   "be attempted\"");
	IE(0x70, "04", "\"cellStatus\":\"reserved (4)\"");
	IE_BAD(0x70, "00 00", "\"reason\":\"1 octet after the 1 of a VGCS/VBS Cell Status\"");
	/* Reroute Reject Cause 0x0d, 0x10, 0x11 (reserved) */
	IE(0x86, "0d", "\"rerouteRejectCauseValue\":13,\"rerouteRejectCause\":\"roaming not allowed "
	   "in this location area\"");
	IE(0x86, "10", "\"rerouteRejectCause\":\"CS/PS domain registration coordination required\"");
	IE(0x86, "11", "\"rerouteRejectCause\":\"reserved (17)\"");
	/* Send Sequence Number: 80 = N(SD) 10 */
	IE(0x87, "80", "\"sendSequenceNumber\":2");
	IE(0x87, "7f", "\"sendSequenceNumber\":1");
	/* Reroute complete outcome 3, 0 (reserved) */
	IE(0x88, "03", "\"outcomeValue\":3,\"outcome\":\"MS is already registered\"");
	IE(0x88, "00", "\"outcome\":\"reserved (0)\"");
	IE_BAD(0x88, "01 02", "\"outcome\":\"MS is accepted\"", "\"error\":{\"offset\":1,");
	robust(D_IE, 0x86, "0d", 1, 1);
	robust(D_IE, 0x87, "80", 1, 1);
	robust(D_IE, 0x88, "03", 1, 1);
}
END_TEST

START_TEST(test_all_ieis)
{
	static const uint8_t fill[] = { 0x00, 0xff, 0x5a, 0x0f, 0x80 };
	uint8_t buf[40];
	unsigned iei;
	size_t len, f, i;

	for (iei = 0; iei < 256; iei++) {
		for (f = 0; f < sizeof(fill); f++) {
			for (len = 0; len <= 40; len++) {
				char *s;
				for (i = 0; i < len; i++)
					buf[i] = (uint8_t)(fill[f] + i * 37);
				s = render(D_IE, (uint8_t)iei, buf, len, 0);
				tu_assert_one_object(s);
				free(s);
				free(render(D_IE, (uint8_t)iei, buf, len, 1));
			}
		}
	}
}
END_TEST

Suite *tu_suite_bssap(void)
{
	Suite *s = suite_create("bssap");
	TCase *tc = tcase_create("bssmap");

	tcase_add_test(tc, test_cic_cause);
	tcase_add_test(tc, test_cell_identifier);
	tcase_add_test(tc, test_priority_identities);
	tcase_add_test(tc, test_channel_type);
	tcase_add_test(tc, test_small_ies);
	tcase_add_test(tc, test_structured);
	tcase_add_test(tc, test_message);
	tcase_add_test(tc, test_intersystem_handover);
	tcase_add_test(tc, test_field_elements);
	tcase_add_test(tc, test_more_ies);
	tcase_add_test(tc, test_lcs);
	tcase_add_test(tc, test_dtap_cc);
	tcase_add_test(tc, test_segment_reroute);
	tcase_add_test(tc, test_resources);
	tcase_add_test(tc, test_circuits_flags);
	tcase_add_test(tc, test_trace);
	tcase_add_test(tc, test_diagnostics);
	tcase_add_test(tc, test_lcs_transport);
	tcase_add_test(tc, test_vgcs_ies);
	tcase_add_test(tc, test_reset_srvcc_ies);
	tcase_add_test(tc, test_all_ieis);
	tcase_set_timeout(tc, 120);
	suite_add_tcase(s, tc);
	return s;
}
