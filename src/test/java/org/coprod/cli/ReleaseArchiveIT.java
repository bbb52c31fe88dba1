package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.coprod.cli.Programs.Run;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive made by {@code mvn package}, unpacked and run as on a machine with only Java: the PATH holds
 * java and the few standard tools the launcher uses, and no Maven. Run by {@code mvn verify}, after the archive is made.
 */
class ReleaseArchiveIT {
    static final String VERSION = VersionProvider.lines()[0].substring("coprod ".length());
    static final Path TAR = Path.of("target", "coprod-" + VERSION + ".tar.gz");
    static final Path ZIP = Path.of("target", "coprod-" + VERSION + ".zip");
    /** What the launcher needs besides java: any machine has them. */
    static final List<String> TOOLS =
            List.of("bash", "dirname", "readlink", "find", "cksum", "cut", "mkdir", "mv", "rm", "head", "cat");

    @TempDir
    static Path folder;

    static Path home;
    static Path bin;

    @BeforeAll
    static void unpack() throws Exception {
        assertThat(TAR).exists();
        bin = Files.createDirectories(folder.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        for (String tool : TOOLS) {
            Path found = Programs.onPath(tool).orElseThrow(() -> new AssertionError(tool + " is not on the PATH"));
            Files.createSymbolicLink(bin.resolve(tool), found);
        }
        Run tar = run(
                List.of("tar", "-xzf", TAR.toAbsolutePath().toString()), folder, Map.of("PATH", System.getenv("PATH")));
        assertThat(tar.code()).as(tar.err()).isZero();
        home = folder.resolve("coprod-" + VERSION);
    }

    /**
     * The links in bin point outside the folder: JUnit would delete them with a warning each ("Deleting symbolic link
     * ... outside of temp dir"), so they are removed here first.
     */
    @AfterAll
    static void removeLinks() throws IOException {
        if (bin == null) {
            return;
        }
        try (var links = Files.list(bin)) {
            for (Path link : links.filter(Files::isSymbolicLink).toList()) {
                Files.delete(link);
            }
        }
    }

    @Test
    void holds_the_launcher_the_jar_the_man_page_the_completion_the_questionnaires_and_the_examples() throws Exception {
        assertThat(Files.isExecutable(home.resolve("coprod"))).isTrue();
        for (String file : List.of(
                "lib/coprod.jar",
                "man/coprod.1",
                "completion/coprod",
                "README.md",
                "LICENSE",
                "questionnaires/six-principles.yaml",
                "examples/northgate-tenants-panel-answers.yaml",
                "examples/exports/google-forms.csv",
                "docs/questionnaire-format.md")) {
            assertThat(home.resolve(file)).as(file).isRegularFile();
        }
        assertThat(entries(ZIP)).isEqualTo(tarEntries());
        assertThat(Files.readString(home.resolve("coprod.cmd")))
                .as("the Windows launcher, with Windows line ends")
                .startsWith("@echo off\r\n")
                .contains("-jar \"%~dp0lib\\coprod.jar\" %*\r\n");
    }

    @Test
    void the_launcher_runs_without_maven_and_keeps_a_class_data_archive() throws Exception {
        assertThat(bin.resolve("mvn")).doesNotExist();
        Run version = coprod(List.of("--version"), "");
        assertThat(version.code()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("coprod " + VERSION + "\nJava ");
        assertThat(home.resolve("lib/coprod.jsa")).as("made by the first run").isRegularFile();

        Run report = coprod(List.of("report", "examples/northgate-tenants-panel-answers.yaml"), "");
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("Voice");

        Run assess = coprod(
                List.of(
                        "assess",
                        "--plain",
                        "--service",
                        "Test",
                        "--role",
                        "Manager",
                        "--answers",
                        folder.resolve("answers.yaml").toString()),
                "q\n");
        assertThat(assess.code()).as(assess.err()).isZero();
        assertThat(assess.out()).contains("Question 1 of 35").contains("To carry on: ");
    }

    /** Issue 15: a second session for the same service on one day started a second file without a word. */
    @Test
    void a_second_session_the_same_day_is_told_of_the_first_file() throws Exception {
        Run first = coprod(List.of("assess", "--service", "Twice Daily", "--role", "R"), "4\nq\n");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).doesNotContain("There is already an answers file");
        Run second = coprod(List.of("assess", "--service", "Twice Daily", "--role", "R"), "q\n");
        assertThat(second.code()).as(second.err()).isZero();
        String today = java.time.LocalDate.now().toString();
        assertThat(second.out().replaceAll("\\s+", " "))
                .contains("There is already an answers file for this service from today, twice-daily-" + today
                        + "-answers.yaml, so these answers go to a new one, twice-daily-" + today + "-2-answers.yaml.");
    }

    /** Issue 15: the README says -o /dev/stdout works; into a pipe it said "Cannot write /dev/stdout". */
    @Test
    void a_report_written_to_dev_stdout_goes_down_a_pipe() throws Exception {
        Run piped = run(
                List.of(
                        "bash",
                        "-c",
                        "./coprod report examples/northgate-tenants-panel-answers.yaml -o /dev/stdout | cat"),
                home,
                Map.of("PATH", bin.toString(), "HOME", folder.toString()));
        assertThat(piped.code()).as(piped.err()).isZero();
        assertThat(piped.out()).startsWith("Co-production self-assessment: Northgate Homes tenants' panel\n");
        assertThat(piped.err()).doesNotContain("Cannot write");
    }

    @Test
    void the_completion_script_registers_itself_in_bash() throws Exception {
        Run bash = run(
                List.of("bash", "-c", "source completion/coprod && complete -p coprod"),
                home,
                Map.of("PATH", bin.toString()));
        assertThat(bash.code()).as(bash.err()).isZero();
        assertThat(bash.out()).contains("-F _complete_coprod").endsWith("coprod\n");
    }

    @Test
    void the_completion_script_registers_itself_in_zsh() throws Exception {
        assumeThat(Programs.onPath("zsh")).as("zsh is installed").isPresent();
        Run zsh = run(
                List.of("zsh", "-f", "-c", "source completion/coprod && print -r -- $_comps[coprod]"),
                home,
                Map.of("PATH", System.getenv("PATH"), "HOME", folder.toString()));
        assertThat(zsh.code()).as(zsh.err()).isZero();
        assertThat(zsh.out()).isEqualTo("_bash_complete -F _complete_coprod -o default\n");
    }

    @Test
    void man_reads_the_man_page() throws Exception {
        assumeThat(Programs.onPath("man")).as("man is installed").isPresent();
        Run page = run(
                List.of("man", "-l", "man/coprod.1"),
                home,
                Map.of("PATH", System.getenv("PATH"), "MANPAGER", "cat", "MANWIDTH", "80"));
        assertThat(page.code()).as(page.err()).isZero();
        assertThat(page.out().replaceAll(".\b", ""))
                .contains("COPROD(1)")
                .contains("coprod assess")
                .contains("--min-group-size");
    }

    private static Run coprod(List<String> args, String input) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("coprod").toString()));
        command.addAll(args);
        return run(command, home, Map.of("PATH", bin.toString(), "HOME", folder.toString()), input);
    }

    private static Run run(List<String> command, Path directory, Map<String, String> env) throws Exception {
        return run(command, directory, env, "");
    }

    private static Run run(List<String> command, Path directory, Map<String, String> env, String input)
            throws Exception {
        return Programs.run(command, directory, env, input, folder, 120);
    }

    private static List<String> entries(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<String> names = new ArrayList<>(file.stream()
                    .map(e -> e.getName())
                    .filter(n -> !n.endsWith("/"))
                    .toList());
            Collections.sort(names);
            return names;
        }
    }

    private static List<String> tarEntries() throws Exception {
        Run list = run(
                List.of("tar", "-tzf", TAR.toAbsolutePath().toString()), folder, Map.of("PATH", System.getenv("PATH")));
        List<String> names =
                new ArrayList<>(list.out().lines().filter(n -> !n.endsWith("/")).toList());
        Collections.sort(names);
        return names;
    }
}
