package org.coprod.cli;

import java.nio.file.Path;
import java.util.List;
import org.coprod.app.AnswersFiles;
import org.coprod.core.model.Questionnaire;
import org.coprod.io.FileAccessException;
import org.coprod.io.FileNames;
import org.coprod.io.InvalidInputException;
import org.coprod.io.Problem;
import org.coprod.io.TextFiles;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.io.yaml.QuestionnaireReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false)
final class ValidateCommand extends CommandBase {
    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "coprod.validate.parameter.file")
    List<Path> files;

    @Option(
            names = {"-q", "--questionnaire"},
            paramLabel = "QUESTIONNAIRE",
            descriptionKey = "coprod.validate.option.questionnaire")
    String questionnaire;

    @Override
    public Integer call() {
        int worst = ExitCodes.OK;
        for (Path file : files) {
            worst = Math.max(worst, check(file));
        }
        if (files.size() > 1) {
            io().err()
                    .println(
                            worst == ExitCodes.OK
                                    ? words().count("cli.validate.all-valid", files.size())
                                    : words().get("cli.validate.some-invalid"));
        }
        return worst;
    }

    private int check(Path file) {
        if (FileNames.isSurveyExport(file)) {
            io().err().println("coprod: " + words().get("cli.validate.survey-export", file));
            return ExitCodes.USAGE;
        }
        try {
            String text = TextFiles.read(file, words());
            if (AnswersReader.looksLikeAnswers(file.toString(), text, words())) {
                AnswersReader.Result result = AnswersFiles.read(file, questionnaire, words());
                result.warnings().forEach(w -> io().err().println("coprod: " + w));
                io().out()
                        .println(words().count(
                                        "cli.validate.valid-answers",
                                        result.assessment().responses().size(),
                                        file,
                                        result.questionnaire().id(),
                                        result.questionnaire().version(),
                                        result.assessment().service()));
            } else {
                Questionnaire q = QuestionnaireReader.parse(file.toString(), text, words());
                io().out()
                        .println(words().get(
                                        "cli.validate.valid-questionnaire",
                                        file,
                                        q.id(),
                                        q.version(),
                                        words().count(
                                                        "cli.validate.sections",
                                                        q.sections().size()),
                                        words().count(
                                                        "cli.validate.questions",
                                                        q.questions().size())));
            }
            return ExitCodes.OK;
        } catch (InvalidInputException invalid) {
            for (Problem problem : invalid.problems()) {
                io().err().println("coprod: " + problem);
            }
            io().err()
                    .println(words().count(
                                    "cli.validate.problems", invalid.problems().size(), file));
            return ExitCodes.INVALID_INPUT;
        } catch (FileAccessException missing) {
            io().err().println("coprod: " + missing.getMessage());
            return ExitCodes.FILE_ERROR;
        }
    }
}
