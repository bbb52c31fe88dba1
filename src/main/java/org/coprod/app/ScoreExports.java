package org.coprod.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coprod.core.batch.BatchScoring;
import org.coprod.core.model.AnswerSet;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Translation;
import org.coprod.core.words.Words;
import org.coprod.io.FileNames;
import org.coprod.io.InvalidInputException;
import org.coprod.io.OutputFiles;
import org.coprod.io.OutputGuard;
import org.coprod.io.Problem;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.io.yaml.Catalogue;
import org.coprod.io.yaml.MappingReader;
import org.coprod.report.BatchReport;
import org.coprod.report.Report;
import org.coprod.report.RespondentCsv;
import org.coprod.survey.QuestionnaireMatch;
import org.coprod.survey.SurveyScorer;
import org.coprod.text.Suggestions;

/**
 * Scores survey exports and answers files of many respondents together: chooses the version of the questionnaire
 * they were answered to, reads every file, and writes one scored row per respondent when asked.
 */
public final class ScoreExports {
    private final Context context;
    private final Words words;

    public ScoreExports(Context context) {
        this.context = context;
        this.words = context.messages();
    }

    /**
     * What to score and how, as the user gave it.
     *
     * @param files survey exports and answers files, in the order given
     * @param questionnaire a built-in id or a file; without it, the version of the default questionnaire the files were
     *     answered to
     * @param output where the report goes (checked before any work), or empty for the screen
     * @param perRespondent where one scored row per respondent goes, if anywhere
     */
    public record Request(
            List<Path> files,
            Optional<String> questionnaire,
            Optional<String> groupBy,
            Optional<String> role,
            Optional<List<String>> compare,
            Optional<Path> output,
            Optional<Path> perRespondent,
            int minimumGroupSize,
            double gapThreshold,
            boolean strict,
            Optional<Character> delimiter,
            Optional<Integer> headerRows,
            Optional<Path> mapping,
            Set<String> missingCodes,
            List<String> notApplicableCodes,
            List<String> dontKnowCodes,
            Optional<String> sheet) {
        public Request {
            files = List.copyOf(files);
            compare = compare.map(roles -> roles.stream().map(String::strip).toList());
            missingCodes = Set.copyOf(missingCodes);
            notApplicableCodes = List.copyOf(notApplicableCodes);
            dontKnowCodes = List.copyOf(dontKnowCodes);
        }
    }

    /** Hears how the scoring goes, in this order: progress while reading, the end of reading, warnings, the report. */
    public interface Listener extends SurveyScorer.ProgressListener {
        /** Every file has been read. */
        void allRead();

        /** Something odd about the answers that did not stop the scoring. */
        void warning(String warning);

        /**
         * The report, to show or write before the per-respondent file is put in place, never over one of {@code inputs}
         * (the files read).
         */
        void publish(Report report, List<Path> inputs);
    }

    /**
     * The report published (one {@link BatchReport}, or a {@link ReportInLanguages} of one per language asked for), and
     * the per-respondent file written, if one was asked for.
     */
    public record Result(Report report, Optional<Path> perRespondent) {}

    public Result score(Request request, Listener listener) {
        refuseSameFileTwice(request);
        refuseCodeMeaningBoth(request);
        if (request.sheet().isPresent()
                && request.files().stream()
                        .noneMatch(f -> f.getFileName()
                                .toString()
                                .toLowerCase(Locale.ROOT)
                                .endsWith(".xlsx"))) {
            throw new UserError(UserError.Kind.USAGE, words.get("cli.score.sheet-without-workbook"));
        }
        for (Path file : request.files()) {
            if (FileNames.isJson(file)) {
                throw new InvalidInputException(Problem.inFile(file.toString(), words.get("cli.score.not-json")));
            }
        }
        Questionnaire q = request.questionnaire()
                .map(name -> Catalogue.resolve(name, words))
                .orElseGet(() -> versionAnswered(request));
        SurveyScorer.Options options = new SurveyScorer.Options(
                request.groupBy(),
                request.role(),
                new HashSet<>(request.missingCodes()),
                request.strict(),
                request.delimiter(),
                request.headerRows(),
                columnMapping(request.mapping(), q).withCodes(request.notApplicableCodes(), request.dontKnowCodes()),
                request.sheet());
        List<Path> inputs = inputs(request);
        request.output().ifPresent(output -> OutputGuard.check(output, inputs, words));
        List<String> untranslated = new ArrayList<>();
        List<Questionnaire> wordings = wordings(q, request.questionnaire(), untranslated);
        try (RespondentRows rows = request.perRespondent()
                .map(file -> new RespondentRows(file, wordings.get(0), inputs, words))
                .orElse(null)) {
            SurveyScorer scorer = new SurveyScorer(q, options, rows, listener, words);
            for (Path file : request.files()) {
                if (FileNames.isYaml(file)) {
                    AnswersReader.Result result =
                            AnswersFiles.read(file, request.questionnaire().orElse(q.id()), words);
                    checkSameVersion(
                            file, result.questionnaire(), q, request.files().get(0));
                    scorer.addAnswersFile(file.toString(), result.assessment());
                } else {
                    scorer.addExport(file);
                }
            }
            listener.allRead();
            scorer.warnings().forEach(listener::warning);
            scorer.checkStrict();
            if (scorer.problemCount() > 0) {
                listener.warning(words.count(
                        "cli.score.unreadable",
                        scorer.problemCount(),
                        scorer.problems().get(0)));
            }
            request.compare().ifPresent(roles -> checkRolesExist(roles, scorer.batch()));
            Report report = inLanguages(
                    new BatchReport(
                            scorer.result(),
                            new BatchReport.Settings(
                                    request.minimumGroupSize(), request.gapThreshold(), request.compare(), 10)),
                    q,
                    wordings,
                    untranslated);
            listener.publish(report, inputs);
            if (rows != null) {
                rows.commit();
            }
            return new Result(report, request.perRespondent());
        }
    }

