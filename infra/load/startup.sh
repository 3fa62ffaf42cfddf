#!/usr/bin/env bash
# Start-up of the production jar with PostgreSQL and Keycloak already running (issue #19's target: ready <= 8 s after
# the JVM starts). One command, bounded in time; figures and how to read them: docs/benchmarks/startup.md.
#
# Usage: infra/load/startup.sh [--runs N] [--modes "plain aot"] [--port P] [--data DIR] [--profiles dev]
#          [--max-seconds S] [--build] [--steps]
#   --runs N         starts per mode (default 3); the modes alternate start by start
#   --modes          plain = java -jar of the extracted jar (profile dev: the demo data's presence is checked before
#                    ready, as infra/run.sh does); aot = the same with -XX:AOTCache (recorded here by one training
#                    start against the same services); aot-prod = aot without the demo data check, as a production
#                    start (klusterportal.demo-data=false); default "plain aot aot-prod"
#   --port P         portal port (default 8440); management P+1, Keycloak P+2, PostgreSQL P+3
#   --data DIR       the services' data (PostgreSQL, Keycloak's realm, logs); default /tmp/startup-bench/data
#   --max-seconds S  one start may take at most S seconds to be ready (default 240); the whole run is bounded by
#                    (2 + runs x modes) x S plus the services' start
#   --build          build the production jar first (./mvnw -Pproduction package) even if no source changed
#   --steps          also record Spring's start-up steps (BufferingApplicationStartup): <mode>-<n>-steps.json
#   --training T     how the AOT cache is recorded: ready (default, as infra/run.sh: a start up to ready, then exit)
#                    or refresh (the earlier way: spring.context.exit=onRefresh, the context only)
#   --jar FILE       measure this production jar (e.g. a copy of an earlier build) instead of ui/target's
#   --java-opt OPT   one more JVM option for the measured starts (repeatable), e.g. -XX:StartFlightRecording=...
#
# What happens: builds the production jar if a source is newer than it (or ui/target's jar is a test build), extracts it to target/startup-bench/app,
# starts PostgreSQL and Keycloak in a process of their own (devservices.ClusterServices, as infra/cluster does),
# does one start that is not counted (migrations, demo data), records the AOT cache, then the measured starts.
# Per start it prints: wall seconds from launching the JVM to readiness UP (/actuator/health/readiness on the
# management port, polled every 0.1 s), the JVM's CPU seconds (user + sys from /proc/PID/stat) at that moment,
# Spring's "Started Application in" and the load average. CPU seconds depend little on the machine's load; wall
# seconds are the target's measure on an idle machine. Results: target/startup-bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
. infra/jdk.sh >/dev/null

RUNS=3 MODES="plain aot aot-prod" PORT=8440 DATA=/tmp/startup-bench/data PROFILES=dev MAX=240 BUILD=0 STEPS=0 EXTRA=() TRAINING=ready JAR_GIVEN=
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --modes) MODES=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --data) DATA=$2; shift 2 ;;
    --profiles) PROFILES=$2; shift 2 ;;
    --max-seconds) MAX=$2; shift 2 ;;
    --build) BUILD=1; shift ;;
    --steps) STEPS=1; shift ;;
    --training) TRAINING=$2; shift 2 ;;
    --jar) JAR_GIVEN=$2; shift 2 ;;
    --java-opt) EXTRA+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
MGMT=$((PORT + 1)) KC_PORT=$((PORT + 2)) PG_PORT=$((PORT + 3))
BENCH=$(pwd)/target/startup-bench
KEYCLOAK_VERSION=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml)
KEYCLOAK_HOME=${KLUSTERPORTAL_DEV_SERVICES_KEYCLOAK_HOME:-$HOME/.cache/klusterportalen/keycloak-$KEYCLOAK_VERSION}
TICKS=$(getconf CLK_TCK)
mkdir -p "$BENCH" "$DATA"

