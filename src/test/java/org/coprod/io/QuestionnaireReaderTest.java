package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coprod.TestFiles;
import org.coprod.core.model.Questionnaire;
import org.coprod.core.words.Words;
import org.coprod.io.yaml.Catalogue;
import org.coprod.io.yaml.QuestionnaireReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireReaderTest {
    private static final String TINY = TestFiles.resource("questionnaires/tiny.yaml");

    private static List<Problem> problems(String yaml) {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class, () -> QuestionnaireReader.parse("q.yaml", yaml, Words.english()));
        assertThat(e).as("expected the questionnaire to be rejected").isNotNull();
        return e.problems();
    }

    private static String lineOf(String yaml, String text) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return String.valueOf(i + 1);
            }
        }
        throw new IllegalArgumentException(text);
    }

    @Test
    void every_built_in_questionnaire_loads_and_every_file_in_the_folder_is_built_in() throws Exception {
        assertThat(Catalogue.all()).extracting(Questionnaire::id).containsExactlyElementsOf(Catalogue.BUILT_IN);
        try (var files = Files.list(Path.of("questionnaires"))) {
            assertThat(files.filter(Files::isRegularFile)
                            .map(p -> p.getFileName().toString().replace(".yaml", ""))
                            .sorted())
                    .containsExactlyInAnyOrderElementsOf(Catalogue.BUILT_IN);
        }
        try (var older = Files.list(Path.of("questionnaires", "older"))) {
            older.forEach(file -> {
                String name = file.getFileName().toString().replace(".yaml", "");
                String id = name.substring(0, name.lastIndexOf('-'));
                String version = name.substring(name.lastIndexOf('-') + 1);
                assertThat(Catalogue.builtIn(id, version))
                        .as(name)
                        .hasValueSatisfying(q -> assertThat(q.version()).isEqualTo(version));
            });
        }
        Questionnaire six = Catalogue.builtIn("six-principles").orElseThrow();
        assertThat(six.principles())
                .extracting(s -> s.id())
                .containsExactly("assets", "capacity", "mutuality", "networks", "blurred-roles", "catalysts");
        assertThat(six.questions()).hasSizeBetween(30, 42);
        for (var principle : six.principles()) {
            assertThat(six.questionsIn(principle)).hasSizeBetween(4, 6);
            assertThat(principle.actions()).isNotEmpty();
        }
        assertThat(six.questions()).allMatch(q -> !q.help().isBlank());
        assertThat(six.questions())
                .as("no question may score well for something that never happened")
                .noneMatch(q -> q.reverseKeyed());
        assertThat(six.notApplicableRule()).contains("Not applicable");
        assertThat(six.minutesToComplete()).isBetween(15, 25);
    }

    /** Issue 16: 126 options or more collided with the survey codes for "not applicable" and "don't know". */
    @Test
    void an_answer_set_with_more_options_than_can_be_scored_is_refused() {
        StringBuilder options = new StringBuilder();
        for (int i = 1; i <= 126; i++) {
            options.append("      - {label: \"O")
                    .append(i)
                    .append("\", value: ")
                    .append(i)
                    .append("}\n");
        }
        String yaml = TINY.replace("""
                      - {label: "No", value: 0}
                      - {label: Partly, value: 1}
                      - {label: "Yes", value: 2}
                """, options.toString());
        assertThat(problems(yaml))
                .singleElement()
                .asString()
                .contains("answer set 'ynp' has 126 options; at most 100 are allowed.");
        String hundred = TINY.replace(
                """
                      - {label: "No", value: 0}
                      - {label: Partly, value: 1}
                      - {label: "Yes", value: 2}
                """,
                options.toString().lines().limit(100).map(line -> line + "\n").reduce("", String::concat));
        assertThat(QuestionnaireReader.parse("q.yaml", hundred, Words.english())
                        .answerSets()
                        .get("ynp")
                        .options())
                .hasSize(100);
    }

    @Test
    void an_unknown_key_is_reported_with_its_place_and_a_suggestion() {
        String yaml = TINY.replace("  - {id: a1, section: alpha,", "  - {id: a1, secton: alpha,");
        List<Problem> problems = problems(yaml);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.toString()).startsWith("q.yaml:" + lineOf(yaml, "secton") + ":");
            assertThat(p.message())
                    .contains("'secton' is not a field of question 'a1'")
                    .contains("Did you mean 'section'?");
        });
    }

    /** Found by fuzzing: a quoted value over two lines made a message of two lines. */
    @Test
    void a_wrong_value_over_several_lines_is_quoted_on_one_line() {
        String yaml = TINY.replace("kind: context}", "kind: 'principle\n\n  and more'}");
        List<Problem> problems = problems(yaml);
        assertThat(problems)
                .anySatisfy(
                        p -> assertThat(p.message())
                                .isEqualTo(
                                        "'kind' in section 'ctx' should be 'principle' or 'context', but it is 'principle and more'."));
        assertThat(problems).allSatisfy(p -> assertThat(p.toString()).doesNotContain("\n"));
    }

    @Test
    void duplicate_ids_and_missing_references_are_each_reported() {
        String yaml = TINY.replace("{id: a2, section: alpha", "{id: a1, section: alpha")
                .replace(
                        "{id: b1, section: beta, text: B1, answerSet: ynp",
                        "{id: b1, section: betta, text: B1, answerSet: yesno");
        List<Problem> problems = problems(yaml);
        assertThat(problems)
                .extracting(Problem::message)
                .anyMatch(m -> m.contains("question id 'a1' is used more than once"))
                .anyMatch(m ->
                        m.contains("the section 'betta' named in question 'b1' does not exist. Did you mean 'beta'?"))
                .anyMatch(m -> m.contains("the answer set 'yesno' named in question 'b1' does not exist"));
    }

    @Test
    void options_out_of_order_and_thresholds_out_of_range_are_reported() {
        String yaml = TINY.replace("{label: Rarely, value: 2}", "{label: Rarely, value: 0.5}")
                .replace("{id: mid, label: Mid, from: 50}", "{id: mid, label: Mid, from: 150}")
                .replace("- {score: \"dimension:views\", atLeast: 50}", "- {score: \"dimension:views\", atLeast: 101}")
                .replace("minimumAnswered: 0.5", "minimumAnswered: 2");
        List<Problem> problems = problems(yaml);
        assertThat(problems)
                .extracting(Problem::message)
                .anyMatch(m -> m.contains(
                        "must be listed from the lowest value to the highest; 'Rarely' (0.5) comes after 'Never' (1)"))
                .anyMatch(m ->
                        m.contains("'from' in band 'mid' should be from 0 up to (not including) 100, but it is 150"))
                .anyMatch(m ->
                        m.contains("threshold in verdict rule 'consultation' should be from 0 to 100, but it is 101"))
                .anyMatch(m -> m.contains("'minimumAnswered' should be a fraction above 0 and at most 1"));
    }

    @Test
    void a_verdict_condition_naming_an_unknown_score_is_reported() {
        String yaml =
                TINY.replace("\"dimension:views\"", "\"dimension:veiws\"").replace("every-principle", "all-principles");
        List<Problem> problems = problems(yaml);
        assertThat(problems)
                .extracting(Problem::message)
                .anyMatch(m -> m.contains("names the dimension 'veiws', which does not exist. Did you mean 'views'?"))
                .anyMatch(m -> m.contains("names the score 'all-principles', which does not exist"));
    }

    @Test
    void validation_reports_all_problems_in_file_order_not_only_the_first() {
        String yaml = TINY.replace("title: Tiny", "titel: Tiny")
                .replace("{id: a1, section: alpha", "{id: A 1, section: alpha")
                .replace("answerSet: five, reverse: true", "answerSet: five, reverse: maybe");
        List<Problem> problems = problems(yaml);
        assertThat(problems.size()).isGreaterThanOrEqualTo(3);
        assertThat(problems).extracting(Problem::line).isSorted();
        assertThat(problems)
                .extracting(Problem::message)
                .anyMatch(m -> m.contains("'reverse' in question 'a2' should be true or false"));
    }

    @Test
    void two_options_with_the_same_label_are_reported() {
        // regression: identical labels used to pass, making the second option impossible to choose by name
        assertThat(problems(TINY.replace("{label: Rarely, value: 2}", "{label: Never, value: 2}")))
                .extracting(Problem::message)
                .anyMatch(m -> m.contains("'Never' in answer set 'five' stands for both 'Never' and 'Never'"));
        assertThat(problems(
                        TINY.replace("dontKnow: {label: \"Don't know\", aliases: [DK]}", "dontKnow: {label: Often}")))
                .extracting(Problem::message)
                .anyMatch(m -> m.contains("stands for both 'Often' and 'Often'"));
    }

    @Test
    void a_type_mistake_says_what_was_found_and_what_was_expected() {
        List<Problem> problems = problems(TINY.replace("{label: Often, value: 4}", "{label: Often, value: four}"));
        assertThat(problems)
                .extracting(Problem::message)
                .anyMatch(m -> m.contains(
                        "'value' in option 'Often' in answer set 'five'" + " should be a number, but it is 'four'"));
    }

    @Test
    void anchors_aliases_and_merge_keys_work() {
        String yaml = TINY.replace("  five:\n    options:", "  five: &five\n    options:")
                .replace("  ynp:\n", "  five-again: *five\n  ynp:\n")
                .replace(
                        "  - {id: a1, section: alpha, text: A1, answerSet: five}",
                        "  - &base {id: a1, section: alpha, text: A1, answerSet: five}\n  - {<<: *base, id: a5, answerSet: five-again}");
        Questionnaire q = QuestionnaireReader.parse("q.yaml", yaml, Words.english());
        assertThat(q.answerSets()).containsKey("five-again");
        assertThat(q.question("a5").orElseThrow().sectionId()).isEqualTo("alpha");
        assertThat(q.question("a5").orElseThrow().answerSetId()).isEqualTo("five-again");
    }

    @Test
    @Timeout(10)
    void an_alias_bomb_fails_fast_with_a_clear_message() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            yaml.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [*")
                    .append(p)
                    .append(", *")
                    .append(p)
                    .append(", *")
                    .append(p)
                    .append(", *")
                    .append(p)
                    .append(", *")
                    .append(p)
                    .append(", *")
                    .append(p)
                    .append("]\n");
        }
        assertThat(problems(yaml.toString()))
                .extracting(Problem::message)
                .anyMatch(m -> m.contains("too many aliases"));
    }

    @Test
    @Timeout(20)
    void a_huge_scalar_fails_fast(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "title: " + "x".repeat(20 * 1024 * 1024) + "\n");
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> QuestionnaireReader.read(big, Words.english()));
        assertThat(e.problems().get(0).message())
                .contains("the file is 20.0 MB; coprod reads files of this kind up to 4 MB");
    }

    @Test
    @Timeout(10)
    void deep_nesting_fails_fast() {
        String yaml = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(problems(yaml)).extracting(Problem::message).anyMatch(m -> m.contains("nested more than"));
    }

    @Test
    void empty_binary_and_non_utf8_files_are_refused_clearly(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.yaml");
        Files.writeString(empty, "  \n");
        Path binary = dir.resolve("binary.yaml");
        Files.write(binary, new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "id: tiny\ntitle: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Path commentsOnly = dir.resolve("comments.yaml");
        Files.writeString(commentsOnly, "# nothing here\n");
        assertThat(message(empty)).isEqualTo(empty + ": the file is empty.");
        assertThat(message(binary)).isEqualTo(binary + ": this looks like a binary file, not a text file.");
        assertThat(message(latin1))
                .isEqualTo(latin1 + ":2: this file is not UTF-8 text (byte 20 cannot be read); save it as UTF-8.");
        assertThat(message(commentsOnly)).contains("has no content");
    }

    @Test
    void a_missing_file_or_a_folder_is_a_file_error(@TempDir Path dir) {
        assertThat(catchThrowableOfType(
                        FileAccessException.class,
                        () -> QuestionnaireReader.read(dir.resolve("nope.yaml"), Words.english())))
                .hasMessageContaining("There is no file");
        assertThat(catchThrowableOfType(
                        FileAccessException.class, () -> QuestionnaireReader.read(dir, Words.english())))
                .hasMessageContaining("is a folder");
    }

    @Test
    void a_document_that_is_not_a_mapping_is_explained() {
        assertThat(problems("- just\n- a list\n"))
                .extracting(Problem::message)
                .containsExactly("the questionnaire should be a set of 'key: value' lines, but it is a list.");
    }

    private static String message(Path file) {
        return catchThrowableOfType(InvalidInputException.class, () -> QuestionnaireReader.read(file, Words.english()))
                .problems()
                .get(0)
                .toString();
    }
}
