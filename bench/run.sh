#!/usr/bin/env bash
# Folio's benchmarks, whole process: `make bench` (or bench/run.sh from anywhere).
#
# Builds the release binaries, installs what is missing (hyperfine and time
# with apt-get, the typst Python binding with pip), then times with hyperfine:
# the handout, the brochure (if Layouts/brochure.yaml exists), the annual
# report, a synthetic report of about 100 and 500 pages
# (bench/synthetic-report.py), a 1,000-record merge of the handout (if
# `folio merge` exists) and Typst on bench/annual-report.typ; measures peak
# memory with /usr/bin/time and where it goes (bench/memory-split.py); runs the typesetting micro-benchmark
# (folio-bench). Prints a Markdown table and appends a dated section to
# BENCHMARKS.md. Raw results (hyperfine JSON, PDFs) go to bench/out/ (ignored by git).
#
# Settings (environment):
#   FOLIO=path         time this folio binary instead of building .build/release/folio
#   FOLIO_BENCH=path   the same for folio-bench
#   SKIP_BUILD=1       build nothing (use the binaries as they are)
#   RUNS=30 WARMUP=3   hyperfine runs and warm-ups for small documents
#   RUNS_LARGE=10 WARMUP_LARGE=1   the same for the synthetic reports and the merge
#   MEM_RUNS=5 MEM_RUNS_LARGE=3    runs of /usr/bin/time per document (the median is reported)
#   SYNTH_PAGES="100 500"          sizes of the synthetic report
#   MERGE_RECORDS=1000             records in the merge
#   BIG="table:500,5000 staff:200,2000 headings:100,1000 chart:1000,10000"
#                                  big inputs (bench/big-inputs.py KIND SIZE), each at two sizes;
#                                  BIG="" skips them
#   REFUSED="chart:50000 paragraph:5000000"   inputs past a limit: timed, and must fail naming it
#   RUNS_BIG=3 WARMUP_BIG=0 MEM_RUNS_BIG=1   hyperfine and memory runs for the big inputs
#   SKIP_TYPST=1                   do not install or time Typst
#   BENCHMARKS_MD=BENCHMARKS.md    where the dated section is appended; APPEND=0: nowhere
#   BENCH_OUT=bench/out            where raw results go
#   NOTE="..."                     a sentence added to the section (e.g. what changed)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO=$PWD

DEFAULT_FOLIO=.build/release/folio
DEFAULT_FOLIO_BENCH=.build/release/folio-bench
FOLIO=${FOLIO:-$DEFAULT_FOLIO}
FOLIO_BENCH=${FOLIO_BENCH:-$DEFAULT_FOLIO_BENCH}
SKIP_BUILD=${SKIP_BUILD:-0}
RUNS=${RUNS:-30}
WARMUP=${WARMUP:-3}
RUNS_LARGE=${RUNS_LARGE:-10}
WARMUP_LARGE=${WARMUP_LARGE:-1}
MEM_RUNS=${MEM_RUNS:-5}
MEM_RUNS_LARGE=${MEM_RUNS_LARGE:-3}
SYNTH_PAGES=${SYNTH_PAGES:-100 500}
MERGE_RECORDS=${MERGE_RECORDS:-1000}
BIG=${BIG-table:500,5000 staff:200,2000 headings:100,1000 chart:1000,10000}
REFUSED=${REFUSED-chart:50000 paragraph:5000000}
RUNS_BIG=${RUNS_BIG:-3}
WARMUP_BIG=${WARMUP_BIG:-0}
MEM_RUNS_BIG=${MEM_RUNS_BIG:-1}
SKIP_TYPST=${SKIP_TYPST:-0}
BENCHMARKS_MD=${BENCHMARKS_MD:-BENCHMARKS.md}
APPEND=${APPEND:-1}
BENCH_OUT=${BENCH_OUT:-bench/out}
NOTE=${NOTE:-}
PYTHON=${PYTHON:-python3}

SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
say() { printf '\n== %s\n' "$*" >&2; }

