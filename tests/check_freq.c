/*
 * TS 44.018 frequency lists, mobile allocation, frequency channel sequence and multislot
 * allocation (codec/freqlist.c), alone and inside an RR HANDOVER COMMAND (dtap.c).  The
 * vectors are packed by hand from 10.5.2.13 (bits written 8..1, most significant first);
 * for the range formats the comment gives the W(i) and the ARFCNs 10.5.2.13.3-6 derive from
 * them.  The range formats are also checked against libosmocore's independent decoder
 * (gsm48_decode_freq_list) on lists of random W(i).
 *
 * tshark (text2pcap -l 147, user DLT mapped to gsm_a_dtap) was run on HO_CMD_LISTS below: it
 * lists the same ARFCNs for the bit map 0 cell channel description and for the range 1024,
 * 512 and 256 lists, plus some more for each range format: it goes on reading W(i) after the
 * W of 0 that ends the list (10.5.2.13.3) and turns those zeros into ARFCNs (range 1024:
 * "0 100 120 375 661 662 926", where 375 and 662 come from W(6), W(7) = 0); it stops with
 * "malformed" in the range 128 list.  Its mobile allocation bit string 1010000010000000 is
 * the positions 1, 3, 9 below.  For the multislot allocation see test_multislot.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <osmocom/gsm/gsm48_ie.h>

#include "testutil.h"
#include "print.h"
#include "dtap.h"
#include "freqlist.h"

Suite *tu_suite_freq(void);

enum dec { D_LIST, D_SHORT, D_CCD, D_MA, D_FCS, D_MSA, D_L3 };

static void emit(struct tk_emitter *e, const uint8_t *p, size_t n, const void *arg)
{
	switch (*(const enum dec *)arg) {
	case D_LIST: tk_emit_frequency_list(e, p, n); break;
	case D_SHORT: tk_emit_frequency_short_list(e, p, n); break;
	case D_CCD: tk_emit_cell_channel_description(e, p, n); break;
	case D_MA: tk_emit_mobile_allocation(e, p, n); break;
	case D_FCS: tk_emit_frequency_channel_sequence(e, p, n); break;
	case D_MSA: tk_emit_multislot_allocation(e, p, n); break;
	case D_L3: tk_emit_dtap(e, p, n); break;
	}
}

static void expect(enum dec d, const char *tmpl, ...)
{
	va_list ap;

	va_start(ap, tmpl);
	tu_vexpect(emit, &d, tmpl, 1, ap);
	va_end(ap);
}

#define expect_ok(d, tmpl, ...) do { \
		expect(d, tmpl, __VA_ARGS__, NULL); \
		tu_expect_no_error(emit, &(enum dec){ d }, tmpl); \
	} while (0)

/* every truncation (an error below `complete` octets) and every single-octet corruption:
 * one object with "hex" */
static void robust(enum dec d, const char *tmpl, size_t complete)
{
	static const uint8_t corrupt[] = { 0x00, 0xff, 0x0f, 0xf0, 0x80, 0x7f, 0x55, 0xaa, 0x8e, 0x88 };
	uint8_t buf[256], b2[256];
	size_t n = tu_ber(tmpl, buf, sizeof(buf)), k, c;
	char *s;

	for (k = 0; k < n; k++) {
		s = tu_render(emit, &d, buf, k, 0);
		tu_assert_one_object(s);
		tu_assert_has(s, "\"hex\":\"");
		if (k < complete)
			tu_assert_has(s, "\"error\":{\"offset\":");
		free(s);
		free(tu_render(emit, &d, buf, k, 1));
	}
	for (k = 0; k < n; k++) {
		for (c = 0; c < sizeof(corrupt); c++) {
			memcpy(b2, buf, n);
			b2[k] = corrupt[c];
			s = tu_render(emit, &d, b2, n, 0);
			tu_assert_one_object(s);
			tu_assert_has(s, "\"hex\":\"");
			free(s);
		}
	}
}

