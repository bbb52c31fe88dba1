package org.coprod.cli;

import java.util.Arrays;
import java.util.List;
import org.coprod.app.Context;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
        footer = {"", "Examples:",
            "  coprod assess                    # the self-assessment, in the terminal",
            "  coprod list                      # the questionnaires built in",
            "  coprod show six-principles       # read the built-in questionnaire",
            "  coprod help score                # one command's options, with examples",
            "  # the report of an answers file:",
            "  coprod report examples/riverside-recovery-college-answers.yaml",
            "  # score a survey export, service by service:",
            "  coprod score examples/exports/google-forms.csv",
            "  # what changed between two rounds:",
            "  coprod compare examples/riverside-recovery-college-answers-2025.yaml \\",
            "                 examples/riverside-recovery-college-answers.yaml",
            "",
            "Exit codes: 0 ok, 1 bug in coprod, 2 wrong command line,",
            "3 a file's content is wrong, 4 a file cannot be found, read or written,",
            "130 stopped with Ctrl-C."})
public final class CoprodCommand implements java.util.concurrent.Callable<Integer> {
    /** The commands, in the order the help lists them (see {@link #commandsFor}). */
    static final List<Class<? extends CommandBase>> COMMANDS = List.of(AssessCommand.class, ReportCommand.class,
            ScoreCommand.class, CompareCommand.class, TemplateCommand.class, ListCommand.class, ShowCommand.class,
            ValidateCommand.class);

    private final Io io;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "When something fails, also show the technical details (for reporting a bug).")
    boolean stacktrace;

    @Mixin
    LanguageOption language;

    public CoprodCommand(Io io) {
        this.io = io;
    }

    public Io io() {
        return io;
    }

    Context context() {
        return new Context(commandName(), language.chosen());
    }

    /** How the user runs coprod, for the commands a message suggests: "./coprod" from the launcher in a clone. */
    String commandName() {
        String given = io.env().getOrDefault("COPROD_COMMAND", "");
        return given.matches("[\\w./~-]*coprod") ? given : "coprod";
    }

    /**
     * The commands a command line needs: only the one it names, when it names one, because picocli takes milliseconds
     * to read each command's options; otherwise all of them (for the help, and to suggest the nearest name).
     */
    static List<Class<? extends CommandBase>> commandsFor(String... args) {
        String named = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst().orElse("");
        return COMMANDS.stream().filter(command -> command.getAnnotation(Command.class).name().equals(named))
                .findFirst().map(List::<Class<? extends CommandBase>>of).orElse(COMMANDS);
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
