package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
    @TempDir
    Path dir;

    @Test
    void a_file_is_written_whole_and_no_temporary_file_is_left() throws IOException {
        Path target = Files.writeString(dir.resolve("report.txt"), "old");
        OutputFiles.write(target, "new text", List.of());
        assertThat(target).hasContent("new text");
        assertThat(Files.list(dir)).containsExactly(target);
    }

    @Test
    void a_file_never_committed_leaves_the_target_as_it_was() throws IOException {
        Path target = Files.writeString(dir.resolve("rows.csv"), "old");
        try (OutputFiles.Pending pending = OutputFiles.open(target, List.of())) {
            pending.write("half of the new ");
        }
        assertThat(target).hasContent("old");
        assertThat(Files.list(dir)).containsExactly(target);
    }

    @Test
    void an_input_file_is_never_written_over() throws IOException {
        Path input = Files.writeString(dir.resolve("answers.yaml"), "answers");
        FileAccessException refused = catchThrowableOfType(FileAccessException.class,
                () -> OutputFiles.write(input, "report", List.of(input)));
        assertThat(refused).hasMessageContaining("one of the input files");
        assertThat(input).hasContent("answers");
    }

    /** Renaming over a link would replace the link with a file; the file it points to is written instead. */
    @Test
    void writing_through_a_symbolic_link_keeps_the_link() throws IOException {
        Path real = Files.writeString(dir.resolve("real.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
        OutputFiles.write(link, "new", List.of());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
    }

    /**
     * A pipe or device (-o /dev/stdout) cannot be renamed over: coprod used to put a regular file in its place, which,
     * run as root with -o /dev/null, replaced the device. Now it is written straight through.
     */
    @Test
    void a_named_pipe_is_written_through_and_stays_a_pipe() throws Exception {
        Path pipe = dir.resolve("pipe");
        assumeTrue(mkfifo(pipe), "mkfifo is not available here");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(pipe, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        OutputFiles.write(pipe, "through the pipe", List.of());
        assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo("through the pipe");
        assertThat(Files.isRegularFile(pipe)).as("still a pipe").isFalse();
        assertThat(Files.list(dir)).containsExactly(pipe);
    }

    private static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0 && Files.exists(path);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void a_target_whose_folder_is_a_file_is_explained() throws IOException {
        Path aFile = Files.writeString(dir.resolve("notes"), "");
        FileAccessException refused = catchThrowableOfType(FileAccessException.class,
                () -> OutputFiles.write(aFile.resolve("report.txt"), "x", List.of()));
        assertThat(refused).hasMessageEndingWith(aFile + " is a file, not a folder.");
    }
}
