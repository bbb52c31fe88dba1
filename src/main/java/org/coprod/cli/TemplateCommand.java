package org.coprod.cli;

import java.util.ArrayList;
import java.util.List;
import org.coprod.app.Inputs;
import org.coprod.core.model.Question;
import org.coprod.core.model.Questionnaire;
import org.coprod.io.yaml.Catalogue;
import org.coprod.report.Csv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "template", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write an empty survey sheet (CSV) with the columns 'coprod score' expects: Service, Role, then one"
                + " column per question, headed by its id.",
            "Build your survey to match, or paste answers into it; answers may be labels (\"Often\") or numbers."},
        footer = {"", "Examples:", "  coprod template > survey.csv", "  coprod template --question-text --output survey.csv"})
final class TemplateCommand extends CommandBase {
    @Parameters(paramLabel = "QUESTIONNAIRE", arity = "0..1", defaultValue = Catalogue.DEFAULT,
            description = "A built-in questionnaire's id or a questionnaire file. Default: ${DEFAULT-VALUE}.")
    String questionnaire;

    @Option(names = "--question-text", description = "Head the columns with the question texts instead of their ids.")
    boolean questionText;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Questionnaire q = Catalogue.resolve(questionnaire);
        List<String> header = new ArrayList<>(List.of("Service", "Role"));
        for (Question question : q.questions()) {
            header.add(questionText ? question.text() : question.id());
        }
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, header);
        output.write(this, csv.toString(), Inputs.questionnaireFile(questionnaire));
        return ExitCodes.OK;
    }
}