    private void refuseSameFileTwice(Request request) {
        if (OutputGuard.sameFile(
                request.perRespondent().orElse(null), request.output().orElse(null))) {
            throw new UserError(
                    UserError.Kind.USAGE,
                    words.get("cli.score.same-output", request.perRespondent().orElseThrow()));
        }
        OutputGuard.firstRepeated(request.files()).ifPresent(twice -> {
            throw new UserError(
                    UserError.Kind.USAGE,
                    twice.get(0).equals(twice.get(1))
                            ? words.get("cli.score.given-twice", twice.get(0))
                            : words.get("cli.score.same-file", twice.get(0), twice.get(1)));
        });
    }

    /** A code cannot mean both "not applicable" and "don't know": the command line contradicts itself. */
    private void refuseCodeMeaningBoth(Request request) {
        Set<String> dontKnow =
                request.dontKnowCodes().stream().map(AnswerSet::normalise).collect(Collectors.toSet());
        List<String> both = request.notApplicableCodes().stream()
                .filter(code -> dontKnow.contains(AnswerSet.normalise(code)))
                .map(code -> Problem.quote(code, words))
                .distinct()
                .toList();
        if (!both.isEmpty()) {
            throw new UserError(
                    UserError.Kind.USAGE, words.count("cli.score.code-for-both", both.size(), words.and(both)));
        }
    }

    /** The files read, which no output may be written over. */
    private static List<Path> inputs(Request request) {
        List<Path> inputs = new ArrayList<>(request.files());
        request.mapping().ifPresent(inputs::add);
        inputs.addAll(Inputs.questionnaireFile(request.questionnaire().orElse(null)));
        return inputs;
    }

    /**
     * The questionnaire scored in the words of every language asked for, or else its own: its translations. A
     * translation that does not have its shape (a hand-made one) is not used: the results are then in its own words.
     *
     * @param untranslated where a language the questionnaire is not in is said
     */
    private List<Questionnaire> wordings(
            Questionnaire q, Optional<String> questionnaireOption, List<String> untranslated) {
        return ReportAnswers.translations(context, q, questionnaireOption, untranslated::add).stream()
                .map(translation -> Translation.sameShape(q, translation) ? translation : q)
                .distinct()
                .toList();
    }

    /** The results in each language: the figures scored once, each language's report in its translation's words. */
    private static Report inLanguages(
            BatchReport scored, Questionnaire q, List<Questionnaire> wordings, List<String> untranslated) {
        List<BatchReport> reports = new ArrayList<>();
        for (Questionnaire wording : wordings) {
            List<String> notes = new ArrayList<>(untranslated);
            notes.addAll(olderVersionNote(q, Words.forTag(wording.language())));
            reports.add(scored.inLanguage(wording, notes));
        }
        return ReportInLanguages.of(reports);
    }

    /** When the answers were given to an older built-in version, a note saying so and naming the newer one. */
    private static List<String> olderVersionNote(Questionnaire q, Words reportWords) {
        Questionnaire current = Catalogue.builtIn(q.id()).orElse(q);
        boolean olderBuiltIn =
                q != current && Catalogue.versions(q.id()).stream().anyMatch(version -> version == q);
        return !olderBuiltIn
                ? List.of()
                : List.of(reportWords.get("cli.score.older-version", q.version(), current.version()));
    }

