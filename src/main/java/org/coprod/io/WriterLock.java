package org.coprod.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One writer per answers file: a lock on a hidden file beside it ({@code .NAME.lock}), held for the whole session. Two
 * sessions on one file would each save their own answers over the other's; the second is told the file is in use.
 * The system releases the lock when a session ends in any way, a kill included, so a lock is never left stuck.
 */
public final class WriterLock implements AutoCloseable {
    private static final int ATTEMPTS = 3;

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the file for this session, or says who has it. */
    public static WriterLock acquire(Path file) {
        Path destination = OutputGuard.destination(file);
        Path lockFile = destination.resolveSibling("." + destination.getFileName() + ".lock");
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.READ);
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    String holder = holder(lockFile);
                    channel.close();
                    throw new FileAccessException(file + " is in use by another coprod session" + holder + ". Finish or"
                            + " stop that session first: two sessions on one answers file would each save over the other's"
                            + " answers.");
                }
                if (Files.exists(lockFile)) { // not removed by a session that ended while this one was opening it
                    describeOwner(channel);
                    return new WriterLock(lockFile, channel, lock);
                }
                channel.close();
            }
            throw new FileAccessException("Cannot lock " + file + " for this session: other sessions keep taking it.");
        } catch (IOException e) {
            throw new FileAccessException("Cannot write " + file + ": " + e.getMessage() + ".", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }

    private static void describeOwner(FileChannel channel) throws IOException {
        String owner = "process " + ProcessHandle.current().pid() + ", since "
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
    }

    /** " (process 1234, since 2026-11-29 14:02)" when the lock file says so. */
    private static String holder(Path lockFile) {
        try {
            String owner;
            try (java.io.InputStream in = Files.newInputStream(lockFile)) {
                owner = new String(in.readNBytes(200), StandardCharsets.UTF_8).strip();
            }
            return owner.matches("process \\d+, since [0-9: -]+") ? " (" + owner + ")" : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(lockFile); // while still held, so nobody takes a file about to vanish
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the system releases the lock anyway when coprod ends; a hidden lock file left is harmless
        }
    }
}
