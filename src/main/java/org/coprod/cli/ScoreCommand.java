package org.coprod.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coprod.core.batch.BatchScoring;
import org.coprod.core.model.Questionnaire;
import org.coprod.io.FileNames;
import org.coprod.io.InvalidInputException;
import org.coprod.io.OutputFiles;
import org.coprod.io.OutputGuard;
import org.coprod.io.Problem;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.io.yaml.Catalogue;
import org.coprod.io.yaml.MappingReader;
import org.coprod.report.BatchReport;
import org.coprod.report.RespondentCsv;
import org.coprod.survey.SurveyScorer;
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

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet of a workbook (.xlsx) to read. Default: its first sheet.")
    String sheet;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "A file saying which column holds which question, for exports whose columns are headed by codes"
                    + " (the README shows how to write one).")
    Path mapping;

    @Option(names = "--missing-codes", paramLabel = "CODE", split = ",",
            description = "Values that mean 'no answer', such as -99,999. Blank cells always do.")
    List<String> missingCodes = List.of();

    @Override
    public Integer call() throws IOException {
        if (compare != null && compare.size() != 2) {
            throw new UserError(ExitCodes.USAGE, "--compare takes two roles separated by a comma, such as \"Staff,Person who"
                    + " uses the service\"; it was given " + compare.size() + ".");
        }
        if (minimumGroupSize < 1) {
            throw new UserError(ExitCodes.USAGE, "--min-group-size must be 1 or more; it was given " + minimumGroupSize + ".");
        }
        if (!(gapThreshold > 0 && gapThreshold <= 100)) {
            throw new UserError(ExitCodes.USAGE, "--gap-threshold must be a number of points above 0 and at most 100; it was given "
                    + (Double.isFinite(gapThreshold) ? org.coprod.core.scoring.Figures.format(gapThreshold) : gapThreshold) + ".");
        }
        if (headerRows != null && (headerRows < 1 || headerRows > 10)) {
            throw new UserError(ExitCodes.USAGE, "--header-rows must be from 1 to 10; it was given " + headerRows + ".");
        }
        if (OutputGuard.sameFile(perRespondent, output.output)) {
            throw new UserError(ExitCodes.USAGE, "--output and --per-respondent name the same file (" + perRespondent
                    + "); give each its own file.");
        }
        OutputGuard.firstRepeated(files).ifPresent(twice -> {
            throw new UserError(ExitCodes.USAGE, twice.get(0) + (twice.get(0).equals(twice.get(1)) ? " is given twice"
                    : " and " + twice.get(1) + " are the same file") + "; give each file once, or its respondents are counted"
                    + " twice.");
        });
        for (Path file : files) {
            if (FileNames.isJson(file)) {
                throw new InvalidInputException(Problem.inFile(file.toString(), "score reads survey"
                        + " exports (.csv, .tsv, .txt) and answers files (.yaml), not JSON. To compare two results of 'coprod"
                        + " score', use 'coprod compare BEFORE.json AFTER.json'."));
            }
        }
        Questionnaire q = questionnaire == null ? versionAnswered(files) : Catalogue.resolve(questionnaire);
        Questionnaire current = Catalogue.builtIn(q.id()).orElse(q);
        boolean olderBuiltIn = q != current && Catalogue.versions(q.id()).stream().anyMatch(version -> version == q);
        List<String> notes = !olderBuiltIn ? List.of()
                : List.of("The answers were given to version " + q.version() + " of this questionnaire, so they are scored"
                        + " with that version's questions and rules. A newer version, " + current.version() + ", exists:"
                        + " use it for your next round.");
        SurveyScorer.Options options = new SurveyScorer.Options(Optional.ofNullable(groupBy), Optional.ofNullable(role),
                new HashSet<>(missingCodes), strict, delimiterChar(), Optional.ofNullable(headerRows), columnMapping(q),
                Optional.ofNullable(sheet));
        List<Path> inputs = new ArrayList<>(files);
        if (mapping != null) {
            inputs.add(mapping);
        }
        inputs.addAll(Inputs.questionnaireFile(questionnaire));
        output.check(inputs);
        try (RespondentRows rows = perRespondent == null ? null : new RespondentRows(perRespondent, q, inputs)) {
            SurveyScorer scorer = new SurveyScorer(q, options, rows, progress());
            for (Path file : files) {
                if (FileNames.isYaml(file)) {
                    AnswersReader.Result result = AnswersFiles.read(file, questionnaire == null ? q.id() : questionnaire);
                    checkSameVersion(file, result.questionnaire(), q, files.get(0));
                    scorer.addAnswersFile(file.toString(), result.assessment());
                } else {
                    scorer.addExport(file);
                }
            }
            clearProgress();
            scorer.warnings().forEach(w -> io().err().println("coprod: " + w));
            scorer.checkStrict();
            if (scorer.problemCount() > 0) {
                io().err().println("coprod: " + scorer.problemCount() + (scorer.problemCount() == 1 ? " answer" : " answers")
                        + " could not be read and count as not answered (the report lists them; --strict stops on them)."
                        + " The first: " + scorer.problems().get(0));
            }
            Optional<List<String>> comparedRoles = Optional.ofNullable(compare).map(roles -> roles.stream().map(String::strip).toList());
            comparedRoles.ifPresent(roles -> checkRolesExist(roles, scorer.batch()));
            BatchReport report = new BatchReport(scorer.result(), settings(comparedRoles), notes);
            output.write(io(), format.chosen(output.output).render(report, output.style(io())), inputs);
            if (rows != null) {
                rows.commit();
                io().err().println("One row per respondent written to " + perRespondent + ".");
            }
        }
        return ExitCodes.OK;
    }

    /**
     * Without --questionnaire: the version of the default questionnaire that the first file was answered to, so that
     * exports and answers files from a survey built on an earlier version still score. An export's version is the one
     * whose questions its columns match most; the current version wins a tie.
     */
    private Questionnaire versionAnswered(List<Path> files) {
        List<Questionnaire> versions = Catalogue.versions(Catalogue.DEFAULT);
        Questionnaire current = versions.get(0);
        if (files.isEmpty() || versions.size() == 1 || mapping != null) {
            return current;
        }
        Path first = files.get(0);
        return FileNames.isYaml(first) ? AnswersFiles.read(first, Catalogue.DEFAULT).questionnaire()
                : SurveyScorer.bestMatch(versions, first, delimiterChar(), Optional.ofNullable(headerRows),
                        Optional.ofNullable(sheet));
    }

    /** Answers given to another version of the questionnaire cannot be pooled with the rest: their questions differ. */
    private static void checkSameVersion(Path file, Questionnaire answered, Questionnaire scored, Path first) {
        if (!Questionnaire.majorVersion(answered.version()).equals(Questionnaire.majorVersion(scored.version()))) {
            throw new InvalidInputException(Problem.inFile(file.toString(), "these answers were given to version "
                    + answered.version() + " of '" + answered.id() + "', but " + first + " was answered to version "
                    + scored.version() + ", whose questions differ. Score each version on its own."));
        }
    }

    private BatchReport.Settings settings(Optional<List<String>> comparedRoles) {
        return new BatchReport.Settings(minimumGroupSize, gapThreshold, comparedRoles, 10);
    }

    private static void checkRolesExist(List<String> roles, BatchScoring batch) {
        java.util.Set<String> found = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        batch.services().keySet().forEach(service -> found.addAll(batch.rolesIn(service).keySet()));
        for (String wanted : roles) {
            if (!found.contains(wanted)) {
                throw new UserError(ExitCodes.USAGE, "--compare: no respondent has the role '" + wanted + "'."
                        + org.coprod.text.Suggestions.didYouMean(wanted, found)
                        + (found.isEmpty() ? " No roles were found: name the role column with --role COLUMN."
                                : " The roles found are: " + String.join(", ", found.stream().map(r -> "'" + r + "'").toList()) + "."));
            }
        }
    }


    private SurveyScorer.Mapping columnMapping(Questionnaire q) {
        if (mapping == null) {
            return SurveyScorer.Mapping.none();
        }
        MappingReader.Mapping read = MappingReader.read(mapping, q);
        return new SurveyScorer.Mapping(read.columns(), read.service(), read.role());
    }

    private Optional<Character> delimiterChar() {
        if (delimiter == null) {
            return Optional.empty();
        }
        String d = delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? "\t" : delimiter;
        if (d.length() != 1 || d.charAt(0) > 127) {
            throw new UserError(ExitCodes.USAGE, "--delimiter takes one plain (ASCII) character, such as , or ; or | or tab;"
                    + " not '" + delimiter + "'.");
        }
        return Optional.of(d.charAt(0));
    }

    private boolean showProgress;
    private org.coprod.report.Style terminal;

    /** On a terminal, a bar on stderr for long runs: how much of the file has been read, and the rows so far. */
    private SurveyScorer.ProgressListener progress() {
        showProgress = io().terminal();
        terminal = io().style(output.width);
        return (file, rows, fraction) -> {
            if (showProgress) {
                io().err().print("\r" + progressLine(Path.of(file).getFileName().toString(), rows, fraction,
                        terminal.width(), terminal.unicode()));
                io().err().flush();
            }
        };
    }

    static String progressLine(String file, long rows, double fraction, int width, boolean unicode) {
        String figures = String.format(Locale.ROOT, " %3d%%  %,d rows  ", Math.round(fraction * 100), rows);
        String name = "Scoring " + file + " ";
        if (width - 1 - name.length() - figures.length() < 10) {
            name = "Scoring ";
        }
        int barWidth = Math.max(10, Math.min(30, width - 1 - name.length() - figures.length()));
        int filled = (int) Math.round(fraction * barWidth);
        String bar = unicode ? "█".repeat(filled) + "░".repeat(barWidth - filled) : "#".repeat(filled) + ".".repeat(barWidth - filled);
        return name + bar + figures;
    }

    private void clearProgress() {
        if (showProgress) {
            io().err().print("\r" + " ".repeat(terminal.width() - 1) + "\r");
            io().err().flush();
        }
    }

    /** --per-respondent: streamed to a file that appears, whole, only when all went well (see {@link OutputFiles}). */
    /** Writes each respondent's row, as {@link RespondentCsv} makes it, to the --per-respondent file. */
    private static final class RespondentRows implements SurveyScorer.RespondentSink, AutoCloseable {
        private final OutputFiles.Pending file;
        private final RespondentCsv csv;

        RespondentRows(Path target, Questionnaire questionnaire, List<Path> inputs) {
            this.file = OutputFiles.open(target, inputs);
            this.csv = new RespondentCsv(questionnaire);
            file.write(csv.header());
        }

        @Override
        public void accept(String file, long row, String service, String role, BatchScoring batch) {
            this.file.write(csv.row(file, row, service, role, batch));
        }

        void commit() {
            file.commit();
        }

        @Override
        public void close() {
            file.close();
        }
    }
}
