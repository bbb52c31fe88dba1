package org.coprod.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.coprod.core.words.Words;

/**
 * Writes output files whole or not at all: the text goes to a temporary file beside the target, which is saved to
 * disk and then renamed over it, so a crash, a kill or a full disk never leaves half a file. An input file is never
 * written over (see {@link OutputGuard}). A device or pipe (such as /dev/stdout) cannot be renamed over, and is written
 * straight through. A replaced file keeps its permissions; a new one gets the usual ones (the umask's).
 */
public final class OutputFiles {
    private OutputFiles() {}

    /** Writes {@code text} to {@code target}, none of {@code inputs}; what goes wrong is told in {@code words}. */
    public static void write(Path target, String text, Collection<Path> inputs, Words words) {
        try (Pending file = open(target, inputs, words)) {
            file.write(text);
            file.commit();
        }
    }

    public static void writeAtomically(Path target, String text, Words words) {
        write(target, text, List.of(), words);
    }

    /** {@link #writeAtomically(Path, String, Words)} in English. */
    public static void writeAtomically(Path target, String text) {
        // language: English for the interview's saves until it passes the run's Words
        writeAtomically(target, text, Words.english());
    }

    /** Starts writing {@code target}; nothing appears there until {@link Pending#commit()}. */
    public static Pending open(Path target, Collection<Path> inputs, Words words) {
        OutputGuard.check(target, inputs, words);
        Path destination = OutputGuard.destination(target, words);
        try {
            if (Files.exists(destination) && !Files.isRegularFile(destination)) {
                FileChannel device = FileChannel.open(destination, StandardOpenOption.WRITE);
                return new Pending(target, destination, null, device, null, writerOver(device), words);
            }
            removeLeftovers(destination);
            Path temporary = createTemporary(destination);
            FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
            // held while writing: a later run takes a temporary file whose lock it can get as left by a killed one
            FileLock alive = channel.tryLock();
            keepPermissions(destination, temporary);
            return new Pending(target, destination, temporary, channel, alive, writerOver(channel), words);
        } catch (IOException e) {
            throw cannotWrite(target, e, words);
        }
    }

    /**
     * A writer that hands every byte to the channel: a channel may take only part of a write (a disk with a few
     * kilobytes left does), and the writer of {@code Channels.newWriter} then drops the rest without a word.
     */
    static Writer writerOver(WritableByteChannel channel) {
        return new BufferedWriter(
                new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16);
    }

    /** A temporary file's name is the target's and a random number: kept short so that it never becomes too long. */
    private static String temporaryPrefix(Path destination) {
        String name = destination.getFileName().toString();
        return "." + (name.length() <= 60 ? name : name.substring(0, 60));
    }

    private static Path createTemporary(Path destination) throws IOException {
        while (true) {
            Path candidate = destination.resolveSibling(
                    temporaryPrefix(destination) + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                // another random number
            }
        }
    }

    private static void keepPermissions(Path destination, Path temporary) {
        try {
            if (Files.exists(destination)) {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(destination));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system, or not ours to change: the file is still written whole
        }
    }

    /** Temporary files of this target left by a run that was killed while writing: nobody holds their lock. */
    private static void removeLeftovers(Path destination) {
        String prefix = temporaryPrefix(destination);
        Pattern ours = Pattern.compile(Pattern.quote(prefix) + "\\d+\\.tmp");
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(destination.getParent(), prefix + "*.tmp")) {
            for (Path sibling : siblings) {
                if (ours.matcher(sibling.getFileName().toString()).matches() && Files.isRegularFile(sibling)) {
                    removeIfAbandoned(sibling);
                }
            }
        } catch (IOException | RuntimeException e) {
            // tidying up is a kindness; it must never stop the output being written
        }
    }

    private static void removeIfAbandoned(Path temporary) {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                Files.delete(temporary);
            }
        } catch (OverlappingFileLockException | IOException inUse) {
            // being written by this or another run
        }
    }

    /** An output file being written; closing it without {@link #commit()} leaves the target as it was. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path destination;
        private final Path temporary;
        private final FileChannel channel;
        private final FileLock alive;
        private final Writer writer;
        private final Words words;
        private boolean committed;

        private Pending(
                Path target,
                Path destination,
                Path temporary,
                FileChannel channel,
                FileLock alive,
                Writer writer,
                Words words) {
            this.target = target;
            this.destination = destination;
            this.temporary = temporary;
            this.channel = channel;
            this.alive = alive;
            this.writer = writer;
            this.words = words;
        }

        public void write(String text) {
            try {
                writer.write(text);
            } catch (IOException e) {
                throw cannotWrite(target, e, words);
            }
        }

        /** Saves the text to disk and puts it in place of the target. */
        public void commit() {
            try {
                writer.flush();
                if (temporary != null) {
                    channel.force(true);
                    release();
                }
                writer.close();
                if (temporary != null) {
                    moveIntoPlace();
                }
                committed = true;
            } catch (IOException e) {
                throw cannotWrite(target, e, words);
            }
        }

        private void release() throws IOException {
            if (alive != null) {
                alive.release();
            }
        }

        private void moveIntoPlace() throws IOException {
            try {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(destination.getParent());
        }

        @Override
        public void close() {
            if (committed) {
                return;
            }
            try {
                channel.close(); // not the writer: flushing it could fail again on a full disk
            } catch (IOException ignored) {
                // the text is being thrown away
            }
            deleteQuietly(temporary);
        }
    }

    /** The rename itself saved to disk, so that a power cut just after "Saved." does not bring the old file back. */
    private static void forceFolder(Path folder) {
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every system can open a folder this way; the file itself is on disk
        }
    }

    private static FileAccessException cannotWrite(Path target, IOException e, Words words) {
        if (e instanceof AccessDeniedException) {
            return new FileAccessException(words.get("io.write.denied", target), e);
        }
        if (e instanceof NoSuchFileException) {
            return new FileAccessException(words.get("io.write.folder-gone", target), e);
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        String key = Files.isRegularFile(target)
                ? "io.write.failed-kept"
                : Files.exists(target) ? "io.write.failed" : "io.write.failed-nothing";
        return new FileAccessException(words.get(key, target, reason), e);
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
