# Sourced by backup.sh and restore.sh: defines `pg17 TOOL ARGS...` running pg_dump / pg_restore / psql of
# PostgreSQL 17 or newer (a pg_dump refuses a server newer than itself; the portal's server is 17).
# Order: $PG_BIN if set, then the tools on PATH if they are >= 17, else Debian 13's postgresql-client-17, fetched
# once with apt-get (as .deb files, unpacked into ~/.cache/klusterportalen/pg-client-17, nothing installed in the
# system) and run with its own C library, so it also works on Debian 12.

KP_PG_CLIENT="${KP_PG_CLIENT:-$HOME/.cache/klusterportalen/pg-client-17}"

kp_pg_major() { "$1" --version 2>/dev/null | sed -n 's/.* \([0-9][0-9]*\)\.[0-9].*/\1/p' | head -n1; }

kp_pg_setup() {
  if [ -n "${PG_BIN:-}" ]; then KP_PG_MODE=bin; KP_PG_DIR="$PG_BIN"; return 0; fi
  if command -v pg_dump >/dev/null 2>&1; then
    local major; major=$(kp_pg_major "$(command -v pg_dump)")
    if [ -n "$major" ] && [ "$major" -ge 17 ]; then KP_PG_MODE=bin; KP_PG_DIR="$(dirname "$(command -v pg_dump)")"; return 0; fi
  fi
  if [ ! -x "$KP_PG_CLIENT/usr/lib/postgresql/17/bin/pg_dump" ]; then
    command -v apt-get >/dev/null 2>&1 || { echo "Need pg_dump >= 17: set PG_BIN to its folder." >&2; return 1; }
    echo "Fetching PostgreSQL 17 client tools (Debian 13 packages) into $KP_PG_CLIENT" >&2
    local apt="$KP_PG_CLIENT.apt"
    mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/debs" "$KP_PG_CLIENT"
    echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main" \
      > "$apt/sources.list"
    local opts=(-o "Dir::Etc::sourcelist=$apt/sources.list" -o "Dir::Etc::sourceparts=-"
      -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache" -o "APT::Sandbox::User=root" -q)
    apt-get "${opts[@]}" update >&2
    (cd "$apt/debs" && apt-get "${opts[@]}" download postgresql-client-17 libpq5 libc6 libssl3t64 \
      libgssapi-krb5-2 libkrb5-3 libk5crypto3 libkrb5support0 libkeyutils1 libcom-err2 libldap2 libsasl2-2 \
      liblz4-1 zlib1g libzstd1 >&2)
    for deb in "$apt/debs"/*.deb; do dpkg -x "$deb" "$KP_PG_CLIENT"; done
    rm -rf "$apt"
  fi
  KP_PG_MODE=private; KP_PG_DIR="$KP_PG_CLIENT/usr/lib/postgresql/17/bin"
}

pg17() {
  local tool="$1"; shift
  if [ "$KP_PG_MODE" = bin ]; then
    "$KP_PG_DIR/$tool" "$@"
  else
    local lib="$KP_PG_CLIENT/usr/lib/x86_64-linux-gnu"
    "$lib/ld-linux-x86-64.so.2" --library-path "$lib" "$KP_PG_DIR/$tool" "$@"
  fi
}
