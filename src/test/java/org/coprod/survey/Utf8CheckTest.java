package org.coprod.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The UTF-8 check must accept and refuse exactly what Java's strict decoder does, which coprod used before. */
class Utf8CheckTest {
    private static final byte[] INTERESTING = {
        'a',
        ',',
        '\n',
        (byte) 0x7F,
        (byte) 0x80,
        (byte) 0x8F,
        (byte) 0x90,
        (byte) 0x9F,
        (byte) 0xA0,
        (byte) 0xBF,
        (byte) 0xC0,
        (byte) 0xC1,
        (byte) 0xC2,
        (byte) 0xDF,
        (byte) 0xE0,
        (byte) 0xE1,
        (byte) 0xEC,
        (byte) 0xED,
        (byte) 0xEE,
        (byte) 0xEF,
        (byte) 0xF0,
        (byte) 0xF1,
        (byte) 0xF3,
        (byte) 0xF4,
        (byte) 0xF5,
        (byte) 0xFF
    };

    @Test
    void agrees_with_the_strict_decoder_on_a_hundred_thousand_random_byte_strings() {
        Random random = new Random(20261123);
        for (int n = 0; n < 100_000; n++) {
            byte[] bytes = new byte[random.nextInt(24)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(3) == 0 ? (byte) 'x' : INTERESTING[random.nextInt(INTERESTING.length)];
            }
            int checked = Utf8Check.check(bytes, 0, bytes.length);
            int decoded = errorAt(bytes);
            String hex = java.util.HexFormat.of().formatHex(bytes);
            if (decoded < 0) {
                assertThat(checked).as(hex).isEqualTo(bytes.length);
            } else {
                // an error, or a character the end cuts short (an error once the input has ended), where the decoder's
                // is
                assertThat(checked).as(hex).isIn(-1 - decoded, decoded);
            }
        }
    }

    /** Where the strict decoder finds the first error in the whole input; -1 when there is none. */
    private static int errorAt(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length * 2 + 2), true);
        return result.isError() ? in.position() : -1;
    }

    @Test
    void long_runs_of_ascii_and_a_character_cut_short_at_the_end() {
        String words = "plain ascii text, more than eight bytes long, then é";
        byte[] text = (words.repeat(3) + "\u20AC").getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Check.check(text, 0, text.length)).isEqualTo(text.length);
        assertThat(Utf8Check.check(text, 0, text.length - 1))
                .as("the euro sign cut short")
                .isEqualTo(text.length - 3);
        text[20] = (byte) 0xE9; // Latin-1 é inside ASCII
        assertThat(Utf8Check.check(text, 0, text.length)).isEqualTo(-1 - 20);
    }
}
