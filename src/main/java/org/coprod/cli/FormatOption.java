package org.coprod.cli;

import picocli.CommandLine.Option;

/** --format for commands whose output is a document (text or Markdown). */
final class FormatOption {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "text (for reading in the terminal) or markdown (for documents and wikis). Default: text.")
    ReportFormat format = ReportFormat.TEXT;
}
