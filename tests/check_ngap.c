/*
 * ngap.c: TS 38.413 types in ALIGNED PER.  The vectors are values written from the ASN.1 of
 * TS 38.413 V17.1.1 (NGAP-IEs, NGAP-Constants) and the ALIGNED PER rules of X.691, bit by bit
 * (a scratch bit writer, not part of the project, did the arithmetic), and checked with
 * tshark 4.0.17: each LastVisitedNGRANCellInformation put as the nG-RAN-Cell of the
 * UE-HistoryInformation of a SourceeNB-ToTargeteNB-TransparentContainer, inside a whole S1AP
 * HandoverRequired (handover type intralte), written as a pcap with DLT 147 and decoded with the
 * user DLT mapped to the "s1ap" dissector, which hands the nG-RAN-Cell octets to its NGAP
 * LastVisitedNGRANCellInformation.  tshark shows the values expected here; the exceptions are
 * said at each vector.
 *
 * Notation: bits most significant first, "|" between octets, "pad" the zero bits up to the
 * next octet boundary; an open type is a length octet and that many octets; a
 * ProtocolExtensionContainer is the count - 1 in two aligned octets, then per field its ID
 * (two octets), criticality (2 bits: 40 is ignore) and value (an open type).  NGAP's CHOICEs
 * have no extension bit: their index counts every alternative, choice-Extensions included.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "print.h"
#include "ngap.h"
#include "s1ap.h"

Suite *tu_suite_ngap(void);

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	tk_emit_ngap_type(e, *(const enum tk_ngap_type *)arg, p, n);
}

static void emit_s1ap(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	(void)arg;
	tk_emit_s1ap_type(e, TK_S1AP_UE_HISTORY_INFORMATION, p, n);
}

static void vexpect(enum tk_ngap_type t, const char *hex, int no_error, va_list ap)
{
	tu_vexpect_all(emit, &t, hex, no_error, ap);
}

/* the JSON of hex as type t holds each needle (to a NULL) */
static void expect(enum tk_ngap_type t, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(t, hex, 0, ap);
	va_end(ap);
}

/* ... and has no "error" anywhere */
static void expect_ok(enum tk_ngap_type t, const char *hex, ...)
{
	va_list ap;

	va_start(ap, hex);
	vexpect(t, hex, 1, ap);
	va_end(ap);
}

/* every truncation (an error: each vector needs its last octet) and corruption (testutil.c) */
static void robust(enum tk_ngap_type t, const char *hex)
{
	tu_robust_tmpl(emit, &t, hex, 1);
}

/* ---- LastVisitedNGRANCellInformation ----------------------------------------------------------- */

/*
 * Every field:
 *   70 = 0 (no extension) 1 (timeUEStayedInCellEnhancedGranularity) 1 (hOCauseValue)
 *	1 (iE-Extensions) 00 (NGRAN-CGI: nR-CGI) 0 0 (NR-CGI: no extension, no iE-Extensions)
 *   62 f2 10 pLMNIdentity (262-01, aligned)
 *   12 34 56 78 9 nRCellIdentity 0x123456789 (36 bits, aligned) | 0 0 (CellType) 0 0 |
 *	1 (cellSize: 0 then 01, small) pad
 *   00 1e timeUEStayedInCell 30 s (4096 values: two aligned octets)
 *   01 31 timeUEStayedInCellEnhancedGranularity 305 (30.5 s)
 *   04 00 = 000 (Cause: radioNetwork) 0 010000 (16, handover-desirable-for-radio-reason) pad
 *   00 00 (one extension) | 01 21 id-LastVisitedPSCellList (289) 40 0b:
 *	09 = 000 (one PSCell) 0 1 (pSCellID) 0 01 (NGRAN-CGI: eUTRA-CGI) | 0 0 (EUTRA-CGI) pad |
 *	62 f2 10 | 01 23 40 1 (eUTRACellIdentity 0x0123401) pad | 01 2c (timeStay 300)
 * tshark: the same (cell 0x0123456789, small, 30 s, 30.5 s, the cause, PSCell 0x00123401
 * staying 300).
 */
