#!/usr/bin/env python3
"""Writes the grid, coded and workbook samples of examples/exports/ from google-forms.csv, which holds the 30
respondents every sample shares, so that they can be rebuilt. Standard library only. Run from the repository's top
folder:

    python3 examples/exports/make_samples.py

Each layout follows the tool's own export (README.md in this folder says what each is based on). The questionnaire is
version 1.0 of six-principles (questionnaires/older/six-principles-1.0.yaml), the one the samples were answered to.
A grid is made of each run of questions of one section that share an answer scale, as a form's author would build it:
its title names the section and the scale, its rows are the questions' texts. The workbooks are written by
bench/xlsx_from_csv.py."""
import csv
import io
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
QUESTIONNAIRE = os.path.join(TOP, "questionnaires", "older", "six-principles-1.0.yaml")

SERVICES = ["Riverside Recovery College", "Northgate Homes tenants' panel", "Eastfield Family Hub"]
ROLES = ["Staff member", "Person who uses the service", "Family member or carer"]
SCALES = {
    "frequency": ["Never", "Rarely", "Sometimes", "Often", "Always", "Not applicable", "Don't know"],
    "agreement": ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree",
                  "Not applicable", "Don't know"],
}
# How the Google Forms sample writes "not applicable" and "don't know", and the place of each among the choices
# (6 and 7, after the five of the scale).
CHOICE = {"Not applicable": 6, "N/A": 6, "Don't know": 7}
GRID_TITLE = {"frequency": "{}: how often has each of these happened?",
              "agreement": "{}: how far do you agree with each of these?"}
SERVICE_QUESTION = "Which service are you answering about?"
ROLE_QUESTION = "Which best describes you?"


def questions():
    """id, section, text and answer set of each question, read from the questionnaire's plain YAML."""
    found, section_names, current, key, in_questions = [], {}, None, None, False
    section = None
    with open(QUESTIONNAIRE, encoding="utf-8") as f:
        for line in f:
            stripped = line.strip()
            if line[:1].isalpha():
                in_questions = line.startswith("questions:")
            if not in_questions:
                if line.startswith("  - id: "):
                    section = stripped[6:]
                elif line.startswith("    name: ") and section:
                    section_names[section] = stripped[6:]
                continue
            if line.startswith("  - id: "):
                current = {"id": stripped[6:], "text": ""}
                found.append(current)
                key = None
            elif current is not None and line.startswith("    ") and not line.startswith("     "):
                name, _, value = stripped.partition(":")
                key = name
                current[name] = value.strip()
            elif current is not None and key == "text" and line.startswith("      "):
                current["text"] = (current["text"].replace(">-", "") + " " + stripped).strip()
    for q in found:
        q["section name"] = section_names[q["section"]]
    return found


def grids(qs):
    """Runs of questions of one section with one answer set, each with its number among the form's questions."""
    runs = []
    for q in qs:
        if runs and runs[-1][0]["section"] == q["section"] and runs[-1][0]["answerSet"] == q["answerSet"]:
            runs[-1].append(q)
        else:
            runs.append([q])
    return runs


def title(grid):
    return GRID_TITLE[grid[0]["answerSet"]].format(grid[0]["section name"])


