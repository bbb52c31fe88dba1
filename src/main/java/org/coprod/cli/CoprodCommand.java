package org.coprod.cli;

import java.util.Arrays;
import java.util.List;
import org.coprod.app.Context;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(name = "coprod", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false)
public final class CoprodCommand implements java.util.concurrent.Callable<Integer> {
    /** The commands, in the order the help lists them (see {@link #commandsFor}). */
    static final List<Class<? extends CommandBase>> COMMANDS = List.of(
            AssessCommand.class,
            ReportCommand.class,
            ScoreCommand.class,
            CompareCommand.class,
            TemplateCommand.class,
            ListCommand.class,
            ShowCommand.class,
            ValidateCommand.class);

    private final Io io;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, descriptionKey = "coprod.option.stacktrace")
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
        return new Context(commandName(), language.chosen(), language.all());
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
        String named = Arrays.stream(args)
                .filter(arg -> !arg.startsWith("-"))
                .findFirst()
                .orElse("");
        return COMMANDS.stream()
                .filter(command -> command.getAnnotation(Command.class).name().equals(named))
                .findFirst()
                .map(List::<Class<? extends CommandBase>>of)
                .orElse(COMMANDS);
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
