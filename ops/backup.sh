#!/usr/bin/env bash
# Backs up the whole database into a gzip'd SQL file with its SHA-256 beside it (FILE.sha256).
#   embedded (app running or not):  ops/backup.sh --data-dir ./data backups/ct-$(date +%F).sql.gz
#   external server:                SPRING_DATASOURCE_PASSWORD=… ops/backup.sh --host db1 --port 3306 \
#                                     --user tracker --database campaign_tracker backups/ct.sql.gz
exec "$(dirname "$0")/db-tool.sh" backup "$@"