/* ---- the formats ------------------------------------------------------------------------- */

/*
 * Range 1024 (10.5.2.13.3): 84 = 10 00 0 1 00: format 10, spare, 0 (range 1024), F0 = 1,
 * W(1) bits 10-9 = 00; 64: W(1) = 100.  Then W(2) = 50 (9 bits 000110010), W(3) = 20
 * (000010100), W(4) = 10 (8 bits 00001010), W(5) = 0 (end): 19 05 02 80 00.
 *   F1 = W(1) = 100
 *   F2 = (W(1) - 512 + W(2) - 1) mod 1023 + 1 = -363 mod 1023 + 1 = 661
 *   F3 = (W(1) + W(3) - 1) mod 1023 + 1 = 120
 *   F4 = (W(1) - 512 + (W(2) - 256 + W(4) - 1) mod 511) mod 1023 + 1
 *      = (100 - 512 + 314) mod 1023 + 1 = 926
 * and ARFCN 0 for F0.
 */
#define R1024 "84 64 19 05 02 80 00"
/*
 * Range 512 (10.5.2.13.4): 89 = 10 00 100 1: range 512, ORIG-ARFCN bit 10 = 1; 2c and bit 8
 * of the next octet: ORIG-ARFCN = 1001011000 = 600; W(1) = 10 (9 bits), W(2) = 5, W(3) = 3
 * (8 bits), W(4) = 0 (7 bits): 02 81 40 c0 00.
 *   F1 = 10; F2 = (W(1) - 256 + W(2) - 1) mod 511 + 1 = -242 mod 511 + 1 = 270;
 *   F3 = (W(1) + W(3) - 1) mod 511 + 1 = 13
 * ARFCNs ORIG-ARFCN + Fk: 600, 610, 870, 613.
 */
#define R512 "89 2c 02 81 40 c0 00"
/*
 * Range 256 (10.5.2.13.5): 8a = 10 00 101 0, 0a and a 0 bit: ORIG-ARFCN 20; W(1) = 200 (8 bits),
 * W(2) = 100, W(3) = 7 (7 bits), W(4) = 0: 64 64 0e 00.
 *   F1 = 200; F2 = (200 - 128 + 100 - 1) mod 255 + 1 = 172; F3 = (200 + 7 - 1) mod 255 + 1 = 207
 * ARFCNs 20, 220, 192, 227.
 */
#define R256 "8a 0a 64 64 0e 00"
/*
 * Range 128 (10.5.2.13.6): 8d = 10 00 110 1, f4 and a 0 bit: ORIG-ARFCN 1111101000 = 1000;
 * W(1) = 5 (7 bits), W(2) = 60 (6 bits), W(3) = 0: 05 f0 00.
 *   F1 = 5; F2 = (5 - 64 + 60 - 1) mod 127 + 1 = 1
 * ARFCNs 1000, 1005, 1001.
 */
#define R128 "8d f4 05 f0 00"
/*
 * Variable bit map (10.5.2.13.7): 8f = 10 00 111 1, f4 and a 0 bit: ORIG-ARFCN 1000; RRFCN 1
 * (octet 5 bit 7: 40) and RRFCN 30 (bit 46 of the value, octet 8 bit 2: 02): ARFCNs 1000,
 * 1001 and (1000 + 30) mod 1024 = 6.
 */
#define VBM "8f f4 40 00 00 02"
/* Bit map 0 (10.5.2.13.2): ARFCN 124 (octet 3 bit 4: 08), 60 (octet 11 bit 4: 08), 2 and 1
 * (octet 18 bits 2 and 1: 03) */
#define BM0 "08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 03"

