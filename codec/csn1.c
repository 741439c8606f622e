/*
 * CSN.1 coded values of TS 24.008: the Mobile Station Classmark 3 (10.5.1.7) and the MS
 * Radio Access capability (10.5.5.12a), field by field as far as Release 13 (v13.9.0).
 *
 * CSN.1 fields follow each other bit after bit with no octet alignment; "{ 0 | 1 < X > }"
 * is a presence bit then X when it is 1.  Both values grew field by field over the
 * releases and an MS sends only the fields of its own release, then spare bits (0) up to
 * the octet boundary: so a value that ends between two fields is complete, and the zero
 * bits of the last octet are padding, not fields.  Only a field cut by the end (its bits
 * not all zero, or a presence bit 1 without what it announces) is a truncation.
 */
#include <stdio.h>
#include <string.h>

#include "csn1.h"
#include "inner.h"
#include "names.h"

/* ---- the bit reader ------------------------------------------------------------------------ */

void tk_csn1_init(struct tk_csn1 *b, const uint8_t *p, size_t n)
{
	b->p = p;
	b->pos = 0;
	/* more than SIZE_MAX / 8 octets cannot be addressed in bits; read what can be */
	if (!p)
		n = 0;
	else if (n > SIZE_MAX / 8)
		n = SIZE_MAX / 8;
	b->end = n * 8;
}

size_t tk_csn1_left(const struct tk_csn1 *b)
{
	return b->end - b->pos;
}

int tk_csn1_get(struct tk_csn1 *b, unsigned width, uint32_t *v)
{
	uint32_t r = 0;
	unsigned i;

	if (width > 32 || tk_csn1_left(b) < width)
		return -1;
	for (i = 0; i < width; i++, b->pos++)
		r = (r << 1) | ((b->p[b->pos >> 3] >> (7 - (b->pos & 7))) & 1);
	*v = r;
	return 0;
}

int tk_csn1_rest_zero(const struct tk_csn1 *b)
{
	size_t i;

	for (i = b->pos; i < b->end; i++)
		if ((b->p[i >> 3] >> (7 - (i & 7))) & 1)
			return 0;
	return 1;
}

int tk_csn1_sub(struct tk_csn1 *b, size_t len, struct tk_csn1 *sub)
{
	if (tk_csn1_left(b) < len)
		return -1;
	sub->p = b->p;
	sub->pos = b->pos;
	sub->end = b->pos + len;
	b->pos += len;
	return 0;
}

/* ---- reading fields ------------------------------------------------------------------------ */

struct dec {
	struct tk_emitter *e;
	struct tk_csn1 *b;
	struct tk_inner_err *er;
	int stop;		/* the value (or the length-delimited struct) has ended */
};

/*
 * The next field (w bits) begins here: 1 when it is all there.  0 when the value ended
 * before it, or only zero padding is left (both complete), or the field is cut (reported).
 */
static int have(struct dec *d, unsigned w, const char *field)
{
	size_t left;

	if (d->stop)
		return 0;
	left = tk_csn1_left(d->b);
	if (left >= w)
		return 1;
	d->stop = 1;
	if (!tk_csn1_rest_zero(d->b))
		tk_inner_fail(d->er, d->b->pos / 8, "truncated: %s has %u bits, %zu left", field, w,
			      left);
	return 0;
}

/* the next w bits continue a field already begun (after a presence bit 1): they must be there */
static int must(struct dec *d, unsigned w, const char *field)
{
	size_t left;

	if (d->stop)
		return 0;
	left = tk_csn1_left(d->b);
	if (left >= w)
		return 1;
	d->stop = 1;
	tk_inner_fail(d->er, d->b->pos / 8, "truncated: %s has %u bits, %zu left", field, w, left);
	return 0;
}

/* w bits that have() or must() found there */
static uint32_t get(struct dec *d, unsigned w)
{
	uint32_t v = 0;

	(void)tk_csn1_get(d->b, w, &v);
	return v;
}

/* < key : bit > as true / false; -1 when the value has ended */
static int f_bool(struct dec *d, const char *key, const char *field)
{
	uint32_t v;

	if (!have(d, 1, field))
		return -1;
	v = get(d, 1);
	tk_emit_kv_bool(d->e, key, v);
	return (int)v;
}

/* < key : bit (w) > as a number, or its name from vs when vs is not NULL */
static void f_num(struct dec *d, unsigned w, const char *key, const struct tk_value_string *vs,
		  const char *field)
{
	uint32_t v;

	if (!have(d, w, field))
		return;
	v = get(d, w);
	if (vs)
		tk_inner_emit_name(d->e, key, vs, NULL, "unknown", v);
	else
		tk_emit_kv_long(d->e, key, v);
}

/* the presence bit of { 0 | 1 < ... > }: 1, 0, or -1 when the value has ended */
static int present(struct dec *d, const char *field)
{
	if (!have(d, 1, field))
		return -1;
	return (int)get(d, 1);
}

