#!/usr/bin/env python3
"""asn1gen: tcapkit's generator.

Reads the standards' ASN.1 under asn1/ (unchanged text, one folder per protocol and
version) and writes, into a build directory:

  asn/*.asn          the modules rewritten so that asn1c 0.9.28 compiles them all in
                     one run: every namespace (MAP, each CAP phase, ...) gets its own
                     name prefix, parameterized bounds are resolved, information
                     objects (OPERATION, ERROR, contracts, packages, contexts) are
                     removed, class field types become their real types, EXTERNAL
                     becomes its X.208 form, module OIDs are dropped and IMPORTS are
                     recomputed from what each module really uses.
  tk_registry_gen.c  application contexts, operations and errors as C tables that
                     point at the asn1c type descriptors.
  tk_typeinfo_gen.c  per generated type: its base kind, display hint and named bits
                     (asn1c 0.9.28 keeps neither the type chain nor named bits).
  counts.txt         the numbers of contexts / operations / errors (for the README).

Why rewrite instead of compiling each version separately: asn1c has one global
namespace and no prefix option; compiling phases separately and renaming symbols
afterwards does not work (the C struct names clash in the headers).  See
../shared/notes/asn1c-here.md and docs/generator.md.

Only Python 3 standard library; deterministic output (everything is sorted).
"""

import argparse
import os
import re
import sys

# --------------------------------------------------------------------------------------
# Namespaces: folder under asn1/ -> (namespace, type prefix, value prefix, protocol,
# version).  Modules are looked up first in their own namespace, then in SHARED order.
# --------------------------------------------------------------------------------------
NAMESPACES = [
    # folder          ns       protocol  version
    ("ros",          "Ros",    None,     None),
    ("tcap",         "Tcap",   "tcap",   None),
    ("inap",         "Inap",   None,     None),
    ("map",          "Map",    "map",    None),
    ("map/v1",       "MapV1",  "map",    1),
    ("map/v2",       "MapV2",  "map",    2),
    ("ss",           "Ss",     None,     None),     # TS 24.080: takes MAP's types from Map
    ("cap/phase1",   "Cap1",   "cap",    1),
    ("cap/phase2",   "Cap2",   "cap",    2),
    ("cap/phase3",   "Cap3",   "cap",    3),
    ("cap/phase4",   "Cap4",   "cap",    4),
]
SHARED = ["Map", "Inap", "Tcap", "Ros"]
# where a namespace looks for modules that it does not have itself
FALLBACK = {
    "MapV1": ["MapV2", "Map"],
    "MapV2": ["Map"],
}

# CAP imports the INAP modules under the names ETSI gives them; the stored texts carry the
# names of the documents they were transcribed from (same definitions; for CS1 also the
# same OID).  asn1c and this generator match IMPORTS by module name, hence the aliases.
MODULE_ALIASES = {
    "CS1-DataTypes": "Core-INAP-CS1-DataTypes",
    "CS2-datatypes": "IN-CS2-datatypes",
}

# Information object classes defined outside the modules we compile (X.880 ROS,
# Q.775 TC notation, X.681).  Classes defined with "::= CLASS" are found by parsing.
KNOWN_CLASSES = {
    "OPERATION", "ERROR", "OPERATION-PACKAGE", "CONNECTION-PACKAGE", "CONTRACT",
    "APPLICATION-CONTEXT", "ROS-OBJECT-CLASS", "ABSTRACT-SYNTAX", "TYPE-IDENTIFIER",
    "DIALOGUE-MODE",
}

BUILTIN_KINDS = {
    "INTEGER": "INTEGER", "BOOLEAN": "BOOLEAN", "NULL": "NULL", "ENUMERATED": "ENUMERATED",
    "REAL": "REAL", "ANY": "ANY", "CHOICE": "CHOICE",
    "IA5String": "STRING", "VisibleString": "STRING", "PrintableString": "STRING",
    "NumericString": "STRING", "UTF8String": "STRING", "GraphicString": "STRING",
    "GeneralString": "STRING", "ObjectDescriptor": "STRING", "UTCTime": "STRING",
    "GeneralizedTime": "STRING", "T61String": "STRING", "TeletexString": "STRING",
    "BMPString": "STRING", "UniversalString": "STRING", "VideotexString": "STRING",
}
KEYWORDS = {
    "SEQUENCE", "SET", "OF", "CHOICE", "OPTIONAL", "DEFAULT", "SIZE", "IMPLICIT",
    "EXPLICIT", "APPLICATION", "PRIVATE", "UNIVERSAL", "COMPONENTS", "WITH", "COMPONENT",
    "OCTET", "BIT", "STRING", "OBJECT", "IDENTIFIER", "TRUE", "FALSE", "MIN", "MAX",
    "FROM", "INCLUDES", "EXTERNAL", "CONSTRAINED", "BY", "ALL", "EXCEPT", "UNION",
    "INTERSECTION", "PATTERN", "CONTAINING", "ENCODED", "PRESENT", "ABSENT", "END",
    "BEGIN", "DEFINITIONS", "TAGS", "AUTOMATIC", "EXTENSIBILITY", "IMPLIED", "CLASS",
    "UNIQUE", "SYNTAX", "PLUS-INFINITY", "MINUS-INFINITY",
} | set(BUILTIN_KINDS)

