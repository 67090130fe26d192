#!/usr/bin/env bash
# The README's screenshots (docs/*.png), taken from the production jar as a visitor sees it: the jar with the
# demo data, on a new data folder and a free loopback port, driven by ReadmeScreenshots (Playwright for Java,
# src/e2e/java) in the system Chromium, in Chinese. Builds the jar when there is none (or with --build).
#   ops/screenshots.sh [--build] [output folder, default docs]      (APP_JAR=… takes another production jar)
set -euo pipefail
cd "$(dirname "$0")/.."
build=""
if [ "${1:-}" = "--build" ]; then build=1; shift; fi
docs="$(realpath -m "${1:-docs}")"
out="$PWD/target/screenshots"
rm -rf "$out" && mkdir -p "$out" "$docs"
if [ -n "$build" ] || ! ls target/campaign-tracker-*.jar >/dev/null 2>&1; then
  ./mvnw -B -Pproduction -DskipTests package
fi
jar="${APP_JAR:-$(ls target/campaign-tracker-*.jar | grep -v '\.original$' | head -1)}"
# the program and its classpath (Playwright) from the e2e profile, without running any test
./mvnw -B -q -Pe2e test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath"

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
pid=""
cleanup() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; }
trap cleanup EXIT
fail() { echo "screenshots: $*" >&2; tail -40 "$out/app.log" >&2; exit 1; }

env -u SPRING_DATASOURCE_URL java -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
  --app.data-dir="$out/data" --app.base-url="$base" --app.demo-data=true > "$out/app.log" 2>&1 &
pid=$!
ready=""
for _ in $(seq 1 "${CHECK_READY_SECONDS:-600}"); do
  if [ "$(curl -s --max-time 5 "$base/actuator/health/readiness" || true)" = '{"status":"UP"}' ]; then ready=1; break; fi
  kill -0 "$pid" 2>/dev/null || fail "the jar exited before it became ready"
  sleep 1
done
[ -n "$ready" ] || fail "not ready in ${CHECK_READY_SECONDS:-600} s (CHECK_READY_SECONDS on a busy machine)"

PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp "target/test-classes:target/classes:$(cat "$out/classpath")" \
  com.campaigntracker.e2e.ReadmeScreenshots "$base" "$docs"
echo "screenshots written to $docs"
