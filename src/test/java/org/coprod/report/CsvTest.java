package org.coprod.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void numbers_have_two_decimal_places_rounded_half_up_from_the_shortest_decimal() {
        assertThat(Csv.number(0.125)).isEqualTo("0.13");
        assertThat(Csv.number(12.345)).isEqualTo("12.35");
        assertThat(Csv.number(2.0 / 3)).isEqualTo("0.67");
        assertThat(Csv.number(100)).isEqualTo("100.00");
        assertThat(Csv.number(Double.NaN)).isEmpty();
        assertThat(Csv.number(-0.001)).isEqualTo("0.00");
    }

    @Test
    void numbers_are_written_as_java_writes_them_with_two_decimal_places() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double value = i % 2 == 0 ? i / 2000.0 : random.nextDouble() * 100;
            assertThat(Csv.number(value)).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
        }
    }

    @Test
    void records_are_split_at_line_ends_outside_quoted_cells() {
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, java.util.List.of("service", "note"));
        Csv.row(csv, java.util.List.of("Cwm \"Gwendraeth\"", "first line\r\nsecond, line"));
        Csv.row(csv, java.util.List.of("", ""));

        assertThat(Csv.records(csv.toString()))
                .containsExactly("service,note", "\"Cwm \"\"Gwendraeth\"\"\",\"first line\r\nsecond, line\"", ",");
    }
}
