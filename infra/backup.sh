#!/usr/bin/env bash
# Backs up the portal: the portal database (pg_dump, custom format: tables, audit tables, row-level security
# policies, grants, Flyway's history) and, alongside, Keycloak: its database when it has one on the same server
# (KEYCLOAK_DATABASE, default "keycloak" if it exists: users, passwords, sessions, everything) and the realm's
# export from Keycloak's admin API when KEYCLOAK_URL and KEYCLOAK_ADMIN_PASSWORD are set (realm, clients, roles,
# groups: readable, for review and for a Keycloak without a database dump).
#
#   PGHOST=db PGPORT=5432 PGUSER=postgres PGPASSWORD=... infra/backup.sh /var/backups/klusterportalen
#
# Connection: the standard libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD); a role that may read every
# row (a superuser, or the owner role: row-level security is forced, so the application role would dump nothing).
# PORTAL_DATABASE (default klusterportal). Writes DIR/klusterportalen-<UTC time>/ and prints its path.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/pg-client.sh"
kp_pg_setup

target_root="${1:?usage: infra/backup.sh BACKUP_FOLDER}"
portal_db="${PORTAL_DATABASE:-klusterportal}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="$target_root/klusterportalen-$stamp"
mkdir -p "$out"
chmod 700 "$out"

pg17 pg_dump --format=custom --compress=6 --no-password --dbname="$portal_db" --file="$out/portal.dump"

keycloak_db="${KEYCLOAK_DATABASE:-keycloak}"
if pg17 psql --no-password --dbname="$portal_db" -Atc "SELECT 1 FROM pg_database WHERE datname = '$keycloak_db'" \
    2>/dev/null | grep -q 1; then
  pg17 pg_dump --format=custom --compress=6 --no-password --dbname="$keycloak_db" --file="$out/keycloak.dump"
fi

if [ -n "${KEYCLOAK_URL:-}" ] && [ -n "${KEYCLOAK_ADMIN_PASSWORD:-}" ]; then
  realm="${KEYCLOAK_REALM:-klusterportal}"
  token=$(curl -fsS -d grant_type=password -d client_id=admin-cli -d "username=${KEYCLOAK_ADMIN_USER:-admin}" \
      --data-urlencode "password=$KEYCLOAK_ADMIN_PASSWORD" \
      "$KEYCLOAK_URL/realms/master/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
  curl -fsS -X POST -H "Authorization: Bearer $token" \
      "$KEYCLOAK_URL/admin/realms/$realm/partial-export?exportClients=true&exportGroupsAndRoles=true" \
      -o "$out/keycloak-realm-$realm.json"
fi

(cd "$out" && sha256sum ./* > SHA256SUMS)
echo "$out"
