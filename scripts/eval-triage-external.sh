#!/usr/bin/env bash
# Measures the inbound triage on public sets of other kinds of text, with the packaged CLI:
#   ./mvnw -B -q package -DskipTests && scripts/eval-triage-external.sh [DATA_DIR]
# (a) adverse_event recall and precision on ADE-Corpus-V2 dev sentences (case reports,
#     label_ade 1 = the sentence reports an adverse drug event);
# (b) crisis recall on SDCNL (is_suicide 1; the depression posts, 0, are reported as the
#     share flagged) and on the C-SSRS Reddit users (Ideation, Behavior and Attempt are
#     crisis; Supportive and Indicator are not).
# These are case reports and long Reddit histories, not inbox messages: the figures are for
# orientation, and the lexicons are not tuned to them. Converted copies stay under
# target/eval and are never committed. ADE_LIMIT=N scores every k-th sentence up to N.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data}"
mkdir -p target/eval
python3 scripts/triage_external.py convert "$data" target/eval "${ADE_LIMIT:-0}"
for set in ade sdcnl cssrs; do
  java ${JAVA_OPTS:-} -jar target/carecast.jar scan --in "target/eval/triage-$set-in.jsonl" \
    --out "target/eval/triage-$set-out.jsonl" >/dev/null 2>&1
done
python3 scripts/triage_external.py score target/eval
