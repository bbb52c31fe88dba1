#!/usr/bin/env python3
"""Writes a realistic large survey export for the benchmark: one row per respondent, a Service and a Role column,
then one column per question of the built-in questionnaire (headed by its id), answered with one of its answer set's
values (1 to 5 on a five-point set, 1 to 3 on a three-point one...), with a few blanks and "N/A". Each service has its own level, and staff answer a little higher than people who use the service.

Usage: generate_export.py ROWS SERVICES OUTPUT [SEED]"""
import csv
import random
import re
import sys


def questions(path):
    """Each question's id and its answer set's values, read from the questionnaire's plain layout without a YAML
    library: answer sets (`  name:` then `value: N` lines), then questions (`  - id:` then `answerSet: name`)."""
    values, questions, section, current = {}, [], None, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            top = re.match(r"^([A-Za-z]\w*):", line)
            if top:
                section = top.group(1)
                continue
            if section == "answerSets":
                name = re.match(r"^  ([\w-]+):\s*$", line)
                value = re.match(r"^\s+value: (-?\d+)", line)
                if name:
                    current = name.group(1)
                    values[current] = []
                elif value and current:
                    values[current].append(int(value.group(1)))
            elif section == "questions":
                qid = re.match(r"^  - id: (\S+)", line)
                answer_set = re.match(r"^    answerSet: (\S+)", line)
                if qid:
                    questions.append([qid.group(1), None])
                elif answer_set:
                    questions[-1][1] = answer_set.group(1)
    return [(qid, sorted(values[answer_set])) for qid, answer_set in questions]


def answer(rng, level, scale):
    """A value of the scale near the respondent's level, where level runs 1 to 5 whatever the scale's length."""
    position = (rng.gauss(level, 0.9) - 1) / 4 * (len(scale) - 1)
    return scale[min(len(scale) - 1, max(0, round(position)))]


def main():
    rows, services, output = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 42)
    asked = questions(__file__.rsplit("/", 2)[0] + "/questionnaires/six-principles.yaml")
    ids = [qid for qid, _ in asked]
    levels = [rng.uniform(1.8, 4.4) for _ in range(services)]
    roles = ["Staff member", "Person who uses the service", "Family member or carer"]
    with open(output, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["Service", "Role"] + ids)
        for _ in range(rows):
            s = rng.randrange(services)
            role = rng.choices(roles, weights=[4, 5, 1])[0]
            level = levels[s] + (0.4 if role == roles[0] else 0.0)
            row = ["Service %03d" % (s + 1), role]
            for _, scale in asked:
                r = rng.random()
                if r < 0.02:
                    row.append("")
                elif r < 0.03:
                    row.append("N/A")
                else:
                    row.append(str(answer(rng, level, scale)))
            out.writerow(row)


if __name__ == "__main__":
    main()
