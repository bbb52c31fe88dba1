package org.coprod.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coprod.core.model.AnswerMatcher;
import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.scoring.ScoringPlan;
import org.coprod.core.words.Words;
import org.coprod.io.AnswerMessages;
import org.coprod.io.Problem;
import org.coprod.survey.ExportReader.Column;

/**
 * Reads the records of one part of an export (see {@link RecordSplitter}) and turns each into answer codes, a
 * service, a role and the respondent's section and dimension scores: the work of reading an export that can be done
 * on several threads at once. A coder is used by one thread at a time, but not always the same thread, and not for
 * the parts in file order: what it remembers between parts (what each cell text it met stands for) must not depend on
 * that order. What it finds is counted from the start of the part; {@link SurveyScorer} adds the parts up in file
 * order, so the results are those of reading the file from start to end.
 */
final class RowCoder {
    /** At most this many problems are kept with their words, per part and in all. */
    static final int MOST_PROBLEMS_KEPT = 200;

    /** What every coder of one export shares, and only reads. */
    record Export(
            Questionnaire questionnaire,
            ScoringPlan plan,
            AnswerCodes codes,
            Preset preset,
            Set<String> missingCodes,
            Collection<String> notApplicableCodes,
            Collection<String> dontKnowCodes,
            Words surveyWords,
            List<Column> columns,
            ColumnMapping mapping,
            int serviceColumn,
            int roleColumn,
            Map<String, String> serviceNames,
            Map<String, String> roleNames,
            String everyone,
            String noService,
            char delimiter,
            boolean checkUtf8,
            Words words,
            Map<String, String> groupNamesMet) {}

    /**
     * A cell or row found wrong: its record and the line it starts on, both counted from the start of its part, and its
     * column (null for the row).
     */
    record CellProblem(int record, int line, Column column, String message) {}

    /** One part's rows, coded, and what was found on the way. */
    static final class Coded {
        int rows;
        byte[] codes;
        double[] sections;
        double[] dimensions;
        String[] services;
        String[] roles;
        /** Each row's record number, from the start of the part. */
        int[] records;
        /** How many records and lines the part held. */
        long recordCount;

        long lineCount;
        long read;
        long used;
        long withProblems;
        long answersRead;
        long answersUnread;
        final List<String> unreadExamples = new ArrayList<>();
        final List<CellProblem> problems = new ArrayList<>();
        long problemCount;
        /** The services and roles not named by the mapping file, in the order first met by this coder. */
        List<String> unnamedServices = List.of();

        List<String> unnamedRoles = List.of();
        List<AnswerSet> readByPlace = List.of();
        /** Why the part could not be read ({@link CsvTokenizer.Malformed} or {@link CsvTokenizer.NotUtf8}), if so. */
        Exception failure;
    }

    private final Export export;
    private final int questions;
    private final int[] questionOfColumn;
    private final ValueTable<Byte>[] answers;
    private final KnownAnswers[] knownOfColumns;
    private final CellAnswers cellAnswers;
    private final GroupNames services;
    private final GroupNames roles;
    private final byte[] rowCodes;
    private final byte[] rowKinds;
    private final double[] rowItemScores;
    private final double[] rowSections;
    private final double[] rowDimensions;
    private final int sectionCount;
    private final int dimensionCount;
    private Coded coded;
    private CsvTokenizer row;
    /** How many rows the last part held: room for about as many is made for the next. */
    private int rowsInLastPart;

