/*
 * EAP (RFC 3748) packets as the 5GS NAS EAP message element carries them (TS 24.501 9.11.2.2:
 * "an EAP message as specified in IETF RFC 3748"), with the EAP-AKA (RFC 4187) and EAP-AKA'
 * (RFC 5448, RFC 9048) subtypes and attributes of 5G primary authentication (TS 33.501 6.1.3.1).
 *
 * One value, an object: "codeValue", "code" (Request, Response, Success, Failure, Initiate,
 * Finish), "identifier", "length"; for a request or response "typeValue", "type" (the IANA EAP
 * method types) and by type: "identity" (Identity), "notification" (Notification),
 * "desiredAuthTypes" (Legacy Nak), for EAP-AKA / EAP-AKA' "subtypeValue", "subtype" and
 * "attributes": [{"typeValue", "type", "length" (in octets), the attribute's fields, or
 * "value" (hex) for one whose layout is not known}], else "typeData" (hex); then "hex" and
 * "error".  Nothing is read outside p[0..n-1].
 */
#ifndef TK_EAP_H
#define TK_EAP_H

#include <stddef.h>
#include <stdint.h>

#include "print.h"

void tk_emit_eap(struct tk_emitter *e, const uint8_t *p, size_t n);

#endif
