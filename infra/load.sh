#!/usr/bin/env bash
# Runs the load harness (infra/load, Gatling) against a portal running on this machine (issue #19).
# Usage: infra/load.sh [--url http://localhost:8080] [--profile smoke|ramp|steady|spike|hold] [--users N]
#          [--ramp S] [--hold S] [--think-min S] [--think-max S] [--max-seconds S] [--max-requests N]
#          [--logins user:pw,user:pw] [--login-count N] [--journeys overview,portfolio,matrix,cluster,funding,save]
#          [--hold-journey NAME] [--portal-pid PID] [--pg-pid PID] [--filter TEXT] [--target portal|skeleton]
#          [--hold-sign-ins first|together]
# --portal-pid: CPU seconds per step of the portal and of what it started (Keycloak), printed at the end (and the
# hold profile's heap); --pg-pid: the embedded PostgreSQL's postmaster (line 1 of DATA/postgres/postmaster.pid).
# Defaults: one user, one round of all journeys ("smoke") against http://localhost:8080 as skane.handlaggare.
# --hold-sign-ins: in the hold profile, every user signs in first and the page opens follow (first, the default), or
# each user opens its page right after its own sign-in (together).
# --target skeleton: Vaadin's walking skeleton (infra/load/skeleton.sh run) instead, no sign-in, its journey "skeleton".
# Only localhost is accepted. The "save" journey changes cluster descriptions: use a throw-away database.
# The report (HTML) lands in infra/load/target/gatling/<run>/index.html; see docs/benchmarks/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/jdk.sh

props=()
while [ $# -gt 0 ]; do
  case "$1" in
    --url) props+=("-Dload.baseUrl=$2"); shift 2 ;;
    --profile) props+=("-Dload.profile=$2"); shift 2 ;;
    --users) props+=("-Dload.users=$2"); shift 2 ;;
    --ramp) props+=("-Dload.rampSeconds=$2"); shift 2 ;;
    --hold) props+=("-Dload.holdSeconds=$2"); shift 2 ;;
    --think-min) props+=("-Dload.thinkMin=$2"); shift 2 ;;
    --think-max) props+=("-Dload.thinkMax=$2"); shift 2 ;;
    --max-seconds) props+=("-Dload.maxSeconds=$2"); shift 2 ;;
    --max-requests) props+=("-Dload.maxRequests=$2"); shift 2 ;;
    --logins) props+=("-Dload.logins=$2"); shift 2 ;;
    --login-count) props+=("-Dload.loginCount=$2"); shift 2 ;;
    --journeys) props+=("-Dload.journeys=$2"); shift 2 ;;
    --hold-journey) props+=("-Dload.holdJourney=$2"); shift 2 ;;
    --portal-pid) props+=("-Dload.portalPid=$2"); shift 2 ;;
    --pg-pid) props+=("-Dload.pgPid=$2"); shift 2 ;;
    --filter) props+=("-Dload.filter=$2"); shift 2 ;;
    --target) props+=("-Dload.target=$2"); shift 2 ;;
    --hold-sign-ins) props+=("-Dload.holdSignIns=$2"); shift 2 ;;
    --debug) props+=("-Dload.debug=true"); shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
exec ./mvnw -B -q -f infra/load/pom.xml test-compile gatling:test "-Dload.outputDir=$PWD/infra/load/target" "${props[@]}"
