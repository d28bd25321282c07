#!/usr/bin/env bash
# Load benchmark of the guide API on the runnable jar, loopback only:
#  - start-up to ready and resident memory after start;
#  - GET /api/v1/steps/current at 64 connections (one page, then a mix of pages and languages),
#    side by side with a static JSON file of exactly the same bytes served by the same Payara Micro.
# Usage: bench/guide-api.sh [duration, default 20s]. Needs wrk (Debian package wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/env

DURATION=${1:-20s}
PORT=${PORT:-8190}
CONNECTIONS=64
THREADS=2
BASE="http://127.0.0.1:$PORT"
STEP="/api/v1/steps/current?lang=fr&url=https%3A%2F%2Fwww.instagram.com%2Faccounts%2Fedit%2F"

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk >/dev/null; else echo "Install wrk: sudo apt-get install -y wrk" >&2; exit 1; fi
fi
[ -f server/target/oppose.jar ] || $MVN -q -DskipTests package

work=$(mktemp -d)
mkdir -p "$work/static/WEB-INF"   # an exploded WAR: served at /static/
cleanup() { [ -n "${server:-}" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

started=$(date +%s%N)
"$JAVA_HOME/bin/java" -jar server/target/oppose.jar --port "$PORT" --deploy "$work/static" >"$work/server.log" 2>&1 &
server=$!
until curl -sf -o /dev/null "$BASE/health/ready"; do
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.1
done
ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
rss_mb=$(( $(awk '/VmRSS/ {print $2}' /proc/$server/status) / 1024 ))

curl -sf "$BASE$STEP" >"$work/static/step.json"
bytes=$(stat -c %s "$work/static/step.json")
curl -sf -o /dev/null "$BASE/static/step.json" || { echo "the static twin is not served" >&2; exit 1; }

cat >"$work/mix.lua" <<'LUA'
local pages = {
  "https%3A%2F%2Fwww.instagram.com%2F", "https%3A%2F%2Fwww.instagram.com%2Fjane.doe%2F",
  "https%3A%2F%2Fm.instagram.com%2Faccounts%2Fedit%2F", "https%3A%2F%2Fprivacycenter.instagram.com%2F",
  "https%3A%2F%2Fhelp.instagram.com%2Fcontact%2F767264225370182", "https%3A%2F%2Fwww.facebook.com%2F",
  "https%3A%2F%2Fweb.facebook.com%2Fprofile.php", "https%3A%2F%2Fwww.facebook.com%2Fsettings",
  "https%3A%2F%2Fwww.facebook.com%2Fprivacy%2Fcenter%2F", "https%3A%2F%2Fwww.facebook.com%2Fhelp%2Fcontact%2F712876720715583" }
local langs = { "en", "fr", "de" }
local n = 0
request = function()
  n = n + 1
  local path = "/api/v1/steps/current?lang=" .. langs[n % 3 + 1] .. "&url=" .. pages[n % #pages + 1]
  return wrk.format("GET", path)
end
LUA

run() { # name, extra wrk args…
  local name=$1; shift
  local out="$work/result.txt"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" >"$out"
  awk -v name="$name" '
    /Requests\/sec/ {rps=$2}
    /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    /Non-2xx/ {errors=$NF}
    END {printf "%-22s %10s req/s   p50 %8s   p99 %8s%s\n", name, rps, p50, p99, errors ? "   NON-2XX " errors : ""}' "$out"
}

# Warm-up: the JIT compiles the server's request path under the same load first (the answers are
# built and serialised once, on their first request).
for target in "-s $work/mix.lua $BASE" "$BASE$STEP" "$BASE/static/step.json"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP:-15s}" $target >/dev/null
done

echo "Oppose guide API benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per run after ${WARMUP:-15s} of warm-up per target; response $bytes bytes"
echo "start-up to ready: ${ready_ms} ms; RSS after start: ${rss_mb} MB"
run "steps/current (one)" "$BASE$STEP"
run "static twin" "$BASE/static/step.json"
run "steps/current (mix)" -s "$work/mix.lua" "$BASE"
