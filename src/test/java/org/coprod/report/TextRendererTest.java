package org.coprod.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRendererTest {
    @Test
    void long_ids_and_paths_break_after_a_hyphen_or_slash_not_in_the_middle_of_a_word() {
        assertThat(TextRenderer.wrap("assets-skills-asked-of-everyone", 12))
                .containsExactly("assets-", "skills-", "asked-of-", "everyone");
        assertThat(TextRenderer.wrap("see examples/exports/google-forms.csv now", 20))
                .containsExactly("see", "examples/exports/", "google-forms.csv now");
    }

    @Test
    void a_word_with_no_place_to_break_is_cut_at_the_width_and_short_lines_are_kept() {
        assertThat(TextRenderer.wrap("abcdefghijklmnop", 6)).containsExactly("abcdef", "ghijkl", "mnop");
        assertThat(TextRenderer.wrap("fits  as  it is", 15)).containsExactly("fits  as  it is");
    }
}
