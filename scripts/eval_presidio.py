#!/usr/bin/env python3
"""Measure the phi check on Presidio's synthetic PII sentences (microsoft/presidio-research
synth_dataset_v2.json, MIT). The data stays outside the repository: this script converts
it to the scan input format in a temporary folder, runs the scan CLI and reports
type-agnostic span recall and precision for the entity types that match Carecast's PHI
types, the same overlap rule as ../shared/eval/score.py.

usage: python3 scripts/eval_presidio.py [DATASET] [--cmd "java -jar target/carecast.jar scan"]
"""
import json
import shlex
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

root = Path(__file__).resolve().parent.parent
args = [a for a in sys.argv[1:]]
cmd = "java -jar target/carecast.jar scan"
if "--cmd" in args:
    i = args.index("--cmd")
    cmd = args[i + 1]
    del args[i:i + 2]
dataset = Path(args[0]) if args else root.parent / "shared/data/presidio_synth/synth_dataset_v2.json"

# Presidio entity type -> Carecast PHI type. AGE is left out of recall because only ages
# over 89 are PHI; ORGANIZATION, TITLE and NRP are not identifiers here.
IN_SCOPE = {
    "PERSON": "NAME", "STREET_ADDRESS": "LOCATION", "GPE": "LOCATION", "ZIP_CODE": "LOCATION",
    "DATE_TIME": "DATE", "PHONE_NUMBER": "CONTACT", "EMAIL_ADDRESS": "CONTACT",
    "IP_ADDRESS": "CONTACT", "US_SSN": "ID", "US_DRIVER_LICENSE": "ID", "CREDIT_CARD": "ID",
    "IBAN_CODE": "ID",
}
NOT_WRONG = {"AGE", "DOMAIN_NAME"}  # flagging these is not counted as a false positive


def py_to_utf16(text, i):
    return len(text[:i].encode("utf-16-le")) // 2


items = json.load(open(dataset, encoding="utf-8"))
with tempfile.TemporaryDirectory() as tmp:
    inp, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
    with open(inp, "w", encoding="utf-8") as f:
        for n, item in enumerate(items):
            f.write(json.dumps({"id": str(n), "text": item["full_text"], "direction": "outbound",
                                "channel": "facebook"}) + "\n")
    subprocess.run(shlex.split(cmd) + ["--in", str(inp), "--out", str(out)], check=True, cwd=root)
    preds = {}
    for line in open(out, encoding="utf-8"):
        obj = json.loads(line)
        preds[obj["id"]] = [(f["start"], f["end"]) for f in obj["findings"] if f["check"] == "phi"]

found = defaultdict(lambda: [0, 0])
p_right = p_total = 0
for n, item in enumerate(items):
    text = item["full_text"]
    gold = [(py_to_utf16(text, s["start_position"]), py_to_utf16(text, s["end_position"]), s["entity_type"])
            for s in item["spans"]]
    pred = preds.get(str(n), [])
    for s, e, t in gold:
        if t in IN_SCOPE:
            hit = any(ps < e and s < pe for ps, pe in pred)
            found[t][0] += hit
            found[t][1] += 1
    for ps, pe in pred:
        p_total += 1
        p_right += any(ps < e and s < pe for s, e, t in gold if t in IN_SCOPE or t in NOT_WRONG)
hits = sum(v[0] for v in found.values())
total = sum(v[1] for v in found.values())
print(f"items: {len(items)}")
print(f"phi_span_recall: {hits / total:.4f} ({hits}/{total})")
print(f"phi_span_precision: {p_right / p_total:.4f} ({p_right}/{p_total})")
print("recall_by_entity_type:", {t: round(v[0] / v[1], 4) for t, v in sorted(found.items())})
