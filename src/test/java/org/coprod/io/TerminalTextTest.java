package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void controls_are_made_visible_and_tabs_and_line_ends_kept() {
        assertThat(TerminalText.clean("a\tb\nc\r\nd\re\u0000f\u007Fg\u0085h\u202Ei\u2066j\u001B[1mk"))
                .isEqualTo("a\tb\nc\r\nd\\u000De\\u0000f\\u007Fg\\u0085h\\u202Ei\\u2066j\\u001B[1mk");
    }

    @Test
    void on_a_colour_terminal_only_coprods_own_styles_pass_whole() {
        assertThat(TerminalText.clean("\u001B[1mBold\u001B[0m \u001B[2J\u001B]52;c;eA==\u0007", true))
                .isEqualTo("\u001B[1mBold\u001B[0m \\u001B[2J\\u001B]52;c;eA==\\u0007");
    }

    @Test
    void the_stream_filter_sees_a_style_split_across_writes_and_keeps_a_progress_bars_return() {
        StringWriter seen = new StringWriter();
        PrintWriter out = TerminalText.filter(seen);
        out.print("\r50%\u001B[");
        out.print("31mred\u001B");
        out.print("[0m \u001B[2Jgone\u001B");
        out.flush();
        assertThat(seen.toString()).isEqualTo("\r50%\u001B[31mred\u001B[0m \\u001B[2Jgone\\u001B");
    }

    /** picocli's help on a terminal is coloured with codes of its own: they pass, or the help reads \u001B[39m. */
    @Test
    void the_help_colours_of_picocli_pass() {
        String help =
                "\u001B[1mcoprod score\u001B[21m\u001B[0m [\u001B[33m-hV\u001B[39m\u001B[0m] \u001B[3mFILE\u001B[23m\u001B[0m";
        StringWriter seen = new StringWriter();
        PrintWriter out = TerminalText.filter(seen);
        out.print(help);
        out.flush();
        assertThat(seen.toString()).isEqualTo(help);
    }
}