#define V_FULL "70 62f210 123456789080 001e 0131 0400 0000 0121 40 0b 0900 62f210 01234010 012c"

START_TEST(test_full)
{
	expect_ok(TK_NGAP_LAST_VISITED_NGRAN_CELL_INFORMATION, V_FULL,
		  "{\"type\":\"LastVisitedNGRANCellInformation\",\"globalCellId\":{\"choice\":"
		  "\"nR-CGI\",\"mcc\":\"262\",\"mnc\":\"01\",\"nci\":4886718345},\"cellType\":"
		  "{\"cellSize\":\"small\"},\"timeUeStayedInCell\":30,"
		  "\"timeUeStayedInCellEnhancedGranularity\":305,\"hoCauseValue\":{\"choice\":"
		  "\"radioNetwork\",\"value\":16,\"name\":\"handover-desirable-for-radio-reason\"},"
		  "\"extensions\":[{\"id\":289,\"name\":\"LastVisitedPSCellList\",\"criticality\":"
		  "\"ignore\",\"value\":\"090062f21001234010012c\",\"lastVisitedPsCellList\":"
		  "[{\"pscellId\":{\"choice\":\"eUTRA-CGI\",\"mcc\":\"262\",\"mnc\":\"01\","
		  "\"eci\":1192961,\"enbId\":4660,\"cellId\":1},\"timeStay\":300}]}],"
		  "\"hex\":\"7062f210123456789080001e0131040000000121400b090062f21001234010012c\"}",
		  NULL);
	robust(TK_NGAP_LAST_VISITED_NGRAN_CELL_INFORMATION, V_FULL);
	tu_exhaustive(emit, &(enum tk_ngap_type){ TK_NGAP_LAST_VISITED_NGRAN_CELL_INFORMATION },
		      V_FULL);
}
END_TEST

/*
 * No optional field: 04 = 0 0 0 0 01 (eUTRA-CGI) 0 0 pad | 62 f2 10 | ab cd ef 1 (0xabcdef1)
 * 0 0 (CellType) 0 1 | 1 (cellSize: 0 then 11, large) pad | 0f ff (4095 s)
 * tshark: the same.
 */
#define V_MIN "04 62f210 abcdef11 80 0fff"

/*
 * The extension marker, an unknown extension and an NGRAN-CGI choice-Extensions:
 *   98 = 1 (extension additions) 0 0 1 (iE-Extensions) 10 (NGRAN-CGI: choice-Extensions) pad |
 *	03 e7 (ProtocolIE-ID 999, in no ExtIEs set) 40 (ignore) 02 ab cd (its value)
 *   00 = 0 0 (CellType) 0 00 (verysmall) pad | 00 05 (5 s)
 *   00 01 (two extensions): 01 21 LastVisitedPSCellList 40 03 | 00 = 000 (one) 0 0 (no
 *	pSCellID) 0 pad | 00 0a (timeStay 10) | 03 e7 (999, unknown) 40 02 ab cd
 *   the extension additions: 01 = 0 000000 (a bitmap of one bit) 1, then the addition 01 ff
 * tshark: the same (the choice-Extensions and the unknown extension as id 999 with undecoded
 * values; the addition as an "unknown sequence extension").
 */
#define V_EXT "98 03e7 40 02 abcd 00 0005 0001 0121 40 03 00000a 03e7 40 02 abcd 01 01ff"

