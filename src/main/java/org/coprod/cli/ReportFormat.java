package org.coprod.cli;

import org.coprod.report.Document;
import org.coprod.report.MarkdownRenderer;
import org.coprod.report.Style;
import org.coprod.report.TextRenderer;

/** The formats a report can be written in. */
enum ReportFormat {
    TEXT,
    MARKDOWN;

    String render(Document document, Style style) {
        return switch (this) {
            case TEXT -> new TextRenderer(style).render(document);
            case MARKDOWN -> new MarkdownRenderer().render(document);
        };
    }
}
