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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coprod.core.words.Words;

/**
 * One writer per answers file: a lock on a hidden file beside it ({@code .NAME.lock}), held for the whole session. Two
 * sessions on one file would each save their own answers over the other's; the second is told the file is in use.
 * The system releases the lock when a session ends in any way, a kill included, so a lock is never left stuck.
 */
public final class WriterLock implements AutoCloseable {
    private static final int ATTEMPTS = 3;
    /** What a lock file holds: a format read back by coprod in any language, so not translated. */
    private static final Pattern OWNER = Pattern.compile("process (\\d+), since ([0-9: -]+)");

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the file for this session, or says (in {@code words}) who has it. */
    public static WriterLock acquire(Path file, Words words) {
        Path destination = OutputGuard.destination(file, words);
        Path lockFile = destination.resolveSibling("." + destination.getFileName() + ".lock");
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                FileChannel channel = FileChannel.open(
                        lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    Optional<Matcher> holder = holder(lockFile);
                    channel.close();
                    throw new FileAccessException(
                            holder.map(h -> words.get("io.lock.in-use-by", file, h.group(1), h.group(2)))
                                    .orElseGet(() -> words.get("io.lock.in-use", file)));
                }
                if (Files.exists(lockFile)) { // not removed by a session that ended while this one was opening it
                    describeOwner(channel);
                    return new WriterLock(lockFile, channel, lock);
                }
                channel.close();
            }
            throw new FileAccessException(words.get("io.lock.taken", file));
        } catch (IOException e) {
            throw new FileAccessException(words.get("io.write.failed", file, e.getMessage()), e);
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

    /** The process holding the lock (group 1) and since when (group 2), when the lock file says so. */
    private static Optional<Matcher> holder(Path lockFile) {
        try {
            String owner;
            try (java.io.InputStream in = Files.newInputStream(lockFile)) {
                owner = new String(in.readNBytes(200), StandardCharsets.UTF_8).strip();
            }
            Matcher matcher = OWNER.matcher(owner);
            return matcher.matches() ? Optional.of(matcher) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
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
