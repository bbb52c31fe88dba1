package org.coprod.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.coprod.app.ReportAnswers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false)
final class ReportCommand extends CommandBase {
    @Parameters(paramLabel = "ANSWERS.yaml", descriptionKey = "coprod.report.parameter.answers")
    Path answers;

    @Option(
            names = {"-q", "--questionnaire"},
            paramLabel = "QUESTIONNAIRE",
            descriptionKey = "coprod.report.option.questionnaire")
    String questionnaire;

    @Mixin
    FormatOption format;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        ReportAnswers.Result result = new ReportAnswers(context()).report(answers, Optional.ofNullable(questionnaire));
        result.warnings().forEach(w -> io().err().println("coprod: " + w));
        output.write(this, format.chosen(output.output).render(result.report(), output.style(this)), result.inputs());
        return ExitCodes.OK;
    }
}