# PDFs carry the date of the last commit, as with `make`.
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || true)
  [ -n "$SOURCE_DATE_EPOCH" ] && export SOURCE_DATE_EPOCH
fi

# ── Tools ──────────────────────────────────────────────────────────────────
apt_install() {  # only the Debian packages that are missing
  local missing=""
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    say "Installing Debian packages:$missing"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
  fi
}
command -v hyperfine >/dev/null || apt_install hyperfine
[ -x /usr/bin/time ] || apt_install time
command -v pdfinfo >/dev/null || apt_install poppler-utils
# Typst: the typst package from PyPI into this Python, or else (Debian's own
# Python refuses pip installs, PEP 668) into a virtual environment in $BENCH_OUT.
TYPST_PYTHON=$PYTHON
if [ "$SKIP_TYPST" != 1 ] && ! "$TYPST_PYTHON" -c 'import typst' 2>/dev/null; then
  TYPST_PYTHON=$BENCH_OUT/venv/bin/python
  if ! { [ -x "$TYPST_PYTHON" ] && "$TYPST_PYTHON" -c 'import typst' 2>/dev/null; }; then
    say "Installing the typst Python binding (pip install typst)"
    if "$PYTHON" -m pip install --quiet typst 2>/dev/null; then
      TYPST_PYTHON=$PYTHON
    else
      "$PYTHON" -m venv --help >/dev/null 2>&1 && "$PYTHON" -c 'import ensurepip' 2>/dev/null || apt_install python3-venv
      "$PYTHON" -m venv "$BENCH_OUT/venv" && "$TYPST_PYTHON" -m pip install --quiet typst \
        || echo "pip install typst failed: Typst is skipped" >&2
    fi
  fi
fi

# ── Build ──────────────────────────────────────────────────────────────────
PREBUILT=""
if [ "$SKIP_BUILD" != 1 ] && [ "$FOLIO" = "$DEFAULT_FOLIO" ]; then
  say "swift build -c release --product folio --static-swift-stdlib"
  swift build -c release --product folio --static-swift-stdlib
elif [ "$FOLIO" != "$DEFAULT_FOLIO" ]; then
  PREBUILT="FOLIO=$FOLIO"
fi
if [ "$SKIP_BUILD" != 1 ] && [ "$FOLIO_BENCH" = "$DEFAULT_FOLIO_BENCH" ]; then
  say "swift build -c release --product folio-bench"
  swift build -c release --product folio-bench
fi
if [ "$SKIP_BUILD" = 1 ]; then PREBUILT="${PREBUILT:+$PREBUILT, }SKIP_BUILD=1"; fi
[ -x "$FOLIO" ] || { echo "no folio binary at $FOLIO" >&2; exit 1; }

STAMP=$(date +%Y%m%d-%H%M%S)
RUN_DIR=$BENCH_OUT/$STAMP
mkdir -p "$RUN_DIR/pdf" "$RUN_DIR/bin"

# Time copies of the binaries: a rebuild during the run (another terminal,
# another engineer) must not change the binary between two measurements.
FOLIO_SOURCE=$FOLIO
FOLIO_SHA=$(sha256sum "$FOLIO" | cut -c1-12)
FOLIO_MTIME=$(date -r "$FOLIO" '+%Y-%m-%d %H:%M')
cp "$FOLIO" "$RUN_DIR/bin/folio"
FOLIO=$RUN_DIR/bin/folio
FOLIO_BENCH_SOURCE=$FOLIO_BENCH
if [ -x "$FOLIO_BENCH" ]; then
  FOLIO_BENCH_MTIME=$(date -r "$FOLIO_BENCH" '+%Y-%m-%d %H:%M')
  cp "$FOLIO_BENCH" "$RUN_DIR/bin/folio-bench"
  FOLIO_BENCH=$RUN_DIR/bin/folio-bench
fi
CASES=$RUN_DIR/cases.tsv
SKIPPED=$RUN_DIR/skipped.txt
: >"$CASES"
: >"$SKIPPED"
say "Results in $RUN_DIR"

