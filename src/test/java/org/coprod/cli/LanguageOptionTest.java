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
        // Welsh has words in the tests only (src/test/resources/org/coprod/words/words_cy.properties)
        assertThat(CliTest.run("list", "--language", "cy").code()).isZero();
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
