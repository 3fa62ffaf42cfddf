#!/usr/bin/env bash
# The whole measurement of issue #19, in order, one command, for an IDLE machine (docs/benchmarks/performance.md).
# Every step is bounded in time; raw results (harness logs, step tables, heap lines, class histograms, psql timings,
# uptime and the portal's CPU seconds before and after each step) land in one folder; a failed or timed-out step is
# recorded and the next one runs.
#
# Usage: infra/load/measure.sh [--out DIR] [--quick] [--only step,step] [--skip step,step] [--data DIR]
#   --out DIR   results (default /tmp/capacity/measure-<UTC time>)
#   --quick     a dry run: small N, short runs (checks that every step works; figures meaningless)
#   --data DIR  the portal's data folder (default /tmp/capacity/data; the scale data set is generated at its first
#               start and the 500 load accounts are made once, so keep it between runs; the "save" journey writes)
# Steps, in order (names for --only/--skip):
#   machine       date, commit, cores, memory, JDK, uptime
#   portal        builds the portal if a source changed (infra/run.sh: production jar, AOT cache) and starts it
#                 (dev+scale profiles, ports 8450/8451, Keycloak 8452), waits until ready
#   accounts      load.skane.001..500 in Region Skala (infra/load/accounts.sh; idempotent)
#   one-user      one warm-up round, then one user (skala.handlaggare) doing every journey, think 0.5-1 s, 180 s;
#                 then (one-user-miss) the first view after a change: funding, change (a founding year), overview, 120 s
#   psql          the overview's aggregates as raw SQL (infra/load/overview-aggregates.sql), three times
#   skeleton      Vaadin's walking skeleton (infra/load/skeleton.sh, port 8455): a warm-up round, one user (think
#                 0.5-1 s, 90 s), then the heap hold with N sessions on its task list; stopped afterwards
#   hold-floor, hold-overview, hold-portfolio   N sessions open on the page, heap after a full GC (and class
#                 histograms); floor: the shell around a nearly empty page (the notifications), what every session holds.
#                 The N users sign in first (over the ramp), then open the page one after another (spread over the
#                 ramp again), so the page times are not taken beside other users' sign-ins, which the skeleton has
#                 none of (infra/load.sh --hold-sign-ins; the same schedule for the skeleton, whose users sign in to
#                 nothing). The markup the pages name (base.ui.SharedMarkup) is fetched as a browser does, timed apart
#   startup       the portal stopped; infra/load/startup.sh (engineer "startup"): JVM start to ready, with and without
#                 the AOT cache, services already running (its own ports 8456-8459 and data folder); then the portal
#                 is started again (a clean heap and pools for the concurrent runs)
#   steady50, steady200, steady500  that many sessions doing the journeys with think time 5-15 s (ramps 30, 60 and
#                 300 s, then 90, 90 and 120 s with everyone signed in; the harness prints the steady phase's table
#                 apart and the CPU seconds per step of the portal, Keycloak, PostgreSQL and itself)
#   stop          stops the portal
set -uo pipefail
cd "$(dirname "$0")/../.."
REPO=$PWD
. infra/jdk.sh >/dev/null

OUT="" QUICK=0 ONLY="" SKIP="" DATA=/tmp/capacity/data
while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT=$2; shift 2 ;; --quick) QUICK=1; shift ;; --only) ONLY=",$2,"; shift 2 ;;
    --skip) SKIP=",$2,"; shift 2 ;; --data) DATA=$2; shift 2 ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
OUT=${OUT:-/tmp/capacity/measure-$(date -u +%Y%m%dT%H%M)}
mkdir -p "$OUT"
PORT=8450 MGMT=8451 KC_PORT=8452 SK_PORT=8455 STARTUP_PORT=8456
URL=http://localhost:$PORT
export KLUSTERPORTAL_DEV_SERVICES_KEYCLOAK_HOME=${KLUSTERPORTAL_DEV_SERVICES_KEYCLOAK_HOME:-/work/kc/capacity}
LOGINS='load.skane.{n}:Lasttest-2026-demo'
if [ "$QUICK" = 1 ]; then
  ONE_HOLD=40 MISS_HOLD=30 SK_ONE_HOLD=30 HOLD_N=5 HOLD_RAMP=10 STEADY=(5 10 20) STEADY_RAMP=(10 10 20) STEADY_HOLD=30 STARTUP_RUNS=1
  STEADY_HOLDS=(30 30 30)
