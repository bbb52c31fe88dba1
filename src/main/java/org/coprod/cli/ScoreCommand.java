package org.coprod.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coprod.app.ScoreExports;
import org.coprod.app.UserError;
import org.coprod.core.words.Words;
import org.coprod.report.Report;
import org.coprod.report.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false)
final class ScoreCommand extends CommandBase {

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "coprod.score.parameter.file")
    List<Path> files;

    @Option(
            names = {"-q", "--questionnaire"},
            paramLabel = "QUESTIONNAIRE",
            descriptionKey = "coprod.score.option.questionnaire")
    String questionnaire;

    @Option(names = "--group-by", paramLabel = "COLUMN", descriptionKey = "coprod.score.option.group-by")
    String groupBy;

    @Option(names = "--role", paramLabel = "COLUMN", descriptionKey = "coprod.score.option.role")
    String role;

    @Option(names = "--compare", paramLabel = "ROLE", split = ",", descriptionKey = "coprod.score.option.compare")
    List<String> compare;

    @Mixin
    FormatOption format;

    @Mixin
    OutputOptions output;

    @Option(names = "--per-respondent", paramLabel = "FILE", descriptionKey = "coprod.score.option.per-respondent")
    Path perRespondent;

    @Option(
            names = "--min-group-size",
            paramLabel = "N",
            defaultValue = "5",
            descriptionKey = "coprod.score.option.min-group-size")
    int minimumGroupSize;

    @Option(
            names = "--gap-threshold",
            paramLabel = "POINTS",
            defaultValue = "15",
            descriptionKey = "coprod.score.option.gap-threshold")
    double gapThreshold;

    @Option(names = "--strict", descriptionKey = "coprod.score.option.strict")
    boolean strict;

    @Option(names = "--delimiter", paramLabel = "CHAR", descriptionKey = "coprod.score.option.delimiter")
    String delimiter;

    @Option(names = "--header-rows", paramLabel = "N", descriptionKey = "coprod.score.option.header-rows")
    Integer headerRows;

    @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "coprod.score.option.sheet")
    String sheet;

    @Option(names = "--mapping", paramLabel = "FILE", descriptionKey = "coprod.score.option.mapping")
    Path mapping;

    @Option(
            names = "--missing-codes",
            paramLabel = "CODE",
            split = ",",
            descriptionKey = "coprod.score.option.missing-codes")
    List<String> missingCodes = List.of();

    @Option(
            names = "--not-applicable-codes",
            paramLabel = "CODE",
            split = ",",
            descriptionKey = "coprod.score.option.not-applicable-codes")
    List<String> notApplicableCodes = List.of();

    @Option(
            names = "--dont-know-codes",
            paramLabel = "CODE",
            split = ",",
            descriptionKey = "coprod.score.option.dont-know-codes")
    List<String> dontKnowCodes = List.of();

    @Override
    public Integer call() {
        if (compare != null && compare.size() != 2) {
            throw new UserError(UserError.Kind.USAGE, words().get("cli.score.compare-two", compare.size()));
        }
        if (minimumGroupSize < 1) {
            throw new UserError(UserError.Kind.USAGE, words().get("cli.score.min-group-size", minimumGroupSize));
        }
        if (!(gapThreshold > 0 && gapThreshold <= 100)) {
            throw new UserError(
                    UserError.Kind.USAGE,
                    words().get(
                                    "cli.score.gap-threshold",
                                    Double.isFinite(gapThreshold)
                                            ? org.coprod.core.scoring.Figures.format(gapThreshold)
                                            : gapThreshold));
        }
        if (headerRows != null && (headerRows < 1 || headerRows > 10)) {
            throw new UserError(UserError.Kind.USAGE, words().get("cli.score.header-rows", headerRows));
        }
        ScoreExports.Request request = new ScoreExports.Request(
                files,
                Optional.ofNullable(questionnaire),
                Optional.ofNullable(groupBy),
                Optional.ofNullable(role),
                Optional.ofNullable(compare),
                Optional.ofNullable(output.output),
                Optional.ofNullable(perRespondent),
                minimumGroupSize,
                gapThreshold,
                strict,
                delimiterChar(),
                Optional.ofNullable(headerRows),
                Optional.ofNullable(mapping),
                new HashSet<>(missingCodes),
                notApplicableCodes,
                dontKnowCodes,
                Optional.ofNullable(sheet));
        ScoreExports.Result result = new ScoreExports(context()).score(request, new Progress());
        result.perRespondent()
                .ifPresent(file -> io().err().println(words().get("cli.score.per-respondent-written", file)));
        return ExitCodes.OK;
    }

    private Optional<Character> delimiterChar() {
        if (delimiter == null) {
            return Optional.empty();
        }
        String d = delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? "\t" : delimiter;
        if (d.length() != 1 || d.charAt(0) > 127) {
            throw new UserError(UserError.Kind.USAGE, words().get("cli.score.delimiter", delimiter));
        }
        return Optional.of(d.charAt(0));
    }

    /** What the scoring tells: on a terminal, a bar on stderr for long runs; then warnings, and the report. */
    private final class Progress implements ScoreExports.Listener {
        private final boolean shown = io().terminal();
        private final Style terminal = io().style(output.width, words());

        @Override
        public void update(String file, long rows, double fraction) {
            if (shown) {
                io().err()
                        .print("\r"
                                + progressLine(
                                        words(),
                                        Path.of(file).getFileName().toString(),
                                        rows,
                                        fraction,
                                        terminal.width(),
                                        terminal.unicode()));
                io().err().flush();
            }
        }

        @Override
        public void allRead() {
            if (shown) {
                io().err().print("\r" + " ".repeat(terminal.width() - 1) + "\r");
                io().err().flush();
            }
        }

        @Override
        public void warning(String warning) {
            io().err().println("coprod: " + warning);
        }

        @Override
        public void publish(Report report, List<Path> inputs) {
            output.write(
                    ScoreCommand.this,
                    format.chosen(output.output).render(report, output.style(ScoreCommand.this)),
                    inputs);
        }
    }

    static String progressLine(Words words, String file, long rows, double fraction, int width, boolean unicode) {
        String figures = words.count(
                "cli.score.progress.figures",
                rows,
                String.format(Locale.ROOT, "%,d", rows),
                String.format(Locale.ROOT, "%3d", Math.round(fraction * 100)));
        String name = words.get("cli.score.progress.file", file);
        if (width - 1 - name.length() - figures.length() < 10) {
            name = words.get("cli.score.progress");
        }
        int barWidth = Math.max(10, Math.min(30, width - 1 - name.length() - figures.length()));
        int filled = (int) Math.round(fraction * barWidth);
        String bar = unicode
                ? "█".repeat(filled) + "░".repeat(barWidth - filled)
                : "#".repeat(filled) + ".".repeat(barWidth - filled);
        return name + bar + figures;
    }
}
