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
            return java.util.Arrays.stream(ReportFormat.values())
                    .map(f -> f.name().toLowerCase(java.util.Locale.ROOT))
                    .iterator();
        }
    }

    /** A format by its name or its file ending: "--format md" as well as "--format markdown". */
    static final class Converter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.named(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(value));
        }
    }

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            completionCandidates = Names.class,
            converter = Converter.class,
            descriptionKey = "coprod.option.format")
    ReportFormat format;

    /** The format asked for, or the one the output file's name implies, or text. */
    ReportFormat chosen(Path output) {
        if (format != null) {
            return format;
        }
        return output == null ? ReportFormat.TEXT : ReportFormat.forFile(output).orElse(ReportFormat.TEXT);
    }
}
