#!/usr/bin/env python3
"""Prints the miller (mlr put -q) program of the label-valued benchmark: per service and question, the sum and count
of the scores coprod gives the labels ("Not applicable", "Don't know", blanks and anything else left out), and at the
end one record per service with each question's mean to 4 decimals, as the other peers write them.

Usage: miller_label_dsl.py > PROGRAM.mlr; mlr --icsv --ocsv put -q -f PROGRAM.mlr then sort -f Service EXPORT.csv"""
import json

import labels


def main():
    questions = labels.questions()
    print("begin {")
    print("  @scores = %s;" % json.dumps({q.text: q.scores for q in questions}, ensure_ascii=False))
    print("  @ids = %s;" % json.dumps({q.text: q.id for q in questions}, ensure_ascii=False))
    print("}")
    print("""service = $[%s];
for (text, scores in @scores) {
  answer = $[text];
  if (is_not_empty(answer) && haskey(scores, answer)) {
    @sum[service][@ids[text]] += scores[answer];
    @count[service][@ids[text]] += 1;
  }
}
end {
  for (service, sums in @sum) {
    record = {"Service": service};
    for (text, id in @ids) {
      record[id] = haskey(sums, id) ? fmtnum(sums[id] / @count[service][id], "%%.4f") : "";
    }
    emit record;
  }
}""" % json.dumps(labels.SERVICE_HEADING))


if __name__ == "__main__":
    main()
