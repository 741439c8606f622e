#!/usr/bin/env python3
"""Write the sample captures in captures/: SIGTRAN and MTP2 pcaps carrying TCAP, MAP and
CAP dialogues, built layer by layer from the standards.

  captures/sigtran-dialogues.pcap  DLT 1: Ethernet / IPv4 / SCTP / M3UA / SCCP / TCAP
  captures/mtp2-cap.pcap           DLT 140: MTP2 / MTP3 / SCCP / TCAP (CAP phase 4)

captures/README.md describes every frame and what a decoder has to do with it.

The TCAP / MAP / CAP bytes come from tests/golden/messages.hex (picked by their comment)
or are built with the BER helpers of tests/golden/make-messages.py, loaded from its path.
Everything below TCAP is encoded here:

  pcap        libpcap file format, version 2.4, microsecond timestamps
  Ethernet    IEEE 802.3 Ethernet II, ARP (RFC 826)
  IPv4        RFC 791 (header checksum RFC 1071), fragmentation
  SCTP        RFC 4960: common header, DATA / INIT / INIT ACK / SACK / COOKIE ECHO /
              COOKIE ACK chunks, CRC32c checksum (appendix B)
  M3UA        RFC 4666: DATA (Protocol Data parameter), ASPUP / ASPUP ACK, ASPAC / ASPAC ACK
  MTP2        Q.703: FISU, LSSU, MSU (BSN/BIB, FSN/FIB, LI), no FCS
  MTP3        Q.704: SIO and the ITU routing label (14-bit point codes)
  SCCP        Q.713: UDT, XUDT with the segmentation parameter (3.17), party addresses
              with global title indicator 4 (3.4)
  ISUP        Q.763: an IAM, as non-SCCP user data

Usage: python3 captures/make-captures.py [OUTPUT-DIRECTORY]   (default: captures/)
Standard library only; the output is deterministic (fixed timestamps, no randomness).
"""

import calendar
import importlib.util
import os
import re
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GOLDEN = os.path.join(ROOT, "tests", "golden")