# A command as one line that hyperfine -N (and a shell) splits back into the same words.
quote_cmd() {
  local out="" a
  for a in "$@"; do
    if [[ "$a" =~ ^[A-Za-z0-9_./=:,+@%-]+$ ]]; then out+="$a "; else out+="'${a//\'/\'\\\'\'}' "; fi
  done
  printf '%s' "${out% }"
}

# bench_case NAME KIND RUNS WARMUP MEM_RUNS PAGES_FROM -- COMMAND...
#   KIND: folio, typst, baseline or refused (a folio command that must fail, its
#   message naming a limit); PAGES_FROM: a PDF (pages from pdfinfo), "dir:PATH" (PDFs in it) or "-".
bench_case() {
  local name=$1 kind=$2 runs=$3 warmup=$4 mem_runs=$5 pages_from=$6
  shift 7
  local cmd=("$@") line
  line=$(quote_cmd "${cmd[@]}")
  say "$name: $line"
  local rc=0 ignore=()
  "${cmd[@]}" >"$RUN_DIR/$name.log" 2>&1 || rc=$?
  if [ "$kind" = refused ]; then
    if [ "$rc" = 0 ] || ! grep -q 'at most' "$RUN_DIR/$name.log"; then
      echo "$name was not refused with its limit named; see $RUN_DIR/$name.log" >&2
      printf '%s\tnot refused: %s\n' "$name" "$(tail -1 "$RUN_DIR/$name.log")" >>"$SKIPPED"
      return 0
    fi
    rc=0
    ignore=(-i)
  fi
  if [ "$rc" != 0 ]; then
    echo "$name failed (exit $rc); see $RUN_DIR/$name.log:" >&2
    tail -5 "$RUN_DIR/$name.log" >&2
    printf '%s\tfailed: %s\n' "$name" "$(tail -1 "$RUN_DIR/$name.log")" >>"$SKIPPED"
    return 0
  fi
  local pages=""
  case "$pages_from" in
    -) ;;
    dir:*) pages=$(find "${pages_from#dir:}" -name '*.pdf' | wc -l) ;;
    *) pages=$(pdfinfo "$pages_from" 2>/dev/null | awk '/^Pages:/ {print $2}') ;;
  esac
  hyperfine -N --style basic "${ignore[@]}" -w "$warmup" -r "$runs" --export-json "$RUN_DIR/$name.json" "$line" >&2
  local mem=() kb i
  for ((i = 0; i < mem_runs; i++)); do
    /usr/bin/time -f %M -o "$RUN_DIR/$name.rss" "${cmd[@]}" >/dev/null 2>&1 || [ "$kind" = refused ]
    kb=$(tail -1 "$RUN_DIR/$name.rss")
    mem+=("$kb")
  done
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$kind" "${pages:--}" "$(IFS=,; echo "${mem[*]}")" "$warmup" "$line" \
    >>"$CASES"
}

skip() { echo "$1: skipped — $2" >&2; printf '%s\t%s\n' "$1" "$2" >>"$SKIPPED"; }

# ── Documents ──────────────────────────────────────────────────────────────
bench_case handout folio "$RUNS" "$WARMUP" "$MEM_RUNS" "$RUN_DIR/pdf/handout.pdf" -- \
  "$FOLIO" build Layouts/handout.yaml --data Data --fonts Fonts --out "$RUN_DIR/pdf/handout.pdf"

if [ -f Layouts/brochure.yaml ]; then
  bench_case brochure folio "$RUNS" "$WARMUP" "$MEM_RUNS" "$RUN_DIR/pdf/brochure.pdf" -- \
    "$FOLIO" build Layouts/brochure.yaml --data Data --fonts Fonts --out "$RUN_DIR/pdf/brochure.pdf"
else
  skip brochure "Layouts/brochure.yaml does not exist"
fi

if [ -f Layouts/brochure-zh.yaml ]; then
  bench_case brochure-zh folio "$RUNS" "$WARMUP" "$MEM_RUNS" "$RUN_DIR/pdf/brochure-zh.pdf" -- \
    "$FOLIO" build Layouts/brochure-zh.yaml --data Data --fonts Fonts --out "$RUN_DIR/pdf/brochure-zh.pdf"
