package org.coprod.core.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class WordsTest {
    private final Words english = Words.english();
    private final Words welsh = Words.forTag("cy");

    @Test
    void placeholders_are_filled_in_order_and_other_braces_and_apostrophes_are_kept() {
        assertThat(english.get("testing.plain")).isEqualTo("Nothing to fill");
        assertThat(english.get("testing.filled", 3, 5, "{x} don't")).isEqualTo("3 of 5 answered, {x} don't");
        assertThat(Words.fill("{0}{1}{0} {2} {} {12a}", "a", "b")).isEqualTo("aba {2} {} {12a}");
    }

    @Test
    void english_counts_have_one_and_other() {
        assertThat(english.count("testing.respondents", 1, "Leeds")).isEqualTo("1 respondent in Leeds");
        assertThat(english.count("testing.respondents", 0, "Leeds")).isEqualTo("0 respondents in Leeds");
        assertThat(english.count("testing.respondents", 2, "Leeds")).isEqualTo("2 respondents in Leeds");
    }

    @Test
    void welsh_counts_have_six_forms() {
        assertThat(PluralRule.of(Locale.forLanguageTag("cy"))).isEqualTo(PluralRule.WELSH);
        assertThat(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 11L, 100L).stream().map(PluralRule.WELSH::category))
                .containsExactly("zero", "one", "two", "few", "other", "other", "many", "other", "other", "other");
        assertThat(welsh.count("testing.respondents", 0, "Bangor")).isEqualTo("0 ymatebwyr yn Bangor");
        assertThat(welsh.count("testing.respondents", 20, "Bangor")).isEqualTo("20 o ymatebwyr yn Bangor");
    }

    @Test
    void a_key_a_language_leaves_out_is_said_in_english() {
        assertThat(welsh.get("testing.plain")).isEqualTo("Dim i'w lenwi");
        assertThat(welsh.get("testing.english.only")).isEqualTo("Said only in English");
    }

    @Test
    void unknown_or_blank_languages_speak_english_whatever_the_machine_language() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("cy"));
            assertThat(Words.forTag("xx").get("testing.plain")).isEqualTo("Nothing to fill");
            assertThat(Words.forTag("").tag()).isEqualTo("en");
            assertThat(Words.forTag(" en-GB ").tag()).isEqualTo("en");
            assertThat(Words.english().get("testing.plain")).isEqualTo("Nothing to fill");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** Questionnaires may name any language: only those with words get a Words of their own, so nothing piles up. */
    @Test
    void a_language_without_words_files_is_english_itself() {
        assertThat(Words.forTag("fr")).isSameAs(Words.english());
        assertThat(Words.forTag("zz-Latn")).isSameAs(Words.english());
    }

    @Test
    void lists_are_joined_with_commas_and_the_last_word() {
        assertThat(english.and(List.of())).isEmpty();
        assertThat(english.and(List.of("a"))).isEqualTo("a");
        assertThat(english.or(List.of("a", "b"))).isEqualTo("a or b");
        assertThat(english.and(List.of("a", "b", "c"))).isEqualTo("a, b and c");
    }

    @Test
    void a_missing_key_is_an_error_not_an_empty_string() {
        assertThatThrownBy(() -> english.get("testing.no.such.key")).isInstanceOf(MissingResourceException.class);
        assertThatThrownBy(() -> english.get("nodot")).isInstanceOf(MissingResourceException.class);
        assertThat(english.has("testing.plain")).isTrue();
        assertThat(english.has("testing.no.such.key")).isFalse();
    }
}