START_TEST(test_min_and_extensions)
{
	expect_ok(TK_NGAP_LAST_VISITED_NGRAN_CELL_INFORMATION, V_MIN,
		  "{\"type\":\"LastVisitedNGRANCellInformation\",\"globalCellId\":{\"choice\":"
		  "\"eUTRA-CGI\",\"mcc\":\"262\",\"mnc\":\"01\",\"eci\":180150001,\"enbId\":703710,"
		  "\"cellId\":241},\"cellType\":{\"cellSize\":\"large\"},\"timeUeStayedInCell\":4095,"
		  "\"hex\":\"0462f210abcdef11800fff\"}", NULL);
	robust(TK_NGAP_LAST_VISITED_NGRAN_CELL_INFORMATION, V_MIN);
	expect_ok(TK_NGAP_LAST_VISITED_NGRAN_CELL_INFORMATION, V_EXT,
		  "\"globalCellId\":{\"choice\":\"choice-Extensions\",\"extension\":{\"id\":999,"
		  "\"name\":\"unknown (999)\",\"criticality\":\"ignore\",\"value\":\"abcd\"}},"
		  "\"cellType\":{\"cellSize\":\"verysmall\"},\"timeUeStayedInCell\":5,",
		  "\"extensions\":[{\"id\":289,\"name\":\"LastVisitedPSCellList\",\"criticality\":"
		  "\"ignore\",\"value\":\"00000a\",\"lastVisitedPsCellList\":[{\"timeStay\":10}]},"
		  "{\"id\":999,\"name\":\"unknown (999)\",\"criticality\":\"ignore\",\"value\":"
		  "\"abcd\"}],\"extensionAdditions\":[\"ff\"],\"hex\":", NULL);
	robust(TK_NGAP_LAST_VISITED_NGRAN_CELL_INFORMATION, V_EXT);
}
END_TEST

/* ---- Cause (9.3.1.2): every alternative -------------------------------------------------------- */

/*
 * Each value alone (Cause starts at bit 0) and, for tshark, as the hOCauseValue of V_MIN with
 * its preamble bit set (24 62f210 abcdef11 80 0fff, then the same octets: the cause starts
 * aligned after the time, so its bits are the same).  tshark names each as below, the
 * unknown extension value as "Unknown (55)".
 */
