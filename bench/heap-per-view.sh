#!/usr/bin/env bash
# Live heap per page view of the app as users run it first: the embedded Temporal server, with the demo profile's
# in-process NWS (answers say Cache-Control: max-age=300). Views cycle over PLACES points near Boston, one at a time:
# with few places most views find a fresh report; with PLACES = VIEWS every view is a new place and a new run.
#
#   bench/heap-per-view.sh [VIEWS] [PLACES]        (defaults: 2000 views of 20 places)
#
# Prints the live heap (after a full GC, via jcmd) before and after the views, and the growth per view.
set -euo pipefail
cd "$(dirname "$0")/.."

VIEWS=${1:-2000}
PLACES=${2:-20}
PORT=${PORT:-18080}
DEMO_PORT=${DEMO_PORT:-18099}
. bench/demo-app.sh
start_demo_app target/bench-heap-app.log

view() { # one page view of place $1 (0 to 9999): points 0.0001 degrees apart, each its own place and run
  local lat lon
  lat=$(printf '42.3%03d' $(( $1 % 1000 )))
  lon=$(printf -- '-71.%03d' $(( 60 + $1 / 1000 )))
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/weather?lat=$lat&lon=$lon"
}
live_heap_kb() {
  jcmd "$APP" GC.run > /dev/null
  sleep 1
  jcmd "$APP" GC.heap_info | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1
}

for p in $(seq 9900 9999); do view "$p"; done   # warm up (templates, JIT) on places the views do not use
before=$(live_heap_kb)
start=$(date +%s)
for i in $(seq 1 "$VIEWS"); do view $(( i % PLACES )); done
seconds=$(( $(date +%s) - start ))
after=$(live_heap_kb)

echo "views=$VIEWS places=$PLACES seconds=$seconds"
echo "live heap before=${before} KB after=${after} KB"
echo "per view: $(( (after - before) * 1024 / VIEWS )) bytes"