/* { 0 | 1 < key : bit (w) > } */
static void f_opt(struct dec *d, unsigned w, const char *key, const struct tk_value_string *vs,
		  const char *field)
{
	uint32_t v;

	if (present(d, field) != 1 || !must(d, w, field))
		return;
	v = get(d, w);
	if (vs)
		tk_inner_emit_name(d->e, key, vs, NULL, "unknown", v);
	else
		tk_emit_kv_long(d->e, key, v);
}

/* a string field, used where the standard's code needs words around it */
static void emit_fmt(struct tk_emitter *e, const char *key, const char *fmt, unsigned v)
{
	char buf[64];

	snprintf(buf, sizeof(buf), fmt, v);
	tk_emit_kv_str(e, key, buf);
}

/* ---- code tables (TS 24.008 tables 10.5.7 and 10.5.146) ----------------------------------- */

/* 8-PSK Struct: Modulation Capability */
static const struct tk_value_string modulation_names[] = {
	{ 0, "8-PSK supported for downlink reception only" },
	{ 1, "8-PSK supported for uplink transmission and downlink reception" },
	{ 0, NULL }
};

/* 8-PSK RF Power Capability 1 and 2 (TS 45.005 power classes) */
static const struct tk_value_string psk_power_names[] = {
	{ 0, "reserved" },
	{ 1, "power class E1" },
	{ 2, "power class E2" },
	{ 3, "power class E3" },
	{ 0, NULL }
};

/* GSM 400 Bands Supported; 00 is not one of the CSN.1's choices */
static const struct tk_value_string gsm400_names[] = {
	{ 1, "GSM 480 supported, GSM 450 not supported" },
	{ 2, "GSM 450 supported, GSM 480 not supported" },
	{ 3, "GSM 450 and GSM 480 supported" },
	{ 0, NULL }
};

/* T-GSM 400 Bands Supported */
static const struct tk_value_string tgsm400_names[] = {
	{ 1, "T-GSM 380 supported, T-GSM 410 not supported" },
	{ 2, "T-GSM 410 supported, T-GSM 380 not supported" },
	{ 3, "T-GSM 380 and T-GSM 410 supported" },
	{ 0, NULL }
};

/* DTM GPRS / DTM EGPRS Multi Slot Class */
static const struct tk_value_string dtm_class_names[] = {
	{ 0, "unused, interpreted as multislot class 5" },
	{ 1, "multislot class 5" },
	{ 2, "multislot class 9" },
	{ 3, "multislot class 11" },
	{ 0, NULL }
};

/* DTM GPRS / DTM EGPRS High Multi Slot Class */
static const struct tk_value_string dtm_high_names[] = {
	{ 0, "unused, interpreted as 001" },
	{ 1, "multislot class 31 or 36" },
	{ 2, "multislot class 32 or 37" },
	{ 3, "multislot class 33 or 38" },
	{ 4, "multislot class 41" },
	{ 5, "multislot class 42" },
	{ 6, "multislot class 43" },
	{ 7, "multislot class 44" },
	{ 0, NULL }
};

/* Single Band Support: GSM Band */
static const struct tk_value_string gsm_band_names[] = {
	{ 0, "E-GSM" },
	{ 1, "P-GSM" },
	{ 2, "GSM 1800" },
	{ 3, "GSM 450" },
	{ 4, "GSM 480" },
	{ 5, "GSM 850" },
	{ 6, "GSM 1900" },
	{ 7, "GSM 750" },
	{ 8, "GSM 710" },
	{ 9, "T-GSM 810" },
	{ 0, NULL }
};

/* Downlink Advanced Receiver Performance */
static const struct tk_value_string darp_names[] = {
	{ 0, "not supported" },
	{ 1, "phase I supported" },
	{ 2, "phase II supported" },
	{ 0, NULL }
};

/* VAMOS Level */
static const struct tk_value_string vamos_names[] = {
	{ 0, "VAMOS not supported" },
	{ 1, "VAMOS I supported" },
	{ 2, "VAMOS II supported" },
	{ 3, "unused, interpreted as VAMOS II supported" },
	{ 0, NULL }
};

/* TIGHTER Capability */
static const struct tk_value_string tighter_names[] = {
	{ 0, "TIGHTER not supported" },
	{ 1, "TIGHTER supported for speech and signalling channels only" },
	{ 2, "TIGHTER supported for speech and signalling channels and for GPRS and EGPRS, "
	     "but not for EGPRS2" },
	{ 3, "TIGHTER supported for speech and signalling channels and for GPRS, EGPRS and "
	     "EGPRS2" },
	{ 0, NULL }
};

/* CS to PS SRVCC from GERAN to UTRA */
static const struct tk_value_string srvcc_utra_names[] = {
	{ 0, "not supported" },
	{ 1, "to UMTS FDD supported" },
	{ 2, "to UMTS 1.28 Mcps TDD supported" },
	{ 3, "to UMTS FDD and 1.28 Mcps TDD supported" },
	{ 0, NULL }
};

/* CS to PS SRVCC from GERAN to E-UTRA */
static const struct tk_value_string srvcc_eutra_names[] = {
	{ 0, "not supported" },
	{ 1, "to E-UTRA FDD supported" },
	{ 2, "to E-UTRA TDD supported" },
	{ 3, "to E-UTRA FDD and TDD supported" },
	{ 0, NULL }
};

