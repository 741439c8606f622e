/*
 * Capability values inside MAP/CAP OCTET STRINGs: the TS 24.008 10.5.1.6 Mobile Station
 * Classmark 2 (MAP MS-Classmark2) and the TS 29.078 IPSSPCapabilities of CAP.
 *
 * Each function emits ONE value, an object that always holds "hex" (the raw octets) and,
 * when the octets do not follow the format, what could be decoded plus
 * "error": {"offset": N, "reason": "..."}.  Nothing is read outside p[0..n-1].
 */
#ifndef TK_CLASSMARK_H
#define TK_CLASSMARK_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"

/* Mobile Station Classmark 2 value part (3 octets): "revisionLevel", "esInd",
 * "a51Available", "rfPowerCapability", "psCapability", "ssScreeningIndicator",
 * "smCapability", "vbs", "vgcs", "fc", "cm3", "lcsVaCapability", "ucs2", "soLsa", "cmsp",
 * "a53Available", "a52Available" (flags as true/false, codes by name) */
void tk_emit_ms_classmark2(struct tk_emitter *e, const uint8_t *p, size_t n);

/* IPSSPCapabilities (1..4 octets): the standard part (octet 1) as "ipRoutingAddress",
 * "voiceBack", "voiceInformationViaSpeechRecognition",
 * "voiceInformationViaVoiceRecognition", "generationOfVoiceAnnouncementsFromText"
 * (true/false), then any further octets as "bilateralPart" (hex) */
void tk_emit_ipssp_capabilities(struct tk_emitter *e, const uint8_t *p, size_t n);

#endif
