#!/usr/bin/env bash
# Scale-out on one machine: two instances of the packaged jar on one PostgreSQL database, behind Varnish, which
# caches by the API's own Cache-Control and purges by surrogate key when a webhook says what changed. It creates a
# few articles, measures W1 and W2 through Varnish, then edits a headline through instance A and prints how long
# the new one takes to show through Varnish and through instance B; then unpublishes the article.
#
# Needs java 17, psql and PostgreSQL at 127.0.0.1:5432 (user postgres, trust), varnishd with varnish-modules
# (xkey), wrk, curl and jq. Builds the jar when target/quarkus-app is missing. Everything listens on 127.0.0.1; the
# ports are those of deploy/local/varnish/default.vcl. MASTHEAD_SCALE_DB names the database (dropped and created);
# MASTHEAD_SCALE_DEMO_KEEP=1 leaves everything running at the end, until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/../.."

DB=${MASTHEAD_SCALE_DB:-masthead_scale_demo}
A_PORT=18181
B_PORT=18182
A_MANAGEMENT=19181
B_MANAGEMENT=19182
VARNISH_PORT=16081
VARNISH="http://127.0.0.1:$VARNISH_PORT"
A="http://127.0.0.1:$A_PORT"
B="http://127.0.0.1:$B_PORT"
JAR=target/quarkus-app/quarkus-run.jar
# The heap each pod gets in deploy/kubernetes (37.5% of 512 MiB), so that the demo also shows it is enough.
HEAP=192m

for tool in java psql varnishd wrk curl jq; do
  command -v "$tool" > /dev/null || { echo "scale-demo: $tool is missing" >&2; exit 1; }
done
for port in $A_PORT $B_PORT $A_MANAGEMENT $B_MANAGEMENT $VARNISH_PORT; do
  if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
    echo "scale-demo: port $port is taken; the demo needs it (see deploy/local/varnish/default.vcl)" >&2
    exit 1
  fi
done

WORK=$(mktemp -d /tmp/masthead-scale-demo.XXXXXX)
# varnishd compiles the VCL and keeps its working files as its own unprivileged users when started as root.
chmod 755 "$WORK"
PIDS=()
cleanup() {
  local status=$?
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2> /dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2> /dev/null || true
  done
  if [ "$status" -ne 0 ] && [ "$status" -ne 130 ]; then
    echo "scale-demo failed; logs kept in $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { date +%H:%M:%S.%3N; }
millis() { date +%s%3N; }
say() { echo "[$(now)] $*"; }

if [ ! -f "$JAR" ]; then
  say "building the jar (./mvnw package -DskipTests)"
  ./mvnw -B -q package -DskipTests
fi

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "scale-demo: PostgreSQL is not answering at 127.0.0.1:5432" >&2
  exit 1
fi
psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB" -c "create database $DB"

ADMIN_TOKEN="mh_demo_$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
PREVIEW_SECRET=$(head -c 32 /dev/urandom | base64)
PURGE_TOKEN=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 40)
ADMIN="Authorization: Bearer $ADMIN_TOKEN"

start_instance() { # name port management-port
  QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_HTTP_PORT=$2 \
  QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
  QUARKUS_MANAGEMENT_PORT=$3 \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=unused \
  QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
  MASTHEAD_BOOTSTRAP_ADMIN_KEY="$ADMIN_TOKEN" \
  MASTHEAD_PREVIEW_SECRET="$PREVIEW_SECRET" \
  MASTHEAD_RATE_LIMIT_DELIVERY_PER_MINUTE=0 \
  MASTHEAD_RATE_LIMIT_MANAGEMENT_PER_MINUTE=0 \
  MASTHEAD_WEBHOOKS_ALLOWED_PRIVATE_HOSTS=127.0.0.1 \
    java "-Xmx$HEAP" -jar "$JAR" > "$WORK/$1.log" 2>&1 &
  PIDS+=($!)
  eval "${1}_PID=$!"
}

await_ready() { # name management-port pid
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$2/q/health/ready" > /dev/null && return 0
    kill -0 "$3" 2> /dev/null || { cat "$WORK/$1.log" >&2; return 1; }
    sleep 1
  done
  echo "scale-demo: instance $1 did not become ready" >&2
  return 1
}

# Together, as pods of a new deployment start: both migrate the empty database at start, and Flyway's lock in
# PostgreSQL lets one do it while the other waits.
say "starting instance A on $A (management port $A_MANAGEMENT) and B on $B (management port $B_MANAGEMENT)"
start_instance A $A_PORT $A_MANAGEMENT
start_instance B $B_PORT $B_MANAGEMENT
await_ready A $A_MANAGEMENT "$A_PID"
await_ready B $B_MANAGEMENT "$B_PID"
say "both ready"

