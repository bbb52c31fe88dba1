#!/usr/bin/env python3
"""Writes the same survey twice, as a Google Forms export of a form built in Welsh and of one built in English: the
same respondents giving the same answers, once with the Welsh questionnaire's question texts and answer labels
(questionnaires/cy/six-principles.yaml) and once with the English ones (questionnaires/six-principles.yaml). A mixed
team's two forms must score to the same figures; WelshExportTest checks that they do. Needs PyYAML. Run from the
repository's top folder:

    python3 examples/exports/make_welsh_export.py

Google Forms heads a column with the question's text and writes each answer as its label; the timestamp column is
"Stamp amser" in a Welsh form's sheet. The answers are drawn at random, with a fixed seed, around a level for each
service and role, with a few blanks, "not applicable" and "don't know" answers, so that the file reads like a real
round of a survey rather than a pattern."""
import csv
import os
import random

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))

SERVICES = {
    "cy": ["Canolfan Deulu Llanrwst", "Panel Tenantiaid Cartrefi Wrecsam"],
    "en": ["Canolfan Deulu Llanrwst", "Panel Tenantiaid Cartrefi Wrecsam"],   # a service's name is its name
}
ROLES = {
    "cy": ["Aelod o staff", "Person sy'n defnyddio'r gwasanaeth"],
    "en": ["Staff member", "Person who uses the service"],
}
HEADINGS = {
    "cy": ["Stamp amser", "Pa wasanaeth ydych chi'n ei ateb amdano?", "Pa un sy'n eich disgrifio orau?"],
    "en": ["Timestamp", "Which service are you answering about?", "Which best describes you?"],
}
FILES = {"cy": "google-forms-cymraeg.csv", "en": "google-forms-cymraeg-english.csv"}
# each service's level on a 0 to 1 scale, and how much higher staff answer
LEVELS = [0.72, 0.38]
STAFF_LIFT = 0.08
RESPONDENTS_PER_SERVICE = 12


def questionnaire(path):
    with open(os.path.join(TOP, path), encoding="utf-8") as f:
        return yaml.safe_load(f)


def answers(rng, questions):
    """One respondent's answers as choices: an option's position, "na", "dk" or None (blank)."""
    service = rng.randrange(len(LEVELS))
    role = 0 if rng.random() < 0.4 else 1
    level = LEVELS[service] + (STAFF_LIFT if role == 0 else 0)
    chosen = []
    for q, options, has_na, has_dk in questions:
        r = rng.random()
        if r < 0.02:
            chosen.append(None)
        elif r < 0.04 and has_na:
            chosen.append("na")
        elif r < 0.07 and has_dk:
            chosen.append("dk")
        else:
            position = round(min(1, max(0, rng.gauss(level, 0.2))) * (options - 1))
            chosen.append(position)
    return service, role, chosen


def label(answer_set, choice):
    if choice is None:
        return ""
    if choice == "na":
        return answer_set["notApplicable"]["label"]
    if choice == "dk":
        return answer_set["dontKnow"]["label"]
    return sorted(answer_set["options"], key=lambda o: o["value"])[choice]["label"]


def main():
    forms = {"cy": questionnaire("questionnaires/cy/six-principles.yaml"),
             "en": questionnaire("questionnaires/six-principles.yaml")}
    english = forms["en"]
    shape = [(q, len(english["answerSets"][q["answerSet"]]["options"]),
              "notApplicable" in english["answerSets"][q["answerSet"]],
              "dontKnow" in english["answerSets"][q["answerSet"]]) for q in english["questions"]]
    rng = random.Random(2026)
    respondents = [answers(rng, shape) for _ in range(RESPONDENTS_PER_SERVICE * len(LEVELS))]
    for language, form in forms.items():
        questions = form["questions"]
        assert [q["id"] for q in questions] == [q["id"] for q, *_ in shape], "the two files must ask the same"
        with open(os.path.join(HERE, FILES[language]), "w", newline="", encoding="utf-8") as f:
            out = csv.writer(f, lineterminator="\r\n")
            out.writerow(HEADINGS[language] + [" ".join(q["text"].split()) for q in questions])
            for n, (service, role, chosen) in enumerate(respondents):
                stamp = "%02d/10/2026 %02d:%02d:%02d" % (1 + n % 28, 9 + n % 8, (7 * n) % 60, (13 * n) % 60)
                cells = [label(form["answerSets"][q["answerSet"]], c) for q, c in zip(questions, chosen)]
                out.writerow([stamp, SERVICES[language][service], ROLES[language][role]] + cells)


if __name__ == "__main__":
    main()
