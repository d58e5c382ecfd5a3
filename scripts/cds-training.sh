#!/bin/sh
# The training run for a class data sharing archive: run in the directory of the extracted jar (app.jar), with the
# JVM and the flags of the launches it is for. It starts the app, asks it for one forecast page and stops it; the JVM
# writes app.jsa as it exits. The page's run needs no NWS: NWS is a closed port here, so the run retries while the
# page answers that NWS cannot be reached, which loads the classes of a view (Temporal's client, worker and workflow,
# the activities and their HTTP client, the templates) besides those of the context. It runs on the in-memory Temporal,
# which needs nothing else (the image refuses to start without TEMPORAL_ADDRESS). Used by scripts/Dockerfile and bench/run.
#
#   cd app && sh cds-training.sh -Xmx256m -XX:+UseSerialGC
set -eu
port=${TRAINING_PORT:-18079}
java -XX:ArchiveClassesAtExit=app.jsa "$@" -jar app.jar --server.port="$port" \
  --weather.nws.base-url=http://127.0.0.1:9 --weather.web.wait=1s --weather.temporal.shutdown-timeout=1s \
  --weather.temporal.require-service=false --weather.temporal.local.mode=in-memory \
  > training.log 2>&1 &
app=$!
tries=0
# Any answer will do: with NWS a closed port, the page is the one saying NWS cannot be reached (503).
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/weather?lat=47.6062&lon=-122.3321")" != 000 ]; do
  tries=$((tries + 1))
  if [ "$tries" -ge 600 ] || ! kill -0 "$app" 2> /dev/null; then
    kill "$app" 2> /dev/null || true
    echo "the training run served no page; see training.log" >&2
    exit 1
  fi
  sleep 0.1
done
kill "$app"            # a graceful stop, after which the JVM writes the archive
wait "$app" || true    # 143: stopped by SIGTERM
test -s app.jsa