START_TEST(test_formats)
{
	expect_ok(D_LIST, R1024, "\"format\":\"range 1024\",\"f0\":true,\"w\":[100,50,20,10],"
		  "\"arfcns\":[0,100,120,661,926],\"hex\":\"84641905028000\"}");
	expect_ok(D_LIST, R512, "\"format\":\"range 512\",\"origArfcn\":600,\"w\":[10,5,3],"
		  "\"arfcns\":[600,610,613,870]");
	expect_ok(D_LIST, R256, "\"format\":\"range 256\",\"origArfcn\":20,\"w\":[200,100,7],"
		  "\"arfcns\":[20,192,220,227]");
	expect_ok(D_LIST, R128, "\"format\":\"range 128\",\"origArfcn\":1000,\"w\":[5,60],"
		  "\"arfcns\":[1000,1001,1005]");
	expect_ok(D_LIST, VBM, "\"format\":\"variable bit map\",\"origArfcn\":1000,"
		  "\"arfcns\":[6,1000,1001]");
	expect_ok(D_LIST, BM0, "\"format\":\"bit map 0\",\"arfcns\":[1,2,60,124]");
	/* F0 = 0 (80 instead of 84): ARFCN 0 is not in the list */
	expect_ok(D_LIST, "80 64 19 05 02 80 00", "\"f0\":false", "\"arfcns\":[100,120,661,926]");
	/* the list as Frequency Short List (9 octets, zeros after W(5)) and as Cell Channel
	 * Description (16 octets) */
	expect_ok(D_SHORT, R512 " 00 00", "\"arfcns\":[600,610,613,870]");
	expect_ok(D_CCD, R1024 " 00 00 00 00 00 00 00 00 00", "\"arfcns\":[0,100,120,661,926]");
	expect_ok(D_CCD, BM0, "\"arfcns\":[1,2,60,124]");
	/* a range 1024 list of one octet: F0 alone, W(1) does not fit */
	expect(D_LIST, "84", "\"f0\":true,\"w\":[],\"arfcns\":[0]",
	       "\"error\":{\"offset\":1,\"reason\":\"truncated: W(1) of the range 1024 format does "
	       "not fit 1 octets\"}", NULL);
	robust(D_LIST, R1024, 1);
	robust(D_LIST, R512, 3);
	robust(D_LIST, VBM, 3);
	robust(D_LIST, BM0, 16);
	robust(D_SHORT, R512 " 00 00", 9);
	robust(D_CCD, BM0, 16);
	tu_exhaustive(emit, &(enum dec){ D_LIST }, R1024);
	tu_exhaustive(emit, &(enum dec){ D_CCD }, R128 " 00 00 00 00 00 00 00 00 00 00 00");
}
END_TEST

