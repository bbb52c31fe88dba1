package org.coprod.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coprod.app.ReportFormat;
import org.coprod.app.UserError;
import org.coprod.core.model.Questionnaire;
import org.coprod.io.yaml.Catalogue;
import org.coprod.report.QuestionnaireDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false)
final class ShowCommand extends CommandBase {
    @Parameters(
            paramLabel = "QUESTIONNAIRE",
            arity = "0..1",
            defaultValue = Catalogue.DEFAULT,
            descriptionKey = "coprod.show.parameter.questionnaire")
    String questionnaire;

    @Mixin
    FormatOption format;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Questionnaire q = Catalogue.resolve(questionnaire, words());
        List<Path> inputs = new ArrayList<>();
        if (!Catalogue.BUILT_IN.contains(questionnaire)) {
            inputs.add(Path.of(questionnaire));
        }
        ReportFormat chosen = format.chosen(output.output);
        if (!chosen.isDocument()) {
            throw new UserError(
                    UserError.Kind.USAGE,
                    words().get("cli.show.not-a-document", chosen.name().toLowerCase(java.util.Locale.ROOT)));
        }
        output.write(this, chosen.render(QuestionnaireDescription.build(q), output.style(this)), inputs);
        return ExitCodes.OK;
    }
}
