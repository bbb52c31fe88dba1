package org.coprod.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.coprod.core.model.Band;
import org.coprod.core.scoring.Figures;
import org.coprod.core.words.Words;
import org.coprod.report.Document.Bar;
import org.coprod.report.Document.Block;
import org.coprod.report.Document.Cell;
import org.coprod.report.Document.Chart;
import org.coprod.report.Document.Heading;
import org.coprod.report.Document.ItemList;
import org.coprod.report.Document.Overview;
import org.coprod.report.Document.OverviewRow;
import org.coprod.report.Document.Paragraph;
import org.coprod.report.Document.Series;
import org.coprod.report.Document.Table;
import org.coprod.report.Document.Text;
import org.coprod.text.DisplayWidth;
import org.coprod.text.TextWrap;

/** Renders a document as plain terminal text that fits the width: long text wraps, wide tables wrap their cells. */
public final class TextRenderer {
    static final int BAR_WIDTH = 10;
    /** Columns this narrow (names of principles, scores, bands, counts) are not wrapped when the table can fit them. */
    private static final int SHORT_COLUMN = 26;
    /** The narrowest service-name column for which the overview is drawn as a table rather than as a list. */
    private static final int MIN_NAME_WIDTH = 14;

    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";
    private static final String RED = "\u001B[31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String GREEN = "\u001B[32m";
    private static final String CYAN = "\u001B[36m";
    /** The bands' colours, lowest to highest; with fewer bands, spread over these from both ends. */
    private static final List<String> BAND_COLOURS = List.of(RED, YELLOW, CYAN, GREEN);

    private final Style style;

    public TextRenderer(Style style) {
        this.style = style;
    }

    public String render(Document document) {
        StringBuilder out = new StringBuilder();
        String title = document.title();
        out.append(bold(title))
                .append('\n')
                .append(repeat(style.unicode() ? "═" : "=", Math.min(title.length(), style.width())))
                .append("\n");
        for (Block block : document.blocks()) {
            if (block instanceof Chart c && c.series().size() < 2 || block instanceof Document.NewPage) {
                continue; // one group's figures: its table already draws them as bars; and text has no pages
            }
            out.append('\n');
            if (block instanceof Heading h) {
                heading(out, h);
            } else if (block instanceof Paragraph p) {
                paragraph(out, p);
            } else if (block instanceof ItemList l) {
                list(out, l);
            } else if (block instanceof Table t) {
                table(out, t, document);
            } else if (block instanceof Chart c) {
                chart(out, c, document);
            } else if (block instanceof Overview o) {
                overview(out, o, document);
            }
        }
        return style.unicode() ? out.toString() : ascii(out.toString());
    }

    private void heading(StringBuilder out, Heading heading) {
        String text = heading.level() <= 2 ? heading.text().toUpperCase(java.util.Locale.ROOT) : heading.text();
        for (String line : wrap(text, style.width())) {
            out.append(bold(line)).append('\n');
        }
    }

    private void paragraph(StringBuilder out, Paragraph paragraph) {
        String lead = paragraph.lead().isEmpty() ? "" : paragraph.lead() + " ";
        List<String> lines = wrap(lead + paragraph.text(), style.width());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && !lead.isEmpty() && line.startsWith(lead.strip())) {
                line = bold(lead.strip()) + line.substring(lead.strip().length());
            }
            out.append(line).append('\n');
        }
    }

    private void list(StringBuilder out, ItemList list) {
        int number = 1;
        for (String item : list.items()) {
            String marker = list.numbered() ? (number++) + ". " : (style.unicode() ? "• " : "- ");
            String indent = " ".repeat(marker.length() + 2);
            List<String> lines = wrap(item, style.width() - indent.length());
            for (int i = 0; i < lines.size(); i++) {
                out.append(i == 0 ? "  " + marker : indent).append(lines.get(i)).append('\n');
            }
        }
    }

    /**
     * Every service against every measure: the measures go by short codes (explained below the table) so that ten
     * figures fit a line, and the services are grouped under their verdict. Where even that does not fit the width,
     * each service's figures follow its name, wrapped.
     */
    private void overview(StringBuilder out, Overview overview, Document document) {
        Words words = document.words();
        String noFigure = words.get("report.overview.no-figure");
        String countCode = words.get("report.overview.respondents-code");
        int figureWidth = Math.max(
                DisplayWidth.of("99.9"),
                overview.measures().stream()
                        .mapToInt(m -> DisplayWidth.of(m.code()))
                        .max()
                        .orElse(0));
        int countWidth = DisplayWidth.of(countCode);
        for (OverviewRow row : overview.rows()) {
            countWidth = Math.max(countWidth, String.valueOf(row.respondents()).length());
        }
        int figuresWidth = countWidth + overview.measures().size() * (figureWidth + 1);
        int nameWidth = Math.min(
                style.width() - figuresWidth - 1,
                overview.rows().stream()
                        .mapToInt(r -> DisplayWidth.of(r.name()) + 2)
                        .max()
                        .orElse(0));
        nameWidth = Math.max(nameWidth, DisplayWidth.of(words.get("report.column.service")));
        boolean asTable = style.width() - figuresWidth - 1 >= MIN_NAME_WIDTH;
        if (asTable) {
            StringBuilder header = new StringBuilder(padRight(words.get("report.column.service"), nameWidth))
                    .append(' ')
                    .append(padLeft(countCode, countWidth));
            overview.measures().forEach(m -> header.append(' ').append(padLeft(m.code(), figureWidth)));
            out.append(bold(header.toString())).append('\n');
            out.append(repeat(style.unicode() ? "─" : "-", nameWidth + 1 + figuresWidth))
                    .append('\n');
        }
        java.util.Map<String, Long> services = overview.rows().stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        OverviewRow::verdict, java.util.stream.Collectors.counting()));
        String verdict = null;
        for (OverviewRow row : overview.rows()) {
            if (!row.verdict().equals(verdict)) {
                verdict = row.verdict();
                String group = words.get(
                        "report.overview.group", verdict, words.count("report.count.services", services.get(verdict)));
                wrap(group, style.width())
                        .forEach(line -> out.append(bold(line)).append('\n'));
            }
            List<String> figures =
                    row.figures().stream().map(f -> Figures.format(f, noFigure)).toList();
            if (asTable) {
                overviewRow(out, row, figures, nameWidth, countWidth, figureWidth);
            } else {
                overviewItem(out, row, figures, overview, countCode);
            }
        }
        out.append('\n');
        wrap(overview.key(words), style.width())
                .forEach(line -> out.append(line).append('\n'));
    }

    /** A service's row: its name indented under its verdict (wrapped if long), then its count and figures. */
    private static void overviewRow(
            StringBuilder out, OverviewRow row, List<String> figures, int nameWidth, int countWidth, int figureWidth) {
        List<String> name = wrap(row.name(), nameWidth - 2);
        StringBuilder line = new StringBuilder("  ")
                .append(padRight(name.get(0), nameWidth - 2))
                .append(' ')
                .append(padLeft(String.valueOf(row.respondents()), countWidth));
        figures.forEach(f -> line.append(' ').append(padLeft(f, figureWidth)));
        out.append(line.toString().stripTrailing()).append('\n');
        name.stream().skip(1).forEach(more -> out.append("  ").append(more).append('\n'));
    }

    /** A service as a short paragraph, for widths too narrow for the table: "n 11  P1 82.3  P2 84.5 ...". */
    private void overviewItem(
            StringBuilder out, OverviewRow row, List<String> figures, Overview overview, String countCode) {
        wrap(row.name(), style.width() - 2)
                .forEach(line -> out.append("  ").append(line).append('\n'));
        StringBuilder line = new StringBuilder(countCode + " " + row.respondents());
        for (int m = 0; m < figures.size(); m++) {
            line.append("  ")
                    .append(overview.measures().get(m).code())
                    .append(' ')
                    .append(figures.get(m));
        }
        wrap(line.toString(), style.width() - 4)
                .forEach(l -> out.append("    ").append(l).append('\n'));
    }

    /**
     * Several groups side by side: for each measure, a bar per group, so their difference can be seen. The measure is
     * written beside its first bar when everything fits on a line, and above the bars otherwise.
     */
    private void chart(StringBuilder out, Chart chart, Document document) {
        String noScore = document.words().get("report.no-score.short");
        wrap(chart.title(), style.width()).forEach(line -> out.append(line).append('\n'));
        int labelWidth = chart.labels().stream().mapToInt(String::length).max().orElse(0);
        int nameWidth =
                chart.series().stream().mapToInt(s -> s.name().length()).max().orElse(0);
        int valueWidth = chart.series().stream()
                .flatMap(s -> s.values().stream())
                .mapToInt(v -> Figures.format(v, noScore).length())
                .max()
                .orElse(0);
        boolean beside = 2 + labelWidth + 2 + nameWidth + 1 + BAR_WIDTH + 1 + valueWidth <= style.width();
        nameWidth = Math.min(nameWidth, style.width() - BAR_WIDTH - 8);
        for (int i = 0; i < chart.labels().size(); i++) {
            String label = chart.labels().get(i);
            if (!beside) {
                out.append("  ").append(label).append('\n');
            }
            for (int j = 0; j < chart.series().size(); j++) {
                Series series = chart.series().get(j);
                OptionalDouble value = series.values().get(i);
                String name =
                        series.name().length() > nameWidth ? series.name().substring(0, nameWidth) : series.name();
                String drawn = value.isPresent() ? bar(new Bar(value), document) : " ".repeat(BAR_WIDTH);
                out.append(beside ? "  " + padRight(j == 0 ? label : "", labelWidth) + "  " : "    ")
                        .append(padRight(name, nameWidth))
                        .append(' ')
                        .append(drawn)
                        .append(' ')
                        .append(Figures.format(value, noScore))
                        .append('\n');
            }
        }
    }

    private void table(StringBuilder out, Table table, Document document) {
        int columns = table.columns().size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = DisplayWidth.of(table.columns().get(c).header());
            for (List<Cell> row : table.rows()) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(cellText(row.get(c))));
            }
        }
        shrinkToFit(widths, table);
        out.append(row(
                table,
                widths,
                table.columns().stream()
                        .map(col -> (Cell) new Text(col.header()))
                        .toList(),
                document));
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            rule.append(c == 0 ? "" : "  ").append(repeat(style.unicode() ? "─" : "-", widths[c]));
        }
        out.append(rule).append('\n');
        for (List<Cell> cells : table.rows()) {
            out.append(row(table, widths, cells, document));
        }
    }

    /**
     * Fits the table to the width: each short column keeps its width (if they all fit), each other column first gets its longest word
     * (up to 30 characters, so ids are not broken), then the spare room goes, a character at a time, to the column whose text is most squeezed.
     */
    private void shrinkToFit(int[] natural, Table table) {
        int available = style.width() - 2 * (natural.length - 1);
        if (sum(natural) <= available) {
            return;
        }
        int[] widths = minimumWidths(natural, table, SHORT_COLUMN);
        if (sum(widths) > available) {
            widths = minimumWidths(natural, table, 0);
        }
        for (int spare = available - sum(widths); spare > 0; spare--) {
            int neediest = -1;
            double neediestShortfall = 0;
            for (int c = 0; c < natural.length; c++) {
                double shortfall = (double) (natural[c] - widths[c]) / natural[c];
                if (widths[c] < natural[c] && shortfall > neediestShortfall) {
                    neediest = c;
                    neediestShortfall = shortfall;
                }
            }
            if (neediest < 0) {
                break;
            }
            widths[neediest]++;
        }
        System.arraycopy(widths, 0, natural, 0, widths.length);
    }

    /** Columns up to {@code keepWhole} wide keep their width; others may wrap down to their longest word (at most 30). */
    private int[] minimumWidths(int[] natural, Table table, int keepWhole) {
        int[] widths = new int[natural.length];
        for (int c = 0; c < natural.length; c++) {
            widths[c] =
                    natural[c] <= keepWhole ? natural[c] : Math.min(natural[c], Math.min(30, longestWord(table, c)));
        }
        return widths;
    }

    private int longestWord(Table table, int column) {
        int longest = 1;
        List<String> texts = new ArrayList<>();
        texts.add(table.columns().get(column).header());
        table.rows().forEach(r -> texts.add(cellText(r.get(column))));
        for (String text : texts) {
            for (String word : text.split("\\s+")) {
                longest = Math.max(longest, DisplayWidth.of(word));
            }
        }
        return longest;
    }

    private String row(Table table, int[] widths, List<Cell> cells, Document document) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = wrap(cellText(cells.get(c)), widths[c]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        StringBuilder out = new StringBuilder();
        for (int line = 0; line < height; line++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < cells.size(); c++) {
                String part = line < wrapped.get(c).size() ? wrapped.get(c).get(line) : "";
                boolean right = table.columns().get(c).align() == Document.Align.RIGHT;
                String padded = right ? padLeft(part, widths[c]) : padRight(part, widths[c]);
                text.append(c == 0 ? "" : "  ")
                        .append(cells.get(c) instanceof Bar b ? colour(padded, b, document) : padded);
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private String cellText(Cell cell) {
        return cell instanceof Bar b ? bar(b) : ((Text) cell).text();
    }

    String bar(Bar bar) {
        if (bar.value().isEmpty()) {
            return "";
        }
        int filled = (int) Math.round(bar.value().getAsDouble() / 100.0 * BAR_WIDTH);
        return style.unicode()
                ? repeat("█", filled) + repeat("░", BAR_WIDTH - filled)
                : repeat("#", filled) + repeat(".", BAR_WIDTH - filled);
    }

    private String bar(Bar bar, Document document) {
        return colour(bar(bar), bar, document);
    }

    /**
     * On a colour terminal, a bar takes its band's colour, each band its own: the lowest red, then yellow, cyan, and
     * the highest green (the band is also written beside the bar, so colour is never the only sign).
     */
    private String colour(String text, Bar bar, Document document) {
        if (!style.colour() || bar.value().isEmpty() || document.bands().size() < 2 || text.isBlank()) {
            return text;
        }
        int band = Band.indexFor(document.bands(), bar.value().getAsDouble());
        int last = document.bands().size() - 1;
        int colour = (int) Math.round((double) band * (BAND_COLOURS.size() - 1) / last);
        return BAND_COLOURS.get(colour) + text + RESET;
    }

    /** For a terminal that cannot show them, the arrows and ellipsis that reports use, in plain ASCII. */
    private static String ascii(String text) {
        return text.replace("↑", "^").replace("↓", "v").replace("→", "->").replace("…", "...");
    }

    private String bold(String text) {
        return style.colour() ? BOLD + text + RESET : text;
    }

    /** Greedy word wrap (see {@link TextWrap#lines}). */
    public static List<String> wrap(String text, int width) {
        return TextWrap.lines(text, width);
    }

    private static String padRight(String text, int width) {
        return DisplayWidth.padRight(text, width);
    }

    private static String padLeft(String text, int width) {
        return DisplayWidth.padLeft(text, width);
    }

    private static String repeat(String unit, int times) {
        return unit.repeat(Math.max(0, times));
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int value : values) {
            total += value;
        }
        return total;
    }
}
