#!/usr/bin/env python3
"""Builds the inbox's answer seed from MedQuAD (CC BY 4.0, may ship with attribution).

Reads ../shared/data/medquad/answered.jsonl (or the path given as the first argument) and writes
src/main/resources/inbox/answers/medquad-seed.jsonl.gz: one JSON object per line with question,
answer, url, source, focus and qtype. Answers longer than MAX_ANSWER characters are cut at the
last sentence end before the limit (the URL keeps the full text one click away); exact duplicate
questions (case and spacing ignored) keep their first answer. The output is deterministic (gzip
mtime 0), so rebuilding gives the same bytes. See src/main/resources/inbox/answers/ATTRIBUTION.md.
"""
import gzip
import json
import re
import sys
from pathlib import Path

MAX_ANSWER = 1200
ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "medquad" / "answered.jsonl"
TARGET = ROOT / "src" / "main" / "resources" / "inbox" / "answers" / "medquad-seed.jsonl.gz"
SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def trim(answer: str) -> str:
    text = " ".join(answer.split())
    if len(text) <= MAX_ANSWER:
        return text
    ends = [m.end() for m in SENTENCE_END.finditer(text, 0, MAX_ANSWER)]
    # Without a sentence end in the first half, cut at a word and say so.
    if ends and ends[-1] >= MAX_ANSWER // 2:
        return text[: ends[-1]]
    cut = text.rfind(" ", 0, MAX_ANSWER - 1)
    return text[: cut if cut > 0 else MAX_ANSWER - 1] + "\u2026"


def main() -> int:
    if not SOURCE.is_file():
        print(f"build-answer-seed: {SOURCE} not found", file=sys.stderr)
        return 2
    seen = set()
    kept = dropped = trimmed = 0
    lines = []
    with SOURCE.open(encoding="utf-8") as source:
        for raw in source:
            row = json.loads(raw)
            question = " ".join(row["question"].split())
            key = question.lower()
            if not question or not row.get("answer", "").strip() or key in seen:
                dropped += 1
                continue
            seen.add(key)
            answer = trim(row["answer"])
            trimmed += answer != " ".join(row["answer"].split())
            lines.append(json.dumps({"question": question, "answer": answer, "url": row["url"],
                                     "source": row["source"], "focus": row.get("focus", ""),
                                     "qtype": row.get("qtype", "")}, ensure_ascii=False))
            kept += 1
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with open(TARGET, "wb") as raw_out:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw_out, mtime=0, compresslevel=9) as out:
            out.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"kept {kept}, dropped {dropped} (duplicate or empty), trimmed {trimmed}; "
          f"{TARGET.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
