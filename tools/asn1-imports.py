#!/usr/bin/env python3
"""asn1-imports: give asn1c the types that RRLP (TS 44.031) imports from MAP, from asn1/map.

usage: asn1-imports.py OUT-DIR MAP-DIR MODULE.asn...

RRLP-Components imports Ext-GeographicalInformation and VelocityEstimate from
MAP-LCS-DataTypes and ExtensionContainer from MAP-ExtensionDataTypes, naming both modules
by the OIDs of their version 10.  asn1/map holds a later version of both (asn1/map/
VERSIONS.md), in which these types are the same, and asn1c resolves an import that names
an OID only against a module with that OID.  This script writes to OUT-DIR:

1. each MODULE.asn with the OIDs after FROM <module name> in its IMPORTS removed, so that
   the import is resolved by module name (nothing else changes, and line numbers shift by
   the lines the OIDs took);
2. MAP-LCS-DataTypes.asn: a module of that name holding only the assignments RRLP uses,
   copied from MAP-DIR/MAP-LCS-DataTypes.asn (the whole module imports eight others);
3. MAP-ExtensionDataTypes.asn: MAP-DIR's module as it is (it imports nothing).

The encoding does not depend on module names or OIDs, so the bytes decoded are the same.
"""
import os
import re
import sys

# MAP-LCS-DataTypes assignments the RRLP modules use (with the constant one uses)
LCS_NAMES = ["Ext-GeographicalInformation", "maxExt-GeographicalInformation", "VelocityEstimate"]

ASSIGNMENT = re.compile(r"^([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\s[^\n]*::=", re.M)


def assignments(text, names):
    """the text of each named top-level assignment, up to the next one (comments kept)"""
    body = text[text.index("BEGIN") + len("BEGIN"):]
    starts = [(m.start(), m.group(1)) for m in ASSIGNMENT.finditer(body)]
    end = body.rindex("END")
    out = []
    for name in names:
        found = [i for i, (_, n) in enumerate(starts) if n == name]
        if len(found) != 1:
            raise SystemExit("asn1-imports: %s is defined %d times" % (name, len(found)))
        i = found[0]
        stop = starts[i + 1][0] if i + 1 < len(starts) else end
        out.append(body[starts[i][0]:stop].rstrip() + "\n\n")
    return "".join(out)


def main():
    if len(sys.argv) < 4:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    outdir, mapdir, modules = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(outdir, exist_ok=True)
    for path in modules:
        with open(path) as f:
            text = f.read()
        text = re.sub(r"(\bFROM\s+MAP-[A-Za-z-]+)\s*\{[^}]*\}", r"\1", text)
        with open(os.path.join(outdir, os.path.basename(path)), "w") as f:
            f.write(text)
    with open(os.path.join(mapdir, "MAP-LCS-DataTypes.asn")) as f:
        lcs = f.read()
    with open(os.path.join(outdir, "MAP-LCS-DataTypes.asn"), "w") as f:
        f.write("-- the assignments of asn1/map/MAP-LCS-DataTypes.asn that RRLP imports "
                "(tools/asn1-imports.py)\n\nMAP-LCS-DataTypes\n\nDEFINITIONS\n\nIMPLICIT TAGS\n\n"
                "::=\n\nBEGIN\n\n" + assignments(lcs, LCS_NAMES) + "END\n")
    with open(os.path.join(mapdir, "MAP-ExtensionDataTypes.asn")) as f:
        ext = f.read()
    with open(os.path.join(outdir, "MAP-ExtensionDataTypes.asn"), "w") as f:
        f.write(ext)
    return 0


if __name__ == "__main__":
    sys.exit(main())
