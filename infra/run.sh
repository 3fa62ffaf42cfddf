#!/usr/bin/env bash
# Runs the portal with its embedded defaults: PostgreSQL 17 (data kept in ~/.local/share/klusterportalen),
# Keycloak 26 with the klusterportal realm, and demo data. Ctrl-C stops all of it.
# External services: see README ("Configuration").
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/jdk.sh
echo "Using JDK $JAVA_HOME"
./mvnw -q -B -pl ui -am install -DskipTests
exec ./mvnw -q -B -pl ui spring-boot:run -Dspring-boot.run.profiles="${KP_PROFILES:-dev}"