/* MS RA capability: Access Technology Type */
static const struct tk_value_string access_tech_names[] = {
	{ 0, "GSM P" },
	{ 1, "GSM E" },
	{ 2, "GSM R" },
	{ 3, "GSM 1800" },
	{ 4, "GSM 1900" },
	{ 5, "GSM 450" },
	{ 6, "GSM 480" },
	{ 7, "GSM 850" },
	{ 8, "GSM 750" },
	{ 9, "GSM T 380" },
	{ 10, "GSM T 410" },
	{ 11, "GSM T 900" },
	{ 12, "GSM 710" },
	{ 13, "GSM T 810" },
	{ 15, "a list of additional access technologies follows" },
	{ 0, NULL }
};

/* MS RA capability: Uplink / Downlink EGPRS2 */
static const struct tk_value_string egprs2_names[] = {
	{ 0, "neither EGPRS2-A nor EGPRS2-B supported" },
	{ 1, "EGPRS2-A supported" },
	{ 2, "EGPRS2-A and EGPRS2-B supported" },
	{ 3, "unused, interpreted as EGPRS2-A and EGPRS2-B supported" },
	{ 0, NULL }
};

/* MS RA capability: GERAN to E-UTRA support in GERAN packet transfer mode */
static const struct tk_value_string geran_eutra_names[] = {
	{ 0, "none" },
	{ 1, "E-UTRAN neighbour cell measurements and MS autonomous cell reselection to E-UTRAN" },
	{ 2, "as 01, and CCN towards E-UTRAN, E-UTRAN neighbour cell measurement reporting and "
	     "network controlled cell reselection to E-UTRAN" },
	{ 3, "as 10, and PS handover to E-UTRAN" },
	{ 0, NULL }
};

/* ---- shared pieces -------------------------------------------------------------------------- */

/* SMS_VALUE and SM_VALUE (bit (4) each): (v + 1) quarters of a timeslot */
static void emit_sms_sm(struct dec *d, const char *smskey, const char *smkey)
{
	emit_fmt(d->e, smskey, "%u/4 timeslot", get(d, 4) + 1);
	emit_fmt(d->e, smkey, "%u/4 timeslot", get(d, 4) + 1);
}

/*
 * The bit that TS 24.008 now fixes at 0 ("the value '1' was allocated in an earlier version
 * of the protocol and shall not be used") was { 0 | 1 < GERAN Iu Mode Capabilities > }:
 * a Length bit (4), then that many bits, the first the FLO Iu Capability.  A 1 is decoded
 * that way so that the fields after it stay in place.
 */
static void geran_iu_mode(struct dec *d)
{
	uint32_t len;

	if (present(d, "the GERAN Iu Mode Capabilities bit") != 1 ||
	    !must(d, 4, "the GERAN Iu Mode Capabilities length"))
		return;
	len = get(d, 4);
	tk_emit_key(d->e, "geranIuModeCapabilities");
	tk_emit_open(d->e, 0);
	tk_emit_kv_long(d->e, "lengthBits", len);
	if (len && must(d, len, "the GERAN Iu Mode Capabilities")) {
		tk_emit_kv_bool(d->e, "floIuCapability", get(d, 1));
		d->b->pos += len - 1;
	}
	tk_emit_close(d->e, 0);
}

/* ---- 10.5.1.7 Mobile Station Classmark 3 ------------------------------------------------- */

static void cm3_multiband(struct dec *d)
{
	uint32_t mb;

	/* < spare bit > < Multiband supported : bit (3) > < A5 bits >: the first octet */
	if (!must(d, 8, "the spare bit, Multiband supported and the A5 bits"))
		return;
	(void)get(d, 1);
	mb = get(d, 3);
	tk_emit_key(d->e, "multibandSupported");
	tk_emit_open(d->e, 0);
	/* Band 3 (bit 7), Band 2 (bit 6), Band 1 (bit 5) */
	tk_emit_kv_bool(d->e, "gsm1800", mb & 4);
	tk_emit_kv_bool(d->e, "eGsmOrRGsm", mb & 2);
	tk_emit_kv_bool(d->e, "pGsm", mb & 1);
	tk_emit_close(d->e, 0);
	tk_emit_kv_bool(d->e, "a57Available", get(d, 1));
	tk_emit_kv_bool(d->e, "a56Available", get(d, 1));
	tk_emit_kv_bool(d->e, "a55Available", get(d, 1));
	tk_emit_kv_bool(d->e, "a54Available", get(d, 1));
	switch (mb) {
	case 0:		/* a single band: no associated radio capability here */
		break;
	case 5:
	case 6:		/* two bands: one radio capability each (2 for the higher band) */
		if (!must(d, 8, "Associated Radio Capability 2 and 1"))
			return;
		tk_emit_kv_long(d->e, "associatedRadioCapability2", get(d, 4));
		tk_emit_kv_long(d->e, "associatedRadioCapability1", get(d, 4));
		break;
	case 1:
	case 2:
	case 4:		/* one band: 4 spare bits, then its radio capability */
		if (!must(d, 8, "the spare bits and Associated Radio Capability 1"))
			return;
		(void)get(d, 4);
		tk_emit_kv_long(d->e, "associatedRadioCapability1", get(d, 4));
		break;
	default:
		/* 011 and 111 are none of the choices: what follows cannot be placed */
		tk_inner_fail(d->er, 0, "Multiband supported %u%u%u is none of the CSN.1 choices",
			      (mb >> 2) & 1, (mb >> 1) & 1, mb & 1);
		d->stop = 1;
		break;
	}
}

