package org.coprod.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GapsTest {
    @Test
    void a_gap_is_large_by_its_true_size_not_by_the_rounded_figures() {
        // shown as 60.1 and 45.1, whose difference is 15.0; the true gap is 14.93, under the threshold of 15
        Gaps.Gap gap = Gaps.gap("assets", "Assets", 60.05, 45.12, 15);
        assertThat(gap.gap()).isCloseTo(14.93, within(1e-9));
        assertThat(gap.large()).isFalse();
        assertThat(Gaps.gap("assets", "Assets", 45.12, 60.13, 15).large()).isTrue();
    }

    @Test
    void a_gap_with_a_missing_figure_is_never_large() {
        assertThat(Gaps.gap("assets", "Assets", Double.NaN, 60, 15).large()).isFalse();
    }
}