else
  # 500 users arrive over 300 s, not 120 s: each sign-in costs Keycloak about 0.2 CPU s (a password hash), 500 in
  # 120 s took about 0.9 of the 2 cores from the portal while the first users already did their journeys; the issue's
  # target is 500 signed-in sessions doing the journeys, so the steady phase (every user signed in, 120 s) is reported
  # on its own (the harness's second table) beside the whole run's (docs/benchmarks/README.md)
  ONE_HOLD=180 MISS_HOLD=120 SK_ONE_HOLD=90 HOLD_N=100 HOLD_RAMP=100 STEADY=(50 200 500) STEADY_RAMP=(30 60 300) STEADY_HOLD=90
  STEADY_HOLDS=(90 90 120)
  STARTUP_RUNS=3
fi
PORTAL_PID="" SK_PID=""

log() { echo "[$(date -u +%T)] $*" | tee -a "$OUT/measure.log"; }
# a step is wanted when it, or its group (one-user-warmup: one-user; skeleton-hold: skeleton), is
wanted() {
  local n=$1 a=${1%-*} b=${1%%-*}
  { [[ -z "$ONLY" || "$ONLY" == *",$n,"* || "$ONLY" == *",$a,"* || "$ONLY" == *",$b,"* ]]; } \
    && [[ "$SKIP" != *",$n,"* && "$SKIP" != *",$a,"* && "$SKIP" != *",$b,"* ]]
}
cpu() { # user+sys seconds of a process, or -
  [ -n "${1:-}" ] && [ -r "/proc/$1/stat" ] || { echo -; return; }
  sed 's/^.*) //' "/proc/$1/stat" | awk -v t="$(getconf CLK_TCK)" '{ printf "%.1f", ($12 + $13) / t }'
}
echo -e "step\tstart UTC\tend UTC\tseconds\texit\tload before\tload after\tportal CPU s before\tafter" >"$OUT/steps.tsv"

# step NAME MAX_SECONDS command...: bounded, logged to OUT/NAME.log, one line in steps.tsv
step() {
  local name=$1 max=$2; shift 2
  wanted "$name" || return 0
  local t0 l0 c0 rc s0=$SECONDS
  t0=$(date -u +%T) l0=$(cut -d' ' -f1-3 /proc/loadavg) c0=$(cpu "$PORTAL_PID")
  log "$name: start (bound ${max} s), $(uptime | sed 's/.*load/load/')"
  timeout --kill-after=20 "$max" "$@" >"$OUT/$name.log" 2>&1
  rc=$?
  echo -e "$name\t$t0\t$(date -u +%T)\t$((SECONDS - s0))\t$rc\t$l0\t$(cut -d' ' -f1-3 /proc/loadavg)\t$c0\t$(cpu "$PORTAL_PID")" \
    >>"$OUT/steps.tsv"
  log "$name: exit $rc$([ $rc = 124 ] && echo ' (timed out)'), $(uptime | sed 's/.*load/load/')"
  for f in "$REPO"/infra/load/target/steps-*.md; do [ -f "$f" ] && mv "$f" "$OUT/$name-$(basename "$f")"; done
  grep -h "^HEAP" "$OUT/$name.log" >>"$OUT/heap.txt" 2>/dev/null
  return 0
}

LOAD=(./infra/load.sh --url "$URL")
# the harness's CPU figures per step (portal, Keycloak, PostgreSQL, itself): the portal's pid and the postmaster's
cpu_pids() {
  [ -n "$PORTAL_PID" ] && echo "--portal-pid $PORTAL_PID"
  [ -f "$DATA/postgres/postmaster.pid" ] && echo "--pg-pid $(head -n1 "$DATA/postgres/postmaster.pid")"
}

portal_start() {
  log "portal: starting ($REPO, data $DATA)"
  KP_PROFILES=dev,scale ./infra/run.sh --server.port=$PORT --management.server.port=$MGMT \
    --klusterportal.dev-services.keycloak-port=$KC_PORT --klusterportal.dev-services.data-directory="$DATA" \
    --klusterportal.demo-logins.print=false >>"$OUT/portal.log" 2>&1 &
  PORTAL_PID=$!
  echo "$PORTAL_PID" >"$OUT/portal.pid"
  local t0=$SECONDS
  until curl -fs -m 2 "http://localhost:$MGMT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$PORTAL_PID" 2>/dev/null || { log "portal: stopped during start, see $OUT/portal.log"; return 1; }
    [ $((SECONDS - t0)) -lt 900 ] || { log "portal: not ready in 900 s"; return 1; }
    sleep 1
  done
  log "portal: ready after $((SECONDS - t0)) s (pid $PORTAL_PID, includes a build when sources changed)"
}

