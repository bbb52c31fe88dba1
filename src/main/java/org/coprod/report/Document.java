package org.coprod.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.coprod.core.model.Band;
import org.coprod.core.scoring.Figures;
import org.coprod.core.words.Words;

/**
 * A report's content, independent of its format: headings, paragraphs, lists and tables. Built once, then rendered
 * as terminal text or Markdown, so every format says the same thing.
 */
public final class Document {
    public sealed interface Block permits Heading, Paragraph, ItemList, Table, Chart, Overview, NewPage {}

    /** A heading; an emphasised one (the verdict) stands out where the format allows. */
    public record Heading(int level, String text, boolean emphasised) implements Block {}

    /** A paragraph, optionally led by a bold label ("Verdict:"). */
    public record Paragraph(String lead, String text) implements Block {}

    public record ItemList(boolean numbered, List<String> items) implements Block {
        public ItemList {
            items = List.copyOf(items);
        }
    }

    public enum Align {
        LEFT,
        RIGHT
    }

    public record Column(String header, Align align) {}

    public sealed interface Cell permits Text, Bar {}

    public record Text(String text) implements Cell {}

    /** A 0-100 figure drawn as a bar; empty when the figure is unknown. */
    public record Bar(OptionalDouble value) implements Cell {}

    public record Table(List<Column> columns, List<List<Cell>> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    public enum ChartKind {
        /** The principles round a circle, each scored from the centre (0) to the rim (100). */
        RADAR,
        /** Horizontal bars, one row per label, one bar per series. */
        BARS
    }

    /** One group's figures in a chart, in the order of the chart's labels; empty where there is no score. */
    public record Series(String name, List<OptionalDouble> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    /**
     * A picture of figures that the document also gives in a table, so a chart is never the only place a figure is
     * found. Formats that cannot draw (Markdown) leave it out.
     */
    public record Chart(ChartKind kind, String title, List<String> labels, List<Series> series) implements Block {
        public Chart {
            labels = List.copyOf(labels);
            series = List.copyOf(series);
        }

        /** The chart in words, for people who cannot see it. */
        public String description(Words words) {
            List<String> parts = new ArrayList<>();
            for (Series s : series) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < labels.size(); i++) {
                    values.add(words.get(
                            "report.chart.value",
                            labels.get(i),
                            Figures.format(s.values().get(i), words.get("report.no-score.short"))));
                }
                String figures = String.join(words.get("words.list.comma"), values);
                parts.add(series.size() > 1 ? words.get("report.chart.series", s.name(), figures) : figures);
            }
            return title + ". " + String.join(". ", parts) + ".";
        }
    }

    /**
     * Where a printed report starts a new page (each service's detail, say); on screen, a divider. Formats without
     * pages leave it out.
     */
    public record NewPage() implements Block {}

    /** A figure column of an overview: its full name, and a short code for formats too narrow for the name. */
    public record Measure(String name, String code) {}

    /** One row of an overview: a service, how many answered, its verdict, and its figure for each measure in turn. */
    public record OverviewRow(String name, long respondents, String verdict, List<OptionalDouble> figures) {
        public OverviewRow {
            figures = List.copyOf(figures);
        }
    }

    /**
     * Many services compared on one page: a row per service (in the order given, which is the order to read them in),
     * a column per measure, each figure shaded by its band where the format can. The verdict names the group of rows
     * it heads, where a format groups them.
     */
    public record Overview(List<Measure> measures, List<OverviewRow> rows) implements Block {
        public Overview {
            measures = List.copyOf(measures);
            rows = List.copyOf(rows);
        }

        /** The key to the short column codes: "Columns: n: Respondents; P1: People as assets; ...". */
        public String key(Words words) {
            List<String> items = new ArrayList<>();
            items.add(words.get(
                    "report.overview.key-item",
                    words.get("report.overview.respondents-code"),
                    words.get("report.column.respondents")));
            measures.forEach(m -> items.add(words.get("report.overview.key-item", m.code(), m.name())));
            return words.get("report.overview.key", String.join(words.get("report.overview.key-separator"), items));
        }
    }

    private final String title;
    private final Words words;
    private final List<Block> blocks = new ArrayList<>();
    private List<Band> bands = List.of();
    private String language = "en";

    /** A document in English. */
    public Document(String title) {
        this(title, Words.english());
    }

    /** A document whose own words (such as a chart's "no score") are in the language of {@code words}. */
    public Document(String title, Words words) {
        this.title = title;
        this.words = words;
    }

    /** The words the renderers use for what they add themselves. */
    public Words words() {
        return words;
    }

    public String title() {
        return title;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /** The bands scores fall in, lowest first, for formats that shade bars by band. */
    public List<Band> bands() {
        return bands;
    }

    public Document bands(List<Band> bands) {
        this.bands = List.copyOf(bands);
        return this;
    }

    /** The language the document is written in, as the questionnaire's 'language' says (a code such as en or cy). */
    public String language() {
        return language;
    }

    public Document language(String language) {
        this.language = language;
        return this;
    }

    public Document heading(String text) {
        blocks.add(new Heading(2, text, false));
        return this;
    }

    public Document emphasisedHeading(String text) {
        blocks.add(new Heading(2, text, true));
        return this;
    }

    public Document subheading(String text) {
        blocks.add(new Heading(3, text, false));
        return this;
    }

    public Document chart(Chart chart) {
        blocks.add(chart);
        return this;
    }

    public Document paragraph(String text) {
        blocks.add(new Paragraph("", text));
        return this;
    }

    public Document paragraph(String lead, String text) {
        blocks.add(new Paragraph(lead, text));
        return this;
    }

    public Document bullets(List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(new ItemList(false, items));
        }
        return this;
    }

    public Document numbered(List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(new ItemList(true, items));
        }
        return this;
    }

    public Document overview(Overview overview) {
        blocks.add(overview);
        return this;
    }

    public Document newPage() {
        blocks.add(new NewPage());
        return this;
    }

    public Document table(Table table) {
        blocks.add(table);
        return this;
    }

    public static Text text(String text) {
        return new Text(text);
    }

    /** A column of words, headed by report.column.{@code key}. */
    static Column left(Words words, String key) {
        return new Column(words.get("report.column." + key), Align.LEFT);
    }

    /** A column of figures, headed by report.column.{@code key}. */
    static Column right(Words words, String key) {
        return new Column(words.get("report.column." + key), Align.RIGHT);
    }
}
