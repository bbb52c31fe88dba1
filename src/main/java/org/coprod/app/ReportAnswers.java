package org.coprod.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
        Words words = context.messages();
        AnswersReader.Result read = AnswersFiles.read(answers, questionnaire.orElse(null), words);
        List<String> warnings = new ArrayList<>(read.warnings());
        List<Questionnaire> translations = new ArrayList<>();
        for (String language : context.reportLanguages(read.questionnaire())) {
            Questionnaire translated =
                    AnswersFiles.inLanguage(read.questionnaire(), questionnaire.orElse(null), language, words);
            untranslated(translated, language, words).ifPresent(warnings::add);
            translations.add(translated);
        }
        List<AssessmentReport> reports = translations.stream()
                .map(translated -> reportIn(translated, read, warnings))
                .toList();
        List<Path> inputs = new ArrayList<>(List.of(answers));
        questionnaire.map(Path::of).ifPresent(inputs::add);
        return new Result(ReportInLanguages.of(reports), warnings, inputs);
    }

    private static AssessmentReport reportIn(Questionnaire translated, AnswersReader.Result read, List<String> notes) {
        // a translation has the same questions and choices; one that does not (a hand-made one) reports as read
        Assessment assessment = Translation.assessment(read.assessment(), read.questionnaire(), translated)
                .orElse(read.assessment());
        Questionnaire scored = assessment == read.assessment() ? read.questionnaire() : translated;
        return new AssessmentReport(assessment, Scoring.score(scored, assessment.responses()), notes);
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
                ReportInLanguages.nameOf(language),
                ReportInLanguages.nameOf(questionnaire.language())));
    }
}
