package org.coprod.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A report's content, independent of its format: headings, paragraphs, lists and tables. Built once, then rendered
 * as terminal text or Markdown, so every format says the same thing.
 */
public final class Document {
    public sealed interface Block permits Heading, Paragraph, ItemList, Table {}

    public record Heading(int level, String text) implements Block {}

    /** A paragraph, optionally led by a bold label ("Verdict:"). */
    public record Paragraph(String lead, String text) implements Block {}

    public record ItemList(boolean numbered, List<String> items) implements Block {
        public ItemList {
            items = List.copyOf(items);
        }
    }

    public enum Align { LEFT, RIGHT }

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

    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    public Document(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    public Document heading(String text) {
        blocks.add(new Heading(2, text));
        return this;
    }

    public Document subheading(String text) {
        blocks.add(new Heading(3, text));
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

    public Document table(Table table) {
        blocks.add(table);
        return this;
    }

    public static Text text(String text) {
        return new Text(text);
    }
}
