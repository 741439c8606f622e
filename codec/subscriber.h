/*
 * Subscriber, GPRS and SMS values that MAP (TS 29.002) and CAP (TS 29.078) carry in OCTET
 * STRINGs whose octets another standard defines: PDP and PDN types and addresses
 * (TS 29.060, TS 29.272), GSN addresses (TS 23.003), charging characteristics (TS 32.251),
 * times (TS 29.272, RFC 3588), area and group identities (TS 23.003, Q.763), alerting
 * patterns, subaddresses and capabilities (TS 24.008, Q.931), RP causes and SME addresses
 * (TS 24.011, TS 23.040), and names (RFC 3588 DiameterIdentity, FQDN, SIP URI, APN).
 *
 * Each function emits ONE value, an object that always holds "hex" (the raw octets) and,
 * when the octets do not follow the format, what could be decoded plus
 * "error": {"offset": N, "reason": "..."}.  Nothing is read outside p[0..n-1]; p may be
 * NULL when n is 0.
 */
#ifndef TK_SUBSCRIBER_H
#define TK_SUBSCRIBER_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"

/* ---- PDP / PDN --------------------------------------------------------------------------- */

/* PDP-Type, Ext-PDP-Type (2 octets, TS 29.060 7.7.27 PDP type organisation and number):
 * "pdpTypeOrganization" ("ETSI", "IETF"), "pdpTypeNumber", "pdpType" ("IPv4", "IPv6",
 * "IPv4v6", "PPP", "Non-IP") */
void tk_emit_pdp_type(struct tk_emitter *e, const uint8_t *p, size_t n);
/* TS 29.078 EndUserAddress: the two octets of a PDP type as separate OCTET STRINGs,
 * pDPTypeOrganization (org < 0) and pDPTypeNumber, named by the organisation of its
 * sibling (0 ETSI, 1 IETF; other values: the number only) */
void tk_emit_pdp_type_part(struct tk_emitter *e, int org, const uint8_t *p, size_t n);

/* PDN-Type (1 octet, TS 29.002 / TS 29.272): "pdnType" ("IPv4", "IPv6", "IPv4v6",
 * "IPv4_or_IPv6") */
void tk_emit_pdn_type(struct tk_emitter *e, const uint8_t *p, size_t n);

/* PDP-Address (TS 29.060 7.7.27 PDP address): by length, "ipv4Address" (4 octets),
 * "ipv6Address" (16), both (20, IPv4v6); 1-7 octets (X.25) stay in "hex" */
void tk_emit_pdp_address(struct tk_emitter *e, const uint8_t *p, size_t n);

/* GSN-Address (TS 23.003: address type and length octet, then the address):
 * "addressType", "addressLength", "address" (dotted IPv4 / RFC 5952 IPv6 text) */
void tk_emit_gsn_address(struct tk_emitter *e, const uint8_t *p, size_t n);

/* ChargingCharacteristics (2 octets, TS 32.251 Annex A): "value" (the 16 bits),
 * "profileIndex" and "profile" (normal, prepaid, flat rate, hot billing), "behaviour"
 * (the 12 behaviour bits) */
void tk_emit_charging_characteristics(struct tk_emitter *e, const uint8_t *p, size_t n);

/* ---- times ------------------------------------------------------------------------------- */

/* TimeZone (2..3 octets, TS 29.272 7.3.163 Time-Zone: text such as "+4", the offset from UTC
 * in quarter hours, daylight saving included): "text", "quarterHours", "utcOffset" ("+01:00") */
void tk_emit_time_zone(struct tk_emitter *e, const uint8_t *p, size_t n);

/* Time (4 octets, RFC 3588 Time: NTP seconds since 1900-01-01 00:00 UTC, wrapping in 2036 as
 * RFC 4330 says): "ntpSeconds", "utc" (ISO 8601, "2024-05-01T12:00:00Z") */
void tk_emit_diameter_time(struct tk_emitter *e, const uint8_t *p, size_t n);

/* ---- identities -------------------------------------------------------------------------- */

/* LAC (2 octets, TS 23.003 location area code): "lac" */
void tk_emit_lac(struct tk_emitter *e, const uint8_t *p, size_t n);

/* ZoneCode (2 octets, TS 23.003 regional subscription zone code): "zoneCode" */
void tk_emit_zone_code(struct tk_emitter *e, const uint8_t *p, size_t n);

