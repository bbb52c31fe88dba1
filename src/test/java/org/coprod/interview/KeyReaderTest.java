package org.coprod.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.coprod.interview.KeyReader.Key;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

/** Keys as the bytes a terminal sends, read back as keys. */
class KeyReaderTest {
    private static final String ESC = "\u001B";

    static Terminal terminal(String typed) throws IOException {
        Attributes raw = new Attributes();
        raw.setLocalFlags(EnumSet.of(Attributes.LocalFlag.ISIG));
        return TerminalBuilder.builder()
                .system(false)
                .provider("exec")
                .type("xterm-256color")
                .size(new Size(80, 24))
                .attributes(raw)
                .encoding(StandardCharsets.UTF_8)
                .streams(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream())
                .build();
    }

    /** Every key read until the input ends, a typed one as its character. */
    private static List<String> keys(String typed) throws IOException {
        try (Terminal terminal = terminal(typed)) {
            KeyReader reader = new KeyReader(terminal);
            List<String> keys = new ArrayList<>();
            for (Key key = reader.read(); key != Key.END_OF_INPUT; key = reader.read()) {
                keys.add(key == Key.TYPED ? Character.toString(reader.typed()) : key.name());
            }
            return keys;
        }
    }

    @Test
    void arrows_home_end_and_pages_in_normal_and_application_mode_and_the_terminal_s_own() throws IOException {
        assertThat(keys(ESC + "[A" + ESC + "OA" + "k" + ESC + "[B" + ESC + "OB" + "j"))
                .containsExactly("UP", "UP", "UP", "DOWN", "DOWN", "DOWN");
        assertThat(keys(ESC + "[H" + ESC + "OH" + ESC + "[1~" + ESC + "[7~" + ESC + "[F" + ESC + "OF" + ESC + "[4~"
                        + ESC + "[8~"))
                .containsExactly("FIRST", "FIRST", "FIRST", "FIRST", "LAST", "LAST", "LAST", "LAST");
        assertThat(keys(ESC + "[5~" + ESC + "[6~")).containsExactly("PAGE_UP", "PAGE_DOWN");
        assertThat(keys("\r\n?1é")).containsExactly("ENTER", "ENTER", "?", "1", "é");
    }

    /** The old hand-made decoder stopped at Esc [ 1 and left "5~": F5 answered 5. */
    @Test
    void a_sequence_bound_to_nothing_is_dropped_whole_not_read_as_the_digits_in_it() throws IOException {
        assertThat(keys(ESC + "[15~" + "2")).containsExactly("NONE", "2");
        assertThat(keys(ESC + "[1;5C" + ESC + "[Z" + ESC + "OP" + "3")).containsExactly("NONE", "NONE", "NONE", "3");
        assertThat(keys(ESC + "q")).as("Escape, then a key").containsExactly("NONE", "q");
    }

    @Test
    void ctrl_d_ends_the_input_and_ctrl_c_stops_the_interview() throws IOException {
        assertThat(keys("s\u0004")).containsExactly("s");
        try (Terminal terminal = terminal("\u0003")) {
            KeyReader reader = new KeyReader(terminal);
            assertThatThrownBy(reader::read).isInstanceOf(InterruptedByUser.class);
        }
    }
}
