package org.coprod.report;

import java.util.ArrayList;
import java.util.List;
import org.coprod.core.scoring.Figures;
import org.coprod.core.words.Words;
import org.coprod.report.Document.Bar;
import org.coprod.report.Document.Block;
import org.coprod.report.Document.Cell;
import org.coprod.report.Document.Heading;
import org.coprod.report.Document.ItemList;
import org.coprod.report.Document.Paragraph;
import org.coprod.report.Document.Table;
import org.coprod.report.Document.Text;

/**
 * Renders a document as GitHub-flavoured Markdown with real tables. All text is escaped, so a service name or a note
 * can neither break a table nor add markup.
 */
public final class MarkdownRenderer {
    private final TextRenderer bars = new TextRenderer(Style.plain(Style.DEFAULT_WIDTH));

    public String render(Document document) {
        StringBuilder out =
                new StringBuilder("# ").append(escape(document.title())).append('\n');
        for (Block block : document.blocks()) {
            if (block instanceof Document.Chart || block instanceof Document.NewPage) {
                continue; // Markdown cannot draw (the chart's figures are in the table beside it), and has no pages
            }
            out.append('\n');
            if (block instanceof Heading h) {
                out.append("#".repeat(h.level()))
                        .append(' ')
                        .append(escape(h.text()))
                        .append('\n');
            } else if (block instanceof Paragraph p) {
                out.append(p.lead().isEmpty() ? "" : "**" + escape(p.lead()) + "** ")
                        .append(escape(p.text()).replace("\n", "  \n"))
                        .append('\n');
            } else if (block instanceof ItemList l) {
                list(out, l);
            } else if (block instanceof Table t) {
                table(out, t);
            } else if (block instanceof Document.Overview o) {
                overview(out, o, document.words());
            }
        }
        return out.toString();
    }

    private void list(StringBuilder out, ItemList list) {
        int number = 1;
        for (String item : list.items()) {
            out.append(list.numbered() ? (number++) + ". " : "- ")
                    .append(escape(item).replace("\n", " "))
                    .append('\n');
        }
    }

    private void table(StringBuilder out, Table table) {
        out.append('|');
        table.columns().forEach(c -> out.append(' ').append(cell(c.header())).append(" |"));
        out.append("\n|");
        table.columns().forEach(c -> out.append(c.align() == Document.Align.RIGHT ? " ---: |" : " --- |"));
        out.append('\n');
        for (List<Cell> row : table.rows()) {
            out.append('|');
            for (Cell cell : row) {
                out.append(' ')
                        .append(cell instanceof Bar b ? bars.bar(b) : cell(((Text) cell).text()))
                        .append(" |");
            }
            out.append('\n');
        }
    }

    /**
     * The overview as one pipe table, its measures headed by the same short codes as in the text report (with their
     * key above), so that the table stays readable as plain text too.
     */
    private void overview(StringBuilder out, Document.Overview overview, Words words) {
        String countCode = words.get("report.overview.respondents-code");
        out.append(escape(overview.key(words))).append("\n\n");
        List<Document.Column> columns = new ArrayList<>(List.of(
                new Document.Column(words.get("report.column.service"), Document.Align.LEFT),
                new Document.Column(countCode, Document.Align.RIGHT),
                new Document.Column(words.get("report.column.verdict"), Document.Align.LEFT)));
        overview.measures().forEach(m -> columns.add(new Document.Column(m.code(), Document.Align.RIGHT)));
        String noFigure = words.get("report.overview.no-figure");
        List<List<Cell>> rows = overview.rows().stream()
                .map(row -> {
                    List<Cell> cells = new ArrayList<>(List.of(
                            Document.text(row.name()),
                            Document.text(String.valueOf(row.respondents())),
                            Document.text(row.verdict())));
                    row.figures().forEach(f -> cells.add(Document.text(Figures.format(f, noFigure))));
                    return cells;
                })
                .toList();
        table(out, new Table(columns, rows));
    }

    private static String cell(String text) {
        String escaped = escape(text).replace("|", "\\|").replace("\n", " ");
        return escaped.isEmpty() ? " " : escaped;
    }

    /** Escapes the characters Markdown would read as markup or HTML. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '#', '|', '~' ->
                    out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r' -> {}
                default -> out.append(c);
            }
        }
        String escaped = out.toString();
        // a line that starts like a list item or heading would otherwise turn into one; a line of only '=' or '-' would
        // make the line above a heading, and a line indented four spaces (after a blank line) a code block
        return escaped.replaceAll("(?m)^(\\s*)(\\d+)([.)])(\\s|$)", "$1$2\\\\$3$4")
                .replaceAll("(?m)^(\\s*)([-+=])(\\s|$)", "$1\\\\$2$3")
                .replaceAll("(?m)^ {0,3}([=-]{2,}[ \\t]*)$", "\\\\$1")
                .replaceAll("(?m)^(?: {4,}|\\t)[ \\t]*", "");
    }
}
