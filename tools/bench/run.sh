#!/usr/bin/env bash
# The read benchmark of BENCHMARKS.md in one command: nginx serving one W1 body (the baseline), then Masthead W1,
# W2 and W3 with the shared harness (../shared/bench/run_wrk.sh), then W1 revalidated with If-None-Match (304).
#
#   tools/bench/run.sh LABEL DATABASE              starts bin/masthead on DATABASE, measures ready time and RSS
#   tools/bench/run.sh LABEL --url URL --pid PID   measures a server that is already running
#
# Started here, the server gets the environment of this script (JAVA_OPTS, MASTHEAD_*, for example
# MASTHEAD_DELIVERY_RESPONSE_CACHE_ENABLED=false) plus the database, loopback ports, random secrets unless
# MASTHEAD_BOOTSTRAP_ADMIN_KEY and MASTHEAD_PREVIEW_SECRET are set, and the rate limits switched off (the harness
# sends thousands of requests a second from one address).
#
# Environment: PORT=18700 MANAGEMENT_PORT=18710 NGINX_PORT=18701, DATA_DIR=/tmp/masthead-bench/data (from
# gen_dataset.js), HARNESS_DIR=../shared/bench, OUT_DIR=/tmp/masthead-bench/results/LABEL-TIMESTAMP, and the
# harness's own THREADS CONNS DURATION WARMUP RUNS COOLDOWN TIMEOUT, which the 304 workload uses too.
#
# Writes to OUT_DIR: results.csv (the harness's columns; the 304 rows are workload W1-304, and their non2xx column
# counts every answer that was not a 304), server.csv (ready time in wall and CPU milliseconds, VmRSS and VmHWM of
# the server after the runs, load averages), run-info.txt, the raw wrk outputs, the nginx configuration and the
# server's log.
# Chart: node tools/bench/chart.mjs OUT_DIR/results.csv --out chart.svg
set -euo pipefail

