/*
 * SMS TPDUs (3GPP TS 23.040 clause 9.2), as MAP carries them in sm-RP-UI, decoded to one
 * emitter value.
 */
#ifndef TK_SMS_H
#define TK_SMS_H

#include <stddef.h>
#include <stdint.h>

struct tk_emitter;

/*
 * Emit ONE value, an object describing the TPDU p[0..n): "type", the TP fields by their
 * TS 23.040 names in camelCase, the user data decoded by its TS 23.038 coding, always
 * "hex" (the raw TPDU) and, when the octets are truncated or inconsistent, what could be
 * decoded plus "error": {"offset", "reason"}.  Never reads outside p[0..n).
 *
 * TP-MTI alone does not say which TPDU it is: the same code means two TPDUs, one per
 * direction.  from_ms = 1: MS -> SC (SMS-SUBMIT, SMS-DELIVER-REPORT, SMS-COMMAND);
 * 0: SC -> MS (SMS-DELIVER, SMS-SUBMIT-REPORT, SMS-STATUS-REPORT); -1: unknown, then the
 * common reading is taken (MTI 0 SMS-DELIVER, 1 SMS-SUBMIT, 2 SMS-STATUS-REPORT) and the
 * output says "directionAssumed": true.
 */
void tk_emit_sms_tpdu(struct tk_emitter *e, const uint8_t *p, size_t n, int from_ms);

/*
 * One TP field on its own, as TS 29.078 InitialDPSMSArg carries them: TPShortMessage-
 * SpecificInfo (the first octet of the TPDU), TPProtocolIdentifier, TPDataCodingScheme,
 * TPValidityPeriod (1 octet relative, or 7 octets in the format vpf names: TP-VPF from the
 * first octet, 1 enhanced, 3 absolute, -1 not known: absolute assumed and said).
 */
enum tk_tp_field { TK_TP_FIRST_OCTET, TK_TP_PID, TK_TP_DCS, TK_TP_VP };
void tk_emit_tp_field(struct tk_emitter *e, enum tk_tp_field f, const uint8_t *p, size_t n, int vpf);

/* a TS 23.040 9.1.2.5 address field on its own (TS 29.002 SM-RP-SMEA): "ton", "npi",
 * "digits" or "text" (alphanumeric), "hex", "error" */
void tk_emit_sms_address(struct tk_emitter *e, const uint8_t *p, size_t n);

/* the 7 semi-octet time stamp of TS 23.040 9.2.3.11 (also TS 24.008 10.5.3.9): year,
 * month, day, hour, minute, second into v; NULL, or what is wrong with it */
const char *tk_scts_fields(const uint8_t *t, int v[6]);

/* TS 23.038 text as UTF-8 (used for USSD too): -1 if out is too small */
int tk_gsm7_default_text(const uint8_t *p, size_t n, size_t septets, char *out, size_t out_size);
int tk_ucs2_text(const uint8_t *p, size_t n, char *out, size_t out_size);

#endif
