package org.coprod.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The hand-written tokenizer must read CSV exactly as Apache Commons CSV does, the reference it replaced. */
class CsvTokenizerTest {
    private static List<List<String>> ours(String text, char delimiter, int bufferHint) throws Exception {
        CsvTokenizer tokenizer = new CsvTokenizer(new SlowReader(text, bufferHint), delimiter);
        List<List<String>> records = new ArrayList<>();
        while (tokenizer.next()) {
            records.add(List.of(tokenizer.fields()));
        }
        return records;
    }

    private static List<List<String>> reference(String text, char delimiter) throws Exception {
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                records.add(List.of(record.values()));
            }
        }
        return records;
    }

    /** Hands out at most a few characters at a time, so records cross the tokenizer's buffer refills. */
    private static final class SlowReader extends StringReader {
        private final int most;

        SlowReader(String text, int most) {
            super(text);
            this.most = most;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws java.io.IOException {
            return super.read(buffer, offset, Math.min(length, most));
        }
    }

    @Test
    void agrees_with_commons_csv_on_ten_thousand_random_files() throws Exception {
        Random random = new Random(20261122);
        String[] pieces = {"a", "Often", "", " ", "\"quoted\"", "\"with \"\" quote\"", "\"multi\nline\"", "\"a,b;c\tx\"",
            "é", "\u00A0", "12", "\"\"", "N/A"};
        for (int file = 0; file < 10_000; file++) {
            char delimiter = ",;\t".charAt(random.nextInt(3));
            StringBuilder text = new StringBuilder();
            int rows = 1 + random.nextInt(6);
            for (int r = 0; r < rows; r++) {
                int fields = 1 + random.nextInt(5);
                for (int f = 0; f < fields; f++) {
                    if (f > 0) {
                        text.append(delimiter);
                    }
                    text.append(pieces[random.nextInt(pieces.length)]);
                }
                text.append(random.nextInt(4) == 0 ? "\r\n" : random.nextInt(10) == 0 ? "\n\n" : "\n");
            }
            if (random.nextBoolean()) {
                text.setLength(text.length() - 1);
            }
            String csv = text.toString();
            assertThat(ours(csv, delimiter, 1 + random.nextInt(7))).as("file %d: %s", file, csv).isEqualTo(reference(csv, delimiter));
        }
    }

    @Test
    void a_quote_never_closed_and_text_after_a_closing_quote_are_reported_with_their_row() {
        CsvTokenizer.Malformed open = catchThrowableOfType(CsvTokenizer.Malformed.class, () -> ours("a,b\nc,\"d\ne\n", ',', 3));
        assertThat(open.record).isEqualTo(2);
        assertThat(open.line).as("the line the bad record starts on").isEqualTo(2);
        assertThat(open.getMessage()).contains("never closed");
        CsvTokenizer.Malformed after = catchThrowableOfType(CsvTokenizer.Malformed.class, () -> ours("a,\"b\"c\n", ',', 100));
        assertThat(after.getMessage()).contains("straight after a closing quote");
    }

    @Test
    void a_hundred_thousand_columns_read() throws Exception {
        String line = "x,".repeat(99_999) + "x\n";
        assertThat(ours(line, ',', 1 << 20).get(0)).hasSize(100_000);
    }
}
