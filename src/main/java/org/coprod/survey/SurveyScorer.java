package org.coprod.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.coprod.core.batch.BatchScoring;
import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Assessment;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Response;
import org.coprod.core.scoring.ScoringPlan;
import org.coprod.core.words.Words;
import org.coprod.io.InvalidInputException;
import org.coprod.io.Problem;
import org.coprod.io.yaml.MappingReader.Mapping;
import org.coprod.results.FileSummary;
import org.coprod.results.SurveyResult;
import org.coprod.survey.ExportReader.Column;

/**
 * Scores survey exports and answers files into one batch. A bad cell (an answer that is not an option, a number out
 * of range, a row with too few fields) is reported with its file, row, column and value and counted as missing;
 * with {@code strict}, any problem is an error once the files have been read.
 */
public final class SurveyScorer {
    /** How to read the exports. */
    public record Options(
            Optional<String> groupBy,
            Optional<String> role,
            Set<String> missingCodes,
            boolean strict,
            Optional<Character> delimiter,
            Optional<Integer> headerRows,
            Mapping mapping,
            Optional<String> sheet) {}

    /** Told now and then how far scoring has got: the file being read, rows scored so far, the part of the file read. */
    public interface ProgressListener {
        void update(String file, long rowsSoFar, double fractionOfFile);
    }

    /** Receives each respondent's own scores, for --per-respondent. */
    public interface RespondentSink {
        void accept(String file, long row, String service, String role, BatchScoring batch);
    }

    private static final int MOST_PROBLEMS_KEPT = RowCoder.MOST_PROBLEMS_KEPT;
    /** How many cores read and code an export's rows: all. */
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private final Questionnaire questionnaire;
    /** The language of the messages about the files. */
    private final Words words;
    /**
     * The questionnaire's language: the language of its survey's headings and answers, and of the report that names
     * groups and tools.
     */
    private final Words surveyWords;
    /** The one group when no column names the service: every respondent. */
    private final String everyone;

    private final String noService;
    private final Options options;
    private final BatchScoring batch;
    private final ScoringPlan plan;
    /** The tool that made the export being read, which says how it codes answers. */
    private Preset preset = Preset.GENERIC;
    /** Of the answer cells of the export being read: how many were read, how many not, and a few of the latter. */
    private long answersRead;

    private long answersUnread;
    private final Set<String> unreadExamples = new java.util.LinkedHashSet<>();

    private final AnswerCodes codes;
    /** The respondent being added up: answer codes, and their scores when worked out before. */
    private final byte[] rowCodes;

    private final double[] rowSections;
    private final double[] rowDimensions;
    private final byte[] kinds;

    private final double[] itemScores;
    private final double[] ownSections;
    private final double[] ownDimensions;
    private final List<Problem> problems = new ArrayList<>();
    private long problemCount;
    private final List<FileSummary> files = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final RespondentSink sink;
    private final Adder adder = new Adder();
    private final ProgressListener progress;
    /** The export being read, for progress (read from the scoring thread). */
    private volatile ExportReader reading;

    private long rowsSoFar;

    /** @param words the language of the messages about the files */
    public SurveyScorer(
            Questionnaire questionnaire, Options options, RespondentSink sink, ProgressListener progress, Words words) {
        this.questionnaire = questionnaire;
        this.words = words;
        this.surveyWords = Words.forTag(questionnaire.language());
        this.noService = surveyWords.get("survey.group.no-service");
        this.everyone = surveyWords.get("survey.group.everyone");
        this.options = options;
        this.batch = new BatchScoring(questionnaire);
        this.plan = batch.plan();
        this.sink = sink;
        this.progress = progress;
        List<Question> questions = questionnaire.questions();
        checkCodesMeanOneThing(options.mapping());
        codes = new AnswerCodes(plan);
        rowCodes = new byte[questions.size()];
        rowSections = new double[questionnaire.sections().size()];
        rowDimensions = new double[questionnaire.dimensions().size()];
        kinds = new byte[questions.size()];
        itemScores = new double[questions.size()];
        ownSections = new double[rowSections.length];
        ownDimensions = new double[rowDimensions.length];
    }

