#!/usr/bin/env python3
"""Compare tcapdump's JSON with tshark's dissection of the public captures.

Usage: tshark-compare.py TCAPDUMP CAPTURES_DIR DIFFERENCES_MD [CAPTURE...]

For every capture (every file under CAPTURES_DIR unless some are named), tshark is run
with the preferences that capture needs (table PREFS below, from the captures' README)
and its PDML is reduced, per frame, to multisets of the fields below; tcapdump's records
of the same frame are reduced the same way.  A frame can carry several TCAP messages, so
fields are compared as multisets per frame, never per message.

  type      TCAP message type     tcap.{begin,continue,end,abort,unidirectional}_element,
                                  ansi_tcap.{queryWithPerm,...}_element | tcap.type
  otid      ITU originating TID   tcap.otid                        | tcap.otid
  dtid      ITU destination TID   tcap.dtid                        | tcap.dtid
  tid       ANSI transaction ID   ansi_tcap.identifier             | otid + dtid (ANSI types)
  component component types and invoke IDs, "type:id"
                                  {gsm_old,camel,tcap,ansi_tcap}.<type>_element with
                                  gsm_old.invokeID, camel.present, tcap.invokeID,
                                  ansi_tcap.componentID(s) (first octet) | components[]
  acn       dialogue ACN          tcap.application_context_name,
                                  ansi_tcap.objectApplicationId,
                                  ansi_tcap.integerApplicationId   | dialogue.acn
  opcode    local operation codes gsm_old.opCode/gsm_old.localValue, camel.opcode/camel.local,
                                  tcap.opCode/tcap.localValue,
                                  ansi_tcap.operationCode/{national,private}
                                                                   | components[].opcode
  errorCode local error codes     gsm_old.errorCode/gsm_old.localValue,
                                  camel.error_code_local, tcap.errorCode/...,
                                  ansi_tcap.errorCode/{national,ec_private}
                                                                   | components[].errorCode
  imsi      IMSI digits           e212.imsi not in an AddressString | {"digits"} under a key
                                                                     containing "imsi"
  address   AddressString digits  e164.msisdn, gsm_map.address.digits, and e212.imsi in an
                                  AddressString (numbering plan E.212); not the hidden
                                  e164.msisdn tshark adds under ISUP-format numbers
                                                                   | {"numberingPlan",
                                                                      "digits"} objects,
                                                                     MAP-OPEN's included
  isupNumber ISUP-format number digits (Q.763: CAP calledPartyNumber, callingPartyNumber,
                                  locationNumber, redirectingPartyID, originalCalledPartyID,
                                  destinationRoutingAddress, generic numbers, ...)
                                  isup.called, isup.calling, isup.location_number,
                                  isup.redirecting, isup.original_called_number,
                                  isup.generic_number and the other isup.* number fields,
                                  hex digits B, C, F written *, #, ST as tcapkit does
                                                                   | {"oddEven", "digits"}
                                                                     objects, "" skipped
  bcdNumber TS 24.008 BCD number digits (CAP calledPartyBCDNumber)
                                  gsm_a.dtap.{cld,clg,red}_party_bcd_num
                                                                   | {"typeOfNumber",
                                                                      "digits"} objects
  cause     Q.850 cause values (CAP releaseCall, releaseCause, failureCause, ...)
                                  camel.cause_indicator, q931.cause_value,
                                  isup.cause_indicator             | "causeValue"
  ussd      USSD texts            gsm_map.ussd_string, except for an 8-bit data coding
                                  scheme (tshark prints the octets as characters), and
                                  without the <CR> padding of TS 23.038 6.1.2.3.1
                                                                   | {"dcs", "text"} objects
  sms       SMS texts (TP-UD of the TPDU in sm-RP-UI)
                                  gsm_sms.sms_text, tshark run with
                                  -o gsm_sms.reassemble:FALSE (one text per TPDU)
                                                                   | "ud": {"text"}
  sccp.calling, sccp.called       sccp.calling.digits, sccp.called.digits
                                                                   | transport.sccp.*.digits
  rrc       the ENUMERATED and INTEGER values of the TS 25.331 RRC containers that BSSAP and
            RANAP carry in MAP, as "identifier=value" (enumerations by name)
                                  leaf rrc.* fields of an integer type (tshark -G fields)
                                  whose shown name is "identifier: name (n)" or
                                  "identifier: n"; a CHOICE (which tshark also shows as
                                  "identifier: alternative (n)") has a child and is left out
                                                                   | string and integer
                                                                     members inside the
                                                                     "value" of rrc.c's
                                                                     {"type","value","hex"}

All but the SCCP digits and the SMS texts are taken from tshark's tcap, ansi_tcap,
gsm_map and camel protocol trees, not from protocols nested in them (BSSMAP in signalInfo
and the like, which tcapkit leaves as hex); the ISUP, Q.850 and TS 24.008 fields that
CAP's parameters produce are in the camel tree itself (tshark calls the ISUP, Q.931 and
GSM A parameter decoders directly).  The SMS texts come from the gsm_sms protocol, with which
tshark dissects the TPDU in gsm_map's sm-RP-UI.  Fields tshark generates rather than reads (size 0, e.g.
the operation code it copies into an ANSI returnResult from the matching invoke, or the
"<MISSING>" empty ANSI transaction ID) are ignored.  The field names are checked against
`tshark -G fields` first.

Output: one line per disagreement, "FILE FRAME FIELD: tshark=A tcapkit=B" (sorted
multisets, comma-separated, "-" when empty, ussd and sms texts JSON-quoted),
"(explained)" appended when DIFFERENCES_MD lists it; then "tshark-compare: N compared, M disagreements (K explained)", N counting
(frame, field) pairs where either side has a value.  Exit 1 when a disagreement is not
explained, 2 on a tool failure, 0 otherwise.
"""
import collections
import fnmatch
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