# Display hints: the type names of the standards whose values users read decoded.
# The first name along a type's reference chain (the type itself first) that is listed
# here decides how its value is shown; the inner decoders are in codec/ (values.c,
# isup.c, location.c, sms.c).
HINTS = {
    "TBCD-STRING": "TBCD",
    "AddressString": "ADDRESS",
    "ISDN-AddressString": "ADDRESS",
    "FTN-AddressString": "ADDRESS",
    "USSD-String": "USSD_STRING",
    "USSD-DataCodingScheme": "USSD_DCS",
    # ISUP formats (ITU-T Q.763 / ETSI EN 300 356-1) carried in CAP and MAP
    "CalledPartyNumber": "ISUP_CALLED",
    "CallingPartyNumber": "ISUP_CALLING",
    "LocationNumber": "ISUP_LOCATION",
    "RedirectingPartyID": "ISUP_REDIRECTING",
    "OriginalCalledPartyID": "ISUP_ORIGINAL_CALLED",
    "GenericNumber": "ISUP_GENERIC_NUMBER",
    "AdditionalCallingPartyNumber": "ISUP_GENERIC_NUMBER",
    "Digits": "ISUP_GENERIC_DIGITS",
    "Cause": "ISUP_CAUSE",
    "RedirectionInformation": "ISUP_REDIRECTION_INFO",
    "CallingPartysCategory": "ISUP_CALLING_CATEGORY",
    "CalledPartyBCDNumber": "BCD_24008",
    "TimeAndTimezone": "TIME_AND_TIMEZONE",
    "Category": "ISUP_CALLING_CATEGORY",
    "SS-Status": "SS_STATUS",
    "Ext-SS-Status": "SS_STATUS",
    "ForwardingOptions": "FORW_OPTIONS",
    "Ext-ForwOptions": "FORW_OPTIONS",
    "LegType": "LEG_TYPE",
    "GlobalCellId": "GLOBAL_CELL_ID",
    "APN": "APN",
    "QoS-Subscribed": "QOS",
    "Ext-QoS-Subscribed": "EXT_QOS",
    "Ext2-QoS-Subscribed": "EXT2_QOS",
    "Ext3-QoS-Subscribed": "EXT3_QOS",
    "Ext4-QoS-Subscribed": "EXT4_QOS",
    "MS-Classmark2": "MS_CLASSMARK2",
    "IPSSPCapabilities": "IPSSP_CAPABILITIES",
    "AccessPointName": "APN",
    "DateAndTime": "DATE_AND_TIME",
    # locations (TS 23.003, TS 29.002, TS 23.032)
    "CellGlobalIdOrServiceAreaIdFixedLength": "CGI",
    "LAIFixedLength": "LAI",
    "TA-Id": "TAI",
    "E-UTRAN-CGI": "ECGI",
    "RAIdentity": "RAI",
    "PLMN-Id": "PLMN",
    "GeographicalInformation": "GAD",
    # codes with named values in TS 29.002 (MAP-SS-Code, MAP-TS-Code, MAP-BS-Code)
    "SS-Code": "SS_CODE",
    "TeleserviceCode": "TS_CODE",
    "Ext-TeleserviceCode": "TS_CODE",
    "BearerServiceCode": "BS_CODE",
    "Ext-BearerServiceCode": "BS_CODE",
    # single octets and identities whose bits the ASN.1 comments define (codec/indicators.c)
    "ChargeIndicator": "CHARGE_INDICATOR",
    "CallDiversionTreatmentIndicator": "CALL_DIVERSION_TREATMENT",
    "InterCUG-Restrictions": "INTER_CUG_RESTRICTIONS",
    "MM-Code": "MM_CODE",
    "SGSNCapabilities": "SGSN_CAPABILITIES",
    "CauseValue": "CAUSE_VALUE",
    "NAOliInfo": "NA_OLI",
    "Cksn": "KEY_SET_ID",
    "KSI": "KEY_SET_ID",
    "GPRSChargingID": "UINT",
    "PDPID": "UINT",
    "TraceReference": "UINT",
    "TraceReference2": "UINT",
    "TraceRecordingSessionReference": "UINT",
    "NACarrierSelectionInfo": "NA_CARRIER_SELECTION",
    "NAChargeNumber": "NA_CHARGE_NUMBER",
    "TransactionId": "TRANSACTION_ID",
    "NAEA-CIC": "NAEA_CIC",
    "RNCId": "RNC_ID",
    "NR-CGI": "NR_CGI",
    "NR-TA-Id": "NR_TAI",
    "UUIndicator": "UU_INDICATOR",
    "UUI": "UUI",
    # TS 23.032 / 49.031 locations (codec/lcs.c, codec/location.c), TS 48.008 values
    # (codec/bssap.c), TS 25.413 types in APER (codec/ranap.c), and values coded by other
    # standards (codec/subscriber.c)
    "Ext-GeographicalInformation": "GAD",
    "Add-GeographicalInformation": "GAD",
    "GeodeticInformation": "GEODETIC",
    "VelocityEstimate": "VELOCITY",
    "Horizontal-Accuracy": "HORIZONTAL_ACCURACY",
    "Vertical-Accuracy": "VERTICAL_ACCURACY",
    "LCS-Priority": "LCS_PRIORITY",
    "LCS-ReferenceNumber": "LCS_REFERENCE_NUMBER",
    "PositioningDataInformation": "POSITIONING_DATA",
    "UtranPositioningDataInfo": "UTRAN_POSITIONING_DATA",
    "GeranGANSSpositioningData": "GERAN_GANSS_POSITIONING_DATA",
    "UtranGANSSpositioningData": "UTRAN_GANSS_POSITIONING_DATA",
    "AreaIdentification": "AREA_IDENTIFICATION",
    "ChosenChannelInfo": "BSSMAP_CHOSEN_CHANNEL",
    "ChosenSpeechVersion": "BSSMAP_SPEECH_VERSION",
    "SelectedGSM-Algorithm": "BSSMAP_CHOSEN_ENCRYPTION",
    "BSSMAP-ServiceHandover": "BSSMAP_SERVICE_HANDOVER",
    "RadioResourceInformation": "BSSMAP_CHANNEL_TYPE",
    "ChannelType": "BSSMAP_CHANNEL_TYPE",
    "HandoverPriority": "BSSMAP_PRIORITY",
    "AoIPCodec": "BSSMAP_SPEECH_CODEC",
    "GERAN-Classmark": "BSSMAP_GERAN_CLASSMARK",
    "LCLS-GlobalCallReference": "BSSMAP_GLOBAL_CALL_REFERENCE",
    "CODEC-Info": "BSSMAP_TLV",
    "CipheringAlgorithm": "BSSMAP_PERMITTED_ALGORITHMS",
    "AllowedGSM-Algorithms": "BSSMAP_PERMITTED_ALGORITHMS",
    "ClassmarkInfo": "BSSMAP_CLASSMARK_INFO",
    "LSAAttributes": "LSA_ATTRIBUTES",
    "Codec": "CODEC_26103",
    "IntegrityProtectionInformation": "RANAP_INTEGRITY_INFO",
    "EncryptionInformation": "RANAP_ENCRYPTION_INFO",
    "ChosenIntegrityProtectionAlgorithm": "RANAP_CHOSEN_INTEGRITY",
    "ChosenEncryptionAlgorithm": "RANAP_CHOSEN_ENCRYPTION",
    "PermittedIntegrityProtectionAlgorithms": "RANAP_PERMITTED_INTEGRITY",
    "PermittedEncryptionAlgorithms": "RANAP_PERMITTED_ENCRYPTION",
    "RANAP-ServiceHandover": "RANAP_SERVICE_HANDOVER",
    "PDP-Type": "PDP_TYPE",
    "Ext-PDP-Type": "PDP_TYPE",
    "PDN-Type": "PDN_TYPE",
    "PDP-Address": "PDP_ADDRESS",
    "GSN-Address": "GSN_ADDRESS",
    "ChargingCharacteristics": "CHARGING_CHARACTERISTICS",
    "TimeZone": "TIME_ZONE",
    "Time": "NTP_TIME",
    "LAC": "LAC",
    "ZoneCode": "ZONE_CODE",
    "CUG-Interlock": "CUG_INTERLOCK",
    "LSAIdentity": "LSA_IDENTITY",
    "AlertingPattern": "ALERTING_PATTERN",
    "ISDN-SubaddressString": "ISDN_SUBADDRESS",
    "HighLayerCompatibility": "HIGH_LAYER_COMPATIBILITY",
    "MSNetworkCapability": "MS_NETWORK_CAPABILITY",
    "MSRadioAccessCapability": "MS_RADIO_ACCESS_CAPABILITY",
    "RPCause": "RP_CAUSE",
    "MT-SMSCause": "RP_CAUSE",
    "SM-RP-SMEA": "SM_RP_SMEA",
    "DiameterIdentity": "TEXT",
    "FQDN": "TEXT",
    "SIP-URI": "TEXT",
    "APN-OI-Replacement": "APN_OI_REPLACEMENT",
    "UE-UsageType": "UE_USAGE_TYPE",
    "Restoration-Priority": "RESTORATION_PRIORITY",
    "CS-AllocationRetentionPriority": "CS_ARP",
    "EDRX-Cycle-Length-Value": "EDRX_CYCLE_LENGTH",
    # TS 32.422 / TS 25.413 (codec/mdt.c)
    "ReportingTrigger": "MDT_REPORTING_TRIGGER",
    "UtranAdditionalPositioningData": "UTRAN_ADDITIONAL_POSITIONING_DATA",
    "UtranCivicAddress": "UTRAN_CIVIC_ADDRESS",
    # CAP SMS: single TP fields (codec/sms.c)
    "TPShortMessageSpecificInfo": "TP_FIRST_OCTET",
    "TPProtocolIdentifier": "TP_PID",
    "TPDataCodingScheme": "TP_DCS",
    "TPValidityPeriod": "TP_VP",
}
CODE_FAMILIES = {"SS_CODE": "SS-Code", "TS_CODE": "TeleserviceCode", "BS_CODE": "BearerServiceCode"}

# X.208 form of EXTERNAL (asn1c 0.9.28 does not ship EXTERNAL.h).  Defined in
# ITU-T X.208 (1988) clause 34.
EXTERNAL_X208 = (
    "X208-External DEFINITIONS IMPLICIT TAGS ::= BEGIN EXTERNAL-X208 ::= "
    "[UNIVERSAL 8] IMPLICIT SEQUENCE { direct-reference OBJECT IDENTIFIER OPTIONAL, "
    "indirect-reference INTEGER OPTIONAL, data-value-descriptor ObjectDescriptor OPTIONAL, "
    "encoding CHOICE { single-ASN1-type [0] EXPLICIT ANY, octet-aligned [1] IMPLICIT OCTET STRING, "
    "arbitrary [2] IMPLICIT BIT STRING } } END"
)


class GenError(Exception):
    pass


# --------------------------------------------------------------------------------------
# Lexer
# --------------------------------------------------------------------------------------
class Tok:
    __slots__ = ("kind", "text", "line")

    def __init__(self, kind, text, line):
        self.kind, self.text, self.line = kind, text, line

    def __repr__(self):
        return "%s:%r" % (self.kind, self.text)


_TOKEN_RE = re.compile(r"""
  (?P<assign>::=)
| (?P<ellipsis>\.\.\.)
| (?P<range>\.\.)
| (?P<bstring>'[01\s]*'B)
| (?P<hstring>'[0-9A-Fa-f\s]*'H)
| (?P<cstring>"(?:[^"]|"")*")
| (?P<field>&[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)
| (?P<number>\d+)
| (?P<ident>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)
| (?P<punct>[{}()\[\],;:|@.!<>^*\-])
""", re.VERBOSE)


def lex(text, path):
    toks = []
    i, n, line = 0, len(text), 1
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
            continue
        if c in " \t\r\f\v\u00a0":
            i += 1
            continue
        if text.startswith("--", i):
            # comment: to end of line or to the next "--"
            j = i + 2
            while j < n and text[j] != "\n":
                if text.startswith("--", j):
                    j += 2
                    break
                j += 1
            i = j
            continue
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            if j < 0:
                raise GenError("%s:%d: unterminated comment" % (path, line))
            line += text.count("\n", i, j)
            i = j + 2
            continue
        m = _TOKEN_RE.match(text, i)
        if not m:
            raise GenError("%s:%d: cannot tokenize %r" % (path, line, text[i:i + 20]))
        kind = m.lastgroup
        s = m.group(kind)
        if kind in ("bstring", "hstring"):
            s = re.sub(r"\s+", "", s)
        toks.append(Tok(kind, s, line))
        line += m.group(0).count("\n")
        i = m.end()
    return toks


