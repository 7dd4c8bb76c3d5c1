#!/usr/bin/env bash
# Measures the bulk import: starts the packaged jar on a fresh PostgreSQL database, imports an NDJSON file with
# bin/masthead-import, and prints the rate (see BENCHMARKS.md, "Bulk import").
#
#   tools/bench-import.sh DATABASE PORT FILE.ndjson [more files...]
#
# The database is dropped and created again. Health is read on the management port, PORT + 1000. Set JFR=<file.jfr> to record a flight recording of the server, and
# JAVA_OPTS for the server's JVM. MASTHEAD_APP_DIR runs a copy of target/quarkus-app (so that a build can run
# meanwhile); bin/masthead-import reads the same variable.
set -euo pipefail
cd "$(dirname "$0")/.."
db=$1 port=$2
shift 2
log=${LOG:-target/bench-import-server.log}
psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $db" -c "create database $db"
token="mh_bench_$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
jfr=()
[[ -n "${JFR:-}" ]] && jfr=("-XX:StartFlightRecording=filename=$JFR,settings=profile")
management_port=$((port + 1000))
QUARKUS_HTTP_PORT=$port \
QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT=$management_port \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
QUARKUS_DATASOURCE_USERNAME=postgres \
QUARKUS_DATASOURCE_PASSWORD=unused \
MASTHEAD_BOOTSTRAP_ADMIN_KEY="$token" \
MASTHEAD_PREVIEW_SECRET="$(head -c 32 /dev/urandom | base64)" \
MASTHEAD_RATE_LIMIT_MANAGEMENT_PER_MINUTE=0 \
  java ${JAVA_OPTS:-} "${jfr[@]}" -jar "${MASTHEAD_APP_DIR:-target/quarkus-app}/quarkus-run.jar" > "$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$management_port/q/health/ready" > /dev/null && break
  sleep 1
done
started=$(date +%s.%N)
MASTHEAD_TOKEN="$token" bin/masthead-import --url "http://127.0.0.1:$port" "$@" || true
ended=$(date +%s.%N)
articles=$(psql -At -h 127.0.0.1 -U postgres -d "$db" -c 'select count(*) from article')
# CPU seconds (user + system) of a process, from /proc: on a shared machine the wall-clock rate depends on what
# else runs, the CPU spent per article much less. PostgreSQL's share is that of the server's pooled connections.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) / hz }' "/proc/$1/stat" 2>/dev/null || echo 0; }
jvm_cpu=$(cpu $server)
pg_cpu=0
for pid in $(psql -At -h 127.0.0.1 -U postgres -c "select pid from pg_stat_activity where datname = '$db'"); do
  pg_cpu=$(echo "$pg_cpu + $(cpu "$pid")" | bc)
done
seconds=$(echo "$ended - $started" | bc)
echo "$articles articles in $seconds s: $(echo "$articles / $seconds" | bc) articles/s;" \
  "CPU of the server $jvm_cpu s, of its PostgreSQL connections $pg_cpu s (from its start); load $(cut -d' ' -f1-3 /proc/loadavg)"
