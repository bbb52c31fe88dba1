package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coprod.core.model.Assessment;
import org.coprod.core.model.ResponseKind;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.AnswersReader;
import org.coprod.io.yaml.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole assessments driven line by line, as a pipe or a screen-reader user would. */
class AssessLineModeTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run assess(String input, String... args) {
        return assess(Map.of(), input, args);
    }

    static Run assess(Map<String, String> env, String input, String... args) {
        return assess(false, env, input, args);
    }

    /** @param person whether a person answers at a terminal (in plain lines here, as no TERM is set) */
    static Run assess(boolean person, Map<String, String> env, String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("assess"));
        all.addAll(List.of(args));
        int code = Main.run(
                new Io(
                        new PrintWriter(out),
                        new PrintWriter(err),
                        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                        env,
                        person),
                all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    /** The number of questions in the built-in questionnaire, version 2.0. */
    static final int QUESTIONS = 35;

    /**
     * One answer for each question of the built-in questionnaire (version 2.0), in order, as a person would type it:
     * "4" (Often or Agree) on the frequency and agreement scales, and an answer's words or an alias on the others.
     */
    static final List<String> TYPED = List.of(
            "4",
            "4",
            "4",
            "4", // people as assets: frequency, frequency, agreement, agreement
            "4",
            "4",
            "4",
            "4", // building on capacity: agreement, then frequency
            "4",
            "4",
            "4",
            "4", // mutuality and reciprocity
            "4",
            "4",
            "4",
            "4", // peer and personal networks
            "4",
            "4",
            "4",
            "4", // blurring roles
            "4",
            "4",
            "4",
            "4", // agencies as catalysts
            "Regularly", // 25 power-and-work-asked (asking)
            "4", // 26 power-and-work-told-outcome (frequency)
            "Yes", // 27 power-and-work-decision-changed (decision-changed)
            "Advisory only", // 28 power-and-work-decision-roles (decision-roles)
            "4",
            "4",
            "4",
            "4", // 29-32 priorities, design, money, judging
            "Some real parts", // 33 power-and-work-share-of-work (share-of-work)
            "Yes", // 34 power-and-work-professionals (professional-involvement)
            "4"); // 35 power-and-work-run-parts (frequency)

    /** The value of each answer in {@link #TYPED}, in the same order. */
    static final List<Double> VALUES = List.of(
            4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0,
            4.0, 4.0, 4.0, 3.0, 4.0, 2.0, 1.0, 4.0, 4.0, 4.0, 4.0, 2.0, 2.0, 4.0);

    /** The answers in {@link #TYPED} to questions {@code from} to {@code from + count - 1} (counted from 1), as lines. */
    static String answerAll(int from, int count) {
        assertThat(TYPED).hasSize(QUESTIONS);
        StringBuilder lines = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            lines.append(TYPED.get(i - 1)).append('\n');
        }
        return lines.toString();
    }

    static Assessment read(Path file) {
        return AnswersReader.read(file, Catalogue::builtIn, Words.english()).assessment();
    }

    @Test
    void a_scripted_session_with_back_skip_notes_and_changes_gives_the_answers_file_and_report() throws Exception {
        Path answers = dir.resolve("a.yaml");
        Path report = dir.resolve("report.md");
        String script = "Never\n" // q1
                + "help\n" // help on q2, then stays on q2
                + "note We keep minutes\n" // note on q2
                + "5\n" // q2 Always
                + "back\n" // back to q2 from q3
                + "\n" // keep q2's answer
                + "skip\n" // skip q3
                + "N/A\n" // q4 not applicable
                + answerAll(5, QUESTIONS - 4) // q5..q35
                + "1\n" // summary: change question 1
                + "Sometimes\n" // q1 is now Sometimes
                + "\n" // summary: go on
                + "A lot surprised us\n" // reflection 1
                + "\n"; // reflection 2 left out
        Run run = assess(
                script,
                "--service",
                "Test service",
                "--role",
                "Manager",
                "--answers",
                answers.toString(),
                "--report",
                report.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        Assessment a = read(answers);
        assertThat(a.service()).isEqualTo("Test service");
        assertThat(a.respondent().role()).isEqualTo("Manager");
        assertThat(a.questionnaireVersion()).isEqualTo("2.0");
        assertThat(a.responseTo("assets-strengths-asked").orElseThrow().label()).isEqualTo("Sometimes");
        assertThat(a.responseTo("assets-skills-used").orElseThrow().label()).isEqualTo("Always");
        assertThat(a.answers().get("assets-skills-used").note()).isEqualTo("We keep minutes");
        assertThat(a.answers().get("assets-strengths-recorded").response()).isEmpty();
        assertThat(a.responseTo("assets-expertise-valued").orElseThrow().kind()).isEqualTo(ResponseKind.NOT_APPLICABLE);
        // answers typed as an answer's words or an alias, on the answer sets that are not scales
        assertThat(a.responseTo("power-and-work-asked").orElseThrow().label())
                .isEqualTo("Regularly, in ways that suit different people");
        assertThat(a.responseTo("power-and-work-decision-changed").orElseThrow().label())
                .isEqualTo("Yes, at least one real decision");
        assertThat(a.responseTo("power-and-work-decision-roles").orElseThrow().label())
                .isEqualTo("Advisory roles only");
        assertThat(a.responseTo("power-and-work-share-of-work").orElseThrow().label())
                .isEqualTo("Some real parts");
        assertThat(a.answers()).hasSize(QUESTIONS);
        assertThat(a.reflections()).containsExactly(Map.entry("surprise", "A lot surprised us"));
        assertThat(run.out()).contains("Help: ").contains("VERDICT: ").contains("The report is also in " + report);
        String verdict = org.coprod.core.scoring.Scoring.score(
                        Catalogue.builtIn("six-principles").orElseThrow(),
                        read(answers).responses())
                .verdict()
                .outcome()
                .label();
        assertThat(run.out().replaceAll("\\s+", " "))
                .endsWith("Verdict: " + verdict + " (the full report is above). Your"
                        + " answers are in " + answers + ". To see this report again: coprod report " + answers
                        + " (add --output report.html or report.md for a file to share). ");
        assertThat(Files.readString(report)).startsWith("# Co-production self-assessment: Test service");
        // the report shown equals 'coprod report' on the saved answers
        CliTest.Run again = CliTest.run("report", answers.toString());
        assertThat(run.out()).contains(again.out().substring(0, 400));
    }

    /**
     * Issue 15: at the end of a person's session the whole report scrolled past, leaving the verdict rules on the
     * screen. Now the report goes to a file beside the answers, and the screen is left with the verdict, how firm it is,
     * the first steps and where the report is.
     */
    @Test
    void a_person_is_left_with_the_verdict_and_the_first_steps_and_the_report_goes_to_a_file() throws Exception {
        Path answers = dir.resolve("riverside-answers.yaml");
        Run run = assess(
                true,
                Map.of(),
                answerAll(1, QUESTIONS) + "\n\n\n",
                "--service",
                "S",
                "--role",
                "R",
                "--answers",
                answers.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Path report = dir.resolve("riverside-report.html");
        assertThat(report).exists();
        assertThat(Files.readString(report)).contains("<html").contains("Co-production self-assessment: S");
        String verdict = org.coprod.core.scoring.Scoring.score(
                        Catalogue.builtIn("six-principles").orElseThrow(),
                        read(answers).responses())
                .verdict()
                .outcome()
                .label();
        String end = run.out().substring(run.out().lastIndexOf("Verdict: "));
        assertThat(end.replaceAll("\\s+", " "))
                .startsWith("Verdict: " + verdict + ", because")
                .contains("How firm: ")
                .contains("The full report is in " + report)
                .contains("To read it here: coprod report " + answers + " | more")
                .endsWith("Your answers are in " + answers + ". ");
        assertThat(end.lines()).hasSizeLessThanOrEqualTo(23);
        assertThat(run.out()).doesNotContain("VERDICT").doesNotContain("The verdict rules");

        Run chosen = assess(
                true,
                Map.of(),
                answerAll(1, QUESTIONS) + "\n\n\n",
                "--service",
                "S",
                "--role",
                "R",
                "--answers",
                dir.resolve("two.yaml").toString(),
                "--format",
                "markdown");
        assertThat(chosen.code()).as(chosen.err()).isZero();
        assertThat(dir.resolve("two-report.md")).exists();
        assertThat(chosen.out()).contains("The full report is in " + dir.resolve("two-report.md") + ".\n");
    }

    @Test
    void an_interrupted_session_resumes_where_it_stopped_and_ends_the_same_as_an_unbroken_one() throws Exception {
        Path whole = dir.resolve("whole.yaml");
        String all = answerAll(1, QUESTIONS) + "\n\n\n";
        assertThat(assess(all, "--service", "S", "--role", "R", "--answers", whole.toString())
                        .code())
                .isZero();

        Path broken = dir.resolve("broken.yaml");
        Run first = assess(answerAll(1, 10), "--service", "S", "--role", "R", "--answers", broken.toString());
        assertThat(first.code())
                .as("a script that ends early says so in its exit code")
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(first.err())
                .isEqualTo("coprod: the input ended before the assessment was finished. Your answers so far are"
                        + " saved in " + broken + ". To carry on: coprod assess --resume " + broken + "\n");
        assertThat(read(broken).answers()).hasSize(10);

        Run second = assess(answerAll(11, QUESTIONS - 10) + "\n\n\n", "--resume", broken.toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out().replaceAll("\\s+", " "))
                .contains("10 of 35 questions seen so far")
                .contains("Question 11 of 35")
                .doesNotContain("Question 10 of 35");
        assertThat(read(broken).answers()).isEqualTo(read(whole).answers());
        assertThat(read(whole).answers().values())
                .extracting(a -> a.response().orElseThrow().option().value())
                .containsExactlyElementsOf(VALUES);
    }

    @Test
    void quit_saves_and_says_how_to_carry_on() {
        Path answers = dir.resolve("q.yaml");
        Run run = assess("2\n3\nquit\n", "--service", "S", "--role", "", "--answers", answers.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Saved. To carry on: coprod assess --resume " + answers);
        assertThat(read(answers).answers()).hasSize(2);
    }

    /**
     * Issue 15: --report was forgotten after --resume, and the resumed session ended without writing it. The answers
     * file keeps it now (beside it, by name), so the way to carry on need not name it again.
     */
    @Test
    void a_resumed_session_writes_the_report_asked_for_at_the_start() throws Exception {
        Path answers = dir.resolve("r.yaml");
        Path report = dir.resolve("r.md");
        Run first = assess("4\nq\n", "--service", "S", "--answers", answers.toString(), "--report", report.toString());
        assertThat(first.out())
                .contains("To carry on: coprod assess --resume " + answers + "\n")
                .doesNotContain("--report");
        assertThat(Files.readString(answers)).contains("\nreport: r.md\n").doesNotContain("reportFormat");
        Run second = assess(answerAll(2, QUESTIONS - 1), "--resume", answers.toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(Files.readString(report)).startsWith("# Co-production self-assessment: S");
    }

    @Test
    void a_report_given_on_resuming_replaces_the_saved_one_and_is_saved_with_the_format_asked_for() throws Exception {
        Path answers = dir.resolve("f.yaml");
        Path first = dir.resolve("first.txt");
        Path other = dir.resolve("other.txt");
        assess(
                "4\nq\n",
                "--service",
                "S",
                "--answers",
                answers.toString(),
                "--report",
                first.toString(),
                "-f",
                "markdown");
        assertThat(Files.readString(answers)).contains("\nreport: first.txt\nreportFormat: markdown\n");
        assess("4\nq\n", "--resume", answers.toString(), "--report", other.toString(), "--format", "markdown");
        assertThat(Files.readString(answers)).contains("\nreport: other.txt\nreportFormat: markdown\n");
        Run last = assess(answerAll(3, QUESTIONS - 2), "--resume", answers.toString());
        assertThat(last.code()).as(last.err()).isZero();
        assertThat(Files.readString(other)).startsWith("# Co-production self-assessment: S");
        assertThat(first).doesNotExist();
    }

    /** Answers files from before the report was saved have no report key: resumed, they end as they did. */
    @Test
    void an_answers_file_without_a_saved_report_resumes_as_before() throws Exception {
        Path answers = dir.resolve("old.yaml");
        Path report = dir.resolve("old.md");
        assess("4\nq\n", "--service", "S", "--answers", answers.toString(), "--report", report.toString());
        Files.writeString(answers, Files.readString(answers).replace("report: old.md\n", ""));
        Run rest = assess(answerAll(2, QUESTIONS - 1), "--resume", answers.toString());
        assertThat(rest.code()).as(rest.err()).isZero();
        assertThat(rest.out()).contains("Verdict: ");
        assertThat(report).doesNotExist();
        assertThat(read(answers).answers()).hasSize(QUESTIONS);
    }

    @Test
    void a_saved_report_format_coprod_does_not_write_is_refused_before_the_questions() throws Exception {
        Path answers = dir.resolve("pdf.yaml");
        assess(
                "4\nq\n",
                "--service",
                "S",
                "--answers",
                answers.toString(),
                "--report",
                dir.resolve("p.md").toString());
        Files.writeString(
                answers, Files.readString(answers).replace("report: p.md\n", "report: p.md\nreportFormat: pdf\n"));
        Run rest = assess(answerAll(2, QUESTIONS - 1), "--resume", answers.toString());
        assertThat(rest.code()).isNotZero();
        assertThat(rest.err())
                .contains("asks for its report as 'pdf', which is not a format coprod writes")
                .doesNotContain("Exception");
        assertThat(read(answers).answers()).hasSize(1);
    }

    @Test
    void the_commands_suggested_are_the_ones_the_user_ran() {
        Path answers = dir.resolve("launcher.yaml");
        Run run = assess(
                Map.of("COPROD_COMMAND", "./coprod"),
                "2\nquit\n",
                "--service",
                "S",
                "--role",
                "",
                "--answers",
                answers.toString());
        assertThat(run.out()).contains("Saved. To carry on: ./coprod assess --resume " + answers);
        Run odd = assess(Map.of("COPROD_COMMAND", "rm -rf /; coprod"), "quit\n", "--resume", answers.toString());
        assertThat(odd.out()).contains("Saved. To carry on: coprod assess --resume " + answers);
    }

    @Test
    void the_first_letters_of_the_words_act_as_in_the_full_screen_mode_and_a_second_note_adds_to_the_first() {
        Path answers = dir.resolve("letters.yaml");
        Run run = assess(
                "4\nskip\nn Seen in the minutes\nnote and in the annual report\nb\nq\n",
                "--service",
                "S",
                "--role",
                "",
                "--answers",
                answers.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Assessment a = read(answers);
        assertThat(a.responseTo("assets-strengths-asked").orElseThrow().label()).isEqualTo("Often");
        assertThat(a.answers().get("assets-skills-used").response()).isEmpty();
        assertThat(a.answers().get("assets-strengths-recorded").note())
                .isEqualTo("Seen in the minutes; and in the annual report");
        assertThat(run.out()).contains("Saved. To carry on:");
    }

    /** Issue 15: one typo in a file of answers used to be dropped, and every later answer moved up one question. */
    @Test
    void a_line_that_answers_nothing_stops_a_script_there_naming_the_line_and_nothing_after_it_is_used() {
        Path answers = dir.resolve("typo.yaml");
        Run run = assess("4\n5\nOfen\n3\n3\n", "--service", "S", "--role", "R", "--answers", answers.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err().replaceAll("\\s+", " "))
                .isEqualTo("coprod: line 3 of the answers read in, 'Ofen': 'Ofen' is not"
                        + " one of the answers. Type a number from 1 to 7, or help to see what the question"
                        + " means. Nothing from this line on was used. The answers before that line are saved in "
                        + answers
                        + ". To carry on, correct line 3 and give coprod only the lines from line 3 on, so that each"
                        + " line meets its own question, as in: tail -n +3 YOUR-FILE | coprod assess --resume "
                        + answers + " ");
        assertThat(read(answers).answers()).hasSize(2);
        // done as the message says, every line meets its own question
        Run rest = assess("4\n3\n3\nq\n", "--resume", answers.toString());
        assertThat(rest.code()).as(rest.err()).isZero();
        assertThat(read(answers).answers().values().stream()
                        .map(a -> a.response().orElseThrow().option().value()))
                .containsExactly(4.0, 5.0, 4.0, 3.0, 3.0);
        // every line read is shown after its prompt, so that a transcript can be checked
        assertThat(run.out())
                .contains("): 4\n")
                .contains("): 5\n")
                .contains("): Ofen\n")
                .doesNotContain("): 3\n");
    }

    /** Issue 15: N and S are Never and Sometimes as well as note and skip; from a file, neither is guessed. */
    @Test
    void a_letter_that_is_both_an_answer_and_a_command_stops_a_script() {
        Path answers = dir.resolve("letter.yaml");
        Run run = assess("4\ns\n4\n", "--service", "S", "--role", "R", "--answers", answers.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err().replaceAll("\\s+", " "))
                .contains(
                        "line 2 of the answers read in, 's': 's' could be the answer"
                                + " Sometimes or the word skip: type the answer's number or its name, or the word skip in full.");
        assertThat(read(answers).answers()).hasSize(1);
    }

    /** Issue 15: a file with every answer and nothing after it finishes, with the report, and exits 0. */
    @Test
    void a_file_of_every_answer_and_nothing_more_finishes_the_assessment() {
        Path answers = dir.resolve("all.yaml");
        Run run = assess(answerAll(1, QUESTIONS), "--service", "S", "--role", "R", "--answers", answers.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("VERDICT: ");
        assertThat(read(answers).answers()).hasSize(QUESTIONS);
        assertThat(read(answers).reflections()).isEmpty();
    }

    /** Issue 15: the help's example took a file's first two lines as the service and the role. */
    @Test
    void answers_from_a_file_need_the_service_named_so_that_no_line_is_taken_for_it() throws Exception {
        Path answers = dir.resolve("named.yaml");
        Run run = assess("Riverside Recovery College\nPeer tutor\nquit\n", "--answers", answers.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("coprod: answers read from a file or a pipe need --service NAME");
        assertThat(answers).doesNotExist();
    }

    /**
     * Issue 15: a second session for a service already begun today started a second file from question 1. A person is
     * offered the earlier file (Enter carries on with it); answers from a file or pipe are never asked, and go to a
     * new file as before. The default answers files are named in the working folder, so each test's service is its
     * own and its files are removed after.
     */
    @Test
    void a_person_starting_a_service_again_the_same_day_is_offered_the_earlier_answers() throws Exception {
        String service = "Offer test " + System.nanoTime();
        try {
            assess(true, Map.of(), "4\nq\n", "--service", service, "--role", "R");
            Path earlier = todaysFile(service, "");
            assertThat(read(earlier).answers()).hasSize(1);

            Run again = assess(true, Map.of(), "\n3\nq\n", "--service", service, "--role", "R");
            assertThat(again.code()).as(again.err()).isZero();
            assertThat(again.out().replaceAll("\\s+", " "))
                    .contains("There is already an answers file for this service from today, " + earlier
                            + ". Carry on with the earlier answers? [Y/n]");
            assertThat(read(earlier).answers()).hasSize(2);
            assertThat(todaysFile(service, "-2")).doesNotExist();

            Run declined = assess(true, Map.of(), "n\n4\nq\n", "--service", service, "--role", "R");
            assertThat(declined.code()).as(declined.err()).isZero();
            assertThat(read(earlier).answers()).hasSize(2);
            assertThat(read(todaysFile(service, "-2")).answers()).hasSize(1);
        } finally {
            removeTodaysFiles(service);
        }
    }

    /** An earlier file of today that cannot be carried on (here, broken by hand) is not offered, and is left alone. */
    @Test
    void an_earlier_file_of_today_that_cannot_be_read_is_not_offered() throws Exception {
        String service = "Broken offer test " + System.nanoTime();
        try {
            Path earlier = todaysFile(service, "");
            Files.writeString(earlier, "questionnaire: no-such-questionnaire\n");
            Run again = assess(true, Map.of(), "4\nq\n", "--service", service, "--role", "R");
            assertThat(again.code()).as(again.err()).isZero();
            assertThat(again.out().replaceAll("\\s+", " "))
                    .contains("so these answers go to a new one")
                    .doesNotContain("[Y/n]");
            assertThat(earlier).hasContent("questionnaire: no-such-questionnaire\n");
            assertThat(read(todaysFile(service, "-2")).answers()).hasSize(1);
        } finally {
            removeTodaysFiles(service);
        }
    }

    /** Issue 15: a person's session, too, ends by writing the report asked for at its start, not named again. */
    @Test
    void a_person_resuming_without_report_gets_the_report_asked_for_at_the_start() throws Exception {
        Path answers = dir.resolve("person.yaml");
        Path report = dir.resolve("person-report.md");
        assess(
                true,
                Map.of(),
                "4\nq\n",
                "--service",
                "S",
                "--role",
                "R",
                "--answers",
                answers.toString(),
                "--report",
                report.toString());
        Run rest = assess(true, Map.of(), answerAll(2, QUESTIONS - 1) + "\n\n\n", "--resume", answers.toString());
        assertThat(rest.code()).as(rest.err()).isZero();
        assertThat(rest.out()).contains("The full report is in " + report);
        assertThat(Files.readString(report)).startsWith("# Co-production self-assessment: S");
    }

    @Test
    void answers_from_a_file_for_a_service_begun_today_go_to_a_new_file_without_asking() throws Exception {
        String service = "Script offer test " + System.nanoTime();
        try {
            assess("4\nq\n", "--service", service, "--role", "R");
            Run again = assess("3\nq\n", "--service", service, "--role", "R");
            assertThat(again.code()).as(again.err()).isZero();
            assertThat(again.out().replaceAll("\\s+", " "))
                    .contains("so these answers go to a new one")
                    .doesNotContain("[Y/n]");
            assertThat(read(todaysFile(service, "")).answers()).hasSize(1);
            assertThat(read(todaysFile(service, "-2")).answers()).hasSize(1);
        } finally {
            removeTodaysFiles(service);
        }
    }

    /** The answers file assess names after a service and today's date, in the working folder. */
    private static Path todaysFile(String service, String number) {
        return Path.of(slugOf(service) + "-" + LocalDate.now() + number + "-answers.yaml");
    }

    private static String slugOf(String service) {
        return service.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private static void removeTodaysFiles(String service) throws Exception {
        try (var files = Files.list(Path.of("."))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(slugOf(service)))
                    .toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void an_existing_answers_file_is_never_overwritten() throws Exception {
        Path answers = dir.resolve("exists.yaml");
        Files.writeString(answers, "precious");
        Run run = assess("4\n", "--service", "S", "--answers", answers.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.FILE_ERROR);
        assertThat(run.err()).contains("already exists").contains("--resume " + answers);
        assertThat(Files.readString(answers)).isEqualTo("precious");
    }

    @Test
    void resuming_a_broken_file_reports_its_problem() throws Exception {
        Path answers = dir.resolve("bad.yaml");
        Files.writeString(
                answers,
                "questionnaire: six-principles\nquestionnaireVersion: \"1.0\"\nservice: S\nanswers:\n  assets-skills-asked: Offen\n");
        Run run = assess("", "--resume", answers.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(answers + ":5:24: 'Offen' is not an answer");
    }

    @Test
    void empty_input_says_the_assessment_was_not_finished() throws Exception {
        Path answers = dir.resolve("none.yaml");
        Run run = assess("", "--service", "S", "--answers", answers.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("the input ended before the assessment was finished");
        assertThat(read(answers).answers()).isEmpty();
    }
}
