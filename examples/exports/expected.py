#!/usr/bin/env python3
"""The figures each sample export in this folder should give, worked out without coprod: an independent check.

Each sample is read the way its tool documents its export (how many header rows, which delimiter and encoding, how
answers are coded, what "not applicable" and "don't know" are written as), and scored by the rules coprod publishes
(README "How the scores are computed", docs/verdict-model.md, and the method section every report ends with), not by
its code. The result, one line per sample and service, is written to expected-figures.csv; SampleExportsTest scores
every sample with coprod and compares. Standard library only. Run from anywhere:

    python3 examples/exports/expected.py            # writes expected-figures.csv
    python3 examples/exports/expected.py --check    # exit 1 if expected-figures.csv is not what this script gives

The questionnaire is version 1.0 of six-principles, which the samples were answered to; its facts (each question's
section, scale, keying and measures, the minimum share answered, the verdict rules) are read from
questionnaires/older/six-principles-1.0.yaml by the small reader below."""
import csv
import io
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
QUESTIONNAIRE = os.path.join(HERE, "..", "..", "questionnaires", "older", "six-principles-1.0.yaml")
OUTPUT = os.path.join(HERE, "expected-figures.csv")

# --- The questionnaire -------------------------------------------------------------------------------------------


def read_questionnaire():
    """Questions (id, section, answerSet, reverse, dimensions), principle sections, minimumAnswered and verdict rules,
    from the questionnaire's YAML, whose layout is regular enough for a line reader."""
    questions, principles, rules, top = [], [], [], None
    minimum, section, rule = None, None, None
    with open(QUESTIONNAIRE, encoding="utf-8") as f:
        for line in f:
            if line[:1].isalpha():
                top = line.split(":")[0]
            text = line.strip()
            if top == "sections":
                if line.startswith("  - id: "):
                    section = text[6:]
                elif text == "kind: principle":
                    principles.append(section)
            elif top == "questions":
                if line.startswith("  - id: "):
                    questions.append({"id": text[6:], "reverse": False, "dimensions": []})
                elif line.startswith("    ") and not line.startswith("     ") and ":" in text:
                    key, value = (part.strip() for part in text.split(":", 1))
                    if key == "reverse":
                        questions[-1]["reverse"] = value == "true"
                    elif key == "dimensions":
                        questions[-1]["dimensions"] = [d.strip() for d in value.strip("[]").split(",")]
                    elif key in ("section", "answerSet"):
                        questions[-1][key] = value
            elif top == "scoring" and text.startswith("minimumAnswered:"):
                minimum = float(text.split(":")[1])
            elif top == "verdict":
                if line.startswith("    - id: "):
                    rule = {"id": text[6:], "tests": []}
                    rules.append(rule)
                elif line.startswith("  fallback:") or line.startswith("  insufficientData:"):
                    rule = {"id": None, "tests": None, "kind": text.rstrip(":")}
                    rules.append(rule)
                elif rule is not None and rule["tests"] is None and text.startswith("id: "):
                    rule["id"] = text[4:]
                elif text.startswith("- {score:"):
                    m = re.match(r'- \{score: "?([^",]+)"?, (atLeast|below): ([0-9.]+)\}', text)
                    rule["tests"].append((m.group(1), m.group(2), float(m.group(3))))
    return questions, principles, minimum, rules


QUESTIONS, PRINCIPLES, MINIMUM, RULES = read_questionnaire()
SECTIONS = list(dict.fromkeys(q["section"] for q in QUESTIONS))
DIMENSIONS = list(dict.fromkeys(d for q in QUESTIONS for d in q["dimensions"]))

# --- Answers ----------------------------------------------------------------------------------------------------

NA, DK = "not applicable", "don't know"
# The five-point scales of version 1.0, valued 1 to 5 (answerSets in the questionnaire).
LABELS = {
    "frequency": ["Never", "Rarely", "Sometimes", "Often", "Always"],
    "agreement": ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"],
}


def by_label(text, answer_set):
    """An answer written as its label, as Google Forms, Microsoft Forms, SurveyMonkey, Qualtrics ("choice text") and
    LimeSurvey (full text) write it; Microsoft Forms writes Don't know with a curly apostrophe."""
    text = text.strip()
    if text == "":
        return None
    if text in ("Not applicable", "N/A"):
        return NA
    if text.replace("\u2019", "'") == "Don't know":
        return DK
    return LABELS[answer_set].index(text) + 1


def by_place(code, na_code, dk_code):
    """An answer written as its choice's place: Qualtrics' numeric values ('3'), LimeSurvey's default answer codes
    ('A3' up to version 3, 'AO03' from version 5). The codes after the five of the scale are given per file."""
    if code == "":
        return None
    if code == na_code:
        return NA
    if code == dk_code:
        return DK
    return int(re.sub(r"^A?O?0*", "", code))


