package org.coprod.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.coprod.core.model.Assessment;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Translation;
import org.coprod.core.scoring.Scoring;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.report.AssessmentReport;
import org.coprod.report.Report;

/**
 * The report of one answers file: scored against the questionnaire it names, or the one given instead, in the
 * language asked for (in each, with {@code --language cy,en}), or else the one the answers were given in. An answers
 * file records which choice each answer is, so answers given in Welsh report in English and the other way round.
 */
public final class ReportAnswers {
    private final Context context;

    public ReportAnswers(Context context) {
        this.context = context;
    }

    /**
     * @param report the report, holding the warnings too: one {@link AssessmentReport}, or a {@link
     *     ReportInLanguages} of one per language
     * @param warnings what was odd about the answers file, but did not stop it being scored
     * @param inputs the files read, which the report must never be written over
     */
    public record Result(Report report, List<String> warnings, List<Path> inputs) {
        public Result {
            warnings = List.copyOf(warnings);
            inputs = List.copyOf(inputs);
        }
    }

    public Result report(Path answers, Optional<String> questionnaire) {
        AnswersReader.Result read = AnswersFiles.read(answers, questionnaire.orElse(null), context.messages());
        List<String> warnings = new ArrayList<>(read.warnings());
        Report report = inLanguages(read.assessment(), read.questionnaire(), questionnaire, warnings);
        List<Path> inputs = new ArrayList<>(List.of(answers));
        questionnaire.map(Path::of).ifPresent(inputs::add);
        return new Result(report, warnings, inputs);
    }

    /**
     * The report of an assessment in every language asked for (or else in its questionnaire's own): one {@link
     * AssessmentReport}, or a {@link ReportInLanguages} of one per language.
     *
     * @param questionnaireOption the questionnaire given with --questionnaire, whose translations are found beside it
     * @param notes what the report says first, a list that can be added to: a language the questionnaire is not in is
     *     added to it
     */
    public Report inLanguages(
            Assessment assessment,
            Questionnaire questionnaire,
            Optional<String> questionnaireOption,
            List<String> notes) {
        List<Questionnaire> translations = translations(context, questionnaire, questionnaireOption, notes::add);
        return ReportInLanguages.of(translations.stream()
                .map(translated -> reportIn(translated, assessment, questionnaire, notes))
                .toList());
    }

    /**
     * The questionnaire in each language asked for (or else in its own), each language once: a language it is not in
     * is said in {@code notes}, and its report is not written twice in the questionnaire's own language.
     */
    static List<Questionnaire> translations(
            Context context,
            Questionnaire questionnaire,
            Optional<String> questionnaireOption,
            Consumer<String> notes) {
        Words words = context.messages();
        List<Questionnaire> translations = new ArrayList<>();
        for (String language : context.reportLanguages(questionnaire)) {
            Questionnaire translated =
                    AnswersFiles.inLanguage(questionnaire, questionnaireOption.orElse(null), language, words);
            untranslated(translated, language, words).ifPresent(notes);
            if (translations.stream().noneMatch(t -> t.language().equals(translated.language()))) {
                translations.add(translated);
            }
        }
        return translations;
    }

    private static AssessmentReport reportIn(
            Questionnaire translated, Assessment given, Questionnaire questionnaire, List<String> notes) {
        // a translation has the same questions and choices; one that does not (a hand-made one) reports as given
        Optional<Assessment> assessment = Translation.assessment(given, questionnaire, translated);
        Questionnaire scored = assessment.isPresent() ? translated : questionnaire;
        Assessment answers = assessment.orElse(given);
        return new AssessmentReport(answers, Scoring.score(scored, answers.responses()), notes);
    }

    /** "There is no Welsh version of ...": said when a language was asked for that the questionnaire is not in. */
    static Optional<String> untranslated(Questionnaire questionnaire, String language, Words words) {
        if (Locale.forLanguageTag(questionnaire.language())
                .getLanguage()
                .equals(Locale.forLanguageTag(language).getLanguage())) {
            return Optional.empty();
        }
        return Optional.of(words.get(
                "cli.language.no-translation",
                questionnaire.id(),
                questionnaire.version(),
                ReportInLanguages.nameIn(language, words.locale()),
                ReportInLanguages.nameIn(questionnaire.language(), words.locale())));
    }
}
