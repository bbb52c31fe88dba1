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
}
