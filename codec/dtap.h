/*
 * DTAP: the layer 3 messages an MSC relays between the MS and another MSC (inter-MSC
 * handover, TS 29.010) or the radio network: TS 24.007 clause 11 header, TS 24.008
 * clause 9 mobility management and call control, GPRS mobility and session management
 * (the PS domain NAS-PDUs of RANAP), TS 44.018 clause 9.1 handover RR
 * messages, TS 24.080 clause 2 supplementary services, TS 24.011 clause 7 short messages.
 */
#ifndef TK_DTAP_H
#define TK_DTAP_H

#include <stddef.h>
#include <stdint.h>

struct tk_emitter;
struct tk_inner_err;

/*
 * The fields of ONE layer 3 message p[0..n) (p at the protocol discriminator octet), into
 * the object the caller has open: "protocolDiscriminator", "tiFlag" + "transactionId" or
 * "skipIndicator", "sendSequenceNumber" (MM, CC, SS), "messageType", "message", then the
 * mandatory elements by name and the optional ones under "ies".  The first problem goes
 * to er, its offset counted from base (the offset of p[0] in the caller's octets).
 */
void tk_emit_dtap_l3(struct tk_emitter *e, const uint8_t *p, size_t n, size_t base,
		     struct tk_inner_err *er);

/* the same as one object with "hex" and "error" (a RANAP NAS-PDU, a bare L3 message) */
void tk_emit_dtap(struct tk_emitter *e, const uint8_t *p, size_t n);

/* one TS 24.011 clause 7.3 RP message on its own, as the CP-User data of a CP-DATA decodes
 * it (TS 48.008 3.2.2.92 SMS to VGCS): "messageTypeIndicator", "messageType",
 * "messageReference", the addresses, "userData" (the TPDU), causes; "hex", "error" */
void tk_emit_rp_message(struct tk_emitter *e, const uint8_t *p, size_t n);

/*
 * TS 44.018 10.5.2.21aa MultiRate configuration from octet 3 (= TS 48.008 3.2.3.5 MultiRate
 * configuration information): "speechVersion", "noiseSuppressionOff",
 * "initialCodecModeIndicator", "startMode", "codecModes" (kbit/s), "thresholds":
 * [{"threshold", "thresholdDb", "hysteresis", "hysteresisDb"}]
 */
void tk_emit_multirate_config(struct tk_emitter *e, const uint8_t *p, size_t n);

#endif
