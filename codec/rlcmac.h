/*
 * TS 44.060 (GPRS RLC/MAC) downlink control messages as the handover containers carry them:
 * the BSSGP PS Handover Command, DTM Handover Command and SI/PSI Container IEs (TS 48.018
 * 11.3.95, 11.3.97, 11.3.95b, inside RANAP's and S1AP's BSS containers) and the GERAN
 * targetRAT-MessageContainer of TS 36.331's MobilityFromEUTRACommand.  The messages are
 * CSN.1 (read with csn1.h's bit reader), without the MAC header of the radio block.
 */
#ifndef TK_RLCMAC_H
#define TK_RLCMAC_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"

/*
 * One downlink RLC/MAC control message (TS 44.060 11.2.0.1), from its MESSAGE_TYPE:
 * "messageType" and "messageTypeName" for every downlink message type, "pageMode" /
 * "pageModeName", and for the PS HANDOVER COMMAND (11.2.43) and the DTM HANDOVER COMMAND
 * (11.2.46) their fields ("globalTfi", "containerId", "psHandoverToAGbModePayload" with
 * "psHandoverRadioResources" ..., "dtmHandoverToAGbModePayload" ...), with the Radio Resources
 * 2 and 3 IEs and the E-UTRAN RRC container (a DL-DCCH-Message through lte_rrc.c; the
 * emitter's rrc_container_depth bounds that nesting).
 */
void tk_emit_rlcmac_dl(struct tk_emitter *e, const uint8_t *p, size_t n);

/*
 * The value of the BSSGP SI/PSI Container (TS 48.018 11.3.95b): "numberOfSiPsi", "type"
 * (SI of TS 44.018 or PSI of TS 44.060) and one object per message ("messageType" and its
 * name; for a PSI its "pageMode"), each with its octets in hex and the fields decoded beside
 * them: of SI 1, 2, 2bis, 2ter, 2quater, 3, 4 and 13 their IEs and rest octets (in part), of a
 * PSI1, PSI2 or PSI13 its fields (also decoded by tk_emit_rlcmac_dl).
 */
void tk_emit_rlcmac_si_psi(struct tk_emitter *e, const uint8_t *p, size_t n);

#endif
