package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.coprod.core.model.Answer;
import org.coprod.core.model.Assessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interrupt safety: 'coprod assess' killed with SIGKILL (no shutdown hook, no finally block runs) loses at most the
 * answer being typed, and --resume carries on from there. The assessment runs in its own JVM, answered through a pipe.
 */
class AssessKillTest {
    private static final String PROMPT = "Answer (";

    @TempDir
    Path dir;

    /** A running 'coprod assess', and everything it has printed so far. */
    private static final class Session {
        final Process process;
        final OutputStream keys;
        final StringBuffer printed = new StringBuffer();

        Session(Path answers) throws IOException {
            process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            "org.coprod.cli.Main",
                            "assess",
                            "--plain",
                            "--service",
                            "Riverside",
                            "--role",
                            "Manager",
                            "--answers",
                            answers.toString())
                    .redirectErrorStream(true)
                    .start();
            keys = process.getOutputStream();
            Thread reader = new Thread(() -> copy(process.getInputStream(), printed));
            reader.setDaemon(true);
            reader.start();
        }

        private static void copy(InputStream in, StringBuffer to) {
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    to.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException closed) {
                // the process was killed
            }
        }

        void type(String text) throws IOException {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }

        /** Waits until the question after {@code answered} answers is on the screen: the answers before it are saved. */
        void awaitQuestion(int answered) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (count(printed.toString(), PROMPT) < answered + 1) {
                assertThat(System.nanoTime())
                        .as("question " + (answered + 1) + " appears:\n" + printed)
                        .isLessThan(deadline);
                assertThat(process.isAlive())
                        .as("coprod is still running:\n" + printed)
                        .isTrue();
                Thread.sleep(10);
            }
        }

        void killHard() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL on Linux and macOS
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @ParameterizedTest(name = "killed after {0} answers")
    @ValueSource(ints = {1, 13, 34}) // the first, one in the middle, and all but the last of version 2.0's 35 questions
    void killed_after_any_answer_it_loses_only_the_answer_being_typed_and_resume_carries_on(int answered)
            throws Exception {
        Path answers = dir.resolve("riverside-answers.yaml");
        Session session = new Session(answers);
        session.awaitQuestion(0);
        for (int i = 1; i <= answered; i++) {
            session.type(AssessLineModeTest.answerAll(i, 1));
            session.awaitQuestion(i);
        }
        session.type("2"); // half typed: no Enter yet
        session.killHard();

        Assessment saved = AssessLineModeTest.read(answers);
        assertThat(saved.answers()).hasSize(answered);
        assertThat(saved.answers().values())
                .extracting(a -> a.response().orElseThrow().option().value())
                .containsExactlyElementsOf(AssessLineModeTest.VALUES.subList(0, answered));
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> !f.getFileName().toString().endsWith(".lock")))
                    .as("no temporary file left; the lock beside the file is released by the system")
                    .containsExactly(answers);
        }

        AssessLineModeTest.Run resumed = AssessLineModeTest.assess(
                AssessLineModeTest.answerAll(answered + 1, AssessLineModeTest.QUESTIONS - answered) + "\n\n\n",
                "--resume",
                answers.toString());
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.out().replaceAll("\\s+", " "))
                .contains("Carrying on with " + answers + " (Riverside): " + answered + " of 35 questions seen so far")
                .contains(" · Question " + (answered + 1) + " of 35]")
                .doesNotContain("Question " + answered + " of 35]");
        try (var files = Files.list(dir)) {
            assertThat(files)
                    .as("the next session takes the lock, and removes it at the end")
                    .containsExactly(answers);
        }
        Assessment finished = AssessLineModeTest.read(answers);
        assertThat(finished.answers()).hasSize(AssessLineModeTest.QUESTIONS);
        assertThat(finished.answers().values())
                .extracting(a -> a.response().orElseThrow().option().value())
                .containsExactlyElementsOf(AssessLineModeTest.VALUES);
        assertThat(finished.answers().values()).extracting(Answer::response).allMatch(java.util.Optional::isPresent);
    }

    /** Killed at random moments while answers stream in, the file is always whole: the answers so far, in order. */
    @Test
    void killed_at_any_moment_the_answers_file_is_whole() throws Exception {
        Random random = new Random(2026);
        for (int attempt = 0; attempt < 5; attempt++) {
            Path answers = dir.resolve("attempt-" + attempt + ".yaml");
            Session session = new Session(answers);
            session.awaitQuestion(0);
            session.type(AssessLineModeTest.answerAll(1, AssessLineModeTest.QUESTIONS));
            Thread.sleep(random.nextInt(400));
            session.killHard();
            Assessment saved = AssessLineModeTest.read(answers);
            List<String> given = List.copyOf(saved.answers().keySet());
            List<String> firstQuestions =
                    org.coprod.io.yaml.Catalogue.builtIn("six-principles").orElseThrow().questions().stream()
                            .map(org.coprod.core.model.Question::id)
                            .limit(given.size())
                            .toList();
            assertThat(given).as("attempt " + attempt).isEqualTo(firstQuestions);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))
                            .toList())
                    .as("a temporary file may be left only by a kill during a save, and is hidden")
                    .allMatch(f -> f.getFileName().toString().startsWith("."));
        }
    }
}