def match_close(toks, i):
    """index of the bracket closing toks[i]"""
    o = toks[i].text
    c = {"{": "}", "(": ")", "[": "]"}[o]
    depth = 0
    for j in range(i, len(toks)):
        t = toks[j].text
        if toks[j].kind != "punct":
            continue
        if t == o:
            depth += 1
        elif t == c:
            depth -= 1
            if depth == 0:
                return j
    raise GenError("line %d: unbalanced %s" % (toks[i].line, o))


def match_open(toks, j):
    c = toks[j].text
    o = {"}": "{", ")": "(", "]": "["}[c]
    depth = 0
    for i in range(j, -1, -1):
        t = toks[i].text
        if toks[i].kind != "punct":
            continue
        if t == c:
            depth += 1
        elif t == o:
            depth -= 1
            if depth == 0:
                return i
    raise GenError("line %d: unbalanced %s" % (toks[j].line, c))


def is_upper(s):
    return s[:1].isupper()


def is_lower(s):
    return s[:1].islower()


# --------------------------------------------------------------------------------------
# Modules and assignments
# --------------------------------------------------------------------------------------
class Assignment:
    def __init__(self, module, name, params, typ, body, kind):
        self.module = module      # Module
        self.name = name          # str
        self.params = params      # list of tokens inside {} or None
        self.typ = typ            # list of tokens of the governing type/class (values)
        self.body = body          # list of tokens after ::=
        self.kind = kind          # 'type' | 'value' | 'class' | 'object' | 'objectset'
        self.gname = None         # global (prefixed) name


class Module:
    def __init__(self, name, path, ns):
        self.name = name
        self.path = path
        self.ns = ns
        self.tagdefault = "EXPLICIT"
        self.imports = {}         # symbol -> module name
        self.assigns = {}         # name -> Assignment (in order of definition)
        self.order = []


def parse_module_file(path, ns):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    toks = lex(text, path)
    mods = []
    i = 0
    while i < len(toks):
        name = toks[i].text
        if toks[i].kind != "ident":
            raise GenError("%s:%d: expected module name" % (path, toks[i].line))
        i += 1
        if i < len(toks) and toks[i].text == "{":
            i = match_close(toks, i) + 1
        if toks[i].text != "DEFINITIONS":
            raise GenError("%s:%d: expected DEFINITIONS" % (path, toks[i].line))
        m = Module(name, path, ns)
        while toks[i].text != "::=":
            if toks[i].text in ("IMPLICIT", "EXPLICIT", "AUTOMATIC"):
                m.tagdefault = toks[i].text
            i += 1
        i += 1
        if toks[i].text != "BEGIN":
            raise GenError("%s:%d: expected BEGIN" % (path, toks[i].line))
        i += 1
        j = i
        while j < len(toks) and not (toks[j].kind == "ident" and toks[j].text == "END"):
            if toks[j].kind == "punct" and toks[j].text in "{([":
                j = match_close(toks, j)
            j += 1
        if j >= len(toks):
            raise GenError("%s: module %s has no END" % (path, name))
        parse_body(m, toks[i:j])
        mods.append(m)
        i = j + 1
    return mods


def parse_body(m, toks):
    i = 0
    if i < len(toks) and toks[i].text == "EXPORTS":
        while toks[i].text != ";":
            i += 1
        i += 1
    if i < len(toks) and toks[i].text == "IMPORTS":
        i += 1
        syms = []
        while toks[i].text != ";":
            t = toks[i]
            if t.text == "FROM":
                mod = toks[i + 1].text
                for s in syms:
                    m.imports[s] = mod
                syms = []
                i += 2
                if i < len(toks) and toks[i].text == "{":
                    i = match_close(toks, i) + 1
                elif (toks[i].kind == "ident" and is_lower(toks[i].text)
                      and toks[i + 1].text not in (",", "FROM")):
                    i += 1          # AssignedIdentifier given as a value reference
                continue
            if t.text == "{":       # parameterized reference "Foo{}"
                i = match_close(toks, i) + 1
                continue
            if t.kind == "ident":
                syms.append(t.text)
            i += 1
        if syms:
            raise GenError("%s: IMPORTS without FROM: %s" % (m.path, syms))
        i += 1
    rest = toks[i:]
    # positions of ::= at depth 0
    marks = []
    depth = 0
    for k, t in enumerate(rest):
        if t.kind == "punct" and t.text in "{([":
            depth += 1
        elif t.kind == "punct" and t.text in "})]":
            depth -= 1
        elif t.kind == "assign" and depth == 0:
            marks.append(k)
    starts = []
    for k in marks:
        starts.append(lhs_start(rest, k))
    for idx, k in enumerate(marks):
        s = starts[idx]
        e = starts[idx + 1] if idx + 1 < len(marks) else len(rest)
        lhs = rest[s:k]
        body = rest[k + 1:e]
        name = lhs[0].text
        params = None
        p = 1
        if p < len(lhs) and lhs[p].text == "{":
            q = match_close(lhs, p)
            params = lhs[p + 1:q]
            p = q + 1
        typ = lhs[p:]
        if is_upper(name):
            if typ:
                kind = "objectset"
            elif body and body[0].text == "CLASS":
                kind = "class"
            else:
                kind = "type"
        else:
            kind = "value"     # refined later (object or value) once classes are known
        a = Assignment(m, name, params, typ, body, kind)
        if name in m.assigns:
            raise GenError("%s: %s defined twice" % (m.path, name))
        m.assigns[name] = a
        m.order.append(name)


def lhs_start(toks, k):
    j = k - 1
    t = toks[j]
    if t.text == "}":
        o = match_open(toks, j)
        return o - 1
    if t.text == "IDENTIFIER" and toks[j - 1].text == "OBJECT":
        return j - 2
    if t.text in CLASS_NAMES and j >= 1 and toks[j - 1].kind == "ident" and \
            not (j >= 2 and toks[j - 2].kind == "assign"):
        return j - 1            # "ObjectSet CLASS ::=" or "object CLASS ::="
    if is_upper(t.text) and j >= 1:
        prev = toks[j - 1]
        if prev.text == "}":
            # "name {PARAMETERS-BOUND : bound} OPERATION ::=" or a body ending in "}"
            o = match_open(toks, j - 1)
            if o >= 1 and toks[o - 1].kind == "ident" and is_lower(toks[o - 1].text) \
                    and (o < 2 or toks[o - 2].kind != "assign") and \
                    toks[o + 1].kind == "ident" and is_upper(toks[o + 1].text) and \
                    o + 2 < j and toks[o + 2].text == ":":
                return o - 1
            return j
        if prev.kind == "ident" and is_lower(prev.text) and not (j >= 2 and toks[j - 2].kind == "assign"):
            return j - 1
        return j
    return j


# --------------------------------------------------------------------------------------
# The whole set
# --------------------------------------------------------------------------------------
CLASS_NAMES = set(KNOWN_CLASSES)


def prescan_classes(asn1dir):
    """class names must be known before assignments can be split ("Set CLASS ::=")"""
    for folder, ns, proto, ver in NAMESPACES:
        d = os.path.join(asn1dir, folder)
        if not os.path.isdir(d):
            continue
        for fn in sorted(os.listdir(d)):
            if fn.endswith(".asn"):
                toks = lex(open(os.path.join(d, fn), encoding="utf-8", errors="replace").read(), fn)
                for i in range(len(toks) - 2):
                    if toks[i + 1].kind == "assign" and toks[i + 2].text == "CLASS":
                        CLASS_NAMES.add(toks[i].text)


