package org.coprod.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.scoring.Round;
import org.coprod.core.scoring.Scorecard;
import org.coprod.core.scoring.Scoring;
import org.coprod.core.scoring.Snapshot;
import org.coprod.io.FileNames;
import org.coprod.io.InvalidInputException;
import org.coprod.io.Problem;
import org.coprod.io.json.ResultsReader;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.io.yaml.Catalogue;
import org.coprod.report.ComparisonReport;

/** What changed between two rounds of one questionnaire: two answers files, or two results of scoring exports. */
public final class CompareRounds {
    private final Context context;

    public CompareRounds(Context context) {
        this.context = context;
    }

    /** The comparison, and the files read, which it must never be written over. */
    public record Result(ComparisonReport report, List<Path> inputs) {
        public Result {
            inputs = List.copyOf(inputs);
        }
    }

    /** A round as read, with the questionnaire it was given to. */
    private record Read(Round round, Questionnaire questionnaire) {}

    /**
     * Compares the rounds; {@code warnings} hears, as they are found, what was odd about them but did not stop the
     * comparison.
     */
    public Result compare(Path before, Path after, Optional<String> questionnaire, Consumer<String> warnings) {
        Read earlier = read(before, questionnaire, warnings);
        Read later = read(after, questionnaire, warnings);
        if (!earlier.questionnaire().id().equals(later.questionnaire().id())) {
            throw new UserError(UserError.Kind.INVALID_INPUT, "The two rounds used different questionnaires ('" + earlier.questionnaire().id()
                    + "' in " + before + ", '" + later.questionnaire().id() + "' in " + after + "), so their figures cannot be compared.");
        }
        List<Path> inputs = new ArrayList<>(List.of(before, after));
        questionnaire.map(Path::of).ifPresent(inputs::add);
        differentServices(earlier.round(), later.round(), before, after).ifPresent(warnings);
        return new Result(new ComparisonReport(later.questionnaire(), earlier.round(), later.round()), inputs);
    }

    /**
     * Two rounds of one service each are compared whatever the services' names (a service may be renamed), so two
     * files of different services given by mistake would be compared without a word: this says so.
     */
    private static Optional<String> differentServices(Round earlier, Round later, Path before, Path after) {
        if (earlier.services().size() != 1 || later.services().size() != 1 || !earlier.hidden().isEmpty()
                || !later.hidden().isEmpty()) {
            return Optional.empty();
        }
        String was = earlier.services().get(0).service();
        String now = later.services().get(0).service();
        return was.equals(now) ? Optional.empty() : Optional.of("the two rounds are of different services"
                + " ('" + was + "' in " + before + ", '" + now + "' in " + after + "); they are compared as one service that"
                + " changed its name. If that is not what you meant, give two rounds of the same service.");
    }

    private Read read(Path file, Optional<String> questionnaire, Consumer<String> warnings) {
        if (FileNames.isYaml(file)) {
            AnswersReader.Result result = AnswersFiles.read(file, questionnaire.orElse(null));
            result.warnings().forEach(warnings);
            Scorecard card = Scoring.score(result.questionnaire(), result.assessment().responses());
            String source = file + (result.assessment().date().isBlank() ? "" : " (" + result.assessment().date() + ")");
            return new Read(new Round(source, result.questionnaire().id(), result.assessment().questionnaireVersion(),
                    List.of(Snapshot.of(result.assessment().service(), card)), List.of()), result.questionnaire());
        }
        if (FileNames.isJson(file)) {
            Round round = ResultsReader.read(file);
            Questionnaire used = questionnaire.map(Catalogue::resolve)
                    .orElseGet(() -> Catalogue.builtIn(round.questionnaireId()).orElseThrow(() -> new UserError(UserError.Kind.USAGE, file
                            + " was scored with the questionnaire '" + round.questionnaireId() + "', which is not built in: name its file"
                            + " with --questionnaire FILE.")));
            return new Read(round, used);
        }
        boolean export = FileNames.isSurveyExport(file);
        throw new InvalidInputException(Problem.inFile(file.toString(), (export ? "this looks like a survey export; " : "")
                + "compare takes answers files (.yaml) or results of 'coprod score --format json' (.json)." + (export
                        ? " Score each survey export first: '" + context.commandName() + " score " + file + " -o "
                                + file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + "-results.json'." : "")));
    }
}
