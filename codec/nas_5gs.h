/*
 * 5GS NAS (3GPP TS 24.501 V17): the 5GMM and 5GSM messages that LTE RRC's dedicatedInfoNAS
 * carries when the E-UTRA cell is connected to 5GC (eps_nas.c hands them over by their
 * extended protocol discriminator).
 *
 * Each function emits ONE value, an object with the fields, "hex" and, when the octets do
 * not follow the format, "error": {"offset": N, "reason": "..."}.  Nothing is read outside
 * p[0..n-1].
 */
#ifndef TK_NAS_5GS_H
#define TK_NAS_5GS_H

#include <stddef.h>
#include <stdint.h>

#include "names.h"

#include "print.h"

/*
 * A 5GS NAS message (9.1): "extendedProtocolDiscriminatorValue", "extendedProtocolDiscriminator"
 * (9.2).  5GMM (0x7e): "securityHeaderTypeValue", "securityHeaderType" (9.3.1); a plain
 * message then "messageType", "message" (Table 9.7.1), its mandatory elements by name and
 * "ies": [{"iei", "name", "value"}]; a security protected one (9.1.1) "messageAuthenticationCode"
 * (hex), "sequenceNumber" and "nasMessage" (the plain message, the same object one level down)
 * or, ciphered (security header types 2 and 4), "cipheredNasMessage" (hex) and "note".  5GSM
 * (0x2e): "pduSessionIdentity", "procedureTransactionIdentity", "messageType", "message"
 * (Table 9.7.2) and the elements.  A message whose elements tcapkit does not decode keeps
 * them as "ies" (hex) with a "note".
 */
void tk_emit_5gs_nas(struct tk_emitter *e, const uint8_t *p, size_t n);

/* the same, depth levels down a chain of NAS messages nested in each other (EPS NAS inside
 * 5GS NAS inside EPS NAS ...): eps_nas.c and nas_5gs.c share one bound on the nesting */
void tk_emit_5gs_nas_at(struct tk_emitter *e, const uint8_t *p, size_t n, int depth);

/* Element values from octet 3 (the value part), for other decoders:
 * 9.11.3.4 5GS mobile identity: "typeOfIdentityValue", "typeOfIdentity", then by type (SUCI:
 * "supiFormatValue", "supiFormat", then for an IMSI "mcc", "mnc", "routingIndicator",
 * "protectionSchemeId", "protectionScheme", "homeNetworkPublicKeyId", and "msin" (null scheme)
 * or "schemeOutput" (with ECIES profiles A and B also "eccEphemeralPublicKey", "cipherText",
 * "macTag"), for a network specific identifier "nai"; 5G-GUTI: "mcc", "mnc", "amfRegionId",
 * "amfSetId", "amfPointer", "fiveGTmsi"; 5G-S-TMSI: "amfSetId", "amfPointer", "fiveGTmsi";
 * IMEI, IMEISV: "oddNumberOfDigits", "imei" / "imeisv"; MAC address:
 * "macAddressUsageRestriction", "macAddress"; EUI-64: "eui64") */
void tk_emit_5gs_mobile_identity(struct tk_emitter *e, const uint8_t *p, size_t n);
/* 9.11.3.37 NSSAI: "sNssais": [{"sst", "sstName", "sd", "mappedHplmnSst", "mappedHplmnSd"}] */
void tk_emit_nssai(struct tk_emitter *e, const uint8_t *p, size_t n);
/* 9.11.2.8 S-NSSAI contents (from octet 3): "sst", "sstName", "sd", "mappedHplmnSst",
 * "mappedHplmnSd" */
void tk_emit_5gs_snssai(struct tk_emitter *e, const uint8_t *p, size_t n);

/* value names other TS 24.501 users code the same way (ue_policy.c's URSP): 9.11.2.1A access
 * type, 9.11.4.11 PDU session type, 9.11.4.16 SSC mode */
extern const struct tk_value_string tk_5gs_access_type_names[];
extern const struct tk_value_string tk_5gs_pdu_session_type_names[];
extern const struct tk_value_string tk_5gs_ssc_mode_names[];
/* 9.11.3.9 5GS tracking area identity list: as tk_emit_tai_list (eps_nas.h) with 3-octet TACs */
void tk_emit_5gs_tai_list(struct tk_emitter *e, const uint8_t *p, size_t n);

#endif