class Universe:
    def __init__(self, asn1dir):
        prescan_classes(asn1dir)
        self.asn1dir = asn1dir
        self.ns_info = {}
        self.modules = {}       # (ns, module name) -> Module
        self.errata = set()     # fixes applied to errors of the published text
        self.classes = CLASS_NAMES
        for folder, ns, proto, ver in NAMESPACES:
            self.ns_info[ns] = (folder, proto, ver)
            d = os.path.join(asn1dir, folder)
            if not os.path.isdir(d):
                continue
            for fn in sorted(os.listdir(d)):
                if not fn.endswith(".asn"):
                    continue
                for m in parse_module_file(os.path.join(d, fn), ns):
                    key = (ns, m.name)
                    if key in self.modules:
                        raise GenError("module %s defined twice in %s" % (m.name, ns))
                    self.modules[key] = m
        # the X.208 EXTERNAL, put in the TCAP namespace under its own module
        toks = lex(EXTERNAL_X208, "<x208>")
        xm = Module("X208-External", "<X.208>", "Tcap")
        parse_body(xm, toks[toks.index(next(t for t in toks if t.text == "BEGIN")) + 1:-1])
        self.modules[("Tcap", xm.name)] = xm
        self.external = xm.assigns["EXTERNAL-X208"]
        for m in self.modules.values():
            for a in m.assigns.values():
                if a.kind == "class":
                    self.classes.add(a.name)
        for m in self.modules.values():
            for a in m.assigns.values():
                if a.kind == "value":
                    if a.typ and a.typ[0].text in self.classes:
                        a.kind = "object"

    def ns_order(self, ns):
        return [ns] + FALLBACK.get(ns, []) + [s for s in SHARED if s != ns]

    def find_module(self, ns, name):
        name = MODULE_ALIASES.get(name, name)
        for n in self.ns_order(ns):
            m = self.modules.get((n, name))
            if m:
                return m
        return None

    def resolve_unimported(self, m, name):
        """Erratum in the published text: a type used but never imported (TS 29.078
        Rel-12 CAP-datatypes uses UserCSGInformation of MAP-MS-DataTypes).  Accepted
        only when exactly one module the namespace can see defines it; reported."""
        if not is_upper(name) or name in KEYWORDS:
            return None
        found = []
        for ns in self.ns_order(m.ns):
            for (n2, mn), mod in sorted(self.modules.items()):
                if n2 == ns and name in mod.assigns and mod.assigns[name].kind == "type":
                    found.append(mod.assigns[name])
            if found:
                break
        if len(found) == 1:
            self.errata.add("%s: %s used without IMPORTS, taken from %s"
                            % (m.name, name, found[0].module.name))
            return found[0]
        return None

    def resolve(self, m, name, seen=None):
        """(module, Assignment) that `name` refers to inside module m, or None"""
        a = m.assigns.get(name)
        if a:
            return a
        src = m.imports.get(name)
        if src is None:
            return self.resolve_unimported(m, name)
        seen = seen or set()
        # a module of the same name in a namespace searched later (MAP v2's
        # MAP-SM-DataTypes defines only what v2 changes; the rest is Rel-16's)
        for sm in self.find_modules(m.ns, src):
            if (sm.ns, sm.name, name) in seen:
                continue
            seen.add((sm.ns, sm.name, name))
            r = self.resolve(sm, name, seen)
            if r is not None:
                return r
        return None

    def find_modules(self, ns, name):
        name = MODULE_ALIASES.get(name, name)
        return [self.modules[(n, name)] for n in self.ns_order(ns) if (n, name) in self.modules]


# --------------------------------------------------------------------------------------
# Values: integers, OIDs, codes
# --------------------------------------------------------------------------------------
class Evaluator:
    def __init__(self, u):
        self.u = u
        self.cache = {}

    def value(self, m, name):
        a = self.u.resolve(m, name)
        if a is None:
            raise GenError("%s: unresolved value %s" % (m.name, name))
        key = id(a)
        if key in self.cache:
            return self.cache[key]
        v = self.eval_tokens(a.module, a.typ, a.body)
        self.cache[key] = v
        return v

    def eval_tokens(self, m, typ, body):
        tt = [t.text for t in typ]
        if tt == ["OBJECT", "IDENTIFIER"]:
            return ("oid", self.oid(m, body))
        if len(body) == 1 and body[0].kind == "number":
            return ("int", int(body[0].text))
        if len(body) == 2 and body[0].text == "-" and body[1].kind == "number":
            return ("int", -int(body[1].text))
        if len(body) == 1 and body[0].kind == "ident" and is_lower(body[0].text):
            return self.value(m, body[0].text)
        # Code ::= CHOICE {local INTEGER, global OBJECT IDENTIFIER}
        if len(body) >= 3 and body[0].text in ("local", "global") and body[1].text == ":":
            if body[0].text == "local":
                rest = body[2:]
                if len(rest) == 2 and rest[0].text == "-":
                    return ("local", -int(rest[1].text))
                if rest[0].kind == "number":
                    return ("local", int(rest[0].text))
                return ("local", self.value(m, rest[0].text)[1])
            return ("global", self.oid(m, body[2:]))
        return ("other", " ".join(t.text for t in body))

    def oid(self, m, body):
        if not body or body[0].text != "{":
            if len(body) == 1:
                v = self.value(m, body[0].text)
                if v[0] != "oid":
                    raise GenError("%s: %s is not an OID" % (m.name, body[0].text))
                return v[1]
            raise GenError("%s: bad OID value %s" % (m.name, body))
        inner = body[1:match_close(body, 0)]
        arcs = []
        i = 0
        named = {"itu-t": 0, "ccitt": 0, "iso": 1, "joint-iso-itu-t": 2, "joint-iso-ccitt": 2,
                 "recommendation": 0, "question": 1, "administration": 2, "network-operator": 3,
                 "identified-organization": 4, "standard": 0, "member-body": 2}
        while i < len(inner):
            t = inner[i]
            if t.kind == "number":
                arcs.append(int(t.text))
                i += 1
            elif t.kind == "ident":
                if i + 1 < len(inner) and inner[i + 1].text == "(":
                    arcs.append(int(inner[i + 2].text) if inner[i + 2].kind == "number"
                                else self.value(m, inner[i + 2].text)[1])
                    i += 4
                elif i == 0 and (self.u.resolve(m, t.text) is not None):
                    v = self.value(m, t.text)
                    if v[0] == "oid":
                        arcs.extend(v[1])
                    else:
                        arcs.append(v[1])
                    i += 1
                elif t.text in named and (i == 0 or t.text not in ("standard",)):
                    arcs.append(named[t.text])
                    i += 1
                else:
                    v = self.value(m, t.text)
                    arcs.extend(v[1] if v[0] == "oid" else [v[1]])
                    i += 1
            else:
                raise GenError("%s: bad OID component %r" % (m.name, t.text))
        return arcs


# --------------------------------------------------------------------------------------
# Rewriting for asn1c
# --------------------------------------------------------------------------------------
def type_prefix(ns):
    return ns


def value_prefix(ns):
    return ns[0].lower() + ns[1:]


