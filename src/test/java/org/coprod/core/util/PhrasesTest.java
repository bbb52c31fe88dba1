package org.coprod.core.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasesTest {
    @Test
    void lists_are_said_with_commas_and_the_conjunction_before_the_last() {
        assertThat(Phrases.list(List.of(), "and")).isEmpty();
        assertThat(Phrases.list(List.of("a"), "and")).isEqualTo("a");
        assertThat(Phrases.list(List.of("a", "b"), "or")).isEqualTo("a or b");
        assertThat(Phrases.list(List.of("a", "b", "c"), "and")).isEqualTo("a, b and c");
    }
}
