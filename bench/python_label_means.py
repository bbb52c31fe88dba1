#!/usr/bin/env python3
"""The label-valued benchmark's plain-Python peer: per-service means of every question of a label-valued export
(headed by the questions' full texts, answered with option labels), with the csv module. Each label becomes the
score coprod gives it (0 to 100); "Not applicable", "Don't know", blanks and anything else are left out. Like
python_means.py, it is the floor of what any scorer must do.

Usage: python_label_means.py EXPORT.csv"""
import csv
import sys

import labels


def main():
    questions = labels.questions()
    sums, counts = {}, {}
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        header = next(rows)
        service_column = header.index(labels.SERVICE_HEADING)
        by_text = {q.text: q for q in questions}
        columns = [(i, by_text[h].scores) for i, h in enumerate(header) if h in by_text]
        for row in rows:
            service = row[service_column]
            s = sums.get(service)
            if s is None:
                s = sums[service] = [0.0] * len(columns)
                counts[service] = [0] * len(columns)
            c = counts[service]
            for k, (i, scores) in enumerate(columns):
                score = scores.get(row[i])
                if score is not None:
                    s[k] += score
                    c[k] += 1
    ids = {q.text: q.id for q in questions}
    labels.write_means(sys.stdout, [ids[header[i]] for i, _ in columns],
                       {service: [t / n if n else None for t, n in zip(sums[service], counts[service])]
                        for service in sums})


if __name__ == "__main__":
    main()
