package org.coprod.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.coprod.core.model.Assessment;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Translation;
import org.coprod.core.scoring.Round;
import org.coprod.core.scoring.Scorecard;
import org.coprod.core.scoring.Scoring;
import org.coprod.core.scoring.Snapshot;
import org.coprod.core.words.Words;
import org.coprod.io.FileNames;
import org.coprod.io.InvalidInputException;
import org.coprod.io.Problem;
import org.coprod.io.json.ResultsReader;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.io.yaml.Catalogue;
import org.coprod.report.ComparisonReport;
import org.coprod.report.Report;

/** What changed between two rounds of one questionnaire: two answers files, or two results of scoring exports. */
public final class CompareRounds {
    private final Context context;
    private final Words words;

    public CompareRounds(Context context) {
        this.context = context;
        this.words = context.messages();
    }

    /** The comparison, and the files read, which it must never be written over. */
    public record Result(Report report, List<Path> inputs) {
        public Result {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * A round as read, with the questionnaire it was given to: from an answers file, its answers, which can be scored
     * in any language the questionnaire has; from a JSON result, its figures.
     */
    private record Read(Round round, Questionnaire questionnaire, Optional<AnswersReader.Result> answers) {
        /** The round in the words of a translation of its questionnaire (the verdict's name is in them). */
        Round in(Questionnaire translated) {
            if (answers.isEmpty()) { // results, whose verdicts may be named in another language
                return new Round(
                        round.source(),
                        round.questionnaireId(),
                        round.questionnaireVersion(),
                        round.services().stream()
                                .map(s -> s.namedIn(translated))
                                .toList(),
                        round.hidden(),
                        translated.language());
            }
            if (translated == questionnaire) {
                return round;
            }
            return Translation.assessment(answers.get().assessment(), questionnaire, translated)
                    .map(assessment -> CompareRounds.round(round.source(), assessment, translated))
                    .orElse(round);
        }
    }

    /**
     * Compares the rounds; {@code warnings} hears, as they are found, what was odd about them but did not stop the
     * comparison.
     */
    public Result compare(Path before, Path after, Optional<String> questionnaire, Consumer<String> warnings) {
        Read earlier = read(before, questionnaire, warnings);
        Read later = read(after, questionnaire, warnings);
        if (!earlier.questionnaire().id().equals(later.questionnaire().id())) {
            throw new UserError(
                    UserError.Kind.INVALID_INPUT,
                    words.get(
                            "cli.compare.different-questionnaires",
                            earlier.questionnaire().id(),
                            before,
                            later.questionnaire().id(),
                            after));
        }
        List<Path> inputs = new ArrayList<>(List.of(before, after));
        questionnaire.map(Path::of).ifPresent(inputs::add);
        differentServices(earlier.round(), later.round(), before, after).ifPresent(warnings);
        List<ComparisonReport> reports = new ArrayList<>();
        for (Questionnaire translated :
                ReportAnswers.translations(context, later.questionnaire(), questionnaire, warnings)) {
            reports.add(new ComparisonReport(
                    translated, earlier.in(translated(earlier, translated)), later.in(translated)));
        }
        return new Result(ReportInLanguages.of(reports), inputs);
    }

    /** The earlier round's questionnaire in the language of the later one's translation (answers may be in either). */
    private Questionnaire translated(Read earlier, Questionnaire translated) {
        return earlier.questionnaire().version().equals(translated.version())
                ? translated
                : Catalogue.inLanguage(earlier.questionnaire(), translated.language());
    }

    /**
     * Two rounds of one service each are compared whatever the services' names (a service may be renamed), so two
     * files of different services given by mistake would be compared without a word: this says so.
     */
    private Optional<String> differentServices(Round earlier, Round later, Path before, Path after) {
        if (earlier.services().size() != 1
                || later.services().size() != 1
                || !earlier.hidden().isEmpty()
                || !later.hidden().isEmpty()) {
            return Optional.empty();
        }
        String was = earlier.services().get(0).service();
        String now = later.services().get(0).service();
        return was.equals(now)
                ? Optional.empty()
                : Optional.of(words.get("cli.compare.different-services", was, before, now, after));
    }

    static Round round(String source, Assessment assessment, Questionnaire questionnaire) {
        Scorecard card = Scoring.score(questionnaire, assessment.responses());
        return new Round(
                source,
                questionnaire.id(),
                assessment.questionnaireVersion(),
                List.of(Snapshot.of(assessment.service(), card)),
                List.of(),
                questionnaire.language());
    }

    private Read read(Path file, Optional<String> questionnaire, Consumer<String> warnings) {
        if (FileNames.isYaml(file)) {
            AnswersReader.Result result = AnswersFiles.read(file, questionnaire.orElse(null), words);
            result.warnings().forEach(warnings);
            String source = file
                    + (result.assessment().date().isBlank()
                            ? ""
                            : " (" + result.assessment().date() + ")");
            return new Read(
                    round(source, result.assessment(), result.questionnaire()),
                    result.questionnaire(),
                    Optional.of(result));
        }
        if (FileNames.isJson(file)) {
            Round round = ResultsReader.read(file, words);
            Questionnaire used = questionnaire
                    .map(name -> Catalogue.resolve(name, words))
                    .orElseGet(() -> Catalogue.inLanguage( // the results' language, as the comparison is then
                            Catalogue.builtIn(round.questionnaireId())
                                    .orElseThrow(() -> new UserError(
                                            UserError.Kind.USAGE,
                                            words.get("cli.compare.not-built-in", file, round.questionnaireId()))),
                            round.language()));
            return new Read(round, used, Optional.empty());
        }
        throw new InvalidInputException(Problem.inFile(
                file.toString(),
                !FileNames.isSurveyExport(file)
                        ? words.get("cli.compare.wrong-kind")
                        : words.get(
                                "cli.compare.export",
                                context.commandName(),
                                file,
                                file.getFileName().toString().replaceFirst("\\.[^.]*$", ""))));
    }
}
