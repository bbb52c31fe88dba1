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
import org.coprod.core.words.Words;
import org.coprod.interview.Conversation;
import org.coprod.interview.LineConversation;
import org.coprod.interview.TerminalConversation;
import org.coprod.report.Style;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "assess", mixinStandardHelpOptions = true, sortOptions = false)
final class AssessCommand extends CommandBase {
    @Parameters(paramLabel = "QUESTIONNAIRE", arity = "0..1", descriptionKey = "coprod.assess.parameter.questionnaire")
    String questionnaire;

    @Option(
            names = {"-q", "--questionnaire"},
            paramLabel = "QUESTIONNAIRE",
            descriptionKey = "coprod.assess.option.questionnaire")
    String questionnaireOption;

    @Option(names = "--service", paramLabel = "NAME", descriptionKey = "coprod.assess.option.service")
    String service;

    @Option(names = "--role", paramLabel = "ROLE", descriptionKey = "coprod.assess.option.role")
    String role;

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "coprod.assess.option.name")
    String name = "";

    @Option(
            names = {"-a", "--answers"},
            paramLabel = "FILE",
            descriptionKey = "coprod.assess.option.answers")
    Path answers;

    @Option(names = "--resume", paramLabel = "FILE", descriptionKey = "coprod.assess.option.resume")
    Path resume;

    @Option(
            names = {"-r", "--report"},
            paramLabel = "FILE",
            descriptionKey = "coprod.assess.option.report")
    Path report;

    @Mixin
    FormatOption format;

    @Option(names = "--plain", descriptionKey = "coprod.assess.option.plain")
    boolean plain;

    @Option(names = "--width", paramLabel = "COLUMNS", descriptionKey = "coprod.option.width")
    Integer width;

    @Override
    public Integer call() throws IOException {
        if (resume != null && answers != null) {
            throw new UserError(UserError.Kind.USAGE, words().get("cli.assess.answers-and-resume"));
        }
        if (resume != null && (service != null || role != null)) {
            throw new UserError(UserError.Kind.USAGE, words().get("cli.assess.resume-keeps-service"));
        }
        if (questionnaireOption != null) {
            if (questionnaire != null && !questionnaire.equals(questionnaireOption)) {
                throw new UserError(UserError.Kind.USAGE, words().get("cli.assess.questionnaire-twice"));
            }
            questionnaire = questionnaireOption;
        }
        Style style = io().style(width, words());
        AssessmentSession.Request request = new AssessmentSession.Request(
                Optional.ofNullable(questionnaire),
                Optional.ofNullable(service),
                Optional.ofNullable(role),
                name,
                Optional.ofNullable(answers),
                Optional.ofNullable(resume),
                Optional.ofNullable(report),
                Optional.ofNullable(format.format),
                style,
                !io().terminal());
        boolean fullScreen =
                io().terminal() && !plain && !"dumb".equals(io().env().getOrDefault("TERM", "dumb"));
        AssessmentSession session = new AssessmentSession(context(), request, io().out(), io().err());
        AssessmentSession.Ending ending =
                session.run(words -> fullScreen ? Session.terminal(style, words) : Session.lines(io(), style, words));
        return switch (ending) {
            case INTERRUPTED -> ExitCodes.INTERRUPTED;
            case SCRIPT_UNFINISHED -> ExitCodes.INVALID_INPUT;
            default -> ExitCodes.OK;
        };
    }

    /** The conversation and whatever it holds open (the terminal). */
    private static final class Session implements AssessmentSession.Talk {
        private final Conversation conversation;
        private final AutoCloseable resource;

        private Session(Conversation conversation, AutoCloseable resource) {
            this.conversation = conversation;
            this.resource = resource;
        }

        static Session lines(Io io, Style style, Words words) {
            Reader in = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
            LineConversation.Source source =
                    io.terminal() ? LineConversation.Source.PERSON : LineConversation.Source.SCRIPT;
            return new Session(new LineConversation(in, io.out(), style.width(), words, source), () -> {});
        }

        static Session terminal(Style style, Words words) throws IOException {
            Terminal terminal = TerminalBuilder.builder().system(true).build();
            TerminalConversation conversation =
                    new TerminalConversation(terminal, style.colour(), style.unicode(), words);
            return new Session(conversation, conversation);
        }

        @Override
        public Conversation conversation() {
            return conversation;
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
