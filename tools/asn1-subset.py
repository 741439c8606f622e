#!/usr/bin/env python3
"""asn1-subset: keep only the assignments of an ASN.1 module that some root types need.

usage: asn1-subset.py OUT-DIR MODULE.asn ROOT-TYPE...

Writes MODULE.asn to OUT-DIR with every assignment (type or value) that no ROOT-TYPE
reaches through references replaced by empty lines; what stays is the module's text as it
is, at its own line numbers (asn1c's messages point at the original lines).  For the NR RRC
module of TS 38.331 (asn1/nr-rrc/PROVENANCE.md), of whose ~1,800 types tcapkit decodes only
the UE capabilities: asn1c then compiles a fifth of the types.  A kept assignment refers
only to kept assignments, so each kept type has the definition and PER encoding it has in
the whole module; the types left out are the ones tcapkit never decodes.

A module with IMPORTS or parameterised assignments is refused (none of them are handled).
"""
import os
import re
import sys

# comments become blanks of the same length, newlines kept, so offsets and lines stay
COMMENT = re.compile(r"--.*?(?:--|$)|/\*.*?\*/", re.M | re.S)
ASSIGNMENT = re.compile(r"^([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)[ \t]*"
                        r"(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*[ \t]*)?::=", re.M)
REFERENCE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")


def blank_comments(text):
    return COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def main():
    if len(sys.argv) < 4:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    outdir, path, roots = sys.argv[1], sys.argv[2], sys.argv[3:]
    text = open(path).read()
    body = blank_comments(text)
    begin = re.search(r"\bDEFINITIONS\b.*?::=\s*BEGIN\b", body, re.S)
    end = body.rfind("\nEND")
    if not begin or end < begin.end():
        print("asn1-subset: %s: no module body" % path, file=sys.stderr)
        return 1
    if re.search(r"\bIMPORTS\b", body) or re.search(r"^[A-Za-z][\w-]*\s*\{[^}]*\}\s*::=", body, re.M):
        print("asn1-subset: %s: IMPORTS or parameterised assignments" % path, file=sys.stderr)
        return 1
    starts = [m for m in ASSIGNMENT.finditer(body, begin.end(), end)]
    spans = {}
    for i, m in enumerate(starts):
        stop = starts[i + 1].start() if i + 1 < len(starts) else end + 1
        if m.group(1) in spans:
            print("asn1-subset: %s: %s assigned twice" % (path, m.group(1)), file=sys.stderr)
            return 1
        spans[m.group(1)] = (m.start(), stop, m.end())
    missing = [r for r in roots if r not in spans]
    if missing:
        print("asn1-subset: %s: no assignment of %s" % (path, ", ".join(missing)), file=sys.stderr)
        return 1
    keep, todo = set(), list(roots)
    while todo:
        name = todo.pop()
        if name in keep:
            continue
        keep.add(name)
        start, stop, after = spans[name]
        todo.extend(r for r in REFERENCE.findall(body[after:stop]) if r in spans and r not in keep)
    out = list(text)
    for name, (start, stop, _) in spans.items():
        if name not in keep:
            for k in range(start, stop):
                if out[k] != "\n":
                    out[k] = ""
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, os.path.basename(path)), "w") as f:
        f.write("".join(out))
    print("asn1-subset: %s: %d of %d assignments kept" % (os.path.basename(path), len(keep),
                                                          len(spans)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
