package org.coprod.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecordSplitterTest {
    /** Fields as exports write them, and as they should not but do: each way a record's end can be hidden. */
    private static final String[] FIELDS = {
        "Often",
        "",
        "\"Yes, at least one real decision\"",
        "\"He said \"\"no\"\", then yes\"",
        "\"two\nlines\"",
        "\"three\r\nlines\r\nhere\"",
        "\"\"",
        "\"\"\"\"",
        "5\" tall",
        "a\"b",
        "Caf\u00e9 \u0175\u0177",
        "\"ends with a quote \"\"\"",
        "\"a comma, and\na line\"",
    };

    private static final String[] LINE_ENDS = {"\n", "\r\n", "\r"};

    @Test
    void every_part_ends_where_a_record_ends_and_reads_as_the_whole_file_does() throws Exception {
        Random random = new Random(20261130);
        for (int trial = 0; trial < 400; trial++) {
            byte[] file = randomCsv(random, 1 + random.nextInt(60));
            int partBytes = 1 + random.nextInt(200);
            List<String> whole = records(new CsvTokenizer(new ByteArrayInputStream(file), ',', true, 0));
            RecordSplitter splitter = new RecordSplitter(new byte[0], new ByteArrayInputStream(file), ',', partBytes);
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            List<String> byParts = new ArrayList<>();
            long lines = 0;
            for (RecordSplitter.Part part = splitter.next(); part != null; part = splitter.next()) {
                assertThat(part.tooLong()).isFalse();
                joined.write(part.bytes(), 0, part.length());
                CsvTokenizer tokenizer = new CsvTokenizer(part.bytes().clone(), part.length(), ',', true);
                byParts.addAll(records(tokenizer));
                lines += tokenizer.nextLineNumber() - 1;
            }
            String context = "trial " + trial + ", parts of " + partBytes + " bytes: "
                    + new String(file, StandardCharsets.UTF_8);
            assertThat(joined.toByteArray()).as(context).isEqualTo(file);
            assertThat(byParts).as(context).isEqualTo(whole);
            CsvTokenizer counting = new CsvTokenizer(new ByteArrayInputStream(file), ',', true, 0);
            records(counting);
            assertThat(lines).as(context).isEqualTo(counting.nextLineNumber() - 1);
        }
    }

    @Test
    void bytes_already_read_start_the_first_part() throws Exception {
        byte[] rest = "c,\"d\ne\"\nf,g\n".getBytes(StandardCharsets.UTF_8);
        RecordSplitter splitter =
                new RecordSplitter("a,b\n".getBytes(StandardCharsets.UTF_8), new ByteArrayInputStream(rest), ',', 6);
        List<String> parts = new ArrayList<>();
        for (RecordSplitter.Part part = splitter.next(); part != null; part = splitter.next()) {
            parts.add(new String(part.bytes(), 0, part.length(), StandardCharsets.UTF_8));
        }
        assertThat(parts).containsExactly("a,b\n", "c,\"d\ne\"\n", "f,g\n");
    }

    @Test
    void a_record_longer_than_the_most_allowed_is_handed_on_as_too_long() throws Exception {
        byte[] file =
                ("\"" + "x".repeat(RecordSplitter.MOST_BYTES_IN_A_RECORD) + "\"\n").getBytes(StandardCharsets.UTF_8);
        RecordSplitter splitter = new RecordSplitter(new byte[0], new ByteArrayInputStream(file), ',');
        RecordSplitter.Part part = splitter.next();
        assertThat(part.tooLong()).isTrue();
        assertThat(splitter.next()).isNull();
    }

    /** Found by review: after a record too long, the start of it was handed on again as one more part. */
    @Test
    void after_rows_a_record_longer_than_the_most_allowed_ends_the_parts() throws Exception {
        String rows = "a,b\n".repeat(100);
        byte[] file = (rows + "c,\"" + "x".repeat(RecordSplitter.MOST_BYTES_IN_A_RECORD + 10) + "\"\nd,e\n")
                .getBytes(StandardCharsets.UTF_8);
        RecordSplitter splitter = new RecordSplitter(new byte[0], new ByteArrayInputStream(file), ',', 300 * 1024);
        List<RecordSplitter.Part> parts = new ArrayList<>();
        for (RecordSplitter.Part part = splitter.next(); part != null; part = splitter.next()) {
            parts.add(part);
        }
        assertThat(parts).hasSize(2);
        assertThat(new String(parts.get(0).bytes(), 0, parts.get(0).length(), StandardCharsets.UTF_8))
                .isEqualTo(rows);
        assertThat(parts.get(1).tooLong()).isTrue();
        assertThat(parts.get(1).length()).isEqualTo(RecordSplitter.MOST_BYTES_IN_A_RECORD);
    }

    private static byte[] randomCsv(Random random, int records) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < records; r++) {
            int fields = 1 + random.nextInt(4);
            for (int f = 0; f < fields; f++) {
                text.append(f == 0 ? "" : ",").append(FIELDS[random.nextInt(FIELDS.length)]);
            }
            if (r < records - 1 || random.nextBoolean()) {
                text.append(LINE_ENDS[random.nextInt(LINE_ENDS.length)]);
            }
            if (random.nextInt(10) == 0) {
                text.append(LINE_ENDS[random.nextInt(LINE_ENDS.length)]); // an empty line
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> records(CsvTokenizer tokenizer) throws Exception {
        List<String> records = new ArrayList<>();
        while (tokenizer.next()) {
            records.add(String.join("|", tokenizer.fields()));
        }
        return records;
    }
}
