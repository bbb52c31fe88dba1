package org.coprod.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coprod.core.model.Questionnaire;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare two rounds of the same questionnaire: what got better, what got worse, and whether the"
                + " verdict moved. Give two answers files of one service, or two results of 'coprod score --format json'"
                + " (every service found in both is compared)."},
        footer = {"", "Examples:",
            "  coprod compare examples/riverside-recovery-college-answers-2025.yaml \\",
            "                 examples/riverside-recovery-college-answers.yaml",
            "  # two rounds of a survey: score each into a results file, then compare:",
            "  coprod score examples/exports/google-forms.csv -o round1.json",
            "  coprod score examples/exports/qualtrics.csv -o round2.json",
            "  coprod compare round1.json round2.json -o change.html"})
final class CompareCommand extends CommandBase {
    @Parameters(index = "0", paramLabel = "BEFORE", description = "The earlier round: an answers file (.yaml) or results (.json).")
    Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The later round, of the same kind.")
    Path after;

    @Option(names = {"-q", "--questionnaire"}, paramLabel = "QUESTIONNAIRE",
            description = "The questionnaire both rounds used, when it is not built in: a file or a built-in id.")
    String questionnaire;

    @Mixin
    FormatOption format;

    @Mixin
    OutputOptions output;

    /** A round as read, with the questionnaire it was given to. */
    private record Read(Round round, Questionnaire questionnaire) {}

    @Override
    public Integer call() {
        Read earlier = read(before);
        Read later = read(after);
        if (!earlier.questionnaire().id().equals(later.questionnaire().id())) {
            throw new UserError(ExitCodes.INVALID_INPUT, "The two rounds used different questionnaires ('" + earlier.questionnaire().id()
                    + "' in " + before + ", '" + later.questionnaire().id() + "' in " + after + "), so their figures cannot be compared.");
        }
        List<Path> inputs = new ArrayList<>(List.of(before, after));
        if (questionnaire != null) {
            inputs.add(Path.of(questionnaire));
        }
        differentServices(earlier.round(), later.round()).ifPresent(note -> io().err().println("coprod: " + note));
        ComparisonReport report = new ComparisonReport(later.questionnaire(), earlier.round(), later.round());
        output.write(io(), format.chosen(output.output).render(report, output.style(io())), inputs);
        return ExitCodes.OK;
    }

    /**
     * Two rounds of one service each are compared whatever the services' names (a service may be renamed), so two
     * files of different services given by mistake would be compared without a word: this says so.
     */
    private Optional<String> differentServices(Round earlier, Round later) {
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

    private Read read(Path file) {
        if (FileNames.isYaml(file)) {
            AnswersReader.Result result = AnswersFiles.read(file, questionnaire);
            result.warnings().forEach(w -> io().err().println("coprod: " + w));
            Scorecard card = Scoring.score(result.questionnaire(), result.assessment().responses());
            String source = file + (result.assessment().date().isBlank() ? "" : " (" + result.assessment().date() + ")");
            return new Read(new Round(source, result.questionnaire().id(), result.assessment().questionnaireVersion(),
                    List.of(Snapshot.of(result.assessment().service(), card)), List.of()), result.questionnaire());
        }
        if (FileNames.isJson(file)) {
            Round round = ResultsReader.read(file, Words.english());
            Questionnaire used = questionnaire != null ? Catalogue.resolve(questionnaire, Words.english())
                    : Catalogue.builtIn(round.questionnaireId()).orElseThrow(() -> new UserError(ExitCodes.USAGE, file
                            + " was scored with the questionnaire '" + round.questionnaireId() + "', which is not built in: name its file"
                            + " with --questionnaire FILE."));
            return new Read(round, used);
        }
        boolean export = FileNames.isSurveyExport(file);
        throw new InvalidInputException(Problem.inFile(file.toString(), (export ? "this looks like a survey export; " : "")
                + "compare takes answers files (.yaml) or results of 'coprod score --format json' (.json)." + (export
                        ? " Score each survey export first: '" + root.commandName() + " score " + file + " -o "
                                + file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + "-results.json'." : "")));
    }
}
