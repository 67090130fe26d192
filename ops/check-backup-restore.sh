#!/usr/bin/env bash
# Backup and restore, end to end (run by .ci/run after the tests): the database the integration tests
# left in target/it-db — demo campaigns, history rows, archived report PDFs, task files — is backed up with
# its app stopped, restored into a new embedded data folder and into a new database on the external server
# at 127.0.0.1:3306, and each copy must hold the same rows per table as the source, with every archived
# report and every task file matching its SHA-256. Bounded in time, loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/backup-check
rm -rf "$out" && mkdir -p "$out"
clients=target/it-db/mariadb/base/bin
db="ct_restore_check_$$"
app=""
external=""
# on every way out: stop the app started here, drop the database created on the external server
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  if [ -n "$external" ]; then
    "$clients/mariadb" --protocol=TCP -h127.0.0.1 -P3306 -uroot -e "DROP DATABASE IF EXISTS $db" || true
  fi
}
trap cleanup EXIT
[ -x "$clients/mariadb" ] || { echo "no test database in target/it-db: run the integration tests first" >&2; exit 1; }

timeout 300 ops/backup.sh --data-dir target/it-db "$out/ct.sql.gz"
[ -f "$out/ct.sql.gz.sha256" ] && [ ! -e "$out/ct.sql.gz.partial" ] \
  || { echo "the backup left no .sha256 beside it, or a .partial file" >&2; exit 1; }
[ "$(stat -c %a "$out/ct.sql.gz") $(stat -c %a "$out/ct.sql.gz.sha256")" = "600 600" ] \
  || { echo "the backup or its .sha256 is readable by others (not 0600)" >&2; exit 1; }
zcat "$out/ct.sql.gz" | tail -1 | grep -q '^-- Dump completed' \
  || { echo "the backup does not end with mariadb-dump's completion line" >&2; exit 1; }
timeout 120 ops/check-database.sh --data-dir target/it-db > "$out/source.txt"
grep -q "^report_archive	[1-9]" "$out/source.txt" || { echo "the source holds no archived report" >&2; exit 1; }
grep -q "^file_chunk	[1-9]" "$out/source.txt" || { echo "the source holds no task file kept in the database" >&2; exit 1; }

timeout 300 ops/restore.sh --data-dir "$out/restored-embedded" "$out/ct.sql.gz" | grep -v '^restored ' \
  > "$out/embedded.txt"
diff "$out/source.txt" "$out/embedded.txt"
echo "embedded: restored copy equals the source ($(wc -l < "$out/source.txt") figures)"

# the app starts on the restored folder: its migrations validate and it becomes ready. Secrets stored in the
# data (channel webhooks, SMTP) open only with the source's key, which an operator restores with the data
cp target/it-db/secret.key "$out/restored-embedded/secret.key"
jar="$(ls target/campaign-tracker-*.jar | grep -v '\.original$' | head -1)"
port=18093
# demo mode: the restored data is the tests' (the demo's accounts), which the app would otherwise disable
java -jar "$jar" --server.port=$port --app.data-dir="$out/restored-embedded" --app.demo-data=true --app.scheduling.enabled=false \
  > "$out/restored-app.log" 2>&1 &
app=$!
ready=""
for _ in $(seq 1 90); do
  ready="$(curl -s --max-time 5 "http://127.0.0.1:$port/actuator/health/readiness" || true)"
  [ "$ready" = '{"status":"UP"}' ] && break
  if ! kill -0 $app 2>/dev/null; then # the JVM died: say so at once, with its last lines
    code=0; wait $app || code=$?; app=""
    echo "the app exited (code $code) before it became ready on the restored data:" >&2
    tail -40 "$out/restored-app.log" >&2; exit 1
  fi
  sleep 2
done
kill $app 2>/dev/null || true
wait $app 2>/dev/null || true
app=""
[ "$ready" = '{"status":"UP"}' ] || { echo "the app did not become ready on the restored data in 180 s" >&2; tail -40 "$out/restored-app.log" >&2; exit 1; }
grep -q "Demo data loaded" "$out/restored-app.log" && { echo "demo data loaded over the restored data" >&2; exit 1; }
timeout 120 ops/check-database.sh --data-dir "$out/restored-embedded" > "$out/after-start.txt"
diff "$out/source.txt" "$out/after-start.txt"
echo "embedded: the app started on the restored data and changed nothing"

# the external server the machine runs; started if it is down
if ! "$clients/mariadb" --protocol=TCP -h127.0.0.1 -P3306 -uroot -e 'SELECT 1' >/dev/null 2>&1; then
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd || true
  for _ in $(seq 1 30); do
    "$clients/mariadb" --protocol=TCP -h127.0.0.1 -P3306 -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
    sleep 1
  done
fi
"$clients/mariadb" --protocol=TCP -h127.0.0.1 -P3306 -uroot -e 'SELECT 1' >/dev/null 2>&1 || {
  echo "no MariaDB answers at 127.0.0.1:3306 (root, empty password): the restore into an external server" \
    "cannot be checked" >&2; exit 1; }
external=yes
SPRING_DATASOURCE_PASSWORD= timeout 300 ops/restore.sh --host 127.0.0.1 --port 3306 --user root --database "$db" \
  --client-dir "$clients" "$out/ct.sql.gz" | grep -v '^restored ' > "$out/external.txt"
diff "$out/source.txt" "$out/external.txt"
echo "external: restored copy in $db equals the source"
# a second restore into the now full database is refused
if SPRING_DATASOURCE_PASSWORD= ops/restore.sh --host 127.0.0.1 --port 3306 --user root --database "$db" \
     --client-dir "$clients" "$out/ct.sql.gz" > "$out/refused.txt" 2>&1; then
  echo "a restore into a database that is not empty was not refused" >&2; exit 1
fi
grep -q "is not empty" "$out/refused.txt"
# a backup without its .sha256 beside it is refused unless --no-verify says so
cp "$out/ct.sql.gz" "$out/unsigned.sql.gz"
if SPRING_DATASOURCE_PASSWORD= ops/restore.sh --host 127.0.0.1 --port 3306 --user root --database "${db}_unsigned" \
     --client-dir "$clients" "$out/unsigned.sql.gz" > "$out/unsigned.txt" 2>&1; then
  echo "a backup without its .sha256 was restored" >&2; exit 1
fi
grep -q "no-verify" "$out/unsigned.txt"
echo "a backup without its .sha256 is refused (--no-verify to restore it unchecked)"
echo "backup and restore: checked"
