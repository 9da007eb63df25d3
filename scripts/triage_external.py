#!/usr/bin/env python3
"""Converts public sets to scan input and scores the triage labels the scan wrote.

usage: triage_external.py convert DATA_DIR OUT_DIR ADE_LIMIT
       triage_external.py score OUT_DIR
"""
import ast
import csv
import json
import sys

CRISIS_LEVELS = {"Ideation", "Behavior", "Attempt"}


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for i, (text, gold) in enumerate(rows):
            f.write(json.dumps({"id": str(i), "direction": "inbound", "channel": "x", "text": text, "gold": gold}) + "\n")


def convert(data, out, ade_limit):
    csv.field_size_limit(10**9)
    with open(f"{data}/ade/dev.csv", encoding="utf-8") as f:
        ade = [(r["sentence"], r["label_ade"] == "1") for r in csv.DictReader(f)]
    if ade_limit and len(ade) > ade_limit:
        step = len(ade) / ade_limit
        ade = [ade[int(i * step)] for i in range(ade_limit)]
    write(f"{out}/triage-ade-in.jsonl", ade)
    with open(f"{data}/crisis/sdcnl_train.csv", encoding="utf-8") as f:
        write(f"{out}/triage-sdcnl-in.jsonl",
              [((r["title"] + ". " + r["selftext"]).strip(), r["is_suicide"] == "1") for r in csv.DictReader(f)])
    rows = []
    with open(f"{data}/crisis/cssrs_dev.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            try:
                posts = ast.literal_eval(r["posts"])
            except (ValueError, SyntaxError):
                posts = [r["posts"]]
            rows.append(("\n".join(posts), r["label"] in CRISIS_LEVELS))
    write(f"{out}/triage-cssrs-in.jsonl", rows)


def pairs(out, name, label):
    gold = {}
    with open(f"{out}/triage-{name}-in.jsonl", encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            gold[o["id"]] = o["gold"]
    result = []
    with open(f"{out}/triage-{name}-out.jsonl", encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            result.append((gold[str(o["id"])], label in o.get("labels", [])))
    return result


def report(title, rows, precision=True):
    tp = sum(1 for g, p in rows if g and p)
    fp = sum(1 for g, p in rows if not g and p)
    fn = sum(1 for g, p in rows if g and not p)
    neg = sum(1 for g, _ in rows if not g)
    recall = tp / (tp + fn) if tp + fn else 0.0
    line = f"{title}: items {len(rows)}, positives {tp + fn}, recall {recall:.4f}"
    if precision:
        line += f", precision {tp / (tp + fp) if tp + fp else 0.0:.4f}"
    line += f", negatives flagged {fp}/{neg} ({fp / neg if neg else 0.0:.4f})"
    print(line)


def score(out):
    report("ADE-Corpus-V2 dev, adverse_event", pairs(out, "ade", "adverse_event"))
    report("SDCNL train, crisis (suicide vs depression posts)", pairs(out, "sdcnl", "crisis"))
    report("C-SSRS dev, crisis (Ideation/Behavior/Attempt vs Supportive/Indicator)", pairs(out, "cssrs", "crisis"))


if __name__ == "__main__":
    if len(sys.argv) >= 5 and sys.argv[1] == "convert":
        convert(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif len(sys.argv) == 3 and sys.argv[1] == "score":
        score(sys.argv[2])
    else:
        sys.exit(__doc__)
