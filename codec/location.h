/*
 * Location values that MAP and CAP carry in OCTET STRINGs: cell and area identities
 * (TS 23.003, TS 29.002), geographical descriptions (TS 23.032) and the TS 24.008 BCD
 * numbers CAP uses for the dialled number.
 *
 * Each function emits ONE value, an object that always holds "hex" (the raw octets) and,
 * when the octets do not follow the format, what could be decoded plus
 * "error": {"offset": N, "reason": "..."}.  Nothing is read outside p[0..n-1].
 */
#ifndef TK_LOCATION_H
#define TK_LOCATION_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"

/* which identity the octets hold; the ASN.1 type (or CHOICE member) says which */
enum tk_loc_kind {
	TK_LOC_CGI = 0,		/* cell global id: MCC MNC LAC CI, 7 octets (CellGlobalIdOrServiceAreaIdFixedLength) */
	TK_LOC_SAI,		/* service area id: MCC MNC LAC SAC, 7 octets (same type, other CHOICE member) */
	TK_LOC_LAI,		/* location area id: MCC MNC LAC, 5 octets (LAIFixedLength) */
	TK_LOC_RAI,		/* routeing area id: MCC MNC LAC RAC, 6 octets (RAIdentity) */
	TK_LOC_TAI,		/* tracking area id: MCC MNC TAC, 5 octets (TA-Id) or 6 with a 5GS TAC (NR-TA-Id) */
	TK_LOC_ECGI,		/* E-UTRAN cell global id: MCC MNC ECI (28 bits), 7 octets (E-UTRAN-CGI) */
	TK_LOC_NCGI,		/* NR cell global id: MCC MNC NCI (36 bits), 8 octets (NR-CGI) */
	TK_LOC_PLMN,		/* PLMN-Id: MCC MNC, 3 octets */
	TK_LOC_UCID,		/* UTRAN cell: MCC MNC UC-Id (4 octets), 7 octets (AreaIdentification) */
	TK_LOC_MCC,		/* country code: MCC, 2 octets (AreaIdentification) */
	TK_LOC_RNC,		/* RNC: MCC MNC LAC RNC-Id, 7 octets (TS 29.002 RNCId) */
};

/* "mcc", "mnc" (strings, 2 or 3 MNC digits) and "lac", "ci", "sac", "rac", "tac", "eci", "nci",
 * "ucId" */
struct tk_inner_err;

/* "mcc", "mnc" of the 3-octet PLMN identity at p (TS 24.008 10.5.1.3) into the open object;
 * a digit that is not decimal is reported at base + its octet */
void tk_emit_plmn_fields(struct tk_emitter *e, const uint8_t *p, struct tk_inner_err *er, size_t base);
void tk_emit_plmn_cell(struct tk_emitter *e, const uint8_t *p, size_t n, enum tk_loc_kind kind);

/* TS 23.032 shape: "shape", "latitude"/"longitude" (degrees, 6 decimals), uncertainties in
 * metres, ... (GeographicalInformation, Ext-GeographicalInformation, Add-GeographicalInformation) */
void tk_emit_geographical_info(struct tk_emitter *e, const uint8_t *p, size_t n);

/* ITU-T Q.763 3.88 calling geodetic location (MAP GeodeticInformation, 10 octets):
 * "locationPresentation", "screening", "shape", then the TS 23.032 point with uncertainty
 * circle and confidence that MAP allows */
void tk_emit_geodetic_info(struct tk_emitter *e, const uint8_t *p, size_t n);

/* TS 23.032 6.2: metres (in millimetres) of a 7-bit uncertainty code, r = 10 * (1.1^k - 1) */
unsigned long tk_gad_uncertainty_mm(unsigned k);
/* TS 23.032 6.4: metres (in millimetres) of an altitude uncertainty code,
 * h = 45 * (1.025^k - 1) */
unsigned long tk_gad_uncertainty_altitude_mm(unsigned k);
/* key: millimetres shown as metres with 3 decimals (a JSON number) */
void tk_emit_kv_mm(struct tk_emitter *e, const char *key, unsigned long mm);

/* TS 24.008 10.5.4.7 Called Party BCD Number contents (from octet 3, which has no octet 3a):
 * "typeOfNumber", "numberingPlan", "digits" */
void tk_emit_bcd_number_24008(struct tk_emitter *e, const uint8_t *p, size_t n);
/* ... 10.5.4.9 Calling Party and 10.5.4.21b Redirecting Party BCD Number: the same, with
 * octet 3a when bit 8 of octet 3 is 0 ("presentationIndicator", "screeningIndicator") */
void tk_emit_calling_bcd_number_24008(struct tk_emitter *e, const uint8_t *p, size_t n);

#endif