/* < 8-PSK Struct > */
static void cm3_8psk(struct dec *d)
{
	if (present(d, "the 8-PSK Struct") != 1 || !must(d, 1, "the 8-PSK Struct"))
		return;
	tk_emit_key(d->e, "eightPskStruct");
	tk_emit_open(d->e, 0);
	tk_inner_emit_name(d->e, "modulationCapability", modulation_names, NULL, "", get(d, 1));
	if (must(d, 1, "the 8-PSK Struct") && get(d, 1) &&
	    must(d, 2, "8-PSK RF Power Capability 1"))
		tk_inner_emit_name(d->e, "eightPskRfPowerCapability1", psk_power_names, NULL, "",
				   get(d, 2));
	if (must(d, 1, "the 8-PSK Struct") && get(d, 1) &&
	    must(d, 2, "8-PSK RF Power Capability 2"))
		tk_inner_emit_name(d->e, "eightPskRfPowerCapability2", psk_power_names, NULL, "",
				   get(d, 2));
	tk_emit_close(d->e, 0);
}

/* { 0 | 1 < (T-)GSM 400 Bands Supported : { 01 | 10 | 11 } >
 *	   < (T-)GSM 400 Associated Radio Capability : bit (4) > } */
static void cm3_400(struct dec *d, const char *bandkey, const char *capkey,
		    const struct tk_value_string *vs, const char *field)
{
	uint32_t bands;

	if (present(d, field) != 1 || !must(d, 6, field))
		return;
	bands = get(d, 2);
	tk_inner_emit_name(d->e, bandkey, vs, NULL, "none of the CSN.1 choices", bands);
	if (bands == 0)
		tk_inner_fail(d->er, (d->b->pos - 2) / 8, "%s 00 is none of the CSN.1 choices",
			      field);
	tk_emit_kv_long(d->e, capkey, get(d, 4));
}

/* { 0 | 1 < DTM GPRS Multi Slot Class : bit (2) > < Single Slot DTM : bit >
 *	   { 0 | 1 < DTM EGPRS Multi Slot Class : bit (2) > } } */
static void dtm_multislot(struct dec *d)
{
	if (present(d, "the DTM multislot classes") != 1 ||
	    !must(d, 3, "DTM GPRS Multi Slot Class"))
		return;
	tk_inner_emit_name(d->e, "dtmGprsMultiSlotClass", dtm_class_names, NULL, "", get(d, 2));
	tk_emit_kv_bool(d->e, "singleSlotDtm", get(d, 1));
	if (must(d, 1, "the DTM EGPRS Multi Slot Class bit") && get(d, 1) &&
	    must(d, 2, "DTM EGPRS Multi Slot Class"))
		tk_inner_emit_name(d->e, "dtmEgprsMultiSlotClass", dtm_class_names, NULL, "",
				   get(d, 2));
}

/* { 0 | 1 < Extended DTM GPRS Multi Slot Class : bit (2) >
 *	   < Extended DTM EGPRS Multi Slot Class : bit (2) > } */
static void ext_dtm(struct dec *d)
{
	if (present(d, "the Extended DTM multislot classes") != 1 ||
	    !must(d, 4, "the Extended DTM multislot classes"))
		return;
	/* the meaning depends on the DTM class above (TS 24.008 table 10.5.146): kept as codes */
	tk_emit_kv_long(d->e, "extendedDtmGprsMultiSlotClass", get(d, 2));
	tk_emit_kv_long(d->e, "extendedDtmEgprsMultiSlotClass", get(d, 2));
}

