#!/usr/bin/env bash
# Timed navigation of the workbench: seeds synthetic data (default 10,000 claims) into a fresh
# CLAIMSMITH_HOME, imports the code sets, starts the web host (Release) on loopback, signs in
# through the sign-in form like a browser and times each screen's full server response with curl
# (after warm-up requests: the first open of the coding screen builds the engine's vocabulary).
#
# Usage: bash bench/workbench/run.sh [claims] [requests-per-screen]
# Environment:
#   CLAIMSMITH_HOME      reuse a folder (the seed is resumable: an already seeded folder is kept)
#   BENCH_POSTGRES       a PostgreSQL connection string (an empty database): the seed and the host use it
#   BENCH_PIN            CPUs for the host, e.g. "1" (taskset -c 1), to keep a shared machine's noise down
#   BENCH_NO_BUILD=1     use the Release binaries already built
#   BENCH_NO_SEED=1      measure CLAIMSMITH_HOME as it is (already seeded)
#   BENCH_WEB_DIR        another build of the web host (a folder with Claimsmith.Web.dll), e.g. to compare
#   BENCH_LOAD=1         afterwards, a load run with wrk (bench/load/README.md) at BENCH_USERS connections
# Screens that are not in this build answer 404 and are listed as "absent (404)".
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
claims=${1:-10000}
runs=${2:-30}
port=${PORT:-5391}
url="http://127.0.0.1:$port"
export CLAIMSMITH_HOME=${CLAIMSMITH_HOME:-$(mktemp -d /tmp/claimsmith-bench-workbench.XXXXXX)}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export CLAIMSMITH_POSTGRES=${BENCH_POSTGRES:-}
password="Bench-Synthetic-Pass-123"
email="bench@example.org"
jar=$(mktemp)
log=${BENCH_LOG:-$(mktemp /tmp/claimsmith-bench-web.XXXXXX.log)}
cd "$root"

if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  dotnet build -c Release src/Claimsmith.Cli -v q -nologo >/dev/null
  dotnet build -c Release src/Claimsmith.Web -v q -nologo >/dev/null
fi
cli() { dotnet src/Claimsmith.Cli/bin/Release/net10.0/claimsmith.dll "$@"; }
web_dir=${BENCH_WEB_DIR:-src/Claimsmith.Web/bin/Release/net10.0}

data=${CLAIMSMITH_DATA:-$root/../shared/data}
if [ ! -f "$CLAIMSMITH_HOME/codesets.snapshot" ] && [ -d "$data" ]; then
  echo "== importing code sets"; cli codes import >/dev/null || echo "   (code set import failed; the coding screen works without suggestions)"
fi
if [ "${BENCH_NO_SEED:-0}" != 1 ]; then
  echo "== seeding $claims claims into ${BENCH_POSTGRES:+PostgreSQL}${BENCH_POSTGRES:-$CLAIMSMITH_HOME}"
  start=$(date +%s)
  cli demo seed --claims "$claims" | tail -1
  echo "   seed took $(( $(date +%s) - start )) s"
fi
echo "$password" | cli users add --email "$email" --admin --all-organizations --password-stdin >/dev/null 2>&1 || true

pin=()
[ -n "${BENCH_PIN:-}" ] && pin=(taskset -c "$BENCH_PIN")
ASPNETCORE_URLS="$url" ASPNETCORE_ENVIRONMENT=Development "${pin[@]}" dotnet "$web_dir/Claimsmith.Web.dll" >"$log" 2>&1 &
web=$!
trap 'kill $web 2>/dev/null; rm -f "$jar"' EXIT
for _ in $(seq 1 180); do curl -sf "$url/health" >/dev/null && break; sleep 1; done
curl -sf "$url/health" >/dev/null || { echo "the host did not start; see $log"; exit 1; }

# Sign in through the form: the antiforgery field comes from the page, the cookie goes to the jar.
page=$(curl -sf -c "$jar" -b "$jar" "$url/signin")
field=$(printf '%s' "$page" | python3 -c 'import re,sys; m=re.search(r"<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"", sys.stdin.read()); print(m.group(1)+"\t"+m.group(2))')
curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "${field%%$'\t'*}=${field#*$'\t'}" \
  --data-urlencode "email=$email" --data-urlencode "password=$password" --data-urlencode "returnUrl=/" "$url/signin"
