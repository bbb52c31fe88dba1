package org.coprod.io.yaml;

import java.util.Optional;

/**
 * The report a session was asked to write, kept in its answers file so that a resumed session writes it too.
 *
 * @param file where the report goes, relative to the answers file's folder when it is inside it
 * @param format the format asked for with --format, as typed ("markdown"); empty when the file's name decides
 */
public record SavedReport(Optional<String> file, Optional<String> format) {
    /** Nothing asked for: the keys are left out of the file. */
    public static final SavedReport NONE = new SavedReport(Optional.empty(), Optional.empty());
}
