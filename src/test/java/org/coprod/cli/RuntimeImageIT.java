package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coprod.cli.Programs.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime image made by src/dist/runtime-image.sh (coprod with its own cut-down Java), unpacked elsewhere and run
 * on a machine with no Java: no java on the PATH and no JAVA_HOME. Run by {@code mvn verify}, after the jar is made;
 * making the image takes about a minute on two busy cores.
 */
class RuntimeImageIT {
    @TempDir
    static Path folder;

    static Path image;
    /** A PATH with nothing in it, so no java can be found there. */
    static Path emptyPath;

    @BeforeAll
    static void makeAndUnpack() throws Exception {
        Path jdk = Path.of(System.getProperty("java.home"));
        boolean jlinkHere = Files.isExecutable(jdk.resolve("bin/jlink"));
        assumeThat(jlinkHere || Programs.onPath("jlink").isPresent())
                .as("jlink (a JDK, not only a Java runtime) is needed to make the image")
                .isTrue();
        Map<String, String> environment = new java.util.HashMap<>(Map.of("PATH", System.getenv("PATH")));
        if (jlinkHere) {
            environment.put("JAVA_HOME", jdk.toString());
        }
        Run made = run(List.of("bash", "src/dist/runtime-image.sh"), Path.of("").toAbsolutePath(), environment);
        assertThat(made.code()).as(made.err()).isZero();
        Path archive = Path.of(made.out().strip());
        assertThat(archive.getFileName().toString())
                .as("the archive's name says the version, the system and the processor")
                .matches("coprod-" + java.util.regex.Pattern.quote(ReleaseArchiveIT.VERSION)
                        + "-[a-z]+-[a-z0-9_]+\\.tar\\.gz");
        Run unpacked = run(
                List.of("tar", "-xzf", archive.toAbsolutePath().toString()),
                folder,
                Map.of("PATH", System.getenv("PATH")));
        assertThat(unpacked.code()).as(unpacked.err()).isZero();
        image = folder.resolve(archive.getFileName().toString().replace(".tar.gz", ""));
        emptyPath = Files.createDirectories(folder.resolve("empty-bin"));
    }

    @Test
    void holds_its_own_java_the_launcher_the_jar_the_questionnaires_the_examples_the_readme_and_the_licence() {
        assertThat(Files.isExecutable(image.resolve("bin/java"))).isTrue();
        assertThat(Files.isExecutable(image.resolve("bin/coprod"))).isTrue();
        // the examples too, as in the release archive: found missing by trying the image as a new user would
        for (String file : List.of(
                "lib/coprod.jar",
                "questionnaires/six-principles.yaml",
                "examples/northgate-tenants-panel-answers.yaml",
                "README.md",
                "LICENSE")) {
            assertThat(image.resolve(file)).as(file).isRegularFile();
        }
    }

    @Test
    void runs_with_no_java_on_the_path_and_no_java_home() throws Exception {
        Run version = coprod("--version");
        assertThat(version.code()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("coprod " + ReleaseArchiveIT.VERSION + "\nJava ");

        Run report = coprod(
                "report",
                image.resolve("examples/northgate-tenants-panel-answers.yaml").toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("VERDICT: VOICE").contains("WHAT TO DO FIRST");
    }

    /** The image keeps the locale data for Welsh: the name of the language, "Cymraeg", comes from it. */
    @Test
    void reports_in_welsh() throws Exception {
        Run report = coprod(
                "report",
                Path.of("examples/banc-amser-cwm-gwendraeth-answers.yaml")
                        .toAbsolutePath()
                        .toString(),
                "--language",
                "cy,en",
                "--format",
                "markdown");
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out())
                .startsWith("# Cymraeg\n")
                .contains("Dyfarniad: Cydgynhyrchu sy'n datblygu")
                .contains("# English\n");
    }

    @Test
    void the_windows_launcher_runs_the_images_own_java_with_windows_line_ends() throws Exception {
        String launcher = Files.readString(Path.of("src/dist/coprod.cmd"));
        assertThat(launcher)
                .startsWith("@echo off\r\n")
                .contains("\"%~dp0java.exe\" ")
                .contains("-jar \"%~dp0..\\lib\\coprod.jar\" %*\r\n");
        assertThat(launcher.replace("\r\n", "")).as("every line ends in CR LF").doesNotContain("\n");
    }

    private static Run coprod(String... args) throws Exception {
        List<String> command =
                new ArrayList<>(List.of(image.resolve("bin/coprod").toString()));
        command.addAll(List.of(args));
        return run(command, folder, Map.of("PATH", emptyPath.toString(), "HOME", folder.toString()));
    }

    private static Run run(List<String> command, Path directory, Map<String, String> env) throws Exception {
        return Programs.run(command, directory, env, "", folder, 300);
    }
}
