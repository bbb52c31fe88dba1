package org.coprod.cli;

import java.nio.file.Path;
import java.util.List;
import org.coprod.io.OutputFiles;
import org.coprod.report.Document;
import org.coprod.report.Style;
import picocli.CommandLine.Option;

/** --format, --output and --width, shared by every command that prints a report. */
final class OutputOptions {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "text (for reading in the terminal) or markdown (for documents and wikis). Default: text.")
    ReportFormat format = ReportFormat.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of the screen. The file is written whole or not at all.")
    Path output;

    @Option(names = "--width", paramLabel = "COLUMNS",
            description = "Width of text output in characters (40 to 120). Default: the terminal's width, or 80.")
    Integer width;

    /** Renders the document and prints it, or writes it to --output (never over one of {@code inputs}). */
    void emit(Io io, Document document, List<Path> inputs) {
        Style style = output == null ? io.style(width) : new Style(io.style(width).width(), true, false);
        String text = format.render(document, style);
        if (output == null) {
            io.out().print(text);
            io.out().flush();
            return;
        }
        OutputFiles.write(output, text, inputs);
        io.err().println("Report written to " + output + ".");
    }
}
