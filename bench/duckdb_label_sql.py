#!/usr/bin/env python3
"""Prints the DuckDB query of the label-valued benchmark: read_csv over the export, a CASE per question turning its
labels into the scores coprod gives them ("Not applicable", "Don't know" and blanks become NULL, which AVG leaves
out), grouped by service. DuckDbQuery.java runs it.

Usage: duckdb_label_sql.py EXPORT.csv THREADS"""
import sys

import labels


def identifier(name):
    return '"%s"' % name.replace('"', '""')


def literal(text):
    return "'%s'" % text.replace("'", "''")


def main():
    export, threads = sys.argv[1], int(sys.argv[2])
    averages = ["AVG(CASE %s %s END) AS %s" % (identifier(q.text), " ".join("WHEN %s THEN %r" % (literal(label), score)
                                                                            for label, score in q.scores.items()),
                                               identifier(q.id))
                for q in labels.questions()]
    print("SET threads = %d;" % threads)
    print("SELECT %s AS Service,\n  %s\nFROM read_csv(%s, header = true, delim = ',', quote = '\"', escape = '\"', "
          "all_varchar = true)\nGROUP BY 1 ORDER BY 1;"
          % (identifier(labels.SERVICE_HEADING), ",\n  ".join(averages), literal(export)))


if __name__ == "__main__":
    main()
