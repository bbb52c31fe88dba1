package org.coprod.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.coprod.io.TerminalText;
import org.coprod.report.Document;
import org.coprod.report.HtmlRenderer;
import org.coprod.report.Json;
import org.coprod.report.MarkdownRenderer;
import org.coprod.report.Report;
import org.coprod.report.Style;
import org.coprod.report.TextRenderer;

/** The formats a report can be written in. */
public enum ReportFormat {
    TEXT("txt"),
    MARKDOWN("md", "markdown"),
    HTML("html", "htm"),
    JSON("json"),
    CSV("csv");

    private final String[] extensions;

    ReportFormat(String... extensions) {
        this.extensions = extensions;
    }

    public String render(Report report, Style style) {
        return switch (this) {
            case JSON -> Json.write(report.toJson());
            case CSV -> report.toCsv();
            default -> render(report.document(), style);
        };
    }

    /** Whether this format lays out a document for people to read (rather than figures for programs). */
    public boolean isDocument() {
        return this == TEXT || this == MARKDOWN || this == HTML;
    }

    /** A document in one of the formats for people: text, Markdown or HTML. */
    public String render(Document document, Style style) {
        return switch (this) {
            case TEXT -> TerminalText.clean(new TextRenderer(style).render(document), style.colour());
            case MARKDOWN -> TerminalText.clean(new MarkdownRenderer().render(document));
            case HTML -> new HtmlRenderer().render(document);
            default -> throw new IllegalArgumentException(this + " is not a format for documents");
        };
    }

    /** The format a file's name asks for: report.md is Markdown, report.html HTML, and so on. */
    public static Optional<ReportFormat> forFile(Path file) {
        Path fileName = file.getFileName();
        if (fileName == null) {
            return Optional.empty(); // "/": the output check names the problem
        }
        String name = fileName.toString().toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            for (String extension : format.extensions) {
                if (name.endsWith("." + extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
