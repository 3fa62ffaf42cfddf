#!/usr/bin/env python3
"""Turns the statements one portal step sent to PostgreSQL into a psql script (issue #19: "the overview's aggregates
as raw SQL in psql").

Input: a PostgreSQL log written with log_min_duration_statement = 0 (each statement with its duration, and its bind
parameters as DETAIL lines) covering exactly one step, e.g. one navigation to the overview by one user.
Output (stdout): a psql script that sets the same region (app.region, as the portal's transaction manager does) and
runs every SELECT with its parameters filled in, inside one read-only transaction, with \\timing on. Also prints to
stderr how many statements there were and the sum of the durations PostgreSQL logged for them.

Usage: replay-sql.py postgresql.log REGION > overview.sql
       psql -X -q -U klusterportal_app ... -f overview.sql | grep '^Time:' (sum the times)
"""
import re
import sys

log_file, region = sys.argv[1], sys.argv[2]
text = open(log_file, encoding="utf-8", errors="replace").read()

# entries start with a timestamp; a statement may span lines
entries = re.split(r"\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)", text)
statements = []
logged_ms = 0.0
for i, entry in enumerate(entries):
    m = re.search(r"LOG:\s+duration: ([\d.]+) ms\s+(?:execute [^:]*|statement|bind [^:]*|parse [^:]*):\s(.*)", entry, re.S)
    if not m or "duration:" not in entry:
        continue
    kind = re.search(r"duration: [\d.]+ ms\s+(\w+)", entry).group(1)
    if kind in ("parse", "bind"):
        continue
    sql = m.group(2).strip()
    params = {}
    detail = re.search(r"DETAIL:\s+Parameters: (.*)", entry, re.S)
    if detail is None and i + 1 < len(entries):
        detail = re.search(r"DETAIL:\s+Parameters: (.*)", entries[i + 1], re.S)
    if detail:
        for name, value in re.findall(r"(\$\d+) = ((?:'(?:[^']|'')*')|NULL)", detail.group(1)):
            params[name] = value
    logged_ms += float(m.group(1))
    for name in sorted(params, key=lambda p: -len(p)):
        sql = sql.replace(name, params[name])
    statements.append(sql)

selects = [s for s in statements if re.match(r"(?is)\s*(select|with)\b", s) and "set_config" not in s]
print("\\set ON_ERROR_STOP on")
print("BEGIN READ ONLY;")
print(f"SELECT set_config('app.region', '{region}', true);")
print("\\timing on")
for sql in selects:
    print(sql.rstrip(";") + ";")
print("\\timing off")
print("COMMIT;")
print(f"{len(statements)} statements in the log ({len(selects)} SELECTs replayed), "
      f"{logged_ms:.1f} ms logged by PostgreSQL", file=sys.stderr)
