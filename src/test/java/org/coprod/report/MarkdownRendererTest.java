package org.coprod.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.coprod.report.Document.Align;
import org.coprod.report.Document.Bar;
import org.coprod.report.Document.Column;
import org.coprod.report.Document.Table;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private static String html(String markdown) {
        List<org.commonmark.Extension> tables = List.of(TablesExtension.create());
        return HtmlRenderer.builder()
                .extensions(tables)
                .build()
                .render(Parser.builder().extensions(tables).build().parse(markdown));
    }

    @Test
    void ordinary_text_is_not_escaped_needlessly() {
        assertThat(MarkdownRenderer.escape("0 to 100")).isEqualTo("0 to 100");
        assertThat(MarkdownRenderer.escape("5 of 5")).isEqualTo("5 of 5");
        assertThat(MarkdownRenderer.escape("well-known - really")).isEqualTo("well-known - really");
    }

    @Test
    void text_that_looks_like_markup_stays_text() {
        assertThat(MarkdownRenderer.escape("1. not a list")).isEqualTo("1\\. not a list");
        assertThat(MarkdownRenderer.escape("- not a bullet")).isEqualTo("\\- not a bullet");
        String hostile = "<script>alert(1)</script> **bold** [link](http://x) `code` | pipe # hash";
        Document doc = new Document("Service " + hostile);
        doc.paragraph(hostile);
        doc.table(new Table(
                List.of(new Column("Note", Align.LEFT), new Column("Score", Align.RIGHT)),
                List.of(List.of(Document.text(hostile + "\nsecond line"), new Bar(OptionalDouble.of(50))))));
        String rendered = html(new MarkdownRenderer().render(doc));
        assertThat(rendered)
                .doesNotContain("<script>")
                .doesNotContain("<strong>")
                .doesNotContain("<a href")
                .doesNotContain("<code>")
                .contains("&lt;script&gt;");
        assertThat(rendered).containsOnlyOnce("<table>").contains("█████░░░░░</td>");
        assertThat(rendered.split("<tr>")).hasSize(3);
    }

    /** Issue 13: a multi-line reflection could add a heading (a line of === or ---) or a code block (four spaces). */
    @Test
    void a_reflection_over_several_lines_adds_no_heading_and_no_code_block() {
        String markdown = new MarkdownRenderer()
                .render(new Document("Report")
                        .paragraph("Reflection:", "We looked again.\n===\nand then\n\n    rm -rf everything\n---"));
        String html = html(markdown);
        assertThat(html)
                .doesNotContain("<h1>We")
                .doesNotContain("<h2>")
                .doesNotContain("<pre>")
                .doesNotContain("<code>")
                .contains("rm -rf everything");
    }
}