START_TEST(test_cause)
{
	/* radioNetwork: 000 0 101100 (44, the last root value) pad */
	expect_ok(TK_NGAP_CAUSE, "0b00",
		  "{\"type\":\"Cause\",\"choice\":\"radioNetwork\",\"value\":44,\"name\":"
		  "\"release-due-to-cn-detected-mobility\",\"hex\":\"0b00\"}", NULL);
	/* radioNetwork, an extension value: 000 1 0 000111 (the 8th: 52) pad */
	expect_ok(TK_NGAP_CAUSE, "10e0", "\"value\":52,\"name\":\"redcap-ue-not-supported\"",
		  NULL);
	/* ... one of a later version: 000 1 0 001010 (the 11th, 55) */
	expect_ok(TK_NGAP_CAUSE, "1140", "\"value\":55,\"name\":\"extension value (10)\"", NULL);
	/* transport: 001 0 1 (unspecified) pad; 001 0 0 */
	expect_ok(TK_NGAP_CAUSE, "28", "\"choice\":\"transport\",\"value\":1,\"name\":"
		  "\"unspecified\"", NULL);
	expect_ok(TK_NGAP_CAUSE, "20", "\"choice\":\"transport\",\"value\":0,\"name\":"
		  "\"transport-resource-unavailable\"", NULL);
	/* nas: 010 0 10 (deregister) pad; 010 1 0 000000 (uE-not-in-PLMN-serving-area) */
	expect_ok(TK_NGAP_CAUSE, "48", "\"choice\":\"nas\",\"value\":2,\"name\":\"deregister\"",
		  NULL);
	expect_ok(TK_NGAP_CAUSE, "5000", "\"choice\":\"nas\",\"value\":4,\"name\":"
		  "\"uE-not-in-PLMN-serving-area\"", NULL);
	/* protocol: 011 0 100 (semantic-error) pad; 011 0 110 (unspecified) */
	expect_ok(TK_NGAP_CAUSE, "68", "\"choice\":\"protocol\",\"value\":4,\"name\":"
		  "\"semantic-error\"", NULL);
	expect_ok(TK_NGAP_CAUSE, "6c", "\"choice\":\"protocol\",\"value\":6,\"name\":"
		  "\"unspecified\"", NULL);
	/* misc: 100 0 100 (unknown-PLMN-or-SNPN) pad; 100 0 101 (unspecified, last in NGAP) */
	expect_ok(TK_NGAP_CAUSE, "88", "\"choice\":\"misc\",\"value\":4,\"name\":"
		  "\"unknown-PLMN-or-SNPN\"", NULL);
	expect_ok(TK_NGAP_CAUSE, "8a", "\"choice\":\"misc\",\"value\":5,\"name\":\"unspecified\"",
		  NULL);
	/* choice-Extensions: 101 pad | 03 e7 (999) 40 (ignore) 01 ff */
	expect_ok(TK_NGAP_CAUSE, "a003e74001ff",
		  "{\"type\":\"Cause\",\"choice\":\"choice-Extensions\",\"extension\":{\"id\":999,"
		  "\"name\":\"unknown (999)\",\"criticality\":\"ignore\",\"value\":\"ff\"},", NULL);
	robust(TK_NGAP_CAUSE, "a003e74001ff");
	robust(TK_NGAP_CAUSE, "10e0");
	/* an index of 6 (110) and 7 (111): beyond the six alternatives */
	expect(TK_NGAP_CAUSE, "c0", "{\"type\":\"Cause\",\"hex\":\"c0\",\"error\":{\"offset\":0,"
	       "\"reason\":\"Cause is 6, more than its range allows (6 values)\"}}", NULL);
	expect(TK_NGAP_CAUSE, "e0", "\"reason\":\"Cause is 7, more than its range allows", NULL);
	/* the radioNetwork root index 45..63 (000 0 101101): outside the 45 root values */
	expect(TK_NGAP_CAUSE, "0b40", "\"choice\":\"radioNetwork\",\"hex\"",
	       "\"reason\":\"radioNetwork is 45, more than its range allows (45 values)\"", NULL);
	/* the hOCauseValue of a cell: V_MIN with the preamble bit (24) and the nas cause */
	expect_ok(TK_NGAP_LAST_VISITED_NGRAN_CELL_INFORMATION, "24 62f210 abcdef11 80 0fff 5000",
		  "\"timeUeStayedInCell\":4095,\"hoCauseValue\":{\"choice\":\"nas\",\"value\":4,"
		  "\"name\":\"uE-not-in-PLMN-serving-area\"},\"hex\"", NULL);
}
END_TEST

/* ---- NGRAN-CGI --------------------------------------------------------------------------------- */

START_TEST(test_ngran_cgi)
{
	/* nR-CGI: 00 (index) 0 0 pad | 62 f2 10 | 00 00 00 01 0 (NCI 16) pad */
	expect_ok(TK_NGAP_NGRAN_CGI, "00 62f210 0000000100",
		  "{\"type\":\"NGRAN-CGI\",\"choice\":\"nR-CGI\",\"mcc\":\"262\",\"mnc\":\"01\","
		  "\"nci\":16,\"hex\":\"0062f2100000000100\"}", NULL);
	robust(TK_NGAP_NGRAN_CGI, "00 62f210 0000000100");
	/* the largest NCI, 2^36 - 1, does not fit 32 bits */
	expect_ok(TK_NGAP_NGRAN_CGI, "00 62f210 fffffffff0", "\"nci\":68719476735", NULL);
	/* eUTRA-CGI with iE-Extensions: 50 = 01 0 1 pad | 62 f2 10 | 01 23 45 6 pad | 00 00 (one)
	 * 03 e7 40 01 ff (an extension of an empty set: listed) */
	expect_ok(TK_NGAP_NGRAN_CGI, "50 62f210 01234560 0000 03e7 40 01 ff",
		  "\"choice\":\"eUTRA-CGI\",\"mcc\":\"262\",\"mnc\":\"01\",\"eci\":1193046,"
		  "\"enbId\":4660,\"cellId\":86,\"extensions\":[{\"id\":999,\"name\":\"unknown (999)\","
		  "\"criticality\":\"ignore\",\"value\":\"ff\"}]", NULL);
	/* a bad choice index: 11 (3), beyond the three alternatives */
	expect(TK_NGAP_NGRAN_CGI, "c0", "{\"type\":\"NGRAN-CGI\",\"hex\":\"c0\",\"error\":"
	       "{\"offset\":0,\"reason\":\"NGRAN-CGI is 3, more than its range allows (3 values)\"}}",
	       NULL);
	/* truncated in the cell identity (offset 4, where it starts) */
	expect(TK_NGAP_NGRAN_CGI, "00 62f210 000000",
	       "\"error\":{\"offset\":4,\"reason\":\"truncated in nRCellIdentity\"}", NULL);
}
END_TEST

