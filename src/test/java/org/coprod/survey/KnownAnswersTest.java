package org.coprod.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KnownAnswersTest {
    /** Labels of every length the word-at-a-time comparison treats differently: under 8, 8, 9 to 16, over 16. */
    private static final List<String> LABELS = List.of(
            "No",
            "Often",
            "Sometime",
            "Sometimes",
            "Strongly agree",
            "Strongly disagree",
            "Strongly agree!!",
            "Neither agree nor disagree",
            "\"Yes, at least one real decision\"",
            "Cytuno'n gryf – ŵ");

    @Test
    void a_known_answer_is_found_wherever_it_is_written_and_a_cell_one_bit_different_is_not() {
        KnownAnswers known = new KnownAnswers();
        for (int i = 0; i < LABELS.size(); i++) {
            byte[] label = bytes(LABELS.get(i));
            known.learn(label, 0, label.length, (byte) (i + 1));
        }
        Random random = new Random(20261130);
        for (int n = 0; n < 20_000; n++) {
            int which = random.nextInt(LABELS.size());
            byte[] label = bytes(LABELS.get(which));
            // the cell at a random place, with room after it from none to a few bytes: the last bytes of a buffer
            // are compared a byte at a time
            int at = random.nextInt(12);
            byte[] buffer = new byte[at + label.length + 1 + random.nextInt(10)];
            random.nextBytes(buffer);
            System.arraycopy(label, 0, buffer, at, label.length);
            buffer[at + label.length] = (byte) ",\n\r".charAt(random.nextInt(3));
            boolean changed = random.nextBoolean();
            if (changed) {
                buffer[at + random.nextInt(label.length)] ^= (byte) (1 << random.nextInt(8));
            }
            int found = known.find(buffer, at, buffer.length, (byte) ',');
            if (changed) {
                assertThat(found < 0 || known.length(found) != label.length || known.code(found) != which + 1)
                        .as("%s changed, in %s", LABELS.get(which), Arrays.toString(buffer))
                        .isTrue();
            } else {
                assertThat(found).as(LABELS.get(which)).isGreaterThanOrEqualTo(0);
                assertThat(known.code(found)).isEqualTo((byte) (which + 1));
                assertThat(known.length(found)).isEqualTo(label.length);
            }
        }
    }

    @Test
    void a_label_is_not_found_where_it_only_starts_a_longer_cell() {
        KnownAnswers known = new KnownAnswers();
        byte[] agree = bytes("Strongly agree");
        known.learn(agree, 0, agree.length, (byte) 5);
        byte[] cell = bytes("Strongly agreed,x");
        assertThat(known.find(cell, 0, cell.length, (byte) ',')).isEqualTo(-1);
        byte[] atTheEnd = bytes("Strongly agree"); // nothing after it: not known to be a whole field
        assertThat(known.find(atTheEnd, 0, atTheEnd.length, (byte) ',')).isEqualTo(-1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
