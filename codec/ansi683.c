/*
 * IS-683 / TIA-683 (3GPP2 C.S0016) OTASP / OTAPA data messages, as ANSI-41 MAP carries them
 * in SMS_BearerData (ServiceIndicator CDMA OTASP Service).
 *
 * Sources.  The message and parameter block layouts are those of C.S0016 (section 3.5:
 * reverse link messages and the NAM parameter blocks the mobile station reports; section
 * 4.5: forward link messages and the blocks the base station sends).  The standard's text
 * could not be read here (the search corpus holds only the first page of each copy), so
 * every layout and value name below was checked against tshark 4.0.17's ansi_683
 * decoding of the OTASP messages of the public capture ansi_map_ota.pcap and of copies of
 * them with other octets; where a comment says "tshark only" the fact has no other source
 * here, and where it says "not checked" tshark does not decode the field.  The IMSI and
 * MCC digit coding (IMSI_S, MCC, IMSI_11_12) is that of C.S0005 2.3.1 (IS-95 MIN coding),
 * which tshark does not apply (it shows the raw fields).
 *
 * The top-level fields are octets; inside a parameter block the fields are bit fields not
 * aligned to octets, read with the bounded bit reader of aper.c (struct tk_per).
 */
#include <stdio.h>
#include <string.h>

#include "ansi683.h"
#include "aper.h"
#include "inner.h"
#include "names.h"
#include "print.h"

/* C.S0016 OTASP_MSG_TYPE of the forward link (4.5.1; tshark agrees for 0-23, 16 is reserved) */
static const struct tk_value_string fwd_msg_names[] = {
	{ 0, "Configuration Request" },
	{ 1, "Download Request" },
	{ 2, "MS Key Request" },
	{ 3, "Key Generation Request" },
	{ 4, "Re-Authenticate Request" },
	{ 5, "Commit Request" },
	{ 6, "Protocol Capability Request" },
	{ 7, "SSPR Configuration Request" },
	{ 8, "SSPR Download Request" },
	{ 9, "Validation Request" },
	{ 10, "OTAPA Request" },
	{ 11, "PUZL Configuration Request" },
	{ 12, "PUZL Download Request" },
	{ 13, "3GPD Configuration Request" },
	{ 14, "3GPD Download Request" },
	{ 15, "Secure Mode Request" },
	{ 17, "MMD Configuration Request" },
	{ 18, "MMD Download Request" },
	{ 19, "System Tag Configuration Request" },
	{ 20, "System Tag Download Request" },
	{ 21, "Service Key Generation Request" },
	{ 22, "MMS Configuration Request" },
	{ 23, "MMS Download Request" },
	{ 0, NULL }
};

/* C.S0016 OTASP_MSG_TYPE of the reverse link (3.5.1; tshark agrees for 0-23) */
static const struct tk_value_string rev_msg_names[] = {
	{ 0, "Configuration Response" },
	{ 1, "Download Response" },
	{ 2, "MS Key Response" },
	{ 3, "Key Generation Response" },
	{ 4, "Re-Authenticate Response" },
	{ 5, "Commit Response" },
	{ 6, "Protocol Capability Response" },
	{ 7, "SSPR Configuration Response" },
	{ 8, "SSPR Download Response" },
	{ 9, "Validation Response" },
	{ 10, "OTAPA Response" },
	{ 11, "PUZL Configuration Response" },
	{ 12, "PUZL Download Response" },
	{ 13, "3GPD Configuration Response" },
	{ 14, "3GPD Download Response" },
	{ 15, "Secure Mode Response" },
	{ 16, "Extended Protocol Capability Response" },
	{ 17, "MMD Configuration Response" },
	{ 18, "MMD Download Response" },
	{ 19, "System Tag Configuration Response" },
	{ 20, "System Tag Download Response" },
	{ 21, "Service Key Generation Response" },
	{ 22, "MMS Configuration Response" },
	{ 23, "MMS Download Response" },
	{ 0, NULL }
};

