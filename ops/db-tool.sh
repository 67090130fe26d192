#!/usr/bin/env bash
# Runs the database tool (com.campaigntracker.ops.DatabaseTool) from the application's jar:
#   ops/db-tool.sh backup|restore|check [options] [FILE]
# The jar is $APP_JAR, else the one ./mvnw package left in target/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${APP_JAR:-}"
if [ -z "$jar" ]; then
  jar="$(ls "$here"/../target/campaign-tracker-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)"
fi
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
  echo "No application jar: build it with ./mvnw -DskipTests package, or set APP_JAR" >&2
  exit 2
fi
# Spring Boot's PropertiesLauncher runs another main class of the executable jar, with its libraries
exec java -cp "$jar" -Dloader.main=com.campaigntracker.ops.DatabaseTool \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"
