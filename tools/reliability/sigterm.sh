#!/usr/bin/env bash
# SIGTERM under load against the packaged jar; see sigterm.py. Needs ./mvnw package -DskipTests first.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec python3 tools/reliability/sigterm.py "$@"