usage() { sed -n '5,6p' "$0" | sed 's/^# *//' >&2; exit 2; }
repo=$(cd "$(dirname "$0")/../.." && pwd)
label=${1:-}; [[ $# -ge 2 ]] || usage
[[ "$label" =~ ^[A-Za-z0-9._-]+$ ]] || { echo "run.sh: the label may hold letters, digits, . _ - only" >&2; exit 2; }
shift
database='' base='' pid=''
if [[ "$1" == --url ]]; then
  [[ $# -eq 4 && "$3" == --pid ]] || usage
  base=${2%/} pid=$4
  kill -0 "$pid" 2>/dev/null || { echo "run.sh: no process $pid" >&2; exit 2; }
else
  [[ $# -eq 1 ]] || usage
  database=$1
fi

PORT=${PORT:-18700}; MANAGEMENT_PORT=${MANAGEMENT_PORT:-18710}; NGINX_PORT=${NGINX_PORT:-18701}
HARNESS_DIR=${HARNESS_DIR:-$repo/../shared/bench}
export DATA_DIR=${DATA_DIR:-/tmp/masthead-bench/data}
export OUT_DIR=${OUT_DIR:-/tmp/masthead-bench/results/$label-$(date +%Y%m%d-%H%M%S)}
THREADS=${THREADS:-1}; CONNS=${CONNS:-32}; DURATION=${DURATION:-20s}; WARMUP=${WARMUP:-10s}; RUNS=${RUNS:-2}
COOLDOWN=${COOLDOWN:-3}; TIMEOUT=${TIMEOUT:-30s}
W1='/api/v1/articles/{slug}?lang=de'
W2='/api/v1/articles?tag={tag}&limit=20'
W3='/api/v1/articles?q={term}&lang=de&limit=20'

for tool in wrk nginx curl; do
  command -v "$tool" > /dev/null || { echo "run.sh: $tool is missing (apt-get install -y wrk nginx-light curl)" >&2; exit 2; }
done
[[ -x "$HARNESS_DIR/run_wrk.sh" ]] || { echo "run.sh: no $HARNESS_DIR/run_wrk.sh (set HARNESS_DIR)" >&2; exit 2; }
[[ -s "$DATA_DIR/slugs.txt" ]] || { echo "run.sh: no $DATA_DIR/slugs.txt; run gen_dataset.js first" >&2; exit 2; }
mkdir -p "$OUT_DIR"
csv=$OUT_DIR/results.csv
load1() { cut -d' ' -f1 /proc/loadavg; }
load_start=$(load1)

nginx_pid=''
cleanup() {
  [[ -n "$nginx_pid" ]] && kill "$nginx_pid" 2> /dev/null
  if [[ -n "$database" && -n "$pid" ]] && kill -0 "$pid" 2> /dev/null; then
    kill "$pid"
    # The graceful shutdown keeps serving for 5 s before it stops (README, "Run in production").
    for _ in $(seq 1 120); do kill -0 "$pid" 2> /dev/null || break; sleep 0.5; done
  fi
  return 0
}
trap cleanup EXIT

ready_ms='' ready_cpu_ms=''
if [[ -n "$database" ]]; then
  base=http://127.0.0.1:$PORT
  started=$(date +%s%N)
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$database" \
  QUARKUS_DATASOURCE_USERNAME=${QUARKUS_DATASOURCE_USERNAME:-postgres} \
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT \
  MASTHEAD_BOOTSTRAP_ADMIN_KEY=${MASTHEAD_BOOTSTRAP_ADMIN_KEY:-mh_$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 37)} \
  MASTHEAD_PREVIEW_SECRET=${MASTHEAD_PREVIEW_SECRET:-$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')} \
  MASTHEAD_RATE_LIMIT_DELIVERY_PER_MINUTE=0 MASTHEAD_RATE_LIMIT_MANAGEMENT_PER_MINUTE=0 \
    "$repo/bin/masthead" > "$OUT_DIR/server.log" 2>&1 < /dev/null &
  pid=$!
  # Ready time: from the start of the process until readiness (which checks the database) answers 200.
  until curl -sf -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready"; do
    kill -0 "$pid" 2> /dev/null || { echo "run.sh: the server exited; see $OUT_DIR/server.log" >&2; exit 1; }
    (( $(date +%s%N) - started < 300000000000 )) || { echo "run.sh: not ready after 300 s" >&2; exit 1; }
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  # On a shared machine the wall time depends on the neighbours; the CPU time it took much less.
  ready_cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$pid/stat")
  echo "# $label: ready after $ready_ms ms, $ready_cpu_ms ms of CPU (pid $pid)"
fi
jvm_options=$(tr '\0' '\n' < "/proc/$pid/cmdline" | sed -n '2,$p' | sed '/^-jar$/,$d' | paste -sd' ')
{
  echo "label: $label"
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git -C "$repo" rev-parse --short HEAD 2> /dev/null || echo unknown)$(git -C "$repo" diff --quiet HEAD 2> /dev/null || echo ' (with uncommitted changes)')"
  echo "server: $base, pid $pid${database:+, database $database}"
  echo "jvm options: $jvm_options"
  echo "java: $(readlink "/proc/$pid/exe")"
  echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
  echo "wrk: -t$THREADS -c$CONNS -d$DURATION --timeout $TIMEOUT, warm-up $WARMUP, $RUNS runs"
} > "$OUT_DIR/run-info.txt"

# The baseline: nginx serves one W1 body, the same bytes under the same Content-Type. wrk sends no
# Accept-Encoding, so the body is fetched without one too.
first_slug=$(head -1 "$DATA_DIR/slugs.txt")
www=$OUT_DIR/nginx/www
mkdir -p "$www"
content_type=$(curl -sf -o "$www/article.json" -w '%{content_type}' "$base/api/v1/articles/$first_slug?lang=de")
cat > "$OUT_DIR/nginx/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $OUT_DIR/nginx/nginx.pid;
error_log $OUT_DIR/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $OUT_DIR/nginx/tmp;
  types { }
  default_type "$content_type";
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $www;
  }
}
EOF
nginx -e "$OUT_DIR/nginx/error.log" -p "$OUT_DIR/nginx" -c "$OUT_DIR/nginx/nginx.conf" &
nginx_pid=$!
for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/article.json" && break; sleep 0.05; done
curl -sf "http://127.0.0.1:$NGINX_PORT/article.json" | cmp -s - "$www/article.json" \
  || { echo "run.sh: nginx does not serve the W1 body; see $OUT_DIR/nginx/error.log" >&2; exit 1; }
SERVER_PID=$nginx_pid "$HARNESS_DIR/run_wrk.sh" "http://127.0.0.1:$NGINX_PORT" /article.json - - nginx
# The harness names its raw outputs after the workload only; Masthead's W1 would overwrite these.
for f in "$OUT_DIR"/W1.*; do mv "$f" "$OUT_DIR/nginx-${f##*/}"; done
kill "$nginx_pid"; wait "$nginx_pid" 2> /dev/null || true; nginx_pid=''

SERVER_PID=$pid "$HARNESS_DIR/run_wrk.sh" "$base" "$W1" "$W2" "$W3" "$label"

# W1-304. A CDN revalidates with Accept-Encoding: gzip, and the server gives each coding its own ETag, so the
# ETags are fetched with exactly the headers revalidate.lua sends: Host, Accept-Encoding: gzip.
etags=$OUT_DIR/etags.tsv
sed "s|.*|url = \"$base/api/v1/articles/&?lang=de\"\\noutput = \"/dev/null\"|" "$DATA_DIR/slugs.txt" > "$OUT_DIR/etags.curl"
echo "[$label W1-304] fetching the ETags of $(wc -l < "$DATA_DIR/slugs.txt") articles"
curl --no-progress-meter --parallel --parallel-max 4 -K "$OUT_DIR/etags.curl" -H 'Accept-Encoding: gzip' -H 'Accept:' \
  -H 'User-Agent:' -w '%{url}\t%header{etag}\n' > "$etags.unordered"
# Back into the order of slugs.txt, which the random sequence of revalidate.lua indexes like template.lua.
awk -F'\t' -v base="$base" 'NR == FNR { sub("^" base, "", $1); etag[$1] = $2; next }
  { path = "/api/v1/articles/" $0 "?lang=de"; if (etag[path] == "") { missing++ } else { print path "\t" etag[path] } }
  END { if (missing) { print missing " articles gave no ETag" > "/dev/stderr"; exit 1 } }' \
  "$etags.unordered" "$DATA_DIR/slugs.txt" > "$etags"
rm "$etags.unordered" "$OUT_DIR/etags.curl"
IFS=$'\t' read -r pre_path pre_etag < "$etags"
pre_status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept-Encoding: gzip' -H 'Accept:' -H 'User-Agent:' \
  -H "If-None-Match: $pre_etag" "$base$pre_path")
echo "[$label W1-304] preflight status=$pre_status url=$base$pre_path If-None-Match: $pre_etag"
[[ "$pre_status" == 304 ]] || { echo "run.sh: the preflight revalidation was answered $pre_status, not 304" >&2; exit 1; }
revalidate() { # duration output
  sleep "$COOLDOWN"
  wrk -t"$THREADS" -c"$CONNS" -d"$1" --timeout "$TIMEOUT" --latency -s "$repo/tools/bench/revalidate.lua" "$base" \
    -- "$etags" > "$2" 2>&1 || true
}
to_ms() { # a wrk latency (850.00us, 1.20ms, 2.01s) in milliseconds
  awk -v v="$1" 'BEGIN { n = v; sub(/[a-z]+$/, "", n); u = v; sub(/^[0-9.]+/, "", u)
    printf "%.3f", n * (u == "us" ? 0.001 : u == "ms" ? 1 : u == "s" ? 1000 : u == "m" ? 60000 : 1) }'
}
echo "[$label W1-304] warm-up $WARMUP"
revalidate "$WARMUP" "$OUT_DIR/W1-304.warmup.txt"
for run in $(seq 1 "$RUNS"); do
  f=$OUT_DIR/W1-304.run$run.txt
  revalidate "$DURATION" "$f"
  rps=$(awk '/^Requests\/sec:/ { print $2 }' "$f")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$f")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$f")")
  not304=$(awk '/^Other responses:/ { print $3 }' "$f")
  sockerr=$(awk '/Socket errors:/ { gsub(",", ""); s = 0; for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+$/) s += $i; print s }' "$f")
  requests=$(awk '/requests in/ { print $1 }' "$f")
  rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
  echo "$label,W1-304,$run,$rps,$p50,$p99,${not304:-},${sockerr:-0},$requests,$rss,$pre_status,0" >> "$csv"
  echo "[$label W1-304 run$run] req/s=$rps p50=${p50}ms p99=${p99}ms not-304=${not304:-?} sockerr=${sockerr:-0} rss_kb=$rss"
  [[ "${not304:-}" == 0 ]] || echo "run.sh: W1-304 run $run got answers other than 304 (or none); see $f" >&2
done

vmrss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
vmhwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status")
server_csv=$OUT_DIR/server.csv
[[ -f "$server_csv" ]] || echo 'label,ready_ms,ready_cpu_ms,vmrss_kb,vmhwm_kb,load1_start,load1_end,jvm_options' > "$server_csv"
echo "$label,$ready_ms,$ready_cpu_ms,$vmrss,$vmhwm,$load_start,$(load1),\"$jvm_options\"" >> "$server_csv"
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT_DIR/run-info.txt"
echo "# $label: ${ready_ms:+ready after $ready_ms ms, }VmRSS $vmrss kB, VmHWM $vmhwm kB after the runs"
echo "# results: $csv, $server_csv"