jar=$(ls ui/target/klusterportalen-ui-*.jar 2>/dev/null | grep -v -- '-plain\|-tests' | head -n1 || true)
if [ -n "$JAR_GIVEN" ]; then
  jar=$JAR_GIVEN
elif [ "$BUILD" = 1 ] || [ -z "$jar" ] || ! unzip -p "$jar" 'META-INF/VAADIN/config/flow-build-info.json' 2>/dev/null \
    | grep -q '"productionMode" *: *true' || [ -n "$(find pom.xml app/pom.xml ui/pom.xml app/src/main ui/src/main \
    -newer "$jar" -print -quit 2>/dev/null)" ]; then
  echo "Building the production jar (./mvnw -Pproduction -DskipTests package)"
  ./mvnw -q -B -o -Pproduction -DskipTests package
  jar=$(ls ui/target/klusterportalen-ui-*.jar | grep -v -- '-plain\|-tests' | head -n1)
fi
rm -rf "$BENCH/app" "$BENCH/portal.aot" "$BENCH"/*.log "$BENCH"/*-steps.json
"$JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$BENCH/app" >/dev/null
JAR="$BENCH/app/$(basename "$jar")"
commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- app/src ui/src pom.xml app/pom.xml ui/pom.xml || echo "+changes")

services=""
portal=""
stop_all() {
  trap - INT TERM EXIT
  [ -n "$portal" ] && kill "$portal" 2>/dev/null && wait "$portal" 2>/dev/null || true
  if [ -n "$services" ]; then
    echo "Stopping PostgreSQL and Keycloak"
    kill "$services" 2>/dev/null || true
    wait "$services" 2>/dev/null || true
  fi
}
trap stop_all INT TERM EXIT

echo "Starting PostgreSQL (port $PG_PORT) and Keycloak (port $KC_PORT), data in $DATA"
rm -f "$DATA/cluster.properties"
"$JAVA_HOME/bin/java" -Xmx256m -cp "$JAR" se.klusterportalen.devservices.ClusterServices "$DATA" "$PG_PORT" \
  "$KC_PORT" "$KEYCLOAK_HOME" "http://localhost:$PORT" >"$BENCH/services.log" 2>&1 &
services=$!
deadline=$((SECONDS + 600))
until [ -f "$DATA/cluster.properties" ]; do
  kill -0 "$services" 2>/dev/null || { echo "The services did not start:" >&2; tail -30 "$BENCH/services.log" >&2; exit 1; }
  [ $SECONDS -lt $deadline ] || { echo "The services were not ready in 600 s" >&2; exit 1; }
  sleep 1
done

portal_args=("${EXTRA[@]}" -Dspring.profiles.active="$PROFILES" -jar "$JAR"
  --spring.config.additional-location="file:$DATA/cluster.properties"
  --server.port="$PORT" --management.server.port="$MGMT" --klusterportal.demo-logins.print=false)
if [ "$STEPS" = 1 ]; then
  portal_args=(-Dklusterportal.startup-steps=true "${portal_args[@]}"
    --management.endpoints.web.exposure.include=health,startup)
fi

cpu_seconds() { # user + sys of process $1 in seconds (fields 14 and 15 of /proc/PID/stat, after the name)
  local rest
  rest=$(sed 's/^.*) //' "/proc/$1/stat")
  echo "$rest" | awk -v t="$TICKS" '{ printf "%.2f", ($12 + $13) / t }'
}

# one start: $1 = label, then the JVM options before portal_args; prints "wall cpu started load"
measure() {
  local label=$1; shift
  local log="$BENCH/$label.log" t0 now pid cpu wall started load0
  load0=$(cut -d' ' -f1 /proc/loadavg)
  t0=$(date +%s%N)
  "$JAVA_HOME/bin/java" "$@" "${portal_args[@]}" >"$log" 2>&1 &
  pid=$!; portal=$pid
  while :; do
    if curl -fs -m 2 "http://localhost:$MGMT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      cpu=$(cpu_seconds "$pid"); now=$(date +%s%N); break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "start $label stopped, see $log" >&2; tail -30 "$log" >&2; return 1; fi
    if [ $(( ($(date +%s%N) - t0) / 1000000000 )) -ge "$MAX" ]; then
      echo "start $label not ready in $MAX s, see $log" >&2; kill "$pid"; wait "$pid" 2>/dev/null || true; portal=""; return 1
    fi
    sleep 0.1
  done
  wall=$(awk -v a="$t0" -v b="$now" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
  started=$(grep -o 'Started Application in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -n1 || true)
  if [ "$STEPS" = 1 ]; then
    curl -fs -X POST "http://localhost:$MGMT/actuator/startup" >"$BENCH/$label-steps.json" 2>/dev/null || true
  fi
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; portal=""
  echo "$wall $cpu ${started:--} $load0→$(cut -d' ' -f1 /proc/loadavg)"
}

echo "First start (not counted: migrations, demo data)"
measure first >/dev/null
if [[ " $MODES " == *" aot"* ]]; then
  echo "Recording the AOT cache (training start: $TRAINING; infra/run.sh records it up to ready)"
  case $TRAINING in
    ready) training=(-Dklusterportal.exit-when-ready=true) ;;
    refresh) training=(-Dspring.context.exit=onRefresh) ;;
    *) echo "--training ready or refresh" >&2; exit 2 ;;
  esac
  "$JAVA_HOME/bin/java" -XX:AOTCacheOutput="$BENCH/portal.aot" "${training[@]}" "${portal_args[@]}" \
    >"$BENCH/training.log" 2>&1 || true  # onRefresh ends in Runtime.halt (exit status not 0): the file is what counts
  [ -s "$BENCH/portal.aot" ] || { echo "no AOT cache recorded, see $BENCH/training.log" >&2; exit 1; }
fi

results="$BENCH/results.md"
{
  echo "Start-up, services already running: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit, $(nproc) cores,"
  echo "$("$JAVA_HOME/bin/java" -version 2>&1 | head -n1), profiles $PROFILES, AOT training $TRAINING, uptime: $(uptime | sed 's/.*load/load/')"
  echo
  echo "| start | mode | wall s to ready | JVM CPU s to ready | Spring \"Started Application in\" s | load 1 min (start→ready) |"
  echo "|---|---|---|---|---|---|"
} >"$results"
cat "$results"
for i in $(seq 1 "$RUNS"); do
  for mode in $MODES; do
    case $mode in
      plain) opts=() ;;
      aot) opts=(-XX:AOTCache="$BENCH/portal.aot" -Xlog:aot*=error) ;;
      aot-prod) opts=(-XX:AOTCache="$BENCH/portal.aot" -Xlog:aot*=error -Dklusterportal.demo-data=false) ;;
      *) echo "unknown mode $mode" >&2; exit 2 ;;
    esac
    if row=$(measure "$mode-$i" "${opts[@]}"); then
      read -r wall cpu started load <<<"$row"
      line="| $i | $mode | $wall | $cpu | $started | $load |"
    else
      line="| $i | $mode | failed (log $BENCH/$mode-$i.log) | | | |"
    fi
    echo "$line" | tee -a "$results"
  done
done
echo
for mode in $MODES; do
  walls=$(grep "| $mode |" "$results" | awk -F'|' '$4 ~ /^ *[0-9]/ { print $4 + 0 }' | sort -n)
  cpus=$(grep "| $mode |" "$results" | awk -F'|' '$4 ~ /^ *[0-9]/ { print $5 + 0 }' | sort -n)
  n=$(echo "$walls" | grep -c . || true)
  [ "$n" -gt 0 ] || continue
  m=$(( (n + 1) / 2 ))
  echo "$mode: median wall $(echo "$walls" | sed -n "${m}p") s, median JVM CPU $(echo "$cpus" | sed -n "${m}p") s ($n starts)" \
    | tee -a "$results"
done
echo "Logs: $BENCH/<mode>-<n>.log; results: $results"