fi

bench_case annual-report folio "$RUNS" "$WARMUP" "$MEM_RUNS" "$RUN_DIR/pdf/annual-report.pdf" -- \
  "$FOLIO" build Layouts/annual-report.yaml --data Data --fonts Fonts --out "$RUN_DIR/pdf/annual-report.pdf"

for pages in $SYNTH_PAGES; do
  synth=$BENCH_OUT/synthetic-$pages
  "$PYTHON" bench/synthetic-report.py --pages "$pages" --out "$synth" --quiet
  bench_case "synthetic-$pages" folio "$RUNS_LARGE" "$WARMUP_LARGE" "$MEM_RUNS_LARGE" "$RUN_DIR/pdf/synthetic-$pages.pdf" -- \
    "$FOLIO" build "$synth/synthetic-report.yaml" --data "$synth/data" --fonts Fonts \
    --out "$RUN_DIR/pdf/synthetic-$pages.pdf"
done

# ── Big inputs ─────────────────────────────────────────────────────────────
# Each kind at two sizes ten times apart: the larger must cost about ten times more.
for spec in $BIG; do
  kind=${spec%%:*}
  for size in $(echo "${spec#*:}" | tr , ' '); do
    big=$BENCH_OUT/big/$kind-$size
    "$PYTHON" bench/big-inputs.py "$kind" "$size" --out "$big"
    bench_case "big-$kind-$size" folio "$RUNS_BIG" "$WARMUP_BIG" "$MEM_RUNS_BIG" "$RUN_DIR/pdf/big-$kind-$size.pdf" -- \
      "$FOLIO" build "$big/layout.yaml" --data "$big/data" --fonts Fonts --out "$RUN_DIR/pdf/big-$kind-$size.pdf"
  done
