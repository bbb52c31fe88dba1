package org.coprod.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(name = "coprod",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        header = "Is what your service does really co-production, or consultation or voice? And what to do next.",
        description = {"", "coprod scores a service against the principles of co-production, tells you where it"
                + " stands (co-production, emerging co-production, voice, consultation, informing or self-organised),"
                + " explains why with the figures, and suggests what to do first.", ""},
        subcommands = {AssessCommand.class, ReportCommand.class, ScoreCommand.class, CompareCommand.class, TemplateCommand.class, ListCommand.class,
            ShowCommand.class, ValidateCommand.class},
        footer = {"", "Examples:",
            "  coprod assess                      the self-assessment, in the terminal",
            "  coprod list                        the questionnaires built in",
            "  coprod show six-principles         read the built-in questionnaire",
            "  coprod score survey.csv            score a survey export, by service",
            "  coprod compare old.yaml new.yaml   what changed between two rounds",
            "  # the report of an answers file:",
            "  coprod report examples/riverside-recovery-college-answers.yaml",
            "",
            "Exit codes: 0 ok, 1 bug in coprod, 2 wrong command line,",
            "3 a file's content is wrong, 4 a file cannot be found, read or written,",
            "130 stopped with Ctrl-C."})
public final class CoprodCommand implements java.util.concurrent.Callable<Integer> {
    private final Io io;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "When something fails, also show the technical details (for reporting a bug).")
    boolean stacktrace;

    public CoprodCommand(Io io) {
        this.io = io;
    }

    public Io io() {
        return io;
    }

    /** How the user runs coprod, for the commands a message suggests: "./coprod" from the launcher in a clone. */
    String commandName() {
        String given = io.env().getOrDefault("COPROD_COMMAND", "");
        return given.matches("[\\w./~-]*coprod") ? given : "coprod";
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** With no command given: show what coprod can do, on stderr, and exit as for a wrong command line. */
    @Override
    public Integer call() {
        spec.commandLine().usage(io.err());
        return ExitCodes.USAGE;
    }
}
