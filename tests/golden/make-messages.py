#!/usr/bin/env python3
"""Write tests/golden/messages.hex: TCAP / MAP / CAP messages encoded by hand.

Every message is built here from the standards with a small BER encoder (definite
lengths, minimal encodings) and written as one line of hex, preceded by a '#'
comment saying what it is and which clause / ASN.1 type it exercises.  A line may
start with a dotted application-context OID and a space: the context for a message
that has no dialogue portion (tcapdump --hex).

References used for the tags:
  ITU-T Q.773 (TCAPMessages, DialoguePDUs, UnidialoguePDUs), X.880 (ROS PDUs),
  3GPP TS 29.002 (MAP, Rel-16 = v3 ASN.1) and GSM 09.02 phase 2 (MAP v1/v2),
  3GPP TS 29.078 (CAP phases 1 to 4, GSM 09.78 for phase 1).
MAP and CAP modules use IMPLICIT TAGS: a context tag replaces the tag of the type,
except for CHOICE (and open) types, whose tag is always explicit (constructed).

Usage: make-messages.py [OUTPUT]   (default: messages.hex next to this script)
Standard library only; the output is deterministic.
"""

import os
import sys

# ---------------------------------------------------------------------------------
# BER encoder
# ---------------------------------------------------------------------------------

UNIVERSAL, APPLICATION, CONTEXT, PRIVATE = 0x00, 0x40, 0x80, 0xC0


def tag(cls, number, constructed=False):
    """Identifier octets (X.690 8.1.2), low and high tag number forms."""
    first = cls | (0x20 if constructed else 0)
    if number < 31:
        return bytes([first | number])
    sub = [number & 0x7F]
    number >>= 7
    while number:
        sub.insert(0, 0x80 | (number & 0x7F))
        number >>= 7
    return bytes([first | 0x1F] + sub)


def length(n):
    """Definite length octets (X.690 8.1.3), short form below 128."""
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag_bytes, content):
    return bytes(tag_bytes) + length(len(content)) + bytes(content)


def cat(*parts):
    return b"".join(parts)


def int_content(v):
    """Minimal two's complement content of an INTEGER / ENUMERATED."""
    n = 1
    while not -(1 << (8 * n - 1)) <= v < (1 << (8 * n - 1)):
        n += 1
    return v.to_bytes(n, "big", signed=True)


def oid_content(dotted):
    arcs = [int(a) for a in dotted.split(".")]
    out = bytearray()
    for i, a in enumerate([arcs[0] * 40 + arcs[1]] + arcs[2:]):
        sub = [a & 0x7F]
        a >>= 7
        while a:
            sub.insert(0, 0x80 | (a & 0x7F))
            a >>= 7
        out += bytes(sub)
    return bytes(out)


# universal types
def INT(v):
    return tlv(b"\x02", int_content(v))


def ENUM(v):
    return tlv(b"\x0a", int_content(v))


def BOOL(v):
    return tlv(b"\x01", b"\xff" if v else b"\x00")


def NULL():
    return b"\x05\x00"


def OCTETS(b):
    return tlv(b"\x04", b)


def OID(dotted):
    return tlv(b"\x06", oid_content(dotted))


def SEQ(*items):
    return tlv(b"\x30", cat(*items))


