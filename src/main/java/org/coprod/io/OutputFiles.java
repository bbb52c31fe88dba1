package org.coprod.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;

/**
 * Writes output files whole or not at all: the text goes to a temporary file beside the target, which is then
 * renamed over it, so a crash or a full disk never leaves half a file. An input file is never written over.
 */
public final class OutputFiles {
    private OutputFiles() {}

    public static void write(Path target, String text, Collection<Path> inputs) {
        refuseToOverwriteInputs(target, inputs);
        writeAtomically(target, text);
    }

    public static void writeAtomically(Path target, String text) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new FileAccessException("Cannot write " + target + ": the folder " + folder + " does not exist.");
        }
        if (Files.isDirectory(absolute)) {
            throw new FileAccessException("Cannot write " + target + ": it is a folder. Give a file name.");
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw new FileAccessException("Cannot write " + target + ": permission denied.", e);
        } catch (NoSuchFileException e) {
            throw new FileAccessException("Cannot write " + target + ": the folder does not exist.", e);
        } catch (IOException e) {
            throw new FileAccessException("Cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
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
