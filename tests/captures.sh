#!/bin/sh
# Regression over the public captures in ../shared/captures (beside the project root):
# every file is decoded with `tcapdump -r -T json`, every frame must be accounted for
# (at least one record per frame), and the output must equal the reviewed expected file
# tests/captures/<path>.jsonl.  After a reviewed change of output: make update-captures.
# Skips (exit 77) when ../shared/captures is absent.
set -u
top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
shared="$top_srcdir/../shared/captures"
dump="$top_builddir/tools/tcapdump"
out="$top_builddir/tests/out/captures"
if [ ! -d "$shared" ]; then
	echo "SKIP: $shared is absent"
	exit 77
fi
fail=0
n=0
files=$(cd "$shared" && find . -type f \( -name '*.pcap' -o -name '*.cap' -o -name '*.pcapng' \) | sed 's|^\./||' | LC_ALL=C sort)
for f in $files; do
	n=$((n + 1))
	mkdir -p "$out/$(dirname "$f")"
	got="$out/$f.jsonl"
	exp="$top_srcdir/tests/captures/$f.jsonl"
	if ! "$dump" -r -T json --no-progress "$shared/$f" > "$got" 2> "$got.err"; then
		echo "FAIL: $f: tcapdump exited non-zero"; cat "$got.err"; fail=1; continue
	fi
	# every frame accounted for: frames read (text summary) = distinct frame numbers in JSON
	frames=$("$dump" -r --no-progress "$shared/$f" 2>/dev/null | sed -n 's/^  frames read: //p')
	seen=$(sed -n 's/^{"schema":1,"frame":\([0-9]*\),.*/\1/p' "$got" | sort -un | wc -l)
	if [ -z "$frames" ] || [ "$frames" != "$seen" ]; then
		echo "FAIL: $f: $frames frames read but $seen frames in the output"; fail=1
	fi
	if [ "${UPDATE_CAPTURES:-0}" = 1 ]; then
		mkdir -p "$(dirname "$exp")"
		cp "$got" "$exp"
		echo "updated tests/captures/$f.jsonl"
	elif [ ! -f "$exp" ]; then
		echo "FAIL: $f: no expected output tests/captures/$f.jsonl (review, then make update-captures)"; fail=1
	elif ! cmp -s "$exp" "$got"; then
		echo "FAIL: $f: output differs from tests/captures/$f.jsonl (review, then make update-captures):"
		diff "$exp" "$got" | head -20
		fail=1
	else
		echo "PASS: $f ($frames frames)"
	fi
done
echo "captures: $n files"
exit $fail
