#!/usr/bin/env bash
# Two portal nodes behind nginx on one machine, no Docker (docs/operations.md, "More than one node"; ADR 0090):
# one PostgreSQL and one Keycloak (as the dev services start them, in a process of their own), two portal nodes in
# Vaadin production mode with the dev profile's demo data and logins, and nginx with sticky sessions in front.
# Prints the address; Ctrl-C stops all of it. infra/cluster/node.sh kills or starts one node while it runs.
#
# Ports (override with the variables): nginx KP_CLUSTER_PORT=8400, nodes 8411/8412 (management 8421/8422),
# Keycloak 8480, PostgreSQL 8432. Data (database, Keycloak's realm, logs): KP_CLUSTER_DATA, default
# ~/.local/share/klusterportalen-cluster. Needs Debian's nginx package (apt-get install nginx).
set -euo pipefail
cd "$(dirname "$0")/../.."
. infra/jdk.sh

PORT=${KP_CLUSTER_PORT:-8400}
NODE1_PORT=${KP_NODE1_PORT:-8411}
NODE2_PORT=${KP_NODE2_PORT:-8412}
KEYCLOAK_PORT=${KP_CLUSTER_KEYCLOAK_PORT:-8480}
PG_PORT=${KP_CLUSTER_PG_PORT:-8432}
DATA=${KP_CLUSTER_DATA:-$HOME/.local/share/klusterportalen-cluster}
RUN=target/cluster
KEYCLOAK_VERSION=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml)
KEYCLOAK_HOME=${KLUSTERPORTAL_DEV_SERVICES_KEYCLOAK_HOME:-$HOME/.cache/klusterportalen/keycloak-$KEYCLOAK_VERSION}
PUBLIC_URL="http://localhost:$PORT"

NGINX=$(command -v nginx || true)
[ -z "$NGINX" ] && [ -x /usr/sbin/nginx ] && NGINX=/usr/sbin/nginx
if [ -z "$NGINX" ]; then
  echo "The cluster needs nginx (Debian's package): apt-get install -y nginx   (then run this again)" >&2
  exit 1
fi
if [ ! -x "$KEYCLOAK_HOME/bin/kc.sh" ]; then
  echo "Keycloak is not unpacked at $KEYCLOAK_HOME: build once (./mvnw -DskipTests package) or set" \
       "KLUSTERPORTAL_DEV_SERVICES_KEYCLOAK_HOME" >&2
  exit 1
fi

mkdir -p "$RUN" "$DATA"
STAMP="$RUN/built"
if [ ! -f "$STAMP" ] || [ -n "$(find pom.xml app/pom.xml ui/pom.xml app/src/main ui/src/main infra/keycloak \
      -newer "$STAMP" -print -quit 2>/dev/null)" ]; then
  echo "Building the portal in production mode"
  ./mvnw -q -B -Pproduction -DskipTests package
  jar=$(ls ui/target/klusterportalen-ui-*.jar | grep -v -- '-plain\|-tests' | head -n1)
  rm -rf "$RUN/app"
  "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$RUN/app" >/dev/null
  touch "$STAMP"
fi
JAR=$(ls "$RUN"/app/klusterportalen-ui-*.jar)
RUN=$(cd "$RUN" && pwd)

pids=()
stop_all() {
  trap - INT TERM EXIT
  echo "Stopping the cluster"
  [ -f "$RUN/nginx.pid" ] && kill "$(cat "$RUN/nginx.pid")" 2>/dev/null || true
  for n in 1 2; do [ -f "$RUN/node$n.pid" ] && kill "$(cat "$RUN/node$n.pid")" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all INT TERM EXIT

echo "Starting PostgreSQL (port $PG_PORT) and Keycloak (port $KEYCLOAK_PORT); data in $DATA"
rm -f "$DATA/cluster.properties"
"$JAVA_HOME/bin/java" -Xmx256m -cp "$JAR" se.klusterportalen.devservices.ClusterServices "$DATA" "$PG_PORT" \
  "$KEYCLOAK_PORT" "$KEYCLOAK_HOME" "http://localhost:$NODE1_PORT" "http://localhost:$NODE2_PORT" "$PUBLIC_URL" \
  >"$RUN/services.log" 2>&1 &
pids+=($!)
until [ -f "$DATA/cluster.properties" ]; do
  kill -0 "${pids[0]}" 2>/dev/null || { echo "The services did not start:" >&2; tail -30 "$RUN/services.log" >&2; exit 1; }
  sleep 1
done

echo "Starting two portal nodes (ports $NODE1_PORT and $NODE2_PORT) together"
RUN="$RUN" JAR="$JAR" DATA="$DATA" PUBLIC_URL="$PUBLIC_URL" infra/cluster/node.sh start 1
RUN="$RUN" JAR="$JAR" DATA="$DATA" PUBLIC_URL="$PUBLIC_URL" infra/cluster/node.sh start 2

mkdir -p "$RUN/nginx-tmp"
sed -e "s|@RUN@|$RUN|g" -e "s|@PORT@|$PORT|g" -e "s|@NODE1_PORT@|$NODE1_PORT|g" -e "s|@NODE2_PORT@|$NODE2_PORT|g" \
  infra/cluster/nginx.conf.template >"$RUN/nginx.conf"
"$NGINX" -t -q -c "$RUN/nginx.conf" -p "$RUN"
"$NGINX" -c "$RUN/nginx.conf" -p "$RUN" -g 'daemon off;' &
pids+=($!)

for n in 1 2; do
  RUN="$RUN" infra/cluster/node.sh wait "$n"
done
cat <<TEXT

================================================================================
  Klusterportalen, two nodes behind nginx:  $PUBLIC_URL/
  node 1: http://localhost:$NODE1_PORT (management $((NODE1_PORT + 10))), log $RUN/node1.log
  node 2: http://localhost:$NODE2_PORT (management $((NODE2_PORT + 10))), log $RUN/node2.log
  Keycloak: http://localhost:$KEYCLOAK_PORT (admin/admin), PostgreSQL: 127.0.0.1:$PG_PORT
  Demo logins as with infra/run.sh (password demo). Kill or start a node:
    infra/cluster/node.sh kill 2      infra/cluster/node.sh start 2
  Stop everything with Ctrl-C.
================================================================================

TEXT
wait "${pids[0]}"