# tshark preferences per capture, from ../shared/captures/README.md ("tshark needs").
# tcapkit needs none of them.
PREFS = {
    "wireshark-wiki/CAP.pcap": ["-o", "sccp.default_payload:tcap"],
    "wireshark-wiki/3G-2G-HO.pcap": ["-o", "mtp3.standard:ANSI", "-o", "sccp.default_payload:tcap"],
    # camel.tcap.ssn beyond the README: frames 4-5 continue a dialogue whose Begin is not
    # in the capture, on SSNs 200/152, so tshark decodes their components only with it
    "wireshark-wiki/camel.pcap": ["-o", "sccp.default_payload:tcap",
                                  "-o", "camel.tcap.ssn:146,152,200"],
    "wireshark-wiki/SRI_Invalid_MSISDN11.pcap": ["-o", "mtp3.standard:ANSI"],
    "wireshark-wiki/packlog-example.cap": ["-d", "udp.port==7890,syslog"],
    "wireshark-wiki/japan_tcap_over_m2pa.pcap": ["-o", "mtp3.standard:Japan"],
    "wireshark-wiki/ansi_map_win.pcap": ["-o", "mtp3.standard:ANSI"],
}

FIELDS = ["type", "otid", "dtid", "tid", "acn", "component", "opcode", "errorCode", "imsi",
          "address", "isupNumber", "bcdNumber", "cause", "ussd", "sms",
          "sccp.calling", "sccp.called", "bssap.imsi", "bssap.cause", "bssap.cell", "rrc"]

# tshark fields of an integer type (filled by check_fields from tshark -G fields): the RRC
# comparison reads only those, so that an OCTET STRING shown as digits is not taken for one
INTEGER_FIELDS = set()
RRC_ENUM = re.compile(r"^([A-Za-z][\w-]*): (.+) \((-?\d+)\)$")
RRC_INT = re.compile(r"^([A-Za-z][\w-]*): (-?\d+)$")

# BSSAP carried in MAP signalInfo (AN-APDU, ExternalSignalInfo gsm-0806): tshark dissects it
# as the protocols gsm_a.bssmap and gsm_a.dtap nested in gsm_map; compared as bssap.*
BSSAP_PROTOS = ("gsm_a.bssmap", "gsm_a.dtap")

# tshark preferences for every capture: one SMS text per TPDU, as tcapkit shows it (with
# reassembly tshark would show a concatenated SMS's text once, in its last segment), and the
# RRC inside RANAP, as tcapkit decodes it
GLOBAL_PREFS = ["-o", "gsm_sms.reassemble:FALSE",
                # RANAP's RRC-Container dissected as RRC (off by default in tshark 4.0)
                "-o", "ranap.dissect_rrc_container:TRUE"]

