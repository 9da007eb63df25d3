#!/usr/bin/env bash
# Inbox benchmark (README "Engagement inbox"): ingest + triage + scan + store throughput, and the
# list query's p50/p95 with 1,000,000 items. Needs PostgreSQL (the list part uses generate_series):
#   CARECAST_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/test CARECAST_TEST_POSTGRES_USER=postgres \
#     scripts/bench-inbox.sh
# Results are printed and appended to target/bench-inbox.txt. Extra arguments go to Maven, e.g.
# -Dbench.items=5000 -Dbench.warmup=5000 -Dbench.rows=200000
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f target/bench-inbox.txt
./mvnw -B -q -ntp test -Dtest=InboxBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
	-Dspring.main.banner-mode=off -Dlogging.level.root=warn "$@"
cat target/bench-inbox.txt
