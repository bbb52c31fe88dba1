package org.coprod.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.coprod.core.words.Words;
import org.junit.jupiter.api.Test;

/** The hand-written tokenizer must read CSV exactly as Apache Commons CSV does, the reference it replaced. */
class CsvTokenizerTest {
    private static List<List<String>> ours(String text, char delimiter, int bufferHint) throws Exception {
        CsvTokenizer tokenizer = new CsvTokenizer(new SlowStream(text, bufferHint), delimiter, true);
        List<List<String>> records = new ArrayList<>();
        while (tokenizer.next()) {
            records.add(List.of(tokenizer.fields()));
        }
        return records;
    }

    private static List<List<String>> reference(String text, char delimiter) throws Exception {
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.RFC4180)
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(format)
                .get()) {
            for (CSVRecord record : parser) {
                records.add(List.of(record.values()));
            }
        }
        return records;
    }

    /** Hands out the text's UTF-8 bytes a few at a time, so records (and characters) cross the buffer refills. */
    private static final class SlowStream extends ByteArrayInputStream {
        private final int most;

        SlowStream(String text, int most) {
            super(text.getBytes(StandardCharsets.UTF_8));
            this.most = most;
        }

        @Override
        public synchronized int read(byte[] buffer, int offset, int length) {
            return super.read(buffer, offset, Math.min(length, most));
        }
    }

    @Test
    void agrees_with_commons_csv_on_ten_thousand_random_files() throws Exception {
        Random random = new Random(20261122);
        String[] pieces = {
            "a",
            "Often",
            "",
            " ",
            "\"quoted\"",
            "\"with \"\" quote\"",
            "\"multi\nline\"",
            "\"a,b;c\tx\"",
            "é",
            "\u00A0",
            "12",
            "\"\"",
            "N/A"
        };
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
            assertThat(ours(csv, delimiter, 1 + random.nextInt(7)))
                    .as("file %d: %s", file, csv)
                    .isEqualTo(reference(csv, delimiter));
        }
    }

    @Test
    void a_quote_never_closed_and_text_after_a_closing_quote_are_reported_with_their_row() {
        CsvTokenizer.Malformed open =
                catchThrowableOfType(CsvTokenizer.Malformed.class, () -> ours("a,b\nc,\"d\ne\n", ',', 3));
        assertThat(open.record).isEqualTo(2);
        assertThat(open.line).as("the line the bad record starts on").isEqualTo(2);
        assertThat(Words.english().get(open.key, open.args)).contains("never closed");
        CsvTokenizer.Malformed after =
                catchThrowableOfType(CsvTokenizer.Malformed.class, () -> ours("a,\"b\"c\n", ',', 100));
        assertThat(Words.english().get(after.key, after.args)).contains("straight after a closing quote");
    }

    @Test
    void a_hundred_thousand_columns_read() throws Exception {
        String line = "x,".repeat(99_999) + "x\n";
        assertThat(ours(line, ',', 1 << 20).get(0)).hasSize(100_000);
    }

    @Test
    void a_byte_that_is_not_utf8_is_reported_with_its_line_even_past_the_first_buffer() throws Exception {
        String start =
                "Service,a1\n" + "X,\"two\nlines\"\n".repeat(200_000); // 2.6 MB: the bad byte is read in a later fill
        byte[] good = (start + "Café,4\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(good, good.length);
        bad[bad.length - 4] = (byte) 0xE9; // é as Windows-1252 writes it, on line 400,002
        assertThat(ours(new String(good, StandardCharsets.UTF_8), ',', 1 << 16)).hasSize(200_002);
        CsvTokenizer tokenizer = new CsvTokenizer(new ByteArrayInputStream(bad), ',', true);
        CsvTokenizer.NotUtf8 notUtf8 = catchThrowableOfType(CsvTokenizer.NotUtf8.class, () -> readAll(tokenizer));
        assertThat(notUtf8.line).isEqualTo(400_002);
    }

    private static void readAll(CsvTokenizer tokenizer) throws Exception {
        while (tokenizer.next()) {
            tokenizer.fields();
        }
    }

    @Test
    void a_character_cut_short_at_the_end_of_the_file_is_not_utf8() {
        byte[] cut = {'a', ',', 'b', '\n', 'c', ',', (byte) 0xC3};
        CsvTokenizer tokenizer = new CsvTokenizer(new ByteArrayInputStream(cut), ',', true);
        assertThat(catchThrowableOfType(CsvTokenizer.NotUtf8.class, () -> readAll(tokenizer)).line)
                .isEqualTo(2);
    }

    @Test
    void plain_records_read_the_quick_way_exactly_as_next_reads_them() throws Exception {
        Random random = new Random(20261123);
        String[] pieces = {
            "4",
            "2",
            "",
            "Often",
            "N/A",
            "9",
            "\"4\"",
            "\"a,b\"",
            "é",
            " ",
            "x\"y",
            "\"\"",
            "\"a\"\"b\"",
            "\"a\nb\"",
            "\"a\r\nb\"",
            "\"a\rb\"",
            "\"\"\"\""
        };
        int plain = 0;
        for (int file = 0; file < 2_000; file++) {
            int columns = 1 + random.nextInt(5);
            StringBuilder text = new StringBuilder();
            for (int r = 0, rows = 1 + random.nextInt(8); r < rows; r++) {
                int fields = random.nextInt(10) == 0 ? columns + random.nextInt(3) - 1 : columns;
                for (int f = 0; f < fields; f++) {
                    text.append(f > 0 ? "," : "").append(pieces[random.nextInt(pieces.length)]);
                }
                boolean last = r == rows - 1;
                text.append(
                        last && random.nextInt(4) == 0
                                ? "" // a last record with no line end
                                : random.nextInt(5) == 0
                                        ? "\r\n"
                                        : random.nextInt(8) == 0 ? "\r" : random.nextInt(10) == 0 ? "\n\n" : "\n");
            }
            KnownAnswers[] tables = new KnownAnswers[columns];
            int[] slots = new int[columns];
            for (int c = 0; c < columns; c++) {
                slots[c] = columns - 1 - c;
                if (random.nextBoolean()) {
                    KnownAnswers known = new KnownAnswers();
                    KNOWN.forEach((written, code) -> known.learn(bytes(written), 0, bytes(written).length, code));
                    tables[c] = known;
                }
            }
            String csv = text.toString();
            int hint = random.nextBoolean() ? 1 + random.nextInt(9) : 1 << 16;
            CsvTokenizer quick =
                    new CsvTokenizer(new SlowStream(csv, hint), ',', true, random.nextInt(4) == 0 ? 16 : 0);
            CsvTokenizer usual = new CsvTokenizer(new SlowStream(csv, hint), ',', true);
            while (true) {
                byte[] codes = new byte[columns];
                int coded = quick.nextPlain(tables, slots, codes);
                boolean more = usual.next();
                if (coded < 0) {
                    assertThat(quick.next()).as(csv).isEqualTo(more);
                }
                if (!more) {
                    break;
                }
                assertThat(quick.fields()).as(csv).containsExactly(usual.fields());
                assertThat(quick.recordNumber()).isEqualTo(usual.recordNumber());
                assertThat(quick.lineNumber()).isEqualTo(usual.lineNumber());
                assertThat(quick.nextLineNumber()).as(csv).isEqualTo(usual.nextLineNumber());
                if (coded >= 0) {
                    plain++;
                    assertThat(coded + quick.unresolvedCount()).as(csv).isEqualTo(codedAndUnresolved(usual, tables));
                    for (int c = 0; c < columns; c++) {
                        byte expected = tables[c] == null ? 0 : MEANINGS.getOrDefault(usual.field(c), (byte) 0);
                        assertThat(codes[slots[c]]).as(csv).isEqualTo(expected);
                    }
                    for (int i = 0; i < quick.unresolvedCount(); i++) {
                        String field = usual.field(quick.unresolved(i));
                        assertThat(field).isNotEmpty().isNotIn(MEANINGS.keySet());
                    }
                }
            }
        }
        assertThat(plain).as("records read the quick way").isGreaterThan(1_000);
    }

    @Test
    void text_after_a_closing_quote_is_not_taken_the_quick_way() throws Exception {
        CsvTokenizer tokenizer = new CsvTokenizer(
                new ByteArrayInputStream("x,y\na,\"b\"c\n".getBytes(StandardCharsets.UTF_8)), ',', true, 0);
        assertThat(tokenizer.next()).isTrue();
        assertThat(tokenizer.nextPlain(new KnownAnswers[2], new int[2], new byte[2]))
                .isEqualTo(-1);
        CsvTokenizer.Malformed malformed = catchThrowableOfType(CsvTokenizer.Malformed.class, tokenizer::next);
        assertThat(malformed.key).isEqualTo("survey.csv.text-after-closing-quote");
    }

    @Test
    void answers_taught_from_a_record_read_the_usual_way_are_coded_the_quick_way() throws Exception {
        String row = "Often,\"a,b\",\"x\"\"y\",4,\"two\nlines\"\r\n";
        CsvTokenizer tokenizer = new CsvTokenizer(new ByteArrayInputStream(bytes(row + row)), ',', true, 0);
        KnownAnswers[] known = new KnownAnswers[5];
        java.util.Arrays.setAll(known, c -> new KnownAnswers());
        assertThat(tokenizer.next()).isTrue();
        for (int c = 0; c < 5; c++) {
            tokenizer.teach(c, known[c], (byte) (c + 1));
        }
        // only the simply written answers were learnt; the field with a doubled quote and the one with a line break
        // are left to the caller, read as the usual way reads them
        byte[] codes = new byte[5];
        assertThat(tokenizer.nextPlain(known, new int[] {0, 1, 2, 3, 4}, codes)).isEqualTo(3);
        assertThat(codes).containsExactly(1, 2, 0, 4, 0);
        assertThat(tokenizer.unresolvedCount()).isEqualTo(2);
        assertThat(tokenizer.fields()).containsExactly("Often", "a,b", "x\"y", "4", "two\nlines");
        assertThat(tokenizer.recordNumber()).isEqualTo(2);
        assertThat(tokenizer.lineNumber()).isEqualTo(3);
        assertThat(tokenizer.nextLineNumber()).isEqualTo(5);
        assertThat(tokenizer.nextPlain(known, new int[] {0, 1, 2, 3, 4}, codes)).isEqualTo(-1); // the end
    }

    @Test
    void a_quoted_field_never_closed_is_left_to_the_usual_way_which_names_it() throws Exception {
        CsvTokenizer tokenizer = new CsvTokenizer(new ByteArrayInputStream(bytes("x,y\na,\"b\nc,d\n")), ',', true, 0);
        assertThat(tokenizer.next()).isTrue();
        assertThat(tokenizer.nextPlain(new KnownAnswers[2], new int[2], new byte[2]))
                .isEqualTo(-1);
        CsvTokenizer.Malformed malformed = catchThrowableOfType(CsvTokenizer.Malformed.class, tokenizer::next);
        assertThat(malformed.key).isEqualTo("survey.csv.quote-never-closed");
        assertThat(malformed.line).isEqualTo(2);
    }

    /** The answers the quick way is given, as written in the file, and what the fields they are written as mean. */
    private static final java.util.Map<String, Byte> KNOWN =
            java.util.Map.of("4", (byte) 40, "Often", (byte) 50, "\"a,b\"", (byte) 60, "é", (byte) 70);

    private static final java.util.Map<String, Byte> MEANINGS =
            java.util.Map.of("4", (byte) 40, "Often", (byte) 50, "a,b", (byte) 60, "é", (byte) 70);

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int codedAndUnresolved(CsvTokenizer row, KnownAnswers[] tables) {
        int n = 0;
        for (int c = 0; c < tables.length; c++) {
            n += tables[c] != null && !row.field(c).isEmpty() ? 1 : 0;
        }
        return n;
    }
}
