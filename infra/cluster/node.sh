#!/usr/bin/env bash
# One portal node of infra/cluster/start.sh: node.sh start|kill|wait N (N = 1 or 2).
#   start  starts node N in the background (log target/cluster/nodeN.log, process id in nodeN.pid)
#   kill   kills it at once (SIGKILL: no shutdown, as a crashed machine) - for drills
#   wait   waits until its readiness probe on the management port answers UP
# Node N listens on KP_NODEn_PORT (8411/8412), its management port 10 above; its session ids end in ".nN".
set -euo pipefail
cd "$(dirname "$0")/../.."
. infra/jdk.sh >/dev/null
action=${1:?start, kill or wait}
n=${2:?node number, 1 or 2}
RUN=${RUN:-$(pwd)/target/cluster}
DATA=${DATA:-${KP_CLUSTER_DATA:-$HOME/.local/share/klusterportalen-cluster}}
PUBLIC_URL=${PUBLIC_URL:-http://localhost:${KP_CLUSTER_PORT:-8400}}
case $n in
  1) port=${KP_NODE1_PORT:-8411} ;;
  2) port=${KP_NODE2_PORT:-8412} ;;
  *) echo "node 1 or 2" >&2; exit 2 ;;
esac
management=$((port + 10))
pidfile="$RUN/node$n.pid"

case $action in
  start)
    JAR=${JAR:-$(ls "$RUN"/app/klusterportalen-ui-*.jar)}
    "$JAVA_HOME/bin/java" -Xmx768m -Dspring.profiles.active=dev -jar "$JAR" \
      --spring.config.additional-location="file:$DATA/cluster.properties" \
      --server.port="$port" --management.server.port="$management" \
      --klusterportal.node-route="n$n" --klusterportal.public-url="$PUBLIC_URL" \
      --klusterportal.demo-logins.print=false \
      >"$RUN/node$n.log" 2>&1 &
    echo $! >"$pidfile"
    echo "node $n starting (process $(cat "$pidfile"), port $port)"
    ;;
  kill)
    kill -9 "$(cat "$pidfile")"
    echo "node $n killed (process $(cat "$pidfile"))"
    ;;
  wait)
    until curl -fs "http://localhost:$management/actuator/health/readiness" >/dev/null 2>&1; do
      kill -0 "$(cat "$pidfile")" 2>/dev/null || { echo "node $n stopped:" >&2; tail -40 "$RUN/node$n.log" >&2; exit 1; }
      sleep 2
    done
    echo "node $n ready"
    ;;
  *) echo "start, kill or wait" >&2; exit 2 ;;
esac
