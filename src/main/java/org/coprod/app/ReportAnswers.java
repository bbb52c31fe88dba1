package org.coprod.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coprod.core.scoring.Scorecard;
import org.coprod.core.scoring.Scoring;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.report.AssessmentReport;

/** The report of one answers file: scored against the questionnaire it names, or the one given instead. */
public final class ReportAnswers {
    private final Context context;

    public ReportAnswers(Context context) {
        this.context = context;
    }

    /**
     * @param report the report, holding the warnings too
     * @param warnings what was odd about the answers file, but did not stop it being scored
     * @param inputs the files read, which the report must never be written over
     */
    public record Result(AssessmentReport report, List<String> warnings, List<Path> inputs) {
        public Result {
            warnings = List.copyOf(warnings);
            inputs = List.copyOf(inputs);
        }
    }

    public Result report(Path answers, Optional<String> questionnaire) {
        AnswersReader.Result read = AnswersFiles.read(answers, questionnaire.orElse(null), context.messages());
        Scorecard card = Scoring.score(read.questionnaire(), read.assessment().responses());
        List<Path> inputs = new ArrayList<>(List.of(answers));
        questionnaire.map(Path::of).ifPresent(inputs::add);
        return new Result(new AssessmentReport(read.assessment(), card, read.warnings()), read.warnings(), inputs);
    }
}