START_TEST(test_malformed_lists)
{
	/* bits 8-7 = 01 and 11 are no format */
	expect(D_LIST, "40 00", "\"error\":{\"offset\":0,\"reason\":\"format identifier 01 (bits 8-7) "
	       "is reserved\"}", NULL);
	expect(D_CCD, "c0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00",
	       "\"reason\":\"format identifier 11 (bits 8-7) is reserved\"", NULL);
	/* bit map 0 cannot be a Frequency Short List (10.5.2.14) */
	expect(D_SHORT, "00 00 00 00 00 00 00 00 01", "\"format\":\"bit map 0\"",
	       "\"error\":{\"offset\":0,\"reason\":\"bit map 0 is not allowed in a Frequency Short "
	       "List\"}", NULL);
	/* a bit map 0 Frequency List of 15 octets: the ARFCNs of the octets there, and the error */
	expect(D_LIST, "08 00 00 00 00 00 00 00 08 00 00 00 00 00 00", "\"arfcns\":[60,124]",
	       "\"error\":{\"offset\":15,\"reason\":\"truncated: a bit map 0 Frequency List has 16 "
	       "octets, 15 present\"}", NULL);
	/* a Cell Channel Description of 17 octets, a Frequency Short List of 8 */
	expect(D_CCD, BM0 " 00", "\"arfcns\":[1,2,60,124]", "\"error\":{\"offset\":16,\"reason\":"
	       "\"1 octet after the 16 of a Cell Channel Description\"}", NULL);
	expect(D_SHORT, "89 2c 02 81 40 c0 00 00", "\"arfcns\":[600,610,613,870]",
	       "\"error\":{\"offset\":8,\"reason\":\"truncated: a Frequency Short List has 9 octets, 8 "
	       "present\"}", NULL);
	/* W(4) = 0 ended the list but W(5) (8 bits from bit 42 of the value: octet 8 bits 6-1,
	 * octet 9 bits 8-7) is 1: 19 05 00 00 40 */
	expect(D_LIST, "84 64 19 05 00 00 40", "\"w\":[100,50,20]", "\"arfcns\":[0,100,120,661]",
	       "\"error\":{\"offset\":5,\"reason\":\"W(5) is 1 after a W of 0 ended the list\"}", NULL);
	/* range 512 without the whole ORIG-ARFCN */
	expect(D_LIST, "89 2c", "\"format\":\"range 512\"", "\"error\":{\"offset\":2,\"reason\":"
	       "\"truncated: the ORIG-ARFCN of the range 512 format ends in octet 5, 2 octets "
	       "present\"}", NULL);
	/* W(1) = W(2) = W(3) = 1 in range 128 gives F1 = 1, F2 = (1 - 64 + 1 - 1) mod 127 + 1 = 65,
	 * F3 = (1 + 1 - 1) mod 127 + 1 = 2: no repeat.  A repeat needs W values no encoder makes:
	 * range 1024 W(1) = 1, W(2) = 1 gives F2 = (1 - 512) mod 1023 + 1 = 513, W(3) = 511 gives
	 * F3 = (1 + 511 - 1) mod 1023 + 1 = 512: none either; the check stays untested by a
	 * hand vector but runs on every corruption above. */
	expect_ok(D_LIST, "8c 00 01 04 10 00", "\"origArfcn\":0,\"w\":[1,1,1],\"arfcns\":[0,1,2,65]");
}
END_TEST

/* the range formats against libosmocore's decoder: random W(1..k) (non-zero, each of its
 * width), packed into a 16-octet Cell Channel Description */
START_TEST(test_against_libosmocore)
{
	static const unsigned w1bits[4] = { 10, 9, 8, 7 };
	static const uint8_t head[4] = { 0x80, 0x88, 0x8a, 0x8c };
	unsigned fmt, round;

	srand(4418);
	for (round = 0; round < 400; round++) {
		uint8_t v[16], vcopy[16];
		struct gsm_sysinfo_freq f[1024];
		size_t bit;
		unsigned i, k, orig = 0, maxk;
		char *s, want[8192], *w = want;

		fmt = round % 4;
		memset(v, 0, sizeof(v));
		v[0] = head[fmt];
		if (fmt == 0) {
			v[0] |= (round & 4) ? 0x04 : 0;	/* F0 */
			bit = 6;
		} else {
			orig = (unsigned)rand() % 1024;
			v[0] |= orig >> 9;
			v[1] = (uint8_t)(orig >> 1);
			v[2] = (uint8_t)((orig & 1) << 7);
			bit = 17;
		}
		/* how many W fit the 128 bits */
		for (maxk = 0;; maxk++) {
			unsigned wd = w1bits[fmt] - (unsigned)(31 - __builtin_clz(maxk + 1));
			if (bit + wd > 128)
				break;
			bit += wd;
		}
		bit = fmt == 0 ? 6 : 17;
		k = 1 + (unsigned)rand() % maxk;
		for (i = 1; i <= k; i++) {
			unsigned wd = w1bits[fmt] - (unsigned)(31 - __builtin_clz(i)), b;
			unsigned val = 1 + (unsigned)rand() % ((1u << wd) - 1);

			for (b = 0; b < wd; b++, bit++)
				if (val >> (wd - 1 - b) & 1)
					v[bit / 8] |= (uint8_t)(0x80 >> (bit % 8));
		}
		memcpy(vcopy, v, sizeof(v));
		memset(f, 0, sizeof(f));
		ck_assert_int_eq(gsm48_decode_freq_list(f, vcopy, 16, 0xce, 1), 0);
		w += sprintf(w, "\"arfcns\":[");
		for (i = 0; i < 1024; i++)
			if (f[i].mask & 1)
				w += sprintf(w, "%s%u", w[-1] == '[' ? "" : ",", i);
		sprintf(w, "]");
		s = tu_render(emit, &(enum dec){ D_CCD }, v, 16, 0);
		tu_assert_has(s, want);
		free(s);
	}
}
END_TEST

