# Sourced by the benchmarks: compiles the app and its tests and starts the offline demo (dev.weather.demo.DemoApplication,
# on the test classpath: the demo is not in the jar) with its in-process NWS on PORT and DEMO_PORT, with JAVA_OPTS and
# any extra arguments given; sets APP to its PID, stops it on exit, waits until ready.
start_demo_app() { # LOG [ARG...]
  local log=$1
  shift
  mkdir -p target/bench
  ./mvnw -q -B -DskipTests test-compile
  ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench/cp.txt -Dmdep.includeScope=test > /dev/null
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  java ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench/cp.txt)" dev.weather.demo.DemoApplication \
    --server.port="$PORT" --weather.demo.port="$DEMO_PORT" --logging.level.root=WARN "$@" > "$log" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null 2>&1 && return 0
    sleep 1
  done
  echo "the app did not get ready; see $log" >&2
  return 1
}
