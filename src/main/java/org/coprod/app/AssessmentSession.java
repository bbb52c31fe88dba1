package org.coprod.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.coprod.core.model.Assessment;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.model.Respondent;
import org.coprod.core.scoring.Firmness;
import org.coprod.core.scoring.Scorecard;
import org.coprod.core.scoring.Scoring;
import org.coprod.core.words.Words;
import org.coprod.interview.Conversation;
import org.coprod.interview.InterruptedByUser;
import org.coprod.interview.Interview;
import org.coprod.interview.SessionEnding;
import org.coprod.io.FileAccessException;
import org.coprod.io.InvalidInputException;
import org.coprod.io.OutputFiles;
import org.coprod.io.OutputGuard;
import org.coprod.io.WriterLock;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.io.yaml.Catalogue;
import org.coprod.io.yaml.SavedReport;
import org.coprod.report.AssessmentReport;
import org.coprod.report.Report;
import org.coprod.report.Style;
import org.coprod.report.TextRenderer;

/**
 * One self-assessment, from the welcome to the report: a new one (asking for the service and role, and naming the
 * answers file after the service and the date) or one carried on from its answers file. Every answer is saved at
 * once, so that stopping at any moment (quit, end of input, Ctrl-C, a killed process) loses nothing, and says how to
 * carry on.
 */
public final class AssessmentSession {
    /** The rows the end of a session is fitted to where the screen's are not known: those of the usual terminal. */
    private static final int DEFAULT_ROWS = 24;

    /**
     * What the user asked for.
     *
     * @param questionnaire a built-in id or a file; the default questionnaire when empty (or the one a resumed file names)
     * @param service the service's name, asked for when empty
     * @param role who is answering, asked for when empty
     * @param answers where a new session saves its answers; a new file named after the service when empty
     * @param resume the answers file of a session to carry on
     * @param report where to write the report at the end as well, in {@link #reportFormat()}; a person's report is
     *     written beside the answers file when this is empty
     * @param format the format asked for with --format
     * @param style how the text is laid out on the screen
     */
    public record Request(
            Optional<String> questionnaire,
            Optional<String> service,
            Optional<String> role,
            String name,
            Optional<Path> answers,
            Optional<Path> resume,
            Optional<Path> report,
            Optional<ReportFormat> format,
            Style style,
            boolean fromScript) {

        /**
         * The format the report is written in: the one asked for, or the one the report file's name implies (text
         * when it implies none), or HTML for a person's report written beside the answers.
         */
        public ReportFormat reportFormat() {
            return format.orElseGet(
                    () -> report.map(file -> ReportFormat.forFile(file).orElse(ReportFormat.TEXT))
                            .orElse(ReportFormat.HTML));
        }

        /** This request, carrying on with an answers file after all. */
        Request resuming(Path file) {
            return new Request(
                    questionnaire, service, role, name, answers, Optional.of(file), report, format, style, fromScript);
        }

        /**
         * This request, carrying on with the report its answers file saved: a --report given now replaces the saved
         * one (and its format), a --format given now replaces the saved format.
         */
        Request withSaved(Optional<Path> savedReport, Optional<ReportFormat> savedFormat) {
            if (report.isPresent()) {
                return this;
            }
            return new Request(
                    questionnaire,
                    service,
                    role,
                    name,
                    answers,
                    resume,
                    savedReport,
                    format.or(() -> savedFormat),
                    style,
                    fromScript);
        }
    }

    /** The conversation a session is held in, and whatever it holds open (a terminal) until it is closed. */
    public interface Talk extends AutoCloseable {
        Conversation conversation();

        @Override
        void close();
    }

    /** Opens the conversation, once the questionnaire and answers file are known to be fine. */
    public interface Opener {
        /** @param words the language the interview speaks: the questionnaire's, or the one asked for */
        Talk open(Words words) throws IOException;
    }

    /** How a session ended. */
    public enum Ending {
        /** Every question answered, the report shown. */
        FINISHED,
        /** Stopped by the person (q), answers saved. */
        SAVED,
        /** The input ended: before the questions (nothing saved) or during them (answers saved). */
        INPUT_ENDED,
        /**
         * Answers read from a file or pipe did not finish the assessment: a line did not answer its question, or the
         * input ended before the last one (the answers before are saved).
         */
        SCRIPT_UNFINISHED,
        /** Stopped with Ctrl-C. */
        INTERRUPTED
    }

