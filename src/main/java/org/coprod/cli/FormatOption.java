package org.coprod.cli;

import java.nio.file.Path;
import org.coprod.app.ReportFormat;
import picocli.CommandLine.Option;

/** --format, shared by every command that writes a report. */
final class FormatOption {
    /** The formats as they are typed, for shell completion. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(ReportFormat.values()).map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).iterator();
        }
    }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", completionCandidates = Names.class,
            description = "text (for the terminal), markdown (documents and wikis), html (a page with charts to print or"
                    + " share), json (for other programs) or csv (for spreadsheets). Default: from the ending of the name of"
                    + " the file written (md, html, json or csv); otherwise text.")
    ReportFormat format;

    /** The format asked for, or the one the output file's name implies, or text. */
    ReportFormat chosen(Path output) {
        if (format != null) {
            return format;
        }
        return output == null ? ReportFormat.TEXT : ReportFormat.forFile(output).orElse(ReportFormat.TEXT);
    }
}
