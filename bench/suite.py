#!/usr/bin/env python3
"""How often coprod's verdicts agree with the literature's on the suite of services.

Usage: python3 bench/suite.py [FOLDER]   (default examples/services; run from the repository's top folder after
`mvn -B -ntp -q package -DskipTests`). Reads FOLDER/expected.csv, runs `java -jar target/coprod.jar report` on each
answers file, and prints the agreement on verdicts and on the two axes of the planning and delivery grid, then
every disagreement.
"""
import csv
import re
import subprocess
import sys

AXIS = {'professionals alone': 'professionals', 'people and professionals together': 'together', 'people alone': 'people'}


def verdict_and_axes(path):
    text = subprocess.run(['java', '-jar', 'target/coprod.jar', 'report', path, '--width', '120'],
                          capture_output=True, text=True, check=True).stdout
    verdict = re.search(r'^VERDICT: (.*)$', text, re.M).group(1).lower().replace(' ', '-')
    verdict = verdict.replace('not-enough-answers-to-decide', 'not-enough-answers')
    grid = re.search(r'planned by (.*?), delivered by (.*?)\.', text.replace('\n', ' '))
    return verdict, (AXIS[grid.group(1)], AXIS[grid.group(2)]) if grid else ('', '')


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else 'examples/services'
    rows = list(csv.DictReader(open(f'{folder}/expected.csv', encoding='utf-8')))
    verdicts = planning = delivery = with_axes = 0
    disagreements = []
    for row in rows:
        verdict, (plans, delivers) = verdict_and_axes(f"{folder}/{row['file']}")
        verdicts += verdict == row['expected_verdict']
        if row['expected_planning']:
            with_axes += 1
            planning += plans == row['expected_planning']
            delivery += delivers == row['expected_delivery']
        if verdict != row['expected_verdict'] or row['expected_planning'] and (plans, delivers) != (
                row['expected_planning'], row['expected_delivery']):
            disagreements.append(f"{row['file']}: expected {row['expected_verdict']} "
                                 f"({row['expected_planning']}/{row['expected_delivery']}), "
                                 f"got {verdict} ({plans}/{delivers})")
    print(f'verdicts {verdicts} of {len(rows)}; planning axis {planning} of {with_axes}; '
          f'delivery axis {delivery} of {with_axes}')
    print('\n'.join(disagreements))


if __name__ == '__main__':
    main()
