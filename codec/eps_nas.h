/*
 * EPS NAS (3GPP TS 24.301) values that reach SS7 signalling inside LTE RRC: the NAS security
 * parameters an E-UTRAN handover command carries for the UE (TS 36.331 SecurityConfigHO and
 * MobilityFromEUTRACommand), which the target eNB's HandoverCommand brings back to the MSC
 * or SGSN inside the S1AP, RANAP and BSSMAP handover containers.
 *
 * Each function emits ONE value, an object with the fields, "hex" and, when the octets do
 * not follow the format, "error": {"offset": N, "reason": "..."}.  Nothing is read outside
 * p[0..n-1].
 */
#ifndef TK_EPS_NAS_H
#define TK_EPS_NAS_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"

/* 9.9.2.7 NAS security parameters to E-UTRA, value part (6 octets: TS 36.331
 * nas-SecurityParamToEUTRA): "nonceMme" (hex), "cipheringAlgorithm",
 * "integrityProtectionAlgorithm" (9.9.3.23 names), "typeOfSecurityContext",
 * "nasKeySetIdentifier" (9.9.3.21) */
void tk_emit_nas_security_params_to_eutra(struct tk_emitter *e, const uint8_t *p, size_t n);

/* 9.9.2.6 NAS security parameters from E-UTRA, value part (1 octet: TS 36.331
 * nas-SecurityParamFromEUTRA): "dlNasCountShort", the 4 least significant bits of the
 * downlink NAS COUNT */
void tk_emit_nas_security_params_from_eutra(struct tk_emitter *e, const uint8_t *p, size_t n);

#endif