class Rewriter:
    def __init__(self, u, ev):
        self.u = u
        self.ev = ev
        self.bounds = self.find_bounds()
        self.dropped = []       # (module, name, reason)
        self.errata = []        # fixes applied to errors of the published text
        self.errata_info = []
        self.clashes = {}
        for (ns, mn), m in u.modules.items():
            for a in m.assigns.values():
                if a.kind in ("type", "value"):
                    self.clashes[(ns, a.name)] = self.clashes.get((ns, a.name), 0) + 1

    def find_bounds(self):
        """PARAMETERS-BOUND objects: per namespace, field -> integer"""
        res = {}
        for (ns, mn), m in sorted(self.u.modules.items()):
            for a in m.assigns.values():
                if a.kind == "object" and a.typ and a.typ[0].text == "PARAMETERS-BOUND" \
                        and a.body and a.body[0].text == "{":
                    d = res.setdefault(ns, {})
                    inner = a.body[1:match_close(a.body, 0)]
                    syntax = self.class_syntax(m, a.typ[0].text)
                    i = 0
                    while i < len(inner):
                        field, width = None, 1
                        if inner[i].kind == "field":
                            field = inner[i].text
                        else:
                            # defined syntax: the longest keyword phrase that names a field
                            for phrase, f in syntax:
                                w = len(phrase)
                                if tuple(t.text for t in inner[i:i + w]) == phrase:
                                    field, width = f, w
                                    break
                        if field is not None and i + width < len(inner):
                            t = inner[i + width]
                            if t.kind == "number":
                                d.setdefault(field, int(t.text))
                            elif t.kind == "ident" and is_lower(t.text):
                                v = self.ev.value(m, t.text)
                                if v[0] == "int":
                                    d.setdefault(field, v[1])
                            i += width + 1
                        else:
                            i += 1
        return res

    def class_syntax(self, m, cls):
        """WITH SYNTAX of a class: [(keyword phrase tuple, &field)], longest first"""
        a = self.u.resolve(m, cls)
        if a is None or a.kind != "class":
            return []
        body = a.body
        k = match_close(body, 1)
        rest = body[k + 1:]
        if len(rest) < 3 or rest[0].text != "WITH" or rest[1].text != "SYNTAX":
            return []
        inner = rest[3:match_close(rest, 2)]
        out, phrase = [], []
        for t in inner:
            if t.kind == "field":
                if phrase:
                    out.append((tuple(phrase), t.text))
                phrase = []
            elif t.text in ("[", "]", ","):
                phrase = []
            else:
                phrase.append(t.text)
        out.sort(key=lambda x: -len(x[0]))
        return out

    def gname(self, a):
        if a.gname:
            return a.gname
        ns = a.module.ns
        name = a.name
        if self.clashes.get((ns, a.name), 0) > 1:
            # two modules of one namespace define the name (MAP-MS and MAP-GR both
            # define RequestedInfo): both get their module's short name
            short = re.sub(r"^(MAP|CAP)-", "", a.module.name)
            short = re.sub(r"-(DataTypes|datatypes)$", "", short)
            name = short + "-" + a.name
        if is_upper(a.name):
            base = type_prefix(ns) + "-" + name
        else:
            base = value_prefix(ns) + "-" + name
        a.gname = base
        return base

    def class_field_type(self, m, cls, field):
        """type tokens of a CLASS field, resolved in the class's module"""
        a = self.u.resolve(m, cls)
        if a is None or a.kind != "class":
            return None, None
        body = a.body
        k = match_close(body, 1)
        inner = body[2:k]
        for i, t in enumerate(inner):
            if t.kind == "field" and t.text == field:
                j = i + 1
                out = []
                while j < len(inner) and inner[j].text not in (",", "OPTIONAL", "UNIQUE", "DEFAULT"):
                    out.append(inner[j])
                    j += 1
                return out, a.module
        return None, None

    def rewrite(self, m, toks, deps):
        """rewrite a body (type) for asn1c; deps collects referenced Assignments"""
        out = []
        i = 0
        n = len(toks)
        while i < n:
            t = toks[i]
            # bound.&field -> number
            if t.kind == "ident" and i + 2 < n and toks[i + 1].text == "." and toks[i + 2].kind == "field":
                cls_a = self.u.resolve(m, t.text)
                if cls_a is not None and cls_a.kind == "class":
                    # CLASS.&field: class field type
                    ft, fm = self.class_field_type(m, t.text, toks[i + 2].text)
                    if ft is None:
                        raise GenError("%s: unknown field %s.%s" % (m.name, t.text, toks[i + 2].text))
                    j = i + 3
                    if j < n and toks[j].text == "(":
                        j = match_close(toks, j) + 1
                    if is_upper(toks[i + 2].text[1:]) or not ft:
                        out.append(Tok("ident", "ANY", t.line))
                    else:
                        out.extend(self.rewrite(fm, ft, deps))
                    i = j
                    continue
                field = toks[i + 2].text
                b = self.bounds.get(m.ns, {})
                if field not in b:
                    raise GenError("%s: no bound for %s" % (m.name, field))
                out.append(Tok("number", str(b[field]), t.line))
                i += 3
                continue
            if t.kind == "ident" and t.text == "COMPONENTS" and i + 2 < n and toks[i + 1].text == "OF" \
                    and not (out and out[-1].text == "WITH"):
                # COMPONENTS OF T: asn1c 0.9.28 gives the included components EXPLICIT tags
                # even in an IMPLICIT TAGS module, so expand it here as X.680 defines it:
                # the root components of T (no extension marker, no additions)
                out.extend(self.components_of(m, toks[i + 2], deps))
                i += 3
                continue
            if t.kind == "ident" and t.text == "EXTERNAL":
                deps.add(self.u.external)
                out.append(Tok("ident", self.gname(self.u.external), t.line))
                i += 1
                continue
            if t.kind == "ident" and t.text == "CONSTRAINED" and out and out[-1].text == "(":
                # (CONSTRAINED BY {...}) : user-defined constraint, not checkable; drop
                j = match_close(toks, i - 1)
                out.pop()
                i = j + 1
                continue
            if t.kind == "ident" and is_lower(t.text) and i + 1 < n and toks[i + 1].text == "[" \
                    and out and out[-1].text not in (",", "{", "(", "|") and out[-1].kind != "assign":
                # Erratum in the published text: a component list without the comma
                # between two components (TS 29.078 DpSpecificCriteriaAlt,
                # DpSpecificInfoAlt).  "name [n]" can only start a component.
                self.errata.append("%s: comma inserted before component %s (line %d)"
                                   % (m.name, t.text, t.line))
                out.append(Tok("punct", ",", t.line))
            if t.kind == "ident" and t.text not in KEYWORDS:
                a = self.u.resolve(m, t.text)
                if a is not None and a.kind in ("type", "value"):
                    if a.kind == "value" and not self.keep_value(a):
                        raise GenError("%s: uses value %s that asn1c cannot take" % (m.name, t.text))
                    deps.add(a)
                    out.append(Tok("ident", self.gname(a), t.line))
                    i += 1
                    if a.kind == "type" and i < n and toks[i].text == "{" and a.params is not None:
                        i = match_close(toks, i) + 1      # actual parameters
                    continue
                if a is not None and a.kind in ("class", "object", "objectset"):
                    raise GenError("%s: type uses information object %s" % (m.name, t.text))
                if a is None and is_upper(t.text) and not (i > 0 and toks[i - 1].text == "."):
                    raise GenError("%s: unresolved type %s" % (m.name, t.text))
            out.append(t)
            i += 1
        return out

    def components_of(self, m, ref, deps):
        a = self.u.resolve(m, ref.text)
        if a is None or a.kind != "type":
            raise GenError("%s: COMPONENTS OF unknown type %s" % (m.name, ref.text))
        b = a.body
        i = 0
        while i < len(b) and b[i].text == "[":
            i = match_close(b, i) + 1
            if i < len(b) and b[i].text in ("IMPLICIT", "EXPLICIT"):
                i += 1
        if i + 1 >= len(b) or b[i].text not in ("SEQUENCE", "SET") or b[i + 1].text != "{":
            raise GenError("%s: COMPONENTS OF %s, which is not a SEQUENCE" % (m.name, ref.text))
        inner = b[i + 2:match_close(b, i + 1)]
        root = []
        j = 0
        while j < len(inner):
            t = inner[j]
            if t.kind == "ellipsis":
                break
            if t.text in ("{", "(", "["):
                k = match_close(inner, j)
                root.extend(inner[j:k + 1])
                j = k + 1
                continue
            root.append(t)
            j += 1
        while root and root[-1].text == ",":
            root.pop()
        if len(inner) and len(root) < len(inner):
            self.errata_info.append("%s: COMPONENTS OF %s expanded (root components only)"
                                    % (m.name, ref.text))
        return self.rewrite(a.module, root, deps)

    def keep_value(self, a):
        tt = [t.text for t in a.typ]
        if tt in (["INTEGER"], ["BOOLEAN"]):
            return True
        if len(tt) == 1 and is_upper(tt[0]):
            ta = self.u.resolve(a.module, tt[0])
            if ta is not None and ta.kind == "type":
                k = base_kind(self.u, ta)
                return k in ("INTEGER", "OCTET STRING", "BIT STRING", "ENUMERATED", "BOOLEAN")
        return False

    def param_is_bound(self, a):
        """True if the parameter list only takes PARAMETERS-BOUND (resolvable)"""
        if a.params is None:
            return True
        return all(t.text in ("PARAMETERS-BOUND", ":", "bound", ",") for t in a.params)


def base_kind(u, a, depth=0):
    """base kind of a type assignment: SEQUENCE, SEQUENCE OF, CHOICE, ..."""
    if depth > 50:
        raise GenError("type loop at %s" % a.name)
    b = [t for t in a.body]
    i = 0
    # tags
    while i < len(b) and b[i].text == "[":
        i = match_close(b, i) + 1
        if i < len(b) and b[i].text in ("IMPLICIT", "EXPLICIT"):
            i += 1
    if i >= len(b):
        return "?"
    t = b[i].text
    nxt = b[i + 1].text if i + 1 < len(b) else ""
    if t in ("SEQUENCE", "SET"):
        if nxt == "OF" or nxt == "SIZE" or nxt == "(":
            return t + " OF"
        return t
    if t == "OCTET":
        return "OCTET STRING"
    if t == "BIT":
        return "BIT STRING"
    if t == "OBJECT":
        return "OBJECT IDENTIFIER"
    if t == "EXTERNAL":
        return "SEQUENCE"
    if t in BUILTIN_KINDS:
        return BUILTIN_KINDS[t]
    r = u.resolve(a.module, t)
    if r is None or r.kind != "type":
        return "?"
    return base_kind(u, r, depth + 1)


def type_chain(u, a, depth=0):
    """assignments along the reference chain of a type assignment, itself first"""
    out = [a]
    if depth > 50:
        return out
    b = a.body
    i = 0
    while i < len(b) and b[i].text == "[":
        i = match_close(b, i) + 1
        if i < len(b) and b[i].text in ("IMPLICIT", "EXPLICIT"):
            i += 1
    if i < len(b) and b[i].kind == "ident" and b[i].text not in KEYWORDS:
        r = u.resolve(a.module, b[i].text)
        if r is not None and r.kind == "type":
            out += type_chain(u, r, depth + 1)
    return out


def named_bits(a):
    b = a.body
    i = 0
    while i < len(b) and b[i].text == "[":
        i = match_close(b, i) + 1
        if i < len(b) and b[i].text in ("IMPLICIT", "EXPLICIT"):
            i += 1
    if i + 2 < len(b) and b[i].text == "BIT" and b[i + 1].text == "STRING" and b[i + 2].text == "{":
        k = match_close(b, i + 2)
        inner = b[i + 3:k]
        bits = []
        j = 0
        while j < len(inner):
            if inner[j].kind == "ident" and j + 2 < len(inner) and inner[j + 1].text == "(" \
                    and inner[j + 2].kind == "number":
                bits.append((int(inner[j + 2].text), inner[j].text))
                j += 4
            else:
                j += 1
        return sorted(bits)
    return []


