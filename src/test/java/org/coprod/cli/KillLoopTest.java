package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: 'assess' and 'score -o' killed with SIGKILL again and again, at random moments, in a few seconds: nothing
 * acknowledged is lost (every answer whose next question was shown is in the file), nothing partial is left (the
 * report is absent or whole), and what a kill leaves behind is removed by the next run.
 */
class KillLoopTest {
    private static final String EXPORT = "examples/exports/google-forms.csv";
    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(8);

    @TempDir
    Path dir;

    private static Process coprod(Path workingFolder, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.coprod.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .directory(workingFolder.toFile())
                .redirectErrorStream(true)
                .start();
    }

    private static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void score_output_killed_at_random_is_absent_or_whole() throws Exception {
        Path export = Path.of(EXPORT).toAbsolutePath();
        Path whole = dir.resolve("whole.json");
        assertThat(CliTest.run("score", export.toString(), "-o", whole.toString())
                        .code())
                .isZero();
        String expected = Files.readString(whole);
        Path report = dir.resolve("results.json");
        Random random = new Random(13);
        long deadline = System.nanoTime() + BUDGET_NANOS;
        for (int attempt = 0; attempt < 3 || System.nanoTime() < deadline && attempt < 12; attempt++) {
            Files.deleteIfExists(report);
            Process process = coprod(dir, "score", export.toString(), "-o", report.toString());
            Thread.sleep(200 + random.nextInt(1200));
            kill(process);
            if (Files.exists(report)) {
                assertThat(report).as("attempt " + attempt).hasContent(expected);
            }
        }
        assertThat(CliTest.run("score", export.toString(), "-o", report.toString())
                        .code())
                .isZero();
        try (var files = Files.list(dir)) {
            assertThat(files).as("the next run removes what the kills left").containsExactlyInAnyOrder(whole, report);
        }
    }

    @Test
    void assess_killed_at_random_keeps_every_answer_it_acknowledged() throws Exception {
        Random random = new Random(1313);
        long deadline = System.nanoTime() + BUDGET_NANOS;
        for (int attempt = 0; attempt < 3 || System.nanoTime() < deadline && attempt < 12; attempt++) {
            Path answers = dir.resolve("attempt-" + attempt + ".yaml");
            Process process =
                    coprod(dir, "assess", "--plain", "--service", "S", "--role", "R", "--answers", answers.toString());
            StringBuffer printed = new StringBuffer();
            Thread reader = new Thread(() -> {
                try {
                    printed.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException killed) {
                    // the process was killed
                }
            });
            reader.start();
            process.getOutputStream()
                    .write(AssessLineModeTest.answerAll(1, AssessLineModeTest.QUESTIONS)
                            .getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            Thread.sleep(300 + random.nextInt(1500));
            kill(process);
            reader.join(10_000);
            int questionsShown = count(printed.toString(), "Answer (");
            if (Files.exists(answers)) {
                int saved = AssessLineModeTest.read(answers).answers().size();
                assertThat(saved)
                        .as("attempt " + attempt + ": every answer followed by the next question is saved")
                        .isGreaterThanOrEqualTo(questionsShown - 1);
            } else {
                assertThat(questionsShown)
                        .as("attempt " + attempt + ": no question is shown before the file exists")
                        .isZero();
            }
        }
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp")))
                    .as("a temporary file may be left only by a kill during a save, and is hidden")
                    .allMatch(f -> f.getFileName().toString().startsWith("."));
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
