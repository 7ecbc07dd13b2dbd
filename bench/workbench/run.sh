#!/usr/bin/env bash
# Timed navigation of the workbench: seeds synthetic data (default 10,000 claims) into a fresh
# CLAIMSMITH_HOME, imports the code sets, starts the web host (Release) on loopback, signs in
# through the sign-in form like a browser and times each screen's full server response with curl.
# Usage: bash bench/workbench/run.sh [claims] [requests-per-screen]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
claims=${1:-10000}
runs=${2:-30}
port=${PORT:-5391}
url="http://127.0.0.1:$port"
export CLAIMSMITH_HOME=${CLAIMSMITH_HOME:-$(mktemp -d /tmp/claimsmith-bench-workbench.XXXXXX)}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
password="Bench-Synthetic-Pass-123"
email="bench@example.org"
jar=$(mktemp)
cd "$root"

dotnet build -c Release src/Claimsmith.Cli -v q -nologo >/dev/null
dotnet build -c Release src/Claimsmith.Web -v q -nologo >/dev/null
cli() { dotnet src/Claimsmith.Cli/bin/Release/net10.0/claimsmith.dll "$@"; }
[ -x src/Claimsmith.Cli/bin/Release/net10.0/claimsmith ] && cli() { src/Claimsmith.Cli/bin/Release/net10.0/claimsmith "$@"; }

if [ ! -f "$CLAIMSMITH_HOME/codesets.snapshot" ] && [ -d "$root/../shared/data" -o -n "${CLAIMSMITH_DATA:-}" ]; then
  echo "== importing code sets"; cli codes import >/dev/null
fi
echo "== seeding $claims claims into $CLAIMSMITH_HOME"
cli demo seed --claims "$claims" >/dev/null
echo "$password" | cli users add --email "$email" --admin --all-organizations --password-stdin >/dev/null 2>&1 || true

ASPNETCORE_URLS="$url" ASPNETCORE_ENVIRONMENT=Development dotnet src/Claimsmith.Web/bin/Release/net10.0/Claimsmith.Web.dll >/tmp/claimsmith-bench-web.log 2>&1 &
web=$!
trap 'kill $web 2>/dev/null; rm -f "$jar"' EXIT
for _ in $(seq 1 120); do curl -sf "$url/health" >/dev/null && break; sleep 1; done

# Sign in through the form: the antiforgery field comes from the page, the cookie goes to the jar.
page=$(curl -sf -c "$jar" -b "$jar" "$url/signin")
field=$(printf '%s' "$page" | python3 -c 'import re,sys; m=re.search(r"<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"", sys.stdin.read()); print(m.group(1)+"\t"+m.group(2))')
curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "${field%%$'\t'*}=${field#*$'\t'}" \
  --data-urlencode "email=$email" --data-urlencode "password=$password" --data-urlencode "returnUrl=/" "$url/signin"

# One encounter gets a synthetic note so the coding screen has something to code.
enc=$(curl -sf -b "$jar" "$url/api/encounters?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
claim=$(curl -sf -b "$jar" "$url/api/claims?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
patient=$(curl -sf -b "$jar" "$url/api/patients?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
curl -sf -o /dev/null -b "$jar" -H 'Content-Type: application/json' "$url/api/encounters/$enc/documents" \
  -d '{"title":"Progress note","kind":"progress note","text":"Assessment: type 2 diabetes mellitus with diabetic chronic kidney disease. Essential hypertension. Patient denies chest pain. Total time spent: 35 minutes."}'

printf '%-40s %8s %8s %8s\n' "screen" "median" "p95" "max"
for path in "/coding?status=all" "/coding" "/claims" "/claims?status=Paid" "/claims?min=100&max=400" "/claims?page=100" \
            "/patients" "/claims/$claim" "/patients/$patient" "/coding/$enc" "/audit"; do
  for _ in 1 2 3; do curl -sf -o /dev/null -b "$jar" "$url$path"; done   # warm (first open of the coding screen codes the note)
  for _ in $(seq 1 "$runs"); do curl -sf -o /dev/null -b "$jar" -w '%{time_total}\n' "$url$path"; done \
    | python3 -c 'import sys,statistics; t=sorted(float(x)*1000 for x in sys.stdin); print("%-40s %6.1fms %6.1fms %6.1fms" % (sys.argv[1], statistics.median(t), t[int(0.95*(len(t)-1))], t[-1]))' "$path"
done
