#!/bin/sh
# Build the libFuzzer target with clang (ASan + UBSan) over the library and the generated
# code of an existing build tree, then fuzz each target (fuzz_tcap, fuzz_inner seeded with the
# test vectors of its decoders, fuzz_rrc) for FUZZ_SECONDS.  Needs the Debian packages
# clang and libclang-rt-14-dev (tools/install-deps --fuzz installs them).
set -eu
top_srcdir=${top_srcdir:-.}
top_builddir=${top_builddir:-.}
secs=${FUZZ_SECONDS:-300}
out="$top_builddir/fuzz/out"
mkdir -p "$out/obj" "$out/corpus"
CC=${FUZZ_CC:-clang}
flags="-g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all"
inc="-I$top_srcdir/include -I$top_srcdir/codec -I$top_builddir/codec/gen -I$top_builddir/codec/gen/c -I$top_builddir/codec/gen/rrc -I$top_builddir/codec/gen/lte-rrc -I$top_builddir/codec/gen/nr-rrc -I$top_builddir/codec/gen/rrlp -I$top_builddir/codec/gen/lpp $(pkg-config --cflags libosmocore libosmogsm)"
echo "fuzz: compiling the generated code and the library with $CC (about ten minutes the first time)"
ls "$top_builddir"/codec/gen/c/*.c "$top_builddir"/codec/gen/rrc/*.c "$top_builddir"/codec/gen/lte-rrc/*.c "$top_builddir"/codec/gen/nr-rrc/*.c "$top_builddir"/codec/gen/rrlp/*.c "$top_builddir"/codec/gen/lpp/*.c "$top_builddir"/codec/gen/*.c "$top_srcdir"/codec/*.c | \
	xargs -P2 -I{} sh -c "o=\"$out/obj/\$(basename {} .c).o\"; [ \"\$o\" -nt {} ] || $CC $flags -D_DEFAULT_SOURCE -w $inc -c {} -o \"\$o\""
for t in fuzz_tcap fuzz_inner fuzz_rrc; do
	$CC $flags -fsanitize=fuzzer $inc "$top_srcdir/fuzz/$t.c" "$out"/obj/*.o \
		$(pkg-config --libs libosmogsm libosmocore) -lpcap -lm -o "$out/$t"
done
# seed corpus: the golden messages, under context index 0 (the line's own context is lost)
i=0
grep -v '^[[:space:]]*\(#\|$\)' "$top_srcdir/tests/golden/messages.hex" | sed 's/^[0-9.]* //' | \
while read -r hex; do
	i=$((i+1)); printf '00%s' "$hex" | tr -d ' ' | xxd -r -p > "$out/corpus/golden$i" 2>/dev/null || true
done
"$out/fuzz_tcap" -artifact_prefix="$out/" -max_total_time="$secs" -max_len=4096 "$out/corpus"
# the inner decoders on their own (their inputs are short), from the S1AP vectors of
# tests/check_s1ap.c under each type selector for f_s1ap (decoder 47 of fuzz_inner.c): the
# #define'd hex strings, with the macros they use expanded
mkdir -p "$out/corpus-inner"
python3 - "$top_srcdir/tests/check_s1ap.c" "$out/corpus-inner" <<'PY'
import re, sys
src, out = open(sys.argv[1]).read(), sys.argv[2]
macros = {}
for name, body in re.findall(r'^#define (\w+) ((?:.*\\\n)*.*)$', src, re.M):
    parts = re.findall(r'"([^"]*)"|(\w+)', body.replace('\\\n', ' '))
    if all(lit or word in macros for lit, word in parts):
        macros[name] = ''.join(lit or macros[word] for lit, word in parts).replace(' ', '')
for name, hexs in macros.items():
    for sel in range(6):
        open('%s/s1ap-%s-%d' % (out, name, sel), 'wb').write(bytes([47, sel]) + bytes.fromhex(hexs))
PY
# and every other decoder of fuzz_inner.c's table that has a test file of its name
# (f_ansi41: tests/check_ansi41.c): its hex string literals under that decoder's number
python3 - "$top_srcdir" "$out/corpus-inner" <<'PY'
import os, re, sys
top, out = sys.argv[1], sys.argv[2]
src = open(os.path.join(top, 'fuzz/fuzz_inner.c')).read()
table = re.search(r'decoders\[\] = \{(.*?)\};', src, re.S).group(1)
names = [w.strip() for w in re.sub(r'/\*.*?\*/', '', table, flags=re.S).split(',') if w.strip()]
for i, name in enumerate(names):
    test = os.path.join(top, 'tests', 'check_%s.c' % name[2:])
    if name == 'f_s1ap' or not os.path.exists(test):
        continue
    for k, lit in enumerate(re.findall(r'"([0-9a-fA-F ]{8,})"', open(test).read())):
        h = lit.replace(' ', '')
        if len(h) % 2:
            continue
        for sel in range(4):
            open('%s/%s-%d-%d' % (out, name, k, sel), 'wb').write(bytes([i, sel]) + bytes.fromhex(h))
PY
"$out/fuzz_inner" -artifact_prefix="$out/" -max_total_time="$secs" -max_len=1024 "$out/corpus-inner"
# the RRC containers (TS 25.331 and 36.331) on their own, seeded with the test vectors of
# tests/check_rrc.c and tests/check_lte_rrc.c under every type selector
mkdir -p "$out/corpus-rrc"
sed -n 's/^#define [A-Z0-9_]* "\([0-9a-f]*\)"$/\1/p' "$top_srcdir/tests/check_rrc.c" \
	"$top_srcdir/tests/check_lte_rrc.c" | \
while read -r hex; do
	for sel in 00 01 02 03 04 05 06 07 08 09 0a; do
		printf '%s%s' "$sel" "$hex" | xxd -r -p > "$out/corpus-rrc/$sel-$hex" 2>/dev/null || true
	done
done
"$out/fuzz_rrc" -artifact_prefix="$out/" -max_total_time="$secs" -max_len=1024 "$out/corpus-rrc"
