package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.coprod.core.words.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
    @TempDir
    Path dir;

    @Test
    void a_file_is_written_whole_and_no_temporary_file_is_left() throws IOException {
        Path target = Files.writeString(dir.resolve("report.txt"), "old");
        OutputFiles.write(target, "new text", List.of(), Words.english());
        assertThat(target).hasContent("new text");
        assertThat(Files.list(dir)).containsExactly(target);
    }

    @Test
    void a_file_never_committed_leaves_the_target_as_it_was() throws IOException {
        Path target = Files.writeString(dir.resolve("rows.csv"), "old");
        try (OutputFiles.Pending pending = OutputFiles.open(target, List.of(), Words.english())) {
            pending.write("half of the new ");
        }
        assertThat(target).hasContent("old");
        assertThat(Files.list(dir)).containsExactly(target);
    }

    @Test
    void an_input_file_is_never_written_over() throws IOException {
        Path input = Files.writeString(dir.resolve("answers.yaml"), "answers");
        FileAccessException refused = catchThrowableOfType(
                FileAccessException.class, () -> OutputFiles.write(input, "report", List.of(input), Words.english()));
        assertThat(refused).hasMessageContaining("one of the input files");
        assertThat(input).hasContent("answers");
    }

    /** Renaming over a link would replace the link with a file; the file it points to is written instead. */
    @Test
    void writing_through_a_symbolic_link_keeps_the_link() throws IOException {
        Path real = Files.writeString(dir.resolve("real.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
        OutputFiles.write(link, "new", List.of(), Words.english());
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
        OutputFiles.write(pipe, "through the pipe", List.of(), Words.english());
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
        FileAccessException refused = catchThrowableOfType(
                FileAccessException.class,
                () -> OutputFiles.write(aFile.resolve("report.txt"), "x", List.of(), Words.english()));
        assertThat(refused).hasMessageEndingWith(aFile + " is a file, not a folder.");
    }

    /**
     * A disk with 4 KB left takes only part of a write: the writer of Channels.newWriter dropped the rest without a
     * word, which left a cut file reported as written. Every byte must reach the channel, or the write fail.
     */
    @Test
    void a_channel_that_takes_part_of_a_write_and_then_fills_up_is_an_error() {
        StringBuilder received = new StringBuilder();
        java.nio.channels.WritableByteChannel nearlyFull = new java.nio.channels.WritableByteChannel() {
            @Override
            public int write(java.nio.ByteBuffer bytes) throws IOException {
                if (received.length() >= 4096) {
                    throw new IOException("No space left on device");
                }
                int taken = Math.min(bytes.remaining(), 4096 - received.length());
                for (int i = 0; i < taken; i++) {
                    received.append((char) bytes.get());
                }
                return taken;
            }

            @Override
            public boolean isOpen() {
                return true;
            }

            @Override
            public void close() {}
        };
        java.io.Writer writer = OutputFiles.writerOver(nearlyFull);
        IOException full = catchThrowableOfType(IOException.class, () -> {
            writer.write("x".repeat(5038));
            writer.flush();
        });
        assertThat(full).hasMessage("No space left on device");
    }

    @Test
    void a_full_device_is_an_error_not_a_success() {
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        FileAccessException full = catchThrowableOfType(
                FileAccessException.class,
                () -> OutputFiles.write(Path.of("/dev/full"), "x".repeat(100_000), List.of(), Words.english()));
        assertThat(full).hasMessageStartingWith("Cannot write /dev/full: No space left on device");
    }

    @Test
    void a_replaced_file_keeps_its_permissions() throws IOException {
        Path target = Files.writeString(dir.resolve("answers.yaml"), "old");
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "not a POSIX file system");
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(target, shared);
        OutputFiles.write(target, "new", List.of(), Words.english());
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(shared);
    }

    @Test
    void temporary_files_left_by_a_killed_run_are_removed_by_the_next_and_one_being_written_is_not()
            throws IOException {
        Path target = dir.resolve("answers.yaml");
        Path left = Files.writeString(dir.resolve(".answers.yaml1234567.tmp"), "half a file");
        Path someoneElses = Files.writeString(dir.resolve(".answers.yaml.bak1.tmp"), "not ours");
        try (OutputFiles.Pending writing = OutputFiles.open(dir.resolve("other.yaml"), List.of(), Words.english())) {
            Path busy;
            try (var files = Files.list(dir)) {
                busy = files.filter(f -> f.getFileName().toString().startsWith(".other.yaml"))
                        .findFirst()
                        .orElseThrow();
            }
            Path busyAsOurs = Files.move(busy, dir.resolve(".answers.yaml99.tmp"));
            OutputFiles.write(target, "answers", List.of(), Words.english());
            assertThat(left).doesNotExist();
            assertThat(someoneElses).exists();
            assertThat(busyAsOurs).as("held by a run still writing").exists();
        }
    }
}
