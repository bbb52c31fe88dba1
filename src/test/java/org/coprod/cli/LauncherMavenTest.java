package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher in a clone on a machine without Maven: it fetches Maven itself, and refuses a download that is not the
 * Maven it expects. (The whole path, download and build included, is run by .ci/run.)
 */
class LauncherMavenTest {
    @TempDir
    Path folder;

    Path clone;
    Path bin;

    @BeforeEach
    void a_clone_that_needs_building_and_a_path_without_maven() throws Exception {
        assumeThat(Programs.onPath("curl")).as("curl is installed").isPresent();
        clone = Files.createDirectories(folder.resolve("clone"));
        Files.copy(Path.of("coprod"), clone.resolve("coprod"));
        Files.writeString(clone.resolve("pom.xml"), "<project/>");
        bin = Files.createDirectories(folder.resolve("bin"));
        for (String tool : List.of("bash", "find", "mkdir", "rm", "mv", "tar", "gzip", "curl", "sha512sum")) {
            Path found = Programs.onPath(tool).orElseThrow(() -> new AssertionError(tool + " is not on the PATH"));
            // a small script rather than a link, which JUnit warns about when it deletes the folder
            Path wrapper = Files.writeString(bin.resolve(tool), "#!/bin/sh\nexec " + found + " \"$@\"\n");
            wrapper.toFile().setExecutable(true);
        }
    }

    @Test
    void a_download_that_is_not_the_expected_maven_is_refused_and_removed() throws Exception {
        Path fake = Files.writeString(folder.resolve("apache-maven-bin.tar.gz"), "not maven");
        ProcessResult result = launch(fake.toUri().toString());
        assertThat(result.code()).isEqualTo(4);
        assertThat(result.err())
                .contains("fetching Maven 3.9.16")
                .contains("is not Maven 3.9.16 (its SHA-512 does not match)")
                .doesNotContain("at ");
        try (var left = Files.list(folder.resolve("cache/coprod"))) {
            assertThat(left).as("nothing half-downloaded is kept").isEmpty();
        }
    }

    @Test
    void a_download_that_fails_says_so_and_what_to_do() throws Exception {
        ProcessResult result = launch(folder.resolve("missing.tar.gz").toUri().toString());
        assertThat(result.code()).isEqualTo(4);
        assertThat(result.err())
                .contains(
                        "could not be downloaded. Install Maven (https://maven.apache.org), or use a release archive.");
    }

    record ProcessResult(int code, String err) {}

    private ProcessResult launch(String mavenUrl) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                bin.resolve("bash").toString(), clone.resolve("coprod").toString(), "--version");
        builder.environment().clear();
        builder.environment()
                .putAll(java.util.Map.of(
                        "PATH",
                        bin.toString(),
                        "HOME",
                        folder.toString(),
                        "XDG_CACHE_HOME",
                        folder.resolve("cache").toString(),
                        "COPROD_MAVEN_URL",
                        mavenUrl));
        Process process =
                builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new ProcessResult(process.exitValue(), err);
    }
}
