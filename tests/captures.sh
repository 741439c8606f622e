#!/bin/sh
# Regression over captures: the project's own (captures/*.pcap, expected output
# captures/<name>.jsonl) and the public ones in ../shared/captures beside the project
# root (expected tests/captures/<path>.jsonl; skipped cleanly when that folder is
# absent).  Every file is decoded with `tcapdump -r -T json`, every frame must be
# accounted for (at least one record per frame), and the output must equal the reviewed
# expected file.  After a reviewed change of output: make update-captures.
set -u
top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
shared="$top_srcdir/../shared/captures"
dump="$top_builddir/tools/tcapdump"
out="$top_builddir/tests/out/captures"
check_one() {	# check_one CAPTURE EXPECTED NAME
	cap=$1; exp=$2; name=$3
	n=$((n + 1))
	got="$out/$name.jsonl"
	mkdir -p "$(dirname "$got")"
	if ! "$dump" -r -T json --no-progress "$cap" > "$got" 2> "$got.err"; then
		echo "FAIL: $name: tcapdump exited non-zero"; cat "$got.err"; fail=1; return
	fi
	# every frame accounted for: frames read (text summary) = distinct frame numbers in JSON
	frames=$("$dump" -r --no-progress "$cap" 2>/dev/null | sed -n 's/^  frames read: //p')
	seen=$(sed -n 's/^{"schema":1,"frame":\([0-9]*\),.*/\1/p' "$got" | sort -un | wc -l)
	if [ -z "$frames" ] || [ "$frames" != "$seen" ]; then
		echo "FAIL: $name: $frames frames read but $seen frames in the output"; fail=1
	fi
	if [ "${UPDATE_CAPTURES:-0}" = 1 ]; then
		mkdir -p "$(dirname "$exp")"
		cp "$got" "$exp"
		echo "updated $exp"
	elif [ ! -f "$exp" ]; then
		echo "FAIL: $name: no expected output $exp (review, then make update-captures)"; fail=1
	elif ! cmp -s "$exp" "$got"; then
		echo "FAIL: $name: output differs from $exp (review, then make update-captures):"
		diff "$exp" "$got" | head -20
		fail=1
	else
		echo "PASS: $name ($frames frames)"
	fi
}

fail=0
n=0
for cap in "$top_srcdir"/captures/*.pcap; do
	base=$(basename "$cap" .pcap)
	check_one "$cap" "$top_srcdir/captures/$base.jsonl" "captures/$base"
done
if [ -d "$shared" ]; then
	files=$(cd "$shared" && find . -type f \( -name '*.pcap' -o -name '*.cap' -o -name '*.pcapng' \) | sed 's|^\./||' | LC_ALL=C sort)
	for f in $files; do
		check_one "$shared/$f" "$top_srcdir/tests/captures/$f.jsonl" "shared/$f"
	done
else
	echo "SKIP: $shared is absent: only the project's own captures were checked"
fi
echo "captures: $n files"
exit $fail