ITU_TYPES = {
    "tcap.unidirectional_element": "unidirectional",
    "tcap.begin_element": "begin",
    "tcap.continue_element": "continue",
    "tcap.end_element": "end",
    "tcap.abort_element": "abort",
}
ANSI_TYPES = {
    "ansi_tcap.unidirectional_element": "ansi-unidirectional",
    "ansi_tcap.queryWithPerm_element": "ansi-query-with-permission",
    "ansi_tcap.queryWithoutPerm_element": "ansi-query-without-permission",
    "ansi_tcap.response_element": "ansi-response",
    "ansi_tcap.conversationWithPerm_element": "ansi-conversation-with-permission",
    "ansi_tcap.conversationWithoutPerm_element": "ansi-conversation-without-permission",
    "ansi_tcap.abort_element": "ansi-abort",
}
COMPONENT_TYPES = {
    "invoke_element": "invoke", "invokeLast_element": "invoke",
    "invokeNotLast_element": "invoke",
    "returnResultLast_element": "returnResultLast",
    "returnResultNotLast_element": "returnResultNotLast",
    "returnError_element": "returnError", "reject_element": "reject",
    "returnResult_element": "returnResultLast",	# camel (ROS): tag [2], returnResultLast
}
COMPONENT_PROTOS = ("gsm_old", "camel", "tcap", "ansi_tcap")
INVOKE_ID = ("gsm_old.invokeID", "gsm_old.derivable", "camel.present",
             "tcap.invokeID", "tcap.derivable", "ansi_tcap.componentIDs",
             "ansi_tcap.componentID")
# container field -> the fields below it that carry the local code
OPCODE = {
    "gsm_old.opCode": ("gsm_old.localValue",),
    "camel.opcode": ("camel.local",),
    "tcap.opCode": ("tcap.localValue",),
    "ansi_tcap.operationCode": ("ansi_tcap.national", "ansi_tcap.private"),
}
ERRCODE = {
    "gsm_old.errorCode": ("gsm_old.localValue",),
    "tcap.errorCode": ("tcap.localValue", "tcap.nationaler", "tcap.privateer"),
    "ansi_tcap.errorCode": ("ansi_tcap.national", "ansi_tcap.ec_private"),
}
ERRCODE_LEAF = ("camel.error_code_local",)
APP_PROTOS = ("gsm_map", "camel", "tcap", "ansi_tcap")
# ISUP-format numbers (Q.763 3.9, 3.10, 3.26, 3.30, 3.38, 3.39, ...) that tshark's camel
# and gsm_map dissectors decode with the ISUP parameter dissectors: the digits field of each
ISUP_NUMBER = ("isup.called", "isup.calling", "isup.redirecting", "isup.redirection_number",
               "isup.original_called_number", "isup.location_number", "isup.generic_number",
               "isup.connected_number", "isup.subsequent_number", "isup.called_in_number",
               "isup.charge_number")
# tshark writes every ISUP address signal as its hex digit; tcapkit writes codes 11, 12 and
# 15 as Q.763 names them ('*' and '#' as mobile networks use codes 11 and 12, "ST")
ISUP_SIGNALS = {"B": "*", "C": "#", "F": "ST"}
# TS 24.008 10.5.4.7/9/21b BCD numbers (CAP calledPartyBCDNumber and the like)
BCD_NUMBER = ("gsm_a.dtap.cld_party_bcd_num", "gsm_a.dtap.clg_party_bcd_num",
              "gsm_a.dtap.red_party_bcd_num")
# Q.850 cause value: CAP's Cause (tshark decodes it with its Q.931 cause decoder and its
# own field), and the Q.931/ISUP fields should a cause be decoded by those
CAUSE_VALUE = ("camel.cause_indicator", "q931.cause_value", "isup.cause_indicator")
# fields whose values are texts: printed JSON-quoted in the disagreement lines
TEXT_FIELDS = ("ussd", "sms")


def ussd_alphabet(dcs):
    """The alphabet a USSD string is in, from its data coding scheme (TS 23.038 clause 5,
    the CBS coding groups): "gsm7", "8bit", "ucs2", or None when reserved."""
    hi, lo = dcs >> 4, dcs & 0x0f
    if hi in (0, 2, 3):		# languages in the GSM 7 bit default alphabet
        return "gsm7"
    if hi == 1:			# 0x10 GSM 7 bit, 0x11 UCS2, after a language indication
        return {0: "gsm7", 1: "ucs2"}.get(lo)
    if hi in (4, 5, 6, 7, 9):	# general data coding, message with user data header
        return ("gsm7", "8bit", "ucs2", None)[(lo >> 2) & 3]
    if hi == 15:		# data coding / message class
        return "8bit" if lo & 4 else "gsm7"
    return None


