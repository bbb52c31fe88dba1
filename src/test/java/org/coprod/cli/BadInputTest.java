package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command over every file of the bad-input corpus ({@code src/test/resources/bad-input}, and a few inputs too
 * large to keep there, made here). Each run must give a documented exit code and one message on stderr that names
 * the file, with no stack trace, no output file left behind and no input file changed. A few inputs are not errors
 * for every command (a ragged row is counted as a problem by {@code score}, and stops it only with --strict); those
 * are listed in {@link #LENIENT}.
 */
class BadInputTest {
    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    /** An answers file of the current version of the built-in questionnaire (2.0), which reads with no warning. */
    static final Path GOOD_ANSWERS = Path.of("examples/northgate-tenants-panel-answers.yaml");

    static final Path GOOD_EXPORT = Path.of("examples/exports/google-forms.csv");

    /** Runs that succeed on purpose, as documented: by corpus file, the start of the command line and its exit code. */
    static final Map<String, Map<String, Integer>> LENIENT = Map.of(
            "ragged-rows.csv", Map.of("score FILE -o", ExitCodes.OK),
            "answer-not-an-option.csv", Map.of("score FILE -o", ExitCodes.OK));

    /**
     * What the message says, for at least one command per input: {file, start of the command line, part of the message}.
     * Every input must be listed, so that a new one says what it expects.
     */
    static final List<List<String>> MESSAGES = List.of(
            List.of("alias-bomb.yaml", "validate", ": this file cannot be read as YAML: it uses too many aliases"),
            List.of(
                    "answer-not-an-option.csv",
                    "score FILE -o",
                    ": row 3, column 3 (assets-strengths-asked): 'Offen' is not an answer"),
            List.of(
                    "answer-not-an-option.yaml",
                    "report FILE",
                    ":7:24: 'Offen' is not an answer to question 'assets-skills-asked'"),
            List.of("answer-not-an-option.yaml", "show", ": this is an answers file, not a questionnaire."),
            List.of(
                    "answers-for-an-unknown-questionnaire.yaml",
                    "report FILE",
                    ":1:16: the answers are for the questionnaire"
                            + " 'six-principle', which is not built in. Did you mean 'six-principles'?"),
            List.of(
                    "answers-for-another-major-version.yaml",
                    "report FILE",
                    ":2:23: these answers were given to version 9.0"
                            + " of 'six-principles', but the questionnaire here is version 2.0"),
            List.of(
                    "answers-for-another-questionnaire.yaml",
                    "report FILE",
                    ":1:16: 3 of the 3 answers are to questions that"
                            + " 'cahn-five-values' version 1.1 does not have"),
            List.of(
                    "answers-not-a-mapping.yaml",
                    "report FILE",
                    ":7:3: 'answers' should be a set of 'key: value' lines, but it is a list."),
            List.of("binary.csv", "score FILE -o", ": the file is not text in any encoding coprod knows"),
            List.of("binary.yaml", "validate", ": this looks like a binary file, not a text file."),
            List.of("blank-lines-only.csv", "score FILE -o", ": the file is empty."),
            List.of(
                    "deep-nesting.yaml",
                    "validate",
                    ": this file cannot be read as YAML: it is nested more than 40 levels deep."),
            List.of(
                    "duplicate-headers.csv",
                    "score FILE -o",
                    ": columns 3 and 5 both hold question 'assets-strengths-asked'"),
            List.of("empty.csv", "score FILE -o", ": the file is empty."),
            List.of("empty.yaml", "validate", ": the file is empty."),
            List.of(
                    "header-only.csv",
                    "score FILE -o",
                    ": the file has only its header, and no rows of answers below it."),
            List.of(
                    "invalid-tag.yaml",
                    "validate",
                    ": this file cannot be read as YAML: it has a tag (a word starting with !)"
                            + " that is not valid."),
            List.of(
                    "malformed.yaml",
                    "validate",
                    ":7:24: the '[' here is never closed; a value that starts with '[' must be put" + " in quotes."),
            List.of("no-question-columns.csv", "score FILE -o", ": no column matches a question of 'six-principles'."),
            List.of("only-comments.yaml", "validate", ": the file has no content, only comments or blank lines."),
            List.of(
                    "questionnaire-unknown-section.yaml",
                    "show",
                    ":36:23: the section 'gamma' named in question 'b2' does not exist."),
            List.of(
                    "questionnaire-option-value-too-large.yaml",
                    "validate",
                    ":18:30: the value of option 'No' in answer set"
                            + " 'ynp' is -1.0E308; an option's value must be from -1000000 to 1000000."),
            List.of(
                    "utf-8-with-one-windows-1252-byte.csv",
                    "score FILE -o",
                    ":2: byte 5,107 of the file (0xE9) is not UTF-8," + " though the file is UTF-8 elsewhere"),
            List.of(
                    "yaml-line-too-long.yaml",
                    "report FILE",
                    ":3:400001: this line is 3,900,009 characters long; a line can" + " have at most 400,000."),
            List.of(
                    "questionnaire-weight-not-a-number.yaml",
                    "show",
                    ":33:65: 'weight' in question 'a3' should be a number," + " but it is 'heavy'."),
            List.of(
                    "questionnaire-weight-not-a-number.yaml",
                    "report FILE",
                    ": this is a questionnaire, not an answers file."),
            List.of("ragged-rows.csv", "score FILE -o", ": row 3: the row has 3 fields but the header has 5"),
            List.of(
                    "service-twice.yaml",
                    "report FILE",
                    ":6:1: 'service' appears twice in the answers file (first on line 3)"),
            List.of(
                    "tab-indented.yaml",
                    "validate",
                    ":7:1: there is a tab here; YAML needs spaces, not tabs, to indent lines."),
            List.of(
                    "text-after-closing-quote.csv",
                    "score FILE -o",
                    ": row 2 (line 2) has text straight after a closing quote"),
            List.of(
                    "unbalanced-quotes.csv",
                    "score FILE -o",
                    ": row 3 (line 3) opens a quoted field (\") that is never closed"),
            List.of("unbalanced-quotes.csv", "report FILE", ": this looks like a survey export, not an answers file."),
            List.of("undecodable-bytes.csv", "score FILE -o", ": the file is not text in any encoding coprod knows"),
            List.of("utf-16.yaml", "validate", ": the file is saved as UTF-16; save it as UTF-8 text instead."),
            List.of("windows-1252.yaml", "validate", ":9: this file is not UTF-8 text (byte 212 cannot be read)"),
            List.of(
                    "workbook-renamed.csv",
                    "score FILE -o",
                    ": this workbook (or other zipped file) is damaged or not complete"),
            List.of(
                    "huge-value.yaml",
                    "report FILE",
                    ":3:10: this value is 200,000 characters long; a value can have at most 100,000."),
            List.of("too-large.yaml", "validate", ": the file is 4.8 MB; coprod reads files of this kind up to 4 MB."),
            List.of(
                    "100000-columns.csv",
                    "score FILE -o",
                    ":1: the header has 100000 columns; coprod reads at most 20000."),
            List.of("one-long-line.csv", "score FILE -o", ": row 1 (line 1) is longer than 8 MB."));

    @TempDir
    Path dir;

    record Run(List<String> args, int code, String out, String err) {}

    @TestFactory
    Stream<DynamicTest> every_command_refuses_every_bad_file_cleanly() throws IOException {
        List<Path> corpus;
        try (Stream<Path> files = Files.list(CORPUS)) {
            corpus = files.filter(f -> !f.getFileName().toString().equals("README.md"))
                    .sorted()
                    .toList();
        }
        assertThat(corpus).hasSizeGreaterThan(25);
        return corpus.stream()
                .map(file -> DynamicTest.dynamicTest(
                        file.getFileName().toString(),
                        () -> checkEveryCommand(file.getFileName().toString(), Files.readAllBytes(file))));
    }

    @TestFactory
    Stream<DynamicTest> inputs_too_large_to_keep_in_the_corpus() {
        return Stream.of(
                DynamicTest.dynamicTest(
                        "an answers file with a 200,000-character value",
                        () -> checkEveryCommand(
                                "huge-value.yaml",
                                ("questionnaire: six-principles\nquestionnaireVersion: \"1.0\"\nservice: "
                                                + "x".repeat(200_000) + "\nanswers:\n  assets-skills-asked: Always\n")
                                        .getBytes(StandardCharsets.UTF_8))),
                DynamicTest.dynamicTest(
                        "an answers file with a line of 3.9 million characters",
                        () -> checkEveryCommand(
                                "yaml-line-too-long.yaml",
                                ("questionnaire: six-principles\nquestionnaireVersion: \"1.0\"\nservice: "
                                                + "x".repeat(3_900_000) + "\nanswers:\n  assets-skills-asked: Always\n")
                                        .getBytes(StandardCharsets.UTF_8))),
                DynamicTest.dynamicTest(
                        "a 5 MB YAML file",
                        () -> checkEveryCommand(
                                "too-large.yaml",
                                ("# padding\n".repeat(500_000) + "questionnaire: six-principles\n")
                                        .getBytes(StandardCharsets.UTF_8))),
                DynamicTest.dynamicTest(
                        "a CSV header of 100,000 columns",
                        () -> checkEveryCommand("100000-columns.csv", wideExport(100_000))),
                DynamicTest.dynamicTest(
                        "a CSV of one 9-million-character line",
                        () -> checkEveryCommand(
                                "one-long-line.csv", "x".repeat(9_000_000).getBytes(StandardCharsets.US_ASCII))));
    }

    /** Found by the fuzzer: read with the wrong delimiter, a whole header is one column, which the message quoted whole. */
    @Test
    void an_export_read_with_the_wrong_delimiter_is_refused_in_a_short_message() {
        Run run = run(List.of("score", "examples/exports/microsoft-forms.csv", "--delimiter", ","));
        assertThat(run.code()).as(describe(run)).isEqualTo(ExitCodes.INVALID_INPUT);
        assertCleanMessage(run, "microsoft-forms.csv");
        assertThat(run.err())
                .contains("no column matches a question of 'six-principles'")
                .contains("The columns are 'ID;Start time;Completion time;Email;Name;Which service ar...'")
                .endsWith("and 66 more.\n");
    }

    /** Refused, not run out of memory: in a heap of 64 MB, the largest inputs still give exit code 3 and their message. */
    @Test
    void the_largest_inputs_are_refused_within_a_64_mb_heap() throws Exception {
        Path wide = Files.write(dir.resolve("100000-columns.csv"), wideExport(100_000));
        Path longLine = Files.write(
                dir.resolve("one-long-line.csv"), "x".repeat(9_000_000).getBytes(StandardCharsets.US_ASCII));
        Path hugeValue = Files.writeString(
                dir.resolve("huge-value.yaml"),
                "questionnaire: six-principles\nservice: " + "x".repeat(3_000_000) + "\n");
        for (List<String> args : List.of(
                List.of("score", wide.toString()),
                List.of("score", longLine.toString()),
                List.of("report", hugeValue.toString()),
                List.of("show", hugeValue.toString()))) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx64m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.coprod.cli.Main"));
            command.addAll(args);
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS))
                    .isTrue();
            assertThat(process.exitValue())
                    .as(String.join(" ", args) + "\n" + output)
                    .isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(output).doesNotContain("memory").startsWith("coprod: " + args.get(1));
        }
    }

    static byte[] wideExport(int columns) {
        StringBuilder csv = new StringBuilder("Service,Role,assets-strengths-asked");
        for (int c = 3; c < columns; c++) {
            csv.append(",extra").append(c);
        }
        return csv.append("\nRiverside,Staff,Always\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The command lines a file can be given to: as an answers file, a questionnaire, an export and a mapping file. */
    static List<List<String>> commandLines(String file, String out) {
        String answers = GOOD_ANSWERS.toString();
        String export = GOOD_EXPORT.toString();
        return List.of(
                List.of("report", file, "-o", out + "/report.txt"),
                List.of("report", answers, "--questionnaire", file, "-o", out + "/report.txt"),
                List.of("score", file, "-o", out + "/score.txt", "--per-respondent", out + "/rows.csv"),
                List.of("score", file, "--strict", "-o", out + "/score.txt"),
                List.of("score", export, "--questionnaire", file, "-o", out + "/score.txt"),
                List.of("score", export, "--mapping", file, "-o", out + "/score.txt"),
                List.of("show", file, "-o", out + "/show.txt"),
                List.of("template", file, "-o", out + "/template.csv"),
                List.of("validate", file),
                List.of(
                        "assess",
                        file,
                        "--plain",
                        "--service",
                        "Riverside",
                        "--role",
                        "Staff",
                        "--answers",
                        out + "/answers.yaml"),
                List.of("assess", "--resume", file, "--plain"),
                List.of("list", file));
    }

    private void checkEveryCommand(String name, byte[] content) throws IOException {
        Path inputs =
                Files.createDirectories(dir.resolve(name.replace('.', '-')).resolve("in"));
        Path out = Files.createDirectories(inputs.resolveSibling("out"));
        Path file = Files.write(inputs.resolve(name), content);
        Files.copy(GOOD_ANSWERS, inputs.resolve("good-answers.yaml"));
        List<List<String>> messages =
                MESSAGES.stream().filter(m -> m.get(0).equals(name)).toList();
        assertThat(messages)
                .as("the messages expected for " + name + " are listed in MESSAGES")
                .isNotEmpty();
        for (List<String> args : commandLines(file.toString(), out.toString())) {
            Map<String, String> before = snapshot(inputs.getParent());
            Run run = run(args);
            String commandLine = String.join(" ", args).replace(file.toString(), "FILE");
            assertThat(run.code()).as(describe(run)).isEqualTo(expectedCode(name, commandLine));
            assertCleanMessage(run, name);
            messages.stream()
                    .filter(m -> commandLine.startsWith(m.get(1)))
                    .forEach(m -> assertThat(run.err()).as(describe(run)).contains(file + m.get(2)));
            int expected = expectedCode(name, commandLine);
            if (expected != ExitCodes.OK) {
                assertThat(run.out()).as("nothing on stdout: " + describe(run)).isEmpty();
                assertThat(snapshot(inputs.getParent()))
                        .as("no file made, changed or left behind: " + describe(run))
                        .isEqualTo(before);
            } else {
                assertThat(Files.readAllBytes(file))
                        .as("the input is unchanged: " + describe(run))
                        .isEqualTo(content);
                deleteOutputs(out);
            }
        }
    }

    static int expectedCode(String name, String commandLine) {
        if (commandLine.startsWith("list ")) {
            return ExitCodes.USAGE;
        }
        if (commandLine.startsWith("validate ") && name.endsWith(".csv")) {
            return ExitCodes.USAGE;
        }
        return LENIENT.getOrDefault(name, Map.of()).entrySet().stream()
                .filter(e -> commandLine.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(ExitCodes.INVALID_INPUT);
    }

    /** One message (a first line "coprod: ...") that names the file, in plain words: no Java, no stack trace. */
    static void assertCleanMessage(Run run, String fileName) {
        List<String> messages =
                run.err().lines().filter(line -> line.startsWith("coprod: ")).toList();
        assertThat(messages).as("one message: " + describe(run)).hasSize(1);
        assertThat(messages.get(0))
                .as(describe(run))
                .contains(fileName)
                .endsWith(".")
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("java.")
                .doesNotContain("org.")
                .doesNotContain("null")
                .doesNotContain("something went wrong inside coprod");
        assertThat(messages.get(0).length())
                .as("a readable length: " + describe(run))
                .isLessThan(1_000);
        assertThat(run.err() + run.out())
                .as("no stack trace: " + describe(run))
                .doesNotContain("\tat ")
                .doesNotContain("Caused by");
    }

    static Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> Main.run(
                        new Io(
                                new PrintWriter(out),
                                new PrintWriter(err),
                                new ByteArrayInputStream(new byte[0]),
                                Map.of(),
                                false),
                        args.toArray(String[]::new)),
                () -> "coprod " + String.join(" ", args) + " took more than a minute");
        return new Run(args, code, out.toString(), err.toString());
    }

    static String describe(Run run) {
        String err = run.err().length() > 1000 ? run.err().substring(0, 1000) + "..." : run.err();
        return "coprod " + String.join(" ", run.args()) + " (exit " + run.code() + ")\n" + err;
    }

    /** Every file under {@code root}, hidden ones too, with a digest of its content. */
    static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), digest(Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteOutputs(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    // ---- paths that do not exist or cannot be written ----

    @Test
    void a_missing_file_or_a_folder_given_as_input_is_a_file_error_for_every_command() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        for (String missing : List.of(
                dir.resolve("no-such-file.yaml").toString(),
                dir.resolve("no-such-file.csv").toString(),
                Files.createDirectories(dir.resolve("a-folder.yaml")).toString())) {
            String name = Path.of(missing).getFileName().toString();
            for (List<String> args : commandLines(missing, out.toString())) {
                if (args.get(0).equals("list")) {
                    continue;
                }
                Map<String, String> before = snapshot(dir);
                Run run = run(args);
                assertThat(run.code())
                        .as(describe(run))
                        .isEqualTo(
                                expectedCode(missing, String.join(" ", args)) == ExitCodes.USAGE
                                        ? ExitCodes.USAGE
                                        : ExitCodes.FILE_ERROR);
                assertCleanMessage(run, name);
                assertThat(snapshot(dir)).as(describe(run)).isEqualTo(before);
            }
        }
    }

    @Test
    void an_output_that_cannot_be_written_is_a_file_error_and_leaves_nothing_behind() throws IOException {
        Path answers = Files.copy(GOOD_ANSWERS, dir.resolve("answers.yaml"));
        // scored together with the answers file, an export of the same version (the sample exports are of version 1.0)
        String export = Files.writeString(
                        dir.resolve("export.csv"),
                        "Service,Role,assets-strengths-asked,assets-skills-used,"
                                + "power-and-work-asked\nNorthgate Homes tenants' panel,Staff,Often,Sometimes,Regularly\n")
                .toString();
        Path aFile = Files.writeString(dir.resolve("a-file"), "not a folder");
        Path aFolder = Files.createDirectories(dir.resolve("a-folder"));
        List<List<String>> commandLines = new ArrayList<>();
        for (String target : List.of(
                dir.resolve("missing-folder/out.txt").toString(),
                aFile.resolve("out.txt").toString(),
                aFolder.toString(),
                answers.toString())) {
            commandLines.add(List.of("report", answers.toString(), "-o", target));
            commandLines.add(List.of("score", export, answers.toString(), "-o", target));
            commandLines.add(List.of("score", export, answers.toString(), "--per-respondent", target));
            commandLines.add(
                    List.of("assess", "--plain", "--service", "Riverside", "--role", "Staff", "--answers", target));
            if (!target.equals(answers.toString())) {
                commandLines.add(List.of("show", "six-principles", "-o", target));
                commandLines.add(List.of("template", "-o", target));
            }
        }
        commandLines.forEach(this::assertRefusedToWrite);
    }

    @Test
    void a_folder_without_write_permission_is_a_file_error() throws IOException {
        Path readOnly = Files.createDirectories(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(readOnly), "permissions do not apply here (running as root)");
            String target = readOnly.resolve("out.txt").toString();
            for (List<String> args : List.of(
                    List.of("report", GOOD_ANSWERS.toString(), "-o", target),
                    List.of("template", "-o", target),
                    List.of("score", GOOD_EXPORT.toString(), "--per-respondent", target),
                    List.of("assess", "--plain", "--service", "Riverside", "--role", "Staff", "--answers", target))) {
                assertRefusedToWrite(args);
            }
        } finally {
            Files.setPosixFilePermissions(
                    readOnly, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private void assertRefusedToWrite(List<String> args) {
        Map<String, String> before = snapshot(dir);
        Run run = run(args);
        assertThat(run.code()).as(describe(run)).isEqualTo(ExitCodes.FILE_ERROR);
        assertCleanMessage(run, Path.of(args.get(args.size() - 1)).getFileName().toString());
        assertThat(snapshot(dir)).as(describe(run)).isEqualTo(before);
    }
}