/* C.S0016 3.5.1 result codes (RESULT_CODE); tshark agrees for 0-46, 127, 128, 200, 255 */
static const struct tk_value_string result_names[] = {
	{ 0, "Accepted - Operation successful" },
	{ 1, "Rejected - Unknown reason" },
	{ 2, "Rejected - Data size mismatch" },
	{ 3, "Rejected - Protocol version mismatch" },
	{ 4, "Rejected - Invalid parameter" },
	{ 5, "Rejected - SID/NID length mismatch" },
	{ 6, "Rejected - Message not expected in this mode" },
	{ 7, "Rejected - BLOCK_ID value not supported" },
	{ 8, "Rejected - Preferred roaming list length mismatch" },
	{ 9, "Rejected - CRC error" },
	{ 10, "Rejected - Mobile station locked" },
	{ 11, "Rejected - Invalid SPC" },
	{ 12, "Rejected - SPC change denied by the user" },
	{ 13, "Rejected - Invalid SPASM" },
	{ 14, "Rejected - BLOCK_ID not expected in this mode" },
	{ 15, "Rejected - User Zone already in PUZL" },
	{ 16, "Rejected - User Zone not in PUZL" },
	{ 17, "Rejected - No entries in PUZL" },
	{ 18, "Rejected - Operation Mode mismatch" },
	{ 19, "Rejected - SimpleIP MAX_NUM_NAI mismatch" },
	{ 20, "Rejected - SimpleIP MAX_NAI_LENGTH mismatch" },
	{ 21, "Rejected - MobileIP MAX_NUM_NAI mismatch" },
	{ 22, "Rejected - MobileIP MAX_NAI_LENGTH mismatch" },
	{ 23, "Rejected - SimpleIP PAP MAX_SS_LENGTH mismatch" },
	{ 24, "Rejected - SimpleIP CHAP MAX_SS_LENGTH mismatch" },
	{ 25, "Rejected - MobileIP MAX_MNAAA_SS_LENGTH mismatch" },
	{ 26, "Rejected - MobileIP MAX_MN-HA_SS_LENGTH mismatch" },
	{ 27, "Rejected - MobileIP MN-AAA_AUTH_ALGORITHM mismatch" },
	{ 28, "Rejected - MobileIP MN-HA_AUTH_ALGORITHM mismatch" },
	{ 29, "Rejected - SimpleIP ACT_NAI_ENTRY_INDEX mismatch" },
	{ 30, "Rejected - MobileIP ACT_NAI_ENTRY_INDEX mismatch" },
	{ 31, "Rejected - SimpleIP PAP NAI_ENTRY_INDEX mismatch" },
	{ 32, "Rejected - SimpleIP CHAP NAI_ENTRY_INDEX mismatch" },
	{ 33, "Rejected - MobileIP NAI_ENTRY_INDEX mismatch" },
	{ 34, "Rejected - Unexpected PRL_BLOCK_ID change" },
	{ 35, "Rejected - PRL format mismatch" },
	{ 36, "Rejected - HRPD Access Authentication MAX_NAI_LENGTH mismatch" },
	{ 37, "Rejected - HRPD Access Authentication CHAP MAX_SS_LENGTH mismatch" },
	{ 38, "Rejected - MMD MAX_NUM_IMPU mismatch" },
	{ 39, "Rejected - MMD MAX_IMPU_LENGTH mismatch" },
	{ 40, "Rejected - MMD MAX_NUM_P-CSCF mismatch" },
	{ 41, "Rejected - MMD MAX_P-CSCF_LENGTH mismatch" },
	{ 42, "Rejected - Unexpected System Tag BLOCK_ID Change" },
	{ 43, "Rejected - System Tag Format mismatch" },
	{ 44, "Rejected - NUM_MMS_URI mismatch" },
	{ 45, "Rejected - MMS_URI_LENGTH mismatch" },
	{ 46, "Rejected - Invalid MMS_URI" },
	{ 0, NULL }
};

static const struct tk_vrange result_ranges[] = {
	{ 47, 127, "Reserved for future standardization" },
	{ 128, 254, "Available for manufacturer-specific Result Code definitions" },
	{ 255, 255, "Reserved" },
	{ 0, 0, NULL }
};

/* the ranges of the parameter block tables (C.S0016 3.5.2-1, 4.5.2-1, 3.5.4-1; tshark shows
 * 4-12 and 3-5 reserved and 128 manufacturer-specific) */
static const struct tk_vrange block_ranges[] = {
	{ 0, 127, "Reserved for future standardization" },
	{ 128, 254, "Available for manufacturer-specific parameter block definitions" },
	{ 255, 255, "Reserved" },
	{ 0, 0, NULL }
};

/* NAM parameter blocks of the Configuration Request / Response (C.S0016 3.5.2) */
static const struct tk_value_string nam_config_names[] = {
	{ 0, "CDMA/Analog NAM" },
	{ 1, "Mobile Directory Number" },
	{ 2, "CDMA NAM" },
	{ 3, "IMSI_T" },
	{ 0, NULL }
};

/* NAM parameter blocks of the Download Request / Response (C.S0016 4.5.2) */
static const struct tk_value_string nam_download_names[] = {
	{ 0, "CDMA/Analog NAM Download" },
	{ 1, "Mobile Directory Number" },
	{ 2, "CDMA NAM Download" },
	{ 3, "IMSI_T" },
	{ 0, NULL }
};

/* Validation parameter blocks (C.S0016 4.5.4) */
static const struct tk_value_string validation_names[] = {
	{ 0, "Verify SPC" },
	{ 1, "Change SPC" },
	{ 2, "Validate SPASM" },
	{ 0, NULL }
};

/* A_KEY_P_REV of the MS Key Request (C.S0016 4.5.1.3; tshark agrees; 0, 1 and 6- unnamed) */
static const struct tk_value_string akey_prev_names[] = {
	{ 2, "2G A-key generation" },
	{ 3, "2G A-key and 3G Root Key generation" },
	{ 4, "3G Root Key generation" },
	{ 5, "Enhanced 3G Root Key generation" },
	{ 0, NULL }
};

