#!/usr/bin/env bash
# Scores the phi check on the shared labelled set with the packaged CLI:
#   ./mvnw -B -q package -DskipTests && scripts/eval-dev.sh [GOLD.jsonl]
# Writes target/eval/dev-out.jsonl and prints ../shared/eval/score.py's report.
set -euo pipefail
cd "$(dirname "$0")/.."
gold="${1:-../shared/eval/dev.jsonl}"
mkdir -p target/eval
java -jar target/carecast.jar scan --in "$gold" --out target/eval/dev-out.jsonl
python3 ../shared/eval/score.py "$gold" target/eval/dev-out.jsonl
