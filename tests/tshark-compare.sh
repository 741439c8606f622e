#!/bin/sh
# Cross-check tcapdump against tshark on the project's own captures (captures/*.pcap) and
# on the public captures in ../shared/captures:
# per frame, the TCAP message types, transaction IDs, dialogue ACNs, components
# (type and invoke ID), local operation and error codes, IMSIs, AddressString digits,
# ISUP-format and TS 24.008 BCD number digits, Q.850 cause values, USSD and SMS texts and
# SCCP calling/called GT digits must agree (as multisets: a frame can carry several TCAP
# messages).  Every disagreement is printed as "FILE FRAME FIELD: tshark=... tcapkit=...";
# those listed in tests/tshark-differences.md (tshark limitations, formatting,
# interpretation) are marked "(explained)".  The work is done by tests/tshark-compare.py,
# whose header lists the tshark fields used and the preferences each capture needs.
#
# Exit: 0 all disagreements explained, 1 some are not, 2 a tool failed, 77 skipped
# (no tshark or no python3; without ../shared/captures only the own captures are compared).
set -u
top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
shared="$top_srcdir/../shared/captures"
dump="$top_builddir/tools/tcapdump"

if ! command -v tshark > /dev/null 2>&1; then
	echo "SKIP: tshark not installed"
	exit 77
fi
if ! command -v python3 > /dev/null 2>&1; then
	echo "SKIP: python3 not installed"
	exit 77
fi
if [ ! -x "$dump" ]; then
	echo "FAIL: $dump not built"
	exit 2
fi
md="$top_srcdir/tests/tshark-differences.md"
if [ $# -eq 0 ]; then
	# the own captures, named (so that the .md rows of the public ones are not reported as unused)
	python3 "$top_srcdir/tests/tshark-compare.py" "$dump" "$top_srcdir/captures" "$md" \
		sigtran-dialogues.pcap mtp2-cap.pcap || exit $?
fi
if [ ! -d "$shared" ]; then
	echo "# $shared is absent: only the own captures were compared"
	exit 0
fi
exec python3 "$top_srcdir/tests/tshark-compare.py" "$dump" "$shared" "$md" "$@"
