#!/bin/sh
# tcapdump as a user runs it: exit statuses, filters, -w, --stats, JSON validity, stdin,
# several files.  Uses the project's own captures (captures/*.pcap).
set -u
top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
dump="$top_builddir/tools/tcapdump"
cap="$top_srcdir/captures/sigtran-dialogues.pcap"
cap2="$top_srcdir/captures/mtp2-cap.pcap"
tmp="$top_builddir/tests/out/tcapdump"
mkdir -p "$tmp"
pass=0
fail=0

ok() { pass=$((pass + 1)); echo "PASS: $1"; }
ko() { fail=$((fail + 1)); echo "FAIL: $1"; }
expect() {	# expect NAME EXPECTED ACTUAL
	if [ "$2" = "$3" ]; then ok "$1"; else ko "$1: expected '$2', got '$3'"; fi
}
status() { "$@" > /dev/null 2>&1; echo $?; }
lines() { "$dump" -r --no-progress "$@" "$cap" 2>/dev/null | grep -c '^ *[0-9][0-9]* [0-9-]* [0-9:.]* '; }

# exit statuses: 2 bad usage, 1 unreadable input, 0 success
expect "no arguments is bad usage" 2 "$(status "$dump")"
expect "unknown format is bad usage" 2 "$(status "$dump" -T xml --hex -)"
expect "bad frame range is bad usage" 2 "$(status "$dump" -r --frames abc "$cap")"
expect "bad --acn is bad usage" 2 "$(status "$dump" -r --acn 1..2 "$cap")"
expect "unreadable file exits 1" 1 "$(status "$dump" -r --no-progress /nonexistent.pcap)"
"$dump" -r --no-progress /nonexistent.pcap > /dev/null 2> "$tmp/err"
grep -q "/nonexistent.pcap" "$tmp/err" && ok "unreadable file is named on stderr" || ko "unreadable file not named"
expect "a readable file exits 0" 0 "$(status "$dump" -r --no-progress "$cap")"

# one line per TCAP message; the summary accounts for every frame
expect "20 TCAP messages, one line each" 20 "$(lines)"
"$dump" -r --no-progress "$cap" > "$tmp/lines"
grep -q "^  frames read: 38$" "$tmp/lines" && ok "summary: frames read" || ko "summary: frames read"
grep -q "TCAP messages: 20 (decoded 20" "$tmp/lines" && ok "summary: decoded" || ko "summary: decoded"
grep -q "isup$" "$tmp/lines" && ok "summary: not TCAP by layer" || ko "summary: not TCAP by layer"

# filters
expect "--op updateLocation" 3 "$(lines --op updateLocation)"
expect "--op 2 (by code)" 3 "$(lines --op 2)"
expect "--proto cap" 4 "$(lines --proto cap)"
expect "--proto map --version 2" 2 "$(lines --proto map --version 2)"
expect "--acn" 2 "$(lines --acn 0.4.0.0.1.0.19.2)"
expect "--tid" 4 "$(lines --tid 0001a001)"
expect "--component returnResultLast" 6 "$(lines --component returnResultLast)"
expect "--digits (IMSI prefix)" 5 "$(lines --digits 2620112345)"
expect "--frames 1-4" 4 "$(lines --frames 1-4)"
expect "--frames 30-" 8 "$(lines --frames 30-)"

# JSON Lines: every line parses; one record per frame at least; a TCAP record per message
"$dump" -r -T json --no-progress "$cap" > "$tmp/json"
if python3 -c 'import json,sys
for l in sys.stdin: json.loads(l)' < "$tmp/json"; then ok "every JSON line parses"; else ko "JSON does not parse"; fi
expect "JSON: one line per record" 38 "$(wc -l < "$tmp/json" | tr -d ' ')"
expect "JSON: TCAP records" 20 "$(grep -c '"tcap":{' "$tmp/json")"

# -w writes the matching frames; reading them back gives the same messages
"$dump" -r --no-progress -w "$tmp/ul.pcap" --op updateLocation "$cap" > /dev/null
expect "-w wrote the 3 matching frames" "3" "$("$dump" -r --no-progress "$tmp/ul.pcap" | sed -n 's/^  frames read: //p')"
expect "-w output decodes" 3 "$("$dump" -r --no-progress "$tmp/ul.pcap" | grep -c updateLocation)"

# --stats
"$dump" -r --no-progress --stats "$cap" > "$tmp/stats"
grep -q "networkLocUpContext-v3 updateLocation" "$tmp/stats" && ok "stats: invokes per operation" || ko "stats: invokes"
grep -q "opened [1-9]" "$tmp/stats" && ok "stats: dialogues" || ko "stats: dialogues"
grep -Eq "^ +[1-9][0-9]* +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +networkLocUpContext-v3 updateLocation" "$tmp/stats" \
	&& ok "stats: response time of updateLocation" || ko "stats: response time"
"$dump" -r -T json --no-progress --stats "$cap" | tail -n 1 > "$tmp/stats.json"
if python3 -c 'import json,sys
s=json.load(sys.stdin)["stats"]
assert s["dialogues"]["opened"] >= 5, s
assert any("updateLocation" in k for k in s["responseTime"]), s' < "$tmp/stats.json"; then
	ok "stats as JSON"
else
	ko "stats as JSON"
fi

# standard input, and several files in order
expect "stdin" 2 "$(cat "$cap2" | "$dump" -r --no-progress - | grep -c 'cap-v4')"
expect "several files" 46 "$("$dump" -r --no-progress "$cap" "$cap2" | sed -n 's/^  frames read: //p')"

# the commands of `make demo` (the README's first command) work
expect "demo: hex text" 0 "$(status "$dump" --hex "$top_srcdir/tests/golden/messages.hex")"
expect "demo: hex JSON" 0 "$(status "$dump" -T json --hex "$top_srcdir/tests/golden/messages.hex")"
expect "demo: captures with stats" 0 "$(status "$dump" -r --stats --no-progress "$cap" "$cap2")"

echo "tcapdump: $pass passed, $fail failed"
[ "$fail" = 0 ]
