package org.coprod.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RunningStatsQuantileTest {
    /** qt(0.975, df) to 7 decimals (scipy.stats.t.ppf), for the remembered ones and beyond. */
    @Test
    void t_quantiles_are_exact_not_a_rounded_table() {
        assertThat(RunningStats.tQuantile975(1)).isCloseTo(12.7062047, within(1e-7));
        assertThat(RunningStats.tQuantile975(9)).isCloseTo(2.2621572, within(1e-7));
        assertThat(RunningStats.tQuantile975(30)).isCloseTo(2.0422725, within(1e-7));
        assertThat(RunningStats.tQuantile975(100)).isCloseTo(1.9839715, within(1e-7));
        assertThat(RunningStats.tQuantile975(1023)).isCloseTo(1.9622856, within(1e-7));
        assertThat(RunningStats.tQuantile975(1024)).isCloseTo(1.9622833, within(1e-7));
        assertThat(RunningStats.tQuantile975(1_000_000)).isCloseTo(1.9599664, within(1e-7));
    }

    @Test
    void the_interval_of_three_values_uses_t_with_two_degrees_of_freedom() {
        RunningStats stats = new RunningStats();
        for (double v : new double[] {40, 50, 60}) {
            stats.add(v);
        }
        // sd 10, t(0.975, 2) = 4.3026527, so half width = 4.3026527 * 10 / sqrt(3) = 24.8413
        assertThat(stats.halfWidth95()).isCloseTo(24.8413, within(1e-4));
    }
}
