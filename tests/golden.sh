#!/bin/sh
# Golden outputs: tcapdump's text tree and JSON Lines for the hand-encoded messages in
# tests/golden/messages.hex must equal the reviewed files beside them.  After a reviewed
# change of output, `make update-golden` rewrites the expected files.
set -u
top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
dump="$top_builddir/tools/tcapdump"
dir="$top_srcdir/tests/golden"
out="$top_builddir/tests/out"
mkdir -p "$out"
fail=0
for fmt in text json; do
	"$dump" -T "$fmt" --hex "$dir/messages.hex" > "$out/messages.$fmt" 2> "$out/messages.$fmt.err"
	rc=$?
	if [ $rc -ne 0 ]; then
		echo "FAIL: tcapdump -T $fmt exited $rc"; cat "$out/messages.$fmt.err"; fail=1; continue
	fi
	if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
		cp "$out/messages.$fmt" "$dir/messages.$fmt.ok"
		echo "updated $dir/messages.$fmt.ok"
	elif ! diff -u "$dir/messages.$fmt.ok" "$out/messages.$fmt"; then
		echo "FAIL: $fmt output differs from tests/golden/messages.$fmt.ok (review, then make update-golden)"
		fail=1
	else
		echo "PASS: $fmt output matches tests/golden/messages.$fmt.ok"
	fi
done
# JSON Lines: one line per message line of the input
msgs=$(grep -cv '^[[:space:]]*\(#\|$\)' "$dir/messages.hex")
lines=$(wc -l < "$out/messages.json")
if [ "$msgs" != "$lines" ]; then
	echo "FAIL: $msgs messages but $lines JSON lines"; fail=1
fi
# the README states the registry's counts: they must be the generator's
report="$top_builddir/codec/gen/report.txt"
if [ -f "$report" ]; then
	for what in contexts:"application contexts" operations:"operation definitions" errors:"error definitions"; do
		key=${what%%:*}; label=${what#*:}
		n=$(sed -n "s/^$key //p" "$report")
		if grep -q "\*\*$n $label\*\*" "$top_srcdir/README.md"; then
			echo "PASS: README states $n $label"
		else
			echo "FAIL: README does not state the generator's $n $label"; fail=1
		fi
	done
else
	echo "FAIL: $report missing"; fail=1
fi
exit $fail
