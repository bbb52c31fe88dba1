package org.coprod.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BytesTest {
    @Test
    void equal_agrees_with_arrays_equals_and_equal_bytes_hash_alike_wherever_they_are() {
        Random random = new Random(20261123);
        for (int n = 0; n < 20_000; n++) {
            int length = random.nextInt(40);
            byte[] a = new byte[length + 5];
            random.nextBytes(a);
            byte[] b = new byte[length + 9];
            int at = random.nextInt(10);
            System.arraycopy(a, 3, b, at, length);
            if (length > 0 && random.nextBoolean()) {
                b[at + random.nextInt(length)] ^= (byte) (1 << random.nextInt(8));
            }
            boolean same = Arrays.equals(a, 3, 3 + length, b, at, at + length);
            assertThat(Bytes.equal(a, 3, b, at, length)).isEqualTo(same);
            if (same) {
                assertThat(Bytes.hash(a, 3, 3 + length)).isEqualTo(Bytes.hash(b, at, at + length));
            }
        }
    }

    @Test
    void the_first_byte_marked_in_a_word_is_the_first_of_any_byte_looked_for() {
        Random random = new Random(20261130);
        byte[] candidates = {',', '\n', '\r', '"', 0, (byte) 0x80, (byte) 0xFF, 1, 'a', ';'};
        long[] lookedFor = {Bytes.eight((byte) ','), Bytes.eight((byte) '\n'), Bytes.eight((byte) '\r')};
        for (int n = 0; n < 50_000; n++) {
            byte[] word = new byte[8];
            for (int k = 0; k < 8; k++) {
                word[k] = random.nextInt(3) == 0
                        ? candidates[random.nextInt(candidates.length)]
                        : (byte) random.nextInt();
            }
            int expected = 8;
            for (int k = 7; k >= 0; k--) {
                expected = word[k] == ',' || word[k] == '\n' || word[k] == '\r' ? k : expected;
            }
            long marks = 0;
            for (long pattern : lookedFor) {
                marks |= Bytes.zeroBytes(Bytes.longAt(word, 0) ^ pattern);
            }
            assertThat(marks == 0 ? 8 : Bytes.firstMarked(marks))
                    .as(Arrays.toString(word))
                    .isEqualTo(expected);
        }
    }
}