def respondents():
    """The 30 respondents of google-forms.csv: timestamp, service, role and 36 answers as labels."""
    with open(os.path.join(HERE, "google-forms.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[1:]


def place(answer, answer_set):
    """The place of an answer among its question's choices (1 to 7), or None when it is blank."""
    if answer == "":
        return None
    if answer in CHOICE:
        return CHOICE[answer]
    return SCALES[answer_set].index(answer) + 1


def write(name, rows, bom=False, quote_all=False, crlf=False, delimiter=","):
    text = io.StringIO()
    csv.writer(text, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n",
               quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL).writerows(rows)
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        f.write(text.getvalue())


def answers_by_place(row, qs):
    return [place(a, q["answerSet"]) for a, q in zip(row[3:], qs)]


def label(row_answer, q):
    """An answer as its choice's label in this sample's own words (N/A in the Google Forms file is 'Not applicable')."""
    p = place(row_answer, q["answerSet"])
    return "" if p is None else SCALES[q["answerSet"]][p - 1]


def google_forms_grid(qs, people):
    """Google Forms, Download responses (.csv): a multiple-choice grid gives one column per row, 'Title [Row]'."""
    header = ["Timestamp", SERVICE_QUESTION, ROLE_QUESTION]
    for grid in grids(qs):
        header += ["%s [%s]" % (title(grid), q["text"]) for q in grid]
    # As typed by the form's author: a row with a space before its closing bracket.
    header[3] = header[3][:-1] + " ]"
    write("google-forms-grid.csv", [header] + [r[:3] + [label(a, q) for a, q in zip(r[3:], qs)] for r in people])


QUALTRICS_META = [
    ("StartDate", "Start Date", '{"ImportId":"startDate","timeZone":"Europe/London"}'),
    ("EndDate", "End Date", '{"ImportId":"endDate","timeZone":"Europe/London"}'),
    ("Status", "Response Type", '{"ImportId":"status"}'),
    ("Progress", "Progress", '{"ImportId":"progress"}'),
    ("Duration (in seconds)", "Duration (in seconds)", '{"ImportId":"duration"}'),
    ("Finished", "Finished", '{"ImportId":"finished"}'),
    ("RecordedDate", "Recorded Date", '{"ImportId":"recordedDate","timeZone":"Europe/London"}'),
    ("ResponseId", "Response ID", '{"ImportId":"_recordId"}'),
    ("DistributionChannel", "Distribution Channel", '{"ImportId":"distributionChannel"}'),
    ("UserLanguage", "User Language", '{"ImportId":"userLanguage"}'),
]


def qualtrics_headers(qs):
    """Qualtrics' three header rows: short names (Q3_1 for row 1 of question 3), 'Title - Statement', ImportIds."""
    names = [m[0] for m in QUALTRICS_META] + ["Q1", "Q2"]
    texts = [m[1] for m in QUALTRICS_META] + [SERVICE_QUESTION, ROLE_QUESTION]
    ids = [m[2] for m in QUALTRICS_META] + ['{"ImportId":"QID1"}', '{"ImportId":"QID2"}']
    for number, grid in enumerate(grids(qs), start=3):
        for row, q in enumerate(grid, start=1):
            names.append("Q%d_%d" % (number, row))
            texts.append("%s - %s" % (title(grid), rich(q["text"])))
            ids.append('{"ImportId":"QID%d_%d"}' % (number, row))
    return [names, texts, ids]


def rich(text):
    """A statement as Qualtrics exports it when its author used the rich content editor: "In the last year" in bold,
    the HTML tags kept."""
    return text.replace("In the last year,", "<strong>In the last year</strong>,", 1)


def qualtrics_meta(n, r):
    start = r[0][:10].replace("/", "-") + " 10:%02d:%02d" % (n % 60, (7 * n) % 60)
    end = r[0][:10].replace("/", "-") + " 10:%02d:%02d" % ((n + 9) % 60, (7 * n) % 60)
    return [start, end, "IP Address", "100", str(420 + 13 * n), "True", end, "R_%016d" % (7919 * (n + 1)),
            "anonymous", "EN-GB"]


def qualtrics_matrix(qs, people):
    """Qualtrics, Download data, CSV, 'Use choice text': UTF-8 with a byte-order mark."""
    rows = qualtrics_headers(qs)
    for n, r in enumerate(people):
        rows.append(qualtrics_meta(n, r) + r[1:3] + [label(a, q) for a, q in zip(r[3:], qs)])
    write("qualtrics-matrix.csv", rows, bom=True)


def qualtrics_numeric(qs, people):
    """Qualtrics, 'Use numeric values': each choice's recode value, by default its place; services and roles too."""
    rows = qualtrics_headers(qs)
    for n, r in enumerate(people):
        coded = ["" if p is None else str(p) for p in answers_by_place(r, qs)]
        rows.append(qualtrics_meta(n, r) + [str(SERVICES.index(r[1]) + 1), str(ROLES.index(r[2]) + 1)] + coded)
    write("qualtrics-numeric.csv", rows, bom=True)


SURVEYMONKEY_META = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address",
                     "First Name", "Last Name", "Custom Data 1"]


def surveymonkey_matrix(qs, people):
    """SurveyMonkey, All responses data, condensed: row 1 the question (a matrix's title over its first column only),
    row 2 'Response' under a single question and each matrix row's text under the matrix."""
    first = SURVEYMONKEY_META + [SERVICE_QUESTION, ROLE_QUESTION]
    second = [""] * len(SURVEYMONKEY_META) + ["Response", "Response"]
    for grid in grids(qs):
        first += [title(grid)] + [""] * (len(grid) - 1)
        second += [q["text"] for q in grid]
    rows = [first, second]
    for n, r in enumerate(people):
        day = r[0][:10].split("/")
        when = "%s/%s/%s 10:%02d:%02d AM" % (day[1], day[2], day[0], n % 60, (7 * n) % 60)
        rows.append([str(118407989500 + 7411 * n), "452871903", when, when, "", "", "", "", ""] + r[1:3]
                    + [label(a, q) for a, q in zip(r[3:], qs)])
    write("surveymonkey-matrix.csv", rows)


def limesurvey_codes(grid_number, row):
    return "G%02dQ%02d[SQ%03d]" % (grid_number, grid_number + 1, row)


def limesurvey_rows(qs, people, heading, answer, service, role):
    """LimeSurvey, Export results, CSV: every field quoted, CRLF, a byte-order mark; metadata first."""
    header = heading["meta"] + [heading["service"], heading["role"]]
    for number, grid in enumerate(grids(qs), start=2):
        header += [heading["row"](number, row, grid, q) for row, q in enumerate(grid, start=1)]
    rows = [header]
    for n, r in enumerate(people):
        day = r[0][:10].replace("/", "-")
        rows.append([str(4 + n + n // 4), day + " 10:%02d:%02d" % (n % 60, (7 * n) % 60), "9", "en",
                     str(1933772865 - 104729 * n), service(r[1]), role(r[2])]
                    + [answer(p, q) for p, q in zip(answers_by_place(r, qs), qs)])
    return rows


def limesurvey_array_text(qs, people):
    """Headings and answers as full text: an array's row is 'Question [Subquestion]'."""
    heading = {"meta": ["Response ID", "Date submitted", "Last page", "Start language", "Seed"],
               "service": SERVICE_QUESTION, "role": ROLE_QUESTION,
               "row": lambda number, row, grid, q: "%s [%s]" % (title(grid), q["text"])}
    rows = limesurvey_rows(qs, people, heading, lambda p, q: "" if p is None else SCALES[q["answerSet"]][p - 1],
                           str, str)
    write("limesurvey-array-text.csv", rows, bom=True, quote_all=True, crlf=True)


def limesurvey_array_codes(qs, people):
    """LimeSurvey 3: headings as question codes (G02Q03[SQ001]), answers as the default codes A1, A2...; services and
    roles are list questions, so they are codes too. The mapping file names the columns, codes and names."""
    heading = {"meta": ["id", "submitdate", "lastpage", "startlanguage", "seed"], "service": "G01Q01",
               "role": "G01Q02", "row": lambda number, row, grid, q: limesurvey_codes(number, row)}
    rows = limesurvey_rows(qs, people, heading, lambda p, q: "" if p is None else "A%d" % p,
                           lambda s: "A%d" % (SERVICES.index(s) + 1), lambda r: "A%d" % (ROLES.index(r) + 1))
    write("limesurvey-array-codes.csv", rows, bom=True, quote_all=True, crlf=True)
    lines = ["# LimeSurvey 3 answer codes: which column is which question, and what the codes mean.",
             "service: G01Q01", "role: G01Q02", "columns:"]
    for number, grid in enumerate(grids(qs), start=2):
        lines += ["  %s: %s" % (limesurvey_codes(number, row), q["id"]) for row, q in enumerate(grid, start=1)]
    lines += ["notApplicable: [A6]", "dontKnow: [A7]"] + names_block("A%d")
    with open(os.path.join(HERE, "limesurvey-array-codes.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def names_block(code):
    lines = ["services:"] + ['  "%s": "%s"' % (code % (i + 1), s) for i, s in enumerate(SERVICES)]
    return lines + ["roles:"] + ['  "%s": "%s"' % (code % (i + 1), r) for i, r in enumerate(ROLES)]


def limesurvey_6_codes(qs, people):
    """LimeSurvey 5 and 6: default answer codes AO01, AO02...; headings as code and text, joined by '. '."""
    heading = {"meta": ["id. Response ID", "submitdate. Date submitted", "lastpage. Last page",
                        "startlanguage. Start language", "seed. Seed"],
               "service": "G01Q01. " + SERVICE_QUESTION, "role": "G01Q02. " + ROLE_QUESTION,
               "row": lambda number, row, grid, q: "%s. %s [%s]" % (limesurvey_codes(number, row), title(grid),
                                                                     q["text"])}
    rows = limesurvey_rows(qs, people, heading, lambda p, q: "" if p is None else "AO%02d" % p,
                           lambda s: "AO%02d" % (SERVICES.index(s) + 1), lambda r: "AO%02d" % (ROLES.index(r) + 1))
    write("limesurvey-6-codes.csv", rows, bom=True, quote_all=True, crlf=True)
    lines = ["# LimeSurvey 6 answer codes: the columns are found by their text; this says what the codes mean.",
             "service: G01Q01. " + SERVICE_QUESTION, "role: G01Q02. " + ROLE_QUESTION,
             "notApplicable: [AO06]", "dontKnow: [AO07]"] + names_block("AO%02d")
    with open(os.path.join(HERE, "limesurvey-6-codes.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def qualtrics_numeric_mapping():
    lines = ['# Qualtrics "numeric values": what 6 and 7 mean, and the names of the services and roles.',
             "service: Q1", "role: Q2", 'notApplicable: ["6"]', 'dontKnow: ["7"]'] + names_block("%d")
    with open(os.path.join(HERE, "qualtrics-numeric.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def workbook(csv_name, xlsx_name, sheet):
    subprocess.run([sys.executable, os.path.join(TOP, "bench", "xlsx_from_csv.py"), os.path.join(HERE, csv_name),
                    os.path.join(HERE, xlsx_name), sheet], check=True)


def main():
    qs = questions()
    people = respondents()
    assert len(qs) == 36 and len(people) == 30
    google_forms_grid(qs, people)
    qualtrics_matrix(qs, people)
    qualtrics_numeric(qs, people)
    qualtrics_numeric_mapping()
    surveymonkey_matrix(qs, people)
    limesurvey_array_text(qs, people)
    limesurvey_array_codes(qs, people)
    limesurvey_6_codes(qs, people)
    workbook("qualtrics-matrix.csv", "qualtrics-matrix.xlsx", "Sheet0")
    workbook("surveymonkey-matrix.csv", "surveymonkey-matrix.xlsx", "Sheet")


if __name__ == "__main__":
    main()
