#!/usr/bin/env bash
# Backs up the whole database into a gzip'd SQL file with its SHA-256 beside it (FILE.sha256). The dump
# is written to FILE.partial and renamed to FILE only when mariadb-dump succeeded and wrote its
# "-- Dump completed" line, so FILE is never a cut-short dump.
#   embedded (app running or not):  ops/backup.sh --data-dir ./data backups/ct-$(date +%F).sql.gz
#   external server:                SPRING_DATASOURCE_PASSWORD=… ops/backup.sh --host db1 --port 3306 \
#                                     --user tracker --database campaign_tracker backups/ct.sql.gz
exec "$(dirname "$0")/db-tool.sh" backup "$@"
