#!/usr/bin/env bash
# Creates numbered accounts for the load harness in a LOCAL development Keycloak (admin/admin, the dev realm):
# PREFIX.001 ... PREFIX.COUNT with one realm role and one region, each with PASSWORD. Idempotent: an existing account
# keeps its password and role and is moved to REGION (so one set of accounts can load one region, then another). Many virtual users signing in as one account trip Keycloak's brute-force lockout and are
# not what a region looks like; with these, infra/load.sh --logins 'PREFIX.{n}:PASSWORD' --login-count COUNT.
# Usage: infra/load/accounts.sh [--keycloak http://localhost:8180] [--prefix load.skane] [--count 500]
#          [--region skane] [--role programme-officer] [--password Lasttest-2026-demo]
set -euo pipefail
trap 'echo "stopped at line $LINENO (is Keycloak at $KC running, admin/admin?)" >&2' ERR
KC=http://localhost:8180 PREFIX=load.skane COUNT=500 REGION=skane ROLE=programme-officer PASSWORD=Lasttest-2026-demo
REALM=klusterportal
while [ $# -gt 0 ]; do
  case "$1" in
    --keycloak) KC="$2"; shift 2 ;; --prefix) PREFIX="$2"; shift 2 ;; --count) COUNT="$2"; shift 2 ;;
    --region) REGION="$2"; shift 2 ;; --role) ROLE="$2"; shift 2 ;; --password) PASSWORD="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
case "$KC" in
  http://localhost:*|http://127.0.0.1:*) ;;
  *) echo "refusing $KC: a local development Keycloak only" >&2; exit 2 ;;
esac

token() {
  curl -sf -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
    "$KC/realms/master/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
TOKEN=$(token)
ROLE_JSON=$(curl -sf -H "Authorization: Bearer $TOKEN" "$KC/admin/realms/$REALM/roles/$ROLE")
created=0 moved=0
for i in $(seq 1 "$COUNT"); do
  [ $((i % 10)) -eq 0 ] && TOKEN=$(token)   # admin tokens live one minute
  user=$(printf '%s.%03d' "$PREFIX" "$i")
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$user\",\"enabled\":true,\"emailVerified\":true,\"firstName\":\"Last\",\"lastName\":\"Test $i\",
         \"email\":\"$user@load.klusterportalen.invalid\",\"attributes\":{\"region\":[\"$REGION\"]},
         \"credentials\":[{\"type\":\"password\",\"value\":\"$PASSWORD\",\"temporary\":false}]}" \
    "$KC/admin/realms/$REALM/users")
  if [ "$code" = 201 ]; then
    id=$(curl -sf -H "Authorization: Bearer $TOKEN" "$KC/admin/realms/$REALM/users?username=$user&exact=true" \
      | sed 's/^\[{"id":"\([^"]*\)".*/\1/')
    curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "[$ROLE_JSON]" \
      "$KC/admin/realms/$REALM/users/$id/role-mappings/realm"
    created=$((created + 1))
  elif [ "$code" = 409 ]; then
    rep=$(curl -sf -H "Authorization: Bearer $TOKEN" "$KC/admin/realms/$REALM/users?username=$user&exact=true&briefRepresentation=false")
    if ! grep -q "\"region\":\[\"$REGION\"\]" <<<"$rep"; then
      id=$(sed 's/^\[{"id":"\([^"]*\)".*/\1/' <<<"$rep")
      body=$(python3 -c 'import json,sys; u=json.loads(sys.argv[1])[0]; u.setdefault("attributes",{})["region"]=[sys.argv[2]]; print(json.dumps(u))' "$rep" "$REGION")
      curl -sf -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$body" \
        "$KC/admin/realms/$REALM/users/$id"
      moved=$((moved + 1))
    fi
  else
    echo "creating $user: HTTP $code" >&2; exit 1
  fi
done
echo "$created accounts created, $((COUNT - created)) already there ($moved of them moved to region $REGION): $PREFIX.001 … $(printf '%s.%03d' "$PREFIX" "$COUNT") (region $REGION, role $ROLE)"
