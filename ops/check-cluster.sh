#!/usr/bin/env bash
# Several instances behind nginx, checked end to end (run by .ci/run; loopback only, bounded in time):
# two instances of the jar on one database of the external MariaDB (127.0.0.1:3306), nginx in front
# with cookie-sticky sessions (ops/cluster/nginx.conf.template). Shows in a real browser that a
# session stays on its instance, that a change through one is seen through the other, and that kill -9
# of an instance sends its users to the login page through the other with no committed change lost
# (ops/cluster/check.mjs); and that the warning scan runs exactly once per slot across both (ShedLock).
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/target/cluster-check"
rm -rf "$out" && mkdir -p "$out"
jar="$(ls target/campaign-tracker-*.jar | grep -v '\.original$' | head -1)"
lb_port=18180 app1_port=18181 app2_port=18182
db="ct_cluster_check_$$"
sql() { mariadb --protocol=TCP -h127.0.0.1 -P3306 -uroot -e "$1"; }

if ! sql 'SELECT 1' >/dev/null 2>&1; then
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd || true
  for _ in $(seq 1 30); do sql 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
fi
sql "CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  [ -f "$out/nginx.pid" ] && nginx -p "$out" -c "$out/nginx.conf" -s stop 2>/dev/null || true
  sql "DROP DATABASE IF EXISTS $db" || true
}
trap cleanup EXIT

start_app() { # name port
  SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:3306/$db" SPRING_DATASOURCE_USERNAME=root \
  SPRING_DATASOURCE_PASSWORD= APP_DEMO_DATA=true APP_INSTANCE_ROUTE="$1" APP_METRICS_PASSWORD=cluster-check \
  APP_WARNING_SCAN_CRON='*/20 * * * * *' APP_WARNING_SCAN_LOCK_AT_LEAST=PT5S \
    java -Xmx768m -jar "$jar" --server.port="$2" > "$out/$1.log" 2>&1 &
  pids+=($!)
}
wait_ready() { # name port
  for _ in $(seq 1 120); do
    [ "$(curl -s "http://127.0.0.1:$2/actuator/health/readiness" || true)" = '{"status":"UP"}' ] && return 0
    sleep 1
  done
  echo "$1 did not become ready" >&2; tail -40 "$out/$1.log" >&2; exit 1
}
# one after the other: the first migrates the empty database and loads the demo
start_app app1 $app1_port; wait_ready app1 $app1_port
start_app app2 $app2_port; wait_ready app2 $app2_port
app1_pid=${pids[0]} app2_pid=${pids[1]}
echo "app1 ($app1_pid) and app2 ($app2_pid) ready on database $db"

sed -e "s|@PREFIX@|$out|g" -e "s|@PORT@|$lb_port|g" -e "s|@APP1@|127.0.0.1:$app1_port|g" \
    -e "s|@APP2@|127.0.0.1:$app2_port|g" ops/cluster/nginx.conf.template > "$out/nginx.conf"
nginx -p "$out" -c "$out/nginx.conf"
echo "nginx on 127.0.0.1:$lb_port"

# the scheduled scan, every 20 s on both instances: over three slots, three runs in all
scans() {
  local total=0 n
  for port in $app1_port $app2_port; do
    n="$(curl -s -u metrics:cluster-check "http://127.0.0.1:$port/actuator/prometheus" \
      | awk '/^campaign_warning_scan_seconds_count/ {print int($2)}' | head -1)"
    total=$((total + ${n:-0}))
  done
  echo $total
}
sleep $(( (30 - $(date +%s) % 20) % 20 ))   # ten seconds into a slot
first=$(scans)
sleep 60
second=$(scans)
if [ $((second - first)) -ne 3 ]; then
  echo "the scan ran $((second - first)) times in three slots across both instances" >&2; exit 1
fi
echo "warning scan: $((second - first)) runs in three slots across both instances (ShedLock)"

(cd ops/cluster && npm ci --silent --no-audit --no-fund >/dev/null)
APP1_PID=$app1_pid APP2_PID=$app2_pid timeout 300 node ops/cluster/check.mjs "http://127.0.0.1:$lb_port"
echo "several instances behind nginx: checked"
