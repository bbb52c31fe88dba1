package org.coprod.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import org.coprod.app.UserError;
import org.coprod.core.words.Words;
import org.coprod.report.Style;

/**
 * Where a command reads and writes, and what it runs in: tests pass captured writers, a fixed environment and say
 * whether a terminal is present; {@link Main#main} passes the real ones.
 */
public record Io(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, boolean terminal) {

    /** The style of the screen: its width, and whether it shows colour and block characters. */
    public Style style() {
        return Style.detect(env, terminal, null);
    }

    /** The style of the screen, at the width given with --width (checked here) if any. */
    public Style style(Integer requestedWidth, Words words) {
        if (requestedWidth != null && (requestedWidth < Style.MIN_WIDTH || requestedWidth > Style.MAX_WIDTH)) {
            throw new UserError(
                    UserError.Kind.USAGE,
                    words.get("cli.usage.width", Style.MIN_WIDTH, Style.MAX_WIDTH, requestedWidth));
        }
        return Style.detect(env, terminal, requestedWidth);
    }
}
