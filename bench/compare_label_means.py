#!/usr/bin/env python3
"""Checks that the label-valued benchmark's peers compute what coprod computes. The peers' per-service question means
(NAME.csv files from the peers) must agree with each other to the last of their 4 decimals, and with every
per-service question mean that coprod's report shows: a dimension made of one question (JSON, 2 decimals), an
action addressing one question (JSON, 2 decimals) and each question's "(mean score ...)" in the kinds of joint work
(Markdown, 1 decimal). coprod must also have read every row and found every question, with no problem.

Usage: compare_label_means.py ROWS COPROD.json COPROD.md PEER.csv..."""
import csv
import json
import re
import sys

import labels


def peer_means(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        ids = next(rows)[1:]
        return {row[0]: {q: float(v) for q, v in zip(ids, row[1:]) if v} for row in rows}


def coprod_means(report, markdown, questions):
    """(service, question id, mean, decimals) for every per-service question mean coprod's report shows."""
    single = {d: [q.id for q in questions if d in q.dimensions] for q in questions for d in q.dimensions}
    by_text = {q.text: q.id for q in questions}
    for service in report["services"]:
        for d in service["dimensions"]:
            if len(single.get(d["id"], [])) == 1 and d["mean"] is not None:
                yield service["name"], single[d["id"]][0], d["mean"], 2
        for action in service["actionPlan"]:
            if len(action["addresses"]) == 1 and action["addressedScore"] is not None:
                yield service["name"], action["addresses"][0], action["addressedScore"], 2
    services = markdown.split("\n## All services together", 1)[0]
    for section in re.split(r"^## Service: ", services, flags=re.M)[1:]:
        name, body = section.split("\n", 1)
        for text, mean in re.findall(r"“([^”]*)” \(mean score ([0-9.]+)\)", body):
            yield name, by_text[text], float(mean), 1


def main():
    rows, report_path, markdown_path, peer_paths = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
    questions = labels.questions()
    report = json.load(open(report_path, encoding="utf-8"))
    failures = []
    read = report["files"][0]
    if (read["rowsRead"], read["rowsUsed"], read["questionsFound"], report["problems"]["count"]) != (rows, rows, len(questions), 0):
        failures.append("coprod read %s" % read)
    peers = {path: peer_means(path) for path in peer_paths}
    first, reference = next(iter(peers.items()))
    for path, means in peers.items():
        for service in reference.keys() | means.keys():
            for q in questions:
                a, b = reference.get(service, {}).get(q.id), means.get(service, {}).get(q.id)
                if a is None or b is None or abs(a - b) > 0.00011:
                    failures.append("%s: %s, %s: %s gives %s, %s gives %s" % (path, service, q.id, first, a, path, b))
    checked = 0
    for service, question, mean, decimals in coprod_means(report, open(markdown_path, encoding="utf-8").read(), questions):
        peer = reference.get(service, {}).get(question)
        checked += 1
        if peer is None or abs(peer - mean) > 0.5 * 10 ** -decimals + 0.0001:
            failures.append("%s, %s: coprod shows %s, %s gives %s" % (service, question, mean, first, peer))
    print("check: %d peers agree on %d services x %d questions; %d per-service question means shown by coprod checked"
          % (len(peers), len(reference), len(questions), checked))
    for failure in failures:
        print("check: DIFFERENT: " + failure)
    sys.exit(1 if failures or not checked else 0)


if __name__ == "__main__":
    main()