def tshark_ussd(fl, dcs):
    """tshark's USSD string as tcapkit shows it, or None where tshark shows no text.
    tshark prints 8-bit data as if it were characters (tcapkit shows it as hex only), and
    keeps the <CR> that TS 23.038 6.1.2.3.1 puts in the 7 spare bits of a GSM 7 bit string
    of 8n-1 characters, which "the receiving entity shall remove"."""
    text = fl.get("show")
    alphabet = ussd_alphabet(dcs) if dcs is not None else None
    if alphabet == "8bit":
        return None
    if alphabet == "gsm7" and int(fl.get("size", "0")) % 7 == 0 and text.endswith("\r"):
        text = text[:-1]
    return text


def generated(el):
    return el.get("size") == "0" and el.get("value") is None


def first_desc(el, names):
    for d in el.iter("field"):
        if d is not el and d.get("name") in names and not generated(d):
            return d.get("show")
    return None


def tshark_frames(path, prefs):
    """{frame: {field: Counter}} for the frames where tshark sees TCAP."""
    cmd = ["tshark", "-n", "-r", path] + GLOBAL_PREFS + prefs \
        + ["-Y", "tcap || ansi_tcap", "-T", "pdml"]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.stderr.write("tshark failed on %s: %s\n" % (path, p.stderr.decode(errors="replace")))
        sys.exit(2)
    frames = {}
    # tshark writes control characters of a text (an SMS's or USSD string's line feed)
    # into PDML attributes as they are, and XML attribute normalisation would turn them
    # into spaces: escape them first (tshark escapes '"' itself, so the quotes delimit)
    pdml = re.sub(rb'"[^"]*"', lambda m: re.sub(rb"[\t\n\r]", lambda c: b"&#%d;" % c.group(0)[0],
                                                 m.group(0)), p.stdout)
    root = ET.fromstring(pdml)
    for pkt in root.iter("packet"):
        num = None
        f = collections.defaultdict(collections.Counter)
        for proto in pkt.findall("proto"):
            pname = proto.get("name")
            if pname == "geninfo":
                for fl in proto.iter("field"):
                    if fl.get("name") == "num":
                        num = int(fl.get("show"))
            elif pname == "frame" and num is None:
                for fl in proto.iter("field"):
                    if fl.get("name") == "frame.number":
                        num = int(fl.get("show"))
            elif pname == "sccp":
                for fl in proto.iter("field"):
                    n = fl.get("name")
                    if n in ("sccp.calling.digits", "sccp.called.digits"):
                        f[n[:-len(".digits")]][fl.get("show")] += 1
            elif pname in APP_PROTOS:
                walk_app(proto, f)
        # BSSAP nested in MAP: its own fields only (not the RRC containers inside it)
        for bp in pkt.iter("proto"):
            if bp.get("name") in BSSAP_PROTOS:
                walk_bssap(bp, f)
        # RRC containers nested in BSSAP or RANAP: their enumerations and integers (tshark
        # puts the rrc.* fields in the tree of the element that holds them, beside an empty
        # "rrc" proto node)
        walk_rrc(pkt, f)
        # the SMS TPDU in sm-RP-UI: tshark's gsm_sms (a protocol of its own in the PDML)
        for sp in pkt.iter("proto"):
            if sp.get("name") == "gsm_sms":
                for fl in sp.iter("field"):
                    if fl.get("name") == "gsm_sms.sms_text" and not generated(fl):
                        f["sms"][fl.get("show")] += 1
        if num is None:
            continue
        frames[num] = f
    return frames


def fields_of(el, parent=None):
    """(field, parent field) pairs below EL in document order, not descending into
    protocols nested inside it (BSSAP/RANAP/ISUP carried in signalInfo and the like,
    which tcapkit leaves as hex)."""
    for c in el:
        if c.tag == "field":
            yield c, parent
            yield from fields_of(c, c)


