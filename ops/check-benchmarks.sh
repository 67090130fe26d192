#!/usr/bin/env bash
# The benchmarks at their small size (run by .ci/run after the production jar is built, so that a UI
# change that breaks one fails the build): GanttBench (300 tasks, in Chromium), ReportBench (300 tasks)
# and LoadBench (the production jar in its own JVM, 4 simulated users for 20 s). Their figures are
# printed and written to target/bench/results.json, never compared with anything; a step that fails
# fails this check. Needs Debian's chromium (Playwright never downloads a browser here), the
# production jar (./mvnw -Pproduction -DskipTests package) and npm (the bare dhtmlx-gantt, once).
# Extra arguments go to Maven, e.g. -Dtest.today=2027-01-04.
set -euo pipefail
cd "$(dirname "$0")/.."
results=target/bench/results.json
command -v chromium >/dev/null 2>&1 \
  || { echo "no chromium: apt-get install chromium fonts-noto-cjk (as .ci/run does)" >&2; exit 1; }
ls target/campaign-tracker-*.jar >/dev/null 2>&1 \
  || { echo "no jar in target/: build it first with ./mvnw -Pproduction -DskipTests package" >&2; exit 1; }

rm -f "$results" # this run's figures only
began=$SECONDS
timeout 1200 ./mvnw -B verify -Pbench -Dbench.size=small "$@"
[ -s "$results" ] || { echo "the benchmarks wrote no $results" >&2; exit 1; }

# one summary: each benchmark's printed lines again, from the file
node -e '
  const all = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  for (const [name, r] of Object.entries(all)) {
    console.log(`${name} (${r.size}, ${r.cores} cores, Java ${r.java}, ${r.finished}):`);
    r.report.filter(line => line !== "").forEach(line => console.log("  " + line));
  }' "$results"
for bench in GanttBench ReportBench LoadBench; do
  grep -q "\"$bench\"" "$results" || { echo "$bench wrote no figures to $results" >&2; exit 1; }
done
echo "benchmarks (small) ran in $((SECONDS - began)) s; figures in $PWD/$results"
