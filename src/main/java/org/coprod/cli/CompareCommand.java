package org.coprod.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.coprod.app.CompareRounds;
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

    @Override
    public Integer call() {
        CompareRounds.Result result = new CompareRounds(context()).compare(before, after, Optional.ofNullable(questionnaire),
                warning -> io().err().println("coprod: " + warning));
        output.write(this, format.chosen(output.output).render(result.report(), output.style(this)), result.inputs());
        return ExitCodes.OK;
    }
}
