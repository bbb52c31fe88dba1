package org.coprod.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.coprod.app.CompareRounds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false)
final class CompareCommand extends CommandBase {
    @Parameters(index = "0", paramLabel = "BEFORE", descriptionKey = "coprod.compare.parameter.before")
    Path before;

    @Parameters(index = "1", paramLabel = "AFTER", descriptionKey = "coprod.compare.parameter.after")
    Path after;

    @Option(
            names = {"-q", "--questionnaire"},
            paramLabel = "QUESTIONNAIRE",
            descriptionKey = "coprod.compare.option.questionnaire")
    String questionnaire;

    @Mixin
    FormatOption format;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        CompareRounds.Result result = new CompareRounds(context())
                .compare(
                        before,
                        after,
                        Optional.ofNullable(questionnaire),
                        warning -> io().err().println("coprod: " + warning));
        output.write(this, format.chosen(output.output).render(result.report(), output.style(this)), result.inputs());
        return ExitCodes.OK;
    }
}
