package org.coprod.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coprod.app.UserError;
import org.coprod.core.words.Words;
import org.coprod.io.FileAccessException;
import org.coprod.io.InvalidInputException;
import org.coprod.io.Problem;
import org.coprod.io.TerminalText;
import org.coprod.text.Suggestions;
import picocli.CommandLine;

/** Entry point. {@link #run} is what tests call; {@link #main} only adds the real streams and the exit. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Charset charset = consoleCharset();
        PrintWriter out = new PrintWriter(
                new OutputStreamWriter(new StandardOutput(new FileOutputStream(FileDescriptor.out)), charset), true);
        PrintWriter err =
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), charset), true);
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset));
        int code = run(new Io(out, err, System.in, System.getenv(), System.console() != null), args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs coprod with captured output, in an environment without a terminal. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new Io(out, err, new java.io.ByteArrayInputStream(new byte[0]), Map.of(), false), args);
    }

    public static int run(Io given, String... args) {
        // every line coprod prints passes the one sanitiser, so no text from a file can steer the terminal
        Io io = new Io(
                TerminalText.filter(given.out()),
                TerminalText.filter(given.err()),
                given.in(),
                given.env(),
                given.terminal());
        int code = runCommand(io, helpAsOption(args));
        io.out().flush();
        io.err().flush();
        if (given.out().checkError()) {
            // a full disk behind standard output: the result is not all there, and must not look so. A pipe closed by
            // its reader (coprod report FILE | head) is what the reader wanted, and is not worth a message.
            if (!StandardOutput.closedByReader) {
                io.err().println("coprod: " + LanguageOption.in(args).get("cli.error.standard-output"));
                io.err().flush();
            }
            return code == ExitCodes.OK ? ExitCodes.FILE_ERROR : code;
        }
        return code;
    }

    private static int runCommand(Io io, String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // answered without building the commands' model, so that it takes hardly longer than starting Java
            return printVersion(io);
        }
        boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
        Words words = LanguageOption.in(args);
        CommandLine commandLine = commandLine(io, args);
        commandLine.setExecutionExceptionHandler(
                (exception, cmd, parseResult) -> report(io, words, exception, stacktrace));
        commandLine.setParameterExceptionHandler((exception, cmdArgs) -> {
            io.err().println("coprod: " + describe(exception, words));
            String command = ((CoprodCommand) commandLine.getCommand()).commandName()
                    + exception
                            .getCommandLine()
                            .getCommandSpec()
                            .qualifiedName()
                            .substring("coprod".length());
            io.err().println(words.get("cli.usage.see-help", command));
            return ExitCodes.USAGE;
        });
        try {
            return commandLine.execute(args);
        } catch (Error error) {
            // picocli hands exceptions to the handler above; errors (out of memory, a broken installation) come here
            return report(io, words, error, stacktrace);
        } finally {
            io.out().flush();
            io.err().flush();
        }
    }

    /** Standard output, which remembers whether a write failed because the program reading it had stopped. */
    private static final class StandardOutput extends FilterOutputStream {
        /** The message of the operating system's EPIPE ("Broken pipe", or "Broken pipe (Write failed)" in older Javas). */
        private static final java.util.regex.Pattern BROKEN_PIPE =
                java.util.regex.Pattern.compile("(?i)broken\\W+pipe");

        static volatile boolean closedByReader;

        StandardOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                closedByReader =
                        BROKEN_PIPE.matcher(String.valueOf(e.getMessage())).lookingAt();
                throw e;
            }
        }
    }

    /** "coprod help" is "coprod --help", and "coprod help score" is "coprod score --help", as many tools allow. */
    static String[] helpAsOption(String... args) {
        if (args.length == 0 || !args[0].equals("help")) {
            return args;
        }
        if (args.length > 1
                && CoprodCommand.COMMANDS.stream()
                        .noneMatch(c -> c.getAnnotation(CommandLine.Command.class)
                                .name()
                                .equals(args[1]))) {
            return Arrays.copyOfRange(args, 1, args.length); // "coprod help scor": say that 'scor' is not a command
        }
        String[] asked = Arrays.copyOf(Arrays.copyOfRange(args, 1, args.length), args.length);
        asked[args.length - 1] = "--help";
        return asked;
    }

    private static int printVersion(Io io) {
        for (String line : VersionProvider.lines()) {
            io.out().println(line);
        }
        io.out().flush();
        return ExitCodes.OK;
    }

    /** picocli's message, or for a misspelt command or option, a plainer one with the likely intended word. */
    private static String describe(CommandLine.ParameterException exception, Words words) {
        if (exception.getCause() instanceof LanguageOption.Unknown unknown) {
            return unknown.getMessage();
        }
        Optional<String> wrongValue = wrongValue(exception, words);
        if (wrongValue.isPresent()) {
            return wrongValue.get();
        }
        if (exception instanceof CommandLine.MissingParameterException missing
                && !missing.getMissing().isEmpty()) {
            return missingValues(missing, words);
        }
        if (exception instanceof CommandLine.OverwrittenOptionException overwritten
                && overwritten.getOverwritten() instanceof CommandLine.Model.OptionSpec option) {
            return words.get("cli.usage.given-twice", option.longestName());
        }
        if (!(exception instanceof CommandLine.UnmatchedArgumentException unmatched)
                || unmatched.getUnmatched().isEmpty()) {
            return exception.getMessage();
        }
        String first = unmatched.getUnmatched().get(0);
        CommandLine.Model.CommandSpec spec = unmatched.getCommandLine().getCommandSpec();
        if (first.startsWith("-")) {
            List<String> options = spec.options().stream()
                    .flatMap(o -> Arrays.stream(o.names()))
                    .toList();
            return words.get(
                    "cli.usage.not-an-option",
                    first,
                    spec.qualifiedName(),
                    Suggestions.didYouMean(words, first.split("=", 2)[0], options));
        }
        if (!spec.subcommands().isEmpty()) {
            return words.get(
                    "cli.usage.not-a-command",
                    first,
                    Suggestions.didYouMean(words, first, spec.subcommands().keySet()),
                    String.join(", ", spec.subcommands().keySet()));
        }
        if (spec.name().equals("report")) {
            return words.get("cli.usage.report-takes-one", first);
        }
        return words.get("cli.usage.unexpected", spec.qualifiedName(), first);
    }

    /** "--format must be one of ...", "--width takes a whole number ...": an option's value that its type refuses. */
    private static Optional<String> wrongValue(CommandLine.ParameterException exception, Words words) {
        if (exception.getCause() == null
                || exception.getValue() == null
                || !(exception.getArgSpec() instanceof CommandLine.Model.OptionSpec option)) {
            return Optional.empty();
        }
        Class<?> type = option.type();
        String value = exception.getValue();
        if (type.isEnum()) {
            List<String> allowed = Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                    .toList();
            return Optional.of(words.get(
                    "cli.usage.one-of",
                    option.longestName(),
                    words.or(allowed),
                    value,
                    Suggestions.didYouMean(words, value, allowed)));
        }
        if (List.of(int.class, Integer.class, long.class, Long.class).contains(type)) {
            return Optional.of(words.get("cli.usage.whole-number", option.longestName(), value));
        }
        if (List.of(double.class, Double.class, float.class, Float.class).contains(type)) {
            return Optional.of(words.get("cli.usage.number", option.longestName(), value));
        }
        return Optional.empty();
    }

    /** "--output must be followed by its value (FILE)", or "'coprod score' needs FILE: survey exports ...". */
    private static String missingValues(CommandLine.MissingParameterException missing, Words words) {
        List<CommandLine.Model.ArgSpec> specs = missing.getMissing();
        if (specs.get(0) instanceof CommandLine.Model.OptionSpec option) {
            // picocli ends its message with the argument it found instead of the value, if there was one
            java.util.regex.Matcher found =
                    java.util.regex.Pattern.compile(".*'(.*)'$").matcher(String.valueOf(missing.getMessage()));
            return found.matches()
                    ? words.get("cli.usage.needs-value-not", option.longestName(), valueLabel(option), found.group(1))
                    : words.get("cli.usage.needs-value", option.longestName(), valueLabel(option));
        }
        String command = missing.getCommandLine().getCommandSpec().qualifiedName();
        // picocli names every missing one in its message ("Missing required parameters: 'BEFORE', 'AFTER'")
        List<String> labels = java.util.regex.Pattern.compile("'([^']+)'")
                .matcher(String.valueOf(missing.getMessage()))
                .results()
                .map(m -> m.group(1))
                .toList();
        if (labels.isEmpty()) {
            labels = specs.stream().map(CommandLine.Model.ArgSpec::paramLabel).toList();
        }
        String needed = words.and(labels);
        String[] description = specs.get(0).description();
        if (labels.size() > 1 || description.length == 0 || description[0].isBlank()) {
            return words.get("cli.usage.needs", command, needed);
        }
        String what = description[0].strip();
        return words.get(
                "cli.usage.needs-what",
                command,
                needed,
                Character.toLowerCase(what.charAt(0)) + what.substring(1) + (what.endsWith(".") ? "" : "."));
    }

    /** " (FILE)": what an option's value stands for, as its help shows it; empty for an option that takes none. */
    private static String valueLabel(CommandLine.Model.ArgSpec spec) {
        return spec == null
                        || spec.paramLabel() == null
                        || spec.paramLabel().isBlank()
                        || spec.arity().max() == 0
                ? ""
                : " (" + spec.paramLabel() + ")";
    }

    /** The commands for these arguments (see {@link CoprodCommand#commandsFor}), or all of them when there are none. */
    static CommandLine commandLine(Io io, String... args) {
        CommandLine commandLine = new CommandLine(new CoprodCommand(io));
        CoprodCommand.commandsFor(args).forEach(commandLine::addSubcommand);
        // after the commands are added, so that they read it too
        commandLine.setResourceBundle(LanguageOption.in(args).bundle("coprod"));
        commandLine.setOut(io.out());
        commandLine.setErr(io.err());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setUsageHelpWidth(Math.max(60, Math.min(100, io.style().width())));
        examplesAsRun(commandLine);
        return commandLine;
    }

    /**
     * The help's examples written as the user runs coprod ("./coprod score ..." from the launcher in a clone), as the
     * messages' suggestions are, so that they run as written.
     */
    private static void examplesAsRun(CommandLine commandLine) {
        String name = ((CoprodCommand) commandLine.getCommand()).commandName();
        if (name.equals("coprod")) {
            return;
        }
        List<CommandLine> all = new java.util.ArrayList<>(List.of(commandLine));
        all.addAll(commandLine.getSubcommands().values());
        for (CommandLine command : all) {
            command.getHelpSectionMap()
                    .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> asRun(help.footer(), name));
        }
    }

    /** Each example's "coprod" as {@code name}, and the lines continuing it (after a "\") moved along to match. */
    static String asRun(String examples, String name) {
        String shift = " ".repeat(Math.max(0, name.length() - "coprod".length()));
        StringBuilder out = new StringBuilder();
        boolean continued = false;
        for (String line : examples.split("\n", -1)) {
            String example =
                    line.replaceFirst("^(\\s+)coprod ", "$1" + java.util.regex.Matcher.quoteReplacement(name) + " ");
            boolean renamed = !example.equals(line);
            out.append(continued ? shift + line : example).append('\n');
            continued = (renamed || continued) && line.endsWith("\\");
        }
        return out.substring(0, out.length() - 1);
    }

    static int report(Io io, Words words, Throwable exception, boolean stacktrace) {
        int code;
        if (exception instanceof InvalidInputException invalid) {
            for (Problem problem : invalid.problems()) {
                io.err().println("coprod: " + problem);
            }
            code = ExitCodes.INVALID_INPUT;
        } else if (exception instanceof FileAccessException file) {
            io.err().println("coprod: " + file.getMessage());
            code = ExitCodes.FILE_ERROR;
        } else if (exception instanceof OutOfMemoryError) {
            io.err().println("coprod: " + words.get("cli.error.out-of-memory"));
            code = ExitCodes.INTERNAL_ERROR;
        } else if (exception instanceof UserError user) {
            io.err().println("coprod: " + user.getMessage());
            code = ExitCodes.of(user.kind());
        } else {
            io.err().println("coprod: " + words.get("cli.error.bug", exception));
            code = ExitCodes.INTERNAL_ERROR;
        }
        if (stacktrace) {
            StringWriter trace = new StringWriter();
            exception.printStackTrace(new PrintWriter(trace));
            io.err().print(trace);
        }
        return code;
    }

    private static Charset consoleCharset() {
        String name = System.getProperty(
                "stdout.encoding",
                System.getProperty("sun.stdout.encoding", System.getProperty("native.encoding", "UTF-8")));
        try {
            Charset charset = Charset.forName(name);
            return charset.name().startsWith("US-ASCII") || charset.name().startsWith("ANSI")
                    ? StandardCharsets.UTF_8
                    : charset;
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
