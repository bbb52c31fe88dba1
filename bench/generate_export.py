#!/usr/bin/env python3
"""Writes a realistic large survey export for the benchmark: one row per respondent, a Service and a Role column,
then one column per question of the built-in questionnaire (headed by its id), answered 1 to 5, with a few blanks
and "N/A". Each service has its own level, and staff answer a little higher than people who use the service.

Usage: generate_export.py ROWS SERVICES OUTPUT [SEED]"""
import csv
import random
import re
import sys


def question_ids(path):
    ids, in_questions = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("questions:"):
                in_questions = True
            elif in_questions and re.match(r"^[a-z]", line):
                break
            elif in_questions:
                m = re.match(r"^  - id: (\S+)", line)
                if m:
                    ids.append(m.group(1))
    return ids


def main():
    rows, services, output = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 42)
    ids = question_ids(__file__.rsplit("/", 2)[0] + "/questionnaires/six-principles.yaml")
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
            for _ in ids:
                r = rng.random()
                if r < 0.02:
                    row.append("")
                elif r < 0.03:
                    row.append("N/A")
                else:
                    row.append(str(min(5, max(1, round(rng.gauss(level, 0.9))))))
            out.writerow(row)


if __name__ == "__main__":
    main()
