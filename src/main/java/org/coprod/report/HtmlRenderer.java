package org.coprod.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.IntFunction;
import org.coprod.core.model.Band;
import org.coprod.core.scoring.Figures;
import org.coprod.core.words.Words;
import org.coprod.report.Document.Bar;
import org.coprod.report.Document.Block;
import org.coprod.report.Document.Cell;
import org.coprod.report.Document.Chart;
import org.coprod.report.Document.ChartKind;
import org.coprod.report.Document.Heading;
import org.coprod.report.Document.ItemList;
import org.coprod.report.Document.Overview;
import org.coprod.report.Document.OverviewRow;
import org.coprod.report.Document.Paragraph;
import org.coprod.report.Document.Series;
import org.coprod.report.Document.Table;
import org.coprod.report.Document.Text;

/**
 * Renders a document as one self-contained HTML page: styles inline, charts as inline SVG, nothing fetched from
 * anywhere, so the file can be mailed, opened offline and printed on A4. Every chart has a text alternative and its
 * figures are also in a table; all text is escaped, so nothing a user typed can add markup or script. The markup is
 * also well-formed XML, so any XML tool can read it.
 */
public final class HtmlRenderer {
    /** Series colours, dark enough against white (at least 4.5:1) to be told apart from the page. */
    private static final String[] SERIES_COLOURS = {"#1f5fa8", "#a3471a", "#2e6b30"};
    /**
     * Band shading behind bars, lowest band first: cream, amber, light teal, dark teal. Their lightness falls in even
     * steps (CIE L* 96, 84, 71, 56), so they stay apart printed in grey and for colour-blind readers, and a bar in
     * {@link #BAR_COLOUR} stands out from each by at least 3:1. A questionnaire with other than four bands takes
     * shades spread over the same range. The survey overview's cells (heat-0 to heat-3 in overview.css) use the same
     * four, so that a band has one colour throughout a page.
     */
    private static final String[] BAND_SHADES = {"#fff0e3", "#f5cb7a", "#7fbba6", "#4b9480"};
    /** A score's bar: dark navy, at least 3.3:1 against every band shade (10.8:1 against the lightest). */
    private static final String BAR_COLOUR = "#17375e";
    /** The outline of a bar's 0-100 track, so the palest band still shows where the scale ends. */
    private static final String TRACK_OUTLINE = "#6b6b6b";

    private static final int LABEL_LIMIT = 30;
    /** The overview's shades of score bands, heat-0 to heat-3 in overview.css. */
    private static final int HEAT_SHADES = 4;

    private int charts;
    private boolean keyShown;

