/*
 * The UE policy delivery service of TS 24.501 Annex D (the messages a 5GS DL / UL NAS TRANSPORT
 * carries in a payload container of type 5, "UE policy container") and the URSP policy part
 * contents of TS 24.526 clause 5.2.
 *
 * Each function emits ONE value, an object with the fields, "hex" and, when the octets do
 * not follow the format, "error": {"offset": N, "reason": "..."}.  Nothing is read outside
 * p[0..n-1].
 */
#ifndef TK_UE_POLICY_H
#define TK_UE_POLICY_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"

/*
 * A UE policy delivery service message (D.5): "procedureTransactionIdentity", "messageType",
 * "message" (Table D.6.1.1), then by message: "uePolicySectionManagementList" (D.6.2, MANAGE
 * UE POLICY COMMAND), "uePolicySectionManagementResult" (D.6.3, MANAGE UE POLICY COMMAND
 * REJECT), "upsiList" (D.6.4) and "uePolicyClassmark" (D.6.5, UE STATE INDICATION), then the
 * optional elements as "ies": [{"iei", "name", "value"}] (UE OS Id D.6.6, UE policy network
 * classmark D.6.7); the UE POLICY PROVISIONING REQUEST / REJECT (coded in TS 24.587) keep
 * their contents as "contents" (hex) with a "note".
 */
void tk_emit_ue_policy(struct tk_emitter *e, const uint8_t *p, size_t n);

/*
 * The contents of a UE policy part of type URSP (TS 24.526 5.2): "urspRules": [{"precedence",
 * "trafficDescriptor": [{"typeValue", "type", the component's fields}],
 * "routeSelectionDescriptors": [{"precedence", "components": [{"typeValue", "type", ...}]}]}]
 */
void tk_emit_ursp(struct tk_emitter *e, const uint8_t *p, size_t n);

#endif