    private final Context context;
    /** What the user asked for, with the report saved in the answers file once a resumed one has been read. */
    private Request request;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Words words;

    /** A session that talks on {@code out} and reports what went wrong, or where its answers are, on {@code err}. */
    public AssessmentSession(Context context, Request request, PrintWriter out, PrintWriter err) {
        this.context = context;
        this.request = request;
        this.out = out;
        this.err = err;
        this.words = context.messages();
    }

    public Ending run(Opener opener) throws IOException {
        if (request.fromScript()
                && request.resume().isEmpty()
                && request.service().isEmpty()) {
            // otherwise the file's first line would be taken as the service's name, and every answer would move up
            throw new UserError(UserError.Kind.USAGE, words.get("cli.assess.script-needs-service"));
        }
        try (WriterLock lock =
                request.resume().map(file -> WriterLock.acquire(file, words)).orElse(null)) {
            return resumeOrStart(opener);
        }
    }

    /** A report that would be refused is found now, not after the last answer. */
    private void checkReport() {
        request.report().ifPresent(report -> {
            OutputGuard.check(report, sessionInputs(), words);
            refuseReportOver(request.answers().orElse(null));
        });
    }

    private void refuseReportOver(Path answersFile) {
        request.report()
                .filter(report -> OutputGuard.sameFile(answersFile, report))
                .ifPresent(report -> {
                    throw new UserError(UserError.Kind.USAGE, words.get("cli.assess.report-over-answers", report));
                });
    }

    /** The files a session reads: none of them may be written over by its report. */
    private List<Path> sessionInputs() {
        List<Path> inputs =
                new ArrayList<>(Inputs.questionnaireFile(request.questionnaire().orElse(null)));
        request.resume().ifPresent(inputs::add);
        return inputs;
    }

    private Ending resumeOrStart(Opener opener) throws IOException {
        Optional<AnswersReader.Result> resumed = request.resume()
                .map(file -> AnswersFiles.read(file, request.questionnaire().orElse(null), words));
        resumed.ifPresent(result -> request = withSaved(result.report()));
        checkReport();
        Questionnaire q = resumed.map(AnswersReader.Result::questionnaire)
                .orElseGet(() -> Catalogue.resolve(request.questionnaire().orElse(Catalogue.DEFAULT), words));
        request.answers().filter(Files::exists).ifPresent(file -> {
            throw refuseToOverwrite(file);
        });
        try (Talk talk = opener.open(context.wordsOf(q))) {
            return resumed.isPresent() ? carryOn(talk, q, resumed.get().assessment()) : start(talk, q);
        } catch (InterruptedByUser e) {
            // Ctrl-C before the first question: during the questions, interview() has already said where the answers
            // are
            err.println();
            err.println("coprod: "
                    + request.resume()
                            .map(this::stoppedMessage)
                            .orElseGet(() -> words.get("cli.assess.stopped-before-start")));
            return Ending.INTERRUPTED;
        }
    }

    /** The request with the report saved in the answers file being resumed: its path is relative to that file's folder. */
    private Request withSaved(SavedReport saved) {
        Path answersFile = request.resume().orElseThrow();
        return request.withSaved(
                saved.file().map(answersFile::resolveSibling),
                saved.format().map(format -> savedFormat(answersFile, format)));
    }

    private ReportFormat savedFormat(Path answersFile, String format) {
        try {
            return ReportFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            String known = words.or(Arrays.stream(ReportFormat.values())
                    .map(f -> f.name().toLowerCase(Locale.ROOT))
                    .toList());
            throw new UserError(
                    UserError.Kind.USAGE, words.get("cli.assess.saved-format-unknown", answersFile, format, known));
        }
    }

    /** The report asked for, as its answers file keeps it: relative to the file's folder when it is inside it. */
    private SavedReport toSave(Path answersFile) {
        return new SavedReport(
                request.report().map(report -> relativeTo(answersFile, report)),
                request.format().map(format -> format.name().toLowerCase(Locale.ROOT)));
    }

