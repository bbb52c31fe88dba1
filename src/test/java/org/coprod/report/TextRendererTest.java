package org.coprod.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.coprod.report.Document.Chart;
import org.coprod.report.Document.ChartKind;
import org.coprod.report.Document.Series;
import org.junit.jupiter.api.Test;

class TextRendererTest {
    @Test
    void long_ids_and_paths_break_after_a_hyphen_or_slash_not_in_the_middle_of_a_word() {
        assertThat(TextRenderer.wrap("assets-skills-asked-of-everyone", 12))
                .containsExactly("assets-", "skills-", "asked-of-", "everyone");
        assertThat(TextRenderer.wrap("see examples/exports/google-forms.csv now", 20))
                .containsExactly("see", "examples/exports/", "google-forms.csv now");
    }

    @Test
    void a_word_with_no_place_to_break_is_cut_at_the_width_and_short_lines_are_kept() {
        assertThat(TextRenderer.wrap("abcdefghijklmnop", 6)).containsExactly("abcdef", "ghijkl", "mnop");
        assertThat(TextRenderer.wrap("fits  as  it is", 15)).containsExactly("fits  as  it is");
    }

    /** Issue 16: widths counted chars, so a name in Chinese or Japanese (two columns a character) misaligned the table. */
    @Test
    void a_table_with_wide_characters_lines_up_on_a_terminal() {
        Document doc = new Document("Services")
                .table(new Document.Table(
                        List.of(
                                new Document.Column("Service", Document.Align.LEFT),
                                new Document.Column("Verdict", Document.Align.LEFT)),
                        List.of(
                                List.of(Document.text("東京コミュニティ食堂"), Document.text("Self-organised")),
                                List.of(Document.text("Riverside"), Document.text("Co-production")))));
        List<String> lines = new TextRenderer(Style.plain(80))
                .render(doc)
                .lines()
                .filter(line -> line.contains("Self-organised") || line.contains("Co-production"))
                .toList();
        assertThat(lines).hasSize(2);
        // the verdict starts at the same terminal column on both lines: 10 wide characters are 20 columns, then 2
        // spaces
        for (String line : lines) {
            int verdict = Math.max(line.indexOf("Self-organised"), line.indexOf("Co-production"));
            assertThat(org.coprod.text.DisplayWidth.of(line.substring(0, verdict)))
                    .as(line)
                    .isEqualTo(22);
        }
        assertThat(TextRenderer.wrap("東京 コミュニティ 食堂", 10)).containsExactly("東京", "コミュニテ", "ィ 食堂");
    }

    private static final Chart BEFORE_AND_AFTER = new Chart(
            ChartKind.BARS,
            "Riverside: before and after",
            List.of("People as assets", "Mutuality and reciprocity"),
            List.of(
                    new Series("Before", List.of(OptionalDouble.of(80), OptionalDouble.of(45))),
                    new Series("After", List.of(OptionalDouble.of(85), OptionalDouble.empty()))));

    @Test
    void a_chart_of_two_groups_has_a_line_per_bar_with_the_measure_beside_the_first() {
        String text = new TextRenderer(Style.plain(80)).render(new Document("Change").chart(BEFORE_AND_AFTER));
        assertThat(text).contains("""
                Riverside: before and after
                  People as assets           Before ████████░░ 80
                                             After  █████████░ 85
                  Mutuality and reciprocity  Before █████░░░░░ 45
                                             After             no score
                """);
    }

    @Test
    void on_a_narrow_screen_the_measure_goes_above_its_bars() {
        String text = new TextRenderer(Style.plain(40)).render(new Document("Change").chart(BEFORE_AND_AFTER));
        assertThat(text).contains("""
                  Mutuality and reciprocity
                    Before █████░░░░░ 45
                    After             no score
                """);
        assertThat(text.lines()).allMatch(line -> line.length() <= 40);
    }

    /** Issue 15: the two middle bands shared yellow on a colour terminal; each band now has its own colour. */
    @Test
    void each_band_has_its_own_colour_on_a_colour_terminal() {
        List<org.coprod.core.model.Band> bands = List.of(
                new org.coprod.core.model.Band("a", "A", 0, ""),
                new org.coprod.core.model.Band("b", "B", 25, ""),
                new org.coprod.core.model.Band("c", "C", 50, ""),
                new org.coprod.core.model.Band("d", "D", 75, ""));
        Document doc = new Document("Bars").bands(bands);
        List<List<Document.Cell>> rows = new java.util.ArrayList<>();
        for (double score : new double[] {10, 30, 60, 90}) {
            rows.add(List.of(new Document.Bar(OptionalDouble.of(score))));
        }
        doc.table(new Document.Table(List.of(new Document.Column("Score", Document.Align.LEFT)), rows));

        String text = new TextRenderer(new Style(80, true, true)).render(doc);

        List<String> colours = text.lines()
                .filter(line -> line.contains("\u001B[3"))
                .map(line -> line.substring(line.indexOf("\u001B[3"), line.indexOf("\u001B[3") + 5))
                .toList();
        assertThat(colours).containsExactly("\u001B[31m", "\u001B[33m", "\u001B[36m", "\u001B[32m");
        assertThat(new TextRenderer(new Style(80, true, false)).render(doc)).doesNotContain("\u001B[");
    }
}
