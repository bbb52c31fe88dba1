package org.coprod.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.coprod.core.batch.BatchScoring;
import org.coprod.core.model.AnswerMatcher;
import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Assessment;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Response;
import org.coprod.core.scoring.ScoringPlan;
import org.coprod.core.words.Words;
import org.coprod.io.AnswerMessages;
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

    private static final int MOST_PROBLEMS_KEPT = 200;

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
    /** Per question, what each cell text means; questions sharing an answer set share a table. */
    private ValueTable<Byte>[] answers;
    /** Per question, the answers met as they are written in the file, for the quick way; shared like {@link #answers}. */
    private KnownAnswers[] knownAnswers;
    /** The tool that made the export being read, which says how it codes answers. */
    private Preset preset = Preset.GENERIC;
    /** Of the answer cells of the export being read: how many were read, how many not, and a few of the latter. */
    private long answersRead;

    private long answersUnread;
    private final Set<String> unreadExamples = new java.util.LinkedHashSet<>();
    /** What the answer cells of the export being read say. */
    private CellAnswers cellAnswers;

    private final AnswerCodes codes;
    /** The row being read, as answer codes, and its scores (reading thread). */
    private final byte[] rowCodes;

    private final byte[] rowKinds;
    private final double[] rowItemScores;
    private final double[] rowSections;
    private final double[] rowDimensions;
    /** The respondent being added up, and their scores when worked out there (scoring thread). */
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

    /** Of several questionnaires, the one whose questions the export's columns match most; the first wins a tie. */
    public static Questionnaire bestMatch(
            List<Questionnaire> candidates,
            Path file,
            Optional<Character> delimiter,
            Optional<Integer> headerRows,
            Optional<String> sheet,
            Words words) {
        List<Column> columns;
        try (ExportReader reader = new ExportReader(file, delimiter, headerRows, sheet, words)) {
            columns = reader.columns();
        }
        Questionnaire best = candidates.get(0);
        int most = -1;
        for (Questionnaire candidate : candidates) {
            int matched =
                    ColumnMapping.of(candidate, columns, Map.of(), List.of()).mappedCount();
            if (matched > most) {
                best = candidate;
                most = matched;
            }
        }
        return best;
    }

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
        readAnswersOf(Preset.GENERIC);
        codes = new AnswerCodes(plan);
        rowCodes = new byte[questions.size()];
        rowKinds = new byte[questions.size()];
        rowItemScores = new double[questions.size()];
        rowSections = new double[questionnaire.sections().size()];
        rowDimensions = new double[questionnaire.dimensions().size()];
        kinds = new byte[questions.size()];
        itemScores = new double[questions.size()];
        ownSections = new double[rowSections.length];
        ownDimensions = new double[rowDimensions.length];
    }

    /**
     * Starts reading the answers of an export made by {@code tool}, whose codes may mean other answers than another
     * tool's: what each cell text means is remembered per tool.
     */
    private void readAnswersOf(Preset tool) {
        preset = tool;
        cellAnswers = new CellAnswers(
                tool, options.mapping().notApplicable(), options.mapping().dontKnow(), surveyWords);
        List<Question> questions = questionnaire.questions();
        answers = newTables(questions.size());
        knownAnswers = new KnownAnswers[questions.size()];
        java.util.Map<AnswerSet, ValueTable<Byte>> shared = new java.util.IdentityHashMap<>();
        java.util.Map<AnswerSet, KnownAnswers> sharedKnown = new java.util.IdentityHashMap<>();
        for (int q = 0; q < questions.size(); q++) {
            AnswerSet set = questionnaire.answerSetOf(questions.get(q));
            AnswerMatcher matcher = set.matcher();
            answers[q] = shared.computeIfAbsent(
                    set,
                    s -> new ValueTable<>(text -> cellAnswers
                            .answerOf(s, matcher, text)
                            .map(response -> AnswerCodes.codeOf(s, response))
                            .orElse(null)));
            knownAnswers[q] = sharedKnown.computeIfAbsent(set, s -> new KnownAnswers());
        }
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
            readAnswersOf(reader.preset());
            answersRead = 0;
            answersUnread = 0;
            unreadExamples.clear();
            List<Column> columns = reader.columns();
            if (reader.charset().equals(ExportReader.WINDOWS_1252)) {
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
            cellAnswers.readByPlace().forEach(set -> warnings.add(numbersReadAsPlaces(file, set)));
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
        List<String> serviceWords = headingWords("survey.heading.service");
        List<Column> mentioningService = notQuestions.stream()
                .filter(c -> hasAnyWord(ColumnMapping.normalise(c.name()), serviceWords))
                .toList();
        return mentioningService.size() > 1
                ? words.get("survey.warning.services-column-unclear", file, columnList(mentioningService), everyone)
                : words.get("survey.warning.no-service-column", file, everyone, columnList(mapping.unmappedColumns()));
    }

    /**
     * The rows of one export, read, coded and handed to the scoring thread one at a time. What a row needs is kept
     * here, so that reading one is a short method, which Java compiles quickly to fast code.
     */
    private final class ExportRows {
        final String file;
        final ExportReader reader;
        final CsvTokenizer row;
        final List<Column> columns;
        final ColumnMapping mapping;
        final int[] questionOfColumn;
        final KnownAnswers[] knownOfColumns;
        /** The service and role columns; -1 when there is none. */
        final int serviceColumn;

        final int roleColumn;
        final GroupNames services = new GroupNames(options.mapping().services());
        final GroupNames roles = new GroupNames(options.mapping().roles());
        final RowPipeline pipeline;
        long read;
        long used;
        long withProblems;

        ExportRows(
                String file,
                ExportReader reader,
                ColumnMapping mapping,
                Optional<Column> service,
                Optional<Column> role) {
            this.file = file;
            this.reader = reader;
            this.row = reader.tokenizer();
            this.columns = reader.columns();
            this.mapping = mapping;
            this.questionOfColumn = mapping.questionOfColumn();
            this.knownOfColumns = knownAnswersOfColumns(mapping);
            this.serviceColumn = service.map(Column::index).orElse(-1);
            this.roleColumn = role.map(Column::index).orElse(-1);
            adder.file = file;
            this.pipeline = new RowPipeline(rowCodes.length, rowSections.length, rowDimensions.length, adder);
        }

        void readAll() {
            boolean finished = false;
            try {
                while (next()) {
                    // each row is handed over as it is read
                }
                pipeline.finish();
                finished = true;
            } finally {
                if (!finished) {
                    pipeline.abandon();
                }
            }
        }

        /** Reads, codes and hands over the next row; false at the end of the file. */
        boolean next() {
            Arrays.fill(rowCodes, AnswerCodes.NONE);
            int coded = row.nextPlain(knownOfColumns, questionOfColumn, rowCodes);
            if (coded < 0 && !reader.next()) {
                return false;
            }
            read++;
            long before = problemCount;
            answersRead += Math.max(coded, 0);
            boolean answered = coded < 0
                    ? readRow(file, row, columns, mapping)
                    : readUnresolvedCells(file, row, columns, mapping) || coded > 0;
            withProblems += problemCount > before ? 1 : 0;
            if (answered) {
                used++;
                String service = serviceColumn < 0 ? everyone : nameIn(row, serviceColumn, services.table, noService);
                String role = roleColumn < 0 ? "" : nameIn(row, roleColumn, roles.table, "");
                if (pipeline.wantsScores()) {
                    scoreRow();
                }
                pipeline.add(row.recordNumber(), service, role, rowCodes, rowSections, rowDimensions);
            }
            return true;
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

    /** Scores the row read, from its codes, on the reading thread (see {@link RowPipeline}). */
    private void scoreRow() {
        codes.decode(rowCodes, rowKinds, rowItemScores);
        plan.scoreRespondent(rowKinds, rowItemScores, rowSections, rowDimensions);
    }

    /**
     * Adds respondents to the batch, scoring each first unless their {@code sections} and {@code dimensions} scores
     * are given: on the scoring thread while an export is read, so it touches nothing else. One object, called once
     * per respondent, so that Java compiles the scoring thread's work once.
     */
    private final class Adder implements RowPipeline.Consumer {
        /** The file the respondents come from. */
        String file;

        @Override
        public void accept(
                long row, String service, String role, byte[] answerCodes, double[] sections, double[] dimensions) {
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
            List<String> headingWords = headingWords(isService ? "survey.heading.service" : "survey.heading.role");
            Set<String> phrases =
                    isService ? Set.of() : CellAnswers.wordSet(surveyWords, "survey.heading.role-phrases");
            Predicate<String> heading =
                    name -> hasAnyWord(name, headingWords) || phrases.stream().anyMatch(name::contains);
            return headingWords.stream()
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
     * The words that name a column in the questionnaire's language, as headings are compared; a language may give
     * several, as Welsh does for a word that mutates (gwasanaeth, wasanaeth).
     */
    private List<String> headingWords(String key) {
        return CellAnswers.wordList(surveyWords, key).stream()
                .map(ColumnMapping::normalise)
                .toList();
    }

    private static boolean hasAnyWord(String normalisedName, Collection<String> words) {
        return Arrays.stream(normalisedName.split(" ")).anyMatch(words::contains);
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

    private static String nameIn(CsvTokenizer row, int column, ValueTable<String> names, String whenBlank) {
        if (column >= row.size() || row.isBlank(column)) {
            return whenBlank;
        }
        return names.get(row, column);
    }

    /** Fills the respondent arrays from a row; true when at least one question was answered. */
    private boolean readRow(String file, CsvTokenizer row, List<Column> columns, ColumnMapping mapping) {
        Arrays.fill(rowCodes, AnswerCodes.NONE);
        int size = row.size();
        if (size != columns.size()) {
            problem(
                    file,
                    row.recordNumber(),
                    null,
                    null,
                    words.get(
                            size < columns.size() ? "survey.row.too-few-fields" : "survey.row.too-many-fields",
                            size,
                            columns.size()));
        }
        boolean any = false;
        int last = Math.min(size, mapping.columns());
        int[] questionOfColumn = mapping.questionOfColumn();
        for (int c = 0; c < last; c++) {
            int q = questionOfColumn[c];
            if (q >= 0) {
                any |= readCell(file, row, columns.get(c), q);
            }
        }
        return any;
    }

    /** Reads the cells that {@link CsvTokenizer#nextPlain} left; true when at least one of them was an answer. */
    private boolean readUnresolvedCells(String file, CsvTokenizer row, List<Column> columns, ColumnMapping mapping) {
        boolean any = false;
        for (int i = 0; i < row.unresolvedCount(); i++) {
            int c = row.unresolved(i);
            any |= readCell(file, row, columns.get(c), mapping.questionOf(c));
        }
        return any;
    }

    /** Reads the answer to question {@code q} in field {@code c} of the row; true when it is an answer. */
    private boolean readCell(String file, CsvTokenizer row, Column column, int q) {
        int c = column.index();
        boolean noMissingCodes = options.missingCodes().isEmpty();
        Byte known = noMissingCodes ? answers[q].forSingleCharacter(row, c) : null; // the common case, "4", at once
        if (known != null) {
            rowCodes[q] = known;
            answersRead++;
            return true;
        }
        if (row.isBlank(c)
                || !noMissingCodes
                        && options.missingCodes().contains(row.field(c).strip())) {
            return false;
        }
        Byte code = answers[q].get(row, c);
        if (code == null) {
            String value = row.field(c);
            answersUnread++;
            if (unreadExamples.size() < 3) {
                unreadExamples.add(value.strip());
            }
            problem(file, row.recordNumber(), column, value, notAnAnswer(q, value));
            rowCodes[q] = AnswerCodes.UNREADABLE;
            return false;
        }
        answersRead++;
        rowCodes[q] = code;
        row.teach(c, knownAnswers[q], code);
        return true;
    }

    /** For each column of the export, the known answers of its question; null for a column that is not a question. */
    private KnownAnswers[] knownAnswersOfColumns(ColumnMapping mapping) {
        KnownAnswers[] byColumn = new KnownAnswers[mapping.columns()];
        for (int c = 0; c < byColumn.length; c++) {
            int q = mapping.questionOf(c);
            byColumn[c] = q < 0 ? null : knownAnswers[q];
        }
        return byColumn;
    }

    @SuppressWarnings("unchecked")
    private static ValueTable<Byte>[] newTables(int count) {
        return (ValueTable<Byte>[]) new ValueTable<?>[count];
    }

    private String notAnAnswer(int q, String value) {
        if (problems.size() >= MOST_PROBLEMS_KEPT) {
            return ""; // counted, not listed: nothing to say
        }
        Question question = questionnaire.questions().get(q);
        AnswerSet set = questionnaire.answerSetOf(question);
        java.util.OptionalInt place = ToolCodes.place(preset, value);
        if (place.isPresent() && place.getAsInt() > set.options().size()) {
            return words.get(
                    "survey.answer.after-the-scale",
                    Problem.quote(value.strip()),
                    question.id(),
                    set.options().size(),
                    preset.toolName(words));
        }
        return AnswerMessages.notAnAnswer(set, question.id(), value);
    }

    private void problem(String file, long row, Column column, String value, String message) {
        problemCount++;
        if (problems.size() < MOST_PROBLEMS_KEPT) {
            String sentence = message + (message.endsWith(".") ? "" : ".");
            problems.add(Problem.inFile(
                    file,
                    column == null
                            ? words.get("survey.problem.in-row", row, sentence)
                            : words.get(
                                    "survey.problem.in-cell",
                                    row,
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
