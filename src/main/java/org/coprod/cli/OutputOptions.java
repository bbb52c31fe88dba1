package org.coprod.cli;

import java.nio.file.Path;
import java.util.List;
import org.coprod.io.OutputFiles;
import org.coprod.report.Style;
import picocli.CommandLine.Option;

/** --output and --width, shared by every command that prints a report. */
final class OutputOptions {
    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            descriptionKey = "coprod.option.output")
    Path output;

    @Option(names = "--width", paramLabel = "COLUMNS", descriptionKey = "coprod.option.width")
    Integer width;

    /** Terminal styling for the screen; plain text (no colour) for a file. */
    Style style(CommandBase command) {
        Style screen = command.io().style(width, command.words());
        return output == null ? screen : new Style(screen.width(), true, false);
    }

    /** Prints the text, or writes it to --output (never over one of {@code inputs}). */
    void write(CommandBase command, String text, List<Path> inputs) {
        Io io = command.io();
        if (output == null) {
            io.out().print(text);
            io.out().flush();
            return;
        }
        OutputFiles.write(output, text, inputs, command.words());
        io.err().println(command.words().get("cli.output.written", output));
    }
}
