#!/usr/bin/env bash
# The benchmarks at their small size (run by .ci/run after the production jar is built, so that a UI
# change that breaks one fails the build): GanttBench (300 tasks, in Chromium), ReportBench (300 tasks),
# LoadBench (the production jar in its own JVM, 4 simulated users for 20 s, then 6 at a normal pace)
# and GoalsBench (the goals table). Their figures are printed and written to target/bench/results.json
# (the load's also to target/load/results.json); a step that fails fails this check.
# Then every figure is printed beside the one committed in docs/bench-baseline.json (a small run too),
# with a loud banner - not a failure: the machine may be busy - when a figure is more than twice its
# baseline. BENCH_WRITE_BASELINE=1 bash ops/check-benchmarks.sh makes this run's figures the new baseline
# (then commit docs/bench-baseline.json, saying on which machine and how quiet it was, in
# BENCH_BASELINE_NOTE); BENCH_COMPARE_ONLY=1 skips the run and compares the results already in target/.
# Needs Debian's chromium (Playwright never downloads a browser here), the production jar
# (./mvnw -Pproduction -DskipTests package), node, and npm (the bare dhtmlx-gantt, once).
# Extra arguments go to Maven, e.g. -Dtest.today=2027-01-04.
set -euo pipefail
cd "$(dirname "$0")/.."
results=target/bench/results.json
baseline=docs/bench-baseline.json
[ -n "${BENCH_COMPARE_ONLY:-}" ] || command -v chromium >/dev/null 2>&1 \
  || { echo "no chromium: apt-get install chromium fonts-noto-cjk (as .ci/run does)" >&2; exit 1; }
[ -n "${BENCH_COMPARE_ONLY:-}" ] || ls target/campaign-tracker-*.jar >/dev/null 2>&1 \
  || { echo "no jar in target/: build it first with ./mvnw -Pproduction -DskipTests package" >&2; exit 1; }

began=$SECONDS
if [ -z "${BENCH_COMPARE_ONLY:-}" ]; then # BENCH_COMPARE_ONLY=1: only compare the results already there
  rm -f "$results" target/load/results.json # this run's figures only
  timeout 1500 ./mvnw -B verify -Pbench -Dbench.size=small "$@"
fi
[ -s "$results" ] || { echo "the benchmarks wrote no $results" >&2; exit 1; }
for bench in GanttBench ReportBench LoadBench goals; do
  grep -q "\"$bench\"" "$results" || { echo "$bench wrote nothing to $results" >&2; exit 1; }
done
[ -s target/load/results.json ] || { echo "LoadBench wrote no target/load/results.json" >&2; exit 1; }

# this run's figures beside the baseline's; a banner for each figure over twice its baseline
node - "$results" "$baseline" "${BENCH_WRITE_BASELINE:-}" <<'JS'
const fs = require("fs");
const [resultsFile, baselineFile, write] = process.argv.slice(2);
const all = JSON.parse(fs.readFileSync(resultsFile, "utf8"));
const benches = Object.keys(all).filter(name => name !== "goals");
// numeric figures by dotted name (the load's per-step tables nest)
const flat = (value, prefix, out) => {
  if (typeof value === "number") out[prefix] = value;
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) flat(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
};
// what a slowdown moves: times, sizes, memory, ratios (not counts of work done, nor the single worst
// step, maxMs, which one pause on a busy machine doubles)
const watched = name => /(Ms|Seconds|KB|Kb|MB|PerStep|Characters|VsBare)$/.test(name) && !/maxMs$/.test(name);
if (write) {
  const out = {
    _about: {
      taken: new Date().toISOString().slice(0, 10),
      note: process.env.BENCH_BASELINE_NOTE || "a small-size run (ops/check-benchmarks.sh) on the CI machine",
      cores: all[benches[0]].cores, java: all[benches[0]].java,
    },
  };
  for (const name of benches) out[name] = { size: all[name].size, figures: all[name].figures };
  fs.writeFileSync(baselineFile, JSON.stringify(out, null, 2) + "\n");
  console.log(`baseline written to ${baselineFile}: commit it`);
}
for (const name of [...benches, "goals"]) {
  const r = all[name];
  console.log(`${name} (${r.size || "-"}, ${r.finished}):`);
  (r.report || []).filter(line => line !== "").forEach(line => console.log("  " + line));
}
if (!fs.existsSync(baselineFile)) {
  console.log(`\nno ${baselineFile}: nothing to compare with (BENCH_WRITE_BASELINE=1 writes one)`);
  process.exit(0);
}
const base = JSON.parse(fs.readFileSync(baselineFile, "utf8"));
console.log(`\nfigures beside ${baselineFile} (taken ${base._about?.taken}: ${base._about?.note})`);
console.log(`${"figure".padEnd(58)} ${"now".padStart(10)} ${"baseline".padStart(10)} ${"×".padStart(6)}`);
const slower = [];
for (const name of benches) {
  const now = flat(all[name].figures, "", {});
  const then = flat(base[name]?.figures, "", {});
  if (all[name].size !== base[name]?.size) console.log(`  (${name}: ${all[name].size} size now, baseline ${base[name]?.size})`);
  for (const [key, value] of Object.entries(now)) {
    const was = then[key];
    const ratio = was > 0 ? value / was : null;
    // over twice, and by more than 5 ms for a time (a 1 ms figure doubles on a busy machine)
    const flagged = watched(key) && ratio !== null && ratio > 2 && !(/Ms$/.test(key) && value - was < 5);
    if (flagged) slower.push(`${name} ${key}: ${+value.toFixed(3)} now, ${+was.toFixed(3)} in the baseline (${ratio.toFixed(1)}×)`);
    console.log(`${(name + " " + key).padEnd(58)} ${String(+value.toFixed(3)).padStart(10)} `
      + `${(was === undefined ? "-" : String(+was.toFixed(3))).padStart(10)} `
      + `${(ratio === null ? "" : ratio.toFixed(2)).padStart(6)}${flagged ? "  <<< OVER TWICE" : ""}`);
  }
}
if (slower.length) {
  const bar = "!".repeat(100);
  console.log(`\n${bar}\n!!! SLOWER THAN THE BASELINE: ${slower.length} figure(s) more than twice ${baselineFile}`);
  slower.forEach(s => console.log(`!!!   ${s}`));
  console.log("!!! A busy machine can do this; if a rerun on a quiet one agrees, something got slower: find it");
  console.log(`!!! (or, if it is meant, refresh the baseline: BENCH_WRITE_BASELINE=1 bash ops/check-benchmarks.sh)\n${bar}`);
} else {
  console.log(`\nno figure is more than twice its baseline`);
}
JS
echo "benchmarks (small) ran in $((SECONDS - began)) s; figures in $PWD/$results and $PWD/target/load/results.json"