def is_address(parent):
    """PARENT is an AddressString (tshark puts the TON/NPI octet's fields under it)."""
    return parent is not None and any(c.get("name") == "gsm_map.number_plan" for c in parent)


def walk_bssap(proto, f):
    for fl, parent in fields_of(proto):
        n = fl.get("name")
        if generated(fl):
            continue
        if n == "e212.imsi":
            f["bssap.imsi"][fl.get("show")] += 1
        elif n in ("gsm_a.bssmap.cause", "gsm_a.dtap.cause"):
            f["bssap.cause"][str(int(fl.get("show"), 16))] += 1
        elif n == "gsm_a.bssmap.cell_ci":
            f["bssap.cell"]["ci:%d" % int(fl.get("show"), 16)] += 1
        elif n == "gsm_a.bssmap.sac":
            f["bssap.cell"]["sac:%d" % int(fl.get("show"), 16)] += 1


def walk_rrc(pkt, f):
    """tshark's RRC fields: leaf integer fields, an enumeration as identifier=name, an INTEGER
    as identifier=n (a CHOICE is shown like an enumeration but has its alternative as child)."""
    for fl in pkt.iter("field"):
        n = fl.get("name") or ""
        if not n.startswith("rrc.") or n not in INTEGER_FIELDS or generated(fl) \
                or fl.find("field") is not None:
            continue
        sn = fl.get("showname") or ""
        m = RRC_ENUM.match(sn)
        if m:
            f["rrc"]["%s=%s" % (m.group(1), m.group(2))] += 1
            continue
        m = RRC_INT.match(sn)
        if m:
            f["rrc"]["%s=%s" % (m.group(1), m.group(2))] += 1


def walk_rrc_tk(v, f, key=""):
    """tcapkit's RRC values (rrc.c): inside "value", enumerations (strings) and integers by
    their identifier; objects with "hex" are other decoders' values (bit strings, NAS
    messages, classmarks) except nested RRC containers, whose "value" is walked in turn."""
    if isinstance(v, dict):
        if "hex" in v:
            if "type" in v and isinstance(v.get("value"), dict):
                walk_rrc_tk(v["value"], f, key)
            return
        for k, x in v.items():
            if isinstance(x, bool) or x is None:
                continue
            if isinstance(x, (str, int)):
                f["rrc"]["%s=%s" % (k, x)] += 1
            else:
                walk_rrc_tk(x, f, k)
    elif isinstance(v, list):
        for x in v:
            walk_rrc_tk(x, f, key)


def find_rrc_tk(v, f):
    """the RRC values anywhere in a decoded value: rrc.c's {"type","value","hex"} objects"""
    if isinstance(v, dict):
        if isinstance(v.get("type"), str) and isinstance(v.get("value"), dict) and "hex" in v:
            walk_rrc_tk(v, f)
            return
        for x in v.values():
            find_rrc_tk(x, f)
    elif isinstance(v, list):
        for x in v:
            find_rrc_tk(x, f)


def walk_bssap_tk(v, f, key=""):
    """The same fields in tcapkit's decoded BSSAP (bssap.c, dtap.c): identities, causes,
    cells, and the text of an SMS relayed as DTAP (CP-DATA / RP-DATA / TPDU)."""
    if isinstance(v, dict):
        if v.get("typeOfIdentity") == "IMSI" and isinstance(v.get("digits"), str):
            f["bssap.imsi"][v["digits"]] += 1
        if isinstance(v.get("causeValue"), int):
            f["bssap.cause"][str(v["causeValue"])] += 1
        for k in ("ci", "sac"):
            if isinstance(v.get(k), int) and "mcc" in v:
                f["bssap.cell"]["%s:%d" % (k, v[k])] += 1
        if key == "ud" and isinstance(v.get("text"), str):
            f["sms"][v["text"]] += 1
        for k, x in v.items():
            walk_bssap_tk(x, f, k)
    elif isinstance(v, list):
        for x in v:
            walk_bssap_tk(x, f, key)