# --------------------------------------------------------------------------------------
# Information objects: operations, errors, packages, contracts, application contexts
# --------------------------------------------------------------------------------------
def object_fields(body):
    """split an object definition body '{ FIELD value FIELD value }' into (keyword, tokens)"""
    if not body or body[0].text != "{":
        return None
    inner = body[1:match_close(body, 0)]
    return inner


def split_keywords(inner, keywords):
    """[(keyword-string, tokens)] for a defined-syntax object body"""
    res = []
    cur_kw = None
    cur = []
    i = 0
    while i < len(inner):
        matched = None
        for kw in keywords:
            parts = kw.split()
            if [t.text for t in inner[i:i + len(parts)]] == parts:
                matched = kw
                break
        if matched and not (cur_kw == "ARGUMENT" and matched == "OPTIONAL") and \
                not (cur_kw == "RESULT" and matched == "OPTIONAL") and \
                not (cur_kw == "PARAMETER" and matched == "OPTIONAL"):
            if cur_kw is not None:
                res.append((cur_kw, cur))
            cur_kw, cur = matched, []
            i += len(matched.split())
            continue
        if inner[i].text in ("{", "(", "["):
            j = match_close(inner, i)
            cur.extend(inner[i:j + 1])
            i = j + 1
            continue
        cur.append(inner[i])
        i += 1
    if cur_kw is not None:
        res.append((cur_kw, cur))
    return res


OP_KW = ["ARGUMENT", "RESULT", "RETURN RESULT", "ERRORS", "LINKED", "ALWAYS RESPONDS",
         "SYNCHRONOUS", "IDEMPOTENT", "PRIORITY", "CODE", "PARAMETER", "OPTIONAL"]


def strip_opt(toks):
    """'Type OPTIONAL TRUE' -> ('Type tokens', optional)"""
    for i, t in enumerate(toks):
        if t.text == "OPTIONAL" and i > 0:
            return toks[:i], True
    return toks, False


def set_members(toks):
    """'{a | b {bound} | c}' -> ['a','b','c']"""
    if not toks:
        return []
    if toks[0].text == "{":
        toks = toks[1:match_close(toks, 0)]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.text == "{":
            i = match_close(toks, i) + 1
            continue
        if t.kind == "ident" and t.text not in ("|", "UNION"):
            out.append(t.text)
        i += 1
    return out


class Tables:
    def __init__(self, u, ev, rw):
        self.u, self.ev, self.rw = u, ev, rw
        self.errors = {}      # (ns, name) -> dict(code, param gname or None)
        self.ops = {}         # (ns, name) -> dict
        self.contexts = []    # dicts

    def type_ref(self, m, toks, what, owner):
        """argument/result/parameter: a type reference or an inline type -> gname"""
        toks = [t for t in toks]
        if not toks:
            return None
        if len(toks) >= 1 and toks[0].kind == "ident" and is_upper(toks[0].text) \
                and toks[0].text not in KEYWORDS:
            rest = toks[1:]
            if rest and rest[0].text == "{":
                rest = rest[match_close(rest, 0) + 1:]
            if not rest:
                a = self.u.resolve(m, toks[0].text)
                if a is None or a.kind != "type":
                    raise GenError("%s: %s of %s: unknown type %s" % (m.name, what, owner, toks[0].text))
                return a
        # inline type: synthesize "<NS>-<owner>-<what>" in the same module
        name = owner[0].upper() + owner[1:] + "-" + what
        a = Assignment(m, name, None, [], toks, "type")
        a.synthetic = True
        if name in m.assigns:
            return m.assigns[name]
        m.assigns[name] = a
        m.order.append(name)
        return a

    def code(self, m, toks):
        v = self.ev.eval_tokens(m, [], toks)
        if v[0] == "local" or v[0] == "int":
            return ("local", v[1])
        if v[0] == "global":
            return ("global", v[1])
        raise GenError("%s: bad CODE %s" % (m.name, " ".join(t.text for t in toks)))

    def collect(self):
        for key in sorted(self.u.modules):
            m = self.u.modules[key]
            for name in list(m.order):
                a = m.assigns[name]
                if a.kind != "object" or not a.typ:
                    continue
                cls = a.typ[0].text
                inner = object_fields(a.body)
                if inner is None:
                    continue
                if cls == "ERROR":
                    f = dict(split_keywords(inner, OP_KW))
                    if "CODE" not in f:
                        continue
                    param, popt = strip_opt(f.get("PARAMETER", []))
                    self.errors[(m.ns, name)] = {
                        "name": name, "module": m, "code": self.code(m, f["CODE"]),
                        "param": self.type_ref(m, param, "Parameter", name) if param else None,
                    }
                elif cls == "OPERATION":
                    f = dict(split_keywords(inner, OP_KW))
                    if "CODE" not in f:
                        continue
                    arg, _ = strip_opt(f.get("ARGUMENT", []))
                    res, _ = strip_opt(f.get("RESULT", []))
                    rr = [t.text for t in f.get("RETURN RESULT", [])]
                    self.ops[(m.ns, name)] = {
                        "name": name, "module": m, "code": self.code(m, f["CODE"]),
                        "arg": self.type_ref(m, arg, "Arg", name) if arg else None,
                        "res": self.type_ref(m, res, "Res", name) if res else None,
                        "returns": bool(res) or rr == ["TRUE"],
                        "errors": set_members(f.get("ERRORS", [])),
                        "linked": set_members(f.get("LINKED", [])),
                    }

    def op_of(self, m, name):
        a = self.u.resolve(m, name)
        if a is None:
            return None
        return self.ops.get((a.module.ns, a.name))

    def err_of(self, m, name):
        a = self.u.resolve(m, name)
        if a is None:
            return None
        return self.errors.get((a.module.ns, a.name))

    # ---- CAP: APPLICATION-CONTEXT -> CONTRACT -> packages -> operations
    def package_ops(self, m, name, seen):
        a = self.u.resolve(m, name)
        if a is None or a.kind != "object":
            raise GenError("%s: unknown package %s" % (m.name, name))
        inner = object_fields(a.body)
        f = split_keywords(inner, ["CONSUMER INVOKES", "SUPPLIER INVOKES", "OPERATIONS", "ID"])
        ops = []
        for kw, toks in f:
            if kw == "ID":
                continue
            for opn in set_members(toks):
                op = self.op_of(a.module, opn)
                if op is None:
                    raise GenError("%s: package %s names unknown operation %s" % (a.module.name, name, opn))
                ops.append(op)
        return ops

    def contract_ops(self, m, name):
        a = self.u.resolve(m, name)
        if a is None or a.kind != "object":
            raise GenError("%s: unknown contract %s" % (m.name, name))
        inner = object_fields(a.body)
        f = split_keywords(inner, ["CONNECTION", "INITIATOR CONSUMER OF", "RESPONDER CONSUMER OF",
                                   "OPERATIONS OF", "ID"])
        ops = []
        for kw, toks in f:
            if kw in ("ID", "CONNECTION"):
                continue
            for pk in set_members(toks):
                ops += self.package_ops(a.module, pk, set())
        return ops

    def collect_cap_contexts(self):
        for key in sorted(self.u.modules):
            m = self.u.modules[key]
            folder, proto, ver = self.u.ns_info[m.ns]
            if proto != "cap":
                continue
            for name in m.order:
                a = m.assigns[name]
                if a.kind != "object" or not a.typ or a.typ[0].text != "APPLICATION-CONTEXT":
                    continue
                inner = object_fields(a.body)
                f = dict(split_keywords(inner, ["CONTRACT", "DIALOGUE MODE", "ABSTRACT SYNTAXES",
                                                "APPLICATION CONTEXT NAME"]))
                oidtoks = f["APPLICATION CONTEXT NAME"]
                oid = self.ev.oid(m, oidtoks) if oidtoks[0].text == "{" else \
                    self.ev.value(m, oidtoks[0].text)[1]
                ops = self.contract_ops(m, f["CONTRACT"][0].text)
                self.add_context(name, oid, "cap", ver, ops, m.ns)

    def finalize_contexts(self):
        """One entry per OID.  A CAP text also carries the application contexts of
        earlier phases that it did not change (the Rel-12 text has the phase 3 GPRS
        and SMS contexts): the phase is a property of the OID (0.4.0.0.1.0.5x.v is
        phase v+1, 0.4.0.0.1.20/21.3.x phase 3, 0.4.0.0.1.22/23.3.x phase 4), and the
        OID's types are those of the folder of that phase when it defines the OID."""
        best = {}
        for c in self.contexts:
            if c["protocol"] == "cap":
                c["folder_version"] = c["version"]
                c["version"] = cap_phase_of_oid(c["oid"])
            key = tuple(c["oid"])
            prev = best.get(key)
            if prev is None:
                best[key] = c
                continue
            self.duplicates.append((".".join(map(str, key)), prev["ns"], c["ns"]))
            def rank(x):
                return (0 if x.get("folder_version", x["version"]) == x["version"] else 1,
                        x.get("folder_version", 0))
            if rank(c) < rank(prev):
                best[key] = c
        self.contexts = [best[k] for k in sorted(best)]

    def add_context(self, name, oid, proto, ver, ops, ns):
        if not ops:
            # e.g. sIWFSAllocationContext: its operations have no ASN.1 in any text
            self.empty_contexts.append(name)
            return
        uniq = {}
        for op in ops:
            c = op["code"]
            prev = uniq.get(c)
            if prev is not None and prev is not op:
                raise GenError("context %s: code %s used by %s and %s" % (name, c, prev["name"], op["name"]))
            uniq[c] = op
        self.contexts.append({"name": name, "oid": oid, "protocol": proto, "version": ver,
                              "ops": [uniq[c] for c in sorted(uniq)], "ns": ns})

    # ---- MAP: application-contexts.txt lists the operations of every AC version
    def collect_map_contexts(self, path):
        base = None
        mac = self.u.modules.get(("Map", "MAP-ApplicationContexts"))
        if mac is not None:
            base = self.ev.value(mac, "map-ac")[1]
        else:
            base = [0, 4, 0, 0, 1, 0]
        acs = []
        cur = None
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = line.split("#", 1)[0].strip()
                if not line:
                    continue
                w = line.split()
                if w[0] == "ac":
                    # ac <name> <ac-id> versions <v,v,..>
                    cur = {"name": w[1], "id": int(w[2]),
                           "versions": [int(x) for x in w[4].split(",")], "ops": {}}
                    acs.append(cur)
                elif w[0] == "op":
                    if cur is None:
                        raise GenError("%s:%d: op before ac" % (path, lineno))
                    for v in w[1].split(","):
                        cur["ops"].setdefault(int(v), []).append(w[2])
                else:
                    raise GenError("%s:%d: cannot parse %r" % (path, lineno, line))
        for ac in acs:
            for v in ac["versions"]:
                ns_try = {1: ["MapV1", "MapV2", "Map"], 2: ["MapV2", "Map"]}.get(v, ["Map"])
                ops = []
                for opn in ac["ops"].get(v, []):
                    op = None
                    for ns in ns_try:
                        op = self.ops.get((ns, opn))
                        if op:
                            break
                    if op is None:
                        self.missing_map_ops.append((ac["name"], v, opn))
                        continue
                    ops.append(op)
                self.add_context("%s-v%d" % (ac["name"], v), base + [ac["id"], v], "map", v, ops,
                                 "Map")


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------
def toks_to_text(toks):
    out = []
    for t in toks:
        if out and out[-1] == "-" and t.kind == "number":
            out[-1] = "-" + t.text      # negative number: asn1c wants no space
            continue
        out.append(t.text)
    return " ".join(out)


