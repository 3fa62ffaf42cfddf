#!/usr/bin/env bash
# Restores a backup written by infra/backup.sh into a PostgreSQL server (same libpq variables, as a superuser):
# the portal database from portal.dump and, when the backup has it, Keycloak's database from keycloak.dump.
#
#   PGHOST=db PGPORT=5432 PGUSER=postgres PGPASSWORD=... infra/restore.sh /var/backups/klusterportalen/klusterportalen-20261130T020000Z
#
# The roles must exist first (they are not in a database dump): the owner role (default klusterportal_owner) and
# the application role (default klusterportal_app; LOGIN NOSUPERUSER NOBYPASSRLS), as README's Configuration says.
# Each database is created empty, owned as in the dump, and restored in one transaction (all or nothing). An
# existing database is never overwritten: pass --replace to drop it first (its sessions are ended).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/pg-client.sh"
kp_pg_setup

replace=false
if [ "${1:-}" = "--replace" ]; then replace=true; shift; fi
backup="${1:?usage: infra/restore.sh [--replace] BACKUP_FOLDER}"
portal_db="${PORTAL_DATABASE:-klusterportal}"
owner="${KLUSTERPORTAL_DB_OWNER_ROLE:-klusterportal_owner}"
keycloak_db="${KEYCLOAK_DATABASE:-keycloak}"

(cd "$backup" && sha256sum --quiet -c SHA256SUMS)

psql_admin() { pg17 psql --no-password --dbname=postgres -v ON_ERROR_STOP=1 -Atq "$@"; }

restore_db() { # $1 database, $2 dump file, $3 owner
  local exists
  exists=$(psql_admin -c "SELECT count(*) FROM pg_database WHERE datname = '$1'")
  if [ "$exists" = 1 ]; then
    if [ "$replace" != true ]; then
      echo "Database $1 exists; pass --replace to drop it and restore the backup in its place." >&2; exit 1
    fi
    psql_admin -c "DROP DATABASE \"$1\" WITH (FORCE)"
  fi
  psql_admin -c "CREATE DATABASE \"$1\" OWNER \"$3\""
  pg17 pg_restore --no-password --dbname="$1" --single-transaction --exit-on-error "$2"
}

restore_db "$portal_db" "$backup/portal.dump" "$owner"
if [ -f "$backup/keycloak.dump" ]; then
  restore_db "$keycloak_db" "$backup/keycloak.dump" "${PGUSER:-postgres}"
fi
echo "Restored $backup"
