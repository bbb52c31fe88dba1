package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.coprod.core.model.Assessment;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.io.yaml.Catalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full-screen assessment in a real pseudo-terminal: coprod runs inside tmux (80 x 24), keys are sent with
 * send-keys and the screen is read with capture-pane, as a person would see it.
 */
class AssessTerminalTest {
    private static final String SESSION =
            "coprod-test-" + ProcessHandle.current().pid();

    @TempDir
    Path dir;

    @BeforeEach
    void needTmux() {
        boolean present = run(List.of("tmux", "-V")) == 0;
        if (!present && System.getenv("CI") != null) {
            fail("tmux is needed for the terminal test; .ci/run installs it");
        }
        Assumptions.assumeTrue(present, "tmux is not installed; the terminal test runs in CI");
    }

    @AfterEach
    void killSession() {
        run(List.of("tmux", "kill-session", "-t", SESSION));
    }

    private void start(String... coprodArgs) throws IOException {
        startWith("", coprodArgs);
    }

    /** @param environment settings put before the command, such as "NO_COLOR=1 " */
    private void startWith(String environment, String... coprodArgs) throws IOException {
        Path script = dir.resolve("run.sh");
        StringBuilder command = new StringBuilder("cd '" + dir + "' && " + environment + "TERM=xterm-256color '"
                + System.getProperty("java.home")
                + "/bin/java' -cp '" + System.getProperty("java.class.path") + "' org.coprod.cli.Main");
        for (String arg : coprodArgs) {
            command.append(" '").append(arg).append("'");
        }
        command.append("; echo \"EXIT=$?\"; sleep 60\n");
        Files.writeString(script, command.toString());
        // A tmux server that is shutting down (its last session just killed, here or by another test run) refuses a new
        // session for a moment, so starting is tried a few times.
        int code = -1;
        for (int attempt = 0; attempt < 10 && code != 0; attempt++) {
            if (attempt > 0) {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            code = run(List.of("tmux", "new-session", "-d", "-s", SESSION, "-x", "80", "-y", "24", "bash " + script));
        }
        assertThat(code).as("tmux new-session").isZero();
    }

    private void keys(String... keys) {
        List<String> command = new ArrayList<>(List.of("tmux", "send-keys", "-t", SESSION));
        command.addAll(List.of(keys));
        assertThat(run(command)).isZero();
    }

    private String screen() {
        return capture("-p");
    }

    /** Everything printed since the start, scrolled off or not, with the terminal's colour and style codes. */
    private String everythingWithEscapes() {
        return capture("-p", "-e", "-S", "-");
    }

    private String capture(String... options) {
        try {
            List<String> command = new ArrayList<>(List.of("tmux", "capture-pane", "-t", SESSION));
            command.addAll(List.of(options));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(5, TimeUnit.SECONDS);
            return text;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String waitFor(Predicate<String> condition, String what) throws InterruptedException {
        String last = "";
        for (int i = 0; i < 150; i++) {
            last = screen();
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        fail("timed out waiting for " + what + "; the screen was:\n" + last);
        return last;
    }

    private static int run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    private Assessment answers(Path file) {
        return AnswersReader.read(file, Catalogue::builtIn, Words.english()).assessment();
    }

    @Test
    void ctrl_c_before_the_first_question_stops_cleanly_with_130() throws Exception {
        start("assess", "--answers", dir.resolve("never.yaml").toString());
        waitFor(s -> s.contains("Which service are you assessing?"), "the question about the service");
        keys("C-c");
        String stopped = waitFor(s -> s.contains("EXIT="), "the end after Ctrl-C");
        assertThat(stopped)
                .contains("stopped before the assessment began; nothing was saved.")
                .contains("EXIT=130")
                .doesNotContain("bug");
        assertThat(dir.resolve("never.yaml")).doesNotExist();
    }

    @Test
    void the_screen_is_drawn_again_when_the_window_changes_size() throws Exception {
        start(
                "assess",
                "--service",
                "W",
                "--role",
                "R",
                "--answers",
                dir.resolve("w.yaml").toString());
        waitFor(s -> s.contains("Press Enter to begin."), "the welcome");
        assertThat(run(List.of("tmux", "resize-window", "-t", SESSION, "-x", "60", "-y", "24")))
                .isZero();
        keys("Enter");
        String narrow = waitFor(s -> s.contains("Question 1 of 35"), "the first question at 60 columns");
        assertThat(narrow.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
        // widening the window (which never joins lines already drawn) with no key pressed: the question is drawn again
        assertThat(run(List.of("tmux", "resize-window", "-t", SESSION, "-x", "110", "-y", "24")))
                .isZero();
        String wide =
                waitFor(s -> s.lines().anyMatch(line -> line.length() > 70), "the question drawn again at 110 columns");
        assertThat(wide).contains("❯ 1. Never").contains("Question 1 of 35");
        keys("C-c");
        waitFor(s -> s.contains("EXIT=130"), "the end");
    }

    @Test
    void after_changing_an_answer_in_the_summary_the_list_stays_at_that_answer() throws Exception {
        // a finished answers file of version 2.0 (35 questions); its fifth question is on the agreement scale
        Path file = dir.resolve("done.yaml");
        Files.copy(Path.of("examples/riverside-recovery-college-answers.yaml"), file);
        start("assess", "--resume", file.toString());
        waitFor(s -> s.contains("Press Enter to begin."), "the resume message");
        keys("Enter");
        waitFor(s -> s.contains("Your answers. Choose one to change it"), "the summary");
        keys("Down", "Down", "Down", "Down", "Down");
        waitFor(s -> s.contains("❯ 5. "), "the fifth answer highlighted");
        keys("Enter");
        waitFor(s -> s.contains("Question 5 of 35"), "the fifth question");
        keys("1");
        String back = waitFor(s -> s.contains("Your answers. Choose one to change it"), "the summary again");
        assertThat(back).contains("❯ 5. Strongly disagree");
        keys("C-c");
        waitFor(s -> s.contains("EXIT=130"), "the end");
    }

    @Test
    void arrow_keys_back_quit_resume_and_ctrl_c_work_in_a_real_terminal() throws Exception {
        Path file = dir.resolve("answers.yaml");
        start("assess", "--service", "Riverside", "--role", "Manager", "--answers", file.toString());
        waitFor(s -> s.contains("Press Enter to begin."), "the welcome");
        keys("Enter");
        String first = waitFor(s -> s.contains("Question 1 of 35"), "the first question");
        assertThat(first).contains("❯ 1. Never").contains("q save & quit");
        assertThat(first.lines()).allMatch(line -> line.length() <= 80);
        assertThat(first.lines().count()).isLessThanOrEqualTo(24);

        keys("Down", "Down");
        waitFor(s -> s.contains("❯ 3. Sometimes"), "the highlight on Sometimes");
        keys("Enter");
        waitFor(s -> s.contains("Question 2 of 35"), "the second question");
        assertThat(answers(file)
                        .responseTo("assets-strengths-asked")
                        .orElseThrow()
                        .label())
                .isEqualTo("Sometimes");

        keys("b");
        String back = waitFor(s -> s.contains("Question 1 of 35"), "going back");
        assertThat(back).contains("❯ 3. Sometimes  ✓ your answer");
        keys("5");
        waitFor(s -> s.contains("Question 2 of 35"), "the second question again");
        keys("n");
        String noting = waitFor(s -> s.contains("Note or evidence"), "the note line");
        // the note is typed on the bottom line, below the question, which stays in view; the key hint makes way for it
        List<String> lines = noting.lines().toList();
        assertThat(lines).hasSizeLessThanOrEqualTo(24);
        assertThat(lines.get(0)).contains("Question 2 of 35");
        assertThat(lines.get(lines.size() - 1)).startsWith("Note or evidence");
        assertThat(noting).doesNotContain("q save & quit");
        // Esc then a digit must type the digit, not set a repeat count (which made "Esc 2 x" type "xx")
        keys("Escape");
        keys("-l", "2x Seen in the minutes");
        keys("Enter");
        waitFor(
                s -> s.contains("Your note: 2x Seen in the minutes") && s.contains("q save & quit"),
                "the note under the question");
        keys("q");
        String quit = waitFor(s -> s.contains("EXIT="), "the end");
        assertThat(quit).contains("Saved. To carry on: coprod assess --resume").contains("EXIT=0");
        assertThat(answers(file)
                        .responseTo("assets-strengths-asked")
                        .orElseThrow()
                        .label())
                .isEqualTo("Always");
        killSession();

        start("assess", "--resume", file.toString());
        waitFor(s -> s.contains("Press Enter to begin."), "the resume message");
        keys("Enter");
        waitFor(
                s -> s.contains("Question 2 of 35") && s.contains("Your note: 2x Seen in the minutes"),
                "the question that was left with a note and no answer");
        keys("4");
        waitFor(s -> s.contains("Question 3 of 35"), "the third question");
        keys("C-c");
        String stopped = waitFor(s -> s.contains("EXIT="), "the end after Ctrl-C");
        assertThat(stopped).contains("Your answers so far are saved in").contains("EXIT=130");
        assertThat(answers(file).responseTo("assets-skills-used").orElseThrow().label())
                .isEqualTo("Often");
        assertThat(answers(file).answers().get("assets-skills-used").note()).isEqualTo("2x Seen in the minutes");
    }

    /**
     * Issue 15: at the end, about 230 lines of report scrolled past and the verdict rules were left on the screen. Now
     * the screen is left with the verdict, how firm it is, the first steps and where the report was written.
     */
    @Test
    void the_end_of_a_session_leaves_the_verdict_and_the_first_steps_on_the_screen() throws Exception {
        Path file = dir.resolve("done.yaml");
        Files.copy(Path.of("examples/riverside-recovery-college-answers.yaml"), file);
        start("assess", "--resume", file.toString());
        waitFor(s -> s.contains("Press Enter to begin."), "the resume message");
        keys("Enter");
        waitFor(s -> s.contains("Your answers. Choose one to change it"), "the summary");
        keys("c");
        waitFor(s -> s.contains("what surprised you"), "the first reflection");
        keys("Enter");
        waitFor(s -> s.contains("What is the one thing you will do first"), "the second reflection");
        keys("Enter");
        String end = waitFor(s -> s.contains("EXIT="), "the end");
        assertThat(end)
                .contains("Verdict: Co-production")
                .contains("How firm: only just.")
                .contains("What to do first:\n  1. ")
                .contains("  3. ")
                .contains("The full report is in " + dir.resolve("done-report.html"))
                .contains("EXIT=0")
                .doesNotContain("The verdict rules");
        assertThat(dir.resolve("done-report.html")).exists();
    }

    /** Issue 16: the keys are read with JLine's key map, from the terminal's own description and the usual sequences. */
    @Test
    void home_end_and_the_page_keys_move_the_highlight_in_a_real_terminal() throws Exception {
        Path file = dir.resolve("done.yaml");
        Files.copy(Path.of("examples/riverside-recovery-college-answers.yaml"), file);
        start("assess", "--resume", file.toString());
        waitFor(s -> s.contains("Press Enter to begin."), "the resume message");
        keys("Enter");
        waitFor(s -> s.contains("Your answers. Choose one to change it"), "the summary");
        keys("End");
        waitFor(s -> s.contains("❯ 35. "), "the last answer highlighted");
        keys("Home");
        waitFor(s -> s.contains("❯ → Go on to the reflections"), "the first entry highlighted");
        keys("PageDown");
        String paged =
                waitFor(s -> s.lines().anyMatch(line -> line.matches("❯ (1\\d|2\\d)\\. .*")), "a page further down");
        assertThat(paged).doesNotContain("❯ 1. ");
        keys("PageUp");
        waitFor(s -> s.contains("❯ → Go on to the reflections"), "back at the top");
        keys("Down", "Enter");
        waitFor(s -> s.contains("Question 1 of 35"), "the first question");
        keys("End");
        waitFor(s -> s.contains("❯ 7. Don't know"), "the last choice highlighted");
        keys("Home");
        waitFor(s -> s.contains("❯ 1. Never"), "the first choice highlighted");
        keys("F5", "Down"); // F5 is bound to nothing and does nothing; it used to answer 5
        waitFor(s -> s.contains("❯ 2. Rarely") && s.contains("Question 1 of 35"), "the same question, F5 ignored");
        keys("C-c");
        waitFor(s -> s.contains("EXIT=130"), "the end");
    }

    /** Issue 13: a questionnaire's text cleared the screen (ESC[2J) or set the window title (ESC]0;); now it is shown. */
    @Test
    void control_sequences_in_a_questionnaire_are_shown_not_obeyed() throws Exception {
        Path questionnaire = dir.resolve("hostile.yaml");
        String original = Files.readString(Path.of("questionnaires/six-principles.yaml"));
        assertThat(original).contains("\n    name: People as assets\n");
        Files.writeString(
                questionnaire,
                original.replace(
                        "\n    name: People as assets\n", "\n    name: \"People as assets\\e[2J\\e]0;PWNED\\a\"\n"));
        CliTest.Run valid = CliTest.run("validate", questionnaire.toString());
        assertThat(valid.code()).as(valid.err()).isZero();
        start(
                "assess",
                questionnaire.toString(),
                "--service",
                "W",
                "--role",
                "R",
                "--answers",
                dir.resolve("w.yaml").toString());
        waitFor(s -> s.contains("Press Enter to begin."), "the welcome");
        keys("Enter");
        String shown = waitFor(s -> s.contains("Question 1 of 35"), "the first question");
        assertThat(shown).contains("People as assets\\u001B[2J\\u001B]0;PWNED\\u0007");
        keys("C-c");
    }

    /** Issue 16: the old NO_COLOR test could not fail, as it never had a terminal. Here both cases have one. */
    @Test
    void a_report_on_a_terminal_is_coloured_and_with_no_color_it_is_not() throws Exception {
        String report = Path.of("examples/northgate-tenants-panel-answers.yaml")
                .toAbsolutePath()
                .toString();
        // the tests run with NO_COLOR=1 (see pom.xml), so the coloured run takes it away
        startWith("env -u NO_COLOR ", "report", report);
        waitFor(s -> s.contains("EXIT=0"), "the report");
        assertThat(everythingWithEscapes())
                .as("colour codes on a colour terminal")
                .contains("\u001B[");
        run(List.of("tmux", "kill-session", "-t", SESSION));
        startWith("NO_COLOR=1 ", "report", report);
        waitFor(s -> s.contains("EXIT=0"), "the report with NO_COLOR");
        assertThat(everythingWithEscapes()).as("no colour code with NO_COLOR").doesNotContain("\u001B[");
    }
}
