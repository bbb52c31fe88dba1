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
 * Renders a document as GitHub-flavoured Markdown with real tables. Text is escaped where it would otherwise be read
 * as markup, and only there, so a service name or a note can neither break a table nor add markup, and the file still
 * reads well as plain text.
 */
public final class MarkdownRenderer {
    /** What follows the '&' of an entity reference, such as "amp;" or "#65;"; no entity name is longer. */
    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("#?[A-Za-z0-9]{1,32};");

    private static final int ENTITY_LIMIT = 34;

    private final TextRenderer bars = new TextRenderer(Style.plain(Style.DEFAULT_WIDTH));

    public String render(Document document) {
        return render(document, 0);
    }

    /**
     * The document with every heading {@code levelsBelow} levels lower than its own, the title included: for a report
     * placed under a heading of its own, such as each language's report under the language's name.
     */
    public String render(Document document, int levelsBelow) {
        StringBuilder out = new StringBuilder("#".repeat(Math.min(6, 1 + levelsBelow)))
                .append(' ')
                .append(heading(document.title()))
                .append('\n');
        for (Block block : document.blocks()) {
            if (block instanceof Document.Chart || block instanceof Document.NewPage) {
                continue; // Markdown cannot draw (the chart's figures are in the table beside it), and has no pages
            }
            out.append('\n');
            if (block instanceof Heading h) {
                out.append("#".repeat(Math.min(6, h.level() + levelsBelow)))
                        .append(' ')
                        .append(heading(h.text()))
                        .append('\n');
            } else if (block instanceof Paragraph p) {
                out.append(paragraph(p)).append('\n');
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

    /**
     * A paragraph: its lead in bold, and its lines kept as lines. A line of a paragraph with several could be read as
     * a table's header when the next line looks like a table's rule, so its pipes are escaped too.
     */
    private static String paragraph(Paragraph p) {
        String text = p.lead().isEmpty() ? escape(p.text()) : afterLead(p.text());
        if (text.contains("\n")) {
            text = text.replace("|", "\\|").replace("\n", "  \n");
        }
        return p.lead().isEmpty() ? text : "**" + inline(p.lead().replace("\n", " ")) + "** " + text;
    }

    private void list(StringBuilder out, ItemList list) {
        int number = 1;
        for (String item : list.items()) {
            out.append(list.numbered() ? (number++) + ". " : "- ")
                    .append(escape(item.replace("\n", " ")))
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
        String escaped = inline(text.replace("\n", " ")).replace("|", "\\|");
        return escaped.isEmpty() ? " " : escaped;
    }

    /**
     * Text that may start a block, such as a paragraph or a list item's text: every line is also kept from starting a
     * heading, list, quote, code block, rule or table. Only what would change the text's meaning is escaped, so that
     * the Markdown also reads well as plain text (in an email or a text editor).
     */
    static String escape(String text) {
        return lineStarts(inline(text), true);
    }

    /** Text after other text on its first line (a bold lead, a heading's hashes): its later lines start blocks. */
    private static String afterLead(String text) {
        return lineStarts(inline(text), false);
    }

    /** A heading's text, whose closing hashes would otherwise disappear. */
    private static String heading(String text) {
        return inline(text.replace("\n", " ")).replaceAll("(\\s)(#++\\s*+)$", "$1\\\\$2");
    }

    /**
     * Escapes what CommonMark and GitHub would read as inline markup: a backslash before punctuation, emphasis and
     * strikethrough marks that could pair up, backticks that could make a code span, a link's "](", a tag or
     * autolink's "<", and an entity's "&". Lone marks ("5 * 3", "[Disagree]", "a < b", "Q&A", "snake_case") are left
     * as they are.
     */
    private static String inline(String text) {
        String t = text.replace("\r", "");
        boolean[] pairing = pairingDelimiters(t);
        boolean backticks = codeSpanPossible(t);
        StringBuilder out = new StringBuilder(t.length() + 8);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
            boolean markup = switch (c) {
                case '\\' -> isAsciiPunctuation(next);
                case '*', '_', '~' -> pairing[i];
                case '`' -> backticks;
                case ']' -> next == '(' || next == '[';
                case '<' -> Character.isLetter(next) || next == '/' || next == '!' || next == '?';
                case '&' ->
                    ENTITY.matcher(t)
                            .region(i + 1, Math.min(t.length(), i + 1 + ENTITY_LIMIT))
                            .lookingAt();
                default -> false;
            };
            out.append(markup ? "\\" : "").append(c);
        }
        return out.toString();
    }

    /**
     * Keeps lines from starting a block: an indented code block (the indent is dropped), a heading, quote, list item,
     * fence, thematic break, setext underline or link definition. The first line only when {@code first}.
     */
    private static String lineStarts(String text, boolean first) {
        String[] lines = text.split("\n", -1);
        for (int i = first ? 0 : 1; i < lines.length; i++) {
            lines[i] = lines[i].replaceFirst("^(?: {4,}|\t)[ \t]*", "")
                    .replaceFirst("^( {0,3})(#{1,6}(?:\\s|$)|>|[-+*](?:\\s|$)|~{3,}|\\[(?=[^\\]]*\\]:))", "$1\\\\$2")
                    .replaceFirst("^( {0,3}\\d{1,9})([.)](?:\\s|$))", "$1\\\\$2")
                    .replaceFirst("^( {0,3})([-*_=])(?=(?:[ \t]*+\\2)*+[ \t]*+$)", "$1\\\\$2");
        }
        return String.join("\n", lines);
    }

    /** Which '*', '_' and '~' belong to a run that could open or close emphasis or strikethrough with another run. */
    private static boolean[] pairingDelimiters(String text) {
        boolean[] pairing = new boolean[text.length()];
        for (char mark : new char[] {'*', '_', '~'}) {
            List<int[]> runs = new java.util.ArrayList<>(); // start, end, can open, can close
            for (int i = 0; i < text.length(); ) {
                int end = i;
                while (end < text.length() && text.charAt(end) == mark) {
                    end++;
                }
                if (end > i) {
                    runs.add(flanking(text, i, end, mark));
                    i = end;
                } else {
                    i++;
                }
            }
            int firstOpener = runs.size();
            int lastCloser = -1;
            for (int r = 0; r < runs.size(); r++) {
                firstOpener = runs.get(r)[2] == 1 ? Math.min(firstOpener, r) : firstOpener;
                lastCloser = runs.get(r)[3] == 1 ? r : lastCloser;
            }
            for (int r = 0; r < runs.size(); r++) {
                int[] run = runs.get(r);
                boolean opens = run[2] == 1 && lastCloser > r;
                boolean closes = run[3] == 1 && firstOpener < r;
                if (opens || closes) {
                    java.util.Arrays.fill(pairing, run[0], run[1], true);
                }
            }
        }
        return pairing;
    }

    /** A run of marks and whether it can open and close, by CommonMark's flanking rules. */
    private static int[] flanking(String text, int start, int end, char mark) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        boolean left = !Character.isWhitespace(after)
                && (!isPunctuation(after) || Character.isWhitespace(before) || isPunctuation(before));
        boolean right = !Character.isWhitespace(before)
                && (!isPunctuation(before) || Character.isWhitespace(after) || isPunctuation(after));
        boolean opens = mark == '_' ? left && (!right || isPunctuation(before)) : left;
        boolean closes = mark == '_' ? right && (!left || isPunctuation(after)) : right;
        return new int[] {start, end, opens ? 1 : 0, closes ? 1 : 0};
    }

    /** Two backtick runs of the same length make a code span, and a run of three a fence: escape them all then. */
    private static boolean codeSpanPossible(String text) {
        java.util.Set<Integer> lengths = new java.util.HashSet<>();
        java.util.regex.Matcher runs = java.util.regex.Pattern.compile("`+").matcher(text);
        while (runs.find()) {
            int length = runs.end() - runs.start();
            if (length >= 3 || !lengths.add(length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && isPunctuation(c);
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
