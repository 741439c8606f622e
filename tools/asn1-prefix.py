#!/usr/bin/env python3
"""asn1-prefix: rewrite ASN.1 modules for asn1c 0.9.28 without changing their encoding.

usage: asn1-prefix.py PREFIX OUT-DIR MODULE.asn...

Writes each MODULE.asn to OUT-DIR with two changes, for the LTE RRC modules of TS 36.331
(asn1/lte-rrc/PROVENANCE.md):

1. Every type reference defined in the given modules gets PREFIX ("LTE-"), wherever it is
   defined or used.  asn1c has one global C namespace, and 45 type names of TS 36.331
   (PLMN-Identity, MCC, CellIdentity, DL-DCCH-Message, ...) are also TS 25.331's, whose
   modules are compiled unprefixed into the same program.  Type names do not reach the PER
   encoding, so the bytes decoded are the same.
2. Version brackets [[ ]] inside a CHOICE are removed (the alternatives stay, in order).
   asn1c 0.9.28 parses them in a SEQUENCE only.  X.691 23.8 encodes a CHOICE's extension
   additions by their index among all the additions, grouped or not, so removing the
   brackets does not change the encoding either.

Comments are kept; line numbers are kept, so asn1c's messages point at the original lines.
"""
import os
import re
import sys

TOKEN = re.compile(r"--.*?(?:--|$)|/\*.*?\*/|\[\[|\]\]|[{}]|[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
                   r"|\s+|.", re.M | re.S)
DEFINITION = re.compile(r"^([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\s*(?:\{[^}]*\}\s*)?::=", re.M)


def strip_comments(text):
    return "".join(t for t in TOKEN.findall(text) if not t.startswith(("--", "/*")))


def defined_types(texts):
    names = set()
    for text in texts:
        body = strip_comments(text)
        # the module header "Name DEFINITIONS ... ::=" is not a type assignment
        names.update(m.group(1) for m in DEFINITION.finditer(body))
        names.difference_update(re.findall(r"^\s*([A-Z][\w-]*)\s+DEFINITIONS", body, re.M))
    return names


def rewrite(text, prefix, names):
    out = []
    stack = []          # "choice" or "other", one per open brace
    groups = []         # per open [[: removed (True) or kept (False)
    prev = []           # the last two significant tokens
    for t in TOKEN.findall(text):
        if t.startswith(("--", "/*")) or t.isspace():
            out.append(t)
            continue
        if t == "{":
            stack.append("choice" if prev and prev[-1] == "CHOICE" else "other")
        elif t == "}":
            if stack:
                stack.pop()
        elif t == "[[":
            drop = bool(stack) and stack[-1] == "choice"
            groups.append(drop)
            if drop:
                t = "  "
        elif t == "]]":
            if groups and groups.pop():
                t = "  "
        elif t in names and not (prev and prev[-1] in (".", "&")):
            t = prefix + t
        prev = (prev + [t])[-2:]
        out.append(t)
    return "".join(out)


def main():
    if len(sys.argv) < 4:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    prefix, outdir, paths = sys.argv[1], sys.argv[2], sys.argv[3:]
    texts = [open(p).read() for p in paths]
    names = defined_types(texts)
    os.makedirs(outdir, exist_ok=True)
    for p, text in zip(paths, texts):
        with open(os.path.join(outdir, os.path.basename(p)), "w") as f:
            f.write(rewrite(text, prefix, names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
