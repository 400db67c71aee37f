#!/usr/bin/env bash
# Coverage-guided fuzzing of the table readers, report loading (.txt, .html, .docx) and extraction.
#
#   bash scripts/fuzz.sh [SECONDS]     # default 60
#   bash scripts/fuzz.sh --ci          # CI: a fixed, repeatable pass (seed 1, 20,000 inputs)
#   bash scripts/fuzz.sh --pdf [SECONDS]  # PDF reports through poppler (corpus Fuzz/corpus-pdf); not in CI:
#                                      # poppler is not instrumented, so this is slow, mostly blind mutation
#
# Builds Fuzz/compare-fuzz with libFuzzer (-sanitize=fuzzer) into .build-fuzz, copies the seed
# corpus (Fuzz/corpus: the first byte of each file picks the reader, see FuzzInput.swift) into a
# scratch folder and fuzzes for SECONDS with a 2 GiB memory limit and a 10 s limit per input.
# A crash, a leak past the limit or a slow input fails the script and leaves the input in
# .build-fuzz/artifacts/ (replay it with `swift run compare-fuzz FILE`).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus_source=Fuzz/corpus
pdf=0
if [ "${1:-}" = "--pdf" ]; then
  pdf=1
  corpus_source=Fuzz/corpus-pdf
  shift
fi
if [ "${1:-}" = "--ci" ]; then
  limit=(-seed=1 -runs=20000)
else
  limit=(-max_total_time="${1:-60}")
fi
mkdir -p .build-fuzz
if ! swift build -c release --product compare-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xswiftc -use-ld=lld >.build-fuzz/build.log 2>&1; then
  grep -E "error|warning: unre" .build-fuzz/build.log | head -20 >&2
  echo "fuzz: the fuzz build failed (full log: .build-fuzz/build.log)" >&2
  exit 1
fi
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
cp "$corpus_source"/* "$corpus"/
mkdir -p .build-fuzz/artifacts
# SWIFT_BACKTRACE=enable=no: a crash must end the run at once, not wait on the backtracer.
# SWIFT_DETERMINISTIC_HASHING=1: the same seed takes the same path (dictionary order varies otherwise).
# The outer `timeout`: libFuzzer's own timeout handler can deadlock when its alarm lands inside malloc
# (seen here), so the whole run is bounded too.
log=.build-fuzz/fuzz.log
status=0
COMPARE_FUZZ_PDF=$pdf SWIFT_BACKTRACE=enable=no SWIFT_DETERMINISTIC_HASHING=1 timeout -k 10 1200 .build-fuzz/release/compare-fuzz "$corpus" \
  "${limit[@]}" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
  -artifact_prefix=.build-fuzz/artifacts/ -print_final_stats=1 >"$log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
  # The finding itself: the report from its first line (ERROR, ALARM, …), the stack and the input.
  grep -n -m1 -E "==ERROR|ALARM|libFuzzer: (out-of-memory|timeout|deadly)|Fatal error|SUMMARY" "$log" | cut -d: -f1 |
    { read -r first && tail -n "+$first" "$log" | grep -v -E "^#[0-9]+ +(NEW|REDUCE|pulse)" | head -n 120; } >&2 || true
  for a in .build-fuzz/artifacts/*; do
    [ -f "$a" ] || continue
    echo "fuzz: input $a ($(wc -c <"$a") bytes), base64 (first 8 KiB):" >&2
    head -c 8192 "$a" | base64 -w 120 >&2
  done
  echo "fuzz: failed (exit $status); full log: $log" >&2
  exit "$status"
fi
tail -n 12 "$log"
