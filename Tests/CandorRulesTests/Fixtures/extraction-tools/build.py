#!/usr/bin/env python3
"""Merges a fresh extraction set's recorded SmolLM2 replies (recorded/*.jsonl, label "?") with their hand labels
(labels.tsv) and its written rows (written/*.jsonl, from written.py) into the three files of the set: yes-no.jsonl,
letter.jsonl, number.jsonl, each row in the set's split (`fresh2` for extraction-fresh2/). Refuses to write a file
when a recorded reply has no label or a label is not of the file's kind. One script serves every set: run it from
the set's directory, python3 ../extraction-tools/build.py [yes-no|letter|number ...]"""
import json, os, re, sys

SPLIT = os.path.basename(os.getcwd()).removeprefix("extraction-")
if not os.path.exists("labels.tsv"):
    sys.exit("run build.py from a set's directory (extraction-fresh2/, extraction-fresh3/): no labels.tsv here")

VALID = {"yes-no": lambda l: l in ("yes", "no", "none"),
         "letter": lambda l: l in ("A", "B", "C", "D", "none"),
         "number": lambda l: l == "none" or re.fullmatch(r"-?\d+(\.\d+)?", l) is not None}
ORDER = ["id", "group", "question", "reply", "label", "category", "source", "kind", "options", "split"]


def labels():
    table = {}
    for line in open("labels.tsv", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        rid, label = line.rstrip("\n").split("\t")
        if rid in table:
            sys.exit(f"labels.tsv: {rid} labelled twice")
        table[rid] = label
    return table


def build(kind, table):
    rows = []
    for line in open(f"recorded/recorded-{kind}.jsonl", encoding="utf-8"):
        row = json.loads(line)
        if row["id"] not in table:
            sys.exit(f"{kind}: recorded reply {row['id']} has no label in labels.tsv")
        row.update(label=table[row["id"]], group=row["id"], split=SPLIT)
        rows.append(row)
    rows += [json.loads(line) for line in open(f"written/written-{kind}.jsonl", encoding="utf-8")]
    for row in rows:
        if not VALID[kind](row["label"]):
            sys.exit(f"{kind}: {row['id']} has label {row['label']!r}")
        if kind == "letter" and row["label"] != "none" and row["label"] not in row["options"]:
            sys.exit(f"letter: {row['id']} is labelled {row['label']}, which is not one of its options")
    with open(f"{kind}.jsonl", "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps({k: row[k] for k in ORDER if k in row}, ensure_ascii=False) + "\n")
    print(f"{kind}.jsonl: {len(rows)} rows")


table = labels()
for kind in sys.argv[1:] or ["yes-no", "letter", "number"]:
    build(kind, table)