def walk_app(proto, f):
    dcs = None	# the last ussd-DataCodingScheme, which precedes its ussd-String
    for fl, parent in fields_of(proto):
        n = fl.get("name")
        if n in ITU_TYPES:
            f["type"][ITU_TYPES[n]] += 1
        elif n in ANSI_TYPES:
            f["type"][ANSI_TYPES[n]] += 1
        elif n in ("tcap.otid", "tcap.dtid", "ansi_tcap.identifier"):
            if generated(fl):
                continue	# "<MISSING>": a zero-length ANSI transaction ID
            key = "tid" if n == "ansi_tcap.identifier" else n[5:]
            f[key][fl.get("value", "").lower()] += 1
        elif n in ("tcap.application_context_name", "ansi_tcap.objectApplicationId",
                   "ansi_tcap.integerApplicationId"):
            f["acn"][fl.get("show")] += 1
        elif n and n.split(".", 1)[0] in COMPONENT_PROTOS \
                and n.split(".", 1)[1] in COMPONENT_TYPES:
            ct = COMPONENT_TYPES[n.split(".", 1)[1]]
            v = first_desc(fl, INVOKE_ID)
            if v is not None and n.startswith("ansi_tcap."):
                v = str(int(v.replace(":", "")[:2], 16))	# invoke ID, then correlation ID
            f["component"]["%s:%s" % (ct, "-" if v is None else v)] += 1
        elif n in OPCODE:
            v = first_desc(fl, OPCODE[n])
            if v is not None:
                f["opcode"][v] += 1
        elif n in ERRCODE:
            v = first_desc(fl, ERRCODE[n])
            if v is not None:
                f["errorCode"][v] += 1
        elif n in ERRCODE_LEAF and not generated(fl):
            f["errorCode"][fl.get("show")] += 1
        elif n in ISUP_NUMBER and not generated(fl):
            if fl.get("show"):	# no address signals: tcapkit's "", no field for tshark
                f["isupNumber"]["".join(ISUP_SIGNALS.get(ch, ch) for ch in fl.get("show"))] += 1
        elif n in BCD_NUMBER and not generated(fl):
            f["bcdNumber"][fl.get("show")] += 1
        elif n in CAUSE_VALUE and not generated(fl):
            f["cause"][fl.get("show")] += 1
        elif n == "gsm_map.ss.ussd_DataCodingScheme" and not generated(fl):
            try:
                dcs = int(fl.get("value", "")[:2], 16)
            except ValueError:
                dcs = None
        elif n == "gsm_map.ussd_string" and not generated(fl):
            text = tshark_ussd(fl, dcs)
            if text is not None:
                f["ussd"][text] += 1
        elif n in ("e212.imsi", "e164.msisdn", "gsm_map.address.digits"):
            if generated(fl) or fl.get("hide") == "yes":
                continue	# e.g. the hidden e164.msisdn under an ISUP-format number
            if n == "e212.imsi" and not is_address(parent):
                f["imsi"][fl.get("show")] += 1
            else:	# AddressString digits; tshark shows an E.212-plan one as e212.imsi
                f["address"][fl.get("show")] += 1


def walk_value(v, f, key=""):
    if isinstance(v, dict):
        if "digits" in v and isinstance(v["digits"], str):
            if "oddEven" in v:	# ISUP format (Q.763), generic numbers included
                if v["digits"]:	# "" when there are no address signals
                    f["isupNumber"][v["digits"]] += 1
            elif "typeOfNumber" in v:	# TS 24.008 BCD number
                f["bcdNumber"][v["digits"]] += 1
            elif "numberingPlan" in v or "nature" in v:
                f["address"][v["digits"]] += 1
            elif "imsi" in key.lower():
                f["imsi"][v["digits"]] += 1
        if isinstance(v.get("causeValue"), int):	# Q.850 cause indicators
            f["cause"][str(v["causeValue"])] += 1
        if isinstance(v.get("dcs"), int) and isinstance(v.get("text"), str):
            f["ussd"][v["text"]] += 1	# USSD-String, decoded with the USSD DCS
        if key == "ud" and isinstance(v.get("text"), str):
            f["sms"][v["text"]] += 1	# TP-UD of an SMS TPDU in sm-RP-UI
        for k, x in v.items():
            if k != "signalInfo":	# protocols nested in MAP: compared apart (bssap.*)
                walk_value(x, f, k)
            elif isinstance(x, dict) and "discrimination" in x:
                walk_bssap_tk(x, f)
    elif isinstance(v, list):
        for x in v:
            walk_value(x, f, key)


