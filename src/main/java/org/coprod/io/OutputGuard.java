package org.coprod.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

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
    public static void check(Path target, Collection<Path> inputs) {
        destination(target);
        for (Path input : inputs) {
            if (sameFile(target, input)) {
                throw new FileAccessException("Will not write the output to " + target
                        + ": that is one of the input files" + (input.equals(target) ? "" : " (" + input + ")")
                        + ". Choose another name.");
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
    static Path destination(Path target) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || Files.isDirectory(absolute)) {
            throw new FileAccessException("Cannot write " + target + ": it is a folder. Give a file name.");
        }
        if (!Files.isDirectory(folder)) {
            throw new FileAccessException("Cannot write " + target + ": " + (Files.exists(folder)
                    ? folder + " is a file, not a folder." : "the folder " + folder + " does not exist. Create it first, or"
                            + " choose another folder."));
        }
        return followLinks(absolute);
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
        } catch (IOException | FileAccessException e) {
            return false;
        }
    }

    /** The real path of a file, or for one not there yet (a dangling link included), of where it would be made. */
    private static Path followLinks(Path absolute) {
        try {
            Path path = absolute;
            for (int i = 0; i < MOST_LINKS && Files.isSymbolicLink(path) && !Files.exists(path); i++) {
                path = path.resolveSibling(Files.readSymbolicLink(path)).toAbsolutePath();
            }
            if (Files.exists(path)) {
                return path.toRealPath();
            }
            Path folder = path.getParent();
            return folder != null && Files.isDirectory(folder) ? folder.toRealPath().resolve(path.getFileName())
                    : path.normalize();
        } catch (IOException e) {
            throw new FileAccessException("Cannot write " + absolute + ": " + e.getMessage(), e);
        }
    }
}
