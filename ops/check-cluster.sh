#!/usr/bin/env bash
# Several instances behind nginx, checked end to end (run by .ci/run; loopback only, bounded in time):
# two instances of the jar on one database of the external MariaDB (127.0.0.1:3306), nginx in front
# with cookie-sticky sessions and TLS (ops/cluster/nginx.conf.template, with a self-signed certificate
# made here; plain HTTP only redirects, HSTS, rate limits on /login and /actuator). Shows in a real browser that a
# session stays on its instance, that a change through one is seen through the other, that a password reset
# through one ends the person's open tab on the other and that failed sign-ins through one lock the account
# on the other (issue 19: M2, M3), and that kill -9
# of an instance sends its users to the login page through the other with no committed change lost
# (ops/cluster/check.mjs); and that the warning scan runs exactly once per slot across both (ShedLock).
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/target/cluster-check"
rm -rf "$out" && mkdir -p "$out"
jar="$(ls target/campaign-tracker-*.jar | grep -v '\.original$' | head -1)"
lb_port=18180 http_port=18179 app1_port=18181 app2_port=18182
db="ct_cluster_check_$$"
sql() { mariadb --protocol=TCP -h127.0.0.1 -P3306 -uroot -e "$1"; }

# the scan's slot and its ShedLock lock-at-least: the lock must end well before the next slot (15 s or more),
# or a slow instance's clock could make it skip a slot
slot=20 lock_at_least=5
[ $((slot - lock_at_least)) -ge 15 ] || { echo "lock-at-least ${lock_at_least}s is not 15 s below the ${slot}s slot" >&2; exit 1; }

command -v nginx >/dev/null 2>&1 || { echo "nginx is not installed (apt install nginx)" >&2; exit 1; }
command -v openssl >/dev/null 2>&1 || { echo "openssl is not installed (apt install openssl)" >&2; exit 1; }
if ! sql 'SELECT 1' >/dev/null 2>&1; then
  echo "no MariaDB answers at 127.0.0.1:3306 (user root, empty password): the cluster check runs both" \
    "instances on a database of that server; start it (e.g. service mariadb start) and run again" >&2
  exit 1
fi

pids=()
created=""
# on every way out: kill the instances and nginx started here, drop the database
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  if [ -f "$out/nginx.pid" ]; then
    nginx -p "$out" -c "$out/nginx.conf" -s stop 2>/dev/null || kill "$(cat "$out/nginx.pid")" 2>/dev/null || true
  fi
  if [ -n "$created" ]; then sql "DROP DATABASE IF EXISTS $db" || true; fi
}
trap cleanup EXIT
sql "CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
created=yes

start_app() { # name port
  SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:3306/$db" SPRING_DATASOURCE_USERNAME=root \
  SPRING_DATASOURCE_PASSWORD= APP_DEMO_DATA=true APP_INSTANCE_ROUTE="$1" APP_METRICS_PASSWORD=cluster-check \
  SERVER_SERVLET_SESSION_COOKIE_SECURE=true \
  APP_WARNING_SCAN_CRON="*/$slot * * * * *" APP_WARNING_SCAN_LOCK_AT_LEAST="PT${lock_at_least}S" \
    java -Xmx768m -jar "$jar" --server.port="$2" > "$out/$1.log" 2>&1 &
  pids+=($!)
}
ready_seconds="${CLUSTER_READY_SECONDS:-${CHECK_READY_SECONDS:-120}}"   # more on a busy machine
wait_ready() { # name port pid
  for _ in $(seq 1 "$ready_seconds"); do
    [ "$(curl -s --max-time 5 "http://127.0.0.1:$2/actuator/health/readiness" || true)" = '{"status":"UP"}' ] && return 0
    if ! kill -0 "$3" 2>/dev/null; then # the JVM died: say so at once, with its last lines
      echo "$1 exited before it became ready:" >&2; tail -40 "$out/$1.log" >&2; exit 1
    fi
    sleep 1
  done
  echo "$1 did not become ready in $ready_seconds s" >&2; tail -40 "$out/$1.log" >&2; exit 1
}
# one after the other: the first migrates the empty database and loads the demo
start_app app1 $app1_port; wait_ready app1 $app1_port "${pids[0]}"
start_app app2 $app2_port; wait_ready app2 $app2_port "${pids[1]}"
app1_pid=${pids[0]} app2_pid=${pids[1]}
echo "app1 ($app1_pid) and app2 ($app2_pid) ready on database $db"

# a certificate for 127.0.0.1 and localhost, valid for a day (production: the operator's own)
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -keyout "$out/tls.key" -out "$out/tls.crt" 2>/dev/null
chmod 600 "$out/tls.key"
sed -e "s|@PREFIX@|$out|g" -e "s|@HTTPS@|127.0.0.1:$lb_port|g" -e "s|@HTTP@|127.0.0.1:$http_port|g" \
    -e "s|@CERT@|$out/tls.crt|g" -e "s|@KEY@|$out/tls.key|g" -e "s|@APP1@|127.0.0.1:$app1_port|g" \
    -e "s|@APP2@|127.0.0.1:$app2_port|g" ops/cluster/nginx.conf.template > "$out/nginx.conf"
if grep -q '@[A-Z0-9]*@' "$out/nginx.conf"; then
  echo "placeholders left in the rendered nginx.conf: $(grep -o '@[A-Z0-9]*@' "$out/nginx.conf" | sort -u | tr '\n' ' ')" >&2; exit 1
fi
nginx -p "$out" -c "$out/nginx.conf"
echo "nginx on https://127.0.0.1:$lb_port (http://127.0.0.1:$http_port redirects)"
lb="https://127.0.0.1:$lb_port"

# through nginx: the actuator only for this machine's own address (a request from 127.0.0.2 stands for
# any other host) ...
status() { curl -sk --max-time 5 -o /dev/null -w '%{http_code}' "$@"; }
[ "$(status "$lb/actuator/health/readiness")" = 200 ] \
  || { echo "readiness through nginx from 127.0.0.1 is not 200" >&2; exit 1; }
for path in /actuator/prometheus /actuator; do
  [ "$(status --interface 127.0.0.2 "$lb$path")" = 403 ] \
    || { echo "$path through nginx is not refused (403) to another address" >&2; exit 1; }
done
# ... and the instances build their links with the address the browser used (X-Forwarded-Proto/Host/Port)
location="$(curl -sk --max-time 5 -o /dev/null -w '%{redirect_url}' "https://localhost:$lb_port/")"
case "$location" in
  "https://localhost:$lb_port/"*) ;;
  *) echo "a redirect through nginx points to '$location', not to https://localhost:$lb_port/" >&2; exit 1 ;;
