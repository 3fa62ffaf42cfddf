#!/usr/bin/env bash
# Runs the portal as users get it: Vaadin production mode (the pre-compiled bundle, no development tools),
# with its embedded defaults: PostgreSQL 17 (data kept in ~/.local/share/klusterportalen), Keycloak 26 with the
# klusterportal realm, and demo data. Prints the URL and the demo logins. Ctrl-C stops all of it.
# Arguments are handed to the application (e.g. --server.port=8090). Live reload while developing: infra/dev.sh. External services: see README ("Configuration").
#
# Fast restarts: the build runs only when a source, resource or POM changed since the last one; the application
# runs from an extracted jar with a JVM AOT cache (JDK 25, recorded by a training start after each build);
# Keycloak starts while the application context starts. Figures: docs/benchmarks/startup.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/jdk.sh
echo "Using JDK $JAVA_HOME"

RUN_DIR=target/portal          # the extracted application and its AOT cache (never the jar Maven writes)
STAMP="$RUN_DIR/built"
PROFILES="${KP_PROFILES:-dev}"

changed() {
  [ -f "$STAMP" ] || return 0
  [ -n "$(find pom.xml app/pom.xml ui/pom.xml app/src/main ui/src/main infra/keycloak infra/run.sh \
      -newer "$STAMP" -print -quit 2>/dev/null)" ]
}

if changed; then
  echo "Building the portal in production mode (sources changed since the last build)"
  ./mvnw -q -B -Pproduction -DskipTests package
  jar=$(ls ui/target/klusterportalen-ui-*.jar | grep -v -- '-plain\|-tests' | head -n1)
  rm -rf "$RUN_DIR" && mkdir -p "$RUN_DIR"
  "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$RUN_DIR/app" >/dev/null
  echo "Recording the JVM's AOT cache (one training start of the portal, up to ready)"
  "$JAVA_HOME/bin/java" -XX:AOTCacheOutput="$RUN_DIR/portal.aot" -Dklusterportal.exit-when-ready=true -Dserver.port=0 -Dmanagement.server.port=-1 \
    -Dspring.profiles.active="$PROFILES" -jar "$RUN_DIR"/app/klusterportalen-ui-*.jar "$@" \
    >"$RUN_DIR/training.log" 2>&1 || echo "(no AOT cache: see $RUN_DIR/training.log; the portal starts without it)"
  touch "$STAMP"
fi

aot=()
[ -f "$RUN_DIR/portal.aot" ] && aot=(-XX:AOTCache="$RUN_DIR/portal.aot" -Xlog:aot*=error)
exec "$JAVA_HOME/bin/java" "${aot[@]}" -Dspring.profiles.active="$PROFILES" -jar "$RUN_DIR"/app/klusterportalen-ui-*.jar "$@"
