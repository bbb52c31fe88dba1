package org.coprod.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coprod.app.ScoreExports;
import org.coprod.app.UserError;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.Catalogue;
import org.coprod.report.BatchReport;
import org.coprod.report.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score survey exports (CSV) and answers files from many respondents: a score and an explained verdict"
                + " for each service, how sure the figures are, and where staff and people who use the service see things"
                + " differently.",
            "Exports from Google Forms, Microsoft Forms (saved from Excel), SurveyMonkey, Qualtrics, LimeSurvey and"
                + " KoboToolbox are recognised; columns are matched to questions by id or by question text."},
        footer = {"", "Examples:",
            "  coprod score examples/exports/google-forms.csv",
            "  # the results as a page with charts, to print or share:",
            "  coprod score examples/exports/google-forms.csv --output results.html",
            "  # say which column names the service, and which says who answered:",
            "  coprod score examples/exports/qualtrics.csv --group-by Q_service \\",
            "               --role Q_role",
            "  # self-assessments, one answers file each:",
            "  coprod score examples/*-answers.yaml --min-group-size 1",
            "  # an empty CSV with the columns a survey should have:",
            "  coprod template > survey-columns.csv"})
final class ScoreCommand extends CommandBase {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Survey exports (.csv, .tsv, .txt) and answers files (.yaml).")
    List<Path> files;

    @Option(names = {"-q", "--questionnaire"}, paramLabel = "QUESTIONNAIRE",
            description = "The questionnaire the survey asked: a built-in questionnaire's id (see 'coprod list') or a"
                    + " questionnaire file. Default: " + Catalogue.DEFAULT + ".")
    String questionnaire;

    @Option(names = "--group-by", paramLabel = "COLUMN",
            description = "The column naming the service each respondent answered about. Default: a column called Service.")
    String groupBy;

    @Option(names = "--role", paramLabel = "COLUMN",
            description = "The column saying who answered (staff, person who uses the service...). Default: a column called Role.")
    String role;

    @Option(names = "--compare", paramLabel = "ROLE", split = ",",
            description = "The two roles whose views are compared, separated by a comma, such as \"Staff member,Person who"
                    + " uses the service\". Default: the two most common roles.")
    List<String> compare;

    @Mixin
    FormatOption format;

    @Mixin
    OutputOptions output;

    @Option(names = "--per-respondent", paramLabel = "FILE", description = "Also write one scored row per respondent, as CSV.")
    Path perRespondent;

    @Option(names = "--min-group-size", paramLabel = "N", defaultValue = "5",
            description = "Show a service's or role's scores only when it has at least N respondents. Default: ${DEFAULT-VALUE}.")
    int minimumGroupSize;

    @Option(names = "--gap-threshold", paramLabel = "POINTS", defaultValue = "15",
            description = "Mark a gap between the two roles as large from this many points. Default: ${DEFAULT-VALUE}.")
    double gapThreshold;

    @Option(names = "--strict", description = "Stop with an error (exit code 3) if any answer cannot be read, instead of counting it as not answered.")
    boolean strict;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "The character between the fields of a row, such as , or ; or | (write tab for a tab)."
                    + " Default: detected.")
    String delimiter;

    @Option(names = "--header-rows", paramLabel = "N", description = "How many header rows the export has. Default: detected from the tool (1, 2 or 3).")
    Integer headerRows;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "A file saying which column holds which question, for exports whose columns are headed by codes"
                    + " (the README shows how to write one).")
    Path mapping;

    @Option(names = "--missing-codes", paramLabel = "CODE", split = ",",
            description = "Values that mean 'no answer', such as -99,999. Blank cells always do.")
    List<String> missingCodes = List.of();

    @Override
    public Integer call() {
        if (compare != null && compare.size() != 2) {
            throw new UserError(UserError.Kind.USAGE, words().get("cli.score.compare-two", compare.size()));
        }
        if (minimumGroupSize < 1) {
            throw new UserError(UserError.Kind.USAGE, words().get("cli.score.min-group-size", minimumGroupSize));
        }
        if (!(gapThreshold > 0 && gapThreshold <= 100)) {
            throw new UserError(UserError.Kind.USAGE, words().get("cli.score.gap-threshold",
                    Double.isFinite(gapThreshold) ? org.coprod.core.scoring.Figures.format(gapThreshold) : gapThreshold));
        }
        if (headerRows != null && (headerRows < 1 || headerRows > 10)) {
            throw new UserError(UserError.Kind.USAGE, words().get("cli.score.header-rows", headerRows));
        }
        ScoreExports.Request request = new ScoreExports.Request(files, Optional.ofNullable(questionnaire),
                Optional.ofNullable(groupBy), Optional.ofNullable(role), Optional.ofNullable(compare),
                Optional.ofNullable(output.output), Optional.ofNullable(perRespondent), minimumGroupSize, gapThreshold, strict,
                delimiterChar(), Optional.ofNullable(headerRows), Optional.ofNullable(mapping), new HashSet<>(missingCodes));
        ScoreExports.Result result = new ScoreExports(context()).score(request, new Progress());
        result.perRespondent().ifPresent(file -> io().err().println(words().get("cli.score.per-respondent-written", file)));
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
                io().err().print("\r" + progressLine(words(), Path.of(file).getFileName().toString(), rows, fraction,
                        terminal.width(), terminal.unicode()));
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
        public void publish(BatchReport report, List<Path> inputs) {
            output.write(ScoreCommand.this, format.chosen(output.output).render(report, output.style(ScoreCommand.this)), inputs);
        }
    }

    static String progressLine(Words words, String file, long rows, double fraction, int width, boolean unicode) {
        String figures = words.count("cli.score.progress.figures", rows, String.format(Locale.ROOT, "%,d", rows),
                String.format(Locale.ROOT, "%3d", Math.round(fraction * 100)));
        String name = words.get("cli.score.progress.file", file);
        if (width - 1 - name.length() - figures.length() < 10) {
            name = words.get("cli.score.progress");
        }
        int barWidth = Math.max(10, Math.min(30, width - 1 - name.length() - figures.length()));
        int filled = (int) Math.round(fraction * barWidth);
        String bar = unicode ? "█".repeat(filled) + "░".repeat(barWidth - filled) : "#".repeat(filled) + ".".repeat(barWidth - filled);
        return name + bar + figures;
    }
}
