package org.coprod.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.coprod.text.DisplayWidth;

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
        if (report instanceof ReportInLanguages languages && isDocument()) {
            return render(languages, style);
        }
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
            case MARKDOWN -> markdown(document, 0);
            case HTML -> new HtmlRenderer().render(document);
            default -> throw new IllegalArgumentException(this + " is not a format for documents");
        };
    }

    /**
     * A report in several languages, each whole and marked with its language, the first language first: in HTML one
     * page with a {@code <section lang="...">} per language (each starting a new printed page), in Markdown and text a
     * heading per language naming it in itself ("Cymraeg", "English").
     */
    private String render(ReportInLanguages report, Style style) {
        List<String> tags = new ArrayList<>();
        List<String> rendered = new ArrayList<>();
        for (Report part : report.parts()) {
            tags.add(ReportInLanguages.languageOf(part));
            // in Markdown each report sits one level below its language's heading
            rendered.add(this == MARKDOWN ? markdown(part.document(), 1) : render(part.document(), style));
        }
        return switch (this) {
            case HTML -> BilingualHtml.join(tags, rendered);
            case MARKDOWN -> joined(tags, rendered, tag -> "# " + ReportInLanguages.nameOf(tag) + "\n\n", "\n---\n\n");
            default -> joined(tags, rendered, tag -> underlined(ReportInLanguages.nameOf(tag), style), "\n");
        };
    }

    private static String joined(
            List<String> tags,
            List<String> parts,
            java.util.function.Function<String, String> heading,
            String between) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            out.append(i == 0 ? "" : between).append(heading.apply(tags.get(i))).append(parts.get(i));
        }
        return out.toString();
    }

    private static String markdown(Document document, int levelsBelow) {
        return TerminalText.clean(new MarkdownRenderer().render(document, levelsBelow));
    }

    private static String underlined(String name, Style style) {
        return name + "\n" + (style.unicode() ? "━" : "#").repeat(DisplayWidth.of(name)) + "\n\n";
    }

    /** The format named as --format takes it: its name ("markdown") or its file ending ("md"), in any case. */
    public static Optional<ReportFormat> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.name().toLowerCase(Locale.ROOT).equals(wanted)
                    || java.util.Arrays.asList(format.extensions).contains(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
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
