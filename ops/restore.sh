#!/usr/bin/env bash
# Restores a backup into an EMPTY database (refused otherwise), checks its SHA-256 first against the
# FILE.sha256 that backup.sh wrote beside it (refused when it is missing or differs; --no-verify skips
# the check, for a file whose .sha256 was lost), then counts the rows per table and re-hashes every
# archived report (exit 1 when one does not match).
#   embedded, new data folder (app stopped):  ops/restore.sh --data-dir ./data-restored backups/ct.sql.gz
#   external server:                          SPRING_DATASOURCE_PASSWORD=… ops/restore.sh --host db1 \
#                                               --user tracker --database campaign_tracker backups/ct.sql.gz
exec "$(dirname "$0")/db-tool.sh" restore "$@"
