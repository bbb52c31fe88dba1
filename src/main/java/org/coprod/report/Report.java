package org.coprod.report;

import java.util.Map;

/** A report that can be written in every format: as a document (text, Markdown, HTML), as JSON and as CSV. */
public interface Report {
    Document document();

    /** Every figure of the report as a tree of maps, lists and values, as the report's JSON Schema describes. */
    Map<String, Object> toJson();

    /** One row per service (and per role where there are roles), safe to open in a spreadsheet. */
    String toCsv();
}