/* ---- malformed values -------------------------------------------------------------------------- */

START_TEST(test_malformed)
{
	enum tk_ngap_type t = TK_NGAP_LAST_VISITED_NGRAN_CELL_INFORMATION;
	char *s;

	tu_expect_empty_error(emit, &t, "empty: a complete ALIGNED PER encoding of "
			      "LastVisitedNGRANCellInformation");
	t = TK_NGAP_TYPE_COUNT;
	s = tu_render(emit, &t, (const uint8_t *)"\x00", 1, 0);
	tu_assert_has(s, "{\"hex\":\"00\",\"error\":{\"offset\":0,\"reason\":\"not an NGAP type "
		      "tcapkit knows\"}}");
	free(s);
	ck_assert_str_eq(tk_ngap_type_name(TK_NGAP_CAUSE), "Cause");
	ck_assert_ptr_null(tk_ngap_type_name(TK_NGAP_TYPE_COUNT));
	/* V_FULL cut in the extension's open type (27 of 33 octets): the fields before it stay,
	 * the error where the value's octets start (22) */
	expect(TK_NGAP_LAST_VISITED_NGRAN_CELL_INFORMATION,
	       "70 62f210 123456789080 001e 0131 0400 0000 0121 40 0b 0900 62f210",
	       "\"hoCauseValue\":{\"choice\":\"radioNetwork\",\"value\":16,",
	       "\"extensions\":[],\"hex\"",
	       "\"error\":{\"offset\":22,\"reason\":\"truncated in extensionValue: 11 octets, 5 "
	       "present\"}}", NULL);
	/* an open type past the end: the extension value announces 127 octets (7f) */
	expect(TK_NGAP_LAST_VISITED_NGRAN_CELL_INFORMATION,
	       "70 62f210 123456789080 001e 0131 0400 0000 0121 40 7f 0900 62f210 01234010 012c",
	       "\"error\":{\"offset\":22,\"reason\":\"truncated in extensionValue: 127 octets, 11 "
	       "present\"}}", NULL);
	/* an extension value longer than its type: the PSCell list in 12 octets (one more 00),
	 * decoded, then reported at the octet after it (33) */
	expect(TK_NGAP_LAST_VISITED_NGRAN_CELL_INFORMATION,
	       "70 62f210 123456789080 001e 0131 0400 0000 0121 40 0c 0900 62f210 01234010 012c 00",
	       "\"lastVisitedPsCellList\":[{\"pscellId\"",
	       "\"error\":{\"offset\":33,\"reason\":\"1 octets after the LastVisitedPSCellList\"}",
	       NULL);
	/* the enhanced granularity out of range: ff ff (65535 > 40950) */
	expect(TK_NGAP_LAST_VISITED_NGRAN_CELL_INFORMATION,
	       "40 62f210 123456789080 001e ffff",
	       "\"timeUeStayedInCell\":30,\"hex\"",
	       "\"error\":{\"offset\":12,\"reason\":\"timeUEStayedInCellEnhancedGranularity is "
	       "65535, more than its range allows (40951 values)\"}", NULL);
	/* a bad cause index inside the cell: 20 (hOCauseValue) ... c0 (Cause 6) */
	expect(TK_NGAP_LAST_VISITED_NGRAN_CELL_INFORMATION, "24 62f210 abcdef11 80 0fff c0",
	       "\"timeUeStayedInCell\":4095,\"hoCauseValue\":{},\"hex\"",
	       "\"error\":{\"offset\":11,\"reason\":\"Cause is 6, more than its range allows "
	       "(6 values)\"}", NULL);
	/* an octet after the complete encoding */
	expect(TK_NGAP_LAST_VISITED_NGRAN_CELL_INFORMATION, "04 62f210 abcdef11 80 0fff 00",
	       "\"timeUeStayedInCell\":4095,",
	       "\"error\":{\"offset\":11,\"reason\":\"1 octets after the "
	       "LastVisitedNGRANCellInformation\"}", NULL);
}
END_TEST

