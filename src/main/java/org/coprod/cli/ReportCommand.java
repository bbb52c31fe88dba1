package org.coprod.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.coprod.app.ReportAnswers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score an answers file and show the verdict, why, what to do first, and every figure behind it.",
        footer = {"", "Examples:",
            "  coprod report examples/riverside-recovery-college-answers.yaml",
            "  # as a file to share: Markdown, or a page with charts to print:",
            "  coprod report examples/northgate-tenants-panel-answers.yaml -o report.md",
            "  coprod report examples/northgate-tenants-panel-answers.yaml -o report.html"})
final class ReportCommand extends CommandBase {
    @Parameters(paramLabel = "ANSWERS.yaml", description = "An answers file, as written by 'coprod assess' or by hand.")
    Path answers;

    @Option(names = {"-q", "--questionnaire"}, paramLabel = "QUESTIONNAIRE",
            description = "The questionnaire the answers were given to, when it is not built in: a file or a built-in id.")
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