static void cm3(struct dec *d)
{
	struct tk_emitter *e = d->e;
	uint32_t v;

	cm3_multiband(d);
	f_opt(d, 3, "rGsmAssociatedRadioCapability", NULL, "R Support");
	f_opt(d, 5, "hscsdMultiSlotClass", NULL, "HSCSD Multi Slot Capability");
	if (have(d, 1, "UCS2 treatment"))
		tk_emit_kv_str(e, "ucs2Treatment", get(d, 1) ?
			       "no preference between the default alphabet and UCS2" :
			       "default alphabet preferred over UCS2");
	f_bool(d, "extendedMeasurementCapability", "Extended Measurement Capability");
	if (present(d, "MS measurement capability") == 1 &&
	    must(d, 8, "MS measurement capability")) {
		tk_emit_key(e, "msMeasurementCapability");
		tk_emit_open(e, 0);
		emit_sms_sm(d, "smsValue", "smValue");
		tk_emit_close(e, 0);
	}
	if (present(d, "MS Positioning Method Capability") == 1 &&
	    must(d, 5, "MS Positioning Method Capability")) {
		tk_emit_key(e, "msPositioningMethod");
		tk_emit_open(e, 0);
		tk_emit_kv_bool(e, "msAssistedEOtd", get(d, 1));
		tk_emit_kv_bool(e, "msBasedEOtd", get(d, 1));
		tk_emit_kv_bool(e, "msAssistedGps", get(d, 1));
		tk_emit_kv_bool(e, "msBasedGps", get(d, 1));
		tk_emit_kv_bool(e, "msConventionalGps", get(d, 1));
		tk_emit_close(e, 0);
	}
	f_opt(d, 5, "ecsdMultiSlotClass", NULL, "ECSD Multi Slot Capability");
	cm3_8psk(d);
	cm3_400(d, "gsm400BandsSupported", "gsm400AssociatedRadioCapability", gsm400_names,
		"GSM 400 Bands Supported");
	f_opt(d, 4, "gsm850AssociatedRadioCapability", NULL, "GSM 850 Associated Radio Capability");
	f_opt(d, 4, "gsm1900AssociatedRadioCapability", NULL,
	      "GSM 1900 Associated Radio Capability");
	f_bool(d, "umtsFddRadioAccessTechnologyCapability", "UMTS FDD RAT Capability");
	f_bool(d, "umts384McpsTddRadioAccessTechnologyCapability",
	       "UMTS 3.84 Mcps TDD RAT Capability");
	f_bool(d, "cdma2000RadioAccessTechnologyCapability", "CDMA 2000 RAT Capability");
	dtm_multislot(d);
	/* Release 4 */
	f_opt(d, 4, "singleBandSupport", gsm_band_names, "Single Band Support");
	f_opt(d, 4, "gsm750AssociatedRadioCapability", NULL, "GSM 750 Associated Radio Capability");
	f_bool(d, "umts128McpsTddRadioAccessTechnologyCapability",
	       "UMTS 1.28 Mcps TDD RAT Capability");
	f_bool(d, "geranFeaturePackage1", "GERAN Feature Package 1");
	ext_dtm(d);
	/* Release 5 */
	f_opt(d, 2, "highMultislotCapability", NULL, "High Multislot Capability");
	geran_iu_mode(d);
	f_bool(d, "geranFeaturePackage2", "GERAN Feature Package 2");
	f_num(d, 2, "gmskMultislotPowerProfile", NULL, "GMSK Multislot Power Profile");
	f_num(d, 2, "eightPskMultislotPowerProfile", NULL, "8-PSK Multislot Power Profile");
	/* Release 6 */
	cm3_400(d, "tGsm400BandsSupported", "tGsm400AssociatedRadioCapability", tgsm400_names,
		"T-GSM 400 Bands Supported");
	/* now fixed at 0; it was { 0 | 1 < T-GSM 900 Associated Radio Capability : bit (4) > } */
	f_opt(d, 4, "tGsm900AssociatedRadioCapability", NULL,
	      "T-GSM 900 Associated Radio Capability");
	f_num(d, 2, "downlinkAdvancedReceiverPerformance", darp_names,
	      "Downlink Advanced Receiver Performance");
	f_bool(d, "dtmEnhancementsCapability", "DTM Enhancements Capability");
	if (present(d, "the DTM high multislot classes") == 1 &&
	    must(d, 4, "DTM GPRS High Multi Slot Class")) {
		tk_inner_emit_name(e, "dtmGprsHighMultiSlotClass", dtm_high_names, NULL, "",
				   get(d, 3));
		tk_emit_kv_bool(e, "offsetRequired", get(d, 1));
		if (must(d, 1, "the DTM EGPRS High Multi Slot Class bit") && get(d, 1) &&
		    must(d, 3, "DTM EGPRS High Multi Slot Class"))
			tk_inner_emit_name(e, "dtmEgprsHighMultiSlotClass", dtm_high_names,
					   NULL, "", get(d, 3));
	}
	f_bool(d, "repeatedAcchCapability", "Repeated ACCH Capability");
	/* Release 7 */
	f_opt(d, 4, "gsm710AssociatedRadioCapability", NULL, "GSM 710 Associated Radio Capability");
	f_opt(d, 4, "tGsm810AssociatedRadioCapability", NULL,
	      "T-GSM 810 Associated Radio Capability");
	f_bool(d, "cipheringModeSettingCapability", "Ciphering Mode Setting Capability");
	f_bool(d, "additionalPositioningCapabilities", "Additional Positioning Capabilities");
	/* Release 8 */
	f_bool(d, "eUtraFddSupport", "E-UTRA FDD support");
	f_bool(d, "eUtraTddSupport", "E-UTRA TDD support");
	f_bool(d, "eUtraMeasurementAndReportingSupport",
	       "E-UTRA Measurement and Reporting support");
	f_bool(d, "priorityBasedReselectionSupport", "Priority-based reselection support");
	/* Release 9 */
	f_bool(d, "utraCsgCellsReporting", "UTRA CSG Cells Reporting");
	f_num(d, 2, "vamosLevel", vamos_names, "VAMOS Level");
	/* Release 10 */
	f_num(d, 2, "tighterCapability", tighter_names, "TIGHTER Capability");
	f_bool(d, "selectiveCipheringOfDownlinkSacch", "Selective Ciphering of Downlink SACCH");
	/* Release 11 */
	f_num(d, 2, "csToPsSrvccFromGeranToUtra", srvcc_utra_names,
	      "CS to PS SRVCC from GERAN to UTRA");
	f_num(d, 2, "csToPsSrvccFromGeranToEUtra", srvcc_eutra_names,
	      "CS to PS SRVCC from GERAN to E-UTRA");
	f_bool(d, "geranNetworkSharingSupport", "GERAN Network Sharing support");
	f_bool(d, "eUtraWidebandRsrqMeasurementsSupport",
	       "E-UTRA Wideband RSRQ measurements support");
	/* Release 12, then a late Release 11 addition */
	f_bool(d, "erBandSupport", "ER Band Support");
	f_bool(d, "utraMultipleFrequencyBandIndicatorsSupport",
	       "UTRA Multiple Frequency Band Indicators support");
	f_bool(d, "eUtraMultipleFrequencyBandIndicatorsSupport",
	       "E-UTRA Multiple Frequency Band Indicators support");
	f_bool(d, "extendedTscSetCapabilitySupport", "Extended TSC Set Capability support");
	f_bool(d, "extendedEarfcnValueRange", "Extended EARFCN value range");
	/* < spare bits >: any 1 among them is a field of a later release than these */
	if (!d->stop && !tk_csn1_rest_zero(d->b)) {
		v = (uint32_t)tk_csn1_left(d->b);
		tk_emit_kv_long(e, "laterReleaseBits", v);
	}
}

