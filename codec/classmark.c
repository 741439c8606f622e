/*
 * Capabilities inside MAP/CAP OCTET STRINGs: the TS 24.008 10.5.1.6 Mobile Station
 * Classmark 2 value part (MAP MS-Classmark2) and CAP's IPSSPCapabilities (TS 29.078, the
 * coding is in the comment of the ASN.1 type).
 *
 * Flags come out as true/false under a key saying what true means; codes by name.
 */
#include <stdio.h>
#include <string.h>

#include "classmark.h"
#include "inner.h"
#include "names.h"

/* ---- common ----------------------------------------------------------------------------- */

/* ---- Mobile Station Classmark 2 (TS 24.008 10.5.1.6) ------------------------------------------ */

/* revision level, octet 3 bits 7-6 */
static const struct tk_value_string revision_names[] = {
	{ 0, "reserved for GSM phase 1" },
	{ 1, "used by GSM phase 2 mobile stations" },
	{ 2, "used by mobile stations supporting R99 or later versions of the protocol" },
	{ 3, "reserved for future use" },
	{ 0, NULL }
};

/* RF power capability, octet 3 bits 3-1; the class is the code plus one in every band
 * (GSM 900 has classes 1 to 5, DCS 1800 and PCS 1900 classes 1 to 3) */
static const struct tk_value_string rf_power_names[] = {
	{ 0, "class 1" },
	{ 1, "class 2" },
	{ 2, "class 3" },
	{ 3, "class 4" },
	{ 4, "class 5" },
	{ 7, "RF power capability is irrelevant in this information element" },
	{ 0, NULL }
};

/* SS screening indicator, octet 4 bits 6-5 (TS 24.080) */
static const struct tk_value_string ss_screening_names[] = {
	{ 0, "default value of phase 1" },
	{ 1, "capability of handling of ellipsis notation and phase 2 error handling" },
	{ 2, "for future use" },
	{ 3, "for future use" },
	{ 0, NULL }
};

/* UCS2 treatment, octet 5 bit 5 */
static const struct tk_value_string ucs2_names[] = {
	{ 0, "the ME has a preference for the default alphabet over UCS2" },
	{ 1, "the ME has no preference between the use of the default alphabet and the use of UCS2" },
	{ 0, NULL }
};

void tk_emit_ms_classmark2(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1)
		goto trunc;
	/* octet 3: spare, revision level (2 bits), ES IND, A5/1, RF power capability (3) */
	tk_inner_emit_name(e, "revisionLevel", revision_names, NULL, "reserved", (p[0] >> 5) & 3);
	/* ES IND: controlled early classmark sending implemented */
	tk_emit_kv_bool(e, "esInd", p[0] & 0x10);
	/* A5/1: 0 available, 1 not available */
	tk_emit_kv_bool(e, "a51Available", !(p[0] & 0x08));
	tk_inner_emit_name(e, "rfPowerCapability", rf_power_names, NULL, "reserved", p[0] & 7);
	if (n < 2)
		goto trunc;
	/* octet 4: spare, PS capability, SS screening indicator (2 bits), SM capability, VBS,
	 * VGCS, FC */
	tk_emit_kv_bool(e, "psCapability", p[1] & 0x40);		/* pseudo-synchronisation present */
	tk_inner_emit_name(e, "ssScreeningIndicator", ss_screening_names, NULL, "reserved", (p[1] >> 4) & 3);
	tk_emit_kv_bool(e, "smCapability", p[1] & 0x08);		/* MT SMS point to point supported */
	tk_emit_kv_bool(e, "vbs", p[1] & 0x04);			/* VBS capability and notifications wanted */
	tk_emit_kv_bool(e, "vgcs", p[1] & 0x02);			/* VGCS capability and notifications wanted */
	tk_emit_kv_bool(e, "fc", p[1] & 0x01);			/* E-GSM or R-GSM supported (GSM 900 bands) */
	if (n < 3)
		goto trunc;
	/* octet 5: CM3, spare, LCS VA, UCS2, SoLSA, CMSP, A5/3, A5/2 */
	tk_emit_kv_bool(e, "cm3", p[2] & 0x80);			/* more capabilities in Classmark 3 */
	tk_emit_kv_bool(e, "lcsVaCapability", p[2] & 0x20);		/* LCS value added location request */
	tk_inner_emit_name(e, "ucs2", ucs2_names, NULL, "reserved", (p[2] >> 4) & 1);
	tk_emit_kv_bool(e, "soLsa", p[2] & 0x08);			/* SoLSA supported */
	tk_emit_kv_bool(e, "cmsp", p[2] & 0x04);			/* network initiated MO CM connection request */
	tk_emit_kv_bool(e, "a53Available", p[2] & 0x02);
	tk_emit_kv_bool(e, "a52Available", p[2] & 0x01);
	tk_inner_extra(&er, n, 3, "a Mobile Station Classmark 2");
	goto out;
trunc:
	tk_inner_fail(&er, n, "truncated: a Mobile Station Classmark 2 has 3 octets, %zu present", n);
out:
	tk_inner_finish(e, p, n, &er);
}

/* ---- IPSSPCapabilities (TS 29.078) -------------------------------------------------------- */

/*
 * Octet 1 is the standard part: bits 0-4 (bit 0 the least significant) say what the
 * gsmSRF supports, bits 5-6 are reserved, bit 7 at 0 ends the standard part (1, "the
 * standard part continues", is reserved in CAP).  Octets 2 to 4 are the bilateral part.
 * CAP bounds the whole to 1..4 octets.
 */
void tk_emit_ipssp_capabilities(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	if (n < 1) {
		tk_inner_fail(&er, 0, "truncated: an IPSSPCapabilities has 1 to 4 octets, 0 present");
		goto out;
	}
	tk_emit_kv_bool(e, "ipRoutingAddress", p[0] & 0x01);
	tk_emit_kv_bool(e, "voiceBack", p[0] & 0x02);
	tk_emit_kv_bool(e, "voiceInformationViaSpeechRecognition", p[0] & 0x04);
	tk_emit_kv_bool(e, "voiceInformationViaVoiceRecognition", p[0] & 0x08);
	tk_emit_kv_bool(e, "generationOfVoiceAnnouncementsFromText", p[0] & 0x10);
	if (p[0] & 0x60)
		tk_emit_kv_long(e, "reservedBits", (p[0] >> 5) & 3);
	if (n > 1)
		tk_emit_kv_hex(e, "bilateralPart", p + 1, n - 1);
	if (p[0] & 0x80)
		tk_inner_fail(&er, 0, "bit 7 of octet 1 (standard part continues) is reserved in CAP");
	else if (n > 4)
		tk_inner_fail(&er, 4, "%zu octets, an IPSSPCapabilities has at most 4", n);
out:
	tk_inner_finish(e, p, n, &er);
}
