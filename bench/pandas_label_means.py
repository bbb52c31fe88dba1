#!/usr/bin/env python3
"""The label-valued benchmark's pandas peer: the same per-service question means as python_label_means.py, written
as a pandas user would: read the service and question columns, map each column's labels to scores ("Not
applicable", "Don't know" and blanks become NaN), group by service and take the means.

Usage: pandas_label_means.py EXPORT.csv   (needs pandas: Debian's python3-pandas)"""
import sys

import pandas as pd

import labels


def main():
    questions = labels.questions()
    texts = [q.text for q in questions]
    frame = pd.read_csv(sys.argv[1], usecols=[labels.SERVICE_HEADING] + texts, dtype=str)
    for q in questions:
        frame[q.text] = frame[q.text].map(q.scores)
    means = frame.groupby(labels.SERVICE_HEADING)[texts].mean()
    labels.write_means(sys.stdout, [q.id for q in questions],
                       {service: list(row) for service, row in zip(means.index, means.itertuples(index=False))})


if __name__ == "__main__":
    main()
