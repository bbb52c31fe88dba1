package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.coprod.core.model.Question;
import org.coprod.io.yaml.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scoring streams: a file several times larger than the heap scores in a JVM limited to 48 MB. (Memory, not speed:
 * the speed target is measured by bench/run.sh.)
 */
class ScoreMemoryTest {
    @Test
    void an_export_larger_than_the_heap_scores_in_48_mb(@TempDir Path dir) throws Exception {
        Path export = dir.resolve("big.csv");
        List<Question> questions =
                Catalogue.builtIn("six-principles").orElseThrow().questions();
        Random random = new Random(7);
        try (BufferedWriter out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
            out.write("Service,Role,"
                    + String.join(",", questions.stream().map(Question::id).toList()) + "\n");
            for (int row = 0; row < 600_000; row++) {
                out.write("Service " + random.nextInt(200)
                        + (random.nextBoolean() ? ",Staff" : ",Person who uses the service"));
                for (int q = 0; q < questions.size(); q++) {
                    out.write(',');
                    out.write((char) ('1' + random.nextInt(5)));
                }
                out.write('\n');
            }
        }
        assertThat(Files.size(export)).as("the export is larger than the heap").isGreaterThan(48L * 1024 * 1024);
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx48m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.coprod.cli.Main",
                        "score",
                        export.toString(),
                        "--format",
                        "csv",
                        "--output",
                        dir.resolve("out.csv").toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("out.csv"));
        assertThat(lines.get(lines.size() - 1)).startsWith("All respondents,,600000,yes,");
    }
}