def load_message_helpers():
    """tests/golden/make-messages.py as a module (its file name is not an identifier)."""
    sys.dont_write_bytecode = True      # leave no __pycache__ behind in tests/golden
    spec = importlib.util.spec_from_file_location("make_messages",
                                                  os.path.join(GOLDEN, "make-messages.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


mm = load_message_helpers()


def load_golden():
    """The messages of tests/golden/messages.hex: (comment, context or None, bytes)."""
    entries, comment = [], []
    with open(os.path.join(GOLDEN, "messages.hex")) as f:
        for line in f:
            line = line.strip()
            if line.startswith("#"):
                head = re.match(r"# (\d+)\. ", line)      # "# 12. ..." starts a message
                if head:
                    comment = [line[2:]]
                elif comment:
                    comment.append(line[1:].strip())    # "#    ..." continues it
                continue
            if not line:
                continue
            words = line.split()
            acn, hexdata = (words[0], words[1]) if len(words) == 2 else (None, words[0])
            try:
                data = bytes.fromhex(hexdata)
            except ValueError:
                data = None            # the deliberate input errors at the end
            entries.append((" ".join(comment), acn, data))
            comment = []
    return entries


GOLDEN_MESSAGES = load_golden()


def golden(*needles):
    """The one golden message whose comment contains every needle."""
    hits = [e for e in GOLDEN_MESSAGES if all(n in e[0] for n in needles)]
    if len(hits) != 1:
        raise SystemExit("golden message %r: %d matches" % (needles, len(hits)))
    return hits[0][2]


# ---------------------------------------------------------------------------------
# Checksums
# ---------------------------------------------------------------------------------

def _crc32c_table():
    """Table of the reflected CRC-32C (Castagnoli) polynomial 0x1EDC6F41, RFC 4960 app. B."""
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
        table.append(c)
    return table


CRC32C_TABLE = _crc32c_table()


def crc32c(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc = CRC32C_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


assert crc32c(b"123456789") == 0xE3069283          # the CRC-32C check value


def inet_checksum(data):
    """Internet checksum (RFC 1071): one's complement of the one's complement sum."""
    if len(data) % 2:
        data += b"\x00"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


# ---------------------------------------------------------------------------------
# pcap
# ---------------------------------------------------------------------------------

# 2026-11-23 18:30:00 UTC, the timeAndTimezone of the golden CAP messages
EPOCH = calendar.timegm((2026, 11, 23, 18, 30, 0, 0, 0, 0))


class Pcap:
    """A libpcap file: global header, then (timestamp, captured bytes) records."""

    def __init__(self, linktype, start=EPOCH):
        self.linktype = linktype
        self.start = start
        self.frames = []          # (microseconds since start, bytes, note)

    def add(self, t_us, data, note):
        if self.frames and t_us < self.frames[-1][0]:
            raise ValueError("frame %d goes back in time" % (len(self.frames) + 1))
        self.frames.append((t_us, bytes(data), note))
        return len(self.frames)

    def write(self, path):
        out = bytearray(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, self.linktype))
        for t_us, data, _ in self.frames:
            sec, usec = divmod(t_us, 1000000)
            out += struct.pack("<IIII", self.start + sec, usec, len(data), len(data)) + data
        with open(path, "wb") as f:
            f.write(out)
        return len(out)


def ms(v):
    """Milliseconds (float) to integer microseconds."""
    return int(round(v * 1000))


# ---------------------------------------------------------------------------------
# Ethernet, ARP, IPv4
# ---------------------------------------------------------------------------------

def ip_bytes(dotted):
    return bytes(int(x) for x in dotted.split("."))


def mac_of(ip):
    """A locally administered MAC address derived from the host's IPv4 address."""
    return b"\x02\x00" + ip_bytes(ip)


BROADCAST = b"\xff" * 6


def ethernet(dst_mac, src_mac, ethertype, payload):
    frame = dst_mac + src_mac + struct.pack("!H", ethertype) + payload
    return frame + b"\x00" * (60 - len(frame))   # minimum frame size (FCS not captured)


def arp(op, sender_ip, target_ip, target_mac=b"\x00" * 6):
    """ARP for IPv4 over Ethernet (RFC 826): op 1 request, 2 reply."""
    body = struct.pack("!HHBBH", 1, 0x0800, 6, 4, op) + mac_of(sender_ip) + ip_bytes(sender_ip) \
        + target_mac + ip_bytes(target_ip)
    dst = BROADCAST if op == 1 else target_mac
    return ethernet(dst, mac_of(sender_ip), 0x0806, body)


class IPv4:
    """IPv4 sender state: one identification counter per source address."""

    def __init__(self):
        self.ident = {}

    def next_id(self, src):
        i = self.ident.get(src, (sum(ip_bytes(src)) * 0x1F3) & 0xFFFF)
        self.ident[src] = (i + 1) & 0xFFFF
        return i

    @staticmethod
    def header(src, dst, proto, payload_len, ident, df, mf, offset, tos=0x68, ttl=64):
        flags_frag = (0x4000 if df else 0) | (0x2000 if mf else 0) | (offset // 8)
        h = struct.pack("!BBHHHBBH4s4s", 0x45, tos, 20 + payload_len, ident, flags_frag, ttl, proto, 0,
                        ip_bytes(src), ip_bytes(dst))
        return h[:10] + struct.pack("!H", inet_checksum(h)) + h[12:]

    def packets(self, src, dst, proto, payload, fragment_at=None):
        """The Ethernet frames of one IPv4 packet: a single frame with DF set, or, when
        fragment_at (a multiple of 8) is given, two fragments with DF clear."""
        ident = self.next_id(src)
        if fragment_at is None:
            return [ethernet(mac_of(dst), mac_of(src), 0x0800,
                             self.header(src, dst, proto, len(payload), ident, True, False, 0) + payload)]
        assert fragment_at % 8 == 0 and 0 < fragment_at < len(payload)
        first, rest = payload[:fragment_at], payload[fragment_at:]
        return [ethernet(mac_of(dst), mac_of(src), 0x0800,
                         self.header(src, dst, proto, len(first), ident, False, True, 0) + first),
                ethernet(mac_of(dst), mac_of(src), 0x0800,
                         self.header(src, dst, proto, len(rest), ident, False, False, fragment_at) + rest)]


# ---------------------------------------------------------------------------------
# SCTP (RFC 4960)
# ---------------------------------------------------------------------------------

PPID_M3UA = 3


def pad4(b):
    return b + b"\x00" * (-len(b) % 4)


def chunk(ctype, flags, value):
    """A chunk: type, flags, length (without padding), value, padding to 4 octets."""
    return pad4(struct.pack("!BBH", ctype, flags, 4 + len(value)) + value)


def tlv_param(ptype, value):
    """SCTP / M3UA parameter: type, length (without padding), value, padding."""
    return pad4(struct.pack("!HH", ptype, 4 + len(value)) + value)


def sctp_packet(sport, dport, vtag, chunks):
    """Common header with the CRC32c over the whole packet (checksum field zero while
    computing), stored least significant byte first as RFC 4960 appendix B gives it."""
    body = b"".join(chunks)
    pkt = struct.pack("!HHII", sport, dport, vtag, 0) + body
    return pkt[:8] + struct.pack("<I", crc32c(pkt)) + pkt[12:]


DATA_E, DATA_B, DATA_U = 0x01, 0x02, 0x04


class Association:
    """One SCTP association between endpoint 0 and endpoint 1: verification tags, TSNs,
    stream sequence numbers and what each side has acknowledged."""

    def __init__(self, net, cap, ends, tags, tsns, rwnd=(106496, 106496)):
        self.net, self.cap = net, cap
        self.ends = ends                      # ((ip, port), (ip, port))
        self.tags = list(tags)                # the tag each side puts in its INIT (or had)
        self.next_tsn = list(tsns)
        self.ssn = [{}, {}]                   # per side: stream -> next stream sequence number
        self.rwnd = rwnd
        self.received = [set(), set()]        # TSNs received by side
        self.acked = [None, None]             # cumulative TSN ack last sent by side

    # -- chunks --
    def data(self, side, stream, payload, flags=DATA_B | DATA_E, ppid=PPID_M3UA, tsn=None, ssn=None):
        """DATA chunk from side; returns (chunk, tsn, ssn).  A given tsn / ssn repeats an
        earlier chunk (retransmission, later fragments of one message)."""
        if tsn is None:
            tsn = self.next_tsn[side]
            self.next_tsn[side] = (tsn + 1) & 0xFFFFFFFF
        if ssn is None:
            ssn = self.ssn[side].get(stream, 0)
            if flags & DATA_E:
                self.ssn[side][stream] = (ssn + 1) & 0xFFFF
        self.received[1 - side].add(tsn)
        return chunk(0, flags, struct.pack("!IHHI", tsn, stream, ssn, ppid) + payload), tsn, ssn

    def pending_ack(self, side):
        """True when side has received DATA it has not acknowledged yet."""
        return bool(self.received[side]) and max(self.received[side]) != self.acked[side]

    def sack(self, side, dups=()):
        """SACK from side: cumulative TSN ack = highest TSN received (no gaps here)."""
        cum = max(self.received[side])
        self.acked[side] = cum
        value = struct.pack("!IIHH", cum, self.rwnd[side], 0, len(dups))
        value += b"".join(struct.pack("!I", d) for d in dups)
        return chunk(3, 0, value)

    # -- packets --
    def send(self, t_us, side, chunks, note, vtag=None, fragment_at=None):
        """One SCTP packet from side, in one frame or two IP fragments."""
        (src, sport), (dst, dport) = self.ends[side], self.ends[1 - side]
        pkt = sctp_packet(sport, dport, self.tags[1 - side] if vtag is None else vtag, chunks)
        frames = self.net.packets(src, dst, 132, pkt, fragment_at)
        nums = []
        for i, fr in enumerate(frames):
            n = note if len(frames) == 1 else "%s [IP fragment %d/%d]" % (note, i + 1, len(frames))
            nums.append(self.cap.add(t_us + 40 * i, fr, n))
        return nums

    def message(self, t_us, side, stream, payload, note, sack=True, fragment_at=None):
        """An M3UA message in one DATA chunk, with a SACK bundled in front when side owes one."""
        chunks = []
        if sack and self.pending_ack(side):
            chunks.append(self.sack(side))
        c, tsn, _ = self.data(side, stream, payload)
        chunks.append(c)
        self.last_tsn = tsn
        return self.send(t_us, side, chunks, note, fragment_at=fragment_at)


def init_chunk(ctype, tag, rwnd, os_, mis, tsn, params=b""):
    """INIT (1) / INIT ACK (2): initiate tag, a_rwnd, outbound / inbound streams, initial TSN."""
    return chunk(ctype, 0, struct.pack("!IIHHI", tag, rwnd, os_, mis, tsn) + params)


# ---------------------------------------------------------------------------------
# M3UA (RFC 4666)
# ---------------------------------------------------------------------------------

M3UA_ROUTING_CONTEXT = 0x0006
M3UA_TRAFFIC_MODE = 0x000B
M3UA_ASP_ID = 0x0011
M3UA_PROTOCOL_DATA = 0x0210


def m3ua(cls, mtype, params=b""):
    """Common message header: version 1, reserved, message class, type, length."""
    return struct.pack("!BBBBI", 1, 0, cls, mtype, 8 + len(params)) + params


def m3ua_data(opc, dpc, si, sls, payload, ni=2, mp=0, rc=None):
    """Transfer DATA (class 1, type 1): [Routing Context], Protocol Data
    { OPC, DPC, SI, NI, MP, SLS, user protocol data }."""
    params = tlv_param(M3UA_ROUTING_CONTEXT, struct.pack("!I", rc)) if rc is not None else b""
    params += tlv_param(M3UA_PROTOCOL_DATA, struct.pack("!IIBBBB", opc, dpc, si, ni, mp, sls) + payload)
    return m3ua(1, 1, params)


# ---------------------------------------------------------------------------------
# MTP2 (Q.703) and MTP3 (Q.704)
# ---------------------------------------------------------------------------------

SI_SCCP, SI_ISUP = 3, 5


def mtp3_label(opc, dpc, sls):
    """ITU routing label: DPC (14 bits), OPC (14 bits), SLS (4 bits), least significant
    bit first (sent as a 32-bit little-endian word)."""
    return struct.pack("<I", (dpc & 0x3FFF) | (opc & 0x3FFF) << 14 | (sls & 0xF) << 28)


def mtp3_msu(si, opc, dpc, sls, payload, ni=2):
    """SIO (network indicator in bits 8-7, service indicator in bits 4-1), label, SIF."""
    return bytes([ni << 6 | si]) + mtp3_label(opc, dpc, sls) + payload


class Mtp2Side:
    """One direction of an MTP2 link: FSN/FIB of what it sends, BSN/BIB of what it acks."""

    def __init__(self):
        self.fsn, self.fib, self.bsn, self.bib = 127, 1, 127, 1

    def su(self, body):
        """Signal unit without flags and FCS: BIB|BSN, FIB|FSN, LI (63 for 63+ octets)."""
        return bytes([self.bib << 7 | self.bsn, self.fib << 7 | self.fsn, min(len(body), 63)]) + body

    def fisu(self):
        return self.su(b"")

    def lssu(self, status):
        """Status field: 0 SIO, 1 SIN, 2 SIE, 3 SIOS, 4 SIPO, 5 SIB."""
        return self.su(bytes([status]))

    def msu(self, sio_sif, peer):
        self.fsn = (self.fsn + 1) & 0x7F
        peer.bsn = self.fsn                  # the peer acknowledges it in its next unit
        return self.su(sio_sif)


# ---------------------------------------------------------------------------------
# SCCP (Q.713)
# ---------------------------------------------------------------------------------

SSN_HLR, SSN_VLR, SSN_MSC, SSN_CAP = 6, 7, 8, 146


def bcd(digits):
    """Address signals two per octet, first digit in bits 4-1, filler 0 when odd."""
    d = digits + ("0" if len(digits) % 2 else "")
    return bytes(int(d[i + 1]) << 4 | int(d[i]) for i in range(0, len(d), 2))


def global_title_4(digits, tt=0, np=1, nai=4):
    """GT indicator 0100: translation type, numbering plan (1 ISDN/telephony) and encoding
    scheme (1 BCD odd, 2 BCD even), nature of address (4 international), digits."""
    es = 1 if len(digits) % 2 else 2
    return bytes([tt, np << 4 | es, nai & 0x7F]) + bcd(digits)


def sccp_address(gt=None, ssn=None, pc=None, route_on_gt=True):
    """Called / calling party address (3.4): address indicator, [PC], [SSN], [GT]."""
    ai = (0x00 if route_on_gt else 0x40) | (0x10 if gt else 0) | (0x02 if ssn is not None else 0) \
        | (0x01 if pc is not None else 0)
    out = bytes([ai])
    if pc is not None:
        out += struct.pack("<H", pc & 0x3FFF)
    if ssn is not None:
        out += bytes([ssn])
    if gt:
        out += global_title_4(gt)
    return out


def lv(b):
    assert len(b) < 256
    return bytes([len(b)]) + b


def udt(called, calling, data, pclass=0x80):
    """Unitdata (type 09): protocol class, three pointers, called, calling, data."""
    p_called = 3
    p_calling = 3 + 1 + len(called) - 1
    p_data = 3 + 1 + len(called) + 1 + len(calling) - 2
    return bytes([0x09, pclass, p_called, p_calling, p_data]) + lv(called) + lv(calling) + lv(data)


def xudt(called, calling, data, pclass=0x81, hops=15, segmentation=None):
    """Extended unitdata (type 11): protocol class, hop counter, four pointers, called,
    calling, data, optional part (segmentation parameter 3.17: F bit, C bit, remaining
    segments, local reference least significant octet first; end of optional parameters)."""
    opt = b""
    if segmentation is not None:
        first, cls1, remaining, local_ref = segmentation
        opt = bytes([0x10, 4, (0x80 if first else 0) | (0x40 if cls1 else 0) | remaining]) \
            + local_ref.to_bytes(3, "little") + b"\x00"
    start_called = 4
    start_calling = start_called + 1 + len(called)
    start_data = start_calling + 1 + len(calling)
    start_opt = start_data + 1 + len(data)
    ptrs = [start_called, start_calling - 1, start_data - 2, (start_opt - 3) if opt else 0]
    return bytes([0x11, pclass, hops] + ptrs) + lv(called) + lv(calling) + lv(data) + opt


# ---------------------------------------------------------------------------------
# GSM 7-bit packing (TS 23.038 6.1.2.1.1)
# ---------------------------------------------------------------------------------

def gsm7(text):
    """Pack septets LSB first: septet n starts at bit 7n of the octet string.  The ASCII
    letters, digits, space, '*' and '#' used here have the same code in the GSM alphabet."""
    for c in text:
        assert c.isalnum() or c in " *#", c
    bits, nbits, out = 0, 0, bytearray()
    for c in text:
        bits |= ord(c) << nbits
        nbits += 7
        while nbits >= 8:
            out.append(bits & 0xFF)
            bits >>= 8
            nbits -= 8
    if nbits:
        out.append(bits)
    return bytes(out)


assert gsm7("*100#") == bytes.fromhex("aa180c3602")
assert gsm7("Balance 5 EUR") == mm.gsm7_pack("Balance 5 EUR")


# ---------------------------------------------------------------------------------
# The network
# ---------------------------------------------------------------------------------
# Hosts on one Ethernet segment; the STP is the M3UA signalling gateway of the ASPs.
IP_STP = "10.20.0.1"
IP_MSC = "10.20.1.10"      # ASP: MSC/VLR with the gsmSSF
IP_GMSC = "10.20.2.20"     # ASP: SMS gateway MSC
IP_MSC_B = "10.20.3.30"    # ASP: a second MSC, its association comes up in the capture

# ITU point codes (14 bits, unstructured) in the M3UA protocol data / MTP3 label
PC_MSC = 1001              # MSC/VLR/gsmSSF
PC_MSC_B = 1002
PC_HLR = 2001
PC_SCF = 3001              # gsmSCF
PC_GMSC = 4001
PC_TRANSIT = 5001          # transit exchange, ISUP peer of MSC-B

# Global titles (E.164, as in tests/golden/make-messages.py)
GT_HLR = "491720000001"
GT_MSC = "491720000011"
GT_VLR = "491720000012"
GT_SCF = "491720000050"
GT_SMSC = "491720000099"
GT_MSC_B = "491720000031"     # the MSC-B of the inter-MSC handover (i)

A_HLR = sccp_address(GT_HLR, SSN_HLR)
A_VLR = sccp_address(GT_VLR, SSN_VLR)
A_SSF = sccp_address(GT_MSC, SSN_CAP)
A_SCF = sccp_address(GT_SCF, SSN_CAP)
A_GMSC = sccp_address(GT_SMSC, SSN_MSC)
A_HLR_SM = A_HLR
A_MSC_A = sccp_address(GT_MSC, SSN_MSC)
A_MSC_B = sccp_address(GT_MSC_B, SSN_MSC)

# TCAP transaction identifiers: VLR 0001a0xx and HLR 0002b0xx as in the golden messages,
# gsmSSF 0a0000xx, gsmSCF 5c0000xx, the SMS gateway 3e00c1xx.
TID_VLR_UL, TID_HLR_UL = "0001a001", "0002b001"
TID_VLR_USSD = "0001a004"
TID_HLR_ISD = "0002b005"
TID_VLR_UL2 = "0001a010"
TID_SSF, TID_SCF = "0a000002", "5c000002"
TID_GMSC, TID_HLR_SM = "3e00c107", "0002b0f3"
TID_MSC_A_HO, TID_MSC_B_HO = "0a0b0c01", "0b0c0d01"


# ---------------------------------------------------------------------------------
# TCAP / MAP / CAP messages
# ---------------------------------------------------------------------------------

def ss_status(provisioned=True, registered=False, active=False):
    """Ext-SS-Status (TS 29.002 17.7.4): bit 4 Q, 3 P, 2 R, 1 A."""
    return bytes([(4 if provisioned else 0) | (2 if registered else 0) | (1 if active else 0)])


def teleservice(code):
    """Ext-BasicServiceCode CHOICE ext-Teleservice [3] (untagged CHOICE: [3] appears as is)."""
    return mm.ctx(3, bytes([code]))


def forwarding_info(ss_code, *features):
    """Ext-SS-Info forwardingInfo [0] Ext-ForwInfo { ss-Code, forwardingFeatureList }."""
    return mm.cctx(0, mm.OCTETS(bytes([ss_code])), mm.SEQ(*features))


def forw_feature(status, to=None, options=None, no_reply=None):
    """Ext-ForwFeature { basicService (telephony, allSpeechTransmissionServices 0x10),
    ss-Status [4], forwardedToNumber [5], forwardingOptions [6], noReplyConditionTime [7] }."""
    return mm.SEQ(teleservice(0x10), mm.ctx(4, status),
                  mm.ctx(5, mm.isdn(to)) if to else b"",
                  mm.ctx(6, bytes([options])) if options is not None else b"",
                  mm.ctx(7, mm.int_content(no_reply)) if no_reply is not None else b"")


def barring_info(ss_code, status):
    """callBarringInfo [1] Ext-CallBarInfo { ss-Code, { { basicService, ss-Status [4] } } }."""
    return mm.cctx(1, mm.OCTETS(bytes([ss_code])), mm.SEQ(mm.SEQ(teleservice(0x10), mm.ctx(4, status))))


def ss_data(ss_code, status, cli_option=None, groups=()):
    """ss-Data [3] Ext-SS-Data { ss-Code, ss-Status [4], ss-SubscriptionOption (CHOICE,
    cliRestrictionOption [2]), basicServiceGroupList }."""
    return mm.cctx(3, mm.OCTETS(bytes([ss_code])), mm.ctx(4, status),
                   mm.ctx(2, mm.int_content(cli_option)) if cli_option is not None else b"",
                   mm.SEQ(*[teleservice(g) for g in groups]) if groups else b"")


VOICEMAIL = "491729990000"


def isd_arg_update_location():
    """InsertSubscriberDataArg sent inside the updateLocation dialogue (no imsi): msisdn [1],
    category [2], subscriberStatus [3] serviceGranted, teleserviceList [6] (telephony,
    emergency calls, SMS MT/MO), provisionedSS [7] { CLIP active }."""
    return mm.SEQ(mm.ctx(1, mm.MSISDN), mm.ctx(2, b"\x0a"), mm.ctx(3, b"\x00"),
                  mm.cctx(6, *[mm.OCTETS(bytes([t])) for t in (0x11, 0x12, 0x21, 0x22)]),
                  mm.cctx(7, ss_data(0x11, ss_status(active=True))))


def isd_arg_full():
    """A complete InsertSubscriberDataArg (stand-alone, after a subscription change), well
    over 300 octets once in TCAP: imsi [0], msisdn, category, status, bearer and teleservice
    lists, provisionedSS (CFU, CFB, CFNRy, CFNRc, BAOC, BOIC, BOIC-exHC, CLIP, CLIR, CW,
    HOLD, MPTY), odb-Data [8], vlrCamelSubscriptionInfo [13] { o-CSI [0] }, networkAccessMode."""
    prov = [
        forwarding_info(0x21, forw_feature(ss_status())),                                   # CFU
        forwarding_info(0x29, forw_feature(ss_status(True, True, True), VOICEMAIL, 0xa4)),  # CFB
        forwarding_info(0x2a, forw_feature(ss_status(True, True, True), VOICEMAIL, 0xa8, 20)),  # CFNRy
        forwarding_info(0x2b, forw_feature(ss_status(True, True, True), VOICEMAIL, 0xa0)),  # CFNRc
        barring_info(0x92, ss_status()),                                                     # BAOC
        barring_info(0x93, ss_status()),                                                     # BOIC
        barring_info(0x94, ss_status()),                                                     # BOIC-exHC
        ss_data(0x11, ss_status(active=True)),                                               # CLIP
        ss_data(0x12, ss_status(active=True), cli_option=1),                                 # CLIR
        ss_data(0x41, ss_status(active=True), groups=(0x10,)),                               # CW
        ss_data(0x42, ss_status(active=True)),                                               # HOLD
        ss_data(0x51, ss_status(active=True)),                                               # MPTY
    ]
    o_csi = mm.cctx(0,
                    mm.SEQ(mm.SEQ(mm.ENUM(2), mm.INT(2), mm.ctx(0, mm.isdn(GT_SCF)), mm.ctx(1, b"\x00"))),
                    mm.ctx(0, mm.int_content(2)))        # camelCapabilityHandling phase 2
    return mm.SEQ(mm.ctx(0, mm.IMSI), mm.ctx(1, mm.MSISDN), mm.ctx(2, b"\x0a"), mm.ctx(3, b"\x00"),
                  mm.cctx(4, *[mm.OCTETS(bytes([b])) for b in (0x17, 0x1f)]),     # general data CDA/CDS
                  mm.cctx(6, *[mm.OCTETS(bytes([t])) for t in (0x11, 0x12, 0x21, 0x22, 0x61)]),
                  mm.cctx(7, *prov),
                  mm.cctx(8, mm.tlv(b"\x03", mm.bitstring_content([3, 4], 16))),   # ODB premium rate
                  mm.cctx(13, o_csi),
                  mm.ctx(24, b"\x00"))                                              # packetAndCircuit


def update_location_arg(imsi):
    return mm.SEQ(mm.OCTETS(mm.tbcd(imsi)), mm.ctx(1, mm.MSC), mm.OCTETS(mm.VLR),
                  mm.cctx(6, mm.ctx(0, mm.bitstring_content([0, 1, 2, 3], 4))))


def cap2_initial_dp():
    """CAP phase 2 initialDP for an MO call: serviceKey [0] 2, callingPartyNumber [3],
    callingPartysCategory [5], bearerCapability [27] (CHOICE bearerCap [0]: ISUP user
    service information, speech, 64 kbit/s, G.711 A-law),
    eventTypeBCSM [28] collectedInfo, iMSI [50], locationInformation [52] { age 0,
    vlr-number [1], cellGlobalId [3] (CHOICE [0] 262-01 LAC 0x1234 CI 0x5678) },
    ext-basicServiceCode [53] telephony, callReferenceNumber [54], mscAddress [55],
    calledPartyBCDNumber [56] (TS 24.008: international, ISDN) 4930123456,
    timeAndTimezone [57]."""
    location = mm.cctx(52, mm.INT(0), mm.ctx(1, mm.VLR),
                       mm.cctx(3, mm.ctx(0, bytes.fromhex("62f21012345678"))))
    return mm.SEQ(mm.ctx(0, mm.int_content(2)),
                  mm.ctx(3, mm.isup_calling("4917612345678")),
                  mm.ctx(5, b"\x0a"),
                  mm.cctx(27, mm.ctx(0, bytes.fromhex("8090a3"))),
                  mm.ctx(28, mm.int_content(2)),
                  mm.ctx(50, mm.IMSI),
                  location,
                  mm.cctx(53, teleservice(0x11)),
                  mm.ctx(54, bytes.fromhex("0a1b2c3e")),
                  mm.ctx(55, mm.MSC),
                  mm.ctx(56, b"\x91" + mm.tbcd(mm.CALLED)),
                  mm.ctx(57, mm.TIME_AND_TZ))


CAUSE_NORMAL_CLEARING = bytes.fromhex("8090")   # Q.850 coding ITU, location user, cause 16

OP_ERB, OP_RELEASE_CALL = 24, 22
OP_FORWARD_ACCESS_SIGNALLING = 34


def messages():
    """Every TCAP message of the SIGTRAN capture, by name."""
    m = {}
    # (a) MAP v3 updateLocation with insertSubscriberData inside
    m["ul_begin"] = golden("MAP v3 Begin, AARQ with protocol-version, networkLocUpContext-v3")
    m["ul_continue"] = mm.continue_(TID_HLR_UL, TID_VLR_UL, mm.dialogue_portion(mm.aare(mm.AC_NETLOCUP_V3)),
                                    mm.components(mm.invoke(1, mm.OP_INSERT_SUBSCRIBER_DATA,
                                                            isd_arg_update_location())))
    m["ul_isd_result"] = mm.continue_(TID_VLR_UL, TID_HLR_UL, b"", mm.components(mm.result_last(1)))
    m["ul_end"] = mm.end(TID_VLR_UL, b"", mm.components(
        mm.result_last(1, mm.OP_UPDATE_LOCATION, mm.SEQ(mm.OCTETS(mm.HLR)))))

    # (e) stand-alone insertSubscriberData, long enough for XUDT segmentation
    m["isd_begin"] = mm.begin(TID_HLR_ISD, mm.dialogue_portion(mm.aarq(mm.AC_SUBDATA_V3)),
                              mm.components(mm.invoke(1, mm.OP_INSERT_SUBSCRIBER_DATA, isd_arg_full())))
    m["isd_end"] = mm.end(TID_HLR_ISD, mm.dialogue_portion(mm.aare(mm.AC_SUBDATA_V3)),
                          mm.components(mm.result_last(1, mm.OP_INSERT_SUBSCRIBER_DATA, mm.SEQ())))

    # (b) CAP phase 2 call
    m["cap_begin"] = mm.begin(TID_SSF, mm.dialogue_portion(mm.aarq(mm.AC_CAP2)),
                              mm.components(mm.invoke(1, mm.CAP_INITIAL_DP, cap2_initial_dp())))
    m["cap_continue"] = golden("CAP phase 2 Continue, AARE accepted, two components")
    m["cap_erb"] = mm.continue_(TID_SSF, TID_SCF, b"", mm.components(mm.invoke(
        2, OP_ERB, mm.SEQ(mm.ctx(0, mm.int_content(9)),                        # oDisconnect
                          mm.cctx(2, mm.cctx(7, mm.ctx(0, CAUSE_NORMAL_CLEARING))),  # oDisconnectSpecificInfo
                          mm.cctx(3, mm.ctx(1, b"\x01")),                       # receivingSideID leg 1
                          mm.cctx(4, mm.ctx(0, mm.int_content(0)))))))          # messageType request
    m["cap_end"] = mm.end(TID_SSF, b"", mm.components(
        mm.invoke(3, OP_RELEASE_CALL, mm.OCTETS(CAUSE_NORMAL_CLEARING))))

    # (c) MAP v2 USSD: rebuilt with the 7-bit packer above, identical to the golden lines
    ussd_begin = mm.begin(TID_VLR_USSD, mm.dialogue_portion(mm.aarq(mm.AC_USSD_V2, ui=mm.map_open(None, mm.MSISDN))),
                          mm.components(mm.invoke(1, mm.OP_PROCESS_USSD,
                                                  mm.SEQ(mm.OCTETS(b"\x0f"), mm.OCTETS(gsm7("*100#"))))))
    ussd_end = mm.end(TID_VLR_USSD, mm.dialogue_portion(mm.aare(mm.AC_USSD_V2)),
                      mm.components(mm.result_last(1, mm.OP_PROCESS_USSD,
                                                   mm.SEQ(mm.OCTETS(b"\x0f"), mm.OCTETS(gsm7("Balance 5 EUR"))))))
    assert ussd_begin == golden("MAP v2 Begin, AARQ networkUnstructuredSsContext-v2")
    assert ussd_end == golden("MAP v2 End, AARE accepted networkUnstructuredSsContext-v2")
    m["ussd_begin"], m["ussd_end"] = ussd_begin, ussd_end

    # (d) orphan: the Begin / first Continue (TCAP handshake) happened before the capture
    m["sm_continue"] = mm.continue_(TID_GMSC, TID_HLR_SM, b"", mm.components(mm.invoke(
        1, mm.OP_SRI_SM, mm.SEQ(mm.ctx(0, mm.MSISDN), mm.ctx(1, b"\xff"), mm.ctx(2, mm.SMSC)))))
    m["sm_end"] = mm.end(TID_GMSC, b"", mm.components(mm.result_last(
        1, mm.OP_SRI_SM, mm.SEQ(mm.OCTETS(mm.IMSI), mm.cctx(0, mm.ctx(1, mm.MSC))))))

    # (h) a second updateLocation, refused by the HLR's TC provider
    m["ul2_begin"] = mm.begin(TID_VLR_UL2, mm.dialogue_portion(mm.aarq(mm.AC_NETLOCUP_V3)),
                              mm.components(mm.invoke(1, mm.OP_UPDATE_LOCATION,
                                                      update_location_arg("262019876543210"))))
    m["ul2_abort"] = mm.abort(TID_VLR_UL2, mm.p_abort_cause(4))        # resourceLimitation

    # (i) inter-MSC handover (TS 29.010): prepareHandover with RANAP (golden line), its result
    # with a BSSMAP HANDOVER REQUEST ACKNOWLEDGE, then forwardAccessSignalling relaying a
    # short message to the MS as DTAP: CP-DATA / RP-DATA / SMS-DELIVER
    m["ho_begin"] = golden("MAP v3 Begin, AARQ handoverControlContext-v3")
    m["ho_begin"] = m["ho_begin"].replace(bytes.fromhex("0001a011"), bytes.fromhex(TID_MSC_A_HO))
    # HANDOVER REQUEST ACKNOWLEDGE (TS 48.008 3.2.1.10): BSSMAP 00, length 9, type 12,
    # Chosen Channel 21 99 (speech, 1 half rate TCH), Chosen Encryption Algorithm 2c 02
    # (A5/1), Speech Version 40 05 (GSM HR), RR Cause 15 00 (normal event)
    ho_ack = bytes.fromhex("000912" "2199" "2c02" "4005" "1500")
    m["ho_continue"] = mm.continue_(TID_MSC_B_HO, TID_MSC_A_HO,
                                    mm.dialogue_portion(mm.aare(mm.AC_HANDOVER_V3)),
                                    mm.components(mm.result_last(1, mm.OP_PREPARE_HANDOVER, mm.tlv(b"\xa3", mm.cat(
                                        mm.ctx(0, mm.isdn("491720000777")),           # handoverNumber
                                        mm.cctx(2, mm.ENUM(1), mm.OCTETS(ho_ack)))))))
    # SMS-DELIVER (TS 23.040 9.2.2.1): 04 (MTI 00, TP-MMS 1: no more), TP-OA 49170123456,
    # PID 00, DCS 00, SCTS 2026-11-23 18:40:00 +01:00, UDL 11, "Hello MSC-B"
    deliver = mm.cat(b"\x04", bytes([11]), mm.isdn("49170123456"), b"\x00\x00",
                     bytes.fromhex("62113281040040"), bytes([11]), mm.gsm7_pack("Hello MSC-B"))
    # RP-DATA network -> MS (TS 24.011 7.3.1.1): MTI 01, MR 2a, RP-OA (the SC), RP-DA empty, RP-UD
    rp = mm.cat(b"\x01\x2a", bytes([len(mm.SMSC)]), mm.SMSC, b"\x00", bytes([len(deliver)]), deliver)
    # CP-DATA (TS 24.011 7.2.1): protocol discriminator 9 (SMS), TI 0, type 01, CP-User data LV
    cp = mm.cat(b"\x09\x01", bytes([len(rp)]), rp)
    # DTAP (TS 48.006): discrimination 01, DLCI 03 (SAPI 3), length
    dtap = mm.cat(b"\x01\x03", bytes([len(cp)]), cp)
    m["ho_fas"] = mm.continue_(TID_MSC_A_HO, TID_MSC_B_HO, b"", mm.components(mm.invoke(
        2, OP_FORWARD_ACCESS_SIGNALLING, mm.tlv(b"\xa3", mm.SEQ(mm.ENUM(1), mm.OCTETS(dtap))))))
    m["ho_end"] = mm.end(TID_MSC_A_HO, b"", b"")
    return m


def isup_iam():
    """ISUP IAM (Q.763): CIC 17, nature of connection 00, forward call indicators 6001,
    calling party's category 0a, transmission medium requirement 00 (speech), called party
    number 4930123456 (international), optional calling party number, end of optional."""
    called = mm.isup_called(mm.CALLED)
    calling = mm.isup_calling("4917612345678")
    fixed = struct.pack("<H", 17) + bytes([0x01, 0x00, 0x60, 0x01, 0x0a, 0x00])
    ptr_called = 2
    ptr_opt = 2 + 1 + len(called) - 1
    return fixed + bytes([ptr_called, ptr_opt]) + lv(called) + bytes([0x0a]) + lv(calling) + b"\x00"


# ---------------------------------------------------------------------------------
# captures/sigtran-dialogues.pcap
# ---------------------------------------------------------------------------------

def sigtran_capture():
    cap = Pcap(1)
    net = IPv4()
    msg = messages()
    log = []          # (frame numbers, description) for the summary printed at the end

    # association A: MSC/VLR/gsmSSF (side 0) <-> STP (side 1), up before the capture starts
    a = Association(net, cap, ((IP_MSC, 2905), (IP_STP, 2905)),
                    tags=(0x5e1c0a01, 0x3b7d9f12), tsns=(0x2c44a001, 0x7f0130c1))
    # association B: SMS gateway MSC (side 0) <-> STP (side 1), up before the capture starts
    b = Association(net, cap, ((IP_GMSC, 2905), (IP_STP, 2905)),
                    tags=(0x1a2b3c4d, 0x4d3c2b1a), tsns=(0x00fe1e01, 0x99000001))
    MSC, STP = 0, 1
    RC_A = 1

    def sigtran(assoc, t, side, opc, dpc, sls, called, calling, tcap, note, pclass=0x80, rc=RC_A,
                **kw):
        data = m3ua_data(opc, dpc, SI_SCCP, sls, udt(called, calling, tcap, pclass), rc=rc)
        nums = assoc.message(ms(t), side, 1 + sls % 16, data, note, **kw)
        log.append((nums, note))
        return nums

    # ---- (a) MAP v3 updateLocation, VLR <-> HLR -------------------------------------------
    t = 0.0
    sigtran(a, t, MSC, PC_MSC, PC_HLR, 5, A_HLR, A_VLR, msg["ul_begin"],
            "MAP v3 Begin updateLocation VLR->HLR (AARQ networkLocUpContext-v3)")
    sigtran(a, t + 46.213, STP, PC_HLR, PC_MSC, 5, A_VLR, A_HLR, msg["ul_continue"],
            "MAP v3 Continue HLR->VLR: AARE accepted + invoke insertSubscriberData")
    sigtran(a, t + 51.870, MSC, PC_MSC, PC_HLR, 5, A_HLR, A_VLR, msg["ul_isd_result"],
            "MAP Continue VLR->HLR, no dialogue portion: returnResultLast (insertSubscriberData)")
    sigtran(a, t + 93.402, STP, PC_HLR, PC_MSC, 5, A_VLR, A_HLR, msg["ul_end"],
            "MAP End HLR->VLR, no dialogue portion: returnResultLast updateLocation (hlr-Number)")
    log.append((a.send(ms(t + 293.580), MSC, [a.sack(MSC)], "SCTP SACK only (delayed ack)"),
                "SCTP SACK only (delayed ack)"))

    # ---- (e) stand-alone insertSubscriberData HLR -> VLR, XUDT in two segments ---------------
    t = 512.0
    isd = msg["isd_begin"]
    assert len(isd) > 300, len(isd)
    half = 200
    local_ref = 0x00A5C3
    for i, (seg, first, remaining) in enumerate(((isd[:half], True, 1), (isd[half:], False, 0))):
        note = "SCCP XUDT segment %d/2 (local ref %06x) of MAP v3 Begin insertSubscriberData HLR->VLR " \
               "(%d of %d octets)" % (i + 1, local_ref, len(seg), len(isd))
        data = m3ua_data(PC_HLR, PC_MSC, SI_SCCP, 9,
                         xudt(A_VLR, A_HLR, seg, segmentation=(first, True, remaining, local_ref)), rc=RC_A)
        log.append((a.message(ms(t + 0.180 * i), STP, 1 + 9, data, note), note))
    sigtran(a, t + 27.511, MSC, PC_MSC, PC_HLR, 9, A_HLR, A_VLR, msg["isd_end"],
            "MAP v3 End VLR->HLR: AARE subscriberDataMngtContext-v3 + returnResultLast insertSubscriberData")

    # ---- (b) CAP phase 2 call, gsmSSF <-> gsmSCF: the initialDP in two DATA chunks ---------
    t = 1207.0
    data = m3ua_data(PC_MSC, PC_SCF, SI_SCCP, 3, udt(A_SCF, A_SSF, msg["cap_begin"], 0x81), rc=RC_A)
    cut = len(data) // 2
    stream = 1 + 3
    c1, tsn1, ssn1 = a.data(MSC, stream, data[:cut], flags=DATA_B)
    c2, _, _ = a.data(MSC, stream, data[cut:], flags=DATA_E, ssn=ssn1)
    a.ssn[MSC][stream] = ssn1 + 1
    chunks = ([a.sack(MSC)] if a.pending_ack(MSC) else []) + [c1]
    note = "CAP phase 2 Begin initialDP gsmSSF->gsmSCF (AARQ 0.4.0.0.1.0.50.1)"
    log.append((a.send(ms(t), MSC, chunks, note + " [SCTP DATA 1/2, B flag]"), note + ", SCTP fragment 1/2 (B)"))
    log.append((a.send(ms(t + 0.090), MSC, [c2], note + " [SCTP DATA 2/2, E flag]"),
                note + ", SCTP fragment 2/2 (E): reassembled"))
    sigtran(a, t + 34.705, STP, PC_SCF, PC_MSC, 3, A_SSF, A_SCF, msg["cap_continue"],
            "CAP Continue gsmSCF->gsmSSF: AARE + requestReportBCSMEvent + continue", pclass=0x81)

    # ---- (c) MAP v2 USSD, the Begin in two IP fragments --------------------------------------
    t = 2013.0
    sigtran(a, t, MSC, PC_MSC, PC_HLR, 12, A_HLR, A_VLR, msg["ussd_begin"],
            "MAP v2 Begin processUnstructuredSS-Request '*100#' VLR->HLR", pclass=0x00, fragment_at=96)
    ussd_end_t = t + 88.934
    sigtran(a, ussd_end_t, STP, PC_HLR, PC_MSC, 12, A_VLR, A_HLR, msg["ussd_end"],
            "MAP v2 End HLR->VLR: AARE + returnResultLast USSD 'Balance 5 EUR'", pclass=0x00)
    ussd_end_chunk = a.last_tsn

    # ---- (d) orphan on association B: SRI-SM whose Begin is before the capture --------------
    t = 2604.0
    sigtran(b, t, 0, PC_GMSC, PC_HLR, 7, A_HLR_SM, A_GMSC, msg["sm_continue"],
            "MAP Continue GMSC->HLR (Begin not captured): invoke sendRoutingInfoForSM", rc=None)
    sigtran(b, t + 21.377, 1, PC_HLR, PC_GMSC, 7, A_GMSC, A_HLR_SM, msg["sm_end"],
            "MAP End HLR->GMSC (Begin not captured): returnResultLast sendRoutingInfoForSM", rc=None)

    # ---- (f) retransmission of the USSD End (same TSN, same stream sequence number) ----------
    t = ussd_end_t + 1000.0
    data = m3ua_data(PC_HLR, PC_MSC, SI_SCCP, 12, udt(A_VLR, A_HLR, msg["ussd_end"], 0x00), rc=RC_A)
    c, _, _ = a.data(STP, 1 + 12, data, tsn=ussd_end_chunk, ssn=a.ssn[STP][1 + 12] - 1)
    note = "SCTP retransmission (TSN %08x) of the MAP v2 End USSD: duplicate, drop" % ussd_end_chunk
    log.append((a.send(ms(t), STP, [c], note), note))
    note = "SCTP SACK only, reporting the duplicate TSN"
    log.append((a.send(ms(t + 0.412), MSC, [a.sack(MSC, dups=[ussd_end_chunk])], note), note))

    # ---- (g) a new association from MSC-B: ARP, handshake, ASPUP, ASPAC, ISUP IAM ------------
    t = 3512.0
    log.append(([cap.add(ms(t), arp(1, IP_MSC_B, IP_STP), "ARP request who-has 10.20.0.1")], "ARP request"))
    log.append(([cap.add(ms(t + 0.105), arp(2, IP_STP, IP_MSC_B, mac_of(IP_MSC_B)), "ARP reply")], "ARP reply"))
    c = Association(net, cap, ((IP_MSC_B, 2905), (IP_STP, 2905)),
                    tags=(0x6d1f2e3a, 0x0c9a8b7d), tsns=(0x41c00001, 0x1e6a0001), rwnd=(65536, 106496))
    ipv4_param = tlv_param(5, ip_bytes(IP_MSC_B))
    cookie = bytes(range(0x40, 0x60))           # opaque to the peer (32 octets)
    steps = [
        (0.212, 0, [init_chunk(1, c.tags[0], 65536, 16, 16, c.next_tsn[0], ipv4_param)], 0, "SCTP INIT"),
        (0.398, 1, [init_chunk(2, c.tags[1], 106496, 16, 16, c.next_tsn[1],
                               tlv_param(5, ip_bytes(IP_STP)) + tlv_param(7, cookie))], None, "SCTP INIT ACK"),
        (0.470, 0, [chunk(10, 0, cookie)], None, "SCTP COOKIE ECHO"),
        (0.633, 1, [chunk(11, 0, b"")], None, "SCTP COOKIE ACK"),
    ]
    for dt, side, chunks, vtag, note in steps:
        log.append((c.send(ms(t + dt), side, chunks, note, vtag=vtag), note))
    rc_c = 30
    mgmt = [
        (1.102, 0, m3ua(3, 1, tlv_param(M3UA_ASP_ID, struct.pack("!I", 3))), "M3UA ASPUP"),
        (1.960, 1, m3ua(3, 4), "M3UA ASPUP ACK"),
        (2.311, 0, m3ua(4, 1, tlv_param(M3UA_TRAFFIC_MODE, struct.pack("!I", 2))
                        + tlv_param(M3UA_ROUTING_CONTEXT, struct.pack("!I", rc_c))), "M3UA ASPAC (loadshare)"),
        (3.087, 1, m3ua(4, 3, tlv_param(M3UA_TRAFFIC_MODE, struct.pack("!I", 2))
                        + tlv_param(M3UA_ROUTING_CONTEXT, struct.pack("!I", rc_c))), "M3UA ASPAC ACK"),
    ]
    for dt, side, payload, note in mgmt:
        log.append((c.message(ms(t + dt), side, 0, payload, note), note))
    note = "M3UA DATA SI=5 (ISUP IAM, CIC 17) MSC-B->transit: not SCCP"
    data = m3ua_data(PC_MSC_B, PC_TRANSIT, SI_ISUP, 1, isup_iam(), rc=rc_c)
    log.append((c.message(ms(t + 95.0), 0, 2, data, note), note))

    # ---- (h) a second updateLocation answered by a TC provider abort --------------------------
    t = 4230.0
    sigtran(a, t, MSC, PC_MSC, PC_HLR, 14, A_HLR, A_VLR, msg["ul2_begin"],
            "MAP v3 Begin updateLocation VLR->HLR (IMSI 262019876543210)")
    sigtran(a, t + 12.660, STP, PC_HLR, PC_MSC, 14, A_VLR, A_HLR, msg["ul2_abort"],
            "TCAP Abort HLR->VLR: P-AbortCause resourceLimitation")

    # ---- (b) continued: the call ends -------------------------------------------------------
    t = 9351.0
    sigtran(a, t, MSC, PC_MSC, PC_SCF, 3, A_SCF, A_SSF, msg["cap_erb"],
            "CAP Continue gsmSSF->gsmSCF, no dialogue portion: eventReportBCSM oDisconnect", pclass=0x81)
    sigtran(a, t + 17.842, STP, PC_SCF, PC_MSC, 3, A_SSF, A_SCF, msg["cap_end"],
            "CAP End gsmSCF->gsmSSF, no dialogue portion: releaseCall", pclass=0x81)

    # ---- (i) inter-MSC handover MSC-A -> MSC-B, and a short message relayed over it -------
    t = 9800.0
    # the Begin is longer than a UDT can carry: XUDT in two segments, as in (e)
    hob = msg["ho_begin"]
    local_ref = 0x00B7D1
    for i, (seg, first, remaining) in enumerate(((hob[:200], True, 1), (hob[200:], False, 0))):
        note = "SCCP XUDT segment %d/2 (local ref %06x) of MAP v3 Begin prepareHandover " \
               "MSC-A->MSC-B (AARQ handoverControlContext-v3, RANAP RelocationRequest in " \
               "AN-APDU; %d of %d octets)" % (i + 1, local_ref, len(seg), len(hob))
        data = m3ua_data(PC_MSC, PC_MSC_B, SI_SCCP, 6,
                         xudt(A_MSC_B, A_MSC_A, seg, segmentation=(first, True, remaining, local_ref)),
                         rc=RC_A)
        log.append((a.message(ms(t + 0.150 * i), MSC, 1 + 6, data, note), note))
    sigtran(a, t + 180.250, STP, PC_MSC_B, PC_MSC, 6, A_MSC_A, A_MSC_B, msg["ho_continue"],
            "MAP Continue MSC-B->MSC-A: AARE + returnResultLast prepareHandover (handoverNumber, "
            "BSSMAP HANDOVER REQUEST ACKNOWLEDGE)")
    sigtran(a, t + 2400.0, MSC, PC_MSC, PC_MSC_B, 6, A_MSC_B, A_MSC_A, msg["ho_fas"],
            "MAP Continue MSC-A->MSC-B, no dialogue portion: forwardAccessSignalling, DTAP CP-DATA "
            "RP-DATA SMS-DELIVER 'Hello MSC-B'")
    sigtran(a, t + 2460.5, MSC, PC_MSC, PC_MSC_B, 6, A_MSC_B, A_MSC_A, msg["ho_end"],
            "MAP End MSC-A->MSC-B, no components: the handover dialogue ends")
    return cap, log


# ---------------------------------------------------------------------------------
# captures/mtp2-cap.pcap
# ---------------------------------------------------------------------------------

def mtp2_capture():
    """A direct MTP2 link between the MSC/gsmSSF (A) and the gsmSCF (B): alignment status
    units, fill-in units, and a CAP phase 4 initialDP answered by an End with connect."""
    cap = Pcap(140, EPOCH + 3600)
    a, b = Mtp2Side(), Mtp2Side()
    log = []
    begin = golden("CAP phase 4 Begin, AARQ capssf-scfGenericAC phase 4")
    answer = mm.end("0a000004", mm.dialogue_portion(mm.aare(mm.AC_CAP4)),
                    mm.components(mm.invoke(1, mm.CAP_CONNECT,
                                            mm.SEQ(mm.cctx(0, mm.OCTETS(mm.isup_called(mm.FWD_TO)))))))
    # route on SSN with the point code towards the SCP, route on GT for the answer
    ssf_gt = sccp_address(GT_MSC, SSN_CAP, PC_MSC)
    scf_pc = sccp_address(None, SSN_CAP, PC_SCF, route_on_gt=False)
    scf_gt = sccp_address(GT_SCF, SSN_CAP, PC_SCF)

    def add(t, su, note):
        log.append(([cap.add(ms(t), su, note)], note))

    add(0.0, a.lssu(1), "MTP2 LSSU SIN (A)")
    add(0.6, b.lssu(1), "MTP2 LSSU SIN (B)")
    add(500.0, a.fisu(), "MTP2 FISU (A)")
    add(500.4, b.fisu(), "MTP2 FISU (B)")
    add(803.0, a.msu(mtp3_msu(SI_SCCP, PC_MSC, PC_SCF, 4, udt(scf_pc, ssf_gt, begin, 0x81)), b),
        "MTP2 MSU: CAP phase 4 Begin initialDP (AARQ 0.4.0.0.1.23.3.4) gsmSSF->gsmSCF")
    add(803.9, b.fisu(), "MTP2 FISU (B) acknowledging FSN 0")
    add(845.3, b.msu(mtp3_msu(SI_SCCP, PC_SCF, PC_MSC, 4, udt(ssf_gt, scf_gt, answer, 0x81)), a),
        "MTP2 MSU: CAP phase 4 End gsmSCF->gsmSSF (AARE + connect)")
    add(846.1, a.fisu(), "MTP2 FISU (A) acknowledging FSN 0")
    return cap, log


# ---------------------------------------------------------------------------------

def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    for name, (cap, log) in (("sigtran-dialogues.pcap", sigtran_capture()),
                             ("mtp2-cap.pcap", mtp2_capture())):
        path = os.path.join(outdir, name)
        size = cap.write(path)
        print("%s: %d frames, %d bytes" % (path, len(cap.frames), size))
        for nums, note in log:
            print("  %-7s %s" % (",".join(str(n) for n in nums), note))


if __name__ == "__main__":
    main()