void tk_emit_ms_classmark3(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	struct tk_csn1 b;
	struct dec d;

	n = tk_inner_start(e, &er, p, n);
	tk_csn1_init(&b, p, n);
	d.e = e;
	d.b = &b;
	d.er = &er;
	d.stop = 0;
	cm3(&d);
	tk_inner_finish(e, p, n, &er);
}

/* ---- 10.5.5.12a MS Radio Access capability ----------------------------------------------- */

/* < Multislot capability struct > */
static void rac_multislot(struct dec *d)
{
	struct tk_emitter *e = d->e;

	tk_emit_key(e, "multislotCapability");
	tk_emit_open(e, 0);
	f_opt(d, 5, "hscsdMultislotClass", NULL, "HSCSD multislot class");
	if (present(d, "GPRS multislot class") == 1 && must(d, 6, "GPRS multislot class")) {
		tk_emit_kv_long(e, "gprsMultislotClass", get(d, 5));
		tk_emit_kv_bool(e, "gprsExtendedDynamicAllocationCapability", get(d, 1));
	}
	if (present(d, "SMS_VALUE and SM_VALUE") == 1 && must(d, 8, "SMS_VALUE and SM_VALUE"))
		emit_sms_sm(d, "smsValue", "smValue");
	/* Release 99 */
	f_opt(d, 5, "ecsdMultislotClass", NULL, "ECSD multislot class");
	if (present(d, "EGPRS multislot class") == 1 && must(d, 6, "EGPRS multislot class")) {
		tk_emit_kv_long(e, "egprsMultislotClass", get(d, 5));
		tk_emit_kv_bool(e, "egprsExtendedDynamicAllocationCapability", get(d, 1));
	}
	dtm_multislot(d);
	tk_emit_close(e, 0);
}

