#!/usr/bin/env bash
# How a page's first answer is best asked of Temporal: bench/StartShapes.java on a dev server of its own (the CLI on
# the PATH, a fresh database in target/bench/shapes), the app's eager start and result against Update-With-Start.
#
#   bench/start-shapes.sh [SECONDS] [CLIENTS] [PART_KB]    (defaults: 15 s a row, 32 clients, parts of 12 KB)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/bench
rm -rf "$OUT/shapes" && mkdir -p "$OUT/shapes-classes"
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test > /dev/null
./mvnw -q -B compile
CP="target/classes:$(cat "$OUT/cp.txt")"
javac -d "$OUT/shapes-classes" -cp "$CP" bench/StartShapes.java
java -Xmx512m -cp "$OUT/shapes-classes:$CP" StartShapes "$(command -v temporal)" "$OUT/shapes" "${PORT:-18640}" "$@"
