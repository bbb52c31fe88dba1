#!/usr/bin/env python3
"""The benchmark's plain-Python peer: per-service means of every answer column of a survey export, with the csv
module, skipping blanks and non-numbers ("N/A"). It computes less than 'coprod score' (no reverse keying, sections,
spreads, intervals, alpha, roles or verdicts): it is the floor of what any scorer must do.

Usage: python_means.py EXPORT.csv"""
import csv
import sys


def main():
    sums, counts = {}, {}
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        header = next(rows)
        answers = range(2, len(header))
        for row in rows:
            service = row[0]
            s = sums.get(service)
            if s is None:
                s = sums[service] = [0.0] * len(header)
                counts[service] = [0] * len(header)
            c = counts[service]
            for i in answers:
                try:
                    s[i] += float(row[i])
                    c[i] += 1
                except ValueError:
                    pass
    out = csv.writer(sys.stdout)
    out.writerow(["Service"] + header[2:])
    for service in sorted(sums):
        out.writerow([service] + ["%.4f" % (sums[service][i] / counts[service][i]) if counts[service][i] else ""
                                  for i in answers])


if __name__ == "__main__":
    main()