/* < Content > of an Access capabilities struct, within its length */
static void rac_content(struct dec *d)
{
	struct tk_emitter *e = d->e;
	static const char *const a5[] = {
		"a51Available", "a52Available", "a53Available", "a54Available", "a55Available",
		"a56Available", "a57Available"
	};
	int i;

	f_num(d, 3, "rfPowerCapability", NULL, "RF Power Capability");
	/* absent A5 bits (0) or multislot capability: as in the preceding struct of this IE */
	if (present(d, "the A5 bits") == 1 && must(d, 7, "the A5 bits"))
		for (i = 0; i < 7; i++)
			tk_emit_kv_bool(e, a5[i], get(d, 1));
	f_bool(d, "esInd", "ES IND");
	f_bool(d, "psCapability", "PS");
	f_bool(d, "vgcs", "VGCS");
	f_bool(d, "vbs", "VBS");
	if (present(d, "the Multislot capability struct") == 1)
		rac_multislot(d);
	/* Release 99 */
	f_opt(d, 2, "eightPskPowerCapability", NULL, "8PSK Power Capability");
	f_bool(d, "compactInterferenceMeasurementCapability",
	       "COMPACT Interference Measurement Capability");
	if (have(d, 1, "Revision Level Indicator"))
		tk_emit_kv_str(e, "revisionLevelIndicator",
			       get(d, 1) ? "R99 or later" : "earlier than R99");
	f_bool(d, "umtsFddRadioAccessTechnologyCapability", "UMTS FDD RAT Capability");
	f_bool(d, "umts384McpsTddRadioAccessTechnologyCapability",
	       "UMTS 3.84 Mcps TDD RAT Capability");
	f_bool(d, "cdma2000RadioAccessTechnologyCapability", "CDMA 2000 RAT Capability");
	/* Release 4 */
	f_bool(d, "umts128McpsTddRadioAccessTechnologyCapability",
	       "UMTS 1.28 Mcps TDD RAT Capability");
	f_bool(d, "geranFeaturePackage1", "GERAN Feature Package 1");
	ext_dtm(d);
	f_bool(d, "modulationBasedMultislotClassSupport",
	       "Modulation based multislot class support");
	/* Release 5 */
	f_opt(d, 2, "highMultislotCapability", NULL, "High Multislot Capability");
	geran_iu_mode(d);
	f_num(d, 2, "gmskMultislotPowerProfile", NULL, "GMSK Multislot Power Profile");
	f_num(d, 2, "eightPskMultislotPowerProfile", NULL, "8-PSK Multislot Power Profile");
	/* Release 6 */
	f_bool(d, "multipleTbfCapability", "Multiple TBF Capability");
	f_num(d, 2, "downlinkAdvancedReceiverPerformance", darp_names,
	      "Downlink Advanced Receiver Performance");
	f_bool(d, "extendedRlcMacControlMessageSegmentationCapability",
	       "Extended RLC/MAC Control Message Segmentation Capability");
	f_bool(d, "dtmEnhancementsCapability", "DTM Enhancements Capability");
	if (present(d, "the DTM high multislot classes") == 1 &&
	    must(d, 3, "DTM GPRS High Multi Slot Class")) {
		tk_inner_emit_name(e, "dtmGprsHighMultiSlotClass", dtm_high_names, NULL, "",
				   get(d, 3));
		if (must(d, 1, "the DTM EGPRS High Multi Slot Class bit") && get(d, 1) &&
		    must(d, 3, "DTM EGPRS High Multi Slot Class"))
			tk_inner_emit_name(e, "dtmEgprsHighMultiSlotClass", dtm_high_names,
					   NULL, "", get(d, 3));
	}
	f_bool(d, "psHandoverCapability", "PS Handover Capability");
	/* Release 7 */
	f_bool(d, "dtmHandoverCapability", "DTM Handover Capability");
	if (present(d, "the downlink dual carrier fields") == 1 &&
	    must(d, 4, "Multislot Capability Reduction for Downlink Dual Carrier")) {
		tk_emit_kv_long(e, "multislotCapabilityReductionForDownlinkDualCarrier", get(d, 3));
		tk_emit_kv_bool(e, "downlinkDualCarrierForDtmCapability", get(d, 1));
	}
	f_bool(d, "flexibleTimeslotAssignment", "Flexible Timeslot Assignment");
	f_bool(d, "ganPsHandoverCapability", "GAN PS Handover Capability");
	f_bool(d, "rlcNonPersistentMode", "RLC Non-persistent Mode");
	f_bool(d, "reducedLatencyCapability", "Reduced Latency Capability");
	f_num(d, 2, "uplinkEgprs2", egprs2_names, "Uplink EGPRS2");
	f_num(d, 2, "downlinkEgprs2", egprs2_names, "Downlink EGPRS2");
	/* Release 8 */
	f_bool(d, "eUtraFddSupport", "E-UTRA FDD support");
	f_bool(d, "eUtraTddSupport", "E-UTRA TDD support");
	f_num(d, 2, "geranToEUtraSupportInGeranPacketTransferMode", geran_eutra_names,
	      "GERAN to E-UTRA support in GERAN packet transfer mode");
	f_bool(d, "priorityBasedReselectionSupport", "Priority-based reselection support");
	/* Release 9: the Enhanced Flexible Timeslot Assignment struct is { 0 | 1 < ... > } */
	if (present(d, "the Enhanced Flexible Timeslot Assignment struct") == 1 &&
	    must(d, 7, "the Enhanced Flexible Timeslot Assignment struct")) {
		tk_emit_kv_long(e, "alternativeEftaMultislotClass", get(d, 4));
		tk_emit_kv_long(e, "eftaMultislotCapabilityReductionForDownlinkDualCarrier",
				get(d, 3));
	}
	f_bool(d, "indicationOfUpperLayerPduStartCapabilityForRlcUm",
	       "Indication of Upper Layer PDU Start Capability for RLC UM");
	f_bool(d, "emstCapability", "EMST Capability");
	f_bool(d, "mttiCapability", "MTTI Capability");
	f_bool(d, "utraCsgCellsReporting", "UTRA CSG Cells Reporting");
	f_bool(d, "eUtraCsgCellsReporting", "E-UTRA CSG Cells Reporting");
	/* Release 10 */
	f_bool(d, "dtrCapability", "DTR Capability");
	f_bool(d, "emsrCapability", "EMSR Capability");
	f_bool(d, "fastDownlinkFrequencySwitchingCapability",
	       "Fast Downlink Frequency Switching Capability");
	f_num(d, 2, "tighterCapability", tighter_names, "TIGHTER Capability");
	/* Release 11 */
	f_bool(d, "fanrCapability", "FANR Capability");
	f_bool(d, "ipaCapability", "IPA Capability");
	f_bool(d, "geranNetworkSharingSupport", "GERAN Network Sharing support");
	f_bool(d, "eUtraWidebandRsrqMeasurementsSupport",
	       "E-UTRA Wideband RSRQ measurements support");
	/* Release 12 */
	f_bool(d, "utraMultipleFrequencyBandIndicatorsSupport",
	       "UTRA Multiple Frequency Band Indicators support");
	f_bool(d, "eUtraMultipleFrequencyBandIndicatorsSupport",
	       "E-UTRA Multiple Frequency Band Indicators support");
	if (present(d, "the DLMC Capability struct") == 1) {
		tk_emit_key(e, "dlmcCapability");
		tk_emit_open(e, 0);
		if (must(d, 1, "the DLMC Capability struct") && get(d, 1) &&
		    must(d, 3, "DLMC - Non-contiguous intra-band reception")) {
			tk_emit_kv_long(e, "nonContiguousIntraBandReception", get(d, 2));
			tk_emit_kv_bool(e, "interBandReception", get(d, 1));
		}
		if (must(d, 11, "the DLMC Capability struct")) {
			tk_emit_kv_long(e, "maximumBandwidth", get(d, 2));
			tk_emit_kv_long(e, "maximumNumberOfDownlinkTimeslots", get(d, 6));
			tk_emit_kv_long(e, "maximumNumberOfDownlinkCarriers", get(d, 3));
		}
		tk_emit_close(e, 0);
	}
	f_bool(d, "extendedTscSetCapabilitySupport", "Extended TSC Set Capability support");
	f_bool(d, "extendedEarfcnValueRange", "Extended EARFCN value range");
	/* Release 13 */
	f_num(d, 2, "pchMonitoringSupport", NULL, "PCH monitoring support");
	/* the rest of the length: spare bits, or fields of a later release */
	if (!d->stop && !tk_csn1_rest_zero(d->b))
		tk_emit_kv_long(e, "laterReleaseBits", (long)tk_csn1_left(d->b));
}