sed "s/@PURGE_TOKEN@/$PURGE_TOKEN/g" deploy/local/varnish/default.vcl > "$WORK/default.vcl"
chmod 644 "$WORK/default.vcl"
say "starting Varnish on $VARNISH"
varnishd -F -n "$WORK/varnish" -a "127.0.0.1:$VARNISH_PORT" -T none -f "$WORK/default.vcl" -s malloc,64m \
  > "$WORK/varnish.log" 2>&1 &
PIDS+=($!)
VARNISH_PID=$!
for _ in $(seq 1 30); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$VARNISH/api/v1/articles?limit=1")" = 200 ] && break
  kill -0 "$VARNISH_PID" 2> /dev/null || { cat "$WORK/varnish.log" >&2; exit 1; }
  sleep 1
done

manage() { # method path [body [content-type [if-match]]]: the response body; fails on any 4xx or 5xx
  local method=$1 path=$2 body=${3:-} type=${4:-application/json} if_match=${5:-}
  local args=(-sf -X "$method" -H "$ADMIN")
  [ -n "$body" ] && args+=(-H "Content-Type: $type" -d "$body")
  [ -n "$if_match" ] && args+=(-H "If-Match: $if_match")
  curl "${args[@]}" "$A$path"
}
last_delivery() { # the newest delivery of the webhook, once it is no longer pending
  local delivery
  for _ in $(seq 1 50); do
    delivery=$(manage GET "/manage/v1/webhooks/$WEBHOOK_ID/deliveries?limit=1" | jq -c '.items[0]')
    [ "$(echo "$delivery" | jq -r .status)" != pending ] && break
    sleep 0.1
  done
  echo "$delivery" \
    | jq -r '"  webhook: \(.event) \(.status), HTTP \(.lastStatus) from the purge path, \(.attempts) attempt(s)"'
}
etag_of() { # article id: its current ETag, for If-Match
  curl -sf -D - -o /dev/null -H "$ADMIN" "$A/manage/v1/articles/$1" | awk -F': ' 'tolower($1)=="etag"{print $2}' \
    | tr -d '\r'
}

say "registering a webhook for every article event, pointing at Varnish's purge path"
WEBHOOK_ID=$(manage POST /manage/v1/webhooks "{\"url\":\"$VARNISH/.well-known/masthead-purge/$PURGE_TOKEN\",
  \"events\":[\"article.published\",\"article.updated\",\"article.unpublished\",\"article.deleted\"]}" \
  | jq -r .webhook.id)

