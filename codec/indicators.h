/*
 * Small OCTET STRINGs of MAP (TS 29.002) and CAP (TS 29.078) whose bits the standards'
 * ASN.1 comments define (indicators.c).  Each function emits one object with "hex" and,
 * when the octets do not follow the definition, "error".
 */
#ifndef TK_INDICATORS_H
#define TK_INDICATORS_H

#include <stddef.h>
#include <stdint.h>

struct tk_emitter;

/* 'xxxx xx01'B / 'xxxx xx10'B indicators, named by their ASN.1 component (CAP
 * conferenceTreatmentIndicator, ..., MAP CallDiversionTreatmentIndicator) */
int tk_treatment_indicator_known(const char *element);
void tk_emit_treatment_indicator(struct tk_emitter *e, const char *element, const uint8_t *p, size_t n);

enum tk_code_kind {
	TK_CODE_CHARGE_INDICATOR,	/* TS 29.078 ChargeIndicator (Q.763) */
	TK_CODE_INTER_CUG_RESTRICTIONS,	/* TS 29.002 InterCUG-Restrictions */
	TK_CODE_MM_CODE,		/* TS 29.002 MM-Code */
	TK_CODE_SGSN_CAPABILITIES,	/* TS 29.078 SGSNCapabilities */
	TK_CODE_CAUSE_VALUE,		/* TS 29.002 CauseValue (Q.850 cause value) */
	TK_CODE_NA_OLI,			/* TS 29.078 NAOliInfo (ANSI T1.113) */
	TK_CODE_KEY_SET_ID,		/* TS 29.002 Cksn, KSI (TS 24.008 10.5.1.2) */
	TK_CODE_NA_CARRIER_SELECTION,	/* TS 29.078 phase 2 NACarrierSelectionInfo */
};
void tk_emit_code_octet(struct tk_emitter *e, enum tk_code_kind kind, const uint8_t *p, size_t n);

/* an unsigned number in 1-4 octets, most significant first (GPRSChargingID, PDPID) */
void tk_emit_uint_octets(struct tk_emitter *e, const uint8_t *p, size_t n);

enum tk_cap_bcd_kind {
	TK_CAP_BCD_DIGIT_PER_OCTET,	/* CollectedDigits endOfReplyDigit, cancelDigit, startDigit */
	TK_CAP_BCD_TIME,		/* VariablePart time: HH:MM */
	TK_CAP_BCD_DATE,		/* VariablePart date: YYYYMMDD */
	TK_CAP_BCD_PRICE,		/* VariablePart price: 6 digits and 2 decimals */
};
void tk_emit_cap_bcd(struct tk_emitter *e, enum tk_cap_bcd_kind kind, const uint8_t *p, size_t n);

void tk_emit_naea_cic(struct tk_emitter *e, const uint8_t *p, size_t n);	/* TS 29.002 NAEA-CIC */

/* TS 29.002 TransactionId (TS 24.008 10.5.6.7 value part); TS 29.078 NAChargeNumber */
void tk_emit_transaction_id(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_na_charge_number(struct tk_emitter *e, const uint8_t *p, size_t n);

/* Q.763 3.60 user-to-user indicators and 3.61 user-to-user information (MAP UUIndicator, UUI) */
void tk_emit_uu_indicators(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_uu_information(struct tk_emitter *e, const uint8_t *p, size_t n);

#endif
