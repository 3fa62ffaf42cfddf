#!/usr/bin/env bash
# Runs every test: unit, integration (real PostgreSQL and Keycloak, started by the tests themselves)
# and browser tests (Debian's chromium and chromium-driver, installed here when missing and allowed).
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/jdk.sh
echo "Using JDK $JAVA_HOME"

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium and chromium-driver for the browser tests"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
  else
    echo "The browser tests need Debian's packages 'chromium' and 'chromium-driver'." >&2
    echo "Install them (apt-get install chromium chromium-driver) and run this again." >&2
    exit 1
  fi
fi

exec ./mvnw -B verify "$@"
