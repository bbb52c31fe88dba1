package org.coprod.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.coprod.app.FileSummary;
import org.coprod.app.SurveyResult;
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
            Optional<String> sheet) {

        /** Options for exports that are not workbooks, or read from their first sheet. */
        public Options(Optional<String> groupBy, Optional<String> role, Set<String> missingCodes, boolean strict,
                Optional<Character> delimiter, Optional<Integer> headerRows, Mapping mapping) {
            this(groupBy, role, missingCodes, strict, delimiter, headerRows, mapping, Optional.empty());
        }
    }

    /** Told now and then how far scoring has got: the file being read, rows scored so far, the part of the file read. */
    public interface ProgressListener {
        void update(String file, long rowsSoFar, double fractionOfFile);
    }

    /** Receives each respondent's own scores, for --per-respondent. */
    public interface RespondentSink {
        void accept(String file, long row, String service, String role, BatchScoring batch);
    }

    public static final String NO_SERVICE = "(service not given)";
    public static final String ALL = SurveyResult.EVERYONE;
    private static final String ANSWERS_FILE = FileSummary.ANSWERS_FILE;
    private static final int MOST_PROBLEMS_KEPT = 200;
    private static final Set<String> NOT_APPLICABLE_WORDS = Set.of("n/a", "na", "not applicable");
    private static final Set<String> DONT_KNOW_WORDS = Set.of("don't know", "dont know", "dk", "do not know");

    private final Questionnaire questionnaire;
    private final Options options;
    private final BatchScoring batch;
    private final ScoringPlan plan;
    /** Per question, what each cell text means; questions sharing an answer set share a table. */
    private final ValueTable<Byte>[] answers;
    /**
     * Per question, the codes of the answers written as one byte that have been met (see
     * {@link CsvTokenizer#nextPlain}), indexed by the byte; shared like {@link #answers}.
     */
    private final byte[][] oneByteCodes;
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
    public static Questionnaire bestMatch(List<Questionnaire> candidates, Path file, Optional<Character> delimiter,
            Optional<Integer> headerRows, Optional<String> sheet) {
        List<Column> columns;
        try (ExportReader reader = new ExportReader(file, delimiter, headerRows, sheet)) {
            columns = reader.columns();
        }
        Questionnaire best = candidates.get(0);
        int most = -1;
        for (Questionnaire candidate : candidates) {
            int matched = ColumnMapping.of(candidate, columns, Map.of(), List.of()).mappedCount();
            if (matched > most) {
                best = candidate;
                most = matched;
            }
        }
        return best;
    }

    public SurveyScorer(Questionnaire questionnaire, Options options, RespondentSink sink, ProgressListener progress) {
        this.questionnaire = questionnaire;
        this.options = options;
        this.batch = new BatchScoring(questionnaire);
        this.plan = batch.plan();
        this.sink = sink;
        this.progress = progress;
        List<Question> questions = questionnaire.questions();
        answers = newTables(questions.size());
        oneByteCodes = new byte[questions.size()][];
        java.util.Map<AnswerSet, ValueTable<Byte>> shared = new java.util.IdentityHashMap<>();
        java.util.Map<AnswerSet, byte[]> sharedCodes = new java.util.IdentityHashMap<>();
        for (int q = 0; q < questions.size(); q++) {
            AnswerSet set = questionnaire.answerSetOf(questions.get(q));
            AnswerMatcher matcher = set.matcher();
            answers[q] = shared.computeIfAbsent(set, s -> new ValueTable<>(text -> matcher.match(text).or(() -> fallback(text))
                    .map(response -> AnswerCodes.codeOf(s, response)).orElse(null)));
            oneByteCodes[q] = sharedCodes.computeIfAbsent(set, s -> noCodes());
        }
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
                shown.add(Problem.inFile("(and more)", (problemCount - problems.size()) + " more problems not listed"));
            }
            throw new InvalidInputException(shown);
        }
    }

    public void addExport(Path file) {
        try (ExportReader reader = new ExportReader(file, options.delimiter(), options.headerRows(), options.sheet())) {
            reading = reader;
            List<Column> columns = reader.columns();
            if (reader.charset().equals(ExportReader.WINDOWS_1252)) {
                warnings.add(file + ": this file is not UTF-8 (none of its accented letters are written as UTF-8), so it is"
                        + " read as Windows-1252, as Excel saves 'CSV' on Windows; an accent or curly quote that looks wrong in"
                        + " the report means it was something else: then save it as \"CSV UTF-8\".");
            }
            List<Column> notQuestions = ColumnMapping.of(questionnaire, columns, options.mapping().columns(), List.of())
                    .unmappedColumns();
            Optional<Column> service = column(reader, notQuestions, options.groupBy().or(() -> options.mapping().service()), true);
            Optional<Column> role = column(reader, notQuestions, options.role().or(() -> options.mapping().role()), false);
            List<Integer> reserved = new ArrayList<>();
            service.ifPresent(c -> reserved.add(c.index()));
            role.ifPresent(c -> reserved.add(c.index()));
            ColumnMapping mapping = ColumnMapping.of(questionnaire, columns, options.mapping().columns(), reserved);
            if (!mapping.duplicates().isEmpty()) {
                throw new InvalidInputException(mapping.duplicates().stream().map(d -> Problem.inFile(file.toString(), d)).toList());
            }
            if (service.isEmpty()) {
                List<Column> mentioningService = notQuestions.stream()
                        .filter(c -> hasWord(ColumnMapping.normalise(c.name()), "service")).toList();
                warnings.add(file + (mentioningService.size() > 1
                        ? ": more than one column could name the service (" + columnList(mentioningService) + "), so all its"
                                + " rows are scored as one group ('" + ALL + "'). Name the right one with --group-by COLUMN."
                        : ": no column names the service, so all its rows are scored as one group ('" + ALL
                                + "'). To score each service apart, name the column with --group-by COLUMN; the columns that are"
                                + " not questions are " + columnList(mapping.unmappedColumns()) + "."));
            }
            if (mapping.mappedCount() > 0) {
                headingCloseToAQuestion(file, mapping).ifPresent(warnings::add);
            }
            if (mapping.mappedCount() == 0 && isCoprodReport(columns)) {
                throw new InvalidInputException(Problem.inFile(file.toString(), "this is a report written by coprod (its"
                        + " columns are scores, not answers), not a survey export. Give score the export the answers came from;"
                        + " to compare two rounds of results, write each with --format json and use 'coprod compare'."));
            }
            if (mapping.mappedCount() == 0) {
                throw new InvalidInputException(Problem.inFile(file.toString(), "no column matches a question of '"
                        + questionnaire.id() + "'. Columns should be headed by the question ids or texts (see 'coprod template'),"
                        + " or be named in a mapping file given with --mapping. The columns are " + columnList(columns) + "."));
            }
            ExportRows rows = new ExportRows(file.toString(), reader, mapping, service, role);
            rows.readAll();
            if (rows.read == 0) {
                throw new InvalidInputException(Problem.inFile(file.toString(), "the file has only its header, and no rows of"
                        + " answers below it."));
            }
            // language: the scorer's words are English until the command passes its --language here
            Optional<String> workbook = reader.sheetName().map(sheet -> Words.english().get("workbook.summary", sheet));
            files.add(new FileSummary(file.toString(), reader.preset().toolName, workbook.orElse(reader.charset().displayName()),
                    workbook.isPresent() ? "" : describe(reader.delimiter()), rows.read, rows.used, rows.withProblems, mapping.mappedCount(),
                    mapping.unmappedColumns().stream().map(Column::name).toList(),
                    mapping.questionsWithoutColumn().stream().map(Question::id).toList(),
                    service.map(Column::name).orElse(""), role.map(Column::name).orElse("")));
        }
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
        final byte[][] codesOfColumns;
        /** The service and role columns; -1 when there is none. */
        final int serviceColumn;
        final int roleColumn;
        final ValueTable<String> names = new ValueTable<>(SurveyScorer::groupName);
        final RowPipeline pipeline;
        long read;
        long used;
        long withProblems;

        ExportRows(String file, ExportReader reader, ColumnMapping mapping, Optional<Column> service, Optional<Column> role) {
            this.file = file;
            this.reader = reader;
            this.row = reader.tokenizer();
            this.columns = reader.columns();
            this.mapping = mapping;
            this.questionOfColumn = mapping.questionOfColumn();
            this.codesOfColumns = oneByteCodesOfColumns(mapping);
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
            int coded = row.nextPlain(codesOfColumns, questionOfColumn, rowCodes);
            if (coded < 0 && !reader.next()) {
                return false;
            }
            read++;
            long before = problemCount;
            boolean answered = coded < 0 ? readRow(file, row, columns, mapping)
                    : readUnresolvedCells(file, row, columns, mapping) || coded > 0;
            withProblems += problemCount > before ? 1 : 0;
            if (answered) {
                used++;
                String service = serviceColumn < 0 ? ALL : nameIn(row, serviceColumn, names, NO_SERVICE);
                String role = roleColumn < 0 ? "" : nameIn(row, roleColumn, names, "");
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
            rowCodes[q] = AnswerCodes.codeOf(questionnaire.answerSetOf(questionnaire.questions().get(q)), response);
        });
        adder.file = file;
        adder.accept(0, assessment.service().isBlank() ? NO_SERVICE : groupName(assessment.service()),
                groupName(assessment.respondent().role()), rowCodes, null, null);
        files.add(new FileSummary(file, ANSWERS_FILE, "UTF-8", "", 1, 1, 0, assessment.responses().size(),
                List.of(), List.of(), "", ""));
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
        public void accept(long row, String service, String role, byte[] answerCodes, double[] sections, double[] dimensions) {
            codes.decode(answerCodes, kinds, itemScores);
            if (sections == null) {
                plan.scoreRespondent(kinds, itemScores, ownSections, ownDimensions);
            }
            batch.add(service, role, kinds, itemScores, sections == null ? ownSections : sections,
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
        return !names.isEmpty() && names.get(0).equals("service") && names.contains("verdict") && names.contains("average");
    }

    private Optional<Column> column(ExportReader reader, List<Column> notQuestions, Optional<String> wanted, boolean isService) {
        if (wanted.isEmpty()) {
            String word = isService ? "service" : "role";
            Predicate<String> heading = isService ? name -> hasWord(name, "service")
                    : name -> hasWord(name, "role") || name.contains("describes you") || name.contains("who are you");
            return ColumnMapping.find(reader.columns(), word).or(() -> onlyColumnHeaded(notQuestions, heading));
        }
        Optional<Column> found = ColumnMapping.find(reader.columns(), wanted.get());
        if (found.isEmpty()) {
            List<String> names = reader.columns().stream().map(Column::name).toList();
            throw new InvalidInputException(Problem.inFile(reader.file().toString(), "there is no column '" + wanted.get()
                    + "' (given with " + (isService ? "--group-by" : "--role") + ")."
                    + org.coprod.text.Suggestions.didYouMean(wanted.get(), names)
                    + " The columns that are not questions are " + columnList(notQuestions) + "."));
        }
        return found;
    }

    /**
     * The one column that is not a question and whose normalised heading matches, such as "Which service are you
     * answering about?" or "Which best describes you?".
     */
    private static Optional<Column> onlyColumnHeaded(List<Column> notQuestions, Predicate<String> heading) {
        List<Column> matching = notQuestions.stream().filter(c -> heading.test(ColumnMapping.normalise(c.name()))).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    private static boolean hasWord(String normalisedName, String word) {
        return List.of(normalisedName.split(" ")).contains(word);
    }

    /**
     * A question with no column although a column left out has a heading close to its text, as when a heading was edited
     * by mistake: otherwise the question would count as not answered with only a line in the report to say so. (A
     * survey that asks only some of the questions is not told: the report lists the questions with no column.)
     */
    private Optional<String> headingCloseToAQuestion(Path file, ColumnMapping mapping) {
        Map<String, Column> byHeading = new java.util.LinkedHashMap<>();
        mapping.unmappedColumns().forEach(c -> c.names().forEach(n -> byHeading.putIfAbsent(ColumnMapping.normalise(n), c)));
        for (Question question : mapping.questionsWithoutColumn()) {
            String text = ColumnMapping.normalise(question.text());
            Optional<Column> close = org.coprod.text.Suggestions.closest(text, byHeading.keySet(), Math.max(3, text.length() / 6))
                    .map(byHeading::get);
            if (close.isPresent()) {
                return Optional.of(file + ": no column matches question '" + question.id() + "', so it counts as not answered;"
                        + " the column " + columnList(List.of(close.get())) + " is close to its text. If it is that question,"
                        + " correct its heading (see 'coprod template --question-text').");
            }
        }
        return Optional.empty();
    }

    /** A short list of column names for a message: at most eight, each cut to 60 characters. */
    private static String columnList(List<Column> columns) {
        if (columns.isEmpty()) {
            return "none";
        }
        List<String> names = columns.stream().limit(8).map(c -> {
            String name = c.name().replaceAll("\\s+", " ").strip();
            return "'" + (name.length() > 60 ? name.substring(0, 57) + "..." : name) + "'";
        }).toList();
        return String.join(", ", names) + (columns.size() > 8 ? " and " + (columns.size() - 8) + " more" : "");
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
            problem(file, row.recordNumber(), null, null, "the row has " + size + " fields but the header has "
                    + columns.size() + (size < columns.size() ? "; the missing ones count as not answered" : "; the extra ones are left out"));
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
        Byte known = noMissingCodes ? answers[q].forSingleCharacter(row, c) : null;   // the common case, "4", at once
        if (known != null) {
            rowCodes[q] = known;
            return true;
        }
        if (row.isBlank(c) || !noMissingCodes && options.missingCodes().contains(row.field(c).strip())) {
            return false;
        }
        Byte code = answers[q].get(row, c);
        if (code == null) {
            String value = row.field(c);
            problem(file, row.recordNumber(), column, value, notAnAnswer(q, value));
            return false;
        }
        rowCodes[q] = code;
        int single = row.singleAscii(c);
        if (single >= 0) {
            oneByteCodes[q][single] = code;
        }
        return true;
    }

    private static byte[] noCodes() {
        byte[] codes = new byte[256];
        Arrays.fill(codes, CsvTokenizer.NO_CODE);
        return codes;
    }

    /** For each column of the export, the one-byte codes of its question; null for a column that is not a question. */
    private byte[][] oneByteCodesOfColumns(ColumnMapping mapping) {
        byte[][] byColumn = new byte[mapping.columns()][];
        for (int c = 0; c < byColumn.length; c++) {
            int q = mapping.questionOf(c);
            byColumn[c] = q < 0 ? null : oneByteCodes[q];
        }
        return byColumn;
    }

    @SuppressWarnings("unchecked")
    private static ValueTable<Byte>[] newTables(int count) {
        return (ValueTable<Byte>[]) new ValueTable<?>[count];
    }

    /** "N/A" and "Don't know" are understood even for answer sets that do not offer them. */
    private static Optional<Response> fallback(String value) {
        String word = AnswerSet.normalise(value);
        if (NOT_APPLICABLE_WORDS.contains(word)) {
            return Optional.of(new Response(org.coprod.core.model.ResponseKind.NOT_APPLICABLE, null, "Not applicable"));
        }
        if (DONT_KNOW_WORDS.contains(word)) {
            return Optional.of(new Response(org.coprod.core.model.ResponseKind.DONT_KNOW, null, "Don't know"));
        }
        return Optional.empty();
    }

    private String notAnAnswer(int q, String value) {
        if (problems.size() >= MOST_PROBLEMS_KEPT) {
            return ""; // counted, not listed: nothing to say
        }
        Question question = questionnaire.questions().get(q);
        return AnswerMessages.notAnAnswer(questionnaire.answerSetOf(question), question.id(), value);
    }

    private void problem(String file, long row, Column column, String value, String message) {
        problemCount++;
        if (problems.size() < MOST_PROBLEMS_KEPT) {
            String where = "row " + row + (column == null ? "" : ", column " + (column.index() + 1) + " ("
                    + shorten(column.name()) + ")");
            problems.add(Problem.inFile(file, where + ": " + message + (message.endsWith(".") ? "" : ".")));
        }
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 50 ? oneLine : oneLine.substring(0, 49) + "…";
    }

    private static String describe(char delimiter) {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "'" + delimiter + "'";
        };
    }

    /** Columns named in a mapping file: question columns, and optionally the service and role columns. */
    public record Mapping(Map<String, String> columns, Optional<String> service, Optional<String> role) {
        public static Mapping none() {
            return new Mapping(Map.of(), Optional.empty(), Optional.empty());
        }
    }
}
