package org.coprod.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.coprod.app.AssessmentSession;
import org.coprod.app.UserError;
import org.coprod.interview.Conversation;
import org.coprod.interview.LineConversation;
import org.coprod.interview.TerminalConversation;
import org.coprod.io.yaml.Catalogue;
import org.coprod.report.Style;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "assess", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Answer the questionnaire for one service, alone or with colleagues and people who use the service"
                + " around one screen, and get the report at the end.",
            "Every answer is saved at once, so you can stop at any time (q, or Ctrl-C) and carry on later with --resume.",
            "In a terminal, choose with the arrow keys and Enter, or type a number. Without a terminal, or with --plain,"
                + " it asks line by line."},
        footer = {"", "Examples:",
            "  coprod assess                     # the built-in questionnaire",
            "  coprod assess --service \"Riverside\" --report riverside-report.md",
            "  # carry on later, with the answers file named when you stopped:",
            "  coprod assess --resume riverside-2026-11-22-answers.yaml",
            "  # answers from a file you wrote, one per line:",
            "  coprod assess --plain < my-answers.txt"})
final class AssessCommand extends CommandBase {
    @Parameters(paramLabel = "QUESTIONNAIRE", arity = "0..1",
            description = "A built-in questionnaire's id or a questionnaire file. Default: " + Catalogue.DEFAULT + ".")
    String questionnaire;

    @Option(names = {"-q", "--questionnaire"}, paramLabel = "QUESTIONNAIRE",
            description = "The same as QUESTIONNAIRE, as the other commands take it.")
    String questionnaireOption;

    @Option(names = "--service", paramLabel = "NAME", description = "The service being assessed (asked if not given).")
    String service;

    @Option(names = "--role", paramLabel = "ROLE",
            description = "Who is answering, such as \"service manager\" or \"person who uses the service\" (asked if not given).")
    String role;

    @Option(names = "--name", paramLabel = "NAME", description = "Your name, for the record (optional).")
    String name = "";

    @Option(names = {"-a", "--answers"}, paramLabel = "FILE",
            description = "Where to save the answers. Default: a new file named after the service and today's date.")
    Path answers;

    @Option(names = "--resume", paramLabel = "FILE", description = "Carry on with an answers file saved earlier.")
    Path resume;

    @Option(names = {"-r", "--report"}, paramLabel = "FILE", description = "Also write the report to FILE at the end.")
    Path report;

    @Mixin
    FormatOption format;

    @Option(names = "--plain", description = "Ask line by line, without the full-screen display (for screen readers, or scripts).")
    boolean plain;

    @Option(names = "--width", paramLabel = "COLUMNS", description = "Width of the text in characters (40 to 120). Default: the terminal's width, or 80.")
    Integer width;

    @Override
    public Integer call() throws IOException {
        if (resume != null && answers != null) {
            throw new UserError(UserError.Kind.USAGE, words().get("cli.assess.answers-and-resume"));
        }
        if (questionnaireOption != null) {
            if (questionnaire != null && !questionnaire.equals(questionnaireOption)) {
                throw new UserError(UserError.Kind.USAGE, words().get("cli.assess.questionnaire-twice"));
            }
            questionnaire = questionnaireOption;
        }
        Style style = io().style(width, words());
        AssessmentSession.Request request = new AssessmentSession.Request(Optional.ofNullable(questionnaire),
                Optional.ofNullable(service), Optional.ofNullable(role), name, Optional.ofNullable(answers),
                Optional.ofNullable(resume), Optional.ofNullable(report), format.chosen(report), style);
        boolean fullScreen = io().terminal() && !plain && !"dumb".equals(io().env().getOrDefault("TERM", "dumb"));
        AssessmentSession session = new AssessmentSession(context(), request, io().out(), io().err());
        AssessmentSession.Ending ending = session.run(() -> fullScreen ? Session.terminal(style) : Session.lines(io(), style));
        return ending == AssessmentSession.Ending.INTERRUPTED ? ExitCodes.INTERRUPTED : ExitCodes.OK;
    }

    /** The conversation and whatever it holds open (the terminal). */
    private static final class Session implements AssessmentSession.Talk {
        private final Conversation conversation;
        private final AutoCloseable resource;

        private Session(Conversation conversation, AutoCloseable resource) {
            this.conversation = conversation;
            this.resource = resource;
        }

        static Session lines(Io io, Style style) {
            Reader in = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
            return new Session(new LineConversation(in, io.out(), style.width()), () -> { });
        }

        static Session terminal(Style style) throws IOException {
            Terminal terminal = TerminalBuilder.builder().system(true).build();
            TerminalConversation conversation = new TerminalConversation(terminal, style.colour(), style.unicode());
            return new Session(conversation, conversation);
        }

        @Override
        public Conversation conversation() {
            return conversation;
        }

        @Override
        public boolean fullScreen() {
            return conversation instanceof TerminalConversation;
        }

        @Override
        public void close() {
            try {
                resource.close();
            } catch (Exception e) {
                // closing the terminal only restores its settings; nothing is lost if it fails
            }
        }
    }
}
