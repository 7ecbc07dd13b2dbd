#!/usr/bin/env bash
# Load run against a Claimsmith host that is already running on loopback (see README.md).
# Usage: EMAIL=... PASSWORD=... bash bench/load/run.sh [http://127.0.0.1:5099] [duration]
set -euo pipefail
url=${1:-http://127.0.0.1:5099}
duration=${2:-20s}
case "$url" in http://127.*|http://localhost*|http://\[::1\]*) ;; *) echo "loopback only" >&2; exit 2 ;; esac
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

TOKEN=$(curl -sf -X POST "$url/api/account/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
export TOKEN

# Ids from the API's own lists (200 a page).
fetch_ids() { # path file pages
  for page in $(seq 1 "$3"); do
    curl -sf "$url$1?pageSize=200&page=$page" -H "Authorization: Bearer $TOKEN" \
      | python3 -c 'import json,sys; [print(i["id"]) for i in json.load(sys.stdin)["items"]]'
  done > "$2"
  echo "$(wc -l < "$2") ids in $(basename "$2")"
}
fetch_ids /api/claims "$work/claim-ids.txt" 10
fetch_ids /api/patients "$work/patient-ids.txt" 5

cd "$work"
echo "== GET /api/claims/{id}"
IDS=claim-ids.txt wrk -c50 -t2 -d"$duration" --latency -s "$here/get-claim.lua" "$url"
echo "== POST /api/encounters"
IDS=patient-ids.txt wrk -c50 -t2 -d"$duration" --latency -s "$here/post-encounter.lua" "$url"