/* ---- mobile allocation, frequency channel sequence, multislot allocation ------------------ */

START_TEST(test_allocations)
{
	/* Mobile Allocation (10.5.2.21): 01 05: MA C 9 (octet 3 bit 1), MA C 3 and MA C 1 (octet 4
	 * bits 3 and 1) */
	expect_ok(D_MA, "01 05", "\"cellAllocationPositions\":[1,3,9],\"note\":\"positions in the "
		  "cell allocation");
	expect_ok(D_MA, "80", "\"cellAllocationPositions\":[8]");
	tu_expect_empty_error(emit, &(enum dec){ D_MA }, "truncated: a Mobile Allocation has at least 1");
	robust(D_MA, "01 05", 1);
	/* Frequency Channel Sequence (10.5.2.12): 0a = lowest ARFCN 10; increments 1, 2, 3, 4
	 * (12 34), then 0 (skip 15 without an ARFCN) and 5 (05): 10, 11, 13, 16, 20, then 20 + 15 + 5
	 * = 40; the rest 0 */
	expect_ok(D_FCS, "0a 12 34 05 00 00 00 00 00", "\"lowestArfcn\":10,\"increments\":[1,2,3,4,0,"
		  "5,0,0,0,0,0,0,0,0,0,0],\"arfcns\":[10,11,13,16,20,40]");
	expect(D_FCS, "0a 12 34", "\"error\":{\"offset\":3,\"reason\":\"truncated: a Frequency Channel "
	       "Sequence has 9 octets, 3 present\"}", NULL);
	robust(D_FCS, "0a 12 34 05 00 00 00 00 00", 9);
}
END_TEST

/*
 * Multislot Allocation (10.5.2.21b): 05 = ext 0 (octet 3a follows, the TS 24.007 extension
 * bit coding; octet 3a's own is shown fixed 1), DA 3 and DA 1; 83 = ext 1, UA 2 and UA 1; then
 * channel set 1 = 0x0f.  tshark reads bit 8 of octet 3 the other way round (set: octet 3a
 * follows) and so shows 83 as a channel set; we follow the standard's coding.
 */
START_TEST(test_multislot)
{
	expect_ok(D_MSA, "05 83 0f", "\"da\":[1,3],\"ua\":[1,2],\"channelSets\":[15]");
	/* ext 1: no octet 3a */
	expect_ok(D_MSA, "85 0f 03", "\"da\":[1,3],\"channelSets\":[15,3]");
	expect(D_MSA, "05", "\"error\":{\"offset\":1,\"reason\":\"truncated: octet 3a (UA) is "
	       "announced by the extension bit, 0 octets follow\"}", NULL);
	expect(D_MSA, "05 03", "\"ua\":[1,2]", "\"reason\":\"extension bit 8 of octet 3a is 0\"", NULL);
	expect(D_MSA, "80 01 02 03 04 05 06 07 08 09", "\"channelSets\":[1,2,3,4,5,6,7,8]",
	       "\"error\":{\"offset\":9,\"reason\":\"1 octets after 8 channel sets\"}", NULL);
	robust(D_MSA, "05 83 0f", 2);
}
END_TEST

/* ---- inside a HANDOVER COMMAND (9.1.15) -------------------------------------------------- */

