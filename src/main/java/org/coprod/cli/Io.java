package org.coprod.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import org.coprod.app.UserError;
import org.coprod.report.Style;

/**
 * Where a command reads and writes, and what it runs in: tests pass captured writers, a fixed environment and say
 * whether a terminal is present; {@link Main#main} passes the real ones.
 */
public record Io(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, boolean terminal) {

    public Style style(Integer requestedWidth) {
        if (requestedWidth != null && (requestedWidth < Style.MIN_WIDTH || requestedWidth > Style.MAX_WIDTH)) {
            throw new UserError(UserError.Kind.USAGE, "--width must be from " + Style.MIN_WIDTH + " to " + Style.MAX_WIDTH + " characters; it was given "
                    + requestedWidth + ".");
        }
        return Style.detect(env, terminal, requestedWidth);
    }
}
