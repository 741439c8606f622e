/*
 * OCTET STRINGs of TS 29.002 whose bits another standard defines: the MDT reporting
 * trigger of MAP-OM-DataTypes (TS 32.422) and the UTRAN additional positioning data and
 * civic address of MAP-LCS-DataTypes (TS 25.413).
 *
 * Each function emits ONE value, an object that always holds "hex" (the raw octets) and,
 * when the octets do not follow the format, what could be decoded plus
 * "error": {"offset": N, "reason": "..."}.  Nothing is read outside p[0..n-1].
 */
#ifndef TK_MDT_H
#define TK_MDT_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"

/*
 * ReportingTrigger (TS 29.002 MAP-OM-DataTypes, one octet), TS 32.422 5.10.4: one boolean
 * per bit, "periodical", "eventA2", "event1F", "event1I", "eventA2Periodic",
 * "allRrmEventTriggersLteNr", "allRrmEventTriggersUmts".  The bits name their RAT, so no
 * sibling of the MDT-Configuration is needed.
 */
void tk_emit_mdt_reporting_trigger(struct tk_emitter *e, const uint8_t *p, size_t n);

/*
 * UtranAdditionalPositioningData (TS 29.002 MAP-LCS-DataTypes, 1 to 8 octets): the TS 25.413
 * Additional-PositioningDataSet, one Additional-PositioningMethodAndUsage octet each:
 * "additionalPositioningMethods": [{"method", "additionalPositioningId", "usage"}]
 */
void tk_emit_utran_additional_positioning_data(struct tk_emitter *e, const uint8_t *p, size_t n);

/*
 * UtranCivicAddress (TS 29.002 MAP-LCS-DataTypes): the TS 25.413 9.2.3.59 Civic Address, a
 * UTF-8 PIDF-LO XML document (IETF RFC 4119): "pidfLo" (the text)
 */
void tk_emit_utran_civic_address(struct tk_emitter *e, const uint8_t *p, size_t n);

#endif