/* { 1 < Additional access technologies struct > } ** 0 < spare bits > ** within the length */
static void rac_additional(struct dec *d)
{
	struct tk_emitter *e = d->e;

	tk_emit_key(e, "additionalAccessTechnologies");
	tk_emit_open(e, 1);
	while (present(d, "the additional access technologies list") == 1 &&
	       must(d, 9, "an Additional access technologies struct")) {
		tk_emit_open(e, 0);
		tk_inner_emit_name(e, "accessTechnologyType", access_tech_names, NULL, "unknown",
				   get(d, 4));
		tk_emit_kv_long(e, "gmskPowerClass", get(d, 3));
		tk_emit_kv_long(e, "eightPskPowerClass", get(d, 2));
		tk_emit_close(e, 0);
	}
	tk_emit_close(e, 1);
}

static void rac(struct dec *d)
{
	struct tk_emitter *e = d->e;
	struct tk_csn1 sub;
	struct dec ds;
	uint32_t att, len;
	size_t left;

	tk_emit_key(e, "accessTechnologies");
	tk_emit_open(e, 1);
	do {
		/* < Access Technology Type : bit (4) > < Length : bit (7) > in both forms */
		if (!must(d, 11, "an Access Technology Type and its Length"))
			break;
		att = get(d, 4);
		len = get(d, 7);
		tk_emit_open(e, 0);
		tk_inner_emit_name(e, "accessTechnologyType", access_tech_names, NULL, "unknown",
				   att);
		tk_emit_kv_long(e, "lengthBits", len);
		left = tk_csn1_left(d->b);
		if (left < len) {
			tk_inner_fail(d->er, d->b->pos / 8,
				      "truncated: the access capabilities have %u bits, %zu left",
				      len, left);
			len = (uint32_t)left;
			d->stop = 1;
		}
		(void)tk_csn1_sub(d->b, len, &sub);
		ds = *d;
		ds.b = &sub;
		ds.stop = 0;
		if (att == 15)
			rac_additional(&ds);
		else
			rac_content(&ds);
		tk_emit_close(e, 0);
		/* { 0 | 1 < MS RA capability value part struct > }: the bit must be there */
	} while (must(d, 1, "the bit after an access capabilities struct") && get(d, 1));
	tk_emit_close(e, 1);
	/* then < spare bits > ** to the end of the octets */
}

void tk_emit_ms_radio_access_capability(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;
	struct tk_csn1 b;
	struct dec d;

	n = tk_inner_start(e, &er, p, n);
	tk_csn1_init(&b, p, n);
	d.e = e;
	d.b = &b;
	d.er = &er;
	d.stop = 0;
	rac(&d);
	tk_inner_finish(e, p, n, &er);
}