def tcapkit_frames(dump, path):
    p = subprocess.run([dump, "-r", "-T", "json", "--no-progress", path],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.stderr.write("tcapdump failed on %s: %s\n" % (path, p.stderr.decode(errors="replace")))
        sys.exit(2)
    frames = {}
    for line in p.stdout.decode().splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if "tcap" not in r or "frame" not in r:
            continue
        f = frames.setdefault(r["frame"], collections.defaultdict(collections.Counter))
        t = r.get("tcap") or {}
        ty = t.get("type")
        f["type"][str(ty)] += 1
        if str(ty).startswith("ansi-"):
            tid = (t.get("otid") or "") + (t.get("dtid") or "")
            if tid:
                f["tid"][tid.lower()] += 1
        else:
            for k in ("otid", "dtid"):
                if t.get(k) is not None:
                    f[k][t[k].lower()] += 1
        d = r.get("dialogue")
        if isinstance(d, dict):
            if d.get("acn") is not None:
                f["acn"][str(d["acn"])] += 1
            ui = d.get("userInformation")
            if isinstance(ui, dict) and "value" in ui:
                walk_value(ui["value"], f, "userInformation")	# MAP-OPEN references
        for c in r.get("components") or []:
            iid = c.get("invokeId")
            f["component"]["%s:%s" % (c.get("type"), "-" if iid is None else iid)] += 1
            if c.get("opcode") is not None:
                f["opcode"][str(c["opcode"])] += 1
            if c.get("errorCode") is not None:
                f["errorCode"][str(c["errorCode"])] += 1
            for k in ("argument", "result", "parameter"):
                if k in c:
                    walk_value(c[k], f, k)
                    find_rrc_tk(c[k], f)
        sccp = (r.get("transport") or {}).get("sccp") or {}
        for side in ("calling", "called"):
            dg = (sccp.get(side) or {}).get("digits")
            if dg is not None:
                f["sccp." + side][dg] += 1
    return frames


def parse_frames(spec):
    spec = spec.strip()
    if spec in ("*", ""):
        return None
    out = set()
    for part in spec.replace(" ", "").split(","):
        if "-" in part:
            a, b = part.split("-", 1)
            out.update(range(int(a), int(b) + 1))
        elif part:
            out.add(int(part))
    return out


def read_explained(md):
    """Rows of the tables in MD whose header is '| file | frames | field | reason |':
    file (a path under the captures folder, glob allowed), frames ('*', or numbers and
    ranges A-B separated by commas), field (comma-separated, glob allowed)."""
    rows = []
    if not os.path.exists(md):
        return rows
    in_table = False
    with open(md, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line.startswith("|"):
                in_table = False
                continue
            cells = [c.strip().strip("`") for c in line.strip("|").split("|")]
            if [c.lower() for c in cells[:3]] == ["file", "frames", "field"]:
                in_table = True
                continue
            if not in_table or len(cells) < 4 or set(cells[0]) <= set("-: "):
                continue
            try:
                frames = parse_frames(cells[1])
            except ValueError:
                sys.stderr.write("%s:%d: bad frames %r\n" % (md, lineno, cells[1]))
                continue
            fields = [x.strip().strip("`") for x in cells[2].split(",") if x.strip()]
            rows.append({"file": cells[0], "frames": frames, "fields": fields,
                         "line": lineno, "used": 0})
    return rows


def explained(rows, name, frame, field):
    for r in rows:
        if fnmatch.fnmatchcase(name, r["file"]) \
                and any(fnmatch.fnmatchcase(field, x) for x in r["fields"]) \
                and (r["frames"] is None or frame in r["frames"]):
            r["used"] += 1
            return True
    return False


def fmt(c, field=""):
    if not c:
        return "-"
    if field in TEXT_FIELDS:
        return ",".join(json.dumps(x, ensure_ascii=False) for x in sorted(c.elements()))
    return ",".join(sorted(c.elements()))


def check_fields():
    """Every tshark field this script reads must exist in this tshark version, or the
    comparison would silently compare nothing."""
    want = set(ITU_TYPES) | set(ANSI_TYPES) | set(OPCODE) | set(ERRCODE) \
        | set(ERRCODE_LEAF) | set(INVOKE_ID) \
        | {x for v in list(OPCODE.values()) + list(ERRCODE.values()) for x in v} \
        | {"%s.%s" % (p, t) for p in ("gsm_old", "camel", "tcap") for t in
           ("invoke_element", "returnError_element", "reject_element")} \
        | {"%s.%s" % (p, t) for p in ("gsm_old", "tcap") for t in
           ("returnResultLast_element", "returnResultNotLast_element")} \
        | {"camel.returnResult_element"} \
        | {"ansi_tcap.invokeLast_element", "ansi_tcap.invokeNotLast_element",
           "tcap.otid", "tcap.dtid", "ansi_tcap.identifier",
           "tcap.application_context_name", "ansi_tcap.objectApplicationId",
           "ansi_tcap.integerApplicationId", "e212.imsi", "e164.msisdn",
           "gsm_map.address.digits", "gsm_map.number_plan",
           "sccp.calling.digits", "sccp.called.digits",
           "gsm_map.ussd_string", "gsm_map.ss.ussd_DataCodingScheme",
           "gsm_sms.sms_text", "gsm_a.bssmap.cause", "gsm_a.dtap.cause",
           "gsm_a.bssmap.cell_ci", "gsm_a.bssmap.sac"} \
        | set(ISUP_NUMBER) | set(BCD_NUMBER) | set(CAUSE_VALUE)
    p = subprocess.run(["tshark", "-G", "fields"], stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL)
    rows = [l.split("\t") for l in p.stdout.decode(errors="replace").splitlines()
            if l.startswith("F\t") and l.count("\t") >= 3]
    have = {r[2] for r in rows}
    INTEGER_FIELDS.update(r[2] for r in rows if re.match(r"FT_U?INT\d+$", r[3]))
    if "rrc.totalRLC_AM_BufferSize" not in INTEGER_FIELDS:
        sys.stderr.write("tshark's fields list has no integer RRC fields\n")
        sys.exit(2)
    missing = sorted(want - have)
    if missing:
        sys.stderr.write("tshark lacks the fields %s\n" % " ".join(missing))
        sys.exit(2)


def main():
    if len(sys.argv) < 4:
        sys.stderr.write(__doc__)
        return 2
    dump, shared, md = sys.argv[1:4]
    names = sys.argv[4:]
    if not names:
        for dp, dn, fn in os.walk(shared):
            dn.sort()
            for n in fn:
                if n.endswith((".pcap", ".cap", ".pcapng")):
                    names.append(os.path.relpath(os.path.join(dp, n), shared))
        names.sort()
    check_fields()
    rows = read_explained(md)
    compared = disagree = expl = files = 0
    per_field = collections.Counter()
    for name in names:
        path = os.path.join(shared, name)
        ts = tshark_frames(path, PREFS.get(name, []))
        tk = tcapkit_frames(dump, path)
        if not ts and not tk:
            continue	# no TCAP in this capture for either decoder
        files += 1
        msgs = sum(sum(f["type"].values()) for f in tk.values())
        tsmsgs = sum(sum(f["type"].values()) for f in ts.values())
        print("# %s: tshark %d TCAP messages in %d frames, tcapkit %d in %d frames%s"
              % (name, tsmsgs, len(ts), msgs, len(tk),
                 (" (tshark " + " ".join(PREFS[name]) + ")") if name in PREFS else ""))
        empty = collections.Counter()
        for fr in sorted(set(ts) | set(tk)):
            a = ts.get(fr, {})
            b = tk.get(fr, {})
            for field in FIELDS:
                ca = a.get(field, empty)
                cb = b.get(field, empty)
                if not ca and not cb:
                    continue
                compared += 1
                per_field[field] += 1
                if ca == cb:
                    continue
                disagree += 1
                ok = explained(rows, name, fr, field)
                expl += ok
                print("%s %d %s: tshark=%s tcapkit=%s%s"
                      % (name, fr, field, fmt(ca, field), fmt(cb, field),
                         " (explained)" if ok else ""))
    for r in rows if not sys.argv[4:] else []:
        if not r["used"]:
            print("# note: %s line %d (%s %s) matched no disagreement"
                  % (os.path.basename(md), r["line"], r["file"], ",".join(r["fields"])))
    print("# %d files with TCAP; (frame, field) pairs compared: %s"
          % (files, " ".join("%s=%d" % (k, per_field[k]) for k in FIELDS)))
    print("tshark-compare: %d compared, %d disagreements (%d explained)"
          % (compared, disagree, expl))
    return 1 if disagree > expl else 0


if __name__ == "__main__":
    sys.exit(main())