/* FEATURE_ID of the Protocol Capability Response (C.S0016 3.5.1.7; tshark agrees for 0-10,
 * and calls 11-255 reserved) */
static const struct tk_value_string feature_names[] = {
	{ 0, "NAM Download (DATA_P_REV)" },
	{ 1, "Key Exchange (A_KEY_P_REV)" },
	{ 2, "System Selection for Preferred Roaming (SSPR_P_REV)" },
	{ 3, "Service Programming Lock (SPL_P_REV)" },
	{ 4, "Over-The-Air Parameter Administration (OTAPA_P_REV)" },
	{ 5, "Preferred User Zone List (PUZL_P_REV)" },
	{ 6, "3G Packet Data (3GPD)" },
	{ 7, "Secure MODE (SECURE_MODE_P_REV)" },
	{ 8, "Multimedia Domain (MMD)" },
	{ 9, "System Tag Download (TAG_P_REV)" },
	{ 10, "Multimedia Messaging Service (MMS)" },
	{ 0, NULL }
};

/* power class of the station class mark (C.S0005 2.3.3, Table 2.3.3-1; tshark agrees for 2) */
static const struct tk_value_string power_class_names[] = {
	{ 0, "Class I" },
	{ 1, "Class II" },
	{ 2, "Class III" },
	{ 3, "Reserved" },
	{ 0, NULL }
};

/* the message's position: octets of the top level */
struct msg {
	struct tk_emitter *e;
	struct tk_inner_err *er;
	const uint8_t *p;
	size_t n;
	size_t pos;
};

/* one octet of the top level, or -1 (reported once) */
static int octet(struct msg *m, const char *what)
{
	if (m->pos >= m->n) {
		tk_inner_fail(m->er, m->n, "truncated: no %s", what);
		return -1;
	}
	return m->p[m->pos++];
}

static void name_kv(struct tk_emitter *e, const char *key, const char *name_key,
		    const struct tk_value_string *vs, const struct tk_vrange *ranges, long v)
{
	tk_emit_kv_long(e, key, v);
	tk_inner_emit_name(e, name_key, vs, ranges, "unknown", v);
}

static void result_kv(struct tk_emitter *e, long v)
{
	name_kv(e, "resultCode", "resultName", result_names, result_ranges, v);
}

/* a bit field as a number: 0, or -1 when it is not there */
static int bits(struct tk_emitter *e, struct tk_per *r, unsigned k, const char *key, uint32_t *v)
{
	uint32_t x;

	if (tk_per_bits(r, k, key, &x) != 0)
		return -1;
	tk_emit_kv_long(e, key, (long)x);
	if (v)
		*v = x;
	return 0;
}

static int flag(struct tk_emitter *e, struct tk_per *r, const char *key, uint32_t *v)
{
	uint32_t x;

	if (tk_per_bits(r, 1, key, &x) != 0)
		return -1;
	tk_emit_kv_bool(e, key, x);
	if (v)
		*v = x;
	return 0;
}

/*
 * count digits of a C.S0005 2.3.1.1 digit group (MCC, IMSI_11_12, the 3-digit parts of
 * IMSI_S): each digit 1-9 as itself and 0 as 10, the group coded as the number they make
 * minus 11...1; 0 when v is not such a number
 */
static int min_digits(uint32_t v, int count, char *out)
{
	uint32_t x = v + (count == 3 ? 111 : 11);
	int i;

	for (i = count - 1; i >= 0; i--) {
		uint32_t d = x % 10;
		if (d == 0)
			d = 10;
		x = (x - d) / 10;
		out[i] = (char)('0' + d % 10);
	}
	return x == 0;
}

/* keys of the IMSI_M or IMSI_T fields */
struct imsi_keys {
	const char *cls, *addr, *mcc, *mcc_digits, *d1112, *d1112_digits, *s, *s_raw;
};

static const struct imsi_keys imsi_m_keys = {
	"imsiMClass", "imsiMAddrNum", "mccM", "mccMDigits", "imsiM1112", "imsiM1112Digits",
	"imsiMS", "imsiMSRaw"
};
static const struct imsi_keys imsi_t_keys = {
	"imsiTClass", "imsiTAddrNum", "mccT", "mccTDigits", "imsiT1112", "imsiT1112Digits",
	"imsiTS", "imsiTSRaw"
};

/*
 * IMSI_x_CLASS (1), IMSI_x_ADDR_NUM (3), MCC_x (10), IMSI_x_11_12 (7), IMSI_x_S (34): the
 * NAM blocks' IMSI (C.S0016 3.5.2.1, 3.5.2.3, 3.5.2.4; tshark agrees on the widths).  IMSI_S
 * is IMSI_S2 (10 bits, digits 1-3 of the 10) then IMSI_S1 (24 bits: 10 bits digits 4-6, 4
 * bits digit 7 with 0 as 10, 10 bits digits 8-10), C.S0005 2.3.1.1.
 */