/* ---- NGAP's own UE history --------------------------------------------------------------------- */

/*
 * UEHistoryInformation of five items:
 *   4 = 0100 (five) | item 1: 0 0 (LastVisitedCellItem) 000 (nGRANCell) and V_MIN inline
 *	(0000 01 00 pad ...): 40 02 00 62 f2 10 ab cd ef 11 80 0f ff
 *   item 2: 0 0 001 (eUTRANCell) pad, 0b and TS 36.413's LastVisitedEUTRANCellInformation
 *	0062f21001234010800078 (hex only) |
 *   item 3: 0 0 010 (uTRANCell) pad, 0b and RANAP's LastVisitedUTRANCell-Item
 *	0062f2108012345620003c (tests/check_s1ap.c) |
 *   item 4: 0 0 011 (gERANCell) pad, 01 00 |
 *   item 5: 0 0 100 (choice-Extensions) pad, 03 e7 40 01 ff
 * tshark: the same, this value being the uEHistoryInformation of a
 * SourceNGRANNode-ToTargetNGRANNode-TransparentContainer (10 = 0 0 0 1 (indexToRFSP) 0 pad,
 * 02 0000 an empty NR HandoverPreparationInformation, 00 62f210 000000010 (NR-CGI, NCI 16)
 * 0 (indexToRFSP: root) pad, 09 (10), then these octets, aligned as here) in a whole NGAP
 * HandoverRequired (handover type intra5gs) decoded by the "ngap" dissector; it shows the
 * E-UTRAN and GERAN cells decoded too (S1AP's types) as tcapkit does beside their hex
 * ("s1ap": global cell 262-01 ECI 1192961, cell size small, 120 s; GERAN undefined).
 */
#define V_UEH "40020062f210abcdef11800fff080b0062f21001234010800078100b0062f2108012345620003c" \
	"1801002003e74001ff"