def emit_modules(u, rw, outdir):
    """write the asn1c input modules; returns list of file names"""
    os.makedirs(outdir, exist_ok=True)
    keep = {}          # id(a) -> (a, rewritten tokens, deps)
    dropped = []
    # all type assignments are candidates; values are kept on demand
    worklist = []
    for key in sorted(u.modules):
        m = u.modules[key]
        for name in m.order:
            a = m.assigns[name]
            if a.kind == "type":
                worklist.append(a)
    failed = {}
    for a in worklist:
        if not rw.param_is_bound(a):
            failed[id(a)] = "parameterized by %s" % toks_to_text(a.params)
            continue
        deps = set()
        try:
            toks = rw.rewrite(a.module, a.body, deps)
        except GenError as e:
            failed[id(a)] = str(e)
            continue
        keep[id(a)] = (a, toks, deps)
    # values referenced by kept types
    changed = True
    while changed:
        changed = False
        for k, (a, toks, deps) in list(keep.items()):
            for d in deps:
                if id(d) in keep or id(d) in failed:
                    continue
                if d.kind == "value":
                    dd = set()
                    try:
                        t2 = rw.rewrite(d.module, d.typ, dd) + [Tok("assign", "::=", 0)] + \
                            rw.rewrite(d.module, d.body, dd)
                    except GenError as e:
                        failed[id(d)] = str(e)
                        changed = True
                        continue
                    keep[id(d)] = (d, t2, dd)
                    changed = True
    # drop types depending on failed ones (transitively)
    changed = True
    while changed:
        changed = False
        for k, (a, toks, deps) in list(keep.items()):
            for d in deps:
                if id(d) in failed or (id(d) not in keep and d.kind == "type"):
                    failed[k] = "depends on %s (%s)" % (d.name, failed.get(id(d), "not kept"))
                    del keep[k]
                    changed = True
                    break
    for a in worklist:
        if id(a) in failed:
            dropped.append((a.module.ns, a.module.name, a.name, failed[id(a)]))
    # group by module
    bymod = {}
    for a, toks, deps in keep.values():
        bymod.setdefault((a.module.ns, a.module.name), []).append((a, toks, deps))
    files = []
    for (ns, mn) in sorted(bymod):
        items = bymod[(ns, mn)]
        m = u.modules[(ns, mn)]
        order = {name: i for i, name in enumerate(m.order)}
        items.sort(key=lambda x: order[x[0].name])
        gmod = "%s-%s" % (ns, mn)
        imports = {}
        for a, toks, deps in items:
            for d in deps:
                if d.module is m:
                    continue
                imports.setdefault("%s-%s" % (d.module.ns, d.module.name), set()).add(rw.gname(d))
        src = m.path if m.path.startswith("<") else os.path.relpath(m.path, u.asn1dir)
        lines = ["-- generated by tools/asn1gen.py from %s; do not edit" % src,
                 "%s DEFINITIONS %s TAGS ::= BEGIN" % (gmod, m.tagdefault)]
        if imports:
            lines.append("IMPORTS")
            for src in sorted(imports):
                lines.append("  %s FROM %s" % (", ".join(sorted(imports[src])), src))
            lines.append(";")
        for a, toks, deps in items:
            if a.kind == "type":
                lines.append("%s ::= %s" % (rw.gname(a), toks_to_text(toks)))
            else:
                lines.append("%s %s" % (rw.gname(a), toks_to_text(toks)))
        lines.append("END")
        fn = "%s.asn" % gmod
        with open(os.path.join(outdir, fn), "w") as f:
            f.write("\n".join(lines) + "\n")
        files.append(fn)
    return files, keep, dropped


def cap_phase_of_oid(arcs):
    if len(arcs) == 8 and arcs[:5] == [0, 4, 0, 0, 1]:
        if arcs[5] == 0 and arcs[6] in (50, 51, 52):
            return arcs[7] + 1
        if arcs[5] in (20, 21):
            return 3
        if arcs[5] in (22, 23):
            return 4
    raise GenError("CAP application context OID %s: phase unknown" % ".".join(map(str, arcs)))


def c_ident(gname):
    return gname.replace("-", "_")