static int imsi_fields(struct tk_emitter *e, struct tk_per *r, const struct imsi_keys *k)
{
	uint32_t v, s2, s1a, s1b, s1c;
	char d[11];
	int ok;

	if (bits(e, r, 1, k->cls, NULL) || bits(e, r, 3, k->addr, NULL))
		return -1;
	if (bits(e, r, 10, k->mcc, &v))
		return -1;
	if (min_digits(v, 3, d)) {
		d[3] = 0;
		tk_emit_kv_str(e, k->mcc_digits, d);
	}
	if (bits(e, r, 7, k->d1112, &v))
		return -1;
	if (min_digits(v, 2, d)) {
		d[2] = 0;
		tk_emit_kv_str(e, k->d1112_digits, d);
	}
	if (tk_per_bits(r, 10, k->s, &s2) || tk_per_bits(r, 10, k->s, &s1a) ||
	    tk_per_bits(r, 4, k->s, &s1b) || tk_per_bits(r, 10, k->s, &s1c))
		return -1;
	ok = min_digits(s2, 3, d) & min_digits(s1a, 3, d + 3) & min_digits(s1c, 3, d + 7);
	ok &= s1b >= 1 && s1b <= 10;
	d[6] = (char)('0' + s1b % 10);
	d[10] = 0;
	if (ok) {
		tk_emit_kv_str(e, k->s, d);
	} else {
		char hx[16];
		snprintf(hx, sizeof(hx), "%09llx",
			 (unsigned long long)s2 << 24 | (unsigned long long)s1a << 14 |
			 (unsigned long long)s1b << 10 | s1c);
		tk_emit_kv_str(e, k->s_raw, hx);
	}
	return 0;
}

/* ACCOLC (4), LOCAL_CONTROL, MOB_TERM_HOME, MOB_TERM_FOR_SID, MOB_TERM_FOR_NID (1 each) */
static int access_fields(struct tk_emitter *e, struct tk_per *r)
{
	if (bits(e, r, 4, "accolc", NULL) || flag(e, r, "localControl", NULL) ||
	    flag(e, r, "mobTermHome", NULL) || flag(e, r, "mobTermForSid", NULL) ||
	    flag(e, r, "mobTermForNid", NULL))
		return -1;
	return 0;
}