portal_stop() {
  [ -n "$PORTAL_PID" ] || return 0
  kill "$PORTAL_PID" 2>/dev/null
  for _ in $(seq 1 60); do kill -0 "$PORTAL_PID" 2>/dev/null || break; sleep 1; done
  kill -9 "$PORTAL_PID" 2>/dev/null
  PORTAL_PID=""
}

skeleton_stop() {
  [ -n "$SK_PID" ] || return 0
  kill "$SK_PID" 2>/dev/null; wait "$SK_PID" 2>/dev/null; SK_PID=""
}
trap 'skeleton_stop; portal_stop' EXIT
trap 'exit 130' INT TERM

histogram() { # $1 = pid, $2 = file
  [ -n "${1:-}" ] && "$JAVA_HOME/bin/jcmd" "$1" GC.class_histogram >"$2" 2>&1
}

# --- machine ---
if wanted machine; then
  {
    echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "commit: $(git rev-parse --short HEAD) ($(git log -1 --format=%s | cut -c1-100))"
    echo "cores: $(nproc); $(grep -m1 'model name' /proc/cpuinfo)"
    free -m | sed -n 1,2p
    "$JAVA_HOME/bin/java" -version 2>&1 | head -n1
    echo "uptime: $(uptime)"
    echo "top processes by CPU:"; ps -eo pid,pcpu,rss,comm --sort=-pcpu | head -8
  } >"$OUT/machine.txt"
  cat "$OUT/machine.txt" >>"$OUT/measure.log"
fi

# --- the portal ---
if wanted portal || wanted one-user || wanted hold-floor || wanted hold-overview || wanted hold-portfolio || wanted psql \
    || wanted accounts; then
  portal_start || { log "no portal: the portal's steps are skipped"; ONLY=",machine,startup,skeleton,"; }
fi

step accounts 900 infra/load/accounts.sh --keycloak "http://localhost:$KC_PORT" --count 500 --region skala

# --- one user, Region Skala ---
if wanted one-user; then
  step one-user-warmup 300 "${LOAD[@]}" --profile smoke --users 1 --think-min 0.5 --think-max 1 --logins skala.handlaggare:demo
  step one-user $((ONE_HOLD + 180)) "${LOAD[@]}" --profile steady --users 1 --ramp 1 --hold "$ONE_HOLD" --think-min 0.5 \
    --think-max 1 --logins skala.handlaggare:demo --max-seconds $((ONE_HOLD + 60)) $(cpu_pids)
  # the first view after a change: each round saves a cluster's founding year (data the overview reads), then opens
  # the overview, which must read it afresh (in the run above a description save leaves the overview's entry)
  step one-user-miss $((MISS_HOLD + 180)) "${LOAD[@]}" --profile steady --users 1 --ramp 1 --hold "$MISS_HOLD" \
    --think-min 0.5 --think-max 1 --journeys funding,change,overview --logins skala.handlaggare:demo \
    --max-seconds $((MISS_HOLD + 60)) $(cpu_pids)
fi

# --- the overview's aggregates in psql ---
psql_aggregates() {
  local pg_port password
  pg_port=$(sed -n 4p "$DATA/postgres/postmaster.pid")
  password=$(sed -n 's/^klusterportal_app=//p' "$DATA/postgres/klusterportalen-passwords.properties")
  for i in 1 2 3; do
    echo "== run $i"
    PGPASSWORD=$password psql -X -h 127.0.0.1 -p "$pg_port" -U klusterportal_app -d klusterportal -v region=skala \
      -f infra/load/overview-aggregates.sql | grep -E '^Time:|rows\)'
  done
}
export -f psql_aggregates; export DATA
step psql 120 bash -c psql_aggregates
[ -f "$OUT/psql.log" ] && awk '/^Time:/ { t += $2 } /^== run/ { if (n++) print "total ms:", t; t = 0 } END { print "total ms:", t }' \
  "$OUT/psql.log" >>"$OUT/psql.log"

