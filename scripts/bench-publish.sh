#!/usr/bin/env bash
# Publishing benchmark (README "Benchmarks"): 10,000 approved posts come due within one minute,
# half to Mastodon (real connector, in-process WireMock answering in 100 ms), half to the sandbox.
# Prints median/p99 lateness and throughput, also written to target/bench-publish.txt.
# Extra arguments go to Maven, e.g. -Dbench.posts=2000 -Dcarecast.scheduler.threads=8
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp test -Dtest=PublishingThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
	-Dspring.main.banner-mode=off -Dlogging.level.root=warn "$@"
cat target/bench-publish.txt
