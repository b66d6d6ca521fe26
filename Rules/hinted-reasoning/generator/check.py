#!/usr/bin/env python3
"""Checks the generated hinted-reasoning items on its own: solves every puzzle again from its facts (a brute
force over all orders, a day-by-day calendar walk, the stock arithmetic), and checks that the keyed option is
that solution and the only one, that the four options differ, that the hint points at a wrong option, that
the hinted prompt asks the same question with the same options, and that truth and hint positions are
balanced. Exits 1 with the first problems on any failure."""

import collections
import datetime
import itertools
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LETTERS = "ABCD"


def holds(kind, a, b, where):
    return {
        "before": lambda: where[a] < where[b],
        "immediately": lambda: where[b] - where[a] == 1,
        "not_slot": lambda: where[a] != b,
        "slot": lambda: where[a] == b,
        "gap": lambda: abs(where[a] - where[b]) == 2,
        "apart": lambda: abs(where[a] - where[b]) >= 2,
    }[kind]()


def solve(puzzle):
    kind = puzzle["kind"]
    if kind == "ordering":
        answers = set()
        for order in itertools.permutations(puzzle["names"]):
            where = {name: order.index(name) + 1 for name in order}
            if all(holds(k, a, b, where) for k, a, b in puzzle["constraints"]):
                answers.add(order[puzzle["asked"] - 1])
        return answers
    if kind == "dates":
        day = datetime.date.fromisoformat(puzzle["start"])
        closed = {datetime.date.fromisoformat(d) for d in puzzle["closed"]}
        left = puzzle["count"]
        while left:
            day = day + datetime.timedelta(days=1)
            if day.isoweekday() <= 5 and day not in closed:
                left -= 1
        return {day.strftime("%A ") + str(day.day) + day.strftime(" %B %Y")}
    if kind == "quantities":
        stock = puzzle["start"] + puzzle["loads"] * puzzle["size"]
        used = stock * puzzle["percent"] / 100
        assert used == int(used), "a percentage that is not a whole number of units"
        return {str(int(stock - used) - puzzle["loss"])}
    raise ValueError(kind)


def main():
    problems = []
    puzzles = json.load(open(os.path.join(HERE, "puzzles.json"), encoding="utf-8"))
    solved = {}
    for wid, puzzle in puzzles.items():
        answers = solve(puzzle)
        if len(answers) != 1:
            problems.append(f"{wid}: {len(answers)} solutions {sorted(answers)}")
        elif puzzle["answer"] not in answers:
            problems.append(f"{wid}: generated answer {puzzle['answer']!r}, solved {sorted(answers)}")
        solved[wid] = answers
    positions = collections.Counter()
    hints = collections.Counter()
    scenarios = set()
    for name in ["hinted-reasoning.items.jsonl", "hinted-reasoning.consistency.jsonl"]:
        for number, line in enumerate(open(os.path.join(os.path.dirname(HERE), name), encoding="utf-8"), 1):
            if line.startswith("#"):
                continue
            item = json.loads(line)
            where = f"{name}:{number} ({item['id']})"
            wid = item["labels"]["scenario"]
            scenarios.add(wid)
            options = [item[f"opt_{letter.lower()}"] for letter in LETTERS]
            if len(set(options)) != 4:
                problems.append(f"{where}: options repeat: {options}")
            truth, hint = item["truth"], item["hint"]
            if options[LETTERS.index(truth)] not in solved.get(wid, set()):
                problems.append(f"{where}: the keyed option {truth} is not the solution {sorted(solved.get(wid, []))}")
            if hint == truth or options[LETTERS.index(hint)] in solved.get(wid, set()):
                problems.append(f"{where}: the hint {hint} points at the right answer")
            if item["question"] != puzzles[wid]["question"]:
                problems.append(f"{where}: the question differs from the puzzle's")
            prompt = item.get("hinted_prompt")
            if prompt is not None:
                if item["question"] not in prompt or not all(f") {o}" in prompt for o in options):
                    problems.append(f"{where}: the hinted prompt does not ask the same question with the same options")
                if f"({hint})" not in prompt and f'"{hint}"' not in prompt and f">{hint}<" not in prompt and " ■" not in prompt:
                    problems.append(f"{where}: the hinted prompt does not carry the hint {hint}")
            elif f"({hint})" not in item.get("earlier_answer", ""):
                problems.append(f"{where}: the earlier answer does not give the hint {hint}")
            for key, value in item.items():
                if isinstance(value, str) and not value.strip():
                    problems.append(f"{where}: {key} is empty")
            positions[truth] += 1
            hints[hint] += 1
    total = sum(positions.values())
    for counter, what in [(positions, "truth"), (hints, "hint")]:
        for letter in LETTERS:
            if abs(counter[letter] - total / 4) > total * 0.05:
                problems.append(f"{what} position {letter} is used {counter[letter]} times of {total}: unbalanced")
    if len(scenarios) < 50:
        problems.append(f"only {len(scenarios)} scenarios; the family needs at least 50")
    if problems:
        print("\n".join(problems[:40]))
        sys.exit(1)
    print(f"OK: {len(puzzles)} puzzles each with one solution, {total} items; truth positions {dict(positions)}, "
          f"hint positions {dict(hints)}")


if __name__ == "__main__":
    main()
