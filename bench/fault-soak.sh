#!/usr/bin/env bash
# A bounded soak with faults: the app as users first run it (embedded Temporal, the demo profile's in-process NWS), with
# the demo's NWS failing a share of its answers (half 500s, half reset connections) and its answers fresh for 30 s
# only (max-age 0; the app keeps an answer at least 30 s), so places are fetched again and again during the run.
#
#   bench/fault-soak.sh [SECONDS] [CLIENTS] [PLACES] [FAULT_RATE]   (defaults: 120 s, 50 clients, 20 places, 0.1)
#
# Prints a Markdown table: page views by what they showed, client-visible errors (target 0), NWS requests and how
# many failed, p50/p99, live heap after a full GC before and after.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_=${1:-120}
CLIENTS=${2:-50}
PLACES=${3:-20}
FAULT_RATE=${4:-0.1}
PORT=${PORT:-18380}
DEMO_PORT=${DEMO_PORT:-18399}
. bench/demo-app.sh
GC_LOG=target/bench-fault-soak-gc.log
JAVA_OPTS="-Xlog:gc:file=$GC_LOG" start_demo_app target/bench-fault-soak-app.log \
  --weather.demo.fault-rate="$FAULT_RATE" --weather.demo.max-age=0

mkdir -p target/bench
javac -d target/bench bench/Soak.java bench/FaultSoak.java
echo "seconds=$SECONDS_ clients=$CLIENTS places=$PLACES fault-rate=$FAULT_RATE"
java -cp target/bench FaultSoak "http://127.0.0.1:$PORT" "$APP" "$GC_LOG" "$SECONDS_" "$CLIENTS" "$PLACES"
