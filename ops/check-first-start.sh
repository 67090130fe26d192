#!/usr/bin/env bash
# The production jar as an operator first starts it (run by .ci/run; issue 19, H1): on a new embedded data
# folder and without APP_DEMO_DATA it creates no demo people, so admin/admin and zhang/demo are refused at
# the login form, and the log prints a one-time set-up link (never a default password), which answers.
# Loopback only, bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/target/first-start-check"
rm -rf "$out" && mkdir -p "$out"
jar="$(ls target/campaign-tracker-*.jar | grep -v '\.original$' | head -1)"
port=18190
base="http://127.0.0.1:$port"
pid=""
cleanup() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; }
trap cleanup EXIT
fail() { echo "first start: $*" >&2; tail -40 "$out/app.log" >&2; exit 1; }

env -u APP_DEMO_DATA -u APP_INITIAL_ADMIN_PASSWORD -u SPRING_DATASOURCE_URL \
  java -jar "$jar" --server.port=$port --app.data-dir="$out/data" --app.base-url="$base" \
  --app.scheduling.enabled=false > "$out/app.log" 2>&1 &
pid=$!
ready=""
for _ in $(seq 1 "${CHECK_READY_SECONDS:-240}"); do
  if [ "$(curl -s --max-time 5 "$base/actuator/health/readiness" || true)" = '{"status":"UP"}' ]; then ready=1; break; fi
  kill -0 "$pid" 2>/dev/null || fail "the jar exited before it became ready"
  sleep 1
done
[ -n "$ready" ] || fail "not ready in ${CHECK_READY_SECONDS:-240} s (CHECK_READY_SECONDS on a busy machine)"

# the login form's answer: where it sends the browser (a wrong password: /login?error)
sign_in() { curl -s --max-time 30 -o /dev/null -w '%{redirect_url}' -c "$out/cookies" -b "$out/cookies" \
  --data-urlencode "username=$1" --data-urlencode "password=$2" "$base/login"; }
for account in admin:admin zhang:demo liu:demo; do
  where="$(sign_in "${account%%:*}" "${account#*:}")"
  [[ "$where" == */login?error ]] || fail "${account%%:*} with the demo's password was not refused (sent to '$where')"
done

link="$(grep -o "$base/setup?token=[A-Za-z0-9_-]*" "$out/app.log" | tail -1 || true)"
[ -n "$link" ] || fail "no one-time set-up link in the log"
[ "$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' "$link")" = 200 ] || fail "the set-up link does not answer"
echo "first start of the production jar: admin/admin, zhang/demo and liu/demo refused; a one-time set-up link printed and answering"