/* CUG-Interlock (4 octets, ITU-T Q.763 3.15 / ETS 300 138): "networkIdentity" (4 digits),
 * "binaryCode" */
void tk_emit_cug_interlock(struct tk_emitter *e, const uint8_t *p, size_t n);

/* LSAIdentity (3 octets, TS 23.003 LSA ID): "lsaId", "lsaIdType" (PLMN significant /
 * universal) */
void tk_emit_lsa_identity(struct tk_emitter *e, const uint8_t *p, size_t n);

/* ---- call related ------------------------------------------------------------------------ */

/* AlertingPattern of MAP (1 octet, TS 29.002 / TS 24.008 10.5.4.26): "patternType",
 * "alertingPattern" ("alerting level 1", "alerting category 3", ...) */
void tk_emit_alerting_pattern(struct tk_emitter *e, const uint8_t *p, size_t n);
/* AlertingPattern of CAP (3 octets, TS 29.078: the last one is the MAP octet) */
void tk_emit_cap_alerting_pattern(struct tk_emitter *e, const uint8_t *p, size_t n);

/* ISDN-SubaddressString (TS 29.002 / TS 24.008 10.5.4.8, Q.931 4.5.11): "typeOfSubaddress",
 * "oddEvenIndicator", then for an NSAP "afi" and "ia5" (AFI 50) or "information" (hex) */
void tk_emit_isdn_subaddress(struct tk_emitter *e, const uint8_t *p, size_t n);

/* HighLayerCompatibility (CAP, from INAP CS1: the Q.931 4.5.17 IE from octet 3):
 * "codingStandard", "interpretation", "presentationMethod", "highLayerCharacteristics",
 * "extendedHighLayerCharacteristics" */
void tk_emit_high_layer_compatibility(struct tk_emitter *e, const uint8_t *p, size_t n);

/* ---- GPRS capabilities ------------------------------------------------------------------- */

/* MSNetworkCapability (1..8 octets, TS 24.008 10.5.5.12 value part): one key per bit or
 * field ("gea1", "smCapabilitiesViaDedicatedChannels", ... "gea2".."gea7", "gia4".."gia7") */
void tk_emit_ms_network_capability(struct tk_emitter *e, const uint8_t *p, size_t n);

/* MSRadioAccessCapability: see csn1.h (tk_emit_ms_radio_access_capability) */

/* ---- SMS --------------------------------------------------------------------------------- */

/* RPCause, MT-SMSCause (CAP, 1 octet, TS 24.011 8.2.5.4 cause value octet): "causeValue",
 * "cause" */
void tk_emit_rp_cause(struct tk_emitter *e, const uint8_t *p, size_t n);


/* ---- names ------------------------------------------------------------------------------- */

/* DiameterIdentity, FQDN, SIP-URI (text octets, RFC 3588 / RFC 3261): "text", with octets
 * outside printable ASCII written as \xNN and the first of them reported as "error" */
void tk_emit_text_octets(struct tk_emitter *e, const uint8_t *p, size_t n);

/* APN-OI-Replacement (TS 23.003 9.1 APN labels): "apn" (dotted) */
void tk_emit_apn_oi_replacement(struct tk_emitter *e, const uint8_t *p, size_t n);

/* ---- numbers ----------------------------------------------------------------------------- */

/* UE-UsageType (4 octets, TS 29.272 UE-Usage-Type Unsigned32): "ueUsageType" */
void tk_emit_ue_usage_type(struct tk_emitter *e, const uint8_t *p, size_t n);

/* Restoration-Priority (1 octet, TS 29.272): "restorationPriority" */
void tk_emit_restoration_priority(struct tk_emitter *e, const uint8_t *p, size_t n);

/* CS-AllocationRetentionPriority (1 octet, TS 29.002 / TS 23.107 priority level):
 * "priorityLevel" */
void tk_emit_cs_allocation_retention_priority(struct tk_emitter *e, const uint8_t *p, size_t n);

/* EDRX-Cycle-Length-Value (1 octet, TS 29.272 7.3.216: TS 24.008 10.5.5.32 eDRX value in bits
 * 4-1): "edrxValue", and "edrxCycleLength" ("20.48 s") when rat, the Used-RAT-Type of the
 * enclosing EDRX-Cycle-Length (TS 29.002), is e-utran (4); -1 when it is not known */
void tk_emit_edrx_cycle_length_value(struct tk_emitter *e, const uint8_t *p, size_t n, int rat);

#endif