say "creating a tag and five published articles"
manage POST /manage/v1/tags '{"slug":"harbour","type":"topic","names":{"en":{"name":"Harbour"}}}' > /dev/null
SLUGS=()
for n in 1 2 3 4 5; do
  created=$(manage POST '/manage/v1/articles?publish=true' "{\"language\":\"en\",
    \"headline\":\"Harbour report number $n\",\"standfirst\":\"What happened at the harbour, part $n.\",
    \"tags\":[\"harbour\"],\"blocks\":[
      {\"type\":\"paragraph\",\"html\":\"The ferries ran on time, and the <b>cranes</b> were busy all day.\"},
      {\"type\":\"quote\",\"html\":\"We want the quay full of life.\",\"person\":\"Ilse Brandt\",\"role\":\"Mayor\"},
      {\"type\":\"paragraph\",\"html\":\"More tomorrow.\"}]}")
  SLUGS+=("$(echo "$created" | jq -r .content.slug)")
  [ "$n" = 1 ] && ARTICLE_ID=$(echo "$created" | jq -r .id)
done
SLUG=${SLUGS[0]}
echo "  ${SLUGS[*]}"

cat > "$WORK/paths.lua" <<'EOF'
-- Cycles through the paths given after "--", one per request.
local paths, i = {}, 0
function init(args) for _, path in ipairs(args) do paths[#paths + 1] = path end end
function request() i = i % #paths + 1; return wrk.format("GET", paths[i]) end
EOF
W1_PATHS=()
for slug in "${SLUGS[@]}"; do W1_PATHS+=("/api/v1/articles/$slug?lang=en"); done
W2_PATHS=("/api/v1/articles?tag=harbour&limit=20")

bench() { # label base-url paths...: a 2 s warm-up (fills the cache, warms the JIT), then the 5 s that count
  local label=$1 base=$2
  shift 2
  wrk -t1 -c32 -d2s -s "$WORK/paths.lua" "$base" -- "$@" > /dev/null 2>&1
  wrk -t1 -c32 -d5s --latency -s "$WORK/paths.lua" "$base" -- "$@" > "$WORK/wrk.txt" 2>&1
  awk -v label="$label" '
    /^Requests\/sec:/ { rps = $2 }
    $1 == "50%" { p50 = $2 }
    $1 == "99%" { p99 = $2 }
    /Non-2xx or 3xx responses:/ { bad = $NF }
    /Socket errors:/ { gsub(",", ""); for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+$/) errors += $i }
    END { printf "  %-22s %7.0f req/s   p50 %-9s p99 %-9s non-2xx %d   socket errors %d\n",
                 label, rps, p50, p99, bad, errors }' "$WORK/wrk.txt"
}
hits() { # varnishd's own counters since start
  varnishstat -n "$WORK/varnish" -1 -f MAIN.cache_hit -f MAIN.cache_miss -f MAIN.s_pass \
    | awk '{printf "%s=%s ", $1, $2} END {print ""}'
}

say "wrk -t1 -c32, 5 s each after 2 s of warm-up (W1: the five articles by slug; W2: the 20 newest with the tag)"
echo "  load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
bench "W1 through Varnish" "$VARNISH" "${W1_PATHS[@]}"
bench "W2 through Varnish" "$VARNISH" "${W2_PATHS[@]}"
bench "W1 instance A alone" "$A" "${W1_PATHS[@]}"
bench "W2 instance A alone" "$A" "${W2_PATHS[@]}"
for name in A B; do
  pid_var="${name}_PID"
  heap=$( (jcmd "${!pid_var}" GC.heap_info 2> /dev/null || true) \
    | sed -n 's/.*heap *total \([0-9]*\)K, used \([0-9]*\)K.*/heap committed \1 KiB, used \2 KiB/p' | head -1)
  echo "  instance $name: RSS $(( $(ps -o rss= -p "${!pid_var}") / 1024 )) MiB, -Xmx$HEAP, ${heap:-heap unknown}"
done

ARTICLE_URL="/api/v1/articles/$SLUG?lang=en"
show() { # base-url: the status, the headline, and whether Varnish had it cached
  local body="$WORK/body.$BASHPID" status x_cache age
  read -r status x_cache age < <(curl -s -o "$body" -w '%{http_code} %header{x-cache} %header{age}\n' "$1$ARTICLE_URL")
  if [ "$status" = 200 ]; then
    echo "$status $(jq -r .headline "$body")${x_cache:+ (X-Cache: $x_cache, Age: $age)}"
  else
    echo "$status${x_cache:+ (X-Cache: $x_cache)}"
  fi
}
await() { # label base-url expected-prefix since-millis: polls until the answer starts with the prefix
  local label=$1 base=$2 expected=$3 since=$4 seen polls
  for polls in $(seq 1 1000); do
    seen=$(show "$base")
    if [[ "$seen" == "$expected"* ]]; then
      say "$label: $seen, $(( $(millis) - since )) ms after A's answer (request $polls)"
      return 0
    fi
    sleep 0.01
  done
  say "$label: still $seen, $(( $(millis) - since )) ms after A's answer" >&2
  return 1
}

echo
# Twice through Varnish: the first request fetches the article, the second is answered from the cache.
say "before the edit, through Varnish: $(show "$VARNISH")"
say "before the edit, through Varnish: $(show "$VARNISH")"
say "before the edit, instance B:      $(show "$B")"
NEW_HEADLINE="Harbour report number 1, corrected at $(now)"
ETAG=$(etag_of "$ARTICLE_ID")
START=$(millis)
manage PATCH "/manage/v1/articles/$ARTICLE_ID" "{\"headline\":\"$NEW_HEADLINE\"}" application/merge-patch+json \
  "$ETAG" > /dev/null
ANSWERED=$(millis)
say "instance A answered the PATCH of the headline with 200 after $(( ANSWERED - START )) ms: \"$NEW_HEADLINE\""
await "instance B      " "$B" "200 $NEW_HEADLINE" "$ANSWERED" &
AWAIT_B=$!
await "through Varnish " "$VARNISH" "200 $NEW_HEADLINE" "$ANSWERED"
wait "$AWAIT_B"
last_delivery

echo
say "through Varnish: $(show "$VARNISH")"
ETAG=$(etag_of "$ARTICLE_ID")
START=$(millis)
manage POST "/manage/v1/articles/$ARTICLE_ID/unpublish" "" "" "$ETAG" > /dev/null
ANSWERED=$(millis)
say "instance A answered the unpublish with 200 after $(( ANSWERED - START )) ms"
await "instance B      " "$B" "404" "$ANSWERED" &
AWAIT_B=$!
await "through Varnish " "$VARNISH" "404" "$ANSWERED"
wait "$AWAIT_B"
last_delivery
echo "  Varnish counters: $(hits)"
echo
if [ -n "${MASTHEAD_SCALE_DEMO_KEEP:-}" ]; then
  say "still running for a look around (admin token: $ADMIN_TOKEN); Ctrl-C stops everything"
  wait "$VARNISH_PID"
fi
say "done; stopping Varnish and both instances"
