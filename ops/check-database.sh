#!/usr/bin/env bash
# Rows per table and archived reports re-hashed, for a database (same options as backup.sh, no file).
exec "$(dirname "$0")/db-tool.sh" check "$@"