    RowCoder(Export export) {
        this.export = export;
        Questionnaire questionnaire = export.questionnaire();
        List<Question> questionList = questionnaire.questions();
        this.questions = questionList.size();
        this.questionOfColumn = export.mapping().questionOfColumn();
        this.cellAnswers = new CellAnswers(
                export.preset(), export.notApplicableCodes(), export.dontKnowCodes(), export.surveyWords());
        this.answers = newTables(questions);
        KnownAnswers[] knownAnswers = new KnownAnswers[questions];
        Map<AnswerSet, ValueTable<Byte>> shared = new IdentityHashMap<>();
        Map<AnswerSet, KnownAnswers> sharedKnown = new IdentityHashMap<>();
        for (int q = 0; q < questions; q++) {
            AnswerSet set = questionnaire.answerSetOf(questionList.get(q));
            AnswerMatcher matcher = set.matcher();
            answers[q] = shared.computeIfAbsent(
                    set,
                    s -> new ValueTable<>(text -> cellAnswers
                            .answerOf(s, matcher, text)
                            .map(response -> AnswerCodes.codeOf(s, response))
                            .orElse(null)));
            knownAnswers[q] = sharedKnown.computeIfAbsent(set, s -> new KnownAnswers());
        }
        this.knownOfColumns = new KnownAnswers[export.mapping().columns()];
        for (int c = 0; c < knownOfColumns.length; c++) {
            int q = export.mapping().questionOf(c);
            knownOfColumns[c] = q < 0 ? null : knownAnswers[q];
        }
        this.services = new GroupNames(export.serviceNames(), export.groupNamesMet());
        this.roles = new GroupNames(export.roleNames(), export.groupNamesMet());
        this.sectionCount = questionnaire.sections().size();
        this.dimensionCount = questionnaire.dimensions().size();
        this.rowCodes = new byte[questions];
        this.rowKinds = new byte[questions];
        this.rowItemScores = new double[questions];
        this.rowSections = new double[sectionCount];
        this.rowDimensions = new double[dimensionCount];
    }

    @SuppressWarnings("unchecked")
    private static ValueTable<Byte>[] newTables(int count) {
        return (ValueTable<Byte>[]) new ValueTable<?>[count];
    }

    /** Reads and codes every record of a part. */
    Coded code(RecordSplitter.Part part) {
        coded = new Coded();
        allocate(Math.max(64, rowsInLastPart + rowsInLastPart / 8));
        try {
            if (part.tooLong()) {
                throw new CsvTokenizer.Malformed(
                        "survey.csv.row-too-long", 1, 1, RecordSplitter.MOST_BYTES_IN_A_RECORD / (1024 * 1024));
            }
            row = new CsvTokenizer(part.bytes(), part.length(), export.delimiter(), export.checkUtf8());
            while (next()) {
                // each row is kept as it is read
            }
            coded.recordCount = row.recordNumber();
            rowsInLastPart = coded.rows;
            coded.lineCount = row.nextLineNumber() - 1;
        } catch (CsvTokenizer.Malformed | CsvTokenizer.NotUtf8 e) {
            coded.failure = e;
        }
        coded.unnamedServices = services.takeUnnamed();
        coded.unnamedRoles = roles.takeUnnamed();
        coded.readByPlace = List.copyOf(cellAnswers.readByPlace());
        row = null;
        Coded done = coded;
        coded = null;
        return done;
    }

    private void allocate(int capacity) {
        Coded c = coded;
        c.codes = c.codes == null ? new byte[capacity * questions] : Arrays.copyOf(c.codes, capacity * questions);
        c.sections = c.sections == null
                ? new double[capacity * sectionCount]
                : Arrays.copyOf(c.sections, capacity * sectionCount);
        c.dimensions = c.dimensions == null
                ? new double[capacity * dimensionCount]
                : Arrays.copyOf(c.dimensions, capacity * dimensionCount);
        c.services = c.services == null ? new String[capacity] : Arrays.copyOf(c.services, capacity);
        c.roles = c.roles == null ? new String[capacity] : Arrays.copyOf(c.roles, capacity);
        c.records = c.records == null ? new int[capacity] : Arrays.copyOf(c.records, capacity);
    }

    /** Reads and codes the next row; false at the end of the part. */
    private boolean next() throws CsvTokenizer.Malformed {
        Arrays.fill(rowCodes, AnswerCodes.NONE);
        int found = row.nextPlain(knownOfColumns, questionOfColumn, rowCodes);
        if (found < 0) {
            Arrays.fill(rowCodes, AnswerCodes.NONE); // nextPlain may have coded some cells before giving up
            if (!nextRecord()) {
                return false;
            }
        }
        Coded c = coded;
        c.read++;
        long before = c.problemCount;
        c.answersRead += Math.max(found, 0);
        boolean answered = found < 0 ? readRow() : readUnresolvedCells() || found > 0;
        c.withProblems += c.problemCount > before ? 1 : 0;
        if (answered) {
            c.used++;
            keep(
                    export.serviceColumn() < 0
                            ? export.everyone()
                            : nameIn(export.serviceColumn(), services, export.noService()),
                    export.roleColumn() < 0 ? "" : nameIn(export.roleColumn(), roles, ""));
        }
        return true;
    }

    private boolean nextRecord() throws CsvTokenizer.Malformed {
        try {
            return row.next();
        } catch (java.io.IOException cannotHappen) {
            throw new IllegalStateException("a part held in memory cannot fail to be read", cannotHappen);
        }
    }