    static String relativeTo(Path answersFile, Path report) {
        Path folder = answersFile.toAbsolutePath().normalize().getParent();
        Path where = report.toAbsolutePath().normalize();
        return (folder != null && where.startsWith(folder) ? folder.relativize(where) : where).toString();
    }

    private Ending carryOn(Talk talk, Questionnaire q, Assessment start) {
        Path file = request.resume().orElseThrow();
        String carryingOn = words.count(
                "cli.assess.carrying-on",
                q.questions().size(),
                file,
                start.service(),
                start.answers().size());
        if (!talk.conversation().show(carryingOn, words.get("cli.assess.begin"))) {
            return Ending.INPUT_ENDED;
        }
        refuseReportOver(file);
        return interview(
                new Interview(q, start, file, talk.conversation(), context.wordsOf(q), toSave(file)), q, file, talk);
    }

    private Ending start(Talk talk, Questionnaire q) {
        Conversation conversation = talk.conversation();
        conversation.say(welcome(q));
        Optional<String> serviceName = request.service().isPresent() ? request.service() : askService(conversation);
        if (serviceName.isEmpty()) {
            err.println("coprod: " + words.get("cli.assess.input-ended-before-start"));
            return Ending.INPUT_ENDED;
        }
        Path firstOfToday = firstFileOfToday(serviceName.get());
        boolean begunToday = request.answers().isEmpty() && Files.exists(firstOfToday);
        // a person is asked (a file or pipe is not: it cannot answer what it was not written for)
        Optional<AnswersReader.Result> earlier =
                begunToday && !request.fromScript() ? toCarryOn(firstOfToday, q) : Optional.empty();
        if (earlier.isPresent()) {
            Optional<Boolean> carryOn = askToCarryOn(conversation, firstOfToday);
            if (carryOn.isEmpty()) {
                err.println("coprod: " + words.get("cli.assess.input-ended-before-start"));
                return Ending.INPUT_ENDED;
            }
            if (carryOn.get()) {
                return carryOnEarlier(talk, firstOfToday);
            }
        }
        Optional<String> roleName = request.role().isPresent() || request.fromScript()
                ? request.role()
                : conversation.askText(words.get("cli.assess.role"), "");
        Path file = request.answers().orElseGet(() -> defaultFile(serviceName.get()));
        if (begunToday && earlier.isEmpty()) {
            // a second session the same day gets its own file: say so, in case it was meant to carry on
            conversation.say(words.get("cli.assess.earlier-file-today", firstOfToday, file, resumeHint(firstOfToday)));
        }
        Assessment start = new Assessment(
                q.id(),
                q.version(),
                serviceName.get(),
                new Respondent(roleName.orElse("").strip(), request.name()),
                LocalDate.now().toString(),
                Map.of(),
                Map.of());
        if (!conversation.show(words.get("cli.assess.saved-in", file), words.get("cli.assess.begin"))) {
            return Ending.INPUT_ENDED;
        }
        try (WriterLock lock = WriterLock.acquire(file, words)) {
            refuseReportOver(file);
            return interview(
                    new Interview(q, start, file, conversation, context.wordsOf(q), toSave(file)), q, file, talk);
        }
    }

