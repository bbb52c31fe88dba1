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

    /** Text people type, with everything Markdown could read as markup. */
    private static final List<String> TRICKY = List.of(
            "a | b || c \\| d",
            "[Disagree] then [link](http://x) and ![image](y) and [ref][x] and [x]",
            "**bold** and *em* and _under_ and snake_case_name and 2 * 3 * 4 and a*b*c",
            "<b>bold</b> & &amp; &#65; AT&T a < b <http://x.y> <!-- comment -->",
            "`code` and ``two`` and a lone ` tick",
            "# not a heading",
            "## nor this ##",
            "1. not a list",
            "12) nor this",
            "- not a bullet",
            "+ nor this",
            "* nor this",
            "> not a quote",
            "~~struck~~ and ~one~",
            "back\\slash \\* \\_ \\\\ and C:\\Users\\me",
            "```",
            "~~~",
            "---",
            "***",
            "___",
            "===",
            "[x]: http://example.com",
            "100. a hundred",
            "first | line\n--- | ---\nsecond | line",
            "one\n# two\n- three\n1. four\n> five\n===");

    @Test
    void tricky_text_renders_as_itself_wherever_it_stands() {
        for (String text : TRICKY) {
            String flat = text.replace("\n", " ");
            assertThat(shownText(new Document("T").paragraph(text))).as(text).isEqualTo("T " + flat);
            assertThat(shownText(new Document("T").paragraph("Lead:", text)))
                    .as(text)
                    .isEqualTo("T Lead: " + flat);
            assertThat(shownText(new Document("T").bullets(List.of(text))))
                    .as(text)
                    .isEqualTo("T " + flat);
            assertThat(shownText(new Document("T").numbered(List.of(text))))
                    .as(text)
                    .isEqualTo("T " + flat);
            assertThat(shownText(new Document("T").heading(text))).as(text).isEqualTo("T " + flat);
            assertThat(shownText(new Document(text))).as(text).isEqualTo(flat);
            assertThat(shownText(new Document("T")
                            .table(new Table(
                                    List.of(new Column("A", Align.LEFT), new Column("B", Align.RIGHT)),
                                    List.of(List.of(Document.text(text), Document.text("1")))))))
                    .as(text)
                    .isEqualTo("T A B " + flat + " 1");
        }
    }

    @Test
    void plain_text_readers_see_no_entities_and_no_needless_backslashes() {
        String markdown = new MarkdownRenderer()
                .render(new Document("Riverside & partners")
                        .paragraph("Notes:", "Asked often? [Always] The <b>whole</b> team & AT&T, 5 * 3, snake_case.")
                        .bullets(List.of("Question? [Disagree] Not yet (see notes).")));
        assertThat(markdown)
                .doesNotContain("&lt;", "&gt;", "&amp;", "\\[", "\\]", "\\_", "\\*", "\\&")
                .contains("Riverside & partners")
                .contains("[Always] The \\<b>whole\\</b> team & AT&T, 5 * 3, snake_case.")
                .contains("- Question? [Disagree] Not yet (see notes).");
    }

    /**
     * What a reader sees of the rendered Markdown: its text, with no element but those the renderer writes itself.
     */
    private static String shownText(Document doc) {
        String html = html(new MarkdownRenderer().render(doc));
        java.util.regex.Matcher tags =
                java.util.regex.Pattern.compile("</?([a-z0-9]+)[^>]*>").matcher(html);
        while (tags.find()) {
            assertThat(tags.group(1))
                    .as(html)
                    .isIn(
                            "h1", "h2", "h3", "p", "strong", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th",
                            "td", "br");
        }
        return html.replaceAll("<[^>]*>", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** Deciding what to escape looks at each mark once, so a long note full of marks is no slower than any other. */
    @Test
    void a_long_text_full_of_marks_is_escaped_in_linear_time() {
        String marks = "*a _b ~c `d &e; [f](g) <h ".repeat(20_000);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> {
            assertThat(new MarkdownRenderer().render(new Document("T").paragraph(marks)))
                    .hasSizeGreaterThan(marks.length());
        });
    }
}
