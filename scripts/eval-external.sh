#!/usr/bin/env bash
# Scores the misinformation check on public evaluation sets with the packaged CLI:
#   ./mvnw -B -q package -DskipTests && scripts/eval-external.sh
# Reads ../shared/data (measure-only data: converted copies stay under target/eval and are
# never committed) and prints precision, recall and F1 of the fake class for CONSTRAINT-2021
# val and CoAID claims, and recall on the COVIDLies misconceptions (all of them are false).
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data}"
mkdir -p target/eval
python3 - "$data" target/eval <<'PY'
import csv, json, sys
data, out = sys.argv[1], sys.argv[2]
def write(name, rows):
    with open(f"{out}/{name}-in.jsonl", "w", encoding="utf-8") as f:
        for i, (text, fake) in enumerate(rows):
            f.write(json.dumps({"id": str(i), "direction": "inbound", "channel": "x", "text": text, "fake": fake}) + "\n")
with open(f"{data}/constraint2021/val.csv", encoding="utf-8") as f:
    write("constraint2021", [(r["tweet"], r["label"] == "fake") for r in csv.DictReader(f)])
with open(f"{data}/coaid/claims.csv", encoding="utf-8") as f:
    write("coaid", [(r["claim"].strip('"'), r["label"] == "fake") for r in csv.DictReader(f)])
with open(f"{data}/misconceptions/misconceptions_v2_86.csv", encoding="utf-8") as f:
    write("misconceptions", [(r["misconception"], True) for r in csv.DictReader(f)])
PY
for set in constraint2021 coaid misconceptions; do
  java ${JAVA_OPTS:-} -jar target/carecast.jar scan --in "target/eval/$set-in.jsonl" --out "target/eval/$set-out.jsonl" >/dev/null
done
python3 - target/eval <<'PY'
import json, sys
out = sys.argv[1]
for name in ("constraint2021", "coaid", "misconceptions"):
    gold = {}
    with open(f"{out}/{name}-in.jsonl", encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            gold[o["id"]] = o["fake"]
    tp = fp = fn = 0
    with open(f"{out}/{name}-out.jsonl", encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            pred = any(x.get("check") == "misinformation" for x in o.get("findings", []))
            g = gold[str(o["id"])]
            tp += g and pred
            fp += pred and not g
            fn += g and not pred
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{name}: items={len(gold)} fake={sum(gold.values())} precision={p:.3f} recall={r:.3f} f1={f1:.3f}")
PY
