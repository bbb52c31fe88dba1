package org.coprod.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.coprod.core.words.Words;

/**
 * The one check every output goes through before anything is written: the destination must be a file in an existing
 * folder, and must not be any of the inputs, nor another output of the same run. Files are compared by identity (links
 * followed, hard links seen), not by name, so a symbolic link or a path such as ./a/../q.yaml cannot get past it.
 */
public final class OutputGuard {
    /** How many links in a row are followed for a file that does not exist yet. */
    private static final int MOST_LINKS = 40;

    private OutputGuard() {}

    /** Checks that {@code target} may be written: a file name in an existing folder, none of {@code inputs}. */
    public static void check(Path target, Collection<Path> inputs, Words words) {
        destination(target, words);
        for (Path input : inputs) {
            if (sameFile(target, input)) {
                throw new FileAccessException(
                        input.equals(target)
                                ? words.get("io.write.is-input", target)
                                : words.get("io.write.is-input-as", target, input));
            }
        }
    }

    /** Whether any two of {@code files} are one file; the first such pair, for a message. */
    public static java.util.Optional<List<Path>> firstRepeated(List<Path> files) {
        for (int i = 0; i < files.size(); i++) {
            for (int j = i + 1; j < files.size(); j++) {
                if (sameFile(files.get(i), files.get(j))) {
                    return java.util.Optional.of(List.of(files.get(i), files.get(j)));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Where the text really goes: the file a symbolic link points to (even one not yet there), so the link stays. */
    static Path destination(Path target, Words words) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || Files.isDirectory(absolute)) {
            throw new FileAccessException(words.get("io.write.is-folder", target));
        }
        if (!Files.isDirectory(folder)) {
            throw new FileAccessException(words.get(
                    Files.exists(folder) ? "io.write.folder-is-file" : "io.write.no-such-folder", target, folder));
        }
        try {
            return followLinks(absolute);
        } catch (IOException e) {
            throw new FileAccessException(words.get("io.write.failed-as", absolute, e.getMessage()), e);
        }
    }

    /** Whether two paths name one file, now or once written (links followed, hard links seen); false for a null. */
    public static boolean sameFile(Path a, Path b) {
        if (a == null || b == null) {
            return false;
        }
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
            return followLinks(a.toAbsolutePath()).equals(followLinks(b.toAbsolutePath()));
        } catch (IOException e) {
            return false;
        }
    }

    /** The real path of a file, or for one not there yet (a dangling link included), of where it would be made. */
    private static Path followLinks(Path absolute) throws IOException {
        Path path = absolute;
        for (int i = 0; i < MOST_LINKS && Files.isSymbolicLink(path) && !Files.exists(path); i++) {
            path = path.resolveSibling(Files.readSymbolicLink(path)).toAbsolutePath();
        }
        if (Files.exists(path)) {
            try {
                return path.toRealPath();
            } catch (NoSuchFileException pipe) {
                // /dev/stdout into a pipe links to "pipe:[...]", which is there but has no real path: it is written to
                if (!Files.isRegularFile(path)) {
                    return path;
                }
                throw pipe;
            }
        }
        Path folder = path.getParent();
        return folder != null && Files.isDirectory(folder)
                ? folder.toRealPath().resolve(path.getFileName())
                : path.normalize();
    }
}
