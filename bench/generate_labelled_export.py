#!/usr/bin/env python3
"""Writes a survey export as Google Forms gives it, for the label-valued benchmark: a Timestamp, the service and
"Which best describes you?" columns, one column per question of the built-in questionnaire headed by the question's
full text, answered with its options' labels ("Sometimes", "Neither agree nor disagree"), "Not applicable", "Don't
know" and blanks, and a free-text comment (about one row in six) with commas, quotes and line breaks. Each service
has its own level, and staff answer a little higher than people who use the service.

Usage: generate_labelled_export.py ROWS SERVICES OUTPUT [SEED]"""
import csv
import random
import sys

import labels

PLACES = ["Riverside", "Northgate", "Eastfield", "Hillcrest", "Kingsmead", "Westbrook", "Ashford", "Millbank"]
KINDS = ["Recovery College", "Homes tenants' panel", "Family Hub", "Library", "Day Centre", "Food Bank",
         "Community Mental Health Team", "Carers' Group"]
ROLES = ["Staff member", "Person who uses the service", "Family member or carer"]
COMMENTS = [
    "Staff listen, but nothing changes afterwards.",
    'We were told "it\'s policy", so we stopped asking.',
    "The new rota works well, thanks to the volunteers, the cooks and the drivers.",
    "I run the Tuesday group now.\nIt started as a one-off; now there are twelve of us.",
    'Please bring back the "open evenings" – they were the only time we met the managers, face to face.',
    "Not sure what \"co-production\" means here.\r\nCould someone explain, in plain words?",
    "Brilliant café, but the forms are too long, too many, too often.",
    "Meetings are at 2 pm, when most of us are at work; evenings, please.\n\nThank you.",
]


def service_names(count):
    return ["%s %s %d" % (PLACES[i % len(PLACES)], KINDS[i // len(PLACES) % len(KINDS)], i + 1) for i in range(count)]


def answer(rng, question, level):
    """A label: level is where on the scale (0 to 1) this respondent's service sits."""
    r = rng.random()
    if r < 0.02:
        return ""
    if r < 0.03 and question.not_applicable:
        return question.not_applicable
    if r < 0.04 and question.dont_know:
        return question.dont_know
    options = list(question.scores)
    position = round(rng.gauss(level * (len(options) - 1), 0.9))
    return options[min(len(options) - 1, max(0, position))]


def timestamp(rng):
    hour = rng.randrange(24)
    return "2026/%02d/%02d %d:%02d:%02d %s GMT+1" % (rng.randint(9, 10), rng.randint(1, 30), hour % 12 or 12,
                                                     rng.randrange(60), rng.randrange(60), "am" if hour < 12 else "pm")


def main():
    rows, services, output = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 42)
    questions = labels.questions()
    names = service_names(services)
    levels = [rng.uniform(0.2, 0.85) for _ in range(services)]
    with open(output, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["Timestamp", labels.SERVICE_HEADING, "Which best describes you?"]
                     + [q.text for q in questions] + ["Is there anything else you would like to tell us?"])
        for _ in range(rows):
            s = rng.randrange(services)
            role = rng.choices(ROLES, weights=[4, 5, 1])[0]
            level = levels[s] + (0.1 if role == ROLES[0] else 0.0)
            comment = rng.choice(COMMENTS) if rng.random() < 0.16 else ""
            out.writerow([timestamp(rng), names[s], role] + [answer(rng, q, level) for q in questions] + [comment])


if __name__ == "__main__":
    main()