/* count SID (15) / NID (16) pairs: "sidNid":[{"sid","nid"}...] */
static int sid_nid_pairs(struct tk_emitter *e, struct tk_per *r, uint32_t count)
{
	uint32_t i, sid, nid;
	int ret = 0;

	tk_emit_key(e, "sidNid");
	tk_emit_open(e, 1);
	for (i = 0; i < count; i++) {
		if (tk_per_bits(r, 15, "SID", &sid) || tk_per_bits(r, 16, "NID", &nid)) {
			ret = -1;
			break;
		}
		tk_emit_open(e, 0);
		tk_emit_kv_long(e, "sid", (long)sid);
		tk_emit_kv_long(e, "nid", (long)nid);
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
	return ret;
}

/* SCM, the station class mark (C.S0005 Table 2.3.3-1; tshark agrees) */
static int scm_field(struct tk_emitter *e, struct tk_per *r)
{
	uint32_t v;

	if (bits(e, r, 8, "scm", &v))
		return -1;
	tk_emit_kv_bool(e, "scmExtended", v & 0x80);
	tk_emit_kv_bool(e, "scmDualMode", v & 0x40);
	tk_emit_kv_bool(e, "scmSlotted", v & 0x20);
	tk_emit_kv_bool(e, "scmMeid", v & 0x10);
	tk_emit_kv_bool(e, "scm25MHz", v & 0x08);
	tk_emit_kv_bool(e, "scmDiscontinuous", v & 0x04);
	name_kv(e, "scmPowerClass", "scmPowerClassName", power_class_names, NULL, v & 3);
	return 0;
}

/* what follows the last field: up to 7 reserved bits (the blocks' RESERVED) */
static void block_end(struct tk_per *r, const char *what)
{
	if (!r->bad && r->n * 8 - r->bit >= 8)
		tk_inner_fail(r->er, r->base + (r->bit + 7) / 8, "%zu octets after the %s fields",
			      r->n - (r->bit + 7) / 8, what);
}

/*
 * The NAM parameter blocks (download 0: the Configuration Response's, C.S0016 3.5.2; 1: the
 * Download Request's, 4.5.2).  Returns 1 when the block type has a layout here.
 */
static int nam_block(struct tk_emitter *e, struct tk_per *r, unsigned id, int download)
{
	uint32_t v;

	switch (id) {
	case 0:	/* CDMA/Analog NAM (3.5.2.1) / CDMA/Analog NAM Download (4.5.2.1) */
		if (bits(e, r, 11, "firstChp", NULL) || bits(e, r, 15, "homeSid", NULL) ||
		    bits(e, r, 1, "ex", NULL))
			return 1;
		if (!download && (scm_field(e, r) || bits(e, r, 8, "mobPRev", NULL)))
			return 1;
		if (imsi_fields(e, r, &imsi_m_keys) || access_fields(e, r))
			return 1;
		break;
	case 1:	/* Mobile Directory Number (3.5.2.2 / 4.5.2.2): N_DIGITS (4), 4-bit digits */
	{
		char d[16];
		uint32_t i, x;
		if (bits(e, r, 4, "nDigits", &v))
			return 1;
		for (i = 0; i < v; i++) {
			if (tk_per_bits(r, 4, "the directory number", &x))
				return 1;
			/* the digit codes of C.S0005 Table 2.7.1.3.2.4-4: 10 is 0, 11 *, 12 # */
			d[i] = x >= 1 && x <= 9 ? (char)('0' + x) : x == 10 ? '0' : x == 11 ? '*' :
			       x == 12 ? '#' : '?';
		}
		d[v] = 0;
		tk_emit_kv_str(e, "mdn", d);
		block_end(r, "Mobile Directory Number");
		return 1;
	}
	case 2:	/* CDMA NAM (3.5.2.3) / CDMA NAM Download (4.5.2.3) */
		if (!download) {
			uint32_t rsv;
			if (tk_per_bits(r, 2, "RESERVED", &rsv) || flag(e, r, "slottedMode", NULL) ||
			    tk_per_bits(r, 5, "RESERVED", &rsv) || bits(e, r, 8, "mobPRev", NULL))
				return 1;
		}
		if (imsi_fields(e, r, &imsi_m_keys) || access_fields(e, r))
			return 1;
		break;
	case 3:	/* IMSI_T (3.5.2.4 / 4.5.2.4) */
		if (imsi_fields(e, r, &imsi_t_keys) == 0)
			block_end(r, "IMSI_T");
		return 1;
	default:
		return 0;
	}
	/* blocks 0 and 2: the SID/NID list */
	if (!download) {
		uint32_t stored;
		if (bits(e, r, 8, "maxSidNid", NULL) || bits(e, r, 8, "storedSidNid", &stored))
			return 1;
		v = stored;
	} else if (bits(e, r, 8, "nSidNid", &v)) {
		return 1;
	}
	if (sid_nid_pairs(e, r, v) == 0)
		block_end(r, "NAM");
	return 1;
}

/* the SPC, 6 BCD digits in 24 bits, as its hex digits (C.S0016 4.5.4.1; tshark shows the
 * nibbles of each octet swapped, see tests/check_ansi683.c) */
static void spc_field(struct tk_emitter *e, struct tk_per *r, const char *what)
{
	uint32_t v;
	char d[8];

	if (tk_per_bits(r, 24, what, &v))
		return;
	snprintf(d, sizeof(d), "%06x", (unsigned)v);
	tk_emit_kv_str(e, "spc", d);
	block_end(r, what);
}

/* the validation blocks of the Validation Request (C.S0016 4.5.4) */
static int validation_block(struct tk_emitter *e, struct tk_per *r, unsigned id)
{
	uint32_t incl;

	switch (id) {
	case 0:	/* Verify SPC (4.5.4.1) */
	case 1:	/* Change SPC (4.5.4.2) */
		spc_field(e, r, id == 0 ? "Verify SPC" : "Change SPC");
		return 1;
	case 2:	/* Validate SPASM (4.5.4.3): AUTH_OTAPA_INCL, AUTH_OTAPA (18) when it is 1,
		 * NAM_LOCK; tshark shows AUTH_OTAPA whatever AUTH_OTAPA_INCL says */
		if (flag(e, r, "authOtapaIncl", &incl))
			return 1;
		if (incl && bits(e, r, 18, "authOtapa", NULL))
			return 1;
		if (flag(e, r, "namLock", NULL) == 0)
			block_end(r, "Validate SPASM");
		return 1;
	default:
		return 0;
	}
}

enum block_kind { B_NAM_CONFIG, B_NAM_DOWNLOAD, B_VALIDATION };

/*
 * A parameter block of BLOCK_ID (8), BLOCK_LEN (8) and BLOCK_LEN octets:
 * {"blockId","blockName","length",<fields>,"hex"[,"error"]}.  Returns 0 when the message
 * ends inside it.
 */
static int param_block(struct msg *m, enum block_kind kind, unsigned index)
{
	struct tk_emitter *e = m->e;
	const struct tk_value_string *names = kind == B_VALIDATION ? validation_names :
					      kind == B_NAM_DOWNLOAD ? nam_download_names :
					      nam_config_names;
	struct tk_inner_err er;
	struct tk_per r;
	size_t start = m->pos, len, avail;
	int id, l, known = 0;

	if ((id = octet(m, "BLOCK_ID")) < 0)
		return 0;
	if ((l = octet(m, "BLOCK_LEN")) < 0)
		return 0;
	len = (size_t)l;
	avail = m->n - m->pos;
	if (len > avail) {
		tk_inner_fail(m->er, start + 1, "parameter block %u: BLOCK_LEN %zu past the end "
			      "(%zu octets left)", index + 1, len, avail);
		len = avail;
	}
	tk_inner_start(e, &er, m->p + m->pos, len);
	name_kv(e, "blockId", "blockName", names, block_ranges, id);
	tk_emit_kv_long(e, "length", l);
	tk_per_init(&r, m->p + m->pos, len, 0, &er);
	if (kind == B_VALIDATION)
		known = validation_block(e, &r, (unsigned)id);
	else
		known = nam_block(e, &r, (unsigned)id, kind == B_NAM_DOWNLOAD);
	(void)known;	/* other blocks: their octets are the "hex" */
	if (er.set)
		tk_inner_fail(m->er, m->pos + er.offset, "parameter block %u: %s", index + 1,
			      er.reason);
	tk_inner_finish(e, m->p + m->pos, len, &er);
	m->pos += len;
	return (size_t)l == len;
}

/* NUM_BLOCKS (8), then count blocks of BLOCK_ID, BLOCK_LEN, PARAM_DATA */
static int block_list(struct msg *m, enum block_kind kind)
{
	int count, i, ok = 1;

	if ((count = octet(m, "NUM_BLOCKS")) < 0)
		return 0;
	tk_emit_kv_long(m->e, "numBlocks", count);
	tk_emit_key(m->e, "blocks");
	tk_emit_open(m->e, 1);
	for (i = 0; i < count && ok; i++)
		ok = param_block(m, kind, (unsigned)i);
	tk_emit_close(m->e, 1);
	return ok;
}

/* NUM_BLOCKS (8), then count of BLOCK_ID (8) and, for responses, RESULT_CODE (8) */
static int block_ids(struct msg *m, const struct tk_value_string *names, int with_result)
{
	int count, i, id, rc = 0;

	if ((count = octet(m, "NUM_BLOCKS")) < 0)
		return 0;
	tk_emit_kv_long(m->e, "numBlocks", count);
	tk_emit_key(m->e, "blocks");
	tk_emit_open(m->e, 1);
	for (i = 0; i < count; i++) {
		if ((id = octet(m, "BLOCK_ID")) < 0 ||
		    (with_result && (rc = octet(m, "RESULT_CODE")) < 0))
			break;
		tk_emit_open(m->e, 0);
		name_kv(m->e, "blockId", "blockName", names, block_ranges, id);
		if (with_result)
			result_kv(m->e, rc);
		tk_emit_close(m->e, 0);
	}
	tk_emit_close(m->e, 1);
	return i == count;
}

/* LEN (8) then LEN octets as key (hex) */
static int len_octets(struct msg *m, const char *len_key, const char *key, const char *what)
{
	int l = octet(m, what);

	if (l < 0)
		return 0;
	tk_emit_kv_long(m->e, len_key, l);
	if ((size_t)l > m->n - m->pos) {
		tk_inner_fail(m->er, m->pos - 1, "%s: length %d past the end (%zu octets left)",
			      what, l, m->n - m->pos);
		tk_emit_kv_hex(m->e, key, m->p + m->pos, m->n - m->pos);
		m->pos = m->n;
		return 0;
	}
	tk_emit_kv_hex(m->e, key, m->p + m->pos, (size_t)l);
	m->pos += (size_t)l;
	return 1;
}

/* the top level's bit fields from m->pos to the end, through a bit reader */
static void tail_bits(struct msg *m, struct tk_per *r)
{
	tk_per_init(r, m->p + m->pos, m->n - m->pos, m->pos, m->er);
}

static void forward(struct msg *m, int type)
{
	struct tk_emitter *e = m->e;
	struct tk_per r;
	uint32_t v;
	int x;

	switch (type) {
	case 0:	/* Configuration Request (4.5.1.1): NUM_BLOCKS, BLOCK_IDs */
		block_ids(m, nam_config_names, 0);
		break;
	case 1:	/* Download Request (4.5.1.2): the blocks, then FRESH_INCL (1) and FRESH (15)
		 * when it is 1 (tshark only) */
		if (block_list(m, B_NAM_DOWNLOAD) && m->pos < m->n) {
			tail_bits(m, &r);
			if (flag(e, &r, "freshIncl", &v) == 0 && v)
				bits(e, &r, 15, "fresh", NULL);
			m->pos += (r.bit + 7) / 8;
		}
		break;
	case 2:	/* MS Key Request (4.5.1.3): A_KEY_P_REV; PARAM_P and PARAM_G each with its
		 * length octet for A_KEY_P_REV up to 2 (tshark: none for 3 to 5) */
		if ((x = octet(m, "A_KEY_P_REV")) < 0)
			break;
		name_kv(e, "aKeyPRev", "aKeyPRevName", akey_prev_names, NULL, x);
		if (x <= 2 && len_octets(m, "paramPLen", "paramP", "PARAM_P"))
			len_octets(m, "paramGLen", "paramG", "PARAM_G");
		break;
	case 3:	/* Key Generation Request (4.5.1.4): BS_RESULT_LEN, BS_RESULT */
		len_octets(m, "bsResultLen", "bsResult", "BS_RESULT");
		break;
	case 4:	/* Re-Authenticate Request (4.5.1.5): RAND (32) */
		tail_bits(m, &r);
		if (tk_per_bits(&r, 32, "RAND", &v) == 0) {
			char h[12];
			snprintf(h, sizeof(h), "%08x", (unsigned)v);
			tk_emit_kv_str(e, "rand", h);
			m->pos += 4;
		}
		break;
	case 5:	/* Commit Request (4.5.1.6): the message type only */
		break;
	case 6:	/* Protocol Capability Request (4.5.1.7): the message type; later revisions
		 * add OTASP_P_REV, NUM_CAP_RECORDS and CAP_RECORD_TYPEs (not checked: tshark
		 * decodes nothing after the type) */
		if (m->pos < m->n) {
			int cnt, i;
			tk_emit_kv_long(e, "otaspPRev", octet(m, "OTASP_P_REV"));
			if ((cnt = octet(m, "NUM_CAP_RECORDS")) < 0)
				break;
			tk_emit_kv_long(e, "numCapRecords", cnt);
			tk_emit_key(e, "capRecordTypes");
			tk_emit_open(e, 1);
			for (i = 0; i < cnt && (x = octet(m, "CAP_RECORD_TYPE")) >= 0; i++)
				tk_emit_long(e, x);
			tk_emit_close(e, 1);
		}
		break;
	case 9:	/* Validation Request (4.5.1.10): the validation blocks */
		block_list(m, B_VALIDATION);
		break;
	case 10: /* OTAPA Request (4.5.1.11): START_STOP (1), RESERVED (7) */
		tail_bits(m, &r);
		if (tk_per_bits(&r, 1, "START_STOP", &v) == 0) {
			tk_emit_kv_str(e, "startStop", v ? "Start" : "Stop");
			m->pos++;
		}
		break;
	case 15: /* Secure Mode Request (4.5.1.16): START_STOP (1), KEY_IN_USE (4), RESERVED
		  * (3), RAND_SM (64) when starting (tshark agrees) */
		tail_bits(m, &r);
		if (tk_per_bits(&r, 1, "START_STOP", &v) != 0)
			break;
		tk_emit_kv_str(e, "startStop", v ? "Start" : "Stop");
		if (bits(e, &r, 4, "keyInUse", NULL))
			break;
		m->pos++;
		if (v && m->pos + 8 > m->n) {
			tk_inner_fail(m->er, m->n, "truncated: no RAND_SM");
			m->pos = m->n;
		} else if (v) {
			tk_emit_kv_hex(e, "randSm", m->p + m->pos, 8);
			m->pos += 8;
		}
		break;
	default: /* the other messages: their octets */
		tk_emit_kv_hex(e, "data", m->p + m->pos, m->n - m->pos);
		m->pos = m->n;
		break;
	}
}

static void reverse(struct msg *m, int type)
{
	struct tk_emitter *e = m->e;
	struct tk_per r;
	uint32_t v;
	int x, cnt, i;

	switch (type) {
	case 0:	/* Configuration Response (3.5.1.1): the blocks, then a RESULT_CODE each */
		if ((cnt = octet(m, "NUM_BLOCKS")) < 0)
			break;
		tk_emit_kv_long(e, "numBlocks", cnt);
		tk_emit_key(e, "blocks");
		tk_emit_open(e, 1);
		for (i = 0, x = 1; i < cnt && x; i++)
			x = param_block(m, B_NAM_CONFIG, (unsigned)i);
		tk_emit_close(e, 1);
		if (!x)
			break;
		tk_emit_key(e, "resultCodes");
		tk_emit_open(e, 1);
		for (i = 0; i < cnt && (x = octet(m, "RESULT_CODE")) >= 0; i++) {
			tk_emit_open(e, 0);
			result_kv(e, x);
			tk_emit_close(e, 0);
		}
		tk_emit_close(e, 1);
		break;
	case 1:	/* Download Response (3.5.1.2): NUM_BLOCKS, BLOCK_ID and RESULT_CODE each */
		block_ids(m, nam_download_names, 1);
		break;
	case 2:	/* MS Key Response (3.5.1.3) */
	case 5:	/* Commit Response (3.5.1.6) */
	case 15: /* Secure Mode Response (3.5.1.16) */
		if ((x = octet(m, "RESULT_CODE")) >= 0)
			result_kv(e, x);
		break;
	case 3:	/* Key Generation Response (3.5.1.4): RESULT_CODE, MS_RESULT_LEN, MS_RESULT */
		if ((x = octet(m, "RESULT_CODE")) < 0)
			break;
		result_kv(e, x);
		len_octets(m, "msResultLen", "msResult", "MS_RESULT");
		break;
	case 4:	/* Re-Authenticate Response (3.5.1.5): AUTHR (18), RANDC (8), COUNT (6),
		 * AUTH_DATA (24) */
		tail_bits(m, &r);
		if (bits(e, &r, 18, "authr", NULL) == 0 && bits(e, &r, 8, "randc", NULL) == 0 &&
		    bits(e, &r, 6, "count", NULL) == 0 && bits(e, &r, 24, "authData", NULL) == 0)
			m->pos += 7;
		break;
	case 6:	/* Protocol Capability Response (3.5.1.7): MOB_FIRM_REV (16), MOB_MODEL (8),
		 * NUM_FEATURES, FEATURE_ID and FEATURE_P_REV each, ADD_LENGTH, ADD_FIELDS whose
		 * first octet is the band / mode capability (tshark agrees with a one-octet
		 * ADD_FIELDS; with more, tshark 4.0.17 shows the bits of another octet) */
		tail_bits(m, &r);
		if (bits(e, &r, 16, "mobFirmRev", NULL) || bits(e, &r, 8, "mobModel", NULL))
			break;
		m->pos += 3;
		if ((cnt = octet(m, "NUM_FEATURES")) < 0)
			break;
		tk_emit_kv_long(e, "numFeatures", cnt);
		tk_emit_key(e, "features");
		tk_emit_open(e, 1);
		for (i = 0; i < cnt; i++) {
			int id, rev;
			if ((id = octet(m, "FEATURE_ID")) < 0 || (rev = octet(m, "FEATURE_P_REV")) < 0)
				break;
			tk_emit_open(e, 0);
			name_kv(e, "featureId", "featureName", feature_names, NULL, id);
			tk_emit_kv_long(e, "featurePRev", rev);
			tk_emit_close(e, 0);
		}
		tk_emit_close(e, 1);
		if (i < cnt)
			break;
		if ((x = octet(m, "ADD_LENGTH")) < 0)
			break;
		tk_emit_kv_long(e, "addLength", x);
		if ((size_t)x > m->n - m->pos) {
			tk_inner_fail(m->er, m->pos - 1, "ADD_LENGTH %d past the end (%zu octets "
				      "left)", x, m->n - m->pos);
			m->pos = m->n;
			break;
		}
		if (x >= 1) {
			uint8_t b = m->p[m->pos];
			tk_emit_kv_bool(e, "bandClass0Analog", b & 0x80);
			tk_emit_kv_bool(e, "bandClass0Cdma", b & 0x40);
			tk_emit_kv_bool(e, "bandClass1Cdma", b & 0x20);
			tk_emit_kv_bool(e, "bandClass3Cdma", b & 0x10);
			tk_emit_kv_bool(e, "bandClass6Cdma", b & 0x08);
		}
		if (x > 1)
			tk_emit_kv_hex(e, "moreAddFields", m->p + m->pos + 1, (size_t)x - 1);
		m->pos += (size_t)x;
		break;
	case 9:	/* Validation Response (3.5.1.10): NUM_BLOCKS, BLOCK_ID and RESULT_CODE each */
		block_ids(m, validation_names, 1);
		break;
	case 10: /* OTAPA Response (3.5.1.11): RESULT_CODE, RESERVED (7), NAM_LOCK_IND (1),
		  * RAND_OTAPA (32) when NAM_LOCK_IND is 1 (tshark agrees) */
		if ((x = octet(m, "RESULT_CODE")) < 0)
			break;
		result_kv(e, x);
		if ((x = octet(m, "NAM_LOCK_IND")) < 0)
			break;
		tk_emit_kv_bool(e, "namLockInd", x & 1);
		if (x & 1) {
			if (m->pos + 4 > m->n) {
				tk_inner_fail(m->er, m->n, "truncated: no RAND_OTAPA");
				m->pos = m->n;
			} else {
				tk_emit_kv_hex(e, "randOtapa", m->p + m->pos, 4);
				m->pos += 4;
			}
		}
		break;
	default:
		tk_emit_kv_hex(e, "data", m->p + m->pos, m->n - m->pos);
		m->pos = m->n;
		break;
	}
	(void)v;
}

void tk_emit_ansi683(struct tk_emitter *e, const uint8_t *p, size_t n, int rev)
{
	struct tk_inner_err er;
	struct msg m;
	int type;

	n = tk_inner_start(e, &er, p, n);
	tk_emit_kv_str(e, "link", rev ? "reverse" : "forward");
	memset(&m, 0, sizeof(m));
	m.e = e;
	m.er = &er;
	m.p = p;
	m.n = n;
	if ((type = octet(&m, "OTASP_MSG_TYPE")) >= 0) {
		name_kv(e, "messageType", "messageTypeName", rev ? rev_msg_names : fwd_msg_names,
			NULL, type);
		if (!tk_vs_name(rev ? rev_msg_names : fwd_msg_names, type)) {
			tk_inner_fail(&er, 0, "unknown %s link message type %d",
				      rev ? "reverse" : "forward", type);
			tk_emit_kv_hex(e, "data", p + 1, n - 1);
			m.pos = n;
		} else if (rev) {
			reverse(&m, type);
		} else {
			forward(&m, type);
		}
		if (m.pos < m.n)
			tk_inner_fail(&er, m.pos, "%zu octets after the message", m.n - m.pos);
	}
	tk_inner_finish(e, p, n, &er);
}
