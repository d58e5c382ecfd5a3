#!/usr/bin/env bash
# Endurance run of the app as users run it first: the embedded Temporal server and the demo profile's in-process NWS.
# Every view is of a place of its own, so every view is a workflow run; pages wait for each run's verdict.
#
#   bench/soak.sh [RUNS] [CLIENTS] [WINDOW] [WARMUP]   (defaults: 100000 runs, 32 clients, windows of 10000, 40000
#                                                       views of warm-up, shown, not counted)
#
# Prints a Markdown table, a row per window: pages/s, p50/p99 ms, the highest live heap seen (left by a full GC every 15 s
# and at the window's end, read from the app's GC log), failed runs; then the last window against the first.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-100000}
CLIENTS=${2:-32}
WINDOW=${3:-10000}
WARMUP=${4:-40000}
PORT=${PORT:-18280}
DEMO_PORT=${DEMO_PORT:-18299}
. bench/demo-app.sh
# The GC log only records each GC: the live heap is read from it after the full GCs the soak asks for.
GC_LOG=target/bench-soak-gc.log
JAVA_OPTS="-Xlog:gc:file=$GC_LOG" start_demo_app target/bench-soak-app.log --weather.web.wait=40s

echo "runs=$RUNS clients=$CLIENTS window=$WINDOW warmup=$WARMUP"
java bench/Soak.java "http://127.0.0.1:$PORT" "$APP" "$GC_LOG" "$RUNS" "$CLIENTS" "$WINDOW" "$WARMUP"
