#!/usr/bin/env bash
# Prints the two fixed days .ci/run runs the whole suite at (besides the real today), one a line, chosen by
# rule so that they stay hard as the years go by:
#  1. the eve of the latest shipped holiday that falls on a 1st (e.g. 2026-09-30, before 国庆): next month
#     starts with a holiday week and a make-up Saturday, the month before ends with holidays, and last year's
#     campaigns are on a published calendar too;
#  2. the next Friday after today at 17:50, ten minutes before the weekly checkpoint's end of day (18:00):
#     the suite's clock crosses the checkpoint, and the end of the working day, while it runs.
set -euo pipefail
cd "$(dirname "$0")/.."

eve_of_holiday_first() {
  local first
  first=$(grep -ho "DATE '[0-9]\{4\}-[0-9]\{2\}-01', 'HOLIDAY'" src/main/resources/db/migration/*.sql \
    | grep -o "[0-9]\{4\}-[0-9]\{2\}-01" | sort | tail -1)
  if [ -z "$first" ]; then
    echo "no shipped holiday on a 1st in src/main/resources/db/migration" >&2
    exit 1
  fi
  date -d "$first -1 day" +%F
}

next_friday_before_checkpoint() {
  echo "$(date -d "next friday" +%F)T17:50"
}

eve_of_holiday_first
next_friday_before_checkpoint