/*
 *   06 2b 1d 2a 09 61 23 55 85   header, cell description, channel description 2, handover
 *                                reference, power command (as in check_dtap.c)
 *   02 + R512 00 00              frequency short list, after time (type 3, 9 octets)
 *   05 07 + R1024                frequency list, after time
 *   62 + BM0                     cell channel description (type 3, 16 octets)
 *   10 02 05 83                  multislot allocation
 *   69 0a 12 34 00 00 00 00 00 00  frequency channel sequence, after time
 *   72 02 01 05                  mobile allocation, after time
 *   12 + R256 00 00 00           frequency short list, before time
 *   19 05 + R128                 frequency list, before time
 */
#define HO_CMD_LISTS "06 2b 1d 2a 09 61 23 55 85 02 " R512 " 00 00 05 07 " R1024 " 62 " BM0 \
	" 10 02 05 83 69 0a 12 34 00 00 00 00 00 00 72 02 01 05 12 " R256 " 00 00 00 19 05 " R128

START_TEST(test_handover_command)
{
	expect_ok(D_L3, HO_CMD_LISTS,
		  "{\"iei\":2,\"name\":\"frequency short list, after time\",\"value\":{\"format\":"
		  "\"range 512\",\"origArfcn\":600,\"w\":[10,5,3],\"arfcns\":[600,610,613,870],",
		  "{\"iei\":5,\"name\":\"frequency list, after time\",\"value\":{\"format\":\"range 1024\","
		  "\"f0\":true,\"w\":[100,50,20,10],\"arfcns\":[0,100,120,661,926],",
		  "{\"iei\":98,\"name\":\"cell channel description\",\"value\":{\"format\":\"bit map 0\","
		  "\"arfcns\":[1,2,60,124],",
		  "{\"iei\":16,\"name\":\"multislot allocation\",\"value\":{\"da\":[1,3],\"ua\":[1,2],"
		  "\"channelSets\":[],",
		  "{\"iei\":105,\"name\":\"frequency channel sequence, after time\",\"value\":{"
		  "\"lowestArfcn\":10,",
		  "\"arfcns\":[10,11,13,16,20]",
		  "{\"iei\":114,\"name\":\"mobile allocation, after time\",\"value\":{"
		  "\"cellAllocationPositions\":[1,3,9],",
		  "{\"iei\":18,\"name\":\"frequency short list, before time\",\"value\":{\"format\":"
		  "\"range 256\",",
		  "{\"iei\":25,\"name\":\"frequency list, before time\",\"value\":{\"format\":\"range 128\","
		  "\"origArfcn\":1000,\"w\":[5,60],\"arfcns\":[1000,1001,1005],");
	/* ASSIGNMENT COMMAND (9.1.2) with a frequency list after time (05) and a mobile allocation
	 * after time (72) */
	expect_ok(D_L3, "06 2e 09 61 23 45 05 06 " VBM " 72 01 03",
		  "{\"iei\":5,\"name\":\"frequency list, after time\",\"value\":{\"format\":"
		  "\"variable bit map\",\"origArfcn\":1000,\"arfcns\":[6,1000,1001],",
		  "\"cellAllocationPositions\":[1,2],");
	/* a broken list is reported inside its element (the message carries on) */
	expect(D_L3, "06 2b 1d 2a 09 61 23 55 85 05 02 40 00 72 01 01",
	       "\"reason\":\"format identifier 01 (bits 8-7) is reserved\"",
	       "\"cellAllocationPositions\":[1],", NULL);
	tu_exhaustive(emit, &(enum dec){ D_L3 }, "06 2b 1d 2a 09 61 23 55 85 05 07 " R1024
		      " 72 02 01 05");
}
END_TEST

Suite *tu_suite_freq(void)
{
	Suite *s = suite_create("freq");
	TCase *tc = tcase_create("freq");

	tcase_add_test(tc, test_formats);
	tcase_add_test(tc, test_malformed_lists);
	tcase_add_test(tc, test_against_libosmocore);
	tcase_add_test(tc, test_allocations);
	tcase_add_test(tc, test_multislot);
	tcase_add_test(tc, test_handover_command);
	tcase_set_timeout(tc, 120);
	suite_add_tcase(s, tc);
	return s;
}
