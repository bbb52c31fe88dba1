package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    static final String NORTHGATE = "examples/northgate-tenants-panel-answers.yaml";
    static final String RIVERSIDE = "examples/riverside-recovery-college-answers.yaml";

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        return run(Map.of(), args);
    }

    static Run run(Map<String, String> env, String... args) {
        return run(new java.io.ByteArrayInputStream(new byte[0]), env, args);
    }

    /** Runs coprod with the input given, as from a file or a pipe (no terminal). */
    static Run run(java.io.InputStream in, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new Io(new PrintWriter(out), new PrintWriter(err), in, env, false), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void version_and_help_with_examples() {
        assertThat(run("--version").out()).startsWith("coprod 0.1.0");
        // --version alone is answered before picocli is set up; with another option it goes through picocli
        assertThat(run("-V")).isEqualTo(run("--version")).isEqualTo(run("--stacktrace", "--version"));
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Examples:").contains("report").contains("Exit codes");
        for (String command : new String[] {"list", "show", "validate", "report", "assess", "score", "template"}) {
            assertThat(run(command, "--help").out()).as(command).contains("Example");
        }
    }

    /** Every help: coprod's own ("") and each command's. */
    static final String[] HELPS = {"", "assess", "report", "score", "compare", "template", "list", "show", "validate"};

    @Test
    void help_as_a_command_shows_the_help_of_coprod_or_of_the_command_named() {
        Run help = run("help");
        assertThat(help).isEqualTo(run("--help"));
        assertThat(help.code()).isZero();
        Run score = run("help", "score");
        assertThat(score).isEqualTo(run("score", "--help"));
        assertThat(score.out()).startsWith("Usage: coprod score");
        Run misspelt = run("help", "scor");
        assertThat(misspelt.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(misspelt.err()).startsWith("coprod: 'scor' is not a coprod command. Did you mean 'score'?");
    }

    /** What the help's examples show can be copied and run: each one (but assess, which asks questions) runs here. */
    @Test
    void every_example_in_the_help_runs_as_written(@TempDir Path dir) throws java.io.IOException {
        List<String> examples = new java.util.ArrayList<>();
        for (String command : HELPS) {
            String help = command.isEmpty()
                    ? run("--help").out()
                    : run(command, "--help").out();
            String pending = "";
            for (String line : help.substring(help.indexOf("Example")).lines().toList()) {
                String example = pending + line.strip().replaceFirst("\\s+#.*$", "");
                if (!line.startsWith("  coprod ") && pending.isEmpty()) {
                    continue;
                }
                pending = example.endsWith("\\") ? example.substring(0, example.length() - 1) : "";
                if (pending.isEmpty()) {
                    examples.add(example);
                }
            }
        }
        assertThat(examples).hasSizeGreaterThan(20);
        for (String example : examples) {
            if (example.startsWith("coprod assess") || example.contains(" < ")) {
                continue;
            }
            List<String> args = new java.util.ArrayList<>();
            java.util.regex.Matcher word =
                    java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(example);
            while (word.find()) {
                args.add(word.group(1) != null ? word.group(1) : word.group(2));
            }
            args.remove(0);
            int redirect = args.indexOf(">");
            if (redirect >= 0) {
                args.subList(redirect, args.size()).clear();
            }
            List<String> expanded = new java.util.ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.contains("*")) {
                    expanded.addAll(globbed(Path.of(arg)));
                } else {
                    boolean written = i > 0 && List.of("-o", "--output").contains(args.get(i - 1));
                    boolean madeByAnExample = arg.matches("round\\d\\.json");
                    expanded.add(written || madeByAnExample ? dir.resolve(arg).toString() : arg);
                }
            }
            Run run = run(expanded.toArray(String[]::new));
            assertThat(run.code()).as(example + "\n" + run.err()).isZero();
        }
    }

    /** The files a shell would put in place of a glob in the last part of the path, sorted as a shell sorts them. */
    static List<String> globbed(Path pattern) throws java.io.IOException {
        java.nio.file.PathMatcher glob = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (var files = Files.list(pattern.getParent())) {
            return files.filter(glob::matches).map(Path::toString).sorted().toList();
        }
    }

    @Test
    void every_file_an_example_in_the_help_names_is_in_the_repository() {
        java.util.regex.Pattern examplePath = java.util.regex.Pattern.compile("examples/[\\w./-]+");
        List<String> named = new java.util.ArrayList<>();
        for (String command : HELPS) {
            String help = command.isEmpty()
                    ? run("--help").out()
                    : run(command, "--help").out();
            examplePath
                    .matcher(help)
                    .results()
                    .map(java.util.regex.MatchResult::group)
                    .forEach(named::add);
        }
        assertThat(named).isNotEmpty();
        assertThat(named)
                .allSatisfy(path -> assertThat(java.nio.file.Path.of(path))
                        .as("named in a help example")
                        .exists());
    }

    @Test
    void help_examples_fit_80_columns_so_they_can_be_copied_whole() {
        for (String command : HELPS) {
            String help = command.isEmpty()
                    ? run("--help").out()
                    : run(command, "--help").out();
            String examples = help.substring(help.indexOf("Example"));
            assertThat(examples.lines())
                    .as(command)
                    .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(79));
            assertThat(examples.lines()
                            .filter(line -> !line.isBlank()
                                    && !line.startsWith("  ")
                                    && !line.startsWith("Example")
                                    && !line.startsWith("Exit codes")
                                    && !line.matches("^[0-9].*")))
                    .as(command + ": a wrapped example")
                    .isEmpty();
        }
    }

    @Test
    void no_command_shows_the_usage_and_a_wrong_option_is_a_usage_error() {
        Run none = run();
        assertThat(none.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("Usage: coprod");
        Run wrong = run("report", "--colour", NORTHGATE);
        assertThat(wrong.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err())
                .contains("'--colour' is not an option of 'coprod report'.")
                .contains("coprod report --help");
    }

    @Test
    void misspelt_commands_options_and_choices_are_told_with_the_likely_word() {
        Run command = run("asess");
        assertThat(command.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(command.err())
                .startsWith("coprod: 'asess' is not a coprod command. Did you mean 'assess'? The commands are:"
                        + " assess, report, score, compare, template, list, show, validate.");
        Run option = run("report", "--fromat", "markdown", NORTHGATE);
        assertThat(option.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(option.err())
                .startsWith("coprod: '--fromat' is not an option of 'coprod report'. Did you mean '--format'?\n");
        Run choice = run("report", "--format", "xml", NORTHGATE);
        assertThat(choice.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(choice.err())
                .startsWith("coprod: --format must be one of text, markdown, html, json or csv; it was given 'xml'.");
        // the file endings the help names are taken too: a user who writes report.md tries --format md
        Run ending = run("report", "--format", "md", NORTHGATE);
        assertThat(ending.code()).as(ending.err()).isZero();
        assertThat(ending.out())
                .isEqualTo(run("report", "--format", "markdown", NORTHGATE).out());
        assertThat(run("report", "--format", "TXT", NORTHGATE).out())
                .isEqualTo(run("report", "--format", "text", NORTHGATE).out());
        assertThat(run("report", NORTHGATE, RIVERSIDE).err())
                .startsWith("coprod: 'coprod report' takes one answers file; it" + " did not expect '" + RIVERSIDE
                        + "'. To put several answers files together, use 'coprod score FILE...'.");
        Run noFile = run("score");
        assertThat(noFile.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(noFile.err())
                .startsWith("coprod: 'coprod score' needs FILE: survey exports (.csv, .tsv, .txt, .xlsx) and answers"
                        + " files (.yaml).\n");
        assertThat(run("compare").err()).startsWith("coprod: 'coprod compare' needs BEFORE and AFTER.\n");
        assertThat(run("report", NORTHGATE, "-o").err())
                .startsWith("coprod: --output must be followed by its value (FILE).\n");
        assertThat(run("report", NORTHGATE, "-o", "--width", "60").err())
                .startsWith("coprod: --output must be followed by its value (FILE), not by '--width'.\n");
        assertThat(run("report", NORTHGATE, "--width", "60", "--width", "70").err())
                .startsWith("coprod: --width is given more than once; give it once.\n");
        assertThat(run(Map.of("COPROD_COMMAND", "./coprod"), "scor").err())
                .endsWith("\nRun './coprod --help' to see how to use it.\n");
        assertThat(run(Map.of("COPROD_COMMAND", "./coprod"), "report").err())
                .endsWith("\nRun './coprod report --help' to see how to use it.\n");
        // the help's examples too, so that they run as written from a clone (found by a review: "coprod score ..."
        // gave "command not found" there)
        assertThat(run(Map.of("COPROD_COMMAND", "./coprod"), "score", "--help").out())
                .contains("\n  ./coprod score examples/exports/google-forms.csv\n")
                .doesNotContain("\n  coprod score");
        assertThat(run(Map.of("COPROD_COMMAND", "./coprod"), "--help").out())
                .contains("\n  ./coprod score examples/exports/google-forms.csv")
                .doesNotContain("\n  coprod ");
        assertThat(run("score", "--help").out()).contains("\n  coprod score examples/exports/google-forms.csv\n");
        // a line continuing an example moves along with it
        assertThat(Main.asRun("Examples:\n  coprod score a.csv \\\n         --role R\n  coprod list", "./coprod"))
                .isEqualTo("Examples:\n  ./coprod score a.csv \\\n           --role R\n  ./coprod list");
        Run extra = run("list", "more");
        assertThat(extra.err()).startsWith("coprod: 'coprod list' did not expect 'more'.");
        Run width = run("report", "--width", "20", NORTHGATE);
        assertThat(width.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(width.err()).isEqualTo("coprod: --width must be from 40 to 120 characters; it was given 20.\n");
        assertThat(width.out()).isEmpty();
        assertThat(run("score", "x.csv", "--min-group-size", "abc").err())
                .startsWith("coprod: --min-group-size takes a whole number; it was given 'abc'.");
        assertThat(run("score", "x.csv", "--gap-threshold", "lots").err())
                .startsWith("coprod: --gap-threshold takes a number;");
        Run negative = run("score", "examples/exports/google-forms.csv", "--gap-threshold", "-5");
        assertThat(negative.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(negative.err())
                .isEqualTo(
                        "coprod: --gap-threshold must be a number of points above 0 and at most 100; it was given -5.\n");
        Run rows = run("score", "examples/exports/google-forms.csv", "--header-rows", "-1");
        assertThat(rows.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(rows.err()).isEqualTo("coprod: --header-rows must be from 1 to 10; it was given -1.\n");
    }

    @Test
    void validate_given_a_survey_export_says_to_score_it() {
        Run run = run("validate", "examples/exports/google-forms.csv");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err())
                .contains(
                        "This looks like a survey export: score it with 'coprod score examples/exports/google-forms.csv'");
    }

    /** Not "this is not valid YAML" at the first comma or colon, nor "saved as UTF-16" for Excel's "Unicode Text". */
    @Test
    void a_survey_export_given_where_an_answers_file_or_questionnaire_belongs_is_named_as_one() {
        for (String export : List.of(
                "examples/exports/google-forms.csv",
                "examples/exports/kobo.csv",
                "examples/exports/microsoft-forms-unicode.txt")) {
            Run report = run("report", export);
            assertThat(report.code()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(report.err())
                    .isEqualTo("coprod: " + export + ": this looks like a survey export, not an answers file."
                            + " To score it: coprod score " + export + ".\n");
        }
        String export = "examples/exports/google-forms.csv";
        assertThat(run("show", export).err())
                .startsWith("coprod: " + export + ": this looks like a survey export, not a questionnaire.");
        assertThat(run("score", export, "--questionnaire", "examples/exports/qualtrics.csv")
                        .err())
                .startsWith(
                        "coprod: examples/exports/qualtrics.csv: this looks like a survey export, not a questionnaire.");
        assertThat(run("score", export, "--mapping", "examples/exports/qualtrics.csv")
                        .err())
                .startsWith(
                        "coprod: examples/exports/qualtrics.csv: this looks like a survey export, not a mapping file.");
    }

    @Test
    void list_and_show_the_built_in_questionnaire() {
        Run list = run("list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("six-principles").contains("35");
        Run show = run("show");
        assertThat(show.code()).isZero();
        assertThat(show.out())
                .contains("PRINCIPLE 1 OF 6: PEOPLE AS ASSETS")
                .contains("assets-strengths-asked")
                .contains("Not applicable: Choose")
                .contains("The verdict rules, tried in this order")
                .contains("Self-organised: when");
        assertThat(show.out().lines()).allMatch(line -> line.length() <= 80);
        // dimensions by their names, as in the reports, not by their ids
        assertThat(run("show", "--format", "markdown").out())
                .contains("agreement; counts towards shared delivery |")
                .doesNotContain("counts towards shared-planning");
    }

    @Test
    void the_voice_example_reports_voice_with_hand_checked_figures() {
        Run report = run("report", NORTHGATE);
        assertThat(report.code()).isZero();
        assertThat(report.err()).isEmpty();
        // say in decisions: the highest of (a real decision 100, a voting role 100, Often 75, Rarely 25, Agree 75,
        // Rarely 25)
        // planning: (priorities Often 75 + design Rarely 25 + money Agree 75 + judging Rarely 25) / 4 = 50
        // delivery: (peer Rarely 25 + lead Never 0 + roles Disagree 25 + side by side Rarely 25 + share None 0 + run
        // Never 0) / 6
        assertThat(report.out()).contains("VERDICT: VOICE");
        assertThat(report.out().replaceAll("\\s+", " "))
                .contains("Voice, because say in decisions is 100 (at least 75); but shared"
                        + " delivery is 12.5, below 60; and shared planning is 50, below 60.");
        // professional contribution: (staff time Rarely 25 + partners Strongly disagree 0) / 2 = 12.5
        assertThat(report.out()).containsPattern("Staff and agency contribution +12.5 .* 2 of 2");
        assertThat(report.out().lines()).allMatch(line -> line.length() <= 80);
        // the principles table holds the six principles and their average, nothing else
        String table = report.out()
                .substring(report.out().indexOf("THE PRINCIPLES"), report.out().indexOf("WHO PLANS, WHO DELIVERS"));
        assertThat(table.lines().filter(line -> line.contains("░"))).hasSize(7);
        assertThat(report.out()).doesNotContain("not a principle").doesNotContain("Who plans and who delivers ");
    }

    @Test
    void a_partly_answered_file_says_what_is_missing_and_what_the_average_is_made_of(@TempDir Path dir)
            throws Exception {
        Path partial = dir.resolve("partial.yaml");
        java.nio.file.Files.writeString(
                partial,
                "questionnaire: six-principles\nquestionnaireVersion: \"1.0\"\nservice: P\n"
                        + "respondent: {role: R}\nanswers:\n  assets-skills-asked: Often\n  assets-skills-used: Often\n"
                        + "  assets-records-strengths: Agree\n  assets-expertise-in-design: Agree\n  assets-too-vulnerable: Disagree\n");
        Run run = run("report", partial.toString());
        assertThat(run.code()).isZero();
        String flat = run.out().replaceAll("\\s+", " ");
        assertThat(flat)
                .contains("VERDICT: NOT ENOUGH ANSWERS TO DECIDE")
                .contains(
                        "There are too few answers to give a verdict: not enough questions were answered for Shared planning,"
                                + " Shared delivery and Staff and agency contribution, which the verdict needs")
                .contains("Average of the 1 principle");
        assertThat(run("report", partial.toString(), "--format", "markdown").out())
                .contains("| Average of the 1 principle with a score (of 6) | 75 | Going strong |");
    }

    @Test
    void the_co_production_example_reports_co_production() {
        Run report = run("report", RIVERSIDE, "--width", "100");
        assertThat(report.code()).isZero();
        assertThat(report.out())
                .contains("VERDICT: CO-PRODUCTION")
                .contains("WEAKEST PRINCIPLE: MUTUALITY AND RECIPROCITY");
        assertThat(report.out().lines()).allMatch(line -> line.length() <= 100);
    }

    @Test
    void markdown_report_has_real_tables_and_headings() {
        Run report = run("report", NORTHGATE, "--format", "markdown");
        assertThat(report.code()).isZero();
        Node document = Parser.builder()
                .extensions(java.util.List.of(TablesExtension.create()))
                .build()
                .parse(report.out());
        int[] tables = {0};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock) {
                    tables[0]++;
                }
                visitChildren(block);
            }
        });
        assertThat(tables[0]).isGreaterThanOrEqualTo(3);
        assertThat(report.out())
                .startsWith("# Co-production self-assessment: Northgate Homes tenants' panel\n")
                .contains("## Verdict: Voice");
    }

    @Test
    void report_to_a_file_and_never_over_an_input(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("answers.yaml");
        Files.copy(Path.of(NORTHGATE), copy);
        Path output = dir.resolve("report.md");
        Run written = run("report", copy.toString(), "-f", "markdown", "-o", output.toString());
        assertThat(written.code()).isZero();
        assertThat(written.out()).isEmpty();
        assertThat(Files.readString(output)).contains("## Verdict: Voice");
        String before = Files.readString(copy);
        Run refused = run("report", copy.toString(), "-o", copy.toString());
        assertThat(refused.code()).isEqualTo(ExitCodes.FILE_ERROR);
        assertThat(refused.err()).contains("that is one of the input files");
        assertThat(Files.readString(copy)).isEqualTo(before);
        Run noFolder = run(
                "report",
                copy.toString(),
                "-o",
                dir.resolve("no/such/report.txt").toString());
        assertThat(noFolder.code()).isEqualTo(ExitCodes.FILE_ERROR);
        assertThat(noFolder.err())
                .isEqualTo("coprod: Cannot write " + dir.resolve("no/such/report.txt") + ": the folder "
                        + dir.resolve("no/such") + " does not exist. Create it first, or choose another folder.\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("answers.yaml", "report.md");
        }
    }

    @Test
    void bad_answers_give_one_line_per_problem_and_exit_3_without_a_stack_trace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(
                bad,
                Files.readString(Path.of(NORTHGATE))
                        .replace("assets-strengths-asked: Rarely", "assets-strengths-asked: Offen"));
        Run run = run("report", bad.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err())
                .startsWith("coprod: " + bad + ":11:27: 'Offen' is not an answer to question 'assets-strengths-asked'")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
        Run traced = run("report", bad.toString(), "--stacktrace");
        assertThat(traced.err()).contains("InvalidInputException").contains("\tat ");
    }

    @Test
    void a_missing_file_exits_4() {
        Run run = run("report", "no-such-answers.yaml");
        assertThat(run.code()).isEqualTo(ExitCodes.FILE_ERROR);
        assertThat(run.err())
                .isEqualTo("coprod: There is no file no-such-answers.yaml. Check the name and the folder.\n");
    }

    @Test
    void validate_lists_every_problem_of_every_file(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(
                broken,
                Files.readString(Path.of("questionnaires/six-principles.yaml"))
                        .replaceFirst("    section: mutuality\n", "    secton: mutuality\n")
                        .replaceFirst("answerSet: agreement", "answerSet: agreemnt"));
        Run run = run("validate", "questionnaires/six-principles.yaml", NORTHGATE, broken.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out())
                .contains("questionnaires/six-principles.yaml: valid questionnaire 'six-principles' version 2.0")
                .contains(NORTHGATE + ": valid answers file for 'six-principles'");
        assertThat(run.err())
                .contains("'secton' is not a field of question")
                .contains("Did you mean 'section'?")
                .contains("the answer set 'agreemnt' named in question")
                .contains("Did you mean 'agreement'?")
                .contains("Some files have problems");
        assertThat(run.err().lines().filter(l -> l.startsWith("coprod: " + broken)))
                .as("one problem per mistake, plus the missing section the misspelt key leaves")
                .hasSize(3);
    }

    @Test
    void ascii_fallback_when_the_terminal_is_not_unicode() {
        Run run = run(Map.of("LANG", "C"), "report", NORTHGATE);
        assertThat(run.out())
                .contains("##########".substring(0, 2))
                .doesNotContain("█")
                .doesNotContain("═");
    }
}
