package org.coprod.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignedGapTest {
    /** Gaps are kept unrounded now; their sign follows the figure shown, so a tiny gap never reads "+0" or "-0". */
    @Test
    void a_gap_shows_the_sign_of_its_rounded_figure() {
        assertThat(BatchReport.signed(14.93)).isEqualTo("+14.9");
        assertThat(BatchReport.signed(-3.06)).isEqualTo("-3.1");
        assertThat(BatchReport.signed(0.03)).isEqualTo("0");
        assertThat(BatchReport.signed(-0.04)).isEqualTo("0");
        assertThat(BatchReport.signed(20)).isEqualTo("+20");
    }
}
