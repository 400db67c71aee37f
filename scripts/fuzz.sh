#!/usr/bin/env bash
# Coverage-guided fuzzing of the table readers, report loading (.txt, .html, .docx) and extraction.
#
#   bash scripts/fuzz.sh [SECONDS]     # default 60
#   bash scripts/fuzz.sh --ci          # CI: a fixed, repeatable pass (seed 1, 20,000 inputs)
#
# Builds Fuzz/compare-fuzz with libFuzzer (-sanitize=fuzzer) into .build-fuzz, copies the seed
# corpus (Fuzz/corpus: the first byte of each file picks the reader, see FuzzInput.swift) into a
# scratch folder and fuzzes for SECONDS with a 2 GiB memory limit and a 10 s limit per input.
# A crash, a leak past the limit or a slow input fails the script and leaves the input in
# .build-fuzz/artifacts/ (replay it with `swift run compare-fuzz FILE`).
set -euo pipefail
cd "$(dirname "$0")/.."
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
cp Fuzz/corpus/* "$corpus"/
mkdir -p .build-fuzz/artifacts
# SWIFT_BACKTRACE=enable=no: a crash must end the run at once, not wait on the backtracer.
SWIFT_BACKTRACE=enable=no .build-fuzz/release/compare-fuzz "$corpus" \
  "${limit[@]}" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
  -artifact_prefix=.build-fuzz/artifacts/ -print_final_stats=1 2>&1 | tail -n 12