START_TEST(test_ue_history)
{
	expect_ok(TK_NGAP_UE_HISTORY_INFORMATION, V_UEH,
		  "{\"type\":\"UEHistoryInformation\",\"lastVisitedCellList\":[{\"choice\":"
		  "\"nGRANCell\",\"globalCellId\":{\"choice\":\"eUTRA-CGI\",\"mcc\":\"262\",\"mnc\":"
		  "\"01\",\"eci\":180150001,\"enbId\":703710,\"cellId\":241},\"cellType\":{\"cellSize\":"
		  "\"large\"},\"timeUeStayedInCell\":4095},{\"choice\":\"eUTRANCell\",\"eutranCell\":"
		  "\"0062f21001234010800078\",\"s1ap\":{\"type\":\"LastVisitedEUTRANCellInformation\","
		  "\"globalCellId\":{\"mcc\":\"262\",\"mnc\":\"01\",\"eci\":1192961,\"enbId\":4660,"
		  "\"cellId\":1},\"cellType\":{\"cellSize\":\"small\"},\"timeUeStayedInCell\":120,"
		  "\"hex\":\"0062f21001234010800078\"}},{\"choice\":\"uTRANCell\",\"utranCell\":"
		  "\"0062f2108012345620003c\",\"ranap\":{\"lastVisitedUtranCellItem\":{\"utranCellId\":"
		  "{\"mcc\":\"262\",\"mnc\":\"01\",\"cellId\":1193046},\"cellType\":\"micro\","
		  "\"timeUeStayedInCell\":60},\"hex\":\"0062f2108012345620003c\"}},{\"choice\":"
		  "\"gERANCell\",\"geranCell\":\"00\",\"s1ap\":{\"type\":"
		  "\"LastVisitedGERANCellInformation\",\"geranCell\":\"undefined\",\"hex\":\"00\"}},"
		  "{\"choice\":\"choice-Extensions\",\"extension\":"
		  "{\"id\":999,\"name\":\"unknown (999)\",\"criticality\":\"ignore\",\"value\":\"ff\"}}],"
		  "\"hex\":", NULL);
	robust(TK_NGAP_UE_HISTORY_INFORMATION, V_UEH);
	/*
	 * Two items, their S1AP values beyond the minimum: 1 = 0001 (two) | item 1: 0 0 001
	 * (eUTRANCell) pad, 13 (19 octets): LastVisitedEUTRANCellInformation 0 1 (iE-Extensions)
	 * pad, 62f210, ECI 0123401 | CellType 0 0 0 01 (small) pad, 0078 (120 s), then the
	 * ProtocolExtensionContainer 0000 (one field): id 00a7 (167,
	 * Time-UE-StayedInCell-EnhancedGranularity), 01 (ignore) pad, open type 02 04b0 (1200
	 * tenths of a second) | item 2: 0 0 011 (gERANCell) pad, 03: 1 (an extension
	 * alternative) 0 000000 (its index 0), open type 01 ff.  Not checked with tshark: its
	 * dissectors take whole PDUs; the E-UTRAN cell's root fields are those of V_UEH, which
	 * tshark decodes the same.
	 */
	expect_ok(TK_NGAP_UE_HISTORY_INFORMATION,
		  "1080134062f21001234010800078000000a7400204b018038001ff",
		  "\"eutranCell\":\"4062f21001234010800078000000a7400204b0\",\"s1ap\":{\"type\":"
		  "\"LastVisitedEUTRANCellInformation\",\"globalCellId\":{\"mcc\":\"262\",\"mnc\":"
		  "\"01\",\"eci\":1192961,\"enbId\":4660,\"cellId\":1},\"cellType\":{\"cellSize\":"
		  "\"small\"},\"timeUeStayedInCell\":120,\"extensions\":[{\"id\":167,\"name\":"
		  "\"Time-UE-StayedInCell-EnhancedGranularity\",\"criticality\":\"ignore\",\"value\":"
		  "\"04b0\",\"timeUeStayedInCellEnhancedGranularity\":1200}]",
		  "\"geranCell\":\"8001ff\",\"s1ap\":{\"type\":\"LastVisitedGERANCellInformation\","
		  "\"geranCell\":{\"choice\":\"extension alternative (0)\",\"octets\":\"ff\"},"
		  "\"hex\":\"8001ff\"}", NULL);
	robust(TK_NGAP_UE_HISTORY_INFORMATION,
	       "1080134062f21001234010800078000000a7400204b018038001ff");
	/* the E-UTRAN cell cut to 3 octets (0062f2): the S1AP value reports it inside its own
	 * object, at its own offset, and the GERAN cell after it still decodes */
	expect(TK_NGAP_UE_HISTORY_INFORMATION, "1080030062f2180100",
	       "\"eutranCell\":\"0062f2\",\"s1ap\":{\"type\":\"LastVisitedEUTRANCellInformation\"",
	       "\"reason\":\"truncated in pLMNidentity: 3 octets, 2 present\"",
	       "{\"choice\":\"gERANCell\",\"geranCell\":\"00\",\"s1ap\":{\"type\":"
	       "\"LastVisitedGERANCellInformation\",\"geranCell\":\"undefined\"", NULL);
	/* a LastVisitedCellInformation index of 5: 0000 (one) 0 0 10 | 1 pad (101), beyond the
	 * five alternatives */
	expect(TK_NGAP_UE_HISTORY_INFORMATION, "0280",
	       "\"lastVisitedCellList\":[{}]",
	       "\"reason\":\"LastVisitedCellInformation is 5, more than its range allows "
	       "(5 values)\"", NULL);
}
END_TEST