esac
echo "nginx: actuator refused from other addresses (403); redirects keep the browser's scheme, host and port"
# plain HTTP only redirects to https; https says HSTS and no nginx version
[ "$(curl -s --max-time 5 -o /dev/null -w '%{http_code} %{redirect_url}' "http://localhost:$http_port/login?x=1")" \
  = "301 https://localhost/login?x=1" ] || { echo "plain HTTP does not redirect (301) to https" >&2; exit 1; }
headers="$(curl -sk --max-time 5 -o /dev/null -D - "$lb/login")"
grep -qi '^strict-transport-security: max-age=31536000' <<< "$headers" || { echo "no HSTS header over https" >&2; exit 1; }
if grep -qi '^server: nginx/' <<< "$headers"; then echo "nginx says its version (server_tokens)" >&2; exit 1; fi
grep -qi '^set-cookie: JSESSIONID=.*; Secure' <<< "$headers" || { echo "the session cookie is not Secure over https" >&2; exit 1; }
# a guesser at the sign-in page is slowed down (from an address of its own, not the browser's below)
limited=0
for _ in $(seq 1 40); do
  [ "$(status --interface 127.0.0.3 "$lb/login")" = 429 ] && limited=$((limited + 1))
done
[ "$limited" -gt 0 ] || { echo "40 quick requests for /login from one address were never limited (429)" >&2; exit 1; }
echo "nginx: http redirects to https; HSTS; no version; Secure session cookie; /login rate-limited ($limited of 40 refused)"

# the scheduled scan, every 20 s on both instances: over three slots, three runs in all
scans() {
  local total=0 n
  for port in $app1_port $app2_port; do
    n="$(curl -s --max-time 10 -u metrics:cluster-check "http://127.0.0.1:$port/actuator/prometheus" \
      | awk '/^campaign_warning_scan_seconds_count/ {print int($2)}' | head -1)"
    total=$((total + ${n:-0}))
  done
  echo $total
}
sleep $(( (slot + slot / 2 - $(date +%s) % slot) % slot ))   # half-way into a slot
first=$(scans)
sleep $((3 * slot))
second=$(scans)
if [ $((second - first)) -ne 3 ]; then
  echo "the scan ran $((second - first)) times in three slots across both instances" >&2; exit 1
fi
echo "warning scan: $((second - first)) runs in three slots across both instances (ShedLock)"

(cd ops/cluster && npm ci --silent --no-audit --no-fund >/dev/null)
APP1_PID=$app1_pid APP2_PID=$app2_pid APP1_URL="http://127.0.0.1:$app1_port" APP2_URL="http://127.0.0.1:$app2_port" \
  timeout 300 node ops/cluster/check.mjs "$lb"
echo "several instances behind nginx: checked"