    /**
     * Without --questionnaire: the version of the default questionnaire that the first file was answered to, in the
     * language its headings are written in, so that exports and answers files from a survey built on an earlier
     * version, or asked in Welsh, still score. An export's version is the one whose questions its columns match most;
     * a tie goes to the language its answers and its service and role headings are written in, then to the current
     * version, and then to the run's language.
     */
    private Questionnaire versionAnswered(Request request) {
        List<Questionnaire> versions = Catalogue.versions(Catalogue.DEFAULT);
        if (request.files().isEmpty()) {
            return Catalogue.inLanguage(versions.get(0), words.tag());
        }
        List<Questionnaire> candidates = inEveryLanguage(versions);
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        Path first = request.files().get(0);
        Questionnaire byContent = FileNames.isYaml(first)
                ? AnswersFiles.read(first, Catalogue.DEFAULT, words).questionnaire()
                : QuestionnaireMatch.best(
                        candidates, first, request.delimiter(), request.headerRows(), request.sheet(), words);
        return request.mapping()
                .map(mapping -> versionOfMapping(mapping, byContent, versions))
                .orElse(byContent);
    }

    /** Each version, newest first, in the run's language and then in every other language it is translated into. */
    private List<Questionnaire> inEveryLanguage(List<Questionnaire> versions) {
        List<String> languages = new ArrayList<>(List.of(words.tag()));
        Words.available().stream().filter(tag -> !languages.contains(tag)).forEach(languages::add);
        List<Questionnaire> candidates = new ArrayList<>();
        for (Questionnaire version : versions) {
            for (String language : languages) {
                Questionnaire translated = Catalogue.inLanguage(version, language);
                if (candidates.stream().noneMatch(known -> known == translated)) {
                    candidates.add(translated);
                }
            }
        }
        return candidates;
    }

    /**
     * The version whose questions a mapping file names: the one the export's headings match, if the file reads with
     * it, or else the newest it reads with. A mapping with no columns reads with any, so the headings decide. When it
     * reads with none, the newest is used, so that its mistakes are reported against the current questions.
     */
    private Questionnaire versionOfMapping(Path mapping, Questionnaire byContent, List<Questionnaire> versions) {
        List<Questionnaire> candidates = new ArrayList<>(List.of(byContent));
        versions.stream().filter(v -> v != byContent).forEach(candidates::add);
        for (Questionnaire candidate : candidates) {
            try {
                MappingReader.read(mapping, candidate, words);
                return candidate;
            } catch (InvalidInputException namesOtherQuestions) {
                // try the next version
            }
        }
        return versions.get(0);
    }

    /** Answers given to another version of the questionnaire cannot be pooled with the rest: their questions differ. */
    private void checkSameVersion(Path file, Questionnaire answered, Questionnaire scored, Path first) {
        if (!Questionnaire.majorVersion(answered.version()).equals(Questionnaire.majorVersion(scored.version()))) {
            throw new InvalidInputException(Problem.inFile(
                    file.toString(),
                    words.get("cli.score.other-version", answered.version(), answered.id(), first, scored.version())));
        }
    }

    private void checkRolesExist(List<String> roles, BatchScoring batch) {
        Set<String> found = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        batch.services()
                .keySet()
                .forEach(service -> found.addAll(batch.rolesIn(service).keySet()));
        for (String wanted : roles) {
            if (!found.contains(wanted)) {
                String nearest = Suggestions.didYouMean(words, wanted, found);
                throw new UserError(
                        UserError.Kind.USAGE,
                        found.isEmpty()
                                ? words.get("cli.score.no-roles", wanted, nearest)
                                : words.get(
                                        "cli.score.no-such-role",
                                        wanted,
                                        nearest,
                                        String.join(
                                                ", ",
                                                found.stream()
                                                        .map(r -> "'" + r + "'")
                                                        .toList())));
            }
        }
    }

    private MappingReader.Mapping columnMapping(Optional<Path> mapping, Questionnaire q) {
        return mapping.map(file -> MappingReader.read(file, q, words)).orElseGet(MappingReader.Mapping::none);
    }

    /** Writes each respondent's row, as {@link RespondentCsv} makes it, to a file that appears whole, only when all went well. */
    private static final class RespondentRows implements SurveyScorer.RespondentSink, AutoCloseable {
        private final OutputFiles.Pending file;
        private final RespondentCsv csv;

        RespondentRows(Path target, Questionnaire questionnaire, List<Path> inputs, Words words) {
            this.file = OutputFiles.open(target, inputs, words);
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