def emit_registry(u, rw, tables, keep, path):
    kept_types = {rw.gname(a) for a, _, _ in keep.values() if a.kind == "type"}
    decls = set()

    def td(a):
        """descriptor and name of an argument/result/parameter type; every declared type
        must have been compiled (a declared type without C code is a generation error)"""
        if a is None:
            return "NULL, NULL"
        g = rw.gname(a)
        if g not in kept_types:
            tables.untyped.append(g)
            return "NULL, NULL"
        decls.add(g)
        return '&asn_DEF_%s, "%s"' % (c_ident(g), g)

    lines = []
    # errors per namespace
    err_list = sorted(tables.errors.values(), key=lambda e: (e["module"].ns, e["code"][1] if e["code"][0] == "local" else 1 << 30, e["name"]))
    body = []
    body.append("const struct tk_error_desc tk_gen_errors[] = {")
    err_index = {}
    for i, e in enumerate(err_list):
        if e["code"][0] != "local":
            raise GenError("error %s has a global code" % e["name"])
        err_index[(e["module"].ns, e["name"])] = i
        body.append('\t{ "%s", "%s", %d, %s },' % (e["module"].ns, e["name"], e["code"][1], td(e["param"])))  # td gives "desc, name"
    body.append("};")
    body.append("const size_t tk_gen_errors_count = %d;" % len(err_list))
    body.append("")
    # operations
    op_list = sorted(tables.ops.values(), key=lambda o: (o["module"].ns, o["code"][1] if o["code"][0] == "local" else 1 << 30, o["name"]))
    op_index = {}
    errrefs = []
    body_ops = ["const struct tk_operation_desc tk_gen_operations[] = {"]
    for i, o in enumerate(op_list):
        op_index[id(o)] = i
        eidx = []
        for en in o["errors"]:
            e = tables.err_of(o["module"], en)
            if e is None:
                raise GenError("operation %s: unknown error %s" % (o["name"], en))
            eidx.append(err_index[(e["module"].ns, e["name"])])
        eidx = sorted(set(eidx))
        start = len(errrefs)
        errrefs.extend(eidx)
        if o["code"][0] != "local":
            raise GenError("operation %s has a global code" % o["name"])
        arg_td, arg_n = td(o["arg"]).split(", ")
        res_td, res_n = td(o["res"]).split(", ")
        body_ops.append('\t{ "%s", "%s", %d, %s, %s, %s, %s, %d, %d, %d },' % (
            o["module"].ns, o["name"], o["code"][1], arg_td, res_td, arg_n, res_n,
            1 if o["returns"] else 0, start, len(eidx)))
    body_ops.append("};")
    body_ops.append("const size_t tk_gen_operations_count = %d;" % len(op_list))
    body_ops.append("")
    body_ops.append("const uint16_t tk_gen_error_refs[] = {")
    for k in range(0, len(errrefs), 16):
        body_ops.append("\t" + ", ".join(str(x) for x in errrefs[k:k + 16]) + ",")
    body_ops.append("};")
    body_ops.append("")
    # contexts
    ctx_refs = []
    body_ctx = ["const struct tk_context_desc tk_gen_contexts[] = {"]
    ctxs = sorted(tables.contexts, key=lambda c: c["oid"])
    for c in ctxs:
        start = len(ctx_refs)
        ctx_refs.extend(op_index[id(o)] for o in c["ops"])
        oid = ".".join(str(x) for x in c["oid"])
        body_ctx.append('\t{ "%s", "%s", TK_PROTO_%s, %d, "%s", %d, %d },' % (
            c["name"], oid, c["protocol"].upper(), c["version"], c["ns"], start, len(c["ops"])))
    body_ctx.append("};")
    body_ctx.append("const size_t tk_gen_contexts_count = %d;" % len(ctxs))
    body_ctx.append("")
    body_ctx.append("const uint16_t tk_gen_context_ops[] = {")
    for k in range(0, len(ctx_refs), 16):
        body_ctx.append("\t" + ", ".join(str(x) for x in ctx_refs[k:k + 16]) + ",")
    body_ctx.append("};")
    lines.append("/* generated by tools/asn1gen.py; do not edit */")
    lines.append("#include <stddef.h>")
    lines.append("#include <stdint.h>")
    lines.append('#include "registry_gen.h"')
    lines.append("")
    for g in sorted(decls):
        lines.append("extern asn_TYPE_descriptor_t asn_DEF_%s;" % c_ident(g))
    lines.append("")
    with open(path, "w") as f:
        f.write("\n".join(lines + body + body_ops + body_ctx) + "\n")
    return len(ctxs), len(op_list), len(err_list)


def contained_type(u, a):
    """CAP's BER-in-OCTET-STRING: (CONSTRAINED BY {-- ... -- TypeName {bound}}) names
    the type whose encoding the OCTET STRING holds"""
    b = a.body
    for i in range(len(b) - 2):
        if b[i].text == "CONSTRAINED" and b[i + 1].text == "BY" and b[i + 2].text == "{":
            inner = b[i + 3:match_close(b, i + 2)]
            for t in inner:
                if t.kind == "ident" and is_upper(t.text) and t.text not in KEYWORDS:
                    r = u.resolve(a.module, t.text)
                    if r is not None and r.kind == "type":
                        return r
    return None


def collect_codes(u):
    """hint family -> sorted [(value, name)] from value assignments such as
    `clip SS-Code ::= '00010001'B` in the Rel-16 MAP modules"""
    out = {}
    for (ns, mn), m in sorted(u.modules.items()):
        if ns != "Map":
            continue
        for name in m.order:
            a = m.assigns[name]
            if a.kind != "value" or len(a.typ) != 1 or len(a.body) != 1:
                continue
            fam = [f for f, tname in CODE_FAMILIES.items() if tname == a.typ[0].text]
            if not fam:
                continue
            t = a.body[0]
            if t.kind == "bstring":
                val = int(t.text[1:-2] or "0", 2)
            elif t.kind == "hstring":
                val = int(t.text[1:-2] or "0", 16)
            else:
                continue
            out.setdefault(fam[0], {}).setdefault(val, name)
    return {f: sorted(v.items()) for f, v in out.items()}


def emit_typeinfo(u, rw, keep, path):
    kept_names = {rw.gname(a) for a, _, _ in keep.values() if a.kind == "type"}
    rows = []
    bits_out = []
    for a, toks, deps in keep.values():
        if a.kind != "type":
            continue
        k = base_kind(u, a)
        chain = type_chain(u, a)
        hint = "NONE"
        for c in chain:
            if c.name in HINTS:
                hint = HINTS[c.name]
                break
        contains = None
        for c in chain:
            contains = contained_type(u, c)
            if contains is not None:
                break
        if contains is not None and rw.gname(contains) not in kept_names:
            contains = None
        bits = []
        for r in chain:
            bits = named_bits(r)
            if bits:
                break
        rows.append((rw.gname(a), k, hint, bits, rw.gname(contains) if contains else None))
    rows.sort()
    lines = ["/* generated by tools/asn1gen.py; do not edit */",
             '#include <stddef.h>', '#include "typeinfo_gen.h"', ""]
    for g in sorted({r[4] for r in rows if r[4]}):
        lines.append("extern struct asn_TYPE_descriptor_s asn_DEF_%s;" % c_ident(g))
    # named code values (SS-Code, TeleserviceCode, BearerServiceCode) from the MAP modules
    codes = collect_codes(u)
    for fam in sorted(codes):
        lines.append("static const struct tk_code_name codes_%s[] = {" % fam)
        for val, name in codes[fam]:
            lines.append('\t{ 0x%02x, "%s" },' % (val, name))
        lines.append("};")
    for g, k, hint, bits, cont in rows:
        if bits:
            lines.append("static const struct tk_named_bit nb_%s[] = {" % c_ident(g))
            for num, name in bits:
                lines.append('\t{ %d, "%s" },' % (num, name))
            lines.append("};")
    lines.append("const struct tk_typeinfo tk_gen_typeinfo[] = {")
    for g, k, hint, bits, cont in rows:
        kind = "TK_KIND_" + k.replace(" ", "_")
        if k == "?":
            kind = "TK_KIND_UNKNOWN"
        nb = ("nb_%s, %d" % (c_ident(g), len(bits))) if bits else "NULL, 0"
        cd = ("codes_%s, %d" % (hint, len(codes[hint]))) if hint in codes else "NULL, 0"
        ct = ("&asn_DEF_%s" % c_ident(cont)) if cont else "NULL"
        lines.append('\t{ "%s", %s, TK_HINT_%s, %s, %s, %s },' % (g, kind, hint, nb, cd, ct))
    lines.append("};")
    lines.append("const size_t tk_gen_typeinfo_count = %d;" % len(rows))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--asn1", required=True, help="the asn1/ folder of the source tree")
    ap.add_argument("--out", required=True, help="output folder (build tree)")
    args = ap.parse_args()
    try:
        u = Universe(args.asn1)
        ev = Evaluator(u)
        rw = Rewriter(u, ev)
        tables = Tables(u, ev, rw)
        tables.missing_map_ops = []
        tables.empty_contexts = []
        tables.untyped = []
        tables.collect()
        tables.collect_cap_contexts()
        acfile = os.path.join(args.asn1, "map", "application-contexts.txt")
        if os.path.exists(acfile):
            tables.collect_map_contexts(acfile)
        tables.duplicates = []
        tables.finalize_contexts()
        files, keep, dropped = emit_modules(u, rw, os.path.join(args.out, "asn"))
        nctx, nops, nerr = emit_registry(u, rw, tables, keep, os.path.join(args.out, "tk_registry_gen.c"))
        emit_typeinfo(u, rw, keep, os.path.join(args.out, "tk_typeinfo_gen.c"))
        with open(os.path.join(args.out, "asn1-modules.txt"), "w") as f:
            f.write("\n".join(files) + "\n")
        with open(os.path.join(args.out, "report.txt"), "w") as f:
            f.write("contexts %d\noperations %d\nerrors %d\n" % (nctx, nops, nerr))
            for ns, mn, n, why in sorted(dropped):
                f.write("not-compiled %s %s %s: %s\n" % (ns, mn, n, why))
            for ac, v, opn in tables.missing_map_ops:
                f.write("missing-map-op %s-v%d %s\n" % (ac, v, opn))
            for name in tables.empty_contexts:
                f.write("context-without-operations %s (not in the registry)\n" % name)
            for oid, ns1, ns2 in tables.duplicates:
                f.write("context %s in %s and %s\n" % (oid, ns1, ns2))
            for e in sorted(set(rw.errata) | u.errata):
                f.write("erratum %s\n" % e)
            for g in sorted(set(tables.untyped)):
                f.write("untyped %s\n" % g)
        if tables.untyped:
            raise GenError("argument/result/parameter types not compiled (see report.txt): %s"
                           % ", ".join(sorted(set(tables.untyped))))
        print("asn1gen: %d modules, %d contexts, %d operations, %d errors, %d types not compiled"
              % (len(files), nctx, nops, nerr, len(dropped)))
    except GenError as e:
        print("asn1gen: error: %s" % e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
