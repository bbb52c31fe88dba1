package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.coprod.core.words.Words;
import org.junit.jupiter.api.Test;

class LanguageOptionTest {
    @Test
    void every_command_takes_a_language_coprod_has_words_for_before_or_after_its_name() {
        CliTest.Run plain = CliTest.run("report", CliTest.RIVERSIDE);
        assertThat(CliTest.run("--language", "en", "report", CliTest.RIVERSIDE)).isEqualTo(plain);
        assertThat(CliTest.run("report", "--language=en-GB", CliTest.RIVERSIDE)).isEqualTo(plain);
        CliTest.Run welsh = CliTest.run("list", "--language", "cy");
        assertThat(welsh.code()).isZero();
        assertThat(welsh.out()).contains("Holiaduron adeiledig", "Teitl", "Fersiwn", "Cwestiynau");
    }

    @Test
    void the_help_is_in_the_language_asked_for() {
        CliTest.Run welsh = CliTest.run("score", "--help", "--language", "cy");
        assertThat(welsh.code()).isZero();
        assertThat(welsh.out())
                .startsWith("Defnydd: coprod score")
                .contains("Sgorio allforion arolwg", "Enghreifftiau:", "Dangos y neges help hon a gadael.")
                .doesNotContain("Usage:", "Examples:");
    }

    @Test
    void messages_are_in_the_language_asked_for() {
        CliTest.Run run = CliTest.run("report", "--language", "cy", "no-such-answers.yaml");
        assertThat(run.code()).isEqualTo(ExitCodes.FILE_ERROR);
        assertThat(run.err()).contains("Does dim ffeil no-such-answers.yaml. Gwiriwch yr enw a'r ffolder.");
    }

    /** Regression: "Did you mean" was said in English whatever the language, for a mistyped command or option. */
    @Test
    void a_suggestion_for_a_typo_is_in_the_language_asked_for() {
        CliTest.Run command = CliTest.run("--language", "cy", "repotr");
        CliTest.Run option = CliTest.run("--language", "cy", "report", "--formta", "md", CliTest.RIVERSIDE);

        assertThat(command.code()).isEqualTo(2);
        assertThat(command.err()).contains("Oeddech chi'n golygu 'report'?").doesNotContain("Did you mean");
        assertThat(option.err()).contains("Oeddech chi'n golygu '--format'?").doesNotContain("Did you mean");
    }

    @Test
    void a_language_coprod_has_no_words_for_is_one_clear_error_naming_those_it_has() {
        CliTest.Run run = CliTest.run("score", "--language", "xx", "examples/exports/google-forms.csv");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("coprod: --language takes a language coprod has words for: en or cy; it was given 'xx'.\n"
                        + "Run 'coprod score --help' to see how to use it.\n");
    }

    @Test
    void the_language_is_found_before_picocli_reads_the_command_line_for_its_messages() {
        assertThat(LanguageOption.in("--language", "cy", "list")).isSameAs(Words.forTag("cy"));
        assertThat(LanguageOption.in("list", "--language=cy")).isSameAs(Words.forTag("cy"));
        assertThat(LanguageOption.in("list", "--language", "xx")).isSameAs(Words.english());
        assertThat(LanguageOption.in("report", "--", "--language", "cy")).isSameAs(Words.english());
        assertThat(LanguageOption.in("list", "--language")).isSameAs(Words.english());
    }
}
