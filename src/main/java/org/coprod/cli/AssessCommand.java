package org.coprod.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.coprod.core.model.Assessment;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Respondent;
import org.coprod.core.scoring.Scorecard;
import org.coprod.core.scoring.Scoring;
import org.coprod.core.words.Words;
import org.coprod.interview.Conversation;
import org.coprod.interview.InterruptedByUser;
import org.coprod.interview.Interview;
import org.coprod.interview.LineConversation;
import org.coprod.interview.TerminalConversation;
import org.coprod.io.OutputFiles;
import org.coprod.io.OutputGuard;
import org.coprod.io.WriterLock;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.io.yaml.Catalogue;
import org.coprod.report.AssessmentReport;
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
    private static final String BEGIN = "Press Enter to begin.";

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
            throw new UserError(ExitCodes.USAGE, "Use either --answers (to start a new file) or --resume (to carry on), not both.");
        }
        if (questionnaireOption != null) {
            if (questionnaire != null && !questionnaire.equals(questionnaireOption)) {
                throw new UserError(ExitCodes.USAGE, "Give the questionnaire once: either QUESTIONNAIRE or --questionnaire.");
            }
            questionnaire = questionnaireOption;
        }
        if (report != null) {
            // found now, not after the last answer
            OutputGuard.check(report, sessionInputs(), Words.english());
            refuseReportOver(answers);
        }
        try (WriterLock lock = resume == null ? null : WriterLock.acquire(resume, Words.english())) {
            return resumeOrStart();
        }
    }

    private void refuseReportOver(Path answersFile) {
        if (OutputGuard.sameFile(answersFile, report)) {
            throw new UserError(ExitCodes.USAGE, "--report names the answers file (" + report + "); give the report its own file.");
        }
    }

    /** The files a session reads: none of them may be written over by its report. */
    private List<Path> sessionInputs() {
        List<Path> inputs = new ArrayList<>(Inputs.questionnaireFile(questionnaire));
        Optional.ofNullable(resume).ifPresent(inputs::add);
        return inputs;
    }

    private int resumeOrStart() throws IOException {
        Optional<AnswersReader.Result> resumed = resume == null ? Optional.empty()
                : Optional.of(AnswersFiles.read(resume, questionnaire));
        Questionnaire q = resumed.map(AnswersReader.Result::questionnaire)
                .orElseGet(() -> Catalogue.resolve(questionnaire == null ? Catalogue.DEFAULT : questionnaire, Words.english()));
        if (answers != null && Files.exists(answers)) {
            throw refuseToOverwrite(answers);
        }
        Style style = io().style(width);
        boolean fullScreen = io().terminal() && !plain && !"dumb".equals(io().env().getOrDefault("TERM", "dumb"));
        Words words = Words.forTag(q.language()); // the interview speaks the questionnaire's language
        try (Session session = fullScreen ? Session.terminal(style, words) : Session.lines(io(), style, words)) {
            return run(session.conversation, q, resumed, style, words);
        } catch (InterruptedByUser e) {
            // Ctrl-C before the first question: during the questions, run() has already said where the answers are
            io().err().println();
            io().err().println(resume != null ? "coprod: " + stoppedMessage(resume)
                    : "coprod: stopped before the assessment began; nothing was saved.");
            return ExitCodes.INTERRUPTED;
        }
    }

    private int run(Conversation conversation, Questionnaire q, Optional<AnswersReader.Result> resumed, Style style,
            Words words) {
        Assessment start;
        Path file;
        if (resumed.isPresent()) {
            start = resumed.get().assessment();
            file = resume;
            long answered = start.answers().size();
            if (!conversation.show("Carrying on with " + file + " (" + start.service() + "): " + answered + " of "
                    + q.questions().size() + " questions seen so far. Earlier answers are shown, and you can change them.",
                    BEGIN)) {
                return ExitCodes.OK;
            }
        } else {
            conversation.say(welcome(q));
            Optional<String> serviceName = service != null ? Optional.of(service) : askService(conversation);
            if (serviceName.isEmpty()) {
                io().err().println("coprod: the input ended before the assessment began; nothing was saved.");
                return ExitCodes.OK;
            }
            Optional<String> roleName = role != null ? Optional.of(role)
                    : conversation.askText("What is your role? For example: service manager, or person who uses the service."
                            + " Press Enter to leave it out.", "");
            file = answers != null ? answers : defaultFile(serviceName.get());
            start = new Assessment(q.id(), q.version(), serviceName.get(), new Respondent(roleName.orElse("").strip(), name),
                    LocalDate.now().toString(), Map.of(), Map.of());
            if (!conversation.show("Your answers will be saved in " + file + " after every answer.", BEGIN)) {
                return ExitCodes.OK;
            }
        }
        try (WriterLock lock = resumed.isPresent() ? null : WriterLock.acquire(file, Words.english())) {
            refuseReportOver(file);
            return interview(new Interview(q, start, file, conversation, words), q, file, style, conversation);
        }
    }

    private int interview(Interview interview, Questionnaire q, Path file, Style style, Conversation conversation) {
        AtomicBoolean settled = new AtomicBoolean(false);
        Thread onExit = new Thread(() -> {
            if (!settled.get()) {
                io().err().println();
                io().err().println(stoppedMessage(file));
                io().err().flush();
            }
        });
        Runtime.getRuntime().addShutdownHook(onExit);
        try {
            Interview.Ending ending = interview.run();
            settled.set(true);
            return finish(ending, interview, q, file, style, conversation);
        } catch (InterruptedByUser e) {
            settled.set(true);
            io().err().println();
            io().err().println(stoppedMessage(file));
            return ExitCodes.INTERRUPTED;
        } finally {
            settled.set(true);
            removeQuietly(onExit);
        }
    }

    private int finish(Interview.Ending ending, Interview interview, Questionnaire q, Path file, Style style,
            Conversation conversation) {
        switch (ending) {
            case QUIT -> {
                io().out().println();
                io().out().println("Saved. " + resumeHint(file));
                return ExitCodes.OK;
            }
            case INPUT_ENDED -> {
                io().err().println("coprod: the input ended before the assessment was finished. Your answers so far are saved in "
                        + file + ". " + resumeHint(file));
                return ExitCodes.OK;
            }
            default -> {
                Scorecard card = Scoring.score(q, interview.assessment().responses());
                AssessmentReport assessmentReport = new AssessmentReport(interview.assessment(), card, List.of());
                if (conversation instanceof TerminalConversation) {
                    conversation.show(new org.coprod.report.TextRenderer(style).render(assessmentReport.summary()),
                            "Press Enter to see the full report.");
                }
                io().out().println();
                io().out().print(ReportFormat.TEXT.render(assessmentReport, style));
                if (report != null) {
                    List<Path> inputs = new ArrayList<>(sessionInputs());
                    inputs.add(file);
                    OutputFiles.write(report, format.chosen(report).render(assessmentReport, Style.plain(style.width())), inputs, Words.english());
                    io().out().println();
                    io().out().println(wrapped("The report is also in " + report + ".", style));
                }
                io().out().println();
                io().out().println(wrapped("Verdict: " + card.verdict().outcome().label() + " (the full report is above). Your answers"
                        + " are in " + file + ". To see this report again: " + root.commandName() + " report " + file
                        + " (add --output report.html or report.md for a file to share).", style));
                io().out().flush();
                return ExitCodes.OK;
            }
        }
    }

    private static String wrapped(String text, Style style) {
        return String.join("\n", org.coprod.report.TextRenderer.wrap(text, style.width()));
    }

    private Optional<String> askService(Conversation conversation) {
        while (true) {
            Optional<String> name = conversation.askText("Which service are you assessing? (Its name will head the report.)", "");
            if (name.isEmpty() || !name.get().isBlank()) {
                return name.map(String::strip);
            }
        }
    }

    static String welcome(Questionnaire q) {
        return "Welcome to coprod.\n\n"
                + "Co-production means that the people who use a service and the people paid to run it plan it and deliver"
                + " it together, as equal partners. Asking people what they think is a good start, but it is not the same"
                + " thing: this assessment shows how close your service is, and what to do next.\n\n"
                + q.title() + ": " + q.questions().size() + " questions"
                + (q.minutesToComplete() > 0 ? ", about " + q.minutesToComplete() + " minutes" : "")
                + ". Answer for what actually happened, not for what you hope happens. Every answer is saved as soon as"
                + " you give it, so you can stop at any time and carry on later.";
    }

    String stoppedMessage(Path file) {
        return "Stopped. Your answers so far are saved in " + file + ". " + resumeHint(file);
    }

    String resumeHint(Path file) {
        return "To carry on: " + root.commandName() + " assess " + Inputs.questionnaireFile(questionnaire).stream()
                .map(q -> q + " ").findFirst().orElse("") + "--resume " + file;
    }

    private Path defaultFile(String serviceName) {
        String slug = slug(serviceName);
        String base = (slug.isEmpty() ? "service" : slug.length() > 60 ? slug.substring(0, 60) : slug) + "-" + LocalDate.now();
        Path candidate = Path.of(base + "-answers.yaml");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = Path.of(base + "-" + n + "-answers.yaml");
        }
        return candidate;
    }

    /** A service's name as part of a file name: "Café Ünïcode / Nord" gives "cafe-unicode-nord". */
    static String slug(String serviceName) {
        String plain = java.text.Normalizer.normalize(serviceName, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    private UserError refuseToOverwrite(Path file) {
        return new UserError(ExitCodes.FILE_ERROR, file + " already exists. To carry on with it: " + root.commandName()
                + " assess --resume " + file
                + ". To start afresh, give another name with --answers.");
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyExiting) {
            // the JVM is shutting down; the hook has seen that the session was settled
        }
    }

    /** The conversation and whatever it holds open (the terminal). */
    private static final class Session implements AutoCloseable {
        final Conversation conversation;
        private final AutoCloseable resource;

        private Session(Conversation conversation, AutoCloseable resource) {
            this.conversation = conversation;
            this.resource = resource;
        }

        static Session lines(Io io, Style style, Words words) {
            Reader in = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
            return new Session(new LineConversation(in, io.out(), style.width(), words), () -> { });
        }

        static Session terminal(Style style, Words words) throws IOException {
            Terminal terminal = TerminalBuilder.builder().system(true).build();
            TerminalConversation conversation = new TerminalConversation(terminal, style.colour(), style.unicode(), words);
            return new Session(conversation, conversation);
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