def limesurvey_old(code, answer_set):
    """limesurvey.csv: codes A1 to A5, 'N/A' for not applicable, and "don't know" given as 'No answer' (blank)."""
    return NA if code == "N/A" else by_place(code, None, None)


KOBO = {"never": 1, "rarely": 2, "sometimes": 3, "often": 4, "always": 5, "strongly_disagree": 1, "disagree": 2,
        "neither_agree_nor_disagree": 3, "agree": 4, "strongly_agree": 5}


def kobo(name, answer_set):
    """Kobo's XML values: the choices' names from the form's choices sheet."""
    if name == "":
        return None
    return {"not_applicable": NA, "dont_know": DK}.get(name) or KOBO[name]


# --- Reading the files --------------------------------------------------------------------------------------------


def csv_rows(name, encoding="utf-8", delimiter=","):
    with open(os.path.join(HERE, name), encoding=encoding, newline="") as f:
        return list(csv.reader(f, delimiter=delimiter))


def xlsx_rows(name):
    """The first sheet of a workbook as rows of text: shared strings, inline strings, and numbers as written."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    with zipfile.ZipFile(os.path.join(HERE, name)) as book:
        first = ET.fromstring(book.read("xl/workbook.xml")).find("m:sheets/m:sheet", ns).get(rel)
        rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
        target = next(r.get("Target") for r in rels if r.get("Id") == first).lstrip("/")
        sheet = ET.fromstring(book.read(target if target.startswith("xl/") else "xl/" + target))
        strings = []
        if "xl/sharedStrings.xml" in book.namelist():
            for item in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("m:si", ns):
                strings.append("".join(t.text or "" for t in item.iter("{%s}t" % ns["m"])))
    rows = []
    for row in sheet.iter("{%s}row" % ns["m"]):
        cells = {}
        for c in row.findall("m:c", ns):
            column = 0
            for letter in re.match(r"[A-Z]+", c.get("r")).group(0):
                column = column * 26 + ord(letter) - 64
            kind, value = c.get("t"), c.find("m:v", ns)
            if kind == "s":
                cells[column - 1] = strings[int(value.text)]
            elif kind == "inlineStr":
                cells[column - 1] = "".join(t.text or "" for t in c.iter("{%s}t" % ns["m"]))
            elif value is not None:
                cells[column - 1] = value.text
        rows.append([cells.get(i, "") for i in range(max(cells) + 1 if cells else 0)])
    return rows


class Sample:
    """A sample file: its rows, how many header rows, the service and role columns (answers follow the role column,
    one per question in the questionnaire's order), and how its answers, services and roles are written."""

    def __init__(self, name, rows, header_rows, service_column, answer, names=None):
        self.name, self.rows, self.header_rows = name, rows, header_rows
        self.service_column, self.answer, self.names = service_column, answer, names or {}

    def respondents(self):
        for row in self.rows[self.header_rows:]:
            if not any(cell.strip() for cell in row):
                continue
            s = self.service_column
            service, role = (self.names.get(row[s], row[s]), row[s + 1])
            answers = [self.answer(cell, q["answerSet"]) for cell, q in zip(row[s + 2:s + 2 + 36], QUESTIONS)]
            yield service, role, answers


SERVICES = ["Riverside Recovery College", "Northgate Homes tenants' panel", "Eastfield Family Hub"]


def named(code_format):
    """Services exported as codes, with the names the sample's mapping file gives them (codes in the order of
    SERVICES)."""
    return {code_format % (i + 1): s for i, s in enumerate(SERVICES)}


def samples():
    yield Sample("google-forms.csv", csv_rows("google-forms.csv"), 1, 1, by_label)
    yield Sample("google-forms-grid.csv", csv_rows("google-forms-grid.csv"), 1, 1, by_label)
    yield Sample("microsoft-forms.csv", csv_rows("microsoft-forms.csv", "utf-8-sig", ";"), 1, 5, by_label)
    yield Sample("microsoft-forms-unicode.txt", csv_rows("microsoft-forms-unicode.txt", "utf-16", "\t"), 1, 5,
                 by_label)
    yield Sample("microsoft-forms.xlsx", xlsx_rows("microsoft-forms.xlsx"), 1, 5, by_label)
    yield Sample("surveymonkey.csv", csv_rows("surveymonkey.csv"), 2, 9, by_label)
    yield Sample("surveymonkey-matrix.csv", csv_rows("surveymonkey-matrix.csv"), 2, 9, by_label)
    yield Sample("surveymonkey-matrix.xlsx", xlsx_rows("surveymonkey-matrix.xlsx"), 2, 9, by_label)
    yield Sample("qualtrics.csv", csv_rows("qualtrics.csv", "utf-8-sig"), 3, 17, by_label)
    yield Sample("qualtrics-matrix.csv", csv_rows("qualtrics-matrix.csv", "utf-8-sig"), 3, 10, by_label)
    yield Sample("qualtrics-matrix.xlsx", xlsx_rows("qualtrics-matrix.xlsx"), 3, 10, by_label)
    yield Sample("qualtrics-numeric.csv", csv_rows("qualtrics-numeric.csv", "utf-8-sig"), 3, 10,
                 lambda code, s: by_place(code, "6", "7"), named("%d"))
    yield Sample("limesurvey.csv", csv_rows("limesurvey.csv", "utf-8-sig"), 1, 5, limesurvey_old)
    yield Sample("limesurvey-array-text.csv", csv_rows("limesurvey-array-text.csv", "utf-8-sig"), 1, 5, by_label)
    yield Sample("limesurvey-array-codes.csv", csv_rows("limesurvey-array-codes.csv", "utf-8-sig"), 1, 5,
                 lambda code, s: by_place(code, "A6", "A7"), named("A%d"))
    yield Sample("limesurvey-6-codes.csv", csv_rows("limesurvey-6-codes.csv", "utf-8-sig"), 1, 5,
                 lambda code, s: by_place(code, "AO06", "AO07"), named("AO%02d"))
    kobo_names = {s.lower().replace("'", "").replace(" ", "_"): s for s in SERVICES}
    yield Sample("kobo.csv", csv_rows("kobo.csv", "utf-8", ";"), 1, 2, kobo, kobo_names)


# --- Scoring, by the published rules -------------------------------------------------------------------------------


def item_score(value, question):
    """0 to 100 along the five-point scale (1 is 0, 5 is 100); a reverse-keyed question's scale is turned round."""
    score = (value - 1) / 4 * 100
    return 100 - score if question["reverse"] else score


def combined(answers, members):
    """The average of the answered questions among members, given only when at least MINIMUM of those that apply
    (all but "not applicable") were answered; "don't know" and blanks count as not answered."""
    applying = [i for i in members if answers[i] != NA]
    scored = [item_score(answers[i], QUESTIONS[i]) for i in applying if isinstance(answers[i], int)]
    if not applying or len(scored) < MINIMUM * len(applying):
        return None
    return sum(scored) / len(scored)


def mean(values):
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def verdict(figures):
    """The first rule whose tests all hold; 'not enough answers' when a figure a rule needs is missing."""
    for rule in RULES:
        if rule["tests"] is None:
            continue
        results = []
        for score, test, line in rule["tests"]:
            if score == "every-principle":
                values = [figures[p] for p in PRINCIPLES]
            else:
                values = [figures[score.split(":")[1]]]
            if any(v is None for v in values):
                return next(r["id"] for r in RULES if r.get("kind") == "insufficientData")
            results.append(all(v >= line if test == "atLeast" else v < line for v in values))
        if all(results):
            return rule["id"]
    return next(r["id"] for r in RULES if r.get("kind") == "fallback")


def figures_of(sample):
    """Per service, in order of first appearance: respondents, each section's and measure's mean, and the verdict."""
    by_service = {}
    for service, role, answers in sample.respondents():
        by_service.setdefault(service, []).append(answers)
    for service, people in by_service.items():
        figures = {}
        for section in SECTIONS:
            members = [i for i, q in enumerate(QUESTIONS) if q["section"] == section]
            figures[section] = mean(combined(a, members) for a in people)
        for dimension in DIMENSIONS:
            members = [i for i, q in enumerate(QUESTIONS) if dimension in q["dimensions"]]
            figures[dimension] = mean(combined(a, members) for a in people)
        yield service, len(people), figures, verdict(figures)


def table():
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["file", "service", "respondents"] + SECTIONS + DIMENSIONS + ["verdict"])
    for sample in samples():
        for service, n, figures, decided in figures_of(sample):
            shown = ["" if figures[k] is None else "%.2f" % figures[k] for k in SECTIONS + DIMENSIONS]
            writer.writerow([sample.name, service, n] + shown + [decided])
    return out.getvalue()


def main():
    text = table()
    if sys.argv[1:] == ["--check"]:
        with open(OUTPUT, encoding="utf-8") as f:
            if f.read() != text:
                print("expected-figures.csv is not what expected.py gives: run python3 examples/exports/expected.py")
                return 1
        return 0
    with open(OUTPUT, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