[ "$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$url/claims")" = 200 ] || { echo "sign-in failed; see $log"; exit 1; }

# Ids from the screens themselves: the first encounter in the coding queue (it has a note), a claim, a patient, a payer.
first() { curl -sf -b "$jar" "$url$1" | python3 -c "import re,sys; m=re.search(r'$2', sys.stdin.read()); print(m.group(1) if m else '')"; }
guid='[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
enc=$(first /coding "href=\"/coding/($guid)\"")
if [ -z "$enc" ]; then
  # A home seeded without notes: give one encounter a synthetic note so the coding screen has something to code.
  enc=$(curl -sf -b "$jar" "$url/api/encounters?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
  curl -sf -o /dev/null -b "$jar" -H 'Content-Type: application/json' "$url/api/encounters/$enc/documents" \
    -d '{"title":"Progress note","kind":"progress note","text":"Assessment: type 2 diabetes mellitus with diabetic chronic kidney disease. Essential hypertension. Patient denies chest pain. Total time spent: 35 minutes."}' || echo "   (could not add a note to $enc)"
fi
claim=$(first "/claims?page=20" "href=\"/claims/($guid)\"")
patient=$(first "/patients?page=10" "href=\"/patients/($guid)\"")
payer=$(first /claims "<option value=\"($guid)\"")
echo "== coding screen encounter $enc, claim $claim, patient $patient, payer $payer"

stats() { python3 -c 'import sys,statistics; t=sorted(float(x)*1000 for x in sys.stdin); print("%-44s %7.1f %7.1f %7.1f" % (sys.argv[1], statistics.median(t), t[int(round(0.95*(len(t)-1)))], t[-1]))' "$1"; }
printf '%-44s %7s %7s %7s   (ms, %s requests after 3 warm-up)\n' "screen" "median" "p95" "max" "$runs"
for path in "/coding" "/coding?status=all" "/coding?status=all&page=100" "/coding/$enc" \
            "/claims" "/claims?status=Denied" "/claims?payer=$payer" "/claims?age=90" "/claims?min=100&max=400" "/claims?min=2000" \
            "/claims?status=Paid&payer=$payer&age=30&min=50&max=5000" "/claims?page=150" "/claims/$claim" \
            "/patients" "/patients?page=80" "/patients/$patient" "/audit" "/audit?page=50" "/admin/users" \
            "/remittance" "/remittance/exceptions" "/denials" "/appeals" "/dashboard" "/dashboard?fresh=1" "/jobs" \
            "/freelance/time" "/freelance/productivity" "/freelance/quality" "/freelance/invoices" "/admin/settings" "/admin/settings/payers" "/admin/settings/fee-schedules" "/admin/settings/payer-rules"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$url$path")
  if [ "$code" = 404 ]; then printf '%-44s absent (404)\n' "$path"; continue; fi
  if [ "$code" != 200 ]; then printf '%-44s HTTP %s (see %s)\n' "$path" "$code" "$log"; continue; fi
  for _ in 1 2; do curl -s -o /dev/null -b "$jar" "$url$path"; done
  for _ in $(seq 1 "$runs"); do curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$url$path"; done | stats "$path"
done

if [ "${BENCH_LOAD:-0}" = 1 ]; then
  users=${BENCH_USERS:-4}
  command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)"; exit 0; }
  cookie=$(python3 -c 'import sys; print("; ".join(l.split("\t")[5]+"="+l.split("\t")[6].strip() for l in open(sys.argv[1]) if l.count("\t")>=6 and not l.startswith("# ")))' "$jar" | sed 's/^#HttpOnly_//')
  echo "== load: $users connections, 15 s per screen (wrk)"
  for path in "/claims" "/claims?min=100&max=400" "/coding" "/patients" "/claims/$claim"; do
    echo "-- $path"
    wrk -t1 -c"$users" -d15s --latency -H "Cookie: $cookie" "$url$path" | grep -E "Requests/sec|50%|99%|Non-2xx"
  done
fi