done
for spec in $REFUSED; do
  kind=${spec%%:*} size=${spec#*:}
  big=$BENCH_OUT/big/$kind-$size
  "$PYTHON" bench/big-inputs.py "$kind" "$size" --out "$big"
  bench_case "refused-$kind-$size" refused "$RUNS_BIG" "$WARMUP_BIG" "$MEM_RUNS_BIG" - -- \
    "$FOLIO" build "$big/layout.yaml" --data "$big/data" --fonts Fonts --out "$RUN_DIR/pdf/refused-$kind-$size.pdf"
done

# ── Merge ──────────────────────────────────────────────────────────────────
# `folio merge --help` on a folio without the subcommand prints the top-level
# help and succeeds, so look for the subcommand's own usage line.
if "$FOLIO" merge --help 2>&1 | grep -q 'USAGE: folio merge'; then
  records=$BENCH_OUT/attendees-$MERGE_RECORDS.csv
  "$PYTHON" bench/attendees.py "$MERGE_RECORDS" --out "$records"
  merged=$RUN_DIR/merge
  rm -rf "$merged" && mkdir -p "$merged"
  bench_case "merge-$MERGE_RECORDS" folio "$RUNS_LARGE" "$WARMUP_LARGE" "$MEM_RUNS_LARGE" "dir:$merged" -- \
    "$FOLIO" merge Layouts/handout.yaml --records "$records" --out "$merged/{{id}}-{{last_name}}.pdf"
else
  skip "merge-$MERGE_RECORDS" "\`$FOLIO merge --help\` shows no merge subcommand"
fi

# ── Typst ──────────────────────────────────────────────────────────────────
if [ "$SKIP_TYPST" = 1 ]; then
  skip typst-annual-report "SKIP_TYPST=1"
elif "$TYPST_PYTHON" -c 'import typst' 2>/dev/null; then
  # The interpreter itself, not a wrapper such as a pyenv shim (which alone costs ~0.1 s).
  TYPST_PYTHON=$("$TYPST_PYTHON" -c 'import sys; print(sys.executable)')
  bench_case typst-annual-report typst "$RUNS" "$WARMUP" "$MEM_RUNS" "$RUN_DIR/pdf/typst-annual-report.pdf" -- \
    "$TYPST_PYTHON" bench/typst-compile.py bench/annual-report.typ "$RUN_DIR/pdf/typst-annual-report.pdf" --font-path Fonts
  bench_case python-import-typst baseline "$RUNS" "$WARMUP" "$MEM_RUNS" - -- "$TYPST_PYTHON" -c 'import typst'
else
  skip typst-annual-report "the typst Python binding is not installed"
fi

# ── Typesetting micro-benchmark ────────────────────────────────────────────
if [ -x "$FOLIO_BENCH" ]; then
  say "$FOLIO_BENCH ."
  "$FOLIO_BENCH" . | tee "$RUN_DIR/folio-bench.txt" >&2
else
  skip folio-bench "no binary at $FOLIO_BENCH"
fi

# ── Report ─────────────────────────────────────────────────────────────────
{
  echo "date=$(date '+%Y-%m-%d %H:%M %Z')"
  echo "nproc=$(nproc)"
  echo "cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -1)"
  echo "memory=$(free -m 2>/dev/null | awk '/^Mem:/ {print $2 " MiB"}')"
  echo "load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
  echo "os=$( . /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")"
  echo "commit=$(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet HEAD -- Sources Package.swift 2>/dev/null || echo ' (with uncommitted changes in Sources/)')"
  echo "folio=$FOLIO_SOURCE (sha256 $FOLIO_SHA…, built $FOLIO_MTIME; timed as the copy $FOLIO)"
  echo "folio_version=$("$FOLIO" --version 2>/dev/null || echo unknown)"
  echo "folio_bench=$FOLIO_BENCH_SOURCE${FOLIO_BENCH_MTIME:+ (built $FOLIO_BENCH_MTIME)}"
  echo "prebuilt=$PREBUILT"
  echo "hyperfine=$(hyperfine --version)"
  echo "typst=$("$TYPST_PYTHON" -c 'import importlib.metadata as m, typst; print("typst-py", m.version("typst") + ", Typst", typst.Compiler().eval("sys.version").strip(chr(34)))' 2>/dev/null || echo none)"
  echo "python=$("$TYPST_PYTHON" --version 2>&1)"
  echo "runs=$RUNS warm-up $WARMUP (large: $RUNS_LARGE warm-up $WARMUP_LARGE); memory runs $MEM_RUNS (large: $MEM_RUNS_LARGE)"
  echo "note=$NOTE"
  echo "run_dir=$RUN_DIR"
} >"$RUN_DIR/machine.txt"

"$PYTHON" bench/summarize.py "$RUN_DIR" >"$RUN_DIR/section.md"

# ── Where peak memory goes (bench/memory-split.py) ─────────────────────────
split=(handout -- "$FOLIO" build Layouts/handout.yaml --data Data --fonts Fonts --out "$RUN_DIR/pdf/split.pdf")
split+=(";;" annual-report -- "$FOLIO" build Layouts/annual-report.yaml --data Data --fonts Fonts --out "$RUN_DIR/pdf/split.pdf")
[ -f Layouts/brochure.yaml ] && split+=(";;" "brochure (en + zh)" -- "$FOLIO" build Layouts/brochure.yaml --data Data \
  --fonts Fonts --out "$RUN_DIR/pdf/split.pdf")
for pages in $SYNTH_PAGES; do
  split+=(";;" "synthetic-$pages" -- "$FOLIO" build "$BENCH_OUT/synthetic-$pages/synthetic-report.yaml" \
    --data "$BENCH_OUT/synthetic-$pages/data" --fonts Fonts --out "$RUN_DIR/pdf/split.pdf")
done
say "Memory split"
{
  echo
  echo "Where the peak resident memory goes, MiB (bench/memory-split.py: /proc/PID/smaps sampled every ms):"
  echo
  "$PYTHON" bench/memory-split.py "${split[@]}"
} >>"$RUN_DIR/section.md"
cat "$RUN_DIR/section.md"
if [ "$APPEND" = 1 ]; then
  { echo; cat "$RUN_DIR/section.md"; } >>"$BENCHMARKS_MD"
  say "Appended to $BENCHMARKS_MD"
fi
