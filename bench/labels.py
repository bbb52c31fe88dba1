"""The built-in questionnaire's questions as a label-valued export shows them: each question's full text (the column
heading), its answer set's option labels with the score coprod gives each (0 to 100 along the declared scale, turned
round for a reverse-keyed question), and its "not applicable" and "don't know" labels, if the set has them.
Shared by the label-valued export's generator and its Python, pandas and DuckDB peers."""
import os
from collections import namedtuple

import yaml

QUESTIONNAIRE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "questionnaires", "six-principles.yaml")

Question = namedtuple("Question", "id text scores not_applicable dont_know dimensions")


def questions(path=QUESTIONNAIRE):
    with open(path, encoding="utf-8") as f:
        doc = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))   # libyaml when there is one
    return [question(q, doc["answerSets"][q["answerSet"]]) for q in doc["questions"]]


def question(q, answer_set):
    values = [o["value"] for o in answer_set["options"]]
    low, high = min(values), max(values)
    scores = {}
    for o in answer_set["options"]:
        v = low + high - o["value"] if q.get("reverse") in (True, "yes") else o["value"]
        scores[o["label"]] = (v - low) / (high - low) * 100
    return Question(q["id"], " ".join(q["text"].split()), scores,
                    (answer_set.get("notApplicable") or {}).get("label"), (answer_set.get("dontKnow") or {}).get("label"), q.get("dimensions", []))


SERVICE_HEADING = "Which service are you answering about?"


def write_means(out, question_ids, means_by_service):
    """The peers' shared output: a Service column, then one column per question id, each mean to 4 decimals."""
    print(",".join(["Service"] + question_ids), file=out)
    for service in sorted(means_by_service):
        cells = ["" if m is None or m != m else "%.4f" % m for m in means_by_service[service]]
        print(",".join(['"%s"' % service.replace('"', '""')] + cells), file=out)
