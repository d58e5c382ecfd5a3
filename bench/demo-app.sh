# Sourced by the benchmarks: builds the app (unless JAR names one) and starts it with the demo profile's in-process
# NWS on PORT and DEMO_PORT, with JAVA_OPTS and any extra arguments given; sets APP to its PID, stops it on exit, waits
# until ready.
start_demo_app() { # LOG [ARG...]
  local log=$1
  shift
  if [ -z "${JAR:-}" ]; then
    ./mvnw -q -B -DskipTests package
    JAR=$(ls target/*.jar | grep -v -- '-plain' | head -1)
  fi
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  java ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" --weather.demo.port="$DEMO_PORT" \
    --logging.level.root=WARN "$@" > "$log" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null 2>&1 && return 0
    sleep 1
  done
  echo "the app did not get ready; see $log" >&2
  return 1
}