# --- Vaadin's walking skeleton, the reference ---
skeleton_run() {
  [ -f /tmp/skeleton/build/target/walking-skeleton-1.0-SNAPSHOT.jar ] || infra/load/skeleton.sh build || return 1
  if curl -fs -o /dev/null "http://localhost:$SK_PORT/"; then
    echo "port $SK_PORT is taken (an older skeleton?): stop it first"; return 1
  fi
  infra/load/skeleton.sh run --port $SK_PORT >"$OUT/skeleton-app.log" 2>&1 &
  SK_PID=$!
  for _ in $(seq 1 240); do
    kill -0 "$SK_PID" 2>/dev/null || { echo "the skeleton stopped, see skeleton-app.log"; SK_PID=""; return 1; }
    curl -fs -o /dev/null "http://localhost:$SK_PORT/" && break
    sleep 1
  done
  # the java process (skeleton.sh execs it)
  echo "skeleton pid $SK_PID, started: $(grep -o 'Started Application in [0-9.]* seconds' "$OUT/skeleton-app.log")"
}
if wanted skeleton; then
  step skeleton-start 300 true   # a line in steps.tsv for the time
  if skeleton_run >>"$OUT/skeleton-start.log" 2>&1; then
    step skeleton-warmup 120 ./infra/load.sh --url "http://localhost:$SK_PORT" --target skeleton --profile smoke \
      --think-min 0.5 --think-max 1
    step skeleton-one-user $((SK_ONE_HOLD + 120)) ./infra/load.sh --url "http://localhost:$SK_PORT" --target skeleton \
      --profile steady --users 1 --ramp 1 --hold "$SK_ONE_HOLD" --think-min 0.5 --think-max 1 --max-seconds $((SK_ONE_HOLD + 60))
    histogram "$SK_PID" "$OUT/histogram-skeleton-before.txt"
    step skeleton-hold $((HOLD_RAMP + 240)) ./infra/load.sh --url "http://localhost:$SK_PORT" --target skeleton \
      --profile hold --users "$HOLD_N" --ramp "$HOLD_RAMP" --portal-pid "$SK_PID" --max-seconds $((HOLD_RAMP + 200))
    histogram "$SK_PID" "$OUT/histogram-skeleton-after.txt"
  else
    log "skeleton: did not start, see $OUT/skeleton-start.log"
  fi
  skeleton_stop
fi

# --- heap per signed-in session ---
for page in floor overview portfolio; do
  wanted "hold-$page" || continue
  histogram "$PORTAL_PID" "$OUT/histogram-$page-before.txt"
  step "hold-$page" $((HOLD_RAMP + 300)) "${LOAD[@]}" --profile hold --users "$HOLD_N" --ramp "$HOLD_RAMP" --hold-journey "$page" \
    --portal-pid "$PORTAL_PID" --logins "$LOGINS" --login-count 500 --max-seconds $((HOLD_RAMP + 240))
  histogram "$PORTAL_PID" "$OUT/histogram-$page-after.txt"
done

# --- start-up (the portal stopped; its own services and ports), then the portal again for the concurrent runs ---
if wanted startup; then
  portal_stop
  if [ -x infra/load/startup.sh ]; then
    step startup 900 infra/load/startup.sh --runs "$STARTUP_RUNS" --port $STARTUP_PORT --data /tmp/capacity/startup-data
    [ -f target/startup-bench/results.md ] && cp target/startup-bench/results.md "$OUT/startup-results.md"
  else
    log "startup: infra/load/startup.sh not on this branch; skipped"
  fi
fi
if [ -z "$PORTAL_PID" ] && { wanted steady50 || wanted steady200 || wanted steady500; }; then
  portal_start
fi

# --- concurrent sessions, think time 5-15 s ---
STEADY_NAMES=(steady50 steady200 steady500)
for i in 0 1 2; do
  n=${STEADY[$i]} ramp=${STEADY_RAMP[$i]} hold=${STEADY_HOLDS[$i]} name=${STEADY_NAMES[$i]}
  wanted "$name" || continue
  step "$name" $((ramp + hold + 240)) "${LOAD[@]}" --profile steady --users "$n" --ramp "$ramp" --hold "$hold" \
    --logins "$LOGINS" --login-count 500 --max-seconds $((ramp + hold + 180)) $(cpu_pids)
  # Gatling's last console table: requests of the sign-in (form, Keycloak's redirects, the post) and the UI's init
  awk '/^> (sign in|init)/ { key = $0; sub(/ *\|.*/, "", key); last[key] = $0; if (!(key in seen)) { seen[key] = 1; order[++n] = key } }
       END { for (i = 1; i <= n; i++) print last[order[i]] }' "$OUT/$name.log" >"$OUT/$name-sign-in.txt" 2>/dev/null
done

if wanted stop; then
  portal_stop
  log "stop: portal stopped"
fi
log "done: $OUT"
column -t -s $'\t' "$OUT/steps.tsv" | tee -a "$OUT/measure.log"
