#!/usr/bin/env bash
# Issue 21's attacks, probed again: the packaged app (on its own dev server, with JAVA_OPTS, default -Xmx256m) against
# bench/Hostile.java, which plays a hostile NWS and hostile clients while a person views a cached page. Prints a
# Markdown table (docs/RELIABILITY.md, "Probed as an attacker would"), then what the app's log holds of
# OutOfMemoryErrors and stack traces. Needs the Temporal CLI on the PATH and jcmd.
#
#   bench/hostile.sh
#   JAVA_OPTS="-Xmx512m" bench/hostile.sh
set -euo pipefail
cd "$(dirname "$0")/.."

NWS_PORT=${NWS_PORT:-18700}
APP_PORT=${APP_PORT:-18710}
TEMPORAL_PORT=${TEMPORAL_PORT:-18720}
JAVA_OPTS=${JAVA_OPTS:-"-Xmx256m"}
OUT=target/bench/hostile
mkdir -p "$OUT"
rm -rf "$OUT/temporal"

if [ -z "${JAR:-}" ]; then
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/*.jar | grep -v -- '-plain' | head -1)
fi
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test > /dev/null
CP="target/classes:target/test-classes:$(cat "$OUT/cp.txt")"
javac -d "$OUT" -cp "$CP" bench/Hostile.java

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
java $JAVA_OPTS -jar "$JAR" --server.port="$APP_PORT" --weather.nws.base-url="http://127.0.0.1:$NWS_PORT" \
  --weather.temporal.local.mode=dev-server --weather.temporal.local.data-dir="$OUT/temporal" \
  --weather.temporal.local.port="$TEMPORAL_PORT" --weather.temporal.local.ui-port=$(( TEMPORAL_PORT + 1 )) \
  > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true' EXIT

echo "JAVA_OPTS: $JAVA_OPTS; $(nproc) cores; $(java -version 2>&1 | head -1)"
java -cp "$CP:$OUT" Hostile "$NWS_PORT" "http://127.0.0.1:$APP_PORT" "$APP"
echo
echo "OutOfMemoryErrors in the app's log: $(grep -c OutOfMemoryError "$OUT/app.log" || true)"
echo "stack trace lines in the app's log: $(grep -c $'^\tat ' "$OUT/app.log" || true)"
echo "lines in the app's log: $(wc -l < "$OUT/app.log")"
