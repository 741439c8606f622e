/*
 * The national language shift tables of 3GPP TS 23.038 Annex A (Release 9 on): locking
 * shift tables (A.3.x), which replace the GSM 7 bit default alphabet for a whole message,
 * and single shift tables (A.2.x), which replace its extension table for the septet after
 * an ESC (0x1B).  A UDH IE 0x25 (locking) or 0x24 (single shift) of TS 23.040 9.2.3.24.15/16
 * picks one by its national language identifier (TS 23.038 6.2.1.2.4).
 */
#ifndef TK_SMS_NATIONAL_H
#define TK_SMS_NATIONAL_H

#include <stdint.h>

/*
 * Each table is 128 Unicode code points, indexed by septet; TK_GSM7_NONE (0) is a position
 * the table leaves empty, and position 0x1B of a locking table (the ESC) is TK_GSM7_NONE
 * too.  No table holds U+0000: the default alphabet's 0x00 is '@'.
 */
#define TK_GSM7_NONE 0

/*
 * What every single shift table has (6.2.1.1 and each of A.2.x): form feed (the page break
 * at 0x0A), ^ { } \ [ ~ ] | and the euro sign, and ESC ESC (0x1B), reserved for a further
 * table, which a receiver shows as a space.
 */
#define TK_GSM7_EXT_COMMON \
	[0x0a] = 0x000c, [0x14] = 0x005e, [0x1b] = 0x0020, [0x28] = 0x007b, [0x29] = 0x007d, \
	[0x2f] = 0x005c, [0x3c] = 0x005b, [0x3d] = 0x007e, [0x3e] = 0x005d, [0x40] = 0x007c, \
	[0x65] = 0x20ac

/* the highest national language identifier TS 23.038 6.2.1.2.4 assigns (13, Urdu) */
#define TK_GSM7_LANG_MAX 13

/* the locking shift table of language lang, NULL for one TS 23.038 defines none for
 * (Spanish, 2, has a single shift table only; 0 and 14.. are reserved) */
const uint16_t *tk_gsm7_locking_table(int lang);

/* the single shift table of language lang, NULL for a reserved identifier */
const uint16_t *tk_gsm7_single_table(int lang);

#endif