    public String render(Document document) {
        charts = 0;
        keyShown = false;
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"" + languageCode(document)
                        + "\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>")
                .append(escape(document.title()))
                .append("</title>\n")
                .append("<style>\n")
                .append(stylesheet())
                .append(overviewStylesheet(document))
                .append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>")
                .append(escape(document.title()))
                .append("</h1>\n");
        for (Block block : document.blocks()) {
            if (block instanceof Heading h) {
                String tag = "h" + h.level();
                out.append('<')
                        .append(tag)
                        .append(h.emphasised() ? " class=\"verdict\"" : "")
                        .append('>')
                        .append(escape(h.text()))
                        .append("</")
                        .append(tag)
                        .append(">\n");
            } else if (block instanceof Paragraph p) {
                out.append("<p>")
                        .append(p.lead().isEmpty() ? "" : "<strong>" + escape(p.lead()) + "</strong> ")
                        .append(escape(p.text()).replace("\n", "<br/>\n"))
                        .append("</p>\n");
            } else if (block instanceof ItemList l) {
                list(out, l);
            } else if (block instanceof Table t) {
                if (t.rows().stream().flatMap(List::stream).anyMatch(Bar.class::isInstance)) {
                    bandKey(out, document);
                }
                table(out, t, document.bands());
            } else if (block instanceof Chart c) {
                chart(out, c, document);
            } else if (block instanceof Overview o) {
                overview(out, o, document);
            } else if (block instanceof Document.NewPage) {
                out.append("<hr class=\"new-page\"/>\n");
            }
        }
        out.append("</main>\n");
        return out.append(overviewScript(document)).append("</body>\n</html>\n").toString();
    }

    /** The key to the band shades, once, just before the first bar drawn over them. */
    private void bandKey(StringBuilder out, Document document) {
        List<Band> bands = document.bands();
        if (keyShown || bands.isEmpty()) {
            return;
        }
        keyShown = true;
        out.append("<p class=\"key\">").append(escape(document.words().get("report.bands.key")));
        keyItems(
                out,
                bands,
                document.words(),
                i -> "<span class=\"swatch\" style=\"background:" + shade(i, bands.size()) + "\"></span>");
        out.append("</p>\n");
    }

    /** Each band of a key: its swatch, then its name and range, "Starting out (25 to 50)". */
    private static void keyItems(StringBuilder out, List<Band> bands, Words words, IntFunction<String> swatch) {
        for (int i = 0; i < bands.size(); i++) {
            double to = i + 1 < bands.size() ? bands.get(i + 1).from() : 100;
            out.append(" <span class=\"key-item\">")
                    .append(swatch.apply(i))
                    .append(escape(words.get(
                            "report.bands.key-item",
                            bands.get(i).label(),
                            Figures.format(bands.get(i).from()),
                            Figures.format(to))))
                    .append("</span>");
        }
    }

    private static void list(StringBuilder out, ItemList list) {
        String tag = list.numbered() ? "ol" : "ul";
        out.append('<').append(tag).append(">\n");
        list.items().forEach(item -> out.append("<li>").append(escape(item)).append("</li>\n"));
        out.append("</").append(tag).append(">\n");
    }

    private static void table(StringBuilder out, Table table, List<Band> bands) {
        out.append("<table>\n<thead><tr>");
        table.columns()
                .forEach(c -> out.append("<th scope=\"col\"")
                        .append(numeric(c))
                        .append('>')
                        .append(escape(c.header()))
                        .append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : table.rows()) {
            out.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                if (cell instanceof Bar bar) {
                    out.append("<td class=\"bar\">")
                            .append(barSvg(bar.value(), bands))
                            .append("</td>");
                } else {
                    out.append("<td")
                            .append(numeric(table.columns().get(c)))
                            .append('>')
                            .append(escape(((Text) cell).text()))
                            .append("</td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static String numeric(Document.Column column) {
        return column.align() == Document.Align.RIGHT ? " class=\"num\"" : "";
    }

    /** A 0-100 bar over the bands' shading; hidden from screen readers, since the figure is in the next cell. */
    private static String barSvg(OptionalDouble value, List<Band> bands) {
        if (value.isEmpty()) {
            return "";
        }
        StringBuilder svg = new StringBuilder(
                "<svg width=\"120\" height=\"14\" viewBox=\"0 0 100 14\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">");
        bandShading(svg, bands, 0, 0, 100, 14);
        svg.append(bar(0, 3, value.getAsDouble(), 8, BAR_COLOUR)).append("</svg>");
        return svg.toString();
    }

    private static void bandShading(
            StringBuilder svg, List<Band> bands, double x, double y, double width, double height) {
        for (int i = 0; i < bands.size(); i++) {
            double from = bands.get(i).from();
            double to = i + 1 < bands.size() ? bands.get(i + 1).from() : 100;
            svg.append(rect(x + from / 100 * width, y, (to - from) / 100 * width, height, shade(i, bands.size())));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"%s\""
                        + " stroke-width=\"0.5\" vector-effect=\"non-scaling-stroke\"/>",
                x,
                y,
                width,
                height,
                TRACK_OUTLINE));
    }

    /** The shade of band {@code band} of {@code bands}: the lowest always the palest, the highest the darkest. */
    private static String shade(int band, int bands) {
        int last = BAND_SHADES.length - 1;
        return BAND_SHADES[bands < 2 ? last : (int) Math.round((double) band * last / (bands - 1))];
    }

    private void chart(StringBuilder out, Chart chart, Document document) {
        List<Band> bands = document.bands();
        String id = "chart-" + (++charts);
        String noScore = document.words().get("report.no-score.short");
        boolean radar = chart.kind() == ChartKind.RADAR;
        Drawing drawing = radar ? radar(chart, bands) : bars(chart, bands, noScore);
        out.append(radar ? "<figure class=\"radar\">\n" : "<figure>\n");
        if (!radar) {
            bandKey(out, document); // inside the figure, which is never split over two pages
        }
        out.append("<svg role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\" ")
                .append(String.format(
                        Locale.ROOT,
                        "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" style=\"max-width:100%%;height:auto\">",
                        drawing.width(),
                        drawing.height(),
                        drawing.width(),
                        drawing.height()))
                .append('\n')
                .append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(chart.title()))
                .append("</title>\n")
                .append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(chart.description(document.words())))
                .append("</desc>\n")
                .append(drawing.shapes())
                .append("\n</svg>\n")
                .append("<figcaption>")
                .append(escape(chart.title()))
                .append(legend(chart))
                .append("</figcaption>\n</figure>\n");
    }

    /** A chart's shapes and the size they were drawn for. */
    private record Drawing(int width, int height, String shapes) {}

    private static String legend(Chart chart) {
        if (chart.series().size() < 2) {
            return "";
        }
        StringBuilder key = new StringBuilder("<br/>");
        for (int s = 0; s < chart.series().size(); s++) {
            key.append("<span class=\"swatch\" style=\"background:")
                    .append(colour(s))
                    .append("\"></span>")
                    .append(escape(chart.series().get(s).name()));
        }
        return key.toString();
    }

    /** The principles round a circle, rings at the bands' lower limits, one outline per series. */
    private static Drawing radar(Chart chart, List<Band> bands) {
        double cx = 320;
        double cy = 165;
        double radius = 115;
        int spokes = chart.labels().size();
        StringBuilder svg = new StringBuilder();
        for (Band band : bands) {
            if (band.from() > 0) {
                svg.append(circle(cx, cy, radius * band.from() / 100, "none", "#b5b5b5"));
            }
        }
        svg.append(circle(cx, cy, radius, "none", "#6b6b6b"));
        for (int i = 0; i < spokes; i++) {
            double[] rim = point(cx, cy, radius, i, spokes);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#b5b5b5\"/>",
                    cx,
                    cy,
                    rim[0],
                    rim[1]));
            double[] label = point(cx, cy, radius + 14, i, spokes);
            String anchor = Math.abs(label[0] - cx) < 1 ? "middle" : label[0] > cx ? "start" : "end";
            double dy = label[1] > cy + 1 ? 10 : label[1] < cy - 1 ? -2 : 4;
            svg.append(text(label[0], label[1] + dy, shorten(chart.labels().get(i)), anchor, 12));
        }
        for (int s = 0; s < chart.series().size(); s++) {
            Series series = chart.series().get(s);
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < spokes; i++) {
                double[] p = point(cx, cy, radius * series.values().get(i).orElse(0) / 100, i, spokes);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
            }
            svg.append("<polygon points=\"")
                    .append(points.toString().strip())
                    .append("\" fill=\"")
                    .append(colour(s))
                    .append("\" fill-opacity=\"0.15\" stroke=\"")
                    .append(colour(s))
                    .append("\" stroke-width=\"2\"/>");
            for (int i = 0; i < spokes; i++) {
                if (series.values().get(i).isPresent()) {
                    double[] p = point(cx, cy, radius * series.values().get(i).getAsDouble() / 100, i, spokes);
                    svg.append(circle(p[0], p[1], 3.5, colour(s), colour(s)));
                }
            }
        }
        scaleLabels(svg, bands, cx, cy, radius);
        return new Drawing(640, 330, svg.toString());
    }

    /**
     * The rings' figures, drawn after the outlines and on a white halo, so that no outline or dot ever covers them;
     * they sit beside the first spoke, just outside each ring.
     */
    private static void scaleLabels(StringBuilder svg, List<Band> bands, double cx, double cy, double radius) {
        for (Band band : bands) {
            if (band.from() > 0) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"start\" font-size=\"10\" stroke=\"#ffffff\""
                                + " stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">%s</text>",
                        cx + 4,
                        cy - radius * band.from() / 100 - 3,
                        escape(Figures.format(band.from()))));
            }
        }
    }

    /** One row per label; under it, a bar per series over the bands' shading, with its figure at the end. */
    private static Drawing bars(Chart chart, List<Band> bands, String noScore) {
        double labelWidth = 230;
        double barWidth = 300;
        double barHeight = 14;
        int perRow = chart.series().size();
        double rowHeight = perRow * (barHeight + 3) + 10;
        StringBuilder svg = new StringBuilder();
        for (int i = 0; i < chart.labels().size(); i++) {
            double top = 2 + i * rowHeight;
            svg.append(text(
                    labelWidth - 8,
                    top + perRow * (barHeight + 3) / 2 + 4,
                    shorten(chart.labels().get(i)),
                    "end",
                    12));
            for (int s = 0; s < perRow; s++) {
                double y = top + s * (barHeight + 3);
                bandShading(svg, bands, labelWidth, y, barWidth, barHeight);
                OptionalDouble value = chart.series().get(s).values().get(i);
                if (value.isPresent()) {
                    svg.append(bar(labelWidth, y + 2, value.getAsDouble() / 100 * barWidth, barHeight - 4, colour(s)));
                }
                svg.append(text(
                        labelWidth + barWidth + 6, y + barHeight - 3, Figures.format(value, noScore), "start", 11));
            }
        }
        return new Drawing(600, (int) Math.ceil(chart.labels().size() * rowHeight + 4), svg.toString());
    }

    private static double[] point(double cx, double cy, double r, int index, int count) {
        double angle = -Math.PI / 2 + 2 * Math.PI * index / count;
        return new double[] {cx + r * Math.cos(angle), cy + r * Math.sin(angle)};
    }

    private static String colour(int series) {
        return SERIES_COLOURS[series % SERIES_COLOURS.length];
    }

    private static String shorten(String label) {
        return label.length() <= LABEL_LIMIT
                ? label
                : label.substring(0, LABEL_LIMIT - 1).strip() + "…";
    }

    private static String rect(double x, double y, double width, double height, String fill) {
        return String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                x,
                y,
                width,
                height,
                fill);
    }

    /** A value's bar, edged in white so that it stands apart from whichever band shade is behind it. */
    private static String bar(double x, double y, double width, double height, String fill) {
        return rect(x, y, width, height, fill)
                .replace("/>", " stroke=\"#ffffff\" stroke-width=\"1\" vector-effect=\"non-scaling-stroke\"/>");
    }

    private static String circle(double cx, double cy, double r, String fill, String stroke) {
        return String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"%s\"/>",
                cx,
                cy,
                r,
                fill,
                stroke);
    }

    private static String text(double x, double y, String content, String anchor, int size) {
        return String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>",
                x,
                y,
                anchor,
                size,
                escape(content));
    }

    /** Escapes text for HTML content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\r' -> {}
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' '); // control characters are not allowed in HTML text
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The styles and the script, read from the jar once, when the first HTML page is written. */
    private static final class Resources {
        static final String REPORT_CSS = resource("report.css");
        static final String OVERVIEW_CSS = resource("overview.css");
        static final String OVERVIEW_JS = resource("overview.js");
    }

    private static String stylesheet() {
        return Resources.REPORT_CSS;
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- Survey results: the overview of every service, and a new printed page for each service

    private static boolean hasOverview(Document document) {
        return document.blocks().stream().anyMatch(b -> b instanceof Overview || b instanceof Document.NewPage);
    }

    /** The overview's styles, only in a page that has one, so other reports stay as they were. */
    private static String overviewStylesheet(Document document) {
        return hasOverview(document) ? Resources.OVERVIEW_CSS : "";
    }

    /**
     * The small script that sorts the overview when a column heading is clicked: inline, fetching nothing, touching
     * nothing but the table's rows; the page reads the same without it.
     */
    private static String overviewScript(Document document) {
        return document.blocks().stream().anyMatch(b -> b instanceof Overview)
                ? "<script>\n" + Resources.OVERVIEW_JS + "</script>\n"
                : "";
    }

    /**
     * The overview as a heat map: a row per service, a column per measure, each figure printed in its cell and the
     * cell shaded by the figure's band (light to dark, with a key), so it reads in colour, in grey and without colour.
     * Each cell carries the value it sorts by.
     */
    private static void overview(StringBuilder out, Overview overview, Document document) {
        Words words = document.words();
        List<Band> bands = document.bands();
        heatKey(out, bands, words);
        out.append("<p class=\"sort-hint\" id=\"overview-sort-hint\" hidden=\"hidden\">")
                .append(escape(words.get("report.overview.sort-hint")))
                .append(
                        "</p>\n<div class=\"overview-scroll\">\n<table class=\"overview\" id=\"overview\">\n<thead><tr>");
        overviewHeader(out, words.get("report.column.service"), "text", false, words);
        overviewHeader(out, words.get("report.column.respondents"), "number", true, words);
        overviewHeader(out, words.get("report.column.verdict"), "rank", false, words);
        overview.measures().forEach(m -> overviewHeader(out, m.name(), "number", true, words));
        out.append("</tr></thead>\n<tbody>\n");
        String noFigure = words.get("report.overview.no-figure");
        for (int r = 0; r < overview.rows().size(); r++) {
            OverviewRow row = overview.rows().get(r);
            out.append("<tr><th scope=\"row\">")
                    .append(escape(row.name()))
                    .append("</th><td class=\"num\">")
                    .append(row.respondents())
                    .append("</td><td class=\"verdict\" data-sort=\"")
                    .append(r)
                    .append("\">")
                    .append(escape(row.verdict()))
                    .append("</td>");
            for (OptionalDouble figure : row.figures()) {
                out.append("<td class=\"num")
                        .append(figure.isPresent() ? " heat-" + heat(bands, figure.getAsDouble()) : "")
                        .append("\" data-sort=\"")
                        .append(figure.isPresent() ? String.format(Locale.ROOT, "%.2f", figure.getAsDouble()) : "")
                        .append("\">")
                        .append(escape(Figures.format(figure, noFigure)))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n");
    }

    private static void overviewHeader(StringBuilder out, String name, String type, boolean numeric, Words words) {
        out.append("<th scope=\"col\"")
                .append(numeric ? " class=\"num\"" : "")
                .append(" data-type=\"")
                .append(type)
                .append("\" data-sort-label=\"")
                .append(escape(words.get("report.overview.sort-button", name)))
                .append("\">")
                .append(escape(name))
                .append("</th>");
    }

    /** The key to the shading: a swatch per band, with its name and range. */
    private static void heatKey(StringBuilder out, List<Band> bands, Words words) {
        out.append("<p class=\"key heat-key\">").append(escape(words.get("report.overview.shade-key")));
        keyItems(
                out,
                bands,
                words,
                i -> "<span class=\"swatch heat-" + heat(bands, bands.get(i).from()) + "\"></span>");
        out.append("</p>\n");
    }

    /** The shade (0 lightest to 3 darkest) of a figure's band, spread over the four shades whatever the band count. */
    private static int heat(List<Band> bands, double figure) {
        if (bands.size() < 2) {
            return 0;
        }
        int band = Band.indexFor(bands, figure);
        return (int) Math.round(band * (HEAT_SHADES - 1) / (double) (bands.size() - 1));
    }

    /** The document's language as an HTML language tag; anything that is not one (from a hand-edited file) is "en". */
    private static String languageCode(Document document) {
        String language = document.language();
        return language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*") ? language : "en";
    }
}
