package org.coprod.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.coprod.core.scoring.Placement.Who;
import org.coprod.core.words.Words;
import org.junit.jupiter.api.Test;

/** The grid's words are looked up by keys made from the cell, which WordingSeamTest cannot see: each must exist. */
class PlacementWordsTest {
    private final Words english = Words.english();

    @Test
    void every_cell_of_the_grid_has_bovairds_name() {
        for (Who planning : Who.values()) {
            for (Who delivery : Who.values()) {
                assertThat(new Placement(planning, delivery).cell(english)).isNotBlank();
            }
        }
        assertThat(new Placement(Who.TOGETHER, Who.TOGETHER).cell(english))
                .isEqualTo("Full user and professional co-production");
    }

    @Test
    void who_plans_or_delivers_is_said_in_words() {
        assertThat(Who.TOGETHER.phrase(english)).isEqualTo("people and professionals together");
        for (Who who : Who.values()) {
            assertThat(who.phrase(english)).isNotBlank();
        }
    }
}
