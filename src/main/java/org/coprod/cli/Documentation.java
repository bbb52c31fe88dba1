package org.coprod.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coprod.core.words.Words;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the man page and the bash (and zsh) completion script from the commands' own definitions, so that they
 * always match the program. The build runs it: {@code Documentation DIR} writes DIR/man/coprod.1 and
 * DIR/completion/coprod.
 */
public final class Documentation {
    static final String MAN_PAGE = "man/coprod.1";
    static final String COMPLETION = "completion/coprod";

    /** Environment variables a user may set, for the man page, with the keys of what they do. */
    private static final String[][] ENVIRONMENT = {
        {"COPROD_JAVA_OPTS", "cli.environment.java-opts"},
        {"NO_COLOR", "cli.environment.no-color"},
        {"COPROD_CHARSET", "cli.environment.charset"},
        {"COLUMNS", "cli.environment.columns"},
    };

    private Documentation() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Documentation OUTPUT-FOLDER");
        }
        CommandLine commandLine = commandLine();
        write(Path.of(args[0]).resolve(MAN_PAGE), manPage(commandLine));
        write(Path.of(args[0]).resolve(COMPLETION), AutoComplete.bash("coprod", commandLine));
    }

    static CommandLine commandLine() {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        return Main.commandLine(new Io(nowhere, nowhere, InputStream.nullInputStream(), Map.of(), false));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The man page, in the man macros of troff, with every command, option and example. */
    static String manPage(CommandLine commandLine) {
        CommandSpec root = commandLine.getCommandSpec();
        String version = VersionProvider.lines()[0];
        List<String> page = new ArrayList<>();
        page.add(".TH COPROD 1 \"\" \"" + escape(version) + "\" \"User Commands\"");
        page.add(".nh"); // no hyphenation: long option names and file names stay whole
        page.add(".ad l");
        page.add(".SH NAME");
        page.add("coprod \\- " + escape(String.join(" ", root.usageMessage().header())));
        page.add(".SH SYNOPSIS");
        page.add(escape(synopsis(root)));
        page.add(".SH DESCRIPTION");
        paragraphs(page, root.usageMessage().description());
        preformatted(page, root.usageMessage().footer());
        page.add(".SH OPTIONS");
        arguments(page, root);
        page.add(".SH COMMANDS");
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            command(page, sub.getCommandSpec());
        }
        page.add(".SH ENVIRONMENT");
        for (String[] variable : ENVIRONMENT) {
            page.add(".TP");
            page.add(".B " + variable[0]);
            page.add(escape(Words.english().get(variable[1]))); // language: the man page is written once, by the build
        }
        return String.join("\n", page) + "\n";
    }

    private static void command(List<String> page, CommandSpec command) {
        page.add(".SS " + escape(command.qualifiedName()));
        page.add(escape(synopsis(command)));
        paragraphs(page, command.usageMessage().description());
        arguments(page, command);
        preformatted(page, command.usageMessage().footer());
    }

    /** picocli's synopsis on one line; troff wraps it. */
    private static String synopsis(CommandSpec command) {
        CommandLine.Help help =
                new CommandLine.Help(command, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        return help.synopsis(0).strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static void arguments(List<String> page, CommandSpec command) {
        for (PositionalParamSpec parameter : command.positionalParameters()) {
            if (!parameter.hidden()) {
                item(page, "\\fI" + escape(parameter.paramLabel()) + "\\fR", parameter);
            }
        }
        for (OptionSpec option : command.options()) {
            if (!option.hidden()) {
                String names = Arrays.stream(option.names())
                        .map(name -> "\\fB" + escape(name) + "\\fR")
                        .collect(Collectors.joining(", "));
                item(
                        page,
                        option.typeInfo().isBoolean() ? names : names + "=\\fI" + escape(option.paramLabel()) + "\\fR",
                        option);
            }
        }
    }

    private static void item(List<String> page, String term, ArgSpec argument) {
        page.add(".TP");
        page.add(term);
        page.add(escape(String.join(" ", argument.description())));
    }

    private static void paragraphs(List<String> page, String[] lines) {
        for (String line : lines) {
            if (!line.isBlank()) {
                page.add(".PP");
                page.add(escape(line));
            }
        }
    }

    /** Lines laid out by hand, such as examples, kept as they are; leading blank lines are dropped. */
    private static void preformatted(List<String> page, String[] lines) {
        List<String> kept = new ArrayList<>(Arrays.asList(lines));
        while (!kept.isEmpty() && kept.get(0).isBlank()) {
            kept.remove(0);
        }
        if (kept.isEmpty()) {
            return;
        }
        page.add(".PP");
        page.add(".nf");
        kept.forEach(line -> page.add(escape(line)));
        page.add(".fi");
    }

    /**
     * Text as troff reads it literally: backslashes and minus signs escaped (so that options copied from the page
     * work), characters outside ASCII as named Unicode escapes, and no line taken for a request.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '\\') {
                escaped.append("\\e");
            } else if (c == '-') {
                escaped.append("\\-");
            } else if (c > 126) {
                escaped.append(String.format("\\[u%04X]", c));
            } else {
                escaped.appendCodePoint(c);
            }
        });
        return escaped.toString().replaceAll("(?m)^([.'])", "\\\\&$1");
    }
}
