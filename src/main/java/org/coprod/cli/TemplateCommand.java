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

@Command(name = "template", mixinStandardHelpOptions = true, sortOptions = false)
final class TemplateCommand extends CommandBase {
    @Parameters(
            paramLabel = "QUESTIONNAIRE",
            arity = "0..1",
            defaultValue = Catalogue.DEFAULT,
            descriptionKey = "coprod.template.parameter.questionnaire")
    String questionnaire;

    @Option(names = "--question-text", descriptionKey = "coprod.template.option.question-text")
    boolean questionText;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Questionnaire q = Catalogue.resolve(questionnaire, words());
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
