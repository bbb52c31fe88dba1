package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Found by a review as a new user: options that could not apply were silently ignored. */
class OptionsThatDoNotApplyTest {
    @Test
    void a_sheet_named_for_files_that_are_not_workbooks_is_a_usage_error() {
        CliTest.Run run = CliTest.run("score", ExamplesTest.BATCH_EXPORT, "--sheet", "Sheet1");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("coprod: --sheet names a sheet of an Excel workbook (.xlsx)");
    }

    @Test
    void a_service_given_to_a_resumed_session_is_a_usage_error(@TempDir Path dir) {
        Path answers = dir.resolve("a.yaml");
        assertThat(AssessLineModeTest.assess("4\nq\n", "--service", "S", "--answers", answers.toString())
                        .code())
                .isZero();
        AssessLineModeTest.Run run =
                AssessLineModeTest.assess("q\n", "--resume", answers.toString(), "--service", "Other");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("a resumed one keeps the service and role saved in its answers file");
        assertThat(AssessLineModeTest.read(answers).service()).isEqualTo("S");
    }

    @Test
    void a_byte_order_mark_at_the_start_of_a_file_of_answers_is_not_part_of_the_first_answer(@TempDir Path dir) {
        Path answers = dir.resolve("bom.yaml");
        AssessLineModeTest.Run run =
                AssessLineModeTest.assess("\uFEFF4\nq\n", "--service", "S", "--answers", answers.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(AssessLineModeTest.read(answers).answers()).hasSize(1);
    }

    /** The README's sample file of answers must answer the built-in questionnaire as it is. */
    @Test
    void the_readme_sample_file_of_answers_is_read_without_a_stop(@TempDir Path dir) throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```text\n", readme.indexOf("the start of `my-answers.txt`")) + "```text\n".length();
        String sample = readme.substring(start, readme.indexOf("```", start));
        Path answers = dir.resolve("sample.yaml");
        AssessLineModeTest.Run run =
                AssessLineModeTest.assess(sample + "q\n", "--service", "S", "--answers", answers.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(AssessLineModeTest.read(answers).answers()).hasSize(5);
    }
}
