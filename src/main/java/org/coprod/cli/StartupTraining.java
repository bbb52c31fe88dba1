package org.coprod.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.Catalogue;

/**
 * The training run for the class-data sharing archive that makes coprod start faster: every command once, on the
 * examples, with the output thrown away, so that the archive holds the classes each of them needs. The launcher runs
 * {@code StartupTraining EXAMPLES-FOLDER} with -XX:ArchiveClassesAtExit; the exit code is 1 if a command failed.
 */
public final class StartupTraining {
    private StartupTraining() {}

    public static void main(String[] args) throws IOException {
        List<String> failures = train(Path.of(args[0]));
        failures.forEach(System.err::println);
        System.exit(failures.isEmpty() ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR);
    }

    /** Runs the commands; returns a description of each one that did not succeed. */
    static List<String> train(Path examples) throws IOException {
        String answers =
                examples.resolve("northgate-tenants-panel-answers.yaml").toString();
        String export = examples.resolve("exports/google-forms.csv").toString();
        Path scratch = Files.createTempDirectory("coprod-training");
        try {
            String newAnswers = scratch.resolve("answers.yaml").toString();
            List<String> failures = new ArrayList<>();
            run(failures, "", "--help");
            run(failures, "", "list");
            run(failures, "", "show", Catalogue.DEFAULT);
            run(failures, "", "template");
            run(failures, "", "validate", answers);
            run(failures, "", "report", answers, "--format", "markdown");
            run(failures, "", "report", answers, "--format", "html");
            // the sample export was answered to version 1.0, so it is scored with a round of that version
            // one group of all respondents: grouping by the export's service column loads no other classes
            run(
                    failures,
                    "",
                    "score",
                    export,
                    examples.resolve("riverside-recovery-college-answers-2025.yaml")
                            .toString());
            run(
                    failures,
                    "",
                    "score",
                    export,
                    "--format",
                    "csv",
                    "--output",
                    scratch.resolve("results.csv").toString());
            run(
                    failures,
                    "",
                    "compare",
                    examples.resolve("riverside-recovery-college-answers-2025.yaml")
                            .toString(),
                    examples.resolve("riverside-recovery-college-answers.yaml").toString());
            run(
                    failures,
                    "3\nnote Training\nskip\nback\nq\n",
                    "assess",
                    "--plain",
                    "--service",
                    "Training",
                    "--role",
                    "Manager",
                    "--answers",
                    newAnswers);
            run(failures, "", "report", newAnswers);
            return failures;
        } finally {
            deleteAll(scratch);
        }
    }

    private static void run(List<String> failures, String input, String... args) {
        StringWriter err = new StringWriter();
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        Io io = new Io(
                nowhere,
                new PrintWriter(err),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                Map.of(),
                false);
        int code = Main.run(io, args);
        if (code != ExitCodes.OK) {
            // language: the build runs it, and reads its report in English
            failures.add(Words.english()
                    .get(
                            "cli.training.failed",
                            String.join(" ", args),
                            code,
                            err.toString().strip()));
        }
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
