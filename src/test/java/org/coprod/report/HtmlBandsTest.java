package org.coprod.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.coprod.core.model.Band;
import org.coprod.report.Document.Align;
import org.coprod.report.Document.Bar;
import org.coprod.report.Document.Chart;
import org.coprod.report.Document.ChartKind;
import org.coprod.report.Document.Column;
import org.coprod.report.Document.Series;
import org.coprod.report.Document.Table;
import org.junit.jupiter.api.Test;

/** Issue 15: two of the four bands shared a shade, there was no key, and the radar's "25" was under the outline. */
class HtmlBandsTest {
    private static final List<Band> FOUR = List.of(
            new Band("not-there", "Not there yet", 0, ""),
            new Band("starting-out", "Starting out", 25, ""),
            new Band("on-the-way", "On the way", 50, ""),
            new Band("going-strong", "Going strong", 75, ""));

    /** The shades of the bands' key, lowest band first. */
    private static List<String> keyShades(String html) {
        return Pattern.compile("<span class=\"swatch\" style=\"background:(#[0-9a-f]{6})\"")
                .matcher(html)
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    private static String html(Document doc) {
        return new HtmlRenderer().render(doc.bands(FOUR));
    }

    private static Table barTable(double value) {
        return new Table(
                List.of(new Column("Principle", Align.LEFT), new Column("0 to 100", Align.LEFT)),
                List.of(List.of(Document.text("Assets"), new Bar(OptionalDouble.of(value)))));
    }

    @Test
    void each_band_has_its_own_shade_and_the_shades_step_apart_in_grey() {
        String html = html(new Document("R").table(barTable(30)));
        List<String> shades = keyShades(html);
        assertThat(shades).hasSize(4).doesNotHaveDuplicates();
        // lightness falls from the lowest band to the highest, in steps a greyscale print keeps apart (1.3:1 or more)
        for (int i = 0; i + 1 < shades.size(); i++) {
            assertThat(luminance(shades.get(i)) + 0.05)
                    .as(shades.get(i) + " then " + shades.get(i + 1))
                    .isGreaterThanOrEqualTo(1.3 * (luminance(shades.get(i + 1)) + 0.05));
        }
        // and the score's bar stands out from every shade by at least 3:1 (WCAG, non-text contrast)
        String bar = "#17375e";
        assertThat(html).contains("fill=\"" + bar + "\"");
        shades.forEach(s -> assertThat((luminance(s) + 0.05) / (luminance(bar) + 0.05))
                .as(s)
                .isGreaterThanOrEqualTo(3));
    }

    /**
     * Found by a review: the survey overview shaded its cells yellow, light green, teal and blue, while each service's
     * bars below used cream, amber, light teal and dark teal, so "Starting out" was light green in one key and amber in
     * the other. The overview's four shades are now the bars' four, in the same order.
     */
    @Test
    void the_overview_shades_each_band_as_the_bars_do() throws Exception {
        String bars = html(new Document("R").table(barTable(30)));
        List<String> barShades = keyShades(bars);
        String css;
        try (java.io.InputStream in = HtmlRenderer.class.getResourceAsStream("overview.css")) {
            css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> heatShades = Pattern.compile("\\.heat-\\d \\{ background: (#[0-9a-f]{6}); }")
                .matcher(css)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(heatShades).hasSize(4).isEqualTo(barShades);
    }

    @Test
    void the_key_comes_once_just_before_the_first_bar() {
        String html = html(new Document("R")
                .paragraph("Intro")
                .table(barTable(30))
                .table(barTable(80))
                .chart(new Chart(
                        ChartKind.BARS,
                        "Before and after",
                        List.of("Assets"),
                        List.of(new Series("x", List.of(OptionalDouble.of(40)))))));
        assertThat(html).containsOnlyOnce("<p class=\"key\">Bands:");
        assertThat(html.indexOf("<p class=\"key\">")).isLessThan(html.indexOf("<table>"));
        assertThat(html.indexOf("<p>Intro</p>")).isLessThan(html.indexOf("<p class=\"key\">"));
        assertThat(html)
                .contains(
                        "Not there yet (0 to 25)",
                        "Starting out (25 to 50)",
                        "On the way (50 to 75)",
                        "Going strong (75 to 100)");
        assertThat(new HtmlRenderer()
                        .render(new Document("R").paragraph("no bands").table(barTable(30))))
                .doesNotContain("class=\"key\"");
    }

    @Test
    void the_radar_s_scale_is_drawn_over_the_outline_never_under_it() {
        String html = html(new Document("R")
                .chart(new Chart(
                        ChartKind.RADAR,
                        "Principles",
                        List.of("A", "B", "C"),
                        List.of(new Series(
                                "s", List.of(OptionalDouble.of(30), OptionalDouble.of(30), OptionalDouble.of(30)))))));
        int outline = html.lastIndexOf("<circle");
        for (String scale : List.of(">25</text>", ">50</text>", ">75</text>")) {
            assertThat(html.indexOf(scale)).as(scale).isGreaterThan(outline);
        }
        assertThat(html).contains("paint-order=\"stroke\"");
    }

    private static double luminance(String hex) {
        double sum = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            sum += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }
}
