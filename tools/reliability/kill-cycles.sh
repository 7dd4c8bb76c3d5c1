#!/usr/bin/env bash
# kill -9 cycles of the packaged jar during mixed writes: tools/reliability/kill-cycles.sh [cycles, default 20]
# Needs the packaged jar (./mvnw package -DskipTests) and PostgreSQL on 127.0.0.1:5432. KILL_DATABASE (dropped
# and created; default masthead_rel_live), KILL_PORT, KILL_MANAGEMENT_PORT, KILL_WRITERS and KILL_WINDOW
# (seconds of writes before each kill, "from,to", default 2,6) override the defaults.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec python3 tools/reliability/kill_cycles.py "$@"