    /**
     * A code given for both "not applicable" and "don't know" cannot be read: coprod does not pick one. Nor can a code
     * that is already an answer on a scale (3 for Sometimes): it would turn every such answer into a non-answer.
     */
    private void checkCodesMeanOneThing(Mapping mapping) {
        List<Problem> problems =
                new ArrayList<>(CellAnswers.givenForBoth(mapping.notApplicable(), mapping.dontKnow()).stream()
                        .map(c ->
                                Problem.inFile("--dont-know-codes", words.get("survey.codes.twice", Problem.quote(c))))
                        .toList());
        Set<String> codes = new LinkedHashSet<>(mapping.notApplicable());
        codes.addAll(mapping.dontKnow());
        for (String code : codes) {
            questionnaire.questions().stream()
                    .map(questionnaire::answerSetOf)
                    .distinct()
                    .flatMap(set -> set.match(code).filter(Response::isScored).stream())
                    .findFirst()
                    .ifPresent(answer -> problems.add(Problem.inFile(
                            mapping.notApplicable().contains(code) ? "--not-applicable-codes" : "--dont-know-codes",
                            words.get("survey.codes.an-answer", Problem.quote(code), answer.label()))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public BatchScoring batch() {
        return batch;
    }

    public List<FileSummary> files() {
        return files;
    }

    /** What the reports need, fixed as it is now. */
    public SurveyResult result() {
        return new SurveyResult(batch(), files(), problems(), problemCount());
    }

    public List<Problem> problems() {
        return problems;
    }

    public long problemCount() {
        return problemCount;
    }

    /** Throws when --strict was asked for and any problem was found. */
    public void checkStrict() {
        if (options.strict() && problemCount > 0) {
            List<Problem> shown = new ArrayList<>(problems);
            if (problemCount > problems.size()) {
                shown.add(Problem.inFile(
                        words.get("survey.problems.and-more"),
                        words.count("survey.problems.more-not-listed", problemCount - problems.size())));
            }
            throw new InvalidInputException(shown);
        }
    }

    public void addExport(Path file) {
        try (ExportReader reader =
                new ExportReader(file, options.delimiter(), options.headerRows(), options.sheet(), words)) {
            reading = reader;
            preset = reader.preset();
            answersRead = 0;
            answersUnread = 0;
            unreadExamples.clear();
            List<Column> columns = reader.columns();
            if (reader.charset().equals(ExportReader.WINDOWS_1252)) {
                refuseLettersLost(file, reader.columns());
                warnings.add(words.get("survey.warning.windows-1252", file));
            }
            List<Column> notQuestions = ColumnMapping.of(
                            questionnaire, columns, options.mapping().columns(), List.of())
                    .unmappedColumns();
            Optional<Column> service = column(
                    reader,
                    notQuestions,
                    options.groupBy().or(() -> options.mapping().service()),
                    true);
            Optional<Column> role = column(
                    reader,
                    notQuestions,
                    options.role().or(() -> options.mapping().role()),
                    false);
            List<Integer> reserved = new ArrayList<>();
            service.ifPresent(c -> reserved.add(c.index()));
            role.ifPresent(c -> reserved.add(c.index()));
            ColumnMapping mapping =
                    ColumnMapping.of(questionnaire, columns, options.mapping().columns(), reserved);
            checkEachColumnHasOneQuestion(file, mapping);
            if (service.isEmpty()) {
                warnings.add(noServiceColumn(file, notQuestions, mapping));
            }
            if (mapping.mappedCount() > 0) {
                headingCloseToAQuestion(file, mapping).ifPresent(warnings::add);
            }
            if (mapping.mappedCount() == 0 && isCoprodReport(columns)) {
                throw new InvalidInputException(
                        Problem.inFile(file.toString(), words.get("survey.export.coprod-report")));
            }
            if (mapping.mappedCount() == 0) {
                String message = words.get("survey.export.no-question-column", questionnaire.id(), columnList(columns));
                if (reader.sheetName().isPresent() && !reader.otherSheets().isEmpty()) {
                    message += " "
                            + words.get(
                                    "survey.export.other-sheets",
                                    Problem.quote(reader.sheetName().get(), words),
                                    words.and(reader.otherSheets().stream()
                                            .map(s -> Problem.quote(s, words))
                                            .toList()));
                }
                throw new InvalidInputException(Problem.inFile(file.toString(), message));
            }
            ExportRows rows = new ExportRows(file.toString(), reader, mapping, service, role);
            rows.readAll();
            if (rows.read == 0) {
                throw new InvalidInputException(
                        Problem.inFile(file.toString(), words.get("survey.export.header-only")));
            }
            checkAnswersExplained(file);
            questionnaire.questions().stream() // in the questionnaire's order, whatever order the parts met them in
                    .map(questionnaire::answerSetOf)
                    .filter(set -> rows.readByPlace.stream().anyMatch(read -> read == set))
                    .distinct()
                    .forEach(set -> warnings.add(numbersReadAsPlaces(file, set)));
            rows.services
                    .codesNotNamed(words)
                    .ifPresent(codes -> warnings.add(words.get("survey.warning.services-are-codes", file, codes)));
            rows.roles
                    .codesNotNamed(words)
                    .ifPresent(codes -> warnings.add(words.get("survey.warning.roles-are-codes", file, codes)));
            Optional<String> workbook = reader.sheetName().map(sheet -> surveyWords.get("workbook.summary", sheet));
            files.add(new FileSummary(
                    file.toString(),
                    reader.preset().toolName(surveyWords),
                    workbook.orElse(reader.charset().displayName()),
                    workbook.isPresent() ? "" : describe(reader.delimiter()),
                    rows.read,
                    rows.used,
                    rows.withProblems,
                    mapping.mappedCount(),
                    mapping.unmappedColumns().stream().map(Column::name).toList(),
                    mapping.questionsWithoutColumn().stream().map(Question::id).toList(),
                    service.map(Column::name).orElse(""),
                    role.map(Column::name).orElse(""),
                    false));
        }
    }

    /**
     * A heading with '?' between two letters, in a file saved as Windows-1252: letters it has no place for (Welsh ŵ and
     * ŷ) were written as '?' when it was saved, so the question's or the service's column can no longer be matched, and
     * scoring it would quietly lose them.
     */
    private void refuseLettersLost(Path file, List<Column> columns) {
        for (Column column : columns) {
            java.util.regex.Matcher lost = WORD_WITH_LETTER_LOST.matcher(column.name());
            if (lost.find()) {
                throw new InvalidInputException(Problem.inFile(
                        file.toString(),
                        words.get(
                                "survey.export.letters-lost",
                                Problem.quote(lost.group()),
                                Problem.quote(column.name(), words))));
            }
        }
    }

    private static final java.util.regex.Pattern WORD_WITH_LETTER_LOST =
            java.util.regex.Pattern.compile("\\p{L}*\\p{L}\\?\\p{L}\\p{L}*");

    /**
     * An export whose answers are mostly codes that nothing explains (neither the questionnaire, nor the tool's way of
     * coding, nor codes given for "not applicable" and "don't know") would give an empty or wrong report: coprod stops.
     */
    private void checkAnswersExplained(Path file) {
        if (answersUnread > 0 && answersUnread >= answersRead) {
            throw new InvalidInputException(Problem.inFile(
                    file.toString(),
                    words.get(
                            "survey.export.unexplained-codes",
                            answersUnread,
                            answersRead + answersUnread,
                            words.and(
                                    unreadExamples.stream().map(Problem::quote).toList()))));
        }
    }

    private String numbersReadAsPlaces(Path file, AnswerSet set) {
        String question = questionnaire.questions().stream()
                .filter(q -> questionnaire.answerSetOf(q) == set)
                .map(Question::id)
                .findFirst()
                .orElse("");
        List<String> values = set.options().stream()
                .map(o -> org.coprod.core.scoring.Figures.format(o.value()))
                .toList();
        return words.get(
                "survey.warning.numbers-read-as-places",
                file,
                preset.toolName(words),
                question,
                Problem.quote(set.options().get(0).label()),
                words.and(values));
    }

    /** Two columns for one question, or one column that could be several: coprod cannot tell which answers to score. */
    private void checkEachColumnHasOneQuestion(Path file, ColumnMapping mapping) {
        List<String> problems = new ArrayList<>();
        mapping.duplicates().forEach(d -> problems.add(twoColumnsForOneQuestion(d)));
        mapping.ambiguous()
                .forEach(a -> problems.add(words.get(
                        "survey.column.ambiguous",
                        a.column().index() + 1,
                        Problem.quote(a.column().name()),
                        words.or(a.questionIds().stream().map(Problem::quote).toList()))));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .map(p -> Problem.inFile(file.toString(), p))
                    .toList());
        }
    }

    private String twoColumnsForOneQuestion(ColumnMapping.Duplicate duplicate) {
        return words.get(
                "survey.column.twice",
                duplicate.first().index() + 1,
                duplicate.second().index() + 1,
                duplicate.questionId(),
                Problem.quote(duplicate.first().name()),
                Problem.quote(duplicate.second().name()));
    }

    /** Why all of a file's rows are scored as one group, and how to name the service column. */
    private String noServiceColumn(Path file, List<Column> notQuestions, ColumnMapping mapping) {
        List<Column> mentioningService = notQuestions.stream()
                .filter(c -> ColumnMapping.namesGroup(ColumnMapping.normalise(c.name()), surveyWords, true))
                .toList();
        return mentioningService.size() > 1
                ? words.get("survey.warning.services-column-unclear", file, columnList(mentioningService), everyone)
                : words.get("survey.warning.no-service-column", file, everyone, columnList(mapping.unmappedColumns()));
    }

    /**
     * The rows of one export: read and coded in parts on every core (see {@link ChunkPipeline}), and added up here in
     * file order, with each part's row and line numbers counted on from the parts before it.
     */
    private final class ExportRows {
        final String file;
        final ExportReader reader;
        final RowCoder.Export export;
        final GroupNames.BareCodes services = new GroupNames.BareCodes();
        final GroupNames.BareCodes roles = new GroupNames.BareCodes();
        /** The answer sets for which a number was read as an option's place that is not its value. */
        final List<AnswerSet> readByPlace = new ArrayList<>();

        long read;
        long used;
        long withProblems;
        /** How many records and lines of the file come before the part being added. */
        long recordsBefore;

        long linesBefore;

        ExportRows(
                String file,
                ExportReader reader,
                ColumnMapping mapping,
                Optional<Column> service,
                Optional<Column> role) {
            this.file = file;
            this.reader = reader;
            Mapping given = options.mapping();
            this.export = new RowCoder.Export(
                    questionnaire,
                    plan,
                    codes,
                    reader.preset(),
                    options.missingCodes(),
                    given.notApplicable(),
                    given.dontKnow(),
                    surveyWords,
                    reader.columns(),
                    mapping,
                    service.map(Column::index).orElse(-1),
                    role.map(Column::index).orElse(-1),
                    given.services(),
                    given.roles(),
                    everyone,
                    noService,
                    reader.delimiter(),
                    reader.checksUtf8(),
                    words,
                    new java.util.concurrent.ConcurrentHashMap<>());
            adder.file = file;
        }

        void readAll() {
            recordsBefore = reader.rowNumber();
            linesBefore = reader.nextLineNumber() - 1;
            try (ChunkPipeline parts =
                    new ChunkPipeline(reader.restInParts(CORES), CORES, () -> new RowCoder(export))) {
                for (RowCoder.Coded part = next(parts); part != null; part = next(parts)) {
                    add(part);
                }
            }
        }

        private RowCoder.Coded next(ChunkPipeline parts) {
            try {
                return parts.next();
            } catch (java.io.IOException e) {
                throw reader.failureReading(e, linesBefore + 1);
            }
        }

        private void add(RowCoder.Coded part) {
            if (part.failure != null) {
                throw reader.failureIn(part.failure, recordsBefore, linesBefore);
            }
            int questions = rowCodes.length;
            int sectionCount = rowSections.length;
            int dimensionCount = rowDimensions.length;
            for (int i = 0; i < part.rows; i++) {
                System.arraycopy(part.codes, i * questions, rowCodes, 0, questions);
                System.arraycopy(part.sections, i * sectionCount, rowSections, 0, sectionCount);
                System.arraycopy(part.dimensions, i * dimensionCount, rowDimensions, 0, dimensionCount);
                adder.accept(
                        recordsBefore + part.records[i],
                        part.services[i],
                        part.roles[i],
                        rowCodes,
                        rowSections,
                        rowDimensions);
            }
            // a workbook's lines are those of the text coprod makes of its sheet, which nobody sees: its rows only
            boolean hasLines = reader.sheetName().isEmpty();
            part.problems.forEach(p -> problem(
                    file,
                    recordsBefore + p.record(),
                    hasLines ? linesBefore + p.line() : recordsBefore + p.record(),
                    p.column(),
                    p.message()));
            problemCount += part.problemCount - part.problems.size();
            read += part.read;
            used += part.used;
            withProblems += part.withProblems;
            answersRead += part.answersRead;
            answersUnread += part.answersUnread;
            part.unreadExamples.stream()
                    .takeWhile(e -> unreadExamples.size() < 3)
                    .forEach(unreadExamples::add);
            services.note(part.unnamedServices);
            roles.note(part.unnamedRoles);
            part.readByPlace.stream()
                    .filter(set -> readByPlace.stream().noneMatch(known -> known == set))
                    .forEach(readByPlace::add);
            recordsBefore += part.recordCount;
            linesBefore += part.lineCount;
        }
    }

    /** One answers file from 'coprod assess': one respondent, whose service and role are in the file. */
    public void addAnswersFile(String file, Assessment assessment) {
        Arrays.fill(rowCodes, AnswerCodes.NONE);
        assessment.responses().forEach((id, response) -> {
            int q = plan.indexOf(id);
            rowCodes[q] = AnswerCodes.codeOf(
                    questionnaire.answerSetOf(questionnaire.questions().get(q)), response);
        });
        adder.file = file;
        adder.accept(
                0,
                assessment.service().isBlank() ? noService : groupName(assessment.service()),
                groupName(assessment.respondent().role()),
                rowCodes,
                null,
                null);
        files.add(new FileSummary(
                file,
                surveyWords.get("survey.tool.answers-file"),
                "UTF-8",
                "",
                1,
                1,
                0,
                assessment.responses().size(),
                List.of(),
                List.of(),
                "",
                "",
                true));
    }

    /**
     * Adds respondents to the batch, in file order, scoring each first unless their {@code sections} and {@code
     * dimensions} scores are given (as they are for an export's rows, scored by {@link RowCoder}).
     */
    private final class Adder {
        /** The file the respondents come from. */
        String file;

        void accept(long row, String service, String role, byte[] answerCodes, double[] sections, double[] dimensions) {
            codes.decode(answerCodes, kinds, itemScores);
            if (sections == null) {
                plan.scoreRespondent(kinds, itemScores, ownSections, ownDimensions);
            }
            batch.add(
                    service,
                    role,
                    kinds,
                    itemScores,
                    sections == null ? ownSections : sections,
                    dimensions == null ? ownDimensions : dimensions);
            if (sink != null) {
                sink.accept(file, row, service, role, batch);
            }
            ExportReader current = reading;
            if (++rowsSoFar % 50_000 == 0 && progress != null && current != null) {
                progress.update(file, rowsSoFar, current.fractionRead());
            }
        }
    }

    /** The CSV that coprod's own reports write: a service column first, then figures with a verdict among them. */
    private static boolean isCoprodReport(List<Column> columns) {
        List<String> names = columns.stream().map(Column::name).toList();
        return !names.isEmpty()
                && names.get(0).equals("service")
                && names.contains("verdict")
                && names.contains("average");
    }

    private Optional<Column> column(
            ExportReader reader, List<Column> notQuestions, Optional<String> wanted, boolean isService) {
        if (wanted.isEmpty()) {
            Predicate<String> heading = name -> ColumnMapping.namesGroup(name, surveyWords, isService);
            return ColumnMapping.groupWords(surveyWords, isService).stream()
                    .map(word -> ColumnMapping.find(reader.columns(), word))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .or(() -> onlyColumnHeaded(notQuestions, heading));
        }
        Optional<Column> found = ColumnMapping.find(reader.columns(), wanted.get());
        if (found.isEmpty()) {
            List<String> names = reader.columns().stream().map(Column::name).toList();
            throw new InvalidInputException(Problem.inFile(
                    reader.file().toString(),
                    words.get(
                            "survey.column.not-found",
                            wanted.get(),
                            isService ? "--group-by" : "--role",
                            org.coprod.text.Suggestions.didYouMean(words, wanted.get(), names),
                            columnList(notQuestions))));
        }
        return found;
    }

    /**
     * The one column that is not a question and whose normalised heading matches, such as "Which service are you
     * answering about?" or "Which best describes you?".
     */
    private static Optional<Column> onlyColumnHeaded(List<Column> notQuestions, Predicate<String> heading) {
        List<Column> matching = notQuestions.stream()
                .filter(c -> heading.test(ColumnMapping.normalise(c.name())))
                .toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    /**
     * A question with no column although a column left out has a heading close to its text, as when a heading was edited
     * by mistake: otherwise the question would count as not answered with only a line in the report to say so. (A
     * survey that asks only some of the questions is not told: the report lists the questions with no column.)
     */
    private Optional<String> headingCloseToAQuestion(Path file, ColumnMapping mapping) {
        Map<String, Column> byHeading = new java.util.LinkedHashMap<>();
        mapping.unmappedColumns()
                .forEach(c -> c.names().forEach(n -> byHeading.putIfAbsent(ColumnMapping.normalise(n), c)));
        for (Question question : mapping.questionsWithoutColumn()) {
            String text = ColumnMapping.normalise(question.text());
            Optional<Column> close = org.coprod.text.Suggestions.closest(
                            text, byHeading.keySet(), Math.max(3, text.length() / 6))
                    .map(byHeading::get);
            if (close.isPresent()) {
                return Optional.of(words.get(
                        "survey.warning.heading-close-to-question",
                        file,
                        question.id(),
                        columnList(List.of(close.get()))));
            }
        }
        return Optional.empty();
    }

    /** A short list of column names for a message: at most eight, each cut to 60 characters. */
    private String columnList(List<Column> columns) {
        if (columns.isEmpty()) {
            return words.get("survey.columns.none");
        }
        List<String> names = columns.stream()
                .limit(8)
                .map(c -> {
                    String name = c.name().replaceAll("\\s+", " ").strip();
                    return "'" + (name.length() > 60 ? name.substring(0, 57) + "..." : name) + "'";
                })
                .toList();
        String listed = String.join(words.get("words.list.comma"), names);
        return columns.size() > 8 ? words.get("survey.columns.and-more", listed, columns.size() - 8) : listed;
    }

    /** Things the user should know that are not problems with the answers, such as a missing service column. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * A service or role as a group's name: spaces and line breaks run together, and a code such as KoboToolbox's
     * "staff_member" written as words ("Staff member"), so that it reads well and meets the same name typed elsewhere.
     */
    static String groupName(String text) {
        String name = text.replaceAll("\\s+", " ").strip();
        if (name.matches("[a-z0-9]+(_[a-z0-9]+)+")) {
            name = name.replace('_', ' ');
            name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        return name;
    }

    /**
     * A problem in a row or one of its cells, named by the row's number and, when a line break inside an earlier quoted
     * field (a comment, say) has put the row on another line of the file, by that line too (given as the row for a
     * workbook, whose rows are not lines).
     */
    private void problem(String file, long row, long line, Column column, String message) {
        problemCount++;
        if (problems.size() < MOST_PROBLEMS_KEPT) {
            String sentence = message + (message.endsWith(".") ? "" : ".");
            String where = line == row
                    ? words.get("survey.problem.row", row)
                    : words.get("survey.problem.row-on-line", row, line);
            problems.add(Problem.inFile(
                    file,
                    column == null
                            ? words.get("survey.problem.in-row", where, sentence)
                            : words.get(
                                    "survey.problem.in-cell",
                                    where,
                                    column.index() + 1,
                                    shorten(column.name()),
                                    sentence)));
        }
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 50 ? oneLine : oneLine.substring(0, 49) + "…";
    }

    private String describe(char delimiter) {
        return switch (delimiter) {
            case ',' -> surveyWords.get("survey.delimiter.comma");
            case ';' -> surveyWords.get("survey.delimiter.semicolon");
            case '\t' -> surveyWords.get("survey.delimiter.tab");
            default -> "'" + delimiter + "'";
        };
    }
}
