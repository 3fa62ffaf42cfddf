#!/usr/bin/env bash
# Development mode: Vaadin's development server with live reload and its development tools, the same embedded
# PostgreSQL, Keycloak and demo data as infra/run.sh. For how users see the portal, use infra/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/jdk.sh
echo "Using JDK $JAVA_HOME"
./mvnw -q -B -pl ui -am install -DskipTests
exec ./mvnw -q -B -pl ui spring-boot:run -Dspring-boot.run.profiles="${KP_PROFILES:-dev}"