    /** Scores the row read and keeps it, with its service and role. */
    private void keep(String service, String role) {
        Coded c = coded;
        if (c.rows == c.services.length) {
            allocate(c.rows * 2);
        }
        int at = c.rows++;
        export.codes().decode(rowCodes, rowKinds, rowItemScores);
        export.plan().scoreRespondent(rowKinds, rowItemScores, rowSections, rowDimensions);
        System.arraycopy(rowCodes, 0, c.codes, at * questions, questions);
        System.arraycopy(rowSections, 0, c.sections, at * sectionCount, sectionCount);
        System.arraycopy(rowDimensions, 0, c.dimensions, at * dimensionCount, dimensionCount);
        c.services[at] = service;
        c.roles[at] = role;
        c.records[at] = (int) row.recordNumber();
    }

    private String nameIn(int column, GroupNames names, String whenBlank) {
        if (column >= row.size() || row.isBlank(column)) {
            return whenBlank;
        }
        return names.table.get(row, column);
    }

    /** Fills the row's codes from a record read the usual way; true when at least one question was answered. */
    private boolean readRow() {
        List<Column> columns = export.columns();
        int size = row.size();
        if (size != columns.size()) {
            problem(
                    null,
                    export.words()
                            .get(
                                    size < columns.size() ? "survey.row.too-few-fields" : "survey.row.too-many-fields",
                                    size,
                                    columns.size()));
        }
        boolean any = false;
        int last = Math.min(size, export.mapping().columns());
        for (int c = 0; c < last; c++) {
            int q = questionOfColumn[c];
            if (q >= 0) {
                any |= readCell(columns.get(c), q);
            }
        }
        return any;
    }

    /** Reads the cells that {@link CsvTokenizer#nextPlain} left; true when at least one of them was an answer. */
    private boolean readUnresolvedCells() {
        boolean any = false;
        for (int i = 0; i < row.unresolvedCount(); i++) {
            int c = row.unresolved(i);
            any |= readCell(export.columns().get(c), export.mapping().questionOf(c));
        }
        return any;
    }

    /** Reads the answer to question {@code q} in field {@code c} of the row; true when it is an answer. */
    private boolean readCell(Column column, int q) {
        int c = column.index();
        Set<String> missingCodes = export.missingCodes();
        boolean noMissingCodes = missingCodes.isEmpty();
        Byte known = noMissingCodes ? answers[q].forSingleCharacter(row, c) : null; // the common case, "4", at once
        if (known != null) {
            rowCodes[q] = known;
            coded.answersRead++;
            return true;
        }
        if (row.isBlank(c)
                || !noMissingCodes && missingCodes.contains(row.field(c).strip())) {
            return false;
        }
        Byte code = answers[q].get(row, c);
        if (code == null) {
            String value = row.field(c);
            coded.answersUnread++;
            if (coded.unreadExamples.size() < 3 && !coded.unreadExamples.contains(value.strip())) {
                coded.unreadExamples.add(value.strip());
            }
            problem(column, notAnAnswer(q, value));
            rowCodes[q] = AnswerCodes.UNREADABLE;
            return false;
        }
        coded.answersRead++;
        rowCodes[q] = code;
        row.teach(c, knownOfColumns[c], code);
        return true;
    }

    private String notAnAnswer(int q, String value) {
        if (coded.problems.size() >= MOST_PROBLEMS_KEPT) {
            return ""; // counted, not listed: nothing to say
        }
        Questionnaire questionnaire = export.questionnaire();
        Question question = questionnaire.questions().get(q);
        AnswerSet set = questionnaire.answerSetOf(question);
        java.util.OptionalInt place = ToolCodes.place(export.preset(), value);
        if (place.isPresent() && place.getAsInt() > set.options().size()) {
            return export.words()
                    .get(
                            "survey.answer.after-the-scale",
                            Problem.quote(value.strip()),
                            question.id(),
                            set.options().size(),
                            export.preset().toolName(export.words()));
        }
        return AnswerMessages.notAnAnswer(set, question.id(), value, export.words());
    }

    private void problem(Column column, String message) {
        coded.problemCount++;
        if (coded.problems.size() < MOST_PROBLEMS_KEPT) {
            coded.problems.add(new CellProblem((int) row.recordNumber(), (int) row.lineNumber(), column, message));
        }
    }
}
