package org.coprod.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.coprod.core.model.Assessment;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Respondent;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.Catalogue;
import org.coprod.text.DisplayWidth;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full-screen interview on a terminal made of streams: the keys are bytes as a terminal sends them, and what is
 * drawn, with its colour codes taken out, is compared word for word with {@code screen-transcript-*.txt} (written by
 * the code before its words moved behind the wording seam).
 */
class TerminalInterviewTest {
    private static final Questionnaire QUESTIONNAIRE =
            Catalogue.builtIn(Catalogue.DEFAULT).orElseThrow();
    private static final String DOWN = "\u001B[B";

    @TempDir
    Path dir;

    @Test
    void every_screen_of_the_full_screen_interview_reads_as_before() throws IOException {
        String keys = "?" + DOWN + DOWN + "\r" // help, then the third answer
                + "b" + "\r" // back, and Enter keeps it
                + "s" // skip the second question
                + "n" + "Seen in the minutes\r" // a note on the third
                + "4" + "q";
        for (boolean unicode : new boolean[] {true, false}) {
            String drawn = run(keys, unicode);
            Path transcript = Path.of("src/test/resources/org/coprod/interview/screen-transcript-"
                    + (unicode ? "unicode" : "ascii") + ".txt");
            if (Boolean.getBoolean("coprod.writeTranscript")) {
                Files.writeString(transcript, drawn, StandardCharsets.UTF_8);
            }
            assertThat(drawn).isEqualTo(Files.readString(transcript, StandardCharsets.UTF_8));
        }
    }

    @Test
    void the_summary_and_the_reflections_read_as_before() throws IOException {
        String keys = "s".repeat(QUESTIONNAIRE.questions().size())
                + DOWN + DOWN + "\r" + "2" // the summary: change the second answer
                + "c" // go on to the reflections
                + "We were surprised\r" + "Start on Monday\r";
        Path transcript = Path.of("src/test/resources/org/coprod/interview/screen-transcript-summary.txt");
        String drawn = run(keys, true);
        if (Boolean.getBoolean("coprod.writeTranscript")) {
            Files.writeString(transcript, drawn, StandardCharsets.UTF_8);
        }
        assertThat(drawn).isEqualTo(Files.readString(transcript, StandardCharsets.UTF_8));
    }

    /**
     * Issue 15: at 80 x 14 and 40 x 12 the help showed only "…", and the highlighted choice could be below the bottom of
     * the screen. Every screen drawn now fits, holds the highlighted choice, and the help can be read to its end with
     * Page Down.
     */
    @Test
    void on_short_terminals_the_highlighted_choice_and_the_help_stay_on_the_screen() throws IOException {
        String pageDown = "\u001B[6~";
        String keys = DOWN.repeat(6) + "?" + pageDown.repeat(12) + "q";
        for (int[] size : new int[][] {{80, 14}, {40, 12}, {40, 10}, {60, 10}}) {
            int columns = size[0];
            int rows = size[1];
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            try (TerminalConversation conversation = conversation(keys, screen, columns, rows, true)) {
                interview(conversation).run();
            }
            List<String> frames = frames(screen.toString(StandardCharsets.UTF_8));
            assertThat(frames).as("one screen per key").hasSize(1 + 6 + 1 + 12);
            for (String frame : frames) {
                List<String> lines = frame.lines().toList();
                assertThat(lines).as("%s x %s:%n%s", columns, rows, frame).hasSizeLessThanOrEqualTo(rows);
                assertThat(lines)
                        .allSatisfy(line -> assertThat(DisplayWidth.of(line.stripTrailing()))
                                .isLessThanOrEqualTo(columns));
                assertThat(frame).as("%s x %s:%n%s", columns, rows, frame).contains("❯ ");
            }
            assertThat(frames.get(6)).as("the last choice highlighted").contains("❯ 7. Don't know");
            String help = String.join("\n", frames.subList(7, frames.size()));
            assertThat(help.replaceAll("\\s+", " "))
                    .as("%s x %s: the help from its start to its end", columns, rows)
                    .contains("Help: Count a real question")
                    .contains("If you do not know, say \"Don't know\".");
            assertThat(help).doesNotContain("Help: …");
        }
    }

    /** The screens drawn, each without the codes that clear, move and colour. */
    private static List<String> frames(String drawn) {
        return java.util.Arrays.stream(drawn.split("\u001B\\[H\u001B\\[2J"))
                .map(TerminalInterviewTest::words)
                .filter(frame -> !frame.isBlank())
                .toList();
    }

    /** Issue 15: q on the summary went on to the reflections; it saves and stops there, as on every question. */
    @Test
    void q_on_the_summary_saves_and_stops() throws IOException {
        String keys = "s".repeat(QUESTIONNAIRE.questions().size()) + "q";
        try (TerminalConversation conversation = conversation(keys, new ByteArrayOutputStream(), 80, 24, true)) {
            Interview interview = interview(conversation);
            assertThat(interview.run()).isEqualTo(Interview.Ending.QUIT);
            assertThat(interview.assessment().answers())
                    .hasSize(QUESTIONNAIRE.questions().size());
            assertThat(interview.assessment().reflections()).isEmpty();
        }
    }

    private String run(String keys, boolean unicode) throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (TerminalConversation conversation = conversation(keys, screen, 80, 24, unicode)) {
            interview(conversation).run();
        }
        return words(screen.toString(StandardCharsets.UTF_8));
    }

    /** A full-screen conversation on a terminal of the given size, reading the keys and drawing into the screen. */
    static TerminalConversation conversation(
            String keys, ByteArrayOutputStream screen, int columns, int rows, boolean unicode) throws IOException {
        // keys typed ahead are not echoed: the screen holds only what coprod drew
        Attributes noEcho = new Attributes();
        noEcho.setLocalFlags(EnumSet.of(Attributes.LocalFlag.ISIG));
        Terminal terminal = TerminalBuilder.builder()
                .system(false)
                .provider("exec")
                .type("xterm-256color")
                .size(new Size(columns, rows))
                .attributes(noEcho)
                .encoding(StandardCharsets.UTF_8)
                .streams(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen)
                .build();
        return new TerminalConversation(terminal, true, unicode, Words.english());
    }

    private Interview interview(Conversation conversation) {
        Assessment start = new Assessment(
                QUESTIONNAIRE.id(),
                QUESTIONNAIRE.version(),
                "Riverside",
                new Respondent("Manager", ""),
                "2026-11-29",
                Map.of(),
                Map.of());
        return new Interview(QUESTIONNAIRE, start, dir.resolve("answers.yaml"), conversation, Words.english());
    }

    /** What was drawn without the codes that clear, move and colour: the words and the lines they are on. */
    private static String words(String drawn) {
        return drawn.replaceAll("\u001B\\[[0-9;?]*[A-Za-z]|\u001B[=>]", "")
                .replace("\r\n", "\n")
                .replace("\r", "\n");
    }
}