/* ---- the real path: S1AP's UE history (s1ap.c) ------------------------------------------------- */

/*
 * An S1AP UE-HistoryInformation (TS 36.413 9.2.1.42) of one cell, the NG-RAN cell V_FULL:
 * 08 00 = 0000 (one cell) 1 (an extension alternative of LastVisitedCell-Item) 0 000000
 * (index 0: nG-RAN-Cell) pad | 22 (open type) 21 (OCTET STRING of 33) V_FULL.
 * tshark (this history in the S1AP HandoverRequired described at the top): the same.
 */
#define S1AP_UEH "0800 22 21" V_FULL

START_TEST(test_s1ap_path)
{
	char *s;
	uint8_t buf[64];
	size_t n = tu_ber(S1AP_UEH, buf, sizeof(buf));

	s = tu_render(emit_s1ap, NULL, buf, n, 0);
	tu_assert_has(s, "{\"type\":\"UE-HistoryInformation\",\"lastVisitedCellList\":[{\"choice\":"
		      "\"nG-RAN-Cell\",\"ngRanCell\":\"7062f210123456789080001e0131040000000121400b"
		      "090062f21001234010012c\",\"ngap\":{\"type\":\"LastVisitedNGRANCellInformation\","
		      "\"globalCellId\":{\"choice\":\"nR-CGI\",\"mcc\":\"262\",\"mnc\":\"01\","
		      "\"nci\":4886718345},");
	tu_assert_has(s, "\"lastVisitedPsCellList\":[{\"pscellId\":{\"choice\":\"eUTRA-CGI\",");
	tu_assert_hasnt(s, "\"error\"");
	free(s);
	tu_robust(emit_s1ap, NULL, buf, n, 1);
	/* a malformed NG-RAN cell: its error stays in its own object, the S1AP value has none:
	 * V_FULL without its last octet (an OCTET STRING of 32 in an open type of 33) */
	n = tu_ber("0800 21 20 70 62f210 123456789080 001e 0131 0400 0000 0121 40 0b 0900 62f210"
		   "01234010 01", buf, sizeof(buf));
	s = tu_render(emit_s1ap, NULL, buf, n, 0);
	tu_assert_has(s, "\"ngap\":{\"type\":\"LastVisitedNGRANCellInformation\",");
	tu_assert_has(s, "\"error\":{\"offset\":22,\"reason\":\"truncated in extensionValue: "
		      "11 octets, 10 present\"}}}]");
	/* the one error is the NGAP value's */
	ck_assert_ptr_null(strstr(strstr(s, "\"error\"") + 1, "\"error\""));
	free(s);
}
END_TEST

Suite *tu_suite_ngap(void)
{
	Suite *s = suite_create("ngap");
	TCase *tc = tcase_create("ngap");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_full);
	tcase_add_test(tc, test_min_and_extensions);
	tcase_add_test(tc, test_cause);
	tcase_add_test(tc, test_ngran_cgi);
	tcase_add_test(tc, test_malformed);
	tcase_add_test(tc, test_ue_history);
	tcase_add_test(tc, test_s1ap_path);
	suite_add_tcase(s, tc);
	return s;
}
