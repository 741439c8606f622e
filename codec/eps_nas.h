/*
 * EPS NAS (3GPP TS 24.301) inside LTE RRC: the NAS messages of dedicatedInfoNAS (TS 36.331
 * DedicatedInfoNAS, "a NAS message as defined in TS 24.301"), and the NAS security parameters
 * an E-UTRAN handover command carries for the UE (TS 36.331 SecurityConfigHO and
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

/*
 * A NAS message (9.1).  EMM (protocol discriminator 7): "securityHeaderTypeValue",
 * "securityHeaderType" (9.3.1), "protocolDiscriminator"; a plain message then has
 * "messageType", "message" (Table 9.8.1), its mandatory elements by name and "ies":
 * [{"iei", "name", "value"}]; a security protected one (8.2.23) "messageAuthenticationCode"
 * (hex), "sequenceNumber" and "nasMessage" (the plain message, the same object one level
 * down) or, ciphered, "cipheredNasMessage" (hex) and "note"; a SERVICE REQUEST (8.2.25)
 * "message", "ksi", "sequenceNumber", "shortMac".  ESM (2): "protocolDiscriminator",
 * "epsBearerIdentity", "procedureTransactionIdentity", "messageType", "message" (Table 9.8.2)
 * and the elements.  A message whose elements tcapkit does not decode keeps them as "ies"
 * (hex) with a "note"; a 5GS NAS message (TS 24.501) has "protocolDiscriminator", a "note"
 * and "nas5gs", the message as nas_5gs.h decodes it.
 */
void tk_emit_eps_nas(struct tk_emitter *e, const uint8_t *p, size_t n);
/* the same, depth levels down a chain of NAS messages nested in each other (the EPS NAS
 * message container of a 5GS NAS message): nas_5gs.c and this file share one bound */
void tk_emit_eps_nas_at(struct tk_emitter *e, const uint8_t *p, size_t n, int depth);

/* 9.9.2.7 NAS security parameters to E-UTRA, value part (6 octets: TS 36.331
 * nas-SecurityParamToEUTRA): "nonceMme" (hex), "cipheringAlgorithm",
 * "integrityProtectionAlgorithm" (9.9.3.23 names), "typeOfSecurityContext",
 * "nasKeySetIdentifier" (9.9.3.21) */
void tk_emit_nas_security_params_to_eutra(struct tk_emitter *e, const uint8_t *p, size_t n);

/* 9.9.2.6 NAS security parameters from E-UTRA, value part (1 octet: TS 36.331
 * nas-SecurityParamFromEUTRA): "dlNasCountShort", the 4 least significant bits of the
 * downlink NAS COUNT */
void tk_emit_nas_security_params_from_eutra(struct tk_emitter *e, const uint8_t *p, size_t n);

/* Element values from octet 3 (the value part):
 * 9.9.3.12 EPS mobile identity: "typeOfIdentity", then for a GUTI "mcc", "mnc", "mmeGroupId",
 * "mmeCode", "mTmsi" (hex), for an IMSI or IMEI "oddNumberOfDigits" and "imsi" / "imei" */
void tk_emit_eps_mobile_identity(struct tk_emitter *e, const uint8_t *p, size_t n);
/* 9.9.3.33 Tracking area identity list: "partialLists": [{"typeOfList", "numberOfElements",
 * "mcc", "mnc", "tacs": [...]} or, for TAIs of different PLMNs, {..., "tais": [{"mcc", "mnc",
 * "tac"}]}] */
void tk_emit_tai_list(struct tk_emitter *e, const uint8_t *p, size_t n);
/* ... the same layout for TAC lengths other than 2 (TS 24.501 9.11.3.9: 3 octets), with the
 * type-of-list names and the name of the value in errors ("a 5GS tracking area identity list") */
/* the fields of one packet filter component of a TFT (TS 24.008 10.5.6.12) or a 5GS QoS rule
 * (TS 24.501 9.11.4.13): type, and v holding the length of that type's value */
void tk_emit_packet_filter_component(struct tk_emitter *e, uint8_t type, const uint8_t *v);
struct tk_value_string;
struct tk_tai_list_kind {
	size_t tac_len;
	const struct tk_value_string *list_names;
	const char *what;
};
void tk_emit_tai_list_of(struct tk_emitter *e, const uint8_t *p, size_t n,
			 const struct tk_tai_list_kind *kind);