    /** Asks whether to carry on with today's earlier answers file: Enter or yes carries on. Empty at end of input. */
    private Optional<Boolean> askToCarryOn(Conversation conversation, Path earlier) {
        List<String> yes = List.of(words.get("cli.assess.carry-on-earlier.yes").split(" "));
        return conversation
                .askText(words.get("cli.assess.carry-on-earlier", earlier), "")
                .map(reply -> reply.isBlank() || yes.contains(reply.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * Today's earlier answers file of the service, when it can be carried on here: readable, and answered to the
     * same questionnaire. (One that cannot is left alone, and the session starts a new file as before.)
     */
    private Optional<AnswersReader.Result> toCarryOn(Path earlier, Questionnaire q) {
        try {
            return Optional.of(
                            AnswersFiles.read(earlier, request.questionnaire().orElse(null), words))
                    .filter(result -> result.questionnaire().id().equals(q.id()));
        } catch (UserError | InvalidInputException | FileAccessException unreadable) {
            return Optional.empty();
        }
    }

    /** Carries on with today's earlier answers file of the service, as --resume would: read again, once it is ours. */
    private Ending carryOnEarlier(Talk talk, Path earlier) {
        try (WriterLock lock = WriterLock.acquire(earlier, words)) {
            AnswersReader.Result resumed =
                    AnswersFiles.read(earlier, request.questionnaire().orElse(null), words);
            request = request.resuming(earlier);
            request = withSaved(resumed.report());
            checkReport();
            return carryOn(talk, resumed.questionnaire(), resumed.assessment());
        }
    }

    private Ending interview(Interview interview, Questionnaire q, Path file, Talk talk) {
        AtomicBoolean settled = new AtomicBoolean(false);
        Thread onExit = new Thread(() -> {
            if (!settled.get()) {
                err.println();
                err.println(stoppedMessage(file));
                err.flush();
            }
        });
        Runtime.getRuntime().addShutdownHook(onExit);
        try {
            Interview.Ending ending = interview.run();
            settled.set(true);
            return finish(ending, interview, q, file, talk);
        } catch (InterruptedByUser e) {
            settled.set(true);
            err.println();
            err.println(stoppedMessage(file));
            return Ending.INTERRUPTED;
        } finally {
            settled.set(true);
            removeQuietly(onExit);
        }
    }

    private Ending finish(Interview.Ending ending, Interview interview, Questionnaire q, Path file, Talk talk) {
        switch (ending) {
            case QUIT -> {
                out.println();
                out.println(words.get("cli.assess.saved", resumeHint(file)));
                return Ending.SAVED;
            }
            case INPUT_ENDED -> {
                err.println("coprod: " + words.get("cli.assess.input-ended", file, resumeHint(file)));
                return request.fromScript() ? Ending.SCRIPT_UNFINISHED : Ending.INPUT_ENDED;
            }
            case SCRIPT_STOPPED -> {
                err.println("coprod: "
                        + words.get(
                                "cli.assess.script-stopped",
                                interview.stopReason(),
                                file,
                                interview.stopLine(),
                                context.commandName(),
                                questionnaireFileArgument()));
                return Ending.SCRIPT_UNFINISHED;
            }
            default -> {
                showReport(
                        interview.assessment(),
                        Scoring.score(q, interview.assessment().responses()),
                        file,
                        talk);
                return Ending.FINISHED;
            }
        }
    }

    /**
     * For a person: the full report written to a file, and on the screen only what stays there, the verdict, how firm
     * it is, the first steps and where the report is. For a script: the full report on the output, as its transcript.
     */
    private void showReport(Assessment assessment, Scorecard card, Path file, Talk talk) {
        if (request.fromScript()) {
            printReport(assessment, card, file);
            return;
        }
        Path reportFile = request.report().orElseGet(() -> defaultReport(file));
        writeReport(assessment, card, reportFile, file);
        Conversation conversation = talk.conversation();
        Questionnaire q = card.questionnaire();
        List<String> closing = List.of(
                words.get(
                        request.reportFormat() == ReportFormat.HTML
                                ? "cli.assess.ending.report-in-browser"
                                : "cli.assess.ending.report-in",
                        reportFile),
                words.get("cli.assess.ending.read-here", context.commandName(), file),
                words.get("cli.assess.ending.answers-in", file));
        SessionEnding ending = new SessionEnding(
                card, Firmness.of(q, assessment.responses()), closing, context.wordsOf(q), conversation.width());
        // the row the shell's prompt takes after coprod ends is left free
        conversation.conclude(ending.lines(conversation.rows().orElse(DEFAULT_ROWS) - 1));
    }

    /** The full report on the output, the report file if asked for, and where everything is. */
    private void printReport(Assessment assessment, Scorecard card, Path file) {
        out.println();
        out.print(ReportFormat.TEXT.render(new AssessmentReport(assessment, card, List.of()), request.style()));
        request.report().ifPresent(reportFile -> {
            writeReport(assessment, card, reportFile, file);
            out.println();
            out.println(wrapped(words.get("cli.assess.report-also-in", reportFile)));
        });
        out.println();
        out.println(wrapped(
                words.get("cli.assess.verdict", card.verdict().outcome().label(), file, context.commandName())));
        out.flush();
    }

    /** The report file, in every language asked for (--language cy,en). */
    private void writeReport(Assessment assessment, Scorecard card, Path reportFile, Path answersFile) {
        List<Path> inputs = new ArrayList<>(sessionInputs());
        inputs.add(answersFile);
        Report report = new ReportAnswers(context)
                .inLanguages(assessment, card.questionnaire(), request.questionnaire(), new ArrayList<>());
        OutputFiles.write(
                reportFile,
                request.reportFormat()
                        .render(report, Style.plain(request.style().width())),
                inputs,
                words);
    }

    /**
     * Where a person's report goes when no --report was given: beside the answers file, named after it, in the format
     * asked for with --format (HTML otherwise, to read, print or send): {@code riverside-2026-11-30-report.html} for
     * {@code riverside-2026-11-30-answers.yaml}. The same answers give the same name, so a resumed session writes it
     * again.
     */
    static Path defaultReport(Path answersFile, ReportFormat format) {
        String name = answersFile.getFileName().toString();
        String base = name.replaceFirst("(?i)(-answers)?\\.ya?ml$", "");
        return answersFile.resolveSibling(base + "-report." + extension(format));
    }

    private static String extension(ReportFormat format) {
        return switch (format) {
            case TEXT -> "txt";
            case MARKDOWN -> "md";
            case HTML -> "html";
            case JSON -> "json";
            case CSV -> "csv";
        };
    }

    private Path defaultReport(Path answersFile) {
        return defaultReport(answersFile, request.reportFormat());
    }

    private String wrapped(String text) {
        return String.join("\n", TextRenderer.wrap(text, request.style().width()));
    }

    private Optional<String> askService(Conversation conversation) {
        while (true) {
            Optional<String> name = conversation.askText(words.get("cli.assess.service"), "");
            if (name.isEmpty() || !name.get().isBlank()) {
                return name.map(String::strip);
            }
        }
    }

    private String welcome(Questionnaire q) {
        String questionnaire = q.minutesToComplete() > 0
                ? words.count("cli.assess.questionnaire-timed", q.questions().size(), q.title(), q.minutesToComplete())
                : words.count("cli.assess.questionnaire", q.questions().size(), q.title());
        return words.get("cli.assess.welcome") + "\n\n" + questionnaire + " " + words.get("cli.assess.answer-honestly");
    }

    private String stoppedMessage(Path file) {
        return words.get("cli.assess.stopped", file, resumeHint(file));
    }

    private String resumeHint(Path file) {
        // the report asked for is not named: the answers file keeps it
        return words.get("cli.assess.resume-hint", context.commandName(), questionnaireFileArgument(), file);
    }

    /** The questionnaire file a resumed session needs named again, followed by a space; empty for a built-in one. */
    private String questionnaireFileArgument() {
        return Inputs.questionnaireFile(request.questionnaire().orElse(null)).stream()
                .map(q -> q + " ")
                .findFirst()
                .orElse("");
    }

    /** A new file named after the service and today's date, numbered when one of that name exists. */
    private static Path defaultFile(String serviceName) {
        Path candidate = firstFileOfToday(serviceName);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = Path.of(todaysBase(serviceName) + "-" + n + "-answers.yaml");
        }
        return candidate;
    }

    /** The name today's first session of a service gets. */
    private static Path firstFileOfToday(String serviceName) {
        return Path.of(todaysBase(serviceName) + "-answers.yaml");
    }

    private static String todaysBase(String serviceName) {
        String slug = slug(serviceName);
        return (slug.isEmpty() ? "service" : slug.length() > 60 ? slug.substring(0, 60) : slug) + "-" + LocalDate.now();
    }

    /** A service's name as part of a file name: "Café Ünïcode / Nord" gives "cafe-unicode-nord". */
    static String slug(String serviceName) {
        String plain = Normalizer.normalize(serviceName, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    private UserError refuseToOverwrite(Path file) {
        return new UserError(UserError.Kind.FILE, words.get("cli.assess.answers-exist", file, context.commandName()));
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyExiting) {
            // the JVM is shutting down; the hook has seen that the session was settled
        }
    }
}
