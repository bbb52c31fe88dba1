package org.coprod.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;

/**
 * Writes output files whole or not at all: the text goes to a temporary file beside the target, which is saved to
 * disk and then renamed over it, so a crash, a kill or a full disk never leaves half a file. An input file is never
 * written over. A device or pipe (such as /dev/stdout) cannot be renamed over, and is written straight through.
 */
public final class OutputFiles {
    private OutputFiles() {}

    public static void write(Path target, String text, Collection<Path> inputs) {
        try (Pending file = open(target, inputs)) {
            file.write(text);
            file.commit();
        }
    }

    public static void writeAtomically(Path target, String text) {
        write(target, text, List.of());
    }

    /** Starts writing {@code target}; nothing appears there until {@link Pending#commit()}. */
    public static Pending open(Path target, Collection<Path> inputs) {
        refuseToOverwriteInputs(target, inputs);
        Path destination = destination(target);
        try {
            if (Files.exists(destination) && !Files.isRegularFile(destination)) {
                return new Pending(target, destination, null, null,
                        Files.newBufferedWriter(destination, StandardCharsets.UTF_8, StandardOpenOption.WRITE));
            }
            Path temporary = Files.createTempFile(destination.getParent(), "." + shortened(destination.getFileName().toString()), ".tmp");
            FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
            return new Pending(target, destination, temporary, channel,
                    new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8), 1 << 16));
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    /** Where the text really goes: the file a symbolic link points to, so that the link itself stays. */
    private static Path destination(Path target) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new FileAccessException("Cannot write " + target + ": " + (folder != null && Files.exists(folder)
                    ? folder + " is a file, not a folder." : "the folder " + folder + " does not exist. Create it first, or"
                            + " choose another folder."));
        }
        if (Files.isDirectory(absolute)) {
            throw new FileAccessException("Cannot write " + target + ": it is a folder. Give a file name.");
        }
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    /** A temporary file's name is the target's and a random number: kept short so that it never becomes too long. */
    private static String shortened(String name) {
        return name.length() <= 60 ? name : name.substring(0, 60);
    }

    /** An output file being written; closing it without {@link #commit()} leaves the target as it was. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path destination;
        private final Path temporary;
        private final FileChannel channel;
        private final Writer writer;
        private boolean committed;

        private Pending(Path target, Path destination, Path temporary, FileChannel channel, Writer writer) {
            this.target = target;
            this.destination = destination;
            this.temporary = temporary;
            this.channel = channel;
            this.writer = writer;
        }

        public void write(String text) {
            try {
                writer.write(text);
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }

        /** Saves the text to disk and puts it in place of the target. */
        public void commit() {
            try {
                writer.flush();
                if (channel != null) {
                    channel.force(true);
                }
                writer.close();
                if (temporary != null) {
                    moveIntoPlace();
                }
                committed = true;
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }

        private void moveIntoPlace() throws IOException {
            try {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        @Override
        public void close() {
            if (committed) {
                return;
            }
            try {
                writer.close();
            } catch (IOException ignored) {
                // the text is being thrown away
            }
            deleteQuietly(temporary);
        }
    }

    private static FileAccessException cannotWrite(Path target, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new FileAccessException("Cannot write " + target + ": permission denied. Choose a folder you can write to.", e);
        }
        if (e instanceof NoSuchFileException) {
            return new FileAccessException("Cannot write " + target + ": the folder does not exist. Create it first, or choose"
                    + " another folder.", e);
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return new FileAccessException("Cannot write " + target + ": " + reason + ".", e);
    }

    private static void refuseToOverwriteInputs(Path target, Collection<Path> inputs) {
        for (Path input : inputs) {
            if (sameFile(target, input)) {
                throw new FileAccessException("Will not write the output to " + target
                        + ": that is one of the input files. Choose another name.");
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            return false;
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the temporary file is hidden and harmless; the real error, if any, is already on its way
        }
    }
}
