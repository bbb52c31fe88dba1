package org.coprod.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fuzzes the questionnaire loader, the answers loader and the survey export reader with Jazzer (coverage-guided, from
 * the examples, the built-in questionnaires and the bad-input corpus), each in its own JVM, for
 * {@code -Dcoprod.fuzz.seconds} seconds (default 5, for CI; see the README for a longer run). A finding (an uncaught
 * exception, an unclear message, a hang or running out of memory) fails the test with the input that caused it.
 * The corpus grown and any finding are kept under target/fuzz/.
 */
class LoaderFuzzTest {
    static final int SECONDS = Integer.getInteger("coprod.fuzz.seconds", 5);
    /** Only these targets, by class name, when -Dcoprod.fuzz.targets=AnswersFuzzTarget,... is given. */
    static final String TARGETS = System.getProperty("coprod.fuzz.targets", "");

    private static final Pattern DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");
    private static final Pattern COVERAGE = Pattern.compile("#\\d+\\s+DONE\\s+cov: (\\d+)");

    @ParameterizedTest
    @ValueSource(classes = {QuestionnaireFuzzTarget.class, AnswersFuzzTarget.class, CsvFuzzTarget.class})
    void any_input_is_read_or_refused_clearly(Class<?> target) throws Exception {
        assumeTrue(
                TARGETS.isBlank() || List.of(TARGETS.split(",")).contains(target.getSimpleName()),
                "not among -Dcoprod.fuzz.targets");
        Path work = Files.createDirectories(Path.of("target", "fuzz", target.getSimpleName()));
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Path findings = Files.createDirectories(work.resolve("findings"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + target.getName(),
                "--instrumentation_includes=org.coprod.**",
                "--reproducer_path=" + findings,
                "-artifact_prefix=" + findings + "/",
                "-max_total_time=" + SECONDS,
                "-max_len=12000",
                "-timeout=20",
                "-rss_limit_mb=0",
                "-print_final_stats=1",
                corpus.toString()));
        command.addAll(seeds());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("output.txt").toFile())
                .start();
        boolean ended = process.waitFor(SECONDS + 180L, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(work.resolve("output.txt"), StandardCharsets.UTF_8);
        assertThat(ended).as("Jazzer ended in time:\n" + tail(output)).isTrue();
        assertThat(process.exitValue())
                .as("a finding (the input and a reproducer are in " + findings + "):\n" + tail(output))
                .isZero();
        Matcher done = DONE.matcher(output);
        assertThat(done.find()).as(tail(output)).isTrue();
        Matcher coverage = COVERAGE.matcher(output);
        long runs = Long.parseLong(done.group(1));
        assertThat(runs).as("inputs tried").isPositive();
        System.out.printf(
                Locale.ROOT,
                "Fuzzed %s: %,d inputs in %s s, coverage %s, %d crashes.%n",
                target.getSimpleName(),
                runs,
                done.group(2),
                coverage.find() ? coverage.group(1) : "?",
                0);
    }

    /** Where the fuzzer starts from: real files of every kind, good and bad. */
    private static List<String> seeds() {
        return Stream.of("examples", "questionnaires", "src/test/resources")
                .filter(d -> Files.isDirectory(Path.of(d)))
                .toList();
    }

    private static String tail(String output) {
        return output.length() <= 6000 ? output : "..." + output.substring(output.length() - 6000);
    }
}
