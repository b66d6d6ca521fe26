#!/usr/bin/env python3
"""Builds the extraction corpus (yes-no.jsonl, letter.jsonl) from the reply templates, the
questions in topics.py and the recorded SmolLM2-135M replies (smollm2-*.jsonl, labelled by hand).

Split, fixed before any tuning: a reply is held out when the first 8 hex digits of the SHA-256 of
its group, read as a number, modulo 100 are below 35. A template's instances share one group (the
template), so a held-out template is never seen while tuning; a recorded reply is its own group.

Run from this directory: python3 generate.py
"""
import hashlib
import json
import random

import letter_templates
import number_templates
import topics
import yes_no_templates


def held_out(group):
    return int(hashlib.sha256(group.encode()).hexdigest()[:8], 16) % 100 < 35


def capitalised(text):
    return text[:1].upper() + text[1:]


def yes_no_rows(rng):
    rows = []
    for number, (category, label, text) in enumerate(yes_no_templates.T):
        group = f"yn-t{number:03d}"
        for instance, topic in enumerate(rng.sample(topics.YES_NO, 4)):
            question, yes, no = topic
            reply = (text.replace("{Y}", yes).replace("{N}", no).replace("{Yc}", capitalised(yes))
                     .replace("{Nc}", capitalised(no)).replace("{q}", question.split("?")[0] + "?"))
            rows.append(dict(id=f"{group}-{instance}", group=group, question=question, reply=reply, label=label,
                             category=category, source="template"))
    for number, (language, label, reply) in enumerate(yes_no_templates.MULTILINGUAL):
        group = f"yn-m{number:03d}"
        question = rng.choice(topics.YES_NO)[0]
        rows.append(dict(id=group, group=group, question=question, reply=reply, label=label,
                         category=f"language-{language}", source="template"))
    return rows


def letter_rows(rng):
    rows = []
    def instantiate(group, category, label, text, count):
        for instance, (question, options) in enumerate(rng.sample(topics.LETTER, count)):
            letters = sorted(options)
            chosen = rng.choice(letters)
            other = rng.choice([letter for letter in letters if letter != chosen])
            reply = (text.replace("{TX}", options[chosen]).replace("{TY}", options[other]).replace("{X}", chosen)
                     .replace("{Y}", other).replace("{x}", chosen.lower()))
            rows.append(dict(id=f"{group}-{instance}", group=group, question=question, options=options,
                             reply=reply, label={"X": chosen, "Y": other}.get(label, label), category=category,
                             source="template"))
    for number, (category, label, text) in enumerate(letter_templates.T):
        instantiate(f"mc-t{number:03d}", category, label, text, 3)
    for number, (language, label, text) in enumerate(letter_templates.MULTILINGUAL):
        instantiate(f"mc-m{number:03d}", f"language-{language}", label, text, 2)
    return rows


ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def in_words(number):
    """English words for 0 <= number < 1,000,000 ("three hundred thirty-six")."""
    if number < 20:
        return ONES[number]
    if number < 100:
        return TENS[number // 10] + ("-" + ONES[number % 10] if number % 10 else "")
    if number < 1000:
        return ONES[number // 100] + " hundred" + (" " + in_words(number % 100) if number % 100 else "")
    return in_words(number // 1000) + " thousand" + (" " + in_words(number % 1000) if number % 1000 else "")


def number_rows(rng):
    rows = []
    def instantiate(group, category, label, text, count):
        for instance, (question, a, b, op, answer) in enumerate(rng.sample(topics.NUMBER, count)):
            other = answer + rng.choice([-10, -1, 1, 10, 20])
            words = in_words(answer)
            german = f"{answer:,}".replace(",", ".") + ",00"
            reply = (text.replace("{NC}", f"{answer:,}").replace("{NDE}", german).replace("{Wc}", capitalised(words))
                     .replace("{W}", words).replace("{N}", str(answer)).replace("{M}", str(other))
                     .replace("{A}", str(a)).replace("{B}", str(b)).replace("{op}", op))
            value = {"N": str(answer), "M": str(other)}.get(label, label)
            rows.append(dict(id=f"{group}-{instance}", group=group, question=question, reply=reply, label=value,
                             category=category, source="template"))
    for number, (category, label, text) in enumerate(number_templates.T):
        instantiate(f"nu-t{number:03d}", category, label, text, 3)
    for number, (language, label, text) in enumerate(number_templates.MULTILINGUAL):
        instantiate(f"nu-m{number:03d}", f"language-{language}", label, text, 2)
    for number, (category, label, reply) in enumerate(number_templates.FIXED):
        group = f"nu-f{number:03d}"
        rows.append(dict(id=group, group=group, question="", reply=reply, label=label, category=category,
                         source="template"))
    return rows


def recorded(path):
    rows = []
    try:
        with open(path) as source:
            for line in source:
                if line.strip():
                    row = json.loads(line)
                    row["group"] = row["id"]
                    rows.append(row)
    except FileNotFoundError:
        pass
    return rows


def main():
    rng = random.Random(13)
    for name, rows in (("yes-no.jsonl", yes_no_rows(rng) + recorded("smollm2-yes-no.jsonl")),
                       ("letter.jsonl", letter_rows(rng) + recorded("smollm2-letter.jsonl")),
                       ("number.jsonl", number_rows(random.Random(1313)) + recorded("smollm2-number.jsonl"))):
        with open(name, "w") as out:
            for row in rows:
                row["split"] = "held-out" if held_out(row["group"]) else "tune"
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        held = sum(row["split"] == "held-out" for row in rows)
        print(f"{name}: {len(rows)} replies, {held} held out")


if __name__ == "__main__":
    main()