/* 9.9.3.36 UE security capability: "epsEncryptionAlgorithms", "epsIntegrityAlgorithms",
 * "umtsEncryptionAlgorithms", "umtsIntegrityAlgorithms", "gprsEncryptionAlgorithms" (the
 * supported ones by name) */
void tk_emit_ue_security_capability(struct tk_emitter *e, const uint8_t *p, size_t n);
/* 9.9.3.34 UE network capability, from octet 3 ("epsEncryptionAlgorithms",
 * "epsIntegrityAlgorithms", "umtsEncryptionAlgorithms", "ucs2", "umtsIntegrityAlgorithms",
 * "features"); also carried by the TS 24.008 GMM messages (dtap.c) */
void tk_emit_ue_network_capability(struct tk_emitter *e, const uint8_t *p, size_t n);
/* 9.9.4.3 EPS quality of service: "qciValue", "qci", "maximumBitRateUplinkKbps",
 * "maximumBitRateDownlinkKbps", "guaranteedBitRateUplinkKbps", "guaranteedBitRateDownlinkKbps"
 * (each the value its octet, extended and extended-2 octets give together) */
void tk_emit_eps_qos(struct tk_emitter *e, const uint8_t *p, size_t n);
/* TS 24.008 10.5.6.12 Traffic flow template (9.9.4.16): "tftOperationCode",
 * "parametersListIncluded", "numberOfPacketFilters", "packetFilters":
 * [{"packetFilterIdentifier", "direction", "evaluationPrecedence", "components": [{"type",
 * the component's fields}]}], "parameters": [{"parameterIdentifier", "contents"}] */
void tk_emit_tft(struct tk_emitter *e, const uint8_t *p, size_t n);

/* 9.9.4.2 APN-AMBR, 9.9.4.29 extended APN-AMBR, 9.9.4.30 extended EPS QoS (the values of the
 * ESM elements of those names) */
void tk_emit_apn_ambr(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_extended_apn_ambr(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_extended_eps_qos(struct tk_emitter *e, const uint8_t *p, size_t n);
/* 9.9.3.56 Ciphering key data: "cipheringDataSets": [{"cipheringSetId", "cipheringKey" (hex),
 * "c0" (hex), "eutraPosSibTypes", "nrPosSibTypes" (the applicable posSIB types by name),
 * "validityStartTime" ("20YY-MM-DDTHH:MM"), "validityDurationMinutes", "taiList" (tai_list's
 * value)}]; tk_emit_ciphering_key_data() with the EPS TAI list (9.9.3.33) */
void tk_emit_ciphering_key_data_of(struct tk_emitter *e, const uint8_t *p, size_t n,
				   void (*tai_list)(struct tk_emitter *e, const uint8_t *p, size_t n));
void tk_emit_ciphering_key_data(struct tk_emitter *e, const uint8_t *p, size_t n);
/* 9.9.3.60 UE radio capability ID: "ueRadioCapabilityId" (its hexadecimal digits),
 * "typeFieldValue", "typeField" (TS 23.003 29.2), "vendorId" (manufacturer-assigned),
 * "versionId" (network-assigned), "radioConfigurationIdentifier" */
void tk_emit_ue_radio_capability_id(struct tk_emitter *e, const uint8_t *p, size_t n);
/* values whose TS 24.501 elements share the TS 24.301 layout: 9.9.2.1 EPS bearer context
 * status, 9.9.4.22 header compression configuration, 9.9.4.28 serving PLMN rate control,
 * 9.9.4.13A re-attempt indicator, 9.9.3.xx UE status (N1 / S1 mode registered), 9.9.3.55
 * additional information requested */
void tk_emit_eps_bearer_context_status(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_header_compression_configuration(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_serving_plmn_rate_control(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_reattempt_indicator(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_ue_status(struct tk_emitter *e, const uint8_t *p, size_t n);
void tk_emit_additional_information_requested(struct tk_emitter *e, const uint8_t *p, size_t n);
/* 9.9.3.37A Extended emergency number list: "eenlvValue", "eenlv", "emergencyNumbers":
 * [{"emergencyNumber", "subServices" (hex)}] */
void tk_emit_extended_emergency_number_list(struct tk_emitter *e, const uint8_t *p, size_t n);

#endif