def bitstring_content(bits, nbits):
    """BIT STRING content from a list of set bit numbers (bit 0 = leading bit)."""
    nbytes = (nbits + 7) // 8
    v = bytearray(nbytes)
    for b in bits:
        v[b // 8] |= 0x80 >> (b % 8)
    return bytes([nbytes * 8 - nbits]) + bytes(v)


# context-specific tags: IMPLICIT over a primitive or constructed content
def ctx(n, content):
    """[n] IMPLICIT over a primitive type (INTEGER, OCTET STRING, NULL, ...)."""
    return tlv(tag(CONTEXT, n), content)


def cctx(n, *items):
    """[n] with constructed content: IMPLICIT SEQUENCE / SET, or EXPLICIT (CHOICE)."""
    return tlv(tag(CONTEXT, n, True), cat(*items))


def app(n, content, constructed=False):
    return tlv(tag(APPLICATION, n, constructed), content)


# ---------------------------------------------------------------------------------
# Telecom value encodings
# ---------------------------------------------------------------------------------

def tbcd(digits):
    """TBCD-STRING (TS 29.002 17.7.8): digit 1 in bits 1-4, filler 'F' if odd."""
    digits = digits + ("F" if len(digits) % 2 else "")
    return bytes(int(digits[i + 1], 16) << 4 | int(digits[i], 16) for i in range(0, len(digits), 2))


def isdn(digits, ton_npi=0x91):
    """AddressString (TS 29.002 17.7.8): ext=1, nature international, plan E.164."""
    return bytes([ton_npi]) + tbcd(digits)


def isup_digits(digits):
    """ISUP address signals (Q.763 3.9 f): digit 1 in bits 1-4, filler 0 if odd."""
    return tbcd(digits + ("0" if len(digits) % 2 else ""))


def isup_called(digits, nai=0x04, inn_plan=0x10):
    """ISUP called party number (Q.763 3.9): odd/even + nature of address
    (international), INN allowed + numbering plan ISDN (E.164), digits."""
    odd = 0x80 if len(digits) % 2 else 0x00
    return bytes([odd | nai, inn_plan]) + isup_digits(digits)


def isup_calling(digits, nai=0x04, ni_plan_pres_scr=0x13):
    """ISUP calling party number (Q.763 3.10): odd/even + nature of address,
    plan ISDN, presentation allowed, screening network provided."""
    odd = 0x80 if len(digits) % 2 else 0x00
    return bytes([odd | nai, ni_plan_pres_scr]) + isup_digits(digits)


def gsm7_pack(text):
    """GSM 7-bit default alphabet packing (TS 23.038 6.1.2.1.1), ASCII subset only."""
    septets = [ord(c) for c in text]
    out, acc, nbits = bytearray(), 0, 0
    for s in septets:
        acc |= s << nbits
        nbits += 7
        while nbits >= 8:
            out.append(acc & 0xFF)
            acc >>= 8
            nbits -= 8
    if nbits:
        out.append(acc & 0xFF)
    return bytes(out)


# ---------------------------------------------------------------------------------
# TCAP (Q.773 clause 4.2) and dialogue portion
# ---------------------------------------------------------------------------------

DIALOGUE_AS = "0.0.17.773.1.1.1"       # Q.773 dialogue-as-id
UNIDIALOGUE_AS = "0.0.17.773.1.2.1"    # Q.773 uniDialogue-as-id
MAP_DIALOGUE_AS = "0.4.0.0.1.1.1.1"    # TS 29.002 17.4 map-DialogueAS
CAP_U_ABORT_AS = "0.4.0.0.1.1.2.2"     # TS 29.078 id-CAP-U-ABORT-Reason

PV1 = ctx(0, bitstring_content([0], 1))  # protocol-version [0] IMPLICIT BIT STRING {version1}


def external(direct_ref, single_asn1_type):
    """EXTERNAL ([UNIVERSAL 8] IMPLICIT SEQUENCE) with direct-reference and the
    encoding single-ASN1-type [0] EXPLICIT ANY."""
    return tlv(b"\x28", cat(OID(direct_ref), cctx(0, single_asn1_type)))


def user_info(*externals):
    """user-information [30] IMPLICIT SEQUENCE OF EXTERNAL."""
    return cctx(30, *externals)


def aarq(acn, pv=True, ui=b""):
    """AARQ-apdu ::= [APPLICATION 0] IMPLICIT SEQUENCE (Q.773 DialoguePDUs)."""
    return app(0, cat(PV1 if pv else b"", cctx(1, OID(acn)), ui), True)


def aare(acn, result=0, diag_user=0, diag_provider=None, pv=True, ui=b""):
    """AARE-apdu ::= [APPLICATION 1]: result [2] and result-source-diagnostic [3] are
    EXPLICIT (DialoguePDUs has EXPLICIT TAGS); the diagnostic is a CHOICE of
    dialogue-service-user [1] / dialogue-service-provider [2], explicit INTEGERs."""
    if diag_provider is None:
        diag = cctx(1, INT(diag_user))
    else:
        diag = cctx(2, INT(diag_provider))
    return app(1, cat(PV1 if pv else b"", cctx(1, OID(acn)), cctx(2, INT(result)), cctx(3, diag), ui), True)


def abrt(source, ui=b""):
    """ABRT-apdu ::= [APPLICATION 4] IMPLICIT SEQUENCE { abort-source [0] IMPLICIT ...}."""
    return app(4, cat(ctx(0, int_content(source)), ui), True)


def audt(acn, pv=True, ui=b""):
    """AUDT-apdu ::= [APPLICATION 0] IMPLICIT SEQUENCE (Q.773 UnidialoguePDUs)."""
    return app(0, cat(PV1 if pv else b"", cctx(1, OID(acn)), ui), True)


def dialogue_portion(pdu, uni=False):
    """DialoguePortion ::= [APPLICATION 11] EXPLICIT EXTERNAL."""
    return app(11, external(UNIDIALOGUE_AS if uni else DIALOGUE_AS, pdu), True)


def otid(t):
    return app(8, bytes.fromhex(t))


def dtid(t):
    return app(9, bytes.fromhex(t))


def components(*comps):
    """ComponentPortion ::= [APPLICATION 12] IMPLICIT SEQUENCE OF Component."""
    return app(12, cat(*comps), True)


def unidirectional(dlg, comps):
    return app(1, cat(dlg, comps), True)


def begin(o, dlg, comps):
    return app(2, cat(otid(o), dlg, comps), True)


def end(d, dlg, comps):
    return app(4, cat(dtid(d), dlg, comps), True)


def continue_(o, d, dlg, comps):
    return app(5, cat(otid(o), dtid(d), dlg, comps), True)


def abort(d, reason=b""):
    return app(7, cat(dtid(d), reason), True)


def p_abort_cause(v):
    """P-AbortCause ::= [APPLICATION 10] IMPLICIT INTEGER."""
    return app(10, int_content(v))


# components (X.880 ROS PDUs as profiled by Q.773 4.2.4)
def invoke(iid, opcode, arg=b"", linked=None):
    """invoke [1]: invokeId, linkedId [0] IMPLICIT (optional), opcode, argument."""
    return cctx(1, INT(iid), ctx(0, int_content(linked)) if linked is not None else b"", INT(opcode), arg)


def result_last(iid, opcode=None, res=b""):
    """returnResult [2]: invokeId, SEQUENCE { opcode, result } OPTIONAL."""
    return cctx(2, INT(iid), SEQ(INT(opcode), res) if opcode is not None else b"")


def result_not_last(iid, opcode, res):
    """returnResultNotLast [7] (Q.773 TCAP extension of X.880)."""
    return cctx(7, INT(iid), SEQ(INT(opcode), res))


def return_error(iid, errcode, param=b""):
    """returnError [3]: invokeId, errcode, parameter (optional)."""
    return cctx(3, INT(iid), INT(errcode), param)


def reject(iid, problem_type, problem):
    """reject [4]: invokeId (INTEGER or absent = NULL), problem CHOICE
    general [0] / invoke [1] / returnResult [2] / returnError [3] IMPLICIT INTEGER."""
    return cctx(4, NULL() if iid is None else INT(iid), ctx(problem_type, int_content(problem)))


# ---------------------------------------------------------------------------------
# Values used throughout
# ---------------------------------------------------------------------------------

IMSI = tbcd("262011234567890")          # 62 02 11 32 54 76 98 f0
MSISDN = isdn("4917612345678")         # subscriber
HLR = isdn("491720000001")
MSC = isdn("491720000011")
VLR = isdn("491720000012")
GMSC = isdn("491720000021")
SCF = isdn("491720000050")             # gsmSCF
SMSC = isdn("491720000099")
CALLED = "4930123456"                  # called party, Berlin fixed line
FWD_TO = "4940987654"                  # forwarded-to number

# Application contexts (TS 29.002 17.3.3, TS 29.078 / GSM 09.78 object identifiers)
AC_NETLOCUP_V3 = "0.4.0.0.1.0.1.3"      # networkLocUpContext-v3
AC_NETLOCUP_V2 = "0.4.0.0.1.0.1.2"      # networkLocUpContext-v2
AC_RESET_V3 = "0.4.0.0.1.0.10.3"        # resetContext-v3
AC_SUBDATA_V3 = "0.4.0.0.1.0.16.3"      # subscriberDataMngtContext-v3
AC_USSD_V2 = "0.4.0.0.1.0.19.2"         # networkUnstructuredSsContext-v2
AC_SMGW_V3 = "0.4.0.0.1.0.20.3"         # shortMsgGatewayContext-v3
AC_MO_V2 = "0.4.0.0.1.0.21.2"           # shortMsgMO-RelayContext-v2
AC_MO_V3 = "0.4.0.0.1.0.21.3"           # shortMsgMO-RelayContext-v3
AC_ATI_V3 = "0.4.0.0.1.0.29.3"          # anyTimeInfoEnquiryContext-v3
AC_HANDOVER_V3 = "0.4.0.0.1.0.11.3"      # handoverControlContext-v3
AC_LCS_ENQUIRY_V3 = "0.4.0.0.1.0.38.3"   # locationSvcEnquiryContext-v3
AC_CAP1 = "0.4.0.0.1.0.50.0"            # CAP-v1-gsmSSF-to-gsmSCF-AC (GSM 09.78)
AC_CAP2 = "0.4.0.0.1.0.50.1"            # CAP-v2-gsmSSF-to-gsmSCF-AC (TS 29.078 v3)
AC_CAP3 = "0.4.0.0.1.21.3.4"            # capssf-scfGenericAC, phase 3
AC_CAP3_GPRS = "0.4.0.0.1.21.3.50"      # cap-gprssf-scfAC, phase 3
AC_CAP4 = "0.4.0.0.1.23.3.4"            # capssf-scfGenericAC, phase 4
AC_CAP4_SMS = "0.4.0.0.1.23.3.61"       # cap4-sms-AC

# Operation codes
OP_UPDATE_LOCATION = 2
OP_INSERT_SUBSCRIBER_DATA = 7
OP_SEND_PARAMETERS = 9
OP_PREPARE_HANDOVER = 68
OP_PROVIDE_SUBSCRIBER_LOCATION = 83
OP_RESET = 37
OP_SRI_SM = 45
OP_MO_FORWARD_SM = 46                  # v3 mo-ForwardSM, v1/v2 forwardSM
OP_PROCESS_USSD = 59
OP_ATI = 71
CAP_INITIAL_DP = 0
CAP_CONNECT = 20
CAP_RRBE = 23
CAP_CONTINUE = 31
CAP_PLAY_ANNOUNCEMENT = 47
CAP_PROMPT_AND_COLLECT = 48
CAP_SRR = 49
CAP_ACTIVITY_TEST = 55
CAP_INITIAL_DP_SMS = 60
CAP_INITIAL_DP_GPRS = 78
# Error codes
MAP_SYSTEM_FAILURE = 34
CAP_MISSING_CUSTOMER_RECORD = 6
CAP_TASK_REFUSED = 12

# MAP-DialoguePDU (TS 29.002 17.4, MAP-DialogueInformation)
def map_open(dest_ref=None, orig_ref=None):
    """map-open [0] MAP-OpenInfo { destinationReference [0], originationReference [1] }."""
    return user_info(external(MAP_DIALOGUE_AS, cctx(0,
        ctx(0, dest_ref) if dest_ref is not None else b"",
        ctx(1, orig_ref) if orig_ref is not None else b"")))


def map_user_abort_specific():
    """map-userAbort [4] MAP-UserAbortInfo { map-UserAbortChoice: userSpecificReason [0] NULL }."""
    return user_info(external(MAP_DIALOGUE_AS, cctx(4, ctx(0, b""))))


# An SMS-SUBMIT TPDU (TS 23.040 9.2.2.2): MTI=01, TP-MR 05, TP-DA 49170123456
# international, PID 00, DCS 00 (GSM 7 bit), no VP, UDL 5, "hello"
SMS_SUBMIT = cat(b"\x01\x05", bytes([11]), isdn("49170123456"), b"\x00\x00\x05", gsm7_pack("hello"))

# TimeAndTimezone (TS 29.078): 2026-11-23 18:30:00, time zone +1 h (4 quarters)
TIME_AND_TZ = bytes.fromhex("0262113281030040")


# ---------------------------------------------------------------------------------
# Arguments / results
# ---------------------------------------------------------------------------------

def update_location_arg_v3():
    """TS 29.002 UpdateLocationArg: imsi, msc-Number [1], vlr-Number,
    vlr-Capability [6] { supportedCamelPhases [0] BIT STRING {phase1..phase4} }."""
    return SEQ(OCTETS(IMSI), ctx(1, MSC), OCTETS(VLR),
               cctx(6, ctx(0, bitstring_content([0, 1, 2, 3], 4))))


def update_location_arg_v1():
    """GSM 09.02 phase 2 (v1/v2) UpdateLocationArg: imsi, locationInfo CHOICE
    (msc-Number [1]), vlr-Number."""
    return SEQ(OCTETS(IMSI), ctx(1, MSC), OCTETS(VLR))


def cap_initial_dp_common(sk):
    """InitialDPArg fields shared by all CAP phases (tags identical in 1..4):
    serviceKey [0], calledPartyNumber [2], callingPartyNumber [3],
    callingPartysCategory [5] (0x0a ordinary), eventTypeBCSM [28] (collectedInfo 2)."""
    return cat(ctx(0, int_content(sk)),
               ctx(2, isup_called(CALLED)),
               ctx(3, isup_calling("4917612345678")),
               ctx(5, b"\x0a"),
               ctx(28, int_content(2)))


def cap_initial_dp_gsm(sk):
    """... plus iMSI [50], callReferenceNumber [54], mscAddress [55] (phases 2..4)."""
    return cat(cap_initial_dp_common(sk),
               ctx(50, IMSI),
               ctx(54, bytes.fromhex("0a1b2c3d")),
               ctx(55, MSC))


def bcsm_event(event_type, monitor_mode, leg_id):
    """BCSMEvent { eventTypeBCSM [0] ENUMERATED, monitorMode [1] ENUMERATED,
    legID [2] LegID } -- LegID is a CHOICE (sendingSideID [0] / receivingSideID [1]
    LegType), so [2] is explicit and constructed."""
    return SEQ(ctx(0, int_content(event_type)), ctx(1, int_content(monitor_mode)), cctx(2, leg_id))


def cap2_initial_dp_arg():
    """CAP phase 2 InitialDPArg with initialDPArgExtension [59] (TS 29.078 v3.x:
    InitialDPArgExtension ::= SEQUENCE { naCarrierInformation [0] OPTIONAL,
    gmscAddress [1] ISDN-AddressString OPTIONAL, ... })."""
    return SEQ(cap_initial_dp_gsm(2), cctx(59, ctx(1, GMSC)))


# ---------------------------------------------------------------------------------
# The messages
# ---------------------------------------------------------------------------------

MESSAGES = []   # (comment lines, acn prefix or None, bytes)


def msg(comment, data, acn=None):
    MESSAGES.append((comment, acn, data))


def build():
    # ---- TCAP message types, dialogue PDUs, MAP v3 -----------------------------------
    msg(["TCAP Unidirectional (Q.773 4.2.2 Unidirectional) with AUDT (UnidialoguePDUs,",
         "protocol-version version1) resetContext-v3; invoke reset (37), TS 29.002 ResetArg",
         "{ sendingNodenumber: hlr-Number 491720000001 }",
         "[Q.773 4.2.2 Unidirectional, UnidialoguePDUs AUDT-apdu;",
         " TS 29.002 MAP-MS-DataTypes ResetArg]"],
        unidirectional(dialogue_portion(audt(AC_RESET_V3), uni=True),
                       components(invoke(1, OP_RESET, SEQ(OCTETS(HLR))))))

    msg(["MAP v3 Begin, AARQ with protocol-version, networkLocUpContext-v3, user-information",
         "map-open (MAP-OpenInfo destinationReference IMSI, originationReference VLR);",
         "invoke updateLocation (2) UpdateLocationArg { imsi 262011234567890,",
         "msc-Number [1] 491720000011, vlr-Number 491720000012, vlr-Capability [6]",
         "{ supportedCamelPhases [0] phase1..phase4 } }",
         "[Q.773 4.2.2 Begin, DialoguePDUs AARQ-apdu;",
         " TS 29.002 MAP-DialogueInformation MAP-OpenInfo, MAP-MS-DataTypes UpdateLocationArg]"],
        begin("0001a001",
              dialogue_portion(aarq(AC_NETLOCUP_V3, ui=map_open(isdn("262011234567890", 0x96), VLR))),
              components(invoke(1, OP_UPDATE_LOCATION, update_location_arg_v3()))))

    msg(["MAP v3 End, AARE accepted (result [2] accepted, diagnostic dialogue-service-user",
         "null) networkLocUpContext-v3; returnResultLast updateLocation UpdateLocationRes",
         "{ hlr-Number 491720000001 }",
         "[Q.773 4.2.2 End, DialoguePDUs AARE-apdu;",
         " X.880 ReturnResult; TS 29.002 MAP-MS-DataTypes UpdateLocationRes]"],
        end("0001a001", dialogue_portion(aare(AC_NETLOCUP_V3)),
            components(result_last(1, OP_UPDATE_LOCATION, SEQ(OCTETS(HLR))))))

    msg(["MAP v3 Begin, AARQ WITHOUT protocol-version (DEFAULT version1),",
         "shortMsgGatewayContext-v3; invoke sendRoutingInfoForSM (45) RoutingInfoForSM-Arg",
         "{ msisdn [0] 4917612345678, sm-RP-PRI [1] TRUE, serviceCentreAddress [2]",
         "491720000099 }",
         "[Q.773 DialoguePDUs AARQ-apdu protocol-version DEFAULT;",
         " TS 29.002 MAP-SM-DataTypes RoutingInfoForSM-Arg]"],
        begin("0001a002", dialogue_portion(aarq(AC_SMGW_V3, pv=False)),
              components(invoke(1, OP_SRI_SM, SEQ(ctx(0, MSISDN), ctx(1, b"\xff"), ctx(2, SMSC))))))

    msg(["MAP v3 Continue, AARE accepted WITHOUT protocol-version, shortMsgGatewayContext-v3;",
         "returnResultNotLast (Q.773 [7]) sendRoutingInfoForSM RoutingInfoForSM-Res { imsi,",
         "locationInfoWithLMSI [0] { networkNode-Number [1] 491720000011 } }",
         "[Q.773 4.2.2 Continue, 4.2.4 returnResultNotLast;",
         " TS 29.002 MAP-SM-DataTypes RoutingInfoForSM-Res]"],
        continue_("0002b001", "0001a002", dialogue_portion(aare(AC_SMGW_V3, pv=False)),
                  components(result_not_last(1, OP_SRI_SM,
                                             SEQ(OCTETS(IMSI), cctx(0, ctx(1, MSC)))))))

    msg(["MAP v3 End WITHOUT dialogue portion, context given on the line",
         "(shortMsgGatewayContext-v3); returnResultLast WITHOUT the optional result",
         "SEQUENCE (X.880 ReturnResult.result absent): closes the segmented result above",
         "[X.880 ReturnResult { invokeId, result SEQUENCE OPTIONAL } absent;",
         " context from the caller]"],
        end("0001a002", b"", components(result_last(1))), acn=AC_SMGW_V3)

    msg(["MAP v3 Begin, AARQ shortMsgMO-RelayContext-v3; invoke mo-ForwardSM (46)",
         "MO-ForwardSM-Arg { sm-RP-DA: serviceCentreAddressDA [4] 491720000099,",
         "sm-RP-OA: msisdn [2] 4917612345678, sm-RP-UI SignalInfo = SMS-SUBMIT TPDU",
         "(TS 23.040) to 49170123456 'hello', imsi (extension) 262011234567890 }",
         "[TS 29.002 MAP-SM-DataTypes MO-ForwardSM-Arg, SM-RP-DA, SM-RP-OA;",
         " TS 23.040 9.2.2.2 SMS-SUBMIT]"],
        begin("0001a003", dialogue_portion(aarq(AC_MO_V3)),
              components(invoke(1, OP_MO_FORWARD_SM,
                                SEQ(ctx(4, SMSC), ctx(2, MSISDN), OCTETS(SMS_SUBMIT), OCTETS(IMSI))))))

    msg(["MAP v3 End WITHOUT dialogue portion, context on the line",
         "(shortMsgMO-RelayContext-v3); returnError systemFailure (34) WITH parameter",
         "SystemFailureParam: networkResource ENUMERATED hlr (1)",
         "[X.880 ReturnError with parameter;",
         " TS 29.002 MAP-Errors systemFailure, MAP-ER-DataTypes SystemFailureParam]"],
        end("0001a003", b"", components(return_error(1, MAP_SYSTEM_FAILURE, ENUM(1)))), acn=AC_MO_V3)

    ussd = gsm7_pack("*100#")
    assert ussd == bytes.fromhex("aa180c3602")
    msg(["MAP v2 Begin, AARQ networkUnstructuredSsContext-v2 with map-open",
         "(originationReference MSISDN); invoke processUnstructuredSS-Request (59)",
         "USSD-Arg { ussd-DataCodingScheme 0x0f, ussd-String '*100#' GSM 7-bit = aa180c3602 }",
         "[TS 29.002 MAP-SS-DataTypes USSD-Arg;",
         " TS 23.038 5 (CBS DCS 0x0f) and 6.1.2.1.1 (7-bit packing)]"],
        begin("0001a004", dialogue_portion(aarq(AC_USSD_V2, ui=map_open(None, MSISDN))),
              components(invoke(1, OP_PROCESS_USSD, SEQ(OCTETS(b"\x0f"), OCTETS(ussd))))))

    msg(["MAP v2 End, AARE accepted networkUnstructuredSsContext-v2; returnResultLast",
         "processUnstructuredSS-Request USSD-Res { dcs 0x0f, ussd-String GSM 7-bit",
         "'Balance 5 EUR' }",
         "[TS 29.002 MAP-SS-DataTypes USSD-Res; DialoguePDUs AARE-apdu]"],
        end("0001a004", dialogue_portion(aare(AC_USSD_V2)),
            components(result_last(1, OP_PROCESS_USSD,
                                   SEQ(OCTETS(b"\x0f"), OCTETS(gsm7_pack("Balance 5 EUR")))))))

    msg(["MAP v3 Begin, AARQ anyTimeInfoEnquiryContext-v3; invoke anyTimeInterrogation (71)",
         "AnyTimeInterrogationArg { subscriberIdentity [0] (CHOICE, explicit): msisdn [1]",
         "4917612345678, requestedInfo [1] { locationInformation [0] NULL, subscriberState",
         "[1] NULL }, gsmSCF-Address [3] 491720000050 }",
         "[TS 29.002 MAP-MS-DataTypes AnyTimeInterrogationArg, SubscriberIdentity, RequestedInfo]"],
        begin("0001a005", dialogue_portion(aarq(AC_ATI_V3)),
              components(invoke(1, OP_ATI, SEQ(cctx(0, ctx(1, MSISDN)),
                                               cctx(1, ctx(0, b""), ctx(1, b"")),
                                               ctx(3, SCF))))))

    msg(["MAP v3 Begin, AARQ subscriberDataMngtContext-v3; invoke insertSubscriberData (7)",
         "InsertSubscriberDataArg { imsi [0], msisdn [1] 4917612345678, category [2] 0x0a,",
         "subscriberStatus [3] serviceGranted }",
         "[TS 29.002 MAP-MS-DataTypes InsertSubscriberDataArg (imsi [0], COMPONENTS OF SubscriberData)]"],
        begin("0001a006", dialogue_portion(aarq(AC_SUBDATA_V3)),
              components(invoke(1, OP_INSERT_SUBSCRIBER_DATA,
                                SEQ(ctx(0, IMSI), ctx(1, MSISDN), ctx(2, b"\x0a"), ctx(3, b"\x00"))))))

    # ---- MAP v2 / v1 -------------------------------------------------------------------
    msg(["MAP v2 Begin, AARQ shortMsgMO-RelayContext-v2; invoke forwardSM (46) GSM 09.02",
         "phase 2 ForwardSM-Arg { sm-RP-DA: serviceCentreAddressDA [4] 491720000099,",
         "sm-RP-OA: msisdn [2] 4917612345678, sm-RP-UI SMS-SUBMIT 'hello' }",
         "[GSM 09.02 phase 2 MAP-SM-DataTypes ForwardSM-Arg (asn1/map/v2)]"],
        begin("0001a007", dialogue_portion(aarq(AC_MO_V2)),
              components(invoke(1, OP_MO_FORWARD_SM,
                                SEQ(ctx(4, SMSC), ctx(2, MSISDN), OCTETS(SMS_SUBMIT))))))

    msg(["MAP v1 Begin WITHOUT dialogue portion (TS 29.002 17.3.1: v1 dialogue, context",
         "derived from the opcode: networkLocUpContext-v1); invoke updateLocation (2)",
         "phase 1/2 UpdateLocationArg { imsi, locationInfo: msc-Number [1], vlr-Number }",
         "[TS 29.002 17.3.1 (v1: no dialogue portion);",
         " GSM 09.02 phase 2 MAP-MS-DataTypes UpdateLocationArg, LocationInfo]"],
        begin("0001a008", b"", components(invoke(1, OP_UPDATE_LOCATION, update_location_arg_v1()))))

    msg(["MAP v1 Begin WITHOUT dialogue portion; invoke sendParameters (9, v1 only)",
         "SendParametersArg { subscriberId: imsi [0], requestParameterList",
         "{ requestIMSI, requestAuthenticationSet } }",
         "[GSM 09.02 phase 2 MAP-MS-DataTypes SendParametersArg, SubscriberId,",
         " RequestParameter (asn1/map/v1)]"],
        begin("0001a009", b"", components(invoke(1, OP_SEND_PARAMETERS,
                                                 SEQ(ctx(0, IMSI), SEQ(ENUM(0), ENUM(1)))))))

    # ---- Aborts --------------------------------------------------------------------------
    msg(["TCAP Abort with P-AbortCause [APPLICATION 10] unrecognizedTransactionID (1)",
         "[Q.773 4.2.2 Abort, TCAPMessages P-AbortCause]"],
        abort("0002b099", p_abort_cause(1)))

    msg(["TCAP Abort with P-AbortCause resourceLimitation (4)",
         "[Q.773 4.2.2 Abort, TCAPMessages P-AbortCause]"],
        abort("0002b098", p_abort_cause(4)))

    msg(["TCAP Abort with dialogue portion ABRT (u-abortCause): abort-source",
         "dialogue-service-user (0), user-information map-userAbort (MAP-UserAbortInfo",
         "{ userSpecificReason [0] NULL })",
         "[Q.773 4.2.2 Abort u-abortCause, DialoguePDUs ABRT-apdu;",
         " TS 29.002 MAP-DialogueInformation MAP-UserAbortInfo]"],
        abort("0001a006", dialogue_portion(abrt(0, map_user_abort_specific()))))

    msg(["TCAP Abort with AARE reject-permanent, diagnostic dialogue-service-user",
         "application-context-name-not-supported (2): MAP v3 AC refused, the AARE names the",
         "highest version it supports, networkLocUpContext-v2 (MAP AC version negotiation)",
         "[Q.773 DialoguePDUs AARE-apdu result reject-permanent,",
         " Associate-source-diagnostic dialogue-service-user]"],
        abort("0001a001", dialogue_portion(aare(AC_NETLOCUP_V2, result=1, diag_user=2))))

    msg(["TCAP Abort with AARE reject-permanent, diagnostic dialogue-service-provider",
         "no-common-dialogue-portion (2): the responding TC provider does not support the",
         "dialogue portion's protocol version (Q.774)",
         "[Q.773 DialoguePDUs AARE-apdu, Associate-source-diagnostic dialogue-service-provider]"],
        abort("0001a005", dialogue_portion(aare(AC_ATI_V3, result=1, diag_provider=2))))

    msg(["TCAP Abort with ABRT abort-source dialogue-service-user, CAP user information",
         "(id-CAP-U-ABORT-Reason, CAP-U-ABORT-REASON application-timer-expired (2))",
         "[Q.773 DialoguePDUs ABRT-apdu; TS 29.078 CAP-U-ABORT-Data CAP-U-ABORT-REASON]"],
        abort("0a000004", dialogue_portion(abrt(0, user_info(external(CAP_U_ABORT_AS, ENUM(2)))))))

    # ---- Rejects -------------------------------------------------------------------------
    msg(["Reject general problem [0] badlyStructuredPDU (2), invokeID absent (NULL), in a",
         "TCAP End without dialogue portion (no context needed)",
         "[X.880 Reject, InvokeId absent NULL, GeneralProblem; Q.773 4.2.4]"],
        end("0001a003", b"", components(reject(None, 0, 2))))

    msg(["Reject invoke problem [1] unrecognizedOperation (1), invokeID 1, in a Continue",
         "[X.880 Reject, InvokeProblem; Q.773 4.2.4]"],
        continue_("0002b002", "0001a00a", b"", components(reject(1, 1, 1))))

    msg(["Reject returnResult problem [2] mistypedResult (2), invokeID 2, in an End",
         "[X.880 Reject, ReturnResultProblem; Q.773 4.2.4]"],
        end("0002b003", b"", components(reject(2, 2, 2))))

    msg(["Reject returnError problem [3] unexpectedError (3), invokeID 3, in an End",
         "[X.880 Reject, ReturnErrorProblem; Q.773 4.2.4]"],
        end("0002b004", b"", components(reject(3, 3, 3))))

    # ---- CAP -----------------------------------------------------------------------------
    msg(["CAP phase 1 Begin, AARQ CAP-v1-gsmSSF-to-gsmSCF-AC (0.4.0.0.1.0.50.0); invoke",
         "initialDP (0) GSM 09.78 InitialDPArg { serviceKey [0] 1, calledPartyNumber [2]",
         "4930123456, callingPartyNumber [3] 4917612345678, callingPartysCategory [5],",
         "eventTypeBCSM [28] collectedInfo, iMSI [50], callReferenceNumber [54] } (phase 1",
         "ends at callReferenceNumber; mscAddress [55] came with phase 2)",
         "[GSM 09.78 (CAMEL phase 1) CAP-gsmSSF-gsmSCF-ops-args InitialDPArg;",
         " Q.763 3.9 / 3.10 numbers]"],
        begin("0a000001", dialogue_portion(aarq(AC_CAP1)),
              components(invoke(1, CAP_INITIAL_DP, SEQ(cap_initial_dp_common(1), ctx(50, IMSI),
                                                       ctx(54, bytes.fromhex("0a1b2c3d")))))))

    msg(["CAP phase 2 Begin, AARQ CAP-v2-gsmSSF-to-gsmSCF-AC (0.4.0.0.1.0.50.1); invoke",
         "initialDP with initialDPArgExtension [59] { gmscAddress [1] 491720000021 }",
         "(phase 2 InitialDPArgExtension: naCarrierInformation [0], gmscAddress [1])",
         "[TS 29.078 phase 2 (v3.x) CAP-gsmSSF-gsmSCF-ops-args InitialDPArg, InitialDPArgExtension]"],
        begin("0a000002", dialogue_portion(aarq(AC_CAP2)),
              components(invoke(1, CAP_INITIAL_DP, cap2_initial_dp_arg()))))

    msg(["CAP phase 2 Continue, AARE accepted, two components: invoke",
         "requestReportBCSMEvent (23) { bcsmEvents [0] { { eventTypeBCSM [0] oAnswer (7),",
         "monitorMode [1] notifyAndContinue, legID [2] (CHOICE, explicit) receivingSideID",
         "[1] 02 }, { oDisconnect (9), interrupted, legID sendingSideID [0] 01 } } } and",
         "invoke continue (31) without argument",
         "[TS 29.078 phase 2 RequestReportBCSMEventArg, BCSMEvent, LegID (CHOICE: explicit [2]);",
         " continue (no argument)]"],
        continue_("5c000002", "0a000002", dialogue_portion(aare(AC_CAP2)),
                  components(invoke(1, CAP_RRBE, SEQ(cctx(0, bcsm_event(7, 1, ctx(1, b"\x02")),
                                                             bcsm_event(9, 0, ctx(0, b"\x01"))))),
                             invoke(2, CAP_CONTINUE))))

    msg(["CAP phase 2 End WITHOUT dialogue portion, context on the line; invoke connect (20)",
         "ConnectArg { destinationRoutingAddress [0] { CalledPartyNumber 4940987654 } }",
         "[TS 29.078 phase 2 ConnectArg, DestinationRoutingAddress; context from the caller]"],
        end("0a000002", b"", components(invoke(3, CAP_CONNECT,
                                               SEQ(cctx(0, OCTETS(isup_called(FWD_TO))))))), acn=AC_CAP2)

    msg(["CAP phase 3 Begin, AARQ capssf-scfGenericAC phase 3 (0.4.0.0.1.21.3.4); invoke",
         "initialDP with initialDPArgExtension [59] { gmscAddress [0] 491720000021 }",
         "(phase 3 InitialDPArgExtension: gmscAddress [0], forwardingDestinationNumber [1])",
         "[TS 29.078 phase 3 (v5.x) CAP-gsmSSF-gsmSCF-ops-args InitialDPArg, InitialDPArgExtension]"],
        begin("0a000003", dialogue_portion(aarq(AC_CAP3)),
              components(invoke(1, CAP_INITIAL_DP, SEQ(cap_initial_dp_gsm(3), cctx(59, ctx(0, GMSC)))))))

    msg(["NAMESPACES: the SAME component portion as the CAP phase 2 initialDP above",
         "(initialDPArgExtension [59] { [1] %s }) but under the phase 3" % GMSC.hex(" "),
         "context capssf-scfGenericAC (0.4.0.0.1.21.3.4): decoded with the phase 3 types,",
         "[1] is forwardingDestinationNumber (CalledPartyNumber), not gmscAddress",
         "[same bytes, phase 3 CAP-gsmSSF-gsmSCF-ops-args InitialDPArgExtension decoding;",
         " compare the phase 2 line]"],
        begin("0a000002", dialogue_portion(aarq(AC_CAP3)),
              components(invoke(1, CAP_INITIAL_DP, cap2_initial_dp_arg()))))

    msg(["CAP phase 4 Begin, AARQ capssf-scfGenericAC phase 4 (0.4.0.0.1.23.3.4); invoke",
         "initialDP InitialDPArg { ..., timeAndTimezone [57], initialDPArgExtension [59]",
         "{ gmscAddress [0] 491720000021, supportedCamelPhases [4] phase1..phase4 } }",
         "[TS 29.078 phase 4 CAP-gsmSSF-gsmSCF-ops-args InitialDPArg, InitialDPArgExtension]"],
        begin("0a000004", dialogue_portion(aarq(AC_CAP4)),
              components(invoke(1, CAP_INITIAL_DP, SEQ(cap_initial_dp_gsm(4),
                                                       ctx(57, TIME_AND_TZ),
                                                       cctx(59, ctx(0, GMSC),
                                                            ctx(4, bitstring_content([0, 1, 2, 3], 4))))))))

    msg(["CAP phase 4 End, AARE accepted capssf-scfGenericAC; returnError taskRefused (12)",
         "WITH parameter TaskRefused-Parameter congestion (2)",
         "[X.880 ReturnError with parameter;",
         " TS 29.078 CAP-errortypes taskRefused, TaskRefused-Parameter]"],
        end("0a000004", dialogue_portion(aare(AC_CAP4)),
            components(return_error(1, CAP_TASK_REFUSED, ENUM(2)))))

    msg(["CAP phase 4 End WITHOUT dialogue portion, context on the line; returnError",
         "missingCustomerRecord (6) WITHOUT parameter",
         "[X.880 ReturnError without parameter; TS 29.078 CAP-errortypes missingCustomerRecord]"],
        end("0a000005", b"", components(return_error(1, CAP_MISSING_CUSTOMER_RECORD))), acn=AC_CAP4)

    msg(["CAP phase 4 Continue WITHOUT dialogue portion, context on the line; invoke",
         "activityTest (55), no argument",
         "[X.880 Invoke without argument; TS 29.078 CAP-gsmSSF-gsmSCF-ops-args activityTest]"],
        continue_("5c000006", "0a000006", b"", components(invoke(7, CAP_ACTIVITY_TEST))), acn=AC_CAP4)

    msg(["CAP phase 4 Continue WITHOUT dialogue portion, context on the line;",
         "returnResultLast activityTest: invokeID only (RETURN RESULT TRUE, no result)",
         "[X.880 ReturnResult without result; TS 29.078 activityTest RETURN RESULT TRUE]"],
        continue_("0a000006", "5c000006", b"", components(result_last(7))), acn=AC_CAP4)

    msg(["CAP phase 4 Continue, context on the line; invoke specializedResourceReport (49)",
         "WITH linkedID [0] 2 (linked to the playAnnouncement invoke 2),",
         "SpecializedResourceReportArg: allAnnouncementsComplete [50] NULL",
         "[X.880 Invoke linkedId [0] IMPLICIT;",
         " TS 29.078 phase 4 CAP-gsmSCF-gsmSRF-ops-args SpecializedResourceReportArg]"],
        continue_("0a000007", "5c000007", b"", components(invoke(1, CAP_SRR, ctx(50, b""), linked=2))),
        acn=AC_CAP4)

    msg(["CAP phase 4 SMS Begin, AARQ cap4-sms-AC (0.4.0.0.1.23.3.61); invoke initialDPSMS (60)",
         "InitialDPSMSArg { serviceKey [0] 20, destinationSubscriberNumber [1] 49170123456,",
         "callingPartyNumber [2] 4917612345678, eventTypeSMS [3] sms-CollectedInfo, iMSI [4],",
         "sMSCAddress [7] 491720000099, timeAndTimezone [8] }",
         "[TS 29.078 phase 4 CAP-SMS-ops-args InitialDPSMSArg]"],
        begin("0a000008", dialogue_portion(aarq(AC_CAP4_SMS)),
              components(invoke(1, CAP_INITIAL_DP_SMS,
                                SEQ(ctx(0, int_content(20)), ctx(1, isdn("49170123456")), ctx(2, MSISDN),
                                    ctx(3, int_content(1)), ctx(4, IMSI), ctx(7, SMSC),
                                    ctx(8, TIME_AND_TZ))))))

    msg(["CAP phase 3 GPRS Begin, AARQ cap-gprssf-scfAC (0.4.0.0.1.21.3.50); invoke",
         "initialDPGPRS (78) InitialDPGPRSArg { serviceKey [0] 30, gPRSEventType [1]",
         "pdp-ContextEstablishment (11), mSISDN [2], iMSI [3], timeAndTimeZone [4],",
         "accessPointName [8] 'internet' }",
         "[TS 29.078 phase 3 CAP-gprsSSF-gsmSCF-ops-args InitialDPGPRSArg]"],
        begin("0a000009", dialogue_portion(aarq(AC_CAP3_GPRS)),
              components(invoke(1, CAP_INITIAL_DP_GPRS,
                                SEQ(ctx(0, int_content(30)), ctx(1, int_content(11)), ctx(2, MSISDN),
                                    ctx(3, IMSI), ctx(4, TIME_AND_TZ), ctx(8, b"\x08internet"))))))

    # ---- Inner decoders: OCTET STRINGs whose structure other standards define ------------
    msg(["MAP v3 Begin, AARQ subscriberDataMngtContext-v3; invoke insertSubscriberData (7)",
         "InsertSubscriberDataArg { imsi [0], msisdn [1], provisionedSS [7] { cug-Info [2]",
         "{ cug-SubscriptionList { { cug-Index 5, cug-Interlock 49 01 00 2a, intraCUG-Options",
         "noCUG-Restrictions } }, cug-FeatureList { { interCUG-Restrictions 03 } } } },",
         "extensionContainer [14] { privateExtensionList [0] { { extId 1.3.12.2.1107.3.66.1.6.1,",
         "extType SEQUENCE { [0] 01 } } } }, gprsSubscriptionData [16] { gprsDataList [1] {",
         "{ pdp-ContextId 1, pdp-Type [16] f1 21 (IETF IPv4), pdp-Address [17] 10.1.2.3,",
         "qos-Subscribed [18], apn [20] internet, pdp-ChargingCharacteristics [1] 08 00 } } },",
         "lsaInformation [25] { lsaDataList [2] { { lsaIdentity [0] 00 00 05, lsaAttributes [1]",
         "41 } } }, cs-AllocationRetentionPriority [29] 05, chargingCharacteristics [18] 04 00 }",
         "[TS 29.002 InsertSubscriberDataArg, CUG-Info, PrivateExtension (ANY), PDP-Context,",
         " LSAData; TS 29.060 PDP type and address, TS 32.251 charging characteristics]"],
        begin("0001a010", dialogue_portion(aarq(AC_SUBDATA_V3)),
              components(invoke(1, OP_INSERT_SUBSCRIBER_DATA, SEQ(
                  ctx(0, IMSI), ctx(1, MSISDN),
                  cctx(7, cctx(2, SEQ(SEQ(INT(5), OCTETS(bytes.fromhex("4901002a")), ENUM(0))),
                               SEQ(SEQ(OCTETS(b"\x03"))))),
                  cctx(14, cctx(0, SEQ(OID("1.3.12.2.1107.3.66.1.6.1"), SEQ(ctx(0, b"\x01"))))),
                  cctx(16, cctx(1, SEQ(INT(1), ctx(16, b"\xf1\x21"), ctx(17, bytes([10, 1, 2, 3])),
                                       ctx(18, bytes.fromhex("23931f")), ctx(20, b"\x08internet"),
                                       ctx(1, b"\x08\x00")))),
                  cctx(25, cctx(2, SEQ(ctx(0, b"\x00\x00\x05"), ctx(1, b"\x41")))),
                  ctx(29, b"\x05"),
                  ctx(18, b"\x04\x00"))))))

    # RANAP RelocationRequest (TS 25.413, aligned PER), as derived in tests/check_ranap.c
    # (its RAB item as derived in tests/check_ranap_ies.c), with a Source-ToTarget-
    # TransparentContainer (id 61, reject, 0x2c octets): a SourceRNC-ToTargetRNC-Transparent-
    # Container with no OPTIONALs (00 00), an RRC-Container of 0x28 octets, numberOfIuInstances
    # 1 and relocationType ue-not-involved (00).  The RRC-Container is a ToTargetRNC-Container
    # built as TT_IRAT of tests/check_rrc.c (inter-RAT handover information with the GSM
    # classmarks 2 and 3), with as its InterRATHandoverInfo (length 0x1c) the 28 octets a UE sent
    # in the public capture wireshark-wiki/3G-2G-HO.pcap (frame 22, BSSMAP Inter RAT Handover
    # Info): UE security information and radio access capability.  The message grows to 0xc7
    # octets and 8 IEs.
    relocation_request = bytes.fromhex((
        "0003 00 80c7 000008" "0017 40 09 50 62021132547698f0" "0004 40 02 0140" "0003 00 01 80"
        "003d 00 2c 0000 28"
        "0833035758a61b00a02000e20001d604555aa0d4aad511490608900030002a06210cd133d76cb000 00"
        "0031 00 44 00 0001 002f 00 3d"
        "38146d0c05dbff40f9ff802ee008060888b600000000b1000560018cba7f8c0000"
        "53e03500010a0102030000000000000000000000000000deadbeef20"
        "000c 40 12 0808 00112233445566778899aabbccddeeff"
        "000b 40 13 109000 0f0e0d0c0b0a09080706050403020100" "004f 40 03 0a0b0c").replace(" ", ""))
    msg(["MAP v3 Begin, AARQ handoverControlContext-v3 (0.4.0.0.1.0.11.3); invoke",
         "prepareHandover (68) PrepareHO-Arg [3] { targetRNCId [1] (MCC 262 MNC 01 LAC 0x1234",
         "RNC 0x42), an-APDU [2] { accessNetworkProtocolId ts3G-25413, signalInfo: a RANAP",
         "RelocationRequest with an RRC ToTargetRNC-Container (TS 25.331, unaligned PER) in its",
         "Source-ToTarget-TransparentContainer }, imsi [4], integrityProtectionInfo [5] and",
         "encryptionInfo [6]",
         "(RANAP types in aligned PER), radioResourceInformation [7] (a 48.008 Channel Type),",
         "allowedGSM-Algorithms [9] A5/1 A5/2, allowedUMTS-Algorithms [10] { UIA2; UEA1 UEA2 },",
         "bssmap-ServiceHandover [13] 01, ranap-ServiceHandover [14] should-not-be-performed,",
         "iuCurrentlyUsedCodec [17] UMTS AMR 2 }",
         "[TS 29.002 PrepareHO-Arg; TS 25.413 RANAP-PDU, IntegrityProtectionInformation,",
         " Permitted...Algorithms, Service-Handover; TS 48.008 3.2.2.11, 3.2.2.75; TS 26.103]"],
        begin("0001a011", dialogue_portion(aarq(AC_HANDOVER_V3)),
              components(invoke(1, OP_PREPARE_HANDOVER, tlv(b"\xa3", cat(
                  ctx(1, bytes.fromhex("62f21012340042")),
                  cctx(2, ENUM(2), OCTETS(relocation_request)),
                  ctx(4, IMSI),
                  ctx(5, bytes.fromhex("0808 00112233445566778899aabbccddeeff".replace(" ", ""))),
                  ctx(6, bytes.fromhex("109000 0f0e0d0c0b0a09080706050403020100".replace(" ", ""))),
                  ctx(7, bytes.fromhex("010aa19181a505")),
                  ctx(9, b"\x06"),
                  cctx(10, ctx(0, b"\x01"), ctx(1, b"\x11\x20")),
                  ctx(13, b"\x01"),
                  ctx(14, b"\x20"),
                  ctx(17, b"\x06")))))))

    msg(["MAP v3 Begin, AARQ locationSvcEnquiryContext-v3; invoke provideSubscriberLocation (83)",
         "{ locationType { locationEstimateType [0] activateDeferredLocation (3) }, mlc-Number,",
         "imsi [2], lcs-Priority [6] 00 (highest), lcs-QoS [7] { horizontal-accuracy [0] 0a,",
         "vertical-accuracy [2] 12 }, lcs-ReferenceNumber [10] 07, areaEventInfo [14] {",
         "areaDefinition [0] { areaList [0] { { areaType [0] locationAreaId (2),",
         "areaIdentification [1] 62 f2 10 12 34 }, { areaType countryCode (0),",
         "areaIdentification 62 f2 } } } } } (the coding of areaIdentification follows the",
         "sibling areaType)",
         "[TS 29.002 ProvideSubscriberLocation-Arg, LCS-QoS, AreaEventInfo, Area; TS 23.032 6.2]"],
        begin("0001a013", dialogue_portion(aarq(AC_LCS_ENQUIRY_V3)),
              components(invoke(1, OP_PROVIDE_SUBSCRIBER_LOCATION, SEQ(
                  SEQ(ctx(0, int_content(3))),
                  OCTETS(isdn("491720000060")),
                  ctx(2, IMSI),
                  ctx(6, b"\x00"),
                  cctx(7, ctx(0, b"\x0a"), ctx(2, b"\x12")),
                  ctx(10, b"\x07"),
                  cctx(14, cctx(0, cctx(0,
                      SEQ(ctx(0, int_content(2)), ctx(1, bytes.fromhex("62f2101234"))),
                      SEQ(ctx(0, int_content(0)), ctx(1, bytes.fromhex("62f2")))))))))))

    msg(["MAP v3 End, AARE locationSvcEnquiryContext-v3 (0.4.0.0.1.0.38.3); returnResultLast",
         "provideSubscriberLocation (83) { locationEstimate: ellipsoid point with uncertainty",
         "circle, ageOfLocationEstimate [0] 5, geranPositioningData [4] { discriminator 0,",
         "methods 03 1b 21 }, utranPositioningData [5] 00 00 4b 53, velocityEstimate [9]",
         "horizontal velocity (bearing 90, 100 km/h), geranGANSSpositioningData [11] 00 43 23,",
         "utranAdditionalPositioningData [14] 4b (MS-Assisted, WLAN, usage 011),",
         "utranCivicAddress [16] (a PIDF-LO document) }",
         "[TS 29.002 ProvideSubscriberLocation-Res; TS 23.032 shapes and velocity;",
         " TS 49.031 10.20, TS 25.413 positioning data, additional positioning data, civic address]"],
        end("0001a012", dialogue_portion(aare(AC_LCS_ENQUIRY_V3)),
            components(result_last(1, OP_PROVIDE_SUBSCRIBER_LOCATION, SEQ(
                OCTETS(bytes.fromhex("104aaaaa0987a50a")),
                ctx(0, int_content(5)),
                ctx(4, bytes.fromhex("00031b21")),
                ctx(5, bytes.fromhex("00004b53")),
                ctx(9, bytes.fromhex("005a0064")),
                ctx(11, bytes.fromhex("004323")),
                ctx(14, b"\x4b"),
                ctx(16, b"<presence><civicAddress/></presence>"))))))

    msg(["CAP phase 4 Continue, context on the line; invoke connect (20) ConnectArg {",
         "destinationRoutingAddress [0], alertingPattern [1] 00 00 01,",
         "serviceInteractionIndicatorsTwo [15] { forwardServiceInteractionInd [0] {",
         "conferenceTreatmentIndicator [1] 01, callDiversionTreatmentIndicator [2] 02,",
         "callingPartyRestrictionIndicator [4] 02 }, holdTreatmentIndicator [50] 01,",
         "cwTreatmentIndicator [51] 02, ectTreatmentIndicator [52] 01 }, cug-Interlock [31],",
         "naOliInfo [57] 3f }",
         "[TS 29.078 phase 4 ConnectArg, ServiceInteractionIndicatorsTwo, AlertingPattern,",
         " NAOliInfo]"],
        continue_("0a00000b", "5c00000b", b"", components(invoke(2, CAP_CONNECT, SEQ(
            cctx(0, OCTETS(isup_called(FWD_TO))),
            ctx(1, b"\x00\x00\x01"),
            cctx(15, cctx(0, ctx(1, b"\x01"), ctx(2, b"\x02"), ctx(4, b"\x02")),
                 ctx(50, b"\x01"), ctx(51, b"\x02"), ctx(52, b"\x01")),
            ctx(31, bytes.fromhex("4901002a")),
            ctx(57, b"\x3f"))))), acn=AC_CAP4)

    msg(["CAP phase 4 Continue, context on the line; invoke playAnnouncement (47)",
         "{ informationToSend [0] inbandInfo [0] { messageID [0] variableMessage [30] {",
         "elementaryMessageID [0] 7, variableParts [1] { time [2] 13:45, date [3] 2026-12-02,",
         "price [4] 1234.56 } } } } and promptAndCollectUserInformation (48) { collectedInfo",
         "[0] collectedDigits [0] { maximumNbOfDigits [1] 4, endOfReplyDigit [2] #,",
         "cancelDigit [3] * } }",
         "[TS 29.078 phase 4 PlayAnnouncementArg, VariablePart (BCD time, date, price),",
         " PromptAndCollectUserInformationArg, CollectedDigits]"],
        continue_("0a00000c", "5c00000c", b"", components(
            invoke(3, CAP_PLAY_ANNOUNCEMENT, SEQ(cctx(0, cctx(0, cctx(0, cctx(30, ctx(0, int_content(7)),
                   cctx(1, ctx(2, bytes.fromhex("3154")), ctx(3, bytes.fromhex("02622120")),
                        ctx(4, bytes.fromhex("00214365"))))))))),
            invoke(4, CAP_PROMPT_AND_COLLECT, SEQ(cctx(0, cctx(0, ctx(1, int_content(4)), ctx(2, b"\x0c"),
                                                            ctx(3, b"\x0b"))))))), acn=AC_CAP4)

    msg(["CAP phase 4 SMS Begin, AARQ cap4-sms-AC; invoke initialDPSMS (60) with the TPDU's",
         "fields one by one: tPShortMessageSpecificInfo [9] 11 (SMS-SUBMIT, TP-VPF relative),",
         "tPProtocolIdentifier [10] 00, tPDataCodingScheme [11] 08 (UCS2), tPValidityPeriod",
         "[12] a7 (24 hours), smsReferenceNumber [14] }",
         "[TS 29.078 phase 4 InitialDPSMSArg; TS 23.040 9.2.3.1 first octet, 9.2.3.9 TP-PID,",
         " 9.2.3.12.1 relative TP-VP; TS 23.038 4 TP-DCS]"],
        begin("0a00000d", dialogue_portion(aarq(AC_CAP4_SMS)),
              components(invoke(1, CAP_INITIAL_DP_SMS,
                                SEQ(ctx(0, int_content(20)), ctx(3, int_content(1)), ctx(4, IMSI),
                                    ctx(9, b"\x11"), ctx(10, b"\x00"), ctx(11, b"\x08"), ctx(12, b"\xa7"),
                                    ctx(14, bytes.fromhex("0102030405")))))))

    msg(["CAP phase 3 GPRS Begin, AARQ cap-gprssf-scfAC; invoke initialDPGPRS (78) with",
         "endUserAddress [6] { pDPTypeOrganization [0] f1 (IETF), pDPTypeNumber [1] 21 (IPv4),",
         "pDPAddress [2] 10.20.30.40 }, chargingID [10] 00 00 30 39, sGSNCapabilities [11] 01",
         "[TS 29.078 phase 3 InitialDPGPRSArg, EndUserAddress (TS 29.060 7.7.27),",
         " GPRSChargingID, SGSNCapabilities]"],
        begin("0a00000e", dialogue_portion(aarq(AC_CAP3_GPRS)),
              components(invoke(1, CAP_INITIAL_DP_GPRS,
                                SEQ(ctx(0, int_content(30)), ctx(1, int_content(11)), ctx(2, MSISDN),
                                    ctx(3, IMSI), ctx(4, TIME_AND_TZ),
                                    cctx(6, ctx(0, b"\xf1"), ctx(1, b"\x21"), ctx(2, bytes([10, 20, 30, 40]))),
                                    ctx(10, bytes.fromhex("00003039")), ctx(11, b"\x01"))))))

    # ---- Deliberately broken -------------------------------------------------------------
    good = begin("0001a00b", dialogue_portion(aarq(AC_NETLOCUP_V3)),
                 components(invoke(1, OP_UPDATE_LOCATION, update_location_arg_v3())))
    msg(["BROKEN (truncated): the updateLocation Begin cut 4 bytes short, the Begin length",
         "says more than the line holds",
         "[X.690 8.1.3 definite length larger than the data]"],
        good[:-4])

    msg(["BROKEN (wrong component tag): component [5] (a5) is not a Component CHOICE",
         "alternative (invoke [1], returnResult [2], returnError [3], reject [4],",
         "returnResultNotLast [7])",
         "[Q.773 4.2.4 / X.880 ROS CHOICE tags]"],
        end("0001a00c", b"", components(cctx(5, INT(1), INT(OP_UPDATE_LOCATION)))))

    msg(["BROKEN (unknown opcode): invoke of opcode 99 in networkLocUpContext-v3, which has",
         "no operation 99",
         "[registry: operations of networkLocUpContext-v3]"],
        begin("0001a00d", dialogue_portion(aarq(AC_NETLOCUP_V3)),
              components(invoke(1, 99, SEQ(OCTETS(IMSI))))))

    msg(["BROKEN (unknown ACN): AARQ with 0.4.0.0.1.0.99.3, not a registered application",
         "context, then an invoke whose argument cannot be decoded without it",
         "[registry: application context names]"],
        begin("0001a00e", dialogue_portion(aarq("0.4.0.0.1.0.99.3")),
              components(invoke(1, OP_UPDATE_LOCATION, update_location_arg_v3()))))

    msg(["BROKEN (parameter does not decode): CAP phase 4 initialDP whose serviceKey [0] is",
         "encoded constructed (a0 03 02 01 05) where InitialDPArg has [0] IMPLICIT INTEGER",
         "[TS 29.078 phase 4 InitialDPArg serviceKey [0] IMPLICIT Integer4 (primitive)]"],
        begin("0a00000a", dialogue_portion(aarq(AC_CAP4)),
              components(invoke(1, CAP_INITIAL_DP, SEQ(cctx(0, INT(5)))))))

    msg(["BROKEN (parameter does not decode): MAP v3 mo-ForwardSM whose sm-RP-UI SignalInfo",
         "claims 40 octets inside an argument SEQUENCE that holds fewer",
         "[X.690 8.1.3 inner length beyond the enclosing SEQUENCE; TS 29.002 MO-ForwardSM-Arg]"],
        begin("0001a00f", dialogue_portion(aarq(AC_MO_V3)),
              components(invoke(1, OP_MO_FORWARD_SM,
                                tlv(b"\x30", cat(ctx(4, SMSC), ctx(2, MSISDN), b"\x04\x28", SMS_SUBMIT))))))

    msg(["BROKEN (not ITU TCAP): an ANSI T1.114 Query With Permission package (PRIVATE 4, e4)",
         "[ANSI T1.114 package types are PRIVATE; ITU Q.773 uses APPLICATION]"],
        bytes.fromhex("e40ac7080000000100000002"))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                              "messages.hex")
    build()
    lines = [
        "# Golden TCAP / MAP / CAP messages, encoded by hand from the standards.",
        "# Generated by tests/golden/make-messages.py; do not edit, run the script.",
        "# One message per line as hex, optionally preceded by an application context",
        "# name (dotted OID) and a space: the context for a message without dialogue portion.",
        "# Decode with: tools/tcapdump -T json --hex tests/golden/messages.hex",
        "",
    ]
    for i, (comment, acn, data) in enumerate(MESSAGES, 1):
        lines.append("# %d. %s" % (i, comment[0]))
        lines.extend("#    " + c for c in comment[1:])
        lines.append((acn + " " if acn else "") + data.hex())
        lines.append("")
    # input that is not a message at all: tcapdump gives an "input" layer error record
    n = len(MESSAGES)
    lines += ["# %d. INPUT ERROR: not hex (odd number of digits, 'z')" % (n + 1),
              "62zz0", "",
              "# %d. INPUT ERROR: the first word has a dot but is not an OID" % (n + 2),
              "0.4..1 6200", ""]
    with open(out, "w") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
